"""Outbound mail of Bluestem Allergy & Asthma Associates, an allergy and immunology practice (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nBluestem Allergy & Asthma Associates\n410 Prairie Vine Rd, Suite 200, Linden Park, IL\nPhone 217-555-0140 | Fax 217-555-0141"
CONF = "\n\nCONFIDENTIALITY: This message may contain information protected by law. If you received it in error, delete it and call 217-555-0140."

HL7_REAL = (
    "MSH|^~\\&|BLUESTEM_EHR|BSA|LPH_LAB|LINDENPARKHOSP|202603171012||ORU^R01|BSA20260317001|P|2.5.1\r"
    "PID|1||BSA-0058213^^^BSA^MR||HALVERSEN^MILO^J||19870422|M|||77 Fenwick Ct^^Linden Park^IL^61822||217-555-0163\r"
    "OBR|1|ORD88213||TRYP^Serum tryptase^L|||202603161430\r"
    "OBX|1|NM|TRYP^Tryptase, baseline^L||24.6|ng/mL|<11.5|H|||F\r"
    "NTE|1||Elevated baseline tryptase; evaluate for systemic mastocytosis / HaT.\r"
)
HL7_TEST = (
    "MSH|^~\\&|BLUESTEM_EHR|BSA|IFACE_VENDOR|SANDBOX|202603180900||ADT^A04|TST0001|T|2.5.1\r"
    "PID|1||TEST-000001^^^BSA^MR||ZZTEST^ALLERGY^ONE||19000101|U|||1 Test St^^Nowhere^ZZ^00000\r"
    "PV1|1|O|SANDBOX^^^BSA||||||||||||||||TESTVISIT\r"
)
FHIR_REAL = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "bsa-0061904", "identifier": [{"system": "urn:bluestem:mrn", "value": "BSA-0061904"}],
      "name": [{"family": "Castellanos", "given": ["Pilar"]}], "birthDate": "1979-08-30", "telecom": [{"system": "phone", "value": "217-555-0171"}]}},
    {"resource": {"resourceType": "AllergyIntolerance", "patient": {"reference": "Patient/bsa-0061904"},
      "code": {"text": "Penicillin"}, "criticality": "low", "verificationStatus": {"text": "refuted"},
      "note": [{"text": "Delabeled after negative skin test and oral amoxicillin challenge 2026-03-16."}]}}
  ]
}
"""
FHIR_TEST = """{
  "resourceType": "Patient",
  "id": "synthetic-demo-01",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Synthetic", "given": ["Demo"]}],
  "birthDate": "2000-01-01",
  "extension": [{"url": "urn:note", "valueString": "SYNTHETIC RECORD FOR CONNECTIVITY TESTING - NOT A REAL PERSON"}]
}
"""
X12_837 = (
    "ISA*00*          *00*          *ZZ*BLUESTEMALLRGY *ZZ*CLAIMSHUBX      *260317*1015*^*00501*000000451*0*P*:~"
    "GS*HC*BLUESTEMALLRGY*CLAIMSHUBX*20260317*1015*451*X*005010X222A1~"
    "ST*837*0451*005010X222A1~"
    "NM1*85*2*BLUESTEM ALLERGY AND ASTHMA ASSOCIATES*****XX*1748392069~"
    "NM1*IL*1*BRANNIGAN*ROSALIND****MI*PRH448201957~"
    "DMG*D8*19910612*F~"
    "CLM*BSA26031701*486.00***11:B:1*Y*A*Y*Y~"
    "HI*ABK:J30.1*ABF:L23.9~"
    "SV1*HC:95044*210.00*UN*1***1~"
    "SV1*HC:95004*276.00*UN*46***1~"
    "SE*10*0451~GE*1*451~IEA*1*000000451~"
)
X12_270 = (
    "ISA*00*          *00*          *ZZ*BLUESTEMALLRGY *ZZ*PRAIRIEHEALTH  *260318*0730*^*00501*000000452*0*P*:~"
    "GS*HS*BLUESTEMALLRGY*PRAIRIEHEALTH*20260318*0730*452*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "NM1*1P*2*BLUESTEM ALLERGY AND ASTHMA ASSOCIATES*****XX*1748392069~"
    "NM1*IL*1*FAIRWEATHER*CONRAD****MI*PRH771045230~DMG*D8*19640109~EQ*30~"
    "NM1*IL*1*ABERNATHY*JUNE****MI*PRH771093386~DMG*D8*20110227~EQ*30~"
    "SE*9*0001~GE*1*452~IEA*1*000000452~"
)
CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Bluestem Allergy - Transition of Care Summary</title>
  <recordTarget><patientRole><id extension="BSA-0049127" root="2.16.840.1.113883.3.9696"/>
    <addr><streetAddressLine>2209 Orchard Bend</streetAddressLine><city>Linden Park</city><state>IL</state></addr>
    <patient><name><given>Evangeline</given><family>Moorcroft</family></name><birthTime value="19580314"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>Chronic spontaneous urticaria (L50.1); aspirin-exacerbated respiratory disease (J82.83)</text></section></component>
    <component><section><title>Medications</title><text>Omalizumab 300 mg SC every 4 weeks; cetirizine 10 mg BID; montelukast 10 mg daily</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Patch test reading results to patient",
        notes="Patient's full name with positive patch test allergens sent to her gmail.",
        frm="Dr. Renata Okafor <rokafor@bluestemallergy.com>",
        to="tessa.vandermolen@gmail.com",
        subject="Your patch test results",
        body=(
            "Hi Tessa,\n\nHere are your 96-hour patch test readings from Friday:\n\n"
            "  Nickel sulfate ........ ++ (strong positive)\n"
            "  Fragrance mix I ....... +  (positive)\n"
            "  Methylisothiazolinone . +  (positive)\n"
            "  All others ............ negative\n\n"
            "This fits your hand and eyelid dermatitis well. Please avoid the products on the CAMP list I will send through the portal, "
            "and we will recheck your skin in 6 weeks.\n\nDr. Okafor" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Peanut component result to parent (first name only)",
        notes="Hard positive: child's first name, the mother relationship and an Ara h 2 value, to a personal yahoo box.",
        frm="Hannah Strom NP <hstrom@bluestemallergy.com>",
        to="k.ridgeway.family@yahoo.com",
        subject="Re: Ella's bloodwork",
        body=(
            "Hi Kristen - Ella's peanut components came back. Ara h 2 is 14.2 kU/L, which is high, so we'd hold off on the "
            "in-office challenge for now. Keep the EpiPen Jr with her at school. Happy to talk Thursday.\n\nHannah"
        ),
    ),
    Spec(
        phi=True,
        category="Oral food challenge reminder (HTML only)",
        notes="HTML-only reminder naming the patient and a baked-egg oral food challenge appointment.",
        frm="Bluestem Scheduling <scheduling@bluestemallergy.com>",
        to="oliver.pham.dad@outlook.com",
        subject="Appointment reminder - Bluestem Allergy",
        body="",
        html=(
            "<html><body><p>Dear parent/guardian of <b>Leo Pham</b>,</p>"
            "<p>This is a reminder of Leo's <b>baked egg oral food challenge</b> on <b>Wednesday, March 25 at 8:00 AM</b>. "
            "Please plan to stay 4-5 hours. Stop cetirizine and other antihistamines 5 days before.</p>"
            "<p>Bring a favourite snack that does not contain egg.</p><p>Bluestem Allergy &amp; Asthma Associates<br>217-555-0140</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Venom immunotherapy build-up calendar invite",
        notes="Calendar invite to patient's gmail for yellow jacket venom immunotherapy dose with her name.",
        frm="Bluestem Injection Room <shots@bluestemallergy.com>",
        to="marguerite.ahlgren@gmail.com",
        subject="Venom shot visit 4 of 8",
        body="Marguerite, your next venom build-up dose is on the invite below. Please eat beforehand and plan to wait 30 minutes after the injection."
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bluestem//Shots//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:vit-ahlgren-4@bluestemallergy.com\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260319T143000Z\r\nDTEND:20260319T153000Z\r\n"
            "SUMMARY:Marguerite Ahlgren - yellow jacket VIT build-up dose 4 (10 mcg)\r\nLOCATION:Bluestem Injection Room\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Consult letter to ENT with provider NPI",
        notes="Hard positive: the body names no patient; the referral PDF carries name, DOB, MRN and chronic rhinosinusitis with nasal polyps.",
        frm="Dr. Paul Vesely <pvesely@bluestemallergy.com>",
        to="referrals@prairieentclinic.com",
        subject="Referral - CRSwNP evaluation",
        body="Please see attached referral for a shared patient. Records also faxed.\n\nPaul Vesely, MD\nNPI: 1526049386"
        + SIG,
        atts=(
            Att(
                "Referral_Nakamura_D.pdf",
                "application/pdf",
                pdf(
                    [
                        "BLUESTEM ALLERGY & ASTHMA ASSOCIATES - REFERRAL",
                        "Patient: Daisuke Nakamura   DOB: 11/02/1972   MRN: BSA-0052276",
                        "Referring: Paul Vesely, MD  NPI: 1526049386",
                        "Reason: chronic rhinosinusitis with nasal polyps (J33.9), anosmia,",
                        "aspirin-exacerbated respiratory disease suspected. CT sinus Lund-Mackay 18.",
                        "Request: endoscopy and surgical opinion before biologic decision.",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU tryptase result to hospital interface",
        notes="Hard positive: body is only a batch notice; the HL7 attachment carries name, MRN and elevated tryptase.",
        frm="Interface Engine <hl7@bluestemallergy.com>",
        to="inbound-results@lindenparkhosp.org",
        subject="ORU batch BSA20260317",
        body="Automated result batch, 1 message. Do not reply.",
        atts=(Att("BSA20260317001.hl7", "application/hl7-v2", HL7_REAL),),
    ),
    Spec(
        phi=True,
        category="FHIR penicillin delabeling update to HIE",
        notes="Hard positive: the FHIR bundle names the patient with DOB and her penicillin allergy status change.",
        frm="Bluestem Health IT <healthit@bluestemallergy.com>",
        to="submissions@centralilhie.org",
        subject="AllergyIntolerance update (1 record)",
        body="Attached FHIR collection per our HIE participation agreement.",
        atts=(Att("allergy_update_0061904.json", "application/fhir+json", FHIR_REAL),),
    ),
    Spec(
        phi=True,
        category="X12 837P professional claim for allergy testing",
        notes="837P to clearinghouse with member ID, DOB, ICD-10 J30.1/L23.9 and allergy testing CPT codes.",
        frm="Bluestem Billing <billing@bluestemallergy.com>",
        to="edi-submit@claimshubx.com",
        subject="837P file 000000451",
        body="837P submission attached, 1 claim, total charges $486.00.",
        atts=(Att("BSA_837P_000000451.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility batch",
        notes="Hard positive: terse body; 270 attachment lists two patients with member IDs and DOBs for eligibility of care.",
        frm="Bluestem Front Desk <frontdesk@bluestemallergy.com>",
        to="eligibility@prairiehealthplan.com",
        subject="270 batch 452",
        body="270 attached. Thx.",
        atts=(Att("elig_270_452.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care summary to new PCP",
        notes="Hard positive: generic body; the C-CDA attachment holds name, address, DOB, urticaria and AERD diagnoses and omalizumab.",
        frm="Medical Records <records@bluestemallergy.com>",
        to="records@northfieldfamilymed.com",
        subject="Transition of care summary for shared patient",
        body="Per your request, attached is the C-CDA for the patient transferring primary care to your office."
        + CONF,
        atts=(Att("TOC_BSA-0049127.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="Password-protected records to attorney",
        notes="Patient name and DOB tied to her allergy records under subpoena, in an encrypted zip to a law firm.",
        frm="Release of Information <roi@bluestemallergy.com>",
        to="paralegal@hartwellgross-law.com",
        subject="Records production - subpoena 26-CV-0193",
        body=(
            "Counsel,\n\nIn response to the subpoena in case 26-CV-0193, the complete Bluestem record for Dolores Kettleman "
            "(DOB 05/17/1969), including her latex anaphylaxis work-up and epinephrine prescriptions, is in the attached "
            "password-protected archive. The password will be telephoned to your office.\n\nRelease of Information"
            + SIG
        ),
        atts=(
            Att(
                "Kettleman_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Kettleman_D_visit_notes.txt": "Dolores Kettleman DOB 05/17/1969. Latex anaphylaxis during dental procedure 2025-11-03. Latex sIgE 8.9.",
                        "Kettleman_D_rx.txt": "Epinephrine 0.3 mg auto-injector #2, refills 3.",
                    },
                    "Prairie-0193",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Omalizumab prior authorization with MBI and DEA",
        notes="Prior auth letter to Medicare Advantage plan with patient's MBI, diagnosis and prescriber DEA.",
        frm="Prior Auth Team <priorauth@bluestemallergy.com>",
        to="pharmacy-pa@heartlandadvantage.com",
        subject="PA request - omalizumab",
        body=(
            "Heartland Advantage Pharmacy Review,\n\nRequesting prior authorization for omalizumab 150 mg SC every 4 weeks.\n\n"
            "Member: Walter Gunderson   DOB 02/08/1951   MBI: 3TW7-HK2-RN46\n"
            "Diagnosis: severe persistent allergic asthma (J45.50), total IgE 412 IU/mL, perennial aeroallergen sensitization\n"
            "Failed: high-dose fluticasone/salmeterol + tiotropium, 3 prednisone bursts in 12 months\n\n"
            "Prescriber: Renata Okafor, MD  NPI: 1982736450  DEA: FO4829137" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Diagnosis only in subject to GI colleague",
        notes="Hard positive: the subject carries the patient's surname and eosinophilic esophagitis; body is a terse scheduling request.",
        frm="Dr. Renata Okafor <rokafor@bluestemallergy.com>",
        to="dr.lindahl@prairiegi.com",
        subject="Wierzbicki - EoE scope f/u",
        body="Stefan, can you get him in before his next dupilumab dose? Mom says the dysphagia is back. Thanks, R.",
    ),
    Spec(
        phi=True,
        category="Anaphylaxis action plan to school nurse (name in file name)",
        notes="Hard positive: the student's name and 'anaphylaxis' appear only in the attachment file name and PDF.",
        frm="Hannah Strom NP <hstrom@bluestemallergy.com>",
        to="nurse.hillcrest@millbrookusd.org",
        subject="Plan for one of your students",
        body="Hi, attached is the updated plan we discussed by phone, signed by the parent. Please replace the one on file.\n\nHannah Strom, NP",
        atts=(
            Att(
                "Lindqvist_Aria_anaphylaxis_action_plan.pdf",
                "application/pdf",
                pdf(
                    [
                        "BLUESTEM ALLERGY - FOOD ALLERGY & ANAPHYLAXIS EMERGENCY CARE PLAN",
                        "Student: Aria Lindqvist   DOB 09/14/2016   Grade 4",
                        "Allergies: tree nuts (cashew, pistachio), sesame. Asthma: yes (higher risk).",
                        "Epinephrine 0.15 mg IM at first sign of any severe symptom. Call 911.",
                    ],
                    "Action plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Headerless shot-room schedule workbook",
        notes="Hard positive: multi-sheet workbook with no header row listing patient names, vial strengths and doses for satellite clinic.",
        frm="Bluestem Injection Room <shots@bluestemallergy.com>",
        to="satellite-north@bluestemallergy.com",
        subject="wk 12 list",
        body="for Tues/Thurs. Mold vials came back from mixing.",
        atts=(
            Att(
                "wk12.xlsx",
                XLSX,
                xlsx(
                    {
                        "Tue": [
                            ["Brannigan R", "1:100", "0.25", "Tree/grass"],
                            ["Ostrowski P", "1:1", "0.50", "Mite/cat"],
                            ["Yusuf A", "1:10", "0.10", "Mold mix"],
                        ],
                        "Thu": [
                            ["Delacroix M", "1:1", "0.40", "Ragweed"],
                            ["Ng T", "1:1000", "0.05", "Venom - honeybee"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reaction photo named after patient",
        notes="Hard positive: PNG of a local injection reaction named after the patient, with the dose, sent to a colleague.",
        frm="Megan Tolliver RN <mtolliver@bluestemallergy.com>",
        to="pvesely@bluestemallergy.com",
        subject="large local - should I hold?",
        body="Paul - 9 cm wheal 30 min after her 0.3 mL of the 1:1 vial. Photo attached. Hold next dose or step back?",
        atts=(Att("hollis_marguerite_arm_0317.png", "image/png", png(6, 6, (220, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="Forwarded patient billing question",
        notes="Forward of a patient's own message about the charge for his allergy skin testing, sent to billing.",
        frm="Front Desk <frontdesk@bluestemallergy.com>",
        to="billing@bluestemallergy.com",
        subject="Fwd: question about my bill",
        body="Can someone call him back? He says his insurance already paid for the testing.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Rashid Almasi <rashid.almasi@hotmail.com>",
            to="frontdesk@bluestemallergy.com",
            subject="question about my bill",
            body="Hello, I got a bill for $276 for the skin prick testing on Feb 20 (account 88104). My Prairie Health EOB says it was paid. Can you check? - Rashid Almasi",
        ),
    ),
    Spec(
        phi=True,
        category="Patient balance statement e-mail",
        notes="Statement to patient's gmail with name, account number and balance for allergy testing services.",
        frm="Bluestem Billing <billing@bluestemallergy.com>",
        to="jcorriveau77@gmail.com",
        subject="Statement from Bluestem Allergy",
        body=(
            "Dear Jacques Corriveau,\n\nAccount 88291 - statement date 03/16/2026\n\n"
            "02/27/2026  Percutaneous allergy tests (95004 x 40)   $276.00\n"
            "02/27/2026  Spirometry (94010)                         $62.00\n"
            "Insurance paid                                        -$226.00\n"
            "Balance due                                            $112.00\n\nPay online or call 217-555-0142."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Return-to-work note to employer",
        notes="Hard positive: no diagnosis, but tells an employer that a named person was seen at the allergy clinic today.",
        frm="Bluestem Front Desk <frontdesk@bluestemallergy.com>",
        to="hr@graingerlogistics.com",
        subject="Work note",
        body="To whom it may concern:\n\nGarrick Dunmore was seen in our clinic today, March 17, 2026, and may return to work on March 18 without restrictions.\n\nBluestem Allergy & Asthma Associates",
    ),
    Spec(
        phi=True,
        category="Terse lab add-on request with MRN",
        notes="Hard positive: MRN plus abbreviations (IgE, AEC, ?ABPA) in a short add-on request to the lab.",
        frm="Dr. Paul Vesely <pvesely@bluestemallergy.com>",
        to="client.services@lindenparkhosp.org",
        subject="add-on",
        body="MRN BSA-0043318, drawn 3/16. IgE 1,840, AEC 920, ?ABPA. Pls add Aspergillus fumigatus sIgE + precipitins to the SST if still in fridge. -PV",
    ),
    Spec(
        phi=True,
        category="Records to disability determination with SSN",
        notes="Letter to state disability services with claimant SSN, name and severe asthma history.",
        frm="Release of Information <roi@bluestemallergy.com>",
        to="dds.records@illinoisdds-claims.org",
        subject="Medical evidence - claimant records",
        body=(
            "Disability Determination Services,\n\nEnclosed summary for claimant Bernadette Quist, SSN 412-68-3057, DOB 07/22/1980.\n"
            "Diagnoses: severe persistent asthma with 4 hospitalizations in 2025, one ICU stay with intubation (Oct 2025); "
            "FEV1 48% predicted on 03/02/2026. Current: benralizumab, budesonide/formoterol, prednisone taper.\n\nRelease of Information"
            + SIG
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="Physician bio newsletter (HTML only)",
        notes="Hard negative: HTML-only bio of a new allergist listing the diseases she treats; no patient.",
        frm="Bluestem Allergy <news@bluestemallergy.com>",
        to="subscribers@lists.bluestemallergy.com",
        subject="Meet Dr. Imani Sutherland",
        body="",
        html=(
            "<html><body><h2>Welcome, Dr. Imani Sutherland</h2><p>Dr. Sutherland is board certified in allergy and immunology. "
            "She trained at Midwest University and has a special interest in <b>eosinophilic esophagitis, mastocytosis, hereditary angioedema</b> "
            "and drug allergy delabeling. She sees patients Mondays and Thursdays.</p><p>Call 217-555-0140 to book.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Pollen season update with aggregate counts",
        notes="Hard negative: pollen counts and a clinic-wide total of oral allergy syndrome visits; no individual.",
        frm="Dr. Paul Vesely <pvesely@bluestemallergy.com>",
        to="editor@lindenparkgazette.com",
        subject="Spring pollen column - draft",
        body=(
            "Hi Marcy,\n\nDraft for Sunday: tree pollen hit 1,240 grains/m3 on March 14, the earliest spike in five years. "
            "Last spring our clinics saw 312 visits for oral allergy syndrome and 1,900 for allergic rhinitis. Advice: start nasal steroids "
            "two weeks before your usual season, shower after outdoor work, keep windows closed on windy days.\n\nPaul Vesely, MD"
        ),
    ),
    Spec(
        phi=False,
        category="Extract order with SSN-shaped PO numbers",
        notes="Hard negative: CSV extract order to supplier; the SSN-shaped numbers are purchase order numbers, no patients.",
        frm="Bluestem Purchasing <purchasing@bluestemallergy.com>",
        to="orders@greatplainsallergenics.com",
        subject="Extract order - March",
        body="Please ship the attached. Our PO format changed, note the dashes.\n\nDeb Harlan, Purchasing",
        atts=(
            Att(
                "extract_order_march.csv",
                "text/csv",
                "po_number,item,lot,qty\n512-44-7810,Standardized cat hair 10000 BAU/mL 10mL,L26-0412,6\n"
                "512-44-7811,D. farinae 10000 AU/mL 30mL,L26-0388,4\n512-44-7812,Short ragweed 1:20 w/v 10mL,L26-0291,5\n"
                "512-44-7813,Honeybee venom 100 mcg lyophilized,V26-0077,3\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 test message to interface vendor",
        notes="Hard negative: HL7 ADT with an obviously fake ZZTEST patient on the vendor sandbox, declared as a test.",
        frm="Bluestem Health IT <healthit@bluestemallergy.com>",
        to="support@meridianinterfaces.com",
        subject="Sandbox test - ADT A04 still rejected",
        body="Hi team, the attached TEST message (ZZTEST patient, processing ID T) is still rejected with AE 207 on your sandbox. Can you look at PV1?\n\nTom, Bluestem IT",
        atts=(Att("test_adt_a04.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="Synthetic FHIR patient for app onboarding",
        notes="Hard negative: FHIR Patient clearly tagged as synthetic test data for a vendor connectivity test.",
        frm="Bluestem Health IT <healthit@bluestemallergy.com>",
        to="onboarding@pollentrackapp.io",
        subject="Connectivity test resource",
        body="Attached synthetic resource for the endpoint test. No real patient data will be sent until the BAA is signed.",
        atts=(Att("synthetic_patient.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="Staff latex-safe workplace notice",
        notes="Hard negative: staff notice about latex allergy precautions; no individual named.",
        frm="Clinic Manager <manager@bluestemallergy.com>",
        to="allstaff@bluestemallergy.com",
        subject="Reminder: latex-free clinic",
        body="All,\n\nReminder that Bluestem is latex-free. Several staff members and many of our patients have latex allergy. Please do not bring latex balloons for birthdays and use only the nitrile gloves stocked in each room.\n\nThanks, Carla",
    ),
    Spec(
        phi=False,
        category="Epinephrine auto-injector shortage notice",
        notes="Hard negative: drug shortage notice to referring practices; no patient.",
        frm="Dr. Renata Okafor <rokafor@bluestemallergy.com>",
        to="referring-providers@lists.bluestemallergy.com",
        subject="Epinephrine 0.15 mg auto-injector shortage - alternatives",
        body=(
            "Colleagues,\n\nThe 0.15 mg auto-injector is on national backorder through April. Options: the 0.1 mg device for children 7.5-15 kg, "
            "the generic 0.15 mg, or the nasal epinephrine spray for patients >= 30 kg. Please do not substitute vial-and-syringe kits for families without training.\n\nRenata Okafor, MD"
        ),
    ),
    Spec(
        phi=False,
        category="Allergy nurse job posting",
        notes="Hard negative: job posting mentioning anaphylaxis and immunotherapy duties; no patient.",
        frm="Bluestem HR <hr@bluestemallergy.com>",
        to="jobs@prairiehealthcareers.com",
        subject="Posting: RN, Allergy Injection Clinic (0.8 FTE)",
        body="Please post through April 30.\n\nRN - Allergy Injection Clinic. Administer subcutaneous immunotherapy, recognise and treat systemic reactions including anaphylaxis, perform spirometry and skin testing. 2 years clinic experience, BLS. Pay $38-46/hr.",
    ),
    Spec(
        phi=False,
        category="E-mail policy document with example field names",
        notes="Hard negative: DOCX policy shows blank template fields (Patient Name, MRN) and rules; no real data.",
        frm="Compliance <compliance@bluestemallergy.com>",
        to="allstaff@bluestemallergy.com",
        subject="Updated policy: e-mailing results",
        body="Please read the attached policy before March 31 and sign the attestation in the LMS.",
        atts=(
            Att(
                "Policy_7-04_Emailing_Results.docx",
                DOCX,
                docx(
                    [
                        "Bluestem Policy 7-04: E-mailing Test Results",
                        "1. Results go to patients through the portal only. Never put results in the subject line.",
                        "2. When mail to another provider is unavoidable, use [secure] in the subject to force encryption.",
                        "3. Template header (fill only inside the encrypted message): Patient Name: ________  MRN: ________  DOB: ________",
                        "4. Report misdirected mail to compliance within 24 hours.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Provider NPI roster for payer credentialing",
        notes="Hard negative: multi-sheet workbook of clinicians' NPIs and locations for credentialing; no patients.",
        frm="Credentialing <credentialing@bluestemallergy.com>",
        to="provider.enrollment@prairiehealthplan.com",
        subject="Roster update Q2",
        body="Updated roster attached (new: Dr. Sutherland). Group NPI: 1748392069",
        atts=(
            Att(
                "Bluestem_roster_Q2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Providers": [
                            ["Name", "Credential", "NPI", "Specialty"],
                            ["Renata Okafor", "MD", "1982736450", "Allergy & Immunology"],
                            ["Paul Vesely", "MD", "1526049386", "Allergy & Immunology"],
                            ["Imani Sutherland", "MD", "1360592848", "Allergy & Immunology"],
                            ["Hannah Strom", "NP", "1102938473", "Family NP"],
                        ],
                        "Locations": [
                            ["Site", "Address", "Phone"],
                            ["Main", "410 Prairie Vine Rd Ste 200, Linden Park IL", "217-555-0140"],
                            ["North", "88 Cobbler Ln, Linden Park IL", "217-555-0150"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate quality measures to ACO",
        notes="Hard negative: multi-sheet workbook of quality measure numerators/denominators; aggregate only.",
        frm="Quality <quality@bluestemallergy.com>",
        to="measures@prairieaco.org",
        subject="Q1 quality submission - Bluestem",
        body="Q1 aggregate measures attached. No patient-level data included per ACO guidance.",
        atts=(
            Att(
                "Q1_measures.xlsx",
                XLSX,
                xlsx(
                    {
                        "Asthma": [
                            ["Measure", "Numerator", "Denominator", "Rate"],
                            ["Asthma controller med", 812, 901, 0.90],
                            ["Asthma action plan documented", 744, 901, 0.83],
                        ],
                        "Immunotherapy": [
                            ["Measure", "Numerator", "Denominator", "Rate"],
                            ["Observed 30 min post-injection", 5210, 5226, 0.997],
                        ],
                        "Notes": [["Item", "Text"], ["Period", "2026-01-01 to 2026-03-31"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Extract refrigerator service request",
        notes="Vendor service request for a medical refrigerator; no patient.",
        frm="Clinic Manager <manager@bluestemallergy.com>",
        to="service@coldchainbiomedical.com",
        subject="Fridge #2 alarm - service call",
        body="Hi, our extract refrigerator (serial CCB-44719) alarmed twice overnight at 9.1 C. Can a tech come Thursday? Log attached.\n\nCarla Mendez, Clinic Manager",
        atts=(
            Att(
                "fridge2_templog.txt",
                "text/plain",
                "2026-03-15 22:00 4.2C\n2026-03-16 01:40 9.1C ALARM\n2026-03-16 02:10 5.0C\n2026-03-16 04:55 9.0C ALARM\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Anaphylaxis drill calendar invite (mannequin)",
        notes="Hard negative: staff drill invite with a mannequin scenario; no real patient.",
        frm="Megan Tolliver RN <mtolliver@bluestemallergy.com>",
        to="clinical-staff@bluestemallergy.com",
        subject="Mock code: anaphylaxis drill Friday",
        body="Drill scenario: 'adult mannequin, 10 minutes after cluster dose, wheeze and hypotension'. Please bring your badge buddy card.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bluestem//Drills//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:drill-0320@bluestemallergy.com\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260320T123000Z\r\nDTEND:20260320T131500Z\r\n"
            "SUMMARY:Anaphylaxis mock code (mannequin)\r\nLOCATION:Injection Room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Generic auto-injector teaching sheet to community center",
        notes="Generic patient-education PDF for a community center; no individual.",
        frm="Hannah Strom NP <hstrom@bluestemallergy.com>",
        to="programs@lindenparkymca.org",
        subject="Handout for your camp counselors",
        body="As promised, a one-page guide for counselor training. Feel free to print.",
        atts=(
            Att(
                "How_to_use_an_epinephrine_auto-injector.pdf",
                "application/pdf",
                pdf(
                    [
                        "BLUESTEM ALLERGY - HOW TO USE AN EPINEPHRINE AUTO-INJECTOR",
                        "1. Remove safety cap. 2. Press firmly into outer thigh until it clicks. 3. Hold 3 seconds.",
                        "4. Call 911. 5. A second dose may be given after 5-15 minutes if symptoms continue.",
                    ],
                    "Auto-injector guide",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Reply to journalist at personal mailbox",
        notes="Reply to a freelance writer's gmail about pollen season; general information only.",
        frm="Dr. Paul Vesely <pvesely@bluestemallergy.com>",
        to="nadia.freelance.writes@gmail.com",
        subject="Re: interview request - thunderstorm asthma",
        body="Hi Nadia,\n\nHappy to talk Thursday after 4. Thunderstorm asthma is rare in the Midwest but the mechanism (ruptured grass pollen grains) is real. I'd suggest the 2016 Melbourne event as background.\n\nPaul",
    ),
    Spec(
        phi=False,
        category="De-identified research extract to university",
        notes="Hard negative: zip of a de-identified extract with study codes, age bands and sIgE values only.",
        frm="Dr. Renata Okafor <rokafor@bluestemallergy.com>",
        to="foodallergy.lab@midwestuniv.edu",
        subject="Ara h 2 study - deidentified extract v2",
        body="Per the DUA, safe-harbor extract attached: study IDs only, age bands, no dates beyond year.",
        atts=(
            Att(
                "arah2_deid_v2.zip",
                "application/zip",
                zipped(
                    {
                        "README.txt": "De-identified per 45 CFR 164.514(b). Study IDs are random and not derived from MRNs.",
                        "extract.csv": "study_id,age_band,year,ara_h2_kUL,ofc_outcome\nS-0001,5-9,2025,0.21,pass\nS-0002,10-14,2025,6.80,fail\nS-0003,5-9,2026,0.05,pass\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT downtime notice to staff; no patient.",
        frm="Bluestem Health IT <healthit@bluestemallergy.com>",
        to="allstaff@bluestemallergy.com",
        subject="EHR downtime Sat 3/21 10pm-2am",
        body="The EHR will be down for an upgrade Saturday 10pm-2am. Use the downtime shot-record binders in the injection room. Print tomorrow's schedule Friday afternoon.",
    ),
    Spec(
        phi=False,
        category="Logo file to print shop",
        notes="Vendor mail with a logo PNG for printed letterhead; no patient.",
        frm="Clinic Manager <manager@bluestemallergy.com>",
        to="orders@quickprintlinden.com",
        subject="Letterhead reorder + new logo",
        body="Please reprint 2,000 letterhead sheets and 500 envelopes with the attached logo. Same paper as last time.",
        atts=(Att("bluestem_logo.png", "image/png", png(8, 4, (40, 90, 160))),),
    ),
]
