"""Little Lanterns Family Network (support nonprofit for medically complex children): 37 messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import LLF, Att, Spec

SIG = "\n\nLittle Lanterns Family Network\n31 Mill Race St, Ashford | 555-0180\nlittlelanternsfamily.org"

INTAKE_1 = """FAMILY INTAKE - LITTLE LANTERNS
Child: Oliver Grady   DOB 06/02/2025
Parent: Tamsin Grady   555-0183   14 Birch Hollow Rd, Ashford
Medical: hypoplastic left heart, G-tube, followed at Tidewater cardiology
Needs: gas cards for clinic trips, respite, sibling support
"""
INTAKE_2 = """FAMILY INTAKE - LITTLE LANTERNS
Child: Priyanka Desai   DOB 09/19/2019
Parent: Meera Desai   555-0187
Medical: spinal muscular atrophy type 2, BiPAP at night, power wheelchair on order
Needs: ramp grant, Medicaid waiver paperwork
"""

CDH_MOM = Spec(
    phi=True,
    category="",
    notes="",
    frm="Hannah Kerrigan <hannah.kerrigan.mom@gmail.com>",
    to="navigators@littlelanternsfamily.org",
    subject="CDH parent group?",
    body="Hello, my son Finn had his CDH repair at 3 days old and came home last month on oxygen. Is there a group for CDH parents? I feel so alone. - Hannah Kerrigan",
)

MESSAGES = [
    Spec(
        phi=True,
        category="respite volunteer match with child's medical needs",
        notes="Respite request to a volunteer naming child Zoe, her trach and G-tube, and mother's name and phone.",
        frm="Respite Coordinator <respite@littlelanternsfamily.org>",
        to="carol.vance.rn@gmail.com",
        subject="Saturday respite match",
        body="Hi Carol,\n\nWould you be able to cover Saturday 10-2 for Zoe Ibarra (age 4)? She has a trach (Shiley 4.0, changes are not needed during your shift) and a G-tube with continuous feeds at 45 mL/hr. Her mom Renata's cell is 555-0137.\n\nThank you!\nBeth"
        + SIG,
    ),
    Spec(
        phi=True,
        category="emergency fund request naming child with SMA",
        notes="Grant request to a foundation naming Caleb Wojcik, his SMA type 1 and the family's van lift need.",
        frm="Family Grants <grants@littlelanternsfamily.org>",
        to="emergencyfund@ashfordcommunityfoundation.org",
        subject="Emergency request - wheelchair van lift",
        body="Dear Committee,\n\nWe request $4,800 for the Wojcik family. Caleb (3) has spinal muscular atrophy type 1, receives nusinersen at Riverside Children's, and now uses a power chair. The family's van lift failed and they have missed two infusions.\n\nBeth Aldana, Program Director"
        + SIG,
    ),
    Spec(
        phi=True,
        category="mentor parent call request with first names",
        notes="Hard positive: only first names (mother Priya, son Arjun) plus new tracheostomy, hospital and phone, sent to a mentor parent.",
        frm="Parent Mentors <mentors@littlelanternsfamily.org>",
        to="jess.mentor@outlook.com",
        subject="could you call a new mom?",
        body="Jess - could you call Priya? Her son Arjun got his trach at Riverside last week and she's overwhelmed. 555-0148, evenings best. Thank you!!",
    ),
    Spec(
        phi=True,
        category="holiday gift program workbook with diagnoses and addresses",
        notes="Multi-sheet workbook to a corporate sponsor with children's names, addresses and diagnoses (minimum-necessary failure).",
        frm="Events <events@littlelanternsfamily.org>",
        to="giving@harborfreightlogistics.com",
        subject="Adopt-a-family list",
        body="Here is the list for your employees. Thank you for adopting 6 families this year!",
        atts=(
            Att(
                "adopt_a_family.xlsx",
                XLSX,
                xlsx(
                    {
                        "Families": [
                            ["Child", "Age", "Address", "Condition", "Wish"],
                            [
                                "Leo Ortega",
                                "6",
                                "14 Alder Ct, Ashford",
                                "home ventilator",
                                "Lego set",
                            ],
                            [
                                "Maisie Trent",
                                "3",
                                "220 Canal St Apt 4, Ashford",
                                "Rett syndrome",
                                "sensory swing",
                            ],
                        ],
                        "Siblings": [["Sibling of", "Name", "Age"], ["Leo Ortega", "Ana", "9"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="condition-segmented mailing list to mail house",
        notes="Hard positive: mailing list CSV segmented by a condition (trisomy 18) with names and addresses sent to a print vendor.",
        frm="Communications <comms@littlelanternsfamily.org>",
        to="jobs@rapidmailprint.com",
        subject="List for job 7734",
        body="Mail file for the T18 family retreat invitation. Please use the lavender envelopes.",
        atts=(
            Att(
                "job7734_t18_families.csv",
                "text/csv",
                "parent,child,street,city,zip\nNadia Pruitt,Rosalie,88 Ferry Rd,Ashford,04211\nOwen Castle,Juniper,5 Tamarack Ln,Pell Harbor,04215\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid waiver support letter DOCX",
        notes="Hard positive: body is generic; child name, Medicaid ID and SMA diagnosis appear only in the DOCX letter.",
        frm="Family Navigators <navigators@littlelanternsfamily.org>",
        to="katie.beckett.waiver@maine-dohs.gov",
        subject="Support letter - Desai",
        body="Attached is our letter supporting the family's waiver application.",
        atts=(
            Att(
                "support_letter_Desai.docx",
                DOCX,
                docx(
                    [
                        "To the Katie Beckett Waiver Unit,",
                        "Re: Priyanka Desai, Medicaid ID MC-40718823",
                        "Priyanka has spinal muscular atrophy type 2 and uses nocturnal BiPAP. Home nursing is essential.",
                        "Beth Aldana, Little Lanterns Family Network",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="transport grant with Medicare MBI for dialysis child",
        notes="Child's name, home hemodialysis and Medicare MBI sent to a transportation program.",
        frm="Family Navigators <navigators@littlelanternsfamily.org>",
        to="rides@coastalmedicaltransport.org",
        subject="Ride program enrollment",
        body="Please enroll Ethan Kowalczyk (11) for dialysis-day rides. He has ESRD and is on home hemodialysis with clinic visits Mon/Thu.\nMedicare MBI: 4TQ7-HK2-WR58\nParent: Dorota Kowalczyk, 555-0152"
        + SIG,
    ),
    Spec(
        phi=True,
        category="SSI application help with child's SSN",
        notes="Email to SSA liaison with child's name, SSN and diagnosis for an SSI disability claim.",
        frm="Benefits Help <benefits@littlelanternsfamily.org>",
        to="liaison.ashford@ssa-fieldoffice.gov",
        subject="SSI child claim - appointment request",
        body="Hello Mr. Patel,\n\nOn behalf of the family (authorization attached to the claim), could we book an appointment for Amir Rahimi's SSI application? SSN 518-37-2046. Diagnosis: cerebral palsy, spastic quadriplegia, and epilepsy. Mother Leila Rahimi will attend.\n\nTom, Benefits Help"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HTML meal voucher confirmation during PICU stay",
        notes="HTML-only message to parent's gmail naming child Bao and his PICU admission dates.",
        frm="Family Meals <meals@littlelanternsfamily.org>",
        to="thu.nguyen.family@gmail.com",
        subject="Meal vouchers confirmed",
        body="",
        html="<html><body><p>Hi Thu,</p><p>Your meal vouchers are confirmed for <b>Bao's stay in the Riverside PICU, March 16-20</b>. Pick them up at the 3rd floor family lounge. We hope his pneumonia clears quickly.</p><p>Little Lanterns</p></body></html>",
    ),
    Spec(
        phi=True,
        category="child photo named with G-tube sent to designer",
        notes="Hard positive: PNG file name carries child's full name and G-tube; body is about a fundraiser layout.",
        frm="Communications <comms@littlelanternsfamily.org>",
        to="studio@pinecrestdesign.co",
        subject="photo for the gala slide",
        body="Here's the photo for slide 4. Please crop tight.",
        atts=(Att("Hazel_Moon_gtube_feeding_2026.png", "image/png", png(5, 5, (230, 200, 120))),),
    ),
    Spec(
        phi=True,
        category="reply to mother quoting her CDH message",
        notes="Reply to mother's gmail forwarding her own message naming son Finn, his CDH repair and home oxygen.",
        frm="Family Navigators <navigators@littlelanternsfamily.org>",
        to="hannah.kerrigan.mom@gmail.com",
        subject="Re: CDH parent group?",
        body="Dear Hannah,\n\nYou're not alone. Our CDH parent circle meets online the second Tuesday of each month, and I'd love to connect you with a mom whose son also came home on oxygen. Your note is attached below for reference.\n\nWarmly,\nNia"
        + SIG,
        forward=CDH_MOM,
    ),
    Spec(
        phi=True,
        category="zip of intake forms to partner case management agency",
        notes="Hard positive: body is generic; the zip holds two intake forms with children's names, DOBs and diagnoses.",
        frm="Family Navigators <navigators@littlelanternsfamily.org>",
        to="intake@ashfordcasemanagement.org",
        subject="warm handoffs",
        body="Two families for your care coordination program. Forms inside.",
        atts=(
            Att(
                "handoffs_0317.zip",
                "application/zip",
                zipped({"grady.txt": INTAKE_1, "desai.txt": INTAKE_2}),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="home visit invite for ventilator training",
        notes="Calendar invite naming child Leo, his home ventilator training and home address.",
        frm="Family Navigators <navigators@littlelanternsfamily.org>",
        to="ortega.rosa@yahoo.com",
        subject="Home visit - vent training",
        body="Hi Rosa, here's the invite for our visit. The respiratory therapist from the DME company will come too.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LLFN//Visits//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:llfn-hv-3391@littlelanternsfamily.org\r\nDTSTAMP:20260317T120000Z\r\nDTSTART:20260320T150000Z\r\n"
            "DTEND:20260320T163000Z\r\nSUMMARY:Home visit: Leo Ortega - Trilogy ventilator training\r\nLOCATION:14 Alder Ct\\, Ashford\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="utility shutoff medical protection letter",
        notes="Letter to a utility naming the account holder and her son's ventilator dependence.",
        frm="Benefits Help <benefits@littlelanternsfamily.org>",
        to="medicalcert@coastalpower.com",
        subject="Medical protection - account 7712-0093",
        body="Account holder: Grace Abara, 62 Quarry St, Ashford. Her son Tobenna (7) is ventilator- and oxygen-concentrator-dependent; loss of power is life-threatening. His pulmonologist's certificate will be faxed today. Please place a medical hold."
        + SIG,
    ),
    Spec(
        phi=True,
        category="terse family fund note with case number",
        notes="Hard positive: terse note with case number, first name, last initial, age, HLHS and clinic day.",
        frm="Family Grants <grants@littlelanternsfamily.org>",
        to="finance@littlelanternsfamily.org",
        subject="gas cards",
        body="Fam #2291 - Oliver G., 9mo, HLHS, clinic Tues at Tidewater. 2x $50 gas cards pls. -B",
    ),
    Spec(
        phi=True,
        category="camp medication form PDF to camp nurse",
        notes="Camp medical form PDF with camper's name, epilepsy and medication doses to the camp medical director.",
        frm="Camp Programs <camp@littlelanternsfamily.org>",
        to="medical@campbrightwater.org",
        subject="Camper medical form",
        body="Medical form for one of our sponsored campers attached. Parents consented to sharing. The camp pharmacy asked for the rescue-med prescriber: Helen Voss MD, DEA BV4172639.",
        atts=(
            Att(
                "camper_medical_Huang.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE LANTERNS FAMILY NETWORK - Sponsored Camper Medical Form",
                        "Camper: Grace Huang   Age 10",
                        "Diagnoses: Dravet syndrome; G-tube for meds",
                        "Meds: levetiracetam 250 mg BID, clobazam 5 mg HS; rescue: midazolam nasal 5 mg",
                        "Prescriber: Helen Voss MD, neurology, DEA BV4172639",
                    ],
                    "Camper form",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="IEP support letter to school",
        notes="Letter to school special-education team naming the child and his autism and seizure disorder.",
        frm="Family Navigators <navigators@littlelanternsfamily.org>",
        to="sped@ashfordschools.org",
        subject="IEP meeting - Ruben Alvarez",
        body="Dear Ms. Carrow,\n\nI'll attend Ruben Alvarez's IEP meeting with his parents on 3/26. Ruben has autism and a seizure disorder (on valproate); the family is asking for a 1:1 aide trained in seizure response."
        + SIG,
    ),
    Spec(
        phi=True,
        category="bereavement card list with dates of death",
        notes="Hard positive: list for volunteers with children's names, dates of death and causes for anniversary cards.",
        frm="Bereavement Program <bereavement@littlelanternsfamily.org>",
        to="volunteer.cards@gmail.com",
        subject="April anniversary cards",
        body="Thank you for writing cards again, Marge.\n\nApril list:\n- Sienna Farrow - died 4/03/2025 (neuroblastoma) - parents Kate & Luis\n- Baby Wesley Tam - died 4/19/2025 (trisomy 13) - parents Jun & Amy\n\nAddresses are in the shared folder."
        + SIG,
    ),
    # ---- non-PHI ----
    Spec(
        phi=False,
        category="HTML spring events newsletter",
        notes="HTML-only newsletter of upcoming public events.",
        frm="Little Lanterns <news@littlelanternsfamily.org>",
        to="subscribers@littlelanternsfamily.org",
        subject="Spring at Little Lanterns",
        body="",
        html="<html><body><h2>Spring events</h2><ul><li>Sibling art day, April 4</li><li>Adaptive egg hunt, April 11</li><li>Lantern walk, May 2</li></ul></body></html>",
    ),
    Spec(
        phi=False,
        category="annual report PDF with aggregate statistics",
        notes="Hard negative: annual report with aggregate counts (families served, share on home ventilation); no individual.",
        frm="Development <development@littlelanternsfamily.org>",
        to="board@littlelanternsfamily.org",
        subject="2025 annual report - final",
        body="Final version attached for the board packet.",
        atts=(
            Att(
                "annual_report_2025.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE LANTERNS FAMILY NETWORK - 2025 Annual Report",
                        "Families served: 412. Children on home ventilation: 38%. G-tube: 61%.",
                        "Respite hours provided: 6,240.",
                    ],
                    "Annual report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="volunteer training confirmation",
        notes="Volunteer training confirmation to personal mailbox; no health information.",
        frm="Volunteer Team <volunteer@littlelanternsfamily.org>",
        to="sam.okafor.vol@gmail.com",
        subject="You're in: volunteer orientation",
        body="Thanks, Sam! Orientation is Saturday 9-12 at the office. Bring a photo ID for your background check.",
    ),
    Spec(
        phi=False,
        category="donor thank-you",
        notes="Donor acknowledgement to personal mailbox.",
        frm="Development <development@littlelanternsfamily.org>",
        to="gwen.holloway@yahoo.com",
        subject="Thank you for your gift",
        body="Dear Gwen, thank you for your gift of $250. No goods or services were provided in exchange."
        + SIG,
    ),
    Spec(
        phi=False,
        category="parent cafe cancelled for staff illness, no individual",
        notes="Hard negative: event cancellation mentions staff illness but names no one.",
        frm="Programs <programs@littlelanternsfamily.org>",
        to="parentcafe@littlelanternsfamily.org",
        subject="Parent cafe cancelled Thursday",
        body="We're sorry - with several staff out sick with flu this week, Thursday's parent cafe is cancelled. See you next week.",
    ),
    Spec(
        phi=False,
        category="de-identified family needs survey workbook",
        notes="Hard negative: multi-sheet workbook of anonymous survey results (counts and percentages); no identifiers.",
        frm="Programs <programs@littlelanternsfamily.org>",
        to="board@littlelanternsfamily.org",
        subject="Family needs survey results",
        body="Anonymous survey, 118 responses. Respite and transport remain top needs.",
        atts=(
            Att(
                "needs_survey_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Top needs": [
                            ["Need", "% ranking top 3"],
                            ["Respite", "71"],
                            ["Transport", "54"],
                            ["Sibling support", "33"],
                        ],
                        "Equipment": [
                            ["Equipment in home", "Count"],
                            ["Ventilator", "22"],
                            ["Feeding pump", "67"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="confidentiality policy DOCX with example fields",
        notes="Hard negative: policy DOCX listing field types like child's name, diagnosis and Medicaid ID as examples.",
        frm="Operations <ops@littlelanternsfamily.org>",
        to="staff@littlelanternsfamily.org",
        subject="Updated confidentiality policy - please sign",
        body="Please read and sign by March 31.",
        atts=(
            Att(
                "confidentiality_policy_2026.docx",
                DOCX,
                docx(
                    [
                        "Confidentiality Policy (2026)",
                        "Confidential family information includes: child's name, diagnosis, hospital, Medicaid ID, photos.",
                        "Share only with written family consent and only what is needed.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="print vendor quote request",
        notes="Vendor quote request; no health information.",
        frm="Communications <comms@littlelanternsfamily.org>",
        to="quotes@rapidmailprint.com",
        subject="Quote: 2,000 gala invitations",
        body="Could you quote 2,000 5x7 invitations, 100 lb cover, two-sided, with envelopes?",
    ),
    Spec(
        phi=False,
        category="trach and vent workshop invite",
        notes="Hard negative: public workshop invite on trach and ventilator care; no individual.",
        frm="Programs <programs@littlelanternsfamily.org>",
        to="families-list@littlelanternsfamily.org",
        subject="Workshop: trach emergencies at home",
        body="Hands-on practice with a respiratory therapist. Open to all caregivers.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LLFN//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:llfn-ws-trach@littlelanternsfamily.org\r\nDTSTAMP:20260317T120000Z\r\nDTSTART:20260418T140000Z\r\n"
            "DTEND:20260418T160000Z\r\nSUMMARY:Workshop: trach emergencies at home\r\nLOCATION:Little Lanterns community room\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="G-tube resource list text attachment",
        notes="Hard negative: text resource list for families of children with feeding tubes; no individual.",
        frm="Family Navigators <navigators@littlelanternsfamily.org>",
        to="social.work@riversidechildrens.org",
        subject="Updated feeding tube resource list",
        body="For your discharge packets - updated list attached.",
        atts=(
            Att(
                "gtube_resources_2026.txt",
                "text/plain",
                "FEEDING TUBE RESOURCES 2026\n- Feeding Tube Awareness Foundation: online parent guides\n- DME suppliers that stock extension sets: see page 2\n- Blenderized diet class: monthly at Little Lanterns\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="board meeting agenda",
        notes="Board agenda.",
        frm="Operations <ops@littlelanternsfamily.org>",
        to="board@littlelanternsfamily.org",
        subject="Board agenda - March 24",
        body="1. Minutes\n2. Finance report\n3. Gala planning\n4. Strategic plan",
    ),
    Spec(
        phi=False,
        category="composite persona for navigator training",
        notes="Hard negative: training case uses a composite fictional family declared as not real.",
        frm="Training <training@littlelanternsfamily.org>",
        to="newnavigators@littlelanternsfamily.org",
        subject="Training module 3: meet the Parker family",
        body="The 'Parker family' is a composite created for training - not a real family. Sam, 5, has a trach and a seizure disorder; his mom works nights. Work through the benefits checklist for Sam before Wednesday.",
    ),
    Spec(
        phi=False,
        category="donation receipt with SSN-shaped receipt number",
        notes="Hard negative: donation receipt number formatted like an SSN; donor only, no health information.",
        frm="Development <development@littlelanternsfamily.org>",
        to="finance@seabreezeroofing.com",
        subject="Receipt 204-81-5530",
        body="Receipt no. 204-81-5530 for Seabreeze Roofing's sponsorship of $1,500. EIN 47-2918830."
        + SIG,
    ),
    Spec(
        phi=False,
        category="specialty formula shortage tips to families list",
        notes="Hard negative: general specialty formula shortage tips to a mailing list; no individual.",
        frm="Family Navigators <navigators@littlelanternsfamily.org>",
        to="families-list@littlelanternsfamily.org",
        subject="Amino-acid formula shortage: what to do",
        body="Elecare and Neocate Junior are short in our region. Call your DME before you're down to a week's supply, ask your doctor about equivalent formulas, and never water down formula.",
    ),
    Spec(
        phi=False,
        category="declining journalist request with aggregates",
        notes="Hard negative: reply to a reporter declining to share family details and giving only aggregate numbers.",
        frm="Beth Aldana <baldana@littlelanternsfamily.org>",
        to="r.finch@ashfordcourier.com",
        subject="Re: story on home nursing shortage",
        body="Hi Rachel, we can't share family contacts, but 37 of the families we serve report unfilled home nursing hours this month. I'm happy to talk on the record about the shortage.",
    ),
    Spec(
        phi=False,
        category="brand assets zip to event partner",
        notes="Zip of logos for an event partner.",
        frm="Communications <comms@littlelanternsfamily.org>",
        to="marketing@ashfordbrewing.com",
        subject="Logos for the fundraiser night",
        body="Logo files attached (PNG and a color guide).",
        atts=(
            Att(
                "llfn_brand.zip",
                "application/zip",
                zipped(
                    {
                        "logo.png": png(4, 4, (250, 180, 40)),
                        "colors.txt": "Lantern gold #FAB428; Night blue #1B2A4A",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="phishing warning to staff",
        notes="IT security notice.",
        frm="Operations <ops@littlelanternsfamily.org>",
        to="staff@littlelanternsfamily.org",
        subject="Fake gift-card emails",
        body="Someone is impersonating Beth asking for gift cards. Don't reply; forward to ops@.",
    ),
    Spec(
        phi=False,
        category="camp flyer listing conditions served",
        notes="Hard negative: camp flyer listing conditions the camp supports; no individual.",
        frm="Camp Programs <camp@littlelanternsfamily.org>",
        to="clinic-partners@littlelanternsfamily.org",
        subject="Camp Brightwater 2026 - please share",
        body="A week of camp for kids with heart conditions, trachs, seizure disorders and feeding tubes. Nurses and a physician are on site 24/7. Scholarships available.",
    ),
    Spec(
        phi=False,
        category="forwarded sponsor logistics",
        notes="Forward of a sponsor's delivery logistics message.",
        frm="Events <events@littlelanternsfamily.org>",
        to="volunteer@littlelanternsfamily.org",
        subject="Fwd: gift drop-off",
        body="Volunteers needed Dec 12 to unload.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Giving Team <giving@harborfreightlogistics.com>",
            to="events@littlelanternsfamily.org",
            subject="gift drop-off",
            body="Our truck will arrive at 31 Mill Race St on Dec 12 around 10 am with the wrapped gifts.",
        ),
    ),
]

assert LLF
