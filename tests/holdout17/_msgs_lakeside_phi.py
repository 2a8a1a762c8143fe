"""Lakeside Recovery Services: outbound mail that carries PHI (42 CFR Part 2 records)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import HCS, LRS, Att, Spec

PART2 = (
    "\n\nThis information has been disclosed to you from records protected by federal\n"
    "confidentiality rules (42 CFR part 2). The federal rules prohibit you from making any\n"
    "further disclosure of information in this record that identifies a patient as having or\n"
    "having had a substance use disorder unless further disclosure is expressly permitted by the\n"
    "written consent of the individual whose information is being disclosed or as otherwise\n"
    "permitted by 42 CFR part 2.\n"
)

SIG_BANKS = (
    "\n--\nTyrell Banks, LCDC\nIntake Counselor | Lakeside Recovery Services\n"
    "2150 Shoreline Dr, Suite 110, Bryan TX 77802 | 979-555-0143\n"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*LAKESIDERS     *ZZ*CLAIMSBRIDGE   *261110*0915*^*00501"
    "*000004471*0*P*:~\n"
    "GS*HC*LAKESIDERS*CLAIMSBRIDGE*20261110*0915*4471*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*LRS20261110A*20261110*0915*CH~\n"
    "NM1*41*2*LAKESIDE RECOVERY SERVICES*****46*LRS0042~\n"
    "NM1*40*2*TX MEDICAID MCO BRIDGE*****46*TXMCO01~\n"
    "HL*1**20*1~\n"
    "NM1*85*2*LAKESIDE RECOVERY SERVICES*****XX*2383613363~\n"
    "N3*2150 SHORELINE DR STE 110~\nN4*BRYAN*TX*77802~\nREF*EI*741298860~\n"
    "HL*2*1*22*0~\nSBR*P*18*******MC~\n"
    "NM1*IL*1*OKAFOR*DWAYNE*A***MI*T52816437~\n"
    "N3*804 CAVITT AVE APT 3~\nN4*BRYAN*TX*77801~\nDMG*D8*19840217*M~\n"
    "CLM*LRS-118207*168.00***57:B:1*Y*A*Y*Y~\n"
    "HI*ABK:F1120*ABF:Z79891~\n"
    "LX*1~\nSV1*HC:H0020*105.00*UN*7***1~\nDTP*472*RD8*20261102-20261108~\n"
    "LX*2~\nSV1*HC:H0004:HF*63.00*UN*2***1~\nDTP*472*D8*20261105~\n"
    "HL*3*1*22*0~\nSBR*P*18*******MC~\n"
    "NM1*IL*1*PRUITT*SHAYLA*M***MI*T60394518~\n"
    "N3*1417 HOLLEMAN DR W~\nN4*COLLEGE STATION*TX*77840~\nDMG*D8*19960730*F~\n"
    "CLM*LRS-118208*210.00***57:B:1*Y*A*Y*Y~\n"
    "HI*ABK:F1120~\n"
    "LX*1~\nSV1*HC:H0020*210.00*UN*14***1~\nDTP*472*RD8*20261026-20261108~\n"
    "SE*31*0001~\nGE*1*4471~\nIEA*1*000004471~\n"
)

ORM = (
    "MSH|^~\\&|LRS_EHR|LAKESIDE|BVLAB|BRAZOSVALLEYLAB|202611101342||ORM^O01|LRS5520913|P|2.5.1\r"
    "PID|1||LRS-0031877^^^LRS^MR||NGUYEN^THANH^V||19790504|M|||3312 TABOR RD^^BRYAN^TX^77803||"
    "979-555-0188\r"
    "PV1|1|O|OTP^DOSING^01||||1331083927^MARCHETTI^HELEN^^^MD\r"
    "ORC|NW|ORD-77120||||||||||1331083927^MARCHETTI^HELEN^^^MD\r"
    "OBR|1|ORD-77120||UDS13^URINE DRUG SCREEN 13 PANEL W FENTANYL CONFIRM^L|||202611100845\r"
    "DG1|1||F11.20^Opioid dependence, uncomplicated^I10\r"
    "NTE|1||Observed collection. Pt reports buprenorphine 16mg daily, last methadone >30 days.\r"
)

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "lrs-0029415",
      "identifier": [{"system": "urn:lakesiderecovery:mrn", "value": "LRS-0029415"}],
      "name": [{"family": "Barnwell", "given": ["Keisha", "Danielle"]}],
      "birthDate": "1991-09-23", "gender": "female",
      "telecom": [{"system": "phone", "value": "979-555-0171"}]}},
    {"resource": {"resourceType": "MedicationStatement", "status": "active",
      "subject": {"reference": "Patient/lrs-0029415"},
      "medicationCodeableConcept": {"text": "Buprenorphine-naloxone 8 mg-2 mg sublingual film"},
      "dosage": [{"text": "2 films (16 mg) SL once daily"}],
      "effectivePeriod": {"start": "2026-03-02"}}},
    {"resource": {"resourceType": "Condition",
      "subject": {"reference": "Patient/lrs-0029415"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F11.21",
        "display": "Opioid dependence, in remission"}]}}}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="referral intake scheduled (to partner)",
        notes="Named referral from the crisis unit with DOB and buprenorphine induction date.",
        frm=f"Tyrell Banks <tbanks@{LRS}>",
        to=f"Noelle Varga <nvarga@{HCS}>",
        subject="RE: referral from CSU - intake set",
        body=(
            "Noelle,\n\nThanks for the warm handoff. We have Curtis Langford (DOB 06/14/1987) on"
            " the intake schedule for Thursday 11/12 at 8:00. Dr. Marchetti will see him the same"
            " morning for buprenorphine induction, so please ask him to come in at least 12 hours"
            " after his last fentanyl use and in mild withdrawal. If your team can send the ED"
            " labs (CMP, hepatitis panel) before then that would save a blood draw.\n\n"
            "His signed consent for CSU <-> Lakeside covers this exchange." + PART2 + SIG_BANKS
        ),
    ),
    Spec(
        phi=True,
        category="appointment reminder to patient gmail",
        notes="Patient's own gmail; names the OTP dose evaluation visit with the physician.",
        frm=f"Lakeside Front Desk <frontdesk@{LRS}>",
        to="marisol.reyes84@gmail.com",
        subject="Your visit on Tuesday",
        body=(
            "Hi Marisol,\n\nThis is a reminder that you are scheduled on Tuesday, November 17 at"
            " 9:30 AM with Dr. Oyelaran for your methadone dose evaluation. Please come to the"
            " dosing window first and then check in at the front desk. Bring your take-home lock"
            " box so the nurse can do the monthly check.\n\nIf you need to reschedule call"
            " 979-555-0100, option 2.\n\nLakeside Recovery Services - Front Desk\n"
        ),
    ),
    Spec(
        phi=True,
        category="subject-only PHI (missed doses)",
        notes="Hard positive: patient name and missed-dose status only in the subject line.",
        frm=f"Carla Dominguez RN <cdominguez@{LRS}>",
        to=f"Tyrell Banks <tbanks@{LRS}>",
        subject="Reyes, Marisol - missed 3 doses, needs re-eval before dosing",
        body="Can you try her cell today? I put a hold in the dosing system.\n\nCarla\n",
    ),
    Spec(
        phi=True,
        category="837P claim batch to clearinghouse (X12)",
        notes="Hard positive: routine EDI talk in body; names, member ids, H0020 only in X12.",
        frm=f"Lorna Feeney <lfeeney@{LRS}>",
        to="edi-support@claimsbridge.net",
        subject="Resubmission batch 4471 - corrected NPI",
        body=(
            "Hello,\n\nBatch 4471 is attached again with the billing NPI corrected in loop 2010AA."
            " Please confirm receipt and let me know if the 999 comes back clean.\n\nThanks,\n"
            "Lorna Feeney\nBilling Specialist, Lakeside Recovery Services\n"
        ),
        atts=(Att("LRS_837P_batch4471.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="central registry census workbook (multi-sheet XLSX)",
        notes="Census sheet with names, DOB, dose; summary sheet is aggregate.",
        frm=f"Helen Marchetti MD <hmarchetti@{LRS}>",
        to="otp-registry@txota-central.org",
        subject="November central registry update - Lakeside OTP",
        body=(
            "Attached is our monthly central registry update (admissions, discharges and current"
            " census) per the state opioid treatment authority requirement. Sheet 2 has the"
            " counts.\n\nHelen Marchetti, MD\nMedical Director, Lakeside Recovery Services\n"
        ),
        atts=(
            Att(
                "LRS_registry_2026-11.xlsx",
                XLSX,
                xlsx(
                    {
                        "Census": [
                            ["Last", "First", "DOB", "Admit", "Medication", "Dose mg", "Phase"],
                            ["Okafor", "Dwayne", "1984-02-17", "2025-08-11", "Methadone", 95, 3],
                            ["Pruitt", "Shayla", "1996-07-30", "2026-10-26", "Methadone", 40, 1],
                            [
                                "Kowalczyk",
                                "Agnieszka",
                                "1978-12-02",
                                "2024-01-09",
                                "Methadone",
                                120,
                                5,
                            ],
                            ["Nguyen", "Thanh", "1979-05-04", "2026-06-15", "Buprenorphine", 16, 2],
                            [
                                "Langford",
                                "Curtis",
                                "1987-06-14",
                                "2026-11-12",
                                "Buprenorphine",
                                8,
                                1,
                            ],
                        ],
                        "Counts": [
                            ["Measure", "Value"],
                            ["Admissions", 19],
                            ["Discharges", 11],
                            ["Census end of month", 342],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="update to relative (first name + dose)",
        notes=(
            "Hard positive: to a relative's yahoo, only a first name but dose increase and side"
            " effects of an OTP patient."
        ),
        frm=f"Carla Dominguez RN <cdominguez@{LRS}>",
        to="denise.whitaker61@yahoo.com",
        subject="Re: checking in",
        body=(
            "Hi Denise,\n\nYes, Jamal signed the release so I can tell you: he's doing better this"
            " week. We went up to 90 mg on Monday and the nausea has mostly settled. He's been"
            " making every dose. Keep encouraging him to go to group on Wednesdays.\n\nCarla\n\n"
            "> On Nov 9, 2026, Denise Whitaker wrote:\n> How is my son doing? He won't tell me"
            " anything.\n"
        ),
    ),
    Spec(
        phi=True,
        category="wound photo PNG, name in file name",
        notes="Hard positive: injection-site abscess photo; patient name only in the file name.",
        frm=f"Ruth Abernathy RN <rabernathy@{LRS}>",
        to="woundclinic@brazosvalleyhealth.org",
        subject="photo for tomorrow's consult",
        body=(
            "Hi wound team, photo from this morning attached ahead of tomorrow's 1pm consult."
            " Area is about 4 x 3 cm, fluctuant, no streaking. Started on Bactrim DS yesterday.\n\n"
            "Ruth Abernathy, RN - Residential Detox, Lakeside Recovery\n"
        ),
        atts=(Att("Kowalczyk_Agnieszka_L_forearm_abscess_2026-11-10.png", "image/png", png(6, 5)),),
    ),
    Spec(
        phi=True,
        category="family session calendar invite (ICS)",
        notes="Invite to a patient's brother; summary and description name the IOP patient.",
        frm=f"Marcus Delacroix LPC <mdelacroix@{LRS}>",
        to="armen.petrosyan.jr@outlook.com",
        subject="Invitation: Family session - Armen Petrosyan (IOP)",
        body=(
            "Hi Hayk,\n\nAs discussed, here is the invite for the family session for your brother"
            " Armen as part of his intensive outpatient program. It's in the group room on the"
            " 2nd floor.\n\nMarcus\n"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lakeside Recovery//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lrs-fam-20261118-0047@lakesiderecovery.org\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261118T230000Z\r\nDTEND:20261119T000000Z\r\n"
            "SUMMARY:Family session - Armen Petrosyan (IOP week 4)\r\n"
            "DESCRIPTION:Family session for IOP patient Armen Petrosyan with counselor Marcus"
            " Delacroix.\r\nLOCATION:Lakeside Recovery\\, 2150 Shoreline Dr\\, Group Room B\r\n"
            "ORGANIZER:mailto:mdelacroix@lakesiderecovery.org\r\n"
            "ATTENDEE;RSVP=TRUE:mailto:armen.petrosyan.jr@outlook.com\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="lab order HL7 ORM",
        notes="Hard positive: body is a generic resend note; UDS order and F11.20 sit in HL7 v2.",
        frm=f"interfaces@{LRS}",
        to="hl7-inbound@brazosvalleylab.com",
        subject="Manual resend ORM LRS5520913",
        body="Manual resend of one order message that failed on the VPN drop at 13:42. -- LRS IT\n",
        atts=(Att("LRS5520913.hl7", "application/hl7-v2", ORM),),
    ),
    Spec(
        phi=True,
        category="continuity medication list (FHIR JSON)",
        notes="FHIR bundle with patient, buprenorphine statement and F11.21 for a hospital.",
        frm=f"Helen Marchetti MD <hmarchetti@{LRS}>",
        to="hospitalist-group@stjosephbryan.org",
        subject="Continuity of care - bup dosing for your admitted patient",
        body=(
            "Dr. Iyer,\n\nPer our call, attached is the medication bundle for our patient who was"
            " admitted to you last night. Please continue her home buprenorphine through the"
            " admission; we will hold her spot. Consent on file.\n" + PART2
        ),
        atts=(Att("lrs-0029415-meds.json", "application/fhir+json", FHIR),),
    ),
    Spec(
        phi=True,
        category="guest dosing request (forwarded mail)",
        notes="Forwarded request with patient name, dose and last dose date to another OTP.",
        frm=f"Carla Dominguez RN <cdominguez@{LRS}>",
        to="guestdosing@gulfcoastotp.com",
        subject="FW: guest dosing Thanksgiving week",
        body=(
            "Good morning, forwarding the request below. Patient will be in Galveston 11/25 to"
            " 11/29 visiting family. Current dose methadone 75 mg, last dose here will be 11/24."
            " Physician order and consent attached to the original. Please confirm you can"
            " accommodate.\n\nCarla Dominguez, RN, Dosing Supervisor\n" + PART2
        ),
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm=f"Tyrell Banks <tbanks@{LRS}>",
            to=f"Carla Dominguez RN <cdominguez@{LRS}>",
            subject="guest dosing - Shayla Pruitt",
            body=(
                "Carla, Shayla Pruitt (LRS-0030661, DOB 07/30/1996) asked for guest dosing in"
                " Galveston over Thanksgiving. She's phase 1 so no take-homes. Can you send it to"
                " Gulf Coast OTP? Thanks, T\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="drug court compliance report (HTML-only table)",
        notes="Names, cause numbers, UDS results and attendance to a drug court coordinator.",
        frm=f"Tyrell Banks <tbanks@{LRS}>",
        to="drugcourt.coordinator@brazoscountytx.gov",
        subject="Weekly treatment compliance - drug court docket 11/13",
        body="",
        html=(
            "<html><body><p>Ms. Hollis,</p><p>Weekly compliance for participants who signed the"
            " drug court consent:</p><table border='1' cellpadding='3'>"
            "<tr><th>Participant</th><th>Cause #</th><th>IOP attended</th><th>UDS</th>"
            "<th>Notes</th></tr>"
            "<tr><td>Ruben Castellanos</td><td>26-0418-CR</td><td>3/3</td><td>Neg</td>"
            "<td>On track</td></tr>"
            "<tr><td>Brittany Sowell</td><td>26-0522-CR</td><td>2/3</td><td>Pos (meth)</td>"
            "<td>Relapse disclosed, plan updated</td></tr>"
            "<tr><td>Lamar Pettaway</td><td>25-1190-CR</td><td>3/3</td><td>Neg</td>"
            "<td>Step-down to OP recommended</td></tr></table>"
            "<p>Tyrell Banks, LCDC</p><p><small>Protected by 42 CFR part 2; redisclosure"
            " prohibited.</small></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="residential bed board (initials + DOB)",
        notes="Hard positive: initials with full DOB, detox day and withdrawal scores.",
        frm=f"Ruth Abernathy RN <rabernathy@{LRS}>",
        to=f"detox-nurses@{LRS}",
        subject="bed board Mon AM",
        body=(
            "Bed 1  D.O. 02/17/84  day 3 methadone taper, COWS 6\n"
            "Bed 2  S.K. 11/30/72  day 1 alcohol, CIWA 15, phenobarb load given 0300\n"
            "Bed 3  empty - admit from CSU expected after 1400\n"
            "Bed 4  L.P. 08/08/99  day 5, stable, discharge to IOP Wed\n"
            "Bed 5  A.T. 04/21/90  day 2, Suboxone 12 mg, vomiting x2, zofran\n\nRuth\n"
        ),
    ),
    Spec(
        phi=True,
        category="counselor progress note (TXT attachment)",
        notes="Hard positive: body says only 'see attached'; the named counseling note is a TXT.",
        frm=f"Marcus Delacroix LPC <mdelacroix@{LRS}>",
        to="intake@pinehavenresidential.org",
        subject="records per consent",
        body="Please see attached per the signed consent on file. Call me with questions.\n",
        atts=(
            Att(
                "progress_note_Ruben_Castellanos.txt",
                "text/plain",
                "LAKESIDE RECOVERY SERVICES - INDIVIDUAL COUNSELING NOTE\n"
                "Patient: Ruben Castellanos   MRN: LRS-0027703   DOB: 01/09/1993\n"
                "Date of service: 11/06/2026   Modality: individual, 50 min\n"
                "Dx: F15.20 amphetamine-type stimulant use disorder, moderate; F43.10 PTSD\n"
                "Pt reports 41 days abstinent. Cravings 3/10 after contact with former"
                " associates. Practiced urge surfing. Agreed to transfer to residential level at"
                " Pine Haven given housing instability.\n"
                "Counselor: Marcus Delacroix, LPC\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="detox discharge summary (PDF) to PCP",
        notes="Discharge summary PDF with name, DOB, dates and meds to a primary care office.",
        frm=f"Samuel Oyelaran MD <soyelaran@{LRS}>",
        to="records@aggiefamilymed.com",
        subject="Discharge summary - your patient",
        body=(
            "Attached is the discharge summary for your patient who completed residential"
            " withdrawal management with us. She has a follow-up with you on 11/20.\n\n"
            "Samuel Oyelaran, MD, Addiction Medicine\n"
        ),
        atts=(
            Att(
                "discharge_summary_LRS-0031240.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKESIDE RECOVERY SERVICES - RESIDENTIAL WITHDRAWAL MANAGEMENT",
                        "DISCHARGE SUMMARY",
                        "Patient: Linh Phan    MRN LRS-0031240    DOB 08/08/1999",
                        "Admitted 11/04/2026   Discharged 11/09/2026",
                        "Diagnoses: F10.230 Alcohol dependence with withdrawal; F32.1 MDD",
                        "Course: phenobarbital taper, no seizures. Started naltrexone 50 mg daily.",
                        "Discharge meds: naltrexone 50 mg, sertraline 50 mg, thiamine 100 mg",
                        "Follow-up: IOP Lakeside 11/11; PCP Aggie Family Medicine 11/20",
                    ],
                    "Discharge summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization letter (DOCX) with member id",
        notes="Letter of medical necessity for extended-release buprenorphine with member id.",
        frm=f"Lorna Feeney <lfeeney@{LRS}>",
        to="pharmacy-pa@txstarhealthplan.com",
        subject="PA request - Sublocade - letter attached",
        body="Please find the letter of medical necessity attached. Fax cover sent separately.\n",
        atts=(
            Att(
                "LMN_Sublocade.docx",
                DOCX,
                docx(
                    [
                        "Lakeside Recovery Services",
                        "RE: Thanh V. Nguyen  DOB 05/04/1979  Member ID TXS-884201937",
                        "To whom it may concern:",
                        "Mr. Nguyen has opioid use disorder, severe (F11.20) and has been"
                        " maintained on sublingual buprenorphine 16 mg daily since June 2026.",
                        "Due to repeated diversion concerns from household members, we request"
                        " authorization of buprenorphine extended-release injection 300 mg"
                        " monthly x2 then 100 mg monthly.",
                        "Samuel Oyelaran, MD  NPI 1786205777",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="take-home eligibility review (CSV)",
        notes="MRNs with phase, last positive UDS date and decision in a CSV.",
        frm=f"Carla Dominguez RN <cdominguez@{LRS}>",
        to=f"Helen Marchetti MD <hmarchetti@{LRS}>",
        subject="take-home review list for Thursday",
        body="Dr. M - list for Thursday's take-home committee attached. 4 up for step-up.\n",
        atts=(
            Att(
                "takehome_review_1112.csv",
                "text/csv",
                "mrn,name,phase,days_in_tx,last_pos_uds,proposed\n"
                "LRS-0024418,Okafor Dwayne,3,456,2026-03-14,step up to 4\n"
                "LRS-0019962,Kowalczyk Agnieszka,5,1036,2025-01-22,step up to 6\n"
                "LRS-0028850,Sowell Brittany,1,64,2026-11-03,hold\n"
                "LRS-0026310,Ibarra Josefina,2,201,2026-07-19,step up to 3\n"
                "LRS-0027115,Whitaker Jamal,2,188,2026-08-02,step up to 3\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="internal quiet note (Mr. D, bed, med change)",
        notes="Hard positive: 'Mr. D' with bed number, admit day and a medication change.",
        frm=f"Samuel Oyelaran MD <soyelaran@{LRS}>",
        to=f"Ruth Abernathy RN <rabernathy@{LRS}>",
        subject="bed 4 overnight",
        body=(
            "Ruth - Mr. D in bed 4 (came in Saturday night) had CIWA 14 at 0200. Go ahead and"
            " switch him from the chlordiazepoxide to the phenobarb taper we talked about, 130 mg"
            " then 65 q8h. Hold if sedated. I'll see him at 10.\n\nSO\n"
        ),
    ),
    Spec(
        phi=True,
        category="sober living placement (case manager, chatty)",
        notes="Hard positive: chatty; a name, a brand-name injection (Vivitrol), residential stay.",
        frm=f"Brenda Holloway <bholloway@{LRS}>",
        to="house.manager@oakgroverecoveryhomes.com",
        subject="bed for Friday?",
        body=(
            "Hey Gus!\n\nHope the new roof held up in the storm. Quick one: do you still have a bed"
            " open at the Oak Grove house? Lamar Pettaway finishes residential with us on Friday"
            " and had his first Vivitrol shot Tuesday, so he's covered for a month. He's been"
            " great in group and wants to keep going to IOP evenings. He signed a release for you"
            " (attached to the fax I sent).\n\nLet me know!\nBrenda\n\n"
            "Brenda Holloway, Case Manager\nLakeside Recovery Services\n"
        ),
    ),
    Spec(
        phi=True,
        category="chart export bundle (ZIP)",
        notes="Hard positive: face sheet and dosing history are only inside a zip attachment.",
        frm=f"Records Lakeside <records@{LRS}>",
        to="records@gulfcoastotp.com",
        subject="Transfer records - request #2611-08",
        body=(
            "Per request #2611-08 and the patient's signed Part 2 consent, attached are the"
            " records for transfer of care. The zip contains the face sheet and dosing history.\n"
            "\nMedical Records, Lakeside Recovery Services\n"
        ),
        atts=(
            Att(
                "transfer_2611-08.zip",
                "application/zip",
                zipped(
                    {
                        "facesheet_Ibarra_Josefina.txt": (
                            "Name: Josefina Ibarra\nMRN: LRS-0026310\nDOB: 10/03/1982\n"
                            "Address: 906 Esther Blvd, Bryan TX 77802\nPhone: 979-555-0126\n"
                            "Program: Opioid Treatment Program, admitted 04/20/2026\n"
                        ),
                        "dosing_history.csv": (
                            "date,medication,dose_mg,observed\n2026-11-01,methadone,70,Y\n"
                            "2026-11-02,methadone,70,Y\n2026-11-03,methadone,75,Y\n"
                            "2026-11-04,methadone,75,take-home\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient statement to aol",
        notes="Balance statement for OTP services with account number to the patient's aol.",
        frm=f"Lakeside Billing <billing@{LRS}>",
        to="kwanza.freeman@aol.com",
        subject="Statement - account 40017736",
        body=(
            "Dear Kwanza Freeman,\n\nYour statement for account 40017736 is below.\n\n"
            "  10/05-10/31  Daily methadone dosing and counseling (self-pay)   $364.00\n"
            "  11/02        Payment - thank you                                -$200.00\n"
            "  Balance due                                                      $164.00\n\n"
            "A sliding-fee application is available at the front desk. Questions: 979-555-0100"
            " option 4.\n\nLakeside Recovery Services Billing Office\n"
        ),
    ),
    Spec(
        phi=True,
        category="signed consent, PHI only in file name",
        notes=(
            "Hard positive: body and PDF are a generic consent form; the patient's name and DOB"
            " appear only in the attachment file name (consent to an SUD program)."
        ),
        frm=f"Tyrell Banks <tbanks@{LRS}>",
        to="probation.officer4@brazoscscd.org",
        subject="signed form",
        body="Officer Grady - signed form attached as requested. -TB\n",
        atts=(
            Att(
                "Part2_consent_signed_PETROSYAN_Armen_DOB_1988-03-14.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKESIDE RECOVERY SERVICES",
                        "CONSENT FOR THE RELEASE OF CONFIDENTIAL INFORMATION (42 CFR Part 2)",
                        "Recipient: Brazos County Community Supervision and Corrections",
                        "Information: attendance, urine drug screen results, treatment plan",
                        "Purpose: compliance with conditions of community supervision",
                        "Expires: upon completion of supervision",
                        "[signature page scanned]",
                    ],
                    "Consent form",
                ),
            ),
        ),
    ),
]
