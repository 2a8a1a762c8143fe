"""GlucoLink Supply (continuous glucose monitor distributor / DME supplier): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

GL = "GlucoLink Supply <orders@glucolinksupply.com>"
FOOT = "\n\nGlucoLink Supply, Inc.\n915 Commerce Loop, Salt Lake City, UT 84104\n(801) 555-0160 | Mon-Fri 7am-7pm MT"

X270 = (
    "ISA*00*          *00*          *ZZ*GLUCOLINK      *ZZ*UTAHCAREPLAN   *260511*0915*^*00501*000002214*0*P*:~"
    "GS*HS*GLUCOLINK*UTAHCAREPLAN*20260511*0915*2214*X*005010X279A1~"
    "ST*270*2214*005010X279A1~"
    "BHT*0022*13*GL2214*20260511*0915~"
    "NM1*PR*2*UTAH CARE PLAN*****PI*87726~"
    "NM1*1P*2*GLUCOLINK SUPPLY*****XX*1629047113~"
    "NM1*IL*1*HOLLOWAY*BRYCE****MI*UCP40918277~"
    "DMG*D8*20110709*M~"
    "EQ*12~"
    "SE*9*2214~GE*1*2214~IEA*1*000002214~"
)

X271 = (
    "ISA*00*          *00*          *ZZ*UTAHCAREPLAN   *ZZ*GLUCOLINK      *260511*0917*^*00501*000002215*0*P*:~"
    "GS*HB*UTAHCAREPLAN*GLUCOLINK*20260511*0917*2215*X*005010X279A1~"
    "ST*271*2215*005010X279A1~"
    "NM1*IL*1*AGUILAR*PAULINA****MI*UCP50238814~"
    "DMG*D8*19880215*F~"
    "EB*1*IND*12**DME COVERAGE~"
    "MSG*CGM SUPPLIES REQUIRE PRIOR AUTH - DX E10 ON FILE~"
    "SE*6*2215~GE*1*2215~IEA*1*000002215~"
)

HL7 = (
    "MSH|^~\\&|GLS_ORDERS|GLUCOLINK|CHEDC_EHR|CEDARHOLLOW|20260512083000||ORM^O01|GLS-ORM-55120|P|2.5.1\r"
    "PID|1||GLS-C-300871^^^GLS^PI||Marchetti^Lucia||19930510|F|||417 W Vine St^^Murray^UT^84107||801-555-0172\r"
    "ORC|SC|GLS-55120||||||||||1629047121^Delacroix^Simone\r"
    "OBR|1|GLS-55120||A4239^CGM supply allowance 1 month^HCPCS\r"
    "DG1|1||E10.9^Type 1 diabetes mellitus without complications^I10\r"
)

FHIR = """{
  "resourceType": "DeviceRequest",
  "id": "gls-dr-88214",
  "status": "active",
  "intent": "order",
  "codeCodeableConcept": {"text": "FreeStyle Libre 3 Plus sensor, 15-day, qty 2 per month"},
  "subject": {"reference": "Patient/gls-c-301556", "display": "Theodore Nakashima"},
  "authoredOn": "2026-05-09",
  "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.65", "display": "Type 2 diabetes mellitus with hyperglycemia"}]}],
  "insurance": [{"display": "Medicare Part B"}]
}
"""

FHIR_CAP = """{
  "resourceType": "CapabilityStatement",
  "status": "active",
  "date": "2026-05-01",
  "kind": "instance",
  "software": {"name": "GlucoLink Order API", "version": "3.2"},
  "fhirVersion": "4.0.1",
  "format": ["json"],
  "rest": [{"mode": "server", "resource": [{"type": "DeviceRequest", "interaction": [{"code": "create"}, {"code": "read"}]}]}]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="shipping confirmation naming CGM sensors to patient",
        notes="Order confirmation to the patient's gmail naming him, his Dexcom sensors and the prescribing clinic.",
        frm=GL,
        to="rafael.quintero.slc@gmail.com",
        subject="Your GlucoLink order has shipped",
        body="Hi Rafael Quintero,\n\nOrder GL-4418207 shipped today via UPS (1Z84V0E20371558124).\n\n3 x Dexcom G7 sensor 10-day\nPrescriber: Cedar Hollow Endocrine & Diabetes Center\nYour copay: $25.00 (billed to card ending 4471)\n\nNext refill eligible: 06/10/2026."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="wholesale price list to pharmacy chain",
        notes="Hard negative: wholesale CGM price workbook with SKUs and HCPCS codes; product data, no patient.",
        frm="Trade Sales <trade@glucolinksupply.com>",
        to="purchasing@wasatchpharmacies.com",
        subject="Q3 CGM price list",
        body="Updated contract pricing effective July 1 attached (two tabs: sensors, receivers/readers).\n\nCole Barrington\nTrade Sales",
        atts=(
            Att(
                "GLS_price_list_Q3_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Sensors": [
                            ["SKU", "Description", "HCPCS", "Case price"],
                            ["DX-G7-10", "Dexcom G7 sensor 10-day", "A4239", 289.50],
                            ["FL-3P-15", "FreeStyle Libre 3 Plus 15-day", "A4239", 142.00],
                        ],
                        "Readers": [
                            ["SKU", "Description", "HCPCS", "Unit price"],
                            ["DX-G7-RCV", "Dexcom G7 receiver", "E2103", 312.00],
                            ["FL-3-RDR", "Libre 3 reader", "E2103", 71.00],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry for child CGM",
        notes="Hard positive: X12 270 file naming a child member, his member ID and DOB; the DME supplier's inquiry reveals a pending CGM order.",
        frm="EDI <edi@glucolinksupply.com>",
        to="edi@utahcareplan.com",
        subject="270 batch 2214",
        body="Real-time endpoint is down again, batch 270 attached. Please return the 271.\n\nGlucoLink EDI",
        atts=(Att("GLS_270_2214.x12", "application/edi-x12", X270),),
    ),
    Spec(
        phi=False,
        category="FHIR capability statement to EHR vendor",
        notes="Hard negative: FHIR CapabilityStatement describing the order API; technical metadata, no patient.",
        frm="Integrations <integrations@glucolinksupply.com>",
        to="partners@cascadeehr.com",
        subject="Order API capability statement v3.2",
        body="As requested, our FHIR CapabilityStatement is attached. Sandbox credentials come from your partner portal.\n\nIntegrations Team",
        atts=(Att("capability_v3.2.json", "application/fhir+json", FHIR_CAP),),
    ),
    Spec(
        phi=True,
        category="X12 271 forwarded to clinic with diagnosis",
        notes="Hard positive: the payer's 271 response forwarded to the clinic names the member, DOB and type 1 diabetes coverage note.",
        frm="Benefits Verification <bv@glucolinksupply.com>",
        to="priorauth@cedarhollowendo.org",
        subject="Eligibility response - needs PA",
        body="The plan requires prior auth for her sensors. 271 attached. Please send chart notes and we'll submit.\n\nBenefits Verification",
        atts=(Att("GLS_271_2215.x12", "application/edi-x12", X271),),
    ),
    Spec(
        phi=False,
        category="carrier rate negotiation",
        notes="Vendor/business mail with a shipping carrier about cold-chain rates; no patient.",
        frm="Logistics <logistics@glucolinksupply.com>",
        to="accounts@rockymountainfreight.com",
        subject="Rate review for 2nd-day air",
        body="Hi Dana,\n\nOur volume went from 3,100 to 4,450 parcels a month. We'd like to revisit the 2nd-day air tier before renewal on 7/1.\n\nMarisa Ochoa\nLogistics Manager",
    ),
    Spec(
        phi=True,
        category="HL7 order message to clinic",
        notes="Hard positive: HL7 ORM with the patient's name, DOB, address, phone, CGM supply order and type 1 diabetes code.",
        frm="Integrations <integrations@glucolinksupply.com>",
        to="interfaces@cedarhollowendo.org",
        subject="ORM for your signature queue",
        body="Order 55120 needs the prescriber's e-signature. HL7 attached in case the interface dropped it.",
        atts=(Att("GLS-ORM-55120.hl7", "application/hl7-v2", HL7),),
    ),
    Spec(
        phi=False,
        category="product recall notice to all customers without names",
        notes="Hard negative: recall bulletin about a sensor lot sent to a customer distribution list; lot numbers, no patient.",
        frm="Quality & Regulatory <quality@glucolinksupply.com>",
        to="customers@lists.glucolinksupply.com",
        subject="Voluntary recall: sensor lot 7G2231",
        body="",
        html="<html><body><h3>Voluntary recall - sensor lot 7G2231</h3><p>A small number of sensors from lot <b>7G2231</b> may give falsely low readings. If you have sensors from this lot, stop using them and call (801) 555-0160 for free replacement.</p><p>Always confirm low readings with a fingerstick before treating.</p><p>GlucoLink Supply Quality &amp; Regulatory</p></body></html>",
    ),
    Spec(
        phi=True,
        category="recall outreach to specific affected patient",
        notes="Hard positive: recall outreach to a named customer at her yahoo address confirming she received sensors from the recalled lot.",
        frm="Quality & Regulatory <quality@glucolinksupply.com>",
        to="bettyjo.simms@yahoo.com",
        subject="Action needed on your recent order",
        body="Dear Betty Jo Simms,\n\nOur records show order GL-4409355 (shipped 04/27/2026) included 2 Libre 3 Plus sensors from lot 7G2231. Please stop using them. Replacement sensors shipped today at no charge.\n\nQuality & Regulatory"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="warehouse staff safety memo",
        notes="Staff notice on warehouse safety; no health information about an individual.",
        frm="Operations <ops@glucolinksupply.com>",
        to="warehouse@glucolinksupply.com",
        subject="Forklift recertification due",
        body="Reminder: forklift recertification is due by May 31. Sign up for a slot with Kyle. Anyone without a current card cannot operate equipment after June 1.\n\nOperations",
    ),
    Spec(
        phi=True,
        category="refill authorization request CSV to clinic",
        notes="CSV of patients needing new prescriptions with names, DOBs and CGM products, sent to the clinic.",
        frm="Rx Renewals <renewals@glucolinksupply.com>",
        to="refills@cedarhollowendo.org",
        subject="Expiring CGM prescriptions - June",
        body="These patients' CGM prescriptions expire in June. Please sign renewals in the portal or fax them back.\n\nRx Renewals Team",
        atts=(
            Att(
                "expiring_rx_june.csv",
                "text/csv",
                "patient,dob,product,rx_expires,prescriber\nMoss, Clara,1975-03-03,Dexcom G7,2026-06-04,Sahni\nIbarra, Tomas,2009-11-21,Omnipod 5 pods,2026-06-11,Reyes\nKeane, Walter,1949-07-30,Libre 3 Plus,2026-06-19,Cho\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sales territory numbers by state",
        notes="Hard negative: aggregate shipments and new starts by state and product; counts only.",
        frm="Sales Ops <salesops@glucolinksupply.com>",
        to="leadership@glucolinksupply.com",
        subject="April territory report",
        body="April by state (new CGM starts / active customers):\n\nUT 412 / 9,880\nID 198 / 4,301\nNV 155 / 3,012\nWY 31 / 644\n\nType 1 share of new starts: 38%.\n\nSales Ops",
    ),
    Spec(
        phi=True,
        category="encrypted zip of audit documents for payer",
        notes="Hard positive: payer audit response with the patient's name and Medicare member details in the body; the encrypted zip carries proof of delivery and notes.",
        frm="Compliance <compliance@glucolinksupply.com>",
        to="audits@noridianreviewdme.com",
        subject="ADR response - claim 2226011940",
        body="Additional documentation request for beneficiary Herbert Lindgren, claim 2226011940 (CGM supplies, DOS 02/14/2026). Encrypted zip attached; password to follow by phone.\n\nCompliance",
        atts=(
            Att(
                "ADR_2226011940.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "proof_of_delivery.txt": "Delivered 02/14/2026 to Herbert Lindgren, signed H.L.",
                        "clinic_notes.txt": "Type 2 DM on insulin 3x daily, CGM medically necessary.",
                    },
                    "Gls!Adr2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="BAA renewal with clinic",
        notes="Hard negative: business associate agreement renewal mail referring to PHI in general; no individual.",
        frm="Legal <legal@glucolinksupply.com>",
        to="compliance@cedarhollowendo.org",
        subject="BAA renewal 2026-2029",
        body="Helen,\n\nAttached is the redline of our business associate agreement. Changes: breach notice within 5 business days, encryption of PHI at rest required, term to 6/30/2029.\n\nAndre Whitley\nGeneral Counsel",
        atts=(
            Att(
                "BAA_CedarHollow_GlucoLink_redline.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Business Associate Agreement between Cedar Hollow Endocrine & Diabetes Center and GlucoLink Supply, Inc.",
                        "2.1 Business Associate shall not use or disclose Protected Health Information other than as permitted.",
                        "4.3 Business Associate shall report any Breach of Unsecured PHI within five (5) business days.",
                        "9.1 Term: through June 30, 2029.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR device request to billing service",
        notes="Hard positive: FHIR DeviceRequest naming the patient with a type 2 diabetes code and Libre sensors; body only gives the order number.",
        frm="Integrations <integrations@glucolinksupply.com>",
        to="intake@summitdmebilling.com",
        subject="Order 88214 payload",
        body="Payload for order 88214 attached; your parser rejected the reasonCode block.",
        atts=(Att("gls-dr-88214.json", "application/fhir+json", FHIR),),
    ),
    Spec(
        phi=False,
        category="shipping label template",
        notes="Hard negative: text template for packing slips with placeholder fields; no real customer.",
        frm="IT <it@glucolinksupply.com>",
        to="warehouse@glucolinksupply.com",
        subject="New packing slip template",
        body="New template attached. Fields in braces are filled by the WMS.",
        atts=(
            Att(
                "packing_slip_template.txt",
                "text/plain",
                "GLUCOLINK SUPPLY PACKING SLIP\nShip to: [CUSTOMER_NAME]\n[ADDRESS_LINE_1]\n[CITY], [STATE] [ZIP]\nOrder: [ORDER_NO]\nItems: [ITEM_LIST]\nQuestions? (801) 555-0160\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="customer service reply about insulin pump pods",
        notes="Reply to a customer's outlook mailbox naming her, her Omnipod order and her endocrinologist.",
        frm="Customer Care <care@glucolinksupply.com>",
        to="nadia.farouk@outlook.com",
        subject="Re: where are my pods?",
        body="Hi Nadia,\n\nSorry for the delay. Your Omnipod 5 pods (order GL-4420913) were held because Dr. Cho's office had not signed the renewal. We have it now and your pods ship tomorrow.\n\nJess\nCustomer Care"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="conference booth invite",
        notes="Hard negative: calendar invite to a diabetes educators' conference booth; event mail, no patient.",
        frm="Marketing <marketing@glucolinksupply.com>",
        to="events@adces-mountainwest.org",
        subject="Booth 214 setup confirmed",
        body="Confirming our booth for the Mountain West diabetes educators' meeting. Invite for setup attached.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GlucoLink//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:booth214-20260618@glucolinksupply.com\r\nDTSTAMP:20260511T150000Z\r\nDTSTART:20260618T140000Z\r\nDTEND:20260618T160000Z\r\nSUMMARY:Booth 214 setup - diabetes educators meeting\r\nLOCATION:Salt Palace Convention Center, Hall C\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="serial number only replacement request",
        notes="Hard positive: warranty claim gives the customer's phone and receiver serial with the diagnosis-revealing product; device identifier plus care.",
        frm="Warranty <warranty@glucolinksupply.com>",
        to="rma@dexcomdistribution-west.com",
        subject="RMA request",
        body="RMA please: G7 receiver serial 4E7Q-221908, customer phone 801-555-0193, shipped to her 03/02/2026 for her daughter's type 1 diabetes. Screen cracked. Replacement already sent.\n\nWarranty Desk",
    ),
    Spec(
        phi=False,
        category="vendor invoice from packaging supplier",
        notes="Hard negative: PDF invoice for insulated mailers; supplies, no patient.",
        frm="Accounts Payable <ap@glucolinksupply.com>",
        to="ar@beehivepackaging.com",
        subject="Remittance - invoice BP-30917",
        body="Payment of $6,220.00 for invoice BP-30917 sent by ACH today. Copy attached.",
        atts=(
            Att(
                "remit_BP-30917.pdf",
                "application/pdf",
                pdf(
                    [
                        "GLUCOLINK SUPPLY, INC. - REMITTANCE ADVICE",
                        "Payee: Beehive Packaging   Invoice BP-30917",
                        "Insulated mailers 12x9 (2,000)   $5,600.00",
                        "Gel packs (4,000)                $620.00",
                        "ACH 05/11/2026 total             $6,220.00",
                    ],
                    "Remittance",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="credit application with SSN for self-pay CGM",
        notes="Hard positive: payment-plan approval to a self-pay customer naming him, his full SSN and the CGM supplies being financed.",
        frm="Patient Accounts <accounts@glucolinksupply.com>",
        to="brandon.achterberg@hotmail.com",
        subject="Payment plan approved",
        body="Brandon,\n\nYour 6-month payment plan for Libre 3 Plus sensors ($74.00/month) is approved. Please confirm the SSN we have on the application is correct: 402-73-1158.\n\nPatient Accounts"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="job offer letter to warehouse hire",
        notes="HR offer letter to a new hire; employment, no health information.",
        frm="HR <hr@glucolinksupply.com>",
        to="j.tuilagi22@gmail.com",
        subject="Offer letter - Fulfillment Associate",
        body="Hi Joseph,\n\nWe are pleased to offer you the Fulfillment Associate position at $19.50/hr starting June 1. Please sign the attached offer by May 20.\n\nHR Team",
    ),
    Spec(
        phi=True,
        category="screenshot of order system with customer record",
        notes="Hard positive: PNG screenshot filename and body reveal a customer's name and insulin pump order sent to an IT contractor.",
        frm="Customer Care <care@glucolinksupply.com>",
        to="support@peaksoftdev.com",
        subject="Bug: order screen freezes",
        body="The order screen freezes on this record every time. Customer is Gwendolyn Hart, Omnipod 5 starter kit, referred by Camp Sugarpine's nurse. Screenshot attached.",
        atts=(
            Att("order_screen_Hart_Gwendolyn_omnipod.png", "image/png", png(8, 5, (240, 240, 240))),
        ),
    ),
    Spec(
        phi=False,
        category="zip of product manuals",
        notes="Zip of product manual text files sent to a reseller; no patient.",
        frm="Trade Sales <trade@glucolinksupply.com>",
        to="training@desertrxpartners.com",
        subject="Product manuals for your staff",
        body="Quick-start guides attached for your pharmacy counter staff.",
        atts=(
            Att(
                "quickstart_guides.zip",
                "application/zip",
                zipped(
                    {
                        "G7_quickstart.txt": "Wash hands. Apply sensor to back of arm. Pair with app within 30 minutes.",
                        "Libre3_quickstart.txt": "Apply sensor to back of upper arm. Start with app. 60-minute warm-up.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="monthly delivery workbook to camp nurse",
        notes="Hard positive: multi-sheet workbook to the camp listing campers by name with their CGM and pump supplies to be delivered on site.",
        frm="Special Accounts <special@glucolinksupply.com>",
        to="nurse@campsugarpine.org",
        subject="Session 1 on-site supply delivery",
        body="Hi Maren, attached is the delivery list for session 1 (parents authorized the shipments to camp). Boxes are labelled by cabin.",
        atts=(
            Att(
                "sugarpine_session1_delivery.xlsx",
                XLSX,
                xlsx(
                    {
                        "By camper": [
                            ["Camper", "Cabin", "CGM", "Pump supplies"],
                            ["Eliza Moreno", "Aspen 3", "Dexcom G7 x2", "Omnipod 5 x10"],
                            ["Caleb Whitaker", "Fir 1", "Libre 3 Plus x1", "Tandem cartridges x4"],
                            ["Priya Ramaswamy", "Aspen 1", "Dexcom G7 x2", "-"],
                        ],
                        "Totals": [["Item", "Qty"], ["Dexcom G7", 4], ["Libre 3 Plus", 1]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="donation of sensors to camp aggregate",
        notes="Hard negative: donation letter listing number of sensors donated to the camp; no camper named.",
        frm="Community Giving <giving@glucolinksupply.com>",
        to="director@campsugarpine.org",
        subject="2026 sensor donation",
        body="Dear Ms. Okonkwo,\n\nGlucoLink will donate 300 CGM sensors and 40 receivers for the 2026 season, for campers whose families lack coverage. Please send us the total count needed per session (no names needed).\n\nCommunity Giving",
    ),
    Spec(
        phi=True,
        category="prior auth status text-style to parent",
        notes="Hard positive: short text-style note to a parent's icloud naming the child and the pending CGM prior authorization.",
        frm="Benefits Verification <bv@glucolinksupply.com>",
        to="hollowayfam@icloud.com",
        subject="Bryce update",
        body="Hi - Bryce's Dexcom PA went to Utah Care Plan today. Usually 3-5 days. We'll text when approved. -Kim @ GlucoLink",
    ),
    Spec(
        phi=False,
        category="HTML marketing newsletter for generic CGM tips",
        notes="Hard negative: HTML-only newsletter with CGM tips and a fictional 'Sam' example clearly labelled as illustration; no real customer.",
        frm="GlucoLink News <news@glucolinksupply.com>",
        to="newsletter@lists.glucolinksupply.com",
        subject="5 tips for longer sensor wear",
        body="",
        html="<html><body><h2>5 tips for longer sensor wear</h2><ol><li>Clean with alcohol and let dry.</li><li>Use an overpatch in summer.</li><li>Avoid sites you sleep on.</li></ol><p><i>Illustration: 'Sam', a made-up swimmer, uses an overpatch every time.</i></p><p>GlucoLink Supply</p></body></html>",
    ),
    Spec(
        phi=True,
        category="forwarded complaint email to manager",
        notes="Forwarded customer complaint naming her son, his diabetes and late sensor delivery.",
        frm="Customer Care <care@glucolinksupply.com>",
        to="marisa.ochoa@glucolinksupply.com",
        subject="FW: third late delivery",
        body="Marisa - escalating, third late delivery to this family. Can logistics look at the route?\n\nJess",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Tamsin Reilly <tamsin.reilly@aol.com>",
            to="care@glucolinksupply.com",
            subject="third late delivery",
            body="My son Declan is 9 and has type 1. His sensors were late AGAIN and he went two days on fingersticks. Order GL-4417720, 1884 E Hollow Rd, Sandy UT. This can't keep happening.",
        ),
    ),
    Spec(
        phi=False,
        category="warehouse audit checklist",
        notes="Hard negative: internal audit checklist PDF about storing returns and shredding labels; policy, no patient.",
        frm="Compliance <compliance@glucolinksupply.com>",
        to="warehouse@glucolinksupply.com",
        subject="Quarterly privacy walk-through checklist",
        body="Checklist for Friday's walk-through attached. Please make sure returned boxes with customer labels go to the shred bin.",
        atts=(
            Att(
                "privacy_walkthrough_Q2.pdf",
                "application/pdf",
                pdf(
                    [
                        "GLUCOLINK SUPPLY - PRIVACY WALK-THROUGH CHECKLIST Q2",
                        "[ ] Returned boxes: customer labels removed and shredded",
                        "[ ] Packing slips not left on printers",
                        "[ ] Screens locked when unattended",
                        "[ ] Visitor log complete",
                    ],
                    "Checklist",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="returns ledger with names to manufacturer",
        notes="Returns workbook to the manufacturer with customer names, order numbers and failed sensors.",
        frm="Returns <returns@glucolinksupply.com>",
        to="returns@abbottdistribution-partner.com",
        subject="April returns ledger",
        body="April returns ledger attached (two tabs).",
        atts=(
            Att(
                "returns_april.xlsx",
                XLSX,
                xlsx(
                    {
                        "Returns": [
                            ["Order", "Customer", "Product", "Lot", "Reason"],
                            [
                                "GL-4401177",
                                "Petrov, Anatoly",
                                "Libre 3 Plus",
                                "7G2231",
                                "Early fail day 4",
                            ],
                            ["GL-4403320", "Lugo, Rosa", "Libre 3 Plus", "7G2231", "Falsely low"],
                        ],
                        "Summary": [["Lot", "Count"], ["7G2231", 2]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT vendor SOW",
        notes="Business mail with a software vendor about scope of work; no patient.",
        frm="IT <it@glucolinksupply.com>",
        to="sales@peaksoftdev.com",
        subject="SOW for portal phase 2",
        body="Hi Arjun,\n\nWe approve the phase 2 SOW ($84,000, 12 weeks). Please start June 1. Test data must be synthetic only.\n\nNeil Fairbanks\nIT Director",
    ),
    Spec(
        phi=True,
        category="delivery exception to customer's daughter",
        notes="Hard positive: HTML-only message to a relative's gmail with the customer's name, address and the insulin pump supplies held at the depot.",
        frm="GlucoLink Deliveries <deliveries@glucolinksupply.com>",
        to="anneke.vos.home@gmail.com",
        subject="Delivery exception",
        body="",
        html="<html><body><p>Hello,</p><p>The package for <b>Hendrik Vos</b>, 72 Canyon Rim Dr, Park City UT, containing <b>Tandem t:slim insulin cartridges and infusion sets</b>, could not be delivered (no one to sign). It is held at the Park City depot until 05/18.</p><p>GlucoLink Deliveries</p></body></html>",
    ),
    Spec(
        phi=False,
        category="training deck notes with staff names and conditions",
        notes="Hard negative: customer-service training notes naming trainers with the product lines they cover; the 'caller' scenarios are fictional.",
        frm="Training <training@glucolinksupply.com>",
        to="care@glucolinksupply.com",
        subject="Role-play scenarios for Tuesday",
        body="Role-play pairs (all callers fictional):\n\nJess Dunmore - 'angry parent, pump pods late'\nOmar Said - 'Medicare customer, type 2, asks about coverage'\nLiz Park - 'teen with type 1, sensor falls off at swim'\n\nTraining Team",
    ),
    Spec(
        phi=True,
        category="Medicare customer list with MBI in CSV",
        notes="Hard positive: CSV with customer names and Medicare numbers for the billing vendor (DME claims reveal CGM use).",
        frm="Billing <billing@glucolinksupply.com>",
        to="intake@summitdmebilling.com",
        subject="May Medicare batch",
        body="May batch attached. All have a current SWO on file.",
        atts=(
            Att(
                "medicare_may.csv",
                "text/csv",
                "name,mbi,dob,hcpcs,dos\nLindgren Herbert,7TP4-RE8-KU26,1944-01-12,A4239,2026-05-01\nOduya Grace,5CN2-WX3-AY71,1950-08-09,A4239,2026-05-03\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="holiday hours notice to customers",
        notes="General notice about holiday hours to a customer list; no individual.",
        frm=GL,
        to="customers@lists.glucolinksupply.com",
        subject="Memorial Day hours",
        body="We're closed Monday, May 25. Orders placed after 2 pm Friday ship Tuesday. For urgent sensor needs call (801) 555-0160."
        + FOOT,
    ),
    Spec(
        phi=True,
        category="CGM training session invite to new customer",
        notes="Hard positive: calendar invite to the customer's personal mailbox for his first Libre sensor training, naming him and his endocrinologist's referral.",
        frm="Clinical Trainers <trainers@glucolinksupply.com>",
        to="o.begay.nm@outlook.com",
        subject="Your sensor training video call",
        body="Hi Orlando, your first-sensor training with our CDCES is booked. Join link in the invite.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GlucoLink//Training//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:train-88301@glucolinksupply.com\r\nDTSTAMP:20260511T170000Z\r\nDTSTART:20260514T220000Z\r\nDTEND:20260514T224500Z\r\nSUMMARY:Libre 3 Plus first sensor training - Orlando Begay (type 2\\, new insulin start\\, ref. Dr. Sahni)\r\nLOCATION:https://meet.glucolinksupply.com/t/88301\r\nATTENDEE:mailto:o.begay.nm@outlook.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
]
