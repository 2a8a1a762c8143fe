"""BrightPath Telehealth: virtual urgent care, tele-psychiatry, contractors (36 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import Att, Spec

_SCHOOL_NOTE = docx(
    [
        "BrightPath Telehealth",
        "November 18, 2026",
        "To whom it may concern:",
        "Jordan Pike was seen by a BrightPath clinician by video on November 18, 2026 and "
        "may return to school on Friday, November 20, 2026.",
        "Please excuse his absence on November 18 and 19.",
        "Rebecca Ilunga, PA-C",
    ]
)

_RTF_AVS = (
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 "
    "{\\b BrightPath Telehealth - After Visit Summary}\\par "
    "Patient: Celeste Arroyo-Banks\\tab DOB: 04/23/1994\\par "
    "Visit: 11/17/2026 video urgent care with Dr. Samuel Achebe\\par "
    "Diagnosis: acute cystitis (N30.00)\\par "
    "Medication: nitrofurantoin monohydrate/macrocrystals 100 mg twice daily for 5 days, "
    "sent to CVS #4471 on Route 22\\par "
    "Go to the ER if you have fever over 101, flank pain or vomiting.\\par }"
)

_CONSENT_RTF = (
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 "
    "{\\b BrightPath Telehealth - Consent to Treatment via Telehealth (template v4)}\\par "
    "Patient name: ______________________\\tab Date of birth: ___________\\par "
    "State where you are located during the visit: ______\\par "
    "I understand that telehealth visits use secure video and that my clinician may "
    "refer me to in-person care.\\par "
    "Signature: ______________________\\tab Date: ___________\\par }"
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.9"/>
  <title>BrightPath Telehealth Progress Note</title>
  <effectiveTime value="20261116193000-0500"/>
  <recordTarget><patientRole>
    <id extension="BPT-00419827" root="2.16.840.1.113883.3.7741"/>
    <telecom value="tel:+1-484-555-0129"/>
    <patient><name><given>Aurelio</given><family>Mancuso</family></name>
      <birthTime value="19800612"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Assessment</title>
      <text>Acute bacterial sinusitis (J01.90). Hypertension, on amlodipine 5 mg.</text>
    </section></component>
    <component><section><title>Plan</title>
      <text>Amoxicillin-clavulanate 875/125 mg BID x 7 days. Follow up with PCP if no
      improvement in 72 hours.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_ORM = (
    "MSH|^~\\&|BPT_EHR|BRIGHTPATH|LABCO|LABCO_EAST|20261117141022||ORM^O01|BPT77120|P|2.3\r"
    "PID|1||BPT-00522014||Quintero^Marisela^A||19911103|F|||"
    "402 Linden St^^Allentown^PA^18102||610-555-0188\r"
    "ORC|NW|BPT-ORD-551204||||||||||1060228214^Ilunga^Rebecca^^^PA-C\r"
    "OBR|1|BPT-ORD-551204||87880^Strep A rapid^CPT|||20261117140000\r"
    "DG1|1||J02.9^Acute pharyngitis, unspecified^I10\r"
)

_INVOICE = xlsx(
    {
        "Invoice 2026-10": [
            ["Date", "Patient", "Visit type", "CPT", "Rate"],
            ["2026-10-05", "Wierzbicki, Tomasz", "Psych med mgmt f/u", "99214+90833", 145],
            ["2026-10-05", "Hollister, Grace", "Psych intake", "90792", 220],
            ["2026-10-12", "Adeyemi, Tunde", "Psych med mgmt f/u", "99213", 110],
        ],
        "Disputed lines": [
            ["Date", "Patient", "Issue"],
            ["2026-10-12", "Adeyemi, Tunde", "Visit shows no-show in EHR; not payable"],
            ["2026-10-05", "Hollister, Grace", "Intake billed twice (also 10/06)"],
        ],
    }
)

_LICENSES = xlsx(
    {
        "PA": [
            ["Clinician", "Credential", "NPI", "License", "Expires"],
            ["Samuel Achebe", "MD", "1681965756", "MD-460221", "2027-12-31"],
            ["Rebecca Ilunga", "PA-C", "1060228214", "PA-009812", "2028-06-30"],
        ],
        "NJ": [
            ["Clinician", "Credential", "NPI", "License", "Expires"],
            ["Samuel Achebe", "MD", "1681965756", "25MA10448200", "2027-06-30"],
            ["Oluwaseun Nwosu", "MD", "1532054040", "25MA10511730", "2028-06-30"],
        ],
        "NY": [
            ["Clinician", "Credential", "NPI", "License", "Expires"],
            ["Oluwaseun Nwosu", "MD", "1532054040", "301184", "2027-09-30"],
        ],
    }
)

_BOARD = xlsx(
    {
        "Volume": [
            ["Month", "Urgent care visits", "Psych visits", "Median wait (min)"],
            ["2026-08", 18220, 6410, 9],
            ["2026-09", 19874, 6902, 11],
            ["2026-10", 23115, 7188, 14],
        ],
        "Quality": [
            ["Measure", "Q3 rate"],
            ["Antibiotic stewardship (URI no abx)", 0.81],
            ["PHQ-9 documented at psych intake", 0.97],
            ["ED referral rate", 0.034],
        ],
    }
)

_COI = pdf(
    [
        "CERTIFICATE OF LIABILITY INSURANCE",
        "Insured: BrightPath Telehealth, Inc., 600 Commerce Dr, King of Prussia PA",
        "Carrier: Allegheny Professional Mutual   Policy MPL-2027-004418",
        "Medical professional liability: $1,000,000 / $3,000,000",
        "Period: 01/01/2027 - 01/01/2028",
        "Certificate holder: Keystone Health Plan, Camp Hill PA",
    ],
    "COI BrightPath Telehealth",
)

_UTI_PROTOCOL = docx(
    [
        "BrightPath Telehealth Clinical Protocol CP-07: Uncomplicated cystitis in women 18-64",
        "Eligible: dysuria/frequency, no fever, no flank pain, not pregnant, no recent "
        "antibiotics.",
        "First line: nitrofurantoin 100 mg BID x 5 days (avoid if CrCl < 30).",
        "Alternatives: TMP-SMX DS BID x 3 days if local resistance < 20%; fosfomycin 3 g once.",
        "Refer in person: men, pregnancy, recurrent UTI (3 or more in 12 months), "
        "suspected pyelonephritis (N10).",
    ]
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="visit_summary_personal_email",
        notes="Visit summary to a patient's gmail: her name, sinus infection and antibiotic.",
        frm="BrightPath Care Team <care@brightpathtele.com>",
        to="nkowalski.home@gmail.com",
        subject="Your visit summary",
        body=(
            "Hi Nina,\n\nThanks for visiting BrightPath today. Dr. Achebe diagnosed a sinus "
            "infection and sent amoxicillin 875 mg (twice a day for 7 days) to Giant "
            "Pharmacy on Main St. Rest, fluids, and use saline rinses. If you are not better "
            "in 3 days, book a follow-up.\n\nBrightPath Telehealth Care Team\n"
        ),
    ),
    Spec(
        phi=True,
        category="clinician_forward_schedule_personal",
        notes="Hard positive: a contract psychiatrist forwards tomorrow's schedule to a "
        "personal gmail; the names and visit reasons are only in the attached message.",
        frm="Dr. Oluwaseun Nwosu <onwosu@brightpathtele.com>",
        to="seun.nwosu.md@gmail.com",
        subject="Fwd: Your schedule for Wed 11/18",
        body="vpn keeps dropping, sending to myself so I can prep tonight\n",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="BrightPath EHR <noreply@brightpathtele.com>",
            to="onwosu@brightpathtele.com",
            subject="Your schedule for Wed 11/18",
            body=(
                "Wed 11/18 (ET)\n"
                "09:00  Grace Hollister     psych intake - postpartum anxiety\n"
                "09:45  Tomasz Wierzbicki   med mgmt - bipolar II, lamotrigine titration\n"
                "10:30  Devon Ashcroft      med mgmt - ADHD, adderall refill (PDMP due)\n"
                "11:15  (open)\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="support_ticket_html_only",
        notes="HTML-only helpdesk escalation to the video platform vendor naming a patient "
        "who missed a psychiatry session.",
        frm="BrightPath Support <support@brightpathtele.com>",
        to="escalations@vidstreamhealth.io",
        subject="[BPT-58213] Patient can't join session - escalated",
        body="",
        html=(
            "<html><body><table><tr><td><b>Ticket</b></td><td>BPT-58213</td></tr>"
            "<tr><td><b>Requester</b></td><td>Kayla Brunner (kbrunner22@icloud.com)</td></tr>"
            "<tr><td><b>Visit</b></td><td>11/17 3:00 PM psychiatry follow-up with Dr. "
            "Nwosu</td></tr></table><p>Patient says the waiting room spins forever on iPad "
            "iOS 18.4. She missed her session and is out of her medication. Please "
            "investigate the room link.</p><p>-- Marcy, Tier 2</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="ed_referral_chest_pain",
        notes="Clinician sends an ED charge nurse a heads-up: patient name, DOB, chest pain "
        "and history.",
        frm="Dr. Samuel Achebe <sachebe@brightpathtele.com>",
        to="charge.ed@stlukesbethlehem.org",
        subject="sending a pt your way",
        body=(
            "Heads up - sending Franklin Osei (DOB 09/30/1961) to your ED now by his wife's "
            "car, ~20 min out. Video visit for 2 hrs substernal chest pressure, diaphoretic, "
            "hx HTN and DM2, took 325 ASA at 1:40pm. Declined EMS. He has no cardiac hx on "
            "file with us. Call me 610-555-0124 if questions.\n\nSam Achebe, MD\n"
        ),
    ),
    Spec(
        phi=True,
        category="rx_email_phone_only",
        notes="Hard positive: an e-prescribing failure note to a pharmacy identifies the "
        "patient only by her phone number, with sertraline dose.",
        frm="Rebecca Ilunga PA-C <rilunga@brightpathtele.com>",
        to="rx@lehighvalleypharmacy.com",
        subject="erx failed - can u call",
        body=(
            "Hi - our eRx to you keeps failing. Pt at 610-555-0144 needs sertraline 50 mg "
            "daily, #30, 2 refills. Please call me at 610-555-0191 for a verbal. Thanks, "
            "Rebecca Ilunga PA-C\n"
        ),
    ),
    Spec(
        phi=True,
        category="lab_order_hl7",
        notes="HL7 ORM lab order for a rapid strep test: name, DOB, address, phone and "
        "pharyngitis code.",
        frm="BrightPath Interfaces <interfaces@brightpathtele.com>",
        to="orders-support@labco-east.com",
        subject="order not acknowledged BPT77120",
        body="This order got no ACK from your side. Message attached.\n",
        atts=(Att("BPT77120.hl7", "application/hl7-v2", _ORM),),
    ),
    Spec(
        phi=True,
        category="school_excuse_note",
        notes="Hard positive: school excuse note with no diagnosis; the named child being "
        "seen by a clinician is the health information.",
        frm="BrightPath Care Team <care@brightpathtele.com>",
        to="pike.family@gmail.com",
        subject="School note",
        body="Hello, the school note you requested is attached.\n",
        atts=(Att("school_note.docx", DOCX, _SCHOOL_NOTE),),
    ),
    Spec(
        phi=True,
        category="session_recording_initials",
        notes="Hard positive: initials plus DOB and a psychiatric intake recording link sent "
        "to a transcription vendor.",
        frm="Dr. Oluwaseun Nwosu <onwosu@brightpathtele.com>",
        to="jobs@medscribe-transcription.com",
        subject="transcription job",
        body=(
            "Please transcribe the psych intake for M.R. (DOB 7/2/2001) recorded 11/16, "
            "link below expires in 48h. Verbatim for the MSE and safety assessment parts "
            "please.\n\nhttps://files.brightpathtele.com/s/r8Kq2Z0w\n\nON\n"
        ),
    ),
    Spec(
        phi=True,
        category="video_vendor_ip_troubleshoot",
        notes="Hard positive: video-platform bug report with a patient's email address and "
        "IP address tied to a tele-psychiatry follow-up.",
        frm="Raj Mehta <rmehta@brightpathtele.com>",
        to="support@vidstreamhealth.io",
        subject="dropped calls from one client",
        body=(
            "Hi,\n\nSame patient has dropped 3 times in 10 min on her tele-psych "
            "follow-ups (11/16, 11/17). Patient account: jlaurent.art@hotmail.com, "
            "client IP 73.22.118.40, Chrome 131 on Windows. Room ids in your logs "
            "should match those dates. Can you pull the TURN logs?\n\n"
            "Raj Mehta\nPlatform Engineer, BrightPath\n"
        ),
    ),
    Spec(
        phi=True,
        category="chargeback_dispute_processor",
        notes="Hard positive: a card chargeback response names the cardholder and his "
        "urgent care video visit; payment for care.",
        frm="BrightPath Billing <billing@brightpathtele.com>",
        to="disputes@paystreamprocessing.com",
        subject="Dispute CB-2026-118839 response",
        body=(
            "Re dispute CB-2026-118839: cardholder Evan Marsh was charged $79.00 on 11/14 "
            "for a completed urgent care video visit (visit id V-2611-40188, 22 minutes, "
            "seen for ear pain). Visit record and his signed consent are available on "
            "request. We ask that the dispute be reversed.\n\nBrightPath Billing\n"
        ),
    ),
    Spec(
        phi=True,
        category="safety_plan_parent",
        notes="Safety plan for a teenager with suicidal thoughts sent to the mother's yahoo "
        "account.",
        frm="Alicia Ferrante LCSW <aferrante@brightpathtele.com>",
        to="dana.whitlow@yahoo.com",
        subject="Lucas's safety plan",
        body=(
            "Hi Dana,\n\nAs we discussed at the end of Lucas's session, here is the safety "
            "plan he and I made. Please keep the medicine cabinet locked and remove the "
            "extra sertraline from his room.\n\n1. Warning signs: staying in his room, "
            "giving away games\n2. Coping: music, walking the dog\n3. People: you, "
            "Coach Reyes\n4. Crisis: call or text 988\n\nNext session Monday 4 PM.\n\n"
            "Alicia Ferrante, LCSW\n"
        ),
    ),
    Spec(
        phi=True,
        category="ehr_message_notification_html",
        notes="HTML-only EHR notification to a contractor clinician's own practice domain: "
        "patient name and lamotrigine side effects in the preview.",
        frm="BrightPath EHR <noreply@brightpathtele.com>",
        to="dr.yamamoto@yamamotopsychiatry.com",
        subject="New patient message",
        body="",
        html=(
            "<html><body><p>You have a new message in BrightPath Clinician.</p>"
            '<p><b>From:</b> Tomasz Wierzbicki<br><b>Preview:</b> "Since going up to '
            '100 mg of lamotrigine I have a rash on my chest, should I stop?"</p>'
            "<p><a href='https://clinician.brightpathtele.com/inbox'>Open inbox</a></p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="contractor_invoice_dispute",
        notes="Hard positive: looks like accounts payable; the two-sheet invoice workbook "
        "lists patient names with psychiatric visit types and dates.",
        frm="BrightPath Accounts Payable <ap@brightpathtele.com>",
        to="billing@yamamotopsychiatry.com",
        subject="October invoice - 2 lines disputed",
        body=(
            "Hi Dr. Yamamoto,\n\nWe've approved the October invoice except the 2 lines on "
            "the 'Disputed lines' tab. Please send a corrected invoice.\n\nAP Team\n"
        ),
        atts=(Att("Yamamoto_Oct2026_reviewed.xlsx", XLSX, _INVOICE),),
    ),
    Spec(
        phi=True,
        category="noshow_list_marketing_vendor",
        notes="Hard positive: no-show list CSV to a marketing agency for re-engagement, with "
        "names, emails and a 'behavioral' service line column.",
        frm="Growth Team <growth@brightpathtele.com>",
        to="accounts@pulseengage-marketing.com",
        subject="re-engagement audience for Dec",
        body=(
            "Here's the Oct-Nov no-show audience for the December win-back emails. Use "
            "template C for the behavioral rows.\n"
        ),
        atts=(
            Att(
                "noshow_audience_dec.csv",
                "text/csv",
                "first_name,last_name,email,service_line,last_missed\n"
                "Kayla,Brunner,kbrunner22@icloud.com,behavioral,2026-11-17\n"
                "Devon,Ashcroft,dashcroft@gmail.com,behavioral,2026-11-02\n"
                "Priscilla,Tan,ptan.home@yahoo.com,urgent_care,2026-10-29\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="after_visit_summary_rtf",
        notes="RTF after-visit summary to a patient's hotmail: name, DOB, cystitis and "
        "nitrofurantoin.",
        frm="BrightPath Care Team <care@brightpathtele.com>",
        to="celeste.ab@hotmail.com",
        subject="After Visit Summary - 11/17",
        body="Your after visit summary is attached.\n",
        atts=(Att("AVS_20261117.rtf", "application/rtf", _RTF_AVS),),
    ),
    Spec(
        phi=True,
        category="ccda_progress_note_pcp",
        notes="C-CDA progress note to the patient's PCP: name, DOB, phone, sinusitis and "
        "hypertension.",
        frm="BrightPath Records <records@brightpathtele.com>",
        to="inbox@valleyfamilypractice.com",
        subject="Visit note for your patient (BrightPath)",
        body="Patient requested we share the attached visit note with your office.\n",
        atts=(Att("BPT-00419827_20261116.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="reportable_disease_address",
        notes="Hard positive: reportable-disease notice identifies a child only by age and "
        "home address, with suspected pertussis.",
        frm="Rebecca Ilunga PA-C <rilunga@brightpathtele.com>",
        to="epi@berkscountyhealth.org",
        subject="suspected pertussis - report",
        body=(
            "Reporting a suspected pertussis case from a video visit today:\n\n"
            "14 y/o male, 2290 Elm St, Reading PA 19606\n"
            "Paroxysmal cough x 12 days with post-tussive emesis, unvaccinated per parent. "
            "Referred for PCR at Tower Health urgent care tomorrow. Azithromycin started.\n"
            "Household: 2 younger siblings.\n\nRebecca Ilunga, PA-C, 610-555-0191\n"
        ),
    ),
    Spec(
        phi=True,
        category="refund_visit_id_reply",
        notes="Hard positive: short reply asking for a refund; a visit ID and 'the panic "
        "attack visit' plus the quoted patient email identify her.",
        frm="Marcy Quinlan <mquinlan@brightpathtele.com>",
        to="refunds@paystreamprocessing.com",
        subject="RE: refund V-2611-39021",
        body=(
            "pls refund V-2611-39021 in full ($79) - that's the panic attack visit where "
            "the clinician dropped off after 2 min, her complaint is below\n\nMarcy\n\n"
            "> From: Hannah Lindgren <hlindgren.rn@gmail.com>\n"
            "> I had a panic attack Sunday night and waited 40 minutes for the doctor, who "
            "disconnected after 2 minutes. I want my money back.\n"
        ),
    ),
    Spec(
        phi=False,
        category="clinician_license_roster",
        notes="Hard negative: three-sheet workbook of clinicians' NPIs and state licence "
        "numbers for a credentialing verification vendor.",
        frm="Clinician Operations <clinops@brightpathtele.com>",
        to="verify@credentialstream.com",
        subject="Monthly license verification batch",
        body="November batch attached - 3 states this month. NPI: 1681965756 is the new one.\n",
        atts=(Att("BPT_licenses_Nov.xlsx", XLSX, _LICENSES),),
    ),
    Spec(
        phi=False,
        category="malpractice_coi",
        notes="Certificate of insurance PDF for a payer's credentialing file.",
        frm="Clinician Operations <clinops@brightpathtele.com>",
        to="credentialing@keystonehp.com",
        subject="BrightPath COI 2027",
        body="Updated COI for 2027 attached for the group credentialing file.\n",
        atts=(Att("BrightPath_COI_2027.pdf", "application/pdf", _COI),),
    ),
    Spec(
        phi=False,
        category="contractor_shift_schedule",
        notes="Contractor shift schedule across states.",
        frm="Scheduling <scheduling@brightpathtele.com>",
        to="dr.yamamoto@yamamotopsychiatry.com",
        subject="December shifts - please confirm",
        body=(
            "Dr. Yamamoto, your December psych blocks:\n"
            "  Mon 12/7, 12/14, 12/21  1-5 PM ET (PA/NJ queue)\n"
            "  Thu 12/10, 12/17        6-9 PM ET (NY queue)\n"
            "Confirm by 11/25 or they go back to the pool.\n"
        ),
    ),
    Spec(
        phi=False,
        category="outage_postmortem",
        notes="Hard negative: outage postmortem with visit counts, time window, server IP "
        "addresses and error codes; no patient.",
        frm="Raj Mehta <rmehta@brightpathtele.com>",
        to="support@vidstreamhealth.io",
        cc="cto@brightpathtele.com",
        subject="Postmortem: 11/12 video outage",
        body=(
            "Summary: between 14:10 and 14:55 ET on 11/12, 1,432 visits failed to connect "
            "(urgent care 1,101, psychiatry 331). Root cause: expired TLS cert on TURN node "
            "10.40.2.17; failover node 10.40.2.18 was drained for maintenance.\n\n"
            "Action items: cert expiry alerting (owner: Raj), no simultaneous drains "
            "(owner: VidStream).\n"
        ),
    ),
    Spec(
        phi=False,
        category="clinical_protocol_docx",
        notes="Hard negative: UTI treatment protocol DOCX with drug names, doses and ICD-10 "
        "codes, sent to a contractor.",
        frm="Dr. Samuel Achebe <sachebe@brightpathtele.com>",
        to="dr.yamamoto@yamamotopsychiatry.com",
        cc="rilunga@brightpathtele.com",
        subject="CP-07 update",
        body=(
            "FYI all clinicians - CP-07 updated (fosfomycin added, CrCl cutoff). Psych "
            "folks only need this if you pick up UC shifts.\n\nSam\nMedical Director\n"
        ),
        atts=(Att("CP-07_uncomplicated_cystitis_v3.docx", DOCX, _UTI_PROTOCOL),),
    ),
    Spec(
        phi=False,
        category="support_macro_templates",
        notes="Hard negative: support macro text file with {{patient_name}} merge fields and "
        "sample wording about appointments and prescriptions.",
        frm="BrightPath Support <support@brightpathtele.com>",
        to="team@outsourcedsupportco.com",
        subject="new macros for your agents",
        body="New macros attached, live Monday. Don't edit the merge fields.\n",
        atts=(
            Att(
                "macros_v12.txt",
                "text/plain",
                "M-07 Missed appointment\nHi {{patient_first_name}}, we're sorry we missed "
                "you for your {{visit_type}} visit on {{visit_date}}. Rebook at {{link}}.\n\n"
                "M-12 Prescription not at pharmacy\nHi {{patient_first_name}}, your clinician "
                "sent your prescription to {{pharmacy_name}}. Call them at "
                "{{pharmacy_phone}}.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="mental_health_newsletter",
        notes="Hard negative: general mental-health newsletter to the whole subscriber list "
        "about seasonal depression; no individual, no segmentation.",
        frm="BrightPath Telehealth <news@brightpathtele.com>",
        to="subscribers@lists.brightpathtele.com",
        subject="Shorter days, heavier mood? You're not alone",
        body="",
        html=(
            "<html><body><h2>Seasonal depression is common</h2><p>About 5% of US adults "
            "have seasonal affective disorder. Light therapy, talk therapy and sometimes "
            "medication help.</p><p>Our psychiatrists and therapists see patients in 14 "
            "states, often within 48 hours.</p><p>If you are in crisis call or text 988."
            "</p><p><a href='https://brightpathtele.com/unsubscribe'>Unsubscribe</a></p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="clinician_offer_letter",
        notes="Offer letter to a clinician candidate's personal email.",
        frm="BrightPath Talent <talent@brightpathtele.com>",
        to="m.castellano.np@gmail.com",
        subject="Offer - Psychiatric Nurse Practitioner (1099)",
        body=(
            "Hi Miriam,\n\nWe're excited to offer you a contract PMHNP role: $115/hr, "
            "minimum 16 hrs/week, PA and NJ licenses required (we reimburse NY). Please "
            "sign by 11/30.\n\nBest,\nTalent Team\n"
        ),
        atts=(Att("BPT_logo.png", "image/png", png(10, 4, (0, 150, 136))),),
    ),
    Spec(
        phi=False,
        category="clinician_own_illness_reassign",
        notes="Hard negative: a clinician's own flu absence and a request to reassign her "
        "psychiatry follow-ups; no patient named.",
        frm="Scheduling <scheduling@brightpathtele.com>",
        to="dr.yamamoto@yamamotopsychiatry.com",
        subject="can you pick up 2-6 today?",
        body=(
            "Dr. Nwosu is out sick with the flu today. Can you take her 2-6 PM psych "
            "follow-ups (8 visits, all med mgmt)? They'll be moved to your queue if you "
            "say yes.\n"
        ),
    ),
    Spec(
        phi=False,
        category="board_deck_metrics",
        notes="Two-sheet board workbook of visit volumes and quality rates.",
        frm="Finance <finance@brightpathtele.com>",
        to="board@brightpathtele-investors.com",
        subject="Board pack data - Nov meeting",
        body="Data tabs for the deck attached.\n",
        atts=(Att("board_data_Nov2026.xlsx", XLSX, _BOARD),),
    ),
    Spec(
        phi=False,
        category="security_questionnaire",
        notes="Vendor security questionnaire answers for a health plan partner.",
        frm="Security <security@brightpathtele.com>",
        to="vendorrisk@keystonehp.com",
        subject="SIG Lite responses",
        body=(
            "Attached answers summary:\n- Encryption at rest AES-256, TLS 1.2+ in transit\n"
            "- SOC 2 Type II (report under NDA)\n- MFA for all workforce\n"
            "- Breach notification within 24 h of discovery\n"
        ),
    ),
    Spec(
        phi=False,
        category="pharmacy_partner_list",
        notes="List of partner pharmacies with phone numbers.",
        frm="Clinician Operations <clinops@brightpathtele.com>",
        to="team@outsourcedsupportco.com",
        subject="pharmacies that accept our fax Rx",
        body="For your agents:\n",
        atts=(
            Att(
                "fax_rx_pharmacies.csv",
                "text/csv",
                "pharmacy,city,phone,fax\nLehigh Valley Pharmacy,Allentown,610-555-0160,"
                "610-555-0161\nRiverside Drug,Reading,610-555-0170,610-555-0171\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="deidentified_qa_audit",
        notes="Hard negative: chart audit summary using sample numbers, age bands and PHQ-9 "
        "scores; explicitly de-identified.",
        frm="Quality <quality@brightpathtele.com>",
        to="reviewer@peerreviewassoc.com",
        subject="Q3 psych chart audit - findings",
        body=(
            "Findings from the 20-chart sample (de-identified; sample numbers are audit "
            "sequence only, not MRNs):\n\n"
            "  #04  30-39  PHQ-9 14  safety plan missing\n"
            "  #11  18-24  PHQ-9 21  C-SSRS done, no follow-up within 7 days\n"
            "  #17  40-49  GAD-7 12  benzodiazepine without PDMP check\n\n"
            "Overall: 17/20 compliant.\n"
        ),
    ),
    Spec(
        phi=False,
        category="sales_demo_fictional_patient",
        notes="Hard negative: sales demo script for an employer prospect with an obviously "
        "fictional demo patient and visit.",
        frm="Jared Pollock <jpollock@brightpathtele.com>",
        to="hr@lancasterlogistics.com",
        subject="demo recap + sandbox login",
        body=(
            "Thanks for the time today! Recap of the demo flow in the sandbox:\n\n"
            "1. 'Alex Demo' (sandbox user) books a UTI visit at 2:05\n"
            "2. Clinician joins at 2:11, Rx goes to the demo pharmacy\n"
            "3. Employer dashboard shows only aggregate usage - never names or reasons\n\n"
            "Sandbox login: lancaster-demo / sent separately.\n\nJared\n"
        ),
    ),
    Spec(
        phi=False,
        category="blank_consent_rtf",
        notes="Hard negative: blank telehealth consent template in RTF with patient-name and "
        "DOB blanks, sent to a translation vendor.",
        frm="Compliance <compliance@brightpathtele.com>",
        to="projects@lingowavetranslation.com",
        subject="translation request - consent v4",
        body="Please translate into Spanish, Vietnamese and Arabic. Due 12/4.\n",
        atts=(Att("consent_template_v4.rtf", "application/rtf", _CONSENT_RTF),),
    ),
    Spec(
        phi=False,
        category="forwarded_vendor_contract",
        notes="Forward of a vendor renewal email (message/rfc822) to outside counsel.",
        frm="Legal <legal@brightpathtele.com>",
        to="tkoenig@koenigcounsel.com",
        subject="FW: VidStream renewal terms",
        body="Tom - see their renewal below, the auto-renew clause is new. Thoughts?\n",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="VidStream Sales <sales@vidstreamhealth.io>",
            to="legal@brightpathtele.com",
            subject="VidStream renewal terms",
            body=(
                "Renewal: 3 years, $0.21 per visit-minute, auto-renews for 1 year unless "
                "cancelled 120 days before term end. BAA unchanged.\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ooo_clinician",
        notes="Clinician out-of-office auto-reply without quoted content.",
        frm="Dr. Samuel Achebe <sachebe@brightpathtele.com>",
        to="cmarsh@pinnaclecardiology.com",
        subject="Automatic reply: grand rounds",
        body=(
            "I'm off until 11/23. For clinical questions contact clinops@brightpathtele.com "
            "or 610-555-0100.\n"
        ),
    ),
    Spec(
        phi=False,
        category="nested_it_ticket_forward",
        notes="Twice-nested forward (message/rfc822 inside message/rfc822) of an IT ticket "
        "about a laptop VPN client.",
        frm="Raj Mehta <rmehta@brightpathtele.com>",
        to="helpdesk@managedit-partners.com",
        subject="FW: FW: VPN client crash",
        body="Escalating again, 3rd clinician this week. Logs on the ticket.\n",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Dr. Oluwaseun Nwosu <onwosu@brightpathtele.com>",
            to="rmehta@brightpathtele.com",
            subject="FW: VPN client crash",
            body="Still happening after the update. Mac, Sonoma 14.6.\n",
            forward=Spec(
                phi=False,
                category="inner",
                notes="inner",
                frm="IT Helpdesk <helpdesk@managedit-partners.com>",
                to="onwosu@brightpathtele.com",
                subject="VPN client crash",
                body="Ticket IT-22041 opened: GlobalConnect 6.2 crashes on wake from sleep.\n",
            ),
        ),
    ),
]
