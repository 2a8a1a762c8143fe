# ruff: noqa: E501
"""Riverbend Community Health Center (FQHC) outbound mail: PHI and clean, hand-labelled."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import KRL, MWH, RCHC, Att, Spec

SIG_FD = (
    "\n\nThanks,\nMaribel Ochoa\nPatient Access Representative\n"
    "Riverbend Community Health Center | 1400 Mill Race Rd, Suite 100\n"
    "Main 555-0142 | Fax 555-0143\n"
)
DISCLAIMER = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the "
    "intended recipient(s) and may contain confidential information. If you are not the "
    "intended recipient, please contact the sender and destroy all copies.\n"
)

_PHI: list[Spec] = [
    Spec(
        phi=True,
        category="dental referral with patient name and diagnosis",
        notes="Dental referral to oral surgeon: patient name, DOB, impacted third molars, Medicaid.",
        frm=f"Dr. Alana Whitfield <awhitfield@{RCHC}>",
        to="referrals@tricountyoms.com",
        subject="Referral - oral surgery consult",
        body=(
            "Hi team,\n\nReferring Deshawn Mercer (DOB 04/22/2003) for evaluation and extraction of "
            "#17 and #32, both mesioangular impactions with recurrent pericoronitis on #32. "
            "Pano attached to the referral in the portal. He is on Medicaid (Riverbend Health "
            "Plan ID RHP0048821). Please call him at 555-0187 to schedule; he prefers afternoons."
            "\n\nAlana Whitfield, DDS\nRiverbend CHC Dental" + DISCLAIMER
        ),
    ),
    Spec(
        phi=True,
        category="behavioral health quiet note to relative",
        notes="Hard positive: first name plus depression/med start sent to a relative's gmail.",
        frm=f'"Reyes, Tomas (LCSW)" <treyes@{RCHC}>',
        to="kbranson77@gmail.com",
        subject="Following up from Thursday",
        body=(
            "Hi Karen,\n\nThanks for coming in with Jamie on Thursday. As we discussed, Dr. Lin "
            "started the sertraline at 25 mg and we'll go up after two weeks if she tolerates it. "
            "Please keep an eye on the sleep and call the crisis line (988) or us if anything "
            "worries you. Her next session with me is the 19th at 3:30.\n\nTomas\n"
        ),
    ),
    Spec(
        phi=True,
        category="sliding fee eligibility letter",
        notes="Sliding-fee approval to patient's yahoo: name, address, account number, tier.",
        frm=f"Riverbend Billing <billing@{RCHC}>",
        to="lupe.castaneda62@yahoo.com",
        subject="Your Sliding Fee Discount application",
        body=(
            "Dear Guadalupe Castaneda,\n\nYour Sliding Fee Discount application has been approved "
            "at Tier B (nominal fee $25 per medical visit, $40 per dental visit) effective "
            "11/01/2026 through 10/31/2027. This applies to account 200417736 at 88 Orchard Ln, "
            "Apt 4. Your balance from the 10/14 visit for your diabetes check has been adjusted "
            "to $25.00.\n\nRiverbend Community Health Center Billing Office\n555-0150\n"
        ),
    ),
    Spec(
        phi=True,
        category="patient list initials and DOB",
        notes="Hard positive: no-show outreach list with only initials, DOB and overdue A1c.",
        frm=f"Renee Dubois <rdubois@{RCHC}>",
        to=f"care-team-blue@{RCHC}",
        subject="A1c overdue - outreach list for this week",
        body=(
            "Blue team, here are the ones still overdue for A1c > 6 months. Please call and book.\n\n"
            "  J.M.  03/02/1958  last A1c 9.8 (04/2026)\n"
            "  R.T.  11/19/1971  last A1c 8.4 (03/2026)\n"
            "  S.A.  07/07/1966  last A1c 10.2 (02/2026)  *needs interpreter, Somali*\n"
            "  P.H.  01/30/1980  last A1c 7.9 (05/2026)\n\n"
            "Renee\nQuality Improvement Coordinator\n"
        ),
    ),
    Spec(
        phi=True,
        category="lab requisition to reference lab with CSV",
        notes="CSV attachment only: pending lab orders with names, DOB, test codes to Keystone lab.",
        frm=f"Lab Desk <labdesk@{RCHC}>",
        to=f"clientservices@{KRL}",
        subject="Missing results - batch from 11/5 courier pickup",
        body=(
            "Hello Client Services,\n\nThe attached orders went out with Tuesday's courier pickup "
            "and we have no results posted yet. Can you check whether they were received?\n\n"
            "Thanks, Lab Desk (Riverbend, account RB-2201)\n"
        ),
        atts=(
            Att(
                "pending_1105.csv",
                "text/csv",
                "patient_name,dob,mrn,test,collected\n"
                "Okafor Chidi,1979-06-14,RB00331902,Lipid panel,2026-11-05\n"
                "Lindqvist Hanna,1992-02-08,RB00412277,HIV-1/2 Ag/Ab,2026-11-05\n"
                "Nguyen Bao,1965-10-30,RB00120458,HbA1c,2026-11-05\n"
                "Martinez Soledad,2001-12-12,RB00502314,CT/NG NAAT,2026-11-05\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject only PHI",
        notes="Hard positive: PHI only in the subject (name + HIV viral load); body is generic.",
        frm=f"Dr. Priya Raman <praman@{RCHC}>",
        to=f"pharmacy@{RCHC}",
        subject="Marcus Delacroix - viral load undetectable, continue Biktarvy 90-day",
        body="See subject. Please process the refill. Thanks.\n",
    ),
    Spec(
        phi=True,
        category="ICS invite for care appointment",
        notes="Calendar invite: patient name and prenatal intake appointment, sent to patient.",
        frm=f"Scheduling <schedule@{RCHC}>",
        to="aaliyah.brooks@icloud.com",
        subject="Appointment confirmation",
        body="Your appointment is attached as a calendar invite. Reply to this message to reschedule.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend CHC//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:rb-appt-7731902@riverbendchc.org\r\n"
            "DTSTAMP:20261109T140000Z\r\nDTSTART:20261117T150000Z\r\nDTEND:20261117T160000Z\r\n"
            "SUMMARY:Aaliyah Brooks - prenatal intake visit (8 wks) with Nurse Midwife\r\n"
            "LOCATION:Riverbend CHC Women's Clinic, 2nd floor\r\n"
            "DESCRIPTION:Bring insurance card and list of medications. Urine sample at check-in.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded thread with quoted reply from relative",
        notes="Hard positive: relative's reply quoted in a forward; mom's name + COPD inhaler issue.",
        frm=f"Hong Tran RN <htran@{RCHC}>",
        to=f"dr.okonjo@{RCHC}",
        subject="FW: Re: mom's inhaler",
        body=(
            "Dr. Okonjo, FYI see below from the daughter. Do you want to switch her to the "
            "Breo since Trelegy isn't covered? -Hong\n\n"
            "-----Original Message-----\nFrom: Linda Ferraro <lferraro.home@outlook.com>\n"
            "Sent: Monday, November 9, 2026 8:12 AM\nTo: Hong Tran RN\nSubject: Re: mom's inhaler\n\n"
            "Hi Hong, the pharmacy says Mom's Trelegy needs a prior auth and she's down to the last "
            "few puffs. Her breathing has been worse since the cold snap. Rosa Ferraro, DOB "
            "5/3/1944. Can someone call me? 555-0119\n\n"
            "> On Fri, Nov 6, Hong Tran RN wrote:\n> Rosa's spirometry looked stable, keep using the "
            "inhaler once daily.\n"
        ),
    ),
    Spec(
        phi=True,
        category="PNG wound photo with name in filename",
        notes="Hard positive: PHI only in the attachment file name (patient name + wound photo).",
        frm=f"Nadia Pruitt LPN <npruitt@{RCHC}>",
        to=f"woundcare@{RCHC}",
        subject="photo for Thursday review",
        body="Photo from today's dressing change attached. Same as last week per pt.\n",
        atts=(
            Att(
                "Halvorsen_Erik_L_heel_ulcer_2026-11-10.png", "image/png", png(6, 6, (150, 90, 80))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DOCX care coordination note",
        notes="DOCX only: SUD treatment referral (42 CFR Part 2) with name, DOB, MAT details.",
        frm=f"Jolene Whitehorse <jwhitehorse@{RCHC}>",
        to="intake@pathwaysrecovery.org",
        subject="Referral packet",
        body="Please see the attached referral packet. Patient consented to the release (form on file).\n",
        atts=(
            Att(
                "referral_packet.docx",
                DOCX,
                docx(
                    [
                        "Riverbend Community Health Center - Behavioral Health Referral",
                        "Patient: Cody Strand   DOB: 08/17/1990   MRN: RB00288310",
                        "Reason: Opioid use disorder, severe (F11.20). Stable on buprenorphine/"
                        "naloxone 16/4 mg daily since 06/2026; requests IOP closer to work.",
                        "UDS 11/02/2026: positive buprenorphine, negative fentanyl.",
                        "Part 2 consent signed 11/04/2026, valid 12 months.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="XLSX multi-sheet UDS patient-level extract",
        notes="XLSX multi-sheet: patient-level hypertension control list with MRN and BP.",
        frm=f"Kwame Asante <kasante@{RCHC}>",
        to="analytics@ohiopca-partners.org",
        subject="HTN control - patient detail for PCA data review",
        body=(
            "Attached is the detail behind measure CMS165 for the PCA data validation. "
            "Summary tab plus patient detail tab as requested.\n\nKwame\nData Analyst\n"
        ),
        atts=(
            Att(
                "cms165_detail.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Num", "Den", "Rate"],
                            ["CMS165", 1402, 2218, 0.632],
                        ],
                        "Patient detail": [
                            ["MRN", "Name", "DOB", "Last BP", "Controlled"],
                            ["RB00190233", "Whitaker, Doreen", "1957-04-11", "152/94", "N"],
                            ["RB00344510", "Pham, Quang", "1963-09-02", "128/78", "Y"],
                            ["RB00401187", "Soto, Ramon", "1970-01-25", "146/88", "N"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only patient portal nudge with condition",
        notes="HTML only: message to patient naming her and her mammogram follow-up.",
        frm=f"Riverbend Patient Messages <noreply@{RCHC}>",
        to="gwen.holloway@aol.com",
        subject="A message from your care team",
        body="",
        html=(
            "<html><body><p>Dear Gwendolyn Holloway,</p><p>Your screening mammogram on "
            "10/28/2026 showed an area that needs a <b>diagnostic mammogram and ultrasound</b>. "
            "We have reserved <b>Nov 18 at 10:15 AM</b> at Mercy Imaging.</p><p>Please call "
            "555-0142 to confirm.</p><p>Riverbend Community Health Center</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Mrs K room number med change",
        notes="Hard positive: 'Mrs. K' in room 3 at the respite unit with a med change, no full name.",
        frm=f"Dr. Samuel Okonjo <sokonjo@{RCHC}>",
        to="nursing@harborrespite.org",
        subject="Mrs. K rm 3",
        body=(
            "Hi - for Mrs. K in room 3, please stop the lisinopril (K+ 5.6 yesterday) and start "
            "amlodipine 5 mg daily. Repeat BMP Thursday, we'll send the order to Keystone. "
            "Call me if SBP > 170.\n\nSam Okonjo MD\n"
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 claim file",
        notes="Hard positive: X12 837P attachment only, with subscriber name, member id, DOB, diagnosis and CPT.",
        frm=f"Revenue Cycle <revcycle@{RCHC}>",
        to="edi-support@clearpathclearing.com",
        subject="Rejected batch 1109 - resubmission",
        body="Resubmitting the corrected claim from batch 1109 (loop 2010BA fixed). File attached.\n",
        atts=(
            Att(
                "rb_837p_1109.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*RIVERBENDCHC   *ZZ*CLEARPATH      *261109*1015*^*00501*000004417*0*P*:~\n"
                "GS*HC*RIVERBENDCHC*CLEARPATH*20261109*1015*4417*X*005010X222A1~\n"
                "ST*837*0001*005010X222A1~\n"
                "NM1*85*2*RIVERBEND COMMUNITY HEALTH CENTER*****XX*1947892778~\n"
                "NM1*IL*1*BELLAMY*TERRENCE****MI*WMD448120977~\n"
                "DMG*D8*19751203*M~\n"
                "CLM*RB88231*185***11:B:1*Y*A*Y*Y~\n"
                "HI*ABK:J45.41~\n"
                "SV1*HC:99214*185*UN*1***1~\n"
                "DTP*472*D8*20261030~\n"
                "SE*10*0001~\nGE*1*4417~\nIEA*1*000004417~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="social worker housing letter",
        notes="Social worker to housing authority: client name, address, HIV and disability need.",
        frm=f"Alicia Fernandes MSW <afernandes@{RCHC}>",
        to="reasonable.accommodation@cityhousing.gov",
        subject="Reasonable accommodation - supporting letter",
        body=(
            "Good afternoon,\n\nI am writing in support of the reasonable accommodation request of "
            "my client, Mr. Dwayne Ellison, 412 Birch St Unit 2B. Mr. Ellison is a patient of "
            "Riverbend Community Health Center and is treated for HIV and major depressive disorder. "
            "A ground-floor unit is medically necessary due to his neuropathy. He has signed a "
            "release for this disclosure.\n\nAlicia Fernandes, MSW\nCase Manager, Ryan White Program\n"
        ),
    ),
    Spec(
        phi=True,
        category="short terse to colleague with MRN",
        notes="Hard positive: terse internal note, only an MRN and 'positive' GC result.",
        frm=f"Hong Tran RN <htran@{RCHC}>",
        to=f"ckim@{RCHC}",
        subject="callback",
        body="RB00511064 GC came back pos. Can you do the tx visit tomorrow am? Ceftriaxone in fridge.\n",
    ),
    Spec(
        phi=True,
        category="PDF immunization record to school",
        notes="PDF only: child's immunization record with name and DOB sent to school nurse.",
        frm=f"Pediatrics Front Desk <peds@{RCHC}>",
        to="nurse.office@lincolnelementary.k12.oh.us",
        subject="Immunization record as requested",
        body="Attached is the immunization record the parent asked us to send. Thank you.\n"
        + SIG_FD,
        atts=(
            Att(
                "immunization_record.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND COMMUNITY HEALTH CENTER - IMMUNIZATION RECORD",
                        "Child: Mateo Quintero-Alvarez   DOB: 02/14/2019",
                        "DTaP: 04/2019, 06/2019, 08/2019, 05/2020, 03/2023",
                        "MMR: 02/2020, 03/2023   Varicella: 02/2020, 03/2023",
                        "Influenza 2026-27: 10/21/2026",
                    ],
                    "Immunization record",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of visit notes",
        notes="ZIP attachment with two TXT visit notes with names and conditions, to a specialist.",
        frm=f"Medical Records <records@{RCHC}>",
        to=f"records@{MWH}",
        subject="Records request #44107",
        body="Records for your request #44107 attached (zipped). Authorization on file.\n",
        atts=(
            Att(
                "req44107.zip",
                "application/zip",
                zipped(
                    {
                        "visit_2026-08-12.txt": "Patient: Imani Okoro  DOB 09/09/1994\n"
                        "Dx: Iron deficiency anemia (D50.9). Hgb 9.6. Started ferrous sulfate.\n",
                        "visit_2026-10-01.txt": "Patient: Imani Okoro\nHgb 11.2. Desires "
                        "pregnancy in 2027, referred to Magnolia for preconception visit.\n",
                    }
                ),
            ),
        ),
    ),
]

_CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="staff notice flu shot clinic",
        notes="Staff flu vaccine clinic reminder; workforce names, no patients.",
        frm=f"Employee Health <employeehealth@{RCHC}>",
        to=f"allstaff@{RCHC}",
        subject="Last call: staff flu shots Thursday",
        body=(
            "Hi all,\n\nStaff flu shots are available Thursday 7-9 AM in Conference Room B. "
            "If you got yours elsewhere, send your documentation to Employee Health by Nov 30. "
            "Declination forms are on the intranet.\n\nThanks,\nBeth Kowalczyk, RN\nEmployee Health\n"
        ),
    ),
    Spec(
        phi=False,
        category="clinician names with diseases",
        notes="Hard negative: provider roster listing clinicians by specialty (HIV, hepatitis C, OUD).",
        frm=f"Medical Director <medicaldirector@{RCHC}>",
        to=f"frontdesk@{RCHC}",
        subject="Who to schedule with - specialty panels",
        body=(
            "Please route new patients as follows starting Monday:\n\n"
            "- HIV / PrEP: Dr. Priya Raman (NPI 1216988075)\n"
            "- Hepatitis C treatment: Dr. Samuel Okonjo\n"
            "- Opioid use disorder / MAT: Dr. Wei Lin, Dr. Raman\n"
            "- Prenatal: Megan Sorensen, CNM\n"
            "- Diabetes group visits: Renee Dubois coordinates\n\nThanks, Dr. Hal Brennan\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality report",
        notes="Hard negative: UDS aggregate report with counts for HIV, depression, diabetes.",
        frm=f"Kwame Asante <kasante@{RCHC}>",
        to="board@riverbendchc.org",
        subject="Q3 UDS quality snapshot for board packet",
        body=(
            "Board members,\n\nQ3 figures for the packet:\n\n"
            "  Patients served YTD: 14,212 (medical 10,988; dental 4,031; BH 2,204)\n"
            "  Diabetes A1c > 9%: 24.1% (goal < 25%)\n"
            "  Hypertension controlled: 63.2%\n"
            "  Depression screening + follow-up: 78.5%\n"
            "  HIV linkage to care within 30 days: 11 of 12 new diagnoses\n\n"
            "No patient-level data is included.\nKwame Asante, Data Analyst\n"
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped PO number vendor",
        notes="Hard negative: dental supply invoice with PO number shaped like an SSN.",
        frm=f"Accounts Payable <ap@{RCHC}>",
        to="ar@brightsmiledental-supply.com",
        subject="Invoice 88120 - PO 455-20-8817",
        body=(
            "Hello,\n\nPlease reference PO 455-20-8817 on invoice 88120 (nitrile gloves M/L, "
            "prophy paste, 2 cases of fluoride varnish). Our remit-to address changed to "
            "1400 Mill Race Rd, Suite 100. Net 30 as usual.\n\nThanks,\nDarnell Price\nAccounts Payable\n"
        ),
    ),
    Spec(
        phi=False,
        category="job posting",
        notes="Hard negative: job posting for behavioral health clinician mentioning SUD and SMI.",
        frm=f"Talent <careers@{RCHC}>",
        to="jobs@ohiohealthcareers.org",
        subject="Posting: Behavioral Health Clinician (LISW) - full time",
        body=(
            "Please post the following:\n\nRiverbend Community Health Center seeks a full-time LISW "
            "to provide integrated behavioral health in primary care. Caseload includes adults with "
            "depression, anxiety, substance use disorders and serious mental illness. Bilingual "
            "Spanish preferred. NHSC loan repayment eligible site. Salary $68,000-$79,000.\n"
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: internal drug shortage notice (amoxicillin, Bicillin) with no patients.",
        frm=f"Pharmacy <pharmacy@{RCHC}>",
        to=f"providers@{RCHC}",
        subject="Shortage: amoxicillin suspension and Bicillin L-A",
        body=(
            "Providers,\n\nOur wholesaler has amoxicillin 400 mg/5 mL suspension on backorder until "
            "mid-December. Please consider amoxicillin chewables or cefdinir per the attached "
            "guidance. Bicillin L-A is allocation-only; reserve for syphilis treatment.\n\n"
            "Kenji Watanabe, PharmD\n"
        ),
    ),
    Spec(
        phi=False,
        category="IT notice",
        notes="IT maintenance notice for EHR downtime.",
        frm=f"IT Service Desk <itsupport@{RCHC}>",
        to=f"allstaff@{RCHC}",
        subject="EHR downtime Saturday 11/14 10 PM - 2 AM",
        body=(
            "The EHR will be unavailable Saturday 11/14 from 10 PM to 2 AM for the vendor upgrade. "
            "Downtime forms are in the red binders at each nurse station. Print the next day's "
            "schedules before 9 PM.\n\nIT Service Desk x4400\n"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient labelled",
        notes="Hard negative: interface test with clearly labelled synthetic patient ZZTEST.",
        frm=f"Interfaces <interfaces@{RCHC}>",
        to=f"interfaces@{KRL}",
        subject="ORM test message for new order interface - TEST PATIENT ONLY",
        body=(
            "Attached is the test ORM for validation in your TEST environment. The patient is "
            "the synthetic record ZZTEST, RIVERBEND (MRN TEST0000001) - not a real person.\n"
        ),
        atts=(
            Att(
                "orm_test.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|RBEHR|RIVERBEND|KRL|KEYSTONE|20261109101500||ORM^O01|TST0001|T|2.5.1\r"
                "PID|1||TEST0000001^^^RB^MR||ZZTEST^RIVERBEND^^^^^T||19000101|U\r"
                "ORC|NW|TSTORD1\r"
                "OBR|1|TSTORD1||80061^LIPID PANEL^CPT\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant report narrative",
        notes="Grant narrative with aggregate numbers on dental sealants; no individuals.",
        frm=f"Development <grants@{RCHC}>",
        to="programs@buckeyecommunityfoundation.org",
        subject="Interim report - School Sealant Program",
        body=(
            "Dear Program Officer,\n\nAttached please find our interim report. Between July and "
            "October, the mobile dental unit visited 9 schools, screened 1,318 children and placed "
            "2,906 sealants; 22% of children screened had untreated decay and were referred.\n\n"
            "Warm regards,\nSiobhan Mulcahy, Development Director\n"
        ),
        atts=(
            Att(
                "interim_report_sealants.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND COMMUNITY HEALTH CENTER",
                        "School Sealant Program - Interim Report (Jul-Oct 2026)",
                        "Schools visited: 9   Children screened: 1,318   Sealants placed: 2,906",
                        "Untreated decay at screening: 22%   Referral completion: 61%",
                    ],
                    "Interim report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payroll HR mail",
        notes="Hard negative: HR open enrollment with employee benefit plan names and a staff member.",
        frm=f"Human Resources <hr@{RCHC}>",
        to=f"allstaff@{RCHC}",
        subject="Open enrollment closes 11/20 - FSA and dental plan changes",
        body=(
            "Reminder: open enrollment closes Nov 20. Changes for 2027: the HSA employer seed rises "
            "to $750, the dental plan adds orthodontia for adults, and the EAP now covers 8 "
            "counseling sessions. Questions go to Tanya Greer in HR (x4120).\n"
        ),
    ),
    Spec(
        phi=False,
        category="patient education newsletter",
        notes="HTML newsletter on diabetes prevention class; health topic, no individual.",
        frm=f"Riverbend Community Health Center <news@{RCHC}>",
        to="community-list@riverbendchc.org",
        subject="November news: free diabetes prevention classes",
        body="",
        html=(
            "<html><body><h2>Take charge of your health</h2><p>Our free 12-week Diabetes "
            "Prevention Program starts <b>December 2</b>. Learn about healthy eating, activity "
            "and stress. Open to anyone age 18+ with prediabetes.</p><p>Call 555-0142 to sign up."
            "</p><p>Riverbend Community Health Center &middot; 1400 Mill Race Rd</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes="Hard negative: conference agenda with talks on HIV, hepatitis, OUD by named speakers.",
        frm=f"Dr. Priya Raman <praman@{RCHC}>",
        to="eleanor.curtis.np@yahoo.com",
        subject="Agenda draft - Regional FQHC Clinical Summit",
        body=(
            "Eleanor,\n\nSending to your personal email since the PCA server keeps bouncing us. Draft agenda below.\n\n8:30  Rapid ART start in the FQHC - Dr. Priya Raman\n"
            "9:15  Curing hepatitis C in primary care - Dr. Samuel Okonjo\n"
            "10:30 Buprenorphine without the X-waiver: year 3 - Dr. Wei Lin\n"
            "11:15 Panel: integrating dental and medical records\n\nPriya\n"
        ),
    ),
    Spec(
        phi=False,
        category="vendor business mail interpreter services",
        notes="Interpreter services contract renewal; rates and languages only.",
        frm=f"Operations <operations@{RCHC}>",
        to="contracts@lingualinkinterp.com",
        subject="Contract renewal 2027 - video remote interpreting",
        body=(
            "Hi Marcos,\n\nWe'd like to renew for 2027. Our usage this year: ~2,100 minutes/month "
            "Spanish, ~400 Somali, ~250 Nepali, ~150 Arabic. Can you hold the $1.45/min rate and "
            "add ASL on-demand?\n\nThanks,\nGrace Osei\nDirector of Operations\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: de-identified CSV for research (age bands, 3-digit ZIP, no names/dates).",
        frm=f"Kwame Asante <kasante@{RCHC}>",
        to="hepc-study@stateuniv.edu",
        subject="De-identified HCV cascade extract (Safe Harbor) as agreed",
        body=(
            "Attached is the Safe Harbor de-identified extract under our DUA. No names, dates "
            "beyond year, or ZIPs beyond 3 digits. Study IDs are random and not derived from MRNs.\n"
        ),
        atts=(
            Att(
                "hcv_deid_2026.csv",
                "text/csv",
                "study_id,age_band,sex,zip3,year_dx,genotype,svr12\n"
                "S0417,40-49,M,452,2025,1a,Y\nS0932,50-59,F,452,2024,3,Y\n"
                "S1180,30-39,M,453,2026,1a,pending\nS1522,60-69,M,452,2025,2,N\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy document DOCX",
        notes="Hard negative: policy DOCX on minor consent for STI care; no patient.",
        frm=f"Compliance <compliance@{RCHC}>",
        to=f"managers@{RCHC}",
        subject="Updated policy CL-114 Minor Consent for Sensitive Services",
        body="Managers, please review the attached revision with your teams by 12/1.\n",
        atts=(
            Att(
                "CL-114_minor_consent_rev4.docx",
                DOCX,
                docx(
                    [
                        "Policy CL-114: Minor Consent for Sensitive Services (Rev. 4)",
                        "Minors 12 and older may consent to STI testing and treatment, and to "
                        "outpatient mental health counseling up to six sessions, without parental consent.",
                        "Explanation of benefits suppression must be requested for confidential visits.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="executive mail to partner",
        notes="CEO to health plan about value-based contract; aggregate cost figures only.",
        frm=f"Yolanda Baptiste <ybaptiste@{RCHC}>",
        to="vbc@buckeyecaremgmt.com",
        subject="Shared savings reconciliation - our questions",
        body=(
            "Hi Grant,\n\nThanks for the 2025 reconciliation. Two questions before we sign: the "
            "attributed panel dropped from 6,410 to 5,980 members, and ED visits per 1,000 rose "
            "to 412. Can your team share the attribution logic? Happy to meet next week.\n\n"
            "Yolanda Baptiste\nChief Executive Officer\n"
        ),
    ),
    Spec(
        phi=False,
        category="XLSX staffing schedule",
        notes="Hard negative: multi-sheet staffing workbook with staff names and clinics (no patients).",
        frm=f"Clinic Manager <clinicmgr@{RCHC}>",
        to=f"providers@{RCHC}",
        subject="December provider schedule v2",
        body="Updated December schedule attached. Dental tab added.\n",
        atts=(
            Att(
                "dec_schedule_v2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Medical": [
                            ["Date", "AM", "PM"],
                            ["2026-12-01", "Okonjo, Raman", "Lin, Brennan"],
                            ["2026-12-02", "Raman, Lin", "Okonjo"],
                        ],
                        "Dental": [
                            ["Date", "Dentist", "Hygienist"],
                            ["2026-12-01", "Whitfield", "Castillo"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="PNG logo for print vendor",
        notes="Hard negative: PNG logo attachment with a person-like file name of the designer.",
        frm=f"Communications <comms@{RCHC}>",
        to="orders@printhausohio.com",
        subject="Logo file for the brochure reprint",
        body="Attached is the logo from our designer. 5,000 trifolds, same as last order.\n",
        atts=(Att("rchc_logo_final_by_jsantos.png", "image/png", png(8, 4, (20, 110, 90))),),
    ),
]

MESSAGES: list[Spec] = _PHI + _CLEAN
