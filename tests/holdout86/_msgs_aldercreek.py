"""Outbound mail of Alder Creek Chiropractic, a two-doctor chiropractic office (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import ACC, Att, Spec

SIG = (
    "\n\nAlder Creek Chiropractic & Wellness\n1180 Creekside Pkwy, Suite B, Eugene OR\n541-555-0121"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Chiropractic adjustment confirmation to patient",
        notes="Patient's gmail, full name and confirmed adjustment visit with her chiropractor.",
        frm=f"Alder Creek Front Desk <frontdesk@{ACC}>",
        to="rachel.dunmore@gmail.com",
        subject="Appointment confirmed",
        body="Hi Rachel Dunmore,\n\nYou're confirmed for your adjustment with Dr. Lindqvist on Thursday, October 22 at 4:30 PM. Please arrive 5 minutes early to update your pain questionnaire."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Narrative whiplash report to auto PIP adjuster",
        notes="Named claimant with PIP claim number, cervical sprain diagnosis and treatment plan to auto insurer.",
        frm=f"Dr. Henrik Lindqvist <drlindqvist@{ACC}>",
        to="pip.claims@cascadeautoins.com",
        subject="Narrative report - PIP claim 44-0918827",
        body="Please find my narrative report attached for your insured, Jamal Whitaker.\n\nHenrik Lindqvist, DC"
        + SIG,
        atts=(
            Att(
                "Whitaker_narrative.pdf",
                "application/pdf",
                pdf(
                    [
                        "ALDER CREEK CHIROPRACTIC - NARRATIVE REPORT",
                        "Patient: Jamal Whitaker   DOB 11/02/1987   PIP claim 44-0918827",
                        "Date of loss: 08/21/2026 (rear-ended at a stop light)",
                        "Dx: S13.4XXA cervical sprain; S16.1XXA neck muscle strain; M54.2 cervicalgia",
                        "Treatment: CMT 98940, 97140, 97012 - 18 visits to date; prognosis guarded",
                        "Henrik Lindqvist, DC   NPI 1090483581",
                    ],
                    "Narrative report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Superbill text file to patient for HSA claim",
        notes="Hard positive: body has only a first name and 'superbill'; the text attachment adds full name, DOB and ICD-10/CPT codes.",
        frm=f"Billing <billing@{ACC}>",
        to="f.ambrose@yahoo.com",
        subject="Superbill for your HSA",
        body="Hi Frank, here's the superbill you asked for so you can submit to your HSA administrator."
        + SIG,
        atts=(
            Att(
                "superbill_Ambrose_Q3.txt",
                "text/plain",
                "ALDER CREEK CHIROPRACTIC - SUPERBILL\nPatient: Frank Ambrose   DOB 03/09/1969\nProvider: Mara Ostrowski, DC  NPI 1272698469\n07/14/2026  98941 CMT 3-4 regions  M99.03, M54.50  $65.00\n08/11/2026  98941 CMT 3-4 regions  M99.03, M54.50  $65.00\n09/08/2026  98941, 97140            M99.03          $95.00\nTotal paid: $225.00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Note to mother about infant torticollis visit",
        notes="Hard positive: only the baby's first name, but sent to the mother about her torticollis treatment response.",
        frm=f"Dr. Mara Ostrowski <drostrowski@{ACC}>",
        to="jess.kimura.family@gmail.com",
        subject="Ava today",
        body="Hi Jess,\n\nAva did great today! Her head tilt is noticeably better and she turned to the left on her own twice. Keep up the tummy time and the side-lying play we practised. See you in two weeks.\n\nDr. Mara",
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing service",
        notes="Hard positive: body names no one; the X12 835 carries patient names, member IDs and chiropractic service payments.",
        frm=f"Office Manager <office@{ACC}>",
        to="posting@cascadebillingsvc.com",
        subject="ERA for posting - Regence 10/16",
        body="Pat, this ERA didn't auto-post. Can you post manually? Two of the lines were denied for missing AT modifier.",
        atts=(
            Att(
                "regence_era_1016.x12",
                "application/EDI-X12",
                "ISA*00*          *00*          *ZZ*REGENCEOR      *ZZ*ALDERCREEK     *261016*0900*^*00501*000118203*0*P*:~"
                "GS*HP*REGENCEOR*ALDERCREEK*20261016*0900*118203*X*005010X221A1~ST*835*0001~BPR*I*142.50*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20261016~"
                "CLP*AC88120*1*210.00*98.50*0*12*REG26101601~NM1*QC*1*CALDERON*BEATRIZ****MI*REG4410028815~SVC*HC:98941:AT*65.00*55.00**1~"
                "CLP*AC88133*4*65.00*0*0*12*REG26101602~NM1*QC*1*HUYNH*PETER****MI*REG4410077120~SVC*HC:98940*65.00*0**1~CAS*CO*4*65.00~SE*10*0001~GE*1*118203~IEA*1*000118203~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry for chiropractic coverage",
        notes="Hard positive: no diagnosis, but an eligibility inquiry for chiropractic service type with member ID, name and birth date reveals the person is a patient.",
        frm=f"Billing <billing@{ACC}>",
        to="realtime@availityedi-gateway.com",
        subject="270 batch",
        body="270 batch for tomorrow's new patients.",
        atts=(
            Att(
                "acc_270_1022.x12",
                "application/EDI-X12",
                "ISA*00*          *00*          *ZZ*ALDERCREEK     *ZZ*GATEWAY        *261021*1630*^*00501*000000731*0*P*:~"
                "GS*HS*ALDERCREEK*GATEWAY*20261021*1630*731*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*ACC731*20261021*1630~"
                "NM1*1P*2*ALDER CREEK CHIROPRACTIC*****XX*1568542876~NM1*IL*1*STRAND*MEGAN****MI*MODA80331725~DMG*D8*19920414~EQ*33~SE*7*0001~GE*1*731~IEA*1*000000731~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient balance aging workbook to collection agency",
        notes="Hard positive: no diagnosis, but the workbook ties named patients and phone numbers to chiropractic visits, CPT codes and balances owed.",
        frm=f"Office Manager <office@{ACC}>",
        to="newaccounts@willamettecollections.com",
        subject="Accounts for placement - October",
        body="Attached are the accounts over 120 days we're placing this month. Payment plans offered and declined on all of them."
        + SIG,
        atts=(
            Att(
                "ACC_placements_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Placements": [
                            ["Patient", "Phone", "Last DOS", "Balance"],
                            ["Trent Mulvaney", "541-555-0109", "2026-05-12", 480.0],
                            ["Corinne Astley", "541-555-0186", "2026-04-30", 312.5],
                            ["Dmitri Volkov", "541-555-0134", "2026-06-02", 655.0],
                        ],
                        "Services": [
                            ["Patient", "CPT", "Units"],
                            ["Trent Mulvaney", "98941", 6],
                            ["Corinne Astley", "98940", 5],
                            ["Dmitri Volkov", "97012", 9],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Condition-segmented HTML newsletter to scoliosis patient",
        notes="Hard positive: marketing mail addressed by name that reveals the recipient is being treated for scoliosis (condition-segmented list).",
        frm=f"Alder Creek Chiropractic <news@{ACC}>",
        to="tessa.nguyen04@outlook.com",
        subject="New for our scoliosis patients",
        body="",
        html="<html><body><p>Hi Tessa,</p><p>Because you're part of our <b>scoliosis care program</b>, you get early access to our new Schroth-based exercise class starting November 3. Your next curve re-check x-ray is due this winter - we'll remind you.</p><p><a href='https://aldercreekchiro.com/schroth'>Reserve a spot</a></p><img src='https://track.mailpilot.io/o.gif?u=88231' width='1' height='1'></body></html>",
    ),
    Spec(
        phi=True,
        category="Chiropractic records zip to patient's attorney",
        notes="Zip of SOAP notes and billing ledger for named patient sent to a personal-injury law firm.",
        frm=f"Records <records@{ACC}>",
        to="records@kesslervancelaw.com",
        subject="Records and billing - Darnell Fenwick",
        body="Attached are the chiropractic records and itemized billing for Darnell Fenwick, DOS 04/02/2026 - 08/27/2026, per your request and his authorization."
        + SIG,
        atts=(
            Att(
                "Fenwick_D_records.zip",
                "application/zip",
                zipped(
                    {
                        "SOAP_notes.txt": "Darnell Fenwick DOB 01/30/1985\n04/02/2026 S: low back pain 8/10 after MVA 03/28. O: L3-5 restriction, spasm. A: S33.5XXA lumbar sprain. P: CMT 3x/wk.\n08/27/2026 S: pain 2/10. A: improved. P: release to PRN.\n",
                        "ledger.csv": "date,cpt,charge\r\n2026-04-02,99203,185.00\r\n2026-04-02,98941,65.00\r\n2026-08-27,98941,65.00\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Password-protected records zip to attorney",
        notes="Body names the patient and dates of chiropractic care; attachment is an encrypted zip of his records.",
        frm=f"Records <records@{ACC}>",
        to="medrecords@pinnacleinjurylaw.com",
        subject="Requested records (encrypted)",
        body="Attached are the records for Marcus Delacroix, dates of service 03/02/2026 through 09/14/2026 (neck and mid-back care after his work injury). The password will come in a separate email.\n\nRecords Dept."
        + SIG,
        atts=(
            Att(
                "Delacroix_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Delacroix_SOAP.txt": "Marcus Delacroix DOB 06/18/1978. Dx S23.3XXA thoracic sprain, S13.4XXA. 24 visits.",
                    },
                    "Creek#4410",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Lumbar x-ray image named after patient for overread",
        notes="Hard positive: body says only 'please overread'; the PNG file name has the patient's name and the lumbar x-ray view.",
        frm=f"Dr. Henrik Lindqvist <drlindqvist@{ACC}>",
        to="reads@oregonchiroradiology.com",
        subject="overread please",
        body="Please overread, lateral view attached. AP to follow.\n\nH.L.",
        atts=(
            Att("Pruitt_Lorraine_lumbar_lat_2026-10-19.png", "image/png", png(8, 8, (90, 90, 90))),
        ),
    ),
    Spec(
        phi=True,
        category="Spinal decompression session calendar invite to patient",
        notes="Calendar invite to patient mailbox naming her and her spinal decompression series.",
        frm=f"Alder Creek Front Desk <frontdesk@{ACC}>",
        to="rosa.whitfield@icloud.com",
        subject="Decompression session #6",
        body="Hi Rosa, your next spinal decompression session is on the calendar. Please eat lightly beforehand.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Alder Creek//Front Desk//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:acc-decomp-6-88410@aldercreekchiro.com\r\nDTSTAMP:20261019T160000Z\r\nDTSTART:20261021T170000Z\r\nDTEND:20261021T174500Z\r\nSUMMARY:Spinal decompression #6 of 12 - Rosa Whitfield (L5-S1 disc)\r\nLOCATION:Alder Creek Chiropractic, Room 2\r\nORGANIZER:mailto:frontdesk@aldercreekchiro.com\r\nATTENDEE:mailto:rosa.whitfield@icloud.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Abbreviated return-to-work note to employer HR",
        notes="Hard positive: named employee and dense abbreviations (s/p MVA, c/s sprain, LBP, RTW) reveal diagnosis and treatment.",
        frm=f"Dr. Mara Ostrowski <drostrowski@{ACC}>",
        to="hr@mckenzieriverlumber.com",
        subject="RTW - Luis Carrasco",
        body="Luis Carrasco: pt may RTW 10/26 per DC, modified duty x2 wk (no lift >20#, no overhead). s/p MVA 9/30, c/s sprain + LBP, improving. f/u 2 wk.\n\nM. Ostrowski DC",
    ),
    Spec(
        phi=True,
        category="Massage therapy referral to licensed massage therapist",
        notes="Referral naming the patient with myofascial pain diagnosis and cautions.",
        frm=f"Dr. Henrik Lindqvist <drlindqvist@{ACC}>",
        to="booking@stillwatermassageeugene.com",
        subject="Referral - Priscilla Yoon",
        body="Hi Anneke,\n\nReferring Priscilla Yoon (541-555-0157) for weekly massage x 6. Dx: myofascial pain, upper trapezius and levator scapulae, tension headaches. Please avoid deep pressure over the left SCM; she has a history of carotid dissection (2019).\n\nThanks,\nHenrik Lindqvist, DC",
    ),
    Spec(
        phi=True,
        category="Lien funding intake with SSN",
        notes="Patient's SSN, name and accident treatment balance sent to a medical lien funding company.",
        frm=f"Office Manager <office@{ACC}>",
        to="underwriting@frontierlienfunding.com",
        subject="Lien funding request - Gutierrez",
        body="Requesting funding on the following lien:\n\nPatient: Adriana Gutierrez\nSSN: 412-58-3307\nDOB: 12/01/1990\nDate of accident: 05/17/2026\nTreatment: chiropractic 05/20-09/30, 31 visits, lumbar and cervical sprain\nOutstanding: $4,215.00\nAttorney: Kessler Vance Injury Law\n\nLien and treatment ledger available on request."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded patient complaint to malpractice carrier",
        notes="Forward of a named patient's complaint of arm numbness after a cervical adjustment, reported to the malpractice insurer.",
        frm=f"Dr. Henrik Lindqvist <drlindqvist@{ACC}>",
        to="claims@ncmicprotect.com",
        subject="FW: Possible claim notice",
        body="Per policy requirements I'm reporting a potential claim. The patient, Wesley Harlan, was adjusted on 10/13 (cervical diversified, C5-6) and reported arm numbness the next day. He was seen at urgent care; MRI pending. His email is below.\n\nHenrik Lindqvist, DC",
        forward=Spec(
            phi=True,
            category="-",
            notes="-",
            frm="Wesley Harlan <wes.harlan@hotmail.com>",
            to=f"frontdesk@{ACC}",
            subject="numbness after my adjustment",
            body="Since my adjustment Tuesday my left arm has been numb and tingling to the fingers. Urgent care thinks it may be a pinched nerve. I'm pretty upset and want to talk to Dr. Lindqvist. - Wes Harlan",
        ),
    ),
    Spec(
        phi=True,
        category="Disabled parking placard certification DOCX",
        notes="Certification form naming the patient with her mobility-limiting condition, sent to the patient.",
        frm=f"Dr. Mara Ostrowski <drostrowski@{ACC}>",
        to="hdavenport52@aol.com",
        subject="Your parking placard form",
        body="Helen, the completed DMV form is attached. Print it, sign page 1 and take it to the DMV office.\n\nDr. Ostrowski",
        atts=(
            Att(
                "DMV_placard_Davenport.docx",
                DOCX,
                docx(
                    [
                        "Oregon DMV - Disabled Person Parking Permit, Medical Certification",
                        "Applicant: Helen Davenport   DOB 02/27/1952",
                        "Condition: severe lumbar spinal stenosis with neurogenic claudication; cannot walk 200 ft without rest",
                        "Duration: permanent",
                        "Certifying provider: Mara Ostrowski, DC, OR licence 2388",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="One-line MRI result note to orthopedic scheduler",
        notes="Hard positive: terse note with patient's title, surname and birth date plus MRI finding of L4-5 herniation and referral request.",
        frm=f"Dr. Henrik Lindqvist <drlindqvist@{ACC}>",
        to="scheduling@willamettespinecenter.com",
        subject="can you fit her in",
        body="Mrs. Okonkwo (DOB 4/9/61) - MRI came back - L4-5 extrusion with L5 weakness. Can you fit her in Monday? Images on PACS.",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="Chiropractic office closure notice",
        notes="Office closure announcement to a mailing list; no individual.",
        frm=f"Alder Creek Chiropractic <news@{ACC}>",
        to="members@lists.aldercreekchiro.com",
        subject="Closed Friday for staff training",
        body="We will be closed Friday, October 30 for staff training. Emergencies: please call 541-555-0121 and follow the prompts."
        + SIG,
    ),
    Spec(
        phi=False,
        category="HTML-only text-neck article for parents",
        notes="Hard negative: HTML-only health article about teens' posture; no individual.",
        frm=f"Alder Creek Chiropractic <news@{ACC}>",
        to="families@lists.aldercreekchiro.com",
        subject="Is your teen getting 'text neck'?",
        body="",
        html="<html><body><h1>Text neck in teens</h1><p>Looking down at a phone puts up to 60 pounds of load on the neck. Signs: headaches after school, rounded shoulders, neck stiffness.</p><ul><li>Raise the screen to eye level</li><li>20-20-20 breaks</li><li>Chin tucks, 10 a day</li></ul><p>Free posture screenings for students every Saturday in November.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Chiropractor bio with NPI for directory",
        notes="Hard negative: clinician bio listing conditions treated and the doctor's NPI; no patient.",
        frm=f"Office Manager <office@{ACC}>",
        to="listings@eugenehealthdirectory.com",
        subject="Updated listing for Dr. Lindqvist",
        body="Please update our listing:\n\nHenrik Lindqvist, DC, DACBR (NPI 1090483581). Dr. Lindqvist treats sciatica, disc herniation, whiplash injuries and chronic migraine, and reads spinal x-rays as a board-certified chiropractic radiologist. Languages: English, Swedish."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Adjusting table repair request with serial",
        notes="Equipment service request with the table's serial number; no patient.",
        frm=f"Office Manager <office@{ACC}>",
        to="service@hillchirotables.com",
        subject="Drop piece not releasing - SN HA90-33182",
        body="Our HA90 table (SN HA90-33182) pelvic drop piece is sticking. Can a tech come next week? Mornings are best.\n\nThanks,\nGina",
    ),
    Spec(
        phi=False,
        category="CE seminar registration for chiropractor",
        notes="Hard negative: registers a clinician for a disc herniation seminar; clinician's name and a health topic, no patient.",
        frm=f"Office Manager <office@{ACC}>",
        to="registrar@pacificchirocollege.edu",
        subject="Registration - Managing Lumbar Disc Herniation (Nov 14)",
        body="Please register Dr. Mara Ostrowski, DC (OR licence 2388) for the 12-hour seminar 'Managing Lumbar Disc Herniation: Evidence and Red Flags' on November 14-15. Card on file.\n\nGina Pelletier"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Supply invoice payment to vendor",
        notes="Routine accounts payable email; no health data.",
        frm=f"Office Manager <office@{ACC}>",
        to="ar@northwestchirosupply.com",
        subject="Payment sent - invoice 2026-10-0412",
        body="ACH for invoice 2026-10-0412 ($612.40: paper table roll, face paper, Biofreeze 16 oz x 6) went out today.",
    ),
    Spec(
        phi=False,
        category="Topical analgesic shortage notice to patients",
        notes="Hard negative: product shortage notice mentioning pain relief products generally; no individual.",
        frm=f"Alder Creek Chiropractic <news@{ACC}>",
        to="members@lists.aldercreekchiro.com",
        subject="Biofreeze and lidocaine patches backordered",
        body="Our supplier has backordered Biofreeze roll-on and 4% lidocaine patches until mid-November. If you use them for muscle or joint pain, most pharmacies carry equivalent products. We'll email when they're back."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Annual practice statistics workbook to accountant",
        notes="Hard negative: multi-sheet aggregate counts by complaint and payer mix; no individual rows.",
        frm=f"Office Manager <office@{ACC}>",
        to="cpa@brightwateraccounting.com",
        subject="Year-to-date numbers for the tax meeting",
        body="Attached: YTD totals. We saw 2,310 unique patients; 38% low back pain.",
        atts=(
            Att(
                "ACC_YTD_stats.xlsx",
                XLSX,
                xlsx(
                    {
                        "Complaints": [
                            ["Chief complaint", "Patients", "%"],
                            ["Low back pain", 878, 38],
                            ["Neck pain", 601, 26],
                            ["Headache", 231, 10],
                            ["Other", 600, 26],
                        ],
                        "Payer mix": [
                            ["Payer", "Visits"],
                            ["Regence", 4120],
                            ["Moda", 2210],
                            ["PIP/auto", 1760],
                            ["Cash", 990],
                        ],
                        "Revenue": [
                            ["Month", "Collections"],
                            ["Jan", 61210],
                            ["Feb", 58840],
                            ["Mar", 64410],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Privacy policy PDF with identifier examples",
        notes="Hard negative: policy document lists example identifiers (Patient Name, DOB, SSN) as categories; no real person.",
        frm=f"Office Manager <office@{ACC}>",
        to="policies@oregonchiroassociation.org",
        subject="Our updated privacy policy for the member library",
        body="As requested, our updated minimum-necessary policy for the member resource library. Feel free to adapt it.",
        atts=(
            Att(
                "ACC_privacy_policy_v4.pdf",
                "application/pdf",
                pdf(
                    [
                        "ALDER CREEK CHIROPRACTIC - MINIMUM NECESSARY POLICY v4",
                        "1. Staff may view Patient Name, DOB, SSN, insurance ID only as needed for their role.",
                        "2. Faxes to attorneys require a signed authorization on file.",
                        "3. Never put a diagnosis in an email subject line.",
                        "4. Sample log entry: [Patient Name] [Date] [Record released] [Recipient].",
                    ],
                    "Minimum necessary policy",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Front desk receptionist job posting",
        notes="Job posting; no health information about anyone.",
        frm=f"Office Manager <office@{ACC}>",
        to="jobs@eugenecommunityboard.org",
        subject="Job posting: part-time front desk",
        body="Alder Creek Chiropractic seeks a friendly part-time front desk coordinator (M/W/F 1-7 PM). Scheduling software experience helpful; we'll train on insurance verification. $19/hr. Email resume to office@aldercreekchiro.com.",
    ),
    Spec(
        phi=False,
        category="Demo patient CSV from practice-management training",
        notes="Hard negative: CSV of clearly labelled vendor demo patients (Testpatient surnames, 1900 birth dates) used in software training.",
        frm=f"Office Manager <office@{ACC}>",
        to="support@chirotouchpro-software.com",
        subject="Import error with your demo file",
        body="Following your training session, the demo import file fails on row 3. These are your sample DEMO patients, not ours - file attached so you can reproduce.",
        atts=(
            Att(
                "demo_patients_import.csv",
                "text/csv",
                'last,first,dob,note\r\nTestpatient,Jane,1900-01-01,DEMO RECORD - DO NOT BILL\r\nTestpatient,John,1900-01-01,DEMO RECORD - DO NOT BILL\r\nSample,Baby,1900-01-01,DEMO RECORD - "quote\r\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Rent payment note to landlord",
        notes="Business mail about rent; no health data.",
        frm=f"Office Manager <office@{ACC}>",
        to="accounts@creeksideplazallc.com",
        subject="November rent",
        body="Hi Dave, November rent was sent by ACH this morning. Also, the parking lot light by Suite B is out again.\n\nGina",
    ),
    Spec(
        phi=False,
        category="New patient pricing reply to personal mailbox",
        notes="Hard negative: reply to a prospective patient's gmail gives general cash prices; nothing about the person's condition or care.",
        frm=f"Alder Creek Front Desk <frontdesk@{ACC}>",
        to="m.castellanos.pdx@gmail.com",
        subject="Re: prices",
        body="Hello,\n\nThanks for asking! Our cash prices: new patient exam $85, adjustment $55, 5-visit package $250. We also bill most insurance plans. Let us know if you'd like to schedule.\n\nAlder Creek Front Desk",
    ),
    Spec(
        phi=False,
        category="Insurance verification training memo with masked example",
        notes="Hard negative: staff memo with placeholder member ID and fake name explaining how to read 271 responses.",
        frm=f"Billing <billing@{ACC}>",
        to="trainer@cascadebillingsvc.com",
        subject="Draft memo for new hires - reading 271s",
        body="Can you review this before I give it to new hires?\n\nEXAMPLE (not a real patient): Member: Sample Person, Member ID: XXXXXXXX01. Look at EB*1 for active coverage, EB*A for coinsurance, and the 'chiropractic visit limit' in MSG segments. Always check whether the plan counts an exam and adjustment on the same day as one visit."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Chiropractic licence renewal to state board",
        notes="Hard negative: clinician licence number and CE hours to the regulator; provider data only.",
        frm=f"Dr. Mara Ostrowski <drostrowski@{ACC}>",
        to="licensing@obce.oregon.gov",
        subject="Licence 2388 renewal - CE certificates",
        body="I have uploaded my CE certificates for the 2026 renewal of licence 2388 (36 hours including 2 hours of ethics and 4 of cultural competency). DEA registration not applicable.\n\nMara Ostrowski, DC",
    ),
    Spec(
        phi=False,
        category="Marketing agency note on review responses",
        notes="Marketing coordination with a vendor; no patient details.",
        frm=f"Office Manager <office@{ACC}>",
        to="hello@brightsidelocalmarketing.com",
        subject="Google review replies",
        body="Reminder that we can't confirm anyone is a patient in review replies. Please use our generic reply: 'Thanks for your feedback - please call us so we can help.' No first names either.",
    ),
    Spec(
        phi=False,
        category="Staff flu shot clinic calendar invite",
        notes="Hard negative: staff vaccination clinic invite; no individual's health information.",
        frm=f"Office Manager <office@{ACC}>",
        to="nurse@mobilevaxoregon.com",
        subject="Staff flu clinic - Friday",
        body="Confirming the on-site staff flu clinic for our 9 employees.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Alder Creek//Office//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:acc-staff-flu-2026@aldercreekchiro.com\r\nDTSTAMP:20261019T160000Z\r\nDTSTART:20261023T200000Z\r\nDTEND:20261023T210000Z\r\nSUMMARY:Staff flu shot clinic\r\nLOCATION:Alder Creek break room\r\nORGANIZER:mailto:office@aldercreekchiro.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Blank fax cover template DOCX",
        notes="Hard negative: blank fax cover template with empty patient fields and a confidentiality notice.",
        frm=f"Office Manager <office@{ACC}>",
        to="print@eugenequickprint.com",
        subject="Fax cover for printing (500 pads)",
        body="Please print 500 pads of the attached fax cover, 50 sheets per pad.",
        atts=(
            Att(
                "fax_cover_template.docx",
                DOCX,
                docx(
                    [
                        "ALDER CREEK CHIROPRACTIC - FAX",
                        "To: ____________  Fax: ____________",
                        "Re patient: ____________  DOB: ________",
                        "Pages: ____",
                        "This fax may contain protected health information. If received in error, call 541-555-0121.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Workshop thank-you to yoga studio",
        notes="Community event coordination; no patient.",
        frm=f"Dr. Mara Ostrowski <drostrowski@{ACC}>",
        to="studio@riverbendyoga.com",
        subject="Thanks for hosting!",
        body="Thanks for hosting our 'Healthy Spine' workshop Saturday - 28 people came. Happy to do a follow-up in January on hip mobility.\n\nMara",
    ),
    Spec(
        phi=False,
        category="Forwarded vendor webinar invite to colleague",
        notes="Hard negative: forwarded vendor marketing webinar about a laser therapy device; no patient.",
        frm=f"Dr. Henrik Lindqvist <drlindqvist@{ACC}>",
        to="dr.ames@mckenziespinalcare.com",
        subject="FW: Class IV laser webinar",
        body="Ben - is this the one you mentioned? Thinking of going.",
        forward=Spec(
            phi=False,
            category="-",
            notes="-",
            frm="LaserPro Events <events@laserpromedical.com>",
            to=f"drlindqvist@{ACC}",
            subject="Webinar: Class IV laser for plantar fasciitis and knee OA",
            body="Join our free webinar on November 5 covering dosing protocols, contraindications and billing for Class IV laser therapy. Register at laserpromedical.com/webinar.",
        ),
    ),
    Spec(
        phi=False,
        category="Community health fair zipped flyers to chamber",
        notes="Zip of event flyers for a health fair; no individual.",
        frm=f"Office Manager <office@{ACC}>",
        to="events@eugenechamber.org",
        subject="Flyers for the health fair booth",
        body="Flyers attached for the health fair program.",
        atts=(
            Att(
                "ACC_healthfair_flyers.zip",
                "application/zip",
                zipped(
                    {
                        "flyer_posture.txt": "Free posture screening at the Alder Creek booth! Saturday 10-2.",
                        "flyer_backpack.txt": "Is your child's backpack too heavy? Stop by for a free fitting.",
                    }
                ),
            ),
        ),
    ),
]
