"""StomaPath Supply (ostomy supply company): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

CARE = "StomaPath Customer Care <care@stomapathsupply.com>"
SIG = "\n\nStomaPath Supply, Inc.\n1850 Commerce Pkwy, Unit 4, Columbus, OH 43230\n(614) 555-0140 | Mon-Fri 8-6 ET"

MESSAGES = [
    Spec(
        phi=True,
        category="order shipped confirmation with ostomy products",
        notes="Shipping confirmation to a customer's gmail naming him and listing colostomy pouches and barrier rings.",
        frm="StomaPath Orders <orders@stomapathsupply.com>",
        to="walt.brennerman@gmail.com",
        subject="Your order #SP-448172 has shipped",
        body="Hi Walter Brennerman,\n\nYour monthly order shipped today via UPS (1Z88A4W70341186620):\n\n- Closed-end colostomy pouch, 1-piece, cut-to-fit up to 64 mm x 60\n- Eakin barrier seal x 10\n- Adhesive remover spray x 2\n\nBilled to Medicare Part B; your copay is $18.42."
        + SIG,
    ),
    Spec(
        phi=False,
        category="product catalog update to distributors",
        notes="Hard negative: product catalog update listing ostomy and urostomy products; products are not patient information.",
        frm="Product Team <products@stomapathsupply.com>",
        to="partners@midwestmedicaldist.com",
        subject="Catalog update: new convex barriers",
        body="New for June: soft convex one-piece drainable pouch (sizes 25-45 mm), urostomy night drainage bag with anti-reflux valve, and a hernia support belt in XS-3XL. Price list attached.",
        atts=(
            Att(
                "StomaPath_price_list_June2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "STOMAPATH SUPPLY - DISTRIBUTOR PRICE LIST JUNE 2026",
                        "SP-1D-CVX25  Soft convex drainable pouch 25 mm  box/10  $48.00",
                        "SP-URO-NDB   Urostomy night drainage bag 2000 mL  box/10  $31.50",
                        "SP-HB-XL     Hernia support belt XL  each  $39.00",
                    ],
                    "Price list",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="insurance eligibility 270 inquiry for customer",
        notes="Hard positive: X12 270 eligibility inquiry with the customer's name, DOB and member ID for DME ostomy supplies.",
        frm="Billing <billing@stomapathsupply.com>",
        to="edi@availityconnect-gw.com",
        subject="270 batch resend",
        body="Resending the one 270 that timed out.",
        atts=(
            Att(
                "270_SP0512.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*STOMAPATH      *ZZ*AVAILITY       *260512*0801*^*00501*000000517*0*P*:~\n"
                "ST*270*0001*005010X279A1~\n"
                "NM1*PR*2*ANTHEM BCBS OHIO*****PI*00834~\n"
                "NM1*1P*2*STOMAPATH SUPPLY*****XX*1477300051~\n"
                "NM1*IL*1*PETTIGREW*CORINNE****MI*YRB771204455~\n"
                "DMG*D8*19690311*F~\n"
                "EQ*12~\n"
                "SE*7*0001~\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="warehouse staff safety notice",
        notes="Staff notice about forklift training; workforce only.",
        frm="Warehouse Ops <warehouse@stomapathsupply.com>",
        to="warehouse-team@stomapathsupply.com",
        subject="Forklift recertification",
        body="All forklift operators must recertify by June 15. Sessions Tuesdays 2-4 PM in Bay C. Sign up with Marcus Lee.",
    ),
    Spec(
        phi=True,
        category="forwarded physician order for urostomy supplies",
        notes="Hard positive: forwarded rfc822 physician order with the customer's name, DOB and urostomy after bladder cancer cystectomy.",
        frm="Intake <intake@stomapathsupply.com>",
        to="verification@stomapathsupply.com",
        subject="FW: order from Dr. Samuels",
        body="Please verify coverage on the forwarded order before we ship.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Columbus Urology Associates <nurse@columbusurology.com>",
            to="intake@stomapathsupply.com",
            subject="Supply order",
            body="Order for Leonard Szymanski, DOB 06/17/1952, 2245 Grandview Ave, Columbus OH 43212. Ileal conduit urostomy after radical cystectomy for bladder cancer 04/2026. Urostomy pouch 1-piece 32 mm x 20/month, night drainage bag x 4/month. Dr. Ira Samuels.",
        ),
    ),
    Spec(
        phi=False,
        category="HTML marketing email without condition segmentation",
        notes="Hard negative: HTML-only general promotion of free samples to all newsletter subscribers; not segmented by condition and names no one.",
        frm="StomaPath Supply <news@stomapathsupply.com>",
        to="newsletter@lists.stomapathsupply.com",
        subject="Try before you buy: free samples",
        body="",
        html='<html><body><h2>Free sample program</h2><p>Not sure which pouch fits best? Request up to three free samples of our one-piece and two-piece systems. Our certified ostomy nurses (WOC nurses) can help you choose.</p><p><a href="https://stomapathsupply.com/samples">Request samples</a></p></body></html>',
    ),
    Spec(
        phi=True,
        category="HTML reorder reminder naming customer and stoma size",
        notes="Hard positive: HTML-only reorder reminder to a customer's yahoo naming her, her ileostomy pouch and stoma size.",
        frm="StomaPath Reminders <reminders@stomapathsupply.com>",
        to="bea.ostrander@yahoo.com",
        subject="Time to reorder",
        body="",
        html="<html><body><p>Hi Beatrice Ostrander,</p><p>It's been 28 days since your last shipment of <b>high-output ileostomy pouches (38 mm)</b> and barrier strips. Reply YES to ship the same order, or call us at (614) 555-0140.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="patient SSN in Medicaid enrollment fax cover",
        notes="Hard positive: Medicaid supplier paperwork email with a customer's SSN, name and colostomy supply order.",
        frm="Billing <billing@stomapathsupply.com>",
        to="provider.services@ohiomedicaid-mco.com",
        subject="Missing SSN on PA request 26-04471",
        body="You asked for the recipient's SSN to match the prior authorization:\n\nRecipient: Darnell Whitcombe\nSSN: 367-20-8815\nMedicaid ID 112408836271\nItems: A4416 colostomy pouch with filter x 60/month (over limit; high output, peristomal hernia).\n\nStomaPath Billing",
    ),
    Spec(
        phi=False,
        category="HCPCS utilization limits reference table",
        notes="Hard negative: reference table of HCPCS ostomy codes and Medicare monthly limits; no patient.",
        frm="Billing <billing@stomapathsupply.com>",
        to="cs-team@stomapathsupply.com",
        subject="Cheat sheet: ostomy HCPCS limits",
        body="For the new reps, the usual Medicare monthly limits:\n\nA4416 closed pouch w/ filter: 60\nA4414 barrier with flange: 20\nA4385 extended wear barrier: 20\nA5083 stoma cap: 31\nA4357 bedside drainage bag (urostomy): 2\n\nAnything above needs documentation from the doctor.",
    ),
    Spec(
        phi=True,
        category="multi-sheet monthly shipments to hospital partner",
        notes="Multi-sheet workbook of discharged patients set up for supplies with names, stoma types and ship dates sent to the surgical group.",
        frm="Partner Services <partners@stomapathsupply.com>",
        to="rcastillo@keystonecolorectal.com",
        subject="May new starts",
        body="Renee, here are your May referrals and their status.",
        atts=(
            Att(
                "Keystone_new_starts_May.xlsx",
                XLSX,
                xlsx(
                    {
                        "Shipped": [
                            ["Patient", "Stoma", "First ship", "Payer"],
                            ["Lindqvist, Harriet", "End colostomy", "2026-05-13", "Medicare"],
                            ["Farraday, Eugene", "Ileostomy", "2026-05-14", "Medicare"],
                        ],
                        "Pending": [
                            ["Patient", "Reason"],
                            ["Huang, Lily", "Waiting on Aetna auth"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="multi-sheet sales by region workbook",
        notes="Sales by region and SKU; aggregate business data.",
        frm="Finance <finance@stomapathsupply.com>",
        to="leadership@stomapathsupply.com",
        subject="April sales",
        body="April sales workbook attached.",
        atts=(
            Att(
                "sales_april_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "ByRegion": [
                            ["Region", "Units", "Revenue"],
                            ["Midwest", 48210, 612400.0],
                            ["Northeast", 39150, 508900.0],
                        ],
                        "BySKU": [["SKU", "Units"], ["SP-1D-CVX25", 8100], ["SP-URO-NDB", 2200]],
                        "Customers": [
                            ["Metric", "Value"],
                            ["Active customers", 11842],
                            ["New starts", 611],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="customer complaint reply about leaking pouches",
        notes="Reply to a customer's outlook address naming him, his leaking urostomy pouches and the replacement shipment.",
        frm=CARE,
        to="tomas.reyes.cbus@outlook.com",
        subject="RE: bags leaking",
        body="Dear Tomas Reyes,\n\nI'm sorry your urostomy pouches from lot 26-0412 have been leaking at the tap. We are sending a replacement box of 10 at no cost and a sample of the convex version, which often seals better around a retracted stoma. Our WOC nurse Linda can call you; what time works?\n\nShannon\nCustomer Care"
        + SIG,
    ),
    Spec(
        phi=False,
        category="lot recall notice to distributors",
        notes="Hard negative: product lot recall notice with lot numbers and a defect description; no customer named.",
        frm="Quality & Regulatory <quality@stomapathsupply.com>",
        to="distributors@lists.stomapathsupply.com",
        subject="Voluntary recall: urostomy pouch lot 26-0412",
        body="StomaPath is voluntarily recalling lot 26-0412 of SP-URO-1P32 (urostomy pouch, 32 mm) because the drain tap may not close fully. Please quarantine remaining stock and return it with form QR-7. No injuries have been reported.",
        atts=(
            Att(
                "recall_lot_26-0412.txt",
                "text/plain",
                "RECALL NOTICE\nProduct: SP-URO-1P32 urostomy pouch 32 mm\nLot: 26-0412\nIssue: drain tap may not close fully\nAction: quarantine and return\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="WOC nurse consult notes docx",
        notes="Hard positive: DOCX consult notes from the supplier's WOC nurse with a customer's name and peristomal skin breakdown, sent to the prescriber.",
        frm="Linda Marsh RN CWOCN <lmarsh@stomapathsupply.com>",
        to="pkessler@harborviewgi.com",
        subject="Consult notes for your patient",
        body="Dr. Kessler, my video consult notes are attached. I recommend a convex barrier; can you sign the attached change order?",
        atts=(
            Att(
                "WOC_consult_Okafor.docx",
                DOCX,
                docx(
                    [
                        "StomaPath Supply - WOC Nurse Consult",
                        "Customer: Benedict Okafor   DOB 09/12/1964",
                        "Stoma: end ileostomy (Crohn's), 28 mm, retracted at 6 o'clock",
                        "Findings: irritant dermatitis 2 cm around stoma from leakage under the barrier.",
                        "Plan: soft convex barrier, barrier ring, stoma powder crusting; recheck in 2 weeks.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="WOC nurse webinar invitation",
        notes="Event invitation to a clinician webinar about peristomal skin care; no patient.",
        frm="Clinical Education <education@stomapathsupply.com>",
        to="woc-nurses@ohio-wocn-chapter.org",
        subject="Webinar: managing peristomal hernia",
        body="Join our free 1-hour webinar (1.0 CE). Speaker: Linda Marsh, RN, CWOCN.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//StomaPath//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:webinar-20260604@stomapathsupply.com\r\nDTSTAMP:20260512T140000Z\r\nDTSTART:20260604T230000Z\r\nDTEND:20260605T000000Z\r\nSUMMARY:Webinar - managing peristomal hernia (1.0 CE)\r\nLOCATION:https://webinar.stomapathsupply.com/hernia\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="customer ID and product only in subject line",
        notes="Hard positive: the subject line carries the customer number, name and 'colostomy irrigation kit' while the body is a generic courier note; name plus product reveals care.",
        frm="Shipping <shipping@stomapathsupply.com>",
        to="dispatch@buckeyecourier.com",
        subject="Redeliver cust 6610442 Mabel Hostetler - colostomy irrigation kit",
        body="Please reattempt delivery tomorrow; the customer will be home after 1 PM. Leave at side door if no answer.",
    ),
    Spec(
        phi=False,
        category="courier contract rate sheet",
        notes="Courier rate sheet negotiation; business mail.",
        frm="Shipping <shipping@stomapathsupply.com>",
        to="accounts@buckeyecourier.com",
        subject="2026-27 rates",
        body="We accept zone 1-3 same-day at $11.40/stop and residential surcharge $2.10. Please send the updated agreement.",
    ),
    Spec(
        phi=True,
        category="CSV auto-ship list to fulfillment partner",
        notes="Hard positive: CSV of customers' names, addresses and ostomy product SKUs sent to a fulfillment contractor; products reveal ostomies.",
        frm="Fulfillment <fulfillment@stomapathsupply.com>",
        to="ops@packrightfulfillment.com",
        subject="Overflow auto-ship 0513",
        body="Overflow orders for you to pick and pack today. Labels on the portal.",
        atts=(
            Att(
                "autoship_overflow_0513.csv",
                "text/csv",
                "cust,name,address,sku,qty\n6610218,Irene Kowalski,44 Maple Dr Dublin OH 43017,SP-2P-DRN57,20\n6610355,Horace Bell,910 Elm St Westerville OH 43081,SP-URO-1P32,20\n6610479,Anita Desai,7 Ravine Ct Powell OH 43065,SP-IRR-KIT,1\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CSV inventory count by warehouse",
        notes="Inventory CSV by warehouse and SKU; no customers.",
        frm="Warehouse Ops <warehouse@stomapathsupply.com>",
        to="planning@stomapathsupply.com",
        subject="Cycle count results",
        body="Cycle count results attached.",
        atts=(
            Att(
                "cycle_count_0512.csv",
                "text/csv",
                "warehouse,sku,system,counted\nCMH1,SP-1D-CVX25,1200,1188\nCMH1,SP-URO-NDB,640,640\nIND2,SP-HB-XL,85,83\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="delivery photo of package label",
        notes="Hard positive: PNG photo of a damaged package whose file name carries the customer's name and product 'ostomy pouches'; body names the customer.",
        frm="Customer Care <care@stomapathsupply.com>",
        to="claims@buckeyecourier.com",
        subject="Damage claim for cust 6610501",
        body="Customer Gail Pruett (cust 6610501) received this box crushed; her ostomy pouches were damaged. Photo attached. Please process the claim.",
        atts=(
            Att(
                "Pruett_Gail_ostomy_pouches_damaged_box.png", "image/png", png(6, 4, (140, 110, 70))
            ),
        ),
    ),
    Spec(
        phi=False,
        category="proof image of new packaging",
        notes="PNG mock-up of new box packaging for design approval; no patient.",
        frm="Marketing <marketing@stomapathsupply.com>",
        to="studio@brightprintdesign.com",
        subject="Box proof approved",
        body="The attached proof is approved. Plain outer box with no product wording, as discussed for customer privacy.",
        atts=(Att("box_proof_v4.png", "image/png", png(8, 5, (230, 230, 225))),),
    ),
    Spec(
        phi=True,
        category="prior auth denial appeal letter pdf",
        notes="PDF appeal letter with the customer's name, member ID and the medical need for extra pouches due to high-output ileostomy.",
        frm="Appeals <appeals@stomapathsupply.com>",
        to="appeals@medmutualohio.com",
        subject="Appeal - claim 26-775102",
        body="Appeal letter attached with the physician statement.",
        atts=(
            Att(
                "appeal_26-775102.pdf",
                "application/pdf",
                pdf(
                    [
                        "STOMAPATH SUPPLY - APPEAL OF DENIED QUANTITY",
                        "Member: Clifford Nwachukwu   ID MMO550128841   DOB 08/19/1971",
                        "Item: A4414 drainable pouch, 30/month requested (limit 20)",
                        "Reason: high-output ileostomy (1.8 L/day) after small bowel resection; pouch changes every day.",
                        "Physician statement from Dr. Andrei Pasternak enclosed.",
                    ],
                    "Appeal",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="template appeal letter with placeholders",
        notes="Hard negative: appeal letter template with placeholders ([MEMBER NAME], [DOB]) for staff; blank form.",
        frm="Appeals <appeals@stomapathsupply.com>",
        to="billing-team@stomapathsupply.com",
        subject="New appeal template",
        body="Use this template from now on for quantity-limit denials.",
        atts=(
            Att(
                "appeal_template_quantity.docx",
                DOCX,
                docx(
                    [
                        "StomaPath Supply - Appeal of Denied Quantity (TEMPLATE)",
                        "Member: [MEMBER NAME]   ID [MEMBER ID]   DOB [DOB]",
                        "Item: [HCPCS] [DESCRIPTION], [QTY]/month requested",
                        "Reason: [CLINICAL REASON FROM PHYSICIAN NOTE]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of delivery proofs for audit",
        notes="Hard positive: zip of proof-of-delivery records with customers' names, addresses and HCPCS ostomy codes sent to a Medicare audit contractor.",
        frm="Compliance <compliance@stomapathsupply.com>",
        to="adr.responses@dme-mac-audit.com",
        subject="ADR response 2026-0093",
        body="Documentation for ADR 2026-0093 attached.",
        atts=(
            Att(
                "ADR_2026-0093.zip",
                "application/zip",
                zipped(
                    {
                        "POD_1.txt": "Delivered 03/02/2026 to Ernestine Loomis, 301 Oak St, Newark OH 43055. A4416 x 60, A4385 x 20. Signed E. Loomis.",
                        "POD_2.txt": "Delivered 03/30/2026 to Ernestine Loomis. A4416 x 60. Signed by daughter R. Loomis.",
                        "order.txt": "Standard written order: colostomy status Z93.3, Dr. Helen Pratt.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of SOP documents for auditor",
        notes="Zip of standard operating procedures for an accreditation audit; policies only.",
        frm="Compliance <compliance@stomapathsupply.com>",
        to="surveyor@achc-accreditation.org",
        subject="SOPs requested",
        body="The requested SOPs are in the attached zip.",
        atts=(
            Att(
                "StomaPath_SOPs.zip",
                "application/zip",
                zipped(
                    {
                        "SOP-12_complaints.txt": "Complaints are logged within 1 business day and resolved within 14.",
                        "SOP-19_privacy.txt": "Customer records are accessed on a need-to-know basis.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="txt call log export with customer health notes",
        notes="Text call log with customer names, phones and notes about hernia and skin irritation, sent to a temp agency supervisor.",
        frm="Call Center Lead <cclead@stomapathsupply.com>",
        to="supervisor@tempstaffcolumbus.com",
        subject="Callbacks for your team",
        body="Your temps can work these callbacks tomorrow.",
        atts=(
            Att(
                "callbacks_0513.txt",
                "text/plain",
                "CALLBACKS 05/13\nRoland Voss 614-555-0181 - new parastomal hernia, wants belt sizing\nHelga Brandt 614-555-0182 - skin irritation under barrier, send powder sample\nCyrus Mehta 614-555-0183 - switching to urostomy night bag\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="board meeting minutes with aggregate",
        notes="Hard negative: board minutes citing customer counts and complaint rates; aggregate only.",
        frm="Corporate Secretary <corpsec@stomapathsupply.com>",
        to="board@stomapathsupply.com",
        subject="Draft minutes - May 7 board meeting",
        body="Draft minutes:\n\n1. CEO report: 11,842 active customers (+6% YoY); colostomy 52%, ileostomy 33%, urostomy 15%.\n2. Quality: complaint rate 0.4 per 1,000 shipments; one voluntary recall (lot 26-0412).\n3. Approved: Indianapolis warehouse lease.\n\nPlease send corrections by May 20.",
    ),
    Spec(
        phi=True,
        category="reply to caregiver about mother's supplies",
        notes="Reply to a caregiver's aol mailbox naming her mother, her urostomy supplies and her Medicare billing.",
        frm=CARE,
        to="jeanne.tibbets@aol.com",
        subject="RE: Mom's order",
        body="Hi Jeanne,\n\nYour mother Ruth Tibbets' urostomy order is on hold because Medicare needs a new order from her urologist (the last one expired April 30). I faxed Dr. Samuels' office today. As soon as it's back we will ship overnight.\n\nShannon"
        + SIG,
    ),
    Spec(
        phi=False,
        category="general product question reply to personal mailbox",
        notes="Hard negative: answer to a home health nurse's icloud address asking whether pouches are latex-free; product information only, no patient or writer's health.",
        frm=CARE,
        to="d.kiernan@icloud.com",
        subject="RE: latex question",
        body="Hello,\n\nThank you for asking on behalf of your home health agency. Yes, all StomaPath pouches and barriers are latex-free. Our adhesive remover is alcohol-free. The product data sheets are on our website.\n\nCustomer Care"
        + SIG,
    ),
    Spec(
        phi=True,
        category="ostomy association member referral with name",
        notes="Hard positive: referral to a local ostomy support visitor program naming a new customer and her recent colostomy, with her phone.",
        frm="Linda Marsh RN CWOCN <lmarsh@stomapathsupply.com>",
        to="visitor.program@columbusostomyassoc.org",
        subject="New visitor request",
        body="Hi Carol, Margaret Ellery (614-555-0186) would like a peer visitor. She's 58, had a colostomy three weeks ago after rectal cancer surgery and is struggling with going out. She said mornings are best.\n\nLinda",
    ),
    Spec(
        phi=False,
        category="donation of expired stock to charity",
        notes="Business mail about donating short-dated stock; no patient.",
        frm="Operations <ops@stomapathsupply.com>",
        to="donations@ostomysupplyaid.org",
        subject="Donation: 40 cases short-dated stock",
        body="We can donate 40 cases of one-piece drainable pouches (exp 10/2026). Pickup from our Columbus dock any weekday.",
    ),
    Spec(
        phi=False,
        category="vendor invoice for adhesive raw materials",
        notes="Hard negative: supplier invoice dispute with an SSN-shaped PO reference and lot numbers; no person's health data.",
        frm="Accounts Payable <ap@stomapathsupply.com>",
        to="ar@hydrocolloidtech.com",
        subject="Invoice INV-20418 / PO 529-31-7740",
        body="Hi,\n\nInvoice INV-20418 (PO 529-31-7740) bills 2,400 kg of hydrocolloid compound; the receiving report shows 2,200 kg. Please credit 200 kg ($5,120.00).\n\nThanks,\nAP",
    ),
    Spec(
        phi=False,
        category="HTML privacy notice update to customers",
        notes="HTML-only notice of privacy practices update sent to all customers; policy text, no individual.",
        frm="StomaPath Privacy Office <privacy@stomapathsupply.com>",
        to="customers@lists.stomapathsupply.com",
        subject="Updated Notice of Privacy Practices",
        body="",
        html="<html><body><p>We have updated our Notice of Privacy Practices effective June 1, 2026. It explains how we use your health information to fill orders and bill your insurance, and your right to request a copy of your records. Read it at stomapathsupply.com/privacy.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="FHIR device request sent to vendor",
        notes="FHIR DeviceRequest with a customer's name and colostomy supply order sent to the billing software vendor for troubleshooting.",
        frm="IT <it@stomapathsupply.com>",
        to="support@dmebillingcloud.com",
        subject="Ticket 55812 - sample resource",
        body="Here's the resource that caused the crash, as you asked.",
        atts=(
            Att(
                "devicerequest_55812.json",
                "application/json",
                '{"resourceType": "DeviceRequest", "id": "sp-55812", "status": "active", '
                '"codeCodeableConcept": {"text": "Colostomy pouch, closed, with filter (A4416) x 60 per month"}, '
                '"subject": {"reference": "Patient/6610442", "display": "Mabel Hostetler"}, '
                '"reasonCode": [{"text": "Z93.3 Colostomy status"}], "authoredOn": "2026-05-02"}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface test with fictional patient",
        notes="Hard negative: HL7 test message with the obviously fictional patient ZZTEST^DONOTUSE for interface validation.",
        frm="IT <it@stomapathsupply.com>",
        to="interfaces@keystonecolorectal.com",
        subject="Test message for validation",
        body="Test ADT from our side with the dummy patient. Please confirm you can parse it.",
        atts=(
            Att(
                "test_ADT.hl7",
                "application/octet-stream",
                "MSH|^~\\&|SPS_ORD|STOMAPATH|KCS_EHR|KEYSTONE|202605121400||ACK^A04|SPTEST1|T|2.5.1\r"
                "PID|1||TEST0000^^^SPS^MR||ZZTEST^DONOTUSE||19000101|U\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded vendor shipping delay notice",
        notes="Hard negative: forwarded manufacturer notice about a resin shortage delaying production; no customer.",
        frm="Purchasing <purchasing@stomapathsupply.com>",
        to="leadership@stomapathsupply.com",
        subject="FW: supply delay",
        body="FYI, see below. We have 6 weeks of safety stock on the affected SKUs.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Polyfilm Manufacturing <sales@polyfilmmfg.com>",
            to="purchasing@stomapathsupply.com",
            subject="Supply delay",
            body="Due to a resin shortage, multilayer odor-barrier film shipments will be delayed 3-4 weeks. We will update you weekly.",
        ),
    ),
    Spec(
        phi=True,
        category="returned-goods note revealing stoma reversal",
        notes="Hard positive: returns note to a customer's hotmail naming him and confirming unused pouches are refunded because his ileostomy was reversed.",
        frm=CARE,
        to="gordy.pham@hotmail.com",
        subject="RE: return",
        body="Hi Gordon Pham,\n\nCongratulations on your reversal surgery! Since your ileostomy has been closed, we've cancelled your auto-ship and will refund the 2 unopened boxes once they arrive. Return label attached to your account.\n\nCustomer Care"
        + SIG,
    ),
]
