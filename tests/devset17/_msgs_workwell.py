"""WorkWell Occupational Health: fifteen PHI messages and fifteen that only look like PHI."""

from __future__ import annotations

from _att import XLSX, docx, pdf, xlsx, zipped
from _spec import WWO, Att, Spec

SIG_CM = "Bridget Okonkwo, RN, COHN\nCase Management | WorkWell Occupational Health\n(555) 480-2210"

HL7_LEAD = (
    "MSH|^~\\&|WWO_LIS|WORKWELL|STATE_ELR|WIDHS|202611111103||ORU^R01|WWO55120|P|2.5.1\r"
    "PID|1||WWO118276^^^WWO^MR||Szczepanski^Dariusz||19840312|M|||1420 Foundry Ln^^West "
    "Allis^WI^53214||555-219-3307\r"
    "ORC|RE|WWO-L-8812\r"
    "OBR|1|WWO-L-8812||5671-3^Lead [Mass/volume] in Blood^LN|||202611100815\r"
    "OBX|1|NM|5671-3^Lead BldV-mCnc^LN||27|ug/dL|<3.5|H|||F\r"
    "NTE|1||Employer: Badger Brass Works (smelting). OSHA medical removal threshold review.\r"
)

CCDA_WORKER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    "<title>WorkWell Occupational Health - Transition of Care</title>\n"
    '<recordTarget><patientRole><id extension="WWO203394"/>'
    "<patient><name><given>Lashonda</given><family>Merriweather</family></name>"
    '<birthTime value="19790611"/></patient></patientRole></recordTarget>\n'
    "<component><structuredBody><component><section><title>Encounter</title>"
    "<text>Work injury 10/29/2026: lumbar strain lifting totes. PT 2x/week x 4 weeks; "
    "cyclobenzaprine 5 mg qHS. MRI not indicated. Released to PCP for ongoing hypertension "
    "follow-up (BP 162/98 at visits).</text></section></component></structuredBody>"
    "</component>\n</ClinicalDocument>\n"
)

X12_837_WC = (
    "ISA*00*          *00*          *ZZ*WORKWELLOCC    *ZZ*CLEARPATHX     *261112*1610*^*00501"
    "*000002290*0*P*:~GS*HC*WORKWELLOCC*CLEARPATHX*20261112*1610*2290*X*005010X222A1~"
    "ST*837*0001*005010X222A1~NM1*85*2*WORKWELL OCCUPATIONAL HEALTH*****XX*1856641463~"
    "NM1*IL*1*TRAN*KHANH****MI*WC26-0448172~DMG*D8*19920907*M~"
    "REF*Y4*WC26-0448172~CLM*WW-77120*385***11:B:1*Y*A*Y*Y~HI*ABK:S61.411A*ABF:W26.0XXA~"
    "SV1*HC:12002*240*UN*1~SV1*HC:99203*145*UN*1~DTP*472*D8*20261105~"
    "SE*11*0001~GE*1*2290~IEA*1*000002290~"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="drug screen result to employer",
        notes="A named candidate's drug screen status sent to the employer's HR.",
        frm=f"WorkWell Results <results@{WWO}>",
        to="hr.onboarding@tristatelogistics.com",
        subject="Pre-employment results - batch 11/10",
        body="Hello Sandra,\n\nResults for candidates collected 11/10:\n\n"
        "Terrence Bogdanovich - 10-panel negative, physical cleared\n"
        "Alisha Fontenot - 10-panel non-negative, pending MRO review (do not start)\n"
        "Marco Vitale - physical cleared with restriction: no ladder work pending BP recheck\n"
        "\nWorkWell Results Desk\n",
    ),
    Spec(
        phi=True,
        category="DOT medical examiner certificate PDF",
        notes="DOT medical certificate PDF naming the driver, licence number and a corrective "
        "lens/1-year limitation.",
        frm=f"DOT Exams <dot@{WWO}>",
        to="safety@greatlakesfreightco.com",
        subject="med cert - driver 4471",
        body="Certificate attached for your driver file.\n\nDOT Exam Desk\n",
        atts=(
            Att(
                "MEC_driver4471.pdf",
                "application/pdf",
                pdf(
                    [
                        "WORKWELL OCCUPATIONAL HEALTH - Medical Examiner's Certificate",
                        "Driver: Rustam Nurmagambetov   CDL WI N651-2280-4417-03",
                        "Certified for 1 year only (hypertension, BP 148/92, on lisinopril).",
                        "Wearing corrective lenses required.",
                        "Examiner: Brendan Fahey, DO  NPI 1573810557",
                    ],
                    "Medical Examiner's Certificate",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lowercase chart subject, laceration",
        notes="Hard positive: chart-style lower-case subject (surname, initial) with an injury, "
        "sutures and work status.",
        frm=f"Dr. Brendan Fahey <bfahey@{WWO}>",
        to=f"casemgmt@{WWO}",
        subject="tran, k - lac R hand",
        body="4 sutures, R thenar lac from box cutter. tdap given. RTW today modified: no wet "
        "work or gloves-required tasks til suture removal 11/16. please call the employer. -BF\n",
    ),
    Spec(
        phi=True,
        category="work status DOCX to adjuster",
        notes="Work status report with claim number, diagnosis and restrictions to a workers' "
        "comp adjuster.",
        frm=f"Bridget Okonkwo <bokonkwo@{WWO}>",
        to="claims.adjuster@midstatecasualty.com",
        subject="claim WC26-0448172 status",
        body="Work status from today's recheck is attached.\n\n" + SIG_CM + "\n",
        atts=(
            Att(
                "work_status_1112.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "WorkWell Occupational Health - Work Status Report",
                        "Employee: Khanh Tran   Claim: WC26-0448172   DOI 11/05/2026",
                        "Dx: laceration right hand without foreign body (S61.411A).",
                        "Status: modified duty; no lifting > 10 lb with right hand until 11/19.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 workers comp bill",
        notes="X12 837 with the worker's name, claim number, DOB and laceration repair lines.",
        frm=f"Billing <billing@{WWO}>",
        to="edi@clearpathx.com",
        subject="WC batch 2290 - please confirm receipt",
        body="Batch attached; we have not seen a 999 for 2288 either.\n\nWorkWell Billing\n",
        atts=(Att("WWO_2290.x12", "application/edi-x12", X12_837_WC),),
    ),
    Spec(
        phi=True,
        category="pre-placement XLSX roster to employer",
        notes="Multi-sheet workbook with named hires, physical clearance, respirator and TB "
        "results.",
        frm=f"Client Services <clients@{WWO}>",
        to="ehs@badgerbrassworks.com",
        subject="November pre-placement tracker",
        body="Updated tracker attached (new hires + respirator clearances).\n\nClient Services\n",
        atts=(
            Att(
                "BBW_preplacement_Nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "Hires": [
                            ["Name", "Exam date", "Physical", "TB"],
                            ["Oluwaseun Adebayo", "2026-11-02", "cleared", "QFT negative"],
                            [
                                "Gintaras Petrauskas",
                                "2026-11-03",
                                "cleared w/ restriction",
                                "QFT positive - CXR ordered",
                            ],
                            ["Yesenia Carrillo", "2026-11-05", "cleared", "QFT negative"],
                        ],
                        "Respirator": [
                            ["Name", "PFT", "Fit test"],
                            ["Oluwaseun Adebayo", "FEV1 98%", "3M 7502 M pass"],
                            ["Gintaras Petrauskas", "FEV1 71% - refer", "deferred"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="collection pickup list",
        notes="Hard positive: surnames with specimen ids for a collection run; implies drug "
        "screens without naming them.",
        frm=f"Collections <collections@{WWO}>",
        to="dispatch@mobilecollectpros.com",
        subject="tomorrow 7am onsite - Great Lakes Freight",
        body="onsite at Great Lakes Freight dock 3, 7am. chain of custody forms in the kit.\n\n"
        "mendez - CCF 0448127\nobi - CCF 0448128\nkowalczyk - CCF 0448129 (observed, recollect)"
        "\n\nthx\n",
    ),
    Spec(
        phi=True,
        category="lowercase TB result note",
        notes="Hard positive: lower-case surname with a PPD induration and chest x-ray order.",
        frm=f"Employee Health Nurse <ehnurse@{WWO}>",
        to=f"Dr. Brendan Fahey <bfahey@{WWO}>",
        subject="huang, l - LTBI?",
        body="read today 14 mm, she's a healthcare worker at the nursing home contract. no sx. "
        "cxr ordered at radiology partners. start rifapentine/INH if clear? -Joy\n",
    ),
    Spec(
        phi=True,
        category="audiogram threshold shift to employer",
        notes="A named employee's standard threshold shift in a hearing conservation letter.",
        frm=f"Audiology <audiology@{WWO}>",
        to="safety@badgerbrassworks.com",
        subject="STS follow-up required",
        body="Hi Kurt,\n\nDwayne Pruitt's annual audiogram shows a standard threshold shift in "
        "the left ear (avg 12 dB at 2/3/4 kHz). OSHA requires a retest within 30 days and "
        "refitting of hearing protection. We've scheduled him for 12/2.\n\nWorkWell "
        "Audiology\n",
    ),
    Spec(
        phi=True,
        category="ICS recheck invite to worker",
        notes="Calendar invite for an injury recheck to the worker's gmail; name and injury in "
        "the description.",
        frm=f"Scheduling <scheduling@{WWO}>",
        to="khanh.tran92@gmail.com",
        subject="Invitation: suture removal @ Mon Nov 16",
        body="Please accept to confirm.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//WWO//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:wwo-appt-99812@workwellocc.com\r\n"
            "DTSTAMP:20261112T180000Z\r\nDTSTART:20261116T150000Z\r\nDTEND:20261116T151500Z\r\n"
            "SUMMARY:Suture removal - Khanh Tran (claim WC26-0448172)\r\n"
            "LOCATION:WorkWell West Allis\r\n"
            "DESCRIPTION:R hand laceration recheck. Bring your work status form.\r\n"
            "ATTENDEE:mailto:khanh.tran92@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="first-name greeting, clearance only in subject",
        notes="Hard positive: body greets the worker by first name; the fit test/PFT result is "
        "only in the subject.",
        frm=f"Respirator Program <respirator@{WWO}>",
        to="andre.beauchamp@icloud.com",
        subject="your PFT + fit test: cleared for half-face respirator, card attached",
        body="Hi Andre,\n\nAll set - see subject. Keep the card in your wallet.\n\nWorkWell\n",
        atts=(
            Att(
                "fit_card.txt",
                "text/plain",
                "WorkWell respirator clearance card\r\n"
                "Name: Andre Beauchamp\r\nModel: 3M 6200 M\r\nValid through 11/2027\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 blood lead report to state",
        notes="HL7 ORU with the worker's name, DOB, address and an elevated blood lead level.",
        frm=f"Lab Interfaces <lis@{WWO}>",
        to="elr.support@dhs.wisconsin.gov",
        subject="ELR resend - WWO55120",
        body="Resending the attached ORU; your portal showed it as rejected for missing "
        "OBR-7 last week.\n",
        atts=(Att("WWO55120.hl7", "application/hl7-v2", HL7_LEAD),),
    ),
    Spec(
        phi=True,
        category="case manager notes TXT",
        notes="Hard positive: TXT notes on a named worker's PT progress; body only says notes "
        "attached.",
        frm=f"Bridget Okonkwo <bokonkwo@{WWO}>",
        to="nurse.cm@midstatecasualty.com",
        subject="notes",
        body="notes from this week attached.\n\n" + SIG_CM + "\n",
        atts=(
            Att(
                "notes_1110.txt",
                "text/plain",
                "11/10 Merriweather, Lashonda - PT visit 4/8. Lumbar ROM improved, pain 4/10 "
                "(was 7). Still on cyclobenzaprine qHS. Employer has light duty (seated "
                "scanning) available; worker agrees to start 11/16.\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply in adjuster thread with MMI",
        notes="Reply to an adjuster's thread; the quoted question names the worker and the "
        "answer gives an MMI date and impairment rating.",
        frm=f"Dr. Brendan Fahey <bfahey@{WWO}>",
        to="claims.adjuster@midstatecasualty.com",
        subject="RE: Okafor-Lindqvist MMI",
        body="Yes - MMI as of 11/10/2026, 3% whole person impairment for the right shoulder per "
        "AMA Guides 6th. No permanent restrictions.\n\nBrendan Fahey, DO\n\n"
        "-----Original Message-----\nFrom: Claims Adjuster\nSent: Monday, November 9, 2026\n"
        "> Dr. Fahey, can you confirm MMI and any rating for Tobias Okafor-Lindqvist (rotator "
        "cuff strain, DOI 07/22/2026)?\n",
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care in ZIP",
        notes="C-CDA (inside a zip) to the worker's PCP with injury and hypertension.",
        frm=f"Medical Records <records@{WWO}>",
        to="records@southsidecommunityclinic.org",
        subject="transition of care",
        body="Transition of care document attached per the patient's request.\n",
        atts=(
            Att("toc_WWO203394.xml", "application/xml", CCDA_WORKER),
            Att("toc_package.zip", "application/zip", zipped({"toc_WWO203394.xml": CCDA_WORKER})),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="employer injury statistics",
        notes="Hard negative: business mail to an employer about injury counts and rates, "
        "aggregates only.",
        frm=f"Client Services <clients@{WWO}>",
        to="ehs@badgerbrassworks.com",
        subject="Q3 injury trends for your site",
        body="Hi Kurt,\n\nQ3 summary for the foundry: 11 injury visits (6 lacerations, 3 burns, "
        "2 strains), 4 OSHA recordables, recordable rate down from 4.1 to 2.9. Lacerations "
        "clustered on second shift near the grinding line - worth a glove audit.\n\nClient "
        "Services\n",
    ),
    Spec(
        phi=False,
        category="service price list",
        notes="Price list for DOT physicals and drug screens.",
        frm=f"Sales <sales@{WWO}>",
        to="purchasing@greatlakesfreightco.com",
        subject="2027 pricing",
        body="2027 rates:\nDOT physical $95\n5-panel DOT urine $48\n10-panel non-DOT $52\n"
        "Breath alcohol $35\nAudiogram $40\nRespirator clearance + fit test $85\n",
    ),
    Spec(
        phi=False,
        category="MRO invoice with SSN-shaped numbers",
        notes="Hard negative: an MRO vendor invoice whose invoice and account numbers look "
        "like SSNs.",
        frm=f"Accounts Payable <ap@{WWO}>",
        to="billing@meridianmroservices.com",
        subject="Invoice 372-45-1180 - disputed lines",
        body="Hello,\n\nOn invoice 372-45-1180 (account 508-14-2763) you billed 212 MRO "
        "reviews for October; our count is 198. Please send the line detail so we can "
        "reconcile.\n\nAccounts Payable\n",
    ),
    Spec(
        phi=False,
        category="clinic staff roster rows",
        notes="Hard negative: staff roster as 'Name - clinic' rows.",
        frm=f"Operations <ops@{WWO}>",
        to=f"all-staff@{WWO}",
        subject="who's where next week",
        body="Joy Abernathy - West Allis collections\nDeshawn Clarke - Menomonee Falls front\n"
        "Priscila Nunes - mobile van\nBrendan Fahey, DO - West Allis DOT exams\n"
        "Farida Sultani, PA - injury clinic\n",
    ),
    Spec(
        phi=False,
        category="provider exam schedule",
        notes="Hard negative: clinician schedule by exam type.",
        frm=f"Operations <ops@{WWO}>",
        to="hr@greatlakesfreightco.com",
        subject="DOT examiner availability",
        body="Dr. Brendan Fahey (certified medical examiner) - Mon/Wed/Fri 7-11am walk-in DOT "
        "physicals\nFarida Sultani, PA-C - injury care and recheck Tue/Thu\nSleep apnea "
        "screening questionnaire now part of every DOT exam.\n",
    ),
    Spec(
        phi=False,
        category="FMCSA regulation update",
        notes="Hard negative: regulatory update about diabetes and sleep apnea rules for drivers.",
        frm=f"Dr. Brendan Fahey <bfahey@{WWO}>",
        to="safety@greatlakesfreightco.com",
        subject="FMCSA guidance: insulin-treated drivers",
        body="Quick summary for your safety team: insulin-treated diabetes no longer needs an "
        "exemption; drivers bring form MCSA-5870 from their treating clinician within 45 days "
        "of the exam. Untreated moderate OSA still leads to short certification.\n",
    ),
    Spec(
        phi=False,
        category="worksite flu clinic flyer",
        notes="Flu clinic announcement for an employer site.",
        frm=f"Client Services <clients@{WWO}>",
        to="hr@tristatelogistics.com",
        subject="flyer: onsite flu shots 11/24",
        body="Flyer text:\nFREE FLU SHOTS - Tuesday Nov 24, break room, 6am-2pm. Bring your "
        "insurance card. Quadrivalent and high-dose (65+) available.\n",
    ),
    Spec(
        phi=False,
        category="synthetic test donor for lab interface",
        notes="Hard negative: lab interface test using a fictional donor clearly labelled test.",
        frm=f"Lab Interfaces <lis@{WWO}>",
        to="support@quantatoxlabs.com",
        subject="TEST donor for new CCF route",
        body="Please run the test specimen for the eCCF route validation:\n\nDonor: ZZTEST, "
        "DRUGSCREEN (synthetic - not a person)\nCCF TEST-000001\nExpected: negative, "
        "processing id T.\n",
    ),
    Spec(
        phi=False,
        category="caterer named like a person",
        notes="Hard negative: caterer invoice with a person-like business name.",
        frm=f"Office <office@{WWO}>",
        to="carlosmendozacatering@outlook.com",
        subject="invoice 2214 paid",
        body="Hi Carlos Mendoza Catering,\n\nInvoice 2214 (safety luncheon, 60 box lunches) was "
        "paid by check 10422 today. Thank you!\n\nWorkWell Office\n",
    ),
    Spec(
        phi=False,
        category="payroll notice",
        notes="Hard negative: HR payroll notice mentioning health insurance deductions.",
        frm=f"Payroll <payroll@{WWO}>",
        to=f"all-staff@{WWO}",
        subject="Payroll: new medical premium deductions start 1/1",
        body="Medical and dental premiums change with the first January paycheck. Employee-only "
        "medical: $62.10 per pay period. HSA employer seed $500.\n",
    ),
    Spec(
        phi=False,
        category="physician job posting",
        notes="Occupational medicine physician job posting.",
        frm=f"Recruiting <recruiting@{WWO}>",
        to="postings@acoem-careers.org",
        subject="Posting: Occupational Medicine Physician",
        body="WorkWell seeks a board-certified occupational medicine physician: injury care, "
        "DOT exams (NRCME), MRO services, medical surveillance (lead, silica, hearing).\n",
    ),
    Spec(
        phi=False,
        category="aggregate positivity PDF",
        notes="Hard negative: aggregate drug-test positivity by substance in a PDF report.",
        frm=f"Client Services <clients@{WWO}>",
        to="hr@tristatelogistics.com",
        subject="2026 drug testing summary",
        body="Annual summary attached. Numbers only, no donors.\n",
        atts=(
            Att(
                "2026_testing_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "WORKWELL OCCUPATIONAL HEALTH - 2026 Testing Summary",
                        "Tests: 1,184  Positives: 41 (3.5%)",
                        "Marijuana 24, amphetamines 9, oxycodone 5, cocaine 3",
                        "Post-accident tests: 17 (1 positive)",
                    ],
                    "2026 testing summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="holiday closure",
        notes="Clinic holiday hours.",
        frm=f"Operations <ops@{WWO}>",
        to="clients@lists.workwellocc.com",
        subject="Thanksgiving hours",
        body="All WorkWell clinics close Thu 11/26 and open 7am-noon Fri 11/27. Post-accident "
        "testing: call the 24/7 line (555) 480-2299.\n",
    ),
    Spec(
        phi=False,
        category="OSHA 300A summary",
        notes="Hard negative: OSHA 300A-style aggregate summary of injuries and illnesses.",
        frm=f"Safety Consulting <safety@{WWO}>",
        to="ehs@badgerbrassworks.com",
        subject="draft 300A for posting",
        body="Draft 300A totals for posting Feb 1:\nDeaths 0\nDays away cases 3\nJob transfer "
        "cases 5\nOther recordable 7\nHearing loss 2, skin disorders 1, respiratory 0\n"
        "Average employees 214; hours worked 441,300.\n",
    ),
    Spec(
        phi=False,
        category="naloxone training notice",
        notes="Staff training notice on naloxone.",
        frm=f"Clinical Education <education@{WWO}>",
        to=f"all-staff@{WWO}",
        subject="naloxone training Thursday",
        body="All front-desk and collections staff: 30-minute naloxone (Narcan 4 mg nasal) "
        "training Thursday 12:30 in Room 2. Required for collection-site staff.\n",
    ),
]
