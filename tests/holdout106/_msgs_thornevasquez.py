"""Thorne Vasquez Reproductive Law LLP (thornevasquezlaw.com): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, typographic punctuation)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nThorne Vasquez Reproductive Law LLP\n77 W Wacker Dr, Suite 1850, Chicago IL 60601\n312-555-0190"
PRIV = (
    "\n\nPRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION. If you are not the intended recipient, "
    "please notify us at 312-555-0190 and delete this message."
)

ICS_HEARING = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Thorne Vasquez//Docket//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:tvl-2026FA0341-hearing@thornevasquezlaw.com\r\nDTSTAMP:20260317T150000Z\r\n"
    "DTSTART:20260409T143000Z\r\nDTEND:20260409T151500Z\r\n"
    "SUMMARY:Pre-birth parentage hearing - Ellison (gestational carrier) for Rao/Mehta; EDD 6/2\r\n"
    "DESCRIPTION:Carrier Maria Ellison, 23 weeks at hearing. IPs attend by Zoom. Bring clinic embryo transfer affidavit.\r\n"
    "LOCATION:Cook County Domestic Relations, Courtroom 3005\r\nORGANIZER:mailto:docket@thornevasquezlaw.com\r\n"
    "ATTENDEE:mailto:arjun.rao.chi@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_PARTNERS = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Thorne Vasquez//Admin//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:tvl-partners-20260319@thornevasquezlaw.com\r\nDTSTAMP:20260316T150000Z\r\n"
    "DTSTART:20260319T220000Z\r\nDTEND:20260319T233000Z\r\n"
    "SUMMARY:Partners meeting - Q2 budget, office lease, associate reviews\r\n"
    "LOCATION:Conference room B\r\nORGANIZER:mailto:admin@thornevasquezlaw.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="gestational carrier agreement draft with medical terms",
        notes="Draft agreement DOCX naming the carrier and intended parents with transfer plan, prior C-section and medication obligations.",
        frm="Marisol Vasquez <mvasquez@thornevasquezlaw.com>",
        to="counsel@lakeshorefamilylaw.com",
        subject="Rao/Mehta - Ellison GCA draft v3",
        body="Ben - v3 attached with our changes to sections 7 (medical) and 12 (selective reduction). Let me know if your client has comments by Friday."
        + SIG
        + PRIV,
        atts=(
            Att(
                "GCA_Ellison_RaoMehta_v3.docx",
                DOCX,
                docx(
                    [
                        "GESTATIONAL CARRIER AGREEMENT (DRAFT v3)",
                        "Carrier: Maria Ellison, 1742 W Cortland St, Chicago IL. Intended Parents: Arjun Rao and Vikram Mehta.",
                        "7.1 Carrier has had one prior cesarean delivery (2021) and was cleared by Bloomfield's MFM consult.",
                        "7.3 Carrier shall take estradiol and progesterone as prescribed from 14 days before transfer until 10 weeks.",
                        "7.5 No more than one euploid embryo shall be transferred per attempt.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pre-birth parentage petition PDF",
        notes="Petition PDF naming the carrier, intended parents, IVF transfer date and expected delivery.",
        frm="Docketing <docket@thornevasquezlaw.com>",
        to="efile@cookcountycourtfilings.org",
        subject="Filing: Petition to Establish Parentage (pre-birth)",
        body="Please find the petition for filing in the Domestic Relations Division. Filing fee paid by e-check.\n\nDocketing"
        + SIG,
        atts=(
            Att(
                "Petition_Parentage_Ellison.pdf",
                "application/pdf",
                pdf(
                    [
                        "THORNE VASQUEZ REPRODUCTIVE LAW LLP - Attorneys for Petitioners",
                        "IN RE THE PARENTAGE OF A CHILD TO BE BORN TO MARIA ELLISON",
                        "Petitioners Arjun Rao and Vikram Mehta are the intended parents.",
                        "On 10/14/2025 a single embryo created from Mr. Rao's sperm and donor eggs was",
                        "transferred to Ms. Ellison at Bloomfield Women's Health & Fertility.",
                        "Ms. Ellison is pregnant with an estimated due date of 06/02/2026.",
                    ],
                    "Petition - Ellison",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="parentage hearing calendar invite to intended parent",
        notes="Hard positive: a court calendar entry; the carrier's name, gestational age and due date sit in the ICS summary and description.",
        frm="Docketing <docket@thornevasquezlaw.com>",
        to="arjun.rao.chi@gmail.com",
        subject="Hearing date set - April 9",
        body="Arjun, the court set the pre-birth hearing for April 9 at 9:30. You and Vikram can appear by Zoom; details in the invite."
        + SIG,
        ics=ICS_HEARING,
    ),
    Spec(
        phi=True,
        category="delivery plan letter to hospital legal",
        notes="Letter telling the hospital a named carrier will deliver there around a date and who receives the baby.",
        frm="Marisol Vasquez <mvasquez@thornevasquezlaw.com>",
        to="riskmanagement@lakeviewmethodisthosp.org",
        subject="Gestational surrogacy delivery - Ms. Tasha Greene",
        body=(
            "Dear Risk Management,\n\nOur clients, intended parents Colin and Dara Whitley, are expecting a child carried by gestational "
            "carrier Tasha Greene (DOB 01/09/1994), who plans to deliver at Lakeview Methodist around April 18, 2026 (twin pregnancy, "
            "planned C-section). A pre-birth judgment is enclosed. Please note the carrier should be discharged to her own care and the "
            "infants to the Whitleys.\n\nMarisol Vasquez" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="forwarded carrier medical clearance to intended parents",
        notes="Attorney forwards the clinic's medical clearance of a named carrier to intended parents' personal mailbox.",
        frm="Jordan Thorne <jthorne@thornevasquezlaw.com>",
        to="whitley.dara@outlook.com",
        subject="Fwd: Medical clearance - Ms. Greene",
        body="Dara - good news, see below. We can now finalize the agreement.\n\nJordan",
        forward=Spec(
            phi=True,
            category="clinic clearance",
            notes="inner",
            frm="Third Party Team <thirdparty@bloomfieldwhf.com>",
            to="jthorne@thornevasquezlaw.com",
            subject="Medical clearance - Ms. Greene",
            body="Tasha Greene has completed her gestational carrier screening: normal hysteroscopy, negative infectious disease panel, BMI 27. Dr. Salgado clears her for transfer.",
        ),
    ),
    Spec(
        phi=True,
        category="escrow reimbursement for carrier OB visits",
        notes="Hard positive: a financial disbursement whose line items reveal the named carrier's OB visit and anatomy scan.",
        frm="Escrow Desk <escrow@thornevasquezlaw.com>",
        to="disbursements@trustbridgeescrow.com",
        subject="Disbursement request - Ellison account",
        body=(
            "Please disburse $385.00 to Maria Ellison from escrow account TB-22871 for:\n"
            "  02/26 OB visit copay (Northwestern OB)  $45\n  03/05 anatomy scan ultrasound coinsurance  $300\n  03/05 parking  $40\n\nReceipts on file.\nEscrow Desk"
        ),
    ),
    Spec(
        phi=True,
        category="carrier health plan review with member ID",
        notes="Insurance review naming the carrier, her member ID and a surrogacy maternity exclusion.",
        frm="Insurance Review <insurance@thornevasquezlaw.com>",
        to="reviews@ilsurrogacyinsurance-advisors.com",
        subject="Policy review - L. Hart",
        body=(
            "Carrier: Lisa Hart  Plan: BlueHarbor PPO Gold  Member ID BHX-771203994-01\n\n"
            "Section 9.4 excludes maternity services 'for a pregnancy under a surrogacy arrangement'. We recommend a "
            "backup surrogacy maternity policy before her transfer next month." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="terse matter update with prenatal screening",
        notes="Hard positive: carrier initials with matter name plus gestational age and NIPT result in shorthand.",
        frm="Marisol Vasquez <mvasquez@thornevasquezlaw.com>",
        to="counsel@lakeshorefamilylaw.com",
        subject="Ellison matter",
        body="M.E. 14w today, NIPT low risk, singleton. IPs want to file PBO in April. ok w/ you?\nMV",
    ),
    Spec(
        phi=True,
        category="birth certificate request to vital records",
        notes="Hard positive: vital-records paperwork that gives a named carrier's delivery date and hospital and the child's birth time.",
        frm="Docketing <docket@thornevasquezlaw.com>",
        to="vitalrecords@idph-illinois-records.org",
        subject="Judgment of parentage - birth record",
        body=(
            "Enclosed is the certified judgment of parentage. The child, a girl, was born March 14, 2026 at 04:12 at Northwestern "
            "Prentice to gestational carrier Rebecca Sloane. Please issue the original birth certificate naming intended parents Owen and "
            "Lauren Pak as parents.\n\nDocketing" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="miscarriage condolence to carrier with contract terms",
        notes="Attorney writes to the named carrier's Yahoo about her miscarriage and compensation owed.",
        frm="Jordan Thorne <jthorne@thornevasquezlaw.com>",
        to="rosa.villanueva84@yahoo.com",
        subject="Checking in",
        body=(
            "Dear Rosa,\n\nI was so sorry to hear about the miscarriage last week. Please take care of yourself. Under section 5.6 "
            "of your agreement you are still owed the monthly allowance through March and reimbursement for the D&C copay and any "
            "lost wages. Send me the bills whenever you are ready; there is no rush.\n\nWith sympathy,\nJordan"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="intake notes prospective carrier obstetric history",
        notes="TXT intake notes naming a prospective carrier with prior deliveries and preeclampsia.",
        frm="Intake <intake@thornevasquezlaw.com>",
        to="referrals@harborlightsurrogacy.com",
        subject="Intake call - carrier candidate",
        body="Notes from our consult attached. She may need an MFM opinion before the agency moves forward."
        + SIG,
        atts=(
            Att(
                "intake_Deshawna_Price.txt",
                "text/plain",
                "Consult 3/16/26 - Deshawna Price, 31, Joliet IL, 815-555-0188\nG3P3: SVD 2016, SVD 2018 (preeclampsia, delivered 36w), SVD 2021\nNo current meds. Tubal ligation 2021.\nWants to be a carrier for a same-sex couple.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="medical records zip to expert witness",
        notes="Zip of a named carrier's prenatal records sent to a retained expert in a dispute.",
        frm="Jordan Thorne <jthorne@thornevasquezlaw.com>",
        to="dr.kowalczyk@kowalczykmfmconsulting.com",
        subject="Records for your review - Greene v. Whitley",
        body="Dr. Kowalczyk,\n\nAs discussed, the carrier's prenatal records are attached. Key question: was the 32-week admission for cholestasis handled within the standard of care?\n\nJordan"
        + SIG
        + PRIV,
        atts=(
            Att(
                "Greene_prenatal_records.zip",
                "application/zip",
                zipped(
                    {
                        "Greene_T_prenatal_1.txt": "Tasha Greene DOB 1994-01-09. Di-di twins after FET. 28w: itching, bile acids 18.\n",
                        "Greene_T_admit_32w.txt": "Admitted 32w1d, bile acids 44, ursodiol 300 mg TID, betamethasone x2.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="frozen embryo disposition in divorce",
        notes="Hard positive: reads as divorce litigation, but names a couple with frozen embryos at a named clinic and the wife's chemotherapy.",
        frm="Marisol Vasquez <mvasquez@thornevasquezlaw.com>",
        to="ghalloran@halloranfamilylaw.com",
        subject="In re Marriage of Delacroix - embryos",
        body=(
            "Greg,\n\nOur client, Simone Delacroix, asks that the four vitrified embryos created with Étienne Delacroix at Bloomfield in 2023 "
            "not be thawed or discarded while the petition is pending. She completed chemotherapy in 2024 and these embryos are her only "
            "chance at a genetic child. We will seek a TRO if needed.\n\nMarisol" + SIG + PRIV
        ),
    ),
    Spec(
        phi=True,
        category="invoice time entries naming carrier's psych eval",
        notes="Hard positive: a legal invoice whose time entries name the carrier and reviewing her psychological evaluation and medical records.",
        frm="Billing <billing@thornevasquezlaw.com>",
        to="kpak.lauren@gmail.com",
        subject="Invoice 26-0312 - Pak matter",
        body=(
            "Invoice 26-0312\n\n02/20  0.8  JT  Review R. Sloane psychological evaluation (MMPI flagged mild anxiety), advise IPs\n"
            "02/24  1.2  JT  Review Sloane OB records re: 2019 placenta previa; revise sec. 7\n03/16  0.5  MV  Post-birth judgment call\n\n"
            "Total due: $1,215.00" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="carrier SSN and compensation tied to pregnancy",
        notes="Hard positive: reads as tax paperwork, but ties the carrier's SSN to her confirmed pregnancy on a 6-week ultrasound.",
        frm="Escrow Desk <escrow@thornevasquezlaw.com>",
        to="disbursements@trustbridgeescrow.com",
        subject="W-9 and payment start - Hart",
        body=(
            "Carrier Lisa Hart - SSN 412-68-3305 (for the 1099).\nHer base compensation of $4,000/month starts this month: "
            "fetal heartbeat was confirmed at her 6-week ultrasound on 03/10/2026.\nEscrow Desk"
        ),
    ),
    Spec(
        phi=True,
        category="HIV viral load only in attachment file name",
        notes="Hard positive: body says only 'for the file'; the PDF name and content give the intended father's HIV viral load.",
        frm="Jordan Thorne <jthorne@thornevasquezlaw.com>",
        to="files@harborlightsurrogacy.com",
        subject="for the file",
        body="For the file.\nJT",
        atts=(
            Att(
                "Nguyen_D_HIV_viral_load_IP_screening.pdf",
                "application/pdf",
                pdf(
                    [
                        "THORNE VASQUEZ REPRODUCTIVE LAW LLP - CLIENT DOCUMENT",
                        "Intended parent: Daniel Nguyen  DOB 05/30/1984",
                        "HIV-1 RNA viral load 02/28/2026: undetected (<20 copies/mL)",
                        "On bictegravir/emtricitabine/TAF since 2017. Sperm washing planned.",
                    ],
                    "IP screening - Nguyen",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="parentage notice to pediatrician",
        notes="Tells the pediatric practice a named baby's birth date and hospital and NICU stay, with parents' names.",
        frm="Jordan Thorne <jthorne@thornevasquezlaw.com>",
        to="newpatients@lincolnparkpediatrics.com",
        subject="New patient - Baby Girl Pak",
        body=(
            "Hello,\n\nOwen and Lauren Pak are the legal parents (judgment attached separately) of Baby Girl Pak, born 3/14/2026 at "
            "Northwestern Prentice via a gestational carrier. She spent 2 days in the NICU for low blood sugar and is now home. "
            "The parents would like a first visit this week; please list them, not the carrier, as guardians.\n\nJordan"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="HTML surrogacy update with anatomy scan",
        notes="HTML-only update to intended parents naming the carrier and her 20-week anatomy scan findings.",
        frm="Client Updates <updates@thornevasquezlaw.com>",
        to="c.whitley@icloud.com",
        subject="Your surrogacy journey: March update",
        body="",
        html=(
            "<html><body><p>Hi Colin and Dara,</p><p>Tasha's 20-week anatomy scan on March 12 showed both babies growing on track; "
            "Baby B has a small echogenic focus that Dr. Patel called a normal variant. Next MFM visit 3/26.</p>"
            "<p>Escrow balance: $41,200.</p><p>Thorne Vasquez Reproductive Law</p></body></html>"
        ),
    ),
    # ---------- not PHI ----------
    Spec(
        phi=False,
        category="HTML legislative update newsletter",
        notes="Newsletter on state surrogacy law changes; no individual.",
        frm="Thorne Vasquez Insights <insights@thornevasquezlaw.com>",
        to="subscribers@lists.thornevasquezlaw.com",
        subject="Michigan legalizes compensated surrogacy: what changes",
        body="",
        html=(
            "<html><body><h2>Legislative update</h2><p>Michigan's Assisted Reproduction and Surrogacy Parentage Act took effect "
            "April 1, 2025, ending the criminal ban on compensated surrogacy. Key points for intended parents and carriers...</p>"
            "<p><a href='https://thornevasquezlaw.com/insights'>Read more</a> | Unsubscribe</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="HTML CLE invite with hypothetical carrier",
        notes="Hard negative: CLE program with an explicitly hypothetical carrier's preeclampsia; no real person.",
        frm="Thorne Vasquez Events <events@thornevasquezlaw.com>",
        to="familylawsection@chicagobarassn.org",
        subject="CLE: When the carrier's health changes mid-journey",
        body="",
        html=(
            "<html><body><p><b>1.5 hours IL CLE</b>, April 22, noon.</p><p>Hypothetical: Carrier A (fictional) develops severe "
            "preeclampsia at 30 weeks and the intended parents disagree with her doctor's advice to deliver. Who decides?</p>"
            "<p>Panel: Marisol Vasquez, Jordan Thorne, and an MFM physician.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="blank gestational carrier agreement template",
        notes="Hard negative: template DOCX with placeholders for names and medical clauses; no data.",
        frm="Jordan Thorne <jthorne@thornevasquezlaw.com>",
        to="agencyrelations@harborlightsurrogacy.com",
        subject="2026 GCA template",
        body="Attached is our updated template with bracketed placeholders. Please don't pre-fill before sending to us."
        + SIG,
        atts=(
            Att(
                "GCA_template_2026.docx",
                DOCX,
                docx(
                    [
                        "GESTATIONAL CARRIER AGREEMENT (TEMPLATE)",
                        "Carrier: [CARRIER NAME], DOB [DOB]. Intended Parents: [IP NAMES].",
                        "7.1 Carrier's medical history: [PRIOR DELIVERIES / COMPLICATIONS].",
                        "7.3 Carrier shall take medications as prescribed by [CLINIC].",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="attorney bio with medical subject matter",
        notes="Hard negative: lawyer's bio mentions HIV-positive intended parents and embryo disputes as practice areas; no individual.",
        frm="Marketing <marketing@thornevasquezlaw.com>",
        to="profiles@superlawyersdirectory.com",
        subject="Profile update - Jordan Thorne",
        body="Jordan Thorne represents intended parents, gestational carriers and donors in Illinois and Wisconsin. His practice includes cases for HIV-positive intended parents using sperm washing, embryo disposition disputes in divorce, and pre-birth orders.",
    ),
    Spec(
        phi=False,
        category="year in review aggregate",
        notes="Hard negative: aggregate matter counts including twins and NICU births; no individual.",
        frm="Marisol Vasquez <mvasquez@thornevasquezlaw.com>",
        to="friends@lists.thornevasquezlaw.com",
        subject="Our 2025 by the numbers",
        body="2025: 212 matters closed, 94 babies born through our carrier agreements (14 sets of twins), 61 pre-birth orders granted. Thank you to the clinics and agencies we work with!"
        + SIG,
    ),
    Spec(
        phi=False,
        category="e-filing receipt with SSN-shaped number",
        notes="Hard negative: SSN-shaped string is a county e-filing receipt number.",
        frm="Docketing <docket@thornevasquezlaw.com>",
        to="accounting@thornevasquezlaw-cpa.com",
        subject="Filing fee receipt 604-38-1172",
        body="Receipt 604-38-1172 - Cook County e-filing fee $337.00, charged to the firm card. Please code to client costs.",
    ),
    Spec(
        phi=False,
        category="article on embryo personhood bills",
        notes="Hard negative: policy commentary about IVF and embryos; no individual.",
        frm="Marisol Vasquez <mvasquez@thornevasquezlaw.com>",
        to="op-eds@chicagotribunemedia.com",
        subject="Op-ed submission: embryo personhood and IVF",
        body="My 700-word op-ed is below.\n\nWhen a state declares frozen embryos to be children, IVF clinics stop thawing embryos for fear of wrongful-death suits...\n\nMarisol Vasquez, partner"
        + SIG,
    ),
    Spec(
        phi=False,
        category="MFA rollout IT notice",
        notes="IT notice; no health information.",
        frm="IT <it@thornevasquezlaw.com>",
        to="staff@thornevasquezlaw.com",
        subject="MFA on client portal starts Monday",
        body="Starting Monday the client portal and document system require MFA. Install the authenticator app before then. Help: x210.",
    ),
    Spec(
        phi=False,
        category="paralegal training with fictional client",
        notes="Hard negative: training exercise using clearly fictional parties and made-up medical facts.",
        frm="Jordan Thorne <jthorne@thornevasquezlaw.com>",
        to="paralegals@thornevasquezlaw.com",
        subject="Training exercise #4",
        body='Exercise: draft a pre-birth petition for FICTIONAL clients "Jane Sample" (carrier) and "John and Jim Example" (IPs). Assume a transfer on 1/1 and a due date of 9/20. All names and facts are invented - do not use real files.',
    ),
    Spec(
        phi=False,
        category="call scheduling with opposing counsel",
        notes="Scheduling only; no client or health information.",
        frm="Marisol Vasquez <mvasquez@thornevasquezlaw.com>",
        to="counsel@lakeshorefamilylaw.com",
        subject="call Thursday?",
        body="Ben, do you have 20 min Thursday after 3 to go over the drafts we exchanged? -M",
    ),
    Spec(
        phi=False,
        category="partners meeting invite",
        notes="Internal meeting invite; no health information.",
        frm="Firm Admin <admin@thornevasquezlaw.com>",
        to="partners@thornevasquezlaw.com",
        subject="Partners meeting 3/19",
        body="Agenda in the invite. Lunch provided.",
        ics=ICS_PARTNERS,
    ),
    Spec(
        phi=False,
        category="billing by matter type workbook",
        notes="Hard negative: multi-sheet workbook of fees and counts by matter type; no clients.",
        frm="Billing <billing@thornevasquezlaw.com>",
        to="cfo@thornevasquezlaw-cpa.com",
        subject="Q1 revenue by practice area",
        body="Q1 numbers attached for the tax estimate.",
        atts=(
            Att(
                "Q1_revenue.xlsx",
                XLSX,
                xlsx(
                    {
                        "By matter type": [
                            ["Matter type", "Matters", "Fees"],
                            ["Gestational carrier agreements", 41, 143500],
                            ["Donor agreements", 38, 32300],
                            ["Parentage orders", 29, 72500],
                        ],
                        "By state": [["State", "Matters"], ["IL", 77], ["WI", 19], ["IN", 12]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="expert witness retention with NPI",
        notes="Hard negative: retaining a physician expert by name, specialty and NPI; no patient.",
        frm="Jordan Thorne <jthorne@thornevasquezlaw.com>",
        to="dr.kowalczyk@kowalczykmfmconsulting.com",
        subject="Retention letter",
        body="Dr. Kowalczyk,\n\nThank you for agreeing to serve as our maternal-fetal medicine expert. For our conflict records we have you as Anna Kowalczyk MD, MFM, NPI: 1136479643. Retainer $5,000; rate $650/hour. Records will follow separately.\n\nJordan"
        + SIG,
    ),
    Spec(
        phi=False,
        category="CLE attendance list CSV",
        notes="Attorney names and bar numbers for CLE reporting; no health information.",
        frm="Firm Admin <admin@thornevasquezlaw.com>",
        to="mcle@iardc-reporting.org",
        subject="Attendance - in-house CLE 3/12",
        body="Attendance for our accredited in-house program attached.",
        atts=(
            Att(
                "cle_attendance_0312.csv",
                "text/csv",
                "attorney,ardc_number,hours\nMarisol Vasquez,6301842,1.5\nJordan Thorne,6288105,1.5\nAisha Bello,6340017,1.5\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="paralegal job posting",
        notes="Hard negative: job ad mentioning medical records review and pre-birth orders; no individual.",
        frm="Hiring <careers@thornevasquezlaw.com>",
        to="jobs@illinoisparalegalassn.org",
        subject="Posting: Assisted Reproduction Paralegal",
        body="Paralegal, assisted reproduction practice. Draft pre-birth petitions, coordinate carrier medical records reviews and escrow. HIPAA training provided. 2+ years family law.",
    ),
    Spec(
        phi=False,
        category="fee schedule PDF",
        notes="Firm fee schedule; no individual.",
        frm="Billing <billing@thornevasquezlaw.com>",
        to="agencyrelations@harborlightsurrogacy.com",
        subject="2026 flat fees",
        body="Our 2026 flat-fee schedule is attached for your intake packets." + SIG,
        atts=(
            Att(
                "TVL_fees_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "THORNE VASQUEZ REPRODUCTIVE LAW LLP - 2026 FLAT FEES",
                        "Intended parent GCA representation: $3,500",
                        "Carrier-side review: $1,000 (paid by IPs)",
                        "Pre-birth parentage order (IL): $2,500 plus court costs",
                    ],
                    "TVL fees 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="insurance review service offer to agency",
        notes="Hard negative: describes reviewing carriers' health plans in general; no individual.",
        frm="Insurance Review <insurance@thornevasquezlaw.com>",
        to="director@harborlightsurrogacy.com",
        subject="Carrier insurance reviews",
        body="We now offer flat-fee reviews of a carrier's health plan for surrogacy exclusions ($275). Most ACA marketplace plans cover maternity, but employer plans increasingly exclude it. Happy to walk your team through common exclusion language."
        + SIG,
    ),
    Spec(
        phi=False,
        category="internship reply to law student",
        notes="Reply to a law student's personal email about an internship; no health information.",
        frm="Marisol Vasquez <mvasquez@thornevasquezlaw.com>",
        to="tpham.lawstudent@gmail.com",
        subject="Re: summer internship",
        body="Hi Thu, thanks for reaching out. We take one summer clerk; applications close April 1. Send a resume and a writing sample to careers@thornevasquezlaw.com.\n\nMarisol",
    ),
    Spec(
        phi=False,
        category="forwarded court e-filing maintenance notice",
        notes="Forward of a court system maintenance notice; no individual.",
        frm="Docketing <docket@thornevasquezlaw.com>",
        to="paralegals@thornevasquezlaw.com",
        subject="Fwd: e-filing outage Saturday",
        body="FYI - plan Friday filings accordingly.",
        forward=Spec(
            phi=False,
            category="court notice",
            notes="inner",
            frm="Clerk eFiling <noreply@cookcountycourtfilings.org>",
            to="docket@thornevasquezlaw.com",
            subject="e-filing outage Saturday",
            body="The e-filing system will be unavailable Saturday 6:00-14:00 for maintenance.",
        ),
    ),
    Spec(
        phi=False,
        category="contract paralegal hours to personal mailbox",
        notes="Reply to a contractor's personal Gmail about her invoice hours; no health information.",
        frm="Billing <billing@thornevasquezlaw.com>",
        to="renee.castillo.para@gmail.com",
        subject="Re: February hours",
        body="Hi Renee, 42.5 hours approved for February. Payment goes out Friday. Thanks!",
    ),
]
