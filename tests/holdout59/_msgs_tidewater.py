"""Tidewater Pediatric Heart Associates (paediatric cardiology practice): 38 outbound messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import TPH, Att, Spec

SIG = "\n\nTidewater Pediatric Heart Associates\n600 Commerce Pkwy, Norfolk Harbor | Tel 555-0160 | Fax 555-0161"

X12_837 = (
    "ISA*00*          *00*          *ZZ*TIDEWATERPHA   *ZZ*AVAILCLEAR     *260318*1015*^*00501*000002210*0*P*:~"
    "GS*HC*TIDEWATERPHA*AVAILCLEAR*20260318*1015*2210*X*005010X222A1~ST*837*0001*005010X222A1~"
    "BHT*0019*00*TPH2210*20260318*1015*CH~NM1*85*2*TIDEWATER PEDIATRIC HEART ASSOCIATES*****XX*1726503844~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*******MC~NM1*IL*1*BANERJEE*ANIKA****MI*VMC552019834~"
    "N3*18 SPINNAKER WAY~N4*NORFOLK HARBOR*VA*23511~DMG*D8*20190407*F~"
    "CLM*TPH-88310*612***11:B:1*Y*A*Y*Y~HI*ABK:Q21.1~SV1*HC:93306*612*UN*1***1~DTP*472*D8*20260312~"
    "SE*15*0001~GE*1*2210~IEA*1*000002210~"
)

HL7_MRI = (
    "MSH|^~\\&|TPH_EHR|TIDEWATER|RIS|COASTALIMAGING|202603171120||ORM^O01|TPH55021|P|2.5.1\r"
    "PID|1||TPH-0051877^^^TPH^MR||Mbeki^Zola^^^^^L||20120930|F|||9 Lantern Hill Rd^^Norfolk Harbor^VA^23508\r"
    "ORC|NW|ORD-7741\r"
    "OBR|1|ORD-7741||CMR-FUNC^Cardiac MRI with contrast^L|||20260317|||||||||^Osei^Ama\r"
    "DG1|1||Q21.3^Tetralogy of Fallot^I10|||A\r"
    "NTE|1||s/p TOF repair 2013; free PR, RV volume assessment for PVR timing. Needs sedation? No, age 13.\r"
)

FHIR_IMPACT = """{
  "resourceType": "DiagnosticReport",
  "status": "final",
  "code": {"text": "Transthoracic echocardiogram"},
  "subject": {"display": "Felix Araujo", "identifier": {"system": "urn:tph:mrn", "value": "TPH-0049920"}},
  "effectiveDateTime": "2026-03-13",
  "conclusion": "Kawasaki disease, week 2: LAD z-score +3.1 (small aneurysm). Normal function.",
  "conclusionCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M30.3"}]}]
}
"""

PARENT_FWD = Spec(
    phi=True,
    category="",
    notes="",
    frm="Shauna Whitley <shaunawhitley77@gmail.com>",
    to="nurseline@tidewaterpedsheart.com",
    subject="Marcus chest pain again",
    body="Hi, Marcus (14, seen by Dr. Osei for his WPW) had chest pain and a racing heart at track practice again today, maybe 220 on his watch. It stopped after 5 min. Should he keep running? - Shauna",
)

MESSAGES = [
    Spec(
        phi=True,
        category="echo report PDF to referring pediatrician",
        notes="Echo report naming patient with a moderate perimembranous VSD, sent to the referring pediatrician.",
        frm="Dr. Ama Osei <aosei@tidewaterpedsheart.com>",
        to="dr.huang@shoresidepediatrics.com",
        subject="Echo results - Lucia Fernandes",
        body="Dear Dr. Huang,\n\nThank you for referring Lucia Fernandes (4 mo) for a murmur. Her echo shows a moderate perimembranous VSD with mild LV dilation. We started furosemide 1 mg/kg BID and will recheck in 4 weeks. Full report attached."
        + SIG,
        atts=(
            Att(
                "echo_Fernandes_L_20260316.pdf",
                "application/pdf",
                pdf(
                    [
                        "TIDEWATER PEDIATRIC HEART ASSOCIATES",
                        "Transthoracic Echocardiogram Report",
                        "Patient: Lucia Fernandes  DOB 11/09/2025  MRN TPH-0052231",
                        "Findings: 5 mm perimembranous VSD, L->R, peak gradient 38 mmHg; LVEDd z +2.4.",
                        "Interpreting: Ama Osei MD, NPI 1726503844",
                    ],
                    "Echo report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="surgeon text-style note on cyanotic toddler",
        notes="Hard positive: first name plus DOB plus HLHS, home oxygen saturations and Fontan evaluation timing sent to the surgeon.",
        frm="Dr. Ama Osei <aosei@tidewaterpedsheart.com>",
        to="cvsurgery@chkdnorth.org",
        subject="Kai - timing",
        body="Raj - Kai (DOB 04/09/2022, the HLHS kid) is running 74-78 on RA per mom's home ox log. Can we move him up for the Fontan eval? I can send the cath from January.\n\nAma",
    ),
    Spec(
        phi=True,
        category="X12 837 professional claim for echocardiogram",
        notes="Hard positive: patient name, Medicaid ID, address and ASD diagnosis appear only inside the 837 attachment.",
        frm="Tidewater Billing <billing@tidewaterpedsheart.com>",
        to="edi@availclear.com",
        subject="837P batch 2210",
        body="Batch 2210 attached (1 claim). Please confirm 999 acceptance.",
        atts=(Att("TPH2210.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="Holter result to parent's personal mailbox",
        notes="Holter result showing SVT runs for Maya sent to her mother's yahoo address.",
        frm="Tidewater Nurse Line <nurseline@tidewaterpedsheart.com>",
        to="jen.castellanos@yahoo.com",
        subject="Maya's Holter results",
        body="Hi Jen,\n\nDr. Osei read Maya's 24-hour Holter. It showed three short runs of SVT (longest 9 beats) while she was asleep. No treatment change yet; she'd like to see Maya in 6 weeks and do an event monitor. We'll call to schedule.\n\nTidewater Nurse Line",
    ),
    Spec(
        phi=True,
        category="school nurse medication plan for SVT",
        notes="Letter to school nurse with student name, SVT and propranolol dose and emergency plan.",
        frm="Tidewater Nurse Line <nurseline@tidewaterpedsheart.com>",
        to="nurse.office@bayside-elementary.k12.va.us",
        subject="Emergency care plan - Ava Lindqvist",
        body="Ava Lindqvist (grade 3) has supraventricular tachycardia. She takes propranolol 10 mg three times daily; the midday dose should be given at school. If her heart rate stays above 220 for more than 10 minutes, have her try vagal maneuvers (ice to face) and call 911. Parent consent form is on file."
        + SIG,
    ),
    Spec(
        phi=True,
        category="sports disqualification letter to athletic director",
        notes="Letter to school athletic director naming a student not cleared because of hypertrophic cardiomyopathy.",
        frm="Dr. Ama Osei <aosei@tidewaterpedsheart.com>",
        to="athletics@harborhighschool.k12.va.us",
        subject="Participation clearance",
        body="Dear Coach Ramirez,\n\nJordan Pierce is not cleared for competitive basketball this season. He has hypertrophic cardiomyopathy and we are completing his genetic and MRI evaluation. He may participate in light PE. His family has authorized this letter.\n\nAma Osei, MD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="prior authorization for Kawasaki follow-up",
        notes="Prior authorization request to a payer with member ID and Kawasaki disease diagnosis.",
        frm="Authorizations <auth@tidewaterpedsheart.com>",
        to="priorauth@chesapeakehealthplan.com",
        subject="PA request - echo and IVIG follow-up",
        body="Member: Noor Haddad\nMember ID: CHP-7730-21984\nDOB: 05/30/2021\nDx: M30.3 Kawasaki disease (mucocutaneous lymph node syndrome)\nRequested: CPT 93306 at 6 weeks; cardiology visit 99214\nOrdering: Ama Osei MD, NPI 1726503844"
        + SIG,
    ),
    Spec(
        phi=True,
        category="FHIR DiagnosticReport to registry",
        notes="Hard positive: body says only 'one new enrolled case'; patient name, MRN and Kawasaki coronary aneurysm are only in the FHIR attachment.",
        frm="Quality & Registry <registry@tidewaterpedsheart.com>",
        to="upload@kawasakiregistry.org",
        subject="Registry record TPH-KD-031",
        body="One new enrolled case (consent on file).",
        atts=(Att("TPH-KD-031.json", "application/fhir+json", FHIR_IMPACT),),
    ),
    Spec(
        phi=True,
        category="HL7 cardiac MRI order to imaging center",
        notes="Hard positive: body is a resend note; the HL7 order carries patient name, MRN, address and repaired tetralogy of Fallot.",
        frm="Orders <orders@tidewaterpedsheart.com>",
        to="hl7inbox@coastalimagingva.com",
        subject="ORM resend ORD-7741",
        body="Resending ORD-7741 - your engine dropped it Friday.",
        atts=(Att("ORD-7741.hl7", "application/hl7-v2", HL7_MRI),),
    ),
    Spec(
        phi=True,
        category="22q11 genetic result to genetic counselor",
        notes="Genetic FISH result (22q11.2 deletion) for a named infant sent to a genetic counselor.",
        frm="Dr. Samuel Iwu <siwu@tidewaterpedsheart.com>",
        to="gc@coastalgeneticsclinic.org",
        subject="22q result for Isabella Moreno",
        body="Hi Renée - Isabella Moreno's microarray confirmed a 2.5 Mb 22q11.2 deletion (interrupted aortic arch, repaired in January). Family is ready for counseling; mom asked about recurrence risk.\n\nSam",
    ),
    Spec(
        phi=True,
        category="post-op visit note with diagnosis in subject",
        notes="Hard positive: tetralogy of Fallot only in the subject; body names Henry and his mother with a post-op visit.",
        frm="Tidewater Scheduling <scheduling@tidewaterpedsheart.com>",
        to="lgreer.home@outlook.com",
        subject="TOF repair - post-op visit",
        body="Hi Mrs. Greer, Dr. Osei would like to see Henry two weeks after discharge. Please call 555-0142 to book.",
    ),
    Spec(
        phi=True,
        category="abbreviated consult note with MRN",
        notes="Hard positive: abbreviation-heavy note with initials, MRN and arterial switch history.",
        frm="Dr. Samuel Iwu <siwu@tidewaterpedsheart.com>",
        to="fellows@chkdnorth.org",
        subject="clinic pt for M&M",
        body="Pt R.D., MRN TPH-0048213, 7yo M s/p ASO (d-TGA) neonatal, mild neo-AoR, new LPA stenosis grad 35. Plan CT angio, f/u 6mo.",
    ),
    Spec(
        phi=True,
        category="forward of parent's message about chest pain",
        notes="Forwards a mother's message naming her son Marcus, his WPW and palpitations to the hospital EP nurse.",
        frm="Tidewater Nurse Line <nurseline@tidewaterpedsheart.com>",
        to="ep.nurse@chkdnorth.org",
        subject="Fwd: Marcus chest pain again",
        body="Can your EP team call this family today? He's on your ablation list.",
        forward=PARENT_FWD,
    ),
    Spec(
        phi=True,
        category="letter of medical necessity DOCX for home pulse oximeter",
        notes="Hard positive: body says only 'signed LMN attached'; infant name, DOB, member ID and HLHS are in the DOCX.",
        frm="Authorizations <auth@tidewaterpedsheart.com>",
        to="intake@tidewaterhomemedical.com",
        subject="LMN - pulse oximeter",
        body="Signed LMN attached. Please deliver before Friday's discharge.",
        atts=(
            Att(
                "LMN_pulseox.docx",
                DOCX,
                docx(
                    [
                        "Letter of Medical Necessity",
                        "Patient: Elias Sørensen, DOB 02/11/2026, Member ID VMC661204877",
                        "Diagnosis: Q23.4 hypoplastic left heart syndrome, s/p Norwood (stage 1).",
                        "Requested: home pulse oximeter with alarms; interstage home monitoring program.",
                        "Ama Osei, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="interstage home monitoring roster workbook",
        notes="Multi-sheet roster of single-ventricle infants with names, phones and saturation targets to a home health vendor.",
        frm="Interstage Program <interstage@tidewaterpedsheart.com>",
        to="clinical@bluewavehomehealth.com",
        subject="Interstage roster update",
        body="Updated roster attached; two new enrollments this week.",
        atts=(
            Att(
                "interstage_roster.xlsx",
                XLSX,
                xlsx(
                    {
                        "Active": [
                            ["Infant", "Parent phone", "Anatomy", "SpO2 target", "Weight goal"],
                            [
                                "Elias Sørensen",
                                "555-0144",
                                "HLHS s/p Norwood",
                                "75-85",
                                "+20 g/day",
                            ],
                            ["Mila Okoye", "555-0146", "TA s/p BT shunt", "75-85", "+25 g/day"],
                        ],
                        "Graduated": [["Infant", "Glenn date"], ["Kai Brennan-Lowe", "2026-02-18"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ECG image named after patient to electrophysiologist",
        notes="Hard positive: patient name only in the PNG file name; body asks about prolonged QTc.",
        frm="Dr. Samuel Iwu <siwu@tidewaterpedsheart.com>",
        to="ep.consults@chkdnorth.org",
        subject="QTc?",
        body="Long QT? I measure QTc 490 in lead II. Mom has a history of fainting. Tracing attached.",
        atts=(Att("ECG_Tran_Minh_2026-03-12.png", "image/png", png(10, 3, (250, 250, 250))),),
    ),
    Spec(
        phi=True,
        category="HTML payment receipt for echocardiogram",
        notes="HTML-only receipt to parent's gmail naming child, account number and echocardiogram copay.",
        frm="Tidewater Billing <billing@tidewaterpedsheart.com>",
        to="ryan.oconnell.va@gmail.com",
        subject="Payment received - thank you",
        body="",
        html="<html><body><p>Thank you for your payment.</p><table><tr><td>Patient</td><td>Liam O'Connell</td></tr><tr><td>Account</td><td>40021877</td></tr><tr><td>Service</td><td>Echocardiogram (93306), 03/05/2026</td></tr><tr><td>Paid</td><td>$125.00 copay</td></tr></table></body></html>",
    ),
    Spec(
        phi=True,
        category="stress test invite to teen patient",
        notes="Calendar invite to a teenage patient's icloud address for his exercise stress test after Kawasaki disease.",
        frm="Tidewater Scheduling <scheduling@tidewaterpedsheart.com>",
        to="devon.achebe07@icloud.com",
        subject="Your exercise stress test",
        body="Hi Devon, here's your appointment for the treadmill stress test Dr. Osei ordered (Kawasaki follow-up). Wear sneakers and skip caffeine that morning.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tidewater//Sched//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:tph-st-8812@tidewaterpedsheart.com\r\nDTSTAMP:20260317T120000Z\r\nDTSTART:20260402T140000Z\r\n"
            "DTEND:20260402T153000Z\r\nSUMMARY:Exercise stress test - Devon Achebe\r\nLOCATION:Tidewater Pediatric Heart\\, Lab 2\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="cardiology clearance for dental surgery",
        notes="Letter to pediatric dentist naming patient, repaired AV canal and endocarditis prophylaxis with amoxicillin dose.",
        frm="Dr. Samuel Iwu <siwu@tidewaterpedsheart.com>",
        to="frontdesk@brightsmilekids.com",
        subject="Cardiac clearance for dental rehab",
        body="Re: Aiden Kowalski, DOB 08/17/2019\n\nAiden has a repaired complete AV canal with a prosthetic mitral ring and trisomy 21. He needs endocarditis prophylaxis: amoxicillin 50 mg/kg (max 2 g) 30-60 min before the procedure. OK for general anesthesia from a cardiac standpoint."
        + SIG,
    ),
    # ---- non-PHI ----
    Spec(
        phi=False,
        category="electrophysiologist bio with NPI",
        notes="Hard negative: clinician bio with specialty interests (long QT, WPW) and NPI; no patient.",
        frm="Tidewater Marketing <marketing@tidewaterpedsheart.com>",
        to="webmaster@tidewaterpedsheart.com",
        subject="Provider page update - Dr. Osei",
        body="For the website: Ama Osei, MD, NPI 1726503844. Pediatric electrophysiology. Interests: long QT syndrome, Wolff-Parkinson-White, catheter ablation in small children, athletes with arrhythmias.",
    ),
    Spec(
        phi=False,
        category="CME invite on Kawasaki disease",
        notes="Hard negative: CME calendar invite on Kawasaki disease management for referring clinicians.",
        frm="Tidewater Education <education@tidewaterpedsheart.com>",
        to="cme-list@vapediatricsociety.org",
        subject="CME dinner: Kawasaki disease in 2026",
        body="Join us for a case-based update on IVIG-resistant Kawasaki disease. 1.5 CME credits.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tidewater//Edu//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:tph-cme-0409@tidewaterpedsheart.com\r\nDTSTAMP:20260317T120000Z\r\nDTSTART:20260409T223000Z\r\n"
            "DTEND:20260410T003000Z\r\nSUMMARY:CME: Kawasaki disease in 2026\r\nLOCATION:Harbor Grill\\, Norfolk Harbor\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate surgical outcomes CSV to payer",
        notes="Hard negative: CSV of procedure counts and mortality by year; no individual.",
        frm="Quality & Registry <registry@tidewaterpedsheart.com>",
        to="networkcontracts@chesapeakehealthplan.com",
        subject="Outcomes data for centers-of-excellence review",
        body="Attached are our aggregate outcomes (with our partner surgical center) for 2023-2025.",
        atts=(
            Att(
                "outcomes_2023_2025.csv",
                "text/csv",
                "year,procedure,cases,operative_mortality_pct\n2023,VSD repair,41,0\n2024,TOF repair,23,0\n2025,Norwood,12,8.3\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff flu vaccination campaign",
        notes="Staff flu-shot clinic notice.",
        frm="Practice Manager <manager@tidewaterpedsheart.com>",
        to="staff@tidewaterpedsheart.com",
        subject="Last call: staff flu shots",
        body="Occupational health is here Thursday 11-2 in the break room for anyone who missed the fall clinic.",
    ),
    Spec(
        phi=False,
        category="echo machine service ticket with SSN-shaped number",
        notes="Hard negative: service ticket number shaped like an SSN and a device serial for an ultrasound machine; no patient.",
        frm="Biomed Coordinator <biomed@tidewaterpedsheart.com>",
        to="service@sonoviewimaging.com",
        subject="Ticket 431-62-0915 - probe artifact",
        body="Ticket 431-62-0915: the S8-3 probe on system SN EPQ7-22817 shows a dropout band in the near field. Can your engineer come Tuesday?",
    ),
    Spec(
        phi=False,
        category="de-identified measurement zip for AI pilot",
        notes="Hard negative: zip of de-identified echo measurements with random study IDs and ages in years, sent under a DUA.",
        frm="Dr. Samuel Iwu <siwu@tidewaterpedsheart.com>",
        to="research@cardiaiq.com",
        subject="Pilot dataset (de-identified)",
        body="Per the DUA: de-identified measurements, no dates, ages in whole years, IDs random. README inside.",
        atts=(
            Att(
                "pilot_deid.zip",
                "application/zip",
                zipped(
                    {
                        "README.txt": "De-identified per Safe Harbor. Key retained by TPH. Do not attempt re-identification.",
                        "measurements.csv": "sid,age_y,lvedd_z,ef_pct\nR-1901,3,0.4,63\nR-1902,11,2.1,55\nR-1903,7,-0.3,61\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML heart month newsletter",
        notes="HTML-only public newsletter about warning signs of heart disease in children.",
        frm="Tidewater Marketing <marketing@tidewaterpedsheart.com>",
        to="newsletter@tidewaterpedsheart.com",
        subject="February is Heart Month",
        body="",
        html="<html><body><h1>Know the signs</h1><p>Fainting during exercise, chest pain with exertion, or a racing heart at rest can be signs of a heart problem in kids. Talk to your pediatrician.</p><p><a href='https://tidewaterpedsheart.com/events'>Free screening events</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="digoxin elixir shortage notice",
        notes="Hard negative: drug shortage notice with drug names and doses; no individual.",
        frm="Dr. Ama Osei <aosei@tidewaterpedsheart.com>",
        to="referring-list@tidewaterpedsheart.com",
        subject="Pediatric digoxin elixir shortage",
        body="Digoxin 50 mcg/mL elixir is on backorder nationally. Compounding pharmacies can prepare it; please do not switch families to tablets without calling us. Esmolol IV is also limited at the hospital."
        + SIG,
    ),
    Spec(
        phi=False,
        category="maintenance contract renewal",
        notes="Vendor contract renewal; no health information.",
        frm="Practice Manager <manager@tidewaterpedsheart.com>",
        to="contracts@sonoviewimaging.com",
        subject="Service agreement renewal 2026-27",
        body="We'd like to renew the full-coverage agreement for both systems at the 2025 rate. Please send the paperwork.",
    ),
    Spec(
        phi=False,
        category="simulation scenario DOCX for fictional manikin",
        notes="Hard negative: simulation-lab script for a fictional manikin 'Baby Blue' with ductal-dependent lesion; declared not a real patient.",
        frm="Tidewater Education <education@tidewaterpedsheart.com>",
        to="simlab@chkdnorth.org",
        subject="Sim scenario for April",
        body="Scenario attached (fictional manikin case). We'll bring the echo clips.",
        atts=(
            Att(
                "sim_scenario_ductal.docx",
                DOCX,
                docx(
                    [
                        "SIMULATION SCENARIO - FICTIONAL PATIENT (manikin)",
                        "'Baby Blue', 3-day-old, presents with gray color and weak femoral pulses.",
                        "Learning goals: recognize ductal-dependent lesion, start prostaglandin E1 0.05 mcg/kg/min.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job posting for pediatric sonographer",
        notes="Job posting; no patient.",
        frm="Human Resources <hr@tidewaterpedsheart.com>",
        to="postings@healthcarejobsva.com",
        subject="Posting: Pediatric Cardiac Sonographer",
        body="Full-time RDCS (pediatric) for a busy outpatient practice. Congenital experience preferred. Apply at tidewaterpedsheart.com/careers.",
    ),
    Spec(
        phi=False,
        category="interview logistics to applicant gmail",
        notes="Interview logistics to applicant's personal mailbox.",
        frm="Human Resources <hr@tidewaterpedsheart.com>",
        to="brianna.sowell.rdcs@gmail.com",
        subject="Interview Thursday",
        body="Hi Brianna, confirming Thursday at 10. Ask for Cheryl at the front desk. Bring your registry card.",
    ),
    Spec(
        phi=False,
        category="murmur referral guidelines PDF",
        notes="Hard negative: referral guideline PDF listing conditions and symptoms; no individual.",
        frm="Dr. Samuel Iwu <siwu@tidewaterpedsheart.com>",
        to="providers@shoresidepediatrics.com",
        subject="When to refer: murmurs, chest pain, syncope",
        body="Updated one-page guide attached, as promised at your staff meeting.",
        atts=(
            Att(
                "referral_guide_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "TIDEWATER PEDIATRIC HEART ASSOCIATES - Referral Guide 2026",
                        "Refer: any diastolic murmur; syncope with exertion; chest pain with exercise.",
                        "Family history of sudden death under 50 or cardiomyopathy: refer.",
                    ],
                    "Referral guide",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="e-fax migration notice to referrers",
        notes="IT notice about a new fax number.",
        frm="Practice Manager <manager@tidewaterpedsheart.com>",
        to="referring-list@tidewaterpedsheart.com",
        subject="New fax number from April 1",
        body="Our fax number changes to 555-0161 on April 1. The old number forwards until June.",
    ),
    Spec(
        phi=False,
        category="referral volume workbook by provider NPI",
        notes="Hard negative: multi-sheet workbook of referral counts by referring clinician with provider NPIs; no patients.",
        frm="Practice Manager <manager@tidewaterpedsheart.com>",
        to="outreach@tidewaterpedsheart.com",
        subject="Referral volume Q1",
        body="Referral counts by practice and by clinician. Shoreside is up 30%.",
        atts=(
            Att(
                "referrals_Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "By practice": [
                            ["Practice", "Referrals"],
                            ["Shoreside Pediatrics", "44"],
                            ["Pine Street Pediatrics", "19"],
                        ],
                        "By clinician": [
                            ["Clinician", "NPI", "Referrals"],
                            ["Wei Huang MD", "NPI 1399204753", "27"],
                            ["Kofi Oduya MD", "NPI 1204977387", "12"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fee schedule negotiation with CPT codes",
        notes="Hard negative: fee schedule proposal listing CPT codes and rates; no patient.",
        frm="Practice Manager <manager@tidewaterpedsheart.com>",
        to="providerrelations@chesapeakehealthplan.com",
        subject="2026 fee schedule counter-proposal",
        body="Our counter: 93306 at $612, 93303 at $540, 93224 (Holter) at $210, 99204 at $265. Happy to meet next week.",
    ),
    Spec(
        phi=False,
        category="heart walk fundraiser sign-up",
        notes="Staff fundraiser walk sign-up.",
        frm="Practice Manager <manager@tidewaterpedsheart.com>",
        to="staff@tidewaterpedsheart.com",
        subject="Heart Walk team - sign up!",
        body="Team Tidewater is walking May 9. T-shirts for the first 20 to sign up.",
    ),
    Spec(
        phi=False,
        category="endocarditis prophylaxis guidance for dentists",
        notes="Hard negative: general guidance on which cardiac conditions need antibiotic prophylaxis; no individual.",
        frm="Dr. Samuel Iwu <siwu@tidewaterpedsheart.com>",
        to="members@tidewaterdentalsociety.org",
        subject="Quick guide: endocarditis prophylaxis in children",
        body="Prophylaxis is recommended only for prosthetic valves or material, prior endocarditis, unrepaired cyanotic CHD, and the first 6 months after device repair. Typical dose: amoxicillin 50 mg/kg. A simple VSD or a murmur alone does not need it.",
    ),
    Spec(
        phi=False,
        category="parking and front desk hours reply to parent inquiry",
        notes="Reply to a general question from a personal mailbox about office hours and parking; no patient or visit mentioned.",
        frm="Tidewater Front Desk <frontdesk@tidewaterpedsheart.com>",
        to="k.abernathy@hotmail.com",
        subject="Re: office hours",
        body="Hello, we're open 8-5 weekdays and 8-12 on the first Saturday of the month. Free parking behind the building.",
    ),
]

assert TPH
