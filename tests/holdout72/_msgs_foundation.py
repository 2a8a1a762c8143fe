"""Larkspur Health Foundation (hospital foundation and donor office) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import LHF, Att, Spec

F = f"Larkspur Health Foundation <giving@{LHF}>"
GG = f"Renata Osei <rosei@{LHF}>"
DS = f"Donor Services <donorservices@{LHF}>"
PG = f'"Marcus Feldt, Planned Giving" <mfeldt@{LHF}>'
EV = f"Foundation Events <events@{LHF}>"
DB = f"Advancement Database Team <advdata@{LHF}>"

SIG = "\n\n--\nRenata Osei | Director of Grateful Patient Giving\nLarkspur Health Foundation | 410 Orchard Way, Suite 200 | 555-0143"

MESSAGES = [
    Spec(
        phi=True,
        category="Grateful patient thank-you naming cardiac surgery",
        notes="Donor thank-you to a former patient's gmail mentioning his bypass surgery and surgeon: patient identity plus procedure.",
        frm=GG,
        to="walt.brenneman52@gmail.com",
        subject="Thank you, Walt",
        body=(
            "Dear Walt,\n\nThank you so much for your generous gift of $2,500 to the Heart Center Fund. "
            "Dr. Amsel told me how well you have recovered since your triple bypass in January, and "
            "that you are already back to walking the river trail. Your gift will help the next family "
            "who sits in that waiting room.\n\nWith gratitude," + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Annual appeal letter generic",
        notes="Mass annual appeal with no individual's health information.",
        frm=F,
        to="friends@lists.larkspurfoundation.org",
        subject="Spring Appeal: help us open the new birthing center",
        body=(
            "Dear Friend,\n\nThis spring we are $380,000 away from opening the new Family Birthing Center "
            "at Larkspur Regional. Last year 2,914 babies were born at our hospital. Every gift, large or "
            "small, brings us closer.\n\nGive online at larkspurfoundation.org/spring\n\nLarkspur Health Foundation"
        ),
    ),
    Spec(
        phi=True,
        category="Grateful patient prospect list from census",
        notes="Hard positive: prospect screening workbook built from recent discharges lists patients with service line and discharge dates.",
        frm=DB,
        to="research@wealthscreen-partners.com",
        subject="March batch for screening",
        body="Hi team, attached is the March batch for wealth screening. Same format as February. Thanks, Advancement Database Team",
        atts=(
            Att(
                "march_batch.xlsx",
                XLSX,
                xlsx(
                    {
                        "Batch": [
                            ["Name", "Home ZIP", "Service", "Discharge"],
                            ["Harriet Okonkwo", "21793", "Oncology", "2026-03-02"],
                            ["Dale Pruitt", "21701", "Cardiac Surgery", "2026-03-04"],
                            ["Simone Varga", "21769", "Orthopedics", "2026-03-05"],
                        ],
                        "Notes": [
                            ["Key", "Meaning"],
                            ["Service", "attending service at discharge"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Gala table seating chart",
        notes="Hard negative: gala seating list of donors and board members; no health information or patient status.",
        frm=EV,
        to="banquets@harborlightballroom.com",
        subject="Final seating chart - Larkspur Gala 3/28",
        body="Attached is the final seating chart. Table 4 needs one vegetarian meal (Mr. Castellanos). Thank you!\n\nFoundation Events",
        atts=(
            Att(
                "gala_seating.csv",
                "text/csv",
                "Table,Guest,Affiliation\n1,Eleanor Whitcomb,Board Chair\n1,Dr. Priya Nand,Chief of Cardiology\n4,Luis Castellanos,Corporate sponsor\n4,Amy Castellanos,Guest\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Memorial gift acknowledgement to family naming cause of death",
        notes="Hard positive: memorial acknowledgment to widow naming the deceased patient, his ICU stay and pancreatic cancer.",
        frm=DS,
        to="joan.liebler@comcast.net",
        subject="Gifts received in memory of Frank Liebler",
        body=(
            "Dear Mrs. Liebler,\n\nWe are honored to let you know that 23 friends and family have made gifts "
            "to the Pancreatic Cancer Research Fund in Frank's memory. The nurses on 6 North who cared for him "
            "during his last week in the ICU asked us to pass along their love.\n\nA list of donors (amounts "
            "not included) is enclosed.\n\nDonor Services"
        ),
    ),
    Spec(
        phi=False,
        category="Memorial gift acknowledgement without health details",
        notes="Hard negative: memorial gift notice to family with no indication the deceased was a patient or any condition.",
        frm=DS,
        to="tcarrow@verizon.net",
        subject="In memory of Edith Carrow",
        body=(
            "Dear Mr. Carrow,\n\nA gift of $100 has been made to the Larkspur Health Foundation General Fund in memory "
            "of your mother, Edith Carrow, by Ms. Dolores Fenn. The amount is confidential; we simply wanted you to "
            "know she is remembered.\n\nDonor Services"
        ),
    ),
    Spec(
        phi=True,
        category="Donor stewardship report naming NICU baby",
        notes="Hard positive: infant's full name, prematurity, birth weight and NICU stay in a newsletter draft awaiting release.",
        frm=GG,
        to="kpham@larkspurregional.org",
        subject="Story check before we print",
        body=(
            "Karen - can you confirm the NICU facts before this goes in the donor newsletter? The Ruizes have not signed the story release yet.\n\n"
            '"Baby Mateo Ruiz was born at 26 weeks weighing 1 lb 9 oz and spent 94 days in our NICU on CPAP."\n\nRenata'
        ),
    ),
    Spec(
        phi=False,
        category="HTML donor newsletter with aggregate figures",
        notes="HTML-only donor newsletter with aggregate NICU figures and a link; no individual.",
        frm=F,
        to="subscribers@lists.larkspurfoundation.org",
        subject="Larkspur Giving News - March",
        body="",
        html=(
            "<html><body><h2>Larkspur Giving News</h2><p>Your gifts bought 3 new infant warmers this winter. "
            "In 2025 our NICU cared for 412 babies.</p><p><a href='https://larkspurfoundation.org/news'>Read the full issue</a></p>"
            "<p style='font-size:10px'>To unsubscribe reply STOP.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Donor database import from registration with MRN",
        notes="Hard positive: CSV to CRM vendor with MRNs, names and admit dates of inpatients for donor-record matching.",
        frm=DB,
        to="support@donorcrm-cloud.com",
        subject="Ticket 88214 - import file",
        body="Attached the file that fails at row 3. Can you tell us what column is malformed?",
        atts=(
            Att(
                "import_0313.csv",
                "text/csv",
                "MRN,First,Last,AdmitDate,Unit\nLR0048213,Beatrice,Hollings,03/09/2026,4 West Med\nLR0051774,Ahmed,Saleh,03/10/2026,Cardiac ICU\nLR00,Gwen,Tully,03/10/2026,L&D\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CRM vendor ticket without data",
        notes="Vendor support ticket about field mapping; no personal or health data.",
        frm=DB,
        to="support@donorcrm-cloud.com",
        subject="Ticket 88231 - soft credit rule",
        body="Hi, soft credits for household members are doubling the household total in the LYBUNT report. Can you check rule SC-4? Thanks.",
    ),
    Spec(
        phi=True,
        category="Planned giving note about donor's dementia diagnosis",
        notes="Hard positive: planned-giving officer tells estate lawyer the donor was diagnosed with Alzheimer's and is in memory care.",
        frm=PG,
        to="jgrantham@granthamlawllc.com",
        subject="Re: Pell bequest paperwork",
        body=(
            "John,\n\nUnderstood. Given that Mrs. Adelaide Pell was diagnosed with Alzheimer's last fall and moved to the memory care unit at "
            "Brookhaven, I agree we should not ask her to sign anything new. Let's work with her son as POA.\n\nMarcus"
        ),
    ),
    Spec(
        phi=False,
        category="Bequest language for attorneys",
        notes="Sample bequest language for estate lawyers; no individual.",
        frm=PG,
        to="estates@bartlettkrane.com",
        subject="Sample bequest language",
        body='As requested: "I give to Larkspur Health Foundation, Inc., Tax ID 52-6043981, located at 410 Orchard Way, the sum of $____ for its general purposes." Marcus Feldt',
    ),
    Spec(
        phi=True,
        category="Grateful patient referral from physician",
        notes="Physician referral forwarded: named patient who had chemotherapy may want to give.",
        frm=GG,
        to="dlamb@larkspurfoundation.org",
        subject="Fw: possible donor",
        body="Dana, can you pick this up? Renata",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Dr. Nadia Brill <nbrill@larkspurregional.org>",
            to=f"rosei@{LHF}",
            subject="possible donor",
            body="Renata - my patient Tom Ashworth finished his last round of FOLFOX today and asked how he could thank the infusion team. He's fine with you calling him at 555-0188. Nadia",
        ),
    ),
    Spec(
        phi=False,
        category="Clinician bio for donor event",
        notes="Hard negative: physician bio naming diseases she treats; clinician name and specialty only.",
        frm=EV,
        to="printing@quickpressfrederick.com",
        subject="Program copy - speaker bio",
        body=(
            "Please add to page 3:\n\nDr. Priya Nand is Chief of Cardiology at Larkspur Regional. She specializes in heart failure, "
            "atrial fibrillation and structural heart disease, and led the hospital's first TAVR program in 2019. NPI: 1482039579.\n\nThanks"
        ),
    ),
    Spec(
        phi=True,
        category="Tribute card request revealing hospice patient",
        notes="Hard positive: tribute card to be sent to a named patient currently in inpatient hospice at a room number.",
        frm=DS,
        to="cards@larkspurfoundation.org",
        subject="Tribute card - deliver to room",
        body="Please deliver the tribute card from the Ochoa family to Mr. Reuben Stiles, Hospice House room 12, today if possible - the family says he may not have long.",
    ),
    Spec(
        phi=False,
        category="Board meeting agenda",
        notes="Board agenda with campaign totals; no individual health information.",
        frm=F,
        to="board@larkspurfoundation.org",
        subject="Board packet - March 24",
        body="Attached is the agenda. Campaign total to date: $14.2M of $20M.",
        atts=(
            Att(
                "agenda_0324.docx",
                DOCX,
                docx(
                    [
                        "Larkspur Health Foundation Board",
                        "1. Minutes",
                        "2. Campaign report",
                        "3. Investment committee",
                        "4. Gala update",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Wealth screening results with diagnosis column",
        notes="Hard positive: screening results return file lists prospects with diagnosis category in an unlabeled column.",
        frm=DB,
        to="mfeldt@larkspurfoundation.org",
        cc="analytics@wealthscreen-partners.com",
        subject="Top prospects Q1",
        body="Marcus, top 3 attached. Third column is from the Epic feed.",
        atts=(
            Att(
                "top_q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Top": [
                            ["Prospect", "Capacity", ""],
                            ["Leonard Ibsen", "$1M+", "C50.911"],
                            ["Marisol Quint", "$250K", "I21.4"],
                            ["George Tamm", "$500K", "F32.1"],
                        ],
                        "Method": [["Source", "Rating"], ["Public filings", "Capacity"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Campaign dashboard aggregate",
        notes="Hard negative: giving by fund and aggregate grateful-patient program numbers; no individuals.",
        frm=DB,
        to="leadership@larkspurfoundation.org",
        subject="Weekly dashboard",
        body="Dashboard attached. Grateful patient program: 148 new donors YTD from 2,300 mailed.",
        atts=(
            Att(
                "dashboard.xlsx",
                XLSX,
                xlsx(
                    {
                        "ByFund": [
                            ["Fund", "YTD"],
                            ["Cancer Center", 412000],
                            ["Heart Center", 298500],
                            ["Birthing Center", 1200400],
                        ],
                        "Channel": [
                            ["Channel", "Donors"],
                            ["Mail", 910],
                            ["Online", 622],
                            ["Events", 201],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Donor's personal request about spouse's treatment",
        notes="Reply to major donor about VIP arrangement for his wife's mastectomy admission date.",
        frm=GG,
        to="hlangford@langfordholdings.com",
        subject="Re: Claire's surgery next week",
        body=(
            "Hal,\n\nI've let the patient liaison know that Claire is scheduled for her mastectomy with Dr. Ferris on Tuesday the 24th. "
            "A private room on 5 South has been requested. Please call me anytime." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Donor ticket confirmation",
        notes="Event ticket confirmation to donor's personal mailbox; no health information.",
        frm=EV,
        to="ellen.marchetti@yahoo.com",
        subject="Your tickets: Larkspur Gala, March 28",
        body="Hi Ellen, your two tickets are confirmed. Valet opens at 6 pm. Dress: black tie optional.\n\nFoundation Events",
    ),
    Spec(
        phi=True,
        category="Gift receipt showing payment for patient bill",
        notes="Hard positive: donor-funded patient assistance receipt names the recipient patient and pays her dialysis balance.",
        frm=DS,
        to="billingoffice@larkspurregional.org",
        subject="Patient assistance fund transfer",
        body="Transfer of $1,180.00 from the Compassion Fund toward account 7730418 (Yolanda Briggs, outpatient hemodialysis, Jan-Feb balance). Approval memo attached.",
        atts=(
            Att(
                "approval.pdf",
                "application/pdf",
                pdf(
                    [
                        "LARKSPUR HEALTH FOUNDATION",
                        "Compassion Fund approval",
                        "Patient: Yolanda Briggs  Acct 7730418",
                        "Service: hemodialysis Jan-Feb 2026",
                        "Amount: $1,180.00",
                    ],
                    "Compassion Fund approval",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Compassion fund policy",
        notes="Hard negative: fund eligibility policy with example fields (Patient name, MRN) but no real person.",
        frm=DS,
        to="socialwork@larkspurregional.org",
        subject="Updated Compassion Fund guidelines",
        body="Attached. Note the request form now needs: Patient name, MRN, service, balance, social worker signature. Please don't email the forms - use the secure drop.",
        atts=(
            Att(
                "guidelines.pdf",
                "application/pdf",
                pdf(
                    [
                        "LARKSPUR HEALTH FOUNDATION",
                        "Compassion Fund Guidelines 2026",
                        "Eligibility: household income below 250% FPL",
                        "Fields: Patient name, MRN, service, balance",
                    ],
                    "Guidelines",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted donor-patient match file",
        notes="Password-protected zip to matching vendor containing patient names with MRNs and visit types.",
        frm=DB,
        to="secure@donorcrm-cloud.com",
        subject="Encrypted match file",
        body="Encrypted file attached; password by phone as usual.",
        atts=(
            Att(
                "match_0315.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "match.csv": "MRN,Name,Visit\nLR0060122,Oscar Nyland,ED\nLR0060987,Pearl Eads,Inpatient Oncology\n"
                    },
                    "Larkspur!2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Volunteer of the year nomination",
        notes="Foundation volunteer award nomination; staff/volunteer info only.",
        frm=EV,
        to="awards@mdhospitalassoc.org",
        subject="Nomination: Bernice Alder",
        body="We nominate Bernice Alder, who has volunteered 4,200 hours at the Larkspur gift shop since 2009 and chairs the auxiliary.",
    ),
    Spec(
        phi=True,
        category="Phone call log about grateful patient",
        notes="Hard positive: terse contact report with donor's initial and surname, 'post-CABG' and discharge date.",
        frm=GG,
        to="contactreports@larkspurfoundation.org",
        subject="Contact report",
        body="R. Osei / H. Amberley / 3-12 / phone. Post-CABG, home since 3-6, grateful to 4E nurses. Wants to name a nurses' lounge. F/u 4-1.",
    ),
    Spec(
        phi=False,
        category="Drug shortage notice forwarded to donors",
        notes="Hard negative: fundraising note mentioning a drug shortage in general; no patient.",
        frm=F,
        to="pharmacyfund@lists.larkspurfoundation.org",
        subject="Why we're raising for the pharmacy",
        body="National shortages of cisplatin and carboplatin last year forced our pharmacy to ration doses. Your gift to the Pharmacy Readiness Fund buys a 90-day buffer.",
    ),
    Spec(
        phi=True,
        category="Photo release with patient photo",
        notes="Hard positive: photo file named after a patient in rehab gym with caption about stroke recovery.",
        frm=GG,
        to="design@brightsidecreative.com",
        subject="Photo for brochure",
        body='Caption: "Eight weeks after her stroke, Lorna takes her first steps in the rehab gym." Release pending.',
        atts=(Att("lorna_mcbride_rehab.png", "image/png", png(8, 8, (120, 160, 200))),),
    ),
    Spec(
        phi=False,
        category="Stock photo licensing",
        notes="Stock photo order with models; no patients.",
        frm=GG,
        to="licensing@stockhealthimages.com",
        subject="License for image #448120",
        body="We'd like a print license for image 448120 (model-released 'nurse with child'). Invoice to Larkspur Health Foundation.",
        atts=(Att("preview.png", "image/png", png(4, 4, (230, 230, 230))),),
    ),
    Spec(
        phi=False,
        category="Donor event calendar invite",
        notes="Calendar invite for hard-hat tour; no health info.",
        frm=EV,
        to="tour-guests@lists.larkspurfoundation.org",
        subject="Hard-hat tour of the new tower",
        body="Join us for a tour of the new patient tower.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larkspur//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:tour-0326@larkspurfoundation.org\r\nDTSTAMP:20260313T150000Z\r\nDTSTART:20260326T150000Z\r\nDTEND:20260326T160000Z\r\nSUMMARY:Hard-hat tour\r\nLOCATION:North Tower lobby\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Tax receipt to donor",
        notes="Year-end tax receipt to a donor's personal mailbox; gift to general fund, no care info.",
        frm=DS,
        to="bob.kessling@hotmail.com",
        subject="Your 2025 giving statement",
        body="Dear Mr. Kessling,\n\nThank you for your 2025 gifts totalling $600.00. No goods or services were provided in exchange. Please keep this for your tax records.\n\nDonor Services",
    ),
    Spec(
        phi=True,
        category="Do-not-solicit flag after patient death",
        notes="Internal DNS request naming patient who died in the ED with date; being a patient plus death is PHI.",
        frm=DB,
        to="advdata-list@larkspurfoundation.org",
        subject="DNS flag",
        body="Please flag Constance Ferrer (ID 40221) do-not-solicit. She died in our ED on 3/11 after a cardiac arrest; the family complained about the appeal letter.",
    ),
    Spec(
        phi=False,
        category="HIPAA fundraising training",
        notes="Hard negative: training slides about what fundraising may use under HIPAA; example fields, no real patient.",
        frm=F,
        to="allstaff@larkspurfoundation.org",
        subject="Annual HIPAA for fundraisers - due 3/31",
        body=(
            "Reminder: complete the module by 3/31. Key rule: we may use demographics, dates of service, department, treating physician, "
            "outcome and insurance status for fundraising - never diagnosis. Every solicitation must include an opt-out. Example "
            "'Patient: Jane Test, MRN TEST0000' in slide 9 is fictitious."
        ),
        atts=(
            Att(
                "hipaa_fundraising.txt",
                "text/plain",
                "Slide 9: Example record (fictitious): Jane Test, MRN TEST0000, Dept Cardiology.\nUse: OK for fundraising segmentation by department.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Donor asks about own test results",
        notes="Reply to donor's personal email restating his PSA result and biopsy date he asked about.",
        frm=GG,
        to="rgoldwater@aol.com",
        subject="Re: favor",
        body="Richard, I asked Dr. Oyelaran's office as you requested: your PSA came back at 7.8 and they want the biopsy on April 2. Their nurse will call you. Renata",
    ),
    Spec(
        phi=False,
        category="Grant report to private foundation",
        notes="Hard negative: grant report with aggregate outcomes of a diabetes program; no individuals.",
        frm=F,
        to="grants@mcallisterfamilyfdn.org",
        subject="Year 1 report - Diabetes Prevention Program",
        body="Report attached. 312 participants enrolled, mean A1c fell from 6.1% to 5.8%, 58% reached 5% weight loss.",
        atts=(
            Att(
                "dpp_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "LARKSPUR HEALTH FOUNDATION",
                        "Diabetes Prevention Program - Year 1",
                        "Enrolled: 312; completed: 241",
                        "Mean A1c 6.1% -> 5.8%",
                    ],
                    "DPP report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Auction item donation list",
        notes="Auction item list zipped for printer; donors and items only.",
        frm=EV,
        to="printing@quickpressfrederick.com",
        subject="Auction catalog files",
        body="Zip attached with item list and logo.",
        atts=(
            Att(
                "auction.zip",
                "application/zip",
                zipped(
                    {
                        "items.csv": "Lot,Item,Donor\n1,Week at Ocean City condo,The Marchettis\n2,Signed Orioles jersey,Harbor Sports\n",
                        "readme.txt": "Print 300 copies.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Grateful patient letter draft with patient quote",
        notes="Draft appeal letter in DOCX quoting a named patient about her leukemia treatment.",
        frm=GG,
        to="design@brightsidecreative.com",
        subject="Cancer appeal copy v2",
        body="v2 attached - waiting on Mrs. Duarte's signed authorization before printing.",
        atts=(
            Att(
                "cancer_appeal_v2.docx",
                DOCX,
                docx(
                    [
                        "Dear Friend,",
                        '"When I was diagnosed with acute myeloid leukemia at 41, the team at Larkspur gave me a stem cell transplant and my life back." - Teresa Duarte, Hagerstown',
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Matching gift form to employer",
        notes="Employer matching gift confirmation; no health info.",
        frm=DS,
        to="matching@northstaraero.com",
        subject="Matching gift verification - Gift 2026-0411",
        body="We confirm receipt of $500 from your employee Sam Whitby on 2/14/2026 to the General Fund. Please release the match.",
    ),
]
