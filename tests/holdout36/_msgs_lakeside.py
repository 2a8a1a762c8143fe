"""Lakeside Community Hospital Laboratory: outreach, blood bank, microbiology, send-outs (40)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG_MICRO = (
    "\n\n--\nRenata Okonkwo, MLS(ASCP)\nMicrobiology Section Lead\n"
    "Lakeside Community Hospital Laboratory\n(608) 555-0142"
)
DISCLAIMER = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
    "addressee and may contain information that is privileged. If you received it in error, "
    "notify the sender and delete it."
)

HL7_CRIT = (
    "MSH|^~\\&|LCH_LIS|LAKESIDE|EPIC|CLINIC|202611101422||ORU^R01|LCH58814|P|2.5.1\r"
    "PID|1||LCH00482271^^^LCH^MR||Abernathy^Cole^J||19580304|M|||2207 Orchard Way^^Verona^WI^53593\r"
    "OBR|1||26-314-0091|2823-3^Potassium^LN|||202611101310\r"
    "OBX|1|NM|2823-3^Potassium^LN||6.8|mmol/L|3.5-5.1|HH|||F\r"
)

FHIR_PT = (
    '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
    ' {"resource": {"resourceType": "Patient", "id": "p1", "name": [{"family": "Nakamura",'
    ' "given": ["Emi"]}], "birthDate": "1991-06-22", "identifier": [{"system":'
    ' "urn:lch:mrn", "value": "LCH00517740"}]}},\n'
    ' {"resource": {"resourceType": "Observation", "status": "final", "code": {"text":'
    ' "Rubella IgG"}, "subject": {"reference": "Patient/p1"}, "valueString":'
    ' "Non-immune (<5 IU/mL)"}}]}\n'
)

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    " <title>Transfusion Summary</title>\n <recordTarget><patientRole>"
    '<id extension="LCH00391205" root="2.16.840.1.113883.3.9911"/>\n'
    "  <patient><name><given>Dolores</given><family>Whitfield</family></name>"
    '<birthTime value="19440917"/></patient></patientRole></recordTarget>\n'
    " <component><section><title>Blood products</title><text>2 units RBC (O NEG) issued "
    "11/09/2026 for GI bleed; anti-E identified, antigen-negative units crossmatched.</text>"
    "</section></component>\n</ClinicalDocument>\n"
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="critical value callback documentation",
        notes="Hard positive: critical potassium with patient name and MRN in an HL7 ORU attachment only; body is bland.",
        frm="Lab Client Services <labclientservices@lakesidecommunityhosp.org>",
        to="triage.nurses@verona-familymed.org",
        subject="Critical result notification - see attached ORU",
        body=(
            "Called to Dr. Haugen's office at 14:22, read back by RN Tamsin. Attached is the ORU "
            "message for your chart reconciliation since your interface was down this afternoon.\n\n"
            "Lab Client Services, ext 4410"
        ),
        atts=(Att("ORU_LCH58814.hl7", "application/hl7-v2", HL7_CRIT),),
    ),
    Spec(
        phi=True,
        category="quiet first name and result to relative",
        notes="Hard positive: phlebotomist tells a relative's gmail that 'your dad Walt' had his INR drawn and it was 4.1 - first name, relationship and lab result.",
        frm="Keisha Dunmore <kdunmore@lakesidecommunityhosp.org>",
        to="marybeth.kowalczyk@gmail.com",
        subject="re: today's home draw",
        body=(
            "Hi Marybeth, just letting you know I got your dad Walt's draw done this morning, no "
            "trouble with the veins this time. His INR came back at 4.1 so Dr. Feeney's nurse will "
            "probably call about holding the warfarin tonight. Same time next Tuesday?\n\nKeisha\n"
            "Outreach Phlebotomy"
        ),
    ),
    Spec(
        phi=True,
        category="blood bank antibody workup letter",
        notes="Hard positive: transfusion history in a C-CDA with name, DOB and MRN; body only says 'records attached'.",
        frm="Blood Bank <bloodbank@lakesidecommunityhosp.org>",
        to="transfusion.service@stmarysmadison.org",
        subject="Transfer patient - transfusion records",
        body=(
            "Per your call, transfusion summary for the patient transferring to you tonight is "
            "attached as a CDA. Please honor antigen-negative requirements.\n\n"
            "Hollis Grady, MT(ASCP)SBB\nBlood Bank Supervisor"
        ),
        atts=(Att("transfusion_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="outreach draw schedule roster",
        notes="Hard positive: CSV roster of homebound draws: names, addresses, orders. Body generic.",
        frm="Outreach Scheduling <outreach@lakesidecommunityhosp.org>",
        to="dispatch@carelinkcourier.com",
        subject="Thursday homebound draw list",
        body="Thursday's list attached. Two fasting draws, please route them first.\n\nDeb",
        atts=(
            Att(
                "homebound_1112.csv",
                "text/csv",
                "patient,dob,address,order,notes\n"
                'Lorraine Pettibone,1939-02-11,"418 Elm St, Stoughton WI",CMP lipid fasting,walker\n'
                'Arturo Villanueva,1947-08-30,"77 Prairie Ln, Oregon WI",CBC BMP,dialysis MWF\n'
                'Gwendolyn Ashby,1952-12-05,"1190 Hwy MM, Fitchburg WI",HbA1c UACR,diabetic\n'
                'Tobias Lindqvist,1935-05-19,"9 Lake View Ct, McFarland WI",PT/INR,on warfarin\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="micro isolate referral",
        notes="Hard positive: isolate referral to state lab with accession, initials, DOB and organism (CRE). Initials+DOB+diagnosis are identifying.",
        frm="Renata Okonkwo <rokonkwo@lakesidecommunityhosp.org>",
        to="arln.submissions@slh.wisc.edu",
        subject="CRE isolate shipping today",
        body=(
            "Shipping one isolate on today's courier:\n\n"
            "  Accession 26-MB-04417, pt initials R.T.H., DOB 07/14/1966, urine, "
            "Klebsiella pneumoniae, carbapenem resistant (mCIM positive)\n"
            "  Inpatient, 3 North, admitted 11/06/2026\n\nRequisition is in the box." + SIG_MICRO
        ),
    ),
    Spec(
        phi=True,
        category="patient result letter PDF",
        notes="PDF letter to patient's yahoo address with name and abnormal thyroid result.",
        frm="Lab Results <labresults@lakesidecommunityhosp.org>",
        to="bwoolridge72@yahoo.com",
        subject="Your letter from Lakeside Lab",
        body="Please see the attached letter. Call (608) 555-0100 with questions.",
        atts=(
            Att(
                "letter_Woolridge.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKESIDE COMMUNITY HOSPITAL LABORATORY",
                        "Bernard Woolridge, DOB 03/02/1972",
                        "Test: TSH  Result: 11.2 mIU/L (H)  Ref 0.4-4.0",
                        "Free T4: 0.6 ng/dL (L). Please follow up with Dr. Amundsen.",
                    ],
                    "Result letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject-line PHI",
        notes="Name and 'positive blood culture' only in subject; body routine.",
        frm="Micro Bench <micro@lakesidecommunityhosp.org>",
        to="ipc@lakesidecommunityhosp.org",
        subject="Yusuf Demirci - 2nd positive blood culture, GPC clusters",
        body="FYI for your line-infection review. Gram stain called to floor at 03:10." + SIG_MICRO,
    ),
    Spec(
        phi=True,
        category="specimen rejection notice",
        notes="Hard positive: rejected specimen notice names the patient and the test (HIV-1 viral load) - test ordered reveals health info.",
        frm="Specimen Processing <processing@lakesidecommunityhosp.org>",
        to="frontdesk@eastsidecommunityclinic.org",
        subject="Specimen rejected - recollect needed",
        body=(
            "The specimen below was rejected: received unspun after 6 hours.\n\n"
            "Patient: Marcus Oyelaran\nDOB: 10/28/1989\nTest: HIV-1 RNA quant viral load\n"
            "Collected: 11/11/2026 08:40\n\nPlease recollect in a PPT tube and spin within 2 hours."
        ),
    ),
    Spec(
        phi=True,
        category="nursing follow-up with room number",
        notes="Hard positive: 'Mrs. K in 412' with heparin drip adjustment and anti-Xa - surname initial, room and treatment.",
        frm="Priya Raghunathan <praghunathan@lakesidecommunityhosp.org>",
        to="4west.charge@lakesidecommunityhosp.org",
        subject="anti-Xa rm 412",
        body=(
            "Mrs. K in 412 - anti-Xa at 0600 came back 0.21, below range. Pharmacy bumped the "
            "heparin drip to 1,450 units/hr per protocol, next level due 1200. Please make sure "
            "it's drawn off the opposite arm this time.\n\nPriya, Coag"
        ),
    ),
    Spec(
        phi=True,
        category="HTML table of pending send-outs",
        notes="HTML-only table listing patient names with pending send-out tests (genetic, autoimmune).",
        frm="Send-Out Desk <sendouts@lakesidecommunityhosp.org>",
        to="rheum.clinic@lakesidecommunityhosp.org",
        subject="Pending send-outs over 14 days",
        body="",
        html=(
            "<p>Here are your clinic's send-outs still pending at Quantum:</p><table border=1>"
            "<tr><th>Patient</th><th>MRN</th><th>Test</th><th>Sent</th></tr>"
            "<tr><td>Halvorsen, Ingrid</td><td>LCH00288104</td><td>HLA-B27</td><td>10/24</td></tr>"
            "<tr><td>Mbeki, Thandiwe</td><td>LCH00601932</td><td>Anti-CCP IgG</td><td>10/27</td></tr>"
            "<tr><td>Castellano, Rafael</td><td>LCH00145870</td><td>Myositis panel</td><td>10/28</td></tr>"
            "</table><p>- Send-Out Desk</p>"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR prenatal result to OB",
        notes="Hard positive: fHIR bundle attachment only: patient name, DOB, MRN and rubella non-immune.",
        frm="Interface Team <lis.interface@lakesidecommunityhosp.org>",
        to="integration@valleyobgyn.com",
        subject="Resend of missed FHIR message 11/10",
        body="Your endpoint returned 503 overnight; the one message it dropped is attached for manual load.",
        atts=(Att("obs_resend.json", "application/fhir+json", FHIR_PT),),
    ),
    Spec(
        phi=True,
        category="billing question on draw fee",
        notes="Billing reply to patient's outlook address about a charge for a lipid panel and A1c.",
        frm="Lab Billing <labbilling@lakesidecommunityhosp.org>",
        to="sanjay.kulkarni88@outlook.com",
        subject="RE: charge on my statement",
        body=(
            "Mr. Kulkarni,\n\nThe $142.00 on your statement for account 7720-33815 is for the lipid "
            "panel and hemoglobin A1c drawn 10/02/2026. Your plan (Dairyland Health, member "
            "DHW448102937) denied the A1c as not meeting frequency limits. We have resubmitted "
            "with the diabetes diagnosis code from Dr. Lind's order.\n\nLab Billing\n\n"
            "> Why was I charged $142 for blood work?\n> Sanjay" + DISCLAIMER
        ),
    ),
    Spec(
        phi=True,
        category="xlsx multi-sheet QA with patient rows",
        notes="Hard positive: QA workbook; the summary sheet is aggregate but a second sheet lists MRNs with mislabeled specimens and tests.",
        frm="Quality Coordinator <labquality@lakesidecommunityhosp.org>",
        to="nursing.directors@lakesidecommunityhosp.org",
        subject="October mislabel report",
        body="October numbers attached. Detail tab is for unit managers' follow-up.",
        atts=(
            Att(
                "mislabels_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [["Unit", "Mislabels"], ["ED", 4], ["4W", 2], ["ICU", 1]],
                        "Detail": [
                            ["MRN", "Patient", "Unit", "Test", "Issue"],
                            ["LCH00733019", "Pruitt, Delia", "ED", "Type & screen", "wrong label"],
                            ["LCH00419562", "Osei, Kwabena", "4W", "Blood culture", "unlabeled"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PNG wound culture photo with name in filename",
        notes="Hard positive: only the PNG file name carries a patient name with 'wound culture'; body has no identifiers.",
        frm="Renata Okonkwo <rokonkwo@lakesidecommunityhosp.org>",
        to="wound.clinic@lakesidecommunityhosp.org",
        subject="plate photo you asked for",
        body="Heavy growth as you can see. Susceptibilities tomorrow." + SIG_MICRO,
        atts=(
            Att("Gutierrez_Benita_wound_culture_MRSA.png", "image/png", png(6, 6, (220, 200, 60))),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded thread about prenatal screen",
        notes="Forwarded patient email (message/rfc822) asking about her quad screen result; relay adds a note.",
        frm="Genevieve Marsh <gmarsh@lakesidecommunityhosp.org>",
        to="genetic.counseling@lakesidecommunityhosp.org",
        subject="Fwd: question about my screening",
        body="Can one of the counselors call her? She seems anxious. Forwarding her original.",
        forward=Spec(
            phi=True,
            category="x",
            notes="x",
            frm="Aaliyah Brooks <aaliyah.brooks@icloud.com>",
            to="gmarsh@lakesidecommunityhosp.org",
            subject="question about my screening",
            body=(
                "Hi, I'm 17 weeks and got a message my quad screen was 'screen positive for trisomy "
                "21 risk 1:190'. What does that mean? My OB is out until Monday. DOB 4/9/1994.\n\nAaliyah"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DOCX incident report",
        notes="DOCX occurrence report naming the patient given an incompatible unit near-miss.",
        frm="Hollis Grady <hgrady@lakesidecommunityhosp.org>",
        to="riskmanagement@lakesidecommunityhosp.org",
        subject="Occurrence report - BB near miss",
        body="Report attached as requested. Unit was stopped at the bedside check.",
        atts=(
            Att(
                "occurrence_BB_1109.docx",
                DOCX,
                docx(
                    [
                        "Blood Bank Occurrence Report",
                        "Patient: Franklin Mayweather, MRN LCH00257718, A POS",
                        "Unit W0363 26 418822 (B POS) was tagged for this patient in error on 11/09.",
                        "Caught at bedside two-person check. No transfusion occurred.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ICS draw appointment for patient",
        notes="Calendar invite to patient's hotmail for a glucose tolerance test, her name in the summary.",
        frm="Outreach Scheduling <outreach@lakesidecommunityhosp.org>",
        to="mira.santangelo@hotmail.com",
        subject="Your lab appointment",
        body="Your 3-hour glucose tolerance test is booked. Nothing to eat after midnight.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lakeside Lab//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:h36-gtt-2231@lakesidecommunityhosp.org\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261117T140000Z\r\nDTEND:20261117T173000Z\r\n"
            "SUMMARY:Mira Santangelo - 3hr OGTT (gestational diabetes screen)\r\n"
            "LOCATION:Lakeside Outpatient Lab\\, Suite 120\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="terse pathology request",
        notes="Hard positive: terse note with accession plus last name and 'r/o lymphoma' flow request.",
        frm="Dmitri Vasquez-Hale <dvasquezhale@lakesidecommunityhosp.org>",
        to="flow@quantumreflabs.com",
        subject="add-on flow",
        body="add flow cytometry to 26-SP-1183 (Ferreira), r/o lymphoma. block 1C. thx -DVH",
    ),
    Spec(
        phi=True,
        category="TB result to school nurse under release",
        notes="QuantiFERON positive result with name and DOB sent to a school's nurse - a patient result about an individual.",
        frm="Lab Client Services <labclientservices@lakesidecommunityhosp.org>",
        to="nurse.office@verona.k12.wi.us",
        subject="QFT result as requested",
        body=(
            "Per the signed release on file, QuantiFERON-TB Gold Plus for Eleanor Tsosie (DOB "
            "01/23/1985) collected 11/04/2026: POSITIVE. She has been referred to Dr. Paulsen for "
            "a chest x-ray.\n\nClient Services"
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of requisition scans",
        notes="Hard positive: zip holding a text index of requisitions with patient names and tests ordered.",
        frm="Send-Out Desk <sendouts@lakesidecommunityhosp.org>",
        to="clientservices@quantumreflabs.com",
        subject="Missing reqs for manifest 1110",
        body="The index of the three reqs you flagged is zipped here.",
        atts=(
            Att(
                "reqs_1110.zip",
                "application/zip",
                zipped(
                    {
                        "index.txt": (
                            "Manifest 1110 missing requisitions\n"
                            "1. Oduya, Peter  DOB 1977-03-03  Heavy metals, blood\n"
                            "2. Larkspur, June  DOB 2011-09-14  Celiac reflex panel\n"
                            "3. Moreau, Adele  DOB 1960-12-30  JAK2 V617F\n"
                        )
                    }
                ),
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="blood supply shortage notice",
        notes="Hard negative: O NEG shortage alert to clinicians, no individual.",
        frm="Blood Bank <bloodbank@lakesidecommunityhosp.org>",
        to="allmedicalstaff@lakesidecommunityhosp.org",
        subject="O NEG inventory CRITICAL - conserve",
        body=(
            "Our regional supplier has O-negative RBCs on allocation through 11/20. Please use O "
            "NEG only for females of childbearing potential and emergency release. Type-specific "
            "units as soon as a type & screen resulting. Massive transfusion protocol is unchanged.\n\n"
            "Dr. Celeste Amadi, Medical Director, Transfusion Service"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate antibiogram",
        notes="Hard negative: annual antibiogram percentages by organism - aggregate.",
        frm="Renata Okonkwo <rokonkwo@lakesidecommunityhosp.org>",
        to="pharmacy.stewardship@lakesidecommunityhosp.org",
        subject="2026 cumulative antibiogram draft",
        body=(
            "Draft attached. E. coli (n=1,184) nitrofurantoin 96%, TMP-SMX 74%, ciprofloxacin 78%. "
            "MRSA rate 31% of S. aureus (n=402). First isolate per patient per CLSI M39.\n"
            "Please send comments by Friday." + SIG_MICRO
        ),
        atts=(
            Att(
                "antibiogram_2026_draft.xlsx",
                XLSX,
                xlsx(
                    {
                        "Gram neg": [
                            ["Organism", "n", "Cipro %S", "Ceftriaxone %S"],
                            ["E. coli", 1184, 78, 90],
                            ["K. pneumoniae", 311, 88, 91],
                        ],
                        "Gram pos": [["Organism", "n", "Oxacillin %S"], ["S. aureus", 402, 69]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinician specialty directory",
        notes="Hard negative: pathologist on-call list with names, specialties, NPIs.",
        frm="Pathology Office <pathology@lakesidecommunityhosp.org>",
        to="medicalstaff.office@lakesidecommunityhosp.org",
        subject="Pathology call schedule December",
        body=(
            "Dec 1-7  Dr. Ingrid Solvang, hematopathology, NPI 1391393661\n"
            "Dec 8-14 Dr. Abdul-Rahman Qureshi, surgical pathology / GI, NPI 1601390093\n"
            "Dec 15-21 Dr. Ingrid Solvang\nDec 22-31 Dr. Teodora Vlasic, cytopathology, NPI 1287856482\n\n"
            "Frozen sections: page the pathologist on call via operator."
        ),
    ),
    Spec(
        phi=False,
        category="test patient validation",
        notes="Hard negative: LIS interface validation with clearly labelled synthetic test patient ZZTEST.",
        frm="LIS Analyst <lis.interface@lakesidecommunityhosp.org>",
        to="interfaces@quantumreflabs.com",
        subject="Validation messages for orders interface - TEST patients only",
        body=(
            "Sent 6 test orders for ZZTEST, LABONE (MRN TEST000001, DOB 01/01/1900) to your TEST "
            "environment: CBC, CMP, TSH, HIV-1/2 Ag/Ab, lead, vitamin D. These are synthetic "
            "patients, please do not bill. Please confirm ORM acknowledgements."
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice",
        notes="Hard negative: reagent vendor invoice with PO number shaped like an SSN.",
        frm="Accounts Payable <ap@lakesidecommunityhosp.org>",
        to="ar@midwestdiagsupply.com",
        subject="Remittance PO 448-21-7730",
        body=(
            "Remittance for PO 448-21-7730: blood culture bottles (BacT aerobic x 500, anaerobic x "
            "500), $18,420.00 via ACH 11/12. Invoice 90017734 closed.\n\nAP Team"
        ),
    ),
    Spec(
        phi=False,
        category="staff notice: competency",
        notes="Staff names with competency due dates - workforce, not patients.",
        frm="Lab Education <labeducation@lakesidecommunityhosp.org>",
        to="lab.staff@lakesidecommunityhosp.org",
        subject="Competency assessments due 11/30",
        body=(
            "Still outstanding: Tran Minh, Cassidy Forsberg, Oluwaseun Adebayo, Brianna Kettleson. "
            "Direct observation of blood culture set-up and the new urinalysis analyzer must be "
            "signed off by your lead."
        ),
    ),
    Spec(
        phi=False,
        category="job posting",
        notes="Hard negative: job posting listing lab disciplines including HIV and TB testing.",
        frm="Talent Acquisition <careers@lakesidecommunityhosp.org>",
        to="postings@wisconsinlabjobs.org",
        subject="Posting: Medical Laboratory Scientist - Microbiology (nights)",
        body=(
            "Lakeside Community Hospital seeks an MLS for night-shift microbiology: blood cultures, "
            "MALDI-TOF ID, AFB smears, HIV and hepatitis serology. ASCP certification required. "
            "$38-$49/hr plus differential. Apply at lakesidecommunityhosp.org/careers."
        ),
    ),
    Spec(
        phi=False,
        category="payroll/HR",
        notes="Hard negative: HR mail about FMLA policy and payroll dates; no patients.",
        frm="HR Service Center <hr@lakesidecommunityhosp.org>",
        to="lab.staff@lakesidecommunityhosp.org",
        subject="Payroll calendar and FMLA paperwork reminder",
        body=(
            "Thanksgiving week payroll closes Tuesday 11/24 at noon. Staff on FMLA or short-term "
            "disability: certification renewals go to Sedgwick, not to your manager. Your own "
            "medical details should never be emailed to the department."
        ),
    ),
    Spec(
        phi=False,
        category="policy document",
        notes="Hard negative: DOCX specimen labeling policy with example label fields only.",
        frm="Quality Coordinator <labquality@lakesidecommunityhosp.org>",
        to="lab.leads@lakesidecommunityhosp.org",
        subject="Revised LAB-PR-014 specimen labeling policy",
        body="Revision 7 attached; effective 12/1. Change: two identifiers must be printed, not handwritten.",
        atts=(
            Att(
                "LAB-PR-014_rev7.docx",
                DOCX,
                docx(
                    [
                        "LAB-PR-014 Specimen Labeling",
                        "Two patient identifiers (full name and date of birth or MRN) at the bedside.",
                        "Unlabeled or mislabeled blood bank specimens are rejected without exception.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="courier route change",
        notes="Route logistics between lab and courier, no patients.",
        frm="Deb Rasmussen <drasmussen@lakesidecommunityhosp.org>",
        to="dispatch@carelinkcourier.com",
        subject="Route 7 pickup time change starting Monday",
        body=(
            "Starting 11/16 please move the Verona Family Medicine stop on Route 7 from 15:30 to "
            "16:15; their last draws run late. Oregon clinic stays at 14:45.\n\nThanks, Deb"
        ),
    ),
    Spec(
        phi=False,
        category="HTML lab newsletter",
        notes="Hard negative: HTML-only newsletter on RSV testing and the new HbA1c method, no individual.",
        frm="Lakeside Lab News <labnews@lakesidecommunityhosp.org>",
        to="providers@lakesidecommunityhosp.org",
        subject="Lab Bulletin: RSV/flu/COVID multiplex, A1c method change",
        body="",
        html=(
            "<h2>Lab Bulletin - November</h2><ul><li>Respiratory multiplex PCR now 24/7; "
            "turnaround 90 min.</li><li>HbA1c moves to HPLC 12/1; results may run 0.1-0.2% "
            "lower.</li><li>Reminder: order Blood Culture x2 before antibiotics in suspected "
            "sepsis.</li></ul><p>Questions: Dr. Celeste Amadi, Laboratory Medical Director</p>"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate TAT report",
        notes="Hard negative: ED troponin turnaround times, aggregate.",
        frm="Lab Operations <labops@lakesidecommunityhosp.org>",
        to="ed.leadership@lakesidecommunityhosp.org",
        subject="October ED troponin TAT",
        body=(
            "Median receipt-to-result 31 min (n=2,204), 90th pct 47 min. 6 outliers all on "
            "10/18 during analyzer downtime. Sepsis lactate median 24 min."
        ),
    ),
    Spec(
        phi=False,
        category="proficiency testing",
        notes="Hard negative: CAP proficiency survey sample results - PT samples, not patients.",
        frm="Renata Okonkwo <rokonkwo@lakesidecommunityhosp.org>",
        to="lab.leads@lakesidecommunityhosp.org",
        subject="CAP D-B 2026 results: 100%",
        body=(
            "All five challenges acceptable: D-06 Salmonella enterica, D-07 Streptococcus "
            "pyogenes, D-08 Neisseria gonorrhoeae, D-09 Candida auris, D-10 no pathogen."
            + SIG_MICRO
        ),
    ),
    Spec(
        phi=False,
        category="supply recall",
        notes="Hard negative: manufacturer recall of blood culture bottle lots.",
        frm="Lab Materials <labmaterials@lakesidecommunityhosp.org>",
        to="lab.staff@lakesidecommunityhosp.org",
        subject="RECALL: aerobic bottle lot 4318720 - pull from stock",
        body=(
            "Manufacturer notice: lot 4318720 may show false-positive signals. Pull all remaining "
            "bottles from ED, 3N and 4W carts by end of shift and return to receiving."
        ),
    ),
    Spec(
        phi=False,
        category="meeting invite",
        notes="ICS invite for a lab-courier quarterly review meeting.",
        frm="Deb Rasmussen <drasmussen@lakesidecommunityhosp.org>",
        to="ops@carelinkcourier.com",
        subject="Quarterly courier review",
        body="Invite for our Q4 review. Agenda: on-time %, temperature excursions, new Oregon stop.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lakeside Lab//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:h36-qbr-77@lakesidecommunityhosp.org\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261203T200000Z\r\nDTEND:20261203T210000Z\r\n"
            "SUMMARY:Lakeside Lab / CareLink Q4 review\r\nLOCATION:Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: de-identified CSV of ferritin values with age bands and year only for IRB study.",
        frm="Dr. Celeste Amadi <camadi@lakesidecommunityhosp.org>",
        to="research.core@uwhealthresearch.org",
        subject="De-identified ferritin extract (IRB 2026-118)",
        body="Safe Harbor de-identified per honest broker; no dates below year, ages banded, no ZIP.",
        atts=(
            Att(
                "ferritin_deid.csv",
                "text/csv",
                "study_id,age_band,sex,year,ferritin_ng_ml,hgb_g_dl\n"
                "S0001,40-49,F,2025,8,10.9\nS0002,60-69,M,2025,412,13.8\nS0003,30-39,F,2026,15,11.7\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT notice",
        notes="IT downtime notice for LIS upgrade.",
        frm="IT Service Desk <servicedesk@lakesidecommunityhosp.org>",
        to="lab.staff@lakesidecommunityhosp.org",
        subject="LIS downtime Sun 11/15 01:00-04:00",
        body=(
            "The LIS will be unavailable for the version 9.4 upgrade. Use downtime requisitions; "
            "label with downtime numbers D-0001 onward. Critical values by phone only."
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes="Hard negative: regional transfusion conference agenda with case-study topics and speaker names.",
        frm="Hollis Grady <hgrady@lakesidecommunityhosp.org>",
        to="bloodbank.team@lakesidecommunityhosp.org",
        subject="Midwest transfusion symposium agenda",
        body=(
            "08:30 Warm autoimmune hemolytic anemia workups - Dr. Farah Siddiqui\n"
            "10:00 Massive transfusion in obstetric hemorrhage - Dr. Luis Carvajal\n"
            "13:00 Anti-CD38 interference with daratumumab - panel\n\nLet me know if you want to go."
        ),
    ),
    Spec(
        phi=False,
        category="send-out pricing to partner",
        notes="Client pricing discussion with reference lab, test names only.",
        frm="Send-Out Desk <sendouts@lakesidecommunityhosp.org>",
        to="clientservices@quantumreflabs.com",
        subject="2027 fee schedule - questions",
        body=(
            "Two questions on the 2027 schedule: (1) BRCA1/2 full sequencing went from $1,150 to "
            "$1,390 - is that the new NGS panel? (2) Is celiac reflex still billed as one code? "
            "Our annual volume is ~340 and ~520 respectively."
        ),
    ),
    Spec(
        phi=False,
        category="executive message",
        notes="Executive update with aggregate volumes; no individuals.",
        frm="Marguerite Ellison <mellison@lakesidecommunityhosp.org>",
        to="lab.staff@lakesidecommunityhosp.org",
        subject="Thank you - record outreach volume",
        body=(
            "Team, outreach hit 41,200 draws in October, up 9% year over year, with zero "
            "reportable transfusion events. Pizza in the break room Friday.\n\nMarguerite Ellison\n"
            "VP, Laboratory Services"
        ),
    ),
]
