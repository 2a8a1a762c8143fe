"""Brookhaven Regional Medical Center, Department of Pharmacy (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nDepartment of Pharmacy | Brookhaven Regional Medical Center\n1400 Harbor Crest Blvd, Brookhaven | 555-0142"
DISC = "\n\nCONFIDENTIALITY: This message may contain information that is privileged. If you received it in error, notify the sender and delete it."

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
 <title>Transfer Medication Summary</title>
 <recordTarget><patientRole><id extension="00731884" root="2.16.840.1.113883.3.9921"/>
  <patient><name><given>Walter</given><family>Brandvold</family></name>
  <administrativeGenderCode code="M"/><birthTime value="19400312"/></patient></patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Medications at Transfer</title>
   <text>apixaban 2.5 mg PO BID; metoprolol tartrate 25 mg PO BID; levetiracetam 500 mg PO BID; ceftriaxone 2 g IV q24h through 12/14</text></section></component>
  <component><section><title>Problems</title><text>Atrial fibrillation (I48.91); seizure disorder (G40.909); bacteremia (R78.81)</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

HL7_RDE = (
    "MSH|^~\\&|BRMC_PHARM|BRMC|NOVACOMP|NOVACOMP503B|20261208091500||RDE^O11|BRX88213|P|2.5.1\r"
    "PID|1||00915527^^^BRMC^MR||Achterberg^Lena^M||19790923|F|||77 Saltmarsh Ln^^Brookhaven^NY^11719\r"
    "PV1|1|I|6E^612^A\r"
    "ORC|NW|PH55871\r"
    "RXE|1^Q24H|TPN-ADULT^Parenteral nutrition custom^LOCAL|1||BAG|||||1|||||||||||||||||||||\r"
    "NTE|1||Dextrose 200 g, AA 85 g, lipid 40 g, K 60 mEq; short bowel syndrome (K91.2)\r"
)

HL7_TEST = (
    "MSH|^~\\&|BRMC_PHARM|BRMC|OMNIDISP|BRMC|20261209140000||RDE^O11|TST00042|T|2.5.1\r"
    "PID|1||ZZ999001^^^BRMC^MR||ZZTEST^PHARMACY^ONE||19000101|U\r"
    "PV1|1|I|TESTUNIT^T01^A\r"
    "ORC|NW|TST00042\r"
    "RXE|1^Q6H|00000-0000-00^TEST DRUG 10 MG^NDC|10||MG\r"
)

FHIR_MR = """{
  "resourceType": "MedicationRequest",
  "id": "brmc-mr-44817",
  "status": "active",
  "intent": "order",
  "medicationCodeableConcept": {"text": "Sofosbuvir/velpatasvir 400 mg/100 mg tablet"},
  "subject": {"reference": "Patient/brmc-00622019", "display": "Marisol Quintanilla"},
  "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "B18.2"}], "text": "Chronic hepatitis C"}],
  "dosageInstruction": [{"text": "1 tablet by mouth daily x 12 weeks"}],
  "dispenseRequest": {"quantity": {"value": 28, "unit": "tablet"}, "numberOfRepeatsAllowed": 2}
}
"""

X12_270 = (
    "ISA*00*          *00*          *ZZ*BRMCPHARM      *ZZ*CLEARHSE01     *261208*0915*^*00501*000004471*0*P*:~"
    "GS*HS*BRMCPHARM*CLEARHSE01*20261208*0915*4471*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*BRX270-4471*20261208*0915~"
    "HL*1**20*1~NM1*PR*2*EMPIRE STATE HEALTH PLAN*****PI*88412~"
    "HL*2*1*21*1~NM1*1P*2*BROOKHAVEN REGIONAL MEDICAL CENTER*****XX*1921374520~"
    "HL*3*2*22*0~TRN*1*4471-01*1921374520~"
    "NM1*IL*1*OYELARAN*TEMITOPE****MI*ESH30551872~DMG*D8*19880517*F~DTP*291*D8*20261208~EQ*88~"
    "SE*12*0001~GE*1*4471~IEA*1*000004471~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Discharge medication list to patient's personal mailbox",
        notes="Patient's full name with her new discharge medicines and heart-failure diagnosis sent to gmail.",
        frm="Transitions of Care Pharmacy <toc.pharmacy@brookhavenrmc.org>",
        to="dottie.marchetti52@gmail.com",
        subject="Your medication list from your hospital stay",
        body=(
            "Dear Ms. Marchetti,\n\nAs promised before you went home on Saturday, here is your updated list:\n\n"
            "- furosemide 40 mg every morning (NEW - for fluid from your heart failure)\n"
            "- spironolactone 25 mg daily (NEW)\n- metoprolol succinate 50 mg daily (same)\n"
            "- STOP ibuprofen - it can make the heart failure worse\n\nWeigh yourself every morning and call "
            "the HF clinic at 555-0147 if you gain more than 3 lb in a day.\n\nKaren Liu, PharmD" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Warfarin dose change to patient",
        notes="Anticoagulation pharmacist sends named patient his INR value and warfarin hold instructions.",
        frm="Anticoagulation Clinic <anticoag@brookhavenrmc.org>",
        to="rbeaudry1947@yahoo.com",
        subject="INR result and dosing",
        body=(
            "Mr. Beaudry,\n\nYour INR from this morning was 3.6 (goal 2-3). Please skip tonight's warfarin "
            "and then go back to 5 mg daily except 2.5 mg on Mondays and Fridays. Recheck next Tuesday.\n\n"
            "Call us if you notice bleeding gums or dark stools.\n\nGreg Halvorsen, PharmD, CACP\nAnticoagulation Clinic"
        ),
    ),
    Spec(
        phi=True,
        category="Vancomycin trough sent to colleague's personal address",
        notes="Hard positive: terse note with only an MRN and a vancomycin trough/dose hold, sent to a personal gmail.",
        frm="Priya Natarajan <pnatarajan@brookhavenrmc.org>",
        to="sam.okoro.rph@gmail.com",
        subject="fyi for tonight",
        body="00482913 - vanc trough 27.9, held 2200 dose, AKI trending. recheck lvl 0600 pls. -PN",
    ),
    Spec(
        phi=True,
        category="Transfer medication summary to skilled nursing facility (C-CDA)",
        notes="C-CDA with patient name, DOB, MRN, problems and transfer medications sent to SNF.",
        frm="Pharmacy Transitions <toc.pharmacy@brookhavenrmc.org>",
        to="admissions@seagatenursingrehab.com",
        subject="Transfer med summary - arriving this afternoon",
        body=(
            "Hello Seagate team,\n\nAttached is the transfer medication summary for your admission this afternoon "
            "from 5 North. Ceftriaxone ends 12/14; please confirm you can supply IV doses through then.\n\nThanks,\nMaya Trent, PharmD" + SIG
        ),
        atts=(Att("transfer_summary_5N.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="Medicare Part D prior authorization letter",
        notes="Prior-auth letter to plan with patient name, MBI, DOB, diagnosis and drug.",
        frm="Specialty Pharmacy Liaison <spl@brookhavenrmc.org>",
        to="pa.requests@evergreenpartd.com",
        subject="PA request - expedited",
        body="Please see the attached expedited coverage determination request for enrollee MBI: 7QH2-WA8-RN46. Prescriber is available at 555-0148.\n\nNora Feld, CPhT, Specialty Pharmacy Liaison" + DISC,
        atts=(
            Att(
                "PA_request_expedited.pdf",
                "application/pdf",
                pdf(
                    [
                        "BROOKHAVEN REGIONAL MEDICAL CENTER - SPECIALTY PHARMACY",
                        "Coverage Determination Request (Expedited)",
                        "Enrollee: Harold Vinson   DOB: 02/19/1949",
                        "MBI: 7QH2-WA8-RN46",
                        "Drug: Xtandi (enzalutamide) 40 mg, 4 caps daily",
                        "Diagnosis: Metastatic castration-resistant prostate cancer (C61)",
                        "Prescriber: Dr. Elena Moss, NPI: 1822042101",
                        "Rationale: progression on abiraterone; PSA rising 4.1 -> 11.8",
                    ],
                    "Coverage Determination Request",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient-specific TPN order to 503B outsourcing facility (HL7)",
        notes="Hard positive: HL7 RDE attachment carries name, MRN, DOB, address and short-bowel diagnosis; body only says order attached.",
        frm="IV Room <ivroom@brookhavenrmc.org>",
        to="orders@novacomp503b.com",
        subject="RDE resend PH55871",
        body="Resending order PH55871 - your interface rejected the first one. Need by 1600.\n\nIV Room, x4410",
        atts=(Att("PH55871.hl7", "application/hl7-v2", HL7_RDE),),
    ),
    Spec(
        phi=True,
        category="Hepatitis C medication request to manufacturer hub (FHIR)",
        notes="FHIR MedicationRequest names the patient with hepatitis C diagnosis; subject names the drug and her first name.",
        frm="Specialty Pharmacy Liaison <spl@brookhavenrmc.org>",
        to="intake@asterahubservices.com",
        subject="Epclusa start - Marisol",
        body="Hi Dana, copay card enrollment went through on our side. MedicationRequest attached for your benefits check.\n\nNora",
        atts=(Att("medicationrequest_44817.json", "application/fhir+json", FHIR_MR),),
    ),
    Spec(
        phi=True,
        category="Patient assistance program application (DOCX with SSN)",
        notes="PAP application with patient's name, SSN, DOB, household income and drug for breast cancer.",
        frm="Medication Assistance <medassist@brookhavenrmc.org>",
        to="applications@oncoshare-pap.org",
        subject="New application - Ibrance",
        body="Attached: application, proof of income to follow by fax. Please call 555-0144 with questions.\n\nRuth Ambrose, Medication Assistance Coordinator",
        atts=(
            Att(
                "PAP_application_Ibrance.docx",
                DOCX,
                docx(
                    [
                        "Patient Assistance Program - Application",
                        "Applicant: Yolanda Freeman-Cole",
                        "SSN: 428-71-3395    DOB: 08/30/1964",
                        "Address: 209 Birchwood Terrace, Brookhaven NY 11719",
                        "Household size 2; annual income $31,400",
                        "Medication: palbociclib 125 mg daily x21 days of 28",
                        "Diagnosis: HR+/HER2- metastatic breast cancer",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to daughter about mother's drug reaction",
        notes="Hard positive: only first name 'your mom Irene' plus relationship and vancomycin reaction, to the daughter's hotmail.",
        frm="Greg Halvorsen <ghalvorsen@brookhavenrmc.org>",
        to="tasha.kowalczyk@hotmail.com",
        subject="RE: the rash",
        body=(
            "Hi Tasha,\n\nThanks for the photo. What your mom Irene had on 7 West looks like a vancomycin infusion reaction "
            "(sometimes called red man syndrome), not a true allergy. I've documented it in her chart so the "
            "next team infuses it more slowly.\n\nGreg"
        ),
    ),
    Spec(
        phi=True,
        category="Diversion investigation workbook to outside counsel",
        notes="Multi-sheet workbook listing named patients, MRNs and hydromorphone PCA doses for diversion investigation.",
        frm="Pharmacy Compliance <rxcompliance@brookhavenrmc.org>",
        to="jlaraway@whitfordlegal.com",
        subject="Privileged & Confidential - requested PCA records",
        body="Jonathan,\n\nPer your request, attached are the PCA dispensing and waste records for the three shifts under review.\n\nDeb Sorensen, Pharmacy Compliance Manager" + DISC,
        atts=(
            Att(
                "PCA_review_3W.xlsx",
                XLSX,
                xlsx(
                    {
                        "Dispenses": [
                            ["MRN", "Patient", "Drug", "Dispensed", "Nurse ID"],
                            ["00557210", "Ortega, Benicio", "HYDROmorphone PCA 0.2 mg/mL", "11/21 19:40", "RN4471"],
                            ["00601184", "Lamb, Celeste", "HYDROmorphone PCA 0.2 mg/mL", "11/22 20:05", "RN4471"],
                        ],
                        "Waste": [
                            ["MRN", "Volume wasted", "Witness"],
                            ["00557210", "18 mL", "none"],
                            ["00601184", "22 mL", "RN3302"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Headerless sterile-compounding audit sample",
        notes="Hard positive: workbook rows with no headers pair names and MRNs with chemotherapy doses, sent to a consultant.",
        frm="IV Room Supervisor <ivroom@brookhavenrmc.org>",
        to="audit@cleanroomconsultingpartners.com",
        subject="Sample pulls for Thursday",
        body="Rows for your sample, same as last time.",
        atts=(
            Att(
                "pulls.xlsx",
                XLSX,
                xlsx(
                    {
                        "Sheet1": [
                            ["Dunmore, Keith", "00644120", "oxaliplatin 170 mg", "12/03"],
                            ["Pham, Lien", "00713305", "cyclophosphamide 1,100 mg", "12/03"],
                            ["Garrity, Sean", "00508871", "pembrolizumab 200 mg", "12/04"],
                        ],
                        "Sheet2": [["checked by", "JW"], ["hood", "BSC-2"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Refill-ready notice to outpatient pharmacy patient (HTML)",
        notes="HTML-only notice naming the patient and his Eliquis prescription ready for pickup.",
        frm="Brookhaven Outpatient Pharmacy <outpatientrx@brookhavenrmc.org>",
        to="gonzalo.reyes.nyc@gmail.com",
        subject="Your prescription is ready",
        body="",
        html=(
            "<html><body><p>Hello Gonzalo Reyes,</p><p>Your prescription <b>Eliquis 5 mg tablets (#60)</b> is ready "
            "at the Brookhaven Outpatient Pharmacy, Lobby B. Copay: $47.00.</p><p>Hours: Mon-Fri 8-7, Sat 9-1.</p>"
            "<p style='font-size:10px'>Reply STOP to end e-mail notifications.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Pharmacist clinic appointment invitation to patient",
        notes="Calendar invite for a named patient's pharmacist diabetes medication review visit.",
        frm="Ambulatory Pharmacy <ambrx@brookhavenrmc.org>",
        to="lrichter.home@outlook.com",
        subject="Appointment: insulin pump review with the pharmacist",
        body="Hi Leonard, this confirms your visit to review your insulin pump settings and A1c with Dr. Okafor, PharmD.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BRMC//Ambulatory Pharmacy//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:brmc-ambrx-20261210-0930@brookhavenrmc.org\r\nDTSTAMP:20261207T150000Z\r\n"
            "DTSTART:20261210T143000Z\r\nDTEND:20261210T151500Z\r\n"
            "SUMMARY:Leonard Richter - insulin pump / type 1 diabetes med review\r\n"
            "LOCATION:Ambulatory Pharmacy Clinic, Suite 210\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded patient copay question to oncology foundation",
        notes="Hard positive: the forwarded patient e-mail carries her name and chemotherapy copay worry; cover note is generic.",
        frm="Ruth Ambrose <rambrose@brookhavenrmc.org>",
        to="grants@coastaloncologyfund.org",
        subject="Fw: help with my copay",
        body="Hi Marcy - can your fund help here? Forwarding with her permission.\n\nRuth",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Pauline Sato <paulinesato@comcast.net>",
            to="medassist@brookhavenrmc.org",
            subject="help with my copay",
            body="Hello, I start FOLFIRINOX for my pancreatic cancer next week and my plan says I owe $2,900 for the first cycle. I can't pay that. Pauline Sato, DOB 6/2/1958",
        ),
    ),
    Spec(
        phi=True,
        category="OCR text of faxed outside medication list",
        notes="Hard positive: scanned-form OCR text attachment with name, DOB, allergy and home meds sent to a mail-order pharmacy.",
        frm="Med History Techs <medhistory@brookhavenrmc.org>",
        to="clinicalsupport@pinecrestmailrx.com",
        subject="Can you confirm fill history? (OCR attached)",
        body="Our scan of the admission med list came through garbled. Could you confirm last fill dates for the items in the attached OCR text?",
        atts=(
            Att(
                "scan_0412_ocr.txt",
                "text/plain",
                "PAT1ENT: HARL0W, JUNE      D0B 04/11/1958\nALLERG1ES: PCN (hives)\nHOME MEDS:\n  lithium carb 300mg  BID\n  quetiapine 100mg  qHS\n  levothyrox1ne 75mcg daily\nDX: bipolar I d/o\nPHARMACY: PINECREST MAIL RX  acct 88-2291\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry for inpatient specialty drug",
        notes="Hard positive: X12 270 file holds subscriber name, member ID and DOB; body is a one-line resend note.",
        frm="Pharmacy Revenue Cycle <rxrevenue@brookhavenrmc.org>",
        to="edi.support@clearhouseone.com",
        subject="270 batch 4471 - manual resend",
        body="Batch 4471 failed SFTP, resending by mail as agreed. Please confirm receipt.",
        atts=(Att("BRMC_270_4471.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="School medication authorization for student's epinephrine",
        notes="Names a student with peanut allergy and her epinephrine prescription to the school nurse.",
        frm="Pediatric Pharmacy <pedsrx@brookhavenrmc.org>",
        to="nurse@harborviewelementary.org",
        subject="Ava Pruitt - school medication form",
        body=(
            "Dear Nurse Collins,\n\nAt her parents' request, attached information for Ava Pruitt (grade 2): she has a severe peanut "
            "allergy and was dispensed EpiPen Jr 0.15 mg x2 today. The signed school medication authorization form "
            "is coming home in her backpack.\n\nBest,\nLiz Carmody, PharmD, Pediatric Pharmacy"
        ),
    ),
    Spec(
        phi=True,
        category="Infusion label misprint sample to label vendor",
        notes="Hard positive: PHI only in the PDF label (patient name, MRN, infliximab dose); body only describes a barcode misprint.",
        frm="Infusion Pharmacy <infusionrx@brookhavenrmc.org>",
        to="support@labelsmithprinting.com",
        subject="label misprint - sample attached",
        body="The barcode is cutting off on the right. Sample label attached so you can see the alignment problem.",
        atts=(
            Att(
                "label_00577302.pdf",
                "application/pdf",
                pdf(
                    [
                        "BROOKHAVEN RMC INFUSION PHARMACY",
                        "PT: NAKASHIMA, RYO   MRN 00577302",
                        "inFLIXimab 500 mg in NS 250 mL",
                        "Infuse over 2 h - Crohn's maintenance q8wk",
                        "Exp 12/09/2026 1400",
                    ],
                    "Label",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Clozapine monitoring lab fax to community pharmacy",
        notes="Names patient with ANC result for clozapine REMS to the community pharmacy that dispenses it.",
        frm="Behavioral Health Pharmacy <bhrx@brookhavenrmc.org>",
        to="rx@marinavillagepharmacy.com",
        subject="ANC for clozapine dispensing",
        body="Marina Village Rx,\n\nFor Darnell Price (DOB 1/14/1990): ANC 2,100 on 12/7, normal range. OK to dispense 7-day supply of clozapine 200 mg.\n\nAndre Mills, PharmD, BCPP",
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="IV fluid shortage conservation memo",
        notes="Hard negative: shortage memo discusses patients, dehydration and dosing in general; no individual.",
        frm="Pharmacy Leadership <rxleadership@brookhavenrmc.org>",
        to="allmedstaff@brookhavenrmc.org",
        subject="ACTION: 1-liter NS and LR shortage - conservation steps",
        body=(
            "Colleagues,\n\nOur wholesaler has cut 1 L sodium chloride 0.9% and lactated Ringer's to 60% of usual allocation.\n\n"
            "Effective today:\n1. Oral hydration first for patients who can drink.\n2. IV push instead of small-volume "
            "piggyback where stability allows (list on the intranet).\n3. No maintenance fluids for patients eating >50% of meals.\n\n"
            "Questions: pharmacy operations, 555-0143." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="P&T committee agenda with formulary requests",
        notes="Hard negative: clinicians' names and the drugs and diseases they request for formulary; no patient.",
        frm="P&T Secretary <pandt@brookhavenrmc.org>",
        to="pt-committee@brookhavenrmc.org",
        subject="P&T agenda - December 16",
        body=(
            "Agenda\n1. Minutes of Nov 18\n2. Formulary request: tirzepatide for type 2 diabetes (Dr. Amira Haddad, Endocrinology)\n"
            "3. Formulary request: lecanemab for early Alzheimer's disease (Dr. Paul Everly, Neurology)\n"
            "4. Restriction review: daptomycin to ID approval\n5. MUE: IV acetaminophen\n6. ADR summary Q3 (aggregate)\n\nLunch provided."
        ),
    ),
    Spec(
        phi=False,
        category="PGY1 pharmacy residency job posting",
        notes="Hard negative: job posting mentioning oncology, HIV and transplant rotations; no individual.",
        frm="Residency Program <residency@brookhavenrmc.org>",
        to="listserv@nyshp-members.org",
        subject="Now accepting applications: PGY1 Pharmacy Residency 2027-28",
        body=(
            "Brookhaven Regional Medical Center is accepting applications for two PGY1 positions.\n\n"
            "Rotations: internal medicine, critical care, oncology, HIV/infectious diseases, solid-organ transplant, "
            "ambulatory anticoagulation. Deadline January 2 via PhORCAS. Open house Dec 15, 4 pm.\n\nContact: Dr. Simone Park, RPD, 555-0145"
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate antimicrobial stewardship report",
        notes="Hard negative: multi-sheet workbook of days-of-therapy and C. difficile rates by unit; aggregate only.",
        frm="Antimicrobial Stewardship <asp@brookhavenrmc.org>",
        to="infectioncontrol@brookhavenrmc.org",
        subject="Q4 ASP dashboard",
        body="Attached: DOT/1000 patient-days by unit and hospital-onset C. diff rates. Carbapenem use is down 14% after the restriction.",
        atts=(
            Att(
                "ASP_Q4_dashboard.xlsx",
                XLSX,
                xlsx(
                    {
                        "DOT": [["Unit", "Patient-days", "DOT/1000"], ["ICU", 2210, 1184], ["5N", 3120, 642], ["6E", 2980, 588]],
                        "CDI": [["Unit", "HO-CDI cases", "Rate/10k"], ["ICU", 2, 9.0], ["5N", 1, 3.2], ["6E", 0, 0.0]],
                        "Notes": [["Source", "eMAR extract, aggregate"], ["Suppression", "cells <11 not shown by patient"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Cleanroom recertification scheduling",
        notes="Vendor meeting invite for USP 797 hood recertification.",
        frm="IV Room Supervisor <ivroom@brookhavenrmc.org>",
        to="scheduling@certifiedairtesting.com",
        subject="Recert - 12/11 confirmed",
        body="Confirmed for the 11th. Please bring the viable air sampler. Badge pickup at Security, Entrance C.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BRMC//IV Room//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:brmc-ivroom-recert-20261211@brookhavenrmc.org\r\nDTSTAMP:20261207T130000Z\r\n"
            "DTSTART:20261211T130000Z\r\nDTEND:20261211T190000Z\r\nSUMMARY:USP 797/800 cleanroom recertification\r\n"
            "LOCATION:Pharmacy IV Room, B1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Interface test message with declared test patient",
        notes="Hard negative: HL7 RDE uses the ZZTEST dummy patient on a test (T) interface; labelled as test data.",
        frm="Pharmacy Informatics <rxinformatics@brookhavenrmc.org>",
        to="interfaces@omnidispense.com",
        subject="TEST ONLY - RDE sample for cabinet profile build",
        body="Sample RDE from our TEST environment, patient is the standard ZZTEST dummy record (not a real person). Please load to your staging cabinet.",
        atts=(Att("TEST_RDE_sample.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="Pharmacist profile for hospital newsletter",
        notes="Hard negative: clinician bio mentions HIV, hepatitis C and transplant as her practice areas; no patient.",
        frm="Pharmacy Communications <rxcomms@brookhavenrmc.org>",
        to="newsletter@brookhavenrmc.org",
        subject="Staff spotlight copy - Dr. Imani Boateng",
        body=(
            "Staff Spotlight: Imani Boateng, PharmD, BCIDP\n\nDr. Boateng joined us in 2019 and leads our HIV and hepatitis C "
            "pharmacotherapy clinic. She co-authored our PrEP protocol and teaches on drug interactions in transplant recipients. "
            "Outside work she coaches youth soccer."
        ),
    ),
    Spec(
        phi=False,
        category="Smart pump drug library update memo",
        notes="PDF memo of pump library changes (concentrations, limits); no patient.",
        frm="Medication Safety Officer <medsafety@brookhavenrmc.org>",
        to="nursingleadership@brookhavenrmc.org",
        subject="Pump library v26.4 goes live 12/10",
        body="Summary attached. Main change: heparin soft max lowered to 25 units/kg/h.",
        atts=(
            Att(
                "pump_library_v26_4.pdf",
                "application/pdf",
                pdf(
                    [
                        "BROOKHAVEN REGIONAL MEDICAL CENTER - MEDICATION SAFETY",
                        "Smart pump library v26.4",
                        "Heparin 25,000 units/250 mL: soft max 25 units/kg/h",
                        "Norepinephrine 8 mg/250 mL added (central line)",
                        "Insulin regular 100 units/100 mL: hard max 30 units/h",
                    ],
                    "Pump library v26.4",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff influenza vaccination reminder",
        notes="Hard negative: staff health notice about flu shots and masking; no individual named.",
        frm="Pharmacy Leadership <rxleadership@brookhavenrmc.org>",
        to="pharmacy-all@brookhavenrmc.org",
        subject="Flu shot deadline Friday",
        body="Team - 88% of pharmacy staff are vaccinated. If you have not had your flu shot or filed a declination, Employee Health walk-ins are 7-10 am through Friday. Unvaccinated staff must mask in patient areas.",
    ),
    Spec(
        phi=False,
        category="Purchase order follow-up with SSN-shaped PO number",
        notes="Hard negative: the 3-2-4 digit number is a purchase order, not an SSN; no patient.",
        frm="Pharmacy Purchasing <rxbuyer@brookhavenrmc.org>",
        to="customercare@summitdrugdist.com",
        subject="PO 512-44-8821 short shipped",
        body="Hi, PO 512-44-8821 arrived short 4 cases of cefazolin 1 g vials (NDC 0409-0805-01). Please credit or ship the balance.\n\nTom Becker, Buyer",
    ),
    Spec(
        phi=False,
        category="De-identified research extract for anticoagulant study",
        notes="Hard negative: CSV with study IDs, age bands, year only and INR values; de-identified per Safe Harbor.",
        frm="Pharmacy Research <rxresearch@brookhavenrmc.org>",
        to="datacore@northshorepharmacyschool.edu",
        subject="DOAC vs warfarin extract (de-identified, IRB 2026-118)",
        body="De-identified extract attached per the DUA. Study IDs are random and the key stays here. Ages >89 are grouped.",
        atts=(
            Att(
                "doac_extract_deid.csv",
                "text/csv",
                "study_id,age_band,sex,year,anticoagulant,bleed_event,last_inr\nS0001,70-79,F,2025,warfarin,0,2.4\nS0002,80-89,M,2025,apixaban,1,\nS0003,90+,F,2026,warfarin,0,3.1\nS0004,60-69,M,2026,rivaroxaban,0,\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher for pharmacy technicians",
        notes="Hard negative: training e-mail lists PHI field names (name, MRN, DOB) as examples without any values.",
        frm="Pharmacy Education <rxeducation@brookhavenrmc.org>",
        to="pharmacy-techs@brookhavenrmc.org",
        subject="5-minute HIPAA refresher: labels in the trash",
        body=(
            "Reminder: IV bag labels and blister cards show patient name, MRN, DOB and the drug. They go in the blue "
            "shred bins, never the regular trash. Don't text photos of labels, even to a coworker. Quiz link in the LMS by 12/18."
        ),
    ),
    Spec(
        phi=False,
        category="Automation vendor quote request",
        notes="Vendor mail about carousel pricing; no patient data.",
        frm="Director of Pharmacy <rxdirector@brookhavenrmc.org>",
        to="sales@rotarystorage-automation.com",
        subject="Quote - second carousel",
        body="Could you send an updated quote for a second carousel unit including install and 5-year service? Budget meeting is the 18th.\n\nWes Tillman, Director of Pharmacy",
    ),
    Spec(
        phi=False,
        category="APPE rotation schedule to pharmacy student",
        notes="Student's rotation logistics to her personal mailbox; student is not a patient.",
        frm="Residency Program <residency@brookhavenrmc.org>",
        to="kayla.ndiaye.pharm@gmail.com",
        subject="Your APPE rotation starts Jan 5",
        body="Hi Kayla, welcome! Report to the pharmacy office (B1-104) at 7:30 on Jan 5. Bring your immunization record for Employee Health and your intern license. Preceptor: Dr. Halvorsen.",
    ),
    Spec(
        phi=False,
        category="Community medication safety newsletter (HTML)",
        notes="HTML-only public newsletter on safe disposal of opioids; no individual.",
        frm="Brookhaven Pharmacy <news@brookhavenrmc.org>",
        to="community-list@brookhavenrmc.org",
        subject="Take-back day and the truth about expired medicines",
        body="",
        html=(
            "<html><body><h2>Medicine Cabinet Cleanup</h2><p>Bring unused opioids, sleeping pills and other medicines to our "
            "drop box in the main lobby, any day 7 am-9 pm. No questions asked.</p><p>Did you know? Most expired tablets "
            "lose strength slowly, but liquid antibiotics and insulin should never be used after their date.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded manufacturer recall notice",
        notes="Hard negative: recall letter with lot numbers and a generic patient-notification step; no individual.",
        frm="Medication Safety Officer <medsafety@brookhavenrmc.org>",
        to="pharmacy-managers@brookhavenrmc.org",
        subject="Fw: Voluntary recall - enoxaparin 40 mg syringes",
        body="FYI - we received lots 7T21A and 7T22B. Pull from Pyxis today; I'm running the report of who received doses and will follow up separately.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Product Quality <recalls@harmonyinjectables.com>",
            to="rxdirector@brookhavenrmc.org",
            subject="Voluntary recall - enoxaparin 40 mg syringes",
            body="Harmony Injectables is recalling lots 7T21A, 7T22B and 7T23C of enoxaparin sodium 40 mg/0.4 mL due to possible needle-shield detachment. Return via Stericycle. No adverse events reported.",
        ),
    ),
    Spec(
        phi=False,
        category="De-identified medication error learning story",
        notes="Hard negative: safety story with age and drug but no name, date or unit; not identifiable.",
        frm="Medication Safety Officer <medsafety@brookhavenrmc.org>",
        to="safety-huddle@brookhavenrmc.org",
        subject="Learning from a near miss: hydroxyzine vs hydralazine",
        body="A patient in their 60s almost received hydroxyzine 25 mg instead of hydralazine 25 mg. The barcode scan caught it. Both are now stored apart with tall-man labels. Good catch!",
    ),
    Spec(
        phi=False,
        category="Cleanroom certification reports archive",
        notes="Zip of environmental monitoring reports sent to accreditor; no patient.",
        frm="IV Room Supervisor <ivroom@brookhavenrmc.org>",
        to="surveys@pharmacyaccreditationcouncil.org",
        subject="Requested: 6 months of EM reports",
        body="Attached as a zip, one CSV per month.",
        atts=(
            Att(
                "EM_reports_Jun-Nov.zip",
                "application/zip",
                zipped(
                    {
                        "EM_2026-06.csv": "room,sample,cfu,action_level\nISO7 buffer,air,0,10\nISO8 ante,surface,2,50\n",
                        "EM_2026-11.csv": "room,sample,cfu,action_level\nISO7 buffer,air,1,10\nISO8 ante,surface,0,50\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff leave coverage schedule",
        notes="Workforce member's leave in a staffing note, no health detail; not PHI.",
        frm="Pharmacy Operations <rxops@brookhavenrmc.org>",
        to="pharmacy-evening@brookhavenrmc.org",
        subject="Evening coverage Dec 14-Jan 4",
        body="Tom is out Dec 14 through Jan 4. Anjali picks up his Mon/Wed evenings, Chris the Fridays. Swap requests to me by Thursday.\n\n-Rhonda",
    ),
]
