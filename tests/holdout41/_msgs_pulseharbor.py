"""Outbound mail of PulseHarbor Remote Monitoring, a cardiac device monitoring vendor (36)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nPulseHarbor Remote Monitoring | Clinical Operations\n"
    "1450 Beacon Works Blvd, Columbus OH | 24/7 line 555-0180 | pulseharbor.com"
)
FOOTER = (
    "\n\nThis message was sent by PulseHarbor Remote Monitoring, a business associate of your "
    "practice. It may contain confidential information."
)

_HL7_ORU = "\r".join(
    [
        "MSH|^~\\&|PULSEHARBOR|PH_CLOUD|BWH_EHR|BRIGHTWATER|202610150604||ORU^R01|PH-ORU-88310472|P|2.5.1",
        "PID|1||30422190^^^BWH^MR~PH-448271^^^PH^PI||SORENSEN^GRETA^L||19500314|F",
        "OBR|1||PH-TX-99120458|REMOTE-ICD^Remote ICD interrogation|||202610150300",
        "OBX|1|ST|DEVICE^Device||Single-chamber ICD, serial VRX-30-882714||||||F",
        "OBX|2|NM|AFBURDEN^AF burden||38|%||H|||F",
        "OBX|3|NM|BATTERY^Battery longevity||6.5|years||N|||F",
        "OBX|4|ST|EPISODE^Episodes||1 VT episode 188 bpm, terminated by ATP 10/14 22:41||||||F",
        "NTE|1||Reviewed by PulseHarbor CDS K. Amadi, CCDS. Clinic notified by phone 06:10.",
    ]
)

_FHIR_PHI = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "ph-510933",
                    "name": [{"family": "Okoro-Lindahl", "given": ["Beatrix"]}],
                    "birthDate": "1944-07-21",
                    "address": [
                        {
                            "line": ["3 Sable Creek Court"],
                            "city": "Granville",
                            "state": "OH",
                            "postalCode": "43023",
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "Device",
                    "serialNumber": "ILR-77-301945",
                    "type": {"text": "Insertable cardiac monitor"},
                    "patient": {"reference": "Patient/ph-510933"},
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "Pause episode"},
                    "subject": {"reference": "Patient/ph-510933"},
                    "valueString": "Asystolic pause 6.2 s at 03:14, patient asleep",
                    "effectiveDateTime": "2026-10-13T03:14:00-04:00",
                }
            },
        ],
    },
    indent=1,
)

_FHIR_DEMO = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "meta": {
            "tag": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST",
                    "display": "test health data",
                }
            ]
        },
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "demo-0001",
                    "name": [{"family": "Demo", "given": ["Synthetic"]}],
                    "birthDate": "1970-01-01",
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "AF burden"},
                    "subject": {"reference": "Patient/demo-0001"},
                    "valueQuantity": {"value": 12, "unit": "%"},
                }
            },
        ],
    },
    indent=1,
)

_X12_TEST = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*PULSEHARBOR    *ZZ*CLEARTESTBED   *261012*1100*^*00501*000000001*0*T*:",
            "GS*HS*PULSEHARBOR*CLEARTESTBED*20261012*1100*1*X*005010X279A1",
            "ST*270*0001*005010X279A1",
            "BHT*0022*13*TEST0001*20261012*1100",
            "HL*1**20*1",
            "NM1*PR*2*TEST PAYER*****PI*00000",
            "HL*2*1*21*1",
            "NM1*1P*2*PULSEHARBOR TEST PROVIDER*****XX*1607089764",
            "HL*3*2*22*0",
            "NM1*IL*1*TESTSUBSCRIBER*DONOTUSE****MI*TEST00000001",
            "EQ*30",
            "SE*10*0001",
            "GE*1*1",
            "IEA*1*000000001",
        ]
    )
    + "~\n"
)


def _tx_pdf(name: str, dob: str, device: str, finding: str) -> bytes:
    return pdf(
        [
            "PULSEHARBOR REMOTE MONITORING - TRANSMISSION REPORT",
            f"Patient: {name}   DOB: {dob}   Clinic: Brightwater Heart Associates",
            f"Device: {device}",
            f"Finding: {finding}",
            "Reviewed by: PulseHarbor certified device specialist",
        ],
        f"Transmission {name}",
    )


_DAILY_ZIP = zipped(
    {
        "2026-10-14_Pemberton_L.pdf": _tx_pdf(
            "Leland Pemberton",
            "06/02/1941",
            "Dual-chamber PPM",
            "RA lead impedance rise 410 -> 1,320 ohm",
        ),
        "2026-10-14_Abiodun_F.pdf": _tx_pdf(
            "Femi Abiodun", "12/19/1959", "CRT-D", "BiV pacing 88% (goal > 98%), frequent PVCs"
        ),
        "2026-10-14_Whitcombe_J.pdf": _tx_pdf(
            "Jarvis Whitcombe", "03/30/1949", "ILR", "No events; battery OK"
        ),
    }
)

_ROSTER_ENC = encrypted_zip(
    {
        "interrogation_Abernathy_full.txt": (
            "Patient: Cornelius Abernathy  DOB 1947-02-08  Device: CRT-D serial CRD-51-440917\n"
            "Shocks: 2 appropriate (VF 260 bpm) 10/11 04:02 and 04:07\n"
            "Lead: RV HV impedance 38 ohm stable\n"
        ),
    },
    "sent-by-phone",
)

_DEID_ZIP = zipped(
    {
        "README.txt": (
            "PulseHarbor AF-detection validation extract v3\n"
            "De-identified per HIPAA Safe Harbor: no names, dates reduced to year, ages >89 grouped, "
            "device serials replaced by random study keys; key not shared.\n"
        ),
        "episodes.csv": (
            "study_key,year,age_band,device_type,episode_type,duration_min,adjudicated\n"
            "K-0417,2025,70-79,ILR,AF,312,true AF\n"
            "K-0418,2025,60-69,ILR,AF,14,artifact\n"
            "K-0419,2026,90+,PPM,AT/AF,1440,true AF\n"
        ),
    }
)

_EXPORT_CSV = (
    "clinic_mrn,patient,dob,device,cpt,service_period,transmissions\n"
    "30419857,Leland Pemberton,1941-06-02,PPM dual,93294,2026-07-15..2026-10-12,2\n"
    "30422190,Greta Sorensen,1950-03-14,ICD single,93295,2026-07-15..2026-10-12,4\n"
    "30477003,Femi Abiodun,1959-12-19,CRT-D,93295,2026-07-15..2026-10-12,3\n"
    "30480116,Jarvis Whitcombe,1949-03-30,ILR,93298,2026-09-13..2026-10-12,31\n"
)

_LOANER_CSV = (
    "unit_serial,model,status,location,firmware\n"
    "HM-2204-00871,HarborLink home monitor v4,in stock,Columbus depot,4.2.1\n"
    "HM-2204-00872,HarborLink home monitor v4,in stock,Columbus depot,4.2.1\n"
    "HM-2204-00915,HarborLink home monitor v4,refurbishing,Columbus depot,4.1.9\n"
    "HM-2301-00044,HarborLink cellular adapter,in stock,Dayton van,2.0.3\n"
)

_INVOICE_PHI_PDF = pdf(
    [
        "PULSEHARBOR REMOTE MONITORING - INVOICE 2026-10-BWH-SUPP",
        "Bill to: Brightwater Heart Associates, Accounts Payable",
        "Supplemental charges - replacement home monitors shipped to patients:",
        "Greta Sorensen (ICD) - replacement monitor shipped 10/02 - $95.00",
        "Imelda Sarkisian (PPM) - replacement monitor shipped 10/06 - $95.00",
        "Cornelius Abernathy (CRT-D) - expedited overnight 10/11 - $140.00",
        "Total due: $330.00   Terms: net 30",
    ],
    "Invoice 2026-10-BWH-SUPP",
)

_INVOICE_AGG_PDF = pdf(
    [
        "PULSEHARBOR REMOTE MONITORING - INVOICE 2026-09-KVR",
        "Bill to: Kestrel Valley Cardiac Rehabilitation",
        "Service: telemetry data platform, 12 rehab stations, September 2026",
        "Platform subscription: $1,200.00   Support plan: $300.00",
        "Total due: $1,500.00",
    ],
    "Invoice 2026-09-KVR",
)

_RECON_XLSX = xlsx(
    {
        "Enrolled": [
            ["Patient", "Clinic MRN", "Device", "Serial", "Enrolled"],
            ["Pemberton, Leland", "30419857", "PPM", "PPM-48-220391", "2024-03-11"],
            ["Sorensen, Greta", "30422190", "ICD", "VRX-30-882714", "2023-11-02"],
            ["Sarkisian, Imelda", "30491552", "PPM", "PPM-52-610077", "2026-08-19"],
        ],
        "Not transmitting 30d": [
            ["Patient", "Clinic MRN", "Last transmission", "Action"],
            ["Whitlock, Nora", "30102294", "2026-08-30", "mailed new monitor"],
        ],
        "Unmatched": [
            ["PulseHarbor ID", "Name on device registration", "Note"],
            ["PH-451907", "Castellanos, Ines", "not on BWH roster - confirm follow-up clinic"],
        ],
    }
)

_STATS_XLSX = xlsx(
    {
        "Volumes": [
            ["Month", "Patients monitored", "Transmissions", "Red alerts", "Yellow alerts"],
            ["2026-07", 1412, 9133, 41, 388],
            ["2026-08", 1433, 9410, 37, 402],
            ["2026-09", 1450, 9388, 44, 371],
        ],
        "By device": [
            ["Device type", "Patients", "Median alerts per pt-year"],
            ["PPM", 702, 0.8],
            ["ICD/CRT-D", 411, 2.1],
            ["ILR", 337, 4.6],
        ],
        "Response times": [
            ["Alert class", "Median minutes to clinic notification"],
            ["Red", 22],
            ["Yellow", 190],
        ],
    }
)

_POLICY_DOCX = docx(
    [
        "PulseHarbor SOP CL-014: Red alert escalation (rev. 7)",
        "1. On a red alert, the device specialist opens the alert record showing Patient ID: [PID], Device serial: [SN], Clinic: [CLINIC].",
        "2. Call the clinic's alert line within 30 minutes; if no answer, call the on-call physician listed in the clinic profile.",
        "3. Never e-mail alert details to a personal mailbox; use the portal or the clinic's secure direct address.",
        "4. Document call time, person reached and read-back in the alert record.",
    ]
)

_SERIALS_TXT = (
    "VRX-30-882714  GS  1950-03-14\nVRX-30-884102  TM  1948-06-19\nCRD-51-440917  CA  1947-02-08\n"
)

_ICS_INSTALL = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PulseHarbor//Field Services//EN\nMETHOD:REQUEST\n"
    "BEGIN:VEVENT\nUID:ph-install-20261016-33871@pulseharbor.com\n"
    "DTSTAMP:20261012T180000Z\nDTSTART:20261016T180000Z\nDTEND:20261016T190000Z\n"
    "SUMMARY:Home monitor setup for your new defibrillator (ICD)\n"
    "LOCATION:27 Tamarack Bend, Granville OH 43023\n"
    "DESCRIPTION:Technician Luis Ortega will set up the HarborLink monitor next to your bed and pair it "
    "with your ICD. Please have your device ID card ready. Patient: Ambrose Kettleworth.\n"
    "ATTENDEE;CN=Ambrose Kettleworth:mailto:ambrose.kettleworth@icloud.com\n"
    "END:VEVENT\nEND:VCALENDAR\n"
)

_ICS_ONCALL = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PulseHarbor//Clinical Ops//EN\nMETHOD:REQUEST\n"
    "BEGIN:VEVENT\nUID:ph-oncall-thanksgiving-2026@pulseharbor.com\n"
    "DTSTAMP:20261012T180000Z\nDTSTART:20261126T050000Z\nDTEND:20261127T050000Z\n"
    "SUMMARY:Thanksgiving on-call - Clinical Ops (K. Amadi primary, J. Fell backup)\n"
    "DESCRIPTION:Red-alert queue coverage. Escalation to Medical Director Dr. Ruth Nakashima.\n"
    "ATTENDEE;CN=Clinical Ops:mailto:clinops@pulseharbor.com\n"
    "END:VEVENT\nEND:VCALENDAR\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Red alert notification to clinic",
        notes="Names the patient with ICD shock/VT episode and device serial; urgent alert to the practice.",
        frm="PulseHarbor Alerts <alerts@pulseharbor.com>",
        to="deviceclinic@brightwaterheart.com",
        subject="RED ALERT - action required",
        body="RED ALERT\nPatient: Greta Sorensen (DOB 03/14/1950, BWH MRN 30422190)\nDevice: single-chamber ICD, serial VRX-30-882714\nEvent: VT at 188 bpm on 10/14 22:41, terminated by ATP. AF burden 38% over 24 h (new).\nWe phoned your alert line at 06:10 and spoke with J. Marsh RN.\nReview in the portal."
        + SIG
        + FOOTER,
    ),
    Spec(
        phi=True,
        category="HL7 ORU remote interrogation result",
        notes="Hard positive: HL7 ORU attachment names the patient with MRN, DOB, ICD serial, AF burden and VT episode; body is an interface note.",
        frm="PulseHarbor Integrations <integrations@pulseharbor.com>",
        to="hl7-inbound@brightwaterheart.com",
        subject="Re-sent ORU after your interface outage",
        body="Your interface engine was down 02:00-05:30. The ORU below failed delivery and is attached for manual import. Control ID PH-ORU-88310472.",
        atts=(Att("PH-ORU-88310472.hl7", "application/hl7-v2", _HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="FHIR bundle with pause episode to hospital EP lab",
        notes="Hard positive: FHIR attachment carries patient name, DOB, address, loop recorder serial and a 6-second pause; body is terse.",
        frm="PulseHarbor Integrations <integrations@pulseharbor.com>",
        to="ep.lab@stcolumbamedical.org",
        subject="bundle ph-510933",
        body="Posting failed with HTTP 422; bundle attached for your team to load manually.",
        atts=(Att("ph-510933.json", "application/fhir+json", _FHIR_PHI),),
    ),
    Spec(
        phi=True,
        category="Home monitor shipment notice to patient",
        notes="Patient named with pacemaker monitoring enrolment and shipping address, sent to her gmail.",
        frm="PulseHarbor Patient Support <support@pulseharbor.com>",
        to="imelda.sarkisian@gmail.com",
        subject="Your HarborLink monitor has shipped",
        body="Hello Imelda Sarkisian,\n\nYour replacement HarborLink monitor for your pacemaker shipped today to 61 Bellflower Court, Marlow Heights. Plug it in within 3 feet of your bed and it will pair automatically. Your clinic, Brightwater Heart Associates, will see your next transmission.\n\nTracking: 1Z 88R 4471 0920 3318"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Battery replacement notice to patient's son by device serial",
        notes="Hard positive: son addressed by first name; 'your mother's' device serial and elective replacement indicator, no surname.",
        frm="PulseHarbor Patient Support <support@pulseharbor.com>",
        to="mark.d.77@outlook.com",
        subject="Re: mom's device",
        body="Hi Mark,\n\nThanks for calling on her behalf. Your mother's pacemaker (serial PPM-48-220391) reached its elective replacement indicator on the 10/12 transmission. That means about 3 months of battery remain, so there is no emergency, but her cardiologist's office will call to schedule a generator change.\n\nBest,\nTasha, Patient Support",
    ),
    Spec(
        phi=True,
        category="Invoice PDF listing patients for replacement monitors",
        notes="Hard positive: body is a bare invoice cover note; the PDF names patients with their implanted device types and shipment dates.",
        frm="PulseHarbor Accounts Receivable <ar@pulseharbor.com>",
        to="ap@brightwaterheart.com",
        subject="Invoice 2026-10-BWH-SUPP",
        body="Please find our supplemental invoice attached. Questions: ar@pulseharbor.com.",
        atts=(Att("INV-2026-10-BWH-SUPP.pdf", "application/pdf", _INVOICE_PHI_PDF),),
    ),
    Spec(
        phi=True,
        category="Headerless device serial list with initials and DOBs",
        notes="Hard positive: text file of implanted device serials with patient initials and full DOBs, no headers, sent to manufacturer for advisory matching.",
        frm="Clinical Operations <clinops@pulseharbor.com>",
        to="advisory.lookup@corvantdevices.com",
        subject="advisory lookup",
        body="Please run these against advisory CA-2026-07 and tell us which are affected.",
        atts=(Att("lookup_1014.txt", "text/plain", _SERIALS_TXT),),
    ),
    Spec(
        phi=True,
        category="Zip of per-patient transmission PDFs",
        notes="Hard positive: body gives only a count; the zip holds PDFs named after patients with DOBs and device findings.",
        frm="PulseHarbor Reports <reports@pulseharbor.com>",
        to="deviceclinic@brightwaterheart.com",
        subject="Daily transmissions - 10/14",
        body="Three transmissions flagged for review are in the attached zip." + FOOTER,
        atts=(Att("BWH_2026-10-14.zip", "application/zip", _DAILY_ZIP),),
    ),
    Spec(
        phi=True,
        category="Encrypted interrogation zip with patient named in body",
        notes="Body names the patient and his two ICD shocks; full interrogation in a password-protected zip.",
        frm="Dr. Ruth Nakashima <rnakashima@pulseharbor.com>",
        to="cokafor@brightwaterheart.com",
        subject="Shocks - please review",
        body="Chidi,\n\nCornelius Abernathy had two appropriate shocks for VF early Sunday (04:02 and 04:07). He's at home and feels OK, but please see him this week. The full interrogation is in the encrypted zip; password by phone.\n\nRuth Nakashima, MD\nMedical Director, PulseHarbor",
        atts=(Att("interrogation.zip", "application/zip", _ROSTER_ENC),),
    ),
    Spec(
        phi=True,
        category="Alert details only in subject line",
        notes="Hard positive: subject carries DOB, PulseHarbor patient ID and AF burden; body just points to the portal.",
        frm="PulseHarbor Alerts <alerts@pulseharbor.com>",
        to="alerts@northfieldhearthealth.org",
        subject="YELLOW: AF burden 41% / DOB 1950-11-23 / PH-448702",
        body="A new yellow alert is waiting in the portal. Log in to review.",
    ),
    Spec(
        phi=True,
        category="Support reply to patient about monitor light",
        notes="Reply to patient's aol mailbox naming her with her implanted defibrillator and missed transmissions.",
        frm="PulseHarbor Patient Support <support@pulseharbor.com>",
        to="ruth.galloway1939@aol.com",
        subject="Re: yellow light on my box",
        body="Dear Ruth Galloway,\n\nThe yellow light means your monitor has not talked to your defibrillator for 7 days. Please sit within 3 feet of it tonight for 10 minutes. If the light stays yellow, call us at 555-0180 and we will send a technician. Your clinic has been told.\n\nKind regards,\nPatient Support",
        headers=(("In-Reply-To", "<a8c.2026101311.ruthg@aol.com>"),),
    ),
    Spec(
        phi=True,
        category="Monthly enrolment reconciliation workbook",
        notes="Multi-sheet workbook of patients with clinic MRNs, device types and serials, non-transmitting patients.",
        frm="Clinic Success <success@pulseharbor.com>",
        to="deviceclinic@brightwaterheart.com",
        subject="October reconciliation",
        body="Hi team, October reconciliation attached: enrolled, not transmitting 30 days, and one unmatched registration. Please confirm by 10/23.",
        atts=(Att("BWH_recon_2026-10.xlsx", XLSX, _RECON_XLSX),),
    ),
    Spec(
        phi=True,
        category="Remote monitoring billing export CSV",
        notes="CSV of patients with MRNs, DOBs, devices and remote-monitoring CPT codes for billing.",
        frm="PulseHarbor Reports <reports@pulseharbor.com>",
        to="billing@brightwaterheart.com",
        subject="Billable periods ending 10/12",
        body="Billing export for service periods ending 10/12 attached.",
        atts=(Att("BWH_billable_2026-10-12.csv", "text/csv", _EXPORT_CSV),),
    ),
    Spec(
        phi=True,
        category="Forward of clinic escalation to manufacturer technical services",
        notes="Forwarded clinic e-mail names the patient with CRT-D, low biventricular pacing and noise on lead.",
        frm="Clinical Operations <clinops@pulseharbor.com>",
        to="techservices@corvantdevices.com",
        subject="Fwd: Abiodun - noise on RV lead?",
        body="Corvant team, forwarding the clinic's question below with the EGM in the portal (share ID 7781). Is this oversensing consistent with the advisory?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Device Clinic <deviceclinic@brightwaterheart.com>",
            to="clinops@pulseharbor.com",
            subject="Abiodun - noise on RV lead?",
            body="Femi Abiodun (DOB 12/19/1959) CRT-D: BiV pacing down to 88% and we see high-frequency noise on the RV channel on the 10/14 transmission. Lead fracture? Please escalate.",
        ),
    ),
    Spec(
        phi=True,
        category="Callback list of phone numbers with device types",
        notes="Hard positive: no names, but patients' phone numbers tied to implanted devices and missed transmissions.",
        frm="Clinical Operations <clinops@pulseharbor.com>",
        to="outbound@careconnectcalls.com",
        subject="Call list - today",
        body="Please call these today (missed transmissions > 21 days), script B:\n555-0142 - ICD - 24 days\n555-0144 - pacemaker - 31 days\n555-0149 - loop recorder - 22 days\nLog results in the shared sheet.",
    ),
    Spec(
        phi=True,
        category="Home install calendar invite with patient address",
        notes="Calendar invite to patient's icloud with name, home address and new defibrillator.",
        frm="PulseHarbor Field Services <fieldservices@pulseharbor.com>",
        to="ambrose.kettleworth@icloud.com",
        subject="Your monitor setup visit",
        body="Dear Mr. Kettleworth, your in-home setup is booked. The invitation is attached.",
        ics=_ICS_INSTALL,
    ),
    Spec(
        phi=True,
        category="Medicare Advantage appeal letter with MBI",
        notes="Appeal names the beneficiary with MBI, loop recorder monitoring and syncope diagnosis.",
        frm="PulseHarbor Revenue Cycle <revenuecycle@pulseharbor.com>",
        to="appeals@heartlandseniorplan.com",
        subject="Level 1 appeal - claim 26-0912-33871",
        body=(
            "Re: Jarvis Whitcombe, MBI: 7EC2-RN6-MX18, DOB 03/30/1949\n\nWe appeal the denial of CPT 93298 "
            "(remote ILR monitoring, 09/13-10/12/2026). The loop recorder was implanted for recurrent unexplained "
            "syncope (R55) after a non-diagnostic tilt test; monitoring is medically necessary. Records attached "
            "in the plan portal.\n\nRevenue Cycle, PulseHarbor"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only welcome naming new loop recorder and fainting",
        notes="HTML-only welcome to patient's gmail names him and his new loop recorder for fainting.",
        frm="PulseHarbor Patient Support <support@pulseharbor.com>",
        to="desmond.achterberg@gmail.com",
        subject="Welcome to PulseHarbor",
        body="",
        html="<html><body><p>Hi Desmond Achterberg,</p><p>Welcome! Your new <b>insertable loop recorder</b> will help your doctors find the cause of your fainting spells. Download the HarborLink app and tap the heart icon whenever you feel faint.</p><p>&mdash; PulseHarbor Patient Support</p></body></html>",
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="Firmware release notes to clinics",
        notes="Hard negative: release notes mention CRT-D patients and AF detection generally; no individual.",
        frm="PulseHarbor Product <product@pulseharbor.com>",
        to="clinic-admins@pulseharbor.com",
        subject="HarborLink 4.3 release notes",
        body="HarborLink 4.3 (rolling out Oct 19):\n- Fewer false AF alerts in ILR patients with frequent PACs (specificity 78% -> 88% in validation)\n- CRT-D: new 'BiV pacing < 95%' yellow alert\n- Battery ERI alerts now include estimated months remaining\nNo action needed; monitors update overnight.",
    ),
    Spec(
        phi=False,
        category="Aggregate monitoring statistics workbook",
        notes="Hard negative: multi-sheet workbook of monthly volumes, alerts by device type and response times; aggregate only.",
        frm="Clinic Success <success@pulseharbor.com>",
        to="quality@brightwaterheart.com",
        subject="Q3 service review pack",
        body="Ahead of our quarterly business review, here are Q3 volumes and response times across all PulseHarbor clinics.",
        atts=(Att("PH_Q3_service_review.xlsx", XLSX, _STATS_XLSX),),
    ),
    Spec(
        phi=False,
        category="Synthetic demo FHIR bundle to EHR integrator",
        notes="Hard negative: FHIR bundle tagged HTEST with a synthetic 'Demo' patient; no real person.",
        frm="PulseHarbor Integrations <integrations@pulseharbor.com>",
        to="partners@epicenterintegrations.com",
        subject="Sandbox sample for connector certification",
        body="Attached is a synthetic sample bundle (tagged HTEST, patient 'Synthetic Demo') for your connector certification tests. Please don't load it to production.",
        atts=(Att("sandbox_sample.json", "application/fhir+json", _FHIR_DEMO),),
    ),
    Spec(
        phi=False,
        category="Loaner home monitor inventory CSV",
        notes="Hard negative: serial numbers of unassigned home monitors in a depot; not implanted devices, no patient.",
        frm="Logistics <logistics@pulseharbor.com>",
        to="warehouse@threeriverslogistics.com",
        subject="Cycle count - loaner monitors",
        body="Attached is our count for the loaner pool. Please reconcile against your bin report by Friday.",
        atts=(Att("loaner_pool_2026-10-13.csv", "text/csv", _LOANER_CSV),),
    ),
    Spec(
        phi=False,
        category="SOC 2 report availability notice",
        notes="Security compliance notice to customers; no individual.",
        frm="PulseHarbor Trust <trust@pulseharbor.com>",
        to="it@kestrelvalleyrehab.org",
        subject="Our 2026 SOC 2 Type II report is available",
        body="Our 2026 SOC 2 Type II report (period Oct 2025 - Sep 2026) is now available under NDA in the Trust Center. Request access at pulseharbor.com/trust.",
    ),
    Spec(
        phi=False,
        category="BAA renewal with categories of PHI listed",
        notes="Hard negative: legal text naming categories of PHI the vendor handles; no patient data.",
        frm="PulseHarbor Legal <legal@pulseharbor.com>",
        to="compliance@brightwaterheart.com",
        subject="BAA renewal - expires 12/31/2026",
        body="Dear Compliance Officer,\n\nOur business associate agreement expires on 12/31. The renewal is unchanged except section 4.2: PulseHarbor will continue to receive patient names, dates of birth, device serial numbers and transmission data solely to provide monitoring services, and will report breaches within 10 days. DocuSign link to follow.\n\nPulseHarbor Legal",
    ),
    Spec(
        phi=False,
        category="HTML-only scheduled maintenance notice",
        notes="Maintenance window notice; no individual.",
        frm="PulseHarbor Status <status@pulseharbor.com>",
        to="clinic-admins@pulseharbor.com",
        subject="Scheduled maintenance Sat Oct 24, 01:00-03:00 ET",
        body="",
        html="<html><body><p><b>Scheduled maintenance</b></p><p>The clinician portal will be unavailable Saturday, October 24, 01:00&ndash;03:00 ET. Red alerts will still be phoned to your alert line during the window.</p><p>status.pulseharbor.com</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Test-only X12 270 for clearinghouse certification",
        notes="Hard negative: X12 270 marked as test (ISA usage T) with dummy subscriber 'TESTSUBSCRIBER DONOTUSE'.",
        frm="PulseHarbor Revenue Cycle <revenuecycle@pulseharbor.com>",
        to="certification@harborclear.net",
        subject="Test file for 270/271 certification",
        body="As part of onboarding, here is our test 270 using the dummy subscriber from your companion guide. Usage indicator is T.",
        atts=(Att("PH_cert_test_270.x12", "application/edi-x12", _X12_TEST),),
    ),
    Spec(
        phi=False,
        category="Device specialist job posting",
        notes="Hard negative: job ad describes ICD therapies and alert triage in general.",
        frm="PulseHarbor Talent <talent@pulseharbor.com>",
        to="jobs@hrsconnect-careers.org",
        subject="Posting: Remote Cardiac Device Specialist (CCDS/IBHRE)",
        body="Remote Cardiac Device Specialist - PulseHarbor, Columbus OH or remote. Triage pacemaker, ICD, CRT and ILR transmissions; recognize VT/VF, oversensing, lead failure and AF. IBHRE CCDS required. Nights/weekends rotation. $78-96k.",
    ),
    Spec(
        phi=False,
        category="HTML-only marketing webinar invitation",
        notes="Product webinar invitation to a prospect; no individual health data.",
        frm="PulseHarbor Marketing <marketing@pulseharbor.com>",
        to="practice.admin@northfieldhearthealth.org",
        subject="Webinar: cut your ILR alert burden in half",
        body="",
        html="<html><body><h2>Cut your ILR alert burden in half</h2><p>Join Dr. Ruth Nakashima on <b>November 5 at noon ET</b> to see how clinics use AI triage to reduce false AF alerts. <a href='https://pulseharbor.com/webinar'>Register</a>.</p><img src='https://pulseharbor.com/px/open.gif' width='1' height='1' alt=''></body></html>",
    ),
    Spec(
        phi=False,
        category="Security incident notice stating no PHI accessed",
        notes="Hard negative: phishing incident notice to customers saying no patient data was involved; no individual.",
        frm="PulseHarbor Trust <trust@pulseharbor.com>",
        to="privacy@brightwaterheart.com",
        subject="Notice: phishing attempt against PulseHarbor staff (no PHI involved)",
        body="On October 9 an employee entered credentials on a phishing page. MFA blocked the login, the password was reset within 14 minutes, and our forensic review found no access to patient data. No notification is required under your BAA; we share this for transparency.",
    ),
    Spec(
        phi=False,
        category="Educational EGM example image from de-identified case",
        notes="Hard negative: teaching PNG of an example AF electrogram with no patient identifiers, for a webinar deck.",
        frm="Dr. Ruth Nakashima <rnakashima@pulseharbor.com>",
        to="ce.events@ohiocardiacsociety.org",
        subject="Slide image for my talk",
        body="Hi Marta, the example EGM for slide 12 is attached (de-identified teaching image, no patient data on it). Title: 'True AF vs. PAC runs in ILR detection'.",
        atts=(Att("example_EGM_AF_vs_PACs.png", "image/png", png(12, 4, (20, 20, 20))),),
    ),
    Spec(
        phi=False,
        category="Clinic user login support ticket with clinician NPI",
        notes="Hard negative: support ticket for a physician's portal access with her NPI; clinician identifier only.",
        frm="PulseHarbor Support Desk <helpdesk@pulseharbor.com>",
        to="lmarchetti@brightwaterheart.com",
        subject="Ticket 40921 - portal access restored",
        body="Dr. Marchetti, your portal account (NPI: 1872761378) is unlocked after five failed attempts. Please set up MFA at next login.\n\nSupport Desk",
    ),
    Spec(
        phi=False,
        category="Aggregate subscription invoice PDF to rehab programme",
        notes="Hard negative: invoice PDF for a platform subscription; no patients listed.",
        frm="PulseHarbor Accounts Receivable <ar@pulseharbor.com>",
        to="billing@kestrelvalleyrehab.org",
        subject="Invoice 2026-09-KVR",
        body="September invoice attached. Thank you for your business.",
        atts=(Att("INV-2026-09-KVR.pdf", "application/pdf", _INVOICE_AGG_PDF),),
    ),
    Spec(
        phi=False,
        category="Manufacturer advisory summary with serial range",
        notes="Hard negative: advisory describes an affected serial range and guidance; no individual patient.",
        frm="Clinical Operations <clinops@pulseharbor.com>",
        to="deviceclinic@brightwaterheart.com",
        subject="Corvant advisory CA-2026-07 summary",
        body="Summary: Corvant advisory CA-2026-07 affects VRX ICDs with serials VRX-30-880000 through VRX-30-889999 (possible premature battery depletion). Recommended: monthly remote checks; no prophylactic replacement. We have turned on the monthly schedule for affected devices in your clinic; your roster view shows which patients.",
    ),
    Spec(
        phi=False,
        category="Thanksgiving on-call calendar invite",
        notes="Staff on-call rotation invite; no patient.",
        frm="Clinical Operations <clinops@pulseharbor.com>",
        to="clinops@pulseharbor.com",
        cc="kamadi@pulseharbor.com",
        subject="On-call: Thanksgiving",
        body="Holiday coverage invite attached.",
        ics=_ICS_ONCALL,
    ),
    Spec(
        phi=False,
        category="Alert escalation SOP with placeholder fields",
        notes="Hard negative: SOP DOCX with placeholder field names [PID], [SN]; no patient.",
        frm="PulseHarbor Quality <quality@pulseharbor.com>",
        to="auditor@meridianqualityaudits.com",
        subject="SOP CL-014 for your ISO audit",
        body="As requested for the ISO 13485 surveillance audit, SOP CL-014 rev. 7 is attached.",
        atts=(Att("SOP_CL-014_rev7.docx", DOCX, _POLICY_DOCX),),
    ),
    Spec(
        phi=False,
        category="De-identified algorithm validation extract zip",
        notes="Hard negative: zip with Safe Harbor README and study keys, years and age bands only.",
        frm="PulseHarbor Data Science <datascience@pulseharbor.com>",
        to="cardio-ai-lab@ohiovalleyuniv.edu",
        subject="AF validation extract v3",
        body="Prof. Ibarra, the de-identified v3 extract is attached per our data use agreement DUA-2026-04. Re-identification attempts are prohibited under section 6.",
        atts=(Att("ph_af_validation_v3.zip", "application/zip", _DEID_ZIP),),
    ),
    Spec(
        phi=False,
        category="Interview scheduling reply to applicant personal mailbox",
        notes="Recruiting mail to a job applicant's gmail; no health information.",
        frm="PulseHarbor Talent <talent@pulseharbor.com>",
        to="j.okonjo.ccds@gmail.com",
        subject="Interview - Remote Cardiac Device Specialist",
        body="Hi Joy, thanks for applying! Could you do a 45-minute video interview Tuesday Oct 20 at 2 pm ET with our clinical ops lead? Reply with a yes or another time.",
    ),
]
