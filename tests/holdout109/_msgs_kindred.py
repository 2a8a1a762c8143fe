"""Kindred Path Peer Network, a peer support nonprofit: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nIn recovery together,\nKindred Path Peer Network\n88 Mill Race Lane, Asheville NC | 828-555-0160"

X12_837P = (
    "ISA*00*          *00*          *ZZ*KINDREDPATH    *ZZ*TRILLIUMNC     *261022*1620*^*00501*000002210*0*P*:~"
    "GS*HC*KINDREDPATH*TRILLIUMNC*20261022*1620*2210*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*KPN2210*20261022*1620*CH~"
    "NM1*85*2*KINDRED PATH PEER NETWORK*****XX*1012677930~"
    "NM1*IL*1*GRAVES*HOLLIS****MI*TRL55120874~DMG*D8*19780930*M~"
    "CLM*KPN-7781*96***11:B:1*Y*A*Y*Y~HI*ABK:F11.21~"
    "LX*1~SV1*HC:H0038*48*UN*4***1~DTP*472*D8*20261014~"
    "LX*2~SV1*HC:H0038*48*UN*4***1~DTP*472*D8*20261016~"
    "SE*13*0001~GE*1*2210~IEA*1*000002210~"
)

ICS_PEER = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kindred Path//Peer Scheduling//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:kpn-1on1-20261023-luis@kindredpath.org\r\nDTSTAMP:20261020T170000Z\r\n"
    "DTSTART:20261023T180000Z\r\nDTEND:20261023T190000Z\r\n"
    "SUMMARY:Peer session - Luis Batista - relapse prevention plan after meth slip\r\n"
    "LOCATION:Kindred Path drop-in center\\, room B\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_VOLUNTEER = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kindred Path//Volunteers//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:kpn-voltrain-20261107@kindredpath.org\r\nDTSTAMP:20261020T170000Z\r\n"
    "DTSTART:20261107T140000Z\r\nDTEND:20261107T210000Z\r\n"
    "SUMMARY:New volunteer orientation (Saturday)\r\n"
    "DESCRIPTION:Boundaries\\, confidentiality\\, naloxone hands-on. Lunch provided.\r\n"
    "LOCATION:Kindred Path community room\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="peer progress note to referring therapist",
        notes="Participant name with relapse and MAT status sent to the referring therapist.",
        frm='"Shay Whitley, CPSS" <swhitley@kindredpath.org>',
        to="dr.ramirez@blueridgecounseling.net",
        subject="Monthly peer support update",
        body="Dr. Ramirez,\n\nMonthly update on Hollis Graves, who you referred in August (release on file). Hollis has met with me weekly, attended 6 of 8 recovery groups, and had one lapse with heroin on 10/10 that he disclosed himself. He remains on Sublocade and restarted his NA home group. Goals for November: job applications and a sponsor.\n\nShay Whitley, Certified Peer Support Specialist"
        + SIG,
    ),
    Spec(
        phi=True,
        category="837P peer support claim",
        notes="Hard positive: generic cover note; participant name, Medicaid ID, DOB and opioid dependence code appear only in the 837P attachment.",
        frm="Billing <billing@kindredpath.org>",
        to="edi@trilliumhealthnc.org",
        subject="Weekly 837P batch 2210",
        body="Weekly professional claims batch attached. One claim this week.",
        atts=(Att("KPN_837P_2210.x12", "application/edi-x12", X12_837P),),
    ),
    Spec(
        phi=True,
        category="support group roster to host church",
        notes="Hard positive: a headerless CSV of names and phones whose filename reveals a Hearing Voices group; group membership implies a condition.",
        frm="Group Coordinator <groups@kindredpath.org>",
        to="facilities@firstmethodistasheville.org",
        subject="Thursday sign-in for the building log",
        body="Hi Pastor Dale, here is the sign-in list you asked for from Thursday's evening group.",
        atts=(
            Att(
                "hearing_voices_group_1015.csv",
                "text/csv",
                "Talia Brooks,828-555-0171\nMarcus Eller,828-555-0172\nRenata Vogel,828-555-0174\nSamir Haddad,828-555-0176\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="warmline follow-up to participant",
        notes="Participant's personal email following up on a warmline call about panic attacks.",
        frm="Kindred Warmline <warmline@kindredpath.org>",
        to="ginny.holcomb@aol.com",
        subject="Following up on your call Sunday",
        body="Hi Ginny,\n\nThis is Marcy from the warmline. You mentioned the panic attacks have been waking you up at night since your husband's surgery. I wanted to send the grounding exercise we practised and the link to Tuesday's anxiety peer circle. Call any evening 5-11 PM.\n\nMarcy",
    ),
    Spec(
        phi=True,
        category="peer specialist note to participant's wife",
        notes="Hard positive: first names and relationship only (your husband Ray) with a relapse and missed meetings.",
        frm="Dominic Ferrante <dferrante@kindredpath.org>",
        to="ferrell.house@gmail.com",
        subject="Re: Ray",
        body="Hi Joanne,\n\nThanks for reaching out. Ray gave me permission to talk with you. He told me he started drinking again last week and missed two meetings; he's coming in tomorrow at 10 to make a plan. You did the right thing calling.\n\nDom",
    ),
    Spec(
        phi=True,
        category="recovery residence referral",
        notes="Name, opioid use disorder on methadone and release date sent to a recovery house.",
        frm="Housing Navigator <housing@kindredpath.org>",
        to="admissions@oxfordhousenc-west.org",
        subject="Referral: bed for a man on methadone",
        body="Good afternoon,\n\nI'm referring Terrence Mabry, 38, who is leaving Buncombe County Detention on 10/28. He's been on methadone 90 mg through the jail MOUD program and will dose at Mountain Area Recovery. He's been attending our peer group inside for 3 months. Do you accept residents on methadone?\n\nKeira Holt, Housing Navigator",
    ),
    Spec(
        phi=True,
        category="recovery story draft to newsletter designer",
        notes="Hard positive: participant's full name and photo filename with overdose history sent to an outside designer before the release was signed.",
        frm="Communications <comms@kindredpath.org>",
        to="studio@blueoakdesign.co",
        subject="Story for the winter issue + photo",
        body="Here's the featured story. Don't lay out yet - Beth hasn't signed her media release.\n\n\"Bethany Crowe overdosed twice in 2024. Today she's 14 months in recovery, works at the bakery on Lexington, and co-leads our Tuesday women's group.\"",
        atts=(Att("Bethany_Crowe_portrait.png", "image/png", png(5, 7, (180, 150, 120))),),
    ),
    Spec(
        phi=True,
        category="incentive gift card workbook to finance",
        notes="Hard positive: multi-sheet workbook; sheet 'Recovery group' lists participant names receiving attendance incentives for a methamphetamine contingency management program.",
        frm="Programs <programs@kindredpath.org>",
        to="bookkeeping@mountainnonprofitacct.com",
        subject="October gift card reconciliation",
        body="Reconciliation attached for the gift card audit. Totals on first tab.",
        atts=(
            Att(
                "giftcards_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Totals": [
                            ["Program", "Cards", "Value"],
                            ["Volunteer thank-you", 12, 120],
                            ["Recovery group", 5, 175],
                        ],
                        "Recovery group": [
                            ["Name", "Program", "Negative UDS weeks", "Amount"],
                            ["Luis Batista", "CM stimulant", 4, 40],
                            ["Crystal Ng", "CM stimulant", 6, 55],
                            ["Aaron Pike", "CM stimulant", 3, 30],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="attendance letter to probation officer",
        notes="Participant name and opioid recovery group attendance confirmed to a probation officer.",
        frm='"Shay Whitley, CPSS" <swhitley@kindredpath.org>',
        to="pofficer.jenkins@ncdps-probation.gov",
        subject="Attendance verification - Graves",
        body="Officer Jenkins,\n\nAs authorized by Mr. Hollis Graves' signed consent, I confirm he has attended peer recovery support at Kindred Path weekly since 08/12/2026 and continues in our opioid recovery group.\n\nShay Whitley, CPSS",
    ),
    Spec(
        phi=True,
        category="peer session invite naming relapse",
        notes="Hard positive: calendar invite to the participant's personal email; the condition is only in the ICS summary.",
        frm="Dominic Ferrante <dferrante@kindredpath.org>",
        to="luisbatista.avl@gmail.com",
        subject="Thursday",
        body="See you Thursday at 2 - Dom",
        ics=ICS_PEER,
    ),
    Spec(
        phi=True,
        category="MCO audit zip of intake forms",
        notes="Zip of intake forms with participant names, Medicaid IDs and diagnoses sent to MCO auditor.",
        frm="Compliance <compliance@kindredpath.org>",
        to="audit@trilliumhealthnc.org",
        subject="Records for post-payment review #PR-0926",
        body="Per your request, the three sampled charts are attached.\n\nCompliance Coordinator",
        atts=(
            Att(
                "PR-0926_sample.zip",
                "application/zip",
                zipped(
                    {
                        "intake_Graves.txt": "Name: Hollis Graves  Medicaid: TRL55120874  Dx: F11.21 opioid use disorder in remission\n",
                        "intake_Ng.txt": "Name: Crystal Ng  Medicaid: TRL55124406  Dx: F15.20 stimulant use disorder\n",
                        "intake_Pace.txt": "Name: Owen Pace  Medicaid: TRL55129931  Dx: F43.10 PTSD\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="scanned intake form PDF",
        notes="Hard positive: OCR-like scanned intake PDF with checkboxes naming participant, DOB and checked conditions.",
        frm="Front Desk <frontdesk@kindredpath.org>",
        to="intake@westernncpeerhub.org",
        subject="scan0042",
        body="scan attached",
        atts=(
            Att(
                "scan0042.pdf",
                "application/pdf",
                pdf(
                    [
                        "KINDRED PATH PEER NETWORK  PARTICIPANT INTAKE",
                        "Name: Ol1ver Tremaine (Oliver)  D0B 07/2I/1990",
                        "[X] Depression  [ ] Bipolar  [X] Alcohol  [ ] Opioids",
                        "Currently in treatment? [X] yes  where: RHA Health Services",
                        "Emergency contact: sister Dana 828-555-0178",
                    ],
                    "scan0042",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="housing reference letter DOCX",
        notes="Reference letter to landlord naming participant and disclosing recovery from alcohol use.",
        frm="Keira Holt <housing@kindredpath.org>",
        to="leasing@riverbendapartments-avl.com",
        subject="Reference letter for applicant",
        body="Letter attached for your applicant, at his request.",
        atts=(
            Att(
                "reference_Pace.docx",
                DOCX,
                docx(
                    [
                        "Kindred Path Peer Network",
                        "To: Riverbend Apartments leasing office",
                        "Owen Pace has been a participant in our peer support program for 11 months while recovering from PTSD and alcohol use. He has been consistently sober for 9 months and reliable in every commitment.",
                        "Keira Holt, Housing Navigator",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded participant email about suicidal thoughts",
        notes="Hard positive: the forwarded original contains the participant's name and suicidal thoughts; the outer note is brief.",
        frm="Marcy Lind <mlind@kindredpath.org>",
        to="clinical-consult@blueridgecounseling.net",
        subject="Fwd: not doing good",
        body="Our clinical consultant - can you advise before I call him back? Forwarding with his OK.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Samir Haddad <samirh.writes@gmail.com>",
            to="mlind@kindredpath.org",
            subject="not doing good",
            body="Marcy, the voices have been louder since I stopped the Abilify. Last night I thought about walking into the river. I'm ok now, I think. -Samir",
        ),
    ),
    Spec(
        phi=True,
        category="HTML milestone announcement to group list",
        notes="Hard positive: HTML-only celebration naming a member and her sobriety milestone, sent to an outside alumni list.",
        frm="Kindred Path Community <community@kindredpath.org>",
        to="alumni-list@kindredpath-friends.org",
        subject="Celebrate with us!",
        body="",
        html="<html><body><h2 style='color:#2a7'>Congratulations, Dana Whitford!</h2><p>Dana picked up her 1-year chip from our Friday recovery circle. Stop by for cake at 6!</p></body></html>",
    ),
    Spec(
        phi=True,
        category="terse supervisor note about missed groups",
        notes="Hard positive: terse staff note naming a participant with return to use and overdose risk.",
        frm="Dominic Ferrante <dferrante@kindredpath.org>",
        to="supervisor@kindredpath.org",
        cc="nightpeer@mountaincrisisline.org",
        subject="Lonnie S",
        body="Lonnie Sato missed 3 groups, per sister using fent again, no narcan at home. going by his place on Haywood Rd at 4 w/ kit. -D",
    ),
    Spec(
        phi=True,
        category="participant death notice to volunteers",
        notes="Named participant's overdose death shared with volunteer list; decedent information remains PHI.",
        frm="Executive Director <director@kindredpath.org>",
        to="volunteers@kindredpath.org",
        cc="chaplain@missionhospitalvolunteer.org",
        subject="Sad news",
        body="Friends,\n\nIt is with a heavy heart that I share that Kyle Brandt, who many of you knew from Saturday group, died of an overdose on Sunday 10/18. His family has asked that we share the memorial on Thursday at 4 at Mill Race Park. Our grief circle is open to all.\n\nRenee Calloway, Executive Director",
    ),
    Spec(
        phi=True,
        category="Medicaid eligibility question with member ID",
        notes="Participant name and Medicaid ID with enrolment in peer support for opioid recovery sent to MCO provider line.",
        frm="Billing <billing@kindredpath.org>",
        to="providerservices@trilliumhealthnc.org",
        subject="Authorization question",
        body="Hello,\n\nMember Crystal Ng, Medicaid ID TRL55124406, DOB 02/14/1995, has used 48 of her 52 authorized H0038 units for peer support (stimulant recovery). How do we request an extension?\n\nBilling Specialist",
    ),
    # ------------------------------- non-PHI -------------------------------
    Spec(
        phi=False,
        category="volunteer orientation invite",
        notes="Calendar invite for volunteer orientation; no participants.",
        frm="Volunteer Coordinator <volunteers@kindredpath.org>",
        to="jtran.avl@gmail.com",
        subject="Save the date: orientation Nov 7",
        body="Hi Jenny, thanks for signing up to volunteer! Invite attached. Wear comfy shoes!",
        ics=ICS_VOLUNTEER,
    ),
    Spec(
        phi=False,
        category="annual outcomes PDF to funder",
        notes="Hard negative: aggregate program outcomes with overdose and relapse percentages; no individuals.",
        frm="Development <development@kindredpath.org>",
        to="grants@dogwoodhealthtrust.org",
        subject="FY26 outcomes report",
        body="Dear Program Officer,\n\nOur outcomes report is attached. Thank you for your partnership.\n\nRenee Calloway",
        atts=(
            Att(
                "KPN_FY26_outcomes.pdf",
                "application/pdf",
                pdf(
                    [
                        "KINDRED PATH PEER NETWORK - FY2026 OUTCOMES",
                        "Participants served: 612 (up 18%)",
                        "Recovery housing placements: 74",
                        "Participants reporting no return to use at 90 days: 61%",
                        "Naloxone kits distributed: 2,310; reported reversals: 143",
                    ],
                    "FY26 outcomes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="donor thank-you HTML",
        notes="HTML-only donor acknowledgement; the donor is not a patient and no health data.",
        frm="Development <development@kindredpath.org>",
        to="margaret.ellison55@gmail.com",
        subject="Thank you, Margaret",
        body="",
        html="<html><body><p>Dear Margaret,</p><p>Thank you for your gift of $250 to Kindred Path. Your support keeps our drop-in center open seven days a week.</p><p>Tax receipt: no goods or services were provided. EIN 56-2279104.</p><p>Renee Calloway, Executive Director</p></body></html>",
    ),
    Spec(
        phi=False,
        category="public meeting directory",
        notes="Hard negative: directory of recovery meetings by topic and time; no individuals.",
        frm="Groups <groups@kindredpath.org>",
        to="library-desk@buncombecountylibrary.org",
        subject="Updated meeting list for the bulletin board",
        body="Please post:\n\nMon 6pm - Dual Recovery (mental health + substance use)\nTue 7pm - Women in Recovery\nWed 5:30pm - Hearing Voices Network\nThu 12pm - Grief after overdose loss\nSat 10am - Family & Friends\n\nAll free, no sign-up.",
    ),
    Spec(
        phi=False,
        category="volunteer background check with SSN",
        notes="Hard negative: volunteer applicant's SSN and DOB to a background check vendor; employment screening, no health information.",
        frm="Volunteer Coordinator <volunteers@kindredpath.org>",
        to="orders@clearviewscreening.com",
        subject="New order - volunteer applicant",
        body="Please run the standard volunteer package (criminal, sex offender registry) for:\n\nApplicant: Harold Jiang\nSSN 538-21-7746\nDOB 05/03/1967\nSigned FCRA disclosure attached in portal.\n\nAccount KPN-220",
    ),
    Spec(
        phi=False,
        category="naloxone distribution aggregate CSV",
        notes="Hard negative: naloxone counts by site; no individuals.",
        frm="Harm Reduction <harmreduction@kindredpath.org>",
        to="naloxone@ncdhhs-opioid.gov",
        subject="October naloxone distribution",
        body="Monthly report attached.",
        atts=(
            Att(
                "naloxone_oct.csv",
                "text/csv",
                "site,kits,reported_reversals\nDrop-in center,210,14\nStreet outreach,355,22\nLibrary vending,88,3\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant budget workbook",
        notes="Multi-sheet grant budget; no individuals.",
        frm="Finance <finance@kindredpath.org>",
        to="grants@dogwoodhealthtrust.org",
        subject="Budget revision request",
        body="Revised budget attached (moves $8k from travel to peer wages).",
        atts=(
            Att(
                "budget_rev2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Personnel": [
                            ["Role", "FTE", "Cost"],
                            ["Peer specialist", 4, 168000],
                            ["Supervisor", 1, 62000],
                        ],
                        "Operating": [
                            ["Line", "Cost"],
                            ["Rent", 36000],
                            ["Naloxone", 9000],
                            ["Travel", 4000],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="board minutes DOCX",
        notes="Board minutes with program counts and staff names; no participants.",
        frm="Board Secretary <board@kindredpath.org>",
        to="directors@kindredpath.org",
        subject="Draft minutes - October board meeting",
        body="Draft minutes attached for approval.",
        atts=(
            Att(
                "minutes_oct2026.docx",
                DOCX,
                docx(
                    [
                        "Kindred Path Peer Network - Board of Directors, October 14, 2026",
                        "Present: R. Calloway (ED), T. Nguyen (Chair), L. Oakes, P. Singh",
                        "ED report: 212 active participants; waitlist for housing navigation at 31.",
                        "Motion to renew drop-in center lease passed 4-0.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="certification study guide with fictional scenario",
        notes="Hard negative: study scenario about a made-up participant, explicitly fictional.",
        frm="Training <training@kindredpath.org>",
        to="cpss-cohort12@kindredpath.org",
        subject="Practice scenario for Friday",
        body="Practice scenario (fictional): 'Alex' tells you he relapsed on alcohol and doesn't want his case manager to know. Discuss: confidentiality limits, mutuality, and when you'd consult your supervisor.\n\nBring your NC CPSS ethics handout.",
    ),
    Spec(
        phi=False,
        category="logo and brand assets zip",
        notes="Zip of brand assets for printer; no PHI.",
        frm="Communications <comms@kindredpath.org>",
        to="orders@ashevilleprintworks.com",
        subject="Files for banner order",
        body="Logo files for the 6-ft banner attached.",
        atts=(
            Att(
                "kpn_brand.zip",
                "application/zip",
                zipped(
                    {
                        "logo.png": png(4, 4, (30, 140, 110)),
                        "colors.txt": "Primary #1E8C6E\nSecondary #F2B134\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="harm reduction webinar announcement",
        notes="Educational webinar announcement; topic only.",
        frm="Training <training@kindredpath.org>",
        to="partners@wncrecoverycoalition.org",
        subject="Webinar: xylazine wounds and what peers can do",
        body="Join us Nov 12 at noon for a free webinar with wound-care nurse Tamara Reyes on xylazine-associated wounds, safer use supplies and when to refer. Register at kindredpath.org/webinars.",
    ),
    Spec(
        phi=False,
        category="office lease renewal",
        notes="Landlord correspondence; no PHI.",
        frm="Operations <ops@kindredpath.org>",
        to="leasing@millracecommercial.com",
        subject="Suite 2 lease renewal",
        body="We'd like to renew Suite 2 for three years at the proposed rate and ask that the HVAC be serviced before winter.\n\nThanks,\nOperations",
    ),
    Spec(
        phi=False,
        category="forwarded conference registration",
        notes="Forwarded conference registration confirmation for staff; no PHI.",
        frm="Shay Whitley <swhitley@kindredpath.org>",
        to="finance@kindredpath.org",
        subject="Fwd: Registration confirmed - NC Peer Summit",
        body="For reimbursement. Thanks!",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="NC Peer Summit <register@ncpeersummit.org>",
            to="swhitley@kindredpath.org",
            subject="Registration confirmed - NC Peer Summit",
            body="Shay Whitley, you're registered for the NC Peer Summit, Nov 19-20, Raleigh. Fee paid: $195. Confirmation PS-44120.",
        ),
    ),
    Spec(
        phi=False,
        category="organization Medicaid enrollment with NPI",
        notes="Hard negative: organization NPI and staff credential numbers for enrollment; provider identifiers.",
        frm="Compliance <compliance@kindredpath.org>",
        to="enrollment@ncmedicaid-provider.gov",
        subject="Revalidation - Kindred Path Peer Network",
        body="Revalidation info:\nOrganization NPI 1012677930\nTaxonomy 175T00000X (Peer Specialist)\nSupervising clinician: Linda Oakes, LCSW, NPI 1475262022\nService address 88 Mill Race Lane, Asheville NC 28801\n\nCompliance Coordinator",
    ),
    Spec(
        phi=False,
        category="reply to journalist neither confirming nor denying",
        notes="Hard negative: declines to confirm whether anyone is a participant; names no individual.",
        frm="Communications <comms@kindredpath.org>",
        to="reporter@ashevillecitizenwire.com",
        subject="Re: comment request",
        body="Hi Jenna,\n\nWe don't confirm or deny whether any individual, including the person named in your email, participates in our programs. Happy to talk generally about how peer support works for people in recovery.\n\nComms team",
    ),
    Spec(
        phi=False,
        category="blank PHQ-9 instrument for research",
        notes="Hard negative: blank depression screening questionnaire text for a survey partner; no responses.",
        frm="Programs <programs@kindredpath.org>",
        to="survey-team@wncuniversity-research.edu",
        subject="Instrument for the peer outcomes study",
        body="Here's the PHQ-9 wording we use (blank), so you can load it into REDCap:\n\nOver the last 2 weeks, how often have you been bothered by...\n1. Little interest or pleasure in doing things\n2. Feeling down, depressed, or hopeless\n...\n9. Thoughts that you would be better off dead\n(0 = not at all ... 3 = nearly every day)",
        atts=(
            Att(
                "phq9_blank.txt",
                "text/plain",
                "PHQ-9 (blank)\nName: ________  Date: ________\nItems 1-9 scored 0-3. Total: ____\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff EAP and burnout notice",
        notes="Hard negative: staff wellness notice about compassion fatigue; no individual health information.",
        frm="HR <hr@kindredpath.org>",
        to="staff@kindredpath.org",
        subject="After a hard week: EAP and rest day",
        body="Team, this has been a heavy month. Everyone gets a paid rest day in November. The EAP (800-555-0199) offers 6 free counseling sessions; nobody at Kindred Path is told who calls.\n\nHR",
    ),
    Spec(
        phi=False,
        category="peer specialist staff bio for website",
        notes="Staff bio with role and training; no health information about any participant.",
        frm="Communications <comms@kindredpath.org>",
        to="web@blueoakdesign.co",
        subject="Staff page: Dominic Ferrante",
        body="Dominic Ferrante, CPSS, joined Kindred Path in 2023. He leads our men's recovery circle and street outreach, is trained in WRAP and Intentional Peer Support, and coaches our youth soccer team.",
    ),
    Spec(
        phi=False,
        category="printer quote for event posters",
        notes="Ordinary vendor mail; no PHI.",
        frm="Communications <comms@kindredpath.org>",
        to="ashevilleprintworks@gmail.com",
        subject="Quote for Recovery Month posters?",
        body="Could you quote 200 11x17 posters, glossy, two-week turnaround? Artwork to follow.",
    ),
]
