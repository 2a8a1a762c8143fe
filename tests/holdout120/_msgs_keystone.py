"""Keystone Heart Rhythm Center (cardiac device clinic working with pacemaker field reps): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

DEV = "Keystone Device Clinic <deviceclinic@keystoneheartrhythm.org>"
SIG = "\n\nKeystone Heart Rhythm Center\n2150 Linglestown Rd, Suite 300, Harrisburg, PA 17110\nDevice Clinic (717) 555-0121 | Fax (717) 555-0122"
CONF = "\n\nCONFIDENTIALITY: This message may contain protected health information. If you received it in error, notify the sender and delete it."

FHIR_DEVICE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "khr-pt-20931",
                    "identifier": [
                        {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "KHR-0209310"}
                    ],
                    "name": [{"family": "Szymanski", "given": ["Walter", "J"]}],
                    "birthDate": "1944-11-02",
                    "address": [{"city": "Camp Hill", "state": "PA", "postalCode": "17011"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Device",
                    "id": "khr-dev-5521",
                    "udiCarrier": [
                        {
                            "deviceIdentifier": "00885074551203",
                            "carrierHRF": "(01)00885074551203(21)VAR418227",
                        }
                    ],
                    "serialNumber": "VAR418227",
                    "deviceName": [
                        {
                            "name": "Vantis Aria DR MRI SureScan-compatible dual chamber pacemaker",
                            "type": "manufacturer-name",
                        }
                    ],
                    "patient": {"reference": "Patient/khr-pt-20931"},
                    "note": [
                        {
                            "text": "Implanted 2026-04-07 for symptomatic complete heart block (I44.2). RA/RV leads active fixation."
                        }
                    ],
                }
            },
        ],
    },
    indent=1,
)

HL7_ORU = (
    "MSH|^~\\&|VANTISLINK|VANTIS|KHR_EHR|KEYSTONE|20260410061522||ORU^R01|VL8841203|P|2.5.1\r"
    "PID|1||KHR-0187744^^^KHR^MR||Okafor^Grace^N||19510323|F|||44 Fairview Ave^^Mechanicsburg^PA^17055\r"
    "OBR|1||RT-66120417|REMOTE^Remote device transmission|||20260410055900\r"
    "OBX|1|ST|DEVTYPE||Vantis Meridian ICD VR||||||F\r"
    "OBX|2|NM|VT_EPISODES||3|episodes|||||F\r"
    "OBX|3|ST|THERAPY||ATP x2 successful, no shocks||||||F\r"
    "OBX|4|NM|BATT_YRS||6.8|years|||||F\r"
    "OBX|5|ST|ALERT||Yellow - clinician review requested||||||F\r"
)

MESSAGES = [
    Spec(
        phi=True,
        category="implant case confirmation to field rep",
        notes="Case confirmation to the manufacturer rep naming the patient, DOB, indication and scheduled pacemaker implant.",
        frm="Renee Albright <ralbright@keystoneheartrhythm.org>",
        to="Trevor Haines <thaines@vantiscardiac.com>",
        subject="Case support Thu 4/16 - EP lab 2, 07:30",
        body="Trevor,\n\nConfirming support for Thursday first case:\n\nPatient: Harold Mbeki, DOB 06/19/1939\nProcedure: dual-chamber pacemaker implant, left subclavian\nIndication: symptomatic sinus node dysfunction with pauses up to 4.8 s on Holter\nPhysician: Dr. Anand Sethi\n\nPlease bring an Aria DR and two 52 cm active-fixation leads plus a backup 58 cm. He is on apixaban held x48h.\n\nThanks,\nRenee Albright, RN\nEP Lab Coordinator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="texting-style ICD shock note to rep",
        notes="Hard positive: two-line texting-style note giving a patient's surname, room and that his ICD shocked him twice.",
        frm="Marcus Bell <mbell@keystoneheartrhythm.org>",
        to="jlott@vantiscardiac.com",
        subject="rm 4",
        body="Jenna - Mr Halvorsen in rm 4, ICD fired x2 overnight at home. can u interrogate at 2? thx\n\n- M",
    ),
    Spec(
        phi=True,
        category="remote monitoring HL7 result to interface team",
        notes="Hard positive: HL7 ORU message of a remote ICD transmission with the patient's name, MRN, DOB and VT episodes, sent for an interface ticket.",
        frm="Clinical Systems <clinicalsystems@keystoneheartrhythm.org>",
        to="support@meridianinterfaces.net",
        subject="Ticket 55190 - OBX 5 alert text truncated",
        body="Hi team,\n\nAs requested, a sample message from last night's feed is attached unmodified. The OBX-5 alert text on line 8 is cut at 40 characters in our inbox view. Can you check the mapping?\n\nKyle Brandt\nClinical Systems Analyst"
        + SIG,
        atts=(Att("VL8841203.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="device serial transmission list without names",
        notes="Hard positive: CSV of device serial numbers with transmission dates and AF burden; serial numbers are unique device identifiers tied to patients' arrhythmia data.",
        frm=DEV,
        to="remotesupport@vantiscardiac.com",
        subject="Missed transmissions - please re-push",
        body="Hello,\n\nThe following transmissions show on your portal but never reached our EHR. Could you re-push them? List attached.\n\nThank you,\nDevice Clinic"
        + SIG,
        atts=(
            Att(
                "missed_transmissions_0410.csv",
                "text/csv",
                "device_serial,model,transmission_utc,af_burden_pct,longest_af_episode_hrs,alert\n"
                "VAR418227,Aria DR,2026-04-08T03:12Z,14.2,9.5,AF burden >6h\n"
                "VMI220981,Meridian ICD VR,2026-04-08T04:40Z,0.0,0.0,VT treated ATP\n"
                "VAR402115,Aria SR,2026-04-09T02:05Z,n/a,n/a,ERI reached\n"
                "VCR118804,Cadence CRT-D,2026-04-09T05:51Z,31.7,22.0,LV pacing 88%\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="post-implant letter with device ID card",
        notes="Letter to the patient's gmail with her name, implant date, device model and serial and her two-week wound check appointment.",
        frm=DEV,
        to="lucinda.greer48@gmail.com",
        subject="Your device information from Keystone Heart Rhythm",
        body="Dear Ms. Greer,\n\nAttached is your temporary device identification card. Please carry it with you until the permanent card arrives from the manufacturer. Your wound check is on Tuesday, April 21 at 10:15 with our device nurse.\n\nKeep the incision dry and do not lift your left arm above shoulder level for four weeks."
        + SIG,
        atts=(
            Att(
                "Temporary_Device_ID_Card.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE HEART RHYTHM CENTER - TEMPORARY DEVICE ID CARD",
                        "Patient: Lucinda M. Greer     DOB: 02/14/1948",
                        "Device: Vantis Aria SR single-chamber pacemaker   Serial: VAR431990",
                        "Lead: RV 58 cm active fixation   Implanted: 04/08/2026",
                        "Implanting physician: Anand Sethi, MD   Clinic phone (717) 555-0121",
                        "MR Conditional - call the clinic before any MRI.",
                    ],
                    "Temporary device ID card",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="generator change appointment invite to patient",
        notes="Hard positive: calendar invite to the patient's yahoo mailbox for her pacemaker generator change with arrival and fasting instructions.",
        frm="Scheduling <scheduling@keystoneheartrhythm.org>",
        to="bettyjo.kramer@yahoo.com",
        subject="Appointment: Keystone Heart Rhythm - April 28",
        body="Hello Betty Jo,\n\nYour procedure appointment is attached as a calendar invitation. Nothing to eat or drink after midnight. Bring a driver.\n\nScheduling Desk\n(717) 555-0120",
        ics=(
            "BEGIN:VCALENDAR\r\nPRODID:-//Keystone Heart Rhythm//Scheduling//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:khr-appt-770412@keystoneheartrhythm.org\r\nDTSTAMP:20260413T140000Z\r\n"
            "DTSTART:20260428T113000Z\r\nDTEND:20260428T143000Z\r\n"
            "SUMMARY:Pacemaker generator change (battery at ERI) - Betty Jo Kramer\r\n"
            "LOCATION:Keystone Heart Rhythm EP Lab\\, 2150 Linglestown Rd\\, Harrisburg\r\n"
            "DESCRIPTION:Arrive 6:30 AM. Hold warfarin per Dr. Sethi's instructions. NPO after midnight.\r\n"
            "ORGANIZER:mailto:scheduling@keystoneheartrhythm.org\r\nATTENDEE:mailto:bettyjo.kramer@yahoo.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient portal message to on-call",
        notes="Hard positive: forward of a patient's own message reporting dizziness and near-fainting after an ICD implant, sent to the physician's outlook mailbox.",
        frm="Tanya Ruiz <truiz@keystoneheartrhythm.org>",
        to="a.sethi.md@outlook.com",
        subject="Fwd: question about my device",
        body="Dr. Sethi - sending to your personal since the portal is down tonight. He is post-op day 6. I told him to come to the ED if it happens again.\n\nTanya",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Douglas Pratt <dpratt.home@comcast.net>",
            to="deviceclinic@keystoneheartrhythm.org",
            subject="question about my device",
            body="Hi, this is Douglas Pratt. I had the defibrillator put in last Thursday. Twice today I got really dizzy and almost passed out when I stood up from my chair. My wife took my pulse and it was 38. Is the device working? My number is 717-555-0186.\n\nDoug",
        ),
    ),
    Spec(
        phi=True,
        category="html-only transmission received notice",
        notes="Hard positive: HTML-only notice to the patient's icloud mailbox naming him and reporting his ICD transmission findings and medication change.",
        frm=DEV,
        to="rbaptiste@icloud.com",
        subject="Your remote transmission has been reviewed",
        body="",
        html="<html><body><p>Dear Mr. Baptiste,</p><p>Your home monitor sent a transmission on <b>April 9, 2026</b>. Dr. Sethi reviewed it:</p>"
        "<table border='1' cellpadding='4'><tr><th>Item</th><th>Result</th></tr>"
        "<tr><td>Device</td><td>Meridian ICD DR</td></tr><tr><td>Battery</td><td>7.1 years</td></tr>"
        "<tr><td>Events</td><td>Two short runs of ventricular tachycardia, stopped by pacing</td></tr></table>"
        "<p>Dr. Sethi would like you to increase metoprolol succinate to 50 mg daily. Call (717) 555-0121 with questions.</p>"
        "<p>Keystone Heart Rhythm Center</p></body></html>",
    ),
    Spec(
        phi=True,
        category="EGM screenshot with patient name in file name",
        notes="Hard positive: body says only 'strip attached'; the PNG file name carries the patient's name and date and the content is an intracardiac electrogram.",
        frm="Marcus Bell <mbell@keystoneheartrhythm.org>",
        to="Dr. Priya Natarajan <pnatarajan@capitalcardiology.com>",
        subject="strip",
        body="Priya - strip attached from this morning's interrogation, looks like oversensing to me. Your call on the lead.\n\nMarcus",
        atts=(Att("Ferreira_Lucia_EGM_2026-04-10.png", "image/png", png(8, 6, (30, 30, 30))),),
    ),
    Spec(
        phi=True,
        category="MRI clearance request for device patient",
        notes="MRI device-programming request to radiology naming the patient, MRN, pacemaker model and scheduled lumbar MRI.",
        frm="Device Nurse <devicenurse@keystoneheartrhythm.org>",
        to="mri.scheduling@harrisburgimaging.com",
        subject="MR conditional device - programming plan",
        body="Hello,\n\nFor your patient Eleanor Vukovich (KHR MRN KHR-0163380, DOB 09/30/1952), scheduled for lumbar spine MRI on 4/22 at 1 pm:\n\nDevice: Vantis Aria DR MRI-conditional system, implanted 2023\nUnderlying rhythm: pacer dependent\nPlan: our device RN will program to DOO 80 bpm before the scan and restore settings after.\n\nPlease call 717-555-0121 when she is on the table.\n\nLeah Crawford, RN"
        + SIG,
    ),
    Spec(
        phi=True,
        category="interrogation summary text file to referring cardiologist",
        notes="Hard positive: the body names no one; the attached text interrogation summary names the patient and gives lead thresholds and AF episodes.",
        frm=DEV,
        to="records@capitalcardiology.com",
        subject="Device check report",
        body="Attached is the device check report for your records.\n\nKeystone Device Clinic"
        + SIG
        + CONF,
        atts=(
            Att(
                "interrogation_summary.txt",
                "text/plain",
                "KEYSTONE HEART RHYTHM CENTER - IN-CLINIC INTERROGATION\n"
                "Patient: Carl Brightwater   DOB 1947-07-15   MRN KHR-0112905\n"
                "Date: 2026-04-10   Device: Vantis Aria DR (implanted 2019-03-04)\n"
                "Battery: 2.1 yrs to ERI   RA threshold 0.75V@0.4ms   RV threshold 1.0V@0.4ms\n"
                "AT/AF episodes: 17 since last check, longest 3h12m\n"
                "Pacing: RA 42%  RV 96%\n"
                "Plan: anticoagulation discussed with Dr. Sethi; start apixaban 5 mg BID.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="advisory patient list workbook to manufacturer",
        notes="Multi-sheet workbook to the manufacturer listing patients with advisory devices, serials, phones and follow-up status.",
        frm="Renee Albright <ralbright@keystoneheartrhythm.org>",
        to="Field Advisory Team <advisory@vantiscardiac.com>",
        subject="Advisory VCA-2026-03 - Keystone patient follow-up",
        body="Attached is our tracking for the battery advisory. Sheet 1 has the affected patients we follow, sheet 2 has who we still cannot reach. Please confirm the replacement warranty applies to all of them.\n\nRenee"
        + SIG,
        atts=(
            Att(
                "VCA-2026-03_Keystone_followup.xlsx",
                XLSX,
                xlsx(
                    {
                        "Affected": [
                            ["Patient", "DOB", "Serial", "Model", "Pacer dependent", "Plan"],
                            [
                                "Novak, Irene",
                                "1941-05-08",
                                "VAR402115",
                                "Aria SR",
                                "Yes",
                                "Generator change 4/28",
                            ],
                            [
                                "Castellano, Rudy",
                                "1950-12-21",
                                "VAR402377",
                                "Aria SR",
                                "No",
                                "Monthly remote checks",
                            ],
                            [
                                "Whitfield, June",
                                "1936-08-03",
                                "VAR402408",
                                "Aria SR",
                                "Yes",
                                "Generator change 5/5",
                            ],
                        ],
                        "Unreached": [
                            ["Patient", "Phone", "Attempts", "Last attempt"],
                            ["Tomlin, Earl", "717-555-0194", 3, "2026-04-09"],
                            ["Ostrowski, Dana", "717-555-0197", 2, "2026-04-10"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR device bundle to implant registry",
        notes="Hard positive: FHIR bundle linking a named patient with birth date and town to his new pacemaker's UDI and heart block diagnosis, sent to a registry vendor.",
        frm="Clinical Systems <clinicalsystems@keystoneheartrhythm.org>",
        to="submissions@cardioregistry-hub.com",
        subject="Registry submission KHR batch 14",
        body="Batch 14 submission attached (1 record). Please confirm receipt and validation.\n\nKyle Brandt",
        atts=(Att("khr_batch14_bundle.json", "application/fhir+json", FHIR_DEVICE),),
    ),
    Spec(
        phi=True,
        category="patient balance for device check",
        notes="Billing reply to the patient's outlook mailbox naming him, his pacemaker remote monitoring charges, CPT codes and balance.",
        frm="Keystone Billing <billing@keystoneheartrhythm.org>",
        to="f.delacroix@outlook.com",
        subject="RE: bill question",
        body="Mr. Delacroix,\n\nThe $84.60 on your statement (account 5530218) is your 20% coinsurance for:\n\n01/14/2026 93294 Remote pacemaker interrogation, 90 days\n01/14/2026 93296 Remote monitoring technical component\n\nMedicare paid its portion on 02/20. You can pay online or call us at (717) 555-0125.\n\nKeystone Billing Office",
    ),
    Spec(
        phi=True,
        category="employer fitness-for-duty letter after ICD",
        notes="Hard positive: letter to an employer's HR naming the employee and stating he has an ICD and may not drive commercially for six months.",
        frm="Dr. Anand Sethi <asethi@keystoneheartrhythm.org>",
        to="hr@susquehannafreight.com",
        subject="Work status - Mr. Gary Lindqvist",
        body="To whom it may concern,\n\nMr. Gary Lindqvist is under my care. Following a defibrillator implant on March 30, 2026, federal guidance does not permit him to operate a commercial motor vehicle for at least six months. He may perform dispatch or yard duties with no lifting over 10 lb with the left arm until May 11.\n\nAnand Sethi, MD\nCardiac Electrophysiology"
        + SIG,
    ),
    Spec(
        phi=True,
        category="lead extraction operative note to referrer",
        notes="DOCX operative note sent to the referring physician naming the patient and describing infected lead extraction.",
        frm=DEV,
        to="Dr. Helen Moravec <hmoravec@westshorefamilymed.com>",
        subject="Operative note for your patient",
        body="Dr. Moravec,\n\nThe operative note for your patient is attached. She is recovering on 5 North and will go home on IV antibiotics.\n\nKeystone Device Clinic"
        + SIG,
        atts=(
            Att(
                "OpNote_Yoder_R_2026-04-09.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "KEYSTONE HEART RHYTHM CENTER - OPERATIVE NOTE",
                        "Patient: Ruth A. Yoder    MRN: KHR-0098114    DOB: 03/11/1958",
                        "Date of procedure: 04/09/2026    Surgeon: Anand Sethi, MD",
                        "Preoperative diagnosis: Pocket infection of dual-chamber pacemaker, MSSA bacteremia (T82.7XXA).",
                        "Procedure: Transvenous extraction of RA and RV leads with laser sheath; generator explant; pocket debridement.",
                        "Findings: purulent pocket; vegetation on RV lead. No complications.",
                        "Plan: cefazolin 2 g IV q8h x 6 weeks via PICC; leadless pacemaker after negative cultures.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="case coverage ask to rep personal gmail",
        notes="Hard positive: short note to a rep's personal gmail asking for case cover with the patient's surname, age, bed and CRT-D upgrade.",
        frm="Renee Albright <ralbright@keystoneheartrhythm.org>",
        to="trevor.haines.pa@gmail.com",
        subject="tmrw 7:30?",
        body="Trev, your work email is bouncing. Can you or someone cover tmrw 7:30 - CRT-D upgrade, Mr. Hollis, 81, bed 12 in pre-op. EF 25%, LBBB. Need a Cadence CRT-D + LV lead.\n\nR",
    ),
    Spec(
        phi=True,
        category="zip of transmissions for covering electrophysiologist",
        notes="Hard positive: the body is generic; the zipped CSV and note name patients with alerts and device findings for weekend coverage.",
        frm=DEV,
        to="Dr. Omar Haddad <ohaddad@lancasterheartgroup.com>",
        subject="Weekend coverage packet",
        body="Dr. Haddad,\n\nThanks for covering this weekend. The packet with open alerts is attached.\n\nDevice Clinic"
        + SIG,
        atts=(
            Att(
                "weekend_packet_0411.zip",
                "application/zip",
                zipped(
                    {
                        "open_alerts.csv": "patient,mrn,device,alert,note\nGrace Okafor,KHR-0187744,Meridian ICD VR,VT treated ATP x2,no shocks\nRaymond Ortiz,KHR-0176021,Aria DR,RV lead impedance 2400 ohm,possible fracture - call pt\n",
                        "readme.txt": "Keystone Heart Rhythm - weekend coverage 4/11-4/12. Ortiz is pacer dependent; if impedance stays high bring him in Monday.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hospice ICD deactivation confirmation",
        notes="Hard positive: note to a hospice nurse confirming a named patient's ICD shocks were turned off at bedside on a given date.",
        frm="Leah Crawford <lcrawford@keystoneheartrhythm.org>",
        to="intake@comfortcarehospicepa.org",
        subject="Deactivation done",
        body="Hi Sharon,\n\nJust confirming we turned off tachy therapies on Mr. Pruitt's ICD at his home yesterday (4/9) at 3:40 pm; pacing left on per his wishes. His daughter Carol was present. Magnet left with the family.\n\nLeah Crawford, RN\nDevice Clinic",
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="advisory impact summary to staff",
        notes="Hard negative: staff memo with model numbers and counts of affected patients only; no individual is identified.",
        frm="Renee Albright <ralbright@keystoneheartrhythm.org>",
        to="allstaff@keystoneheartrhythm.org",
        subject="Vantis advisory VCA-2026-03 - what it means for us",
        body="Team,\n\nVantis issued a battery advisory for Aria SR/DR pacemakers built Feb-Aug 2021. Of our 2,314 followed devices, 43 are affected; 11 of those patients are pacer dependent. Plan:\n\n- Remote checks move to monthly for the affected group\n- Pacer-dependent patients are offered elective generator change\n- Scripts for phone calls are on the S: drive\n\nPlease route any patient calls about the letter to the device nurses.\n\nRenee",
    ),
    Spec(
        phi=False,
        category="vendor representative access policy",
        notes="Hard negative: policy document on industry rep conduct in the EP lab; mentions patients only in general.",
        frm="Compliance Office <compliance@keystoneheartrhythm.org>",
        to="fieldreps@vantiscardiac.com",
        cc="Renee Albright <ralbright@keystoneheartrhythm.org>",
        subject="Updated vendor representative policy (effective May 1)",
        body="Attached is our updated policy for industry representatives. Please share with everyone on your team who supports cases at Keystone and return the attestation by April 30.\n\nCompliance Office",
        atts=(
            Att(
                "KHR_Vendor_Rep_Policy_v4.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Keystone Heart Rhythm Center - Industry Representative Policy, version 4",
                        "1. Representatives register in the vendor credentialing system and badge in at the front desk.",
                        "2. Representatives enter the EP lab only at the request of the physician and may not touch the sterile field.",
                        "3. Representatives may view patient information only as needed to program or troubleshoot the device.",
                        "4. No photographs, and no patient information in personal email or text messages.",
                        "5. Violations are reported to the manufacturer and may end access privileges.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="journal club calendar invite",
        notes="Hard negative: calendar invite for a journal club on leadless pacing trials; clinical topic, no patient.",
        frm="Dr. Anand Sethi <asethi@keystoneheartrhythm.org>",
        to="ep-fellows@keystoneheartrhythm.org",
        subject="Journal club: leadless pacing outcomes",
        body="All,\n\nNext journal club reviews the two-year leadless pacemaker registry data and conduction system pacing versus BiV. Pizza provided.\n\nAS",
        ics=(
            "BEGIN:VCALENDAR\r\nPRODID:-//Keystone Heart Rhythm//Education//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:khr-jc-2026-04@keystoneheartrhythm.org\r\nDTSTAMP:20260413T120000Z\r\n"
            "DTSTART:20260423T213000Z\r\nDTEND:20260423T230000Z\r\nSUMMARY:EP journal club - leadless pacing\r\n"
            "LOCATION:Conference room B\r\nORGANIZER:mailto:asethi@keystoneheartrhythm.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="quarterly device clinic volume workbook",
        notes="Hard negative: multi-sheet workbook of aggregate device clinic volumes and complication rates; no individual rows.",
        frm="Quality Office <quality@keystoneheartrhythm.org>",
        to="board@keystoneheartrhythm.org",
        subject="Q1 2026 device program dashboard",
        body="Board members,\n\nAttached is the Q1 dashboard. Implant volume is up 9% and pocket infection rate remains below the national benchmark.\n\nQuality Office",
        atts=(
            Att(
                "KHR_Q1_2026_dashboard.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volumes": [
                            ["Procedure", "Q4 2025", "Q1 2026"],
                            ["Pacemaker implant", 118, 127],
                            ["ICD implant", 41, 46],
                            ["CRT-D", 22, 25],
                            ["Leadless pacemaker", 9, 14],
                        ],
                        "Outcomes": [
                            ["Measure", "Keystone", "Benchmark"],
                            ["Pocket hematoma %", 1.2, 2.0],
                            ["Infection within 90 days %", 0.5, 1.0],
                            ["Remote monitoring adherence %", 91.0, 85.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="programmer loaner invoice",
        notes="Hard negative: invoice for a loaner device programmer with equipment serial numbers and a PO; business mail, no patient.",
        frm="Accounts Payable <ap@keystoneheartrhythm.org>",
        to="billing@vantiscardiac.com",
        subject="Invoice VC-INV-88213 - remittance advice",
        body="Hello,\n\nPayment for the attached invoice was released today by ACH, PO 26-0412.\n\nAccounts Payable\nKeystone Heart Rhythm Center",
        atts=(
            Att(
                "Remittance_VC-INV-88213.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE HEART RHYTHM CENTER - REMITTANCE ADVICE",
                        "Vendor: Vantis Cardiac Systems   Invoice VC-INV-88213   PO 26-0412",
                        "Programmer loaner, model VP-3000, equipment serial PRG-20774, 03/01-03/31/2026   $1,250.00",
                        "Telemetry wand replacement, serial WND-55102                                   $  310.00",
                        "Total paid by ACH 04/13/2026: $1,560.00",
                    ],
                    "Remittance advice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CE course agenda with clinician topics",
        notes="Hard negative: continuing-education agenda naming staff presenters next to arrhythmia and heart failure topics; the diseases are lecture subjects, not the presenters' conditions.",
        frm="Education <education@keystoneheartrhythm.org>",
        to="regional-nurses@pennheartnetwork.org",
        subject="Spring device nursing CE - agenda",
        body="Spring Device Nursing Course, Saturday May 9, 8:00-12:30 (3.5 contact hours)\n\n8:00  Leah Crawford, RN - Atrial fibrillation detected by implanted devices: what to do next\n8:50  Marcus Bell, CCDS - Lead fracture and noise: reading the EGM\n9:40  Dr. Anand Sethi - Heart failure and CRT non-responders\n10:45 Tanya Ruiz, RN - End-of-life ICD deactivation conversations\n11:35 Case quiz (fictional cases)\n\nRegister at keystoneheartrhythm.org/ce. Fee $40."
        + SIG,
    ),
    Spec(
        phi=False,
        category="html-only patient education mailing",
        notes="Hard negative: HTML-only education mailing about phones, magnets and airport security for device patients in general; no recipient-specific health data.",
        frm="Keystone Heart Rhythm <news@keystoneheartrhythm.org>",
        to="newsletter-list@keystoneheartrhythm.org",
        subject="Living well with your device: spring tips",
        body="",
        html="<html><body><h2>Living well with your device</h2><ul><li>Keep cell phones and earbuds at least 6 inches from your device.</li>"
        "<li>At airport security, show your device ID card and ask for a hand search.</li><li>Induction cooktops are fine if you stand at least 2 feet away.</li></ul>"
        "<p>Questions? Call the Device Clinic at (717) 555-0121.</p><p><a href='https://keystoneheartrhythm.org/unsubscribe'>Unsubscribe</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="device technician job posting",
        notes="Job posting for a cardiac device specialist; no patient information.",
        frm="Human Resources <careers@keystoneheartrhythm.org>",
        to="jobs@pacareerlink-posting.com",
        subject="Posting: Cardiac Device Specialist (CCDS), full time",
        body="Please post the following:\n\nCardiac Device Specialist - Keystone Heart Rhythm Center, Harrisburg PA. Perform in-clinic and remote interrogations of pacemakers, ICDs and loop recorders; support EP lab cases. IBHRE CCDS preferred. Full benefits. Apply at keystoneheartrhythm.org/careers.\n\nThank you,\nHuman Resources",
    ),
    Spec(
        phi=False,
        category="blank remote monitoring enrollment form",
        notes="Hard negative: blank enrollment form PDF with empty name, DOB and device fields sent to a referring office.",
        frm=DEV,
        to="frontdesk@westshorefamilymed.com",
        subject="Remote monitoring enrollment form",
        body="As requested, our blank enrollment form is attached. Patients can fill it out at their next visit and fax it to (717) 555-0122.\n\nDevice Clinic",
        atts=(
            Att(
                "KHR_Remote_Enrollment_Form.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE HEART RHYTHM CENTER - REMOTE MONITORING ENROLLMENT",
                        "Patient name: ______________________   Date of birth: ___/___/______",
                        "Phone: ________________   Email: ____________________________",
                        "Device manufacturer / model: __________________   Serial: ____________",
                        "Home monitor type:  [ ] bedside   [ ] smartphone app",
                        "Patient signature: ______________________   Date: __________",
                    ],
                    "Remote monitoring enrollment form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="training exercise with fictional patient",
        notes="Hard negative: training text file with an obviously fictional practice patient for EGM interpretation.",
        frm="Marcus Bell <mbell@keystoneheartrhythm.org>",
        to="new-hires@keystoneheartrhythm.org",
        subject="Practice case for Friday",
        body="Please work through the attached practice case before Friday's session.\n\nMarcus",
        atts=(
            Att(
                "practice_case_3.txt",
                "text/plain",
                "TRAINING CASE 3 - FICTIONAL PATIENT, NOT A REAL PERSON\n"
                "Patient: 'Test Patient Alpha', age 70, dual-chamber pacemaker.\n"
                "Presenting EGM: intermittent loss of capture on the RV channel.\n"
                "Questions: 1) What is the capture threshold trend? 2) What would you program? 3) When do you call the physician?\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="lunch and learn scheduling with rep",
        notes="Scheduling a sponsored in-service lunch with the manufacturer rep; no patient.",
        frm="Tanya Ruiz <truiz@keystoneheartrhythm.org>",
        to="jlott@vantiscardiac.com",
        subject="In-service on new programmer software",
        body="Hi Jenna,\n\nWould Wednesday 4/29 at noon work for the in-service on the 3.2 programmer software? About 14 staff. No food please, per our policy; coffee is fine.\n\nTanya",
    ),
    Spec(
        phi=False,
        category="provider NPI roster for payer credentialing",
        notes="Hard negative: physician roster with NPIs and specialties for payer enrollment; provider identifiers are not PHI.",
        frm="Credentialing <credentialing@keystoneheartrhythm.org>",
        to="provider.enrollment@keystonehealthplan.com",
        subject="Roster update - Keystone Heart Rhythm Center",
        body="Please update our group roster effective May 1:\n\nAnand Sethi, MD - Clinical Cardiac Electrophysiology - NPI 1526018159\nMaria Lindgren, MD - Cardiovascular Disease - NPI 1908301660\nOmar Haddad, MD - Clinical Cardiac Electrophysiology (part time) - NPI 1131860912\n\nGroup TIN on file. Thank you,\nCredentialing",
    ),
    Spec(
        phi=False,
        category="portal downtime notice",
        notes="IT notice about a remote monitoring portal maintenance window; no patient.",
        frm="Clinical Systems <clinicalsystems@keystoneheartrhythm.org>",
        to="deviceclinic@keystoneheartrhythm.org",
        subject="VantisLink portal maintenance Sat 11pm-3am",
        body="FYI: the manufacturer portal is down for maintenance Saturday 11 pm to Sunday 3 am. Red alerts during that window will be phoned to the on-call by the manufacturer's monitoring center.\n\nKyle",
    ),
    Spec(
        phi=False,
        category="interview invite to applicant gmail",
        notes="Hard negative: interview invitation to a job applicant's gmail; a personal mailbox but no health information.",
        frm="Human Resources <careers@keystoneheartrhythm.org>",
        to="kaylee.dunmore@gmail.com",
        subject="Interview - Device Clinic Medical Assistant",
        body="Hi Kaylee,\n\nThanks for applying. We would like to interview you on Monday April 20 at 1:00 pm at 2150 Linglestown Rd, Suite 300. Please bring a copy of your BLS card.\n\nHuman Resources",
    ),
    Spec(
        phi=False,
        category="supply purchase order with SSN-shaped number",
        notes="Hard negative: purchase order whose number is formatted like an SSN; supplies only, no person.",
        frm="Purchasing <purchasing@keystoneheartrhythm.org>",
        to="orders@alleghenysurgicalsupply.com",
        subject="PO 408-19-6620 - EP lab supplies",
        body="Please ship on PO 408-19-6620:\n\n- 20 x introducer sheath 9 Fr\n- 12 x pocket antibacterial envelope, medium\n- 6 cases sterile drape, EP\n\nShip to EP Lab receiving, Suite 300. Net 30.\n\nPurchasing",
    ),
    Spec(
        phi=False,
        category="forwarded contract pricing thread",
        notes="Forward of a vendor pricing email for leadless devices to the CFO; business terms only.",
        frm="Renee Albright <ralbright@keystoneheartrhythm.org>",
        to="Paul Everly <peverly@keystoneheartrhythm.org>",
        subject="Fwd: 2026 pricing proposal",
        body="Paul, see Vantis's proposal below. Leadless price drops if we commit to 30 units.\n\nRenee",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Trevor Haines <thaines@vantiscardiac.com>",
            to="ralbright@keystoneheartrhythm.org",
            subject="2026 pricing proposal",
            body="Renee,\n\nProposed 2026 pricing: Aria DR $6,150; Meridian ICD DR $18,900; Cadence CRT-D $24,300; Vela leadless $11,800 at 30-unit commitment. Consignment inventory unchanged.\n\nTrevor",
        ),
    ),
    Spec(
        phi=False,
        category="parking garage notice html-only",
        notes="HTML-only notice to the patient mailing list about garage closure; no individual's care.",
        frm="Keystone Heart Rhythm <news@keystoneheartrhythm.org>",
        to="patient-notices@keystoneheartrhythm.org",
        subject="Parking change starting April 20",
        body="",
        html="<html><body><p>The north garage closes for repairs April 20 - May 15. Please use the surface lot on Linglestown Rd; a shuttle runs every 10 minutes.</p><p>Keystone Heart Rhythm Center</p></body></html>",
    ),
    Spec(
        phi=False,
        category="press release on remote monitoring milestone",
        notes="Hard negative: press release with aggregate counts of remote transmissions and device patients; no individual.",
        frm="Communications <media@keystoneheartrhythm.org>",
        to="newsdesk@harrisburgledger.com",
        subject="Press release: Keystone passes 50,000 remote device checks",
        body="FOR IMMEDIATE RELEASE\n\nHarrisburg, PA - Keystone Heart Rhythm Center has reviewed its 50,000th remote transmission from pacemakers and defibrillators. The clinic follows 2,314 patients remotely; 91% of them transmit on schedule, and the average time from red alert to physician review is 2.4 hours.\n\nMedia contact: (717) 555-0128",
    ),
]
