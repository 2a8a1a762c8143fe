"""Riverbend Regional Medical Center, Patient Financial Services: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

PFS = "Riverbend Patient Financial Services <pfs@riverbendregional.org>"
SIG = "\n\nPatient Financial Services\nRiverbend Regional Medical Center\n2200 Millrace Avenue, Harlan Falls, OH 45871\n(937) 555-0142 | Mon-Fri 8:00-4:30"

HL7_DFT = (
    "MSH|^~\\&|RRMC_CHG|RIVERBEND|CODEMAX|CODEMAX|20260313141502||DFT^P03|RB88410|P|2.5.1\r"
    "EVN|P03|20260313141502\r"
    "PID|1||M00731926^^^RRMC^MR||PELLETIER^JOANNE^R||19690412|F|||418 SYCAMORE LN^^HARLAN FALLS^OH^45871||(937)555-0163\r"
    "PV1|1|O|ENDO^^^RRMC||||1643300720^AGUILAR^TOMAS^^^MD\r"
    "FT1|1|||20260311||CG|45385^COLONOSCOPY W/POLYPECTOMY^CPT|||1|2140.00||||||||K63.5^POLYP OF COLON^I10\r"
)
HL7_ADT = (
    "MSH|^~\\&|RRMC_ADT|RIVERBEND|SUMMITBILL|SBP|20260316091120||ADT^A08|RB88522|P|2.5.1\r"
    "PID|1||M00588104^^^RRMC^MR||VOSKUIJLEN^PIETER||19580930|M\r"
    "PV1|1|I|4W^412^B|||||||||||||||||FC07^CHARITY\r"
    "IN1|1|CHARITY|OHF-FA|OPEN HANDS HEALTH ASSISTANCE FUND\r"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*RIVERBEND01    *ZZ*CLEARPATH      *260313*1422*^*00501*000004471*0*P*:~"
    "GS*HC*RIVERBEND01*CLEARPATH*20260313*1422*4471*X*005010X223A2~"
    "ST*837*0001*005010X223A2~BHT*0019*00*RB4471*20260313*1422*CH~"
    "NM1*85*2*RIVERBEND REGIONAL MEDICAL CENTER*****XX*1994207193~"
    "NM1*IL*1*TRAN*MINH*Q***MI*WPX448120977~DMG*D8*19810722*M~"
    "CLM*RB4471203*18422.50***11:A:1**A*Y*Y~HI*ABK:K35.80*ABF:E11.9~"
    "SV2*0360*HC:44970*9800.00*UN*1~SE*10*0001~GE*1*4471~IEA*1*000004471~"
)
X12_270 = (
    "ISA*00*          *00*          *ZZ*RIVERBEND01    *ZZ*CLEARPATH      *260317*0815*^*00501*000004502*0*P*:~"
    "GS*HS*RIVERBEND01*CLEARPATH*20260317*0815*4502*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*RB270-4502*20260317*0815~"
    "HL*1**20*1~NM1*PR*2*BUCKEYE STATE HEALTH PLAN*****PI*77104~"
    "HL*2*1*21*1~NM1*1P*2*RIVERBEND REGIONAL MEDICAL CENTER*****XX*1994207193~"
    "HL*3*2*22*0~NM1*IL*1*ASHWORTH*BRENNA****MI*BSH30018842~DMG*D8*19920304~DTP*291*D8*20260324~EQ*30~"
    "SE*11*0001~GE*1*4502~IEA*1*000004502~"
)
X12_TEST = (
    "ISA*00*          *00*          *ZZ*RIVERBEND01    *ZZ*CLEARPATH      *260318*1000*^*00501*000000001*0*T*:~"
    "GS*HC*RIVERBEND01*CLEARPATH*20260318*1000*1*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*TESTONLY*20260318*1000*CH~"
    "NM1*IL*1*ZZTEST*PATIENT****MI*TEST0000001~DMG*D8*19000101*U~"
    "CLM*TEST-CLAIM-01*1.00***11:B:1*Y*A*Y*Y~HI*ABK:Z00.00~SE*8*0001~GE*1*1~IEA*1*000000001~"
)

FHIR_CHARGEDEF = """{
  "resourceType": "ChargeItemDefinition",
  "id": "rrmc-imaging-2026",
  "status": "active",
  "title": "Riverbend Regional shoppable imaging services 2026",
  "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "70553", "display": "MRI brain w/o & w/ contrast"}]},
  "propertyGroup": [{"priceComponent": [{"type": "base", "amount": {"value": 2875.00, "currency": "USD"}}, {"type": "discount", "code": {"text": "self-pay cash price"}, "amount": {"value": 1150.00, "currency": "USD"}}]}]
}"""

MESSAGES = [
    Spec(
        phi=True,
        category="itemized hospital statement to patient",
        notes="Itemized statement PDF with patient name, account, DOS and inpatient pneumonia charges sent to her gmail.",
        frm=PFS,
        to="lorraine.whitcomb58@gmail.com",
        subject="Your itemized statement (requested 3/12)",
        body="Dear Ms. Whitcomb,\n\nAs requested on the phone, attached is the itemized statement for your inpatient stay of February 20-24. Insurance has paid its portion; your remaining balance is $1,214.60.\n\nIf any line looks wrong, reply to this message or call us."
        + SIG,
        atts=(
            Att(
                "Itemized_Statement_40088317.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND REGIONAL MEDICAL CENTER - ITEMIZED STATEMENT",
                        "Patient: Lorraine A. Whitcomb   Account: 40088317   MRN: M00412775",
                        "Admit 02/20/2026  Discharge 02/24/2026   Dx: J18.9 Pneumonia, unspecified organism",
                        "02/20 0450 ED visit level 5 (99285)           1,840.00",
                        "02/20 0324 Chest x-ray 2 views (71046)          312.00",
                        "02/21 0250 Ceftriaxone 1 g IV x4               196.40",
                        "02/20-02/24 0120 Room and board, med/surg x4  9,600.00",
                        "Insurance paid 10,733.80   Patient responsibility 1,214.60",
                    ],
                    "Itemized statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="good faith estimate for scheduled MRI",
        notes="Good-faith estimate naming the patient, her scheduled brain MRI date and CPT code, sent to a yahoo mailbox.",
        frm="Price Estimates <estimates@riverbendregional.org>",
        to="k.oyelaran@yahoo.com",
        subject="Good Faith Estimate - MRI on March 24",
        body="Hello Kemi Oyelaran,\n\nYou are scheduled for an MRI of the brain with and without contrast (CPT 70553) on Tuesday, March 24 at 7:30 am. Because you told us you are paying out of pocket, here is your Good Faith Estimate:\n\n  Facility fee          $1,725.00 (self-pay price)\n  Radiologist reading      $210.00 (billed separately by Millrace Radiology)\n  Estimated total       $1,935.00\n\nYou have the right to dispute a final bill that is $400 or more above this estimate.\n\nRiverbend Price Estimates team\n(937) 555-0147",
    ),
    Spec(
        phi=True,
        category="payment plan confirmation, L&D in subject",
        notes="Hard positive: body has only a name and account number; the labour and delivery stay appears only in the subject line.",
        frm=PFS,
        to="nick.aldana@outlook.com",
        subject="Payment plan set up - Aldana, L&D delivery stay Feb",
        body="Nick,\n\nConfirming what we set up on the phone: $85.00 on the 5th of each month from the card ending 4410, 14 payments, account 40091156. No interest. The first draft is April 5.\n\nThanks,\nMarisa\nPFS",
    ),
    Spec(
        phi=True,
        category="837I institutional claim file to clearinghouse",
        notes="Hard positive: the body is routine; the X12 837I attachment carries the patient name, DOB, member ID, appendectomy and diabetes codes.",
        frm="EDI Billing <edi@riverbendregional.org>",
        to="support@clearpathedi.com",
        subject="Resubmission batch 4471 - one claim",
        body="Hi ClearPath support,\n\nBatch 4471 rejected at your front end on Friday with a 999 syntax error (missing DMG segment). Corrected file attached, single claim. Can you confirm acceptance when it goes through?\n\nDerek Lindqvist\nEDI Analyst, Riverbend PFS",
        atts=(Att("RB_837I_4471.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="crossover claim follow-up with Medicare MBI",
        notes="Follow-up to a Medigap insurer naming the beneficiary, MBI, dates of hip replacement stay and claim amounts.",
        frm="Medicare Secondary Billing <msp@riverbendregional.org>",
        to="provider.claims@heartlandmedigap.com",
        subject="Crossover not received - claim for DOS 1/06-1/09",
        body="Good morning,\n\nWe have not received the Medicare crossover for the following beneficiary. Medicare processed the claim 02/11/2026.\n\nBeneficiary: Harold J. Fenwick\nMBI: 3KQ7-HT4-MW62\nPolicy: HMG-20441798\nDOS: 01/06/2026 - 01/09/2026, inpatient, DRG 470 (major hip joint replacement)\nMedicare paid: $13,402.18   Part A deductible $1,736.00 outstanding\n\nPlease process under Plan G or tell us what you need."
        + SIG,
    ),
    Spec(
        phi=True,
        category="refund notice to parent of minor patient",
        notes="Hard positive: first name of a child plus relationship and an ED visit for a broken wrist, sent to the mother's personal mailbox.",
        frm=PFS,
        to="stacy.brummel@icloud.com",
        subject="Refund on Tyler's account",
        body="Hi Stacy,\n\nGood news - when your insurance reprocessed Tyler's ER visit from January (the broken wrist and cast), it turned out you overpaid by $148.20. A refund check is being mailed to the address on file this week.\n\nNo action needed on your end.\n\nJen, Riverbend PFS",
    ),
    Spec(
        phi=True,
        category="financial assistance referral list to charity partner",
        notes="CSV sent to the charity programme listing patients, MRNs, balances and service lines for assistance screening.",
        frm="Financial Counseling <fincounsel@riverbendregional.org>",
        to="intake@openhandsfund.org",
        subject="March referrals for Open Hands screening (5)",
        body="Hi Open Hands intake,\n\nFive more referrals for this cycle. All five signed the release on our side and said they'd rather you call than email. Balances are current as of Friday."
        + SIG,
        atts=(
            Att(
                "rrmc_referrals_2026-03-13.csv",
                "text/csv",
                "mrn,last,first,phone,service,balance\n"
                "M00219934,Quintero,Alma,937-555-0171,Oncology infusion,6410.00\n"
                "M00631052,Barlow,Dennis,937-555-0172,Cardiac cath lab,12880.50\n"
                "M00744018,Sethi,Ravinder,937-555-0173,Dialysis access surgery,4302.00\n"
                "M00158221,Kowalczyk,Irena,937-555-0174,Inpatient psychiatry,3975.00\n"
                "M00902617,Haynes,Latrice,937-555-0175,NICU,21440.75\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bad-debt placement workbook to collection agency",
        notes="Hard positive: the body says only 'March batch'; the two-sheet workbook lists guarantors, accounts, dates of service and service types.",
        frm="Self-Pay Follow-up <selfpay@riverbendregional.org>",
        to="placements@summitrecoverypartners.com",
        subject="March batch",
        body="March batch attached. 6 accounts, totals on second tab.\n\n-Rochelle",
        atts=(
            Att(
                "RRMC_placement_2026-03.xlsx",
                XLSX,
                xlsx(
                    {
                        "Accounts": [
                            ["Acct", "Guarantor", "Patient", "DOS", "Svc", "Balance"],
                            [
                                "40071204",
                                "Merritt, Gary",
                                "Merritt, Gary",
                                "2025-09-14",
                                "ED",
                                2311.40,
                            ],
                            [
                                "40069980",
                                "Dunleavy, Ann",
                                "Dunleavy, Owen",
                                "2025-08-30",
                                "Peds ED",
                                918.00,
                            ],
                            [
                                "40070415",
                                "Castellano, Rita",
                                "Castellano, Rita",
                                "2025-09-02",
                                "OB triage",
                                640.25,
                            ],
                            [
                                "40072230",
                                "Pruitt, Leon",
                                "Pruitt, Leon",
                                "2025-09-21",
                                "Detox admit",
                                4180.00,
                            ],
                            [
                                "40068871",
                                "Sandoval, Eli",
                                "Sandoval, Eli",
                                "2025-08-19",
                                "Outpt lab",
                                212.60,
                            ],
                            [
                                "40071799",
                                "Greer, Tamsin",
                                "Greer, Tamsin",
                                "2025-09-17",
                                "Ambulance",
                                1295.00,
                            ],
                        ],
                        "Totals": [["Accounts", "Placed"], [6, 9557.25]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 DFT charge message to coding vendor",
        notes="Hard positive: body is a vague mapping question; the HL7 DFT^P03 attachment carries name, MRN, DOB, address and colonoscopy with polypectomy.",
        frm="Charge Integrity <chargeintegrity@riverbendregional.org>",
        to="interfaces@codemaxrcm.com",
        subject="FT1 mapping question - sample message",
        body="Hi Priya,\n\nThe FT1-19 diagnosis isn't landing in your coder worklist. Example message from this afternoon attached; can your team look at what your parser does with the I10 coding system suffix?\n\nThanks,\nOwen Matsuda\nCharge Integrity Analyst",
        atts=(Att("dft_p03_sample.hl7", "application/hl7-v2", HL7_DFT),),
    ),
    Spec(
        phi=True,
        category="denial appeal letter to payer",
        notes="Appeal letter DOCX naming the patient, member ID, spinal fusion and clinical justification, sent to the payer appeals unit.",
        frm="Denials Management <denials@riverbendregional.org>",
        to="appeals@buckeyestatehealth.com",
        subject="First-level appeal, claim 2026011873345",
        body="Please find attached our first-level appeal for claim 2026011873345, denied as not medically necessary. Supporting notes follow by fax to (614) 555-0188.\n\nAngela Rourke, RN\nClinical Appeals Specialist",
        atts=(
            Att(
                "Appeal_2026011873345.docx",
                DOCX,
                docx(
                    [
                        "Riverbend Regional Medical Center - Denials Management",
                        "Re: Member Carla D. Ventimiglia, ID BSH20955160, DOB 11/02/1974",
                        "Service: L4-L5 posterior lumbar interbody fusion (CPT 22633), 01/27/2026",
                        "The member had 14 months of failed conservative therapy, including physical therapy and two epidural steroid injections, and MRI showed grade 2 spondylolisthesis with severe foraminal stenosis.",
                        "Attending surgeon: Dr. Lena Marsh, Orthopaedic Spine Surgery, NPI 1966925350.",
                        "We request that the denial be overturned and the claim reprocessed.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse reply to patient's attorney about rebilling",
        notes="Hard positive: terse reply naming the patient, a colonoscopy date and rebilling with a screening code to his lawyer.",
        frm="Marisa Delgado <mdelgado@riverbendregional.org>",
        to="paralegal@brannockfloreslaw.com",
        subject="RE: Okafor billing question",
        body="Yes - Mr. Okafor's 3/2 colonoscopy went out as diagnostic. We'll rebill with Z12.11 so it processes as preventive. Expect a corrected statement in ~30 days.\n\nMarisa\n\n-----Original Message-----\nFrom: Tia Brannock\nCould you confirm whether our client Chinedu Okafor's procedure was billed as screening?",
    ),
    Spec(
        phi=True,
        category="lien itemization for personal injury attorney",
        notes="PDF itemization with patient name, accident date, trauma services and a hospital lien amount sent to a law firm.",
        frm="Third Party Liability <tpl@riverbendregional.org>",
        to="records@hollinsandkurtzlaw.com",
        subject="Hospital lien - your client Dwayne Kessler",
        body="Counsel,\n\nPer your request and the signed authorization received 3/9, attached is the itemization supporting Riverbend's hospital lien for your client's treatment following the motor vehicle accident of December 3, 2025.\n\nPlease direct settlement correspondence to this mailbox."
        + SIG,
        atts=(
            Att(
                "Lien_Kessler_D.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND REGIONAL MEDICAL CENTER - NOTICE OF HOSPITAL LIEN",
                        "Patient: Dwayne M. Kessler   DOB 06/19/1987   Account 40065512",
                        "Date of injury 12/03/2025 (MVA).  Trauma activation, CT head/C-spine,",
                        "ORIF left tibial plateau fracture (27535), 3 inpatient days.",
                        "Total charges $58,214.00   Auto med-pay received $5,000.00",
                        "Lien amount $53,214.00",
                    ],
                    "Lien itemization",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient billing dispute to billing vendor",
        notes="Hard positive: the body asks a vendor to look; the forwarded patient email contains her name, account and a miscarriage D&C charge.",
        frm="Patient Advocacy <advocate@riverbendregional.org>",
        to="escalations@codemaxrcm.com",
        subject="FW: please look at this one",
        body="Can your coding lead review the forwarded message? Patient says she was charged twice for anesthesia. Needs an answer by Thursday.\n\nGail Tremont\nPatient Advocate",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Hanna Lisowski <hanna.lisowski@gmail.com>",
            to="advocate@riverbendregional.org",
            subject="Double charge on my bill",
            body="Hello,\n\nI got a bill for account 40090043 for my D&C after the miscarriage on January 30. Anesthesia shows up twice ($1,120 each). I only had one procedure. This has been very hard and I do not want to go to collections over your mistake.\n\nHanna Lisowski",
        ),
    ),
    Spec(
        phi=True,
        category="HTML e-statement notice with service line",
        notes="HTML-only statement notice naming the patient with 'Cancer Center infusion services' charges and balance.",
        frm="Riverbend Billing <estatements@riverbendregional.org>",
        to="p.hardcastle@aol.com",
        subject="Your Riverbend statement is ready",
        body="",
        html="<html><body style='font-family:Arial'><h2>Your statement is ready</h2><p>Hi Pauline Hardcastle,</p><table border='1' cellpadding='4'><tr><th>Date</th><th>Service</th><th>You owe</th></tr><tr><td>02/17/2026</td><td>Cancer Center - infusion services (cycle 3)</td><td>$420.00</td></tr><tr><td>03/03/2026</td><td>Cancer Center - infusion services (cycle 4)</td><td>$420.00</td></tr></table><p>Total due: <b>$840.00</b> by April 10.</p><p><a href='https://pay.riverbendregional.org/'>Pay online</a> | Questions: (937) 555-0142</p></body></html>",
    ),
    Spec(
        phi=True,
        category="EOB screenshot named after patient to payer rep",
        notes="Hard positive: the patient's name and 'EOB denial' appear only in the PNG file name; the body gives claim number and says ER visit was denied as non-emergent.",
        frm="Keisha Van Dorn <kvandorn@riverbendregional.org>",
        to="provider.rep@buckeyestatehealth.com",
        subject="Claim 2026021104488 - screenshot from portal",
        body="Hi Ron,\n\nAttached is what your provider portal shows. The ER visit was denied as non-emergent, but the chest-pain workup was done per triage protocol. Can you route for reconsideration?\n\nKeisha",
        atts=(Att("Rodriguez_Maria_EOB_denial.png", "image/png", png(6, 4, (240, 240, 240))),),
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry to clearinghouse",
        notes="Hard positive: short body; the X12 270 names the patient, DOB, member ID and an upcoming service date.",
        frm="EDI Billing <edi@riverbendregional.org>",
        to="support@clearpathedi.com",
        subject="270 returning AAA*N*72 - sample",
        body="This 270 keeps coming back 'invalid member ID' though the card matches. File attached. Is it your payer ID mapping?\n\nDerek",
        atts=(Att("rb_270_4502.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="financial counseling invite before bariatric surgery",
        notes="Calendar invite to the patient's gmail naming her upcoming gastric sleeve surgery and estimate review.",
        frm="Financial Counseling <fincounsel@riverbendregional.org>",
        to="ambernorcross@gmail.com",
        subject="Invitation: Financial counseling - pre-surgery estimate",
        body="Hi Amber,\n\nI've put 30 minutes on the calendar so we can go over the estimate for your sleeve gastrectomy on April 8 and your plan's bariatric benefit. Bring your insurance card.\n\nTeresa Ng, Financial Counselor",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//PFS//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:fc-20260319-norcross@riverbendregional.org\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260319T150000Z\r\nDTEND:20260319T153000Z\r\nSUMMARY:Financial counseling - Amber Norcross - sleeve gastrectomy estimate\r\nLOCATION:Riverbend PFS office, Suite 110\r\nORGANIZER:mailto:fincounsel@riverbendregional.org\r\nATTENDEE:mailto:ambernorcross@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="guarantor verification with SSN to scoring vendor",
        notes="Presumptive charity scoring request giving patient name, SSN, DOB, account and ICU stay to a vendor.",
        frm="Financial Counseling <fincounsel@riverbendregional.org>",
        to="requests@presumptivescore.com",
        subject="Manual score request - acct 40093310",
        body="Please run a manual presumptive-eligibility score; the batch match failed.\n\nName: Verna L. Stoltzfus\nSSN: 417-62-3391\nDOB: 05/14/1961\nAddress: 77 Ridge Pike, Harlan Falls, OH 45871\nAccount: 40093310 (ICU admission 02/28-03/06, balance $31,902.44)\n\nThanks,\nTeresa Ng",
    ),
    Spec(
        phi=True,
        category="headerless account rows pasted to external auditor",
        notes="Hard positive: headerless pasted rows of account, patient name, date and ED CPT code sent to an outside auditor.",
        frm="Revenue Integrity <revintegrity@riverbendregional.org>",
        to="fieldteam@granitepeakaudit.com",
        subject="sample pull items 14-17",
        body="Items 14-17 from your pull list:\n\n4471203 | HALVORSEN, K | 02/27 | 99285 | 1,840.00\n4471388 | ABERNATHY, J | 02/27 | 99284 | 1,212.00\n4471402 | MTHEMBU, S | 02/28 | 99285 25 | 1,840.00\n4471517 | REYES-OCHOA, D | 02/28 | 99283 | 706.00\n\nCharts are on the shared review portal.\n\nLeah",
    ),
    Spec(
        phi=True,
        category="HL7 ADT financial class update to billing vendor",
        notes="Hard positive: the HL7 A08 attachment gives name, MRN, DOB and an inpatient bed with charity financial class; the body is a technical note.",
        frm="Interface Team <interfaces@riverbendregional.org>",
        to="hl7support@summitbillingpartners.com",
        subject="A08 with FC07 not updating",
        body="When we send FC07 in PV1-20 your side keeps the old class. Example attached.",
        atts=(Att("a08_fc07.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="chargemaster excerpt to journalist",
        notes="Hard negative: CPT codes and prices from the public chargemaster; no patient.",
        frm="Media Relations <media@riverbendregional.org>",
        to="j.marchetti@harlanfallscourier.com",
        subject="RE: price transparency data for your story",
        body="Hi Joe,\n\nAs promised, the excerpt of our standard charges for the ten procedures you asked about, including the self-pay cash price. The full machine-readable file is on our website.\n\nLaurel Pike\nMedia Relations",
        atts=(
            Att(
                "rrmc_standard_charges_excerpt.csv",
                "text/csv",
                "cpt,description,gross_charge,cash_price,min_negotiated,max_negotiated\n"
                "45378,Colonoscopy diagnostic,3120.00,1248.00,980.00,2210.00\n"
                "70553,MRI brain w/o & w/ contrast,2875.00,1150.00,840.00,1990.00\n"
                "59400,Vaginal delivery global,9400.00,3760.00,3100.00,6850.00\n"
                "27447,Total knee arthroplasty,41200.00,16480.00,14900.00,29800.00\n"
                "80053,Comprehensive metabolic panel,96.00,38.40,12.10,61.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate bad-debt trend workbook for board consultant",
        notes="Hard negative: two-sheet workbook of bad debt and charity totals by service line and month; no individual.",
        frm="PFS Director <pfs.director@riverbendregional.org>",
        to="analysis@meridianhealthadvisors.com",
        subject="Bad debt and charity trend for board deck",
        body="Attached are the numbers for the finance committee slide. Oncology and behavioral health are the two lines where charity write-offs grew most.\n\nRegards,\nBeatrice Onwuachi\nDirector, Patient Financial Services",
        atts=(
            Att(
                "bad_debt_trend_FY26.xlsx",
                XLSX,
                xlsx(
                    {
                        "By service line": [
                            ["Service line", "Bad debt $", "Charity $", "Accounts"],
                            ["Emergency", 2410332, 1902110, 5120],
                            ["Oncology", 611220, 1440870, 388],
                            ["Behavioral health", 402118, 690550, 512],
                            ["Obstetrics", 388940, 501220, 730],
                        ],
                        "By month": [
                            ["Month", "Bad debt $", "Charity $"],
                            ["2025-12", 318220, 402110],
                            ["2026-01", 341909, 455870],
                            ["2026-02", 300412, 470003],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="PFS office closure notice to partners",
        notes="Office closure notice to external partners; no patient.",
        frm=PFS,
        to="clientservices@summitrecoverypartners.com",
        subject="PFS closed Friday 3/20 afternoon for training",
        body="Heads up: the PFS office and phone line close at 12:00 on Friday, March 20 for annual system training. Placement files and payment postings will be processed Monday.\n\nThanks for your patience."
        + SIG,
    ),
    Spec(
        phi=False,
        category="HIPAA training quiz with fictional patient",
        notes="Hard negative: training quiz using a clearly fictional sample patient, sent to a training vendor.",
        frm="PFS Training <pfs.training@riverbendregional.org>",
        to="content@compliancelearnhub.com",
        subject="Edits to module 3 quiz (billing privacy)",
        body="Hi team,\n\nThree edits to the billing-privacy quiz:\n\nQ4 scenario: 'A caller says she is the wife of FICTIONAL patient Jane Testpatient (made-up, not a real person) and asks for the balance on the sleep study.' Correct answer: verify she is on the patient's authorized contacts list before disclosing anything.\nQ7: change 'may always' to 'may not'.\nQ9: delete; duplicates Q2.\n\nThanks,\nAnita Ferraro, PFS Training Coordinator",
    ),
    Spec(
        phi=False,
        category="837 connectivity test with declared test patient",
        notes="Hard negative: X12 test file (usage indicator T) with an obviously fake ZZTEST patient, sent for clearinghouse connectivity.",
        frm="EDI Billing <edi@riverbendregional.org>",
        to="onboarding@clearpathedi.com",
        subject="Test file for new 837P submitter ID",
        body="Hello,\n\nAttached is our connectivity test file for the new professional submitter ID. It contains one dummy claim for test patient ZZTEST PATIENT - not a real person - with usage indicator T.\n\nDerek Lindqvist",
        atts=(Att("RB_TEST_837P.x12", "application/edi-x12", X12_TEST),),
    ),
    Spec(
        phi=False,
        category="lockbox bank contract renewal",
        notes="Vendor contract mail about lockbox fees; no patient.",
        frm="Cash Posting Manager <cashposting@riverbendregional.org>",
        to="treasury.services@firstohiobank.com",
        subject="Lockbox agreement renewal - fee schedule",
        body="Hi Gordon,\n\nWe're fine with the three-year renewal but would like the per-item fee for image capture to stay at $0.18 and the monthly minimum waived. Can you send a redline?\n\nRegards,\nVictor Almeida\nCash Posting Manager",
    ),
    Spec(
        phi=False,
        category="job posting for patient account representative",
        notes="Hard negative: job posting mentioning oncology billing and ICD-10 skills; no patient.",
        frm="Talent Acquisition <careers@riverbendregional.org>",
        to="postings@ohiohealthjobs.net",
        subject="Posting: Patient Account Representative II (oncology billing)",
        body="Please post through April 30:\n\nPatient Account Representative II - Oncology Billing\nFull time, hybrid. Follow up on chemotherapy and radiation therapy claims, work denials for prior authorization, and counsel patients on payment plans. Requirements: 2+ years hospital billing, ICD-10-CM and CPT familiarity, knowledge of HIPAA. $21-$26/hour.\n\nApply at careers.riverbendregional.org, req 26-1182.",
    ),
    Spec(
        phi=False,
        category="physician enrollment with NPI and DEA to payer",
        notes="Hard negative: provider enrollment listing a physician's NPI, DEA and specialty; no patient.",
        frm="Provider Enrollment <enrollment@riverbendregional.org>",
        to="credentialing@buckeyestatehealth.com",
        subject="Add practitioner to Riverbend group contract",
        body="Please link the following practitioner to our group contract effective 04/01/2026:\n\nDr. Tomas Aguilar, MD - Gastroenterology\nNPI: 1643300720\nDEA: BA1763160\nOhio license 35.118842\n\nGroup NPI: 1994207193\n\nCAQH attestation is current.\n\nSondra Whitley, Provider Enrollment",
    ),
    Spec(
        phi=False,
        category="purchase order with SSN-shaped number",
        notes="Hard negative: AP remittance to a supplies vendor citing a PO number formatted like an SSN.",
        frm="Accounts Payable <ap@riverbendregional.org>",
        to="ar@tristateofficesupply.com",
        subject="Payment sent - PO 512-44-7091",
        body="Your invoice INV-88102 against PO 512-44-7091 (statement paper and window envelopes for patient billing) was paid by ACH today, $4,318.75.\n\nRiverbend Accounts Payable",
    ),
    Spec(
        phi=False,
        category="financial assistance policy draft with field names",
        notes="Hard negative: policy DOCX listing the field names collected (patient name, MRN, DOB) with no actual person.",
        frm="PFS Director <pfs.director@riverbendregional.org>",
        to="counsel@whitfordleggett.com",
        subject="FAP revision for your review",
        body="Attached is the revised Financial Assistance Policy. Main changes: 400% FPL ceiling, presumptive eligibility for Medicaid-eligible patients, and the 240-day application window.\n\nBeatrice",
        atts=(
            Att(
                "RRMC_FAP_2026_draft.docx",
                DOCX,
                docx(
                    [
                        "Riverbend Regional Medical Center - Financial Assistance Policy (draft 3)",
                        "Section 5. Application. The application collects: patient name, MRN, date of birth, household size, household income, and the dates of service for which assistance is requested.",
                        "Section 6. Discounts. Patients at or below 200% FPL receive a 100% discount; 201-400% FPL receive a sliding discount.",
                        "Section 9. Extraordinary collection actions will not begin until 120 days after the first post-discharge statement.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="patient portal payment feature newsletter",
        notes="HTML-only community newsletter about the online payment feature; no individual.",
        frm="Riverbend Communications <news@riverbendregional.org>",
        to="subscribers@lists.riverbendregional.org",
        subject="New: pay your Riverbend bill by text",
        body="",
        html="<html><body><h1>Paying your bill just got easier</h1><p>Starting April 1, Riverbend patients can pay statements by text message, set up autopay, and request a payment plan online - no phone call needed.</p><p>Need help with a bill? Our financial counselors can check whether you qualify for financial assistance. Call (937) 555-0142.</p><p style='font-size:10px'>Riverbend Regional Medical Center, 2200 Millrace Avenue, Harlan Falls, OH. <a href='https://riverbendregional.org/unsubscribe'>Unsubscribe</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="de-identified denial extract to consultant",
        notes="Hard negative: de-identified denial rows with age band, 3-digit ZIP and reason codes; no direct identifiers.",
        frm="Denials Management <denials@riverbendregional.org>",
        to="data@meridianhealthadvisors.com",
        subject="De-identified denial sample (Safe Harbor)",
        body="Per the statement of work, the de-identified extract: no names, no dates beyond year, ZIP truncated to 3 digits, ages over 89 grouped. Row IDs are random and cannot be linked back.\n\nAngela Rourke",
        atts=(
            Att(
                "denials_deid_2025.csv",
                "text/csv",
                "row_id,year,age_band,zip3,payer_type,drg,carc,denied_amt\n"
                "R-7Q2F,2025,40-49,458,Commercial,470,50,13211.00\n"
                "R-K0M1,2025,90+,458,Medicare Adv,291,197,8840.50\n"
                "R-PX93,2025,18-29,457,Medicaid MCO,775,16,3102.00\n"
                "R-D44W,2025,60-69,458,Commercial,247,50,19880.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="denials committee meeting invite",
        notes="Hard negative: calendar invite about sepsis DRG downcoding trends; no patient.",
        frm="Denials Management <denials@riverbendregional.org>",
        to="cdi.team@riverbendphysicians.org",
        subject="Invitation: Denials committee - sepsis DRG downgrades",
        body="Agenda: payer trend on sepsis (DRG 871 to 872) clinical validation denials, CDI query templates, and the new Sepsis-3 language in two commercial contracts.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//PFS//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:denials-20260325@riverbendregional.org\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260325T180000Z\r\nDTEND:20260325T190000Z\r\nSUMMARY:Denials committee - sepsis DRG downgrade trends\r\nLOCATION:Conference room B / Teams\r\nORGANIZER:mailto:denials@riverbendregional.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="statement redesign proofs zip to print vendor",
        notes="Zip of statement layout proofs using placeholder text only, sent to the print vendor.",
        frm="PFS Director <pfs.director@riverbendregional.org>",
        to="proofs@keystoneprintmail.com",
        subject="Statement redesign - approved proofs",
        body="Approved with the two changes marked. Please use the attached proofs for the April run.\n\nBeatrice",
        atts=(
            Att(
                "statement_proofs_v4.zip",
                "application/zip",
                zipped(
                    {
                        "proof_page1.txt": "PATIENT NAME PLACEHOLDER\nACCOUNT ########\nAmount due: $0.00\n[Logo top left; remittance stub bottom third]",
                        "proof_notes.txt": "Change 1: move financial assistance notice above the fold.\nChange 2: add Spanish tagline.",
                        "logo.png": png(3, 3, (20, 80, 140)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR ChargeItemDefinition price file to app vendor",
        notes="Hard negative: FHIR ChargeItemDefinition with imaging prices; no patient resource.",
        frm="Interface Team <interfaces@riverbendregional.org>",
        to="integrations@clearpricehealth.io",
        subject="Shoppable services FHIR payload - MRI sample",
        body="Sample ChargeItemDefinition for the price estimator integration. Let us know if you need the Bundle form instead.",
        atts=(Att("chargeitemdefinition_70553.json", "application/fhir+json", FHIR_CHARGEDEF),),
    ),
    Spec(
        phi=False,
        category="payer contract rate negotiation",
        notes="Hard negative: contract rates by CPT and DRG with group NPI; no patient.",
        frm="Managed Care Contracting <contracting@riverbendregional.org>",
        to="network.mgmt@buckeyestatehealth.com",
        subject="Counterproposal - 2026 facility rates",
        body="Ron,\n\nOur counterproposal for the facility agreement (Riverbend Regional, NPI 1994207193):\n\n- Inpatient: base rate $11,240 per DRG weight (your offer $10,600)\n- Outpatient surgery: 205% of Medicare (your offer 180%)\n- ED levels 4-5 (99284/99285): flat $1,150 / $1,610\n- Carve-out for NICU level III at per diem $4,900\n\nWe'd like to close before the April 15 board meeting.\n\nCamille Brandt\nDirector, Managed Care Contracting",
    ),
    Spec(
        phi=False,
        category="staff flu and TB testing reminder",
        notes="Hard negative: staff health compliance reminder with no individual named.",
        frm="PFS Director <pfs.director@riverbendregional.org>",
        to="pfs-staff@riverbendregional.org",
        subject="Reminder: annual TB screening due for remote PFS staff",
        body="Team,\n\nEmployee Health reminds everyone - including remote PFS staff - that annual TB screening and the flu attestation are due by March 31. Walk-in hours are Tue/Thu 7-10 am at the Employee Health office. Anyone who can't make it, let your supervisor know.\n\nBeatrice",
    ),
]
