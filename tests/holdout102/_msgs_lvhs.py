"""Outbound mail of the Lincoln Valley High School athletic training office (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import SRS, Att, Spec

XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SIG = (
    "\n\nJordan Pike, MS, LAT, ATC\nHead Athletic Trainer, Lincoln Valley High School\n330-555-0128"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Injury report to head coach",
        notes="Named football player's hamstring strain and practice restrictions sent to coach.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="coach.barnes@lvhsathletics.org",
        subject="Injury update - varsity",
        body="Coach,\n\nTrey Maddox strained his left hamstring (grade 1) at Tuesday's practice. No sprinting through Friday, he can do walkthroughs. Re-eval Monday."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Weekly training room hours",
        notes="Training room hours announcement to coaches; no athlete.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="coaches@lvhsathletics.org",
        subject="Training room hours this week",
        body="Mon-Thu 2:15-6:30, Fri 2:15 through end of game. Taping starts 2:20 sharp. Please send athletes with a pass if they leave class early."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Concussion removal notice to parent",
        notes="Notice to parent's hotmail that daughter was removed from play for suspected concussion.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="dnakamura77@hotmail.com",
        subject="Bella - removed from play tonight",
        body="Mrs. Nakamura,\n\nBella took a ball to the head in the second half and had dizziness and light sensitivity on sideline screening, so under Ohio's Lindsay's Law she's out until cleared by a physician. Please watch her tonight for vomiting or worsening headache and see a doctor within 48 hours."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Lindsay's Law parent form reminder",
        notes="Hard negative: reminder that all parents must sign concussion information sheet; generic, no athlete.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to="winter-parents@lvhsathletics.org",
        subject="Winter sports: concussion & SCA forms due",
        body="All winter athletes need the Ohio concussion information sheet and Lindsay's Law sudden cardiac arrest form signed by athlete and parent before the first practice on 11/2. Forms are on FinalForms.",
    ),
    Spec(
        phi=True,
        category="Injury log csv to team physician",
        notes="CSV of athlete names, sports and injuries sent to the clinic's team physician.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to=f"rhollis@{SRS}",
        subject="Week 3 injury log",
        body="Dr. Hollis - week 3 log for Thursday's review.",
        atts=(
            Att(
                "wk3_injury_log.csv",
                "text/csv",
                "date,athlete,grade,sport,injury,status\n2026-09-08,Trey Maddox,12,Football,L hamstring strain gr1,limited\n2026-09-09,Bella Nakamura,11,Soccer,suspected concussion,out\n2026-09-10,Quinn Albers,10,Cross Country,shin splints,full w/ taping\n2026-09-11,Jaylen Fosse,9,Football,R AC sprain,out\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Inventory csv of training room supplies",
        notes="Hard negative: supply inventory csv with product codes shaped like identifiers; no people.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="purchasing@lvhs-district.org",
        subject="Fall restock",
        body="Restock list attached. Item numbers are the vendor's.",
        atts=(
            Att(
                "restock_fall.csv",
                "text/csv",
                "item_no,description,qty\n414-22-8810,1.5in white tape case,12\n414-31-0042,pre-wrap case,8\n520-10-7713,instant cold packs box,10\n610-44-2981,AED pads adult,2\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Emergency action plan drill debrief naming real athlete",
        notes="Hard positive: drill debrief mentions the real collapse of a named runner and his cardiac follow-up.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="principal@lvhs-district.org",
        subject="EAP debrief",
        body="Principal Ames,\n\nThe drill went fine; response time to the stadium was 2:40. As a reminder of why we practice: when Quinn Albers collapsed at the 9/3 meet it took 4 minutes to get the AED. He's now wearing a monitor until his cardiology follow-up for possible hypertrophic cardiomyopathy. We need a second AED at the XC course."
        + SIG,
    ),
    Spec(
        phi=False,
        category="EAP drill schedule",
        notes="Emergency action plan drill schedule for all venues; no athlete.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="coaches@lvhsathletics.org",
        subject="EAP walk-throughs by venue",
        body="Stadium 9/21, gym 9/22, XC course 9/24, pool 9/28. Each head coach: know where the AED and cold tub are and who calls 911."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Return-to-play progression spreadsheet",
        notes="Multi-sheet workbook tracking named athletes' concussion return-to-play stages.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to=f"concussion@{SRS}",
        subject="RTP tracker",
        body="Current tracker. Bella is on stage 2.",
        atts=(
            Att(
                "rtp_tracker.xlsx",
                XLSX_T,
                xlsx(
                    {
                        "Active": [
                            ["Athlete", "Sport", "Injury date", "Stage"],
                            ["Bella Nakamura", "Soccer", "09/11", "2 - light aerobic"],
                            ["Eli Whitcomb", "Football", "09/12", "0 - symptomatic"],
                        ],
                        "Cleared": [
                            ["Athlete", "Cleared", "By"],
                            ["Mia Ruiz-Kent", "09/18", "Dr. Hollis"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Preseason participation numbers workbook",
        notes="Hard negative: multi-sheet workbook of counts of physicals on file and roster sizes; aggregates only.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to="ad@lvhs-district.org",
        subject="Fall participation summary",
        body="Summary for the board report.",
        atts=(
            Att(
                "fall_participation.xlsx",
                XLSX_T,
                xlsx(
                    {
                        "Rosters": [
                            ["Sport", "Athletes"],
                            ["Football", 84],
                            ["Girls soccer", 41],
                            ["Cross country", 37],
                            ["Volleyball", 29],
                        ],
                        "Physicals": [["Status", "Count"], ["On file", 187], ["Missing", 4]],
                        "Injuries": [
                            ["Type", "Count YTD"],
                            ["Concussion", 6],
                            ["Ankle sprain", 14],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Allergy and EpiPen list for bus trip",
        notes="Hard positive: list of first names with allergies and inhaler needs sent to the bus chaperone.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="mr.castellano@lvhsathletics.org",
        subject="Saturday trip - meds",
        body="For the Columbus invitational bus:\n- Priya S. - peanut, EpiPen in her bag + one in my kit\n- Devon W. - asthma, albuterol before warmups\n- Kayla (JV) - type 1, has her Dexcom, juice in the cooler\nCall me if anything happens."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Bus departure logistics",
        notes="Trip logistics with no health content.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to="xc-parents@lvhsathletics.org",
        subject="Columbus invitational - Saturday",
        body="Bus leaves 6:15am from the north lot. Bring a lunch and $10 for the concession stand. Return around 4pm. Spectators welcome.",
    ),
    Spec(
        phi=True,
        category="504 plan input to school counselor",
        notes="Athlete's post-concussion academic accommodations sent to counselor.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="counseling@lvhs-district.org",
        subject="Accommodations - Eli Whitcomb",
        body="Ms. Grant, Eli is still symptomatic (headaches, trouble focusing) after his concussion. Dr. Hollis's letter recommends extra test time and no more than 30 minutes of screen time at a stretch. Can we start a temporary 504?"
        + SIG,
        atts=(
            Att(
                "Whitcomb_accommodations.docx",
                DOCX_T,
                docx(
                    [
                        "Lincoln Valley HS Athletic Training - Academic adjustment request",
                        "Student: Eli Whitcomb, grade 9",
                        "Condition: concussion 09/12/2026, ongoing symptoms",
                        "Requested: extra time, reduced screen time, rest breaks, no PE",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Sideline concussion protocol document",
        notes="Hard negative: protocol docx describing symptoms and RTP stages in general; no athlete.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="coaches@lvhsathletics.org",
        subject="2026 concussion protocol (updated)",
        body="Updated protocol attached; please read before Friday.",
        atts=(
            Att(
                "LVHS_concussion_protocol_2026.docx",
                DOCX_T,
                docx(
                    [
                        "Lincoln Valley High School Concussion Management Protocol",
                        "Any athlete with headache, dizziness, confusion or balance problems is removed the same day.",
                        "Return to play requires written clearance from an MD/DO and completion of the 6-stage progression.",
                        "Stage 1 symptom-limited activity ... Stage 6 return to sport.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Physical forms zip to clinic",
        notes="Hard positive: zip of pre-participation physical forms with names, DOBs and medical history.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to=f"frontdesk@{SRS}",
        subject="Physicals needing MD review",
        body="Four PPE forms flagged 'yes' on the cardiac questions. Please have a physician review before tryouts.",
        atts=(
            Att(
                "ppe_flagged.zip",
                "application/zip",
                zipped(
                    {
                        "Fosse_Jaylen_PPE.txt": "Jaylen Fosse DOB 2011-06-14\nQ5 chest pain with exercise: YES\nQ9 family hx sudden death <50: YES (uncle)\n",
                        "Short_Keegan_PPE.txt": "Keegan Short DOB 2012-04-02\nQ3 fainted during exercise: YES\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank PPE forms zip to feeder middle school",
        notes="Hard negative: zip of blank physical forms and instructions; no athlete data.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to="athletics@lvms-district.org",
        subject="Blank PPE packet for 8th grade",
        body="Blank forms for your 8th graders moving up.",
        atts=(
            Att(
                "ppe_blank_packet.zip",
                "application/zip",
                zipped(
                    {
                        "PPE_history_form.txt": "Name: ______  DOB: ______\nHave you ever passed out during exercise? Y/N\nHas a doctor ever restricted your sports? Y/N\n",
                        "instructions.txt": "Physicals must be dated after April 15 to count for the next school year.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded parent email about medication",
        notes="Forward of a parent's note about son's ADHD medication and dehydration risk to team doctor.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to=f"postrowski@{SRS}",
        subject="FW: Devon's meds",
        body="Dr. O - see below from Devon's mom, ok to keep him in two-a-days with extra fluids?"
        + SIG,
        forward=Spec(
            phi=True,
            category="(forwarded)",
            notes="(forwarded)",
            frm="Tasha Wilkins <tasha.wilkins@gmail.com>",
            to="jordan.pike@lvhsathletics.org",
            subject="Devon's meds",
            body="Hi Jordan, Devon Wilkins just started Vyvanse 30 mg for his ADHD. His pediatrician said to watch for heat problems. Can you keep an eye on him?",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded conference announcement",
        notes="Forwarded athletic trainer conference flyer; no person's health.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="asst.atc@lvhsathletics.org",
        subject="FW: OATA fall symposium",
        body="Want to go? District will cover registration." + SIG,
        forward=Spec(
            phi=False,
            category="(forwarded)",
            notes="(forwarded)",
            frm="OATA <events@oata.org>",
            to="jordan.pike@lvhsathletics.org",
            subject="OATA fall symposium",
            body="Nov 7, Columbus. Sessions: exertional heat stroke, ACL injury prevention programs, mental health first aid for athletes. 6 CEUs.",
        ),
    ),
    Spec(
        phi=True,
        category="Clearance note to coach as PDF",
        notes="PDF clearance letter naming athlete and prior concussion, sent to head soccer coach.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="coach.ferris@lvhsathletics.org",
        subject="Mia cleared",
        body="Coach Ferris, Mia is cleared for full contact starting today. Letter attached for your file."
        + SIG,
        atts=(
            Att(
                "RuizKent_Mia_clearance.pdf",
                "application/pdf",
                pdf(
                    [
                        "LINCOLN VALLEY HIGH SCHOOL ATHLETIC TRAINING",
                        "Return to Play Clearance",
                        "Athlete: Mia Ruiz-Kent  Sport: Girls Soccer",
                        "Concussion 09/02/2026; completed 6-stage progression 09/18/2026",
                        "Cleared by: Renata Hollis, MD (Summit Ridge)",
                    ],
                    "Clearance",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Officials contact list PDF",
        notes="Hard negative: PDF roster of game officials with phone numbers; names and phones but no health info.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to="gamemgmt@lvhsathletics.org",
        subject="Officials for home games",
        body="Crew assignments attached.",
        atts=(
            Att(
                "officials_fall.pdf",
                "application/pdf",
                pdf(
                    [
                        "LINCOLN VALLEY HIGH SCHOOL - Officials, home football",
                        "9/18  Referee: Tom Gallo 330-555-0181",
                        "9/25  Referee: Anita Brooks 330-555-0182",
                        "10/9  Referee: Ray Lindahl 330-555-0183",
                    ],
                    "Officials",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Text log of sideline evaluation",
        notes="Hard positive: plain-text SCAT sideline notes in txt attachment; body just says notes attached.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to=f"concussion@{SRS}",
        subject="sideline notes fri",
        body="Notes from Friday attached, he has an appt Monday with you." + SIG,
        atts=(
            Att(
                "sideline_0911.txt",
                "text/plain",
                "J. Fosse #22 FB 9/11 Q3 ~8:40\nHelmet-to-helmet, no LOC. Sx: HA 4/6, nausea, 'foggy'. Orientation 5/5, immediate memory 12/15, delayed 3/5, tandem gait fail x2.\nRemoved. Parent (dad) picked up 10:05pm, home instructions given.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Text file of hydration guidelines",
        notes="Generic hydration guideline txt for coaches; no athlete.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="coaches@lvhsathletics.org",
        subject="Heat index plan",
        body="Attached is the heat index activity table. Post it in your office." + SIG,
        atts=(
            Att(
                "heat_index_plan.txt",
                "text/plain",
                "WBGT < 82: normal practice\n82-86.9: 3 breaks/hr, helmets off\n87-89.9: max 2 hrs, no pads\n>= 90: no outdoor practice\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Insurance claim info to parent's insurer",
        notes="Secondary school accident insurance claim naming athlete, DOB and AC joint sprain.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to="claims@studentguardins.com",
        subject="School accident claim - Fosse",
        body="Claim for Jaylen Fosse, DOB 06/14/2011, injured 9/10/2026 at football practice (right AC joint sprain, seen at Summit Ridge). Parent: Marcus Fosse, 1207 Elm Terrace, Fairlawn OH 44333. Policy LVHS-SA-2026.",
    ),
    Spec(
        phi=False,
        category="School accident insurance policy renewal",
        notes="Policy renewal with premium figures; no individual claims.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to="accounts@studentguardins.com",
        subject="2026-27 renewal signed",
        body="Signed renewal attached for the excess accident policy (all interscholastic sports, $25 deductible). Premium $9,880 will be paid by PO 44120.",
    ),
    Spec(
        phi=True,
        category="HTML injury summary to AD",
        notes="HTML-only weekly summary listing named athletes out with injuries.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="ad@lvhs-district.org",
        subject="Who's out this week",
        body="",
        html="<html><body><table border='1'><tr><th>Athlete</th><th>Sport</th><th>Status</th></tr><tr><td>Bella Nakamura</td><td>Soccer</td><td>Out - concussion</td></tr><tr><td>Jaylen Fosse</td><td>Football</td><td>Out - shoulder</td></tr><tr><td>Trey Maddox</td><td>Football</td><td>Limited - hamstring</td></tr></table></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML sports medicine booster thank-you",
        notes="HTML-only thank-you to boosters for a donated ice machine; no health information.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to="boosters@lvhsboosters.org",
        subject="Thank you for the ice machine!",
        body="",
        html="<html><body><p>Dear Boosters,</p><p>The new 500 lb ice machine is installed in the training room. Thank you for making our cold-water immersion tub possible this season.</p><p>- LVHS Athletic Training</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Message to college recruiter about injury history",
        notes="Hard positive: player's surgical history disclosed to college recruiter, identified by name and position.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="recruiting@ashlanduniv-football.edu",
        subject="RE: Maddox medical question",
        body="Coach, Trey had a right ACL reconstruction (patellar tendon graft) in January 2025 and has had no issues since; the hamstring this week is minor. Happy to share more with his parents' OK."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Recruiter request for film",
        notes="Recruiting logistics with player name but no health content.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to="recruiting@ashlanduniv-football.edu",
        subject="Film links",
        body="Hudl links for Trey Maddox (LB) and Andre Coles (WR) are below. Transcripts will come from the counseling office.",
    ),
    Spec(
        phi=True,
        category="Eating disorder concern to school nurse",
        notes="Hard positive: first-name-only concern about athlete's suspected eating disorder and missed periods with team context.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="nurse.oduya@lvhs-district.org",
        subject="concern - confidential",
        body="Grace, Quinn on girls XC (the junior girl, not Quinn Albers) has dropped a lot of weight and told me she hasn't had a period since June. I'm worried about RED-S/eating disorder. Can we loop in her mom and counseling together?"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Staff flu shot clinic notice",
        notes="Hard negative: staff flu vaccination clinic notice; workforce health program with no individual.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to="allstaff@lvhs-district.org",
        subject="Flu shots for coaches and staff - 10/6",
        body="Summit Ridge will give flu shots to district staff and coaches in the training room 10/6, 2-5pm. Bring your insurance card. No appointment needed.",
    ),
    Spec(
        phi=True,
        category="Photo of ankle sent to team physician",
        notes="Hard positive: image attachment named with athlete initials and date plus ankle swelling question.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to=f"postrowski@{SRS}",
        subject="ankle pic",
        body="Priya Shah's ankle from tonight - inversion, tender over the lateral malleolus and can't bear weight 4 steps. Ottawa positive? Send her for x-ray?",
        atts=(Att("PS_ankle_0915.png", "image/png", png(5, 5, (170, 120, 140))),),
    ),
    Spec(
        phi=False,
        category="Field diagram image to grounds crew",
        notes="PNG of field layout with ambulance gate marked; no patient.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="grounds@lvhs-district.org",
        subject="Ambulance access - gate C",
        body="Please keep gate C unlocked and clear on game nights; diagram attached." + SIG,
        atts=(Att("stadium_gate_c.png", "image/png", png(6, 4, (30, 140, 60))),),
    ),
    Spec(
        phi=True,
        category="ICS invite for athlete's doctor visit",
        notes="Calendar invite to parent's gmail for named athlete's concussion clearance visit.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="marcus.fosse.oh@gmail.com",
        subject="Jaylen's clearance appointment",
        body="I booked Jaylen with Dr. Hollis for his concussion clearance check. Invite attached."
        + SIG,
        atts=(
            Att(
                "jaylen_clearance.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LVHS AT//EN\r\nBEGIN:VEVENT\r\nUID:lvhs-at-0921-fosse@lvhsathletics.org\r\nDTSTART:20260921T200000Z\r\nDTEND:20260921T203000Z\r\nSUMMARY:Jaylen Fosse - concussion clearance, Dr. Hollis\r\nLOCATION:Summit Ridge Sports Medicine\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ICS invite for baseline testing day",
        notes="Hard negative: calendar invite for team-wide ImPACT baseline testing; no individual result.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="coaches@lvhsathletics.org",
        subject="Baseline testing - computer lab",
        body="All contact-sport athletes without a 2026 baseline: computer lab B.",
        atts=(
            Att(
                "baseline_day.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LVHS AT//EN\r\nBEGIN:VEVENT\r\nUID:lvhs-baseline-0923@lvhsathletics.org\r\nDTSTART:20260923T190000Z\r\nDTEND:20260923T220000Z\r\nSUMMARY:ImPACT baseline testing (all contact sports)\r\nLOCATION:Computer lab B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to parent personal email about surgery timing",
        notes="Reply to mother's aol naming son Sam's meniscus surgery date and missed wrestling season.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="carla.albers@aol.com",
        subject="RE: Sam's knee",
        body="Hi Carla, since Sam's meniscus repair is set for 10/2 at Akron Ortho, he'll miss the rest of wrestling preseason. I'll start his rehab at school once Dr. Kessler releases him, and I've told Coach Ortiz he's out until at least Thanksgiving."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Coach certification expiry reminder",
        notes="CPR/AED certification expiry list for coaches; workforce training only.",
        frm="Athletic Office <athletics@lvhsathletics.org>",
        to="coaches@lvhsathletics.org",
        subject="CPR/AED certs expiring",
        body="Coaches with CPR/AED expiring before 12/31: Barnes, Ferris, Castellano, Ortiz. Class 10/14 in the library, 3:00-6:00.",
    ),
    Spec(
        phi=False,
        category="Fake athlete in software demo request",
        notes="Hard negative: vendor demo setup using a clearly fictitious demo athlete 'Demo Player' with made-up injury.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="support@sidelinerecordpro.com",
        subject="Demo tenant",
        body="For Thursday's demo please preload a fake athlete (Demo Player, #00, DOB 01/01/2000, 'ankle sprain' sample record) so coaches can see the workflow. Do not import our real roster until the BAA/DPA is signed."
        + SIG,
    ),
]
