"""Mercy Valley Medical Center, Patient Financial Services (hospital revenue cycle): 37 messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\n--\nPatient Financial Services | Mercy Valley Medical Center\n"
    "4100 Riverbend Parkway, Harlow, OH | 555-0142 option 3\n"
    "CONFIDENTIALITY: This message may contain information protected by law. If you received it in error, delete it and notify the sender."
)

HL7_DFT = (
    "MSH|^~\\&|EPICADT|MVMC|CLAIMSCRUB|ACCUREV|20260316091544||DFT^P03|MVM88213|P|2.5.1\r"
    "EVN|P03|20260316091544\r"
    "PID|1||E4471902^^^MVMC^MR||PELLETIER^JOANNE^R||19580422|F|||77 Sumac Ct^^Harlow^OH^43561||555-0177\r"
    "PV1|1|O|MVONC^INF^02||||1508834821^OKAFOR^CHIDI|||||||||||50098123\r"
    "FT1|1|||20260313|20260316|CG|96413^CHEMO IV INFUSION 1 HR^CPT|||1|||||||||C50.911^Malignant neoplasm of right female breast^I10\r"
    "FT1|2|||20260313|20260316|CG|J9355^TRASTUZUMAB 10 MG^HCPCS|||42\r"
)

HL7_TEST = (
    "MSH|^~\\&|EPICADT|MVMC|CLAIMSCRUB|ACCUREV|20260317140210||DFT^P03|MVMTEST0007|T|2.5.1\r"
    "EVN|P03|20260317140210\r"
    "PID|1||TEST000001^^^MVMC^MR||ZZTEST^PFSONE^^^^^^^^TEST PATIENT||19000101|U\r"
    "PV1|1|O|MVTST^^||||||||||||||||99999991\r"
    "FT1|1|||20260317|20260317|CG|99213^OFFICE VISIT EST^CPT|||1\r"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*MERCYVALLEY    *ZZ*CLEARPATHEDI   *260316*1022*^*00501*000004417*0*P*:~"
    "GS*HC*MERCYVALLEY*CLEARPATHEDI*20260316*1022*4417*X*005010X223A2~"
    "ST*837*0001*005010X223A2~BHT*0019*00*RESUB4417*20260316*1022*CH~"
    "NM1*85*2*MERCY VALLEY MEDICAL CENTER*****XX*1908518941~"
    "SBR*P*18*GRP20991******CI~NM1*IL*1*FONTAINE*MARCUS*D***MI*XGH449201837~"
    "DMG*D8*19710930*M~NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*34192~"
    "CLM*50091177*18422.60***11:A:7**A*Y*Y~DTP*434*RD8*20260302-20260305~"
    "HI*ABK:K35.80*ABF:E11.9~SV2*0360*HC:44970*1*UN*1~SE*13*0001~GE*1*4417~IEA*1*000004417~"
)

X12_835_TEST = (
    "ISA*00*          *00*          *ZZ*TESTPAYER      *ZZ*MERCYVALLEY    *260317*0815*^*00501*000000031*0*T*:~"
    "GS*HP*TESTPAYER*MERCYVALLEY*20260317*0815*31*X*005010X221A1~ST*835*0001~"
    "BPR*I*100.00*C*ACH*CCP*01*999999999*DA*0000000000**01*999999999*DA*0000000000*20260317~"
    "TRN*1*TESTEFT0001*1999999999~N1*PR*SANDBOX TEST PAYER~N1*PE*MERCY VALLEY MEDICAL CENTER*XX*1908518941~"
    "CLP*TESTCLAIM01*1*150.00*100.00**MC*TESTICN0001~NM1*QC*1*TESTPATIENT*SANDBOX****MI*TEST00000001~"
    "SVC*HC:99213*150.00*100.00**1~CAS*CO*45*50.00~SE*10*0001~GE*1*31~IEA*1*000000031~"
)

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3"><realmCode code="US"/>'
    '<templateId root="2.16.840.1.113883.10.20.22.1.1"/><title>Discharge Summary</title>'
    '<recordTarget><patientRole><id extension="E3390418" root="2.16.840.1.113883.19.5.99999"/>'
    "<addr><streetAddressLine>3021 Old Mill Rd</streetAddressLine><city>Cedar Bend</city><state>OH</state></addr>"
    '<patient><name><given>Raymond</given><family>Osei</family></name><administrativeGenderCode code="M"/>'
    '<birthTime value="19490611"/></patient></patientRole></recordTarget>'
    "<component><structuredBody><component><section><title>Hospital Course</title>"
    "<text>Admitted 02/18/2026 with acute on chronic systolic heart failure (I50.23). Diuresed with IV furosemide, "
    "echo EF 25%. Telemetry 4 days. Discharged 02/24/2026 to skilled nursing.</text></section></component>"
    "</structuredBody></component></ClinicalDocument>\n"
)

FHIR_PLAN = (
    '{"resourceType": "InsurancePlan", "id": "mvmc-selfpay-bundles-2026", "status": "active",'
    ' "name": "Mercy Valley Self-Pay Bundled Pricing 2026", "ownedBy": {"display": "Mercy Valley Medical Center"},'
    ' "plan": [{"type": {"text": "Self-pay"}, "specificCost": [{"category": {"text": "Screening colonoscopy (CPT 45378)"},'
    ' "benefit": [{"type": {"text": "bundle"}, "cost": [{"type": {"text": "cash price"}, "value": {"value": 1150, "currency": "USD"}}]}]},'
    ' {"category": {"text": "MRI knee without contrast (CPT 73721)"}, "benefit": [{"type": {"text": "bundle"},'
    ' "cost": [{"type": {"text": "cash price"}, "value": {"value": 640, "currency": "USD"}}]}]}]}]}\n'
)

FHIR_CLAIM = (
    '{"resourceType": "Claim", "id": "mvmc-clm-50104422", "status": "active", "use": "preauthorization",'
    ' "patient": {"reference": "Patient/E5120377", "display": "Imani Crawford-Bell"},'
    ' "created": "2026-03-18", "insurer": {"display": "Great Lakes Mutual Health"},'
    ' "provider": {"display": "Mercy Valley Medical Center"},'
    ' "insurance": [{"sequence": 1, "focal": true, "coverage": {"display": "Member GLM-8830-21456-01"}}],'
    ' "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M17.11", "display": "Unilateral primary osteoarthritis, right knee"}]}}],'
    ' "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "27447"}]}, "servicedDate": "2026-04-07"}]}\n'
)

MESSAGES = [
    Spec(
        phi=True,
        category="Patient balance reminder for ED visit",
        notes="Statement reminder to patient's gmail naming her, the emergency department visit date and balance.",
        frm="Mercy Valley Billing <billing@mercyvalleymc.org>",
        to="kendra.moultrie82@gmail.com",
        subject="Your Mercy Valley statement is ready",
        body=(
            "Dear Kendra Moultrie,\n\nYour statement for the Emergency Department visit on February 27, 2026 "
            "(account 50087316) is ready. After Buckeye Health Plan paid $1,904.12, your remaining balance is "
            "$386.40, due April 10.\n\nYou can pay online at pay.mercyvalleymc.org or call us to set up a plan."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Level 1 denial appeal to payer, details only in PDF",
        notes="Hard positive: body only says the appeal is attached; the PDF names the patient, member ID, DOS and the denied MRI with diagnosis.",
        frm="Priya Raman <praman@mercyvalleymc.org>",
        to="appeals@buckeyehealthplan.com",
        subject="Appeal - claim 26-0041187",
        body="Please see the attached first-level appeal and supporting notes. Kindly confirm receipt.\n\nPriya Raman, Denials Analyst"
        + SIG,
        atts=(
            Att(
                "appeal_26-0041187.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERCY VALLEY MEDICAL CENTER - PATIENT FINANCIAL SERVICES",
                        "Re: Request for reconsideration, claim 26-0041187",
                        "Patient: Gerald Ostrowski   DOB: 08/14/1963   Member ID: BHP771203945",
                        "Date of service: 01/22/2026   CPT 72148 MRI lumbar spine w/o contrast",
                        "Denial reason: not medically necessary (CARC 50).",
                        "Dx M54.16 lumbar radiculopathy; 8 weeks failed PT and NSAIDs; progressive L5 weakness.",
                        "We request the denial be overturned. Records from Dr. Hal Brennan enclosed.",
                    ],
                    "Appeal 26-0041187",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Corrected 837I resubmission file to clearinghouse support",
        notes="Hard positive: terse body; the X12 837 names the patient, member ID, DOB, admission dates and appendicitis/diabetes codes.",
        frm="Luis Ortega <lortega@mercyvalleymc.org>",
        to="support@clearpathedi.com",
        subject="Ticket 88412 - rejected batch, corrected file",
        body="Hi team,\n\nCorrected 837 attached for the one claim that rejected on loop 2300 (frequency code). Can you push it through today?\n\nThanks,\nLuis",
        atts=(Att("MVMC_837I_resub_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=False,
        category="Sandbox 835 ERA test file for payer onboarding",
        notes="Hard negative: X12 835 from a payer sandbox with a declared TESTPATIENT/SANDBOX subscriber and test-indicator T; no real person.",
        frm="Luis Ortega <lortega@mercyvalleymc.org>",
        to="edi.enrollment@greatlakesmutual.com",
        subject="ERA enrollment - test 835 parsed OK",
        body=(
            "Hello,\n\nWe loaded the sandbox 835 you sent (ISA15 = T). It parsed and posted to our test environment. "
            "Attaching it back so you can see the CAS segment mapping we used. The claim is your TESTPATIENT / SANDBOX record, nothing live.\n\n"
            "Please move us to production for ERA effective April 1.\n\nLuis Ortega\nEDI Coordinator"
        ),
        atts=(Att("sandbox_835_test.x12", "application/edi-x12", X12_835_TEST),),
    ),
    Spec(
        phi=True,
        category="HL7 DFT charge message sent to claim-scrubber vendor",
        notes="Hard positive: HL7 DFT with PID name, MRN, DOB, address and breast cancer chemo charges forwarded for interface debugging.",
        frm="Tom Kessler <tkessler@mercyvalleymc.org>",
        to="interfaces@accurevsolutions.com",
        subject="DFT not crossing over - sample attached",
        body=(
            "Hi Rachel,\n\nThe infusion charges from yesterday are not showing in the scrubber work queue. Raw message attached, "
            "looks like FT1-19 might be the problem. We have a BAA on file with you (exp 2027).\n\nTom"
        ),
        atts=(Att("dft_p03_sample.hl7", "application/hl7-v2", HL7_DFT),),
    ),
    Spec(
        phi=False,
        category="Chargemaster price update to department managers",
        notes="Hard negative: CPT/HCPCS codes with prices and revenue codes in a CDM update; no patient anywhere.",
        frm="Tom Kessler <tkessler@mercyvalleymc.org>",
        to="dept-managers@mercyvalleymc.org",
        subject="CDM update effective 4/1 - review your lines",
        body=(
            "Managers,\n\nAttached are the chargemaster lines changing April 1. Please review your department's rows by Friday. "
            "Biggest changes are in infusion (96365-96368) and the new HCPCS for biosimilars.\n\nTom Kessler, CDM Coordinator"
        ),
        atts=(
            Att(
                "cdm_changes_2026-04-01.csv",
                "text/csv",
                "charge_code,description,rev_code,cpt_hcpcs,old_price,new_price\n"
                "30010412,IV INFUSION THER 1ST HR,0260,96365,612.00,640.00\n"
                "30010413,IV INFUSION EA ADDL HR,0260,96366,148.00,155.00\n"
                "30077120,INJ TRASTUZUMAB-ANNS 10MG,0636,Q5117,118.40,121.90\n"
                "30042001,CHEMO IV INFUSION 1 HR,0335,96413,890.00,925.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Price transparency shoppable services workbook",
        notes="Hard negative: multi-sheet price list of procedures and payer rates; no individual.",
        frm="Revenue Integrity <revintegrity@mercyvalleymc.org>",
        to="webteam@mercyvalleymc.org",
        subject="Shoppable services file for the website (2026 Q2)",
        body="Please replace the current file on /price-transparency with the attached. Three tabs: cash prices, negotiated rates, and notes.\n\nThanks, Revenue Integrity",
        atts=(
            Att(
                "mvmc_shoppable_services_2026Q2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cash prices": [
                            ["CPT", "Service", "Cash price"],
                            ["45378", "Colonoscopy diagnostic", 1150],
                            ["59400", "Vaginal delivery global", 7800],
                            ["70450", "CT head w/o contrast", 410],
                        ],
                        "Negotiated": [
                            ["CPT", "Payer", "Rate"],
                            ["45378", "Buckeye Health Plan", 1322.5],
                            ["45378", "Great Lakes Mutual", 1410.0],
                        ],
                        "Notes": [
                            ["Item", "Text"],
                            [
                                "Method",
                                "Prices include facility fee only; professional fees billed separately.",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse coding query to outsourced coder",
        notes="Hard positive: one-liner with patient surname, account number, date of service and the laparoscopic cholecystectomy.",
        frm="Dana Whitcomb <dwhitcomb@mercyvalleymc.org>",
        to="mchen@precisioncodingpartners.com",
        subject="acct 50094410",
        body="Mei - Hadley, acct 50094410, DOS 3/9 lap chole: op note is in the chart now, pls recode and drop the bill. -D",
    ),
    Spec(
        phi=False,
        category="PFS team schedule notice",
        notes="Internal staff schedule for the billing office; no patient information.",
        frm="Dana Whitcomb <dwhitcomb@mercyvalleymc.org>",
        to="pfs-all@mercyvalleymc.org",
        subject="Phones coverage during the Thursday all-hands",
        body="Team,\n\nThursday 10-11 the all-hands is in Conference B. Luis and Angela are covering the customer service line; everyone else please attend. Bagels on me.\n\nDana",
    ),
    Spec(
        phi=True,
        category="Itemized bill sent to patient at her request",
        notes="Itemized statement PDF to the patient's yahoo mailbox listing labor and delivery charges with her name and account.",
        frm="Angela Ruiz <aruiz@mercyvalleymc.org>",
        to="tessa.lindqvist@yahoo.com",
        subject="Itemized statement you requested",
        body="Hi Tessa,\n\nAs promised on the phone, here is the itemized statement for your stay. Let me know if any line looks wrong and I will open a review.\n\nAngela Ruiz, Customer Service"
        + SIG,
        atts=(
            Att(
                "itemized_50091860.pdf",
                "application/pdf",
                pdf(
                    [
                        "Mercy Valley Medical Center - Itemized Statement",
                        "Patient: Tessa Lindqvist   Account: 50091860",
                        "Admit 03/02/2026  Discharge 03/04/2026   Labor and Delivery",
                        "0720 DELIVERY ROOM                      3,410.00",
                        "0112 ROOM & BOARD OB 2 DAYS             4,200.00",
                        "0370 EPIDURAL ANESTHESIA                1,150.00",
                        "0250 PHARMACY OXYTOCIN                      86.20",
                        "Insurance payments                     -7,915.33",
                        "Patient responsibility                    930.87",
                    ],
                    "Itemized statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate denial trend workbook for consultant",
        notes="Hard negative: denial counts and dollars by payer and CARC code in several tabs; aggregate only.",
        frm="Priya Raman <praman@mercyvalleymc.org>",
        to="jbaxter@northstarrcmconsulting.com",
        subject="Denials Q4-Q1 for Tuesday's session",
        body="Jordan,\n\nTrend workbook attached. Tab 2 has the CARC breakdown; CO-197 (no auth) is still our biggest bucket. No account-level detail in here, as agreed.\n\nPriya",
        atts=(
            Att(
                "denial_trends_Q4-Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "By payer": [
                            ["Payer", "Claims denied", "Dollars"],
                            ["Buckeye Health Plan", 412, 1822040],
                            ["Great Lakes Mutual", 287, 940115],
                            ["Medicare", 133, 402880],
                        ],
                        "By CARC": [
                            ["CARC", "Meaning", "Count"],
                            ["197", "Precert/authorization absent", 301],
                            ["50", "Not medically necessary", 188],
                            ["16", "Missing information", 144],
                        ],
                        "Overturn rate": [
                            ["Quarter", "Appealed", "Overturned"],
                            ["Q4 2025", 220, 131],
                            ["Q1 2026", 241, 150],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Bad-debt placement file to collection agency",
        notes="Hard positive: CSV of patient names, account numbers, addresses, service dates and balances placed with an agency; no diagnosis but it is payment for care.",
        frm="Dana Whitcomb <dwhitcomb@mercyvalleymc.org>",
        to="placements@keystonerecoverypartners.com",
        subject="March placement - batch 2026-03B",
        body="Hi Keystone team,\n\nBatch 2026-03B attached (6 accounts, $9,412.18). All have completed the 120-day extraordinary-collection-action notice period and were screened for financial assistance.\n\nDana Whitcomb\nPFS Manager",
        atts=(
            Att(
                "placement_2026-03B.csv",
                "text/csv",
                "account,guarantor,address,service_date,balance\n"
                "50071120,Darnell Upshaw,18 Kestrel Ln Harlow OH,2025-09-14,2210.55\n"
                "50071982,Brianna Salcedo,402 W Main St Apt 3 Cedar Bend OH,2025-10-02,845.00\n"
                "50072233,Victor Halvorsen,9 Orchard Row Harlow OH,2025-10-11,3120.40\n"
                "50072870,Lynette Burrell,2277 County Rd 14 Millbrook OH,2025-10-19,512.33\n"
                "50073105,Omar Haddad,61 Ridge Ave Harlow OH,2025-11-03,1980.00\n"
                "50073344,Cheryl Ann Voss,7 Birch Ct Cedar Bend OH,2025-11-07,743.90\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for patient access representative",
        notes="Hard negative: job ad mentioning insurance verification, HIPAA and medical terminology; no patient.",
        frm="Mercy Valley Careers <careers@mercyvalleymc.org>",
        to="jobs@harlowworkforceboard.org",
        subject="Please post: Patient Access Representative II (2 openings)",
        body=(
            "Patient Access Representative II - Mercy Valley Medical Center, Harlow OH\n\n"
            "Full time, day shift. Registers patients in the ED and outpatient areas, verifies insurance eligibility (270/271), "
            "obtains prior authorizations, collects copays and explains financial assistance. Knowledge of medical terminology, ICD-10 "
            "and HIPAA privacy rules preferred. $19.40-$23.10/hr.\n\nApply at careers.mercyvalleymc.org, requisition 26-0314."
        ),
    ),
    Spec(
        phi=True,
        category="Prior authorization status request to payer",
        notes="Member name, member ID and scheduled lumbar fusion sent to the payer's UM mailbox.",
        frm="Pre-Service Center <preservice@mercyvalleymc.org>",
        to="um.requests@greatlakesmutual.com",
        subject="Auth status - surgery 3/24",
        body=(
            "Good morning,\n\nChecking on the authorization for member Frank Delacroix-Moore, ID GLM-4471-90823-02, DOB 11/05/1966: "
            "L4-L5 posterior lumbar fusion (CPT 22630) scheduled March 24 with Dr. Anika Voss. Clinicals were faxed 3/12. "
            "Reference number from your portal is PA-2209917.\n\nThank you,\nNadia Ferris, Pre-Service Center"
        ),
    ),
    Spec(
        phi=True,
        category="Cost estimate to patient with service only in attachment name",
        notes="Hard positive: body says only 'here's what you asked for'; the DOCX named for her chemo infusions holds her estimate.",
        frm="Angela Ruiz <aruiz@mercyvalleymc.org>",
        to="esther.brennan1955@aol.com",
        subject="Re: what will I owe?",
        body="Hi Esther,\n\nHere's what you asked for. Call me if the numbers don't match what your plan told you.\n\nAngela",
        atts=(
            Att(
                "Brennan_E_chemo_infusion_estimate.docx",
                DOCX,
                docx(
                    [
                        "Good Faith Estimate - Mercy Valley Medical Center",
                        "Patient: Esther Brennan",
                        "Planned: 6 cycles chemotherapy infusion (carboplatin/paclitaxel), Infusion Center",
                        "Estimated total charges: $41,880.00; your plan's out-of-pocket maximum: $4,500.00",
                        "Estimated patient responsibility: $4,500.00",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Minimum necessary policy PDF with example field names",
        notes="Hard negative: billing-office privacy policy listing field names (Patient Name, MRN, DOB) as examples; no real data.",
        frm="Compliance Office <compliance@mercyvalleymc.org>",
        to="pfs-all@mercyvalleymc.org",
        subject="Updated policy PFS-114: what you may email to agencies",
        body="All PFS staff: please read the attached revision and attest in the LMS by March 31.",
        atts=(
            Att(
                "PFS-114_rev6.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERCY VALLEY MEDICAL CENTER - POLICY PFS-114 (rev 6)",
                        "Sharing account data with collection agencies and vendors",
                        "Permitted fields: Patient Name, Guarantor Name, Account Number, Service Date, Balance.",
                        "Never send: diagnosis codes, CPT codes, MRN, clinical notes, SSN unless contractually required.",
                        "Example layout: [Patient Name] | [Account #] | [DOS] | [Balance]",
                        "Transmission only via SFTP or encrypted mail to BAA partners listed in Appendix B.",
                    ],
                    "PFS-114 rev 6",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Lockbox deposit reconciliation to bank",
        notes="Hard negative: batch totals, check counts and a deposit variance; no patient names or accounts.",
        frm="Cash Posting <cashposting@mercyvalleymc.org>",
        to="lockbox.services@firstharlowbank.com",
        subject="Lockbox 7731 - variance on 3/16 deposit",
        body="Hello,\n\nOur posted total for lockbox 7731 on 3/16 is $2,140.55 lower than the bank deposit. Summary attached; can you check whether batch 0041 was imaged twice?\n\nKaren Ott, Cash Posting",
        atts=(
            Att(
                "lockbox_7731_0316.txt",
                "text/plain",
                "LOCKBOX 7731  DEPOSIT DATE 2026-03-16\nBATCH 0039  ITEMS 42  AMOUNT 11,402.17\nBATCH 0040  ITEMS 38  AMOUNT 9,880.02\n"
                "BATCH 0041  ITEMS 17  AMOUNT 2,140.55\nBANK TOTAL 25,563.29   POSTED TOTAL 23,422.74   VARIANCE 2,140.55\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Workers' compensation bill to TPA",
        notes="Employee-patient name, WC claim number, injury and treatment billed to the employer's third-party administrator.",
        frm="Luis Ortega <lortega@mercyvalleymc.org>",
        to="wcbills@summitcompadmin.com",
        subject="WC claim 0261-88420 - UB-04 and notes",
        body=(
            "Hello,\n\nBilling for your claimant Jorge Villanueva (employer: Harlow Precision Stamping), WC claim 0261-88420, date of injury 02/11/2026. "
            "Seen in our ED 02/11 for a left distal radius fracture, closed reduction and splint; ortho follow-up 02/19. Total charges $4,388.00. "
            "Please remit to the address on the UB-04.\n\nLuis Ortega" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Bill and records to personal-injury attorney",
        notes="Charges and treatment summary for a named client-patient sent to a law firm under a signed authorization.",
        frm="Release of Information <roi@mercyvalleymc.org>",
        to="paralegal@kerriganlawgroup.com",
        subject="Your request 26-ROI-1182 (client: Denise Albright)",
        body=(
            "Dear Ms. Park,\n\nPer the HIPAA authorization signed by Denise Albright on 03/02/2026, enclosed is the billing summary for her motor-vehicle "
            "collision care: ED visit 12/30/2025 (cervical strain, CT cervical spine negative), physical therapy 12 visits Jan-Feb 2026. "
            "Total charges $9,214.00, paid by auto carrier $5,000.00, balance $4,214.00. A lien letter follows by mail.\n\nRelease of Information"
        ),
    ),
    Spec(
        phi=False,
        category="Contract rate escalator question to payer provider rep",
        notes="Payer-contract discussion about percentage escalators; no patient.",
        frm="Dana Whitcomb <dwhitcomb@mercyvalleymc.org>",
        to="provider.relations@buckeyehealthplan.com",
        subject="Amendment 4 - outpatient escalator",
        body="Hi Marcus,\n\nOur reading of Amendment 4 is a 3.5% outpatient escalator on July 1, but your fee schedule file shows 2.5%. Can we get on a call this week?\n\nDana Whitcomb\nDirector, Patient Financial Services",
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with declared test patient",
        notes="Hard negative: HL7 DFT for interface validation with an obviously fake ZZTEST patient, processing ID T.",
        frm="Tom Kessler <tkessler@mercyvalleymc.org>",
        to="interfaces@accurevsolutions.com",
        subject="Test DFT for the new FT1 mapping",
        body="Rachel - test message from our TST environment below, patient is ZZTEST,PFSONE (our standard dummy). Please confirm it lands in your test queue.\n\nTom",
        atts=(Att("tst_dft_0007.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary for payer record request",
        notes="Hard positive: body only gives a claim number; the C-CDA names the patient with DOB, address, admission and heart-failure course.",
        frm="Release of Information <roi@mercyvalleymc.org>",
        to="recordrequests@greatlakesmutual.com",
        subject="Records for claim 26-0039920",
        body="Requested documentation attached for your review of claim 26-0039920.\n\nROI Department, Mercy Valley Medical Center",
        atts=(Att("ccda_26-0039920.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=False,
        category="FHIR InsurancePlan resource with cash prices",
        notes="Hard negative: FHIR resource describing self-pay bundle prices with CPT codes; no patient.",
        frm="Revenue Integrity <revintegrity@mercyvalleymc.org>",
        to="api-support@pricecompareapp.com",
        subject="Our self-pay bundles in FHIR",
        body="Hi,\n\nAs discussed, attached is our InsurancePlan resource for the self-pay bundles. We will publish the endpoint in April.\n\nRevenue Integrity Team",
        atts=(Att("mvmc_selfpay_insuranceplan.json", "application/fhir+json", FHIR_PLAN),),
    ),
    Spec(
        phi=True,
        category="FHIR preauthorization Claim to payer API team",
        notes="FHIR Claim naming the patient, member ID, knee osteoarthritis and planned total knee replacement.",
        frm="Pre-Service Center <preservice@mercyvalleymc.org>",
        to="da-vinci-support@greatlakesmutual.com",
        subject="PAS request failed validation - payload attached",
        body="Hello,\n\nOur prior-auth request returned a 422 on the attached payload. Could you tell us which element fails? Surgery date is 4/7 so this is time-sensitive.\n\nNadia Ferris",
        atts=(Att("pas_claim_50104422.json", "application/fhir+json", FHIR_CLAIM),),
    ),
    Spec(
        phi=True,
        category="Bill explanation to mother about son's ED visit",
        notes="Hard positive: to the mother's hotmail naming her son Eli, his ED visit and the concussion CT charge.",
        frm="Angela Ruiz <aruiz@mercyvalleymc.org>",
        to="mspraggins.home@hotmail.com",
        subject="Re: Eli's bill",
        body=(
            "Hi Ms. Spraggins,\n\nI looked into Eli's bill from the soccer injury on March 1. The big charge ($2,300) is the CT of his head that the ER doctor "
            "ordered for the concussion; your plan applied it to the deductible. If you'd like, I can start a financial assistance application for you.\n\n"
            "Angela Ruiz\nPatient Financial Services"
        ),
    ),
    Spec(
        phi=False,
        category="Self-pay package prices to benefits broker",
        notes="Hard negative: bundled procedure prices for an employer's benefits broker; no individual.",
        frm="Revenue Integrity <revintegrity@mercyvalleymc.org>",
        to="nsuarez@tri-countybenefits.com",
        subject="Direct-contract bundle pricing",
        body=(
            "Nina,\n\nFor your employer groups interested in direct contracting, our 2026 bundles are:\n\n"
            "- Total knee replacement (27447), 2-day stay: $24,500\n- Screening colonoscopy (45378): $1,150\n- Cesarean delivery global: $11,900\n\n"
            "Prices include surgeon, anesthesia and facility. Happy to meet.\n\nRevenue Integrity"
        ),
    ),
    Spec(
        phi=False,
        category="Financial assistance policy update to community partners",
        notes="Community notice of new charity-care income thresholds; no individual.",
        frm="Mercy Valley Financial Assistance <financialassistance@mercyvalleymc.org>",
        to="partners@harlowunitedway.org",
        subject="Charity care thresholds rising April 1",
        body="Friends,\n\nStarting April 1, patients with household income up to 300% of the federal poverty level qualify for free care at Mercy Valley (up from 250%), and up to 450% for discounts. Updated flyers will be at your front desks next week.\n\nThank you for helping spread the word.",
    ),
    Spec(
        phi=True,
        category="Overpayment refund notice to patient (HTML only)",
        notes="HTML-only refund notice naming the patient, her physical therapy visits and the refund amount.",
        frm="Mercy Valley Billing <billing@mercyvalleymc.org>",
        to="r.achterberg@icloud.com",
        subject="A refund is on its way",
        body="",
        html=(
            "<html><body><p>Dear Rosalind Achterberg,</p><p>After your insurer reprocessed your <b>physical therapy visits</b> "
            "(January 6 - February 20, 2026, account 50085511), you overpaid by <b>$214.60</b>. A refund check will be mailed to the address we "
            "have on file within 10 business days.</p><p>Mercy Valley Patient Financial Services<br>555-0142</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Understanding-your-bill newsletter (HTML only)",
        notes="HTML-only general patient newsletter about bills and deductibles; no individual or condition.",
        frm="Mercy Valley Medical Center <news@mercyvalleymc.org>",
        to="patient-newsletter@lists.mercyvalleymc.org",
        subject="Spring newsletter: 5 things to know about your hospital bill",
        body="",
        html=(
            "<html><body><h2>5 things to know about your hospital bill</h2><ol><li>You may get separate bills from the hospital and the doctors.</li>"
            "<li>Your deductible resets January 1.</li><li>Ask for an itemized bill any time.</li><li>Financial assistance is available up to 450% FPL.</li>"
            "<li>Payment plans are interest-free.</li></ol><p><a href='https://www.mercyvalleymc.org/billing'>Learn more</a></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Medicare credit balance report with MBIs",
        notes="Hard positive: multi-sheet workbook to the MAC listing beneficiaries by name and MBI with overpayment amounts and service dates.",
        frm="Priya Raman <praman@mercyvalleymc.org>",
        to="creditbalance@greatlakesmac.com",
        subject="CMS-838 Q1 2026 - Mercy Valley",
        body="Attached is our quarterly credit balance report and the detail worksheet. Provider NPI: 1908518941.\n\nPriya Raman",
        atts=(
            Att(
                "CMS838_Q1_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [["Quarter", "Lines", "Total credit"], ["Q1 2026", 2, 1318.44]],
                        "Detail": [
                            ["Beneficiary", "MBI", "From", "Thru", "Credit", "Reason"],
                            [
                                "Harold Teague",
                                "MBI: 5TW7-KH3-RN62",
                                "2026-01-08",
                                "2026-01-11",
                                1022.10,
                                "Duplicate payment",
                            ],
                            [
                                "Loretta Fanning",
                                "MBI: 8QJ2-D94-FX17",
                                "2026-02-02",
                                "2026-02-02",
                                296.34,
                                "MSP - primary paid",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Billing system downtime notice",
        notes="IT notice about a billing-system upgrade window; no patient.",
        frm="IS Service Desk <servicedesk@mercyvalleymc.org>",
        to="pfs-all@mercyvalleymc.org",
        subject="Resolute billing downtime Sat 3/21 22:00-02:00",
        body="Hospital billing and claims edits will be unavailable during the upgrade. Use the downtime payment log at the cashier window and enter receipts Sunday morning.",
    ),
    Spec(
        phi=False,
        category="Bad-debt survey response to hospital association",
        notes="Hard negative: aggregate bad-debt and charity-care dollars and patient counts for a state survey.",
        frm="Dana Whitcomb <dwhitcomb@mercyvalleymc.org>",
        to="survey@ohiohospitalcouncil.org",
        subject="FY2025 uncompensated care survey - Mercy Valley",
        body="Our FY2025 figures: bad debt at cost $6.8M (4,120 accounts); charity care at cost $11.2M (2,905 patients); Medicaid shortfall $9.4M. Methodology matches last year.\n\nDana Whitcomb",
    ),
    Spec(
        phi=True,
        category="Financial clearance appointment invite with surgery",
        notes="Calendar invitation to a patient's gmail naming him and his upcoming knee replacement for a pre-surgery financial clearance meeting.",
        frm="Financial Counseling <fincounsel@mercyvalleymc.org>",
        to="w.oyelaran@gmail.com",
        subject="Financial clearance meeting before your knee replacement",
        body="Mr. Oyelaran, this is your appointment with a financial counselor to review costs for your right knee replacement on April 7.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mercy Valley//PFS//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:h54-fc-0319@mercyvalleymc.org\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260319T150000Z\r\nDTEND:20260319T153000Z\r\n"
            "SUMMARY:Financial clearance - W. Oyelaran - R TKA 4/7\r\nLOCATION:PFS Office\\, Level 1\\, Mercy Valley\r\n"
            "ATTENDEE:mailto:w.oyelaran@gmail.com\r\nORGANIZER:mailto:fincounsel@mercyvalleymc.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Physician NPI roster for payer credentialing",
        notes="Hard negative: physicians' names, specialties and NPIs for payer enrollment; clinician identifiers only.",
        frm="Provider Enrollment <enrollment@mercyvalleymc.org>",
        to="credentialing@buckeyehealthplan.com",
        subject="Add four hospitalists to group roster",
        body=(
            "Please link these physicians to our group (TIN on file) effective 4/1:\n\n"
            "Chidi Okafor, MD - Hematology/Oncology - NPI: 1508834821\nAnika Voss, MD - Orthopaedic Surgery - NPI: 1795396666\n"
            "Samuel Trinh, DO - Hospital Medicine - NPI: 1501899938\nRenata Kowal, MD - Hospital Medicine - NPI: 1698358904\n\nProvider Enrollment"
        ),
    ),
    Spec(
        phi=True,
        category="Patient complaint forwarded to insurer grievance unit",
        notes="Hard positive: forwarded patient e-mail (rfc822) in which she names herself and her miscarriage care while disputing a bill.",
        frm="Patient Relations <patientrelations@mercyvalleymc.org>",
        to="grievances@buckeyehealthplan.com",
        subject="Fw: billing complaint - member asked us to send to you",
        body="Forwarding at the member's request; she believes the D&C was wrongly processed out of network. Our account note: in-network facility, claim 26-0044102.\n\nPatient Relations",
        forward=Spec(
            phi=True,
            category="forwarded complaint",
            notes="inner",
            frm="Marisol Ketterman <marisol.ketterman@gmail.com>",
            to="patientrelations@mercyvalleymc.org",
            subject="bill for my miscarriage care",
            body="I was at Mercy Valley Feb 9 after my miscarriage and had a D&C. Now Buckeye says it was out of network and I owe $3,870. I'm member BHP660412278. Please help, this has been awful.\n\nMarisol Ketterman",
        ),
    ),
    Spec(
        phi=True,
        category="RAC additional documentation response zip",
        notes="Zip of records for a recovery audit request, naming the patient with DOB, claim number and her sepsis admission inside text members.",
        frm="Audit Response <auditresponse@mercyvalleymc.org>",
        to="adr@performantrac-audits.com",
        subject="ADR response - letter 2026-ADR-55810",
        body="Attached are the records requested in ADR letter 2026-ADR-55810 (1 claim). Please confirm receipt.",
        atts=(
            Att(
                "ADR_55810_records.zip",
                "application/zip",
                zipped(
                    {
                        "cover.txt": "ADR 2026-ADR-55810  Provider: Mercy Valley Medical Center\nPatient: Bernadette Ocampo  DOB 1941-02-27  Claim 26-0019874\n",
                        "hp.txt": "H&P 01/14/2026: 84F from home with fever, hypotension 82/44, lactate 4.1. Sepsis due to UTI (A41.51, N39.0). Admit ICU.\n",
                        "dc_summary.txt": "Discharged 01/20/2026 to home with home health. Cefepime transitioned to oral cefpodoxime.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Payment portal screenshot to web vendor",
        notes="Screenshot PNG of a payment page layout issue with placeholder data; no patient.",
        frm="Revenue Cycle Applications <rcapps@mercyvalleymc.org>",
        to="support@paysmartportal.com",
        subject="Pay button cut off on mobile",
        body="Hi,\n\nOn iPhone widths the Pay Now button on the guest-pay page is cut off (screenshot from our staging site, dummy account). Can you fix before the April statement run?\n\nRC Apps",
        atts=(Att("guestpay_mobile_staging.png", "image/png", png(6, 4, (30, 90, 160))),),
    ),
]
