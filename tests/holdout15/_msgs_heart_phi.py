"""Heartland Cardiology Associates: outbound mail that carries PHI."""
# ruff: noqa: E501  (hand-written mail text and data lines are kept whole)

from __future__ import annotations

import json

from _att import XLSX, pdf, png, xlsx, zipped
from _spec import HCA, PKD, Att, Spec

SIG_DEVICE = (
    "\n\nTamsin Oduya, RN\nDevice Clinic | Heartland Cardiology Associates\n"
    "p 402-555-0148  f 402-555-0149\n"
)
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This message may contain information that is privileged and "
    "confidential. If you are not the intended recipient, please notify the sender and delete it.\n"
)

HL7_TROP = "\r".join(
    [
        "MSH|^~\\&|HCA_LAB|HEARTLAND|PCP_EHR|WESTFIELDFM|202611101432||ORU^R01|HCA8812045|P|2.5.1",
        "PID|1||HC00481927^^^HCA^MR||Lindqvist^Mara^J||19580622|F|||1408 Sycamore Ct^^Omaha^NE^68144||402-555-0171",
        "PV1|1|O|HCA^CLINIC^2",
        "OBR|1||LAB55102|10839-9^Troponin I.cardiac^LN|||202611100915",
        "OBX|1|NM|10839-9^Troponin I.cardiac^LN||0.41|ng/mL|<0.04|H|||F",
        "OBX|2|NM|33762-6^NT-proBNP^LN||2140|pg/mL|<125|H|||F",
    ]
)

FHIR_BUNDLE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "pt-22871",
                    "identifier": [{"system": "urn:hca:mrn", "value": "HC00522871"}],
                    "name": [{"family": "Nakashima", "given": ["Kenji"]}],
                    "birthDate": "1949-03-14",
                    "gender": "male",
                }
            },
            {
                "resource": {
                    "resourceType": "Procedure",
                    "subject": {"reference": "Patient/pt-22871"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://www.ama-assn.org/go/cpt",
                                "code": "33361",
                                "display": "TAVR, percutaneous femoral",
                            }
                        ]
                    },
                    "performedDateTime": "2026-10-28",
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/pt-22871"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                "code": "I35.0",
                                "display": "Nonrheumatic aortic (valve) stenosis",
                            }
                        ]
                    },
                }
            },
        ],
    },
    indent=1,
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
 <title>Discharge Summary</title>
 <recordTarget><patientRole>
  <id extension="HC00397115" root="2.16.840.1.113883.3.7715"/>
  <addr><streetAddressLine>77 Wren Hollow Rd</streetAddressLine><city>Papillion</city><state>NE</state><postalCode>68046</postalCode></addr>
  <patient><name><given>Delphine</given><family>Arceneaux</family></name>
   <administrativeGenderCode code="F"/><birthTime value="19410909"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Hospital Course</title>
   <text>Admitted 11/04/2026 with acute on chronic systolic heart failure (I50.23). Diuresed 6 kg with IV furosemide.
   Transitioned to torsemide 40 mg daily. Sacubitril/valsartan 24/26 mg BID started. Discharged 11/09/2026 to Prairieview SNF.</text>
  </section></component>
  <component><section><title>Follow-up</title>
   <text>Heart failure clinic in 7 days; daily weights, call for gain over 3 lb in a day.</text>
  </section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="device remote transmission to PCP",
        notes="Remote pacemaker transmission summary with name, DOB and device serial sent to a referring practice.",
        frm=f"Tamsin Oduya <toduya@{HCA}>",
        to="referrals@westfieldfamilymed.com",
        subject="Remote transmission summary - atrial high rate episodes",
        body=(
            "Dr. Halvorsen,\n\nFYI on your patient Gerald Mbeki (DOB 04/17/1951). His scheduled remote "
            "transmission from 11/08 shows 14 AHRE episodes, longest 6 h 12 min, AF burden 9%. "
            "Device: dual-chamber pacemaker, serial PJN604118S, battery 8.1 yrs. He is not on "
            "anticoagulation per our list (CHA2DS2-VASc 4). Dr. Ferreira would like him seen in the "
            "next 2 weeks to discuss starting apixaban; we have called him to schedule."
            + SIG_DEVICE
            + CONF
        ),
    ),
    Spec(
        phi=True,
        category="cath lab add-on subject only",
        notes="Hard positive: PHI only in the subject (patient name plus cath procedure); body says nothing.",
        frm=f"Marco Villanueva <mvillanueva@{HCA}>",
        to=f"cathlab-charge@{HCA}",
        subject="Add-on 1400: Dwayne Okafor LHC/poss PCI - NPO since midnight",
        body="Consent signed, labs in. Pt in bay 3.\n\n-Marco",
    ),
    Spec(
        phi=True,
        category="echo appointment reminder to patient",
        notes="Front-desk reminder to a patient's gmail naming the echocardiogram appointment.",
        frm=f"Heartland Cardiology Scheduling <scheduling@{HCA}>",
        to="rosalind.achterberg@gmail.com",
        subject="Your appointment on Thursday, November 12",
        body=(
            "Hi Rosalind,\n\nThis is a reminder of your transthoracic echocardiogram with Heartland "
            "Cardiology on Thursday, November 12 at 9:40 AM, followed by your visit with Dr. Chaudhry "
            "at 10:30 AM.\n\nLocation: 8800 Dodge St, Suite 310, Omaha.\nPlease bring your medication "
            "list and arrive 15 minutes early. No need to fast.\n\nTo reschedule call 402-555-0100.\n\n"
            "Heartland Cardiology Associates"
        ),
    ),
    Spec(
        phi=True,
        category="INR instruction to relative",
        notes="Hard positive: nurse texts-style email to a daughter's yahoo with the father's first name, INR value and warfarin instruction.",
        frm=f"Joy Beaulieu <jbeaulieu@{HCA}>",
        to="kimtran.pham77@yahoo.com",
        subject="re: dad's numbers",
        body=(
            "Hi Kim, got it. Walt's INR today was 3.4 so a little high. Please have him skip his "
            "warfarin tonight and then go back to 5 mg tomorrow. Recheck next Tuesday at the Bellevue "
            "office. Call if any bleeding or dark stools.\n\nJoy B, RN\nAnticoag Clinic\n\n"
            "> On Mon, Nov 9, Kim Pham wrote:\n> He got the fingerstick at Hy-Vee, can you tell me what to do?"
        ),
    ),
    Spec(
        phi=True,
        category="billing claim lines workbook to billing vendor",
        notes="Hard positive: PHI only in a two-sheet XLSX (account numbers, member ids, CPT lines) sent to the billing company.",
        frm=f"Renata Sokolova <rsokolova@{HCA}>",
        to="hca-team@summitrcm.com",
        subject="Oct denials to rework",
        body=(
            "Hi team,\n\nAttached are the October denials for rework, sheet 2 has the ones where "
            "Midlands Health Plan wants records. Please prioritize anything over 60 days.\n\nThanks,\n"
            "Renata Sokolova\nRevenue Cycle Supervisor"
        ),
        atts=(
            Att(
                "HCA_Oct_denials.xlsx",
                XLSX,
                xlsx(
                    {
                        "Denials": [
                            ["Acct", "Patient", "Member ID", "DOS", "CPT", "Denial", "Amount"],
                            [
                                "A2209931",
                                "Villareal, Tomas",
                                "MHP447120983",
                                "2026-09-14",
                                "93306",
                                "CO-197 no auth",
                                612.0,
                            ],
                            [
                                "A2210457",
                                "Okoro, Blessing",
                                "MHP559301274",
                                "2026-09-22",
                                "93351",
                                "CO-16 missing info",
                                844.5,
                            ],
                            [
                                "A2211890",
                                "Jessup, Arlene",
                                "MHP338847016",
                                "2026-10-02",
                                "93224",
                                "CO-50 not med nec",
                                291.0,
                            ],
                        ],
                        "Records requests": [
                            ["Acct", "Patient", "DOB", "Request"],
                            [
                                "A2207312",
                                "Whitcomb, Dale",
                                "1962-01-30",
                                "Cath report + H&P for 92928",
                            ],
                            [
                                "A2208004",
                                "Reyes-Molina, Ana",
                                "1977-06-11",
                                "Holter report for 93224",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="cardiac rehab roster initials and DOB",
        notes="Hard positive: CSV roster with only initials, DOB, diagnosis and session counts sent to the hospital's rehab coordinator.",
        frm=f"Bree Lindahl <blindahl@{HCA}>",
        to="cardiacrehab@stbrendanhealth.org",
        subject="Phase II rehab roster for week of 11/9",
        body="Roster attached. Two new starts Wednesday. Let me know if telemetry slots are short.\n\nBree\nCardiac Rehab Coordinator",
        atts=(
            Att(
                "rehab_roster_wk1109.csv",
                "text/csv",
                "initials,dob,dx,start,sessions_done,notes\n"
                "J.M.,1956-02-03,CABG x3,2026-10-05,14,\n"
                "R.T.,1961-11-19,NSTEMI s/p PCI,2026-10-19,8,needs O2 on exertion\n"
                "L.A.,1949-07-27,HFrEF EF 30%,2026-11-11,0,new start\n"
                "D.K.,1970-04-08,STEMI s/p PCI,2026-11-11,0,new start\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="stress test calendar invite",
        notes="Hard positive: ICS invite whose summary and description name the patient, DOB and nuclear stress test.",
        frm=f"Heartland Scheduling <scheduling@{HCA}>",
        to=f"nuclear@{HCA}",
        subject="Invitation: Lexiscan nuclear stress",
        body="Added to the nuclear camera schedule.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Heartland Cardiology//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:hca-nuc-20261113-0800@heartlandcardio.com\r\n"
            "DTSTAMP:20261109T150000Z\r\nDTSTART:20261113T140000Z\r\nDTEND:20261113T170000Z\r\n"
            "SUMMARY:Lexiscan MPI - R. Castellanos\r\n"
            "DESCRIPTION:Rodrigo Castellanos DOB 08/02/1966 MRN HC00610342. Hold caffeine 24h. "
            "Asthma - use regadenoson per Dr. Chaudhry.\r\n"
            "LOCATION:Nuclear Cardiology Rm 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded portal message from patient",
        notes="Forwarded message/rfc822: a patient's portal note about palpitations after a med change, passed to the NP.",
        frm=f"Joy Beaulieu <jbeaulieu@{HCA}>",
        to=f"Anika Sorensen NP <asorensen@{HCA}>",
        subject="Fwd: question about my new medicine",
        body="Anika - can you look at this one today? She's yours from the Tuesday clinic.\n\nJoy",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Wanda Threlkeld <wthrelkeld52@outlook.com>",
            to=f"portal-messages@{HCA}",
            subject="question about my new medicine",
            body=(
                "Hello, I started the flecainide 50 mg that Dr. Ferreira gave me on Friday and since "
                "then I feel my heart fluttering at night and I'm dizzy when I get up. Should I keep "
                "taking it? My number is 531-555-0192.\n\nWanda Threlkeld"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 lab result to PCP",
        notes="Hard positive: body only says results attached; the HL7 ORU carries name, MRN, DOB, address and troponin/BNP.",
        frm=f"HCA Interface <interface@{HCA}>",
        to="inbound-results@westfieldfamilymed.com",
        subject="Results - batch 8812045",
        body="Automated delivery. 1 result attached.",
        atts=(Att("HCA8812045.hl7", "application/hl7-v2", HL7_TROP),),
    ),
    Spec(
        phi=True,
        category="wound photo with name in file name",
        notes="Hard positive: PHI only in the PNG file name (patient name + incision) and a vague body.",
        frm=f"Tamsin Oduya <toduya@{HCA}>",
        to=f"Dr. Luis Ferreira <lferreira@{HCA}>",
        subject="pocket site pic",
        body="Sent in by the daughter this morning, some redness at the lateral edge. OK to just watch or bring in?\n\nT",
        atts=(Att("Bautista_Elena_ICD_pocket_day10.png", "image/png", png(6, 6, (190, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="referral letter PDF to nephrology",
        notes="Referral letter PDF to the nephrology partner with name, DOB, CKD stage and cardiac meds.",
        frm=f"Dr. Nadia Chaudhry <nchaudhry@{HCA}>",
        to=f"referrals@{PKD}",
        subject="Referral - worsening renal function on GDMT",
        body="Please see the attached referral. Happy to discuss by phone.\n\nNadia Chaudhry, MD, FACC",
        atts=(
            Att(
                "Referral_Hollings_Teresa.pdf",
                "application/pdf",
                pdf(
                    [
                        "HEARTLAND CARDIOLOGY ASSOCIATES",
                        "8800 Dodge St, Suite 310, Omaha NE 68114",
                        "",
                        "Referral to Prairie Kidney & Dialysis",
                        "Patient: Teresa Hollings   DOB: 12/05/1955   MRN: HC00288410",
                        "Reason: eGFR fell from 48 to 31 over 4 months (CKD 3b), K 5.4.",
                        "Cardiac history: HFrEF EF 25%, ICD 2023, on sacubitril/valsartan 49/51 BID,",
                        "spironolactone 25 mg, empagliflozin 10 mg, furosemide 40 mg.",
                        "Question: safe GDMT titration with current renal function?",
                        "Nadia Chaudhry, MD",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior auth status HTML table",
        notes="HTML-only prior authorization tracker with names, member ids and procedures for four patients.",
        frm=f"Prior Auth Team <priorauth@{HCA}>",
        to=f"Dr. Nadia Chaudhry <nchaudhry@{HCA}>",
        subject="PA status - your pending cases",
        body="",
        html=(
            "<html><body><p>Dr. Chaudhry, here is where your pending authorizations stand:</p>"
            "<table border='1' cellpadding='4'><tr><th>Patient</th><th>Member ID</th><th>Plan</th>"
            "<th>Study</th><th>Status</th></tr>"
            "<tr><td>Harlan Steiner</td><td>UHC 902241587</td><td>UHC Medicare Adv</td><td>Cardiac MRI w/ contrast</td><td>Approved 11/6</td></tr>"
            "<tr><td>Precious Adeyemi</td><td>MHP610028335</td><td>Midlands HP</td><td>Coronary CTA</td><td>Peer-to-peer requested</td></tr>"
            "<tr><td>Milo Fairbanks</td><td>BCN40077129</td><td>BCBS NE</td><td>PET MPI</td><td>Pending clinicals</td></tr>"
            "<tr><td>Yolanda Briggs</td><td>MCD 5500831</td><td>NE Medicaid</td><td>Event monitor 30d</td><td>Denied - appeal?</td></tr>"
            "</table><p>- Priya, PA team</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Mrs. K med change room number",
        notes="Hard positive: quiet PHI - 'Mrs. K' with a skilled-nursing room number, date and a beta-blocker dose change sent to the facility.",
        frm=f"Anika Sorensen NP <asorensen@{HCA}>",
        to="nursing.2east@prairieviewsnf.com",
        subject="med change for Mrs. K",
        body=(
            "Hi 2 East,\n\nFollowing up on our call this morning about Mrs. K in room 214B. With the "
            "heart rate in the 40s and the fall Saturday, please decrease metoprolol succinate from 50 mg "
            "to 25 mg daily starting tonight, hold for HR < 55 or SBP < 95. We'll see her Thursday at "
            "1:15 in the Papillion office.\n\nAnika Sorensen, APRN\nHeartland Cardiology"
        ),
    ),
    Spec(
        phi=True,
        category="social worker transportation request to charity",
        notes="Social worker asks a community ride program to transport a named patient to cardiac rehab, with phone and address.",
        frm=f'"Gabriela Noriega, LCSW" <gnoriega@{HCA}>',
        to="rides@omahaneighborsride.org",
        subject="Ride request - 3x weekly starting 11/16",
        body=(
            "Hello,\n\nI'm requesting rides for one of our patients, Mr. Earl Tuckett, 3200 N 52nd St "
            "Apt 4, Omaha 68104, phone 402-555-0133. He just started phase II cardiac rehab after his "
            "heart attack and is not cleared to drive for another 4 weeks. Sessions are Mon/Wed/Fri 10:00-11:00 "
            "at our Dodge St location. He uses a cane, no wheelchair needed.\n\nThank you,\n"
            "Gabriela Noriega, LCSW\nHeartland Cardiology Associates\n402-555-0155"
        ),
    ),
    Spec(
        phi=True,
        category="executive forwards complaint letter",
        notes="Executive forwards a patient complaint naming the patient, her ablation and the billing dispute to the practice manager.",
        frm=f"Steven Albrecht <salbrecht@{HCA}>",
        to=f"Denise Carrow <dcarrow@{HCA}>",
        cc=f"compliance@{HCA}",
        subject="Fwd: complaint - please handle by Friday",
        body=(
            "Denise, please call her and loop in billing. I want this closed by Friday.\n\nSteve\n\n"
            "---------- Forwarded message ----------\nFrom: Colleen Marchetti <cmarchetti@icloud.com>\n"
            "Subject: Very unhappy\n\nMr. Albrecht, I had my AFib ablation with Dr. Ferreira on "
            "September 30 and I have now received a bill for $4,212 that my insurance (member "
            "ID WLP783309211) says should have been covered. Nobody from your billing office has "
            "called me back in three weeks. I would like this resolved.\nColleen Marchetti, 402-555-0187"
        ),
    ),
    Spec(
        phi=True,
        category="zip of Holter reports named by MRN",
        notes="Hard positive: PHI only inside a zip of Holter TXT reports (name, MRN, arrhythmia findings) to the reading cardiologist's group.",
        frm=f"Holter Lab <holter@{HCA}>",
        to="reads@plainsecgreaders.com",
        subject="Holter batch 11/10 (3)",
        body="3 studies for overread. Please return by Thursday.\n\nHeartland Holter Lab",
        atts=(
            Att(
                "holter_batch_1110.zip",
                "application/zip",
                zipped(
                    {
                        "HC00533107.txt": "Patient: Zhou, Meiling  MRN HC00533107  DOB 1983-05-19\n48h Holter. Sinus 58-141. 3 runs NSVT max 7 beats. PVC burden 11%.\n",
                        "HC00401266.txt": "Patient: Oyelaran, Femi  MRN HC00401266  DOB 1959-10-02\n48h Holter. AF throughout, rates 70-160. Pauses up to 3.4 s at night.\n",
                        "HC00615920.txt": "Patient: Gustafson, Ruth  MRN HC00615920  DOB 1940-12-24\n24h Holter. Sinus with 2:1 AV block episodes, symptomatic per diary.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to valve registry",
        notes="Hard positive: FHIR JSON bundle (name, MRN, DOB, TAVR procedure, aortic stenosis) sent to the registry abstraction vendor.",
        frm=f"Quality Abstraction <quality@{HCA}>",
        to="submissions@valveregistrypartners.com",
        subject="TVT submission 2026Q4 - record 22871",
        body="Record attached in FHIR format per the data use agreement.",
        atts=(Att("tvt_22871.json", "application/fhir+json", FHIR_BUNDLE),),
    ),
    Spec(
        phi=True,
        category="lipid results to patient outlook",
        notes="Nurse emails a patient his lipid panel values and a statin change.",
        frm=f"Heartland Cardiology Nurse Line <nurseline@{HCA}>",
        to="bennett.yoshida@outlook.com",
        subject="Your recent lab work",
        body=(
            "Dear Mr. Yoshida,\n\nDr. Chaudhry reviewed your fasting labs from November 3:\n"
            "  - LDL 142 (goal under 70)\n  - HDL 38\n  - Triglycerides 210\n  - ALT normal\n\n"
            "Since your LDL is still well above goal after your stent, she would like to increase "
            "atorvastatin from 40 mg to 80 mg daily. A new prescription was sent to the Walgreens on "
            "72nd St. Repeat labs in 8 weeks.\n\nHeartland Cardiology Nurse Line"
        ),
    ),
    Spec(
        phi=True,
        category="IT ticket mentioning patient",
        notes="Hard positive: IT help-desk reply quoting a misprinted transmission report with patient name and MRN.",
        frm=f"HCA IT Service Desk <itsupport@{HCA}>",
        to=f"Tamsin Oduya <toduya@{HCA}>",
        cc="support@clinicprintpros.com",
        subject="INC0048812 printer in device clinic",
        body=(
            "Hi Tamsin,\n\nThe vendor tech is copied. Per your ticket: 'Printer DC-2 jammed mid-job "
            "and the remote ICD interrogation for Harold Benn (MRN HC00190755) printed at the front "
            "desk instead, showing the two shocks from 11/7.' We shredded the front-desk copy. "
            "ClinicPrint will swap the fuser Thursday.\n\nMarcus Dyer\nIT Service Desk"
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary to SNF",
        notes="C-CDA XML discharge summary with name, address, DOB and heart failure course sent to a skilled nursing facility.",
        frm=f"Heartland Transitions of Care <toc@{HCA}>",
        to="admissions@prairieviewsnf.com",
        subject="Transition of care document",
        body="Please find the transition of care document attached for today's admission.\n\nHCA Transitions of Care",
        atts=(Att("toc_summary.xml", "application/xml", CCDA),),
    ),
]
