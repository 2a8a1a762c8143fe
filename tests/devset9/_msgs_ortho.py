"""devset9 messages from Ridgeline Orthopaedics & Physical Therapy (clinic, PT gyms, surgery)."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import ROP, Att, Spec

SIG_WC = (
    "\n\nMonica Salas\nWorkers' Compensation Coordinator\nRidgeline Orthopaedics & Physical "
    "Therapy\n3901 S Thompson St, Springdale AR 72764 | P (479) 555-0230 | F (479) 555-0231"
)
SIG_SCHED = "\n\nKeisha Lawson\nSurgery Scheduler | Ridgeline Orthopaedics\n(479) 555-0236"
FOOTER = (
    "\n\n--\nThis message may contain information protected by federal and state privacy law. "
    "If you are not the intended recipient, do not read, copy or forward it."
)

_FHIR = {
    "resourceType": "Bundle",
    "type": "collection",
    "identifier": {"system": "urn:ridgelineortho:pa", "value": "PA-2611-0588"},
    "entry": [
        {
            "resource": {
                "resourceType": "Patient",
                "id": "pt1",
                "identifier": [
                    {"system": "urn:ridgelineortho:mrn", "value": "RO-2281475"},
                    {"system": "urn:ozarkblue:member", "value": "OZB884120937"},
                ],
                "name": [{"family": "Whitcomb", "given": ["Darlene", "June"]}],
                "gender": "female",
                "birthDate": "1957-06-21",
                "address": [
                    {
                        "line": ["118 Persimmon Ln"],
                        "city": "Lowell",
                        "state": "AR",
                        "postalCode": "72745",
                    }
                ],
            }
        },
        {
            "resource": {
                "resourceType": "Condition",
                "id": "c1",
                "subject": {"reference": "Patient/pt1"},
                "code": {
                    "coding": [
                        {
                            "system": "http://hl7.org/fhir/sid/icd-10-cm",
                            "code": "M17.11",
                            "display": "Unilateral primary osteoarthritis, right knee",
                        }
                    ]
                },
                "onsetDateTime": "2021",
            }
        },
        {
            "resource": {
                "resourceType": "ServiceRequest",
                "id": "sr1",
                "status": "active",
                "intent": "order",
                "subject": {"reference": "Patient/pt1"},
                "code": {
                    "coding": [
                        {
                            "system": "http://www.ama-assn.org/go/cpt",
                            "code": "27447",
                            "display": "Total knee arthroplasty",
                        }
                    ]
                },
                "occurrenceDateTime": "2026-12-08",
                "note": [{"text": "Failed 6 months PT, 3 steroid injections, KL grade 4."}],
            }
        },
    ],
}

_HL7_ORDER = (
    "MSH|^~\\&|RIDGELINE_EHR|ROP|LAKESHORE_RIS|LSI|20261110093012||ORM^O01|ROP2611100930|P|2.3\r"
    "PID|1||RO-3390127^^^ROP^MR||TANAKA^KENJI^^^^^L||19860304|M|||4410 W Sunset Ave^^Springdale"
    "^AR^72762||(479)555-0113|||||||\r"
    "PV1|1|O|ROPCLINIC||||1688197361^BROOKS^NATHANIEL^^^MD\r"
    "IN1|1|OZB|OZARKBLUE|Ozark Blue Health||||||||||||TANAKA^KENJI|01|19860304||||||||||||||||"
    "|OZB551093278\r"
    "ORC|NW|ORD778120|||||^^^20261111^^R\r"
    "OBR|1|ORD778120||73721^MRI JOINT LOWER EXTREM W/O CONTRAST^CPT4|||20261110||||||"
    "Twisting injury playing basketball 10/31, effusion, positive Lachman R knee|||"
    "1688197361^BROOKS^NATHANIEL^^^MD\r"
    "DG1|1|I10|S83.511A^Sprain of anterior cruciate ligament of right knee, initial "
    "encounter^I10\r"
)

_HL7_TEST = (
    "MSH|^~\\&|RIDGELINE_EHR|ROP|LAKESHORE_RIS|LSI|20261112141500||ORM^O01|TST0001|T|2.3\r"
    "PID|1||ZZ9990001^^^ROP^MR||ZZTEST^INTERFACE^^^^^L||19000101|U|||1 TEST ST^^TESTVILLE^AR^"
    "00000\r"
    "PV1|1|O|ROPCLINIC\r"
    "ORC|NW|TSTORD0001\r"
    "OBR|1|TSTORD0001||73721^MRI JOINT LOWER EXTREM W/O CONTRAST^CPT4|||20261112||||||"
    "INTERFACE TEST - NOT A REAL PATIENT\r"
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="ortho_wc_work_status_pdf",
        notes="Workers' comp work status report PDF to the carrier's adjuster: claimant name, "
        "claim number, date of injury, lumbar strain, restrictions.",
        frm=f"Monica Salas <msalas@{ROP}>",
        to="Travis Overholt <toverholt@granitemutualcomp.com>",
        subject="Work status - claim GMC-26-0419883",
        body=(
            "Travis,\n\nAttached is today's work status report from Dr. Raman. Restrictions "
            "continue for two more weeks; PT 2x/week authorized through 12/4 per your 10/28 "
            "approval. Next visit 11/24.\n" + SIG_WC
        ),
        atts=(
            Att(
                "WorkStatus_GMC-26-0419883_111026.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGELINE ORTHOPAEDICS & PHYSICAL THERAPY - WORK STATUS REPORT",
                        "Employee: Carlos A. Mendes     DOB: 12/09/1979",
                        "Employer: Tyson Ridge Poultry Processing   Claim #: GMC-26-0419883",
                        "Date of injury: 09/22/2026   Visit date: 11/10/2026",
                        "Diagnosis: S39.012A Strain of muscle/fascia of lower back, initial",
                        "           M54.16 Radiculopathy, lumbar region",
                        "Work status: MODIFIED DUTY from 11/10/2026 to 11/24/2026",
                        "Restrictions: No lifting over 15 lb; no repetitive bending or twisting;",
                        "  alternate sitting/standing every 30 minutes; no ladders.",
                        "Treatment: PT 2x/week; meloxicam 15 mg daily; MRI L-spine reviewed.",
                        "Physician: Priya Raman, MD (spine)   Next visit: 11/24/2026",
                    ],
                    "Work Status Report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ortho_mri_order_hl7",
        notes="HL7 v2 ORM MRI order to the imaging center: patient name, MRN, DOB, address, "
        "phone, member ID, ACL sprain.",
        frm=f"interface@{ROP}",
        to="hl7-inbound@lakeshoreimaging.com",
        subject="ORM batch ROP2611100930",
        body="Automated order feed. 1 message attached.",
        atts=(Att("ROP2611100930.hl7", "application/hl7-v2", _HL7_ORDER),),
    ),
    Spec(
        phi=True,
        category="ortho_acl_case_booking_ics",
        notes="Case booking invite to the ambulatory surgery center: patient name, DOB, ACL "
        "reconstruction, surgeon and OR time in the calendar event.",
        frm=f"Keisha Lawson <klawson@{ROP}>",
        to="or-scheduling@nwsurgerycenter.com",
        subject="Case booking: Tanaka, Kenji - R ACL recon - 12/02 0730",
        body=(
            "Booking request below and in the invite. Graft: BTB autograft. Block by anesthesia "
            "(adductor canal). Needs post-op hinged brace and CPM - DME already ordered.\n\n"
            "Patient: Kenji Tanaka, DOB 03/04/1986, MRN RO-3390127\n"
            "Procedure: 29888 arthroscopically aided ACL reconstruction, right; possible 29881\n"
            "Surgeon: Nathaniel Brooks, MD   Est. 120 min" + SIG_SCHED
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nPRODID:-//Ridgeline Ortho//Surgery Booking//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:rop-case-26120201@ridgelineortho.com\r\n"
            "DTSTAMP:20261110T160000Z\r\nDTSTART:20261202T133000Z\r\nDTEND:20261202T153000Z\r\n"
            "SUMMARY:OR 3 - Tanaka Kenji - R ACL recon (Brooks)\r\n"
            "LOCATION:Northwest Surgery Center OR 3\r\n"
            "DESCRIPTION:DOB 03/04/1986. CPT 29888. Ozark Blue auth OZB-PA-5521093.\r\n"
            "ORGANIZER:mailto:klawson@ridgelineortho.com\r\n"
            "ATTENDEE:mailto:or-scheduling@nwsurgerycenter.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="ortho_pt_progress_note_docx",
        notes="PT progress note DOCX to the referring PCP: name, DOB, rotator cuff repair, ROM, "
        "visit count, plan.",
        frm=f"Alana Kealoha DPT <akealoha@{ROP}>",
        to="Dr. Hugo Espinoza <hespinoza@springdalefamilymed.com>",
        subject="PT progress report (30-day) - your patient",
        body=(
            "Dr. Espinoza,\n\nAttached is the 30-day progress report for our mutual patient. "
            "Plan of care recertification is also attached for your signature - please sign "
            "and return by fax or reply.\n\nAlana Kealoha, PT, DPT, OCS\nRidgeline PT - "
            "Springdale gym"
        ),
        atts=(
            Att(
                "PT_Progress_Yazzie_D.docx",
                DOCX,
                docx(
                    [
                        "Ridgeline Physical Therapy - Progress Report",
                        "Patient: Delbert Yazzie   DOB: 08/15/1962   MRN: RO-1820446",
                        "Diagnosis: Z47.89 aftercare following R rotator cuff repair (DOS "
                        "08/27/2026); M75.121",
                        "Visits to date: 14 of 24 authorized",
                        "AROM shoulder flexion 128 deg (goal 160), ER 45 deg (goal 70).",
                        "Pain 3/10 at worst. Strength 4-/5 ER. Sleeping through the night.",
                        "Plan: progress to isotonic strengthening, 2x/week for 6 more weeks.",
                        "Alana Kealoha, PT, DPT, OCS",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ortho_pta_to_husband_first_names",
        notes="Hard positive: PT assistant writes to a patient's husband at gmail using first "
        "names only: her next PT session, her knee brace and swelling advice.",
        frm=f"Jordan Reyes PTA <jreyes@{ROP}>",
        to="dave.kowalski.77@gmail.com",
        subject="Re: Linda's schedule",
        body=(
            "Hi Dave,\n\nYes, Linda's next session is Tuesday at 3:00 with me, then Thursday at "
            "3:00 with Alana. Please bring her hinged brace - she left it here Friday, it's "
            "actually at the front desk, so she can grab it when she arrives. If the swelling "
            "behind the knee is still up in the morning, ice 15 minutes and elevate, and call "
            "Dr. Wierzbicki's nurse line if it's warm or her calf hurts.\n\nJordan\nRidgeline "
            "PT - Rogers"
        ),
    ),
    Spec(
        phi=True,
        category="ortho_weekly_or_schedule_xlsx",
        notes="Hard positive: next week's OR schedule workbook to the ASC with MRN, DOB, "
        "procedure, surgeon and implant needs; a second sheet of add-ons.",
        frm=f"Keisha Lawson <klawson@{ROP}>",
        to="or-scheduling@nwsurgerycenter.com",
        cc=f"Dr. Tomasz Wierzbicki <twierzbicki@{ROP}>",
        subject="Week of 11/16 block schedule",
        body="Attached. Two add-ons on the second tab, implant reps notified." + SIG_SCHED,
        atts=(
            Att(
                "ROP_Block_Schedule_wk1116.xlsx",
                XLSX,
                xlsx(
                    {
                        "Scheduled": [
                            [
                                "Date",
                                "Start",
                                "MRN",
                                "Patient",
                                "DOB",
                                "CPT",
                                "Procedure",
                                "Surgeon",
                                "Implant",
                            ],
                            [
                                "11/16/2026",
                                "07:30",
                                "RO-2093381",
                                "Bui, Hanh",
                                "02/02/1955",
                                "27447",
                                "TKA left",
                                "Wierzbicki",
                                "Zimmer Persona",
                            ],
                            [
                                "11/16/2026",
                                "10:15",
                                "RO-1174092",
                                "Gallagher, Sean",
                                "10/30/1969",
                                "27130",
                                "THA right, anterior",
                                "Wierzbicki",
                                "Stryker Accolade",
                            ],
                            [
                                "11/17/2026",
                                "07:30",
                                "RO-3012267",
                                "Abernathy, Wes",
                                "06/17/1992",
                                "29827",
                                "Scope RCR right",
                                "Brooks",
                                "Arthrex anchors",
                            ],
                            [
                                "11/18/2026",
                                "07:30",
                                "RO-2907731",
                                "Nwosu, Chiamaka",
                                "11/21/1981",
                                "63030",
                                "L4-5 microdiscectomy",
                                "Raman",
                                "none",
                            ],
                        ],
                        "Add-ons": [
                            ["Date", "MRN", "Patient", "DOB", "Procedure", "Surgeon", "Notes"],
                            [
                                "11/19/2026",
                                "RO-3390127",
                                "Tanaka, Kenji",
                                "03/04/1986",
                                "R knee scope, possible menisectomy",
                                "Brooks",
                                "auth pending",
                            ],
                            [
                                "11/20/2026",
                                "RO-0871520",
                                "Pham, Lien",
                                "09/09/1948",
                                "ORIF distal radius L",
                                "Brooks",
                                "fall 11/8, splinted",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ortho_tka_prior_auth_fhir",
        notes="FHIR Bundle for a TKA prior authorization: patient name, DOB, address, MRN, "
        "member ID, knee osteoarthritis, planned surgery date.",
        frm=f"Keisha Lawson <klawson@{ROP}>",
        to="pa-intake@ozarkbluehealth.com",
        subject="Prior auth submission PA-2611-0588 (FHIR)",
        body=(
            "Submitting via the secure intake address per your provider bulletin 2026-14. FHIR "
            "bundle attached; clinical notes follow in a separate message.\n" + SIG_SCHED
        ),
        atts=(
            Att(
                "PA-2611-0588.json",
                "application/fhir+json",
                json.dumps(_FHIR, indent=1),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ortho_consent_filename_only",
        notes="Hard positive: the PDF is the generic surgical consent form; only its file name "
        "carries the patient's name and the procedure (total knee).",
        frm=f"Keisha Lawson <klawson@{ROP}>",
        to="preop-nursing@nwsurgerycenter.com",
        subject="Consent for Monday",
        body="Signed consent attached for your Monday first case. KL",
        atts=(
            Att(
                "Consent_TKA_left_Bui_Hanh_signed.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGELINE ORTHOPAEDICS - CONSENT FOR SURGERY OR PROCEDURE",
                        "I authorize the surgeon named above and assistants to perform the",
                        "procedure described above. The nature, purpose, risks (infection,",
                        "bleeding, blood clots, nerve injury, stiffness, anesthesia risks),",
                        "benefits and alternatives have been explained to me.",
                        "I consent to the administration of anesthesia and to blood products",
                        "if needed. I understand no guarantee has been made as to results.",
                        "Patient signature: [signed]        Witness: [signed]",
                    ],
                    "Consent for Surgery",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ortho_peer_to_peer_denial",
        notes="Peer-to-peer request after a prior-auth denial: member name, ID, DOB, CPT "
        "29827, failed conservative care, MRI findings.",
        frm=f"Dr. Nathaniel Brooks <nbrooks@{ROP}>",
        to="UM Department <um-appeals@ozarkbluehealth.com>",
        subject="Request for peer-to-peer - denial ref UM-26-771042",
        body=(
            "To the reviewing medical director,\n\n"
            "I am requesting a peer-to-peer discussion regarding the denial of arthroscopic "
            "rotator cuff repair (CPT 29827) for my patient Wesley Abernathy, member ID "
            "OZB220918346, DOB 06/17/1992.\n\n"
            "The denial states 'insufficient conservative treatment.' Mr. Abernathy is a "
            "34-year-old electrician with a full-thickness supraspinatus tear (1.6 cm, "
            "retraction to the apex of the humeral head on MRI 10/02/2026) after a fall from a "
            "ladder. Acute traumatic full-thickness tears in young active patients are "
            "repaired early to avoid retraction and fatty infiltration; 6 weeks of PT "
            "would not change that indication.\n\n"
            "I am available Tue/Thu 12:00-1:00. Cell (479) 555-0291.\n\n"
            "Nathaniel Brooks, MD\nSports Medicine & Arthroscopy\nNPI 1688197361" + FOOTER
        ),
    ),
    Spec(
        phi=True,
        category="ortho_forwarded_portal_cortisone",
        notes="Hard positive: a patient's portal message about moving her cortisone injection, "
        "forwarded as message/rfc822 to the scheduler; the cover note is generic.",
        frm=f"Front Desk Springdale <frontdesk.springdale@{ROP}>",
        to=f"Keisha Lawson <klawson@{ROP}>",
        subject="FW: Portal message - reschedule",
        body="Keisha - this is a procedure slot so it's yours. Thanks!",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm=f"MyRidgeline Portal <noreply@{ROP}>",
            to=f"frontdesk.springdale@{ROP}",
            subject="New message from Beatriz Salgado (MRN RO-2650198)",
            body=(
                "From: Beatriz Salgado\nDOB: 01/28/1971\nTopic: Appointments\n\n"
                "Hi, I need to reschedule my cortisone shot in my left hip (fluoroscopy one "
                "with Dr. Wierzbicki) on 11/13. My daughter's wedding is that weekend and I "
                "can't be sore. Could I do the week after? Also should I still stop my "
                "ibuprofen 3 days before? Thank you, Beatriz"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ortho_dme_brace_order",
        notes="DME order to a brace vendor: patient name, address, phone, DOB, insurance, "
        "ACL injury, HCPCS L1833 and CPM.",
        frm=f"Keisha Lawson <klawson@{ROP}>",
        to="orders@ozarkorthoticsdme.com",
        subject="DME order - post-op knee - deliver by 12/1",
        body=(
            "Please deliver to the patient's home and fit before surgery.\n\n"
            "Patient: Kenji Tanaka\nDOB: 03/04/1986\n"
            "Address: 4410 W Sunset Ave, Springdale AR 72762\nPhone: (479) 555-0113\n"
            "Insurance: Ozark Blue Health PPO, member OZB551093278\n"
            "Dx: S83.511A ACL sprain R knee; surgery 12/02/2026 (ACL reconstruction)\n\n"
            "Items:\n- L1833 KO adjustable joint, post-op hinged, right\n"
            "- E0935 CPM knee, 21-day rental from 12/02\n- E0218 cold therapy unit\n\n"
            "Ordering: Nathaniel Brooks, MD  NPI 1688197361\nSigned order attached in EHR "
            "fax queue." + SIG_SCHED
        ),
    ),
    Spec(
        phi=True,
        category="ortho_ime_letter_attorney",
        notes="Workers' comp independent medical exam scheduling letter to the claimant's "
        "attorney: claimant name, claim number, injury, exam date.",
        frm=f"Monica Salas <msalas@{ROP}>",
        to="Rebecca Thornquist <rthornquist@thornquistlaw.com>",
        subject="IME scheduled - your client, GMC-26-0388104",
        body=(
            "Ms. Thornquist,\n\n"
            "At the request of Granite Mutual, an independent medical examination has been "
            "scheduled for your client, Anthony DiStefano, regarding his 05/14/2026 right "
            "shoulder and cervical injury (claim GMC-26-0388104).\n\n"
            "Date: Wednesday, December 2, 2026 at 1:30 PM\nExaminer: Tomasz Wierzbicki, MD\n"
            "Location: 3901 S Thompson St, Springdale\n\n"
            "Please ask Mr. DiStefano to bring photo ID, his current medication list and any "
            "imaging from Mercy or Washington Regional not already in the file. Interpreter "
            "services are available if needed." + SIG_WC
        ),
    ),
    Spec(
        phi=True,
        category="ortho_postop_list_html_initials",
        notes="Hard positive: HTML table of post-op patients for the PT team with initials, DOB, "
        "surgery and post-op day; no full names.",
        frm=f"Alana Kealoha DPT <akealoha@{ROP}>",
        to=f"pt-rogers@{ROP}",
        subject="New post-op evals this week",
        body="",
        html=(
            "<html><body><p>Team - new post-op evals landing this week. Please grab them "
            "in order and check the protocol binder.</p>"
            "<table border='1' cellspacing='0' cellpadding='3'>"
            "<tr><th>Pt</th><th>DOB</th><th>Surgery</th><th>DOS</th><th>POD</th><th>WB</th></tr>"
            "<tr><td>H.B.</td><td>02/02/1955</td><td>L TKA</td><td>11/16</td><td>3</td>"
            "<td>WBAT</td></tr>"
            "<tr><td>S.G.</td><td>10/30/1969</td><td>R THA anterior</td><td>11/16</td><td>3</td>"
            "<td>WBAT, no precautions</td></tr>"
            "<tr><td>W.A.</td><td>06/17/1992</td><td>R RCR</td><td>11/17</td><td>2</td>"
            "<td>sling, PROM only</td></tr>"
            "</table><p>Alana</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="ortho_return_to_work_employer",
        notes="Return-to-work note to the employer's HR: employee name, injury, restrictions.",
        frm=f"Monica Salas <msalas@{ROP}>",
        to="Janelle Fortner <jfortner@tysonridgepoultry.com>",
        subject="Return to work - Carlos Mendes",
        body=(
            "Janelle,\n\nPer Dr. Raman's visit today, Carlos may return to modified duty "
            "starting Monday 11/16: no lifting over 15 lb, no repetitive bending or twisting, "
            "change position every 30 minutes. He continues physical therapy Tuesday and "
            "Thursday mornings, so please schedule him after 11 on those days. Next re-check "
            "11/24." + SIG_WC
        ),
    ),
    # ------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="ortho_rvu_productivity_xlsx",
        notes="Hard negative: quarterly wRVU/productivity workbook per surgeon and PT with CPT "
        "volumes and benchmarks; no patients.",
        frm=f"Greg Tomlinson <gtomlinson@{ROP}>",
        to=f"physicians@{ROP}",
        subject="Q3 2026 wRVU & productivity report",
        body=(
            "Docs,\n\nQ3 productivity is attached. Group wRVUs up 6.2% YoY. Dr. Raman's ramp "
            "is ahead of the guarantee schedule. Reminder that comp true-up uses wRVUs at the "
            "2026 CMS conversion factor of $33.29.\n\nGreg Tomlinson\nCFO, Ridgeline "
            "Orthopaedics & Physical Therapy"
        ),
        atts=(
            Att(
                "ROP_Q3_2026_Productivity.xlsx",
                XLSX,
                xlsx(
                    {
                        "wRVU by Provider": [
                            [
                                "Provider",
                                "Specialty",
                                "Clinic days",
                                "OR days",
                                "wRVU Q3",
                                "MGMA 50th (qtr)",
                                "Percentile",
                            ],
                            ["Brooks, Nathaniel MD", "Sports medicine", 24, 22, 2488.4, 2210.0, 62],
                            [
                                "Wierzbicki, Tomasz MD",
                                "Adult reconstruction",
                                22,
                                26,
                                2921.7,
                                2305.0,
                                71,
                            ],
                            ["Raman, Priya MD", "Spine", 20, 14, 1540.2, 2400.0, 28],
                            ["Kealoha, Alana DPT", "Physical therapy", 60, 0, 1102.5, 980.0, 64],
                        ],
                        "Top CPT": [
                            ["CPT", "Description", "Units", "wRVU each"],
                            ["99214", "Est. patient visit, moderate", 2841, 1.92],
                            ["27447", "Total knee arthroplasty", 118, 19.6],
                            ["29881", "Knee arthroscopy, meniscectomy", 97, 7.03],
                            ["97110", "Therapeutic exercise 15 min", 6120, 0.45],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ortho_new_surgeon_announcement",
        notes="Hard negative: announcement of a new spine surgeon with her specialty, training "
        "and the conditions she treats; no patient.",
        frm=f"Marketing <marketing@{ROP}>",
        to="referring-providers@ridgelineortho.com",
        subject="Welcome Dr. Priya Raman - fellowship-trained spine surgeon",
        body=(
            "Ridgeline Orthopaedics & Physical Therapy is pleased to welcome Priya Raman, MD, "
            "to our spine service.\n\n"
            "Dr. Raman completed her orthopaedic residency at the University of Iowa and a "
            "spine surgery fellowship at Rush. She treats degenerative disc disease, lumbar "
            "spinal stenosis, cervical myelopathy, adolescent idiopathic scoliosis and spine "
            "fractures, with a focus on minimally invasive decompression and fusion.\n\n"
            "She is accepting new referrals at our Springdale and Rogers clinics. Referral fax "
            "(479) 555-0239. NPI 2935632721.\n\nRidgeline Orthopaedics & Physical Therapy"
        ),
    ),
    Spec(
        phi=False,
        category="ortho_payer_contract_amendment",
        notes="Payer contract amendment comments with a CPT fee schedule (TKA, THA, PT codes); "
        "no patients.",
        frm=f"Greg Tomlinson <gtomlinson@{ROP}>",
        to="Lisa Chandrasekhar <lchandrasekhar@ozarkbluehealth.com>",
        subject="Amendment 4 to Professional Services Agreement - Ridgeline comments",
        body=(
            "Lisa,\n\nWe reviewed Amendment 4. Redlines attached in the portal; summary:\n\n"
            "1. Section 3.2 rate table: we accept 128% of 2027 Medicare for E/M, but joint "
            "codes need to move to a case rate:\n"
            "   27447 TKA  $1,820 (current $1,412)\n"
            "   27130 THA  $1,905 (current $1,440)\n"
            "   29881      $  815\n"
            "2. PT codes 97110/97140/97530 at 110% of Medicare with no multiple-procedure "
            "payment reduction on the second unit.\n"
            "3. Timely filing extended from 90 to 180 days.\n"
            "4. Delete the new prior auth requirement for 20610 injections.\n\n"
            "We'd like to sign by 12/15 for a 1/1/2027 effective date.\n\nGreg Tomlinson, CFO"
        ),
    ),
    Spec(
        phi=False,
        category="ortho_implant_consignment_invoice",
        notes="Hard negative: implant consignment restock invoice with an SSN-shaped PO number, "
        "lot and serial numbers; no patient is linked.",
        frm=f"Purchasing <purchasing@{ROP}>",
        to="AR Department <ar@summitimplantsupply.com>",
        subject="Invoice INV-88210 - PO 418-22-7301 - consignment restock",
        body=(
            "Hello,\n\nWe received invoice INV-88210 for the consignment restock at the ASC "
            "(PO 418-22-7301). Two lines don't match the packing slip:\n\n"
            "Line 4  Tibial baseplate size 5  REF 42-5320-005-01  LOT 64419821  SN 3002175"
            "  qty invoiced 2, received 1\n"
            "Line 7  Femoral component CR size 6 R  REF 42-5002-066-02  LOT 64422107  "
            "qty invoiced 1, received 1, price $2,980.00 vs contract $2,615.00\n\n"
            "Please issue a credit memo; we will pay the remaining lines ($18,402.50) on our "
            "Net 45 run.\n\nPurchasing | Ridgeline Orthopaedics & Physical Therapy"
        ),
    ),
    Spec(
        phi=False,
        category="ortho_dwc_fee_schedule_memo",
        notes="Hard negative: internal memo on the state workers' comp fee schedule and "
        "medical-records rules; no claimant.",
        frm=f"Monica Salas <msalas@{ROP}>",
        to=f"billing-team@{ROP}, frontdesk-all@{ROP}",
        subject="AR workers' comp fee schedule changes eff. 1/1/2027",
        body=(
            "Hi all,\n\nThe Arkansas Workers' Compensation Commission adopted Rule 099.30 "
            "updates for 2027:\n"
            "- Conversion factor moves to $61.44 for surgery and $52.10 for E/M.\n"
            "- PT: max 12 visits without prior approval from the carrier (was 15).\n"
            "- Work status form AR-3 must go to the carrier within 5 business days of every "
            "visit.\n"
            "- Copies of records to carriers: first copy free, $0.25/page after.\n\n"
            "Front desk: verify the claim number and adjuster at EVERY visit - carriers "
            "are reassigning adjusters a lot this year." + SIG_WC
        ),
    ),
    Spec(
        phi=False,
        category="ortho_pt_holiday_coverage",
        notes="PT staff holiday coverage schedule.",
        frm=f"Alana Kealoha DPT <akealoha@{ROP}>",
        to=f"pt-all@{ROP}",
        subject="Thanksgiving week coverage",
        body=(
            "Hi everyone,\n\nThanksgiving week plan:\n"
            "Mon 11/23 - Wed 11/25: normal hours, both gyms\n"
            "Thu 11/26: closed\n"
            "Fri 11/27: Springdale open 7-12 (Jordan, Meera, me); Rogers closed\n\n"
            "If you want to swap, post it in the Teams channel by 11/16. Potluck in the "
            "Springdale break room on Wednesday - sign-up sheet on the fridge.\n\nAlana"
        ),
    ),
    Spec(
        phi=False,
        category="ortho_deidentified_registry_csv",
        notes="Hard negative: de-identified TKA outcomes extract for a regional registry: "
        "random study IDs, age bands, year of surgery, KOOS scores; no identifiers.",
        frm=f"Research Office <research@{ROP}>",
        to="data-submissions@arjointregistry.org",
        subject="Q3 2026 de-identified submission - site 014",
        body=(
            "Attached is our Q3 de-identified submission under DUA 2025-014. Safe Harbor "
            "method: no names, dates other than year, ZIP, or record numbers; ages over 89 "
            "top-coded; study IDs are random and the key stays on site.\n\n"
            "Ridgeline Research Office"
        ),
        atts=(
            Att(
                "site014_tka_2026Q3_deid.csv",
                "text/csv",
                "study_id,age_band,sex,surgery_year,side,bmi_band,koos_jr_pre,koos_jr_6wk,"
                "readmit_30d\r\n"
                "S014-7F2K,65-69,F,2026,L,30-34,44.3,61.2,N\r\n"
                "S014-Q81M,70-74,M,2026,R,25-29,39.8,58.0,N\r\n"
                "S014-2ZPD,60-64,F,2026,R,35-39,47.5,52.9,N\r\n"
                "S014-LX0A,90+,F,2026,L,<25,36.1,55.4,Y\r\n"
                "S014-9B3T,55-59,M,2026,L,30-34,51.0,70.2,N\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ortho_hl7_interface_test_message",
        notes="Hard negative: HL7 interface test message with an obvious dummy patient "
        "(ZZTEST^INTERFACE, DOB 1900, processing ID T) sent to the imaging vendor's analyst.",
        frm=f"Chidi Eze <ceze@{ROP}>",
        to="Interface Team <interfaces@lakeshoreimaging.com>",
        subject="ORM test msg - new MRI order codes (TEST patient)",
        body=(
            "Hi Ruth,\n\nAttached is a test ORM using our interface test patient "
            "(ZZTEST^INTERFACE, MRN ZZ9990001, processing ID 'T'). We are adding the CPT4 "
            "coding for MRI orders in OBR-4. Can you confirm your RIS maps 73721 to your "
            "'MR KNEE WO' procedure and that the T-flag messages stay in your test "
            "environment?\n\nChidi Eze\nApplication Analyst, Ridgeline Ortho"
        ),
        atts=(Att("TEST_ORM_73721.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="ortho_walkin_clinic_marketing_html",
        notes="HTML-only community mailer about a new sports-medicine walk-in clinic and an ACL "
        "injury-prevention workshop for coaches.",
        frm=f"Ridgeline Ortho <news@{ROP}>",
        to=f"community-list@{ROP}",
        subject="New: Saturday sports injury walk-in clinic",
        body="",
        html=(
            "<html><body><h1>Hurt at Friday night's game?</h1>"
            "<p>Our Saturday <b>Sports Injury Walk-In Clinic</b> opens November 21 at the "
            "Rogers clinic, 8 AM-noon, August through May. X-ray on site, no appointment "
            "needed.</p><h2>Free workshop for coaches</h2><p>ACL injury prevention "
            "warm-ups (FIFA 11+ and PEP program), Tuesday December 1, 6:30 PM, Rogers High "
            "School gym. Presented by Nathaniel Brooks, MD and Alana Kealoha, DPT.</p>"
            "<p><a href='https://ridgelineortho.com/walkin'>Learn more</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="ortho_it_mfa_rollout",
        notes="IT notice about MFA enrollment for the EHR and remote access.",
        frm=f"IT Help Desk <helpdesk@{ROP}>",
        to=f"all-staff@{ROP}",
        subject="Action required: enroll in MFA by 11/20",
        body=(
            "Hello all,\n\nStarting November 23, the EHR, remote desktop and webmail will "
            "require multi-factor authentication. Enroll now:\n"
            "1. Install Microsoft Authenticator on your phone.\n"
            "2. Go to https://aka.ms/mfasetup from a clinic computer.\n"
            "3. Choose 'notification' and test it.\n\n"
            "No phone? Ask your supervisor for a hardware token. We will NEVER ask for your "
            "code by phone or email.\n\nRidgeline IT Help Desk | x2200"
        ),
    ),
    Spec(
        phi=False,
        category="ortho_conference_agenda_pji",
        notes="Hard negative: regional orthopaedic meeting agenda on periprosthetic joint "
        "infection with faculty names and topics; no patients.",
        frm=f"Dr. Tomasz Wierzbicki <twierzbicki@{ROP}>",
        to="arkorthosociety.program@gmail.com",
        subject="Final agenda - Winter meeting PJI session",
        body=(
            "Here is the final order for our session, Saturday January 23, 2027:\n\n"
            "8:00  Diagnosing PJI in 2027: ICM criteria, alpha-defensin and synovial "
            "cultures - T. Wierzbicki, MD\n"
            "8:25  DAIR vs two-stage revision for acute hematogenous infection - E. Nakagawa, "
            "MD (Little Rock)\n"
            "8:50  Antibiotic stewardship: rifampin, suppression and C. difficile - "
            "S. Oyelaran, MD, infectious diseases\n"
            "9:15  Case panel (de-identified cases, no images with faces or dates)\n"
            "9:45  Break\n\nCME: 1.75 AMA PRA Category 1.\n\nTomasz"
        ),
    ),
    Spec(
        phi=False,
        category="ortho_ssi_quality_report_pdf",
        notes="Hard negative: quarterly quality PDF with surgical-site infection and readmission "
        "rates (3 of 376 etc.); aggregate only.",
        frm=f"Quality Committee <quality@{ROP}>",
        to=f"physicians@{ROP}, asc-quality@nwsurgerycenter.com",
        subject="Q3 2026 joint replacement quality dashboard",
        body=(
            "Attached is the Q3 dashboard for the December quality committee. SSI rate "
            "remains under the NHSN benchmark; 90-day readmissions ticked up (two were "
            "unrelated medical admissions).\n\nQuality Committee"
        ),
        atts=(
            Att(
                "ROP_Q3_2026_Joint_Quality.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGELINE ORTHOPAEDICS - JOINT REPLACEMENT QUALITY, Q3 2026",
                        "Primary TKA + THA cases: 376  (TKA 241, THA 135)",
                        "Surgical site infection (90 d): 3 / 376 = 0.8%  (NHSN SIR 0.71)",
                        "90-day readmission: 11 / 376 = 2.9%  (Q2 2.1%)",
                        "VTE (DVT/PE) within 90 d: 4 / 376 = 1.1%",
                        "Median length of stay: 0.9 days; same-day discharge 58%",
                        "Tranexamic acid use: 98%; transfusion: 0.5%",
                        "Patient-reported outcome completion at 6 weeks: 81%",
                    ],
                    "Joint Quality Q3 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ortho_pt_credentialing_packet",
        notes="Hard negative: credentialing submission for a newly hired physical therapist: "
        "her NPI, licence, CAQH number and DOB (a workforce member, not a patient).",
        frm=f"Credentialing <credentialing@{ROP}>",
        to="provider-enrollment@ozarkbluehealth.com",
        subject="Provider add - Meera Subramanian, PT, DPT - Ridgeline group 30-551",
        body=(
            "Hello,\n\nPlease add the following therapist to our group contract effective "
            "12/1/2026:\n\n"
            "Name: Meera Subramanian, PT, DPT\nNPI: 2518175601\n"
            "Arkansas PT license: 5118 (exp 03/31/2028)\nCAQH ID: 16420931\n"
            "Practitioner DOB: 04/02/1994\n"
            "Locations: Springdale and Rogers\nTaxonomy: 225100000X\n\n"
            "Attestation and W-9 are in CAQH.\n\nSandra Whitfield\nCredentialing "
            "Specialist, Ridgeline Orthopaedics & Physical Therapy"
        ),
    ),
]
