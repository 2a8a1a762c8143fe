"""Riverside Regional Medical Center emergency department and trauma program: PHI messages."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import RRMC, TSPC, Att, Spec

_ED_SIG = (
    "\n\n--\nRiverside Regional Medical Center | Emergency Department\n"
    "1400 Riverside Pkwy, Harlan Falls | ED main 555-0140\n"
    "CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for "
    "the addressee. If you received it in error, notify the sender and delete it.\n"
)

_TRAUMA_CSV = (
    "registry_id,name,dob,arrival,mechanism,iss,activation,disposition\r\n"
    "TR26-1184,Dominic Ferraro,1971-03-22,2026-11-01 02:14,MVC rollover,22,Level 1,SICU\r\n"
    "TR26-1185,Alisha Barnwell,1998-07-09,2026-11-01 15:40,GSW L thigh,9,Level 1,OR then 5W\r\n"
    "TR26-1186,Gerald Oyelaran,1944-12-30,2026-11-02 08:05,Fall from standing,10,Level 2,5W\r\n"
    "TR26-1187,Marisol Quintanilla,2009-05-17,2026-11-02 19:22,ATV "
    "crash,17,Level 1,PICU transfer\r\n"
    "TR26-1188,Tobias Lindqvist,1983-10-02,2026-11-03 23:51,Assault blunt "
    "head,13,Level 2,Neuro ICU\r\n"
)

_HL7 = (
    "MSH|^~\\&|EPIC|RRMC_ED|TRAUMAREG|RRMC|20261110034500||ADT^A04|RRMC88412|P|2.5.1\r"
    "PID|1||E2291047^^^RRMC^MR||Haddad^Samir^J||19660418|M|||88 Orchard Bend Rd^^Harlan Falls"
    "^PA^17544||555-0177\r"
    "PV1|1|E|ED^T2^01||||1909887543^Okafor^Chinedu^^^MD|||EM||||7|||||V77120934\r"
    "DG1|1||S22.41XA^Multiple fractures of ribs, right side^I10||20261110|A\r"
    "DG1|2||S27.0XXA^Traumatic pneumothorax^I10||20261110|A\r"
)

_FHIR = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {
            "resource": {
                "resourceType": "Patient",
                "id": "pt-7731",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8812", "value": "E2307715"}],
                "name": [{"family": "Kowalczyk", "given": ["Irena"]}],
                "birthDate": "1952-02-11",
                "telecom": [{"system": "phone", "value": "555-0193"}],
            }
        },
        {
            "resource": {
                "resourceType": "Condition",
                "subject": {"reference": "Patient/pt-7731"},
                "code": {
                    "coding": [
                        {
                            "system": "http://hl7.org/fhir/sid/icd-10-cm",
                            "code": "I63.9",
                            "display": "Cerebral infarction, unspecified",
                        }
                    ]
                },
                "onsetDateTime": "2026-11-11T06:20:00-05:00",
            }
        },
        {
            "resource": {
                "resourceType": "MedicationAdministration",
                "subject": {"reference": "Patient/pt-7731"},
                "medicationCodeableConcept": {"text": "tenecteplase 25 mg IV push"},
                "effectiveDateTime": "2026-11-11T07:02:00-05:00",
            }
        },
    ],
}

_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverside Regional//ED Case Mgmt//EN\r\n"
    "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h25-cm-0412@riversideregional.org\r\n"
    "DTSTAMP:20261110T150000Z\r\nDTSTART:20261113T190000Z\r\nDTEND:20261113T193000Z\r\n"
    "SUMMARY:Care conference - Eugene Whitlock (ED high utilizer\\, CHF/COPD)\r\n"
    "DESCRIPTION:Review of Mr. Whitlock's 9 ED visits since August. MRN E1984420. "
    "Home O2 compliance\\, Lasix dosing\\, SNF vs home health. Daughter Renee invited by phone.\r\n"
    "LOCATION:ED conference room B\r\n"
    "ORGANIZER:mailto:kbrennan@riversideregional.org\r\n"
    "ATTENDEE:mailto:snelson@riversideregional.org\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

_FWD_REFERRAL = Spec(
    phi=True,
    category="x",
    notes="inner",
    frm=f"Lena Marsh RN <lmarsh@{RRMC}>",
    to=f"ED Case Management <edcm@{RRMC}>",
    subject="needs SW before d/c",
    body=(
        "Bed 14, Harold Pinsky, 81, came in after a fall at home, lives alone in the Maple "
        "Terrace apartments. Daughter in Ohio. CT head negative, wrist splinted. He cannot manage "
        "his insulin with the splint on. Can someone see him before 3?\n\nLena"
    ),
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="trauma registry roster csv",
        notes="Trauma registrar sends the weekly registry abstraction roster (names, DOB, "
        "mechanism, ISS) to the state trauma system partner; PHI only in the CSV.",
        frm=f"Colleen Abernathy <cabernathy@{RRMC}>",
        to="registry-intake@pa-traumasystems.org",
        subject="Weekly registry abstraction batch - week 44",
        body="Hi Jordan,\n\nAttached is this week's batch for validation. Five cases, two are "
        "pediatric transfers so the peds fields are filled in.\n\nThanks,\nColleen Abernathy, "
        "CSTR\nTrauma Registrar" + _ED_SIG,
        atts=(Att("registry_batch_wk44.csv", "text/csv", _TRAUMA_CSV),),
    ),
    Spec(
        phi=True,
        category="ed to pcp followup",
        notes="ED physician to outside PCP: named patient, DOB, ED visit, diagnosis and plan.",
        frm=f"Dr. Chinedu Okafor <cokafor@{RRMC}>",
        to="frontdesk@maplewoodfamilymed.com",
        subject="ED visit follow-up - please forward to Dr. Vang",
        body="Dr. Vang,\n\nYour patient Beatriz Salcedo (DOB 04/27/1979) was seen in our ED "
        "last night for a first-time unprovoked seizure. CT head and labs were unremarkable; "
        "she was started on levetiracetam 500 mg BID and referred to neurology. She was "
        "counselled not to drive. Please see her within a week.\n\nChinedu Okafor, MD\n"
        "Attending, Emergency Medicine" + _ED_SIG,
    ),
    Spec(
        phi=True,
        category="relative update personal mailbox",
        notes="Hard positive: ED nurse replies to a sister's gmail with a first name, a "
        "condition and a med change; no surname or number.",
        frm=f"Tamsin Hale RN <thale@{RRMC}>",
        to="joanne.dubrowski58@gmail.com",
        subject="Re: my brother",
        body="Hi Joanne,\n\nJust following up like I promised on the phone. Walt is settled "
        "upstairs now. His sugar was over 500 when he came in so they started him on an insulin "
        "drip and he's much more awake this afternoon. The doctors think the new prednisone "
        "pushed it up.\n\nTamsin\n\n> On Mon, Joanne wrote:\n> Can you tell me how he's doing, "
        "I can't get through on the unit phone.",
    ),
    Spec(
        phi=True,
        category="subject only name and dx",
        notes="Hard positive: PHI only in the subject (patient surname, bed and diagnosis); "
        "body is a one-word logistics note.",
        frm=f"Marcus Bell <mbell@{RRMC}>",
        to=f"Radiology Reading Room <rad-reads@{RRMC}>",
        subject="Trauma bay 2 - Delacroix, Vivienne - ? splenic lac, please prelim CT now",
        body="Calling you too. Surgery waiting on the read.\n\nMarcus",
    ),
    Spec(
        phi=True,
        category="hl7 adt attachment",
        notes="Interface analyst forwards an ADT^A04 sample that failed the trauma registry "
        "feed; the HL7 file carries a real patient, address and diagnoses.",
        frm=f"Priya Venkataraman <pvenkataraman@{RRMC}>",
        to="support@traumabase-software.com",
        subject="Case 44817 - ADT feed rejecting DG1 segments",
        body="Hello support,\n\nAs discussed, attaching the message that your listener "
        "rejected at 03:45. The DG1 repetition seems to be the trigger. This one came straight "
        "from production, please purge it once you've reproduced.\n\nPriya\n"
        "Clinical Interfaces, RRMC IS",
        atts=(Att("adt_a04_rejected.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=True,
        category="stroke alert fhir bundle",
        notes="FHIR Bundle with patient name, DOB, stroke diagnosis and tenecteplase given, sent "
        "to the receiving comprehensive stroke center.",
        frm=f"Stroke Coordinator <strokeprogram@{RRMC}>",
        to="transfers@summitneuroscience.org",
        subject="Transfer packet for thrombectomy eval",
        body="Attached is the structured packet for the patient in transit by Lifeline 3. "
        "Imaging pushed to your PACS under the same accession.\n\nNadia Petrosyan, RN\n"
        "Stroke Program Coordinator",
        atts=(Att("transfer_bundle.json", "application/fhir+json", json.dumps(_FHIR, indent=2)),),
    ),
    Spec(
        phi=True,
        category="care conference invite ics",
        notes="Hard positive: calendar invite whose summary and description name an ED "
        "high-utilizer patient with conditions and MRN; email body is generic.",
        frm=f"Kathleen Brennan <kbrennan@{RRMC}>",
        to=f"Sarah Nelson <snelson@{RRMC}>",
        subject="Invitation: care conference Friday 2pm",
        body="Sarah, sending the invite for Friday. Details are in the calendar entry.\n\nKathleen",
        ics=_ICS,
    ),
    Spec(
        phi=True,
        category="forwarded social work request",
        notes="Case manager forwards a nurse's note about a named elderly fall patient who "
        "cannot manage insulin, to a home health agency; PHI in the forwarded message.",
        frm=f"Kathleen Brennan <kbrennan@{RRMC}>",
        to="intake@hearthsidehomehealth.com",
        subject="FW: needs SW before d/c",
        body="Hi, forwarding the nurse's note below. Can you open a start-of-care visit for "
        "tomorrow? Face sheet to follow by fax.\n\nKathleen Brennan, MSW\nED Case Management",
        forward=_FWD_REFERRAL,
    ),
    Spec(
        phi=True,
        category="wound photo png filename",
        notes="Hard positive: PHI only in the PNG file name (patient name and injury) sent to "
        "plastics on call; body says only 'photo attached'.",
        frm=f"Dr. Ana-Maria Cojocaru <acojocaru@{RRMC}>",
        to=f"Plastics On Call <plastics-oncall@{RRMC}>",
        subject="photo for you",
        body="Photo attached, call me at x4410 when you've looked.\n\nAna",
        atts=(
            Att(
                "Benedetti_Lorenzo_R_hand_degloving_1110.png", "image/png", png(6, 6, (180, 90, 90))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="initials dob list",
        notes="Hard positive: return-visit list with only initials, DOB and diagnoses sent to "
        "the quality nurse.",
        frm=f"Dr. Helen Yoshida <hyoshida@{RRMC}>",
        to=f"Aubrey Tan <atan@{RRMC}>",
        subject="72h bounce-backs for M&M",
        body="Aubrey, here are the three 72-hour returns I want on the M&M list:\n\n"
        "- R.T., DOB 08/14/1990 - discharged with 'gastroenteritis', back with perforated "
        "appendix\n- K.M., DOB 01/30/1957 - sent home after syncope, returned in complete heart "
        "block\n- D.O., DOB 11/02/2019 - otitis, returned with mastoiditis\n\nHelen",
    ),
    Spec(
        phi=True,
        category="mrs k room med change",
        notes="Hard positive: hand-off about 'Mrs. K' with an obs room number and a med change, "
        "no full name.",
        frm=f"Devon Achterberg RN <dachterberg@{RRMC}>",
        to=f"ED Obs Unit Nurses <edobs@{RRMC}>",
        subject="Obs 6 update",
        body="Mrs. K in Obs 6: cardiology stopped the metoprolol (HR 48), started her on "
        "diltiazem drip instead. Daughter is staying overnight. Repeat troponin "
        "due at 2200.\n\nDevon",
    ),
    Spec(
        phi=True,
        category="x12 837 claim attachment",
        notes="ED professional billing sends an X12 837P with patient, member id and ED E/M "
        "codes to the clearinghouse support desk.",
        frm=f"Nicole Farris <nfarris@{RRMC}>",
        to="edi-support@claimbridge.net",
        subject="Ticket 77120 - rejected 837P resend",
        body="Hi, resending the corrected file for ticket 77120. The subscriber loop was "
        "missing the NM109.\n\nNicole Farris\nPhysician Billing, Emergency Medicine",
        atts=(
            Att(
                "ED837P_resend.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*RRMCEDPB       *ZZ*CLAIMBRIDGE    "
                "*261110*1422*^*00501*000004417*0*P*:~\nGS*HC*RRMCEDPB*CLAIMBRIDGE*20261110*"
                "1422*4417*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
                "NM1*IL*1*TRUONG*KIMBERLY****MI*XQH448210931~\n"
                "DMG*D8*19880603*F~\nN3*2231 LINDEN AVE~\nN4*HARLAN FALLS*PA*17544~\n"
                "CLM*EDV90412*842***23:B:1~\nHI*ABK:S06.0X1A*ABF:R55~\n"
                "SV1*HC:99285*842*UN*1***1~\nDTP*472*D8*20261104~\nSE*10*0001~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="xlsx multisheet denials",
        notes="Hard positive: multi-sheet workbook of ED claim denials with member ids, "
        "service dates and CPT codes; body only asks for appeal help.",
        frm=f"Nicole Farris <nfarris@{RRMC}>",
        to="appeals@keystonebilling-partners.com",
        subject="October denials for appeal",
        body="Attached are October's ED denials split by payer. Tab 2 is the medical necessity "
        "batch we discussed.\n\nNicole",
        atts=(
            Att(
                "ED_denials_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Payer", "Count", "Billed"],
                            ["Commonwealth Health", 3, 5120],
                            ["Allegheny Mutual", 2, 2290],
                        ],
                        "Med necessity": [
                            ["Member ID", "Patient", "DOS", "CPT", "Dx", "Billed"],
                            [
                                "CWH771203948",
                                "Reyes, Osvaldo",
                                "2026-10-03",
                                "99284",
                                "R07.9",
                                1480,
                            ],
                            [
                                "CWH771992015",
                                "Blackwood, Tessa",
                                "2026-10-11",
                                "99285",
                                "R10.31",
                                2210,
                            ],
                            ["AMX40218877", "Nguyen, Phuc", "2026-10-19", "99283", "J06.9", 890],
                        ],
                        "Timely filing": [
                            ["Member ID", "Patient", "DOS", "CPT", "Billed"],
                            ["CWH770041233", "Sorensen, Dag", "2026-07-28", "99285", 1430],
                            ["AMX40109934", "Abubakar, Halima", "2026-08-02", "99284", 1400],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="html table ed board",
        notes="HTML-only ED tracking board snapshot (names, ages, complaints, rooms) sent to "
        "the house supervisor.",
        frm=f"ED Charge Nurse <edcharge@{RRMC}>",
        to=f"House Supervisor <housesup@{RRMC}>",
        subject="Boarders at 0600",
        body="",
        html="<html><body><p>Boarders holding in ED at 0600:</p><table border='1'>"
        "<tr><th>Rm</th><th>Patient</th><th>Age</th><th>Reason</th><th>Bed req</th></tr>"
        "<tr><td>3</td><td>Florence Adeyemi</td><td>77</td><td>NSTEMI, heparin "
        "gtt</td><td>PCU</td></tr>"
        "<tr><td>9</td><td>Colin Maguire</td><td>34</td><td>Alcohol withdrawal, "
        "CIWA 18</td><td>Med</td></tr>"
        "<tr><td>17</td><td>Yusuf Demir</td><td>61</td><td>GI bleed, 2u PRBC</td><td>ICU</td></tr>"
        "<tr><td>H2</td><td>Shauna Pike</td><td>19</td><td>SI, on 1:1 "
        "sitter</td><td>Psych</td></tr>"
        "</table><p>-- Rosa, charge RN</p></body></html>",
    ),
    Spec(
        phi=True,
        category="patient portal reply personal",
        notes="ED follow-up nurse emails a discharged patient at outlook.com with culture "
        "results and an antibiotic change.",
        frm=f"ED Callback Nurse <edcallback@{RRMC}>",
        to="darnell.whitfield@outlook.com",
        subject="Your urine culture result",
        body="Hello Mr. Whitfield,\n\nThis is the Riverside Regional ED callback nurse. Your "
        "urine culture from your visit on November 6 grew E. coli that is resistant to the "
        "cephalexin you were given. Dr. Okafor has sent nitrofurantoin 100 mg twice daily for "
        "5 days to your CVS on Route 9. Please stop the cephalexin.\n\nCall 555-0148 with "
        "questions." + _ED_SIG,
    ),
    Spec(
        phi=True,
        category="sane exam docx",
        notes="Hard positive: SANE program coordinator sends a DOCX of exam scheduling for a "
        "named assault survivor to the advocacy partner; body vague.",
        frm=f"Imani Rutherford <irutherford@{RRMC}>",
        to="advocate.hotline@harlanfallscrisiscenter.org",
        subject="follow-up paperwork",
        body="Here is the follow-up sheet we talked about. "
        "She consented to advocate contact.\n\nImani",
        atts=(
            Att(
                "followup_sheet.docx",
                DOCX,
                docx(
                    [
                        "Riverside Regional SANE Program - Advocate Follow-up",
                        "Patient: Kaylee Brandt   DOB: 02/19/2004",
                        "Exam date: 11/08/2026, forensic exam completed, kit sealed",
                        "HIV nPEP started (Biktarvy 28-day supply), follow-up labs due 11/22",
                        "Preferred contact: cell 555-0162, text OK after 5pm",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pdf transfer summary",
        notes="PDF ED transfer summary with patient identifiers and clinical course sent to "
        "the receiving burn center.",
        frm=f"ED Transfer Center <transfers@{RRMC}>",
        to="burnadmissions@lehighburn.org",
        subject="Accepted transfer - summary attached",
        body="Please find the ED summary for the patient accepted by Dr. Ruiz. ETA 40 min by "
        "ground.\n\nRRMC Transfer Center",
        atts=(
            Att(
                "ED_transfer_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERSIDE REGIONAL MEDICAL CENTER - ED TRANSFER SUMMARY",
                        "Patient: Ezekiel Montgomery   MRN: E2288104   DOB: 06/05/1969",
                        "Injury: flash burn, garage propane explosion, 11/10/2026 13:20",
                        "TBSA 24% partial thickness, face and bilateral hands; singed nares",
                        "Intubated 14:05 for airway protection, LR per Parkland 4.2 L/24h",
                        "Accepting: Lehigh Valley Burn Center",
                    ],
                    "ED transfer summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of discharge notes",
        notes="Zip holding TXT ED notes for named patients sent to an outside scribe QA vendor.",
        frm=f"Dr. Helen Yoshida <hyoshida@{RRMC}>",
        to="qa@scribeworks-solutions.com",
        subject="Charts for scribe QA sample",
        body="As agreed, 2 charts for the November scribe accuracy audit. BAA is on file "
        "(Ruth in compliance confirmed).\n\nHelen Yoshida, MD\nED Medical Director",
        atts=(
            Att(
                "scribe_audit_nov.zip",
                "application/zip",
                zipped(
                    {
                        "chart_01.txt": "Pt: Oksana Hrycenko, 44F, MRN E2301187\n"
                        "CC: headache x3 days, "
                        "worst of life.\nLP negative for xanthochromia. Dx: "
                        "migraine. Rx sumatriptan.\n",
                        "chart_02.txt": "Pt: Bryce Tannehill, 27M, MRN E2301562\nCC: laceration L "
                        "forearm from glass. 4 cm, repaired 6 sutures 4-0 nylon. Tdap given.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="behavioral health placement",
        notes="ED social worker to a psychiatric facility about a named teen on a 302 hold "
        "with overdose history.",
        frm=f"Sarah Nelson LCSW <snelson@{RRMC}>",
        to="admissions@brookhavenbehavioral.org",
        subject="Placement request - adolescent, 302",
        body="Good morning,\n\nRequesting an adolescent bed for Jaden Okonkwo-Price, 15, "
        "DOB 03/08/2011, on an involuntary 302 since 11/09 after an intentional acetaminophen "
        "ingestion (NAC completed, LFTs normalizing). Medically cleared by pediatrics this "
        "morning. Insurance: Commonwealth Health CHIP, member CWH880124577.\n\nSarah Nelson, "
        "LCSW\nED Behavioral Health Social Work" + _ED_SIG,
    ),
    Spec(
        phi=True,
        category="ccda attachment",
        notes="C-CDA continuity-of-care document for a named patient sent to a skilled nursing "
        "facility.",
        frm=f"ED Case Management <edcm@{RRMC}>",
        to="admissions@willowcreeksnf.com",
        subject="CCD for tonight's admission",
        body="Attached CCD for the resident returning to you tonight. Report called to your "
        "charge nurse at 1830.",
        atts=(
            Att(
                "ccd_return_to_facility.xml",
                "application/xml",
                '<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">'
                "<title>Continuity of Care Document</title><recordTarget><patientRole>"
                '<id extension="E1740093" root="2.16.840.1.113883.3.8812"/><patient><name>'
                "<given>Beatrice</given><family>Vanderhoef</family></name>"
                '<birthTime value="19340907"/></patient></patientRole></recordTarget>'
                "<component><section><title>Problems</title><text>Urinary tract infection; "
                "Alzheimer dementia; recurrent falls</text></section><section><title>"
                "Medications</title><text>ceftriaxone 1 g IV given in ED; start cefdinir "
                "300 mg BID x 6 days</text></section></component></ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="employer return to work",
        notes="Hard positive: ED work note emailed to an employer HR mailbox naming the "
        "employee and his back injury and restrictions.",
        frm=f"ED Registration <edregistration@{RRMC}>",
        to="hr@keystonelogistics.com",
        subject="Work status note - Rafael Ibarra",
        body="At the patient's request, his work status: Rafael Ibarra was evaluated in the "
        "Riverside Regional Emergency Department on 11/09/2026 for a lumbar strain. He may "
        "return to work 11/12 with no lifting over 10 lb for two weeks. For the workers' "
        "compensation claim (WC-26-11093), his SSN as registered with us is 417-62-8835.\n\n"
        "ED Registration",
    ),
    Spec(
        phi=True,
        category="terse mrn lab followup",
        notes="Hard positive: terse note with only an MRN and a critical lab value.",
        frm=f"Dr. Marcus Bell <mbell@{RRMC}>",
        to=f"ED Pharmacist <edpharm@{RRMC}>",
        subject="E2299871 K 6.9",
        body="Repeat K 6.9 on E2299871, peaked T's. Giving calcium gluconate and insulin/D50, "
        "can you bring the Lokelma up.",
    ),
    Spec(
        phi=True,
        category="chatty relative reply thread",
        notes="Hard positive: son replies to the ED with his father's first name, nursing home "
        "and dementia meds; quoted nurse reply confirms the visit.",
        frm=f"Maribel Ocasio RN <mocasio@{RRMC}>",
        to="gregtorvik@yahoo.com",
        subject="Re: Re: dad's visit",
        body="Hi Greg,\n\nYes, I spoke with Dr. Yoshida. We did get the list from Sunrise Manor. "
        "The donepezil is fine to continue; it's the new quetiapine they think made him so "
        "sleepy and caused the fall. We're holding it tonight and the team will call you "
        "tomorrow.\n\nMaribel\n\n> On Nov 10, Greg Torvik wrote:\n> Thanks for calling. Dad "
        "(Arne) is on meds for his Alzheimer's, did the home send you the list? He's never "
        "been this drowsy.\n",
    ),
    Spec(
        phi=True,
        category="trauma peer review",
        notes="Trauma performance improvement review of a named death with dates, sent to the "
        "trauma medical director.",
        frm=f"Trauma PI Coordinator <traumapi@{RRMC}>",
        to=f"Dr. Elias Brandvold <ebrandvold@{RRMC}>",
        cc=f"Colleen Abernathy <cabernathy@{RRMC}>",
        subject="PI case for Tuesday - delay to OR",
        body="Dr. Brandvold,\n\nFor Tuesday's peer review: Nathaniel Corriveau, 52, arrived "
        "10/28 at 21:10 after a motorcycle crash, FAST positive, taken to OR at 22:35 (85 min). "
        "Expired 10/29 at 01:10 from hemorrhagic shock. Opportunity for improvement flagged: "
        "OR availability.\n\nJoy Lachance, RN\nTrauma PI Coordinator",
    ),
    Spec(
        phi=True,
        category="interpreter request",
        notes="Hard positive: interpreter booking naming the patient, room and the reason "
        "(miscarriage counselling) sent to the vendor.",
        frm=f"Tamsin Hale RN <thale@{RRMC}>",
        to="scheduling@lingualinkinterp.com",
        subject="Onsite Somali interpreter 1400 today",
        body="Need an onsite female Somali interpreter at 1400 today, ED room 21, for "
        "Hodan Warsame. Physician will be discussing the ultrasound result (miscarriage) and "
        "follow-up with OB. Please confirm.\n\nTamsin Hale, RN",
    ),
    Spec(
        phi=True,
        category="signed out to poison center",
        notes="ED physician emails the poison center toxicologist about a named patient with "
        "a calcium channel blocker overdose.",
        frm=f"Dr. Chinedu Okafor <cokafor@{RRMC}>",
        to=f"Dr. Renata Kessler <rkessler@{TSPC}>",
        subject="Follow-up on the amlodipine case",
        body="Renata,\n\nThanks for the call last night. Update on Lucille Marchetti (your case "
        "TS26-40192): she needed high-dose insulin up to 1 unit/kg/h plus norepinephrine, now "
        "weaning, MAP 70s. Glucose holding. Going up to MICU.\n\nChinedu",
    ),
]
