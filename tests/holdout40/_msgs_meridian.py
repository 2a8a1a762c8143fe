"""Outbound mail of Meridian Specialty Pharmacy, a specialty pharmacy (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nMeridian Specialty Pharmacy | 4100 Tuller Rd, Dublin, OH 43017\n"
    "Patient line 614-555-0190 | Prescriber line 614-555-0191 | Fax 614-555-0192\n"
    "This e-mail may contain confidential information intended only for the addressee."
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*MERIDIANSRX    *ZZ*BUCKEYEPLAN    *260916*1122*^*00501*000002031*0*P*:~\n"
    "GS*HS*MERIDIANSRX*BUCKEYEPLAN*20260916*1122*2031*X*005010X279A1~\n"
    "ST*270*0001*005010X279A1~\n"
    "BHT*0022*13*MSP2031*20260916*1122~\n"
    "HL*1**20*1~\nNM1*PR*2*BUCKEYE PLAN HEALTH*****PI*BPH01~\n"
    "HL*2*1*21*1~\nNM1*1P*2*MERIDIAN SPECIALTY PHARMACY*****XX*1554404214~\n"
    "HL*3*2*22*0~\nNM1*IL*1*FARROW*JOLENE****MI*BPH660391847~\n"
    "DMG*D8*19800422*F~\nDTP*291*D8*20260916~\nEQ*88~\n"
    "SE*13*0001~\nGE*1*2031~\nIEA*1*000002031~\n"
)

FWD_PT_RASH = Spec(
    phi=True,
    category="patient side-effect email (forwarded part)",
    notes="inner",
    frm="Dwayne Kittredge <dkittredge.ohio@gmail.com>",
    to="clinical@meridianspecialtyrx.com",
    subject="rash",
    body="Hello, I've had an itchy rash on my chest and arms for 4 days since starting the Tagrisso. Also some diarrhea. Should I stop taking it? Dwayne Kittredge, DOB 5/19/62",
)

FWD_RECALL = Spec(
    phi=False,
    category="manufacturer recall letter (forwarded part)",
    notes="inner",
    frm="Product Quality <quality@apexoncopharma-example.com>",
    to="trade-partners@apexoncopharma-example.com",
    subject="Voluntary recall - lot AX22871",
    body="Apex is voluntarily recalling lot AX22871 (exp 03/2028) of capecitabine 500 mg tablets to the pharmacy level due to a labeling misprint on the carton. No patient-level action is required. Return via the reverse distributor by 10/15.",
)

FWD_PBM = Spec(
    phi=False,
    category="PBM criteria bulletin (forwarded part)",
    notes="inner",
    frm="Network Communications <network@keystonepbm-example.com>",
    to="pharmacy-partners@keystonepbm-example.com",
    subject="Criteria update: dupilumab, effective 10/1",
    body="Effective October 1, initial approval of dupilumab for moderate-to-severe atopic dermatitis requires trial of one topical calcineurin inhibitor or documented contraindication. Reauthorization every 12 months with prescriber attestation of response.",
)

MESSAGES = [
    Spec(
        phi=True,
        category="oral oncolytic refill reminder to patient",
        notes="Refill reminder to patient's gmail naming palbociclib dose and ship date.",
        frm="Meridian Refills <refills@meridianspecialtyrx.com>",
        to="sharon.blaylock55@gmail.com",
        subject="Time to refill",
        body="Hi Sharon,\n\nYour Ibrance 125 mg (21 days on, 7 off) is due for refill. We will ship on Thursday 9/17 unless you tell us otherwise. Any new medicines or side effects? Reply or call 614-555-0190.\n\nMeridian Refill Team"
        + SIG,
    ),
    Spec(
        phi=True,
        category="cold-chain shipment notice with Rx number",
        notes="Hard positive: no drug name, but names the patient with a prescription number and refrigerated medication delivery.",
        frm="Meridian Shipping <shipping@meridianspecialtyrx.com>",
        to="bcordova.1977@yahoo.com",
        subject="Your package ships tomorrow",
        html_only=True,
        body="",
        html="<html><body><p>Hello Benjamin Cordova,</p><p>Your refrigerated medication (Rx# 6601874) ships Tuesday 9/15 by priority overnight, tracking 1Z 88W 417 02 5523 0913. Someone must sign. Put it in the refrigerator as soon as it arrives; do not freeze.</p><p>Meridian Specialty Pharmacy</p></body></html>",
    ),
    Spec(
        phi=True,
        category="benefits investigation result to prescriber",
        notes="Prior authorization approval and copay for a named patient's adalimumab sent to prescriber's office.",
        frm="Meridian Intake <intake@meridianspecialtyrx.com>",
        to="pa-desk@centralohiorheum.com",
        subject="BI complete - Briggs",
        body="Hi Kristen,\n\nBenefits investigation for Yolanda Briggs (DOB 10/03/1983) is complete: adalimumab-adaz 40 mg q2wk approved through 09/15/2027 (PA ref 77-4410). Copay $35 after the manufacturer card. First fill ships 9/18 with a sharps container.\n\nAshley, Intake"
        + SIG,
    ),
    Spec(
        phi=True,
        category="manufacturer hub enrolment form",
        notes="Enrolment PDF to manufacturer support hub with patient name, DOB, insurance and diagnosis.",
        frm="Meridian Intake <intake@meridianspecialtyrx.com>",
        to="hubenroll@xtandisupport-example.com",
        subject="Enrollment - patient consent on file",
        body="Signed enrollment and patient consent attached. Please run the quick-start program.",
        atts=(
            Att(
                "hub_enrollment_Rafferty.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN SPECIALTY PHARMACY - MANUFACTURER SUPPORT ENROLLMENT",
                        "Patient: Desmond Rafferty  DOB 07/07/1951  Phone 614-555-0196",
                        "Diagnosis: C61 metastatic castration-resistant prostate cancer",
                        "Rx: enzalutamide 160 mg daily  Insurer: Medicare Part D, MBI 7HV3-KX9-TM42",
                        "Prescriber: Hollis Brandt MD  NPI 1558760991",
                    ],
                    "Hub enrollment",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dispense data feed labelled de-identified but with DOB and ZIP",
        notes="Hard positive: file is called de-identified but keeps full dates of birth, 5-digit ZIPs and pharmacy patient IDs with the drug dispensed.",
        frm="Data Services <data@meridianspecialtyrx.com>",
        to="ld-data@apexoncopharma-example.com",
        subject="Weekly LDD dispense file (de-identified)",
        body="Weekly limited-distribution dispense file attached per the data agreement.",
        atts=(
            Att(
                "msp_ldd_dispense_w37.csv",
                "text/csv",
                "pharmacy_pt_id,dob,zip,ndc,drug,qty,fill_date\nMP-220817,1949-03-30,43081,68475-0711-01,capecitabine 500mg,84,2026-09-08\nMP-221304,1966-11-14,43221,68475-0711-01,capecitabine 500mg,112,2026-09-09\nMP-219955,1958-02-01,43016,68475-0733-30,lenalidomide 10mg,21,2026-09-10\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="missed lenalidomide refill note to daughter",
        notes="Hard positive: first names and 'your dad' only, tied to an overdue Revlimid refill and REMS survey.",
        frm="Meridian Adherence <adherence@meridianspecialtyrx.com>",
        to="kendra.oyelowo@outlook.com",
        subject="Following up on your dad's refill",
        body="Hi Kendra,\n\nThanks for being Frank's contact person. We still haven't been able to ship his Revlimid because his monthly REMS survey isn't done. It takes 5 minutes by phone at 614-555-0190. Once it's complete we can ship the same day.\n\nNia, Adherence Team",
    ),
    Spec(
        phi=True,
        category="REMS pregnancy test confirmation to prescriber",
        notes="Names patient, pregnancy test result and thalidomide-class REMS authorization.",
        frm="Meridian Clinical <clinical@meridianspecialtyrx.com>",
        to="myeloma.nurses@scioto-oncology.com",
        subject="REMS auth needed - pomalidomide",
        body="Hello,\n\nFor Tamara Vickers (FCBP), we received the negative serum hCG from 9/14 but the prescriber authorization number is missing from the REMS portal. We cannot dispense pomalidomide 4 mg until it is entered (valid 7 days from the test). Prescriber on file: Dr. Leonard Ashworth, NPI 1979911595.\n\nMeridian Clinical Pharmacist"
        + SIG,
    ),
    Spec(
        phi=True,
        category="payer utilisation workbook with member detail tab",
        notes="Hard positive: first tab is aggregate, but the second tab lists member IDs with drugs and fill dates.",
        frm="Payer Relations <payers@meridianspecialtyrx.com>",
        to="specialty-network@buckeyeplanhealth.com",
        subject="Q3 utilisation summary",
        body="Summary attached. Detail tab included as requested for your reconciliation.",
        atts=(
            Att(
                "MSP_BPH_Q3_util.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Therapy class", "Fills", "Paid"],
                            ["Oncology oral", 212, 2410334.12],
                            ["Immunology", 388, 2218790.55],
                        ],
                        "Detail": [
                            ["Member ID", "NDC", "Drug", "Fill date"],
                            ["BPH660391847", "58406-0032-04", "etanercept 50 mg", "2026-07-06"],
                            ["BPH771204583", "00069-0189-21", "palbociclib 125 mg", "2026-07-09"],
                            ["BPH528830012", "00006-3029-02", "pembrolizumab", "2026-08-11"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forward of patient's osimertinib rash email to oncologist",
        notes="Forwarded patient e-mail with name, DOB, osimertinib and rash, sent to the prescriber.",
        frm="Meridian Clinical <clinical@meridianspecialtyrx.com>",
        to="dr.ashworth@scioto-oncology.com",
        subject="Fwd: rash",
        body="Dr. Ashworth, forwarding your patient's message below. I advised him not to stop until he hears from you; please call him today. - Victor Lam, PharmD",
        forward=FWD_PT_RASH,
    ),
    Spec(
        phi=True,
        category="courier manifest zip for refrigerated deliveries",
        notes="Hard positive: body only asks for pickup; the zipped manifest lists patient names, addresses and specialty drugs.",
        frm="Meridian Shipping <shipping@meridianspecialtyrx.com>",
        to="dispatch@swiftmedcourier-example.com",
        subject="Route C manifest 9/15",
        body="Manifest for route C attached. 4 stops, all refrigerated. Pickup 1:30 at dock 2.",
        atts=(
            Att(
                "routeC_0915.zip",
                "application/zip",
                zipped(
                    {
                        "manifest.csv": "stop,name,address,item,handling\n1,Cordova Benjamin,88 Brookside Dr Powell 43065,etanercept 50mg x4,2-8C\n2,Farrow Jolene,417 Linden Pl Columbus 43211,etanercept 50mg x4,2-8C\n3,Ibsen Carl,9 Quarry Ln Delaware 43015,dupilumab 300mg x2,2-8C\n4,Pham Linh,2210 Sawbury Blvd Columbus 43235,insulin degludec + semaglutide,2-8C\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry",
        notes="Hard positive: body is generic; the X12 270 names the patient with DOB and member ID for a pharmacy eligibility check.",
        frm="Meridian Intake <intake@meridianspecialtyrx.com>",
        to="edi-help@buckeyeplanhealth.com",
        subject="270 not returning 271",
        body="Our 270s since Monday get no 271 back. Sample transaction attached for your analyst.",
        atts=(Att("sample_270_2031.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="medication therapy review letter to patient",
        notes="PDF letter to patient's hotmail about capecitabine-warfarin interaction and INR monitoring.",
        frm="Meridian Clinical <clinical@meridianspecialtyrx.com>",
        to="h.wojcik.oh@hotmail.com",
        subject="Your medication review",
        body="Dear Mrs. Wojcik,\n\nThank you for speaking with me today. A summary of your medication review is attached.\n\nVictor Lam, PharmD"
        + SIG,
        atts=(
            Att(
                "medication_review_Wojcik.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN SPECIALTY PHARMACY - COMPREHENSIVE MEDICATION REVIEW",
                        "Patient: Helena Wojcik   Date: 09/14/2026",
                        "Capecitabine 1500 mg twice daily, 14 days on / 7 off",
                        "Warfarin 5 mg daily - INTERACTION: capecitabine raises INR.",
                        "Plan: INR weekly during treatment; Dr. Brandt's office notified.",
                    ],
                    "Medication review",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="abbreviated dispense note to oncology practice",
        notes="Hard positive: initials plus DOB with enzalutamide dispense and hot-flash side effect in shorthand.",
        frm="Victor Lam PharmD <vlam@meridianspecialtyrx.com>",
        to="nursing@cedarhollowinfusion.org",
        subject="RM 7/7/51",
        body="FYI RM (7/7/51): Xtandi 160 qd disp 9/10, #120, next fill ~10/8. Reports hot flashes + fatigue gr1, no falls. BP 148/88 at home. -VL",
    ),
    Spec(
        phi=True,
        category="copay card activation confirmation to patient",
        notes="Confirms to patient's outlook that her Enbrel copay is now $0 with the card.",
        frm="Meridian Financial Assistance <assistance@meridianspecialtyrx.com>",
        to="jolene.farrow@outlook.com",
        subject="Your copay card is active",
        body="Hi Jolene,\n\nGood news - your Enbrel copay card is active. Your next fill of Enbrel 50 mg SureClick will cost $0 (card covers up to $15,000 per year). Nothing else is needed from you.\n\nMeridian Financial Assistance"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Part D coverage redetermination with MBI only",
        notes="Hard positive: no name, but the Medicare MBI is tied to an appealed drug and myelofibrosis diagnosis.",
        frm="Meridian Appeals <appeals@meridianspecialtyrx.com>",
        to="partd-appeals@keystonepbm-example.com",
        subject="Redetermination request - expedited",
        body="Expedited redetermination requested.\n\nMBI 5QR2-FJ7-VX31\nDrug: ruxolitinib 15 mg BID (Jakafi)\nDx: D47.4 primary myelofibrosis, DIPSS int-2\nDenial reason: step therapy - prescriber attests hydroxyurea failure 2025.\n\nSupporting notes by fax.",
    ),
    Spec(
        phi=True,
        category="patient assistance application with SSN",
        notes="Hard positive: application DOCX holds the patient's SSN and household income with her leukaemia drug; body only names the program.",
        frm="Meridian Financial Assistance <assistance@meridianspecialtyrx.com>",
        to="pap-intake@novellus-cares-example.org",
        subject="PAP application - 2 pages",
        body="Completed application and proof of income attached. Please fax the determination to 614-555-0192.",
        atts=(
            Att(
                "PAP_application_0916.docx",
                DOCX,
                docx(
                    [
                        "Patient Assistance Program Application",
                        "Applicant: Gwendolyn Pryce   SSN 412-67-3398   DOB 12/19/1960",
                        "Household size 2; annual income $31,200",
                        "Medication: imatinib 400 mg daily for chronic myeloid leukemia (C92.10)",
                        "Submitted by Meridian Specialty Pharmacy",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR MedicationDispense to prescriber EHR",
        notes="FHIR resource naming the patient and sofosbuvir/velpatasvir dispense for hepatitis C.",
        frm="Meridian Interfaces <interfaces@meridianspecialtyrx.com>",
        to="fhir-inbox@gastrohepofohio-example.com",
        subject="Dispense notification (manual)",
        body="Your endpoint is down for maintenance; the dispense notification is attached for manual import.",
        atts=(
            Att(
                "dispense_MP-223410.json",
                "application/fhir+json",
                '{"resourceType": "MedicationDispense", "status": "completed", "subject": {"display": "Curtis Whitfield", "identifier": {"value": "MP-223410"}}, "medicationCodeableConcept": {"text": "sofosbuvir/velpatasvir 400/100 mg"}, "quantity": {"value": 28}, "whenHandedOver": "2026-09-14", "note": [{"text": "Week 5 of 12 for chronic hepatitis C genotype 3"}]}\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid spend-down documentation with SSN",
        notes="Letter to county caseworker with patient's name, SSN and specialty HIV regimen costs.",
        frm="Meridian Financial Assistance <assistance@meridianspecialtyrx.com>",
        to="caseworker.unit4@franklincountyjfs-example.gov",
        subject="Spend-down documentation",
        body="Ms. Caldwell,\n\nAs requested by your client Marisol Ybarra (SSN 287-41-5530), here are her out-of-pocket pharmacy costs for July-August: Biktarvy $1,288.00 and Dovato $0 (not dispensed). Itemized receipts available on request.\n\nMeridian Financial Assistance"
        + SIG,
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="specialty price schedule to payer contracting",
        notes="Hard negative: multi-sheet NDC price list with drug names; no patients.",
        frm="Payer Relations <payers@meridianspecialtyrx.com>",
        to="contracting@buckeyeplanhealth.com",
        subject="2027 specialty rate proposal",
        body="Proposed 2027 rates attached (AWP discounts by class, dispensing fees).",
        atts=(
            Att(
                "MSP_2027_rates.xlsx",
                XLSX,
                xlsx(
                    {
                        "Oncology": [
                            ["NDC", "Drug", "AWP discount %"],
                            ["00069-0189-21", "palbociclib 125 mg", 19.5],
                            ["68475-0711-01", "capecitabine 500 mg", 82.0],
                        ],
                        "Immunology": [
                            ["NDC", "Drug", "AWP discount %"],
                            ["58406-0032-04", "etanercept 50 mg", 20.25],
                            ["00024-5915-02", "dupilumab 300 mg", 20.0],
                        ],
                        "Fees": [
                            ["Item", "Amount"],
                            ["Dispensing fee", 1.75],
                            ["Clinical mgmt fee per fill", 0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="limited-distribution network announcement to prescribers",
        notes="Hard negative: announces access to a CML drug; disease named, no individual.",
        frm="Meridian Trade Relations <trade@meridianspecialtyrx.com>",
        to="prescriber-news@meridianspecialtyrx.com",
        subject="Now in network: asciminib for Ph+ CML",
        body="Meridian is now part of the limited distribution network for asciminib (Scemblix) for Philadelphia chromosome-positive CML in chronic phase. Send e-Rx to NCPDP 3647719 or fax 614-555-0192. Average time to first fill: 2.4 days."
        + SIG,
    ),
    Spec(
        phi=False,
        category="temperature excursion report for a shipping lane",
        notes="Hard negative: data-logger CSV for a shipper validation run; no patient or order tied to anyone.",
        frm="Quality <quality@meridianspecialtyrx.com>",
        to="validation@coldpackpro-example.com",
        subject="Summer lane test - excursion at hour 31",
        body="Logger data from the summer validation run (dummy load, no product) attached. Excursion to 9.4 C at hour 31.",
        atts=(
            Att(
                "logger_TL-4471.csv",
                "text/csv",
                "hour,temp_c\n0,4.1\n12,4.8\n24,6.2\n31,9.4\n36,7.7\n48,5.0\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pharmacy DEA and NPI registration update",
        notes="Hard negative: pharmacy's own DEA and NPI numbers for a wholesaler account; no patients.",
        frm="Compliance <compliance@meridianspecialtyrx.com>",
        to="accounts@cardinalwholesale-example.com",
        subject="Updated registrations for account 559102",
        body="Please update account 559102:\n\nMeridian Specialty Pharmacy LLC\nDEA FM8151968 (exp 05/31/2029)\nNPI 1554404214\nOhio TDDD 02-1187740\n\nCopy of the new DEA certificate to follow."
        + SIG,
    ),
    Spec(
        phi=False,
        category="accreditation policy pack zip",
        notes="Hard negative: zipped policies with example field names and a blank intake template; no patient data.",
        frm="Compliance <compliance@meridianspecialtyrx.com>",
        to="surveyor@urac-accreditation-example.org",
        subject="Desk review documents - Specialty Pharmacy v5",
        body="Policies for the desk review attached as one zip.",
        atts=(
            Att(
                "MSP_desk_review_policies.zip",
                "application/zip",
                zipped(
                    {
                        "SP-04_patient_intake.txt": "Intake collects: patient name, DOB, address, insurance ID, diagnosis code, allergies. Verify two identifiers before any disclosure.\n",
                        "SP-11_adverse_events.txt": "Adverse events reported to the manufacturer within 1 business day using the AE form; minimum necessary data only.\n",
                        "intake_template.csv": "patient_name,dob,member_id,icd10,drug,prescriber_npi\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pharmacist CE webinar invitation",
        notes="Hard negative: HTML invite about managing oral chemotherapy toxicities; no individual.",
        frm="Meridian Education <education@meridianspecialtyrx.com>",
        to="rph-network@meridianspecialtyrx.com",
        subject="CE webinar: managing CDK4/6 inhibitor neutropenia",
        html_only=True,
        body="",
        html="<html><body><h3>1.0 CE hour - Sept 29, 12:00 ET</h3><p>Dose holds and reductions for palbociclib, ribociclib and abemaciclib; drug interactions with azoles; lab monitoring schedules. Speaker: Victor Lam, PharmD, BCOP.</p><p><a href='https://www.meridianspecialtyrx.com/ce'>Register</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="forwarded manufacturer recall to prescribers",
        notes="Hard negative: forwarded lot-level recall letter for a chemotherapy drug; no patients.",
        frm="Meridian Quality <quality@meridianspecialtyrx.com>",
        to="prescriber-news@meridianspecialtyrx.com",
        subject="Fwd: Voluntary recall - lot AX22871",
        body="FYI - pharmacy-level recall, carton misprint only. We have quarantined our stock; no action needed by your patients.",
        forward=FWD_RECALL,
    ),
    Spec(
        phi=False,
        category="staff holiday pay notice",
        notes="HR notice; no health information.",
        frm="HR <hr@meridianspecialtyrx.com>",
        to="allstaff@meridianspecialtyrx.com",
        subject="Holiday pay for Columbus Day",
        body="Reminder: staff scheduled on 10/12 receive 1.5x. Swap requests go through the scheduling app by 10/2.",
    ),
    Spec(
        phi=False,
        category="NCPDP certification test claim with test patient",
        notes="Hard negative: PBM certification test claim using a declared TEST patient and test BIN.",
        frm="Pharmacy Systems <systems@meridianspecialtyrx.com>",
        to="certification@keystonepbm-example.com",
        subject="D.0 cert scenario 14 - results",
        body="Scenario 14 results attached. All claims used the certification test patient and BIN 999999; nothing was dispensed.",
        atts=(
            Att(
                "cert_scenario14.txt",
                "text/plain",
                "NCPDP D.0 CERTIFICATION - TEST ENVIRONMENT\nPatient: TESTPATIENT, DONOTDISPENSE  DOB 19010101  Cardholder ID TEST000014\nProduct 00000-0000-00 qty 30  Response: PAID (test)\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="patient satisfaction results summary",
        notes="Hard negative: aggregate survey results PDF; no individual responses.",
        frm="Quality <quality@meridianspecialtyrx.com>",
        to="leadership@meridianspecialtyrx.com",
        subject="Q2 patient satisfaction",
        body="Summary attached. Net promoter score 71 (up 4).",
        atts=(
            Att(
                "PSAT_Q2.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN SPECIALTY PHARMACY - PATIENT SATISFACTION Q2 2026",
                        "Surveys returned: 1,046 (response rate 22%)",
                        "Overall satisfaction: 94% top-two box",
                        "Pharmacist counseling helpful: 91%",
                        "Delivery on time: 96%",
                    ],
                    "PSAT Q2",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="rotation schedule reply to pharmacy student",
        notes="Student rotation logistics to a personal mailbox; no patient information.",
        frm="Victor Lam PharmD <vlam@meridianspecialtyrx.com>",
        to="nora.feeney.pharmd2027@gmail.com",
        subject="Re: APPE rotation start",
        body="Hi Nora,\n\nWelcome! Your rotation starts Monday 10/5 at 8:00. Park in the back lot and bring your intern license and HIPAA certificate. First week you'll shadow the oncology clinical team.\n\nVictor",
    ),
    Spec(
        phi=False,
        category="biosimilar substitution position memo to payers",
        notes="Hard negative: policy memo on interchangeable biosimilars; drug and disease names only.",
        frm="Payer Relations <payers@meridianspecialtyrx.com>",
        to="pharmacy-directors@ohiopayersforum-example.org",
        subject="Our approach to interchangeable adalimumab biosimilars",
        body="For members with rheumatoid arthritis, psoriasis or Crohn's disease, Meridian will substitute an interchangeable adalimumab biosimilar when the plan formulary prefers it, notify the prescriber within 24 hours, and keep the patient on the same device type where possible."
        + SIG,
    ),
    Spec(
        phi=False,
        category="aggregate adherence report to manufacturer",
        notes="Hard negative: multi-sheet workbook with proportion-of-days-covered by drug and discontinuation counts, small cells suppressed; no individuals.",
        frm="Data Services <data@meridianspecialtyrx.com>",
        to="ld-data@apexoncopharma-example.com",
        subject="Q2 aggregate adherence (no patient-level data)",
        body="Aggregate adherence metrics attached; cells under 11 patients are suppressed.",
        atts=(
            Att(
                "adherence_Q2_aggregate.xlsx",
                XLSX,
                xlsx(
                    {
                        "PDC by drug": [
                            ["Drug", "Patients", "Mean PDC"],
                            ["capecitabine", 143, 0.86],
                            ["lenalidomide", 61, 0.91],
                        ],
                        "Discontinuation": [
                            ["Reason", "Count"],
                            ["Adverse event", 17],
                            ["Progression", 22],
                            ["Cost", "<11"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="wholesaler invoice archive zip",
        notes="Hard negative: zipped invoice CSVs with NDCs, lot numbers and quantities; no patients.",
        frm="Accounts Payable <ap@meridianspecialtyrx.com>",
        to="auditors@brennanpaigecpa-example.com",
        subject="August purchase invoices",
        body="August wholesaler invoices attached for the inventory audit.",
        atts=(
            Att(
                "invoices_2026-08.zip",
                "application/zip",
                zipped(
                    {
                        "inv_88410.csv": "ndc,description,lot,qty,unit_cost\n00069-0189-21,palbociclib 125mg 21ct,FX7710,12,14388.10\n58406-0032-04,etanercept 50mg 4ct,EN2291,30,7120.44\n",
                        "inv_88455.csv": "ndc,description,lot,qty,unit_cost\n68475-0711-01,capecitabine 500mg 120ct,AX22871,40,412.87\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="courier route change notice",
        notes="Operational notice to courier; no patients or addresses.",
        frm="Meridian Shipping <shipping@meridianspecialtyrx.com>",
        to="dispatch@swiftmedcourier-example.com",
        subject="Pickup time change starting 9/21",
        body="Starting Monday 9/21, afternoon pickup moves from 1:30 to 2:15 because of our new packing shift. Morning pickup unchanged.",
    ),
    Spec(
        phi=False,
        category="blank prescription intake form to clinic",
        notes="Hard negative: blank referral form PDF with empty patient fields.",
        frm="Meridian Intake <intake@meridianspecialtyrx.com>",
        to="frontdesk@centralohiorheum.com",
        subject="New referral form (rev 09/2026)",
        body="Please use the attached form for new referrals from now on; the old one lacks the biosimilar preference box.",
        atts=(
            Att(
                "MSP_referral_form_blank.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN SPECIALTY PHARMACY - NEW PATIENT REFERRAL",
                        "Patient name: ______________  DOB: ___/___/_____",
                        "Insurance ID: ______________  ICD-10: __________",
                        "Medication / strength / sig: ____________________",
                        "[ ] Dispense biosimilar if preferred by plan",
                    ],
                    "Referral form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded PBM prior authorization criteria bulletin",
        notes="Hard negative: forwarded payer criteria change for a drug and disease; no patient.",
        frm="Payer Relations <payers@meridianspecialtyrx.com>",
        to="frontdesk@centralohiorheum.com",
        cc="pa-desk@centralohiorheum.com",
        subject="Fwd: Criteria update: dupilumab, effective 10/1",
        body="Heads up for your October renewals - new step requirement below.",
        forward=FWD_PBM,
    ),
    Spec(
        phi=False,
        category="phishing awareness alert quoting fake patient email",
        notes="Hard negative: security alert quoting a phishing lure addressed to 'valued patient'; no real person.",
        frm="IT Security <security@meridianspecialtyrx.com>",
        to="allstaff@meridianspecialtyrx.com",
        subject="PHISHING ALERT: fake 'prescription on hold' emails",
        body="Several staff received this today:\n\n> Dear valued patient, your prescription is ON HOLD. Verify your insurance at meridian-rx-verify.co within 24h.\n\nIt is not from us. Do not click. Use the Report Phish button.\n\nIT Security",
    ),
    Spec(
        phi=False,
        category="job offer letter to pharmacist candidate",
        notes="Offer letter to candidate's personal mailbox; employment terms only.",
        frm="HR <hr@meridianspecialtyrx.com>",
        to="d.achterberg@outlook.com",
        subject="Offer - Clinical Pharmacist, Oncology",
        body="Dear Daniel,\n\nWe are delighted to offer you the Clinical Pharmacist, Oncology position at $142,000 per year, starting November 2. Please sign and return the offer by 9/25.\n\nWarm regards,\nMeridian HR",
    ),
]
