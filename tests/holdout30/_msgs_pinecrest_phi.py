"""Pinecrest Neurology & Sleep: outbound mail that carries PHI."""

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import CMC, EAF, PNS, Att, Spec

HL7_EEG = (
    "MSH|^~\\&|PNS_EEG|PINECREST|EPIC|VALLEYMED|20261110143000||ORU^R01|EEG2611100417|P|2.5.1\r"
    "PID|1||PN-0448172^^^PNS^MR||OKAFOR^CHIDINMA^A||19910314|F|||2214 NE 58TH ST^^SEATTLE^WA^98105"
    "||(206)555-0183\r"
    "OBR|1||EEG-26-1187|95816^EEG AWAKE AND DROWSY^CPT|||20261109093000\r"
    "OBX|1|TX|EEGIMP^Impression||Abnormal routine EEG: intermittent left temporal sharp waves, "
    "consistent with focal epilepsy (G40.109).||||||F\r"
)

FHIR_MED = """{
  "resourceType": "MedicationRequest",
  "id": "pns-mr-88213",
  "status": "active",
  "intent": "order",
  "medicationCodeableConcept": {"text": "ocrelizumab 600 mg IV every 6 months"},
  "subject": {"reference": "Patient/pns-20417", "display": "Tomasz Wierzbicki"},
  "authoredOn": "2026-11-10",
  "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm",
    "code": "G35", "display": "Multiple sclerosis"}]}],
  "note": [{"text": "DOB 1984-02-27. JCV antibody index 0.31 (10/2026). Next infusion 11/24."}]
}
"""

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="EEG result HL7 to referring hospital",
        notes="HL7 ORU with patient name, DOB, address and EEG impression; body is generic.",
        frm=f"EEG Lab <eeglab@{PNS}>",
        to="interfaces@valleymedcenter.org",
        subject="ORU batch 11/10 - 1 result",
        body="Attached is today's EEG result file for your inbound queue.\n\nPinecrest EEG Lab\n",
        atts=(Att("ORU_20261110_1.hl7", "application/hl7-v2", HL7_EEG),),
    ),
    Spec(
        phi=True,
        category="MS infusion order FHIR to infusion pharmacy",
        notes=(
            "FHIR MedicationRequest naming the patient, MS diagnosis, DOB and next infusion date."
        ),
        frm=f"Renata Ochoa <rochoa@{PNS}>",
        to="intake@northsoundinfusion.com",
        subject="Ocrevus reorder",
        body=(
            "Hi team,\n\nRenewal order attached as FHIR. Please confirm receipt and the chair "
            "booking.\n\nRenata Ochoa, RN\nInfusion Coordinator | Pinecrest Neurology & Sleep\n"
        ),
        atts=(Att("MedicationRequest_pns-mr-88213.json", "application/fhir+json", FHIR_MED),),
    ),
    Spec(
        phi=True,
        category="sleep study result to patient personal email",
        notes="Patient name, home study result (AHI) and CPAP plan sent to a gmail address.",
        frm=f"Sleep Lab <sleeplab@{PNS}>",
        to="darnell.whitaker78@gmail.com",
        subject="Your home sleep test",
        body=(
            "Hi Darnell,\n\nDr. Feld reviewed your home sleep test from November 4. Your AHI was "
            "27 events per hour, which is moderate obstructive sleep apnea. She recommends "
            "starting auto-CPAP 5-15 cm H2O. Apria will call you to set up the machine and mask "
            "fitting.\n\nPlease call us at 425-555-0140 with questions.\n\nPinecrest Sleep Lab\n"
        ),
    ),
    Spec(
        phi=True,
        category="headache clinic Botox prior auth",
        notes="Member id, name, DOB, chronic migraine code and prior treatments to a health plan.",
        frm=f"Priya Raman <praman@{PNS}>",
        to="pa-requests@cascadiahealthplan.com",
        subject="PA request - onabotulinumtoxinA - Ref 26-4471",
        body=(
            "Prior authorization request\n\n"
            "Member: Leilani Kahale\nMember ID: CHP88410273\nDOB: 06/19/1987\n"
            "Diagnosis: G43.709 chronic migraine without aura, not intractable\n"
            "Requested: J0585 onabotulinumtoxinA 155 units, CPT 64615, every 12 weeks\n"
            "Failed preventives: topiramate 100 mg (paresthesias), propranolol 80 mg (fatigue), "
            "amitriptyline 25 mg (no benefit)\nHeadache days: 22/month (diary attached on "
            "request)\n\n"
            "Ordering: Dr. Mei-Ling Chou, NPI 1901152409\n\n"
            "Priya Raman\nPrior Authorization Specialist\n"
        ),
    ),
    Spec(
        phi=True,
        category="seizure action plan to school nurse",
        notes="Student's name, seizure type and rescue medication to a school district address.",
        frm=f"Dr. Hamid Sadeghi <hsadeghi@{PNS}>",
        to="nurse.office@edmonds.wednet.edu",
        cc=f"records@{PNS}",
        subject="Seizure action plan - Aiden Holloway",
        body=(
            "Hello,\n\nAs requested by Aiden's mother, attached is his updated seizure action "
            "plan.\n\nSummary: absence seizures, now also rare generalized tonic-clonic events. "
            "Levetiracetam was increased to 750 mg twice daily on 11/6. For a convulsive seizure "
            "over 5 minutes give Valtoco 10 mg intranasal and call 911.\n\n"
            "Hamid Sadeghi, MD\nPediatric Epilepsy\n"
        ),
        atts=(
            Att(
                "Holloway_Aiden_seizure_plan.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "SEIZURE ACTION PLAN",
                        "Student: Aiden Holloway   DOB: 03/02/2015   Grade 6",
                        "Seizure type: absence; rare generalized tonic-clonic",
                        "Daily medication: levetiracetam 750 mg BID (home)",
                        "Rescue: diazepam nasal (Valtoco) 10 mg after 5 minutes",
                        "Parent: Kendra Holloway 425-555-0117",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject-only PHI no-show note",
        notes="Hard positive: the subject alone names the patient and the missed EEG; body bland.",
        frm=f"Front Desk <frontdesk@{PNS}>",
        to=f"scheduling@{PNS}",
        subject="Fwd: Marguerite Ellison no-show 48h ambulatory EEG setup today",
        body="Can you call her to rebook? Thanks\n",
    ),
    Spec(
        phi=True,
        category="roster with initials and DOB",
        notes="Hard positive: infusion chair roster with initials, DOB and drug per patient (CSV).",
        frm=f"Renata Ochoa <rochoa@{PNS}>",
        to="chairs@northsoundinfusion.com",
        subject="Chair list week of 11/16",
        body="Attached is next week's list. Two new starts on Tuesday.\n\nRenata\n",
        atts=(
            Att(
                "chairs_1116.csv",
                "text/csv",
                "day,initials,dob,drug,dose,notes\r\n"
                "Mon,T.W.,02/27/1984,ocrelizumab,600 mg,premed\r\n"
                "Mon,A.R.,11/30/1979,natalizumab,300 mg,TOUCH checked\r\n"
                "Tue,J.P.,07/08/1992,ocrelizumab,300 mg,NEW START dose 1\r\n"
                "Tue,S.B.,01/15/1968,IVIG,2 g/kg,CIDP\r\n"
                "Thu,M.O.,09/21/1990,natalizumab,300 mg,\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="relative gmail first name plus diagnosis",
        notes=(
            "Hard positive: nurse to a patient's husband (gmail) about 'Lena' and her MS relapse "
            "steroids."
        ),
        frm=f"Carla Benedetti <cbenedetti@{PNS}>",
        to="mark.sorensen.home@gmail.com",
        subject="re: Lena this week",
        body=(
            "Hi Mark,\n\nThanks for letting us know. Since Lena's new numbness started Sunday, Dr. "
            "Chou wants her to start the 3-day course of IV methylprednisolone for the relapse. "
            "We have her in chair 4 Wednesday at 10. Please bring her med list.\n\nCarla\n\n"
            "> On Mon, Mark wrote:\n> Lena's leg is numb again and she's wobbly. Is this the MS?\n"
        ),
    ),
    Spec(
        phi=True,
        category="DMV driving clearance letter",
        notes="Licence number, name and seizure-free interval to a state licensing agency.",
        frm=f"Dr. Mei-Ling Chou <mchou@{PNS}>",
        to="medicalreview@dol.wa.gov",
        subject="Medical report - driver license WDL8K2P4Q7ZT",
        body=(
            "To the Medical Review Unit,\n\nRe: Gabriel Fontaine, DOB 10/05/1976, license "
            "WDL8K2P4Q7ZT.\n\nMr. Fontaine has focal epilepsy controlled on lacosamide 200 mg "
            "BID. His last seizure was April 2, 2026. Under state guidance he meets the "
            "6-month seizure-free interval. I support reinstatement.\n\nMei-Ling Chou, MD\n"
        ),
    ),
    Spec(
        phi=True,
        category="XLSX claim lines to billing vendor",
        notes=(
            "Hard positive: multi-sheet workbook of member ids with CPT claim lines; body says "
            "only 'denials'."
        ),
        frm=f"Billing <billing@{PNS}>",
        to="denials@medrevpartners.com",
        subject="Nov denials workbook",
        body=(
            "Hi Jorge, the workbook for November is attached. Sheet 2 are the EEG ones.\n\n- Tam\n"
        ),
        atts=(
            Att(
                "PNS_denials_2026-11.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Infusion": [
                            ["Member ID", "Patient", "DOS", "CPT", "ICD-10", "Denial"],
                            [
                                "PRM440217893",
                                "Wierzbicki, T",
                                "2026-10-13",
                                "J2350",
                                "G35",
                                "CO-197",
                            ],
                            ["UHC920041176", "Reyes, Alma", "2026-10-20", "J2323", "G35", "CO-50"],
                        ],
                        "EEG": [
                            ["Member ID", "Patient", "DOS", "CPT", "ICD-10", "Denial"],
                            [
                                "MLW00388214",
                                "Nakamura, Kenji",
                                "2026-10-02",
                                "95700",
                                "R56.9",
                                "CO-16",
                            ],
                            [
                                "CHP88410991",
                                "Boateng, Efua",
                                "2026-10-09",
                                "95816",
                                "G40.909",
                                "CO-4",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only appointment reminder",
        notes="HTML-only reminder to a patient's yahoo address for an MS infusion appointment.",
        frm=f"Pinecrest Neurology <reminders@{PNS}>",
        to="yolanda.price62@yahoo.com",
        subject="Appointment reminder",
        body="",
        html=(
            "<html><body><p>Dear Yolanda Price,</p><p>This is a reminder of your "
            "<b>Ocrevus infusion</b> on <b>Tuesday, November 17 at 8:30 AM</b> at our Lynnwood "
            "infusion suite. Plan for 4 hours. Please take your acetaminophen and cetirizine "
            "premeds at home.</p><p>Pinecrest Neurology &amp; Sleep &middot; 425-555-0100</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="referral letter PDF to memory clinic",
        notes=(
            "PDF referral letter naming the patient, cognitive decline and MoCA to a partner "
            "clinic."
        ),
        frm=f"Dr. Oluwaseun Adeyemi <oadeyemi@{PNS}>",
        to=f"referrals@{CMC}",
        subject="Referral for dementia evaluation",
        body="Please see the attached referral. Happy to discuss.\n\nSeun Adeyemi, MD\n",
        atts=(
            Att(
                "referral_Castellanos.pdf",
                "application/pdf",
                pdf(
                    [
                        "PINECREST NEUROLOGY & SLEEP",
                        "Referral to Cascade Memory Clinic",
                        "Patient: Rafael Castellanos  DOB 08/14/1949  MRN PN-0312554",
                        "Reason: progressive short-term memory loss over 18 months",
                        "MoCA 19/30 on 11/03/2026; MRI brain: moderate hippocampal atrophy",
                        "Requests: neuropsych testing, amyloid PET eligibility",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Mrs. K style follow-up to care home",
        notes="Hard positive: 'Mr. D' at a named AFH with room number and a med change.",
        frm=f"Dr. Hamid Sadeghi <hsadeghi@{PNS}>",
        to=f"maplehouse@{EAF}",
        subject="Mr. D - med change",
        body=(
            "Hi Joy,\n\nFollowing up on Mr. D in room 3 at Maple House: after yesterday's "
            "breakthrough seizure please increase his lamotrigine to 150 mg twice daily starting "
            "tonight, and keep the seizure log. New script sent to Bartell's.\n\nDr. Sadeghi\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient portal complaint",
        notes=(
            "Forwarded rfc822 thread: patient names herself, her narcolepsy meds and a billing "
            "dispute."
        ),
        frm=f"Practice Manager <dgrant@{PNS}>",
        to="support@relaypaymentsolutions.com",
        subject="FW: billing question",
        body="Deb here - can you look at this payment? Forwarding her message.\n",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Hannah Lindqvist <hlindqvist@outlook.com>",
            to=f"billing@{PNS}",
            subject="charged twice",
            body=(
                "Hello, I'm Hannah Lindqvist, I see Dr. Feld for narcolepsy. My card was charged "
                "$85 twice for the 10/28 MSLT follow-up and the Xywav copay. Account 40099217. "
                "Please refund one.\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ICS invite for patient EEG",
        notes=(
            "Hard positive: calendar invite to tech staff and patient, patient name in the summary."
        ),
        frm=f"Scheduling <scheduling@{PNS}>",
        to="bcolfax.52@icloud.com",
        cc=f"eegtech@{PNS}",
        subject="Invitation: Sleep-deprived EEG",
        body="You have been invited to: Sleep-deprived EEG, Nov 12 7:00 AM.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pinecrest//Sched//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:pns-eeg-77102@pinecrestneuro.com\r\nDTSTAMP:20261109T160000Z\r\n"
            "DTSTART:20261112T150000Z\r\nDTEND:20261112T170000Z\r\n"
            "SUMMARY:Sleep-deprived EEG - Brandon Colfax (new onset seizure)\r\n"
            "DESCRIPTION:Stay up after 2 AM. No caffeine. Bring a driver.\r\n"
            "LOCATION:Pinecrest EEG room 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of sleep study reports",
        notes="Hard positive: zip of PSG reports for a DME company, names only inside the zip.",
        frm=f"Sleep Lab <sleeplab@{PNS}>",
        to="orders@pugetrespiratory.com",
        subject="PSG packets (3)",
        body=(
            "Three titration packets for CPAP setup, as discussed. Thanks!\n"
            "\n--\nPinecrest Neurology & Sleep | 19800 44th Ave W, Lynnwood WA\n"
            "This message is intended only for the addressee and may contain information that "
            "is privileged and confidential under HIPAA. If you are not the intended recipient, "
            "do not read, copy or forward it; notify us at 425-555-0100.\n"
        ),
        atts=(
            Att(
                "psg_packets_1110.zip",
                "application/zip",
                zipped(
                    {
                        "Nguyen_Bao_PSG.txt": (
                            "Patient: Bao Nguyen DOB 05/11/1963\nSplit night PSG 11/02/2026: AHI "
                            "41, nadir SpO2 79%. CPAP 11 cm H2O.\n"
                        ),
                        "Ferreira_Luisa_PSG.txt": (
                            "Patient: Luisa Ferreira DOB 12/01/1958\nTitration 11/05/2026: BiPAP "
                            "16/12 resolves events.\n"
                        ),
                        "Osei_Kwame_PSG.txt": (
                            "Patient: Kwame Osei DOB 03/27/1971\nTitration 11/06/2026: CPAP 9 cm "
                            "H2O, AHI 3 at optimal pressure.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="file-name-only PHI",
        notes=(
            "Hard positive: only the attachment file name carries the patient's name and VNS check."
        ),
        frm=f"Dr. Hamid Sadeghi <hsadeghi@{PNS}>",
        to="fieldclinical@livanova-rep.com",
        subject="interrogation printout",
        body=(
            "Here is the printout from this morning, let me know what you think of the settings.\n"
        ),
        atts=(
            Att(
                "Tran_Minh_VNS_interrogation_2026-11-10.txt",
                "text/plain",
                "Output 1.75 mA  Freq 20 Hz  PW 250 us  On 30 s  Off 5 min\nImpedance OK  "
                "Battery >75%\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PNG photo of rash named file",
        notes="Photo of a patient's rash; name and drug in the file name, sent to dermatology.",
        frm=f"Carla Benedetti <cbenedetti@{PNS}>",
        to="consults@evergreenderm.com",
        subject="lamotrigine rash? photo",
        body="Can Dr. Kim look today? Started lamotrigine 3 weeks ago. Photo attached.\n",
        atts=(
            Att(
                "Wojcik_Anna_rash_lamotrigine_1110.png",
                "image/png",
                png(6, 6, (214, 120, 110)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA summary to PCP",
        notes="Hard positive: generic body, C-CDA document with name, DOB and MS diagnosis.",
        frm=f"Records <records@{PNS}>",
        to="hie@northsidefamilymed.com",
        subject="Visit summary",
        body="Continuity of care document attached.\n",
        atts=(
            Att(
                "ccd_pns_20417.xml",
                "application/xml",
                '<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>'
                "Continuity of Care Document</title><recordTarget><patientRole><id extension="
                '"PN-0204177"/><patient><name><given>Tomasz</given><family>Wierzbicki</family>'
                '</name><birthTime value="19840227"/></patient></patientRole></recordTarget>'
                "<component><section><title>Problems</title><text>Relapsing-remitting multiple "
                "sclerosis (G35), on ocrelizumab</text></section></component></ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 claim to clearinghouse",
        notes="Hard positive: bare X12 837P with subscriber name, member id and EEG procedure.",
        frm=f"Billing <billing@{PNS}>",
        to="edi@claimbridge-ch.com",
        subject="837P batch 1110",
        body="Batch attached, 1 claim.\n",
        atts=(
            Att(
                "PNS_837P_1110.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*PINECREST      *ZZ*CLAIMBRIDGE    "
                "*261110*1402*^*00501*000000417*0*P*:~"
                "GS*HC*PINECREST*CLAIMBRIDGE*20261110*1402*417*X*005010X222A1~ST*837*0001~"
                "NM1*85*2*PINECREST NEUROLOGY*****XX*1292311580~"
                "NM1*IL*1*NAKAMURA*KENJI****MI*MLW00388214~DMG*D8*19580412*M~"
                "CLM*PN2611100417*1450***11:B:1~HI*ABK:R569~SV1*HC:95700*1450*UN*1~SE*8*0001~GE*1*417~IEA*1*000000417~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML table of today's MS clinic to interpreter agency",
        notes="Hard positive: interpreter booking table with patient names and visit type only.",
        frm=f"Front Desk <frontdesk@{PNS}>",
        to="bookings@soundinterpreters.com",
        subject="Interpreter needs Thursday",
        body="",
        html=(
            "<p>Hi, please book for Thursday 11/12:</p><table border=1><tr><th>Time</th>"
            "<th>Patient</th><th>Language</th><th>Visit</th></tr><tr><td>9:00</td><td>Ho Thi Lan"
            "</td><td>Vietnamese</td><td>Epilepsy "
            "follow-up</td></tr><tr><td>10:30</td><td>Abdirahman "
            "Warsame</td><td>Somali</td><td>MS new patient</td></tr><tr><td>1:15</td><td>Olga "
            "Petrenko</td><td>Ukrainian</td><td>Headache - nerve block</td></tr></table>"
            "<p>Thanks, Front Desk</p>"
        ),
    ),
    Spec(
        phi=True,
        category="Medicare MBI eligibility to DME",
        notes="Medicare MBI and name for a CPAP order.",
        frm=f"Sleep Lab <sleeplab@{PNS}>",
        to="intake@pugetrespiratory.com",
        subject="CPAP order - Medicare",
        body=(
            "New CPAP order:\nName: Dorothy Abernathy\nMBI: 3TQ7-WE4-KN82\nDOB 01/30/1950\n"
            "Dx G47.33, AHI 18, auto-CPAP 6-14, full face mask medium.\nFace-to-face 11/03/2026.\n"
        ),
    ),
    Spec(
        phi=True,
        category="short nurse triage note to relative",
        notes="Hard positive: terse reply to a daughter's hotmail: mom's name plus Nurtec dosing.",
        frm=f"Nurse Line <nurseline@{PNS}>",
        to="tfaleolo@hotmail.com",
        subject="RE: mom's headache med",
        body=(
            "Hi Tasi - yes, Malia can take the Nurtec 75 mg today even though she took Tylenol "
            "this morning. Max one in 24h. - Jen RN\n"
        ),
    ),
    Spec(
        phi=True,
        category="TXT progress notes to attorney",
        notes=(
            "Records release to an attorney: TXT progress note with name, DOB and post-concussion "
            "care."
        ),
        frm=f"Records <records@{PNS}>",
        to="paralegal@hughesinjurylaw.com",
        subject="Records request #R-26-1192",
        body=(
            "Per the signed authorization on file, the requested notes are attached. Invoice to "
            "follow.\n"
        ),
        atts=(
            Att(
                "R-26-1192_notes.txt",
                "text/plain",
                "PINECREST NEUROLOGY & SLEEP - PROGRESS NOTE\nPatient: Desmond Achterberg  DOB "
                "09/09/1988\n"
                "Date: 10/21/2026  Provider: M. Chou MD\nPost-concussion syndrome after MVC "
                "8/2026. "
                "Daily headache, photophobia. Plan: amitriptyline 10 mg qhs, vestibular PT.\n",
            ),
        ),
    ),
]
