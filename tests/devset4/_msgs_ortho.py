# ruff: noqa: E501
"""Hand-written devset4 messages from Riverside Orthopedics & Spine (riversideortho.com)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, zipped
from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

R = "riversideortho.com"

_MRI = [
    "RIVERSIDE ORTHOPEDICS & SPINE - IMAGING CENTER",
    "4410 Millrace Pkwy, Suite 200, Dayton OH 45429   Fax 937-555-0148",
    "",
    "MRI LUMBAR SPINE WITHOUT CONTRAST (CPT 72148)",
    "Patient: Dorsey, Clement A.     DOB: 02/14/1971     MRN: RO-0448127",
    "Exam date: 11/28/2026   Referring: Dr. Priya Raman   Reader: Dr. Owen Castellano",
    "",
    "FINDINGS: L4-5 broad-based disc protrusion with left paracentral extrusion",
    "migrating inferiorly, moderate-to-severe left lateral recess stenosis contacting the",
    "traversing L5 nerve root. L5-S1 mild facet arthropathy, no stenosis.",
    "IMPRESSION: L4-5 left paracentral extrusion with L5 root impingement (M51.16).",
]

_RECORDS_ZIP = zipped(
    {
        "Vanterpool_K_office_notes_2026.txt": (
            "RIVERSIDE ORTHOPEDICS & SPINE - OFFICE NOTES\n"
            "Patient: Kendrick Vanterpool  DOB 06/30/1984  Claim WC-26-118430\n"
            "08/19/2026 Dr. Raman: R shoulder pain after lifting pallet at work 08/12/2026.\n"
            "Exam: + Hawkins, + empty can. MRI ordered. Plan: light duty, no lifting > 10 lb.\n"
            "10/02/2026 Dr. Raman: MRI full-thickness supraspinatus tear (M75.121).\n"
            "Scheduled R shoulder arthroscopic rotator cuff repair (CPT 29827) 10/21/2026.\n"
        ),
        "Vanterpool_K_billing_ledger.csv": (
            "date,cpt,description,charge,paid\n"
            "08/19/2026,99204,New patient visit,285.00,198.40\n"
            "10/02/2026,99214,Established visit,165.00,121.10\n"
            "10/21/2026,29827,Arthroscopic rotator cuff repair,4890.00,0.00\n"
        ),
    }
)

_FWD_ATTY = Spec(
    True,
    "attorney_records_request",
    "forwarded original",
    "Marissa Quintero <mquintero@quinterolawgroup.com>",
    "records@riversideortho.com",
    "Records request - our client Harlan Pettibone, DOI 07/03/2026",
    "To the Custodian of Records,\n\n"
    "This office represents Harlan Pettibone (DOB 09/22/1979) for injuries sustained in a motor\n"
    "vehicle collision on 07/03/2026. Please produce all records of treatment at Riverside\n"
    "Orthopedics & Spine from 07/03/2026 to present, including imaging, operative reports and\n"
    "itemized billing. A HIPAA-compliant authorization signed by Mr. Pettibone is enclosed.\n\n"
    "Marissa Quintero, Esq.\nQuintero Law Group | 937-555-0192\n",
)

MESSAGES: list[Spec] = [
    Spec(
        True,
        "surgery_scheduling",
        "Surgery date, procedure and patient name sent to the patient's spouse at a gmail address.",
        f"Tamsin Okafor <tokafor@{R}>",
        "gary.whitlock62@gmail.com",
        "Surgery date confirmed",
        "Hi Gary,\n\nThis confirms Deborah's right total knee arthroplasty with Dr. Castellano on\n"
        "Tuesday 12/15/2026 at Riverside Surgery Center. Arrival 5:30 AM. She must stop the\n"
        "meloxicam 7 days before and nothing to eat after midnight. Pre-op labs (CBC, BMP) are\n"
        "ordered for 12/07.\n\nTamsin Okafor\nSurgical Scheduler, Riverside Orthopedics & Spine\n",
    ),
    Spec(
        True,
        "pt_referral",
        "PT referral with name, DOB, diagnosis and post-op protocol to an outside PT clinic.",
        f"Jolene Marsh <jmarsh@{R}>",
        "intake@summitmotionpt.com",
        "PT referral - new post-op patient",
        "Please schedule the following patient for outpatient PT:\n\n"
        "Name: Rafael Ocampo  DOB: 04/11/1993  Phone: 937-555-0177\n"
        "Dx: s/p L ACL reconstruction BTB autograft 11/24/2026 (S83.512A)\n"
        "Protocol: Dr. Raman ACL protocol phase 1, WBAT in hinged brace locked 0-90, 2-3x/wk x 12 wk\n"
        "Insurance: Anthem PPO member ID XKJ448120933\n\nThanks, Jolene\n",
    ),
    Spec(
        True,
        "imaging_report",
        "MRI lumbar report PDF with name, DOB, MRN and findings to a referring PCP office.",
        f"Imaging Desk <imaging@{R}>",
        "frontdesk@oakwoodfamilymed.com",
        "Report for your referral",
        "Attached is the report for the lumbar MRI you ordered. Dr. Castellano will see him on 12/4.\n",
        atts=(Att("MRI_report_RO-0448127.pdf", "application/pdf", pdf(_MRI, "MRI report")),),
    ),
    Spec(
        True,
        "imaging_report",
        "Hard positive: patient's full name is only in the subject; body says 'MRI results' and nothing else identifying.",
        f"Dr. Priya Raman <praman@{R}>",
        "ocastellano.md@outlook.com",
        "Lucinda Farraday",
        "Owen - her MRI results came back. Can you look before clinic tomorrow? I think she is a\n"
        "surgical candidate.\n\nP\n",
    ),
    Spec(
        True,
        "post_op_note",
        "Hard positive: abbreviation-heavy clinical shorthand with bed number and initials to a covering PA.",
        f"Dr. Owen Castellano <ocastellano@{R}>",
        "nate.behrens.pa@gmail.com",
        "rounds 12/2",
        "Nate - for tomorrow:\n"
        "Rm 412 - W.T., 67M s/p L4-5 TLIF, POD3, ambulating w/ walker, drain out, foley out, "
        "voiding. pain ctrl on oxy 5 q4 prn. d/c home w/ HH PT if clears PT today.\n"
        "Rm 418 - R.H., 54F s/p C5-6 ACDF POD1, mild dysphagia, soft diet, SCDs, "
        "f/u XR c-spine AP/lat am.\n\nthx O\n",
    ),
    Spec(
        True,
        "initials_dob_dx",
        "Hard positive: initials + full DOB + diagnosis is enough to identify the patient.",
        f"Jolene Marsh <jmarsh@{R}>",
        "auth@buckeyemedicalreview.com",
        "Prior auth follow-up",
        "Following up on the auth submitted Monday for pt M.E.K., DOB 01/29/1966 - dx lumbar spinal\n"
        "stenosis with neurogenic claudication (M48.062), requesting L3-5 laminectomy. Please call\n"
        "me at ext 4412 with the status.\n\nJolene Marsh, Prior Authorization\n",
    ),
    Spec(
        True,
        "ehr_paste",
        "Hard positive: pasted EHR screen (grid text) with name, MRN, allergies and problem list.",
        f"Kaylee Brandt <kbrandt@{R}>",
        "helpdesk@epicoresupport.net",
        "screen won't save - see below",
        "The Save button greys out on this chart. Copied the screen below:\n\n"
        "-------------------------------------------------------------\n"
        "| PT: LINDQVIST, ASTRID J   | MRN 0093311 | 58 y F | DOB 03/05/1968 |\n"
        "| ALLERGIES: PCN (hives), sulfa                              |\n"
        "| PROBLEMS: Osteoporosis (M81.0); s/p R hip ORIF 2024; CKD3a |\n"
        "| MEDS: alendronate 70 mg weekly; vit D3 2000 IU             |\n"
        "| VISIT 12/01/2026 09:40 Dr. Raman - f/u hip XR              |\n"
        "-------------------------------------------------------------\n\n"
        "Ticket #88231 if needed. Kaylee\n",
    ),
    Spec(
        True,
        "attorney_records_request",
        "Hard positive: forwarded attorney records request naming the patient and date of injury.",
        f"Records Dept <records@{R}>",
        "hbenton@benton-adjusting.com",
        "FW: records request",
        "Heather - forwarding the request we received from claimant's counsel so you know it's in\n"
        "process. We'll send you the same packet once the auth is verified.\n\nRiverside HIM\n",
        forward=_FWD_ATTY,
    ),
    Spec(
        True,
        "workers_comp",
        "Workers' comp status update to an adjuster: claimant name, claim number, work restrictions.",
        f"Dana Whitfield <dwhitfield@{R}>",
        "claims.adjuster@ohiomutualcomp.com",
        "Claim WC-26-118430 status",
        "Hi Ross,\n\nKendrick Vanterpool was seen 11/30 for his 6-week post-op check after the right\n"
        "rotator cuff repair. Work status: modified duty, no overhead reaching, no lifting over 5 lb\n"
        "with the right arm until 01/11/2027. Next visit 12/28. Office notes and ledger attached.\n\n"
        "Dana Whitfield, Workers' Comp Coordinator\n",
        atts=(Att("WC-26-118430_records.zip", "application/zip", _RECORDS_ZIP),),
    ),
    Spec(
        True,
        "auto_injury_claim",
        "Auto PIP adjuster gets patient's name, date of accident and treatment billed.",
        f"Billing <billing@{R}>",
        "pip.claims@greatlakesauto.com",
        "PIP claim 5509-77813 - itemized charges",
        "Per your request, charges for Tobias Wrenfield (date of accident 09/14/2026):\n"
        "09/16 99204 new pt visit - cervical strain, whiplash (S13.4XXA)\n"
        "09/30 97110 therapeutic exercise x3 units\n"
        "10/14 72141 MRI cervical spine w/o contrast\nTotal billed $3,412.00. W-9 on file.\n",
    ),
    Spec(
        True,
        "surgery_scheduling",
        "ICS invite for a surgery booking with patient name and procedure in the description.",
        f"Tamsin Okafor <tokafor@{R}>",
        "anesthesia.sched@miamivalleyanesthesia.com",
        "OR booking 12/9 - Dr. Raman room 3",
        "Booking invite attached for anesthesia coverage.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverside Ortho//OR Sched//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:or-20261209-03@riversideortho.com\r\n"
            "DTSTAMP:20261201T150000Z\r\nDTSTART:20261209T130000Z\r\nDTEND:20261209T160000Z\r\n"
            "SUMMARY:OR3 Raman - R TSA\r\n"
            "DESCRIPTION:Pt Beatrix Hollingworth DOB 11/02/1955. R reverse total shoulder "
            "arthroplasty (23472). Hx OSA on CPAP\\, A-fib on apixaban - held 48h. Interscalene "
            "block requested.\r\nLOCATION:Riverside Surgery Center OR 3\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n"
        ),
    ),
    Spec(
        True,
        "dme_order",
        "DME order with patient name, address, phone and diagnosis to a supplier.",
        f"Jolene Marsh <jmarsh@{R}>",
        "orders@tristatedme.com",
        "DME order - LSO brace",
        "New order:\nPatient: Gwendolyn Ashby, 1187 Creekbend Dr, Kettering OH 45440, 937-555-0133\n"
        "DOB 07/19/1949  Medicare MBI 4TW8-K25-MR63\n"
        "Item: L0637 LSO sagittal-coronal control, prefab, custom fitted\n"
        "Dx: M48.062 spinal stenosis lumbar with neurogenic claudication; post-op L3-4 fusion 11/20\n"
        "Ordering: Dr. Owen Castellano NPI 1728394051\nPlease deliver before 12/5.\n",
    ),
    Spec(
        True,
        "hl7_result",
        "HL7 ORU with a radiology impression for a named patient sent to an outside interface vendor.",
        f"Interfaces <interfaces@{R}>",
        "support@corelinkhl7.com",
        "ORU sample that failed mapping",
        "Here is the live message that errored in the feed last night (OBX-5 truncation).\n",
        atts=(
            Att(
                "failed_oru.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|RIS|RIVERSIDE|CORELINK|HUB|20261130221405||ORU^R01|RS88213|P|2.5.1\r"
                "PID|1||RO-0512293^^^RIVERSIDE^MR||STAVROS^HELENA^M||19620817|F|||"
                "3320 Linden Ave^^Dayton^OH^45410||937-555-0161\r"
                "OBR|1||IMG77120|73721^MRI KNEE WO CONTRAST|||20261130183000\r"
                "OBX|1|TX|IMP^Impression||Complex tear posterior horn medial meniscus. "
                "Grade 3 chondromalacia medial femoral condyle.||||||F\r",
            ),
        ),
    ),
    Spec(
        True,
        "implant_recall_patient",
        "Implant recall follow-up listing the specific patients who received the recalled lot.",
        f"Quality <quality@{R}>",
        "fieldaction@stratusspinal.com",
        "Lot 4C-22817 - affected implants at our site",
        "Per your field safety notice, we implanted three units from lot 4C-22817:\n"
        "- Mervin Claybourne, L4-5 TLIF 09/03/2026, cage serial SS-4C22817-0041\n"
        "- Yolanda Petrakis, L5-S1 TLIF 09/17/2026, cage serial SS-4C22817-0058\n"
        "- Ignatius Ferro, L3-4 XLIF 10/01/2026, cage serial SS-4C22817-0063\n"
        "All three have follow-up imaging scheduled. Please advise on explant criteria.\n",
    ),
    Spec(
        True,
        "utilization_xlsx",
        "Hard positive: sheet 1 is aggregate block utilization; sheet 2 lists named cases with MRNs.",
        f"Perioperative Services <periop@{R}>",
        "consult@ambulatorybenchmarks.com",
        "Q4 block utilization",
        "Attached is the Q4 workbook you asked for. Summary tab has the figures.\n",
        atts=(
            Att(
                "Q4_block_utilization.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Surgeon", "Blocks", "Utilization %"],
                            ["Raman", 24, 87.5],
                            ["Castellano", 30, 91.2],
                            ["Lee", 18, 76.0],
                        ],
                        "Cases": [
                            ["Date", "MRN", "Patient", "Procedure", "Minutes"],
                            ["10/06/2026", "RO-0431176", "Ebner, Fritz", "L4-5 TLIF", 212],
                            ["10/06/2026", "RO-0440298", "Salcedo, Irma", "R TKA", 96],
                            ["10/07/2026", "RO-0399184", "Gatling, Ruth", "C5-6 ACDF", 131],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "fmla_form",
        "FMLA paperwork to an employer HR inbox naming the employee-patient and surgery recovery.",
        f"Forms Team <forms@{R}>",
        "leave@kettering-logistics.com",
        "Certification of health care provider",
        "Attached please find the completed certification for your employee Dwayne Rusk.\n"
        "He underwent L5-S1 microdiscectomy on 11/19/2026; expected incapacity through 01/04/2027.\n",
        atts=(
            Att(
                "FMLA_cert_Rusk.docx",
                DOCX,
                docx(
                    [
                        "Riverside Orthopedics & Spine - WH-380-E certification",
                        "Employee: Dwayne Rusk   DOB 05/08/1977",
                        "Condition: lumbar radiculopathy (M54.16), s/p microdiscectomy 11/19/2026",
                        "Incapacity: 11/19/2026 - 01/04/2027. Follow-up every 4 weeks.",
                        "Provider: Dr. Priya Raman, NPI 1493058279",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "patient_reply",
        "Reply to a patient's personal mail with cast-removal appointment and fracture details.",
        f"Front Desk <frontdesk@{R}>",
        "sandy.kwiatkowski@yahoo.com",
        "Re: Ellie's cast",
        "Hi Sandy,\n\nEllie is booked for cast removal and repeat wrist x-rays on Thursday 12/10 at\n"
        "3:15 with Dr. Lee. The distal radius buckle fracture should be healed by then.\n\nFront Desk\n",
    ),
    Spec(
        True,
        "peer_consult",
        "Hard positive: no name, but MRN plus procedure date and complication to an outside surgeon.",
        f"Dr. Owen Castellano <ocastellano@{R}>",
        "jtorvald@daytonneurosurg.com",
        "curbside",
        "Jens, quick curbside - MRN RO-0448127, 55M, L4-5 extrusion, but he had a CSF leak after a\n"
        "prior L3-4 decompression at another hospital in 2019. Would you take the revision? Images in\n"
        "PACS share link to follow.\n\nOwen\n",
    ),
    Spec(
        True,
        "payment_plan",
        "Patient account number, balance and surgery service to the patient's work email.",
        f"Patient Accounts <accounts@{R}>",
        "lmontoya@westfieldinsurance-agency.com",
        "Your payment plan",
        "Dear Lorenzo Montoya,\n\nAccount 70012845: remaining balance $1,284.60 for your 10/14/2026\n"
        "carpal tunnel release. Your plan of $107.05/month begins 01/01/2027.\n\nPatient Accounts\n",
    ),
    Spec(
        True,
        "fhir_referral",
        "FHIR ServiceRequest bundle with patient name/DOB/diagnosis to a PT network.",
        f"Interfaces <interfaces@{R}>",
        "referrals@motionnetworkpt.com",
        "Referral bundle test - live patient",
        "Sending the first live referral through the new endpoint as agreed; please confirm receipt.\n",
        atts=(
            Att(
                "referral_bundle.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "p1", "name": [{"family": '
                '"Abernathy", "given": ["Colette"]}], "birthDate": "1988-12-03", "telecom": '
                '[{"system": "phone", "value": "937-555-0118"}]}},\n'
                ' {"resource": {"resourceType": "ServiceRequest", "subject": {"reference": '
                '"Patient/p1"}, "code": {"text": "Physical therapy evaluation and treatment"}, '
                '"reasonCode": [{"text": "Patellofemoral pain syndrome, left knee (M22.2X2)"}]}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        False,
        "scheduling_notice",
        "Hard negative: a clinician's clinic closure, no patient involved.",
        f"Front Desk <frontdesk@{R}>",
        "riverside-referrers@lists.riversideortho.com",
        "Dr. Lee's spine clinic is closed Friday",
        "Dr. Lee's spine clinic is closed Friday 12/4 for the regional spine society meeting.\n"
        "Urgent referrals that day can go to Dr. Castellano's clinic (fax 937-555-0148).\n",
    ),
    Spec(
        False,
        "surgeon_bios",
        "Hard negative: surgeon bios listing procedures they perform, no patients.",
        f"Marketing <marketing@{R}>",
        "web@brightlinecreative.com",
        "Updated bios for the website",
        "Updated bios attached. Please replace the ones on the 'Our Surgeons' page.\n",
        atts=(
            Att(
                "surgeon_bios_2027.docx",
                DOCX,
                docx(
                    [
                        "Dr. Owen Castellano, MD - fellowship-trained spine surgeon. Performs "
                        "minimally invasive TLIF, ACDF, cervical disc arthroplasty and revision "
                        "lumbar fusion. NPI 1602849139.",
                        "Dr. Priya Raman, MD - sports medicine; ACL reconstruction, rotator cuff "
                        "repair, shoulder arthroplasty.",
                        "Dr. Harold Lee, DO - non-operative spine care, epidural steroid "
                        "injections, radiofrequency ablation.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "mm_deidentified",
        "Hard negative: de-identified M&M case (age band, no dates, no names) for a teaching conference.",
        f"Dr. Owen Castellano <ocastellano@{R}>",
        "mm-coordinator@daytonspineconsortium.org",
        "M&M case for January",
        "De-identified case for the January M&M slot attached.\n",
        atts=(
            Att(
                "MM_case_deidentified.docx",
                DOCX,
                docx(
                    [
                        "Case: patient in their 60s, elective single-level lumbar fusion.",
                        "Complication: postoperative epidural hematoma on day 1 with new foot drop.",
                        "Management: emergent evacuation; partial recovery at 3 months.",
                        "Teaching points: anticoagulation bridging, drain use, neuro checks q1h.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "implant_recall_notice",
        "Hard negative: manufacturer recall notice with lot numbers, no patients.",
        f"Quality <quality@{R}>",
        "or-staff@lists.riversideortho.com",
        "FSN: Stratus interbody cages lot 4C-22817 / 4C-22819 - quarantine stock",
        "Team - the attached field safety notice covers two lots of Stratus PEEK cages. Pull any\n"
        "shelf stock with these lot numbers and bring it to the Quality office. Patient follow-up\n"
        "is being handled separately by the surgeons.\n",
        atts=(
            Att(
                "FSN_Stratus_4C-22817.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERSIDE ORTHOPEDICS & SPINE - QUALITY OFFICE (forwarded notice)",
                        "Stratus Spinal Field Safety Notice FSN-2026-114",
                        "Product: Stratus-T PEEK interbody cage, 10 mm and 12 mm",
                        "Lots: 4C-22817, 4C-22819. Catalog ST-1012, ST-1212.",
                        "Issue: possible endplate-marker detachment. Quarantine unused units.",
                    ],
                    "FSN",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "icd10_tip_sheet",
        "Hard negative: ICD-10 coding tip sheet with codes and examples but no patients.",
        f"Coding <coding@{R}>",
        "billing-team@lists.riversideortho.com",
        "Coding tip: 7th characters for fractures",
        "Reminder on 7th characters:\nA - initial encounter (active treatment)\n"
        "D - subsequent encounter, routine healing\nS - sequela\n"
        "Example: S52.501A vs S52.501D for a distal radius fracture follow-up.\n"
        "M51.16 (disc disorder w/ radiculopathy, lumbar) vs M54.16 (radiculopathy, lumbar): use M51.16\n"
        "when the MRI shows the disc is the cause.\n",
    ),
    Spec(
        False,
        "vendor",
        "Implant rep confirming tray delivery by case date only, no patient identifiers.",
        "Brock Heller <bheller@stratusspinal.com>",
        f"periop@{R}",
        "Re: trays for Wednesday",
        "Confirmed: two lumbar cage trays and the navigation kit will be at the surgery center by\n"
        "6 AM Wednesday for Dr. Castellano's block.\n",
    ),
    Spec(
        False,
        "ortho_newsletter",
        "Patient newsletter about knee arthritis options; health topic, no individual.",
        f"Marketing <marketing@{R}>",
        "subscribers@news.riversideortho.com",
        "Winter newsletter: living with knee arthritis",
        "",
        html=(
            "<html><body><h1>Living with knee arthritis</h1><p>Most people with knee osteoarthritis"
            " improve with weight management, strengthening and bracing. When those fail, a total"
            " knee replacement can restore function. Join our free seminar on January 14.</p>"
            "</body></html>"
        ),
    ),
    Spec(
        False,
        "it_notice",
        "PACS downtime notice to staff.",
        f"IT <it@{R}>",
        "all-staff@lists.riversideortho.com",
        "PACS downtime Sunday 02:00-04:00",
        "PACS will be down Sunday 02:00-04:00 for the vendor upgrade. Use the downtime viewer on the\n"
        "workstation desktops.\n",
    ),
    Spec(
        False,
        "hl7_spec",
        "Hard negative: interface spec with placeholder HL7 segments, no real person.",
        f"Interfaces <interfaces@{R}>",
        "integration@motionnetworkpt.com",
        "ADT feed spec",
        "Field mapping for the ADT feed attached. Values in the sample are placeholders.\n",
        atts=(
            Att(
                "adt_spec_sample.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|EHR|RIVERSIDE|MNPT|MNPT|<timestamp>||ADT^A04|<control-id>|P|2.5.1\r"
                "PID|1||<MRN>^^^RIVERSIDE^MR||<LAST>^<FIRST>||<YYYYMMDD>|<sex>\r"
                "PV1|1|O|<clinic>|||||<attending NPI>\r",
            ),
        ),
    ),
    Spec(
        False,
        "scheduling_template",
        "Surgery block template for January: surgeon names and rooms only.",
        f"Perioperative Services <periop@{R}>",
        "scheduling@riversidesurgerycenter.com",
        "January block template",
        "January template: Mon OR1 Castellano, OR3 Raman; Tue OR1 Lee (injections, procedure room);\n"
        "Wed OR1-2 Castellano; Thu OR3 Raman; Fri open release at 72 h.\n",
    ),
]
