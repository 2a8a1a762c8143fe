"""Riverbend Community Health Center (FQHC): outbound mail that carries PHI (20 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import RB, Att, Spec

SIG_FRONT = (
    "\n\nYesenia Carrillo\nPatient Access Representative\nRiverbend Community Health Center\n"
    "1420 Mill Street, Millbrook MN 55409 | 612-555-0148\n"
)
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you "
    "received it in error, notify the sender and delete it.\n"
)

REFUGEE_CSV = (
    "arrival_date,family_case,last_name,first_name,dob,sex,a_number,ssn,country,igra,cxr,notes\n"
    "2026-10-27,FC-2291,Mohamed Abdi,Fadumo,1986-02-11,F,A215-884-301,518-47-2290,Somalia,POSITIVE,"
    "pending,LTBI eval\n"
    "2026-10-27,FC-2291,Mohamed Abdi,Ayaan,2014-08-30,F,A215-884-302,,Somalia,negative,n/a,\n"
    "2026-10-27,FC-2291,Mohamed Abdi,Liban,2017-12-04,M,A215-884-303,,Somalia,negative,n/a,"
    "Hgb 10.1 - iron\n"
    "2026-11-02,FC-2307,Habimana,Jean-Claude,1979-06-19,M,A215-901-117,472-81-0356,"
    "DR Congo,POSITIVE,"
    "normal,start 3HP?\n"
    "2026-11-02,FC-2307,Uwase,Claudine,1983-03-07,F,A215-901-118,472-81-0357,DR Congo,negative,n/a,"
    "Hep B sAg pos - refer GI\n"
)

HL7_LIPID = (
    "MSH|^~\\&|RBCHC_LAB|RIVERBEND|CARDIO_INTAKE|LAKESIDEHEART|202611101422||ORU^R01|"
    "RB88412|P|2.5.1\r"
    "PID|1||RBC0441872^^^RBCHC^MR||Gebremedhin^Selam^T||19680921|F|||882 Larch Ave "
    "Apt 2^^Millbrook^MN^55411||612-555-0193\r"
    "OBR|1|ORD77120|LAB55302|57698-3^Lipid panel^LN|||202611090815\r"
    "OBX|1|NM|2093-3^Cholesterol^LN||286|mg/dL|<200|H|||F\r"
    "OBX|2|NM|2571-8^Triglyceride^LN||341|mg/dL|<150|H|||F\r"
    "OBX|3|NM|18262-6^LDL calc^LN||188|mg/dL|<100|H|||F\r"
    "OBX|4|NM|2085-9^HDL^LN||31|mg/dL|>40|L|||F\r"
)

FHIR_IMM = """{
  "resourceType": "Bundle",
  "type": "batch",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "rb-pat-30177",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8812.1", "value": "RBC0301772"}],
        "name": [{"family": "Tesfaye", "given": ["Henok"]}],
        "birthDate": "2021-04-18",
        "address": [{"line": ["611 Quarry Rd"], "city": "Millbrook", "state": "MN",
                     "postalCode": "55409"}]
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "94",
                                    "display": "MMRV"}]},
        "patient": {"reference": "Patient/rb-pat-30177"},
        "occurrenceDateTime": "2026-11-04",
        "lotNumber": "X7731AB"
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "20",
                                    "display": "DTaP"}]},
        "patient": {"reference": "Patient/rb-pat-30177"},
        "occurrenceDateTime": "2026-11-04",
        "lotNumber": "D4410C"
      }
    }
  ]
}
"""

X12_837D = (
    "ISA*00*          *00*          *ZZ*RBCHCDENT      *ZZ*CLAIMBRIDGE    *261110*1504*^*00501*"
    "000004417*0*P*:~GS*HC*RBCHCDENT*CLAIMBRIDGE*20261110*1504*4417*X*005010X224A2~"
    "ST*837*0001*005010X224A2~BHT*0019*00*RB4417*20261110*1504*CH~"
    "NM1*85*2*RIVERBEND COMMUNITY HEALTH CENTER*****XX*1312927654~"
    "N3*1420 MILL STREET~N4*MILLBROOK*MN*55409~"
    "SBR*P*18*******MC~NM1*IL*1*SANTIAGO*MARISOL****MI*00418826107~"
    "N3*2719 ELM CT~N4*MILLBROOK*MN*55411~DMG*D8*19910304*F~"
    "CLM*RBD0917*412.00***11:B:7*Y*A*Y*Y~DTP*472*D8*20261028~"
    "SV3*AD:D2740*312.00****1~TOO*JP*8~"
    "SV3*AD:D0220*32.00****1~SV3*AD:D1110*68.00****1~"
    "SE*17*0001~GE*1*4417~IEA*1*000004417~"
)


def _housing_letter() -> bytes:
    return docx(
        [
            "RIVERBEND COMMUNITY HEALTH CENTER",
            "1420 Mill Street, Millbrook MN 55409",
            "November 10, 2026",
            "Millbrook Housing & Redevelopment Authority - Reasonable Accommodation Unit",
            "RE: Reasonable accommodation request for Mr. Darnell Whitcomb, DOB 05/02/1958,"
            " current address 4410 River Rd Unit 311",
            "Mr. Whitcomb has been my patient since 2019. He has severe chronic obstructive "
            "pulmonary disease (J44.1) with two hospitalizations this year and uses home oxygen "
            "at 2 L/min continuously. Climbing three flights of stairs causes desaturation below "
            "85%.",
            "I am requesting, as a medical necessity, transfer to a ground-floor or elevator-"
            "accessible unit. Please contact me with any questions.",
            "Sincerely,",
            "Naveen Raghunathan, MD, Family Medicine, NPI 1733203875",
        ]
    )


def _bp_workbook() -> bytes:
    return xlsx(
        {
            "Uncontrolled BP": [
                ["MRN", "Patient", "DOB", "Phone", "Last BP", "Last visit", "PCP"],
                [
                    "RBC0210457",
                    "Olufemi Adeyemi",
                    "1964-01-23",
                    "612-555-0107",
                    "168/102",
                    "2026-08-14",
                    "Raghunathan",
                ],
                [
                    "RBC0377219",
                    "Graciela Montoya",
                    "1959-11-02",
                    "612-555-0176",
                    "152/96",
                    "2026-09-30",
                    "Lindqvist",
                ],
                [
                    "RBC0188340",
                    "Vu Van Thanh",
                    "1971-07-15",
                    "612-555-0131",
                    "174/99",
                    "2026-06-03",
                    "Raghunathan",
                ],
                [
                    "RBC0409962",
                    "Patricia Honeycutt",
                    "1955-03-29",
                    "612-555-0164",
                    "149/94",
                    "2026-10-12",
                    "Okonkwo",
                ],
            ],
            "No visit 12 mo": [
                ["MRN", "Patient", "DOB", "Dx", "Last visit"],
                ["RBC0155120", "Kwame Asante", "1962-05-08", "I10, E11.9", "2025-09-19"],
                ["RBC0266873", "Leticia Barrios", "1968-12-11", "I10", "2025-07-02"],
            ],
            "CHW assignments": [
                ["CHW", "Patients"],
                ["Abdirahman", "Adeyemi, Asante"],
                ["Marisela", "Montoya, Barrios, Honeycutt"],
                ["Thao", "Vu"],
            ],
        }
    )


_FWD_PATIENT = Spec(
    phi=True,
    category="fwd",
    notes="forwarded original",
    frm="Kiara Washington <kiarawash88@gmail.com>",
    to="Care Team <careteam@riverbendchc.org>",
    subject="inhaler refill for my son",
    body=(
        "Hello, my son Jaylen Washington (born 3/9/2015) is almost out of his Flovent 44 and "
        "his albuterol. He had a bad night Saturday, coughing and wheezing, we used the rescue "
        "inhaler 4 times. Can Dr. Lindqvist send refills to the Walgreens on Cedar Ave? "
        "He also needs a new spacer for school.\n\nThank you\nKiara\n"
    ),
)


MESSAGES = [
    Spec(
        phi=True,
        category="interpreter request with patient visit",
        notes="Somali interpreter booking naming the patient, DOB and an OB visit.",
        frm=f"Yesenia Carrillo <ycarrillo@{RB}>",
        to="Scheduling <scheduling@lingualinkinterp.com>",
        subject="Interpreter request - Somali - Tue 11/17 10:40",
        headers=(("X-Mailer", "Microsoft Outlook 16.0"),),
        body=(
            "Hi LinguaLink team,\n\nPlease book an in-person Somali interpreter (female "
            "preferred) for:\n\nPatient: Hodan Warsame\nDOB: 03/14/1988\nDate/time: Tuesday "
            "11/17/2026, 10:40 am (plan 60 min)\nVisit: prenatal visit, 24 weeks, glucose "
            "tolerance test + ultrasound review with Midwife Ingrid Sorensen\nLocation: "
            "Riverbend CHC, 1420 Mill St, 2nd floor Women's Health\n\nPatient's callback "
            "number is 612-555-0122 if the interpreter needs to reach her." + SIG_FRONT
        ),
    ),
    Spec(
        phi=True,
        category="NEMT ride booking",
        notes="HTML table to ride broker: patient name, home address, phone, wheelchair and "
        "a post-op wound check appointment.",
        frm=f"Marisela Ortega <mortega@{RB}>",
        to="Trip Desk <trips@northstarmedride.com>",
        subject="Ride booking - 2 trips Thursday",
        body="",
        html=(
            "<html><body><p>Good morning, please schedule the rides below. Both are Medical "
            "Assistance members.</p><table border='1' cellpadding='4'>"
            "<tr><th>Member</th><th>MA ID</th><th>Pickup</th><th>Phone</th><th>Appt</th>"
            "<th>Reason</th><th>Mobility</th></tr>"
            "<tr><td>Evelyn Strickland</td><td>00471993205</td><td>3308 Birch Ln, Millbrook"
            "</td><td>612-555-0183</td><td>11/12 9:15</td><td>post-op wound check (R knee)"
            "</td><td>wheelchair</td></tr>"
            "<tr><td>Ahmed Farah Nur</td><td>00488120561</td><td>905 6th Ave S #12</td>"
            "<td>612-555-0119</td><td>11/12 13:30</td><td>dental - extractions</td>"
            "<td>ambulatory</td></tr></table>"
            "<p>Return trips will-call. Thanks!<br>Marisela Ortega, CHW<br>Riverbend CHC</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="refugee screening roster CSV",
        notes="Hard positive: body is bland; CSV has refugee names, DOBs, A-numbers, IGRA and "
        "hepatitis B results.",
        frm=f"Lena Kowalczyk RN <lkowalczyk@{RB}>",
        to="TB Program <tbprogram@wexlercounty.gov>",
        cc=f"refugeehealth@{RB}",
        subject="November arrivals - domestic screening results",
        body=(
            "Hi Tomasz,\n\nAttached are the domestic screening results for the two families "
            "who arrived in late October / early November. Two positive IGRAs - can your "
            "team schedule the LTBI evals? I flagged the other follow-ups in the notes "
            "column.\n\nLena\n\nLena Kowalczyk, RN\nRefugee Health Nurse Coordinator\n"
        ),
        atts=(Att("nov_arrivals_screening.csv", "text/csv", REFUGEE_CSV),),
    ),
    Spec(
        phi=True,
        category="WIC referral",
        notes="Referral to county WIC naming a pregnant patient with her Hgb and due date.",
        frm=f"Beatriz Salcedo RD <bsalcedo@{RB}>",
        to="WIC Referrals <wic.referrals@wexlercounty.gov>",
        subject="WIC referral",
        body=(
            "Hello,\n\nReferring the following patient for WIC certification:\n\n"
            "Name: Maria Elena Ochoa\nDOB: 08/21/1999\nPhone: 612-555-0158 (Spanish)\n"
            "Address: 1207 Hawthorne Ave, Millbrook 55411\nEDD: 02/03/2027 (G3P2, 28 wks)\n"
            "Hemoglobin 9.8 g/dL on 11/05 - started ferrous sulfate 325 mg daily\n"
            "Household: 2 children (ages 4 and 2), both already on WIC under her name.\n\n"
            "She prefers appointments after 3 pm.\n\nBeatriz Salcedo, RD, LD\nNutrition "
            "Services\nRiverbend Community Health Center\n"
        ),
    ),
    Spec(
        phi=True,
        category="housing accommodation letter DOCX",
        notes="DOCX letter to housing authority: patient name, DOB, address, COPD and oxygen.",
        frm=f"Jolene Redcloud LICSW <jredcloud@{RB}>",
        to="Reasonable Accommodations <ra@millbrookhra.org>",
        subject="Accommodation letter - transfer request",
        body=(
            "Good afternoon,\n\nAttached is the provider letter supporting the ground-floor "
            "transfer request we discussed on the phone. The tenant's signed release is on "
            "file with us.\n\nJolene Redcloud, LICSW\nSocial Work / Enabling Services\n"
            "Riverbend CHC\n"
        ),
        atts=(Att("provider_letter_Whitcomb.docx", DOCX, _housing_letter()),),
    ),
    Spec(
        phi=True,
        category="benefits enrolment to patient gmail",
        notes="CHW tells a patient at gmail her MinnesotaCare enrolment and member id and her "
        "sliding-fee status for past visits.",
        frm=f"Abdirahman Yusuf <ayusuf@{RB}>",
        to="rosalind.pike62@gmail.com",
        subject="Your MinnesotaCare application",
        body=(
            "Hi Rosalind,\n\nGood news - your MinnesotaCare application was approved today. "
            "Your member ID is 00522871904 and coverage starts December 1. Until then the "
            "sliding fee discount (Level B, 60%) still applies, so your balance for the "
            "October 14 diabetes visit and labs is $38.00, not the $212 on the statement.\n\n"
            "Your new card should arrive in about 10 days. Bring it to your next appointment "
            "with Dr. Okonkwo on 12/3.\n\nAbdirahman Yusuf\nCertified Application Counselor\n"
            "Riverbend Community Health Center | 612-555-0140\n"
        ),
    ),
    Spec(
        phi=True,
        category="dental pre-op note to relative",
        notes="Hard positive: child's first name plus extraction under nitrous, sent to the "
        "father's yahoo address.",
        frm=f"Riverbend Dental <dental@{RB}>",
        to="quangtran.mn@yahoo.com",
        subject="Thursday appointment",
        body=(
            "Hi Mr. Tran,\n\nJust confirming Bao's appointment this Thursday 11/12 at 2:15 pm "
            "with Dr. Halvorsen for the two lower baby molar extractions. Since we are using "
            "nitrous oxide, please have him eat only a light meal at least 2 hours before. "
            "He can go back to school Friday. Soft foods for a day.\n\nSee you Thursday!\n"
            "Riverbend Dental Clinic\n612-555-0170\n"
        ),
    ),
    Spec(
        phi=True,
        category="shelter respite med change",
        notes="Hard positive: 'Mrs. K' in bed 14 at the respite shelter with a metformin dose "
        "change and a glucose value.",
        frm=f"Desmond Achebe NP <dachebe@{RB}>",
        to="Harbor St Respite Staff <staff@harborstrespite.org>",
        subject="bed 14 update",
        body=(
            "Hi all - saw Mrs. K in bed 14 this morning during street medicine rounds. Fasting "
            "sugar was 261. I increased her metformin to 1000 mg twice a day with meals (new "
            "bottle is in the med lockbox, old 500s can go back to the pharmacy). Please "
            "remind her about the foot soak and keep the dressing on the left heel dry. "
            "I'll be back Friday.\n\nDesmond\n"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 lab result to cardiology",
        notes="Hard positive: body only says 'results attached'; HL7 ORU carries name, DOB, "
        "address and lipid panel.",
        frm=f"Referral Desk <referrals@{RB}>",
        to="Intake <intake@lakesideheart.com>",
        subject="Referral 77120 - lab results",
        body=(
            "Attached per your intake checklist. Referral paperwork was faxed 11/9. Please "
            "call the referral desk with the appointment date.\n\nRiverbend CHC Referrals\n"
            "fax 612-555-0199\n"
        ),
        atts=(Att("ORU_77120.hl7", "application/hl7-v2", HL7_LIPID),),
    ),
    Spec(
        phi=True,
        category="FHIR immunization resend",
        notes="Hard positive: FHIR bundle with a child's name, DOB, address and two vaccines.",
        frm=f"Interfaces <interfaces@{RB}>",
        to="MIIS Onboarding <miis.onboarding@health.state.mn.example.gov>",
        subject="Resend - rejected batch 2026-11-04 (1 record)",
        body=(
            "Hello,\n\nYour ack rejected one record from our 11/4 batch (error 104, address "
            "missing). Corrected record attached as FHIR JSON. Can you confirm it loads?\n\n"
            "Thanks,\nPriya Venkataraman\nEHR Interfaces Analyst, Riverbend CHC\n"
        ),
        atts=(Att("resend_rb-pat-30177.json", "application/fhir+json", FHIR_IMM),),
    ),
    Spec(
        phi=True,
        category="X12 837D dental claim",
        notes="Dental claim resubmission with X12 837D: member name, MA id, DOB, CDT lines.",
        frm=f"Dental Billing <dentalbilling@{RB}>",
        to="Support <support@claimbridge.net>",
        subject="Rejected 837D - ICN 2026302117 corrected",
        body=(
            "Hi ClaimBridge support,\n\nThe attached corrected 837D is for the claim that "
            "bounced with 'subscriber DOB mismatch'. Please push it through manually - the "
            "timely filing window closes next week.\n\nThank you,\nOksana Petrenko\nDental "
            "Billing Specialist\n"
        ),
        atts=(Att("RBD0917_corrected.x12", "application/edi-x12", X12_837D),),
    ),
    Spec(
        phi=True,
        category="patient statement to hotmail",
        notes="Billing reply to patient with account number, visit date and balance for care.",
        frm=f"Patient Billing <billing@{RB}>",
        to="g.holmberg1949@hotmail.com",
        subject="RE: question about my bill",
        headers=(
            ("In-Reply-To", "<BY5PR11MB4021A7C3E0@hotmail.com>"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ),
        body=(
            "Dear Mr. Holmberg,\n\nThank you for your call. For account 700418562 we applied "
            "your Medicare payment (MBI 4TQ7-WN2-KA58) and your sliding fee discount. "
            "The remaining $20.00 is the "
            "flat fee for the 10/21 visit (hearing screening and ear irrigation). You can pay "
            "by phone, online, or at your next visit.\n\nSincerely,\nTamika Greer\nPatient "
            "Financial Services\n"
            "\n> -----Original Message-----\n> From: g.holmberg1949@hotmail.com\n> I got a bill "
            "for $140 and I thought my Medicare covered the ear thing.\n"
        ),
    ),
    Spec(
        phi=True,
        category="PHI only in subject",
        notes="Hard positive: subject carries name, DOB and A1c; body is just a sign-off ask.",
        frm=f"Hannah Oduya MA <hoduya@{RB}>",
        to=f"Dr. Okonkwo <cokonkwo@{RB}>",
        subject="Reyes, Alma DOB 07/02/1961 - A1c 11.2, needs insulin start?",
        body="Dr. O - can you look at this one before Friday? She's on the schedule 11/13.\n\nH\n",
    ),
    Spec(
        phi=True,
        category="PHI only in attachment file name",
        notes="Hard positive: scanned mammogram referral; the PDF text is only a scan header, "
        "the patient's name, DOB and exam are in the file name.",
        frm=f"Medical Records <records@{RB}>",
        to="Scheduling <imaging.scheduling@northfieldimaging.com>",
        subject="scanned referral",
        body="Scanned referral attached. Please call the patient directly to schedule.\n",
        atts=(
            Att(
                "Nguyen_Thi_Lan_DOB_1979-05-22_diagnostic_mammogram_L_breast_mass.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND COMMUNITY HEALTH CENTER",
                        "Scanned document - page 1 of 1",
                        "Scanner: RB-MR-02",
                    ],
                    "scan0041",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound photo PNG to podiatry",
        notes="PNG wound photo whose file name gives the patient's name and the ulcer.",
        frm=f"Desmond Achebe NP <dachebe@{RB}>",
        to="Dr. Ruth Abernathy <rabernathy@millbrookfootankle.com>",
        subject="photo before Monday consult",
        body=(
            "Ruth - photo from today attached ahead of his Monday consult. Ulcer is about "
            "2 x 1.5 cm, probes to tendon? Not sure. He's been off his feet at the shelter "
            "mostly. Thanks.\n\nDesmond Achebe, APRN, CNP\nStreet Medicine, Riverbend CHC\n"
        ),
        atts=(
            Att(
                "Okafor_Chidi_R_foot_ulcer_2026-11-10.png", "image/png", png(6, 6, (180, 120, 110))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ICS appointment to patient",
        notes="Calendar invite to a patient's outlook address for a prenatal visit.",
        frm=f"Riverbend Women's Health <womenshealth@{RB}>",
        to="Shanice Burrell <shanice.burrell@outlook.com>",
        subject="Appointment: Prenatal visit (32 weeks) - Mon Nov 16",
        body=(
            "Hi Shanice, your next prenatal visit is on your calendar. Please bring your "
            "blood pressure log and the Tdap vaccine record from your last pregnancy.\n"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend CHC//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:rb-appt-5518832@riverbendchc.org\r\n"
            "DTSTAMP:20261109T150000Z\r\nDTSTART:20261116T153000Z\r\n"
            "DTEND:20261116T161000Z\r\nSUMMARY:Prenatal visit 32 wks - Shanice Burrell "
            "(gestational hypertension f/u)\r\nLOCATION:Riverbend CHC Women's Health\\, "
            "1420 Mill St\r\nORGANIZER;CN=Riverbend Women's Health:mailto:"
            "womenshealth@riverbendchc.org\r\nATTENDEE;CN=Shanice Burrell:mailto:"
            "shanice.burrell@outlook.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient email rfc822",
        notes="Hard positive: short internal forward; the attached original has the child's "
        "name, DOB, asthma exacerbation and medications.",
        frm=f"Care Team Inbox <careteam@{RB}>",
        to=f"Pharmacy <pharmacy@{RB}>",
        subject="FW: inhaler refill for my son",
        body="Can pharmacy handle? Dr. L approved both refills + spacer. -Ana\n",
        forward=_FWD_PATIENT,
    ),
    Spec(
        phi=True,
        category="hypertension outreach XLSX multisheet",
        notes="Multi-sheet workbook of uncontrolled-BP patients: MRNs, names, DOBs, phones, BPs.",
        frm=f"Quality Team <quality@{RB}>",
        to=f"CHW Team <chw@{RB}>",
        subject="BP outreach list - November",
        body=(
            "Team,\n\nHere is this month's hypertension outreach list. Sheet 1 = last BP over "
            "140/90, sheet 2 = no visit in 12 months. Please document calls in the outreach "
            "flowsheet by 11/25.\n\nThanks,\nGwen Abernathy-Lowe\nQuality Improvement "
            "Manager\n"
        ),
        atts=(Att("bp_outreach_nov2026.xlsx", XLSX, _bp_workbook()),),
    ),
    Spec(
        phi=True,
        category="group class roster initials + DOB",
        notes="Hard positive: diabetes class roster with initials, birth dates and A1c values.",
        frm=f"Hannah Oduya MA <hoduya@{RB}>",
        to=f"Beatriz Salcedo RD <bsalcedo@{RB}>",
        subject="class roster for Weds",
        body=(
            "Bea - here is who confirmed for Wednesday's diabetes group:\n\n"
            "J.M.   04/02/1957   A1c 9.4\nR.O.   11/30/1972   A1c 8.1 (new to insulin)\n"
            "T.H.   06/17/1966   A1c 10.2\nS.A.-B. 01/09/1980  A1c 7.9\n"
            "L.N.   09/25/1949   A1c 8.8 - needs Vietnamese interpreter\n\n"
            "Room 2B is booked 1-2:30. Glucometers are in the cabinet.\n"
        ),
    ),
    Spec(
        phi=True,
        category="food shelf delivery note",
        notes="Hard positive: 'Mr. Haile' with street address and post-op status to a food bank.",
        frm=f"Marisela Ortega <mortega@{RB}>",
        to="Deliveries <deliveries@millbrookfoodshelf.org>",
        subject="home delivery add - 2210 Oak",
        body=(
            "Hi Gloria,\n\nCan you add Mr. Haile at 2210 Oak St Apt 5 to the Tuesday "
            "home-delivery route for the next 4 weeks? He had hernia surgery on the 3rd and "
            "can't lift or drive until cleared. Low-sodium items if you have them (blood "
            "pressure). Best number is 612-555-0187, he speaks Amharic but his daughter "
            "answers.\n\nThank you!\nMarisela\n"
        ),
    ),
]
