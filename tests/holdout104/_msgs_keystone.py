"""Keystone Rx Benefits, pharmacy prior-authorization desk: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import docx, encrypted_zip, pdf, xlsx, zipped
from _spec import KRX, SCH, Att, Spec

PA = f"Prior Authorization Desk <pa@{KRX}>"
SIG = "\n\nKeystone Rx Benefits - Prior Authorization\nPhone 1-888-555-0166 | Fax 1-888-555-0167"

_FHIR_CLAIM = json.dumps(
    {
        "resourceType": "ClaimResponse",
        "id": "pa-7741902",
        "status": "active",
        "use": "preauthorization",
        "outcome": "complete",
        "patient": {
            "display": "Ondine Vasquez-Rourke",
            "identifier": {"system": "urn:keystonerx:member", "value": "KRX88120475"},
        },
        "item": [
            {
                "adjudication": [{"category": {"text": "approved"}}],
                "productOrService": {
                    "text": "dupilumab 300 mg/2 mL pen (Dupixent) - atopic dermatitis L20.9"
                },
            }
        ],
        "preAuthRef": "PA-7741902",
        "preAuthPeriod": {"start": "2026-09-15", "end": "2027-03-14"},
    },
    indent=1,
)

_FHIR_SAMPLE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "id": "example-pas-bundle",
        "meta": {
            "tag": [{"code": "SYNTHETIC", "display": "Synthetic test data - not a real patient"}]
        },
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "example",
                    "name": [{"family": "Testpatient", "given": ["Example"]}],
                }
            }
        ],
    },
    indent=1,
)

MESSAGES = [
    Spec(
        phi=True,
        category="PA approval faxback to prescriber",
        notes="Approval of Ozempic for a named patient with DOB and diabetes diagnosis to the prescriber's office.",
        frm=PA,
        to="rx@fairmountfamilymed.com",
        subject="PA approved - ref PA-7738115",
        body=(
            "Prescriber: Dr. Allison Greaves\nPatient: Reginald Tamaki   DOB 07/23/1969   Member ID KRX30219877\n"
            "Drug: semaglutide (Ozempic) 1 mg weekly\nDx: type 2 diabetes mellitus, E11.65\nDecision: APPROVED 9/15/2026 - 9/14/2027"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Formulary PA criteria update to prescribers",
        notes="Hard negative: criteria update naming drugs and diagnoses (obesity, psoriasis) for all prescribers; no patient.",
        frm="Clinical Programs <clinicalprograms@keystonerxpa.com>",
        to="prescriber-list@keystonerxpa.com",
        subject="Jan 1 2027 PA criteria changes",
        html="<html><body><h3>Prior authorization criteria changes effective 1/1/2027</h3><ul><li>Wegovy / Zepbound for chronic weight management: BMI &ge; 30, or &ge; 27 with a weight-related comorbidity; reauthorization requires 5% weight loss.</li><li>Skyrizi for plaque psoriasis: trial of one topical and one systemic agent.</li><li>Hepatitis C DAAs: PA removed.</li></ul><p>Questions: 1-888-555-0166.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="Denial letter PDF to member",
        notes="Hard positive: short body; attached PDF denial names the member, her address and the off-label ketamine nasal spray for depression.",
        frm=PA,
        to="wren.holloway@icloud.com",
        subject="A letter about your prescription",
        body="Hello, a letter about your recent prescription request is attached. Please call us with questions."
        + SIG,
        atts=(
            Att(
                "coverage_determination.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE RX BENEFITS - NOTICE OF DENIAL OF PRESCRIPTION DRUG COVERAGE",
                        "Wren Holloway, 77 Larkspur Terrace, Apt 3C, Millbrook, NY 12545",
                        "Member ID: KRX55019348",
                        "Drug: esketamine (Spravato) nasal spray 84 mg",
                        "Reason: Treatment-resistant major depressive disorder criteria not met - only one antidepressant trial documented.",
                    ],
                    "Denial notice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice",
        notes="Hard negative: amoxicillin and Adderall shortage bulletin to network pharmacies; no individual.",
        frm="Pharmacy Network <network@keystonerxpa.com>",
        to="network-pharmacies@keystonerxpa.com",
        subject="Shortage bulletin: amphetamine salts ER, amoxicillin suspension",
        body="Effective immediately, PA is waived for therapeutic substitution of amphetamine mixed salts ER with methylphenidate ER, and for amoxicillin 400 mg/5 mL to 250 mg/5 mL, through 12/31. Use SCC 07.",
    ),
    Spec(
        phi=True,
        category="Peer-to-peer scheduling reply",
        notes="Reply to prescriber naming the patient and the oncology drug for the peer-to-peer call.",
        frm='"Dr. Nadia Fenwick, PharmD" <nfenwick@keystonerxpa.com>',
        to="oncnurse@lakeshorecancercenter.org",
        subject="RE: P2P for Ibrance",
        body=(
            "Hi Coreen,\n\nI can do the peer-to-peer with Dr. Halvorsen tomorrow at 2:15 about Ms. Beatrix Lund's palbociclib. "
            "Please have her most recent CT and the HER2/ER results ready - the denial was for missing receptor status.\n\nNadia Fenwick, PharmD"
        ),
    ),
    Spec(
        phi=False,
        category="Pharmacist bio for conference",
        notes="Hard negative: clinical pharmacist biography mentioning oncology and HIV specialties; she is staff, not a patient.",
        frm="Communications <comms@keystonerxpa.com>",
        to="program@specialtypharmacysummit.org",
        subject="Speaker bio - Dr. Nadia Fenwick",
        body="Nadia Fenwick, PharmD, BCOP, leads Keystone Rx's specialty PA team. She has 12 years of experience in oncology and HIV pharmacotherapy and previously worked in a bone marrow transplant unit. She will speak on step therapy for CDK4/6 inhibitors.",
    ),
    Spec(
        phi=True,
        category="FHIR ClaimResponse to EHR vendor",
        notes="Hard positive: FHIR ClaimResponse attachment names the patient, member ID and Dupixent for atopic dermatitis; body is technical.",
        frm="ePA Integration <epa@keystonerxpa.com>",
        to="integrations@clinicore-ehr.com",
        subject="ePA response that failed to post (ticket 44107)",
        body="The ClaimResponse below was rejected by your endpoint with HTTP 422 (preAuthPeriod). Payload attached for debugging. Please handle per our BAA.",
        atts=(Att("ClaimResponse_pa-7741902.json", "application/fhir+json", _FHIR_CLAIM),),
    ),
    Spec(
        phi=False,
        category="Synthetic FHIR bundle for interface test",
        notes="Hard negative: FHIR bundle tagged SYNTHETIC with an 'Example Testpatient'; no real person.",
        frm="ePA Integration <epa@keystonerxpa.com>",
        to="integrations@clinicore-ehr.com",
        subject="Sample PAS bundle for your sandbox",
        body="Synthetic sample for your sandbox tests. Do not load to production.",
        atts=(Att("sample_pas_bundle.json", "application/fhir+json", _FHIR_SAMPLE),),
    ),
    Spec(
        phi=True,
        category="HL7 RDE message to specialty pharmacy",
        notes="Hard positive: HL7 pharmacy order with patient name, DOB, address and adalimumab; body mentions only the interface.",
        frm="ePA Integration <epa@keystonerxpa.com>",
        to="interfaces@crescentspecialtyrx.com",
        subject="Resend - RDE from 9/14 after interface outage",
        body="Resending the one order message that queued during the outage.",
        atts=(
            Att(
                "RDE_20260914_0007.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|KRXPA|KEYSTONE|CSRX|CRESCENT|202609141122||RDE^O11|KRX0007|P|2.5.1\r"
                "PID|1||KRX71903366^^^KRX^MB||DESROSIERS^ETIENNE^P||19830505|M|||19 Quarry Ln^^Stonebridge^NJ^08857\r"
                "ORC|NW|PA-7740551\r"
                "RXE|^^^20260914|00074-0554-02^Humira 40 mg/0.4 mL pen^NDC|40||mg|||||2|||||||||||||||K50.90 Crohn disease\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Weekly PA turnaround metrics",
        notes="Hard negative: two-sheet workbook of PA volumes by drug class and turnaround; aggregate only.",
        frm="PA Operations <paops@keystonerxpa.com>",
        to=f"pharmacyops@{SCH}",
        subject="Weekly PA metrics - wk 37",
        body="Attached. Median turnaround 9.4 hours; 96% of urgent within 24h.",
        atts=(
            Att(
                "pa_metrics_wk37.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "By class": [
                            ["Class", "Requests", "Approved", "Denied"],
                            ["GLP-1", 1410, 902, 508],
                            ["TNF inhibitors", 288, 251, 37],
                            ["Oncology oral", 176, 160, 16],
                            ["ADHD stimulants", 205, 187, 18],
                        ],
                        "TAT": [
                            ["Priority", "Median hrs", "% in SLA"],
                            ["Urgent", 5.2, 96.0],
                            ["Standard", 11.8, 98.7],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Missing information request to prescriber",
        notes="Request for chart notes for a named teenager's ADHD stimulant PA; includes DOB.",
        frm=PA,
        to="frontdesk@willowbrookpeds.com",
        subject="Additional info needed - PA-7739260",
        body=(
            "Patient: Oliver Strand, DOB 03/11/2011\nDrug: lisdexamfetamine (Vyvanse) 40 mg\n\nWe need documentation of the ADHD "
            "diagnosis (rating scales) and trial of a methylphenidate product before we can decide. Please fax by 9/18 or the request will be closed."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Blank PA request form to prescriber office",
        notes="Hard negative: blank PA form with field labels only (Patient name, DOB, Diagnosis).",
        frm=PA,
        to="office@harborviewinternalmed.com",
        subject="Blank PA form you asked for",
        body="Attached is our universal PA form. Fill in every field; incomplete forms are the #1 cause of delays.",
        atts=(
            Att(
                "KRX_universal_PA_form.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE RX BENEFITS - PRIOR AUTHORIZATION REQUEST FORM",
                        "Patient name: ______________  DOB: __________  Member ID: __________",
                        "Drug / strength / quantity: ______________________",
                        "Diagnosis (ICD-10): __________  Previous therapies tried: __________",
                        "Prescriber NPI: __________  Signature: __________",
                    ],
                    "PA form",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted zip of PA file for audit",
        notes="Hard positive: password-protected zip of PA case file for a named member's testosterone therapy (gender-affirming care) sent to auditor.",
        frm="PA Quality <paquality@keystonerxpa.com>",
        to="audit@rxauditpartners.com",
        subject="Sample 12 of 40 - case file (password by phone)",
        body="Case file for audit sample 12 (Jordan Ellery, member KRX64410285, testosterone cypionate). Password will be given by phone.",
        atts=(
            Att(
                "sample12_PA-7729004.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "PA-7729004.txt": "Jordan Ellery DOB 1998-12-01 testosterone cypionate 100 mg weekly; dx F64.0; approved 2026-08-20\n",
                    },
                    "Ks-aud1t-12",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Audit engagement letter",
        notes="Audit scope letter listing sample size and fields; no members.",
        frm="PA Quality <paquality@keystonerxpa.com>",
        to="audit@rxauditpartners.com",
        subject="Signed engagement letter - 2026 PA timeliness audit",
        body="Signed engagement letter attached. Sample of 40 PA cases, drawn by you from our July universe. Files will be sent one at a time, encrypted.",
        atts=(
            Att(
                "engagement_letter_signed.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Engagement letter: 2026 prior authorization timeliness audit",
                        "Scope: 40 cases sampled from the July 2026 universe.",
                        "Fees: $14,500 fixed.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to patient's spouse about approval",
        notes="Hard positive: reply to husband using only the wife's first name plus the approved drug and pharmacy pickup.",
        frm="Marisol Peña <mpena@keystonerxpa.com>",
        to="dale.okafor@hotmail.com",
        subject="RE: Any update?",
        body="Hi Dale,\n\nGood news - Ngozi's Eliquis 5 mg refill is approved through next September, so she can pick it up at the Walgreens on Route 9 today. The Xarelto request was withdrawn as you asked.\n\nMarisol\nPA Specialist",
    ),
    Spec(
        phi=False,
        category="General PA timing answer to a consumer",
        notes="Hard negative: general answer to someone asking how long PA takes; no drug, condition or request of theirs is mentioned.",
        frm="Member Help <help@keystonerxpa.com>",
        to="sunnydays4412@gmail.com",
        subject="RE: How long does prior authorization take?",
        body="Hi,\n\nMost prior authorization requests are decided within 72 hours, and urgent ones within 24 hours, once we have the prescriber's information. You can check status at keystonerx.example/status.\n\nMember Help",
    ),
    Spec(
        phi=True,
        category="Table of pending PAs without headers",
        notes="Hard positive: CSV without a header row: names, member IDs, drugs and dates of pending PAs to a clinic.",
        frm=PA,
        to="pa-coordinator@summitviewrheum.com",
        subject="Pending list",
        body="Your open requests as of this morning.",
        atts=(
            Att(
                "open_20260915.csv",
                "text/csv",
                "Hollis Brandt,KRX22804419,Rinvoq 15 mg,2026-09-10\nMaeve Ostrowski,KRX31157028,Orencia ClickJect,2026-09-11\nDesmond Achebe,KRX40092261,Otezla 30 mg,2026-09-12\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="NCPDP reject code list",
        notes="Hard negative: list of reject codes and numbers that look like IDs but are codes.",
        frm="Pharmacy Help Desk <rxhelp@keystonerxpa.com>",
        to="manager@maplestreetpharmacy.com",
        subject="Reject codes 75 / 76 / 88 cheat sheet",
        body="75 - Prior authorization required\n76 - Plan limitations exceeded\n88 - DUR reject\nBIN 610877 PCN KRXPA GRP 900441\nOverride with PA number only after approval.",
        atts=(
            Att(
                "reject_codes.txt",
                "text/plain",
                "75 PA required\n76 Plan limits\n88 DUR reject\nMR Product not on formulary\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry file",
        notes="Hard positive: X12 270 with subscriber name, DOB and member ID; body only says 'batch'.",
        frm="EDI <edi@keystonerxpa.com>",
        to=f"edi@{SCH}",
        subject="270 batch 0915",
        body="Batch attached.",
        atts=(
            Att(
                "270_0915.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*KEYSTONERX     *ZZ*SUMMITCREST    *260915*0705*^*00501*000000915*0*P*:~GS*HS*KEYSTONERX*SUMMITCREST*20260915*0705*915*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*0915*20260915*0705~HL*1**20*1~NM1*PR*2*SUMMIT CREST HEALTH PLAN*****PI*95512~HL*2*1*21*1~NM1*1P*2*KEYSTONE RX BENEFITS*****XX*1147046324~HL*3*2*22*0~NM1*IL*1*PALMQUIST*GRETA****MI*SCH661207384~DMG*D8*19480830*F~EQ*88~SE*11*0001~GE*1*915~IEA*1*000000915~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Order confirmation with SSN-shaped number",
        notes="Hard negative: office supply order number formatted like a nine-digit code; no person.",
        frm="Facilities <facilities@keystonerxpa.com>",
        to="orders@officedepotbiz.example.com",
        subject="Order 418-22-7305 - toner delivery",
        body="Please deliver order 418-22-7305 (12 toner cartridges, 30 reams) to suite 400, loading dock B, before Friday.",
    ),
    Spec(
        phi=True,
        category="Appeal referral to plan A&G",
        notes="PA denial forwarded to the plan's appeals unit for a named member's hepatitis B treatment.",
        frm='"Dr. Nadia Fenwick, PharmD" <nfenwick@keystonerxpa.com>',
        to=f"pharmacy-appeals@{SCH}",
        subject="Redetermination request received - Vemlidy",
        body="Member Quentin Abara (SCH512874430) filed a redetermination on our denial of tenofovir alafenamide (Vemlidy) for chronic hepatitis B; his nephrologist notes eGFR 48. File on the shared portal.\n\nNadia",
    ),
    Spec(
        phi=False,
        category="BAA renewal with plan",
        notes="Business associate agreement renewal; contract only.",
        frm="Legal <legal@keystonerxpa.com>",
        to=f"contracts@{SCH}",
        subject="BAA renewal - countersigned",
        body="Attached is the countersigned BAA renewal effective 10/1/2026 for three years. Please return the fully executed copy.",
        atts=(
            Att(
                "BAA_SCH_KRX_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE RX BENEFITS / SUMMIT CREST HEALTH PLAN",
                        "BUSINESS ASSOCIATE AGREEMENT - RENEWAL",
                        "Term: October 1, 2026 through September 30, 2029",
                    ],
                    "BAA",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML approval email to patient",
        notes="HTML-only approval notice to member naming him and his buprenorphine treatment (Part 2-sensitive).",
        frm=PA,
        to="tj.vandermeer@gmail.com",
        subject="Your prescription is approved",
        html="<html><body><p>Hi Tobias Vandermeer,</p><p>Your prior authorization for <b>buprenorphine/naloxone (Suboxone) 8 mg/2 mg film</b> has been approved through 03/15/2027. Your pharmacy can fill it now.</p><p>Keystone Rx Benefits</p></body></html>",
        body="",
    ),
    Spec(
        phi=False,
        category="Marketing email for mail-order pharmacy",
        notes="Hard negative: generic mail-order promotion sent to all members; no condition implied.",
        frm="Keystone Rx <news@keystonerxpa.com>",
        to="sunnydays4412@gmail.com",
        subject="Save with 90-day mail order",
        html="<html><body><h2>Get a 90-day supply delivered</h2><p>Switch your ongoing prescriptions to home delivery and pay less per fill. Free standard shipping.</p><p><small>Unsubscribe</small></p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="Quantity limit exception approval with ICD code",
        notes="Prescriber fax reply approving sumatriptan quantity exception for named patient with migraine G43.709.",
        frm=PA,
        to="fax-inbox@northridgemedgroup.com",
        subject="QL exception - Imitrex",
        body="Patient: Sienna Marlowe (KRX60388127)\nsumatriptan 100 mg, 18 tabs / 30 days approved\nDx G43.709 chronic migraine\nPrescriber Dr. Joel Whitcombe NPI 1927820963"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Prescriber DEA verification request",
        notes="Hard negative: verification of a prescriber's DEA and NPI for the credentialing file; clinician identifiers only.",
        frm="Prescriber Data <prescriberdata@keystonerxpa.com>",
        to="credentialing@northridgemedgroup.com",
        subject="Please confirm DEA for Dr. Whitcombe",
        body="Our file shows Dr. Joel Whitcombe, neurology, DEA BK2262929, NPI 1927820963, expiring 11/30/2026. Please confirm renewal so controlled-substance PAs continue to route to him.",
    ),
    Spec(
        phi=True,
        category="Multi-sheet reauthorization list to clinic",
        notes="Hard positive: workbook of upcoming reauthorizations listing patient names, member IDs and biologics; body generic.",
        frm=PA,
        to="biologics@summitviewrheum.com",
        subject="Q4 reauthorizations due",
        body="Please start these renewals 30 days before expiry.",
        atts=(
            Att(
                "reauth_Q4.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "October": [
                            ["Patient", "Member ID", "Drug", "Expires"],
                            ["Ilse Gunderson", "KRX11839472", "Enbrel 50 mg", "2026-10-19"],
                            ["Rafael Moncada", "KRX27754106", "Cosentyx 150 mg", "2026-10-28"],
                        ],
                        "November": [
                            ["Patient", "Member ID", "Drug", "Expires"],
                            ["Bettina Kraus", "KRX35512908", "Actemra ACTPen", "2026-11-04"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff training calendar invite",
        notes="Training session invite on new step-therapy rules; staff only.",
        frm="PA Operations <paops@keystonerxpa.com>",
        to=f"pa-team@{KRX}",
        subject="Training: 2027 step therapy rules",
        body="Mandatory for all PA technicians.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone Rx//PA//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:train-2027-step@keystonerxpa.com\r\nDTSTAMP:20260914T120000Z\r\nDTSTART:20260922T180000Z\r\nDTEND:20260922T190000Z\r\n"
            "SUMMARY:2027 step therapy rules (GLP-1, biologics)\r\nLOCATION:Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded pharmacy call note",
        notes="Hard positive: forwarded call note in which a pharmacy reports a named patient's opioid early-refill request and overdose history.",
        frm="Marisol Peña <mpena@keystonerxpa.com>",
        to="dr.fenwick@keystonerxpa.com",
        subject="FW: early refill - oxycodone",
        body="Nadia - can you look at this before I respond? Feels like a safety issue.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Pharmacist <rph@maplestreetpharmacy.com>",
            to=f"pa@{KRX}",
            subject="early refill - oxycodone",
            body="Patient Carlton Reeve (DOB 10/14/1966) is asking for an early fill of oxycodone 10 mg, 9 days early. He was in the ED for an overdose in June per PDMP. Please advise on the override.",
        ),
    ),
    Spec(
        phi=False,
        category="Policy document on step therapy",
        notes="Hard negative: policy document describing criteria for biologics with diagnoses; no patient.",
        frm="Clinical Programs <clinicalprograms@keystonerxpa.com>",
        to=f"medicalpolicy@{SCH}",
        subject="Draft policy RX-BIO-07 for P&T",
        body="Draft step-therapy policy for TNF inhibitors attached for the October P&T committee.",
        atts=(
            Att(
                "RX-BIO-07_draft.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "RX-BIO-07 Targeted immunomodulators",
                        "Indications: rheumatoid arthritis, psoriatic arthritis, Crohn's disease, ulcerative colitis.",
                        "Step 1: adalimumab biosimilar. Step 2: etanercept or ustekinumab.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse chat-style message with member ID only",
        notes="Hard positive: one-liner with a member ID and the drug and result of review.",
        frm="Marisol Peña <mpena@keystonerxpa.com>",
        to=f"pharmacy-appeals@{SCH}",
        subject="KRX48816302",
        body="KRX48816302 - Xolair for severe asthma, IgE 410, denied for no ICS/LABA trial. FYI before he calls you.",
    ),
    Spec(
        phi=False,
        category="Vendor software release notes",
        notes="ePA vendor release notes forwarded; no members.",
        frm="ePA Integration <epa@keystonerxpa.com>",
        to=f"pa-team@{KRX}",
        subject="FW: CoverMyPA release 26.9 notes",
        body="FYI - new questionnaire rendering ships Sunday.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Release Notes <releases@covermypa-vendor.com>",
            to=f"epa@{KRX}",
            subject="CoverMyPA release 26.9 notes",
            body="Release 26.9: faster questionnaire rendering; new reject reason codes; fixed timezone display bug.",
        ),
    ),
    Spec(
        phi=True,
        category="Zip of PA letters to print vendor",
        notes="Hard positive: zip of member letters (names, addresses, drugs) sent to the print-and-mail vendor.",
        frm="Member Letters <letters@keystonerxpa.com>",
        to="jobs@printpostsolutions.com",
        subject="Print job KRX-0915-A (2 letters)",
        body="Print job attached. Please mail first class by 9/16.",
        atts=(
            Att(
                "KRX-0915-A.zip",
                "application/zip",
                zipped(
                    {
                        "letter_001.txt": "Agnes Thibodeaux\n1200 Cypress Bend\nHouma, LA 70360\nYour request for Jardiance 10 mg has been APPROVED.\n",
                        "letter_002.txt": "Lionel Baptiste\n46 Rue Villere\nThibodaux, LA 70301\nYour request for Nurtec ODT has been DENIED.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Network pharmacy contract amendment",
        notes="Contract amendment on dispensing fees; no patients.",
        frm="Pharmacy Network <network@keystonerxpa.com>",
        to="owner@maplestreetpharmacy.com",
        subject="Amendment 3 - dispensing fee schedule",
        body="Hello Mr. Dutta,\n\nAmendment 3 raises the dispensing fee for specialty fills to $3.25 from January 1. Please sign and return.\n\nNetwork Contracting",
    ),
    Spec(
        phi=False,
        category="Security incident drill notice",
        notes="Hard negative: tabletop exercise describing a fictional misdirected fax scenario with an invented patient.",
        frm="Security Office <security@keystonerxpa.com>",
        to=f"pa-team@{KRX}",
        subject="Tabletop drill Thursday - misdirected fax scenario",
        body="Scenario (fictional): a PA approval for the made-up patient 'Pat Example' is faxed to the wrong clinic. We'll walk through detection, containment and breach risk assessment. 45 minutes, room 4B.",
    ),
    Spec(
        phi=True,
        category="Urgent queue escalation with newborn patient",
        notes="Queue note escalating an urgent PA for a named infant's synagis (RSV prophylaxis) with DOB.",
        frm="PA Operations <paops@keystonerxpa.com>",
        to=f"pa-leads@{KRX}",
        subject="Queue counts 7am + 1 escalation",
        body="Urgent: 14 | Standard: 233 | Pending info: 97\n\nEscalate: baby Elowen Farrant, DOB 08/30/2026, palivizumab (Synagis) for prematurity 29 wks + chronic lung disease - NICU discharge is today, needs decision by noon.",
    ),
]
