"""Granite Peak Orthopaedics & Surgery Center: outbound mail that carries PHI (22 messages)."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import GP, MH, Att, Spec

SIG_SCHED = (
    "\n\nBrianna Kowalczyk\nSurgery Scheduling | Granite Peak Orthopaedics & Surgery Center\n"
    "2250 Foothill Pkwy, Suite 300, Boulder, CO 80301\nP 303-555-0182 | F 303-555-0189\n"
)
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential "
    "information. If you received it in error, please notify the sender and delete it."
)

_HL7_ADT = "\r".join(
    [
        "MSH|^~\\&|GPOSC_EHR|GRANITEPEAK|STLV_ADT|STLUKESVALLEY|202611170642||ADT^A04|"
        "GP884120|P|2.5.1",
        "EVN|A04|202611170642",
        "PID|1||GP00418827^^^GPOSC^MR||HOLLINGSWORTH^DEREK^ALLEN||19650722|M|||"
        "1187 CANYON VIEW DR^^LONGMONT^CO^80503||^PRN^PH^^^720^5550147|||||||",
        "PV1|1|O|ASC^OR2^01||||1840552529^WHITCOMBE^MARCUS^^^DR|||ORT||||||||"
        "ASC2611170007|||||||||||||||||||||||||202611170630",
        "DG1|1||M16.11^Unilateral primary osteoarthritis, right hip^I10|||A",
        "IN1|1|BCP01|BLUECREST|BLUECREST PLAN||||||||||||HOLLINGSWORTH^DEREK|SEL|"
        "||||||||||||||||||BCX441870263",
        "",
    ]
)

_FHIR_ORDER = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "gp-771204",
                    "identifier": [{"system": "urn:gposc:mrn", "value": "GP00771204"}],
                    "name": [{"family": "Szymanski", "given": ["Helena", "M"]}],
                    "birthDate": "1958-02-09",
                    "telecom": [{"system": "phone", "value": "303-555-0164"}],
                    "address": [
                        {
                            "line": ["36 Juniper Ct"],
                            "city": "Louisville",
                            "state": "CO",
                            "postalCode": "80027",
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "ServiceRequest",
                    "status": "active",
                    "intent": "order",
                    "subject": {"reference": "Patient/gp-771204"},
                    "code": {"text": "Knee scooter (E0118) and CPM device (E0935), 21 days"},
                    "reasonCode": [
                        {
                            "coding": [
                                {
                                    "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                    "code": "S82.201A",
                                    "display": "Unspecified fracture of shaft of right tibia",
                                }
                            ]
                        }
                    ],
                    "requester": {"display": "Elena Vasquez-Hart, MD"},
                    "occurrenceDateTime": "2026-11-18",
                }
            },
        ],
    },
    indent=1,
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
 <title>Transition of Care Summary</title>
 <effectiveTime value="20261118"/>
 <recordTarget><patientRole>
  <id extension="GP00652391" root="2.16.840.1.113883.3.9182"/>
  <addr><streetAddressLine>905 Pearl St Apt 4</streetAddressLine><city>Boulder</city>
   <state>CO</state><postalCode>80302</postalCode></addr>
  <patient><name><given>Vernon</given><family>Tallchief</family></name>
   <administrativeGenderCode code="M"/><birthTime value="19390511"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Procedures</title>
   <text>11/14/2026 Left hip hemiarthroplasty (CPT 27236) for displaced femoral neck fracture
   (S72.002A). EBL 250 mL. Weight bearing as tolerated, posterior hip precautions.</text>
  </section></component>
  <component><section><title>Medications at discharge</title>
   <text>Enoxaparin 40 mg SC daily x 28 days; oxycodone 5 mg q6h PRN; acetaminophen 1 g q8h;
   docusate 100 mg BID.</text>
  </section></component>
  <component><section><title>Follow-up</title>
   <text>Staple removal POD 14 at SNF. Ortho clinic 12/01/2026 with Dr. Whitcombe.</text>
  </section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

_X12_837 = "~\n".join(
    [
        "ISA*00*          *00*          *ZZ*GRANITEPEAK    *ZZ*CLAIMBRIDGE    *261116*1412*^*"
        "00501*000004127*0*P*:",
        "GS*HC*GRANITEPEAK*CLAIMBRIDGE*20261116*1412*4127*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*GP4127*20261116*1412*CH",
        "NM1*85*2*GRANITE PEAK ORTHOPAEDICS*****XX*1406835557",
        "NM1*IL*1*ABERNATHY*COLLEEN*R***MI*BCX552908174",
        "N3*77 WILLOWBROOK RD",
        "N4*LAFAYETTE*CO*80026",
        "DMG*D8*19700304*F",
        "CLM*GP26110931*4860***24:B:1*Y*A*Y*Y",
        "HI*ABK:M75.121*ABF:M75.41",
        "SV1*HC:29827:RT*4860*UN*1***1",
        "DTP*472*D8*20261103",
        "SE*13*0001",
        "GE*1*4127",
        "IEA*1*000004127",
        "",
    ]
)

MESSAGES = [
    Spec(
        phi=True,
        category="post-op PT referral",
        notes="Surgeon's protocol to an outside physical therapy clinic naming the patient, DOB "
        "and ACL reconstruction with graft details.",
        frm=f"Elena Vasquez-Hart MD <evasquezhart@{GP}>",
        to="intake@cascadiapt.com",
        subject="PT referral - ACL reconstruction protocol",
        body="Hi Cascadia team,\n\nReferring Jaden Okonkwo-Ramsey (DOB 08/30/2008) for post-op "
        "rehab. He is a 17 y/o soccer player, s/p left ACL reconstruction with BTB autograft and "
        "partial lateral meniscectomy on 11/12/2026.\n\nProtocol:\n- Brace locked in extension "
        "for ambulation x 2 weeks, then unlock 0-90\n- WBAT with crutches, wean by week 2-3\n"
        "- No open chain quad work 90-45 deg until week 12\n- Return-to-sport testing no earlier "
        "than month 9\n\nFirst visit ideally this week. His mom's cell is 720-555-0133.\n\n"
        "Thanks,\nElena Vasquez-Hart, MD\nSports Medicine, Granite Peak Orthopaedics" + CONF,
    ),
    Spec(
        phi=True,
        category="pre-op appointment reminder to patient",
        notes="Front desk reminder to the patient's own gmail naming her and her total knee "
        "pre-op visit.",
        frm=f"Granite Peak Front Desk <frontdesk@{GP}>",
        to="loretta.mabry58@gmail.com",
        subject="Your pre-op visit on Monday",
        body="Dear Loretta Mabry,\n\nThis is a reminder of your pre-operative visit for your "
        "right total knee replacement with Dr. Whitcombe on Monday, November 23 at 9:15 AM at "
        "our Foothill Parkway office.\n\nPlease bring a list of all your medications, your "
        "insurance card and photo ID. Labs (CBC, BMP, A1c) will be drawn at the visit.\n\n"
        "If you need to reschedule, call 303-555-0180.\n\nGranite Peak Orthopaedics & Surgery "
        "Center",
    ),
    Spec(
        phi=True,
        category="surgery time change to relative",
        notes="Hard positive: only a first name ('your dad, Walt'), but sent to the daughter's "
        "yahoo address with the surgery, arrival time and anticoagulant hold.",
        frm=f"Brianna Kowalczyk <bkowalczyk@{GP}>",
        to="kimberly.strand@yahoo.com",
        subject="Re: Thursday time",
        body="Hi Kim,\n\nYes, we were able to move your dad's surgery up. Walt is now first case "
        "Thursday, 7:30 AM, so please have him here at 5:30. Nothing to eat after midnight; "
        "small sips of water are ok until 3:30.\n\nDr. Iyer wants him to keep holding the "
        "Eliquis (last dose was Monday morning like we talked about). He can take his "
        "metoprolol with a sip of water that morning.\n\nSee you Thursday!" + SIG_SCHED,
    ),
    Spec(
        phi=True,
        category="prior auth request, PHI in subject only",
        notes="Hard positive: the subject carries name, DOB and the MRI; the body is just a "
        "nudge to the payer's UM inbox.",
        frm=f"Marisa Gallo <mgallo@{GP}>",
        to="um-requests@bluecrestplan.com",
        subject="Okafor, Chidi 03/14/1971 - R shoulder MRI auth, 3rd request",
        body="Hello,\n\nThird request on this one. Clinicals were faxed 11/09 and 11/12. Could "
        "someone please look at it today?\n\nThank you,\nMarisa Gallo\nPrior Authorization, "
        "Granite Peak Orthopaedics\n303-555-0174",
    ),
    Spec(
        phi=True,
        category="denial worklist spreadsheet to payer rep",
        notes="Hard positive: body says only 'Q3 worklist'; the XLSX has member ids, names, "
        "dates of service, CPT and ICD-10 per claim line.",
        frm=f"Lorraine Dubose <ldubose@{GP}>",
        to="provider.relations@bluecrestplan.com",
        subject="Q3 denial worklist for Thursday's call",
        body="Hi Trevor,\n\nAttached is the worklist we'll go through on Thursday. Second tab "
        "is the ones we think were denied for the wrong modifier.\n\nLorraine\nRevenue Cycle "
        "Manager",
        atts=(
            Att(
                "GPOSC_Q3_denials.xlsx",
                XLSX,
                xlsx(
                    {
                        "Denials": [
                            ["Member ID", "Patient", "DOS", "CPT", "ICD-10", "Billed", "Denial"],
                            [
                                "BCX338104955",
                                "Pham, Quoc",
                                "07/08/2026",
                                "29881",
                                "S83.241A",
                                3120,
                                "CO-197",
                            ],
                            [
                                "BCX550271846",
                                "Lindgren, Ashley",
                                "07/22/2026",
                                "64721",
                                "G56.01",
                                1780,
                                "CO-50",
                            ],
                            [
                                "BCX219930417",
                                "Haddad, Samir",
                                "08/03/2026",
                                "27447",
                                "M17.11",
                                9850,
                                "CO-197",
                            ],
                            [
                                "BCX774102368",
                                "Moreau, Bettina",
                                "09/15/2026",
                                "63030",
                                "M51.16",
                                7420,
                                "CO-16",
                            ],
                        ],
                        "Modifier issues": [
                            ["Member ID", "Claim", "CPT", "Mod billed", "Mod expected"],
                            ["BCX338104955", "GP26070412", "29881", "LT", "RT"],
                            ["BCX609925183", "GP26081177", "20610", "", "RT"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ASC nursing handoff, initial and bay",
        notes="Hard positive: 'Mrs. K' in PACU bay 6 with a medication change and delayed "
        "discharge, internal note between nurses.",
        frm=f"Tevita Fifita RN <tfifita@{GP}>",
        to=f"asc-charge@{GP}",
        subject="bay 6",
        body="Mrs. K in bay 6 (Iyer's 10:15 CMC arthroplasty) got itchy and hivey with the "
        "Percocet, gave 25 diphenhydramine IV at 12:40, switched to Norco 5 per Iyer. Family "
        "says she had same thing with codeine years ago, I added it to allergies. Discharge "
        "pushed to ~2:30 so she can be watched 60 min. Can you let pre-op know bay 6 won't "
        "turn till then?\n\nTevita",
    ),
    Spec(
        phi=True,
        category="HL7 ADT feed question to hospital interface team",
        notes="Hard positive: body asks about a PV1 field; the attached HL7 A04 is a real "
        "registration with name, DOB, address, MRN, diagnosis and member id.",
        frm=f"Rafael Quintero <rquintero@{GP}>",
        to="interfaces@stlukesvalley.org",
        subject="ADT A04 - PV1-19 mapping question",
        body="Hi Jenna,\n\nYour engine is rejecting our A04s since Friday's upgrade. Sample from "
        "this morning attached as it went out. We think it is PV1-19 (visit number) being "
        "longer than 12 chars now. Can you confirm on your side?\n\nRafael Quintero\nIT / "
        "Interfaces, Granite Peak Orthopaedics",
        atts=(Att("A04_sample_1117.hl7", "application/hl7-v2", _HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="operative note to referring PCP",
        notes="Operative report PDF for a lumbar microdiscectomy sent to the referring primary "
        "care office.",
        frm=f"Medical Records <records@{GP}>",
        to="referrals@pinecresthealth.org",
        subject="Operative report - your referral",
        body="Attached please find the operative report for the patient you referred to Dr. "
        "Oyelaran. Please contact our office with any questions.\n\nMedical Records\nGranite "
        "Peak Orthopaedics & Surgery Center\nF 303-555-0189",
        atts=(
            Att(
                "OpNote_Castellanos_R_111326.pdf",
                "application/pdf",
                pdf(
                    [
                        "GRANITE PEAK ORTHOPAEDICS & SURGERY CENTER",
                        "OPERATIVE REPORT",
                        "Patient: Castellanos, Rodrigo   MRN: GP00590312   DOB: 06/17/1979",
                        "Date of surgery: 11/13/2026   Surgeon: Folasade Oyelaran, MD",
                        "Preoperative diagnosis: L5-S1 disc herniation with right S1 "
                        "radiculopathy (M51.17)",
                        "Procedure: Right L5-S1 microdiscectomy (CPT 63030)",
                        "Anesthesia: General endotracheal. EBL: 25 mL.",
                        "Findings: Large sequestered fragment compressing the right S1 root.",
                        "Disposition: Discharged home same day. Follow-up in 2 weeks.",
                    ],
                    "Operative report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound photo, name in file name only",
        notes="Hard positive: the body says 'incision photo'; the patient's name and post-op day "
        "are only in the PNG file name.",
        frm=f"Jolene Barros PA-C <jbarros@{GP}>",
        to=f"mwhitcombe@{GP}",
        subject="incision pic",
        body="Dr W - here's the pic from this morning's wound check. Little bit of drainage at "
        "the distal end, no erythema. Ok to leave the prevena on another 3 days?\n\nJolene\n\n"
        "Sent from my iPhone",
        atts=(
            Att("wound_check_Delacroix_Marisol_POD10.png", "image/png", png(6, 5, (196, 142, 120))),
        ),
    ),
    Spec(
        phi=True,
        category="workers' comp work status",
        notes="Work status to a workers' comp adjuster: claimant name, claim number, "
        "microdiscectomy and lifting restrictions.",
        frm=f"Dana Whitlock <dwhitlock@{GP}>",
        to="claims.adjuster@pinnaclecomp.com",
        subject="Work status - claim WC26-0448812",
        body="Good afternoon Ms. Ferris,\n\nPer your request, work status for Juan Pablo "
        "Restrepo (claim WC26-0448812, SSN 511-42-3237, DOI 06/02/2026) following his "
        "visit today with Dr. Oyelaran:\n\n- Status post L4-5 microdiscectomy 10/06/2026, "
        "healing well\n- May "
        "return to modified duty 11/23/2026\n- No lifting over 20 lb, no repetitive bending, "
        "may alternate sitting/standing\n- Re-evaluation 12/21/2026\n\nThe signed form is in "
        "the portal.\n\nDana Whitlock\nWorkers' Compensation Coordinator",
    ),
    Spec(
        phi=True,
        category="pre-op class calendar invite to patient",
        notes="Hard positive: calendar invite to the patient's aol address whose event names "
        "him and his hip replacement.",
        frm=f"Joint Replacement Program <jointclass@{GP}>",
        to="hbeckett1949@aol.com",
        subject="Invitation: Joint Class - Harlan Beckett (R THA 12/03)",
        body="Mr. Beckett, you're registered for Total Joint Class. Please bring a family "
        "member or coach.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Granite Peak//Scheduling//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:jc-20261124-0117@granitepeakortho.com\r\n"
        "DTSTAMP:20261116T160000Z\r\nDTSTART:20261124T170000Z\r\nDTEND:20261124T183000Z\r\n"
        "SUMMARY:Joint Class - Harlan Beckett (R THA 12/03 Dr. Whitcombe)\r\n"
        "LOCATION:Granite Peak Conference Room B\r\nDESCRIPTION:Pre-op education for right "
        "total hip arthroplasty. Bring walker if you have one. Hibiclens wash kit will be "
        "given.\r\nATTENDEE;CN=Harlan Beckett:mailto:hbeckett1949@aol.com\r\n"
        "ORGANIZER;CN=Joint Replacement Program:mailto:jointclass@granitepeakortho.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="forwarded patient message to nurse",
        notes="Hard positive: the outer body is 'can you call her'; the forwarded rfc822 part "
        "is the patient's own mail about pain after carpal tunnel release.",
        frm=f"Keisha Armstead <karmstead@{GP}>",
        to=f"handnurse@{GP}",
        subject="Fwd: still numb",
        body="This came to the general inbox. Can you call her? She's Iyer's, surgery was "
        "11/05.\n\nThanks, Keisha",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Priyanka Raman <praman.home@outlook.com>",
            to=f"info@{GP}",
            subject="still numb",
            body="Hello,\n\nI had my carpal tunnel release on the right hand with Dr. Iyer on "
            "Nov 5. My thumb and index finger are still numb and now the palm is swollen and "
            "warm. Is that normal? My follow up isn't until Dec 2. My number is 720-555-0191.\n\n"
            "Priyanka Raman",
        ),
    ),
    Spec(
        phi=True,
        category="OR schedule CSV with initials and DOB to anesthesia group",
        notes="Hard positive: the attached roster has only initials plus full DOB, procedure and "
        "ASA class per case, sent to the contracted anesthesia group.",
        frm=f"ASC Scheduling <ascsched@{GP}>",
        to="scheduling@summitanesthesia.com",
        subject="Monday 11/23 ASC board",
        body="Attached is Monday's board for both rooms. Room 2 has the two blocks, please "
        "staff accordingly.\n\nASC Scheduling",
        atts=(
            Att(
                "ASC_board_2026-11-23.csv",
                "text/csv",
                "Room,Time,Pt,DOB,Procedure,Surgeon,ASA,Block\r\n"
                "OR1,07:30,R.T.,04/19/1962,R TKA,Whitcombe,2,adductor canal\r\n"
                "OR1,10:15,G.A.,12/02/1955,L UKA,Whitcombe,3,adductor canal\r\n"
                "OR1,13:00,M.S.,09/27/1971,R shoulder arthroscopy RCR,Vasquez-Hart,2,"
                "interscalene\r\n"
                "OR2,07:30,D.N.,01/08/1988,L CTR,Iyer,1,none\r\n"
                "OR2,08:30,F.O.,06/30/1966,R trigger finger x2,Iyer,2,none\r\n"
                "OR2,10:00,T.W.,03/11/1983,ACDF C5-6,Oyelaran,2,none\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="837P claim file to clearinghouse",
        notes="Hard positive: short transmittal note; the X12 837 carries subscriber name, DOB, "
        "address, member id, diagnosis and procedure.",
        frm=f"Billing Office <billing@{GP}>",
        to="support@claimbridge.net",
        subject="Resubmission - batch 4127",
        body="Hi, batch 4127 rejected at your front end with a 999 error on Friday. Corrected "
        "file attached for manual load, ticket CB-88213.\n\nGranite Peak Billing",
        atts=(Att("GP_837P_4127.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="records release to attorney",
        notes="Records coordinator sends a DOCX treatment summary for a named patient to a law "
        "firm under an authorization.",
        frm=f"Health Information Management <him@{GP}>",
        to="paralegal@hadleyrossiter.com",
        subject="Records request - your file 26-1187",
        body="Ms. Ortega,\n\nWe received the signed authorization. Per your request the "
        "treatment summary is attached; the full chart (212 pages) will follow on CD by mail. "
        "Invoice for copying is enclosed with the CD.\n\nHIM Department\nGranite Peak "
        "Orthopaedics",
        atts=(
            Att(
                "Summary_Whitfield_Tamara.docx",
                DOCX,
                docx(
                    [
                        "Granite Peak Orthopaedics - Treatment Summary",
                        "Patient: Tamara Whitfield   DOB: 10/21/1984   MRN: GP00447120",
                        "Date of injury: 04/28/2026 (motor vehicle collision)",
                        "Diagnoses: Right distal radius fracture (S52.571A); cervical strain "
                        "(S16.1XXA)",
                        "05/01/2026 ORIF right distal radius, volar plate (Dr. Iyer)",
                        "05/14/2026 - 08/20/2026 occupational therapy, 22 visits",
                        "09/10/2026 MMI declared; 8% upper extremity impairment",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior auth letter in body",
        notes="Letter of medical necessity in the body: name, DOB, MRN, member id, diagnoses "
        "and failed conservative care.",
        frm=f"Marcus Whitcombe MD <mwhitcombe@{GP}>",
        to="um-requests@bluecrestplan.com",
        subject="Letter of medical necessity - total hip arthroplasty",
        body="To the Utilization Review Committee:\n\nRe: Gwendolyn Achterberg, DOB 01/26/1961, "
        "MRN GP00318846, Member BCX660318492\n\nMs. Achterberg has end-stage left hip "
        "osteoarthritis (M16.12) with bone-on-bone joint space loss on radiographs dated "
        "10/02/2026. She has failed more than 12 weeks of conservative care including "
        "physical therapy, meloxicam 15 mg daily and a fluoroscopic intra-articular steroid "
        "injection on 07/15/2026. Her Harris Hip Score is 41. I am requesting authorization "
        "for left total hip arthroplasty (CPT 27130) at our ASC.\n\nSincerely,\nMarcus "
        "Whitcombe, MD\nNPI 1840552529",
    ),
    Spec(
        phi=True,
        category="patient statement HTML-only",
        notes="HTML-only billing statement to the patient's outlook.com address for her knee "
        "arthroscopy.",
        frm=f"Granite Peak Billing <statements@{GP}>",
        to="celeste.ndiaye@outlook.com",
        subject="Your statement from Granite Peak Orthopaedics",
        body="",
        html="<html><body style='font-family:Arial'><p>Dear Celeste Ndiaye,</p>"
        "<p>Your insurance has processed the claim below. The remaining balance is your "
        "responsibility.</p><table border='1' cellpadding='4'><tr><th>Date</th>"
        "<th>Service</th><th>Charges</th><th>Insurance paid</th><th>You owe</th></tr>"
        "<tr><td>09/22/2026</td><td>Left knee arthroscopy, partial medial meniscectomy "
        "(29881)</td><td>$3,120.00</td><td>$2,418.40</td><td>$701.60</td></tr>"
        "<tr><td>09/22/2026</td><td>ASC facility fee</td><td>$2,450.00</td>"
        "<td>$2,205.00</td><td>$245.00</td></tr></table>"
        "<p><b>Account #: 000918273</b> &nbsp; <b>Amount due: $946.60</b> by 12/15/2026</p>"
        "<p>Pay online at pay.granitepeakortho.com or call 303-555-0186.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="surgeon reply to patient's wife with quoted thread",
        notes="Hard positive: the reply names 'Ray' and post-op findings; the quoted message "
        "below is from his wife's icloud address.",
        frm=f"Elena Vasquez-Hart MD <evasquezhart@{GP}>",
        to="annie.delgado@icloud.com",
        subject="Re: Ray's knee",
        body="Hi Annie,\n\nThat amount of swelling is normal at 3 weeks after a patellar tendon "
        "repair, especially after he's been up more. Tell Ray to keep the brace locked straight "
        "when walking, ice 20 min 3-4x/day and elevate above the heart. If the calf gets "
        "tender or he gets short of breath, go to the ER. Otherwise we'll see him on the "
        "30th.\n\nDr. Vasquez-Hart\n\nOn Mon, Nov 16, 2026 at 8:02 PM Annie Delgado "
        "<annie.delgado@icloud.com> wrote:\n> Dr. Vasquez-Hart, Ray's knee is really swollen "
        "tonight, more than last week.\n> He's been walking more at work. Should we worry? "
        "He's still taking the aspirin twice a day.\n> Annie (Ray Delgado's wife)",
    ),
    Spec(
        phi=True,
        category="imaging CD request zip",
        notes="Hard positive: the zip holds a TXT request naming the patient, DOB and the MRI "
        "studies needed before surgery.",
        frm=f"Keisha Armstead <karmstead@{GP}>",
        to="filmroom@frontrangeimaging.com",
        subject="Outside imaging request",
        body="Hello Film Room,\n\nPlease see the attached request form. We need the images "
        "pushed to our PACS or a CD mailed before 11/30.\n\nThank you,\nKeisha",
        atts=(
            Att(
                "imaging_request.zip",
                "application/zip",
                zipped(
                    {
                        "request.txt": "IMAGING RELEASE REQUEST\r\nPatient: Nakamura-Bell, "
                        "Owen\r\nDOB: 05/05/1992\r\nStudies: MRI lumbar spine w/o contrast "
                        "08/14/2026; MRI L hip arthrogram 09/02/2026\r\nReason: pre-surgical "
                        "planning, L hip labral tear (S73.192A)\r\nRequesting: Dr. F. "
                        "Oyelaran, Granite Peak Orthopaedics\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR DME order to supplier",
        notes="Hard positive: body mentions only 'order attached'; the FHIR bundle carries the "
        "patient's name, DOB, address and tibial fracture with the equipment ordered.",
        frm=f"Ortho Clinic <dmeorders@{GP}>",
        to=f"intake@{MH}",
        subject="DME order #GP-DME-2611-044",
        body="New order attached (FHIR bundle from our EHR). Delivery requested for tomorrow. "
        "Call 303-555-0177 with questions.",
        atts=(Att("order_GP-DME-2611-044.json", "application/fhir+json", _FHIR_ORDER),),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to SNF",
        notes="Hard positive: C-CDA discharge summary for a hemiarthroplasty patient going to a "
        "skilled nursing facility.",
        frm=f"Case Management <casemgmt@{GP}>",
        to="admissions@aspenmeadowsnc.com",
        subject="Transition of care document",
        body="Please find the transition of care document attached ahead of tomorrow's "
        "transfer. Report called to your charge nurse at 14:10.\n\nCase Management\nGranite "
        "Peak Orthopaedics & Surgery Center",
        atts=(Att("TOC_20261118.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="callback log TXT attachment",
        notes="Hard positive: attached phone-message log with patient names, callback numbers "
        "and clinical complaints; the body is a one-liner.",
        frm=f"Answering Service Liaison <afterhours@{GP}>",
        to=f"triage@{GP}",
        cc=f"karmstead@{GP}",
        subject="weekend callbacks",
        body="Weekend messages attached, 6 need a nurse callback today.",
        atts=(
            Att(
                "callbacks_1116.txt",
                "text/plain",
                "SAT 11/14 21:40  Gerald Pomeroy 303-555-0121  - L TKA 11/10, calf pain "
                "and swelling since noon\r\n"
                "SAT 11/14 23:05  Ines Salgado 720-555-0188  - out of oxycodone, surgery "
                "11/12 (Whitcombe)\r\n"
                "SUN 11/15 08:12  Deshawn Mercer 303-555-0140  - splint too tight, fingers "
                "tingling\r\n"
                "SUN 11/15 10:30  Brigid O'Rourke 720-555-0116  - fever 101.2, R shoulder "
                "scope 11/09\r\n"
                "SUN 11/15 14:47  Thanh Vo 303-555-0172  - constipation on pain meds\r\n"
                "SUN 11/15 19:20  Leonard Kaye 720-555-0159  - wants to restart Xarelto, "
                "asks if ok\r\n",
            ),
        ),
    ),
]
