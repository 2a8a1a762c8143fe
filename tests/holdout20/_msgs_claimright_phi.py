"""ClaimRight Billing Solutions (outsourced billing, coding, denials, statements): PHI messages."""

# ruff: noqa: E501  (hand-written mail text: long lines and Cyrillic are the data)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import CRB, Att, Spec

DEVON = f"Devon Castellano <dcastellano@{CRB}>"
ANJALI = f'"Anjali Deshmukh, CPC" <adeshmukh@{CRB}>'
TERRENCE = f"Terrence Boateng <tboateng@{CRB}>"
SHAUNA = f"Shauna McCready <smccready@{CRB}>"
BILLING = f"ClaimRight Patient Billing <patientbilling@{CRB}>"

SIG = (
    "\n\n--\nClaimRight Billing Solutions | Revenue Cycle Services\n"
    "1400 Commerce Pkwy, Suite 300, Overland Park, KS 66210 | 913-555-0140\n"
    "This message may contain confidential information protected under HIPAA.\n"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*CLAIMRIGHT     *ZZ*CLEARPATH      *261109*1422*^*00501*000004417*0*P*:~"
    "GS*HC*CLAIMRIGHT*CLEARPATH*20261109*1422*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*CR4417*20261109*1422*CH~"
    "NM1*41*2*CLAIMRIGHT BILLING SOLUTIONS*****46*CRB0091~"
    "NM1*85*2*LAKESHORE ORTHOPEDICS PC*****XX*1311344448~"
    "HL*2*1*22*0~SBR*P*18*GRP55120******CI~"
    "NM1*IL*1*OYELARAN*FOLASADE*A***MI*HHP884102775~"
    "N3*3318 N 52ND ST~N4*OMAHA*NE*68104~DMG*D8*19790223*F~"
    "CLM*LO-228814*1840.00***11:B:1*Y*A*Y*Y~"
    "HI*ABK:M17.11*ABF:M25.561~"
    "LX*1~SV1*HC:20610:RT*240.00*UN*1***1~DTP*472*D8*20261102~"
    "LX*2~SV1*HC:J7325*1600.00*UN*48***1~DTP*472*D8*20261102~"
    "SE*17*0001~GE*1*4417~IEA*1*000004417~"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*HEARTLANDHP    *ZZ*CLAIMRIGHT     *261106*0910*^*00501*000088124*0*P*:~"
    "GS*HP*HEARTLANDHP*CLAIMRIGHT*20261106*0910*88124*X*005010X221A1~"
    "ST*835*0001~BPR*I*312.44*C*ACH*CCP*01*101000695*DA*4471902*1470558291**01*101000019*DA*77015582*20261106~"
    "TRN*1*EFT88124*1470558291~"
    "N1*PR*HEARTLAND HEALTH PLAN~N1*PE*PRAIRIE VIEW FAMILY MEDICINE*XX*1291043390~"
    "CLP*PV-77102*1*410.00*312.44*40.00*12*HHP26110400812~"
    "NM1*QC*1*HALVERSON*DARLENE****MI*HHP770193311~"
    "DTM*232*20261019~"
    "SVC*HC:99214*260.00*201.44**1~CAS*CO*45*58.56~CAS*PR*3*40.00~"
    "SVC*HC:93000*150.00*111.00**1~CAS*CO*45*39.00~"
    "SE*14*0001~GE*1*88124~IEA*1*000088124~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="denial worklist workbook to client practice",
        notes="Multi-sheet XLSX of denied claims with patient names, member ids, dates of service, CPT and diagnosis codes.",
        frm=DEVON,
        to="Karen Lindstrom <klindstrom@lakeshoreortho.com>",
        subject="October denials needing clinic action",
        body=(
            "Hi Karen,\n\nAttached are October's denials that need something from the clinic (mostly missing "
            "op notes and two auths). The 'Appealed' tab shows what we already sent so you don't duplicate. "
            "Can we review on Thursday's call?\n\nDevon Castellano\nAccount Manager" + SIG
        ),
        atts=(
            Att(
                "Lakeshore_denials_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Needs clinic": [
                            ["Patient", "Member ID", "DOS", "CPT", "Dx", "Payer", "CARC", "Need"],
                            [
                                "Oyelaran, Folasade",
                                "HHP884102775",
                                "2026-10-05",
                                "29881",
                                "M23.221",
                                "Heartland",
                                "197",
                                "auth",
                            ],
                            [
                                "Brandt, Tyler",
                                "UHC951204418",
                                "2026-10-12",
                                "27447",
                                "M17.12",
                                "UHC",
                                "50",
                                "op note",
                            ],
                            [
                                "Nguyen, Kim Loan",
                                "AET40027718",
                                "2026-10-20",
                                "20610",
                                "M17.11",
                                "Aetna",
                                "16",
                                "op note",
                            ],
                        ],
                        "Appealed": [
                            ["Patient", "Claim", "Appeal sent", "Level"],
                            ["Mahoney, Patrick", "LO-227190", "2026-10-28", "1"],
                            ["Sato, Emi", "LO-227411", "2026-11-02", "1"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient statement email (HTML-only)",
        notes="HTML-only statement to a patient's gmail: name, account number, date of service, procedure and balance due.",
        frm=BILLING,
        to="Gregory Lattimore <greg.lattimore71@gmail.com>",
        subject="Your statement from Prairie View Family Medicine is ready",
        body="",
        html=(
            "<html><body style='font-family:Arial'><p>Dear Gregory Lattimore,</p>"
            "<p>A new statement is available for account <b>PV-0048812</b>.</p>"
            "<table border='1' cellspacing='0' cellpadding='5'>"
            "<tr><th>Date of service</th><th>Description</th><th>Charges</th><th>Insurance paid</th><th>You owe</th></tr>"
            "<tr><td>10/14/2026</td><td>Office visit, est. patient (99213)</td><td>$185.00</td><td>$118.20</td><td>$40.00</td></tr>"
            "<tr><td>10/14/2026</td><td>Hemoglobin A1c (83036)</td><td>$42.00</td><td>$29.10</td><td>$12.90</td></tr>"
            "</table><p><b>Amount due: $52.90</b> by 12/05/2026.</p>"
            "<p>Pay online at claimrightpay.com/pv or call 913-555-0144, Mon-Fri 8-5.</p>"
            "<p>ClaimRight Billing Solutions, billing agent for Prairie View Family Medicine</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="appeal letter to payer (DOCX)",
        notes="Appeal letter DOCX with patient name, DOB, member id, claim number, diagnosis and procedure.",
        frm=SHAUNA,
        to="Appeals Unit <provider.appeals@heartlandhealthplan.com>",
        subject="Level 1 appeal - claim HHP26100918823",
        body="Please see the attached first-level appeal with supporting records. Thank you.\n\nShauna McCready\nDenials & Appeals Specialist"
        + SIG,
        atts=(
            Att(
                "Appeal_HHP26100918823.docx",
                DOCX,
                docx(
                    [
                        "November 9, 2026",
                        "Heartland Health Plan - Provider Appeals",
                        "RE: First-level appeal",
                        "Patient: Folasade Oyelaran   DOB: 02/23/1979   Member ID: HHP884102775",
                        "Claim: HHP26100918823   Date of service: 10/05/2026   Provider: Lakeshore Orthopedics PC",
                        "The claim for CPT 29881 (knee arthroscopy with medial meniscectomy) was denied for "
                        "lack of prior authorization (CARC 197). Authorization A-7718204 was obtained on 09/28/2026 "
                        "for a medial meniscus tear (M23.221) after failed physical therapy; the confirmation is enclosed.",
                        "We request reprocessing of the claim.",
                        "Sincerely, Shauna McCready, ClaimRight Billing Solutions on behalf of Lakeshore Orthopedics",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 claim batch to clearinghouse",
        notes="Hard positive: X12 837P attachment with subscriber name, DOB, address, member id, diagnoses and services.",
        frm=f"EDI Operations <edi@{CRB}>",
        to="Support <support@clearpathedi.com>",
        subject="Batch 4417 rejected at 999 - resending",
        body=(
            "Clearpath support,\n\nBatch 4417 got a 999 reject (IK3 segment error, loop 2010BA). We fixed the "
            "subscriber ZIP and are resending the 837 attached for your team to confirm before we push it through "
            "SFTP again. Ticket CP-220871.\n\nEDI Operations" + SIG
        ),
        atts=(Att("CR_4417_837P.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="X12 835 remittance question",
        notes="Hard positive: X12 835 remittance with patient name, member id and paid services, sent to a client's office manager.",
        frm=TERRENCE,
        to="Lorraine Fuchs <lfuchs@prairieviewfamilymed.com>",
        subject="Heartland 835 from 11/6 - one claim short paid",
        body=(
            "Lorraine,\n\nHeartland's 11/6 ERA is attached. One claim (PV-77102) was cut to the contracted rate on "
            "the 99214 and the EKG; that matches your fee schedule so I'm posting it. FYI only.\n\nTerrence"
            + SIG
        ),
        atts=(Att("HHP_ERA_20261106_835.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="coder query to physician with initials and DOB",
        notes="Hard positive: coding query identifying the patient only by initials, DOB and date of service, asking about malignancy of an excised lesion.",
        frm=ANJALI,
        to="Dr. Rebecca Thorsen <rthorsen@prairieviewfamilymed.com>",
        subject="Coding query - excision 11/03",
        body=(
            "Dr. Thorsen,\n\nQuick query before I release the claim: for J.R. (DOB 06/02/1971) seen 11/03, the note "
            "says '1.2 cm lesion L forearm excised' but pathology isn't back in the chart. Excision codes differ for "
            "benign (11402) vs malignant (11602). Can you confirm once path results, or should I hold?\n\n"
            "Thanks,\nAnjali Deshmukh, CPC\nCoding Team Lead" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="payment plan confirmation, PHI in subject",
        notes="Hard positive: subject names the patient and account number with a payment plan for a hospital bill; body generic.",
        frm=DEVON,
        to=f"Collections Team <collections@{CRB}>",
        subject="Payment plan set up - Darnell Whitaker, acct SB-88201457 (St. Brendan ER visit)",
        body="Set up as discussed on the call, 6 monthly payments of $112.50 starting 12/1. Autopay declined. Please flag the account so it doesn't go to agency.\n\nD.\n",
    ),
    Spec(
        phi=True,
        category="EOB explanation reply to patient",
        notes="Billing rep explains physical therapy charges and deductible to a patient at aol.com, quoting her message.",
        frm=BILLING,
        to="Evelyn Draper <evdraper44@aol.com>",
        subject="RE: Why do I owe $310?",
        body=(
            "Dear Ms. Draper,\n\nThank you for reaching out. Your physical therapy visits at Lakeshore Orthopedics "
            "on 9/22, 9/29 and 10/6 (for your shoulder rehab after the rotator cuff repair) were applied to your "
            "2026 deductible by Aetna, which is why the balance moved to you. Aetna's EOB shows $310.00 patient "
            "responsibility. If you'd like a payment plan, just reply and we can split it into 3 months.\n\n"
            "Kind regards,\nMarisa, Patient Account Representative\nClaimRight Billing Solutions\n\n"
            "> From: Evelyn Draper <evdraper44@aol.com>\n> I thought my insurance covered therapy. Why do I owe $310?\n"
        ),
    ),
    Spec(
        phi=True,
        category="collection agency placement file",
        notes="Hard positive: CSV placed with a collection agency: names, addresses, phones, account numbers, dates of service and balances for medical care.",
        frm=DEVON,
        to="New Placements <placements@summitrecoverygroup.com>",
        subject="Prairie View placement file - November",
        body="Attached is the November placement for Prairie View Family Medicine, 3 accounts, all 120+ days with 3 statements and final notice sent.\n\nDevon"
        + SIG,
        atts=(
            Att(
                "PV_placement_2026-11.csv",
                "text/csv",
                "account,guarantor,address,phone,dos,service,balance\n"
                'PV-0031877,Lydia Hargrove,"19 Maple Ter, Council Bluffs IA 51501",712-555-0133,2026-05-11,Office visit + strep test,248.00\n'
                'PV-0039120,Tomasz Wierzbicki,"7702 Blondo St, Omaha NE 68134",402-555-0177,2026-06-02,Annual physical + lipid panel,196.40\n'
                'PV-0040055,Shanice Odom,"2414 Ames Ave, Omaha NE 68111",402-555-0108,2026-06-19,Laceration repair,412.00\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="eligibility failures for upcoming appointments",
        notes="Body list of patients with member ids whose Medicaid is inactive for scheduled visits, sent to the client's front desk.",
        frm=TERRENCE,
        to="Front Desk <frontdesk@prairieviewfamilymed.com>",
        subject="Eligibility check - 4 inactive for next week",
        body=(
            "Good morning,\n\nOur eligibility run for appointments 11/16-11/20 came back with these inactive. "
            "Please get updated insurance at check-in:\n\n"
            "1. Jaylen Pettaway - NE Medicaid ID 10042187733 - appt 11/16 well-child\n"
            "2. Arturo Benavides - Heartland HHP552018440 - appt 11/17 diabetes follow-up\n"
            "3. Sunita Rawal - NE Medicaid ID 10045519026 - appt 11/18 prenatal visit\n"
            "4. Graham Whitlock - UHC951330917 - appt 11/20 BP recheck\n\nTerrence" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="forwarded payer records request",
        notes="Hard positive: Forward (message/rfc822) of a payer's medical-records request naming the member and the admission, sent to the hospital HIM.",
        frm=SHAUNA,
        to="HIM Correspondence <him@stbrendanhospital.org>",
        subject="FW: Records needed to process claim - inpatient stay",
        body=(
            "Hi HIM team,\n\nForwarding Heartland's request below. They need the H&P and discharge summary to "
            "adjudicate. Could you upload to their portal by 11/20? We'll hold the appeal until then.\n\nShauna"
            + SIG
        ),
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Medical Review <medreview@heartlandhealthplan.com>",
            to=SHAUNA,
            subject="Records needed to process claim - inpatient stay",
            body=(
                "Claim HHP26092201188 is pended for medical records.\n"
                "Member: Bernadette Okafor-Lynch  Member ID: HHP310088256  DOB: 12/09/1963\n"
                "Admission 09/14/2026 - 09/19/2026, St. Brendan Hospital, DRG 291 (heart failure and shock).\n"
                "Please submit H&P, progress notes and discharge summary within 30 days.\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient refund request",
        notes="Internal refund request with patient name, home address, account and date of service for an overpaid colonoscopy.",
        frm=f"Marisa Lentz <mlentz@{CRB}>",
        to=f"Refunds <refunds@{CRB}>",
        subject="Refund request - overpayment acct LO-55120",
        body=(
            "Please issue a patient refund:\n\n"
            "Patient: Owen Tillerson\nMail to: 5109 S 148th Ave, Omaha NE 68137\n"
            "Account: LO-55120   DOS: 08/21/2026 (screening colonoscopy with polypectomy, Lakeshore GI)\n"
            "Patient paid $200.00 at check-in; insurance later paid in full. Refund $200.00.\n\nMarisa"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Medicare coding audit findings",
        notes="Audit finding table naming a Medicare beneficiary with MBI, dates of service and E/M level changes.",
        frm=ANJALI,
        to="Dr. Rebecca Thorsen <rthorsen@prairieviewfamilymed.com>",
        cc="Lorraine Fuchs <lfuchs@prairieviewfamilymed.com>",
        subject="Q3 E/M audit - 2 findings for your review",
        body=(
            "Dr. Thorsen,\n\nOur Q3 audit pulled 10 of your Medicare visits. Eight supported as billed. Two findings:\n\n"
            "- Harold Jessup, MBI 4TW7-Q52-HK83, DOS 08/12/2026: billed 99215, documentation supports 99214 "
            "(one chronic illness with exacerbation - COPD; no drug therapy requiring intensive monitoring).\n"
            "- Harold Jessup, MBI 4TW7-Q52-HK83, DOS 09/09/2026: G2211 add-on billed without a longitudinal "
            "relationship documented.\n\nWe recommend a corrected claim for the first. Happy to walk through.\n\n"
            "Anjali" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="reply to patient's son about ambulance bill",
        notes="Rep answers a son at outlook.com about his mother's ambulance transport for a hip fracture, with her name and balance.",
        frm=BILLING,
        to="Javier Delgado <jdelgado.kc@outlook.com>",
        subject="RE: Bill for my mother Rosa Delgado",
        body=(
            "Hi Javier,\n\nThanks for sending the signed HIPAA authorization your mother gave you. The $1,482.00 "
            "bill is for the ambulance transport on 10/2 from her home to St. Brendan after her hip fracture. "
            "Medicare paid 80%; the balance went to her since the Medigap policy on file had termed. If you "
            "send us the new Medigap card we'll rebill right away.\n\nBest,\nTerrence, ClaimRight Billing on behalf "
            "of Metro Ambulance Services\n"
        ),
    ),
    Spec(
        phi=True,
        category="itemized statement PDF to patient",
        notes="Hard positive: Body is generic; the PDF lists the patient's name, address, account and the itemized charges for a sleep study.",
        frm=BILLING,
        to="Ji-hoon Park <jihoon.park@icloud.com>",
        subject="Itemized statement you requested",
        body="Hello,\n\nAs requested, your itemized statement is attached. Let us know if you have any questions.\n\nClaimRight Patient Billing\n913-555-0144\n",
        atts=(
            Att(
                "itemized_statement.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLAIMRIGHT BILLING SOLUTIONS - on behalf of Lakeshore Sleep Center",
                        "ITEMIZED STATEMENT",
                        "Ji-hoon Park, 2207 Farnam St Apt 4B, Omaha NE 68102",
                        "Account LS-20119   Statement date 11/09/2026",
                        "10/21/2026  95810  Polysomnography, attended        $2,150.00",
                        "10/21/2026  G47.33 Obstructive sleep apnea (dx)",
                        "10/28/2026  95811  CPAP titration study             $2,340.00",
                        "Insurance paid  -$3,412.00   Adjustments  -$748.00",
                        "Balance due   $330.00",
                    ],
                    "Itemized statement LS-20119",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="authorization denial note, name in file name",
        notes="Hard positive: the text file holds a generic payer denial reason; only its file name names the patient and chemotherapy.",
        frm=SHAUNA,
        to="Prior Auth <priorauth@lakeshoreortho.com>",
        subject="auth denial reason attached",
        body="See attached from the payer portal. Resubmit with the requested documentation and let me know the new ref #.\n\nShauna\n",
        atts=(
            Att(
                "Ferreira_Lucia_chemo_auth_denial.txt",
                "text/plain",
                "Determination: Not approved\nReason: Clinical documentation insufficient. Submit most recent "
                "pathology report and treatment plan with regimen, dose and cycle count.\nReference: PA-7702184\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hospital billing dispute notes (TXT)",
        notes="Hard positive: TXT call notes attached about a patient's dispute of a psychiatric inpatient bill; name, account and phone.",
        frm=TERRENCE,
        to="Patient Financial Services <pfs@stbrendanhospital.org>",
        subject="Escalation - patient dispute, please review",
        body="Escalating per the client SLA. Call notes attached. Patient asked for a call back from a supervisor.\n\nTerrence"
        + SIG,
        atts=(
            Att(
                "call_notes_SB-90017722.txt",
                "text/plain",
                "Account SB-90017722 - Caller: Nadia Haddad (patient), cb 816-555-0121\n"
                "11/06 10:14 - Disputes $2,904 balance for the adult behavioral health unit stay 08/03-08/07.\n"
                "States she was told the stay would be covered under her crisis plan. Payer shows out-of-network.\n"
                "Requested itemized bill and supervisor call back. No payment taken.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="workers comp bill with claimant SSN",
        notes="Bill summary to a workers' compensation adjuster: claimant name, SSN, injury and treatment dates.",
        frm=SHAUNA,
        to="Claims Adjuster <adjuster.kc@midwestcompins.com>",
        subject="WC claim 26-WC-11804 - bills and notes",
        body=(
            "Hello,\n\nPer your request, outstanding bills for the claimant below (treating provider Lakeshore "
            "Orthopedics):\n\nClaimant: Rodney Blackfeather\nSSN: 538-24-7716\nDOI: 07/30/2026 (lumbar strain, "
            "lifting injury at work)\n\n  08/04/2026 99204 new patient visit   $310.00\n"
            "  08/18/2026 97110 x4 therapeutic exercise   $288.00\n  09/01/2026 72148 MRI lumbar w/o contrast   $1,450.00\n\n"
            "Shauna McCready" + SIG
        ),
    ),
]
