"""Meridian University Medical Center, Clinical Research Office: messages that carry PHI."""

# ruff: noqa: E501  (hand-written mail text: long lines and Cyrillic are the data)

from __future__ import annotations

from _att import XLSX, pdf, png, xlsx, zipped
from _spec import MUMC, Att, Spec

PRIYA = f"Priya Raman <praman@{MUMC}>"
NGOZI = f'"Ngozi Eze, RN" <ngozi.eze@{MUMC}>'
TAMIKA = f'"Tamika Hollins, PharmD" <thollins@{MUMC}>'
MIGUEL = f"Miguel Ocampo <mocampo@{MUMC}>"
LINA = f"Li Na Zhou <lzhou2@{MUMC}>"
HALVORSEN = f'"Anders Halvorsen, MD" <ahalvorsen@{MUMC}>'
QURESHI = f'"Farah Qureshi, MD" <fqureshi@{MUMC}>'

SIG_CRC = (
    "\n\nPriya Raman, CCRP\nClinical Research Coordinator II | Cardiovascular Research\n"
    "Meridian University Medical Center - Clinical Research Office\n"
    "Pavilion B, Room 4120 | 402-555-0187\n"
)

HL7_ORU = (
    "\r".join(
        [
            "MSH|^~\\&|SUNQUEST|MUMC_LAB|RESEARCHLAB|MUMC_CRO|202611100741||ORU^R01|LAB88310247|P|2.5.1",
            "PID|1||MR40077215^^^MUMC^MR||BRANNIGAN^COLLEEN^M||19620418|F|||2290 W Fairacres Rd^^Omaha^NE^68132||402-555-0149",
            "PV1|1|O|CRU^^^MUMC||||1876139308^HALVORSEN^ANDERS",
            "OBR|1||LAB88310247|80053^COMPREHENSIVE METABOLIC PANEL|||202611100615",
            "OBX|1|NM|2160-0^Creatinine^LN||2.1|mg/dL|0.6-1.1|H|||F",
            "OBX|2|NM|6298-4^Potassium^LN||5.8|mmol/L|3.5-5.1|HH|||F",
            "OBX|3|NM|33914-3^eGFR^LN||26|mL/min/1.73m2|>60|L|||F",
            "NTE|1||Study HF-2291 Week 8 safety labs. Critical K+ called to R. Eze RN 07:38.",
        ]
    )
    + "\r"
)

FHIR_PRESCREEN = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "ps-1181",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "40112960"}],
      "name": [{"family": "Abernathy", "given": ["Desmond", "L"]}],
      "gender": "male", "birthDate": "1957-09-02",
      "telecom": [{"system": "phone", "value": "402-555-0163"}],
      "address": [{"line": ["811 Pine Hollow Dr"], "city": "Bellevue", "state": "NE", "postalCode": "68005"}]}},
    {"resource": {"resourceType": "Condition", "id": "c-1",
      "subject": {"reference": "Patient/ps-1181"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I50.22",
        "display": "Chronic systolic (congestive) heart failure"}]},
      "onsetDateTime": "2023-05-17"}},
    {"resource": {"resourceType": "Observation", "id": "o-1",
      "subject": {"reference": "Patient/ps-1181"},
      "code": {"text": "LVEF (echo)"}, "valueQuantity": {"value": 30, "unit": "%"},
      "effectiveDateTime": "2026-10-28"}}
  ]
}
"""

CCDA_SAE = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <id root="2.16.840.1.113883.3.9921.5" extension="DS-2026-118842"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge Summary"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20261105"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.9921.1" extension="40093318"/>
    <addr><streetAddressLine>46 Linden Ct</streetAddressLine><city>Papillion</city><state>NE</state><postalCode>68046</postalCode></addr>
    <patient><name><given>Hector</given><family>Villalobos</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19550611"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title>
      <text>Admitted 11/01/2026 with febrile neutropenia (ANC 0.2) nine days after cycle 2 of study
      treatment (protocol ONC-4471). Started cefepime, cultures negative, G-CSF given. Study drug held
      per protocol. Discharged 11/05/2026 afebrile, ANC 1.4.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="trial visit reminder to participant",
        notes="Participant's name, personal email and enrolment in a heart failure trial with fasting-lab visit date.",
        frm=PRIYA,
        to="Chukwuemeka Okonkwo <c.okonkwo58@gmail.com>",
        subject="Your Week 12 visit - Thursday Nov 19, 8:00 am",
        body=(
            "Good morning Mr. Okonkwo,\n\n"
            "Just a reminder that your Week 12 visit for the HEART-FORWARD heart failure study is this "
            "Thursday, November 19 at 8:00 am in the Clinical Research Unit (Pavilion B, 4th floor).\n\n"
            "- Please don't eat or drink anything except water after midnight (fasting blood draw).\n"
            "- Bring your study drug bottles, including the empty ones, and your daily weight diary.\n"
            "- Take your morning furosemide as usual, but hold the study tablet until after the blood draw.\n\n"
            "Parking is validated in Garage 3. If anything changes call me directly at 402-555-0187."
            + SIG_CRC
        ),
    ),
    Spec(
        phi=True,
        category="SAE report to CRO (PDF)",
        notes="Hard positive: Serious adverse event form in a PDF: subject number with initials, full DOB, admission and discharge dates, diagnosis. Body is generic.",
        frm=NGOZI,
        to="Safety Desk <safety.reports@veridiancro.com>",
        cc=f"{QURESHI}",
        subject="ONC-4471 Site 112 - initial SAE report attached",
        body=(
            "Hello Safety team,\n\nPlease find the initial SAE report for site 112 attached. The PI has "
            "reviewed and signed. Follow-up with the discharge summary will go out once received from HIM.\n\n"
            "Thanks,\nNgozi Eze, RN, OCN\nResearch Nurse, Oncology Clinical Trials\nMeridian UMC\n"
        ),
        atts=(
            Att(
                "ONC-4471_112-0047_SAE_initial.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN UNIVERSITY MEDICAL CENTER - SITE 112",
                        "SERIOUS ADVERSE EVENT REPORT - INITIAL",
                        "Protocol: ONC-4471  Sponsor: Halcyon Biotherapeutics",
                        "Subject: 112-0047   Initials: H-A-V   Date of birth: 06/11/1955   Sex: M",
                        "Event: Febrile neutropenia (CTCAE grade 4)",
                        "Onset: 11/01/2026   Hospital admission: 11/01/2026   Discharge: 11/05/2026",
                        "Seriousness: hospitalization",
                        "Last dose of study drug: 10/23/2026 (cycle 2 day 1)",
                        "Action taken: study drug held. Outcome: recovering.",
                        "Relatedness (PI): possibly related",
                        "Investigator: Farah Qureshi, MD",
                    ],
                    "SAE 112-0047",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="research pharmacy dispensing log (CSV)",
        notes="Hard positive: CSV of dispensing records: MRN, name and study kit numbers for an investigational product.",
        frm=TAMIKA,
        to=f"Ngozi Eze <ngozi.eze@{MUMC}>",
        subject="Dispensing log week of 11/2 for reconciliation",
        body=(
            "Ngozi - attached is last week's dispensing log for ONC-4471 and HF-2291 so you can match it "
            "against the visit logs before the monitor comes. Two kits were returned unopened, noted.\n\nT.\n"
        ),
        atts=(
            Att(
                "IDS_dispensing_2026-11-02.csv",
                "text/csv",
                "date,protocol,mrn,patient,kit,qty,dispensed_by\n"
                "2026-11-02,HF-2291,40077215,Brannigan Colleen,HF-K-33810,30 tabs,THollins\n"
                "2026-11-03,ONC-4471,40093318,Villalobos Hector,ONC-V-0914,1 vial,JPak\n"
                "2026-11-04,HF-2291,40121876,Okonkwo Chukwuemeka,HF-K-33827,30 tabs,THollins\n"
                "2026-11-05,ONC-4471,40108842,Sandoval Renata,ONC-V-0921,1 vial,THollins\n"
                "2026-11-06,HF-2291,40130055,Greenlaw Martin,HF-K-33829 (returned unopened),0,JPak\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="screening log workbook to PI",
        notes="Multi-sheet XLSX: screened patients with names, MRNs, eGFR and screen-failure reasons; enrolled sheet with consent dates.",
        frm=PRIYA,
        to=HALVORSEN,
        subject="HF-2291 screening log - updated thru 11/6",
        body=(
            "Dr. H,\n\nUpdated screening log attached. 3 screen fails this week (2 on renal function, 1 "
            "declined). Enrolled tab has the two new randomizations. We are at 14 of 20 for the site.\n"
            + SIG_CRC
        ),
        atts=(
            Att(
                "HF-2291_screening_log_2026-11-06.xlsx",
                XLSX,
                xlsx(
                    {
                        "Screened": [
                            ["Screen #", "MRN", "Name", "Age", "EF %", "eGFR", "Outcome", "Reason"],
                            [
                                "S-061",
                                "40131490",
                                "Pruitt, Dolores",
                                71,
                                28,
                                24,
                                "Screen fail",
                                "eGFR < 30",
                            ],
                            ["S-062", "40112960", "Abernathy, Desmond", 69, 30, 41, "Eligible", ""],
                            [
                                "S-063",
                                "40128833",
                                "Tran, Hieu Van",
                                64,
                                33,
                                27,
                                "Screen fail",
                                "eGFR < 30",
                            ],
                            [
                                "S-064",
                                "40135207",
                                "Whitfield, Jerome",
                                58,
                                25,
                                66,
                                "Declined",
                                "travel distance",
                            ],
                        ],
                        "Enrolled": [
                            ["Subject", "MRN", "Name", "Consent date", "Randomized"],
                            [
                                "2291-013",
                                "40112960",
                                "Abernathy, Desmond",
                                "2026-11-03",
                                "2026-11-05",
                            ],
                            [
                                "2291-014",
                                "40077215",
                                "Brannigan, Colleen",
                                "2026-10-20",
                                "2026-11-04",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="calendar invite for infusion visit",
        notes="Hard positive: ICS invite to infusion nurses with patient name, MRN and cycle 3 infusion of a study drug.",
        frm=NGOZI,
        to=f"Infusion Center Charge <infusion.charge@{MUMC}>",
        subject="Chair request: cycle 3 study infusion",
        body="Chair booked for the study infusion below. Research pharmacy will send the bag up. -Ngozi\n",
        ics=(
            "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
            "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:h20-infusion-0412@meridianumc.edu\r\nDTSTAMP:20261106T170000Z\r\n"
            "DTSTART:20261113T150000Z\r\nDTEND:20261113T190000Z\r\n"
            "SUMMARY:ONC-4471 C3D1 - Renata Sandoval (MRN 40108842)\r\n"
            "LOCATION:Infusion Center chair 14\r\n"
            "DESCRIPTION:Cycle 3 day 1 study infusion. Premedicate with diphenhydramine 25 mg IV and "
            "acetaminophen 650 mg PO. PK draws pre-dose and end of infusion. Grade 2 infusion reaction "
            "at C2 - run at 50% rate first 30 min.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="inpatient study participant med change note",
        notes="Hard positive: only 'Mrs. K' with a room number, a study number and a steroid start; quiet internal follow-up.",
        frm=QURESHI,
        to=NGOZI,
        subject="re: Mrs. K",
        body=(
            "Ngozi,\n\nFollowing up from rounds - Mrs. K in 7 North room 712 was started on dexamethasone "
            "8 mg BID last night for the brain mets edema. That's a prohibited con-med window for 4471 so "
            "please hold C4 and let the medical monitor know. I'll document the deviation risk in her note.\n\n"
            "FQ\n\nSent from my iPhone\n"
        ),
    ),
    Spec(
        phi=True,
        category="re-consent reminder, PHI in subject only",
        notes="Hard positive: the subject line carries name, MRN and oncology-trial re-consent; body has no identifier.",
        frm=MIGUEL,
        to=f"Oncology CRC team <onc-crc@{MUMC}>",
        subject="Wei Liang MRN 40096621 - re-consent to ONC-4471 amendment 4 before C5",
        body=(
            "Team,\n\nAmendment 4 ICF (v6.0, IRB approved 10/30) needs to be signed at the next visit, "
            "before any study procedures. Please use the new version from the regulatory binder, not the "
            "one saved in the shared drive.\n\nMiguel Ocampo\nRegulatory Coordinator, Clinical Research Office\n"
        ),
    ),
    Spec(
        phi=True,
        category="participant stipend payment list",
        notes="Hard positive: finance request listing participants' names, subject ids and completed visits in a depression treatment trial.",
        frm=f"Rosalind Achterberg <rachterberg@{MUMC}>",
        to=f"Research Finance <research-finance@{MUMC}>",
        subject="ClinCard reloads - PSY-3307 (esketamine TRD study)",
        body=(
            "Hi Finance,\n\nPlease load the following ClinCards for visits completed last week on PSY-3307, "
            "our treatment-resistant depression study. Amounts per the IRB-approved payment schedule.\n\n"
            "  Subject 3307-021  Keisha Mbatha       Week 4 dosing visit    $75.00\n"
            "  Subject 3307-024  Aaron Feldstein      Week 2 dosing visit    $75.00\n"
            "  Subject 3307-026  Marisol Quintanilla  Screening + MRI        $100.00\n\n"
            "Total $250.00, cost center 41-2207.\n\nThanks!\nRosalind\nResearch Program Assistant, Psychiatry Research\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded participant email about side effects",
        notes="Coordinator forwards a participant's own email (message/rfc822) describing rash and swelling on the study drug; name and phone inside.",
        frm=PRIYA,
        to=HALVORSEN,
        subject="FW: question about the new pills",
        body=(
            "Dr. Halvorsen - see below from one of our HF-2291 participants. Sounds like possible angioedema? "
            "I told him to stop the study drug and go to the ED if his lips or tongue swell further. Can you call "
            "him today?\n\nPriya\n"
        ),
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Martin Greenlaw <mgreenlaw.omaha@yahoo.com>",
            to=PRIYA,
            subject="question about the new pills",
            body=(
                "Hi Priya,\n\nSince Tuesday I've had a red itchy rash on both arms and this morning my "
                "upper lip is puffy. Is this from the study medicine? I'm still taking it twice a day. "
                "My cell is 402-555-0172.\n\nMartin Greenlaw\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="EHR pre-screen FHIR bundle",
        notes="Hard positive: FHIR Bundle attachment with patient name, MRN, DOB, address and heart-failure diagnosis; body only refers to the file.",
        frm=LINA,
        to=PRIYA,
        subject="Pre-screen candidate from the EHR query",
        body=(
            "Priya,\n\nThe Epic cohort query flagged one new candidate for HF-2291 this week. Bundle attached "
            "(Patient + Condition + latest echo). Cardiology attending has been notified per our "
            "pre-screening process.\n\nLi Na\nResearch Data Manager, CRO Informatics\n"
        ),
        atts=(Att("prescreen_HF2291_2026-11-09.json", "application/fhir+json", FHIR_PRESCREEN),),
    ),
    Spec(
        phi=True,
        category="HL7 lab result forwarded to research lab",
        notes="Hard positive: HL7 v2 ORU with a participant's name, MRN, DOB, address and critical potassium/creatinine values.",
        frm=NGOZI,
        to=f"CRU Lab <cru-lab@{MUMC}>",
        subject="Week 8 safety labs - copy for the study shadow chart",
        body="Attached is the ORU for this morning's draw, please file in the shadow chart. K+ was called to me.\n",
        atts=(Att("ORU_LAB88310247.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="reply to participant's daughter",
        notes="Coordinator replies to a daughter's hotmail about her father's confusion after a study infusion; first name, study and symptoms.",
        frm=NGOZI,
        to="Lucia Villalobos <lucia.villalobos@hotmail.com>",
        subject="RE: my dad after the infusion",
        body=(
            "Hi Lucia,\n\nThank you for letting us know. Confusion is not something we expect with the study "
            "treatment, and with his low counts last cycle I'd like him to be checked today. Please bring "
            "Hector to the Meridian Emergency Department and tell them he is on a clinical trial - his "
            "wallet card has our 24-hour number. I've let Dr. Qureshi know.\n\n"
            "Ngozi Eze, RN\nOncology Clinical Trials\n\n"
            "-----Original Message-----\nFrom: Lucia Villalobos <lucia.villalobos@hotmail.com>\n"
            "Sent: Monday, November 9, 2026 6:52 AM\nTo: Eze, Ngozi\nSubject: my dad after the infusion\n\n"
            "> Hi, this is Hector's daughter. Since yesterday he's been mixing up words and\n"
            "> sleeping a lot. Is that normal after the trial medicine? Thanks, Lucia\n"
        ),
    ),
    Spec(
        phi=True,
        category="injection-site photo, name in file name",
        notes="Hard positive: PNG photo whose file name carries participant name and 'injection site day 3'; the body has no identifier.",
        frm=f"Jasper Pak <jpak@{MUMC}>",
        to=f"Dermatology Research <derm-research@{MUMC}>",
        subject="photo for the day 3 assessment",
        body="Attached for the blinded assessor. Same lighting and ruler as baseline.\n\nJasper\n",
        atts=(
            Att("Diallo_Aminata_injection_site_day3.png", "image/png", png(6, 6, (214, 160, 140))),
        ),
    ),
    Spec(
        phi=True,
        category="protocol deviation report with initials and DOB",
        notes="Hard positive: IRB deviation report identifying the participant by initials plus full date of birth and visit date.",
        frm=MIGUEL,
        to=f"IRB Reportable Events <irb-events@{MUMC}>",
        subject="Reportable deviation - IRB #2024-1187 (PI Halvorsen)",
        body=(
            "Protocol deviation report\n\n"
            "IRB #: 2024-1187  Protocol: HF-2291\n"
            "Participant: J.M.P., DOB 03/14/1958, subject 2291-006\n"
            "Date of deviation: 10/29/2026\n"
            "Description: Week 8 dose of study drug taken 4 days outside the protocol window because the "
            "participant was hospitalized at an outside facility for a COPD exacerbation.\n"
            "Corrective action: Staff re-trained on window calculation; participant continues in study.\n\n"
            "Miguel Ocampo\n"
        ),
    ),
    Spec(
        phi=True,
        category="participant transfer to another site",
        notes="Chatty coordinator-to-coordinator mail about moving a named participant to a partner site, with phone and condition.",
        frm=PRIYA,
        to="Danielle Whitcomb <dwhitcomb@stlukesresearch.org>",
        subject="transferring one of our HF-2291 folks to you",
        body=(
            "Hi Danielle!\n\nHope Lincoln is treating you well. As we discussed at the investigator meeting, "
            "Colleen Brannigan (our 2291-014) is moving to Lincoln next month to be near her son, so she'd "
            "like to continue at your site. She's on Week 8, tolerating study drug, but her creatinine bumped "
            "to 2.1 last week so keep an eye on renal. Her cell is 402-555-0149 and she prefers afternoons.\n\n"
            "I'll send the transfer packet through the sponsor portal once the CRA signs off."
            + SIG_CRC
        ),
    ),
    Spec(
        phi=True,
        category="recruitment list from EHR query (XLSX)",
        notes="XLSX of potential participants with names, phones, MRNs and HbA1c values for a diabetes trial outreach.",
        frm=LINA,
        to=f"Diabetes CRC <diabetes-crc@{MUMC}>",
        subject="Outreach list for DM-5120 (approved under partial waiver)",
        body=(
            "Attached is the outreach list for DM-5120 per IRB partial waiver of authorization for recruitment. "
            "Please contact only through the approved letter/phone script.\n\nLi Na\n"
        ),
        atts=(
            Att(
                "DM5120_outreach.xlsx",
                XLSX,
                xlsx(
                    {
                        "Outreach": [
                            ["MRN", "Name", "Phone", "Last HbA1c", "A1c date", "PCP"],
                            [
                                "40140012",
                                "Yusuf Adeyemi",
                                "402-555-0114",
                                9.4,
                                "2026-09-12",
                                "Dr. S. Kowalczyk",
                            ],
                            [
                                "40140377",
                                "Brenda Szymanski",
                                "402-555-0125",
                                8.8,
                                "2026-08-30",
                                "Dr. S. Kowalczyk",
                            ],
                            [
                                "40140518",
                                "Raúl Echeverría",
                                "402-555-0136",
                                10.1,
                                "2026-10-02",
                                "Dr. P. Nandakumar",
                            ],
                        ]
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="monitor source-document package (ZIP)",
        notes="Hard positive: ZIP with a progress note and con-med list for a participant, named in both; mail to the sponsor's CRA.",
        frm=NGOZI,
        to="Owen Carrick <owen.carrick@veridiancro.com>",
        subject="Certified copies for remote SDV - 112-0047",
        body=(
            "Owen,\n\nAs requested for remote SDV, certified copies of the C2 source documents are in the "
            "zip. Please delete after review per our remote monitoring agreement.\n\nNgozi\n"
        ),
        atts=(
            Att(
                "112-0047_C2_source.zip",
                "application/zip",
                zipped(
                    {
                        "progress_note_2026-10-23.txt": (
                            "MERIDIAN UMC ONCOLOGY - PROGRESS NOTE\n"
                            "Patient: Villalobos, Hector  MRN 40093318  DOB 06/11/1955\n"
                            "Seen for C2D1 ONC-4471. Fatigue grade 1, no neuropathy. ECOG 1.\n"
                            "Labs OK to treat: ANC 2.3, plt 188. Proceed with study drug.\n"
                            "Signed: Farah Qureshi, MD\n"
                        ),
                        "conmeds_2026-10-23.txt": (
                            "Villalobos, Hector - concomitant medications\n"
                            "amlodipine 5 mg daily; metformin 500 mg BID; ondansetron 8 mg PRN\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="discharge summary (C-CDA) for SAE follow-up",
        notes="Hard positive: C-CDA discharge summary with patient name, MRN, DOB, address and febrile neutropenia admission sent to the sponsor safety desk.",
        frm=NGOZI,
        to="Safety Desk <safety.reports@veridiancro.com>",
        subject="ONC-4471 Site 112 SAE follow-up #1 - discharge summary",
        body=(
            "Follow-up #1 for the site 112 febrile neutropenia SAE: discharge summary attached. Please note "
            "HIM could not redact the CDA, please restrict access accordingly.\n\nNgozi Eze, RN\n"
        ),
        atts=(Att("DS-2026-118842.xml", "application/xml", CCDA_SAE),),
    ),
]
