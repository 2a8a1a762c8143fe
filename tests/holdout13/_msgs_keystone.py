# ruff: noqa: E501
"""Keystone Reference Laboratory (client services, courier, billing) outbound mail, hand-labelled."""

from __future__ import annotations

import json

from _att import XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import KRL, MWH, RCHC, Att, Spec

SIG = (
    "\n\nKeystone Reference Laboratory | Client Services\n"
    "800-555-0199 option 2 | CLIA 36D0912840 | CAP 7714402\n"
)

_ORU = (
    "MSH|^~\\&|KRLLIS|KEYSTONE|RBEHR|RIVERBEND|20261110061500||ORU^R01|KRL88412|P|2.5.1\r"
    "PID|1||RB00331902^^^RB^MR||OKAFOR^CHIDI||19790614|M|||77 Tanner Ave^^Millbrook^OH^45302\r"
    "OBR|1|RB44102|K2611050331|80061^LIPID PANEL^CPT|||20261105083000\r"
    "OBX|1|NM|2093-3^Cholesterol^LN||262|mg/dL|<200|H|||F\r"
    "OBX|2|NM|13457-7^LDL calc^LN||181|mg/dL|<100|H|||F\r"
)

_ORU_TEST = (
    "MSH|^~\\&|KRLLIS|KEYSTONE|MWHEHR|MAGNOLIA|20261110061500||ORU^R01|KRLTEST7|T|2.5.1\r"
    "PID|1||TST99001^^^KRL^MR||TESTPATIENT^VALIDATION^^^^^T||19000101|F\r"
    "OBR|1|VAL001|KVAL001|86592^RPR^CPT\r"
    "OBX|1|ST|20507-0^RPR^LN||Nonreactive||Nonreactive|N|||F\r"
)

_FHIR_OBS = json.dumps(
    {
        "resourceType": "DiagnosticReport",
        "status": "final",
        "code": {"text": "Hepatitis C RNA, quantitative"},
        "subject": {"reference": "Patient/RB00120458", "display": "Nguyen, Bao"},
        "effectiveDateTime": "2026-11-05T09:10:00-05:00",
        "conclusion": "HCV RNA 1,240,000 IU/mL (detected)",
    },
    indent=1,
)

_PHI: list[Spec] = [
    Spec(
        phi=True,
        category="HL7 ORU result file",
        notes="HL7 ORU attachment only: patient name, address, DOB and high lipid results.",
        frm=f"Keystone Interfaces <interfaces@{KRL}>",
        to=f"interfaces@{RCHC}",
        subject="Resend of results that failed your inbound interface",
        body="These failed on your side at 06:15 (ACK AE). Resending as a file for manual load.\n",
        atts=(Att("KRL88412.hl7", "application/hl7-v2", _ORU),),
    ),
    Spec(
        phi=True,
        category="FHIR DiagnosticReport",
        notes="FHIR JSON attachment: patient name, MRN and detected HCV RNA.",
        frm=f"Keystone Interfaces <interfaces@{KRL}>",
        to=f"labdesk@{RCHC}",
        subject="Manual result - HCV RNA",
        body="Attached result did not file automatically (unmatched order). Please reconcile.\n",
        atts=(Att("DR_K2611050412.json", "application/fhir+json", _FHIR_OBS),),
    ),
    Spec(
        phi=True,
        category="specimen rejection notice",
        notes="Client services: specimen rejected, patient name, DOB, test, recollect.",
        frm=f"Client Services <clientservices@{KRL}>",
        to=f"labdesk@{RCHC}",
        subject="Specimen rejected - recollection needed",
        body=(
            "Good morning,\n\nThe following specimen was rejected on receipt:\n\n"
            "  Patient: Lindqvist, Hanna   DOB 02/08/1992\n  Test: HIV-1/2 Ag/Ab 4th gen\n"
            "  Reason: hemolyzed, unlabeled tube (only requisition labeled)\n\n"
            "Please recollect and note the original accession K2611050388 on the new requisition "
            "so the charge is not duplicated." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="courier manifest CSV",
        notes="Hard positive: courier manifest CSV with patient last names and specimen types only.",
        frm=f"Courier Dispatch <dispatch@{KRL}>",
        to="routes@swiftmedcourier.com",
        subject="Route 7 manifest - 11/10 PM pickup",
        body="Route 7 manifest attached. Frozen box at Magnolia needs dry ice.\n",
        atts=(
            Att(
                "route7_manifest_1110.csv",
                "text/csv",
                "stop,client,accession,patient,specimen,temp\n"
                "1,Riverbend CHC,K2611100051,OKAFOR C,SST x2,ambient\n"
                "1,Riverbend CHC,K2611100052,REYES-LUNA M,urine culture,refrigerated\n"
                "2,Magnolia WH,K2611100077,GALINDO Y,AMH / estradiol serum,frozen\n"
                "2,Magnolia WH,K2611100078,PARK J,beta hCG quant,ambient\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient billing statement PDF",
        notes="PDF statement to patient's gmail with name, account, tests billed.",
        frm=f"Patient Billing <patientbilling@{KRL}>",
        to="frank.delgado.55@gmail.com",
        subject="Your Keystone Laboratory statement",
        body="Your statement is attached. Pay online at keystonelab.com/pay or call 800-555-0199.\n",
        atts=(
            Att(
                "statement_KB7723019.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE REFERENCE LABORATORY - PATIENT STATEMENT",
                        "Francisco Delgado   Account KB7723019",
                        "1180 Larkspur Dr, Millbrook OH 45302",
                        "DOS 09/22/2026  PSA total (84153)  $68.00",
                        "DOS 09/22/2026  Comprehensive metabolic panel (80053)  $41.00",
                        "Insurance paid $52.40   Balance due $56.60",
                    ],
                    "Patient statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient SSN and lab account",
        notes="Billing asks insurer about patient with SSN, member id and urine drug screen claim.",
        frm=f"Patient Billing <patientbilling@{KRL}>",
        to="claims.correspondence@heartlandmutual-ins.com",
        subject="Coordination of benefits - account KB7710882",
        body=(
            "Hello,\n\nYour denial lists the subscriber as not found. Subscriber: Tamika Holloway, "
            "SSN 531-62-7718, DOB 01/15/1982, member ID HMX40021877. Service: urine drug screen "
            "with confirmation (80307, G0480), DOS 10/02/2026, ordered by Riverbend CHC. Please "
            "reprocess.\n\nGloria Stanek\nPatient Billing" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="XLSX monthly results by client",
        notes="XLSX multi-sheet: abnormal results log with names and values for a client.",
        frm=f"Client Services <clientservices@{KRL}>",
        to=f"coordinator@{MWH}",
        subject="Outstanding abnormal results not yet acknowledged",
        body=(
            "Per our agreement we send a weekly list of abnormal results your providers have not "
            "acknowledged in the portal. Summary + detail attached." + SIG
        ),
        atts=(
            Att(
                "unacked_abnormals_wk45.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [["Provider", "Unacknowledged"], ["Hughes", 2], ["Sorensen", 1]],
                        "Detail": [
                            ["Patient", "DOB", "Test", "Result", "Flag"],
                            ["Vukovic, Renata", "1986-03-30", "1-hr glucose", "168 mg/dL", "H"],
                            ["Ortega, Bianca", "1997-12-01", "Hemoglobin", "6.9 g/dL", "LL"],
                            ["Solis, Dayana", "1999-05-06", "Rubella IgG", "Non-immune", "A"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="phone call follow-up to patient",
        notes="Hard positive: terse email to patient's outlook: 'your A1C is back, 8.9' with first name.",
        frm=f"Patient Service Center <psc@{KRL}>",
        to="ray.whitcombe@outlook.com",
        subject="Re: did my bloodwork go through",
        body=(
            "Hi Ray - yes, everything from your Saturday draw resulted and went to Dr. Okonjo's "
            "office. You asked about the A1C specifically: it resulted at 8.9%. Your doctor will "
            "go over it with you.\n\nKeystone PSC - Elm Street\n"
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip with password in same email",
        notes="Hard positive: encrypted ZIP of a urine culture; patient name only in the member file name and sealed text.",
        frm=f"Client Services <clientservices@{KRL}>",
        to="office@westsideurgentcare.net",
        subject="Results you requested",
        body=(
            "Attached are the culture results you called about this morning, with sensitivities. "
            "Password: Keystone1110" + SIG
        ),
        atts=(
            Att(
                "results_1110.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "kowalski_adam_ucx.txt": "Kowalski, Adam DOB 07/30/1968\nUrine culture: "
                        ">100,000 CFU/mL Escherichia coli. Resistant: ciprofloxacin. "
                        "Susceptible: nitrofurantoin, cefazolin.\n"
                    },
                    "Keystone1110",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject-only PHI pathology",
        notes="Hard positive: subject names patient and cancer result; body only logistics.",
        frm=f"Pathology Client Services <pathcs@{KRL}>",
        to=f"drhughes@{MWH}",
        subject="Callback: Hernandez, Lourdes - endometrial bx adenocarcinoma, grade 1",
        body="Dr. Hughes, the pathologist tried your cell twice. Please call 800-555-0199 x310.\n",
    ),
    Spec(
        phi=True,
        category="DOCX incident report with patient",
        notes="DOCX: mislabeled specimen incident with patient names and tests to client.",
        frm=f"Quality Assurance <qa@{KRL}>",
        to=f"compliance@{RCHC}",
        subject="Occurrence report QA-2611-07",
        body="Please review the attached occurrence report and return the corrective action.\n",
        atts=(
            Att(
                "QA-2611-07.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "KEYSTONE REFERENCE LABORATORY - OCCURRENCE REPORT QA-2611-07",
                        "Two specimens from Riverbend CHC arrived with swapped labels on 11/04/2026.",
                        "Tube labeled Martinez, Soledad (DOB 12/12/2001) contained the requisition for "
                        "Nguyen, Bao (DOB 10/30/1965). Tests: CT/NG NAAT and HbA1c.",
                        "Both specimens rejected; client notified 11/04 14:20.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 835 remittance",
        notes="X12 835 remittance attachment with patient names and claim payment lines.",
        frm=f"Lab Billing <labbilling@{KRL}>",
        to=f"revcycle@{RCHC}",
        subject="835 for client-bill reconciliation, October",
        body="October client-bill 835 attached for your reconciliation.\n",
        atts=(
            Att(
                "krl_835_oct.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*KEYSTONELAB    *ZZ*RIVERBENDCHC   *261106*0900*^*00501*000000771*0*P*:~\n"
                "GS*HP*KEYSTONELAB*RIVERBENDCHC*20261106*0900*771*X*005010X221A1~\n"
                "ST*835*0001~\nBPR*I*214.50*C*ACH~\n"
                "CLP*K2610020114*1*96*96**MC~\nNM1*QC*1*HOLLOWAY*TAMIKA****MI*HMX40021877~\n"
                "SVC*HC:80307*96*96~\nDTM*472*20261002~\n"
                "CLP*K2610140201*1*118.5*118.5**MC~\nNM1*QC*1*CASTANEDA*GUADALUPE****MI*RHP0051190~\n"
                "SVC*HC:83036*118.5*118.5~\nDTM*472*20261014~\n"
                "SE*12*0001~\nGE*1*771~\nIEA*1*000000771~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply to grandparent quoting lead test request",
        notes="Hard positive: reply to grandparent about a child's blood lead test; child named in the reply and the quote.",
        frm=f"Client Services <clientservices@{KRL}>",
        to="grandma.ruth.pike@aol.com",
        subject="Re: lead test for my grandson",
        body=(
            "Dear Ms. Pike,\n\nWe can only release results to the ordering provider or the child's "
            "parent/guardian. The result for Elijah has been sent to Riverbend Pediatrics; they can "
            "review it with his mother.\n\nClient Services\n\n"
            "> From: Ruth Pike <grandma.ruth.pike@aol.com>\n> My grandson Elijah Pike (age 2) had "
            "his blood lead drawn at your Elm St site Monday because the old house has peeling "
            "paint. His mom is working - can you tell me the level?\n"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only courier exception with patient",
        notes="HTML-only: courier exception listing a patient's specimen lost in transit.",
        frm=f"Courier Dispatch <dispatch@{KRL}>",
        to=f"labdesk@{RCHC}",
        subject="Courier exception - specimen not received",
        body="",
        html=(
            "<html><body><p>The following specimen was scanned at pickup but not received at the "
            "lab:</p><table border='1'><tr><th>Patient</th><th>DOB</th><th>Test</th></tr>"
            "<tr><td>Reyes-Luna, Marisela</td><td>04/18/1975</td><td>Urine culture</td></tr>"
            "</table><p>Please recollect. We apologize.</p><p>Keystone Dispatch</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="newborn screen follow-up",
        notes="Lab to midwife: newborn screen borderline TSH with baby's name and mother.",
        frm=f"Newborn Screening Follow-up <nbs@{KRL}>",
        to=f"birthcenter@{MWH}",
        subject="Newborn screen - repeat needed",
        body=(
            "Baby Girl Hollis (Wren), born 11/08/2026, mother Alexis Hollis: TSH 28 uIU/mL on the "
            "first screen (borderline). Please arrange a repeat heel stick within 48 hours." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="PDF requisition only attachment",
        notes="Hard positive: PDF-only requisition with patient and STD panel, bland body and subject.",
        frm=f"Client Services <clientservices@{KRL}>",
        to=f"frontdesk@{MWH}",
        subject="Copy of requisition",
        body="Copy attached as requested.\n",
        atts=(
            Att(
                "req_K2611090912.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE REFERENCE LABORATORY - REQUISITION COPY",
                        "Patient: Brianna Coulter   DOB 05/27/2000   Sex F",
                        "Tests: Chlamydia/Gonorrhea NAAT, Trichomonas NAAT, RPR, HIV Ag/Ab",
                        "Dx: Z11.3, Z34.83   Ordering: Megan Sorensen CNM",
                    ],
                    "Requisition",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="TXT add-on request log",
        notes="TXT attachment: add-on tests log with patient names and tests.",
        frm=f"Client Services <clientservices@{KRL}>",
        to=f"labdesk@{RCHC}",
        subject="Add-on requests this week",
        body="Confirming the add-ons below were performed. Log attached.\n",
        atts=(
            Att(
                "addons_wk45.txt",
                "text/plain",
                "K2611030145  Pham, Quang       add TSH + free T4     done 11/04\n"
                "K2611040230  Whitaker, Doreen  add magnesium          done 11/04\n"
                "K2611060019  Soto, Ramon       add urine microalbumin done 11/06\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="MBI eligibility check",
        notes="Hard positive: ABN question with only initials, MBI and test (no full name).",
        frm=f"Lab Billing <labbilling@{KRL}>",
        to=f"billing@{MWH}",
        subject="ABN needed",
        body=(
            "For pt E.D., MBI 4E61-GC1-KF39, the vitamin D (82306) ordered with Z13.820 doesn't meet "
            "the LCD. We need a signed ABN or a supporting dx, otherwise it will be client-billed.\n"
        ),
    ),
]

_CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="synthetic HL7 validation message",
        notes="Hard negative: HL7 ORU with clearly labelled TEST patient for interface validation.",
        frm=f"Keystone Interfaces <interfaces@{KRL}>",
        to=f"it@{MWH}",
        subject="Validation message - TEST PATIENT (processing id T)",
        body=(
            "Sending the validation ORU for your test system. TESTPATIENT, VALIDATION is a "
            "synthetic record; processing ID is T. Please confirm it files to the test chart.\n"
        ),
        atts=(Att("validation_oru.hl7", "application/hl7-v2", _ORU_TEST),),
    ),
    Spec(
        phi=False,
        category="test menu update",
        notes="Hard negative: test directory update with disease names, CPT and specimen requirements.",
        frm=f"Client Services <clientservices@{KRL}>",
        to="client-updates@keystonelab.com",
        subject="Test directory changes effective 12/1",
        body=(
            "Dear clients,\n\nEffective December 1:\n- HIV-1 RNA quant moves to a 2-day TAT.\n"
            "- Syphilis screening switches to reverse algorithm (treponemal first, CPT 86780).\n"
            "- Hepatitis C antibody with reflex to RNA (86803 > 87522) replaces the standalone order.\n"
            "- Lead, blood: lavender top, 2 mL minimum.\n\nThank you." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped accession batch",
        notes="Hard negative: courier invoice with batch number shaped like an SSN; no patients.",
        frm=f"Accounts Payable <ap@{KRL}>",
        to="billing@swiftmedcourier.com",
        subject="Dispute on invoice batch 408-17-3592",
        body=(
            "Hi,\n\nOn your batch 408-17-3592 we were charged 14 STAT runs on 10/21 but our "
            "dispatch log shows 9. Please credit 5 runs x $42. Route mileage looks right.\n\n"
            "Thanks,\nOwen Fitzgerald\nAccounts Payable\n"
        ),
    ),
    Spec(
        phi=False,
        category="reagent recall notice",
        notes="Hard negative: reagent recall notice mentions troponin and patient results review in aggregate.",
        frm=f"Laboratory Director <labdirector@{KRL}>",
        to="client-updates@keystonelab.com",
        subject="Notice: troponin reagent lot recall - no action needed by clients",
        body=(
            "Dear clients,\n\nThe manufacturer recalled hs-troponin I reagent lot 42117. We used "
            "this lot 10/28-10/30. Our review of all 311 results from that window found no "
            "clinically significant bias; no corrected reports will be issued.\n\n"
            "Dr. Anil Mehta, MD, PhD\nLaboratory Director (NPI 1910829807)\n"
        ),
    ),
    Spec(
        phi=False,
        category="courier route change",
        notes="Courier route schedule change to clients; addresses of clinics only.",
        frm=f"Courier Dispatch <dispatch@{KRL}>",
        to=f"labdesk@{RCHC}",
        cc=f"frontdesk@{MWH}",
        subject="Holiday courier schedule",
        body=(
            "Thanksgiving week: no pickups Thursday 11/26; Friday pickups at 2 PM only. "
            "Riverbend (1400 Mill Race Rd) and Magnolia (3300 Dogwood Pkwy) stay on Route 7. "
            "Lock boxes will be checked Saturday.\n\nDispatch\n"
        ),
    ),
    Spec(
        phi=False,
        category="client supply order CSV",
        notes="Hard negative: CSV supply order with tube types and kit names (HPV, GC/CT collection kits).",
        frm=f"Client Supplies <supplies@{KRL}>",
        to=f"labdesk@{RCHC}",
        subject="Your supply order SO-55201 shipped",
        body="Your order shipped via our courier. Packing list attached.\n",
        atts=(
            Att(
                "SO-55201.csv",
                "text/csv",
                "item,description,qty\n"
                "SST-5,Gold top SST 5 mL,500\n"
                "APT-U,Aptima urine collection kit (CT/NG/Trich),200\n"
                "TP-HPV,ThinPrep vial (Pap/HPV),150\n"
                "BAG-BIO,Biohazard specimen bags,1000\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CAP proficiency testing results",
        notes="Hard negative: proficiency testing results for HIV and HCV challenges (PT samples, not patients).",
        frm=f"Quality Assurance <qa@{KRL}>",
        to="labdirector@keystonelab.com",
        subject="CAP PT 2026-B results - 100%",
        body=(
            "Dr. Mehta,\n\nAll 2026-B PT challenges graded acceptable: HIV viral load (5/5), HCV "
            "RNA (5/5), CT/NG (5/5), hemoglobin A1c (5/5). Sample IDs HIV-06 through HIV-10 "
            "were all within +/- 0.3 log. Summary PDF attached.\n\nLena Novak, MT(ASCP)\n"
        ),
        atts=(
            Att(
                "CAP_PT_2026B_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE REFERENCE LABORATORY - PROFICIENCY TESTING SUMMARY 2026-B",
                        "HIV-1 viral load: 5/5 acceptable",
                        "HCV RNA: 5/5   CT/NG NAAT: 5/5   HbA1c: 5/5",
                    ],
                    "PT summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sales proposal to new client",
        notes="Sales proposal with pricing for prenatal panel; no individuals.",
        frm=f"Outreach Sales <sales@{KRL}>",
        to="practice.manager@lakeshorefertility.com",
        subject="Proposal: reference testing for Lakeshore Fertility",
        body=(
            "Hi Dana,\n\nThanks for the call. Attached pricing: AMH $38, estradiol $22, "
            "progesterone $22, prenatal panel $64, expanded carrier screen via partner lab $249 "
            "cash price. Courier pickup twice daily included.\n\nJustin Arnaud\nOutreach Sales\n"
        ),
        atts=(
            Att(
                "pricing_lakeshore.xlsx",
                XLSX,
                xlsx(
                    {
                        "Pricing": [
                            ["Test", "CPT", "Client price"],
                            ["AMH", "82166", 38],
                            ["Estradiol", "82670", 22],
                        ],
                        "Logistics": [["Pickups", "Times"], ["Mon-Fri", "11:00, 16:30"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HR mail lab staff",
        notes="Hard negative: HR notice naming phlebotomist promotion and mandatory TB testing for staff.",
        frm=f"Human Resources <hr@{KRL}>",
        to=f"allstaff@{KRL}",
        subject="Congrats to Simone, and annual TB screening reminder",
        body=(
            "Please congratulate Simone Achebe, promoted to Lead Phlebotomist at the Elm St PSC!\n\n"
            "Reminder: annual TB screening (QuantiFERON) for all staff is due by 12/15. Draws are "
            "free in the staff lab Tue/Thu 7-8 AM. Payroll deadline for the holiday bonus form is "
            "11/30.\n\nHR\n"
        ),
    ),
    Spec(
        phi=False,
        category="PDF specimen collection guide",
        notes="Hard negative: collection instructions PDF for semen analysis and 24h urine (generic).",
        frm=f"Client Services <clientservices@{KRL}>",
        to=f"ivfnurse@{MWH}",
        subject="Updated patient collection instructions",
        body="Updated patient instructions attached; please replace the old handouts.\n",
        atts=(
            Att(
                "collection_instructions_v7.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE REFERENCE LABORATORY - PATIENT COLLECTION INSTRUCTIONS",
                        "Semen analysis: abstain 2-5 days. Deliver within 60 minutes at body temp.",
                        "24-hour urine: discard first morning void, collect all urine for 24 hours.",
                    ],
                    "Collection instructions",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT interface certificate renewal",
        notes="IT notice about SFTP/TLS certificate renewal with IP address of lab server (not a person).",
        frm=f"Keystone IT <it@{KRL}>",
        to=f"interfaces@{RCHC}",
        subject="Interface TLS certificate renewal 11/18",
        body=(
            "Our results interface certificate renews 11/18 at 22:00. New SHA-256 fingerprint: "
            "4F:2A:91:C0:7E:1B:55:D3:88:0A:6C:E2:19:F4:B7:3D. Endpoint stays mllp.keystonelab.com "
            "(203.0.113.44) port 6661.\n\nKeystone IT\n"
        ),
    ),
    Spec(
        phi=False,
        category="ZIP of de-identified validation data",
        notes="Hard negative: ZIP with de-identified method-comparison data (sample numbers only).",
        frm=f"Dr. Anil Mehta <amehta@{KRL}>",
        to="validation@diagnostix-instruments.com",
        subject="Method comparison data - A1c analyzer",
        body=(
            "Method comparison data for the new A1c analyzer attached. Residual specimens were "
            "de-identified before testing (sequence numbers only, no link retained).\n"
        ),
        atts=(
            Att(
                "a1c_method_comparison.zip",
                "application/zip",
                zipped(
                    {
                        "comparison.csv": "seq,old_method,new_method\n1,5.4,5.5\n2,7.9,7.8\n"
                        "3,10.2,10.0\n4,6.1,6.2\n5,8.8,8.7\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="DOCX courier SOP",
        notes="Courier SOP DOCX on spill and specimen handling; no patient.",
        frm=f"Courier Dispatch <dispatch@{KRL}>",
        to="routes@swiftmedcourier.com",
        subject="SOP CR-03 rev 2 - please distribute to drivers",
        body="Attached is the revised SOP. Please have drivers sign the acknowledgement.\n",
        atts=(
            Att(
                "CR-03_rev2.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "SOP CR-03: Specimen Transport and Spill Response (rev 2)",
                        "Frozen specimens travel on dry ice in the blue cooler; never in the cab.",
                        "On a spill: stop, glove, absorb with the spill kit, bag, and call dispatch.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="executive letter to health system",
        notes="Lab CEO to health system about outreach volumes; aggregate numbers.",
        frm=f"Harold Jensen <hjensen@{KRL}>",
        to="cfo@mercyregional.org",
        subject="Outreach JV - volume and margin update",
        body=(
            "Tom,\n\nOutreach volume is up 14% YoY to 41,200 requisitions/month; prenatal and "
            "STI testing grew fastest. Margin per requisition is $6.80. I'd like to discuss adding "
            "the Magnolia fertility work to the JV scope.\n\nHarold Jensen\nPresident & CEO\n"
        ),
    ),
    Spec(
        phi=False,
        category="critical value policy HTML",
        notes="Hard negative: HTML-only critical value list (potassium, hemoglobin thresholds), no patient.",
        frm=f"Laboratory Director <labdirector@{KRL}>",
        to="client-updates@keystonelab.com",
        subject="2027 critical value list",
        body="",
        html=(
            "<html><body><p>Dear clients, the 2027 critical values:</p><table border='1'>"
            "<tr><th>Test</th><th>Low</th><th>High</th></tr>"
            "<tr><td>Potassium</td><td>&lt;2.8</td><td>&gt;6.2</td></tr>"
            "<tr><td>Hemoglobin</td><td>&lt;7.0</td><td>&gt;20</td></tr>"
            "<tr><td>Glucose</td><td>&lt;50</td><td>&gt;450</td></tr></table>"
            "<p>Anil Mehta, MD, PhD, Laboratory Director</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="billing price transparency",
        notes="Patient-facing price list page email to community list; no individual.",
        frm=f"Patient Billing <patientbilling@{KRL}>",
        to="community@keystonelab.com",
        subject="New: self-pay prices for common tests",
        body=(
            "We've posted self-pay prices: CBC $12, CMP $18, lipid panel $20, A1c $22, TSH $24, "
            "STI panel $85. No insurance needed. Visit any Patient Service Center.\n"
        ),
    ),
    Spec(
        phi=False,
        category="vendor phlebotomy chair quote",
        notes="Vendor quote for phlebotomy chairs; business mail.",
        frm=f"Facilities <facilities@{KRL}>",
        to="quotes@clinicalfurnishings.com",
        subject="Quote request - 6 phlebotomy chairs",
        body=(
            "Hi, please quote 6 bariatric-rated phlebotomy chairs with flip arms for our new "
            "Riverside PSC, delivery early January. Ship to 55 Commerce Ct, Dock 3.\n\nFacilities\n"
        ),
    ),
    Spec(
        phi=False,
        category="pathologist on-call roster",
        notes="Hard negative: pathologist on-call roster with names, specialties (cytopathology, GYN path).",
        frm=f"Pathology Client Services <pathcs@{KRL}>",
        to=f"providers@{MWH}",
        subject="December pathologist on-call",
        body=(
            "December on-call:\n  Wk 1 Dr. Sunita Rao (GYN pathology)\n  Wk 2 Dr. Marco Bellini "
            "(cytopathology, HPV)\n  Wk 3 Dr. Anil Mehta\n  Wk 4 Dr. Sunita Rao\n\n"
            "Frozen section requests: page 800-555-0199 x300." + SIG
        ),
    ),
]

MESSAGES: list[Spec] = _PHI + _CLEAN
