"""Outbound mail of KeyStep Medical Supply, a DME supplier (therapeutic shoes, CGMs, insulin pumps) (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, fhir, hl7, pdf, png, x12, xlsx, zipped
from _spec import KMS, Att, Spec

SIG = "\n\nKeyStep Medical Supply\n1840 Commerce Park Rd, Columbus OH | 614-555-0170 | Fax 614-555-0171"
CS = f"KeyStep Customer Care <care@{KMS}>"
ORD = f"KeyStep Order Intake <orders@{KMS}>"
INTAKE = f'"Shawna Pelley, Intake Coordinator" <spelley@{KMS}>'
FITTER = f'"Luis Arroyo, CPed" <larroyo@{KMS}>'
RCM = f"KeyStep Reimbursement <reimbursement@{KMS}>"
OPS = f'"Grant Whitley, Operations" <gwhitley@{KMS}>'
COMP = f"KeyStep Compliance <compliance@{KMS}>"

ICS_SURVEY = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KeyStep Medical Supply//Ops//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:kms-achc-prep-2026@keystepmedical.com\r\nDTSTAMP:20261116T150000Z\r\n"
    "DTSTART:20261203T140000Z\r\nDTEND:20261203T160000Z\r\n"
    "SUMMARY:Accreditation mock survey walkthrough (warehouse + intake)\r\n"
    "LOCATION:KeyStep Columbus branch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="CGM sensor shipment confirmation to patient",
        notes="Hard positive: shipping notice naming the patient with CGM sensors and coinsurance; the CGM supply implies diabetes care.",
        frm=CS,
        to="dwayne.abernathy@gmail.com",
        subject="Your order has shipped",
        body=(
            "Hi Dwayne Abernathy,\n\nYour 90-day supply (9 x Dexcom G7 sensors) shipped today by UPS, tracking 1Z7K9W330312458861. "
            "Your plan paid 80%; your coinsurance of $58.14 will be billed to the card on file.\n\n"
            "Next reorder window opens February 9." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="diabetic shoe delivery ticket (PDF)",
        notes="Signed delivery ticket PDF with patient name, home address, Medicare ID and therapeutic shoe HCPCS codes.",
        frm=FITTER,
        to="docs@stonebridgefoot.com",
        subject="Delivery ticket for your records",
        body="Dr. Marsh's office - delivery ticket attached for the shoes fitted yesterday. Thanks for the referral!\n\nLuis"
        + SIG,
        atts=(
            Att(
                "DT-558210.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTEP MEDICAL SUPPLY - DELIVERY TICKET DT-558210",
                        "Beneficiary: Jerome Whitcombe   418 Linden Ave, Kettering OH 45429",
                        "MBI: 7QC2-UJ8-MX41   DOB: 03/14/1951",
                        "A5500 extra-depth shoes, 1 pair, size 10.5 4E",
                        "A5513 custom heat-molded inserts, 3 pairs",
                        "Delivered 11/17/2026   Received by: J. Whitcombe (signature on file)",
                    ],
                    "Delivery ticket",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="insulin pump prior authorization to payer",
        notes="Prior auth for insulin pump E0784 with member ID, type 1 diabetes, A1c and hypoglycemia history.",
        frm=RCM,
        to="dme.priorauth@midstatecarehealthplan.com",
        subject="PA request - E0784 - ref KMS-PA-3390",
        body=(
            "Member: Gabrielle Fontaine\nMember ID: MSC880142376\nDOB: 08/12/1994\n"
            "Item: E0784 external ambulatory insulin pump + A4224/A4225 supplies\nDx: E10.649 type 1 DM with hypoglycemia\n"
            "Supporting: A1c 8.6% on MDI (4 injections/day), 3 documented glucose <54 in 30 days, completed DSMES.\n"
            "Ordering: Dr. Samir Haddad, NPI: 1837247752\n\nPlease fax determination to 614-555-0171."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="standard written order request to physician (DOCX)",
        notes="DOCX SWO for a named patient's therapeutic shoes sent to the certifying physician for signature.",
        frm=INTAKE,
        to="signatures@northwoodfamilypractice.com",
        subject="Signature needed - SWO and statement of certifying physician",
        body="Please have Dr. Palmquist sign the attached and fax back. Medicare requires the certifying MD statement within 3 months of delivery."
        + SIG,
        atts=(
            Att(
                "SWO_Castellano_Maria.docx",
                DOCX,
                docx(
                    [
                        "STANDARD WRITTEN ORDER - THERAPEUTIC SHOES FOR PERSONS WITH DIABETES",
                        "Beneficiary: Maria Castellano   DOB 01/30/1955",
                        "Diagnosis: E11.51 T2DM with peripheral angiopathy; history of pre-ulcerative callus L 1st MTH",
                        "Items: A5500 x1 pair; A5512 x3 pairs prefabricated inserts",
                        "Certifying physician: ______________________  Date: ________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiries batch",
        notes="X12 270 eligibility batch with subscriber names, member IDs and DOBs for DME coverage checks.",
        frm=RCM,
        to="edi@ohioeligibilityhub.com",
        subject="270 batch KMS-1117",
        body="Batch attached, 2 inquiries for DME benefits (service type 12).",
        atts=(
            Att(
                "KMS_270_1117.x12",
                "application/EDI-X12",
                x12(
                    [
                        "ISA*00*          *00*          *ZZ*KEYSTEPMED     *ZZ*OHELIGHUB      *261117*1102*^*00501*000007790*0*P*:",
                        "GS*HS*KEYSTEPMED*OHELIGHUB*20261117*1102*7790*X*005010X279A1",
                        "ST*270*0001*005010X279A1",
                        "NM1*1P*2*KEYSTEP MEDICAL SUPPLY*****XX*1035384787",
                        "NM1*IL*1*PARAMORE*ODESSA****MI*MSC771045239",
                        "DMG*D8*19630219",
                        "EQ*12",
                        "NM1*IL*1*STRAND*WILLIS****MI*YRH300987114",
                        "DMG*D8*19440606",
                        "EQ*12",
                        "SE*11*0001",
                        "GE*1*7790",
                        "IEA*1*000007790",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pump replacement with device serial and first name to manufacturer",
        notes="Hard positive: patient's first name and surname initial with the pump serial number and failure history, to the manufacturer.",
        frm=OPS,
        to="warranty@tandemlinkclinical.com",
        subject="RMA 55-0918 follow-up",
        body=(
            "Hi - Gloria H.'s replacement pump (SN 8841-20937) went out overnight yesterday; she was without a pump for 2 days "
            "and went on injections. Old unit (SN 8841-11402) will come back in your box with the occlusion alarm log. "
            "Her endo asked for a loaner if this happens again.\n\nGrant"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 dispense notification to hospital EHR",
        notes="HL7 message with patient identifiers and dispensed CGM/pump supplies sent to the referring hospital.",
        frm=f"KeyStep Interfaces <interfaces@{KMS}>",
        to="hl7@centralohioregional.org",
        subject="Re: missing dispense feed 11/16",
        body="Re-sent the dispense message for 11/16 below as a file. Let us know if your engine picks it up.",
        atts=(
            Att(
                "RDS_KMS_20261116_0191.hl7",
                "application/hl7-v2",
                hl7(
                    [
                        "MSH|^~\\&|KMS_DME|KEYSTEP|COR_EHR|CENTRALOHIO|20261116174400||RDS^O13|KMS0191|P|2.5",
                        "PID|1||COR-5510937^^^COR^MR||PETTIGREW^LAVERNE^J||19700923|F|||52 Elm Row^^Grove City^OH^43123",
                        "ORC|RE|COR-DME-88120",
                        "RXD|1|E2103^Non-adjunctive CGM receiver^HCPCS|20261116|1",
                        "RXD|2|A4239^CGM sensor supply 1 month^HCPCS|20261116|3",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only resupply reminder to patient",
        notes="HTML-only reorder reminder naming the patient and his pump supplies, sent to his personal mailbox.",
        frm=CS,
        to="h.vance1946@aol.com",
        subject="Time to reorder your pump supplies",
        body="",
        html=(
            "<html><body><p>Hello Harold Vance,</p><p>Our records show your <b>insulin pump infusion sets and cartridges</b> "
            "will run out around December 1. Reply YES or call 614-555-0170 to ship your next 90-day supply.</p>"
            '<p>Order #KMS-771203</p><img src="https://trk.keystepmedical.com/o.gif?id=771203" width="1" height="1"></body></html>'
        ),
    ),
    Spec(
        phi=True,
        category="Medicare audit response workbook to audit contractor",
        notes="Hard positive: multi-sheet workbook of beneficiaries with MBIs, HCPCS and dates of service requested in an audit.",
        frm=COMP,
        to="adr.responses@tpe-auditservices.com",
        subject="ADR response - claims sample 2026-TPE-1140",
        body="Attached is the claim listing and document index for the 2 sampled claims. Records were uploaded to the portal separately."
        + SIG,
        atts=(
            Att(
                "TPE-1140_claim_index.xlsx",
                XLSX,
                xlsx(
                    {
                        "Claims": [
                            ["Claim", "Beneficiary", "MBI", "HCPCS", "DOS", "Allowed"],
                            [
                                "26311804412",
                                "Strand, Willis",
                                "2HN5-RD7-EK63",
                                "E2103",
                                "2026-05-14",
                                981.2,
                            ],
                            [
                                "26311804490",
                                "Ibarra, Consuelo",
                                "8AK3-PG4-TY27",
                                "A5500",
                                "2026-06-02",
                                162.9,
                            ],
                        ],
                        "Documents": [
                            ["Claim", "Document", "Pages"],
                            ["26311804412", "SWO, progress notes, CGM training log", 14],
                            ["26311804490", "SWO, certifying MD statement, foot exam", 9],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse fitting note to podiatrist",
        notes="Hard positive: abbreviated note with patient surname, insert codes, fitting date and foot measurements.",
        frm=FITTER,
        to="cmarsh@stonebridgefoot.com",
        subject="Okonkwo fitting",
        body="3 pr A5512 for Okonkwo, fitted 11/18. L 10.5W R 11W, R hallux amp accommodated w/ toe filler. Pt happy. -LA",
    ),
    Spec(
        phi=True,
        category="patient statement for CGM coinsurance (PDF)",
        notes="Billing statement PDF to patient's personal mailbox with name, CGM items and amount due.",
        frm=f"KeyStep Billing <billing@{KMS}>",
        to="consuelo.ibarra@hotmail.com",
        subject="Your KeyStep statement",
        body="Dear Ms. Ibarra, your statement is attached. Questions? Call 614-555-0172.",
        atts=(
            Att(
                "KMS_statement_ACCT-440913.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTEP MEDICAL SUPPLY - STATEMENT",
                        "Consuelo Ibarra   Account ACCT-440913",
                        "1220 Westgate Dr Apt 4, Columbus OH 43204",
                        "10/05/2026  A4239 CGM supply allowance (1 month)   Patient due $22.40",
                        "11/05/2026  A4239 CGM supply allowance (1 month)   Patient due $22.40",
                        "Total due: $44.80",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient complaint about sensor skin reaction to manufacturer",
        notes="Forward of a named patient's complaint about a CGM adhesive reaction with her contact details to the manufacturer.",
        frm=CS,
        to="complaints@dexsenseclinicalsupport.com",
        subject="Fwd: rash from sensors - product complaint",
        body="Forwarding for your complaint file. Sensor lot 7031442. The patient agreed to be contacted at the number below.",
        forward=Spec(
            phi=True,
            category="forwarded patient complaint about sensor skin reaction to manufacturer",
            notes="inner",
            frm="Nadine Kessler <nadinek@outlook.com>",
            to=f"care@{KMS}",
            subject="rash from sensors",
            body="Hi, the last three sensors left blistering red squares on my arm. My diabetes doctor says to stop and use fingersticks. Phone 614-555-0183. Can I get a different brand? - Nadine Kessler",
        ),
    ),
    Spec(
        phi=True,
        category="proof-of-delivery archive to payer audit",
        notes="Hard positive: zip of proof-of-delivery text records with names, addresses and items for payer review.",
        frm=COMP,
        to="recovery@midstatecarehealthplan.com",
        subject="Requested POD records - case MSC-REC-2209",
        body="Attached are the proofs of delivery for the claims listed in your letter dated 11/02."
        + SIG,
        atts=(
            Att(
                "MSC-REC-2209_POD.zip",
                "application/zip",
                zipped(
                    {
                        "POD_Paramore_Odessa.txt": "Delivered 2026-08-14 to Odessa Paramore, 3310 Sunbury Rd, Columbus OH 43219. Items: E0784 insulin pump, A4224 x10. Signed O. Paramore.\n",
                        "POD_Fontaine_G.txt": "Delivered 2026-09-02 to Gabrielle Fontaine, 77 Harrow Ln, Dublin OH 43017. Items: A4239 x3. Carrier UPS, signature G FONTAINE.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="shipping label image named after patient and CGM",
        notes="Hard positive: PNG label file name carries the patient's full name and 'CGM reship'; the body is one line.",
        frm=OPS,
        to="dispatch@buckeyecourierlogistics.com",
        subject="reship label",
        body="Label for the reship attached, same-day please.",
        atts=(
            Att("label_Fairbanks_Lorene_CGM_reship.png", "image/png", png(8, 4, (250, 250, 250))),
        ),
    ),
    Spec(
        phi=True,
        category="delivery update to nursing facility about resident",
        notes="Resident named with room number and insulin pump supplies delivered, to the nursing facility.",
        frm=CS,
        to="don@willowcreekcarecenter.com",
        subject="Delivery for resident Harold Vance",
        body="Hello, the pump supplies (infusion sets, cartridges) for your resident Harold Vance, room 214, were delivered to the front desk at 2:10 PM. Signed by R. Toombs."
        + SIG,
    ),
    Spec(
        phi=True,
        category="headerless billing rows CSV to billing partner",
        notes="Hard positive: CSV with no header row: patient names, DOBs, HCPCS codes and dates of service.",
        frm=RCM,
        to="ops@quickclaimbillingpartners.com",
        subject="rebill list",
        body="Rebill these with the KX modifier please.",
        atts=(
            Att(
                "rebill_1117.csv",
                "text/csv",
                "Paramore,Odessa,1963-02-19,A4239,2026-10-14\nStrand,Willis,1944-06-06,A4239,2026-10-15\nEllison,Marcus,2001-04-30,E0784,2026-10-21\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="medical necessity appeal letter (DOCX)",
        notes="DOCX appeal for a denied CGM claim naming the beneficiary, diagnosis and clinical criteria.",
        frm=RCM,
        to="appeals@midstatecarehealthplan.com",
        subject="Level 1 appeal - claim 26300991127",
        body="Please find our appeal attached with supporting records." + SIG,
        atts=(
            Att(
                "Appeal_26300991127.docx",
                DOCX,
                docx(
                    [
                        "RE: Redetermination request, claim 26300991127, member Odessa Paramore, ID MSC771045239",
                        "The claim for E2103 and A4239 was denied as not medically necessary.",
                        "Ms. Paramore has type 2 diabetes on basal insulin (E11.65, Z79.4) and had 2 ED visits for hypoglycemia in 2026.",
                        "She meets the coverage criteria for a CGM. We request the denial be reversed.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="voicemail transcript attachment from patient",
        notes="Hard positive: TXT voicemail transcript where the caller gives her name, DOB and says her 'sugar machine' broke.",
        frm=f"KeyStep Phones <voicemail@{KMS}>",
        to="overflow@callcarebpo.com",
        subject="VM overflow - 3 messages need callbacks",
        body="Three voicemails for your team to return today. Transcripts attached.",
        atts=(
            Att(
                "vm_transcripts_1117.txt",
                "text/plain",
                "[08:02] Hi this is Bernice Oyelowo, birthday April 3rd 1949, my sugar machine, the little reader for the arm sensor, "
                "stopped working and I'm out of strips too. Please call me at 614-555-0188.\n"
                "[08:15] Hi, calling about the catalog, do you sell compression socks? No need to call back.\n"
                "[08:40] (hang-up, no message)\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="caregiver e-mail with son about mother's shoe order",
        notes="Hard positive: the patient is identified through her son (relationship) with her diabetic shoe order, sent to his personal mailbox.",
        frm=INTAKE,
        to="kenji.watanabe.jr@gmail.com",
        subject="Re: my mother's shoe order",
        body=(
            "Hi Kenji,\n\nWe're still waiting on the signed certifying statement from Dr. Palmquist for your mother, Setsuko Watanabe. "
            "As soon as it arrives we'll schedule her fitting for the diabetic shoes and inserts. You're listed as her authorized contact.\n\nShawna"
            + SIG
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="product and HCPCS catalog to referral sources (PDF)",
        notes="Hard negative: product catalog PDF listing diabetic shoe, CGM and pump HCPCS codes; no patient.",
        frm=f"KeyStep Marketing <marketing@{KMS}>",
        to="referrals@centralohioregional.org",
        subject="2027 diabetes product catalog",
        body="Updated catalog attached for your case managers." + SIG,
        atts=(
            Att(
                "KeyStep_diabetes_catalog_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTEP MEDICAL SUPPLY - DIABETES PRODUCT CATALOG 2027",
                        "A5500 Extra-depth shoes (diabetic), men's/women's, widths to 6E",
                        "A5512/A5513 Inserts, prefabricated or custom heat-molded",
                        "E2103 / A4239 Continuous glucose monitors and supplies",
                        "E0784 Insulin pumps and infusion supplies (A4224, A4225)",
                    ],
                    "Catalog",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="device recall lot list with no patients",
        notes="Hard negative: recall notice listing affected lot numbers and serial ranges in warehouse stock; no customer named.",
        frm=OPS,
        to="branches@list.keystepmedical.com",
        subject="Quarantine: transmitter lots 24C118-24C121",
        body=(
            "Pull and quarantine all warehouse stock from lots 24C118 through 24C121 (serials TX4-118000 to TX4-121999). "
            "Customer notifications will be handled by the manufacturer. Count and report by 3 PM.\n\nGrant"
        ),
    ),
    Spec(
        phi=False,
        category="purchase order to manufacturer (multi-sheet)",
        notes="Multi-sheet PO workbook of product quantities and branch ship-to addresses; no patient.",
        frm=OPS,
        to="orders@dexsenseclinicalsupport.com",
        subject="PO 2026-1188",
        body="PO attached. Please split-ship per sheet 2." + SIG,
        atts=(
            Att(
                "PO_2026-1188.xlsx",
                XLSX,
                xlsx(
                    {
                        "Lines": [
                            ["SKU", "Description", "Qty"],
                            ["G7-SEN-3PK", "G7 sensor 3-pack", 400],
                            ["G7-RCV", "Receiver", 40],
                        ],
                        "Ship-to": [
                            ["Branch", "Address"],
                            ["Columbus", "1840 Commerce Park Rd"],
                            ["Zanesville", "55 Market St"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="accreditation mock survey meeting invite",
        notes="Operations meeting invite for accreditation preparation; no patient.",
        frm=OPS,
        to="consultant@dmeaccreditationprep.com",
        subject="Mock survey walkthrough Dec 3",
        body="Confirming the mock survey walkthrough on December 3, 9-11 AM. Invite attached.",
        ics=ICS_SURVEY,
    ),
    Spec(
        phi=False,
        category="supplier standards policy with example fields (DOCX)",
        notes="Hard negative: documentation policy naming required fields (beneficiary name, MBI, HCPCS) as a checklist; no data.",
        frm=COMP,
        to="policy@ohiodmeassociation.org",
        subject="Our documentation checklist - for the association toolkit",
        body="Sharing our intake documentation checklist for the toolkit.",
        atts=(
            Att(
                "KMS_intake_doc_checklist.docx",
                DOCX,
                docx(
                    [
                        "Intake documentation checklist (every order)",
                        "SWO must include: beneficiary name, MBI, order date, HCPCS item description, quantity, prescriber name and NPI.",
                        "Therapeutic shoes: certifying physician statement plus in-person foot exam by prescriber within 6 months.",
                        "Do not scan documents into the shared drive; use the intake queue only.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="certified pedorthist job posting",
        notes="Hard negative: job ad about fitting diabetic shoes and working with amputees; no patient.",
        frm=OPS,
        to="listings@alliedhealthjobsohio.com",
        subject="Job: Certified Pedorthist / Fitter - Columbus",
        body="KeyStep seeks a CPed or certified fitter to measure and fit therapeutic shoes for people with diabetes, partial foot amputations and neuropathy. Travel to clinics 2 days/week. Competitive pay."
        + SIG,
    ),
    Spec(
        phi=False,
        category="X12 999 rejection sent to clearinghouse support",
        notes="Hard negative: X12 999 acknowledgment containing only control numbers and error codes; no patient data.",
        frm=RCM,
        to="support@ohioeligibilityhub.com",
        subject="999 rejected our batch - segment error?",
        body="Our batch 7781 was rejected with the 999 below. Can you tell us what IK3 code 8 refers to on your side?",
        atts=(
            Att(
                "999_7781.x12",
                "application/EDI-X12",
                x12(
                    [
                        "ISA*00*          *00*          *ZZ*OHELIGHUB      *ZZ*KEYSTEPMED     *261116*1530*^*00501*000009912*0*P*:",
                        "GS*FA*OHELIGHUB*KEYSTEPMED*20261116*1530*9912*X*005010X231A1",
                        "ST*999*0001*005010X231A1",
                        "AK1*HS*7781*005010X279A1",
                        "AK2*270*0001",
                        "IK3*NM1*4**8",
                        "IK5*R*5",
                        "AK9*R*1*1*0",
                        "SE*8*0001",
                        "GE*1*9912",
                        "IEA*1*000009912",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate utilization report to manufacturer (multi-sheet)",
        notes="Hard negative: units dispensed by month and 3-digit ZIP region; aggregate, no individuals.",
        frm=OPS,
        to="channel.analytics@dexsenseclinicalsupport.com",
        subject="Q3 sell-through report",
        body="Q3 sell-through attached. ZIP3 regions only, as per our agreement." + SIG,
        atts=(
            Att(
                "KMS_Q3_sellthrough.xlsx",
                XLSX,
                xlsx(
                    {
                        "By month": [
                            ["Month", "Sensors", "Receivers"],
                            ["2026-07", 3120, 44],
                            ["2026-08", 3305, 51],
                            ["2026-09", 3410, 39],
                        ],
                        "By ZIP3": [
                            ["ZIP3", "Active CGM users"],
                            ["432", 811],
                            ["430", 402],
                            ["437", 166],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="warehouse safety notice",
        notes="Operations safety reminder for warehouse staff; no health information about anyone.",
        frm=OPS,
        to="warehouse@list.keystepmedical.com",
        subject="Forklift lane changes starting Monday",
        body="Starting Monday, aisle 6 is pedestrian-only. Forklifts use the east lane. Reflective vests required past the yellow line.",
    ),
    Spec(
        phi=False,
        category="FHIR Device definition to EHR integration partner",
        notes="Hard negative: FHIR DeviceDefinition for a CGM product (catalog data); no patient.",
        frm=f"KeyStep Interfaces <interfaces@{KMS}>",
        to="integrations@caretrackehr.com",
        subject="DeviceDefinition for the order catalog",
        body="Product definition resource attached for the orderable catalog mapping.",
        atts=(
            Att(
                "DeviceDefinition_G7.json",
                "application/fhir+json",
                fhir(
                    {
                        "resourceType": "DeviceDefinition",
                        "id": "kms-g7-sensor",
                        "manufacturerString": "DexSense",
                        "deviceName": [
                            {"name": "G7 CGM sensor (10-day)", "type": "user-friendly-name"}
                        ],
                        "type": {"text": "Continuous glucose monitor sensor"},
                        "note": [{"text": "HCPCS A4239 monthly supply allowance"}],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only coverage update newsletter to referral sources",
        notes="Hard negative: HTML-only newsletter explaining CGM coverage criteria in general; no individual.",
        frm=f"KeyStep Marketing <marketing@{KMS}>",
        to="newsletter@list.keystepmedical.com",
        subject="CGM coverage: what changed for Medicare patients",
        body="",
        html=(
            "<html><body><h2>CGM coverage update</h2><p>Medicare covers a CGM for people with diabetes who use insulin or have a "
            "history of problematic hypoglycemia. Fingerstick testing logs are no longer required.</p><p>Questions? "
            "Call our intake team at 614-555-0170.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="phishing warning to staff",
        notes="IT security warning about a phishing campaign; no patient.",
        frm=f"KeyStep IT <it@{KMS}>",
        to="allstaff@list.keystepmedical.com",
        subject="Phishing alert: fake 'UPS invoice' e-mails",
        body="We're seeing fake UPS invoice e-mails with a zip attachment. Don't open them; use the Report Phish button. IT will never ask for your password.",
    ),
    Spec(
        phi=False,
        category="prescriber directory with NPIs to sales team partner",
        notes="Hard negative: list of prescribing physicians with NPIs and specialties; no patients.",
        frm=f"KeyStep Provider Relations <providers@{KMS}>",
        to="territory.mgr@dexsenseclinicalsupport.com",
        subject="Top referring practices - contacts",
        body=(
            "As requested, practice contacts for the lunch-and-learn schedule:\n"
            "Dr. Samir Haddad, endocrinology, Lake Erie Diabetes & Endocrine, NPI: 1837247752\n"
            "Dr. Colin Marsh, podiatry, Stonebridge Foot & Ankle, NPI: 1264025820\n"
            "Dr. Ilse Palmquist, family medicine, Northwood Family Practice, NPI: 1391544180\n"
        ),
    ),
    Spec(
        phi=False,
        category="payer fee schedule CSV to billing staff",
        notes="Hard negative: CSV of HCPCS codes with allowed amounts from a payer contract; no patient.",
        frm=RCM,
        to="ops@quickclaimbillingpartners.com",
        subject="MidState 2027 DME fee schedule",
        body="New rates effective 1/1/2027. Please load before January billing.",
        atts=(
            Att(
                "MSC_2027_fee_schedule.csv",
                "text/csv",
                "hcpcs,modifier,description,allowed\nA5500,,Diabetic shoe per shoe,81.45\nA5512,,Prefab insert each,33.10\n"
                "A4239,,CGM supply allowance 1 month,176.92\nE0784,RR,Insulin pump rental,312.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="unassigned transmitter inventory count",
        notes="Hard negative: in-stock device serial numbers not yet dispensed to anyone; no patient link.",
        frm=OPS,
        to="inventory@dexsenseclinicalsupport.com",
        subject="Cycle count - unassigned stock",
        body="Unassigned stock on shelf (never dispensed): receivers SN RC-770012, RC-770013, RC-770019; demo pumps SN DEMO-4410, DEMO-4411. Variance: zero.",
    ),
    Spec(
        phi=False,
        category="coverage criteria reply to referring clinic",
        notes="Hard negative: explains therapeutic shoe coverage criteria (amputation, ulcer history) in general; no patient named.",
        frm=INTAKE,
        to="ma.desk@harborviewinternalmed.com",
        subject="Re: what do you need for diabetic shoes?",
        body=(
            "Hi! For Medicare therapeutic shoes the certifying MD must document diabetes management plus one of: partial foot "
            "amputation, history of foot ulceration, pre-ulcerative callus, peripheral neuropathy with callus, foot deformity, "
            "or poor circulation. We also need a foot exam by the prescriber. Happy to send blank forms.\n\nShawna"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="spec sheet zip to hospital purchasing",
        notes="Zip of product spec sheets for purchasing evaluation; no patient.",
        frm=f"KeyStep Marketing <marketing@{KMS}>",
        to="purchasing@centralohioregional.org",
        subject="Spec sheets for the value analysis committee",
        body="Spec sheets for the three shoe lines are in the zip." + SIG,
        atts=(
            Att(
                "spec_sheets.zip",
                "application/zip",
                zipped(
                    {
                        "ComfortStride_spec.txt": "ComfortStride extra-depth shoe: leather upper, seamless lining, removable 1/4in insole, widths M-6E.\n",
                        "Apex_Ambulator_spec.txt": "Apex Ambulator: diabetic walking shoe, Velcro closure, sizes 5-16.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded manufacturer price notice to billing partner",
        notes="Forward of a manufacturer's price-change notice; no patient information.",
        frm=OPS,
        to="ops@quickclaimbillingpartners.com",
        subject="Fwd: 2027 list price changes",
        body="FYI for your cost reports.",
        forward=Spec(
            phi=False,
            category="forwarded manufacturer price notice to billing partner",
            notes="inner",
            frm="DexSense Trade Relations <trade@dexsenseclinicalsupport.com>",
            to=f"gwhitley@{KMS}",
            subject="2027 list price changes",
            body="Effective January 1, 2027, list price for the G7 3-pack increases 3.5%. Receivers unchanged.",
        ),
    ),
    Spec(
        phi=False,
        category="reply to local reporter about donation drive",
        notes="Reply to a local reporter's personal mailbox about a shoe donation drive; no patient or customer named.",
        frm=OPS,
        to="tessa.morrow.writes@gmail.com",
        subject="Re: shoe donation drive story",
        body="Hi Tessa, happy to talk. We collected 1,140 pairs of new socks and 300 pairs of shoes for the homeless shelter network this fall. Photos of the warehouse volunteers are fine; please don't photograph shelter guests.\n\nGrant Whitley"
        + SIG,
    ),
]
