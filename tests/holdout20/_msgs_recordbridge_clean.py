"""RecordBridge (release-of-information vendor for hospitals): messages without PHI."""

# ruff: noqa: E501  (hand-written mail text: long lines and Cyrillic are the data)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import RB, Att, Spec

ALYSSA = f"Alyssa Trombley <atrombley@{RB}>"
MARCUS = f"Marcus Oduya <moduya@{RB}>"
PRIVACY = f'"Fatima Rahimi, RHIA" <frahimi@{RB}>'
ROI = f"RecordBridge ROI Team <roi@{RB}>"
KENJI = f"Kenji Albrecht <kalbrecht@{RB}>"
OPS = f"Corinne Vasquez-Hale <cvasquezhale@{RB}>"
SALES = f"Brent Lockhart <blockhart@{RB}>"

FHIR_EXAMPLE = """{
  "resourceType": "Patient",
  "id": "example-rb-sandbox-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "text": {"status": "generated", "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\">SANDBOX EXAMPLE - not a real person</div>"},
  "identifier": [{"system": "https://sandbox.recordbridge.com/mrn", "value": "TEST-000001"}],
  "name": [{"family": "Sandbox", "given": ["Example"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01"
}
"""

MESSAGES = [
    Spec(
        phi=False,
        category="state copy-fee schedule update",
        notes="Per-page copy fee limits by state for staff; no patients.",
        frm=OPS,
        to=f"ROI Specialists <roi-staff@{RB}>",
        subject="2027 state fee caps - Nebraska, Kansas, Iowa",
        body=(
            "Team,\n\nUpdated fee caps effective 1/1/2027 (loaded into the billing engine on 12/28):\n\n"
            "  Nebraska: $20 search fee + $0.50/page, electronic copy max $30\n"
            "  Kansas: $14.50 basic + $0.55/page (1-100), $0.50/page thereafter\n"
            "  Iowa: reasonable cost-based; no search fee\n\n"
            "Patients requesting their own records: HIPAA cost-based fee or the flat $6.50 for electronic copies, "
            "whichever is lower. Never charge a search fee to patients.\n\nCorinne Vasquez-Hale\nDirector of Operations"
        ),
    ),
    Spec(
        phi=False,
        category="monthly volume report to hospital (aggregate)",
        notes="Hard negative: request counts by requester type and turnaround times for a hospital client; aggregates only.",
        frm=OPS,
        to="HIM Director <him.director@stbrendanhospital.org>",
        subject="St. Brendan ROI - October performance report",
        body="Attached is October's performance report. Turnaround improved to 4.8 business days average.\n\nCorinne",
        atts=(
            Att(
                "SBH_ROI_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volume": [
                            ["Requester", "Requests", "Pages", "Avg TAT (days)"],
                            ["Patient", 412, 18877, 2.9],
                            ["Attorney", 301, 51220, 6.1],
                            ["Insurer / APS", 188, 9304, 5.4],
                            ["Continuity of care", 96, 7011, 1.2],
                            ["Subpoena", 22, 3170, 8.8],
                        ],
                        "Holds": [
                            ["Reason", "Count"],
                            ["Invalid authorization", 57],
                            ["Part 2 consent", 9],
                            ["Minor consent", 6],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="authorization validity checklist (training)",
        notes="Hard negative: training checklist using an obvious sample name (Jane Doe) and describing HIV, psychotherapy notes and SUD rules.",
        frm=PRIVACY,
        to=f"ROI Specialists <roi-staff@{RB}>",
        subject="Refresher: is this authorization valid?",
        body=(
            "Quick refresher after last week's audit. A valid HIPAA authorization (164.508) must have:\n\n"
            "1. Specific description of the information (e.g., 'ED records 3/2026', not 'all records ever')\n"
            "2. Who may disclose and who receives\n3. Purpose (or 'at the request of the individual')\n"
            "4. Expiration date or event\n5. Signature and date; if signed by a representative, their authority\n"
            "6. Required statements (right to revoke, redisclosure, no conditioning of treatment)\n\n"
            "Special cases: psychotherapy notes need a separate authorization; HIV test results under state law need "
            "specific consent; 42 CFR Part 2 program records need Part 2 elements.\n\n"
            "Sample for training only: 'I, Jane Doe, authorize ...' - never paste real requests into training decks.\n\nFatima"
        ),
    ),
    Spec(
        phi=False,
        category="monthly services invoice to hospital",
        notes="Hard negative: RecordBridge's invoice to a hospital for ROI services with totals by request type; no patients.",
        frm=f"RecordBridge Billing <billing@{RB}>",
        to="Accounts Payable <ap@plainsregional.org>",
        subject="Invoice RBH-2026-10-PRH - ROI services October",
        body="Please find the October services invoice attached. Net 30.\n\nRecordBridge Billing",
        atts=(
            Att(
                "RBH-2026-10-PRH.pdf",
                "application/pdf",
                pdf(
                    [
                        "RECORDBRIDGE - INVOICE RBH-2026-10-PRH",
                        "Client: Plains Regional Health, HIM Department",
                        "On-site ROI specialist, 1.0 FTE, October            $5,850.00",
                        "Continuity-of-care requests processed (214), no charge     $0.00",
                        "Less: requester fees collected and shared (15%)   -$1,932.40",
                        "TOTAL DUE                                          $3,917.60",
                    ],
                    "RBH-2026-10-PRH",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="portal maintenance notice to requesters",
        notes="IT maintenance notice for the requester portal; no health information.",
        frm=f"RecordBridge Support <support@{RB}>",
        to="Records Dept <records@morrisonkeanelaw.com>",
        subject="Scheduled maintenance: requester portal, Sunday 11/15",
        body=(
            "The RecordBridge requester portal will be unavailable Sunday, November 15, 1:00-5:00 am Central for a "
            "security update. Download links issued before the window remain valid. Questions: support@recordbridge.com "
            "or 888-555-0162.\n\nRecordBridge Support"
        ),
    ),
    Spec(
        phi=False,
        category="job posting forwarded to a friend",
        notes="An employee sends a friend (outlook.com) a job posting mentioning HIPAA, Part 2 and medical terminology.",
        frm=ALYSSA,
        to="Dana Whitlow <danawhitlow88@outlook.com>",
        subject="the job I told you about - ROI Specialist (remote)",
        body="",
        html=(
            "<html><body><p>Hey Dana! Here's the posting, apply by Friday and put me down as your referral. - Alyssa</p>"
            "<h3>Release of Information Specialist - Remote</h3><ul>"
            "<li>Validate HIPAA authorizations, subpoenas and court orders</li>"
            "<li>Apply 42 CFR Part 2 and state rules on HIV, mental health and minors' records</li>"
            "<li>Knowledge of medical terminology; RHIT or CRIS preferred</li></ul>"
            "<p>$19-$23/hour plus productivity bonus. Refer a friend: $500.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="subpoena handling policy (DOCX)",
        notes="Hard negative: policy document on subpoenas and court orders naming record categories and statutes; no individual.",
        frm=PRIVACY,
        to=f"ROI Specialists <roi-staff@{RB}>",
        subject="Policy ROI-07 revised - subpoenas and court orders",
        body="Revised policy attached, effective 12/1. Please read and attest in the LMS by 11/30.",
        atts=(
            Att(
                "ROI-07_Subpoenas_Court_Orders_rev2026.docx",
                DOCX,
                docx(
                    [
                        "RecordBridge Policy ROI-07: Subpoenas and Court Orders",
                        "1. A subpoena signed by an attorney alone requires satisfactory assurance (164.512(e)(1)(ii)).",
                        "2. Records of substance use disorder treatment (42 CFR Part 2) require a court order meeting "
                        "Subpart E; a subpoena is never sufficient.",
                        "3. Psychotherapy notes are not produced without a court order naming them.",
                        "4. Escalate any subpoena for HIV/AIDS, genetic testing or reproductive health records to the "
                        "Privacy Manager.",
                        "Approved by Fatima Rahimi, RHIA, Privacy & Compliance Manager",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="on-site staff schedule",
        notes="Staff schedule with workforce names and hospital locations; no patients.",
        frm=OPS,
        to=f"On-site Team <onsite@{RB}>",
        subject="On-site coverage, Thanksgiving week",
        body=(
            "Thanksgiving week coverage:\n\n  St. Brendan HIM (B-level):  Mon-Wed Alyssa, Fri Kenji\n"
            "  Plains Regional HIM:        Mon-Tue Marcus, Wed remote queue\n  Thu 11/26: closed\n\n"
            "Urgent continuity-of-care requests on Friday go to the on-call line.\n\nCorinne"
        ),
    ),
    Spec(
        phi=False,
        category="SOC 2 report sharing with client",
        notes="Security attestation sharing under NDA; no patients.",
        frm=SALES,
        to="Vendor Risk <vendorrisk@stbrendanhospital.org>",
        subject="RecordBridge SOC 2 Type II (2026) - NDA link",
        body=(
            "Hello,\n\nFor your annual vendor risk review: our SOC 2 Type II report (period 10/1/2025-9/30/2026, no "
            "exceptions) and our HECVAT are available through the NDA-protected trust portal link below. The BAA on file "
            "(signed 01/2024) remains in effect.\n\nhttps://trust.recordbridge.com/soc2-2026\n\nBrent Lockhart\n"
            "Client Success Manager"
        ),
    ),
    Spec(
        phi=False,
        category="blank request form template (PDF)",
        notes="Hard negative: a blank authorization/request form with empty 'Patient name' and 'Date of birth' fields.",
        frm=ROI,
        to="Front Desk <frontdesk@plainsregional.org>",
        subject="Updated blank request form for your lobby",
        body="Attached is the updated blank records request form (English). Please replace the old copies in the lobby rack.\n\nRecordBridge ROI Team",
        atts=(
            Att(
                "RecordBridge_request_form_blank_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "RECORDBRIDGE - AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION",
                        "Patient name: ______________________   Date of birth: ____/____/______",
                        "Records requested:  [ ] Emergency  [ ] Inpatient  [ ] Radiology  [ ] Other ______",
                        "Release to: ______________________   Purpose: ______________________",
                        "This authorization expires on: ____________",
                        "Signature of patient or representative: ______________________  Date: ________",
                    ],
                    "Blank request form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="statement with SSN-shaped invoice number",
        notes="Hard negative: law-firm account statement whose invoice numbers look like SSNs; no patient names.",
        frm=f"RecordBridge Billing <billing@{RB}>",
        to="Accounts Payable <ap@brightwaterlaw.com>",
        subject="Statement of account - Brightwater Law (acct 40-2291)",
        body=(
            "Open items as of 11/09/2026:\n\n  Invoice 518-62-4471   10/02/2026   $88.40\n"
            "  Invoice 518-62-4502   10/09/2026   $141.60\n  Invoice 518-62-4690   10/27/2026   $62.15\n"
            "  Total                             $292.15\n\nPay online at pay.recordbridge.com. Thank you!\n"
        ),
    ),
    Spec(
        phi=False,
        category="AHIMA conference plans",
        notes="Conference plans naming staff and session topics about information blocking; no patients.",
        frm=PRIVACY,
        to=OPS,
        subject="AHIMA26 sessions worth attending",
        body=(
            "Corinne,\n\nFor AHIMA26 I'd like Kenji and me to attend: 'Information blocking and ROI: one year of "
            "enforcement', 'Reproductive health privacy rule after the court decisions', and the Part 2 final rule "
            "workshop. Registration is $1,150 each before 12/1.\n\nFatima"
        ),
    ),
    Spec(
        phi=False,
        category="holiday closure notice to clients",
        notes="Client notice about holiday hours; no health information.",
        frm=ROI,
        to="Records Dept <records@morrisonkeanelaw.com>",
        subject="Holiday hours - Thanksgiving",
        body="RecordBridge offices will be closed Thursday 11/26 and Friday 11/27. Requests received during the closure will be logged on Monday 11/30; turnaround clocks pause per state law.\n\nRecordBridge ROI Team",
    ),
    Spec(
        phi=False,
        category="request acknowledgement without identifiers",
        notes="Hard negative: acknowledgement of a records request by tracking number only, no patient name or facility detail.",
        frm=ROI,
        to="Jenna Reyes <jreyes@brightwaterlaw.com>",
        subject="Request received - tracking RB-2026-451188",
        body=(
            "We received your request and it has been assigned tracking number RB-2026-451188. Standard turnaround is "
            "10 business days from validation. You can check status at portal.recordbridge.com.\n\n"
            "This is an automated message; please don't reply.\n"
        ),
    ),
    Spec(
        phi=False,
        category="sandbox test request record",
        notes="Hard negative: QA of the requester portal using a clearly labelled fake patient ZZTEST with a diagnosis line.",
        frm=KENJI,
        to=f"QA <qa@{RB}>",
        subject="Sandbox defect - Part 2 flag not blocking release",
        body=(
            "QA,\n\nIn sandbox (not prod) I created test request RB-SBX-0042 for patient ZZTEST, MICKEY (DOB 01/01/1900, "
            "MRN TEST-000042) with a fake 'opioid use disorder - methadone program' record flagged Part 2. The release "
            "button stayed enabled without a Part 2 consent. Expected: blocked. Build 4.18.2.\n\nKenji"
        ),
    ),
    Spec(
        phi=False,
        category="FHIR API integration guide with example resource",
        notes="Hard negative: FHIR Patient example tagged HTEST, named 'Example Sandbox', for an API integration; no real person.",
        frm=f"RecordBridge Integrations <integrations@{RB}>",
        to="Interface Team <interfaces@plainsregional.org>",
        subject="FHIR endpoint for ROI status - sample payload",
        body=(
            "Hi interface team,\n\nFor the Epic-to-RecordBridge status integration, attached is a sample Patient "
            "resource from our sandbox (tagged HTEST). Production calls must use the mutual-TLS endpoint; the sandbox "
            "base is https://sandbox.recordbridge.com/fhir/R4.\n\nRecordBridge Integrations"
        ),
        atts=(Att("sandbox_patient_example.json", "application/fhir+json", FHIR_EXAMPLE),),
    ),
    Spec(
        phi=False,
        category="staff recognition",
        notes="Employee recognition naming workforce members and productivity numbers.",
        frm=OPS,
        to=f"All Staff <allstaff@{RB}>",
        subject="Shout-outs for October",
        body=(
            "Big thanks to Marcus Oduya for clearing the Plains Regional backlog (1,100 requests in 3 weeks) and to "
            "Alyssa Trombley for a 100% accuracy score on the October QA audit. Lunch is on us Friday!\n\nCorinne"
        ),
    ),
    Spec(
        phi=False,
        category="sales proposal to hospital",
        notes="Hard negative: proposal to a hospital citing aggregate volumes and turnaround; mentions behavioral health records generally.",
        frm=SALES,
        to="Gloria Mbeki <gmbeki@heartlandcancercenter.org>",
        subject="Proposal - outsourced ROI for Heartland Cancer Center",
        body=(
            "Gloria,\n\nThanks for the call. Based on your estimate of ~350 requests/month (about 40% attorney, 30% "
            "patient), we propose a remote model at no cost to the center, with requester fees retained by RecordBridge "
            "and a 10% revenue share. Average turnaround across our oncology clients is 3.6 days; we handle Part 2 and "
            "genetic testing records under separate workflows. Proposal PDF to follow.\n\nBrent Lockhart"
        ),
    ),
]
