"""Fenwick & Osei Elder Law: outbound mail of an elder law firm (35)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import FOL, MCG, Att, Spec

SIG = "\n\nFenwick & Osei Elder Law, LLP\n330 E Kilbourn Ave, Suite 1150, Milwaukee WI 53202 | 414-555-0190"
PRIV = "\n\nThis message is a confidential attorney-client communication. If you received it in error, please delete it and notify the sender."


def m(
    phi: bool, category: str, notes: str, frm: str, to: str, subject: str, body: str, **kw: object
) -> Spec:
    return Spec(
        phi=phi, category=category, notes=notes, frm=frm, to=to, subject=subject, body=body, **kw
    )  # type: ignore[arg-type]


MESSAGES = [
    # ---------------- PHI ----------------
    m(
        True,
        "Guardianship petition draft with physician statement",
        "Draft petition DOCX naming the respondent with a major neurocognitive disorder and the examining physician's findings.",
        f"Adaeze Osei <aosei@{FOL}>",
        "jmcardle@mcardlelaw-wauk.com",
        "In re Guardianship of Winifred Lask - draft petition",
        "Jim, draft petition and the physician's statement summary attached for your review as GAL. We hope to file Monday."
        + PRIV
        + SIG,
        atts=(
            Att(
                "Lask_petition_draft.docx",
                DOCX,
                docx(
                    [
                        "PETITION FOR APPOINTMENT OF GUARDIAN OF THE PERSON AND ESTATE",
                        "Respondent: Winifred Lask, age 87, 908 Glenview Ave, Wauwatosa WI",
                        "Examining physician (Dr. P. Raman) finds major neurocognitive disorder due to Alzheimer's disease, MoCA 9/30, unable to manage finances or medications.",
                        "Proposed guardian: Philip Lask (son).",
                    ]
                ),
            ),
        ),
    ),
    m(
        True,
        "Medicaid application cover letter with SSN",
        "Cover letter to county agency with client's SSN, nursing home admission and level of care.",
        f"Medicaid Team <medicaid@{FOL}>",
        "imcenter@milwaukeecounty-ime.org",
        "Institutional Medicaid application - Anton Grabowski",
        "Enclosed please find the application for Anton Grabowski (SSN 412-66-0837), admitted to Villa Serena Nursing & Rehab on 10/28/2026 for long-term skilled care after a stroke with vascular dementia. Authorized representative form attached separately.\n\nKaren Loeffler, Medicaid Paralegal"
        + SIG,
    ),
    m(
        True,
        "Records request with HIPAA authorization PDF to clinic",
        "Records request to a memory clinic naming client as its patient with DOB; PDF authorization attached.",
        f"Records Desk <records@{FOL}>",
        f"him@{MCG}",
        "Request for records - Eleanor Pruitt",
        "Please provide the capacity evaluation and last 12 months of notes for your patient Eleanor Pruitt, DOB 04/17/1936. Signed authorization attached."
        + SIG,
        atts=(
            Att(
                "Pruitt_authorization.pdf",
                "application/pdf",
                pdf(
                    [
                        "FENWICK & OSEI ELDER LAW - AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION",
                        "Patient: Eleanor Pruitt   DOB 04/17/1936",
                        "Provider: Maplecrest Geriatrics & Memory Care",
                        "Information: capacity evaluation; progress notes 12/2025-11/2026",
                        "Purpose: estate planning. Signed: Eleanor Pruitt 11/24/2026",
                    ],
                    "Authorization",
                ),
            ),
        ),
    ),
    m(
        True,
        "Note to daughter about mother's capacity evaluation",
        "Hard positive: client named only in subject; body gives 'Mom's' capacity evaluation result from her physician.",
        f"Daniel Fenwick <dfenwick@{FOL}>",
        "ginamarchetti.design@gmail.com",
        "Estate plan - Ida Marchetti",
        "Gina,\n\nGood news: Dr. Lin's capacity letter says Mom can still sign the new POA and will despite the mild cognitive impairment, as long as we do it soon. Can we meet Tuesday at her apartment?\n\nDan"
        + PRIV,
    ),
    m(
        True,
        "Medicaid spend-down workbook with nursing home bills",
        "Hard positive: multi-sheet spend-down workbook; one sheet lists the client's nursing-home and pharmacy bills by name.",
        f"Medicaid Team <medicaid@{FOL}>",
        "r.grabowski.family@outlook.com",
        "Spend-down worksheet (updated)",
        "Updated worksheet attached. Please send the December Villa Serena statement when it comes.",
        atts=(
            Att(
                "Grabowski_spenddown.xlsx",
                XLSX,
                xlsx(
                    {
                        "Assets": [["Account", "Balance"], ["Checking", 18240.11], ["CD", 40000]],
                        "Care costs": [
                            ["Date", "Payee", "For", "Amount"],
                            [
                                "2026-11-01",
                                "Villa Serena Nursing & Rehab",
                                "Anton Grabowski - skilled nursing Nov",
                                11850,
                            ],
                            [
                                "2026-11-09",
                                "Omnicare Pharmacy",
                                "Anton Grabowski - Eliquis, memantine",
                                612.40,
                            ],
                        ],
                        "Plan": [
                            ["Step", "Target date"],
                            ["Pre-need funeral contract", "2026-12-15"],
                            ["File application", "2026-12-20"],
                        ],
                    }
                ),
            ),
        ),
    ),
    m(
        True,
        "Forwarded nursing home discharge notice to family",
        "Hard positive: forwarded facility notice of discharge naming the resident and her unpaid skilled stay and wound care needs.",
        f"Adaeze Osei <aosei@{FOL}>",
        "harlan.beaumont@icloud.com",
        "Fwd: Notice of discharge - please read",
        "Harlan, below is the notice the facility sent us. We will appeal this; do not sign anything they hand you."
        + PRIV,
        forward=Spec(
            phi=True,
            category="facility notice",
            notes="nested",
            frm="Administrator <admin@pinegrovecarecenter.com>",
            to=f"aosei@{FOL}",
            subject="Notice of transfer/discharge - Claudette Beaumont",
            body="Resident Claudette Beaumont (Room 22B) will be discharged on 12/18/2026 for non-payment. She requires daily stage 3 pressure wound care and assistance with all ADLs.",
        ),
    ),
    m(
        True,
        "Special needs trust letter to trustee",
        "Letter to trustee naming beneficiary with Down syndrome and early-onset Alzheimer's and care expenses.",
        f"Daniel Fenwick <dfenwick@{FOL}>",
        "trustservices@badgerstatetrustco.com",
        "Pelham SNT - distribution request",
        "Please approve a distribution of $3,400 from the Thomas Pelham Supplemental Needs Trust for a private-duty aide. Thomas (age 54, Down syndrome) was diagnosed with early-onset Alzheimer's in September and now needs overnight supervision at his group home."
        + SIG,
    ),
    m(
        True,
        "Long-term care insurance claim letter PDF",
        "LTC claim letter naming policyholder, policy number, ADL deficits and dementia diagnosis.",
        f"Claims Advocacy <claims@{FOL}>",
        "ltc.claims@meridianlifeins.com",
        "Policy LTC-7730192 - benefit claim",
        "Please see the attached claim letter and begin the elimination period as of 11/1/2026."
        + SIG,
        atts=(
            Att(
                "LTC7730192_claim.pdf",
                "application/pdf",
                pdf(
                    [
                        "FENWICK & OSEI ELDER LAW - LONG-TERM CARE BENEFIT CLAIM",
                        "Insured: Beatrice Holm   Policy LTC-7730192   DOB 12/01/1940",
                        "Cognitive impairment: Alzheimer's disease (Dr. S. Amadi, Maplecrest)",
                        "ADL deficits: bathing, dressing, continence. Requires substantial supervision.",
                    ],
                    "LTC claim",
                ),
            ),
        ),
    ),
    m(
        True,
        "Zipped exhibits to opposing counsel in neglect case",
        "Hard positive: zip of exhibits with wound photos and a nursing note naming the resident's pressure injuries.",
        f"Litigation <litigation@{FOL}>",
        "defense@hallorankrenz-law.com",
        "Beaumont v. Pine Grove - Exhibits 4-6",
        "Counsel, Exhibits 4 through 6 are attached per the stipulated protective order." + SIG,
        atts=(
            Att(
                "Beaumont_Ex4-6.zip",
                "application/zip",
                zipped(
                    {
                        "Ex4_nursing_note.txt": "10/03/2026 Claudette Beaumont - stage 3 sacral pressure injury, 4x3 cm, slough present. Turning schedule not documented.",
                        "Ex5_photo_sacrum_Beaumont.png": png(6, 6, (170, 110, 100)),
                        "Ex6_photo_heel_Beaumont.png": png(6, 6, (160, 100, 95)),
                    }
                ),
            ),
        ),
    ),
    m(
        True,
        "Bedside client meeting invite at rehab facility",
        "Calendar invite naming client, rehab facility room and post-stroke discharge planning.",
        f"Adaeze Osei <aosei@{FOL}>",
        "lucia.rios.1961@yahoo.com",
        "Meeting with your father at St. Clare Rehab",
        "Lucia, calendar hold for our meeting with your dad.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fenwick Osei//Calendar//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:fol-mtg-2291@fenwickosei-law.com\r\nDTSTAMP:20261201T170000Z\r\nDTSTART:20261207T200000Z\r\nDTEND:20261207T210000Z\r\nSUMMARY:Hector Rios - POA signing before rehab discharge (post-stroke aphasia)\r\nLOCATION:St. Clare Rehabilitation, Room 412\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    m(
        True,
        "Terse VA Aid and Attendance claim note",
        "Hard positive: terse note naming a veteran client with ALS and his needed doctor's statement for a benefits claim.",
        f"Karen Loeffler <kloeffler@{FOL}>",
        "vso.milwaukee@amvets-post-wi.org",
        "A&A - Hollis",
        "need DD214 + Dr's statement re ALS progression for Sgt. Dale Hollis (Ret.) - he's on BiPAP now, wife says nights are rough. ty - K",
    ),
    m(
        True,
        "Death certificate text forwarded to bank",
        "Hard positive: body asks to close accounts; attached death certificate text names the decedent with cause of death.",
        f"Estates <estates@{FOL}>",
        "estate-services@cornerstonebankwi.com",
        "Estate of Oskar Lindgren - account closure",
        "Please find the death certificate attached and letters testamentary to follow." + SIG,
        atts=(
            Att(
                "Lindgren_death_certificate.txt",
                "text/plain",
                "CERTIFICATE OF DEATH - STATE OF WISCONSIN\nDecedent: Oskar Lindgren\nDate of death: 11/14/2026\nImmediate cause: aspiration pneumonia\nUnderlying cause: advanced Parkinson's disease\nPlace: home hospice, 77 Beech St, Greendale WI\n",
            ),
        ),
    ),
    m(
        True,
        "Adult Protective Services referral PDF",
        "Report to APS naming an elder with dementia and suspected financial exploitation.",
        f"Adaeze Osei <aosei@{FOL}>",
        "aps-intake@milwaukeeco-aps.org",
        "APS referral - suspected financial exploitation",
        "Referral attached. We believe the risk is ongoing." + SIG,
        atts=(
            Att(
                "APS_referral_Kessler.pdf",
                "application/pdf",
                pdf(
                    [
                        "FENWICK & OSEI ELDER LAW - ADULT PROTECTIVE SERVICES REFERRAL",
                        "Vulnerable adult: Marlene Kessler, 84, 2208 S 60th St, West Allis",
                        "Condition: moderate Alzheimer's disease; hearing loss",
                        "Concern: new 'friend' added to bank account; $41,000 withdrawn in October.",
                    ],
                    "APS referral",
                ),
            ),
        ),
    ),
    m(
        True,
        "Invoice to son with health-related time entries",
        "Hard positive: legal invoice whose time entries reveal review of the client's neuropsych report and hospice call.",
        f"Billing <billing@{FOL}>",
        "tadair.home@gmail.com",
        "Invoice 26-1184 - Matter: Ruth Adair",
        "Dear Mr. Adair,\n\nInvoice 26-1184 for your mother's matter:\n11/03  0.6  Review Ruth's neuropsychological report from Froedtert\n11/10  0.4  Call with hospice social worker re: comfort-care directive\n11/12  1.2  Draft revised health care POA\nTotal due: $690.00\n\nThank you."
        + SIG,
    ),
    m(
        True,
        "Medicare appeal letter to client with MBI",
        "Letter to client's personal mailbox with her Medicare MBI and skilled-nursing denial appeal after hip surgery.",
        f"Claims Advocacy <claims@{FOL}>",
        "bernadette.quill@aol.com",
        "Your Medicare appeal - next steps",
        "Dear Ms. Quill,\n\nWe filed your expedited appeal of the skilled nursing denial (after your hip replacement on 11/20). For your records, MBI: 1EG4TE5MK73. The QIO should decide within 72 hours; please keep doing your physical therapy in the meantime.\n\nKaren Loeffler"
        + SIG,
    ),
    m(
        True,
        "Records chronology text to expert witness",
        "Hard positive: TXT medical chronology naming the resident's falls, fractures and medications, sent to an outside nurse expert.",
        f"Litigation <litigation@{FOL}>",
        "consult@legalnurseexperts-mw.com",
        "Beaumont chronology for your review",
        "Chronology attached. Your report is due January 15.",
        atts=(
            Att(
                "Beaumont_chronology.txt",
                "text/plain",
                "Claudette Beaumont (DOB 1936-02-11)\n2026-08-14 admitted Pine Grove after CVA\n2026-09-02 fall, R wrist fx\n2026-10-03 stage 3 sacral wound\n2026-10-20 started lorazepam 0.5 mg PRN\n",
            ),
        ),
    ),
    m(
        True,
        "Headerless CSV of residents contacted in class action",
        "Hard positive: CSV without headers of resident names, rooms and injuries sent to co-counsel.",
        f"Litigation <litigation@{FOL}>",
        "cocounsel@pratt-elderjustice.com",
        "residents list",
        "Here is the list from the family meetings so far.",
        atts=(
            Att(
                "pinegrove_list.csv",
                "text/csv",
                "Claudette Beaumont,22B,pressure wound stage 3\r\nArvid Soderlund,14A,hip fracture after fall\r\nNettie Glass,31,dehydration hospitalization\r\n",
            ),
        ),
    ),
    m(
        True,
        "Health care POA advice to client's personal email",
        "Advice to client at gmail referencing her Parkinson's diagnosis and treatment wishes.",
        f"Daniel Fenwick <dfenwick@{FOL}>",
        "sylvia.northrup@gmail.com",
        "Your health care power of attorney",
        "Dear Sylvia,\n\nSince your Parkinson's diagnosis in August, it makes sense to name your agent now, while everything is straightforward. Based on our call, your instructions will say no feeding tube and that deep brain stimulation is acceptable if Dr. Hanley recommends it.\n\nBest,\nDan"
        + PRIV,
    ),
    # ---------------- non-PHI ----------------
    m(
        False,
        "HTML-only seminar invitation on dementia planning",
        "Hard negative: HTML-only seminar invitation about legal planning for Alzheimer's; no individual.",
        f"Fenwick & Osei Events <events@{FOL}>",
        "subscribers@lists.fenwickosei-law.com",
        "Free seminar: legal steps after an Alzheimer's diagnosis",
        "",
        html="<html><body><h2>Planning after a dementia diagnosis</h2><p>Join attorneys Daniel Fenwick and Adaeze Osei on <b>January 14</b> for a free seminar on powers of attorney, Medicaid and guardianship alternatives.</p><p>RSVP 414-555-0190.</p></body></html>",
    ),
    m(
        False,
        "Blog post with hypothetical client",
        'Hard negative: blog post explaining the Medicaid look-back with a clearly hypothetical "Mrs. Example".',
        f"Marketing <marketing@{FOL}>",
        "webmaster@fenwickosei-web-agency.com",
        "New blog post to publish",
        "Please post this Monday:\n\nThe five-year look-back, explained. Suppose a hypothetical Mrs. Example gives her grandson $30,000 in 2024 and enters a nursing home in 2027. Medicaid will impose a penalty period based on the gift divided by the average monthly cost of care...",
    ),
    m(
        False,
        "Engagement letter template with placeholders",
        "Hard negative: engagement letter DOCX with bracketed placeholders for client name and diagnosis.",
        f"Office Manager <office@{FOL}>",
        "forms@legaltemplatepro-support.com",
        "Template fix request",
        "Field merge is broken in the attached template; [CLIENT NAME] is not filling.",
        atts=(
            Att(
                "engagement_template.docx",
                DOCX,
                docx(
                    [
                        "ENGAGEMENT LETTER - [CLIENT NAME]",
                        "Scope: Medicaid planning related to [DIAGNOSIS] and long-term care at [FACILITY].",
                        "Fee: flat fee of [AMOUNT].",
                    ]
                ),
            ),
        ),
    ),
    m(
        False,
        "CLE webinar calendar invite",
        "Calendar invite for a continuing legal education webinar; no client.",
        f"Adaeze Osei <aosei@{FOL}>",
        f"attorneys@{FOL}",
        "CLE: diminished capacity and ethics",
        "Firm-wide CLE, 1.0 ethics credit.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fenwick Osei//Calendar//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:fol-cle-19@fenwickosei-law.com\r\nDTSTAMP:20261201T170000Z\r\nDTSTART:20261216T180000Z\r\nDTEND:20261216T190000Z\r\nSUMMARY:CLE webinar - SCR 20:1.14 clients with diminished capacity\r\nLOCATION:Zoom\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    m(
        False,
        "Attorney bio listing dementia practice areas",
        "Hard negative: attorney bio mentioning Alzheimer's and Parkinson's planning as practice areas; no client.",
        f"Marketing <marketing@{FOL}>",
        "directory@wisbar-elderlaw-section.org",
        "Directory listing update - A. Osei",
        "Adaeze Osei, CELA, focuses on guardianship, Medicaid planning and advance directives for families facing Alzheimer's disease, Parkinson's disease and ALS.",
    ),
    m(
        False,
        "Aggregate practice outcomes",
        "Hard negative: aggregate count of Medicaid applications and approval rate; no individual.",
        f"Daniel Fenwick <dfenwick@{FOL}>",
        "editor@wisbar-elderlaw-section.org",
        "Numbers for the newsletter",
        "For the piece: in 2026 we filed 140 institutional Medicaid applications with a 92% approval rate; median time to decision 38 days.",
    ),
    m(
        False,
        "Will drafting invoice with no health information",
        "Hard negative: invoice to client's personal mailbox for will and financial POA; names a client but no health or care information.",
        f"Billing <billing@{FOL}>",
        "gordon.pfaff@gmail.com",
        "Invoice 26-1190",
        "Dear Mr. Pfaff,\n\nInvoice 26-1190: Last will and testament; durable financial power of attorney; deed review. Flat fee $1,450.00, paid in full. Thank you for choosing our firm."
        + SIG,
    ),
    m(
        False,
        "Document storage vendor contract",
        "Vendor contract renewal; no client data.",
        f"Office Manager <office@{FOL}>",
        "accounts@ironvault-records.com",
        "Renewal - offsite storage",
        "We'd like to renew for 3 years at the quoted $1,120/month with quarterly shredding. Please send the BAA and contract for signature.",
    ),
    m(
        False,
        "Legislative update on Medicaid asset limits",
        "Hard negative: policy update with 2027 Medicaid figures; no individual.",
        f"Adaeze Osei <aosei@{FOL}>",
        "members@wi-agingnetwork.org",
        "2027 spousal impoverishment figures",
        "For 2027: community spouse resource allowance up to $162,660; minimum monthly maintenance allowance $2,643.75; home equity limit $752,000.",
    ),
    m(
        False,
        "Holiday office closure notice",
        "Staff/office notice; no client data.",
        f"Office Manager <office@{FOL}>",
        f"allstaff@{FOL}",
        "Office closed Dec 24-25",
        "The office will close at noon on Dec 23 and reopen Dec 28. Phones forward to the answering service.",
    ),
    m(
        False,
        "Referral partner list with NPIs",
        "Hard negative: directory of referring geriatricians with specialties and NPIs; provider identifiers only.",
        f"Marketing <marketing@{FOL}>",
        "referrals@wauk-medsociety.org",
        "Updated referral partner directory",
        "Our current referral partners:\n- Priya Raman, MD, geriatrics, NPI: 1504920624\n- Samuel Amadi, MD, geriatrics, NPI: 1957704830\n- Tobias Renner, MD, behavioural neurology, NPI: 1503463733",
    ),
    m(
        False,
        "Estate planning checklist PDF",
        "Hard negative: generic dementia-capable planning checklist PDF; no individual.",
        f"Marketing <marketing@{FOL}>",
        "resources@harborlightcare.org",
        "Checklist for your resource shelf",
        "Our checklist, free to share with families.",
        atts=(
            Att(
                "planning_checklist.pdf",
                "application/pdf",
                pdf(
                    [
                        "FENWICK & OSEI ELDER LAW - PLANNING CHECKLIST AFTER A DEMENTIA DIAGNOSIS",
                        "[ ] Durable financial power of attorney",
                        "[ ] Health care power of attorney",
                        "[ ] Review beneficiary designations",
                        "[ ] Learn Medicaid rules in your state",
                    ],
                    "Checklist",
                ),
            ),
        ),
    ),
    m(
        False,
        "Hypothetical ethics inquiry",
        "Hard negative: ethics question to the bar using a hypothetical client with dementia; no real individual.",
        f"Daniel Fenwick <dfenwick@{FOL}>",
        "ethics@wisbar-hotline.org",
        "Ethics hotline question",
        "Hypothetical: a long-time client with moderate dementia asks us to change her will in favour of a new caregiver. The family objects. May we proceed if a capacity evaluation supports her? Happy to discuss by phone.",
    ),
    m(
        False,
        "Fee schedule workbook",
        "Hard negative: multi-sheet fee schedule and staffing hours; no clients.",
        f"Office Manager <office@{FOL}>",
        "cpa@brewertonaccounting.com",
        "2027 fee schedule & hours",
        "Attached for the budget.",
        atts=(
            Att(
                "fees_2027.xlsx",
                XLSX,
                xlsx(
                    {
                        "Fees": [
                            ["Service", "Fee"],
                            ["Estate plan (single)", 1450],
                            ["Medicaid application", 4200],
                            ["Guardianship", 3800],
                        ],
                        "Hours": [
                            ["Staff", "Billable 2026"],
                            ["D. Fenwick", 1390],
                            ["A. Osei", 1512],
                            ["K. Loeffler", 1288],
                        ],
                    }
                ),
            ),
        ),
    ),
    m(
        False,
        "Paralegal job posting",
        "Job posting; no individuals.",
        f"Office Manager <office@{FOL}>",
        "jobs@mke-legaljobs.com",
        "Job: Medicaid paralegal",
        "Fenwick & Osei seeks an experienced paralegal for Medicaid and VA benefits applications. Spanish a plus. Salary $58-66k.",
    ),
    m(
        False,
        "Forwarded CLE announcement",
        "Forward of a bar association seminar announcement; no client.",
        f"Adaeze Osei <aosei@{FOL}>",
        f"paralegal@{FOL}",
        "Fwd: Elder law institute - early registration",
        "Worth attending? Firm will pay.",
        forward=Spec(
            phi=False,
            category="bar announcement",
            notes="nested",
            frm="State Bar CLE <cle@wisbar-education.org>",
            to=f"aosei@{FOL}",
            subject="Elder Law Institute 2027 - early registration",
            body="Join us April 8-9 in Madison. Topics: Medicaid divestment, guardianship reform, ABLE accounts.",
        ),
    ),
    m(
        False,
        "De-identified outcomes CSV for bar journal",
        "Hard negative: de-identified case outcomes CSV with case types and years only.",
        f"Daniel Fenwick <dfenwick@{FOL}>",
        "editor@wisbar-elderlaw-section.org",
        "data for the article",
        "De-identified table attached (no names, no dates beyond year).",
        atts=(
            Att(
                "outcomes_2024-2026.csv",
                "text/csv",
                "year,case_type,count,success_rate\r\n2024,Medicaid application,118,0.89\r\n2025,Guardianship,41,0.95\r\n2026,Discharge appeal,17,0.76\r\n",
            ),
        ),
    ),
]
