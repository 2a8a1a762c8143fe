"""Outbound mail of Tallgrass Infusion Billing, a billing office for infusion centres (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import BHF, GVR, TIB, Att, Spec

BILL = f"Tallgrass Billing <billing@{TIB}>"
AR = f"AR Follow-up <ar@{TIB}>"
JM = f"Jolene Marsh <jmarsh@{TIB}>"
PF = f"Patient Financial Services <pfs@{TIB}>"

X837 = (
    "ISA*00*          *00*          *ZZ*TALLGRASS      *ZZ*NSHP           *260316*1015*^*00501*000004417*0*P*:~"
    "GS*HC*TALLGRASS*NSHP*20260316*1015*4417*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*TALLGRASS INFUSION CENTER*****XX*1305827168~"
    "NM1*IL*1*OSEI*WENDELL****MI*HPN661024839~DMG*D8*19590802*M~"
    "CLM*TIB26031601*4820.00***11:B:1~HI*ABK:M0579~"
    "SV1*HC:J1745*4200.00*UN*50***1~SV1*HC:96413*620.00*UN*1***1~SE*10*0001~GE*1*4417~IEA*1*000004417~\n"
)
X835 = (
    "ISA*00*          *00*          *ZZ*NSHP           *ZZ*TALLGRASS      *260313*0700*^*00501*000008810*0*P*:~"
    "ST*835*0001~BPR*I*3120.40*C*ACH~TRN*1*EFT7781204*1410~"
    "CLP*TIB26022702*1*4820.00*3120.40*0*12*NSH2602270044~NM1*QC*1*MENDONCA*CARLA****MI*NSH552930184~"
    "SVC*HC:J9312*4200.00*2600.40~CAS*CO*45*1599.60~SE*8*0001~\n"
)
X270 = (
    "ISA*00*          *00*          *ZZ*TALLGRASS      *ZZ*AMBRIDGE       *260318*0830*^*00501*000000312*0*P*:~"
    "ST*270*0312*005010X279A1~BHT*0022*13*EL0312*20260318*0830~"
    "NM1*PR*2*AMBRIDGE HEALTH*****PI*AMB01~NM1*1P*2*TALLGRASS INFUSION CENTER*****XX*1305827168~"
    "NM1*IL*1*KRAUS*BETTINA****MI*AMB220948117~DMG*D8*19701115~EQ*30~SE*7*0312~\n"
)
X837_TEST = (
    "ISA*00*          *00*          *ZZ*TALLGRASS      *ZZ*CLEARBRIDGE    *260317*0900*^*00501*000000001*0*T*:~"
    "ST*837*0001*005010X222A1~NM1*IL*1*TESTPATIENT*ALPHA****MI*TEST00000001~"
    "CLM*TESTCLAIM01*100.00***11:B:1~HI*ABK:Z0000~SE*5*0001~\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="837 professional claim to payer",
        notes="Hard positive: body is about a portal outage; the X12 837 has subscriber name, member ID, DOB, RA code and infliximab J-code.",
        frm=f"EDI <edi@{TIB}>",
        to="edi.inbound@northstarhealthplan.com",
        subject="Batch 4417 - manual resubmission",
        body="Resubmitting batch 4417 by email per your EDI desk (portal outage ticket NS-22018).",
        atts=(Att("TIB_4417.x12", "application/edi-x12", X837),),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to practice",
        notes="Hard positive: body only discusses a CO-45 adjustment; the 835 names the patient, member ID and rituximab claim.",
        frm=AR,
        to=f"billing@{GVR}",
        subject="FW: ERA 3/13 - contractual adj question",
        body="Kayla - the CO-45 on this one is bigger than the contract allows. Can you check what rate you negotiated? ERA attached.",
        atts=(Att("ERA_EFT7781204.x12", "application/edi-x12", X835),),
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry file",
        notes="Hard positive: 270 eligibility request identifying patient, DOB and member ID to a payer.",
        frm=f"EDI <edi@{TIB}>",
        to="eligibility@ambridgehealth.com",
        subject="270 batch 0312",
        body="Real-time endpoint is timing out again, sending 270 as file. Please return 271.",
        atts=(Att("elig_0312.x12", "application/edi-x12", X270),),
    ),
    Spec(
        phi=False,
        category="Synthetic 837 test file for clearinghouse",
        notes="Hard negative: X12 test-indicator file with TESTPATIENT and dummy IDs for clearinghouse certification.",
        frm=f"EDI <edi@{TIB}>",
        to="certification@clearbridgeedi.com",
        subject="Certification test file #1 (usage indicator T)",
        body="Attached is test file 1 for our 5010 certification. All data is synthetic (TESTPATIENT/ALPHA).",
        atts=(Att("cert_test_01.x12", "application/edi-x12", X837_TEST),),
    ),
    Spec(
        phi=True,
        category="Patient statement with balance for infusion",
        notes="Statement PDF to patient's gmail naming her, account number and rituximab infusion charges.",
        frm=PF,
        to="carla.mendonca.83@gmail.com",
        subject="Your statement from Tallgrass Infusion",
        body="Hello Ms. Mendonca, your statement is attached. You can pay online or call 866-555-0134.",
        atts=(
            Att(
                "statement_TIB-0044812.pdf",
                "application/pdf",
                pdf(
                    [
                        "TALLGRASS INFUSION BILLING - Patient Statement",
                        "Carla Mendonca   Account TIB-0044812",
                        "02/27/2026  Rituximab 1000 mg infusion (J9312 x100)  $4,820.00",
                        "Insurance paid $3,120.40   Adjustment $1,599.60",
                        "Your balance: $100.00 (copay)",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank statement template to print vendor",
        notes="Hard negative: statement layout PDF with placeholder 'PATIENT NAME' fields sent to print vendor.",
        frm=JM,
        to="proofs@prairieprintmail.com",
        subject="Proof approval - statement layout v3",
        body="Approved with one change: move the remit stub 1/4 inch down. Marked-up proof attached (placeholders only).",
        atts=(
            Att(
                "layout_v3_markup.pdf",
                "application/pdf",
                pdf(
                    [
                        "TALLGRASS INFUSION BILLING",
                        "[PATIENT NAME]  Account [ACCT#]",
                        "[DOS]  [SERVICE DESCRIPTION]  [CHARGE]",
                        "Remit stub moves down 0.25 in",
                    ],
                    "Proof",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Password-protected denial worklist to practice",
        notes="Encrypted zip of denials; the body names a patient and her denied tocilizumab claim in clear.",
        frm=AR,
        to=f"priorauth@{GVR}",
        subject="Denials this week (encrypted)",
        body=(
            "Zip password comes by text as usual. The urgent one is Bettina Kraus - Actemra denied for no auth "
            "on file for DOS 3/6; can you send the auth letter today?\n\nThanks, AR team"
        ),
        atts=(
            Att(
                "denials_wk11.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "denials.csv": "patient,member_id,dos,code,reason\nBettina Kraus,AMB220948117,2026-03-06,J3262,CO-197 no auth\n"
                    },
                    "Tallgrass#0316",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Payer fee schedule comparison",
        notes="Hard negative: J-code fee schedule CSV across payers; no patients.",
        frm=JM,
        to=f"opsmanager@{GVR}",
        subject="2026 J-code rates by payer",
        body="Denise, here's the comparison you asked for. Northstar is still lowest on infliximab.",
        atts=(
            Att(
                "jcode_rates_2026.csv",
                "text/csv",
                "hcpcs,description,northstar,ambridge,medicare_asp_plus6\nJ1745,infliximab 10 mg,71.20,78.90,74.15\nJ9312,rituximab 10 mg,82.10,90.00,86.33\nJ3262,tocilizumab 1 mg,4.02,4.40,4.18\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Collections referral list",
        notes="Hard positive: body only says March placements; the CSV has named patients, addresses, balances and infusions given.",
        frm=AR,
        to="newaccounts@midplainsrecovery.com",
        subject="Placement file - March",
        body="March placements attached. All have had 3 statements and a final notice.",
        atts=(
            Att(
                "placements_2026_03.csv",
                "text/csv",
                "account,name,address,phone,balance,last_service\nTIB-0039120,Rodney Falk,412 Elm St Hays KS 67601,785-555-0119,1840.22,IV iron infusion 2025-10-02\nTIB-0040277,Shauna Pike,9 Prairie Ln Salina KS 67401,785-555-0176,612.00,zoledronic acid infusion 2025-11-14\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Billing office holiday schedule",
        notes="Office hours notice; no patient.",
        frm=BILL,
        to=f"clients@{TIB}",
        subject="Good Friday hours",
        body="Our phones close at noon on Good Friday (April 3). EDI batches submitted after 11:00 will go out Monday.",
    ),
    Spec(
        phi=True,
        category="Payment plan confirmation to patient",
        notes="Payment plan for infusion charges confirmed to patient's hotmail with account and balance.",
        frm=PF,
        to="rfalk.hays@hotmail.com",
        subject="Payment plan set up",
        body=(
            "Mr. Falk,\n\nWe set up your plan: $75/month starting April 1 on account TIB-0039120 for the iron "
            "infusion from October. We pulled the account back from collections.\n\nPatient Financial Services"
        ),
    ),
    Spec(
        phi=False,
        category="Denial trend report aggregate",
        notes="Hard negative: multi-sheet workbook of denial counts by payer and reason code; no patients.",
        frm=JM,
        to="cfo@prairieinfusioncenters.com",
        subject="February denial trends",
        body="Top driver is still CO-197 (no auth). Details by payer on tab 2.",
        atts=(
            Att(
                "denials_feb2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Reason", "Count", "Dollars"],
                            ["CO-197 no auth", 41, 168220],
                            ["CO-16 missing info", 19, 40110],
                            ["CO-50 not med necessary", 7, 38900],
                        ],
                        "ByPayer": [
                            ["Payer", "Denials", "Rate"],
                            ["Northstar", 33, "6.1%"],
                            ["Ambridge", 22, "4.8%"],
                            ["Medicare", 12, "2.2%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare secondary question with MBI",
        notes="MBI and patient name with infusion date in a question to the Medicare contractor.",
        frm=AR,
        to="provider.inquiry@heartlandmacservices.com",
        subject="Inquiry - crossover not received",
        body=(
            "Beneficiary: Arlene Voss, MBI: 4TQ8-HN2-KW61\nDOS 01/22/2026, J1745 infliximab, 96413/96415\n"
            "Primary paid 1/30 but no crossover to Medigap. Please advise.\nTallgrass Infusion Billing, NPI: 1305827168"
        ),
    ),
    Spec(
        phi=False,
        category="Clearinghouse enrollment with provider NPIs",
        notes="Hard negative: ERA enrollment form with facility NPI, TIN and bank info; no patient.",
        frm=f"EDI <edi@{TIB}>",
        to="enrollment@clearbridgeedi.com",
        subject="ERA enrollment - Prairie Infusion Hays",
        body="Provider: Prairie Infusion Centers - Hays\nNPI: 1917354809\nTIN 48-2093117\nRemit to ACH acct ending 4471\nContact Jolene Marsh 785-555-0102",
    ),
    Spec(
        phi=True,
        category="Appeal letter for denied IVIG",
        notes="DOCX appeal naming patient, member ID, CIDP diagnosis and IVIG dosing.",
        frm=AR,
        to="appeals@northstarhealthplan.com",
        subject="First-level appeal - claim NSH2603020118",
        body="Please find our appeal attached. Clinical notes from the neurologist are included.",
        atts=(
            Att(
                "appeal_NSH2603020118.docx",
                DOCX,
                docx(
                    [
                        "Tallgrass Infusion Billing on behalf of Prairie Infusion Centers",
                        "Re: Tobias Renner, Member ID NSH770182264, claim NSH2603020118",
                        "Diagnosis: chronic inflammatory demyelinating polyneuropathy (G61.81)",
                        "IVIG 2 g/kg loading then 1 g/kg every 3 weeks was denied as not medically necessary.",
                        "INCAT score improved from 5 to 2 on therapy; we request reversal.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Appeal letter template for staff",
        notes="Hard negative: appeal template DOCX with bracketed placeholders and example field names only.",
        frm=JM,
        to=f"billingteam@{TIB}",
        subject="New appeal template - use from today",
        body="Use this template for all first-level appeals. Don't save filled copies to the shared drive.",
        atts=(
            Att(
                "appeal_template_2026.docx",
                DOCX,
                docx(
                    [
                        "Re: [Patient Name], Member ID [Member ID], claim [Claim #]",
                        "Diagnosis: [ICD-10 description]",
                        "[Drug] was denied as [denial reason]. We request reversal because [clinical rationale].",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse AR status note with surname and drug",
        notes="Hard positive: terse note with patient surname, DOS and Remicade with account number.",
        frm=AR,
        to="provider.services@ambridgehealth.com",
        subject="acct TIB-0041990",
        body="Osei W, DOS 2/12, Remicade 500mg, billed 3/1, no response. Pls status. -Tallgrass AR x0125",
    ),
    Spec(
        phi=False,
        category="Invoice from billing office to client practice",
        notes="Monthly service invoice to client practice; percentage of collections, no patients.",
        frm=BILL,
        to=f"opsmanager@{GVR}",
        subject="Invoice TIB-INV-2026-02",
        body="February services: 5.5% of $412,880 collections = $22,708.40. Due April 15. Thanks for your business!",
    ),
    Spec(
        phi=True,
        category="Financial assistance handoff to foundation",
        notes="Billing office refers a named patient with balance and multiple sclerosis infusion to a foundation.",
        frm=PF,
        to=f"grants@{BHF}",
        subject="Referral for copay help - signed consent attached",
        body=(
            "Hello,\n\nReferring Maya Oduya (DOB 6/19/1992) who receives ocrelizumab infusions for MS every 6 months. "
            "Her plan's coinsurance left $2,340 for the March infusion. Her signed consent to share is attached.\n\nPatient Financial Services"
        ),
        atts=(
            Att(
                "consent_Oduya.txt",
                "text/plain",
                "I, Maya Oduya, authorize Tallgrass Infusion Billing to share my billing information with Bright Harbor Patient Foundation.\nSigned 2026-03-12\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Billing software vendor demo invite",
        notes="Calendar invite with a vendor for a software demo; no patient.",
        frm=JM,
        to="sales@claimspringrcm.com",
        subject="Demo - Wed 3/18 2pm",
        body="Looking forward to the demo of the denial prediction module.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//TIB//Cal//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:tib-demo-0318@tallgrassinfusionbilling.com\r\nDTSTART:20260318T190000Z\r\nDTEND:20260318T200000Z\r\n"
            "SUMMARY:ClaimSpring demo\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Coding query to infusion nurse",
        notes="Coding question naming patient and the hydration/infusion times on a date of service.",
        frm=f"Coding <coding@{TIB}>",
        to="infusionrn@prairieinfusioncenters.com",
        subject="Query - start/stop times",
        body="Hi Becca, for Shauna Pike on 3/10 the zoledronic acid stop time is missing, so I can't tell if the hydration is separately billable (96360). Can you add it to the MAR?",
    ),
    Spec(
        phi=False,
        category="CPT coding tip sheet",
        notes="Hard negative: coding education with drug names and CPT codes, no patient.",
        frm=f"Coding <coding@{TIB}>",
        to=f"clients@{TIB}",
        subject="Tip: infusion hierarchy 96413 vs 96365",
        body=(
            "Reminder for clients: chemo/biologic administration (96413) is primary over therapeutic infusion (96365). "
            "Rituximab and infliximab bill as 96413 even for non-oncology diagnoses. Hydration under 31 minutes is not billable."
        ),
    ),
    Spec(
        phi=True,
        category="Refund letter to patient spouse",
        notes="Hard positive: refund to spouse's email naming husband's overpayment for a specific infusion.",
        frm=PF,
        to="june.renner@yahoo.com",
        subject="Refund check mailed",
        body="Mrs. Renner, a refund of $415.00 for Tobias's overpayment on his January IVIG visit was mailed today to 77 Cottonwood Ct. Please allow 7-10 days.",
    ),
    Spec(
        phi=False,
        category="SSN-shaped batch number in remittance reconciliation",
        notes="Hard negative: bank deposit reconciliation with SSN-shaped batch numbers; no patient.",
        frm=BILL,
        to="treasury@prairieinfusioncenters.com",
        subject="Deposit recon 3/13",
        body="Batch 412-55-8830 ($31,204.18) and batch 412-55-8831 ($8,990.02) posted. Variance $0.00. Lockbox report attached.",
        atts=(
            Att(
                "lockbox_0313.txt",
                "text/plain",
                "LOCKBOX 0313\nBATCH 412-55-8830 31204.18 POSTED\nBATCH 412-55-8831 8990.02 POSTED\nTOTAL 40194.20\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Subrogation letter to auto insurer",
        notes="Letter naming patient, SSN, accident and infusion treatment to auto insurer.",
        frm=AR,
        to="claims@heartlandmutualauto.com",
        subject="Claim 88-22170 - medical charges",
        body=(
            "Re: your insured's claimant Rodney Falk, SSN 512-40-7731. Charges for IV antibiotic infusions for "
            "osteomyelitis after the 9/2025 accident total $9,812.00. Itemized bill available."
        ),
    ),
    Spec(
        phi=False,
        category="Payer policy update summary",
        notes="Hard negative: payer medical policy summary for biosimilar step therapy; no individual.",
        frm=JM,
        to=f"priorauth@{GVR}",
        subject="Northstar: biosimilar first from 4/1",
        body="FYI - from April 1 Northstar requires Inflectra or Avsola before Remicade for new starts with RA, Crohn's or UC. Existing patients are grandfathered through 12/31.",
    ),
    Spec(
        phi=True,
        category="Workbook of unbilled infusions by patient",
        notes="Hard positive: body is about MAR signatures; the multi-sheet workbook lists patient names, MRNs and infusion drugs.",
        frm=AR,
        to="nursemanager@prairieinfusioncenters.com",
        subject="Unbilled visits - need documentation",
        body="These visits can't drop until the MAR is signed. Tab 2 has the older ones.",
        atts=(
            Att(
                "unbilled_0316.xlsx",
                XLSX,
                xlsx(
                    {
                        "This week": [
                            ["MRN", "Patient", "DOS", "Drug"],
                            ["PI-30021", "Ellis Marchetti", "2026-03-11", "vedolizumab 300 mg"],
                            ["PI-30388", "Ruth Amankwah", "2026-03-12", "iron sucrose 200 mg"],
                        ],
                        "Older": [
                            ["MRN", "Patient", "DOS", "Drug"],
                            ["PI-29910", "Harlan Quist", "2026-02-20", "natalizumab 300 mg"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff PTO calendar",
        notes="Hard negative: staff PTO and queue-coverage workbook with a bare 'Leave' entry; workforce scheduling, no patient.",
        frm=JM,
        to=f"billingteam@{TIB}",
        subject="April coverage",
        body="Please check your dates. Coverage on tab 2.",
        atts=(
            Att(
                "april_pto.xlsx",
                XLSX,
                xlsx(
                    {
                        "PTO": [
                            ["Staff", "Dates", "Type"],
                            ["Jolene", "4/6-4/10", "Vacation"],
                            ["Marcus", "4/13-4/24", "Leave"],
                        ],
                        "Coverage": [
                            ["Queue", "Primary", "Backup"],
                            ["Denials", "Tess", "Marcus"],
                            ["Patient calls", "Lin", "Tess"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded patient voicemail transcript",
        notes="Forward of a voicemail transcript: named patient disputing a bill for a Tysabri infusion with phone number.",
        frm=PF,
        to="billing@prairieinfusioncenters.com",
        subject="FW: Voicemail from Harlan Quist",
        body="Can clinic confirm whether he actually received the 2/20 dose? He says he was sent home because of a UTI.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm=f"Voicemail <voicemail@{TIB}>",
            to=f"pfs@{TIB}",
            subject="Voicemail from 785-555-0158",
            body="Transcript: Hi this is Harlan Quist, I got a bill for my Tysabri on February 20th but they sent me home that day because of my bladder infection, so I never got it. Call me at 785-555-0158.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded payer webinar announcement",
        notes="Forward of a payer's webinar announcement on prior authorization changes; no patient.",
        frm=JM,
        to=f"billingteam@{TIB}",
        subject="FW: Ambridge provider webinar - PA portal",
        body="Worth attending if you handle Ambridge auths.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Ambridge Provider Relations <providers@ambridgehealth.com>",
            to=f"jmarsh@{TIB}",
            subject="Webinar: new prior authorization portal",
            body="Join us March 25 at 10 CT for a walkthrough of the new PA portal, including specialty drug submissions.",
        ),
    ),
    Spec(
        phi=True,
        category="Good faith estimate for self-pay patient",
        notes="Good faith estimate PDF naming a patient and her planned iron infusions, to her personal mail.",
        frm=PF,
        to="ruth.amankwah@gmail.com",
        subject="Your Good Faith Estimate",
        body="Dear Ms. Amankwah, as required by the No Surprises Act, your estimate is attached.",
        atts=(
            Att(
                "GFE_Amankwah.pdf",
                "application/pdf",
                pdf(
                    [
                        "TALLGRASS INFUSION BILLING - Good Faith Estimate",
                        "Patient: Ruth Amankwah   DOB 04/30/1979",
                        "Iron sucrose 200 mg x 5 infusions (J1756, 96365)",
                        "Estimated total: $2,150.00",
                    ],
                    "GFE",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Remote access security reminder",
        notes="IT reminder about MFA and VPN; no patient.",
        frm=f"IT Security <security@{TIB}>",
        to=f"allstaff@{TIB}",
        subject="MFA change on Monday",
        body="From Monday, the VPN requires the authenticator app; SMS codes stop working. Lock your screen when you step away.",
    ),
    Spec(
        phi=True,
        category="HTML payment receipt to patient",
        notes="HTML receipt to patient's gmail naming him and the infusion service paid.",
        frm=PF,
        to="ellis.marchetti@gmail.com",
        subject="Payment received - thank you",
        body="",
        html="<html><body><p>Thank you, Ellis Marchetti.</p><table><tr><td>Account</td><td>TIB-0045102</td></tr><tr><td>Service</td><td>Entyvio infusion 03/11/2026</td></tr><tr><td>Paid</td><td>$50.00</td></tr></table></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML client newsletter",
        notes="Hard negative: HTML newsletter to client practices about 2026 J-code changes with aggregate stats.",
        frm=f"Tallgrass Update <news@{TIB}>",
        to=f"clients@{TIB}",
        subject="Tallgrass Update - March",
        body="",
        html="<html><body><h1>March Update</h1><p>Our clients' clean claim rate hit 97.2% in February across 14,880 infusion claims.</p><p>New HCPCS codes for biosimilars took effect January 1.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Zip of payer contracts to auditor",
        notes="Zip of payer contract excerpts to an external auditor; no patient information.",
        frm=JM,
        to="engagement@hollandcpas.com",
        subject="Contracts for revenue testing",
        body="Contract excerpts attached for the revenue recognition testing.",
        atts=(
            Att(
                "contracts.zip",
                "application/zip",
                zipped(
                    {
                        "northstar_exhibitB.txt": "Exhibit B: drugs at ASP+4%, administration at 110% of Medicare.\n",
                        "ambridge_rates.txt": "Ambridge: infusion admin 96413 $182.00; 96415 $41.00.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Audit sample with patient claims",
        notes="Hard positive: auditor sample request answered with a zip of claim lines by account and patient name.",
        frm=AR,
        to="engagement@hollandcpas.com",
        subject="Sample items 1-3",
        body="Sample selections attached as requested.",
        atts=(
            Att(
                "sample_1-3.zip",
                "application/zip",
                zipped(
                    {
                        "sample.csv": "item,account,patient,dos,cpt,paid\n1,TIB-0039120,Rodney Falk,2025-10-02,96365,410.00\n2,TIB-0044812,Carla Mendonca,2026-02-27,96413,3120.40\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Price transparency file notice",
        notes="Notice of posting machine-readable price file; no individual.",
        frm=BILL,
        to="webmaster@prairieinfusioncenters.com",
        subject="Updated standard charges file",
        body="The 2026 machine-readable standard charges file is ready; please replace the link on the price transparency page.",
    ),
]
