"""Riverbend Regional Medical Center laboratory outreach service: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import RRMC, Att, Spec

OUT = f"Riverbend Lab Outreach <outreach@{RRMC}>"
RES = f"Riverbend Lab Results <results@{RRMC}>"
BILL = f"Riverbend Lab Billing <labbilling@{RRMC}>"
CS = f"Riverbend Lab Client Services <labclientservices@{RRMC}>"
IFACE = f"Lab Interfaces <lis-interfaces@{RRMC}>"

SIG = "\n\n--\nRiverbend Regional Medical Center | Laboratory Outreach\n2200 Riverbend Pkwy, Columbus OH | 614-555-0142"

HL7_REAL = (
    "MSH|^~\\&|RBLIS|RIVERBEND|EPIC|MAPLEGROVE|202603091412||ORU^R01|RB260309-0117|P|2.5.1\r"
    "PID|1||M00731845^^^RRMC^MR||PANNEKOEK^WILLEM^J||19540722|M|||88 Dorset Ave^^Worthington^OH^43085\r"
    "OBR|1|MG55102|RB2603090117|80048^BASIC METABOLIC PANEL^CPT|||202603090745\r"
    "OBX|1|NM|2823-3^Potassium^LN||5.9|mmol/L|3.5-5.1|H|||F\r"
    "OBX|2|NM|2160-0^Creatinine^LN||2.41|mg/dL|0.70-1.30|H|||F\r"
)
HL7_TEST = (
    "MSH|^~\\&|RBLIS|RIVERBEND|ATHENA|OAKSHADE|202603101030||ORU^R01|TEST0001|T|2.5.1\r"
    "PID|1||ZZTEST0001^^^RRMC^MR||ZZTEST^INTERFACE^A||19000101|U\r"
    "OBR|1|TEST01|TEST01|85025^CBC^CPT|||202603101000\r"
    "OBX|1|NM|718-7^Hemoglobin^LN||99.9|g/dL|||||T\r"
)
X12_837 = (
    "ISA*00*          *00*          *ZZ*RIVERBENDLAB   *ZZ*CLEARPATHEDI   *260310*1015*^*00501*000004411*0*P*:~"
    "GS*HC*RIVERBENDLAB*CLEARPATHEDI*20260310*1015*4411*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*RIVERBEND REGIONAL MEDICAL CENTER LAB*****XX*1748293051~"
    "NM1*IL*1*ABERNETHY*COLLEEN****MI*BKW448812093~DMG*D8*19670314*F~"
    "CLM*RBL260305-22*148.00***81:B:1*Y*A*Y*Y~HI*ABK:E039*ABF:R5383~"
    "SV1*HC:84443*38.00*UN*1~SV1*HC:80053*110.00*UN*1~DTP*472*D8*20260305~SE*11*0001~GE*1*4411~IEA*1*000004411~"
)
X12_270_TEST = (
    "ISA*00*          *00*          *ZZ*RIVERBENDLAB   *ZZ*BUCKEYEHP      *260311*0900*^*00501*000000901*0*T*:~"
    "GS*HS*RIVERBENDLAB*BUCKEYEHP*20260311*0900*901*X*005010X279A1~ST*270*0001*005010X279A1~"
    "NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*BHP01~NM1*IL*1*TESTSUBSCRIBER*PAYERSUPPLIED****MI*TEST00000001~"
    "EQ*30~SE*6*0001~GE*1*901~IEA*1*000000901~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="critical potassium call-back confirmation to clinic",
        notes="Critical potassium and creatinine for a named patient with DOB sent to the clinic nurse line.",
        frm=RES,
        to="nurseline@maplegrovefamilymed.com",
        subject="Critical value documentation - call completed 14:12",
        body="Maple Grove team,\n\nPer CAP requirements, documenting the critical call:\n\nPatient: Willem Pannekoek, DOB 07/22/1954\nPotassium 5.9 mmol/L (H), creatinine 2.41 mg/dL\nCalled to: Renee (RN) at 14:12, read-back confirmed.\nOrdering: Dr. Amos Velde, NPI 1283746505" + SIG,
    ),
    Spec(
        phi=True,
        category="HL7 ORU resend to clinic interface team",
        notes="Hard positive: body names no one; the attached HL7 ORU carries patient name, MRN, DOB, address and abnormal renal results.",
        frm=IFACE,
        to="interfaces@maplegrovefamilymed.com",
        subject="Resend of message RB260309-0117",
        body="Hi Dev,\n\nYour engine NAK'd this one yesterday (segment length). Resending the file as-is, please drop it into your inbound folder and let me know if it files.\n\nThanks,\nKeisha - LIS interfaces",
        atts=(Att("RB260309-0117.hl7", "application/hl7-v2", HL7_REAL),),
    ),
    Spec(
        phi=False,
        category="HL7 test message for interface validation",
        notes="Hard negative: HL7 ORU with processing ID T and an obviously synthetic ZZTEST patient for go-live validation.",
        frm=IFACE,
        to="it-integration@oakshadepediatrics.com",
        subject="Oakshade go-live: test ORU for validation",
        body="Attached is the canned test ORU (processing ID = T, patient ZZTEST^INTERFACE, DOB 1900-01-01). It is not a real person. Please confirm it lands in your TEST environment and not PROD before we schedule cutover.\n\nKeisha Mbatha\nLIS Interface Analyst",
        atts=(Att("oakshade_test_oru.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="lipid panel result letter to patient",
        notes="Named patient's LDL/triglyceride results sent to her personal Gmail.",
        frm=RES,
        to="tamsin.orlov@gmail.com",
        subject="Your lab results from March 6",
        body="Dear Ms. Orlov,\n\nDr. Haddad asked us to send you your cholesterol results from March 6:\n\n  Total cholesterol 262 mg/dL\n  LDL 181 mg/dL (high)\n  HDL 41 mg/dL\n  Triglycerides 203 mg/dL (high)\n\nShe would like to discuss starting a statin at your visit on March 19." + SIG,
    ),
    Spec(
        phi=False,
        category="courier route change notice to client offices",
        notes="Operational courier pickup time change for client offices; no patient.",
        frm=OUT,
        to="office-managers@riverbendclients.org",
        subject="Courier pickup times change Monday 3/16",
        body="Hello all,\n\nStarting Monday 3/16 the north route (Worthington, Powell, Lewis Center) moves its afternoon pickup from 3:30 to 2:45 pm. Please have specimens in the lockbox by 2:30. Frozen specimens still need a call to dispatch at 614-555-0117.\n\nThank you,\nDarnell Fitch\nOutreach Logistics Supervisor",
    ),
    Spec(
        phi=True,
        category="headerless add-on test list CSV",
        notes="Hard positive: CSV with no header row lists patient names, birth dates and add-on tests.",
        frm=CS,
        to="lab@powellinternalmed.com",
        subject="add-ons from yesterday",
        body="Lena - these are the add-ons we could still do on yesterday's samples. Anything not on the list was past stability.\n\n- Marisol",
        atts=(Att("addons_0309.csv", "text/csv", "Okafor,Chidi,04/12/1961,TSH reflex FT4\nBrandt,Hollis,11/30/1948,Magnesium\nSeaver,June,02/07/1990,hCG quant\n"),),
    ),
    Spec(
        phi=False,
        category="turnaround time statistics workbook by client",
        notes="Hard negative: multi-sheet workbook of aggregate turnaround times and volumes per client and test; no individuals.",
        frm=OUT,
        to="qualitycommittee@riverbendrmc.org",
        subject="February outreach TAT dashboard",
        body="Attached is February. Median CBC TAT from receipt held at 38 min; the HbA1c backlog on 2/18 pushed 90th percentile to 9.2 h for that week.",
        atts=(Att("outreach_TAT_2026-02.xlsx", XLSX, xlsx({
            "By client": [["Client", "Specimens", "Median TAT (min)"], ["Maple Grove FM", 1840, 41], ["Powell IM", 1215, 44], ["Oakshade Peds", 602, 39]],
            "By test": [["Test", "Volume", "90th pct (h)"], ["CBC", 3120, 1.4], ["CMP", 2984, 2.1], ["HbA1c", 1406, 9.2]],
        })),),
    ),
    Spec(
        phi=True,
        category="X12 837 professional claim to clearinghouse",
        notes="837 batch with subscriber name, member ID, DOB, diagnosis codes and lab CPT codes.",
        frm=BILL,
        to="submissions@clearpathedi.com",
        subject="Batch 4411 - 837P outreach claims",
        body="Batch 4411 attached (1 claim, resubmission after diagnosis pointer fix). Please confirm 999 acceptance.\n\nRiverbend Lab Billing\nSubmitter ID RIVERBENDLAB",
        atts=(Att("RB_837P_4411.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="denied claim appeal note to payer by member ID",
        notes="Hard positive: no name, but a plan member ID, date of service and CPT/ICD codes tie the denial to one patient.",
        frm=BILL,
        to="provider-appeals@buckeyehealthplan.com",
        subject="Reconsideration - claim RBL260218-07",
        body="Claim RBL260218-07, member ID BKW5510287, DOS 02/18/2026.\nDenied CARC 50 for CPT 82306 (vitamin D). Dx submitted was E55.9 only; the ordering office has since sent E21.3 (hyperparathyroidism) which meets your policy LAB-114. Corrected claim to follow.\n\nTeri Vance, Lab Billing",
    ),
    Spec(
        phi=False,
        category="X12 270 eligibility test transaction with payer-supplied test subscriber",
        notes="Hard negative: 270 test file (usage indicator T) using the payer's published TESTSUBSCRIBER; no real member.",
        frm=BILL,
        to="edi-support@buckeyehealthplan.com",
        subject="270/271 connectivity test - Riverbend Lab",
        body="Hi EDI team,\n\nAttached is our test 270 using the test subscriber from your companion guide (TESTSUBSCRIBER / TEST00000001). Usage indicator is T. Can you confirm you received it and returned a 271?\n\nThanks, Teri",
        atts=(Att("rb_270_test.x12", "application/edi-x12", X12_270_TEST),),
    ),
    Spec(
        phi=True,
        category="patient statement for outreach lab services",
        notes="Statement PDF to patient's Yahoo with name, account number and the tests billed.",
        frm=BILL,
        to="gusfarrelly@yahoo.com",
        subject="Your Riverbend Lab statement",
        body="Mr. Farrelly,\n\nYour statement is attached. Your insurance paid its portion; $42.18 remains for the tests on 02/11. You can pay by phone at 614-555-0163.",
        atts=(Att("statement_RBL-88120475.pdf", "application/pdf", pdf([
            "RIVERBEND REGIONAL MEDICAL CENTER - LABORATORY BILLING", "Statement date 03/09/2026",
            "Angus Farrelly, 417 Hawthorne Ln, Gahanna OH 43230", "Account RBL-88120475",
            "02/11/2026  84153 PSA total  $31.00", "02/11/2026  81001 Urinalysis  $11.18", "Amount due: $42.18"], "Statement")),),
    ),
    Spec(
        phi=False,
        category="client fee schedule with CPT codes",
        notes="Hard negative: price list of lab tests with CPT codes for client offices; no patient.",
        frm=OUT,
        to="billing@powellinternalmed.com",
        subject="2026 client bill fee schedule",
        body="Attached is the 2026 client-bill fee schedule effective April 1. Changes are flagged with *.",
        atts=(Att("RRMC_client_fees_2026.pdf", "application/pdf", pdf([
            "RIVERBEND LAB OUTREACH - CLIENT FEE SCHEDULE 2026", "80053 Comprehensive metabolic panel  $14.50",
            "85025 CBC w/ diff  $8.75", "83036 Hemoglobin A1c  $11.00*", "87491 Chlamydia NAAT  $32.00", "87389 HIV-1/2 Ag/Ab  $18.25*"], "Fee schedule")),),
    ),
    Spec(
        phi=True,
        category="redraw confirmation with viral load in subject",
        notes="Hard positive: the subject carries patient surname and HIV-1 RNA test; body only confirms a redraw.",
        frm=CS,
        to="mweller@eastlandidclinic.org",
        subject="Re: Delgado - HIV-1 RNA quant redraw",
        body="Confirmed. Tube was received unspun past 6 h so we cancelled. He can come to the Elm St PSC any time tomorrow after 7; the order is already in.\n\nMarisol",
    ),
    Spec(
        phi=False,
        category="new test announcement with director bio",
        notes="Hard negative: announces an HCV RNA reflex test and the medical director's infectious disease background; no patient.",
        frm=OUT,
        to="clients@riverbendclients.org",
        subject="New: HCV antibody with reflex to RNA, single draw",
        body="Beginning March 23 you can order HCV antibody with automatic reflex to HCV RNA PCR on one 5 mL gold-top tube. No second visit needed for patients who screen reactive.\n\nQuestions go to our medical director, Dr. Priya Raman, board-certified in clinical pathology and infectious diseases, who led the hepatitis C elimination pilot at Ohio State." + SIG,
    ),
    Spec(
        phi=True,
        category="FHIR DiagnosticReport to health information exchange",
        notes="FHIR Bundle with a named patient, MRN and thyroid panel results.",
        frm=IFACE,
        to="feeds@centralohiohie.org",
        subject="Manual submission - DiagnosticReport RB-DR-55821",
        body="Our FHIR push failed on a 401 for this report; per your runbook, attaching it for manual load.",
        atts=(Att("RB-DR-55821.json", "application/fhir+json",
            '{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"p1","identifier":[{"system":"urn:oid:2.16.840.1.113883.3.4411","value":"M00918264"}],"name":[{"family":"Szabo","given":["Ilona"]}],"birthDate":"1979-09-14"}},{"resource":{"resourceType":"DiagnosticReport","status":"final","code":{"text":"Thyroid panel"},"subject":{"reference":"Patient/p1"},"conclusion":"TSH 0.02 mIU/L (low), free T4 3.1 ng/dL (high)"}}]}'),),
    ),
    Spec(
        phi=False,
        category="FHIR test catalogue bundle",
        notes="Hard negative: FHIR ObservationDefinition catalogue of orderable tests with LOINC and reference ranges; no Patient resource.",
        frm=IFACE,
        to="orders-team@oakshadepediatrics.com",
        subject="Test compendium (FHIR) for your order catalogue build",
        body="Here is the pediatric compendium extract as FHIR ObservationDefinitions, as requested for the catalogue build.",
        atts=(Att("rrmc_compendium_peds.json", "application/fhir+json",
            '{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"ObservationDefinition","code":{"coding":[{"system":"http://loinc.org","code":"5671-3","display":"Lead [Mass/volume] in Blood"}]},"qualifiedInterval":[{"range":{"high":{"value":3.5,"unit":"ug/dL"}}}]}},{"resource":{"resourceType":"ObservationDefinition","code":{"coding":[{"system":"http://loinc.org","code":"718-7","display":"Hemoglobin"}]}}}]}'),),
    ),
    Spec(
        phi=True,
        category="home draw appointment invite to patient's daughter",
        notes="Calendar invite to a relative's Hotmail for a homebound named patient's INR home draw at her street address.",
        frm=OUT,
        to="ksorensen.family@hotmail.com",
        subject="Home lab draw for your mother - Thursday",
        body="Hi Karin,\n\nAs discussed, our mobile phlebotomist will come to your mother's home Thursday morning for her INR check. Invite attached so it's on your calendar.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//Outreach//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:hd-260312-014@riverbendrmc.org\r\nDTSTART:20260312T130000Z\r\nDTEND:20260312T140000Z\r\nSUMMARY:Home draw - Greta Sorensen - INR (warfarin)\r\nLOCATION:1120 Kenbrook Dr, Worthington OH\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="staff meeting invite for CAP inspection prep",
        notes="Internal meeting invite about accreditation preparation; no patient.",
        frm=OUT,
        to="lab-leads@riverbendrmc.org",
        subject="CAP inspection prep huddle",
        body="Please hold 30 minutes for the checklist walkthrough.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//Outreach//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cap-prep-0313@riverbendrmc.org\r\nDTSTART:20260313T193000Z\r\nDTEND:20260313T200000Z\r\nSUMMARY:CAP prep - outreach specimen receipt checklist\r\nLOCATION:Lab conf room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="scanned requisition image named after patient",
        notes="Hard positive: the patient's name and draw date are only in the PNG file name of a requisition scan.",
        frm=CS,
        to="frontdesk@lewiscenterwomenshealth.com",
        subject="torn req - can you re-send?",
        body="Hi, the req for this one came in torn through the test section. Scan attached. Can you fax a clean copy? Specimen is holding in the fridge.",
        atts=(Att("requisition_Marchetti_Rosa_0309.png", "image/png", png(6, 4, (230, 230, 225))),),
    ),
    Spec(
        phi=False,
        category="logo image for client newsletter",
        notes="Logo PNG sent to a print vendor; no health information about anyone.",
        frm=OUT,
        to="orders@buckeyeprintworks.com",
        subject="Logo for spring client mailer",
        body="Attached is the outreach logo (PNG). 500 copies of the spring mailer, same stock as last year.\n\nDarnell",
        atts=(Att("rrmc_outreach_logo.png", "image/png", png(8, 8, (20, 70, 140))),),
    ),
    Spec(
        phi=True,
        category="rejected specimen letter to nursing home",
        notes="Hard positive: body is generic; the DOCX names the resident, DOB and hemolysed potassium sample requiring recollection.",
        frm=CS,
        to="don@brookhavenseniorliving.com",
        subject="Specimen rejection notice",
        body="Please see the attached rejection notice and arrange a recollection this week.",
        atts=(Att("rejection_notice_0310.docx", DOCX, docx([
            "Riverbend Laboratory Outreach - Specimen Rejection", "Resident: Harold Quennell  DOB 03/03/1936  Room 212",
            "Test: Basic metabolic panel (for potassium follow-up on spironolactone)", "Reason: gross hemolysis (H-index 4+)", "Please recollect by 03/13."])),),
    ),
    Spec(
        phi=False,
        category="specimen labelling policy with blank field examples",
        notes="Hard negative: policy DOCX showing label fields (Patient Name, MRN, DOB) as blanks; no real patient.",
        frm=OUT,
        to="clinicstaff@maplegrovefamilymed.com",
        subject="Updated specimen labeling policy LAB-OUT-012",
        body="Attached is revision 7 of the labeling policy. Two identifiers at the bedside are still required; the change is that handwritten labels must now include the collector's initials.",
        atts=(Att("LAB-OUT-012_rev7.docx", DOCX, docx([
            "LAB-OUT-012 Specimen Labeling (rev 7)", "Every tube must carry: Patient Name: __________  MRN or DOB: __________",
            "Collection date/time: ______  Collector initials: ___", "Unlabeled specimens are rejected without exception."])),),
    ),
    Spec(
        phi=True,
        category="forwarded add-on request to reference lab",
        notes="Hard positive: the outer mail is a bare FYI; the forwarded clinic message names the patient, MRN and the requested ANA add-on.",
        frm=CS,
        to="clientservices@quantalabsref.com",
        subject="FW: add-on request",
        body="FYI - can your lab take this add-on on the serum we sent up Monday? Clinic message below.",
        forward=Spec(
            phi=True, category="", notes="",
            frm="Dr. Joan Pike <jpike@powellinternalmed.com>",
            to=f"labclientservices@{RRMC}",
            subject="add-on request",
            body="Please add ANA with reflex and anti-CCP to Marcus Oyelaran's sample from 3/9, MRN M00644102. Suspect early RA.\n\nJoan",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded blood culture bottle shortage notice",
        notes="Hard negative: supplier backorder notice about blood culture bottles forwarded to clients; no patient.",
        frm=OUT,
        to="clients@riverbendclients.org",
        subject="FW: Backorder - aerobic blood culture bottles",
        body="Clients: please see the supplier notice below. Until April, send blood cultures only when clinically indicated and use one aerobic bottle per set for adults under 60 kg.",
        forward=Spec(
            phi=False, category="", notes="",
            frm="Customer Notices <notices@medsupplydirect.com>",
            to=f"purchasing@{RRMC}",
            subject="Backorder - aerobic blood culture bottles",
            body="Due to a resin supply disruption, aerobic blood culture bottles (cat. 442023) are on allocation at 60% of prior usage through April 30, 2026.",
        ),
    ),
    Spec(
        phi=True,
        category="zipped weekly results for nursing home residents",
        notes="Zip with a CSV of named residents, rooms and lab results for the facility's director of nursing.",
        frm=RES,
        to="don@brookhavenseniorliving.com",
        subject="Brookhaven weekly results 3/9",
        body="Weekly roll-up attached for Monday's draws. Two flagged results already called to your on-call nurse.",
        atts=(Att("brookhaven_0309.zip", "application/zip", zipped({"results_0309.csv": "resident,room,test,result,flag\nEdna Pruitt,104,Sodium,128 mmol/L,L\nWalter Kim,118,WBC,14.2 K/uL,H\nRuth Alvarado,121,TSH,2.1 mIU/L,\n"})),),
    ),
    Spec(
        phi=False,
        category="zipped blank client onboarding forms",
        notes="Zip of blank account setup and supply order forms for a new client; no patient.",
        frm=OUT,
        to="practicemanager@sunburyruralhealth.org",
        subject="Welcome - account setup packet",
        body="Welcome aboard! The zip has the account setup form, courier agreement and supply order form. Return the first two and we'll activate your account within 48 hours.\n\nDarnell",
        atts=(Att("RRMC_onboarding.zip", "application/zip", zipped({"account_setup.txt": "Practice name:\nTax ID:\nBilling contact:\n", "supply_order.txt": "Item / qty\nGold SST 5 mL:\nLavender 4 mL:\n"})),),
    ),
    Spec(
        phi=True,
        category="terse INR alert to anticoagulation pharmacist",
        notes="Hard positive: initials plus MRN and a critical INR in one terse line.",
        frm=RES,
        to="anticoag@maplegrovefamilymed.com",
        subject="INR alert",
        body="Pt J.W. (MRN M00482217) INR 5.9 - Dr. Velde notified 14:10, holding tonight's dose.",
    ),
    Spec(
        phi=False,
        category="supply purchase order with SSN-shaped number",
        notes="Hard negative: a supplier PO number formatted like an SSN in a supply order; no person or health information.",
        frm=OUT,
        to="orders@medsupplydirect.com",
        subject="PO 418-22-7315 - courier coolers",
        body="Please ship against PO 418-22-7315:\n  12 x insulated courier cooler, 18 qt\n  40 x gel packs\nShip to Riverbend Outreach dock 3.\n\nPurchasing ref 418-22-7315",
    ),
    Spec(
        phi=True,
        category="financial assistance referral with SSN to county program",
        notes="Patient name, SSN and unpaid lab charges sent to a county indigent care programme.",
        frm=BILL,
        to="intake@franklincountycarefund.org",
        subject="Indigent care referral - lab charges",
        body="Referral for lab charges under the county care fund:\n\nName: Henry Voss\nSSN: 231-58-4407\nDOB: 06/19/1971\nCharges: $612.40 (hepatic function panel, hepatitis B surface antigen, 01/27/2026)\nIncome documentation attached separately via your portal.\n\nTeri Vance",
    ),
    Spec(
        phi=False,
        category="patient service centre holiday hours",
        notes="Holiday hours of draw sites for client offices; no patient.",
        frm=OUT,
        to="frontdesks@riverbendclients.org",
        subject="PSC hours - Good Friday",
        body="All Riverbend patient service centers close at noon on Good Friday (April 3). The hospital draw station stays open 24/7.",
    ),
    Spec(
        phi=False,
        category="HTML newsletter on vitamin D test stewardship",
        notes="HTML-only client newsletter on vitamin D ordering guidance; no individual.",
        frm=OUT,
        to="clients@riverbendclients.org",
        subject="Lab Notes: vitamin D - when to test",
        body="",
        html="<html><body><h2>Lab Notes - March</h2><p>Routine 25-OH vitamin D screening in healthy adults is not recommended. Consider testing for osteoporosis, malabsorption, CKD stage 3+, or patients on anticonvulsants.</p><p>Riverbend Laboratory Outreach</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML result notification to patient",
        notes="HTML-only mail to patient's Gmail naming her and giving her HbA1c.",
        frm=RES,
        to="angela.brooks.oh@gmail.com",
        subject="Your results are ready",
        body="",
        html="<html><body><p>Hello Angela Brooks,</p><p>Your hemoglobin A1c from 03/06/2026 is <b>6.9%</b> (goal under 7%). Dr. Haddad will review at your next visit.</p><p>Riverbend Lab Results</p></body></html>",
    ),
    Spec(
        phi=False,
        category="proficiency testing results submission",
        notes="Hard negative: CAP proficiency-testing sample IDs and results; survey specimens, not patients.",
        frm=OUT,
        to="lab-quality@riverbendrmc.org",
        subject="CAP C-A 2026 results - outreach analyzer",
        body="Results keyed for CAP survey C-A 2026 (outreach Atellica):\nCHM-01 glucose 98 mg/dL\nCHM-02 glucose 241 mg/dL\nCHM-03 creatinine 3.42 mg/dL\nAll within peer range. Attestation needs Dr. Raman's signature by 3/20.",
    ),
    Spec(
        phi=True,
        category="Medicare advance beneficiary notice to patient",
        notes="Named Medicare patient's MBI and non-covered vitamin D test sent to her AOL mailbox.",
        frm=BILL,
        to="dottie.kerrigan@aol.com",
        subject="Advance Beneficiary Notice - please sign",
        body="Mrs. Kerrigan,\n\nMedicare may not pay for the vitamin D test Dr. Pike ordered (diagnosis Z13.89 is a screening code). Please review the ABN and let us know your choice.\n\nBeneficiary: Dorothy Kerrigan\nMBI: 3HN7-WQ2-RP48\nTest: 82306 25-OH vitamin D, est. $41.00" + SIG,
    ),
    Spec(
        phi=False,
        category="courier driver job posting",
        notes="Job posting for a specimen courier; no patient.",
        frm=OUT,
        to="jobs@columbusjobboard.com",
        subject="Posting: Lab Courier (full time, days)",
        body="Riverbend Regional Medical Center seeks a Laboratory Courier. Duties: scheduled specimen pickups across 40 client offices, temperature logging, chain-of-custody. Valid Ohio license, clean driving record. $19.50/h plus mileage.",
    ),
    Spec(
        phi=True,
        category="courier specimen manifest text file",
        notes="Hard positive: body is routine; the TXT manifest lists patient names with tests picked up.",
        frm=OUT,
        to="dispatch@riverbendrmc.org",
        cc="frontdesk@sunburyruralhealth.org",
        subject="Sunbury manifest - missing bag",
        body="Manifest shows 4 bags, driver scanned 3. Sunbury, can you check your lockbox?",
        atts=(Att("sunbury_manifest_0310.txt", "text/plain", "SUNBURY RURAL HEALTH  03/10 14:52\nBAG 1  Leavitt, Thomas  CMP, lipid\nBAG 2  Iyer, Sunita  urine culture\nBAG 3  Cobb, Delores  PT/INR\nBAG 4  Wendt, Arlo  PSA\n"),),
    ),
    Spec(
        phi=False,
        category="de-identified result extract for quality study",
        notes="Hard negative: CSV with age bands, test names and results only, stated de-identified under Safe Harbor.",
        frm=OUT,
        to="research@riverbendrmc.org",
        subject="De-identified HbA1c extract for the QI project",
        body="Safe Harbor de-identified extract (no names, dates reduced to year, ages banded, ZIP3 only). Approved under QI determination 2026-014.",
        atts=(Att("a1c_deid_2025.csv", "text/csv", "year,age_band,zip3,test,result\n2025,40-49,430,HbA1c,7.4\n2025,60-69,432,HbA1c,6.1\n2025,70-79,430,HbA1c,8.8\n"),),
    ),
]
