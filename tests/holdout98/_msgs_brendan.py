"""Outbound mail of St. Brendan Regional Burn Center (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nSt. Brendan Regional Burn Center\n1400 Kilbride Avenue, Millport, PA\nMain 412-555-0160"

_HL7_ADT = (
    "MSH|^~\\&|SBB_ADT|STBRENDAN|HIE_PA|KEYSTONEHIE|202603170412||ADT^A01|SBB0317041200|P|2.5.1\r"
    "EVN|A01|202603170408\r"
    "PID|1||SBB7720154^^^SBB^MR||KOWALCZYK^DARIUS^J||19870605|M|||88 Furnace Row^^Millport^PA^15132||412-555-0171\r"
    "PV1|1|I|BICU^B4^01||||1888451204^ORTEGA^LUCIA^^^MD|||BURN\r"
    "DG1|1||T31.31^Burns involving 30-39% of body surface with 30-39% third degree^I10\r"
)

_HL7_ORU = (
    "MSH|^~\\&|SBB_LAB|STBRENDAN|MILLPORTPEDS|MPEDS|202603181130||ORU^R01|SBB0318113000|P|2.5.1\r"
    "PID|1||SBB7720388^^^SBB^MR||ABERNATHY^LILA||20190312|F\r"
    "OBR|1||L88231|CBC^Complete blood count\r"
    "OBX|1|NM|WBC^White blood cells||14.2|10*3/uL|4.5-13.5|H\r"
    "OBX|2|NM|HGB^Hemoglobin||9.1|g/dL|11.5-15.5|L\r"
)

_HL7_TEST = (
    "MSH|^~\\&|SBB_ADT|STBRENDAN|HIE_PA|KEYSTONEHIE|202603160900||ADT^A01|TEST0001|T|2.5.1\r"
    "PID|1||TEST000001^^^SBB^MR||ZZTEST^INTERFACE||19000101|U\r"
    "PV1|1|I|TESTUNIT^T1^01\r"
)

_FHIR_OBS = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "sbb-7720501", "name": [{"family": "Mbeki-Carlsen", "given": ["Thaddeus"]}], "birthDate": "1956-01-22"}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/sbb-7720501"}, "code": {"text": "Inhalation injury with carbon monoxide poisoning"}}},
    {"resource": {"resourceType": "Observation", "subject": {"reference": "Patient/sbb-7720501"}, "code": {"text": "Carboxyhemoglobin"}, "valueQuantity": {"value": 23, "unit": "%"}}}
  ]
}
"""

_X12_835 = (
    "ISA*00*          *00*          *ZZ*KEYSTONEMUT    *ZZ*STBRENDANBC    *260316*1402*^*00501*000000881*0*P*:~"
    "GS*HP*KEYSTONEMUT*STBRENDANBC*20260316*1402*881*X*005010X221A1~"
    "ST*835*0001~"
    "BPR*I*18422.60*C*ACH*CCP*01*043000096*DA*7781200*1460288815**01*031100209*DA*55012*20260316~"
    "N1*PE*ST BRENDAN REGIONAL BURN CENTER*XX*1099345625~"
    "CLP*SBB-C-55120*1*24310*18422.60*2200*12*SBB7720019~"
    "NM1*QC*1*TREMBLAY*ROSALIND****MI*KMU447100283~"
    "SVC*HC:15100*9800*7480~"
    "DTM*232*20260221~"
    "SE*9*0001~GE*1*881~IEA*1*000000881~"
)

_X12_270 = (
    "ISA*00*          *00*          *ZZ*STBRENDANBC    *ZZ*PAMEDICAID     *260318*0800*^*00501*000000332*0*P*:~"
    "GS*HS*STBRENDANBC*PAMEDICAID*20260318*0800*332*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*SBB332*20260318*0800~"
    "HL*1**20*1~NM1*PR*2*PA MEDICAL ASSISTANCE*****PI*PAMA~"
    "HL*2*1*21*1~NM1*1P*2*ST BRENDAN REGIONAL BURN CENTER*****XX*1099345625~"
    "HL*3*2*22*0~NM1*IL*1*ABERNATHY*LILA****MI*PA8830219047~DMG*D8*20190312~"
    "EQ*30~SE*9*0001~GE*1*332~IEA*1*000000332~"
)

_CENSUS = xlsx(
    {
        "BICU": [
            ["Bed", "Name", "MRN", "TBSA %", "Inhalation", "Post-burn day"],
            ["B4-01", "Kowalczyk, Darius", "SBB7720154", 34, "N", 1],
            ["B4-02", "Mbeki-Carlsen, Thaddeus", "SBB7720501", 18, "Y", 3],
            ["B4-05", "Greaves, Ottilie", "SBB7719930", 46, "Y", 9],
        ],
        "Step-down": [
            ["Bed", "Name", "MRN", "TBSA %", "Grafted", "Post-burn day"],
            ["S2-11", "Tremblay, Rosalind", "SBB7720019", 12, "Y", 24],
            ["S2-14", "Fairweather, Amos", "SBB7719877", 8, "N", 6],
        ],
    }
)

_ABA = xlsx(
    {
        "Admissions": [
            ["Month", "Admissions", "Median TBSA %", "Inhalation injury"],
            ["Jan 2026", 41, 7, 5],
            ["Feb 2026", 38, 9, 4],
        ],
        "Etiology": [
            ["Cause", "Count"],
            ["Flame", 37],
            ["Scald", 25],
            ["Electrical", 6],
            ["Chemical", 5],
            ["Contact", 6],
        ],
        "Outcomes": [
            ["Measure", "Value"],
            ["Mortality", "2.5%"],
            ["Mean LOS per TBSA %", 1.1],
        ],
    }
)

_TRANSFER = pdf(
    [
        "ST. BRENDAN REGIONAL BURN CENTER - TRANSFER SUMMARY",
        "Patient: Ottilie Greaves   MRN SBB7719930   DOB 11/02/1949   Medicare MBI: 3KW7-HN2-RT48",
        "Admitted 03/08/2026: 46% TBSA flame burn, inhalation injury, intubated 6 days.",
        "Procedures: excision and autograft 3/10, 3/14; cadaver allograft back.",
        "Transfer to Keystone LTACH for ventilator weaning and wound care.",
    ],
    "Transfer summary",
)

_OUTREACH = pdf(
    [
        "ST. BRENDAN REGIONAL BURN CENTER",
        "EMS OUTREACH: ABA REFERRAL CRITERIA",
        "Transfer to a burn center: partial-thickness burns >10% TBSA; burns of face, hands,",
        "feet, genitalia, perineum or major joints; third-degree burns any age group;",
        "electrical, chemical, or inhalation injury; burns in children at hospitals without",
        "qualified personnel. Call the Burn Transfer Line 412-555-0161 24/7.",
    ],
    "Referral criteria",
)

MESSAGES = [
    Spec(
        phi=True,
        category="HL7 ADT admission feed to HIE",
        notes="Hard positive: body is boilerplate; the HL7 ADT^A01 attachment has patient name, MRN, DOB, address and a 30-39% TBSA burn diagnosis.",
        frm="Interface Engine <interfaces@stbrendanburn.org>",
        to="inbound-adt@keystonehie.org",
        subject="ADT batch SBB 03/17 04:12",
        body="Automated ADT message attached.",
        atts=(Att("SBB_ADT_0317041200.hl7", "application/hl7-v2", _HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="HL7 lab result to pediatrician",
        notes="Hard positive: HL7 ORU attachment is the only place naming a child and her abnormal CBC; body is generic.",
        frm="Lab Interface <interfaces@stbrendanburn.org>",
        to="results@millportpediatrics.com",
        subject="Result delivery",
        body="One result message for your practice. Do not reply.",
        atts=(Att("ORU_L88231.hl7", "application/hl7-v2", _HL7_ORU),),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message",
        notes="Hard negative: HL7 message for a declared test patient ZZTEST INTERFACE in processing mode T; no real person.",
        frm="Integration Team <interfaces@stbrendanburn.org>",
        to="integration@keystonehie.org",
        subject="TEST ONLY - connectivity check for new ADT route",
        body="Hi Sanjay,\n\nSending one synthetic message (MSH-11 = T, patient ZZTEST^INTERFACE, DOB 1900-01-01) to validate the new route. Please confirm ACK and discard.\n\nMarek, Integration",
        atts=(Att("TEST_ADT.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to poison control follow-up",
        notes="FHIR bundle with patient name, DOB, inhalation injury and carboxyhemoglobin level.",
        frm="Burn ICU <bicu@stbrendanburn.org>",
        to="followup@papoisoncenter.org",
        subject="CO exposure follow-up data",
        body="As requested on the phone, structured data for the CO case you followed is attached.\n\nBICU charge RN",
        atts=(Att("bundle_7720501.json", "application/fhir+json", _FHIR_OBS),),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing vendor",
        notes="835 remittance with patient name, member ID and skin graft claim to billing company.",
        frm="Patient Financial Services <pfs@stbrendanburn.org>",
        to="cashposting@meridianrcm.com",
        subject="ERA 881 - please post",
        body="ERA from Keystone Mutual attached for posting. Check the denied line for modifier issue.\n\nPFS",
        atts=(Att("KMU_835_881.x12", "application/edi-x12", _X12_835),),
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry to Medicaid",
        notes="Hard positive: X12 270 with child's name, Medicaid ID and DOB; body says nothing identifying.",
        frm="Patient Access <access@stbrendanburn.org>",
        to="edi@pamedicalassistance.gov",
        subject="270 batch 332",
        body="Batch attached.",
        atts=(Att("SBB_270_332.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=True,
        category="Unit census workbook to wound care vendor",
        notes="Multi-sheet census with patient names, MRNs, TBSA and inhalation injury sent to an outside vendor.",
        frm="Burn Unit Manager <bicu@stbrendanburn.org>",
        to="rep@aquacelwoundsolutions.com",
        subject="census for dressing order",
        body="Jill, here's today's census so you can size the silver dressing order.\n\nHelene",
        atts=(
            Att(
                "census_0318.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _CENSUS,
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Burn registry aggregate workbook to state",
        notes="Hard negative: multi-sheet aggregate admissions, etiology and mortality; no individuals.",
        frm="Burn Registry <registry@stbrendanburn.org>",
        to="trauma-registry@health.pa.gov",
        subject="Jan-Feb 2026 burn registry aggregates",
        body="Attached are aggregate counts for January-February. Patient-level NTDS files go through the secure portal as usual.\n\nRegistry",
        atts=(
            Att(
                "SBB_aggregates_JanFeb2026.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _ABA,
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Transfer summary PDF to LTACH",
        notes="PDF transfer summary with name, MRN, DOB, Medicare MBI and burn injuries.",
        frm="Case Management <casemgmt@stbrendanburn.org>",
        to="admissions@keystoneltach.org",
        subject="Transfer packet for tomorrow",
        body="Transfer summary attached. Bed confirmed for 10:00; transport booked with MedFlight ground.\n\nJoanne, RN Case Manager"
        + SIG,
        atts=(Att("Transfer_Greaves.pdf", "application/pdf", _TRANSFER),),
    ),
    Spec(
        phi=False,
        category="EMS outreach referral criteria PDF",
        notes="Hard negative: ABA referral criteria with burn types and percentages; no patients.",
        frm="Outreach Coordinator <outreach@stbrendanburn.org>",
        to="training@millportems.org",
        subject="Referral criteria poster for your rigs",
        body="Chief Danko,\n\nAttached is the updated one-page referral criteria for the ambulances. Happy to do a 30-minute in-service for your crews in April.\n\nCalloway Finch, Outreach"
        + SIG,
        atts=(Att("SBB_ReferralCriteria.pdf", "application/pdf", _OUTREACH),),
    ),
    Spec(
        phi=True,
        category="Encrypted zip of records to insurer",
        notes="Hard positive: password-protected zip whose filename names the patient and burn claim; content is medical records.",
        frm="Release of Information <roi@stbrendanburn.org>",
        to="claims.docs@keystonemutual.com",
        subject="Records for claim KMU-55120 (password by phone)",
        body="Encrypted archive attached; password provided to your adjuster by phone.\n\nROI",
        atts=(
            Att(
                "Tremblay_Rosalind_burn_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "progress_notes.txt": "Rosalind Tremblay, 12% TBSA scald, STSG right thigh to left forearm 2/21/2026."
                    },
                    "Kilbride-2026!",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Zip of dressing protocol documents to partner hospital",
        notes="Zip of generic wound protocols; no patients.",
        frm="Burn Nurse Educator <education@stbrendanburn.org>",
        to="woundcare@altoonaregional.org",
        subject="Our dressing protocols as promised",
        body="Here are our current protocols. Feel free to adapt; please credit us.\n\nNoor, Nurse Educator",
        atts=(
            Att(
                "SBB_dressing_protocols.zip",
                "application/zip",
                zipped(
                    {
                        "silver_dressings.txt": "Apply silver-impregnated foam to partial-thickness burns; change every 3-7 days.",
                        "graft_care.txt": "Bolster stays 5 days; first take-down by attending.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Update to patient's mother about child's scald",
        notes="Named child, her mother's personal email, scald burn and planned dressing change under sedation.",
        frm="Pediatric Burn Nurse <peds.burn@stbrendanburn.org>",
        to="kristen.abernathy@gmail.com",
        subject="Lila - plan for tomorrow",
        body="Hi Kristen,\n\nLila did great today. Tomorrow at 8 am she'll have her dressing change on the scald on her chest and arm under ketamine sedation, so nothing to eat after midnight (clear juice until 6 am is fine). Child life will bring the tablet.\n\nGrace, RN\nPediatric Burn Unit",
    ),
    Spec(
        phi=False,
        category="Reply to parent about general burn first aid",
        notes="Hard negative: reply to a parent's gmail with generic scald first-aid advice; no patient or visit.",
        frm="Burn Prevention <prevention@stbrendanburn.org>",
        to="jmcallister.family@gmail.com",
        subject="RE: burn safety talk for our preschool",
        body="Hi Jenna,\n\nWe'd love to visit! Until then, here's the message we teach: cool a burn under cool running water for 20 minutes, no ice, no butter; cover loosely with clean plastic wrap; call 911 for large burns or any burn on a small child's face, hands or groin.\n\nBest,\nBurn Prevention Team",
    ),
    Spec(
        phi=True,
        category="Forwarded EMS run sheet to quality",
        notes="Forwarded EMS report naming patient, electrical injury and field care, with SSN in the inner message.",
        frm="Trauma Quality <quality@stbrendanburn.org>",
        to="qi@millportems.org",
        subject="FW: run report for case review",
        body="Chief, forwarding for our joint PI review on Thursday. Please keep within the QI privilege.\n\nDr. Ortega",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Medic 14 <medic14@millportems.org>",
            to="quality@stbrendanburn.org",
            subject="run report 26-03-0412",
            body="Pt Amos Fairweather, SSN 412-73-5580, lineman, 7.2 kV contact R hand to L foot. Entry/exit wounds, GCS 15, ECG sinus w/ PVCs. 2 L LR en route. Delivered to SBB ED 0531.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor webinar invitation",
        notes="Forwarded vendor webinar invite about skin substitutes; no patients.",
        frm="Dr. Lucia Ortega <lortega@stbrendanburn.org>",
        to="burn-fellows@stbrendanburn.org",
        subject="FW: Webinar - spray-on skin cells outcomes",
        body="Fellows - worth an hour. Attendance counts as one journal club.\n\nLO",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Events <events@regenacellmedical.com>",
            to="lortega@stbrendanburn.org",
            subject="Webinar - spray-on skin cells outcomes",
            body="Join us April 9 at noon ET for a review of published outcomes of autologous skin cell suspension in deep partial-thickness burns. Register at regenacellmedical.com/webinar.",
        ),
    ),
    Spec(
        phi=True,
        category="Family meeting calendar invite",
        notes="Hard positive: invite to patient's daughter naming her father and goals-of-care meeting in the burn ICU.",
        frm="Palliative Care SW <socialwork@stbrendanburn.org>",
        to="naomi.mbeki@outlook.com",
        subject="Family meeting Thursday",
        body="Naomi, as discussed, here is the meeting invite.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//StBrendan//SW//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sbb-fam-7720501@stbrendanburn.org\r\nDTSTAMP:20260317T150000Z\r\nDTSTART:20260319T190000Z\r\nDTEND:20260319T200000Z\r\nSUMMARY:Family meeting - Thaddeus Mbeki-Carlsen (goals of care)\r\nDESCRIPTION:With Dr. Ortega and palliative care re: ventilator and inhalation injury prognosis.\r\nLOCATION:Burn ICU family room\\, 4th floor\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Burn camp volunteer orientation invite",
        notes="Hard negative: burn survivor camp volunteer orientation; mentions burns but no individual camper.",
        frm="Camp Phoenix Rising <camp@stbrendanburn.org>",
        to="volunteers@stbrendanburn.org",
        subject="Volunteer orientation - Camp Phoenix Rising 2026",
        body="Counselors and nurses: orientation is mandatory. We'll cover sun protection for grafted skin, pressure garment help and emotional support basics for young burn survivors.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//StBrendan//Camp//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sbb-camp-orient-2026@stbrendanburn.org\r\nDTSTAMP:20260317T150000Z\r\nDTSTART:20260418T140000Z\r\nDTEND:20260418T180000Z\r\nSUMMARY:Camp volunteer orientation\r\nLOCATION:Education Center\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Wound photo to outside consultant",
        notes="Hard positive: wound photo named with MRN and post-burn day only; body has no name.",
        frm="Dr. Lucia Ortega <lortega@stbrendanburn.org>",
        to="p.vasquez-lind@pittsburghhandcenter.org",
        subject="hand - graft or wait?",
        body="Pablo, dorsal hand, deep partial, PBD 9. Would you excise and graft now or give it another week?\nLucia",
        atts=(Att("SBB7719930_L_dorsal_hand_PBD9.png", "image/png", png(6, 6, (170, 60, 55))),),
    ),
    Spec(
        phi=False,
        category="Facility floor plan image to contractor",
        notes="PNG floor plan for renovation contractor; no patients.",
        frm="Facilities <facilities@stbrendanburn.org>",
        to="pm@hallbrookbuilders.com",
        subject="Hydrotherapy room plan",
        body="Updated plan for the hydrotherapy room renovation; note the new floor drain location.\n\nFacilities",
        atts=(Att("hydro_room_plan_v3.png", "image/png", png(10, 6, (200, 200, 210))),),
    ),
    Spec(
        phi=True,
        category="Daily burn rounds list txt to residents",
        notes="Hard positive: headerless text table of bed, surname, TBSA and plan sent to a resident's personal gmail.",
        frm="Chief Resident <chiefres@stbrendanburn.org>",
        to="amir.haddad.md@gmail.com",
        subject="list",
        body="for tomorrow, you're on BICU",
        atts=(
            Att(
                "list.txt",
                "text/plain",
                "B4-01 KOWALCZYK 34% -> OR 7a excise/graft back\nB4-02 MBEKI-CARLSEN 18% inh, vent, bronch daily\nB4-05 GREAVES 46% -> LTACH tmrw\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="On-call schedule txt",
        notes="Staff call schedule with clinician names and pagers; no patients.",
        frm="Chief Resident <chiefres@stbrendanburn.org>",
        to="burn-residents@stbrendanburn.org",
        subject="April call schedule",
        body="April schedule attached. Swaps through me by the 25th.",
        atts=(
            Att(
                "april_call.txt",
                "text/plain",
                "4/1 Haddad (BICU) / Lindgren (floor)\n4/2 Osei / Haddad\n4/3 Lindgren / Osei\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Letter to employer workers comp",
        notes="Letter to workers' comp carrier naming employee, claim number and electrical burn treatment.",
        frm="Workers Comp Coordinator <wc@stbrendanburn.org>",
        to="claims@alleghenycompinsurance.com",
        subject="Claim WC-26-118204 status",
        body="RE: Amos Fairweather, claim WC-26-118204\n\nMr. Fairweather remains inpatient after a high-voltage electrical injury to the right hand. He underwent fasciotomy on 3/12 and will likely need a second debridement. Expected off work at least 12 weeks.\n\nDiana Kessler, Workers' Comp Coordinator"
        + SIG,
        atts=(
            Att(
                "WC_status_Fairweather.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Work status report",
                        "Employee: Amos Fairweather",
                        "Injury: electrical burn right hand, fasciotomy 3/12/2026",
                        "Status: totally temporarily disabled",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Policy document with field names",
        notes="Hard negative: policy docx defining required fields (name, MRN, TBSA) for burn transfer forms; no patient data.",
        frm="Policy Office <policy@stbrendanburn.org>",
        to="medexec@stbrendanburn.org",
        subject="Draft policy BC-114 Burn Transfer Documentation",
        body="Attached for Med Exec review. Changes are in section 4.",
        atts=(
            Att(
                "BC-114_draft.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Policy BC-114: Burn Transfer Documentation",
                        "4.1 The referring facility must provide: patient full name, date of birth, MRN, TBSA estimate, mechanism, fluids given, airway status.",
                        "4.2 Transfer center staff verify identity with two identifiers.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse bed request to transfer center",
        notes="Hard positive: abbreviation-heavy acceptance note with patient name, age/sex, TBSA and suspected inhalation injury.",
        frm="Transfer Center <transfer@stbrendanburn.org>",
        to="ed-charge@altoonaregional.org",
        subject="accept - your pt Wexford, Hollis",
        body="Accepted. Hollis Wexford 42M ~22% TBSA flame, singed nares, c/f inh inj. Intubate before transport. Bed B4-07. ETA by 1900. Dr Ortega accepting.",
    ),
    Spec(
        phi=False,
        category="Transfer center capacity broadcast",
        notes="Hard negative: regional bed availability broadcast with counts only.",
        frm="Transfer Center <transfer@stbrendanburn.org>",
        to="regional-eds@wpatraumanet.org",
        subject="SBB burn bed status 3/18 0700",
        body="Burn ICU: 2 of 12 beds open. Pediatric burn: 3 of 6 open. Ventilators available. Hydrotherapy operating normally. Call 412-555-0161 for transfers.",
    ),
    Spec(
        phi=True,
        category="HTML discharge survey with named patient and stay",
        notes="HTML-only survey invite to patient's personal email naming her burn unit stay and discharge date.",
        frm="Patient Experience <experience@stbrendanburn.org>",
        to="rosalind.tremblay52@yahoo.com",
        subject="How was your stay?",
        body="",
        html="<html><body><p>Dear Rosalind Tremblay,</p><p>Thank you for trusting the St. Brendan Burn Step-down Unit during your stay, which ended with your discharge on March 14, 2026. Please tell us about your skin graft care experience in our 5-minute survey.</p><p><a href='https://survey.stbrendanburn.org/s/88412'>Start survey</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML donor newsletter",
        notes="Hard negative: HTML-only donor newsletter with aggregate counts and survival rate; no individual.",
        frm="St. Brendan Foundation <foundation@stbrendanburn.org>",
        to="donors@lists.stbrendanburn.org",
        subject="Your gift at work: spring update",
        body="",
        html="<html><body><h2>Thank you, donors</h2><p>Last year your gifts funded 14 pressure-garment fittings for children, a new hydrotherapy stretcher, and scholarships for 62 young survivors to attend Camp Phoenix Rising.</p><p>Survival after major burns at our center now exceeds 97%.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Staff flu vaccination compliance notice",
        notes="Hard negative: staff health notice with unit-level vaccination percentages; no named individual.",
        frm="Employee Health <employeehealth@stbrendanburn.org>",
        to="burn-staff@stbrendanburn.org",
        subject="Flu vaccine compliance - Burn units at 91%",
        body="BICU is at 94%, step-down at 88%. Staff without a vaccine or approved exemption must mask in patient areas through April 30. Walk-in clinic Tue/Thu 7-9 am.\n\nEmployee Health",
    ),
    Spec(
        phi=True,
        category="Pressure garment order with measurements",
        notes="Order to garment vendor naming patient, DOB and grafted areas with measurements.",
        frm="Burn Rehab <rehab@stbrendanburn.org>",
        to="orders@contourgarmentlab.com",
        subject="Custom order - Tremblay",
        body="Please fabricate a left forearm sleeve and right thigh garment.\n\nPatient: Rosalind Tremblay, DOB 07/19/1970\nDx: healed STSG L forearm, donor site R thigh\nMeasurements attached (cm).\n\nOT Brianna Solis",
        atts=(
            Att(
                "tremblay_measurements.csv",
                "text/csv",
                "site,circ_1,circ_2,circ_3,length\nL forearm,24.5,21.0,16.8,26\nR thigh,55.2,49.0,41.5,38\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Supply par levels csv",
        notes="Inventory par levels CSV; no patients.",
        frm="Burn Unit Manager <bicu@stbrendanburn.org>",
        to="purchasing@stbrendanburn.org",
        subject="Revised par levels",
        body="Raising silver foam and bolster supplies for spring.",
        atts=(
            Att(
                "par_levels.csv",
                "text/csv",
                "item,sku,par,reorder\nSilver foam 10x10,SF-1010,120,60\nBolster kit,BK-22,40,15\nXeroform 5x9,XF-59,200,100\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped order number to vendor",
        notes="Hard negative: purchase order number in NNN-NN-NNNN form and shipping info; no person.",
        frm="Purchasing <purchasing@stbrendanburn.org>",
        to="ar@contourgarmentlab.com",
        subject="Invoice mismatch PO 508-31-2207",
        body="Hello,\n\nYour invoice 77410 references PO 508-31-2207 but the quantities (40 stock sleeves) don't match our receiving log (35). Please issue a credit memo for 5.\n\nPurchasing"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Letter to court for custody case",
        notes="Letter to family court naming child and burn injury with suspicion of inflicted injury.",
        frm="Child Protection Team <cpt@stbrendanburn.org>",
        to="clerk.family@alleghenycourts.us",
        subject="Subpoena response - In re: M. Delacroix (minor)",
        body="Pursuant to the subpoena dated 3/4/2026, the Child Protection Team confirms that Mateo Delacroix, age 2, was treated 1/30-2/11/2026 for immersion scald burns of both feet in a stocking distribution, which our team assessed as concerning for inflicted injury. Certified records follow by courier.\n\nDr. Ines Paraskevas, Child Abuse Pediatrics",
    ),
    Spec(
        phi=False,
        category="Research abstract with case counts",
        notes="Hard negative: abstract submission on pediatric scalds with aggregate numbers only.",
        frm="Dr. Ines Paraskevas <iparaskevas@stbrendanburn.org>",
        to="abstracts@ameriburn.org",
        subject="Abstract submission - immersion scald patterns",
        body="Title: Stocking-distribution scalds in toddlers: 10 years at a regional burn center\n\nMethods: retrospective review, 2016-2025. Results: 118 children under 5 with immersion scalds; 41% referred to child protective services; median TBSA 6%. Conclusion: pattern recognition training reduced missed cases.\n\nI. Paraskevas, MD",
    ),
    Spec(
        phi=True,
        category="Pharmacy note to outpatient pharmacy",
        notes="Discharge prescription clarification naming patient, opioid and dose, plus DEA of prescriber.",
        frm="Burn Pharmacy <pharmacy@stbrendanburn.org>",
        to="rx@millportcommunitypharmacy.com",
        subject="Rx clarification - Darius Kowalczyk",
        body="The oxycodone 5 mg tabs for Darius Kowalczyk (DOB 06/05/1987) should read 1 tab q6h PRN x5 days, #20, not #30. Prescriber Lucia Ortega MD, DEA: BO3182641, NPI: 1888451204. Gabapentin 300 mg TID for neuropathic itch is unchanged.\n\nBurn Pharmacy",
    ),
    Spec(
        phi=False,
        category="Grand rounds announcement",
        notes="Grand rounds on burn sepsis; speaker names only.",
        frm="Medical Education <meded@stbrendanburn.org>",
        to="all-physicians@stbrendanburn.org",
        subject="Grand Rounds Fri: Sepsis definitions in burn patients",
        body="Speaker: Lucia Ortega, MD, Director of Burn Surgery. 7:30 am, Auditorium A and Zoom. 1.0 CME.",
    ),
    Spec(
        phi=False,
        category="Mock patient for EHR training",
        notes="Hard negative: EHR training instructions using a clearly fictitious training patient.",
        frm="Clinical Informatics <informatics@stbrendanburn.org>",
        to="new-nurses@stbrendanburn.org",
        subject="Practice login for burn flowsheets",
        body='Log in to the TRAIN environment and open the fictitious patient "Burnwell, Testy" (MRN TRN000042, not a real person). Practice documenting a 20% TBSA Parkland calculation and the hourly urine output flowsheet.\n\nInformatics',
    ),
]
