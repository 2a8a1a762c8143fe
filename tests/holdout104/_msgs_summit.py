"""Summit Crest Health Plan, Appeals & Grievances unit: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import MIR, SCH, Att, Spec

AG = f"Appeals & Grievances <appeals@{SCH}>"
SIG = "\n\nAppeals & Grievances Unit\nSummit Crest Health Plan\n1-800-555-0142 (TTY 711)"
DISC = "\n\nCONFIDENTIALITY: This message may contain information protected by law. If you received it in error, delete it and call 1-800-555-0142."

_835 = (
    "ISA*00*          *00*          *ZZ*SUMMITCREST    *ZZ*CEDARVALEORTHO *260911*1020*^*00501*000004417*0*P*:~"
    "GS*HP*SUMMITCREST*CEDARVALEORTHO*20260911*1020*4417*X*005010X221A1~ST*835*0001~"
    "BPR*I*2140.00*C*ACH*CCP*01*021000021*DA*55501234*1555402571**01*031100209*DA*88812345*20260911~"
    "TRN*1*APL2026-0883*1555402571~N1*PR*SUMMIT CREST HEALTH PLAN~N1*PE*CEDARVALE ORTHOPEDICS*XX*1555402571~"
    "CLP*CV88213*1*2140.00*2140.00**MC*2026A0883R~NM1*QC*1*OKONKWO*BENEDICT****MI*SCH704418832~"
    "SVC*HC:29881*2140.00*2140.00**1~DTM*472*20260612~CAS*CO*0*0~SE*11*0001~GE*1*4417~IEA*1*000004417~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Appeal acknowledgement letter to member",
        notes="Member's name, member ID and the denied MRI of the lumbar spine in a letter to her personal mailbox.",
        frm=AG,
        to="dolores.featherstone@gmail.com",
        subject="We received your appeal (case APL-2026-0812)",
        body=(
            "Dear Ms. Featherstone,\n\nWe received your request on September 10 to appeal our decision to deny "
            "coverage of an MRI of the lumbar spine (CPT 72148) ordered by Dr. Anand Patel.\n\n"
            "Member ID: SCH602291174\nCase: APL-2026-0812\n\nWe will decide within 30 days. You may send "
            "more records, such as the physical therapy notes you mentioned on the phone." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Grievance process brochure to member services",
        notes="General explanation of the grievance process for the member handbook; no individual.",
        frm=AG,
        to=f"memberservices@{SCH}",
        subject="Updated 'How to file a complaint' insert for the 2027 handbook",
        body=(
            "Hi all,\n\nAttached is the final text for the 2027 handbook insert. Changes: expedited "
            "appeals now decided within 72 hours, and the external review paragraph now names our two "
            "contracted IROs.\n\nPlease swap it in before the print deadline on the 25th.\n\nThanks,\nRenata"
        ),
        atts=(
            Att(
                "complaint_insert_2027.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "How to file a complaint or appeal",
                        "If you disagree with a decision we made about your care or a bill, you can ask us to look again. This is called an appeal.",
                        "Call Member Services or write to us within 60 days of the denial letter.",
                        "If we still say no, you can ask an independent review organization to review your case at no cost.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Case file to IRO for external review",
        notes="Hard positive: body gives only a case number; the attached PDF case summary names the member, DOB and the denied proton therapy.",
        frm="Ines Carvalho <icarvalho@summitcresthealth.com>",
        to=f"intake@{MIR}",
        subject="External review referral - case APL-2026-0790",
        body=(
            "Hello Meridian intake,\n\nPlease find the case file for a standard external review. The member "
            "requested external review on 9/8. Our final adverse determination letter and the clinical "
            "records we relied on are in the attached summary; full records follow by SFTP today.\n\n"
            "Ines Carvalho, RN\nAppeals Nurse Reviewer"
        ),
        atts=(
            Att(
                "APL-2026-0790_case_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT CREST HEALTH PLAN - EXTERNAL REVIEW CASE SUMMARY",
                        "Case: APL-2026-0790    Request received: 09/08/2026",
                        "Member: Thaddeus R. Lindqvist    DOB: 04/17/1961    ID: SCH551830027",
                        "Service denied: Proton beam radiation therapy (CPT 77525), prostate adenocarcinoma C61",
                        "Basis: IMRT considered equally effective; proton not medically necessary per policy RAD-14",
                        "Treating physician: Dr. Marguerite Oyelaran, Radiation Oncology",
                    ],
                    "Case summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Monthly appeals volume report to compliance",
        notes="Hard negative: counts of appeals by service type and overturn rates; aggregate only, no members.",
        frm="A&G Reporting <agreporting@summitcresthealth.com>",
        to=f"compliance@{SCH}",
        subject="August 2026 appeals & grievances dashboard",
        body="Attached: August A&G volumes, timeliness and overturn rates. Oncology drug appeals up 18% month over month; expedited timeliness 99.1%.\n\n-- A&G Reporting",
        atts=(
            Att(
                "AG_dashboard_2026-08.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Volumes": [
                            ["Category", "Received", "Closed", "Overturned"],
                            ["Imaging", 212, 198, 61],
                            ["Oncology drugs", 88, 80, 37],
                            ["Behavioral health", 45, 44, 19],
                            ["DME", 73, 70, 22],
                        ],
                        "Timeliness": [
                            ["Type", "Within TAT %"],
                            ["Standard pre-service", 97.4],
                            ["Expedited", 99.1],
                            ["Post-service", 95.8],
                        ],
                        "Grievances": [
                            ["Reason", "Count"],
                            ["Customer service", 134],
                            ["Access to provider", 57],
                            ["Billing", 41],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Expedited appeal decision to treating surgeon",
        notes="Overturn of denial for spinal fusion for a named member sent to the surgeon's office.",
        frm=AG,
        to="referrals@cedarvaleortho.com",
        subject="Expedited appeal decision - OVERTURNED",
        body=(
            "To the office of Dr. Lucas Brennan (NPI 1555402571):\n\nRe: Benedict Okonkwo, member SCH704418832, DOB 11/02/1974\n\n"
            "On review by a board-certified orthopedic surgeon, we have overturned the denial of L4-L5 posterior "
            "lumbar interbody fusion (CPT 22633). Authorization AUTH-5581207 is valid through 12/31/2026."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Reviewer panel roster to IRO contract manager",
        notes="Hard negative: list of physician reviewers, specialties and NPIs for credentialing; clinicians are not patients.",
        frm="Paul Hendry <phendry@summitcresthealth.com>",
        to=f"contracts@{MIR}",
        subject="Our internal peer reviewer roster (for the conflict-of-interest check)",
        body=(
            "Hi Gwen,\n\nFor your COI screen, these are the physicians who sat on our internal appeal panels this year:\n\n"
            "Dr. Hana Kobayashi - medical oncology - NPI 1465924607\n"
            "Dr. Emeka Adeyemi - orthopedic surgery - NPI 1912486515\n"
            "Dr. Sofia Marchetti - psychiatry (child & adolescent) - NPI 1283185746\n\n"
            "None of them should be assigned to Summit Crest cases on your side.\n\nPaul Hendry\nDirector, Appeals"
        ),
    ),
    Spec(
        phi=True,
        category="Grievance resolution letter about balance billing",
        notes="Member's name, address and an emergency room visit with a surprise bill in the grievance outcome letter.",
        frm=AG,
        to="marcus.whitfield77@yahoo.com",
        subject="Resolution of your grievance GRV-2026-3310",
        body=(
            "Marcus Whitfield\n4418 Alder Crossing Rd, Unit 2\nBrookhaven, PA 19015\n\nDear Mr. Whitfield,\n\n"
            "You told us you received a $1,862 bill from Lakeview Emergency Physicians after your visit to the Lakeview "
            "Memorial emergency room on July 3 for chest pain. Under the No Surprises Act you owe only your in-network cost share "
            "($250). We have reprocessed claim 2026C1144820 and asked the group to withdraw the balance bill."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="CMS timeliness audit prep memo",
        notes="Hard negative: audit memo that lists universe field names (Member ID, Diagnosis) as column headings with no data.",
        frm="Renata Solís <rsolis@summitcresthealth.com>",
        to=f"appeals-team@{SCH}",
        subject="Program audit: ODAG/CDAG universe fields - please read",
        body=(
            "Team,\n\nCMS program audit notice arrived. The universes must contain these columns, in this order:\n"
            "Case ID | Member ID | Member name | Diagnosis | Request received date | Decision date | Outcome\n\n"
            "Please do NOT email universe extracts to anyone; upload only to the audit SharePoint. Practice file due Friday.\n\nRenata"
        ),
    ),
    Spec(
        phi=True,
        category="Member medical records request to hospital",
        notes="Hard positive: records request to a hospital HIM department naming the member, DOB and admission dates for a psychiatric stay.",
        frm="Ines Carvalho <icarvalho@summitcresthealth.com>",
        to="roi@stbarnabasregional.org",
        subject="Records request - appeal review",
        body=(
            "Release of Information team,\n\nFor an appeal of a concurrent-review denial we need the complete inpatient record, "
            "including physician orders and nursing notes, for:\n\nPatient: Kelsey Ann Marburg\nDOB: 02/28/2001\n"
            "Admitted 8/14/2026 - discharged 8/29/2026, Unit 5 East (adult inpatient psychiatry)\n\n"
            "A signed member authorization is on file. Please fax to 555-0178.\n\nInes Carvalho, RN"
        ),
    ),
    Spec(
        phi=False,
        category="Vendor invoice query",
        notes="Mailroom vendor invoice question; no members.",
        frm="Accounts Payable <ap@summitcresthealth.com>",
        to="billing@printpostsolutions.com",
        subject="Invoice 88412 - postage line",
        body="Hello,\n\nInvoice 88412 shows 41,200 pieces of certified mail for August but our log shows 4,120. Please confirm and reissue.\n\nThank you,\nAP",
    ),
    Spec(
        phi=True,
        category="Claims adjustment spreadsheet to provider group",
        notes="Hard positive: two-sheet workbook of overturned appeals with member names, IDs and CPT codes; body says only 'see attached'.",
        frm=AG,
        to="revenuecycle@northridgemedgroup.com",
        subject="Overturned appeals - batch 14",
        body="See attached. Claims will reprocess in the 9/19 payment cycle.",
        atts=(
            Att(
                "overturns_batch14.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Overturns": [
                            ["Claim", "Member", "Member ID", "DOS", "CPT", "Paid"],
                            [
                                "2026C0982211",
                                "Harriet Voss",
                                "SCH300188452",
                                "2026-05-14",
                                "93306",
                                612.00,
                            ],
                            [
                                "2026C1003917",
                                "Darnell Pruitt",
                                "SCH411907365",
                                "2026-06-02",
                                "70553",
                                1320.50,
                            ],
                        ],
                        "Notes": [
                            ["Claim", "Reason"],
                            ["2026C0982211", "Echo for syncope - criteria met on review"],
                            ["2026C1003917", "Brain MRI - seizure history documented"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for appeals nurse",
        notes="Hard negative: job posting mentioning oncology, behavioral health and Medicare appeals; no patient.",
        frm="Talent Acquisition <careers@summitcresthealth.com>",
        to="jobs@nursingcareerboard.com",
        subject="Posting: Appeals Nurse Reviewer (RN), remote",
        html="<html><body><h2>Appeals Nurse Reviewer (RN)</h2><p>Summit Crest Health Plan seeks an RN with 3+ years in utilization management. You will review appeals for oncology infusions, behavioral health admissions and durable medical equipment, apply InterQual and MCG criteria, and prepare cases for physician review.</p><ul><li>Active RN license</li><li>Medicare Advantage appeals experience preferred</li></ul><p>Salary range $82,000-$98,000.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="Reply to member's daughter about appeal status",
        notes="Hard positive: reply to daughter naming her mother by first name and the pending appeal for a hospital bed and oxygen.",
        frm="Tomasz Wolny <twolny@summitcresthealth.com>",
        to="priya.raman.home@outlook.com",
        subject="RE: Mom's appeal",
        body=(
            "Hi Priya,\n\nThanks for sending the signed Appointment of Representative form - it's now on file, so I can "
            "talk with you about your mom's case. Lakshmi's appeal for the semi-electric hospital bed and home oxygen "
            "concentrator is with the medical director; we're waiting on the oxygen saturation test from Dr. Iyer's office. "
            "I'll call you Thursday.\n\nTomasz Wolny\nAppeals Coordinator" + DISC
        ),
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Priya Raman <priya.raman.home@outlook.com>",
            to=f"appeals@{SCH}",
            subject="Mom's appeal",
            body="Hello, I'm writing about my mother Lakshmi Raman (member SCH889014520). Any news on the hospital bed appeal? Attached is the AOR form.\nPriya",
        ),
    ),
    Spec(
        phi=False,
        category="Out-of-office auto-reply",
        notes="Automatic out-of-office reply; no health information.",
        frm="Tomasz Wolny <twolny@summitcresthealth.com>",
        to="kgreer@northridgemedgroup.com",
        subject="Automatic reply: Appeal packet question",
        body="I am out of the office until Monday, September 21. For urgent appeal matters call the A&G line at 1-800-555-0142.",
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Spec(
        phi=True,
        category="Member ID card photo forwarded for grievance",
        notes="Hard positive: PNG named after the member plus her ID number and a grievance about a refused dialysis chair; to the network team.",
        frm="Tomasz Wolny <twolny@summitcresthealth.com>",
        to=f"networkrelations@{SCH}",
        subject="Access grievance - dialysis center",
        body=(
            "Network team,\n\nMember Josefina Arreola (SCH225046913) says Riverbend Dialysis turned her away for her Tuesday "
            "hemodialysis chair because the center believed her plan had lapsed. Photo of her card attached. Can you call the "
            "center manager today?\n\nTomasz"
        ),
        atts=(Att("arreola_josefina_idcard.png", "image/png", png(6, 4, (30, 90, 160))),),
    ),
    Spec(
        phi=False,
        category="Expedited appeals on-call rota",
        notes="Expedited on-call rota for the appeals staff; staff first names only.",
        frm="Renata Solís <rsolis@summitcresthealth.com>",
        to=f"appeals-team@{SCH}",
        subject="Expedited on-call rota, Oct 12-16",
        body="Mon: Ines\nTue: Tomasz\nWed: Adaeze\nThu: Ines\nFri: Paul (backup Renata)\n\nRemember expedited clock is 72 hours, weekends included.",
    ),
    Spec(
        phi=True,
        category="835 remittance after appeal overturn",
        notes="Hard positive: X12 835 attachment names the patient, member ID and arthroscopy CPT; body only mentions the trace number.",
        frm="EDI Operations <edi@summitcresthealth.com>",
        to="edi@cedarvaleortho.com",
        subject="Manual 835 - trace APL2026-0883",
        body="Attached is the manual 835 for the appeal reprocess, trace APL2026-0883. Please post and confirm.",
        atts=(Att("835_APL2026-0883.x12", "application/edi-x12", _835),),
    ),
    Spec(
        phi=False,
        category="Test 835 with dummy member",
        notes="Hard negative: EDI test file with a member explicitly labelled TEST PATIENT, fake ID and ISA test indicator T.",
        frm="EDI Operations <edi@summitcresthealth.com>",
        to="edi-onboarding@cedarvaleortho.com",
        subject="Test 835 for your new PM system (TEST DATA ONLY)",
        body="As requested, a test 835 (ISA15 = T). The patient is our standard dummy TESTPATIENT ZZTEST, ID TEST0000001. Nothing here is a real member.",
        atts=(
            Att(
                "test_835.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*SUMMITCREST    *ZZ*CEDARVALEORTHO *260914*0900*^*00501*000000001*0*T*:~GS*HP*SUMMITCREST*CEDARVALEORTHO*20260914*0900*1*X*005010X221A1~ST*835*0001~CLP*TEST01*1*100.00*80.00**MC*TEST~NM1*QC*1*ZZTEST*TESTPATIENT****MI*TEST0000001~SE*4*0001~GE*1*1~IEA*1*000000001~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Attorney letter about member's appeal",
        notes="Letter to member's attorney about a denied bariatric surgery appeal with name and member ID.",
        frm="Legal & Appeals Liaison <legal-appeals@summitcresthealth.com>",
        to="mdelacroix@delacroixlawpa.com",
        subject="Your client Gerald Thornbury - second-level appeal",
        body=(
            "Ms. Delacroix,\n\nWe acknowledge your letter of representation for Gerald Thornbury (member SCH118275406). "
            "The second-level appeal of the denial of laparoscopic sleeve gastrectomy (CPT 43775) will be heard by the panel on "
            "October 6. The panel will consider his BMI history, the six-month supervised diet documentation and the psychological "
            "evaluation you submitted.\n\nSincerely,\nLegal & Appeals Liaison"
        ),
    ),
    Spec(
        phi=False,
        category="Panel hearing calendar invite (staff only)",
        notes="Hard negative: calendar invite for an appeal panel with only a case number and staff attendees; no member details.",
        frm="Renata Solís <rsolis@summitcresthealth.com>",
        to="dr.kobayashi@summitcresthealth.com",
        subject="Second-level panel - Oct 6, 10:00",
        body="Panel room B / Teams. Case packet will be in the secure panel folder 48 hours before.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Crest//A&G//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:panel-20261006@summitcresthealth.com\r\nDTSTAMP:20260914T150000Z\r\nDTSTART:20261006T140000Z\r\nDTEND:20261006T150000Z\r\n"
            "SUMMARY:Second-level appeal panel (3 cases)\r\nLOCATION:Room B / Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Member hearing invite with diagnosis in calendar summary",
        notes="Hard positive: calendar invite to the member's gmail whose summary names her and her MS infusion appeal.",
        frm=AG,
        to="c.abernathy.rn@gmail.com",
        subject="Your appeal panel hearing (by phone)",
        body="Ms. Abernathy, this invite holds your slot. The panel will call you at the number on file, 555-0131.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Crest//A&G//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:panel-abernathy-20261006@summitcresthealth.com\r\nDTSTAMP:20260914T150000Z\r\nDTSTART:20261006T150000Z\r\nDTEND:20261006T153000Z\r\n"
            "SUMMARY:Claire Abernathy - appeal of ocrelizumab (Ocrevus) denial for multiple sclerosis\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="De-identified overturn analysis for medical policy",
        notes="Hard negative: de-identified extract (no names, no IDs, ages in bands, year only) of appeal outcomes by diagnosis group.",
        frm="A&G Analytics <agreporting@summitcresthealth.com>",
        to=f"medicalpolicy@{SCH}",
        subject="De-identified extract: imaging appeals 2025-2026",
        body="Safe-harbor de-identified per our analytics SOP (no direct identifiers, ages banded, dates reduced to year). Use for the imaging policy refresh.",
        atts=(
            Att(
                "imaging_appeals_deid.csv",
                "text/csv",
                "age_band,sex,year,dx_group,service,outcome\n40-49,F,2026,low back pain,MRI lumbar,upheld\n60-69,M,2026,headache,MRI brain,overturned\n30-39,F,2025,knee pain,MRI knee,overturned\n70-79,M,2026,cancer staging,PET-CT,overturned\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse internal note with abbreviations",
        notes="Hard positive: terse abbreviated note with member initials plus full member ID, diagnosis and drug in the subject.",
        frm="Adaeze Nwosu <anwosu@summitcresthealth.com>",
        to=f"pharmacy-appeals@{SCH}",
        subject="SCH430912277 - Humira denial appeal, RA",
        body="pt JM, 52F, RA dx 2019, failed MTX + SSZ. rheum letter rec'd. pls route to PharmD for 2nd lvl. thx -A",
    ),
    Spec(
        phi=False,
        category="Regulator quarterly grievance filing",
        notes="Quarterly grievance counts submitted to the state insurance department; aggregate only.",
        frm="Regulatory Affairs <regaffairs@summitcresthealth.com>",
        to="grievancereports@insurance.pa.example.gov",
        subject="Q2 2026 grievance report - Summit Crest Health Plan (NAIC 95512)",
        body="Please find our Q2 2026 grievance report. Totals: 1,118 grievances received, 1,102 resolved, median 11 days.",
        atts=(
            Att(
                "SCH_Q2_2026_grievances.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT CREST HEALTH PLAN - QUARTERLY GRIEVANCE REPORT Q2 2026",
                        "Grievances received: 1,118   Resolved: 1,102   Median days to resolve: 11",
                        "Quality of care: 84   Access: 203   Billing: 377   Service: 454",
                    ],
                    "Q2 grievance report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Quality-of-care grievance referral to medical director",
        notes="Grievance alleging missed sepsis at a named hospital for a named member, with dates.",
        frm="Tomasz Wolny <twolny@summitcresthealth.com>",
        to="dr.adeyemi@summitcresthealth.com",
        cc=f"quality@{SCH}",
        subject="QOC grievance for peer review",
        body=(
            "Dr. Adeyemi,\n\nQuality-of-care grievance for your review. Member Rosalind Fairweather (SCH507723148), 68. Her son reports "
            "she was discharged from Harborline Hospital ED on 8/22 with a 'UTI', returned 8/23 hypotensive and was admitted to the ICU "
            "with urosepsis. He alleges the ED ignored a fever of 103. ED and ICU notes are in the case folder.\n\nTomasz"
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA minimum-necessary training reminder",
        notes="Hard negative: training reminder using an obviously fictional example member 'Jane Sample'.",
        frm="Privacy Office <privacy@summitcresthealth.com>",
        to=f"appeals-team@{SCH}",
        subject="Reminder: minimum necessary when sending case files",
        html="<html><body><p>Before you send a case file to an IRO or provider, ask: does the recipient need every page?</p><p><b>Example (fictional):</b> for <i>Jane Sample</i>'s imaging appeal, the IRO needs the imaging denial and the ordering notes, not her unrelated dental claims.</p><p>Complete the 15-minute module by September 30.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="Denial-upheld letter HTML to member",
        notes="HTML-only letter upholding denial of a continuous glucose monitor, with member name and ID.",
        frm=AG,
        to="h.castellanos1958@aol.com",
        subject="Your appeal decision",
        html="<html><body><p>Dear Hector Castellanos,</p><p>Member ID: SCH690145528</p><p>We reviewed your appeal for the Dexcom G7 continuous glucose monitor. Our physician reviewer found that the records do not show insulin use or documented problematic hypoglycemia, so our decision is <b>upheld</b>.</p><p>You may ask for an independent external review within four months.</p><p>Summit Crest Health Plan Appeals</p></body></html>",
        body="",
    ),
    Spec(
        phi=False,
        category="Provider newsletter on appeal submission",
        notes="Hard negative: provider newsletter naming conditions and drugs as policy examples; no patient.",
        frm="Provider Communications <providernews@summitcresthealth.com>",
        to="officemanagers@northridgemedgroup.com",
        subject="Provider Bulletin: faster appeals for GLP-1 and biologic denials",
        body=(
            "Provider Bulletin - September 2026\n\n1. Appeals for GLP-1 agonists (semaglutide, tirzepatide) for type 2 diabetes now go "
            "straight to a clinical pharmacist.\n2. For biologics in psoriasis and Crohn's disease, include step therapy history.\n"
            "3. Peer-to-peer line: 1-800-555-0149.\n\nSummit Crest Provider Relations"
        ),
    ),
    Spec(
        phi=True,
        category="Zip of appeal correspondence to member's representative",
        notes="Hard positive: zip holding the denial letter text and clinical note for a named member, sent to a patient advocate.",
        frm="Tomasz Wolny <twolny@summitcresthealth.com>",
        to="casework@keystonepatientadvocates.org",
        subject="Requested copies - case APL-2026-0744",
        body="Per the member's signed authorization, the requested case copies are attached.",
        atts=(
            Att(
                "APL-2026-0744_copies.zip",
                "application/zip",
                zipped(
                    {
                        "denial_letter.txt": "Dear Mr. Ruben Szabo (SCH372209815): We denied coverage of cochlear implant surgery (CPT 69930), left ear...\n",
                        "audiology_note.txt": "Ruben Szabo DOB 06/09/1957. Bilateral severe-to-profound sensorineural hearing loss. AzBio 28% aided.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT notice about secure mail portal",
        notes="IT notice on secure-mail portal downtime; no health data.",
        frm="IT Service Desk <servicedesk@summitcresthealth.com>",
        to=f"all-staff@{SCH}",
        subject="Secure mail portal maintenance Saturday 22:00-02:00",
        body="The secure message portal will be unavailable Saturday 22:00-02:00 ET. Messages flagged [secure] will queue and deliver after maintenance.",
    ),
    Spec(
        phi=True,
        category="Grievance about pharmacy to network pharmacy",
        notes="Member name and her HIV medication in a service-grievance note to a network pharmacy.",
        frm="Adaeze Nwosu <anwosu@summitcresthealth.com>",
        to="manager@maplestreetpharmacy.com",
        subject="Member complaint - counter staff",
        body=(
            "Hello,\n\nOur member Yvette Marchand filed a grievance saying that on 9/9 a technician at your counter said the name of her "
            "Biktarvy prescription out loud in front of other customers. Please review with staff and reply within 10 days.\n\nAdaeze Nwosu\nGrievance Specialist"
        ),
    ),
    Spec(
        phi=False,
        category="Staff flu vaccine clinic notice",
        notes="Hard negative: staff vaccination clinic notice; health topic, no individual.",
        frm="Employee Health <employeehealth@summitcresthealth.com>",
        to=f"all-staff@{SCH}",
        subject="Flu and COVID shots for staff - Sept 23",
        body="Employee Health will give flu and updated COVID-19 vaccines in the 3rd-floor training room Sept 23, 9-3. Bring your badge. Tell the nurse if you have an egg allergy or had Guillain-Barre.",
    ),
    Spec(
        phi=True,
        category="Forwarded provider appeal with chart note",
        notes="Hard positive: forward of provider's appeal email about a named child's ABA therapy hours for autism.",
        frm="Adaeze Nwosu <anwosu@summitcresthealth.com>",
        to="dr.marchetti@summitcresthealth.com",
        subject="FW: Appeal - ABA hours",
        body="Dr. Marchetti, can you take this one? Provider appeal below. -Adaeze",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="BCBA Office <intake@brightstepsaba.com>",
            to=f"appeals@{SCH}",
            subject="Appeal - ABA hours",
            body="We appeal the reduction from 30 to 15 weekly hours of ABA therapy for Mateo Quintanilla (age 5, member SCH845512390, autism spectrum disorder F84.0). Progress report attached to the portal submission.",
        ),
    ),
    Spec(
        phi=False,
        category="Meeting notes without case details",
        notes="Hard negative: internal meeting minutes citing only process metrics and case counts.",
        frm="Renata Solís <rsolis@summitcresthealth.com>",
        to=f"appeals-team@{SCH}",
        subject="Minutes - A&G weekly huddle 9/15",
        body="1. Backlog: 41 open standard appeals, 3 expedited.\n2. Two cases near day 28 - owners have them.\n3. New IRO (Meridian) takes external reviews from Oct 1.\n4. Reminder: no member names in subject lines.",
        atts=(
            Att(
                "huddle_minutes_0915.txt",
                "text/plain",
                "A&G huddle 9/15\nAttendees: Renata, Ines, Tomasz, Adaeze, Paul\nBacklog 41 standard, 3 expedited\nAction: Paul to send IRO roster\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Letter template review with placeholders",
        notes="Hard negative: denial-letter template with merge fields like <<MemberName>> and <<Diagnosis>>; no data.",
        frm="Ines Carvalho <icarvalho@summitcresthealth.com>",
        to="compliance-review@summitcresthealth.com",
        subject="Template review: adverse determination letter v7",
        body="Please review attached v7 of the adverse determination letter.",
        atts=(
            Att(
                "ADL_template_v7.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Dear <<MemberName>>,",
                        "Member ID: <<MemberID>>",
                        "We reviewed your request for <<ServiceDescription>> for <<Diagnosis>>.",
                        "Our decision: <<Decision>>. Reason: <<Rationale>>.",
                        "Summit Crest Health Plan",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IRO invoice approval to accounts payable",
        notes="Hard negative: IRO invoice approved with case numbers only and fee per review; no member information.",
        frm="Paul Hendry <phendry@summitcresthealth.com>",
        to=f"ap@{SCH}",
        subject="FW: Meridian invoice August",
        body="Approved for payment - 7 standard reviews at $650, 2 expedited at $900.",
        atts=(
            Att(
                "meridian_invoice_aug.csv",
                "text/csv",
                "invoice,case_ref,type,fee\nMIR-INV-2208,SCH-EXT-0611,standard,650\nMIR-INV-2208,SCH-EXT-0614,expedited,900\nMIR-INV-2208,SCH-EXT-0620,standard,650\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Member SSN verification for appeal",
        notes="Member's SSN and the pending appeal for cancer drug to the Medicare coordination team.",
        frm="Adaeze Nwosu <anwosu@summitcresthealth.com>",
        to=f"cob@{SCH}",
        subject="Verify Medicare entitlement before appeal decision",
        body="Please verify Medicare Part B entitlement for Walter Ingebretsen, SSN 412-73-5581, MBI 3HN7RT2KW41. His appeal for Keytruda infusions (lung cancer) depends on whether we are primary.",
    ),
]
