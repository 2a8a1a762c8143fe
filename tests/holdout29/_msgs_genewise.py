# ruff: noqa: E501
"""GeneWise Genetic Counseling: prenatal and cancer genetic counseling, lab coordination."""

from __future__ import annotations

from _att import docx, encrypted_zip, pdf, xlsx
from _spec import BLOOM, GW, NLF, Att, Spec

SIG = "\n\nGeneWise Genetic Counseling | genewisecounseling.com | tel 612-555-0400\nCONFIDENTIALITY NOTICE: intended only for the addressee.\n"

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    "<title>Genetic Counseling Consult Note</title>\n<recordTarget><patientRole><id extension=\"GW-11842\"/>"
    "<patient><name><given>Rebecca</given><family>Aldana</family></name><birthTime value=\"19790612\"/></patient>"
    "</patientRole></recordTarget>\n<component><section><title>Assessment</title><text>BRCA2 c.5946delT pathogenic "
    "variant confirmed. Discussed risk-reducing salpingo-oophorectomy and breast MRI screening.</text></section></component>\n"
    "</ClinicalDocument>\n"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*GENEWISE       *ZZ*BLUELAKES      *261110*1015*^*00501*000004417*0*P*:~"
    "GS*HC*GENEWISE*BLUELAKES*20261110*1015*4417*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*GENEWISE GENETIC COUNSELING*****XX*1678244975~"
    "NM1*IL*1*HOLLOWAY*DARNELL****MI*BLH771204563~DMG*D8*19820927*M~"
    "CLM*GW26-3381*220***11:B:1*Y*A*Y*Y~HI*ABK:Z80.0*ABF:Z15.09~SV1*HC:96041*220*UN*1***1~SE*9*0001~GE*1*4417~IEA*1*000004417~"
)

X12_835_AGG = (
    "ISA*00*          *00*          *ZZ*TESTPAYER      *ZZ*GENEWISE       *261105*0900*^*00501*000000001*0*T*:~"
    "GS*HP*TESTPAYER*GENEWISE*20261105*0900*1*X*005010X221A1~ST*835*0001~BPR*I*0*C*NON************20261105~"
    "TRN*1*TESTTRACE0001*1416800253~N1*PR*TEST PAYER INC~N1*PE*GENEWISE GENETIC COUNSELING*XX*1678244975~SE*6*0001~GE*1*1~IEA*1*000000001~"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="cancer genetic result letter",
        notes="Result letter for a named patient's BRCA2 pathogenic variant.",
        frm=f"Shira Katz MS CGC <skatz@{GW}>",
        to="rebecca.aldana@gmail.com",
        subject="Your genetic test results letter",
        body="Dear Rebecca,\n\nAs we discussed by phone, your letter is attached so you can share it with your sisters.\n\nShira" + SIG,
        atts=(Att("Aldana_results_letter.pdf", "application/pdf",
                  pdf(["GENEWISE GENETIC COUNSELING", "Rebecca Aldana, DOB 06/12/1979",
                       "Result: BRCA2 c.5946delT, pathogenic", "Your first-degree relatives have a 50% chance of carrying this variant."],
                      "Results letter")),),
    ),
    Spec(
        phi=True,
        category="family letter cascade testing",
        notes="Hard positive: family letter naming the proband and variant sent to a relative.",
        frm=f"Shira Katz MS CGC <skatz@{GW}>",
        to="lucia.aldana.md@yahoo.com",
        subject="Information for relatives of Rebecca",
        body=(
            "Dear Lucia,\n\nYour sister Rebecca asked us to send you this. A harmful change in the BRCA2 gene was found "
            "in her. You can be tested for just that change; most labs offer free family testing within 90 days. "
            "We're happy to see you or refer you closer to home.\n\nShira Katz, MS, CGC" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA consult note",
        notes="Hard positive: consult note as C-CDA XML attachment only.",
        frm=f"GeneWise Records <records@{GW}>",
        to="records@northlandoncology.com",
        subject="Consult note",
        body="Consult note attached (CDA).\n",
        atts=(Att("consult_GW-11842.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="X12 837 claim",
        notes="Hard positive: X12 837 professional claim with member id, DOB and family history codes.",
        frm=f"GeneWise Billing <billing@{GW}>",
        to="edi@bluelakeshealth.com",
        subject="837P batch 4417",
        body="837P batch attached.\n",
        atts=(Att("837P_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=False,
        category="X12 test file",
        notes="Hard negative: X12 835 connectivity test file with no patients (usage indicator T).",
        frm=f"GeneWise Billing <billing@{GW}>",
        to="edi-support@bluelakeshealth.com",
        subject="835 test file - connectivity",
        body="Attached is the test 835 you sent back, parsed OK on our side. No claims in it. Ready to move to production.\n",
        atts=(Att("835_test.x12", "application/edi-x12", X12_835_AGG),),
    ),
    Spec(
        phi=False,
        category="lab account setup",
        notes="Hard negative: lab account set-up with provider NPIs and clinic address.",
        frm=f"Lab Coordinator <labs@{GW}>",
        to="clientservices@helixdxlabs.com",
        subject="Ordering provider setup",
        body=(
            "Please add these ordering providers to account 20417:\n"
            "Shira Katz MS CGC (orders under Dr. Arun Mehta, NPI: 1915242519)\nDaniel Okonkwo MS CGC\n"
            "Results to results@genewisecounseling.com, fax 612-555-0401.\n" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="sample tracking",
        notes="Hard positive: lab sample tracking by initials+DOB and test names.",
        frm=f"Lab Coordinator <labs@{GW}>",
        to="clientservices@helixdxlabs.com",
        subject="Missing kits",
        body=(
            "Hi, we're missing results on these three, can you check status?\n"
            "- D.H. 09/27/1982 - 84-gene hereditary cancer panel\n- A.F. 12/03/1988 - CVS karyotype + microarray\n"
            "- M.S. 02/28/1971 - Lynch syndrome panel (MLH1/MSH2/MSH6/PMS2)\n\nThanks" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="genetic counselor CE webinar",
        notes="Hard negative: CE webinar about Lynch syndrome, speakers named.",
        frm=f"Daniel Okonkwo MS CGC <dokonkwo@{GW}>",
        to=f"staff@{GW}",
        subject="Lunch & learn: Lynch syndrome universal screening",
        body="Thursday noon, Dr. Aisha Rahman (GI oncology) on universal tumor screening for Lynch syndrome and MMR IHC interpretation. 1 CEU.\n",
    ),
    Spec(
        phi=True,
        category="prenatal counseling summary",
        notes="Counseling summary to referring midwife for trisomy 18 screen-positive patient.",
        frm=f"Daniel Okonkwo MS CGC <dokonkwo@{GW}>",
        to=f"helga@{BLOOM}",
        subject="Re: referral - Abigail F.",
        body=(
            "Helga,\n\nSaw Abigail today. She chose CVS, scheduled 11/13 at Duluth Maternal-Fetal Medicine. "
            "We reviewed trisomy 18 prognosis and her options. She'd like you to call her after results.\n\nDaniel" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="aggregate test volumes",
        notes="Hard negative: monthly aggregate test volumes and positive rates by indication.",
        frm=f"Dr. Arun Mehta <amehta@{GW}>",
        to=f"leadership@{GW}",
        subject="October volumes",
        html_only=True,
        body="",
        html=(
            "<p>October:</p><ul><li>Cancer panels ordered: 142 (pathogenic 9.2%)</li><li>Prenatal consults: 88</li>"
            "<li>Carrier screens reviewed: 61 (couples both carriers: 2)</li><li>No-show rate 7%</li></ul>"
        ),
    ),
    Spec(
        phi=True,
        category="subject line name and variant",
        notes="Hard positive: PHI only in subject; body is a generic request.",
        frm=f"Shira Katz MS CGC <skatz@{GW}>",
        to=f"labs@{GW}",
        subject="Holloway Darnell MLH1 VUS reclass?",
        body="Can you ask the lab whether this has been reclassified yet? Thanks.\n",
    ),
    Spec(
        phi=False,
        category="variant reclassification notice generic",
        notes="Hard negative: lab notice that a variant was reclassified, no patients named.",
        frm=f"Lab Coordinator <labs@{GW}>",
        to=f"counselors@{GW}",
        subject="FYI: lab reclassifications list",
        body="Helix posted its quarterly reclassification list: MLH1 c.1852_1854del now likely benign; CHEK2 c.470T>C stays VUS. Check your own patients in the portal.\n",
    ),
    Spec(
        phi=True,
        category="encrypted zip pedigree",
        notes="Pedigree and notes in an encrypted zip; body names patient and condition.",
        frm=f"Daniel Okonkwo MS CGC <dokonkwo@{GW}>",
        to="genetics@northlandoncology.com",
        subject="pedigree for Marta Sandoval",
        body="Pedigree for Marta Sandoval (Lynch workup, colon cancer at 44) attached; password by phone.\n",
        atts=(Att("pedigree.zip", "application/zip", encrypted_zip({"pedigree.txt": "Proband Marta Sandoval CRC 44\n"}, "gw2026")),),
    ),
    Spec(
        phi=False,
        category="BAA renewal",
        notes="Hard negative: business associate agreement renewal with a lab.",
        frm=f"Compliance <compliance@{GW}>",
        to="legal@helixdxlabs.com",
        subject="BAA renewal 2027",
        body="Attached is our countersigned BAA for 2027. Section 4.2 breach notification window now 5 business days.\n",
        atts=(Att("BAA_2027.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  docx(["Business Associate Agreement", "Between GeneWise Genetic Counseling and Helix Dx Labs",
                        "4.2 Breach notification within five business days"])),),
    ),
    Spec(
        phi=True,
        category="insurance appeal letter",
        notes="Appeal for denied genetic test with member id and family history.",
        frm=f"GeneWise Billing <billing@{GW}>",
        to="appeals@bluelakeshealth.com",
        subject="Appeal - denied hereditary cancer panel",
        body=(
            "Member: Darnell Holloway, ID BLH771204563, DOB 09/27/1982\nDenied: 81432 hereditary cancer panel\n"
            "Medical necessity: father colon cancer at 41, paternal aunt endometrial cancer at 50, meets NCCN Lynch criteria.\n" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="HR benefits for counselors",
        notes="Hard negative: HR notice about ABGC certification fees reimbursement, staff names.",
        frm=f"HR <hr@{GW}>",
        to=f"staff@{GW}",
        subject="Certification renewal reimbursement",
        body="Shira, Daniel and Priyanka: ABGC renewal fees are reimbursed up to $400. Submit receipts by 12/15.\n",
    ),
    Spec(
        phi=True,
        category="carrier screen couple results",
        notes="Hard positive: both partners carriers of cystic fibrosis, named couple, to NLF.",
        frm=f"Shira Katz MS CGC <skatz@{GW}>",
        to=f"mthorsen@{NLF}",
        subject="Re: carrier results for your IVF couple",
        body=(
            "Hi Maya,\n\nBoth Grace Adeyemi and her partner Samuel are carriers of CFTR variants (F508del and G542X). "
            "They'd like PGT-M; I've sent the probe design request to the lab. 25% risk per pregnancy otherwise.\n\nShira" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="patient-facing education pricing",
        notes="Generic self-pay price list email to the public.",
        frm=f"GeneWise <hello@{GW}>",
        to="info-request@mnfamilyresources.org",
        subject="Our self-pay pricing",
        body="Initial genetic counseling visit (60 min): $225 self-pay. Follow-up (30 min): $110. Most insurers cover counseling with a referral.\n",
    ),
    Spec(
        phi=True,
        category="xlsx multi-sheet patient tracker",
        notes="Hard positive: tracker of pending results with names, tests and follow-up dates.",
        frm=f"Lab Coordinator <labs@{GW}>",
        to=f"counselors@{GW}",
        subject="pending results tracker",
        body="Updated tracker.\n",
        atts=(Att("pending.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  xlsx({"Cancer": [["Patient", "DOB", "Test", "Sent"], ["Darnell Holloway", "09/27/1982", "Lynch panel", "10/20"],
                                   ["Marta Sandoval", "02/28/1971", "Lynch panel", "10/22"]],
                        "Prenatal": [["Patient", "DOB", "Test", "Sent"], ["Abigail Fontaine", "12/03/1988", "CVS microarray", "11/13"]]})),),
    ),
    Spec(
        phi=False,
        category="software vendor demo",
        notes="Vendor demo of pedigree software with fictional sample family.",
        frm=f"Dr. Arun Mehta <amehta@{GW}>",
        to="sales@pedigreepro.io",
        subject="Re: demo follow-up",
        body="Thanks for the demo. The sample family 'Doe' you used is fine for our training doc. We'd need SSO and a BAA before a pilot.\n",
    ),
    Spec(
        phi=True,
        category="telehealth link to patient",
        notes="Hard positive: telehealth link with patient name and 'prenatal genetics' in the text.",
        frm=f"GeneWise Scheduling <schedule@{GW}>",
        to="amina.diallo.k@outlook.com",
        subject="Your video visit tomorrow",
        body="Hi Amina, your prenatal genetic counseling video visit about your ultrasound finding (echogenic bowel) is tomorrow at 2pm. Join: https://meet.genewisecounseling.com/v/8841-ad\n",
    ),
    Spec(
        phi=False,
        category="drug/test supply recall",
        notes="Hard negative: lab recall notice of a test kit lot, no patients.",
        frm=f"Lab Coordinator <labs@{GW}>",
        to=f"counselors@{GW}",
        subject="Saliva kit lot recall",
        body="Helix is recalling saliva collection kit lot SK-2026-0913 (preservative issue). Pull any unused kits from that lot from the cabinet.\n",
    ),
    Spec(
        phi=True,
        category="forwarded relative question",
        notes="Hard positive: relative's email forwarded, mentions her mother's Huntington disease diagnosis.",
        frm=f"GeneWise Scheduling <schedule@{GW}>",
        to=f"dokonkwo@{GW}",
        subject="Fw: question about testing",
        body="Daniel, can you reply to this one?\n",
        forward=Spec(
            phi=True, category="", notes="",
            frm="Ellen Marchetti <ellen.marchetti@aol.com>",
            to=f"hello@{GW}",
            subject="question about testing",
            body="My mother Rose Marchetti was diagnosed with Huntington's disease last year. I'm 34 and not sure I want to know. Can we talk?\n",
        ),
    ),
    Spec(
        phi=False,
        category="privacy policy update",
        notes="Privacy policy update for website, mentions genetic info generally.",
        frm=f"Compliance <compliance@{GW}>",
        to="webmaster@genewisecounseling.com",
        subject="Please publish updated Notice of Privacy Practices",
        body="Attached NPP v2027 adds the GINA section on genetic information. Please replace the PDF on the website.\n",
    ),
    Spec(
        phi=True,
        category="lab requisition pdf",
        notes="Requisition with patient name, DOB, indication, ICD codes in PDF.",
        frm=f"Lab Coordinator <labs@{GW}>",
        to="requisitions@helixdxlabs.com",
        subject="Requisition",
        body="Requisition attached, sample shipping FedEx today.\n",
        atts=(Att("req.pdf", "application/pdf",
                  pdf(["GENEWISE GENETIC COUNSELING - TEST REQUISITION", "Patient: Marta Sandoval DOB 02/28/1971",
                       "Test: Lynch syndrome panel", "ICD-10: C18.7, Z80.0", "Ordering: Arun Mehta MD NPI: 1915242519"], "Req")),),
    ),
    Spec(
        phi=False,
        category="research paper draft de-identified",
        notes="Hard negative: case-series draft with de-identified cases (ages only, no dates).",
        frm=f"Dr. Arun Mehta <amehta@{GW}>",
        to="coauthors@gcresearchnetwork.org",
        subject="draft: PALB2 case series",
        body="Draft attached. All cases de-identified per Safe Harbor: Case 1, woman in her 40s, breast cancer; Case 2, man in his 60s, pancreatic cancer. No dates or locations.\n",
    ),
    Spec(
        phi=True,
        category="SSN for lab billing",
        notes="Lab billing form with patient SSN and test.",
        frm=f"GeneWise Billing <billing@{GW}>",
        to="billing@helixdxlabs.com",
        subject="Re: missing info for patient-pay billing",
        body="For accession HX-558102: patient Amina Diallo, SSN 512-44-7093, DOB 04/15/1995. Test: expanded carrier screen. Please bill patient.\n",
    ),
    Spec(
        phi=False,
        category="office move notice",
        notes="Office move notice to partners.",
        frm=f"GeneWise <hello@{GW}>",
        to=f"intake@{BLOOM}",
        subject="We're moving!",
        body="Starting January 4 GeneWise will be at 400 Nicollet Mall, Suite 900. Phone and fax stay the same.\n",
    ),
    Spec(
        phi=True,
        category="patient question reply",
        notes="Counselor replies to patient's personal email about her test result and insurance.",
        frm=f"Daniel Okonkwo MS CGC <dokonkwo@{GW}>",
        to="darnell.holloway82@gmail.com",
        subject="Re: my results",
        body="Hi Darnell,\n\nThe MLH1 variant we found is still a VUS, so we don't change your colonoscopy plan for now (every 5 years given your dad's history). I'll tell you if the lab reclassifies it.\n\nDaniel" + SIG,
    ),
    Spec(
        phi=False,
        category="IT MFA rollout",
        notes="IT change notice.",
        frm=f"IT <it@{GW}>",
        to=f"staff@{GW}",
        subject="MFA for the lab portals from Monday",
        body="From Monday all lab portal logins need MFA. Install the authenticator app before then. Questions: it@genewisecounseling.com\n",
    ),
    Spec(
        phi=True,
        category="quiet html note",
        notes="Hard positive: HTML-only note with first name, family and a test result to a cousin.",
        frm=f"Shira Katz MS CGC <skatz@{GW}>",
        to="tony.aldana@icloud.com",
        subject="Re: testing for our family",
        body="",
        html="<p>Hi Tony,</p><p>Your cousin Rebecca's BRCA2 result means you could be tested for the same change. Your test came back <b>negative</b> for it, so your risk is like the general population.</p><p>Shira</p>",
    ),
    Spec(
        phi=False,
        category="synthetic sample report",
        notes="Hard negative: SAMPLE report labelled specimen for training, fictional patient.",
        frm=f"Daniel Okonkwo MS CGC <dokonkwo@{GW}>",
        to="students@umn-gc-program.edu",
        subject="Sample report for Friday's class",
        body="Attached a SAMPLE lab report from the lab's training kit (fictional patient 'Jane Sample', not a real person). Read the variant section before class.\n",
        atts=(Att("SAMPLE_report.pdf", "application/pdf",
                  pdf(["GENEWISE GENETIC COUNSELING - TEACHING MATERIAL", "SAMPLE REPORT - FICTIONAL PATIENT", "Jane Sample",
                       "ATM c.7271T>G pathogenic"], "Sample")),),
    ),
    Spec(
        phi=False,
        category="partner referral process",
        notes="Process email to NLF about referral workflow, no patients.",
        frm=f"Dr. Arun Mehta <amehta@{GW}>",
        to=f"kosei@{NLF}",
        subject="Referral workflow for PGT-M couples",
        body="Kwame, to speed PGT-M cases: send referrals through the fax line or Direct address, not email. We'll book within 5 business days.\n",
    ),
    Spec(
        phi=False,
        category="quarterly quality xlsx",
        notes="Hard negative: quality metrics workbook with counselor names and turnaround times only.",
        frm=f"Dr. Arun Mehta <amehta@{GW}>",
        to=f"leadership@{GW}",
        subject="Q3 quality",
        body="Q3 quality workbook.\n",
        atts=(Att("q3_quality.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  xlsx({"TAT": [["Counselor", "Median days to result disclosure"], ["S. Katz", 3], ["D. Okonkwo", 4]],
                        "Volume": [["Month", "Visits"], ["Jul", 201], ["Aug", 188], ["Sep", 214]]})),),
    ),
    Spec(
        phi=True,
        category="FHIR diagnostic report",
        notes="Hard positive: FHIR DiagnosticReport attachment for a named patient.",
        frm=f"GeneWise Records <records@{GW}>",
        to="fhir-inbox@northlandoncology.com",
        subject="DiagnosticReport",
        body="Resource attached.\n",
        atts=(Att("dr.json", "application/fhir+json",
                  '{"resourceType": "DiagnosticReport", "status": "final", "code": {"text": "Hereditary cancer panel"}, '
                  '"subject": {"display": "Marta Sandoval", "reference": "Patient/GW-11907"}, '
                  '"conclusion": "Pathogenic MSH2 variant c.942+3A>T; consistent with Lynch syndrome."}'),),
    ),
    Spec(
        phi=False,
        category="counselor out of office",
        notes="Out-of-office auto reply from a counselor.",
        frm=f"Shira Katz MS CGC <skatz@{GW}>",
        to="clientservices@helixdxlabs.com",
        subject="Automatic reply: Missing kits",
        body="I'm out of the office until 11/16 at the NSGC annual conference. For urgent result questions contact labs@genewisecounseling.com.\n",
    ),
]
