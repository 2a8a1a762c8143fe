"""Outbound mail of Summit Anesthesia Billing Services, an anaesthesia billing company (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nSummit Anesthesia Billing Services\n4100 Executive Blvd, Suite 210, Cincinnati OH 45241\nPhone 513-555-0130  Fax 513-555-0131"
DISCL = "\n\nThis message is intended for the named recipient only and may contain confidential billing information."

X12_837 = (
    "ISA*00*          *00*          *ZZ*SUMMITANES     *ZZ*BUCKEYEHP      *260316*1022*^*00501*000004417*0*P*:~"
    "GS*HC*SUMMITANES*BUCKEYEHP*20260316*1022*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*SAB4417*20260316*1022*CH~"
    "NM1*85*2*MIAMI VALLEY ANESTHESIA ASSOCIATES*****XX*1029907346~"
    "NM1*IL*1*HUSTED*CAROLYN*J***MI*BHP771204558~"
    "N3*92 BELLEFONTAINE RD~N4*DAYTON*OH*45424~"
    "DMG*D8*19700812*F~"
    "CLM*RB260312A*624.00***24:B:1*Y*A*Y*Y~"
    "HI*ABK:Z1211*ABF:K635~"
    "SV1*HC:00811:QK*624.00*MJ*38***1~"
    "DTP*472*D8*20260312~"
    "SE*13*0001~GE*1*4417~IEA*1*000004417~"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*MEDMUTUAL      *ZZ*SUMMITANES     *260313*0815*^*00501*000088120*0*P*:~"
    "GS*HP*MEDMUTUAL*SUMMITANES*20260313*0815*88120*X*005010X221A1~"
    "ST*835*0001~"
    "BPR*I*1187.40*C*ACH*CCP*01*041000124*DA*88120045*1234509876**01*042000013*DA*5566778899*20260313~"
    "TRN*1*EFT88120*1344556677~"
    "N1*PR*MEDICAL MUTUAL OF OHIO~"
    "CLP*RB260227C*1*980.00*412.20*60.00*12*MM2602270041~"
    "NM1*QC*1*PRZYBYLSKI*THEODORE****MI*MMO40217735~"
    "SVC*HC:00813:AA*980.00*412.20**1~"
    "CAS*PR*1*60.00~CAS*CO*45*507.80~"
    "CLP*RB260226F*1*1140.00*775.20*0*12*MM2602260918~"
    "NM1*QC*1*ABERNATHY*LOIS****MI*MMO30988124~"
    "SVC*HC:00731:QK*1140.00*775.20**1~"
    "SE*14*0001~GE*1*88120~IEA*1*000088120~"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*SUMMITANES     *ZZ*CMSHETS        *260317*0640*^*00501*000000712*0*P*:~"
    "GS*HS*SUMMITANES*CMSHETS*20260317*0640*712*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*SAB0712*20260317*0640~"
    "HL*1**20*1~NM1*PR*2*CMS*****PI*CMS~"
    "HL*2*1*21*1~NM1*1P*2*MIAMI VALLEY ANESTHESIA ASSOCIATES*****XX*1029907346~"
    "HL*3*2*22*0~NM1*IL*1*GRUENWALD*OTTO****MI*4MK2-JW8-HT35~"
    "DMG*D8*19490306~DTP*291*D8*20260320~EQ*30~"
    "SE*11*0001~GE*1*712~IEA*1*000000712~"
)

HL7_DFT = (
    "MSH|^~\\&|SAB_CHG|SUMMIT|PM_SYS|MVAA|202603161530||DFT^P03|SAB0316153|P|2.3\r"
    "EVN|P03|202603161530\r"
    "PID|1||RB00049920^^^RBDH^MR||ESPINOZA^RAUL||19771102|M|||2608 Catalpa Dr^^Dayton^OH^45406\r"
    "PV1|1|O|ENDO^RM2||||1423759376^LINDGREN^ERIK^^^CRNA\r"
    "FT1|1|||20260316||CG|00731^Anesthesia upper GI endoscopy^C4|||1|||||||||K21.9^GERD^I10\r"
    "FT1|2|||20260316||CG|99100^Anesthesia for patient of extreme age^C4|||1\r"
)

MESSAGES = [
    Spec(
        phi=True,
        category="X12 837P anaesthesia claim to payer",
        notes="Hard positive: 837P attachment carries subscriber name, member ID, DOB, address and colonoscopy anaesthesia with screening diagnosis; body is a batch number.",
        frm="Claims Submission <claims@summitanesbilling.com>",
        to="edi-intake@buckeyehealthplan.com",
        subject="Batch 4417",
        body="Batch 4417 attached, 1 claim.",
        atts=(Att("SAB4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="X12 835 remittance forwarded to client practice",
        notes="835 remittance with two patients' names, member IDs, claim amounts and anaesthesia CPT codes sent to client.",
        frm="Payment Posting <posting@summitanesbilling.com>",
        to="finance@miamivalleyanesthesia.com",
        subject="ERA 88120 from Medical Mutual - posted",
        body="Hi Deb,\n\nERA 88120 ($1,187.40) posted today. Patient responsibility $60 deductible on the first claim; statement will go out Friday. Raw 835 attached for your records.\n\nLeah Carmody\nPayment Posting" + SIG,
        atts=(Att("ERA_88120.835.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="X12 270 Medicare eligibility with MBI",
        notes="Hard positive: 270 inquiry with beneficiary name, MBI, DOB and service date sent to clearinghouse for a check before his procedure.",
        frm="Eligibility Desk <eligibility@summitanesbilling.com>",
        to="support@tristateclearinghouse.com",
        subject="270 rejecting - please look",
        body="Our 270 for a Medicare patient keeps coming back with AAA 72. File attached. MBI: 4MK2JW8HT35 per the card copy.\n\nThanks,\nOwen",
        atts=(Att("270_0712.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="HL7 DFT charge message to client",
        notes="HL7 DFT with patient name, MRN, DOB, address, anaesthesia for EGD and GERD diagnosis.",
        frm="Interfaces <interfaces@summitanesbilling.com>",
        to="hl7@miamivalleyanesthesia.com",
        subject="Charge file resend SAB0316153",
        body="Resending the DFT that failed with AE yesterday.",
        atts=(Att("SAB0316153.hl7", "application/hl7-v2", HL7_DFT),),
    ),
    Spec(
        phi=False,
        category="Provider enrolment packet with NPI and DEA",
        notes="Hard negative: enrolment data for a new anaesthesiologist (NPI, DEA, licence); clinician identifiers only.",
        frm="Credentialing <credentialing@summitanesbilling.com>",
        to="enrollment@buckeyehealthplan.com",
        subject="New provider enrolment - Dr. Farrah Qureshi",
        body="Please add the following provider to group Miami Valley Anesthesia Associates (group NPI 1029907346):\n\nFarrah Qureshi, MD - Anesthesiology\nNPI: 1056587623\nDEA: FQ3418274\nOhio licence 35.142871\nEffective 04/01/2026\n\nCAQH ID on file. Thank you.\n\nBeth Ann Wozniak, CPCS\nCredentialing" + SIG,
    ),
    Spec(
        phi=True,
        category="Patient statement PDF to patient",
        notes="Statement PDF and body to patient's gmail with name, date and anaesthesia for colonoscopy, balance due.",
        frm="Patient Billing <statements@summitanesbilling.com>",
        to="wanda.pellegrino@gmail.com",
        subject="Your statement from Miami Valley Anesthesia Associates",
        body="Dear Wanda Pellegrino,\n\nYour statement for anesthesia services on February 20, 2026 is attached. Balance due: $187.25. Pay online at summitanesbilling.com/pay with account number 70044218.\n\nPatient Billing" + SIG,
        atts=(Att("Statement_70044218.pdf", "application/pdf", pdf([
            "SUMMIT ANESTHESIA BILLING SERVICES on behalf of Miami Valley Anesthesia Associates",
            "Patient: Wanda Pellegrino   Account 70044218",
            "02/20/2026  00812 Anesthesia, screening colonoscopy   $720.00",
            "Insurance paid (Aetna)   -$532.75",
            "Patient balance   $187.25",
        ], "Statement")),),
    ),
    Spec(
        phi=False,
        category="Client newsletter PDF on anaesthesia coding",
        notes="Hard negative: coding newsletter explaining 00811 vs 00812, modifiers and G-codes with a made-up scenario; no real patient.",
        frm="Summit Education <education@summitanesbilling.com>",
        to="clients@summitanesbilling.com",
        subject="Coding Corner - March 2026",
        body="This month: screening versus diagnostic colonoscopy anaesthesia, and the PT modifier.",
        atts=(Att("CodingCorner_2026-03.pdf", "application/pdf", pdf([
            "SUMMIT ANESTHESIA BILLING - CODING CORNER, MARCH 2026",
            "00812: anesthesia for screening colonoscopy. 00811: diagnostic lower endoscopy.",
            "If a screening becomes diagnostic (polyp removed), report 00811 with modifier PT.",
            "Example (fictional): 58-year-old, screening, polyp found -> 00811-PT, Z12.11 + K63.5.",
            "Base units: 00811 = 4, 00812 = 3. Time units in 15-minute increments.",
        ], "Coding Corner")),),
    ),
    Spec(
        phi=True,
        category="Collection agency referral with SSN",
        notes="Collections referral with guarantor name, SSN, address and unpaid anaesthesia balance for surgery.",
        frm="Patient Accounts <accounts@summitanesbilling.com>",
        to="placements@queencityrecovery.com",
        subject="New placement - acct 70038815",
        body="Placement\nGuarantor: Curtis Lemaster\nSSN: 412-68-3307\nAddress: 1187 Shroyer Rd, Kettering OH 45419\nPhone: 937-555-0177\nService: 01/08/2026 anesthesia for laparoscopic cholecystectomy (00790), Kettering Health\nBalance: $1,306.00 after 3 statements and 2 calls\n\nPatient Accounts" + SIG,
    ),
    Spec(
        phi=False,
        category="Monthly KPI workbook to client",
        notes="Hard negative: multi-sheet workbook of charges, collections, days in AR and denial rates by payer; aggregate only.",
        frm="Client Services <clientservices@summitanesbilling.com>",
        to="finance@miamivalleyanesthesia.com",
        subject="February month-end package",
        body="Deb,\n\nFebruary month-end attached. Days in AR down to 31.4; denial rate 4.2% (mostly CO-16 missing time). Anthem underpaid 00811 on 46 claims - we've opened a payer ticket.\n\nGreg Halloran\nClient Services Director",
        atts=(Att("MVAA_Feb2026_monthend.xlsx", XLSX, xlsx({
            "Summary": [["Metric", "Jan", "Feb"], ["Charges", 1482000, 1391500], ["Collections", 612400, 640880], ["Days in AR", 33.9, 31.4]],
            "By payer": [["Payer", "Claims", "Denial %"], ["Medicare", 1120, 2.1], ["Anthem", 880, 6.8], ["Aetna", 412, 3.3]],
            "Denials": [["CARC", "Count"], ["CO-16", 61], ["CO-197", 22], ["PR-1", 140]],
        })),),
    ),
    Spec(
        phi=True,
        category="Appeal letter DOCX with patient and procedure",
        notes="Appeal letter DOCX names patient, member ID, date of service and ERCP anaesthesia for pancreatitis.",
        frm="Appeals <appeals@summitanesbilling.com>",
        to="appeals@anthem-oh-provider.com",
        subject="Level 1 appeal - claim 2026021800731",
        body="Please find our appeal attached. Anesthesia record and op note are on pages 2-4 of the faxed packet.\n\nMaria Santangelo, CPC\nAppeals Specialist" + SIG,
        atts=(Att("Appeal_2026021800731.docx", DOCX, docx([
            "RE: Level 1 appeal, claim 2026021800731",
            "Patient: Sheldon Vickery   Member ID: YRK611580042   DOS: 02/18/2026",
            "Service: 00732 anesthesia for ERCP, 212 minutes, acute gallstone pancreatitis (K85.10).",
            "The claim was denied as exceeding time limits. The extended time was medically necessary because of difficult cannulation documented in the enclosed record.",
        ])),),
    ),
    Spec(
        phi=False,
        category="Fee schedule update notice",
        notes="2026 Medicare anaesthesia conversion factor update for clients; no patient.",
        frm="Summit Education <education@summitanesbilling.com>",
        to="clients@summitanesbilling.com",
        subject="2026 anesthesia conversion factor",
        body="CMS finalised the 2026 national anesthesia conversion factor at $20.4402 (Ohio locality adjustments apply). We updated all client fee tables on January 2. No action needed.\n\nSummit Education",
    ),
    Spec(
        phi=True,
        category="AR follow-up CSV to client",
        notes="Hard positive: CSV with no headers listing account, patient surname, DOS, CPT and balance; cover says only 'aging >120'.",
        frm="Greg Halloran <ghalloran@summitanesbilling.com>",
        to="deb.mullins@miamivalleyanesthesia.com",
        subject="aging >120",
        body="",
        html="<p>Deb - the 9 over 120 we talked about. Need your OK to write off or send to collections.</p>",
        atts=(Att("aging120.csv", "text/csv", "70031120,TOLLIVER,2025-10-14,00790,842.00\n70031877,NAKASHIMA,2025-10-22,00811,215.60\n70032004,BEAUMONT,2025-11-03,01402,1120.00\n70032290,ACHTERBERG,2025-11-05,00731,96.40\n"),),
    ),
    Spec(
        phi=False,
        category="Aggregate case volume CSV for contract negotiation",
        notes="Hard negative: CSV of anaesthesia 2025 case counts by CPT for a client's payer negotiation; no individuals.",
        frm="Analytics <analytics@summitanesbilling.com>",
        to="finance@miamivalleyanesthesia.com",
        subject="Case mix for Anthem negotiation",
        body="Case counts by CPT for 2025 attached.",
        atts=(Att("casemix_2025.csv", "text/csv", "cpt,description,cases_2025,avg_units\n00811,lower GI endoscopy,2144,7.2\n00812,screening colonoscopy,3380,6.1\n00813,combined upper/lower,890,8.4\n00731,upper GI endoscopy,1502,6.0\n00732,ERCP,211,10.6\n"),),
    ),
    Spec(
        phi=True,
        category="Reply to patient disputing bill",
        notes="Reply to patient's personal mailbox naming her, her colonoscopy date, the polyp removal and her anaesthesia coinsurance.",
        frm="Patient Billing <statements@summitanesbilling.com>",
        to="jrosario.home@outlook.com",
        subject="RE: why was I billed? it was a screening",
        body="Dear Ms. Rosario,\n\nThank you for writing. Your colonoscopy on January 29 started as a screening, but because Dr. Reyes removed a polyp the procedure became diagnostic, and your plan (Aetna) applies coinsurance to the anesthesia in that case. We have asked the practice to review whether modifier PT was added; we'll place your account on hold for 30 days meanwhile.\n\nSincerely,\nPatient Billing" + SIG,
    ),
    Spec(
        phi=False,
        category="Order confirmation with SSN-shaped number",
        notes="Hard negative: office supply order confirmation whose order number is formatted like an SSN.",
        frm="Office Manager <office@summitanesbilling.com>",
        to="orders@tristateofficesupply.com",
        subject="RE: order 418-27-5530 confirmation",
        body="Confirming order 418-27-5530: 20 cases copy paper, 12 toner cartridges (HP 58X), 4 ergonomic chairs. Deliver to Suite 210.\n\nPam",
    ),
    Spec(
        phi=True,
        category="Zip of EOB images to client",
        notes="Hard positive: zip of OCR'd paper EOB text files with patient names, member IDs and anaesthesia services; body generic.",
        frm="Payment Posting <posting@summitanesbilling.com>",
        to="finance@miamivalleyanesthesia.com",
        subject="Paper EOBs - week 11",
        body="Week 11 paper EOBs attached for your audit sample.",
        atts=(Att("EOBs_wk11.zip", "application/zip", zipped({
            "EOB_UHC_0309.txt": "UNITEDHEALTHCARE EXPLANATION OF BENEFITS\nPatient: PRUITT, DARLENE  ID: 912804417-01\nDOS 02/11/26  00812  Billed 720.00  Allowed 388.10  Paid 388.10",
            "EOB_Humana_0311.txt": "HUMANA MEDICARE ADVANTAGE\nMember: CALLOWAY, RAYMOND  H71204455\nDOS 02/13/26  00813  Billed 980.00  Paid 402.50  Pt resp 0.00",
        })),),
    ),
    Spec(
        phi=False,
        category="Job posting for anaesthesia coder",
        notes="Hard negative: job ad mentions PHI handling, CPT/ICD-10 and HIPAA in general terms.",
        frm="Summit HR <hr@summitanesbilling.com>",
        to="jobs@cincinnatihealthcareers.com",
        subject="Posting: Anesthesia Coder II (remote)",
        body="Anesthesia Coder II - remote within Ohio/Kentucky. Abstract anesthesia records, assign ASA/CPT and ICD-10-CM codes, apply modifiers (AA, QK, QX, QZ, PT), query providers. Must handle PHI per HIPAA. CPC or CANPC required. $58-66k.",
    ),
    Spec(
        phi=True,
        category="Medicare secondary payer question with MBI",
        notes="Beneficiary name, MBI and date of service for colonoscopy anaesthesia in an e-mail to the Medicare contractor about secondary payer status.",
        frm="Eligibility Desk <eligibility@summitanesbilling.com>",
        to="provider-inquiries@cgsmedicare-example.com",
        subject="MSP inquiry",
        body="Hello,\n\nBeneficiary: Otto Gruenwald\nMBI: 4MK2-JW8-HT35\nDOS: 03/20/2026, anesthesia for colonoscopy\nCWF shows an open MSP record (working aged) that the patient says ended when he retired in 2024. Please advise how to get it closed so our claim is not denied.\n\nOwen Blaylock\nEligibility" + SIG,
    ),
    Spec(
        phi=False,
        category="Clearinghouse outage notice forwarded",
        notes="Forward of a clearinghouse status notice to clients; no patient.",
        frm="Claims Submission <claims@summitanesbilling.com>",
        to="clients@summitanesbilling.com",
        subject="FW: Tri-State Clearinghouse service disruption",
        body="FYI - claims are queued on our side and will go out automatically once the clearinghouse is back. No action needed.\n\nClaims team",
        forward=Spec(
            phi=False, category="x", notes="x",
            frm="Tri-State Status <status@tristateclearinghouse.com>",
            to="claims@summitanesbilling.com",
            subject="Service disruption - 837 intake",
            body="Our 837 intake is experiencing delays due to a storage failure. Estimated restoration 18:00 ET. 835 delivery is unaffected.",
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded surgeon e-mail with case details",
        notes="Hard positive: cover text has only a surname; the forwarded surgeon note names the patient, her EMR and a colon lesion.",
        frm="Maria Santangelo <msantangelo@summitanesbilling.com>",
        to="erik.lindgren@miamivalleyanesthesia.com",
        subject="FW: Bauer case 3/9 - anesthesia time?",
        body="Erik,\n\nSee below from Dr. Whitford. Can you send the anesthesia record with start/stop times? The time in the chart (48 min) doesn't match the 95 she mentions.\n\nMaria",
        forward=Spec(
            phi=True, category="x", notes="x",
            frm="Dr. Claire Whitford <cwhitford@riverbenddigestive.com>",
            to="msantangelo@summitanesbilling.com",
            subject="Bauer case 3/9",
            body="Maria - Ingrid Bauer's EMR on 3/9 ran long (95 min) because of a 4 cm lateral spreading lesion in the transverse colon. Please make sure anesthesia time is billed correctly.\n\nCW",
        ),
    ),
    Spec(
        phi=False,
        category="Compliance policy on e-mailing claims",
        notes="Hard negative: internal policy memo saying never to e-mail member IDs or diagnoses unencrypted; examples are placeholders.",
        frm="Compliance <compliance@summitanesbilling.com>",
        to="staff@summitanesbilling.com",
        subject="Reminder: secure e-mail for claim data",
        body="Team,\n\nAfter last month's near miss: any e-mail containing a patient name with a date of service, member ID, account number, MBI or diagnosis code must go through the secure portal or with [SECURE] in the subject. Examples like 'Member ID XXX123456' in training slides are fine; real data is not.\n\nRobin Kessler\nCompliance Officer",
    ),
    Spec(
        phi=True,
        category="Terse denial note to client",
        notes="Hard positive: short e-mail with patient surname, DOS and denial for 'no auth for TEE' - identifiable and care.",
        frm="Denials <denials@summitanesbilling.com>",
        to="deb.mullins@miamivalleyanesthesia.com",
        subject="denial",
        body="Brandvold 3/2 - 01922 + TEE 93312 denied, no auth. Do you have the auth # from the hospital?",
    ),
    Spec(
        phi=False,
        category="Conference registration",
        notes="Staff registering for a coding conference; no patients.",
        frm="Summit HR <hr@summitanesbilling.com>",
        to="registrations@asamonitorconf.org",
        subject="Group registration - 4 attendees",
        body="Please register Maria Santangelo, Owen Blaylock, Leah Carmody and Greg Halloran for the Anesthesia Business Summit, May 12-14. Invoice to Summit Anesthesia Billing Services.",
    ),
    Spec(
        phi=True,
        category="HTML payment receipt to patient",
        notes="HTML-only receipt to patient's gmail showing name, account and anaesthesia for labor epidural.",
        frm="Summit Payments <payments@summitanesbilling.com>",
        to="kbrightwater88@gmail.com",
        subject="Payment received - thank you",
        body="",
        html="<html><body><p>Hi Kayla Brightwater,</p><p>We received your payment of <b>$250.00</b> on account 70046002 for anesthesia services (labor epidural, 01967) on 01/27/2026 at Good Samaritan North. Remaining balance: $312.40.</p><p>Summit Anesthesia Billing Services</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML client webinar invitation",
        notes="HTML-only webinar invitation on MIPS anaesthesia measures; no patients.",
        frm="Summit Education <education@summitanesbilling.com>",
        to="clients@summitanesbilling.com",
        subject="Webinar: 2026 MIPS for anesthesia groups",
        body="",
        html="<html><body><h3>MIPS 2026: what anesthesia groups need to report</h3><p>Thursday April 9, 12:00 ET. Measures 404 (smoking abstinence), 424 (perioperative temperature), 430 (PONV prophylaxis) and 477 (multimodal pain).</p><p><a href='https://summitanesbilling.com/webinars'>Register</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="Guarantor letter to parent about child's surgery bill",
        notes="Letter to parent's yahoo naming child, tonsillectomy anaesthesia and balance.",
        frm="Patient Billing <statements@summitanesbilling.com>",
        to="jen.okafor.family@yahoo.com",
        subject="Account 70045190 - insurance update needed",
        body="Dear Ms. Okafor,\n\nYour daughter Amara's anesthesia claim for her tonsillectomy on February 6 at Dayton Children's was denied by CareSource as 'coverage terminated 01/31/2026'. If she has new insurance, please reply with a copy of the card front and back so we can rebill; otherwise the $948.00 balance will transfer to you.\n\nPatient Billing" + SIG + DISCL,
    ),
    Spec(
        phi=False,
        category="Software vendor ticket about report format",
        notes="Ticket to practice-management software vendor about a report layout; no patient data included.",
        frm="Analytics <analytics@summitanesbilling.com>",
        to="support@anesthesiapm.com",
        subject="Ticket 66120 - export truncates payer names",
        body="The 'Payer Mix' export cuts payer names at 20 characters ('Medical Mutual of Oh'). Can this be widened to 60? Screenshots available but they show only aggregate totals.\n\nThanks,\nNaveen",
    ),
    Spec(
        phi=True,
        category="Spreadsheet of unbilled cases with missing info",
        notes="Hard positive: multi-sheet workbook listing patient names, MRNs, procedure dates and anaesthesia types awaiting missing records.",
        frm="Charge Entry <charges@summitanesbilling.com>",
        to="records@riverbenddigestive.com",
        subject="Missing anesthesia records - please send",
        body="Hi,\n\nWe can't bill the cases in the attached list until we receive the anesthesia records. Tab 2 is cases missing only the CRNA signature.\n\nThank you,\nTasha, Charge Entry",
        atts=(Att("missing_records_0316.xlsx", XLSX, xlsx({
            "Missing record": [["MRN", "Patient", "DOS", "Procedure"], ["RB00050118", "Fiona Mackintosh", "2026-03-02", "colonoscopy MAC"], ["RB00050247", "Dwayne Pettiford", "2026-03-03", "EGD MAC"]],
            "Missing signature": [["MRN", "Patient", "DOS", "CRNA"], ["RB00050302", "Agnes Kubiak", "2026-03-04", "Lindgren"]],
        })),),
    ),
    Spec(
        phi=False,
        category="Staff payroll calendar invite",
        notes="Internal meeting invite about payroll system; no patients.",
        frm="Summit HR <hr@summitanesbilling.com>",
        to="staff@summitanesbilling.com",
        subject="Invitation: new timekeeping system training",
        body="30-minute training on the new timekeeping app.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit//Outlook//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sab-hr-20260319@summitanesbilling.com\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260319T160000Z\r\nDTEND:20260319T163000Z\r\nSUMMARY:Timekeeping app training\r\nLOCATION:Training room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Attorney records request response",
        notes="Itemised anaesthesia charges for named client of personal-injury lawyer, with DOB and trauma surgery.",
        frm="Release of Information <roi@summitanesbilling.com>",
        to="paralegal@hendersonkraftlaw.com",
        subject="Records request - your client Marcus Delgado",
        body="Per the HIPAA authorization received 3/10, itemised anesthesia charges for Marcus Delgado (DOB 05/19/1991):\n\n01/03/2026  01480 anesthesia, open repair tibial fracture  $2,310.00\n01/05/2026  01462 anesthesia, wound washout ankle  $880.00\n\nPaid by Progressive auto PIP: $1,904.00. Balance $1,286.00.\n\nRelease of Information" + SIG,
    ),
    Spec(
        phi=False,
        category="Payer policy summary for clients",
        notes="Hard negative: summary of a payer's new colonoscopy anaesthesia policy listing qualifying conditions (e.g. sleep apnoea, BMI>40) generically.",
        frm="Summit Education <education@summitanesbilling.com>",
        to="clients@summitanesbilling.com",
        subject="Anthem policy CG-MED-21 effective May 1",
        body="Anthem will pay for MAC during colonoscopy only with documented risk factors such as obstructive sleep apnoea, BMI over 40, ASA class III or higher, chronic opioid use or prior failed moderate sedation. Please make sure providers document these; we'll add a coding hold for 00811/00812 without a qualifying ICD-10 code.\n\nSummit Education",
    ),
    Spec(
        phi=True,
        category="Credit balance refund letter with SSN",
        notes="Refund notice to patient's aol mailbox with name, last-known SSN for 1099 check and anaesthesia service.",
        frm="Patient Accounts <accounts@summitanesbilling.com>",
        to="geraldine.moss@aol.com",
        subject="Refund of overpayment",
        body="Dear Geraldine Moss,\n\nYou overpaid $64.10 for anesthesia during your cataract surgery on 11/14/2025. A refund check will be mailed this week. Please confirm the SSN we have on file for our records: 538-21-4460. If that is incorrect, call 513-555-0130.\n\nPatient Accounts" + SIG,
    ),
    Spec(
        phi=False,
        category="Provider productivity report without patients",
        notes="Hard negative: multi-sheet per-CRNA units and case counts for client payroll; clinicians only, no patients.",
        frm="Analytics <analytics@summitanesbilling.com>",
        to="erik.lindgren@miamivalleyanesthesia.com",
        subject="CRNA productivity Feb",
        body="Erik, February units per CRNA attached. NPI included for your payroll cross-check (e.g. Lindgren NPI 1423759376).",
        atts=(Att("crna_productivity_feb.xlsx", XLSX, xlsx({
            "Units": [["CRNA", "NPI", "Cases", "Units"], ["Erik Lindgren", "1423759376", 188, 1304], ["Sasha Pruitt", "1674481886", 172, 1210]],
            "Medical direction": [["Anesthesiologist", "QK cases", "QY cases"], ["Farrah Qureshi", 120, 14], ["Paul Ostergaard", 98, 22]],
        })),),
    ),
    Spec(
        phi=True,
        category="Note to client that patient is deceased",
        notes="Hard positive: patient named as deceased with date of death and outstanding anaesthesia claim; estate handling.",
        frm="Patient Accounts <accounts@summitanesbilling.com>",
        to="deb.mullins@miamivalleyanesthesia.com",
        subject="acct 70041577 - estate",
        body="Deb - family called: Leonard Tuttle passed away 2/28. His 2/11 anesthesia for the hip fracture repair is still open ($640 secondary). OK to stop statements and file against the estate?\n\nJanelle",
    ),
    Spec(
        phi=False,
        category="Tax form request to vendor",
        notes="W-9 request to an IT vendor; business tax ID, no patients.",
        frm="Accounting <accounting@summitanesbilling.com>",
        to="billing@cloudvaultit.com",
        subject="W-9 needed",
        body="Please send a current W-9 so we can issue your 1099 for 2025. Thank you.\n\nAccounting",
    ),
    Spec(
        phi=False,
        category="Reply to job applicant",
        notes="Reply to applicant's gmail about an interview; no health info.",
        frm="Summit HR <hr@summitanesbilling.com>",
        to="t.nguyen.coder@gmail.com",
        subject="RE: Anesthesia Coder II application",
        body="Hi Thao,\n\nThanks for applying. We'd like to schedule a 30-minute video interview next Tuesday or Wednesday afternoon. Please reply with a time that works.\n\nSummit HR",
    ),
    Spec(
        phi=False,
        category="Denial trend memo DOCX",
        notes="Hard negative: DOCX memo on denial trends with counts and CARC codes, no patient rows.",
        frm="Greg Halloran <ghalloran@summitanesbilling.com>",
        to="clients@summitanesbilling.com",
        subject="Q1 denial trends memo",
        body="Memo attached.",
        atts=(Att("Q1_denial_trends.docx", DOCX, docx([
            "Summit Anesthesia Billing - Q1 2026 denial trends",
            "CO-16 (missing anesthesia time) fell 38% after the record template change.",
            "CO-197 (no precertification) rose for TEE add-on codes with two commercial payers.",
            "Recommendation: verify auth for 93312/93355 at scheduling.",
        ])),),
    ),
]
