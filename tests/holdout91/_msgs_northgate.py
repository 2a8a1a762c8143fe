"""Northgate Neurology & Sleep Center: neurology practice with an EEG and sleep lab (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nNorthgate Neurology & Sleep Center\n2200 Linden Parkway, Suite 300, Maple Grove\nPhone 555-0120 | Fax 555-0121"
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This message may contain confidential information intended only "
    "for the addressee. If you received it in error, please notify the sender and delete it."
)

HL7_EEG = (
    "MSH|^~\\&|NGN_EEG|NORTHGATE|MERCY_LIS|MERCYWEST|202603171412||ORU^R01|NG260317-0088|P|2.5.1\r"
    "PID|1||NG0448217^^^NGN^MR||HOLLOWAY^BRENDAN^T||19880914|M|||77 Quarry Rd^^Maple Grove^MN^55369||555-0147\r"
    "PV1|1|O|EEG^LAB2||||1431912819^IDRIS^FARAH^^^DR\r"
    "OBR|1|ORD5521|EEG5521|95816^EEG AWAKE AND DROWSY^CPT|||202603161030\r"
    "OBX|1|TX|EEGIMP^Impression||Abnormal EEG: intermittent left temporal sharp waves, maximal T3, during drowsiness. Consistent with focal epileptogenic potential.||||||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|NGN_EEG|NORTHGATE|NEUROWAVE_CLOUD|NW|202603161100||ORU^R01|TEST0001|T|2.5.1\r"
    "PID|1||ZZTEST0001^^^NGN^MR||ZZTEST^INTERFACE^A||19000101|U\r"
    "OBR|1|TESTORD1|TESTEEG1|95816^EEG AWAKE AND DROWSY^CPT\r"
    "OBX|1|TX|EEGIMP^Impression||TEST MESSAGE - NOT A REAL PATIENT - DO NOT FILE||||||F\r"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*NORTHGATENEURO *ZZ*CLEARPATHEDI   *260318*0915*^*00501*000004417*0*P*:~"
    "GS*HC*NORTHGATENEURO*CLEARPATHEDI*20260318*0915*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*NG4417*20260318*0915*CH~"
    "NM1*85*2*NORTHGATE NEUROLOGY AND SLEEP CENTER*****XX*1492827260~"
    "NM1*IL*1*ABERNATHY*COLLEEN*R***MI*NWH884102637~"
    "DMG*D8*19710522*F~"
    "CLM*NG4417-01*1450***11:B:1*Y*A*Y*Y~"
    "HI*ABK:G4733*ABF:E6601~"
    "SV1*HC:95810*1450*UN*1***1~"
    "DTP*472*D8*20260312~"
    "SE*11*0001~GE*1*4417~IEA*1*000004417~"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Transition of Care Summary - Northgate Neurology</title>
  <recordTarget><patientRole>
    <id extension="NG0391156" root="2.16.840.1.113883.3.9191"/>
    <addr><streetAddressLine>410 Birchwood Ct</streetAddressLine><city>Plymouth</city><state>MN</state><postalCode>55441</postalCode></addr>
    <patient><name><given>Agnieszka</given><family>Reyes-Dunn</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19640203"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>Parkinson disease (G20.A1), REM sleep behavior disorder (G47.52)</text></section></component>
    <component><section><title>Medications</title><text>Carbidopa-levodopa 25/100 mg 1.5 tab TID; melatonin 6 mg qHS</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Routine EEG result to patient's personal mailbox",
        notes="Named patient told her routine EEG was normal, sent to her gmail.",
        frm="Dr. Farah Idris <fidris@northgateneuro.com>",
        to="tamsin.okoro82@gmail.com",
        subject="Your EEG from Monday",
        body=(
            "Hi Tamsin,\n\nGood news: the routine EEG we did on Monday came back normal, with no "
            "seizure activity. Given that, I'm comfortable keeping you on the lamotrigine 100 mg "
            "twice a day and we'll check in at your May visit.\n\nDr. Idris" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Polysomnography report PDF to referring PCP",
        notes="Full PSG report with name, DOB, AHI 34 and CPAP titration sent to the referring primary care office.",
        frm="Sleep Lab <sleeplab@northgateneuro.com>",
        to="referrals@cedarvalefamilymed.com",
        subject="Sleep study report - attached",
        body="Dr. Kaminski,\n\nThe interpreted study for your patient is attached. Please call with questions."
        + SIG
        + CONF,
        atts=(
            Att(
                "PSG_report_0317.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE NEUROLOGY & SLEEP CENTER - SLEEP LABORATORY",
                        "Diagnostic Polysomnography (CPT 95810)",
                        "Patient: Gregor Valdisson   DOB: 06/30/1969   MRN: NG0512984",
                        "Study date: 03/12/2026   Referring: Dr. L. Kaminski",
                        "Total sleep time 362 min; sleep efficiency 78%",
                        "AHI 34.2/h (severe); REM AHI 51.0/h; nadir SpO2 79%",
                        "Impression: Severe obstructive sleep apnea (G47.33).",
                        "Recommendation: CPAP titration study; avoid driving when drowsy.",
                        "Interpreting physician: Marcus Teague, MD, NPI: 1887991275",
                    ],
                    "PSG report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CPAP order to DME supplier",
        notes="DME order naming patient, address, phone, OSA diagnosis and pressure settings.",
        frm="Sleep Lab Orders <sleeporders@northgateneuro.com>",
        to="intake@breatheasyhomemedical.com",
        subject="New CPAP order - Northgate",
        body=(
            "Please set up the patient below for CPAP. Order and compliance requirements in the attached form.\n\n"
            "Name: Rosalind Achebe\nDOB: 11/02/1958\nAddress: 5120 Heron Way, Brooklyn Park, MN 55443\n"
            "Phone: 555-0163\nDx: G47.33 obstructive sleep apnea\nSettings: auto-CPAP 6-14 cm H2O, medium full-face mask, heated humidifier\n"
            "Insurance: BlueNorth PPO, member ID BNP7730419\n\nThanks,\nJill (sleep lab scheduler)"
            + SIG
        ),
        atts=(
            Att(
                "cpap_order_achebe.docx",
                DOCX,
                docx(
                    [
                        "Northgate Neurology & Sleep Center - DME Order",
                        "Patient: Rosalind Achebe, DOB 11/02/1958",
                        "Item: E0601 CPAP device; A7030 full face mask; E0562 humidifier",
                        "Diagnosis: G47.33; AHI 22 on home sleep test 02/27/2026",
                        "Length of need: 99 months. Ordering physician: Marcus Teague, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Ambulatory EEG finding to parent (first name only)",
        notes="Hard positive: to the mother's personal mailbox; child identified only by first name and relationship, with left temporal spikes on ambulatory EEG.",
        frm='"Kira Bannon, R. EEG T." <kbannon@northgateneuro.com>',
        to="jess.marchetti@yahoo.com",
        subject="Re: Maya's 72-hr EEG",
        body=(
            "Hi Jess,\n\nDr. Idris finished reading Maya's 72-hour recording. It did pick up some "
            "spikes from the left temporal area while she was asleep, nothing during the day. She'd "
            "like to see you both next week to talk about starting medicine - can you do Tuesday 3:40?\n\n"
            "Kira\n\n> On Mar 16, Jess Marchetti wrote:\n> Any news on the EEG? She's been fine since the box came off."
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU EEG result to hospital interface",
        notes="Hard positive: body is a one-line interface note; the HL7 attachment carries patient name, MRN, DOB, address and abnormal EEG impression.",
        frm="Interface Team <interfaces@northgateneuro.com>",
        to="lis-support@mercywesthealth.org",
        subject="Resend ORU NG260317-0088",
        body="Resending the message that errored on your side yesterday (ACK AE). File attached.\n\n-- NGN interfaces",
        atts=(Att("NG260317-0088.hl7", "application/hl7-v2", HL7_EEG),),
    ),
    Spec(
        phi=True,
        category="837P claim for polysomnography to clearinghouse",
        notes="Hard positive: X12 837 attachment carries subscriber name, member ID, DOB, OSA diagnosis and polysomnography charge; body is only a batch note.",
        frm="Billing <billing@northgateneuro.com>",
        to="support@clearpathedi.com",
        subject="Batch 4417 - rejected at 999, corrected file",
        body="Corrected the NM1 segment. Please reprocess batch 4417.\n\nThanks,\nDeShawn - Northgate billing",
        atts=(Att("NG_batch4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="FHIR ServiceRequest for MSLT to partner sleep lab",
        notes="FHIR bundle with patient name, DOB and a suspected narcolepsy MSLT order sent to the overflow sleep lab.",
        frm="Sleep Lab <sleeplab@northgateneuro.com>",
        to="scheduling@lakesleepdiagnostics.com",
        subject="Overflow referral - MSLT",
        body="Our MSLT slots are full until May. Could you take this referral? Bundle attached.\n\nJill"
        + SIG,
        atts=(
            Att(
                "servicerequest_mslt.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": ['
                '{"resource": {"resourceType": "Patient", "id": "ng-0620417", "name": [{"family": "Lindqvist", "given": ["Oskar"]}], "birthDate": "2001-08-19", "telecom": [{"system": "phone", "value": "555-0158"}]}},'
                '{"resource": {"resourceType": "ServiceRequest", "status": "active", "intent": "order", "code": {"text": "PSG followed by multiple sleep latency test (95805)"}, '
                '"reasonCode": [{"text": "Excessive daytime sleepiness, suspected narcolepsy type 1; cataplexy with laughter"}], "subject": {"reference": "Patient/ng-0620417"}}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Driver fitness medical report to state DMV",
        notes="Medical report to the DMV medical review unit naming the driver, his seizure date and levetiracetam therapy.",
        frm="Dr. Farah Idris <fidris@northgateneuro.com>",
        to="medicalreview@dvs.mn-state.gov",
        subject="Medical statement - driver licence review",
        body=(
            "To the Medical Review Unit,\n\nRe: Brendan T. Holloway, DOB 09/14/1988, driver licence H412-553-887-301\n\n"
            "Mr. Holloway had a single focal impaired-awareness seizure on 01/22/2026. He has been seizure-free on "
            "levetiracetam 750 mg twice daily since then and is adherent. In my opinion he may resume driving after "
            "the 3-month seizure-free interval required by state policy, i.e. from 04/22/2026.\n\n"
            "Farah Idris, MD, Epileptologist\nNPI: 1431912819" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Seizure action plan to school nurse",
        notes="Seizure action plan naming a 9-year-old student, his epilepsy, rescue medication and dosing sent to the school nurse.",
        frm="Pediatric Neurology Nurse <pedsnurse@northgateneuro.com>",
        to="nurse.office@fernhillelementary.org",
        subject="Seizure action plan for Jaylen (4th grade)",
        body=(
            "Hello Ms. Ortega,\n\nAt his mother's request, attached is the updated seizure action plan for Jaylen Price. "
            "The main change is the rescue medicine: he now has Nayzilam (midazolam nasal spray) 5 mg instead of rectal Diastat.\n\n"
            "Please call if staff need training.\n\nNina Sorensen, RN" + SIG
        ),
        atts=(
            Att(
                "Seizure_Action_Plan_JPrice.docx",
                DOCX,
                docx(
                    [
                        "SEIZURE ACTION PLAN - Northgate Neurology",
                        "Student: Jaylen Price   DOB: 05/09/2016   Grade 4",
                        "Diagnosis: childhood absence epilepsy with occasional generalized tonic-clonic seizures",
                        "Daily medicine: ethosuximide 250 mg twice daily (given at home)",
                        "If a convulsive seizure lasts more than 5 minutes: give Nayzilam 5 mg, one spray in one nostril, call 911.",
                        "Parent: Danielle Price 555-0131",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Overnight sleep study appointment invite to patient",
        notes="Calendar invite to the patient's personal mailbox for his in-lab CPAP titration with arrival instructions.",
        frm="Sleep Lab Scheduling <sleepscheduling@northgateneuro.com>",
        to="gregor.valdisson@hotmail.com",
        subject="Your CPAP titration night - Thu Mar 26",
        body=(
            "Dear Mr. Valdisson,\n\nYour CPAP titration study is booked for Thursday March 26. Please arrive at 8:30 pm "
            "at the sleep lab entrance (east side), bring your pajamas and usual evening medicines, and avoid caffeine after noon.\n\n"
            "Sleep Lab Scheduling" + SIG
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northgate Neurology//Sleep//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:ng-psg-20260326-valdisson@northgateneuro.com\r\nDTSTAMP:20260316T140000Z\r\n"
            "DTSTART:20260327T013000Z\r\nDTEND:20260327T123000Z\r\n"
            "SUMMARY:CPAP titration study - Gregor Valdisson\r\nLOCATION:Northgate Sleep Lab\\, 2200 Linden Pkwy\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="MSLT result shorthand to locum's personal mailbox",
        notes="Hard positive: terse note with initials, MRN and narcolepsy MSLT result sent to a covering doctor's personal gmail.",
        frm="Dr. Marcus Teague <mteague@northgateneuro.com>",
        to="drpaulfenwick@gmail.com",
        subject="for Monday coverage",
        body="Paul - pt OL, MRN NG0620417: MSLT mean SL 3.2 min, 2 SOREMPs. c/w NT1. Start pitolisant 8.9 mg, titrate. Thx. M",
    ),
    Spec(
        phi=True,
        category="Medical records release to personal-injury attorney",
        notes="Records package for a named client (post-concussion syndrome after car crash) with a zip of visit notes sent to his attorney.",
        frm="Health Information Management <him@northgateneuro.com>",
        to="records@burkeandsaltlaw.com",
        subject="Records request #R-26-0311 - Dmitri Fairweather",
        body=(
            "Counsel,\n\nPer the signed authorization dated 03/02/2026, enclosed are the neurology records of Dmitri "
            "Fairweather (DOB 12/17/1990) for dates of service 08/2025 to 02/2026, including the post-concussion "
            "evaluation and neuropsychology referral. Invoice to follow.\n\nHIM Department" + SIG
        ),
        atts=(
            Att(
                "R-26-0311_records.zip",
                "application/zip",
                zipped(
                    {
                        "01_visit_2025-08-14.txt": "NORTHGATE NEUROLOGY\nPatient: Dmitri Fairweather DOB 12/17/1990\nCC: headaches, dizziness since MVC 07/30/2025\nA/P: post-concussion syndrome F07.81; amitriptyline 10 mg qHS; vestibular PT.\n",
                        "02_visit_2026-02-03.txt": "Follow-up: headaches 3/week, memory complaints. MoCA 26/30. Refer neuropsychology.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Headerless billing export workbook to billing company",
        notes="Hard positive: multi-sheet workbook without headers listing patient names, DOBs, CPT and ICD-10 epilepsy/migraine codes sent to the outsourced biller.",
        frm="Practice Manager <pm@northgateneuro.com>",
        to="ar-team@summitrcmpartners.com",
        subject="Feb charges - the ones that didn't cross",
        body="Two tabs: EEG lab and clinic. Same layout as last month.\n\nThanks\nRenata",
        atts=(
            Att(
                "feb_missing_charges.xlsx",
                XLSX,
                xlsx(
                    {
                        "EEG": [
                            ["Holloway, Brendan", "09/14/1988", "95816", "G40.209", "02/11/2026"],
                            ["Marchetti, Maya", "04/03/2018", "95700", "R56.9", "02/18/2026"],
                            ["Quist, Harold", "07/21/1949", "95819", "G40.909", "02/24/2026"],
                        ],
                        "Clinic": [
                            ["Sandoval, Pia", "03/30/1983", "64615", "G43.709", "02/06/2026"],
                            ["Tran, Mei", "10/12/1975", "99214", "G35", "02/20/2026"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="EEG screenshot named after patient to outside colleague",
        notes="Hard positive: identity only in the PNG file name (patient name and EEG), asking a colleague for a second read.",
        frm="Dr. Farah Idris <fidris@northgateneuro.com>",
        to="hkowalczyk@stcloudneuroassoc.com",
        subject="curbside - what do you make of this?",
        body="Hanna, is this a wicket pattern or real? 14 yo on nothing. Screenshot attached. F",
        atts=(Att("okafor_daniel_EEG_0315_T4.png", "image/png", png(8, 6, (30, 30, 30))),),
    ),
    Spec(
        phi=True,
        category="Forwarded patient mask complaint to DME",
        notes="Hard positive: short body; the forwarded patient email carries his name, phone, CPAP use and AHI, sent on to the DME supplier.",
        frm="Sleep Lab <sleeplab@northgateneuro.com>",
        to="resupply@breatheasyhomemedical.com",
        subject="Fwd: mask is leaking every night",
        body="Can you reach out to Mr. Valdisson for a mask refit? His message below. Thanks - Jill",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Gregor Valdisson <gregor.valdisson@hotmail.com>",
            to="sleeplab@northgateneuro.com",
            subject="mask is leaking every night",
            body="Hello, since I started the CPAP the mask leaks around my nose every night and I wake up with a very dry mouth. My AHI on the app says 9. Can someone help? Gregor Valdisson, phone 555-0177",
        ),
    ),
    Spec(
        phi=True,
        category="HTML statement for polysomnography balance",
        notes="HTML-only billing statement to a patient's personal mailbox showing the balance due for her sleep study (CPT 95810).",
        frm="Northgate Billing <statements@northgateneuro.com>",
        to="colleen.abernathy@outlook.com",
        subject="Your statement from Northgate Neurology & Sleep Center",
        body="",
        html=(
            "<html><body><p>Dear Colleen Abernathy,</p><table border='1'><tr><th>Date</th><th>Service</th><th>Charge</th><th>Insurance paid</th><th>You owe</th></tr>"
            "<tr><td>03/12/2026</td><td>Polysomnography, attended (95810)</td><td>$1,450.00</td><td>$1,102.00</td><td>$348.00</td></tr></table>"
            "<p>Account NG-A-220917. Pay online or call 555-0122.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Outcome registry CSV with DOB and ZIP, no names",
        notes="Hard positive: CSV has no names but full DOB, five-digit ZIP and sex with Epworth scores and diagnoses, which is identifiable, sent to a registry vendor.",
        frm="Quality <quality@northgateneuro.com>",
        to="uploads@sleepoutcomesregistry.net",
        subject="Q1 upload",
        body="Attached: Q1 file per the spec v3. Let me know if the import fails.",
        atts=(
            Att(
                "ngn_q1_upload.csv",
                "text/csv",
                "dob,zip,sex,dx,ess_baseline,ess_90d,cpap_hours\n1958-11-02,55443,F,G47.33,14,6,6.1\n1969-06-30,55369,M,G47.33,18,9,3.2\n2001-08-19,55311,M,G47.411,21,12,\n1971-05-22,55447,F,G47.33,11,5,7.4\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Botox migraine appointment change to spouse",
        notes="Hard positive: tells the wife that 'Tom's' chronic migraine Botox injections are moved; first name plus relationship plus treatment.",
        frm="Front Desk <frontdesk@northgateneuro.com>",
        to="leah.brandvold@icloud.com",
        subject="Tom's appointment moved",
        body=(
            "Hi Leah,\n\nAs we discussed on the phone, Dr. Sandhu is out on the 24th so we moved Tom's Botox "
            "injections for his migraines to Thursday 3/26 at 10:15. Same location.\n\nThanks!\nAlicia, front desk"
        ),
    ),
    Spec(
        phi=True,
        category="Anti-seizure prescription clarification to pharmacy",
        notes="Prescription clarification naming the patient, DOB and levetiracetam dose, with the prescriber's DEA, sent to a retail pharmacy.",
        frm="Nurse Line <nurseline@northgateneuro.com>",
        to="rx4471@northstarpharmacy.com",
        subject="Rx clarification",
        body=(
            "Pharmacy team,\n\nFor Priya Nair (DOB 02/14/1994): the levetiracetam should read 750 mg by mouth twice daily, "
            "#60, 5 refills. The 500 mg script from 3/10 should be cancelled.\n\nPrescriber: Dr. Farah Idris, DEA BI4080660\n\n"
            "Theo Lindgren, RN" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care summary to movement disorder clinic",
        notes="Hard positive: body is generic; the C-CDA attachment has the patient name, DOB, address, Parkinson disease and RBD diagnoses and medications.",
        frm="Referrals <referrals@northgateneuro.com>",
        to="intake@twincitiesmovementdisorders.org",
        subject="Referral packet",
        body="Attached is the summary of care document for the referral we faxed Friday. - Referrals team",
        atts=(Att("toc_summary.xml", "application/xml", CCDA),),
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="Clinician bio for hospital newsletter",
        notes="Hard negative: clinician name, specialty, diseases she treats and NPI; no patient.",
        frm="Marketing <marketing@northgateneuro.com>",
        to="newsletter@mercywesthealth.org",
        subject="Bio for the 'Meet our partners' column",
        body=(
            "Here is the bio you asked for:\n\nFarah Idris, MD, is a board-certified epileptologist at Northgate "
            "Neurology. She treats drug-resistant epilepsy, psychogenic non-epileptic seizures and narcolepsy, and "
            "directs our 6-bed epilepsy monitoring unit. She trained at the University of Iowa. NPI: 1431912819.\n\nThanks, Carla"
        ),
    ),
    Spec(
        phi=False,
        category="EEG technologist job posting",
        notes="Hard negative: job ad mentions seizures, epilepsy monitoring and sleep apnea but no individual.",
        frm="Human Resources <hr@northgateneuro.com>",
        to="postings@healthcareerboard.com",
        subject="Posting: Registered EEG Technologist (full time)",
        body=(
            "Northgate Neurology & Sleep Center seeks an R. EEG T. for routine, ambulatory and long-term video EEG. "
            "Duties: electrode application (10-20), recognising seizures and calling the physician, assisting with "
            "overnight polysomnography for sleep apnea patients one weekend a month. Requirements: ABRET registration, BLS. "
            "Pay $31-$39/hour. Apply at careers.northgateneuro.com."
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate sleep lab volume workbook",
        notes="Hard negative: multi-sheet workbook with monthly study counts and AHI severity bands only.",
        frm="Quality <quality@northgateneuro.com>",
        to="board@northgateneuro.com",
        subject="Sleep lab Q4 dashboard",
        body="Board members - Q4 numbers attached ahead of Thursday. Severity mix is stable.",
        atts=(
            Att(
                "sleeplab_q4_dashboard.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volume": [
                            ["Month", "In-lab PSG", "Home sleep tests", "MSLT"],
                            ["Oct", 142, 208, 11],
                            ["Nov", 131, 221, 9],
                            ["Dec", 118, 190, 7],
                        ],
                        "Severity": [
                            ["AHI band", "Patients"],
                            ["<5", 61],
                            ["5-14.9", 174],
                            ["15-29.9", 233],
                            [">=30", 197],
                        ],
                        "CPAP adherence": [
                            ["Metric", "Value"],
                            ["90-day adherence", "71%"],
                            ["Mask refits", 88],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Declared test HL7 message to EEG cloud vendor",
        notes="Hard negative: HL7 test message with ZZTEST patient explicitly marked not a real patient, for interface validation.",
        frm="Interface Team <interfaces@northgateneuro.com>",
        to="integration@neurowavecloud.com",
        subject="Test ORU for validation (processing ID T)",
        body="As agreed, here is the test ORU. Processing ID is T and the patient is our ZZTEST dummy. Please confirm the parse.",
        atts=(Att("TEST0001.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="Staff flu and COVID vaccine clinic notice",
        notes="Staff-wide notice of a vaccine clinic; no individual.",
        frm="Employee Health <employeehealth@northgateneuro.com>",
        to="allstaff@northgateneuro.com",
        subject="Staff vaccine clinic Friday",
        body="Reminder: the spring COVID booster clinic for staff is Friday 7-10 am in conference room B. Bring your badge. Declination forms are on the intranet.",
    ),
    Spec(
        phi=False,
        category="EEG amplifier service contract renewal",
        notes="Vendor contract mail listing equipment serial numbers of the clinic's devices, not patients.",
        frm="Operations <ops@northgateneuro.com>",
        to="service.contracts@neuromedinstruments.com",
        subject="Renewal - PO 7731 - amplifiers",
        body=(
            "Please renew the full-service agreement for our three amplifiers (SN NMA-40-22817, NMA-40-22818, "
            "NMA-64-10455) for 2026-2027. Quote 7731 at $18,400 is approved. Ship loaner units via the east dock.\n\nGreg Asante, Operations"
        ),
    ),
    Spec(
        phi=False,
        category="Blank referral form to referring clinics",
        notes="Hard negative: blank referral template with field labels (patient name, DOB, MRN) but no data.",
        frm="Referrals <referrals@northgateneuro.com>",
        to="frontoffice@cedarvalefamilymed.com",
        subject="Updated sleep/EEG referral form",
        body="Please use the attached 2026 form from now on; it adds a line for Epworth score.",
        atts=(
            Att(
                "NGN_referral_form_2026.docx",
                DOCX,
                docx(
                    [
                        "Northgate Neurology & Sleep Center - Referral Form (2026)",
                        "Patient name: ______________  DOB: ___/___/_____  MRN: __________",
                        "Study requested: [ ] Routine EEG  [ ] Ambulatory EEG  [ ] PSG  [ ] MSLT  [ ] Home sleep test",
                        "Reason for referral / ICD-10: ____________________  Epworth score: ____",
                        "Fax to 555-0121",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Supply order with SSN-shaped PO number",
        notes="Hard negative: purchase order 431-72-6618 has the SSN shape but is a PO number for electrode supplies.",
        frm="Purchasing <purchasing@northgateneuro.com>",
        to="orders@electrodesupplyco.com",
        subject="PO 431-72-6618 confirmation",
        body="Confirming PO 431-72-6618: 40 boxes gold cup electrodes, 12 tubes Ten20 paste, 6 cases nasal cannulas. Deliver to Suite 300 dock.",
    ),
    Spec(
        phi=False,
        category="HTML CME invitation on narcolepsy",
        notes="HTML-only invitation to a CME evening on narcolepsy management for clinicians; no individual.",
        frm="Northgate Education <education@northgateneuro.com>",
        to="members@hennepinmedsociety.org",
        subject="CME dinner: What's new in narcolepsy",
        body="",
        html=(
            "<html><body><h2>What's new in narcolepsy</h2><p>Join Marcus Teague, MD, for a 1.5-credit CME dinner on "
            "orexin agonists, oxybates and pitolisant. April 9, 6 pm, Lakeview Grill.</p><p><a href='https://northgateneuro.com/cme'>RSVP</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Newsletter subscription confirmation to personal mailbox",
        notes="Confirms a general practice newsletter subscription to a personal address; nothing about care.",
        frm="Northgate News <news@northgateneuro.com>",
        to="bjorn.ekdahl1977@gmail.com",
        subject="You're subscribed",
        body="Thanks for signing up for the Northgate quarterly newsletter. You can unsubscribe at any time from the link at the bottom of each issue.",
    ),
    Spec(
        phi=False,
        category="Payer credentialing letter with NPI and DEA",
        notes="Hard negative: provider credentialing with clinician NPIs and DEA number; no patients.",
        frm="Credentialing <credentialing@northgateneuro.com>",
        to="provider.enrollment@bluenorthhealth.com",
        subject="Add new provider - Dr. Jasleen Sandhu",
        body=(
            "Please add Jasleen Sandhu, MD (headache medicine), NPI: 1859747226, DEA FS2831863, to our group "
            "contract effective 04/01/2026. Group NPI: 1492827260. CAQH attestation is current.\n\nMonique, credentialing"
        ),
    ),
    Spec(
        phi=False,
        category="De-identified research extract to university",
        notes="Hard negative: Safe Harbor extract with age bands, 3-digit ZIP, year only and diagnoses under a data use agreement.",
        frm="Research Office <research@northgateneuro.com>",
        to="sleep-research@umn-neuro.edu",
        subject="DUA 2026-04 extract",
        body="De-identified per Safe Harbor (ages banded, ZIP3, years only). Row count 4.",
        atts=(
            Att(
                "dua_2026_04.csv",
                "text/csv",
                "study_id,age_band,zip3,sex,year,dx,ahi\nS001,60-69,554,F,2025,G47.33,22.1\nS002,50-59,553,M,2025,G47.33,34.2\nS003,20-29,553,M,2026,G47.411,3.0\nS004,50-59,554,F,2026,G47.33,15.6\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT notice about planned EHR downtime.",
        frm="IT Help Desk <helpdesk@northgateneuro.com>",
        to="allstaff@northgateneuro.com",
        subject="Planned EHR downtime Sat 3/21 22:00-02:00",
        body="The EHR will be unavailable Saturday night for an upgrade. Use downtime forms in the red binders; the sleep lab has printed rosters.",
    ),
    Spec(
        phi=False,
        category="IV anti-seizure drug shortage notice",
        notes="Hard negative: shortage notice about IV levetiracetam with substitution guidance; no patient.",
        frm="Clinical Pharmacist <pharmacy@northgateneuro.com>",
        to="neuro-partners@mercywesthealth.org",
        subject="Shortage: levetiracetam injection",
        body=(
            "FYI: our wholesaler reports levetiracetam 500 mg/5 mL vials on allocation through April. For infusion-suite "
            "loading doses we will substitute lacosamide 200 mg IV or fosphenytoin per protocol. Oral supply is unaffected."
        ),
    ),
    Spec(
        phi=False,
        category="Journal club invite on status epilepticus",
        notes="Hard negative: calendar invite for a de-identified teaching case on refractory status epilepticus; no identifiers.",
        frm="Dr. Marcus Teague <mteague@northgateneuro.com>",
        to="neuro-residents@mercywesthealth.org",
        subject="Journal club: refractory status epilepticus",
        body="Case (de-identified): a woman in her 40s with NORSE. We'll discuss ketamine and the 2024 guideline. Pizza provided.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northgate Neurology//Edu//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:ng-jc-20260325@northgateneuro.com\r\nDTSTAMP:20260316T150000Z\r\n"
            "DTSTART:20260325T230000Z\r\nDTEND:20260326T003000Z\r\nSUMMARY:Journal club - refractory SE\r\nLOCATION:Conference room B\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="CPAP supply price quote from vendor reply",
        notes="Reply to a vendor about mask pricing with a price-list PDF; no patients.",
        frm="Purchasing <purchasing@northgateneuro.com>",
        to="sales@breatheasyhomemedical.com",
        subject="Re: 2026 mask pricing",
        body="Thanks - our counter-proposal on the full-face masks is attached. Happy to talk Friday.\n\nPurchasing"
        + SIG,
        atts=(
            Att(
                "NGN_counter_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE NEUROLOGY - PURCHASING",
                        "Counter-proposal, sleep lab consumables 2026",
                        "Full-face mask, medium: $61.00 (quoted $68.50)",
                        "Nasal pillows mask: $44.00",
                        "Heated tubing: $19.25",
                    ],
                    "Counter-proposal",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Anonymous staff COVID exposure notice",
        notes="Hard negative: staff health notice that an unnamed colleague tested positive; no individual identifiable.",
        frm="Employee Health <employeehealth@northgateneuro.com>",
        to="sleeplab-staff@northgateneuro.com",
        subject="Possible exposure - night shift 3/14",
        body="A member of the night team has tested positive for COVID-19. If you worked the 3/14 night shift, watch for symptoms and test on day 5. No further action needed if you are well.",
    ),
]
