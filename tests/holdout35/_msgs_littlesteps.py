"""Little Steps Pediatric Therapy: SLPs, OTs, feeding team, intake, billing, admin."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import LST, SKD, Att, Spec

SIG_SLP = (
    "\n\nWarmly,\nNadia Petrosyan, M.S., CCC-SLP\nLittle Steps Pediatric Therapy\n"
    "Speech | Occupational | Feeding\n"
)
DISC = (
    "\n\nThis message is intended only for the named recipient and may contain information "
    "protected by law. If you are not the intended recipient, delete it and notify us.\n"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="home program to parent after speech session",
        notes="Hard positive: first name + stuttering therapy home practice to a parent's gmail",
        frm=f"Nadia Petrosyan <npetrosyan@{LST}>",
        to="jess.and.mark.obrien@gmail.com",
        subject="this week's practice",
        body=(
            "Hi Jess!\n\nGreat session with Owen today. His stuttering was noticeably lighter "
            "when we used easy onsets. For this week:\n\n1. 5 minutes of 'turtle talk' reading "
            "each night\n2. Don't finish his words for him\n3. Note any days with lots of blocks "
            "in the log I sent\n\nSee you Tuesday!" + SIG_SLP
        ),
    ),
    Spec(
        phi=False,
        category="parent education handout general",
        notes="Hard negative: handout on speech milestones and feeding red flags, no child",
        frm=f"Nadia Petrosyan <npetrosyan@{LST}>",
        to="directors@harborpreschoolcoop.org",
        subject="Handout for your parent night",
        body=(
            "Hi Amara, as promised, the milestone handout for Thursday's parent night. Feel free "
            "to copy it." + SIG_SLP
        ),
        atts=(Att("Speech_and_feeding_milestones.pdf", "application/pdf", pdf([
            "LITTLE STEPS PEDIATRIC THERAPY",
            "By 18 months: about 20 words. By 2 years: two-word phrases.",
            "Feeding red flags: coughing or choking with most meals, fewer than 20 accepted foods,",
            "weight loss, meals longer than 30 minutes. Ask your pediatrician about a referral.",
        ], "Milestones")),),
    ),
    Spec(
        phi=True,
        category="OT evaluation report to school",
        notes="DOCX OT evaluation with name, DOB, sensory processing disorder, to school district",
        frm=f"Grace Mbeki-Tan <gmbekitan@{LST}>",
        to="special.ed@harborunified.k12.ca.us",
        subject="OT eval per signed release",
        body=(
            "Hello Mr. Castellanos,\n\nPer the release signed by the family on 11/2, attached is "
            "the OT evaluation for the IEP meeting.\n\nGrace Mbeki-Tan, OTR/L" + DISC
        ),
        atts=(Att("OT_Eval_Delacroix_Noah.docx", DOCX, docx([
            "Little Steps Pediatric Therapy - Occupational Therapy Evaluation",
            "Client: Noah Delacroix   DOB: 02/11/2020   Eval date: 10/29/2026",
            "Referral dx: F88 global developmental delay; R62.50",
            "Findings: BOT-2 fine motor composite 31 (well below average); SPM-2 definite "
            "dysfunction",
            "Recommendation: OT 2x/week x 6 months; weighted vest trial in classroom",
        ])),),
    ),
    Spec(
        phi=False,
        category="aggregate outcomes report to board",
        notes="Hard negative: program outcomes with diagnoses as counts only",
        frm=f"Helen Ashworth <hashworth@{LST}>",
        to="board@littlestepstherapy.org",
        subject="Q3 outcomes dashboard",
        body=(
            "Board members,\n\nQ3 highlights:\n- 412 active clients (speech 61%, OT 27%, feeding "
            "12%)\n"
            "- 78% met at least one goal in 90 days\n- Autism spectrum diagnoses: 134 clients\n"
            "- Feeding program waitlist down from 9 to 5 weeks\n- No-show rate 11.4%\n\nFull "
            "dashboard in the board portal.\n\nHelen Ashworth, Executive Director"
        ),
    ),
    Spec(
        phi=True,
        category="feeding therapy weight check to pediatrician",
        notes=(
            "Hard positive: feeding client's weight, G-tube wean and formula, identified by "
            "initials + DOB"
        ),
        frm=f"Camila Ruiz <cruiz@{LST}>",
        to="nurse.line@baysidepediatrics.com",
        subject="G-tube wean update",
        body=(
            "Hi Bayside nurses,\n\nUpdate on our shared pt A.T. (DOB 06/30/2023): oral intake now "
            "~480 mL/day PediaSure Peptide + purees; weight today 10.9 kg (down 0.2 kg in 2 wks). "
            "Per Dr. Lowe's plan we'll hold the wean at 50% bolus until GI f/u on 12/8. Please "
            "let me know if you want a different plan.\n\nCamila Ruiz, OTR/L, feeding specialist"
        ),
    ),
    Spec(
        phi=False,
        category="new clinician welcome",
        notes="Hard negative: staff announcement with clinician specialties and credentials",
        frm=f"Helen Ashworth <hashworth@{LST}>",
        to=f"team@{LST}",
        subject="Welcome Dr. Imani Carter, SLP.D.!",
        body=(
            "Please welcome Dr. Imani Carter, SLP.D., CCC-SLP, joining us Monday. Imani "
            "specializes in childhood apraxia of speech and AAC, and spent 6 years at Children's "
            "Hospital's cleft palate team. NPI: 1080175056. She'll be at the Harbor office "
            "Mon/Wed/Fri.\n\nHelen"
        ),
    ),
    Spec(
        phi=True,
        category="authorization spreadsheet to payer",
        notes="XLSX with member ids, names, diagnosis codes and visits authorized, 2 sheets",
        frm=f"Brandon Kealoha <bkealoha@{LST}>",
        to="um.requests@harborkidscare-mco.com",
        subject="Reauth requests - December",
        body=(
            "Hi UM team, December reauthorization requests attached. Progress notes to follow by "
            "fax."
        ),
        atts=(Att("LST_reauth_Dec2026.xlsx", XLSX, xlsx({
            "Requests": [
                ["Member ID", "Name", "DOB", "ICD-10", "Discipline", "Visits requested"],
                ["HKC31184520", "Adebayo, Temi", "2021-05-14", "F80.2", "ST", 24],
                ["HKC31977035", "Castillo, Diego", "2019-12-03", "F84.0", "OT", 24],
                ["HKC32044618", "Nguyen, Bao", "2022-08-21", "R63.3", "Feeding", 16],
            ],
            "Contacts": [
                ["Member ID", "Guardian", "Phone"],
                ["HKC31184520", "Folake Adebayo", "555-019-3341"],
                ["HKC31977035", "Rosa Castillo", "555-019-7720"],
            ],
        })),),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes=(
            "Hard negative: de-identified study extract with study ids, age bands, diagnosis "
            "groups"
        ),
        frm=f"Dr. Imani Carter <icarter@{LST}>",
        to="apraxia.study@westcoastuniversity.edu",
        subject="De-identified extract, site 04",
        body=(
            "Hi Dr. Lindgren,\n\nSite 04 extract attached. Per the DUA, identifiers are removed; "
            "ages are banded and dates shifted to study week. Linking key stays here.\n\nImani"
        ),
        atts=(Att("site04_deid.csv", "text/csv",
            "study_id,age_band,sex,dx_group,baseline_pcc,week12_pcc\n"
            "S04-001,3-4,M,CAS,41,58\nS04-002,4-5,F,CAS,37,49\nS04-003,3-4,M,CAS+ASD,22,30\n"
            "S04-004,5-6,F,CAS,55,71\n"),),
    ),
    Spec(
        phi=True,
        category="misdirected progress note to wrong parent",
        notes="Hard positive: progress note about one child sent to another family's hotmail",
        frm=f"Nadia Petrosyan <npetrosyan@{LST}>",
        to="k.vasquez.family@hotmail.com",
        subject="Progress note - fall",
        body=(
            "Hello,\n\nAttached is the fall progress summary we discussed.\n" + SIG_SLP
        ),
        atts=(Att("progress_fall_2026.txt", "text/plain",
            "LITTLE STEPS PEDIATRIC THERAPY - SPEECH PROGRESS SUMMARY\n"
            "Client: Amelia Rosenthal    DOB 01/22/2021\n"
            "Dx: F80.1 expressive language disorder; hearing WNL (audiology 4/2026)\n"
            "Goal 1 (2-word combos, 80%): MET\nGoal 2 (/k/ /g/ initial position): 55%, "
            "progressing\n"
            "Plan: continue ST 1x/week\n"),),
    ),
    Spec(
        phi=False,
        category="rent and facilities",
        notes="Facilities mail about sensory gym renovation, no clients",
        frm=f"Helen Ashworth <hashworth@{LST}>",
        to="leasing@harborcommonsproperties.com",
        subject="Sensory gym ceiling anchors",
        body=(
            "Hi Paul,\n\nOur contractor needs to install two rated ceiling anchors in suite 210 "
            "for suspended swings (400 lb rating each). Can building engineering sign off before "
            "12/1? Certificate of insurance attached.\n\nHelen"
        ),
        atts=(Att("COI_LittleSteps_2026.pdf", "application/pdf", pdf([
            "LITTLE STEPS PEDIATRIC THERAPY - Certificate of Liability Insurance",
            "Policy GL-88301275, term 01/01/2026-01/01/2027",
        ], "COI")),),
    ),
    Spec(
        phi=True,
        category="FHIR referral bundle from pediatrician",
        notes=(
            "Hard positive: FHIR ServiceRequest+Patient JSON forwarded to intake partner, body "
            "vague"
        ),
        frm=f"Intake <intake@{LST}>",
        to="intake@sunrisekidsdental.com",
        subject="Referral packet (FHIR) as discussed",
        body=(
            "Sending the referral packet we received so your team can coordinate the feeding + "
            "dental visit."
        ),
        atts=(Att("referral_bundle.json", "application/fhir+json", (
            '{"resourceType":"Bundle","type":"collection","entry":['
            '{"resource":{"resourceType":"Patient","id":"p1","name":[{"family":"Achterberg","given":["Lucy"]}],'
            '"birthDate":"2022-03-17","telecom":[{"system":"phone","value":"555-013-6650"}]}},'
            '{"resource":{"resourceType":"ServiceRequest","status":"active","intent":"order",'
            '"subject":{"reference":"Patient/p1"},"code":{"text":"Feeding therapy evaluation"},'
            '"reasonCode":[{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"R63.31",'
            '"display":"Pediatric feeding disorder, acute"}]}]}}]}'
        )),),
    ),
    Spec(
        phi=False,
        category="CEU course registration",
        notes="Hard negative: staff training registration about feeding disorders and dysphagia",
        frm=f"Camila Ruiz <cruiz@{LST}>",
        to="registration@sosapproachtraining.com",
        subject="Group registration - 4 clinicians",
        body=(
            "Hello, we'd like to register 4 clinicians for the Feb 'Pediatric Dysphagia & ARFID' "
            "course: Camila Ruiz OTR/L, Nadia Petrosyan CCC-SLP, Jonah Feld CCC-SLP, Esi Mensah "
            "OTR/L. Please invoice Little Steps Pediatric Therapy, PO 530-91-4472.\n\nCamila"
        ),
    ),
    Spec(
        phi=True,
        category="no-show policy letter to family",
        notes="Attendance letter naming child and therapy services, to parent yahoo",
        frm=f"Front Office <frontoffice@{LST}>",
        to="marcus.bellweather@yahoo.com",
        subject="Attendance notice",
        body=(
            "Dear Mr. Bellweather,\n\nOur records show Ava missed three occupational therapy "
            "sessions in October (10/6, 10/20, 10/27) without 24-hour notice. Per our policy, "
            "a fourth missed visit will move her Thursday 4:00 slot to the waitlist. If something "
            "has changed, please call us - we can help find a time that works.\n\n"
            "Little Steps Front Office" + DISC
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA policy document",
        notes="Hard negative: privacy policy document full of PHI vocabulary, no individual",
        frm=f"Jonah Feld <jfeld@{LST}>",
        to=f"team@{LST}",
        subject="Updated texting & email policy (please read)",
        body=(
            "Team, the privacy committee approved the updated policy. Please read and attest by "
            "12/4."
        ),
        atts=(Att("Policy_PR-07_Electronic_Communication.docx", DOCX, docx([
            "Little Steps Pediatric Therapy - Policy PR-07 Electronic Communication",
            "Do not include a client's name, date of birth, diagnosis or session notes in a "
            "subject line.",
            "Use the portal for evaluation reports, progress notes and videos of sessions.",
            "Email to parents must be sent with [secure] in the subject.",
            "Report misdirected messages to the privacy officer within 24 hours.",
        ])),),
    ),
    Spec(
        phi=True,
        category="session video file name only",
        notes="Hard positive: PHI only in attachment file name (child's name + diagnosis)",
        frm=f"Grace Mbeki-Tan <gmbekitan@{LST}>",
        to="ot.supervision@pacificotfellowship.org",
        subject="clip for case review",
        body=(
            "Hi Dr. Sato, here's the clip for Thursday's review. Consent on file for training use."
        ),
        atts=(Att("Harper_Quintanilla_CP_hemiplegia_session_1104.zip", "application/zip", zipped({
            "clip_notes.txt": "Session clip 1 of 2. Bilateral hand use task, 4 minutes.\n",
        })),),
    ),
    Spec(
        phi=False,
        category="vendor quote AAC devices",
        notes="Hard negative: AAC device quote with serial numbers and model names",
        frm=f"Dr. Imani Carter <icarter@{LST}>",
        to="sales@talkbridgeaac.com",
        subject="Re: Quote Q-20415 loaner devices",
        body=(
            "Thanks Marcus. We'll take 3 loaner tablets (SN TB8-00412, TB8-00413, TB8-00419) "
            "for our lending library. Please confirm the warranty covers drops.\n\nImani\n\n"
            "> From: Marcus Hale\n> Quote Q-20415: 3x TalkBridge 8 loaner, $1,150 ea"
        ),
    ),
    Spec(
        phi=True,
        category="case coordination with dental office",
        notes=(
            "Hard positive: therapist to dental office about child's oral aversion before dental "
            "sedation"
        ),
        frm=f"Camila Ruiz <cruiz@{LST}>",
        to=f"Dr. Priya Anand <panand@{SKD}>",
        subject="Re: mutual patient - oral aversion",
        body=(
            "Dr. Anand,\n\nThanks for calling. Re: Zayan S. - he has significant oral "
            "aversion and gags with anything on the molars; we're 6 weeks into desensitization. "
            "Toothbrushing is improving. I'd suggest a flavorless topical and short tell-show-do "
            "before the sedation visit. Mom (Farah) is on board.\n\nCamila"
        ),
    ),
    Spec(
        phi=False,
        category="billing clearinghouse remittance summary",
        notes="Hard negative: aggregate remittance totals by payer, no patients",
        frm=f"Brandon Kealoha <bkealoha@{LST}>",
        to="cfo@littlestepstherapy.org",
        subject="October remits summary",
        body="",
        html=(
            "<html><body><p>October ERA totals:</p><ul><li>HarborKids Care MCO: $84,210 (612 "
            "claim lines, 3.1% denied)</li><li>Blue Shield: $22,905</li><li>Self-pay: $4,180</li>"
            "</ul><p>Top denial reason CO-197 (no auth), mostly feeding evals. Working on it.</p>"
            "<p>Brandon</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary to pediatrician",
        notes="Hard positive: C-CDA XML discharge from therapy with client name and goals",
        frm=f"Records <records@{LST}>",
        to="records@baysidepediatrics.com",
        subject="Discharge summary",
        body="Please find the discharge summary attached.",
        atts=(Att("discharge_ccd.xml", "application/xml", (
            '<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">'
            "<title>Therapy Discharge Summary</title><recordTarget><patientRole>"
            '<id extension="LST-11942" root="2.16.840.1.113883.3.9901"/>'
            "<patient><name><given>Mateus</given><family>Carvalho</family></name>"
            '<birthTime value="20200909"/></patient></patientRole></recordTarget>'
            "<component><section><title>Problems</title><text>F80.0 phonological disorder - "
            "resolved. Discharged 11/13/2026, all goals met.</text></section></component>"
            "</ClinicalDocument>\n"
        )),),
    ),
    Spec(
        phi=False,
        category="sample report template with fake child",
        notes=(
            "Hard negative: report template with placeholder 'Jane Sample' clearly labelled SAMPLE"
        ),
        frm=f"Jonah Feld <jfeld@{LST}>",
        to=f"slp@{LST}",
        subject="New eval template (SAMPLE filled in)",
        body=(
            "SLPs, new eval template attached with a SAMPLE filled in so you can see the flow. "
            "'Jane Sample' is fictional - do not copy her numbers into real reports.\n\nJonah"
        ),
        atts=(Att("SLP_eval_template_SAMPLE.docx", DOCX, docx([
            "*** SAMPLE - FICTIONAL CLIENT - TEMPLATE ONLY ***",
            "Client: Jane Sample   DOB: 01/01/20XX",
            "Assessment: PLS-5 Auditory Comprehension SS __ ; Expressive Communication SS __",
            "Impressions: [diagnosis statement]",
        ])),),
    ),
    Spec(
        phi=True,
        category="waitlist roster csv to partner",
        notes="Hard positive: waitlist CSV with child names, parent phones and referral reason",
        frm=f"Intake <intake@{LST}>",
        to="coordinator@harborcountywic.gov",
        subject="Families waiting for feeding eval",
        body=(
            "Hi Rosa, here are the WIC-referred families still waiting for a feeding eval, so "
            "your dietitians know. Let me know if any already found services elsewhere."
        ),
        atts=(Att("feeding_waitlist.csv", "text/csv",
            "child,dob,parent,phone,referral reason,added\n"
            "Isabella Fuentes,2024-02-11,Marisol Fuentes,555-017-2210,poor weight gain,2026-09-14\n"
            "Kofi Asante,2023-10-05,Ama Asante,555-017-9843,refuses solids / textures,2026-09-30\n"
            "Liam Petersen,2024-06-19,Kara Petersen,555-017-4402,"
            "coughing with bottle feeds,2026-10-22\n"),),
    ),
    Spec(
        phi=False,
        category="payroll hours correction",
        notes="HR mail about a therapist's timesheet, mentions 'sessions' but no clients",
        frm=f"Brandon Kealoha <bkealoha@{LST}>",
        to="Esi Mensah <emensah@littlestepstherapy.org>",
        subject="Timesheet 11/1-11/14",
        body=(
            "Hi Esi, your timesheet shows 31 direct sessions but 29 in the schedule - can you "
            "check 11/10? Once fixed I'll send it to payroll for the 11/20 check.\n\nBrandon"
        ),
    ),
    Spec(
        phi=True,
        category="social worker note to county about family",
        notes=(
            "Social worker: family's housing loss affecting child's therapy attendance, names + "
            "address"
        ),
        frm=f"Tamika Rowe <trowe@{LST}>",
        to="casework@harborcountyfamilyservices.org",
        subject="Resource referral - family support",
        body=(
            "Hi Ms. Daniels,\n\nReferring the Okafor family for housing support. Mom (Ngozi "
            "Okafor) lost their apartment at 88 Pier St #3 last week; they are staying in their "
            "car. Her son Chima (age 4) is in speech therapy with us 2x/week for autism-related "
            "language delay and has missed 4 sessions. Ngozi consented to this referral; her "
            "cell is 555-016-2287.\n\nTamika Rowe, LCSW\nFamily Support, Little Steps" + DISC
        ),
    ),
    Spec(
        phi=False,
        category="grant report narrative",
        notes="Hard negative: foundation grant report with anonymized success story",
        frm=f"Helen Ashworth <hashworth@{LST}>",
        to="programs@harborcommunityfoundation.org",
        subject="Year-end grant report - Early Words program",
        body=(
            "Dear Ms. Whitaker,\n\nAttached is our year-end report. In brief: 96 toddlers served, "
            "58% from Medicaid households, 71% met their first-word goals. The story in section 3 "
            "is a composite with details changed to protect families' privacy.\n\nWith gratitude,"
            "\nHelen Ashworth"
        ),
        atts=(Att("EarlyWords_2026_report.pdf", "application/pdf", pdf([
            "LITTLE STEPS PEDIATRIC THERAPY - Early Words Program, Year-End Report 2026",
            "Children served: 96; median age at intake 26 months",
            "Section 3 (composite story): a two-year-old we'll call 'M.' began with 5 words...",
        ], "Grant report")),),
    ),
    Spec(
        phi=True,
        category="forwarded thread nested with eval results",
        notes=(
            "Hard positive: nested forwards; inner message has child's name and autism eval result"
        ),
        frm=f"Helen Ashworth <hashworth@{LST}>",
        to=f"Dr. Imani Carter <icarter@{LST}>",
        subject="Fwd: complaint - can you handle?",
        body="Imani, can you call this family? See thread below. - H",
        forward=Spec(
            phi=True, category="", notes="", frm=f"Front Office <frontoffice@{LST}>",
            to=f"hashworth@{LST}", subject="Fwd: upset about report",
            body="Helen, forwarding, dad was upset on the phone too.",
            forward=Spec(
                phi=True, category="", notes="", frm="Sung-min Park <sungmin.park@icloud.com>",
                to=f"frontoffice@{LST}", subject="upset about report",
                body=(
                    "To whom it may concern, the evaluation for my daughter Yuna Park (DOB "
                    "4/8/2021) says 'features consistent with autism spectrum disorder' but "
                    "nobody talked to us about this before we read it. We would like a meeting."
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinician guest blog",
        notes="Hard negative: blog post draft about ARFID with clinician name, no client",
        frm=f"Camila Ruiz <cruiz@{LST}>",
        to="dana.whitcomb.writes@gmail.com",
        subject="Draft: 'Picky eating or something more?'",
        body=(
            "Hi Dana, here's my draft for Harbor Parent (650 words). "
            "Byline: Camila Ruiz, OTR/L, feeding "
            "specialist at Little Steps.\n\nMost toddlers go through picky phases. But when a "
            "child accepts fewer than 20 foods, gags at new textures or is losing weight, it may "
            "be a pediatric feeding disorder or ARFID. Treatment usually combines OT or SLP "
            "feeding therapy with a dietitian and the pediatrician..."
        ),
    ),
]
