"""Marlow & Teague LLP, a personal injury law firm (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import MTL, Att, Spec

PL = f"Paralegal Team <paralegals@{MTL}>"
XL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

MESSAGES = [
    Spec(
        phi=True,
        category="Demand letter to auto insurer with injuries and treatment",
        notes="Demand letter naming client, her injuries and medical bills sent to the at-fault driver's insurer.",
        frm=f"Gavin Teague <gteague@{MTL}>",
        to="claims.bi@greatplainsauto.com",
        subject="Policy limits demand - claim 44-BI-0917723 - insured Ostrander",
        body=(
            "Dear Adjuster,\n\nWe represent Ms. Renata Vukovic for injuries from the 05/18/2026 collision with your insured. "
            "She sustained a C6 fracture treated with anterior cervical fusion at Riverbend Regional on 05/19, followed by "
            "14 weeks of PT. Medical specials total $187,442.16. We demand the $250,000 policy limit within 30 days.\n\n"
            "Gavin Teague\nMarlow & Teague LLP"
        ),
        atts=(
            Att(
                "Vukovic_demand_package.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARLOW & TEAGUE LLP - SETTLEMENT DEMAND",
                        "Client: Renata Vukovic  DOB 01/27/1979",
                        "Injuries: C6 vertebral fracture; ACDF C5-C7 05/19/2026",
                        "Medical specials: $187,442.16",
                    ],
                    "Demand package",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Firm newsletter on winter driving",
        notes="Firm marketing newsletter on crash safety with statistics; no client.",
        frm=f"Marlow & Teague <news@{MTL}>",
        to="subscribers@lists.marlowteaguelaw.com",
        subject="Winter driving: 5 things to do after a crash",
        html="<html><body><h2>After a crash</h2><ol><li>Call 911</li><li>Photograph the scene</li><li>See a doctor within 72 hours - whiplash symptoms can be delayed</li></ol><p>Wisconsin saw 2,910 serious-injury crashes in 2025.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="Records request to hospital ROI with client authorization",
        notes="Request to hospital ROI naming client, DOB and dates of ED treatment.",
        frm=PL,
        to="roi@riverbendregional.org",
        subject="Records request - Luca Pellegrino",
        body="Please produce complete ED records and imaging reports for Luca Pellegrino, DOB 06/22/1984, DOS 03/11/2026-03/14/2026. HIPAA authorization attached (signed 10/12/2026).",
        atts=(
            Att(
                "Pellegrino_HIPAA_auth.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARLOW & TEAGUE LLP - HIPAA AUTHORIZATION",
                        "Patient: Luca Pellegrino  DOB 06/22/1984",
                        "Release to: Marlow & Teague LLP",
                        "Signed: Luca Pellegrino 10/12/2026",
                    ],
                    "Authorization",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Intake form template for new PI clients",
        notes="Hard negative: blank intake questionnaire listing medical questions with empty answers.",
        frm=PL,
        to=f"intake@{MTL}",
        subject="New intake template v5",
        body="Use v5 from Monday.",
        atts=(
            Att(
                "intake_v5.docx",
                DX,
                docx(
                    [
                        "CLIENT INTAKE",
                        "Name: ____  DOB: ____  SSN: ____",
                        "Injuries: [ ] head [ ] neck [ ] back [ ] other",
                        "Treating providers: ____",
                        "Health insurance / Medicare number: ____",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medical chronology to co-counsel",
        notes="Hard positive: chronology docx of a client's treatment dates, providers and diagnoses; body mentions only the case nickname.",
        frm=f"Dana Whitlock <dwhitlock@{MTL}>",
        to="jcordova@cordovatrial.com",
        subject="Chron for the Hwy 12 case",
        body="Jorge - updated chronology attached. Note the gap in treatment in July; defense will hit that.",
        atts=(
            Att(
                "chronology_hwy12.docx",
                DX,
                docx(
                    [
                        "MEDICAL CHRONOLOGY - DeShawn Merriweather (DOB 09/14/1995)",
                        "06/01/2026 Riverbend ED - concussion, L wrist distal radius fracture",
                        "06/03/2026 Ortho - ORIF L wrist",
                        "08/12/2026 Neuropsych eval - post-concussive syndrome, PTSD screen positive",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Co-counsel scheduling email",
        notes="Scheduling of a mediation date between lawyers; case caption only, no health details.",
        frm=f"Dana Whitlock <dwhitlock@{MTL}>",
        to="jcordova@cordovatrial.com",
        subject="Mediation dates",
        body="Judge Kessler (ret.) has 11/18 or 12/2 open. Which works? Full day either way.",
    ),
    Spec(
        phi=True,
        category="Settlement statement with medical liens to client",
        notes="Settlement distribution to client's gmail listing hospital and chiropractor liens for her care.",
        frm=f"Trust Accounting <trust@{MTL}>",
        to="renata.vukovic79@gmail.com",
        subject="Your settlement statement",
        body="Renata, please review and sign the attached closing statement. Liens: Riverbend Regional (spinal fusion) $41,200; Lakeview Chiropractic $3,850; Blue Lake Health subrogation $22,117.",
        atts=(
            Att(
                "closing_statement_Vukovic.xlsx",
                XL,
                xlsx(
                    {
                        "Distribution": [
                            ["Item", "Amount"],
                            ["Gross settlement", 250000],
                            ["Attorney fee 33.3%", -83250],
                            ["Case costs", -4112.5],
                        ],
                        "Liens": [
                            ["Lienholder", "Service", "Amount"],
                            ["Riverbend Regional", "ACDF C5-C7", 41200],
                            ["Lakeview Chiropractic", "Chiropractic care", 3850],
                            ["Blue Lake Health", "Subrogation", 22117],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate case results marketing workbook",
        notes="Hard negative: multi-sheet workbook of anonymised verdict amounts by injury type for the website.",
        frm=f"Marketing <marketing@{MTL}>",
        to="web@brightpixelagency.com",
        subject="Case results for the website refresh",
        body="Anonymised results, no client names - OK to publish per ethics review.",
        atts=(
            Att(
                "case_results_2025.xlsx",
                XL,
                xlsx(
                    {
                        "By injury": [
                            ["Injury type", "Cases", "Median recovery"],
                            ["Spinal fusion", 7, 410000],
                            ["TBI", 4, 1250000],
                            ["Fracture", 19, 95000],
                        ],
                        "Highlights": [
                            ["Headline"],
                            ["$2.1M verdict - truck crash, brain injury"],
                            ["$850K settlement - dog bite, facial reconstruction"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare conditional payment request",
        notes="Letter to Medicare's recovery contractor naming client with MBI, SSN and date of injury.",
        frm=PL,
        to="mspr.correspondence@bcrc-recovery.com",
        subject="Conditional payment letter request",
        body=(
            "Beneficiary: Harold Engebretsen\nMBI: 7HT2XK9RA41\nSSN: 517-38-2264\nDate of injury: 02/09/2026 (slip and fall, hip fracture)\n\n"
            "Please issue a conditional payment letter. Proof of representation attached on the portal."
        ),
    ),
    Spec(
        phi=False,
        category="Medicare secondary payer CLE handout",
        notes="Hard negative: CLE handout on Medicare secondary payer rules citing the published CMS sample MBI as a format example; no individual.",
        frm=f"Gavin Teague <gteague@{MTL}>",
        to="cle@wisbarprogramming.org",
        subject="Handout for the MSP session",
        body="Handout text below.\n\nMSP basics: Medicare must be repaid from PI settlements (42 U.S.C. 1395y(b)(2)). Ask the client for their Medicare card; the MBI is 11 characters (e.g. the CMS sample format 1EG4-TE5-MK73). Request the conditional payment letter early.",
    ),
    Spec(
        phi=True,
        category="Deposition prep email to client about her therapy",
        notes="Email to client's personal mailbox naming her anxiety treatment and medication for deposition prep.",
        frm=f"Priya Rangan <prangan@{MTL}>",
        to="mkoenig.home@yahoo.com",
        subject="Prep for Thursday",
        body="Hi Margit,\n\nDefense will ask about your counseling with Dr. Aldana since the crash and the sertraline you started in June. Answer honestly; we'll go through it Wednesday at 3.\n\nPriya",
    ),
    Spec(
        phi=False,
        category="Deposition logistics to court reporter",
        notes="Court reporter booking naming deponent physician and room; no patient info.",
        frm=f"Priya Rangan <prangan@{MTL}>",
        to="booking@badgerreporting.com",
        subject="Court reporter - 10/29",
        body="Please book a reporter and videographer for the deposition of Dr. Ezra Faraday, 10/29 at 1 pm, our Madison office, conf room 3.",
    ),
    Spec(
        phi=True,
        category="Expert witness retention with case file",
        notes="Hard positive: zip of radiology reports sent to expert; patient named only in file names.",
        frm=f"Gavin Teague <gteague@{MTL}>",
        to="office@drsethhalvorsen-neuroradiology.com",
        subject="Materials for review",
        body="Dr. Halvorsen, materials are attached as discussed. Your retainer has been sent.",
        atts=(
            Att(
                "materials.zip",
                "application/zip",
                zipped(
                    {
                        "Merriweather_D_CT_head_2026-06-01.txt": "CT head: small L frontal contusion, no midline shift.",
                        "Merriweather_D_MRI_brain_2026-08-20.txt": "MRI: hemosiderin foci consistent with DAI.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Expert CV with DEA and NPI",
        notes="Hard negative: expert physician CV with licence, NPI and DEA; clinician identifiers, not a patient.",
        frm=PL,
        to="discovery@fieldruizllp.com",
        subject="Expert disclosure - CV of Dr. Farkas",
        body="Attached per scheduling order: CV of our expert. Dr. Anika Farkas, MD, Physical Medicine & Rehabilitation, NPI 1552247383, DEA BF4839215, WI license 58821-20.",
    ),
    Spec(
        phi=True,
        category="Lien negotiation with hospital",
        notes="Reduction request to hospital billing naming patient, account and treatment.",
        frm=f"Trust Accounting <trust@{MTL}>",
        to="pfs.liens@riverbendregional.org",
        subject="Lien reduction - acct 20044817 - DeShawn Merriweather",
        body="We request a 40% reduction of your lien of $63,908 for DeShawn Merriweather's trauma admission 06/01-06/05/2026 given limited policy limits ($100K).",
    ),
    Spec(
        phi=False,
        category="Hospital lien statute summary",
        notes="Hard negative: research memo on hospital lien statutes with generic examples.",
        frm=f"Law Clerk <clerk@{MTL}>",
        to=f"attorneys@{MTL}",
        subject="Memo: Wis. hospital lien 779.80",
        body="Summary: a hospital lien attaches to PI recovery for emergency care; notice must be filed within 60 days of discharge. Example: a patient treated for a femur fracture on day 1 - lien must be filed by day 60 after discharge.",
    ),
    Spec(
        phi=True,
        category="X12 837 claim copy in discovery production",
        notes="Hard positive: production cover note is generic; attached 837 has patient name, member ID and diagnosis codes.",
        frm=PL,
        to="discovery@fieldruizllp.com",
        subject="Production Vol. 004 - billing",
        body="Production volume 004 (billing data from provider) attached. Bates MT-004-0001 to 0002.",
        atts=(
            Att(
                "MT-004_claim.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*RIVERBEND      *ZZ*BLUELAKE       *260608*1200*^*00501*000004417*0*P*:~"
                "GS*HC*RIVERBEND*BLUELAKE*20260608*1200*4417*X*005010X222A1~ST*837*0001~"
                "NM1*IL*1*MERRIWEATHER*DESHAWN****MI*BLH771203345~DMG*D8*19950914*M~"
                "CLM*20044817*63908***11:B:1~HI*ABK:S52.501A*ABF:S06.0X1A~SE*6*0001~GE*1*4417~IEA*1*000004417~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Discovery deadline calendar invite",
        notes="Calendar invite for expert disclosure deadline; case number only.",
        frm=PL,
        to=f"litigation@{MTL}",
        subject="Deadline: expert disclosures - 2026CV000412",
        body="Docketed.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Marlow Teague//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:h110-mt-deadline-001@marlowteaguelaw.com\r\nDTSTAMP:20261019T130000Z\r\nDTSTART;VALUE=DATE:20261113\r\n"
            "DTEND;VALUE=DATE:20261114\r\nSUMMARY:Expert disclosures due (plaintiff)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="IME appointment invite for client",
        notes="Calendar invite to client's gmail for an independent medical exam of his lumbar disc herniation.",
        frm=PL,
        to="tlewandowski.wi@gmail.com",
        subject="Your IME appointment",
        body="Tomasz, the insurer's doctor will examine your back on the date below. Bring your MRI disc.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Marlow Teague//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:h110-mt-ime-7@marlowteaguelaw.com\r\nDTSTAMP:20261019T130000Z\r\nDTSTART:20261104T153000Z\r\n"
            "DTEND:20261104T163000Z\r\nSUMMARY:IME - Tomasz Lewandowski - lumbar disc herniation\r\nLOCATION:Capitol Ortho IME, 2 E Main St, Madison\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Free consultation web lead reply",
        notes="Hard negative: auto-reply to a web lead acknowledging a car accident inquiry; no injury, treatment or provider mentioned.",
        frm=f"Intake <intake@{MTL}>",
        to="jrsmith.lead@hotmail.com",
        subject="Thanks for contacting Marlow & Teague",
        body="Thanks for reaching out about your car accident. An attorney will call you within one business day. Consultations are free and confidential.",
    ),
    Spec(
        phi=True,
        category="Client photo of injuries to insurer",
        notes="Hard positive: photo attachment named with client name and injury; body references only the claim number.",
        frm=f"Dana Whitlock <dwhitlock@{MTL}>",
        to="claims.bi@greatplainsauto.com",
        subject="Claim 44-BI-0917723 - supplemental",
        body="Supplemental photo attached.",
        atts=(
            Att(
                "Vukovic_Renata_neck_surgical_scar_2026-07.png",
                "image/png",
                png(6, 8, (210, 160, 140)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Crash scene photo to investigator",
        notes="Intersection photo for accident reconstruction; no person or health information.",
        frm=f"Dana Whitlock <dwhitlock@{MTL}>",
        to="recon@precisioncrashlabs.com",
        subject="Scene photo - Hwy 12 / County K",
        body="Skid marks visible at the stop line. Taken 06/02 by our investigator.",
        atts=(Att("hwy12_countyK_scene.png", "image/png", png(8, 6, (90, 90, 90))),),
    ),
    Spec(
        phi=True,
        category="Forwarded treating physician narrative to adjuster",
        notes="Hard positive: forward of a physician's narrative letter about the client's prognosis.",
        frm=f"Gavin Teague <gteague@{MTL}>",
        to="claims.bi@greatplainsauto.com",
        subject="FW: Narrative - Ms. Vukovic",
        body="Treating surgeon's narrative below. Please consider before our call.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Dr. Nadia Khoury <nkhoury@riverbendregional.org>",
            to=f"gteague@{MTL}",
            subject="Narrative - Ms. Vukovic",
            body="Ms. Vukovic's fusion is solid on 09/2026 imaging but she has permanent loss of cervical rotation (~30%). I assign 15% whole person impairment. Future adjacent segment surgery risk is significant.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded bar association notice",
        notes="Forward of a bar association notice about e-filing; no client health.",
        frm=f"Gavin Teague <gteague@{MTL}>",
        to=f"attorneys@{MTL}",
        subject="FW: e-filing outage Saturday",
        body="FYI.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="State Bar <notices@wisbar-notices.org>",
            to=f"gteague@{MTL}",
            subject="e-filing outage Saturday",
            body="The circuit court e-filing system will be unavailable Saturday 10/24 from 6 am to noon.",
        ),
    ),
    Spec(
        phi=True,
        category="Medical bills summary CSV to mediator",
        notes="Hard positive: CSV of bills without a name column; filename and body identify the client.",
        frm=f"Priya Rangan <prangan@{MTL}>",
        to="office@kesslermediation.com",
        subject="Koenig - specials for mediation",
        body="Margit Koenig's medical specials attached for Friday.",
        atts=(
            Att(
                "koenig_specials.csv",
                "text/csv",
                "2026-03-02,Riverbend ED,99284,1840.00\n2026-03-02,Riverbend Radiology,72125,912.00\n2026-04-11,Aldana Counseling,90837,4200.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Costs ledger CSV to accounting",
        notes="Case cost ledger (filing fees, reporter); no medical information.",
        frm=f"Trust Accounting <trust@{MTL}>",
        to="bookkeeping@ledgerlinecpa.com",
        subject="Q3 case costs export",
        body="Export attached.",
        atts=(
            Att(
                "case_costs_q3.csv",
                "text/csv",
                "case,date,item,amount\n2026-0412,2026-07-02,Filing fee,265.00\n2026-0412,2026-08-19,Court reporter,740.50\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Letter of protection to chiropractor",
        notes="Letter of protection naming client and his ongoing chiropractic care for whiplash.",
        frm=PL,
        to="billing@lakeviewchiro.com",
        subject="Letter of protection - Amadou Diallo",
        body="This firm represents Amadou Diallo (DOB 03/03/1987) for his 08/02/2026 rear-end collision. We will protect your charges for his cervical strain treatment from any recovery.",
    ),
    Spec(
        phi=False,
        category="Referral thank-you to chiropractor",
        notes="Hard negative: thank-you note to a chiropractor for referrals generally, no patient named.",
        frm=f"Gavin Teague <gteague@{MTL}>",
        to="drbeck@lakeviewchiro.com",
        subject="Thanks",
        body="Dr. Beck - thanks for continuing to send folks our way. Lunch is on us next month.",
    ),
    Spec(
        phi=True,
        category="Terse text-style email about client's surgery",
        notes="Hard positive: terse abbreviations naming a client's scheduled spine surgery.",
        frm=f"Priya Rangan <prangan@{MTL}>",
        to=f"gteague@{MTL}",
        cc="mkoenig.home@yahoo.com",
        subject="K update",
        body="Margit K - L5-S1 fusion booked 11/9 @ Riverbend, Dr Sato. Pre-op labs done. Pls hold demand till post-op.",
    ),
    Spec(
        phi=False,
        category="Staff sick leave notice",
        notes="Hard negative: office notice that a staff member is out sick; workforce, not patient information.",
        frm=f"Office Manager <office@{MTL}>",
        to=f"allstaff@{MTL}",
        subject="Front desk coverage",
        body="Lena is out sick the rest of the week; please cover phones in rotation. Get well soon Lena!",
    ),
    Spec(
        phi=True,
        category="Subpoena to pharmacy for client's prescriptions",
        notes="Subpoena naming client and requesting her opioid prescription history.",
        frm=PL,
        to="legal.subpoenas@northwoodspharmacy.com",
        subject="Subpoena - prescription records - Rebekah Stoltz",
        body="Enclosed subpoena for prescription fill history of Rebekah Stoltz, DOB 12/01/1972, 01/2024-present, including oxycodone and gabapentin fills.",
        atts=(
            Att(
                "subpoena_Stoltz_pharmacy.txt",
                "text/plain",
                "SUBPOENA DUCES TECUM\nRe: Rebekah Stoltz DOB 12/01/1972\nAll prescription records 01/01/2024 to present.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Opioid litigation news roundup",
        notes="Hard negative: news roundup on opioid settlement litigation; no individual.",
        frm=f"Law Clerk <clerk@{MTL}>",
        to=f"attorneys@{MTL}",
        subject="Weekly roundup: opioid MDL, Daubert rulings",
        body="1) Opioid MDL: pharmacy settlement allocation finalized. 2) 7th Cir. affirms exclusion of biomechanical expert. 3) Study: 23% of PI claimants report chronic pain at 1 year.",
    ),
    Spec(
        phi=True,
        category="Client intake completed workbook",
        notes="Hard positive: intake workbook sheet lists client name, phone, injuries and treating providers.",
        frm=f"Intake <intake@{MTL}>",
        to=f"dwhitlock@{MTL}",
        cc="intake-archive@casemgmt-cloudvault.com",
        subject="New intake 2026-0588",
        body="New intake attached; conflicts cleared.",
        atts=(
            Att(
                "intake_2026-0588.xlsx",
                XL,
                xlsx(
                    {
                        "Client": [
                            ["Field", "Value"],
                            ["Name", "Obadiah Penhallow"],
                            ["Phone", "(608) 555-0188"],
                            ["DOB", "04/19/1961"],
                        ],
                        "Injuries": [
                            ["Injury", "Provider"],
                            ["Rotator cuff tear (R)", "Capitol Ortho"],
                            ["Type 2 diabetes (pre-existing)", "Dr. Lim"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Conflict check request",
        notes="Conflict check with party names only; no health information.",
        frm=f"Intake <intake@{MTL}>",
        to=f"conflicts@{MTL}",
        subject="Conflict check",
        body="Parties: Obadiah Penhallow (potential client); Fenwick Landscaping LLC; Acuity Insurance. Please clear.",
    ),
    Spec(
        phi=True,
        category="Text file of medical treatment notes to client",
        notes="Email to client's outlook with a treatment summary attached naming him and PTSD diagnosis.",
        frm=f"Dana Whitlock <dwhitlock@{MTL}>",
        to="deshawn.merriweather@outlook.com",
        subject="Your treatment summary to review",
        body="DeShawn - please check this summary of your treatment for accuracy before we send it.",
        atts=(
            Att(
                "treatment_summary.txt",
                "text/plain",
                "DeShawn Merriweather\n- Concussion, L wrist fracture (ORIF 06/03)\n- PTSD diagnosed 08/12 by Dr. Imani, weekly CBT\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Verdict press release",
        notes="Hard negative: HTML-only press release describes a brain injury verdict for an unnamed client with no identifying details.",
        frm=f"Marketing <marketing@{MTL}>",
        to="newsdesk@madisonbizjournal.com",
        subject="Press release: $2.1M verdict in truck crash case",
        html="<html><body><p>MADISON - A Dane County jury awarded $2.1 million to a driver injured when a semi-truck ran a red light. The client, who asked not to be named, suffered a traumatic brain injury.</p></body></html>",
        body="",
    ),
    Spec(
        phi=False,
        category="Document retention policy excerpt",
        notes="Hard negative: retention policy listing medical record types and example field names; no client.",
        frm=f"Office Manager <office@{MTL}>",
        to=f"allstaff@{MTL}",
        subject="Retention policy reminder",
        body="Closed PI files containing medical records (hospital charts, bills, MRI reports, SSN and Medicare numbers) are kept 7 years after closing, then shredded. Do not keep copies on laptops.",
    ),
    Spec(
        phi=True,
        category="Minor settlement petition to court",
        notes="Petition naming a minor, his parent and his dog-bite facial injuries.",
        frm=PL,
        to="efile.probate@dane-county-courts.gov",
        subject="Petition to approve minor settlement - Ezekiel Ortiz",
        body="Filing copy: petition to approve settlement for minor Ezekiel Ortiz (age 7), by his mother Carmen Ortiz, for facial lacerations and plastic surgery repair at Riverbend Children's on 04/04/2026.",
    ),
]
