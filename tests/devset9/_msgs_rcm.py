"""devset9 messages from ClearPath Revenue Cycle Management, the billing company serving the
dental group, the orthopaedic practice and the nursing facility."""

from __future__ import annotations

import json

from _att import XLSX, encrypted_zip, pdf, png, xlsx, zipped
from _spec import CCD, MHC, RCM, ROP, Att, Spec

SIG_AR = (
    "\n\nJasmine Oduya\nA/R Follow-up Specialist | ClearPath Revenue Cycle Management\n"
    "Direct (918) 555-0417 | clearpathrcm.com"
)
SIG_CS = (
    "\n\nClearPath Patient Billing Services\n(888) 555-0190, Mon-Fri 8-6 CT\n"
    "on behalf of your healthcare provider"
)
SIG_VP = "\n\nVictor Almeida\nVP, Client Operations\nClearPath Revenue Cycle Management"
DISCLAIMER = (
    "\n\nThis communication is from a debt collector and any information obtained will be used "
    "for that purpose."
)

_X12_837 = (
    "ISA*00*          *00*          *ZZ*CLEARPATHRCM   *ZZ*CLAIMBRIDGE    *261110*1402*^*00501*"
    "000004471*0*P*:~\n"
    "GS*HC*CLEARPATHRCM*CLAIMBRIDGE*20261110*1402*4471*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*CP26111004471*20261110*1402*CH~\n"
    "NM1*41*2*CLEARPATH RCM*****46*CPRCM01~\n"
    "NM1*40*2*CLAIMBRIDGE*****46*CB0001~\n"
    "HL*1**20*1~\n"
    "NM1*85*2*RIDGELINE ORTHOPAEDICS AND PT*****XX*1806358176~\n"
    "N3*3901 S THOMPSON ST~\nN4*SPRINGDALE*AR*727649012~\nREF*EI*710448213~\n"
    "HL*2*1*22*0~\n"
    "SBR*P*18*44120******CI~\n"
    "NM1*IL*1*NWOSU*CHIAMAKA****MI*OZB661204587~\n"
    "N3*27 N BLOSSOM WAY~\nN4*ROGERS*AR*72756~\nDMG*D8*19811121*F~\n"
    "NM1*PR*2*OZARK BLUE HEALTH*****PI*OZB01~\n"
    "CLM*RO2611-88042*486.00***11:B:1*Y*A*Y*Y~\n"
    "HI*ABK:M5116*ABF:M5416~\n"
    "LX*1~\nSV1*HC:97110:GP*180.00*UN*4***1~\nDTP*472*D8*20261103~\n"
    "LX*2~\nSV1*HC:97140:GP*126.00*UN*2***1~\nDTP*472*D8*20261103~\n"
    "LX*3~\nSV1*HC:97530:GP*180.00*UN*3***1~\nDTP*472*D8*20261103~\n"
    "SE*27*0001~\nGE*1*4471~\nIEA*1*000004471~\n"
)

_X12_835_EXCERPT = (
    "ST*835*1001~\n"
    "BPR*I*1284.16*C*ACH*CCP*01*081000210*DA*4401928*1710448213**01*082900432*DA*88120331*"
    "20261106~\n"
    "TRN*1*EFT7731020*1710448213~\n"
    "N1*PR*GUARDIAN PEAK DENTAL~\nN1*PE*CEDAR CREST DENTAL PARTNERS*XX*1639233216~\n"
    "CLP*CC48817-1103*1*2830*711*1690*12*GPD26310445*11~\n"
    "NM1*QC*1*THIBODEAUX*MARCUS****MI*GPD771904326~\n"
    "SVC*AD:D3330*1185*711**1~\nCAS*CO*45*474~\n"
    "SVC*AD:D2740*1350*0**1~\nCAS*CO*197*1350~\n"
    "CLP*CC51102-1029*4*412*0*0*12*GPD26310502*11~\n"
    "NM1*QC*1*OKAFOR*CHINONSO****MI*GPD118830275~\n"
    "SVC*AD:D4341*412*0**2~\nCAS*CO*29*412~\n"
    "SE*15*1001~\n"
)

_X12_TEST = (
    "ISA*00*          *00*          *ZZ*CLEARPATHRCM   *ZZ*CLAIMBRIDGE    *261112*0915*^*00501*"
    "000009001*1*T*:~\n"
    "GS*HC*CLEARPATHRCM*CLAIMBRIDGE*20261112*0915*9001*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*CPTEST0001*20261112*0915*CH~\n"
    "NM1*85*2*CLEARPATH TEST PROVIDER*****XX*1528630373~\n"
    "HL*2*1*22*0~\nSBR*P*18*******CI~\n"
    "NM1*IL*1*TESTPATIENT*ALPHA****MI*TEST000000001~\n"
    "DMG*D8*19000101*U~\n"
    "NM1*PR*2*CLAIMBRIDGE TEST PAYER*****PI*CBTEST~\n"
    "CLM*TEST-CLM-0001*1.00***11:B:1*Y*A*Y*Y~\nHI*ABK:Z0000~\n"
    "LX*1~\nSV1*HC:99213*1.00*UN*1***1~\nDTP*472*D8*20261112~\n"
    "SE*14*0001~\nGE*1*9001~\nIEA*1*000009001~\n"
)

_FHIR_ELIG = {
    "resourceType": "CoverageEligibilityResponse",
    "id": "elig-mhc-10529",
    "status": "active",
    "purpose": ["benefits"],
    "patient": {
        "display": "Marit Haugen",
        "identifier": {"system": "http://hl7.org/fhir/sid/us-mbi", "value": "7QD2XA9CF61"},
    },
    "created": "2026-11-10",
    "insurer": {"display": "Medicare Part A (CGS Administrators)"},
    "outcome": "complete",
    "insurance": [
        {
            "coverage": {"display": "Medicare Part A, effective 2005-12-01"},
            "inforce": True,
            "item": [
                {
                    "category": {"text": "Skilled nursing facility"},
                    "benefit": [
                        {"type": {"text": "SNF full days remaining"}, "allowedUnsignedInt": 20},
                        {
                            "type": {"text": "SNF coinsurance days remaining"},
                            "allowedUnsignedInt": 80,
                        },
                    ],
                    "description": "Qualifying stay Mercy Ridge 11/02-11/06/2026",
                }
            ],
        }
    ],
}

_RTF_APPEAL = (
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n"
    "ClearPath Revenue Cycle Management on behalf of Ridgeline Orthopaedics & Physical Therapy"
    "\\par\\par\n"
    "November 11, 2026\\par Ozark Blue Health, Appeals Unit\\par\\par\n"
    "RE: First-level appeal\\par Patient: Chiamaka Nwosu\\par Member ID: OZB661204587\\par "
    "DOB: 11/21/1981\\par Claim: RO2611-88042, DOS 11/03/2026\\par Denial: CO-50 not medically "
    "necessary\\par\\par\n"
    "Ms. Nwosu was referred for physical therapy for lumbar disc displacement with "
    "radiculopathy (M51.16) after an L4-5 disc herniation confirmed on MRI. At evaluation her "
    "Oswestry Disability Index was 48% and she could not sit longer than 15 minutes. "
    "Therapeutic exercise (97110), manual therapy (97140) and therapeutic activities (97530) "
    "were provided under a certified plan of care. After 6 visits her ODI improved to 30%. "
    "Enclosed are the evaluation, daily notes and the signed plan of care.\\par\\par\n"
    "Sincerely,\\par Jasmine Oduya, Appeals Specialist\\par\n}"
)

_RTF_AGREEMENT = (
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22\n"
    "{\\b MASTER BILLING SERVICES AGREEMENT - RENEWAL TERM SHEET}\\par\n"
    "Parties: ClearPath Revenue Cycle Management, LLC and Cedar Crest Dental Partners, PLLC"
    "\\par\n"
    "Term: 36 months from January 1, 2027, auto-renewing for 12-month periods.\\par\n"
    "Fees: 4.25% of net collections (from 4.75%); patient statement fee $0.68 per statement; "
    "credentialing $150 per provider per payer.\\par\n"
    "Service levels: charge entry within 48 hours; clean claim rate at least 96%; denials "
    "worked within 10 business days.\\par\n"
    "Business Associate Agreement: the existing BAA dated March 3, 2023 remains in effect and "
    "is incorporated by reference; breach notification within 5 business days of discovery."
    "\\par\n"
    "Termination: 90 days written notice; transition assistance 60 days.\\par\n}"
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="rcm_837p_claim_batch_x12",
        notes="X12 837P claim batch to the clearinghouse: subscriber name, member ID, DOB, "
        "address, lumbar radiculopathy, PT CPT lines.",
        frm=f"EDI Operations <edi@{RCM}>",
        to="submissions@claimbridge.net",
        subject="Batch 4471 - Ridgeline PT claims 11/10",
        body=(
            "Resubmitting batch 4471 by email per ticket CB-90211 while the SFTP key is being "
            "replaced. One claim in this file.\n\nEDI Operations, ClearPath RCM"
        ),
        atts=(Att("CPRCM_837P_4471.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="rcm_835_posting_exceptions_x12",
        notes="Payment-posting exceptions to the dental client with an 835 excerpt: patient "
        "names, member IDs, CDT lines, denial codes.",
        frm=f"Payment Posting <posting@{RCM}>",
        to=f"Darnell Whitaker <dwhitaker@{CCD}>",
        subject="Guardian Peak ERA 11/06 - 2 exceptions need your review",
        body=(
            "Hi Darnell,\n\nWe posted the Guardian Peak EFT of $1,284.16 (trace EFT7731020). "
            "Two claims need a decision from your office before we bill the patients:\n\n"
            "1. Thibodeaux, Marcus - crown #19 (D2740) denied CO-197, no predetermination on "
            "file. Do you have the approval letter? If so we'll appeal.\n"
            "2. Okafor, Chinonso - SRP (D4341) denied CO-29, timely filing. Claim was created "
            "10/29 for DOS 07/14 - looks like it sat in unsent claims.\n\n"
            "835 excerpt attached.\n\nPriyanka Desai\nPayment Posting Lead, ClearPath RCM"
        ),
        atts=(Att("GPD_ERA_20261106_excerpt.x12", "application/edi-x12", _X12_835_EXCERPT),),
    ),
    Spec(
        phi=True,
        category="rcm_pt_appeal_letter_rtf",
        notes="First-level appeal RTF to the payer: patient name, member ID, DOB, claim, "
        "disc herniation, PT codes, outcome scores.",
        frm=f"Jasmine Oduya <joduya@{RCM}>",
        to="appeals@ozarkbluehealth.com",
        subject="Appeal - claim RO2611-88042",
        body=(
            "Please find the first-level appeal attached. Medical records (eval, 6 daily "
            "notes, POC) follow by fax to (800) 555-0148, 14 pages." + SIG_AR
        ),
        atts=(Att("Appeal_RO2611-88042.rtf", "application/rtf", _RTF_APPEAL),),
    ),
    Spec(
        phi=True,
        category="rcm_ar_aging_member_ids_xlsx",
        notes="Hard positive: A/R aging workbook for the payer rep listing member IDs, DOS, "
        "CPT codes and balances per claim (no names), plus a denial sheet.",
        frm=f"Jasmine Oduya <joduya@{RCM}>",
        to="Sherry Castaneda <scastaneda@ozarkbluehealth.com>",
        subject="Ridgeline over-90 claims for our call Thursday",
        body=(
            "Sherry,\n\nAs discussed, attached are the Ridgeline claims over 90 days with Ozark "
            "Blue. Most are the 97xxx claims stuck in 'pended for records' since the August "
            "system change." + SIG_AR
        ),
        atts=(
            Att(
                "ROP_OZB_over90_1110.xlsx",
                XLSX,
                xlsx(
                    {
                        "Over 90": [
                            [
                                "Member ID",
                                "Claim #",
                                "DOS",
                                "CPT",
                                "Units",
                                "Billed",
                                "Status",
                                "Days",
                            ],
                            [
                                "OZB220918346",
                                "RO2607-41190",
                                "07/21/2026",
                                "29827",
                                1,
                                6850.0,
                                "pended - records",
                                112,
                            ],
                            [
                                "OZB884120937",
                                "RO2607-43315",
                                "07/28/2026",
                                "20610",
                                1,
                                210.0,
                                "pended - records",
                                105,
                            ],
                            [
                                "OZB551093278",
                                "RO2608-50021",
                                "08/03/2026",
                                "73721",
                                1,
                                1240.0,
                                "no response",
                                99,
                            ],
                            [
                                "OZB309275114",
                                "RO2608-50877",
                                "08/05/2026",
                                "97110",
                                4,
                                180.0,
                                "pended - records",
                                97,
                            ],
                        ],
                        "Denied": [
                            ["Member ID", "Claim #", "CARC", "Remark", "Amount"],
                            ["OZB661204587", "RO2611-88042", "CO-50", "N115", 486.0],
                            ["OZB118402266", "RO2609-61902", "CO-16", "MA130", 312.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rcm_patient_statement_pdf",
        notes="Patient statement PDF to the guarantor's hotmail: name, address, account, DOS, "
        "procedures (knee injection, x-rays), insurance paid, balance.",
        frm=f"ClearPath Patient Billing <statements@{RCM}>",
        to="bsalgado71@hotmail.com",
        subject="Your statement from Ridgeline Orthopaedics is ready",
        body=(
            "Dear Beatriz Salgado,\n\nYour November statement for Ridgeline Orthopaedics & "
            "Physical Therapy is attached. Amount due: $238.62 by 12/05/2026.\n\n"
            "Pay online at pay.clearpathrcm.com/ridgeline with account number 7702114." + SIG_CS
        ),
        atts=(
            Att(
                "Statement_7702114_Nov2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGELINE ORTHOPAEDICS & PHYSICAL THERAPY - PATIENT STATEMENT",
                        "Billing services by ClearPath RCM   Statement date 11/10/2026",
                        "Guarantor: Beatriz Salgado, 880 Quail Run Rd, Cave Springs AR 72718",
                        "Account: 7702114   Patient: Beatriz Salgado",
                        "DOS        Description                        Charge  Ins paid  Adj",
                        "10/06/26   Office visit, est. (99214)         265.00   148.10  60.00",
                        "10/06/26   X-ray hip 2 views (73502)           98.00    41.28  16.00",
                        "10/20/26   Inj. major joint w/ fluoro (20611) 412.00   201.00  60.00",
                        "           Triamcinolone 40 mg (J3301 x4)      44.00    22.00   0.00",
                        "Amount due: $238.62     Due by 12/05/2026",
                    ],
                    "Patient Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rcm_collections_call_notes_txt",
        notes="Hard positive: collections call notes TXT to the nursing facility's business "
        "office: guarantor name, resident's first name, Medicare coinsurance days, payment "
        "plan.",
        frm=f"Luis Barajas <lbarajas@{RCM}>",
        to=f"Dolores Pruitt <dpruitt@{MHC}>",
        subject="Call notes - acct MH-A-20871",
        body="Dolores, notes from today's calls attached. Let me know if you approve the plan.",
        atts=(
            Att(
                "call_notes_MH-A-20871.txt",
                "text/plain",
                "11/10/2026 10:42  Outbound call to guarantor Gerald Merriweather (son/POA), "
                "(479) 555-0388.\r\n"
                "Explained balance $4,617.50 = Medicare Part A coinsurance days 21-45 "
                "(9/28-10/22) for his mother Rosalind at $209.50/day less payments.\r\n"
                "He says the Medigap plan (Plan F) denied because the policy lapsed in 2025. "
                "Agreed to $300/month by ACH starting 12/1; asked about Medicaid. Referred to "
                "Kendra Boateng (social services).\r\n"
                "11/10/2026 11:05  Sent payment plan form to his email.\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rcm_subject_name_account_payment_plan",
        notes="Hard positive: subject names a patient, her account number and a payment plan; "
        "the body only confirms the plan.",
        frm=f"Luis Barajas <lbarajas@{RCM}>",
        to=f"billing@{CCD}",
        subject="Acct 40072815 - Marisol Vega - payment plan (ortho/Invisalign balance)",
        body=(
            "Set up as discussed: $125/month auto-draft on the 1st starting 12/1, 14 payments, "
            "no interest. Please note it in the ledger so your front desk doesn't send her to "
            "collections.\n\nLuis"
        ),
    ),
    Spec(
        phi=True,
        category="rcm_lockbox_exceptions_zip_csv",
        notes="Hard positive: zipped CSV of lockbox checks that could not be matched, with "
        "patient names, check amounts and the dental office visited.",
        frm=f"Payment Posting <posting@{RCM}>",
        to=f"Tricia Halvorsen <thalvorsen@{CCD}>",
        subject="Lockbox unapplied - week of 11/2",
        body=(
            "Tricia, we couldn't match these patient checks to an open balance. Can your front "
            "desks tell us which visit each one is for? File zipped because your filter "
            "strips CSVs.\n\nPriyanka"
        ),
        atts=(
            Att(
                "lockbox_unapplied_wk1102.zip",
                "application/zip",
                zipped(
                    {
                        "lockbox_unapplied_wk1102.csv": (
                            "deposit_date,check_no,payer_name,patient_on_memo,amount,office,note"
                            "\r\n"
                            "11/03/2026,4418,Hyun-woo Baek,Hyun-woo Baek,250.00,Oakridge,"
                            "memo 'implant deposit'\r\n"
                            "11/04/2026,1127,Teresa Lomeli,Diego Lomeli,85.00,Fairhaven,"
                            "memo 'Diego fillings'\r\n"
                            "11/05/2026,30992,Oluwaseun Adeyemi,Oluwaseun Adeyemi,140.00,"
                            "Millbrook,memo 'deep cleaning'\r\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rcm_encrypted_zip_named_member",
        notes="Hard positive: ZipCrypto-encrypted collections file whose member file name (visible "
        "without the password) carries a patient name and 'collections'; body names the "
        "client practice.",
        frm=f"Luis Barajas <lbarajas@{RCM}>",
        to="placements@tristatecollectionpartners.com",
        subject="Placement - 1 account - Ridgeline",
        body=(
            "One account for placement, Ridgeline Orthopaedics, balance $1,912.40 after "
            "insurance (ankle ORIF, patient responsibility). Password by phone as usual."
            + DISCLAIMER
        ),
        atts=(
            Att(
                "placement_ROP_1110.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Hollis_Grant_ROP_collections_notes.txt": (
                            "Guarantor Hollis Grant DOB 02/11/1990, acct 7709931, DOS 05/18/2026 "
                            "ORIF R ankle (27814), 3 statements + final notice, no response."
                        )
                    },
                    "Ridge!1110",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rcm_forward_family_payment_to_agency",
        notes="Hard positive: a resident's daughter's email about paying her mother's nursing "
        "home bill, forwarded as message/rfc822 to the collection partner.",
        frm=f"Luis Barajas <lbarajas@{RCM}>",
        to="placements@tristatecollectionpartners.com",
        subject="FW: recall request - family is paying",
        body=(
            "Please recall the account below from placement - family reached out and is paying "
            "in full. Email attached for your file.\n\nLuis Barajas\nSenior Collections "
            "Specialist, ClearPath RCM"
        ),
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Yolanda Fairchild-Beck <yfbeck@yahoo.com>",
            to=f"lbarajas@{RCM}",
            subject="my mother's Maple Haven bill",
            body=(
                "Mr. Barajas, I got a letter from a collection agency about my mother Doris "
                "Fairchild's stay at Maple Haven in August (the rehab after her stroke). I "
                "didn't know Medicare stopped paying after day 20. I will pay the $2,095 today "
                "by phone. Please take it out of collections, she is 91 and very upset.\n\n"
                "Yolanda"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rcm_mbi_eligibility_fhir",
        notes="FHIR CoverageEligibilityResponse to the nursing facility: resident name, MBI, "
        "SNF benefit days remaining and the qualifying hospital stay.",
        frm=f"Eligibility Team <eligibility@{RCM}>",
        to=f"Teresa Villanueva <tvillanueva@{MHC}>",
        subject="Part A eligibility - new admit 11/6",
        body=(
            "Teresa,\n\nEligibility for the 11/6 admit is attached. 20 full days remaining, "
            "qualifying stay verified; no Medicare Advantage on file. MBI on the response "
            "matches the face sheet (MBI 7QD2-XA9-CF61).\n\nEligibility Team, ClearPath RCM"
        ),
        atts=(
            Att(
                "elig_MH-10529.json",
                "application/fhir+json",
                json.dumps(_FHIR_ELIG, indent=1),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rcm_wc_bill_review_dispute_png",
        notes="Workers' comp bill review dispute to the carrier: claimant name, claim number, "
        "CPT reductions, plus a screenshot PNG named after the claimant.",
        frm=f"Jasmine Oduya <joduya@{RCM}>",
        to="billreview@granitemutualcomp.com",
        subject="Request for reconsideration - claim GMC-26-0419883",
        body=(
            "Granite Mutual Bill Review,\n\n"
            "Claimant: Carlos Mendes   Claim: GMC-26-0419883   DOI 09/22/2026\n"
            "Provider: Ridgeline Orthopaedics & Physical Therapy\n\n"
            "Your EOR dated 11/02 reduced CPT 99204 to the 99203 fee and denied 97163 as "
            "'not authorized'. The PT evaluation was authorized by adjuster Travis Overholt on "
            "10/28 (auth GMC-A-55712). The 99204 is supported by the MDM documented for the "
            "lumbar radiculopathy work-up. Screenshot of the EOR attached. Please reprocess "
            "at the AR fee schedule." + SIG_AR
        ),
        atts=(Att("EOR_Mendes_Carlos_110226.png", "image/png", png(10, 6, (245, 245, 245))),),
    ),
    Spec(
        phi=True,
        category="rcm_overpayment_refund_initials_dob",
        notes="Hard positive: internal refund request with a patient's initials, DOB, dental DOS "
        "and the overpayment amount.",
        frm=f"Priyanka Desai <pdesai@{RCM}>",
        to=f"refunds@{RCM}",
        subject="Refund request - CCDP - $186.00",
        body=(
            "Please cut a refund check:\n\n"
            "Client: Cedar Crest Dental Partners (Fairhaven)\n"
            "Pt: J.T.O.  DOB 03/14/1961\n"
            "DOS 10/02/2026 - D1110, D0274, D0120\n"
            "Patient paid $186.00 at the visit; secondary insurance (Delta) then paid in full. "
            "Credit balance $186.00 to patient.\n"
            "Mail to address on file.\n\nPriyanka"
        ),
    ),
    Spec(
        phi=True,
        category="rcm_payment_receipt_gmail",
        notes="Hard positive: automated payment receipt to a patient's gmail: name, provider "
        "(orthopaedics), account, amount and card last four.",
        frm=f"ClearPath Payments <noreply@{RCM}>",
        to="hollis.grant90@gmail.com",
        subject="Payment received - thank you",
        body="",
        html=(
            "<html><body><p>Hi Hollis,</p><p>We received your payment. Thank you!</p>"
            "<table><tr><td>Provider</td><td>Ridgeline Orthopaedics &amp; Physical Therapy</td>"
            "</tr><tr><td>Account</td><td>7709931</td></tr><tr><td>Amount</td><td>$150.00</td>"
            "</tr><tr><td>Card</td><td>Visa ending 0442</td></tr><tr><td>Remaining balance</td>"
            "<td>$1,762.40</td></tr></table><p>Questions? (888) 555-0190.</p></body></html>"
        ),
    ),
    # ------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="rcm_kpi_dashboard_html",
        notes="Hard negative: monthly KPI dashboard for clients in HTML tables: days in A/R, "
        "denial rate by CARC, clean-claim rate; aggregate only.",
        frm=f"Victor Almeida <valmeida@{RCM}>",
        to=f"gtomlinson@{ROP}, thalvorsen@{CCD}, rellingson@{MHC}",
        subject="October 2026 revenue cycle scorecard",
        body="",
        html=(
            "<html><body><p>Good morning,</p><p>Your October scorecards are below.</p>"
            "<table border='1' cellpadding='4'><tr><th>Client</th><th>Days in A/R</th>"
            "<th>Clean claim %</th><th>Denial %</th><th>Net collection %</th></tr>"
            "<tr><td>Ridgeline Ortho &amp; PT</td><td>34.2</td><td>95.8</td><td>7.9</td>"
            "<td>97.4</td></tr><tr><td>Cedar Crest Dental</td><td>22.6</td><td>97.9</td>"
            "<td>4.1</td><td>98.6</td></tr><tr><td>Maple Haven</td><td>48.9</td><td>93.0</td>"
            "<td>11.2</td><td>95.1</td></tr></table>"
            "<h4>Top denial reasons (all clients)</h4><table border='1' cellpadding='4'>"
            "<tr><th>CARC</th><th>Meaning</th><th>Share</th></tr>"
            "<tr><td>CO-16</td><td>Missing information</td><td>21%</td></tr>"
            "<tr><td>CO-197</td><td>No precert/authorization</td><td>17%</td></tr>"
            "<tr><td>CO-50</td><td>Not medically necessary</td><td>12%</td></tr>"
            "<tr><td>CO-29</td><td>Timely filing</td><td>6%</td></tr></table>"
            "<p>Victor Almeida<br>VP, Client Operations</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="rcm_denial_trend_memo_kx_modifier",
        notes="Hard negative: denial-trend memo to the ortho client about PT codes, KX modifier "
        "and therapy thresholds; no patient.",
        frm=f"Jasmine Oduya <joduya@{RCM}>",
        to=f"billing-team@{ROP}",
        subject="PT denial trend - KX modifier and the 2026 threshold",
        body=(
            "Hi team,\n\nWe're seeing a jump in CO-119 / CO-151 denials on Medicare PT claims "
            "(97110, 97140, 97530). Root cause: claims over the 2026 therapy threshold "
            "($2,480 combined PT/SLP) are going out without the KX modifier.\n\n"
            "Ask: when the therapy cap tracker in the EHR turns yellow, the therapist must "
            "document medical necessity and the front desk must add KX on charge entry. We "
            "will hold Medicare PT claims over the threshold for 24 hours for review.\n\n"
            "Also: Ozark Blue now requires the GP modifier on every PT line starting 12/1." + SIG_AR
        ),
    ),
    Spec(
        phi=False,
        category="rcm_services_agreement_rtf",
        notes="Renewal term sheet (RTF) for the billing services agreement with the dental "
        "group, referencing the BAA; business terms only.",
        frm=f"Victor Almeida <valmeida@{RCM}>",
        to=f"Dr. Amara Osei <aosei@{CCD}>",
        cc=f"cfo@{CCD}",
        subject="ClearPath / Cedar Crest renewal term sheet",
        body=(
            "Dr. Osei,\n\nAs promised, the renewal term sheet is attached. The rate drops to "
            "4.25% with the 36-month term. Our counsel will send the full agreement once you "
            "are comfortable with the terms." + SIG_VP
        ),
        atts=(Att("ClearPath_CCDP_Renewal_TermSheet.rtf", "application/rtf", _RTF_AGREEMENT),),
    ),
    Spec(
        phi=False,
        category="rcm_new_hire_payroll_ssn",
        notes="Hard negative: new-hire payroll setup for a billing employee with her SSN, "
        "address and pay rate sent to the payroll vendor (an employment record, no health "
        "information).",
        frm=f"People Ops <people@{RCM}>",
        to="newhires@paylinehr.com",
        subject="New hire setup - ClearPath RCM - client 50231",
        body=(
            "Please set up the following new employee for the 11/20 payroll:\n\n"
            "Name: Thanh Huong Le\nSSN: 538-27-4016\nAddress: 6602 E 81st St, Tulsa OK 74133\n"
            "Position: Payment Posting Specialist (non-exempt)\nRate: $20.75/hr\n"
            "Start date: 11/16/2026\nFederal W-4: single, no adjustments\nOK state: 1 "
            "allowance\nDirect deposit form uploaded to the portal.\n\n"
            "Medical/dental enrollment will come through the benefits portal separately.\n\n"
            "Renee Kowalczyk\nPeople Operations, ClearPath RCM"
        ),
    ),
    Spec(
        phi=False,
        category="rcm_test_837_connectivity_x12",
        notes="Hard negative: connectivity-test 837 with ISA15 'T', a dummy TESTPATIENT, "
        "DOB 1900 and a $1.00 claim for the clearinghouse analyst.",
        frm=f"EDI Operations <edi@{RCM}>",
        to="Clearinghouse Support <support@claimbridge.net>",
        subject="Test file for new submitter ID - please validate",
        body=(
            "Hi,\n\nAttached is our test 837P for the new submitter ID (ISA15 = T). It uses your "
            "test payer CBTEST and our dummy member TESTPATIENT, ALPHA (TEST000000001). Please "
            "send the 999 and 277CA back to the test mailbox.\n\nEDI Operations, ClearPath RCM"
        ),
        atts=(Att("CPRCM_TEST_9001.x12", "application/edi-x12", _X12_TEST),),
    ),
    Spec(
        phi=False,
        category="rcm_statement_print_vendor_invoice",
        notes="Statement print/mail vendor invoice reconciliation: volumes and postage.",
        frm=f"Accounts Payable <ap@{RCM}>",
        to="billing@mailstreamprint.com",
        subject="Invoice MS-26-1031 question",
        body=(
            "Hello,\n\nFor October you billed 4,812 statements at $0.61 plus postage of "
            "$2,622.54. Our job logs show 4,790 pieces (three jobs: CCDP 1,944; ROP 2,215; "
            "MHC 631). Please credit the 22-piece difference or send the job log showing the "
            "reprints. Also, the NCOA update fee was supposed to be waived through year-end."
            "\n\nThanks,\nAccounts Payable, ClearPath RCM"
        ),
    ),
    Spec(
        phi=False,
        category="rcm_payer_bulletin_forward_rfc822",
        notes="Hard negative: a payer's provider bulletin about modifier 25 and place-of-service "
        "rules forwarded as message/rfc822 to client billing leads.",
        frm=f"Victor Almeida <valmeida@{RCM}>",
        to=f"billing-team@{ROP}, dwhitaker@{CCD}",
        subject="FW: Ozark Blue provider bulletin 2026-19",
        body=(
            "FYI - item 2 matters for Ridgeline's injection visits. We'll update the claim "
            "scrubber rule by 12/15." + SIG_VP
        ),
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Ozark Blue Provider News <providernews@ozarkbluehealth.com>",
            to=f"valmeida@{RCM}",
            subject="Provider bulletin 2026-19: coding policy updates effective 1/1/2027",
            body=(
                "1. Telehealth: POS 10 (home) paid at the non-facility rate through 2027.\n"
                "2. Modifier 25: an E/M billed on the same day as a minor procedure (e.g. 20610 "
                "joint injection) will be paid only when documentation supports a significant, "
                "separately identifiable service; records may be requested.\n"
                "3. Dental: D4346 no longer requires a narrative.\n"
                "4. Prior authorization list: 97xxx codes removed for in-network therapists "
                "after the 12th visit."
            ),
        ),
    ),
    Spec(
        phi=False,
        category="rcm_edi_enrollment_payer_ids",
        notes="EDI/ERA enrollment status for new payer IDs; provider NPIs only.",
        frm=f"Enrollment Team <enrollment@{RCM}>",
        to=f"Greg Tomlinson <gtomlinson@{ROP}>",
        subject="ERA/EFT enrollment status - new payers",
        body=(
            "Greg,\n\nStatus of the 835/EFT enrollments for Ridgeline (group NPI 1806358176):\n"
            "- Granite Mutual Comp (payer ID GMC77): approved, first ERA expected 11/20\n"
            "- Tri-State Workers Comp Network (TSWCN): pending, they need a voided check "
            "on letterhead\n- Ozark Blue Medicare Advantage (OZBMA): approved 11/4\n\n"
            "For Dr. Raman (NPI 2935632721) the individual enrollment with Ozark Blue is "
            "complete; Medicare PTAN still pending at Novitas.\n\nEnrollment Team, ClearPath RCM"
        ),
    ),
    Spec(
        phi=False,
        category="rcm_job_posting_coder",
        notes="Job posting for a certified coder (CPC, orthopaedic coding).",
        frm=f"People Ops <people@{RCM}>",
        to="aapc.tulsa.chapter@gmail.com",
        subject="Job posting: Certified Professional Coder - orthopaedics (remote)",
        body=(
            "Hello chapter officers, please share with members:\n\n"
            "ClearPath Revenue Cycle Management is hiring a CPC (remote, US Central hours).\n"
            "- 3+ years orthopaedic / surgical coding (CPT 20000-29999, modifiers 59/XS, 25, "
            "LT/RT), ICD-10-CM laterality and 7th characters\n"
            "- Workers' comp and PT billing a plus; COC or CPC-A considered\n"
            "- $26-$32/hr, full benefits, CEU allowance $600/yr\n"
            "Apply: clearpathrcm.com/careers\n\nPeople Operations"
        ),
    ),
    Spec(
        phi=False,
        category="rcm_coding_tip_laterality",
        notes="Hard negative: coding education email with ICD-10 codes for knee osteoarthritis "
        "and aftercare, illustrated with a made-up scenario (no patient).",
        frm=f"Coding Education <coding@{RCM}>",
        to=f"coders@{RCM}",
        subject="Coding tip of the week: knee OA laterality and aftercare",
        body=(
            "Tip #46\n\n"
            "Scenario (made up for training): a 70-year-old has bilateral primary knee "
            "osteoarthritis and is scheduled for a right TKA.\n\n"
            "- Bilateral primary OA: M17.0. Do not report M17.11 + M17.12 together.\n"
            "- After the right TKA, the PT aftercare visit is Z47.1 with Z96.651 (presence of "
            "right artificial knee joint), and M17.12 if the left knee is still treated.\n"
            "- Do NOT use S-codes for planned joint replacement aftercare.\n"
            "- Post-op infection of the prosthesis is T84.53XA (right knee), not Z47.1.\n\n"
            "Quiz on Friday.\nCoding Education, ClearPath RCM"
        ),
    ),
    Spec(
        phi=False,
        category="rcm_collections_placement_summary",
        notes="Hard negative: quarterly collection-agency placement summary by client with "
        "account counts and dollars only.",
        frm=f"Luis Barajas <lbarajas@{RCM}>",
        to=f"Victor Almeida <valmeida@{RCM}>",
        subject="Q3 bad debt placements & recoveries",
        body=(
            "Victor,\n\nQ3 placements with Tri-State Collection Partners:\n\n"
            "Client   Accounts  Placed $     Recovered $  Recovery %\n"
            "ROP         118    $121,880.40   $19,012.65    15.6%\n"
            "CCDP         61    $ 38,902.10   $ 8,144.00    20.9%\n"
            "MHC          33    $ 23,437.50   $ 2,810.00    12.0%\n"
            "Total       212    $184,220.00   $29,966.65    16.3%\n\n"
            "Recalls for payment plans: 14. Disputes: 3 (all resolved). Agency contingency fee "
            "stays at 28%.\n\nLuis"
        ),
    ),
    Spec(
        phi=False,
        category="rcm_client_fee_invoice_snf",
        notes="Hard negative: the billing company's monthly fee invoice to the nursing facility, "
        "based on total collections; no residents.",
        frm=f"Accounts Receivable <ar@{RCM}>",
        to=f"Dolores Pruitt <dpruitt@{MHC}>",
        subject="ClearPath invoice CP-MHC-2610",
        body=(
            "Dolores,\n\nInvoice CP-MHC-2610 for October services is attached to your portal.\n"
            "Net collections posted: $612,408.19\nFee (3.9%): $23,883.92\n"
            "Statement processing (631 statements): $429.08\nTotal due: $24,313.00, net 30.\n"
            "Remit by ACH to account ending 8813 (no change).\n\n"
            "Accounts Receivable, ClearPath RCM"
        ),
    ),
    Spec(
        phi=False,
        category="rcm_rfp_response_prospect",
        notes="Sales reply to a prospective client's RFP questions; volumes and capabilities.",
        frm=f"Victor Almeida <valmeida@{RCM}>",
        to="Lauren Bishop <lbishop@prairiefamilydentistry.com>",
        subject="RE: RFP questions - ClearPath RCM",
        body=(
            "Lauren,\n\nAnswers to your questions:\n"
            "1. Volume: we processed 1.21 million claims in 2025 for 38 clients (dental, "
            "orthopaedics, PT, SNF, behavioral health).\n"
            "2. Staff: 74 FTEs, all US-based; coders are AAPC or AHIMA certified.\n"
            "3. Security: SOC 2 Type II (report under NDA), HITRUST r2 in progress, BAAs with "
            "every client and subcontractor.\n"
            "4. Pricing for a 4-office dental group: 4.5-5.0% of net collections depending on "
            "whether we handle insurance verification.\n\nHappy to do a demo next week." + SIG_VP
        ),
    ),
    Spec(
        phi=False,
        category="rcm_cpt_update_webinar_ics",
        notes="Calendar invite for a client webinar on 2027 CPT and CDT code changes.",
        frm=f"Coding Education <coding@{RCM}>",
        to=f"clients-billing-leads@{RCM}",
        subject="Invitation: 2027 CPT/CDT code changes webinar - Wed Dec 9, 12:00 CT",
        body=(
            "Join us for our annual code update webinar: new and deleted CPT codes for "
            "orthopaedics and PT, the 2027 CDT changes, and what changes in your charge "
            "master. 60 minutes, recording provided."
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nPRODID:-//ClearPath RCM//Events//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cprcm-webinar-20261209@clearpathrcm.com\r\n"
            "DTSTAMP:20261110T140000Z\r\nDTSTART:20261209T180000Z\r\nDTEND:20261209T190000Z\r\n"
            "SUMMARY:2027 CPT/CDT code changes webinar\r\n"
            "LOCATION:https://clearpathrcm.zoom.us/j/84410293311\r\n"
            "ORGANIZER:mailto:coding@clearpathrcm.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="rcm_client_newsletter_logo_png",
        notes="HTML client newsletter with an inline logo PNG: company news and a No Surprises "
        "Act good-faith-estimate reminder.",
        frm=f"ClearPath RCM <news@{RCM}>",
        to=f"client-newsletter@{RCM}",
        subject="ClearPath Client Update - November 2026",
        body=(
            "ClearPath Client Update - November 2026\n\n"
            "- New: online payment plans for patients, live for all clients 12/1.\n"
            "- Reminder: self-pay patients must receive a good faith estimate (No Surprises "
            "Act) 3 business days before scheduled services.\n"
            "- Holiday hours: closed 11/26-11/27."
        ),
        html=(
            "<html><body><img src='cid:logo' alt='ClearPath RCM'><h2>Client Update - November "
            "2026</h2><ul><li>New: online payment plans for patients, live for all clients "
            "12/1.</li><li>Reminder: self-pay patients must receive a good faith estimate (No "
            "Surprises Act) 3 business days before scheduled services.</li><li>Holiday hours: "
            "closed 11/26-11/27.</li></ul></body></html>"
        ),
        atts=(Att("clearpath_logo.png", "image/png", png(12, 4, (20, 90, 160))),),
    ),
    Spec(
        phi=False,
        category="rcm_statement_templates_zip",
        notes="Hard negative: zip of statement and letter templates with merge fields and a "
        "'SAMPLE PATIENT' preview; no real person.",
        frm=f"Victor Almeida <valmeida@{RCM}>",
        to=f"Tricia Halvorsen <thalvorsen@{CCD}>",
        subject="Statement redesign - templates for your approval",
        body=(
            "Tricia,\n\nThe redesigned statement and final-notice templates are in the zip. "
            "The preview uses our fake 'SAMPLE PATIENT' record. Approve by 11/20 and they go "
            "live with the December cycle." + SIG_VP
        ),
        atts=(
            Att(
                "CCDP_statement_templates_v3.zip",
                "application/zip",
                zipped(
                    {
                        "statement_template.txt": (
                            "{{practice_name}}\r\nStatement date: {{statement_date}}\r\n"
                            "Guarantor: {{guarantor_name}}\r\nAccount: {{account_no}}\r\n"
                            "{{#lines}}{{dos}} {{description}} {{charge}} {{ins_paid}}{{/lines}}"
                            "\r\nAmount due: {{amount_due}}\r\n"
                        ),
                        "final_notice_template.txt": (
                            "Dear {{guarantor_name}},\r\nYour balance of {{amount_due}} is past "
                            "due. Please pay by {{due_date}} or call us to set up a plan.\r\n"
                        ),
                        "preview_SAMPLE.txt": (
                            "Cedar Crest Dental Partners\r\nGuarantor: SAMPLE PATIENT\r\n"
                            "Account: 0000000\r\n01/01/2026 Sample service 100.00 80.00\r\n"
                            "Amount due: 20.00\r\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="rcm_staff_pto_team_lunch",
        notes="Team email about PTO requests and a team lunch.",
        frm=f"Priyanka Desai <pdesai@{RCM}>",
        to=f"posting-team@{RCM}",
        subject="December PTO + team lunch Friday",
        body=(
            "Hi team!\n\n1. December PTO requests are due in Paycom by 11/20. We need at least "
            "3 posters in every day 12/28-12/31 for year-end deductible resets.\n"
            "2. Team lunch Friday at 12:30 - Mexican this time (thanks for voting, Dmitri). "
            "Tell me about dietary restrictions by Wednesday.\n3. Thanh Huong starts Monday - "
            "please say hi!\n\nPriyanka"
        ),
    ),
    Spec(
        phi=False,
        category="rcm_deposit_reconciliation",
        notes="Hard negative: bank deposit vs ERA reconciliation by payer with EFT trace numbers "
        "and amounts; no patients.",
        frm=f"Priyanka Desai <pdesai@{RCM}>",
        to=f"Greg Tomlinson <gtomlinson@{ROP}>",
        subject="October deposit reconciliation - 2 variances",
        body=(
            "Greg,\n\nOctober reconciliation for Ridgeline operating account (ending 4401):\n\n"
            "Payer               EFT trace        Bank       ERA        Variance\n"
            "Ozark Blue          1OZB26103044    $88,412.10 $88,412.10   0.00\n"
            "Medicare (Novitas)  NOV2610290881   $61,204.77 $61,204.77   0.00\n"
            "Granite Mutual      GMC5510231      $12,880.00 $12,105.00 775.00\n"
            "Tri-State WC        TSW88102        $ 4,310.55 $       -  4,310.55\n\n"
            "Granite's ERA is missing a claim; Tri-State still sends paper EOBs - we'll post "
            "from the scanned EOBs this week.\n\nPriyanka"
        ),
    ),
]
