"""ClaimRight Billing Solutions (outsourced billing, coding, denials, statements): no PHI."""

# ruff: noqa: E501  (hand-written mail text: long lines and Cyrillic are the data)

from __future__ import annotations

from _att import XLSX, pdf, xlsx
from _spec import CRB, Att, Spec

DEVON = f"Devon Castellano <dcastellano@{CRB}>"
ANJALI = f'"Anjali Deshmukh, CPC" <adeshmukh@{CRB}>'
TERRENCE = f"Terrence Boateng <tboateng@{CRB}>"
SHAUNA = f"Shauna McCready <smccready@{CRB}>"
CEO = f"Harlan Whitacre <hwhitacre@{CRB}>"
HR = f"ClaimRight People Team <people@{CRB}>"

SIG = (
    "\n\n--\nClaimRight Billing Solutions | Revenue Cycle Services\n"
    "1400 Commerce Pkwy, Suite 300, Overland Park, KS 66210 | 913-555-0140\n"
)

X12_TEST = (
    "ISA*00*          *00*          *ZZ*CLAIMRIGHT     *ZZ*CLEARPATH      *261110*0815*^*00501*000000001*1*T*:~"
    "GS*HC*CLAIMRIGHT*CLEARPATH*20261110*0815*1*X*005010X222A1~ST*837*0001*005010X222A1~"
    "BHT*0019*00*TEST0001*20261110*0815*CH~NM1*85*2*CLAIMRIGHT TEST PROVIDER*****XX*1972486223~"
    "HL*2*1*22*0~SBR*P*18*TESTGRP******CI~NM1*IL*1*TESTPATIENT*JOHN****MI*TEST000000001~"
    "N3*1 TEST ST~N4*ANYTOWN*KS*66000~DMG*D8*19000101*M~CLM*TESTCLM001*100.00***11:B:1*Y*A*Y*Y~"
    "HI*ABK:Z00.00~LX*1~SV1*HC:99213*100.00*UN*1***1~DTP*472*D8*20261101~"
    "SE*14*0001~GE*1*1~IEA*1*000000001~"
)

MESSAGES = [
    Spec(
        phi=False,
        category="monthly KPI report to client (aggregate)",
        notes="Hard negative: A/R days, denial rates and collections by payer for a practice; no patient-level rows.",
        frm=DEVON,
        to="Karen Lindstrom <klindstrom@lakeshoreortho.com>",
        subject="Lakeshore Ortho - October revenue cycle dashboard",
        body="",
        html=(
            "<html><body><p>Hi Karen,</p><p>Here are October's numbers ahead of Thursday's call.</p>"
            "<table border='1' cellpadding='4' cellspacing='0'>"
            "<tr><th>Metric</th><th>Sep</th><th>Oct</th><th>Target</th></tr>"
            "<tr><td>Gross charges</td><td>$1,912,440</td><td>$2,044,310</td><td></td></tr>"
            "<tr><td>Net collection rate</td><td>96.1%</td><td>96.8%</td><td>&ge;96%</td></tr>"
            "<tr><td>Days in A/R</td><td>34.2</td><td>31.9</td><td>&lt;35</td></tr>"
            "<tr><td>Initial denial rate</td><td>7.4%</td><td>6.1%</td><td>&lt;5%</td></tr>"
            "<tr><td>Top denial: auth missing (CARC 197)</td><td>41</td><td>29</td><td></td></tr></table>"
            "<p>Total knee (27447) and arthroscopy (29881) authorizations remain the main driver.</p>"
            "<p>Devon</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice for billing services",
        notes="Hard negative: ClaimRight's own monthly services invoice to a client: percent-of-collections fee, invoice and account numbers.",
        frm=f"ClaimRight Accounts Receivable <ar@{CRB}>",
        to="Accounts Payable <ap@prairieviewfamilymed.com>",
        subject="Invoice INV-2026-1107 - October billing services",
        body=(
            "Dear Prairie View Family Medicine,\n\nYour invoice for October 2026 services is attached.\n\n"
            "  Collections posted in October:   $284,116.52\n  Service fee (5.75%):             $16,336.70\n"
            "  Patient statement mailing (1,204 @ $0.68):  $818.72\n  Total due:                       $17,155.42\n\n"
            "Customer account 30-0188. Payment due 12/09/2026.\n\nThank you for your business."
            + SIG
        ),
        atts=(
            Att(
                "INV-2026-1107.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLAIMRIGHT BILLING SOLUTIONS - INVOICE INV-2026-1107",
                        "Bill to: Prairie View Family Medicine, customer 30-0188",
                        "Service period: October 2026",
                        "Revenue cycle services, 5.75% of $284,116.52     $16,336.70",
                        "Statement mailing, 1,204 pieces                  $818.72",
                        "TOTAL DUE                                        $17,155.42",
                        "Terms: Net 30",
                    ],
                    "INV-2026-1107",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer policy update bulletin",
        notes="Hard negative: payer policy change naming CPT, modifiers and ICD-10 codes in general; no patient.",
        frm=ANJALI,
        to=f"Coding Team <coding@{CRB}>",
        subject="Heartland policy change eff 1/1/27 - modifier 25 and G2211",
        body=(
            "Team,\n\nHeartland Health Plan published its Q1 2027 provider bulletin:\n\n"
            "1. Modifier 25 on E/M with a minor procedure (e.g., 20610 joint injection, 11102 biopsy) will be "
            "reduced 50% unless the note shows a separately identifiable problem.\n"
            "2. G2211 payable only with a chronic condition dx on the claim (e.g., E11.9, I10, J44.9).\n"
            "3. Screening colonoscopy converted to diagnostic (PT modifier) - no patient cost share.\n\n"
            "We'll update the claim scrubber rules by 12/15. Read the bulletin on SharePoint > Payers > Heartland.\n\n"
            "Anjali"
        ),
    ),
    Spec(
        phi=False,
        category="coding education webinar invite",
        notes="Hard negative: CPT/ICD-10 update webinar invitation with an ICS; mentions sepsis, diabetes and cancer coding topics.",
        frm=ANJALI,
        to=f"All Coders <coders@{CRB}>",
        subject="Webinar: 2027 CPT and ICD-10-CM updates (1.5 CEUs)",
        body=(
            "Hi all,\n\nWe're hosting the annual code update webinar. Topics: new CPT codes for remote therapeutic "
            "monitoring, ICD-10-CM changes to diabetes with hyperglycemia, sepsis sequencing refresher and "
            "oncology staging documentation. AAPC CEUs approved. Invite attached.\n\nAnjali"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h20-webinar-2027codes@claimrightbilling.com\r\n"
            "DTSTAMP:20261109T150000Z\r\nDTSTART:20261203T190000Z\r\nDTEND:20261203T203000Z\r\n"
            "SUMMARY:2027 CPT & ICD-10-CM code update webinar\r\nLOCATION:Teams\r\n"
            "DESCRIPTION:Presenter: Anjali Deshmukh CPC CRC. 1.5 AAPC CEUs.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="employee benefits open enrollment",
        notes="Hard negative: HR open-enrollment mail describing health plan options, HSA and EAP for staff; no individual health info.",
        frm=HR,
        to=f"All Staff <allstaff@{CRB}>",
        subject="Open enrollment closes Friday - medical, dental, vision",
        body=(
            "Hi everyone,\n\nOpen enrollment for 2027 benefits closes this Friday, November 13.\n\n"
            "- Medical: PPO 1500 or HDHP 3400 with HSA (company seeds $750/$1,500)\n"
            "- New: fertility benefit and GLP-1 weight management coverage on both plans\n"
            "- EAP: 6 free confidential counseling sessions per issue\n\n"
            "If you do nothing, your 2026 elections roll over except the FSA. Questions: people@claimrightbilling.com.\n\n"
            "People Team"
        ),
    ),
    Spec(
        phi=False,
        category="clearinghouse test claim file",
        notes="Hard negative: X12 837 in test mode (ISA15=T) with a placeholder TESTPATIENT subscriber and 1900 birth date.",
        frm=f"EDI Operations <edi@{CRB}>",
        to="Enrollment <edi.enrollment@clearpathedi.com>",
        subject="Test file for new submitter ID CRB0091 - please validate",
        body=(
            "Hello,\n\nAttached is our test 837P (usage indicator T) for the new submitter ID. The subscriber is a "
            "dummy record (TESTPATIENT, JOHN). Please confirm the 999/277CA so we can move to production.\n\nEDI Operations"
            + SIG
        ),
        atts=(Att("CRB0091_TEST_837P.x12", "application/edi-x12", X12_TEST),),
    ),
    Spec(
        phi=False,
        category="provider enrollment with NPI to MAC",
        notes="Hard negative: new physician enrolment details: NPI, taxonomy, licence, PTAN request; provider identifiers only.",
        frm=f"Provider Enrollment <enrollment@{CRB}>",
        to="Provider Enrollment Services <pes@wpsgha-mac.com>",
        subject="Reassignment for Dr. Adaeze Nwachukwu - Prairie View Family Medicine",
        body=(
            "Hello,\n\nOn behalf of Prairie View Family Medicine (group PTAN NE0044187) we submitted a CMS-855R in "
            "PECOS for:\n\n  Adaeze Nwachukwu, MD - Family Medicine\n  NPI: 1876139308\n  Taxonomy 207Q00000X\n"
            "  Nebraska licence MD-31190, effective 10/15/2026\n\nTracking # T10312026118401. Please advise if any "
            "development letter is issued.\n\nProvider Enrollment Team" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="fee schedule workbook",
        notes="Hard negative: multi-sheet XLSX of CPT codes with charges and payer allowables; no patients.",
        frm=DEVON,
        to="Lorraine Fuchs <lfuchs@prairieviewfamilymed.com>",
        subject="2027 fee schedule proposal",
        body="Lorraine, our proposed 2027 charge master update is attached (set at 180% of Medicare, rounded). The second tab compares allowables for your top payers.\n\nDevon"
        + SIG,
        atts=(
            Att(
                "PVFM_fee_schedule_2027_draft.xlsx",
                XLSX,
                xlsx(
                    {
                        "Charges": [
                            ["CPT", "Description", "2026 charge", "2027 proposed"],
                            ["99213", "Office visit est, low MDM", 185, 192],
                            ["99214", "Office visit est, moderate MDM", 260, 271],
                            ["83036", "Hemoglobin A1c", 42, 44],
                            ["93000", "ECG with interpretation", 150, 150],
                        ],
                        "Allowables": [
                            ["CPT", "Medicare", "Heartland", "UHC", "NE Medicaid"],
                            ["99213", 91.12, 104.50, 110.00, 61.20],
                            ["99214", 129.37, 148.00, 152.60, 86.90],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="BAA signature request to new client",
        notes="Business associate agreement and onboarding paperwork; no patients.",
        frm=CEO,
        to="Dr. Miriam Okonjo <mokonjo@riverbendpeds.com>",
        subject="Welcome to ClaimRight - BAA and onboarding next steps",
        body=(
            "Dr. Okonjo,\n\nThank you for choosing ClaimRight for Riverbend Pediatrics. Before we can access your "
            "practice management system we need the signed Business Associate Agreement (DocuSign sent separately) "
            "and a clearinghouse enrollment form. Our implementation lead, Devon Castellano, will schedule the "
            "kickoff for the week of November 30.\n\nBest regards,\nHarlan Whitacre\nCEO, ClaimRight Billing Solutions"
        ),
    ),
    Spec(
        phi=False,
        category="IT MFA rollout notice",
        notes="IT notice on MFA enrolment for staff; no health information.",
        frm=f"ClaimRight IT <it@{CRB}>",
        to=f"All Staff <allstaff@{CRB}>",
        subject="Action required: enroll in MFA by 11/20",
        body=(
            "All,\n\nStarting November 20 you will need multi-factor authentication to sign in to email, the VPN and "
            "all client practice-management systems. Install Microsoft Authenticator and follow the steps at "
            "intranet/it/mfa. Never approve a prompt you didn't start.\n\nClaimRight IT Help Desk, x2200"
        ),
    ),
    Spec(
        phi=False,
        category="interview invitation to coder candidate",
        notes="Hard negative: interview invitation to a job candidate's gmail listing the specialties (oncology, cardiology) she would code; no patient.",
        frm=HR,
        to="Tanisha Greer <tanisha.greer.cpc@gmail.com>",
        subject="Interview - Remote Certified Coder II (oncology / cardiology)",
        body=(
            "Hi Tanisha,\n\nThanks for applying! We'd like to invite you to a video interview on Tuesday 11/17 at "
            "10:00 am CT with Anjali Deshmukh (Coding Team Lead). A quick recap of the role:\n\nCertified Coder II - Remote\n"
            "- CPC, CCS-P or COC required; CRC a plus\n- 3+ years coding hematology/oncology infusion and "
            "interventional cardiology\n- 95% accuracy on quarterly audits, 28 charts/hour for E/M\n"
            "- $26-$33/hour, benefits day one\n\nPlease reply to confirm, and bring a recent coding-audit score if you have one.\n\nClaimRight People Team"
        ),
    ),
    Spec(
        phi=False,
        category="denial trend analysis (aggregate)",
        notes="Hard negative: CARC denial counts and dollars by category and payer; no individuals.",
        frm=SHAUNA,
        to=f"Leadership <leadership@{CRB}>",
        subject="Q3 denial trends across all clients",
        body=(
            "Q3 denials across 14 client practices (n = 6,812 denied lines, $3.9M):\n\n"
            "  CARC 197 (auth)            1,944   28.5%\n  CARC 16 (missing info)     1,210   17.8%\n"
            "  CARC 50 (medical necessity)  861   12.6%\n  CARC 29 (timely filing)      302    4.4%\n\n"
            "Overturn rate on level 1 appeals: 61%. Biggest opportunity: auth tracking for MRI and infusions.\n\nShauna"
        ),
    ),
    Spec(
        phi=False,
        category="office supply PO with SSN-like number",
        notes="Hard negative: purchase order for check scanners whose PO and serial numbers look like SSNs.",
        frm=f"Office Manager <office@{CRB}>",
        to="Orders <orders@midlandofficetech.com>",
        subject="PO 507-31-6624 - check scanners for the lockbox team",
        body=(
            "Hello,\n\nPlease process PO 507-31-6624:\n  3 x Panini Vision X check scanner @ $689.00\n"
            "  3 x 3-year warranty @ $119.00\n\nShip to ClaimRight Billing Solutions, 1400 Commerce Pkwy Suite 300, "
            "Overland Park KS 66210, attn: Lockbox. Net 30 to account 7741.\n\nThanks,\nDeb Arceneaux, Office Manager"
        ),
    ),
    Spec(
        phi=False,
        category="coding tip newsletter with generic case",
        notes="Hard negative: newsletter teaching example about septic shock coding with a hypothetical unnamed patient.",
        frm=ANJALI,
        to=f"Client Providers <provider-newsletter@{CRB}>",
        subject="Coding Corner: sepsis, severe sepsis and septic shock",
        body="",
        html=(
            "<html><body><h3>Coding Corner - November</h3><p><b>Scenario (hypothetical):</b> a 67-year-old "
            "presents with pneumonia, lactate 4.8 and hypotension requiring norepinephrine.</p>"
            "<ul><li>A41.9 Sepsis, unspecified organism (sequenced first)</li><li>J18.9 Pneumonia</li>"
            "<li>R65.21 Severe sepsis with septic shock</li></ul>"
            "<p>Document the source of infection and the organ dysfunction explicitly. 'Urosepsis' has no code - "
            "query the provider.</p><p>- The ClaimRight Coding Team</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="reply to physician about her credentialing",
        notes="Hard negative: a physician's name, specialty and payer credentialing status, sent to her personal gmail; no patient.",
        frm=f"Provider Enrollment <enrollment@{CRB}>",
        to="Adaeze Nwachukwu <adaeze.nwachukwu.md@gmail.com>",
        subject="RE: am I in network yet?",
        body=(
            "Dr. Nwachukwu,\n\nStatus of your payer credentialing as of today:\n  Medicare - approved, effective 10/15\n"
            "  NE Medicaid - approved\n  Heartland Health Plan - committee date 11/19\n  UHC - pending, day 41 of 90\n\n"
            "Until Heartland approves, please don't see Heartland members as rendering provider; the practice will "
            "route them to Dr. Thorsen.\n\nProvider Enrollment Team"
        ),
    ),
    Spec(
        phi=False,
        category="workflow meeting notes",
        notes="Meeting notes on charge-entry lag and scanner setup between ClaimRight and a practice manager.",
        frm=DEVON,
        to="Karen Lindstrom <klindstrom@lakeshoreortho.com>",
        subject="Notes from today's workflow meeting",
        body=(
            "Karen, thanks for the time today. Recap:\n\n1. Charge lag is 4.2 days; goal 2. Surgeons will close "
            "op notes within 48h starting 11/16.\n2. Front desk will scan insurance cards front and back at every "
            "visit.\n3. We'll add a scrubber edit for missing auth on 27447/29881.\n4. Next meeting Dec 3.\n\nDevon"
        ),
    ),
    Spec(
        phi=False,
        category="lockbox deposit reconciliation totals",
        notes="Hard negative: bank deposit totals, batch numbers and an account suffix; no patient rows.",
        frm=TERRENCE,
        to="Lorraine Fuchs <lfuchs@prairieviewfamilymed.com>",
        subject="Deposit reconciliation 11/2 - 11/6",
        body=(
            "Lorraine,\n\nLast week's deposits reconcile to posting:\n\n  Lockbox batches 2201-2205     $41,288.17\n"
            "  ACH/EFT (14 ERAs)             $96,402.55\n  Patient portal payments       $6,118.00\n"
            "  Total bank (acct ...4471)    $143,808.72\n  Total posted                 $143,808.72\n  Variance                      $0.00\n\n"
            "Terrence"
        ),
    ),
    Spec(
        phi=False,
        category="HFMA chapter meeting invite",
        notes="Conference invitation with speaker names and revenue-cycle topics.",
        frm=CEO,
        to=f"Managers <managers@{CRB}>",
        subject="HFMA Heartland chapter fall meeting - who's going?",
        body=(
            "Team,\n\nHFMA Heartland Chapter's fall meeting is Dec 10 in Kansas City. Sessions on price "
            "transparency enforcement, No Surprises Act IDR outcomes, and AI in prior authorization. We have 4 "
            "company-paid seats; reply by Friday.\n\nHarlan"
        ),
    ),
]
