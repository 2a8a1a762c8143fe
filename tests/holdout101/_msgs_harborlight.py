"""Harborlight Caregiver Alliance: outbound mail of an Alzheimer's caregiver support agency (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import HCA, Att, Spec

SIG = "\n\nHarborlight Caregiver Alliance\n740 N Water St, Milwaukee WI 53202 | 414-555-0160\nYou are not alone in caring."

FHIR_QR = """{
  "resourceType": "QuestionnaireResponse",
  "status": "completed",
  "authored": "2026-11-30",
  "subject": {"display": "Dorothea Kwiatkowski, DOB 1940-01-19"},
  "source": {"display": "Stanley Kwiatkowski (husband, caregiver)"},
  "item": [
    {"linkId": "dx", "text": "Care recipient diagnosis", "answer": [{"valueString": "Frontotemporal dementia, behavioural variant"}]},
    {"linkId": "adl", "text": "ADL help needed", "answer": [{"valueString": "bathing, dressing, toileting"}]},
    {"linkId": "zarit", "text": "Zarit burden score", "answer": [{"valueInteger": 41}]}
  ]
}
"""

X12_270_TEST = (
    "ISA*00*          *00*          *ZZ*HARBORLIGHT    *ZZ*AVAILITYTEST   *261202*0915*^*00501*000000001*0*T*:~"
    "GS*HS*HARBORLIGHT*AVAILITY*20261202*0915*1*X*005010X279A1~ST*270*0001*005010X279A1~"
    "BHT*0022*13*TEST0001*20261202*0915~HL*1**20*1~NM1*PR*2*TEST PAYER*****PI*00000~"
    "HL*2*1*21*1~NM1*1P*2*HARBORLIGHT CAREGIVER ALLIANCE~HL*3*2*22*0~"
    "NM1*IL*1*TESTSUBSCRIBER*CERTIFICATION****MI*TEST00000000~DMG*D8*19000101~EQ*30~SE*11*0001~GE*1*1~IEA*1*000000001~"
)


def m(
    phi: bool, category: str, notes: str, frm: str, to: str, subject: str, body: str, **kw: object
) -> Spec:
    return Spec(
        phi=phi, category=category, notes=notes, frm=frm, to=to, subject=subject, body=body, **kw
    )  # type: ignore[arg-type]


MESSAGES = [
    # ---------------- PHI ----------------
    m(
        True,
        "Respite intake summary PDF to adult day center",
        "Intake PDF naming the care recipient with dementia stage, behaviours and medications.",
        f"Respite Program <respite@{HCA}>",
        "admissions@sunrisecommonsadultday.org",
        "New respite participant starting 12/8",
        "Hi Carla, intake summary attached for our new participant. Family prefers Mon/Wed/Fri."
        + SIG,
        atts=(
            Att(
                "intake_Hollister_B.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBORLIGHT CAREGIVER ALLIANCE - RESPITE INTAKE SUMMARY",
                        "Participant: Bernard Hollister   DOB 07/21/1942   Phone 414-555-0171",
                        "Diagnosis: Alzheimer's disease, moderate (FAST stage 5)",
                        "Behaviours: exit-seeking late afternoon; hearing aids both ears",
                        "Medications: donepezil 10 mg, sertraline 50 mg",
                        "Caregiver: Irene Hollister (wife)",
                    ],
                    "Respite intake",
                ),
            ),
        ),
    ),
    m(
        True,
        "Support group facilitator note to caregiver about husband's medication",
        "Hard positive: caregiver's first name, husband's first name, wandering and a Seroquel change, to her gmail.",
        f"Maureen Tabor <mtabor@{HCA}>",
        "donna.reinholt@gmail.com",
        "thinking of you",
        "Hi Donna,\n\nI'm so sorry Frank's wandering got worse after the Seroquel change. Please do call his doctor about it - and the GPS insole we talked about is in our lending closet if you want it.\n\nSee you Thursday,\nMaureen",
    ),
    m(
        True,
        "Grant report workbook with participant names",
        "Hard positive: multi-sheet grant workbook; the second sheet lists caregivers, care recipients and their diagnoses.",
        f"Development <grants@{HCA}>",
        "programofficer@greaterlakesfoundation.org",
        "Q3 outcomes workbook",
        "Attached is our Q3 outcomes workbook for grant GLF-2026-118.",
        atts=(
            Att(
                "GLF118_Q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Outcomes": [
                            ["Measure", "Target", "Actual"],
                            ["Families served", 120, 134],
                            ["Respite hours", 2400, 2611],
                        ],
                        "Participants": [
                            ["Caregiver", "Care recipient", "Diagnosis", "Respite hrs"],
                            ["Yolanda Pruneda", "Arturo Pruneda", "Vascular dementia", 44],
                            ["Philip Nakamura", "Setsuko Nakamura", "Alzheimer's", 61],
                            ["Gail Strand", "Leroy Strand", "Parkinson's disease dementia", 38],
                        ],
                    }
                ),
            ),
        ),
    ),
    m(
        True,
        "Referral to Area Agency on Aging with MBI",
        "Referral naming client with Medicare MBI and dementia diagnosis for home-delivered meals and personal care.",
        f"Care Navigation <navigators@{HCA}>",
        "intake@milwaukeeco-aging.org",
        "Referral: Ottilie Braun",
        "Client: Ottilie Braun, 2915 N Booth St, Milwaukee 53212\nMBI: 3QW9RH2TD41\nDx: mixed Alzheimer's/vascular dementia; lives alone, missed meals, weight loss 8 lb\nRequest: home-delivered meals and personal care assessment\nNavigator: Jonah Pierce, 414-555-0163"
        + SIG,
    ),
    m(
        True,
        "Medicaid waiver application DOCX with SSN",
        "Hard positive: body is a cover note; the DOCX carries care recipient's name, SSN and dementia diagnosis.",
        f"Care Navigation <navigators@{HCA}>",
        "applications@wi-family-care-adrc.org",
        "Family Care application packet",
        "Completed application attached; the family signed on 11/30.",
        atts=(
            Att(
                "FamilyCare_application.docx",
                DOCX,
                docx(
                    [
                        "Family Care Functional Screen - supporting information",
                        "Applicant: Casimir Zielinski   SSN 538-21-7746   DOB 03/03/1937",
                        "Primary diagnosis: Alzheimer's disease; secondary: COPD on home oxygen",
                        "Needs supervision for all IADLs; daughter Renata is the primary caregiver.",
                    ]
                ),
            ),
        ),
    ),
    m(
        True,
        "Home visit invite for dementia care coach",
        "Calendar invite to caregiver naming care recipient and an in-home dementia assessment at their address.",
        f"Care Coaching <coaching@{HCA}>",
        "ruthann.oyelaran@outlook.com",
        "Home visit with your care coach",
        "Hi Ruthann, here is the calendar hold for the home visit.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harborlight//Coaching//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:hca-visit-3381@harborlightcare.org\r\nDTSTAMP:20261201T160000Z\r\nDTSTART:20261208T150000Z\r\nDTEND:20261208T163000Z\r\nSUMMARY:Home dementia assessment - Samuel Oyelaran (early-onset AD)\r\nLOCATION:5520 W Vliet St, Milwaukee WI 53208\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    m(
        True,
        "Forwarded caregiver email about hospice enrolment",
        "Hard positive: forwarded caregiver message naming her mother's hospice enrolment, sent on to a volunteer coordinator.",
        f"Family Support <familysupport@{HCA}>",
        "volunteers@stcamillushospicevol.org",
        "Fwd: Mom",
        "Can one of your companion volunteers help this family? See below.",
        forward=Spec(
            phi=True,
            category="caregiver email",
            notes="nested",
            frm="Lucille Hartwig <lucy.hartwig@yahoo.com>",
            to=f"familysupport@{HCA}",
            subject="Mom",
            body="Mom (Frieda Hartwig) went on hospice Monday, end-stage Alzheimer's. She's at home on Wells St. I can't leave her alone even to shower. Is there anyone who could sit with her a couple of hours a week?",
        ),
    ),
    m(
        True,
        "Missing person alert with photo to police liaison",
        "Hard positive: missing-person alert naming a man with Alzheimer's, with photo file named after him.",
        f"Safe Return Desk <safereturn@{HCA}>",
        "communityliaison@milwaukeepd-district3.org",
        "Missing: George Tan, 79",
        "George Tan, 79, walked away from home near 35th and Wells around 6:15 this morning. He has Alzheimer's and may not know his address. Wearing a tan jacket. Photo attached. Family: 414-555-0175."
        + SIG,
        atts=(Att("photo_george_tan.png", "image/png", png(8, 8, (150, 130, 110))),),
    ),
    m(
        True,
        "Respite voucher roster CSV to state program",
        "CSV roster of clients with names, diagnoses and respite hours sent to the state program office.",
        f"Respite Program <respite@{HCA}>",
        "respite-reports@wi-dhs-aging.org",
        "November respite voucher roster",
        "November roster attached as requested for reconciliation.",
        atts=(
            Att(
                "respite_roster_2026-11.csv",
                "text/csv",
                "client_name,client_dob,diagnosis,caregiver,hours\r\nHerbert Lindahl,1935-09-12,Alzheimer's disease,Agnes Lindahl,16\r\nMaria Kowalczyk,1941-02-28,Lewy body dementia,Tomasz Kowalczyk,24\r\n",
            ),
        ),
    ),
    m(
        True,
        "Subject-only diagnosis and assist level to transport partner",
        "Hard positive: client's name and Lewy body dementia appear only in the subject; body says see subject.",
        f"Care Navigation <navigators@{HCA}>",
        "dispatch@milwaukeeparaxpress.com",
        "Mrs. Okonkwo (Ada) - Lewy body dementia - needs 2-person assist, Tues 9am pickup",
        "see subj - pickup from home to Maplecrest. thx",
    ),
    m(
        True,
        "Caregiver depression screen result to caregiver",
        "Caregiver's own PHQ-9 score and referral sent to her personal mailbox by name.",
        f"Care Coaching <coaching@{HCA}>",
        "patrice.villalobos@hotmail.com",
        "Your check-in results",
        "Dear Patrice,\n\nThank you for completing the check-in. Your PHQ-9 score was 16, which suggests moderately severe depression. This is very common among caregivers, and it is treatable. I have shared the Caregiver Counseling line (414-555-0166) and encourage you to talk with your own doctor this week.\n\nWarmly,\nNadia, Care Coach"
        + SIG,
    ),
    m(
        True,
        "Pasted headerless table of clients to partner",
        "Hard positive: table without headers of names, ages, stages and medications pasted in the body.",
        f"Adult Day Liaison <adultday@{HCA}>",
        "programs@sunrisecommonsadultday.org",
        "for Monday",
        "Carla - the three starting Monday:\n\nE. Marchand   81   FAST 6a   memantine/donepezil\nR. Quist      77   FAST 4    rivastigmine patch\nL. DaSilva    88   FAST 5    no meds, diabetic (metformin)\n\nThanks!",
    ),
    m(
        True,
        "HTML-only personalized newsletter revealing condition",
        "Hard positive: HTML-only marketing mail addressed to a named caregiver stating her husband has frontotemporal dementia.",
        f"Harborlight News <news@{HCA}>",
        "margaret.steinbach@gmail.com",
        "Margaret, new FTD caregiver group starts January",
        "",
        html="<html><body><p>Dear Margaret,</p><p>Because you are caring for your husband <b>Leonard</b> through his <b>frontotemporal dementia</b>, we wanted you to be first to know about our new FTD caregiver circle on Tuesdays.</p><p><a href='https://harborlightcare.org/ftd'>Reserve a seat</a></p></body></html>",
    ),
    m(
        True,
        "FHIR QuestionnaireResponse to partner health system",
        "Hard positive: FHIR attachment names care recipient, DOB, FTD diagnosis and caregiver burden score; body is generic.",
        f"Care Navigation <navigators@{HCA}>",
        "caregiver-program@aurorahealthpartners.org",
        "Assessment export (FHIR)",
        "Assessment export attached per our data sharing agreement.",
        atts=(Att("qr_20261130.json", "application/fhir+json", FHIR_QR),),
    ),
    m(
        True,
        "Zip of intake forms to adult day partner",
        "Hard positive: zipped text intake forms each naming a client with diagnoses.",
        f"Respite Program <respite@{HCA}>",
        "admissions@sunrisecommonsadultday.org",
        "intake forms (3)",
        "Zip attached.",
        atts=(
            Att(
                "intakes_dec.zip",
                "application/zip",
                zipped(
                    {
                        "intake_Marchand.txt": "Name: Eugene Marchand\nDOB 1945-12-02\nDx: Alzheimer's FAST 6a, incontinent, choking risk - soft diet\n",
                        "intake_Quist.txt": "Name: Ruth Quist\nDOB 1949-04-15\nDx: Parkinson's disease dementia; rivastigmine patch\n",
                        "intake_DaSilva.txt": "Name: Lourdes DaSilva\nDOB 1938-08-30\nDx: vascular dementia, type 2 diabetes\n",
                    }
                ),
            ),
        ),
    ),
    m(
        True,
        "Scanned form text with OCR errors",
        "Hard positive: OCR'd intake form text in the body with name, DOB and diagnosis despite OCR errors.",
        f"Scan Station <scanner@{HCA}>",
        "records@sunrisecommonsadultday.org",
        "Scanned document 20261201_0932",
        "[OCR text]\nHARBORL1GHT CAREG1VER ALL1ANCE  -  lNTAKE\nNAME: B0ris  Vukovich     D0B: O5/11/1939\nDX:  ALZHElMER5  DlSEASE  - m0derate ;  HX 0F  FALLS\nMEDS:  d0nepezil 10mg\nEMERG C0NTACT:  Mila Vukovich  414-555-0178",
    ),
    m(
        True,
        "Paratransit request with diagnosis and appointment",
        "Ride request naming client, address, wheelchair need due to Parkinson's and a clinic appointment.",
        f"Care Navigation <navigators@{HCA}>",
        "eligibility@mcts-transitplus.org",
        "Transit Plus ride - Walter Bakken",
        "Please schedule: Walter Bakken, 1202 E Kane Pl, Milwaukee. Uses a wheelchair (Parkinson's disease, frequent freezing). Appointment at Maplecrest Geriatrics Thu 12/10 1:30 PM, return 3:30 PM. Daughter will ride along."
        + SIG,
    ),
    m(
        True,
        "Condolence letter to family mentioning hospice death",
        "Condolence e-mail to son naming his late father's death on hospice after dementia.",
        f"Family Support <familysupport@{HCA}>",
        "d.ferraro.works@gmail.com",
        "With sympathy",
        "Dear Dominic,\n\nWe were so sorry to hear that your father, Raymond Ferraro, passed away peacefully on hospice last Tuesday after his long journey with Alzheimer's. It was a privilege to know him at our Tuesday music group.\n\nWith sympathy,\nThe Harborlight family",
    ),
    # ---------------- non-PHI ----------------
    m(
        False,
        "HTML-only caregiver conference flyer",
        "HTML-only event promotion for a caregiver conference; no individual.",
        f"Harborlight Events <events@{HCA}>",
        "community@milwaukee-faithnetwork.org",
        "Save the date: Caring Together conference, March 6",
        "",
        html="<html><body><h1>Caring Together 2027</h1><p>A free day of workshops for family caregivers of people living with dementia.</p><ul><li>Managing sundowning</li><li>Legal &amp; financial planning</li></ul><p>Register: harborlightcare.org/caring</p></body></html>",
    ),
    m(
        False,
        "Annual report aggregate statistics",
        "Hard negative: aggregate counts and percentages by diagnosis; no individual.",
        f"Development <grants@{HCA}>",
        "board@harborlightcare-advisors.org",
        "Annual report numbers for the layout",
        "Final numbers: 412 families served; 63% Alzheimer's, 14% vascular, 9% Lewy body, 14% other/unknown. 18,240 respite hours. Average caregiver age 67.",
    ),
    m(
        False,
        "Volunteer role posting",
        "Job-style volunteer posting; no individual.",
        f"Volunteer Services <volunteers@{HCA}>",
        "postings@volunteermke-match.org",
        "Volunteer companion - 2 hrs/week",
        "Harborlight seeks friendly volunteers to spend two hours a week with a person living with dementia so their caregiver can rest. Training and background check provided.",
    ),
    m(
        False,
        "Volunteer HIPAA training handout with fictional names",
        "Hard negative: training DOCX uses clearly fictional example names to show what not to share.",
        f"Volunteer Services <volunteers@{HCA}>",
        "newvolunteers@harborlightcare-volunteers.org",
        "Confidentiality training handout",
        "Please read before Saturday's orientation.",
        atts=(
            Att(
                "confidentiality_training.docx",
                DOCX,
                docx(
                    [
                        "Confidentiality for Volunteers",
                        "Never post about the families you visit. Example of what NOT to write (fictional): 'Visited Mr. Sample Person today, his Alzheimer's is worse.'",
                        "If in doubt, talk to your coordinator.",
                    ]
                ),
            ),
        ),
    ),
    m(
        False,
        "Printing quote request for brochures",
        "Vendor mail about printing brochures; no individuals.",
        f"Communications <comms@{HCA}>",
        "quotes@lakefrontprinting.com",
        "Quote: 5,000 tri-fold brochures",
        "Please quote 5,000 tri-folds, 100# gloss, 4/4, delivery by Jan 15. Artwork zip to follow Monday.",
        atts=(Att("logo_preview.png", "image/png", png(4, 4, (20, 80, 160))),),
    ),
    m(
        False,
        "Lewy body caregiver group schedule invite",
        "Hard negative: recurring support-group invite for a diagnosis topic sent to a distribution list; no individual.",
        f"Support Groups <groups@{HCA}>",
        "lbd-group@lists.harborlightcare.org",
        "LBD caregiver group - December",
        "December meeting details below.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harborlight//Groups//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:hca-lbd-dec@harborlightcare.org\r\nDTSTAMP:20261201T160000Z\r\nDTSTART:20261215T233000Z\r\nDTEND:20261216T010000Z\r\nSUMMARY:Lewy Body Dementia Caregiver Support Group\r\nLOCATION:Harborlight, Room 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    m(
        False,
        "Office illness exposure notice",
        "Hard negative: staff notice about a COVID exposure at the office, no names.",
        f"Operations <operations@{HCA}>",
        f"staff@{HCA}",
        "COVID exposure - Tuesday staff meeting",
        "A person who attended Tuesday's staff meeting has tested positive. If you attended, please test on day 5 and mask through Dec 11. No action needed if you were remote.",
    ),
    m(
        False,
        "Donor thank-you letter",
        "Thank-you to a donor at a personal mailbox; no health information.",
        f"Development <grants@{HCA}>",
        "frank.amundsen@comcast-mail.net",
        "Thank you for your gift",
        "Dear Mr. Amundsen,\n\nThank you for your generous gift of $500 to Harborlight's respite fund. This letter serves as your receipt; no goods or services were provided.\n\nGratefully,\nKaren Voss, Development Director",
    ),
    m(
        False,
        "Grant narrative with de-identified vignette",
        'Hard negative: narrative with aggregate numbers and an unidentifiable vignette ("a caregiver in her 70s").',
        f"Development <grants@{HCA}>",
        "programofficer@greaterlakesfoundation.org",
        "Narrative section - story of impact",
        "One caregiver in her 70s told us that six hours of respite each week let her keep her own cardiology appointments for the first time in a year. Across the program, 81% of caregivers reported lower stress at 6 months.",
    ),
    m(
        False,
        "CRM import test file with synthetic clients",
        "Hard negative: CSV of declared synthetic test clients for a CRM migration.",
        f"IT <it@{HCA}>",
        "migration@caresuite-crm.com",
        "Test import file (synthetic)",
        "Per your request, a test file with fake records only (ZZTEST prefix) to validate field mapping.",
        atts=(
            Att(
                "test_import.csv",
                "text/csv",
                "client_name,dob,diagnosis\r\nZZTEST Alpha,1900-01-01,TEST DIAGNOSIS\r\nZZTEST Bravo,1900-01-02,TEST DIAGNOSIS\r\n",
            ),
        ),
    ),
    m(
        False,
        "Board meeting minutes PDF",
        "Finance and governance minutes; no client information.",
        f"Executive Office <exec@{HCA}>",
        "directors@harborlightcare-board.org",
        "Draft minutes - November board meeting",
        "Draft minutes attached for your review.",
        atts=(
            Att(
                "board_minutes_2026-11.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBORLIGHT CAREGIVER ALLIANCE - BOARD OF DIRECTORS MINUTES",
                        "November 19, 2026. Present: 9 of 11 directors.",
                        "Finance: YTD revenue 94% of budget; audit firm re-engaged.",
                        "Motion to approve 2027 budget carried.",
                    ],
                    "Board minutes",
                ),
            ),
        ),
    ),
    m(
        False,
        "MFA enrollment reminder",
        "IT security notice to staff; no client data.",
        f"IT <it@{HCA}>",
        f"staff@{HCA}",
        "Enroll in MFA by Friday",
        "All accounts must have multi-factor authentication by Friday 12/11. Go to the portal, choose Security, and scan the QR code with the authenticator app.",
    ),
    m(
        False,
        "Advisory board neurologist bio with NPI",
        "Hard negative: advisory board bio with clinician's specialties and NPI; no patient.",
        f"Communications <comms@{HCA}>",
        "editor@milwaukeeseniorsnews.com",
        "Advisory board announcement",
        "Harborlight welcomes Dr. Tobias Renner, behavioural neurologist (NPI: 1503463733), to our medical advisory board. Dr. Renner specializes in frontotemporal dementia and primary progressive aphasia."
        + SIG,
    ),
    m(
        False,
        "Respite service rate sheet workbook",
        "Hard negative: multi-sheet rate workbook with service codes (T1005, S5150) and prices; no clients.",
        f"Finance <finance@{HCA}>",
        "contracts@mycarewi-mco.org",
        "2027 rates",
        "Our 2027 rate sheet is attached.",
        atts=(
            Att(
                "rates_2027.xlsx",
                XLSX,
                xlsx(
                    {
                        "In-home": [
                            ["Code", "Service", "Unit", "Rate"],
                            ["S5150", "Unskilled respite", "15 min", 7.25],
                            ["T1005", "Respite care", "15 min", 8.10],
                        ],
                        "Adult day": [
                            ["Code", "Service", "Unit", "Rate"],
                            ["S5100", "Adult day care", "15 min", 4.40],
                            ["S5102", "Adult day care", "per diem", 92.00],
                        ],
                    }
                ),
            ),
        ),
    ),
    m(
        False,
        "Wandering prevention tip sheet PDF",
        "Hard negative: generic tip sheet about wandering in Alzheimer's; no individual.",
        f"Family Support <familysupport@{HCA}>",
        "library@milwaukeepubliclib-branches.org",
        "Tip sheet for your caregiver shelf",
        "Here's our updated tip sheet to print for the caregiver resource shelf.",
        atts=(
            Att(
                "wandering_tips.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBORLIGHT CAREGIVER ALLIANCE - PREVENTING WANDERING",
                        "1. Keep a recent photo and medical info ready.",
                        "2. Consider door chimes and GPS devices.",
                        "3. Call 911 right away if someone is missing.",
                    ],
                    "Wandering tips",
                ),
            ),
        ),
    ),
    m(
        False,
        "Memorandum of understanding with adult day center",
        "Partnership MOU DOCX; no client information.",
        f"Executive Office <exec@{HCA}>",
        "director@sunrisecommonsadultday.org",
        "MOU redline",
        "Redline attached; only section 4 (referral process) changed.",
        atts=(
            Att(
                "MOU_Sunrise_v3.docx",
                DOCX,
                docx(
                    [
                        "Memorandum of Understanding between Harborlight Caregiver Alliance and Sunrise Commons Adult Day",
                        "4. Referrals: Harborlight will refer families only with written consent.",
                        "Term: January 1, 2027 to December 31, 2028.",
                    ]
                ),
            ),
        ),
    ),
    m(
        False,
        "Media reply with prevalence statistics",
        "Hard negative: reply to reporter with county-level Alzheimer's prevalence statistics.",
        f"Communications <comms@{HCA}>",
        "newsdesk@mkeherald-news.com",
        "RE: Alzheimer's numbers for your story",
        "Happy to help. Roughly 21,000 Milwaukee County residents 65+ live with Alzheimer's, and about 42,000 unpaid family caregivers support them. Our executive director is available Thursday for an interview.",
    ),
    m(
        False,
        "X12 270 eligibility test transaction",
        "Hard negative: X12 270 in test mode (ISA usage T) with a declared test subscriber for clearinghouse certification.",
        f"IT <it@{HCA}>",
        "edi-certification@availity-test-support.com",
        "270 certification test file",
        "Test 270 attached for certification (usage indicator T, test subscriber only).",
        atts=(Att("hca_270_test.x12", "application/edi-x12", X12_270_TEST),),
    ),
    m(
        False,
        "Self-care blog draft to communications volunteer",
        "Blog draft on caregiver self-care; no individual.",
        f"Communications <comms@{HCA}>",
        "jess.lindqvist.writes@gmail.com",
        "blog draft - 5 ways to refill your cup",
        "Jess, here's the draft. Can you tighten the intro? 1) Ask for help early 2) Keep your own appointments 3) Move 20 minutes a day 4) Join a group 5) Forgive yourself.",
    ),
    m(
        False,
        "Brochure artwork zip to printer",
        "Zip of brochure artwork files; no individuals.",
        f"Communications <comms@{HCA}>",
        "prepress@lakefrontprinting.com",
        "Artwork files",
        "Artwork attached as promised.",
        atts=(
            Att(
                "trifold_artwork.zip",
                "application/zip",
                zipped(
                    {
                        "trifold_copy.txt": "Harborlight Caregiver Alliance - you are not alone in caring. Call 414-555-0160.",
                        "logo.png": png(4, 4, (20, 80, 160)),
                    }
                ),
            ),
        ),
    ),
]
