"""Quantum Reference Labs: client services, billing, interfaces, corporate (36)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import XLSX, encrypted_zip, pdf, xlsx
from _spec import Att, Spec

SIG_CS = (
    "\n\nJordan Whitcombe\nClient Services Representative\nQuantum Reference Labs | 800-555-0187"
)
SIG_BILL = "\n\nPatient Billing Services\nQuantum Reference Labs\nMon-Fri 7am-7pm CT, 800-555-0163"

X12_837 = (
    "ISA*00*          *00*          *ZZ*QUANTUMREF     *ZZ*DAIRYLANDHW    *261110*1015*^*00501*000004417*0*P*:~"
    "GS*HC*QUANTUMREF*DAIRYLANDHW*20261110*1015*4417*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*IL*1*OKAFOR*CHIDINMA****MI*DHW771204558~DMG*D8*19830219*F~"
    "CLM*QRL2611-88412*385***81*B*1*Y*A*Y*Y~HI*ABK:O09.523~"
    "SV1*HC:81220*385*UN*1***1~SE*8*0001~GE*1*4417~IEA*1*000004417~"
)
X12_835 = (
    "ISA*00*          *00*          *ZZ*MERIDIANMC     *ZZ*QUANTUMREF     *261109*0800*^*00501*000771002*0*P*:~"
    "ST*835*0001~BPR*I*18250.00*C*ACH~CLP*AGG-NOV-BATCH*1*18250*18250**12~"
    "SE*4*0001~IEA*1*000771002~"
)
HL7_ORM = (
    "MSH|^~\\&|QRL|QUANTUM|LCH_LIS|LAKESIDE|202611111030||ORU^R01|QRL-99120|P|2.5.1\r"
    "PID|1||LCH00601932^^^LCH^MR||Mbeki^Thandiwe||19760512|F\r"
    "OBR|1||Q26-5518201|ANTICCP^Anti-CCP IgG\r"
    "OBX|1|NM|ANTICCP^Anti-CCP IgG||148|U|<20|H|||F\r"
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="reference result returned via HL7",
        notes="Hard positive: HL7 ORU attachment with name, MRN and positive anti-CCP; body neutral.",
        frm="QRL Interfaces <interfaces@quantumreflabs.com>",
        to="lis.interface@lakesidecommunityhosp.org",
        subject="Manual resend Q26-5518201",
        body="Resending the one ORU that your engine NAK'd (AE, segment length). Please reprocess.",
        atts=(Att("Q26-5518201.hl7", "application/hl7-v2", HL7_ORM),),
    ),
    Spec(
        phi=True,
        category="claim file X12 837",
        notes="Hard positive: X12 837 with member id, DOB and a pregnancy diagnosis plus genetic test CPT 81220.",
        frm="QRL Revenue Cycle <rcm@quantumreflabs.com>",
        to="edi.support@dairylandhealth.com",
        subject="Rejected batch 4417 - corrected file",
        body="Corrected 837P for batch 4417 attached (loop 2010BA fixed). Please confirm 999.",
        atts=(Att("batch4417_corrected.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="patient billing reply",
        notes="Billing reply to patient's aol mailbox confirming a genetic carrier test charge and account.",
        frm="Patient Billing <patientbilling@quantumreflabs.com>",
        to="hank.greenleaf@aol.com",
        subject="RE: Invoice 5512-0097",
        body=(
            "Dear Mr. Greenleaf,\n\nInvoice 5512-0097 is for the cystic fibrosis carrier screen "
            "performed for your wife, Annette Greenleaf, on 09/18/2026. Your insurer paid $210; the "
            "remaining $95.00 is your coinsurance. We can set up a payment plan if you prefer."
            + SIG_BILL
        ),
    ),
    Spec(
        phi=True,
        category="add-on request confirmation",
        notes="Client services confirms add-on test for a named patient with DOB.",
        frm="Jordan Whitcombe <jwhitcombe@quantumreflabs.com>",
        to="sendouts@lakesidecommunityhosp.org",
        subject="RE: add-on for Moreau",
        body=(
            "Confirmed - JAK2 exon 12 reflex added to Adele Moreau (DOB 12/30/1960), specimen "
            "Q26-5520877, since V617F was negative. Expected TAT 7 days." + SIG_CS
        ),
    ),
    Spec(
        phi=True,
        category="xlsx aging report with patients",
        notes="Hard positive: multi-sheet workbook: summary aggregate, second sheet with patient names, member ids and denied claim lines.",
        frm="QRL Revenue Cycle <rcm@quantumreflabs.com>",
        to="billing@northwoodsclinic.com",
        subject="Client bill aging - November",
        body="Aging attached. Please review the denials tab and send us corrected insurance.",
        atts=(
            Att(
                "aging_northwoods_nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [["Bucket", "Amount"], ["0-30", 12400], ["31-60", 3310]],
                        "Denials": [
                            ["Patient", "DOB", "Member ID", "CPT", "Denial"],
                            ["Rasheed Al-Amin", "1969-04-02", "MCW3318820041", "87491", "CO-16"],
                            ["Colleen Fairbanks", "1990-11-17", "MCW5527301198", "86803", "CO-197"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip of reports with password hint",
        notes="Encrypted zip of reports; body names the patient and the test so the body itself carries PHI.",
        frm="Jordan Whitcombe <jwhitcombe@quantumreflabs.com>",
        to="office@lakeshoreneurology.com",
        subject="Reports you requested",
        body=(
            "Attached are the final reports for Theodore Baptiste's paraneoplastic antibody panel "
            "and the repeat CSF oligoclonal bands. Password sent by text to your office line."
            + SIG_CS
        ),
        atts=(
            Att(
                "reports.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Baptiste_report.txt": "Final: anti-Hu positive 1:640. Oligoclonal bands: 4 CSF-specific."
                    },
                    "Lakeshore#2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare ABN issue",
        notes="MBI and test with patient name in an ABN follow-up.",
        frm="QRL Revenue Cycle <rcm@quantumreflabs.com>",
        to="frontdesk@eastsidecommunityclinic.org",
        subject="ABN needed - vitamin D screening",
        body=(
            "Medicare denied 82306 for Ruth Albright, MBI 4HT7-QW2-KR58, DOS 10/21/2026 (Z13.21 "
            "does not support medical necessity). Without a signed ABN we cannot bill the patient. "
            "Please send it if you have one."
        ),
    ),
    Spec(
        phi=True,
        category="PDF final report to provider",
        notes="Hard positive: PDF report: patient name, DOB, BRCA2 pathogenic variant.",
        frm="QRL Genetics <genetics.reports@quantumreflabs.com>",
        to="genetic.counseling@lakesidecommunityhosp.org",
        subject="Final report Q26-5509920",
        body="Final report attached. A genetic counselor is available for a provider consult.",
        atts=(
            Att(
                "Q26-5509920_final.pdf",
                "application/pdf",
                pdf(
                    [
                        "QUANTUM REFERENCE LABS - Hereditary Cancer Panel",
                        "Patient: Lucinda Harrow   DOB: 08/14/1979   Sex: F",
                        "RESULT: POSITIVE - BRCA2 c.5946delT (p.Ser1982fs), pathogenic",
                        "Ordering: Dr. Mei-Ling Zhou",
                    ],
                    "Final report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded complaint with result",
        notes="Forwarded patient complaint (rfc822) about delayed drug screen result; includes her email, name and test.",
        frm="Client Services <clientservices@quantumreflabs.com>",
        to="quality@quantumreflabs.com",
        subject="Fwd: complaint - results delay",
        body="Escalating per SOP CS-11. Please log and respond within 5 business days.",
        forward=Spec(
            phi=True,
            category="x",
            notes="x",
            frm="Tamara Szymanski <tamara.szymanski@gmail.com>",
            to="clientservices@quantumreflabs.com",
            subject="results delay",
            body=(
                "My urine drug screen for my methadone program was collected 11/2 and the clinic "
                "still has nothing. I'm at risk of losing my take-homes. Tamara Szymanski, DOB 5/5/1987."
            ),
        ),
    ),
    Spec(
        phi=True,
        category="quiet initials roster",
        notes="Hard positive: list of specimens with only initials+DOB and the test (HIV genotype, hep C) needing recollection.",
        frm="Processing Supervisor <processing@quantumreflabs.com>",
        to="lab@harborviewhealthcenter.org",
        subject="QNS specimens from Tuesday",
        body=(
            "The following were QNS and need recollection:\n"
            "  - J.M.R.  03/19/1972  HIV-1 genotype\n"
            "  - L.A.   11/02/1998  Hep C RNA quant\n"
            "  - D.O.K. 06/27/1955  BCR-ABL quant\n\nMin volume 3 mL plasma each."
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only statement",
        notes="HTML-only billing statement to patient's gmail with name, account and services.",
        frm="Quantum Reference Labs <statements@quantumreflabs.com>",
        to="oscar.delahaye@gmail.com",
        subject="Your Quantum Reference Labs statement is ready",
        body="",
        html=(
            "<p>Hello Oscar Delahaye,</p><p>Account <b>QA-30018842</b> balance <b>$64.20</b>.</p>"
            "<table border=1><tr><td>10/30/2026</td><td>Lyme disease antibody, Western blot</td>"
            "<td>$64.20</td></tr></table><p>Pay at quantumreflabs.com/pay.</p>"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR ServiceRequest",
        notes="FHIR ServiceRequest with patient name and order for fetal sex / NIPT.",
        frm="QRL Interfaces <interfaces@quantumreflabs.com>",
        to="emr.integration@valleyobgyn.com",
        subject="Example failing payload from your system",
        body="This is the real payload from this morning that failed validation (missing performer).",
        atts=(
            Att(
                "servicerequest_fail.json",
                "application/fhir+json",
                '{"resourceType": "ServiceRequest", "status": "active", "code": {"text": '
                '"Cell-free DNA prenatal screen"}, "subject": {"display": "Priyanka Venkataraman",'
                ' "identifier": {"value": "VOB-220914"}}, "authoredOn": "2026-11-10",'
                ' "reasonCode": [{"text": "Advanced maternal age, 12 weeks"}]}\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="courier pickup for named patient sample",
        notes="Stat pickup request naming patient and CSF meningitis workup.",
        frm="Client Services <clientservices@quantumreflabs.com>",
        to="dispatch@carelinkcourier.com",
        subject="STAT pickup Lakeside - CSF",
        body=(
            "Please dispatch to Lakeside lab dock for a STAT CSF on Ezekiel Pham, age 4, r/o "
            "bacterial meningitis, ambient. Account QRL-11820." + SIG_CS
        ),
    ),
    Spec(
        phi=True,
        category="collections letter",
        notes="Collections notice to patient's hotmail with address and pathology service.",
        frm="Patient Billing <patientbilling@quantumreflabs.com>",
        to="vkristiansen@hotmail.com",
        subject="Final notice before collections",
        body=(
            "Valdis Kristiansen\n1422 Burr Oak Dr, Janesville WI 53545\n\nYour balance of $318.40 "
            "for the prostate biopsy pathology (DOS 08/03/2026) is 120 days past due." + SIG_BILL
        ),
    ),
    Spec(
        phi=True,
        category="result clarification reply thread",
        notes="Reply thread quoting clinic question about a named patient's lead level.",
        frm="Dr. Ramon Estrada <restrada@quantumreflabs.com>",
        to="peds@northwoodsclinic.com",
        subject="RE: lead level question",
        body=(
            "Yes, the venous confirmation matters - 9.8 ug/dL is above the CDC reference value, so "
            "report it to the health department.\n\nRamon Estrada, MD, Associate Medical Director\n\n"
            "> Ayden Whitehorse (DOB 2/14/2024) capillary lead 12, venous 9.8. Do we report?\n"
            "> - Northwoods Peds"
        ),
    ),
    Spec(
        phi=True,
        category="subject-only accession and name",
        notes="Hard positive: subject holds patient name and 'HCG quant'; body just says 'done'.",
        frm="Jordan Whitcombe <jwhitcombe@quantumreflabs.com>",
        to="frontdesk@eastsidecommunityclinic.org",
        subject="Nadia Ferrante - serial HCG quant added",
        body="Done, added to the existing draw. No recollection needed." + SIG_CS,
    ),
    Spec(
        phi=True,
        category="SSN on requisition correction",
        notes="Demographic correction with SSN and name plus a hepatitis B immunity result.",
        frm="Client Services <clientservices@quantumreflabs.com>",
        to="occhealth@northwoodsclinic.com",
        subject="Corrected patient demographics",
        body=(
            "We corrected the patient record: Curtis Lamontagne, SSN 519-42-3307 (was keyed as "
            "519-42-3370). His hepatitis B surface antibody is <5 mIU/mL, non-immune; Dr. Bechtel "
            "may want to restart the vaccine series."
        ),
    ),
    Spec(
        phi=True,
        category="PDF requisition in reply",
        notes="Hard positive: PDF requisition image text with patient address and Pap/HPV order; body bland.",
        frm="Client Services <clientservices@quantumreflabs.com>",
        to="frontdesk@valleyobgyn.com",
        subject="RE: requisition unreadable",
        body="Here is what we received; the insurance section is blank. Please fax a complete copy.",
        atts=(
            Att(
                "req_scan_20261111.pdf",
                "application/pdf",
                pdf(
                    [
                        "QUANTUM REFERENCE LABS REQUISITION",
                        "Patient: Sofia Brandvold  DOB 02/07/1996",
                        "Address: 3315 Kessel Rd, Middleton WI 53562",
                        "Tests: ThinPrep Pap with HPV high-risk reflex. Dx Z01.419",
                    ],
                    "Requisition",
                ),
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="835 aggregate remittance",
        notes="Hard negative: X12 835 for an aggregate batch, no patient loops.",
        frm="QRL Revenue Cycle <rcm@quantumreflabs.com>",
        to="treasury@quantumreflabs.com",
        subject="Meridian ERA 11/09 - batch total only",
        body="Attached ERA is the bundled capitation payment, no claim-level detail. Posted to GL 4120.",
        atts=(Att("meridian_835_1109.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=False,
        category="test menu update",
        notes="Hard negative: test menu changes listing diseases and CPT codes; no individual.",
        frm="QRL Client Services <clientservices@quantumreflabs.com>",
        to="clients@quantumreflabs.com",
        subject="Test menu changes effective 12/7",
        body=(
            "NEW: Alpha-gal IgE (CPT 86003). CHANGED: HIV-1 genotype now includes integrase, TAT 8 "
            "days. DISCONTINUED: Lyme C6 peptide (use two-tier modified). Huntington disease repeat "
            "analysis moves to the Phoenix site."
        ),
    ),
    Spec(
        phi=False,
        category="price list PDF",
        notes="Client fee schedule PDF.",
        frm="QRL Sales <sales@quantumreflabs.com>",
        to="sendouts@lakesidecommunityhosp.org",
        subject="2027 fee schedule (final)",
        body="Final 2027 client fee schedule attached, as discussed with your director.",
        atts=(
            Att(
                "QRL_2027_fees_Lakeside.pdf",
                "application/pdf",
                pdf(
                    [
                        "QUANTUM REFERENCE LABS 2027 CLIENT FEE SCHEDULE - LAKESIDE",
                        "81162 BRCA1/2 full sequence ........ $1,390.00",
                        "86364 Celiac reflex panel .......... $61.00",
                        "87491 Chlamydia NAAT ............... $29.50",
                    ],
                    "Fee schedule",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="medical director bio",
        notes="Hard negative: clinician name with specialty and NPI, DEA in credentialing mail.",
        frm="Medical Staff Office <credentialing@quantumreflabs.com>",
        to="credentialing@lakesidecommunityhosp.org",
        subject="Credentialing packet: Dr. Ramon Estrada",
        body=(
            "Dr. Ramon Estrada, MD, board certified in anatomic & clinical pathology and medical "
            "microbiology. NPI 1812085516. DEA BE1847269 (Wisconsin). CLIA director of record for "
            "our Madison site. CV and license verification to follow."
        ),
    ),
    Spec(
        phi=False,
        category="CLIA/CAP inspection notice",
        notes="Inspection logistics.",
        frm="QRL Quality <quality@quantumreflabs.com>",
        to="allstaff@quantumreflabs.com",
        subject="CAP inspection window opens 12/1",
        body=(
            "Our unannounced CAP inspection window opens Dec 1. Section leads: confirm temperature "
            "logs, reagent lot checks and competency files are current. Mock tracer Wednesday."
        ),
    ),
    Spec(
        phi=False,
        category="specimen stability guidance",
        notes="Hard negative: guidance on stability of samples for TB, HIV, ammonia - topic only.",
        frm="Jordan Whitcombe <jwhitcombe@quantumreflabs.com>",
        to="lab@harborviewhealthcenter.org",
        subject="RE: stability for weekend draws",
        body=(
            "HIV-1 RNA: plasma frozen is stable 30 days. QuantiFERON: incubate within 16 h. Ammonia: "
            "on ice, test within 30 min - do not send those to us, run locally.\n\n> can we draw "
            "Sat and ship Mon?" + SIG_CS
        ),
    ),
    Spec(
        phi=False,
        category="aggregate positivity report",
        notes="Hard negative: aggregate STI positivity by county for health department.",
        frm="QRL Epidemiology <epi@quantumreflabs.com>",
        to="surveillance@dhs.wisconsin.gov",
        subject="Q3 aggregate CT/GC positivity by county",
        body=(
            "Q3 2026 aggregate, all clients: Dane chlamydia 5.8% (n=14,220), gonorrhea 1.4%; Rock "
            "CT 6.9% (n=3,901), GC 2.1%. Cells under 11 suppressed."
        ),
        atts=(
            Att(
                "q3_ctgc_county.xlsx",
                XLSX,
                xlsx(
                    {
                        "CT": [
                            ["County", "Tests", "Pos %"],
                            ["Dane", 14220, 5.8],
                            ["Rock", 3901, 6.9],
                        ],
                        "GC": [
                            ["County", "Tests", "Pos %"],
                            ["Dane", 14220, 1.4],
                            ["Rock", 3901, 2.1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sales outreach",
        notes="Sales email to a clinic about a pharmacogenomics panel.",
        frm="Brielle Cavanaugh <bcavanaugh@quantumreflabs.com>",
        to="practice.manager@northwoodsclinic.com",
        subject="Pharmacogenomics panel - lunch & learn?",
        body=(
            "Hi Tom, our PGx panel (CYP2C19, CYP2D6, SLCO1B1) now returns in 5 days. Happy to bring "
            "lunch and walk your providers through the report. Any Thursday in December?\n\nBrielle"
        ),
    ),
    Spec(
        phi=False,
        category="compliance reminder",
        notes="Hard negative: compliance reminder about sending patient reports securely and training completion rate; no individual.",
        frm="QRL Compliance <compliance@quantumreflabs.com>",
        to="allstaff@quantumreflabs.com",
        subject="Reminder: never email reports unencrypted",
        body=(
            "Patient reports go through the portal or secure mail only. If a client insists, use "
            "[SECURE] in the subject. Annual HIPAA training closes 12/15; 87% complete."
        ),
    ),
    Spec(
        phi=False,
        category="supply shortage notice",
        notes="Hard negative: BD tube shortage with conservation guidance.",
        frm="QRL Client Services <clientservices@quantumreflabs.com>",
        to="clients@quantumreflabs.com",
        subject="Supply alert: light-blue citrate tubes on allocation",
        body=(
            "Citrate tubes are on manufacturer allocation through January. Order coagulation "
            "testing only when clinically indicated; we will accept 2.7 mL and 1.8 mL draws."
        ),
    ),
    Spec(
        phi=False,
        category="HR benefits",
        notes="Hard negative: open enrollment mail mentioning EAP and diabetes program generally.",
        frm="QRL People Team <people@quantumreflabs.com>",
        to="allstaff@quantumreflabs.com",
        subject="Open enrollment ends Friday",
        body=(
            "Last call: 2027 medical, dental, vision elections close 11/13. New this year: a "
            "diabetes prevention program and a free EAP counseling benefit. Elections in Workday."
        ),
    ),
    Spec(
        phi=False,
        category="interface spec",
        notes="HL7 interface spec with placeholder example values labelled as example.",
        frm="QRL Interfaces <interfaces@quantumreflabs.com>",
        to="lis.interface@lakesidecommunityhosp.org",
        subject="OBX-5 formatting change for microbiology",
        body=(
            "From 12/14 micro ORUs send OBX-5 as CWE with SNOMED organism codes. Example segment "
            "(synthetic): OBX|1|CWE|600-7^Bacteria identified^LN||112283007^Escherichia coli^SCT\n"
            "No PID values change."
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice",
        notes="Hard negative: invoice number shaped like an SSN with account id.",
        frm="QRL Accounts Receivable <ar@quantumreflabs.com>",
        to="ap@lakesidecommunityhosp.org",
        subject="Invoice 531-60-2284 - October referral testing",
        body=(
            "Invoice 531-60-2284 for October referral testing, client account QRL-11820, total "
            "$74,912.35, net 45. Detail available in the client portal."
        ),
    ),
    Spec(
        phi=False,
        category="webinar agenda",
        notes="Hard negative: webinar on sepsis biomarkers with clinician speakers.",
        frm="QRL Education <education@quantumreflabs.com>",
        to="kfoley.pharmd@outlook.com",
        subject="Webinar 12/9: procalcitonin and sepsis",
        body=(
            "Thanks for registering. Join Dr. Amara Nwachukwu (infectious diseases) and Dr. Henrik Solberg (clinical "
            "chemistry) on procalcitonin-guided antibiotic stopping. 1.0 P.A.C.E. credit."
        ),
    ),
    Spec(
        phi=False,
        category="courier contract",
        notes="Courier contract renewal between reference lab and courier.",
        frm="QRL Logistics <logistics@quantumreflabs.com>",
        to="contracts@carelinkcourier.com",
        subject="Renewal terms - Midwest routes",
        body=(
            "We accept 3.5% increase on Midwest routes for 2027 provided on-time pickup stays "
            "above 97% and temperature excursions below 0.5%. Redline to follow."
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing warning",
        notes="IT security warning.",
        frm="QRL IT Security <security@quantumreflabs.com>",
        to="allstaff@quantumreflabs.com",
        subject="Phishing: fake 'results portal' login",
        body=(
            "A spoofed page at quantumreflabs-results[.]com is harvesting credentials. Do not "
            "click. Report with the Phish button. MFA resets via the service desk only."
        ),
    ),
    Spec(
        phi=False,
        category="de-identified validation data",
        notes="Hard negative: method comparison data with sample numbers only (residual de-identified samples).",
        frm="Dr. Henrik Solberg <hsolberg@quantumreflabs.com>",
        to="labquality@lakesidecommunityhosp.org",
        subject="Vitamin D method comparison (de-identified residuals)",
        body=(
            "Passing-Bablok slope 1.03, intercept -0.8 ng/mL, n=60 de-identified residual sera. "
            "Sample 01: 18.2 vs 17.9; Sample 02: 41.0 vs 42.6; Sample 03: 9.4 vs 8.7."
        ),
    ),
    Spec(
        phi=False,
        category="executive announcement",
        notes="CEO announcement of acquisition.",
        frm="Office of the CEO <ceo@quantumreflabs.com>",
        to="allstaff@quantumreflabs.com",
        subject="Quantum to acquire Prairie Pathology Associates",
        body=(
            "Today we signed a definitive agreement to acquire Prairie Pathology Associates, adding "
            "11 pathologists and 240,000 annual cases. No changes to your roles.\n\n"
            "Vivian Achterberg, CEO"
        ),
    ),
]
