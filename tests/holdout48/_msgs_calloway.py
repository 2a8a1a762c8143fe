"""Outbound mail of Calloway Brandt & Reyes LLP, a plaintiffs' medical malpractice firm (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import CBR, Att, Spec

SIG = (
    "\n\n--\nCalloway Brandt & Reyes LLP\n740 N. Water Street, Suite 1200, Milwaukee, WI 53202\n"
    "T (414) 555-0120 | F (414) 555-0121\n"
    "CONFIDENTIALITY NOTICE: This e-mail may contain attorney-client privileged information. "
    "If you received it in error, please notify the sender and delete it."
)

MESSAGES = [
    Spec(
        phi=True,
        category="Records request letter to hospital HIM with client authorization",
        notes="Request for a named client's records with DOB and admission dates plus signed authorization PDF.",
        frm=f"\"Nadia Pruitt, Paralegal\" <npruitt@{CBR}>",
        to="roi@stbrendanmedical.org",
        subject="Request for certified records - Teresa Okonkwo",
        body=(
            "Dear Release of Information team,\n\nThis office represents Teresa Okonkwo (DOB 07/22/1981). "
            "Enclosed is her HIPAA-compliant authorization. Please provide certified copies of all records "
            "for her admission of 03/09/2026 through 03/21/2026, including operative reports, anesthesia "
            "records, nursing notes, MAR and all imaging reports, together with the itemized billing.\n\n"
            "Kindly invoice us for any copy charges permitted under Wis. Stat. 146.83."
            + SIG
        ),
        atts=(
            Att(
                "Okonkwo_HIPAA_authorization.pdf",
                "application/pdf",
                pdf(
                    [
                        "CALLOWAY BRANDT & REYES LLP",
                        "AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION",
                        "Patient: Teresa Okonkwo     Date of birth: 07/22/1981",
                        "Address: 2218 S. Kinnickinnic Ave, Milwaukee, WI 53207",
                        "Provider: St. Brendan Medical Center",
                        "Records: admission 03/09/2026 - 03/21/2026, all departments",
                        "Released to: Calloway Brandt & Reyes LLP",
                        "Purpose: at the request of the individual (legal claim)",
                        "Signature: /s/ Teresa Okonkwo    Date: 10/14/2026",
                    ],
                    "Authorization - Okonkwo",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Attorney update to client about spinal surgery records",
        notes="Attorney writes to client's gmail about her own neurosurgery records and the undocumented CSF leak.",
        frm=f"Graham Calloway <gcalloway@{CBR}>",
        to="lena.vasquez.home@gmail.com",
        subject="What we found in the hospital chart",
        body=(
            "Lena,\n\nWe finally have the complete chart from Lakeview Spine Institute. The nursing notes "
            "show clear fluid draining from your incision on the evening of May 4, but nobody documented "
            "a suspected spinal fluid leak until May 7, when Dr. Hartwell ordered the CT myelogram. That "
            "three-day gap is the heart of our case.\n\nI'd like to go over this with you by phone on "
            "Thursday. Please don't post about the surgery or the lawsuit on social media in the meantime.\n\n"
            "Graham" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Diagnosis only in subject line to co-counsel",
        notes="Hard positive: the body is empty of facts; the subject names the client and her CRPS diagnosis from the IME.",
        frm=f"Maya Reyes <mreyes@{CBR}>",
        to="jfeldman@feldmantriallaw.com",
        subject="Okafor v. St. Brendan - IME confirms CRPS right hand",
        body="Jon - see attached summary once it comes in, and call me when you can. M.",
    ),
    Spec(
        phi=True,
        category="Records summary to retained expert (docx)",
        notes="Docx chronology sent to an expert naming the client, her sepsis and the missed lactate values.",
        frm=f"Maya Reyes <mreyes@{CBR}>",
        to="dr.coughlin@coughlinmedicalreview.com",
        subject="Materials for your review - our file 25-0318",
        body=(
            "Dr. Coughlin,\n\nThank you for agreeing to review this matter. Attached is our nurse "
            "consultant's chronology; the full chart (1,412 pages) follows by secure link. Our standard "
            "of care question is whether the emergency physician should have started the sepsis bundle "
            "at the first triage visit.\n\nBest regards,\nMaya Reyes" + SIG
        ),
        atts=(
            Att(
                "Chronology_Halvorsen.docx",
                DOCX,
                docx(
                    [
                        "MEDICAL CHRONOLOGY - PRIVILEGED ATTORNEY WORK PRODUCT",
                        "Client: Ingrid Halvorsen, DOB 11/02/1958",
                        "01/14/2026 18:40 ED triage, Cedar Ridge Hospital: T 38.9, HR 118, BP 92/54. Discharged with dx UTI, Rx cephalexin.",
                        "01/15/2026 06:12 Return by ambulance. Lactate 5.8, WBC 22.4. Septic shock, E. coli urosepsis.",
                        "01/15/2026 09:30 ICU admission, norepinephrine started; intubated 01/16.",
                        "02/02/2026 Discharged to skilled nursing; bilateral below-knee amputations 02/20/2026.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse MRN note to outside nurse consultant",
        notes="Hard positive: only an initial (Mrs. D), but an MRN, hospital and fetal monitoring strip date in a three-line note.",
        frm=f"Nadia Pruitt <npruitt@{CBR}>",
        to="kbeaulieu.rn@legalnurseconsult.net",
        subject="pull request",
        body=(
            "Karen - Mrs. D, MRN 00482913 @ Lakeshore Women's. Need the 10/3/25 fetal strip from 02:00 on "
            "(cat II -> cat III before the crash section). Thx, N"
        ),
    ),
    Spec(
        phi=True,
        category="Medicare conditional payment request to BCRC",
        notes="Letter to CMS contractor with beneficiary name, MBI, date of injury and the malpractice claim.",
        frm=f"Lien Resolution <liens@{CBR}>",
        to="bcrc.correspondence@medicarerecovery-contractor.com",
        subject="Conditional payment letter request",
        body=(
            "Re: Notice of liability insurance / medical malpractice claim\n\n"
            "Beneficiary: Harold Pruitt\nMBI: 3KT7-HN4-WR82\nDate of incident: 06/18/2025\n"
            "Description: retained surgical sponge following laparoscopic cholecystectomy, "
            "removed at re-operation 08/02/2025 (ICD-10 T81.519A).\n\n"
            "Please issue a conditional payment letter listing all Medicare payments related to this "
            "incident. A signed proof of representation is on file.\n\nLien Resolution Department" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Settlement demand with medical specials workbook",
        notes="Demand to insurer with a multi-sheet workbook of the client's bills by provider and CPT code.",
        frm=f"Graham Calloway <gcalloway@{CBR}>",
        to="claims.litigation@midwestphysiciansmutual.com",
        subject="Policy-limits demand - claimant Darnell Sutton",
        body=(
            "Ms. Kerr,\n\nPlease find our demand for the policy limits of $1,000,000 on behalf of "
            "Darnell Sutton arising from the delayed diagnosis of his left-leg compartment syndrome. "
            "The medical specials to date are itemised in the attached workbook. This offer remains "
            "open for 30 days.\n\nGraham Calloway" + SIG
        ),
        atts=(
            Att(
                "Sutton_specials.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Provider", "Dates", "Billed"],
                            ["Froedtert Ortho Trauma", "2025-02-11 to 2025-02-27", 184220.55],
                            ["Bayside Rehab", "2025-03-01 to 2025-05-30", 41870.00],
                            ["Total", "", 226090.55],
                        ],
                        "Line items": [
                            ["Patient", "DOS", "CPT", "Description", "Charge"],
                            ["Darnell Sutton", "2025-02-11", "27892", "Fasciotomy, leg", 9420.00],
                            ["Darnell Sutton", "2025-02-14", "15734", "Muscle flap, trunk/leg", 12880.00],
                            ["Darnell Sutton", "2025-03-04", "97110", "Therapeutic exercise", 185.00],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Deposition notice of treating physician (ics)",
        notes="Hard positive: calendar invite about deposing the treating neurologist on the care of a named decedent.",
        frm=f"Docketing <docket@{CBR}>",
        to="court.reporting@badgerstatereporters.com",
        subject="Deposition - Dr. Amin Farouk (Estate of Lucille Graver)",
        body="Please confirm a reporter and videographer for the deposition below.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calloway Brandt & Reyes//Docket//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cbr-depo-2026-1104@callowaybrandt.com\r\n"
            "DTSTAMP:20261019T140000Z\r\nDTSTART:20261104T150000Z\r\nDTEND:20261104T210000Z\r\n"
            "SUMMARY:Deposition of Dr. Amin Farouk - Estate of Lucille Graver\r\n"
            "DESCRIPTION:Topics: his care of Lucille Graver during the 3/2025 admission\\, the missed "
            "basilar artery stroke and the decision not to give tPA.\r\n"
            "LOCATION:740 N. Water Street\\, Conference Room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Forward of client's own symptom email to nurse consultant",
        notes="Forwarded client e-mail describing her colostomy and bowel perforation, with her name and phone.",
        frm=f"Maya Reyes <mreyes@{CBR}>",
        to="kbeaulieu.rn@legalnurseconsult.net",
        subject="Fwd: update from Sharon",
        body="Karen, please add this to the damages section of the chronology. - Maya",
        forward=Spec(
            phi=True,
            category="client email",
            notes="client email",
            frm="Sharon Whitlock <sharon.whitlock55@yahoo.com>",
            to=f"mreyes@{CBR}",
            subject="update",
            body=(
                "Hi Maya, I saw the surgeon Friday. They can't reverse the colostomy until spring because "
                "of the abscess from the perforation. I'm still on the wound vac and home nursing comes "
                "three times a week. I've missed 11 weeks of work now. You can call me at (262) 555-0147.\n"
                "Sharon"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only update to client's husband about seizure medications",
        notes="Hard positive: first name plus relationship plus seizure medications and a care-planner visit, HTML only.",
        frm=f"Graham Calloway <gcalloway@{CBR}>",
        to="tom.lindqvist@yahoo.com",
        subject="Tuesday visit",
        body="",
        html=(
            "<html><body><p>Tom,</p><p>The life-care planner, Ms. Adebayo, will come to the house "
            "on <b>Tuesday at 10:00</b> to meet Rachel. Please have a list of all of Rachel's "
            "seizure medications ready (the Keppra, the clobazam and the rescue Nayzilam) and any "
            "notes on how many breakthrough seizures she's had since August.</p>"
            "<p>Thanks,<br>Graham</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Intake follow-up about infant birth injury",
        notes="Follow-up to a parent's hotmail naming the baby and his HIE diagnosis and NICU cooling.",
        frm=f"Intake <intake@{CBR}>",
        to="brittany.ameche@hotmail.com",
        subject="Following up on your call",
        body=(
            "Dear Ms. Ameche,\n\nThank you for speaking with us on Monday about your son, Mason, and the "
            "events at his delivery on August 30. You mentioned that he was diagnosed with hypoxic-ischemic "
            "encephalopathy and received cooling therapy in the NICU at Children's. To evaluate a possible "
            "claim we need your signed authorization (attached link) for your prenatal and delivery records "
            "and Mason's NICU records.\n\nWarm regards,\nDeshawn Miles, Intake Coordinator" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Subpoena cover letter to pharmacy",
        notes="Subpoena duces tecum cover naming patient with DOB for opioid prescription records.",
        frm=f"Nadia Pruitt <npruitt@{CBR}>",
        to="legal.requests@northshorepharmacy.com",
        subject="Subpoena duces tecum - records of Victor Aldana",
        body=(
            "Records Custodian:\n\nEnclosed please find a subpoena duces tecum issued in Milwaukee County "
            "Case No. 2026CV001877 for all prescription dispensing records of Victor Aldana, DOB "
            "04/30/1972, from 01/01/2024 to present, including oxycodone and hydromorphone fills and "
            "prescriber information. Production is due within 21 days.\n\nNadia Pruitt, Paralegal" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Zip of Bates-numbered records to expert",
        notes="Hard positive: neutral body; names, facility and ED visit dates appear only in the zip member names and index.",
        frm=f"Nadia Pruitt <npruitt@{CBR}>",
        to="records@rossiemergencyexperts.com",
        subject="Production CBR-001123 to CBR-001890",
        body="Dr. Rossi,\n\nAttached is the production referenced in our engagement letter.\n\nNadia" + SIG,
        atts=(
            Att(
                "production_CBR-001123-001890.zip",
                "application/zip",
                zipped(
                    {
                        "Ferreira_Marco_StJude_ED_2025-03-14.txt": "Bates CBR-001123-001402 St. Jude ED visit 2025-03-14, chest pain, discharged. Patient Marco Ferreira.",
                        "Ferreira_Marco_StJude_Cath_2025-03-16.txt": "Bates CBR-001403-001890 Cardiac catheterization 2025-03-16, LAD occlusion, STEMI.",
                        "index.txt": "Marco Ferreira DOB 1966-09-12 - St. Jude ED + cath lab records",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Lien resolution letter to health plan with member ID",
        notes="Letter to a health plan's subrogation unit naming the member, member ID and the related treatment.",
        frm=f"Lien Resolution <liens@{CBR}>",
        to="subrogation@lakeshorehealthplan.com",
        subject="Final lien amount requested",
        body=(
            "Re: Member Gabriela Stenson, Member ID LHP-884-20917-01\n\n"
            "The above claim for the birth injury at Mercy Ridge has settled. Please send the final lien "
            "amount for all payments on her behalf related to the 11/2024 delivery and the postpartum "
            "hysterectomy, and confirm whether you will reduce it under the common-fund doctrine.\n\n"
            "Thank you." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Life care plan workbook to forensic economist",
        notes="Multi-sheet workbook with a named child's future care items (gastrostomy supplies, therapies) for an economist.",
        frm=f"Maya Reyes <mreyes@{CBR}>",
        to="pmeyer@meyereconomics.com",
        subject="Life care plan numbers for your report",
        body="Peter - the final life care plan tables are attached. We need your present-value report by 11/20.\n\nMaya",
        atts=(
            Att(
                "LCP_Whitfield_final.xlsx",
                XLSX,
                xlsx(
                    {
                        "Info": [
                            ["Child", "Jaylen Whitfield"],
                            ["Date of birth", "2021-06-02"],
                            ["Diagnosis", "Spastic quadriplegic cerebral palsy (G80.0), G-tube dependent"],
                        ],
                        "Annual items": [
                            ["Item", "Frequency", "Unit cost", "Annual"],
                            ["Physical therapy", "3/week", 145, 22620],
                            ["Enteral formula + G-tube supplies", "monthly", 1180, 14160],
                            ["Botulinum toxin injections", "4/year", 2300, 9200],
                        ],
                        "One-time": [["Item", "Cost"], ["Power wheelchair", 38500], ["Van conversion", 61000]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Wound photo named after client to expert",
        notes="Hard positive: a PNG whose file name carries the client's name and pressure wound; body only says 'as discussed'.",
        frm=f"Maya Reyes <mreyes@{CBR}>",
        to="dr.abernathy@woundcareexperts.com",
        subject="photo as discussed",
        body="Dr. Abernathy - the photo the family took, as discussed on the phone. Maya",
        atts=(Att("Sorensen_Edwin_stage4_sacral_wound_day12.png", "image/png", png(6, 6, (150, 60, 60))),),
    ),
    Spec(
        phi=True,
        category="Motion to seal psychiatric records sent to clerk",
        notes="Hard positive: filing cover to the court clerk naming the plaintiff and her inpatient psychiatric records.",
        frm=f"Docketing <docket@{CBR}>",
        to="civil.efiling@milwaukeecountycourts.gov",
        subject="Filing: Motion to seal Exhibit 4 - 2026CV002214",
        body=(
            "Clerk,\n\nPlease accept for filing Plaintiff's Motion to File Under Seal Exhibit 4 in "
            "Noreen Castellano v. Riverbend Behavioral Health, 2026CV002214. Exhibit 4 consists of "
            "Ms. Castellano's inpatient psychiatric records from her June 2025 admission, including the "
            "suicide-risk assessments. We have lodged the exhibit conditionally under seal.\n\nThank you." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Short reply to client about physical therapy copays",
        notes="Brief reply to the client's gmail confirming her PT copays at a named clinic will be claimed.",
        frm=f"Nadia Pruitt <npruitt@{CBR}>",
        to="marisol.quintana88@gmail.com",
        subject="Re: receipts",
        body=(
            "Hi Marisol - yes, keep every receipt for your copays at Brightwater Physical Therapy "
            "(and the knee brace). We'll add them to your medical specials. Nadia"
        ),
    ),
    Spec(
        phi=True,
        category="Expert disclosure cover with treating physician list",
        notes="Hard positive: witness list to opposing counsel naming the plaintiff's oncologist and psychiatrist and what each treated.",
        frm=f"Graham Calloway <gcalloway@{CBR}>",
        to="rkessler@hinshawdefense.com",
        subject="Pl.'s treating-provider disclosures - Brandt matter",
        body=(
            "Counsel,\n\nPursuant to the scheduling order, plaintiff Owen Brandt identifies the following "
            "non-retained treating providers: Dr. Celia Moreno (medical oncology), who treated his stage "
            "IIIB colon cancer after the delayed colonoscopy follow-up; and Dr. Felix Amundsen (psychiatry), "
            "who has treated his major depressive disorder since 2025.\n\nGraham Calloway" + SIG
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="Firm newsletter announcing anonymised verdict (HTML only)",
        notes="Hard negative: verdict announcement describes a birth-injury case with no names, dates or places.",
        frm=f"Calloway Brandt & Reyes <news@{CBR}>",
        to="subscribers@lists.callowaybrandt.com",
        subject="Fall newsletter: $4.2M verdict for a family in a birth-injury case",
        body="",
        html=(
            "<html><body><h2>Verdict for a family after a preventable birth injury</h2>"
            "<p>A jury returned a $4.2 million verdict for the family of an infant who suffered a "
            "hypoxic brain injury after delayed delivery. Our trial team showed that warning signs on "
            "the fetal monitor went unanswered for over an hour.</p>"
            "<p>Also in this issue: what to do if you suspect a medication error, and how long you have "
            "to file a claim in Wisconsin.</p><p><a href='https://www.callowaybrandt.com/unsubscribe'>"
            "Unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="CLE seminar invitation on fetal heart tracings",
        notes="Hard negative: a continuing-education event about reading fetal monitor strips; no patient.",
        frm=f"Events <events@{CBR}>",
        to="wisbar-medmal-section@lists.wisbar.org",
        subject="CLE: Reading the fetal heart tracing for litigators (2.0 credits)",
        body=(
            "Join Maya Reyes and nurse-midwife consultant Alice Tran, CNM for a practical session on "
            "NICHD categories, late decelerations, and how to cross-examine on the strip. Lunch provided."
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calloway Brandt & Reyes//Events//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cbr-cle-2026-11@callowaybrandt.com\r\n"
            "DTSTAMP:20261019T140000Z\r\nDTSTART:20261112T170000Z\r\nDTEND:20261112T190000Z\r\n"
            "SUMMARY:CLE - Reading the fetal heart tracing\r\nLOCATION:740 N. Water Street\\, 12th floor\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="CV and fee schedule request to prospective expert",
        notes="Hard negative: a clinician's name, specialty and NPI in an expert-retention inquiry with no patient.",
        frm=f"Maya Reyes <mreyes@{CBR}>",
        to="vocampo@mfmconsultants.com",
        subject="Expert inquiry - maternal-fetal medicine",
        body=(
            "Dr. Ocampo,\n\nWe were referred to you by Jon Feldman. We are looking for a board-certified "
            "maternal-fetal medicine specialist to review a preeclampsia case. Before we share any case "
            "materials, could you send your current CV, rate sheet and a list of prior testimony? For our "
            "conflict check we have you as Vanessa Ocampo, MD, NPI: 1852884836.\n\nMaya Reyes" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Blank HIPAA authorization template for new paralegal",
        notes="Hard negative: a blank authorization form with field names like Patient Name, DOB and MRN but no values.",
        frm=f"Nadia Pruitt <npruitt@{CBR}>",
        to=f"jbarnes@{CBR}",
        subject="Authorization template you asked for",
        body="Jordan - here is our current authorization template. Always use the 2026 version, the old one lacked the Part 2 language.",
        atts=(
            Att(
                "CBR_HIPAA_authorization_TEMPLATE_2026.docx",
                DOCX,
                docx(
                    [
                        "AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION (TEMPLATE)",
                        "Patient Name: ______________________   Date of Birth: ____/____/______",
                        "Medical Record Number (if known): ______________",
                        "Records to be released: [ ] all records  [ ] dates of service from ____ to ____",
                        "[ ] I specifically authorize release of substance use disorder records (42 CFR Part 2).",
                        "This authorization expires one year from the date signed.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Payment to court reporter",
        notes="Payment remittance to a court reporting firm; no patient information.",
        frm=f"Accounts Payable <ap@{CBR}>",
        to="billing@badgerstatereporters.com",
        subject="Payment remitted - invoices 7731, 7748",
        body="Hello,\n\nACH payment of $2,846.50 was sent today covering invoices 7731 and 7748. Thank you.\n\nAccounts Payable" + SIG,
    ),
    Spec(
        phi=False,
        category="IT notice on MFA enrolment",
        notes="Internal IT notice about multi-factor authentication; no health content.",
        frm=f"IT Help Desk <helpdesk@{CBR}>",
        to=f"allstaff@{CBR}",
        subject="Action required: enrol in MFA by Friday",
        body=(
            "All,\n\nStarting Monday, 10/26, Outlook and the document management system will require "
            "multi-factor authentication. Please install the authenticator app and enrol before Friday. "
            "Stop by the help desk (ext. 4410) if you need help.\n\nIT"
        ),
    ),
    Spec(
        phi=False,
        category="Statute of limitations chart by state (multi-sheet)",
        notes="Hard negative: a legal reference workbook of malpractice filing deadlines; no individuals.",
        frm=f"Maya Reyes <mreyes@{CBR}>",
        to=f"attorneys@{CBR}",
        subject="Updated SOL / repose chart - WI, IL, MN",
        body="Updated after the Minnesota amendment. Please use this version for intake screening.",
        atts=(
            Att(
                "medmal_SOL_chart_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Adults": [
                            ["State", "Limitation", "Discovery rule", "Repose"],
                            ["WI", "3 years from injury", "1 year from discovery", "5 years"],
                            ["IL", "2 years", "Yes", "4 years"],
                            ["MN", "4 years", "No", "None"],
                        ],
                        "Minors": [
                            ["State", "Rule"],
                            ["WI", "Until age 10 or standard period, whichever later"],
                            ["IL", "8 years, not after age 22"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Mock jury hypothetical with fictional patient",
        notes="Hard negative: focus-group script built on a clearly fictional patient 'Jane Sample'.",
        frm=f"Graham Calloway <gcalloway@{CBR}>",
        to="research@juryinsightgroup.com",
        subject="Focus group script - v3",
        body=(
            "The v3 hypothetical is below. All names are fictional; please don't "
            "change them.\n\nHYPOTHETICAL: Jane Sample, a fictional 52-year-old teacher, goes to an ER with "
            "a severe headache. A CT is read as normal; two days later she has a ruptured aneurysm. "
            "Question 1: should the ER doctor have ordered a CT angiogram?\n\nGraham"
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate caseload statistics for partners",
        notes="Hard negative: counts of open matters by injury type and stage, no client identifiers.",
        frm=f"Firm Administrator <admin@{CBR}>",
        to=f"partners@{CBR}",
        subject="Q3 caseload snapshot",
        body="Partners - the Q3 snapshot for Monday's meeting is attached.",
        atts=(
            Att(
                "caseload_Q3_2026.csv",
                "text/csv",
                "injury_type,open_matters,in_suit,settled_q3\n"
                "birth injury,14,9,2\nsurgical error,22,11,4\ndelayed cancer diagnosis,17,6,3\n"
                "medication error,9,2,1\nnursing home neglect,12,5,2\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Peer-review privilege research memo",
        notes="Hard negative: legal research on hospital peer-review privilege; mentions credentialing but no patient.",
        frm=f"Jordan Barnes <jbarnes@{CBR}>",
        to=f"mreyes@{CBR}",
        subject="Research: Wis. Stat. 146.38 and incident reports",
        body=(
            "Maya,\n\nShort answer: incident reports prepared in the ordinary course are generally not "
            "protected by 146.38 unless created for a peer review committee. Credentialing files are "
            "protected, but the facts underlying them are not. Cases and pin cites below; full memo "
            "tomorrow.\n\nJordan"
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for nurse paralegal",
        notes="Hard negative: job ad requiring RN licensure and ICD-10/CPT literacy; no patient.",
        frm=f"Recruiting <careers@{CBR}>",
        to="postings@legaljobsmidwest.com",
        subject="Posting: Nurse Paralegal (RN) - Milwaukee",
        body=(
            "Calloway Brandt & Reyes seeks a registered nurse to join our medical malpractice team as a "
            "nurse paralegal. Duties: summarise medical charts, build chronologies, identify deviations "
            "from the standard of care, and read ICD-10 and CPT coding. Requirements: active Wisconsin RN "
            "licence, 5 years of acute-care experience (L&D or ICU preferred). Salary $78,000-$92,000."
        ),
    ),
    Spec(
        phi=False,
        category="Holiday office closure notice to clients",
        notes="Generic office-hours notice to the client list; no health information.",
        frm=f"Calloway Brandt & Reyes <office@{CBR}>",
        to=f"clients@lists.{CBR}",
        subject="Office hours over Thanksgiving",
        body="Our office will close at noon on Wednesday, November 25 and reopen Monday, November 30. For urgent matters call (414) 555-0120.",
    ),
    Spec(
        phi=False,
        category="Literature packet for expert with bibliography",
        notes="Hard negative: journal bibliography on retained surgical items; disease terms but no individual.",
        frm=f"Jordan Barnes <jbarnes@{CBR}>",
        to="dr.coughlin@coughlinmedicalreview.com",
        subject="Literature you requested",
        body="Dr. Coughlin, the bibliography is attached; PDFs of each article follow in a shared folder.",
        atts=(
            Att(
                "bibliography_retained_surgical_items.txt",
                "text/plain",
                "1. Incidence of retained surgical items: a 10-year review. J Am Coll Surg. 2019.\n"
                "2. Risk factors for retained foreign bodies after surgery. N Engl J Med. 2003.\n"
                "3. Radiofrequency detection of surgical sponges: cost-effectiveness. Ann Surg. 2021.\n"
                "4. AORN guideline for prevention of unintentionally retained surgical items. 2024.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Nurse consultant engagement agreement",
        notes="Contract with an independent nurse consultant; terms and rates only.",
        frm=f"Maya Reyes <mreyes@{CBR}>",
        to="kbeaulieu.rn@legalnurseconsult.net",
        subject="2027 engagement agreement",
        body=(
            "Karen,\n\nAttached is the renewal of your consulting agreement for 2027 at $125/hour for chart "
            "review and $250/hour for testimony. The confidentiality and business associate terms are "
            "unchanged. Please sign and return.\n\nMaya"
        ),
    ),
    Spec(
        phi=False,
        category="Quarterly cost advance summary to accountant",
        notes="Hard negative: totals of case costs advanced across matters, no client or medical details.",
        frm=f"Accounts Payable <ap@{CBR}>",
        to="audit@greenleafcpa.com",
        subject="Q3 client cost advances",
        body=(
            "Hi Priya,\n\nQ3 cost advances totalled $48,210.37 across 22 matters: expert fees $31,400, "
            "records retrieval $6,812.40, court reporters $7,120, filing fees $2,877.97. Detail by GL "
            "account is in the shared folder.\n\nThanks"
        ),
    ),
    Spec(
        phi=False,
        category="BAA sent to records retrieval vendor",
        notes="Hard negative: business associate agreement cover about handling PHI in general; no individual.",
        frm=f"Firm Administrator <admin@{CBR}>",
        to="contracts@ledgerlinerecords.com",
        subject="Signed business associate agreement",
        body=(
            "Attached is the countersigned business associate agreement. It covers all protected health "
            "information you obtain on our behalf, including Part 2 records, requires breach notice within "
            "5 business days and return or destruction of records at matter close."
        ),
    ),
    Spec(
        phi=False,
        category="Interview scheduling with job applicant",
        notes="Interview logistics to an applicant's gmail; no health information.",
        frm=f"Recruiting <careers@{CBR}>",
        to="t.adeyemi.jobs@gmail.com",
        subject="Interview - legal assistant position",
        body="Hi Tobi,\n\nThanks for applying. Can you come in for an interview on Thursday at 2:30 pm? Ask for Jordan at the 12th-floor reception.\n\nRecruiting",
    ),
    Spec(
        phi=False,
        category="Staff exposure notice without names",
        notes="Hard negative: workplace influenza exposure notice to staff naming no one.",
        frm=f"Office Manager <office@{CBR}>",
        to=f"allstaff@{CBR}",
        subject="Flu on the 12th floor",
        body=(
            "Hi all - a colleague on the 12th floor has tested positive for influenza A. If you were in "
            "Conference Room B on Monday and develop fever or cough, please work from home. Flu shots are "
            "still available at the Walgreens in the lobby."
        ),
    ),
]
