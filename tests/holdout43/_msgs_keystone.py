"""Keystone Benefit Administrators (a TPA for self-funded employer health plans): 37 messages."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nKeystone Benefit Administrators, Inc.\n2200 Commerce Park Dr, Suite 400, Harrisburg PA 17110\nMember Services 1-800-555-0118 | Provider Services 1-800-555-0119"
DISCLAIMER = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named "
    "recipient and may contain confidential information. If you received it in error, please "
    "notify the sender and delete it."
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*KEYSTONETPA    *ZZ*CLRHSE77       *260413*0912*^*00501*000004417*0*P*:~\n"
    "GS*HC*KEYSTONETPA*CLRHSE77*20260413*0912*4417*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*RESUB26041301*20260413*0912*CH~\n"
    "NM1*41*2*KEYSTONE BENEFIT ADMINISTRATORS*****46*KBA7710~\n"
    "NM1*40*2*CLRHSE77*****46*CLRHSE77~\n"
    "HL*1**20*1~\n"
    "NM1*85*2*SUSQUEHANNA ORTHOPAEDIC GROUP*****XX*1201162124~\n"
    "N3*480 RIVER RD~\n"
    "N4*LEMOYNE*PA*17043~\n"
    "HL*2*1*22*0~\n"
    "SBR*P*18*HVSD-0412******CI~\n"
    "NM1*IL*1*BRANDT*COLLEEN*M***MI*KBA2290415~\n"
    "N3*77 ORCHARD LN~\n"
    "N4*MECHANICSBURG*PA*17055~\n"
    "DMG*D8*19740622*F~\n"
    "CLM*SOG4471880*1840.00***11:B:7*Y*A*Y*Y~\n"
    "HI*ABK:M75121*ABF:M19011~\n"
    "LX*1~\n"
    "SV1*HC:29827:RT*1840.00*UN*1***1~\n"
    "DTP*472*D8*20260319~\n"
    "SE*21*0001~\n"
    "GE*1*4417~\n"
    "IEA*1*000004417~\n"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*KEYSTONETPA    *ZZ*HERSHEYFAMMED  *260415*1530*^*00501*000004532*0*P*:~\n"
    "GS*HP*KEYSTONETPA*HERSHEYFAMMED*20260415*1530*4532*X*005010X221A1~\n"
    "ST*835*0001~\n"
    "BPR*I*612.48*C*ACH*CCP*01*031300012*DA*4471200918*1232104481**01*043318092*DA*88120477*20260417~\n"
    "TRN*1*EFT0417558*1232104481~\n"
    "N1*PR*KEYSTONE BENEFIT ADMINISTRATORS~\n"
    "N1*PE*HERSHEY FAMILY MEDICINE*XX*1086959867~\n"
    "CLP*HFM-88213*1*245.00*162.40*40.00*12*KB2604110381*11*1~\n"
    "NM1*QC*1*PETROVA*ALINA****MI*KBA3318207~\n"
    "SVC*HC:99214*245.00*162.40**1~\n"
    "DTM*472*20260402~\n"
    "CAS*PR*2*40.00~\n"
    "CLP*HFM-88240*1*610.00*450.08*0*12*KB2604110397*11*1~\n"
    "NM1*QC*1*OYELARAN*TUNDE****MI*KBA3304415~\n"
    "SVC*HC:99396*310.00*250.08**1~\n"
    "SVC*HC:90686*45.00*40.00**1~\n"
    "SVC*HC:83036*255.00*160.00**1~\n"
    "DTM*472*20260403~\n"
    "SE*17*0001~\n"
    "GE*1*4532~\n"
    "IEA*1*000004532~\n"
)

X12_271 = (
    "ISA*00*          *00*          *ZZ*KEYSTONETPA    *ZZ*PINNACLEPT     *260414*0805*^*00501*000004470*0*P*:~\n"
    "GS*HB*KEYSTONETPA*PINNACLEPT*20260414*0805*4470*X*005010X279A1~\n"
    "ST*271*0001*005010X279A1~\n"
    "BHT*0022*11*ELG0414-22*20260414*0805~\n"
    "HL*1**20*1~\n"
    "NM1*PR*2*KEYSTONE BENEFIT ADMINISTRATORS*****PI*KBA7710~\n"
    "HL*2*1*21*1~\n"
    "NM1*1P*2*PINNACLE PHYSICAL THERAPY*****XX*1726984929~\n"
    "HL*3*2*22*0~\n"
    "NM1*IL*1*GUZMAN*HECTOR*R***MI*KBA4108822~\n"
    "DMG*D8*19880905*M~\n"
    "EB*1*IND*30*PS*DELGADO MFG PPO 1500~\n"
    "EB*F*IND*PT***23*30*****VS~\n"
    "MSG*20 OF 30 PT VISITS USED IN 2026~\n"
    "EB*C*IND*30***23*1500.00~\n"
    "EB*C*IND*30***29*212.60~\n"
    "SE*15*0001~\n"
    "GE*1*4470~\n"
    "IEA*1*000004470~\n"
)

X12_834_TEST = (
    "ISA*00*          *00*          *ZZ*BRIDGEWATERCU  *ZZ*KEYSTONETPA    *260410*1100*^*00501*000000771*0*T*:~\n"
    "GS*BE*BRIDGEWATERCU*KEYSTONETPA*20260410*1100*771*X*005010X220A1~\n"
    "ST*834*0001*005010X220A1~\n"
    "BGN*00*TESTFILE01*20260410*1100****4~\n"
    "INS*Y*18*021*28*A***FT~\n"
    "REF*0F*TST000001~\n"
    "NM1*IL*1*TESTMEMBER*ALPHA~\n"
    "DMG*D8*19000101*U~\n"
    "HD*021**HLT*PPO-TEST*EMP~\n"
    "INS*Y*18*021*28*A***FT~\n"
    "REF*0F*TST000002~\n"
    "NM1*IL*1*TESTMEMBER*BRAVO~\n"
    "DMG*D8*19000101*U~\n"
    "HD*021**HLT*HDHP-TEST*ESP~\n"
    "SE*14*0001~\n"
    "GE*1*771~\n"
    "IEA*1*000000771~\n"
)

MESSAGES = [
    # ----------------------------------------------------------------- PHI (19)
    Spec(
        phi=True,
        category="TPA claim denial explanation to member's personal mailbox",
        notes="Member's gmail gets her name, member ID and a denied lumbar MRI claim for lack of prior authorization.",
        frm="Keystone Member Services <memberservices@keystonebenefitadmin.com>",
        to="dana.whitcombe77@gmail.com",
        subject="Re: Why was my MRI denied?",
        body=(
            "Hi Ms. Whitcombe,\n\nThank you for calling us yesterday. I looked at claim KB2604020117 "
            "(member ID KBA5521093) for the MRI of your lumbar spine at Capital Imaging on March 24.\n\n"
            "The claim was denied because the Harrow Valley School District plan requires prior "
            "authorization for advanced imaging, and none was on file. Your provider can still request a "
            "retro-authorization within 60 days of the service; if it is approved we will reprocess the "
            "claim automatically. You also have the right to appeal within 180 days (form attached to "
            "your Explanation of Benefits).\n\nPlease call me directly if Capital Imaging sends you a bill "
            "before this is resolved.\n\nWarm regards,\nTerri Lundqvist\nMember Advocate" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Stop-loss specific claim notification workbook to reinsurer",
        notes="Hard positive: body names only the employer and policy; the workbook ties a claimant's member ID and DOB to acute myeloid leukemia, paid claims and a transplant consult.",
        frm="Stop Loss Unit <stoploss@keystonebenefitadmin.com>",
        to="claims.notice@alleghenyre.com",
        subject="Delgado Mfg - 50% specific deductible notice - policy SL-26-0883",
        body=(
            "Good afternoon,\n\nPer the policy's notification provision, attached is the 50% specific "
            "deductible notice and trigger-diagnosis report for Delgado Manufacturing (policy "
            "SL-26-0883, specific deductible $175,000).\n\nThe workbook has three tabs: claimant "
            "summary, paid claim detail, and the large-case management notes. Please confirm receipt "
            "and advise if you want a pended-claims update before month end.\n\nThanks,\nGreg Solano\n"
            "Stop Loss Coordinator" + SIG
        ),
        atts=(
            Att(
                "SL-26-0883_specific_notice_Apr2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Claimant": [
                            [
                                "Member ID",
                                "Relationship",
                                "DOB",
                                "Sex",
                                "Trigger Dx",
                                "ICD-10",
                                "Paid to date",
                            ],
                            [
                                "KBA6640198",
                                "Spouse",
                                "1969-08-14",
                                "M",
                                "Acute myeloid leukemia, not in remission",
                                "C92.00",
                                91406.55,
                            ],
                        ],
                        "Paid detail": [
                            ["Paid date", "Provider", "Service", "CPT/Rev", "Paid"],
                            [
                                "2026-02-27",
                                "Penn State Health Hershey Med Ctr",
                                "Inpatient induction chemo",
                                "0120",
                                64210.00,
                            ],
                            [
                                "2026-03-20",
                                "Penn State Health Hershey Med Ctr",
                                "Bone marrow biopsy",
                                "38221",
                                2144.30,
                            ],
                            [
                                "2026-04-03",
                                "Penn Hematology Associates",
                                "Office visits x4",
                                "99215",
                                1892.25,
                            ],
                            [
                                "2026-04-08",
                                "Keystone Specialty Pharmacy",
                                "Venetoclax 100 mg",
                                "J8999",
                                23160.00,
                            ],
                        ],
                        "CM notes": [
                            ["Date", "Note"],
                            [
                                "2026-04-06",
                                "Consult for allogeneic transplant at Penn Medicine scheduled 5/4; sibling donor typing in progress.",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Corrected 837P resubmission to clearinghouse",
        notes="Hard positive: body is a one-line ticket reference; the X12 837 names the patient, address, DOB, member ID and shoulder arthroscopy codes.",
        frm="EDI Operations <edi@keystonebenefitadmin.com>",
        to="support@clearhouse77.net",
        subject="Ticket 58812 - resubmitted file",
        body="Corrected file attached for ticket 58812 (loop 2300 HI segment fixed). Please reprocess.\n\nKBA EDI Ops",
        atts=(Att("KBA_837P_RESUB_20260413.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="835 remittance advice to physician billing office",
        notes="Hard positive: body only mentions an EFT trace; the 835 lists two patients by name and member ID with visit codes and paid amounts.",
        frm="Provider Payments <providerpay@keystonebenefitadmin.com>",
        to="billing@hersheyfamilymed.com",
        subject="ERA for EFT0417558",
        body=(
            "Hello Hershey Family Medicine billing team,\n\nAs requested, attached is the 835 for EFT trace "
            "EFT0417558 ($612.48), settling 4/17. Your PM system rejected the original ERA because of "
            "the payee TIN mismatch, which has been corrected on our side.\n\nProvider Payments"
            + SIG
        ),
        atts=(Att("ERA_EFT0417558.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="271 eligibility response sent to physical therapy clinic",
        notes="Hard positive: no diagnosis, but the 271 ties a named member, DOB and member ID to his plan coverage and PT visits used.",
        frm="Provider Services <providerservices@keystonebenefitadmin.com>",
        to="frontdesk@pinnaclept-pa.com",
        subject="Eligibility - the real-time check keeps timing out",
        body=(
            "Hi Jess,\n\nSorry about the timeouts on the portal this morning; our vendor is working on it. "
            "Here is the 271 response for the patient you called about so you're not stuck. It shows the "
            "remaining visit count.\n\nBest,\nAndre\nProvider Services" + SIG
        ),
        atts=(Att("271_response_0414.x12", "application/edi-x12", X12_271),),
    ),
    Spec(
        phi=True,
        category="COBRA election notice to former employee's personal mailbox",
        notes="Hard positive: no condition at all, but names a former employee and his dependents with member IDs and their medical/dental plan enrollment.",
        frm="COBRA Administration <cobra@keystonebenefitadmin.com>",
        to="rkowalczyk.home@yahoo.com",
        subject="Your COBRA continuation coverage election notice",
        body=(
            "Dear Robert Kowalczyk,\n\nYour employment with Delgado Manufacturing ended on 03/31/2026 and "
            "your group health coverage ended the same day. You and your covered dependents may elect "
            "COBRA continuation coverage.\n\nQualified beneficiaries:\n  Robert Kowalczyk (employee) - KBA4013377-01\n"
            "  Maria Kowalczyk (spouse) - KBA4013377-02\n  Jakub Kowalczyk (child) - KBA4013377-03\n\n"
            "Coverage you may continue: PPO 1500 medical ($1,847.22/month family), Dental Plus ($118.40/month).\n\n"
            "You have 60 days from the date of this notice to elect. Premiums are due 45 days after election.\n\n"
            "COBRA Administration" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Subrogation lien letter to plaintiff attorney",
        notes="Letter to a personal-injury lawyer names the member, accident date, injuries and the plan's paid ER and surgery claims.",
        frm="Recovery Services <recovery@keystonebenefitadmin.com>",
        to="intake@mcgarveyinjurylaw.com",
        subject="Notice of lien - your client Shanice Porter",
        body=(
            "Dear Attorney McGarvey,\n\nWe understand you represent Shanice Porter in connection with the "
            "motor vehicle accident of January 9, 2026. The Pine Ridge Township employee health plan has "
            "paid benefits related to her injuries and asserts its right of reimbursement.\n\n"
            "Itemised payments are in the attached lien statement. Please do not disburse settlement "
            "funds without contacting us.\n\nSincerely,\nLorraine Feeney, Recovery Specialist" + SIG
        ),
        atts=(
            Att(
                "Lien_Statement_Porter_S.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE BENEFIT ADMINISTRATORS - RECOVERY SERVICES",
                        "Lien statement as of 04/14/2026",
                        "Member: Shanice Porter   Member ID: KBA3871260   DOB: 02/11/1993",
                        "Plan: Pine Ridge Township Employee Health Plan",
                        "Date of injury: 01/09/2026 (motor vehicle accident)",
                        "",
                        "01/09/2026  Holy Spirit ED - closed fracture L distal radius (S52.502A)  $3,412.80",
                        "01/12/2026  Cumberland Ortho - ORIF distal radius (CPT 25607)           $6,880.00",
                        "02/02-03/27 Rehab Works - occupational therapy x14                     $1,960.00",
                        "Total paid: $12,252.80",
                    ],
                    "Lien statement - Porter",
                ),
            ),
        ),
        headers=(("X-KBA-Case", "SUB-26-0144"),),
    ),
    Spec(
        phi=True,
        category="Claim escalation reply to employer HR about employee's child",
        notes="Hard positive: employer HR told (first name + relationship) that an employee's son's ABA therapy claims for autism were reprocessed.",
        frm="Terri Lundqvist <tlundqvist@keystonebenefitadmin.com>",
        to="benefits@harrowvalleysd.org",
        subject="RE: Escalation - Beth in transportation",
        body=(
            "Hi Carol,\n\nFollowing up on the escalation you sent over for Beth Andrulis in transportation. "
            "Her son Owen's ABA therapy claims from Spectrum Pathways (Jan-Mar) were pending for the autism "
            "diagnosis documentation; we received it Friday and all 31 sessions have been reprocessed "
            "and paid. She should see the EOBs this week.\n\nTerri\n\n-----Original Message-----\nFrom: "
            "Carol Pham\nSent: Monday, April 13, 2026 8:02 AM\nSubject: Escalation - Beth in transportation\n\n"
            "Beth says she is getting collection calls, can you look into it?"
        ),
    ),
    Spec(
        phi=True,
        category="HRA reimbursement denial to member's outlook mailbox",
        notes="Names the member and her daughter and explains a denied orthodontic reimbursement with the orthodontist and amount.",
        frm="Keystone Spending Accounts <fsa@keystonebenefitadmin.com>",
        to="priya.raman.lancaster@outlook.com",
        subject="Reimbursement request #HR-77213 needs more information",
        body=(
            "Dear Priya Raman,\n\nWe could not approve your HRA reimbursement request #HR-77213 for $1,250.00 "
            "submitted on 04/09/2026.\n\nService: orthodontic treatment (braces) for Kavya Raman, Dr. Ng "
            "Orthodontics, Lititz PA.\n\nReason: the receipt shows a payment plan amount only. Please send "
            "the orthodontic treatment contract showing the total fee and start date, or an itemised statement.\n\n"
            "You can upload documents at my.keystonebenefitadmin.com.\n\nSpending Account Team"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted external review file with name and procedure in file name",
        notes="Hard positive: the archive is encrypted, but its file name gives the member's surname and the lumbar fusion under external review.",
        frm="Appeals Unit <appeals@keystonebenefitadmin.com>",
        to="casesubmission@ironbridgeiro.org",
        subject="External review submission - KBA-EXT-2604-11",
        body=(
            "Please find the case file for external review KBA-EXT-2604-11 attached. The password will be "
            "provided by phone to your intake coordinator, per our usual process.\n\nThe plan sponsor has "
            "agreed to expedited handling.\n\nKeystone Appeals Unit" + SIG
        ),
        atts=(
            Att(
                "Okafor_J_external_review_lumbar_fusion.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "case_summary.txt": "Member: Jerome Okafor, KBA2017744. Denied L4-L5 TLIF (CPT 22633), not medically necessary.",
                        "appeal_letter.txt": "Second level appeal upheld denial 03/30/2026.",
                    },
                    "Ir0nbr!dge-2604",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Eligibility discrepancy list with SSNs to employer HRIS",
        notes="Hard positive: no health information, but the CSV lists plan enrollees by name, SSN and DOB with their coverage tier, a high-risk identifier set.",
        frm="Eligibility Team <eligibility@keystonebenefitadmin.com>",
        to="hris@delgadomfg.com",
        subject="834 reconciliation - 3 records need correction",
        body=(
            "Hi Naveen,\n\nThe April 834 reconciliation flagged three enrolled members whose SSN or DOB "
            "doesn't match what we have on file. Please check the attached against Workday and send a "
            "corrected change file by Thursday so their claims don't pend.\n\nThanks,\nEligibility Team"
            + SIG
        ),
        atts=(
            Att(
                "delgado_834_recon_discrepancies.csv",
                "text/csv",
                "last_name,first_name,ssn_on_file,ssn_in_834,dob_on_file,dob_in_834,coverage_tier,plan\n"
                "Lindqvist,Eric,412-68-3307,412-86-3307,1981-03-02,1981-03-02,EE+Family,PPO 1500\n"
                "Mbeki,Thandiwe,538-21-7746,538-21-7746,1990-11-19,1990-11-09,EE+Spouse,HDHP 3000\n"
                "Castro,Luis,271-40-5518,271-40-5518,1966-07-30,1967-07-30,EE Only,PPO 1500\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Dialysis case management referral to nurse vendor",
        notes="Referral names a member with ESRD starting hemodialysis, with DOB, member ID, phone and nephrologist.",
        frm="Care Coordination <carecoord@keystonebenefitadmin.com>",
        to="referrals@summitnursecm.com",
        subject="New CM referral - high cost",
        body=(
            "New referral for complex case management under the Pine Ridge Township plan:\n\n"
            "Member: Walter Esterhuizen   DOB 09/27/1958   ID KBA1180452\n"
            "Phone: 717-555-0147 (member prefers mornings)\n"
            "Condition: ESRD secondary to diabetic nephropathy; started in-center hemodialysis 3x/week at "
            "Fresenius Camp Hill on 03/30.\nNephrologist: Dr. Amy Castellano\n"
            "Notes: transplant evaluation referral pending; wife is caregiver; has missed 2 sessions due to "
            "transportation.\n\nPlease assign a nurse within 5 business days.\n\nKBA Care Coordination"
        ),
    ),
    Spec(
        phi=True,
        category="Terse reprocessing note to hospital patient accounts",
        notes="Hard positive: two terse lines tie a named patient and hospital account number to a NICU stay and its claim reprocessing.",
        frm="Marcus Bell <mbell@keystonebenefitadmin.com>",
        to="patientaccounts@wellspanhealth-example.org",
        subject="NICU claim",
        body="Marcus here - Tanisha Greer's NICU stay from 3/28 (acct 70044128) was reprocessed today, pt resp now $0. Let me know if the statement already went out.\n\nSent from my iPhone",
    ),
    Spec(
        phi=True,
        category="Replacement member ID card to member's icloud mailbox",
        notes="Names the member with member ID, group number and plan (health plan beneficiary number tied to a person), with the card image named after her.",
        frm="Keystone Member Services <memberservices@keystonebenefitadmin.com>",
        to="dolores.reyes@icloud.com",
        subject="Your replacement ID card",
        body=(
            "Dear Dolores Reyes,\n\nAs requested, here is an image of your replacement ID card. A plastic card "
            "will arrive by mail in 7-10 days.\n\nMember ID: KBA4481205\nGroup: HVSD-0412 (Harrow Valley "
            "School District)\nPlan: PPO 1500, Rx BIN 610455\n\nKeystone Member Services" + SIG
        ),
        atts=(Att("ID_card_Reyes_Dolores_KBA4481205.png", "image/png", png(8, 5, (30, 90, 160))),),
    ),
    Spec(
        phi=True,
        category="Medicare secondary payer question with MBI",
        notes="Asks a member's wife about his Medicare entitlement due to ESRD, quoting his MBI and name.",
        frm="COB Unit <cob@keystonebenefitadmin.com>",
        to="janet.hollenbach@comcast.net",
        subject="Coordination of benefits - Medicare information needed",
        body=(
            "Dear Mrs. Hollenbach,\n\nWe received notice that your husband, Dale Hollenbach, became entitled to "
            "Medicare based on end-stage renal disease (MBI: 4TQ7-WN2-HX58, Part A effective 02/01/2026).\n\n"
            "Because he is in the 30-month coordination period, the Pine Ridge Township plan remains primary. "
            "Please reply with the answers below (or call us) so his dialysis claims are not denied in error:\n\n"
            "1. Is Dale still covered under your Pine Ridge Township plan as your spouse?\n2. Has he enrolled in Medicare Part B, and if so, from what date?\n"
            "3. Does he have any other coverage (for example, a retiree plan)?\n\n"
            "COB Unit" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only claim processed notification to member",
        notes="HTML-only notice to member's aol mailbox naming her, the physical therapy claim and amount she owes.",
        frm="Keystone Claims <noreply@keystonebenefitadmin.com>",
        to="gwen.fairbanks@aol.com",
        subject="A claim has been processed",
        body="",
        html=(
            "<html><body style='font-family:Arial'><img src='https://cdn.keystonebenefitadmin.com/logo.png' alt='Keystone'>"
            "<p>Hi Gwen Fairbanks,</p><p>A claim for <b>physical therapy - knee</b> at Pinnacle Physical Therapy "
            "on 04/06/2026 was processed.</p><table border='1' cellpadding='4'><tr><td>Billed</td><td>$220.00</td></tr>"
            "<tr><td>Plan paid</td><td>$132.00</td></tr><tr><td>You may owe</td><td>$40.00</td></tr></table>"
            "<p>Member ID ending 3390. <a href='https://my.keystonebenefitadmin.com/eob'>View your EOB</a></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded itemised bill inquiry to bill review vendor",
        notes="Forwards a hospital's itemised-bill message naming the patient, admission and CPT codes to the plan's bill audit vendor.",
        frm="Claims Audit <claimsaudit@keystonebenefitadmin.com>",
        to="intake@precisionbillreview.com",
        subject="FW: Itemized bill - acct 55310872",
        body=(
            "Please review the attached itemized bill for implant and pharmacy charges; the total looks "
            "high for an uncomplicated hip replacement. Audit ref KBA-AUD-0931.\n\nThanks, Sandeep"
        ),
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Patient Financial Services <pfs@riverviewregional-example.org>",
            to="claimsaudit@keystonebenefitadmin.com",
            subject="Itemized bill - acct 55310872",
            body=(
                "Attached per your request is the itemized statement for patient Harold Zimmerman "
                "(DOB 06/03/1951), account 55310872, admitted 03/02/2026 for right total hip arthroplasty "
                "(CPT 27130), discharged 03/05/2026. Total charges $88,412.19.\n\nRiverview Regional PFS"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Appeal hearing calendar invite naming member and denied surgery",
        notes="Hard positive: the calendar description gives the member's name, member ID and the bariatric surgery denial under appeal.",
        frm="Appeals Unit <appeals@keystonebenefitadmin.com>",
        to="medicaldirector@keystonebenefitadmin.com, dwhitfield.appeal@gmail.com",
        subject="Invitation: Second-level appeal hearing (telephone)",
        body="You are invited to a second-level appeal hearing. Details are in the calendar invitation.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone Benefit Administrators//Appeals//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:kba-appeal-2604-0077@keystonebenefitadmin.com\r\nDTSTAMP:20260413T140000Z\r\n"
            "DTSTART:20260421T180000Z\r\nDTEND:20260421T184500Z\r\nSUMMARY:2nd level appeal - D. Whitfield\r\n"
            "DESCRIPTION:Member Denise Whitfield (KBA2904416) appeals denial of laparoscopic sleeve gastrectomy "
            "(BMI 41\\, T2DM). Dial-in 1-800-555-0131 code 4471.\r\nORGANIZER:mailto:appeals@keystonebenefitadmin.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Predetermination result to dental office",
        notes="Dental predetermination naming the patient, member ID, tooth numbers and crown/implant coverage decisions.",
        frm="Dental Claims <dental@keystonebenefitadmin.com>",
        to="office@lebanonvalleysmiles.com",
        subject="Predetermination PD-26-3318",
        body=(
            "Predetermination PD-26-3318\nPatient: Yusuf Demir  |  Member ID KBA3560021  |  Subscriber: self\n\n"
            "Tooth 19 - D6010 implant body: NOT COVERED (plan excludes implants)\n"
            "Tooth 19 - D6058 abutment crown: NOT COVERED\nTooth 30 - D2740 porcelain crown: covered at 50%, est. plan payment $512.00\n\n"
            "Estimate valid 90 days. Annual maximum remaining: $1,140.00.\n\nKeystone Dental Claims"
            + DISCLAIMER
        ),
    ),
    # ------------------------------------------------------------- non-PHI (18)
    Spec(
        phi=False,
        category="Open enrollment webinar invitation to employer HR",
        notes="Calendar invite for an HR open enrollment briefing; no individual's health information.",
        frm="Client Services <clientservices@keystonebenefitadmin.com>",
        to="hr-team@bridgewatercu.org",
        subject="Invitation: 2026-27 Open Enrollment briefing",
        body="Hi all, calendar hold for the open enrollment briefing. We'll cover plan changes, the new HSA match and the portal refresh.\n\nKeystone Client Services",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone Benefit Administrators//Client Services//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:kba-oe-briefing-bwcu@keystonebenefitadmin.com\r\nDTSTAMP:20260413T150000Z\r\n"
            "DTSTART:20260428T170000Z\r\nDTEND:20260428T180000Z\r\nSUMMARY:Open Enrollment briefing - Bridgewater CU\r\n"
            "LOCATION:Teams\r\nDESCRIPTION:Agenda: 2026-27 plan changes\\, HSA employer match\\, new member portal.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Weekly claims funding request with aggregate totals",
        notes="Hard negative: funding workbook with paid-claim totals by category and check counts; no member-level data.",
        frm="Finance <finance@keystonebenefitadmin.com>",
        to="ap@delgadomfg.com",
        cc="treasury@delgadomfg.com",
        subject="Claims funding request - week ending 04/10/2026",
        body=(
            "Hello,\n\nPlease fund the claims account by 04/15 for the amount below. Detail by category is "
            "in the attached workbook.\n\nMedical $286,402.17\nPharmacy $71,930.48\nDental $18,211.00\n"
            "Total $376,543.65\n\nThank you,\nKeystone Finance" + SIG
        ),
        atts=(
            Att(
                "Delgado_funding_WE20260410.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Category", "Claims", "Paid"],
                            ["Medical - inpatient", 14, 118240.55],
                            ["Medical - outpatient", 392, 127880.02],
                            ["Medical - professional", 811, 40281.60],
                            ["Pharmacy", 1604, 71930.48],
                            ["Dental", 288, 18211.00],
                        ],
                        "Checks vs EFT": [
                            ["Method", "Payments", "Amount"],
                            ["EFT", 301, 331840.12],
                            ["Check", 57, 44703.53],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified large claimant summary to benefits broker",
        notes="Hard negative: cost drivers by condition category and claimant counts over $50k for a 1,900-life group; no names, IDs, ages or dates.",
        frm="Gina Albright <galbright@keystonebenefitadmin.com>",
        to="mkessler@tristatebenefitpartners.com",
        subject="Harrow Valley - Q1 high cost claimant summary (de-identified)",
        body=(
            "Mike,\n\nFor the renewal meeting, here is the de-identified high-cost summary for Harrow Valley "
            "(about 1,900 covered lives). Per our policy we only report categories with counts, no claimant-level rows.\n\n"
            "Claimants over $50k in Q1: 12 (total paid $1.41M)\n  Cancer: 4 claimants, 38% of high-cost dollars\n"
            "  Musculoskeletal/ortho: 3 claimants, 19%\n  Cardiac and maternity/neonatal: 3 claimants, 26%\n"
            "  All other categories combined: 2 claimants, 17% (not broken out below our reporting threshold)\n\nSpecialty Rx is now 44% of pharmacy spend. Happy to walk through it Thursday.\n\nGina"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Plan document amendment draft to employer counsel",
        notes="Hard negative: SPD amendment language about autism ABA, bariatric surgery and gender-affirming care coverage; benefit terms, no individual.",
        frm="Plan Documents <plandocs@keystonebenefitadmin.com>",
        to="jmorrow@morrowsteinlaw.com",
        subject="Pine Ridge Township - draft SPD amendment #3 for your review",
        body=(
            "Jill,\n\nAttached is the draft amendment implementing the board's coverage decisions effective 7/1. "
            "Redlines are in the section headings. Please let us know if the mental health parity comparative "
            "analysis language needs to change.\n\nRegards,\nOwen Parrish, Plan Documents" + SIG
        ),
        atts=(
            Att(
                "PRT_SPD_Amendment3_DRAFT.docx",
                DOCX,
                docx(
                    [
                        "PINE RIDGE TOWNSHIP EMPLOYEE HEALTH PLAN - AMENDMENT NO. 3 (DRAFT)",
                        "1. Applied Behavior Analysis. Covered for a diagnosis of autism spectrum disorder when provided by a board-certified behavior analyst; no dollar or visit limit.",
                        "2. Bariatric Surgery. Covered for members with BMI of 40 or more, or 35 or more with a serious comorbidity, after a six-month supervised program.",
                        "3. Gender-Affirming Care. Hormone therapy and surgical procedures are covered when medically necessary under WPATH standards.",
                        "4. Hearing Aids. One pair every 36 months, up to $2,500.",
                        "Effective July 1, 2026. Administered by Keystone Benefit Administrators, Inc.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher quiz with fictional example member",
        notes="Hard negative: training quiz to a contract staffing agency uses a clearly fictional sample member and asks which fields are PHI.",
        frm="Compliance <compliance@keystonebenefitadmin.com>",
        to="coordinator@keystaffingsolutions.com",
        subject="HIPAA refresher for your temps starting 4/20",
        body=(
            "Hi Renee,\n\nBefore the four temporary claims processors start on 4/20, please have them complete "
            "the attached refresher quiz. Sample question:\n\n  'A caller says she is Jane Sample (FICTIONAL "
            "TRAINING MEMBER, ID KBA-TRAIN-0000) and asks about her husband's claim for physical therapy. "
            "What must you verify before answering?'\n\nAnswers are in the facilitator version I'll send "
            "separately. All examples are invented.\n\nThanks,\nKeystone Compliance"
        ),
        atts=(
            Att(
                "HIPAA_refresher_quiz_2026.txt",
                "text/plain",
                "KEYSTONE HIPAA REFRESHER - TEMPORARY STAFF\n\n1. Which of these is PHI? (a) a member ID with a claim date (b) the plan's group number alone (c) our office address\n"
                "2. True/False: you may confirm a member's eligibility to their employer's HR department without authorization.\n"
                "3. A fax with claim detail went to the wrong number. Who do you tell, and how fast?\n"
                "4. Name two ways to send PHI to a provider securely.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Test 834 enrollment file with declared test members",
        notes="Hard negative: onboarding test 834 (usage indicator T) with members named TESTMEMBER and placeholder DOBs, declared as test data.",
        frm="EDI Onboarding <edi@keystonebenefitadmin.com>",
        to="benefits.it@bridgewatercu.org",
        subject="834 test file results - round 2",
        body=(
            "Hi Dev,\n\nRound 2 of your test 834 loaded cleanly. I've attached the file back with our two edits "
            "highlighted in the notes below (these are the dummy TESTMEMBER records you created, not employees):\n\n"
            "- INS segment: maintenance reason code 28 accepted\n- HD03 plan codes must match the mapping sheet (PPO-TEST ok)\n\n"
            "Once you send a production-format file with ISA15 = P we'll schedule the parallel run.\n\nKBA EDI Onboarding"
        ),
        atts=(Att("BWCU_834_TEST_round2.x12", "application/edi-x12", X12_834_TEST),),
    ),
    Spec(
        phi=False,
        category="PPO repricing vendor contract renewal",
        notes="Vendor contract renewal terms; no individuals.",
        frm="Vendor Management <vendors@keystonebenefitadmin.com>",
        to="contracts@cornerstoneppo.com",
        subject="Network access agreement - renewal terms",
        body=(
            "Hi Patrick,\n\nWe're good with the 3-year renewal at the access fee of $3.40 PEPM, but we need the "
            "savings guarantee to stay at 42% and the claim turnaround for repricing at 2 business days. "
            "Our legal team will send redlines on the data security exhibit by Friday.\n\nLouise Brennan\nVendor Management"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Stop-loss renewal census in age bands",
        notes="Hard negative: renewal census workbook gives counts by age band, sex and tier; no names or member-level rows.",
        frm="Underwriting Support <uwsupport@keystonebenefitadmin.com>",
        to="quotes@alleghenyre.com",
        subject="RFP: Bridgewater CU stop-loss 7/1/2026 renewal",
        body=(
            "Attached is the census and 24 months of aggregate paid claims for the Bridgewater Credit Union renewal. "
            "Specific deductible options requested: $100k, $125k, $150k. Aggregate corridor 125%.\n\nRegards,\nKBA Underwriting Support"
        ),
        atts=(
            Att(
                "BWCU_SL_renewal_census.xlsx",
                XLSX,
                xlsx(
                    {
                        "Census": [
                            ["Age band", "Male", "Female", "Total"],
                            ["<30", 41, 58, 99],
                            ["30-39", 66, 71, 137],
                            ["40-49", 52, 60, 112],
                            ["50-59", 38, 47, 85],
                            ["60+", 14, 19, 33],
                        ],
                        "Tiers": [
                            ["Tier", "Enrolled"],
                            ["EE", 198],
                            ["EE+SP", 61],
                            ["EE+CH", 44],
                            ["FAM", 63],
                        ],
                        "Paid by month": [
                            ["Month", "Medical", "Rx"],
                            ["2025-04", 188420.11, 40211.09],
                            ["2026-03", 201873.40, 47095.66],
                        ],
                    }
                ),
            ),
            Att(
                "BWCU_aggregate_claims_24mo.zip",
                "application/zip",
                zipped(
                    {
                        "paid_by_month.csv": "month,medical_paid,rx_paid,members\n2024-04,171204.55,38810.12,588\n2025-03,196330.07,45502.71,601\n2026-03,201873.40,47095.66,612\n",
                        "claims_over_pooling_level.csv": "plan_year,claimants_over_100k,total_excess\n2024-25,2,61480.00\n2025-26,3,118902.35\n",
                        "README.txt": "Aggregate experience only. No claimant-level data is included. Prepared by Keystone Benefit Administrators.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Claims examiner job posting to staffing agency",
        notes="Hard negative: job description full of ICD-10, CPT, HIPAA and claim terms; no individual.",
        frm="Talent Acquisition <careers@keystonebenefitadmin.com>",
        to="jobs@capitalregionstaffing.com",
        subject="Req 26-114: Medical Claims Examiner II (hybrid)",
        body=(
            "Please post the following:\n\nMEDICAL CLAIMS EXAMINER II - Harrisburg PA (hybrid)\n"
            "- Adjudicate professional and facility claims (CMS-1500/UB-04) for self-funded plans\n"
            "- Apply ICD-10-CM, CPT/HCPCS and revenue codes, NCCI edits and COB rules\n"
            "- Handle complex claims: dialysis, transplant, NICU, oncology\n- Protect member PHI per HIPAA\n"
            "Requirements: 3+ years claims, CPC a plus. Pay $22-$27/hr.\n\nThanks,\nKeystone Talent Acquisition"
        ),
    ),
    Spec(
        phi=False,
        category="Interview scheduling to job candidate's personal mailbox",
        notes="Hard negative: personal gmail of a job applicant gets an interview time; no health information.",
        frm="Talent Acquisition <careers@keystonebenefitadmin.com>",
        to="brianna.okoye.jobs@gmail.com",
        subject="Interview - Claims Examiner II",
        body=(
            "Hi Brianna,\n\nThanks for applying! Can you do a video interview on Tuesday 4/21 at 10:30 am with "
            "Marisol (claims supervisor) and me? It will take about 45 minutes. Reply with a yes or a couple of "
            "alternatives.\n\nBest,\nKeiko Tanner\nRecruiter, Keystone Benefit Administrators"
        ),
    ),
    Spec(
        phi=False,
        category="SFTP key rotation notice to clearinghouse",
        notes="IT notice about SFTP host key rotation; no health data.",
        frm="KBA IT Security <itsecurity@keystonebenefitadmin.com>",
        to="edi-admin@clearhouse77.net",
        subject="Scheduled SFTP host key rotation - 04/18 02:00 ET",
        body=(
            "On Saturday 04/18 at 02:00 ET we will rotate the host key for sftp.keystonebenefitadmin.com.\n\n"
            "New ED25519 fingerprint: SHA256:q8N3x2Kf0bVj7TzLw1P9yHc4mR6eUa5sDg2oXk0tYiE\n\n"
            "No change to IP allow-lists (203.0.113.40/29). Please update your known_hosts before Monday's 837 drop.\n\nKBA IT Security"
        ),
    ),
    Spec(
        phi=False,
        category="Provider payment batch note with SSN-shaped batch reference",
        notes="Hard negative: bank instruction with batch reference 418-62-0915 shaped like an SSN, payee counts and totals only.",
        frm="Treasury <treasury@keystonebenefitadmin.com>",
        to="commercialpayments@susquehannatrust.com",
        subject="ACH batch release - ref 418-62-0915",
        body=(
            "Please release ACH batch ref 418-62-0915 for settlement 04/16/2026.\n\nPayees: 412 providers\n"
            "Total: $1,284,339.10\nFunding account ending 7702 (Keystone claims trust).\n\nCallback verification "
            "per our agreement: Ruth Akers 717-555-0126.\n\nKeystone Treasury"
        ),
    ),
    Spec(
        phi=False,
        category="Preventive care newsletter HTML for employer to distribute",
        notes="Hard negative: HTML-only newsletter about colonoscopy at 45, flu shots and diabetes prevention; health topics with no individual.",
        frm="Wellness Communications <wellness@keystonebenefitadmin.com>",
        to="communications@harrowvalleysd.org",
        subject="April wellness newsletter - ready for your staff",
        body="",
        html=(
            "<html><body><h2>Spring Health Check-in</h2><p>Your plan covers these at <b>$0</b> in network:</p><ul>"
            "<li>Colorectal cancer screening starting at age 45</li><li>Annual flu shot and updated COVID-19 vaccine</li>"
            "<li>Diabetes Prevention Program for members with prediabetes</li><li>Depression screening at your annual physical</li></ul>"
            "<p>Questions? Call Keystone Member Services at 1-800-555-0118.</p><p style='font-size:10px'>Keystone Benefit Administrators "
            "administers the Harrow Valley School District health plan.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Fee schedule update listing clinicians and NPIs",
        notes="Hard negative: direct-contract fee schedule letter to a clinic names its physicians with specialties and NPIs; provider identifiers only.",
        frm="Network Contracting <contracting@keystonebenefitadmin.com>",
        to="practicemanager@cumberlandvalleyortho.com",
        subject="Direct contract - 7/1 fee schedule and provider roster confirmation",
        body=(
            "Dear Ms. Yoder,\n\nThe 7/1/2026 fee schedule for your direct contract with the Harrow Valley plan is "
            "attached (115% of Medicare for professional services). Please confirm the roster below is current:\n\n"
            "Dr. Samuel Oduya, orthopaedic surgery (sports medicine), NPI 1427517978\n"
            "Dr. Helen Marchetti, orthopaedic surgery (spine), NPI 1109020242\n"
            "Kristin Fahey, PA-C, NPI 1189190196\n\nSincerely,\nNetwork Contracting" + SIG
        ),
        atts=(
            Att(
                "CVO_fee_schedule_2026-07.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE BENEFIT ADMINISTRATORS - DIRECT CONTRACT FEE SCHEDULE",
                        "Cumberland Valley Orthopaedics - effective 07/01/2026",
                        "CPT 99213  $104.20    CPT 99214  $148.10",
                        "CPT 20610  $  79.55   CPT 29881  $702.40",
                        "CPT 27447  $1,637.80  CPT 22633  $2,348.15",
                    ],
                    "Fee schedule 2026-07",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SOC 1 audit request list from TPA to auditor",
        notes="Hard negative: audit logistics about claim samples and controls; no claims or members included.",
        frm="Internal Audit <internalaudit@keystonebenefitadmin.com>",
        to="soc-engagements@hallidayryanpc.com",
        subject="SOC 1 Type II - PBC list questions",
        body=(
            "Hi Tomasz,\n\nA few questions on the PBC list:\n\n1. For the claim adjudication sample (25 claims), "
            "will you select from the full population file or from our high-dollar report? We'd like to provide the "
            "population via your secure portal, not e-mail.\n2. For user access reviews, is a screenshot of the "
            "quarterly certification enough?\n3. Control 7.3 (COB) testing window - Q4 or full year?\n\nYour original request is attached for reference.\n\nThanks,\nRuth Akers, Internal Audit"
        ),
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Tomasz Wojcik <twojcik@hallidayryanpc.com>",
            to="internalaudit@keystonebenefitadmin.com",
            subject="SOC 1 Type II FY2026 - provided-by-client list",
            body=(
                "Ruth,\n\nAttached is our PBC list for the FY2026 SOC 1 Type II examination (period 01/01-12/31). Key items: "
                "system description, claims population for sampling, user access listings, change tickets, and evidence of "
                "the quarterly eligibility reconciliation. Please do not send member-level data by e-mail; use the portal.\n\n"
                "Tomasz Wojcik, CPA\nHalliday Ryan PC"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff measles exposure notice to building management",
        notes="Hard negative: workplace measles exposure notice about an unnamed person, sent to the landlord for cleaning; no identifiable individual.",
        frm="Facilities <facilities@keystonebenefitadmin.com>",
        to="propertymanager@commerceparkrealty.com",
        subject="Suite 400 - health department exposure notice, cleaning request",
        body=(
            "Hi Dwayne,\n\nThe Dauphin County Health Department informed us that someone who was in our 4th-floor suite "
            "last Tuesday has since been diagnosed with measles. We have notified our staff per the department's guidance. "
            "No further information about the person will be shared.\n\nCould your janitorial team do an additional "
            "cleaning of the 4th-floor common areas and elevator lobby tonight? The health department says no "
            "special measures are needed beyond that.\n\nThanks,\nPaula Greer, Facilities Manager"
        ),
    ),
    Spec(
        phi=False,
        category="TPA license renewal filing to state insurance department",
        notes="Regulatory license renewal with license number and financial statement; no members.",
        frm="Regulatory Affairs <regulatory@keystonebenefitadmin.com>",
        to="tpa.licensing@insurance-pa.gov",
        subject="Annual TPA license renewal - License No. TPA-004417",
        body=(
            "Dear Licensing Division,\n\nKeystone Benefit Administrators, Inc. submits its annual renewal for "
            "third-party administrator license TPA-004417, with the audited financial statements for FY2025 and "
            "the fidelity bond certificate ($500,000).\n\nRespectfully,\nDeborah Klein, VP Regulatory Affairs"
            + SIG
        ),
        atts=(
            Att(
                "KBA_TPA_renewal_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE BENEFIT ADMINISTRATORS, INC.",
                        "Application for renewal of TPA license TPA-004417",
                        "Plans administered: 38 self-funded group health plans",
                        "Covered lives (12/31/2025): 61,208",
                        "Fidelity bond: $500,000 (Bond No. FB-88410)",
                    ],
                    "TPA renewal 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Broker renewal rate exhibit",
        notes="Broker mail with an admin fee rate exhibit; no individuals.",
        frm="Gina Albright <galbright@keystonebenefitadmin.com>",
        to="mkessler@tristatebenefitpartners.com",
        subject="Harrow Valley - admin fee renewal exhibit",
        body=(
            "Mike - admin fee exhibit for 7/1 attached. Flat renewal on the base PEPM ($38.50); the PBM "
            "pass-through and the new nurse line are itemised separately. Let me know before the committee meets.\n\nGina"
        ),
        atts=(
            Att(
                "HVSD_admin_fee_renewal_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE BENEFIT ADMINISTRATORS - ADMINISTRATIVE FEE RENEWAL",
                        "Harrow Valley School District - plan year 2026-27",
                        "Base administration  $38.50 PEPM (no change)",
                        "Care management       $4.10 PEPM",
                        "24/7 nurse line       $1.25 PEPM (new)",
                        "COBRA administration  $0.85 PEPM",
                    ],
                    "HVSD admin fee renewal",
                ),
            ),
        ),
    ),
]
