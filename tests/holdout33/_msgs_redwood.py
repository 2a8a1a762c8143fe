"""Redwood Valley Family Medicine: front desk, clinicians, lab, billing, CCM and admin mail."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import FMT, RVFM, SHH, Att, Spec

SIG_FD = (
    "\n\nThanks,\nMaribel Ochoa\nFront Desk | Redwood Valley Family Medicine\n"
    "410 Alder Creek Rd, Suite B | (707) 555-0148"
)
SIG_CCM = (
    "\n\n-- \nTeodora Wilkes, RN\nChronic Care Management Coordinator\n"
    "Redwood Valley Family Medicine\n"
    "CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for "
    "the addressee. If you received it in error, please notify the sender and delete it."
)

_HL7 = (
    "MSH|^~\\&|RVFM_LAB|REDWOOD VALLEY FM|EHR|RVFM|202611101422||ORU^R01|RV88231|P|2.5.1\r"
    "PID|1||RV-0044817^^^RVFM^MR||Thackeray^Lorna^J||19580322|F|||1187 Pine Flat "
    "Rd^^Cazadero^CA^95421\r"
    "OBR|1|ORD55120|LAB55120|4548-4^Hemoglobin A1c^LN|||202611100815\r"
    "OBX|1|NM|4548-4^Hemoglobin A1c^LN||9.1|%|4.0-5.6|H|||F\r"
    "OBX|2|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F\r"
)

_CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    "  <title>Continuity of Care Document</title>\n"
    '  <recordTarget><patientRole><id extension="RV-0061390" root="2.16.840.1.113883.19.5"/>\n'
    "    <patient><name><given>Dashiell</given><family>Okonkwo-Reyes</family></name>\n"
    '      <birthTime value="19710914"/></patient></patientRole></recordTarget>\n'
    "  <component><section><title>Problems</title>\n"
    "    <text>Type 2 diabetes mellitus (E11.9); Obstructive sleep apnea (G47.33)</text>\n"
    "  </section><section><title>Medications</title>\n"
    "    <text>Metformin 1000 mg BID; CPAP nightly</text></section></component>\n"
    "</ClinicalDocument>\n"
)

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="front desk appointment reminder to patient",
        notes="Patient name with prenatal visit date and glucose test instructions to gmail.",
        frm=f"Maribel Ochoa <mochoa@{RVFM}>",
        to="Krystal Vang <krystal.vang88@gmail.com>",
        subject="Your appointment Thursday",
        body=(
            "Hi Krystal,\n\nJust a reminder that your 28-week prenatal visit with Dr. Halvorsen "
            "is Thursday 11/12 at 9:40 AM. You'll be doing the 1-hour glucose test that day, so "
            "drink the orange Glucola drink we gave you exactly one hour before check-in and "
            "don't eat anything else after it.\n\nPlease bring your insurance card (Partnership "
            "HealthPlan) since we have the old member number on file." + SIG_FD
        ),
    ),
    Spec(
        phi=True,
        category="lab result HL7 to EHR vendor",
        notes=(
            "Hard positive: PHI only in the attachment. HL7 ORU with patient name, DOB, MRN, "
            "address and high A1c; only in the attachment."
        ),
        frm=f"Lab Interface <labinterface@{RVFM}>",
        to="interface-support@chartwellehr.com",
        subject="Resend of rejected ORU batch 11/10",
        body=(
            "Chartwell team,\n\nThe attached ORU was rejected by your inbound listener with "
            "AE 207. Please reprocess on your side; our analyzer already resulted it.\n\n"
            "Ticket CW-44310.\n\nGlen Farrow\nLab Systems, Redwood Valley Family Medicine"
        ),
        atts=(Att("RV88231.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=True,
        category="quiet first name diagnosis to relative",
        notes="Hard positive: first name plus new diagnosis and medication to a daughter's yahoo.",
        frm=f"Dr. Anneliese Halvorsen <ahalvorsen@{RVFM}>",
        to="tamsin.greaves@yahoo.com",
        subject="Re: your dad",
        body=(
            "Tamsin,\n\nThanks for calling yesterday. As we discussed, Walt's echo did show "
            "heart failure with a reduced ejection fraction, about 35%. I've started him on "
            "low-dose carvedilol and he should weigh himself every morning. If he gains more "
            "than 3 lbs in a day please have him call us.\n\nAnneliese Halvorsen, MD"
        ),
    ),
    Spec(
        phi=True,
        category="CCM roster CSV to care management vendor",
        notes="Hard positive: CSV roster with initials, DOB and chronic conditions, no full names.",
        frm=f"Teodora Wilkes <twilkes@{RVFM}>",
        to="onboarding@carebridgeccm.com",
        subject="November CCM enrollment file",
        body="Attached is this month's enrollment delta. Twelve more consents are pending."
        + SIG_CCM,
        atts=(
            Att(
                "rvfm_ccm_enroll_202611.csv",
                "text/csv",
                "initials,dob,conditions,consent_date\r\n"
                "L.T.,03/22/1958,E11.65;I10,2026-11-02\r\n"
                "R.M.,07/01/1949,J44.9;I50.22,2026-11-03\r\n"
                "H.N.,12/19/1952,N18.3;E11.22,2026-11-04\r\n"
                "P.Q.,05/30/1961,F33.1;E66.01,2026-11-05\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject-only PHI",
        notes="Hard positive: patient name and condition only in the subject; body is generic.",
        frm=f"Dr. Rohan Mehta-Ellison <rmehta@{RVFM}>",
        to=f"Teodora Wilkes <twilkes@{RVFM}>",
        subject="Gilberto Sandoval - uncontrolled COPD, add to CCM list",
        body="Teo, can you reach out this week? Thx. -R",
    ),
    Spec(
        phi=True,
        category="referral letter PDF to specialist",
        notes=(
            "Referral PDF with patient, DOB and thyroid nodule to an outside endocrinology group."
        ),
        frm=f"Referrals <referrals@{RVFM}>",
        to="intake@northbayendocrine.com",
        subject="Referral - please schedule",
        body=(
            "Please see the attached referral. Call 707-555-0150 with questions.\n\nReferral "
            "Desk\nRVFM"
        ),
        atts=(
            Att(
                "Referral_Petrakis_E.pdf",
                "application/pdf",
                pdf(
                    [
                        "REDWOOD VALLEY FAMILY MEDICINE - REFERRAL",
                        "Patient: Eleni Petrakis   DOB: 08/14/1966   MRN: RV-0039215",
                        "Reason: 2.1 cm right thyroid nodule on ultrasound 11/04/2026, TSH 0.21",
                        "Requested: endocrinology consult, FNA if indicated",
                        "Referring: Rohan Mehta-Ellison, MD  NPI 1645336797",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="billing statement question reply",
        notes="Billing reply to patient email with account number and charge for an office visit.",
        frm=f"Billing <billing@{RVFM}>",
        to="desmond.achterberg@outlook.com",
        subject="RE: charge on my statement",
        body=(
            "Hello Mr. Achterberg,\n\nThe $184.00 on account 20-55817 is for your 10/21 visit "
            "(99214) plus the spirometry test (94010). Your plan applied it to your deductible. "
            "We can set up a payment plan if you'd like.\n\nKind regards,\nPriya Saldanha\n"
            "Patient Accounts\n\n> On Mon, Nov 9, Desmond Achterberg wrote:\n> What is this $184 "
            "charge? I thought my breathing test was covered."
        ),
    ),
    Spec(
        phi=True,
        category="eligibility spreadsheet to payer rep",
        notes="Hard positive: XLSX with member IDs and claim lines (CPT, DOS), no diagnosis words.",
        frm=f"Priya Saldanha <psaldanha@{RVFM}>",
        to="provider.relations@goldenstatecare.com",
        subject="Denied claims - October",
        body=(
            "Hi Marcus, the sheet has the October denials (CO-16). Can we get a call "
            "Friday?\n\nPriya"
        ),
        atts=(
            Att(
                "oct_denials.xlsx",
                XLSX,
                xlsx(
                    {
                        "Denials": [
                            ["Member ID", "Patient", "DOS", "CPT", "Billed", "CARC"],
                            [
                                "GSC884120031",
                                "Ferreira, Luis",
                                "10/03/2026",
                                "99213",
                                142.0,
                                "CO-16",
                            ],
                            [
                                "GSC771094452",
                                "Nakamura, June",
                                "10/07/2026",
                                "59425",
                                610.0,
                                "CO-16",
                            ],
                            ["GSC902337718", "Boateng, Kofi", "10/14/2026", "83036", 38.0, "CO-16"],
                        ],
                        "Summary": [["Total billed", 790.0], ["Claims", 3]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care",
        notes=(
            "Hard positive: PHI only in the attachment. C-CDA with patient name, DOB, MRN, "
            "problems and meds to a sleep clinic."
        ),
        frm=f"Medical Records <records@{RVFM}>",
        to="records@coastalsleepcenter.org",
        subject="CCD per your request",
        body="Attached as requested for your 11/18 appointment. Direct secure was down today.",
        atts=(Att("ccd_RV-0061390.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="wound photo with name in filename",
        notes="Hard positive: PNG whose file name carries the patient name and wound; body terse.",
        frm=f"Jolene Baptiste <jbaptiste@{RVFM}>",
        to="wound.consult@santarosawoundcare.com",
        subject="photo for Friday",
        body=(
            "Photo from this morning's dressing change attached. Measures 3.2 x 2.0 cm.\n\nJolene, "
            "LVN"
        ),
        atts=(
            Att(
                "Hollister_Raymond_L_heel_ulcer_2026-11-10.png",
                "image/png",
                png(6, 6, (170, 90, 80)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prenatal ICS invite",
        notes="Calendar invite for an OB ultrasound naming the patient sent to her partner.",
        frm=f"Maribel Ochoa <mochoa@{RVFM}>",
        to="jaime.ortega.ramos@icloud.com",
        subject="Invitation: Anatomy ultrasound - Yesenia Ortega",
        body="Yesenia asked us to send you the invite for her 20-week anatomy scan.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//RVFM//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:rvfm-us-55102@redwoodvalleyfm.com\r\nDTSTAMP:20261109T170000Z\r\n"
            "DTSTART:20261119T183000Z\r\nDTEND:20261119T191500Z\r\n"
            "SUMMARY:20-week anatomy ultrasound - Yesenia Ortega\r\n"
            "LOCATION:Redwood Valley Family Medicine, Imaging Room 2\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient portal message",
        notes="Forwarded rfc822: patient asks about Sertraline dose; forward to her NP.",
        frm=f"Maribel Ochoa <mochoa@{RVFM}>",
        to=f"Nadia Broussard NP <nbroussard@{RVFM}>",
        subject="Fwd: question about my medicine",
        body="Nadia - came into the general inbox, not the portal. Forwarding to you.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Hazel Underwood <hazelu1990@hotmail.com>",
            to=f"info@{RVFM}",
            subject="question about my medicine",
            body=(
                "Hi, this is Hazel Underwood (DOB 2/6/1990). I have been on sertraline 50 mg for "
                "three weeks for my anxiety and I'm still not sleeping. Can Nadia increase it? "
                "My pharmacy is the Rite Aid in Ukiah. Thanks."
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML table daily lab pending list",
        notes="HTML-only table of pending labs with patient names and tests to clinical staff.",
        frm=f"Glen Farrow <gfarrow@{RVFM}>",
        to=f"clinical-staff@{RVFM}",
        subject="Pending send-outs as of 2pm",
        body="",
        html=(
            "<html><body><p>Send-outs still pending from Quest:</p><table border='1'>"
            "<tr><th>Patient</th><th>DOB</th><th>Test</th><th>Collected</th></tr>"
            "<tr><td>Abernathy, Colt</td><td>01/09/1984</td><td>Hepatitis C RNA "
            "quant</td><td>11/05</td></tr>"
            "<tr><td>Ly, Mai</td><td>06/27/1992</td><td>Prenatal panel w/ "
            "HIV</td><td>11/06</td></tr>"
            "<tr><td>Wojcik, Stan</td><td>10/02/1950</td><td>PSA total</td><td>11/06</td></tr>"
            "</table><p>Glen</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="transport request to partner",
        notes="Ride request to Foothill transport: patient name, address and dialysis schedule.",
        frm=f"Teodora Wilkes <twilkes@{RVFM}>",
        to=f"dispatch@{FMT}",
        subject="Standing ride request",
        body=(
            "Hello dispatch,\n\nCan you set up standing wheelchair rides for Ignatius Marlowe, "
            "2290 Old River Rd, Hopland, to Ukiah Dialysis MWF, chair time 6:15 AM, starting "
            "11/16? He uses a standard chair and needs the ramp. Medi-Cal CIN 94822301B.\n"
            "Call his wife Opal at 707-555-0193 the day before." + SIG_CCM
        ),
    ),
    Spec(
        phi=True,
        category="DOCX care plan to home health",
        notes=(
            "Hard positive: PHI only in the attachment. DOCX CCM care plan with patient name, meds "
            "and goals; body refers to 'the plan'."
        ),
        frm=f"Teodora Wilkes <twilkes@{RVFM}>",
        to="intake@mendocinohomehealth.com",
        subject="Care plan as promised",
        body="Hi Becca, care plan attached ahead of your start-of-care visit." + SIG_CCM,
        atts=(
            Att(
                "CarePlan_RMaddox.docx",
                DOCX,
                docx(
                    [
                        "Comprehensive Care Plan - Redwood Valley Family Medicine",
                        "Patient: Ruth Maddox, DOB 07/01/1949",
                        "Problems: COPD with 2 exacerbations this year; HFpEF; "
                        "osteoarthritis knees",
                        "Medications: Trelegy 1 puff daily; furosemide 20 mg daily; acetaminophen "
                        "PRN",
                        "Goal: no ED visits for 90 days; walk 10 minutes daily with rollator",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR immunization export",
        notes=(
            "Hard positive: PHI only in the attachment. FHIR Immunization bundle with patient name "
            "and DOB to a school nurse."
        ),
        frm=f"Nadia Broussard NP <nbroussard@{RVFM}>",
        to="nurse.office@anderson-valley-usd.org",
        subject="Immunization record",
        body=(
            "Per the parent's signed release, immunization record attached.\n\nNadia Broussard, "
            "FNP-C"
        ),
        atts=(
            Att(
                "immunizations.json",
                "application/fhir+json",
                '{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":'
                '"Patient","id":"p1","name":[{"family":"Castellanos","given":["Mateo"]}],'
                '"birthDate":"2014-04-18"}},{"resource":{"resourceType":"Immunization","status":'
                '"completed","vaccineCode":{"text":"Tdap"},"patient":{"reference":"Patient/p1"},'
                '"occurrenceDateTime":"2026-11-03"}},{"resource":{"resourceType":"Immunization",'
                '"status":"completed","vaccineCode":{"text":"MenACWY"},"patient":{"reference":'
                '"Patient/p1"},"occurrenceDateTime":"2026-11-03"}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="no-show follow-up terse",
        notes="Hard positive: 'Mr. D' with phone and missed INR check and warfarin, internal.",
        frm=f"Nadia Broussard NP <nbroussard@{RVFM}>",
        to=f"Maribel Ochoa <mochoa@{RVFM}>",
        subject="no show",
        body=(
            "Mr. D from Boonville missed his INR check again, last one was 4.2 on warfarin. "
            "Please call him at 707-555-0127 today and get him in tomorrow. Don't leave "
            "details on the machine."
        ),
    ),
    Spec(
        phi=True,
        category="zip of scanned records to attorney",
        notes=(
            "Hard positive: PHI only in the attachment. ZIP with a records index naming patient, "
            "visits and diagnoses to a law firm."
        ),
        frm=f"Medical Records <records@{RVFM}>",
        to="paralegal@hendrickslawgroup.com",
        subject="Records request #R-2291",
        body="Records released under the signed HIPAA authorization on file. Invoice to follow.",
        atts=(
            Att(
                "R-2291.zip",
                "application/zip",
                zipped(
                    {
                        "index.txt": (
                            "Records for Curtis Pennington, DOB 11/30/1977\n"
                            "2026-03-14 office visit - low back pain, lumbar strain (S39.012A)\n"
                            "2026-04-02 x-ray lumbar spine - mild degenerative changes\n"
                            "2026-05-20 physical therapy referral\n"
                        )
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 test rejection",
        notes=(
            "Hard positive: PHI only in the attachment. X12 837 snippet with subscriber name, "
            "member id and diagnosis to clearinghouse."
        ),
        frm=f"Priya Saldanha <psaldanha@{RVFM}>",
        to="support@pacificclaimsclearing.com",
        subject="837 rejected - segment error",
        body="Your portal rejected the attached claim at NM1. Looks fine to us. Please advise.",
        atts=(
            Att(
                "claim_55871.x12",
                "text/plain",
                "ISA*00*          *00*          *ZZ*RVFM01         *ZZ*PCC            "
                "*261110*1405*^*00501*000005587*0*P*:~\nGS*HC*RVFM01*PCC*20261110*1405*5587*X*005010X222A1~\n"
                "NM1*IL*1*GREENLEAF*ORSON****MI*GSC553019927~\nDMG*D8*19630211*M~\n"
                "CLM*55871*142***11:B:1*Y*A*Y*Y~\nHI*ABK:M1A00X0~\nSV1*HC:99213*142*UN*1***1~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="chatty clinician to colleague about shared patient",
        notes="Clinician to hospice medical director about a named patient's prognosis and meds.",
        frm=f"Dr. Rohan Mehta-Ellison <rmehta@{RVFM}>",
        to=f"Dr. Celestine Ambrose <cambrose@{SHH}>",
        subject="Bernadette",
        body=(
            "Hi Celeste,\n\nHope the new wing is treating you well! Quick heads up - Bernadette "
            "Kowalczyk (you met her family at the info session) is getting close. Her pancreatic "
            "cancer has progressed and she's asked to stop chemo. She's on oxycodone ER 20 mg "
            "BID and I think she'd be a good fit for your house. Family is ready to talk. "
            "Can I give them your number?\n\nRohan"
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="flu clinic newsletter",
        notes="Health topic to patients with no individual; HTML-only newsletter.",
        frm=f"Redwood Valley Family Medicine <news@{RVFM}>",
        to="patients-list@lists.redwoodvalleyfm.com",
        subject="Flu and COVID shot clinic Saturday",
        body="",
        html=(
            "<html><body><h2>Walk-in vaccine clinic</h2><p>Saturday Nov 14, 9am-1pm. Flu, "
            "updated COVID-19 and RSV shots for adults 60+ and pregnant people 32-36 weeks. "
            "Most insurance accepted; no appointment needed.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="clinician name with disease topic",
        notes="Hard negative: clinician names with diabetes education schedule, no patients.",
        frm=f"Teodora Wilkes <twilkes@{RVFM}>",
        to=f"all-staff@{RVFM}",
        subject="Diabetes education class schedule",
        body=(
            "Team,\n\nDr. Halvorsen will teach the Type 2 diabetes class on insulin starts Dec 3, "
            "and Nadia Broussard NP will cover hypertension and CKD on Dec 10. Please hand out "
            "the flyers at checkout to anyone interested." + SIG_CCM
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice with SSN-shaped PO",
        notes="Hard negative: supply invoice whose PO number looks like an SSN.",
        frm=f"Accounts Payable <ap@{RVFM}>",
        to="ar@henryscheinmedical.com",
        subject="Invoice 7718204 - PO 417-22-8830",
        body=(
            "Hi,\n\nPayment for invoice 7718204 (PO 417-22-8830; glucose strips, lancets and "
            "A1c cartridges) was released by ACH today, $2,318.40.\n\nThanks,\nDonna Reyes\nAP"
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: Bicillin shortage with dosing, no patients.",
        frm=f"Dr. Anneliese Halvorsen <ahalvorsen@{RVFM}>",
        to=f"providers@{RVFM}",
        subject="Bicillin L-A shortage - syphilis treatment",
        body=(
            "All,\n\nBicillin L-A 2.4 million units is on allocation again through January. "
            "Reserve our stock for pregnant patients with syphilis; for everyone else use "
            "doxycycline 100 mg BID x14 days per CDC. Pharmacy will track remaining units.\n\nA.H."
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality report",
        notes="Hard negative: UDS quality measures, counts only, XLSX multi-sheet.",
        frm=f"Donald Kearney <dkearney@{RVFM}>",
        to="quality@ruralhealthnetwork.org",
        subject="Q3 quality measures",
        body=(
            "Q3 numbers attached. Our A1c>9 rate improved to 18%.\n\nDon Kearney, Practice Manager"
        ),
        atts=(
            Att(
                "RVFM_Q3_quality.xlsx",
                XLSX,
                xlsx(
                    {
                        "Measures": [
                            ["Measure", "Numerator", "Denominator", "Rate"],
                            ["Diabetes A1c > 9%", 41, 228, 0.18],
                            ["Controlling high BP", 402, 611, 0.66],
                            ["Prenatal care 1st trimester", 37, 44, 0.84],
                        ],
                        "Notes": [["Source", "EHR UDS module"], ["Period", "Jul-Sep 2026"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payroll HR notice",
        notes="Hard negative: HR open enrollment with staff names and benefits, no patients.",
        frm=f"Human Resources <hr@{RVFM}>",
        to=f"all-staff@{RVFM}",
        subject="Open enrollment ends Friday",
        body=(
            "Reminder: benefits open enrollment closes Friday 11/13. The employee assistance "
            "program now covers 8 counseling sessions. Questions go to Lorraine Dubois in HR, "
            "ext 211. Paychecks on 11/20 reflect the new dental premiums."
        ),
    ),
    Spec(
        phi=False,
        category="job posting",
        notes="Hard negative: MA job posting mentions phlebotomy, EHR and prenatal care.",
        frm=f"Human Resources <hr@{RVFM}>",
        to="jobs@mendocinocountyjobs.org",
        subject="Posting: Medical Assistant, family practice",
        body=(
            "Please post: Medical Assistant (full time). Rooming patients, vitals, injections, "
            "phlebotomy in our CLIA-waived lab, prenatal intake. CMA preferred. $23-27/hr. "
            "Apply at redwoodvalleyfm.com/careers."
        ),
    ),
    Spec(
        phi=False,
        category="test patient for EHR upgrade",
        notes="Hard negative: synthetic test patient clearly labelled TEST in an upgrade ticket.",
        frm=f"IT Helpdesk <it@{RVFM}>",
        to="support@chartwellehr.com",
        subject="Upgrade validation - lab order to result",
        body=(
            "Validated lab order round-trip with our standard test patient TEST, ZZPATIENT "
            "(MRN TEST-0001, DOB 01/01/1900, fictitious). Ordered A1c, resulted 6.1 via the "
            "analyzer simulator. Works in build 24.3.2. Closing ticket CW-44129."
        ),
    ),
    Spec(
        phi=False,
        category="policy document",
        notes="Hard negative: controlled substance policy DOCX with opioid terms and provider DEA.",
        frm=f"Dr. Anneliese Halvorsen <ahalvorsen@{RVFM}>",
        to=f"providers@{RVFM}",
        subject="Updated controlled substance agreement policy",
        body="Revised policy attached for sign-off by the 20th.",
        atts=(
            Att(
                "CS_policy_v4.docx",
                DOCX,
                docx(
                    [
                        "Controlled Substance Prescribing Policy (rev. 4)",
                        "Applies to all prescribers. Patients on chronic opioid therapy sign an "
                        "agreement annually and complete a urine drug screen every 6 months.",
                        "CURES must be checked before every Schedule II prescription.",
                        "Medical director: Anneliese Halvorsen, MD, DEA BH5726231, NPI 1970194746",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes=(
            "Hard negative: rural OB conference agenda with clinician speakers and disease topics."
        ),
        frm=f"Dr. Rohan Mehta-Ellison <rmehta@{RVFM}>",
        to="cme@calaafp.org",
        subject="Speaker confirmation - rural OB track",
        body=(
            "Confirmed for the 2027 rural OB track: 9:00 'Postpartum hemorrhage in a 12-bed "
            "hospital' (me), 10:15 'Gestational diabetes without an endocrinologist' (Dr. "
            "Halvorsen). Bios attached earlier. NPI 1645336797 for CME credit records."
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: de-identified CSV (age bands, 3-digit ZIP, year) to university.",
        frm=f"Donald Kearney <dkearney@{RVFM}>",
        to="ruralpcr@ucdavis.edu",
        subject="De-identified extract for the hypertension study",
        body="Safe Harbor de-identified extract attached per the DUA. No dates beyond year.",
        atts=(
            Att(
                "htn_deid_2025.csv",
                "text/csv",
                "study_id,age_band,sex,zip3,year,sbp_last,on_ace\r\n"
                "S001,60-69,F,954,2025,148,Y\r\nS002,40-49,M,954,2025,132,N\r\n"
                "S003,70-79,F,955,2025,156,Y\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="lab QC to manufacturer",
        notes="Hard negative: analyzer QC failure with lot numbers and glucose values, no patient.",
        frm=f"Glen Farrow <gfarrow@{RVFM}>",
        to="techsupport@abaxisdx.com",
        subject="QC out of range - Piccolo lot 6221AB",
        body=(
            "Level 2 control glucose read 212 mg/dL (range 180-205) three times on serial "
            "PX-00418. Reagent lot 6221AB, exp 2027-03. Patient testing is paused. Please call "
            "the lab at 707-555-0161."
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing warning",
        notes="IT notice about phishing; mentions EHR and patient data generically.",
        frm=f"IT Helpdesk <it@{RVFM}>",
        to=f"all-staff@{RVFM}",
        subject="Phishing: fake 'lab results ready' emails",
        body=(
            "Several of you got an email saying 'Your lab results are ready' with a link to "
            "redwoodvalley-fm.co. It is not us. Don't click, report it with the Phish button. "
            "We never ask for your EHR password by email.\n\n-- Marcus, IT"
        ),
    ),
    Spec(
        phi=False,
        category="staff schedule",
        notes="Hard negative: staff call schedule mentioning OB call and deliveries, no patients.",
        frm=f"Donald Kearney <dkearney@{RVFM}>",
        to=f"providers@{RVFM}",
        subject="December OB call schedule",
        body=(
            "December OB call:\n- Dec 1-7: Dr. Halvorsen\n- Dec 8-14: Dr. Mehta-Ellison\n"
            "- Dec 15-21: Dr. Halvorsen\n- Dec 22-31: locum Dr. Fenwick (Ukiah Valley "
            "privileges confirmed)\nL&D is at Ukiah Valley; we expect ~6 deliveries."
        ),
    ),
    Spec(
        phi=False,
        category="vendor contract",
        notes="Business mail with a BAA draft to a shredding vendor.",
        frm=f"Donald Kearney <dkearney@{RVFM}>",
        to="contracts@securedestruct.com",
        subject="BAA redlines",
        body=(
            "Hi Shauna, attached are our redlines to section 4 (breach notification within "
            "5 business days). Otherwise fine. Pickup remains every other Tuesday.\n\nDon"
        ),
    ),
    Spec(
        phi=False,
        category="holiday hours reply to the public",
        notes="Public website question about holiday hours; no care, no patient status.",
        frm=f"Maribel Ochoa <mochoa@{RVFM}>",
        to="gordon.whitlock@aol.com",
        subject="RE: Holiday hours?",
        body=(
            "Hi Gordon,\n\nWe're closed Thanksgiving Day and the Friday after, and open "
            "8-noon on Dec 24. For anything urgent after hours call the main number and "
            "you'll reach the on-call provider." + SIG_FD
        ),
    ),
    Spec(
        phi=False,
        category="vaccine order",
        notes="Hard negative: VFC vaccine order with doses and lot numbers, no patients.",
        frm=f"Jolene Baptiste <jbaptiste@{RVFM}>",
        to="vfc.orders@cdph.ca.gov",
        subject="VFC order PIN 084412",
        body=(
            "Ordering for December: MMR 20 doses, Tdap 30, HPV 9-valent 20, influenza "
            "pediatric 40. Current inventory attached in the usual sheet. Fridge temps "
            "stayed 2.8-5.1 C all month.\n\nJolene Baptiste, LVN - VFC coordinator"
        ),
    ),
    Spec(
        phi=False,
        category="building maintenance",
        notes="Facilities mail about the lab sink and exam room HVAC.",
        frm=f"Donald Kearney <dkearney@{RVFM}>",
        to="service@ukiahmechanical.com",
        subject="HVAC exam room 3 + lab eyewash",
        body="Exam 3 is at 81F again and the lab eyewash station is dripping. Tuesday morning ok?",
    ),
    Spec(
        phi=False,
        category="staff illness notice",
        notes=(
            "Hard negative: workforce member out sick (staff, not a patient) in an HR/schedule "
            "notice."
        ),
        frm=f"Donald Kearney <dkearney@{RVFM}>",
        to=f"front-desk@{RVFM}",
        subject="Coverage today",
        body=(
            "Maribel is out sick today, so Jolene will cover check-in until 10. Dr. Halvorsen's "
            "afternoon template is blocked for the Medicare wellness visit training."
        ),
    ),
    Spec(
        phi=False,
        category="CCM program brochure",
        notes="Hard negative: CCM program description with conditions and billing codes, no one.",
        frm=f"Teodora Wilkes <twilkes@{RVFM}>",
        to="outreach@ruralhealthnetwork.org",
        subject="Our CCM one-pager",
        body=(
            "Here's how we describe our program: patients with two or more chronic conditions "
            "(diabetes, COPD, heart failure, depression) get a monthly nurse call and a "
            "shared care plan. We bill 99490/99439. Happy to present at the January call." + SIG_CCM
        ),
    ),
]
