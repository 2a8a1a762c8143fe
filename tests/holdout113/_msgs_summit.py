"""Summit Recovery Partners (medical debt collection agency): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SRP = "Summit Recovery Partners <accounts@summitrecoverypartners.com>"
MINI = "\n\nThis communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose."
FOOT = (
    "\n\nSummit Recovery Partners, LLC\nPO Box 4410, Columbus, OH 43216\n(614) 555-0150 | Mon-Fri 8am-8pm ET"
    + MINI
)

MESSAGES = [
    Spec(
        phi=True,
        category="validation notice to debtor with hospital services",
        notes="Validation notice PDF to the consumer's gmail naming her, the hospital creditor, emergency services and date of service.",
        frm=SRP,
        to="brenda.kovach71@gmail.com",
        subject="Important notice about your account",
        body="Dear Brenda Kovach,\n\nYou asked us to send notices by email. Your validation notice is attached. You have until April 27, 2026 to dispute all or part of the debt."
        + FOOT,
        atts=(
            Att(
                "Validation_Notice_SRP-2210587.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT RECOVERY PARTNERS, LLC - VALIDATION NOTICE",
                        "To: Brenda Kovach, 1904 Orchard St, Lima, OH 45801   Ref: SRP-2210587",
                        "Creditor: Riverbend Regional Medical Center   Account 40071118",
                        "Service: Emergency department visit and CT abdomen/pelvis, 08/11/2025",
                        "As of 11/09/2025 you owed: $1,486.00   Payments since: $0.00",
                        "Total amount of the debt now: $1,486.00",
                    ],
                    "Validation notice",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="settlement offer naming behavioral health creditor",
        notes="Hard positive: settlement offer gives the consumer's name and an account whose creditor is a behavioral health unit, revealing psychiatric care.",
        frm="Dominic Ferris <dferris@summitrecoverypartners.com>",
        to="tjwellman@hotmail.com",
        subject="Settlement option - ref SRP-2214409",
        body="Mr. Wellman,\n\nFollowing our call, the client has authorized a one-time settlement of $1,150.00 (60% of the balance) on the account below if received by March 31.\n\nCreditor: Riverbend Behavioral Health - Adult Inpatient Unit\nDates of service: 07/02/2025 - 07/09/2025\nBalance: $1,916.00\n\nReply 'accept' and I'll send a payment link.\n\nDominic Ferris\nAccount Representative"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="dispute response with forwarded hospital itemization",
        notes="Dispute verification to the consumer forwarding the hospital's itemization email with her son's name, asthma ED visit and charges.",
        frm="Disputes Team <disputes@summitrecoverypartners.com>",
        to="marguerite.obi@yahoo.com",
        subject="Verification of disputed debt - ref SRP-2209930",
        body="Ms. Obi,\n\nWe received your written dispute on March 4. Below is the verification our client provided. Collection activity on this account was paused while we obtained it and will remain paused for 10 more days to let you review.\n\nDisputes Team"
        + FOOT,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Self-Pay Follow-up <selfpay@riverbendregional.org>",
            to="disputes@summitrecoverypartners.com",
            subject="RE: verification request SRP-2209930",
            body="Verification for account 40066214, guarantor Marguerite Obi, patient Samuel Obi (minor):\n\n06/28/2025 Peds ED visit level 4 (99284) - asthma exacerbation - $1,212.00\n06/28/2025 Albuterol neb x3 - $86.40\n06/28/2025 Chest x-ray (71046) - $312.00\nInsurance paid $0 (coverage terminated 05/31/2025). Balance $1,610.40.",
        ),
    ),
    Spec(
        phi=True,
        category="skip-trace request with SSN and dialysis creditor",
        notes="Hard positive: skip-trace CSV with names, SSNs and DOBs; the creditor name (a dialysis centre) reveals kidney treatment.",
        frm="Skip Tracing <skip@summitrecoverypartners.com>",
        to="batch@locatorplus-data.com",
        subject="Skip batch 0316 (3 records)",
        body="Batch 0316 attached for address and phone append. Permissible purpose: collection of a consumer debt.",
        atts=(
            Att(
                "skip_0316.csv",
                "text/csv",
                "ref,last,first,ssn,dob,last_known_city,creditor\n"
                "SRP-2215002,Landry,Maurice,538-27-0614,1966-02-11,Lima OH,Lakeview Dialysis Center\n"
                "SRP-2215019,Ybarra,Celeste,472-81-3306,1979-10-30,Sidney OH,Lakeview Dialysis Center\n"
                "SRP-2215023,Coyle,Robert,301-56-9925,1958-07-04,Wapakoneta OH,Lakeview Dialysis Center\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="monthly status workbook to hospital client",
        notes="Multi-sheet status report back to the hospital client listing patients, accounts, payments and disputes.",
        frm="Client Services <clientservices@summitrecoverypartners.com>",
        to="selfpay@riverbendregional.org",
        subject="Riverbend status report - February",
        body="Hi Rochelle,\n\nFebruary status is attached: payments by account on the first tab, disputes and recalls on the second, summary on the third.\n\nNadia Pearce\nClient Services Manager",
        atts=(
            Att(
                "SRP_Riverbend_status_2026-02.xlsx",
                XLSX,
                xlsx(
                    {
                        "Payments": [
                            ["Client acct", "Patient", "DOS", "Paid", "Balance"],
                            ["40058810", "Fuentes, Oscar", "2025-06-03", 150.0, 620.0],
                            ["40060127", "Hale, Bettina", "2025-06-19", 1210.0, 0.0],
                            ["40061944", "Ngata, Wiremu", "2025-07-01", 75.0, 1844.5],
                        ],
                        "Disputes_Recalls": [
                            ["Client acct", "Patient", "Status", "Note"],
                            [
                                "40059702",
                                "Pryor, Denise",
                                "Dispute",
                                "Says billed for MRI she cancelled",
                            ],
                            ["40062288", "Abbott, Ray", "Recall", "Filed Chapter 7"],
                        ],
                        "Summary": [["Placed", "Collected", "Rate"], [412, 48210.55, 0.112]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="credit bureau dispute response naming oncology creditor",
        notes="Hard positive: bureau dispute response with consumer name, DOB, partial SSN and an oncology practice as the original creditor.",
        frm="Credit Reporting Compliance <creditcompliance@summitrecoverypartners.com>",
        to="disputes@nationalcreditexchange.com",
        subject="ACDV response - control 26D0441187",
        body="Response to ACDV control 26D0441187:\n\nConsumer: Gwendolyn R. Asante, DOB 03/09/1972, SSN last 4 x-7741\nOriginal creditor: Riverbend Oncology Associates\nAccount: SRP-2201187, placed 10/2025, balance $2,704.00 (radiation therapy copays)\nResult: Account information verified as reported. Compliance condition code XB (disputed, under investigation by consumer) added.\n\nMarcus Leyva, Credit Reporting Compliance",
    ),
    Spec(
        phi=True,
        category="bankruptcy notice reply to debtor's attorney",
        notes="DOCX letter to the debtor's bankruptcy attorney listing her hospital accounts, services and balances.",
        frm="Legal Department <legal@summitrecoverypartners.com>",
        to="intake@carverbankruptcylaw.com",
        subject="Your client Renata Solis - Ch. 13 case 26-30418",
        body="Counsel,\n\nWe have closed collection on the accounts below on receipt of your notice of filing. The claim details for your schedules are attached.\n\nSummit Recovery Partners Legal",
        atts=(
            Att(
                "Solis_R_accounts.docx",
                DOCX,
                docx(
                    [
                        "Summit Recovery Partners, LLC - Accounts of Renata Solis (DOB 04/22/1985)",
                        "SRP-2197704 | Riverbend Regional Medical Center | cesarean delivery admission 05/11/2025 | $3,980.00",
                        "SRP-2197705 | Millrace Anesthesia Group | anesthesia, same date | $1,140.00",
                        "SRP-2203318 | Riverbend Regional Medical Center | NICU stay, baby girl Solis, 05/11-05/19/2025 | $6,215.00",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="payment plan reply with NICU in subject",
        notes="Hard positive: body carries a name and payment terms only; the NICU stay appears only in the subject line.",
        frm="Dominic Ferris <dferris@summitrecoverypartners.com>",
        to="jsvoboda.home@gmail.com",
        subject="RE: Acct 7718203 - NICU stay balance",
        body="Hi Jakub,\n\nYes, $60 every two weeks works. First draft March 27. I've noted your request that we don't call your work number.\n\nDominic"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="HTML payment receipt to debtor",
        notes="HTML-only payment receipt naming the consumer, the hospital creditor and emergency department date of service.",
        frm="Summit Payments <receipts@summitrecoverypartners.com>",
        to="andre.fulton@outlook.com",
        subject="Payment received - thank you",
        body="",
        html="<html><body><p>Thank you, <b>Andre Fulton</b>.</p><table cellpadding='3'><tr><td>Reference</td><td>SRP-2211350</td></tr><tr><td>Creditor</td><td>Riverbend Regional Medical Center - Emergency Dept</td></tr><tr><td>Date of service</td><td>09/14/2025</td></tr><tr><td>Payment</td><td>$200.00 (card ending 0917)</td></tr><tr><td>Remaining balance</td><td>$412.75</td></tr></table><p style='font-size:11px'>This communication is from a debt collector.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="call notes mentioning substance use treatment",
        notes="Hard positive: call-note TXT names the consumer and says she was in residential substance use treatment (42 CFR Part 2 sensitive).",
        frm="Nadia Pearce <npearce@summitrecoverypartners.com>",
        to="selfpay@riverbendregional.org",
        subject="Hardship request - see notes",
        body="Rochelle, the consumer on this account is asking for a hardship review. Call notes attached. Recommend recall to your financial assistance team.",
        atts=(
            Att(
                "callnotes_SRP-2216640.txt",
                "text/plain",
                "SRP-2216640 / client acct 40072230\n"
                "03/13 10:42 inbound - consumer Leah Pruitt (spouse of guarantor Leon Pruitt) verified DOB.\n"
                "States Leon was in the 28-day residential program for opioid use disorder after the detox admit; no income during that time. Now back at work part time.\n"
                "Requests hardship / charity review. Told her we'd ask the client.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="estate claim to probate attorney for hospice stay",
        notes="Creditor's claim to a probate attorney naming the deceased patient, date of death and inpatient hospice charges.",
        frm="Legal Department <legal@summitrecoverypartners.com>",
        to="estates@merrimanprobate.com",
        subject="Claim against the Estate of Walter E. Brandauer",
        body="Dear Ms. Merriman,\n\nOn behalf of our client Riverbend Regional Medical Center we present the following claim against the estate of Walter E. Brandauer (date of death 01/17/2026), Auglaize County probate case 2026-ES-0041:\n\nInpatient hospice, Riverbend Hospice House, 01/04/2026-01/17/2026: $7,820.00 after Medicare.\n\nPlease advise if additional documentation is needed.\n\nSummit Recovery Partners Legal"
        + MINI,
    ),
    Spec(
        phi=True,
        category="recall notice after charity care approval",
        notes="Hard positive: recall notice names the patient and that she was approved by the charity programme for her chemo balance.",
        frm="Client Services <clientservices@summitrecoverypartners.com>",
        to="selfpay@riverbendregional.org",
        subject="Returning acct 40064490 per your request",
        body="Returned to you, closed no-pay: Alma Quintero, 40064490. Open Hands confirmed she's approved for 100% assistance on the infusion balance, so we've deleted our tradeline.\n\nNadia",
    ),
    Spec(
        phi=True,
        category="password-protected placement acknowledgement",
        notes="Hard positive: the patient-level placement file is inside a password-protected zip; the body names the ED file and account count only.",
        frm="Client Services <clientservices@summitrecoverypartners.com>",
        to="selfpay@riverbendregional.org",
        subject="Placement ack - RRMC ED file 0313",
        body="Ack for your ED placement file of 3/13: 6 accounts loaded, 0 rejected. Detail attached, password by phone as usual.\n\nNadia",
        atts=(
            Att(
                "RRMC_ED_placements_0313_ack.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "ack_0313.csv": "client_acct,patient,dob,ssn,dos,svc,balance,srp_ref\n40071204,Merritt Gary,1971-03-02,244-71-0938,2025-09-14,ED,2311.40,SRP-2217001\n40069980,Dunleavy Owen,2014-05-27,,2025-08-30,Peds ED,918.00,SRP-2217002\n",
                    },
                    "Summit#0313",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wage garnishment order to employer",
        notes="Hard positive: garnishment letter to the employer's payroll reveals the employee owes a judgment for surgical care at a named hospital.",
        frm="Legal Department <legal@summitrecoverypartners.com>",
        to="payroll@tri-countylogistics.com",
        subject="Order of garnishment - employee Curtis Amundsen",
        body="Payroll Administrator,\n\nAttached (by mail) is the court order of garnishment for your employee Curtis Amundsen, last four of SSN 5512. Judgment creditor: Riverbend Regional Medical Center, for unpaid charges for his gallbladder surgery (laparoscopic cholecystectomy) on 04/14/2025, judgment amount $5,904.12. Please begin withholding with the next pay period.\n\nSummit Recovery Partners Legal"
        + MINI,
    ),
    Spec(
        phi=True,
        category="reply to authorized daughter about mother's ambulance bill",
        notes="Hard positive: reply to a daughter's personal mailbox naming the patient only by first name (Rosalie) and 'Mom', about an ambulance transport after her stroke.",
        frm="Dominic Ferris <dferris@summitrecoverypartners.com>",
        to="kat.ferrante@gmail.com",
        subject="RE: Mom's ambulance bill",
        body="Hi Katherine,\n\nThanks for sending the POA. I've got you listed as authorized on Rosalie's account now. The $1,295 is the ambulance transport from the house to Riverbend the night of her stroke; Medicare denied it for a missing signature, so I've asked the ambulance company to rebill. I'll put a 60-day hold on it.\n\nDominic"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="portal screenshot PNG named after debtor",
        notes="Hard positive: PNG named with the consumer's name and 'lab bill'; body names the lab creditor and the consumer's complaint about a Pap smear charge.",
        frm="Web Support <websupport@summitrecoverypartners.com>",
        to="tickets@paygateway-pro.com",
        subject="Portal shows wrong balance - screenshot",
        body="The payer portal is showing $0 for the account below even though the consumer still owes $96. Screenshot attached. She says the charge is for a Pap smear lab fee from Riverbend outpatient lab and she's already paid it once.\n\nRef SRP-2218810",
        atts=(Att("Nguyen_Thao_lab_bill_portal.png", "image/png", png(8, 5, (250, 250, 250))),),
    ),
    Spec(
        phi=True,
        category="scheduled call invite with debtor re surgery center bill",
        notes="Calendar invite to a consumer's personal email naming him and his knee arthroscopy balance.",
        frm="Dominic Ferris <dferris@summitrecoverypartners.com>",
        to="lamar.whitby@yahoo.com",
        subject="Call scheduled: your Riverbend Surgery Center balance",
        body="Mr. Whitby,\n\nAs requested, I'll call you Thursday at 5:30 pm about the balance from your knee arthroscopy at Riverbend Surgery Center. You can reschedule by replying."
        + FOOT,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit//Collections//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:call-srp2212088@summitrecoverypartners.com\r\nDTSTAMP:20260316T160000Z\r\nDTSTART:20260319T213000Z\r\nDTEND:20260319T214500Z\r\nSUMMARY:Call - Lamar Whitby - knee arthroscopy balance SRP-2212088\r\nORGANIZER:mailto:dferris@summitrecoverypartners.com\r\nATTENDEE:mailto:lamar.whitby@yahoo.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="small-claims complaint draft to local counsel",
        notes="DOCX complaint naming the defendant patient, her address and the emergency C-section hospital charges.",
        frm="Legal Department <legal@summitrecoverypartners.com>",
        to="filings@ostranderlocalcounsel.com",
        subject="Draft complaint for filing - Lima Municipal Court",
        body="Please review and file the attached. Affidavit of account follows.",
        atts=(
            Att(
                "Complaint_Summit_v_Delacroix.docx",
                DOCX,
                docx(
                    [
                        "IN THE LIMA MUNICIPAL COURT, ALLEN COUNTY, OHIO",
                        "Summit Recovery Partners, LLC, assignee of Riverbend Regional Medical Center, Plaintiff, v. Monique Delacroix, 2240 Cable Rd, Lima, OH 45805, Defendant.",
                        "1. Defendant received medical services from Riverbend Regional Medical Center, including an emergency cesarean section and a 4-day inpatient stay beginning 02/09/2025.",
                        "2. Defendant owes $4,866.30 on account 40052019, no part of which has been paid.",
                    ]
                ),
            ),
        ),
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="collection letter template with merge fields",
        notes="Hard negative: DOCX letter template with merge fields (PatientName, DOS, ServiceDescription) and no actual consumer.",
        frm="Compliance <compliance@summitrecoverypartners.com>",
        to="letters@keystoneprintmail.com",
        subject="Template L-12 (medical, Reg F) - final",
        body="Final version of L-12 for medical placements. Merge fields are in double angle brackets; please don't reflow the validation table.",
        atts=(
            Att(
                "L12_medical_template.docx",
                DOCX,
                docx(
                    [
                        "<<LetterDate>>",
                        "<<PatientName>>  <<Address1>>  <<City>>, <<State>> <<Zip>>",
                        "Creditor: <<OriginalCreditor>>   Account: <<ClientAcct>>   Date of service: <<DOS>>",
                        "Service: <<ServiceDescription>>   Amount: <<Balance>>",
                        "This communication is from a debt collector.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FDCPA training scenario with fictitious consumer",
        notes="Hard negative: training scenario for collectors with a clearly fictitious consumer and generic medical debt.",
        frm="Training <training@summitrecoverypartners.com>",
        to="facilitator@collectorsacademy.org",
        subject="Role-play scripts for the 3/24 session",
        body="Scripts for the afternoon role-play:\n\nScenario B (fictitious): 'John Q. Sample' calls about a hospital bill and says he thought insurance covered his son's ER visit. The collector must not discuss the account until identity is verified, must offer the dispute rights, and must not mention the nature of the medical service in a voicemail.\n\nAll names in the scripts are invented.\n\nLucia Hartmann, Training Manager",
    ),
    Spec(
        phi=False,
        category="aggregate recovery rates by service line to client",
        notes="Hard negative: multi-sheet workbook of recovery rates by service line and aging bucket; no accounts or names.",
        frm="Client Services <clientservices@summitrecoverypartners.com>",
        to="pfs.director@riverbendregional.org",
        subject="Q1 performance summary (aggregate)",
        body="Beatrice,\n\nQ1 aggregate performance for the quarterly business review. Recovery on behavioral health and oncology placements lags the portfolio, as expected given hardship rates.\n\nNadia",
        atts=(
            Att(
                "SRP_Q1_2026_performance.xlsx",
                XLSX,
                xlsx(
                    {
                        "Service line": [
                            ["Service line", "Placed $", "Collected $", "Rate"],
                            ["Emergency", 812000, 101500, 0.125],
                            ["Oncology", 96000, 6240, 0.065],
                            ["Behavioral health", 71500, 4290, 0.06],
                            ["Lab/Imaging", 144000, 25920, 0.18],
                        ],
                        "Aging": [
                            ["Days since placement", "Accounts", "Rate"],
                            ["0-90", 410, 0.07],
                            ["91-180", 388, 0.11],
                            ["181+", 902, 0.14],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="contingency fee invoice to client",
        notes="Fee invoice with aggregate collections only.",
        frm="Billing <billing@summitrecoverypartners.com>",
        to="ap@riverbendregional.org",
        subject="Invoice SRP-INV-2026-0219",
        body="Invoice SRP-INV-2026-0219\nPeriod: February 2026\nGross collections on your placements: $48,210.55\nContingency fee (24%): $11,570.53\nNet remitted 03/05: $36,640.02\nBalance due: $0.00 (fees netted)\n\nSummit Recovery Partners Billing",
    ),
    Spec(
        phi=False,
        category="job posting for medical collections specialist",
        notes="Hard negative: job posting that mentions HIPAA, ICD-10 and hospital accounts but no person.",
        frm="HR <hr@summitrecoverypartners.com>",
        to="jobs@columbusjobboard.com",
        subject="Job ad: Medical Collections Specialist",
        body="Medical Collections Specialist - Columbus, OH (on site)\n\nWork hospital and physician-group accounts, explain EOBs and coordination of benefits, screen consumers for financial assistance, and follow FDCPA/Reg F and HIPAA minimum-necessary rules. Familiarity with CPT/ICD-10 a plus. $18/hr + incentive. Equal opportunity employer.",
    ),
    Spec(
        phi=False,
        category="print vendor proof with sample consumer",
        notes="Hard negative: print proof PDF using the vendor's SAMPLE CONSUMER placeholder, not a real person.",
        frm="Compliance <compliance@summitrecoverypartners.com>",
        to="proofs@keystoneprintmail.com",
        subject="RE: proof L-12 run 0321",
        body="Proof approved. Note the sample name on the proof is your placeholder ('SAMPLE CONSUMER'); confirm the live run pulls from the merge file.",
        atts=(
            Att(
                "L12_proof_0321.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT RECOVERY PARTNERS, LLC",
                        "SAMPLE CONSUMER, 100 MAIN ST, ANYTOWN, OH 00000",
                        "Creditor: SAMPLE HOSPITAL   Account: 00000000   Date of service: 01/01/2000",
                        "Amount: $0.00   ** PROOF - NOT FOR MAILING **",
                    ],
                    "Proof L-12",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT ticket with SSN-shaped ticket number",
        notes="Hard negative: IT service ticket whose number is SSN-shaped; about a dialer outage.",
        frm="IT Service Desk <itdesk@summitrecoverypartners.com>",
        to="support@dialwise-telecom.com",
        subject="Ticket 611-28-4470 - dialer dropping calls",
        body="Re ticket 611-28-4470: since the 3/14 firmware push, the predictive dialer drops about 8% of connected calls at the 2-second mark. Logs uploaded to your portal. Please escalate to tier 2.\n\nMiguel Ortega, IT",
    ),
    Spec(
        phi=False,
        category="holiday closure notice to clients",
        notes="Operational closure notice; no consumer.",
        frm="Client Services <clientservices@summitrecoverypartners.com>",
        to="clients@lists.summitrecoverypartners.com",
        subject="Closed Friday April 3 (Good Friday)",
        body="Our office will be closed Friday, April 3. Payment postings and placement loads will resume Monday, April 6. Remittance files will go out one day late.\n\nThank you,\nSummit Recovery Partners",
    ),
    Spec(
        phi=False,
        category="medical debt credit reporting bulletin to clients",
        notes="Hard negative: regulatory bulletin about medical debt credit reporting thresholds; no consumer.",
        frm="Compliance <compliance@summitrecoverypartners.com>",
        to="clients@lists.summitrecoverypartners.com",
        subject="Compliance bulletin: medical debt reporting changes",
        body="Client bulletin 2026-03\n\n- Medical collection tradelines under $500 remain excluded from consumer reports by the three nationwide bureaus.\n- Paid medical collections are removed from reports.\n- We wait 365 days from first delinquency before reporting any medical account.\n- Several states now prohibit reporting medical debt entirely; we will suppress reporting for consumers in those states automatically.\n\nQuestions: compliance@summitrecoverypartners.com",
    ),
    Spec(
        phi=False,
        category="RFP capabilities deck to prospective hospital",
        notes="Capabilities PDF for a hospital RFP; no consumer data.",
        frm="Business Development <bd@summitrecoverypartners.com>",
        to="procurement@maumeevalleyhealth.org",
        subject="RFP 26-117 response - early-out and bad debt services",
        body="Attached is Summit's response to RFP 26-117. We'd welcome the chance to present to your revenue cycle committee.\n\nGrant Oduya\nVP Business Development",
        atts=(
            Att(
                "Summit_RFP_26-117.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT RECOVERY PARTNERS - RESPONSE TO RFP 26-117",
                        "Early-out self-pay, bad debt, and patient-friendly collections since 2009.",
                        "HITRUST-certified environment; BAAs with 41 hospital clients.",
                        "Charity screening on every account before placement activity.",
                        "Average liquidation rate on hospital bad debt: 11.6%.",
                    ],
                    "RFP response",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="BAA draft with PHI definitions to hospital counsel",
        notes="Hard negative: business associate agreement DOCX describing categories of PHI; no individual.",
        frm="Legal Department <legal@summitrecoverypartners.com>",
        to="contracts@maumeevalleyhealth.org",
        subject="BAA redline - Summit comments",
        body="Our redline of your BAA template. We accepted the 5-business-day breach notice and pushed back on the unlimited indemnity.\n\nSummit Legal",
        atts=(
            Att(
                "BAA_MaumeeValley_Summit_redline.docx",
                DOCX,
                docx(
                    [
                        "Business Associate Agreement",
                        "2.1 Business Associate will use PHI - including patient names, account numbers, dates of service, and diagnosis codes appearing on itemized statements - only to perform collection services.",
                        "4.3 Business Associate will report any Breach of Unsecured PHI within five (5) business days of discovery.",
                        "7.2 Indemnification shall be capped at fees paid in the prior twelve months. [Summit comment]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate remittance summary csv",
        notes="Hard negative: remittance summary CSV by batch with totals only; no accounts or names.",
        frm="Billing <billing@summitrecoverypartners.com>",
        to="cashposting@riverbendregional.org",
        subject="Remittance 03/13 - batch totals",
        body="Remittance totals for 03/13 attached. Account-level detail is on the SFTP as usual.",
        atts=(
            Att(
                "remit_totals_0313.csv",
                "text/csv",
                "batch,placement_month,payments,gross,fee,net\n"
                "B2025-09,2025-09,14,3120.40,748.90,2371.50\n"
                "B2025-10,2025-10,22,5011.00,1202.64,3808.36\n"
                "B2025-11,2025-11,9,1488.25,357.18,1131.07\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="translated letter templates zip",
        notes="Hard negative: zip of blank Spanish/Vietnamese letter templates with placeholders.",
        frm="Compliance <compliance@summitrecoverypartners.com>",
        to="letters@keystoneprintmail.com",
        subject="Translated templates L-12-ES and L-12-VI",
        body="Certified translations of L-12 in Spanish and Vietnamese, same merge fields as English.",
        atts=(
            Att(
                "L12_translations.zip",
                "application/zip",
                zipped(
                    {
                        "L12_ES.txt": "Acreedor: <<OriginalCreditor>>  Fecha de servicio: <<DOS>>  Monto: <<Balance>>\nEsta comunicación es de un cobrador de deudas.",
                        "L12_VI.txt": "Chu no: <<OriginalCreditor>>  Ngay dich vu: <<DOS>>  So tien: <<Balance>>",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="revenue cycle newsletter",
        notes="Hard negative: HTML-only industry newsletter discussing cancer-centre self-pay trends in aggregate.",
        frm="Summit Insights <insights@summitrecoverypartners.com>",
        to="subscribers@lists.summitrecoverypartners.com",
        subject="Summit Insights: self-pay after high-deductible plans",
        body="",
        html="<html><body><h2>Summit Insights - March 2026</h2><p>Patient balances after insurance rose 9% year over year across our hospital clients. Balances from cancer centers and infusion clinics are the fastest growing segment, averaging $2,480 per account.</p><p>Three things that help: screen for charity care before placement, offer 0% plans, and send plain-language itemizations.</p><p><a href='https://summitrecoverypartners.com/unsubscribe'>Unsubscribe</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="recruiter reply with staff contact details",
        notes="Collector's own name and phone in a reply to a recruiter; no consumer.",
        frm="Lucia Hartmann <lhartmann@summitrecoverypartners.com>",
        to="t.brooks@talentbridge-staffing.com",
        subject="RE: temp collectors for April",
        body="Hi Tanya,\n\nWe'd take four temps from April 6 for eight weeks, first-party hospital work. Candidates need to pass our background check and a HIPAA quiz on day one. My direct line is (614) 555-0156.\n\nLucia Hartmann\nTraining Manager",
    ),
    Spec(
        phi=False,
        category="SFTP connectivity test file",
        notes="Hard negative: TXT test file explicitly containing no consumer data, for SFTP connectivity.",
        frm="IT Service Desk <itdesk@summitrecoverypartners.com>",
        to="sftp-admin@maumeevalleyhealth.org",
        subject="SFTP test upload",
        body="Test file attached and also dropped in /inbound/test. Please confirm you can see it.",
        atts=(
            Att(
                "SRP_SFTP_TEST.txt",
                "text/plain",
                "TEST FILE - NO CONSUMER OR PATIENT DATA\nrecord_count=0\ncreated=2026-03-16\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded court e-filing notice",
        notes="Hard negative: forward of a court's general e-filing rule notice; no case or person.",
        frm="Legal Department <legal@summitrecoverypartners.com>",
        to="filings@ostranderlocalcounsel.com",
        subject="FW: Lima Municipal Court - e-filing mandatory from May 1",
        body="FYI - affects all our small-claims filings from May.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Clerk of Court <clerk@limamunicourt.gov>",
            to="registered-filers@limamunicourt.gov",
            subject="E-filing mandatory from May 1",
            body="Beginning May 1, 2026 all civil and small claims filings by attorneys and registered filers must be submitted through the e-filing portal. Paper filings will be rejected except for self-represented parties.",
        ),
    ),
    Spec(
        phi=False,
        category="payment processor rate renegotiation",
        notes="Vendor mail about card-processing rates; no consumer.",
        frm="Finance <finance@summitrecoverypartners.com>",
        to="accounts@paygateway-pro.com",
        subject="Convenience fee removal and new rates",
        body="Hi,\n\nWe're removing the consumer convenience fee on April 1. Please move us to the flat 2.4% + $0.20 plan discussed and confirm the ACH rate stays at $0.35.\n\nThanks,\nGreta Vance, Controller",
    ),
    Spec(
        phi=False,
        category="interview scheduling reply to job applicant",
        notes="Interview logistics to an applicant's personal mailbox; no health information.",
        frm="HR <hr@summitrecoverypartners.com>",
        to="devon.achterberg@gmail.com",
        subject="Interview Tuesday 3/24 at 10:00",
        body="Hi Devon,\n\nThanks for applying for the Medical Collections Specialist role. You're confirmed for Tuesday, March 24 at 10:00 am at our office, 4th floor. Bring a photo ID for the front desk. Parking is free in the north lot.\n\nBest,\nSummit Recovery Partners HR",
    ),
]
