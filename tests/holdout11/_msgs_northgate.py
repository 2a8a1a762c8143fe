"""Northgate Hospital Pharmacy (inpatient pharmacy, 340B, anticoagulation clinic): 18 PHI and
18 non-PHI messages."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import CH, KMB, NG, Att, Spec

SIG_ACC = (
    "\n\n--\nNorthgate Anticoagulation Clinic\nPhone (614) 555-0181 | Fax (614) 555-0182\n"
    "CONFIDENTIALITY NOTICE: This message may contain information that is privileged or "
    "confidential. If you received it in error, notify the sender and delete it.\n"
)
SIG_RX = "\n\nNorthgate Hospital Pharmacy\nInpatient Operations | ext. 6120\n"

_INR_CSV = (
    "last_name,first_name,dob,phone,inr_date,inr,target,warfarin_weekly_mg,next_check\r\n"
    "Sorensen,Ingeborg,1944-02-11,614-555-0114,2026-11-09,3.6,2.0-3.0,35,2026-11-12\r\n"
    "Whitaker,Lamont,1952-07-30,614-555-0158,2026-11-09,1.7,2.0-3.0,42.5,2026-11-13\r\n"
    "Nguyen,Thi Lan,1961-10-05,614-555-0196,2026-11-10,2.4,2.5-3.5,50,2026-11-24\r\n"
)

_FHIR_MED = (
    '{"resourceType":"MedicationRequest","status":"active","intent":"order",'
    '"subject":{"display":"Beatriz Coelho","identifier":{"system":"urn:northgate:mrn",'
    '"value":"NG7730145"}},"medicationCodeableConcept":{"text":"apixaban 5 mg tablet"},'
    '"dosageInstruction":[{"text":"1 tablet by mouth twice daily"}],'
    '"reasonCode":[{"text":"Acute pulmonary embolism (I26.99)"}],'
    '"authoredOn":"2026-11-10"}'
)

_FHIR_DRUG = (
    '{"resourceType":"Medication","code":{"coding":[{"system":"http://www.nlm.nih.gov/research/'
    'umls/rxnorm","code":"1364430","display":"apixaban 5 MG Oral Tablet"}]},'
    '"form":{"text":"tablet"},"batch":{"lotNumber":"AX2291B","expirationDate":"2028-03-31"}}'
)

_HL7_TEST = (
    "MSH|^~\\&|NG_PHARM|NORTHGATE|CHMG|CEDARHOLLOW|202611091030||RDE^O11|T0009|T|2.5.1\r"
    "PID|1||ZZTEST0042^^^NG^MR||ZZTEST^PHARMACY^^^^^T||19000101|U\r"
    "RXE|1^BID^^20261109|00003089421^apixaban 5 mg tab^NDC|5||mg\r"
)

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="inr_roster_csv",
        notes="Hard positive: anticoag clinic INR roster CSV (names, DOB, phone, INR, warfarin "
        "dose) to the PCP group, cover note generic",
        frm=f"anticoag@{NG}",
        to=f"pcp.rn@{CH}",
        subject="weekly INR report for your shared patients",
        body="Attached is this week's report. Two out of range, we've already called them."
        + SIG_ACC,
        atts=(Att("inr_week46.csv", "text/csv", _INR_CSV),),
    ),
    Spec(
        phi=True,
        category="dose_change_patient_email",
        notes="Anticoag pharmacist to patient's gmail with warfarin dose change and INR",
        frm=f"t.oyelaran@{NG}",
        to="lamont.whitaker52@gmail.com",
        subject="Your warfarin dose this week",
        body=(
            "Mr. Whitaker,\n\nYour INR on Monday was 1.7, a bit low. Please take 7.5 mg on "
            "Monday, Wednesday and Friday and 5 mg the other days, then come in Friday 11/13 for "
            "a recheck. Keep your leafy greens steady.\n\nTolu Oyelaran, PharmD, CACP" + SIG_ACC
        ),
    ),
    Spec(
        phi=True,
        category="discharge_med_rec_pdf",
        notes="Discharge med rec PDF to the PCP: name, MRN, admission and discharge dates, meds",
        frm=f"transitions.rx@{NG}",
        to=f"h.dubois@{CH}",
        subject="Discharge medication reconciliation",
        body="Dr. Dubois, discharge med rec for your patient attached. Discharged today." + SIG_RX,
        atts=(
            Att(
                "dc_medrec_NG7730145.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE HOSPITAL PHARMACY - DISCHARGE MEDICATION RECONCILIATION",
                        "Patient: Beatriz Coelho  MRN NG7730145  DOB 08/21/1967",
                        "Admitted 11/06/2026  Discharged 11/10/2026  Dx: acute PE",
                        "NEW: apixaban 10 mg BID x7 days then 5 mg BID",
                        "STOP: estradiol 1 mg daily",
                    ],
                    "Discharge med rec",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fhir_medication_request",
        notes="FHIR MedicationRequest with patient name and MRN, PE diagnosis",
        frm=f"rx.interfaces@{NG}",
        to=f"interfaces@{CH}",
        subject="sample payload for the e-Rx bridge",
        body="Here's the live message that failed schema validation (the reasonCode). Tom",
        atts=(Att("medreq_failed.json", "application/fhir+json", _FHIR_MED),),
    ),
    Spec(
        phi=True,
        category="340b_audit_xlsx",
        notes="Hard positive: 340B eligibility audit workbook with MRNs, encounter dates, "
        "prescriber and drug per patient (multi-sheet)",
        frm=f"340b.program@{NG}",
        to="audit@ridgeline340b.com",
        subject="HRSA audit sample - 340B eligibility support",
        body=(
            "Attached is the sample of 20 claims you selected with the eligibility support (tab "
            "1: encounters, tab 2: dispensations). Remaining 14 by Friday.\n\nKenji Morita\n"
            "340B Program Manager, Northgate Health"
        ),
        atts=(
            Att(
                "340B_audit_sample_1-6.xlsx",
                XLSX,
                xlsx(
                    {
                        "Encounters": [
                            ["Claim", "MRN", "Patient", "Encounter", "Clinic", "Prescriber"],
                            [
                                "RX88120",
                                "NG6610023",
                                "Pham, Duc",
                                "2026-08-14",
                                "Oncology",
                                "Siddiqui",
                            ],
                            [
                                "RX88177",
                                "NG5521790",
                                "Farouk, Amina",
                                "2026-08-19",
                                "Rheumatology",
                                "Lindgren",
                            ],
                        ],
                        "Dispensations": [
                            ["Claim", "NDC", "Drug", "Qty", "Fill date"],
                            ["RX88120", "00069-0187-30", "palbociclib 125 mg", 21, "2026-08-15"],
                            ["RX88177", "00074-0554-02", "adalimumab 40 mg pen", 2, "2026-08-20"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pharmacist_page_forward",
        notes="Hard positive: short page-style note, bed number + first name + drug level",
        frm=f"ip.pharmacist@{NG}",
        to=f"osei.team@{CH}",
        subject="vanc trough 5E-12",
        body=(
            "FYI your consult pt in 5E-12 (Reggie, the GI bleed) - vanc trough 27 this AM, we "
            "held the 0600 dose and will redose by level. Creatinine up 1.1 -> 1.6.\n-- Priya, "
            "PharmD"
        ),
    ),
    Spec(
        phi=True,
        category="encrypted_zip_with_name_filename",
        notes="Hard positive: encrypted zip whose file name carries patient name + 'anticoag "
        "history'; content unreadable",
        frm=f"anticoag@{NG}",
        to="records@coastalcardiologyfl.com",
        subject="records - password by phone",
        body="Records attached as requested; I'll call with the password." + SIG_ACC,
        atts=(
            Att(
                "Harriet_Vandermeer_anticoag_history_2024-2026.zip",
                "application/zip",
                encrypted_zip(
                    {"history.txt": "Harriet Vandermeer warfarin 2024-2026 INR log\n"},
                    "Ng-records-2611",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ics_anticoag_teaching",
        notes="ICS invite: anticoag teaching session for a named patient with private attendee",
        frm=f"anticoag@{NG}",
        to="p.abernathy.home@yahoo.com",
        subject="Enoxaparin injection teaching",
        body="Invitation attached.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northgate//ACC//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:ng-acc-5521@northgatehealth.org\r\n"
            "DTSTAMP:20261109T140000Z\r\nDTSTART:20261112T190000Z\r\nDTEND:20261112T193000Z\r\n"
            "SUMMARY:Lovenox self-injection teaching - Paul Abernathy (DVT)\r\n"
            "LOCATION:Anticoagulation Clinic\\, Room B114\r\n"
            "ORGANIZER:mailto:anticoag@northgatehealth.org\r\n"
            "ATTENDEE;CN=Paul Abernathy:mailto:p.abernathy.home@yahoo.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="controlled_substance_discrepancy",
        notes="Diversion/order clarification: patient name, MRN, room and hydromorphone PCA "
        "doses to the prescriber",
        frm=f"diversion@{NG}",
        to=f"k.osei@{CH}",
        subject="Order clarification needed - hydromorphone",
        body=(
            "Dr. Osei,\n\nFor your patient Leonard Fairweather (MRN NG4418207, 6W-03) the "
            "hydromorphone PCA order under your DEA BO6123107 shows 0.4 mg q10min while the "
            "pump was programmed at 0.2 mg. Please clarify intended dose before the 1400 "
            "syringe change.\n\nNorthgate Pharmacy Diversion Prevention"
        ),
    ),
    Spec(
        phi=True,
        category="docx_pharmacy_consult_note",
        notes="DOCX pharmacokinetic consult note with name, DOB, aminoglycoside dosing",
        frm=f"pk.service@{NG}",
        to=f"id.consult@{NG}",
        cc=f"h.dubois@{CH}",
        subject="PK consult note",
        body="Consult note attached; summary also in the chart.",
        atts=(
            Att(
                "pk_consult.docx",
                DOCX,
                docx(
                    [
                        "Northgate Hospital Pharmacy - Pharmacokinetic Consult",
                        "Patient: Svetlana Orlova  DOB 04/17/1950  MRN NG3301874",
                        "Indication: Pseudomonas pneumonia",
                        "Tobramycin 7 mg/kg q24h (560 mg); level at 10 h = 1.2 mg/L",
                        "Recommend continue; repeat SCr in 48 h.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient_assistance_application",
        notes="Patient assistance program application to manufacturer foundation: name, "
        "address, income, drug for MS",
        frm=f"pap.coordinator@{NG}",
        to="applications@helpinghandsrxfoundation.org",
        subject="PAP application - ocrelizumab",
        body=(
            "Please find the application details below; signed forms to follow by fax.\n\n"
            "Patient: Yolanda Brathwaite\nAddress: 417 Maple Grove Rd, Reynoldsburg OH 43068\n"
            "Household income: $31,200 (2 persons)\nDrug: Ocrevus 600 mg IV every 6 months "
            "(relapsing multiple sclerosis)\nPrescriber: Dr. L. Fontaine, NPI: 1180967923\n\n"
            "Denise Hartigan, CPhT\nPatient Assistance Coordinator"
        ),
    ),
    Spec(
        phi=True,
        category="html_table_iv_room",
        notes="HTML-only IV room worklist table: bed, patient name, drug, rate",
        frm=f"ivroom@{NG}",
        to=f"nursing.4west@{NG}",
        cc=f"h.dubois@{CH}",
        subject="4 West - TPN and drip changes tonight",
        body="",
        html=(
            "<html><body><p>Changes for the 2100 batch:</p><table border='1'>"
            "<tr><th>Bed</th><th>Patient</th><th>Product</th><th>Change</th></tr>"
            "<tr><td>4W-07</td><td>Ferreira, Joao</td><td>TPN</td><td>K+ down to 40 mEq</td></tr>"
            "<tr><td>4W-15</td><td>Ostrowski, Ewa</td><td>heparin drip</td>"
            "<td>aPTT 98, decrease 2 units/kg/h</td></tr>"
            "</table><p>IV Room</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded_family_question",
        notes="Hard positive: pharmacist forwards a relative's email (rfc822) to a colleague; "
        "outer body clean, inner has name and dabigatran question",
        frm=f"t.oyelaran@{NG}",
        to=f"cardiology.rn@{CH}",
        subject="FW: question from a family member",
        body="Can cardiology weigh in on this one? I told her we'd call back today.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="marie.leclair22@hotmail.com",
            to=f"anticoag@{NG}",
            subject="my father's blood thinner",
            body=(
                "Hello, my father Andre Leclair (born 3/3/1939) has atrial fibrillation and is "
                "on Pradaxa 150 twice a day. He fell Sunday and has a big bruise on his hip. "
                "Should he skip tonight's dose?\nMarie"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mbi_medicare_part_b_question",
        notes="Medicare MBI + name + infusion drug billing question to billing company",
        frm=f"infusion.billing@{NG}",
        to=f"claims@{KMB}",
        subject="J1745 units question",
        body=(
            "Hi,\n\nFor Gloria Stanfield, MBI: 4TN7-HX2-WQ58, infliximab J1745 on 10/30, we "
            "dispensed 500 mg (50 units) but the 837 went out with 40. Can you correct and "
            "rebill? Waste was documented.\n\nThanks,\nInfusion Pharmacy Billing"
        ),
    ),
    Spec(
        phi=True,
        category="quoted_reply_long_thread",
        notes="Hard positive: long quoted thread; only the third quote level names the patient "
        "and amiodarone interaction",
        frm=f"clinical.rx@{NG}",
        to=f"a.rao@{CH}",
        subject="Re: Re: thyroid labs on amiodarone",
        body=(
            "Agree with holding, will adjust.\n\n-- Marcus\n\n"
            "> From: Anjali Rao\n> Happy to see him in endo clinic next week.\n>\n"
            ">> From: Marcus Delacroix, PharmD\n>> TSH is 0.02 with free T4 3.1 - looks like "
            "amiodarone\n>> induced thyrotoxicosis in Mr. Oduya (Chukwuemeka Oduya, 71).\n"
            ">> Cardiology wants to keep the amiodarone.\n"
        ),
    ),
    Spec(
        phi=True,
        category="txt_sign_out",
        notes="TXT pharmacy sign-out attached with beds, names and issues",
        frm=f"night.rx@{NG}",
        to=f"day.rx@{NG}",
        cc=f"hospitalist.team@{NG}",
        subject="overnight sign-out 11/11",
        body="Sign-out attached.",
        atts=(
            Att(
                "signout_1111.txt",
                "text/plain",
                "6W-03 Fairweather - PCA clarified w/ Osei, 0.2 mg\n"
                "5E-12 Reggie Tomlinson - vanc held, level 0900\n"
                "4W-15 Ostrowski - heparin aPTT q6h\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject_only_mrn",
        notes="Hard positive: MRN + drug in subject only; body says 'per our call'",
        frm=f"rx.purchasing@{NG}",
        to="specialty.orders@cardinalspecialty-dist.com",
        subject="Patient-specific order NG5521790 Humira 40mg x2 - 340B",
        body=(
            "Per our call this morning. Please ship to inpatient pharmacy dock B.\n\nRx Purchasing"
        ),
    ),
    Spec(
        phi=True,
        category="zip_hl7_batch",
        notes="ZIP of HL7 RDE messages with real-looking patients (pharmacy orders)",
        frm=f"rx.interfaces@{NG}",
        to="support@omnidispense-cabinets.com",
        subject="Case 44120 - messages that failed to load into the cabinets",
        body="Zip with the two messages that errored at 14:02. Production data - handle per BAA.",
        atts=(
            Att(
                "case44120_msgs.zip",
                "application/zip",
                zipped(
                    {
                        "msg1.hl7": (
                            "MSH|^~\\&|NG_PHARM|NORTHGATE|CAB|NG|202611101402||RDE^O11|"
                            "A7731|P|2.5.1\r"
                            "PID|1||NG2288140^^^NG^MR||Kowalczyk^Stanislaw||19480612|M\r"
                            "RXE|1^Q6H|00409-1782^morphine 2 mg/mL^NDC|2||mg\r"
                        ),
                        "msg2.hl7": (
                            "MSH|^~\\&|NG_PHARM|NORTHGATE|CAB|NG|202611101402||RDE^O11|"
                            "A7732|P|2.5.1\r"
                            "PID|1||NG3019922^^^NG^MR||Mbatha^Thandiwe||19880430|F\r"
                            "RXE|1^Q8H|00338-0049^cefazolin 2 g^NDC|2||g\r"
                        ),
                    }
                ),
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="drug_shortage_bulletin",
        notes="Hard negative: shortage bulletin with drug names, doses and indications",
        frm=f"pharmacy.bulletin@{NG}",
        to=f"medstaff.all@{NG}",
        cc=f"clinical.ops@{CH}",
        subject="Shortage update: IV heparin, cefazolin 2 g, Lovenox 40 mg",
        body=(
            "Shortage update (week 46)\n\n- Heparin 5,000 units/mL vials: allocate to DVT/PE "
            "treatment; use enoxaparin for VTE prophylaxis where CrCl > 30.\n- Cefazolin 2 g: "
            "substitute 1 g x2 bags.\n- Enoxaparin 40 mg syringes: limited; prefer heparin SQ "
            "for prophylaxis in dialysis patients.\n\nP&T Committee" + SIG_RX
        ),
    ),
    Spec(
        phi=False,
        category="340b_policy_aggregate",
        notes="Hard negative: 340B program quarterly report with aggregate savings and claim "
        "counts, no patients",
        frm=f"340b.program@{NG}",
        to=f"cfo@{NG}",
        subject="340B Q3 summary",
        body=(
            "Q3 340B summary:\n- Eligible claims: 41,208 (contract pharmacy 28,115)\n- Savings: "
            "$6.4M\n- Top drugs by savings: adalimumab, apixaban, insulin glargine\n- Self-audit "
            "error rate 0.6% (2 duplicate-discount findings, corrected)\n\nKenji"
        ),
    ),
    Spec(
        phi=False,
        category="npi_dea_credential_list",
        notes="Hard negative: pharmacist/prescriber roster with NPIs and DEA numbers",
        frm=f"rx.admin@{NG}",
        to="credentialing@wholesaler-amerimed.com",
        subject="Authorized CSOS signers update",
        body=(
            "Please update our CSOS authorized signers for account 300418:\n\n"
            "Kenji Morita, PharmD - NPI: 1347017463\n"
            "Tolu Oyelaran, PharmD - NPI: 1814538405\n"
            "Medical director: Farah Siddiqui, MD, DEA FS4514508, NPI: 1191614613\n\n"
            "Remove: Gary Pleasance (retired 10/31).\n\nPharmacy Administration"
        ),
    ),
    Spec(
        phi=False,
        category="test_hl7_message",
        notes="Hard negative: HL7 test message with ZZTEST synthetic patient, processing id T",
        frm=f"rx.interfaces@{NG}",
        to=f"interfaces@{CH}",
        subject="TEST RDE for your validation (non-production)",
        body=(
            "Test message for the new RDE feed. Patient is our standard synthetic test record "
            "ZZTEST, PHARMACY (MSH-11 = T). Not a real patient."
        ),
        atts=(Att("test_rde.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="fhir_medication_no_patient",
        notes="Hard negative: FHIR Medication resource (drug + lot), no patient",
        frm=f"rx.informatics@{NG}",
        to="integration@omnidispense-cabinets.com",
        subject="Medication resource sample for formulary sync",
        body="Sample Medication resource for the formulary sync mapping, as requested.",
        atts=(Att("medication_sample.json", "application/fhir+json", _FHIR_DRUG),),
    ),
    Spec(
        phi=False,
        category="recall_notice",
        notes="Hard negative: lot recall notice with lot numbers and serial-like codes",
        frm=f"rx.quality@{NG}",
        to=f"pharmacy.managers@{CH}",
        subject="Recall: metformin ER 500 mg lots 2A774, 2A781",
        body=(
            "FDA class II recall (NDMA). Please quarantine metformin ER 500 mg lots 2A774 and "
            "2A781 (exp 07/2027). Patients already dispensed need not be contacted per "
            "manufacturer; pharmacists may counsel at next refill.\n\nMedication Safety"
        ),
    ),
    Spec(
        phi=False,
        category="anticoag_protocol_docx",
        notes="Hard negative: warfarin dosing protocol DOCX with INR examples, no patient",
        frm=f"anticoag@{NG}",
        to=f"pcp.leads@{CH}",
        subject="Updated warfarin nomogram (v2026.2)",
        body="Updated nomogram attached - main change is the 1.5-1.9 band." + SIG_ACC,
        atts=(
            Att(
                "warfarin_nomogram_v2026-2.docx",
                DOCX,
                docx(
                    [
                        "Northgate Anticoagulation Clinic - Warfarin Maintenance Nomogram",
                        "Target INR 2.0-3.0",
                        "INR 1.5-1.9: increase weekly dose 10%",
                        "INR 3.1-3.9: decrease weekly dose 10%",
                        "INR >= 5: hold, consider vitamin K 2.5 mg PO",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pharmacy_staffing",
        notes="Staff schedule/staffing email, workforce names, sick call",
        frm=f"rx.manager@{NG}",
        to=f"rx.staff@{NG}",
        subject="Thanksgiving coverage",
        body=(
            "Team - I still need one pharmacist for 11/26 evening and one tech for IV room "
            "11/27 days. Lucia is out on leave until 12/7, so her Sundays are open. Reply by "
            "Friday.\n\nBernadette"
        ),
    ),
    Spec(
        phi=False,
        category="wholesaler_invoice_xlsx",
        notes="Hard negative: wholesaler invoice lines with NDCs, lot numbers and PO numbers "
        "shaped like account numbers",
        frm=f"rx.purchasing@{NG}",
        to="ar@wholesaler-amerimed.com",
        subject="Invoice discrepancy INV 7731-0045-22",
        body="Two lines were billed at WAC instead of 340B price. Details attached.",
        atts=(
            Att(
                "discrepancy_7731.xlsx",
                XLSX,
                xlsx(
                    {
                        "Lines": [
                            ["PO", "NDC", "Description", "Billed", "Expected"],
                            ["508-44-1290", "00003-0894-21", "apixaban 5 mg 60ct", 612.4, 1.2],
                            ["508-44-1291", "00088-2220-33", "insulin glargine 10 mL", 312.0, 0.01],
                        ]
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pt_committee_minutes_pdf",
        notes="P&T minutes PDF with formulary decisions",
        frm=f"pt.committee@{NG}",
        to=f"medstaff.all@{NG}",
        subject="P&T minutes - October",
        body="Minutes attached. Next meeting 12/3.",
        atts=(
            Att(
                "pt_minutes_oct2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE HEALTH - PHARMACY & THERAPEUTICS COMMITTEE",
                        "Minutes, October 28, 2026",
                        "Approved: tirzepatide (restricted to endocrinology)",
                        "Removed: ranitidine",
                        "Heparin protocol revision - approved",
                    ],
                    "P&T minutes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="html_newsletter_pharmacy",
        notes="HTML-only pharmacy week newsletter with staff recognition",
        frm=f"pharmacy.news@{NG}",
        to=f"allemployees@{NG}",
        subject="Pharmacy Week: thank you!",
        body="",
        html=(
            "<html><body><h2>National Pharmacy Week recap</h2><p>Congratulations to Tolu "
            "Oyelaran, PharmD, CACP, our Anticoagulation Clinic Pharmacist of the Year, and to "
            "the IV room techs for 14 months with zero compounding errors.</p>"
            "<p>Northgate Hospital Pharmacy</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="cabinet_vendor_ticket",
        notes="Vendor ticket about cabinet firmware, device serials (not patient devices)",
        frm=f"rx.it@{NG}",
        to="support@omnidispense-cabinets.com",
        subject="Case 44187 - cabinets 4W-A and 6W-B offline",
        body=(
            "Cabinets serial OD-7741-22981 (4W-A) and OD-7741-23004 (6W-B) went offline after "
            "last night's firmware push 5.2.1. Nurses are using override. Please escalate.\n\n"
            "Pharmacy IT"
        ),
    ),
    Spec(
        phi=False,
        category="anticoag_aggregate_quality",
        notes="Hard negative: anticoag clinic time-in-therapeutic-range aggregate",
        frm=f"anticoag@{NG}",
        to=f"quality@{CH}",
        subject="TTR for shared patients - Q3",
        body=(
            "For the 412 warfarin patients co-managed with Cedar Hollow primary care: mean TTR "
            "68.4% (Rosendaal), 3 major bleeds, 1 thromboembolic event, 22 patients switched "
            "to DOACs. No patient-level data included; ask me if you need the line list via "
            "secure share." + SIG_ACC
        ),
    ),
    Spec(
        phi=False,
        category="residency_recruitment",
        notes="Hard negative: residency program reply to an applicant's icloud mailbox, "
        "interview logistics only",
        frm=f"residency@{NG}",
        to="aisha.rahman.pharmd@icloud.com",
        subject="PGY1 interview - Northgate Health",
        body=(
            "Dear Aisha,\n\nThank you for applying to the Northgate Health PGY1 Pharmacy "
            "Residency. We'd like to invite you to a virtual interview on Friday 1/15 at 9 AM. "
            "Please prepare a 15-minute topic presentation (recent anticoagulation or "
            "ambulatory care literature works well). Rotations include anticoagulation, "
            "oncology, critical care and ambulatory care. ASHP match code 123870.\n\n"
            "Dr. Marcus Delacroix, RPD"
        ),
    ),
    Spec(
        phi=False,
        category="controlled_substance_dea_form",
        notes="Hard negative: DEA 222 order form numbers, DEA registration of the hospital",
        frm=f"rx.vault@{NG}",
        to="csos@wholesaler-amerimed.com",
        subject="DEA 222 form 261144870 - short shipped",
        body=(
            "Order form 261144870 under registration AN4820317: line 3 (fentanyl citrate 50 "
            "mcg/mL 2 mL x 25) was short 10 vials. Please ship the balance or issue the "
            "credit.\n\nPharmacy Vault"
        ),
    ),
    Spec(
        phi=False,
        category="forward_vendor_thread",
        notes="Forwarded vendor thread (rfc822) about IV pump library update",
        frm=f"rx.informatics@{NG}",
        to=f"nursing.education@{NG}",
        subject="FW: drug library 14.3 ready",
        body="FYI - the new heparin and insulin concentrations are in 14.3. Go-live 11/18.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="library@infusicare-pumps.com",
            to=f"rx.informatics@{NG}",
            subject="drug library 14.3 ready",
            body=(
                "Your drug library 14.3 has been compiled. Changes: heparin 25,000 units/250 mL, "
                "insulin regular 100 units/100 mL, new hard limit for potassium chloride.\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="billing_contract_kmb",
        notes="Monthly remittance summary from pharmacy to billing company, totals only",
        frm=f"infusion.billing@{NG}",
        to=f"accounts@{KMB}",
        subject="October infusion billing totals",
        body=(
            "October totals: 1,142 claims, $2.83M billed, $1.61M paid, 4.1% denial rate "
            "(top reason CO-16). Thanks for getting the J-code crosswalk fixed."
        ),
    ),
    Spec(
        phi=False,
        category="drug_info_reply",
        notes="Hard negative: drug-information reply about Y-site compatibility, general question",
        frm=f"druginfo@{NG}",
        to=f"infusion.rn@{CH}",
        subject="Re: Y-site - pantoprazole and heparin?",
        body=(
            "Hi Jess,\n\nPer Trissel's, pantoprazole 0.4 mg/mL and heparin 100 units/mL are "
            "variable - we'd recommend a separate line or flush with NS before and after. Same "
            "answer applies to any patient on both; no need to send chart details for general "
            "compatibility questions.\n\nDrug Information Service, Northgate Hospital Pharmacy"
        ),
    ),
]
