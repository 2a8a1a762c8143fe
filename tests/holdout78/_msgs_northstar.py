"""Outbound mail of Northstar Donor Bank (sperm and egg donor programme, cryostorage) (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import BWF, NSD, Att, Spec

SIG = "\n\nNorthstar Donor Bank\n1180 Commerce Drive, Unit 7, Westbrook, MN 55416\n(612) 555-0120 | northstardonors.org"

MESSAGES = [
    Spec(
        phi=True,
        category="sperm donor quarantine retest result",
        notes="Named sperm donor's 6-month infectious disease retest results sent to his personal gmail.",
        frm=f"Donor Program <donors@{NSD}>",
        to="marcus.elling22@gmail.com",
        subject="Your 6-month retest",
        body="Hi Marcus,\n\nGood news: your 6-month quarantine retest (HIV-1/2, hepatitis B and C, syphilis, CMV IgM) is all negative, so the vials you deposited in April are now released. Your next donation window opens November 2.\n\nThanks for everything,\nAbby Lund, Donor Coordinator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="donor applicant disqualified for carrier result",
        notes="Hard positive: tells a named applicant he carries a cystic fibrosis variant and is disqualified; genetic result to personal mailbox.",
        frm=f"Donor Program <donors@{NSD}>",
        to="evan.sorensen.mn@outlook.com",
        subject="Update on your application",
        body="Hi Evan,\n\nThank you for completing the screening steps. Your expanded carrier screen showed that you carry one copy of a cystic fibrosis (CFTR) variant. Being a carrier does not affect your own health, but under our standards we can't continue your application. We strongly suggest you share this with your relatives and your own doctor, and we're happy to arrange a free call with a genetic counselor.\n\nWarmly,\nAbby Lund"
        + SIG,
    ),
    Spec(
        phi=False,
        category="featured donors newsletter HTML",
        notes="Hard negative: HTML catalogue teaser with donor codes and physical traits only; no names and no health data.",
        frm=f"Northstar Donor Bank <hello@{NSD}>",
        to="members@lists.northstardonors.org",
        subject="New donors this month",
        body="",
        html="<html><body><h2>Meet our newest donors</h2><ul><li><b>Donor 4120</b> - 6'1\", brown hair, hazel eyes, studying civil engineering, loves rock climbing.</li><li><b>Donor 4133</b> - 5'10\", black hair, brown eyes, musician and teacher.</li><li><b>Egg donor E-5110</b> - 5'6\", auburn hair, green eyes, nursing student.</li></ul><p><a href='https://northstardonors.org/search'>Search the full catalogue</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="vial order confirmation to recipient",
        notes="Recipient's name, donor vials ordered and shipping to her clinic for an IUI date, sent to her personal mailbox.",
        frm=f"Orders <orders@{NSD}>",
        to="kcarter.home@yahoo.com",
        subject="Order NS-44810 confirmed",
        body="Dear Kimberly Carter,\n\nYour order NS-44810 is confirmed: 2 vials IUI-ready, donor 3391. They will ship to Bluewater Fertility Center on October 20 for your insemination scheduled October 21. Please confirm with your clinic that they received the shipper.\n\nOrders Team"
        + SIG,
    ),
    Spec(
        phi=True,
        category="courier manifest with recipients",
        notes="Hard positive: courier CSV listing recipients' names with the clinics receiving donor sperm for them.",
        frm=f"Shipping <shipping@{NSD}>",
        to="ops@coldchainmedexpress.com",
        subject="Mon 10/19 dry shipper pickups",
        body="4 shippers for Monday pickup, manifest attached. Shipper serials on the lids.\n\nOskar, Shipping",
        atts=(
            Att(
                "manifest_1019.csv",
                "text/csv",
                (
                    "shipper,recipient_name,destination_clinic,donor,vials,service\n"
                    "DS-118,Kimberly Carter,Bluewater Fertility Center,3391,2,IUI\n"
                    "DS-121,Jasmine Whitaker,Lakes Reproductive Medicine,4120,1,ICI\n"
                    "DS-122,Noor Haddad,Bluewater Fertility Center,2714,3,IVF\n"
                    "DS-130,Amelia & Rose Fortier,Prairie OB-GYN,3988,2,IUI\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="dry shipper return schedule",
        notes="Logistics about empty shipper returns by serial; no people or health data.",
        frm=f"Shipping <shipping@{NSD}>",
        to="ops@coldchainmedexpress.com",
        subject="Empty shipper returns",
        body="Please collect empties DS-099, DS-104, DS-110 from the Duluth and Rochester clinics this week. Our dock closes at 4 PM.\n\nOskar",
    ),
    Spec(
        phi=True,
        category="egg donor screening appointment invite",
        notes="Calendar invitation to a named egg donor for her AMH draw and transvaginal ultrasound screening.",
        frm=f"Egg Donor Program <eggdonors@{NSD}>",
        to="priya.venkat.donor@gmail.com",
        subject="Screening visit - invitation",
        body="Hi Priya, here is your screening visit. Please come on cycle day 2 or 3 if you can.\n\nEgg Donor Team",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Northstar Donor Bank//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:ed-screen-5121@northstardonors.org\nDTSTAMP:20261016T160000Z\nDTSTART:20261022T133000Z\nDTEND:20261022T150000Z\n"
            "SUMMARY:Egg donor screening - Priya Venkataraman (AMH draw + transvaginal ultrasound)\n"
            "LOCATION:Northstar Donor Bank, Westbrook\nATTENDEE;CN=Priya Venkataraman:mailto:priya.venkat.donor@gmail.com\n"
            "END:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="egg donor compensation workbook with SSNs",
        notes="Hard positive: payment workbook reads like payroll but lists named egg donors with SSNs and retrieval dates (each underwent a procedure).",
        frm=f"Finance <finance@{NSD}>",
        to="tax@bergandlindcpa.com",
        subject="Donor compensation - 1099 prep",
        body="Hi Karin,\n\nDonor compensation detail for 2026 YTD is attached for the 1099-MISC prep. Sheet 2 ties payments to cycle dates.\n\nGreta, Finance",
        atts=(
            Att(
                "donor_comp_2026_ytd.xlsx",
                XLSX,
                xlsx(
                    {
                        "Payees": [
                            ["Name", "SSN", "Address", "Total paid"],
                            ["Hannah Moller", "471-83-2290", "22 Elm St, Hopkins MN 55343", 9000],
                            ["Siri Dahl", "392-16-5548", "908 Pine Ave, St Paul MN 55104", 8000],
                        ],
                        "Cycles": [
                            ["Name", "Retrieval date", "Oocytes", "Payment"],
                            ["Hannah Moller", "2026-03-14", 18, 9000],
                            ["Siri Dahl", "2026-07-02", 12, 8000],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="campus donor recruitment ad",
        notes="Hard negative: recruitment ad listing health eligibility criteria; no individual.",
        frm=f"Recruitment <recruit@{NSD}>",
        to="ads@theminnesotadaily.com",
        subject="Ad copy for Nov 2 issue (quarter page)",
        body="Ad copy below:\n\nEARN UP TO $1,500/MONTH HELPING FAMILIES GROW\nMen 19-39, healthy, non-smoking, in college or a graduate. Donors are screened for genetic and infectious diseases at no cost. Apply at northstardonors.org/apply\n\nInvoice to finance@northstardonors.org.",
    ),
    Spec(
        phi=False,
        category="FDA inspection readiness procedure",
        notes="Hard negative: tissue-bank procedure document listing record fields and test names; no actual donor.",
        frm=f"Quality Assurance <qa@{NSD}>",
        to="labstaff@northstardonors.org",
        subject="SOP QA-014 rev D - please read and sign",
        body="Updated inspection readiness SOP attached. Read and sign in the LMS by Friday.",
        atts=(
            Att(
                "SOP_QA-014_revD.docx",
                DOCX,
                docx(
                    [
                        "NORTHSTAR DONOR BANK - SOP QA-014 rev D: FDA 21 CFR 1271 inspection readiness",
                        "Each donor eligibility file must contain: donor ID, relevant medical records review, physical exam, behavioural risk questionnaire.",
                        "Required tests: HIV-1/2, HBsAg, anti-HBc, anti-HCV, syphilis, CT/GC NAT, CMV (sperm), HTLV-I/II (sperm).",
                        "Do not show inspectors names and SSNs unless requested; present files by donor ID.",
                        "Quarantine: 180 days with retest before release.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="applicant funnel statistics workbook",
        notes="Hard negative: counts of donor applicants and disqualification reasons by quarter; aggregate only.",
        frm=f"Operations <ops@{NSD}>",
        to="leadership@northstardonors.org",
        subject="Applicant funnel Q3",
        body="Q3 funnel attached. Genetic disqualifications keep climbing with the bigger panel.",
        atts=(
            Att(
                "funnel_q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Funnel": [
                            ["Stage", "Sperm", "Egg"],
                            ["Applied", 1240, 611],
                            ["Passed intake", 402, 233],
                            ["Passed semen/AMH", 96, 141],
                            ["Passed genetics", 61, 112],
                            ["Active", 38, 74],
                        ],
                        "DQ reasons": [
                            ["Reason", "Count"],
                            [
                                "Low count/motility",
                                306,
                            ],
                            ["Carrier positive (panel)", 35],
                            ["Family history", 22],
                            ["Infectious marker", 3],
                            ["Withdrew", 180],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="sibling registry update to recipient mother",
        notes="Hard positive: names a mother and her child conceived with donor 2714, revealing the mother's donor insemination.",
        frm=f"Sibling Registry <siblings@{NSD}>",
        to="laurenbeck.family@gmail.com",
        subject="Sibling registry update",
        body="Hi Lauren,\n\nAva (born March 2024, donor 2714) now has 4 registered half-siblings whose parents opted in to contact. Log in to see their first names and states.\n\nSibling Registry Team",
    ),
    Spec(
        phi=True,
        category="donor family history notice to recipient",
        notes="Hard positive: tells a named recipient that the donor used for her insemination reported a Lynch syndrome diagnosis in his family.",
        frm=f"Medical Director <medicaldirector@{NSD}>",
        to="kcarter.home@yahoo.com",
        subject="Important health update regarding your donor",
        body="Dear Ms. Carter,\n\nOur records show you purchased vials from donor 3391 in 2026. The donor recently reported that his father was diagnosed with colorectal cancer at 44 and found to have Lynch syndrome (MLH1). The donor's own testing is pending. We recommend you discuss this with your clinician and, if you conceive, with your child's pediatrician; genetic counselling is available at no cost.\n\nElena Marsh, MD, Medical Director",
    ),
    Spec(
        phi=False,
        category="label printing order with mockup",
        notes="Vial label design mockup sent to a printer; donor code placeholders only.",
        frm=f"Lab Operations <labops@{NSD}>",
        to="orders@cryolabelsdirect.com",
        subject="Label mockup v3 - cryo-safe",
        body="Hi, attached the v3 mockup. Field 'DONOR ####' is a placeholder; we print the codes in-house. 10,000 labels, LN2 rated.\n\nThanks, Lars",
        atts=(Att("label_mockup_v3.png", "image/png", png(12, 4, (250, 250, 250))),),
    ),
    Spec(
        phi=False,
        category="phishing warning to staff",
        notes="IT security warning; no health information.",
        frm=f"IT <it@{NSD}>",
        to="allstaff@northstardonors.org",
        subject="Phishing: fake 'FedEx shipment held' emails",
        body="We've seen fake FedEx notices asking you to log in to release a shipment. Do not click. Forward to it@northstardonors.org and delete.",
    ),
    Spec(
        phi=True,
        category="known donor FHIR eligibility bundle",
        notes="Hard positive: body refers only to a directed-donor code; the FHIR attachment names the known donor with his test results.",
        frm=f"Directed Donor Program <directed@{NSD}>",
        to=f"thirdparty@{BWF}",
        subject="Directed donor KD-0187 eligibility",
        body="Rosa,\n\nKD-0187 is eligible; eligibility record attached for your chart. Release of vials pending 180-day quarantine.\n\nDirected Donor Program",
        atts=(
            Att(
                "KD-0187_eligibility.json",
                "application/fhir+json",
                (
                    '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                    ' {"resource": {"resourceType": "Patient", "id": "kd-0187", "name": [{"family": "Lind", "given": ["Jacob"]}], "birthDate": "1991-01-26"}},\n'
                    ' {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "HIV-1/2 Ag/Ab"}, "subject": {"reference": "Patient/kd-0187"}, "valueString": "Nonreactive"}},\n'
                    ' {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "CMV IgG"}, "subject": {"reference": "Patient/kd-0187"}, "valueString": "Reactive"}}\n'
                    "]}\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="supply order with SSN-shaped PO numbers",
        notes="Hard negative: purchase-order numbers formatted like SSNs for cryovials and straws; no person.",
        frm=f"Purchasing <purchasing@{NSD}>",
        to="sales@nordicscientificsupply.com",
        subject="POs 431-22-8817 and 431-22-8818",
        body="Hello,\n\nPlease confirm:\nPO 431-22-8817 - CBS high-security straws 0.3 mL, 20 boxes\nPO 431-22-8818 - 1.8 mL cryovials, 10 cases\nShip to Unit 7, Westbrook.\n\nIngrid, Purchasing",
    ),
    Spec(
        phi=True,
        category="recipient complaint forwarded to clinic lab",
        notes="Hard positive: short forward to a clinic lab; the attached original from the recipient names her and her failed IUI after a low-motility thaw.",
        frm=f"Client Care <care@{NSD}>",
        to=f"andrology@{BWF}",
        subject="FW: vial quality",
        body="Hi - can you send us your post-thaw count for this one? Lot 3988-0612. Thanks, Maya",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="amelia.fortier@icloud.com",
            to=f"care@{NSD}",
            subject="vial quality",
            body="Hello, my name is Amelia Fortier. My IUI at Bluewater on 10/9 didn't work and the nurse said the thawed vial only had 4 million motile. We paid for IUI-ready vials. I'd like a refund or replacement. Order NS-44391.",
        ),
    ),
    Spec(
        phi=False,
        category="conference poster on carrier screening",
        notes="Hard negative: poster abstract with aggregate carrier frequencies among donor applicants.",
        frm=f"Elena Marsh <emarsh@{NSD}>",
        to="abstracts@asrm-regional.org",
        subject="Poster abstract submission - carrier screening in donor applicants",
        body="Please find our abstract attached for the regional meeting.\n\nElena Marsh, MD",
        atts=(
            Att(
                "abstract_carrier_screening.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR DONOR BANK - Abstract",
                        "Expanded carrier screening in 1,204 gamete donor applicants, 2023-2026",
                        "Methods: 301-gene panel. Results: 61% carried at least one pathogenic variant;",
                        "most frequent CFTR (3.9%), GJB2 (2.7%), SMN1 (1.6%). 2.9% excluded.",
                        "Conclusion: matching, not exclusion, should guide donor selection.",
                    ],
                    "Abstract",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="oncofertility storage invoice",
        notes="Invoice to a named client for storing sperm banked before chemotherapy, to his outlook mailbox.",
        frm=f"Billing <billing@{NSD}>",
        to="d.okonkwo@outlook.com",
        subject="Annual storage invoice",
        body="Dear Mr. Okonkwo,\n\nYour annual storage invoice is attached. As a reminder, your oncology-referred samples are billed at the reduced fertility-preservation rate.\n\nBilling"
        + SIG,
        atts=(
            Att(
                "INV-77310.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR DONOR BANK - INVOICE INV-77310",
                        "Client: Daniel Okonkwo, 5120 Bryant Ave S, Minneapolis MN 55419",
                        "Client-depositor account CD-20871",
                        "Service: cryostorage, 6 vials (banked 11/2024 prior to chemotherapy, referred by Masonic Cancer Clinic)",
                        "Annual fee (fertility preservation rate): $275.00",
                    ],
                    "Invoice INV-77310",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="storage fee change mail-merge template",
        notes="Hard negative: mail-merge template with placeholder fields for storage clients; no actual person.",
        frm=f"Client Care <care@{NSD}>",
        to="mailhouse@twincitiesmailing.com",
        subject="Letter template for Jan fee change",
        body="Template below; the merge file comes via SFTP separately.\n\nDear <<FirstName>> <<LastName>>,\nStarting January 1, 2027 annual storage fees will be $325 for client-depositor accounts. Your account <<AccountNo>> will be billed on your anniversary date.\nSincerely, Northstar Donor Bank",
    ),
    Spec(
        phi=True,
        category="home insemination kit courier note",
        notes="Hard positive: terse courier note with a recipient's name, home address and home insemination kit.",
        frm=f"Shipping <shipping@{NSD}>",
        to="dispatch@metrosameday.com",
        subject="add-on stop",
        body="add-on: J. Reyes, 1842 Birch St Apt 2, Richfield 55423 - home insemination kit w/ 2 vials, must be signed by recipient, she's ovulating today so before 5 pls",
    ),
    Spec(
        phi=False,
        category="proficiency testing results",
        notes="Hard negative: external proficiency survey results for semen analysis with survey specimen IDs; no patient.",
        frm=f"Andrology QA <qa@{NSD}>",
        to="labstaff@northstardonors.org",
        subject="CAP SM-B 2026 results - all acceptable",
        body="All 5 specimens acceptable.\nSM-06 conc 42 (target 40 +/- 8)\nSM-07 conc 11 (target 12 +/- 3)\nSM-08 motility 51% (48 +/- 10)\nSM-09 morphology 6% (5 +/- 2)\nSM-10 vitality 77% (74 +/- 9)\nGreat job everyone.",
    ),
    Spec(
        phi=True,
        category="egg donor medication calendar",
        notes="Named egg donor's stimulation medication calendar and retrieval date sent to her gmail with a text attachment.",
        frm=f"Egg Donor Program <eggdonors@{NSD}>",
        to="siri.dahl.mn@gmail.com",
        subject="Your cycle calendar",
        body="Hi Siri,\n\nYour calendar for this cycle is attached. Start Follistim tonight. Call us if you have any bloating or pain.\n\nTeam Northstar",
        atts=(
            Att(
                "Dahl_cycle_calendar.txt",
                "text/plain",
                (
                    "Siri Dahl - donor cycle E-5092-2\nOct 16-23: Follistim 225 IU nightly\nOct 21: start ganirelix 250 mcg AM\n"
                    "Oct 25: trigger leuprolide 40 units at 21:00 (no hCG)\nOct 27: egg retrieval 08:30, nothing to eat after midnight\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="reply to prospective donor's compensation question",
        notes="General answer about the donor process and pay to an enquirer's gmail; nothing about his health.",
        frm=f"Donor Program <donors@{NSD}>",
        to="tyler.brandt.2004@gmail.com",
        subject="Re: how does donating work?",
        body="Hi Tyler,\n\nThanks for reaching out! Donors come in 1-2 times a week for at least 6 months and are paid $125 per approved donation, plus a $500 completion bonus. The first step is the online application; screening is free. Happy to answer anything else.\n\nAbby Lund, Donor Coordinator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="carrier screening explainer for website",
        notes="Hard negative: educational text on expanded carrier screening and CF carriers; no individual.",
        frm=f"Genetics Liaison <genetics@{NSD}>",
        to="webteam@northstardonors.org",
        subject="Copy for the 'genetic testing' page",
        body="Proposed copy:\n\nEvery Northstar donor has expanded carrier screening for more than 300 conditions, including cystic fibrosis, spinal muscular atrophy and fragile X. Most people carry at least one variant; carriers are healthy. We share each donor's carrier results so your clinic can match them with your own results.",
    ),
    Spec(
        phi=True,
        category="donor eligibility files to state inspectors",
        notes="Zip of named donors' eligibility records with test results sent to the state health department inspectors.",
        frm=f"Quality Assurance <qa@{NSD}>",
        to="tissuebank.inspections@health.state.mn.us",
        subject="Requested records - inspection 2026-TB-31",
        body="Inspector Vang,\n\nAs requested during Tuesday's visit, the eligibility files for the three donors you sampled are attached.\n\nHelga Sorensen, QA Manager",
        atts=(
            Att(
                "inspection_2026-TB-31.zip",
                "application/zip",
                zipped(
                    {
                        "donor_2714_Brekke.txt": "Donor 2714 = Anders Brekke, DOB 1995-05-12. HIV/HBV/HCV NAT negative 2023-01-09 and retest 2023-07-11. CMV IgG positive. Eligible.",
                        "donor_3391_Moen.txt": "Donor 3391 = Peter Moen, DOB 1998-10-02. All markers negative. Father: colorectal ca, Lynch (reported 2026-10).",
                        "donor_E5092_Dahl.txt": "Egg donor E-5092 = Siri Dahl, DOB 2000-04-18. Negative markers. AMH 4.2.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="inventory feed for web store",
        notes="Hard negative: CSV of anonymous donor codes with vial counts for a web store; no names or health data.",
        frm=f"E-commerce <store@{NSD}>",
        to="dev@pinecodestudio.io",
        subject="Nightly inventory feed - sample file",
        body="Sample of the nightly feed for the store integration. Only donor code, vial type and count.",
        atts=(
            Att(
                "inventory_sample.csv",
                "text/csv",
                "donor_code,vial_type,available\n2714,ICI,0\n3391,IUI,4\n3988,IUI,11\n4120,ICI,17\n4133,IUI,9\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="oncofertility reimbursement request to payer",
        notes="Letter to a health plan with a member ID, Hodgkin lymphoma diagnosis and sperm banking before chemotherapy.",
        frm=f"Billing <billing@{NSD}>",
        to="appeals@northlandhealthplan.com",
        subject="Reimbursement request - member NHP7731042",
        body="To the Appeals Unit,\n\nWe request reimbursement under the state fertility preservation mandate for member Daniel Okonkwo, member ID NHP7731042, diagnosed with Hodgkin lymphoma (C81.90), who banked sperm (CPT 89259) on 11/14/2024 before ABVD chemotherapy. Oncologist letter enclosed by fax.\n\nBilling Dept."
        + SIG,
    ),
    Spec(
        phi=False,
        category="international shipping rules reply to clinic",
        notes="Reply to a clinic about Canadian import rules; no individual.",
        frm=f"Client Care <care@{NSD}>",
        to="lab@ottawafertilitycentre.ca",
        subject="Re: shipping to Ontario",
        body="Hi Dr. Tremblay,\n\nYes, we can ship to Canada for donors who meet Health Canada's Processing and Distribution of Semen for Assisted Conception Regulations. Currently 14 of our donors qualify; they are flagged 'CAN' in the catalogue. Import permits are your clinic's responsibility.\n\nMaya",
    ),
    Spec(
        phi=False,
        category="holiday hours HTML notice",
        notes="HTML holiday hours notice to all clients; no individual.",
        frm=f"Northstar Donor Bank <hello@{NSD}>",
        to="clients@lists.northstardonors.org",
        subject="Thanksgiving shipping cutoffs",
        body="",
        html="<html><body><p>Orders for delivery the week of Thanksgiving must be placed by <b>Friday, Nov 20</b>. We are closed Nov 26-27. Storage is monitored 24/7.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="order receipt HTML to recipient",
        notes="Hard positive: HTML-only receipt naming the recipient, donor vials and destination fertility clinic.",
        frm=f"Orders <orders@{NSD}>",
        to="jasmine.whitaker@icloud.com",
        subject="Your receipt",
        body="",
        html="<html><body><p>Thank you, Jasmine!</p><table border='1'><tr><td>Order</td><td>NS-45002</td></tr><tr><td>Item</td><td>Donor 4120, ICI vial x1</td></tr><tr><td>Ship to</td><td>Lakes Reproductive Medicine (for your cycle)</td></tr><tr><td>Total</td><td>$1,095.00</td></tr></table></body></html>",
    ),
    Spec(
        phi=False,
        category="lab on-call rota",
        notes="Staff on-call rota CSV; no health information.",
        frm=f"Lab Operations <labops@{NSD}>",
        to="labstaff@northstardonors.org",
        subject="Nov on-call rota",
        body="Rota attached. Swaps through Lars please.",
        atts=(
            Att(
                "oncall_nov.csv",
                "text/csv",
                "week,primary,backup\n2026-11-02,Lars Eid,Nora Kim\n2026-11-09,Nora Kim,Ben Ortiz\n2026-11-16,Ben Ortiz,Lars Eid\n2026-11-23,Lars Eid,Ben Ortiz\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="posthumous use of banked sperm to attorney",
        notes="Hard positive: identifies a deceased depositor by surname and DOB, his remaining vials and consent for his widow's IUI.",
        frm=f"Elena Marsh <emarsh@{NSD}>",
        to="rkline@klineestatelaw.com",
        subject="Re: Albrecht estate - stored specimens",
        body="Mr. Kline,\n\nConfirming for the estate: the depositor (Mr. Albrecht, DOB 07/14/1979) banked in 2019 before his surgery and 3 vials remain. His signed disposition form permits release to his wife for intrauterine insemination after his death, subject to a 6-month waiting period. We will need the death certificate and her clinic's request.\n\nElena Marsh, MD",
    ),
    Spec(
        phi=False,
        category="policy letter to legislator",
        notes="Hard negative: policy letter on donor-conceived people's rights with aggregate figures; no individual.",
        frm=f"Executive Director <director@{NSD}>",
        to="sen.halvorson@senate.mn",
        subject="HF 2231 - donor identity disclosure",
        body="Senator Halvorson,\n\nNorthstar supports HF 2231. Since 2018, 71% of our donors have chosen identity release at 18, and we have supported more than 3,000 families. We ask that the bill cap families per donor at 25 and fund a state registry.\n\nRespectfully,\nJon Aasen, Executive Director",
    ),
    Spec(
        phi=False,
        category="CRM test record to vendor",
        notes="Hard negative: vendor debugging mail with a clearly fake test donor record; no real person.",
        frm=f"IT <it@{NSD}>",
        to="support@donorcrmcloud.com",
        subject="Ticket 88120 - merge field bug",
        body="Repro steps: create record 'ZZTEST Donor' (fake, DOB 01/01/1901, donor code TEST-0000), set status 'Quarantine', send template 'Retest due'. Output shows '{retest_date}' unrendered. This is our sandbox, not production.",
    ),
    Spec(
        phi=True,
        category="known donor medical history summary to clinic",
        notes="DOCX summary of a named known egg donor's medical and family history sent to the recipient's clinic.",
        frm=f"Directed Donor Program <directed@{NSD}>",
        to=f"thirdparty@{BWF}",
        subject="Known egg donor history - for your consult",
        body="Attached is the history summary for the known donor (recipient's sister). She consented to sharing it with your team.",
        atts=(
            Att(
                "known_donor_history.docx",
                DOCX,
                docx(
                    [
                        "NORTHSTAR DONOR BANK - Known donor medical history summary",
                        "Donor: Leila Haddad, DOB 1993-09-21 (sister of recipient Noor Haddad)",
                        "Personal history: migraine with aura (on propranolol), appendectomy 2010.",
                        "Family history: mother type 2 diabetes; maternal aunt breast cancer at 52 (BRCA testing negative).",
                        "Carrier screen: GJB2 carrier. Partner matching not applicable (recipient's husband screened negative).",
                    ]
                ),
            ),
        ),
    ),
]
