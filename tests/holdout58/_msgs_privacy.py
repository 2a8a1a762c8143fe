"""St. Brendan Regional Medical Center, Privacy & Compliance Office: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nOffice of Privacy & Compliance\nSt. Brendan Regional Medical Center\n2200 Harbor Road, Port Carrow, MI\n"
    "Privacy line (555) 555-0163\n\nCONFIDENTIALITY NOTICE: This message may contain confidential information intended "
    "only for the named recipient. If you received it in error, notify the sender and delete it.\n"
)
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

X12_835 = (
    "ISA*00*          *00*          *ZZ*NORTHSTARHP    *ZZ*STBRENDAN      *261112*1604*^*00501*000004471*0*P*:~"
    "GS*HP*NORTHSTARHP*STBRENDAN*20261112*1604*4471*X*005010X221A1~ST*835*0001~"
    "BPR*I*1842.50*C*ACH*CCP*01*072000326*DA*4471902218*1381099457**01*041000124*DA*8820017734*20261112~"
    "TRN*1*EFT88120455*1381099457~N1*PR*NORTHSTAR HEALTH PLAN~N1*PE*ST BRENDAN REGIONAL MEDICAL CENTER*XX*1740694249~"
    "CLP*SB26110482*1*2410.00*1842.50*310.00*12*NS4410298812~"
    "NM1*QC*1*HOLLOWAY*DESMOND****MI*NSH882014570~DTM*232*20261028~"
    "SVC*HC:90837*2410.00*1842.50**1~CAS*PR*2*310.00~SE*11*0001~GE*1*4471~IEA*1*000004471~"
)

ORIGINAL_MISDIRECTED = Spec(
    phi=True,
    category="Lab result emailed to wrong address (original)",
    notes="Original misdirected message with a named patient's potassium result.",
    frm="Lab Client Services <labclient@stbrendanmed.org>",
    to="d.okafor.clinic@gmai1.com",
    subject="Critical value - Romero",
    body="Dr. Okafor, critical potassium 6.4 mmol/L for your patient Benedict Romero (DOB 01/19/1952), drawn 11/10 07:15. Please call the lab.",
)

PHISH_ORIGINAL = Spec(
    phi=False,
    category="Reported phishing email (original)",
    notes="Generic phishing lure.",
    frm="Payroll Services <payroll@stbrendan-hr-portal.com>",
    to="staff@stbrendanmed.org",
    subject="Action required: verify your direct deposit",
    body="Your December pay may be delayed. Verify your direct deposit details within 24 hours: http://stbrendan-hr-portal.com/verify",
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI (18)
    Spec(
        phi=True,
        category="Breach notification letter to patient",
        notes="Breach letter to patient's gmail naming him and the misdirected discharge summary with his cardiac diagnosis.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="ray.kettering54@gmail.com",
        subject="Important notice about your health information",
        body=(
            "Dear Mr. Kettering,\n\nWe are writing to tell you about an incident involving your information. The formal "
            "letter is attached; a paper copy is in the mail.\n\nPlease call us with any questions."
            + SIG
        ),
        atts=(
            Att(
                "notice_Kettering_R.pdf",
                "application/pdf",
                pdf(
                    [
                        "ST. BRENDAN REGIONAL MEDICAL CENTER - NOTICE OF PRIVACY INCIDENT",
                        "Raymond Kettering, 418 Shoreline Drive, Port Carrow, MI 49601",
                        "On October 29, 2026 your discharge summary from your October 24-27 stay was faxed in error",
                        "to a local business. It listed your name, date of birth, diagnosis (atrial fibrillation),",
                        "medications (apixaban, metoprolol) and follow-up appointment. The recipient confirmed",
                        "destruction on October 30. Your Social Security number was not included.",
                    ],
                    "Notice of privacy incident",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Snooping investigation memo to HR",
        notes="Memo to HR naming the coworker-patient whose labor and delivery records an employee viewed.",
        frm="Alicia Ferrante <aferrante@stbrendanmed.org>",
        to="employee.relations@stbrendanmed.org",
        subject="Investigation PRV-26-088 - findings (confidential)",
        body=(
            "Hi Gordon,\n\nFindings for PRV-26-088: the audit confirms that the employee under review opened the chart of "
            "a co-worker, Jennifer Kovacs (pharmacy), eleven times between Oct 2 and Oct 20, including her labor and "
            "delivery notes and newborn feeding plan. None of the accesses had a work reason. Ms. Kovacs has been "
            "notified. Recommendation: level 3 sanction per policy PC-210.\n\nAlicia Ferrante\nPrivacy Investigator"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Right-of-access records in encrypted zip",
        notes="Records release to patient's yahoo mailbox naming his cardiology admission, with the record set in a password-protected zip.",
        frm="Release of Information <roi@stbrendanmed.org>",
        to="abdi.farah.pc@yahoo.com",
        subject="Your requested records (request ROI-26-5531)",
        body=(
            "Dear Mr. Farah,\n\nAttached are the records you asked for from your cardiology admission of September 14-18, "
            "including the catheterisation report and discharge medications. The file is password protected; we sent the "
            "password by text to the mobile number on your request form.\n\nRelease of Information"
            + SIG
        ),
        atts=(
            Att(
                "ROI-26-5531_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "cath_report.txt": "Patient: Abdi Farah  MRN 8814027  LHC 09/15/2026: 90% proximal LAD stenosis, DES placed.\n",
                        "discharge_meds.txt": "Aspirin 81 mg, ticagrelor 90 mg BID, atorvastatin 80 mg.\n",
                    },
                    "Carrow-5531-Sep",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Amendment denial letter",
        notes="Amendment-denial letter (docx) naming the patient and the depression diagnosis she asked to remove.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="hlundgren@lundgrenlawpc.com",
        subject="Response to amendment request - client M. Ostrowski",
        body="Counsel, our response to your client's request to amend her record is attached. A copy went to Ms. Ostrowski by mail."
        + SIG,
        atts=(
            Att(
                "Amendment_response_Ostrowski.docx",
                DOCX_T,
                docx(
                    [
                        "St. Brendan Regional Medical Center - Response to Request for Amendment",
                        "Patient: Magdalena Ostrowski   MRN 7702816   Date of request: 10/20/2026",
                        "You asked us to remove the diagnosis 'major depressive disorder, recurrent' from your 2025 primary care notes.",
                        "Your request is denied because the entry is accurate and complete as recorded by your treating clinician.",
                        "You may submit a statement of disagreement, which will be attached to your record.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Restriction request confirmation to patient",
        notes="HTML-only confirmation to patient's icloud that a self-pay visit for STI testing will not be billed to her insurer.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="noor.haddad@icloud.com",
        subject="Your restriction request is confirmed",
        body="",
        html=(
            "<html><body><p>Dear Noor Haddad,</p><p>We have approved your request under HIPAA to restrict disclosure to "
            "your health plan. Your <b>October 22 visit to the Women's Health Clinic</b> (STI screening), which you paid "
            "for in full, has been flagged so that it is not billed to or reported to Lakeshore Mutual.</p>"
            "<p>Office of Privacy &amp; Compliance<br>St. Brendan Regional Medical Center</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Subpoena response to law firm",
        notes="Subpoena response to a law firm with a zip of a named patient's ED records after a car crash.",
        frm="Release of Information <roi@stbrendanmed.org>",
        to="records@baxterandcole.com",
        subject="Subpoena duces tecum - Jacobsen v. Marlow Trucking",
        body=(
            "Counsel,\n\nIn response to the subpoena served November 3 and the court order attached to it, enclosed are the "
            "certified records of Tobias Jacobsen (DOB 06/07/1988) for his emergency visit on August 30, 2026, and the "
            "records custodian's affidavit.\n\nRelease of Information" + SIG
        ),
        atts=(
            Att(
                "Jacobsen_certified_records.zip",
                "application/zip",
                zipped(
                    {
                        "affidavit.txt": "Custodian affidavit: records of Tobias Jacobsen, ED 08/30/2026, 14 pages.\n",
                        "ED_note.txt": "Tobias Jacobsen, 38M, MVC restrained driver. Left clavicle fracture, C-spine cleared. Sling, oxycodone 5 mg x10.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Risk management reply linking incident to MRN",
        notes="Hard positive: terse reply links an incident to a patient's room number and MRN and a fall with injury.",
        frm="Alicia Ferrante <aferrante@stbrendanmed.org>",
        to="riskmgmt@stbrendanmed.org",
        subject="RE: incident 26-0412",
        body="yes same pt as the 11/9 fall (rm 4112, MRN 7730195) - hip fx confirmed on CT, family wants to talk to someone. I'll join the call.\n-A",
    ),
    Spec(
        phi=True,
        category="Workers' comp disclosure to employer",
        notes="Hard positive: permitted workers' compensation disclosure, still naming an employee-patient's back injury and work restrictions to his employer.",
        frm="Release of Information <roi@stbrendanmed.org>",
        to="hr.benefits@portcarrowschools.org",
        subject="Work status report - workers' compensation claim WC-88123",
        body=(
            "Per the workers' compensation authorization on file, work status for your employee Darnell Pike (claim "
            "WC-88123): seen in Occupational Health 11/16 for lumbar strain; light duty, no lifting over 15 lb, until "
            "re-evaluation on 11/30." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Accounting of disclosures workbook to patient",
        notes="Accounting of disclosures to patient's gmail listing disclosures of her TB test result to the health department.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="gretchen.ivory@gmail.com",
        subject="Accounting of disclosures you requested",
        body="Dear Ms. Ivory, your accounting of disclosures for 2020-2026 is attached (two tabs: disclosures, and how to read it)."
        + SIG,
        atts=(
            Att(
                "AoD_Ivory_G.xlsx",
                XLSX,
                xlsx(
                    {
                        "Disclosures": [
                            ["Date", "Recipient", "Purpose", "Information"],
                            [
                                "2024-02-11",
                                "Crane County Health Department",
                                "Public health reporting",
                                "Positive TB skin test, chest X-ray result",
                            ],
                            [
                                "2025-06-03",
                                "Michigan Cancer Registry",
                                "Required by law",
                                "Not applicable",
                            ],
                        ],
                        "How to read": [
                            ["Column", "Meaning"],
                            ["Purpose", "Legal basis for the disclosure"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Misdirected-email incident forward",
        notes="Hard positive: outer body is a one-liner; the forwarded original names a patient with a critical potassium value.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="incident-files@stbrendanmed.org",
        subject="Fwd: Critical value - Romero (misdirected, PRV-26-091)",
        body="For the incident file. Sent to a typo domain (gmai1.com). Recall failed; no bounce."
        + SIG,
        forward=ORIGINAL_MISDIRECTED,
    ),
    Spec(
        phi=True,
        category="Daughter's first name, father's procedure",
        notes="Hard positive: reply to daughter's hotmail refers to 'your dad' and his stent results; identity by relationship and mailbox.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="tessa.broadbent@hotmail.com",
        subject="Re: can the cardiology office talk to me?",
        body=(
            "Hi Tessa,\n\nYes. Your dad signed the authorization naming you on November 10, so Dr. Ilesanmi's office can now "
            "discuss his stent procedure and the follow-up echo results with you directly. Just give them his date of birth "
            "when you call.\n\nBest,\nAlicia" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Part 2 consent review for probation disclosure",
        notes="Names a patient in methadone treatment and a proposed disclosure to his probation officer (42 CFR Part 2).",
        frm="Compliance Counsel <compliance@stbrendanmed.org>",
        to="bh.director@stbrendanmed.org",
        subject="Part 2 consent - can we send to probation?",
        body=(
            "Lena,\n\nThe consent Marcus Bell signed covers disclosure of his methadone dosing and attendance to his "
            "probation officer (Officer Tran, Crane County). It does not cover his urine drug screen results, so please send "
            "attendance and dose only, with the Part 2 redisclosure notice.\n\nOmar Siddiqui\nCompliance Counsel"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Security request with abbreviations about VIP patient",
        notes="Hard positive: terse note names a VIP inpatient on 5W with alcohol withdrawal (ETOH w/d).",
        frm="Alicia Ferrante <aferrante@stbrendanmed.org>",
        to="security.ops@stbrendanmed.org",
        subject="badge logs 5W",
        body="Pls pull badge + camera for 5W 11/14 1900-2300. Pt Delgado (VIP, ETOH w/d) had a visitor claiming to be press. Need by EOD.",
    ),
    Spec(
        phi=True,
        category="Genetic result complaint response",
        notes="Complaint response to patient's gmail confirming his BRCA2 result was seen by an unauthorised employee.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="sam.whitcombe@gmail.com",
        subject="Outcome of your privacy complaint",
        body=(
            "Dear Mr. Whitcombe,\n\nWe have completed our review of your complaint of October 30. We confirmed that an "
            "employee in the billing department, who is related to you, viewed your genetic counselling note and BRCA2 "
            "test result on October 12 without a work reason. The employee has been sanctioned. We are sorry.\n\n"
            "Alicia Ferrante, Privacy Investigator" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="X12 835 sent to billing vendor for audit",
        notes="Hard positive: body is routine; the attached 835 names the patient, his member ID and a psychotherapy claim.",
        frm="Compliance Auditing <audit@stbrendanmed.org>",
        to="audit-team@revcyclepartners.com",
        subject="Sample remittance for the payment variance audit",
        body="As agreed under our BAA, here is the first remittance from the sample. More to follow through the SFTP once it's set up."
        + SIG,
        atts=(Att("era_NORTHSTAR_4471.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="Wound photo posted in chat, incident report",
        notes="Hard positive: the png file name identifies the patient and a sacral pressure wound.",
        frm="Alicia Ferrante <aferrante@stbrendanmed.org>",
        to="nurse.manager.4w@stbrendanmed.org",
        subject="Photo posted to the unit chat",
        body="Kim, this image was posted to the 4W group chat on a personal phone. Please have the nurse delete it from the phone and the chat; I'll follow up on the policy side."
        + SIG,
        atts=(
            Att(
                "Bernice_Aldridge_sacral_wound_stage3.png", "image/png", png(5, 5, (180, 120, 110))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Complaint meeting invite to patient",
        notes="Calendar invite to patient's gmail to discuss the disclosure of his HIV status at the pharmacy counter.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="kwame.osei.asante@gmail.com",
        subject="Meeting to discuss your complaint",
        body="Mr. Asante, as agreed by phone, here is the invitation for our meeting about how your HIV medication was discussed aloud at the outpatient pharmacy counter.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//St Brendan Privacy//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:prv-26-094@stbrendanmed.org\r\nDTSTAMP:20261117T140000Z\r\nDTSTART:20261124T150000Z\r\n"
            "DTEND:20261124T160000Z\r\nSUMMARY:Kwame Asante - HIV medication disclosure complaint PRV-26-094\r\n"
            "LOCATION:Privacy Office, 2nd floor, Harbor Pavilion\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Minimum-necessary review of vendor patient list",
        notes="Csv of named patients with MRNs and oncology diagnoses that a vendor asked for, sent to the contract manager.",
        frm="Compliance Counsel <compliance@stbrendanmed.org>",
        to="contracts@stbrendanmed.org",
        subject="Vendor list request - too much data",
        body=(
            "Deb, the survey vendor asked for the attached list. For a patient-experience survey they need name and mailing "
            "address only, not MRN or diagnosis. Please send back the trimmed version before anything goes out.\n\nOmar"
            + SIG
        ),
        atts=(
            Att(
                "oncology_survey_list_DRAFT.csv",
                "text/csv",
                "mrn,name,address,diagnosis\n7740118,Hattie Lemaire,55 Dune St Port Carrow MI 49601,C50.911 breast cancer\n"
                "7741932,Wendell Ocampo,8 Mill Pond Rd Leland MI 49654,C61 prostate cancer\n",
            ),
        ),
    ),
    # ---------------------------------------------------------------- not PHI (19)
    Spec(
        phi=False,
        category="HIPAA annual training reminder",
        notes="Hard negative: HTML training reminder describing PHI examples in general terms; no individual.",
        frm="Compliance Education <compliance.education@stbrendanmed.org>",
        to="all-staff@stbrendanmed.org",
        subject="Annual HIPAA training due December 15",
        body="",
        html=(
            "<html><body><h3>Annual HIPAA &amp; Privacy Training</h3><p>All workforce members must complete the 2026 module "
            "by <b>December 15</b>. This year covers: texting patient photos, looking up family members' charts, and "
            "why lab results, diagnoses and even appointment times count as protected health information.</p>"
            "<p>Access the course in the Learning Center.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Sanctions policy revision",
        notes="Hard negative: policy docx describing violation levels with generic examples; no patients.",
        frm="Compliance Counsel <compliance@stbrendanmed.org>",
        to="policy-committee@stbrendanmed.org",
        subject="PC-210 Sanctions policy - redline for Dec committee",
        body="Redline attached. Main change: level 2 now includes looking up one's own chart without using the portal."
        + SIG,
        atts=(
            Att(
                "PC-210_Sanctions_redline.docx",
                DOCX_T,
                docx(
                    [
                        "Policy PC-210: Sanctions for Privacy and Security Violations",
                        "Level 1 - Careless: e.g. leaving a workstation unlocked, misdirected fax caught before release.",
                        "Level 2 - Curiosity: e.g. viewing a neighbour's or one's own record without business need.",
                        "Level 3 - Intentional without harm: repeated access to a co-worker's record.",
                        "Level 4 - Malicious or for gain: selling patient information; termination and report to law enforcement.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Breach notice to state attorney general",
        notes="Hard negative: regulator notice with the count of affected people and data types; no individual.",
        frm="Compliance Counsel <compliance@stbrendanmed.org>",
        to="databreach@michiganag.gov",
        subject="Notice of data security incident - St. Brendan Regional Medical Center",
        body=(
            "To the Office of the Attorney General:\n\nSt. Brendan Regional Medical Center is notifying 1,212 Michigan "
            "residents of an incident in which an email account of a billing employee was accessed by an unauthorised "
            "party between September 2 and September 5, 2026. Data involved may include names, dates of service and "
            "procedure codes; for 44 people, Social Security numbers. Letters were mailed November 17. A template "
            "letter is attached.\n\nOmar Siddiqui, Compliance Counsel" + SIG
        ),
        atts=(
            Att(
                "template_notice_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "ST. BRENDAN REGIONAL MEDICAL CENTER",
                        "[First Name] [Last Name]",
                        "[Address Line 1], [City], [State] [ZIP]",
                        "We are writing to tell you about an incident that may have involved some of your information...",
                    ],
                    "Template notice letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Quarterly privacy metrics workbook",
        notes="Hard negative: multi-sheet workbook of incident counts by type and department; no individuals.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="compliance-committee@stbrendanmed.org",
        subject="Q3 privacy metrics",
        body="Q3 metrics attached. Misdirected mail remains our top category (41%). Investigations closed within 30 days: 88%."
        + SIG,
        atts=(
            Att(
                "privacy_metrics_Q3_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By type": [
                            ["Type", "Q2", "Q3"],
                            ["Misdirected mail/fax", 31, 36],
                            ["Inappropriate access", 14, 19],
                            ["Lost device", 2, 1],
                        ],
                        "By department": [
                            ["Department", "Q3"],
                            ["Revenue cycle", 22],
                            ["Nursing", 18],
                            ["Pharmacy", 6],
                        ],
                        "Timeliness": [["Measure", "Value"], ["Closed within 30 days", 0.88]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff flu vaccination requirement notice",
        notes="Hard negative: staff health notice about vaccination and masking; no individual.",
        frm="Employee Health & Compliance <employeehealth@stbrendanmed.org>",
        to="all-staff@stbrendanmed.org",
        subject="Flu vaccination deadline and masking for declinations",
        body="All workforce members must receive the 2026-27 influenza vaccine or file a declination by December 1. Staff with an approved declination must wear a surgical mask in patient care areas through March 31. Vaccination clinics: cafeteria, Mon/Wed 7-10 am."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Sanction letter to employee without patient details",
        notes="Hard negative: HR/privacy sanction letter to a workforce member; names only the employee, no patient.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="dmarchetti@stbrendanmed.org",
        subject="Outcome of privacy review PRV-26-077",
        body=(
            "Dear Dana,\n\nOur review found that on October 3 you accessed an electronic record without a business reason. "
            "This is a level 2 violation under PC-210. You will receive a written warning and must repeat the privacy "
            "module by December 1. You may respond in writing within 10 days.\n\nAlicia Ferrante"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="BAA renewal with shredding vendor",
        notes="Contract mail about renewing a business associate agreement; no PHI.",
        frm="Contracts & Compliance <contracts@stbrendanmed.org>",
        to="contracts@securedocshred.com",
        subject="BAA renewal - signature needed",
        body="Our BAA with SecureDoc Shredding expires December 31. The renewal (no changes from 2025 except the breach-notice window is now 5 business days) is in DocuSign. Please sign by December 10."
        + SIG,
    ),
    Spec(
        phi=False,
        category="SSN-shaped work order numbers",
        notes="Hard negative: shredding pickup confirmation whose work orders look like SSNs; no people.",
        frm="Contracts & Compliance <contracts@stbrendanmed.org>",
        to="dispatch@securedocshred.com",
        subject="Confirming pickups for next week",
        body=(
            "Confirming these pickups, all from the Harbor Pavilion loading dock:\n\n"
            "WO 512-48-7730  Mon  12 consoles\nWO 512-48-7731  Wed  20 bins (HIM purge)\nWO 512-48-7742  Fri  6 consoles\n\n"
            "Certificates of destruction to this mailbox please." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Tabletop exercise invitation",
        notes="Calendar invite for a ransomware tabletop exercise; no patient information.",
        frm="Compliance Counsel <compliance@stbrendanmed.org>",
        to="incident-response-team@stbrendanmed.org",
        subject="Ransomware tabletop - Dec 3",
        body="Facilitated by Ironvale. Scenario: EHR downtime for 72 hours. Executives please attend in person.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//St Brendan Privacy//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:ttx-20261203@stbrendanmed.org\r\nDTSTAMP:20261116T180000Z\r\nDTSTART:20261203T140000Z\r\n"
            "DTEND:20261203T180000Z\r\nSUMMARY:Ransomware tabletop exercise (Ironvale)\r\nLOCATION:Board Room\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Mock breach drill with fictitious patient",
        notes="Hard negative: drill scenario uses a patient explicitly declared fictitious.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="privacy-liaisons@stbrendanmed.org",
        subject="DRILL: misdirected fax scenario for liaisons",
        body=(
            "*** EXERCISE - FICTITIOUS DATA ***\n\nScenario for Thursday: a unit clerk faxes a discharge summary for "
            "'Zebra Testpatient' (a fictitious patient, MRN TEST-0000) with a diagnosis of pneumonia to a wrong number. "
            "Walk your team through the reporting steps and record times on the worksheet.\n\n*** EXERCISE ***"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Job offer to privacy analyst candidate",
        notes="Employment offer to a candidate's personal mailbox; no health information.",
        frm="Compliance Recruiting <compliance@stbrendanmed.org>",
        to="j.amankwah.careers@gmail.com",
        subject="Offer - Privacy Analyst",
        body="Dear Jonas,\n\nWe're delighted to offer you the Privacy Analyst position starting January 5, at $78,500 per year. HR will send the formal letter and onboarding forms this week. Welcome!\n\nOmar Siddiqui"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Conflict-of-interest disclosure reminder",
        notes="Compliance reminder to medical staff about annual disclosures; no patients.",
        frm="Compliance Counsel <compliance@stbrendanmed.org>",
        to="medical-staff@stbrendanmed.org",
        subject="Annual conflict-of-interest disclosures due",
        body="Members of the medical staff must file the annual conflict-of-interest disclosure (industry payments, consulting, equity) by December 18 in the compliance portal. Open Payments data will be cross-checked."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Exclusion screening results",
        notes="Monthly OIG exclusion screening of staff and vendors: zero matches; no patients.",
        frm="Compliance Auditing <audit@stbrendanmed.org>",
        to="compliance-committee@stbrendanmed.org",
        subject="November exclusion screening - no matches",
        body="November OIG/SAM/state Medicaid exclusion screening: 4,312 workforce members, 618 vendors, 1,004 credentialed practitioners. Zero confirmed matches; 3 name-only hits cleared."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Media inquiry refusal",
        notes="Hard negative: reply to a reporter refusing to confirm whether anyone is a patient; no individual named.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="carrow.stringer.news@yahoo.com",
        subject="Re: condition of crash victims",
        body="Thank you for your inquiry. Federal privacy law does not allow us to confirm whether any person named in your request is or was a patient at St. Brendan. Please contact the Port Carrow police for information about the crash."
        + SIG,
    ),
    Spec(
        phi=False,
        category="PDMP delegate credentials with DEA number",
        notes="Hard negative: prescriber's NPI and DEA number for PDMP delegate set-up; provider identifiers only.",
        frm="Compliance Auditing <audit@stbrendanmed.org>",
        to="pdmp-support@michiganpdmp.gov",
        subject="Delegate account request - Dr. Okafor",
        body="Please link delegate accounts for two pharmacists to prescriber Dr. Chidi Okafor, NPI 1018545230, DEA BO4749048 (Emergency Medicine, St. Brendan). Delegates: R. Santos, PharmD; L. Mbatha, PharmD."
        + SIG,
    ),
    Spec(
        phi=False,
        category="De-identified case study for training",
        notes="Hard negative: training case study about 'a 54-year-old' with no identifiers (Safe Harbor).",
        frm="Compliance Education <compliance.education@stbrendanmed.org>",
        to="nursing-educators@stbrendanmed.org",
        subject="Case study for December huddles",
        body=(
            "Case for discussion: A 54-year-old patient admitted for pneumonia asks why a nurse from another unit looked at "
            "her chart. The audit shows the nurse was covering a shift. Questions: Was this appropriate? What should the "
            "patient be told? (Details changed; not a real patient.)" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded phishing report to IT",
        notes="Forward of a payroll phishing lure to IT security; no health information.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="abuse@stbrendanmed.org",
        subject="Fwd: Action required: verify your direct deposit",
        body="Three staff reported this. Please block the domain.",
        forward=PHISH_ORIGINAL,
    ),
    Spec(
        phi=False,
        category="Vendor security questionnaire answers",
        notes="Security questionnaire answers to a prospective vendor; no PHI.",
        frm="Contracts & Compliance <contracts@stbrendanmed.org>",
        to="security@telederm-connect.com",
        subject="Follow-up questions on your SOC 2",
        body="Thanks for the SOC 2 Type II. Three follow-ups before we can sign: (1) where are image backups stored, (2) is MFA enforced for support staff, (3) can you commit to 5-day breach notification in the BAA?"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Notice of Privacy Practices web update",
        notes="Hard negative: asks the web team to post the revised Notice of Privacy Practices; generic document.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="webteam@stbrendanmed.org",
        subject="Please post the revised NPP",
        body="Please replace the Notice of Privacy Practices on the website with the attached revision (adds reproductive health care attestation language). Keep the Spanish version as is until translation returns."
        + SIG,
        atts=(
            Att(
                "NPP_2026_rev.pdf",
                "application/pdf",
                pdf(
                    [
                        "ST. BRENDAN REGIONAL MEDICAL CENTER",
                        "NOTICE OF PRIVACY PRACTICES (effective December 1, 2026)",
                        "This notice describes how medical information about you may be used and disclosed.",
                    ],
                    "Notice of Privacy Practices",
                ),
            ),
        ),
    ),
]
