"""Susquehanna Sleep Diagnostics (sleep medicine laboratory): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

LAB = "Susquehanna Sleep Diagnostics <sleeplab@susquehannasleep.com>"
SIG = "\n\nSusquehanna Sleep Diagnostics\n480 Market St, 2nd floor, Lewisburg, PA 17837\n(570) 555-0140 | Fax (570) 555-0141"

HL7_SIU = (
    "MSH|^~\\&|SSD_SCHED|SUSQUEHANNA|NIGHTOWL|NOSCORE|20260412171002||SIU^S12|SSD-SIU-30918|P|2.5.1\r"
    "SCH|30918|30918|||||SPLIT^Split-night polysomnography|||480|min|^^480^20260415200000^20260416040000\r"
    "PID|1||SSD-774120^^^SSD^MR||Kettering^Douglas^A||19680412|M|||1190 Walnut Ln^^Milton^PA^17847||570-555-0173\r"
    "DG1|1||G47.33^Obstructive sleep apnea^I10\r"
    "AIL|1||BED3^^^SSD_LEWISBURG\r"
    "AIP|1||1948219930^Varga^Elise^^^^MD|ATTENDING\r"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
 <realmCode code="US"/>
 <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
 <templateId root="2.16.840.1.113883.10.20.22.1.14" extension="2015-08-01"/>
 <id root="2.16.840.1.113883.3.9921.7" extension="SSD-REF-55120"/>
 <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
 <title>Susquehanna Sleep Diagnostics - Referral for PAP therapy</title>
 <effectiveTime value="20260410"/>
 <recordTarget>
  <patientRole>
   <id root="2.16.840.1.113883.3.9921.7.1" extension="SSD-761403"/>
   <addr><streetAddressLine>27 Hickory Ridge Rd</streetAddressLine><city>Mifflinburg</city><state>PA</state><postalCode>17844</postalCode></addr>
   <telecom value="tel:+1-570-555-0167"/>
   <patient><name><given>Loretta</given><family>Shaffer</family></name><administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="19600527"/></patient>
  </patientRole>
 </recordTarget>
 <component><structuredBody>
  <component><section><title>Assessment</title><text>Severe obstructive sleep apnea, AHI 41.6/h, nadir SpO2 78% on diagnostic PSG 03/30/2026. BMI 36.</text></section></component>
  <component><section><title>Order</title><text>Auto-CPAP 6-14 cm H2O, heated humidifier, medium full-face mask. Dx G47.33. Length of need 99 months.</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="polysomnography report to referring physician",
        notes="PDF sleep study report to the referring practice naming the patient, DOB, AHI and diagnosis of severe obstructive sleep apnea.",
        frm=LAB,
        to="Dr. Kevin Ashworth <kashworth@buffalovalleyfamilypractice.com>",
        subject="Sleep study report",
        body="Dr. Ashworth,\n\nThe interpreted report for your patient's diagnostic study is attached. We recommend a titration study; our scheduler will contact him.\n\nElise Varga, MD\nMedical Director"
        + SIG,
        atts=(
            Att(
                "PSG_Report_SSD-758812.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUSQUEHANNA SLEEP DIAGNOSTICS - DIAGNOSTIC POLYSOMNOGRAPHY (95810)",
                        "Patient: Howard T. Liebold   DOB: 08/02/1963   MRN: SSD-758812",
                        "Study date: 04/06/2026   Referring: Kevin Ashworth, MD",
                        "Total sleep time 362 min, efficiency 78%. AHI 38.4/h (REM AHI 61.0/h). Nadir SpO2 79%.",
                        "Periodic limb movement index 4/h. No arrhythmia noted.",
                        "Impression: Severe obstructive sleep apnea (G47.33). Recommend CPAP titration.",
                        "Interpreting physician: Elise Varga, MD, D.ABSM",
                    ],
                    "Polysomnography report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 schedule message to outsourced scoring",
        notes="Hard positive: HL7 SIU message for a split-night study with the patient's name, MRN, DOB, address, phone and OSA diagnosis, attached for an interface test.",
        frm="IT Support <it@susquehannasleep.com>",
        to="integration@nightowlscoring.com",
        subject="SIU feed test - segment order question",
        body="Hi,\n\nHere is one SIU from Sunday's batch. Your parser rejects it because AIL comes after DG1. Is that configurable on your side?\n\nBen Yeager\nIT Support",
        atts=(Att("SSD-SIU-30918.hl7", "application/hl7-v2", HL7_SIU),),
    ),
    Spec(
        phi=True,
        category="C-CDA referral to DME supplier",
        notes="Hard positive: the body has only a referral number; the attached C-CDA names the patient with address, DOB, severe OSA and the CPAP order.",
        frm="Referrals <referrals@susquehannasleep.com>",
        to="intake@ridgelinehomemedical.com",
        subject="New PAP referral SSD-REF-55120",
        body="New PAP setup referral attached (C-CDA). Signed order and study are in the document. Please confirm setup date.\n\nReferrals Desk"
        + SIG,
        atts=(Att("SSD-REF-55120.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="study schedule workbook to scoring company",
        notes="Multi-sheet workbook to the outsourced scoring service listing patients, DOBs, study types and bed assignments.",
        frm="Night Operations <nightops@susquehannasleep.com>",
        to="scheduling@nightowlscoring.com",
        subject="Week of 4/13 studies for scoring",
        body="Attached are this week's studies by night and the home sleep tests returned. Please prioritize Wednesday's split nights.\n\nAlicia Tran, RPSGT\nNight Lead",
        atts=(
            Att(
                "SSD_studies_wk0413.xlsx",
                XLSX,
                xlsx(
                    {
                        "In-lab": [
                            ["Night", "Patient", "DOB", "MRN", "Study", "Bed"],
                            [
                                "2026-04-13",
                                "Brennan, Colleen",
                                "1974-01-09",
                                "SSD-770215",
                                "PSG 95810",
                                "1",
                            ],
                            [
                                "2026-04-13",
                                "Achebe, Tobias",
                                "1982-06-30",
                                "SSD-770381",
                                "MSLT 95805 next day",
                                "2",
                            ],
                            [
                                "2026-04-15",
                                "Kettering, Douglas",
                                "1968-04-12",
                                "SSD-774120",
                                "Split night 95811",
                                "3",
                            ],
                        ],
                        "HSAT": [
                            ["Patient", "DOB", "Device", "Returned"],
                            ["Ramos, Felix", "1959-03-17", "HST-14", "2026-04-10"],
                            ["Lindley, Maureen", "1971-11-25", "HST-09", "2026-04-11"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="texting-style incomplete study note",
        notes="Hard positive: short note naming a patient, bed and that his study had only two hours of data and needs rebooking.",
        frm="Alicia Tran <atran@susquehannasleep.com>",
        to="evarga@susquehannasleep.com",
        subject="bed 3",
        body="dr v - bed 3 Kowalczyk pulled his leads again at 1am, only ~2h usable, no REM. ok to rebook as split? he's very claustrophobic, maybe try HST instead\n\nAT",
    ),
    Spec(
        phi=True,
        category="hypoglossal nerve stimulator necessity letter",
        notes="Letter of medical necessity DOCX to a health plan with the member's name, member ID, CPAP intolerance and planned upper airway stimulation.",
        frm="Dr. Elise Varga <evarga@susquehannasleep.com>",
        to="medicalreview@centralpahealthplan.com",
        subject="Letter of medical necessity - upper airway stimulation",
        body="Please find the letter of medical necessity attached for the pending prior authorization (ref PA-26-118420).\n\nElise Varga, MD"
        + SIG,
        atts=(
            Att(
                "LMN_Petrakis_UAS.docx",
                DOCX,
                docx(
                    [
                        "SUSQUEHANNA SLEEP DIAGNOSTICS - LETTER OF MEDICAL NECESSITY",
                        "Member: Nicholas Petrakis   DOB 10/05/1976   Member ID CPH88214037",
                        "Mr. Petrakis has moderate-to-severe obstructive sleep apnea (AHI 32/h, 04/2025) and has failed CPAP despite three mask types and desensitization (average use 1.1 h/night).",
                        "Drug-induced sleep endoscopy on 02/18/2026 showed anteroposterior palatal collapse without complete concentric collapse. BMI 29.",
                        "I request approval of hypoglossal nerve stimulator implantation (CPT 64582).",
                        "Elise Varga, MD, Diplomate ABSM, NPI 1948219930",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="MSLT results with narcolepsy treatment plan",
        notes="MSLT results to the patient's neurologist naming her, her narcolepsy type 1 diagnosis and a sodium oxybate start with prescriber DEA.",
        frm="Dr. Elise Varga <evarga@susquehannasleep.com>",
        to="Dr. Samuel Oduya <soduya@geisingerneuroassoc.com>",
        subject="MSLT results - Ms. Ingrid Solvang",
        body="Sam,\n\nMs. Ingrid Solvang (DOB 04/22/1997) completed PSG/MSLT 4/7-4/8. Mean sleep latency 3.2 min with 4 SOREMPs in 5 naps; CSF not done, but with cataplexy history this is narcolepsy type 1 (G47.411).\n\nI am starting low-sodium oxybate 4.5 g nightly in divided doses and enrolled her in the REMS program. Prescriber: Elise Varga, MD, DEA FM4875742.\n\nHappy to co-manage.\n\nElise"
        + SIG,
    ),
    Spec(
        phi=True,
        category="home sleep test device return reminder",
        notes="Hard positive: reminder to the patient's hotmail to return his home sleep apnea test kit; the service itself reveals he is being tested for sleep apnea.",
        frm=LAB,
        to="bradley.schock@hotmail.com",
        subject="Please return your test kit",
        body="Hi Bradley,\n\nOur records show the home sleep apnea test we mailed on April 6 (kit HST-22) has not come back. Please put it in the prepaid envelope and drop it at any post office by Friday so Dr. Varga can read your results.\n\nThank you!"
        + SIG,
    ),
    Spec(
        phi=True,
        category="titration night calendar invite to patient",
        notes="Hard positive: calendar invite to the patient's aol mailbox for her CPAP titration night with her name in the event.",
        frm="Scheduling <schedule@susquehannasleep.com>",
        to="marge.hollenbach@aol.com",
        subject="Your overnight appointment",
        body="Dear Mrs. Hollenbach,\n\nYour overnight appointment is attached. Please bring comfortable sleepwear and your regular evening medications.\n\nScheduling",
        ics=(
            "BEGIN:VCALENDAR\r\nPRODID:-//Susquehanna Sleep//Scheduling//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:ssd-770566@susquehannasleep.com\r\nDTSTAMP:20260413T150000Z\r\n"
            "DTSTART:20260422T003000Z\r\nDTEND:20260422T110000Z\r\n"
            "SUMMARY:CPAP titration study - Marjorie Hollenbach\r\n"
            "LOCATION:Susquehanna Sleep Diagnostics\\, 480 Market St\\, Lewisburg\r\n"
            "DESCRIPTION:Arrive 8:30 PM. No caffeine after noon. Bring your mask if you already have one.\r\n"
            "ORGANIZER:mailto:schedule@susquehannasleep.com\r\nATTENDEE:mailto:marge.hollenbach@aol.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded insomnia therapy message to psychologist",
        notes="Hard positive: forward of a patient's message about CBT-I progress, panic attacks and sertraline to the psychologist's personal gmail.",
        frm="Front Desk <frontdesk@susquehannasleep.com>",
        to="drmeganpaulus@gmail.com",
        subject="Fwd: week 4 sleep diary",
        body="Dr. Paulus - this came in to the general box for you. Forwarding since you're working from home today.\n\nDeb",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Aaron Whitcomb <aaron.whitcomb@yahoo.com>",
            to="frontdesk@susquehannasleep.com",
            subject="week 4 sleep diary",
            body="For Dr. Paulus:\n\nWeek 4 of the insomnia program. Sleep efficiency up to 81% with the 12:30-6:00 window. I had two panic attacks at night on Tuesday and Wednesday though. Dr. Chen raised my sertraline to 100 mg last week, not sure if that's related. See you Thursday.\n\nAaron",
        ),
    ),
    Spec(
        phi=True,
        category="CPAP compliance letter for CDL medical examiner",
        notes="Compliance letter to a DOT medical examiner naming the driver, his OSA diagnosis and CPAP usage data.",
        frm="Dr. Elise Varga <evarga@susquehannasleep.com>",
        to="exams@valleyoccupationalhealth.com",
        subject="CPAP compliance - commercial driver",
        body="To the certifying medical examiner:\n\nMr. Wade Brubaker (DOB 12/01/1970, CDL PA 31 884 027) is treated for obstructive sleep apnea (baseline AHI 44/h). His CPAP download for 03/12-04/10/2026 shows use on 29 of 30 nights, 28 nights over 4 hours (93%), average 6 h 41 min, residual AHI 2.1/h.\n\nHe meets compliance criteria in my opinion.\n\nElise Varga, MD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="html-only results portal message",
        notes="Hard positive: HTML-only results message to the patient's gmail giving her name and moderate sleep apnea result.",
        frm=LAB,
        to="tessa.goodling@gmail.com",
        subject="Your sleep study results are ready",
        body="",
        html="<html><body><p>Hi Tessa,</p><p>Dr. Varga has reviewed your home sleep test from April 2.</p>"
        "<div style='border:1px solid #999;padding:8px'><b>Result:</b> moderate obstructive sleep apnea (AHI 21 events per hour), lowest oxygen 84%.</div>"
        "<p>Next step: we have sent an order for an auto-CPAP to Ridgeline Home Medical. They will call you within 3 business days.</p>"
        "<p>Susquehanna Sleep Diagnostics &middot; (570) 555-0140</p></body></html>",
    ),
    Spec(
        phi=True,
        category="school accommodation letter for child narcolepsy",
        notes="Hard positive: letter to a school nurse naming a student and stating he has narcolepsy and needs scheduled naps and a medication at school.",
        frm="Dr. Elise Varga <evarga@susquehannasleep.com>",
        to="nurse@lewisburgareaschools.org",
        subject="Accommodations for Ethan Park (grade 8)",
        body="Dear Nurse Fenstermacher,\n\nAt his parents' request: Ethan Park (DOB 07/14/2012) is my patient with narcolepsy. Please allow two scheduled 20-minute naps (after 3rd period and after lunch) and his noon dose of methylphenidate from the nurse's office. He should not be penalized for dozing in class.\n\nElise Varga, MD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="scoring batch CSV with DOB and ZIP no names",
        notes="Hard positive: CSV with no names but full birth dates, five-digit ZIP codes and study dates with AHI results; these identify the patients.",
        frm="Night Operations <nightops@susquehannasleep.com>",
        to="qa@nightowlscoring.com",
        subject="Inter-scorer reliability sample",
        body="As agreed, the ISR sample for March is attached. We dropped names; match on study ID.\n\nAlicia",
        atts=(
            Att(
                "isr_sample_march.csv",
                "text/csv",
                "study_id,dob,zip,study_date,study_type,ahi_ssd,ahi_nightowl\n"
                "SSD-P-4410,1955-09-03,17837,2026-03-03,PSG,27.4,25.9\n"
                "SSD-P-4428,1988-02-19,17844,2026-03-05,PSG,6.1,7.0\n"
                "SSD-P-4462,1949-12-30,17847,2026-03-11,SPLIT,52.8,49.3\n"
                "SSD-P-4475,2011-05-06,17856,2026-03-17,PEDS PSG,3.4,2.9\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization request with member ID",
        notes="Prior authorization request naming the member, member ID, symptoms and requested in-lab study.",
        frm="Authorizations <auth@susquehannasleep.com>",
        to="priorauth@centralpahealthplan.com",
        subject="PA request - attended polysomnography",
        body="Member: Denise Falcone\nMember ID: CPH77310562\nDOB: 03/08/1966\nRequested: 95810 attended PSG\nRendering: Susquehanna Sleep Diagnostics, NPI 1082462817\nClinical: loud snoring, witnessed apneas, Epworth 16, heart failure (EF 35%) - home testing not appropriate per policy.\n\nPlease fax determination to (570) 555-0141."
        + SIG,
    ),
    Spec(
        phi=True,
        category="sleep study balance email to patient",
        notes="Billing email to the patient's gmail naming him with his sleep study CPT code, insurer payment and balance.",
        frm="Billing <billing@susquehannasleep.com>",
        to="jmcclintock55@gmail.com",
        subject="Your balance with Susquehanna Sleep",
        body="Dear James McClintock,\n\nYour insurer processed the claim for your 03/24/2026 sleep study (95811, split-night polysomnography with CPAP). Allowed $1,180.00; plan paid $944.00; your deductible balance is $236.00 (account 22-40981).\n\nPay online at susquehannasleep.com/pay or call (570) 555-0143."
        + SIG,
    ),
    Spec(
        phi=True,
        category="payment receipt for sleep evaluation",
        notes="Hard positive: a simple receipt to the patient's yahoo mailbox; her name with payment for a sleep medicine consultation is PHI though no diagnosis appears.",
        frm="Billing <billing@susquehannasleep.com>",
        to="rosalind.eaker@yahoo.com",
        subject="Receipt #R-26-04418",
        body="Thank you, Rosalind Eaker.\n\nWe received your payment of $60.00 on 04/10/2026 for your new patient sleep medicine consultation on 04/03/2026 (copay).\n\nReceipt #R-26-04418 | Visa ending 4471"
        + SIG,
    ),
    Spec(
        phi=True,
        category="bed assignment whiteboard photo to manager",
        notes="Hard positive: body says only 'tonight's board'; the PNG file name lists patients' surnames with their study types.",
        frm="Alicia Tran <atran@susquehannasleep.com>",
        to="operations.manager@susquehannasleep.com",
        subject="tonight's board",
        body="photo of tonight's board so you can see the double-booking on bed 2",
        atts=(
            Att(
                "board_0414_Brennan-PSG_Achebe-MSLT_Kettering-split.png",
                "image/png",
                png(10, 6, (240, 240, 235)),
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="aggregate AHI statistics CSV",
        notes="Hard negative: CSV of monthly counts and mean AHI by study type; aggregate, no individual.",
        frm="Dr. Elise Varga <evarga@susquehannasleep.com>",
        to="qualitycommittee@susquehannasleep.com",
        subject="Q1 study volumes and AHI summary",
        body="Committee,\n\nQ1 summary attached. HSAT volume continues to rise; 22% of HSATs were technically inadequate, above our 15% target.\n\nElise",
        atts=(
            Att(
                "q1_2026_summary.csv",
                "text/csv",
                "month,study_type,studies,mean_ahi,pct_severe_osa,pct_inadequate\n"
                "2026-01,PSG,84,24.1,31,3\n2026-01,HSAT,112,18.7,19,21\n"
                "2026-02,PSG,79,22.8,29,4\n2026-02,HSAT,121,17.9,17,24\n"
                "2026-03,PSG,91,25.5,33,2\n2026-03,HSAT,130,19.2,20,22\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank Epworth questionnaire PDF",
        notes="Hard negative: blank Epworth Sleepiness Scale intake form with empty name and score fields.",
        frm=LAB,
        to="frontdesk@buffalovalleyfamilypractice.com",
        subject="Intake questionnaire for referrals",
        body="Please give the attached questionnaire to patients you refer so they can bring it to their first visit.\n\nThank you!"
        + SIG,
        atts=(
            Att(
                "SSD_Epworth_Intake.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUSQUEHANNA SLEEP DIAGNOSTICS - EPWORTH SLEEPINESS SCALE",
                        "Name: ___________________________   Date of birth: ____/____/______",
                        "How likely are you to doze off? 0 = never, 1 = slight, 2 = moderate, 3 = high",
                        "Sitting and reading ___   Watching TV ___   As a passenger in a car for an hour ___",
                        "Lying down in the afternoon ___   In a car stopped in traffic ___",
                        "Total score: ______",
                    ],
                    "Epworth intake form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="RPSGT study group handout",
        notes="Hard negative: study-group handout naming staff leaders beside sleep disorder topics; the disorders are exam topics.",
        frm="Alicia Tran <atran@susquehannasleep.com>",
        to="techs@susquehannasleep.com",
        subject="RPSGT study group - handout",
        body="Handout for Tuesday's study group attached. Bring your scoring manual.\n\nAlicia",
        atts=(
            Att(
                "RPSGT_study_group_week3.docx",
                DOCX,
                docx(
                    [
                        "Susquehanna Sleep Diagnostics - RPSGT study group, week 3",
                        "Leader: Alicia Tran, RPSGT - Central sleep apnea and Cheyne-Stokes breathing",
                        "Leader: Jordan Metz, RST - Periodic limb movements and restless legs syndrome",
                        "Leader: Priyanka Desai, CRT - Parasomnias and REM sleep behavior disorder",
                        "Practice questions 1-25 (hypothetical patients only).",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="technician staffing schedule workbook",
        notes="Hard negative: multi-sheet staff shift schedule with technician names and PTO; workforce data, no patients.",
        frm="Night Operations <nightops@susquehannasleep.com>",
        to="techs@susquehannasleep.com",
        subject="May schedule (final)",
        body="Final May schedule attached. Swaps go through me by the 25th.\n\nAlicia",
        atts=(
            Att(
                "SSD_tech_schedule_May2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Nights": [
                            ["Date", "Bed 1-2", "Bed 3-4", "Float"],
                            ["2026-05-04", "Jordan Metz", "Priyanka Desai", "Alicia Tran"],
                            ["2026-05-05", "Chris Olan", "Jordan Metz", "-"],
                            ["2026-05-06", "Priyanka Desai", "Chris Olan", "Alicia Tran"],
                        ],
                        "PTO": [
                            ["Tech", "Dates"],
                            ["Chris Olan", "May 18-22"],
                            ["Jordan Metz", "May 29"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified scoring training zip",
        notes="Hard negative: zip of synthetic practice epochs and an answer key for scorer training; no real patients.",
        frm="Alicia Tran <atran@susquehannasleep.com>",
        to="new.tech.cohort@susquehannasleep.com",
        subject="Scoring practice set 2",
        body="Practice set 2 attached: synthetic data generated by the vendor simulator, not real studies. Score it and compare with the key.\n\nAlicia",
        atts=(
            Att(
                "practice_set_2.zip",
                "application/zip",
                zipped(
                    {
                        "epochs_synthetic.csv": "epoch,stage_key,event_key\n1,W,\n2,N1,\n3,N2,hypopnea\n4,N2,\n5,N3,\n6,R,obstructive apnea\n",
                        "README.txt": "Synthetic training record SIM-02 from simulator. Not derived from any patient.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="AASM webinar calendar invite",
        notes="Calendar invite for a scoring-rules webinar; staff education, no patient.",
        frm="Education <education@susquehannasleep.com>",
        to="allstaff@susquehannasleep.com",
        subject="Webinar: scoring manual v3 changes",
        body="Group viewing in the conference room. CEC credits available.",
        ics=(
            "BEGIN:VCALENDAR\r\nPRODID:-//Susquehanna Sleep//Education//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:ssd-webinar-0430@susquehannasleep.com\r\nDTSTAMP:20260413T130000Z\r\n"
            "DTSTART:20260430T160000Z\r\nDTEND:20260430T170000Z\r\nSUMMARY:Webinar - scoring manual v3 changes (hypopnea rule)\r\n"
            "LOCATION:Conference room\\, 2nd floor\r\nORGANIZER:mailto:education@susquehannasleep.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="newsletter with aggregate chart image",
        notes="Hard negative: referrer newsletter with a PNG chart of aggregate wait times; no individual.",
        frm="Susquehanna Sleep Diagnostics <outreach@susquehannasleep.com>",
        to="referring-offices@susquehannasleep.com",
        subject="Referrer update: shorter waits for home sleep tests",
        body="Dear colleagues,\n\nAverage wait for a home sleep apnea test fell from 19 to 6 days this quarter (chart attached). In-lab PSG waits are 14 days. Referral forms are on our website.\n\nOutreach Team"
        + SIG,
        atts=(Att("wait_times_q1.png", "image/png", png(12, 8, (40, 90, 160))),),
    ),
    Spec(
        phi=False,
        category="sensor supply order to vendor",
        notes="Supply order for cannulas and belts to a vendor; no patient.",
        frm="Purchasing <purchasing@susquehannasleep.com>",
        to="orders@somnosupplyco.com",
        subject="Order - April restock",
        body="Please ship:\n\n- 200 nasal pressure cannulas, adult\n- 50 pediatric cannulas\n- 24 RIP belts, large\n- 10 boxes gold cup electrodes\n\nAccount SSD-1120. Thanks,\nPurchasing",
    ),
    Spec(
        phi=False,
        category="fall-risk safety policy text",
        notes="Hard negative: lab policy on fall risk and sedating medications during overnight studies; general, no individual.",
        frm="Operations <operations.manager@susquehannasleep.com>",
        to="techs@susquehannasleep.com",
        subject="Revised policy: overnight fall risk",
        body="Revised policy attached. Read and sign in the binder by May 1.",
        atts=(
            Att(
                "policy_fall_risk_rev3.txt",
                "text/plain",
                "SUSQUEHANNA SLEEP DIAGNOSTICS - POLICY OPS-14 rev 3: Overnight fall risk\n"
                "1. Screen every patient at check-in with the Morse scale.\n"
                "2. Patients who took a sedative-hypnotic get a bed alarm and escort to the bathroom.\n"
                "3. Patients over 75 or with neuropathy are escorted at all times after lights out.\n"
                "4. Report any fall to the medical director within 1 hour.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="drowsy driving community newsletter html-only",
        notes="Hard negative: HTML-only community newsletter about drowsy driving and sleep apnea symptoms sent to a general subscriber list.",
        frm="Susquehanna Sleep Diagnostics <outreach@susquehannasleep.com>",
        to="community-news@susquehannasleep.com",
        subject="Drowsy Driving Prevention Week",
        body="",
        html="<html><body><h2>Drowsy driving is impaired driving</h2><p>About 1 in 25 adult drivers report falling asleep at the wheel in the past month. Loud snoring, gasping at night and daytime sleepiness can be signs of sleep apnea.</p>"
        "<p>Take our free online sleepiness quiz or ask your doctor about a sleep evaluation.</p><p><a href='https://susquehannasleep.com/quiz'>Take the quiz</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="research study recruitment flyer to physicians",
        notes="Recruitment notice describing eligibility for an insomnia study; no individual.",
        frm="Research Office <research@susquehannasleep.com>",
        to="referring-offices@susquehannasleep.com",
        subject="Now enrolling: digital CBT-I study",
        body="We are enrolling adults 25-70 with chronic insomnia for a 10-week digital CBT-I study (IRB #2026-041). Exclusions: untreated sleep apnea, bipolar disorder, shift work. Participants receive up to $200. Refer by calling (570) 555-0147."
        + SIG,
    ),
    Spec(
        phi=False,
        category="referral template with placeholders",
        notes="Hard negative: referral email template with bracketed placeholders for name, DOB and diagnosis, no values filled in.",
        frm="Referrals <referrals@susquehannasleep.com>",
        to="frontdesk@buffalovalleyfamilypractice.com",
        subject="Template for e-referrals",
        body="You asked for a template for emailed referrals. Please send through our secure portal, not plain email:\n\nPatient name: [LAST, FIRST]\nDOB: [MM/DD/YYYY]\nInsurance / member ID: [ ]\nReason: [snoring / witnessed apnea / insomnia / EDS]\nStudy requested: [PSG 95810 | HSAT G0399 | consult]\nOrdering NPI: [ ]\n\nReferrals Desk"
        + SIG,
    ),
    Spec(
        phi=False,
        category="applicant reply to hotmail",
        notes="Hard negative: reply to a job applicant's hotmail about a night technician opening; no health information.",
        frm="Hiring <jobs@susquehannasleep.com>",
        to="jordyn.keefer@hotmail.com",
        subject="RE: night tech position",
        body="Hi Jordyn,\n\nThanks for your interest. The trainee position starts at $23/hour with a shift differential; we pay for RPSGT exam prep. Could you come in Thursday at 4 pm to meet Alicia Tran?\n\nHiring Team",
    ),
    Spec(
        phi=False,
        category="mask fitting vendor demo",
        notes="Arranging a mask manufacturer demo for staff; no patient.",
        frm="Alicia Tran <atran@susquehannasleep.com>",
        to="gstroud@airlinemaskco.com",
        subject="Mask demo",
        body="Hi Gina,\n\nThe staff would love a demo of the new under-nose full-face cushion. Tuesday 4/28 at 6:30 pm before lights-out works best. We'll have 6 techs.\n\nAlicia",
    ),
    Spec(
        phi=False,
        category="physician on-call schedule",
        notes="Staff notice of physician on-call coverage; clinician names only.",
        frm="Dr. Elise Varga <evarga@susquehannasleep.com>",
        to="allstaff@susquehannasleep.com",
        subject="Physician on-call, late April",
        body="On-call for overnight questions:\n\n4/20-4/26 Dr. Elise Varga (570) 555-0145\n4/27-5/3 Dr. Rahul Menon (570) 555-0146\n\nPage through the answering service first.",
    ),
    Spec(
        phi=False,
        category="sleep physician NPI directory",
        notes="Hard negative: directory of the lab's physicians with NPIs and board certifications for referring offices.",
        frm="Susquehanna Sleep Diagnostics <outreach@susquehannasleep.com>",
        to="referralcoordinators@evangelicalcommunityhosp.org",
        subject="Physician directory for your EHR",
        body="For your EHR referral directory:\n\nElise Varga, MD - Sleep Medicine (ABIM), NPI 1948219930\nRahul Menon, DO - Sleep Medicine, Pulmonology, NPI 1518190933\nMegan Paulus, PhD - Behavioral Sleep Medicine (no NPI billing through lab)\n\nFacility NPI 1082462817."
        + SIG,
    ),
    Spec(
        phi=False,
        category="forwarded payer contract negotiation",
        notes="Forward of a payer contract rate discussion to the owner; business terms only.",
        frm="Operations <operations.manager@susquehannasleep.com>",
        to="Dr. Elise Varga <evarga@susquehannasleep.com>",
        subject="Fwd: 2026 fee schedule proposal",
        body="Elise - their HSAT rate is still below cost. Can we talk Monday?\n\nMark",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Provider Contracting <contracting@centralpahealthplan.com>",
            to="operations.manager@susquehannasleep.com",
            subject="2026 fee schedule proposal",
            body="Mark,\n\nOur proposal for 7/1/2026: 95810 $742; 95811 $810; G0399 $168; 99204 at 112% of Medicare. Please reply by May 15.\n\nProvider Contracting",
        ),
    ),
    Spec(
        phi=False,
        category="de-identified dataset description to university",
        notes="Hard negative: data use description of a de-identified, aggregated dataset for a university collaborator; no identifiers.",
        frm="Research Office <research@susquehannasleep.com>",
        to="sleepepi@bucknellresearch.edu",
        subject="Data set description for the DUA",
        body="Professor Lang,\n\nFor the data use agreement: the data set has 4,112 studies from 2021-2025, Safe Harbor de-identified. Fields: age band (18-29 ... 80+), sex, 3-digit ZIP, BMI band, AHI, ODI, study type. No dates other than year. Cells under 11 are suppressed.\n\nResearch Office",
    ),
    Spec(
        phi=False,
        category="HVAC repair in study rooms",
        notes="Facilities request about room temperature in the study bedrooms; no patient.",
        frm="Operations <operations.manager@susquehannasleep.com>",
        to="service@centralvalleyhvac.com",
        subject="Study rooms 2 and 4 too warm",
        body="Hi,\n\nRooms 2 and 4 stay above 76F at night and the thermostats don't respond. We run studies Sunday-Thursday nights, so please schedule for a Friday or Saturday.\n\nMark Ditzler\nOperations Manager"
        + SIG,
    ),
]
