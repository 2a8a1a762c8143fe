"""Northgate Behavioral Health & Recovery (mental health and SUD treatment, 42 CFR Part 2):
18 PHI and 18 non-PHI outbound messages."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import NG, Att, Spec

PART2 = (
    "\n\n42 CFR Part 2 NOTICE: This information has been disclosed to you from records "
    "protected by federal confidentiality rules (42 CFR part 2). The federal rules prohibit "
    "you from making any further disclosure of information in this record that identifies a "
    "patient as having or having had a substance use disorder unless further disclosure is "
    "expressly permitted by the written consent of the individual whose information is being "
    "disclosed or as otherwise permitted by 42 CFR part 2.\n"
)
DISCLAIMER = (
    "\n\nThis message is intended only for the addressee. Northgate Behavioral Health & "
    "Recovery, 300 Northgate Pkwy, Millbrook MN 55410.\n"
)

WAITLIST_CSV = (
    "rank,initials,dob,referral_date,primary_substance,co_occurring,payer,priority\n"
    "1,T.B.,1994-03-17,2026-10-29,opioids (fentanyl),PTSD,MA,pregnant - federal priority\n"
    "2,R.K.,1988-11-04,2026-10-30,methamphetamine,,MA,\n"
    "3,D.L.-S.,1979-06-22,2026-11-02,alcohol,depression,private,withdrawal hx seizures\n"
    "4,A.W.,2001-01-09,2026-11-03,opioids (IV),hep C,MA,IV use priority\n"
    "5,J.H.,1972-08-15,2026-11-04,alcohol,,Medicare,\n"
)

HL7_ADT = (
    "MSH|^~\\&|NGBHR_EHR|NORTHGATE|ADT_RECV|MERCYMILLBROOK|202611100644||ADT^A01|NG30771|P|2.5.1\r"
    "EVN|A01|202611100640\r"
    "PID|1||NG0077214^^^NGBHR^MR||Lindgren^Corey^James||19860212|M|||1815 Spruce St^^Millbrook"
    "^MN^55410||612-555-0355\r"
    "PV1|1|I|WM^03^B^NORTHGATE||||1807595990^Balogun^Oluwaseun^^^^MD|||||||||||V300771\r"
    "DG1|1||F10.231^Alcohol dependence with withdrawal delirium^I10|||A\r"
    "DG1|2||F11.20^Opioid dependence, uncomplicated^I10|||A\r"
)

FHIR_CONDITION = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "ng-88102",
      "name": [{"family": "Baptiste", "given": ["Roselyne"]}],
      "birthDate": "1990-09-27",
      "telecom": [{"system": "phone", "value": "612-555-0372"}],
      "address": [{"line": ["2041 Kellogg Ave Apt 6"], "city": "Millbrook", "state": "MN",
                   "postalCode": "55410"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/ng-88102"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F11.20",
                           "display": "Opioid use disorder, moderate"}]},
      "onsetDateTime": "2024-05"}},
    {"resource": {"resourceType": "MedicationStatement",
      "subject": {"reference": "Patient/ng-88102"},
      "medicationCodeableConcept": {"text": "buprenorphine-naloxone 8-2 mg film, 2 daily"},
      "status": "active"}},
    {"resource": {"resourceType": "Consent", "status": "active",
      "patient": {"reference": "Patient/ng-88102"},
      "scope": {"text": "42 CFR Part 2 consent to HIE for treatment"}}}
  ]
}
"""

GROUP_NOTES = (
    "IOP Group B - Relapse Prevention - Tue 11/10/2026 6:00-9:00 pm\n"
    "Facilitator: K. Abernathy, LADC\n\n"
    "Present:\n"
    "- Marcus T.: day 41 sober, discussed cravings at work (construction crew drinks after "
    "shift). Plan: ride home with sponsor.\n"
    "- Tasha R.: + UDS for THC 11/6, honest about it, processing grief (brother's overdose).\n"
    "- Luis G.: new, first group after detox at Mercy. Quiet. Vivitrol due 11/24.\n"
    "- Brianna O.: missed last 2 groups, says childcare; offered Thursday group.\n"
    "Absent: Kevin P. (called in sick)\n"
)


def _auth_book() -> bytes:
    return xlsx(
        {
            "Auth requests": [
                ["Member ID", "Member", "DOB", "Service", "HCPCS", "Units", "Start", "End"],
                [
                    "NHP55820417",
                    "Whitaker, Shane",
                    "1983-02-14",
                    "OTP methadone admin",
                    "H0020",
                    90,
                    "2026-11-01",
                    "2027-01-29",
                ],
                [
                    "NHP55901336",
                    "Espinoza, Lorena",
                    "1995-07-30",
                    "IOP",
                    "H0015",
                    36,
                    "2026-11-09",
                    "2026-12-31",
                ],
                [
                    "NHP56011872",
                    "Nguyen, Phuc",
                    "1969-12-05",
                    "Peer recovery support",
                    "H0038",
                    48,
                    "2026-11-09",
                    "2027-02-08",
                ],
            ],
            "Denied claims": [
                ["Member ID", "Claim #", "DOS", "HCPCS", "Billed", "Denial"],
                ["NHP55820417", "C8830121", "2026-10-05", "H0020", 15.5, "No auth on file"],
                ["NHP54477203", "C8830388", "2026-10-12", "H0004", 88.0, "Timely filing"],
            ],
        }
    )


_FWD_CLIENT = Spec(
    phi=True,
    category="fwd",
    notes="forwarded original",
    frm="Jordan Whitfield <jwhitfield.runs@gmail.com>",
    to=f"Kendra Sato <ksato@{NG}>",
    subject="can't make tuesday",
    body=(
        "hey Kendra, I can't make our Tuesday session, picked up an extra shift. Can we do "
        "Thursday? Still going to my meetings and I haven't used since we talked. Also the "
        "pharmacy says my Suboxone refill needs a new prior auth??\n\n-J\n"
    ),
)

PHI = [
    Spec(
        phi=True,
        category="OTP guest dosing request",
        notes="Methadone guest-dosing request to another OTP: client name, DOB, dose, last "
        "drug screen.",
        frm=f"Northgate OTP Nursing <otpnursing@{NG}>",
        to="Dosing <dosing@lakeregionotp.com>",
        subject="Guest dosing request 11/25-11/29",
        body=(
            "Hello Lake Region OTP,\n\nWe are requesting guest dosing for our patient over "
            "the Thanksgiving holiday (signed Part 2 consent attached in the portal):\n\n"
            "Name: Shane Whitaker\nDOB: 02/14/1983\nMethadone 85 mg daily, last dose at "
            "Northgate 11/24\nTake-homes: none (Phase 1)\nLast UDS 11/6: positive for "
            "methadone only\nNo benzodiazepines.\n\nPlease fax dosing confirmation to "
            "612-555-0399.\n\nRutendo Mahlangu, RN\nOTP Nurse Supervisor" + PART2
        ),
    ),
    Spec(
        phi=True,
        category="probation progress update",
        notes="Progress report to probation under consent: client name, IOP attendance, drug "
        "screen results.",
        frm=f"Kendra Sato LADC <ksato@{NG}>",
        to="Agent Paul Drexler <paul.drexler@wexlercounty.gov>",
        subject="Monthly progress - Whitfield",
        body=(
            "Agent Drexler,\n\nPer Jordan Whitfield's signed consent (on file, expires "
            "5/1/2027), October progress:\n\n- IOP attendance: 11 of 12 sessions\n- "
            "Individual counseling: 4 of 4\n- Urine drug screens: 4 collected, all negative "
            "except buprenorphine (prescribed)\n- Engaged, working full time\n\nNo concerns "
            "at this time.\n\nKendra Sato, LADC" + PART2
        ),
    ),
    Spec(
        phi=True,
        category="buprenorphine Rx to pharmacy",
        notes="Buprenorphine-naloxone prescription details to a pharmacy with client name and "
        "DOB and prescriber DEA.",
        frm=f"Dr. Oluwaseun Balogun <obalogun@{NG}>",
        to="Pharmacist <pharmacist@cedaravepharmacy.com>",
        subject="Bup induction - early fill ok",
        body=(
            "Hi,\n\nOK to fill early today for Lorena Espinoza (DOB 07/30/1995): "
            "buprenorphine-naloxone 8 mg/2 mg film, 1 film twice daily, #28, induction "
            "completed in clinic this morning, COWS went from 14 to 3. Previous script was "
            "lost when her bag was stolen (police report 26-11872).\n\nOluwaseun Balogun, MD, "
            "Addiction Medicine\nDEA FR8330677  NPI 1807595990" + DISCLAIMER
        ),
    ),
    Spec(
        phi=True,
        category="mobile crisis follow-up quiet",
        notes="Hard positive: 'Mr. D' with apartment number, passive suicidal ideation and an "
        "ED transport, to a case manager.",
        frm=f"Mobile Crisis Team <mobilecrisis@{NG}>",
        to="Lamar Jessup <ljessup@linden-court-housing.org>",
        subject="last night",
        body=(
            "Lamar - thanks for calling us. We saw Mr. D in 3B around 11:40. He was having "
            "passive SI, hadn't taken his Seroquel in about a week, and said he'd been drinking "
            "since Friday. He agreed to go to Mercy ED voluntarily, we drove him. Can you check "
            "his unit for the cat? He was worried about her.\n\nNadia Petrov, LICSW\nMobile "
            "Crisis\n"
        ),
    ),
    Spec(
        phi=True,
        category="residential waitlist CSV initials + DOB",
        notes="Hard positive: waitlist CSV with initials, birth dates, substances and "
        "co-occurring conditions.",
        frm=f"Intake Coordinator <intake@{NG}>",
        to="Bed Board <bedboard@mnsudbeds.org>",
        subject="Northgate residential waitlist - updated",
        body=(
            "Hi, updated list attached for the regional bed board. We have 2 openings Monday; "
            "if any other program can take #3 sooner (needs medically monitored withdrawal) "
            "please let us know.\n\nCeline Arsenault\nIntake Coordinator\n"
        ),
        atts=(Att("ng_waitlist_1109.csv", "text/csv", WAITLIST_CSV),),
    ),
    Spec(
        phi=True,
        category="update to client's spouse",
        notes="Hard positive: counselor writes to a client's wife at aol with first names and "
        "detox progress.",
        frm=f"Kendra Sato LADC <ksato@{NG}>",
        to="denise.thorne71@aol.com",
        subject="Re: how is he doing",
        headers=(("In-Reply-To", "<CAK7d2mQx0f1@mail.aol.com>"),),
        body=(
            "Hi Denise,\n\nMarcus asked me to update you (he signed the release on Monday). He "
            "finished detox on Sunday and is in week 2 of residential. Withdrawal was rough "
            "for the first 3 days but he's sleeping and eating now. Family session is "
            "Saturday 11/14 at 1 pm - he'd really like you to come.\n\nKendra"
            + PART2
            + "\n> On Mon, Nov 9, Denise Thorne wrote:\n> Is Marcus OK? He hasn't called.\n"
        ),
    ),
    Spec(
        phi=True,
        category="peer coach reminder to client gmail",
        notes="Hard positive: peer recovery coach reminds a client (first name only) at gmail "
        "about her recovery group and "
        "Vivitrol appointment.",
        frm=f"Jasmine Ortiz-Bell <jortizbell@{NG}>",
        to="tasha.renfro22@gmail.com",
        subject="see you Thursday!",
        body=(
            "Hey Tasha!!\n\nProud of you for being honest in group. Reminder: women's recovery "
            "group Thursday 6 pm (room 104), and your Vivitrol shot is Friday at 10 with "
            "nurse Rutendo. I can give you a ride if your car's still in the shop. Text me.\n\n"
            "Jasmine\nPeer Recovery Specialist, Northgate\n"
        ),
    ),
    Spec(
        phi=True,
        category="managed care auth XLSX member ids",
        notes="Hard positive: workbook with health-plan member ids, names, DOBs, HCPCS codes "
        "and denied claim lines.",
        frm=f"Utilization Management <um@{NG}>",
        to="Behavioral Health UM <bhum@northstarhealthplan.com>",
        subject="Auth batch + 2 denials to review",
        body=(
            "Hello,\n\nAttached: three authorization requests and two denied claims we "
            "believe were denied in error (the OTP auth was submitted 10/28, ref UM-44218). "
            "Please call me to discuss.\n\nPerpetua Nwachukwu\nUM Coordinator\n"
        ),
        atts=(Att("ng_auth_batch_1110.xlsx", XLSX, _auth_book()),),
    ),
    Spec(
        phi=True,
        category="ROI revocation subject PHI",
        notes="Hard positive: subject names the client and Part 2 ROI revocation; body is terse.",
        frm=f"Front Desk <frontdesk@{NG}>",
        to=f"Medical Records <records@{NG}>",
        subject="Part 2 ROI - Whitfield, Garrett (DOB 10/3/1990) - REVOKE consent to mother",
        body=(
            "He called at 9:05 to revoke. Signed form to follow at his visit Thursday. "
            "pls update.\n"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT withdrawal admission",
        notes="Hard positive: body only mentions a rejected message; the HL7 ADT is a real "
        "admission with "
        "diagnoses of alcohol withdrawal delirium and opioid dependence.",
        frm=f"EHR Interfaces <interfaces@{NG}>",
        to="Interface Team <interfaces@mercymillbrook.org>",
        subject="ADT message that failed on your side",
        body=(
            "Hi Mercy team,\n\nThe attached A01 from this morning was rejected by your engine "
            "(segment PV1 length?). This one is production, not a test - the patient was "
            "transferred from your ED. Can you look before the 2 pm batch?\n\nThanks,\n"
            "Ibrahim Sesay\nEHR Analyst\n"
        ),
        atts=(Att("ADT_A01_NG30771.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to HIE with Part 2 consent",
        notes="FHIR bundle: patient name, DOB, address, opioid use disorder and buprenorphine.",
        frm=f"EHR Interfaces <interfaces@{NG}>",
        to="Onboarding <onboarding@nmhie.org>",
        subject="Consented Part 2 record - validation sample",
        body=(
            "Attached is one real consented record for your validation step (client consented "
            "to HIE sharing for treatment on 11/2). Please delete after validation per our "
            "QSOA.\n\nIbrahim Sesay" + PART2
        ),
        atts=(Att("ng-88102.json", "application/fhir+json", FHIR_CONDITION),),
    ),
    Spec(
        phi=True,
        category="drug court letter DOCX",
        notes="DOCX letter to drug court: participant name, DOB, case number, diagnoses, MAT.",
        frm=f"Kendra Sato LADC <ksato@{NG}>",
        to="Treatment Court Coordinator <treatmentcourt@wexlercounty.gov>",
        subject="Status letter for 11/19 hearing",
        body="Letter attached for Thursday's staffing. Consent on file.\n\nKendra Sato, LADC\n",
        atts=(
            Att(
                "status_letter_1119.docx",
                DOCX,
                docx(
                    [
                        "NORTHGATE BEHAVIORAL HEALTH & RECOVERY",
                        "To: Wexler County Treatment Court",
                        "Re: Darius Coleman-Frye, DOB 12/02/1992, Case 27-CR-26-4417",
                        "Diagnoses: Opioid use disorder, severe, in early remission (F11.21);"
                        " PTSD (F43.10)",
                        "Mr. Coleman-Frye is on buprenorphine 16 mg daily and attends IOP "
                        "three evenings a week.",
                        "All eight urine drug screens since 9/1 were negative for "
                        "non-prescribed substances.",
                        "We recommend advancement to Phase 3.",
                        "Kendra Sato, LADC, Primary Counselor" + PART2,
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lithium level hold residential",
        notes="Hard positive: first name, residential room and lithium toxicity with a hold "
        "order, to the night nurse.",
        frm=f"Dr. Chiamaka Eze <ceze@{NG}>",
        to=f"Residential Nursing <resnursing@{NG}>",
        subject="Room 7 - hold lithium tonight",
        body=(
            "Lithium level came back 1.3 for Abigail in Room 7 (drawn 7 am). Hold tonight's "
            "dose, push fluids, recheck level + BMP tomorrow AM. If tremor worsens, confusion "
            "or vomiting -> send to Mercy ED. I'll reduce to 600 mg/day once the level is back."
            "\n\nDr. Eze\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded client email rfc822",
        notes="Hard positive: counselor forwards a client's email to the scheduler; the "
        "original from the client's gmail mentions sessions, meetings and Suboxone.",
        frm=f"Kendra Sato LADC <ksato@{NG}>",
        to=f"Scheduling <scheduling@{NG}>",
        subject="FW: can't make tuesday",
        body="Can you move him to Thursday 4 pm? And loop in UM about the PA. Thx -K\n",
        forward=_FWD_CLIENT,
    ),
    Spec(
        phi=True,
        category="records release encrypted zip",
        notes="Records release to an attorney: body names the client and the records; the zip "
        "is password-protected.",
        frm=f"Medical Records <records@{NG}>",
        to="Paralegal <intake@harrowgatelaw.com>",
        subject="Records request #R-2026-0918",
        headers=(("Sensitivity", "Company-Confidential"), ("Importance", "high")),
        body=(
            "Hello,\n\nPer the signed authorization of our former client Jasmine Holloway (DOB "
            "04/19/1987), attached are her treatment records from Northgate residential "
            "(admission 3/2/2026, discharge 4/13/2026) including the discharge summary and "
            "psychiatric evaluation. The password will follow in a separate email.\n\nMedical "
            "Records, Northgate" + PART2
        ),
        atts=(
            Att(
                "R-2026-0918.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "discharge_summary.txt": "Client: Jasmine Holloway. Dx F10.20, F33.1.",
                        "psych_eval.txt": "Psychiatric evaluation 3/4/2026 - major depression.",
                    },
                    "Ng-R0918-wint3r",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Vivitrol ICS to client icloud",
        notes="Calendar invite to a client's icloud for a naltrexone injection.",
        frm=f"Northgate Nursing <nursing@{NG}>",
        to="Luis Gallardo <luisg.mn@icloud.com>",
        subject="Appointment reminder - Tue Nov 24",
        body="Luis, your next injection appointment is attached. Reply or call 612-555-0350.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northgate BHR//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:ng-inj-22018@northgatebhr.org\r\nDTSTAMP:20261110T180000Z\r\n"
            "DTSTART:20261124T163000Z\r\nDTEND:20261124T170000Z\r\nSUMMARY:Vivitrol 380 mg IM "
            "injection (naltrexone) - Luis Gallardo\r\nLOCATION:Northgate Nursing\\, 300 "
            "Northgate Pkwy\r\nATTENDEE;CN=Luis Gallardo:mailto:luisg.mn@icloud.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="discharge summary PDF",
        notes="PDF discharge summary to an outpatient program: name, DOB, dates, diagnoses, "
        "medications.",
        frm=f"Residential Program <residential@{NG}>",
        to="Intake <intake@riversidecounselingmn.com>",
        subject="Discharge summary - warm handoff Monday",
        body=(
            "Hi Riverside intake,\n\nAttached is the discharge summary for the client starting "
            "your IOP on Monday (consent for this disclosure is on page 2 of our packet). "
            "Please confirm receipt.\n\nTheo Vandermolen, LADC\nResidential Program Lead\n"
        ),
        atts=(
            Att(
                "discharge_summary_Yazzie.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE BEHAVIORAL HEALTH & RECOVERY - DISCHARGE SUMMARY",
                        "Client: Raymond Yazzie      DOB: 08/08/1977      MRN NG0069140",
                        "Admitted 10/12/2026   Discharged 11/09/2026 (completed program)",
                        "Dx: Alcohol use disorder, severe (F10.20); Major depressive disorder",
                        "Meds at discharge: naltrexone 50 mg daily, sertraline 100 mg daily",
                        "Aftercare: IOP at Riverside Counseling, AA home group Tue/Sat",
                        "Counselor: T. Vandermolen, LADC",
                    ],
                    "Discharge Summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="group notes TXT first name + initial",
        notes="Hard positive: TXT group notes with first names, last initials, drug screen "
        "results and sobriety dates, sent to a clinical supervisor.",
        frm=f"Kendra Sato LADC <ksato@{NG}>",
        to=f"Clinical Supervisor <rmwangi@{NG}>",
        subject="Tuesday group note for co-sign",
        body="Rose - group note attached for your co-sign. -K\n",
        atts=(Att("IOP_groupB_1110.txt", "text/plain", GROUP_NOTES),),
    ),
]

CLEAN = [
    Spec(
        phi=False,
        category="block grant quarterly aggregate",
        notes="Hard negative: SUD block grant report with admissions by substance and "
        "outcomes, aggregate only.",
        frm=f"Finance & Grants <grants@{NG}>",
        to="SUD Grants <sudgrants@dhs.state.mn.example.gov>",
        subject="SUBG Q1 FY27 report - Northgate",
        body=(
            "Please find our Q1 report:\n\nAdmissions: 214 (residential 61, outpatient 118, "
            "OTP 35)\nPrimary substance at admission: alcohol 38%, opioids 33%, "
            "methamphetamine 21%, cannabis 6%, other 2%\nPregnant/parenting women admitted: "
            "19\nIV drug use priority admissions: 27\nCompletion rate (residential): 68%\n"
            "Naloxone kits distributed: 1,140\n\nContact: Franklin Odhiambo, Grants Manager\n"
        ),
    ),
    Spec(
        phi=False,
        category="community naloxone training flyer",
        notes="Community naloxone training announcement to a library partner.",
        frm=f"Prevention Team <prevention@{NG}>",
        to="Programs <programs@millbrooklibrary.org>",
        subject="Free Narcan training at the library - Dec 3?",
        body=(
            "Hi Wendy,\n\nWould the library host a free 45-minute naloxone (Narcan) training on "
            "Thursday 12/3 at 6 pm? We bring everything: kits, fentanyl test strips, and "
            "information on local treatment and recovery services. No registration needed "
            "and nobody has to give their name.\n\nThanks!\nGabriel Okoro\nPrevention "
            "Specialist\n"
        ),
    ),
    Spec(
        phi=False,
        category="Part 2 policy memo",
        notes="Hard negative: policy update on 42 CFR Part 2 consent and redisclosure; "
        "SUD terms, no client.",
        frm=f"Privacy Officer <privacy@{NG}>",
        to=f"All Clinical Staff <clinical@{NG}>",
        subject="Part 2 changes effective Feb 2026 - what you need to do",
        body=(
            "Colleagues,\n\nThe 2024 Part 2 final rule is now fully in effect. Key changes:\n\n"
            "1. A single consent can cover all future uses for treatment, payment and "
            "operations.\n2. Records received under that consent may be redisclosed as HIPAA "
            "allows - but never used in proceedings against the client without a court "
            "order.\n3. SUD counseling notes need separate consent, like psychotherapy notes.\n"
            "4. Breach notification now applies to Part 2 records.\n\nUpdated consent forms "
            "are in the EHR. Training module due 12/15.\n\nEsperanza Villalobos, CHC\nPrivacy "
            "Officer\n"
        ),
    ),
    Spec(
        phi=False,
        category="OTP DEA registration renewal",
        notes="Hard negative: the program's DEA registration and a physician's NPI in a "
        "regulatory renewal email.",
        frm=f"Compliance <compliance@{NG}>",
        to="Diversion Registration <registration.support@deadiversion.example.gov>",
        subject="NTP registration renewal - AS4994148",
        body=(
            "Hello,\n\nNorthgate Behavioral Health & Recovery (narcotic treatment program) is "
            "renewing DEA registration AS4994148, expiring 1/31/2027. Medical director: "
            "Oluwaseun Balogun, MD (Addiction Medicine), NPI 1807595990. Our state OTP "
            "certification and SAMHSA certification letters are uploaded. Please confirm "
            "whether the new schedule III storage inspection is required before renewal.\n\n"
            "Esperanza Villalobos, Compliance\n"
        ),
    ),
    Spec(
        phi=False,
        category="buprenorphine shortage notice",
        notes="Hard negative: shortage of buprenorphine-naloxone films with prescribing "
        "guidance, no client.",
        frm=f"Dr. Oluwaseun Balogun <obalogun@{NG}>",
        to=f"Prescribers <prescribers@{NG}>",
        subject="Bup-nal 8/2 film backorder - switch to tablets",
        body=(
            "Team,\n\nOur two main pharmacies report buprenorphine-naloxone 8/2 mg FILMS are "
            "backordered until late December. Tablets are available. For new starts and "
            "refills please prescribe the tablet (same dose) and add 'OK to substitute film or "
            "tablet'. Zubsolv 5.7/1.4 is also covered by most MA plans. Don't let anyone go "
            "without - call me if a pharmacy gives you trouble.\n\nO.B.\n"
        ),
    ),
    Spec(
        phi=False,
        category="drug screen supply invoice",
        notes="Hard negative: UDS cup and confirmation-testing invoice with an SSN-shaped "
        "PO number.",
        frm=f"Accounts Payable <ap@{NG}>",
        to="AR <ar@precisiontoxlabs.com>",
        subject="Invoice PTL-77102 - short shipped, PO 271-40-5563",
        body=(
            "Hello,\n\nInvoice PTL-77102 (PO 271-40-5563) bills 40 cases of 13-panel "
            "fentanyl/xylazine UDS cups but we received 32. Also the October LC-MS/MS "
            "confirmation line (412 specimens at $18.50) should be at the contract rate of "
            "$16.00. Please send a corrected invoice.\n\nMargit Halvorsen, AP\n"
        ),
    ),
    Spec(
        phi=False,
        category="LADC job posting",
        notes="Job posting for a licensed alcohol and drug counselor, to a candidate's gmail.",
        frm=f"Human Resources <hr@{NG}>",
        to="terrence.albright.ladc@gmail.com",
        subject="LADC position - interview times",
        body=(
            "Hi Terrence,\n\nThanks for applying for the Licensed Alcohol and Drug Counselor "
            "role (outpatient/IOP). Could you interview on Monday 11/16 at 10 or Tuesday 11/17 "
            "at 2? Salary range is $62-71k with a $3,000 sign-on bonus, and we support "
            "supervision hours toward LADC/LPCC. Please bring a copy of your license.\n\n"
            "Human Resources\nNorthgate Behavioral Health & Recovery\n"
        ),
    ),
    Spec(
        phi=False,
        category="addiction conference agenda",
        notes="Hard negative: conference agenda with named physicians and SUD/mental illness "
        "topics.",
        frm=f"Dr. Chiamaka Eze <ceze@{NG}>",
        to=f"Medical Staff <medstaff@{NG}>",
        subject="MSAM fall conference - sessions worth attending",
        body=(
            "For anyone going to the state addiction medicine conference:\n\n"
            "Fri 8:30  Treating stimulant use disorder with contingency management - "
            "Dr. Hollis Grant (Addiction Psychiatry)\nFri 10:15 Xylazine wounds: what we are "
            "seeing - Dr. Priya Anand (Wound Care)\nFri 1:00  Methadone dose adequacy in the "
            "fentanyl era - Dr. Samuel Oyelaran (Addiction Medicine)\nSat 9:00  Bipolar disorder "
            "with co-occurring alcohol use - Dr. Ingrid Tveit (Psychiatry)\n\nCME paid from "
            "department funds.\n\nChiamaka\n"
        ),
    ),
    Spec(
        phi=False,
        category="payroll and EAP notice",
        notes="Hard negative: payroll deadline plus confidential EAP counseling offer to staff.",
        frm=f"Payroll <payroll@{NG}>",
        to=f"All Staff <allstaff@{NG}>",
        subject="Timesheets due early (Thanksgiving) + EAP reminder",
        body=(
            "Hi all,\n\nBecause of Thanksgiving, timesheets for the 11/15-11/28 pay period are "
            "due Tuesday 11/24 by noon. Holiday pay will be coded automatically.\n\nA reminder "
            "that our Employee Assistance Program offers 8 free, confidential counseling "
            "sessions for you and household members, including for grief, burnout and "
            "substance use. Call 1-800-555-0167.\n\nPayroll\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified outcomes XLSX",
        notes="Hard negative: outcomes workbook with random study codes, age bands, years "
        "only; de-identified.",
        frm=f"Quality & Outcomes <outcomes@{NG}>",
        to="Dr. Keisha Langford <klangford@evalpartners.example.org>",
        subject="De-identified outcomes file for the evaluation",
        body=(
            "Hi Dr. Langford,\n\nAttached is the de-identified outcomes file. Study codes are "
            "random and the crosswalk stays with us; ages are banded, dates are year only and "
            "geography is removed. Cells under 11 are suppressed on the summary tab.\n\n"
            "Best,\nQuality & Outcomes\n"
        ),
        atts=(
            Att(
                "ng_outcomes_deid_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Records": [
                            [
                                "study_code",
                                "age_band",
                                "gender",
                                "admit_year",
                                "level",
                                "primary_substance",
                                "completed",
                                "abstinent_90d",
                            ],
                            ["X7Q2", "25-34", "M", 2026, "residential", "opioids", "Y", "Y"],
                            ["K3M9", "35-44", "F", 2026, "IOP", "alcohol", "Y", "N"],
                            ["P8W1", "18-24", "M", 2025, "OTP", "opioids", "N", "N"],
                            [
                                "D4T6",
                                "45-54",
                                "F",
                                2026,
                                "residential",
                                "methamphetamine",
                                "Y",
                                "Y",
                            ],
                        ],
                        "Summary": [
                            ["level", "n", "completion %"],
                            ["residential", 188, 68.1],
                            ["IOP", 341, 54.3],
                            ["OTP", 122, "n/a"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="e-prescribing test patient",
        notes="Hard negative: EPCS certification test with a clearly labelled ZZTEST patient "
        "and a buprenorphine test script.",
        frm=f"EHR Interfaces <interfaces@{NG}>",
        to="Certification <certification@surescriptsbridge.example.com>",
        subject="EPCS test script results - test patient only",
        body=(
            "Hi,\n\nWe sent the EPCS certification scripts this morning for the synthetic "
            "patient ZZTEST, BUPRENORPHINE (DOB 01/01/1901, test MRN ZZ000007) using the test "
            "prescriber account. Script 3 (buprenorphine-naloxone 8/2 #14) returned error "
            "'DEA schedule mismatch'. The test prescriber DEA is BP8973403. Can you tell us "
            "what field you expect?\n\nIbrahim Sesay\n"
        ),
    ),
    Spec(
        phi=False,
        category="CEO capacity update",
        notes="Hard negative: CEO update with waitlist size and wait times, aggregate.",
        frm=f"CEO <ceo@{NG}>",
        to="Board <board@northgatebhr.org>",
        subject="Capacity update before the county meeting",
        body=(
            "Board members,\n\nQuick numbers for Tuesday's county meeting:\n- Residential "
            "waitlist: 43 people, average wait 9 days (was 16 in June)\n- OTP census: 287, "
            "capacity 300\n- Mobile crisis calls in October: 164, 71% resolved in the "
            "community\n- Overdose deaths in the county (ME preliminary, Jan-Sep): 58\n\nWe "
            "will ask the county for 8 more withdrawal management beds.\n\nAnita Ramaswamy\n"
            "CEO\n"
        ),
    ),
    Spec(
        phi=False,
        category="recovery month sponsorship",
        notes="Community event sponsorship request to a local business.",
        frm=f"Development <development@{NG}>",
        to="Owner <hello@steeltowncoffee.com>",
        subject="Sponsor our Recovery Walk?",
        body="",
        html=(
            "<html><body><p>Hi Marisol,</p><p>Northgate's 5th annual <b>Recovery Walk & "
            "Resource Fair</b> is Saturday, May 8. Would Steeltown Coffee sponsor the coffee "
            "station? Sponsors get their logo on the t-shirt and banner.</p><p>Last year 600 "
            "people walked to celebrate recovery and remember those we've lost to overdose."
            "</p><p>Thanks so much,<br>Leona Brightman<br>Development Director</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="EHR Part 2 segmentation config",
        notes="Hard negative: IT change notice about consent flags and SUD record "
        "segmentation; no client.",
        frm=f"EHR Interfaces <interfaces@{NG}>",
        to=f"All Clinical Staff <clinical@{NG}>",
        subject="Tonight 10pm: Part 2 data segmentation update",
        body=(
            "Tonight at 10 pm we apply the EHR update that tags SUD encounter data with the "
            "Part 2 security label (42CFRPart2). After the update:\n\n- Documents from OTP, "
            "IOP and residential encounters are auto-labelled\n- The HIE feed only sends "
            "labelled data when an active consent exists\n- Break-the-glass access is logged "
            "and reviewed weekly\n\nExpect 20 minutes of downtime. Use the paper MAR for "
            "dosing in that window.\n\nIbrahim Sesay, EHR Analyst\n"
        ),
    ),
    Spec(
        phi=False,
        category="journal club published case",
        notes="Hard negative: journal club about a published case report (no Northgate "
        "client) of xylazine wounds.",
        frm=f"Dr. Chiamaka Eze <ceze@{NG}>",
        to=f"Clinical Staff <clinical@{NG}>",
        subject="Journal club Thursday - xylazine wound case series",
        body=(
            "This week's article: a published case series of 12 patients with xylazine-"
            "associated wounds from an urban emergency department. Discussion questions:\n"
            "1. When should wounds be referred to surgery?\n2. How did buprenorphine induction "
            "go when xylazine was also present?\n3. What would we do differently at Northgate?"
            "\n\nPDF is on the shared drive (not attached, copyright). Lunch provided.\n"
        ),
    ),
    Spec(
        phi=False,
        category="residential fire drill",
        notes="Facilities notice about a fire drill at the residential building.",
        frm=f"Facilities <facilities@{NG}>",
        to=f"Residential Staff <residentialstaff@{NG}>",
        subject="Fire drill Wed 11/18 at 2 pm + sprinkler inspection",
        body=(
            "Residential team,\n\nUnannounced-to-residents fire drill on Wednesday 11/18 at "
            "2:00 pm. Staff: follow the evacuation map, bring the census clipboard and do the "
            "headcount at the east parking lot. Sprinkler inspection follows at 3 pm (Summit "
            "Fire Protection).\n\nDwayne Pettersen, Facilities\n"
        ),
    ),
    Spec(
        phi=False,
        category="payer rate sheet",
        notes="Hard negative: contract rate sheet with HCPCS/CPT codes for SUD services, no "
        "member.",
        frm=f"Finance & Grants <finance@{NG}>",
        to="Contracting <contracting@northstarhealthplan.com>",
        subject="2027 rate proposal - SUD services",
        body="",
        html=(
            "<html><body><p>Hi Gordon, our proposed 2027 rates:</p><table border='1'>"
            "<tr><th>Code</th><th>Service</th><th>2026</th><th>2027 proposed</th></tr>"
            "<tr><td>H0020</td><td>Methadone administration (daily)</td><td>$15.50</td>"
            "<td>$17.25</td></tr><tr><td>H0015</td><td>Intensive outpatient, per diem</td>"
            "<td>$165.00</td><td>$182.00</td></tr><tr><td>H0038</td><td>Peer recovery "
            "support, 15 min</td><td>$12.75</td><td>$15.00</td></tr><tr><td>90837</td>"
            "<td>Psychotherapy 60 min</td><td>$138.00</td><td>$146.00</td></tr></table>"
            "<p>Happy to meet.<br>Franklin Odhiambo</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="supervision schedule ZIP",
        notes="Intern supervision schedule and handbook zipped; staff names only.",
        frm=f"Clinical Supervisor <rmwangi@{NG}>",
        to=f"Interns <interns@{NG}>",
        subject="Winter supervision schedule + handbook",
        body=(
            "Hi interns,\n\nZip attached with the supervision schedule through February and "
            "the updated intern handbook. Remember to log hours in the Board portal monthly.\n\n"
            "Rose Mwangi, LICSW, LADC\nClinical Supervisor\n"
        ),
        atts=(
            Att(
                "intern_packet_winter2027.zip",
                "application/zip",
                zipped(
                    {
                        "supervision_schedule.csv": (
                            "intern,supervisor,day,time\nAmira Haddad,R. Mwangi,Mon,9:00\n"
                            "Colton Reyes,K. Sato,Tue,13:00\nNguyen Bao Chau,R. Mwangi,Thu,"
                            "15:30\n"
                        ),
                        "intern_handbook.txt": (
                            "Northgate Intern Handbook 2026-27\n1. Hours and timesheets\n"
                            "2. Confidentiality and 42 CFR Part 2 training\n3. Dress code\n"
                        ),
                    }
                ),
            ),
        ),
    ),
]

MESSAGES = PHI + CLEAN
