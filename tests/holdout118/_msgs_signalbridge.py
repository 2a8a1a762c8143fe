"""Signal Bridge Deaf & Hard of Hearing Services (deaf and hard-of-hearing services agency): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

INTERP = "Signal Bridge Interpreting <interpreting@signalbridgedeaf.org>"
JORDAN = "Jordan Beaulieu <jbeaulieu@signalbridgedeaf.org>"
SIMONE = '"Simone Achebe, LPC" <sachebe@signalbridgedeaf.org>'
VICTOR = "Victor Haas <vhaas@signalbridgedeaf.org>"
LYDIA = "Lydia Tran <ltran@signalbridgedeaf.org>"
ELLEN = "Ellen Marchetti <emarchetti@signalbridgedeaf.org>"
FOOT = "\n\nSignal Bridge Deaf & Hard of Hearing Services\n1450 E Johnson St, Madison, WI 53703\nVoice/VP (608) 555-0150 | Text (608) 555-0151"

MESSAGES = [
    Spec(
        phi=True,
        category="interpreter confirmation for oncology appointment",
        notes="Hard positive: interpreter booking confirmation to the hospital naming the Deaf patient and an appointment at the infusion centre; the place reveals cancer care.",
        frm=INTERP,
        to="interpreter.requests@stmarkshealth.org",
        subject="Confirmed: ASL interpreter request #26-0431",
        body="Confirmed for request #26-0431:\n\nPatient: Ruth Amsel\nDate/time: Monday 4/20, 8:30 am - 12:30 pm\nLocation: St. Mark's Cancer Center, Infusion Suite B\nInterpreter: Corinne Blaylock, NIC (team interpreter not needed per patient preference)\n\nPlease have the infusion nurse meet the interpreter at check-in.\n\nJordan Beaulieu\nInterpreter Services Coordinator"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="interpreter assignment to freelancer personal mailbox",
        notes="Hard positive: assignment details to a freelance interpreter's gmail with the client's name and a psychiatric intake appointment.",
        frm=JORDAN,
        to="corinne.blaylock.asl@gmail.com",
        subject="Job 26-0447 Thurs",
        body="Hi Corinne,\n\nCan you take this one?\n\nThurs 4/16, 10:00-12:00\nMeriter Behavioral Health, outpatient intake (psychiatric evaluation)\nConsumer: Joel Whitcombe - Deaf, uses ASL, some DeafBlind features (low vision, sit close, good lighting)\n\nMental health setting so please review your CDI notes from last time. Reply yes/no by 5.\n\nJordan",
    ),
    Spec(
        phi=True,
        category="case note to vocational rehabilitation counselor",
        notes="Case management DOCX to the state vocational rehabilitation counselor with the client's name, SSN, cochlear implant and depression.",
        frm=VICTOR,
        to="m.sandoval@dvr-wisconsin.net",
        subject="Case update for our shared client",
        body="Hi Marisol,\n\nCase update attached for our shared client ahead of Friday's planning meeting. The release covers DVR.\n\nVictor Haas\nCase Manager"
        + FOOT,
        atts=(
            Att(
                "SB_case_update_Okonkwo_D.docx",
                DOCX,
                docx(
                    [
                        "Signal Bridge Deaf & Hard of Hearing Services - Case Management Update",
                        "Client: Daniel Okonkwo   DOB 12/03/1989   SSN 531-48-2207   SB client 11872",
                        "Hearing: profound bilateral loss; right cochlear implant (2024), still adjusting, relies on ASL at work.",
                        "Counseling: seeing S. Achebe, LPC biweekly for depression since January; improving.",
                        "Employment goal: return to CNC machinist role; needs CART for safety trainings.",
                        "Request: DVR to fund captioning for 12 hours of training in May.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="captioned phone recipients with device serials",
        notes="Hard positive: CSV to the phone vendor listing clients' names, addresses, device serial numbers and their hearing-loss certification.",
        frm=LYDIA,
        to="distribution@captionlinkphones.com",
        subject="TEDP installs - week of 4/20",
        body="Install list for next week attached. All three have signed certification from their audiologist.\n\nLydia Tran\nEquipment Program Coordinator",
        atts=(
            Att(
                "tedp_installs_0420.csv",
                "text/csv",
                "client,address,city,phone,device,serial,certified_by,hearing_loss\n"
                "Margaret Hoelzel,218 Vilas Ave,Madison,608-555-0171,CaptionLink 2400i,CL24-7731094,Clearbrook Hearing,moderate-severe bilateral\n"
                "Edwin Faust,4 Pheasant Run,Stoughton,608-555-0177,CaptionLink 2400i,CL24-7731102,Clearbrook Hearing,severe bilateral\n"
                "Irene Marquardt,1507 Jenifer St,Madison,608-555-0183,CaptionLink 2400i,CL24-7731117,Dr. N. Khan AuD,profound left / moderate right\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="deaf counseling appointment reminder",
        notes="Reminder to a client's yahoo for her counseling session with the agency's Deaf mental health counselor.",
        frm=SIMONE,
        to="kristin.voss.deaf@yahoo.com",
        subject="See you Wednesday",
        body="Hi Kristin,\n\nReminder: our counseling session is Wednesday 4/15 at 2:00 in room 3 (or by VP if you prefer, just text (608) 555-0151). Last time we said we'd keep working on the panic plan and the sleep log - please bring it.\n\nSimone Achebe, LPC\nDeaf Mental Health Counselor",
    ),
    Spec(
        phi=True,
        category="forwarded client email to counselor",
        notes="Hard positive: intake worker forwards a client's own email about hopelessness after losing her hearing to the counselor; the content is in the forwarded message.",
        frm="Signal Bridge Intake <intake@signalbridgedeaf.org>",
        to="sachebe@signalbridgedeaf.org",
        subject="FW: can someone talk to me",
        body="Simone - this came in overnight to the general inbox. I called her this morning; she's safe and agreed to see you. Can you reach out today?\n\nPaula, Intake",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Deborah Kettleson <debkettleson@comcast.net>",
            to="info@signalbridgedeaf.org",
            subject="can someone talk to me",
            body="I lost most of my hearing after the meningitis in January and I can't follow anything my family says at dinner anymore. I feel like I'm disappearing. I'm not sleeping. My doctor said to contact you about classes but I think I need to talk to someone first. Please.\n\nDeb Kettleson\n608-555-0168",
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA referral to audiology practice",
        notes="Hard positive: C-CDA referral note XML to an audiology practice with the client's name, DOB and sudden hearing loss history.",
        frm=VICTOR,
        to="frontdesk@clearbrookhearing.com",
        subject="Referral - CCD attached",
        body="Hello Clearbrook,\n\nReferral for a hearing aid evaluation attached as a CCD from our records system. The client prefers text at (608) 555-0179 and will bring an interpreter from us.\n\nVictor Haas, Case Manager"
        + FOOT,
        atts=(
            Att(
                "SB_referral_11904.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
                '  <templateId root="2.16.840.1.113883.10.20.22.1.14"/>\n'
                "  <title>Referral Note</title>\n"
                '  <recordTarget><patientRole><id extension="11904" root="2.16.840.1.113883.3.9118"/>\n'
                "    <patient><name><given>Hector</given><family>Ruelas</family></name>"
                '<administrativeGenderCode code="M"/><birthTime value="19770826"/></patient>\n'
                "  </patientRole></recordTarget>\n"
                "  <component><structuredBody><component><section><title>Reason for referral</title>\n"
                "    <text>Sudden sensorineural hearing loss left ear (October 2025), treated with oral steroids, partial recovery. Requests hearing aid evaluation.</text>\n"
                "  </section></component></structuredBody></component>\n"
                "</ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="interpreter calendar invite naming client and cardiology",
        notes="Hard positive: calendar invite to an interpreter whose description names the Deaf client and a cardiology stress test.",
        frm=JORDAN,
        to="team-interpreters@signalbridgedeaf.org",
        subject="Invitation: Job 26-0452 - cardiology",
        body="Calendar hold for job 26-0452, details in the invite.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Signal Bridge//Interpreting//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:sb-job-26-0452@signalbridgedeaf.org\nDTSTAMP:20260413T170000Z\nDTSTART:20260417T140000Z\nDTEND:20260417T163000Z\nSUMMARY:Job 26-0452 ASL - UW Heart & Vascular\nLOCATION:UW Heart and Vascular Clinic, 2nd floor\nDESCRIPTION:Consumer Walter Greenleaf (Deaf, ASL). Exercise stress echo with Dr. Kessler; bring team, patient may be short of breath. Parking validated.\nORGANIZER:mailto:jbeaulieu@signalbridgedeaf.org\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=True,
        category="disability benefits support letter with SSN",
        notes="Support letter PDF for a disability claim naming the client with SSN, DOB and profound hearing loss with functional limits.",
        frm=VICTOR,
        to="dds.claims@wi-disability-determination.org",
        subject="Supporting statement - SSDI claim",
        body="Please find attached our supporting statement for the SSDI claim referenced below. The client has authorized release.\n\nVictor Haas\nCase Manager"
        + FOOT,
        atts=(
            Att(
                "SB_support_letter_Pruitt_L.pdf",
                "application/pdf",
                pdf(
                    [
                        "SIGNAL BRIDGE DEAF & HARD OF HEARING SERVICES - SUPPORTING STATEMENT",
                        "Claimant: Lorna Pruitt   DOB 06/11/1971   SSN 518-62-4093",
                        "Client of Signal Bridge since 2019. Profound bilateral sensorineural hearing loss,",
                        "Meniere's disease with 2-4 vertigo episodes per month (per her ENT records).",
                        "She cannot use the telephone, and episodes cause unplanned absences of 1-2 days.",
                        "Victor Haas, Case Manager",
                    ],
                    "Supporting statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="short complaint about VRI failure in emergency department",
        notes="Hard positive: brief note to hospital patient relations that a named Deaf client's video interpreting failed in the ER before discharge.",
        frm=ELLEN,
        to="patient.relations@stmarkshealth.org",
        subject="VRI failure in your ED Saturday",
        body="Hi -\n\nRuth Amsel was in your ED Sat night (chest pain, per her). VRI froze for most of the visit, she was discharged without the instructions interpreted, no live interpreter offered. She's asked us to file this. Please call me.\n\nEllen Marchetti\nExecutive Director",
    ),
    Spec(
        phi=True,
        category="support service provider schedule with Usher syndrome",
        notes="Hard positive: multi-sheet SSP schedule workbook with DeafBlind clients' names, addresses, Usher syndrome and medical appointments.",
        frm="Signal Bridge SSP Program <ssp@signalbridgedeaf.org>",
        to="ssp-team@signalbridgedeaf.org",
        subject="SSP schedule week of 4/20",
        body="Schedule attached. Note Francine's dentist was moved to Thursday.",
        atts=(
            Att(
                "SSP_schedule_0420.xlsx",
                XLSX,
                xlsx(
                    {
                        "Clients": [
                            ["Client", "Address", "Condition", "Communication"],
                            [
                                "Francine Oberle",
                                "61 Harbort Dr, Madison",
                                "Usher syndrome type 1",
                                "Tactile ASL",
                            ],
                            [
                                "Tomas Ybarra",
                                "2208 Rowley Ave, Madison",
                                "Usher syndrome type 2",
                                "ASL close vision, large print",
                            ],
                        ],
                        "Week": [
                            ["Day", "Client", "Errand", "SSP"],
                            [
                                "Mon",
                                "Tomas Ybarra",
                                "Eye clinic (retinitis pigmentosa follow-up)",
                                "Beth",
                            ],
                            ["Tue", "Francine Oberle", "Groceries, pharmacy pickup", "Andre"],
                            ["Thu", "Francine Oberle", "Dentist 10:00", "Beth"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="substance use treatment referral for deaf client",
        notes="Referral to a Deaf-accessible substance use treatment programme with the client's name, DOB and alcohol use disorder (42 CFR Part 2 sensitive).",
        frm=SIMONE,
        to="admissions@lakeviewrecoverycenter.org",
        subject="Referral - Deaf client needing ASL-accessible IOP",
        body="Hello,\n\nWith his written consent, I'm referring Anthony Reyes-Hall (DOB 02/27/1984) for your intensive outpatient program. Deaf, native ASL user. Diagnosis: alcohol use disorder, moderate (F10.20); two relapses since December after 5 months sober. He needs a Deaf-competent group or a consistent interpreter; we can provide interpreters through our contract.\n\nSimone Achebe, LPC"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="support group reminder HTML to client",
        notes="Hard positive: HTML-only reminder to a client's outlook naming him and inviting him back to the late-deafened adults support group.",
        frm="Signal Bridge Groups <groups@signalbridgedeaf.org>",
        to="m.lindqvist.madison@outlook.com",
        subject="Thursday group",
        body="",
        html="<html><body><p>Hi Martin,</p><p>We missed you at the <b>Late-Deafened Adults support group</b> last Thursday. This week's topic is coping with your new cochlear implant at family gatherings. CART captioning is provided.</p><p>Thursday 6:30 pm, Room 2. - Simone</p></body></html>",
    ),
    Spec(
        phi=True,
        category="interpreter services invoice listing patients",
        notes="Hard positive: monthly interpreter invoice to the clinic with each Deaf patient's name and the department visited (oncology, OB, psychiatry).",
        frm="Signal Bridge Billing <billing@signalbridgedeaf.org>",
        to="ap@dean-eastclinic.com",
        subject="Invoice SB-2603 - March interpreting",
        body="Invoice SB-2603 for March interpreting is below. Net 30.\n\nDate | Patient | Dept | Hours | Amount\n03/04 | Ruth Amsel | Oncology | 2.0 | $150.00\n03/11 | Keisha Darnell | OB/prenatal | 1.5 | $112.50\n03/18 | Joel Whitcombe | Psychiatry | 2.0 | $150.00\n03/25 | Keisha Darnell | OB ultrasound | 1.0 | $75.00\nTotal: $487.50\n\nThank you,\nSignal Bridge Billing"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="intake packet zip to partner agency",
        notes="Hard positive: zip of a client's intake and hearing history sent to a partner agency; the body names the client and her transfer of services.",
        frm=VICTOR,
        to="intake@foxvalleydeafservices.org",
        subject="Transfer of services - consent attached",
        body="Hi Carla,\n\nAs discussed, Nadia Ferreira is moving to Appleton next month. Attached is her intake packet and the signed consent for transfer. She's mid-way through the equipment program application.\n\nVictor"
        + FOOT,
        atts=(
            Att(
                "Ferreira_N_transfer_packet.zip",
                "application/zip",
                zipped(
                    {
                        "intake_summary.txt": "Nadia Ferreira, DOB 09/14/1995. Hard of hearing since childhood (otosclerosis), bilateral hearing aids. Uses captioning, some ASL.\n",
                        "consent_transfer.txt": "I authorize Signal Bridge to release my records to Fox Valley Deaf Services. - N. Ferreira, 04/08/2026\n",
                        "equipment_application_status.txt": "Amplified phone and bed shaker alarm requested; awaiting audiologist certification.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="equipment programme approval to client",
        notes="Approval letter to a client's aol naming her, her hearing loss and the assistive devices approved.",
        frm=LYDIA,
        to="joann.pflug@aol.com",
        subject="Your equipment application is approved",
        body="Dear Joann Pflug,\n\nGood news: your application to the Telecommunication Equipment Distribution Program was approved based on your audiologist's certification of severe bilateral hearing loss. Approved: CaptionLink 2400i captioned phone and a Sonic Alert bed shaker alarm. Your voucher covers 100%.\n\nI'll call to set up the installation. Reply here or text (608) 555-0151.\n\nLydia Tran"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="videophone message transcript txt to counselor",
        notes="Hard positive: text transcript of a client's videophone message, with her name and callback number, about a new tinnitus diagnosis and panic, sent on to her counselor.",
        frm="Signal Bridge Front Desk <frontdesk@signalbridgedeaf.org>",
        to="sachebe@signalbridgedeaf.org",
        subject="VP message transcript for you",
        body="Simone, VP message from this morning transcribed, see attached.",
        atts=(
            Att(
                "vp_msg_0414_0915.txt",
                "text/plain",
                "VP message 04/14 9:15 am\nFrom: Kristin Voss, callback VP (608) 555-0174\n'Hi Simone, it's Kristin. The ENT said the new noise in my ears is tinnitus and it may not go away. I had another panic attack last night. Can we move our Wednesday session earlier? Thank you.'\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hospital discharge interpreter follow-up to family",
        notes="Message to a client's daughter's gmail confirming an interpreter for her mother's post-surgery follow-up, naming the mother and the hip surgery.",
        frm=JORDAN,
        to="tanya.greenleaf.k@gmail.com",
        subject="Interpreter for your mom's follow-up",
        body="Hi Tanya,\n\nYes, we've booked an interpreter for your mother Dolores Greenleaf's post-op visit with orthopedics (hip replacement follow-up) on Tuesday 4/21 at 1:15 at UW East. The interpreter will meet you both at registration.\n\nJordan Beaulieu"
        + FOOT,
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="community ASL class schedule",
        notes="ASL class schedule for the public; no individual.",
        frm="Signal Bridge Classes <classes@signalbridgedeaf.org>",
        to="programs@madisoncommunityed.org",
        subject="Summer ASL class schedule",
        body="Hi Kim,\n\nSummer ASL schedule for your catalog:\nASL 1 - Mondays 6-8 pm, June 8-July 27, $120\nASL 2 - Wednesdays 6-8 pm, June 10-July 29, $120\nFamily ASL (kids welcome) - Saturdays 10-11:30, $60/family\n\nAll taught by Deaf instructors. Registration at signalbridgedeaf.org/classes.\n\nThanks!",
    ),
    Spec(
        phi=False,
        category="interpreter invoice with job numbers only",
        notes="Hard negative: interpreting invoice to a hospital that lists only job numbers, dates and hours with no patient names or departments.",
        frm="Signal Bridge Billing <billing@signalbridgedeaf.org>",
        to="accountspayable@stmarkshealth.org",
        subject="Invoice SB-2604 (St. Mark's, March)",
        body="Invoice SB-2604\n\nJob 26-0311 | 03/02 | 2.0 h | $150.00\nJob 26-0318 | 03/05 | 3.0 h (team) | $450.00\nJob 26-0340 | 03/19 | 1.5 h | $112.50\nTotal $712.50. Patient details are in your request system under each job number.\n\nSignal Bridge Billing"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="annual report aggregate workbook",
        notes="Hard negative: annual report workbook with counts of clients by county, hearing level and service; no individual.",
        frm=ELLEN,
        to="board@signalbridgedeaf.org",
        subject="FY25 annual report tables",
        body="Tables for the annual report attached. Please review before the designer gets them Friday.",
        atts=(
            Att(
                "SB_FY25_tables.xlsx",
                XLSX,
                xlsx(
                    {
                        "By county": [
                            ["County", "Clients"],
                            ["Dane", 612],
                            ["Rock", 144],
                            ["Columbia", 58],
                        ],
                        "By hearing level": [
                            ["Self-reported", "Clients"],
                            ["Deaf", 391],
                            ["Hard of hearing", 352],
                            ["DeafBlind", 27],
                            ["Late-deafened", 44],
                        ],
                        "Services": [
                            ["Service", "Units"],
                            ["Interpreting hours", 9820],
                            ["Counseling sessions", 1214],
                            ["Devices distributed", 306],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="medical interpreting CE with fictional scenario",
        notes="Hard negative: CE workshop material for interpreters with an obviously fictional role-play patient and diagnosis.",
        frm=JORDAN,
        to="interpreter-network@signalbridgedeaf.org",
        subject="Workshop prep: medical interpreting role plays",
        body="For Saturday's 0.3 CEU workshop, please read the role-play below (all people are invented):\n\nScenario 2: 'Pat Example', a Deaf patient, is told in the ED she has appendicitis and needs surgery tonight. The surgeon speaks quickly and uses 'laparoscopic'. Practice: fingerspelling vs. depiction, checking understanding, when to ask for a pause.\n\nBring your own notes on consent conversations.\n\nJordan",
    ),
    Spec(
        phi=False,
        category="Deaf Awareness Week event invitation",
        notes="Hard negative: event invitation with calendar entry for a community celebration; no individual's health.",
        frm=ELLEN,
        to="partners@signalbridgedeaf.org",
        subject="You're invited: Deaf Awareness Week celebration",
        body="Join us for our Deaf Awareness Week celebration: Deaf artists, ASL storytelling, a vendor fair and free hearing screenings by Clearbrook Hearing. Calendar invite attached.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Signal Bridge//Events//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:sb-daw-2026@signalbridgedeaf.org\nDTSTAMP:20260413T180000Z\nDTSTART:20260926T160000Z\nDTEND:20260926T210000Z\nSUMMARY:Deaf Awareness Week celebration\nLOCATION:Tenney Park Pavilion, Madison\nORGANIZER:mailto:emarchetti@signalbridgedeaf.org\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=False,
        category="interpreter confidentiality policy document",
        notes="Hard negative: policy DOCX on how interpreters must protect health information; it describes PHI but contains none.",
        frm=ELLEN,
        to="allstaff@signalbridgedeaf.org",
        subject="Updated policy 4.2 - confidentiality",
        body="Attached is the updated confidentiality policy. Please read and sign the acknowledgment in Paycom by April 30.",
        atts=(
            Att(
                "Policy_4.2_Confidentiality_2026.docx",
                DOCX,
                docx(
                    [
                        "Signal Bridge Policy 4.2 - Confidentiality of Consumer Information",
                        "Interpreters may learn diagnoses, medications and test results during assignments.",
                        "Never write consumer names or medical details in texts, personal email or calendars.",
                        "Use job numbers only when communicating with the scheduling office.",
                        "Report any disclosure to the Privacy Officer within 24 hours.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="captioned phone work order with SSN-shaped number",
        notes="Hard negative: vendor work order for the agency's own demo phones; the SSN-shaped string is a work-order number.",
        frm=LYDIA,
        to="support@captionlinkphones.com",
        subject="Work order 561-09-3377 - demo units",
        body="Hello,\n\nRe work order 561-09-3377: two of the demo phones in our lending library (asset tags SB-DEMO-04 and SB-DEMO-07) won't connect to the caption service after the firmware update. Can you send replacements or a fix?\n\nLydia Tran"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="board meeting minutes",
        notes="Board minutes about budget and building; no individual's health.",
        frm=ELLEN,
        to="board@signalbridgedeaf.org",
        subject="Draft minutes - March 24 board meeting",
        body="Draft minutes:\n\n1. Budget: FY26 interpreting revenue 6% over plan.\n2. Building: roof bids due May 1.\n3. Strategic plan: expand DeafBlind SSP hours; hire second counselor.\n4. Next meeting May 26.\n\nPlease send corrections by Friday.\n\nEllen",
    ),
    Spec(
        phi=False,
        category="staff interpreter job posting",
        notes="Job posting for a staff interpreter; no individual.",
        frm=ELLEN,
        to="jobs@registry-interpreters-wi.org",
        subject="Please post: Staff ASL Interpreter",
        body="Signal Bridge seeks a full-time staff ASL interpreter (NIC or BEI Advanced). Medical and mental health settings; mentoring available. $32-38/hour, benefits. Apply at signalbridgedeaf.org/jobs by May 15.",
    ),
    Spec(
        phi=False,
        category="public speaker bio with own deafness cause",
        notes="Hard negative: event announcement with a keynote speaker's public bio mentioning how he became deaf; a public self-description, not care information.",
        frm="Signal Bridge Events <events@signalbridgedeaf.org>",
        to="media@isthmusnews.com",
        subject="Media advisory: Deaf professionals panel",
        body="For your community calendar:\n\nDeaf Professionals Panel, Thursday May 21, 7 pm, Central Library.\nKeynote: Dr. Alan Reyes, a Madison architect who lost his hearing to meningitis at age four and now leads accessible-design projects nationwide. Panelists include a Deaf nurse and a Deaf software engineer.\n\nASL and CART provided. Free.",
    ),
    Spec(
        phi=False,
        category="community newsletter HTML",
        notes="Hard negative: HTML-only community newsletter about services and events with no individual.",
        frm="Signal Bridge <news@signalbridgedeaf.org>",
        to="community@lists.signalbridgedeaf.org",
        subject="Signal Bridge News - April",
        body="",
        html="<html><body><h2>April at Signal Bridge</h2><ul><li>New: walk-in device demos every Tuesday</li><li>Counseling now offers evening VP sessions</li><li>Volunteer SSPs needed for DeafBlind community members</li></ul><p>Questions? Text (608) 555-0151.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="state grant application aggregate data",
        notes="Grant narrative with aggregate counts; no individual.",
        frm=ELLEN,
        to="grants@wi-dhs-odhh.org",
        subject="Regional Services grant - application",
        body="Dear Grants Office,\n\nOur application for the Regional Deaf and Hard of Hearing Services grant is below.\n\nNeed: an estimated 58,000 Dane County residents have hearing loss; we served 814 last year and turned away 90 requests for mental health services in ASL.\nRequest: $184,000 for a second Deaf counselor and expanded SSP hours.\n\nEllen Marchetti, Executive Director",
    ),
    Spec(
        phi=False,
        category="text-to-911 public information",
        notes="Public safety information for the community; no individual.",
        frm="Signal Bridge <news@signalbridgedeaf.org>",
        to="dispatch.outreach@danecounty911.org",
        subject="Text-to-911 flyer review",
        body="Hi Sgt. Morrow, could you check our plain-language flyer before we print? 'Text 911 in an emergency if you can't call. Give your address first. Say if you use ASL. Call if you can; text if you can't.' Thanks!",
    ),
    Spec(
        phi=False,
        category="volunteer thank-you to personal mailbox",
        notes="Thank-you note to a volunteer's personal gmail about a fundraising event; no client.",
        frm=ELLEN,
        to="bridget.halloran22@gmail.com",
        subject="Thank you!",
        body="Bridget, thank you for running the silent auction table Saturday. We raised $11,400, a record! See you at the picnic. - Ellen",
    ),
    Spec(
        phi=False,
        category="interpreter rate sheet csv",
        notes="Rate sheet CSV for interpreting services; no individual.",
        frm=JORDAN,
        to="purchasing@uwmadison-events.org",
        subject="2026 rates",
        body="Our 2026 rate sheet is attached as requested.",
        atts=(
            Att(
                "SB_rates_2026.csv",
                "text/csv",
                "service,rate,minimum\nASL interpreter (certified),75.00/h,2 h\nTeam interpreting,150.00/h,2 h\nCDI + hearing interpreter team,165.00/h,2 h\nCART captioning,120.00/h,1 h\nAfter hours surcharge,25%,\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="event flyer image",
        notes="Hard negative: PNG flyer image for a family ASL picnic; no individual.",
        frm="Signal Bridge Events <events@signalbridgedeaf.org>",
        to="office@badgerdeafclub.org",
        subject="Picnic flyer",
        body="Flyer for the family ASL picnic attached. Can you post it in the club room?",
        atts=(Att("SB_family_picnic_2026.png", "image/png", png(16, 10, (40, 110, 200))),),
    ),
    Spec(
        phi=False,
        category="reply to hearing parent about family ASL classes",
        notes="Hard negative: reply to a parent's gmail about family ASL classes and general resources; no child or condition is named.",
        frm="Signal Bridge Classes <classes@signalbridgedeaf.org>",
        to="jake.pelletier.mad@gmail.com",
        subject="RE: ASL classes for our family",
        body="Hi Jake,\n\nThanks for writing. Our Family ASL class on Saturdays is open to any family, hearing or Deaf, and kids are welcome. We also have a free monthly family social at the library. Registration is online; there's a sliding fee if cost is a barrier.\n\nWarmly,\nSignal Bridge Classes"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="interpreter weekly roster with job numbers",
        notes="Hard negative: weekly interpreter roster to staff interpreters listing facilities, times and job numbers only, no consumer names.",
        frm=JORDAN,
        to="staff-interpreters@signalbridgedeaf.org",
        subject="Roster week of 4/20",
        body="Roster:\n\nMon 26-0461 UW Hospital 8:00-10:00 - Corinne\nMon 26-0463 Dane Co. Courthouse 13:00-16:00 - Andre + Beth (team)\nTue 26-0466 Madison College 9:00-11:50 - Beth\nWed 26-0470 Meriter 14:00-15:00 - Corinne\nThu 26-0472 St. Mark's 10:00-12:00 - Andre\n\nConsumer details are in the job app, not here. - Jordan",
    ),
    Spec(
        phi=False,
        category="website accessibility vendor feedback",
        notes="Vendor mail about website captioning and accessibility fixes; no individual.",
        frm=ELLEN,
        to="support@clearviewwebstudio.com",
        subject="Website: captions and ASL videos",
        body="Hi Dev team,\n\nTwo fixes please: the ASL video on the home page autoplays without captions, and the contrast on the yellow buttons fails WCAG AA. Can we have both by the end of the month?\n\nEllen",
    ),
]
