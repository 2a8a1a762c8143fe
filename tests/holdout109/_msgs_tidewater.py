"""Tidewater Crisis Stabilization Center: outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nTidewater Crisis Stabilization Center\n610 Harbor Gate Rd, Norfolk VA\n24/7 line 757-555-0120"

HL7_ORU = (
    "MSH|^~\\&|TCS_POCT|TIDEWATER|SENTARA_LAB|SNH|20261021023000||ORU^R01|TCS50217|P|2.5.1\r"
    "PID|1||TCS-208817^^^TCS^MR||Hendricks^Wade^L||19870211|M|||77 Colley Ave^^Norfolk^VA^23507\r"
    "OBR|1||UDS-4410|UDS10^Urine drug screen 10 panel|||20261021013500\r"
    "OBX|1|ST|FENT^Fentanyl||POSITIVE||||||F\r"
    "OBX|2|ST|BUP^Buprenorphine||NEGATIVE||||||F\r"
    "OBX|3|ST|AMP^Amphetamine||POSITIVE||||||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|TCS_ADT|TIDEWATER|VDH_SYNDROMIC|VDH|20261020100000||ADT^A04|TST0001|T|2.5.1\r"
    "PID|1||TEST00001^^^TCS^MR||ZZTEST^INTERFACE^^^^^L||20000101|U\r"
    "PV1|1|E|OBS||||||||||||||||TST-V1\r"
)

FHIR_ENC = """{
  "resourceType": "Encounter",
  "id": "tcs-enc-77310",
  "status": "finished",
  "class": {"code": "OBSENC", "display": "23-hour crisis observation"},
  "subject": {"reference": "Patient/tcs-211406", "display": "Keisha Marlowe"},
  "period": {"start": "2026-10-19T22:14:00-04:00", "end": "2026-10-20T19:40:00-04:00"},
  "reasonCode": [{"text": "Suicidal ideation with plan (R45.851); recent job loss"}],
  "hospitalization": {"dischargeDisposition": {"text": "Home with mobile crisis follow-up"}}
}
"""

X12_270 = (
    "ISA*00*          *00*          *ZZ*TIDEWATERCSC   *ZZ*VAMEDICAID     *261020*0912*^*00501*000000318*0*P*:~"
    "GS*HS*TIDEWATERCSC*VAMEDICAID*20261020*0912*318*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*TCS318*20261020*0912~"
    "HL*1**20*1~NM1*PR*2*VIRGINIA MEDICAID*****PI*VAMCD~"
    "HL*2*1*21*1~NM1*1P*2*TIDEWATER CRISIS STABILIZATION CENTER*****XX*1420370276~"
    "HL*3*2*22*0~NM1*IL*1*ABERNETHY*TAMSIN****MI*VA204418837~DMG*D8*20010716*F~DTP*291*D8*20261020~EQ*MH~"
    "SE*11*0001~GE*1*318~IEA*1*000000318~"
)

ICS_ONCALL = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tidewater Crisis//OnCall//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:tcs-oncall-w44@tidewatercrisis.org\r\nDTSTAMP:20261019T120000Z\r\n"
    "DTSTART:20261026T120000Z\r\nDTEND:20261102T120000Z\r\n"
    "SUMMARY:Mobile crisis on-call: Team B (Ferris\\, Odum\\, Lindqvist)\r\n"
    "DESCRIPTION:Supervisor backup Dr. Yates. Van 2 assigned.\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="mobile crisis dispatch note to ACT team",
        notes="Client name, address and acute suicidal risk from a mobile crisis visit sent to the ACT team.",
        frm="Mobile Crisis Team <mobilecrisis@tidewatercrisis.org>",
        to="act2@norfolkcsb.org",
        subject="MCT contact overnight - your client",
        body="ACT 2,\n\nWe responded at 01:20 to 1450 Granby St apt 3 for your client Otis Brantley. He reported stopping risperidone two weeks ago, believes neighbors are poisoning his water, and has not eaten in 2 days. Denied SI/HI. Declined transport; we agreed to a welfare check by your team this morning.\n\nR. Ferris, LPC - MCT"
        + SIG,
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry for crisis client",
        notes="Hard positive: the member's name, Medicaid ID and DOB appear only inside the X12 270 attachment.",
        frm="Revenue Cycle <billing@tidewatercrisis.org>",
        to="edi@vamedicaidgateway.com",
        subject="Manual 270 - portal down",
        body="Portal is timing out; attaching a single 270 for real-time eligibility. Please return the 271 to this address.\n\nRevenue Cycle, TCSC",
        atts=(Att("TCS318.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="HL7 urine drug screen result to hospital lab",
        notes="HL7 ORU with patient name, address, DOB and positive fentanyl/amphetamine results.",
        frm="TCSC Interfaces <interfaces@tidewatercrisis.org>",
        to="labinterfaces@sentaranorfolkhosp.org",
        subject="POCT UDS result - manual send",
        body="Interface queue stuck; manual copy of TCS50217 attached for your reconciliation.",
        atts=(Att("TCS50217.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="FHIR encounter to state crisis data hub",
        notes="FHIR Encounter naming the client with observation stay dates and suicidal ideation reason.",
        frm="Data Team <data@tidewatercrisis.org>",
        to="crisisdata@dbhds.virginia.gov",
        subject="Resubmission: encounter tcs-enc-77310",
        body="Resubmitting the encounter rejected yesterday for missing disposition. Corrected resource attached.",
        atts=(Att("tcs-enc-77310.json", "application/fhir+json", FHIR_ENC),),
    ),
    Spec(
        phi=True,
        category="detox referral with BAC (Part 2)",
        notes="Name, blood alcohol level and withdrawal history sent to detox program; 42 CFR Part 2 data.",
        frm="Crisis Unit Nurse <crisisrn@tidewatercrisis.org>",
        to="admissions@baysiderecovery.org",
        subject="Referral for medically monitored detox",
        body="Hello,\n\nReferring Glenn Okonkwo, 52, brought in by police. BAC 0.31 on arrival, last drink 03:00, history of withdrawal seizures (2024). CIWA 9 now. Client consents to referral; signed Part 2 consent attached to your fax line. Can you accept today?\n\nLena Marsh, RN",
    ),
    Spec(
        phi=True,
        category="safety-check call schedule to client",
        notes="Client's personal email with name and follow-up safety calls after crisis stay.",
        frm="Follow-Up Team <followup@tidewatercrisis.org>",
        to="tamsin.abernethy01@gmail.com",
        subject="Our check-in calls this week",
        body="Hi Tamsin,\n\nIt was good to meet you during your stay with us. As planned, Jordan from our follow-up team will call you Wednesday and Friday around 4 PM. Keep your safety plan on the fridge, and remember you can walk in to Tidewater anytime, day or night.\n\nWarmly,\nJordan Pike, Follow-Up Specialist",
    ),
    Spec(
        phi=True,
        category="update to mother about adult son",
        notes="Hard positive: first name plus relationship only (your son Dev), with sleep and medication given at the crisis unit.",
        frm="Crisis Unit Nurse <crisisrn@tidewatercrisis.org>",
        to="pnarayan.family@hotmail.com",
        subject="Re: is he okay?",
        body="Mrs. Narayan,\n\nDev signed the release so I can tell you: your son is safe and sleeping. He took the olanzapine 10 mg we offered at midnight and ate breakfast. The psychiatrist will see him at 10.\n\nLena, RN",
    ),
    Spec(
        phi=True,
        category="transfer packet PDF to inpatient unit",
        notes="PDF transfer summary with client name, DOB and reasons for inpatient transfer.",
        frm="Crisis Unit Nurse <crisisrn@tidewatercrisis.org>",
        to="admissions@larkspurpavilion.org",
        subject="Transfer - accepted bed 2S",
        body="Transfer summary attached; transport leaves at 15:00.",
        atts=(
            Att(
                "transfer_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "TIDEWATER CRISIS STABILIZATION CENTER - TRANSFER SUMMARY",
                        "Client: Beatriz Solano   DOB 11/04/1996   TCS-209554",
                        "Arrived 10/20 21:05 via MCT. Escalating mania: no sleep 5 nights, pressured speech.",
                        "Meds given: lorazepam 2 mg x2, olanzapine 10 mg.",
                        "Reason for transfer: not stabilized within 23 h; needs inpatient level of care.",
                        "Sending clinician: Lena Marsh, RN",
                    ],
                    "Transfer summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="co-responder follow-up to police",
        notes="Client name and mental health crisis outcome sent to the police co-responder unit.",
        frm="R. Ferris <rferris@tidewatercrisis.org>",
        to="coresponder@norfolkpd.gov",
        subject="Outcome: call 26-118402",
        body="Officer Dade,\n\nFollow-up on the man you brought in Tuesday night, Ramon Espinal. He stayed 19 hours, was diagnosed with acute stress reaction, and went home to his sister's with outpatient therapy scheduled. No petition needed.\n\nRob Ferris, LPC",
    ),
    Spec(
        phi=True,
        category="daily log workbook to county liaison",
        notes="Hard positive: multi-sheet workbook; the second sheet is a headerless roster of client names, arrival times and dispositions.",
        frm="Operations <ops@tidewatercrisis.org>",
        to="liaison@norfolkcsb.org",
        subject="Weekend log",
        body="Weekend numbers attached.",
        atts=(
            Att(
                "weekend_log_1017.xlsx",
                XLSX,
                xlsx(
                    {
                        "Totals": [
                            ["Day", "Walk-ins", "Police drop-offs", "MCT"],
                            ["Sat", 9, 4, 6],
                            ["Sun", 7, 3, 5],
                        ],
                        "Sheet2": [
                            ["Sat 02:10", "Alvarez, Inez", "police", "transfer Larkspur"],
                            ["Sat 11:45", "Pham, Quoc", "walk-in", "home w/ plan"],
                            ["Sun 19:30", "Delaney, Shawn", "MCT", "detox Bayside"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="diagnosis in subject only",
        notes="Hard positive: body is vague; the client's full name and opioid withdrawal/buprenorphine need appear only in the subject line.",
        frm="Dr. Nia Yates <nyates@tidewatercrisis.org>",
        to="intake@harborbridgeotp.com",
        subject="Wade Hendricks - opioid withdrawal, needs bup induction tomorrow",
        body="See subject. Can you fit him in at 8? He has a ride.\n\nNia",
    ),
    Spec(
        phi=True,
        category="forwarded 988 call note to mobile team",
        notes="Hard positive: the forwarded 988 note holds the caller's name, phone and overdose statement; outer message says only 'please go'.",
        frm="Crisis Line Supervisor <linesupervisor@tidewatercrisis.org>",
        to="mobilecrisis@tidewatercrisis.org",
        cc="dispatch@norfolkems.gov",
        subject="Fwd: 988 warm transfer",
        body="Please go now. EMS cc'd.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="988 Counselor <line3@tidewatercrisis.org>",
            to="linesupervisor@tidewatercrisis.org",
            subject="caller took pills",
            body="Caller Harriet Voss, 757-555-0187, says she took 'a handful' of her husband's oxycodone 20 min ago. Location 19 Shore Dr. Still on line, slurring.",
        ),
    ),
    Spec(
        phi=True,
        category="chat transcript txt to clinical director",
        notes="Hard positive: text transcript attachment carries the client's name and self-harm statements; filename is a case number.",
        frm="Text Line Lead <textline@tidewatercrisis.org>",
        to="clinicaldirector@tidewatercrisis.org",
        cc="qa-review@virginiacrisisnetwork.org",
        subject="Case 4471 transcript for review",
        body="Transcript for Thursday's case review attached (network QA asked for a copy).",
        atts=(
            Att(
                "case4471.txt",
                "text/plain",
                "22:41 client (Maya Lindgren): i cut again tonight, deeper than before\n22:42 counselor: Maya, thank you for telling me. Is the bleeding controlled?\n22:44 client: yes. i have my dad's pills too\n22:46 counselor: can you put them in another room while we talk?\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="self-pay statement HTML to client",
        notes="HTML-only billing statement to client's personal mailbox for crisis stabilization services.",
        frm="Patient Billing <billing@tidewatercrisis.org>",
        to="r.espinal.norfolk@yahoo.com",
        subject="Your statement from Tidewater",
        body="",
        html="<html><body><p>Ramon Espinal<br>Account TCS-A-550218</p><table border='1'><tr><td>10/13/2026</td><td>Crisis stabilization, per diem (S9485)</td><td>$1,140.00</td></tr><tr><td></td><td>Sliding-fee adjustment</td><td>-$1,040.00</td></tr><tr><td></td><td><b>Amount due</b></td><td>$100.00</td></tr></table><p>Questions? 757-555-0122</p></body></html>",
    ),
    Spec(
        phi=True,
        category="shelter bed referral after discharge",
        notes="Tells a shelter a named person was discharged from the crisis unit today; being a crisis-unit client is health information.",
        frm="Case Management <casemgmt@tidewatercrisis.org>",
        to="intake@harborlightshelter.org",
        subject="Bed request for tonight",
        body="Hi Carla,\n\nRuth Ebanks is being discharged from our crisis unit at 5 pm and has nowhere to go. She is stable, on sertraline, and has her meds for 14 days. Could you hold a women's bed?\n\nThanks,\nMiguel Soto, Case Manager",
    ),
    Spec(
        phi=True,
        category="VA referral with SSN",
        notes="Veteran's full name, SSN and PTSD crisis episode sent to VA coordinator.",
        frm="Case Management <casemgmt@tidewatercrisis.org>",
        to="suicidepreventioncoord@hamptonvamc-mail.org",
        subject="Veteran referral - please call",
        body="Suicide Prevention Coordinator,\n\nVeteran Clayton Rudd, SSN 412-83-5067, DOB 04/12/1982, stayed with us 10/18-10/19 after a PTSD-related crisis with firearm access (now secured with his brother). He agreed to VA follow-up.\n\nMiguel Soto, BSW",
    ),
    Spec(
        phi=True,
        category="Medicare appeal with MBI",
        notes="Beneficiary name and MBI with denied crisis services dates in an appeal letter.",
        frm="Revenue Cycle <billing@tidewatercrisis.org>",
        to="appeals@palmettomacadmin.com",
        subject="Redetermination request",
        body="Re: Beneficiary Eleanor Whitfield, MBI 5KW2-HN4-RT81\nDates of service: 09/28/2026-09/29/2026 (crisis observation)\n\nWe request redetermination; the denial cited missing physician order, which is attached to the fax copy. Ms. Whitfield (age 78) presented with delirium superimposed on depression.\n\nRevenue Cycle",
    ),
    Spec(
        phi=True,
        category="naloxone kit dispense note to pharmacy",
        notes="Hard positive: short note names the client and the naloxone kit and buprenorphine bridge script.",
        frm="Dr. Nia Yates <nyates@tidewatercrisis.org>",
        to="rx@ghentcommunitypharmacy.com",
        subject="bridge script",
        body="Wade Hendricks will pick up a 7-day Suboxone 8/2 bridge I e-prescribed; he also needs a Narcan kit. Thanks - N. Yates MD",
    ),
    # ------------------------------- non-PHI -------------------------------
    Spec(
        phi=False,
        category="monthly 988 volume aggregate workbook",
        notes="Hard negative: aggregate call/text/chat counts and outcomes by month in a multi-sheet workbook.",
        frm="Data Team <data@tidewatercrisis.org>",
        to="reports@norfolkcsb.org",
        subject="September 988 and walk-in volume",
        body="Monthly dashboard attached.",
        atts=(
            Att(
                "volume_sep2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Contacts": [
                            ["Channel", "Count", "Answered <30s"],
                            ["Call", 1412, "91%"],
                            ["Text", 388, "84%"],
                            ["Chat", 207, "80%"],
                        ],
                        "Outcomes": [
                            ["Outcome", "Count"],
                            ["Resolved on line", 1610],
                            ["MCT dispatched", 221],
                            ["Emergency services", 37],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff on-call schedule invite",
        notes="Hard negative: ICS on-call rotation naming staff only.",
        frm="Scheduling <scheduling@tidewatercrisis.org>",
        to="mct-teamb@tidewatercrisis.org",
        subject="Team B on-call week 44",
        body="Calendar hold attached for your on-call week.",
        ics=ICS_ONCALL,
    ),
    Spec(
        phi=False,
        category="QPR training flyer PDF to schools",
        notes="Suicide prevention training flyer for school staff; topic only.",
        frm="Community Education <training@tidewatercrisis.org>",
        to="counselors@norfolkpublicschools.org",
        subject="Free QPR gatekeeper training for staff",
        body="We're offering free QPR (Question, Persuade, Refer) sessions for teachers in November. Flyer attached.",
        atts=(
            Att(
                "QPR_flyer.pdf",
                "application/pdf",
                pdf(
                    [
                        "TIDEWATER CRISIS STABILIZATION CENTER",
                        "QPR Gatekeeper Training - 90 minutes",
                        "Learn the warning signs of suicide and how to connect someone to help.",
                        "Nov 4 and Nov 18, 3:30 PM, Maury High School library",
                    ],
                    "QPR flyer",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="crisis van maintenance with plates",
        notes="Hard negative: vehicle plate and VIN of the centre's own van, not of an individual patient.",
        frm="Operations <ops@tidewatercrisis.org>",
        to="service@coastalfleetrepair.com",
        subject="Van 2 brake service",
        body="Please book Van 2 (2022 Ford Transit, VA plate TCS-4412, VIN 1FTBR1C84NKA30177) for brakes this week. It's our mobile crisis unit, so early morning drop-off preferred.\n\nOps",
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with dummy patient",
        notes="Hard negative: HL7 test message (processing ID T) with an obviously fake ZZTEST patient for syndromic surveillance onboarding.",
        frm="TCSC Interfaces <interfaces@tidewatercrisis.org>",
        to="syndromic.onboarding@vdh.virginia.gov",
        subject="Test message for onboarding - TEST PATIENT ONLY",
        body="As requested, attached is a test ADT^A04 with the dummy patient ZZTEST^INTERFACE. No real data. Please validate the structure.",
        atts=(Att("TST0001.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="press release on new adolescent chairs",
        notes="Press release with aggregate numbers about expanded youth services.",
        frm="Communications <comms@tidewatercrisis.org>",
        to="newsdesk@virginiancoastnews.com",
        subject="Press release: Tidewater opens 8 youth crisis chairs",
        body="FOR IMMEDIATE RELEASE\n\nTidewater Crisis Stabilization Center will open eight 23-hour observation chairs for youth ages 12-17 on November 2. Since opening in 2024 the center has served more than 9,800 adults, and 74% returned home rather than to a hospital.\n\nMedia contact: Dana Kirby, 757-555-0125",
    ),
    Spec(
        phi=False,
        category="staff leave notice without health detail",
        notes="Hard negative: workforce member named in a coverage notice with no health information.",
        frm="Clinical Director <clinicaldirector@tidewatercrisis.org>",
        to="allstaff@tidewatercrisis.org",
        subject="Coverage while Priscilla is out",
        body="Team, Priscilla Okafor is on leave through November 6. Jordan Pike covers follow-up calls; Miguel covers housing referrals. Please route her voicemail accordingly.\n\nThanks, Dr. Yates",
    ),
    Spec(
        phi=False,
        category="SAMHSA grant performance aggregate CSV",
        notes="Hard negative: grant report CSV with de-identified aggregate demographics and outcomes.",
        frm="Grants <grants@tidewatercrisis.org>",
        to="po-crisis@samhsa-grants.gov",
        subject="Q4 GPRA aggregate upload",
        body="Aggregate file attached (cells <11 suppressed).",
        atts=(
            Att(
                "gpra_q4_aggregate.csv",
                "text/csv",
                "measure,value\nunique_clients,1184\nage_18_25,214\nage_26_64,903\nage_65_plus,<11\nveterans,96\nreturned_home_pct,73.9\nfollowup_contact_72h_pct,81.2\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified case vignette for training",
        notes="Hard negative: training vignette with no name, date or place; age range only.",
        frm="Community Education <training@tidewatercrisis.org>",
        to="cit-instructors@hrcrisisintervention.org",
        subject="Vignette for CIT day 3",
        body="Vignette (composite, not a real person): A man in his 40s is found pacing in a convenience store, talking to someone who isn't there. He says he hasn't taken his medication in weeks. Officers should practice slowing down, offering choices and calling MCT.\n\nUse in the de-escalation block.",
    ),
    Spec(
        phi=False,
        category="blank fax cover template DOCX",
        notes="Hard negative: blank template with field labels (Patient name, DOB, MRN) and no values.",
        frm="Medical Records <records@tidewatercrisis.org>",
        to="frontdesk@tidewatercrisis.org",
        subject="New fax cover sheet (use from Monday)",
        body="Updated confidential fax cover attached. Please discard old versions.",
        atts=(
            Att(
                "fax_cover_2026.docx",
                DOCX,
                docx(
                    [
                        "TIDEWATER CRISIS STABILIZATION CENTER - CONFIDENTIAL FAX",
                        "To: ____________  Fax: ____________",
                        "Patient name: ____________  DOB: ____________  MRN: ____________",
                        "Pages: ____",
                        "This fax contains protected health information, including substance use records protected by 42 CFR Part 2.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="BAA renewal with EHR vendor",
        notes="Contract administration about a business associate agreement; no PHI.",
        frm="Compliance <compliance@tidewatercrisis.org>",
        to="contracts@crisisnowsoftware.com",
        subject="BAA renewal - signature page",
        body="Attached signature page for the BAA renewal effective 11/1/2026 through 10/31/2029. Please countersign and return.\n\nCompliance Officer",
    ),
    Spec(
        phi=False,
        category="peer specialist job posting",
        notes="Job posting requiring lived experience; no individual health information.",
        frm="HR <hr@tidewatercrisis.org>",
        to="jobs@virginiapeernetwork.org",
        subject="Hiring: Certified Peer Recovery Specialist (overnights)",
        body="Tidewater Crisis Stabilization Center is hiring two Certified Peer Recovery Specialists for overnight shifts. Lived experience of mental health or substance use recovery required; CPRS credential or willingness to obtain within 6 months. $24-28/hr.",
    ),
    Spec(
        phi=False,
        category="staff emergency phone tree",
        notes="Hard negative: staff names and phone numbers in a phone tree; workforce, not patients.",
        frm="Operations <ops@tidewatercrisis.org>",
        to="leadership@tidewatercrisis.org",
        subject="Hurricane season phone tree (updated)",
        body="Level 1: Nia Yates 757-555-0131 -> Rob Ferris 757-555-0132, Lena Marsh 757-555-0133\nLevel 2: Miguel Soto 757-555-0134 -> Jordan Pike 757-555-0135\nIf the building loses power, clients move to the Harbor Gate annex.",
    ),
    Spec(
        phi=False,
        category="psychiatrist credentialing with NPI",
        notes="Hard negative: clinician NPI and specialty for payer credentialing.",
        frm="Credentialing <credentialing@tidewatercrisis.org>",
        to="provider.enrollment@magellanva-mail.com",
        subject="Add practitioner: Nia Yates, MD",
        body="Please add Nia Yates, MD (Psychiatry, addiction medicine subspecialty) to our group.\nNPI 1899366573\nDEA FY6705810\nStart date: 11/01/2026\n\nCredentialing Coordinator",
    ),
    Spec(
        phi=False,
        category="bed availability aggregate to 911 center",
        notes="Hard negative: current open chair counts; no individuals.",
        frm="Charge Nurse <charge@tidewatercrisis.org>",
        to="supervisors@norfolk911.gov",
        subject="Chairs open 18:00",
        body="Adult chairs open: 4 of 16. Youth: opening 11/2. Police drop-off wait ~10 min. -Charge RN",
    ),
    Spec(
        phi=False,
        category="floor plan PNG to security vendor",
        notes="PNG floor plan for camera placement; no people.",
        frm="Facilities <facilities@tidewatercrisis.org>",
        to="design@sentinelsecuritysys.com",
        subject="Camera layout - lobby and sally port",
        body="Floor plan attached. We need coverage of the sally port and the de-escalation room door, but no camera inside client bathrooms.",
        atts=(Att("floorplan_level1.png", "image/png", png(8, 6, (40, 90, 160))),),
    ),
    Spec(
        phi=False,
        category="CARF survey policy packet zip",
        notes="Zip of policies for accreditation survey; no patient data.",
        frm="Quality <quality@tidewatercrisis.org>",
        to="surveyor.team@carf-reviews.org",
        subject="Pre-survey documents",
        body="Policies requested in advance of the November survey are attached.",
        atts=(
            Att(
                "policies_presurvey.zip",
                "application/zip",
                zipped(
                    {
                        "seclusion_policy.txt": "Tidewater does not use seclusion. Restraint only as last resort, max 15 minutes, with debrief.\n",
                        "admission_criteria.txt": "Adults 18+ in behavioral health crisis, medically stable, any funding source.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML community newsletter",
        notes="Hard negative: HTML-only newsletter to general subscribers about crisis resources; no condition of any recipient implied.",
        frm="Tidewater News <news@tidewatercrisis.org>",
        to="community-subscribers@tidewatercrisis.org",
        subject="Tidewater Tides - Fall 2026",
        body="",
        html="<html><body><h1>Tidewater Tides</h1><p>This fall we trained 640 community members in QPR and launched a text line for teens.</p><p>Know someone struggling? Call or text 988, or walk in at 610 Harbor Gate Rd any time.</p><p><a href='https://tidewatercrisis.org/donate'>Support our work</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="forwarded vendor quote for weighted furniture",
        notes="Forwarded vendor quote for anti-ligature furniture; no patient.",
        frm="Operations <ops@tidewatercrisis.org>",
        to="finance@tidewatercrisis.org",
        subject="Fwd: Quote Q-2290 recliners",
        body="Finance - see quote below for the youth chairs. OK to issue PO?",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Sales <sales@saferoomfurnishings.com>",
            to="ops@tidewatercrisis.org",
            subject="Quote Q-2290 recliners",
            body="8 x weighted behavioral recliners, seamless vinyl, $1,845 each. Lead time 6 weeks. Freight included.",
        ),
    ),
    Spec(
        phi=False,
        category="MOU draft with sheriff office",
        notes="Interagency MOU text about transport procedures; no individual.",
        frm="Executive Director <director@tidewatercrisis.org>",
        to="chiefdeputy@norfolksheriff-va.gov",
        subject="MOU draft v3 - custody transfers",
        body="Chief Deputy,\n\nv3 reflects your edits: deputies can transfer custody of ECO individuals to our staff within 15 minutes of arrival, and we will notify the magistrate if a TDO is sought. Happy to meet Thursday.\n\nElaine Brooks, Executive Director",
    ),
]
