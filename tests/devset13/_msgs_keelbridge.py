"""Keelbridge Revenue Recovery (patient financial services / early-out and bad-debt vendor for
St. Anselm Community Hospital): English messages, PHI and not."""

from __future__ import annotations

from _att import XLSX, pdf, xlsx
from _spec import KRR, SAH, Att, Spec

SIG = (
    "\n--\nKeelbridge Revenue Recovery | Patient Financial Services for St. Anselm Community "
    "Hospital"
    "\n1800 Commerce Pkwy, Suite 310, Joliet IL 60431 | 815-555-0144\n"
    "This communication is from a debt collector. This is an attempt to collect a debt and any "
    "information obtained will be used for that purpose.\n"
)

_X12_835 = (
    "ISA*00*          *00*          *ZZ*KEELBRIDGE     *ZZ*STANSELMCH     *261110*0912*^*00501*"
    "000004417*0*P*:~GS*HP*KEELBRIDGE*STANSELMCH*20261110*0912*4417*X*005010X221A1~"
    "ST*835*0001~BPR*I*1284.60*C*ACH*CCP*01*071000013*DA*5560014482*1380445291**01*071923284*DA*"
    "8800112233*20261110~TRN*1*88120441*1380445291~N1*PR*MIDWEST CARE ALLIANCE HMO~"
    "N1*PE*ST ANSELM COMMUNITY HOSPITAL*XX*1639284417~"
    "CLP*SA20448731*1*2210.00*884.60*325.40*12*MCA9920418822*13*1~"
    "NM1*QC*1*BRANDT*KATHERINE*L***MI*MCA771904415~DTM*232*20260914~"
    "SVC*HC:99284*1410.00*610.00**1~CAS*PR*1*325.40~SVC*HC:71046*800.00*274.60**1~"
    "CLP*SA20451266*1*960.00*400.00*180.00*12*MCA9920419377*13*1~"
    "NM1*QC*1*OYELARAN*TUNDE****MI*MCA208873140~DTM*232*20260921~"
    "SVC*HC:29125*960.00*400.00**1~CAS*PR*2*180.00~SE*17*0001~GE*1*4417~IEA*1*000004417~"
)

_X12_TEST = (
    "ISA*00*          *00*          *ZZ*KEELBRIDGE     *ZZ*STANSELMCH     *261109*1400*^*00501*"
    "000000901*0*T*:~GS*HC*KEELBRIDGE*STANSELMCH*20261109*1400*901*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*TEST0001*20261109*1400*CH~"
    "NM1*41*2*KEELBRIDGE TEST SUBMITTER*****46*KRRTEST~"
    "NM1*IL*1*ZZTEST*PATIENT*ONE***MI*TEST000000001~N3*1 TEST WAY~N4*TESTVILLE*IL*60000~"
    "DMG*D8*19000101*U~CLM*TESTCLM001*100.00***11:B:1*Y*A*Y*Y~HI*ABK:Z0000~"
    "SV1*HC:99213*100.00*UN*1***1~SE*12*0001~GE*1*901~IEA*1*000000901~"
)

_PLACEMENT_CSV = (
    "acct,guarantor_last,guarantor_first,guarantor_ssn,patient_dob,dos,svc_line,cpt,orig_bal,"
    "curr_bal,phone\n"
    "SA20448731,Brandt,Katherine,412-73-5068,1979-04-02,2026-09-14,Emergency,99284,2210.00,325.40,"
    "815-555-0193\n"
    "SA20450018,Villalobos,Ernesto,538-19-2274,1962-11-23,2026-09-17,Outpatient Surgery,47562,"
    "4180.00,1180.00,708-555-0127\n"
    "SA20451266,Oyelaran,Tunde,327-84-1106,1991-07-30,2026-09-21,Orthopedics,29125,960.00,180.00,"
    "815-555-0171\n"
    "SA20452940,Kowalczyk,Halina,461-09-3357,1948-02-11,2026-09-25,Cardiology,93306,1640.00,410.00,"
    "630-555-0109\n"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="collections_statement_email",
        notes="Patient statement to a personal mailbox: name, account, ER date of service, "
        "balance.",
        frm=f"Statements <statements@{KRR}>",
        to="katie.brandt79@gmail.com",
        subject="Your St. Anselm Community Hospital statement is ready",
        body="",
        html=(
            "<html><body style='font-family:Arial'><p>Dear Katherine Brandt,</p>"
            "<p>A new statement is available for your account with St. Anselm Community Hospital."
            "</p><table border='1' cellpadding='4'><tr><th>Account</th><th>Date of service</th>"
            "<th>Description</th><th>Insurance paid</th><th>You owe</th></tr>"
            "<tr><td>SA20448731</td><td>09/14/2026</td><td>Emergency Dept visit, level 4; chest "
            "X-ray</td><td>$884.60</td><td>$325.40</td></tr></table>"
            "<p>Pay online at pay.keelbridgerev.com or call 815-555-0144. If you cannot pay in "
            "full, ask about a payment plan or St. Anselm's financial assistance program.</p>"
            "<p>Keelbridge Revenue Recovery, on behalf of St. Anselm Community Hospital</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="payment_plan_confirmation",
        notes="Payment plan confirmation naming the guarantor, the account and the surgery billed.",
        frm=f"Marisol Ybarra <mybarra@{KRR}>",
        to="ernie.villalobos@yahoo.com",
        subject="Payment plan set up - account SA20450018",
        body=(
            "Mr. Villalobos,\n\nThank you for calling today. As discussed, your balance of "
            "$1,180.00 for the outpatient gallbladder surgery at St. Anselm on 09/17/2026 is now "
            "on an "
            "interest-free plan:\n\n  - $98.34 on the 5th of each month, 12 payments\n  - first "
            "draft 12/05/2026 from your checking account ending 4471\n\nIf a payment will be late,"
            " call me before the due date and we can move it.\n\nMarisol Ybarra\nPatient Account "
            "Representative, ext. 2231" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="placement_file_csv",
        notes="Hard positive: placement CSV back to the hospital (names, SSNs, DOBs, DOS, CPT, "
        "balances); the body names no one.",
        frm=f"Data Operations <dataops@{KRR}>",
        to=f"pfs-reports@{SAH}",
        subject="Returned placements - week 45",
        body=(
            "Attached are the four accounts we are returning to St. Anselm PFS for charity "
            "screening before further collection activity. Columns unchanged from the spec.\n\n"
            "Dataops"
        ),
        atts=(Att("returned_placements_wk45.csv", "text/csv", _PLACEMENT_CSV),),
    ),
    Spec(
        phi=True,
        category="x12_835_remit",
        notes="Hard positive: body says nothing; the X12 835 carries patient names, member ids, "
        "DOS and CPT lines.",
        frm=f"EDI Desk <edi@{KRR}>",
        to=f"cashposting@{SAH}",
        subject="835 batch 4417",
        body="835 for batch 4417 attached, posted on our side 11/10.\n",
        atts=(Att("KRR_835_4417.x12", "application/edi-x12", _X12_835),),
    ),
    Spec(
        phi=True,
        category="dispute_reply_to_relative",
        notes="Reply to a daughter disputing her mother's ambulance and ICU bill, quoting her "
        "message.",
        frm=f"Dispute Team <disputes@{KRR}>",
        to="renata.kowalczyk@hotmail.com",
        subject="RE: mother's bill - Halina Kowalczyk",
        body=(
            "Dear Ms. Kowalczyk,\n\nWe have placed account SA20452940 on hold for 30 days while "
            "St. Anselm reviews the Medicare secondary billing. You do not need to pay anything "
            "while the hold is in place. Because you are not on the account, we can only discuss "
            "details once your mother signs the authorization form we mailed to her at "
            "412 Linden Ave, Lockport.\n\nRegards,\nDispute Team\n\n"
            "-----Original Message-----\nFrom: Renata Kowalczyk <renata.kowalczyk@hotmail.com>\n"
            "Sent: Monday, November 9, 2026 7:12 PM\n\nMy mother Halina (DOB 2/11/1948) was in "
            "the ICU after her heart attack in September and now she is getting letters about $410."
            " Medicare should have paid. She does not read English well, please write to me.\n"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="hardship_writeoff_subject_only",
        notes="Hard positive: the patient's name and hospital account sit only in the subject; the "
        "body is a terse approval.",
        frm=f"Greg Tillman <gtillman@{KRR}>",
        to=f"charitycare@{SAH}",
        subject="SA20457702 Nakamura, Reiko - hardship approved",
        body="Approved at 100% per FAP tier 1. Recall from our side done.\n\nGreg\n",
    ),
    Spec(
        phi=True,
        category="claims_workbook_multisheet",
        notes="Hard positive: workbook with member ids and claim lines, no diagnosis words in the "
        "mail.",
        frm=f"Priya Raghunathan <praghunathan@{KRR}>",
        to=f"denials@{SAH}",
        subject="Denial worklist for Thursday's call",
        body=(
            "Hi Dana,\n\nWorklist for Thursday attached. Second tab is the payer breakdown, third"
            " has the appeal deadlines. Let me know if you want the 60+ day ones split out.\n\n"
            "Priya"
        ),
        atts=(
            Att(
                "denial_worklist_1112.xlsx",
                XLSX,
                xlsx(
                    {
                        "Worklist": [
                            ["Account", "Patient", "Member ID", "DOS", "CPT", "Denial", "Amt"],
                            [
                                "SA20439915",
                                "Mensah, Kwabena",
                                "BCI884120937",
                                "2026-08-30",
                                "70450",
                                "CO-197 no auth",
                                1322.00,
                            ],
                            [
                                "SA20441287",
                                "Tran, Mai Anh",
                                "MCA300194472",
                                "2026-09-02",
                                "59400",
                                "CO-16 missing info",
                                5880.00,
                            ],
                            [
                                "SA20443300",
                                "Abdi, Hodan",
                                "ILMCD77120498",
                                "2026-09-05",
                                "90837",
                                "CO-50 not med nec",
                                210.00,
                            ],
                        ],
                        "By payer": [
                            ["Payer", "Count", "Amount"],
                            ["BCBSIL", 1, 1322.00],
                            ["Midwest Care Alliance", 1, 5880.00],
                            ["IL Medicaid MCO", 1, 210.00],
                        ],
                        "Deadlines": [
                            ["Account", "Appeal by"],
                            ["SA20439915", "2026-11-28"],
                            ["SA20441287", "2026-12-02"],
                            ["SA20443300", "2026-12-04"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="final_notice_pdf",
        notes="Hard positive: final notice whose body is boilerplate; name, address, account, "
        "service and balance are in the PDF only.",
        frm=f"Notices <notices@{KRR}>",
        to="t.oyelaran@outlook.com",
        subject="Important notice about your account",
        body=(
            "Please read the attached notice. You can reach us Monday-Friday 8am-6pm CT at "
            "815-555-0144." + SIG
        ),
        atts=(
            Att(
                "notice.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEELBRIDGE REVENUE RECOVERY",
                        "For: St. Anselm Community Hospital",
                        "",
                        "Tunde Oyelaran",
                        "2290 W Jefferson St Apt 3B",
                        "Joliet, IL 60435",
                        "",
                        "Account: SA20451266   Date of service: 09/21/2026",
                        "Service: Orthopedic clinic - short arm cast application (29125)",
                        "Balance after insurance: $180.00",
                        "",
                        "This is our final notice before this account is returned to",
                        "St. Anselm for further action. Call 815-555-0144 to set up a plan.",
                    ],
                    "Final notice",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="itemized_bill_filename_only",
        notes="Hard positive: the patient's name and DOS are only in the attachment file name; the "
        "PDF lists charges without a name.",
        frm=f"Records Requests <records@{KRR}>",
        to="intake@halversonlawgroup.com",
        subject="Your request #R-22871",
        body=(
            "Counsel,\n\nPer the HIPAA authorization received 11/06, the itemized statement is "
            "attached.\n\nRecords Requests\nKeelbridge Revenue Recovery"
        ),
        atts=(
            Att(
                "Itemized_OKONKWO_ADAEZE_DOS_2026-09-14.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEELBRIDGE REVENUE RECOVERY - ITEMIZED CHARGES",
                        "Rev  CPT/HCPCS  Units  Charge",
                        "0450 99285      1      1,980.00",
                        "0350 70450      1      1,322.00",
                        "0301 80053      1        214.00",
                        "0636 J2405      2         38.00",
                        "Total charges 3,554.00  Payments 0.00  Balance 3,554.00",
                    ],
                    "Itemized charges",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded_patient_email_rfc822",
        notes="Forwards a patient's own message (inner message/rfc822) about a denied MRI claim to "
        "the hospital.",
        frm=f"Marisol Ybarra <mybarra@{KRR}>",
        to=f"pfs-escalations@{SAH}",
        subject="FW: please stop calling me",
        body=(
            "Escalating - patient says the MRI was pre-authorized. Can someone in PFS pull the "
            "auth from the registration screen? Original email attached.\n\nMarisol"
        ),
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Kwabena Mensah <kmensah.chi@gmail.com>",
            to=f"help@{KRR}",
            subject="please stop calling me",
            body=(
                "I got three calls this week about account SA20439915. The brain MRI on August "
                "30 was approved by Blue Cross, my neurologist's office got the authorization "
                "number before the scan. I am not paying $1,322 for your mistake.\n\n"
                "Kwabena Mensah\n773-555-0162\n"
            ),
        ),
    ),
]

MESSAGES += [
    Spec(
        phi=False,
        category="aggregate_recovery_report",
        notes="Hard negative: monthly recovery figures by service line (ER, oncology, behavioral "
        "health) with no individual.",
        frm=f"Alan Whitcombe <awhitcombe@{KRR}>",
        to=f"cfo@{SAH}",
        subject="October early-out performance",
        body=(
            "Tom,\n\nOctober summary for the St. Anselm early-out program:\n\n"
            "  Accounts placed ........ 3,412 ($2.61M)\n  Liquidation ............ 18.4% (target "
            "17%)\n  Emergency dept ......... 1,604 accounts, 15.1% liquidated\n"
            "  Oncology infusion ......   211 accounts, 22.8%\n  Behavioral health ......    97 "
            "accounts, 9.3%\n  Returned for charity ...   264\n  Complaints .............     3 "
            "(all closed)\n\nFull deck for the QBR on the 19th.\n\nAlan"
        ),
    ),
    Spec(
        phi=False,
        category="vendor_invoice_ssn_shaped",
        notes="Hard negative: lettershop invoice whose PO and invoice numbers are SSN-shaped; "
        "only postage and print counts.",
        frm=f"Accounts Payable <ap@{KRR}>",
        to="billing@prairieprintmail.com",
        subject="Remittance advice - PO 471-22-8810",
        body=(
            "Prairie PrintMail,\n\nPayment released by ACH today:\n\n  Invoice 530-61-4472   "
            "October statement print/mail, 41,880 pieces   $16,333.20\n  PO 471-22-8810\n\n"
            "Please reference the PO on all future invoices.\n\nAccounts Payable\n"
            "Keelbridge Revenue Recovery"
        ),
    ),
    Spec(
        phi=False,
        category="staff_benefits_open_enrollment",
        notes="Hard negative: employee open-enrollment mail about medical plans, FSA and "
        "maternity benefits; no individual's health.",
        frm=f"People Team <hr@{KRR}>",
        to=f"all-staff@{KRR}",
        subject="Open enrollment closes Nov 20",
        body=(
            "Reminder: 2027 open enrollment closes Friday, November 20.\n\n- The PPO deductible "
            "stays at $1,500; the HSA plan employer seed rises to $750.\n- FSA limit is $3,300.\n"
            "- New: fertility and maternity navigation through Carrot.\n- EAP counseling sessions "
            "go from 6 to 8 per year.\n\nIf you do nothing you keep your 2026 elections, except "
            "the FSA, which you must re-elect.\n\nPeople Team"
        ),
    ),
    Spec(
        phi=False,
        category="compliance_training_synthetic",
        notes="Hard negative: Reg F training with a sample validation notice for a clearly "
        "labelled fictitious consumer.",
        frm=f"Compliance <compliance@{KRR}>",
        to=f"collectors@{KRR}",
        subject="Reg F refresher - sample validation notice",
        body=(
            "Team,\n\nBefore Thursday's refresher, review the sample validation notice below. "
            "Everything in it is fictitious (SAMPLE ONLY - NOT A REAL CONSUMER).\n\n"
            "  Consumer: JANE SAMPLE, 100 EXAMPLE ST, ANYTOWN IL\n  Creditor: St. Anselm "
            "Community Hospital\n  Itemization date: 09/01/2026\n  Amount: $0.00 sample\n\n"
            "Points to notice: the itemization date, the 30-day dispute window and the "
            "Spanish-language option box.\n\nCompliance"
        ),
    ),
    Spec(
        phi=False,
        category="it_dialer_maintenance",
        notes="IT maintenance notice for the dialer and payment portal.",
        frm=f"IT Service Desk <servicedesk@{KRR}>",
        to=f"all-staff@{KRR}",
        subject="Maintenance Sat 11/14 22:00-02:00 - dialer and pay portal",
        body=(
            "The predictive dialer and pay.keelbridgerev.com will be down Saturday 11/14 from "
            "22:00 to 02:00 CT for the Genesys upgrade. IVR will play the maintenance message. "
            "No action needed.\n\nService Desk x4000"
        ),
    ),
    Spec(
        phi=False,
        category="job_posting_bilingual_rep",
        notes="Job posting for bilingual patient account representatives.",
        frm=f"Recruiting <careers@{KRR}>",
        to="jobs@willcountyworkforce.org",
        subject="Posting: Bilingual Patient Account Representative (Spanish/Polish)",
        body=(
            "Please share with your job seekers:\n\nBilingual Patient Account Representative - "
            "Joliet, IL (hybrid after 90 days)\n$21-$24/hr + bilingual differential $1.50/hr\n"
            "- Answer inbound calls about hospital bills, set up payment plans\n- Explain "
            "financial assistance applications in Spanish or Polish\n- 1 year call center "
            "experience; healthcare billing a plus\n\nApply: careers.keelbridgerev.com/4471"
        ),
        html=(
            "<html><body><h3>Bilingual Patient Account Representative (Spanish/Polish)</h3>"
            "<p>Joliet, IL - hybrid after 90 days<br>$21-$24/hr + $1.50/hr bilingual "
            "differential</p><ul><li>Answer inbound calls about hospital bills and set up payment"
            " plans</li><li>Explain financial assistance applications in Spanish or Polish</li>"
            "<li>1 year call center experience; healthcare billing a plus</li></ul>"
            "<p><a href='https://careers.keelbridgerev.com/4471'>Apply</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="client_qbr_invite_ics",
        notes="Calendar invite for a client quarterly business review; business only.",
        frm=f"Alan Whitcombe <awhitcombe@{KRR}>",
        to=f"cfo@{SAH}",
        cc=f"revcycle-director@{SAH}",
        subject="Invitation: St. Anselm / Keelbridge QBR",
        body="QBR for Q3 results and the 2027 fee schedule. Agenda to follow.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keelbridge//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:krr-qbr-20261119@keelbridgerev.com\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261119T200000Z\r\nDTEND:20261119T213000Z\r\n"
            "SUMMARY:St. Anselm / Keelbridge QBR\r\nLOCATION:St. Anselm Admin Bldg, Board Room"
            "\r\nORGANIZER:mailto:awhitcombe@keelbridgerev.com\r\n"
            "ATTENDEE:mailto:cfo@stanselmcommunity.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="fap_policy_summary",
        notes="Hard negative: financial assistance policy summary with income tiers and "
        "'cancer treatment' examples, no individual.",
        frm=f"Client Services <clientservices@{KRR}>",
        to=f"patientaccess@{SAH}",
        subject="Updated FAP plain-language summary for registration desks",
        body=(
            "Attached text for the registration desks, updated for the 2026 federal poverty "
            "guidelines:\n\n  Up to 200% FPL ...... 100% discount\n  201-300% FPL ....... 75%\n"
            "  301-400% FPL ....... 50% (amounts generally billed cap)\n\nExamples in the "
            "summary: emergency care, childbirth, cancer treatment and dialysis are all eligible."
            " Spanish and Polish translations are in review.\n\nClient Services"
        ),
    ),
    Spec(
        phi=False,
        category="x12_test_file_synthetic",
        notes="Hard negative: 837 interface test file with ZZTEST placeholder patient, usage "
        "indicator T.",
        frm=f"EDI Desk <edi@{KRR}>",
        to=f"hl7-team@{SAH}",
        subject="837P test file for the new clearinghouse route (TEST data only)",
        body=(
            "Test-only 837P for the route cutover. ISA15 = T, single synthetic claim for "
            "ZZTEST PATIENT ONE, DOB 1900-01-01, no real patient data. Please confirm you see "
            "the 999 come back.\n\nEDI Desk"
        ),
        atts=(Att("KRR_837P_TEST_0901.x12", "application/edi-x12", _X12_TEST),),
    ),
    Spec(
        phi=False,
        category="conference_agenda",
        notes="HFMA chapter meeting agenda with speakers and session titles.",
        frm=f"Alan Whitcombe <awhitcombe@{KRR}>",
        to=f"leadership@{KRR}",
        subject="FW: HFMA First Illinois fall meeting - agenda",
        body=(
            "Who wants to go? We have two seats.\n\n---------- Forwarded ----------\n"
            "HFMA First Illinois Chapter - Fall Revenue Cycle Forum, Dec 3, Oak Brook\n"
            " 8:30  No Surprises Act: two years of IDR data - Karen Lindqvist, CPA\n"
            " 10:00 Price transparency enforcement update - Dr. Samuel Eze, MD, MBA\n"
            " 11:00 Charity care and the 501(r) audit - panel\n 1:00  Language access in patient "
            "billing - Yolanda Castaneda, CHFP\n"
        ),
    ),
]
