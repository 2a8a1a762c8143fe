"""Willowmere Assisted Living & Memory Care: outbound mail of an assisted living community (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import Att, Spec

SIG = "\n\nWillowmere Assisted Living & Memory Care\n4150 Heron Bay Drive, Fairhaven, MN 55382 | (320) 555-0140"

FHIR_REF = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "wm-res-0317",
      "name": [{"family": "Castellanos", "given": ["Beatriz"]}],
      "birthDate": "1938-02-11",
      "telecom": [{"system": "phone", "value": "(320) 555-0147"}],
      "address": [{"line": ["4150 Heron Bay Drive", "Apt 226"], "city": "Fairhaven", "state": "MN", "postalCode": "55382"}]},
     "request": {"method": "POST", "url": "Patient"}},
    {"resource": {"resourceType": "ServiceRequest", "status": "active", "intent": "order",
      "subject": {"reference": "Patient/wm-res-0317"},
      "code": {"text": "Home health skilled nursing - CHF monitoring and medication teaching; PT for gait"},
      "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I50.22", "display": "Chronic systolic heart failure"}]}],
      "requester": {"display": "Dr. Omar Haddad"}},
     "request": {"method": "POST", "url": "ServiceRequest"}}
  ]
}
"""

OCR_FORM = """PHYS1CIAN'S REP0RT F0R ASS1STED LlVING  (scanned - 0CR text)
Resident Narne: Ha1vorsen, lngrid        D0B: 04/1l/1938
Apt: 1O8     Physician: Dr. 0mar Haddad
Diagnoses: CHF (l50.9), atrial fibri1lation, macu1ar degeneration
Allergies: su1fa, penicil1in
Medications: furosemide 40 mg dai1y, apixaban 5 mg BlD, metoprolol 25 mg BlD
Can self-administer rneds?  [ ] Yes  [X] No - needs med aide
Diet: 2 g sodium      Fluid restriction: 1.5 L
Signature: ___illegible___     Date: O3/O9/2026
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Pre-admission cognitive assessment result to son",
        notes="Gives the son's gmail his named mother's SLUMS score and the recommendation for memory care.",
        frm="Renata Solberg RN <rsolberg@willowmereliving.com>",
        to="dan.whitcombe@gmail.com",
        subject="Your mom's assessment - next steps",
        body=(
            "Hi Dan,\n\nThank you for bringing your mother in on Friday. I enjoyed meeting Patricia. As we discussed, her SLUMS score was 14 of 30, "
            "and with the two recent episodes of wandering at night and the missed insulin doses, I'm recommending our Lilac memory care "
            "neighborhood rather than traditional assisted living. Her physician will need to complete our physician's report form, "
            "including her current insulin regimen.\n\nWe have an apartment available April 1. Call me with any questions.\n\nRenata Solberg, RN\nWellness Director"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Medication refusal note to pharmacy",
        notes="Names a resident who refused donepezil three days running and asks the pharmacy about an alternative.",
        frm="Med Aide Station <medroom@willowmereliving.com>",
        to="support@fairhavenrx.com",
        subject="Refusals - Fenn",
        body=(
            "Hi Fairhaven Rx,\n\nHarold Fenn (Apt 115) has refused his donepezil 10 mg at bedtime for 3 nights (3/13-3/15); he says it gives him bad "
            "dreams. Dr. Haddad's office is aware. Can the pharmacist suggest whether a morning dose is OK? We'll keep documenting refusals on the MAR.\n\n"
            "Thanks,\nLucia, CMA"
        ),
    ),
    Spec(
        phi=True,
        category="First name, apartment and glucose to visiting nurse",
        notes="Hard positive: terse note with a resident's first name, apartment number and a high blood glucose reading.",
        frm="Willowmere Wellness <wellness@willowmereliving.com>",
        to="ksteen@brightpathhomecare.com",
        subject="Apt 14",
        body="Kari - Eleanor in 14 was 312 fasting, 287 at lunch. Didn't eat much. Called Dr H, waiting on callback. Can you come today instead of Thurs?",
    ),
    Spec(
        phi=True,
        category="Level-of-care invoice PDF to resident's daughter",
        notes="Invoice PDF to the daughter's outlook mailbox naming her mother with medication management and incontinence care charges.",
        frm="Willowmere Business Office <billing@willowmereliving.com>",
        to="sophie.marchand@outlook.com",
        subject="April invoice - Apt 203",
        body="Hello Sophie,\n\nYour mother's April invoice is attached. Autopay will draft on 4/1. The level of care increase from her March reassessment is reflected.\n\nBest,\nNoor Hamdan\nBusiness Office"
        + SIG,
        atts=(
            Att(
                "Willowmere_invoice_Apt203_April2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOWMERE ASSISTED LIVING - RESIDENT INVOICE",
                        "Resident: Genevieve Marchand   Apt 203   Account WM-2031",
                        "Base rent, one-bedroom                          $4,250.00",
                        "Care level 3 (medication management, 2-person transfer,",
                        "  incontinence care, diabetic glucose checks)    $1,150.00",
                        "Escort to dialysis (12 trips)                     $360.00",
                        "Total due 04/01/2026                            $5,760.00",
                    ],
                    "Invoice April 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded hospital discharge notice to wellness director",
        notes="Hard positive: the outer mail only says 'FYI for tomorrow'; the forwarded hospital message names the resident, diagnosis and new medications.",
        frm="Concierge <frontdesk@willowmereliving.com>",
        to="Renata Solberg <rsolberg@willowmereliving.com>",
        cc="wellness.team@mnwellnessconsulting.com",
        subject="FW: returning tomorrow",
        body="Renata - FYI for tomorrow. Transport is booked for 11.\n-Front desk",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="Discharge Planning <dcplanning@stcloudregionalmed.org>",
            to="frontdesk@willowmereliving.com",
            subject="Discharge tomorrow - Arnold Pettersen",
            body=(
                "Arnold Pettersen (DOB 05/09/1936) is cleared to return to Willowmere tomorrow 3/17 after treatment for urosepsis. New meds: "
                "cefuroxime 500 mg BID through 3/22, tamsulosin 0.4 mg nightly. Foley removed 3/15, voiding. Please check temp daily.\n\n"
                "St. Cloud Regional Discharge Planning"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Memory care waitlist workbook to sister community",
        notes="Two-sheet waitlist with prospective residents' names, diagnoses, ages and phone numbers shared with another community.",
        frm="Sales Director <sales@willowmereliving.com>",
        to="Jenna Holm <jholm@lakeshorepinesliving.com>",
        subject="Our memory care waitlist - overflow referrals",
        body="Jenna - as discussed, here's our Lilac waitlist. We can't place anyone before June, so feel free to reach out to the families on tab 1 who said they're open to Lakeshore.\n\nMaya"
        + SIG,
        atts=(
            Att(
                "Lilac_waitlist_Mar2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Open to referral": [
                            ["Prospect", "Age", "Diagnosis", "Contact", "Phone", "Notes"],
                            [
                                "Vernon Achterberg",
                                84,
                                "Alzheimer's, moderate",
                                "daughter Kim",
                                "(320) 555-0171",
                                "exit-seeking",
                            ],
                            [
                                "Loretta Biggs",
                                79,
                                "Lewy body dementia",
                                "husband Carl",
                                "(320) 555-0172",
                                "hallucinations, falls",
                            ],
                            [
                                "Wilma Sundquist",
                                91,
                                "vascular dementia, s/p stroke",
                                "son Eric",
                                "(320) 555-0173",
                                "wheelchair",
                            ],
                        ],
                        "Hold": [
                            ["Prospect", "Age", "Diagnosis", "Deposit"],
                            ["Rosalind Fairbanks", 86, "frontotemporal dementia", "paid 2/20"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Family newsletter HTML-only naming resident's surgery",
        notes="Hard positive: all-families HTML newsletter celebrates a named resident's 100th birthday and return from hip surgery.",
        frm="Life Enrichment <activities@willowmereliving.com>",
        to="families@lists.willowmereliving.com",
        subject="Willowmere Weekly - spring is here!",
        body="",
        html=(
            "<html><body><h2>Willowmere Weekly</h2><h3>Happy 100th, Frances!</h3><p>Please join us Saturday at 3 pm in the Bistro to celebrate "
            "<b>Frances Okonkwo</b>'s 100th birthday. Frances just got back from Fairhaven Hospital after her hip replacement and is already "
            "walking the halls with her physical therapist - cards welcome at Apt 110!</p><h3>This week</h3><ul><li>Mon - chair yoga</li>"
            "<li>Wed - bus trip to the conservatory</li><li>Fri - pizza and bingo</li></ul><p>Willowmere Assisted Living &amp; Memory Care</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Elopement incident report to state licensing",
        notes="Incident report DOCX to the state naming a memory care resident with dementia who left the building and was found by police.",
        frm="Executive Director <ed@willowmereliving.com>",
        to="health.ohfc@state.mn.us",
        subject="Required report - resident left building unsupervised 3/14",
        body="Attached is our initial report for the event on 3/14 as required for assisted living with dementia care licensees. Family and physician were notified the same evening.\n\nCarolyn Beaudry\nExecutive Director"
        + SIG,
        atts=(
            Att(
                "incident_0314_report.docx",
                DOCX,
                docx(
                    [
                        "WILLOWMERE ASSISTED LIVING - INCIDENT REPORT (ALDC licence 41182)",
                        "Resident: Gordon Ekstrom, Lilac neighborhood Apt L-07, age 82",
                        "Diagnosis: Alzheimer's disease, moderate stage; history of exit-seeking",
                        "Event: at about 18:40 resident exited the south courtyard gate behind a delivery driver. Found 19:25 by Fairhaven police at the gas station on Hwy 24, 0.6 miles away.",
                        "Injuries: none. Vital signs normal. Physician Dr. Haddad notified 19:50; daughter Julie notified 19:45.",
                        "Corrective action: gate keypad code changed, delivery entrance moved, WanderGuard bracelet added 3/15.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Comfort-care PRN morphine update to hospice nurse",
        notes="Tells the hospice nurse a named resident's pain increased and how many PRN morphine doses were given.",
        frm="Lucia Ferreira CMA <lferreira@willowmereliving.com>",
        to="Hospice Nurse Abby Lund <alund@compassionhospicemn.org>",
        subject="Tobias - pain worse overnight",
        body=(
            "Abby,\n\nTobias Grant needed 4 doses of the PRN morphine 5 mg overnight (22:00, 01:30, 04:00, 06:15), more than any night this week. "
            "He's grimacing with repositioning and not interested in breakfast. His wife is here and asked if you could come earlier than your "
            "2 pm visit. Should we ask for a scheduled dose?\n\nLucia Ferreira, CMA\nWillowmere"
        ),
    ),
    Spec(
        phi=True,
        category="Headerless blood pressure log named only in file name",
        notes="Hard positive: the CSV has no headers and the resident's name appears only in the file name; the content is a BP log.",
        frm="Willowmere Wellness <wellness@willowmereliving.com>",
        to="nurse.triage@fairhavenfamilymed.com",
        subject="BP log as requested",
        body="Hello, here is the log Dr. Haddad's nurse asked for. Readings were taken by our med aides, sitting, left arm.",
        atts=(
            Att(
                "Grant_Tobias_BP_log_March.csv",
                "text/csv",
                "03/09,AM,168/94,88\r\n03/09,PM,154/90,84\r\n03/10,AM,171/97,91\r\n03/11,AM,162/88,86\r\n03/12,AM,175/99,90\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="One-line culture result reply to resident's daughter",
        notes="Hard positive: reply to the daughter's icloud address about 'Dad' with his urine culture result and antibiotic.",
        frm="Renata Solberg RN <rsolberg@willowmereliving.com>",
        to="Meg Arneson <megarneson@icloud.com>",
        subject="Re: Dad",
        body="Hi Meg - culture came back E. coli, Dr. Haddad started Keflex 500 four times a day for 7 days. He seemed brighter at lunch. Renata\n\n> Any news on the urine test? He was so confused Sunday.",
    ),
    Spec(
        phi=True,
        category="ADL assessment PDF to long-term care insurer",
        notes="Claim PDF to an LTC insurer with the resident's name, policy number, ADL deficits and cognitive impairment.",
        frm="Noor Hamdan <nhamdan@willowmereliving.com>",
        to="claims@heritagelongtermcare.com",
        subject="Benefit claim - policy HLT-88201573 - plan of care and ADL assessment",
        body="Attached are the assessment and plan of care for the benefit claim under policy HLT-88201573. The elimination period began 1/15/2026.\n\nNoor Hamdan"
        + SIG,
        atts=(
            Att(
                "ADL_assessment_HLT-88201573.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOWMERE ASSISTED LIVING - ADL / COGNITIVE ASSESSMENT",
                        "Insured: Mildred Thorsgaard   Policy HLT-88201573   DOB 10/03/1940",
                        "Bathing: needs hands-on assist   Dressing: standby assist",
                        "Transferring: hands-on assist    Continence: incontinent of bladder",
                        "Cognition: MoCA 16/30, diagnosis mild-moderate Alzheimer's disease",
                        "Assessor: Renata Solberg, RN, 01/15/2026",
                    ],
                    "ADL assessment",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR home health referral",
        notes="FHIR bundle with a resident's name, DOB, apartment address and heart failure home health order.",
        frm="Renata Solberg RN <rsolberg@willowmereliving.com>",
        to="intake@brightpathhomecare.com",
        subject="Referral via FHIR - skilled nursing + PT",
        body="Attached is the referral bundle from our EHR. Dr. Haddad signed the face-to-face on 3/13. Resident prefers morning visits.\n\nRenata"
        + SIG,
        atts=(Att("referral_bundle.json", "application/fhir+json", FHIR_REF),),
    ),
    Spec(
        phi=True,
        category="OCR text of scanned physician report",
        notes="Hard positive: noisy OCR text of a scanned physician's report with a resident's name, DOB, diagnoses and medications.",
        frm="Willowmere Records <records@willowmereliving.com>",
        to="scan-import@carevaultrecords.com",
        subject="Batch 0316 - 1 document failed auto-index",
        body="Hi CareVault support, one document in today's batch failed auto-indexing. OCR output attached so you can see what the engine read. Please index it manually.\n\nThanks",
        atts=(Att("batch0316_doc07_ocr.txt", "text/plain", OCR_FORM),),
    ),
    Spec(
        phi=True,
        category="Flu shot and TB read appointment to resident",
        notes="Tells a resident at her aol address her appointment times for a flu shot and a TB skin test reading.",
        frm="Willowmere Wellness <wellness@willowmereliving.com>",
        to="ruthie.kolstad@aol.com",
        subject="Your appointments Thursday",
        body=(
            "Good morning Ruth,\n\nJust a reminder: the nurse will give your high-dose flu shot Thursday at 10:00 in the Wellness Center, and "
            "she will read your TB skin test from Tuesday at the same time. Please wear short sleeves. I put it on your calendar.\n\nWellness Center"
            + SIG
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Willowmere//Wellness//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:wellness-kolstad-0319@willowmereliving.com\r\nDTSTAMP:20260316T133000Z\r\nDTSTART:20260319T150000Z\r\nDTEND:20260319T151500Z\r\n"
            "SUMMARY:Ruth Kolstad - flu vaccine + TB skin test read\r\nLOCATION:Wellness Center\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Emergency transfer notice to ED",
        notes="Tells the ED a named resident is coming by ambulance after a fall with head strike while on apixaban.",
        frm="Willowmere Wellness <wellness@willowmereliving.com>",
        to="ed.charge@fairhavenhospital.org",
        subject="Sending resident by ambulance - fall with head strike",
        body=(
            "ED charge nurse,\n\nMarjorie Lind, 88, from Willowmere Apt 302, is on her way by North Ambulance. Unwitnessed fall about 07:15, "
            "hematoma on the left forehead, on apixaban 5 mg BID for A-fib. Baseline: oriented x3, uses walker. Med list and POLST went with "
            "her. Her son Peter ((320) 555-0168) is meeting her there.\n\nRenata Solberg, RN"
        ),
    ),
    Spec(
        phi=True,
        category="Transport schedule revealing opioid treatment program",
        notes="Hard positive: ride list gives a resident's name with daily rides to a methadone clinic (42 CFR Part 2 sensitive).",
        frm="Transportation <transport@willowmereliving.com>",
        to="dispatch@heronbaycab.com",
        subject="standing rides next week",
        body="Hi, standing rides for next week attached. Same drivers if possible.\n\nTom, Willowmere transportation",
        atts=(
            Att(
                "rides_wk0323.xlsx",
                XLSX,
                xlsx(
                    {
                        "Rides": [
                            ["Day", "Pickup", "Rider", "Destination", "Return"],
                            [
                                "Mon-Fri",
                                "06:45",
                                "Dale Brekken (Apt 118)",
                                "Riverbend Opioid Treatment Program, 22 Mill St (methadone dosing)",
                                "08:00",
                            ],
                            ["Tue", "09:30", "Group - 6 residents", "Fairhaven Library", "11:30"],
                            ["Thu", "13:00", "Group - 8 residents", "Cub Foods", "14:30"],
                        ]
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="VA Aid and Attendance letter with SSN",
        notes="Letter to the VA pension centre with a veteran resident's name, SSN and the care needs that support Aid and Attendance.",
        frm="Noor Hamdan <nhamdan@willowmereliving.com>",
        to="pension.intake@vba.va.gov",
        subject="Aid & Attendance - care provider statement",
        body=(
            "To the Pension Management Center:\n\nRe: Veteran Walter J. Dziedzic, SSN 471-38-2956\n\nWillowmere Assisted Living confirms that Mr. "
            "Dziedzic has lived here since 10/01/2025 and receives daily help with bathing, dressing, medication administration and "
            "toileting because of Parkinson's disease with dementia. His monthly cost of care is $6,480, paid privately. A signed VA Form "
            "21-0779 is being mailed today.\n\nSincerely,\nNoor Hamdan, Business Office Manager"
            + SIG
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="Activity calendar HTML-only with support groups",
        notes="Hard negative: HTML activity calendar listing a Parkinson's support group and memory cafe; no individual.",
        frm="Life Enrichment <activities@willowmereliving.com>",
        to="residents@lists.willowmereliving.com",
        subject="This week at Willowmere",
        body="",
        html=(
            "<html><body><table border='1' cellpadding='4'><tr><th>Day</th><th>Time</th><th>Activity</th></tr>"
            "<tr><td>Mon</td><td>10:00</td><td>Balance class (fall prevention)</td></tr><tr><td>Tue</td><td>14:00</td><td>Parkinson's support group - "
            "open to the public</td></tr><tr><td>Wed</td><td>15:00</td><td>Memory Cafe for people living with dementia and their care partners</td></tr>"
            "<tr><td>Thu</td><td>10:30</td><td>Blood pressure clinic with the wellness nurse - drop in</td></tr><tr><td>Fri</td><td>19:00</td>"
            "<td>Movie night: Singin' in the Rain</td></tr></table></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Tour follow-up with pricing to prospective family",
        notes="Tour follow-up to a prospect's gmail with prices and a floor plan; no health information about anyone.",
        frm="Maya Lindgren <mlindgren@willowmereliving.com>",
        to="chris.and.jo.peterka@gmail.com",
        subject="Great to meet you Saturday!",
        body=(
            "Hi Chris and Jo,\n\nThanks for touring Willowmere on Saturday. As promised, the floor plan of the two-bedroom on the second floor is "
            "attached. Rent is $5,100/month including three meals, housekeeping and transportation; care services are priced separately after "
            "our nurse's assessment. We'd love to have you both for lunch one day next week.\n\nMaya Lindgren\nSales Director"
            + SIG
        ),
        atts=(Att("2BR_floorplan_Apt_221.png", "image/png", png(10, 8, (210, 200, 170))),),
    ),
    Spec(
        phi=False,
        category="Annual employee TB screening reminder",
        notes="Hard negative: staff reminder that annual TB screening is due; no individual's result.",
        frm="Human Resources <hr@willowmereliving.com>",
        to="allstaff@willowmereliving.com",
        subject="Annual TB screening due by 3/31",
        body=(
            "Everyone: Minnesota requires annual TB screening for all assisted living staff. Fill out the symptom questionnaire in Paylocity, and "
            "if you are due for a skin test the wellness nurse will place them Monday and Tuesday 7-9 am and read them Wednesday/Thursday. Staff "
            "not screened by 3/31 will be taken off the schedule until they are.\n\nThanks,\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="Norovirus notice to families with counts only",
        notes="Hard negative: families are told some residents in one wing have GI symptoms; counts only, no one identified.",
        frm="Carolyn Beaudry <cbeaudry@willowmereliving.com>",
        to="families@lists.willowmereliving.com",
        subject="Stomach bug in the Magnolia wing - temporary changes",
        body=(
            "Dear families,\n\nThree residents and two staff members in the Magnolia wing have had vomiting and diarrhea since Saturday, which "
            "looks like norovirus. We have notified the Minnesota Department of Health. Until 48 hours after the last new case we are serving "
            "meals in apartments on Magnolia, pausing group outings, and asking visitors to wash hands with soap and water (sanitizer does not "
            "kill norovirus). Please postpone your visit if you have been sick.\n\nCarolyn Beaudry\nExecutive Director"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Snow removal and parking lot vendor mail",
        notes="Ordinary facilities mail to a snow removal vendor.",
        frm="Maintenance <maintenance@willowmereliving.com>",
        to="service@northstarplowing.com",
        subject="Ambulance lane wasn't cleared Sunday",
        body="Hi Jim - the ambulance lane by the north entrance wasn't cleared after Sunday's snow until almost noon. Please make that the first pass. Invoice #2281 looks fine otherwise.\n\nPete, Maintenance",
    ),
    Spec(
        phi=False,
        category="Care services price list workbook",
        notes="Hard negative: price list of care services (insulin, catheter care, dementia care) with no resident.",
        frm="Maya Lindgren <mlindgren@willowmereliving.com>",
        to="info@seniorplacementpartners.com",
        subject="2026 rates for your advisors",
        body="Hi! Updated 2026 rent and care pricing attached for your advisors. Referral fee unchanged.\n\nMaya"
        + SIG,
        atts=(
            Att(
                "Willowmere_2026_rates.xlsx",
                XLSX,
                xlsx(
                    {
                        "Rent": [
                            ["Apartment", "Monthly"],
                            ["Studio", 3650],
                            ["One bedroom", 4250],
                            ["Two bedroom", 5100],
                            ["Memory care suite", 6900],
                        ],
                        "Care services": [
                            ["Service", "Monthly"],
                            ["Medication management", 550],
                            ["Insulin injections / glucose checks", 350],
                            ["Catheter or ostomy care", 300],
                            ["Two-person transfer", 450],
                            ["Dementia care program", 1200],
                        ],
                        "One-time": [
                            ["Item", "Fee"],
                            ["Community fee", 2500],
                            ["Nurse assessment", 0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank medication assistance form policy DOCX",
        notes="Hard negative: policy DOCX with blank field names (Resident Name, DOB, Allergies) and no filled-in data.",
        frm="Renata Solberg RN <rsolberg@willowmereliving.com>",
        to="policy.review@mnwellnessconsulting.com",
        subject="Policy 7.04 medication assistance - draft for your review",
        body="Attached is our revised policy 7.04 with the new PRN documentation form. Could you review against the 144G rules before our April QA meeting?\n\nRenata"
        + SIG,
        atts=(
            Att(
                "Policy_7.04_Medication_Assistance_DRAFT.docx",
                DOCX,
                docx(
                    [
                        "Willowmere Policy 7.04 - Medication Assistance (DRAFT 3)",
                        "Purpose: to ensure medications are set up and administered by trained unlicensed personnel under RN delegation.",
                        "PRN documentation form fields: Resident Name ______  DOB ______  Allergies ______  Medication/dose ______  Reason given ______  Effect (1 hr) ______",
                        "Controlled substances are counted at each shift change by two staff members.",
                        "Refusals are documented and reported to the RN the same day.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Medication aide class roster of staff",
        notes="Hard negative: roster of employees enrolled in a medication aide course with their scores; workforce, not patients.",
        frm="Staff Development <training@willowmereliving.com>",
        to="registrar@centralmntech.edu",
        subject="TMA course roster - April cohort",
        body=(
            "Hello,\n\nPlease enroll these Willowmere employees in the April Trained Medication Aide course:\n\n"
            "  Lucia Ferreira - pre-test 88%\n  Dominic Yusuf - pre-test 81%\n  Hannah Voss - pre-test 92%\n\nWillowmere pays tuition directly, PO 5530.\n\nGail Ostrom\nStaff Development"
        ),
    ),
    Spec(
        phi=False,
        category="Synthetic resident CSV for EHR migration test",
        notes="Hard negative: explicitly synthetic ZZTEST residents with fake diagnoses for a vendor migration dry run.",
        frm="IT <it@willowmereliving.com>",
        to="implementation@alcaresoft.com",
        subject="Migration dry run #2 - synthetic residents",
        body=(
            "Hi implementation team,\n\nFor dry run #2 please use only the attached synthetic file. All rows are fabricated (ZZTEST surnames, "
            "1900 birth years, fake apartment numbers). Real data will only move after the BAA amendment is signed.\n\nSam, IT"
        ),
        atts=(
            Att(
                "synthetic_residents_dryrun2.csv",
                "text/csv",
                "last,first,dob,apt,dx,med\r\nZZTEST,Alpha,1900-01-01,X01,Hypertension (TEST),lisinopril 10 mg (TEST)\r\n"
                "ZZTEST,Bravo,1900-01-02,X02,Diabetes type 2 (TEST),metformin 500 mg (TEST)\r\nZZTEST,Charlie,1900-01-03,X03,Dementia (TEST),donepezil 5 mg (TEST)\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate acuity and occupancy report PDF to owners",
        notes="Hard negative: occupancy and counts of residents on insulin, hospice or oxygen; aggregate only.",
        frm="Carolyn Beaudry <cbeaudry@willowmereliving.com>",
        to="asset.management@heronbayseniorliving.com",
        subject="February operations report",
        body="February report attached. Occupancy 93%, two move-ins scheduled for April. Agency hours down 18%.\n\nCarolyn"
        + SIG,
        atts=(
            Att(
                "Willowmere_ops_Feb2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOWMERE - MONTHLY OPERATIONS REPORT - FEBRUARY 2026",
                        "Occupancy: AL 62 of 66 units; memory care 22 of 24 suites",
                        "Acuity: 12 residents on insulin; 9 on hospice; 7 on oxygen; 31 on care level 3+",
                        "Hospital transfers: 6 (4 returned); falls: 14 (1 with injury)",
                        "Move-outs: 3 (2 to skilled nursing, 1 deceased)",
                    ],
                    "Ops report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Walk to End Alzheimer's team fundraising",
        notes="Hard negative: invites staff and families to a dementia charity walk; no individual's condition.",
        frm="Life Enrichment <activities@willowmereliving.com>",
        to="families@lists.willowmereliving.com",
        subject="Walk with Team Willowmere this September",
        body=(
            "Team Willowmere is back for the Walk to End Alzheimer's! Last year our families, residents and staff raised $7,400. Sign up at the "
            "front desk or on our team page. Purple T-shirts are free for walkers.\n\nLife Enrichment Team"
        ),
    ),
    Spec(
        phi=False,
        category="Ombudsman reply about visiting policy",
        notes="Answers the ombudsman's general question about visiting hours; no resident named.",
        frm="Carolyn Beaudry <cbeaudry@willowmereliving.com>",
        to="ombudsman.region7@state.mn.us",
        subject="RE: Visiting policy question",
        body=(
            "Hello Ms. Danforth,\n\nTo confirm: visitors are welcome at any hour. After 8 pm the front door is locked, and visitors ring the "
            "doorbell and a staff member lets them in. We don't restrict visits during outbreaks; we ask visitors to mask in affected wings. "
            "The policy is posted by the front desk and in the resident handbook (p. 12).\n\nCarolyn Beaudry"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Fire drill log PDF to fire marshal",
        notes="Quarterly fire drill log PDF to the fire marshal; staff and times only.",
        frm="Maintenance <maintenance@willowmereliving.com>",
        to="fire.marshal@fairhavenmn.gov",
        subject="Q1 fire drill documentation - Willowmere",
        body="Attached are our Q1 drills for all three shifts. Sprinkler inspection is set for 4/8.\n\nPete Novak\nMaintenance Director",
        atts=(
            Att(
                "Q1_fire_drills.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOWMERE ASSISTED LIVING - FIRE DRILL LOG Q1 2026",
                        "01/14 day shift 10:20 - evacuation to smoke compartment 3 min 40 s",
                        "02/11 evening 19:05 - 4 min 10 s - door 3 magnetic release delayed, repaired 2/12",
                        "03/10 night 02:15 - 5 min 05 s",
                        "Conducted by P. Novak",
                    ],
                    "Fire drill log",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Visiting clinician directory with NPIs",
        notes="Hard negative: directory of visiting clinicians with specialties (diabetic foot care, geriatric psychiatry) and NPIs.",
        frm="Renata Solberg RN <rsolberg@willowmereliving.com>",
        to="families@lists.willowmereliving.com",
        subject="Visiting clinicians - spring schedule",
        body=(
            "These clinicians see residents on site. Your loved one's physician can refer, or call the Wellness Center to get on the list.\n\n"
            "  Dr. Samuel Ortiz, DPM - podiatry, diabetic foot and nail care - 1st Tuesday - NPI 1131647525\n"
            "  Dr. Hannah Greaves, MD - geriatric psychiatry, depression and dementia-related behaviors - every other Thursday - NPI 1341928327\n"
            "  Li Wei, AuD - audiology and hearing aid checks - quarterly\n  Mobile X-ray: Apex Mobile Imaging, on call 24/7"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded glucose test strip recall",
        notes="Hard negative: forwards a pharmacy recall of a glucose test strip lot to med aides; no resident.",
        frm="Renata Solberg RN <rsolberg@willowmereliving.com>",
        to="medaides@willowmereliving.com",
        subject="FW: Recall - GlucoTrue test strips lot 4471B",
        body="Med aides - please check all glucometer supplies in the med carts and apartments tonight and bag any lot 4471B for return. Use the backup strips in the med room.\n\nRenata",
        forward=Spec(
            phi=False,
            category="fwd",
            notes="fwd",
            frm="Fairhaven Rx <support@fairhavenrx.com>",
            to="rsolberg@willowmereliving.com",
            subject="Recall - GlucoTrue test strips lot 4471B",
            body=(
                "The manufacturer is recalling GlucoTrue test strips, lot 4471B (exp. 2027-01), which may read falsely low. Stop using the lot, "
                "confirm any reading under 70 mg/dL with another strip, and return unused vials to us for replacement at no charge."
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Chef's spring menu with HTML alternative",
        notes="Menu announcement with low-sodium and diabetic-friendly options; no individual.",
        frm="Dining Services <dining@willowmereliving.com>",
        to="residents@lists.willowmereliving.com",
        subject="Chef Andre's spring menu starts Monday",
        body=(
            "New spring menu starts Monday! Highlights: lemon herb salmon, wild rice soup, rhubarb crisp. Every entree now has a low-sodium "
            "and a carb-smart version. Ask your server for the allergen card."
        ),
        html=(
            "<p><b>New spring menu starts Monday!</b></p><ul><li>Lemon herb salmon</li><li>Wild rice soup</li><li>Rhubarb crisp</li></ul>"
            "<p>Every entree now has a low-sodium and a carb-smart version. Ask your server for the allergen card.</p>"
        ),
    ),
    Spec(
        phi=False,
        category="Volunteer orientation confirmation to volunteer",
        notes="Volunteer orientation details to a volunteer's gmail; no resident health information.",
        frm="Life Enrichment <activities@willowmereliving.com>",
        to="gracie.lindholm07@gmail.com",
        subject="Volunteer orientation Saturday",
        body=(
            "Hi Gracie,\n\nYou're confirmed for volunteer orientation Saturday 9-11 am. Bring a photo ID for your background study. Afterwards "
            "you can shadow the Saturday music group. Please don't post photos of residents on social media - we'll explain why at orientation.\n\nSee you then!\nMarta"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Liability insurance renewal with aggregate claims",
        notes="Hard negative: insurance renewal mentioning two past fall claims in aggregate; no resident identified.",
        frm="Carolyn Beaudry <cbeaudry@willowmereliving.com>",
        to="Ryan Ostby <rostby@midwestseniorrisk.com>",
        subject="RE: GL/PL renewal questions",
        body=(
            "Ryan,\n\nAnswers to the underwriter's questions: 88 licensed units, 24 in secured memory care. Claims in the last five years: two "
            "resident fall claims (2022, 2024), both closed, and one employee vehicle claim. We added motion-sensor lighting in all apartments "
            "in 2025. No elopement claims.\n\nCarolyn" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Conference abstract on music programme outcomes",
        notes="Hard negative: abstract reporting group-level agitation scores for memory care residents; no individual described.",
        frm="Renata Solberg RN <rsolberg@willowmereliving.com>",
        to="abstracts@mnleadingage-conference.org",
        subject="Abstract submission - Personalized music in memory care",
        body=(
            "Title: Personalized music playlists and evening agitation in assisted living memory care\n\n"
            "Background: Sundowning is common among residents living with dementia. Methods: 18 memory care residents received "
            "individual playlists at 4 pm for 12 weeks; staff scored agitation with the CMAI. Results: mean CMAI fell from 52 to 37; "
            "PRN antipsychotic doses fell 41% compared with the prior 12 weeks. No adverse events. Conclusion: a low-cost programme that "
            "reduced agitation and medication use.\n\nPresenter: Renata Solberg, RN, Wellness Director, Willowmere"
        ),
    ),
]
