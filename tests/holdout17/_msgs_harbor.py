"""Harbor Crisis Stabilization Unit: crisis beds, mobile crisis and 988 follow-up mail."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import HCS, LRS, Att, Spec

SIG_VARGA = (
    "\n\nNoelle Varga, LCSW\nClinical Coordinator, Harbor Crisis Stabilization Unit\n"
    "24/7 line 979-555-0199 | harborcrisis.org\n"
    "If you or someone you know is in crisis, call or text 988.\n"
)

ADT = (
    "MSH|^~\\&|HARBOR_EHR|HCSU|MHA_HUB|BRAZOSVALLEYMHA|202611120412||ADT^A04|HCS88213|P|2.5.1\r"
    "EVN|A04|202611120405\r"
    "PID|1||HCS-114982^^^HCS^MR||FERREIRA^LUCIA^M||19940617|F|||55 PECAN RIDGE CT^^COLLEGE"
    " STATION^TX^77845||979-555-0154\r"
    "PV1|1|I|CSU^BED07||||||||||||||||HCS-V-40219|||||||||||||||||||||||||202611120405\r"
    "DG1|1||R45.851^Suicidal ideations^I10\r"
    "IN1|1|TXMCD|TX MEDICAID|||||||||||||||||||||||||||||||||||||||||||||||||||||||522904176\r"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*HARBORCSU      *ZZ*TXMEDICAIDELG  *261111*1012*^*00501"
    "*000000812*0*P*:~\n"
    "GS*HS*HARBORCSU*TXMEDICAIDELG*20261111*1012*812*X*005010X279A1~\n"
    "ST*270*0001*005010X279A1~\nBHT*0022*13*HCS0812*20261111*1012~\n"
    "HL*1**20*1~\nNM1*PR*2*TEXAS MEDICAID*****PI*TXMCD~\n"
    "HL*2*1*21*1~\nNM1*1P*2*HARBOR CRISIS STABILIZATION UNIT*****XX*2032241004~\n"
    "HL*3*2*22*0~\nTRN*1*HCS0812-1*1741298860~\n"
    "NM1*IL*1*MARSH*DEVONTAE****MI*610482937~\nDMG*D8*20010418*M~\n"
    "DTP*291*D8*20261111~\nEQ*MH~\nSE*13*0001~\nGE*1*812~\nIEA*1*000000812~\n"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.15"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge summary"/>
  <title>Harbor Crisis Stabilization Unit - Discharge Summary</title>
  <recordTarget><patientRole>
    <id extension="HCS-113507" root="2.16.840.1.113883.3.9921.7"/>
    <addr><streetAddressLine>2210 Cypress Bend</streetAddressLine><city>Bryan</city>
      <state>TX</state><postalCode>77803</postalCode></addr>
    <patient><name><given>Walter</given><family>Eberhardt</family></name>
      <birthTime value="19530807"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital course</title>
      <text>Admitted 11/09/2026 after 988 call, passive SI after death of spouse. Medicare
      MBI 4TW7-KD2-XJ81. Started mirtazapine 15 mg qhs. Discharged 11/10/2026 to home with
      daughter.</text></section></component>
    <component><section><title>Follow-up</title>
      <text>PCP within 7 days; grief counseling referral; 988 follow-up calls x3.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

FHIR_TEST = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
    "code": "HTEST", "display": "test health data"}]},
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "sandbox-001",
      "name": [{"family": "Testpatient", "given": ["Harbor", "Sandbox"]}],
      "birthDate": "1900-01-01"},
     "request": {"method": "POST", "url": "Patient"}},
    {"resource": {"resourceType": "Encounter", "status": "finished",
      "class": {"code": "OBSENC"}, "subject": {"reference": "Patient/sandbox-001"}},
     "request": {"method": "POST", "url": "Encounter"}}
  ]
}
"""

PHI = [
    Spec(
        phi=True,
        category="988 follow-up call list (CSV)",
        notes="Callers' names, phones and risk levels for follow-up, sent to the 988 center.",
        frm=f"Follow-up Team <followup@{HCS}>",
        to="followup-queue@bvcrisisline.org",
        subject="Follow-up handoffs for overnight",
        body=(
            "Attached are tonight's follow-up handoffs from our unit discharges and mobile"
            " contacts. Two are high risk - please call within 24 hours.\n" + SIG_VARGA
        ),
        atts=(
            Att(
                "followup_handoff_1111.csv",
                "text/csv",
                "name,phone,discharged,risk,preferred_time,notes\n"
                "Brianna Haskins,979-555-0110,2026-11-10,high,evenings,overdose attempt 11/8\n"
                "Walter Eberhardt,979-555-0132,2026-11-10,moderate,mornings,grief\n"
                "Devontae Marsh,979-555-0177,2026-11-11,high,any,3rd CSU stay in 60 days\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mobile crisis dispatch summary to police CIT",
        notes="Name, street address and suicidal crisis to a CIT officer.",
        frm=f"Mobile Crisis Team <mct@{HCS}>",
        to="cit.unit@bryanpd.org",
        subject="MCT response 11/10 2215 - follow-up needed",
        body=(
            "Officer Nakamura,\n\nThanks for staging for us last night at 1408 Tabor Rd #12. For"
            " your CIT follow-up file: Elias Montgomery, 27, voluntarily came with us to the CSU"
            " after we found him with a noose in the closet; no weapons in the home. He is in a"
            " crisis bed and will likely go to Lakeside's detox tomorrow for alcohol. His mother"
            " (same address) asked for a welfare check Friday if we can't reach him.\n\n"
            "Jorge Villarreal, LPC-A, Mobile Crisis Team\n"
        ),
    ),
    Spec(
        phi=True,
        category="safety plan (PDF) to outpatient clinic",
        notes="Named safety plan with warning signs and means restriction, to an MH clinic.",
        frm=f"Noelle Varga <nvarga@{HCS}>",
        to="intake@bvmhaclinic.org",
        subject="Discharge from CSU today - safety plan",
        body=(
            "Hi intake team,\n\nOur client is discharging today at 3 PM; safety plan attached."
            " She needs a prescriber appointment within 7 days.\n" + SIG_VARGA
        ),
        atts=(
            Att(
                "safety_plan_HCS-114390.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBOR CRISIS STABILIZATION UNIT - SAFETY PLAN",
                        "Client: Brianna Haskins   DOB 02/25/2004   MRN HCS-114390",
                        "Warning signs: not sleeping, isolating, texting goodbye messages",
                        "Coping: music, walk the dog, call sister Tamara",
                        "Means restriction: mother holds medications (overdose on 11/08)",
                        "Crisis contacts: 988; Harbor 24/7 line 979-555-0199",
                        "Follow-up: BVMHA clinic within 7 days; 988 follow-up calls",
                    ],
                    "Safety plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="update to partner (icloud), first name",
        notes="Hard positive: first name only, crisis bed status and psychiatrist visit.",
        frm=f"Harbor Nursing Station <nursing@{HCS}>",
        to="tom.reddick@icloud.com",
        subject="Re: Kayla",
        body=(
            "Hi Tom,\n\nKayla said it was ok to update you. She slept most of the night and ate"
            " breakfast. She'll see the psychiatrist around 10 and we're hoping she can go home"
            " tomorrow afternoon. Please bring her glasses and phone charger if you can.\n\n"
            "Harbor CSU nursing\n"
        ),
    ),
    Spec(
        phi=True,
        category="bed request thread (nested forwards)",
        notes="Nested forwarded ED thread about a named patient needing a crisis bed.",
        frm=f"Noelle Varga <nvarga@{HCS}>",
        to=f"Intake Nurses <intake@{HCS}>",
        subject="FW: FW: 23hr bed request from St. Joseph ED",
        body="Accepting this one - bed 5. ETA around 1600. Please prep.\n" + SIG_VARGA,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="edsocialwork@stjosephbryan.org",
            to=f"nvarga@{HCS}",
            subject="FW: 23hr bed request",
            body=("Noelle, can you take this man? Medically cleared, BAL 0.00 now.\n"),
            forward=Spec(
                phi=True,
                category="",
                notes="",
                frm="edphysician@stjosephbryan.org",
                to="edsocialwork@stjosephbryan.org",
                subject="23hr bed request",
                body=(
                    "Pt: Gabriel Oyelowo, DOB 12/01/1985, MRN SJ-00884120. Presented with"
                    " command auditory hallucinations, off risperidone x 3 wk. Not currently"
                    " homicidal. Voluntary. Please find a crisis bed.\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="emergency detention application (DOCX) to magistrate",
        notes="Named person, address and behaviours in an emergency detention application.",
        frm=f"Mobile Crisis Team <mct@{HCS}>",
        to="magistrate@brazoscountytx.gov",
        subject="Application for emergency detention - for review",
        body="Judge, application attached for your review. Peace officer affidavit to follow.\n",
        atts=(
            Att(
                "ED_application_1112.docx",
                DOCX,
                docx(
                    [
                        "APPLICATION FOR EMERGENCY DETENTION (Tex. Health & Safety Code 573.011)",
                        "Person: Ignacio Trevino Salcedo, age 44, 717 Wick St, Bryan TX 77803",
                        "The person has a mental illness (bipolar I, currently manic with"
                        " psychotic features) and is at substantial risk of serious harm to self:"
                        " has not slept in 5 days and walked into traffic on Texas Ave.",
                        "Applicant: Jorge Villarreal, LPC-A, Harbor Crisis Stabilization Unit",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bed board workbook (multi-sheet XLSX)",
        notes="Names, admit times, legal status and pending discharges for the day team.",
        frm=f"Harbor Nursing Station <nursing@{HCS}>",
        to=f"dayteam@{HCS}",
        subject="bed board 0645",
        body="Bed board attached. 14 of 16 full, 2 pending from the ED.\n",
        atts=(
            Att(
                "bedboard_1112_0645.xlsx",
                XLSX,
                xlsx(
                    {
                        "Beds": [
                            ["Bed", "Name", "Admit", "Legal", "Hours", "Plan"],
                            [
                                "01",
                                "Haskins, Brianna",
                                "2026-11-11 02:10",
                                "Voluntary",
                                28,
                                "D/C today",
                            ],
                            [
                                "05",
                                "Oyelowo, Gabriel",
                                "2026-11-11 16:20",
                                "Voluntary",
                                14,
                                "restart risperidone",
                            ],
                            [
                                "07",
                                "Ferreira, Lucia",
                                "2026-11-12 04:05",
                                "Voluntary",
                                3,
                                "psych eval",
                            ],
                            [
                                "09",
                                "Trevino Salcedo, Ignacio",
                                "2026-11-12 05:30",
                                "Emergency detention",
                                1,
                                "transfer to state hospital",
                            ],
                        ],
                        "Pending": [
                            ["Source", "Initials", "Age", "Reason"],
                            ["St. Joseph ED", "R.N.", 31, "SI with plan"],
                            ["BSW ED", "M.A.", 19, "overdose, medically cleared"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bridge clinic follow-up invite (ICS) to client gmail",
        notes="Calendar invite to a client's gmail naming the bridge clinic psychiatry follow-up.",
        frm=f"Bridge Clinic <bridgeclinic@{HCS}>",
        to="devontae.marsh01@gmail.com",
        subject="Invitation: Follow-up at Harbor Bridge Clinic",
        body=(
            "Hi Devontae, this is your follow-up with Dr. Qureshi at the Harbor Bridge Clinic"
            " after your stay with us. Tap Accept to add it to your calendar. Call 979-555-0199"
            " if you need a ride.\n"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harbor CSU//Bridge//EN\r\n"
            "METHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:hcs-bridge-20261116-0311@harborcrisis.org\r\n"
            "DTSTAMP:20261111T190000Z\r\nDTSTART:20261116T200000Z\r\nDTEND:20261116T204500Z\r\n"
            "SUMMARY:Bridge clinic psychiatry follow-up - Devontae Marsh\r\n"
            "LOCATION:Harbor Bridge Clinic\\, 3400 Briarcrest Dr\\, Bryan\r\n"
            "ORGANIZER:mailto:bridgeclinic@harborcrisis.org\r\n"
            "ATTENDEE;RSVP=TRUE:mailto:devontae.marsh01@gmail.com\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="admission ADT (HL7) to mental health authority",
        notes="Hard positive: body generic; name, address, R45.851, Medicaid number only in HL7.",
        frm=f"interfaces@{HCS}",
        to="adt-feed@bvmha.org",
        subject="ADT resend HCS88213",
        body="Resending one ADT that errored on your side (AE). -- Harbor IT\n",
        atts=(Att("HCS88213.hl7", "application/hl7-v2", ADT),),
    ),
    Spec(
        phi=True,
        category="mobile crisis notes (ZIP of TXT)",
        notes="Hard positive: body generic; named crisis encounter notes only inside a zip.",
        frm=f"Jorge Villarreal <jvillarreal@{HCS}>",
        to="qa.reviewer@bvmha.org",
        subject="MCT notes for contract audit sample",
        body=(
            "Attached are the three encounters your audit pulled (sample #7, #12, #19).\n\nJorge\n"
        ),
        atts=(
            Att(
                "MCT_audit_sample.zip",
                "application/zip",
                zipped(
                    {
                        "sample07_Montgomery_Elias.txt": (
                            "MCT encounter 11/10/2026 22:15\nClient: Elias Montgomery, DOB"
                            " 05/03/1999\nPresenting: suicidal ideation with plan (hanging),"
                            " intoxicated.\nDisposition: voluntary transport to CSU.\n"
                        ),
                        "sample12_Nakashima_Rei.txt": (
                            "MCT encounter 11/04/2026 14:40\nClient: Rei Nakashima, DOB"
                            " 09/12/2008\nPresenting: panic attacks at school, no SI.\n"
                            "Disposition: safety plan, referral to school-based counselor.\n"
                        ),
                        "sample19_Boateng_Kwame.txt": (
                            "MCT encounter 10/29/2026 03:05\nClient: Kwame Boateng, DOB"
                            " 01/22/1972\nPresenting: paranoia, off medications (paliperidone).\n"
                            "Disposition: emergency detention, state hospital.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="shift handoff (HTML-only), room + med",
        notes="Hard positive: 'Mr. B' with room number, age and lithium level pending.",
        frm=f"Harbor Nursing Station <nursing@{HCS}>",
        to=f"nightnurses@{HCS}",
        subject="handoff",
        body="",
        html=(
            "<html><body><ul><li><b>Rm 3</b> - Mr. B, 40s, lithium level pending from 1400 draw,"
            " hold evening dose until result. Tremor noted.</li><li><b>Rm 6</b> - Mrs. K, back"
            " from ED at 1730, sutures L wrist, 1:1 continues.</li><li>Rm 8 empty.</li></ul>"
            "<p>- Day RN</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="subject-only name and readmission",
        notes="Hard positive: name and repeated CSU stay in the subject only.",
        frm=f"Noelle Varga <nvarga@{HCS}>",
        to="casemanagement@bvmha.org",
        subject="Re: Devontae Marsh - back in CSU again (3rd time since Sept)",
        body="Yes, saw him this morning. I'll call you after the team meeting.\n",
    ),
    Spec(
        phi=True,
        category="Medicaid eligibility inquiry (X12 270)",
        notes=(
            "Hard positive: body generic; member name, DOB and Medicaid id with a mental"
            " health eligibility inquiry only in X12."
        ),
        frm=f"Harbor Billing <billing@{HCS}>",
        to="edi@txmedicaid-gateway.com",
        subject="270 batch 812 - reprocess",
        body="Please reprocess batch 812; your 999 rejected it for a header error now fixed.\n",
        atts=(Att("HCS_270_812.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="shelter placement (peer specialist)",
        notes="Named client, discharge time and current medication sent to a shelter.",
        frm=f"Alma Rosario <arosario@{HCS}>",
        to="intake@brazoswomensshelter.org",
        subject="arrival this afternoon",
        body=(
            "Hi Kendra,\n\nConfirming Lucia Ferreira will arrive after her discharge from our"
            " unit around 2 PM. She takes sertraline 100 mg in the morning and hydroxyzine as"
            " needed for anxiety; she has a 7-day supply. She'd like a bottom bunk. I'll check on"
            " her Thursday.\n\nAlma Rosario, Certified Peer Specialist\nHarbor Crisis"
            " Stabilization Unit\n"
        ),
    ),
    Spec(
        phi=True,
        category="discharge summary (C-CDA) with MBI to PCP",
        notes="Hard positive: body generic; name, address, DOB, MBI, SI admission only in C-CDA.",
        frm=f"Harbor Medical Records <records@{HCS}>",
        to="directmsg@brazosgeriatrics.com",
        subject="Transition of care document",
        body="Transition of care document attached for your patient. Sent via secure exchange.\n",
        atts=(Att("HCS-113507_toc.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="ID card scan (PNG) for benefits application",
        notes="Hard positive: ID photo named only in the file name; body: a CSU client.",
        frm=f"Alma Rosario <arosario@{HCS}>",
        to="benefits@bvcommunityaction.org",
        subject="benefits app - ID scan",
        body=(
            "Hi Deb, attached is the ID scan for the client I called you about. He's still on our"
            " crisis unit and wants to start the Medicaid application before discharge Friday.\n"
            "\nAlma\n"
        ),
        atts=(Att("ID_scan_Boateng_Kwame.png", "image/png", png(8, 5, (220, 220, 210))),),
    ),
    Spec(
        phi=True,
        category="ride request to transport vendor",
        notes="Hard positive: no diagnosis; a name picked up at a crisis unit and taken to detox.",
        frm=f"Harbor Nursing Station <nursing@{HCS}>",
        to="dispatch@brazosvalleyrides.com",
        subject="ride request tomorrow 0900",
        body=(
            "Please schedule a wheelchair-accessible pickup tomorrow 11/13 at 0900:\n"
            "  Passenger: Elias Montgomery\n  From: Harbor Crisis Stabilization Unit, 3400"
            " Briarcrest Dr, Bryan\n  To: Lakeside Recovery Services residential detox, 2150"
            " Shoreline Dr, Bryan\n  Medicaid trip authorization pending.\n\nThanks, Harbor"
            " nursing\n"
        ),
        cc=f"Tyrell Banks <tbanks@{LRS}>",
    ),
]

CLEAN = [
    Spec(
        phi=False,
        category="988 volume dashboard (HTML table)",
        notes="Hard negative: monthly 988 call counts and dispositions, aggregate.",
        frm=f"Harbor Data Team <data@{HCS}>",
        to="contracts@bvmha.org",
        subject="October 988 / mobile crisis dashboard",
        body="",
        html=(
            "<html><body><h3>October 2026</h3><table border='1'><tr><th>Measure</th>"
            "<th>Count</th></tr><tr><td>988 calls routed to Harbor</td><td>1,318</td></tr>"
            "<tr><td>Mobile crisis dispatches</td><td>142</td></tr><tr><td>CSU admissions</td>"
            "<td>97</td></tr><tr><td>Emergency detentions</td><td>21</td></tr><tr><td>Follow-up"
            " contacts within 72h</td><td>88%</td></tr></table></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="mobile crisis on-call roster",
        notes="Hard negative: staff names and work phones with 'crisis' and 'suicide' words.",
        frm=f"Jorge Villarreal <jvillarreal@{HCS}>",
        to=f"mct@{HCS}",
        subject="MCT on-call - week of 11/16",
        body=(
            "On-call pairs (clinician + peer):\n Mon-Tue: Jorge Villarreal / Alma Rosario\n"
            " Wed-Thu: Shreya Balakrishnan / Marcus Oyelaran\n Fri-Sun: Hannah Lindgren / Dario"
            " Pizarro\n\nReminder: suicide risk screen (C-SSRS) on every dispatch, and lethal"
            " means counselling scripts are in the bag.\n\nJorge\n"
        ),
    ),
    Spec(
        phi=False,
        category="CIT training agenda for police",
        notes="Hard negative: clinician presenters and psychosis/suicide topics.",
        frm=f"Noelle Varga <nvarga@{HCS}>",
        to="training@bryanpd.org",
        subject="CIT 40-hour course - Harbor's sessions",
        body=(
            "Lt. Garza,\n\nHarbor will teach these blocks of the December CIT course:\n"
            "  Day 2 AM - Recognising psychosis and mania (Dr. Farah Qureshi, psychiatry)\n"
            "  Day 2 PM - Suicide risk and de-escalation (Noelle Varga, LCSW)\n  Day 4 - Tour of"
            " the CSU and mobile crisis ride-along sign-up\n" + SIG_VARGA
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice (ligature-resistant furniture)",
        notes="Hard negative: PO number shaped like an SSN; furniture order.",
        frm=f"Harbor Finance <finance@{HCS}>",
        to="orders@safeharborfurnishings.com",
        subject="PO 452-31-7788 - ligature-resistant beds - delivery date?",
        body=(
            "Hello,\n\nCan you confirm the delivery date for PO 452-31-7788 (6 ligature-resistant"
            " bed frames, 6 weighted nightstands)? We need them before our state survey on 12/7."
            "\n\nThanks,\nRegina Castillo, Finance\n"
        ),
    ),
    Spec(
        phi=False,
        category="county grant outcomes (aggregate PDF)",
        notes="Hard negative: diversion numbers and ED visits avoided, aggregate.",
        frm=f"Harbor Finance <finance@{HCS}>",
        to="commissioners.court@brazoscountytx.gov",
        subject="Harbor CSU - FY26 outcomes for the county grant",
        body="Commissioners, our FY26 outcomes summary is attached.\n",
        atts=(
            Att(
                "Harbor_FY26_outcomes.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBOR CRISIS STABILIZATION UNIT - FY26 OUTCOMES",
                        "Admissions: 1,106   Average length of stay: 19.4 hours",
                        "Jail diversions: 214   ED visits avoided (est.): 640",
                        "Returned to community: 81%   Transferred to inpatient: 12%",
                        "988 follow-up reached within 72 hours: 88%",
                    ],
                    "FY26 outcomes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="community newsletter (988 awareness, HTML)",
        notes="Public suicide prevention newsletter, no individual.",
        frm=f"Harbor Crisis <news@{HCS}>",
        to="partners@bvcoalition.org",
        subject="Harbor Happenings - holiday season and mental health",
        body=(
            "The holidays can be hard. Know the warning signs of suicide, and remember 988 is"
            " available 24/7 by call, text or chat. Harbor's walk-in crisis center never closes."
        ),
        html=(
            "<html><body><h2>Harbor Happenings</h2><p>The holidays can be hard. Know the warning"
            " signs of suicide: talking about being a burden, withdrawing, giving things away."
            "</p><p><b>988</b> is available 24/7 by call, text or chat.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="job posting (crisis counselor)",
        notes="Hard negative: duties list suicide risk assessment and emergency detention.",
        frm=f"Harbor HR <hr@{HCS}>",
        to="jobs@texascounselingjobs.org",
        subject="Posting - Crisis Counselor (LPC/LCSW), nights",
        body=(
            "Crisis Counselor - Harbor Crisis Stabilization Unit (nights, 3x12)\nConduct suicide"
            " and violence risk assessments, complete emergency detention paperwork with law"
            " enforcement, provide brief crisis intervention in 23-hour beds, and coordinate"
            " 988 follow-up. LPC, LCSW or associate license required. $58-66k plus night"
            " differential.\n"
        ),
    ),
    Spec(
        phi=False,
        category="observation/restraint policy (DOCX)",
        notes="Hard negative: policy about seclusion and restraint, no patient.",
        frm=f"Noelle Varga <nvarga@{HCS}>",
        to=f"allstaff@{HCS}",
        subject="Revised policy CS-14 restraint and seclusion",
        body="Revised CS-14 attached. Huddle review on Monday at 0700 and 1900.\n" + SIG_VARGA,
        atts=(
            Att(
                "CS-14_restraint_seclusion_2026.docx",
                DOCX,
                docx(
                    [
                        "Harbor CSU Policy CS-14: Restraint and Seclusion",
                        "Restraint or seclusion is used only for imminent risk of harm and ends"
                        " as soon as the risk resolves.",
                        "A physician or LIP face-to-face evaluation occurs within 1 hour.",
                        "Every use is debriefed with the client and reviewed at the monthly"
                        " safety committee in aggregate.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified training vignette",
        notes="Hard negative: composite case for training with no identifiers.",
        frm=f"Dr. Farah Qureshi <fqureshi@{HCS}>",
        to=f"residents-rotation@{HCS}",
        subject="case for Friday's teaching",
        body=(
            "For Friday (composite case, details changed, not a real client):\n\nA man in his"
            " 30s is brought by mobile crisis after a 988 call from a co-worker. He has not slept"
            " for four days, speaks rapidly and believes he has been chosen to fix the power grid."
            " He has no psychiatric history; a urine drug screen is positive for amphetamines.\n\n"
            "Questions: primary mania vs. substance-induced? Would you start an antipsychotic in"
            " a 23-hour bed? When is emergency detention appropriate?\n\nFQ\n"
        ),
    ),
    Spec(
        phi=False,
        category="IT phone system cutover",
        notes="Crisis line phone system change and test calls.",
        frm=f"Harbor IT <it@{HCS}>",
        to=f"allstaff@{HCS}",
        subject="New phone system cutover Tuesday 2 AM",
        body=(
            "The crisis line moves to the new cloud phone system Tuesday 11/17 at 2 AM. Expect"
            " 2-3 minutes of failover to the backup number (979-555-0198). We will place test"
            " calls at 2:15 AM; please answer and say 'test call'.\n\nHarbor IT\n"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic FHIR test bundle (sandbox)",
        notes="Hard negative: FHIR bundle with a clearly tagged synthetic test patient.",
        frm=f"Harbor IT <it@{HCS}>",
        to="integration@bvmha.org",
        subject="Sandbox test bundle for the new referral API",
        body=(
            "Here's the sandbox bundle we're posting to your test endpoint. Patient is synthetic"
            " (tagged HTEST, 'Testpatient, Harbor Sandbox', DOB 1900-01-01).\n\nHarbor IT\n"
        ),
        atts=(Att("sandbox_bundle.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="timesheets (HR)",
        notes="Payroll timesheet reminder.",
        frm=f"Harbor HR <hr@{HCS}>",
        to=f"allstaff@{HCS}",
        subject="Timesheets due Monday noon",
        body=(
            "Pay period ends Sunday. Please submit timesheets by noon Monday; night shift"
            " differential and on-call hours must be coded separately. Thanks!\n\nHR\n"
        ),
    ),
    Spec(
        phi=False,
        category="board meeting invite (ICS)",
        notes="Board meeting calendar invite.",
        frm=f"Executive Office <exec@{HCS}>",
        to="board@harborcrisis-board.org",
        subject="Invitation: Harbor board meeting - December",
        body="Board meeting invite; packet to follow a week ahead.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harbor CSU//Exec//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:hcs-board-20261210@harborcrisis.org\r\n"
            "DTSTAMP:20261111T190000Z\r\nDTSTART:20261210T233000Z\r\nDTEND:20261211T010000Z\r\n"
            "SUMMARY:Harbor CSU board of directors meeting\r\nLOCATION:Harbor conference room\r\n"
            "ORGANIZER:mailto:exec@harborcrisis.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="volunteer background check (yahoo)",
        notes="Volunteer applicant's personal mailbox; paperwork only.",
        frm=f"Volunteer Program <volunteers@{HCS}>",
        to="lena.fairbanks92@yahoo.com",
        subject="Next steps - Harbor volunteer application",
        body=(
            "Hi Lena,\n\nThanks for applying to volunteer at Harbor's family waiting room! Next"
            " step is the background check - watch for an email from our screening vendor. Then"
            " we'll schedule your 4-hour orientation.\n\nMiriam Kowalski, Volunteer Coordinator\n"
        ),
    ),
    Spec(
        phi=False,
        category="medication shortage (injectable antipsychotics)",
        notes="Hard negative: shortage of IM olanzapine and haloperidol decanoate, no patient.",
        frm=f"Dr. Farah Qureshi <fqureshi@{HCS}>",
        to=f"prescribers@{HCS}",
        subject="Shortage: olanzapine IM and haloperidol decanoate",
        body=(
            "Colleagues,\n\nOur supplier has olanzapine 10 mg IM and haloperidol decanoate 100"
            " mg/mL on allocation until January. For agitation use haloperidol lactate 5 mg IM +"
            " lorazepam 2 mg IM as first line. Do not start new decanoate injections here; refer"
            " to the clinic.\n\nFQ\n"
        ),
    ),
    Spec(
        phi=False,
        category="state contract amendment (forwarded)",
        notes="Forwarded contract thread with budget figures.",
        frm=f"Executive Office <exec@{HCS}>",
        to="counsel@harborcrisis-legal.com",
        subject="FW: HHSC contract amendment 3",
        body="Can you review before I sign? Mainly the new 988 performance measures.\n",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="contracts@txhhsc-crisis.org",
            to=f"exec@{HCS}",
            subject="HHSC contract amendment 3",
            body=(
                "Attached is amendment 3 to contract HHS000814: adds $410,000 for mobile crisis"
                " expansion and new measures (72-hour follow-up after 988 contact >= 85%).\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="donor thank-you (outlook)",
        notes="Donation receipt to a donor's personal mailbox; no health information.",
        frm=f"Harbor Development <giving@{HCS}>",
        to="rgallagher.home@outlook.com",
        subject="Thank you for your gift",
        body=(
            "Dear Ruth,\n\nThank you for your generous gift of $250 to Harbor's comfort kit"
            " drive. Your donation provides blankets, toiletries and phone chargers for people"
            " staying in our crisis beds. No goods or services were provided in exchange.\n\n"
            "With gratitude,\nHarbor Crisis Stabilization Unit\n"
        ),
    ),
]

MESSAGES = PHI + CLEAN
