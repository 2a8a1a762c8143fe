"""Outbound mail of Northfield University Athletics Sports Medicine (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, typographic punctuation)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

HL7_LAB = (
    "\r".join(
        [
            "MSH|^~\\&|NU_SPORTSMED|NORTHFIELD|LIS|VALLEYLABS|202610221005||ORM^O01|NUSM0392|P|2.3",
            "PID|1||NU-SA-20417^^^NUSM^MR||ABERNATHY^SIENNA^R||20050309|F|||NU Box 4471^^Northfield^MN^55057||(507)555-0139",
            "ORC|NW|NUL0392",
            "OBR|1|NUL0392||CBC^Complete blood count~FERR^Ferritin|||202610221000",
            "DG1|1||D50.9^Iron deficiency anemia, unspecified^I10",
            "NTE|1||Cross-country runner, fatigue and declining times",
        ]
    )
    + "\r"
)

X12_270 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*NORTHFIELDSM   *ZZ*BLUEPRAIRIE    *261022*0815*^*00501*000000392*0*P*:",
            "GS*HS*NORTHFIELDSM*BLUEPRAIRIE*20261022*0815*392*X*005010X279A1",
            "ST*270*0001*005010X279A1",
            "BHT*0022*13*NUSM392*20261022*0815",
            "NM1*PR*2*BLUE PRAIRIE HEALTH PLAN*****PI*41207",
            "NM1*1P*2*NORTHFIELD UNIVERSITY SPORTS MEDICINE*****XX*1981026473",
            "NM1*IL*1*OYELARAN*TOBI****MI*BPH70331842",
            "DMG*D8*20040117*M",
            "DTP*291*D8*20261022",
            "EQ*AE",
            "SE*10*0001",
            "GE*1*392",
            "IEA*1*000000392",
        ]
    )
    + "~\n"
)

FHIR_Q = """{
  "resourceType": "Questionnaire",
  "id": "nu-ppe-2027",
  "status": "active",
  "title": "Northfield Athletics Pre-Participation History (blank template)",
  "item": [
    {"linkId": "1", "text": "Has a doctor ever denied or restricted your participation in sports?", "type": "boolean"},
    {"linkId": "2", "text": "Have you ever passed out during or after exercise?", "type": "boolean"},
    {"linkId": "3", "text": "Do you have sickle cell trait or disease?", "type": "choice"},
    {"linkId": "4", "text": "How many concussions have you had?", "type": "integer"}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="concussion return-to-play status to head coach",
        notes="Named athlete's concussion protocol stage sent to coach.",
        frm="Head Athletic Trainer <mkessler@athletics.northfield.edu>",
        to="coach.brandt@athletics.northfield.edu",
        subject="Holloway - RTP update",
        body=(
            "Coach,\n\nEthan Holloway is symptom-free as of Monday and passed stage 3 (non-contact drills) today. If stage 4 "
            "goes fine tomorrow he can do full-contact practice Thursday; Dr. Singh signs final clearance Friday. He is NOT "
            "available for Saturday's game unless cleared.\n\nMike Kessler, MS, ATC\nNorthfield Sports Medicine"
        ),
    ),
    Spec(
        phi=True,
        category="daily injury report workbook to coaching staff",
        notes="Hard positive: multi-sheet injury report listing athletes by name with injuries and availability.",
        frm="Sports Medicine <sportsmed@athletics.northfield.edu>",
        to="wsoccer-staff@athletics.northfield.edu",
        subject="Injury report 10/21",
        body="Today's report attached. Status key on sheet 2.",
        atts=(
            Att(
                "WSOC_injury_report_1021.xlsx",
                XLSX,
                xlsx(
                    {
                        "Report": [
                            ["Athlete", "Injury", "Status", "Expected return"],
                            ["Priya Dasgupta", "L ankle sprain gr 2", "OUT", "10/30"],
                            ["Marisa Okoye", "Concussion - day 4", "OUT", "TBD"],
                            ["Hannah Liebl", "R hamstring strain", "LIMITED", "10/24"],
                        ],
                        "Key": [
                            ["Code", "Meaning"],
                            ["OUT", "No practice"],
                            ["LIMITED", "Non-contact only"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse MCL injury note to position coach",
        notes="Hard positive: terse one-liner with jersey number, surname and MCL grade.",
        frm="Dana Ruiz ATC <druiz@athletics.northfield.edu>",
        to="olcoach@athletics.northfield.edu",
        subject="#72",
        body="#72 Bakowski - gr 2 MCL L, brace + rehab, out 3-4 wks. MRI Thurs to r/o meniscus.",
    ),
    Spec(
        phi=True,
        category="ACL tear update to parent",
        notes="Athlete's ACL tear and surgical referral explained to parent's gmail.",
        frm="Team Physician <asingh@athletics.northfield.edu>",
        to="karen.vandermolen@gmail.com",
        subject="Update on Josh's knee",
        body=(
            "Mrs. Vandermolen,\n\nJosh asked me to update you. His MRI confirms a complete tear of the right ACL with a small "
            "lateral meniscus tear. I've referred him to Dr. Lena Voss at Summit Ridge Orthopaedics; surgery would likely be "
            "in about three weeks once swelling settles. His season is over, but he's in good spirits.\n\n"
            "Please call me with any questions.\nArjun Singh, MD, Head Team Physician"
        ),
    ),
    Spec(
        phi=True,
        category="stress fracture result to mother by first name",
        notes="Hard positive: only the athlete's first name, sent to her mother's hotmail, with the bone scan result.",
        frm="Sports Medicine Clinic <clinic@athletics.northfield.edu>",
        to="dmcallister@hotmail.com",
        subject="Kayla's scan",
        body=(
            "Hi Diane,\n\nAs promised, Kayla's bone scan shows a stress fracture of the second metatarsal on her left foot. "
            "She'll be in a boot for 4-6 weeks with no running. We'll also check vitamin D and talk with our dietitian. "
            "She's taking it hard - a note from home would help.\n\nJen Albrecht, ATC"
        ),
    ),
    Spec(
        phi=True,
        category="orthopaedic referral letter docx",
        notes="Referral DOCX to outside surgeon with athlete name, DOB and shoulder dislocation history.",
        frm="Team Physician <asingh@athletics.northfield.edu>",
        to="referrals@summitridgeortho.com",
        subject="Referral - recurrent shoulder instability",
        body="Dr. Voss - referral letter attached for one of our swimmers. Thanks for fitting him in.\n\nArjun Singh, MD",
        atts=(
            Att(
                "Referral_Thibodeaux.docx",
                DOCX,
                docx(
                    [
                        "Northfield University Sports Medicine - Referral",
                        "Athlete: Remy Thibodeaux  DOB 11/22/2005  Student ID 0884312",
                        "Third anterior dislocation of left shoulder on 10/18/2026, reduced on deck.",
                        "MRI arthrogram: Bankart lesion with small Hill-Sachs; question of bony Bankart.",
                        "Request: surgical consultation for stabilization.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="sickle cell trait screening result to athlete",
        notes="Named athlete's sickle cell trait lab result sent to personal mailbox.",
        frm="Sports Medicine Clinic <clinic@athletics.northfield.edu>",
        to="dayo.f.adeyemi@gmail.com",
        subject="Your pre-participation screening",
        body=(
            "Dayo,\n\nYour hemoglobin electrophoresis from the pre-participation physical shows sickle cell trait (HbAS). You "
            "are cleared to play. Trait is common and usually harmless, but it matters during intense conditioning: hydrate, "
            "build up gradually, and stop and tell a trainer right away if you have cramping or weakness. Let's meet for 15 "
            "minutes this week to go over the precautions.\n\nDr. Arjun Singh"
        ),
    ),
    Spec(
        phi=True,
        category="ECG screening PDF to cardiology",
        notes="Hard positive: body says 'one athlete'; the PDF names the athlete with ECG findings.",
        frm="Sports Medicine <sportsmed@athletics.northfield.edu>",
        to="referrals@northstarheart.com",
        subject="ECG for review",
        body="Dr. Haugen - screening ECG for one athlete attached; we'd appreciate an echo and your read before he returns to practice.",
        atts=(
            Att(
                "ECG_screen.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHFIELD UNIVERSITY SPORTS MEDICINE - ECG SCREENING",
                        "Athlete: Caleb Rosenquist   DOB 03/14/2006   Sport: Men's basketball",
                        "Findings: T-wave inversion V1-V4, voltage criteria for LVH",
                        "Family history: uncle sudden death age 34",
                        "Status: held from participation pending cardiology",
                    ],
                    "ECG screen",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry for athlete",
        notes="Hard positive: eligibility request file with athlete name, DOB and member ID; body is a one-line cover.",
        frm="Athletics Insurance Coordinator <insurance@athletics.northfield.edu>",
        to="edi@blueprairiehealth.com",
        subject="270 batch 392",
        body="Eligibility batch attached.",
        atts=(Att("NUSM_270_392.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="disordered eating referral to counseling center",
        notes="Named athlete referred for positive disordered-eating screen and low weight.",
        frm="Sports Dietitian <rtorres@athletics.northfield.edu>",
        to="intake@counseling.northfield.edu",
        subject="Referral - confidential",
        body=(
            "Hello,\n\nI'm referring Olivia Strand (gymnastics, sophomore) for evaluation. Her EAT-26 screen was 31, she has "
            "lost 6 kg since August and has had no period for four months. She agreed to the referral. Dr. Singh is checking "
            "labs and a bone density scan.\n\nRosa Torres, RD, CSSD"
        ),
    ),
    Spec(
        phi=True,
        category="medical hardship waiver to conference office",
        notes="Hard positive: waiver PDF to conference names athlete with season-ending surgery and dates.",
        frm="Compliance & Sports Medicine <compliance@athletics.northfield.edu>",
        to="waivers@greatplainsconference.org",
        subject="Medical hardship waiver request - women's volleyball",
        body="Attached is our hardship waiver request with the physician statement. Student-athlete authorization is on file.",
        atts=(
            Att(
                "hardship_waiver_WVB.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHFIELD UNIVERSITY ATHLETICS - MEDICAL HARDSHIP WAIVER",
                        "Student-athlete: Brooke Lindgren  Sport: Volleyball",
                        "Injury date: 09/06/2026 (competition 2 of 24)",
                        "Diagnosis: complete left Achilles tendon rupture; repair 09/09/2026",
                        "Physician statement: out for remainder of 2026 season - A. Singh, MD",
                    ],
                    "Hardship waiver",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="positive drug test notification to athlete",
        notes="Hard positive: named athlete told of a positive THC test and required counseling; substance use information.",
        frm="Drug Testing Program <drugtesting@athletics.northfield.edu>",
        to="t.marchbanks@outlook.com",
        subject="Confidential - meeting required",
        body=(
            "Tyler,\n\nYour institutional test collected 10/14 was positive for THC metabolite (62 ng/mL). Under the policy "
            "this is a first positive: you must complete the substance use assessment at Counseling Services within 10 days "
            "and you'll be retested in 30 days. Please meet with me Wednesday at 2 pm.\n\nLinda Oduya\nDrug Education Coordinator"
        ),
    ),
    Spec(
        phi=True,
        category="travel roster with allergies to charter airline",
        notes="Hard positive: headerless CSV pairs athlete names with allergies and EpiPen needs, sent to a charter company.",
        frm="Team Operations <teamops@athletics.northfield.edu>",
        to="groups@skylinecharter.com",
        subject="Manifest + special handling, Fri flight",
        body="Manifest attached. Please note the flagged lines for catering and cabin crew.",
        atts=(
            Att(
                "manifest_1023.csv",
                "text/csv",
                "Ortega,Samuel,,\nPike,Nora,peanut/tree nut,EpiPen x2 in carry-on\nQuist,Andrew,,\n"
                "Rahimi,Leyla,celiac,GF meal\nSoto,Diego,bee sting,EpiPen\nTurnbull,Grace,type 1 diabetes,insulin pump + supplies\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="orthopaedic appointment invite to athlete",
        notes="Calendar invite to athlete's personal mailbox naming her knee MRI follow-up with a surgeon.",
        frm="Sports Medicine Clinic <clinic@athletics.northfield.edu>",
        to="ella.brandvold@yahoo.com",
        subject="Ortho appointment booked",
        body="Ella - you're booked with Dr. Voss. Bring your MRI disc. Invite attached.",
        atts=(
            Att(
                "ortho_appt.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Northfield Sports Med//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
                "UID:nusm-ortho-5520@athletics.northfield.edu\nDTSTAMP:20261021T150000Z\nDTSTART:20261028T190000Z\n"
                "DTEND:20261028T194500Z\nSUMMARY:Ella Brandvold - knee MRI review (patellar dislocation) with Dr. Voss\n"
                "LOCATION:Summit Ridge Orthopaedics, 400 Medical Pkwy\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 lab order to reference lab",
        notes="HL7 order file with athlete name, MRN, DOB and iron-deficiency diagnosis.",
        frm="Sports Medicine Clinic <clinic@athletics.northfield.edu>",
        to="support@valleylabs.com",
        subject="Order didn't cross - NUL0392",
        body="This order never showed up on your side. HL7 file attached; please process against this morning's draw.",
        atts=(Att("NUL0392.hl7", "application/hl7-v2", HL7_LAB),),
    ),
    Spec(
        phi=True,
        category="HTML-only rehab plan to athlete",
        notes="HTML-only rehab plan to athlete's hotmail naming her and hamstring strain exercises.",
        frm="Rehab Staff <rehab@athletics.northfield.edu>",
        to="hliebl22@hotmail.com",
        subject="Your rehab plan this week",
        body="",
        html=(
            "<html><body><p>Hi Hannah,</p><p>Here's your plan for the <b>right hamstring strain</b>:</p><ul>"
            "<li>Mon/Wed: Nordic eccentrics 3x5, bridges</li><li>Tue/Thu: tempo runs at 70%</li>"
            "<li>Fri: sprint test with Dana</li></ul><p>Ice after sessions. See you at 7 am.</p>"
            "<p>- Northfield Sports Medicine Rehab</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded athlete knee message to coach",
        notes="Hard positive: forward to coach of the athlete's own message describing his knee swelling and missed practices.",
        frm="Dana Ruiz ATC <druiz@athletics.northfield.edu>",
        to="coach.brandt@athletics.northfield.edu",
        subject="Fwd: knee",
        body="Coach - FYI, see below. I'll evaluate him at 3. - Dana",
        forward=Spec(
            phi=True,
            category="athlete message",
            notes="original",
            frm="Jordan Pettaway <jpettaway@student.northfield.edu>",
            to="druiz@athletics.northfield.edu",
            subject="knee",
            body="Hey Dana my right knee swelled up again after lifting and it's locking when I squat. I took 4 Advil. Can I skip practice today?\n- Jordan",
        ),
    ),
    Spec(
        phi=True,
        category="concussion baseline scores zip to neuropsychologist",
        notes="Zip of named athletes' concussion baseline and post-injury cognitive scores sent to consultant.",
        frm="Sports Medicine <sportsmed@athletics.northfield.edu>",
        to="dr.wexler@lakesneuropsych.com",
        subject="Baseline vs post-injury scores - 3 athletes",
        body="Dr. Wexler, as discussed, the three files are zipped. Our consult agreement covers this.\n\nMike",
        atts=(
            Att(
                "concussion_scores.zip",
                "application/zip",
                zipped(
                    {
                        "scores.csv": (
                            "athlete,sport,baseline_verbal,post_verbal,baseline_reaction,post_reaction,injury_date\n"
                            "Marisa Okoye,soccer,88,71,0.58,0.71,2026-10-17\n"
                            "Ethan Holloway,football,91,84,0.55,0.60,2026-10-10\n"
                            "Lucas Brenner,hockey,79,66,0.62,0.79,2026-10-19\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="aggregate injury surveillance submission",
        notes="Hard negative: injury counts and rates by sport with no athlete identifiers.",
        frm="Sports Medicine <sportsmed@athletics.northfield.edu>",
        to="isp@collegiateinjurywatch.org",
        subject="Fall 2026 mid-season counts",
        body="Mid-season aggregate counts attached (athlete-exposures in the last column).",
        atts=(
            Att(
                "nu_fall_midseason.csv",
                "text/csv",
                "sport,concussions,ankle_sprains,acl_tears,other,athlete_exposures\nfootball,7,12,2,31,9800\n"
                "women_soccer,3,8,1,9,3100\nvolleyball,0,5,0,6,2200\ncross_country,0,1,0,11,2700\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="heat illness policy PDF to coaches",
        notes="Hard negative: heat illness policy with symptoms and treatment steps; no individual.",
        frm="Head Athletic Trainer <mkessler@athletics.northfield.edu>",
        to="allcoaches@athletics.northfield.edu",
        subject="Heat policy reminder for preseason planning",
        body="Please review the attached before building spring practice plans.",
        atts=(
            Att(
                "NU_heat_policy.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHFIELD UNIVERSITY ATHLETICS - EXERTIONAL HEAT ILLNESS POLICY",
                        "WBGT over 90.1 F: no outdoor practice",
                        "Signs of heat stroke: confusion, collapse, core temp over 104 F",
                        "Treatment: cold-water immersion before transport - cool first, transport second",
                    ],
                    "Heat policy",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="athletic training supply order",
        notes="Supply order for tape, prewrap and ice bags; no health information about anyone.",
        frm="Sports Medicine <sportsmed@athletics.northfield.edu>",
        to="orders@collegiatesportsupply.com",
        subject="PO NU-AT-2291",
        body="Please ship: 48 cases 1.5in white tape, 20 cases prewrap, 10 boxes ice bags, 6 bottles Skin-Lube. Bill to PO NU-AT-2291.\n\nThanks,\nSports Med Office",
    ),
    Spec(
        phi=False,
        category="HTML staff bio of team physician",
        notes="Hard negative: HTML-only athletics website bio of a team physician listing concussion and ACL expertise, plus an internal note with his NPI and DEA; no patient.",
        frm="Athletics Communications <web@athletics.northfield.edu>",
        to="webteam@northfield.edu",
        subject="Staff page copy - Dr. Singh",
        body="",
        html=(
            "<html><body><h3>Arjun Singh, MD - Head Team Physician</h3><p>Dr. Singh is board-certified in family medicine "
            "with a CAQ in sports medicine. His clinical interests include concussion management, ACL injury prevention "
            "and cardiac screening of athletes. He joined Northfield in 2019.</p>"
            "<p>(Internal credential file only, do not publish: NPI 1444660587, DEA AS3039484.)</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="game coverage schedule for athletic trainers",
        notes="Calendar of event coverage assignments for staff trainers; no athlete health data.",
        frm="Head Athletic Trainer <mkessler@athletics.northfield.edu>",
        to="at-staff@athletics.northfield.edu",
        subject="Saturday coverage",
        body="Coverage for Saturday's home football game: Dana sideline, Jen medical tent, Mike with the visiting team. Invite below.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Northfield Sports Med//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:nusm-cov-1024@athletics.northfield.edu\nDTSTAMP:20261020T120000Z\nDTSTART:20261024T160000Z\n"
            "DTEND:20261024T230000Z\nSUMMARY:Football home game - AT coverage\nLOCATION:Haugland Stadium\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research dataset to kinesiology",
        notes="Hard negative: multi-sheet workbook of hashed study IDs, age in years and jump metrics under IRB; no direct identifiers.",
        frm="Sports Science <sportscience@athletics.northfield.edu>",
        to="kin-lab@northfield.edu",
        subject="De-identified force plate export (IRB 2026-114)",
        body="Per the IRB protocol, the key linking study IDs to athletes stays in our office. Export attached.",
        atts=(
            Att(
                "forceplate_deid.xlsx",
                XLSX,
                xlsx(
                    {
                        "Jumps": [
                            ["study_id", "age", "sex", "sport", "cmj_height_cm", "rsi_mod"],
                            ["S-7f21", 20, "F", "soccer", 31.4, 0.42],
                            ["S-0c9a", 19, "M", "basketball", 44.8, 0.61],
                        ],
                        "Codebook": [
                            ["field", "meaning"],
                            ["rsi_mod", "Reactive strength index modified"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="assistant athletic trainer job posting",
        notes="Hard negative: job ad mentioning concussion protocols and injury documentation; no individual.",
        frm="Athletics HR <hr@athletics.northfield.edu>",
        to="jobs@nata-careercenter.org",
        subject="Posting: Assistant Athletic Trainer (Football)",
        body=(
            "Northfield University seeks an Assistant Athletic Trainer. Responsibilities include injury evaluation, "
            "concussion protocol management, rehabilitation and injury documentation in the EMR. BOC certification and "
            "Minnesota licensure required."
        ),
    ),
    Spec(
        phi=False,
        category="AED inspection log with device serials",
        notes="Hard negative: AED inspection log with device serial numbers and locations; device identifiers not tied to any person.",
        frm="Sports Medicine <sportsmed@athletics.northfield.edu>",
        to="ehs@northfield.edu",
        subject="October AED checks",
        body=(
            "All athletic facility AEDs checked 10/20:\n\nHaugland Stadium press box - SN 7A4410992 - OK\n"
            "Field house lobby - SN 7A4413580 - pads expire 01/2027, reordered\nAquatic center - SN 7A4409871 - OK\n"
        ),
    ),
    Spec(
        phi=False,
        category="sports medicine symposium invitation",
        notes="Invitation to regional symposium; topics only.",
        frm="Sports Medicine <sportsmed@athletics.northfield.edu>",
        to="members@mnathletictrainers.org",
        subject="Save the date: Northfield Sports Medicine Symposium, March 6",
        body="Topics: ACL return-to-sport testing, RED-S in endurance athletes, sideline cervical spine management. 6 CEUs. Registration opens in December.",
    ),
    Spec(
        phi=False,
        category="fictional teaching case for AT students",
        notes="Hard negative: invented teaching case (a 19-year-old soccer player) with no identifiers.",
        frm="AT Program Director <atprogram@athletics.northfield.edu>",
        to="at-students@northfield.edu",
        subject="Case for Thursday lab",
        body=(
            "Case 7 (fictional): a 19-year-old soccer forward lands awkwardly, hears a pop, and cannot bear weight. Lachman "
            "is positive with a soft end-point. Work through: on-field exam, immediate management, referral decision, and "
            "what you'd tell the coach within privacy rules."
        ),
    ),
    Spec(
        phi=False,
        category="mouthguard fitting day reminder to athlete",
        notes="Hard negative: generic team-wide mouthguard fitting reminder sent to one athlete's gmail; no health information about her.",
        frm="Sports Medicine <sportsmed@athletics.northfield.edu>",
        to="gracie.h.turnbull@gmail.com",
        subject="Mouthguard fitting Tuesday",
        body="Hi! All field hockey players: the dental vendor is in the training room Tuesday 3-6 pm for custom mouthguard fittings. No appointment needed. - Sports Med",
    ),
    Spec(
        phi=False,
        category="drug testing policy with blank result form",
        notes="Hard negative: drug-testing policy excerpt with blank form fields; no athlete.",
        frm="Drug Testing Program <drugtesting@athletics.northfield.edu>",
        to="teamcaptains@athletics.northfield.edu",
        subject="2026-27 drug education and testing policy",
        body=(
            "Captains - please share with your teams. Key points: random testing year-round; results go only to the "
            "Drug Education Coordinator and team physician; the notification form includes Athlete Name: ____, Date collected: "
            "____, Result: ____, Sanction level: ____. Full policy in the handbook."
        ),
    ),
    Spec(
        phi=False,
        category="forwarded cold tub vendor quote",
        notes="Forwarded vendor quote for hydrotherapy equipment; no patient.",
        frm="Head Athletic Trainer <mkessler@athletics.northfield.edu>",
        to="purchasing@northfield.edu",
        subject="Fwd: Quote - cold plunge units",
        body="Purchasing - please process the quote below against the facilities gift fund.",
        forward=Spec(
            phi=False,
            category="vendor quote",
            notes="original",
            frm="Sales <sales@arcticrecoverysystems.com>",
            to="mkessler@athletics.northfield.edu",
            subject="Quote - cold plunge units",
            body="Quote Q-8812: 2x ARS-400 cold plunge tubs, $14,900 each, installation included. Valid 30 days.",
        ),
    ),
    Spec(
        phi=False,
        category="brace and equipment inventory workbook",
        notes="Hard negative: multi-sheet inventory of braces and devices by size and serial; no athlete assigned.",
        frm="Sports Medicine <sportsmed@athletics.northfield.edu>",
        to="equipment@athletics.northfield.edu",
        subject="Inventory - braces & modalities",
        body="End-of-month inventory attached.",
        atts=(
            Att(
                "inventory_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Braces": [
                            ["Item", "Size", "On hand"],
                            ["Knee hinged", "M", 6],
                            ["Ankle lace-up", "L", 14],
                        ],
                        "Modalities": [
                            ["Device", "Serial", "Last calibrated"],
                            ["Ultrasound unit", "US-22-0481", "2026-08"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="conference registration confirmation",
        notes="Staff conference registration and travel; no patient.",
        frm="Sports Medicine Office <smoffice@athletics.northfield.edu>",
        to="registration@ncaaatconference.org",
        subject="Group registration - 4 staff",
        body="Registering Mike Kessler, Dana Ruiz, Jen Albrecht and Rosa Torres for the January meeting. Invoice to Northfield Athletics, PO NU-AT-2304.",
    ),
    Spec(
        phi=False,
        category="venue emergency action plan PDF",
        notes="Hard negative: emergency action plan with venue address and EMS phone numbers; no patient.",
        frm="Head Athletic Trainer <mkessler@athletics.northfield.edu>",
        to="dispatch@ricecountyems.org",
        subject="Updated EAP - Haugland Stadium",
        body="Updated venue EAP attached, including the new ambulance gate.",
        atts=(
            Att(
                "EAP_Haugland.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHFIELD UNIVERSITY ATHLETICS - EMERGENCY ACTION PLAN - HAUGLAND STADIUM",
                        "Address: 1200 College Ave, Northfield MN 55057 - ambulance gate on 3rd St",
                        "AED: press box and north tunnel; splints and spine board in north tunnel",
                        "Call 911, then AT office 507-555-0110",
                    ],
                    "EAP",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank pre-participation FHIR questionnaire",
        notes="Hard negative: FHIR Questionnaire template of health-history questions with no respondent or answers.",
        frm="Sports Medicine IT <smit@athletics.northfield.edu>",
        to="integrations@athleteehr.com",
        subject="PPE form definition for import",
        body="Attached is the blank FHIR Questionnaire for our 2027 pre-participation form. No responses included.",
        atts=(Att("nu_ppe_questionnaire.json", "application/fhir+json", FHIR_Q),),
    ),
    Spec(
        phi=False,
        category="staff meeting agenda",
        notes="Staff meeting agenda; no individual health content.",
        frm="Head Athletic Trainer <mkessler@athletics.northfield.edu>",
        to="at-staff@athletics.northfield.edu",
        subject="Agenda - Monday staff meeting",
        body="1. Winter coverage assignments\n2. EMR documentation audit results (department-wide)\n3. New student aide training\n4. Budget requests due 11/15",
    ),
    Spec(
        phi=False,
        category="team-wide GI illness notice to coaches",
        notes="Hard negative: notice that a stomach bug is circulating in the athletics dorm with hygiene steps; no athlete named.",
        frm="Team Physician <asingh@athletics.northfield.edu>",
        to="allcoaches@athletics.northfield.edu",
        subject="GI bug going around - hygiene reminders",
        body=(
            "Coaches,\n\nWe've seen a cluster of vomiting/diarrhea illness in the athlete residence hall this week, likely "
            "norovirus. Please: no shared water bottles, sanitize weight-room equipment, and send anyone with symptoms to the "
            "clinic rather than to practice. No names will be shared; we'll tell you only about availability.\n\nDr. Singh"
        ),
    ),
]
