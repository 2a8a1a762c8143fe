"""Brazos County Correctional Health: jail medical and mental health mail, PHI and not."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import BCH, LRS, Att, Spec

SIG_HOLT = (
    "\n\nDana Holt, RN, CCHP\nHealth Services Administrator\nBrazos County Correctional Health\n"
    "1835 Sandy Point Rd, Bryan TX 77807 | 979-555-0161\n"
    "CONFIDENTIALITY: This message may contain confidential health information. If you received"
    " it in error, notify the sender and delete it.\n"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Brazos County Correctional Health - Transfer Summary</title>
  <effectiveTime value="20261111031500-0600"/>
  <recordTarget><patientRole>
    <id extension="BK2611-04471" root="2.16.840.1.113883.3.9921.1"/>
    <addr><streetAddressLine>Brazos County Detention Center</streetAddressLine></addr>
    <patient><name><given>Terrence</given><family>Mabry</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19670322"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>I21.4 NSTEMI suspected; E11.9 Type 2 diabetes; I10 Hypertension</text>
    </section></component>
    <component><section><title>Medications</title>
      <text>Metformin 1000 mg BID; lisinopril 20 mg daily; aspirin 324 mg given 02:40</text>
    </section></component>
    <component><section><title>Reason for transfer</title>
      <text>Chest pressure 8/10 with diaphoresis at 02:20; troponin POC positive.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

TEST_HL7 = (
    "MSH|^~\\&|BCH_EHR|BRAZOSJAIL|CORRX|CORRXPHARM|202611121015||RDE^O11|TEST000417|T|2.5.1\r"
    "PID|1||TEST-0000001^^^BCH^MR||TESTINMATE^ALPHA^^^^^^TEST||19000101|U\r"
    "ORC|NW|TST-1|||||||||||9999999999^TEST^PRESCRIBER\r"
    "RXE|1|00093-0058-01^ACETAMINOPHEN 325MG TAB^NDC|325||MG\r"
)

FHIR_IMM = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "bk2610-03318",
      "name": [{"family": "Sandoval", "given": ["Efrain"]}], "birthDate": "1990-01-27"}},
    {"resource": {"resourceType": "Immunization", "status": "completed",
      "patient": {"reference": "Patient/bk2610-03318"},
      "vaccineCode": {"text": "Hepatitis A vaccine, adult"}, "occurrenceDateTime": "2026-10-19"}},
    {"resource": {"resourceType": "Immunization", "status": "completed",
      "patient": {"reference": "Patient/bk2610-03318"},
      "vaccineCode": {"text": "Tdap"}, "occurrenceDateTime": "2026-10-19"}}
  ]
}
"""

PHI = [
    Spec(
        phi=True,
        category="intake TB screen referral to health department",
        notes="New booking with positive TB symptom screen, name, DOB and booking number.",
        frm=f"Intake Nursing <intake@{BCH}>",
        to="tbcontrol@brazoshealthdistrict.org",
        subject="Positive TB symptom screen at booking - please advise",
        body=(
            "Good morning,\n\nAt intake last night we booked Hector Villalobos-Rangel (DOB"
            " 02/11/1983, booking BK2611-04502). He reports 6 weeks of productive cough, night"
            " sweats and 15 lb weight loss; prior positive TST in 2019, never treated. He is in"
            " the negative pressure cell in medical and masked. CXR ordered for this morning."
            " Please advise on sputum collection and whether your nurse will come out.\n\n"
            "Joy Ekwueme, LVN - Intake" + SIG_HOLT
        ),
    ),
    Spec(
        phi=True,
        category="ED transfer notification",
        notes="Inmate sent to ED with chest pain; name, DOB, meds, C-CDA attached.",
        frm=f"Night Charge Nurse <nightcharge@{BCH}>",
        to="edcharge@stjosephbryan.org",
        subject="Transfer to your ED - ETA 0330",
        body=(
            "Sending Terrence Mabry, 59 y/o M, DOB 03/22/1967, by EMS with 2 deputies. Chest"
            " pressure 8/10 since 0220, diaphoretic, POC troponin positive. ASA 324 given 0240,"
            " NTG x1 with partial relief. Hx DM2, HTN. Transfer summary attached.\n\n"
            "Ngozi Adeyemi, RN - Night Charge, Brazos County Correctional Health\n"
        ),
        atts=(Att("transfer_summary_BK2611-04471.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="med pass exceptions workbook (multi-sheet XLSX)",
        notes="Names, booking numbers and refused psychiatric meds sent to the pharmacy vendor.",
        frm=f"Dana Holt RN <dholt@{BCH}>",
        to="clinicalsvcs@corrxpharmacy.com",
        subject="Week 45 med pass refusals + returns",
        body=(
            "Hi Marcy, week 45 refusals and returned blister cards attached for the pharmacist's"
            " review. Three on the psych list have refused 3+ days.\n" + SIG_HOLT
        ),
        atts=(
            Att(
                "BCH_medpass_wk45.xlsx",
                XLSX,
                xlsx(
                    {
                        "Refusals": [
                            ["Booking", "Name", "Pod", "Medication", "Days refused"],
                            ["BK2610-03318", "Sandoval, Efrain", "C2", "Olanzapine 10 mg", 4],
                            ["BK2611-04102", "Lindqvist, Marcus", "C4", "Lithium 300 mg BID", 3],
                            ["BK2609-02977", "Holloway, Tanisha", "F1", "Sertraline 100 mg", 5],
                        ],
                        "Returns": [
                            ["Booking", "Name", "Medication", "Cards returned", "Reason"],
                            [
                                "BK2611-04011",
                                "Gutierrez, Abel",
                                "Buprenorphine 8 mg",
                                1,
                                "Released",
                            ],
                            ["BK2610-03740", "Pham, Vy", "Levetiracetam 500 mg", 2, "Transferred"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply to mother (hotmail) about insulin",
        notes="Hard positive: relative's personal mailbox; son's first name and insulin change.",
        frm=f"Medical Grievances <grievance@{BCH}>",
        to="rosalinda.alvarez@hotmail.com",
        subject="RE: my son's diabetes",
        body=(
            "Ms. Alvarez,\n\nThank you for your message. Daniel signed a release allowing us to"
            " speak with you. He was seen by our nurse practitioner today; his insulin was"
            " adjusted to 22 units at night and his blood sugar is being checked before every"
            " meal. He has been getting the diabetic tray.\n\nMedical Grievance Coordinator\n"
            "Brazos County Correctional Health\n\n> From: Rosalinda Alvarez\n> My son Daniel"
            " Alvarez is diabetic and says nobody checks his sugar. Please help.\n"
        ),
    ),
    Spec(
        phi=True,
        category="subject-only booking number with withdrawal protocol",
        notes="Hard positive: booking number and withdrawal watch in the subject only.",
        frm=f"Joy Ekwueme LVN <jekwueme@{BCH}>",
        to=f"Medical Providers <providers@{BCH}>",
        subject="BK2611-04528 opiate withdrawal protocol started, COWS 11",
        body="FYI started 0200. Please see on rounds.\n",
    ),
    Spec(
        phi=True,
        category="reentry discharge summary (PDF) with Medicaid id and SSN",
        notes="Release summary for a community clinic with SSN, Medicaid id and MOUD plan.",
        frm=f"Reentry Coordinator <reentry@{BCH}>",
        to="newpatients@brazoscommunityclinic.org",
        subject="Release 11/13 - continuity appointment needed",
        body=(
            "Hello,\n\nOne of our patients releases Friday and needs a bridge appointment for"
            " buprenorphine and HIV care within 7 days. Summary attached; he signed the consent."
            "\n\nKimberly Tso, LMSW, Reentry Coordinator\n"
        ),
        atts=(
            Att(
                "release_summary_Gutierrez.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRAZOS COUNTY CORRECTIONAL HEALTH - RELEASE SUMMARY",
                        "Name: Abel Gutierrez   DOB 12/05/1985   SSN 537-20-1946",
                        "Medicaid ID 717394820   Release date 11/13/2026",
                        "Problems: B20 HIV disease; F11.20 Opioid use disorder",
                        "Meds: bictegravir/emtricitabine/TAF daily; buprenorphine 8 mg SL BID",
                        "7-day bridge supply given. Last CD4 412, VL undetectable (10/2026)",
                        "Needs: PCP/ID follow-up, MOUD continuation, housing referral",
                    ],
                    "Release summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="competency evaluation scheduling to court",
        notes="Named defendant, cause number and psychiatric status to the court coordinator.",
        frm=f"Dr. Anjali Venkataraman <avenkataraman@{BCH}>",
        to="csc-coordinator@brazoscountytx.gov",
        subject="Competency evaluation - State v. Lindqvist",
        body=(
            "Ms. Dunaway,\n\nRegarding State v. Marcus Lindqvist, cause 26-1044-CR-361: I can"
            " complete the competency evaluation on 11/19. Note he was restarted on lithium this"
            " week after a manic episode in the pod and is not yet at a therapeutic level, so I"
            " may ask for a two-week continuance.\n\nAnjali Venkataraman, MD\nPsychiatrist,"
            " Brazos County Correctional Health\n"
        ),
    ),
    Spec(
        phi=True,
        category="suicide watch roster (CSV) to jail captain",
        notes="Hard positive: body generic; names, cells and suicide watch levels only in the CSV.",
        frm=f"Mental Health Services <mentalhealth@{BCH}>",
        to="capt.reyna@brazoscountyso.org",
        subject="Watch roster 11/11 0700",
        body="Captain, current watch roster attached for shift briefing.\n\nMH Services\n",
        atts=(
            Att(
                "watch_roster_1111_0700.csv",
                "text/csv",
                "booking,name,cell,level,checks,started\n"
                "BK2611-04102,LINDQVIST MARCUS,MED-3,Suicide watch - constant,1:1,2026-11-09\n"
                "BK2611-04560,OKONKWO CHIDI,MED-5,Suicide precautions,15 min,2026-11-10\n"
                "BK2609-02977,HOLLOWAY TANISHA,F-OBS1,MH observation,30 min,2026-11-06\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded hospital discharge to telepsychiatry",
        notes="Forwarded hospital discharge instructions with name and new antipsychotic.",
        frm=f"Dana Holt RN <dholt@{BCH}>",
        to="consults@lonestartelepsych.com",
        subject="FW: Discharge instructions - returned from BSW",
        body=(
            "Dr. Whitcomb - forwarding the hospital discharge below for tomorrow's telepsych"
            " follow-up. He came back to us at 1900.\n" + SIG_HOLT
        ),
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="discharge@bswcollegestation.org",
            to=f"dholt@{BCH}",
            subject="Discharge instructions - Chidi Okonkwo",
            body=(
                "Patient: Chidi Okonkwo  DOB 09/14/1998\nAdmitted 11/07 for acetaminophen"
                " ingestion; NAC completed, LFTs normalizing.\nStarted quetiapine 100 mg at"
                " bedtime. Needs psychiatry follow-up within 48 hours and suicide precautions.\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dialysis transport list (initials + DOB)",
        notes="Hard positive: initials with DOB and dialysis schedule to the transport unit.",
        frm=f"Medical Scheduling <scheduling@{BCH}>",
        to="transport.sgt@brazoscountyso.org",
        subject="dialysis runs next week",
        body=(
            "Sgt. Baird, dialysis runs to Brazos Kidney Center next week, chair times:\n\n"
            "  J.M.  DOB 03/11/1979  MWF 0545\n  R.T.  DOB 10/29/1961  MWF 1030\n"
            "  K.W.  DOB 06/02/1990  TTS 0545\n\nSame two-officer detail as usual.\n\nScheduling\n"
        ),
    ),
    Spec(
        phi=True,
        category="hospital claim dispute with claim lines",
        notes="Hard positive: no diagnosis; names, account numbers, CPT lines (payment for care).",
        frm=f"Sharon Pettigrew <spettigrew@{BCH}>",
        to="patientaccounts@stjosephbryan.org",
        subject="Disputed charges - county inmate accounts October",
        body=(
            "Hello,\n\nWe are disputing the following October charges billed above the county"
            " contract rate (Medicaid fee schedule + 10%):\n\n"
            "  Acct 88102934  Terrence Mabry   10/14  99285 ED visit level 5     $3,912.00\n"
            "  Acct 88103377  Tanisha Holloway 10/22  59025 fetal non-stress test  $610.00\n"
            "  Acct 88104015  Vy Pham          10/29  95816 EEG                   $1,450.00\n\n"
            "Please reprice and resend.\n\nSharon Pettigrew, Claims Analyst\n"
        ),
    ),
    Spec(
        phi=True,
        category="offsite oncology appointment (ICS) to transport",
        notes="Calendar invite naming an inmate and the oncology follow-up.",
        frm=f"Medical Scheduling <scheduling@{BCH}>",
        to="transport.sgt@brazoscountyso.org",
        subject="Invitation: Transport - Whitfield R. - oncology f/u",
        body="Transport request attached as a calendar invite. Keep confidential.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BCH//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bch-tx-20261117-0912@brazoscorrhealth.org\r\n"
            "DTSTAMP:20261110T170000Z\r\nDTSTART:20261117T150000Z\r\nDTEND:20261117T170000Z\r\n"
            "SUMMARY:Transport - Whitfield\\, Roland (BK2608-02214) - oncology follow-up\r\n"
            "DESCRIPTION:Post-chemo follow-up\\, Texas Oncology Bryan. Bring CT disc.\r\n"
            "LOCATION:Texas Oncology\\, 3201 University Dr E\\, Bryan\r\n"
            "ORGANIZER:mailto:scheduling@brazoscorrhealth.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="use-of-force injury photo (PNG, name in file name)",
        notes="Hard positive: injury photo; booking number and surname only in the file name.",
        frm=f"Ngozi Adeyemi RN <nadeyemi@{BCH}>",
        to="investigations@brazoscountyso.org",
        subject="UOF medical assessment photo",
        body=(
            "Lt. Greer, per policy the post-incident medical assessment photo is attached."
            " Abrasion to the left cheek, cleaned, no sutures needed.\n\nNgozi Adeyemi, RN\n"
        ),
        atts=(Att("UOF_BK2611-03982_Tran_left_cheek.png", "image/png", png(5, 5, (180, 120, 90))),),
    ),
    Spec(
        phi=True,
        category="mental health caseload (HTML-only)",
        notes="Named caseload with diagnoses and next visit in an HTML table.",
        frm=f"Mental Health Services <mentalhealth@{BCH}>",
        to="clinicalteam@lonestartelepsych.com",
        subject="Telepsych caseload for Thursday",
        body="",
        html=(
            "<html><body><p>Thursday telepsych list:</p><table border='1'>"
            "<tr><th>Time</th><th>Name</th><th>Booking</th><th>Dx</th><th>Reason</th></tr>"
            "<tr><td>09:00</td><td>Marcus Lindqvist</td><td>BK2611-04102</td><td>F31.2</td>"
            "<td>Lithium level f/u</td></tr><tr><td>09:30</td><td>Efrain Sandoval</td>"
            "<td>BK2610-03318</td><td>F20.9</td><td>Med refusals</td></tr>"
            "<tr><td>10:00</td><td>Chidi Okonkwo</td><td>BK2611-04560</td><td>F32.2</td>"
            "<td>Post-hospital</td></tr></table><p>-- MH Services</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="sick call note (TXT attachment)",
        notes="Hard positive: body says only 'note attached'; the named encounter is in a TXT.",
        frm=f"Joy Ekwueme LVN <jekwueme@{BCH}>",
        to=f"oncall.provider@{BCH}",
        subject="sick call note for co-sign",
        body="Note attached for co-sign please.\n",
        atts=(
            Att(
                "sickcall_1111.txt",
                "text/plain",
                "SICK CALL ENCOUNTER 11/11/2026 1015\nPatient: Vy Pham  BK2610-03740  DOB"
                " 04/18/1995\nS: 2 seizures overnight per cellmate, missed levetiracetam x2 doses"
                " (card not delivered from pharmacy).\nO: BP 128/80 HR 96 alert, tongue bite R"
                " side.\nA: breakthrough seizures, med supply gap.\nP: levetiracetam 500 mg now"
                " from stock, seizure precautions, lower bunk.\nJoy Ekwueme, LVN\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="immunization record (FHIR JSON) for reentry",
        notes="FHIR bundle with named patient and vaccines sent to the health district.",
        frm=f"Infection Control <infectioncontrol@{BCH}>",
        to="immunizations@brazoshealthdistrict.org",
        subject="Immunization records - hep A outbreak response",
        body=(
            "Attached are the vaccinations given during the hepatitis A response clinic for a"
            " patient being released this week, for entry into the registry.\n\nInfection"
            " Control Nurse\n"
        ),
        atts=(Att("bk2610-03318_imms.json", "application/fhir+json", FHIR_IMM),),
    ),
    Spec(
        phi=True,
        category="MOUD continuation referral to OTP",
        notes="Jail-to-OTP handoff: name, methadone dose, last dose time, release date.",
        frm=f"Reentry Coordinator <reentry@{BCH}>",
        to=f"Tyrell Banks <tbanks@{LRS}>",
        subject="Release Thursday - continue methadone",
        body=(
            "Tyrell,\n\nKeondre Sims (DOB 01/30/1992) was continued on methadone 60 mg in custody"
            " (guest dosed through your program's agreement). He releases Thursday 11/12 around"
            " 0900; last in-custody dose will be Wednesday morning. Please have him on the"
            " Thursday window list. ROI to Lakeside is signed.\n\nKimberly Tso, LMSW\n"
        ),
    ),
]

CLEAN = [
    Spec(
        phi=False,
        category="accreditation survey schedule",
        notes="Hard negative: NCCHC survey plan, chart audits mentioned, no patient named.",
        frm=f"Dana Holt RN <dholt@{BCH}>",
        to=f"health-staff@{BCH}",
        subject="NCCHC survey Dec 8-9 - what to expect",
        body=(
            "All,\n\nNCCHC surveyors will be on site December 8-9. They will review ~40 random"
            " charts (receiving screening within 2 hrs, health assessment within 14 days, sick"
            " call triage within 24 hrs), tour medical and the housing units, and interview"
            " staff. Make sure the sharps and narcotic counts are signed every shift.\n" + SIG_HOLT
        ),
    ),
    Spec(
        phi=False,
        category="monthly statistics (aggregate)",
        notes="Hard negative: intake counts, SUD screens, hospital transfers; no individual.",
        frm=f"Dana Holt RN <dholt@{BCH}>",
        to="jailadmin@brazoscountyso.org",
        subject="October health services statistics",
        body=(
            "Chief Deputy Lowe,\n\nOctober numbers:\n  Intake screenings: 1,184\n  Positive SUD"
            " screen: 212 (17.9%)\n  Continued on MOUD in custody: 38\n  Sick call requests: 2,067"
            "\n  Hospital transfers: 14 (ED 11, direct admit 3)\n  Suicide watches initiated: 19\n"
            "  Deaths in custody: 0\n" + SIG_HOLT
        ),
    ),
    Spec(
        phi=False,
        category="suicide prevention training (staff)",
        notes="Hard negative: clinician trainers and suicide risk topics; no patient.",
        frm=f"Mental Health Services <mentalhealth@{BCH}>",
        to="training@brazoscountyso.org",
        subject="Suicide prevention in-service for detention officers",
        body=(
            "Sgt. Molina,\n\nWe can run the annual suicide prevention in-service for detention"
            " officers on Dec 2 and Dec 3 (two sessions each day). Presenters: Dr. Anjali"
            " Venkataraman (psychiatry) and Terrell Brooks, LCSW. Topics: risk factors at booking,"
            " the first 72 hours, cut-down tool use, constant watch documentation. 2 hours TCOLE"
            " credit.\n\nMH Services\n"
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice with SSN-shaped number",
        notes="Hard negative: medication cart invoice; contract number formatted like an SSN.",
        frm=f"Sharon Pettigrew <spettigrew@{BCH}>",
        to="ar@medcartsolutions.com",
        subject="Invoice 22871 - contract 318-44-7012",
        body=(
            "Hi,\n\nInvoice 22871 (4 locking medication carts, contract 318-44-7012) is approved."
            " Payment goes out with the county's 11/20 warrant run. Please note our new remit"
            " address on future invoices: Brazos County Auditor, 200 S Texas Ave, Bryan TX.\n\n"
            "Sharon Pettigrew\n"
        ),
    ),
    Spec(
        phi=False,
        category="receiving screening policy (DOCX)",
        notes="Hard negative: policy text about TB, withdrawal and suicide screening.",
        frm=f"Dana Holt RN <dholt@{BCH}>",
        to="policyreview@brazoscountyso.org",
        subject="Policy J-E-02 Receiving Screening - revised for signature",
        body="Revised policy attached for the Sheriff's signature. Changes are in section 4.\n",
        atts=(
            Att(
                "J-E-02_Receiving_Screening_rev2026.docx",
                DOCX,
                docx(
                    [
                        "Brazos County Correctional Health Policy J-E-02: Receiving Screening",
                        "1. Every arrestee is screened by qualified health staff on arrival.",
                        "2. The screening covers current illness, medications, TB symptoms,"
                        " pregnancy, withdrawal risk (CIWA/COWS), and suicide risk.",
                        "3. Persons on methadone or buprenorphine are verified with the treating"
                        " program within 24 hours and continued unless contraindicated.",
                        "4. Positive suicide screens are referred to mental health immediately and"
                        " placed on precautions pending evaluation.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job posting (LVN corrections)",
        notes="Hard negative: duties mention med pass, insulin, withdrawal monitoring.",
        frm=f"Brazos County Correctional Health <jobs@{BCH}>",
        to="postings@nursingjobs-tx.com",
        subject="Job posting: LVN - Detention Center (nights)",
        body=(
            "LVN - Detention Center, 12-hour nights\nResponsibilities: medication pass in housing"
            " units, insulin and glucose checks, withdrawal monitoring with CIWA/COWS, intake"
            " screening, emergency response. Requirements: Texas LVN license, BLS. Pay"
            " $31-$36/hr plus night differential. Apply: brazoscorrhealth.org/jobs\n"
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT maintenance window and downtime forms.",
        frm=f"BCH IT <it@{BCH}>",
        to=f"health-staff@{BCH}",
        subject="EHR downtime Sunday 0100-0400",
        body=(
            "The EHR will be down Sunday 11/15 from 0100 to 0400 for the quarterly patch. Use the"
            " paper MAR and downtime intake forms in the red binder at the medical desk. Enter"
            " everything after 0400. Call the help desk at x4357 with problems.\n\nBCH IT\n"
        ),
    ),
    Spec(
        phi=False,
        category="payroll and overtime (HR)",
        notes="Hard negative: staff names with overtime and shift differential.",
        frm=f"Payroll <payroll@{BCH}>",
        to=f"nursing-supervisors@{BCH}",
        subject="Holiday overtime approvals due 11/18",
        body=(
            "Supervisors,\n\nPlease approve holiday overtime requests by 11/18. Approved so far:"
            " Ngozi Adeyemi (Thanksgiving night), Joy Ekwueme (Black Friday day), Luis Carrasco"
            " (both). Night differential is $3.50/hr, holiday pay 1.5x. Timesheets close at noon"
            " Monday.\n\nPayroll\n"
        ),
    ),
    Spec(
        phi=False,
        category="formulary change notice",
        notes="Hard negative: medication substitution rules, no patient.",
        frm=f"Dana Holt RN <dholt@{BCH}>",
        to=f"providers@{BCH}",
        subject="Formulary: omeprazole -> pantoprazole 12/1",
        body=(
            "Providers,\n\nEffective 12/1 the vendor formulary replaces omeprazole 20 mg with"
            " pantoprazole 40 mg daily (therapeutic interchange, no new order needed). Also,"
            " gabapentin now requires non-formulary approval because of diversion in the pods."
            " Buprenorphine remains crushed/film under direct observation.\n" + SIG_HOLT
        ),
    ),
    Spec(
        phi=False,
        category="interface test with synthetic inmate (HL7)",
        notes="Hard negative: HL7 RDE with a clearly labelled TEST patient, processing id T.",
        frm=f"BCH IT <it@{BCH}>",
        to="interfaces@corrxpharmacy.com",
        subject="Test message for new pharmacy interface",
        body=(
            "Hi, attached is the test RDE from our TEST environment (processing id T, patient"
            " TESTINMATE, ALPHA - synthetic). Please confirm your side parses it and returns an"
            " ACK.\n\nBCH IT\n"
        ),
        atts=(Att("TEST000417.hl7", "application/hl7-v2", TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="staff flu vaccine clinic",
        notes="Staff flu shots; no patient.",
        frm=f"Infection Control <infectioncontrol@{BCH}>",
        to=f"all@{BCH}",
        subject="Staff flu shots this Wednesday",
        body=(
            "Flu shots for staff and detention officers: Wednesday 11/18, 0600-0800 and"
            " 1800-2000, medical conference room. Bring your county ID. Declination forms are"
            " due by 12/1.\n\nInfection Control\n"
        ),
    ),
    Spec(
        phi=False,
        category="telepsychiatry contract renewal",
        notes="Hard negative: psychiatrists' names and specialties, coverage hours.",
        frm=f"Dana Holt RN <dholt@{BCH}>",
        to="contracts@lonestartelepsych.com",
        subject="RE: 2027 telepsychiatry renewal",
        body=(
            "Hi Brent,\n\nWe agree to renew at the proposed rate. Please keep Dr. Caleb Whitcomb"
            " (adult psychiatry) and Dr. Farah Qureshi (addiction psychiatry) as primary"
            " providers, with 10 clinic hours/week and 24/7 phone coverage for involuntary"
            " medication reviews.\n" + SIG_HOLT
        ),
    ),
    Spec(
        phi=False,
        category="reply to relative (gmail), nothing confirmed",
        notes=(
            "Hard negative: personal mailbox; generic reply that confirms nothing about any"
            " person and names no one."
        ),
        frm=f"Medical Grievances <grievance@{BCH}>",
        to="t.blackwell.family@gmail.com",
        subject="RE: question about medical care",
        body=(
            "Hello,\n\nThank you for contacting Brazos County Correctional Health. We cannot"
            " confirm whether any person is in custody or receiving care without a signed"
            " authorization from that person. Anyone in custody can request sick call by"
            " submitting a request form in their housing unit, and can sign a release naming"
            " family members. The authorization form is on our website under 'Families'.\n\n"
            "Medical Grievance Coordinator\n"
        ),
    ),
    Spec(
        phi=False,
        category="naloxone recall notice",
        notes="Hard negative: drug recall lot numbers and stock check.",
        frm=f"Dana Holt RN <dholt@{BCH}>",
        to="jailadmin@brazoscountyso.org",
        subject="Naloxone nasal spray lot recall - officers' kits",
        body=(
            "Chief, the manufacturer recalled naloxone 4 mg nasal spray lots 2605A17 and 2605A22"
            " (faulty actuator). Medical checked our stock: 36 units of 2605A17 are in officer"
            " kits. We will swap them at shift change Friday. Replacement cost covered by the"
            " vendor.\n" + SIG_HOLT
        ),
    ),
    Spec(
        phi=False,
        category="pharmacy budget workbook (multi-sheet XLSX)",
        notes="Spend by therapeutic class and month.",
        frm=f"Sharon Pettigrew <spettigrew@{BCH}>",
        to="budget@brazoscountytx.gov",
        subject="FY27 pharmacy budget detail",
        body="Detail for the health services pharmacy line item attached.\n\nSharon\n",
        atts=(
            Att(
                "BCH_FY27_pharmacy_budget.xlsx",
                XLSX,
                xlsx(
                    {
                        "By class": [
                            ["Class", "FY26 actual", "FY27 request"],
                            ["Antipsychotics", 212400, 231000],
                            ["HIV antiretrovirals", 388900, 402000],
                            ["MOUD", 96300, 128000],
                            ["Insulin", 44150, 47500],
                        ],
                        "By month": [
                            ["Month", "Spend"],
                            ["Jul", 71230],
                            ["Aug", 69874],
                            ["Sep", 74410],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff training roster (CSV)",
        notes="Hard negative: employee names and course completion dates.",
        frm=f"Dana Holt RN <dholt@{BCH}>",
        to="training@brazoscountyso.org",
        subject="CPR/BLS completion roster",
        body="Sgt. Molina, BLS completion list for your TCOLE file.\n",
        atts=(
            Att(
                "BLS_roster_2026.csv",
                "text/csv",
                "employee,role,course,completed,expires\n"
                "Adeyemi Ngozi,RN,BLS,2026-10-04,2028-10\nEkwueme Joy,LVN,BLS,2026-09-12,2028-09\n"
                "Carrasco Luis,LVN,BLS,2026-10-30,2028-10\nTso Kimberly,LMSW,CPR/AED,"
                "2026-08-21,2028-08\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sheriffs' association agenda (PDF)",
        notes="Jail health conference agenda; speaker names only.",
        frm=f"Dana Holt RN <dholt@{BCH}>",
        to=f"health-staff@{BCH}",
        subject="Jail health track - agenda",
        body="FYI agenda for the jail health track at the association conference.\n",
        atts=(
            Att(
                "jail_health_track_agenda.pdf",
                "application/pdf",
                pdf(
                    [
                        "SHERIFFS' ASSOCIATION WINTER CONFERENCE - JAIL HEALTH TRACK",
                        "Hosted with Brazos County Correctional Health",
                        "9:00  MOUD in county jails - Dana Holt, RN, CCHP",
                        "10:30 Managing serious mental illness in small jails - Dr. F. Qureshi",
                        "1:00  Hepatitis A outbreak response lessons learned - panel",
                    ],
                    "Agenda",
                ),
            ),
        ),
    ),
]

MESSAGES = PHI + CLEAN
