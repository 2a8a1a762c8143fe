"""Outbound mail of HelixPath Genetic Counseling (prenatal, cancer, paediatric and cardiac genetics) (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import HPG, Att, Spec

SIG = "\n\nHelixPath Genetic Counseling\n400 Riverside Plaza, Suite 1210, Harwood, OH 43215\nPhone (614) 555-0163 | Fax (614) 555-0164"
FOOTER = "\n\nThis message may contain confidential information. If you are not the intended recipient, please delete it and let us know."

MESSAGES = [
    Spec(
        phi=True,
        category="BRCA2 result letter to patient",
        notes="Result letter naming the patient with a pathogenic BRCA2 variant, PDF sent to her gmail.",
        frm=f'"Rebecca Lowe, MS, CGC" <rlowe@{HPG}>',
        to="tamsin.greer77@gmail.com",
        subject="Your genetic test result letter",
        body="Dear Tamsin,\n\nAs we discussed by phone today, your result letter is attached for your records. Please share the family letter with your sisters when you feel ready.\n\nRebecca Lowe, MS, CGC"
        + SIG,
        atts=(
            Att(
                "Greer_result_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "HELIXPATH GENETIC COUNSELING",
                        "Result letter - Tamsin Greer, DOB 08/11/1977",
                        "Test: 47-gene hereditary cancer panel (sample collected 09/22/2026)",
                        "Result: POSITIVE - BRCA2 c.5946del (p.Ser1982fs), pathogenic",
                        "Lifetime breast cancer risk ~45-69%; ovarian cancer risk ~11-17%.",
                        "Recommendations: breast MRI alternating with mammogram; discuss RRSO by age 45.",
                    ],
                    "Result letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="cascade testing letter naming the proband",
        notes="Hard positive: family letter to a cousin's personal mailbox names the relative who tested positive for Lynch syndrome.",
        frm=f"HelixPath Family Outreach <outreach@{HPG}>",
        to="rgutierrez.ohio@yahoo.com",
        subject="Information for the Gutierrez family",
        body="Dear Mr. Gutierrez,\n\nAt the request of your cousin, Maria Gutierrez, we are writing to let you know she was found to have Lynch syndrome (a pathogenic MSH2 variant). First-degree and second-degree relatives may have inherited the same variant. Testing for the single known family variant is low-cost; please call us or ask your doctor.\n\nHelixPath Family Outreach"
        + SIG,
    ),
    Spec(
        phi=False,
        category="blank family letter template for clinicians",
        notes="Hard negative: template with placeholders and generic gene text for referring clinicians; no individual.",
        frm=f"Rebecca Lowe <rlowe@{HPG}>",
        to="oncology-nursing@harwoodcancerinstitute.org",
        subject="Family letter template you asked about",
        body="Here's the editable template we use. Fill in the brackets; never put the patient's name in without her written OK.",
        atts=(
            Att(
                "family_letter_template.docx",
                DOCX,
                docx(
                    [
                        "Dear [relative],",
                        "A member of your family recently had genetic testing and was found to carry a change in the [GENE] gene.",
                        "This change increases the risk of [conditions]. You have a [50%/25%] chance of carrying it too.",
                        "Testing for this single change is available. Contact HelixPath Genetic Counseling at (614) 555-0163.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA consult note to oncologist",
        notes="C-CDA consult note with patient name, DOB, MRN and genetic counselling assessment sent to the referring oncologist.",
        frm=f"HelixPath Interface <interface@{HPG}>",
        to="direct@harwoodcancerinstitute.org",
        subject="Consult note (C-CDA) - genetics",
        body="Consult note attached in C-CDA format. Ordering provider: Nathan Brooks, MD, NPI: 1313274296."
        + FOOTER,
        atts=(
            Att(
                "consult_note_ccda.xml",
                "application/xml",
                (
                    '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
                    ' <title>Genetic Counseling Consult Note</title>\n <effectiveTime value="20261014"/>\n'
                    ' <recordTarget><patientRole><id root="2.16.840.1.113883.19.5" extension="HPG-208814"/>\n'
                    '  <patient><name><given>Victor</given><family>Almeida</family></name><birthTime value="19580303"/></patient></patientRole></recordTarget>\n'
                    " <component><structuredBody><component><section><title>Assessment</title>\n"
                    "  <text>Pancreatic adenocarcinoma diagnosed 08/2026. Germline panel: ATM pathogenic variant c.7271T&gt;G. Recommend cascade testing of 3 children.</text>\n"
                    " </section></component></structuredBody></component>\n</ClinicalDocument>\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 NIPT high-risk result to OB",
        notes="HL7 result with patient name, DOB and a high-risk trisomy 21 screen sent to her obstetrician.",
        frm=f"HelixPath Interface <interface@{HPG}>",
        to="hl7@fairviewobgyn.com",
        subject="Result notification",
        body="1 result message attached. Counselling call already completed with patient 10/15.",
        atts=(
            Att(
                "ORU_HPG_1015.hl7",
                "application/hl7-v2",
                (
                    "MSH|^~\\&|HPG|HELIXPATH|FVOB|FAIRVIEW|202610151610||ORU^R01|HPG50991|P|2.5.1\r"
                    "PID|1||HPG-210457^^^HPG^MR||MBEKI^ZANELE||19900612|F\r"
                    "OBR|1||NIPT-88312|81420^FETAL CHROMOSOMAL ANEUPLOIDY^CPT|||202610091100\r"
                    "OBX|1|ST|NIPT^Trisomy 21||HIGH RISK (PPV est. 91%)||||||F\r"
                    "OBX|2|NM|FF^Fetal fraction||9.4|%|||||F\r"
                    "NTE|1||Patient counselled; considering amniocentesis 10/22.\r"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry for genetic testing",
        notes="Hard positive: body is a batch number only; the X12 270 names the subscriber with member ID and DOB.",
        frm=f"Revenue Cycle <rcm@{HPG}>",
        to="edi@buckeyecarehealth.com",
        subject="270 batch 20261016-03",
        body="Batch attached.",
        atts=(
            Att(
                "HPG_270_20261016_03.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*HELIXPATH      *ZZ*BUCKEYECARE    *261016*0905*^*00501*000000903*0*P*:~\n"
                    "GS*HS*HELIXPATH*BUCKEYECARE*20261016*0905*903*X*005010X279A1~\nST*270*0001*005010X279A1~\n"
                    "BHT*0022*13*HPG903*20261016*0905~\nHL*1**20*1~\nNM1*PR*2*BUCKEYE CARE HEALTH*****PI*34117~\n"
                    "HL*2*1*21*1~\nNM1*1P*2*HELIXPATH GENETIC COUNSELING*****XX*1842861803~\n"
                    "HL*3*2*22*0~\nNM1*IL*1*OKEKE*CHIAMAKA****MI*BCH99102774~\nDMG*D8*19850129*F~\n"
                    "EQ*30~\nSE*12*0001~\nGE*1*903~\nIEA*1*000000903~\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="variant classification data-sharing summary",
        notes="Hard negative: summary of variant classifications submitted to a public database; gene and variant counts only.",
        frm=f"Variant Curation <curation@{HPG}>",
        to="consortium@clinvarsubmitters.org",
        subject="Q3 submission summary",
        body="Q3: 214 variant-level submissions, 0 case-level data. 31 VUS downgraded to likely benign (mostly ATM, CHEK2 missense), 4 upgraded to likely pathogenic (PALB2 x2, MSH6, RAD51C). No patient identifiers are included in the submissions.",
    ),
    Spec(
        phi=True,
        category="Medicare patient prior auth with MBI",
        notes="Prior authorization for a named Medicare patient's hereditary cancer panel including her MBI and breast cancer history.",
        frm=f"Revenue Cycle <rcm@{HPG}>",
        to="priorauth@ohiomedicareadvantage.com",
        subject="PA request - hereditary cancer panel",
        body="Please review:\nPatient: Lorraine Dietz, DOB 05/30/1957\nMBI: 3QW7-HN2-RT58\nDx: Z85.3 personal history of breast cancer (dx age 48), Z80.41 family history of ovarian cancer (sister)\nTest: 81162 BRCA1/2 full sequence + del/dup, and 81432 panel\nOrdering: Nathan Brooks, MD\n\nDocumentation attached in portal.\nKeisha Grant, Revenue Cycle",
    ),
    Spec(
        phi=False,
        category="counselor credentialing packet to payer",
        notes="Hard negative: a new genetic counselor's NPI, state licence and certification for payer credentialing; no patient.",
        frm=f"Credentialing <credentialing@{HPG}>",
        to="provider.enrollment@buckeyecarehealth.com",
        subject="Add provider - Jonah Whitcomb, MS, CGC",
        body="Please add to our group contract:\nJonah Whitcomb, MS, CGC\nNPI: 1175361660\nOhio genetic counselor licence GC.0411\nABGC certified 2024\nSpecialties: prenatal, reproductive carrier screening\nStart date: 11/01/2026\n\nThanks,\nAmy Ruiz, Credentialing",
    ),
    Spec(
        phi=False,
        category="CME lunch-and-learn invite to OBs",
        notes="Educational event invitation for obstetric clinicians with calendar; no patient.",
        frm=f"Provider Relations <providers@{HPG}>",
        to="physicians@fairviewobgyn.com",
        subject="Lunch & learn: NIPT false positives and when to offer diagnostic testing",
        body="Join our counselors for a 45-minute session with 1.0 CME credit. Lunch provided.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//HelixPath//Events//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:cme-nipt-20261104@helixpathgc.com\nDTSTAMP:20261016T140000Z\nDTSTART:20261104T170000Z\nDTEND:20261104T174500Z\n"
            "SUMMARY:Lunch & learn - NIPT false positives\nLOCATION:Fairview OB-GYN conference room\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="telehealth visit calendar file with indication",
        notes="Hard positive: generic body; the attached .ics names the patient and the Huntington disease predictive testing visit.",
        frm=f"HelixPath Scheduling <schedule@{HPG}>",
        to="dana.whitlock@gmail.com",
        subject="Your video visit",
        body="Your video visit details are attached. Join 5 minutes early from a quiet, private place.\n\nHelixPath Scheduling",
        atts=(
            Att(
                "video_visit.ics",
                "text/calendar",
                (
                    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//HelixPath//Scheduling//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
                    "UID:tele-hd-20261027@helixpathgc.com\nDTSTAMP:20261016T140000Z\nDTSTART:20261027T150000Z\nDTEND:20261027T160000Z\n"
                    "SUMMARY:Telegenetics - Dana Whitlock - HD predictive testing session 2 of 3\n"
                    "DESCRIPTION:Father affected with Huntington disease (CAG 44). Psych clearance done.\n"
                    "END:VEVENT\nEND:VCALENDAR\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified teaching case",
        notes="Hard negative: teaching case with age and pedigree but no name, dates or other identifiers.",
        frm=f"Jonah Whitcomb <jwhitcomb@{HPG}>",
        to="jwhitcomb.teaching@gmail.com",
        subject="Case for Thursday's seminar",
        body="(to my teaching account so I can print at the university)\n\nCase (de-identified, details altered):\nA woman in her early 30s is referred after her brother died suddenly while running. Autopsy showed left ventricular hypertrophy. Her father has a pacemaker. What is your differential, which panel do you order, and who in the family do you test first?\n\nBring a drawn pedigree.",
    ),
    Spec(
        phi=True,
        category="add-on test request to lab",
        notes="Hard positive: terse request with patient surname, lab accession and an added PALB2 test.",
        frm=f"Rebecca Lowe <rlowe@{HPG}>",
        to="clientservices@meridiangenomicslab.com",
        subject="add-on",
        body="pls add on PALB2 del/dup for pt Okeke, acc# HX-22817, same sample. thx - R",
    ),
    Spec(
        phi=False,
        category="telehealth platform invoice query",
        notes="Vendor billing query; no health information.",
        frm=f"Accounts Payable <ap@{HPG}>",
        to="billing@clearviewtelehealth.com",
        subject="Invoice 2026-1184 - seat count",
        body="Hi, invoice 2026-1184 bills 14 seats; we have 11 active counselors since September. Please reissue.\n\nThanks, Ben",
    ),
    Spec(
        phi=True,
        category="monthly referral log to partner hospital",
        notes="Multi-sheet workbook of referred patients with names, MRNs, indications and visit status.",
        frm=f"Operations <ops@{HPG}>",
        to="genetics-liaison@harwoodgeneralhospital.org",
        subject="September referral log",
        body="Attached is the September log for referrals from your service lines, as per our agreement.",
        atts=(
            Att(
                "referrals_sep2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Referrals": [
                            ["MRN", "Patient", "Referring", "Indication"],
                            ["HGH-0918823", "Victor Almeida", "Brooks", "pancreatic cancer"],
                            [
                                "HGH-0920107",
                                "Keira Nash",
                                "Patel",
                                "AMA 38, NIPT low fetal fraction",
                            ],
                            ["HGH-0871240", "Owen Pryce", "Salas", "developmental delay, autism"],
                        ],
                        "Status": [
                            ["MRN", "Seen", "Test", "Result"],
                            ["HGH-0918823", "2026-09-16", "panel", "ATM pathogenic"],
                            ["HGH-0920107", "2026-09-21", "redraw NIPT", "low risk"],
                            ["HGH-0871240", "2026-09-29", "microarray + FMR1", "pending"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="counselor productivity metrics",
        notes="Hard negative: per-counselor visit counts and turnaround times; staff names with workload numbers only.",
        frm=f"Operations <ops@{HPG}>",
        to="leadership@helixpathgc.com",
        subject="Q3 productivity",
        body="Productivity workbook attached. Turnaround improved after we moved result disclosure to video.",
        atts=(
            Att(
                "productivity_q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Visits": [
                            ["Counselor", "New", "Follow-up", "Results"],
                            ["R. Lowe", 142, 61, 88],
                            ["J. Whitcomb", 37, 10, 14],
                            ["S. Park", 128, 70, 95],
                        ],
                        "Turnaround": [
                            ["Metric", "Q2", "Q3"],
                            ["Referral to visit (days)", 19, 12],
                            ["Result to disclosure (days)", 6, 3],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="microarray result to mother",
        notes="Hard positive: first name of a child, relationship and a 22q11.2 deletion result sent to the mother's gmail.",
        frm=f'"Sarah Park, MS, CGC" <spark@{HPG}>',
        to="sofia.ramirez.home@gmail.com",
        subject="Re: Mateo's test",
        body="Hi Sofia,\n\nThanks for your patience. Mateo's microarray did show a small deletion on chromosome 22 (22q11.2). I know that sounds scary; we'll go through everything together on Tuesday with Dr. Brooks, including the heart and calcium checks. Please don't google too much before then!\n\nSarah",
    ),
    Spec(
        phi=False,
        category="referring provider newsletter HTML",
        notes="HTML newsletter for referring providers about hereditary cancer testing criteria; no individual.",
        frm=f"HelixPath <news@{HPG}>",
        to="referring-providers@lists.helixpathgc.com",
        subject="NCCN 2026 updates: who qualifies for germline testing",
        body="",
        html="<html><body><h2>What changed in 2026</h2><ul><li>All patients with pancreatic or metastatic prostate cancer qualify.</li><li>Breast cancer diagnosed at 65 or younger.</li></ul><p>Refer by fax (614) 555-0164 or through the portal.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="cardiogenetics pre-visit questionnaire HTML",
        notes="HTML-only message naming the patient and his brother's sudden cardiac death as the reason for his visit.",
        frm=f"HelixPath Scheduling <schedule@{HPG}>",
        to="graham.pell@outlook.com",
        subject="Before your visit on Oct 29",
        body="",
        html="<html><body><p>Hi Graham,</p><p>Before your cardiovascular genetics visit on <b>October 29</b>, please complete the family history form. Because the referral relates to your brother's sudden cardiac death, please also bring any autopsy report you have.</p><p><a href='https://portal.helixpathgc.com/forms'>Open the form</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="forwarded prenatal referral to covering counselor",
        notes="Hard positive: one-line coverage request; the forwarded referral names a pregnant patient with an increased nuchal translucency.",
        frm=f"Rebecca Lowe <rlowe@{HPG}>",
        to="mvaldes@buckeyegeneticsgroup.com",
        subject="FW: urgent prenatal referral",
        body="Marisa - can you cover this one Monday? Spanish-speaking, I'm out. Thank you!!",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="referrals@fairviewobgyn.com",
            to=f"referrals@{HPG}",
            subject="urgent prenatal referral",
            body="Please see urgently: Yesenia Cortez, DOB 01/17/1996, G2P1 at 12w3d. NT 3.8 mm on 10/14. Declines NIPT, wants to discuss CVS. Prefers Spanish. Cell (614) 555-0187.",
        ),
    ),
    Spec(
        phi=False,
        category="conference slides with fictional pedigree",
        notes="Hard negative: zipped talk slides and handout using a clearly fictional teaching family.",
        frm=f"Sarah Park <spark@{HPG}>",
        to="speakers@midwestgcconference.org",
        subject="Final slides - session 4B",
        body="Final slides and handout attached. The 'Miller family' pedigree is fictional.",
        atts=(
            Att(
                "session4B_Park.zip",
                "application/zip",
                zipped(
                    {
                        "slides_outline.txt": "1. Why cascade testing fails\n2. Fictional Miller family: BRCA1 proband, 9 at-risk relatives, 2 tested\n3. Family letters vs direct contact\n4. Our uptake data: 31% -> 52% after direct outreach",
                        "handout.txt": "Handout: scripts for talking to relatives. All examples are invented.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lab billing reconciliation CSV",
        notes="CSV to an outside lab with patient names, DOBs and the genetic tests billed for each.",
        frm=f"Revenue Cycle <rcm@{HPG}>",
        to="billing@meridiangenomicslab.com",
        subject="Sept reconciliation - 3 mismatches",
        body="Hi Lena, three of your September invoices don't match our orders. Details attached.\n\nKeisha",
        atts=(
            Att(
                "recon_sep.csv",
                "text/csv",
                (
                    "accession,patient,dob,test_billed,test_ordered,issue\n"
                    "HX-22817,Chiamaka Okeke,1985-01-29,81432,81162,wrong CPT\n"
                    "HX-22902,Tamsin Greer,1977-08-11,81162,81162,duplicate\n"
                    "HX-23044,Owen Pryce,2021-06-03,81229,81229+81243,missing FMR1\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="gene panel catalogue for website",
        notes="Hard negative: list of genes with associated conditions for a web page; no person.",
        frm=f"Variant Curation <curation@{HPG}>",
        to="webteam@helixpathgc.com",
        subject="Panel list for the 'what we test' page",
        body="CSV attached for the table widget.",
        atts=(
            Att(
                "panel_genes.csv",
                "text/csv",
                "gene,condition,inheritance\nBRCA1,hereditary breast and ovarian cancer,AD\nMLH1,Lynch syndrome,AD\nCFTR,cystic fibrosis,AR\nMYH7,hypertrophic cardiomyopathy,AD\nHTT,Huntington disease,AD\nFMR1,fragile X syndrome,X-linked\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="predictive test result appointment to psychologist",
        notes="Hard positive: the subject carries the Huntington predictive test and the patient's first name and initial; body is logistics only.",
        frm=f"Rebecca Lowe <rlowe@{HPG}>",
        to="dr.amundsen@riversidepsychology.com",
        subject="Huntington predictive test - result appt for Dana W. 11/10",
        body="Room 3 booked 10-11:30, her husband is coming. You're on for the follow-up the same afternoon.",
    ),
    Spec(
        phi=False,
        category="GINA notice to staff",
        notes="Hard negative: HR notice about genetic-information nondiscrimination and the wellness programme; no individual.",
        frm=f"Human Resources <hr@{HPG}>",
        to="allstaff@helixpathgc.com",
        subject="Open enrollment + GINA reminder",
        body="Open enrollment runs Nov 2-16. Reminder: under GINA, the wellness program will never ask about your or your family's genetic test results or family medical history. Participation is voluntary.",
    ),
    Spec(
        phi=True,
        category="school accommodation letter for child with fragile X",
        notes="Letter to a school naming a child with fragile X syndrome and recommended accommodations.",
        frm=f"Sarah Park <spark@{HPG}>",
        to="counselor@northridgeelementary.org",
        subject="Letter for Owen's IEP meeting",
        body="Ms. Hale,\n\nAt his parents' request, our letter for Owen's IEP meeting is attached.\n\nSarah Park, MS, CGC",
        atts=(
            Att(
                "IEP_letter_Pryce.docx",
                DOCX,
                docx(
                    [
                        "HelixPath Genetic Counseling",
                        "Re: Owen Pryce, DOB 06/03/2021",
                        "Owen has a confirmed diagnosis of fragile X syndrome (FMR1 full mutation, >200 CGG repeats).",
                        "Children with fragile X often benefit from visual schedules, reduced sensory load and speech therapy.",
                        "We support an IEP with occupational and speech therapy services.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="research study recruitment flyer",
        notes="Hard negative: recruitment flyer for a Lynch syndrome study sent to clinics; no participant.",
        frm=f"Research <research@{HPG}>",
        to="clinics@ohiogimgroup.com",
        subject="Study flyer - LYNCH-OUTREACH",
        body="Please post the attached flyer in your waiting rooms.",
        atts=(
            Att(
                "lynch_study_flyer.pdf",
                "application/pdf",
                pdf(
                    [
                        "HELIXPATH GENETIC COUNSELING - RESEARCH STUDY",
                        "Do you or a relative have Lynch syndrome?",
                        "We are studying how families share genetic results.",
                        "Adults 18+, 2 online surveys, $50 gift card. IRB #2026-0417.",
                        "Call (614) 555-0165",
                    ],
                    "Study flyer",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="counselling summary to life insurer",
        notes="Genetic counselling summary for a named applicant sent to a life insurer under his authorization.",
        frm=f"Medical Records <records@{HPG}>",
        to="underwriting@greatlakesmutuallife.com",
        subject="Records request 55-1028 - Reilly",
        body="Per the authorization signed by Thomas Reilly, the requested summary is attached.\n\nMedical Records"
        + SIG,
        atts=(
            Att(
                "Reilly_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "HELIXPATH GENETIC COUNSELING - Visit summary",
                        "Patient: Thomas Reilly, DOB 12/02/1972",
                        "Indication: family history of early-onset colon cancer (mother, 41).",
                        "Result: MLH1 pathogenic variant (Lynch syndrome) confirmed 2025.",
                        "Plan: colonoscopy every 1-2 years; aspirin discussed.",
                    ],
                    "Visit summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="new referral intake call script",
        notes="Front-desk call script as a text file; no patient.",
        frm=f"Operations <ops@{HPG}>",
        to="frontdesk@helixpathgc.com",
        subject="Updated intake script",
        body="New script attached - use from Monday.",
        atts=(
            Att(
                "intake_script_v4.txt",
                "text/plain",
                "1. Verify name and DOB.\n2. Ask referral reason: prenatal / cancer / cardiac / pediatric / other.\n3. Ask for insurance card photo via portal.\n4. Offer video or in-person.\n5. Never leave results on voicemail.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="send-out lab price agreement",
        notes="Commercial agreement about test prices; no individual.",
        frm=f"Director <director@{HPG}>",
        to="contracts@meridiangenomicslab.com",
        subject="2027 client bill pricing",
        body="We can sign at $250 for the 84-gene panel client-bill and $150 for known-familial-variant tests, with a 14-day TAT guarantee. Please send redlines.\n\nDr. Nathan Brooks, Medical Director",
    ),
    Spec(
        phi=True,
        category="result note to PCP identified by DOB",
        notes="Hard positive: patient identified to her PCP only by DOB and visit date, with a negative APC result.",
        frm=f"Jonah Whitcomb <jwhitcomb@{HPG}>",
        to="dr.kessler@eastharwoodfamilymed.com",
        subject="Re: your referral",
        body="Dr. Kessler,\n\nRe your patient DOB 04/02/1961 seen here 10/14: APC full gene analysis was negative. Her polyp burden still warrants colonoscopy every year; MUTYH was also negative.\n\nJonah Whitcomb, MS, CGC",
    ),
    Spec(
        phi=False,
        category="anonymous reader Q&A column",
        notes="Hard negative: newspaper advice column answering an anonymous reader's question about carrier testing.",
        frm=f"Sarah Park <spark@{HPG}>",
        to="features@harwooddispatch.com",
        subject="Ask a Genetic Counselor - Nov column",
        body="Q: 'My husband and I are planning a pregnancy. Should we get carrier screening even though nobody in our families has a genetic disease?' - A reader\n\nA: Yes, consider it. Most babies born with recessive conditions like cystic fibrosis or SMA have no family history...",
    ),
    Spec(
        phi=False,
        category="staff meeting cancellation",
        notes="Cancelled staff meeting; no health information.",
        frm=f"Nathan Brooks <nbrooks@{HPG}>",
        to="allstaff@helixpathgc.com",
        subject="No case conference Friday",
        body="Cancelled this week - half the team is at the regional meeting. Resume Nov 6.",
    ),
    Spec(
        phi=True,
        category="carrier couple session summary to patient",
        notes="Visit summary to a patient's personal mailbox: she and her partner are both CF carriers and are considering CVS.",
        frm=f"Sarah Park <spark@{HPG}>",
        to="hannah.oyelowo@icloud.com",
        subject="Summary of today's session",
        body="Hi Hannah and Femi,\n\nAs promised, a summary of today's video session:\n- Hannah: CFTR F508del carrier. Femi: CFTR R117H carrier.\n- Each pregnancy has a 25% chance of being affected.\n- You are 11 weeks; CVS can be done at 11-13 weeks or amniocentesis from 15 weeks.\n- I've sent the referral to maternal-fetal medicine.\n\nTake care,\nSarah",
    ),
    Spec(
        phi=False,
        category="sample report with fictional patient",
        notes="Hard negative: sample report format using a clearly labelled fictional patient 'Jane Sample'.",
        frm=f"Provider Relations <providers@{HPG}>",
        to="office@lakesidefamilypractice.com",
        subject="What our reports look like",
        body="As requested, a SAMPLE report so your staff know where to find the result and recommendations.",
        atts=(
            Att(
                "SAMPLE_report.docx",
                DOCX,
                docx(
                    [
                        "SAMPLE REPORT - FICTIONAL PATIENT - NOT A REAL RESULT",
                        "Patient: Jane Sample   DOB: 01/01/1980   MRN: SAMPLE-0000",
                        "Result: Pathogenic variant in CHEK2 (example)",
                        "Recommendations: annual mammogram and consider breast MRI (example text).",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="VUS reclassification recontact to cardiologist",
        notes="Hard positive: patient identified by initials and home address with a MYH7 variant upgraded to likely pathogenic.",
        frm=f"Variant Curation <curation@{HPG}>",
        to="dr.sandoval@capitalheartassociates.com",
        subject="recontact needed",
        body="FYI re L.R. (your HCM pt, 88 Harbor Rd, Grove City): MYH7 c.2155C>T VUS -> LP per lab reclass 10/12. Letters bounced; can your office confirm her current address? Cascade testing of her 2 sons now possible.",
    ),
    Spec(
        phi=False,
        category="pedigree software license renewal",
        notes="Vendor licence renewal; no health information.",
        frm=f"IT <it@{HPG}>",
        to="renewals@pedigreedraw.com",
        subject="License renewal - 12 seats",
        body="Please renew our 12-seat license (account HPG-4471) for 2027 and send the invoice to ap@helixpathgc.com.",
    ),
    Spec(
        phi=False,
        category="newborn screening follow-up aggregate report",
        notes="Hard negative: counts of newborn screening follow-up referrals by condition sent to the state programme.",
        frm=f"Pediatric Genetics <peds@{HPG}>",
        to="nbs.program@odh.ohio.gov",
        subject="Q3 follow-up counts",
        body="Q3 follow-up referrals seen: CF positive screens 14 (2 confirmed), SCID 1 (0 confirmed), SMA 2 (2 confirmed), PKU 3 (1 confirmed). No case-level data included; case reports go through the secure portal.",
    ),
]
