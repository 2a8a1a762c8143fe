# ruff: noqa: E501
"""Hand-written holdout4 messages from Main Street Pharmacy and its compounding lab."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, zipped
from _pdf import pdf
from _spec import RX as M
from _spec import Att, Spec
from _xlsx import xlsx

SIG = "\n\nMain Street Pharmacy & Compounding\n212 Main St, Pine Hollow | 555-0130 | fax 555-0131\n"
DISC = "\nThis message is intended for the named recipient. If received in error please delete it.\n"

MESSAGES: list[Spec] = [
    Spec(
        True,
        "compounding_order",
        "Compounding order naming the patient, formula and prescriber.",
        f"Compounding Lab <compounding@{M}>",
        "office@pinehollowpeds.com",
        "Compound ready - pick up",
        "Hi Dr. Okafor's office,\n\nThe omeprazole 2 mg/mL suspension (150 mL) for baby Milo Ferreira\n"
        "(DOB 09/02/2026) is ready. BUD 30 days refrigerated. Mom can pick up after 3.\n\nGwen, CPhT" + SIG,
    ),
    Spec(
        True,
        "refill_too_soon",
        "Refill-too-soon override request to the insurer with member ID and controlled drug.",
        f"Main Street Pharmacy <rx@{M}>",
        "pharmacyhelp@rmhp-pbm.com",
        "Override request - refill too soon",
        "Requesting RTS override: member Harlan Voss, ID RM3308817265, DOB 06/22/1957.\n"
        "Rx oxycodone 5 mg #60 rejected 79 (refill too soon). Prescriber increased dose to 1 tab q6h after\n"
        "shoulder surgery 12/3; new Rx on file. Please call 555-0130.\n\nMarcus Lee, PharmD" + SIG,
    ),
    Spec(
        True,
        "prior_auth",
        "Pharmacy prior authorization form PDF with patient name, diagnosis and drug.",
        f"Marcus Lee PharmD <mlee@{M}>",
        "pa@rmhp-pbm.com",
        "PA - Ozempic",
        "PA form attached with chart notes. A1c history included.\n" + SIG,
        atts=(
            Att(
                "PA_Lindahl_semaglutide.pdf",
                "application/pdf",
                pdf(
                    [
                        "MAIN STREET PHARMACY - Prior Authorization Request",
                        "Member: Rosemarie Lindahl  ID RM6620413398  DOB 03/09/1961",
                        "Drug: semaglutide 0.5 mg weekly   Dx: E11.65 type 2 DM with hyperglycemia",
                        "Failed: metformin 1000 mg BID (GI intolerance)",
                        "Prescriber: Priya Ramaswamy MD  NPI: 1410963858",
                    ],
                    "PA request",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "vaccine_roster",
        "Vaccine clinic roster with names, DOBs and vaccines given, sent to the county health department.",
        f"Main Street Pharmacy <rx@{M}>",
        "immunizations@hollowcountyhealth.org",
        "Senior center clinic roster 12/5",
        "Roster from Saturday's clinic at the senior center attached; entered into CIIS as well.\n\nMarcus" + SIG,
        atts=(
            Att(
                "roster_1205.csv",
                "text/csv",
                "last,first,dob,vaccine,lot,site\nAbernathy,Clyde,1944-02-17,Fluzone HD,UT8821KA,L deltoid\n"
                "Begay,Loretta,1951-11-30,Shingrix dose 2,7K3HJ,R deltoid\nCordova,Estela,1939-05-04,Arexvy,AR5L2,L deltoid\n",
            ),
        ),
    ),
    Spec(
        True,
        "vaccine_roster_xlsx",
        "Multi-sheet vaccine roster workbook with DOBs, Medicare IDs and consent flags.",
        f"Gwen Halvorsen <ghalvorsen@{M}>",
        "billing@vaxbillingservices.com",
        "Clinic roster for roster billing",
        "Sheet 1 Medicare Part B, sheet 2 commercial. Let me know about the two rejects.\n\nGwen",
        atts=(
            Att(
                "rosterbill_Dec.xlsx",
                XLSX,
                xlsx(
                    {
                        "Medicare": [["Name", "DOB", "MBI", "Vaccine"], ["Clyde Abernathy", "02/17/1944", "5NW8CJ4PE27", "Flu HD"], ["Estela Cordova", "05/04/1939", "7KD2AT9XM63", "RSV"]],
                        "Commercial": [["Name", "DOB", "Member ID", "Vaccine"], ["Loretta Begay", "11/30/1951", "BCX440918822", "Shingrix"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "med_sync_note",
        "Hard positive: pharmacist note to a nursing home naming a resident and a dose change, no diagnosis.",
        f"Marcus Lee PharmD <mlee@{M}>",
        "ltcnurse@pinehollowhospital.org",
        "Schuette warfarin",
        "Got the new order - Alma's warfarin is now 2.5 mg daily starting tomorrow. New cards will come on\n"
        "the 4pm run; please pull the 5 mg cards and send back. -Marcus\n",
    ),
    Spec(
        True,
        "controlled_discrepancy",
        "Hard positive: controlled-substance count discrepancy naming the hospice patient whose meds were destroyed.",
        f"Main Street Pharmacy <rx@{M}>",
        "compliance@evergreenhh.org",
        "Discrepancy in returned meds",
        "Diane, the lorazepam return for Clifford Ambrose was 12 tabs short vs our dispensing record\n"
        "(dispensed 30 on 11/28, returned 6, MAR shows 12 doses). Can you check with the on-call nurse?\n\nMarcus\n",
    ),
    Spec(
        True,
        "patient_email_personal",
        "Pharmacist reply to a patient's personal email about her antidepressant interaction.",
        f"Marcus Lee PharmD <mlee@{M}>",
        "beth.ann.sorensen@gmail.com",
        "Re: can I take this with my sertraline?",
        "Hi Beth Ann,\n\nGood question. Sumatriptan plus your sertraline 100 mg carries a small risk of\n"
        "serotonin syndrome; most people take both safely. Watch for agitation, fever, or muscle twitching.\n"
        "I'd still let Dr. Ramaswamy know. Your refill is ready too.\n\nMarcus\n\n"
        "> On Mon, Beth Ann Sorensen wrote:\n> My migraine doc gave me sumatriptan, is it ok with my zoloft?\n",
    ),
    Spec(
        True,
        "ssn_payer_fax",
        "Hard positive: SSN and name for a manufacturer patient-assistance application, drug named.",
        f"Gwen Halvorsen <ghalvorsen@{M}>",
        "enroll@lillycares-pap.org",
        "Patient assistance enrollment",
        "Enrollment for Leland Purcell, SSN 531-08-7724, household income attached. Requesting insulin\n"
        "lispro (Humalog) KwikPen assistance; prescriber form signed.\n\nGwen, CPhT" + SIG,
    ),
    Spec(
        True,
        "hl7_dispense",
        "Hard positive: HL7 RDS dispense message in a .txt attachment naming the patient and drug.",
        f"Pharmacy System <pharmsys@{M}>",
        "mar-interface@pinehollowhospital.org",
        "RDS batch",
        "Batch dispense messages attached.\n",
        atts=(
            Att(
                "rds_1208.txt",
                "text/plain",
                "MSH|^~\\&|MSRX|MAINSTREET|LTCMAR|PINEHOLLOW|20261208160000||RDS^O13|MS99120|P|2.5\r"
                "PID|1||PH-0060118^^^PHCH^MR||Schuette^Alma^M||19330812|F\r"
                "RXD|1|855332^warfarin 2.5 mg tab^RXNORM|20261208|30|TAB\r",
            ),
        ),
    ),
    Spec(
        True,
        "first_name_rx",
        "Hard positive: first name with detox medication and counseling details (Part 2 context).",
        f"Tech Counter <counter@{M}>",
        "marcus.lee.rph@gmail.com",
        "Dustin again",
        "Marcus, Dustin was back asking for his Suboxone 3 days early again, says he lost the strips. I told\n"
        "him you'd call his counselor at the clinic. He's on 8 mg BID. -Kenzie\n",
    ),
    Spec(
        True,
        "compound_batch_with_patient",
        "Hard positive: compounding worksheet DOCX that looks like a formula sheet but lists the patient.",
        f"Compounding Lab <compounding@{M}>",
        "qa@cocompoundingconsult.com",
        "worksheet review",
        "Could you review this worksheet before our inspection? Trying to tighten documentation.\n\nGwen",
        atts=(
            Att(
                "worksheet_CMP-26-0417.docx",
                DOCX,
                docx(
                    [
                        "Main Street Pharmacy Compounding Record CMP-26-0417",
                        "Formula: Magic mouthwash (lidocaine viscous 2% / diphenhydramine / Maalox 1:1:1)",
                        "Patient: Marguerite Thalberg   Rx 6612044",
                        "Prepared 12/07/2026 by G. Halvorsen, verified M. Lee",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "delivery_manifest",
        "Hard positive: delivery manifest with names and addresses of patients receiving deliveries.",
        f"Deliveries <delivery@{M}>",
        "driver.nate.pruitt@gmail.com",
        "Route tomorrow",
        "Nate, tomorrow's run. Cold bag for #2.\n\n1. Clyde Abernathy, 612 Oak St - 3 bags, copay $0\n"
        "2. Estela Cordova, 40 Sage Creek Rd - insulin, keep cold\n3. Evergreen c/o Wanda Pikeman, 18 Cottonwood Dr - comfort kit, sign CII\n",
    ),
    Spec(
        True,
        "forward_rx_question",
        "Forwarded prescriber message about a child's compounded dose, with name and weight.",
        f"Marcus Lee PharmD <mlee@{M}>",
        "gwen.halvorsen.home@yahoo.com",
        "FW: Milo dose",
        "Gwen, see below - remake at the new concentration tomorrow am?\n",
        forward=Spec(
            True,
            "",
            "",
            "Dr. Chidi Okafor <cokafor@pinehollowpeds.com>",
            f"mlee@{M}",
            "Milo Ferreira",
            "Marcus, Milo is now 5.8 kg, please change omeprazole to 1 mg/kg/day = 5.8 mg daily. Reflux\n"
            "still bad despite thickened feeds.\n",
        ),
    ),
    Spec(
        True,
        "html_only_rx",
        "HTML-only refill reminder naming the patient and the drug.",
        f"Main Street Pharmacy <reminders@{M}>",
        "estela.cordova39@hotmail.com",
        "Your prescription is ready",
        "",
        html=(
            "<html><body><p>Hello Estela Cordova,</p><p>Your prescription for <b>donepezil 10 mg</b> "
            "(Rx #6610982) is ready for pickup at Main Street Pharmacy.</p><p>Reply STOP to opt out.</p></body></html>"
        ),
    ),
    Spec(
        True,
        "x12_271_rx",
        "X12 271 eligibility text attached for a named member with a coverage question.",
        f"Gwen Halvorsen <ghalvorsen@{M}>",
        "helpdesk@rxswitchco.com",
        "271 looks wrong",
        "Switch keeps returning this for our patient, but her card says active. Raw 271 attached.\n",
        atts=(
            Att(
                "271_begay.x12",
                "text/plain",
                "ISA*00*          *00*          *ZZ*RXSWITCH       *ZZ*MAINSTREET     *261208*1402*^*00501*000009912*0*P*:~\n"
                "ST*271*9912*005010X279A1~\nNM1*IL*1*BEGAY*LORETTA****MI*BCX440918822~\nDMG*D8*19511130*F~\n"
                "EB*6*IND*88~\nSE*5*9912~\n",
            ),
        ),
    ),
    Spec(
        True,
        "mobile_rx",
        "Hard positive: mobile text with a surname and a critical INR from the pharmacist to a doctor's cell email.",
        f"Marcus Lee <mlee@{M}>",
        "5550187@vtext.com",
        "INR",
        "Dr W - Mr Purcell POC INR 6.2 at pharmacy clinic just now, no bleeding. Holding. Call me 555-0130\n",
    ),
    # negatives
    Spec(
        False,
        "drug_recall",
        "Hard negative: drug recall notice with NDCs and lot numbers, no patient.",
        f"Main Street Pharmacy <rx@{M}>",
        "ltcnurse@pinehollowhospital.org",
        "RECALL: metformin ER lots - check your carts",
        "FYI - Class II recall (NDMA) for metformin ER 500 mg, NDC 68180-0336-07, lots L2204A, L2211C.\n"
        "We've pulled stock here. Please check any house stock on your carts and send back. No patient-level\n"
        "action required per FDA; replacements go out on the 4pm run.\n\nMarcus" + SIG,
    ),
    Spec(
        False,
        "formula_sheet",
        "Hard negative: compounding formula sheet with ingredients and BUD, no patient.",
        f"Compounding Lab <compounding@{M}>",
        "qa@cocompoundingconsult.com",
        "Master formulation record - omeprazole susp",
        "MFR attached for your review.\n\nGwen",
        atts=(Att("MFR_omeprazole_2mgml.pdf", "application/pdf", pdf(["MAIN STREET PHARMACY - Master Formulation Record", "Omeprazole 2 mg/mL oral suspension, 100 mL", "Omeprazole powder 200 mg; sodium bicarbonate 8.4% qs 100 mL", "BUD: 30 days refrigerated. Shake well.", "USP <795> nonsterile category 2"], "MFR")),),
    ),
    Spec(
        False,
        "pharmacist_sick_call",
        "Hard negative: the pharmacist's own sick call mentioning his own illness.",
        f"Marcus Lee <mlee@{M}>",
        "owner@mainstreetrx.com",
        "out today",
        "Joan - I've got a fever of 101 and a nasty GI bug, not coming in. Kenzie can cover counter; I called\n"
        "Priscilla to come in as pharmacist at 10. Sorry. -M\n",
    ),
    Spec(
        False,
        "vendor_invoice",
        "Hard negative: wholesaler invoice with account numbers and NDCs.",
        f"Accounts Payable <ap@{M}>",
        "ar@westernrxwholesale.com",
        "Invoice 884120 question",
        "Hi, invoice 884120 (acct MS-004417) double-billed line 14 (NDC 00093-7146-56 atorvastatin 40 mg x3).\n"
        "Please issue a credit memo.\n\nJoan Tilley, owner\n",
        atts=(Att("inv884120.pdf", "application/pdf", pdf(["WESTERN RX WHOLESALE - Invoice 884120", "Bill to: MAIN STREET PHARMACY acct MS-004417", "14  00093-7146-56  atorvastatin 40mg 90ct  qty 3  $41.70"], "Invoice")),),
    ),
    Spec(
        False,
        "vaccine_clinic_flyer",
        "Vaccine clinic flyer for the public, no individual.",
        f"Main Street Pharmacy <news@{M}>",
        "community@lists.mainstreetrx.com",
        "Flu & RSV shots Saturday at the senior center",
        "",
        html="<html><body><h2>Walk-in vaccine clinic</h2><p>Saturday 9-1 at the Pine Hollow Senior Center. Flu, high-dose flu, RSV (60+), Shingrix, COVID. Bring your insurance card.</p></body></html>",
    ),
    Spec(
        False,
        "zip_inventory",
        "ZIP with inventory CSV and a price list, no patient.",
        f"Joan Tilley <owner@{M}>",
        "cpa@hollowcountyaccounting.com",
        "year-end inventory",
        "Year-end inventory export and price list zipped up.\n\nJoan",
        atts=(Att("inventory_2026.zip", "application/zip", zipped({"inventory.csv": "ndc,desc,qty,cost\n00093-7146-56,atorvastatin 40mg 90ct,12,13.90\n68180-0336-07,metformin ER 500mg 100ct,0,8.12\n", "prices.txt": "Cash price list effective 1/1/2027\n"})),),
    ),
    Spec(
        False,
        "usp797_training",
        "Compounding staff training schedule with staff names only.",
        f"Compounding Lab <compounding@{M}>",
        "staff@mainstreetrx.com",
        "Gloved fingertip testing dates",
        "Media fill and gloved fingertip testing for everyone who compounds: Kenzie 12/14, Gwen 12/15,\n"
        "Priscilla 12/16. Plates incubate 7 days.\n",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MSRx//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h4-gft@mainstreetrx.com\r\nDTSTAMP:20261207T150000Z\r\nDTSTART:20261214T150000Z\r\nDTEND:20261214T160000Z\r\nSUMMARY:GFT / media fill\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        False,
        "npi_prescriber_update",
        "Hard negative: prescriber directory update with NPI and DEA of clinicians only.",
        f"Gwen Halvorsen <ghalvorsen@{M}>",
        "support@rxsoftwareco.com",
        "please add prescriber",
        "Please add to our prescriber file:\nDr. Chidi Okafor, pediatrics, Pine Hollow Pediatrics\nNPI: 1704538267\n"
        "DEA BO4417726\nPhone 555-0161 fax 555-0162\n\nThanks, Gwen\n",
    ),
    Spec(
        False,
        "dispensing_stats",
        "Hard negative: monthly dispensing statistics with controlled-substance counts, aggregate.",
        f"Joan Tilley <owner@{M}>",
        "board@mainstreetrx.com",
        "November numbers",
        "Nov: 6,412 Rx filled (up 4%), 311 compounds, 148 vaccines. CII fills 402, buprenorphine 57 patients.\n"
        "Generic fill rate 91%. DIR fees still killing us.\n\nJoan",
        atts=(Att("nov_stats.xlsx", XLSX, xlsx({"Fills": [["Category", "Count"], ["Total", 6412], ["Compounds", 311]], "Vaccines": [["Vaccine", "Doses"], ["Flu", 102], ["RSV", 21], ["Shingrix", 25]]})),),
    ),
]
