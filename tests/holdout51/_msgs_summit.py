"""Outbound mail of Summit Ridge Orthopaedic Associates, an orthopaedic surgery group (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, typographic punctuation)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

HL7_MRI = (
    "\r".join(
        [
            "MSH|^~\\&|SRO_EHR|SUMMITRIDGE|RIS|CASCADEIMAGING|202610210914||ORM^O01|SRO88213|P|2.3",
            "PID|1||SRO-0048817^^^SRO^MR||HALVORSEN^BRIT^A||19720614|F|||2209 Larkspur Ct^^Ashford^OH^44012||(440)555-0142",
            "PV1|1|O|SROCLIN^^^SUMMITRIDGE||||1180148193^VOSS^LENA",
            "ORC|NW|ORD55102",
            "OBR|1|ORD55102||73221^MRI SHOULDER W/O CONTRAST^CPT|||202610210900|||||||||1180148193^VOSS^LENA",
            "DG1|1||M75.121^Complete rotator cuff tear, right shoulder, not traumatic^I10",
        ]
    )
    + "\r"
)

HL7_TEST = (
    "\r".join(
        [
            "MSH|^~\\&|SRO_EHR|SUMMITRIDGE|PACS|NEWVENDOR|202610200800||ADT^A04|TEST0001|T|2.5.1",
            "PID|1||TEST00001^^^SRO^MR||ZZTEST^ORTHO^ONE||19000101|U|||1 Test Way^^Testville^OH^44000",
            "PV1|1|O|TESTCLINIC",
            "NTE|1||SYNTHETIC TEST MESSAGE - NOT A REAL PATIENT - processing id T",
        ]
    )
    + "\r"
)

X12_837 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*SUMMITRIDGE    *ZZ*CLEARPATHEDI   *261021*1030*^*00501*000004417*0*P*:",
            "GS*HC*SUMMITRIDGE*CLEARPATHEDI*20261021*1030*4417*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*SRO4417*20261021*1030*CH",
            "NM1*85*2*SUMMIT RIDGE ORTHOPAEDIC ASSOCIATES*****XX*1878859564",
            "NM1*IL*1*PRUITT*GORDON*L***MI*HPX448120731",
            "DMG*D8*19580923*M",
            "NM1*PR*2*HEARTLAND PREFERRED HEALTH*****PI*60054",
            "CLM*SRO-ACCT-77310*2840***22:B:1*Y*A*Y*Y",
            "HI*ABK:S82.201A*ABF:W10.9XXA",
            "SV1*HC:27758*2840*UN*1***1",
            "DTP*472*D8*20261016",
            "SE*12*0001",
            "GE*1*4417",
            "IEA*1*000004417",
        ]
    )
    + "~\n"
)

FHIR_BUNDLE = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "sro-0052290",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9151.1", "value": "SRO-0052290"}],
      "name": [{"family": "Tremblay", "given": ["Odile"]}], "birthDate": "1949-02-11",
      "address": [{"line": ["88 Wren Hollow Rd"], "city": "Ashford", "state": "OH", "postalCode": "44012"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/sro-0052290"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S72.001A", "display": "Fracture of unspecified part of neck of right femur"}]},
      "onsetDateTime": "2026-10-17"}},
    {"resource": {"resourceType": "Procedure", "subject": {"reference": "Patient/sro-0052290"},
      "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "27236", "display": "Open treatment femoral neck fracture, prosthetic replacement"}]},
      "performedDateTime": "2026-10-18"}}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="post-op instructions to patient personal mailbox",
        notes="Named patient's post-arthroscopy care instructions sent to her gmail.",
        frm="Dr. Lena Voss Office <voss.office@summitridgeortho.com>",
        to="renata.kowalczyk77@gmail.com",
        subject="Your instructions after Thursday's procedure",
        body=(
            "Hi Renata,\n\nThanks for coming in Thursday. A few reminders after your right knee arthroscopy "
            "(partial medial meniscectomy):\n\n- Keep the dressing dry for 48 hours, then you may shower.\n"
            "- Ice 20 minutes on, 20 off while awake.\n- Take the oxycodone 5 mg only for severe pain; "
            "switch to ibuprofen 600 mg with food as soon as you can.\n- Start the quad sets and heel slides "
            "on the sheet tomorrow.\n\nCall us at 440-555-0117 for fever over 101, calf pain or drainage.\n\n"
            "Marta Jensen, RN\nSummit Ridge Orthopaedic Associates"
        ),
    ),
    Spec(
        phi=True,
        category="FMLA certification to employer HR",
        notes="Hard positive: body to employer HR gives only name and leave dates; the attached PDF certification states total hip replacement.",
        frm="Forms Desk <forms@summitridgeortho.com>",
        to="leave.admin@brightwaterlogistics.com",
        subject="Completed FMLA paperwork - D. Okonjo",
        body=(
            "Attached is the completed certification you requested for your employee Dele Okonjo. "
            "Leave requested 11/9/2026 through 12/21/2026.\n\nForms Desk\nSummit Ridge Orthopaedic Associates\n"
            "Fax 440-555-0119"
        ),
        atts=(
            Att(
                "Okonjo_FMLA_WH380E.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT RIDGE ORTHOPAEDIC ASSOCIATES",
                        "Certification of Health Care Provider for Employee's Serious Health Condition",
                        "Employee: Dele Okonjo    DOB: 04/30/1969",
                        "Condition: end-stage osteoarthritis, left hip (M16.12)",
                        "Treatment: left total hip arthroplasty scheduled 11/10/2026, inpatient 1-2 nights",
                        "Incapacity: 11/9/2026 to approx. 12/21/2026; outpatient PT 3x/week",
                        "Provider: Aaron Whitcombe, MD   NPI 1003054412",
                    ],
                    "FMLA certification",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="physical therapy referral with docx",
        notes="Referral to outside PT clinic with patient name, DOB and ACL reconstruction protocol in the DOCX.",
        frm="Referrals <referrals@summitridgeortho.com>",
        to="intake@riverbendpt.com",
        subject="New referral - ACL protocol",
        body="Please schedule this patient within the week. Protocol and op note summary attached.\n\nThank you,\nJoy Pelletier\nReferral Coordinator",
        atts=(
            Att(
                "referral_Castellanos.docx",
                DOCX,
                docx(
                    [
                        "Summit Ridge Orthopaedic Associates - Physical Therapy Referral",
                        "Patient: Mateo Castellanos   DOB: 08/02/2001   Phone: 440-555-0163",
                        "Diagnosis: S83.512A Sprain of ACL of left knee; s/p ACL reconstruction with BTB autograft 10/14/2026",
                        "Orders: Evaluate and treat, ACL accelerated protocol, WBAT in hinged brace locked in extension x 2 wks",
                        "Frequency: 2-3x/week for 12 weeks",
                        "Referring surgeon: Aaron Whitcombe, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization request for hip arthroplasty",
        notes="Prior-auth request to payer with member ID, patient name, CPT 27130 and diagnosis.",
        frm="Prior Auth Team <priorauth@summitridgeortho.com>",
        to="um.requests@heartlandpreferred.com",
        subject="Prior authorization request - CPT 27130",
        body=(
            "Heartland Preferred UM,\n\nRequesting authorization for the following:\n\n"
            "Member: Harriet Baumgartner\nMember ID: HPX220945118\nDOB: 12/03/1957\n"
            "Procedure: 27130 total hip arthroplasty, right\nDiagnosis: M16.11 unilateral primary osteoarthritis, right hip\n"
            "Conservative care: 9 months NSAIDs, 2 steroid injections, 12 PT visits; Tonnis grade 3 on x-ray.\n"
            "Requested date of service: 11/18/2026, Ashford Surgical Hospital\n\nPlease fax determination to 440-555-0119.\n\n"
            "Kim Ferreira, Prior Authorization Specialist"
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 professional claim to clearinghouse",
        notes="Hard positive: identifiers and fracture diagnosis appear only inside the attached 837 file; the body is routine.",
        frm="Billing <billing@summitridgeortho.com>",
        to="submissions@clearpathedi.com",
        subject="Batch 4417",
        body="Batch 4417 attached, 1 claim. Please confirm 999 receipt.\n\nSummit Ridge Billing",
        atts=(Att("SRO_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="HL7 ORM imaging order to outside MRI center",
        notes="Hard positive: HL7 order file carries patient name, MRN, DOB, address and rotator cuff tear code; body only says order attached.",
        frm="Interface Team <interfaces@summitridgeortho.com>",
        to="orders@cascadeimaging.net",
        subject="Manual resend ORD55102",
        body="Your interface engine rejected this order overnight; resending the message as a file. Please load manually.\n\n- SRO Interface Team",
        atts=(Att("ORD55102.hl7", "application/hl7-v2", HL7_MRI),),
    ),
    Spec(
        phi=True,
        category="post-op visit calendar invitation to patient",
        notes="Hard positive: calendar invite to patient's icloud names her and a two-week post-op wound check with a hand surgeon.",
        frm="Scheduling <schedule@summitridgeortho.com>",
        to="ada.lindqvist@icloud.com",
        subject="Appointment: 2-week post-op check",
        body="Ada, your visit is below. Please arrive 15 minutes early and bring your splint.\n\nSummit Ridge Scheduling",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Summit Ridge Ortho//Scheduling//EN\nMETHOD:REQUEST\n"
            "BEGIN:VEVENT\nUID:sro-appt-771042@summitridgeortho.com\nDTSTAMP:20261020T140000Z\n"
            "DTSTART:20261104T150000Z\nDTEND:20261104T153000Z\n"
            "SUMMARY:Ada Lindqvist - post-op check, carpal tunnel release (L) - Dr. Priya Raman\n"
            "LOCATION:Summit Ridge Hand Center, Suite 210\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="terse surgery cancellation note to anesthesia group",
        notes="Hard positive: terse note names patient and cancelled right TKA with a potassium value.",
        frm="Aaron Whitcombe MD <awhitcombe@summitridgeortho.com>",
        to="scheduling@lakeerieanesthesia.com",
        subject="Re: Thurs list",
        body="Okafor cx'd - R TKA off Thurs, K 5.9 on pre-op BMP. Renal to see. Will rebook.\n\nAW\n\nSent from my phone",
    ),
    Spec(
        phi=True,
        category="HTML-only patient balance statement",
        notes="HTML-only billing statement to patient's yahoo with name, account number and fracture care charges.",
        frm="Patient Accounts <statements@summitridgeortho.com>",
        to="gpruitt1958@yahoo.com",
        subject="Your statement from Summit Ridge Orthopaedic Associates",
        body="",
        html=(
            "<html><body><h2>Summit Ridge Orthopaedic Associates</h2><p>Statement for <b>Gordon Pruitt</b><br>"
            "Account: SRO-ACCT-77310</p><table border='1'><tr><th>Date</th><th>Service</th><th>Charge</th><th>Ins paid</th></tr>"
            "<tr><td>10/16/2026</td><td>Closed treatment tibial shaft fracture (27758)</td><td>$2,840.00</td><td>$2,126.40</td></tr>"
            "<tr><td>10/16/2026</td><td>X-ray tibia/fibula 2 views</td><td>$118.00</td><td>$94.40</td></tr></table>"
            "<p><b>Amount due: $737.20</b></p><p>Pay online or call 440-555-0121.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="x-ray image named after patient sent to outside surgeon",
        notes="Hard positive: body is a bare curbside request; patient's name and injury are only in the PNG file name.",
        frm="Priya Raman MD <praman@summitridgeortho.com>",
        to="j.obuya@metrohandsurgery.org",
        subject="curbside?",
        body="James - would value your eye on this one before I commit. Thx, Priya",
        atts=(
            Att("Delgado_Marisol_L_distal_radius_fx_AP.png", "image/png", png(6, 6, (90, 90, 90))),
        ),
    ),
    Spec(
        phi=True,
        category="records release to plaintiff attorney",
        notes="Records for a named patient (DOB, rotator cuff repair) sent to personal-injury law firm as a zip of PDF and text.",
        frm="Release of Information <roi@summitridgeortho.com>",
        to="records@haldanelawgroup.com",
        subject="Records request #ROI-26-1183 - fulfilled",
        body=(
            "Counsel,\n\nPursuant to the signed authorization received 10/12/2026, attached are the records of "
            "your client Terrence Ambler (DOB 05/19/1981) for dates of service 3/1/2026 to present. "
            "Invoice for copying fees to follow.\n\nRelease of Information\nSummit Ridge Orthopaedic Associates"
        ),
        atts=(
            Att(
                "ROI-26-1183.zip",
                "application/zip",
                zipped(
                    {
                        "Ambler_T_opnote_2026-04-07.pdf": pdf(
                            [
                                "SUMMIT RIDGE ORTHOPAEDIC ASSOCIATES - OPERATIVE REPORT",
                                "Patient: Terrence Ambler  DOB 05/19/1981  MRN SRO-0031907",
                                "Procedure: arthroscopic rotator cuff repair, left, double row",
                                "Findings: full-thickness supraspinatus tear 2.5 cm, retracted",
                            ],
                            "Operative report",
                        ),
                        "Ambler_T_visit_notes.txt": (
                            "04/21/2026 post-op: incisions healed, sling continued.\n"
                            "06/02/2026: passive ROM 140 flex, started strengthening.\n"
                            "09/15/2026: persistent weakness, MRI ordered to r/o re-tear.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="implant recall notice to individual patient",
        notes="Hard positive: recall letter ties a named patient and home address to a specific implant lot and serial number.",
        frm="Implant Safety Office <implantsafety@summitridgeortho.com>",
        to="w.feeney@comcast.net",
        subject="Important information about your knee implant",
        body=(
            "Walter Feeney\n14 Orchard Bend, Ashford OH 44012\n\nDear Mr. Feeney,\n\nOur records show that during your "
            "left knee replacement on 3/22/2025 you received a tibial insert (lot MK-22871, serial 4410-88203-Q) "
            "that is part of a voluntary manufacturer recall for early polyethylene wear. Most patients have no problems. "
            "We would like to see you for an exam and x-rays; please call 440-555-0124 to schedule.\n\n"
            "Sincerely,\nImplant Safety Office\nSummit Ridge Orthopaedic Associates"
        ),
    ),
    Spec(
        phi=True,
        category="surgery posting workbook to ambulatory surgery center",
        notes="Hard positive: multi-sheet workbook with patient names, MRNs, procedures and case times; body is a bare cover line.",
        frm="OR Scheduling <orsched@summitridgeortho.com>",
        to="posting@ashfordsurgical.com",
        subject="Week of 11/2 postings",
        body="Attached. Two add-ons on Weds sheet.\n\n-Dana",
        atts=(
            Att(
                "SRO_postings_wk1102.xlsx",
                XLSX,
                xlsx(
                    {
                        "Mon": [
                            ["Time", "Patient", "MRN", "Procedure", "Surgeon"],
                            ["07:30", "Pryor, Annette", "SRO-0049931", "R TKA", "Whitcombe"],
                            [
                                "10:15",
                                "Nakashima, Ken",
                                "SRO-0050114",
                                "L shoulder scope, SAD",
                                "Whitcombe",
                            ],
                        ],
                        "Weds": [
                            ["Time", "Patient", "MRN", "Procedure", "Surgeon"],
                            [
                                "07:30",
                                "Osei, Abena",
                                "SRO-0047782",
                                "L CTR + trigger finger R ring",
                                "Raman",
                            ],
                            [
                                "09:00",
                                "Villanueva, Luis",
                                "SRO-0051205",
                                "ORIF R ankle bimalleolar (add-on)",
                                "Raman",
                            ],
                        ],
                        "Notes": [
                            ["Item", "Detail"],
                            ["Latex allergy", "Osei"],
                            ["Needs interpreter (Spanish)", "Villanueva"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DME brace order to medical supply vendor",
        notes="DME order with patient name, DOB, phone, diagnosis code and brace HCPCS to a supply company.",
        frm="Clinic Ops <clinicops@summitridgeortho.com>",
        to="orders@keystonebracing.com",
        subject="DME order - unloader brace",
        body=(
            "Please fit and deliver:\n\nPatient: Sharon Mbeki\nDOB: 07/14/1963\nPhone: 440-555-0158\n"
            "Item: L1851 knee orthosis, unloader, medial compartment, right\nDx: M17.11 primary OA right knee\n"
            "Ordering: Aaron Whitcombe, MD, NPI 1003054412\n\nSigned order in the chart; fax copy on request.\n\nClinic Ops"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to regional health information exchange",
        notes="Hard positive: FHIR Bundle attachment with patient name, MRN, birth date, address and hip fracture; body is a technical note.",
        frm="Integration <integration@summitridgeortho.com>",
        to="onboarding@northcoasthie.org",
        subject="Sample production payload for go-live review",
        body="Per your request, one production bundle from yesterday's feed so you can validate our profile. Please delete after review.\n\nIntegration Team",
        atts=(Att("sro_bundle_20261020.json", "application/fhir+json", FHIR_BUNDLE),),
    ),
    Spec(
        phi=True,
        category="activity restriction note to school nurse",
        notes="Named student's forearm fracture and no-PE restriction sent to school nurse.",
        frm="Pediatric Ortho Clinic <peds@summitridgeortho.com>",
        to="nurse.office@ashfordmiddle.k12.oh.us",
        subject="PE restriction - Liam Gutowski, grade 7",
        body=(
            "Dear School Nurse,\n\nLiam Gutowski was seen in our clinic on 10/19/2026 for a left distal forearm fracture "
            "and is in a long-arm cast. No PE, recess contact play or sports for 6 weeks. He may need help carrying books "
            "and extra time for written work.\n\nThank you,\nKelsey Drummond, PA-C\nSummit Ridge Orthopaedic Associates"
        ),
    ),
    Spec(
        phi=True,
        category="reply to daughter with forwarded patient message",
        notes="Hard positive: reply body to the daughter's gmail uses only the mother's first name and incision findings; the forwarded original gives her full name and hip replacement.",
        frm="Nurse Line <nurseline@summitridgeortho.com>",
        to="claire.hutchins.home@gmail.com",
        subject="RE: Mom's incision",
        body=(
            "Hi Claire,\n\nThanks for the photo description. A little pinkness along the staples is normal at day 9, "
            "but since Eleanor is also running 100.4 we'd like to see her tomorrow at 9:40. Keep the Aquacel on until then.\n\n"
            "Marta, RN"
        ),
        forward=Spec(
            phi=True,
            category="forwarded relative message",
            notes="original",
            frm="Claire Hutchins <claire.hutchins.home@gmail.com>",
            to="nurseline@summitridgeortho.com",
            subject="Mom's incision",
            body="Hello, my mother Eleanor Hutchins had her hip replaced by Dr. Whitcombe last week and the incision looks red. Should we come in?\nClaire",
        ),
    ),
    Spec(
        phi=True,
        category="Medicare Advantage prior auth with MBI",
        notes="Prior-auth request to a Medicare Advantage plan with patient name and MBI for spinal injection.",
        frm="Prior Auth Team <priorauth@summitridgeortho.com>",
        to="auth@silverlinemedicareplans.com",
        subject="Auth request - lumbar ESI",
        body=(
            "Patient: Evelyn Marchetti\nMBI: 3QW7HN2RT58\nPlan member ID: SLM-004471920\n"
            "Requested: 64483 transforaminal ESI L4-5 right, fluoroscopic guidance\n"
            "Dx: M54.16 radiculopathy, lumbar region; M48.061 spinal stenosis\n\n"
            "Clinicals: MRI 9/2026 with foraminal narrowing, failed 8 weeks PT and gabapentin.\n\nKim Ferreira"
        ),
    ),
    Spec(
        phi=True,
        category="records to long-term disability insurer with SSN",
        notes="Disability insurer request answered with claimant name, SSN and lumbar fusion details.",
        frm="Release of Information <roi@summitridgeortho.com>",
        to="ltd.claims@granitemutual.com",
        subject="Attending physician statement",
        body=(
            "Re: Claimant Nadia Petrossian, SSN 412-58-3307, your claim LTD-558120\n\n"
            "Attending physician statement: L4-S1 posterior lumbar fusion on 8/11/2026. Restrictions: no lifting over 10 lb, "
            "no repetitive bending, sit/stand as needed. Not expected to return to warehouse work before 2/2027.\n\n"
            "Signed statement to follow by fax.\nROI Desk"
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="HTML newsletter surgeon profile",
        notes="Hard negative: marketing newsletter describing a surgeon's interest in rotator cuff tears and carpal tunnel; no patient.",
        frm="Summit Ridge News <news@summitridgeortho.com>",
        to="subscribers@list.summitridgeortho.com",
        subject="Meet Dr. Priya Raman, our new hand surgeon",
        body="",
        html=(
            "<html><body><h1>Welcome Dr. Priya Raman</h1><p>Dr. Raman completed her hand and upper extremity fellowship "
            "at Lakeview University and treats carpal tunnel syndrome, trigger finger, wrist fractures and rotator cuff "
            "tears. She sees patients Tuesday through Friday at our Ashford office.</p>"
            "<p><a href='https://summitridgeortho.com/raman'>Book online</a></p>"
            "<p style='font-size:10px'>Unsubscribe | Summit Ridge Orthopaedic Associates, 400 Medical Pkwy, Ashford OH</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate joint replacement quality workbook to payer",
        notes="Hard negative: multi-sheet workbook of quarterly arthroplasty counts, readmission and infection rates; no individual.",
        frm="Quality Dept <quality@summitridgeortho.com>",
        to="valuebased@heartlandpreferred.com",
        subject="Q3 bundle program quality metrics",
        body="Attached are our Q3 metrics for the joint replacement bundle. Happy to walk through on the 28th.\n\nNoor Haddad, Quality Manager",
        atts=(
            Att(
                "SRO_Q3_arthroplasty_metrics.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volumes": [
                            ["Procedure", "Q1", "Q2", "Q3"],
                            ["TKA", 212, 198, 231],
                            ["THA", 141, 150, 163],
                        ],
                        "Outcomes": [
                            ["Measure", "Q3 rate", "Benchmark"],
                            ["90-day readmission", "3.1%", "4.0%"],
                            ["Surgical site infection", "0.6%", "0.9%"],
                            ["Discharged home", "91%", "85%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="implant pricing negotiation with vendor",
        notes="Vendor pricing discussion about knee implant constructs; no patient.",
        frm="Materials Mgmt <materials@summitridgeortho.com>",
        to="tgarza@meridianimplants.com",
        subject="RE: 2027 pricing proposal",
        body=(
            "Tomas,\n\nWe reviewed the proposal. Your primary knee construct at $4,450 is still about 9% above what we pay "
            "for the competing system, and the revision tray fee is new. If you can get the construct to $4,100 and drop the "
            "tray fee we can commit to 70% of primary volume for 2027.\n\nBest,\nGreg Stavros\nDirector of Materials Management\n\n"
            "-----Original Message-----\nFrom: Tomas Garza <tgarza@meridianimplants.com>\nSent: Friday, October 16, 2026 4:12 PM\n"
            "Subject: 2027 pricing proposal\n\n> Greg, attached is our 2027 proposal. Primary knee construct $4,450, revision tray\n"
            "> fee $250 per case, consignment unchanged. Let me know when you can meet.\n> Tomas"
        ),
    ),
    Spec(
        phi=False,
        category="payer credentialing roster with surgeon NPIs and DEA",
        notes="Hard negative: credentialing roster PDF lists surgeons' NPIs, DEA and specialties; provider identifiers only.",
        frm="Credentialing <credentialing@summitridgeortho.com>",
        to="providerenrollment@heartlandpreferred.com",
        subject="Roster update - add Dr. Raman effective 11/1",
        body="Please add Dr. Raman to our group contract effective 11/1/2026. Updated roster attached.\n\nBeth Ann Corrigan, CPCS",
        atts=(
            Att(
                "SRO_roster_2026-10.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT RIDGE ORTHOPAEDIC ASSOCIATES - PROVIDER ROSTER (Group NPI 1878859564)",
                        "Aaron Whitcombe, MD - Adult reconstruction - NPI 1003054412",
                        "Lena Voss, MD - Sports medicine / shoulder - NPI 1180148193",
                        "Priya Raman, MD - Hand and upper extremity - NPI 1118640865 - DEA BR0857790",
                        "Kelsey Drummond, PA-C - Pediatrics - NPI 1907200475",
                    ],
                    "Provider roster",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="after-hours answering service call tree change",
        notes="Operational instruction to answering service about on-call routing; no patient.",
        frm="Practice Manager <pm@summitridgeortho.com>",
        to="accounts@pinnacleanswering.com",
        subject="On-call routing change starting Nov 1",
        body=(
            "Hello,\n\nStarting 11/1 please route after-hours calls as follows: fracture/trauma questions to the on-call "
            "surgeon's cell via the usual paging app; medication refill requests should be logged for next business day; "
            "anything about a hand injury goes to Dr. Raman on her call weeks (schedule attached separately).\n\n"
            "Thanks,\nRuth Anders, Practice Manager"
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with synthetic patient",
        notes="Hard negative: HL7 ADT with ZZTEST synthetic patient, processing ID T, explicitly labelled not a real patient.",
        frm="Interface Team <interfaces@summitridgeortho.com>",
        to="implementation@novapacs.io",
        subject="Test ADT for connectivity check",
        body="Attached is our standard synthetic test message (ZZTEST patient, processing id T). Please confirm your listener ACKs it.\n\nSRO Interface Team",
        atts=(Att("sro_test_adt.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="orthopaedic PA job posting",
        notes="Hard negative: job posting mentioning fracture care and total joint experience; no patient.",
        frm="Careers <careers@summitridgeortho.com>",
        to="postings@ohioalliedhealthjobs.com",
        subject="Job posting: Physician Assistant - Orthopaedic Trauma",
        body=(
            "Summit Ridge Orthopaedic Associates seeks a full-time PA-C for our trauma service. Duties: fracture clinic, "
            "first assist for ORIF and hip hemiarthroplasty, splinting and casting, inpatient rounds. 2+ years orthopaedic "
            "experience preferred. Apply at summitridgeortho.com/careers."
        ),
    ),
    Spec(
        phi=False,
        category="CME dinner invitation to referring physicians",
        notes="Event invitation to referring doctors about shoulder arthroplasty; calendar attachment, no patient.",
        frm="Physician Relations <outreach@summitridgeortho.com>",
        to="drlist@ashfordprimarycare.com",
        subject="Dinner CME: When to refer for shoulder replacement",
        body="Join Dr. Voss for dinner and a 45-minute talk on shoulder arthroplasty indications. 1.0 AMA PRA Category 1 credit. Invitation attached.",
        atts=(
            Att(
                "sro_cme_dinner.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Summit Ridge Ortho//Events//EN\nBEGIN:VEVENT\n"
                "UID:sro-cme-20261112@summitridgeortho.com\nDTSTAMP:20261020T120000Z\nDTSTART:20261112T230000Z\n"
                "DTEND:20261113T010000Z\nSUMMARY:CME dinner - shoulder arthroplasty referral (Dr. Lena Voss)\n"
                "LOCATION:The Granary, 12 Mill St, Ashford\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff flu vaccine clinic notice to contractors",
        notes="Hard negative: staff flu vaccination clinic notice to contracted staff; no individual's health information.",
        frm="Employee Health <employeehealth@summitridgeortho.com>",
        to="staff-contractors@summitridge-partners.com",
        subject="Flu shots for all staff - Oct 27-29",
        body=(
            "All employees and contracted staff must receive the 2026-27 influenza vaccine or file a declination by 11/15. "
            "Walk-in clinic in the break room Oct 27-29, 7-9 am. Bring your badge. If you had your shot elsewhere, upload the "
            "card in the HR portal."
        ),
    ),
    Spec(
        phi=False,
        category="de-identified arthroplasty registry extract",
        notes="Hard negative: CSV registry submission with age bands, 3-digit ZIP and procedure codes only; no direct identifiers.",
        frm="Registry Coordinator <registry@summitridgeortho.com>",
        to="submissions@midwestjointregistry.org",
        subject="Q3 de-identified submission",
        body="Q3 file attached per the data use agreement (Safe Harbor de-identified; ages banded, ZIP3 only, no dates finer than year).",
        atts=(
            Att(
                "sro_q3_registry_deid.csv",
                "text/csv",
                "record_key,age_band,sex,zip3,year,cpt,laterality,implant_family,los_days\n"
                "a91f,65-69,F,440,2026,27447,R,Meridian PK,1\n"
                "c07d,70-74,M,440,2026,27130,L,Arcus Hip,2\n"
                "e3b2,55-59,F,441,2026,27447,L,Meridian PK,0\n"
                "f6a0,80-84,M,442,2026,27130,R,Arcus Hip,3\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="catering order for staff meeting",
        notes="Lunch order for a staff meeting; no health content.",
        frm="Front Office <frontoffice@summitridgeortho.com>",
        to="orders@mainstreetdeli.com",
        subject="Lunch order Friday 10/23",
        body="Hi! Could we get 2 sandwich platters (one vegetarian), a large green salad and 24 cookies delivered at 11:45 Friday to 400 Medical Pkwy, Suite 100? Please invoice as usual.\nThanks, Tasha",
    ),
    Spec(
        phi=False,
        category="email PHI policy document with example fields",
        notes="Hard negative: policy DOCX on sending PHI by email with placeholder field names, no actual patient data.",
        frm="Compliance Officer <compliance@summitridgeortho.com>",
        to="compliance@summitridge-partners.com",
        subject="Updated policy 4.12 - Email of PHI",
        body="Attached is the revised email policy for the affiliate practices. Please have staff attest by 11/30.\n\nWarren Tsai, Compliance",
        atts=(
            Att(
                "Policy_4.12_Email_PHI.docx",
                DOCX,
                docx(
                    [
                        "Policy 4.12 - Transmission of PHI by Email",
                        "1. Email containing Patient Name, DOB, MRN, diagnosis or procedure must be sent with [secure] in the subject.",
                        "2. Never put a diagnosis or patient name in the subject line.",
                        "3. Example of a compliant subject: [secure] Records request",
                        "4. Example template fields: Patient Name: ______  MRN: ______  Date of Service: ______",
                        "5. Misdirected email must be reported to Compliance within 24 hours.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="supply order confirmation with SSN-shaped order number",
        notes="Hard negative: casting supply order whose order number has SSN-like 3-2-4 format; no patient.",
        frm="Materials Mgmt <materials@summitridgeortho.com>",
        to="customerservice@tristatemedsupply.com",
        subject="Order 418-22-7305 confirmation",
        body=(
            "Confirming order 418-22-7305:\n\n- Fiberglass casting tape 3in x 40 cases\n- Stockinette 2in x 10 rolls\n"
            "- Padding 4in x 20 cases\n\nShip to 400 Medical Pkwy, Ashford OH. PO SR-26-0931.\n\nGreg"
        ),
    ),
    Spec(
        phi=False,
        category="ACL rehab handout to PT partners",
        notes="Generic ACL rehabilitation phases handout in PDF; no patient.",
        frm="Lena Voss MD <lvoss@summitridgeortho.com>",
        to="clinicians@riverbendpt.com",
        subject="Updated ACL protocol handout",
        body="Team - updated protocol attached; main change is delaying open-chain extension to week 8 for hamstring grafts.\n\nLena",
        atts=(
            Att(
                "SRO_ACL_protocol_v5.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT RIDGE ORTHOPAEDIC ASSOCIATES - ACL RECONSTRUCTION REHAB PROTOCOL v5",
                        "Phase 1 (0-2 wks): extension to 0, quad activation, brace locked for ambulation",
                        "Phase 2 (2-6 wks): flexion to 120, closed-chain strengthening",
                        "Phase 3 (6-12 wks): open-chain 90-45 (week 8 for hamstring grafts)",
                        "Phase 4 (3-6 mo): running progression, return-to-sport testing at 9 months",
                    ],
                    "ACL protocol",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR training scenario with fictional patient",
        notes="Hard negative: training case using a clearly fictional demo patient in the training environment.",
        frm="EHR Training <ehrtraining@summitridgeortho.com>",
        to="trainer@clinicaledu-solutions.com",
        subject="Scenario for Tuesday's new-hire class",
        body=(
            "For the training environment (TRN), please build demo patient 'Tibia, Tony' - a made-up patient that "
            "exists only in TRN - with a scripted visit for a sprained ankle so new MAs can practice rooming, vitals and "
            "ordering an x-ray. Please don't copy anything from production.\n\nThanks,\nDarius"
        ),
    ),
    Spec(
        phi=False,
        category="OR block schedule to surgeons",
        notes="OR block allocation by surgeon and day; no patients.",
        frm="OR Scheduling <orsched@summitridgeortho.com>",
        to="surgeons@summitridge-partners.com",
        subject="Q1 2027 block allocation",
        body="Proposed Q1 blocks attached as CSV. Release time moves to 72h.",
        atts=(
            Att(
                "blocks_q1_2027.csv",
                "text/csv",
                "day,room,start,end,surgeon\nMon,OR2,07:30,15:30,Whitcombe\nTue,OR1,07:30,12:00,Voss\n"
                "Wed,OR3,07:30,15:30,Raman\nThu,OR2,07:30,15:30,Whitcombe\nFri,OR1,07:30,12:00,Drummond (peds)\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="reply to journalist with aggregate injury trends",
        notes="Hard negative: reply to reporter's gmail about pickleball injury trends with aggregate counts only.",
        frm="Communications <media@summitridgeortho.com>",
        to="jessie.marlowe.writes@gmail.com",
        subject="RE: pickleball injuries story",
        body=(
            "Hi Jessie,\n\nDr. Voss is happy to talk Thursday afternoon. For background: our clinics saw roughly 140 "
            "pickleball-related injuries this year versus about 60 in 2024 - mostly Achilles strains, wrist fractures from falls "
            "and rotator cuff flare-ups in players over 60. We can't discuss individual patients.\n\nBest,\nAnnie Poole, Communications"
        ),
    ),
    Spec(
        phi=False,
        category="press release new surgery center",
        notes="Press release on a new outpatient surgery center; no patient.",
        frm="Communications <media@summitridgeortho.com>",
        to="newsdesk@ashfordcourier.com",
        subject="FOR IMMEDIATE RELEASE: Summit Ridge opens outpatient joint center",
        body=(
            "ASHFORD, Ohio - Summit Ridge Orthopaedic Associates will open a four-room outpatient surgery center on Medical "
            "Parkway in January 2027, allowing many knee and hip replacements to be done with same-day discharge. "
            "Media contact: Annie Poole, 440-555-0130."
        ),
    ),
]
