"""Main Street Pharmacy: refills, compounding, immunizations, home delivery (15 PHI, 15 not)."""

# ruff: noqa: E501  (message text and structured attachments keep their natural line lengths)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import EMS, PHH, RX, Att, Spec

SIG_HAL = "\n\nHal Brekke, RPh\nMain Street Pharmacy\n112 Main St, Pine Hollow MN 56473\nph 218-555-0300  fax 218-555-0301"
SIG_ANJ = "\n\nAnjali Mehta, PharmD\nMain Street Pharmacy | 218-555-0300"

FHIR_MEDS = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "msrx-20417",
      "name": [{"family": "Vang", "given": ["Tou"]}], "birthDate": "1949-03-17",
      "telecom": [{"system": "phone", "value": "218-555-0315"}]}},
    {"resource": {"resourceType": "MedicationDispense", "status": "completed",
      "subject": {"reference": "Patient/msrx-20417"},
      "medicationCodeableConcept": {"text": "insulin glargine 100 units/mL pen"},
      "whenHandedOver": "2026-10-29", "dosageInstruction": [{"text": "22 units at bedtime"}]}},
    {"resource": {"resourceType": "MedicationDispense", "status": "completed",
      "subject": {"reference": "Patient/msrx-20417"},
      "medicationCodeableConcept": {"text": "tamsulosin 0.4 mg capsule"},
      "whenHandedOver": "2026-10-29", "dosageInstruction": [{"text": "1 capsule daily 30 min after supper"}]}},
    {"resource": {"resourceType": "MedicationDispense", "status": "completed",
      "subject": {"reference": "Patient/msrx-20417"},
      "medicationCodeableConcept": {"text": "apixaban 5 mg tablet"},
      "whenHandedOver": "2026-10-15", "dosageInstruction": [{"text": "1 tablet twice daily"}]}}
  ]
}
"""

PHI_MESSAGES = [
    Spec(
        phi=True,
        category="refill_request_prescriber",
        notes="Refill authorization request to the clinic: name, DOB, drug, strength, last fill.",
        frm=f"Main Street Pharmacy <refills@{RX}>",
        to=f"RHC Refill Line <rhcrefills@{PHH}>",
        subject="Refill auth request",
        body=(
            "REFILL AUTHORIZATION REQUEST\n\n"
            "Patient: Gunnar Ostlund   DOB: 10/02/1947\n"
            "Rx: levothyroxine 88 mcg tab, #90, 1 daily, last filled 08/12/2026, 0 refills left\n"
            "Prescriber: Hollis Grady, PA-C\n\n"
            "[ ] Approved  # refills ____   [ ] Denied   [ ] Needs appointment\n\n"
            "Pt has 3 days left. Please reply or send e-Rx." + SIG_HAL
        ),
    ),
    Spec(
        phi=True,
        category="delivery_route_csv",
        notes=(
            "Hard positive: a two-line body to the driver; the route CSV holds names, home "
            "addresses, phones and which bags need the fridge (insulin)."
        ),
        frm=f"Becky Lindahl <becky@{RX}>",
        to=f"Mateo Ibarra <mateo@{RX}>",
        subject="Tues route",
        body="Route for tomorrow. Cooler bags for the 2 marked fridge.",
        atts=(
            Att(
                "route_2026-11-10.csv",
                "text/csv",
                "stop,name,address,phone,bags,fridge,collect,notes\n"
                "1,Ardith Paulsen,14 Spruce St Pine Hollow,218-555-0341,2,N,$0,leave w/ neighbor in 16\n"
                "2,Tou Vang,388 Hwy 71 Ferndale,218-555-0315,1,Y,$35.00,insulin - hand to wife Mai\n"
                "3,Clarence Whitebear,2 Ridge Rd Kettle Lake,218-555-0377,3,N,$0,blister packs wk 46\n"
                "4,Lupe Zamora,901 4th Ave Pine Hollow,218-555-0308,1,Y,$4.15,Humira pen - signature\n"
                "5,Edna Rasmussen,Lakeshore Senior Living rm 112,,1,N,$0,nitro patches\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="son_gmail_blister_packs",
        notes=(
            "Hard positive: to a son's gmail - his mother's first name, blister packs and a "
            "furosemide dose change."
        ),
        frm=f"Anjali Mehta <anjali@{RX}>",
        to="Tom Griebel <tgriebel71@gmail.com>",
        subject="Re: Mom's pills",
        body=(
            "Hi Tom,\n\nArlene's blister packs for the next 4 weeks are ready. Heads up that Dr. "
            "Okafor-Lind raised her furosemide to 40 mg in the morning after her weight went up "
            "at clinic, so the morning bubble looks different (white round instead of the small "
            "one). Potassium stays the same. We can deliver Thursday or you can grab them.\n\n"
            "Anjali" + SIG_ANJ + "\n\n> Can I pick up mom's pills Wednesday after work? - Tom"
        ),
    ),
    Spec(
        phi=True,
        category="compounding_clarification",
        notes="Compounding clarification to the prescriber: patient name, mucositis from chemo, formula.",
        frm=f"Hal Brekke <hbrekke@{RX}>",
        to="Oncology Nurse Line <oncrn@prairiemercy.org>",
        subject="Magic mouthwash clarification - Renata Kowalik",
        body=(
            "Received Dr. Abernathy's order for Renata Kowalik (DOB 01/26/1970) for 'magic "
            "mouthwash 240 mL' for mucositis during her FOLFOX cycles. Our standard is equal "
            "parts viscous lidocaine 2%, diphenhydramine 12.5/5 and Maalox. Is nystatin wanted "
            "too? She is picking up this afternoon." + SIG_HAL
        ),
    ),
    Spec(
        phi=True,
        category="shingles_dose2_ics",
        notes="Immunization appointment invite for Shingrix dose 2 to the patient's aol mailbox.",
        frm=f"Main Street Pharmacy <immunizations@{RX}>",
        to="Bernice Halvorson <bhalvorson1952@aol.com>",
        subject="Your Shingrix dose 2 appointment",
        body=(
            "Bernice, your second Shingrix shot is due. We booked you for Tuesday Nov 17 at "
            "10:15. Your first dose was May 12. Bring your Medicare card. You may feel achy for "
            "a day like last time.\n\nMain Street Pharmacy"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Main Street Pharmacy//Immunizations//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:msrx-imm-2611-0417@mainstreetrx.com\r\n"
            "DTSTAMP:20261110T170000Z\r\nDTSTART:20261117T161500Z\r\nDTEND:20261117T163000Z\r\n"
            "SUMMARY:Shingrix dose 2 - Bernice Halvorson\r\n"
            "LOCATION:Main Street Pharmacy\\, 112 Main St\r\n"
            "ATTENDEE;CN=Bernice Halvorson:mailto:bhalvorson1952@aol.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="fhir_dispense_history",
        notes="FHIR MedicationDispense history for an admitted patient to the hospital pharmacist.",
        frm=f"Anjali Mehta <anjali@{RX}>",
        to=f"Priya Ramanathan <pramanathan@{PHH}>",
        subject="Re: med history for your admit",
        body="Here's his fill history out of our system as FHIR, last 90 days. He's a good refiller."
        + SIG_ANJ,
        atts=(Att("dispense_history_msrx-20417.json", "application/fhir+json", FHIR_MEDS),),
    ),
    Spec(
        phi=True,
        category="prior_auth_pbm",
        notes="Hard positive: prior authorization to the PBM with member ID, ICD-10 code and drug, no diagnosis words.",
        frm=f"Hal Brekke <hbrekke@{RX}>",
        to="PA Desk <pa-requests@clearscriptpbm.com>",
        subject="PA request - semaglutide",
        body=(
            "Member: Leticia Obregon\nMember ID: CSR228104519\nDOB: 07/07/1981\n"
            "Drug: semaglutide 1 mg/0.74 mL pen, 4 pens/28 days\nDx: E11.65\n"
            "Tried/failed: metformin 1000 mg BID x 14 months, glipizide 10 mg (hypoglycemia)\n"
            "Last A1c 9.4 (10/2026)\nPrescriber NPI: 1175337728" + SIG_HAL
        ),
    ),
    Spec(
        phi=True,
        category="patient_email_forward_rfc822",
        notes="Forwarded patient email (message/rfc822) about his insulin cost and low sugars.",
        frm=f"Becky Lindahl <becky@{RX}>",
        to=f"Anjali Mehta <anjali@{RX}>",
        subject="FW: question about my insulin",
        body="Can you call him back? He's on the delivery list too. -B",
        forward=Spec(
            phi=True,
            category="patient_email_forward_rfc822",
            notes="inner",
            frm="Ray Dufresne <raydufresne48@hotmail.com>",
            to=f"Main Street Pharmacy <info@{RX}>",
            subject="question about my insulin",
            body=(
                "Hello, this is Ray Dufresne on Birch Lake Rd. My Novolog copay went up to $95 "
                "with the new Part D plan. Also I had two low sugars this week (52 and 61) in the "
                "night. Should I cut back the Lantus? Dr Grady's office is closed till Monday.\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject_only_pa_approved",
        notes="Hard positive: name and anticoagulant approval only in the subject; body is 'fyi'.",
        frm=f"Courtney Sayre <courtney@{RX}>",
        to=f"Hal Brekke <hbrekke@{RX}>",
        subject="Ilse Moreau - Eliquis PA approved thru 11/2027",
        body="fyi. I ran it, $47 copay. Bagged and in the E bin.\n\nC",
    ),
    Spec(
        phi=True,
        category="mtm_consult_docx",
        notes="Medication therapy management consult note DOCX to the PCP with name, DOB and recommendations.",
        frm=f"Anjali Mehta <anjali@{RX}>",
        to="Dr. Amara Sandvik <asandvik@ferndalefamilymed.com>",
        subject="CMR note - recommendations for your review",
        body="Comprehensive med review from Monday attached. Two recommendations on page 1."
        + SIG_ANJ,
        atts=(
            Att(
                "CMR_Nguyen_Thi_Hoa_2026-11-09.docx",
                DOCX,
                docx(
                    [
                        "Main Street Pharmacy - Comprehensive Medication Review",
                        "Patient: Nguyen Thi Hoa   DOB: 04/18/1950   Medicare Part D (Humana)",
                        "Conditions: atrial fibrillation, HFrEF (EF 35%), CKD 3b, osteoporosis",
                        "Rec 1: apixaban 5 mg BID -> 2.5 mg BID (age 76, Cr 1.6, wt 54 kg meets 2 of 3)",
                        "Rec 2: stop omeprazole 40 mg (no indication since 2023); monitor for reflux",
                        "Patient reports dizziness on standing; BP in pharmacy 102/64.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="nursing_home_flu_initials_dob",
        notes="Hard positive: flu clinic results to a nursing home by initials, full DOB and vaccine given or refused.",
        frm=f"Courtney Sayre <courtney@{RX}>",
        to="Director of Nursing <don@lakeshoreseniorliving.com>",
        subject="flu clinic results - east wing",
        body=(
            "East wing, given 11/06 by Anjali:\n\n"
            "R.L.  02/03/1936  Fluzone High-Dose  L deltoid\n"
            "J.M.  09/15/1941  Fluzone High-Dose  R deltoid\n"
            "A.K.  12/22/1939  refused (egg allergy concern - discussed, still refused)\n"
            "D.P.  06/30/1944  Fluzone High-Dose + Prevnar 20\n\n"
            "We entered them in MIIC. West wing is next Friday.\n\nCourtney, CPhT"
        ),
    ),
    Spec(
        phi=True,
        category="early_refill_opioid",
        notes="Early refill attempts on oxycodone reported to the prescriber with the patient's name.",
        frm=f"Hal Brekke <hbrekke@{RX}>",
        to=f"Hollis Grady <hgrady@{PHH}>",
        subject="early refill attempts - please call",
        body=(
            "Hollis, Corey Lundeen tried to fill oxycodone 10 mg #60 today, 9 days early, third "
            "early attempt since August. PMP shows a fill at a Walmart in Bemidji on 10/30 from "
            "an urgent care. I did not fill it. Please call me before anything else is sent."
            + SIG_HAL
        ),
    ),
    Spec(
        phi=True,
        category="specialty_copay_receipt_html",
        notes="HTML-only pickup receipt to the patient's outlook mailbox with drug name and copay.",
        frm=f"Main Street Pharmacy <receipts@{RX}>",
        to="Lupe Zamora <lupe.zamora@outlook.com>",
        subject="Your Main Street Pharmacy receipt",
        body="",
        html=(
            "<html><body><h3>Main Street Pharmacy</h3><p>Thank you, Lupe.</p>"
            "<table border='1' cellpadding='4'><tr><th>Rx #</th><th>Item</th><th>Qty</th><th>Copay</th></tr>"
            "<tr><td>7012284</td><td>Humira (adalimumab) 40 mg/0.4 mL pen</td><td>2</td><td>$5.00</td></tr>"
            "<tr><td>7012290</td><td>methotrexate 2.5 mg tab</td><td>24</td><td>$4.15</td></tr>"
            "<tr><td>7012291</td><td>folic acid 1 mg tab</td><td>30</td><td>$0.00</td></tr>"
            "</table><p>Delivered 11/10 to 901 4th Ave. Copay card applied.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="insurance_card_png_filename",
        notes="Hard positive: insurance card photo attached; the patient's surname is only in the file name.",
        frm=f"Courtney Sayre <courtney@{RX}>",
        to="Enrollment <enrollment@ruraldmesupply.com>",
        subject="card for the CGM order",
        body="Card front for the CGM sensors order we faxed this morning. Back of card to follow.\n\nCourtney",
        atts=(Att("insurance_card_front_Baptiste.png", "image/png", png(8, 5, (40, 90, 170))),),
    ),
    Spec(
        phi=True,
        category="340b_audit_xlsx",
        notes="Hard positive: 340B audit workbook with Rx numbers, patient names, drugs and the hospital encounter; body is terse.",
        frm=f"Hal Brekke <hbrekke@{RX}>",
        to="340B Program <340b@pinehollowhospital.org>",
        subject="Oct 340B sample - our side",
        body="Our side of the October sample. Tab 2 has the 3 we think shouldn't have qualified."
        + SIG_HAL,
        atts=(
            Att(
                "MSRX_340B_sample_2026-10.xlsx",
                XLSX,
                xlsx(
                    {
                        "Sample": [
                            ["Rx #", "Patient", "DOB", "Drug", "Fill date", "PHCAH encounter"],
                            [
                                "7010955",
                                "Howard Pike",
                                "1958-09-09",
                                "Eliquis 5 mg",
                                "2026-10-04",
                                "RHC 2026-09-28",
                            ],
                            [
                                "7011102",
                                "Sunita Rao",
                                "1977-01-23",
                                "Trulicity 1.5 mg",
                                "2026-10-08",
                                "RHC 2026-08-14",
                            ],
                            [
                                "7011340",
                                "Wendell Bigsby",
                                "1966-11-02",
                                "Symbicort 160/4.5",
                                "2026-10-15",
                                "ED 2026-10-13",
                            ],
                        ],
                        "Questioned": [
                            ["Rx #", "Issue"],
                            ["7011102", "prescriber is outside endocrinologist, not PHCAH"],
                            ["7011340", "ED encounter - discharge Rx eligible?"],
                            ["7011398", "written after patient moved to Ferndale Family Med"],
                        ],
                    }
                ),
            ),
        ),
    ),
]

CLEAN_MESSAGES = [
    Spec(
        phi=False,
        category="amoxicillin_shortage_prescribers",
        notes="Hard negative: amoxicillin suspension shortage and alternatives to local prescribers.",
        frm=f"Hal Brekke <hbrekke@{RX}>",
        to=f"RHC Providers <providers@{PHH}>",
        cc="Dr. Amara Sandvik <asandvik@ferndalefamilymed.com>",
        subject="Amoxicillin 400/5 suspension - out until mid-December",
        body=(
            "Our wholesaler is out of amoxicillin 400 mg/5 mL and 250/5 until mid-December.\n\n"
            "We have: amoxicillin 125 mg/5 mL (fine for little ones), amoxicillin 500 mg "
            "capsules (can open into applesauce), chewable 250 mg, and amox-clav 600/42.9 "
            "(ES-600).\n\nFor otitis media in kids over 20 kg, capsules or chewables work. Call "
            "us before sending cefdinir so we can check stock." + SIG_HAL
        ),
    ),
    Spec(
        phi=False,
        category="wholesaler_order_ssn_shaped",
        notes="Hard negative: wholesaler reorder whose internal order reference looks like an SSN.",
        frm=f"Courtney Sayre <courtney@{RX}>",
        to="Customer Service <cs@midwestrxwholesale.com>",
        subject="Short-ship on order ref 508-31-2207",
        body=(
            "Order ref 508-31-2207 (delivered 11/09) was short:\n\n"
            "  NDC 00093-7214-98 atorvastatin 40 mg #1000 - received 0 of 1\n"
            "  NDC 68180-0513-03 lisinopril 20 mg #1000 - received 1 of 2\n\n"
            "Please credit or ship on the Wednesday truck. Account 44710.\n\nCourtney, CPhT"
        ),
    ),
    Spec(
        phi=False,
        category="csos_dea_order",
        notes="Hard negative: controlled substance order confirmation with the pharmacy's own DEA number.",
        frm=f"Hal Brekke <hbrekke@{RX}>",
        to="CSOS Desk <csos@midwestrxwholesale.com>",
        subject="CSOS order 11/10 - please confirm quantities",
        body=(
            "Registrant: Main Street Pharmacy, DEA FM2960880\n\n"
            "  hydrocodone/APAP 5/325 #500 x1\n  oxycodone 5 mg #100 x2\n"
            "  methylphenidate ER 36 mg #100 x1\n  midazolam 5 mg/mL 10 mL x4 (for Tri-County EMS "
            "restock, per supply agreement)\n\nSigned in CSOS at 14:02." + SIG_HAL
        ),
    ),
    Spec(
        phi=False,
        category="flu_clinic_flyer_html",
        notes="Hard negative: HTML-only community flu/COVID/RSV walk-in flyer; no individual.",
        frm=f"Main Street Pharmacy <news@{RX}>",
        to="Community List <community@lists.mainstreetrx.com>",
        subject="Walk-in flu, COVID and RSV shots this Saturday",
        body="",
        html=(
            "<html><body style='font-family:Arial'><h2>Shots Saturday!</h2>"
            "<p><b>Flu</b> (high-dose for 65+), <b>updated COVID-19</b>, and <b>RSV</b> for "
            "adults 75+ or 60-74 with heart or lung disease.</p>"
            "<p>Saturday Nov 14, 9 AM - 1 PM. No appointment. Most insurance and Medicare "
            "Part B/D accepted.</p><p>Can't get out? We come to homebound folks - call "
            "218-555-0300.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="immunization_counts_xlsx",
        notes="Hard negative: multi-sheet immunization tallies by week and vaccine; aggregates only.",
        frm=f"Courtney Sayre <courtney@{RX}>",
        to=f"Hal Brekke <hbrekke@{RX}>",
        subject="shot counts for the season so far",
        body="Counts through Sunday. We passed last year's total already!",
        atts=(
            Att(
                "MSRX_immunization_tally_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By week": [
                            ["Week", "Flu", "Flu HD", "COVID", "RSV", "Shingrix", "Pneumo"],
                            ["Sep 28", 41, 36, 22, 4, 3, 2],
                            ["Oct 5", 58, 49, 31, 6, 5, 4],
                            ["Oct 12", 44, 51, 28, 9, 2, 3],
                            ["Nov 2", 29, 33, 17, 3, 6, 1],
                        ],
                        "By site": [
                            ["Site", "Total"],
                            ["Store", 402],
                            ["Lakeshore Senior Living", 61],
                            ["Homebound visits", 23],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="facility_supply_invoice_pdf",
        notes="Invoice PDF to the nursing home for ward stock (not patient-specific).",
        frm=f"Becky Lindahl <becky@{RX}>",
        to="Accounts Payable <ap@lakeshoreseniorliving.com>",
        subject="Invoice 2026-311 - October house stock",
        body="October house stock invoice attached. Net 30. Thank you!\n\nBecky Lindahl\nBookkeeping",
        atts=(
            Att(
                "MSRX_invoice_2026-311.pdf",
                "application/pdf",
                pdf(
                    [
                        "MAIN STREET PHARMACY - INVOICE 2026-311",
                        "Bill to: Lakeshore Senior Living, Accounts Payable",
                        "House stock, October 2026:",
                        "  acetaminophen 325 mg #1000 x2 ........ $31.80",
                        "  docusate 100 mg #1000 ................ $18.40",
                        "  saline flush 10 mL x 100 ............. $22.00",
                        "  glucose gel 15 g x 24 ................ $43.20",
                        "Total due: $115.40   Terms: Net 30",
                    ],
                    "Invoice 2026-311",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff_schedule_change",
        notes="Staff schedule swap.",
        frm=f"Anjali Mehta <anjali@{RX}>",
        to=f"Staff <staff@{RX}>",
        subject="Schedule swap Thanksgiving week",
        body=(
            "Courtney and I swapped: I'm working Wed 11/25 close, she has Fri 11/27 open. Store "
            "closed Thanksgiving Day, on-call phone with Hal.\n\nAnjali"
        ),
    ),
    Spec(
        phi=False,
        category="tech_job_posting_reply",
        notes="Hard negative: reply to a job applicant's gmail about a technician opening (immunization certification).",
        frm=f"Hal Brekke <hbrekke@{RX}>",
        to="Kayla Strand <kaylastrand.cpht@gmail.com>",
        subject="Re: pharmacy tech opening",
        body=(
            "Hi Kayla,\n\nThanks for your interest. The position is 32 hrs/week, $19-23/hr. We "
            "need PTCB certification within 6 months, and we'll pay for the technician "
            "immunization training so you can give flu and COVID shots. Can you come in Tuesday "
            "at 3 to meet the team?" + SIG_HAL
        ),
    ),
    Spec(
        phi=False,
        category="compounding_master_formula",
        notes="Hard negative: master formulation record for a compounded mouthwash; no patient.",
        frm=f"Hal Brekke <hbrekke@{RX}>",
        to=f"Anjali Mehta <anjali@{RX}>",
        cc=f"Courtney Sayre <courtney@{RX}>",
        subject="Updated master formula - mouthwash MF-017",
        body=(
            "MF-017 revised for USP <795>:\n\n"
            "  Lidocaine viscous 2%       80 mL\n  Diphenhydramine 12.5 mg/5 mL  80 mL\n"
            "  Aluminum/magnesium hydroxide susp  80 mL\n\n"
            "BUD 14 days refrigerated (was 30). Label: shake well, swish and spit, do not "
            "swallow. Please initial the binder copy." + SIG_HAL
        ),
    ),
    Spec(
        phi=False,
        category="recall_notice_internal",
        notes="Hard negative: metformin ER lot recall (NDMA) - check stock; no patient names.",
        frm=f"Anjali Mehta <anjali@{RX}>",
        to=f"Staff <staff@{RX}>",
        subject="RECALL: metformin ER 500 mg lots - pull today",
        body=(
            "FDA Class II recall (NDMA above limit): metformin ER 500 mg, lots MX24190 and "
            "MX24203. Pull from shelf and will-call, quarantine in the recall tote, log on the "
            "recall sheet. Patient-level notification is not required for this class; if "
            "someone asks, switch to a different manufacturer at no charge.\n\nAnjali"
        ),
    ),
    Spec(
        phi=False,
        category="payroll_w2_hsa",
        notes="Hard negative: payroll/HR note about W-2 addresses and HSA contributions to staff.",
        frm=f"Becky Lindahl <becky@{RX}>",
        to=f"Staff <staff@{RX}>",
        subject="Payroll: W-2 addresses + HSA",
        body=(
            "Hi all - if you moved this year, update your address in the payroll app by Dec 15 "
            "so your W-2 goes to the right place. The store's HSA contribution ($40/paycheck) "
            "continues in 2027. Health insurance premiums are not changing.\n\nBecky"
        ),
    ),
    Spec(
        phi=False,
        category="ce_webinar_agenda",
        notes="Hard negative: pharmacogenomics CE webinar agenda sent to a pharmacist's personal gmail.",
        frm=f"Anjali Mehta <anjali@{RX}>",
        to="Jonah Kessler <jonahkessler.rph@gmail.com>",
        subject="PGx webinar agenda - want to join?",
        body=(
            "Jonah, here's the agenda for the rural pharmacy PGx webinar Dec 2:\n\n"
            "  1. CYP2C19 and clopidogrel: who to test\n  2. CYP2D6, codeine and tramadol\n"
            "  3. SLCO1B1 and statin myopathy\n  4. Billing for PGx consults in a rural setting\n\n"
            "2 CE hours. I'll forward the registration link." + SIG_ANJ
        ),
    ),
    Spec(
        phi=False,
        category="fridge_temp_log_csv",
        notes="Hard negative: vaccine fridge temperature log with the data logger's serial number; device not tied to a patient.",
        frm=f"Courtney Sayre <courtney@{RX}>",
        to="VFC Program <vfc@health.state.mn.us>",
        subject="Temp log October - PIN 40718",
        body="October temperature log attached for our VFC site review. No excursions.\n\nCourtney",
        atts=(
            Att(
                "fridge_log_2026-10.csv",
                "text/csv",
                "logger_serial,date,min_c,max_c,excursion\n"
                "TL-8830-21954,2026-10-01,2.9,6.1,N\n"
                "TL-8830-21954,2026-10-02,3.1,5.8,N\n"
                "TL-8830-21954,2026-10-03,3.0,6.4,N\n"
                "TL-8830-21954,2026-10-04,2.7,5.9,N\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="collaborative_practice_npi",
        notes="Hard negative: collaborative practice agreement renewal listing prescriber NPIs; no patient.",
        frm=f"Hal Brekke <hbrekke@{RX}>",
        to=f"Medical Staff Office <medstaff-office@{PHH}>",
        subject="CPA renewal - naloxone and hormonal contraception protocols",
        body=(
            "Attached to the signing portal: 2027 collaborative practice agreement.\n\n"
            "Authorizing prescribers: Adaeze Okafor-Lind, MD (NPI: 1233626872); Hollis Grady, "
            "PA-C (NPI: 1175337728).\nPharmacists: Hal Brekke, RPh (NPI: 1536988029); Anjali "
            "Mehta, PharmD (NPI: 1176626624).\n\nProtocols: naloxone dispensing, hormonal "
            "contraception, tobacco cessation (varenicline)." + SIG_HAL
        ),
    ),
    Spec(
        phi=False,
        category="software_update_window",
        notes="Pharmacy system maintenance window, also to the EMS restock contact.",
        frm=f"Hal Brekke <hbrekke@{RX}>",
        to=f"Staff <staff@{RX}>",
        cc=f"Sofia Lindqvist <slindqvist@{EMS}>",
        subject="PioneerRx update Sunday night - no fills 10 PM to 2 AM",
        body=(
            "The pharmacy system updates Sunday 10 PM-2 AM. On-call fills for that window go on "
            "paper and get entered Monday. Sofia - EMS restocks will wait until Monday 8 AM."
            + SIG_HAL
        ),
    ),
]

MESSAGES = PHI_MESSAGES + CLEAN_MESSAGES
