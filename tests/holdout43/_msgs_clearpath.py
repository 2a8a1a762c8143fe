"""Clearpath Review Services (a utilization review / prior authorization company): 37 messages."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nClearpath Review Services, LLC | URAC-accredited Health Utilization Management\n8800 Westpark Blvd, Suite 210, Columbus OH 43228 | Reviews line 1-866-555-0140 | Fax 1-866-555-0141"
FOOTER = (
    "\n\nThis message may contain confidential health information protected by federal and state law. "
    "If you are not the intended recipient, notify Clearpath at privacy@clearpathreview.com and destroy all copies."
)

HL7_ADT = (
    "MSH|^~\\&|EPIC|MERCYWEST|CLEARPATH|CPR|202604140212||ADT^A01|MW88410277|P|2.5.1\r"
    "EVN|A01|202604140205\r"
    "PID|1||00731946^^^MERCYWEST^MR||HOLLOWAY^BRENDA^K||19620317|F|||1440 SULLIVANT AVE^^COLUMBUS^OH^43223||614-555-0173\r"
    "PV1|1|I|5N^512^A^MERCYWEST||||1558722157^RAJAN^VIKRAM^^^^MD|||MED||||7|||1558722157^RAJAN^VIKRAM^^^^MD|IN||BUCKEYE|||||||||||||||||||||||||202604140150\r"
    "DG1|1||I50.23^Acute on chronic systolic heart failure^I10|||A\r"
    "IN1|1|BCKEYE-HMO|BUCKEYE01|BUCKEYE COMMUNITY HEALTH PLAN|||||||||||||||||||||||||||||||||||BCH771029304\r"
    "PID|1||00802255^^^MERCYWEST^MR||NGUYEN^THANH^||19490102|M|||88 OAK ST^^GROVE CITY^OH^43123\r"
    "PV1|1|I|ICU^04^B^MERCYWEST|||||||MED||||1|||||IN||BUCKEYE|||||||||||||||||||||||||202604140208\r"
    "DG1|1||J96.01^Acute respiratory failure with hypoxia^I10|||A\r"
)

HL7_TEST = (
    "MSH|^~\\&|CLEARPATH|CPR|TESTHOSP|TST|202604100900||ADT^A01|TEST0001|T|2.5.1\r"
    "EVN|A01|202604100900\r"
    "PID|1||TEST000001^^^TESTHOSP^MR||ZZTEST^PATIENT^ONE||19000101|U|||1 TEST WAY^^TESTVILLE^OH^00000\r"
    "PV1|1|I|TESTUNIT^000^A^TESTHOSP||||||||||||||||IN\r"
    "DG1|1||Z00.00^Test diagnosis placeholder^I10|||A\r"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20260413"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99" extension="MR-4418072"/>
      <addr><streetAddressLine>230 Linden Ave</streetAddressLine><city>Dayton</city><state>OH</state><postalCode>45403</postalCode></addr>
      <patient>
        <name><given>Leonard</given><family>Achterberg</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19550911"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Parkinson disease (G20.A1); recurrent falls; orthostatic hypotension</text></section></component>
    <component><section><title>Medications</title>
      <text>Carbidopa-levodopa 25/100 mg TID; midodrine 5 mg TID</text></section></component>
    <component><section><title>Plan</title>
      <text>Request acute inpatient rehabilitation; PT/OT evaluations attached.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

FHIR_PAS = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "pt1",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921", "value": "MBR80441276"}],
      "name": [{"family": "Szabo", "given": ["Ilona"]}], "birthDate": "1977-05-21", "gender": "female"}},
    {"resource": {"resourceType": "ServiceRequest", "id": "sr1", "status": "active", "intent": "order",
      "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "70553", "display": "MRI brain w/o and with contrast"}]},
      "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G35", "display": "Multiple sclerosis"}]}],
      "subject": {"reference": "Patient/pt1"}}},
    {"resource": {"resourceType": "ClaimResponse", "id": "cr1", "status": "active", "use": "preauthorization",
      "outcome": "complete", "preAuthRef": "CPR-26-09114", "patient": {"reference": "Patient/pt1"}}}
  ]
}
"""

FHIR_SYNTH = """{
  "resourceType": "Bundle",
  "type": "collection",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "example-synthetic",
      "name": [{"family": "Example", "given": ["Pat"], "text": "SYNTHETIC TEST PATIENT"}], "birthDate": "1900-01-01"}},
    {"resource": {"resourceType": "ServiceRequest", "id": "sr-example", "status": "draft", "intent": "order",
      "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97110"}]},
      "subject": {"reference": "Patient/example-synthetic"}}}
  ]
}
"""

MESSAGES = [
    # ----------------------------------------------------------------- PHI (18)
    Spec(
        phi=True,
        category="Prior authorization approval letter to orthopedic practice",
        notes="Approval letter names the patient, DOB, member ID and total knee arthroplasty with the authorised dates.",
        frm="Clearpath Determinations <determinations@clearpathreview.com>",
        to="priorauth@centralohioortho.com",
        subject="Authorization CPR-26-08790 - approved",
        body=(
            "Please see the attached determination letter.\n\nCase: CPR-26-08790\nPatient: Gloria Ibsen (DOB 11/04/1958)\n"
            "Service: Right total knee arthroplasty, CPT 27447, inpatient 1 day\nDecision: APPROVED 04/13/2026, valid through 07/12/2026\n\n"
            "This authorization is not a guarantee of payment; benefits are subject to eligibility on the date of service."
            + SIG
        ),
        atts=(
            Att(
                "CPR-26-08790_approval.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARPATH REVIEW SERVICES - NOTICE OF APPROVAL",
                        "On behalf of Buckeye Community Health Plan",
                        "Member: Gloria Ibsen   Member ID: BCH770481125   DOB: 11/04/1958",
                        "Requesting provider: Dr. Mark Feeney, NPI 1945291817",
                        "Service: Right total knee arthroplasty (CPT 27447), primary osteoarthritis R knee (M17.11)",
                        "Approved: 1 inpatient day, Riverside Methodist, 04/13/2026 - 07/12/2026",
                    ],
                    "Approval CPR-26-08790",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Adverse determination notice to member's personal mailbox",
        notes="Denial of a sleep study sent to member's gmail names her, the service, the clinical reason and appeal rights.",
        frm="Clearpath Determinations <determinations@clearpathreview.com>",
        to="kendra.mabry82@gmail.com",
        subject="Important: decision about your request for a sleep study",
        body=(
            "Dear Kendra Mabry,\n\nWe reviewed the request from Dr. Olu Adebayo for an in-lab polysomnogram (CPT 95810) "
            "on behalf of your health plan, Buckeye Community Health Plan.\n\nDecision: NOT APPROVED as requested.\n\n"
            "Reason: the records show suspected obstructive sleep apnea without the conditions that require an in-lab "
            "study (for example, heart failure or a neuromuscular disorder). A home sleep apnea test (CPT G0399) is "
            "approved instead.\n\nYou or your doctor may appeal within 60 days. Your doctor may also ask for a "
            "peer-to-peer discussion with our reviewer.\n\nClearpath Review Services, for Buckeye Community Health Plan"
            + FOOTER
        ),
    ),
    Spec(
        phi=True,
        category="Peer-to-peer calendar invite for inpatient psych continued stay",
        notes="Hard positive: terse ics summary gives a patient's surname, initial, case number and an inpatient psychiatric continued-stay review.",
        frm="P2P Scheduling <p2p@clearpathreview.com>",
        to="drsandoval@harborbehavioral-oh.org",
        subject="P2P scheduled - CPR-26-08812",
        body="Dr. Sandoval, your peer-to-peer is confirmed for tomorrow. Our reviewer will call the number on the invite.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clearpath Review Services//P2P//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:p2p-cpr-26-08812@clearpathreview.com\r\nDTSTAMP:20260414T130000Z\r\n"
            "DTSTART:20260415T191500Z\r\nDTEND:20260415T193000Z\r\n"
            "SUMMARY:P2P - CPR-26-08812 - Hollis\\, R - IP psych cont stay day 9\r\n"
            "DESCRIPTION:Reviewer Dr. N. Petrakis (psychiatry) will call 614-555-0188. Pt remains on 1:1 for SI per last note.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Concurrent review clinical update request to hospital UM nurse",
        notes="Asks a hospital UM nurse for clinicals on a named inpatient on BiPAP, with room and hospital day.",
        frm="Angela Ruiz RN <aruiz@clearpathreview.com>",
        to="um.nursing@mercywest-example.org",
        subject="Concurrent review - need today's clinicals",
        body=(
            "Hi Shonda,\n\nFor Armando Vega in 4W-12 (day 6), the last clinicals I have are from Saturday and still show "
            "BiPAP at night and IV methylprednisolone for the COPD exacerbation. Can you fax or upload today's progress "
            "note and ABG by 2 pm so I can extend the stay? Otherwise it goes to the physician reviewer.\n\nThanks!\n"
            "Angela Ruiz, RN, Utilization Review Nurse\nDirect 614-555-0152"
        ),
    ),
    Spec(
        phi=True,
        category="ADT feed extract forwarded to physician reviewer",
        notes="Hard positive: body says only 'overnight admits'; the HL7 ADT attachment names two admitted patients with MRNs, DOBs, addresses and diagnoses.",
        frm="Intake Team <intake@clearpathreview.com>",
        to="dr.okonjo@clearpathreview-physicians.com",
        subject="Overnight admits for 7am huddle",
        body="Dr. Okonjo - the two overnight Mercy West admits from the feed are attached for the 7am huddle.\n\nIntake",
        atts=(Att("mercywest_adt_0414.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="C-CDA attached to acute rehab review assignment",
        notes="Hard positive: body carries only a case number; the C-CDA names the patient with MRN, address, DOB, Parkinson disease and medications.",
        frm="Review Assignments <assignments@clearpathreview.com>",
        to="pmr.reviewers@clearpathreview-physicians.com",
        subject="Assignment CPR-26-08877 (IRF admission, due 4/15 12:00)",
        body=(
            "New physician review assigned: CPR-26-08877, inpatient rehabilitation facility admission request.\n"
            "Criteria flagged: ability to tolerate 3 hrs/day of therapy not documented.\nCCD from the acute hospital is attached.\n\n"
            "Please enter your determination in ReviewDesk." + SIG
        ),
        atts=(Att("CPR-26-08877_CCD.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="Substance use residential treatment review to psychiatrist (Part 2)",
        notes="Hard positive: initials, DOB and facility tie an individual to opioid use disorder residential treatment (42 CFR Part 2 record).",
        frm="Behavioral Health UR <bhur@clearpathreview.com>",
        to="dr.feldstein@addictionreviewgroup.com",
        subject="Level of care review - residential SUD",
        body=(
            "Dr. Feldstein,\n\nPlease review continued stay for T.M.W., DOB 02/19/1996, at Serenity Ridge Recovery (ASAM 3.7).\n"
            "Dx: opioid use disorder, severe (F11.20); on buprenorphine 16 mg; admitted 3/31 after nonfatal overdose.\n"
            "Facility requests 14 more days. The ASAM dimension summary is in the portal.\n\n"
            "REDISCLOSURE NOTICE: This information has been disclosed to you from records protected by federal "
            "confidentiality rules (42 CFR part 2)." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="External review case summary to independent review organization",
        notes="IRO case summary document names the member, ID, proton beam therapy request for prostate cancer and denial history.",
        frm="Appeals & Grievances <appeals@clearpathreview.com>",
        to="intake@lakeshoreiro.org",
        subject="Expedited external review - case file CPR-26-07741",
        body=(
            "Attached is the case summary for expedited external review. The full medical record has been uploaded "
            "to your SFTP under CPR-26-07741. Please acknowledge within 24 hours.\n\nMelissa Harte\nAppeals Coordinator"
            + SIG
        ),
        atts=(
            Att(
                "CPR-26-07741_case_summary.docx",
                DOCX,
                docx(
                    [
                        "CLEARPATH REVIEW SERVICES - EXTERNAL REVIEW CASE SUMMARY",
                        "Member: Raymond Tillotson   ID: BCH770390281   DOB: 07/30/1957",
                        "Requested service: proton beam therapy (CPT 77525) for localized prostate adenocarcinoma, Gleason 3+4",
                        "Initial denial 03/12/2026: IMRT clinically equivalent per policy RAD-014.",
                        "Internal appeal upheld 04/02/2026 by Dr. C. Whitmore, radiation oncology.",
                        "Member's argument: prior inflammatory bowel disease increases rectal toxicity risk.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to patient's daughter about skilled nursing extension",
        notes="Hard positive: first name plus relationship ('your mom Rosa'), facility and skilled nursing stay extension to the daughter's hotmail.",
        frm="Lisa Park RN <lpark@clearpathreview.com>",
        to="carmen.delatorre@hotmail.com",
        subject="Re: Mom's stay at Maple Grove",
        body=(
            "Hi Carmen,\n\nGood news - the extension was approved. Your mom Rosa can stay at Maple Grove through 4/24 "
            "for the wound care and PT. The facility has the authorization. If her wound vac comes off sooner they "
            "may plan discharge earlier, so keep talking with the social worker there.\n\nLisa Park, RN\nClearpath Review Services\n\n"
            "> On Apr 13, 2026, Carmen De La Torre wrote:\n> Any word on whether mom can stay longer? They said Friday might be her last day."
        ),
    ),
    Spec(
        phi=True,
        category="Monthly retrospective review log to health plan client",
        notes="Workbook lists reviewed cases with member IDs, names, diagnosis codes, services and determinations.",
        frm="Client Reporting <reporting@clearpathreview.com>",
        to="umdirector@buckeyecommunityhp.com",
        subject="March retro review log + summary",
        body=(
            "Hi Dr. Sato,\n\nMarch retrospective review log attached: case-level detail on the first tab, summary on the "
            "second. Overturn rate on retro reviews was 31%, mostly observation-vs-inpatient disputes.\n\nClient Reporting"
            + SIG
        ),
        atts=(
            Att(
                "BCHP_retro_review_Mar2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            [
                                "Case",
                                "Member ID",
                                "Member",
                                "Admit",
                                "Dx",
                                "Service",
                                "Determination",
                            ],
                            [
                                "CPR-26-06101",
                                "BCH770214409",
                                "Aldridge, Tom",
                                "2026-02-26",
                                "R07.9",
                                "Inpatient vs obs",
                                "Obs only",
                            ],
                            [
                                "CPR-26-06133",
                                "BCH770558012",
                                "Kaur, Simran",
                                "2026-03-01",
                                "O14.13",
                                "Inpatient L&D",
                                "Approved",
                            ],
                            [
                                "CPR-26-06190",
                                "BCH770301987",
                                "Mendez, Luis",
                                "2026-03-04",
                                "K35.80",
                                "Lap appendectomy",
                                "Approved",
                            ],
                            [
                                "CPR-26-06244",
                                "BCH770622841",
                                "Boateng, Ama",
                                "2026-03-09",
                                "F32.2",
                                "IP psych 5 days",
                                "3 days approved",
                            ],
                        ],
                        "Summary": [
                            ["Metric", "Value"],
                            ["Retro reviews", 212],
                            ["Overturned", 66],
                            ["Overturn rate", 0.31],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Nurse reviewer case notes text file to plan medical director",
        notes="Hard positive: body and subject are generic; the text attachment names a home health patient with DOB, member ID, pressure injury and diabetes details.",
        frm="Angela Ruiz RN <aruiz@clearpathreview.com>",
        to="medicaldirector@buckeyecommunityhp.com",
        subject="Escalation - home health recert, notes attached",
        body="Dr. Sato, escalating per your request; my review notes are attached. The agency wants a decision by Thursday.\n\nAngela",
        atts=(
            Att(
                "CPR-26-08903_RN_notes.txt",
                "text/plain",
                "CASE CPR-26-08903  HOME HEALTH RECERTIFICATION\nMember: Eunice Baptiste  DOB 03/08/1941  ID BCH770118734\n"
                "04/13 RN review: stage 3 sacral pressure injury, improving (4.1 x 3.0 cm from 5.2 x 3.8). Type 2 DM, A1c 8.9.\n"
                "Agency requests 3x/week skilled nursing x 60 days. Lives alone; daughter visits weekends.\n"
                "Criteria: met for 2x/week; 3x/week not supported. Refer to MD.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply with electroconvulsive therapy only in subject line",
        notes="Hard positive: body says only 'approved as requested, letter in portal'; the subject ties Maria L. and her case to electroconvulsive therapy.",
        frm="Behavioral Health UR <bhur@clearpathreview.com>",
        to="ur@northfieldpsychhospital.org",
        subject="Re: Maria L. (CPR-26-08850) - ECT series x12",
        body="Approved as requested; letter is in the provider portal.\n\nBH UR",
    ),
    Spec(
        phi=True,
        category="Terse abbreviation-heavy length-of-stay extension to hospital",
        notes="Hard positive: terse abbreviations tie an MRN to CHF exacerbation, IV diuretic and LOS approval.",
        frm="Angela Ruiz RN <aruiz@clearpathreview.com>",
        to="casemgmt@riversidemethodist-example.org",
        subject="LOS ext",
        body="MRN 00418832 - LOS ext approved thru 4/17. CHF exacerb, still on IV lasix gtt, net neg 1.2L. Pls send d/c plan by Thu.\n-AR",
    ),
    Spec(
        phi=True,
        category="FHIR prior auth bundle in interface troubleshooting mail",
        notes="Hard positive: body discusses a validation error only; the FHIR bundle names the patient, DOB, member ID and MRI for multiple sclerosis.",
        frm="Interoperability <interop@clearpathreview.com>",
        to="integration@ohiovalleyneuro-ehr.com",
        subject="PAS response failing validation on your side",
        body=(
            "Hi Raj,\n\nYour endpoint rejected our ClaimResponse with 'preAuthRef must be an Identifier'. We send it as a "
            "string per PAS STU 2.0.1. The exact production payload we sent at 09:41 is attached so your team can reproduce.\n\n"
            "Can we get on a call tomorrow?\n\nNadia Kovac, Interoperability Engineer"
        ),
        atts=(Att("pas_response_CPR-26-09114.json", "application/fhir+json", FHIR_PAS),),
    ),
    Spec(
        phi=True,
        category="Forwarded clinical submission rerouted to correct health plan",
        notes="Forwards a provider's misrouted clinical submission naming a child, DOB and cochlear implant request to the right plan.",
        frm="Intake Team <intake@clearpathreview.com>",
        to="priorauth@lakeeriehealthplan.com",
        subject="FW: Clinicals for cochlear implant request - not our client",
        body=(
            "Hello,\n\nThis submission came to Clearpath but the member is covered by Lake Erie Health Plan, which we do "
            "not review for. Forwarding to you so the family isn't delayed; we have deleted our copy.\n\nClearpath Intake"
        ),
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Audiology Dept <audiology@akronchildrens-example.org>",
            to="intake@clearpathreview.com",
            subject="Clinicals for cochlear implant request",
            body=(
                "Please find clinicals for Ezra Goldfarb, DOB 08/14/2023, requesting bilateral cochlear implantation "
                "(CPT 69930 x2). Bilateral profound sensorineural hearing loss (H90.3), no benefit from hearing aids after 6 months.\n\n"
                "Akron Children's Audiology"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Scanned prior auth form text with missing signature",
        notes="Hard positive: OCR text of a scanned request form names the patient, DOB, phone and a CPAP request for sleep apnea.",
        frm="Intake Team <intake@clearpathreview.com>",
        to="referrals@westsidefamilypractice-oh.com",
        subject="Incomplete request - prescriber signature missing",
        body=(
            "We received the form below by fax but cannot start review until the prescriber signs section 4. "
            "Please re-fax to 1-866-555-0141.\n\n---- OCR of received fax, page 1 ----\n"
            "PRIOR AUTHORIZATION REQUEST - DME\nPATIENT NAME: SCHOLL, DEREK J      DOB: 10/02/1979\nPHONE: 614-555-0109\n"
            "ITEM: E0601 CPAP DEVICE  + A7030 FULL FACE MASK\nDX: G47.33 OBSTRUCTIVE SLEEP APNEA  AHI 34\n"
            "SECTION 4 PRESCRIBER SIGNATURE: ________\n---- end ----\n\nClearpath Intake"
        ),
    ),
    Spec(
        phi=True,
        category="Response to state regulator complaint about named member",
        notes="Regulator complaint response names the member, the denied genetic test and the BRCA family history.",
        frm="Regulatory Compliance <compliance@clearpathreview.com>",
        to="consumer.complaints@insurance-oh.gov",
        subject="Complaint No. 2026-CS-04419 - response of Clearpath Review Services",
        body=(
            "Dear Ms. Whitaker,\n\nClearpath Review Services responds to complaint 2026-CS-04419 filed by Janelle Voss "
            "regarding the denial of hereditary cancer panel testing (CPT 81162).\n\nMs. Voss's request was denied on "
            "02/20/2026 because the documentation did not show the family history required by the plan's criteria. On "
            "appeal her physician provided that her mother and maternal aunt had breast cancer before age 50; the "
            "denial was overturned on 03/18/2026 and the test has since been completed.\n\nThe timeline and letters are "
            "attached.\n\nSincerely,\nDenise Albrecht, Compliance Officer" + SIG
        ),
        atts=(
            Att(
                "2026-CS-04419_timeline.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARPATH REVIEW SERVICES - COMPLAINT 2026-CS-04419 TIMELINE",
                        "Complainant/member: Janelle Voss, ID BCH770733051",
                        "02/18/2026  Request received: hereditary cancer panel (81162)",
                        "02/20/2026  Denied - family history criteria not documented",
                        "03/11/2026  Appeal received with pedigree (mother, maternal aunt breast ca <50)",
                        "03/18/2026  Overturned by Dr. L. Chen, medical genetics",
                    ],
                    "Complaint 2026-CS-04419",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only authorization status update to member",
        notes="HTML-only status e-mail to member's yahoo names her and the pending outpatient chemotherapy infusion authorization.",
        frm="Clearpath Notifications <notify@clearpathreview.com>",
        to="lorraine.batts@yahoo.com",
        subject="Update on your authorization request",
        body="",
        html=(
            "<html><body><div style='font-family:Verdana;font-size:13px'><p>Hello Lorraine Batts,</p>"
            "<p>Your doctor's request for <b>outpatient chemotherapy infusion (FOLFOX, cycles 4-8)</b> is "
            "<span style='color:#c60'>in clinical review</span>. A decision is due by <b>04/16/2026</b>.</p>"
            "<p>Reference: CPR-26-08931</p><p>Questions? Call 1-866-555-0140.</p></div></body></html>"
        ),
    ),
    # ------------------------------------------------------------- non-PHI (19)
    Spec(
        phi=False,
        category="URAC reaccreditation evidence list to consultant",
        notes="Accreditation project mail listing policy documents; no individuals.",
        frm="Quality Department <quality@clearpathreview.com>",
        to="jlevitt@accredreadyconsulting.com",
        subject="URAC HUM v8 - evidence binder status",
        body=(
            "Hi Jordan,\n\nStatus of the desktop review evidence:\n\n- UM 1-4 (program description, criteria): done\n"
            "- UM 8 (peer-to-peer availability): policy updated, needs committee minutes\n- UM 13 (appeals): done\n"
            "- Core 19 (complaints): waiting on Q1 log (de-identified)\n\nCan we meet Friday to go over the mock file review? "
            "We'll use the sample case files you built, not real cases.\n\nBest,\nCarla Nguyen, Quality Director"
        ),
    ),
    Spec(
        phi=False,
        category="Physician reviewer panel roster with NPIs and specialties",
        notes="Hard negative: roster of reviewing physicians with specialties, board certifications and NPIs; clinicians, not patients.",
        frm="Clinical Operations <clinicalops@clearpathreview.com>",
        to="delegation.oversight@buckeyecommunityhp.com",
        subject="Delegation audit - current physician reviewer roster",
        body=(
            "For your annual delegation audit, current physician reviewers for your lines of business:\n\n"
            "Dr. Nikos Petrakis - Psychiatry (ABPN) - NPI 1756076919\nDr. Adaeze Okonjo - Internal Medicine, Hospital Medicine (ABIM) - NPI 1212941862\n"
            "Dr. Lin Chen - Medical Genetics (ABMGG) - NPI 1201162124\nDr. Carl Whitmore - Radiation Oncology (ABR) - NPI 1086959867\n\n"
            "All licences are verified monthly; credentialing files are available at the onsite visit."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Medical policy criteria update document",
        notes="Hard negative: policy document on spinal fusion and bariatric surgery criteria; clinical topics, no individual.",
        frm="Medical Policy <medpolicy@clearpathreview.com>",
        to="providerrelations@buckeyecommunityhp.com",
        subject="Medical policy updates effective 6/1/2026 - for your provider bulletin",
        body=(
            "Please include the attached summary in the June provider bulletin. The 60-day notice period starts when "
            "your bulletin is published.\n\nMedical Policy Team" + SIG
        ),
        atts=(
            Att(
                "Policy_updates_2026-06.docx",
                DOCX,
                docx(
                    [
                        "CLEARPATH MEDICAL POLICY UPDATES - EFFECTIVE JUNE 1, 2026",
                        "SUR-022 Lumbar spinal fusion: now requires 6 weeks of documented conservative therapy and a smoking cessation attestation; excludes isolated degenerative disc disease without instability.",
                        "SUR-031 Bariatric surgery: BMI threshold unchanged (40, or 35 with comorbidity); adds adolescent criteria for ages 13-17.",
                        "RAD-009 Advanced imaging for low back pain: MRI not indicated in the first 6 weeks without red flags (cauda equina, cancer history, fever).",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Turnaround time and approval rate report",
        notes="Hard negative: workbook of aggregate review volumes, approval rates and turnaround by service type; no cases.",
        frm="Client Reporting <reporting@clearpathreview.com>",
        to="umdirector@buckeyecommunityhp.com",
        subject="Q1 2026 UM performance report",
        body="Dr. Sato - Q1 performance report attached. All urgent reviews met the 72-hour standard; standard reviews averaged 4.1 days.\n\nClient Reporting",
        atts=(
            Att(
                "BCHP_UM_performance_Q1_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By service": [
                            ["Service type", "Requests", "Approved", "Denied", "Approval rate"],
                            ["Advanced imaging", 4120, 3544, 576, 0.86],
                            ["Inpatient medical", 2871, 2612, 259, 0.91],
                            ["Behavioral health", 933, 801, 132, 0.86],
                            ["Post-acute (SNF/IRF)", 611, 488, 123, 0.80],
                        ],
                        "Turnaround": [
                            ["Review type", "Standard (hrs)", "Avg (hrs)", "% on time"],
                            ["Urgent", 72, 21.4, 1.0],
                            ["Standard", 168, 98.6, 0.994],
                        ],
                        "Appeals": [["Quarter", "Appeals", "Overturned"], ["Q1 2026", 288, 97]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Nurse reviewer training case with synthetic patient",
        notes="Hard negative: training case for new reviewers uses an explicitly fictional patient with invented clinical details.",
        frm="Clinical Education <education@clearpathreview.com>",
        to="design@learnwellcontent.com",
        subject="Module 3 case study text - for e-learning build",
        body=(
            "Hi Omar,\n\nHere is the text for the Module 3 interactive case. Please keep the 'fictional case' banner on every "
            "screen.\n\n[FICTIONAL TRAINING CASE - any resemblance to a real person is coincidental]\n"
            "Patient 'Sam Testwell', 67, admitted with community-acquired pneumonia. Day 3: afebrile 24 h, on room air, "
            "tolerating oral antibiotics. Question for learner: does continued inpatient stay meet criteria? "
            "(Answer: no - transition to oral therapy and discharge planning.)\n\nThanks,\nBeth Orlando, Clinical Educator"
        ),
    ),
    Spec(
        phi=False,
        category="RN utilization reviewer job posting",
        notes="Hard negative: job ad mentioning InterQual, CHF, COPD and sepsis criteria; no individual.",
        frm="Clearpath Careers <careers@clearpathreview.com>",
        to="postings@nursingjobsohio.com",
        subject="Job posting: Utilization Review Nurse (remote, Ohio license)",
        body=(
            "Title: Utilization Review Nurse - Remote\nRequirements: active Ohio RN license, 3 years acute care, 1 year UM.\n"
            "You will apply InterQual and MCG criteria to inpatient admissions (CHF, COPD, sepsis, stroke), "
            "behavioral health and post-acute requests, and escalate to physician reviewers.\nPay: $38-$46/hour. Apply at clearpathreview.com/careers."
        ),
    ),
    Spec(
        phi=False,
        category="Physician reviewer recruitment to doctor's personal mailbox",
        notes="Hard negative: recruitment e-mail to a physician's personal gmail about joining the review panel; clinician, no patient information.",
        frm="Dr. Adaeze Okonjo <aokonjo@clearpathreview.com>",
        to="tom.varghese.md@gmail.com",
        subject="Part-time physician reviewer role - orthopedics",
        body=(
            "Hi Tom,\n\nGreat catching up at the OSMA meeting. As mentioned, we're adding two orthopedic surgeons to our "
            "physician reviewer panel: about 6-8 hours a week, remote, flexible. Board certification and an active "
            "Ohio license are required. Would you like me to send the contract terms?\n\nAdaeze"
        ),
    ),
    Spec(
        phi=False,
        category="Fax number migration notice to providers",
        notes="IT/operations notice of new fax numbers for submissions; no patients.",
        frm="Provider Communications <providercomms@clearpathreview.com>",
        to="practice-admins@ohioprovidersnetwork.org",
        subject="New fax numbers for clinical submissions starting May 1",
        body=(
            "Starting May 1, 2026, please send clinical documentation for reviews to our new e-fax numbers:\n\n"
            "Inpatient/concurrent: 1-866-555-0143\nOutpatient/imaging: 1-866-555-0144\nBehavioral health: 1-866-555-0145\n\n"
            "The old number will forward until June 30. Portal upload remains the fastest option."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Review volume invoice to client",
        notes="Hard negative: invoice with counts of reviews by type and per-review fees; aggregate only.",
        frm="Accounts Receivable <ar@clearpathreview.com>",
        to="accountspayable@buckeyecommunityhp.com",
        subject="Invoice CPR-INV-2603 - March 2026 review services",
        body=(
            "Please find invoice CPR-INV-2603 for March 2026 services:\n\nPrior auth reviews (outpatient) 1,402 x $38.00 = $53,276.00\n"
            "Concurrent inpatient reviews 954 x $52.00 = $49,608.00\nPhysician reviews 211 x $145.00 = $30,595.00\n"
            "Peer-to-peer calls 63 x $95.00 = $5,985.00\nTotal due: $139,464.00, net 30.\n\nClearpath AR"
        ),
    ),
    Spec(
        phi=False,
        category="Interoperability webinar invitation",
        notes="Calendar invite for a webinar on the CMS prior authorization API rule; no individuals.",
        frm="Provider Communications <providercomms@clearpathreview.com>",
        to="practice-admins@ohioprovidersnetwork.org",
        subject="Webinar: getting ready for electronic prior authorization (CMS-0057-F)",
        body="Join us for a 45-minute overview of the 2027 prior authorization API requirements and what changes for your office.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clearpath Review Services//Events//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:webinar-epa-20260429@clearpathreview.com\r\nDTSTAMP:20260414T120000Z\r\n"
            "DTSTART:20260429T160000Z\r\nDTEND:20260429T164500Z\r\nSUMMARY:Webinar - electronic prior authorization readiness\r\n"
            "LOCATION:https://clearpathreview.zoom.us/j/88104472\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="De-identified denial dataset for academic research",
        notes="Hard negative: research extract with age bands, diagnosis chapters and outcomes, no identifiers, under a data use agreement.",
        frm="Analytics <analytics@clearpathreview.com>",
        to="hsr-lab@osu-healthpolicy.edu",
        subject="De-identified extract per DUA 2026-03",
        body=(
            "Dr. Farrow,\n\nAttached is the de-identified extract described in DUA 2026-03 (Safe Harbor: no dates beyond "
            "year, ages in 10-year bands with 90+ collapsed, no geography below state). 48,210 rows in the full file; the sample "
            "below is the first few lines for your format check.\n\nAnalytics Team"
        ),
        atts=(
            Att(
                "cpr_deid_sample.csv",
                "text/csv",
                "row_id,year,age_band,sex,icd10_chapter,service_category,urgent,determination,appealed,overturned\n"
                "r000001,2025,60-69,F,IX circulatory,advanced imaging,N,approved,N,\n"
                "r000002,2025,30-39,M,V mental/behavioral,IP psych,Y,partial,Y,Y\n"
                "r000003,2025,70-79,F,XIII musculoskeletal,SNF,N,denied,N,\n"
                "r000004,2025,90+,M,X respiratory,IP medical,Y,approved,N,\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="New medical director announcement with clinical bio",
        notes="Hard negative: announcement of a physician hire whose bio mentions sickle cell disease, cystic fibrosis and transplant care; a clinician, no patient.",
        frm="Clearpath Communications <communications@clearpathreview.com>",
        to="client-contacts@clearpathreview-news.com",
        subject="Welcome Dr. Renata Oyelowo, Medical Director for Pediatrics",
        body=(
            "Dear clients and partners,\n\nWe're pleased to announce that Renata Oyelowo, MD, has joined Clearpath as Medical Director "
            "for Pediatric Review. Dr. Oyelowo spent 14 years at Nationwide Children's caring for children with sickle cell disease, "
            "cystic fibrosis and complex congenital heart disease, and led the pediatric transplant quality program. She is board "
            "certified in pediatrics and pediatric hematology-oncology.\n\nShe will chair our pediatric criteria committee and "
            "is available for peer-to-peer discussions on pediatric cases starting May 1.\n\nClearpath Review Services"
            + SIG
        ),
        html=(
            "<html><body><h2>Welcome, Dr. Renata Oyelowo</h2><p>Medical Director, Pediatric Review</p>"
            "<p>Dr. Oyelowo spent 14 years at Nationwide Children's caring for children with sickle cell disease, cystic fibrosis "
            "and complex congenital heart disease. Board certified in pediatrics and pediatric hematology-oncology.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Synthetic FHIR bundle for connectathon partner",
        notes="Hard negative: FHIR bundle tagged as test data with a synthetic 'Example, Pat' patient for interface testing.",
        frm="Interoperability <interop@clearpathreview.com>",
        to="connectathon@ehrvendor-example.com",
        subject="PAS test bundle for the May connectathon",
        body=(
            "Hi team,\n\nHere's the synthetic bundle for the Da Vinci PAS track. It is tagged HTEST and uses the "
            "'Example, Pat' dummy patient - no real data. Our sandbox endpoint is https://sandbox.clearpathreview.com/fhir.\n\nNadia"
        ),
        atts=(Att("pas_test_bundle_synthetic.json", "application/fhir+json", FHIR_SYNTH),),
    ),
    Spec(
        phi=False,
        category="HL7 interface spec with declared test patient message",
        notes="Hard negative: HL7 ADT sample with ZZTEST placeholder patient and processing ID T, sent as an interface specification.",
        frm="Interoperability <interop@clearpathreview.com>",
        to="interfaces@summitcountyhospital-example.org",
        subject="ADT feed onboarding - sample message and spec",
        body=(
            "Hello,\n\nTo set up the ADT feed for concurrent review, please send A01/A03/A08 messages matching the attached "
            "sample (test patient only, MSH-11 = T). PV1-7 attending NPI and IN1-36 policy number are required.\n\nNadia Kovac"
        ),
        atts=(Att("clearpath_adt_sample_TEST.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="Employee wellness screening participation summary",
        notes="Hard negative: staff wellness vendor mail with an aggregate participation count and asks for group-level results only; no individual employee.",
        frm="People Team <people@clearpathreview.com>",
        to="account.mgr@vitalworkswellness.com",
        subject="Clearpath biometric screening - thanks + next year",
        body=(
            "Hi Sharon,\n\nThanks for running our on-site screening. Per your aggregate report, 142 of 190 staff took part, and "
            "we'll use the group-level numbers only (share with elevated BP, cholesterol) to plan our walking challenge. "
            "Please don't send any individual results to us - employees get theirs directly from you.\n\n"
            "Can we book the same week next year?\n\nTina, People Team"
        ),
    ),
    Spec(
        phi=False,
        category="Conference abstract on imaging review outcomes",
        notes="Abstract with aggregate rates on low back pain imaging reviews; no individual.",
        frm="Dr. Adaeze Okonjo <aokonjo@clearpathreview.com>",
        to="abstracts@ahqa-conference.org",
        subject="Abstract submission - imaging appropriateness",
        body=(
            "Title: Effect of a red-flag checklist on MRI requests for acute low back pain\n\nMethods: 6,214 outpatient "
            "lumbar MRI requests (2024-2025) before and after a required red-flag checklist.\nResults: requests fell 22%; "
            "approval rate rose from 71% to 88%; no increase in delayed cancer diagnoses on 12-month follow-up.\n"
            "Conclusion: structured requests reduce low-value imaging.\n\nA. Okonjo, MD; C. Nguyen, RN - Clearpath Review Services"
        ),
    ),
    Spec(
        phi=False,
        category="UR agent registration renewal to state department",
        notes="Regulatory registration renewal; no individuals' health data.",
        frm="Regulatory Compliance <compliance@clearpathreview.com>",
        to="ur.registration@insurance-oh.gov",
        subject="Utilization review agent registration renewal - UR-1187",
        body=(
            "Dear Registration Unit,\n\nAttached is Clearpath Review Services' renewal for UR agent registration UR-1187, including "
            "the URAC certificate (exp. 09/2027) and list of medical directors.\n\nDenise Albrecht, Compliance Officer"
            + SIG
        ),
        atts=(
            Att(
                "UR-1187_renewal_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARPATH REVIEW SERVICES, LLC",
                        "Utilization Review Agent Registration Renewal - UR-1187",
                        "Medical director: Adaeze Okonjo, MD (Ohio license 35.148802)",
                        "URAC Health Utilization Management accreditation through 09/30/2027",
                        "Review volume 2025: 61,442 determinations",
                    ],
                    "UR-1187 renewal",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Out-of-office auto-reply from UR nurse",
        notes="Auto-reply with backup contact; no patient information.",
        frm="Lisa Park RN <lpark@clearpathreview.com>",
        to="um.nursing@mercywest-example.org",
        subject="Automatic reply: concurrent review updates",
        body=(
            "I am out of the office until Monday 4/20 with limited access to e-mail. For urgent concurrent reviews please call "
            "the review line at 1-866-555-0140 or e-mail ur-team@clearpathreview.com.\n\nLisa Park, RN"
        ),
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Spec(
        phi=False,
        category="Process answer about requesting a peer-to-peer",
        notes="Hard negative: explains the P2P process to a billing company, with denial and P2P vocabulary but no patient.",
        frm="Provider Support <providersupport@clearpathreview.com>",
        to="denials@medbillpartners-oh.com",
        subject="Re: how do we request a peer to peer?",
        body=(
            "Hi Kayla,\n\nFor any adverse determination the treating physician (not billing staff) can request a peer-to-peer "
            "within 14 days of the denial letter: call 1-866-555-0140, option 3, with the case number ready. Reviews "
            "for inpatient denials after discharge go through the appeal process instead.\n\nPlease don't e-mail clinical "
            "records to this address - use the portal.\n\nProvider Support" + FOOTER
        ),
    ),
    Spec(
        phi=False,
        category="Zipped policy library for delegated client",
        notes="Hard negative: zip of UM program policies (criteria hierarchy, appeals, confidentiality) with no case data.",
        frm="Quality Department <quality@clearpathreview.com>",
        to="delegation.oversight@buckeyecommunityhp.com",
        subject="2026 UM program documents (zip)",
        body="Attached are the approved 2026 UM program documents for your delegation file.\n\nCarla Nguyen, Quality Director",
        atts=(
            Att(
                "Clearpath_UM_program_2026.zip",
                "application/zip",
                zipped(
                    {
                        "UM_Program_Description_2026.txt": "CLEARPATH UM PROGRAM DESCRIPTION 2026\nScope: prior authorization, concurrent and retrospective review for delegated health plans.\n",
                        "Policy_UM-07_Confidentiality.txt": "Member health information is used only for review purposes and is never e-mailed unencrypted outside Clearpath.\n",
                        "Policy_UM-12_Appeals.txt": "Expedited appeals are decided within 72 hours; standard within 30 days.\n",
                    }
                ),
            ),
        ),
    ),
]
