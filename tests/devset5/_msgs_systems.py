"""Devset5: system mail (portal, EHR, fax, scheduling, reports), OOO replies and invites."""

from __future__ import annotations

from _att import XLSX, Att, Spec, csv_att, pdf, xlsx

D = "ridgecrestumc.org"

BOUNCED = Spec(
    phi=True,
    category="ndr_bounce_with_original",
    notes="inner",
    frm=f"Pavla Horáková <pavla.horakova@{D}>",
    to="dr.ellsworth@peakcardiologyassoc.com",
    subject="TEE result as requested",
    body="""\
Dr. Ellsworth,

Per your request, Thaddeus Quillan (DOB 08/09/1955) had his TEE here today: no LAA
thrombus, EF 45-50%, moderate MR. He's cleared from our side for the ablation on 11/24.
Apixaban 5 mg BID should continue uninterrupted.

Pavla Horakova, RDCS
Echo Lab, Ridgecrest University Medical Center
""",
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="appointment_reminder_portal_html",
        notes="Hard positive: HTML-only appointment reminder to a patient's personal mailbox: "
        "first name, clinic (infusion) and date/time; no MRN, no diagnosis code.",
        frm=f"Ridgecrest MyHealth <no-reply@{D}>",
        to="delia.marchbanks@gmail.com",
        subject="Reminder: upcoming appointment on Tuesday, November 24",
        body="",
        html="""\
<html><body style="font-family:Segoe UI,Arial;color:#222">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b4f6c;color:#fff;padding:12px">
<b>Ridgecrest MyHealth</b></td></tr>
<tr><td style="padding:16px">
<p>Hi Delia,</p>
<p>This is a reminder of your upcoming appointment:</p>
<table cellpadding="4">
<tr><td><b>When</b></td><td>Tuesday, November 24, 2026 at 8:00 AM (arrive 7:45 AM)</td></tr>
<tr><td><b>Where</b></td>
<td>Cancer Center Infusion Suite, 2nd floor, 1400 Medical Center Pkwy</td></tr>
<tr><td><b>Visit</b></td><td>CHEMOTHERAPY INFUSION (4 hr) with Infusion Nurse</td></tr>
<tr><td><b>Provider</b></td><td>Celeste Amundsen, MD</td></tr>
</table>
<p>Please have your labs drawn 1 day before. Bring a list of your current medications.</p>
<p><a href="https://myhealth.ridgecrestumc.org/appt/confirm?t=8f2c91">Confirm</a> |
<a href="https://myhealth.ridgecrestumc.org/appt/cancel?t=8f2c91">Cancel</a></p>
</td></tr></table>
<img src="https://t.ridgecrestmail-analytics.com/o.gif?u=8f2c91" width="1" height="1" alt="">
</body></html>
""",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="portal_test_account_message",
        notes="Hard negative: portal build team tests a message template with a test patient "
        "account (ZZTEST) and fake appointment; placeholder data.",
        frm=f"MyHealth Build Team <myhealth.build@{D}>",
        to="qa@brightbridgehealthapps.com",
        subject="Template check: appointment reminder v7 (TEST patient)",
        body="",
        html="""\
<html><body>
<p><i>[TEST ENVIRONMENT - POC] Rendered with test patient ZZTEST, MYHEALTH FOUR (MRN
TST000044). Not a real appointment.</i></p>
<p>Hi Myhealth,</p>
<p>This is a reminder of your upcoming appointment:</p>
<table><tr><td>When</td><td>Monday, January 1, 2029 at 9:00 AM</td></tr>
<tr><td>Visit</td><td>{{VISIT_TYPE}} with {{PROVIDER}}</td></tr></table>
<p>Please confirm the merge fields render in Outlook dark mode and on iOS Mail.</p>
</body></html>
""",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="fax_to_email_referral_delivery",
        notes="Hard positive: fax server delivery to an outside office's email; the body is a "
        "machine transmittal, the patient and referral reason are only in the PDF.",
        frm=f"RC eFax Server <efax-noreply@{D}>",
        to="frontdesk@prairiefamilymed.com",
        subject="Fax from RIDGECREST UMC (3 pages) - Job 77104218",
        body="""\
You have received a fax.

Job ID:       77104218
From:         RIDGECREST UMC CARDIOLOGY (555) 011-0626
Pages:        3
Received:     11/17/2026 10:42 MT
Resolution:   Fine

The document is attached as a PDF.
""",
        atts=(
            Att(
                "fax_77104218.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGECREST UNIVERSITY MEDICAL CENTER - CARDIOLOGY CLINIC",
                        "CONSULT NOTE / RETURN TO REFERRING PROVIDER",
                        "Patient: Wilhelmina Stroud-Parrish   DOB: 01/23/1948",
                        "Referred by: Dr. Amos Keel, Prairie Family Medicine",
                        "Seen: 11/16/2026   Reason: new atrial fibrillation, CHA2DS2-VASc 4",
                        "Plan: start apixaban 5 mg BID, metoprolol tartrate 25 mg BID,",
                        "  TTE ordered, follow-up 6 weeks.",
                    ],
                    "fax 77104218",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fax_delivery_confirmation",
        notes="Hard negative: fax transmission confirmation with fax numbers, job ID, page count "
        "and timestamp only; no cover page image or patient.",
        frm=f"RC eFax Server <efax-noreply@{D}>",
        to="it-helpdesk@prairiefamilymed.com",
        subject="Fax delivery FAILED after 3 attempts - Job 77104190",
        body="""\
Transmission report

Job ID:          77104190
To:              (555) 017-4410
Status:          FAILED - no answer (3 attempts, 10:02 / 10:07 / 10:12 MT)
Pages:           2
Submitted by:    cardiology.frontdesk

Your fax line may be busy or out of paper. The sender has been notified and will resend
once you confirm the line is up. Do not reply to this automated message; contact the
Ridgecrest IS Service Desk at 555-0110 x4357.
""",
    ),
    Spec(
        phi=True,
        category="ehr_care_link_result_notification",
        notes="HTML-only EHR partner-portal notification with patient name, MRN and a new "
        "pathology result to an outside physician.",
        frm=f"Ridgecrest Link <carelink-noreply@{D}>",
        to="dr.sofia.lindahl@mountainviewgyn.com",
        subject="New result available for your patient",
        body="",
        html="""\
<html><body style="font-family:Arial">
<p>Dr. Lindahl,</p>
<p>A new result is available in Ridgecrest Link for a patient you referred:</p>
<ul>
<li>Patient: OKONKWO, ADAEZE (MRN 40319862)</li>
<li>Result: SURGICAL PATHOLOGY - Endometrial biopsy</li>
<li>Final diagnosis: Endometrioid adenocarcinoma, FIGO grade 1</li>
<li>Resulted: 11/17/2026 09:14</li>
</ul>
<p><a href="https://link.ridgecrestumc.org/results/40319862">View in Ridgecrest Link</a></p>
</body></html>
""",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="carelink_account_expiry",
        notes="Partner portal account expiry notice for a clinician user; workforce only.",
        frm=f"Ridgecrest Link <carelink-noreply@{D}>",
        to="dr.sofia.lindahl@mountainviewgyn.com",
        subject="Your Ridgecrest Link account will be deactivated in 14 days",
        body="",
        html="""\
<html><body style="font-family:Arial">
<p>Dr. Sofia Lindahl,</p>
<p>Your Ridgecrest Link account (user <b>slindahl_mvg</b>) has not been attested by your site
administrator this year. It will be deactivated on <b>December 1, 2026</b>.</p>
<p>Ask your site administrator to complete the annual user attestation, or call the
Ridgecrest Link help line at 555-0110 x4388.</p>
</body></html>
""",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="ooo_reply_with_patient_handoff",
        notes="Hard positive: out-of-office auto-reply that names a patient and his transplant "
        "workup status for anyone who writes in.",
        frm=f"Marguerite Olander <marguerite.olander@{D}>",
        to="ops@clearwaterdialysis.com",
        subject="Automatic reply: November treatment schedule",
        headers=(("Auto-Submitted", "auto-replied"),),
        body="""\
I am out of the office 11/16-11/20 with limited email.

For kidney transplant candidates, contact Ivo Brandstetter, RN (555-0110 x4702).
Clearwater dialysis units: Mr. Teodoro Vasquez-Lund's crossmatch and cardiac clearance
are still pending - please keep sending his monthly PRA samples as usual.

Marguerite Olander, RN, CCTC
""",
    ),
    Spec(
        phi=False,
        category="ooo_reply_generic",
        notes="Generic out-of-office auto-reply with alternate contacts.",
        frm=f"Halima Ostrander <halima.ostrander@{D}>",
        to="client.services@summitrecoverygroup.com",
        subject="Automatic reply: Oct recovery numbers",
        headers=(("Auto-Submitted", "auto-replied"),),
        body="""\
Thank you for your message. I'm out of the office until Monday, November 30 with no access
to email. For urgent Patient Financial Services matters please contact Paloma Esquivel
(paloma.esquivel@ridgecrestumc.org, 555-0110 x7012).

Halima Ostrander
Director, Patient Financial Services
""",
    ),
    Spec(
        phi=True,
        category="ndr_bounce_with_original",
        notes="Hard positive: staff forwards a delivery-failure report to the corrected address; "
        "the echo result about a named patient is two message/rfc822 levels deep.",
        frm=f"Pavla Horáková <pavla.horakova@{D}>",
        to="dr.ellsworth@peakcardiology.com",
        subject="FW: Undeliverable: TEE result as requested",
        body="""\
Sorry Dr. Ellsworth, I had your old address - this bounced yesterday. Original attached.

Pavla
""",
        forward=Spec(
            phi=True,
            category="ndr_bounce_with_original",
            notes="inner",
            frm=f"Mail Delivery System <MAILER-DAEMON@mx1.{D}>",
            to=f"pavla.horakova@{D}",
            subject="Undeliverable: TEE result as requested",
            body="""\
This is the mail system at host mx1.ridgecrestumc.org.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients. It's attached below.

<dr.ellsworth@peakcardiologyassoc.com>: host mx.peakcardiologyassoc.com said:
    550 5.1.1 <dr.ellsworth@peakcardiologyassoc.com>: Recipient address rejected:
    User unknown in virtual mailbox table
""",
            forward=BOUNCED,
        ),
    ),
    Spec(
        phi=True,
        category="voicemail_transcript_forward",
        notes="Hard positive: voicemail-to-email transcription forwarded by rule to a personal "
        "mailbox; caller names her mother and the chemo appointment.",
        frm=f"RC Voicemail <voicemail@{D}>",
        to="lpetrakis.home@outlook.com",
        subject="Voicemail from (555) 014-3301 - 0:48",
        body="""\
New voicemail for extension 4471 (Lorna Petrakis)
From: (555) 014-3301
Received: Tue 11/17/2026 07:12
Length: 0:48

Transcription (automated, may contain errors):
"Hi Lorna this is Gloria Reyes, Consuelo Reyes's daughter, calling about my mom's chemo
tomorrow, she's been throwing up since Sunday and can't keep the ondansetron down, and
her mouth sores are worse, should we still come in at eight? Please call me back at
five five five oh one four three three oh one. Thanks."

Audio attached: msg_0748.wav (not included in forwarded copy)
""",
    ),
    Spec(
        phi=False,
        category="shift_swap_scheduling_notification",
        notes="Scheduling tool HTML notification about a shift swap between two nurses.",
        frm=f"RC Staffing <staffing-noreply@{D}>",
        to="mandy.kowalski.rn@gmail.com",
        subject="Shift swap approved: Sat 11/28 Night -> Sun 11/29 Night",
        body="",
        html="""\
<html><body>
<p>Hi Mandy,</p>
<p>Your swap request has been approved by your manager.</p>
<table border="1" cellpadding="4">
<tr><th>You give</th><td>Sat 11/28 19:00-07:30, 5 West</td></tr>
<tr><th>You take</th><td>Sun 11/29 19:00-07:30, 5 West</td></tr>
<tr><th>Swapped with</th><td>Jolene Whitacre, RN</td></tr>
</table>
<p>Open shifts this week: 4 (bonus $12/h). Log in to RC Staffing to pick one up.</p>
</body></html>
""",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="no_show_report_answering_service",
        notes="Auto-generated daily no-show report with patient names, phone numbers and clinic "
        "to an outside answering/outreach service.",
        frm=f"Cadence Reports <reports-noreply@{D}>",
        to="reports@callbridgeanswering.com",
        subject="[Scheduled report] Oncology no-shows 11/16/2026",
        body="""\
Scheduled report "ONC NO SHOW DAILY - OUTREACH" ran at 11/17/2026 05:00.
Rows: 4. Attachment: ONC_NOSHOW_20261116.csv

This report is distributed automatically. To unsubscribe contact reporting@ridgecrestumc.org.
""",
        atts=(csv_att("ONC_NOSHOW_20261116.csv", [
            ["APPT_TIME", "DEPT", "PATIENT", "MRN", "HOME_PHONE", "VISIT_TYPE"],
            ["2026-11-16 08:00", "RC CANCER CTR INFUSION", "FONTAINE, LUCIEN", "40207719",
             "555-014-6620", "CHEMO INFUSION 3HR"],
            ["2026-11-16 09:30", "RC HEM ONC CLINIC", "TRAN, MY LINH", "40288140",
             "555-017-2204", "RETURN PATIENT 20"],
            ["2026-11-16 13:00", "RC RAD ONC", "BLACKWOOD, SILAS", "40301652",
             "555-018-3315", "RT TREATMENT DAILY"],
            ["2026-11-16 15:15", "RC CANCER CTR INFUSION", "ABERNATHY, RHEA", "40166021",
             "555-014-9948", "INJECTION ONLY (DENOSUMAB)"],
        ]),),
    ),
    Spec(
        phi=False,
        category="interface_error_summary_report",
        notes="Hard negative: automated interface monitoring report with message counts, error "
        "codes and segment names; no patient identifiers.",
        frm=f"Interface Monitor <cloverleaf-alerts@{D}>",
        to="support@questlinklabs.com",
        subject="[Daily] QUESTLINK ORU inbound - 14 NAKs (AE) yesterday",
        body="""\
Thread: QL_ORU_IN   Date: 2026-11-16

  Messages received:       18,442
  ACK AA:                  18,428
  ACK AE:                  14
  ACK AR:                  0
  Avg latency:             1.8 s

AE breakdown:
  PID-3 assigning authority missing          9
  OBX-3 LOINC not in master file (code 94500-6 variant)   4
  OBR-16 ordering provider NPI unknown       1

Control IDs and the failing messages are in the secure SFTP folder /out/errors/20261116
(not attached). One of our outbound AE acknowledgements is attached so you can see the
ERR segment format. Please correct at source.
""",
        atts=(
            Att(
                "sample_ACK_AE.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|CLOVERLEAF|RCUMC|QUESTLINK|QL|20261116031204||ACK^R01|"
                "RCACK558120|P|2.5.1\r"
                "MSA|AE|QL26111603118842\r"
                "ERR||PID^1^3|101^Required field missing^HL70357|E\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="critical_value_callback_email",
        notes="Critical lab value emailed to an outside physician's office with patient name "
        "and potassium value.",
        frm=f"RC Lab Client Services <lab.clientservices@{D}>",
        to="nurse@sagebrushinternalmed.com",
        subject="CRITICAL VALUE - please call back",
        body="""\
We were unable to reach Dr. Voss by phone (2 attempts). Please have a provider call the
lab at 555-0110 x6200 immediately.

  Patient: Ignacio Barahona   DOB 10/07/1959
  Collected: 11/17/2026 07:35 (outreach draw)
  Potassium: 6.9 mmol/L (CRITICAL, ref 3.5-5.1) - specimen not hemolyzed
  Creatinine: 3.4 mg/dL (H)

RC Laboratory Client Services
""",
    ),
    Spec(
        phi=False,
        category="lab_reference_range_change",
        notes="Hard negative: reference range and method change notice with analytes, units and "
        "critical thresholds; no patient.",
        frm=f"RC Lab Client Services <lab.clientservices@{D}>",
        to="outreach-clients@lists.ridgecrestumc.org",
        subject="Method change effective 12/1: high-sensitivity troponin T, new ranges",
        body="""\
Outreach clients,

Effective 12/1/2026 we are switching to high-sensitivity troponin T (Gen 5):

  Reference (99th percentile): female < 14 ng/L, male < 22 ng/L
  Reported as whole numbers in ng/L (previously ng/mL with 2 decimals)
  Critical call threshold: > 100 ng/L on an outpatient draw
  Potassium critical remains < 2.8 or > 6.2 mmol/L

Results will show a method comment for 90 days. Questions: 555-0110 x6200.

RC Laboratory Client Services
""",
    ),
    Spec(
        phi=True,
        category="interpreter_appointment_ics_attachment",
        notes="Hard positive: interpreter booking where patient name and oncology visit purpose "
        "are only inside an attached .ics file; body is generic.",
        frm=f"Interpreter Services <interpreters@{D}>",
        to="scheduling@lingoridge.com",
        subject="Booking request #IB-30918",
        body="Please accept the attached booking. Reply with interpreter name. Thanks!\n",
        atts=(
            Att(
                "IB-30918.ics",
                "text/calendar",
                """\
BEGIN:VCALENDAR
PRODID:-//Ridgecrest UMC//InterpreterBook 2.3//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:IB-30918@ridgecrestumc.org
DTSTAMP:20261116T170000Z
DTSTART:20261120T153000Z
DTEND:20261120T170000Z
SUMMARY:Somali interpreter - Abdi\\, Hodan Mohamed - new breast cancer dx / treatment plan
LOCATION:Cancer Center Clinic B\\, room 12
DESCRIPTION:Dr. Mehra. Pt prefers female interpreter. Husband will attend.
END:VEVENT
END:VCALENDAR
""",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="webinar_invite_ics",
        notes="Webinar invite for a vendor demo with dial-in details.",
        frm=f"Nadia Kowalczyk <nadia.kowalczyk@{D}>",
        to="demo@brightbridgehealthapps.com",
        subject="Invitation: Intake app demo for nursing leadership",
        body="Invite for the demo. Please use synthetic data only in the demo tenant.\n",
        ics="""\
BEGIN:VCALENDAR
PRODID:-//Ridgecrest UMC//Outlook 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:d5-demo-intake-20261203@ridgecrestumc.org
DTSTAMP:20261116T170000Z
DTSTART:20261203T200000Z
DTEND:20261203T210000Z
SUMMARY:BrightBridge intake app demo - nursing leadership
LOCATION:Teams (link below)\\; dial-in +1 555-011-0299 conf 448 120 77#
ORGANIZER;CN=Nadia Kowalczyk:mailto:nadia.kowalczyk@ridgecrestumc.org
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=True,
        category="patient_survey_vendor_file",
        notes="Survey vendor discharge file with names, addresses, discharge dates and units.",
        frm=f"Patient Experience Data <px.data@{D}>",
        to="sftp-alerts@clearvoicepx.com",
        subject="Manual upload - SFTP failed - inpatient discharges wk 46",
        body="""\
SFTP push failed again (auth error), so attaching week 46 inpatient discharges for the
HCAHPS mail-out. 3 sample rows shown in the xlsx, the full file is 1,118 rows.

Patient Experience Data Team
""",
        atts=(
            Att(
                "HCAHPS_discharges_wk46.xlsx",
                XLSX,
                xlsx({
                    "wk46": [
                        ["Name", "Address", "City", "ZIP", "Discharge", "Unit", "Attending"],
                        ["Thaddeus Quillan", "915 Ridge Rd", "Ridgecrest", "81055",
                         "2026-11-10", "CVICU", "Dr. Ellis"],
                        ["Perpetua Nwosu", "33 Linden Ct", "Canon City", "81212",
                         "2026-11-11", "Mother-Baby", "Dr. Haddad"],
                        ["Gunnar Tollefsen", "1802 Elm St", "Pueblo", "81003",
                         "2026-11-12", "Behavioral Health", "Dr. Ruiz"],
                    ],
                }),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="hcahps_results_dashboard",
        notes="Hard negative: survey vendor results dashboard (HTML) with top-box percentages by "
        "unit and quarter; aggregate.",
        frm=f"Patient Experience <px@{D}>",
        to="unit-directors@lists.ridgecrestumc.org",
        cc="accountteam@clearvoicepx.com",
        subject="HCAHPS Q3 by unit",
        body="",
        html="""\
<html><body>
<p>Unit directors, Q3 HCAHPS top-box (n = surveys returned):</p>
<table border="1" cellpadding="3">
<tr><th>Unit</th><th>n</th><th>Nurse comm.</th><th>Quiet at night</th><th>Rate 9-10</th></tr>
<tr><td>4 North</td><td>61</td><td>81%</td><td>52%</td><td>74%</td></tr>
<tr><td>5 West</td><td>88</td><td>84%</td><td>61%</td><td>79%</td></tr>
<tr><td>6 North</td><td>57</td><td>77%</td><td>49%</td><td>70%</td></tr>
<tr><td>Mother-Baby</td><td>102</td><td>90%</td><td>66%</td><td>88%</td></tr>
</table>
<p>Units with n &lt; 30 are suppressed. - Patient Experience</p>
</body></html>
""",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="pharmacy_refill_fax_email",
        notes="Refill authorization to an outside pharmacy with patient name, DOB, psychiatric "
        "medication and prescriber.",
        frm=f"RC Behavioral Health Clinic <bh.clinic@{D}>",
        to="rx@ridgecrestcommunitypharmacy.com",
        subject="Refill authorization - 2 scripts",
        body="""\
Refill authorizations from Dr. Marisol Ruiz (Psychiatry), NPI: 1153776020:

1) Gunnar Tollefsen, DOB 03/30/1986 - lithium carbonate ER 450 mg, 1 tab BID, #60, RF 2.
   Lithium level 0.8 on 11/12, ok to refill.
2) Odette Lamoureux, DOB 06/11/2001 - sertraline 100 mg daily, #30, RF 5.

RC Behavioral Health Clinic, 555-0110 x3600
""",
    ),
    Spec(
        phi=False,
        category="pharmacy_formulary_update",
        notes="Hard negative: P&T committee formulary changes with drug names, doses and "
        "therapeutic interchanges; no patients.",
        frm=f"Pharmacy & Therapeutics <pt.committee@{D}>",
        to="retail-partners@ridgecrestcommunitypharmacy.com",
        subject="P&T November decisions - formulary changes effective 12/15",
        body="""\
Partner pharmacies,

November P&T decisions:
  ADDED: tirzepatide (inpatient continuation only, patient's own supply)
  REMOVED: ranitidine (all forms) - interchange to famotidine 20 mg BID
  INTERCHANGE: pantoprazole 40 mg IV -> PO when taking oral meds
  RESTRICTED: ceftazidime-avibactam, ID approval required
  Lithium: levels now drawn 12 h post-dose per new protocol

Full minutes on the partner page.

P&T Committee, Ridgecrest University Medical Center
""",
    ),
    Spec(
        phi=False,
        category="server_capacity_report",
        notes="Automated IT capacity report with server names, IP addresses and job counts; no "
        "patient data.",
        frm=f"IT Operations <itops-reports@{D}>",
        to="noc@sentinelguard-mssp.com",
        subject="[Weekly] Capacity report wk46 - EPICPRD, PACS, Cadence",
        body="""\
Weekly capacity summary (wk46):

  Host            IP              CPU avg  CPU peak  Disk free
  epicprd-db01    10.40.12.21     41%      88%       22%
  epicprd-app03   10.40.12.33     36%      79%       61%
  pacs-arch02     10.40.20.7      18%      40%       9%  <-- WARN
  cadence-rpt01   10.40.14.5      22%      95%       48%

Report jobs run: 4,118 (12 failed, retried OK). PACS archive expansion ticket CHG0041872.

IT Operations
""",
    ),
    Spec(
        phi=True,
        category="specialty_pharmacy_shipping",
        notes="Hard positive: specialty pharmacy shipping request: patient name, delivery address "
        "and a drug that reveals myelofibrosis; no diagnosis stated.",
        frm=f"RC Specialty Pharmacy <specialty.rx@{D}>",
        to="shipping@coldchainexpress.com",
        subject="Overnight cold-chain? no - room temp, signature req'd",
        body="""\
Hi, one overnight for tomorrow, signature required:

  Ship to: Percival Oduya, 4410 Blue Spruce Ln, Westcliffe CO 81252
  Contents: ruxolitinib (Jakafi) 15 mg tabs #60 - room temp, no ice packs
  Phone for driver: 555-018-7220
  Bill to: RC Specialty Pharmacy acct CCX-2231

Thanks, Rosamund Achterberg, CPhT
""",
    ),
]
