"""Open Hands Health Assistance Fund (charity care programme): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

OHF = "Open Hands Health Assistance Fund <help@openhandsfund.org>"
SIG = "\n\nOpen Hands Health Assistance Fund\n510 Cooper Street, Suite 3, Harlan Falls, OH 45871\n(937) 555-0180 | openhandsfund.org"
CONF = "\n\nCONFIDENTIALITY: This message may contain confidential information intended only for the addressee."

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Summary of Care - financial assistance application</title>
  <recordTarget><patientRole><id extension="M00744018" root="2.16.840.1.113883.19.5.99999.2"/>
    <addr><streetAddressLine>12 Tanner Court</streetAddressLine><city>Sidney</city><state>OH</state><postalCode>45365</postalCode></addr>
    <patient><name><given>Ravinder</given><family>Sethi</family></name><birthTime value="19630817"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section><title>Problems</title>
    <text>N18.6 End stage renal disease; I12.0 Hypertensive CKD with stage 5 CKD; AV fistula creation 02/2026</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

FHIR_COVERAGE = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "ohf-a-26-0388", "name": [{"family": "Haynes", "given": ["Latrice"]}], "birthDate": "1996-01-29", "telecom": [{"system": "phone", "value": "937-555-0175"}]}},
    {"resource": {"resourceType": "Coverage", "status": "active", "beneficiary": {"reference": "Patient/ohf-a-26-0388"}, "payor": [{"display": "Open Hands Health Assistance Fund"}], "class": [{"type": {"text": "program"}, "value": "NICU family assistance"}], "period": {"start": "2026-03-01", "end": "2026-08-31"}}}
  ]
}"""

FHIR_QUESTIONNAIRE = """{
  "resourceType": "Questionnaire",
  "id": "ohf-intake-v5",
  "status": "draft",
  "title": "Open Hands assistance intake (blank form definition)",
  "item": [
    {"linkId": "1", "text": "Applicant full name", "type": "string"},
    {"linkId": "2", "text": "Date of birth", "type": "date"},
    {"linkId": "3", "text": "Diagnosis or treatment for which help is requested", "type": "string"},
    {"linkId": "4", "text": "Household income (monthly)", "type": "decimal"}
  ]
}"""

MESSAGES = [
    Spec(
        phi=True,
        category="assistance approval letter to applicant",
        notes="Approval letter PDF to the applicant's gmail naming him, his hospital account and the heart catheterization balance covered.",
        frm=OHF,
        to="dennis.barlow.oh@gmail.com",
        subject="Your Open Hands application has been approved",
        body="Dear Mr. Barlow,\n\nGood news - your application was approved. Your approval letter is attached; we have also notified Riverbend's billing office, so you do not need to pay the balance while they adjust it."
        + SIG,
        atts=(
            Att(
                "OHF_Approval_A-26-0371.pdf",
                "application/pdf",
                pdf(
                    [
                        "OPEN HANDS HEALTH ASSISTANCE FUND - APPROVAL",
                        "Applicant: Dennis Barlow   Application A-26-0371",
                        "Provider: Riverbend Regional Medical Center, account 40087190",
                        "Service: cardiac catheterization with stent placement, 01/22/2026",
                        "Award: $12,880.50 (100% of patient balance)",
                    ],
                    "Approval letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="assistance denial letter to applicant",
        notes="Denial email to the applicant's personal address naming her and her appendectomy bill.",
        frm=OHF,
        to="s.marquardt@hotmail.com",
        subject="Update on your application A-26-0402",
        body="Dear Sonja Marquardt,\n\nThank you for applying for help with the bill from your appendectomy at Riverbend on January 9. We're sorry to tell you that your household income ($71,400 for a household of two) is above our program limit of 400% of the poverty guidelines.\n\nYou may still qualify for a payment plan or a partial discount through the hospital. Call Riverbend Financial Counseling at (937) 555-0142.\n\nWith regret,\nOpen Hands Case Review"
        + SIG,
    ),
    Spec(
        phi=True,
        category="missing document note to applicant's daughter",
        notes="Hard positive: the patient is identified only as the recipient Rosa's mom, yet the note reveals her kidney transplant and grant application.",
        frm="Joy Castellanos <jcastellanos@openhandsfund.org>",
        to="rosa.m.ibarra@gmail.com",
        subject="one more pay stub",
        body="Hi Rosa,\n\nYour mom's paperwork for the transplant travel grant is almost complete - we're only missing her most recent pay stub (or a letter saying she's on leave since the kidney transplant). Snap a photo and reply here.\n\nJoy\nCase Manager, Open Hands",
    ),
    Spec(
        phi=True,
        category="pharmacy grant payment file with drugs",
        notes="CSV to a partner pharmacy listing grantees, DOBs and the drugs (insulin, HIV antiretroviral) the fund is paying for.",
        frm="Grants Payable <grants@openhandsfund.org>",
        to="billing@millraceapothecary.com",
        subject="March copay grant payments",
        body="Attached are the copay grants we're paying for March. Check #20411 mailed today for the total ($1,163.00)."
        + SIG,
        atts=(
            Att(
                "ohf_pharmacy_grants_2026-03.csv",
                "text/csv",
                "grantee,dob,rx,qty,grant_amount\n"
                "Ellsworth Tanya,1984-06-02,insulin glargine 100u/mL pen,5 pens,420.00\n"
                "Mbatha Sipho,1977-12-19,bictegravir/emtricitabine/tenofovir AF,30 tabs,500.00\n"
                "Rooney Clare,1990-03-15,albuterol HFA + fluticasone,1 each,243.00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA summary forwarded to caseworker",
        notes="Hard positive: the body is one line; the C-CDA attachment carries name, MRN, address, DOB and end-stage renal disease.",
        frm="Joy Castellanos <jcastellanos@openhandsfund.org>",
        to="caseworker@shelbycountyjfs.org",
        subject="doc for the joint application",
        body="As discussed - the summary of care the hospital sent us, for the joint Medicaid/assistance file.\n\nJoy",
        atts=(Att("summary_of_care.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="FHIR enrolment bundle to hospital",
        notes="Hard positive: FHIR bundle with a patient's name, DOB, phone and NICU family assistance coverage; body is technical.",
        frm="Systems <systems@openhandsfund.org>",
        to="interfaces@riverbendregional.org",
        subject="Coverage feed - first live record",
        body="First live record from our new coverage feed, as you asked, so you can confirm the Coverage.class mapping works on your side.",
        atts=(Att("coverage_A-26-0388.json", "application/fhir+json", FHIR_COVERAGE),),
    ),
    Spec(
        phi=True,
        category="case committee agenda to external volunteers",
        notes="Hard positive: committee agenda DOCX sent to an external Google group of volunteers, listing first names with surname initials, ages, towns and diagnoses.",
        frm="Case Review <casereview@openhandsfund.org>",
        to="ohf-committee-volunteers@googlegroups.com",
        subject="Thursday case committee packet",
        body="Packet for Thursday at 6:30. Please don't print it; delete after the meeting." + CONF,
        atts=(
            Att(
                "case_committee_2026-03-19.docx",
                DOCX,
                docx(
                    [
                        "Open Hands Case Committee - March 19, 2026",
                        "A-26-0412  Marisol T., 34, Sidney - metastatic breast cancer, chemo balance $18,400; requesting full award.",
                        "A-26-0415  Gerald W., 61, Wapakoneta - COPD with home oxygen, DME rental arrears $2,150.",
                        "A-26-0419  Aaliyah R., 19, Lima - type 1 diabetes, insulin pump supplies $3,900; student, no income.",
                        "A-26-0420  Bernard K., 72, Harlan Falls - hospice at home, caregiver respite grant.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rent assistance letter to landlord",
        notes="Hard positive: letter to a landlord reveals that the named tenant is receiving dialysis and rent help from the medical fund.",
        frm="Joy Castellanos <jcastellanos@openhandsfund.org>",
        to="office@pinecrestapartments-lima.com",
        subject="Rent payment for Darnell Price, unit 14B",
        body="Hello,\n\nOpen Hands will pay April and May rent ($735/month) for your tenant Darnell Price, unit 14B, while he is out of work for dialysis three times a week. Checks will come directly from us by the 3rd of each month. Please contact me rather than Mr. Price about these payments.\n\nJoy Castellanos\nCase Manager"
        + SIG,
    ),
    Spec(
        phi=True,
        category="patient story draft to newsletter editor",
        notes="Hard positive: donor-newsletter draft naming a grantee, her leukemia and bone marrow transplant; consented or not, it is identifiable health information.",
        frm="Development <development@openhandsfund.org>",
        to="editor@brightleafdesignstudio.com",
        subject="Spring newsletter - feature story text",
        body="Feature text below; photo to follow once she signs the release.\n\n'When Hayley Drummond, 29, of Sidney, was diagnosed with acute myeloid leukemia last summer, her first question wasn't about chemotherapy - it was how she'd pay rent during a bone marrow transplant. Open Hands covered four months of her housing and her transplant copays at Riverbend...'\n\nRenee Okonkwo, Development Director",
    ),
    Spec(
        phi=True,
        category="intake interview invite for cancer assistance",
        notes="Calendar invite to an applicant's personal email naming her and the cancer treatment assistance intake.",
        frm="Intake <intake@openhandsfund.org>",
        to="latoya.brisbane@yahoo.com",
        subject="Your intake interview - Monday 10:00",
        body="Hi Latoya,\n\nYour phone intake for the cancer treatment assistance program is booked for Monday at 10:00. Have your radiation oncology bills and last 30 days of pay stubs nearby.\n\nOpen Hands Intake",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Open Hands//Intake//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:intake-a260431@openhandsfund.org\r\nDTSTAMP:20260316T170000Z\r\nDTSTART:20260323T140000Z\r\nDTEND:20260323T144500Z\r\nSUMMARY:Phone intake - Latoya Brisbane - cancer treatment assistance\r\nORGANIZER:mailto:intake@openhandsfund.org\r\nATTENDEE:mailto:latoya.brisbane@yahoo.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="grant disbursement workbook to funder",
        notes="Multi-sheet disbursement report to a funding foundation listing grantee names, conditions and amounts.",
        frm="Grants Payable <grants@openhandsfund.org>",
        to="programofficer@maplewoodfoundation.org",
        subject="Q1 disbursement report (restricted grant 2025-14)",
        body="Dear Ms. Adeyemi,\n\nAs required under grant 2025-14, attached is the Q1 disbursement detail. Names are included because section 6 of the agreement requires grantee-level reporting.\n\nRenee Okonkwo",
        atts=(
            Att(
                "OHF_Q1_2026_disbursements.xlsx",
                XLSX,
                xlsx(
                    {
                        "Detail": [
                            ["Grantee", "Town", "Condition", "Provider", "Amount"],
                            [
                                "Quintero, Alma",
                                "Harlan Falls",
                                "Ovarian cancer",
                                "Riverbend Cancer Center",
                                6410.0,
                            ],
                            [
                                "Kowalczyk, Irena",
                                "Lima",
                                "Bipolar disorder, inpatient",
                                "Riverbend Behavioral Health",
                                3975.0,
                            ],
                            [
                                "Haynes, Latrice",
                                "Sidney",
                                "Premature infant (NICU)",
                                "Riverbend NICU",
                                21440.75,
                            ],
                        ],
                        "Totals": [["Grantees", "Amount"], [3, 31825.75]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="insurance card image forwarded to hospital",
        notes="Hard positive: PNG file named after the applicant ('card_front_Begay_L'); the body ties it to her outpatient surgery account.",
        frm="Intake <intake@openhandsfund.org>",
        to="fincounsel@riverbendregional.org",
        subject="card image for acct 40094417",
        body="She uploaded a new marketplace card this morning - front attached. Can you bill the plan for the 2/26 outpatient surgery before we decide on the award?",
        atts=(Att("card_front_Begay_L.png", "image/png", png(10, 6, (210, 225, 240))),),
    ),
    Spec(
        phi=True,
        category="approval referral back to hospital with MRN",
        notes="Approval notice to the hospital's financial counseling naming the patient, MRN and psychiatric admission dates.",
        frm="Case Review <casereview@openhandsfund.org>",
        to="fincounsel@riverbendregional.org",
        subject="Approved: Kowalczyk, Irena (M00158221)",
        body="Teresa,\n\nIrena Kowalczyk (MRN M00158221) is approved for 100% of the inpatient psychiatry balance, DOS 01/12-01/26/2026, $3,975.00. Payment will post within 10 business days; please hold the account from statements.\n\nCase Review Committee"
        + SIG,
    ),
    Spec(
        phi=True,
        category="terse write-off approval with account and dates",
        notes="Hard positive: no name, but account number, admission dates and a 100% charity write-off approval identify a patient's care and payment.",
        frm="Joy Castellanos <jcastellanos@openhandsfund.org>",
        to="selfpay@riverbendregional.org",
        subject="RE: 40092281",
        body="approved - 100% write-off, DOS 2/11-2/14, acct 40092281. letter to pt went out today.\n\nJ",
    ),
    Spec(
        phi=True,
        category="hardship narrative document to hospital",
        notes="DOCX hardship statement in the applicant's words naming her and her husband Peter, his ALS, feeding tube and pneumonia hospital bill.",
        frm="Intake <intake@openhandsfund.org>",
        to="fincounsel@riverbendregional.org",
        subject="Hardship statement for the Voss application",
        body="Her hardship statement is attached for your presumptive-charity file.",
        atts=(
            Att(
                "hardship_statement_Voss.docx",
                DOCX,
                docx(
                    [
                        "Hardship statement - Annika Voss, 3310 Lindell Rd, Sidney OH",
                        "My husband Peter was diagnosed with ALS in 2024. Since October he needs a feeding tube and a BiPAP machine at night, and I left my job to care for him.",
                        "The bill from his hospital stay in December for pneumonia is $9,310 and we cannot pay it.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="seizure medication help note to school nurse",
        notes="Note to a school nurse naming a student and his seizure medication assistance.",
        frm="Joy Castellanos <jcastellanos@openhandsfund.org>",
        to="nurse@harlanfallsmiddle.org",
        subject="Jaylen Moore - rescue medication",
        body="Hi Mrs. Patel,\n\nHis mother asked me to let you know that Open Hands has approved a grant for Jaylen Moore's levetiracetam and the nasal midazolam rescue spray, so the school supply should be delivered by the pharmacy next week. She signed our release to share this with you.\n\nJoy Castellanos, Case Manager",
    ),
    Spec(
        phi=True,
        category="headerless approvals export text file",
        notes="Hard positive: TXT export of headerless rows (names, DOBs, programme codes for oncology and dialysis) sent to the accounting firm.",
        frm="Grants Payable <grants@openhandsfund.org>",
        to="ohf-engagement@dunmoreandpaulcpa.com",
        subject="approvals export for your testing",
        body="The export you asked for, pulled straight from the case system.",
        atts=(
            Att(
                "approvals_export_0316.txt",
                "text/plain",
                "A-26-0371|BARLOW DENNIS|1959-10-03|CARD|12880.50\n"
                "A-26-0388|HAYNES LATRICE|1996-01-29|NICU|21440.75\n"
                "A-26-0395|SETHI RAVINDER|1963-08-17|DIAL|4302.00\n"
                "A-26-0399|QUINTERO ALMA|1970-11-21|ONC|6410.00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="income verification request to employer",
        notes="Income verification to the applicant's employer reveals she applied for cancer treatment assistance.",
        frm="Intake <intake@openhandsfund.org>",
        to="hr@wapakwoodworks.com",
        subject="Employment verification - Latoya Brisbane",
        body="Hello,\n\nLatoya Brisbane has applied to Open Hands for help with costs of her cancer treatment and authorized us to verify her employment. Could you confirm her hire date, hourly wage and average weekly hours? A signed authorization is attached to our portal request #OHF-EV-2210.\n\nThank you,\nOpen Hands Intake"
        + SIG,
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="donor impact newsletter",
        notes="HTML-only donor newsletter with aggregate impact numbers; no individual.",
        frm="Open Hands <news@openhandsfund.org>",
        to="donors@lists.openhandsfund.org",
        subject="You helped 1,204 neighbors last year",
        body="",
        html="<html><body><h1>Thank you</h1><p>In 2025 your gifts helped <b>1,204</b> people in our five counties pay medical bills, including 311 people in cancer treatment and 96 families with a baby in the NICU.</p><p>Average award: $2,860. 94 cents of every dollar went directly to patient bills.</p><p><a href='https://openhandsfund.org/give'>Give again</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="annual report tables by diagnosis category",
        notes="Hard negative: multi-sheet workbook of award counts by diagnosis category and county; aggregate only.",
        frm="Development <development@openhandsfund.org>",
        to="editor@brightleafdesignstudio.com",
        subject="Annual report tables - final numbers",
        body="Final numbers for the annual report charts. No changes to the layout.",
        atts=(
            Att(
                "OHF_2025_annual_tables.xlsx",
                XLSX,
                xlsx(
                    {
                        "By diagnosis category": [
                            ["Category", "Awards", "Amount"],
                            ["Cancer", 311, 1204110],
                            ["Kidney disease", 142, 388950],
                            ["Mental health", 118, 301200],
                            ["Maternity/NICU", 96, 612400],
                        ],
                        "By county": [
                            ["County", "Awards"],
                            ["Allen", 402],
                            ["Auglaize", 188],
                            ["Shelby", 251],
                            ["Mercer", 160],
                            ["Logan", 203],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="eligibility policy with example fields",
        notes="Hard negative: eligibility policy DOCX listing the data fields collected and sample wording; no person.",
        frm="Executive Director <director@openhandsfund.org>",
        to="board@openhandsfund.org",
        subject="Eligibility policy v7 for Thursday's vote",
        body="Board members - the redlined eligibility policy for Thursday. Main change: raising the income limit from 300% to 400% FPL.\n\nCarlos Mendes\nExecutive Director",
        atts=(
            Att(
                "OHF_eligibility_policy_v7.docx",
                DOCX,
                docx(
                    [
                        "Open Hands Health Assistance Fund - Eligibility Policy v7",
                        "3. Applicants provide: full name, date of birth, address, household size and income, the provider and account number, and a description of the diagnosis or treatment.",
                        "4. Income limit: 400% of the federal poverty guidelines.",
                        "5. Awards are paid directly to providers, pharmacies or landlords, never to applicants.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="volunteer orientation invite",
        notes="Calendar invite for volunteer orientation; no patient.",
        frm="Volunteer Coordinator <volunteers@openhandsfund.org>",
        to="marcy.feldstein@gmail.com",
        subject="Invitation: Volunteer orientation, March 28",
        body="Hi Marcy,\n\nWelcome aboard! Orientation covers our programs, confidentiality training, and how to help applicants with forms.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Open Hands//Volunteers//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:orientation-20260328@openhandsfund.org\r\nDTSTAMP:20260316T171500Z\r\nDTSTART:20260328T140000Z\r\nDTEND:20260328T163000Z\r\nSUMMARY:Volunteer orientation\r\nLOCATION:510 Cooper Street, Suite 3\r\nORGANIZER:mailto:volunteers@openhandsfund.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="foundation grant proposal with composite vignette",
        notes="Hard negative: grant proposal with an explicitly composite, non-identifiable client vignette and aggregate data.",
        frm="Development <development@openhandsfund.org>",
        to="grants@tristatecommunitytrust.org",
        subject="Proposal: rural dialysis transportation fund",
        body="Dear Review Committee,\n\nOpen Hands requests $85,000 to expand transportation help for dialysis patients in Mercer and Auglaize counties. Last year 142 of our kidney patients reported missing at least one treatment for lack of a ride.\n\nA typical client (a composite, not a real person): a man in his sixties, living 40 minutes from the nearest unit, who no longer drives. Three round trips a week cost him more than his monthly food budget.\n\nFull proposal attached on your portal.\n\nRenee Okonkwo, Development Director",
    ),
    Spec(
        phi=False,
        category="medical advisory board bios",
        notes="Hard negative: clinician bios naming physicians with their specialties and disease interests; no patient.",
        frm="Development <development@openhandsfund.org>",
        to="editor@brightleafdesignstudio.com",
        subject="Advisory board bios for the website",
        body="Bios for the new advisory board page:\n\nDr. Imani Roberts, MD - hematologist-oncologist at Riverbend Cancer Center; her research focuses on financial toxicity in patients with multiple myeloma and lymphoma.\n\nDr. Pavel Horak, DO (NPI 1760599997) - nephrologist; medical director of Lakeview Dialysis, interested in home hemodialysis access in rural Ohio.\n\nSister Mary Callahan, RN - retired NICU nurse and founding board member.",
    ),
    Spec(
        phi=False,
        category="fund closure notice to providers",
        notes="Hard negative: notice that a disease-specific fund is closed to new applicants; no individual.",
        frm="Open Hands <help@openhandsfund.org>",
        to="financialcounselors@lists.openhandsfund.org",
        subject="CML and myeloma copay fund closed to new applicants",
        body="Financial counselors,\n\nOur oral chemotherapy copay fund (CML, multiple myeloma) has reached its 2026 allocation and is closed to new applicants as of March 16. Current grantees are not affected. The general medical bills fund remains open.\n\nPlease point patients to the manufacturer assistance list on our website."
        + SIG,
    ),
    Spec(
        phi=False,
        category="audit engagement letter acknowledgement",
        notes="Vendor mail acknowledging an audit engagement; no patient.",
        frm="Finance <finance@openhandsfund.org>",
        to="ohf-engagement@dunmoreandpaulcpa.com",
        subject="RE: FY2025 audit engagement letter",
        body="Signed engagement letter returned via DocuSign. Fieldwork April 13-17 works for us; we'll reserve the conference room.\n\nHelen Greaves\nFinance Manager",
    ),
    Spec(
        phi=False,
        category="de-identified research extract to university",
        notes="Hard negative: de-identified CSV (age band, 3-digit ZIP, diagnosis category, award) for a university study under a data use agreement.",
        frm="Executive Director <director@openhandsfund.org>",
        to="finance-toxicity-study@osu-research.edu",
        subject="De-identified extract for the financial toxicity study",
        body="Per our data use agreement, the de-identified 2025 extract. Direct identifiers removed; ZIP truncated to 3 digits; dates reduced to year.\n\nCarlos",
        atts=(
            Att(
                "ohf_2025_deid.csv",
                "text/csv",
                "study_id,year,age_band,zip3,dx_category,award_usd,household_size\n"
                "S0001,2025,30-39,458,Cancer,4200,3\n"
                "S0002,2025,60-69,453,Kidney disease,1800,2\n"
                "S0003,2025,18-29,458,Maternity/NICU,9600,4\n"
                "S0004,2025,50-59,457,Mental health,2150,1\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CRM sandbox test applicant",
        notes="Hard negative: vendor support mail about a clearly fake test applicant record in the CRM sandbox.",
        frm="Systems <systems@openhandsfund.org>",
        to="support@grantwisecrm.com",
        subject="Sandbox: test applicant record won't save",
        body="In the sandbox, the record 'TEST APPLICANT - DO NOT PROCESS' (fake data, DOB 01/01/1900, diagnosis field 'test') throws error E-442 on save. Production is fine. Can you check the sandbox validation rules?\n\nOpen Hands Systems",
    ),
    Spec(
        phi=False,
        category="office move notice with new numbers",
        notes="Office move and new phone numbers; no patient.",
        frm="Open Hands <help@openhandsfund.org>",
        to="partners@lists.openhandsfund.org",
        subject="We're moving - new address from April 6",
        body="From April 6 our office moves to 510 Cooper Street, Suite 3 (ground floor, accessible entrance on Elm). New numbers: intake (937) 555-0181, case managers (937) 555-0182, fax (937) 555-0189."
        + SIG,
    ),
    Spec(
        phi=False,
        category="job posting for patient navigator",
        notes="Hard negative: job posting describing work with cancer and dialysis patients; no individual.",
        frm="Executive Director <director@openhandsfund.org>",
        to="listings@ohiononprofitjobs.org",
        subject="Posting: Bilingual Patient Navigator",
        body="Bilingual Patient Navigator (Spanish/English), full time\n\nHelp applicants with cancer, kidney disease and other serious illnesses complete assistance applications, gather bills and income documents, and connect with hospital financial counselors. Experience with Medicaid and marketplace enrollment preferred. $44,000-$50,000.",
    ),
    Spec(
        phi=False,
        category="gala invitation honoring clinician",
        notes="Hard negative: gala invitation honouring a clinician for sickle cell work; no patient.",
        frm="Development <development@openhandsfund.org>",
        to="friends@lists.openhandsfund.org",
        subject="Join us: Open Hands Spring Gala honoring Dr. Imani Roberts",
        body="",
        html="<html><body><h2>Spring Gala - Saturday, May 2</h2><p>This year we honor <b>Dr. Imani Roberts</b>, hematologist at Riverbend Cancer Center, for fifteen years of care for adults with sickle cell disease and for starting the county's first free transfusion transportation program.</p><p>Tickets $125. <a href='https://openhandsfund.org/gala'>RSVP</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="press release on transportation programme",
        notes="Hard negative: press release about a dialysis ride programme with aggregate figures only.",
        frm="Development <development@openhandsfund.org>",
        to="news@harlanfallscourier.com",
        subject="Press release: Open Hands launches dialysis ride program",
        body="FOR IMMEDIATE RELEASE\n\nHARLAN FALLS, Ohio - Open Hands Health Assistance Fund today launched Ride to Treatment, which pays for rides to dialysis for low-income residents of five counties. The fund expects to provide 6,000 rides in its first year.\n\nMedia contact: Renee Okonkwo, (937) 555-0183",
    ),
    Spec(
        phi=False,
        category="donation receipt to donor",
        notes="Tax receipt to a donor's personal mailbox; the donor is not a patient and no health information appears.",
        frm="Finance <finance@openhandsfund.org>",
        to="gloria.henneman@comcast.net",
        subject="Your donation receipt",
        body="Dear Gloria Henneman,\n\nThank you for your gift of $250.00 received March 12, 2026 (check #3318). No goods or services were provided in exchange for this contribution. Open Hands is a 501(c)(3) organization, EIN 31-4471920.\n\nWith gratitude,\nHelen Greaves, Finance Manager",
    ),
    Spec(
        phi=False,
        category="forwarded FPL threshold update from hospital",
        notes="Hard negative: forward of a hospital partner's general notice about 2026 poverty guideline thresholds.",
        frm="Executive Director <director@openhandsfund.org>",
        to="casemanagers@openhandsfund.org",
        subject="FW: 2026 FPL table effective April 1",
        body="Please switch to the new table for applications received on or after April 1.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="PFS Director <pfs.director@riverbendregional.org>",
            to="director@openhandsfund.org",
            subject="2026 FPL table effective April 1",
            body="Carlos,\n\nRiverbend will apply the 2026 federal poverty guidelines to financial assistance applications from April 1. Household of 1: $15,960; each additional person: $5,680. Our 200% / 400% cut-offs follow.\n\nBeatrice",
        ),
    ),
    Spec(
        phi=False,
        category="blank application form PDF",
        notes="Hard negative: blank application form PDF with empty fields for name, DOB and diagnosis.",
        frm="Open Hands <help@openhandsfund.org>",
        to="frontdesk@mercercountyhealthclinic.org",
        subject="Updated application form (2026)",
        body="Please replace the forms in your waiting room with the attached 2026 version.",
        atts=(
            Att(
                "OHF_application_2026_blank.pdf",
                "application/pdf",
                pdf(
                    [
                        "OPEN HANDS HEALTH ASSISTANCE FUND - APPLICATION FOR ASSISTANCE (2026)",
                        "Name: ______________________   Date of birth: ___/___/______",
                        "Address: ____________________________________________",
                        "Diagnosis or treatment: ______________________________",
                        "Provider and account number: _________________________",
                    ],
                    "Blank application",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="brand assets zip to design studio",
        notes="Zip of logo files and colour specs for a design vendor.",
        frm="Development <development@openhandsfund.org>",
        to="studio@brightleafdesignstudio.com",
        subject="Logo files for the annual report",
        body="Logos and colour specs attached.",
        atts=(
            Att(
                "OHF_brand_assets.zip",
                "application/zip",
                zipped(
                    {
                        "ohf_logo_teal.png": png(4, 4, (0, 128, 128)),
                        "ohf_logo_white.png": png(4, 4, (255, 255, 255)),
                        "colors.txt": "Teal #008080\nSand #E8DCC4\nCharcoal #333333\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR Questionnaire intake definition",
        notes="Hard negative: blank FHIR Questionnaire definition with field names (name, DOB, diagnosis) and no answers.",
        frm="Systems <systems@openhandsfund.org>",
        to="support@grantwisecrm.com",
        subject="Questionnaire resource for the new intake form",
        body="Here's the Questionnaire definition for the new intake form. Can you confirm your importer handles linkId strings?",
        atts=(Att("ohf_intake_questionnaire.json", "application/fhir+json", FHIR_QUESTIONNAIRE),),
    ),
    Spec(
        phi=False,
        category="staff wellness day notice",
        notes="Staff notice about a wellness day and flu shots; no individual's health.",
        frm="Executive Director <director@openhandsfund.org>",
        to="allstaff@openhandsfund.org",
        subject="Wellness day Friday + free flu shots",
        body="Team - Friday afternoon is our wellness half-day. The county health department van will be in the lot from 1-3 pm giving free flu and COVID shots to anyone who wants one. No sign-up needed.\n\nCarlos",
    ),
]
