"""Outbound mail of Northstar Independent Review Board, a central IRB (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nNorthstar Independent Review Board\n220 Summit Avenue, Suite 12, St. Paul MN 55102\nTel (651) 555-0110 | www.northstarirb.org"
FOOT = "\n\nThis communication is intended for the addressee. If received in error, notify the sender and delete it."

MESSAGES = [
    Spec(
        phi=False,
        category="initial approval letter for protocol",
        notes="Hard negative: approval letter lists the disease, drug and inclusion criteria but no participant.",
        frm="Northstar IRB Determinations <determinations@northstarirb.org>",
        to="regulatory@meridiantrialsites.com",
        subject="Approval - NS-26-0419 - MIG-118 intranasal CGRP antagonist in chronic migraine",
        body="Dear Dr. Amari,\n\nOn March 12, 2026 the Board approved the above protocol (v3.0), the adult ICF (v2.1) and the recruitment flyer for Meridian Trial Sites, Columbus. Approval period: through March 11, 2027. Risk level: greater than minimal.\n\nApproved letter attached."
        + SIG,
        atts=(
            Att(
                "NS-26-0419_approval.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR INDEPENDENT REVIEW BOARD",
                        "Determination: APPROVED",
                        "Protocol MIG-118 v3.0 | Site: Meridian Trial Sites, Columbus",
                        "PI: Imani Amari, MD (NPI: 1287456036)",
                        "Approval period 03/12/2026 - 03/11/2027",
                    ],
                    "Approval letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply to participant complaint",
        notes="IRB reply to participant's personal email confirming her complaint about her study in a bipolar disorder trial.",
        frm="Participant Advocate <advocate@northstarirb.org>",
        to="wren.castellanos@gmail.com",
        subject="Your call to the Northstar IRB hotline",
        body=(
            "Dear Ms. Castellanos,\n\nThank you for calling on March 16. I have recorded your concern that study staff at the Dayton site increased your study medication "
            "in the bipolar disorder study BPD-902 without discussing it with you and that your lithium level was not checked. The Board will review this with the investigator "
            "within 10 business days. You may withdraw at any time without penalty to your regular care.\n\nOlivia Granger, Participant Advocate"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="complaint forwarded to site investigator",
        notes="Hard positive: forwards the participant's own hotline email naming her and her lithium dosing to the site.",
        frm="Participant Advocate <advocate@northstarirb.org>",
        to="dayton.research@meridiantrialsites.com",
        subject="Fwd: hotline message - please respond by 3/27",
        body="Dr. Sorensen,\n\nPlease review the participant message below and send the Board a written response by March 27. Do not contact the participant about the complaint until we have spoken.\n\nOlivia"
        + SIG,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Wren Castellanos <wren.castellanos@gmail.com>",
            to="advocate@northstarirb.org",
            subject="complaint about my study",
            body="I am in the BPD-902 study in Dayton. At my last visit they raised my pill to 3 a day and nobody checked my lithium level even though I felt shaky. I want someone to look at this. Wren Castellanos, 937-555-0149",
        ),
    ),
    Spec(
        phi=False,
        category="continuing review reminder",
        notes="Administrative reminder that a study's approval expires; no participant.",
        frm="Northstar IRB Renewals <renewals@northstarirb.org>",
        to="regulatory@meridiantrialsites.com",
        subject="Continuing review due in 45 days - NS-25-0077",
        body="Approval for NS-25-0077 (PSO-2207) expires May 1, 2026. Please submit the continuing review form with current enrolment totals, a summary of adverse events and any new literature by April 10."
        + SIG,
    ),
    Spec(
        phi=True,
        category="single-patient expanded access approval",
        notes="Approval letter for emergency expanded access names the patient and her refractory condition.",
        frm="Northstar IRB Chair <chair@northstarirb.org>",
        to="oncology.research@stlukeshealthmn.org",
        subject="Concurrence - emergency use - patient Genevieve Hartshorn",
        body="Dr. Lindgren,\n\nThe chair concurs with the emergency single-patient use of KST-441 for Genevieve Hartshorn (DOB 11/02/1962), who has relapsed refractory diffuse large B-cell lymphoma after CAR-T. Please report to the convened Board within 5 working days and obtain consent from the patient or her husband Martin as her LAR.\n\nDr. Henrik Vossberg, IRB Chair"
        + SIG,
    ),
    Spec(
        phi=False,
        category="board meeting agenda to members",
        notes="Hard negative: agenda lists protocols with diseases and drug names; no participant.",
        frm="Board Coordinator <board@northstarirb.org>",
        to="panel-b@northstarirb.org",
        subject="Panel B agenda - March 19",
        body="Agenda attached. Items: 4 initial reviews (NSCLC, lupus nephritis, opioid use disorder, pediatric asthma), 2 amendments, 1 unanticipated problem. Materials in IRBManager."
        + SIG,
        atts=(
            Att(
                "panelB_agenda_0319.docx",
                DOCX,
                docx(
                    [
                        "Panel B - March 19, 2026 - 09:00 CT",
                        "1. NS-26-0431 KC-ONC-2091 pembrolizumab combination in NSCLC (initial)",
                        "2. NS-26-0433 LUP-330 anifrolumab-like in lupus nephritis (initial)",
                        "3. NS-26-0440 OUD-4412 depot buprenorphine (initial)",
                        "4. NS-26-0442 pediatric asthma inhaler (initial)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IRB roster to FDA inspector",
        notes="Hard negative: board member roster with degrees and affiliations; members are workforce, not patients.",
        frm="Quality Assurance <qa@northstarirb.org>",
        to="orabi.inspections@fda.hhs.gov",
        subject="Requested: current IRB membership roster",
        body="As requested during the inspection, the current roster is attached (two sheets: panels and alternates)."
        + SIG,
        atts=(
            Att(
                "NIRB_roster_2026Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Panels": [
                            ["Name", "Degree", "Role", "Panel"],
                            ["Henrik Vossberg", "MD", "Chair, oncologist", "A"],
                            ["Ruth Adeyemi", "PharmD", "Scientist", "B"],
                            ["Tom Kettleson", "BA", "Non-scientist, unaffiliated", "B"],
                        ],
                        "Alternates": [
                            ["Name", "Degree", "Alternate for"],
                            ["Lena Sorvik", "RN", "Ruth Adeyemi"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="unanticipated problem acknowledgment naming participant",
        notes="Hard positive: acknowledgment quotes the site's report including participant name and suicide attempt.",
        frm="Northstar IRB Determinations <determinations@northstarirb.org>",
        to="dayton.research@meridiantrialsites.com",
        subject="UP determination - NS-25-0101",
        body="Dear Dr. Sorensen,\n\nThe Board reviewed your report of March 10 regarding participant Caleb Mortimer (subject 201-014), who was hospitalised at Miami Valley after an intentional overdose on study day 36. The Board determined this is an unanticipated problem involving risks to participants; the sponsor must add C-SSRS at every visit. Re-consent required.\n\n"
        + "Determination letter attached."
        + SIG,
        atts=(
            Att(
                "UP_NS-25-0101.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR INDEPENDENT REVIEW BOARD",
                        "Unanticipated problem determination",
                        "Participant: Caleb Mortimer (201-014)",
                        "Event: intentional overdose, hospitalised 03/08/2026",
                    ],
                    "UP determination",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="unanticipated problem determination without identifiers",
        notes="Hard negative: determination describes an event by study day and coded subject only, no name, no dates.",
        frm="Northstar IRB Determinations <determinations@northstarirb.org>",
        to="safety@kestrelclinical.com",
        subject="Determination - IND safety report KST-441 (not a UP)",
        body="The Board reviewed the IND safety report describing a case of grade 4 cytokine release syndrome in a participant in his 50s at a non-Northstar site, study day 9. The event is listed in the IB; the Board determined it is not an unanticipated problem. No action required."
        + SIG,
    ),
    Spec(
        phi=True,
        category="HIPAA authorization deficiency for a named subject",
        notes="Letter noting a named participant signed a consent missing the HIPAA authorization, in an HIV study.",
        frm="Northstar IRB Compliance <compliance@northstarirb.org>",
        to="regulatory@meridiantrialsites.com",
        subject="Noncompliance finding - site 102",
        body="During review of the monitoring report for PREP-LA-07, we found that participant Dorian Achebe (102-031) signed ICF v1.0 without the HIPAA authorization addendum on 03/12/2026. Please re-consent him at his next visit and do not use his data collected since enrolment until he signs."
        + SIG,
    ),
    Spec(
        phi=False,
        category="reliance agreement to university",
        notes="Institutional reliance agreement paperwork; no health information about anyone.",
        frm="Reliance Desk <reliance@northstarirb.org>",
        to="irb@ohiovalleyuniv.edu",
        subject="IAA for NS-26-0433 - signature needed",
        body="Attached is the institutional authorization agreement for LUP-330. Please sign page 3 and return; local context review items are in section 4."
        + SIG,
        atts=(
            Att(
                "IAA_NS-26-0433.docx",
                DOCX,
                docx(
                    [
                        "Institutional Authorization Agreement",
                        "Reviewing IRB: Northstar Independent Review Board (IORG0009918)",
                        "Relying institution: Ohio Valley University",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="invoice to sponsor for review fees",
        notes="Review fee invoice; numbers are invoice and PO references.",
        frm="Accounts Receivable <ar@northstarirb.org>",
        to="ap@kestrelclinical.com",
        subject="Invoice NIRB-26-03318",
        body="Invoice NIRB-26-03318: initial review NS-26-0431 $3,450; site additions (3) $2,100; total $5,550. Net 30."
        + SIG,
    ),
    Spec(
        phi=True,
        category="participant re-consent letter mailed by IRB",
        notes="HTML-only letter to participant's hotmail naming her and new suicidal-ideation risk in her depression study.",
        frm="Northstar IRB <noreply@northstarirb.org>",
        to="amara.lindholm@hotmail.com",
        subject="Important new information about your research study",
        html="<html><body><p>Dear Amara Lindholm,</p><p>You are taking part in study MDD-515 of an investigational treatment for depression at Meridian Trial Sites. New information shows some participants had worsening suicidal thoughts. Please contact your study doctor to review the updated consent form. If you are in crisis call 988.</p><p>Northstar IRB</p></body></html>",
        body="",
    ),
    Spec(
        phi=False,
        category="HTML webinar invitation on single IRB",
        notes="HTML-only marketing webinar invite to research sites; no individual.",
        frm="Northstar Events <events@northstarirb.org>",
        to="research-admins@lists.ohiovalleyuniv.edu",
        subject="Webinar: making single IRB work for oncology sites",
        html="<html><body><h2>Single IRB for oncology sites</h2><p>April 9, 1 pm CT. Topics: local context, ancillary reviews, emergency use.</p><p><a href='https://northstarirb.org/events'>Register</a></p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="emergency use follow-up with outcome",
        notes="Hard positive: terse reply naming Mrs. Hartshorn with her death date and hospital unit after emergency use.",
        frm="Henrik Vossberg <h.vossberg@northstarirb.org>",
        to="oncology.research@stlukeshealthmn.org",
        subject="Re: 5-day report",
        body="Thanks. Noted that Mrs. Hartshorn died 3/15 on 6 West; please send the final report with the autopsy findings if the family consents. HV",
    ),
    Spec(
        phi=False,
        category="policy document with example fields",
        notes="Hard negative: SOP on data in submissions using placeholder field names only.",
        frm="Quality Assurance <qa@northstarirb.org>",
        to="regulatory@meridiantrialsites.com",
        subject="Updated SOP 14: identifiers in submissions",
        body="SOP 14 rev. E is attached. Key change: do not upload documents showing Name, MRN, DOB, SSN or home address fields; use the subject ID only. Example redaction: 'Patient: ████ MRN: ████'."
        + SIG,
        atts=(
            Att(
                "SOP14_revE.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR INDEPENDENT REVIEW BOARD - SOP 14 rev. E",
                        "Identifiers in submissions",
                        "Redact: Name, MRN, DOB, SSN, address, phone, email, photo.",
                        "Example field list for checklists only - no real data.",
                    ],
                    "SOP 14",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="translated consent request naming participant",
        notes="Hard positive: request to translator includes participant name, language and that she has sickle cell disease.",
        frm="Consent Unit <consent@northstarirb.org>",
        to="projects@lingualinktranslations.com",
        subject="Rush short form - Somali",
        body="Hi Mara,\n\nWe need the Somali short form and a witness statement for a participant at St. Luke's, Hodan Warsame, being enrolled tomorrow in the sickle cell gene therapy study SCD-GT-3. Please send by 5 pm CT.\n\nThanks"
        + SIG,
    ),
    Spec(
        phi=False,
        category="translation order without participant",
        notes="Translation order for consent documents of a study; no individual.",
        frm="Consent Unit <consent@northstarirb.org>",
        to="projects@lingualinktranslations.com",
        subject="PO 2026-118: Spanish and Vietnamese ICF v2.1",
        body="Please translate the attached MIG-118 ICF v2.1 into Spanish and Vietnamese with certification. Zip contains ICF and glossary."
        + SIG,
        atts=(
            Att(
                "MIG-118_ICF_v2.1_package.zip",
                "application/zip",
                zipped(
                    {
                        "ICF_v2.1.txt": "You are being asked to take part in a research study of an investigational nasal spray for migraine...",
                        "glossary.csv": "term,preferred\nmigraine day,dia con migrana\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="audit sample list sent to external auditor",
        notes="Hard positive: zip of audit sample with participant names, MRNs and study arms sent to contract auditor.",
        frm="Quality Assurance <qa@northstarirb.org>",
        to="team@summitgcpaudit.com",
        subject="For-cause audit sample - Dayton",
        body="As discussed, the Dayton site's enrolment log sample for your for-cause audit is attached."
        + SIG,
        atts=(
            Att(
                "dayton_sample.zip",
                "application/zip",
                zipped(
                    {
                        "sample.csv": "subject,name,mrn,study\n201-009,Priscilla Ambrose,MVH-0082271,BPD-902\n201-014,Caleb Mortimer,MVH-0091345,BPD-902\n201-020,Jonah Ferrante,MVH-0093310,BPD-902\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="member continuing education materials",
        notes="Hard negative: case study for board training uses a fictional participant explicitly labelled as such.",
        frm="Education <education@northstarirb.org>",
        to="all-members@northstarirb.org",
        subject="March CE case: deception in behavioural research",
        body="This month's case (fictional): 'Participant J. Doe, 34, enrolled in a smoking-cessation study, discovers she was assigned to a placebo patch...' Discussion questions in the attached handout. 1 CE credit."
        + SIG,
        atts=(
            Att(
                "CE_case_march.txt",
                "text/plain",
                "FICTIONAL TRAINING CASE - not a real participant\nJ. Doe, 34, smoking-cessation study...\nQ1: Was the deception justified?\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject injury compensation letter to insurer",
        notes="Letter to sponsor's insurer naming an injured participant with treatment costs.",
        frm="Northstar IRB Compliance <compliance@northstarirb.org>",
        to="claims@clinicaltrialinsure.com",
        subject="Research injury claim - LUP-330 - Orrell",
        body="Re: Tamsin Orrell, LUP-330. The Board was informed that Ms. Orrell developed an infusion reaction requiring an ED visit on 03/03/2026 (billed $2,870). Per the ICF, the sponsor covers treatment of research injuries. Please confirm coverage to the site."
        + SIG,
    ),
    Spec(
        phi=False,
        category="IRB fee schedule",
        notes="Fee schedule sent to a prospective client.",
        frm="Business Development <bd@northstarirb.org>",
        to="clinops@nordlandbiotech.com",
        subject="Northstar 2026 fee schedule",
        body="Fee schedule attached (two tabs: commercial and academic)." + SIG,
        atts=(
            Att(
                "NIRB_fees_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Commercial": [
                            ["Item", "Fee USD"],
                            ["Initial protocol review", 3450],
                            ["Site addition", 700],
                            ["Continuing review", 1500],
                        ],
                        "Academic": [
                            ["Item", "Fee USD"],
                            ["Initial protocol review", 1900],
                            ["Site addition", 400],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pregnancy report acknowledgment",
        notes="Hard positive: acknowledgment names a participant's partner and the pregnancy exposure.",
        frm="Northstar IRB Determinations <determinations@northstarirb.org>",
        to="regulatory@meridiantrialsites.com",
        subject="Ack - partner pregnancy report NS-26-0419",
        body="Acknowledged: the partner of participant Ezra Quillen, Ms. Sofia Quillen, is 8 weeks pregnant after his exposure to study drug. Please obtain her separate consent for pregnancy follow-up. No further Board action."
        + SIG,
    ),
    Spec(
        phi=False,
        category="exempt determination for survey study",
        notes="Exempt determination for an anonymous staff survey; no PHI.",
        frm="Northstar IRB Determinations <determinations@northstarirb.org>",
        to="research@ohiovalleyuniv.edu",
        subject="Exempt (category 2) - NS-26-0450",
        body="The anonymous online survey of research coordinators about burnout (NS-26-0450) is exempt under 45 CFR 46.104(d)(2). No continuing review."
        + SIG,
    ),
    Spec(
        phi=False,
        category="HIPAA waiver of authorization for chart review",
        notes="Hard negative: waiver determination lists PHI elements to be collected but no individual.",
        frm="Northstar IRB Determinations <determinations@northstarirb.org>",
        to="health.outcomes@kestrelclinical.com",
        subject="Partial waiver of HIPAA authorization - NS-26-0455 (chart review)",
        body="The privacy board granted a waiver of authorization for the retrospective review of 2019-2025 records of patients with IgA nephropathy. Approved elements: dates of service, ZIP3, age, labs, medications. Names, MRNs and full addresses may not leave the covered entity."
        + SIG,
    ),
    Spec(
        phi=True,
        category="PNG screenshot of eConsent portal",
        notes="Hard positive: screenshot filename carries the participant's name and study; body mentions only a portal bug.",
        frm="IRB Systems <systems@northstarirb.org>",
        to="support@consentcloudapp.com",
        subject="Ticket 88213 - signature page not rendering",
        body="Screenshot attached. The signature box is blank for this record in the OUD study.",
        atts=(
            Att(
                "econsent_Brandon_Tighe_OUD-4412_sigpage.png",
                "image/png",
                png(10, 6, (245, 245, 245)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="eConsent vendor security questionnaire",
        notes="Vendor security questionnaire exchange; no health information.",
        frm="IRB Systems <systems@northstarirb.org>",
        to="security@consentcloudapp.com",
        subject="SIG Lite follow-up questions",
        body="Two follow-ups: (1) Is data at rest encrypted with customer-managed keys? (2) Where are backups stored and for how long? We need this before renewing the BAA in June."
        + SIG,
    ),
    Spec(
        phi=True,
        category="board minutes excerpt with participant detail",
        notes="Minutes excerpt sent to site naming a participant and her HIV status disclosure incident.",
        frm="Board Coordinator <board@northstarirb.org>",
        to="regulatory@meridiantrialsites.com",
        subject="Minutes excerpt - Panel A 3/12 - item 6",
        body="Item 6: Breach report. A study coordinator left a voicemail at the workplace of participant Yolanda Pruitt disclosing her HIV PrEP study visit. The Board determined serious noncompliance; corrective action plan due 4/15."
        + SIG
        + FOOT,
    ),
    Spec(
        phi=False,
        category="minutes excerpt with aggregate data",
        notes="Hard negative: minutes excerpt quotes enrolment and SAE counts only.",
        frm="Board Coordinator <board@northstarirb.org>",
        to="startup@kestrelclinical.com",
        subject="Minutes excerpt - Panel B 3/5 - KC-DM-3310 continuing review",
        body="Approved for one year. Enrolment 212 of 400; 14 SAEs (3 related: 2 DKA, 1 genital infection requiring hospitalisation). No new risks."
        + SIG,
    ),
    Spec(
        phi=True,
        category="meeting invite to discuss participant",
        notes="Hard positive: the complaint about lithium monitoring and the participant (initial and surname) appear only in the invite title and subject.",
        frm="Participant Advocate <advocate@northstarirb.org>",
        to="dayton.research@meridiantrialsites.com",
        subject="Call re W. Castellanos complaint (lithium monitoring)",
        body="Invite for our call with Dr. Sorensen.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northstar IRB//Calls//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:nirb-call-castellanos@northstarirb.org\r\nDTSTART:20260320T160000Z\r\nDTEND:20260320T163000Z\r\nSUMMARY:W. Castellanos complaint - lithium level not checked (BPD-902)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="board meeting calendar invite",
        notes="Panel meeting invite; no participant.",
        frm="Board Coordinator <board@northstarirb.org>",
        to="panel-a@northstarirb.org",
        subject="Panel A - March 26",
        body="Panel A convened meeting.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northstar IRB//Board//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:panel-a-20260326@northstarirb.org\r\nDTSTART:20260326T140000Z\r\nDTEND:20260326T170000Z\r\nSUMMARY:Panel A convened meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="reply to parent about child's study",
        notes="Reply to mother's outlook mailbox about her son's paediatric epilepsy study and seizure increase.",
        frm="Participant Advocate <advocate@northstarirb.org>",
        to="kmarsh.family@outlook.com",
        subject="Re: Theo's study",
        body="Dear Mrs. Marsh,\n\nI understand Theo's seizures have increased since he started the study drug in the pediatric epilepsy trial, and that you would like to stop. You can withdraw him at any time; his neurologist can restart his levetiracetam. I have asked the site to call you today.\n\nOlivia Granger"
        + SIG,
    ),
    Spec(
        phi=False,
        category="press statement on accreditation",
        notes="Public press release; no health information.",
        frm="Communications <press@northstarirb.org>",
        to="newsdesk@startribune.example.com",
        subject="Northstar IRB re-accredited by AAHRPP",
        body="FOR IMMEDIATE RELEASE - Northstar Independent Review Board has been re-accredited for five years. Northstar oversees more than 900 active studies across 41 states."
        + SIG,
    ),
    Spec(
        phi=False,
        category="HR coverage notice naming employee",
        notes="Hard negative: staff coverage notice naming an employee who is out, with no health detail.",
        frm="Human Resources <hr@northstarirb.org>",
        to="staff@northstarirb.org",
        subject="Coverage while Dana Whitcomb is out",
        body="Dana Whitcomb will be out of the office until April 6. Please send reliance questions to Marcus Fell in the meantime."
        + SIG,
    ),
    Spec(
        phi=True,
        category="CSV export of hotline log to sponsor",
        notes="Hard positive: hotline log CSV with caller names, phones and complaint topics about study medications.",
        frm="Participant Advocate <advocate@northstarirb.org>",
        to="qa@kestrelclinical.com",
        subject="Q1 hotline log for your studies",
        body="Per the master services agreement, the Q1 hotline log for Kestrel-sponsored studies is attached."
        + SIG,
        atts=(
            Att(
                "hotline_q1.csv",
                "text/csv",
                "date,caller,phone,study,topic\n2026-01-22,Noor Haddad,612-555-0133,KC-DM-3310,genital yeast infection not reimbursed\n2026-02-14,Lyle Brandt,651-555-0156,KC-ONC-2091,nausea after chemo; wants to withdraw\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="hotline statistics summary",
        notes="Hard negative: hotline statistics by topic with counts only.",
        frm="Participant Advocate <advocate@northstarirb.org>",
        to="leadership@northstarirb.org",
        subject="Q1 hotline summary",
        body="Q1 calls: 46. Topics: payments 17, side effects 12, consent questions 9, privacy 5, other 3. Median response 2 days."
        + SIG,
    ),
    Spec(
        phi=True,
        category="regulator report of serious noncompliance",
        notes="Report to OHRP includes the participant's name and study of overdose event.",
        frm="Northstar IRB Compliance <compliance@northstarirb.org>",
        to="ohrp.compliance@hhs.gov",
        subject="Report of serious noncompliance - BPD-902 - Dayton site",
        body="Northstar reports serious noncompliance at Meridian Trial Sites, Dayton: participant Caleb Mortimer was enrolled despite an exclusionary suicide attempt in 2025, and was hospitalised after an overdose on 03/08/2026. Corrective actions are described in the attached letter."
        + SIG,
        atts=(
            Att(
                "OHRP_report_BPD-902.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR INDEPENDENT REVIEW BOARD",
                        "Report to OHRP - serious noncompliance",
                        "Participant: Caleb Mortimer (201-014) - enrolled in error",
                    ],
                    "OHRP report",
                ),
            ),
        ),
    ),
]
