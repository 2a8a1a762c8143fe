"""Maple Sprout Pediatrics (primary care practice) outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nMaple Sprout Pediatrics\n2200 Orchard Bend Rd, Suite 4, Fairhaven\nPhone 555-0140 | Fax 555-0141"
CONF = "\n\nCONFIDENTIALITY: This message may contain information protected by law. If you received it in error, delete it and call 555-0140."

MESSAGES = [
    Spec(
        phi=True,
        category="Strep test result to parent gmail",
        notes="Parent's gmail told child Mateo Greer's throat culture was positive for strep and amoxicillin sent.",
        frm="Nurse Line <nurses@maplesproutpeds.com>",
        to="kgreer.family@gmail.com",
        subject="Mateo's test result",
        body="Hi Ms. Greer,\n\nMateo's throat culture came back positive for strep. Dr. Raman sent amoxicillin 400 mg/5 mL, 10 days, to the Walgreens on Birch St. He can go back to school after 12 hours on the antibiotic and no fever.\n\nJenna, RN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Practice closure notice for holiday",
        notes="Office hours notice to families list; no patient information.",
        frm="Maple Sprout Pediatrics <news@maplesproutpeds.com>",
        to="families@lists.maplesproutpeds.com",
        subject="Office closed Friday March 20 (staff training)",
        body="Dear families,\n\nWe will be closed Friday 3/20 for staff training. Our after-hours nurse line (555-0142) is open as usual. For emergencies call 911.\n\nThank you!"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Referral letter to pediatric cardiology (PDF)",
        notes="Referral PDF names infant, DOB and heart murmur with echo request.",
        frm="Referrals <referrals@maplesproutpeds.com>",
        to="intake@tristateheartkids.org",
        subject="New referral - see attached",
        body="Please find attached a referral from Dr. Owen Castellano. Kindly call the family to schedule."
        + SIG
        + CONF,
        atts=(
            Att(
                "referral_0317.pdf",
                "application/pdf",
                pdf(
                    [
                        "MAPLE SPROUT PEDIATRICS - REFERRAL",
                        "Patient: Noor Haddad   DOB: 11/02/2025   MRN MSP-204418",
                        "Referred to: Pediatric Cardiology",
                        "Reason: grade 3/6 holosystolic murmur LLSB, poor weight gain (5th %ile)",
                        "Request: echocardiogram and consult within 2 weeks",
                        "Referring: Owen Castellano, MD  NPI 1762093452",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Provider bio for website with conditions",
        notes="Hard negative: new clinician bio listing asthma, ADHD and eczema interests; no patient.",
        frm="Practice Manager <lmorrow@maplesproutpeds.com>",
        to="webteam@pixelmeadowdesign.com",
        subject="New provider bio for the Our Team page",
        body="Hi Alexis,\n\nCan you add this under Our Team?\n\nDana Whitfield, CPNP, joins Maple Sprout after eight years at Fairhaven Children's. She has a special interest in asthma action plans, ADHD follow-up, and eczema in toddlers. Dana speaks English and Spanish and is a mom of twins.\n\nPhoto is in the shared drive. Thanks!\nLaura Morrow, Practice Manager",
    ),
    Spec(
        phi=True,
        category="School medication authorization to school nurse",
        notes="Hard positive: school nurse form for named student with inhaler dosing and asthma diagnosis in attachment.",
        frm="Dana Whitfield CPNP <dwhitfield@maplesproutpeds.com>",
        to="nurse.ortiz@fairhavenschools.org",
        subject="Med form",
        body="Signed form attached as requested by the parent.\n\nDana",
        atts=(
            Att(
                "Med_Auth_Form_signed.docx",
                DOCX,
                docx(
                    [
                        "Fairhaven Public Schools - Medication Authorization",
                        "Student: Liam O'Connell   Grade 3   Teacher: Mrs. Pak",
                        "Diagnosis: moderate persistent asthma (J45.40)",
                        "Medication: albuterol HFA 90 mcg, 2 puffs q4h PRN wheeze, with spacer",
                        "Student may self-carry: NO",
                        "Prescriber: Dana Whitfield, CPNP, Maple Sprout Pediatrics, 555-0140",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Vaccine fridge temperature log to vendor",
        notes="Hard negative: refrigerator data-logger export with temperatures and serials; equipment, not people.",
        frm="Clinical Ops <ops@maplesproutpeds.com>",
        to="support@coldtracelogger.com",
        subject="Logger SN 44-19027 alarm - export attached",
        body="Our unit alarmed overnight (max 9.1 C for 22 min). CSV export attached. Can you confirm whether the probe is faulty? Vaccines were quarantined per protocol.\n\nRick Alvarez, Clinical Ops",
        atts=(
            Att(
                "SN4419027_export.csv",
                "text/csv",
                "timestamp,probe_c,door\n2026-03-15 23:40,4.8,closed\n2026-03-16 01:10,8.7,closed\n2026-03-16 01:22,9.1,closed\n2026-03-16 01:32,7.9,closed\n2026-03-16 02:00,5.0,closed\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Growth chart PNG emailed to parent",
        notes="Hard positive: growth-chart image named after the child sent to parent's yahoo; name + failure-to-thrive context in file name.",
        frm="Dr. Priya Raman <praman@maplesproutpeds.com>",
        to="ahmed.s.family@yahoo.com",
        subject="chart we talked about",
        body="Here is the chart from today's visit so you can show Grandma. We'll recheck weight in 2 weeks.\n\nDr. Raman",
        atts=(Att("Yusuf_Saleh_weight_FTT_chart.png", "image/png", png(6, 6, (40, 120, 200))),),
    ),
    Spec(
        phi=False,
        category="Payer credentialing with NPI",
        notes="Hard negative: credentialing update with clinicians' NPIs and DEA number only.",
        frm="Credentialing <credentialing@maplesproutpeds.com>",
        to="provider.enrollment@evergreenhealthplan.com",
        subject="Recredentialing packet - Maple Sprout Pediatrics",
        body="Hello,\n\nPlease update our group roster:\n\nPriya Raman, MD - Pediatrics - NPI 1428736502 - DEA BM4837261\nOwen Castellano, MD - Pediatrics - NPI 1762093452\nDana Whitfield, CPNP - NPI 1593208741\n\nGroup TIN and W-9 are on file. Let me know if you need the CAQH attestation date.\n\nMonique Tran\nCredentialing Coordinator",
    ),
    Spec(
        phi=True,
        category="Prior auth request to payer for growth hormone",
        notes="Prior authorization for somatropin with member ID and diagnosis for a named child.",
        frm="Prior Auth <pa@maplesproutpeds.com>",
        to="pharmacy.pa@evergreenhealthplan.com",
        subject="PA request - somatropin",
        body="Member: Avery Lindqvist\nMember ID: EHP7730192-02\nDOB: 06/14/2017\nDx: E34.3 short stature due to GH deficiency (stim test peak 6.2 ng/mL)\nDrug: somatropin 0.3 mg/kg/week\nPrescriber: Priya Raman MD, NPI 1428736502\n\nChart notes and endocrinology consult to follow by fax."
        + CONF,
    ),
    Spec(
        phi=False,
        category="Staff flu shot reminder",
        notes="Hard negative: staff vaccination compliance reminder naming no one's health status.",
        frm="HR <hr@maplesproutpeds.com>",
        to="allstaff@maplesproutpeds.com",
        subject="Reminder: annual TB screen + flu attestation due 3/31",
        body="Team,\n\nAnnual TB screening questionnaires and flu vaccine attestations are due March 31. Bring your forms to Laura. If you have a medical or religious exemption, submit it privately to HR - do not reply-all.\n\nThanks, HR",
    ),
    Spec(
        phi=True,
        category="Claim 837P to clearinghouse",
        notes="Hard positive: X12 837P with subscriber, child patient, DOB and otitis media dx.",
        frm="Billing <billing@maplesproutpeds.com>",
        to="submissions@claimbridge-edi.com",
        subject="Batch 0316-A",
        body="Batch 0316-A attached. 1 claim.",
        atts=(
            Att(
                "MSP_0316A.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*MAPLESPROUT    *ZZ*CLAIMBRIDGE    *260316*1015*^*00501*000004417*0*P*:~GS*HC*MAPLESPROUT*CLAIMBRIDGE*20260316*1015*4417*X*005010X222A1~ST*837*0001*005010X222A1~NM1*85*2*MAPLE SPROUT PEDIATRICS*****XX*1305769824~NM1*IL*1*PRUITT*DARRYL****MI*EHP5518820~NM1*QC*1*PRUITT*SOPHIE~DMG*D8*20210909*F~CLM*MSP88213*145***11:B:1*Y*A*Y*Y~HI*ABK:H6691~SV1*HC:99213*145*UN*1***1~DTP*472*D8*20260312~SE*10*0001~GE*1*4417~IEA*1*000004417~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Synthetic test patient for EHR interface",
        notes="Hard negative: vendor interface test using declared fake patient TEST, BABYONE; no real person.",
        frm="IT <it@maplesproutpeds.com>",
        to="interfaces@sproutchart-ehr.com",
        subject="Re: VXU test message failing validation",
        body="Hi Sam,\n\nUsing the sandbox test patient only (TEST^BABYONE, MRN ZZ000001, DOB 01/01/2020 - all synthetic, created by your team). The VXU still fails at RXA-5. Can you look?\n\nThanks, Greg",
    ),
    Spec(
        phi=True,
        category="Reply to mother re ADHD medication refill",
        notes="Hard positive: terse reply with child's first name and methylphenidate refill to parent's mailbox.",
        frm="Refills <refills@maplesproutpeds.com>",
        to="tasha.bellamy@icloud.com",
        subject="Re: refill",
        body="Done - Jalen's Concerta 27 is at CVS on Main. Reminder he's due for his ADHD med check + BP before the next fill.\n\nMaple Sprout Refill Team\n\n> Can you send Jalen's meds? we're out Friday\n> Tasha",
    ),
    Spec(
        phi=False,
        category="Aggregate quality report to ACO",
        notes="Hard negative: quarter-level well-child and immunization rates in two sheets; no individual rows.",
        frm="Quality <quality@maplesproutpeds.com>",
        to="reports@riverbendaco.org",
        subject="Q1 quality measures - Maple Sprout",
        body="Attached are our Q1 numerator/denominator counts for W30, WCV, CIS-10 and IMA.",
        atts=(
            Att(
                "MSP_Q1_measures.xlsx",
                XLSX,
                xlsx(
                    {
                        "Measures": [
                            ["Measure", "Numerator", "Denominator", "Rate"],
                            ["W30 (0-15mo)", 212, 251, 0.845],
                            ["WCV 3-21", 1880, 2604, 0.722],
                            ["CIS-10", 174, 236, 0.737],
                            ["IMA Combo 2", 301, 398, 0.756],
                        ],
                        "Notes": [
                            ["Item", "Note"],
                            ["Source", "EHR registry 3/14/2026"],
                            ["Exclusions", "hospice, deceased"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Well-visit reminder HTML with overdue vaccines",
        notes="HTML-only reminder to parent naming child and overdue MMR/varicella doses.",
        frm="Maple Sprout Pediatrics <reminders@maplesproutpeds.com>",
        to="hollis.family22@outlook.com",
        subject="Time for Ruby's 4-year checkup",
        body="",
        html="<html><body><p>Hi Hollis family,</p><p><b>Ruby Hollis</b> is due for her 4-year well visit. Our records show she is <b>overdue for MMR #2 and varicella #2</b>.</p><p><a href='https://portal.maplesproutpeds.com/schedule'>Book online</a> or call 555-0140.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Newsletter on RSV season",
        notes="HTML-only newsletter about RSV with no patients.",
        frm="Maple Sprout Pediatrics <news@maplesproutpeds.com>",
        to="families@lists.maplesproutpeds.com",
        subject="Sprout Notes: RSV is peaking - what parents should know",
        body="",
        html="<html><body><h2>Sprout Notes - March</h2><p>RSV cases are still high in our county. Watch for fast breathing, pulling in at the ribs, and fewer wet diapers. Infants born during the season may be eligible for nirsevimab - ask at your next visit.</p><p>Wash hands, keep sick siblings away from babies.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to new practice",
        notes="C-CDA summary for a transferring child with problems and medications sent to new pediatrician.",
        frm="Medical Records <records@maplesproutpeds.com>",
        to="records@lakeviewfamilymed.com",
        subject="Records transfer - signed release on file",
        body="Per the signed authorization, the continuity of care document is attached.",
        atts=(
            Att(
                "CCD_transfer.xml",
                "application/xml",
                '<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Continuity of Care Document</title><recordTarget><patientRole><id extension="MSP-118532" root="2.16.840.1.113883.19.5"/><patient><name><given>Eliza</given><family>Montrose</family></name><birthTime value="20190422"/></patient></patientRole></recordTarget><component><structuredBody><component><section><title>Problems</title><text>Type 1 diabetes mellitus (E10.9); celiac disease (K90.0)</text></section></component><component><section><title>Medications</title><text>insulin glargine 8 units nightly; insulin lispro per carb ratio 1:20</text></section></component></structuredBody></component></ClinicalDocument>\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for medical assistant",
        notes="Hard negative: job ad mentioning vaccines, vitals and HIPAA; no patient.",
        frm="Laura Morrow <lmorrow@maplesproutpeds.com>",
        to="jobs@fairhavencareers.net",
        subject="Posting: Certified Medical Assistant (FT)",
        body="Maple Sprout Pediatrics is hiring a full-time CMA. Duties: rooming patients, vitals, hearing/vision screens, administering vaccines under standing orders, prior auths. Must know HIPAA and be comfortable with crying toddlers. $21-24/hr. Apply to hr@maplesproutpeds.com.",
    ),
    Spec(
        phi=True,
        category="Forwarded lab note to colleague personal mailbox",
        notes="Hard positive: physician forwards lead level result for named toddler to own gmail (misdirected personal mailbox).",
        frm="Owen Castellano <ocastellano@maplesproutpeds.com>",
        to="owen.castellano.md@gmail.com",
        subject="Fwd: lead",
        body="for tonight's call",
        forward=Spec(
            phi=True,
            category="x",
            notes="x",
            frm="Lab Interface <labs@maplesproutpeds.com>",
            to="ocastellano@maplesproutpeds.com",
            subject="Critical: venous lead",
            body="Patient: Kenji Ward, 2y, MRN MSP-230971\nVenous lead 24 mcg/dL (ref <3.5). Confirmed. Please notify family and health dept.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor invoice",
        notes="Forward of a supply invoice for otoscope tips; no patient.",
        frm="Laura Morrow <lmorrow@maplesproutpeds.com>",
        to="ap@fairhavenbookkeeping.com",
        subject="Fwd: Invoice 77120 - Welch Allyn tips",
        body="Please pay - approved. LM",
        forward=Spec(
            phi=False,
            category="x",
            notes="x",
            frm="Orders <orders@medsupplyhub.com>",
            to="lmorrow@maplesproutpeds.com",
            subject="Invoice 77120",
            body="Invoice 77120\n20 boxes disposable otoscope specula 2.75 mm - $184.00\n4 boxes tongue depressors, pediatric - $22.40\nNet 30.",
        ),
    ),
    Spec(
        phi=True,
        category="Behavioral health referral letter DOCX",
        notes="Hard positive: counselling referral letter for a named teen with anxiety and self-harm history.",
        frm="Dr. Priya Raman <praman@maplesproutpeds.com>",
        to="intake@stillwatercounseling.com",
        subject="Referral",
        body="Letter attached. Family is expecting your call. Thank you.",
        atts=(
            Att(
                "letter.docx",
                DOCX,
                docx(
                    [
                        "Dear Stillwater intake team,",
                        "I am referring Harper Quinlan (15 y, DOB 09/30/2010) for individual therapy.",
                        "She has generalized anxiety disorder and disclosed superficial cutting in January; PHQ-A today 14, no current SI.",
                        "Started sertraline 25 mg on 3/2. Parent phone 555-0167.",
                        "Priya Raman, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training slides to staff",
        notes="Hard negative: training handout with made-up example names and field labels, clearly marked as examples.",
        frm="Compliance <compliance@maplesproutpeds.com>",
        to="allstaff@maplesproutpeds.com",
        subject="HIPAA refresher - quiz due Friday",
        body="Attached is this year's refresher. All examples are fictional.",
        atts=(
            Att(
                "HIPAA_refresher_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "MAPLE SPROUT PEDIATRICS - HIPAA REFRESHER 2026",
                        "Never put a patient name + diagnosis in an email subject.",
                        "Example (fictional): 'Re: Jane Sample asthma' -> WRONG",
                        "Fields that are identifiers: name, DOB, MRN, address, phone, photo.",
                        "Use the portal or secure mail for results.",
                        "Quiz: 10 questions, pass 80%.",
                    ],
                    "HIPAA refresher",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Eligibility inquiry X12 270",
        notes="Hard positive: X12 270 eligibility inquiry carrying child's name, DOB and member ID.",
        frm="Front Desk <frontdesk@maplesproutpeds.com>",
        to="edi@claimbridge-edi.com",
        subject="270 batch",
        body="270 attached for tomorrow's schedule.",
        atts=(
            Att(
                "elig_0317.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*MAPLESPROUT    *ZZ*CLAIMBRIDGE    *260316*1622*^*00501*000004421*0*P*:~GS*HS*MAPLESPROUT*CLAIMBRIDGE*20260316*1622*4421*X*005010X279A1~ST*270*0001*005010X279A1~HL*1**20*1~NM1*PR*2*BLUE MEADOW MEDICAID*****PI*44120~HL*2*1*21*1~NM1*1P*2*MAPLE SPROUT PEDIATRICS*****XX*1305769824~HL*3*2*22*0~NM1*IL*1*ESPINAL*CAMILA****MI*BMM90018843~DMG*D8*20230118~DTP*291*D8*20260317~EQ*30~SE*11*0001~GE*1*4421~IEA*1*000004421~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR vendor release notes",
        notes="Hard negative: reply to vendor about release notes describing new growth-chart and allergy fields; no patient.",
        frm="Greg Patel <it@maplesproutpeds.com>",
        to="releases@sproutchart-ehr.com",
        subject="Re: SproutChart 12.4 release notes",
        body="Thanks. Confirming we want the new fields turned on: Patient Name, DOB, Allergy, BMI percentile, Problem List export. Please schedule the upgrade for Sunday 3/22 after 6pm.\n\nGreg",
    ),
    Spec(
        phi=True,
        category="Calendar invite for ADHD follow-up",
        notes="ICS invite to parent's hotmail for named child's ADHD medication follow-up.",
        frm="Scheduling <schedule@maplesproutpeds.com>",
        to="rgarza1988@hotmail.com",
        subject="Appointment: Diego Garza - med check",
        body="Your appointment is confirmed. Please bring the Vanderbilt forms from school.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Maple Sprout//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:msp-appt-558120@maplesproutpeds.com\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260324T153000Z\r\nDTEND:20260324T160000Z\r\nSUMMARY:Diego Garza - ADHD med follow-up (Dr. Castellano)\r\nLOCATION:Maple Sprout Pediatrics, 2200 Orchard Bend Rd\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Staff meeting calendar invite",
        notes="ICS invite for provider meeting about asthma protocol; no patient.",
        frm="Laura Morrow <lmorrow@maplesproutpeds.com>",
        to="providers@maplesproutpeds.com",
        subject="Provider meeting - asthma protocol update",
        body="Agenda: new GINA step chart, spacer stock, AAP guideline on ICS-formoterol.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Maple Sprout//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:msp-mtg-0319@maplesproutpeds.com\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260319T170000Z\r\nDTEND:20260319T180000Z\r\nSUMMARY:Provider meeting - asthma protocol\r\nLOCATION:Conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="FHIR patient bundle to care manager",
        notes="Hard positive: FHIR bundle with Patient and Condition (sickle cell) sent to Medicaid care-management vendor.",
        frm="Care Coordination <carecoord@maplesproutpeds.com>",
        to="api-intake@bridgecaremgmt.com",
        subject="Care mgmt enrollment feed",
        body="Weekly enrollment JSON attached.",
        atts=(
            Att(
                "enroll_0316.json",
                "application/fhir+json",
                '{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"msp-77120","identifier":[{"system":"urn:msp:mrn","value":"MSP-077120"}],"name":[{"family":"Okafor","given":["Chidi"]}],"birthDate":"2018-07-03","address":[{"line":["41 Wren Ct"],"city":"Fairhaven","postalCode":"04417"}]}},{"resource":{"resourceType":"Condition","subject":{"reference":"Patient/msp-77120"},"code":{"text":"Sickle cell disease, HbSS (D57.1)"}}}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to parents",
        notes="Hard negative: amoxicillin shortage notice with alternatives; no individual.",
        frm="Maple Sprout Pediatrics <news@maplesproutpeds.com>",
        to="families@lists.maplesproutpeds.com",
        subject="Amoxicillin liquid shortage - what it means for your child",
        body="Local pharmacies are short on amoxicillin 400 mg/5 mL. If your child is prescribed it, we may send chewables or a different strength. Please do not stockpile. Call the nurse line with questions."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Billing statement with payment plan to parent",
        notes="Hard positive: balance letter to guardian naming child, account number and developmental screening visit charges.",
        frm="Billing <billing@maplesproutpeds.com>",
        to="mark.ellsworth@aol.com",
        subject="Statement and payment plan",
        body="Dear Mr. Ellsworth,\n\nYour balance of $312.50 is for Wyatt Ellsworth's developmental screening and speech-language evaluation referral visit on 02/11/2026 (account 40019-2). We can set up a plan of $50/month. Reply or call 555-0143.\n\nBilling Office"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Collections agency contract negotiation",
        notes="Hard negative: vendor contract discussion mentioning account numbers as format only; no patient data.",
        frm="Laura Morrow <lmorrow@maplesproutpeds.com>",
        to="sales@northpointrecovery.com",
        subject="Re: collections proposal",
        body="Hi Pete,\n\nWe're not sending any accounts until the BAA is signed. For the pilot we'd expect files with account number, guardian name, balance and date of service - but nothing clinical. Send the redlined BAA when ready.\n\nLaura",
    ),
    Spec(
        phi=True,
        category="Newborn visit summary to grandparent",
        notes="Hard positive: first-name-only note to grandmother on jaundice bilirubin result for baby.",
        frm="Nurse Line <nurses@maplesproutpeds.com>",
        to="grandma.june.p@gmail.com",
        subject="update on baby Theo",
        body="Hi June, Sara asked us to update you since she's resting. Theo's bilirubin today was 14.2, down from 16. No more light therapy needed, recheck Thursday at 10.\n\nMaple Sprout Nurses",
    ),
    Spec(
        phi=False,
        category="De-identified research extract to university",
        notes="Hard negative: de-identified asthma ED visit extract with year-only dates and 3-digit ZIPs under a data use agreement.",
        frm="Quality <quality@maplesproutpeds.com>",
        to="pedsresearch@statecollege.edu",
        subject="DUA 2026-04 extract (de-identified)",
        body="Attached is the de-identified extract per DUA 2026-04: study IDs only, year of birth, 3-digit ZIP, asthma severity, ED visits per year. No dates beyond year.",
        atts=(
            Att(
                "asthma_deid.csv",
                "text/csv",
                "study_id,yob,zip3,severity,ed_visits_2025\nS001,2016,044,moderate,2\nS002,2019,044,mild,0\nS003,2013,045,severe,4\nS004,2018,044,mild,1\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Sports physical form to coach",
        notes="Hard positive: cleared-with-restriction note to a coach naming athlete and concussion history.",
        frm="Dr. Owen Castellano <ocastellano@maplesproutpeds.com>",
        to="coach.barnes@fairhavenyouthsoccer.org",
        subject="Eli - clearance",
        body="Coach Barnes,\n\nAt his mom's request: Eli Vasquez-Moon is cleared for practice but no heading drills until 4/15 after his February concussion. He should stop immediately if headaches return.\n\nDr. Castellano",
    ),
    Spec(
        phi=False,
        category="Clinic team photo zip to marketing",
        notes="Zip of staff photos for the website; staff only, no patients.",
        frm="Laura Morrow <lmorrow@maplesproutpeds.com>",
        to="alexis@pixelmeadowdesign.com",
        subject="Team headshots",
        body="Zip attached with the 4 new headshots and captions.",
        atts=(
            Att(
                "headshots.zip",
                "application/zip",
                zipped(
                    {
                        "captions.txt": "raman.png - Priya Raman, MD\nwhitfield.png - Dana Whitfield, CPNP\n",
                        "raman.png": png(3, 3, (10, 10, 10)),
                        "whitfield.png": png(3, 3, (90, 90, 90)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Panel list to payer multi-sheet",
        notes="Patient panel workbook with names, DOBs and member IDs plus care-gap sheet sent to health plan.",
        frm="Quality <quality@maplesproutpeds.com>",
        to="gaps@evergreenhealthplan.com",
        subject="Care gap reconciliation - March",
        body="Attached is our reconciliation of your gap list. Sheet 2 shows gaps we closed.",
        atts=(
            Att(
                "gap_recon_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "Panel": [
                            ["Member ID", "Name", "DOB"],
                            ["EHP6601297-01", "Brooks, Amara", "2020-05-11"],
                            ["EHP6601334-03", "Nguyen, Bao", "2019-12-02"],
                            ["EHP6602010-01", "Fitch, Lila", "2021-08-27"],
                        ],
                        "Closed gaps": [
                            ["Member ID", "Gap", "Date closed"],
                            ["EHP6601297-01", "Lead screening", "2026-02-20"],
                            ["EHP6602010-01", "Dental varnish", "2026-03-04"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Plain text printer ticket",
        notes="IT ticket about label printer with text log; no patient data.",
        frm="Greg Patel <it@maplesproutpeds.com>",
        to="help@zebrafixit.com",
        subject="Label printer ZD421 jamming",
        body="Log attached.",
        atts=(
            Att(
                "zd421_log.txt",
                "text/plain",
                "2026-03-16 08:02 ERR media out\n2026-03-16 08:05 calibrate ok\n2026-03-16 08:41 ERR head open\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Short text to parent about allergy test",
        notes="Plain reply to parent's mailbox: child's peanut IgE result and EpiPen prescription.",
        frm="Dana Whitfield CPNP <dwhitfield@maplesproutpeds.com>",
        to="priya.k.shah@gmail.com",
        subject="Re: Aarav labs",
        body="Hi Priya - Aarav's peanut IgE came back 18.4 kU/L (high). I sent EpiPen Jr x2 and the allergy referral. Strict avoidance until allergist sees him.\n\nDana",
    ),
    Spec(
        phi=False,
        category="Payer fee schedule question",
        notes="Hard negative: CPT codes for vaccines and admin fees discussed with payer; no patient.",
        frm="Billing <billing@maplesproutpeds.com>",
        to="provider.relations@evergreenhealthplan.com",
        subject="2026 fee schedule - 90460/90461",
        body="Hello,\n\nOur 2026 fee schedule shows 90460 at $18.20 but 90461 missing. Also please confirm 90381 (nirsevimab) is payable under the medical benefit. Group NPI 1305769824.\n\nThanks, Maple Sprout Billing",
    ),
]
