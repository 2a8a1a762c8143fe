"""Lifeline Air Medical: helicopter transport, billing, safety and base operations mail."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import LAM, RRMC, Att, Spec

_SIG = (
    "\n\nLifeline Air Medical | Communications Center 1-800-555-0199\n"
    "Lifeline Air Medical is a business associate of its hospital partners. Confidential.\n"
)

_FLIGHT_LOG = (
    "flight_no,date,base,aircraft,from,to,patient,age,dx,crew\r\n"
    "LA3-26-0871,2026-11-07,Base 3,N418LL,Millersburg scene,RRMC,Keegan Holloway,23,"
    "TBI GCS 7 intubated,Sorensen/Abara\r\n"
    "LA3-26-0872,2026-11-07,Base 3,N418LL,Lakeside Community,Summit Neuro,Ines Bartolomeu,66,"
    "Basilar artery occlusion,Sorensen/Abara\r\n"
    "LA1-26-1140,2026-11-10,Base 1,N417LL,RRMC,Lehigh Burn,Ezekiel Montgomery,57,"
    "24% TBSA burn,Quist/Nwachukwu\r\n"
)

_FHIR_ENC = {
    "resourceType": "Encounter",
    "status": "finished",
    "class": {"code": "EMER", "display": "emergency"},
    "subject": {"display": "Pham Thi Lan, MRN LA-553019"},
    "period": {"start": "2026-11-09T16:02:00-05:00", "end": "2026-11-09T16:49:00-05:00"},
    "reasonCode": [{"text": "STEMI, cardiogenic shock, on norepinephrine"}],
    "serviceProvider": {"display": "Lifeline Air Medical Base 2"},
}

_HL7_ORU = (
    "MSH|^~\\&|LIFELINE_EPCR|LAM|RRMC_HIM|RRMC|20261110061500||ORU^R01|LAM55120|P|2.5.1\r"
    "PID|1||LA-553244^^^LAM^PI||Grünewald^Heike||19580221|F\r"
    "OBR|1||LA1-26-1152|PCR^Patient care record\r"
    "OBX|1|TX|NARR||Interfacility transfer for ruptured AAA, BP 78/40, 2 units PRBC in flight\r"
)

_CREW_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lifeline Air Medical//Training//EN\r\n"
    "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h25-lam-sim-1119@lifelineair.com\r\n"
    "DTSTAMP:20261109T150000Z\r\nDTSTART:20261119T140000Z\r\nDTEND:20261119T180000Z\r\n"
    "SUMMARY:Base 3 sim day - pediatric airway and in-flight blood\r\n"
    "DESCRIPTION:Scenarios: infant RSV respiratory failure\\, adult hemorrhagic shock\\, "
    "night-vision goggle approach. All scenario patients are mannequins.\r\n"
    "LOCATION:Base 3 hangar\r\nORGANIZER:mailto:education@lifelineair.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

_FWD_FAMILY = Spec(
    phi=True,
    category="x",
    notes="inner",
    frm="Constance Ebeling <c.ebeling@icloud.com>",
    to=f"patientrelations@{LAM}",
    subject="the flight bill for my husband",
    body="Hello, my husband Howard Ebeling was flown from the farm to Riverside on October "
    "2nd after his tractor rolled on him. We got a bill for $48,300 and his Medicare "
    "card says 5TW2-HK4-RM83. Why wasn't this sent to Medicare?\n\nConstance",
)

MESSAGES: list[Spec] = [
    # ---- PHI ----
    Spec(
        phi=True,
        category="flight log csv",
        notes="Base manager sends the weekly flight log CSV (patient names, ages, diagnoses) "
        "to the outside aviation QA contractor.",
        frm=f"Gunnar Sorensen <gsorensen@{LAM}>",
        to="qa@aerocare-auditors.com",
        subject="Weekly flight log - bases 1 and 3",
        body="Weekly log attached for the utilization review.\n\nGunnar Sorensen, Base 3 Lead"
        + _SIG,
        atts=(Att("flight_log_wk45.csv", "text/csv", _FLIGHT_LOG),),
    ),
    Spec(
        phi=True,
        category="fhir encounter to hospital",
        notes="FHIR Encounter with the patient's name, MRN and STEMI reason sent to the "
        "receiving cath lab.",
        frm=f"Clinical Records <records@{LAM}>",
        to=f"Cath Lab <cathlab@{RRMC}>",
        subject="Flight record for this afternoon's STEMI",
        body="Encounter resource attached for your registry abstraction.",
        atts=(Att("encounter_LA2.json", "application/fhir+json", json.dumps(_FHIR_ENC, indent=2)),),
    ),
    Spec(
        phi=True,
        category="hl7 pcr to him",
        notes="HL7 ORU with the flight patient care record narrative sent to the hospital's "
        "records department.",
        frm=f"Clinical Records <records@{LAM}>",
        to=f"Health Information Management <him@{RRMC}>",
        subject="ePCR delivery retry",
        body="The interface was down overnight; attaching the record that failed to post.",
        atts=(Att("oru_LAM55120.hl7", "application/hl7-v2", _HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="forwarded family billing complaint",
        notes="Billing forwards a wife's email (husband's name, flight, injury, MBI) to the "
        "Medicare billing vendor.",
        frm=f"Patient Relations <patientrelations@{LAM}>",
        to="medicare-desk@skybillrcm.com",
        subject="FW: the flight bill for my husband",
        body="Please rebill to Medicare Part B (MBI 5TW2-HK4-RM83) "
        "and let me know when done so I can call Mrs. "
        "Ebeling back.\n\nTeresa Quist\nPatient Relations",
        forward=_FWD_FAMILY,
    ),
    Spec(
        phi=True,
        category="reply to patient icloud",
        notes="Hard positive: patient relations replies to a patient's daughter at icloud "
        "about her mother's flight and account balance.",
        frm=f"Patient Relations <patientrelations@{LAM}>",
        to="mara.lindholm@icloud.com",
        subject="Re: account 6641928",
        body="Dear Ms. Lindholm,\n\nThank you for the insurance card. We have submitted your "
        "mother's October 19 transport from Lakeside Community Hospital to Summit Neuroscience "
        "to Allegheny Mutual; the balance of $31,750 is on hold for 90 days.\n\nTeresa Quist"
        + _SIG,
    ),
    Spec(
        phi=True,
        category="quiet crew debrief",
        notes="Hard positive: crew debrief to the medical director referring to 'the 4-year-old "
        "from the Route 22 pond' with a time and intubation; identifiable event.",
        frm=f'"Obi Abara, Flight Paramedic" <oabara@{LAM}>',
        to=f"Flight Medical Director <medicaldirector@{LAM}>",
        subject="Debrief LA3-26-0868",
        body="Doc, quick debrief on the drowning: the 4-year-old girl from the pond behind "
        "the Route 22 Sunoco, Saturday 1540. ROSC on scene, intubated on second attempt "
        "(sat dipped to 70%). Handed off to PICU at Summit. Mom rode in the ground unit. "
        "Crew is OK, we'll do CISM Tuesday.\n\nObi",
    ),
    Spec(
        phi=True,
        category="pdf invoice patient",
        notes="Hard positive: patient statement PDF with name, address, flight date and ICD "
        "code to a patient at aol.com.",
        frm=f"Patient Accounts <accounts@{LAM}>",
        to="walt.pemberton44@aol.com",
        subject="Your statement from Lifeline Air Medical",
        body="Dear Mr. Pemberton, your statement is attached. Call us to set up a payment plan.",
        atts=(
            Att(
                "statement_6642017.pdf",
                "application/pdf",
                pdf(
                    [
                        "LIFELINE AIR MEDICAL - PATIENT STATEMENT",
                        "Walter Pemberton, 412 Quarry Hill Rd, Millersburg PA 17061",
                        "Account 6642017   Date of service 09/27/2026",
                        "A0431 rotor wing base rate $24,900; A0436 rotor wing mileage 38 mi $9,120",
                        "Diagnosis I21.09 acute STEMI   Insurance paid $21,004   Balance $13,016",
                    ],
                    "Patient statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="xlsx billing multisheet",
        notes="Multi-sheet billing workbook with MBIs and transport lines to the RCM partner.",
        frm=f"Patient Accounts <accounts@{LAM}>",
        to="claims@skybillrcm.com",
        subject="November Medicare batch",
        body="Medicare batch attached; PCS forms to follow via SFTP.",
        atts=(
            Att(
                "medicare_batch_nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "Claims": [
                            ["Account", "Beneficiary", "MBI", "DOS", "HCPCS", "ICD-10"],
                            [
                                "6642031",
                                "Leland Farkas",
                                "8NC7PD3XG16",
                                "2026-11-02",
                                "A0431",
                                "I61.9",
                            ],
                            [
                                "6642044",
                                "Doris Whitcombe",
                                "3FJ4KW8CY52",
                                "2026-11-04",
                                "A0431",
                                "S72.001A",
                            ],
                        ],
                        "Mileage": [["Account", "Loaded miles"], ["6642031", 41], ["6642044", 27]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject only patient",
        notes="Hard positive: dispatch note where the only PHI is in the subject (patient "
        "name and dx going to a hospital).",
        frm=f"Comm Center <commcenter@{LAM}>",
        to=f"ED Charge Nurse <edcharge@{RRMC}>",
        subject="Inbound 12 min: Rutherford, Amos - massive PE, on tPA drip",
        body="Lifeline 1 lifting from Lakeside now, ETA 12 min, helipad.",
    ),
    Spec(
        phi=True,
        category="docx incident report",
        notes="Patient-safety incident report DOCX naming a patient and medication error in "
        "flight, to the hospital partner's risk manager.",
        frm=f"Safety Officer <safety@{LAM}>",
        to="riskmanagement@lakesidecommunityhosp.org",
        subject="Shared event review - heparin",
        body="As discussed, our event report for the joint review is attached.",
        atts=(
            Att(
                "event_report_1107.docx",
                DOCX,
                docx(
                    [
                        "Lifeline Air Medical - Patient Safety Event Report",
                        "Patient: Ignatius Mbeki, 71, transported 11/07/2026 Lakeside to RRMC",
                        "Heparin infusion ran at 18 units/kg/h instead of 12 for 35 min after pump "
                        "change; aPTT 112 on arrival, no bleeding.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="png scene photo filename",
        notes="Hard positive: scene photo attached with patient's surname and injury in the "
        "file name, sent to the trauma surgeon.",
        frm=f'"Nils Quist, Flight RN" <nquist@{LAM}>',
        to=f"Dr. Elias Brandvold <ebrandvold@{RRMC}>",
        subject="mechanism photo you asked for",
        body="Here's the vehicle intrusion photo from the scene. Cab crushed about 40 cm.\n\nNils",
        atts=(Att("Holloway_K_MVC_intrusion_1107.png", "image/png", png(8, 6, (120, 120, 120))),),
    ),
    Spec(
        phi=True,
        category="ccda transfer record",
        notes="C-CDA transport summary for a named child sent to the children's hospital.",
        frm=f"Clinical Records <records@{LAM}>",
        to="records@summitchildrens.org",
        subject="Transport CCD",
        body="CCD attached for the transfer from Riverside ED.",
        atts=(
            Att(
                "transport_ccd.xml",
                "application/xml",
                '<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>'
                "Transport Summary</title><recordTarget><patientRole><patient><name><given>"
                "Marisol</given><family>Quintanilla</family></name>"
                '<birthTime value="20090517"/></patient></patientRole></recordTarget>'
                "<component><section><title>Course</title><text>ATV crash, splenic laceration "
                "grade III, liver lac, 20 mL/kg blood in flight, HR 140 to 112.</text></section>"
                "</component></ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="membership program enrolment",
        notes="Hard positive: membership (air ambulance subscription) renewal naming a member "
        "with a listed condition; enrolment plus condition.",
        frm=f"Lifeline Membership <membership@{LAM}>",
        to="bev.okafor-lang@hotmail.com",
        subject="Your household membership renewal",
        body="Dear Beverly,\n\nYour Lifeline household membership (M-2281740) renews 12/01. "
        "On your enrolment form you listed your husband Terrence's home oxygen for COPD; please "
        "confirm it is still current so our crews know before they land.\n\nLifeline Membership",
    ),
    Spec(
        phi=True,
        category="ems patient followup",
        notes="Flight nurse gives the referring ground EMS crew a named outcome update.",
        frm=f'"Nils Quist, Flight RN" <nquist@{LAM}>',
        to="crew@millersburgambulance.org",
        subject="Follow-up on your rollover patient",
        body="Hi all, you asked about Keegan Holloway from the Rt 147 rollover Saturday. He "
        "had a craniotomy for an epidural hematoma at RRMC and is following commands today. "
        "Great call launching us early.\n\nNils",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="weather safety stand down",
        notes="Operations weather stand-down notice, aviation only.",
        frm=f"Operations Control <occ@{LAM}>",
        to=f"All Bases <allbases@{LAM}>",
        subject="Weather minimums - icing advisory tonight",
        body="AIRMET Zulu for icing 3,000-9,000 ft across the region 1800-0600. Night VFR "
        "minimums raised per GOM 4.3. Pilots call OCC before any acceptance. Current TAFs "
        "attached.",
        atts=(
            Att(
                "tafs_1110.txt",
                "text/plain",
                "TAF KAVP 102320Z 1100/1124 32012G22KT 4SM -SN BR OVC012\n"
                "TAF KMDT 102320Z 1100/1124 31010KT 5SM -SN OVC015 TEMPO 1104/1108 2SM SN\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate transport stats",
        notes="Hard negative: quarterly transport volumes and times by diagnosis group, "
        "aggregates.",
        frm=f"Quality Manager <quality@{LAM}>",
        to=f"Trauma Program <traumaprogram@{RRMC}>",
        subject="Q3 Lifeline transports to Riverside",
        body="Q3: 163 flights to RRMC. Trauma 58%, stroke 14%, STEMI 11%, other 17%. Median "
        "scene time 11 min, median bedside time for interfacility 19 min. Blood transfused in "
        "flight 22 times.\n\nIngrid Halvorsen, RN\nQuality Manager",
    ),
    Spec(
        phi=False,
        category="crew training ics",
        notes="Hard negative: sim-day invite with clinical scenarios on mannequins.",
        frm=f"Education <education@{LAM}>",
        to=f"Base 3 Crew <base3@{LAM}>",
        subject="Invitation: Base 3 sim day",
        body="Mandatory for all Base 3 clinicians.",
        ics=_CREW_ICS,
    ),
    Spec(
        phi=False,
        category="aircraft maintenance",
        notes="Maintenance record with aircraft serials and tail numbers, no people's health.",
        frm=f"Maintenance Control <maintenance@{LAM}>",
        to="techsupport@rotorparts-intl.com",
        subject="AOG: N418LL tail rotor gearbox chip light",
        body="N418LL (S/N 9074) AOG at Base 3 with a TGB chip light. Need gearbox P/N "
        "407-040-012-111 overnight. PO 603-71-9954.\n\nMaintenance Control",
    ),
    Spec(
        phi=False,
        category="controlled substance audit dea",
        notes="Hard negative: monthly controlled-substance box audit listing drugs, counts and "
        "the medical director's DEA number; no patients.",
        frm=f"Flight Medical Director <medicaldirector@{LAM}>",
        to="dea.compliance@harlanpharmacyservices.com",
        subject="Monthly CS audit - all bases",
        body="All boxes reconciled for October. Fentanyl 100 mcg: 48 issued, 46 used, 2 wasted "
        "with witness. Ketamine 500 mg: 31. Midazolam 5 mg: 40. Registrant: Dr. Karl Petersen, "
        "DEA AP5200201.\n\nKarl Petersen, MD",
    ),
    Spec(
        phi=False,
        category="job posting flight nurse",
        notes="Hard negative: flight nurse job posting with clinical requirements.",
        frm=f"Human Resources <hr@{LAM}>",
        to="postings@airmedjobs-network.com",
        subject="Posting: Flight Nurse, Base 1",
        body="Lifeline Air Medical seeks a Flight Nurse for Base 1 (24-hour shifts). 3 years "
        "ICU or ED, CFRN within 2 years, experience with ventilators, vasoactive drips and "
        "balloon pumps. Weight limit 240 lb with gear.",
    ),
    Spec(
        phi=False,
        category="hospital outreach html",
        notes="HTML-only outreach newsletter to referring hospitals about launch criteria.",
        frm=f"Outreach <outreach@{LAM}>",
        to="ednurses@lakesidecommunityhosp.org",
        subject="When to call Lifeline: updated launch criteria",
        body="",
        html="<html><body><h2>Early activation saves minutes</h2><table border='1'>"
        "<tr><th>Condition</th><th>Consider air when</th></tr>"
        "<tr><td>Stroke with LVO signs</td><td>Ground &gt; 45 min to thrombectomy center</td></tr>"
        "<tr><td>STEMI</td><td>Door-in-door-out &gt; 30 min expected</td></tr>"
        "<tr><td>Major trauma</td><td>GCS &lt; 13 or hypotension</td></tr></table></body></html>",
    ),
    Spec(
        phi=False,
        category="payroll hr flight",
        notes="Hard negative: HR benefits email about open enrollment for crew members.",
        frm=f"Human Resources <hr@{LAM}>",
        to=f"All Employees <allstaff@{LAM}>",
        subject="Open enrollment closes 11/20",
        body="Reminder: benefits open enrollment closes 11/20. New this year: a lower-deductible "
        "HSA plan and an employee assistance program with 8 free counselling sessions.",
    ),
    Spec(
        phi=False,
        category="fuel vendor invoice xlsx",
        notes="Fuel vendor reconciliation workbook, two sheets, aviation only.",
        frm=f"Accounts Payable <ap@{LAM}>",
        to="billing@keystoneaviationfuel.com",
        subject="October Jet-A reconciliation",
        body="Two discrepancies on the second sheet, please review.",
        atts=(
            Att(
                "jeta_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Deliveries": [["Date", "Base", "Gallons"], ["2026-10-02", "Base 1", 800]],
                        "Discrepancies": [
                            ["Invoice", "Issue"],
                            ["KAF-7712", "Billed 900 gal, ticket 800"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="helipad construction",
        notes="Facilities email about helipad lighting at the hospital.",
        frm=f"Operations Control <occ@{LAM}>",
        to=f"Facilities <facilities@{RRMC}>",
        subject="Helipad lighting outage",
        body="Our pilot reported the RRMC helipad perimeter lights on the north side out last "
        "night. Please NOTAM and fix; we will use the ground pad at the soccer field meanwhile.",
    ),
    Spec(
        phi=False,
        category="deidentified case for education",
        notes="Hard negative: de-identified teaching case (no name, no date, age band) for a "
        "conference talk.",
        frm=f"Flight Medical Director <medicaldirector@{LAM}>",
        to="speakers@airmedicalconference.org",
        subject="Abstract: in-flight whole blood case",
        body="Abstract text: 'A patient in their 40s with a pelvic fracture after a motorcycle "
        "crash received two units of low-titer O whole blood in flight; shock index fell from "
        "1.6 to 0.9 before arrival.' All identifiers removed. Presenter: Karl Petersen, MD, "
        "NPI 1990447330.",
    ),
    Spec(
        phi=False,
        category="zip of sops",
        notes="Zip of standard operating procedures text, generic clinical.",
        frm=f"Education <education@{LAM}>",
        to="education@lakesidecommunityhosp.org",
        subject="Our packaging SOPs for your ED",
        body="SOPs for preparing patients for flight, as requested.",
        atts=(
            Att(
                "lifeline_sops.zip",
                "application/zip",
                zipped(
                    {
                        "packaging.txt": "Secure airway, two IVs, chest tubes to Heimlich valve, "
                        "copies of imaging on disc.\n",
                        "weight.txt": "Patients over 350 lb need the bariatric aircraft.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pdf safety bulletin",
        notes="Hard negative: safety bulletin on a near-miss (aviation), no patient.",
        frm=f"Safety Officer <safety@{LAM}>",
        to=f"All Bases <allbases@{LAM}>",
        subject="Safety bulletin 26-09: drone near miss",
        body="Please read and sign.",
        atts=(
            Att(
                "bulletin_26-09.pdf",
                "application/pdf",
                pdf(
                    [
                        "LIFELINE AIR MEDICAL - SAFETY BULLETIN 26-09",
                        "A recreational drone passed within 200 ft of a Lifeline aircraft on "
                        "approach to a scene LZ.",
                        "Action: ask ground command to clear drones before landing.",
                    ],
                    "Safety bulletin",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="png marketing flyer",
        notes="Marketing image for a community event, no patient.",
        frm=f"Outreach <outreach@{LAM}>",
        to="events@harlanfallsfair.org",
        subject="Landing demo at the county fair",
        body="Attached is our flyer for the Saturday landing demo; aircraft lands at 11:00.",
        atts=(Att("fair_landing_demo.png", "image/png", png(10, 4, (20, 80, 160))),),
    ),
    Spec(
        phi=False,
        category="membership marketing",
        notes="Hard negative: membership marketing to a general list, no condition implied.",
        frm=f"Lifeline Membership <membership@{LAM}>",
        to="newsletter@harlanfallschamber.org",
        subject="Lifeline membership: protect your household for $75 a year",
        body="For $75 a year, members pay nothing out of pocket for a medically necessary "
        "Lifeline flight. Enroll before 12/31 and get the first month free. Share with your "
        "members!",
    ),
]
