"""Outbound mail of the Tri-County Youth Football League (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import docx, pdf, xlsx, zipped
from _spec import SRS, TCY, Att, Spec

XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SAFETY = "Rick Dorsey, League Safety Officer\nTri-County Youth Football League\n330-555-0155"

MESSAGES = [
    Spec(
        phi=True,
        category="Concussion incident report to league board",
        notes="Incident report naming 11-year-old player with suspected concussion and ER visit.",
        frm="Rick Dorsey <safety@tricountyyouthfootball.org>",
        to="board@tricountyyouthfootball.org",
        subject="Incident report - 10U Saturday",
        body="Board,\n\nDuring the 10U Falcons vs Rams game, Owen Hawthorne (age 11) was hit helmet-first on a kickoff, was dazed and vomited on the sideline. Removed per protocol; parents took him to Akron Children's ED, CT normal, diagnosed with concussion. He needs written clearance before returning.\n\n"
        + SAFETY,
    ),
    Spec(
        phi=False,
        category="Heads Up certification reminder to coaches",
        notes="Hard negative: reminder that coaches must complete CDC concussion course; health topic, no player.",
        frm="Rick Dorsey <safety@tricountyyouthfootball.org>",
        to=f"coaches@{TCY}",
        subject="HEADS UP certificates due Friday",
        body="Every head and assistant coach must upload the CDC HEADS UP concussion certificate by Friday or you can't be on the sideline Saturday. 14 coaches still missing.\n\n"
        + SAFETY,
    ),
    Spec(
        phi=True,
        category="Roster with medical notes to team mom",
        notes="Hard positive: roster xlsx with a second sheet of player medical conditions and allergies.",
        frm="Registrar <registrar@tricountyyouthfootball.org>",
        to="jen.kowalczyk.team@gmail.com",
        subject="12U Wolverines roster",
        body="Here is your roster. Please keep the second tab private - it's for the medical kit only.",
        atts=(
            Att(
                "12U_Wolverines.xlsx",
                XLSX_T,
                xlsx(
                    {
                        "Roster": [
                            ["#", "Player", "Parent", "Phone"],
                            ["7", "Keegan Short", "Amy Short", "330-555-0171"],
                            ["21", "Dante Ruffin", "Troy Ruffin", "330-555-0172"],
                            ["54", "Luis Ocampo", "Marisol Ocampo", "330-555-0173"],
                        ],
                        "Medical": [
                            ["Player", "Condition", "Meds"],
                            ["Keegan Short", "fainting history - cardiology cleared", ""],
                            ["Luis Ocampo", "asthma", "albuterol inhaler"],
                            ["Dante Ruffin", "bee sting allergy", "EpiPen Jr"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Roster without medical data",
        notes="Hard negative: roster workbook of names, jersey numbers and parent phones; no health info.",
        frm="Registrar <registrar@tricountyyouthfootball.org>",
        to="coach.renner@gmail.com",
        subject="8U Cubs roster + schedule",
        body="Roster and game schedule tabs attached. Picture day is 9/26.",
        atts=(
            Att(
                "8U_Cubs.xlsx",
                XLSX_T,
                xlsx(
                    {
                        "Roster": [
                            ["#", "Player", "Parent phone"],
                            ["3", "Miles Forte", "330-555-0174"],
                            ["12", "Jonah Pratt", "330-555-0175"],
                        ],
                        "Schedule": [
                            ["Date", "Opponent", "Field"],
                            ["9/19", "Bears", "Stow 2"],
                            ["9/26", "Tigers", "Fairlawn 1"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Weight exemption request with medical letter",
        notes="Weight limit exemption naming player and his steroid treatment for nephrotic syndrome.",
        frm="Registrar <registrar@tricountyyouthfootball.org>",
        to="rules@ohioyouthfootballconf.org",
        subject="Weight exemption - Ocampo, Luis (12U)",
        body="We request a weigh-in exemption for Luis Ocampo, DOB 03/03/2014. He is on prednisone for nephrotic syndrome and his pediatric nephrologist's letter (attached) explains the temporary weight gain. He would otherwise be a ball carrier.\n\nTCYFL Registrar",
        atts=(
            Att(
                "Ocampo_physician_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "TRI-COUNTY YOUTH FOOTBALL LEAGUE - attached physician statement",
                        "Patient: Luis Ocampo  DOB 03/03/2014",
                        "Diagnosis: steroid-sensitive nephrotic syndrome, on prednisone taper",
                        "Cleared for full participation. - A. Banerjee, MD, Pediatric Nephrology",
                    ],
                    "Exemption",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Weigh-in rules PDF",
        notes="League weight/age matrix PDF for all teams; no player.",
        frm="Registrar <registrar@tricountyyouthfootball.org>",
        to=f"coaches@{TCY}",
        subject="Weigh-in matrix 2026",
        body="Official weigh-ins 9/12 at the Stow Community Center.",
        atts=(
            Att(
                "weight_matrix_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "TRI-COUNTY YOUTH FOOTBALL LEAGUE - Age/Weight Matrix 2026",
                        "8U: max 90 lb (ball carrier 80 lb)",
                        "10U: max 115 lb (ball carrier 100 lb)",
                        "12U: max 140 lb (ball carrier 125 lb)",
                    ],
                    "Matrix",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Clearance status check with clinic",
        notes="League asks clinic whether named player is cleared after concussion.",
        frm="Rick Dorsey <safety@tricountyyouthfootball.org>",
        to=f"concussion@{SRS}",
        subject="Clearance status?",
        body="Hi, checking whether Owen Hawthorne (10U Falcons) has been cleared after his 9/12 concussion. His dad says yes but we don't have the form yet. The family signed the release on our registration.\n\n"
        + SAFETY,
    ),
    Spec(
        phi=False,
        category="Sponsor thank-you from league",
        notes="Sponsor thank-you naming a sports medicine clinic; no player health.",
        frm="League President <president@tricountyyouthfootball.org>",
        to=f"marketing@{SRS}",
        subject="Thank you, Summit Ridge!",
        body="Thank you for sponsoring our sideline athletic trainer program again this fall and for the free baseline testing night. Your logo is on the website and all 8U-12U jerseys.",
    ),
    Spec(
        phi=True,
        category="Medical release forms zip to insurer",
        notes="Zip of named player's injury claim and ER bill sent to the league accident insurer.",
        frm="Treasurer <treasurer@tricountyyouthfootball.org>",
        to="claims@sportshieldinsurance.com",
        subject="Claim submission - TCYFL 2026-07",
        body="Claim 2026-07 attached (forearm fracture at 9/5 practice). Parent has already paid the ER copay.",
        atts=(
            Att(
                "claim_2026_07.zip",
                "application/zip",
                zipped(
                    {
                        "claim_form.txt": "Claimant: Jonah Pratt, age 8, DOB 05/19/2018\nInjury: L distal radius buckle fracture, 9/5/2026 practice\nParent: Deanna Pratt, 88 Brookside Ln, Stow OH 44224\n",
                        "er_bill.txt": "Akron Children's ED 9/5/2026  Pratt, Jonah  Acct 70418822  Total $1,842.00\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Insurance certificate request",
        notes="Certificate of liability insurance for field use; no player.",
        frm="Treasurer <treasurer@tricountyyouthfootball.org>",
        to="service@sportshieldinsurance.com",
        subject="COI for Stow Parks",
        body="Please issue a certificate of insurance naming City of Stow Parks & Recreation as additional insured for fields 1-3, 8/1/2026-11/30/2026.",
    ),
    Spec(
        phi=True,
        category="Sickle cell trait note to coach",
        notes="Hard positive: coach told about a named player's sickle cell trait and conditioning precautions.",
        frm="Rick Dorsey <safety@tricountyyouthfootball.org>",
        to="coach.ellis.tcyfl@yahoo.com",
        subject="conditioning precautions",
        body="Coach Ellis - Marcus Delgado's little brother Andre (12U) has sickle cell trait per his mom. No timed sprints or gassers, let him rest on demand, water every 15 min. This stays between us and the AT.\n\n"
        + SAFETY,
    ),
    Spec(
        phi=False,
        category="Conditioning guidelines for all players",
        notes="Hard negative: general conditioning guidelines mentioning sickle cell trait and asthma as topics; no player.",
        frm="Rick Dorsey <safety@tricountyyouthfootball.org>",
        to=f"coaches@{TCY}",
        subject="Conditioning do's and don'ts",
        body="Reminder: no conditioning as punishment. Any player with sickle cell trait, asthma or a heart condition should be allowed to rest on demand, which is why we ask parents to fill out the medical section. Water breaks every 15-20 minutes.\n\n"
        + SAFETY,
    ),
    Spec(
        phi=True,
        category="Scholarship fee waiver mentioning cancer treatment",
        notes="Fee waiver approval to mother's gmail names son Tyler and his leukemia treatment and remission.",
        frm="Treasurer <treasurer@tricountyyouthfootball.org>",
        to="hollyvance.stow@gmail.com",
        subject="Registration fee waived",
        body="Hi Holly, the board approved waiving Tyler's registration fee this season. We're so glad he's in remission and able to play after his leukemia treatment. Equipment pickup is Saturday at 9.",
    ),
    Spec(
        phi=False,
        category="Fee reminder to parents",
        notes="Registration balance reminder to a parent's personal email; no health info.",
        frm="Treasurer <treasurer@tricountyyouthfootball.org>",
        to="g.albright1980@gmail.com",
        subject="Balance due - fall registration",
        body="Hi Gina, our records show a $75 balance for Caden's fall registration. You can pay online or bring a check to Saturday's games.",
    ),
    Spec(
        phi=True,
        category="Emergency contact list with conditions",
        notes="CSV of emergency contacts including player allergies and conditions sent to field marshals.",
        frm="Registrar <registrar@tricountyyouthfootball.org>",
        to="fieldmarshals@tricountyyouthfootball.org",
        subject="Emergency cards - Field 2",
        body="Keep this on the clipboard at field 2.",
        atts=(
            Att(
                "field2_emergency.csv",
                "text/csv",
                "player,team,guardian,phone,medical\nMiles Forte,8U Cubs,Ana Forte,330-555-0176,type 1 diabetes - pump\nCaden Albright,10U Falcons,Gina Albright,330-555-0177,none\nTyler Vance,10U Falcons,Holly Vance,330-555-0178,port removed 2025 - no hits to chest per oncology\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Volunteer signup csv",
        notes="Hard negative: volunteer concession shift csv with names and phones; no health info.",
        frm="Volunteer Coordinator <volunteers@tricountyyouthfootball.org>",
        to="concessions@tricountyyouthfootball.org",
        subject="Concession shifts",
        body="Saturday shifts.",
        atts=(
            Att(
                "concession_shifts.csv",
                "text/csv",
                "shift,name,phone\n8-10,Amy Short,330-555-0171\n10-12,Troy Ruffin,330-555-0172\n12-2,Deanna Pratt,330-555-0179\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML newsletter naming injured player",
        notes="Hard positive: HTML-only league newsletter with a get-well item naming a player and his surgery for a broken wrist.",
        frm="TCYFL News <news@tricountyyouthfootball.org>",
        to="families@tricountyyouthfootball.org",
        subject="Week 2 recap",
        body="",
        html="<html><body><h1>Week 2</h1><p>Great games everywhere! Bears 8U won 14-6.</p><p><b>Get well soon</b> to Jonah Pratt of the 8U Cubs, who had surgery Tuesday to pin his broken wrist. Cards can be dropped off at the snack stand.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML game day weather update",
        notes="HTML-only weather and lightning policy update; no individual.",
        frm="TCYFL News <news@tricountyyouthfootball.org>",
        to="families@tricountyyouthfootball.org",
        subject="Lightning delay policy for Saturday",
        body="",
        html="<html><body><p>Storms are possible Saturday. If lightning is within 8 miles, all players go to cars; play resumes 30 minutes after the last strike. Check the app for updates.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Forwarded parent complaint about injury handling",
        notes="Forward to board of a parent's complaint naming her son's concussion and vision problems.",
        frm="League President <president@tricountyyouthfootball.org>",
        to="board@tricountyyouthfootball.org",
        subject="FW: complaint re: 9/12 game",
        body="Board - we need to discuss this Tuesday. Rick, please pull the incident report.",
        forward=Spec(
            phi=True,
            category="(forwarded)",
            notes="(forwarded)",
            frm="Gretchen Hawthorne <ghawthorne@outlook.com>",
            to="president@tricountyyouthfootball.org",
            subject="complaint re: 9/12 game",
            body="My son Owen was allowed back on the field for two plays after his head injury. He now has double vision and his concussion doctor says recovery will take longer. I want to know why the coach ignored the rule.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded field permit",
        notes="Forwarded city field permit approval; no health info.",
        frm="League President <president@tricountyyouthfootball.org>",
        to="board@tricountyyouthfootball.org",
        subject="FW: Permit approved - Fairlawn Field 1",
        body="FYI, we're good for the rest of the season.",
        forward=Spec(
            phi=False,
            category="(forwarded)",
            notes="(forwarded)",
            frm="Parks Permits <permits@fairlawnparks.org>",
            to="president@tricountyyouthfootball.org",
            subject="Permit approved - Fairlawn Field 1",
            body="Permit FP-2026-311 approved Saturdays 8am-6pm through 11/14. Lights not included.",
        ),
    ),
    Spec(
        phi=True,
        category="Calendar invite for player's shoulder recheck",
        notes="Hard positive: ICS to father's gmail; only the invite summary names the child and his shoulder recheck before return.",
        frm="Rick Dorsey <safety@tricountyyouthfootball.org>",
        to="troy.ruffin@gmail.com",
        subject="Saturday",
        body="See invite.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//TCYFL//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:tcyfl-0919-ruffin@tricountyyouthfootball.org\r\nDTSTART:20260919T140000Z\r\nDTEND:20260919T143000Z\r\nSUMMARY:Dante Ruffin - shoulder recheck with league AT before return\r\nLOCATION:Stow field 2 medical tent\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Calendar invite for coaches clinic",
        notes="ICS invite for tackling technique clinic; no players' health.",
        frm="Rick Dorsey <safety@tricountyyouthfootball.org>",
        to=f"coaches@{TCY}",
        subject="Heads-up tackling clinic",
        body="Mandatory for new coaches.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//TCYFL//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:tcyfl-clinic-0924@tricountyyouthfootball.org\r\nDTSTART:20260924T223000Z\r\nDTEND:20260925T000000Z\r\nSUMMARY:Tackling technique clinic\r\nLOCATION:Stow Community Center gym\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Medically ineligible players list to referee assigner",
        notes="Hard positive: headerless txt table of jersey number, name and injury status sent to referees' assigner.",
        frm="Registrar <registrar@tricountyyouthfootball.org>",
        to="assigner@neohioyouthrefs.org",
        subject="ineligible players wk3",
        body="Players not allowed to dress Saturday (medical), please give to the white hats.",
        atts=(
            Att(
                "wk3_ineligible.txt",
                "text/plain",
                "10U FALCONS   #33  HAWTHORNE O   concussion - no clearance\n12U WOLVS     #21  RUFFIN D       shoulder dislocation\n8U CUBS       #12  PRATT J        wrist fx - cast\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Referee game assignments",
        notes="Hard negative: referee assignments with names and certification numbers shaped like identifiers; no health info.",
        frm="Registrar <registrar@tricountyyouthfootball.org>",
        to="assigner@neohioyouthrefs.org",
        subject="Week 3 field times",
        body="Field 1: 9:00 8U, 10:30 10U, 12:00 12U. Field 2 same times. Crew chiefs per your sheet: Lindahl (cert 661-20-4471), Brooks (cert 518-33-2090). Please confirm 6 crews.",
    ),
    Spec(
        phi=True,
        category="Volunteer parent seizure disclosure to coach",
        notes="Hard positive: message about a parent volunteer's own seizure disorder and driving restriction.",
        frm="Volunteer Coordinator <volunteers@tricountyyouthfootball.org>",
        to="coach.renner@gmail.com",
        subject="carpool driver",
        body="Mike - please don't list Paul Forte as a carpool driver. He told me he had a seizure in August and his neurologist has him off driving for six months. Ana can drive instead.",
    ),
    Spec(
        phi=True,
        category="Terse clearance acknowledgement to parent",
        notes="Hard positive: terse note to parent's gmail that son's return-to-play form from the sports medicine clinic arrived, implying his treatment there.",
        frm="Rick Dorsey <safety@tricountyyouthfootball.org>",
        to="g.albright1980@gmail.com",
        subject="got it",
        body="Gina - got Caden's RTP form from Summit Ridge (post-concussion, signed by Dr. Hollis). He's good for Saturday, full pads.\n\nRick",
    ),
    Spec(
        phi=True,
        category="Coach notes docx with player health details",
        notes="Hard positive: coach handoff docx mentions players' ADHD meds, asthma and a recent concussion by first name and jersey.",
        frm="Head Coach 10U <coach.10u@tricountyyouthfootball.org>",
        to="asst.coach.10u@tricountyyouthfootball.org",
        subject="handoff for Saturday (I'm out of town)",
        body="Notes for running the team Saturday attached.",
        atts=(
            Att(
                "10U_handoff.docx",
                DOCX_T,
                docx(
                    [
                        "10U Falcons - Saturday handoff",
                        "#33 Owen - still out (concussion), can stand on sideline, no helmet",
                        "#8 Caden - takes his ADHD med at lunch, mom will drop him at 11",
                        "#14 Tyler - no hits to chest (port site), flag drills only",
                        "Inhaler for #19 Brody in the blue bag",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Coach playbook docx",
        notes="Playbook document with formations; no health info.",
        frm="Head Coach 10U <coach.10u@tricountyyouthfootball.org>",
        to="asst.coach.10u@tricountyyouthfootball.org",
        subject="new plays",
        body="Install these Tuesday.",
        atts=(
            Att(
                "10U_plays_wk4.docx",
                DOCX_T,
                docx(
                    [
                        "Falcons wk4 install",
                        "Jet sweep right - Owen's spot: Caden at wingback",
                        "Counter trey left",
                        "Punt safe",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Equipment fitting note citing orthopedic condition",
        notes="Hard positive: equipment vendor told a named player needs a custom brace for Osgood-Schlatter.",
        frm="Equipment Manager <equipment@tricountyyouthfootball.org>",
        to="orders@gridironfitpro.com",
        subject="Order add-on - Short",
        body="Add one pair of youth M knee pads with patellar cutout for Keegan Short (12U #7); his doctor says he has Osgood-Schlatter in both knees and needs the padding. Ship with team order TC-2291.",
    ),
    Spec(
        phi=False,
        category="Helmet recertification order",
        notes="Hard negative: helmet recertification invoice with serial numbers; device IDs not tied to any person's health.",
        frm="Equipment Manager <equipment@tricountyyouthfootball.org>",
        to="recon@gridironfitpro.com",
        subject="Helmet recert shipment",
        body="Shipping 62 helmets for NOCSAE recertification. Serials on the packing list start at YR-22-01180. 4 helmets failed our visual check (cracked shells) and can be scrapped.",
    ),
    Spec(
        phi=True,
        category="Message to school about player's absence reason",
        notes="League safety officer tells a school nurse a player missed school due to concussion, by name.",
        frm="Rick Dorsey <safety@tricountyyouthfootball.org>",
        to="nurse@stowmiddleschool.org",
        subject="Owen Hawthorne - heads up",
        body="Owen Hawthorne, 6th grade, had a concussion at our game Saturday and his mom asked me to let you know; he may have headaches in class and his doctor wants him off screens as much as possible.\n\n"
        + SAFETY,
    ),
    Spec(
        phi=False,
        category="Aggregate injury report to league insurer",
        notes="Hard negative: season injury counts by type for insurance renewal; aggregates only.",
        frm="Treasurer <treasurer@tricountyyouthfootball.org>",
        to="underwriting@sportshieldinsurance.com",
        subject="2026 loss run summary",
        body="2026 to date: 412 players, 9 reported injuries (3 concussions, 2 fractures, 4 sprains), 2 claims filed, total paid $3,110. No catastrophic injuries.",
    ),
    Spec(
        phi=True,
        category="Multi-sheet medical forms audit",
        notes="Hard positive: workbook listing players missing medical forms and a sheet of players with flagged cardiac history.",
        frm="Registrar <registrar@tricountyyouthfootball.org>",
        to="board@tricountyyouthfootball.org",
        subject="Medical form audit",
        body="Audit results attached. Tab 2 needs physician clearance before next game.",
        atts=(
            Att(
                "medform_audit.xlsx",
                XLSX_T,
                xlsx(
                    {
                        "Missing forms": [
                            ["Player", "Team"],
                            ["Brody Kaminski", "10U"],
                            ["Ethan Laird", "12U"],
                        ],
                        "Cardiac flags": [
                            ["Player", "Flag"],
                            ["Keegan Short", "fainting w/ exercise"],
                            ["Ethan Laird", "murmur noted 2025"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Multi-sheet budget workbook",
        notes="League budget with medical tent and AT costs; no individuals.",
        frm="Treasurer <treasurer@tricountyyouthfootball.org>",
        to="board@tricountyyouthfootball.org",
        subject="Budget v3",
        body="Revised budget attached.",
        atts=(
            Att(
                "budget_2026_v3.xlsx",
                XLSX_T,
                xlsx(
                    {
                        "Income": [
                            ["Item", "Amount"],
                            ["Registrations", 61800],
                            ["Sponsors", 9500],
                        ],
                        "Expenses": [
                            ["Item", "Amount"],
                            ["Athletic trainer coverage", 7200],
                            ["First aid supplies", 1150],
                            ["Helmet recert", 2480],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to grandparent about player's hospital stay",
        notes="Reply to grandmother's icloud about grandson's admission for heat exhaustion.",
        frm="League President <president@tricountyyouthfootball.org>",
        to="nana.bev.laird@icloud.com",
        subject="RE: Ethan",
        body="Mrs. Laird, thank you for letting us know Ethan is home from Summa after two nights for heat exhaustion and kidney labs. The whole 12U team signed a card. He's welcome at practice to watch whenever his doctor says so.",
    ),
    Spec(
        phi=False,
        category="Photo day logistics to parents",
        notes="Hard negative: picture make-up notice to a mother's yahoo naming her son, with no health information.",
        frm="Registrar <registrar@tricountyyouthfootball.org>",
        to="marisol.ocampo@yahoo.com",
        subject="Picture day make-up",
        body="Hi Marisol, Luis missed team pictures, make-up day is 10/3 at 9am at the Stow field house. Order forms are online.",
    ),
    Spec(
        phi=False,
        category="Announcement of AED donation",
        notes="Board announcement thanking donor for AEDs at every field; no individual health.",
        frm="League President <president@tricountyyouthfootball.org>",
        to="families@tricountyyouthfootball.org",
        subject="AEDs at every field",
        body="Thanks to the Fairlawn Rotary, every TCYFL field now has an AED in a marked cabinet by the scorer's table. Coaches have been trained to use them.",
    ),
]
