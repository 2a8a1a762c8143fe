"""CareFlow Home Infusion: outbound mail, PHI and not."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import CFI, PSP, SRR, Att, Spec

SIG_RN = (
    "\n\nJanelle Boateng, RN, CRNI\nNursing Supervisor, CareFlow Home Infusion\n"
    "On-call 24/7: (412) 555-0260"
)
SIG_RPH = "\n\nFarid Karimi, PharmD, BCIDP\nClinical Pharmacist, CareFlow Home Infusion"

ROUTES = xlsx(
    {
        "Mon 11-16": [
            ["Nurse", "Time", "Patient", "Address", "Therapy", "Visit"],
            [
                "Boateng",
                "08:30",
                "Okafor, Denise",
                "2217 Linden Hollow Rd, Bethel Park",
                "ertapenem",
                "PICC dressing + labs",
            ],
            [
                "Boateng",
                "11:00",
                "Nwachukwu, Emeka",
                "76 Steuben St Apt 3, Crafton",
                "TPN",
                "weekly labs",
            ],
            [
                "Kaminski",
                "09:15",
                "Reyes-Ortiz, Graciela",
                "1402 Brownsville Rd, Carrick",
                "IVIG 2 g/kg",
                "infusion visit 4h",
            ],
        ],
        "Tue 11-17": [
            ["Nurse", "Time", "Patient", "Address", "Therapy", "Visit"],
            [
                "Kaminski",
                "08:00",
                "Halvorsen-Tate, Bjorn",
                "9 Orchard Ct, Mt Lebanon",
                "daptomycin",
                "CPK + dressing",
            ],
            [
                "Boateng",
                "10:30",
                "Whitlock, Darnell",
                "512 Penn Ave, Wilkinsburg",
                "vancomycin",
                "trough draw",
            ],
        ],
    }
)

MED_REQ = (
    json.dumps(
        {
            "resourceType": "MedicationRequest",
            "id": "cf-mr-77120",
            "status": "active",
            "intent": "order",
            "subject": {
                "reference": "Patient/cf-pt-40911",
                "display": "Darnell Whitlock",
                "identifier": {"system": "urn:careflow:mrn", "value": "CF-40911"},
            },
            "medicationCodeableConcept": {"text": "Vancomycin 1,250 mg IV q12h"},
            "reasonCode": [{"text": "MRSA osteomyelitis, L calcaneus (M86.172)"}],
            "authoredOn": "2026-11-09",
            "requester": {"display": "Helena Vasquez-Moore, MD"},
            "dosageInstruction": [
                {"text": "Infuse over 2 hours via R arm PICC; trough before 4th dose"}
            ],
            "dispenseRequest": {"validityPeriod": {"start": "2026-11-09", "end": "2026-12-21"}},
        },
        indent=2,
    )
    + "\n"
)

ORU_HL7 = (
    "MSH|^~\\&|CAREFLOW_LAB|CAREFLOW|IDCLINIC|SOUTHHILLSID|20261112101500||ORU^R01|"
    "CF2611120044|P|2.5.1\r"
    "PID|1||CF-40911^^^CAREFLOW^MR||Whitlock^Darnell^J||19711004|M|||512 Penn Ave^^"
    "Wilkinsburg^PA^15221\r"
    "OBR|1||CF-L-99183|VANCTR^Vancomycin trough|||20261112063000\r"
    "OBX|1|NM|VANCTR^Vancomycin trough||22.8|ug/mL|15-20|H|||F\r"
    "OBX|2|NM|CREAT^Creatinine||1.6|mg/dL|0.7-1.3|H|||F\r"
    "NTE|1||Dose held by RN 11/12 07:00 per protocol; pharmacist notified\r"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*CAREFLOW       *ZZ*AVAILITY       *261110*0902*^*00501*"
    "000000418*0*P*:~GS*HS*CAREFLOW*AVAILITY*20261110*0902*418*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*CF418*20261110*0902~"
    "HL*1**20*1~NM1*PR*2*AETNA*****PI*60054~HL*2*1*21*1~"
    "NM1*1P*2*CAREFLOW HOME INFUSION*****XX*1459966622~HL*3*2*22*0~"
    "NM1*IL*1*REYES-ORTIZ*GRACIELA****MI*W284410937~DMG*D8*19640317*F~"
    "DTP*291*D8*20261116~EQ*BV~III*ZZ*12~SE*13*0001~GE*1*418~IEA*1*000000418~"
)

POC_PDF = pdf(
    [
        "CAREFLOW HOME INFUSION - PLAN OF CARE",
        "Patient: Emeka Nwachukwu    DOB: 02/11/1987    MRN: CF-40377",
        "Diagnosis: K91.2 Postsurgical malabsorption (short bowel, 90 cm remaining)",
        "Therapy: TPN 1,800 mL over 12 h nightly via R chest tunneled CVC",
        "Dextrose 200 g, amino acids 90 g, lipids 40 g 3x/week; Mg 12 mEq",
        "Nursing: weekly visit, CBC/CMP/Mg/Phos weekly, line care per protocol",
        "Physician: Rohan Bhattacharya, MD (GI)",
        "Certification period: 11/01/2026 - 12/30/2026",
    ],
    "Plan of care - Nwachukwu",
)

CLINICAL_ZIP = zipped(
    {
        "visit_2026-11-02.txt": (
            "CareFlow nursing visit - Graciela Reyes-Ortiz - 11/02/2026\n"
            "IVIG (Gamunex-C 2 g/kg) infused over 4h, premedicated acetaminophen/diphenhydramine."
            "\nBP 128/76 pre, 134/80 post. No reaction. CIDP: grip strength R 18 kg L 16 kg.\n"
        ),
        "visit_2026-11-03.txt": (
            "CareFlow nursing visit - Graciela Reyes-Ortiz - 11/03/2026\n"
            "Day 2 infusion. Mild headache after, resolved with fluids. INCAT score 3 (was 4).\n"
        ),
    }
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>CareFlow Home Infusion - End of Therapy Summary</title>
  <recordTarget><patientRole>
    <id extension="CF-40650" root="2.16.840.1.113883.3.9921"/>
    <patient><name><given>Bjorn</given><family>Halvorsen-Tate</family></name>
      <birthTime value="19590612"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section><title>Therapy Summary</title>
    <text>Daptomycin 8 mg/kg IV q24h for prosthetic knee joint infection (T84.53XA),
    10/05/2026 - 11/15/2026. Weekly CPK normal. PICC removed 11/16/2026 by CareFlow RN,
    tip intact. Transitioned to oral doxycycline 100 mg BID suppression.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

PUMP_CSV = (
    "pump_serial,model,patient,start,therapy\r\n"
    "CADD-8841207,CADD-Solis VIP,Okafor D,2026-11-11,ertapenem\r\n"
    "CADD-8841355,CADD-Solis VIP,Whitlock D,2026-11-09,vancomycin\r\n"
    "SAP-220471,Sapphire,Nwachukwu E,2026-09-02,TPN\r\n"
)

USP797 = pdf(
    [
        "CAREFLOW HOME INFUSION - USP <797> COMPOUNDING AUDIT SUMMARY",
        "Audit date: 10/28/2026   Auditor: Tri-State Sterile Consulting",
        "ISO 7 buffer room viable air sampling: 0 of 12 sites above action level",
        "Surface sampling: 1 of 24 (ante-room floor) above action level; re-cleaned, passed",
        "Gloved fingertip testing: 14 of 14 compounders passed",
        "Media fill: passed for all compounders",
        "Beyond-use dating policy: compliant",
    ],
    "USP 797 audit summary",
)

COMPOUNDING_SOP = docx(
    [
        "CAREFLOW HOME INFUSION - PHARMACY SOP PH-031",
        "Title: TPN compounding and labelling",
        "1. Two-pharmacist verification for any dextrose change above 50 g/day.",
        "2. Lipid injectable emulsion is dispensed separately unless 3-in-1 is ordered.",
        "3. Labels include: patient name, DOB, formula, infusion rate, BUD, storage.",
        "4. Cycled TPN: taper the first and last hour to 50% rate.",
        "Owner: Pharmacy Director    Reviewed: 10/2026",
    ]
)

RATES = xlsx(
    {
        "Per diems": [
            ["Code", "Description", "Proposed 2027"],
            ["S9500", "Home infusion antibiotic, q24h, per diem", 142.00],
            ["S9502", "Home infusion antibiotic, q8h, per diem", 168.00],
            ["S9365", "Home TPN, 1 liter, per diem", 295.00],
            ["S9338", "Home IVIG, per diem", 210.00],
        ],
        "Nursing": [
            ["Code", "Description", "Proposed 2027"],
            ["99601", "Home infusion visit, first 2 hours", 185.00],
            ["99602", "Each additional hour", 72.00],
        ],
    }
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="referral acceptance to rehab case manager",
        notes="Accepting a named patient's home IV antibiotic referral with therapy details.",
        frm=f"Stacy Lindholm <slindholm@{CFI}>",
        to=f"Marisol Vega <mvega@{SRR}>",
        subject="Accepted - Okafor home ertapenem",
        body="Hi Marisol,\n\nWe've accepted Denise Okafor for ertapenem 1 g IV q24h through "
        "11/24 via her right basilic PICC. First dose at home Wednesday 11/11 at 6 PM; "
        "Janelle will do the start-of-care visit and teach her sister. Benefits verified: "
        "Highmark, no copay for home infusion.\n\nStacy Lindholm\nIntake Coordinator, "
        "CareFlow",
    ),
    Spec(
        phi=True,
        category="vancomycin level to ID physician",
        notes="Named patient with DOB, drug level, creatinine and dose hold sent to the "
        "infectious disease office.",
        frm=f"Farid Karimi <fkarimi@{CFI}>",
        to="Dr. Helen Obi <hobi@southhillsid.com>",
        subject="High vanc trough - dose held",
        body="Dr. Obi,\n\nDarnell Whitlock (DOB 10/04/1971): vancomycin trough this morning "
        "22.8 ug/mL, creatinine up to 1.6 from 1.1. Our RN held today's 07:00 dose per "
        "protocol. I suggest 1,000 mg q12h and a repeat trough before the 4th new dose. "
        "Please confirm or call me." + SIG_RPH,
    ),
    Spec(
        phi=True,
        category="nurse route workbook to staffing agency",
        notes="Hard positive: multi-sheet nurse route workbook with patient names, home "
        "addresses and therapies; body only about coverage.",
        frm=f"Janelle Boateng <jboateng@{CFI}>",
        to="Scheduler <scheduler@homecarenurses-pa.com>",
        subject="coverage Mon/Tue",
        body="Hi Pam - these are the visits I need your per-diem nurse to cover Mon/Tue. Can "
        "you confirm by 3?" + SIG_RN,
        atts=(Att("routes_wk47.xlsx", XLSX, ROUTES),),
    ),
    Spec(
        phi=True,
        category="FHIR MedicationRequest to partner",
        notes="Hard positive: FHIR MedicationRequest with patient name, MRN, drug, indication "
        "(MRSA osteomyelitis); body only mentions the integration test.",
        frm=f"Raj Iyer <riyer@{CFI}>",
        to="Integration <integration@southhillsid.com>",
        subject="payload from the failed POST",
        body="Here's the payload our side tried to POST at 14:02 - your endpoint answered 422. "
        "Can you check your validation?\n\nRaj Iyer\nIT, CareFlow",
        atts=(Att("MedicationRequest_cf-mr-77120.json", "application/fhir+json", MED_REQ),),
    ),
    Spec(
        phi=True,
        category="HL7 ORU lab result",
        notes="Hard positive: HL7 ORU with name, DOB, address and lab values, only in the "
        "attachment.",
        frm=f"CareFlow Lab Interface <labinterface@{CFI}>",
        to="Interfaces <interfaces@southhillsid.com>",
        subject="Manual resend CF2611120044",
        body="Automatic delivery failed; manual resend of one result attached.",
        atts=(Att("CF2611120044.hl7", "application/hl7-v2", ORU_HL7),),
    ),
    Spec(
        phi=True,
        category="TPN change with initials and DOB",
        notes="Hard positive: only initials and DOB, with a TPN formula change and lab values, "
        "to the GI office.",
        frm=f"Farid Karimi <fkarimi@{CFI}>",
        to="GI Nurses <ginurses@pittdigestivecare.com>",
        subject="TPN formula change - please co-sign",
        body="Hi,\n\nFor pt E.N., DOB 02/11/1987: glucose 212 on the last two checks, so per "
        "Dr. Bhattacharya's verbal order we are decreasing dextrose from 250 g to 200 g and "
        "adding 10 units regular insulin to the bag starting tonight. Mg 1.5 - increased to "
        "12 mEq. Please have him co-sign the order in the portal." + SIG_RPH,
    ),
    Spec(
        phi=True,
        category="delivery notice to husband's yahoo",
        notes="Hard positive: tells a husband at yahoo.com when his wife's ertapenem delivery "
        "arrives.",
        frm=f"CareFlow Deliveries <deliveries@{CFI}>",
        to="tom.okafor71@yahoo.com",
        subject="Delivery tomorrow 8-12",
        body="Hi Tom,\n\nDenise's next week of ertapenem, saline flushes and dressing kits will "
        "arrive tomorrow between 8 AM and noon. Please put the medication in the fridge as "
        "soon as it arrives. Someone must sign for it.\n\nCareFlow Deliveries",
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry",
        notes="Hard positive: X12 270 with patient name, member id and DOB, sent to a "
        "clearinghouse support desk.",
        frm=f"Owen McAllister <omcallister@{CFI}>",
        to="EDI Support <edisupport@availity-partners.com>",
        subject="270 returning AAA 72",
        body="Hi,\n\nThe attached 270 keeps getting AAA*Y**72*C back. Is the member id "
        "format wrong for this payer?\n\nOwen McAllister\nReimbursement, CareFlow",
        atts=(Att("elig_418.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="IVIG copay estimate to patient gmail",
        notes="Benefits verification result for IVIG sent to the patient's gmail.",
        frm=f"Owen McAllister <omcallister@{CFI}>",
        to="graciela.reyesortiz@gmail.com",
        subject="Your coverage for home IVIG",
        body="Dear Ms. Reyes-Ortiz,\n\nWe checked your Aetna benefits for your home IVIG "
        "infusions (every 3 weeks). Your plan covers it at 80% after the deductible, which you "
        "have met. Your estimated share is about $384 per infusion, up to your out-of-pocket "
        "maximum of $4,500. A copay assistance foundation may help - reply and I will send the "
        "application.\n\nOwen McAllister",
    ),
    Spec(
        phi=True,
        category="forwarded patient message to nurse",
        notes="Intake forwards a patient's own email (message/rfc822) about PICC bleeding to "
        "the per-diem nurse's agency address.",
        frm=f"Stacy Lindholm <slindholm@{CFI}>",
        to="Pam Whitaker <pwhitaker@homecarenurses-pa.com>",
        subject="FW: bleeding at my line",
        body="Pam - can your nurse stop by Mr. Nwachukwu's today instead of Thursday? See "
        "below.\n\nStacy",
        forward=Spec(
            phi=True,
            category="nested",
            notes="nested",
            frm="Emeka Nwachukwu <emeka.nwachukwu87@hotmail.com>",
            to=f"slindholm@{CFI}",
            subject="bleeding at my line",
            body="Hi, the dressing on my chest catheter is soaked with blood this morning, "
            "not a lot but more than usual. Should I still run my TPN tonight?\n\nEmeka",
        ),
    ),
    Spec(
        phi=True,
        category="plan of care PDF to physician",
        notes="Plan of care PDF with name, DOB, MRN, short-bowel diagnosis and TPN formula.",
        frm=f"Janelle Boateng <jboateng@{CFI}>",
        to="Dr. Rohan Bhattacharya <rbhattacharya@pittdigestivecare.com>",
        subject="Plan of care for signature",
        body="Dr. Bhattacharya,\n\nThe plan of care for the current certification period is "
        "attached for your signature." + SIG_RN,
        atts=(Att("POC_CF-40377.pdf", "application/pdf", POC_PDF),),
    ),
    Spec(
        phi=True,
        category="clinical notes zip to payer case manager",
        notes="Zip of nursing visit notes for a named IVIG patient with CIDP scores, sent to "
        "the payer's case manager.",
        frm=f"Owen McAllister <omcallister@{CFI}>",
        to="Case Management <cm-specialty@aetna-partners.com>",
        subject="Reauth clinicals - W284410937",
        body="Attached are the last two visit notes for the IVIG reauthorization. The "
        "neurologist's note follows by fax.\n\nOwen",
        atts=(Att("clinicals_W284410937.zip", "application/zip", CLINICAL_ZIP),),
    ),
    Spec(
        phi=True,
        category="infusion reaction report to prescriber",
        notes="Adverse reaction to IVIG reported for a named patient.",
        frm=f"Janelle Boateng <jboateng@{CFI}>",
        to="Dr. Ana Lucia Ferreira <aferreira@pghneuromuscular.com>",
        subject="Infusion reaction today",
        body="Dr. Ferreira,\n\nGraciela Reyes-Ortiz had chills, rigors and temp 101.2 F about "
        "90 minutes into today's IVIG. Infusion stopped, given diphenhydramine 25 mg IV and "
        "acetaminophen 650 mg; resolved in 40 minutes, vitals stable. Remaining 35 g not "
        "given. Do you want a slower rate or hydrocortisone premed next cycle?" + SIG_RN,
    ),
    Spec(
        phi=True,
        category="PHI only in subject line",
        notes="Hard positive: subject carries the patient's surname and an occluded PICC "
        "treated with alteplase; body says see the chart.",
        frm=f"Janelle Boateng <jboateng@{CFI}>",
        to="Dr. Rohan Bhattacharya <rbhattacharya@pittdigestivecare.com>",
        subject="Nwachukwu - CVC occluded, alteplase 2 mg given, flushing now",
        body="FYI - details in the portal note. Will update after the 2-hour dwell." + SIG_RN,
    ),
    Spec(
        phi=True,
        category="C-CDA end of therapy to PCP",
        notes="C-CDA end-of-therapy summary for a named patient with joint infection; body "
        "generic.",
        frm=f"CareFlow Records <records@{CFI}>",
        to="Records <records@mtlebanonprimarycare.com>",
        subject="End of therapy summary",
        body="End of therapy summary attached for your records.\n\nCareFlow Home Infusion",
        atts=(Att("EOT_CF-40650.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="HTML welcome letter to new patient",
        notes="HTML-only welcome letter naming the patient and his daptomycin therapy, to "
        "outlook.com.",
        frm=f"CareFlow Home Infusion <welcome@{CFI}>",
        to="bjorn.ht@outlook.com",
        subject="Welcome to CareFlow Home Infusion",
        body="",
        html=(
            "<html><body><p>Dear Bjorn Halvorsen-Tate,</p><p>Welcome to CareFlow. Your "
            "physician has ordered <b>daptomycin 8 mg/kg IV once daily</b> at home through "
            "11/15.</p><ul><li>Your nurse: Anna Kaminski, RN</li><li>First visit: Tuesday 8:00 "
            "AM</li><li>Weekly blood work: CPK and CBC on Tuesdays</li></ul><p>Questions, "
            "day or night: (412) 555-0260.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="pump serial assignment CSV",
        notes="Hard positive: CSV mapping pump serial numbers (device identifiers) to patient "
        "names and therapies, sent to the pump vendor.",
        frm=f"Raj Iyer <riyer@{CFI}>",
        to="Service <service@infusionpumpbiomed.com>",
        subject="pumps due for PM",
        body="These three are due for preventive maintenance; we'll swap them at the next "
        "visits. Please ship loaners.\n\nRaj",
        atts=(Att("pumps_due_PM.csv", "text/csv", PUMP_CSV),),
    ),
    Spec(
        phi=True,
        category="nurse fever report",
        notes="Nurse reports a named patient's fever and rigors after a vancomycin dose to the "
        "ID office.",
        frm=f"Anna Kaminski <akaminski@{CFI}>",
        to="Dr. Helen Obi <hobi@southhillsid.com>",
        subject="Whitlock - fever after dose",
        body="Dr. Obi, at today's visit Mr. Whitlock had T 101.4, HR 108, rigors starting "
        "20 minutes after his vancomycin. PICC site clean. Drew 2 sets of blood cultures "
        "from the line and peripherally. He declines ED. Please advise.\n\nAnna Kaminski, RN",
    ),
    # ----- no PHI -----
    Spec(
        phi=False,
        category="drug shortage notice to referrers",
        notes="Hard negative: shortage of cefazolin with substitutions, to referring "
        "prescribers; no patient.",
        frm=f"Farid Karimi <fkarimi@{CFI}>",
        to="ID Group <idgroup@southhillsid.com>",
        cc=f"casemanagement@{SRR}",
        subject="Cefazolin 2 g shortage - home infusion options",
        body="Colleagues,\n\nOur wholesaler has cefazolin 2 g vials on allocation through "
        "December. For new MSSA referrals we can offer cefazolin 3 g q8h via elastomeric "
        "only while supply lasts, or nafcillin continuous 12 g/24h via CADD pump. Ceftriaxone "
        "2 g daily is unaffected." + SIG_RPH,
    ),
    Spec(
        phi=False,
        category="USP 797 audit PDF",
        notes="Hard negative: compounding audit results, no patients.",
        frm=f"Pharmacy Director <pharmacydirector@{CFI}>",
        to="Accreditation <survey@achc-partners.org>",
        subject="USP 797 audit summary for file",
        body="Attached is our October USP 797 audit summary for the accreditation file.\n\n"
        "Leah Moskowitz, PharmD\nPharmacy Director",
        atts=(Att("CareFlow_USP797_Oct2026.pdf", "application/pdf", USP797),),
    ),
    Spec(
        phi=False,
        category="pump purchase order SSN-shaped",
        notes="Hard negative: purchase order for infusion pumps whose PO number and a serial "
        "range look like identifiers.",
        frm=f"Purchasing <purchasing@{CFI}>",
        to="Orders <orders@infusionpumpbiomed.com>",
        subject="PO 602-19-7745 - CADD pumps",
        body="Please process PO 602-19-7745:\n 20 x CADD-Solis VIP pumps\n 200 x 100 mL "
        "cassettes\nSerial range on your quote CADD-8842100 to CADD-8842119 is fine.\n\n"
        "Purchasing, CareFlow",
    ),
    Spec(
        phi=False,
        category="on-call nurse schedule",
        notes="Hard negative: on-call schedule with staff names and phones.",
        frm=f"Janelle Boateng <jboateng@{CFI}>",
        to=f"Nursing <nursing@{CFI}>",
        subject="December on-call",
        body="December on-call:\n 12/1-12/7  Kaminski (412) 555-0271\n 12/8-12/14  Boateng "
        "(412) 555-0262\n 12/15-12/21  Oyelowo (412) 555-0274\n 12/22-12/28  Kaminski\n\n"
        "Swap requests to me by 11/25." + SIG_RN,
    ),
    Spec(
        phi=False,
        category="aggregate CLABSI and volume report",
        notes="Hard negative: quarterly counts and infection rates, no individuals.",
        frm=f"Dr. Helena Vasquez-Moore <hvasquezmoore@{CFI}>",
        to="Quality <quality@gatewayhealthplan.com>",
        subject="Q3 quality metrics - CareFlow",
        body="Q3 2026:\n- Patients served: 412 (OPAT 268, TPN 41, IVIG/biologics 103)\n"
        "- CLABSI: 1 event / 8,330 line days (0.12 per 1,000)\n- Unplanned readmission "
        "during therapy: 7.3%\n- Patient satisfaction: 96% top-box\n\nHelena Vasquez-Moore, "
        "MD\nMedical Director",
    ),
    Spec(
        phi=False,
        category="compounding SOP DOCX",
        notes="Hard negative: pharmacy SOP describing what TPN labels include; no patient.",
        frm=f"Pharmacy Director <pharmacydirector@{CFI}>",
        to="Consultant <consult@tristatesterile.com>",
        subject="PH-031 for your review",
        body="Attached is our revised TPN SOP. Comments by 11/20 please.\n\nLeah",
        atts=(Att("PH-031_TPN_compounding.docx", DOCX, COMPOUNDING_SOP),),
    ),
    Spec(
        phi=False,
        category="blank referral form PDF",
        notes="Hard negative: blank referral form with empty patient fields sent to a hospital.",
        frm=f"Stacy Lindholm <slindholm@{CFI}>",
        to=f"Case Management <casemanagement@{SRR}>",
        subject="Updated CareFlow referral form",
        body="Hi all, attached is our updated referral form - it adds a line for PICC tip "
        "confirmation.\n\nStacy",
        atts=(
            Att(
                "CareFlow_referral_form_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "CAREFLOW HOME INFUSION - REFERRAL FORM",
                        "Patient name: ____________________  DOB: __________",
                        "Diagnosis / ICD-10: ____________________",
                        "Therapy, dose, frequency, duration: ____________________",
                        "Line type: PICC / tunneled / port   Tip confirmed: Y / N",
                        "Fax to (412) 555-0269",
                    ],
                    "Referral form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="OPAT webinar invite",
        notes="Hard negative: ICS invite for a clinical webinar on OPAT; speakers are clinicians.",
        frm=f"CareFlow Education <education@{CFI}>",
        to="ID Group <idgroup@southhillsid.com>",
        subject="Invitation: OPAT lab monitoring webinar",
        body="Join us for a 30-minute lunch webinar.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CareFlow//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cf-web-20261209@careflowinfusion.com\r\n"
            "DTSTAMP:20261106T150000Z\r\nDTSTART:20261209T170000Z\r\nDTEND:20261209T173000Z\r\n"
            "SUMMARY:OPAT lab monitoring: vancomycin AUC dosing and daptomycin CPK "
            "(F. Karimi\\, PharmD)\r\nLOCATION:Zoom\r\n"
            "ORGANIZER:mailto:education@careflowinfusion.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="job posting infusion RN",
        notes="Hard negative: job posting with therapies (TPN, IVIG, PICC care).",
        frm=f"CareFlow HR <hr@{CFI}>",
        to="jobs@pghnursingjobs.com",
        subject="Posting: Home Infusion RN (South Hills territory)",
        body="Home Infusion RN, full time. Visits for IV antibiotics, TPN, IVIG and biologics; "
        "PICC and port care; CRNI preferred or willing to obtain. Company car, $10K sign-on. "
        "Apply: careflowinfusion.com/careers",
    ),
    Spec(
        phi=False,
        category="payroll correction to employee",
        notes="Hard negative: payroll mail to a nurse about shift differential and mileage; an "
        "employee's pay, not health information.",
        frm=f"CareFlow Payroll <payroll@{CFI}>",
        to=f"Anna Kaminski <akaminski@{CFI}>",
        subject="Paycheck correction - pay period ending 11/14",
        body="Hi Anna,\n\nYour 11/20 paycheck was missing the weekend on-call differential "
        "(16 hours x $4.50) and 212 miles of visit mileage ($142.04). Both will be paid as an "
        "off-cycle direct deposit on Tuesday. Your updated stub will be in the payroll portal.\n\n"
        "CareFlow Payroll",
    ),
    Spec(
        phi=False,
        category="holiday delivery schedule to referrers",
        notes="Operational notice to referral partners.",
        frm=f"CareFlow Deliveries <deliveries@{CFI}>",
        to=f"Case Management <casemanagement@{SRR}>",
        subject="Holiday delivery cut-offs",
        body="Thanksgiving week: referrals for Thanksgiving Day starts must be received by "
        "Tuesday 11/24 at noon. Deliveries run Friday 11/27 as normal.\n\nCareFlow",
    ),
    Spec(
        phi=False,
        category="test patient in pharmacy system",
        notes="Hard negative: clearly fictitious test patient with a TPN order, used to test "
        "label printing.",
        frm=f"Raj Iyer <riyer@{CFI}>",
        to="Support <support@infusionrxsoftware.com>",
        subject="Label printer cutting off BUD - test record",
        body="Repro with our test record ZZTEST, INFUSION (MRN CF-TEST-01, fictitious): TPN "
        "1,800 mL dextrose 200 g - the BUD line prints off the label edge on the Zebra. "
        "Screenshot in the ticket.\n\nRaj",
    ),
    Spec(
        phi=False,
        category="medical director introduction",
        notes="Hard negative: introduces a physician with specialty and board certification.",
        frm=f"CareFlow Home Infusion <info@{CFI}>",
        to="Physicians <physicians@southhillsid.com>",
        subject="Meet our new medical director",
        body="We're pleased to announce Helena Vasquez-Moore, MD, board certified in Infectious "
        "Diseases, as CareFlow's medical director. Dr. Vasquez-Moore led the OPAT program at "
        "Mercy for nine years and is available for peer consults on complex regimens.",
    ),
    Spec(
        phi=False,
        category="interview invite to RN candidate hotmail",
        notes="Hard negative: HR schedules an interview with a nurse applicant at her personal "
        "mailbox; her IV and PICC experience is professional, not health information.",
        frm=f"CareFlow HR <hr@{CFI}>",
        to="keisha.oyelowo.rn@hotmail.com",
        subject="Interview - Home Infusion RN",
        body="Hi Keisha,\n\nThanks for applying. Janelle Boateng, our nursing supervisor, would "
        "like to meet you Tuesday 11/17 at 1:00 PM at our Bridgeville office. Your PICC "
        "insertion and IVIG experience at Mercy is exactly what we need. Please bring your RN "
        "license and BLS card.\n\nCareFlow HR",
    ),
    Spec(
        phi=False,
        category="biologics service announcement",
        notes="Hard negative: marketing to physician offices about therapies offered, no patients.",
        frm=f"CareFlow Home Infusion <info@{CFI}>",
        to="Office Managers <officemgrs@pghneuromuscular.com>",
        subject="Now offering home IVIG and SCIG",
        body="",
        html=(
            "<html><body><h3>Home immune globulin is here</h3><p>CareFlow now provides IVIG and "
            "SCIG at home for CIDP, myasthenia gravis and primary immunodeficiency, with "
            "CRNI nurses and a pharmacist on call 24/7.</p><p>Refer: fax (412) 555-0269</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="payer rate proposal XLSX",
        notes="Hard negative: per diem and nursing rates by code, multi-sheet.",
        frm=f"Owen McAllister <omcallister@{CFI}>",
        to="Contracting <contracting@gatewayhealthplan.com>",
        subject="Home infusion 2027 rates",
        body="Our 2027 per diem proposal is attached.\n\nOwen",
        atts=(Att("CareFlow_2027_rates.xlsx", XLSX, RATES),),
    ),
    Spec(
        phi=False,
        category="staff flu compliance aggregate",
        notes="Hard negative: employee vaccination compliance by department, no names.",
        frm=f"CareFlow HR <hr@{CFI}>",
        to=f"Managers <managers@{CFI}>",
        subject="Flu vaccine compliance by team",
        body="Compliance as of today: Nursing 92% (47/51), Pharmacy 100% (14/14), Delivery 78% "
        "(11/14), Office 88% (15/17). Deadline 11/30.\n\nHR",
    ),
    Spec(
        phi=False,
        category="partner meeting with prosthetics company",
        notes="Business coordination between partner organizations.",
        frm=f"Dr. Helena Vasquez-Moore <hvasquezmoore@{CFI}>",
        to=f"Brandon Ekwueme <bekwueme@{PSP}>",
        subject="Lunch and learn in January?",
        body="Brandon - our nurses would love a lunch-and-learn on residual limb skin checks. "
        "Any Thursday in January works.\n\nHelena",
    ),
    Spec(
        phi=False,
        category="shared IT vendor invoice",
        notes="Vendor invoice approval, no patients.",
        frm=f"Raj Iyer <riyer@{CFI}>",
        to="Billing <billing@ridgeitservices.com>",
        subject="Invoice 2026-1183 approved",
        body="Invoice 2026-1183 ($4,860, firewall renewal for CareFlow and ProStride) is "
        "approved; AP will pay net 30.\n\nRaj",
    ),
]
