"""Brookhaven Regional Medical Center, Case Management & Discharge Planning (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import BRM, Att, Spec

CM = f"Case Management <casemgmt@{BRM}>"

_SNF_REFERRAL_DOC = docx(
    [
        "BROOKHAVEN REGIONAL MEDICAL CENTER - SKILLED NURSING FACILITY REFERRAL",
        "Patient: Harold Vinterberg   DOB: 02/11/1941   MRN: BRM-00482716",
        "Admit date: 03/09/2026   Anticipated discharge: 03/18/2026",
        "Primary dx: Left hip fracture s/p ORIF (S72.002A); secondary: CHF (I50.32), CKD 3a",
        "PT/OT: Min assist x1, ambulates 40 ft with rolling walker. Weight bearing as tolerated.",
        "Meds: apixaban 2.5 mg BID, furosemide 40 mg daily, oxycodone 5 mg q6h PRN.",
        "Payer: Medicare A, MBI: 5TW2-H38-KP71; secondary AARP supplement.",
        "Case manager: Renata Okafor RN, ext 4410",
    ]
)

_POLICY_DOC = docx(
    [
        "Brookhaven Regional Medical Center - Policy CM-114: Discharge Planning Documentation",
        "Purpose: define the minimum documentation for discharge planning assessments.",
        "Required fields in the EHR discharge planning flowsheet: Patient Name, MRN, DOB, Payer, "
        "Primary Diagnosis, Anticipated Discharge Date, Post-acute Level of Care, Caregiver Contact.",
        "Example: MRN format BRM-######## (eight digits). Do not enter placeholder values.",
        "The IM (Important Message from Medicare) must be delivered within 2 days of admission and "
        "again no more than 2 days before discharge.",
        "Approved by: Director of Care Coordination, effective 04/01/2026.",
    ]
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary</title>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.5252" extension="BRM-00519344"/>
    <addr><streetAddressLine>77 Quarry Hill Rd</streetAddressLine><city>Millbrook</city><state>PA</state><postalCode>17851</postalCode></addr>
    <patient><name><given>Loretta</given><family>Pasquale</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19520614"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title>
      <text>Admitted 03/10/2026 with community-acquired pneumonia and COPD exacerbation. Treated with ceftriaxone and azithromycin, transitioned to oral cefpodoxime. Home O2 2 L NC.</text>
    </section></component>
    <component><section><title>Discharge Disposition</title><text>Home with home health (skilled nursing, PT).</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_HL7_ADT = (
    "MSH|^~\\&|BRMCM|BROOKHAVEN|HHAGENCY|VALLEYHOMEHEALTH|202603171045||ADT^A03|BRM5203|P|2.5.1\r"
    "EVN|A03|202603171030\r"
    "PID|1||BRM-00533091^^^BRM^MR||DUCHESNE^MARCEL^A||19480303|M|||19 Tanner Ln^^Millbrook^PA^17851||570-555-0142\r"
    "PV1|1|I|5N^512^A||||1244568709^ALVAREZ^TOMAS|||MED||||||||IN0091234|||||||||||||||||||||||||202603120410|202603171030\r"
    "DG1|1||E11.65^Type 2 diabetes mellitus with hyperglycemia^I10|||A\r"
    "DG1|2||L97.412^Non-pressure chronic ulcer of right heel^I10|||A\r"
)

_FHIR_TASK = """{
  "resourceType": "ServiceRequest",
  "id": "dme-5203",
  "status": "active",
  "intent": "order",
  "code": {"text": "Hospital bed, semi-electric, with mattress (E0260)"},
  "subject": {"reference": "Patient/BRM-00547712", "display": "Yolanda Brightwater"},
  "reasonCode": [{"text": "ALS (G12.21) - progressive weakness, unable to reposition"}],
  "occurrenceDateTime": "2026-03-19",
  "requester": {"display": "Case Management, Brookhaven Regional"},
  "note": [{"text": "Deliver to 4 Larch Ct, Millbrook PA before discharge 3/19. Daughter Tamsin 570-555-0187."}]
}
"""

_TEST_FHIR = """{
  "resourceType": "Patient",
  "id": "test-zz-0001",
  "meta": {"tag": [{"system": "http://brookhavenregional.org/env", "code": "TEST", "display": "Synthetic test patient - not a real person"}]},
  "name": [{"family": "ZZTEST", "given": ["Casemgmt"]}],
  "birthDate": "1900-01-01",
  "identifier": [{"system": "urn:brm:mrn", "value": "BRM-99990001"}]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="SNF referral packet to skilled nursing facility",
        notes="Hard positive: body says only 'the gentleman'; the DOCX (and its file name) names the patient with DOB, MRN, MBI, hip fracture and medications.",
        frm="Renata Okafor RN <rokafor@brookhavenregional.org>",
        to="admissions@maplecrestrehab.com",
        subject="Referral - bed request for Thursday",
        body="Hi Dana,\n\nAttached is the referral for the gentleman we discussed this morning. PT notes and the last 48h MAR are in the packet. Please let me know by 2pm if you can accept; family is touring at 3.\n\nRenata Okafor, RN, CCM\nCase Management | Brookhaven Regional Medical Center\n570-555-0110",
        atts=(Att("SNF_referral_Vinterberg.docx", DOCX, _SNF_REFERRAL_DOC),),
    ),
    Spec(
        phi=False,
        category="discharge planning policy revision to managers",
        notes="Hard negative: policy document listing example field names (MRN, DOB) with no real patient.",
        frm=CM,
        to="nursing-managers@brookhavenregional.org",
        subject="CM-114 revised - discharge planning documentation (effective 4/1)",
        body="Managers,\n\nAttached is the revised CM-114. The main change is the second IM delivery window. Please review with charge nurses before April 1.\n\nThanks,\nCare Coordination",
        atts=(Att("CM-114_rev2026.docx", DOCX, _POLICY_DOC),),
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary to home health agency",
        notes="Hard positive: identity and pneumonia/COPD course only in the attached C-CDA; body is generic.",
        frm="Discharge Planning <dcplanning@brookhavenregional.org>",
        to="intake@valleyhomehealth.org",
        subject="Start of care documents",
        body="Good afternoon,\n\nPlease find the discharge summary for the start of care visit we scheduled for tomorrow. Orders for SN and PT were faxed separately.\n\nDischarge Planning\nBrookhaven Regional Medical Center",
        atts=(Att("dc_summary.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="HL7 ADT discharge feed to home health",
        notes="Hard positive: HL7 A03 attachment with patient name, DOB, address and diabetic heel ulcer; body only calls it a production sample for parser testing.",
        frm="CM Interfaces <cm-interfaces@brookhavenregional.org>",
        to="interfaces@valleyhomehealth.org",
        subject="RE: A03 feed - sample from prod",
        body="Here is one production A03 from this morning so you can check your parser against the PV1 layout. Let me know if field 45 comes through.\n\n- Kyle, Integration",
        atts=(Att("A03_sample.hl7", "application/hl7-v2", _HL7_ADT),),
    ),
    Spec(
        phi=False,
        category="synthetic test patient FHIR resource to vendor",
        notes="Hard negative: FHIR Patient explicitly tagged as a synthetic TEST record (ZZTEST, 1900-01-01).",
        frm="CM Interfaces <cm-interfaces@brookhavenregional.org>",
        to="support@carepathsoftware.com",
        subject="Ticket 44817 - test patient for the referral connector",
        body="Hi,\n\nAs requested, here is the test patient we use in TST for the referral connector. It is synthetic; please use it for your reproduction steps.\n\nKyle Brandt\nIntegration Analyst",
        atts=(Att("test_patient.json", "application/fhir+json", _TEST_FHIR),),
    ),
    Spec(
        phi=True,
        category="DME hospital bed order as FHIR ServiceRequest",
        notes="Hard positive: patient name, ALS diagnosis, home address and daughter's phone only in the FHIR ServiceRequest sent to a DME supplier.",
        frm="Discharge Planning <dcplanning@brookhavenregional.org>",
        to="orders@keystonemedicalsupply.com",
        subject="DME order - semi-electric bed, needs delivery before 3/19",
        body="Please confirm delivery window. Order attached in FHIR format per your portal instructions.\n\nThanks, Discharge Planning",
        atts=(Att("ServiceRequest_dme-5203.json", "application/fhir+json", _FHIR_TASK),),
    ),
    Spec(
        phi=True,
        category="text to daughter about father's discharge time",
        notes="Hard positive: first name plus relationship and discharge-to-rehab plan sent to daughter's personal mailbox.",
        frm="Marisol Trevino <mtrevino@brookhavenregional.org>",
        to="kelly.fairbanks82@gmail.com",
        subject="Your dad - tomorrow",
        body="Kelly,\n\nQuick update: your dad (Walt) is cleared to go to Maplecrest tomorrow around 11. Transport is booked. Please bring his glasses and some clothes with elastic waist, he still has the wound vac on.\n\nMarisol\nCase Manager, 6 South",
    ),
    Spec(
        phi=False,
        category="reply to family member declining to share information",
        notes="Hard negative: case manager tells an unverified caller's email she cannot discuss any patient; no patient named or confirmed.",
        frm="Marisol Trevino <mtrevino@brookhavenregional.org>",
        to="j.ramsey.home@yahoo.com",
        subject="RE: my uncle",
        body="Hello,\n\nThank you for reaching out. I'm not able to confirm whether any person is or was a patient here, or share information by email, unless the patient has listed you as a contact. If you believe you are listed, please call our main line at 570-555-0100 and ask for Case Management.\n\nMarisol Trevino\nCase Management",
    ),
    Spec(
        phi=True,
        category="Important Message from Medicare appeal notice to QIO",
        notes="Notice of appeal to the QIO with beneficiary name, MBI and discharge date.",
        frm="UR Department <utilizationreview@brookhavenregional.org>",
        to="appeals@livantaqio-example.com",
        subject="Detailed Notice of Discharge - appeal received 3/17",
        body="QIO Appeals,\n\nThe beneficiary below requested an expedited review after receiving the IM on 3/16.\n\nBeneficiary: Gertrude Hallowell\nMBI: 2CK7-N48-WR53\nAdmit: 03/11/2026 (sepsis, UTI source)\nPlanned discharge: 03/18/2026 to home\nAttending: Dr. Mei-Lin Sato\n\nThe DENC and medical record are being uploaded to your portal now.\n\nUtilization Review, Brookhaven Regional",
    ),
    Spec(
        phi=False,
        category="length of stay dashboard to leadership",
        notes="Hard negative: multi-sheet workbook of unit-level LOS, readmission and avoidable-day aggregates; no patients.",
        frm="Care Coordination Analytics <cc-analytics@brookhavenregional.org>",
        to="vp-nursing@brookhavenregional.org",
        subject="February LOS / readmission dashboard",
        body="Attached is February. GMLOS variance is down 0.3 days; 30-day readmits for CHF rose to 21.4% (n=14 of 65). Avoidable days mostly SNF bed availability.",
        atts=(
            Att(
                "LOS_dashboard_2026-02.xlsx",
                XLSX,
                xlsx(
                    {
                        "ByUnit": [
                            ["Unit", "Discharges", "ALOS", "GMLOS", "Variance"],
                            ["5N", 212, 4.9, 4.1, 0.8],
                            ["6S", 188, 5.3, 4.6, 0.7],
                            ["4W", 160, 3.8, 3.7, 0.1],
                        ],
                        "Readmits": [
                            ["Condition", "Index", "Readmit30", "Rate"],
                            ["CHF", 65, 14, 0.215],
                            ["COPD", 48, 8, 0.167],
                            ["Pneumonia", 91, 9, 0.099],
                        ],
                        "AvoidableDays": [
                            ["Reason", "Days"],
                            ["SNF bed unavailable", 61],
                            ["Insurance auth", 38],
                            ["Guardianship", 22],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="avoidable days log with patients to payer liaison",
        notes="Multi-sheet workbook listing patients (first initial and surname) with MRNs, member IDs, diagnoses and auth delays sent to an MCO liaison.",
        frm="Renata Okafor RN <rokafor@brookhavenregional.org>",
        to="hospital.liaison@commonwellhealthplan.com",
        subject="Auth delays this week - list for our call",
        body="Hi Brent,\n\nHere are the members waiting on post-acute auth for our 2pm call. Three of them are now over 72 hours.\n\nRenata",
        atts=(
            Att(
                "auth_delays_wk12.xlsx",
                XLSX,
                xlsx(
                    {
                        "Pending": [
                            ["Member ID", "Patient", "MRN", "Dx", "Requested LOC", "Submitted"],
                            [
                                "CWH884120351",
                                "R. Osterhout",
                                "BRM-00528803",
                                "CVA, L hemiparesis",
                                "IRF",
                                "2026-03-13",
                            ],
                            [
                                "CWH884377102",
                                "A. Benitez",
                                "BRM-00531187",
                                "CHF exacerbation",
                                "SNF",
                                "2026-03-14",
                            ],
                            [
                                "CWH883905514",
                                "D. Kowalczyk",
                                "BRM-00529950",
                                "Sepsis, deconditioning",
                                "SNF",
                                "2026-03-15",
                            ],
                        ],
                        "Denied": [
                            ["Member ID", "Patient", "Reason"],
                            ["CWH884001266", "P. Lindqvist", "Does not meet IRF criteria"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="post-acute provider network meeting invitation",
        notes="Calendar invitation to SNF partners for a quarterly network meeting; no patient content.",
        frm="Care Coordination <carecoord@brookhavenregional.org>",
        to="snf-partners@brookhavenregional.org",
        subject="Q2 Post-Acute Partners Meeting",
        body="You are invited to the Q2 post-acute partners meeting. Agenda: readmission trends, weekend admissions, new referral portal.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brookhaven CM//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h52-pac-q2@brookhavenregional.org\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260415T170000Z\r\nDTEND:20260415T183000Z\r\nSUMMARY:Q2 Post-Acute Partners Meeting\r\nLOCATION:Brookhaven Conference Center B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="family meeting invitation naming patient",
        notes="Hard positive: calendar invite to son's personal mailbox for a goals-of-care meeting about his mother in the ICU.",
        frm="Palliative & Case Management <carecoord@brookhavenregional.org>",
        to="dmcallister.work@outlook.com",
        subject="Family meeting - Mrs. McAllister",
        body="Mr. McAllister,\n\nAs discussed, this is the invitation for the family meeting about your mother's goals of care. Dr. Sato (ICU) and the palliative team will attend.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brookhaven CM//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h52-fm-0318@brookhavenregional.org\r\nDTSTAMP:20260317T150000Z\r\nDTSTART:20260318T190000Z\r\nDTEND:20260318T200000Z\r\nSUMMARY:Family meeting - Eileen McAllister (ICU bed 7) goals of care\r\nLOCATION:MICU family room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="case manager job posting",
        notes="Hard negative: job posting mentioning CHF, dialysis and transplant populations; no individual.",
        frm="Talent Acquisition <careers@brookhavenregional.org>",
        to="jobs@pahealthcareers.com",
        subject="Posting: RN Case Manager, Transplant & Dialysis (FT)",
        body="Please post through April 30.\n\nRN Case Manager - Transplant & Dialysis\nBrookhaven Regional Medical Center, Millbrook PA\n\nCoordinate discharge planning for kidney and liver transplant recipients and ESRD patients on hemodialysis. Experience with CHF and LVAD populations preferred. CCM within 2 years. Sign-on bonus $7,500.",
    ),
    Spec(
        phi=True,
        category="guardianship petition details to hospital attorney",
        notes="Patient name, dementia diagnosis and capacity assessment sent to outside counsel for guardianship.",
        frm="Ines Carrow LCSW <icarrow@brookhavenregional.org>",
        to="mfeld@feldandhartlaw.com",
        subject="Emergency guardianship - information you requested",
        body="Mr. Feld,\n\nFor the emergency guardianship petition:\n\n- Patient: Bernard Ouellette, age 84, MRN BRM-00498823\n- Admitted 02/27/2026 after found wandering; diagnosis major neurocognitive disorder, likely Alzheimer type, with delirium now resolved\n- Capacity evaluation by psychiatry 3/12: lacks capacity for placement decisions\n- No known relatives; neighbor has been paying bills\n- Medically ready for discharge since 3/5 (12 avoidable days)\n\nThe physician certificate is signed; I'll courier the original.\n\nInes Carrow, LCSW\nSocial Work / Case Management",
    ),
    Spec(
        phi=False,
        category="vendor contract question to referral software company",
        notes="Contract renewal question to software vendor; no patient data.",
        frm="Care Coordination Director <jpelletier@brookhavenregional.org>",
        to="accounts@carepathsoftware.com",
        subject="Renewal quote - 45 seats",
        body="Hi Shauna,\n\nCan you requote the renewal at 45 seats instead of 52? We consolidated UR into the CM team. Also confirm the BAA renews with the master agreement.\n\nJulien Pelletier\nDirector, Care Coordination",
    ),
    Spec(
        phi=True,
        category="terse hospice referral note",
        notes="Hard positive: terse abbreviations; last name, room, metastatic dx and hospice eval request to hospice intake.",
        frm="Marisol Trevino <mtrevino@brookhavenregional.org>",
        to="referrals@gentletidehospice.org",
        subject="new ref",
        body="Rm 614 Abernathy, 71F, met panc ca w/ liver mets, DNR/DNI, fam wants home w/ hospice. Pls eval today if poss. H&P in portal. -M",
    ),
    Spec(
        phi=False,
        category="holiday coverage schedule for case managers",
        notes="Staff weekend coverage roster (workforce names and phone extensions only).",
        frm="Care Coordination <carecoord@brookhavenregional.org>",
        to="cm-staff@brookhavenregional.org",
        subject="Weekend coverage 3/21-3/22",
        body="Sat: Okafor (5N/6S), Trevino (ICU/4W), Carrow (SW on call)\nSun: Delgado (all units until 3pm), Carrow (SW on call)\nPager 4400 for ED case management.",
    ),
    Spec(
        phi=True,
        category="insurance denial letter forwarded to patient's wife",
        notes="Forwarded payer denial (rfc822) naming the patient, member ID and IRF denial to wife's personal mailbox.",
        frm="Renata Okafor RN <rokafor@brookhavenregional.org>",
        to="bev.osterhout@icloud.com",
        subject="FW: Determination for Ray",
        body="Beverly,\n\nHere is the denial for the rehab hospital I mentioned. We are requesting a peer-to-peer tomorrow. Nothing you need to do yet.\n\nRenata",
        forward=Spec(
            phi=True,
            category="payer denial",
            notes="inner",
            frm="UM Notifications <um-notify@commonwellhealthplan.com>",
            to="rokafor@brookhavenregional.org",
            subject="Adverse determination - Osterhout, Raymond - CWH884120351",
            body="Member: Raymond Osterhout  Member ID: CWH884120351\nRequest: Inpatient rehabilitation facility admission\nDiagnosis: I63.512 cerebral infarction\nDetermination: DENIED - does not meet criteria for 3 hours therapy/day. Alternative: SNF.\nPeer-to-peer available until 03/18/2026 5pm.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded payer bulletin on prior auth changes",
        notes="Hard negative: forwarded health plan provider bulletin about prior-authorization rule changes; no member.",
        frm="Julien Pelletier <jpelletier@brookhavenregional.org>",
        to="cm-staff@brookhavenregional.org",
        subject="FW: Provider bulletin - SNF auth no longer required for first 5 days",
        body="FYI team - this starts April 1 for Commonwell Medicare Advantage. Still notify within 24h.",
        forward=Spec(
            phi=False,
            category="bulletin",
            notes="inner",
            frm="Provider Relations <provider.news@commonwellhealthplan.com>",
            to="jpelletier@brookhavenregional.org",
            subject="Provider bulletin 2026-07: Post-acute authorization",
            body="Effective April 1, 2026, prior authorization is waived for the first five days of SNF stays following an inpatient admission of 3+ midnights. Notification via the portal within 24 hours remains required. Days 6+ require concurrent review.",
        ),
    ),
    Spec(
        phi=True,
        category="bed board screenshot sent to placement coordinator",
        notes="Hard positive: PNG file name carries three patients' surnames; terse body ties those surnames to trach, IV antibiotics and bariatric needs.",
        frm="Renata Okafor RN <rokafor@brookhavenregional.org>",
        to="placement@regionalpostacute.net",
        subject="screenshot of board",
        body="Here's the board from this morning. The three highlighted are yours: Kowalczyk (trach, needs LTACH), Benitez (IV abx through 3/28), Ng (bariatric bed).",
        atts=(Att("board_0317_Kowalczyk_Benitez_Ng.png", "image/png", png(6, 4, (30, 90, 160))),),
    ),
    Spec(
        phi=False,
        category="logo file for patient-education handout",
        notes="PNG logo sent to print shop for a discharge education folder; no patient.",
        frm="Care Coordination <carecoord@brookhavenregional.org>",
        to="orders@millbrookprintworks.com",
        subject="Logo for the discharge folder reprint",
        body="Attached is the logo in PNG. Same folder as last year, 2,000 qty, new back panel text attached in the proof email.",
        atts=(Att("brm_cm_logo.png", "image/png", png(8, 8, (0, 100, 80))),),
    ),
    Spec(
        phi=True,
        category="HTML discharge instructions to patient personal email",
        notes="HTML-only discharge instructions to patient's own mailbox naming her, warfarin dosing and follow-up INR.",
        frm="Discharge Planning <dcplanning@brookhavenregional.org>",
        to="ruthann.kessler@aol.com",
        subject="Your discharge instructions",
        body="",
        html="<html><body><p>Dear Ruth Ann Kessler,</p><p>You were discharged on March 16 after treatment for a <b>pulmonary embolism</b>.</p><ul><li>Warfarin 5 mg every evening</li><li>INR check Thursday 3/19 at the Anticoagulation Clinic</li><li>Call 570-555-0131 for chest pain or shortness of breath</li></ul><p>Brookhaven Regional Discharge Planning</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML newsletter on advance directives",
        notes="HTML-only community newsletter about advance directives; no individual.",
        frm="Community Health <community@brookhavenregional.org>",
        to="newsletter-subscribers@brookhavenregional.org",
        subject="April is Advance Care Planning Month",
        body="",
        html="<html><body><h2>Have the conversation</h2><p>Only about 1 in 3 adults has an advance directive. Join our free workshop on April 16 to learn about POLST, healthcare proxies and living wills.</p><p><a href='https://brookhavenregional.org/acp'>Register</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="patient list to dialysis chair placement",
        notes="CSV of patients needing outpatient dialysis chairs with MRN, DOB and schedule to a dialysis provider.",
        frm="Discharge Planning <dcplanning@brookhavenregional.org>",
        to="chairplacement@riverbenddialysis.com",
        subject="Outpatient chair requests",
        body="Two new starts for your Millbrook unit; both need MWF. Hep B surface Ag results in the portal.",
        atts=(
            Att(
                "chair_requests.csv",
                "text/csv",
                "mrn,name,dob,modality,preferred_shift,hbsag\r\nBRM-00530412,Otis Fairweather,1957-08-21,HD,MWF AM,neg\r\nBRM-00532267,Priya Raman,1969-01-30,HD,MWF PM,neg\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified readmission extract to university",
        notes="Hard negative: de-identified CSV (study IDs, age bands, 3-digit ZIP, year only) for an IRB-approved study.",
        frm="Care Coordination Analytics <cc-analytics@brookhavenregional.org>",
        to="readmit-study@pennvalley.edu",
        subject="De-identified extract v3 (Safe Harbor)",
        body="Attached is v3. Safe Harbor method: study IDs only, ages banded, 3-digit ZIP, admission year only. IRB #2025-118.",
        atts=(
            Att(
                "readmit_deid_v3.csv",
                "text/csv",
                "study_id,age_band,sex,zip3,adm_year,dx_group,los,readmit30\r\nS0001,70-79,F,178,2025,CHF,5,1\r\nS0002,60-69,M,178,2025,COPD,3,0\r\nS0003,80-89,F,177,2025,Pneumonia,6,0\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip of APS referral",
        notes="Body names Mrs. Dunleavy with pressure injuries and suspected neglect for APS; the password-protected zip's member name repeats her full name.",
        frm="Ines Carrow LCSW <icarrow@brookhavenregional.org>",
        to="intake@millcountyaps.gov",
        subject="APS report follow-up (Mrs. Dunleavy)",
        body="As discussed by phone, the written report for Mrs. Dunleavy (pressure injuries and dehydration on arrival, suspected caregiver neglect) is attached. Password sent separately by text.\n\nInes Carrow, LCSW",
        atts=(
            Att(
                "APS_report_Dunleavy.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "APS_report_Dunleavy_Agnes.txt": "Patient: Agnes Dunleavy DOB 1938-05-02. Stage 4 sacral pressure injury, Na 152."
                    },
                    "Brm!2026aps",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of blank discharge forms to clinic",
        notes="Hard negative: zip of blank discharge planning form templates with fillable patient-name fields.",
        frm="Discharge Planning <dcplanning@brookhavenregional.org>",
        to="office@millbrookfamilymed.com",
        subject="Blank forms you asked for",
        body="Here are the blank templates. They have fields for name/DOB/MRN but are empty.",
        atts=(
            Att(
                "blank_forms.zip",
                "application/zip",
                zipped(
                    {
                        "DC_checklist_BLANK.txt": "Patient name: ________  DOB: ________  MRN: ________\r\n[ ] Meds reconciled [ ] Follow-up scheduled [ ] DME ordered\r\n",
                        "caregiver_teachback_BLANK.txt": "Caregiver name: ________  Relationship: ________\r\nTopics taught: ______________\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PDF transfer summary to LTACH",
        notes="PDF transfer summary with patient name, trach/vent status and MRN to a long-term acute care hospital.",
        frm="Renata Okafor RN <rokafor@brookhavenregional.org>",
        to="admissions@summitltach.org",
        subject="Transfer packet",
        body="Packet attached. Accepting physician Dr. Haldane confirmed. ETA 1400 via critical care transport.",
        atts=(
            Att(
                "transfer_packet.pdf",
                "application/pdf",
                pdf(
                    [
                        "BROOKHAVEN REGIONAL MEDICAL CENTER - INTERFACILITY TRANSFER SUMMARY",
                        "Patient: Dariusz Kowalczyk   MRN: BRM-00529950   DOB: 10/04/1955",
                        "Dx: septic shock resolved; chronic respiratory failure, trach 3/6, vent AC 14/450/5/35%",
                        "Lines: R PICC. Diet: TF Jevity 1.5 @ 55 mL/h via PEG",
                        "Isolation: contact (MRSA)",
                    ],
                    "Transfer summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="PDF CMS conditions of participation summary for education",
        notes="Hard negative: training PDF on discharge planning CoPs with a fictional 'Mr. Example' scenario clearly labelled.",
        frm="Clinical Education <clined@brookhavenregional.org>",
        to="cm-staff@brookhavenregional.org",
        subject="Required: discharge planning CoP refresher (due 3/31)",
        body="Please complete the attached refresher. The case study uses a fictitious patient.",
        atts=(
            Att(
                "CoP_refresher.pdf",
                "application/pdf",
                pdf(
                    [
                        "BROOKHAVEN REGIONAL - DISCHARGE PLANNING COP REFRESHER",
                        "42 CFR 482.43: evaluate post-discharge needs, include patient preferences,",
                        "provide lists of HHAs/SNFs with quality data.",
                        "Case study (FICTIONAL): 'Mr. Example', 80s, hip fracture, lives alone.",
                        "Question 1: Which post-acute options must be offered?",
                    ],
                    "CoP refresher",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="employer return-to-work letter",
        notes="Letter to an employer confirming employee's hospitalization dates and restrictions after cardiac surgery.",
        frm="Ines Carrow LCSW <icarrow@brookhavenregional.org>",
        to="hr@lehighfreightlines.com",
        subject="Leave documentation - Anthony Russo",
        body="To Human Resources,\n\nAt Mr. Anthony Russo's request, this confirms he was an inpatient at Brookhaven Regional from 02/26/2026 to 03/13/2026 following coronary artery bypass surgery. He may not drive commercial vehicles or lift over 10 lb until cleared by cardiology (expected 8 weeks).\n\nIf you need the FMLA certification, his cardiologist's office will complete it.\n\nInes Carrow, LCSW\nBrookhaven Regional Medical Center",
    ),
    Spec(
        phi=False,
        category="staff flu outbreak notice",
        notes="Hard negative: staff notice of an influenza cluster on a unit with counts and no names.",
        frm="Infection Prevention <infectionprevention@brookhavenregional.org>",
        to="cm-staff@brookhavenregional.org",
        subject="Influenza A cluster on 6 South - discharge planning impact",
        body="Team,\n\n6 South has an influenza A cluster (4 patients, 2 staff). SNFs may hold admissions from 6S for 72 hours. Please tell facilities proactively and check with IP before transfers.\n\nInfection Prevention",
    ),
    Spec(
        phi=True,
        category="meds-to-beds prescription coordination with outpatient pharmacy",
        notes="Patient name, DOB and new insulin and enoxaparin prescriptions sent to retail pharmacy for bedside delivery.",
        frm="Discharge Planning <dcplanning@brookhavenregional.org>",
        to="rx@millbrookcommunitypharmacy.com",
        subject="Meds to beds - 5N-508 by 1pm",
        body="Please fill for bedside delivery before 1pm discharge:\n\nTheodora Lukas, DOB 07/22/1963\n- Insulin glargine 20 units qHS, pen + needles\n- Enoxaparin 40 mg SC daily x 14 days\n- Prescriber Dr. Tomas Alvarez, NPI: 1244568709\nCopay card on file. Thank you.",
    ),
    Spec(
        phi=False,
        category="physician directory update with NPIs",
        notes="Hard negative: list of hospitalists with specialties and NPIs for a SNF's referral contacts.",
        frm="Care Coordination <carecoord@brookhavenregional.org>",
        to="medicalrecords@maplecrestrehab.com",
        subject="Updated hospitalist contacts for discharge summaries",
        body="For your contact list:\n\nDr. Tomas Alvarez, Internal Medicine (Hospitalist), NPI: 1244568709\nDr. Mei-Lin Sato, Pulmonary/Critical Care, NPI: 1776361614\nDr. Ravi Haldane, Hospital Medicine, NPI: 1948818566\n\nDischarge summaries will come from the main fax 570-555-0199.",
    ),
    Spec(
        phi=True,
        category="reply-all with patient room and isolation to transport",
        notes="Hard positive: reply thread with only a first name, room and C. diff isolation to an ambulance company.",
        frm="Marisol Trevino <mtrevino@brookhavenregional.org>",
        to="dispatch@millbrookambulance.com",
        subject="RE: RE: 1300 pickup 6S",
        body="Yes, 6S-622, his name is Gerald. He's on contact-plus for C. diff so crew needs gowns and bleach wipes. Going to Maplecrest.\n\n> Can you confirm room # and any isolation?\n> -Dispatch",
    ),
    Spec(
        phi=False,
        category="ambulance contract rate question",
        notes="Billing rate question to ambulance vendor; no patients.",
        frm="Julien Pelletier <jpelletier@brookhavenregional.org>",
        to="contracts@millbrookambulance.com",
        subject="BLS wheelchair van rates FY27",
        body="Hi Tom, can we get FY27 rates for BLS, wheelchair van and stretcher van before budget review on 4/2? Same volumes as last year (~1,900 hospital-paid trips).",
    ),
    Spec(
        phi=True,
        category="post-discharge call notes to PCP",
        notes="Plain text attachment with patient name, DOB, MRN, CHF and missed furosemide from the 48-hour call, sent to the PCP office.",
        frm="Transitions of Care <toc@brookhavenregional.org>",
        to="nurse@millbrookfamilymed.com",
        subject="TOC follow-up call notes",
        body="Notes from our 48-hour post-discharge call are attached for your chart.",
        atts=(
            Att(
                "toc_call.txt",
                "text/plain",
                "TOC call 03/17/2026 10:20\r\nPatient: Albert Benitez, DOB 04/09/1950, MRN BRM-00531187\r\nDx: CHF exacerbation (EF 25%)\r\nWeight up 2 lb since discharge; not taking furosemide since pharmacy out of stock. Advised to call PCP today.\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Medicare Outpatient Observation Notice template text",
        notes="Hard negative: the blank MOON notice wording sent to registration for printing; no patient.",
        frm="UR Department <utilizationreview@brookhavenregional.org>",
        to="patientaccess@brookhavenregional.org",
        subject="Updated MOON template - please reprint",
        body="The MOON template has a new OMB expiration date. Text attached for your forms vendor.",
        atts=(
            Att(
                "MOON_template.txt",
                "text/plain",
                "MEDICARE OUTPATIENT OBSERVATION NOTICE\r\nPatient name: ____________  Patient number: ____________\r\nYou're a hospital outpatient receiving observation services. You are not an inpatient because: ____________\r\nOMB Approval 0938-1308\r\n",
            ),
        ),
    ),
]
