"""Granite Peak Orthopaedics & Surgery Center: outbound mail without PHI (22 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import GP, Att, Spec

_HL7_TEST = "\r".join(
    [
        "MSH|^~\\&|GPOSC_EHR|GRANITEPEAK|STLV_ADT|STLUKESVALLEY|202611160915||ADT^A04|"
        "TEST000231|T|2.5.1",
        "EVN|A04|202611160915",
        "PID|1||TEST0001^^^GPOSC^MR||ZZTEST^PATIENT^ONE||19000101|U|||"
        "1 TEST ST^^TESTVILLE^CO^00000||^PRN^PH^^^000^0000000",
        "PV1|1|O|ASC^TESTROOM^01||||^TEST^PROVIDER|||ORT||||||||TESTVISIT000231",
        "NTE|1||*** TEST MESSAGE - NOT A REAL PATIENT - INTERFACE VALIDATION ONLY ***",
        "",
    ]
)

MESSAGES = [
    Spec(
        phi=False,
        category="OR block schedule by surgeon specialty",
        notes="Hard negative: surgeon names with specialties and procedure types for block "
        "allocation; no patients.",
        frm=f"Gordon Fairbanks <gfairbanks@{GP}>",
        to=f"surgeons@{GP}",
        subject="Q1 2027 ASC block allocation",
        body="All,\n\nFinal Q1 block allocation, based on Q3-Q4 utilization:\n\n"
        "- Dr. Marcus Whitcombe (adult reconstruction, total joints): Mon/Wed OR1, full day\n"
        "- Dr. Anand Iyer (hand & upper extremity): Tue OR2, Fri OR2 AM\n"
        "- Dr. Folasade Oyelaran (spine): Thu OR1, full day; ACDFs and microdiscectomies only "
        "at the ASC\n- Dr. Elena Vasquez-Hart (sports medicine): Tue OR1, Fri OR1\n\n"
        "Blocks release at 72 hours. Outpatient TKA volume is up 18% so Marcus gets the "
        "second Wednesday.\n\nGordon Fairbanks\nCEO, Granite Peak Orthopaedics & Surgery "
        "Center",
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: pharmacy shortage notice naming drugs, doses and substitutions; "
        "no patient.",
        frm=f"ASC Pharmacy <ascpharmacy@{GP}>",
        to=f"asc-clinical@{GP}",
        cc="pharmacy@summitanesthesia.com",
        subject="SHORTAGE: cefazolin 2 g vials and liposomal bupivacaine",
        body="Team,\n\nOur wholesaler has cefazolin 2 g vials on allocation through at least "
        "mid-December. Effective Monday:\n\n1. Use cefazolin 1 g vials x2 for patients under "
        "120 kg; 3 g dosing for >=120 kg unchanged (3 x 1 g).\n2. For documented beta-lactam "
        "allergy continue vancomycin 15 mg/kg or clindamycin 900 mg per protocol.\n3. "
        "Liposomal bupivacaine 266 mg is limited to TKA/THA cases. Shoulder blocks revert to "
        "plain bupivacaine 0.5% with dexamethasone 4 mg per anesthesia.\n\nQuestions to "
        "pharmacy ext. 4410.\n\nMaya Rosenthal, PharmD",
    ),
    Spec(
        phi=False,
        category="aggregate quality dashboard",
        notes="Hard negative: multi-sheet XLSX of SSI, readmission and PROM aggregates by "
        "procedure and quarter; counts only.",
        frm=f"Mei-Ling Cho <mcho@{GP}>",
        to="quality@stlukesvalley.org",
        subject="Q3 2026 joint registry quality submission",
        body="Hi Dana,\n\nAttached is our Q3 submission for the regional joint collaborative. "
        "No patient-level data, aggregates only, as agreed in the DUA.\n\nMei-Ling Cho, RN, "
        "CPHQ\nQuality Manager",
        atts=(
            Att(
                "GPOSC_Q3_2026_quality.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Q2 2026", "Q3 2026", "Benchmark"],
                            ["TKA cases", 188, 204, ""],
                            ["THA cases", 131, 142, ""],
                            ["SSI rate (90-day), %", 0.6, 0.4, 1.0],
                            ["30-day readmission, %", 2.1, 1.8, 3.5],
                            ["Same-day discharge, %", 71, 77, ""],
                        ],
                        "PROMs": [
                            ["Instrument", "Procedure", "n", "Mean pre", "Mean 12 wk"],
                            ["KOOS JR", "TKA", 161, 47.2, 68.9],
                            ["HOOS JR", "THA", 118, 44.8, 74.1],
                            ["QuickDASH", "CTR", 96, 52.3, 18.7],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="implant consignment PO with SSN-shaped number",
        notes="Hard negative: purchase order number formatted like an SSN and implant reference "
        "numbers for shelf stock; no patient.",
        frm=f"Materials Management <purchasing@{GP}>",
        to="orders@apexbone-implants.com",
        subject="PO 418-22-7391 - consignment replenishment",
        body="Hi Carla,\n\nPlease replenish the following consignment items against PO "
        "418-22-7391 (ship to ASC dock, attn: Materials):\n\n"
        "- Tibial baseplate size 4, REF 5521-B-400, qty 2\n"
        "- Femoral component CR size 5 L, REF 5510-F-505, qty 1\n"
        "- Poly insert 10 mm, REF 5530-P-410, qty 3\n"
        "- Bone cement 40 g, REF 0610-40, qty 10\n\nPlease invoice against the PO number above, "
        "not the old blanket PO. Dock hours are 6:30-2:30.\n\nThanks,\nMaterials Management",
    ),
    Spec(
        phi=False,
        category="staff flu vaccine clinic HR notice",
        notes="Hard negative: staff vaccination clinic and benefits notice with vaccine names; "
        "no individual's health.",
        frm=f"Human Resources <hr@{GP}>",
        to=f"allstaff@{GP}",
        subject="Staff flu & COVID vaccine clinic + open enrollment closes Friday",
        body="Hi everyone,\n\nReminder: the employee vaccine clinic is Wednesday 11/18, 7-10 AM "
        "and 2-4 PM in the break room. Quadrivalent flu and the 2026-27 COVID-19 vaccine are "
        "free for staff. Bring your badge. If you get your shot elsewhere, upload proof in "
        "the HR portal by 12/1.\n\nOpen enrollment closes Friday at 5 PM. The HSA employer "
        "match stays at $750. Questions: hr@granitepeakortho.com.\n\nThanks!\nHR",
    ),
    Spec(
        phi=False,
        category="interview invitation to PA-C applicant",
        notes="Hard negative: recruiter mail to an applicant's outlook address about a PA-C job "
        "in joint replacement, DEA registration and a shadow day in the OR; the applicant is "
        "not a patient.",
        frm=f"Recruiting <careers@{GP}>",
        to="shauna.mcbride.pac@outlook.com",
        subject="Interview - PA-C, Adult Reconstruction",
        body="Hi Shauna,\n\nThank you for applying for our Physician Assistant position in "
        "adult reconstruction. Dr. Whitcombe would like to meet you on Tuesday 12/1 at 4:30 PM, "
        "followed by a shadow morning in the ASC on Wednesday (two total knees and a hip, "
        "anterior approach).\n\nBefore the offer stage we'll need your Colorado PA license "
        "number, NCCPA certificate and a copy of your DEA registration (or proof of "
        "application). Salary range is $128,000-$146,000 plus call stipend.\n\nPlease park "
        "in the south lot that day.\n\nBest,\nCarmen Ybarra\nTalent Acquisition, Granite "
        "Peak Orthopaedics",
    ),
    Spec(
        phi=False,
        category="CME symposium agenda PDF",
        notes="Hard negative: conference agenda with faculty names and disease topics.",
        frm=f"Education Office <education@{GP}>",
        to="cme@stlukesvalley.org",
        subject="Final agenda - Front Range Sports Medicine Symposium",
        body="Attached is the final agenda for accreditation review. 6.5 AMA PRA Category 1 "
        "credits requested.\n\nThank you,\nEducation Office",
        atts=(
            Att(
                "FRSMS_2027_agenda.pdf",
                "application/pdf",
                pdf(
                    [
                        "GRANITE PEAK ORTHOPAEDICS - FRONT RANGE SPORTS MEDICINE SYMPOSIUM",
                        "Saturday, January 23, 2027 - Boulder Marriott",
                        "07:30 Registration and breakfast",
                        "08:00 ACL reconstruction in the skeletally immature athlete - "
                        "E. Vasquez-Hart, MD",
                        "09:00 Rotator cuff repair: single vs double row - T. Lindqvist, MD",
                        "10:15 Concussion return-to-play protocols - R. Amadi, DO",
                        "11:15 Stress fractures in female runners and RED-S - K. Obi, MD",
                        "13:00 Hands-on: ultrasound-guided injections",
                        "15:30 Adjourn",
                    ],
                    "FRSMS 2027 agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="interface test with synthetic patient",
        notes="Hard negative: HL7 message with an obviously synthetic ZZTEST patient flagged "
        "as a test (processing id T).",
        frm=f"Rafael Quintero <rquintero@{GP}>",
        to="interfaces@stlukesvalley.org",
        subject="TEST message for PV1-19 fix",
        body="Jenna,\n\nAfter our change, here's a test A04 using our standard test patient "
        "(ZZTEST, PATIENT ONE, MRN TEST0001). Processing ID is T. If this one posts we'll "
        "flip production tonight.\n\nRafael",
        atts=(Att("A04_TEST.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="policy document DOCX",
        notes="Hard negative: surgical site marking and time-out policy with clinical wording; "
        "no individual.",
        frm=f"Mei-Ling Cho <mcho@{GP}>",
        to=f"asc-clinical@{GP}",
        subject="Revised policy: site marking and universal protocol (please read)",
        body="Attached is the revised Universal Protocol policy approved by the Medical "
        "Executive Committee on 11/10. Changes are highlighted in section 4 (spine level "
        "verification with intra-op imaging). Please sign the attestation in the LMS by "
        "11/30.\n\nMei-Ling",
        atts=(
            Att(
                "POL-ASC-014_Universal_Protocol_rev2026.docx",
                DOCX,
                docx(
                    [
                        "POL-ASC-014 Universal Protocol: Site Marking and Time-Out",
                        "1. Purpose: prevent wrong site, wrong procedure and wrong patient "
                        "surgery.",
                        "2. The operating surgeon marks the site with initials before "
                        "sedation, with the patient awake and involved where possible.",
                        "3. Time-out: patient identity (two identifiers), procedure, "
                        "laterality, implants, antibiotics given within 60 minutes.",
                        "4. Spine: level verified with fluoroscopy before incision and "
                        "documented with a saved image.",
                        "5. Exemptions: midline single-organ procedures.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT maintenance notice to all staff with downtime procedures.",
        frm=f"IT Help Desk <helpdesk@{GP}>",
        to=f"allstaff@{GP}",
        subject="Planned EHR downtime Sat 11/21 10 PM - 2 AM",
        body="Hello all,\n\nThe EHR will be unavailable Saturday 11/21 from 10:00 PM to about "
        "2:00 AM for the vendor's quarterly upgrade. The ASC has no cases that night. The "
        "answering service will page on-call directly. Downtime forms are in the red binder "
        "at each nurse station.\n\nIT Help Desk x4400",
    ),
    Spec(
        phi=False,
        category="vendor remittance",
        notes="Accounts payable remittance for office supplies and linen service.",
        frm=f"Accounts Payable <ap@{GP}>",
        to="ar@frontrangelinen.com",
        subject="Remittance advice - ACH 11/16/2026",
        body="Hello,\n\nACH payment of $4,812.37 was sent today for the following invoices:\n"
        "INV-55812  10/31/2026  $2,406.19\nINV-55907  11/07/2026  $2,406.18\n\nPlease update "
        "our remit-to contact to ap@granitepeakortho.com.\n\nAccounts Payable\nGranite Peak "
        "Orthopaedics & Surgery Center",
    ),
    Spec(
        phi=False,
        category="facilities parking notice",
        notes="Facilities notice about parking lot work and patient drop-off routing.",
        frm=f"Facilities <facilities@{GP}>",
        to=f"allstaff@{GP}",
        subject="North lot closed Tue-Wed for resurfacing",
        body="Heads up: the north lot will be closed Tuesday and Wednesday for resurfacing. "
        "Staff please park at the church lot on 28th St; the shuttle runs every 10 minutes "
        "from 6 AM. Patient drop-off for the ASC moves to the south entrance, wheelchairs "
        "will be staged there. Map attached.\n\nThanks,\nFacilities",
        atts=(Att("north_lot_closure_map.png", "image/png", png(8, 6, (90, 90, 90))),),
    ),
    Spec(
        phi=False,
        category="marketing newsletter draft HTML-only",
        notes="Hard negative: HTML-only newsletter draft sent to the freelance designer's "
        "gmail about hip pain and anterior hip replacement; no recipient list, no individual.",
        frm=f"Marketing <marketing@{GP}>",
        to="tessa.lindgren.design@gmail.com",
        subject="December e-newsletter - final copy",
        body="",
        html="<html><body><h2>Hip pain keeping you off the trails?</h2>"
        "<p>Arthritis of the hip affects more than 1 in 4 adults over 65. At Granite Peak, "
        "Dr. Marcus Whitcombe performs anterior-approach total hip replacement with most "
        "patients going home the same day.</p><ul><li>Free hip &amp; knee seminar Jan 14, "
        "6 PM</li><li>New Saturday sports injury clinic, 8-12</li><li>Meet Dr. Anand Iyer, "
        "hand surgeon: carpal tunnel, trigger finger and thumb arthritis</li></ul>"
        "<p><i>Note to Tessa: please keep the hero image and swap the footer address to "
        "Suite 300. No tracking pixels per our compliance team.</i></p></body></html>",
    ),
    Spec(
        phi=False,
        category="physician credentialing packet",
        notes="Hard negative: surgeon's NPI, DEA, license and board certification sent to a "
        "hospital medical staff office; provider identifiers only.",
        frm=f"Credentialing <credentialing@{GP}>",
        to="medstaff@stlukesvalley.org",
        subject="Reappointment - Folasade Oyelaran, MD",
        body="Good morning,\n\nFor Dr. Oyelaran's reappointment (orthopaedic spine surgery), "
        "the items you flagged as missing:\n\nFolasade Oyelaran, MD\nNPI 1715274522\n"
        "DEA FO2231405 (exp 09/30/2028), copy attached to the portal upload\nColorado "
        "license DR.0061842, exp 04/30/2027\nBoard certified, American Board of Orthopaedic "
        "Surgery, 2015; fellowship in spine surgery, 2013\nCase log: 412 spine procedures in "
        "the past 24 months (ACDF, lumbar decompression, microdiscectomy).\n\nPlease let us "
        "know if the committee needs the malpractice loss runs again.\n\nCredentialing "
        "Office\nGranite Peak Orthopaedics",
    ),
    Spec(
        phi=False,
        category="de-identified research extract CSV",
        notes="Hard negative: de-identified study extract with study ids, age bands, year only, "
        "ICD codes and outcome scores.",
        frm=f"Research Coordinator <research@{GP}>",
        to="ortho-outcomes@frontrange.edu",
        subject="De-identified extract for the UKA vs TKA study",
        body="Hi Dr. Bauer,\n\nAttached is the Safe Harbor de-identified extract (IRB "
        "2026-0412). Study IDs are random; the key stays here. Ages >89 are collapsed.\n\n"
        "Ngaire Tamihana\nClinical Research Coordinator",
        atts=(
            Att(
                "uka_tka_deid_v3.csv",
                "text/csv",
                "study_id,age_band,sex,surgery_year,procedure,icd10,bmi_band,koos_pre,"
                "koos_12m\r\n"
                "S-0417,60-64,F,2025,UKA,M17.11,30-34,44.1,79.2\r\n"
                "S-1102,65-69,M,2025,TKA,M17.12,25-29,39.6,71.0\r\n"
                "S-0893,70-74,F,2024,TKA,M17.0,35-39,41.3,66.8\r\n"
                "S-2270,55-59,M,2025,UKA,M17.12,25-29,50.2,84.5\r\n"
                "S-1548,90+,F,2024,TKA,M17.11,<25,36.7,63.9\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ICD-10 coding education",
        notes="Hard negative: coder tip with diagnosis codes and laterality examples; no patient.",
        frm=f"Coding Team <coding@{GP}>",
        to=f"providers@{GP}",
        subject="Coding tip of the week: laterality & 7th characters",
        body="Hi providers,\n\nTop denial reason this month was unspecified laterality. "
        "Reminders:\n\n- M17.11 = unilateral primary OA, right knee; M17.0 = bilateral. "
        "Avoid M17.9.\n- Rotator cuff tears: M75.121 (complete, right, nontraumatic) vs "
        "S46.011A (traumatic strain, initial encounter).\n- Fractures need the 7th character: "
        "A initial, D subsequent routine healing, G delayed healing, S sequela.\n- Carpal "
        "tunnel: G56.01 right, G56.02 left, G56.03 bilateral.\n\nThanks,\nCoding Team",
    ),
    Spec(
        phi=False,
        category="payer fee schedule spreadsheet",
        notes="Hard negative: contracted rates by CPT code in a two-sheet workbook; no claims "
        "or patients.",
        frm=f"Lorraine Dubose <ldubose@{GP}>",
        to="contracting@bluecrestplan.com",
        subject="2027 rate proposal - ASC and professional",
        body="Hi Angela,\n\nAttached is our counter-proposal for 2027. Professional rates on "
        "tab 1, ASC facility rates on tab 2. We are asking for 4.5% on the joint codes given "
        "the outpatient shift.\n\nLorraine",
        atts=(
            Att(
                "GPOSC_2027_rates_counter.xlsx",
                XLSX,
                xlsx(
                    {
                        "Professional": [
                            ["CPT", "Description", "2026 rate", "Proposed 2027"],
                            ["27447", "Total knee arthroplasty", 1684.20, 1760.00],
                            ["27130", "Total hip arthroplasty", 1702.55, 1779.17],
                            ["29881", "Knee arthroscopy w/ meniscectomy", 612.40, 639.96],
                            ["64721", "Carpal tunnel release", 498.75, 521.19],
                        ],
                        "ASC facility": [
                            ["CPT", "2026 rate", "Proposed 2027"],
                            ["27447", 11420.00, 11933.90],
                            ["27130", 11180.00, 11683.10],
                            ["63030", 5210.00, 5444.45],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="patient satisfaction aggregate by surgeon",
        notes="Hard negative: survey top-box percentages by named surgeon; no patient comments "
        "or identifiers.",
        frm=f"Gordon Fairbanks <gfairbanks@{GP}>",
        to="board@granitepeakortho.com",
        subject="October patient experience scores",
        body="Board members,\n\nOctober top-box 'likelihood to recommend' (n=642 returned "
        "surveys):\n\nWhitcombe 91.2% | Iyer 93.8% | Oyelaran 88.5% | Vasquez-Hart 94.1%\n"
        "ASC overall 95.0% (benchmark 92.7%)\n\nLowest item remains 'wait time in clinic' at "
        "71%. We are piloting text-when-ready in January.\n\nGordon",
    ),
    Spec(
        phi=False,
        category="forwarded device recall notice",
        notes="Hard negative: forwarded manufacturer recall for tourniquet cuffs by lot number; "
        "no patients involved.",
        frm=f"Materials Management <purchasing@{GP}>",
        to=f"asc-clinical@{GP}",
        subject="Fwd: URGENT Field Safety Notice - single-use tourniquet cuffs",
        body="Please pull any cuffs from the lots below from OR1/OR2 and the sterile core. We "
        "have 14 on hand from lot TC-2608-11, quarantined in Materials. No adverse events "
        "here.\n\nMaterials",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Field Safety <fieldsafety@surgisafe-medical.com>",
            to=f"purchasing@{GP}",
            subject="URGENT Field Safety Notice - single-use tourniquet cuffs",
            body="Dear Customer,\n\nSurgiSafe is voluntarily recalling SafeCuff single-use "
            "tourniquet cuffs, 24 in and 30 in, lots TC-2608-09 through TC-2608-14, because "
            "the bladder may leak under pressure above 300 mmHg. Please quarantine affected "
            "product and return the acknowledgement form within 10 days.\n\nSurgiSafe "
            "Quality & Regulatory",
        ),
    ),
    Spec(
        phi=False,
        category="peer review committee invite",
        notes="Hard negative: calendar invite for the peer review committee; agenda mentions "
        "case categories and complication rates, no cases identified.",
        frm=f"Medical Staff Office <medstaff@{GP}>",
        to=f"peer-review@{GP}",
        subject="Invitation: Quarterly Peer Review Committee",
        body="Agenda: SSI trend (3 cases Q3 vs 5 Q2), unplanned returns to OR, DVT "
        "prophylaxis compliance 96%. Case files will be in the secure folder, not email.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Granite Peak//Scheduling//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:prc-2026q4@granitepeakortho.com\r\n"
        "DTSTAMP:20261116T170000Z\r\nDTSTART:20261203T003000Z\r\nDTEND:20261203T020000Z\r\n"
        "SUMMARY:Quarterly Peer Review Committee\r\nLOCATION:Board Room\r\n"
        "DESCRIPTION:Confidential peer review under CRS 12-36.5-104. Dinner provided.\r\n"
        "ORGANIZER;CN=Medical Staff Office:mailto:medstaff@granitepeakortho.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="blank intake form template",
        notes="Hard negative: blank fax cover and intake template with empty 'Patient name / "
        "DOB / Diagnosis' fields.",
        frm=f"Keisha Armstead <karmstead@{GP}>",
        to="frontoffice@pinecresthealth.org",
        subject="Updated referral form",
        body="Hi Pinecrest team,\n\nWe updated our referral form, please toss the old ones. "
        "Plain-text version below in case the PDF doesn't print right:\n\n"
        "GRANITE PEAK ORTHOPAEDICS - REFERRAL\nPatient name: ____________________  DOB: "
        "___/___/_____\nInsurance / Member ID: ____________________\nReason for referral / "
        "diagnosis: ______________________________\nImaging done? [ ] X-ray [ ] MRI [ ] CT\n"
        "Urgent? [ ] yes [ ] no\nFax to 303-555-0189\n\nThanks!\nKeisha",
    ),
    Spec(
        phi=False,
        category="new surgeon announcement",
        notes="Announcement to referring practices of a new surgeon joining; workforce member "
        "only.",
        frm=f"Physician Relations <outreach@{GP}>",
        to="providers@pinecresthealth.org",
        subject="Welcome Dr. Tobias Lindqvist - shoulder & elbow",
        body="Dear colleagues,\n\nWe're pleased to welcome Tobias Lindqvist, MD, fellowship "
        "trained in shoulder and elbow surgery (Steadman Philippon). He sees patients "
        "starting January 4 at our Foothill and Lafayette offices and accepts new referrals "
        "for rotator cuff disease, instability and shoulder arthroplasty.\n\nReferrals: fax "
        "303-555-0189 or call 303-555-0180.\n\nPhysician Relations",
    ),
]
