"""Rosewater Mothers' Milk Bank (non-profit donor human milk bank): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import Att, Spec

RMB = "Rosewater Mothers' Milk Bank <donors@rosewatermilkbank.org>"
FOOT = "\n\nRosewater Mothers' Milk Bank\n212 Orchard Hill Rd, Worcester, MA 01609\n(508) 555-0140 | rosewatermilkbank.org"

MESSAGES = [
    Spec(
        phi=True,
        category="donor screening result to donor",
        notes="Donor's gmail told her serology screen came back reactive for hepatitis B core antibody and she is deferred.",
        frm="Maren Holt <mholt@rosewatermilkbank.org>",
        to="keisha.warrington@gmail.com",
        subject="Your donor screening results",
        body="Dear Keisha,\n\nThank you for applying to donate. Your blood screen from April 28 was negative for HIV, HTLV and syphilis but reactive for hepatitis B core antibody, so we are unable to accept donations at this time. Please share this with your midwife, who can arrange follow-up testing.\n\nMaren Holt, RN\nDonor Screening Coordinator"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="donor recruitment email",
        notes="Recruitment mail to a prospective donor's personal mailbox describing general eligibility; no health information about her.",
        frm=RMB,
        to="sunnyday.mama@yahoo.com",
        subject="Thanks for your interest in donating milk",
        body="Hi there,\n\nThanks for reaching out! Donors are healthy, non-smoking lactating parents with extra milk. The process is a phone interview, a short health history and a free blood test. Reply with a good time for a 15-minute call."
        + FOOT,
    ),
    Spec(
        phi=True,
        category="donor medication deferral note",
        notes="Hard positive: short note to a donor's hotmail naming her sertraline start and temporary deferral.",
        frm="Maren Holt <mholt@rosewatermilkbank.org>",
        to="p.ilunga@hotmail.com",
        subject="re: new meds",
        body="Hi Pauline - thanks for letting us know about the sertraline 50 mg. We'll pause pickups for 2 weeks then I'll call you to restart. Freeze what you pump in the meantime. -Maren",
    ),
    Spec(
        phi=False,
        category="medication acceptability list for donors",
        notes="Hard negative: general list of medications compatible or not with donation; no individual.",
        frm="Maren Holt <mholt@rosewatermilkbank.org>",
        to="donor-depots@rosewatermilkbank.org",
        subject="Updated donor medication list",
        body="Depot leads, please swap the binder page:\n\nAcceptable: levothyroxine, prenatal vitamins, insulin, most inhaled asthma medications.\nTemporary deferral: SSRIs at start (2 wk), antibiotics (until course ends).\nNot acceptable: methadone, chemotherapy, isotretinoin.",
    ),
    Spec(
        phi=True,
        category="HL7 donor serology results from reference lab",
        notes="Hard positive: HL7 ORU with donor name, DOB and serology results forwarded to the medical director.",
        frm="Maren Holt <mholt@rosewatermilkbank.org>",
        to="Dr. Ines Calloway <icalloway@rosewatermilkbank.org>",
        subject="ORU for review - donor D-26-0412",
        body="Ines, reference lab result attached for your sign-off.",
        atts=(
            Att(
                "oru_D-26-0412.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|QLAB|QL|RMB|RMB|202605081130||ORU^R01|55310|P|2.5\r"
                "PID|1||D-26-0412^^^RMB||Warrington^Keisha||19940217|F\r"
                "OBR|1||Q88121|DONORPANEL^Donor serology panel\r"
                "OBX|1|ST|HBCAB^Hep B core Ab||Reactive||||||F\r"
                "OBX|2|ST|HIV^HIV-1/2 Ag/Ab||Nonreactive||||||F\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="lab pricing proposal",
        notes="Hard negative: reference lab's test menu and prices sent back with counter-proposal; no donors.",
        frm="Grant Ellery <gellery@rosewatermilkbank.org>",
        to="contracts@quarrylabs.com",
        subject="RE: 2026-27 donor panel pricing",
        body="Thanks, Nadia. We can accept $61 per donor serology panel (HIV-1/2, HTLV-I/II, HBsAg, HBcAb, HCV, syphilis) if turnaround stays under 72 hours. Expected volume ~900 panels/yr.\n\nGrant Ellery\nOperations Director",
    ),
    Spec(
        phi=True,
        category="hospital dispensing log workbook",
        notes="Hard positive: multi-sheet workbook from a hospital with recipient infant MRNs and the donor milk lots they received.",
        frm="Grant Ellery <gellery@rosewatermilkbank.org>",
        to="nicu-pharmacy@lanternbrookchildrens.org",
        subject="Lot trace for recall 26-R3",
        body="Per the voluntary recall of lot 26-0907 (bottle seal failure), here is the trace showing which of your recipients received it. Clinically no risk expected; please document per your policy.",
        atts=(
            Att(
                "recall_26-R3_trace.xlsx",
                XLSX,
                xlsx(
                    {
                        "Recipients": [
                            ["Infant MRN", "Infant", "Lot", "Volume mL", "Date"],
                            ["20418852", "Okonkwo, Amara", "26-0907", 120, "2026-05-02"],
                            ["20409915", "Gutierrez, Santiago", "26-0907", 90, "2026-05-03"],
                        ],
                        "Lots": [
                            ["Lot", "Pasteurized", "Shipped"],
                            ["26-0907", "2026-04-24", "2026-04-29"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="quarterly distribution totals workbook",
        notes="Hard negative: multi-sheet workbook of ounces dispensed by hospital and by month; aggregate only.",
        frm="Grant Ellery <gellery@rosewatermilkbank.org>",
        to="board@rosewatermilkbank.org",
        subject="Q1 distribution report",
        body="Board members, Q1 report attached. Outpatient prescriptions rose 22%.",
        atts=(
            Att(
                "Q1_2026_distribution.xlsx",
                XLSX,
                xlsx(
                    {
                        "By_hospital": [
                            ["Hospital", "Ounces"],
                            ["Lanternbrook Children's", 18240],
                            ["Merrimack Valley Medical", 6410],
                            ["Outpatient Rx", 2215],
                        ],
                        "By_month": [
                            ["Month", "Ounces", "Donors active"],
                            ["Jan", 8810, 212],
                            ["Feb", 8390, 205],
                            ["Mar", 9665, 219],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="outpatient donor milk prescription order confirmation",
        notes="Order confirmation to a parent's icloud for donor milk prescribed for her infant's short bowel syndrome.",
        frm="Outpatient Orders <orders@rosewatermilkbank.org>",
        to="rachel.menon@icloud.com",
        subject="Your order RW-OP-3318 is on its way",
        body="Hi Rachel,\n\nOrder RW-OP-3318 (60 x 4 oz donor milk) ships Tuesday by cold courier to 31 Juniper Ln, Shrewsbury. Prescriber: Dr. Amin, for Leo Menon (short bowel syndrome, post-NEC). Copay after insurance: $45.00."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="courier pickup schedule",
        notes="Hard negative: courier route schedule with depot addresses, no donors or recipients.",
        frm="Grant Ellery <gellery@rosewatermilkbank.org>",
        to="dispatch@coldchaincouriers.net",
        subject="Route changes week of 5/18",
        body="Monday route now picks up at the Framingham depot (Wellspring Pediatrics, 700 Worcester Rd) at 10:00 instead of 13:00. Friday Springfield run unchanged.",
    ),
    Spec(
        phi=True,
        category="X12 837 claim for outpatient donor milk",
        notes="Hard positive: X12 837P claim file with infant name, member ID, diagnosis and donor milk HCPCS billed to a health plan.",
        frm="Billing <billing@rosewatermilkbank.org>",
        to="edi@baystatehealthplan.com",
        subject="837P batch 0508",
        body="Batch 0508 attached (1 claim).",
        atts=(
            Att(
                "rmb_837P_0508.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*ROSEWATERMB    *ZZ*BAYSTATEHP     *260508*1530*^*00501*000000508*0*P*:~"
                "GS*HC*ROSEWATERMB*BAYSTATEHP*20260508*1530*508*X*005010X222A1~ST*837*0001*005010X222A1~"
                "NM1*IL*1*MENON*LEO****MI*BSH448102761~DMG*D8*20260119*M~"
                "CLM*RWOP3318*540***12:B:1~HI*ABK:K912~SV1*HC:T2101*540*UN*60~SE*7*0001~GE*1*508~IEA*1*000000508~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 835 remittance forwarded to parent",
        notes="Hard positive: 835 remittance text and explanation to a parent showing her infant's claim denial.",
        frm="Billing <billing@rosewatermilkbank.org>",
        to="rachel.menon@icloud.com",
        subject="Insurance response on your milk order",
        body="Hi Rachel, your plan paid part of Leo's April order. The remittance is attached; the $45 copay is your only balance.",
        atts=(
            Att(
                "remit_RWOP3241.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*BAYSTATEHP     *ZZ*ROSEWATERMB    *260505*0900*^*00501*000000311*0*P*:~"
                "ST*835*0001~CLP*RWOP3241*1*540*495*45*12~NM1*QC*1*MENON*LEO****MI*BSH448102761~SVC*HC:T2101*540*495**60~SE*5*0001~IEA*1*000000311~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer policy inquiry about donor milk coverage",
        notes="Hard negative: question to a health plan about its medical policy on donor milk; no member.",
        frm="Billing <billing@rosewatermilkbank.org>",
        to="provider-relations@baystatehealthplan.com",
        subject="Medical policy MP-211 question",
        body="Hello,\n\nDoes MP-211 cover donor milk (T2101) for infants over 6 months with a documented medical need, or only through 6 months? We want our prescriber fact sheet to be accurate.\n\nThank you,\nBilling Team",
    ),
    Spec(
        phi=True,
        category="encrypted zip of donor applications",
        notes="Hard positive: password-protected zip of donor health history files sent to the medical director's outside address.",
        frm="Maren Holt <mholt@rosewatermilkbank.org>",
        to="ines.calloway.md@gmail.com",
        subject="Applications to review this weekend",
        body="Ines, three applications for your review, encrypted as usual. Password by text.",
        atts=(
            Att(
                "donor_apps_0508.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "D-26-0430.txt": "Donor: Hye-jin Park, DOB 1991-08-30. Hx: gestational diabetes, resolved. Meds: prenatal vitamin.",
                        "D-26-0431.txt": "Donor: Amanda Trask, DOB 1988-03-12. Hx: hypothyroid on levothyroxine 75 mcg.",
                    },
                    "Rw-May08!",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded donor call note",
        notes="Hard positive: forwarded intake call note with donor name, phone and recent tattoo plus hepatitis exposure question.",
        frm="Maren Holt <mholt@rosewatermilkbank.org>",
        to="Dr. Ines Calloway <icalloway@rosewatermilkbank.org>",
        subject="FW: phone screen - needs your call",
        body="Can you weigh in on this one before I call her back?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Intake Line <intake@rosewatermilkbank.org>",
            to="mholt@rosewatermilkbank.org",
            subject="Phone screen 5/7 - Brittany Sosa",
            body="Brittany Sosa, (508) 555-0176. Baby 3 months. Tattoo 4 months ago at unlicensed studio; partner recently diagnosed with hepatitis C. Otherwise healthy, freezer has ~300 oz.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded press inquiry",
        notes="Hard negative: forwarded reporter's request for an interview about donor milk shortages; no individual health data.",
        frm="Grant Ellery <gellery@rosewatermilkbank.org>",
        to="Dr. Ines Calloway <icalloway@rosewatermilkbank.org>",
        subject="FW: Telegram & Gazette interview request",
        body="Are you free Thursday for this? I'd like you to do it.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Jo Ramsey <jramsey@telegramgazette-news.com>",
            to="donors@rosewatermilkbank.org",
            subject="Interview request: donor milk demand",
            body="Hello, I'm writing a piece on rising demand for donor milk in NICUs statewide. Could your medical director speak with me this week?",
        ),
    ),
    Spec(
        phi=True,
        category="bereaved donor thank-you",
        notes="Hard positive: letter to a bereaved mother's personal email noting her infant's death and her donation of milk.",
        frm="Dr. Ines Calloway <icalloway@rosewatermilkbank.org>",
        to="laurenmcbride77@comcast.net",
        subject="Thank you, Lauren",
        body="Dear Lauren,\n\nWe received the 412 ounces you donated in Finn's memory. I know how hard it was to keep pumping after he died in March at Lanternbrook. Your milk will feed about 30 premature babies. Our bereavement donor program will send you a keepsake certificate.\n\nWith gratitude,\nInes Calloway, MD\nMedical Director",
    ),
    Spec(
        phi=False,
        category="bereavement donation program description",
        notes="Hard negative: program description for hospital social workers about bereaved donors; no person.",
        frm="Dr. Ines Calloway <icalloway@rosewatermilkbank.org>",
        to="nicu-socialwork@lanternbrookchildrens.org",
        subject="Bereavement donation - info for families",
        body="Some parents who lose a baby want to donate stored milk. We accept bereavement donations with a shortened screen and can pick up at home. Please share the attached wording with families only if they raise it.",
    ),
    Spec(
        phi=True,
        category="donor depot intake CSV",
        notes="Hard positive: depot drop-off CSV with donor names, donor IDs and weekly volumes sent to a depot partner.",
        frm="Grant Ellery <gellery@rosewatermilkbank.org>",
        to="lactation@wellspringpeds.com",
        subject="Depot donors assigned to you",
        body="These approved donors will drop off at your office. Please check IDs against the cooler log.",
        atts=(
            Att(
                "framingham_depot_donors.csv",
                "text/csv",
                "donor_id,name,phone,approved,notes\nD-26-0388,Amanda Trask,508-555-0161,2026-04-30,on levothyroxine (ok)\nD-26-0401,Hye-jin Park,508-555-0166,2026-05-04,\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="cooler inventory CSV",
        notes="Hard negative: equipment inventory CSV with serial numbers of coolers and freezers; devices not tied to patients.",
        frm="Grant Ellery <gellery@rosewatermilkbank.org>",
        to="facilities@wellspringpeds.com",
        subject="Loaner freezer inventory",
        body="Inventory of our equipment at your site for your asset records.",
        atts=(
            Att(
                "rmb_equipment_wellspring.csv",
                "text/csv",
                "asset,model,serial,placed\nchest freezer,Arctic CF-7,AF7-22019,2025-09-12\ntemp logger,LogTag TRIX-8,LT8-550103,2025-09-12\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pasteurization batch record naming donors",
        notes="Hard positive: batch record PDF lists donor IDs and names pooled into a lot with their screening dates.",
        frm="Lab <lab@rosewatermilkbank.org>",
        to="qa@rosewatermilkbank.org",
        subject="Batch record 26-0907 for QA file",
        body="Batch record for the recalled lot, for the CAPA file.",
        atts=(
            Att(
                "batch_26-0907.pdf",
                "application/pdf",
                pdf(
                    [
                        "ROSEWATER MOTHERS' MILK BANK - BATCH RECORD 26-0907",
                        "Pool: D-26-0311 Carla Mendes (screen 03/02/2026); D-26-0318 Ye-eun Choi (screen 03/09/2026)",
                        "Holder pasteurization 62.5 C 30 min; post-pasteurization culture: no growth",
                    ],
                    "Batch record",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HMBANA accreditation self-study",
        notes="Hard negative: accreditation self-study PDF with process descriptions and aggregate numbers.",
        frm="Grant Ellery <gellery@rosewatermilkbank.org>",
        to="accreditation@hmbana-standards.org",
        subject="Self-study submission",
        body="Our 2026 self-study is attached. Site visit dates in June work for us.",
        atts=(
            Att(
                "RMB_selfstudy_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "ROSEWATER MOTHERS' MILK BANK - ACCREDITATION SELF-STUDY 2026",
                        "Active donors (avg): 212. Lots pasteurized 2025: 1,140. Culture failures: 2.1%",
                        "Medical Director: Ines Calloway, MD (Neonatology)",
                    ],
                    "Self-study",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="medical director credentials with DEA and NPI",
        notes="Hard negative: medical director's licence, NPI and DEA for a contract file; clinician identifiers only.",
        frm="Grant Ellery <gellery@rosewatermilkbank.org>",
        to="credentialing@baystatehealthplan.com",
        subject="Ordering provider info for contract",
        body="Ordering provider for our outpatient program:\nInes Calloway, MD, Neonatology\nMA licence 271904\nNPI 1188462034\nDEA BC4829163",
    ),
    Spec(
        phi=True,
        category="HTML shipment notice to hospital with recipient",
        notes="Hard positive: HTML-only shipment notice naming the infant the milk is earmarked for and her condition.",
        frm="Outpatient Orders <orders@rosewatermilkbank.org>",
        to="milkroom@merrimackvalleymed.org",
        subject="Earmarked shipment arriving today",
        body="",
        html="<html><body><p>Shipment RW-H-7720 arriving 14:00.</p><ul><li>Case 1: general stock, 80 x 3 oz</li><li>Case 2: earmarked for <b>Aria Thibodeau</b> (galactosemia ruled out; cow's milk protein allergy), 30 x 3 oz, dairy-free donors only</li></ul></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML fundraising walk invitation",
        notes="Hard negative: HTML-only invitation to a fundraising walk; no individual health information.",
        frm=RMB,
        to="supporters@rosewatermilkbank.org",
        subject="Join the Milky Way 5K",
        body="",
        html="<html><body><h2>Milky Way 5K &amp; Family Walk</h2><p>Saturday June 20, Elm Park. Every $50 funds 100 ounces of donor milk for a premature baby.</p><a href='https://rosewatermilkbank.org/walk'>Register</a></body></html>",
    ),
    Spec(
        phi=False,
        category="volunteer packing shift invite",
        notes="Calendar invite for volunteer packing shift; no health information.",
        frm="Grant Ellery <gellery@rosewatermilkbank.org>",
        to="volunteers@rosewatermilkbank.org",
        subject="Packing shift Sat 5/23",
        body="Sign-up below as a calendar hold.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rosewater//Ops//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:pack-0523@rosewatermilkbank.org\r\nDTSTAMP:20260508T150000Z\r\nDTSTART:20260523T130000Z\r\nDTEND:20260523T160000Z\r\nSUMMARY:Volunteer packing shift\r\nLOCATION:Rosewater lab, 212 Orchard Hill Rd\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="donor blood draw appointment invite",
        notes="Hard positive: calendar invite to a donor's gmail for her screening blood draw at a named lab.",
        frm="Maren Holt <mholt@rosewatermilkbank.org>",
        to="ashley.nguyen.rn@gmail.com",
        subject="Your donor blood draw",
        body="Hi Ashley, here's the invite for your screening blood draw. Bring the requisition I mailed.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rosewater//Screening//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:draw-D-26-0442@rosewatermilkbank.org\r\nDTSTAMP:20260508T150000Z\r\nDTSTART:20260512T133000Z\r\nDTEND:20260512T140000Z\r\nSUMMARY:Donor screening blood draw - Ashley Nguyen (HIV/HBV/HCV/HTLV/syphilis)\r\nLOCATION:Quarry Labs, 55 Lincoln St, Worcester\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="pediatrician letter of medical necessity",
        notes="Letter of medical necessity docx with infant name, DOB and diagnosis sent to the plan.",
        frm="Billing <billing@rosewatermilkbank.org>",
        to="priorauth@baystatehealthplan.com",
        subject="LMN for pending request",
        body="Attached the prescriber's letter of medical necessity for the pending authorization.",
        atts=(
            Att(
                "LMN_Menon.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Re: Leo Menon, DOB 01/19/2026, member BSH448102761",
                        "Leo has short bowel syndrome after NEC surgery and does not tolerate formula.",
                        "Donor human milk is medically necessary through 9 months corrected age.",
                        "Ravi Amin, MD, North Shore Pediatrics",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="LMN template for prescribers",
        notes="Hard negative: blank letter-of-medical-necessity template docx with placeholders.",
        frm="Billing <billing@rosewatermilkbank.org>",
        to="records@northshorepeds.com",
        subject="LMN template for donor milk",
        body="For your office: our template for donor milk letters. Fill the bracketed fields.",
        atts=(
            Att(
                "LMN_template.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Re: [Infant name], DOB [MM/DD/YYYY], member [ID]",
                        "[Infant] has [diagnosis] and requires donor human milk because [reason].",
                        "[Prescriber], [Practice]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR MedicationRequest for donor milk",
        notes="Hard positive: FHIR MedicationRequest JSON with infant name and indication sent by the milk bank to a home infusion pharmacy.",
        frm="Outpatient Orders <orders@rosewatermilkbank.org>",
        to="intake@homecarepharmacyne.com",
        subject="Order handoff (FHIR)",
        body="Handing off the fortifier portion of this order to you.",
        atts=(
            Att(
                "medreq_3318.json",
                "application/fhir+json",
                '{"resourceType": "MedicationRequest", "status": "active", "subject": {"display": "Leo Menon", "identifier": {"value": "BSH448102761"}}, "medicationCodeableConcept": {"text": "Human milk fortifier"}, "reasonCode": [{"text": "Short bowel syndrome"}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of label printer files",
        notes="Hard negative: zip of bottle label templates with lot placeholders; no people.",
        frm="Lab <lab@rosewatermilkbank.org>",
        to="support@zebraprintpro.com",
        subject="Label files for the new printer",
        body="Templates zipped; the date field prints wrong on the new firmware.",
        atts=(
            Att(
                "labels.zip",
                "application/zip",
                zipped(
                    {
                        "bottle_3oz.zpl": "^XA^FO50,50^FDROSEWATER LOT ^FN1^FS^XZ",
                        "readme.txt": "Template fields: lot, pasteurized date, expiry.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="freezer temperature excursion report",
        notes="Hard negative: incident report on a freezer temperature alarm; equipment only.",
        frm="Lab <lab@rosewatermilkbank.org>",
        to="qa@rosewatermilkbank.org",
        subject="Freezer 3 excursion 5/9",
        body="Freezer 3 alarmed at 02:14 (-12 C for 38 min) after a door seal failure. Contents moved to freezer 5; no lots quarantined since the product stayed below -10 C. Work order 88211 opened.",
        atts=(
            Att(
                "freezer3_log.txt",
                "text/plain",
                "02:00 -20.1\n02:14 -12.0 ALARM\n02:52 -18.9\n03:10 -20.0\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="txt export of donor follow-up calls",
        notes="Hard positive: txt export of donor follow-up call log with names and health updates.",
        frm="Maren Holt <mholt@rosewatermilkbank.org>",
        to="screening-team@rosewatermilkbank.org",
        subject="call log for coverage tomorrow",
        body="Log attached so whoever covers knows where things stand.",
        atts=(
            Att(
                "followup_calls.txt",
                "text/plain",
                "Pauline Ilunga - started sertraline 5/6, deferred to 5/20\nBrittany Sosa - waiting on Dr C re partner hep C\nAmanda Trask - TSH came back normal, cleared\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="donor appreciation event invite",
        notes="Calendar invitation to a donor appreciation brunch sent to a general donor list; no individual.",
        frm=RMB,
        to="donor-community@rosewatermilkbank.org",
        subject="You're invited: donor appreciation brunch",
        body="Please join us to celebrate our donors. Babies welcome!" + FOOT,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rosewater//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:brunch-2026@rosewatermilkbank.org\r\nDTSTAMP:20260508T150000Z\r\nDTSTART:20260607T150000Z\r\nDTEND:20260607T170000Z\r\nSUMMARY:Donor appreciation brunch\r\nLOCATION:Tower Hill Botanic Garden\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="milk bank referral from hospital forwarded to donor",
        notes="Reply to a hospital lactation consultant naming a postpartum patient with oversupply referred as donor, including her delivery.",
        frm="Maren Holt <mholt@rosewatermilkbank.org>",
        to="lactation@wellspringpeds.com",
        subject="RE: possible donor",
        body="Thanks Deb. I called Hye-jin Park today. She delivered by C-section on 3/30, had gestational diabetes that has resolved, and is pumping 60 oz/day extra. We'll start her screen.",
    ),
    Spec(
        phi=False,
        category="donor milk fact sheet for prescribers",
        notes="Health topic fact sheet about donor milk indications; no individual.",
        frm="Dr. Ines Calloway <icalloway@rosewatermilkbank.org>",
        to="pediatricians@mass-aap-chapter.org",
        subject="Donor milk for outpatients: when to prescribe",
        body="Colleagues,\n\nCommon indications for outpatient donor milk: short bowel syndrome, post-surgical feeding intolerance, maternal chemotherapy, and adoptive families of medically fragile infants. Prescriptions can be faxed to (508) 555-0142.\n\nInes Calloway, MD",
    ),
    Spec(
        phi=False,
        category="purchase order with SSN-shaped number",
        notes="Hard negative: supply order whose PO number looks like an SSN; no person.",
        frm="Grant Ellery <gellery@rosewatermilkbank.org>",
        to="orders@medelabottlesupply.com",
        subject="PO 318-44-2290 bottles",
        body="Please ship 12 cases of 3 oz polypropylene bottles and 4 cases of caps on PO 318-44-2290. Net 30.",
    ),
]
