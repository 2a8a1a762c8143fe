"""New Horizons Recovery Center (outpatient addiction treatment, MOUD, 42 CFR Part 2 program):
outbound mail, half identifying clients in treatment, half without PHI."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import NHR, SBC, Att, Spec

PART2 = (
    "\n\n42 CFR Part 2 NOTICE: This information has been disclosed to you from records protected "
    "by\nFederal confidentiality rules (42 CFR part 2). The Federal rules prohibit you from "
    "making any\nfurther disclosure of this information unless expressly permitted by the "
    "written consent of\nthe person to whom it pertains or as otherwise permitted by 42 CFR "
    "part 2.\n"
)

SIG = "\nNew Horizons Recovery Center | 77 Scott St, Wausau WI | 715-555-0400\n"

FHIR_MED = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "nhrc-30418",
      "name": [{"family": "Redcloud", "given": ["Jolene"]}],
      "birthDate": "1990-06-22", "gender": "female",
      "telecom": [{"system": "phone", "value": "715-555-0419"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/nhrc-30418"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F11.20",
        "display": "Opioid dependence, uncomplicated"}]},
      "clinicalStatus": {"coding": [{"code": "active"}]}}},
    {"resource": {"resourceType": "MedicationStatement", "status": "active",
      "subject": {"reference": "Patient/nhrc-30418"},
      "medicationCodeableConcept": {"text": "buprenorphine/naloxone 8 mg/2 mg film, 2 daily"},
      "effectivePeriod": {"start": "2026-03-02"}}}
  ]
}
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*NEWHORIZONS    *ZZ*CLAIMBRIDGE    *261111*1402*^*00501*"
    "000000882*0*P*:~\n"
    "GS*HC*NEWHORIZONS*CLAIMBRIDGE*20261111*1402*882*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\nBHT*0019*00*NH882*20261111*1402*CH~\n"
    "NM1*85*2*NEW HORIZONS RECOVERY CENTER*****XX*1070561489~\n"
    "HL*2*1*22*0~\nSBR*P*18*******MC~\n"
    "NM1*IL*1*HALVORSEN*CODY*J***MI*WI7731045528~\n"
    "N3*615 ELM ST~\nN4*MERRILL*WI*54452~\nDMG*D8*19960104*M~\n"
    "CLM*NH-26-77120*212.50***11:B:1*Y*A*Y*Y~\n"
    "HI*ABK:F1120*ABF:F1410~\n"
    "LX*1~\nSV1*HC:H0020*95.00*UN*1***1~\nDTP*472*D8*20261103~\n"
    "LX*2~\nSV1*HC:H0005*117.50*UN*1***1~\nDTP*472*D8*20261104~\n"
    "SE*18*0001~\nGE*1*882~\nIEA*1*000000882~\n"
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="pcp_coordination_part2",
        notes="Prescriber tells a client's PCP about MOUD dose, with consent and Part 2 notice.",
        frm=f'"Ana Ruiz, MD" <aruiz@{NHR}>',
        to="dr.feldman@westonfamilymed.com",
        subject="Care coordination - shared patient (consent on file)",
        body=(
            "Dr. Feldman,\n\nWith her signed consent (dated 10/30/2026), I'm letting you know "
            "that Jolene Redcloud (DOB 06/22/1990) has been in our MOUD program since March. "
            "She is stable on buprenorphine/naloxone 16 mg/4 mg daily, UDS negative for "
            "non-prescribed opioids x 5 months. She mentioned starting sertraline with you - "
            "no interaction concerns on our end. Please avoid prescribing opioids or "
            "benzodiazepines without calling me first.\n\nAna Ruiz, MD\nMedical Director, "
            "Addiction Medicine" + PART2
        ),
    ),
    Spec(
        phi=True,
        category="client_reminder_gmail_first_name",
        notes="Hard positive: first name at the client's gmail with group schedule and UDS due.",
        frm=f"Maya Lindstrom <mlindstrom@{NHR}>",
        to="devon.hartley94@gmail.com",
        subject="tuesday",
        body=(
            "Hey Devon - reminder that group moved to Tuesday at 6 this week, and you're due "
            "for a UDS when you come in, so come 15 min early. Your Sublocade shot is the 19th."
            "\n\nMaya (your counselor)"
        ),
    ),
    Spec(
        phi=True,
        category="pharmacy_bup_rx",
        notes="Prescriber tells a community pharmacy about a client's buprenorphine prescription.",
        frm=f'"Ana Ruiz, MD" <aruiz@{NHR}>',
        to="pharmacist@merrillcommunityrx.com",
        subject="Buprenorphine Rx for your patient - dose change",
        body=(
            "Hello,\n\nPlease cancel the remaining refills of buprenorphine/naloxone 8/2 mg "
            "films for Cody Halvorsen (DOB 01/04/1996) and fill the new e-Rx for 12/3 mg films, "
            "one film twice daily, #28 (14-day supply). The patient reported ongoing cravings "
            "at the lower dose.\n\nPrescriber: Ana Ruiz, MD, NPI 1070561489, DEA FR0676645\n"
            "(X-waiver no longer required.)" + PART2
        ),
    ),
    Spec(
        phi=True,
        category="drug_court_report_pdf",
        notes="Hard positive: PHI only in the PDF attendance/toxicology report to drug court.",
        frm=f"Court Liaison <courtliaison@{NHR}>",
        to="treatmentcourt@wicourts-marathon.gov",
        subject="Weekly compliance report",
        body="Weekly report attached per the signed consent on file.\n" + SIG,
        atts=(
            Att(
                "treatment_court_week45.pdf",
                "application/pdf",
                pdf(
                    [
                        "NEW HORIZONS RECOVERY CENTER - TREATMENT COURT COMPLIANCE REPORT",
                        "Week of 11/02/2026 - 11/08/2026",
                        "Participant: Travis Boettcher   DOB 09/14/1987   Case 26CF000412",
                        "IOP attendance: 3 of 3 sessions",
                        "UDS 11/03: negative all panels. UDS 11/06: positive methamphetamine",
                        "Participant acknowledged use on 11/05 after job loss.",
                        "Counselor recommendation: no sanction; add 1 individual session/week.",
                        "Counselor: Derek Moua, CADC",
                    ],
                    "Compliance report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject_only_missed_dose",
        notes="Hard positive: client's full name and missed dose only in the subject.",
        frm=f"Nursing <nursing@{NHR}>",
        to=f"mlindstrom@{NHR}",
        subject="Kendra Whitfield - missed Vivitrol injection, please call her",
        body="She didn't show at 10. Can you reach out? -Gail",
    ),
    Spec(
        phi=True,
        category="ics_injection_outlook",
        notes="Calendar invite to a client's outlook for a naltrexone injection appointment.",
        frm=f"Front Desk <frontdesk@{NHR}>",
        to="k.whitfield@outlook.com",
        subject="Rescheduled: your appointment",
        body="Kendra, here is your new appointment time. Reply if it doesn't work.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//New Horizons//Scheduler//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:nh-appt-77213@newhorizonsrecovery.org\r\n"
            "DTSTAMP:20261110T180000Z\r\nDTSTART:20261112T150000Z\r\nDTEND:20261112T153000Z\r\n"
            "SUMMARY:Vivitrol (naltrexone ER) injection - nurse visit\r\n"
            "DESCRIPTION:Kendra Whitfield - monthly injection. Bring your insurance card.\r\n"
            "LOCATION:New Horizons Recovery Center\\, 77 Scott St\\, Wausau\r\n"
            "ORGANIZER:mailto:frontdesk@newhorizonsrecovery.org\r\n"
            "ATTENDEE;RSVP=TRUE:mailto:k.whitfield@outlook.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="employer_rtw_letter",
        notes="Return-to-work letter to an employer's HR confirming IOP attendance (with consent).",
        frm=f"Derek Moua <dmoua@{NHR}>",
        to="hr@wausaupaperworks.com",
        subject="Return to work - Anthony Reinholt",
        body=(
            "Ms. Sorensen,\n\nAs authorized by Mr. Reinholt's signed consent, this confirms he "
            "has attended our intensive outpatient program for alcohol use disorder since "
            "10/05/2026, with full attendance and negative breath and urine tests. He is "
            "cleared from our perspective to return to his regular duties on 11/16. He will "
            "continue weekly aftercare on Thursday evenings.\n\nDerek Moua, CADC" + PART2
        ),
    ),
    Spec(
        phi=True,
        category="prior_auth_member_id",
        notes="Prior authorization request to a Medicaid HMO with member ID and diagnosis.",
        frm=f"Billing & Authorizations <auth@{NHR}>",
        to="pharmacy-pa@badgercaremco.com",
        subject="PA request - extended-release injectable naltrexone",
        body=(
            "Member: Kendra Whitfield\nMember ID: 8841027736\nDOB: 02/11/1985\n"
            "Dx: F10.20 alcohol dependence, uncomplicated; F11.21 opioid dependence, in "
            "remission\nDrug: naltrexone ER 380 mg IM every 4 weeks (J2315)\n"
            "Failed/contraindicated: oral naltrexone (non-adherence x2), acamprosate (CrCl 38)\n"
            "Prescriber: Ana Ruiz, MD, NPI 1070561489\n\nPlease fax determination to "
            "715-555-0409.\n\nTerri Lau, Authorizations" + PART2
        ),
    ),
    Spec(
        phi=True,
        category="x12_837_claim_file",
        notes="Hard positive: PHI only in an X12 837P claim file sent to the clearinghouse.",
        frm=f"Billing & Authorizations <billing@{NHR}>",
        to="edi-support@claimbridge.net",
        subject="Rejected claim file 882 - loop 2010BA",
        body=(
            "Hi,\n\nYour 999 rejected our batch 882 at loop 2010BA. Sample attached with the "
            "single claim. I think the payer ID mapping for the Medicaid plan changed. Can you "
            "advise?\n\nTerri Lau\nBilling Specialist"
        ),
        atts=(Att("NH_837P_882.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="group_roster_initials_csv",
        notes="Hard positive: IOP group roster CSV with initials, DOB and attendance.",
        frm=f"Derek Moua <dmoua@{NHR}>",
        to="dmoua.personal@gmail.com",
        subject="roster to finish notes at home",
        body="sending to myself so I can finish notes tonight\n",
        atts=(
            Att(
                "IOP_tue_thu_group.csv",
                "text/csv",
                "initials,dob,primary_sub,11/03,11/05,UDS_11/05\n"
                "T.B.,09/14/1987,meth,P,P,+meth\n"
                "A.R.,03/27/1979,alcohol,P,P,neg\n"
                "C.H.,01/04/1996,opioid,P,A,not done\n"
                "L.S.,12/19/2001,cannabis/alcohol,A,P,neg\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mother_reply_intake",
        notes="Counselor replies to a mother (quoted) confirming her son made it to intake.",
        frm=f"Intake <intake@{NHR}>",
        to="pamela.norquist@yahoo.com",
        subject="Re: did Tyler make it?",
        body=(
            "Hi Pamela,\n\nYes - Tyler completed his intake this morning and is scheduled to "
            "start IOP Monday. He signed a release so I can confirm attendance with you. He "
            "asked me to tell you thanks for the ride.\n\nShannon Grady, LPC\nIntake Counselor\n\n"
            "On Tue, Nov 10, 2026, Pamela Norquist <pamela.norquist@yahoo.com> wrote:\n"
            "> Did my son Tyler Norquist make it to his appointment? He was so sick from the\n"
            "> withdrawal last night I wasn't sure he'd go. Thank you.\n" + PART2
        ),
    ),
    Spec(
        phi=True,
        category="sober_living_referral",
        notes="Peer recovery specialist refers a client to a sober living home with status.",
        frm=f"Jamal Brooks <jbrooks@{NHR}>",
        to="admissions@fresh-start-sober-living.org",
        subject="Bed for a client of ours?",
        body=(
            "Hi Karla,\n\nDo you have a men's bed this week? Cody Halvorsen, 30, has been with "
            "us since August for opioid use disorder, on buprenorphine, 60 days clean, working at "
            "the feed mill. Current housing is with people who are actively using. He has a "
            "signed release for you. His cell is 715-555-0428.\n\nJamal Brooks, CPRS" + PART2
        ),
    ),
    Spec(
        phi=True,
        category="fhir_medication_hub",
        notes="Hard positive: PHI only in a FHIR bundle (OUD dx, buprenorphine) to an HIE.",
        frm=f"IT / EHR Admin <ehradmin@{NHR}>",
        to="integration@northstarhie.org",
        subject="Part 2 consent-based exchange: test of segmented bundle",
        body=(
            "Attached is the first consent-based bundle (consent ID C-2026-0151 on file) so you "
            "can verify the DS4P security labels come through before we turn on the feed.\n\n"
            "Victor Nguyen, EHR Administrator"
        ),
        atts=(Att("nhrc-30418-bundle.json", "application/fhir+json", FHIR_MED),),
    ),
    Spec(
        phi=True,
        category="treatment_plan_docx_therapist",
        notes="Hard positive: treatment plan DOCX to an outside therapist (client consent).",
        frm=f"Maya Lindstrom <mlindstrom@{NHR}>",
        to="office@riversidecounselingwausau.com",
        subject="Treatment plan as requested",
        body="Attached per the consent Devon signed on 11/2.\n\nMaya Lindstrom, LPC, CSAC" + PART2,
        atts=(
            Att(
                "treatment_plan_DHartley.docx",
                DOCX,
                docx(
                    [
                        "New Horizons Recovery Center - Individualized Treatment Plan",
                        "Client: Devon Hartley   DOB 04/30/1994",
                        "Diagnoses: F11.20 opioid use disorder, severe; F43.10 PTSD",
                        "MOUD: buprenorphine ER (Sublocade) 300 mg monthly since 09/2026",
                        "Goal 1: maintain abstinence from illicit opioids; UDS weekly.",
                        "Goal 2: trauma-focused therapy with outside provider (Riverside).",
                        "Goal 3: stable employment by 01/2027.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="state_client_level_xlsx",
        notes="Hard positive: client-level state reporting workbook with client ID, DOB and ZIP5.",
        frm=f"Quality & Compliance <compliance@{NHR}>",
        to="sud-data@dhs.wisconsin.gov",
        subject="PPS submission corrections - October",
        body=(
            "Attached are the October Program Participation System corrections (admissions "
            "and discharges tabs). Three records had wrong substance codes.\n\n"
            "Rachel Ostrowski\nCompliance Officer"
        ),
        atts=(
            Att(
                "PPS_corrections_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Admissions": [
                            ["Client ID", "DOB", "ZIP", "Sex", "Primary substance", "Admit"],
                            [
                                "NH30511",
                                "1987-09-14",
                                "54401",
                                "M",
                                "Methamphetamine",
                                "2026-10-02",
                            ],
                            ["NH30527", "1996-01-04", "54452", "M", "Fentanyl", "2026-10-09"],
                            ["NH30544", "2001-12-19", "54476", "F", "Alcohol", "2026-10-21"],
                        ],
                        "Discharges": [
                            ["Client ID", "DOB", "ZIP", "Discharge", "Reason"],
                            ["NH29980", "1975-05-08", "54403", "2026-10-29", "Completed"],
                            ["NH30102", "1992-11-11", "54474", "2026-10-15", "Left AMA"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="intake_voicemail_note",
        notes="Hard positive: caller's first name, phone and alcohol withdrawal in an intake note.",
        frm=f"Front Desk <frontdesk@{NHR}>",
        to=f"Shannon Grady <sgrady@{NHR}>",
        cc="shannon.grady.lpc@gmail.com",
        subject="Walk-in intake Friday",
        body=(
            "Shannon - Marcus called back (715-555-0148). Drinking about a fifth a day, had "
            "shakes this morning and a seizure in September when he tried to stop. I told him "
            "to go to St. Brendan ED if it gets worse. Booked him for walk-in intake Friday 9 AM, "
            "he has BadgerCare.\n\nTina"
        ),
    ),
    # ------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="naloxone_training_event",
        notes="Hard negative: public naloxone training event about overdoses, no individual.",
        frm=f"Community Outreach <outreach@{NHR}>",
        to="events@wausaupubliclibrary.org",
        subject="Naloxone training at the library - Dec 3",
        body=(
            "Hi Ellen,\n\nConfirming our free Narcan training Thursday Dec 3, 6-7 PM, in the "
            "Cedar Room. We'll cover recognizing an opioid overdose, rescue breathing and "
            "giving nasal naloxone, and hand out 50 free kits and fentanyl test strips. "
            "Marathon County had 31 overdose deaths last year.\n\nJamal Brooks, CPRS"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate_outcomes_samhsa",
        notes="Hard negative: aggregate outcomes for a SAMHSA grant report.",
        frm=f"Quality & Compliance <compliance@{NHR}>",
        to="grants@nhrc-foundation.org",
        subject="Year 2 outcomes for the SOR grant report",
        body=(
            "Year 2 (10/1/25-9/30/26):\n- Unduplicated clients served: 412\n"
            "- Started MOUD: 238 (buprenorphine 181, naltrexone ER 57)\n"
            "- 90-day retention on MOUD: 64%\n- Naloxone kits distributed: 1,140\n"
            "- Fatal overdoses among active clients: 2\n\nNo client-level data included.\n\n"
            "Rachel"
        ),
    ),
    Spec(
        phi=False,
        category="grant_budget_xlsx",
        notes="Grant budget workbook: personnel lines and supplies.",
        frm=f"Finance <finance@{NHR}>",
        to="program.officer@wi-opioid-settlement.org",
        subject="Budget revision request - settlement funds",
        body="Revised budget attached (personnel and supplies tabs). Net change $0.\n\nOwen Pratt",
        atts=(
            Att(
                "NHRC_budget_rev1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Personnel": [
                            ["Position", "FTE", "Salary", "Fringe"],
                            ["Peer recovery specialist", 2.0, 92000, 27600],
                            ["Nurse (injections)", 0.5, 41000, 12300],
                        ],
                        "Supplies": [
                            ["Item", "Qty", "Unit", "Total"],
                            ["Naloxone 4 mg nasal kits", 600, 45, 27000],
                            ["Fentanyl test strips", 5000, 1, 5000],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job_posting_counselor",
        notes="Job posting for an addiction counselor.",
        frm=f"Human Resources <hr@{NHR}>",
        to="jobs@wisconsinaddictionprofessionals.org",
        subject="Hiring: Substance Use Counselor (CSAC/LCSW)",
        body=(
            "New Horizons Recovery Center seeks a full-time Substance Use Counselor to lead IOP "
            "groups, complete ASAM assessments and coordinate MOUD care. CSAC, LPC or LCSW "
            "required. $58-70K, student loan repayment eligible. Apply: "
            "newhorizonsrecovery.org/jobs"
        ),
    ),
    Spec(
        phi=False,
        category="part2_training_memo",
        notes="Hard negative: 42 CFR Part 2 training memo mentioning SUD diagnoses and records.",
        frm=f"Rachel Ostrowski <rostrowski@{NHR}>",
        to=f"allstaff@{NHR}",
        subject="Part 2 refresher - what changed in 2026",
        body=(
            "All staff,\n\nReminder: our annual 42 CFR Part 2 training is due by 11/30. Key "
            "points:\n1. A single consent can now cover future uses for treatment, payment and "
            "health care operations.\n2. Any disclosure of records showing a client has a "
            "substance use disorder diagnosis still needs the redisclosure notice.\n3. Never "
            "confirm to a caller that someone is a client without a valid consent.\n4. Breach "
            "notification rules now mirror HIPAA.\n\nRachel Ostrowski, Compliance Officer"
        ),
    ),
    Spec(
        phi=False,
        category="bup_supply_wholesaler",
        notes="Hard negative: wholesaler allocation for buprenorphine products, no clients.",
        frm=f"Nursing <nursing@{NHR}>",
        to="customerservice@cardinalspecialtydist.com",
        subject="Sublocade 300 mg allocation - account 7740192",
        body=(
            "Hi,\n\nOur December allocation of Sublocade 300 mg shows 18 units; we administer "
            "about 30/month. Can you raise the threshold or tell us the process? Brixadi weekly "
            "24 mg is also backordered.\n\nGail Brandt, RN\nNurse Manager"
        ),
    ),
    Spec(
        phi=False,
        category="dea_renewal_prescriber",
        notes="Hard negative: prescriber's DEA registration renewal, clinician identifiers only.",
        frm=f"Credentialing <credentialing@{NHR}>",
        to="credentialing@badgercaremco.com",
        subject="Updated DEA certificate - Ana Ruiz, MD",
        body=(
            "Attached/updated for your file:\nAna Ruiz, MD, Addiction Medicine\nNPI: 1070561489\n"
            "DEA: FR0676645, schedules 2-5, renewed through 10/31/2029\n"
            "Second prescriber: Paul Anderberg, NP, NPI: 1141579007, DEA: MA0134089\n\n"
            "Lisa Kranz, Credentialing"
        ),
    ),
    Spec(
        phi=False,
        category="lab_supply_invoice_ssn_shaped",
        notes="Hard negative: UDS cup supply invoice with an SSN-shaped reference number.",
        frm=f"Finance <finance@{NHR}>",
        to="billing@toxscreensupply.com",
        subject="Question on invoice 572-31-0488",
        body=(
            "Hello,\n\nInvoice 572-31-0488 bills 40 boxes of 12-panel urine drug screen cups "
            "(with fentanyl and xylazine) but we received 30. Please issue a credit for 10 "
            "boxes ($1,150.00).\n\nOwen Pratt"
        ),
    ),
    Spec(
        phi=False,
        category="fentanyl_newsletter_html",
        notes="HTML-only community newsletter about fentanyl and xylazine, no individual.",
        frm=f"New Horizons Recovery Center <news@{NHR}>",
        to="community@lists.newhorizonsrecovery.org",
        subject="What families should know about xylazine",
        body="",
        html=(
            "<html><body><h2>Xylazine ('tranq') in Marathon County</h2><p>Xylazine is showing up "
            "in the local fentanyl supply. It causes deep sedation and severe wounds and does "
            "not respond to naloxone - but you should still give naloxone for any suspected "
            "overdose, because fentanyl is usually present.</p><p>Free test strips at our front "
            "desk. Treatment starts with a phone call: 715-555-0400.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="deidentified_evaluation_csv",
        notes="Hard negative: de-identified outcome extract for a university evaluator.",
        frm=f"Quality & Compliance <compliance@{NHR}>",
        to="evaluation-team@uwsp-research.edu",
        subject="De-identified extract for the MOUD retention evaluation",
        body=(
            "Per the DUA, attached is the de-identified file: random study IDs, age band, year "
            "only, no ZIP. 238 rows.\n\nRachel"
        ),
        atts=(
            Att(
                "moud_retention_deid.csv",
                "text/csv",
                "study_id,age_band,sex,start_year,medication,retained_90d,retained_180d\n"
                "E0001,25-34,M,2025,buprenorphine,1,1\n"
                "E0002,35-44,F,2025,naltrexone_er,0,0\n"
                "E0003,18-24,M,2026,buprenorphine,1,0\n"
                "E0004,45-54,F,2026,buprenorphine,1,1\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ehr_training_test_client",
        notes="Hard negative: EHR training with a clearly fake test client and fake diagnosis.",
        frm=f"IT / EHR Admin <ehradmin@{NHR}>",
        to=f"counselors@{NHR}",
        subject="New ASAM assessment form - practice in TRAIN",
        body=(
            "The new ASAM Criteria 4th ed. form is live in TRAIN. Practice on 'TEST, CLIENT' "
            "(ID TEST0001, DOB 01/01/1900) - enter a fake opioid use disorder assessment and "
            "level of care recommendation. Do not use real client information in TRAIN.\n\n"
            "Victor"
        ),
    ),
    Spec(
        phi=False,
        category="board_minutes_docx",
        notes="Board minutes DOCX: finances, census, building.",
        frm=f"Executive Director <ed@{NHR}>",
        to="board@newhorizonsrecovery.org",
        subject="Draft minutes - October board meeting",
        body="Draft minutes attached for review before the December meeting.\n\nLaura Fenske",
        atts=(
            Att(
                "Board_minutes_2026-10.docx",
                DOCX,
                docx(
                    [
                        "New Horizons Recovery Center - Board of Directors, October 27, 2026",
                        "Present: 9 of 11 directors. Quorum confirmed.",
                        "Finance: YTD revenue $3.1M, 4% over budget; Medicaid share 71%.",
                        "Census: 186 active clients; 112 on MOUD.",
                        "Building: lease for 2nd floor group rooms approved.",
                        "Motion to adopt the revised Part 2 privacy policy passed 9-0.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="conference_agenda_addiction",
        notes="Hard negative: addiction medicine conference agenda; clinicians and diseases.",
        frm=f'"Ana Ruiz, MD" <aruiz@{NHR}>',
        to=f"cliniciansall@{NHR}",
        cc=f"ce@{SBC}",
        subject="WSAM fall meeting agenda - who wants to go?",
        body=(
            "Wisconsin Society of Addiction Medicine, Dec 11, Madison:\n"
            "- 'High-dose buprenorphine inductions in the fentanyl era' - Jennifer Olsen, MD\n"
            "- 'Hepatitis C treatment in MOUD programs' - Ravi Krishnan, MD (Hepatology)\n"
            "- 'Methamphetamine psychosis: ED to outpatient' - Sara Whitebird, DO\n"
            "We can send two people. Reply by Friday.\n\nAna"
        ),
    ),
    Spec(
        phi=False,
        category="phishing_warning",
        notes="IT phishing warning.",
        frm=f"IT / EHR Admin <ehradmin@{NHR}>",
        to=f"allstaff@{NHR}",
        subject="Phishing: fake 'DocuSign - consent forms' emails",
        body=(
            "Several staff got an email titled 'DocuSign - client consent forms awaiting "
            "signature' from docusign-secure-review.com. It's phishing. Don't click; use the "
            "Report button in Outlook. If you entered your password, call me at x412 now.\n\n"
            "Victor"
        ),
    ),
    Spec(
        phi=False,
        category="donor_thanks_gmail",
        notes="Development thanks a donor at gmail; no client or donor health info.",
        frm=f"Development <giving@{NHR}>",
        to="gary.pettersen58@gmail.com",
        subject="Thank you for your gift",
        body=(
            "Dear Gary,\n\nThank you for your generous gift of $500 to the New Horizons Recovery "
            "Fund. Your donation will buy naloxone kits and bus passes for people getting to "
            "treatment. No goods or services were provided in exchange for this gift.\n\n"
            "With gratitude,\nLaura Fenske, Executive Director" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="peer_volunteer_schedule_yahoo",
        notes="Volunteer schedule to a volunteer at yahoo; no client information.",
        frm=f"Jamal Brooks <jbrooks@{NHR}>",
        to="rick.vandenberg@yahoo.com",
        subject="Saturday recovery cafe",
        body=(
            "Rick,\n\nThanks for signing up for the Saturday recovery cafe shifts. You're on "
            "11/14 and 11/28, 9-12, coffee and greeting. Background check came back fine.\n\n"
            "Jamal"
        ),
    ),
]
