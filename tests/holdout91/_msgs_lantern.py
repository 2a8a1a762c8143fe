"""Lantern ALS Alliance: an ALS support charity (equipment loans, grants, navigators) (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nLantern ALS Alliance | 1400 Harbor Ave, Suite 12, Duluth, MN 55802 | 555-0190\nwww.lanternals.org"
FOOT = "\n\nLantern ALS Alliance is a 501(c)(3) nonprofit. EIN 84-3317602."

MESSAGES = [
    Spec(
        phi=True,
        category="Power wheelchair loan agreement to client",
        notes="Loan agreement to a client's personal mailbox naming him, his ALS and the chair's serial number.",
        frm="Equipment Closet <equipment@lanternals.org>",
        to="rfenstermacher@gmail.com",
        subject="Your power chair loan agreement",
        body=(
            "Dear Ray,\n\nYour loaner power wheelchair (Permobil M3, serial PM3-77120-K) will be delivered Friday. "
            "Because your ALS has progressed to where you need tilt and a head array, we've set it up with both. "
            "Please sign the attached agreement and return it to the driver." + SIG
        ),
        atts=(
            Att(
                "loan_agreement_Fenstermacher.pdf",
                "application/pdf",
                pdf(
                    [
                        "LANTERN ALS ALLIANCE - EQUIPMENT LOAN AGREEMENT",
                        "Borrower: Raymond Fenstermacher, 2214 Skyline Pkwy, Duluth MN 55806",
                        "Diagnosis on referral: ALS (bulbar onset 2024)",
                        "Item: Permobil M3 power wheelchair, SN PM3-77120-K, tilt + head array",
                        "Loan period: open-ended; return when no longer needed.",
                    ],
                    "Loan agreement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Respite grant approval to spouse",
        notes="Grant approval to the wife's personal mailbox naming her husband, his ALS and in-home aide hours.",
        frm="Grants Team <grants@lanternals.org>",
        to="judy.kowalski.duluth@yahoo.com",
        subject="Your respite grant is approved",
        body=(
            "Dear Judy,\n\nGood news: the committee approved a respite grant of $2,400 so an aide can stay with Martin "
            "while you work. We know Martin's ALS now means he can't be left alone because of the choking risk. "
            "Payment goes straight to Northland Home Care for up to 80 hours.\n\nWarmly,\nBeth Aaltonen, Grants Coordinator"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Care navigator update to ALS clinic on client decline",
        notes="Hard positive: first name and last initial plus clinic day with ALSFRS-R drop, BiPAP and weight loss sent to the clinic team.",
        frm="Care Navigator <navigator@lanternals.org>",
        to="alsclinic@essentiaregional.org",
        subject="Gene W. (your Tuesday clinic)",
        body=(
            "Hi team,\n\nHome visit with Gene W. yesterday. His own ALSFRS-R self-score is down to 28 from 34 in January. "
            "He's using the BiPAP every night now and has lost about 10 lb. His wife is asking about a feeding tube "
            "discussion at Tuesday's visit.\n\nSara Lindahl, Care Navigator" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Speech device funding request to Medicaid plan",
        notes="Eye-gaze speech device funding packet with member name, Medicaid ID and ALS diagnosis code G12.21.",
        frm="Assistive Tech <at@lanternals.org>",
        to="dme.priorauth@northcountrymedicaid.org",
        subject="SGD request - member attached",
        body="On behalf of our client, please find the speech-generating device request. The SLP evaluation is attached.",
        atts=(
            Att(
                "SGD_request.pdf",
                "application/pdf",
                pdf(
                    [
                        "LANTERN ALS ALLIANCE - ASSISTIVE TECHNOLOGY PROGRAM",
                        "Speech-generating device request (E2510) - eye-gaze access",
                        "Member: Lucille Harlan   DOB 10/27/1961   Medicaid ID NCM00418872",
                        "Diagnosis: G12.21 amyotrophic lateral sclerosis; severe dysarthria",
                        "SLP: speech intelligibility 15%; cannot use hands for access",
                    ],
                    "SGD request",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Support group sign-in sheet to volunteer gmail",
        notes="Hard positive: CSV of support group attendees with names, phones and year of ALS diagnosis sent to a volunteer facilitator's gmail.",
        frm="Support Groups <groups@lanternals.org>",
        to="pat.hendrickx.volunteer@gmail.com",
        subject="sign-in from Thursday",
        body="Pat, here's the list so you can do reminder calls for April. Thanks for all you do!",
        atts=(
            Att(
                "thursday_group.csv",
                "text/csv",
                "name,role,phone,diagnosed\nGene Whitford,person with ALS,555-0192,2023\nMarilyn Whitford,spouse,555-0192,\nDoreen Pike,person with ALS,555-0143,2025\nLuis Castellano,son,555-0168,\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Accessible ride request to clinic appointment",
        notes="Hard positive: ride request naming a client, her home address, power chair and ALS clinic appointment time.",
        frm="Client Services <clientservices@lanternals.org>",
        to="bookings@arrowheadaccessvan.com",
        subject="Ride Thu 3/26",
        body=(
            "Please book: Ruth Castellano, 42 Alder St, Duluth. Power chair user, needs the lift van. Pickup 8:15 am Thursday "
            "3/26 to the ALS clinic at Essentia, 400 E 3rd St; return about 1 pm. Lantern pays (account LAN-22)."
        ),
    ),
    Spec(
        phi=True,
        category="Familial genetic result to trial navigator",
        notes="Names a client and her brother with a confirmed SOD1 variant to a trial navigator.",
        frm="Care Navigator <navigator@lanternals.org>",
        to="trials@northstaralsresearch.org",
        subject="SOD1 family - possible prevention study",
        body=(
            "Hello Dr. Amari,\n\nLucille Harlan (our client, symptomatic ALS) told me her genetic test came back positive for an "
            "SOD1 A5V variant, and her brother Dennis Harlan (age 58, no symptoms) has now tested positive too. Dennis "
            "is interested in the presymptomatic study. His phone is 555-0174.\n\nSara" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Hospice referral coordination",
        notes="Coordination email to a hospice naming the client, her tracheostomy decision and home address.",
        frm="Care Navigator <navigator@lanternals.org>",
        to="referrals@lakesuperiorhospice.org",
        subject="Referral follow-up - Doreen Pike",
        body=(
            "Hi Connie,\n\nFollowing up on the referral from Dr. Amari: Doreen Pike (DOB 06/18/1950) has declined tracheostomy "
            "and wants comfort care at home, 907 Lakeview Terrace. Her daughter is the contact. Could intake call this week?\n\nSara Lindahl"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Feeding tube photo named after client",
        notes="Hard positive: only the PNG file name carries the client's full name and feeding tube site; body asks if it looks infected.",
        frm="Care Navigator <navigator@lanternals.org>",
        to="nursevolunteer.ingrid@outlook.com",
        subject="quick look?",
        body="Ingrid, his daughter sent this - does it look infected to you or just irritated? She's deciding whether to call the clinic.",
        atts=(Att("tomas_lopez_PEG_site_0316.png", "image/png", png(6, 6, (190, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="Grant committee applicant workbook",
        notes="Hard positive: multi-sheet workbook listing grant applicants by name with ALS stage, equipment needs and household income.",
        frm="Grants Team <grants@lanternals.org>",
        to="committee-chair@lanternals-board.org",
        subject="March applicants for Thursday's vote",
        body="Nine applicants this round, two tabs. Please don't forward.",
        atts=(
            Att(
                "march_applicants.xlsx",
                XLSX,
                xlsx(
                    {
                        "Respite": [
                            ["Applicant", "Client", "Need", "Stage", "Income"],
                            [
                                "Judy Kowalski",
                                "Martin Kowalski",
                                "aide 80 h",
                                "late, choking risk",
                                "$41,000",
                            ],
                            [
                                "Marilyn Whitford",
                                "Gene Whitford",
                                "aide 40 h",
                                "BiPAP nightly",
                                "$63,500",
                            ],
                        ],
                        "Equipment": [
                            ["Client", "Item", "Notes"],
                            ["Doreen Pike", "hospital bed", "declined trach"],
                            ["Ruth Castellano", "ramp", "power chair"],
                            ["Tomas Lopez", "suction machine", "PEG since Feb"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR client export to ALS clinic portal",
        notes="FHIR bundle from the charity's CRM with the client's name, phone and ALS condition sent to the clinic.",
        frm="Data Team <data@lanternals.org>",
        to="portal-intake@essentiaregional.org",
        subject="Shared client record (consent on file)",
        body="Per the client's signed consent, attached is the navigator record in FHIR.",
        atts=(
            Att(
                "lantern_client_5531.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": ['
                '{"resource": {"resourceType": "Patient", "id": "lan-5531", "name": [{"family": "Lopez", "given": ["Tomas"]}], "telecom": [{"system": "phone", "value": "555-0115"}]}},'
                '{"resource": {"resourceType": "Condition", "code": {"text": "Amyotrophic lateral sclerosis"}, "onsetDateTime": "2024-05", "subject": {"reference": "Patient/lan-5531"}, "note": [{"text": "PEG placed 02/2026; uses suction"}]}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Condolence letter to widow",
        notes="Hard positive: a warm personal condolence note, but it names the deceased client, his date of death and his ALS to the widow's personal mailbox.",
        frm="Executive Director <director@lanternals.org>",
        to="nora.greer51@aol.com",
        subject="With our sympathy",
        body=(
            "Dear Nora,\n\nWe were so sorry to hear that Walter died on March 9. For three years he faced ALS with such "
            "humour, and our equipment team still talks about his rides around the warehouse. Please keep the hospital bed "
            "as long as you need; we'll collect it whenever you're ready.\n\nWith love,\nAnnika Brandt"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded daughter's request for hospital bed",
        notes="Forwards a daughter's email describing her father's ALS falls and needs to the partner equipment coordinator.",
        frm="Equipment Closet <equipment@lanternals.org>",
        to="loans@superiorcommunitymedequip.org",
        subject="Fwd: Dad needs a hospital bed",
        body="We're out of full-electric beds. Could you cover this one? Details below.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Carla Lopez <carla.lopez.mn@gmail.com>",
            to="equipment@lanternals.org",
            subject="Dad needs a hospital bed",
            body="Hi, my father Tomas Lopez has ALS and fell twice getting out of bed this week. He lives at 315 W 9th St, Duluth. The clinic said a full-electric hospital bed would help. Can you help? Carla 555-0116",
        ),
    ),
    Spec(
        phi=True,
        category="Patient story draft to PR agency",
        notes="Unpublished campaign story naming a client with ALS progression details sent to an outside PR agency.",
        frm="Communications <comms@lanternals.org>",
        to="team@pinegrovepr.com",
        subject="Walk campaign - draft story #2",
        body="Draft story below and in the docx. Gene has signed a release but wants to see the final before it goes anywhere.",
        atts=(
            Att(
                "story2_draft.docx",
                DOCX,
                docx(
                    [
                        "Draft - not for release",
                        "Gene Whitford, 61, was a high-school shop teacher in Cloquet when his hands started to weaken in 2023.",
                        "Today he uses BiPAP at night and a power chair loaned by Lantern.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Equipment delivery by client ID and address",
        notes="Hard positive: terse note with client ID, delivery address and trach/vent status; no name but address identifies the person.",
        frm="Equipment Closet <equipment@lanternals.org>",
        to="drivers@lanternals-logistics.com",
        subject="re: bed for L-2231",
        body="L-2231 is trach/vent now. Swap to the alternating-pressure mattress. Deliver 18 Finch Ln, Hermantown, ring twice, wife answers. Tue am.",
    ),
    Spec(
        phi=True,
        category="Clinical trial pre-screen referral",
        notes="Pre-screen referral with client's name, DOB, ALSFRS-R and FVC to a university trial coordinator.",
        frm="Care Navigator <navigator@lanternals.org>",
        to="als-trials@umn-neuro.edu",
        subject="Pre-screen: Raymond Fenstermacher",
        body="Name: Raymond Fenstermacher\nDOB: 02/03/1967\nOnset: bulbar, 03/2024\nALSFRS-R 36 (02/2026)\nFVC 71%\nOn riluzole, not on edaravone\nPhone 555-0117\n\nHe's interested in the platform trial. Sara",
    ),
    Spec(
        phi=True,
        category="SSDI compassionate allowance support letter with SSN",
        notes="Support letter to the Social Security field office with the client's SSN and ALS diagnosis.",
        frm="Benefits Advocate <benefits@lanternals.org>",
        to="fo.duluth.claims@ssa-fieldoffice.gov",
        subject="Compassionate Allowance - ALS - claim support",
        body=(
            "Re: Ruth Castellano, SSN 528-71-0946\n\nMs. Castellano was diagnosed with amyotrophic lateral sclerosis in December 2025 "
            "at Essentia ALS Clinic. ALS is on the Compassionate Allowances list. Medical records were requested from the clinic and will be sent directly.\n\n"
            "Derek Moua, Benefits Advocate" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Voicemail transcript text file",
        notes="Hard positive: TXT voicemail transcript in which a named client reports a leaking PEG tube and gives her phone number.",
        frm="Front Desk <frontdesk@lanternals.org>",
        to="navigator@essentiaregional.org",
        subject="VM transcript - forwarding",
        body="Forwarding this voicemail transcript since it's a clinical question. We told her to also call you.",
        atts=(
            Att(
                "vm_0317_1042.txt",
                "text/plain",
                'Voicemail 03/17 10:42, 0:48\n"Hi, this is Doreen Pike, uh, my feeding tube is leaking around the, the button again and the skin is red. '
                'Can somebody call me back, 555-0143. Thanks."\n',
            ),
        ),
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="Walk registration confirmation to personal mailbox",
        notes="Hard negative: an ALS charity writing to a personal mailbox, but it only confirms a fundraising-walk registration; nothing about anyone's health.",
        frm="Walk to Defeat ALS <walk@lanternals.org>",
        to="mikeandjen.solberg@gmail.com",
        subject="You're registered: Lantern Walk, May 16",
        body="Thanks for registering team 'Solberg Strong'! Check-in opens 8 am at Bayfront Park. Your fundraising page is live; share it with friends."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Volunteer orientation invite",
        notes="Volunteer orientation calendar invite to a volunteer's personal address.",
        frm="Volunteer Coordinator <volunteer@lanternals.org>",
        to="tlarsen.volunteers@hotmail.com",
        subject="Volunteer orientation Sat 3/28",
        body="Welcome aboard! Orientation covers the equipment warehouse, confidentiality and driving for deliveries.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lantern ALS//Volunteers//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:lan-orient-0328@lanternals.org\r\nDTSTAMP:20260316T160000Z\r\n"
            "DTSTART:20260328T150000Z\r\nDTEND:20260328T170000Z\r\nSUMMARY:Volunteer orientation\r\nLOCATION:Lantern warehouse\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Research grant award announcement",
        notes="Hard negative: names a neurologist researcher and ALS biology topics; no patient.",
        frm="Research Programs <research@lanternals.org>",
        to="news@duluthnewstribune-tips.com",
        subject="Press release: Lantern awards $150,000 for TDP-43 research",
        body="DULUTH - Lantern ALS Alliance today awarded $150,000 to Ines Varga, MD, PhD, a neurologist at Northstar ALS Research, to study TDP-43 mislocalisation in motor neurons. About 97% of ALS cases show TDP-43 pathology."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Aggregate programme report workbook",
        notes="Hard negative: multi-sheet annual report with counts by county and equipment type; no client rows.",
        frm="Data Team <data@lanternals.org>",
        to="grants@lakesuperiorcommunityfdn.org",
        subject="2025 outcomes for our grant report",
        body="Attached are the outcome tables for the 2025 report. All counts are aggregated.",
        atts=(
            Att(
                "2025_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "By county": [
                            ["County", "Families served"],
                            ["St. Louis", 118],
                            ["Carlton", 31],
                            ["Lake", 14],
                        ],
                        "Equipment": [
                            ["Item", "Loans"],
                            ["Power wheelchair", 41],
                            ["Hospital bed", 57],
                            ["Eye-gaze device", 12],
                        ],
                        "Grants": [
                            ["Type", "Awards", "Total"],
                            ["Respite", 64, 121600],
                            ["Home modification", 19, 88300],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Donor thank-you to personal mailbox",
        notes="Hard negative: thank-you for a gift to a personal mailbox with tax language; no health information.",
        frm="Development <giving@lanternals.org>",
        to="g.albrecht.duluth@aol.com",
        subject="Thank you for your gift",
        body="Dear Mr. Albrecht,\n\nThank you for your generous gift of $250 received March 12. No goods or services were provided in exchange for this contribution."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Equipment inventory CSV",
        notes="Hard negative: inventory with device serial numbers and condition, no client information.",
        frm="Equipment Closet <equipment@lanternals.org>",
        to="insurance@northlandmutualagency.com",
        subject="Inventory for the policy renewal",
        body="Current warehouse inventory for the property schedule.",
        atts=(
            Att(
                "inventory_0316.csv",
                "text/csv",
                "item,serial,condition,value\nPermobil M3,PM3-77121-K,good,18500\nHospital bed full-electric,HB-4410,fair,1900\nTobii eye-gaze,TD-I13-88214,good,14200\nSuction machine,SU-2290,new,420\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Volunteer privacy training handout",
        notes="Hard negative: training DOCX using a declared fictional client 'Jane Sample' to illustrate confidentiality.",
        frm="Volunteer Coordinator <volunteer@lanternals.org>",
        to="volunteers@lanternals.org",
        subject="Confidentiality training handout",
        body="Please read before your first delivery shift.",
        atts=(
            Att(
                "confidentiality_training.docx",
                DOCX,
                docx(
                    [
                        "Confidentiality for Lantern volunteers",
                        "Example (fictional): 'Jane Sample' is a made-up client used for this exercise only.",
                        "Never post about clients, their diagnosis, or their homes on social media.",
                        "Never text client names with health details; use the client ID.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Legislative advocacy letter",
        notes="Advocacy letter with state-wide aggregate figures on ALS; no individual.",
        frm="Public Policy <policy@lanternals.org>",
        to="sen.district07@senate.mn-legislature.gov",
        subject="Support for SF 1182 - home care workforce",
        body="Senator,\n\nAbout 450 Minnesotans live with ALS at any time, and most will need 24-hour care in the final year. SF 1182 would raise PCA wages, which directly affects whether families can find aides.\n\nIn 2025 our navigators logged 1,140 hours trying to fill open aide shifts for the families we serve, and 38% of respite grant dollars went unspent because no agency could staff the hours. Rural counties were hit hardest: in Lake and Cook counties, the average wait for a first aide visit was 26 days.\n\nThe bill's wage floor would bring PCA pay in line with entry-level retail jobs in Duluth. Agencies have told us this single change would let them re-open the waiting lists they closed last year. It would also reduce avoidable hospital stays, which cost the state far more than the wage increase.\n\nWe would welcome the chance to meet with you or your staff, and families in your district have offered to testify in general terms about their experience. We urge your support.\n\nAnnika Brandt\nExecutive Director"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Purchase order for stock eye-gaze devices",
        notes="Purchase order for loan-closet stock; no client.",
        frm="Equipment Closet <equipment@lanternals.org>",
        to="orders@clearvoiceassistive.com",
        subject="PO LAN-2026-031: 3 eye-gaze units",
        body="Please ship 3 eye-gaze speech devices with mounts to our warehouse. Net 30. Tax-exempt certificate on file.",
    ),
    Spec(
        phi=False,
        category="ALS care navigator job posting",
        notes="Hard negative: job ad with ALS clinical terms (PEG, BiPAP, ALSFRS-R) but no individual.",
        frm="Human Resources <hr@lanternals.org>",
        to="postings@mnnonprofitjobs.org",
        subject="Job: Care Navigator (RN or LICSW)",
        body="Lantern seeks a Care Navigator to support families living with ALS: home visits, helping families prepare for PEG and BiPAP decisions, tracking ALSFRS-R trends with clinic partners, connecting to grants. Travel in NE Minnesota. $68-78k.",
    ),
    Spec(
        phi=False,
        category="Office norovirus exposure notice",
        notes="Hard negative: staff notice about an illness exposure with no one named.",
        frm="Operations <ops@lanternals.org>",
        to="staff@lanternals.org",
        subject="Stomach bug going around",
        body="We've had a few cases of norovirus in the office. If you have symptoms, stay home 48 hours after they stop, and please do not do home visits. Bleach wipes are in the kitchen.",
    ),
    Spec(
        phi=False,
        category="HTML research news newsletter",
        notes="HTML-only newsletter about tofersen and trial news; no individual.",
        frm="Lantern News <news@lanternals.org>",
        to="subscribers@lists.lanternals.org",
        subject="Research roundup: March",
        body="",
        html="<html><body><h2>Research roundup</h2><ul><li>Tofersen: one-year data in SOD1-ALS</li><li>Platform trial adds two new arms</li><li>Our 2026 grant cycle opens April 1</li></ul><p><a href='https://lanternals.org/unsubscribe'>Unsubscribe</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="De-identified caregiver survey results",
        notes="Hard negative: caregiver burden survey with respondent codes and age bands only.",
        frm="Data Team <data@lanternals.org>",
        to="caregiving-lab@uwsuperior-research.edu",
        subject="Caregiver survey file (de-identified)",
        body="Respondent codes only; no names, dates or locations below state.",
        atts=(
            Att(
                "zbi_survey_2026.csv",
                "text/csv",
                "resp,relation,age_band,zbi_total,hours_per_week\nR01,spouse,60-69,52,70\nR02,child,40-49,38,25\nR03,spouse,70-79,61,84\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Board meeting finance PDF",
        notes="Board finance summary; no clients.",
        frm="Finance <finance@lanternals.org>",
        to="board@lanternals-board.org",
        subject="Board packet - finance",
        body="Finance summary for the March 25 board meeting attached.",
        atts=(
            Att(
                "finance_feb2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "LANTERN ALS ALLIANCE - FINANCE SUMMARY, FEBRUARY 2026",
                        "Revenue YTD: $412,300 (budget $398,000)",
                        "Program expense YTD: $301,750",
                        "Equipment purchases: $48,900",
                        "Cash on hand: 5.2 months",
                    ],
                    "Finance",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Edaravone coverage update to facilitators",
        notes="Hard negative: drug coverage policy change for oral edaravone, sent to group facilitators with no individual.",
        frm="Benefits Advocate <benefits@lanternals.org>",
        to="facilitators@lanternals.org",
        subject="Heads up: Radicava ORS coverage change",
        body="Two large Minnesota plans now require prior authorization for oral edaravone renewals every 6 months. If someone in your group mentions a denial, point them to our benefits line.",
    ),
    Spec(
        phi=False,
        category="Corporate donor tax receipt",
        notes="Tax receipt for a corporate sponsor with EIN and grant numbers; no health information.",
        frm="Development <giving@lanternals.org>",
        to="giving@northshoremarine.com",
        subject="Receipt: 2026 walk sponsorship",
        body="Received from North Shore Marine Supply: $5,000 walk sponsorship, agreement 2026-ALS-0417, on 03/10/2026. In exchange you received logo placement valued at $400."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Facilitator training invite",
        notes="Training invite for support-group facilitators, no clients.",
        frm="Support Groups <groups@lanternals.org>",
        to="facilitators@lanternals.org",
        subject="Facilitator refresher - grief and anticipatory loss",
        body="Quarterly refresher led by a hospice social worker. Zoom link in the invite.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lantern ALS//Groups//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:lan-facil-0402@lanternals.org\r\nDTSTAMP:20260316T170000Z\r\n"
            "DTSTART:20260402T233000Z\r\nDTEND:20260403T010000Z\r\nSUMMARY:Facilitator refresher\r\nLOCATION:Zoom\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Marketing assets zip to printer",
        notes="Zip with logo and print specs for walk banners.",
        frm="Communications <comms@lanternals.org>",
        to="jobs@harborcityprinting.com",
        subject="Walk banner files",
        body="Logo and specs zipped. 3 banners, 3x8 ft, vinyl. Proof by Friday please. Also attaching the logo separately in case the zip gets blocked.",
        atts=(
            Att(
                "walk_banner_files.zip",
                "application/zip",
                zipped(
                    {
                        "lantern_logo.png": png(16, 16, (240, 180, 40)),
                        "specs.txt": "3 banners, 3x8 ft, 13 oz vinyl, grommets every 2 ft. PMS 123 and black.\n",
                    }
                ),
            ),
            Att("lantern_logo.png", "image/png", png(16, 16, (240, 180, 40))),
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded venue confirmation for walk",
        notes="Forwards a park venue's booking confirmation to the walk committee.",
        frm="Walk to Defeat ALS <walk@lanternals.org>",
        to="walk-committee@lanternals.org",
        subject="Fwd: Bayfront Park booking confirmed",
        body="We're confirmed! Tent setup at 6 am.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Park Reservations <reservations@duluthparks-events.org>",
            to="walk@lanternals.org",
            subject="Bayfront Park booking confirmed",
            body="Your reservation for Bayfront Festival Park on May 16, 6 am-2 pm, is confirmed. Permit BP-26-0391.",
        ),
    ),
]
