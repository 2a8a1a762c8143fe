"""Veritas 340B Solutions, contract pharmacy administrator / TPA (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nVeritas 340B Solutions | Client Success\n600 Meridian Park Dr, Suite 300 | 555-0161\nThis e-mail may contain confidential information."

X12_835 = (
    "ISA*00*          *00*          *ZZ*VERITAS340B    *ZZ*LAKEVIEWFQHC   *261209*1012*^*00501*000007719*0*P*:~"
    "GS*HP*VERITAS340B*LAKEVIEWFQHC*20261209*1012*7719*X*005010X221A1~"
    "ST*835*0001~BPR*I*1842.55*C*ACH*CCP*01*021000089*DA*4471992*1555000161**01*021000021*DA*88120045*20261210~"
    "TRN*1*VTS7719*1555000161~N1*PR*VERITAS 340B SOLUTIONS~N1*PE*LAKEVIEW FAMILY HEALTH CENTER*XX*1778059232~"
    "CLP*C2291045*1*612.40*598.10**MC*VT2291045~NM1*QC*1*ABERNATHY*GLORIA****MI*NYM4471882~SVC*N4:00169413212*612.40*598.10**1~"
    "CLP*C2291077*1*1244.80*1244.45**MC*VT2291077~NM1*QC*1*SOLIS*RAMON****MI*NYM5520917~SVC*N4:61958250101*1244.80*1244.45**1~"
    "SE*11*0001~GE*1*7719~IEA*1*000007719~"
)

FHIR_BUNDLE = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "cvh-118204", "name": [{"family": "Whitcomb", "given": ["Janelle"]}], "birthDate": "1961-07-14",
      "identifier": [{"system": "urn:cvh:mrn", "value": "CV118204"}]}},
    {"resource": {"resourceType": "Encounter", "id": "enc-77120", "status": "finished", "subject": {"reference": "Patient/cvh-118204"},
      "period": {"start": "2026-10-22"}, "serviceProvider": {"display": "Cedar Valley Health - Cardiology Clinic"}}},
    {"resource": {"resourceType": "MedicationDispense", "id": "md-5510", "subject": {"reference": "Patient/cvh-118204"},
      "medicationCodeableConcept": {"text": "Entresto 49/51 mg tablet"}, "whenHandedOver": "2026-11-03"}}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Eligibility exception report to covered entity",
        notes="CSV of contract-pharmacy claims with patient names, DOBs, Rx numbers and drugs flagged ineligible.",
        frm="Client Success <clientsuccess@veritas340b.com>",
        to="340b.coordinator@lakeviewfqhc.org",
        subject="November eligibility exceptions - Lakeview",
        body="Hi Marisa,\n\nAttached are the 4 November claims our engine could not qualify. Most are missing a qualifying encounter in the look-back window. Please review by 12/15." + SIG,
        atts=(
            Att(
                "Lakeview_exceptions_2026-11.csv",
                "text/csv",
                "pharmacy,rx_number,fill_date,patient,dob,drug,reason\nWalgreen Co #4471,2291877,2026-11-04,\"Baptiste, Marie\",1972-03-09,Trulicity 1.5mg,no encounter 24mo\nCornerstone Rx,884120,2026-11-11,\"Yoon, Daniel\",1990-12-21,Biktarvy,prescriber not on CE list\nCornerstone Rx,884166,2026-11-12,\"Fenwick, Ada\",1948-05-30,Eliquis 5mg,no encounter 24mo\nWalgreen Co #4471,2292010,2026-11-19,\"Ruiz, Hector\",1966-08-02,Januvia 100mg,location not registered\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Referral capture verification request",
        notes="Asks a clinic to confirm a named patient's cardiology visit and prescription; FHIR bundle has DOB and MRN.",
        frm="Referral Capture Team <referrals@veritas340b.com>",
        to="340b@cedarvalleyhealth.org",
        subject="Referral documentation needed - 1 claim",
        body=(
            "Hello,\n\nWe need documentation for one referral claim: Janelle Whitcomb was seen in your cardiology clinic on 10/22 and "
            "filled Entresto at an outside pharmacy on 11/3. The consult note must be in your record for the claim to qualify as 340B. "
            "FHIR bundle attached with what we received.\n\nThanks,\nOmar Sheikh\nReferral Capture Analyst"
        ),
        atts=(Att("referral_cvh-118204.json", "application/fhir+json", FHIR_BUNDLE),),
    ),
    Spec(
        phi=True,
        category="Claim reversal list with patients only in workbook",
        notes="Hard positive: body says only 'reversals attached'; the multi-sheet workbook lists patient names, Rx numbers and HIV drugs.",
        frm="Claims Operations <claimsops@veritas340b.com>",
        to="pharmacymanager@cornerstonerx.com",
        subject="Reversals - week 49",
        body="Reversals attached, please process before Friday's true-up.",
        atts=(
            Att(
                "reversals_wk49.xlsx",
                XLSX,
                xlsx(
                    {
                        "Reverse": [
                            ["Rx#", "Fill", "Patient", "NDC", "Drug"],
                            ["884120", "11/11", "Daniel Yoon", "61958250101", "Biktarvy"],
                            ["884302", "11/18", "Kiara Boyd", "49702023113", "Dovato"],
                        ],
                        "Rebill": [["Rx#", "Payer", "BIN"], ["884120", "NY Medicaid", "004740"], ["884302", "Fidelis", "610602"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HRSA audit sample documentation request",
        notes="PDF audit sample lists MRNs, patient initials, dates of service and drugs for covered entity to pull records.",
        frm="Audit Readiness <auditready@veritas340b.com>",
        to="compliance@riverbendhealthsystem.org",
        subject="HRSA audit - sample of 6 claims (records needed)",
        body="Per the HRSA engagement letter, please pull the encounter and prescription for each sampled claim in the attached list by December 18." + SIG,
        atts=(
            Att(
                "HRSA_sample_Riverbend.pdf",
                "application/pdf",
                pdf(
                    [
                        "VERITAS 340B SOLUTIONS - AUDIT SAMPLE (CONFIDENTIAL)",
                        "CE: Riverbend Health System  340B ID DSH330417",
                        "1  MRN 4410672  C.A.  DOS 2025-08-14  Humira 40 mg",
                        "2  MRN 4388105  T.M.  DOS 2025-09-02  Eliquis 5 mg",
                        "3  MRN 4502291  R.J.  DOS 2025-09-30  Ozempic 1 mg",
                        "4  MRN 4477016  L.K.  DOS 2025-10-11  Xarelto 20 mg",
                        "5  MRN 4419320  P.S.  DOS 2025-11-03  Trelegy",
                        "6  MRN 4390551  D.N.  DOS 2025-12-19  Jardiance 25 mg",
                    ],
                    "Audit sample",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid duplicate-discount claims to state agency",
        notes="Claims list with Medicaid IDs, names and drugs sent to state Medicaid for rebate exclusion.",
        frm="Medicaid Compliance <medicaid@veritas340b.com>",
        to="340b.exclusion@health.ny-medicaid.gov",
        subject="Q3 carve-in claims for rebate exclusion - Lakeview FHC",
        body="Attached are Q3 340B-dispensed Medicaid FFS claims for Lakeview Family Health Center to exclude from rebate invoicing.",
        atts=(
            Att(
                "lakeview_q3_medicaid.csv",
                "text/csv",
                "medicaid_id,last,first,dos,ndc,qty\nNYM4471882,ABERNATHY,GLORIA,2026-07-08,00169413212,3\nNYM5520917,SOLIS,RAMON,2026-08-19,61958250101,30\nNYM3390215,PICKETT,JONAH,2026-09-02,00002143380,4\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 835 remittance to covered entity",
        notes="Hard positive: 835 file names patients with Medicaid IDs and NDCs; body is a routine remittance note.",
        frm="Finance <remit@veritas340b.com>",
        to="ar@lakeviewfqhc.org",
        subject="835 - payment 12/10",
        body="835 for the 12/10 ACH attached.",
        atts=(Att("VTS_835_7719.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="Terse ineligible claim note to contract pharmacy",
        notes="Hard positive: one-line note with surname, Rx number and Humira marked ineligible.",
        frm="Claims Operations <claimsops@veritas340b.com>",
        to="rxteam@bayshorepharmacy.com",
        subject="Rx# 7718204",
        body="Rx# 7718204 (Delgado) - Humira - not 340B eligible, prescriber not on CE list. Bill commercial as normal.",
    ),
    Spec(
        phi=True,
        category="Sliding-fee discount letter to patient",
        notes="Tells a named patient at her personal mailbox her insulin price under the health center's 340B discount.",
        frm="Patient Savings Program <savings@veritas340b.com>",
        to="bernadette.okafor@aol.com",
        subject="Your insulin discount at Cornerstone Pharmacy",
        body=(
            "Dear Bernadette Okafor,\n\nLakeview Family Health Center has approved you for its sliding-fee drug discount. "
            "Starting with your next fill, your Lantus SoloStar pens will cost $15 per box at Cornerstone Pharmacy. "
            "Show the card attached to your approval letter.\n\nPatient Savings Program, administered by Veritas 340B Solutions for Lakeview FHC"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded patient complaint about pharmacy price",
        notes="Hard positive: forwarded patient complaint carries his name, phone and HIV medication; cover note asks pharmacy to call.",
        frm="Client Success <clientsuccess@veritas340b.com>",
        to="storemanager@bayshorepharmacy.com",
        subject="Fw: charged full price?",
        body="Hi Luis, can you look at this and call him back? Looks like the discount card wasn't applied at the counter.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Trevon Mack <trevonmack88@gmail.com>",
            to="savings@veritas340b.com",
            subject="charged full price?",
            body="I was charged $380 for my Descovy refill at Bayshore yesterday. Lakeview clinic said I'm in the program. Trevon Mack 555-0163",
        ),
    ),
    Spec(
        phi=True,
        category="Zipped monthly claims file to covered entity",
        notes="Zip of claims-level CSV with patient names, DOBs and drugs sent to CE finance.",
        frm="Reporting <reports@veritas340b.com>",
        to="finance@riverbendhealthsystem.org",
        subject="November claim-level detail",
        body="As requested, claim-level detail for November (zip, 2 files)." + SIG,
        atts=(
            Att(
                "Riverbend_2026-11_claims.zip",
                "application/zip",
                zipped(
                    {
                        "claims_detail.csv": "rx,patient,dob,drug,ce_cost,replenished\n5501227,\"Morrow, Elise\",1955-02-17,Xarelto 20mg,41.20,Y\n5501309,\"Chu, Albert\",1983-10-06,Humira Pen,9.86,N\n",
                        "readme.txt": "Claim-level 340B detail, Riverbend, November 2026. Contains PHI.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted claims archive with patient named in body",
        notes="Hard positive: password-protected zip of claims, and the body names a patient and her oncology drug.",
        frm="Reporting <reports@veritas340b.com>",
        to="pharmacydirector@riverbendhealthsystem.org",
        subject="Specialty claims - secure file",
        body="Gwen, the encrypted file holds the specialty claims you wanted. Mrs. Feldman's Verzenio fills are rows 14-16; they qualified through the oncology clinic. Password follows in a separate e-mail.",
        atts=(
            Att(
                "specialty_claims_Nov.zip",
                "application/zip",
                encrypted_zip(
                    {"specialty_claims.csv": "rx,patient,drug\n5511020,Feldman Ruth,Verzenio 150mg\n5511188,Ibarra Luz,Imbruvica 420mg\n"},
                    "Kestrel-Harbor-4471",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Abbreviated clinical eligibility note",
        notes="Hard positive: initials, age, sex, HIV status, visit date and Rx number in clinical shorthand to a contract pharmacy.",
        frm="Omar Sheikh <osheikh@veritas340b.com>",
        to="pharmacist@cornerstonerx.com",
        subject="re: qualifies?",
        body="yes - pt LT 58F HIV+ on Biktarvy, CE ID clinic visit 11/30, prescriber Dr. Chen on list. Rx# 884411 qualifies, no reversal needed.",
    ),
    Spec(
        phi=True,
        category="Call invite to review a patient's eligibility",
        notes="Meeting invite whose summary names the patient and her buprenorphine claims (substance use treatment).",
        frm="Client Success <clientsuccess@veritas340b.com>",
        to="340b@harborlightrecovery.org",
        subject="Call: Katrina Sloane buprenorphine claims",
        body="Setting 20 minutes to go through the three Suboxone claims for Katrina Sloane that were excluded.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Veritas340B//CS//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:vts-cs-20261209-sloane@veritas340b.com\r\nDTSTAMP:20261207T160000Z\r\nDTSTART:20261209T190000Z\r\n"
            "DTEND:20261209T192000Z\r\nSUMMARY:Katrina Sloane - Suboxone (OUD) claims excluded x3\r\n"
            "DESCRIPTION:Rx 61022\\, 61187\\, 61340 - encounter at Harbor Light MAT clinic not matched\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Reply to patient's wife about Eliquis price change",
        notes="Hard positive: reply to a spouse's icloud mailbox naming her husband, his Eliquis and his clinic eligibility lapse.",
        frm="Patient Savings Program <savings@veritas340b.com>",
        to="marge.whitfield@icloud.com",
        subject="RE: Frank's Eliquis went up",
        body=(
            "Dear Mrs. Whitfield,\n\nThank you for writing on Frank's behalf. His Eliquis price went up because the program requires a "
            "visit at Lakeview within the past 24 months, and his last one was in October 2024. Once he sees Dr. Abara again, "
            "the $20 price will return.\n\nKind regards,\nPatient Savings Program"
        ),
    ),
    Spec(
        phi=True,
        category="Screenshot of claim detail named after patient",
        notes="Hard positive: PHI only in the PNG file name (patient name and Ozempic); body says 'see screenshot'.",
        frm="Tier 2 Support <support@veritas340b.com>",
        to="helpdesk@splitbillpro.com",
        subject="Ticket 55810 - screen freezes",
        body="See screenshot - the claim detail screen freezes when I click Accumulations.",
        atts=(Att("claim_detail_Marcus_Whitley_Ozempic.png", "image/png", png(6, 4, (30, 90, 160))),),
    ),
    Spec(
        phi=True,
        category="Duplicate discount alert with patient ID",
        notes="Hard positive: a patient ID with Stelara billed to both Medicaid and 340B.",
        frm="Medicaid Compliance <medicaid@veritas340b.com>",
        to="340b.coordinator@lakeviewfqhc.org",
        subject="Possible duplicate discount",
        body="Patient ID 40019327 shows a Stelara 90 mg fill on 11/6 billed to NY Medicaid FFS and also accumulated as 340B. Please confirm the Medicaid carve-in status for this fill before we reverse.",
    ),
    Spec(
        phi=True,
        category="Contract pharmacy dispensing history for patient request",
        notes="Lists a named patient's dispensing history of psychiatric medicines for a records request.",
        frm="Client Success <clientsuccess@veritas340b.com>",
        to="records@lakeviewfqhc.org",
        subject="Dispensing history - records request #RR-2207",
        body=(
            "For records request RR-2207 (patient Samuel Ortiz-Vance, DOB 04/02/1995):\n\n"
            "09/14  sertraline 100 mg #30  Cornerstone Rx\n10/12  sertraline 100 mg #30  Cornerstone Rx\n"
            "11/10  aripiprazole 5 mg #30  Cornerstone Rx\n\nNo other 340B fills on file." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Prescriber attestation request naming patient",
        notes="Asks a prescriber to attest she ordered a named patient's Dupixent for atopic dermatitis.",
        frm="Referral Capture Team <referrals@veritas340b.com>",
        to="dr.rkapoor@cedarvalleyhealth.org",
        subject="Attestation needed",
        body="Dr. Kapoor,\n\nCould you confirm you prescribed Dupixent 300 mg for Noelle Hartigan (atopic dermatitis) after her 9/30 visit? A one-line reply is enough for our file.\n\nOmar Sheikh",
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="Quarterly 340B savings summary to CFO",
        notes="Hard negative: multi-sheet savings workbook by pharmacy and therapeutic class; aggregate counts only.",
        frm="Reporting <reports@veritas340b.com>",
        to="cfo@lakeviewfqhc.org",
        subject="Q3 program savings",
        body="Q3 savings were $1.42M, up 9%. Breakdown by pharmacy and by class attached.",
        atts=(
            Att(
                "Q3_savings.xlsx",
                XLSX,
                xlsx(
                    {
                        "By pharmacy": [["Pharmacy", "Claims", "Savings"], ["Cornerstone Rx", 4120, 611200], ["Walgreen Co #4471", 3388, 512900]],
                        "By class": [["Class", "Claims", "Savings"], ["Antiretrovirals (HIV)", 802, 402100], ["Insulins", 1540, 288300], ["Anticoagulants", 1922, 201000]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="OPAIS recertification reminder",
        notes="Reminder about annual HRSA recertification; no patient.",
        frm="Compliance Team <compliance@veritas340b.com>",
        to="340b.coordinator@lakeviewfqhc.org",
        subject="Reminder: OPAIS recertification window opens Jan 6",
        body="The annual recertification window for CH/FQHC entities opens January 6. Your authorizing official must attest in OPAIS; please verify your contract pharmacy list is current before then.",
    ),
    Spec(
        phi=False,
        category="New contract pharmacy onboarding with NPIs and DEA",
        notes="Hard negative: pharmacy NPIs and DEA number are provider identifiers, not patient data.",
        frm="Network Onboarding <onboarding@veritas340b.com>",
        to="pharmacymanager@cornerstonerx.com",
        subject="Onboarding complete - both locations live 12/14",
        body=(
            "Both Cornerstone locations are live for Lakeview claims starting 12/14:\n\n"
            "Cornerstone Rx Main St - NPI: 1158790968, DEA FM5670585\nCornerstone Rx Eastgate - NPI: 1455704498\n\n"
            "Wholesaler ship-to accounts are set up for replenishment orders." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Split-billing release notes listing field names",
        notes="Hard negative: release notes mention PatientDOB, MRN and diagnosis fields as schema changes; no values.",
        frm="Product Team <product@veritas340b.com>",
        to="clients-announce@veritas340b.com",
        subject="Release 8.3 notes",
        body=(
            "Release 8.3 (Dec 12)\n- Encounter feed now accepts PatientDOB in ISO format and MRN up to 20 characters\n"
            "- New optional field DiagnosisCode (ICD-10) for referral matching\n- Accumulator export adds NDC-11 padding\n- Fixed: timeout on large 835 imports"
        ),
    ),
    Spec(
        phi=False,
        category="Test claim file with fictitious patients",
        notes="Hard negative: CSV of clearly labelled synthetic test patients for UAT; no real people.",
        frm="Implementation <implementation@veritas340b.com>",
        to="it-integrations@riverbendhealthsystem.org",
        subject="UAT test claims (synthetic data)",
        body="Synthetic claims for UAT. All patients are fictitious (TESTPATIENT names, DOB 1900-01-01); do not load to production.",
        atts=(
            Att(
                "uat_synthetic_claims.csv",
                "text/csv",
                "rx,patient,dob,drug\n900001,TESTPATIENT ALPHA,1900-01-01,TEST DRUG A\n900002,TESTPATIENT BRAVO,1900-01-01,TEST DRUG B\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Webinar invitation on manufacturer restrictions",
        notes="Calendar invite to client webinar; no patient.",
        frm="Events <events@veritas340b.com>",
        to="clients-announce@veritas340b.com",
        subject="Webinar: Navigating manufacturer contract pharmacy restrictions",
        body="Join us Dec 16 at 1 pm ET. We'll cover the latest manufacturer data-submission requirements and what they mean for your savings.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Veritas340B//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:vts-webinar-20261216@veritas340b.com\r\nDTSTAMP:20261207T140000Z\r\nDTSTART:20261216T180000Z\r\n"
            "DTEND:20261216T190000Z\r\nSUMMARY:Webinar - manufacturer contract pharmacy restrictions\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Administrative fee invoice",
        notes="PDF invoice with per-claim fee counts; no patient.",
        frm="Billing <billing@veritas340b.com>",
        to="ap@riverbendhealthsystem.org",
        subject="Invoice VTS-26-1187",
        body="Invoice attached, net 30.",
        atts=(
            Att(
                "VTS-26-1187.pdf",
                "application/pdf",
                pdf(
                    [
                        "VERITAS 340B SOLUTIONS - INVOICE VTS-26-1187",
                        "Bill to: Riverbend Health System, Accounts Payable",
                        "Period: November 2026",
                        "Qualified claims: 7,514 x $8.00 = $60,112.00",
                        "Referral capture review: 212 x $3.50 = $742.00",
                        "Total due: $60,854.00",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Eligible prescriber list with specialties and NPIs",
        notes="Hard negative: clinicians' names, specialties and NPIs for prescriber matching; no patient.",
        frm="Referral Capture Team <referrals@veritas340b.com>",
        to="340b@cedarvalleyhealth.org",
        subject="Prescriber list - please confirm additions",
        body=(
            "Please confirm these three new prescribers can be added:\n\n"
            "Dr. Rhea Kapoor, Dermatology - NPI: 1639432909\nDr. Felix Amundsen, Infectious Disease (HIV) - NPI: 1999302320\n"
            "Jana Ochoa, NP, Hepatology - NPI: 1157743596\n\nOnce confirmed they'll be matched from 12/1."
        ),
    ),
    Spec(
        phi=False,
        category="De-identified claim sample for analytics vendor",
        notes="Hard negative: claim sample with hashed IDs, year-only dates and 3-digit ZIPs; de-identified.",
        frm="Data Science <datascience@veritas340b.com>",
        to="team@insightrxanalytics.com",
        subject="Sample data for the model pilot",
        body=(
            "Here is the de-identified sample (Safe Harbor; hashed patient keys, year only, ZIP3):\n\n"
            "key,year,zip3,age_band,ndc,therapeutic_class,qualified\n"
            "a91f07,2026,117,50-59,00169413212,GLP-1,1\nc22e4b,2026,115,30-39,61958250101,antiretroviral,1\n7d0b19,2026,117,70-79,00003089321,anticoagulant,0\n"
        ),
    ),
    Spec(
        phi=False,
        category="Manufacturer restriction notice",
        notes="Notice about a manufacturer's contract pharmacy limits; no patient.",
        frm="Compliance Team <compliance@veritas340b.com>",
        to="clients-announce@veritas340b.com",
        subject="Novexa Pharma limits contract pharmacy pricing from Jan 1",
        body="Novexa Pharma will limit 340B pricing to one contract pharmacy per entity without claims data submission. Affected NDCs are listed on the client portal. We recommend designating your single pharmacy by 12/20.",
    ),
    Spec(
        phi=False,
        category="340B analyst job posting reply to applicant",
        notes="Hard negative: recruiting mail to an applicant's gmail describing a role that handles PHI and claims; no patient.",
        frm="Talent <careers@veritas340b.com>",
        to="jordan.ames.analyst@gmail.com",
        subject="Your application: 340B Claims Analyst",
        body="Hi Jordan,\n\nThanks for applying. The role reviews pharmacy claims and encounter data (PHI) daily, so HIPAA training is required in week one. Are you free for a phone screen Thursday at 2?\n\nTalent team",
    ),
    Spec(
        phi=False,
        category="340B policy newsletter (HTML)",
        notes="HTML-only client newsletter on policy news; no patient.",
        frm="Veritas 340B Insights <insights@veritas340b.com>",
        to="subscribers@veritas340b.com",
        subject="340B Insights - December",
        body="",
        html=(
            "<html><body><h1>340B Insights</h1><ul><li>Rebate model pilot: what covered entities should know</li>"
            "<li>State contract pharmacy laws: 21 states now protect access</li><li>Audit tip: keep your prescriber list current</li></ul>"
            "<p><a href='https://veritas340b.com/insights'>Read more</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Support ticket with SSN-shaped ticket number",
        notes="Hard negative: 3-2-4 digit number is a support ticket reference; message is about a report bug.",
        frm="Tier 2 Support <support@veritas340b.com>",
        to="it-integrations@riverbendhealthsystem.org",
        subject="Ticket 418-62-0093 resolved",
        body="Ticket 418-62-0093: the accumulation report now sorts by NDC correctly. Please re-run and close if OK.",
    ),
    Spec(
        phi=False,
        category="Grant report with aggregate diagnosis counts",
        notes="Hard negative: table of patient counts by condition for a grant report; aggregate, no individual.",
        frm="Reporting <reports@veritas340b.com>",
        to="grants@lakeviewfqhc.org",
        subject="Numbers for your Ryan White narrative",
        body=(
            "Patients served through 340B contract pharmacies, FY2026:\n\nHIV: 802\nType 2 diabetes: 1,540\nHepatitis C: 61\n"
            "Opioid use disorder (MAT): 118\n\nCells under 11 would be suppressed; none were."
        ),
    ),
    Spec(
        phi=False,
        category="340B patient definition policy document",
        notes="Hard negative: policy DOCX describes generic patient eligibility criteria and record fields; no individual.",
        frm="Compliance Team <compliance@veritas340b.com>",
        to="340b@harborlightrecovery.org",
        subject="Template P&P: patient definition",
        body="Template policy attached for your annual review. Edit the bracketed parts.",
        atts=(
            Att(
                "PP_patient_definition_template.docx",
                DOCX,
                docx(
                    [
                        "Policy: 340B Patient Definition",
                        "An individual is a patient of [Entity] when (1) [Entity] maintains records of the individual's care,",
                        "(2) the individual receives services from a professional employed or under contract with [Entity], and",
                        "(3) the service is within the scope of the grant.",
                        "Required record fields: patient name, MRN, date of service, prescriber, location.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Request for vendor SOC 2 report",
        notes="Vendor due-diligence request; no patient.",
        frm="Security Office <security@veritas340b.com>",
        to="compliance@splitbillpro.com",
        subject="Annual SOC 2 Type II request",
        body="Please send your 2026 SOC 2 Type II report and bridge letter for our vendor review by Jan 15.",
    ),
    Spec(
        phi=False,
        category="Password for encrypted file sent separately",
        notes="Hard negative: password-only follow-up to the encrypted claims file; no patient data itself.",
        frm="Reporting <reports@veritas340b.com>",
        to="pharmacydirector@riverbendhealthsystem.org",
        subject="re: secure file",
        body="Kestrel-Harbor-4471",
    ),
    Spec(
        phi=False,
        category="Client pharmacy committee meeting minutes",
        notes="Minutes naming staff and clinicians and program metrics; no patient.",
        frm="Client Success <clientsuccess@veritas340b.com>",
        to="340b-committee@riverbendhealthsystem.org",
        subject="Minutes - 340B oversight committee 12/3",
        body="Attendees: G. Ames (Pharmacy), R. Lindholm (Compliance), Dr. P. Iyer (CMO), O. Sheikh (Veritas)\n\n1. Self-audit: 0 findings in 60-claim sample.\n2. Two new contract pharmacies approved.\n3. Next meeting March 4.",
    ),
    Spec(
        phi=False,
        category="Scheduling one-liner reply to clinic",
        notes="One-line scheduling reply; no patient.",
        frm="Omar Sheikh <osheikh@veritas340b.com>",
        to="340b@cedarvalleyhealth.org",
        subject="Re: call tomorrow?",
        body="Tomorrow 10:30 works, I'll send a Teams link.",
    ),
]
