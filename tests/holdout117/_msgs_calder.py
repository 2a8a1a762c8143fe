"""Calder County Public Defender (county public defense office): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nCalder County Public Defender\n1200 Courthouse Square, Suite 300, Port Selden, WA 98368\n(360) 555-0130"
PRIV = "\n\nATTORNEY-CLIENT PRIVILEGED / WORK PRODUCT. If received in error, notify the sender and delete."

MESSAGES = [
    Spec(
        phi=True,
        category="defense records request with signed authorization",
        notes="Records request to the jail health contractor with a PDF authorization naming the client, DOB, booking number and his seizure treatment.",
        frm="Julia Palacios <jpalacios@caldercountypd.org>",
        to="records@ironwoodch.com",
        subject="Records request - authorization attached",
        body="Records staff,\n\nPlease find attached a HIPAA authorization signed by our client. We request all medical records, including medication administration records and any ER transfer paperwork, from his current booking.\n\nJulia Palacios\nDeputy Public Defender"
        + SIG,
        atts=(
            Att(
                "Authorization_Whitford_A.pdf",
                "application/pdf",
                pdf(
                    [
                        "CALDER COUNTY PUBLIC DEFENDER - AUTHORIZATION TO RELEASE HEALTH INFORMATION",
                        "Patient: Anselm Whitford   DOB: 04/22/1990   Booking: 26-02815",
                        "Release from: Ironwood Correctional Health Services, Calder County Jail",
                        "Release to: Julia Palacios, Calder County Public Defender",
                        "Information: all records incl. seizure disorder treatment, lamotrigine MAR,",
                        "  emergency department transfer of 09/13/2026",
                        "Purpose: legal representation   Expires: 12/31/2027",
                        "Signature: Anselm Whitford   Date: 09/30/2026",
                    ],
                    "Authorization",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mitigation memo to forensic psychologist",
        notes="DOCX mitigation memo naming the client and giving his traumatic brain injury, schizophrenia history and hospitalizations.",
        frm="Derek Khoury <dkhoury@caldercountypd.org>",
        to="dr.ilse.brandvold@brandvoldforensics.com",
        subject="State v. Lucero - background for your evaluation",
        body="Dr. Brandvold,\n\nThanks for agreeing to evaluate Mr. Lucero. The attached memo summarizes what our mitigation specialist has gathered. The jail chart is being produced separately.\n\nDerek Khoury\nSenior Deputy Public Defender"
        + SIG
        + PRIV,
        atts=(
            Att(
                "Lucero_mitigation_memo.docx",
                DOCX,
                docx(
                    [
                        "PRIVILEGED - Mitigation summary: Mateo Lucero (DOB 05/21/1993), cause 26-1-00614-4",
                        "Age 14: traumatic brain injury in a car crash, 9 days at Harborview, frontal contusion.",
                        "Age 19: first psychiatric admission, Western State Hospital, diagnosed schizophrenia.",
                        "2019-2025: four further involuntary admissions; longest stable period on clozapine.",
                        "Currently on risperidone in jail; adherence poor since September.",
                        "Family: mother Rosa Lucero reports he stopped meds after losing Medicaid in June.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="competency evaluation appointment invite",
        notes="Hard positive: calendar invite for a court-ordered competency evaluation at the state hospital naming the client; the service reveals a mental health evaluation.",
        frm="Trial Scheduling <scheduling@caldercountypd.org>",
        to="forensic.eval@wsh-forensics.wa.gov",
        subject="Invitation: Competency evaluation - Desmond Kiley - Oct 13",
        body="Confirming counsel attendance at the competency evaluation ordered under RCW 10.77.060. Derek Khoury will attend by video.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//CCPD//Trial Scheduling//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:ccpd-cmp-26-1-00702@caldercountypd.org\nDTSTAMP:20261005T200000Z\nDTSTART:20261013T170000Z\nDTEND:20261013T200000Z\n"
            "SUMMARY:Competency evaluation - Desmond Kiley (26-1-00702-7)\nDESCRIPTION:In-jail competency evaluation by state forensic evaluator. Client has hx bipolar I\\, currently on lithium.\n"
            "LOCATION:Calder County Jail - Attorney Room 3\nORGANIZER:mailto:scheduling@caldercountypd.org\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded mother's email about client's medical history",
        notes="Hard positive: short cover note; the forwarded email from the client's mother lists his diabetes, amputation and missed dialysis.",
        frm="Julia Palacios <jpalacios@caldercountypd.org>",
        to="investigator.mcbride@caldercountypd-inv.org",
        subject="FW: about my son Curtis",
        body="Sean - see below from Mrs. Ansel. Can you get the dialysis center records (release signed yesterday)? Relevant to the failure-to-appear.\n\nJP",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Bernadette Ansel <bernieansel@yahoo.com>",
            to="jpalacios@caldercountypd.org",
            subject="about my son Curtis",
            body="Ms Palacios,\n\nI am Curtis Ansel's mother. He missed court on August 27 because he was at dialysis, he goes Mon Wed Fri at Salish Kidney Center. He has had diabetes since he was 12 and lost his left foot last year. He can't walk to the bus without help. Please tell the judge.\n\nBernadette Ansel\n(360) 555-0145",
        ),
    ),
    Spec(
        phi=True,
        category="mental health court diversion proposal to prosecutor",
        notes="Email to the deputy prosecutor naming the client, his PTSD and bipolar diagnoses and his treatment provider to argue for diversion.",
        frm="Derek Khoury <dkhoury@caldercountypd.org>",
        to="mhall@caldercountyprosecutor.org",
        subject="State v. Tolliver 26-1-00533-3 - mental health court referral",
        body="Marcus,\n\nFollowing up on our call. Mr. Ray Tolliver has a documented diagnosis of bipolar I disorder and combat-related PTSD and has been engaged with Peninsula Behavioral Health since July (weekly therapy, monthly psychiatry, on lamotrigine). The incident on 6/30 happened during a manic episode two weeks after his medication lapsed. We'd ask that you agree to a mental health court referral; he is willing to sign releases so the court team can verify compliance.\n\nDerek Khoury"
        + SIG,
    ),
    Spec(
        phi=True,
        category="texting-style suicide watch alert to attorney",
        notes="Hard positive: terse note between colleagues naming the client and saying he is on suicide watch in the jail.",
        frm="Sean McBride <smcbride@caldercountypd.org>",
        to="tnguyen@caldercountypd.org",
        subject="marquez",
        body="Tam - Marquez (26-1-00689) still in custody, jail nurse says on suicide watch since tue after he cut his arm. Can u see him today before 3? I'm in trial.\n-S",
    ),
    Spec(
        phi=True,
        category="drug court compliance letter to client's gmail",
        notes="Letter to the client's personal gmail naming him and discussing his positive urinalysis and treatment attendance in drug court.",
        frm="Tam Nguyen <tnguyen@caldercountypd.org>",
        to="jaylen.brooks.206@gmail.com",
        subject="Drug court Thursday - please read",
        body="Jaylen,\n\nThe treatment court team will talk about two things on Thursday: your UA from 9/28 was positive for fentanyl, and Recovery Northwest says you missed two IOP groups. The team likes honesty. If you tell the judge first, the likely sanction is a few days of community service, not jail. Call me before Thursday at (360) 555-0133.\n\nTam Nguyen\nDeputy Public Defender"
        + SIG
        + PRIV,
    ),
    Spec(
        phi=True,
        category="treatment court caseload workbook",
        notes="Hard positive: multi-sheet caseload with client names and their treatment agencies (an opioid treatment program, an inpatient unit), which reveals substance use treatment.",
        frm="Tam Nguyen <tnguyen@caldercountypd.org>",
        to="coordinator@caldercountytreatmentcourt.org",
        subject="Defense caseload for staffing 10/8",
        body="Hi Irene,\n\nOur side's list for Thursday staffing is attached, with our updates on the second tab.\n\nTam",
        atts=(
            Att(
                "TxCourt_defense_list_1008.xlsx",
                XLSX,
                xlsx(
                    {
                        "Participants": [
                            ["Participant", "Cause", "Phase", "Treatment agency", "Attorney"],
                            [
                                "Brooks, Jaylen",
                                "26-1-00218-1",
                                "2",
                                "Recovery Northwest IOP",
                                "Nguyen",
                            ],
                            [
                                "Sandoval, Erin",
                                "25-1-01127-6",
                                "3",
                                "Harbor Light OTP (methadone)",
                                "Nguyen",
                            ],
                            [
                                "Pike, Darnell",
                                "26-1-00390-0",
                                "1",
                                "Cedar Hollow residential",
                                "Khoury",
                            ],
                        ],
                        "Defense updates": [
                            ["Participant", "Update"],
                            ["Sandoval, Erin", "Dose increased to 90 mg; employed 30 hrs/wk"],
                            ["Pike, Darnell", "Admitted 9/29, bed date was delayed 3 weeks"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML intake summary to assigned attorney",
        notes="Hard positive: HTML-only intake summary with the client's name, booking number, medications and a recent psychiatric hold.",
        frm="Intake Unit <intake@caldercountypd.org>",
        to="apeterson@caldercountypd-conflict.org",
        subject="Conflict assignment - intake summary",
        body="",
        html=(
            "<html><body><p>Conflict counsel assignment. Intake summary below.</p>"
            "<table border='1' cellpadding='3'><tr><th>Client</th><td>Serena Valdivia</td></tr>"
            "<tr><th>Booking / cause</th><td>26-04122 / 26-1-00711-2</td></tr>"
            "<tr><th>Charge</th><td>Assault 3</td></tr>"
            "<tr><th>Health</th><td>Released from 72-hour involuntary psychiatric hold at St. Brigid on 10/01; takes olanzapine 10 mg; 5 months pregnant</td></tr>"
            "<tr><th>Next hearing</th><td>10/09 arraignment, Dept 2</td></tr></table>"
            "<p>Intake Unit, Calder County Public Defender</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="discovery zip with victim's ER records to expert",
        notes="Hard positive: the individual is the alleged victim, not the client; the zipped discovery holds her name and emergency department findings.",
        frm="Derek Khoury <dkhoury@caldercountypd.org>",
        to="dr.arjun.mehra@pnwforensicmed.com",
        subject="State v. Harrow - discovery for your review",
        body="Dr. Mehra,\n\nThe medical discovery produced by the State is attached as a zip (protective order applies; do not further disseminate). We need your view on whether the injuries are consistent with a fall.\n\nDerek Khoury"
        + SIG
        + PRIV,
        atts=(
            Att(
                "Harrow_discovery_medical_0412-0431.zip",
                "application/zip",
                zipped(
                    {
                        "DISC-0412_ED_note.txt": "ST BRIGID MEDICAL CENTER - EMERGENCY DEPARTMENT\nPatient: Whitney Caldera  DOB 1998-01-14  MRN 7730418\nArrived 2026-07-19 02:14. Left orbital floor fracture on CT, 2 cm scalp laceration repaired, BAC 0.19.\n",
                        "DISC-0425_photos_index.txt": "Photographs 1-14 of Whitney Caldera taken by SANE nurse 2026-07-19 (images withheld under protective order).\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prescription label image named for client",
        notes="Hard positive: the PNG file name and caption give the client's name and the antipsychotic on the pharmacy label.",
        frm="Sean McBride <smcbride@caldercountypd.org>",
        to="dr.ilse.brandvold@brandvoldforensics.com",
        subject="the bottle from his apartment",
        body="Dr. B - photo of the pill bottle recovered at his apartment, fill date 5/2, so he ran out well before June. Sean",
        atts=(
            Att(
                "Lucero_Mateo_clozapine_100mg_label_fill0502.png",
                "image/png",
                png(5, 7, (236, 232, 200)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="sealing motion request using initials and cause number",
        notes="Hard positive: only initials and a cause number, but together they identify the client, and the exhibits are his psychiatric hospital records.",
        frm="Julia Palacios <jpalacios@caldercountypd.org>",
        to="clerk.dept3@caldercountysuperior.org",
        subject="Motion to seal exhibits - State v. K.D., 26-1-00418-8",
        body="Clerk,\n\nPlease note for the 10/16 docket our motion to seal Exhibits 4-7 in State v. K.D., 26-1-00418-8. They are the defendant's inpatient records from Harbor Behavioral Hospital (admission 3/2-3/19/2026, including the discharge summary and medication list) and were filed in error without a sealing cover sheet.\n\nJulia Palacios"
        + SIG,
    ),
    Spec(
        phi=True,
        category="veterans court referral with PTSD",
        notes="Referral naming the client, his service, PTSD and TBI diagnoses and VA treatment history.",
        frm="Tam Nguyen <tnguyen@caldercountypd.org>",
        to="vjo.puget@va-justice-outreach.org",
        subject="Veterans treatment court referral - Aaron Voss",
        body="Ms. Delgado,\n\nI represent Aaron Voss (DOB 1985-09-03), Army, two deployments. He is service-connected for PTSD (70%) and mild TBI, and was in the PTSD residential program at American Lake in 2023. Since losing housing he has not kept his VA mental health appointments. Could your office confirm eligibility and whether he can be re-enrolled before the 10/21 hearing?\n\nTam Nguyen"
        + SIG,
    ),
    Spec(
        phi=True,
        category="medication update to client's sister",
        notes="Email to the client's sister's yahoo mailbox naming the client and saying the jail will continue his HIV medication.",
        frm="Julia Palacios <jpalacios@caldercountypd.org>",
        to="renee.okafor77@yahoo.com",
        subject="Your brother's medication",
        body="Ms. Okafor,\n\nWith Emeka's permission: I spoke with jail medical today. They confirmed they received his HIV prescription from his clinic and he has been getting his Biktarvy daily since Monday. You do not need to bring the pills to the jail. The next court date is 10/20.\n\nJulia Palacios"
        + SIG,
    ),
    Spec(
        phi=True,
        category="SSI application support with SSN",
        notes="Email to a benefits social worker with the client's SSN, DOB and schizophrenia diagnosis for an SSI application.",
        frm="Mara Ellison MSW <mellison@caldercountypd.org>",
        to="benefits@soarpeninsula.org",
        subject="SOAR referral - release expected 10/30",
        body="Hi Devon,\n\nSOAR referral for a client expected to release 10/30:\n\nName: Mateo Lucero\nDOB: 05/21/1993\nSSN: 538-41-2096\nDiagnosis: schizophrenia, multiple hospitalizations (Western State 2012, 2019, 2021, 2024)\nTreating psychiatrist in jail: Dr. Varga (telehealth)\n\nHe signed the SSA-827 yesterday; I'll fax it. Can you start the application before release?\n\nMara Ellison, MSW\nForensic Social Worker"
        + SIG,
    ),
    Spec(
        phi=True,
        category="release argument citing client's pregnancy care",
        notes="Email to the pretrial services officer naming the client and her high-risk pregnancy with prenatal appointments.",
        frm="Julia Palacios <jpalacios@caldercountypd.org>",
        to="pretrial@caldercountysuperior.org",
        subject="Release review - Serena Valdivia 26-1-00711-2",
        body="Officer Lund,\n\nFor Friday's release review: Ms. Valdivia is 21 weeks pregnant and her OB at Olympic Bay Community Health classifies the pregnancy as high-risk (prior preterm delivery, gestational hypertension). She has weekly prenatal appointments on Tuesdays that the jail cannot accommodate. Her aunt in Brennock will provide housing and transport.\n\nJulia Palacios"
        + SIG,
    ),
    Spec(
        phi=True,
        category="alibi via methadone clinic dosing log",
        notes="Hard positive: no diagnosis is named, but saying the client dosed at an opioid treatment program on a given morning reveals substance use treatment.",
        frm="Sean McBride <smcbride@caldercountypd.org>",
        to="dkhoury@caldercountypd.org",
        subject="Pike alibi - dosing log",
        body="Derek,\n\nGot the subpoenaed dosing log from Harbor Light OTP. Darnell Pike dosed at the window at 07:42 on 9/14 and signed for take-homes at 07:49. The store camera puts the robbery at 07:55 on the other side of the county, 40 min away. I'll write it up for the alibi notice.\n\nSean McBride\nInvestigator",
    ),
    Spec(
        phi=True,
        category="inpatient admission notice to probation officer",
        notes="Hard positive: names the client and the residential facility he entered; the facility is a substance use treatment centre, which reveals care.",
        frm="Tam Nguyen <tnguyen@caldercountypd.org>",
        to="p.ocampo@wadoc-communitycorrections.wa.gov",
        subject="Darnell Pike - residential bed 9/29",
        body="Officer Ocampo,\n\nFYI Darnell Pike entered Cedar Hollow Recovery Center on 9/29 (28-day residential program). He won't be able to report on 10/7; Cedar Hollow's counselor can confirm attendance at (360) 555-0177 with his release.\n\nTam Nguyen"
        + SIG,
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="CLE invitation on mental health defenses",
        notes="Hard negative: CLE invite naming a forensic psychiatrist and psychologist presenting on insanity and competency; no client.",
        frm="Training Unit <training@caldercountypd.org>",
        to="defenders-list@wadefenders-network.org",
        subject="CLE Oct 23: Competency, insanity and diminished capacity (3.0 credits)",
        body="Join us for an afternoon CLE. Presenters: Dr. Ilse Brandvold, forensic psychologist, and Dr. Arjun Mehra, forensic psychiatrist, with Senior Deputy Derek Khoury. Free for public defense attorneys.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//CCPD//Training//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:ccpd-cle-20261023@caldercountypd.org\nDTSTAMP:20261002T170000Z\nDTSTART:20261023T200000Z\nDTEND:20261023T230000Z\n"
            "SUMMARY:CLE - Competency\\, insanity and diminished capacity\nDESCRIPTION:Speakers: Ilse Brandvold PhD\\, Arjun Mehra MD\\, Derek Khoury JD.\n"
            "LOCATION:Calder County Courthouse\\, Jury Assembly Room\nORGANIZER:mailto:training@caldercountypd.org\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="annual caseload statistics workbook",
        notes="Hard negative: multi-sheet annual report of aggregate caseload figures, including counts of clients with mental illness; no individual.",
        frm="Office Administrator <admin@caldercountypd.org>",
        to="budget@caldercountywa.gov",
        subject="2025 caseload report for budget hearing",
        body="Attached are the figures requested for the budget hearing. Mental health indicators come from intake screening and are counts only.",
        atts=(
            Att(
                "CCPD_caseload_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "Caseload": [
                            ["Case type", "Assigned", "Closed"],
                            ["Felony", 1412, 1338],
                            ["Misdemeanor", 2206, 2190],
                            ["Juvenile", 318, 305],
                        ],
                        "Client indicators": [
                            ["Indicator", "Clients", "Share"],
                            ["Serious mental illness flagged", 611, "16%"],
                            ["Substance use disorder flagged", 1422, "36%"],
                            ["Competency evaluations ordered", 143, "4%"],
                        ],
                        "Staffing": [
                            ["Role", "FTE"],
                            ["Attorneys", 31],
                            ["Investigators", 6],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank client intake questionnaire",
        notes="Hard negative: DOCX blank intake questionnaire asking about medications and mental health history; no answers.",
        frm="Intake Unit <intake@caldercountypd.org>",
        to="frontdesk@caldercountypd-conflict.org",
        subject="Updated intake questionnaire",
        body="Attached is the updated client intake questionnaire. Please use it for all new conflict appointments starting Monday.",
        atts=(
            Att(
                "CCPD_Client_Intake_Questionnaire_2026.docx",
                DOCX,
                docx(
                    [
                        "Calder County Public Defender - Client Intake Questionnaire",
                        "Full name: ______________________  Date of birth: __________",
                        "Do you take any medications? ______________________",
                        "Have you ever been hospitalized for mental health? Y / N  Where/when: ______",
                        "Do you have a case manager or counselor? Name/agency: ______________",
                        "Are you a veteran? Y / N",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="training handout with fictional client",
        notes="Hard negative: PDF training handout using an obviously fictional client 'Jane Exemplar' with a made-up diagnosis to teach mitigation writing.",
        frm="Training Unit <training@caldercountypd.org>",
        to="new-attorneys@caldercountypd-staff.org",
        subject="Mitigation writing workshop handout",
        body="Handout for Wednesday's workshop attached. All facts are invented.",
        atts=(
            Att(
                "Mitigation_Workshop_Handout.pdf",
                "application/pdf",
                pdf(
                    [
                        "CALDER COUNTY PUBLIC DEFENDER - TRAINING UNIT",
                        "Mitigation writing workshop - fictional hypothetical",
                        "Client: 'Jane Exemplar', age 30 (invented for training)",
                        "Facts: postpartum depression after her second child; no treatment until arrest.",
                        "Exercise: draft two paragraphs linking the condition to the offence conduct.",
                        "Reminder: never use real client names in training materials.",
                    ],
                    "Mitigation workshop handout",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="office closure staff notice",
        notes="Staff notice about an office closure; no client information.",
        frm="Office Administrator <admin@caldercountypd.org>",
        to="ccpd-all@caldercountypd-staff.org",
        subject="Office closed Monday 10/12 (Indigenous Peoples' Day)",
        body="All,\n\nThe office is closed Monday 10/12. Jail calendar coverage: Tam Nguyen (AM) and Julia Palacios (PM). The jail's attorney visit line is open as usual.\n\nLinda Forsberg\nOffice Administrator",
    ),
    Spec(
        phi=False,
        category="court reporter invoice query",
        notes="Business correspondence about a transcript invoice; no health information.",
        frm="Accounts Payable <ap@caldercountypd.org>",
        to="billing@soundreporting.com",
        subject="Invoice SR-26-7714 - transcript charges",
        body="Hello,\n\nInvoice SR-26-7714 bills 212 pages at the expedited rate, but the order (PO 26-0418) was for standard delivery. Please reissue at the standard rate of $4.10/page so we can process payment.\n\nThanks,\nAccounts Payable",
    ),
    Spec(
        phi=False,
        category="legal memo on competency restoration law",
        notes="Hard negative: research memo about competency restoration statutes and wait times; discusses mental illness but no client.",
        frm="Hannah Ibsen <hibsen@caldercountypd.org>",
        to="felony-unit@caldercountypd-staff.org",
        subject="Research memo: restoration wait times after the 2025 amendments",
        body="Felony unit,\n\nShort summary of the memo I circulated: the 2025 amendments cap in-jail waits for inpatient competency restoration at 7 days for evaluation and 14 days for admission. The state's own monthly reports show median admission waits of 19 days in Q2, so motions for contempt fines remain viable. Outpatient restoration is now available for non-violent misdemeanours. Template motion is on the shared drive.\n\nHannah Ibsen\nAppellate & Research Attorney",
    ),
    Spec(
        phi=False,
        category="court date reminder to client's gmail",
        notes="Hard negative: a client's name, personal email and court date, with no health or care information.",
        frm="Julia Palacios <jpalacios@caldercountypd.org>",
        to="marcus.t.heller@gmail.com",
        subject="Your court date: Oct 14, 9:00",
        body="Mr. Heller,\n\nReminder: your pretrial hearing is Wednesday October 14 at 9:00 in Department 4, Calder County Courthouse. Please arrive 15 minutes early and bring the pay stubs we discussed. If you cannot come, call me before then at (360) 555-0131.\n\nJulia Palacios"
        + SIG,
    ),
    Spec(
        phi=False,
        category="investigator job posting",
        notes="Job posting for an investigator position; no client.",
        frm="Office Administrator <admin@caldercountypd.org>",
        to="jobs@wacountyjobs.org",
        subject="Posting: Defense Investigator (Calder County PD)",
        body="Please post:\n\nDefense Investigator - Calder County Public Defender\nLocates and interviews witnesses, serves subpoenas, gathers records. Valid driver's licence required. $68,400-$84,900. Apply by 11/6 at calder.wa.gov/jobs.",
    ),
    Spec(
        phi=False,
        category="expungement clinic community newsletter",
        notes="HTML-only community newsletter about an expungement clinic; no individual.",
        frm="Community Outreach <outreach@caldercountypd.org>",
        to="partners@calderresourcenetwork.org",
        subject="Free record-clearing clinic Oct 24",
        body="",
        html=(
            "<html><body><h2>Clear your record - free clinic</h2><p>Saturday Oct 24, 10-2, Port Selden Library.</p>"
            "<p>Attorneys from the Calder County Public Defender will help with vacating old convictions, sealing juvenile records and LFO relief.</p>"
            "<p>Bring any court papers you have. Walk-ins welcome. Questions: (360) 555-0135.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="approved expert roster with clinician NPIs",
        notes="Hard negative: roster of approved forensic experts with NPIs, specialties and rates; clinicians' identifiers only.",
        frm="Office Administrator <admin@caldercountypd.org>",
        to="assigned-counsel@caldercountypd-conflict.org",
        subject="Approved expert list - FY2027",
        body="Assigned counsel,\n\nThe approved expert list for FY2027 (rates pre-approved up to the cap):\n\n- Ilse Brandvold, PhD, forensic psychology, NPI 1758952141, $225/hr\n- Arjun Mehra, MD, forensic psychiatry/pathology review, NPI 1941806428, $350/hr\n- Colette Ngata, PharmD, toxicology, NPI 1900545330, $180/hr\n\nFunding requests over the cap go to me.\n\nLinda Forsberg",
    ),
    Spec(
        phi=False,
        category="forwarded jail visitation rule change",
        notes="Hard negative: forwarded jail notice about professional visit rules mentioning medical unit hours; no individual.",
        frm="Office Administrator <admin@caldercountypd.org>",
        to="ccpd-attorneys@caldercountypd-staff.org",
        subject="FW: Professional visit changes at CCJ",
        body="FYI - new rules for attorney visits starting 10/19, see below.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="CCJ Administration <admin@caldercountysheriff.org>",
            to="admin@caldercountypd.org",
            subject="Professional visit changes at CCJ",
            body="Effective 10/19: professional visits 07:00-21:00 daily. No visits in the medical unit during med pass (06:00-07:00, 17:00-18:00). Video visits bookable 48 hours ahead. Bring bar card and photo ID.",
        ),
    ),
    Spec(
        phi=False,
        category="public records request for aggregate jail health data",
        notes="Hard negative: records request asking for aggregate counts of deaths, suicide attempts and withdrawal transports; no individual.",
        frm="Hannah Ibsen <hibsen@caldercountypd.org>",
        to="publicrecords@caldercountysheriff.org",
        subject="Public records request - aggregate in-custody health events 2023-2026",
        body="Under RCW 42.56, please provide for January 2023 to present, by month: (1) number of deaths in custody and the reported manner; (2) number of suicide attempts; (3) number of emergency transports for alcohol or opioid withdrawal. Aggregate counts only; no names are requested. Electronic format preferred.\n\nHannah Ibsen",
    ),
    Spec(
        phi=False,
        category="interpreter booking for client meeting",
        notes="Interpreter request with a client name and meeting time; no health information.",
        frm="Trial Scheduling <scheduling@caldercountypd.org>",
        to="bookings@cascadelanguagelink.com",
        subject="Somali interpreter - jail visit 10/9 14:00",
        body="Please book a Somali interpreter for an attorney visit at Calder County Jail on Friday 10/9, 14:00-15:30. Client: Abdiwali Farah. Attorney: Tam Nguyen. Interpreter must be on the jail's approved list. PO 26-0431.",
    ),
    Spec(
        phi=False,
        category="training materials zip for new attorneys",
        notes="Zip of training outlines and checklists; no client information.",
        frm="Training Unit <training@caldercountypd.org>",
        to="new-attorneys@caldercountypd-staff.org",
        subject="Week 1 materials",
        body="Week 1 materials attached: first-appearance checklist, bail argument outline, jail visit tips.",
        atts=(
            Att(
                "CCPD_week1_training.zip",
                "application/zip",
                zipped(
                    {
                        "first_appearance_checklist.txt": "1. Review probable cause statement\n2. Ask about ties to community, employment, caregiving\n3. Ask whether the client needs medication continued in jail\n",
                        "bail_outline.txt": "Bail argument outline: CrR 3.2 presumption of release; least restrictive conditions; ability to pay.\n",
                        "jail_visit_tips.txt": "Bring bar card. Attorney rooms 1-4. Use the visit request kiosk 24h ahead for medical unit visits.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="mental health court eligibility policy",
        notes="Hard negative: policy memo listing eligibility criteria (qualifying diagnoses, exclusions) for mental health court; no client.",
        frm="Derek Khoury <dkhoury@caldercountypd.org>",
        to="ccpd-attorneys@caldercountypd-staff.org",
        subject="Mental health court: new eligibility criteria",
        body="All,\n\nThe court adopted new criteria effective November 1:\n- Qualifying diagnoses: schizophrenia spectrum, bipolar I/II, major depressive disorder with psychotic features, PTSD, TBI with documented impairment\n- Excluded: sex offences, Class A felonies\n- Prosecutor may object within 10 days of referral\n\nScreen every eligible client at intake; referral form is on the drive.\n\nDerek",
    ),
    Spec(
        phi=False,
        category="law student intern welcome",
        notes="Welcome message to law interns about logistics; no client.",
        frm="Training Unit <training@caldercountypd.org>",
        to="interns2026@caldercountypd-staff.org",
        subject="Welcome, fall interns",
        body="Welcome! Orientation is Monday at 9:00 in Conference Room B. Please complete the confidentiality agreement and the Rule 9 application before you attend any hearings. Lunch is on us.\n\nHannah Ibsen",
    ),
    Spec(
        phi=False,
        category="discovery scheduling with prosecutor",
        notes="Scheduling correspondence with the prosecutor about discovery deadlines; no health information.",
        frm="Derek Khoury <dkhoury@caldercountypd.org>",
        to="mhall@caldercountyprosecutor.org",
        subject="State v. Harrow - discovery deadlines",
        body="Marcus,\n\nCan we agree to move the omnibus hearing to 11/4? We're still waiting on the remaining body-cam footage (items 14-19 on your index). I'll draft the stipulated order if that works.\n\nDerek",
    ),
    Spec(
        phi=False,
        category="weekly case assignment CSV",
        notes="Hard negative: CSV of client names, cause numbers, charges and hearing dates assigned to attorneys; identifiers without any health information.",
        frm="Intake Unit <intake@caldercountypd.org>",
        to="ccpd-attorneys@caldercountypd-staff.org",
        subject="New assignments week of 10/5",
        body="New assignments attached. Please confirm receipt and schedule client contact within 48 hours.",
        atts=(
            Att(
                "assignments_wk1005.csv",
                "text/csv",
                "client,cause,charge,next_hearing,attorney\n"
                "Abdiwali Farah,26-1-00720-1,Theft 2,2026-10-09,Nguyen\n"
                "Marcus Heller,26-1-00698-1,Forgery,2026-10-14,Palacios\n"
                "Priscilla Yazzie,26-1-00724-4,DWLS 1,2026-10-15,Khoury\n",
            ),
        ),
    ),
]
