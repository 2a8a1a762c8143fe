"""Outbound mail of Keystone Claims Care, a workers' compensation case management firm (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, typographic punctuation)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Case Management Summary</title>
  <effectiveTime value="20261021"/>
  <recordTarget><patientRole>
    <id extension="KCC-26-08812" root="2.16.840.1.113883.3.51.7"/>
    <addr><streetAddressLine>611 Foundry Row, Apt 3</streetAddressLine><city>Allentown</city><state>PA</state><postalCode>18102</postalCode></addr>
    <telecom value="tel:+1-610-555-0176"/>
    <patient><name><given>Rafael</given><family>Quintero</family></name>
      <birthTime value="19790815"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Crush injury right hand (S67.21XA), date of injury 2026-06-03; complex regional pain syndrome suspected.</text></section></component>
    <component><section><title>Work status</title>
      <text>Off work; permanent restrictions anticipated: no repetitive gripping right hand.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

FHIR_CLAIM = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "kcc-claimant-1",
      "name": [{"family": "Brzezinski", "given": ["Halina"]}], "birthDate": "1971-05-29",
      "telecom": [{"system": "phone", "value": "570-555-0181"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/kcc-claimant-1"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M75.111", "display": "Incomplete rotator cuff tear of right shoulder"}]},
      "note": [{"text": "Work-related, WC claim PMI-2026-339104, injured lifting totes at distribution center"}]}}
  ]
}
"""

X12_TEST = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*KEYSTONECC     *ZZ*PMICARRIER     *261020*0900*^*00501*000000001*0*T*:",
            "GS*HC*KEYSTONECC*PMICARRIER*20261020*0900*1*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*TEST0001*20261020*0900*CH",
            "NM1*IL*1*TESTPATIENT*SAMPLE****MI*TEST000000",
            "CLM*TESTCLM1*100***11:B:1*Y*A*Y*Y",
            "HI*ABK:Z00.00",
            "SE*7*0001",
            "GE*1*1",
            "IEA*1*000000001",
        ]
    )
    + "~\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="case management status report to adjuster",
        notes="Monthly nurse case management report DOCX to the carrier's adjuster: claimant name, claim number, lumbar strain, PT progress.",
        frm="Angela Moretti RN CCM <amoretti@keystoneclaimscare.com>",
        to="jfoley@pennmutualins.com",
        subject="Monthly NCM report - claim PMI-2026-201877",
        body="Jim - October report attached. Recommend we approve 6 more PT visits; RTW target 11/16.\n\nAngela",
        atts=(
            Att(
                "NCM_report_Oct_Greeley.docx",
                DOCX,
                docx(
                    [
                        "Keystone Claims Care - Nurse Case Management Report",
                        "Claimant: Derrick Greeley   Claim: PMI-2026-201877   DOI: 07/28/2026   Employer: Lehigh Valley Beverage",
                        "Diagnosis: S39.012A lumbar muscle strain; L5-S1 disc bulge on MRI",
                        "Treatment: PT 12 of 18 visits, cyclobenzaprine 10 mg qhs, naproxen",
                        "Work status: modified duty, 25 lb lift limit; employer unable to accommodate",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="light duty restrictions to employer HR",
        notes="Hard positive: routine-looking note to employer HR gives a named employee's post-elbow-surgery lifting restrictions and therapy schedule.",
        frm="Case Manager <tnguyen@keystoneclaimscare.com>",
        to="hr@tristatefabrication.com",
        subject="Marcus - modified duty",
        body=(
            "Hi Carla,\n\nMarcus Delacroix's surgeon released him to modified duty starting Monday: no lifting over 20 lb with the "
            "left arm, no overhead work, and he needs Tuesday/Thursday mornings off for therapy after the elbow surgery. "
            "Can you confirm you have a position that fits?\n\nThanh Nguyen, Case Manager\nKeystone Claims Care"
        ),
    ),
    Spec(
        phi=True,
        category="independent medical exam appointment to claimant",
        notes="IME appointment with calendar invite to claimant's gmail, naming her and the knee injury exam.",
        frm="IME Scheduling <ime@keystoneclaimscare.com>",
        to="tanya.roebuck83@gmail.com",
        subject="Independent medical examination scheduled",
        body=(
            "Dear Ms. Roebuck,\n\nAn independent medical examination regarding your right knee injury (claim PMI-2026-118452) "
            "has been scheduled with Dr. Howard Lentz, orthopaedic surgeon, on November 5 at 10:00 am. Bring photo ID, your "
            "knee brace and a list of medications. Mileage is reimbursed.\n\nIME Scheduling, Keystone Claims Care"
        ),
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Keystone Claims Care//IME//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:kcc-ime-118452@keystoneclaimscare.com\nDTSTAMP:20261021T130000Z\nDTSTART:20261105T150000Z\n"
            "DTEND:20261105T160000Z\nSUMMARY:IME - Tanya Roebuck - right knee (Dr. Lentz)\n"
            "LOCATION:Lentz Orthopaedic Evaluations, 90 Hamilton St, Allentown PA\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="nurse case manager query to treating surgeon",
        notes="Question to treating surgeon's office about a named claimant's carpal tunnel surgery plan.",
        frm="Angela Moretti RN CCM <amoretti@keystoneclaimscare.com>",
        to="frontdesk@valleyhandandupper.com",
        subject="Question re: surgical plan",
        body=(
            "Good morning,\n\nI'm the nurse case manager on the workers' comp claim for Joanne Pfeiffer (DOB 01/09/1975). "
            "At her 10/14 visit Dr. Ahn mentioned bilateral carpal tunnel release. Is he planning staged or same-day surgery, "
            "and has the EMG report come back? The carrier needs the request to start UR.\n\nAngela Moretti, RN, CCM\n610-555-0150"
        ),
    ),
    Spec(
        phi=True,
        category="CRPS diagnosis in subject to defense attorney",
        notes="Hard positive: claim number plus diagnosis appears in the subject; body only mentions a new pain-management note and the hearing date.",
        frm="Litigation Support <legal@keystoneclaimscare.com>",
        to="mshapiro@shapirodefense.com",
        subject="Claim PMI-2026-087331 - CRPS diagnosis confirmed by pain mgmt",
        body="Counsel - pain management's note came in today; summary for the 12/3 hearing to follow.\n\nKCC Litigation Support",
    ),
    Spec(
        phi=True,
        category="opioid medication review PDF to PBM",
        notes="Medication review PDF with claimant name, DOB and opioid regimen to pharmacy benefit manager.",
        frm="Clinical Pharmacy Review <rx@keystoneclaimscare.com>",
        to="clinicalreview@compscriptpbm.com",
        subject="MME review request",
        body="Please run a morphine-equivalent review on the attached regimen before the 11/1 refill.",
        atts=(
            Att(
                "med_review_Kovach.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE CLAIMS CARE - MEDICATION REVIEW",
                        "Claimant: Stanley Kovach  DOB 06/21/1966  Claim PMI-2025-440218",
                        "Oxycodone ER 30 mg q12h; oxycodone IR 10 mg q6h prn; gabapentin 800 mg tid",
                        "Estimated MME: 150/day; concurrent alprazolam 0.5 mg from PCP",
                    ],
                    "Medication review",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="password-protected medical records zip to attorney",
        notes="Hard positive: records are encrypted, but the body names the claimant and says his surgical records are attached.",
        frm="Records Team <records@keystoneclaimscare.com>",
        to="paralegal@whitfieldinjurylaw.com",
        subject="Records production",
        body=(
            "Attached are the medical records for Darnell Whitfield (claim PMI-2026-150774) from St. Luke's and Valley Hand, "
            "including the 8/19 tendon repair op report. The password will come in a separate email.\n\nKCC Records"
        ),
        atts=(
            Att(
                "records_production.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "opnote.txt": "Darnell Whitfield - flexor tendon repair zone II, right index and long fingers, 08/19/2026.",
                        "ed_visit.txt": "08/18/2026 ED: laceration from sheet metal at work, tendon exposed.",
                    },
                    "Kcc#2026!rec",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="first report of injury to state bureau with SSN",
        notes="State first report of injury text file with worker's name, SSN and injury.",
        frm="Claims Intake <intake@keystoneclaimscare.com>",
        to="froi@pawcbureau-filings.org",
        subject="FROI submission - employer TriState Fabrication",
        body="FROI attached for filing. Please reply with the bureau file number.",
        atts=(
            Att(
                "FROI_2026-10-20.txt",
                "text/plain",
                "FIRST REPORT OF INJURY\nEmployee: Luis Ferreira-Bautista\nSSN: 287-41-9056\nDOB: 02/11/1988\n"
                "Address: 45 Tilghman St, Allentown PA 18102\nDate of injury: 10/16/2026\n"
                "Description: fell from ladder, fractured left calcaneus; admitted Lehigh Valley Hospital\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="utilization review denial letter to claimant",
        notes="Long formal UR non-certification letter to claimant's yahoo with his name, address, claim number and denied lumbar MRI.",
        frm="Utilization Review <ur@keystoneclaimscare.com>",
        to="bobby.castellano62@yahoo.com",
        subject="Utilization review determination",
        body=(
            "October 21, 2026\n\nRobert Castellano\n212 Linden St\nBethlehem, PA 18018\n\n"
            "RE: Claim PMI-2026-173920    Date of injury: 05/12/2026    Employer: Lehigh Valley Beverage\n"
            "UR reference: UR-26-55107\n\nDear Mr. Castellano,\n\n"
            "Keystone Claims Care performs utilization review for Penn Mutual Insurance on your workers' compensation claim. "
            "On 10/15/2026 we received a request from Oluwaseun Imani, DO, for a repeat MRI of the lumbar spine without contrast "
            "(CPT 72148).\n\nDETERMINATION: NOT CERTIFIED.\n\n"
            "The reviewing physician, board-certified in physical medicine and rehabilitation, compared the request with your "
            "records. Your MRI of 6/2026 showed an L4-5 disc protrusion without nerve compression. The office notes of 9/2026 and "
            "10/2026 describe unchanged low back pain with no new weakness, numbness or bowel/bladder symptoms. Under the treatment "
            "guidelines, a repeat MRI is supported when there are new or progressive neurological findings, which are not documented.\n\n"
            "This decision is about payment for the MRI only; it is not a decision about your claim or your medical care. You may "
            "still have the test and discuss it with your doctor.\n\n"
            "YOUR RIGHTS: You or Dr. Imani may request reconsideration within 30 days of this letter by calling 610-555-0155 or "
            "writing to the address below. If reconsideration is denied, you may file a request for review with the state Bureau.\n\n"
            "Sincerely,\n\nUtilization Review Department\nKeystone Claims Care\n1400 Hamilton St, Suite 600, Allentown, PA 18102\n\n"
            "cc: Oluwaseun Imani, DO; Jim Foley, Penn Mutual Insurance"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only mileage reimbursement for PT visits",
        notes="HTML-only reimbursement notice to claimant's aol mailbox listing physical therapy visit dates.",
        frm="Claimant Payments <payments@keystoneclaimscare.com>",
        to="e.santangelo@aol.com",
        subject="Mileage reimbursement processed",
        body="",
        html=(
            "<html><body><p>Dear Edith Santangelo,</p><p>Your mileage reimbursement for travel to <b>Bethlehem Physical "
            "Therapy</b> has been paid:</p><table border='1'><tr><th>Visit</th><th>Miles</th></tr>"
            "<tr><td>10/6 shoulder PT</td><td>24</td></tr><tr><td>10/8 shoulder PT</td><td>24</td></tr>"
            "<tr><td>10/13 shoulder PT</td><td>24</td></tr></table><p>Total: $50.40 by direct deposit.</p>"
            "<p>Keystone Claims Care</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA summary to vocational rehabilitation",
        notes="C-CDA XML with claimant name, address, DOB and hand crush injury sent to vocational rehab counsellor.",
        frm="Angela Moretti RN CCM <amoretti@keystoneclaimscare.com>",
        to="referrals@pathwaysvocrehab.com",
        subject="Voc rehab referral - summary document",
        body="Referral summary attached as a CCD per your intake requirements.",
        atts=(Att("KCC-26-08812_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="permanent restrictions to job placement vendor",
        notes="Hard positive: named claimant's permanent restrictions after rotator cuff repair sent to a placement vendor.",
        frm="Vocational Services <voc@keystoneclaimscare.com>",
        to="placements@workbridgestaffing.com",
        subject="Candidate profile - restrictions",
        body=(
            "Candidate: Halina Brzezinski\nPermanent restrictions (per FCE 10/9 after right rotator cuff repair): no lifting "
            "over 15 lb above shoulder, occasional reaching only. Prior job: order picker. Interested in dispatch or "
            "inventory control.\n\nVocational Services"
        ),
    ),
    Spec(
        phi=True,
        category="headerless claim diary text export",
        notes="Hard positive: headerless text table of surnames, claim numbers, body parts and next appointments.",
        frm="Case Manager <tnguyen@keystoneclaimscare.com>",
        to="backup.cm@keystoneclaimscare-contract.com",
        subject="coverage next week",
        body="Covering my files while I'm out - diary attached.",
        atts=(
            Att(
                "diary.txt",
                "text/plain",
                "Delacroix   PMI-2026-301122  L elbow  ortho f/u 10/27  RTW modified\n"
                "Greeley     PMI-2026-201877  low back PT x6 more, MRI reviewed\n"
                "Pfeiffer    PMI-2026-277310  bilat CTS  EMG pending, surgery req\n"
                "Roebuck     PMI-2026-118452  R knee  IME 11/5\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded PT progress note to adjuster",
        notes="Forward to adjuster of a PT clinic's progress note naming the claimant and shoulder ROM.",
        frm="Thanh Nguyen <tnguyen@keystoneclaimscare.com>",
        to="rbianchi@commonwealthcomp.com",
        subject="Fwd: Progress note - Santangelo",
        body="Rita - plateau noted below; I'd support an FCE rather than more visits.",
        forward=Spec(
            phi=True,
            category="PT note",
            notes="original",
            frm="Bethlehem Physical Therapy <notes@bethlehempt.com>",
            to="tnguyen@keystoneclaimscare.com",
            subject="Progress note - Santangelo",
            body="Patient: Edith Santangelo. Visit 16. R shoulder flexion 130 (goal 160), ER 45. Pain 4/10. Progress has plateaued over the last 3 weeks.",
        ),
    ),
    Spec(
        phi=True,
        category="open caseload workbook to insurer client",
        notes="Multi-sheet caseload workbook with claimant names, claim numbers, diagnoses and RTW status.",
        frm="Client Reporting <reporting@keystoneclaimscare.com>",
        to="wcclaims@pennmutualins.com",
        subject="Open caseload - October",
        body="October caseload attached. Summary tab first.",
        atts=(
            Att(
                "PMI_caseload_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [["Status", "Files"], ["Open", 3], ["Closed this month", 1]],
                        "Open": [
                            ["Claimant", "Claim", "Diagnosis", "RTW status"],
                            [
                                "Derrick Greeley",
                                "PMI-2026-201877",
                                "Lumbar strain",
                                "Modified duty",
                            ],
                            [
                                "Joanne Pfeiffer",
                                "PMI-2026-277310",
                                "Bilateral carpal tunnel",
                                "Full duty, surgery pending",
                            ],
                            [
                                "Tanya Roebuck",
                                "PMI-2026-118452",
                                "R knee meniscus tear",
                                "Off work",
                            ],
                        ],
                        "Closed": [
                            ["Claimant", "Claim", "Outcome"],
                            ["Victor Amaya", "PMI-2026-060915", "Full duty 10/5"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound photo named after claimant",
        notes="Hard positive: wound photo file name carries claimant surname and body part; body is two words.",
        frm="Angela Moretti RN CCM <amoretti@keystoneclaimscare.com>",
        to="wound.consult@lehighwoundcenter.com",
        subject="wk 3 photo",
        body="As requested.",
        atts=(
            Att(
                "whitfield_R_hand_flexor_repair_wound_wk3.png",
                "image/png",
                png(5, 5, (180, 120, 110)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR claimant bundle to carrier API",
        notes="Hard positive: FHIR bundle with claimant name, DOB, phone and rotator cuff tear; body is a technical note about the endpoint.",
        frm="KCC Integrations <api@keystoneclaimscare.com>",
        to="edi-support@pennmutualins.com",
        subject="POST failing with 422 - sample payload",
        body="Your /Condition endpoint rejects our bundles with 422. The failing payload is attached; can your team see why?",
        atts=(Att("payload_422.json", "application/fhir+json", FHIR_CLAIM),),
    ),
    Spec(
        phi=True,
        category="Medicare set-aside referral with MBI",
        notes="Medicare set-aside referral giving claimant name, MBI and future surgical care costs.",
        frm="Settlement Services <msa@keystoneclaimscare.com>",
        to="orders@precisionmsa.com",
        subject="MSA referral - settlement 12/2026",
        body=(
            "New MSA referral:\n\nClaimant: Gerald Umstead\nMBI: 5TR2KD7WX41\nClaim: PMI-2023-019552\n"
            "Accepted conditions: cervical radiculopathy, s/p C5-6 ACDF (2024)\nFuture care: likely adjacent-segment surgery, "
            "pregabalin 150 mg bid, annual MRI.\n\nPlease send the draft allocation by 11/20."
        ),
    ),
    Spec(
        phi=True,
        category="terse file closure note to employer",
        notes="Hard positive: terse note with surname and claim number saying full-duty release after knee surgery.",
        frm="Case Manager <tnguyen@keystoneclaimscare.com>",
        to="safety@lehighvalleybev.com",
        subject="closing",
        body="Amaya PMI-2026-060915 - full duty 10/5 per Dr. Patel after knee scope f/u. Closing NCM file. Thx - T",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="aggregate injury trend workbook to employer",
        notes="Hard negative: multi-sheet workbook of injury counts by body part and average lost days; no individuals.",
        frm="Client Reporting <reporting@keystoneclaimscare.com>",
        to="riskmanager@lehighvalleybev.com",
        subject="Q3 injury trends - your locations",
        body="Your Q3 trend report is attached. Back strains are down 18% since the lift-assist rollout.",
        atts=(
            Att(
                "LVB_Q3_trends.xlsx",
                XLSX,
                xlsx(
                    {
                        "By body part": [
                            ["Body part", "Claims", "Avg lost days"],
                            ["Low back", 9, 14.2],
                            ["Shoulder", 4, 21.0],
                            ["Hand/wrist", 6, 5.5],
                        ],
                        "By location": [
                            ["Site", "Claims"],
                            ["Allentown DC", 12],
                            ["Easton plant", 7],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="OSHA 300A establishment summary",
        notes="Hard negative: OSHA 300A annual summary PDF with establishment totals only.",
        frm="Client Reporting <reporting@keystoneclaimscare.com>",
        to="ehs@tristatefabrication.com",
        subject="Draft 300A for posting",
        body="Draft 300A summary for your review before the February posting.",
        atts=(
            Att(
                "300A_draft.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE CLAIMS CARE - prepared for TriState Fabrication",
                        "OSHA Form 300A Summary - Calendar year 2026 (draft)",
                        "Total deaths 0; days-away cases 5; job transfer/restriction cases 8; other recordable 11",
                        "Injuries 23; skin disorders 1; hearing loss 0",
                    ],
                    "300A draft",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="retainer invoice with totals only",
        notes="Hard negative: monthly services invoice listing hours and fees by service line; no claimant.",
        frm="Accounts Receivable <ar@keystoneclaimscare.com>",
        to="ap@commonwealthcomp.com",
        subject="Invoice KCC-INV-26-1041",
        body="Invoice for October: nurse case management 142.5 h, vocational services 38 h, UR reviews 61. Total $24,815.00, net 30.",
    ),
    Spec(
        phi=False,
        category="ergonomics webinar invitation",
        notes="Hard negative: webinar invite on preventing back and shoulder injuries; no individual.",
        frm="Keystone Events <events@keystoneclaimscare.com>",
        to="safetyleaders@lvsafetycouncil.org",
        subject="Webinar: cutting lifting injuries in distribution centers",
        body="Join our ergonomist on Nov 10 at noon: lumbar strain mechanics, team-lift policies, and how early reporting shortens claims. Free for council members.",
    ),
    Spec(
        phi=False,
        category="new case manager introduction",
        notes="Hard negative: staff introduction to a client whose boilerplate footer warns the mail may contain PHI; no claimant.",
        frm="Client Services <clientservices@keystoneclaimscare.com>",
        to="rbianchi@commonwealthcomp.com",
        subject="Introducing Thanh Nguyen",
        body=(
            "Rita, please welcome Thanh Nguyen, RN, who joins our Allentown team and will pick up new Commonwealth referrals from 11/1. Thanh spent eight years in occupational health nursing.\n\nBest regards,\nSheila Marcus\nDirector of Client Services\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain protected health information or other confidential "
            "information intended only for the named recipient. If you received it in error, notify the sender and delete it. "
            "Unauthorized review, use or disclosure is prohibited."
        ),
    ),
    Spec(
        phi=False,
        category="provider network directory with NPIs",
        notes="Hard negative: directory CSV of physicians with NPIs and specialties; provider data only.",
        frm="Network Team <network@keystoneclaimscare.com>",
        to="adjusters@pennmutualins.com",
        subject="Updated preferred provider list - Lehigh Valley",
        body="Updated directory attached. Send new injuries to these clinics first.",
        atts=(
            Att(
                "kcc_network_lv.csv",
                "text/csv",
                "provider,specialty,npi_label,phone\nHoward Lentz MD,Orthopaedic surgery,NPI 1858193877,610-555-0161\n"
                "Min-jun Ahn MD,Hand surgery,NPI 1981026473,610-555-0162\nOluwaseun Imani DO,Physiatry,NPI 1907200475,610-555-0164\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sample FROI with declared fictional worker",
        notes="Hard negative: training sample FROI with an explicitly fictional 'Jane Sample' and no SSN.",
        frm="Training <training@keystoneclaimscare.com>",
        to="newhires@keystoneclaimscare-contract.com",
        subject="Practice FROI for onboarding",
        body="Use the attached made-up example to practise coding a FROI. Jane Sample is not a real person.",
        atts=(
            Att(
                "sample_FROI.txt",
                "text/plain",
                "SAMPLE - FICTIONAL - FOR TRAINING\nEmployee: Jane Sample\nSSN: (leave blank in training)\n"
                "Date of injury: 01/01/2026\nDescription: slipped on wet floor, sprained right wrist\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="privacy training reminder to contract nurses",
        notes="Hard negative: privacy training reminder about claimant data handling; no claimant.",
        frm="Compliance <compliance@keystoneclaimscare.com>",
        to="field-nurses@keystoneclaimscare-contract.com",
        subject="Annual privacy training due 11/30",
        body="All field nurses must complete the 2026 privacy module: minimum necessary, encryption of reports, never put a claimant's diagnosis in a subject line, and reporting misdirected email within 24 hours.",
    ),
    Spec(
        phi=False,
        category="fee schedule update summary with CPT codes",
        notes="Hard negative: fee schedule changes listing CPT codes and dollar amounts; no patient.",
        frm="Bill Review <billreview@keystoneclaimscare.com>",
        to="clients@keystoneclaimscare-clients.com",
        subject="PA WC fee schedule changes effective 1/1/2027",
        body="Notable changes: 97110 therapeutic exercise +2.1%; 29881 knee arthroscopy/meniscectomy -1.4%; 64721 carpal tunnel release unchanged; 99213 +3.0%. Full table on the client portal.",
    ),
    Spec(
        phi=False,
        category="RFP response to self-insured employer",
        notes="Proposal for case management services with generic outcome statistics; no claimant.",
        frm="Business Development <bd@keystoneclaimscare.com>",
        to="procurement@allenvillehealthsystem.org",
        subject="RFP 2026-44 response - Keystone Claims Care",
        body="Attached is our response. Highlights: average 31% reduction in lost-time days across 2025 clients, 24-hour first contact on new injuries, URAC-accredited UR.",
        atts=(
            Att(
                "KCC_RFP_2026-44.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE CLAIMS CARE - RESPONSE TO RFP 2026-44",
                        "Services: telephonic and field NCM, UR, vocational",
                        "Outcomes 2025: 31% fewer lost-time days (book of business)",
                    ],
                    "RFP response",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="case manager licence verification to client",
        notes="Hard negative: staff nurses' RN licence and CCM numbers for client audit; workforce credentials, not patient data.",
        frm="Compliance <compliance@keystoneclaimscare.com>",
        to="vendoraudit@pennmutualins.com",
        subject="Vendor audit - staff credentials",
        body="As requested:\n\nAngela Moretti - PA RN licence RN672201, CCM 00418822, exp 3/2028\nThanh Nguyen - PA RN licence RN701455, CCM 00452019, exp 9/2027",
    ),
    Spec(
        phi=False,
        category="HTML-only holiday closure notice",
        notes="HTML-only notice of office holiday hours; no health content.",
        frm="Keystone Claims Care <info@keystoneclaimscare.com>",
        to="clients@keystoneclaimscare-clients.com",
        subject="Holiday office hours",
        body="",
        html="<html><body><p>Our offices will be closed Nov 26-27. New injury reports can still be filed 24/7 at 610-555-0100 or online.</p><p>Keystone Claims Care</p></body></html>",
    ),
    Spec(
        phi=False,
        category="RN case manager job reply to candidate",
        notes="Hard negative: recruiter reply to a job candidate's gmail about an RN case manager role; candidate's own career, no health data.",
        frm="Recruiting <careers@keystoneclaimscare.com>",
        to="lauren.oakes.rn@gmail.com",
        subject="RE: Field case manager opening",
        body="Hi Lauren, thanks for applying. The role covers field visits with injured workers in Berks and Lehigh counties; CCM preferred. Are you free for a call Thursday at 2?\n\nMaya, Recruiting",
    ),
    Spec(
        phi=False,
        category="de-identified case study for conference",
        notes="Hard negative: conference abstract describing a de-identified composite case with no names or dates.",
        frm="Angela Moretti RN CCM <amoretti@keystoneclaimscare.com>",
        to="abstracts@caseconference.org",
        subject="Abstract submission - early RTW",
        body="Title: Early modified duty after hand injury. A composite case: a warehouse worker in his 40s with a crush injury returned to one-handed inventory work at week 3, with lower pain scores and fewer total lost days than the comparison group (n=42).",
    ),
    Spec(
        phi=False,
        category="IME vendor contract renewal zip",
        notes="Contract documents for an IME scheduling vendor in a zip; no claimants.",
        frm="Vendor Management <vendors@keystoneclaimscare.com>",
        to="contracts@nationalimenetwork.com",
        subject="Renewal documents - 2027",
        body="Signed renewal and the updated fee exhibit are in the zip. Our BAA-equivalent confidentiality addendum is unchanged.",
        atts=(
            Att(
                "KCC_NIN_renewal_2027.zip",
                "application/zip",
                zipped(
                    {
                        "renewal.docx": docx(
                            [
                                "Renewal agreement between Keystone Claims Care and National IME Network, term 1/1/2027-12/31/2027."
                            ]
                        ),
                        "fee_exhibit.csv": "service,fee\northopaedic IME,1450\nrecord review,600\nno-show fee,350\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="X12 837 test file with declared test claimant",
        notes="Hard negative: 837 test file with usage indicator T and a TESTPATIENT placeholder for carrier onboarding.",
        frm="KCC Integrations <api@keystoneclaimscare.com>",
        to="edi-support@pennmutualins.com",
        subject="Test 837 for onboarding (usage T)",
        body="Test file only - synthetic TESTPATIENT record, ISA15 = T. Please send the 999.",
        atts=(Att("kcc_test_837.x12", "application/edi-x12", X12_TEST),),
    ),
    Spec(
        phi=False,
        category="team meeting invite to contract nurses",
        notes="Calendar invite for a regional nurse meeting; no claimants.",
        frm="Angela Moretti RN CCM <amoretti@keystoneclaimscare.com>",
        to="field-nurses@keystoneclaimscare-contract.com",
        subject="Quarterly field nurse meeting",
        body="Agenda: documentation standards, new mileage app, Q4 goals.",
        atts=(
            Att(
                "field_meeting.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Keystone Claims Care//EN\nBEGIN:VEVENT\nUID:kcc-fnm-q4@keystoneclaimscare.com\n"
                "DTSTAMP:20261020T120000Z\nDTSTART:20261106T140000Z\nDTEND:20261106T160000Z\nSUMMARY:Quarterly field nurse meeting\n"
                "LOCATION:KCC Allentown office, Conf Rm B\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="anonymous staff COVID exposure notice",
        notes="Hard negative: office notice that an unnamed colleague tested positive; no individual identified.",
        frm="Office Manager <office@keystoneclaimscare.com>",
        to="allstaff@keystoneclaimscare-contract.com",
        subject="Exposure notice - Allentown office",
        body="A team member who was in the Allentown office on Oct 19-20 has tested positive for COVID-19. If you were there, watch for symptoms and test if you feel unwell. We will not share who it is.",
    ),
    Spec(
        phi=False,
        category="software support ticket with dashboard screenshot",
        notes="Support request to software vendor with a screenshot of aggregate dashboard totals; no claimant.",
        frm="Client Reporting <reporting@keystoneclaimscare.com>",
        to="support@claimsviewsoftware.com",
        subject="Ticket 55812 - totals row misaligned",
        body="Since the 10.4 update the totals row on the Lag Time dashboard shifts right when exported. Screenshot attached (aggregate view, no claim data).",
        atts=(Att("dashboard_totals.png", "image/png", png(8, 4, (40, 90, 160))),),
    ),
]
