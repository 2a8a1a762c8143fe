"""Valley Veterans Community Clinic: outbound mail (20 PHI, 20 not)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import IRON, VVC, Att, Spec

S = "\n\n--\nValley Veterans Community Clinic | 2210 Orchard Loop, Suite B | valleyvetsclinic.org\n"
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged. "
    "If you received it in error, notify the sender and delete it.\n"
)

MESSAGES: list[Spec] = [
    Spec(
        True,
        "community care referral packet",
        "Referral with name, DOB and cardiology consult reason.",
        f"Tamika Rhodes <trhodes@{VVC}>",
        "referrals@lakesidecardiology.com",
        "Community care referral - consult request",
        "Hi Lakeside team,\n\nSending a community care referral for Mr. Dwayne Okafor, DOB "
        "03/14/1961, "
        "authorization CC-2026-118734. He has new-onset atrial fibrillation found at his 11/4 "
        "visit, "
        "started on apixaban 5 mg BID and metoprolol 25 mg. Please schedule a cardiology consult "
        "within 30 days and fax notes to 555-204-8810.\n\nThanks,\nTamika Rhodes\nCommunity Care "
        "Coordinator" + S + CONF,
    ),
    Spec(
        True,
        "appointment reminder to veteran",
        "Reminder to the veteran's gmail naming the mental health appointment.",
        f"VVCC Scheduling <scheduling@{VVC}>",
        "gerald.whitcomb58@gmail.com",
        "Your upcoming appointment",
        "Dear Gerald Whitcomb,\n\nThis is a reminder of your appointment with Dr. Priya Raman, "
        "Mental Health (PTSD clinic), on Tuesday November 17 at 1:30 PM at our Orchard Loop "
        "clinic. "
        "Please arrive 15 minutes early to complete your PCL-5 questionnaire.\n\n"
        "To cancel or reschedule call 555-204-8800." + S,
    ),
    Spec(
        True,
        "quiet: first name + dx to relative",
        "Hard positive: first name, relationship and a diagnosis, sent to the veteran's "
        "daughter's yahoo.",
        f"Marisol Vega <mvega@{VVC}>",
        "kaylee.brandt@yahoo.com",
        "Re: your dad",
        "Hi Kaylee,\n\nThanks for calling back. Yes, Ron's A1c came back at 9.2 so Dr. Lindqvist "
        "is "
        "adding Jardiance and wants him back in 6 weeks. Could you make sure he brings his "
        "glucose log "
        "and the meter next time? He said he ran out of test strips.\n\nMarisol, RN\nPACT team 2",
    ),
    Spec(
        True,
        "suicide prevention safety plan follow-up",
        "Hard positive: initials, last-4 and a high-risk flag in an internal note to the suicide "
        "prevention coordinator.",
        f"Dr. Priya Raman <praman@{VVC}>",
        f"spc@{VVC}",
        "HRF follow-up - J.M. last4 4417",
        "Ana,\n\nJ.M. (last four 4417) no-showed his 11/10 appointment. He is on the high risk "
        "flag since "
        "October after the overdose. I called twice, no answer; left message with his wife. "
        "Please do "
        "the welfare check protocol and update the safety plan note.\n\nPriya",
    ),
    Spec(
        True,
        "PHI in attachment only: CSV roster",
        "Hard positive: plain body, CSV of veterans with SSN last 4, DOB and PTSD/TBI screens.",
        f"Omar Siddiqui <osiddiqui@{VVC}>",
        "cbopc-reports@visn-partners.net",
        "Monthly screening roster",
        "Attached is the October roster as requested.\n\nOmar Siddiqui\nData Analyst" + S,
        atts=(
            Att(
                "oct_screening_roster.csv",
                "text/csv",
                "name,dob,ssn_last4,screen,result\n"
                "Harlan Pruitt,1958-07-22,3318,PTSD PC-PTSD-5,positive (4/5)\n"
                "Rosa Delgado-Meyer,1984-01-09,7702,TBI,positive\n"
                "Kwame Asante,1990-11-30,1265,Depression PHQ-2,negative\n"
                "Lorraine Fitch,1949-05-16,5541,MST,declined\n",
            ),
        ),
    ),
    Spec(
        True,
        "PHI in subject only",
        "Hard positive: subject names the veteran and the procedure; body is logistics only.",
        f"Brenda Kowalski <bkowalski@{VVC}>",
        "scheduling@ridgeviewendo.com",
        "Curtis Lamont 5/2/1955 colonoscopy auth approved",
        "Approved, see the portal for the paperwork. Please call us if you need anything "
        "else.\n\nBrenda",
    ),
    Spec(
        True,
        "HL7 ADT to partner",
        "HL7 v2 ADT A04 registration with name, DOB, address and diagnosis.",
        f"interface@{VVC}",
        "hl7-inbound@ironwoodchiro.com",
        "ADT feed batch 2026-11-12",
        "Automated interface message. Do not reply.",
        atts=(
            Att(
                "adt_20261112.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|VVCC|VVCC|IRONWOOD|IRONWOOD|202611121015||ADT^A04|MSG00431|P|2.5\r"
                "PID|1||VV0048812^^^VVCC^MR||Castellano^Reynaldo^J||19670412|M|||418 Birch Hollow "
                "Rd^^Fresno^CA^93722||(559)555-0143\r"
                "PV1|1|O|CHIRO^^^IRONWOOD||||1794460042^Marsh^Colby^^^DC\r"
                "DG1|1||M54.50^Low back pain, unspecified^I10C\r",
            ),
        ),
    ),
    Spec(
        True,
        "FHIR bundle in zip",
        "Hard positive: zipped FHIR Patient + Condition for a community care consult.",
        f"interface@{VVC}",
        "fhir@lakesidecardiology.com",
        "Consult documents",
        "Files attached per the community care data exchange agreement.",
        atts=(
            Att(
                "cc_consult_118902.zip",
                "application/zip",
                zipped(
                    {
                        "Patient.json": '{"resourceType":"Patient","id":"vv-22190",'
                        '"name":[{"family":"Nakamura","given":["Dale"]}],'
                        '"birthDate":"1972-08-19","address":[{"line":["77 Quail Run"],'
                        '"city":"Visalia","state":"CA","postalCode":"93291"}]}',
                        "Condition.json": '{"resourceType":"Condition",'
                        '"subject":{"reference":"Patient/vv-22190"},'
                        '"code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm",'
                        '"code":"I48.91","display":"Atrial fibrillation"}]}}',
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "forwarded patient complaint",
        "Forwarded veteran complaint mentioning his prosthetic fitting and name.",
        f"Gail Hutchins <ghutchins@{VVC}>",
        f"patientadvocate@{VVC}",
        "Fwd: complaint from veteran",
        "Forwarding for your log. He has been waiting since September.\n\nGail",
        forward=Spec(
            True,
            "-",
            "-",
            "Terrence Boyle <tboyle.usmc@outlook.com>",
            f"info@{VVC}",
            "still waiting on my leg",
            "To whoever reads this. I am Terrence Boyle, seen at your clinic for my below-knee "
            "amputation "
            "follow-ups. My prosthetic socket fitting was supposed to be in September and nobody "
            "has "
            "called me. The old socket is giving me sores. Phone 555-318-2290.\n\nTerrence",
        ),
    ),
    Spec(
        True,
        "PNG photo with name in filename",
        "Hard positive: wound photo whose only identifier is the file name.",
        f"Dr. Samuel Oduya <soduya@{VVC}>",
        "woundcare@valleypodiatry.com",
        "photo for tomorrow's consult",
        "Photo from this morning, heel ulcer is larger than last week. See you tomorrow.\n\nSam",
        atts=(
            Att("Ferreira_Joao_L_heel_ulcer_2026-11-11.png", "image/png", png(6, 6, (180, 90, 80))),
        ),
    ),
    Spec(
        True,
        "ICS invite for a veteran's group",
        "ICS invite whose description names the veteran and SUD group (Part 2).",
        f"Counseling <counseling@{VVC}>",
        "mike.tran.1979@icloud.com",
        "Invitation: Tuesday group",
        "Mike, calendar invite attached for the group we discussed.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//VVCC//Scheduler//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:vvcc-grp-20261117-mtran@valleyvetsclinic.org\r\nDTSTAMP:20261110T150000Z\r\n"
        "DTSTART:20261117T230000Z\r\nDTEND:20261118T000000Z\r\n"
        "SUMMARY:Michael Tran - Opioid use disorder recovery group (MOUD)\r\n"
        "DESCRIPTION:Bring your buprenorphine refill card. Room 114.\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        True,
        "HTML table lab results to PCP",
        "HTML-only lab table with patient name and values.",
        f"Lab Desk <lab@{VVC}>",
        f"dlindqvist@{VVC}",
        "Critical values - please review",
        "",
        html="<html><body><p>Dr. Lindqvist, critical results called at 08:42:</p>"
        "<table border='1'><tr><th>Patient</th><th>DOB</th><th>Test</th><th>Result</th></tr>"
        "<tr><td>Benally, Harrison</td><td>09/02/1950</td><td>Potassium</td><td>6.4 mmol/L "
        "(H)</td></tr>"
        "<tr><td>Benally, Harrison</td><td>09/02/1950</td><td>Creatinine</td><td>2.9 mg/dL "
        "(H)</td></tr>"
        "</table><p>Read-back confirmed with nurse on duty.</p></body></html>",
    ),
    Spec(
        True,
        "XLSX claims worksheet",
        "Hard positive: multi-sheet workbook of community care claim lines with names and member "
        "ids.",
        f"Billing Office <billing@{VVC}>",
        "claims@tpa-westcare.com",
        "Resubmission batch 14",
        "Please see resubmission batch 14 attached; the denials sheet has our notes.\n\nBilling"
        + S,
        atts=(
            Att(
                "resub_batch14.xlsx",
                XLSX,
                xlsx(
                    {
                        "Claims": [
                            ["Claim", "Veteran", "Member ID", "DOS", "CPT", "Billed"],
                            [
                                "WC-771203",
                                "Ignatius Mbeki",
                                "VW88120457",
                                "2026-09-14",
                                "99214",
                                "168.00",
                            ],
                            [
                                "WC-771219",
                                "Carla Jean Wexler",
                                "VW88120913",
                                "2026-09-21",
                                "90837",
                                "210.00",
                            ],
                        ],
                        "Denials": [
                            ["Claim", "Reason", "Note"],
                            ["WC-771203", "CO-197", "auth on file, attached"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "social worker housing referral",
        "Social worker to housing agency, homeless veteran with PTSD, phone.",
        f'"Latoya Freeman, LCSW" <lfreeman@{VVC}>',
        "intake@homebasevets.org",
        "HUD-VASH referral",
        "Hello,\n\nReferring Mr. Anthony Ruiz-Cavanaugh (phone 555-771-0394) for HUD-VASH. He is "
        "currently staying in his truck near the fairgrounds, is engaged in PTSD treatment with us "
        "and on sertraline. He consents to this referral (ROI signed 11/9).\n\nLatoya Freeman, LCSW"
        + S,
    ),
    Spec(
        True,
        "medication change follow-up Mrs. K",
        "Hard positive: 'Mrs. K' with a room number at the nursing home and a med change.",
        f"Dr. Daniel Lindqvist <dlindqvist@{VVC}>",
        "nursing@sierracrestcare.com",
        "Mrs. K rm 212",
        "Hi, following up on Mrs. K in room 212: please hold the lisinopril while her BP is under "
        "100 "
        "and recheck BMP Friday. Her husband is our patient too, so I can stop by Thursday.\n\nDL",
    ),
    Spec(
        True,
        "PDF visit summary",
        "PDF after-visit summary for the veteran, to his personal address.",
        f"Patient Portal Help <portal@{VVC}>",
        "lmorales.vet@hotmail.com",
        "Visit summary you requested",
        "Mr. Morales, the visit summary you asked for is attached.\n\nFront Desk" + S,
        atts=(
            Att(
                "AVS_Morales_Luis.pdf",
                "application/pdf",
                pdf(
                    [
                        "VALLEY VETERANS COMMUNITY CLINIC - AFTER VISIT SUMMARY",
                        "Patient: Luis A. Morales   DOB: 12/08/1976",
                        "Visit: 11/06/2026 Primary care, Dr. Lindqvist",
                        "Diagnoses: Obstructive sleep apnea (G47.33); tinnitus, bilateral (H93.13)",
                        "Plan: CPAP titration study; audiology referral",
                    ],
                    "After Visit Summary",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "initials + DOB list",
        "Hard positive: list of initials with DOB and MOUD dose changes (Part 2) to pharmacy.",
        f'"Rafael Ibarra, PharmD" <ribarra@{VVC}>',
        "orders@centralfillrx.com",
        "dose changes this week",
        "Dose changes for this week's central fill:\n\n- R.T. 04/11/1983 buprenorphine/naloxone "
        "8/2 -> 12/3 daily\n"
        "- K.W. 10/25/1969 naltrexone ER 380 mg monthly, start 11/16\n- D.S. 02/02/1991 "
        "buprenorphine 8 mg -> 4 mg taper\n\nRafael",
    ),
    Spec(
        True,
        "DOCX C&P exam prep letter",
        "DOCX letter with name, claim number and conditions.",
        f"Records <roi@{VVC}>",
        "jmcallister@vsolawgroup.com",
        "Records request - completed",
        "Counsel,\n\nEnclosed is the records summary authorized by your client.\n\nRelease of "
        "Information" + S,
        atts=(
            Att(
                "records_summary_Hollis.docx",
                DOCX,
                docx(
                    [
                        "Valley Veterans Community Clinic - Records Summary",
                        "Veteran: Marcus D. Hollis, DOB 06/30/1980, VA claim number 28 774 519",
                        "Treated conditions 2024-2026: lumbar radiculopathy, migraine, PTSD",
                        "Medications: gabapentin 300 mg TID, sumatriptan 50 mg PRN, prazosin 2 mg "
                        "HS",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "text note attachment, terse body",
        "Hard positive: body 'see attached', TXT phone note naming the veteran and his chest pain.",
        f"Front Desk <frontdesk@{VVC}>",
        f"triage@{VVC}",
        "see attached",
        "see attached",
        atts=(
            Att(
                "phone_note_1112.txt",
                "text/plain",
                "11/12 10:05 call from Eugene Stavros (555-208-3391), 71 y/o. Chest tightness "
                "since last night, "
                "worse climbing stairs. Hx CABG 2019. Advised 911, he declined, wants nurse call "
                "back.\n",
            ),
        ),
    ),
    Spec(
        True,
        "billing statement to spouse",
        "Payment for care: statement with the veteran's name and copay to spouse's aol.",
        f"Billing Office <billing@{VVC}>",
        "dot.harnett@aol.com",
        "Re: question about Walter's bill",
        "Hi Dorothy,\n\nThe $50 charge on Walter's statement is the copay for his 10/22 audiology "
        "visit "
        "(hearing aid fitting). Account 4471902. You can pay by phone at 555-204-8805.\n\nBilling "
        "Office" + S,
    ),
    # ---- not PHI ----
    Spec(
        False,
        "staff notice flu clinic",
        "Staff notice about the employee flu clinic; no patients.",
        f"Employee Health <employeehealth@{VVC}>",
        f"allstaff@{VVC}",
        "Staff flu shots Thursday",
        "Team,\n\nEmployee flu shots are Thursday 7-10 AM in the break room. Bring your badge. "
        "If you got yours elsewhere, upload the record to the LMS by 11/30.\n\nEmployee Health",
    ),
    Spec(
        False,
        "aggregate quality report",
        "Hard negative: aggregate PTSD/depression screening rates by team, no individuals.",
        f"Omar Siddiqui <osiddiqui@{VVC}>",
        f"leadership@{VVC}",
        "Q3 screening measures",
        "Q3 numbers:\n\nPTSD screening completion 94.1% (1,812/1,926)\nDepression screening 96.3%\n"
        "Suicide risk screening positives: 41, all with same-day evaluation\nMOUD retention at 90 "
        "days: 68%\n\n"
        "Team 3 dipped on PTSD screening (88%), working with their RN.\n\nOmar",
    ),
    Spec(
        False,
        "clinician with specialty and disease",
        "Hard negative: provider bio naming a clinician and the conditions she treats.",
        f"Communications <comms@{VVC}>",
        "editor@fresnovetsnews.org",
        "New provider announcement",
        "For the December newsletter: Dr. Helena Sokolova, MD, board certified in psychiatry, "
        "joins our "
        "mental health team. She treats PTSD, depression, insomnia and alcohol use disorder and "
        "offers "
        "prolonged exposure therapy. NPI 1833179165.\n\nThanks,\nComms" + S,
    ),
    Spec(
        False,
        "IT password reset",
        "IT notice about MFA enrollment.",
        f"IT Service Desk <itsupport@{VVC}>",
        f"allstaff@{VVC}",
        "Action required: MFA re-enrollment by 11/20",
        "All users must re-enroll their authenticator app by 11/20. Go to the self-service "
        "portal, choose "
        "Security info, add method. Ticket #INC0088213 if stuck.\n\nIT Service Desk",
    ),
    Spec(
        False,
        "PO number shaped like SSN",
        "Hard negative: purchase order numbers in SSN shape, office supplies.",
        f"Purchasing <purchasing@{VVC}>",
        "orders@medlinesupplyco.com",
        "PO 401-22-7781 and 401-22-7790",
        "Hello,\n\nPlease confirm shipment of PO 401-22-7781 (exam table paper, 12 cases) and PO "
        "401-22-7790 "
        "(nitrile gloves M/L). Ship to dock B.\n\nPurchasing" + S,
    ),
    Spec(
        False,
        "drug shortage notice",
        "Hard negative: internal pharmacy note on a prazosin shortage, no patients.",
        f'"Rafael Ibarra, PharmD" <ribarra@{VVC}>',
        f"providers@{VVC}",
        "Prazosin 1 mg shortage",
        "Providers,\n\nOur wholesaler has prazosin 1 mg on backorder until mid-December. For "
        "nightmares "
        "related to PTSD consider 2 mg tabs split or doxazosin per the attached guidance. Existing "
        "prescriptions will be filled from remaining stock.\n\nRafael",
    ),
    Spec(
        False,
        "job posting",
        "Hard negative: LCSW job posting mentioning SUD and PTSD caseloads.",
        f"Human Resources <hr@{VVC}>",
        "postings@indeedpartners.com",
        "Job posting: LCSW - Substance Use Disorder",
        "Please post the attached role.\n\nLCSW, Substance Use Disorder Program. Full time. "
        "Caseload of "
        "veterans with opioid and alcohol use disorder, co-occurring PTSD. Salary $78k-$92k. "
        "Apply at "
        "valleyvetsclinic.org/careers.\n\nHR",
    ),
    Spec(
        False,
        "payroll HR",
        "Hard negative: payroll mail to an employee's personal mailbox, no health detail.",
        f"Human Resources <hr@{VVC}>",
        "ruthgaines.home@hotmail.com",
        "Your W-4 update",
        "Hi Ruth,\n\nYour W-4 change is processed and takes effect on the 11/20 paycheck. Your "
        "direct deposit "
        "is unchanged.\n\nHR",
    ),
    Spec(
        False,
        "test patient in EHR",
        "Hard negative: synthetic test patient clearly labelled TEST in an interface test.",
        f"interface@{VVC}",
        "hl7-inbound@ironwoodchiro.com",
        "TEST ONLY - interface validation message",
        "This is a TEST message for interface validation. Patient is a synthetic test record "
        "(ZZTEST). "
        "No real veteran data.",
        atts=(
            Att(
                "test_adt.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|VVCC|VVCC|IRONWOOD|IRONWOOD|202611091200||ADT^A04|TEST0001|T|2.5\r"
                "PID|1||ZZ000001^^^VVCC^MR||ZZTEST^PATIENT^ONE||19000101|U\r"
                "PV1|1|O|TEST\r",
            ),
        ),
    ),
    Spec(
        False,
        "vendor invoice",
        "Vendor invoice for shredding.",
        f"Accounts Payable <ap@{VVC}>",
        "billing@shredsecure.com",
        "Invoice 2026-3381 question",
        "Hi, invoice 2026-3381 shows 14 bins but our contract is for 10. Can you send a corrected "
        "copy?\n\nAP",
    ),
    Spec(
        False,
        "conference agenda",
        "Hard negative: conference agenda with speakers and disease topics.",
        f"Dr. Priya Raman <praman@{VVC}>",
        "cme@calpsychassoc.org",
        "Agenda for the veterans mental health session",
        "Here's our session agenda:\n\n9:00 Moral injury and PTSD - Dr. Priya Raman\n9:45 "
        "Ketamine for "
        "treatment-resistant depression: evidence review - Dr. Helena Sokolova\n10:30 Break\n10:45 "
        "Suicide prevention after discharge - Latoya Freeman, LCSW\n\nPriya",
    ),
    Spec(
        False,
        "de-identified extract",
        "Hard negative: de-identified research extract (year of birth banded, no identifiers).",
        f"Omar Siddiqui <osiddiqui@{VVC}>",
        "research@westernstateu.edu",
        "De-identified extract per DUA",
        "Attached is the Safe Harbor de-identified extract per DUA 2026-07. Ages over 89 are "
        "grouped, "
        "ZIP reduced to first 3 digits.\n\nOmar",
        atts=(
            Att(
                "deid_extract.csv",
                "text/csv",
                "study_id,age_band,zip3,sex,dx,moud\nS0001,30-39,937,M,F11.20,yes\nS0002,50-59,"
                "936,F,F10.20,no\n"
                "S0003,90+,937,M,F11.20,yes\n",
            ),
        ),
    ),
    Spec(
        False,
        "policy document",
        "Hard negative: policy DOCX on releasing Part 2 records, no individuals.",
        f"Compliance <compliance@{VVC}>",
        f"allstaff@{VVC}",
        "Updated policy: 42 CFR Part 2 disclosures",
        "Please read the updated policy before 12/1 and attest in the LMS.\n\nCompliance",
        atts=(
            Att(
                "POL-PRV-014_Part2_disclosures.docx",
                DOCX,
                docx(
                    [
                        "Policy PRV-014: Disclosure of Substance Use Disorder Records",
                        "Records of SUD treatment may be disclosed only with written consent "
                        "meeting 42 CFR 2.31.",
                        "Re-disclosure notices must accompany every permitted disclosure.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "partner business mail",
        "Contract renewal with Ironwood, business only.",
        f"Ellen Park <epark@{VVC}>",
        f"jmarsh@{IRON}",
        "Renewal of community care agreement",
        "Hi Jordan,\n\nOur agreement for chiropractic community care ends 12/31. Rates for "
        "98940/98941 "
        "stay as is; we'd like to add acupuncture 97810. Can we meet next week?\n\nEllen "
        "Park\nDirector of Operations",
    ),
    Spec(
        False,
        "clinic newsletter to veterans",
        "HTML newsletter to a mailing list, health topics only.",
        f"Valley Vets Clinic <news@{VVC}>",
        "members-list@valleyvetsclinic.org",
        "November news: Veterans Day and flu season",
        "",
        html="<html><body><h2>November at VVCC</h2><p>Thank you for your service. Flu shots are "
        "available "
        "walk-in Mon-Fri. Our new sleep clinic treats sleep apnea and insomnia; ask your PACT "
        "team.</p>"
        "<p>Crisis line: dial 988 then press 1.</p></body></html>",
    ),
    Spec(
        False,
        "IT outage",
        "EHR downtime notice.",
        f"IT Service Desk <itsupport@{VVC}>",
        f"clinical-all@{VVC}",
        "Planned EHR downtime Sat 11/14 22:00-02:00",
        "Use downtime forms during the window. Printed census and MAR will be on each unit by "
        "21:30.",
    ),
    Spec(
        False,
        "staff name in HR notice with leave",
        "Hard negative: staff coverage notice naming a workforce member on leave.",
        f"Nurse Manager <nm@{VVC}>",
        f"pact2@{VVC}",
        "Coverage while Marisol is out",
        "Team, Marisol Vega will be out on leave 11/16-12/4. Jaime Whitfield RN covers her panel; "
        "route nurse messages to Jaime.\n\nThanks",
    ),
    Spec(
        False,
        "forwarded vendor thread",
        "Forwarded vendor thread about telehealth carts.",
        f"Ellen Park <epark@{VVC}>",
        f"itsupport@{VVC}",
        "Fwd: telehealth cart quote",
        "Can IT review the specs below before I sign?\n\nEllen",
        forward=Spec(
            False,
            "-",
            "-",
            "sales@medcartsolutions.com",
            f"epark@{VVC}",
            "telehealth cart quote",
            "Ellen, quote Q-5531 for two telehealth carts with otoscope and dermatoscope, $14,200 "
            "each. "
            "Delivery 3-4 weeks.\n\nDevin",
        ),
    ),
    Spec(
        False,
        "XLSX budget",
        "Hard negative: multi-sheet budget workbook with cost centres named after programs (SUD, "
        "PTSD).",
        f"Finance <finance@{VVC}>",
        f"leadership@{VVC}",
        "FY27 budget draft",
        "Draft attached; please comment by Friday.",
        atts=(
            Att(
                "FY27_budget_draft.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Program", "FY26", "FY27"],
                            ["Primary care", "2,410,000", "2,560,000"],
                            ["PTSD clinic", "880,000", "940,000"],
                            ["SUD / MOUD", "610,000", "700,000"],
                        ],
                        "Staffing": [["Role", "FTE"], ["LCSW", "6"], ["PharmD", "2"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "DEA registration renewal",
        "Hard negative: clinician DEA renewal, provider identifiers only.",
        f"Credentialing <credentialing@{VVC}>",
        f"soduya@{VVC}",
        "DEA renewal due",
        "Dr. Oduya, your DEA registration BK4817358 expires 1/31/2027. Renew at the DEA site and "
        "send us the "
        "new certificate. NPI 1267418253 is on file.\n\nCredentialing",
    ),
]
