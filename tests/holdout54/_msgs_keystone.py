"""Keystone Recovery Partners (medical debt collection agency): 37 messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

MINI = "\n\nThis communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose."
SIG = (
    "\n\nKeystone Recovery Partners, LLC\n220 Commerce Sq, Suite 400, Columbus, OH\n555-0160 | Mon-Fri 8-8 ET"
    + MINI
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*KEYSTONERP     *ZZ*COVERAGEFINDR  *260318*0907*^*00501*000000582*0*P*:~"
    "GS*HS*KEYSTONERP*COVERAGEFINDR*20260318*0907*582*X*005010X279A1~ST*270*0001*005010X279A1~"
    "BHT*0022*13*KRP582*20260318*0907~HL*1**20*1~NM1*PR*2*UNKNOWN PAYER*****PI*00000~HL*2*1*21*1~"
    "NM1*1P*2*MERCY VALLEY MEDICAL CENTER*****XX*1908518941~HL*3*2*22*0~"
    "NM1*IL*1*BEAUCHAMP*TERRENCE*L~N3*1187 LINDEN AVE~N4*HARLOW*OH*43561~DMG*D8*19840214*M~"
    "DTP*291*D8*20251108~EQ*30~SE*13*0001~GE*1*582~IEA*1*000000582~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Reg F validation notice for hospital debt",
        notes="Hard positive: validation notice naming the consumer, the hospital creditor, account and service date; no diagnosis, but it is payment for care.",
        frm="Keystone Recovery Partners <notices@keystonerecoverypartners.com>",
        to="darnell.upshaw@gmail.com",
        subject="Important notice about your account KRP-2603-11871",
        body="Dear Darnell Upshaw,\n\nYou consented to receive notices by e-mail. Your validation notice is attached. Please read it; it explains your right to dispute this debt by April 27, 2026."
        + SIG,
        atts=(
            Att(
                "validation_notice_KRP-2603-11871.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE RECOVERY PARTNERS, LLC is a debt collector.",
                        "Darnell Upshaw, 18 Kestrel Ln, Harlow OH",
                        "Keystone reference: KRP-2603-11871",
                        "Original creditor: Mercy Valley Medical Center, account 50071120",
                        "Service date: September 14, 2025",
                        "As of placement you owed: $2,210.55   Interest: $0.00   Fees: $0.00   Total: $2,210.55",
                        "Call or write to us by April 27, 2026 to dispute all or part of the debt.",
                    ],
                    "Validation notice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Validation notice for unpaid water utility bill",
        notes="Hard negative: full collection notice with name, address and account, but the debt is a municipal water bill, not health care.",
        frm="Keystone Recovery Partners <notices@keystonerecoverypartners.com>",
        to="g.whitford77@gmail.com",
        subject="Notice about your account KRP-2603-12044",
        body=(
            "Dear Gail Whitford,\n\nKeystone Recovery Partners is collecting a debt you owe to Harlow Municipal Water & Sewer, account 0041-3387, "
            "service address 530 Maple Ave, for service from July through October 2025. Amount owed: $611.28.\n\n"
            "You can dispute this debt by April 27, 2026. Pay online at pay.keystonerecoverypartners.com."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Collection letter for veterinary surgery bill",
        notes="Hard negative: debt for a dog's cruciate surgery at an animal hospital; animal health is not PHI.",
        frm="Keystone Recovery Partners <notices@keystonerecoverypartners.com>",
        to="bramirez.harlow@yahoo.com",
        subject="Your balance with Riverbend Animal Hospital",
        body=(
            "Dear Bruno Ramirez,\n\nWe are writing about your unpaid balance of $2,940.00 with Riverbend Animal Hospital for your dog Pepper's "
            "cruciate ligament repair (TPLO) and post-op radiographs on October 3, 2025. Please call us to discuss payment options."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Payment confirmation for emergency physician debt",
        notes="Receipt to consumer's yahoo naming her, the emergency physicians' group and ER date of service.",
        frm="Keystone Payments <payments@keystonerecoverypartners.com>",
        to="brianna.salcedo@yahoo.com",
        subject="Payment received - thank you",
        body=(
            "Hi Brianna Salcedo,\n\nWe received your payment of $50.00 on 03/16/2026 toward your Harlow Emergency Physicians account "
            "(emergency room visit 10/02/2025). Remaining balance: $295.00. Next scheduled payment: 04/16/2026.\n\nConfirmation #KP-77120931"
            + MINI
        ),
    ),
    Spec(
        phi=True,
        category="Dispute response with ambulance itemization",
        notes="Response to a dispute naming the consumer and itemizing an emergency ambulance transport with oxygen and cardiac monitoring.",
        frm="Disputes Team <disputes@keystonerecoverypartners.com>",
        to="vhalvorsen@outlook.com",
        subject="Response to your dispute received March 9",
        body=(
            "Dear Mr. Halvorsen,\n\nWe have completed our review of your dispute of the Tri-County EMS account. The creditor provided the following itemization "
            "for the transport on 10/11/2025 from your home to Mercy Valley Medical Center:\n\n"
            "A0427 ALS1 emergency transport      $1,480.00\nA0425 Mileage 11 miles               $198.00\nA0398 ALS supplies incl. cardiac monitoring/O2  $142.00\n"
            "Medicare paid                        -$0.00 (not enrolled)\nBalance                              $1,820.00\n\n"
            "The creditor states the transport was for chest pain. Collection activity resumes 30 days from this letter."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Reply to daughter about deceased father's hospice account",
        notes="Hard positive: first name plus relationship ('your father Walter') with hospice care and estate balance, to daughter's personal mailbox.",
        frm="Estates Unit <estates@keystonerecoverypartners.com>",
        to="janet.kuiper.home@comcast.net",
        subject="Re: Dad's bill",
        body=(
            "Dear Janet,\n\nI'm sorry for your loss. To answer your question: you are not personally responsible for your father Walter's account. "
            "The balance for his hospice stay at Evening Star Hospice in January is a claim against his estate only. If you are the executor, "
            "please send us the letters testamentary and we will file the claim with the probate court.\n\nRenee Castillo, Estates Unit"
            + MINI
        ),
    ),
    Spec(
        phi=False,
        category="Reg F call-frequency reminder to collectors",
        notes="Compliance bulletin to collection staff about call limits; no consumer.",
        frm="Compliance <compliance@keystonerecoverypartners.com>",
        to="collectors@keystonerecoverypartners.com",
        subject="Reminder: 7-in-7 rule and time-barred debt",
        body="Collectors,\n\nReminder that the dialer blocks an 8th attempt in 7 days, but manual dials count too. Do not threaten suit on accounts past the statute of limitations; the system flags these in orange.\n\nCompliance",
    ),
    Spec(
        phi=False,
        category="Medical credit-reporting training memo with placeholder consumer",
        notes="Hard negative: training memo explaining medical-debt reporting thresholds with a 'Jane Example' placeholder account; no real person.",
        frm="Training <training@keystonerecoverypartners.com>",
        to="collectors@keystonerecoverypartners.com",
        subject="Training: what we can and cannot report to the bureaus",
        body=(
            "Team,\n\nAs of this quarter: (1) paid medical collections are not reported; (2) medical balances under $500 are never reported; "
            "(3) nothing is reported until 1 year after placement.\n\nExample: Jane Example, $420 balance from an ER visit placed 2025-06 -> do NOT report "
            "(under $500). A $1,200 lab balance placed 2025-01 -> may be reported after 2026-01 if not disputed.\n\n"
            "Quiz in the LMS by Friday.\nTraining Dept."
        ),
    ),
    Spec(
        phi=True,
        category="Monthly remittance report to hospital client",
        notes="Multi-sheet workbook to the client listing patient names, hospital account numbers and payments collected.",
        frm="Client Services <clientservices@keystonerecoverypartners.com>",
        to="dwhitcomb@mercyvalleymc.org",
        subject="February remittance - Mercy Valley",
        body="Dana,\n\nFebruary remittance attached: $14,210.77 collected, our fee $3,552.69, net to you $10,658.08. Wire goes out Friday.\n\nTroy Mendel, Client Services",
        atts=(
            Att(
                "MVMC_remit_2026-02.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Month", "Collected", "Fee", "Net"],
                            ["2026-02", 14210.77, 3552.69, 10658.08],
                        ],
                        "Payments": [
                            ["Patient", "MVMC account", "Paid", "Date"],
                            ["Lynette Burrell", "50072870", 512.33, "2026-02-04"],
                            ["Omar Haddad", "50073105", 400.00, "2026-02-11"],
                            ["Ruth Ann Gideon", "50066210", 1250.00, "2026-02-19"],
                        ],
                        "Recalls": [
                            ["MVMC account", "Reason"],
                            ["50069001", "Financial assistance approved"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate liquidation report to client",
        notes="Hard negative: multi-sheet liquidation rates by placement month and balance tier; aggregate only.",
        frm="Analytics <analytics@keystonerecoverypartners.com>",
        to="revcycle.director@lakeporthealth.org",
        subject="Quarterly performance review deck data",
        body="Attached are the numbers for our QBR. Liquidation at 180 days is 11.4%, up from 9.8%. No account-level data included.",
        atts=(
            Att(
                "lakeport_qbr_2026Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "By placement month": [
                            ["Placed", "Accounts", "Placed $", "Collected $", "Liquidation"],
                            ["2025-09", 640, 812000, 94210, 0.116],
                            ["2025-10", 702, 905500, 98110, 0.108],
                        ],
                        "By balance tier": [
                            ["Tier", "Accounts", "Liquidation"],
                            ["<$500", 1311, 0.19],
                            ["$500-$2,500", 820, 0.09],
                            [">$2,500", 214, 0.04],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted recall file sent to hospital client",
        notes="Hard positive: body has no identifiers; the password-protected zip holds the recalled patient accounts list for financial-assistance review.",
        frm="Client Services <clientservices@keystonerecoverypartners.com>",
        to="dwhitcomb@mercyvalleymc.org",
        subject="Recall file - 3 accounts",
        body="Dana,\n\nThe three accounts you recalled for charity-care screening are in the attached file. Password will come by phone, not e-mail.\n\nTroy",
        atts=(
            Att(
                "recall_2026-03-17.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "recall.csv": "account,patient,balance,reason\n50072233,Victor Halvorsen,3120.40,FAP application pending\n50071982,Brianna Salcedo,295.00,FAP application pending\n50073344,Cheryl Ann Voss,743.90,Patient deceased\n",
                    },
                    "Kst!2603recall",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Skip-trace request with SSN for hospital debtor",
        notes="Hard positive: name, SSN and last address sent to a skip-trace vendor; only the hospital creditor reveals it is payment for care.",
        frm="Skip Tracing <skip@keystonerecoverypartners.com>",
        to="requests@locatorlinkdata.com",
        subject="Batch locate 0318-A",
        body=(
            "Please run a locate on the following (client: Mercy Valley Medical Center, hospital self-pay balance):\n\n"
            "Name: Omar Haddad\nSSN: 412-67-3308\nLast known: 61 Ridge Ave, Harlow OH\nPhone on file (disconnected): 555-0187\n\nReturn phone and address hits only.\nKeystone Skip Tracing"
        ),
    ),
    Spec(
        phi=False,
        category="Skip-trace request for auto-loan deficiency",
        notes="Hard negative: name and SSN sent to a skip-trace vendor for a car-loan deficiency; identifiable but no health information.",
        frm="Skip Tracing <skip@keystonerecoverypartners.com>",
        to="requests@locatorlinkdata.com",
        subject="Batch locate 0318-B",
        body=(
            "Please run a locate (client: Buckeye Auto Credit Union, repossession deficiency balance):\n\n"
            "Name: Cody Lindeman\nSSN: 538-21-4976\nLast known: 12 Fox Run, Millbrook OH\nVehicle: 2019 sedan, repossessed 11/2025\n\nKeystone Skip Tracing"
        ),
    ),
    Spec(
        phi=True,
        category="Bankruptcy counsel response with medical account statements",
        notes="Response to a debtor's bankruptcy attorney with a zip of statements naming the client, hospital and surgical services.",
        frm="Legal Department <legal@keystonerecoverypartners.com>",
        to="filings@hollisbankruptcylaw.com",
        subject="Re: Ch. 7 case 26-50311 - your client Kerr",
        body="Counsel,\n\nWe have ceased collection. As requested, the statements for the two accounts we hold for your client Dominic Kerr are attached for your schedules.\n\nLegal Department"
        + MINI,
        atts=(
            Att(
                "Kerr_statements.zip",
                "application/zip",
                zipped(
                    {
                        "mercy_valley_50061177.txt": "Mercy Valley Medical Center\nPatient: Dominic Kerr\nDOS 07/22/2025 Outpatient surgery - inguinal hernia repair\nBalance placed: $3,402.15\n",
                        "harlow_anesthesia_A88201.txt": "Harlow Anesthesia Associates\nPatient: Dominic Kerr\nDOS 07/22/2025 Anesthesia for hernia repair, 74 min\nBalance placed: $918.00\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Letter template proof approval to print vendor",
        notes="Hard negative: letter proof with JOHN Q SAMPLE placeholder consumer and dummy account for print-vendor sign-off.",
        frm="Operations <ops@keystonerecoverypartners.com>",
        to="proofs@tristatelettershop.com",
        subject="Proof approval - template VN-2026",
        body="Approved with one change: move the itemization table above the dispute section. Marked-up proof attached (sample data only).",
        atts=(
            Att(
                "VN-2026_proof_markup.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE RECOVERY PARTNERS - TEMPLATE VN-2026 - PROOF",
                        "JOHN Q SAMPLE, 100 ANY STREET, ANYTOWN OH",
                        "Reference: KRP-0000-00000   Creditor: [CREDITOR NAME]",
                        "Itemization date: [DATE]  Amount: $0.00",
                        "** MOVE ITEMIZATION TABLE ABOVE DISPUTE SECTION **",
                    ],
                    "Proof VN-2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Service-not-received verification request to client",
        notes="Hard positive: terse shorthand note with the consumer's name, hospital account and the colonoscopy she disputes.",
        frm="Troy Mendel <tmendel@keystonerecoverypartners.com>",
        to="pfs.verification@lakeporthealth.org",
        subject="verify svc - Greer",
        body="Pls verify: Alma Greer, your acct 2208817, says she never had the colonoscopy billed on 1/5/26, says she cancelled. Holding the account till we hear back. TM",
    ),
    Spec(
        phi=True,
        category="Payment plan confirmation naming oncology creditor (HTML only)",
        notes="Hard positive: HTML-only plan confirmation whose only health clue is the creditor, Harlow Oncology Associates, with the consumer's name.",
        frm="Keystone Payments <payments@keystonerecoverypartners.com>",
        to="lgideon.ruthann@gmail.com",
        subject="Your payment plan is set up",
        body="",
        html=(
            "<html><body><p>Hello Ruth Ann Gideon,</p><p>Your payment plan for your <b>Harlow Oncology Associates</b> balance of $3,600.00 is active: "
            "12 payments of $300.00 on the 19th of each month, starting April 19, 2026.</p><p>Reference KRP-2511-00822</p>"
            "<p style='font-size:10px'>This communication is from a debt collector.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Client webinar invitation (HTML only)",
        notes="HTML-only invitation to hospital clients for a webinar on the No Surprises Act; no individual.",
        frm="Keystone Recovery Partners <events@keystonerecoverypartners.com>",
        to="clients@lists.keystonerecoverypartners.com",
        subject="Webinar 4/2: No Surprises Act and your early-out program",
        body="",
        html=(
            "<html><body><h3>Join us April 2 at 2 pm ET</h3><p>Our compliance director will cover good-faith estimates, the patient-provider dispute "
            "resolution process and how they affect early-out and bad-debt placements.</p><p><a href='https://keystonerecoverypartners.com/webinar'>Register</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Dialer migration notice to staff",
        notes="Internal IT/operations notice; no consumer data.",
        frm="IT <it@keystonerecoverypartners.com>",
        to="all-staff@keystonerecoverypartners.com",
        subject="New dialer goes live Monday",
        body="Everyone: the new dialer goes live Monday 3/23. Log in with your SSO account; headsets need the new USB driver (IT will come by desks Friday afternoon).",
    ),
    Spec(
        phi=False,
        category="Collection agency licence renewal to state regulator",
        notes="Licence renewal filing correspondence with the state; no consumer.",
        frm="Compliance <compliance@keystonerecoverypartners.com>",
        to="financial.institutions@com.state.oh.example.gov",
        subject="Renewal - collection agency licence CA.0041882",
        body="Attached please find our renewal application, surety bond rider and audited financials for licence CA.0041882. The fee was paid online (receipt 2026-0316-4471).\n\nMarta Leclerc, Compliance Director",
    ),
    Spec(
        phi=True,
        category="Insurance discovery 270 file to vendor",
        notes="Hard positive: X12 270 eligibility inquiry with patient name, address, DOB and hospital service date; body has none of it.",
        frm="Insurance Discovery <insdiscovery@keystonerecoverypartners.com>",
        to="batch@coveragefinderhq.com",
        subject="270 batch 582",
        body="Batch 582 attached. One inquiry. Please return 271 to our SFTP.",
        atts=(Att("KRP_270_batch582.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="Credit bureau tradeline deletion for behavioral health debt",
        notes="Names the consumer and the original creditor, a behavioral health clinic, in a deletion request to a credit bureau.",
        frm="Credit Reporting <creditreporting@keystonerecoverypartners.com>",
        to="datafurnisher@natlcreditbureau.com",
        subject="Delete tradeline - KRP-2407-05530",
        body=(
            "Please delete the collection tradeline for consumer Anthony Ruiz-Pena (DOB 06/02/1990), Keystone reference KRP-2407-05530, original creditor "
            "Harlow Behavioral Health Center (outpatient counseling), reported balance $740. The account was paid by insurance after reprocessing.\n\nCredit Reporting Unit"
        ),
    ),
    Spec(
        phi=False,
        category="PCI scan result to payment processor",
        notes="Vendor security correspondence about card-processing compliance; no consumer.",
        frm="IT Security <itsecurity@keystonerecoverypartners.com>",
        to="compliance@swiftpaymerchant.com",
        subject="Quarterly ASV scan - passed",
        body="Attached is our passing ASV scan for Q1 (2 external IPs, 0 failing findings) and the SAQ-D attestation signed by our CFO.",
    ),
    Spec(
        phi=True,
        category="Headerless suit-referral list to litigation counsel",
        notes="Hard positive: CSV with no header row listing names, hospital accounts, balances and 'ED' service codes sent to a law firm.",
        frm="Legal Department <legal@keystonerecoverypartners.com>",
        to="intake@brandtfieldslaw.com",
        subject="Suit referrals - March",
        body="Four files approved for suit by the client. Usual terms.",
        atts=(
            Att(
                "referrals_0316.csv",
                "text/csv",
                "Vasquez,Luz,MVMC 50058810,4410.20,ED 2025-04-19\n"
                "Pruitt,Calvin,MVMC 50060145,6120.00,IP 2025-05-30\n"
                "Ngata,Sione,MVMC 50061930,3877.45,OBS 2025-06-14\n"
                "Lamb,Dorothy,MVMC 50062219,5205.10,SDS 2025-06-21\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Print job confirmation with SSN-shaped job numbers",
        notes="Hard negative: lettershop mailing confirmation whose job numbers look like SSNs; counts only, no consumer.",
        frm="Operations <ops@keystonerecoverypartners.com>",
        to="billing@tristatelettershop.com",
        subject="Confirm jobs mailed 3/17",
        body="Please confirm these jobs dropped at USPS on 3/17:\n\nJob 481-22-9075  validation notices   1,204 pieces\nJob 481-22-9076  payment reminders      860 pieces\nJob 481-22-9077  settlement offers      212 pieces\n\nThanks, Ops",
    ),
    Spec(
        phi=True,
        category="Hardship pause letter about infant's NICU balance",
        notes="To a parent's gmail naming her, her daughter's NICU stay and the paused balance.",
        frm="Troy Mendel <tmendel@keystonerecoverypartners.com>",
        to="kateri.lonewolf@gmail.com",
        subject="Your hardship request",
        body=(
            "Dear Ms. Lonewolf,\n\nWe received your hardship letter. We have paused collection for 90 days on the Mercy Valley balance for your daughter "
            "Aiyana's NICU stay (November 2025) while the hospital reviews your financial assistance application. You do not need to pay anything during this time."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Capabilities statement for hospital RFP",
        notes="Agency capabilities document in reply to an RFP; no consumer data.",
        frm="Business Development <bizdev@keystonerecoverypartners.com>",
        to="procurement@lakeporthealth.org",
        subject="RFP 2026-14 early-out and bad-debt services - Keystone response",
        body="Please find our response attached. Happy to present to the committee.",
        atts=(
            Att(
                "Keystone_RFP_2026-14_response.docx",
                DOCX,
                docx(
                    [
                        "Keystone Recovery Partners - Response to RFP 2026-14",
                        "Healthcare-only collections since 2009; 41 hospital clients in OH, PA and IN.",
                        "HIPAA: SOC 2 Type II, annual risk assessment, BAAs with all clients and subcontractors.",
                        "Patient-friendly approach: financial assistance screening before any placement.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Consumer dispute e-mail forwarded to hospital client",
        notes="Forwarded consumer e-mail (rfc822) naming herself and her gallbladder surgery and insurer coverage dispute.",
        frm="Disputes Team <disputes@keystonerecoverypartners.com>",
        to="pfs.verification@lakeporthealth.org",
        subject="Fw: dispute - please review coverage",
        body="Forwarding a dispute from your patient; account on hold. Please tell us whether the claim was billed to her secondary.",
        forward=Spec(
            phi=True,
            category="forwarded dispute",
            notes="inner",
            frm="Helena Marchetti <helena.marchetti@outlook.com>",
            to="disputes@keystonerecoverypartners.com",
            subject="I dispute this",
            body="I had my gallbladder removed at Lakeport on Dec 4 and was told my husband's plan (secondary) would cover what Medicare didn't. I should not owe $1,140. Helena Marchetti, ref KRP-2602-09917",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded client stop-work notice for closed clinic",
        notes="Forwarded client instruction (rfc822) to stop work on all accounts of a closed clinic; no individual named.",
        frm="Client Services <clientservices@keystonerecoverypartners.com>",
        to="placements@metrorecoverygroup.com",
        subject="Fw: Harlow Family Practice closure - stop work",
        body="FYI since you hold their secondary placements: the client below has closed. Please stop all work and return their inventory by 4/15.",
        forward=Spec(
            phi=False,
            category="forwarded notice",
            notes="inner",
            frm="Office Manager <office@harlowfamilypractice.com>",
            to="clientservices@keystonerecoverypartners.com",
            subject="Practice closure",
            body="Harlow Family Practice closes permanently March 31. Please cease all collection activity on our accounts and return them. Thank you for your service.",
        ),
    ),
    Spec(
        phi=True,
        category="Voicemail transcript about dialysis bill in attachment",
        notes="Hard positive: body is generic; the TXT transcript has the caller's name, phone and her dialysis bills.",
        frm="Troy Mendel <tmendel@keystonerecoverypartners.com>",
        to="pfs.verification@lakeporthealth.org",
        subject="VM from one of your patients",
        body="Transcript attached - she is asking for the hospital, not us. Can someone call her back?",
        atts=(
            Att(
                "vm_0317_1422.txt",
                "text/plain",
                'Voicemail 03/17/2026 14:22, 1 min 48 s\n"Hi, this is Dolores Finch, 555-0193. I keep getting bills from you people for my dialysis '
                "in January, three times a week, and my kidney doctor said Medicare pays that. I can't afford this. Please call me.\"\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Letterhead logo to print vendor",
        notes="Logo image for letterhead printing; no individual.",
        frm="Marketing <marketing@keystonerecoverypartners.com>",
        to="prepress@tristatelettershop.com",
        subject="New logo for all templates",
        body="Please swap the header logo on all templates starting with the April runs. PNG attached; vector file follows.",
        atts=(Att("keystone_logo_header.png", "image/png", png(8, 2, (20, 60, 40))),),
    ),
    Spec(
        phi=True,
        category="Settlement offer to consumer's attorney",
        notes="DOCX settlement letter naming the client-patient, the hospital account and his spinal surgery balance.",
        frm="Legal Department <legal@keystonerecoverypartners.com>",
        to="mhartley@hartleyconsumerlaw.com",
        subject="Settlement offer - your client R. Amos",
        body="Counsel, our offer letter is attached. It remains open for 30 days." + MINI,
        atts=(
            Att(
                "Amos_settlement_offer.docx",
                DOCX,
                docx(
                    [
                        "Keystone Recovery Partners, LLC",
                        "Re: Reginald Amos - Mercy Valley Medical Center account 50049931",
                        "Services: inpatient admission 06/10/2025-06/14/2025, cervical spinal fusion",
                        "Balance: $8,840.00. Keystone is authorized to accept $4,420.00 in full settlement if paid by 04/17/2026.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Contingency fee invoice to client",
        notes="Monthly fee invoice with totals only; no account-level data.",
        frm="Accounting <accounting@keystonerecoverypartners.com>",
        to="ap@mercyvalleymc.org",
        subject="Invoice 2026-0211 (February contingency fees)",
        body="Invoice attached. This amount was already netted from the February remittance; no payment is due.",
        atts=(
            Att(
                "invoice_2026-0211.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE RECOVERY PARTNERS, LLC - INVOICE 2026-0211",
                        "Bill to: Mercy Valley Medical Center, Accounts Payable",
                        "February 2026 contingency fee, bad-debt program: 25% of $14,210.77 = $3,552.69",
                        "Less: netted from remittance        -$3,552.69",
                        "Amount due: $0.00",
                    ],
                    "Invoice 2026-0211",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Collector training scenario with fictional caller",
        notes="Hard negative: declared fictional role-play script about a caller discussing her mother's chemo bill, used for training.",
        frm="Training <training@keystonerecoverypartners.com>",
        to="new-hires@keystonerecoverypartners.com",
        subject="Role-play #4 for Thursday (fictional)",
        body=(
            "FICTIONAL SCENARIO - for training only, not a real account.\n\n"
            "Caller 'Pat' says she is calling about her mother's chemotherapy bill and wants to know the balance. The account is in the mother's name.\n\n"
            "Your task: verify identity, explain that you cannot discuss the account without the mother's authorization (third-party disclosure), and offer to send "
            "information to the consumer directly. Do not mention the creditor's name or the type of service."
        ),
    ),
    Spec(
        phi=True,
        category="Call appointment invite with cardiology account",
        notes="Calendar invite to the consumer's icloud naming him and his Harlow Heart & Vascular account.",
        frm="Troy Mendel <tmendel@keystonerecoverypartners.com>",
        to="t.beauchamp84@icloud.com",
        subject="Call to review your payment options",
        body="Mr. Beauchamp, as requested I will call you at this time to go over options for your Harlow Heart & Vascular balance (stress test and echo, November 2025)."
        + MINI,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone//Collections//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:krp-call-0320-1187@keystonerecoverypartners.com\r\nDTSTAMP:20260317T180000Z\r\nDTSTART:20260320T170000Z\r\nDTEND:20260320T171500Z\r\n"
            "SUMMARY:Call T. Beauchamp re Harlow Heart & Vascular acct\r\nDESCRIPTION:Phone 555-0129\r\n"
            "ATTENDEE:mailto:t.beauchamp84@icloud.com\r\nORGANIZER:mailto:tmendel@keystonerecoverypartners.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Collector productivity statistics CSV",
        notes="Per-collector call and payment counts for a staffing consultant; staff only, no consumers.",
        frm="Operations <ops@keystonerecoverypartners.com>",
        to="akim@callcenterbenchmarks.com",
        subject="Productivity sample for the benchmarking study",
        body="Attached: anonymised collector IDs with weekly contacts and promises-to-pay. No consumer data.",
        atts=(
            Att(
                "productivity_wk11.csv",
                "text/csv",
                "collector_id,dials,right_party_contacts,promises,kept\nC014,1402,188,41,33\nC022,1288,171,39,30\nC031,990,120,22,19\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="No-account-found reply to consumer inquiry",
        notes="Hard negative: reply to a consumer's personal mailbox stating no account exists for her; no provider or health information.",
        frm="Customer Care <care@keystonerecoverypartners.com>",
        to="nicole.abernathy@outlook.com",
        subject="Re: Do you have an account for me?",
        body="Dear Ms. Abernathy,\n\nWe searched our records using the name and address you provided and found no account in your name. If you receive a letter that appears to come from us, please forward it so we can investigate possible fraud.\n\nCustomer Care"
        + MINI,
    ),
]
