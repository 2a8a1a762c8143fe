"""Keystone Medical Billing Services (billing company for several practices): 14 PHI and 16
non-PHI messages."""

from __future__ import annotations

from _att import XLSX, pdf, xlsx, zipped
from _spec import CH, KMB, NG, Att, Spec

SIG = (
    "\n\nKeystone Medical Billing Services\n1200 Commerce Pkwy, Suite 310, Dublin OH 43017\n"
    "This e-mail and any attachments are intended only for the addressee.\n"
)

_837 = (
    "ISA*00*          *00*          *ZZ*KEYSTONEMB     *ZZ*AVAILITY       *261109*1015*^*00501*"
    "000004471*0*P*:~\n"
    "GS*HC*KEYSTONEMB*AVAILITY*20261109*1015*4471*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "NM1*85*2*CEDAR HOLLOW MEDICAL GROUP*****XX*1907579381~\n"
    "NM1*IL*1*MCALLISTER*FIONA****MI*W884102267~\n"
    "N3*55 BIRCHWOOD LN~\nN4*COLUMBUS*OH*43214~\nDMG*D8*19670223*F~\n"
    "CLM*KMB26110901*412.00***11:B:1*Y*A*Y*Y~\n"
    "HI*ABK:E1165*ABF:E1142~\n"
    "SV1*HC:99214*185.00*UN*1***1~\nSV1*HC:83036*27.00*UN*1***1~\n"
    "SE*12*0001~\nGE*1*4471~\nIEA*1*000004471~\n"
)

_835 = (
    "ISA*00*          *00*          *ZZ*MEDMUTUAL      *ZZ*KEYSTONEMB     *261106*0800*^*00501*"
    "000088120*0*P*:~\n"
    "ST*835*0001~\nBPR*I*1840.22*C*ACH*CCP*01*041000124*DA*998877*1346007654**01*044000024*DA*"
    "11223344*20261106~\n"
    "N1*PR*MEDICAL MUTUAL OF OHIO~\nN1*PE*CEDAR HOLLOW MEDICAL GROUP*XX*1907579381~\n"
    "CLP*KMB26102211*1*910.00*642.10*120.00*12*26300812345~\n"
    "NM1*QC*1*ABERNATHY*PAUL****MI*MMO55120887~\n"
    "SVC*HC:45385*910.00*642.10~\nCAS*PR*1*120.00~\n"
    "SE*9*0001~\n"
)

_837_TEST = (
    "ISA*00*          *00*          *ZZ*KEYSTONEMB     *ZZ*AVAILITY       *261110*0900*^*00501*"
    "000000001*0*T*:~\n"
    "ST*837*0001*005010X222A1~\n"
    "NM1*IL*1*TESTPATIENT*ZZONE****MI*TEST00000001~\n"
    "DMG*D8*19000101*U~\nCLM*TEST0001*100.00***11:B:1*Y*A*Y*Y~\nHI*ABK:Z0000~\n"
    "SV1*HC:99213*100.00*UN*1***1~\nSE*7*0001~\n"
)

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="x12_837_rejected",
        notes="Hard positive: X12 837 claim file with member, DOB, address and diabetes dx codes; "
        "body is technical",
        frm=f"edi@{KMB}",
        to="edi.support@availity-partners.net",
        subject="Batch 4471 rejected at 999 - loop 2010BA",
        body="Our 4471 batch rejected with IK3*NM1*... Sample file attached, can you tell us "
        "which element you're reading?" + SIG,
        atts=(Att("batch4471_sample.x12", "application/edi-x12", _837),),
    ),
    Spec(
        phi=True,
        category="x12_835_posting",
        notes="Hard positive: 835 remittance with patient name, member id and colonoscopy CPT "
        "sent to practice manager",
        frm=f"posting@{KMB}",
        to=f"practice.manager@{CH}",
        subject="835 from MMO didn't auto-post",
        body="This one needs manual posting on your end too; the patient-responsibility piece "
        "is the deductible. File attached." + SIG,
        atts=(Att("MMO_835_20261106.x12", "application/edi-x12", _835),),
    ),
    Spec(
        phi=True,
        category="statement_to_patient",
        notes="Patient statement email to a hotmail address with dates of service and CPT "
        "descriptions",
        frm=f"statements@{KMB}",
        to="fmcallister67@hotmail.com",
        subject="Statement for your account with Cedar Hollow Medical Group",
        body=(
            "Dear Fiona McAllister,\n\nBalance due: $62.00\nAccount: CHMG-40021877\n"
            "11/02/2026  Office visit, established, moderate (Dr. Anjali Rao, Endocrinology)\n"
            "11/02/2026  Hemoglobin A1c\n\nPay online at pay.keystonemedbilling.com or call "
            "(614) 555-0130." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="denial_worklist_xlsx",
        notes="Hard positive: denial worklist XLSX (two sheets): member ids, claim lines, CPT "
        "and dx, no names",
        frm=f"ar.team@{KMB}",
        to=f"practice.manager@{CH}",
        subject="Denials needing clinical documentation - week 45",
        body="Hi Dana, these 4 need notes from the physicians before we can appeal." + SIG,
        atts=(
            Att(
                "denials_wk45.xlsx",
                XLSX,
                xlsx(
                    {
                        "Denials": [
                            ["Claim", "Member ID", "DOS", "CPT", "Dx", "CARC"],
                            [
                                "KMB26100412",
                                "YRJ884120553",
                                "2026-10-21",
                                "45385",
                                "K63.5",
                                "CO-50",
                            ],
                            [
                                "KMB26100519",
                                "W771206654",
                                "2026-10-22",
                                "95251",
                                "E10.65",
                                "CO-197",
                            ],
                            [
                                "KMB26100603",
                                "MMO55120887",
                                "2026-10-23",
                                "43239",
                                "K22.70",
                                "CO-11",
                            ],
                        ],
                        "Notes": [
                            ["Claim", "Needed"],
                            ["KMB26100412", "path report for polyp"],
                            ["KMB26100519", "CGM interpretation note"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="collections_handoff_csv",
        notes="Hard positive: bad-debt placement CSV to collection agency: names, addresses, "
        "balances and practice = GI",
        frm=f"ar.team@{KMB}",
        to="placements@summitrecoverygroup.com",
        subject="November placement file - CHMG",
        body="November placements attached, 3 accounts over 120 days." + SIG,
        atts=(
            Att(
                "chmg_placements_nov.csv",
                "text/csv",
                "account,name,address,city,zip,balance,last_dos,service\r\n"
                "CHMG-39011822,Terrence Oakley,19 Sable Ct,Hilliard,43026,842.15,2026-04-12,"
                "GI - colonoscopy w/ biopsy\r\n"
                "CHMG-39017744,Maya Castellano,7702 Route 3,Sunbury,43074,311.00,2026-05-03,"
                "Endocrinology visit\r\n"
                "CHMG-39020015,Jerome Whitlock,410 E Main St Apt 2,Galena,43021,1290.60,"
                "2026-05-19,GI - ERCP\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="coding_query_physician",
        notes="Coder query to physician: patient name, DOS and documentation question on "
        "diabetic complications",
        frm=f"coding@{KMB}",
        to=f"a.rao@{CH}",
        subject="Coding query - DOS 11/02",
        body=(
            "Dr. Rao,\n\nFor Fiona McAllister seen 11/02, the note says 'DM2 with neuropathy' "
            "and 'CKD 3a' but doesn't link them. Can you confirm whether the CKD is due to the "
            "diabetes (E11.22) so we can code it correctly?\n\nThank you,\nShauna Kirby, CPC" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="eob_pdf_patient",
        notes="EOB PDF attached to reply to patient's son; name, member id, service and amount",
        frm=f"patientsupport@{KMB}",
        to="d.volkonsky.jr@gmail.com",
        subject="Re: my father's bill",
        body=(
            "Hello Dmitri,\n\nWe received the proxy form, thank you. The EOB showing what "
            "Anthem paid on your father's visit is attached; the remaining $40 is his specialist "
            "copay." + SIG
        ),
        atts=(
            Att(
                "EOB_Volkonsky.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE MEDICAL BILLING SERVICES - EXPLANATION OF BENEFITS COPY",
                        "Patient: Dmitri Volkonsky Sr.  Member ID YRJ551209874",
                        "DOS 10/08/2026  Northgate Pain Clinic  CPT 64490 facet injection",
                        "Billed 1,250.00  Allowed 488.20  Paid 448.20  Copay 40.00",
                    ],
                    "EOB copy",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject_name_balance",
        notes="Hard positive: subject names patient and 'colonoscopy balance', body only asks for "
        "a callback",
        frm=f"patientsupport@{KMB}",
        to=f"checkout.main@{CH}",
        subject="Harold Jeffries - colonoscopy balance dispute, pls call back",
        body="Can someone from checkout call me back at ext 214 today? Thanks - Rosa",
    ),
    Spec(
        phi=True,
        category="html_only_ar_table",
        notes="HTML-only aging table with patient names and services",
        frm=f"ar.team@{KMB}",
        to=f"cfo@{CH}",
        subject="Top 5 self-pay balances > 90 days",
        body="",
        html=(
            "<html><body><p>Rebecca, as requested:</p><table border='1'>"
            "<tr><th>Patient</th><th>Service</th><th>Balance</th><th>Days</th></tr>"
            "<tr><td>Jerome Whitlock</td><td>ERCP</td><td>$1,290.60</td><td>171</td></tr>"
            "<tr><td>Terrence Oakley</td><td>Colonoscopy w/ biopsy</td><td>$842.15</td>"
            "<td>208</td></tr>"
            "<tr><td>Anh Pham</td><td>Thyroid FNA</td><td>$655.00</td><td>97</td></tr>"
            "</table><p>Keystone AR Team</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="workers_comp_ssn",
        notes="Workers' comp claim submission with SSN, injury and employer",
        frm=f"claims@{KMB}",
        to="wc.claims@buckeyecompmutual.com",
        subject="Bill review - WC claim 26-WC-18832",
        body=(
            "Please process the attached provider bill.\n\nClaimant: Anthony DeLuca\nSSN: "
            "412-83-5607\nEmployer: Riverbend Logistics\nDOI: 08/02/2026\nDx: lumbar strain "
            "S39.012A\nProvider: Cedar Hollow Medical Group\n" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="zip_appeal_packet",
        notes="ZIP appeal packet with TXT letter naming patient, procedure and medical necessity",
        frm=f"appeals@{KMB}",
        to="appeals@anthem-provider-ohio.com",
        subject="Level 1 appeal - claim KMB26100412",
        body="Appeal packet attached (letter + path report summary)." + SIG,
        atts=(
            Att(
                "appeal_KMB26100412.zip",
                "application/zip",
                zipped(
                    {
                        "appeal_letter.txt": (
                            "Re: Harold Jeffries, member YRJ884120553, DOS 10/21/2026\n"
                            "The screening colonoscopy converted to polypectomy (45385-PT); "
                            "per ACA preventive rules the member should owe no cost share.\n"
                        ),
                        "path_summary.txt": "Tubular adenoma, 6 mm, sigmoid colon.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="eligibility_check_note",
        notes="Hard positive: terse eligibility result: member id + DOB + 'CGM auth needed'",
        frm=f"elig@{KMB}",
        to=f"endo.frontdesk@{CH}",
        subject="elig",
        body=(
            "W771206654 / dob 09/14/2001 - active, Aetna PPO. Dexcom needs PA, sensors DME "
            "only. Tell her before the 11/16 visit with Rao."
        ),
    ),
    Spec(
        phi=True,
        category="refund_letter_docx_rtf",
        notes="RTF refund letter attached: patient name, address and refund for a GI procedure",
        frm=f"refunds@{KMB}",
        to=f"practice.manager@{CH}",
        subject="Refund letters for signature",
        body="One refund letter for signature - overpayment by secondary." + SIG,
        atts=(
            Att(
                "refund_Oakley.rtf",
                "application/rtf",
                "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\f0\\fs24 "
                "Cedar Hollow Medical Group\\par Terrence Oakley\\par 19 Sable Ct, Hilliard OH "
                "43026\\par Dear Mr. Oakley, your secondary insurance paid for your colonoscopy "
                "of 04/12/2026 after you paid in full; enclosed is a refund of $210.00.\\par }",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded_portal_message",
        notes="Hard positive: outer body clean, PHI only in the forwarded rfc822 portal "
        "message (name, DOB, thyroid biopsy bill)",
        frm=f"portalsupport@{CH}",
        to=f"patientsupport@{KMB}",
        subject="FW: billing question from portal",
        body="This came through the portal - billing question, not clinical. Yours!",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="anh.pham.1984@gmail.com",
            to=f"portalsupport@{CH}",
            subject="bill for my biopsy",
            body=(
                "Hi, I'm Anh Pham, DOB 2/28/1984. I got a bill for $655 for the thyroid biopsy "
                "in August. I thought insurance would cover the FNA since my nodule was 2 cm. "
                "Can someone check?\n"
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="x12_test_file",
        notes="Hard negative: X12 837 test file (ISA15=T) with TESTPATIENT synthetic member",
        frm=f"edi@{KMB}",
        to="edi.support@availity-partners.net",
        subject="Test file for new submitter ID",
        body="Test 837P (usage indicator T) for the new submitter ID enrollment. Synthetic "
        "member TESTPATIENT, ZZONE." + SIG,
        atts=(Att("test_837p.x12", "application/edi-x12", _837_TEST),),
    ),
    Spec(
        phi=False,
        category="monthly_kpi_report_pdf",
        notes="Hard negative: KPI report PDF with denial rates by diagnosis category, aggregates",
        frm=f"reporting@{KMB}",
        to=f"cfo@{CH}",
        subject="October revenue cycle report",
        body="October report attached. Denials from CGM codes dropped after the PA workflow "
        "change." + SIG,
        atts=(
            Att(
                "chmg_rcm_oct2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE MEDICAL BILLING SERVICES - MONTHLY REVENUE CYCLE REPORT",
                        "Client: Cedar Hollow Medical Group   Period: October 2026",
                        "Charges $4.12M  Collections $2.38M  Days in A/R 36.1",
                        "Denials by category: diabetes supplies 18%, GI screening 11%",
                    ],
                    "RCM report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="cpt_update_newsletter",
        notes="Hard negative: coding newsletter with CPT/ICD codes and example scenarios, no "
        "patients",
        frm=f"education@{KMB}",
        to="clients@list.keystonemedbilling.com",
        subject="2027 CPT changes for GI and endocrinology",
        body=(
            "Highlights for 2027:\n- New add-on code for CGM data interpretation replacing "
            "95251 in some settings\n- Screening colonoscopy converted to diagnostic: keep "
            "modifier PT (Medicare) / 33 (commercial)\n- E11.65 (type 2 DM with hyperglycemia) "
            "still needs documentation of 'poorly controlled' or similar\n\nWebinar 12/8." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="client_invoice",
        notes="Billing company invoice to client, fees only",
        frm=f"accounts@{KMB}",
        to=f"ap@{CH}",
        subject="Invoice KMB-2026-1044 (October services)",
        body=(
            "October collections: $2,381,440.12 x 4.9% = $116,690.57. Due 12/10. ACH details "
            "unchanged.\n\nMatt Dorsey, Accounts" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="ssn_shaped_batch_numbers",
        notes="Hard negative: deposit batch and lockbox numbers formatted NNN-NN-NNNN",
        frm=f"posting@{KMB}",
        to=f"accounts@{NG}",
        subject="Lockbox deposits missing from 11/06",
        body=(
            "Deposit batches 604-21-3387 and 604-21-3388 from lockbox 77120 didn't come "
            "through on the bank file. Totals $18,420.10 and $9,002.55. Can treasury check?" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="staff_hr_benefits",
        notes="HR open enrollment notice mentioning health plan options (employees)",
        frm=f"hr@{KMB}",
        to=f"staff@{KMB}",
        subject="Open enrollment closes 11/20",
        body=(
            "Reminder: open enrollment closes Friday 11/20. The HSA plan now covers CGMs and "
            "GLP-1s for diabetes with prior auth. Employee assistance program (counseling, "
            "substance use support) remains free and confidential.\n\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="new_client_onboarding",
        notes="Onboarding checklist for a new client practice, business data",
        frm=f"onboarding@{KMB}",
        to=f"practice.manager@{NG}",
        subject="Onboarding checklist - Northgate infusion billing",
        body=(
            "To get started we'll need: group NPI and TIN, payer enrollment letters, fee "
            "schedule, charge master for J-codes, and a user list for the clearinghouse. "
            "Kickoff call is 11/19 at 10.\n\n"
            "Onboarding" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="payer_policy_forward",
        notes="Hard negative: forwarded payer bulletin about GLP-1 coverage criteria",
        frm=f"education@{KMB}",
        to=f"clinical.ops@{CH}",
        subject="FW: Medical Mutual GLP-1 coverage policy change 1/1/2027",
        body="FYI for the endocrinology team - step therapy language changes below.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="providernews@medmutual-provider.com",
            to=f"education@{KMB}",
            subject="Medical Mutual GLP-1 coverage policy change 1/1/2027",
            body=(
                "Effective 1/1/2027, semaglutide and tirzepatide for type 2 diabetes require "
                "documented metformin trial; coverage for obesity without diabetes ends for "
                "fully insured groups.\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clearinghouse_outage",
        notes="Clearinghouse outage notice to clients",
        frm=f"support@{KMB}",
        to="clients@list.keystonemedbilling.com",
        subject="Claims submission delay 11/10",
        body=(
            "The clearinghouse had an outage from 06:00-11:30 ET. Claims are queued and will "
            "go out tonight; no action needed. Eligibility checks are working again." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="fee_schedule_xlsx",
        notes="Hard negative: fee schedule XLSX with CPT codes and descriptions of procedures",
        frm=f"contracts@{KMB}",
        to=f"cfo@{CH}",
        subject="2027 Anthem fee schedule comparison",
        body="Comparison attached. GI codes up ~2%, E/M flat." + SIG,
        atts=(
            Att(
                "anthem_fs_2027.xlsx",
                XLSX,
                xlsx(
                    {
                        "GI": [
                            ["CPT", "Description", "2026", "2027"],
                            ["45378", "Colonoscopy, diagnostic", 412.1, 420.3],
                            ["45385", "Colonoscopy w/ snare polypectomy", 561.0, 572.2],
                        ],
                        "E&M": [
                            ["CPT", "Description", "2026", "2027"],
                            ["99214", "Office visit est. moderate", 132.4, 132.4],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="candidate_interview",
        notes="Interview scheduling with a coder applicant at an outlook.com mailbox",
        frm=f"hr@{KMB}",
        to="lindsey.okafor.cpc@outlook.com",
        subject="Interview: Remote Certified Coder (GI/Endo)",
        body=(
            "Hi Lindsey,\n\nThanks for applying for the remote coder role (GI and "
            "endocrinology: endoscopy, CGM, thyroid FNA). Can you do a Teams interview Wednesday "
            "11/18 at 2 PM? There's a short coding assessment afterwards.\n\nKeystone HR" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="training_deidentified_examples",
        notes="Hard negative: coder training email with fabricated, clearly labelled example "
        "scenarios (no real patients)",
        frm=f"education@{KMB}",
        to=f"coders@{KMB}",
        subject="Friday quiz - diabetes combination codes",
        body=(
            "Practice scenarios (fictional, not patients):\n1. 58-year-old with type 2 "
            "diabetes and stage 3a CKD documented as linked -> ?\n2. Type 1 diabetes with "
            "hypoglycemia without coma -> ?\n3. Steroid-induced hyperglycemia, no diabetes "
            "-> ?\nAnswers Monday."
        ),
    ),
    Spec(
        phi=False,
        category="security_phishing_warning",
        notes="IT security warning about phishing impersonating payers",
        frm=f"it.security@{KMB}",
        to=f"staff@{KMB}",
        subject="Phishing: fake 'remittance advice' emails",
        body=(
            "We're seeing emails claiming to be from Availity with a 'remittance advice' "
            "ZIP. Don't open them. Real 835s only come through the SFTP. Report with the "
            "Phish button.\n\nIT Security"
        ),
    ),
    Spec(
        phi=False,
        category="baa_renewal",
        notes="BAA renewal correspondence, legal/business only",
        frm=f"legal@{KMB}",
        to=f"compliance@{CH}",
        subject="BAA amendment - 2027",
        body=(
            "Attached amendment adds the 60-day breach notification language and the "
            "subcontractor flow-down for our offshore coding vendor. Please countersign by "
            "12/15.\n\nGeorgia Lin, Counsel" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="productivity_report_staff",
        notes="Hard negative: coder productivity by staff name (workforce), charts coded counts",
        frm=f"ops@{KMB}",
        to=f"ops.leads@{KMB}",
        subject="Coder productivity wk 45",
        body=(
            "Shauna Kirby 412 charts (98.1% accuracy)\nOmari Blake 388 (97.4%)\nLin Chao 296 "
            "(99.0%, half week - jury duty)\nTeam avg 365. Backlog down to 2.1 days."
        ),
    ),
    Spec(
        phi=False,
        category="mbi_format_training",
        notes="Hard negative: explains MBI format with CMS-style specimen, no beneficiary",
        frm=f"education@{KMB}",
        to=f"frontdesk.leads@{CH}",
        subject="Reminder: MBI vs old HICN at check-in",
        body=(
            "Medicare cards show the 11-character MBI (format: digit, letter, "
            "letter/digit, digit, letter, letter/digit, digit, letter, letter, digit, digit; no "
            "S, L, O, I, B, Z). If a patient shows an old card with an SSN-based HICN, don't "
            "scan it - ask for the new card or use the portal lookup." + SIG
        ),
    ),
]
