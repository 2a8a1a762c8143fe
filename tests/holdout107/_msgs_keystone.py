"""Keystone Dental Billing (billing service / business associate) outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nKeystone Dental Billing, LLC\nRevenue cycle services for dental practices\n(414) 555-0128 | keystonedentalbilling.com"

X12_837 = (
    "ISA*00*          *00*          *ZZ*KEYSTONEDB     *ZZ*DELTAWI        *260317*0915*^*00501*000004417*0*P*:~"
    "GS*HC*KEYSTONEDB*DELTAWI*20260317*0915*4417*X*005010X224A2~"
    "ST*837*0001*005010X224A2~"
    "BHT*0019*00*KDB4417*20260317*0915*CH~"
    "NM1*85*2*SUMMIT ORAL AND MAXILLOFACIAL SURGERY*****XX*1973646395~"
    "NM1*IL*1*DUBOIS*ALAIN****MI*DWI88104432~"
    "DMG*D8*19600512*M~"
    "CLM*SOM26030501*640***11:B:1*Y*A*Y*Y~"
    "DTP*472*D8*20260305~"
    "SV3*AD:D7286*640****1~"
    "HI*ABK:K13.21~"
    "SE*11*0001~GE*1*4417~IEA*1*000004417~"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*FWDHEALTH      *ZZ*KEYSTONEDB     *260316*2200*^*00501*000088210*0*P*:~"
    "GS*HP*FWDHEALTH*KEYSTONEDB*20260316*2200*88210*X*005010X221A1~"
    "ST*835*0001~BPR*I*412.50*C*ACH*CCP*01*075000019*DA*44120088*1234509876**01*075900575*DA*99001122*20260318~"
    "N1*PR*FORWARDHEALTH DENTAL~N1*PE*RIVERBEND COMMUNITY HEALTH CENTER*XX*1638229694~"
    "CLP*RB260302A*1*220*132**MC*2026075001~NM1*QC*1*FERREIRA*ANA****MI*4410771902~SVC*AD:D4341*220*132~"
    "CLP*RB260302B*4*180*0**MC*2026075002~NM1*QC*1*ABDI*HAMZA****MI*4410638815~SVC*AD:D2391*180*0~CAS*CO*197*180~"
    "SE*12*0001~GE*1*88210~IEA*1*000088210~"
)

X12_270_TEST = (
    "ISA*00*          *00*          *ZZ*KEYSTONEDB     *ZZ*CLEARDENT      *260316*1000*^*00501*000000001*0*T*:~"
    "GS*HS*KEYSTONEDB*CLEARDENT*20260316*1000*1*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*TEST0001*20260316*1000~"
    "NM1*PR*2*TEST PAYER*****PI*99999~NM1*1P*2*KEYSTONE TEST PROVIDER*****XX*1262168705~"
    "NM1*IL*1*TESTPATIENT*SYNTHETIC****MI*TEST000000001~DMG*D8*20000101~EQ*35~"
    "SE*8*0001~GE*1*1~IEA*1*000000001~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="837D claim file to dental payer",
        notes="Hard positive: cover note only says 'resubmission'; patient name, member ID, DOB and oral lesion excision are in the X12 837D.",
        frm="Claims <claims@keystonedentalbilling.com>",
        to="edi-support@deltadentalwi-edi.com",
        subject="Resubmission batch 4417",
        body="Batch 4417 resubmitted after your 999 rejection (bad GS08). One claim.",
        atts=(Att("KDB_4417_837D.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to FQHC client",
        notes="835 ERA with patient names, Medicaid IDs and a denial sent to the client clinic.",
        frm="Payment Posting <posting@keystonedentalbilling.com>",
        to="dentalbilling@riverbendchc.org",
        subject="ERA 3/16 - one denial needs attention",
        body="ERA attached. Ferreira paid at fee schedule; Abdi's filling denied CO-197 (no prior auth). We can appeal if Dr. Wrobel documents the emergency.",
        atts=(Att("ERA_20260316_835.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=False,
        category="X12 270 test file to clearinghouse",
        notes="Hard negative: eligibility test file (usage indicator T) with a declared synthetic TESTPATIENT and test payer.",
        frm="EDI Team <edi@keystonedentalbilling.com>",
        to="onboarding@cleardentedi.com",
        subject="270 connectivity test - synthetic data only",
        body="Test interchange attached (ISA15 = T). Subscriber TESTPATIENT SYNTHETIC is fabricated for connectivity testing. Please send back the 271 and 999.",
        atts=(Att("KDB_test_270.x12", "application/edi-x12", X12_270_TEST),),
    ),
    Spec(
        phi=False,
        category="Clearinghouse enrollment form with billing NPI",
        notes="Provider enrollment data: group NPI, tax ID of the practice; no patient.",
        frm="EDI Team <edi@keystonedentalbilling.com>",
        to="enrollment@cleardentedi.com",
        subject="ERA enrollment - Summit Oral Surgery",
        body="Please enroll for 835s:\nSummit Oral & Maxillofacial Surgery, NPI 1973646395\nGroup NPI 1094899683\nTIN 39-4417720\nPay-to: 2250 Ridgecrest Pkwy, Madison WI"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Aging AR workbook to practice client",
        notes="Multi-sheet AR aging with patient names, account numbers, procedures and balances to client practice.",
        frm="Account Manager <ameyer@keystonedentalbilling.com>",
        to="business@summitoralsurgery.com",
        subject="AR aging - March",
        body="Nadia, aging attached. The 90+ bucket is mostly the two trauma cases.",
        atts=(
            Att(
                "Summit_AR_aging_0316.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Bucket", "Amount"],
                            ["0-30", 48210.0],
                            ["31-60", 19440.0],
                            ["61-90", 8120.0],
                            ["90+", 11875.0],
                        ],
                        "90+ detail": [
                            ["Account", "Patient", "DOS", "Code", "Balance"],
                            ["SO-228812", "Lundgren, Pete", "2025-11-14", "21470", 6240.0],
                            ["SO-227405", "Mbeki, Thandiwe", "2025-12-02", "21453", 5135.0],
                            ["SO-229118", "Ruiz, Carmen", "2025-12-09", "D7240", 500.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="KPI dashboard workbook to client",
        notes="Hard negative: multi-sheet aggregate KPIs (days in AR, denial rate by reason code); no patient rows.",
        frm="Account Manager <ameyer@keystonedentalbilling.com>",
        to="aosei@riverbendchc.org",
        subject="February revenue cycle KPIs",
        body="Dashboard attached. Denials for missing prior auth dropped to 3.1%.",
        atts=(
            Att(
                "RCH_KPI_Feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "KPIs": [
                            ["Metric", "Jan", "Feb"],
                            ["Days in AR", 34, 29],
                            ["Clean claim rate", 0.91, 0.95],
                            ["Denial rate", 0.074, 0.052],
                        ],
                        "Denials by CARC": [["CARC", "Count"], ["197", 14], ["16", 9], ["29", 3]],
                        "Payer": [
                            ["Payer", "Collections"],
                            ["ForwardHealth", 188400],
                            ["Delta", 41200],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient statement question reply to personal email",
        notes="Reply to patient's gmail about her balance for named procedures.",
        frm="Patient Billing Help <help@keystonedentalbilling.com>",
        to="carmen.ruiz.1984@gmail.com",
        subject="Re: bill from Summit Oral Surgery",
        body=(
            "Hi Carmen,\n\nThe $500 is your share for the wisdom tooth removal (D7240) on December 9. Your "
            "insurance applied it to your deductible. We can set up a payment plan of $50/month; reply yes "
            "and we'll do it.\n\nBilling on behalf of Summit Oral & Maxillofacial Surgery" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Payment plan policy to client practices",
        notes="Policy memo on payment plans and collections thresholds; no patient.",
        frm="Keystone Dental Billing <ops@keystonedentalbilling.com>",
        to="clients@keystonedentalbilling.com",
        subject="Updated payment plan policy",
        body="From April 1: balances over $300 can be split into up to 10 monthly payments with no interest. Accounts are sent to collections only after 3 statements and a final notice, and never while an appeal is pending."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Collection agency placement with SSN",
        notes="Account placed with collection agency: patient name, SSN, address, dental balance.",
        frm="Collections Desk <collections@keystonedentalbilling.com>",
        to="newplacements@badgerrecoverygroup.com",
        subject="New placement - 1 account",
        body=(
            "Placing on behalf of Summit Oral & Maxillofacial Surgery:\n\n"
            "Debtor: Pete Lundgren\nSSN: 512-40-7736\nAddress: 903 Tamarack Ln, Verona WI 53593\n"
            "Balance: $6,240.00 (mandible fracture surgery 11/14/2025, insurance denied - no coverage)\n"
            "Last statement 02/15/2026."
        ),
    ),
    Spec(
        phi=False,
        category="Collection agency contract renewal",
        notes="Hard negative: contract renewal with collection agency discussing account volumes; no account identified.",
        frm="Collections Desk <collections@keystonedentalbilling.com>",
        to="accounts@badgerrecoverygroup.com",
        subject="Contingency rate for 2026",
        body="We expect about 40-60 placements a quarter across our dental clients, mostly oral surgery balances. Can you hold 22% contingency? Our BAA with you is current through 2027.",
    ),
    Spec(
        phi=True,
        category="Eligibility verification results CSV to front desk",
        notes="CSV of next-day patients with member IDs and coverage/frequency limits to client front desk.",
        frm="Eligibility Team <eligibility@keystonedentalbilling.com>",
        to="dentalfrontdesk@riverbendchc.org",
        subject="Eligibility for 3/18",
        body="Verified for tomorrow. Two inactive - please collect updated cards.",
        atts=(
            Att(
                "elig_0318.csv",
                "text/csv",
                "patient,member_id,plan,status,notes\nKessler Brook,BC77120934,BadgerCare,active,prophy 1 of 2 used\nNakamura Jin,BC77411820,BadgerCare,active,sealants covered to age 16\nMorrow Dale,DW30918822,Delta PPO,inactive 02/28,\nHaugen Lise,BC77003312,BadgerCare,inactive,\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CDT code update training slides",
        notes="Hard negative: CDT 2026 code changes training with sample claim using clearly fictional 'Jane Sample'.",
        frm="Training <training@keystonedentalbilling.com>",
        to="billers@keystonedentalbilling.com",
        subject="CDT 2026 changes - training notes",
        body="Notes from today's session attached. The sample claim uses our fictional training patient 'Jane Sample', member ID SAMPLE-0001.",
        atts=(
            Att(
                "CDT2026_training.docx",
                DOCX,
                docx(
                    [
                        "Keystone Dental Billing - CDT 2026 updates",
                        "New: codes for teledentistry follow-up and caries risk documentation.",
                        "Sample claim (fictional): Jane Sample, member SAMPLE-0001, D1206 fluoride, D1351 sealant x4.",
                        "Remember: narrative required for D4341 with pocket depths.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Appeal letter for denied perio treatment",
        notes="Appeal PDF to payer with patient name, member ID, periodontal diagnosis and pocket depths.",
        frm="Appeals <appeals@keystonedentalbilling.com>",
        to="appeals@deltadentalwi.com",
        subject="Level 1 appeal - claim 26031100412",
        body="Appeal and supporting narrative attached.",
        atts=(
            Att(
                "appeal_26031100412.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE DENTAL BILLING on behalf of Riverbend Community Health Center",
                        "Level 1 Appeal - Claim 26031100412",
                        "Patient: Dale Morrow   Member ID: DW30918822   DOB: 08/14/1971",
                        "Denied: D4341 x2 quadrants, 'not medically necessary'",
                        "Pocket depths 5-7 mm UR/LR with bleeding; generalized stage III periodontitis.",
                        "Radiographic bone loss 30-40%. Request reversal.",
                    ],
                    "Appeal",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Payer policy change summary",
        notes="Hard negative: summary of payer frequency limits for procedures; no patient.",
        frm="Payer Relations <payer@keystonedentalbilling.com>",
        to="clients@keystonedentalbilling.com",
        subject="ForwardHealth dental changes April 1",
        body="Summary: SRP (D4341/D4342) now needs a prior auth only for patients under 21; fluoride varnish allowed 4x/yr for high caries risk children; teledentistry codes payable at FQHCs. Full bulletin on the ForwardHealth portal."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Credit balance refund to patient",
        notes="Hard positive: refund notice to personal mailbox naming patient and the overpayment for her bone graft procedure.",
        frm="Patient Billing Help <help@keystonedentalbilling.com>",
        to="gwen.achterberg@icloud.com",
        subject="Refund of overpayment",
        body="Dear Mrs. Achterberg, your insurance paid more than expected on the bone graft (D7953) from March 2, leaving a credit of $112.40. A check is being mailed this week.",
    ),
    Spec(
        phi=False,
        category="Interview invitation to job applicant",
        notes="Recruiting mail to an applicant's personal mailbox describing the billing job; applicant is not a patient.",
        frm="Keystone Careers <careers@keystonedentalbilling.com>",
        to="marisol.quintero.work@gmail.com",
        subject="Interview - Dental Insurance Specialist (remote)",
        body="Hi Marisol,\n\nThanks for applying. We'd like to set up a 30-minute video interview next week. The role works Medicaid dental and oral surgery claims: CDT codes, 837D/835, and medical cross-coding (CPT/ICD-10). Pay is $21-25/hr, remote in Wisconsin. Reply with two times that work.\n\nKeystone Careers",
    ),
    Spec(
        phi=True,
        category="Medical cross-coding query to surgeon",
        notes="Hard positive: coder question with patient initials plus account number, diagnosis codes and procedure; account number identifies.",
        frm="Coding <coding@keystonedentalbilling.com>",
        to="cokonkwo@summitoralsurgery.com",
        subject="coding q acct SO-227405",
        body="Dr. O - for acct SO-227405 (T.M., DOS 12/02) you documented 21453 closed reduction mandible w/ IMF. Was it S02.610A or S02.650A? Payer wants the specific site.",
    ),
    Spec(
        phi=False,
        category="ICD-10 cross-coding cheat sheet",
        notes="Hard negative: coding reference listing diagnosis codes for jaw fractures and cysts; no patient.",
        frm="Coding <coding@keystonedentalbilling.com>",
        to="billers@keystonedentalbilling.com",
        subject="Cheat sheet: OMS medical claims",
        body=(
            "Common pairs:\n21470 / S02.61xA mandible fracture, condylar process\n21453 / S02.65xA angle of mandible\n"
            "21040 / K09.0 developmental odontogenic cyst\nD7240 to medical: K01.1 impacted teeth + M27.2 if infection\n"
        ),
        atts=(
            Att(
                "oms_crosswalk.txt",
                "text/plain",
                "CPT\tICD-10\tNote\n21470\tS02.61xA\tORIF\n21453\tS02.65xA\tIMF\n21040\tK09.0\tcyst\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Claim status call notes forwarded to client",
        notes="Forwarded internal note with patient name and claim status for cyst excision.",
        frm="Account Manager <ameyer@keystonedentalbilling.com>",
        to="business@summitoralsurgery.com",
        subject="Fwd: Arbuthnot claim status",
        body="FYI - see below, we need the path report to finish this one.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Coding <coding@keystonedentalbilling.com>",
            to="ameyer@keystonedentalbilling.com",
            subject="Arbuthnot claim status",
            body="Called Anthem re Wendell Arbuthnot, DOS 2/26, CPT 21040 excision of jaw cyst. Pending - they want the pathology report before paying. Ref # AN-8841207.",
        ),
    ),
    Spec(
        phi=False,
        category="Month-end close reminder",
        notes="Internal reminder on batch posting deadlines; no patient.",
        frm="Keystone Dental Billing <ops@keystonedentalbilling.com>",
        to="billers@keystonedentalbilling.com",
        subject="Month-end close Tuesday",
        body="All ERAs through 3/31 posted by Tuesday 5 pm. Unapplied cash report due Wednesday. No overtime without approval.",
    ),
    Spec(
        phi=True,
        category="Patient payment receipt HTML",
        notes="HTML-only receipt to patient's gmail naming her and the tooth extraction paid.",
        frm="Keystone Payments <receipts@keystonedentalbilling.com>",
        to="irene.sandoval.m@gmail.com",
        subject="Payment receipt",
        body="",
        html=(
            "<html><body><p>Thank you, Irene Sandoval.</p><table><tr><td>Provider</td><td>Riverbend Community Health Center Dental</td></tr>"
            "<tr><td>Service</td><td>03/16/2026 D7210 surgical extraction #32</td></tr><tr><td>Paid</td><td>$25.00 (Slide A nominal fee)</td></tr></table></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Online payment portal outage notice",
        notes="HTML-only notice to all patients list about portal maintenance; no individual data.",
        frm="Keystone Payments <receipts@keystonedentalbilling.com>",
        to="notices@keystonedentalbilling.com",
        subject="Payment portal maintenance Saturday",
        body="",
        html="<html><body><p>Our online bill pay will be unavailable Saturday March 21 from 10 pm to 2 am for maintenance. You can still pay by phone at (414) 555-0128.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Secondary claim paper form text to Medicaid",
        notes="Hard positive: scanned-form style text of an ADA claim form with patient, subscriber and procedures.",
        frm="Claims <claims@keystonedentalbilling.com>",
        to="paperclaims@forwardhealthdental.com",
        subject="Secondary claim - OCR copy attached",
        body="OCR text of the ADA 2019 form attached as requested by your rep.",
        atts=(
            Att(
                "ADA_form_ocr.txt",
                "text/plain",
                "ADA DENTAL CLAIM FORM\n3. Company Name PRIMARY: Delta Dental of WI\n12. Policyholder: MORROW DALE  4. DOB 08 14 1971\n"
                "20. Patient Name: MORROW KEIRA  21. DOB 02 09 2012  22. Relationship: Child\n"
                "24 Proc Date 03/05/2026  Tooth 30  Proc D3220 therapeutic pulpotomy  Fee 145.00\n"
                "35 Remarks: Primary paid 0 - frequency. Medicaid ID 4410552287\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Fee analysis against UCR percentiles",
        notes="Hard negative: fee comparison table by CDT code and ZIP3 region; aggregate pricing only.",
        frm="Consulting <consulting@keystonedentalbilling.com>",
        to="admin@summitoralsurgery.com",
        subject="Your fees vs 80th percentile (537 region)",
        body="Attached. D7240 is below the 50th percentile; D6010 is about right.",
        atts=(
            Att(
                "fee_analysis_537.csv",
                "text/csv",
                "code,your_fee,p50,p80\nD7140,195,210,265\nD7240,485,520,610\nD6010,2150,2100,2480\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Month-end client packet zip",
        notes="Zip with patient-level payment posting CSV and adjustments report for the client.",
        frm="Payment Posting <posting@keystonedentalbilling.com>",
        to="dentalbilling@riverbendchc.org",
        subject="February close packet",
        body="Close packet attached: posting detail, adjustments and a summary letter.",
        atts=(
            Att(
                "RCH_Feb_close.zip",
                "application/zip",
                zipped(
                    {
                        "posting_detail.csv": "patient,account,dos,code,paid\nFerreira Ana,RB-0040018,2026-02-03,D4341,132.00\nOyelaran Tunde,RB-0036620,2026-02-10,D1110,48.00\n",
                        "adjustments.csv": "patient,account,reason,amount\nAbdi Hamza,RB-0031876,sliding fee Slide A,-155.00\n",
                        "summary.txt": "February collections $229,600. Thanks!\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SOC 2 report share with client",
        notes="Vendor security report zip; no patient.",
        frm="Security <security@keystonedentalbilling.com>",
        to="compliance@riverbendchc.org",
        subject="Our SOC 2 Type II and pen test summary",
        body="For your vendor review. Please don't redistribute.",
        atts=(
            Att(
                "KDB_security_2026.zip",
                "application/zip",
                zipped(
                    {
                        "SOC2_summary.txt": "Keystone Dental Billing SOC 2 Type II, period 2025. No exceptions noted in access control.\n",
                        "pentest_summary.txt": "External test 01/2026: 0 critical, 1 medium (TLS 1.0 on legacy host, fixed).\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Misdirected-statement incident report to client",
        notes="Hard positive: incident notice naming the affected patient, the statement contents (procedure) and wrong address.",
        frm="Privacy Officer <privacy@keystonedentalbilling.com>",
        to="compliance@riverbendchc.org",
        subject="Incident KDB-2026-004",
        body=(
            "On 3/12 a statement for Tunde Oyelaran (acct RB-0036620; partial denture D5211, balance $60) was mailed to "
            "1410 Birch St instead of 1401 Birch St. The recipient opened it and mailed it back to us. We are doing "
            "the risk assessment and will draft the notice letter for your approval." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Breach notification policy draft",
        notes="Hard negative: policy document with example field names (Patient Name, DOB, MRN) but no data.",
        frm="Privacy Officer <privacy@keystonedentalbilling.com>",
        to="leadership@keystonedentalbilling.com",
        subject="Draft: incident response policy v3",
        body="Draft policy attached; section 4 lists the data elements that trigger notification.",
        atts=(
            Att(
                "IR_policy_v3.docx",
                DOCX,
                docx(
                    [
                        "Keystone Dental Billing - Incident Response Policy v3 (DRAFT)",
                        "4. Data elements: Patient Name, Date of Birth, MRN/Account, Member ID, SSN, CDT/CPT codes, balances.",
                        "5. Clients must be notified within 10 business days of discovery.",
                        "6. Risk assessment uses the four-factor test at 45 CFR 164.402.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pre-treatment estimate to patient's parent",
        notes="Parent's yahoo; child's name and orthognathic surgery estimate.",
        frm="Patient Billing Help <help@keystonedentalbilling.com>",
        to="xiong.vang.family@yahoo.com",
        subject="Estimate for Pa Houa's surgery",
        body="Hello Mr. Vang,\n\nFor Pa Houa's jaw surgery (BSSO) on March 24, your plan estimates it will pay $14,200 of $18,600. Your share is about $4,400. This is an estimate, not a guarantee.\n"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Newsletter to dental offices about billing tips",
        notes="Marketing newsletter about billing; no individual.",
        frm="Keystone Dental Billing <news@keystonedentalbilling.com>",
        to="subscribers@keystonedentalbilling.com",
        subject="3 reasons perio claims get denied",
        body="1. Missing pocket depths. 2. No radiographs within 12 months. 3. Billing D4910 too soon after SRP. Our team can audit your perio claims free for 30 days. Reply to book."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Recredentialing reply quoting a patient grievance",
        notes="Hard positive: reply mostly about credentialing but pastes a patient grievance naming the patient and her sedation complaint.",
        frm="Credentialing <credentialing@keystonedentalbilling.com>",
        to="provrelations@anthemdentalwi.com",
        subject="Re: Dr. Nguyen recredentialing - open items",
        body=(
            "Attached is the CV and the malpractice face sheet. Re: item 3 (member grievance): the member, Sofia Marchetti, "
            "complained she was still groggy at discharge after IV sedation on 2/11; the practice's response letter was mailed 2/20 and she did not escalate."
        ),
    ),
    Spec(
        phi=False,
        category="Credentialing packet for surgeon",
        notes="Hard negative: surgeon license, DEA and NPI for credentialing; provider identifiers only.",
        frm="Credentialing <credentialing@keystonedentalbilling.com>",
        to="provrelations@anthemdentalwi.com",
        subject="Dr. Okonkwo - initial credentialing",
        body="Chidi Okonkwo, DMD, Oral & Maxillofacial Surgery. NPI 1293090167. WI license 7712-DDS. DEA BO5233844. Board certified ABOMS 2019. Hospital privileges St. Mary's Madison.",
    ),
    Spec(
        phi=True,
        category="Payment dispute reply to credit card processor",
        notes="Chargeback response naming cardholder-patient and the oral surgery service date and procedure.",
        frm="Patient Billing Help <help@keystonedentalbilling.com>",
        to="disputes@cardlinkprocessing.com",
        subject="Chargeback CB-77120 response",
        body="Cardholder Pete Lundgren disputes $300 paid 1/5. This was his copay for mandible fracture surgery (CPT 21470) at Summit Oral & Maxillofacial Surgery on 11/14/2025; signed financial policy attached in portal.",
    ),
    Spec(
        phi=False,
        category="Bank lockbox reconciliation",
        notes="Hard negative: deposit batch totals with check numbers and amounts; no patient names.",
        frm="Payment Posting <posting@keystonedentalbilling.com>",
        to="treasury@firstbadgerbank.com",
        subject="Lockbox batch 0316 variance",
        body="Batch 0316 deposited $8,412.50 but the image file sums to $8,312.50. Check 00410 looks keyed as $200 instead of $100. Please review.",
    ),
    Spec(
        phi=True,
        category="Coordination of benefits question to employer plan",
        notes="Hard positive: employer benefits office told the employee's daughter (first name + relationship) had a pulpotomy claim.",
        frm="Claims <claims@keystonedentalbilling.com>",
        to="benefits@badgerlogistics.com",
        subject="COB question - dependent coverage",
        body="Hi Dana, can you confirm whether Dale Morrow's daughter Keira is still a dependent on your dental plan as of 3/5? We have a pulpotomy claim we need to bill correctly.",
    ),
    Spec(
        phi=False,
        category="Software migration plan",
        notes="IT migration plan for practice management software; no patient.",
        frm="IT <it@keystonedentalbilling.com>",
        to="clients@keystonedentalbilling.com",
        subject="Clearinghouse cutover April 6",
        body="We move all 837D/837P traffic to the new clearinghouse April 6. No action needed unless you submit claims yourselves. Expect one day of delayed ERAs.",
    ),
    Spec(
        phi=True,
        category="Short reply confirming patient write-off",
        notes="Hard positive: one line naming patient and hardship write-off for dental care.",
        frm="Account Manager <ameyer@keystonedentalbilling.com>",
        to="business@summitoralsurgery.com",
        subject="Re: Mbeki",
        body="Done - Thandiwe Mbeki's $5,135 for the jaw fracture written off as hardship per Dr. Patel.",
    ),
    Spec(
        phi=False,
        category="De-identified denial data for payer meeting",
        notes="Hard negative: de-identified extract with random claim keys, age bands and ZIP3; no identifiers.",
        frm="Consulting <consulting@keystonedentalbilling.com>",
        to="networkmgmt@forwardhealthdental.com",
        subject="Denial sample for our meeting",
        body="De-identified sample (Safe Harbor: no names, dates shown as year only, ZIP3 only) for Thursday.",
        atts=(
            Att(
                "denials_deid.xlsx",
                XLSX,
                xlsx(
                    {
                        "Sample": [
                            ["Key", "AgeBand", "ZIP3", "Year", "Code", "CARC"],
                            ["k01", "6-12", "537", 2026, "D1351", "B7"],
                            ["k02", "21-40", "537", 2026, "D4341", "197"],
                            ["k03", "41-64", "535", 2026, "D2391", "16"],
                        ],
                        "Method": [
                            ["Step"],
                            ["Names, dates and IDs removed"],
                            ["Keys randomly assigned; no crosswalk kept"],
                        ],
                    }
                ),
            ),
        ),
    ),
]
