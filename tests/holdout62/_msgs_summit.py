"""Summit Drug Distribution, wholesaler customer service (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nSummit Drug Distribution - Customer Care\n1-800-555-0177 | customercare@summitdrugdist.com\nCase hours: Mon-Fri 7am-8pm ET"

X12_856 = (
    "ISA*00*          *00*          *ZZ*SUMMITDD       *ZZ*HEMACAREHOME   *261208*1740*^*00501*000022871*0*P*>~"
    "GS*SH*SUMMITDD*HEMACAREHOME*20261208*1740*22871*X*004010~ST*856*0001~BSN*00*ASN8841207*20261208*1740~"
    "HL*1**S~TD5****FedEx Priority Overnight~N1*ST*HANNAH WEISS~N3*48 QUARRY HILL RD~N4*ELMSFORD*NY*10523~"
    "HL*2*1*O~PRF*HCH-PSO-55019~HL*3*2*I~LIN**N4*50242092001~SN1**4*EA~PID*F****HEMLIBRA 150MG/ML VIAL - HEMOPHILIA A PROPHYLAXIS~"
    "SE*12*0001~GE*1*22871~IEA*1*000022871~"
)

X12_855 = (
    "ISA*00*          *00*          *ZZ*SUMMITDD       *ZZ*BRMCPHARM      *261209*0705*^*00501*000022903*0*P*>~"
    "GS*PR*SUMMITDD*BRMCPHARM*20261209*0705*22903*X*004010~ST*855*0001~BAK*00*AC*5124488*20261208~"
    "PO1*1*40*CA*18.22**N4*04090805011~ACK*IB*40*CA~PO1*2*12*EA*4.10**N4*63323026201~ACK*IQ*6*EA~"
    "SE*8*0001~GE*1*22903~IEA*1*000022903~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Named-patient factor VIII home shipment confirmation",
        notes="Confirms factor VIII shipped to a named patient's home address for hemophilia.",
        frm="Specialty Customer Care <specialtycare@summitdrugdist.com>",
        to="orders@hemacarehomeinfusion.com",
        subject="Order 8841102 shipped - Costa",
        body=(
            "Your order 8841102 shipped today via FedEx Priority Overnight to the patient's home:\n\n"
            "Liam Costa, 12 Ferncliff Ct, Tarrytown NY 10591\nAdvate 2000 IU x 12 vials (hemophilia A, prophylaxis)\n"
            "Tracking 7790 4412 0581. Signature required; keep refrigerated." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="IVIG drop-ship with address and initial only",
        notes="Hard positive: home address with 'c/o J. Marsh' and an IVIG infusion delivery window identify the patient's care.",
        frm="Specialty Customer Care <specialtycare@summitdrugdist.com>",
        to="intake@brightpathinfusion.com",
        subject="drop ship confirm",
        body="Drop ship confirmed for Thursday AM: Gammagard 30 g to 3 Linden Hollow Rd, Apt 2B, Ossining NY 10562, c/o J. Marsh, for the 1 pm home infusion. Nurse must be present to sign.",
    ),
    Spec(
        phi=True,
        category="Return with patient label found on carton",
        notes="Hard positive: tells the pharmacy a returned Enbrel carton still carried a patient's name and Rx number.",
        frm="Returns Department <returns@summitdrugdist.com>",
        to="rxmanager@elmwoodcommunitypharmacy.com",
        subject="RA 660218 - patient label on returned item",
        body=(
            "Hello,\n\nWhile processing RA 660218 we found that one Enbrel 50 mg SureClick carton still had your dispensing label "
            "attached: ROSA LINDQVIST, Rx# 3307719, 'inject weekly for RA'. Dispensed product cannot be credited. "
            "We destroyed the label per policy.\n\nReturns Department" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Gene therapy patient-specific order logistics",
        notes="Names an infant patient, her spinal muscular atrophy and the Zolgensma dose kit for the infusion date.",
        frm="Specialty Customer Care <specialtycare@summitdrugdist.com>",
        to="pharmacy.buyer@riverbendhealthsystem.org",
        subject="Zolgensma kit - infusion 12/15",
        body="Confirming the weight-based kit (8.6 kg) for baby Amelia Rourke's SMA type 1 infusion on 12/15 will arrive 12/14 by 10 am, frozen shipper. Please have receiving call 555-0178 on arrival.",
    ),
    Spec(
        phi=True,
        category="Misdirected prescription fax forwarded to pharmacy",
        notes="Hard positive: OCR text of a prescription (name, DOB, oxycodone) faxed to the wholesaler by mistake, sent on to the intended pharmacy.",
        frm="Customer Care <customercare@summitdrugdist.com>",
        to="pharmacy@maplegrovedrug.com",
        subject="This came to our fax line by mistake",
        body="A clinic faxed this to our order line instead of to you. OCR text attached; we deleted the image from our fax server.",
        atts=(
            Att(
                "fax_20261208_1133.txt",
                "text/plain",
                "RX  -  MAPLE GROVE DRUG\nPatient: Cole Ambrosini   DOB 07/23/1977\nAddr: 14 Orchard Way, Maple Grove\noxyCODONE 5 mg tab  1 q6h prn pain  #20  NR\nDx: L4-5 disc herniation (M51.26)\nPrescriber: Dr. H. Yusuf\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Emergency antivenom order confirmation",
        notes="Names an ED patient, his age and his rattlesnake bite for an emergency antivenom shipment.",
        frm="Emergency Orders Desk <emergency@summitdrugdist.com>",
        to="edpharmacy@westbrookmemorial.org",
        subject="STAT order 8841377 - CroFab",
        body="Courier left our Newburgh DC at 02:14 with CroFab x 10 vials for John Teague (44 M, rattlesnake bite, right hand). ETA 03:30 at your ED receiving door. Invoice will follow normal terms.",
    ),
    Spec(
        phi=True,
        category="Temperature excursion on patient home delivery",
        notes="Names the patient and address of a home-delivered insulin shipment that had a cold-chain excursion.",
        frm="Cold Chain Quality <coldchain@summitdrugdist.com>",
        to="pharmacist@sunrisemailrx.com",
        subject="Excursion - shipment to Walter Ng",
        body="The data logger for the Tresiba shipment to Walter Ng, 88 Cobble Ln, Peekskill NY 10566, read 14 C for 3 h. Please contact him not to use the pens; a replacement ships today at no charge.",
    ),
    Spec(
        phi=True,
        category="Proof-of-delivery image named after patient",
        notes="Hard positive: the PNG file name carries the patient's name and Hemlibra; body is a short POD note.",
        frm="Delivery Support <delivery@summitdrugdist.com>",
        to="orders@hemacarehomeinfusion.com",
        subject="POD for ASN8841207",
        body="POD attached, signed at 10:42.",
        atts=(Att("POD_HANNAH_WEISS_home_Hemlibra.png", "image/png", png(5, 5, (240, 240, 240))),),
    ),
    Spec(
        phi=True,
        category="X12 856 ship notice to patient's home",
        notes="Hard positive: the 856 ASN carries the patient's name, home address and Hemlibra for hemophilia A.",
        frm="EDI Desk <edi@summitdrugdist.com>",
        to="edi@hemacarehomeinfusion.com",
        subject="ASN 8841207",
        body="ASN for today's shipment attached (856 v4010).",
        atts=(Att("ASN8841207.x12", "application/edi-x12", X12_856),),
    ),
    Spec(
        phi=True,
        category="Credit request citing patient's reaction",
        notes="Case note repeats the pharmacy's reason: a named patient's allergic reaction to a switched generic.",
        frm="Customer Care <customercare@summitdrugdist.com>",
        to="owner@elmwoodcommunitypharmacy.com",
        subject="Case 30419 - credit approved",
        body="Hi Pete, credit approved for the levetiracetam 500 mg (Lupin) you returned. Noted on the case: 'Patient Gloria Sands had hives after switching manufacturers, MD wants the previous labeler.' We've set your account to allocate the Camber product going forward.",
    ),
    Spec(
        phi=True,
        category="Home delivery appointment for infusion supplies",
        notes="Calendar invite naming the patient and her home TPN supply delivery.",
        frm="Delivery Support <delivery@summitdrugdist.com>",
        to="homecare@brightpathinfusion.com",
        subject="Delivery window - Achterberg TPN supplies",
        body="Delivery window booked, see invite.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SummitDD//Delivery//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:sdd-del-20261211-achterberg@summitdrugdist.com\r\nDTSTAMP:20261208T120000Z\r\nDTSTART:20261211T140000Z\r\n"
            "DTEND:20261211T160000Z\r\nSUMMARY:Home delivery - Lena Achterberg - TPN compounding supplies and pump tubing\r\n"
            "LOCATION:77 Saltmarsh Ln\\, Brookhaven NY 11719\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded allocation exception request",
        notes="Hard positive: forwarded pharmacy request names a patient mid-course on Tepezza for thyroid eye disease; cover note only approves.",
        frm="Allocation Team <allocation@summitdrugdist.com>",
        to="supplychain@tanglewoodeyecenter.com",
        subject="Fw: allocation exception - approved",
        body="Approved for 2 vials above allocation, shipping Wednesday.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Grace Liu <gliu@tanglewoodeyecenter.com>",
            to="allocation@summitdrugdist.com",
            subject="allocation exception",
            body="We need 2 extra Tepezza vials for Ms. Carmen Ortiz, infusion 5 of 8 for thyroid eye disease next week. Stopping mid-course is not an option.",
        ),
    ),
    Spec(
        phi=True,
        category="Allocation exception form with initials, DOB and diagnosis",
        notes="Hard positive: DOCX form with patient initials, full DOB and diagnosis for a shortage drug exception.",
        frm="Allocation Team <allocation@summitdrugdist.com>",
        to="pharmacy@northfieldpeds.org",
        subject="Completed exception form - please sign",
        body="Filled in from your call; please check, sign and return.",
        atts=(
            Att(
                "allocation_exception_form.docx",
                DOCX,
                docx(
                    [
                        "SUMMIT DRUG DISTRIBUTION - Shortage Allocation Exception",
                        "Account: Northfield Pediatrics 40-77120",
                        "Patient initials: T.B.   DOB: 03/02/2019",
                        "Diagnosis: ADHD, combined type (F90.2)",
                        "Product: methylphenidate ER 18 mg; quantity 30",
                        "Reason: failed two alternatives",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Oncology PO reference with patient surname and cycle",
        notes="Hard positive: PO reference built from patient surname and carboplatin cycle ties a patient to chemotherapy.",
        frm="Customer Care <customercare@summitdrugdist.com>",
        to="purchasing@harborcancercare.com",
        subject="PO KIMURA-CARBO-C3 - backordered",
        body="PO KIMURA-CARBO-C3 (carboplatin 600 mg/60 mL x1 for Mr. Kimura's cycle 3) is on backorder from Teva; we can sub Fresenius, same NDC strength. Reply YES to switch.",
    ),
    Spec(
        phi=True,
        category="Suspect product trace to dispensed patient",
        notes="DSCSA investigation names the patient who received a suspect Ozempic pen and her address.",
        frm="DSCSA Compliance <dscsa@summitdrugdist.com>",
        to="pic@parkviewpharmacy.com",
        subject="Suspect product investigation SP-2611",
        body="Our trace shows serial 22K0918845 (Ozempic 1 mg) was dispensed by you to Evelyn Grant, 5 Dorset Pl, Yonkers NY, on 11/29. Please quarantine the remaining stock and contact the patient to exchange her pen.",
    ),
    Spec(
        phi=True,
        category="Reply to patient who called about her home shipment (HTML)",
        notes="HTML-only reply to patient's gmail confirming her Humira shipment date and address.",
        frm="Customer Care <customercare@summitdrugdist.com>",
        to="nadia.brennan77@gmail.com",
        subject="Your delivery question",
        body="",
        html=(
            "<html><body><p>Dear Ms. Brennan,</p><p>Thank you for calling. Your specialty pharmacy's order of <b>Humira Pen 40 mg (2 pens)</b> "
            "for delivery to 61 Westview Ter, White Plains is scheduled for Friday between 9 am and 1 pm.</p>"
            "<p>Summit Drug Distribution Customer Care, 1-800-555-0177</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Patient-specific compounding ingredient order",
        notes="Names a child and his mitochondrial disorder for a special-order coenzyme ingredient to a compounding pharmacy.",
        frm="Special Orders <specialorders@summitdrugdist.com>",
        to="compounding@orchardapothecary.com",
        subject="Special order 77120 - CoQ10 powder",
        body="Confirming the CoQ10 USP powder 500 g for Elijah Warrick's mitochondrial disease suspension arrives Tuesday. Please keep the Rx copy on file for our special-order audit.",
    ),
    Spec(
        phi=True,
        category="Account statement with patient names in line items",
        notes="Hard positive: statement PDF line items include named-patient special orders and drugs; body is a routine statement note.",
        frm="Accounts Receivable <ar@summitdrugdist.com>",
        to="ap@hemacarehomeinfusion.com",
        subject="Statement - November",
        body="November statement attached. Balance due 12/25.",
        atts=(
            Att(
                "statement_40-55102_Nov.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT DRUG DISTRIBUTION - STATEMENT",
                        "Account 40-55102 HemaCare Home Infusion",
                        "11/04 INV 8840711 Advate 2000 IU x12 - NPO pt COSTA, LIAM",
                        "11/18 INV 8840955 Hemlibra 150 mg x4 - NPO pt WEISS, HANNAH",
                        "11/22 INV 8841011 Gammagard 30 g - NPO pt MARSH, JUDITH",
                        "Balance due: $184,233.10",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Limited-distribution enrolment confirmation",
        notes="Confirms a named patient's REMS enrolment and pulmonary hypertension drug for first dispense.",
        frm="Specialty Customer Care <specialtycare@summitdrugdist.com>",
        to="specialty@crestviewhealthrx.com",
        subject="REMS check OK",
        body="REMS enrolment confirmed for Dolores Pineda (ambrisentan, PAH); patient enrolment ID PAH-5520817. You may order the first 30-day supply.",
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="Order confirmation with SSN-shaped PO",
        notes="Hard negative: 3-2-4 digit number is the customer's PO; routine order confirmation.",
        frm="Customer Care <customercare@summitdrugdist.com>",
        to="rxbuyer@brookhavenrmc.org",
        subject="RE: PO 512-44-8821 short shipped",
        body="Hi Tom, the 4 cases for PO 512-44-8821 ship tonight from the Newburgh DC, no additional freight. The X12 855 acknowledgment for your new order is attached." + SIG,
        atts=(Att("855_5124488.x12", "application/edi-x12", X12_855),),
    ),
    Spec(
        phi=False,
        category="Weekly backorder report",
        notes="CSV of backordered NDCs with ETAs; no patient.",
        frm="Customer Care <customercare@summitdrugdist.com>",
        to="purchasing@harborcancercare.com",
        subject="Backorder report - week 50",
        body="Your open backorders are attached.",
        atts=(
            Att(
                "backorders_wk50.csv",
                "text/csv",
                "ndc,description,qty_open,eta\n00703-4244-01,carboplatin 600mg/60mL,2,2026-12-18\n63323-0102-01,cisplatin 50mg/50mL,6,unknown\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="National drug shortage allocation notice",
        notes="Hard negative: shortage notice mentions ADHD and pediatric patients generally; no individual.",
        frm="Allocation Team <allocation@summitdrugdist.com>",
        to="customers-retail@summitdrugdist.com",
        subject="Allocation update: methylphenidate and amphetamine ER",
        body="Due to DEA quota limits, methylphenidate ER and amphetamine mixed salts ER remain on 80% allocation through Q1. Pharmacies serving pediatric ADHD patients may request an exception with prescriber attestation (no patient names needed on the request).",
    ),
    Spec(
        phi=False,
        category="CSOS renewal reminder with DEA number",
        notes="Hard negative: the pharmacy's DEA number is a registrant identifier, not patient data.",
        frm="Controlled Substances Desk <csos@summitdrugdist.com>",
        to="owner@elmwoodcommunitypharmacy.com",
        subject="CSOS certificate expires 1/9",
        body="The CSOS signing certificate for DEA BK2526866 expires January 9. Renew through the DEA Diversion portal so your CII e-orders are not interrupted.",
    ),
    Spec(
        phi=False,
        category="Annual price increase workbook",
        notes="Multi-sheet xlsx of January WAC changes; no patient.",
        frm="Pricing <pricing@summitdrugdist.com>",
        to="customers-hospital@summitdrugdist.com",
        subject="January 1 WAC changes (preview)",
        body="Preview of manufacturer price changes effective January 1. Final file on the 2nd.",
        atts=(
            Att(
                "WAC_changes_Jan.xlsx",
                XLSX,
                xlsx(
                    {
                        "Brand": [["NDC", "Product", "Old WAC", "New WAC"], ["00006-0277-31", "Januvia 100mg #30", 547.4, 563.82], ["00173-0887-10", "Trelegy #30", 668.2, 688.25]],
                        "Generic": [["NDC", "Product", "Old", "New"], ["00093-7146-56", "atorvastatin 40mg #90", 8.1, 8.1]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded manufacturer recall with lot numbers",
        notes="Hard negative: recall notice tells customers to notify patients, without naming any.",
        frm="Recall Desk <recalls@summitdrugdist.com>",
        to="customers-retail@summitdrugdist.com",
        subject="Fw: Class II recall - metformin ER 500 mg",
        body="Customers who received the lots below: quarantine, return via RA, and follow the manufacturer's patient-level notification guidance.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Quality <quality@granitepharmalabs.com>",
            to="recalls@summitdrugdist.com",
            subject="Class II recall - metformin ER 500 mg",
            body="Granite Pharma Labs is recalling metformin ER 500 mg lots G55120 and G55134 (NDMA above limit). Patients should continue their medicine until a replacement is available.",
        ),
    ),
    Spec(
        phi=False,
        category="Pharmacy license verification with NPI",
        notes="Hard negative: state license and NPI of a pharmacy (provider identifiers) for account setup.",
        frm="Credit & Licensing <licensing@summitdrugdist.com>",
        to="owner@parkviewpharmacy.com",
        subject="License verification for new account",
        body="We verified Parkview Pharmacy, NY license 029117, NPI: 1921374520. Your account will be active once the credit application is signed.",
    ),
    Spec(
        phi=False,
        category="Short-dated returns credit memo archive",
        notes="Zip of credit memos; no patient.",
        frm="Returns Department <returns@summitdrugdist.com>",
        to="ap@westbrookmemorial.org",
        subject="Credit memos - Q4 returns",
        body="Credit memos for your Q4 returns are in the zip.",
        atts=(
            Att(
                "credit_memos_Q4.zip",
                "application/zip",
                zipped(
                    {
                        "CM-66120.csv": "ndc,qty,credit\n00409-0805-01,10,182.20\n",
                        "CM-66144.csv": "ndc,qty,credit\n63323-0262-01,24,98.40\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Holiday delivery schedule invite",
        notes="Calendar notice of holiday route changes; no patient.",
        frm="Customer Care <customercare@summitdrugdist.com>",
        to="customers-hospital@summitdrugdist.com",
        subject="No deliveries Dec 25 - make-up run Dec 26",
        body="Add to your calendar: no deliveries on December 25; a make-up run is scheduled Saturday Dec 26.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SummitDD//Routes//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:sdd-holiday-20261226@summitdrugdist.com\r\nDTSTAMP:20261207T120000Z\r\nDTSTART;VALUE=DATE:20261226\r\n"
            "SUMMARY:Summit make-up delivery run (holiday)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Generic launch promotion (HTML)",
        notes="HTML-only product launch promotion; no patient.",
        frm="Summit Generics <generics@summitdrugdist.com>",
        to="customers-retail@summitdrugdist.com",
        subject="Now shipping: generic apixaban",
        body="",
        html="<html><body><h2>Generic apixaban is here</h2><p>2.5 mg and 5 mg, bottles of 60 and 180. Contract pricing in the portal today.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Portal password reset to pharmacy owner",
        notes="Account password reset to a pharmacy owner's personal gmail; no patient.",
        frm="Summit Portal <noreply@summitdrugdist.com>",
        to="pete.varga.rph@gmail.com",
        subject="Reset your SummitLink password",
        body="A password reset was requested for SummitLink user pvarga. The link expires in 30 minutes. If you did not request this, call 1-800-555-0177.",
    ),
    Spec(
        phi=False,
        category="Manufacturer assistance program information",
        notes="Hard negative: generic description of who qualifies for a hemophilia assistance program; no individual.",
        frm="Specialty Customer Care <specialtycare@summitdrugdist.com>",
        to="orders@hemacarehomeinfusion.com",
        subject="Info: factor replacement assistance programs",
        body="You asked what to give families: patients with hemophilia A or B who are uninsured or underinsured may qualify for free factor through the manufacturer programs listed on our portal. Income limit is 500% FPL.",
    ),
    Spec(
        phi=False,
        category="Cold-chain excursion for clinic stock",
        notes="Hard negative: vaccine shipment excursion to a clinic's stock; no patient involved.",
        frm="Cold Chain Quality <coldchain@summitdrugdist.com>",
        to="clinicmanager@northfieldpeds.org",
        subject="Excursion on vaccine tote 4 - do not use",
        body="Tote 4 (Vaxelis x 20, RotaTeq x 10) recorded 11 C for 95 minutes. Do not administer; a replacement tote arrives tomorrow. Return the tote with the logger.",
    ),
    Spec(
        phi=False,
        category="Suspicious order monitoring notice",
        notes="Hard negative: controlled substance threshold letter about pharmacy purchase volumes; no patient.",
        frm="Controlled Substances Desk <csos@summitdrugdist.com>",
        to="owner@maplegrovedrug.com",
        subject="Order held: oxycodone threshold",
        body="Your order for oxycodone 30 mg exceeded your monthly threshold and is held for review. Please send your dispensing volume by prescriber specialty (no patient names) and your pain-clinic ratio.",
    ),
    Spec(
        phi=False,
        category="Distribution center norovirus hygiene notice",
        notes="Hard negative: staff health notice about a GI illness outbreak at the DC; no individual named.",
        frm="DC Operations <dcops@summitdrugdist.com>",
        to="newburgh-dc-all@summitdrugdist.com",
        subject="Norovirus at Newburgh - hand hygiene",
        body="Several team members have had stomach illness this week. Stay home 48 h after symptoms end, wash hands (sanitizer does not kill norovirus), and use the bleach wipes on scanners.",
    ),
    Spec(
        phi=False,
        category="Blank patient-specific order form template",
        notes="Hard negative: blank DOCX template with empty patient name and diagnosis fields.",
        frm="Special Orders <specialorders@summitdrugdist.com>",
        to="compounding@orchardapothecary.com",
        subject="New special order form (v3)",
        body="Please use the attached v3 form from January; it adds a field for the Rx number.",
        atts=(
            Att(
                "special_order_form_v3.docx",
                DOCX,
                docx(
                    [
                        "SUMMIT DRUG DISTRIBUTION - Special Order Form v3",
                        "Patient name: ____________________",
                        "Diagnosis: ____________________",
                        "Rx number: __________",
                        "Product / NDC: __________  Quantity: ____",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Invoice dispute case update",
        notes="Routine pricing dispute update; no patient.",
        frm="Customer Care <customercare@summitdrugdist.com>",
        to="ap@westbrookmemorial.org",
        subject="Case 30477 - chargeback posted",
        body="The contract price for ondansetron 4 mg ODT was loaded late; a chargeback credit of $412.60 posted today to invoice 8840620.",
    ),
    Spec(
        phi=False,
        category="Account statement without patient items",
        notes="PDF statement of a hospital account with invoice totals only.",
        frm="Accounts Receivable <ar@summitdrugdist.com>",
        to="ap@westbrookmemorial.org",
        subject="Statement - November (Westbrook)",
        body="Statement attached.",
        atts=(
            Att(
                "statement_40-22018_Nov.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT DRUG DISTRIBUTION - STATEMENT",
                        "Account 40-22018 Westbrook Memorial Hospital",
                        "11/03 INV 8840602  $22,118.40",
                        "11/17 INV 8840944  $19,006.75",
                        "Balance due: $41,125.15",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
]
