"""Eastside Infectious Disease Associates: ordinary outbound mail without PHI (24 messages)."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import EID, EID_NOTICE, Att, Spec

_TEST_HL7 = "\r".join(
    [
        "MSH|^~\\&|EIDA_EHR|EASTSIDE_ID|LABIF|KEYSTONE_LABS|202611091020||ORM^O01|TEST000431|T|2.5.1",
        "PID|1||ZZ9000001^^^EIDA^MR||ZZTEST^INTERFACE^ALPHA||19000101|U|||1 TEST "
        "ST^^TESTVILLE^ST^00000",
        "ORC|NW|TSTORD0001",
        "OBR|1|TSTORD0001||20447-9^HIV-1 RNA QUANT^LN|||202611091015",
        "NTE|1||*** TEST PATIENT - INTERFACE VALIDATION ONLY - DO NOT RESULT ***",
        "",
    ]
)

_PRACTITIONER = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Practitioner",
                    "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1095293597"}],  # noqa: E501
                    "name": [{"family": "Park", "given": ["Jae-won"], "suffix": ["NP"]}],
                    "qualification": [{"code": {"text": "AAHIVS - HIV Specialist"}}],
                }
            },
            {
                "resource": {
                    "resourceType": "PractitionerRole",
                    "practitioner": {"display": "Jae-won Park, NP"},
                    "organization": {"display": "Eastside Infectious Disease Associates"},
                    "specialty": [{"text": "Infectious Disease - HIV primary care, PrEP"}],
                    "availableTime": [{"daysOfWeek": ["mon", "tue", "thu"]}],
                }
            },
        ],
    },
    indent=1,
)

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="bicillin-shortage-staff-memo",
        notes=(
            "Hard negative: drug shortage memo naming penicillin G benzathine, syphilis and "
            "doses; no patient."
        ),
        frm=f"Pharmacy Services <pharmacy@{EID}>",
        to=f"all-clinical@{EID}",
        subject="Bicillin L-A shortage - conservation steps effective Monday",
        body=(
            "All,\n\nOur wholesaler has cut Bicillin L-A (penicillin G benzathine) 2.4 million "
            "unit syringes to\n"
            "allocation through at least January. Effective Monday 11/16:\n\n"
            "1. Reserve Bicillin for pregnant patients and congenital syphilis prevention.\n"
            "2. For early syphilis in non-pregnant adults, use doxycycline 100 mg BID x 14 days "
            "per CDC.\n"
            "3. Late latent: doxycycline 100 mg BID x 28 days.\n"
            "4. Do not order from the secondary distributor without pharmacy approval.\n\n"
            "Current stock: 34 syringes. We will update weekly.\n\n"
            "Olga Brandt, PharmD, BCIDP\nDirector of Pharmacy Services\n"
        ),
    ),
    Spec(
        phi=False,
        category="viral-suppression-quality-report",
        notes=(
            "Hard negative: aggregate HIV care continuum figures in a two-sheet workbook to the "
            "board; no individuals."
        ),
        frm=f"Quality Improvement <qi@{EID}>",
        to="board@eastsideid-foundation.org",
        subject="Q3 2026 HIV care continuum dashboard",
        body=(
            "Board members,\n\nAttached is the Q3 dashboard. Headline: 91.4% of our 1,284 active "
            "HIV patients\n"
            "were virally suppressed (<200 copies/mL) at last test, up from 89.7% in Q2. "
            "Retention in care\n"
            "was 86%. The second sheet breaks this down by age band and payer.\n\n"
            "Marta Iglesias, MPH\nQuality Improvement Manager\n"
        ),
        atts=(
            Att(
                "HIV_continuum_Q3_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Q2 2026", "Q3 2026"],
                            ["Active HIV patients", 1261, 1284],
                            ["Retained in care (%)", 85.1, 86.0],
                            ["Virally suppressed (%)", 89.7, 91.4],
                            ["New diagnoses linked within 7 days (%)", 78.0, 82.5],
                        ],
                        "By age and payer": [
                            ["Group", "Patients", "Suppressed (%)"],
                            ["13-24", 61, 77.0],
                            ["25-44", 512, 89.8],
                            ["45-64", 598, 93.6],
                            ["65+", 113, 95.6],
                            ["Medicaid", 544, 88.2],
                            ["Ryan White only", 201, 90.5],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinic-coverage-clinician-names-diseases",
        notes=(
            "Hard negative: clinician names with HIV, hepatitis C and OPAT coverage and NPIs; no "
            "patients."
        ),
        frm=f"Scheduling Manager <scheduling@{EID}>",
        to="referralcoordinators@stlukesmetro.org",
        subject="December clinic coverage for referring offices",
        body=(
            "Hello referral partners,\n\nDecember coverage at Eastside ID:\n\n"
            "  HIV clinic (Mon/Wed/Fri): Dr. Helen Abernathy (NPI: 1176086506) and Jae-won Park, "
            "NP\n"
            "  Hepatitis C clinic (Tue): Dr. Kwame Asante (NPI: 1347039707)\n"
            "  OPAT rounds (daily): Dr. Amara Osei (NPI: 1945917270)\n"
            "  Travel and tropical referrals: Dr. Osei on Thursdays\n\n"
            "Closed 12/24-12/25 and 12/31-1/1. Urgent ID consults go through the St Luke's "
            "operator.\n\n"
            "Thanks,\nDana Whitfield\nScheduling Manager\n"
        ),
    ),
    Spec(
        phi=False,
        category="vendor-po-ssn-shaped",
        notes=(
            "Hard negative: infusion pump purchase order whose PO number is SSN-shaped; no person "
            "data."
        ),
        frm=f"Purchasing <purchasing@{EID}>",
        to="orders@medflowpumps.com",
        subject="PO 418-55-2093 - ambulatory infusion pumps",
        body=(
            "Hello,\n\nPlease process PO 418-55-2093:\n\n"
            "  Qty 6  CADD-Solis VIP ambulatory pump, model 2120       $3,150.00 ea\n"
            "  Qty 200 administration sets, 60 inch, anti-siphon      $11.40 ea\n"
            "  Qty 12 pump pouch, adjustable                          $24.00 ea\n\n"
            "Ship to: Eastside ID Infusion Suite, 1400 Harmon Ave Suite 300, Riverton ST.\n"
            "Net 30. Tax exempt certificate on file.\n\nBarbara Kilgore\nPurchasing Coordinator\n"
            + EID_NOTICE
        ),
    ),
    Spec(
        phi=False,
        category="job-posting-nurse-case-manager",
        notes=(
            "Hard negative: job posting full of HIV, PrEP, viral load and Ryan White terms; no "
            "individual."
        ),
        frm=f"Human Resources <careers@{EID}>",
        to="postings@healthcarejobsboard.com",
        subject="Job posting: RN Case Manager, HIV and PrEP (full time)",
        body=(
            "Please post the following through 12/31/2026.\n\n"
            "RN Case Manager - HIV and PrEP\nEastside Infectious Disease Associates, Riverton\n\n"
            "Responsibilities: coordinate care for people living with HIV, follow up on "
            "detectable viral\n"
            "loads, manage PrEP starts and long-acting cabotegravir injection schedules, support "
            "Ryan White\n"
            "eligibility and ADAP enrollment, educate on hepatitis C treatment adherence.\n"
            "Requirements: active RN license, 2 years ambulatory experience, HIV experience "
            "preferred,\n"
            "bilingual English/Spanish a plus. Salary $82,000-$96,000.\n"
            "Apply at careers.eastsideid.com/req/4471\n"
        ),
    ),
    Spec(
        phi=False,
        category="hr-open-enrollment",
        notes=(
            "Hard negative: HR benefits mail about health plans, flu shots and an EAP for staff; "
            "no individual health data."
        ),
        frm=f"HR Benefits <benefits@{EID}>",
        to=f"allstaff@{EID}",
        subject="Open enrollment closes Friday + staff flu shots",
        body=(
            "Hi everyone,\n\nReminder that open enrollment for 2027 closes Friday 11/13 at 5 pm.\n"
            "- Medical premiums rise 4% for the PPO; the HDHP with HSA stays flat.\n"
            "- Dental and vision carriers are unchanged.\n"
            "- The Employee Assistance Program now includes 8 free counseling sessions.\n\n"
            "Staff flu shots: Wednesday 11/11, 7:30-9:30 in the break room. Bring your badge.\n\n"
            "HR Benefits Team\n"
        ),
    ),
    Spec(
        phi=False,
        category="symposium-agenda-pdf",
        notes="Hard negative: regional HIV/HCV symposium agenda PDF with speakers and topics.",
        frm=f"Amara Osei MD <aosei@{EID}>",
        to="cme@riverbendmedicalsociety.org",
        subject="Final agenda - Regional HIV & Hepatitis Update, Jan 23",
        body=(
            "Final agenda attached for the CME application. Speaker disclosures to "
            "follow.\n\nAmara\n"
        ),
        atts=(
            Att(
                "HIV_Hep_Update_agenda.pdf",
                "application/pdf",
                pdf(
                    [
                        "EASTSIDE INFECTIOUS DISEASE ASSOCIATES",
                        "Regional HIV & Hepatitis Update - Saturday, January 23, 2027",
                        "",
                        "8:00  Registration and breakfast",
                        "8:30  Long-acting injectable ART: who, when, how - H. Abernathy, MD",
                        "9:30  PrEP beyond the pill: lenacapavir and cabotegravir - J. Park, NP",
                        "10:45 Simplified HCV treatment in primary care - K. Asante, MD",
                        "11:45 OPAT safety: lines, labs and readmissions - A. Osei, MD",
                        "12:30 Adjourn. 4.0 AMA PRA Category 1 Credits requested.",
                    ],
                    "Agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="deidentified-research-extract",
        notes=(
            "Hard negative: Safe Harbor de-identified extract (study ids, age bands, year only, "
            "viral loads) to a university partner."
        ),
        frm=f"Research Office <research@{EID}>",
        to="dataintake@stateuniv-idresearch.edu",
        subject="De-identified extract v3 - DUA 2026-014",
        body=(
            "Hi Prof. Lindahl,\n\nVersion 3 of the extract is attached. Per the DUA it is Safe "
            "Harbor\n"
            "de-identified: random study ids, 5-year age bands, year only, no geography below "
            "state.\n"
            "The key is held by our honest broker and never leaves Eastside.\n\nResearch Office\n"
        ),
        atts=(
            Att(
                "extract_v3.csv",
                "text/csv",
                "study_id,age_band,sex,year_dx,baseline_vl,vl_12mo,regimen_class\n"
                "S-0031,25-29,M,2023,88000,<20,INSTI\n"
                "S-0032,40-44,F,2021,14500,<20,INSTI\n"
                "S-0033,55-59,M,2019,230000,52,PI\n"
                "S-0034,30-34,M,2024,6700,<20,INSTI\n"
                "S-0035,60-64,F,2018,41000,<20,NNRTI\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="test-patient-hl7-interface",
        notes=(
            "Hard negative: HL7 order for an obviously synthetic ZZTEST interface patient, "
            "labelled test only."
        ),
        frm=f"Lab Interfaces <interfaces@{EID}>",
        to="interfaces@keystonelabs.com",
        subject="Interface validation - test ORM for HIV RNA",
        body=(
            "Hi Keystone interface team,\n\nSending the test ORM for the new HIV-1 RNA code "
            "mapping. Test\n"
            "patient ZZTEST, INTERFACE ALPHA (processing id T). Please confirm you receive it in "
            "your TEST\n"
            "environment only and send back a test ORU.\n\nRaj Menon\nIntegration Analyst\n"
        ),
        atts=(Att("TEST000431.hl7", "application/hl7-v2", _TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="pep-policy-docx",
        notes=(
            "Hard negative: occupational needlestick PEP policy (DOCX) with drugs and HIV/HBV/HCV "
            "testing steps."
        ),
        frm=f"Infection Prevention <ip@{EID}>",
        to="employeehealth@stlukesmetro.org",
        subject="Our revised occupational PEP policy, for alignment",
        body=(
            "Hi Carla,\n\nAs promised, our revised bloodborne pathogen exposure policy. We'd "
            "like our after-hours\n"
            "process to match yours. Main change: starter packs are now Biktarvy instead of "
            "Truvada+raltegravir.\n\n"
            "Thanks,\nSiobhan Keane, RN, CIC\n"
        ),
        atts=(
            Att(
                "IP-014_Occupational_PEP_rev2026.docx",
                DOCX,
                docx(
                    [
                        "Policy IP-014: Occupational Exposure to Bloodborne Pathogens",
                        "Scope: all workforce members of Eastside Infectious Disease Associates.",
                        "1. Wash the site with soap and water immediately. Report to the charge "
                        "nurse.",
                        "2. Source testing: HIV Ag/Ab, HBsAg, HCV antibody with reflex RNA.",
                        "3. Start PEP within 2 hours when indicated: bictegravir/FTC/TAF daily "
                        "for 28 days.",
                        "4. Baseline and 6-week follow-up testing through Employee Health.",
                        "Approved by the Infection Prevention Committee, October 2026.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="it-mfa-rollout",
        notes=(
            "Hard negative: IT MFA notice about EHR access with the HIPAA confidentiality foo"
            "ter; no patient."
        ),
        frm=f"IT Help Desk <helpdesk@{EID}>",
        to=f"allstaff@{EID}",
        subject="Action needed: enroll in MFA by November 20",
        body=(
            "Hello all,\n\nStarting November 23, remote access to the EHR and email will require "
            "multi-factor\n"
            "authentication. Enroll your phone at https://mfa.eastsideid.com before Nov 20. It "
            "takes 5 minutes.\n"
            "Help desk drop-in hours: Tue/Thu 12-1 in conference room B, or call ext 4357.\n\n"
            "Raj Menon, IT\n"
            + EID_NOTICE
        ),
    ),
    Spec(
        phi=False,
        category="340b-contract-pharmacy-vendor",
        notes=(
            "Hard negative: 340B contract pharmacy business mail mentioning HIV drugs and Ryan "
            "White eligibility, no patients."
        ),
        frm=f"Olga Brandt <obrandt@{EID}>",
        to="accounts@apexspecialtyrx.com",
        subject="340B contract pharmacy amendment - effective 1/1/2027",
        body=(
            "Hi Trevor,\n\nThe signed amendment is attached to DocuSign. Key points:\n"
            "- Dispensing fee for antiretrovirals moves to $18 per fill.\n"
            "- Quarterly true-up reports by NDC, no patient-level data beyond what the audit "
            "requires.\n"
            "- Ryan White Part C eligibility is confirmed by us, not the pharmacy.\n\n"
            "Olga Brandt, PharmD\n"
        ),
    ),
    Spec(
        phi=False,
        category="board-minutes-summary",
        notes=(
            "Hard negative: board summary (budget, hiring, Ryan White renewal) with the HIPAA"
            " confidentiality footer; no patient."
        ),
        frm=f"Celeste Ambrose <cambrose@{EID}>",
        to="directors@eastsideid-foundation.org",
        subject="Summary of November board meeting",
        body=(
            "Dear directors,\n\nA short summary ahead of the minutes:\n"
            "* FY2027 budget approved ($14.2M operating).\n"
            "* Two new ID physicians start in February; one NP position open.\n"
            "* Northside satellite clinic lease signed, opening targeted for May.\n"
            "* Ryan White Part C renewal submitted on time.\n\n"
            "Celeste Ambrose\nChief Executive Officer\n"
            + EID_NOTICE
        ),
    ),
    Spec(
        phi=False,
        category="facilities-parking",
        notes=(
            "Hard negative: facilities notice carrying the HIPAA confidentiality footer that "
            "mentions protected health information; no patient."
        ),
        frm=f"Facilities <facilities@{EID}>",
        to=f"allstaff@{EID}",
        subject="North lot closed Sat-Sun for resurfacing",
        body=(
            "The north parking lot will be closed Saturday 11/14 and Sunday 11/15 for "
            "resurfacing.\n"
            "Weekend infusion staff please use the garage on Cole St; validation tickets at the "
            "front desk.\n\n"
            "Facilities\n"
            + EID_NOTICE
        ),
    ),
    Spec(
        phi=False,
        category="welcome-new-np",
        notes=(
            "Hard negative: staff welcome naming a clinician and her HIV/PrEP specialty plus a "
            "FHIR practitioner directory update."
        ),
        frm=f"Medical Staff Office <medstaff@{EID}>",
        to="provider-directory@summitplanhealth.com",
        subject="Provider directory update - new NP",
        body=(
            "Hello,\n\nPlease add Jae-won Park, NP to our group's directory listing effective "
            "11/16/2026.\n"
            "She is an AAHIVS-certified HIV specialist and will see HIV primary care and PrEP "
            "patients\n"
            "Mon/Tue/Thu. Practitioner resources attached in FHIR format as your portal asks.\n\n"
            "Medical Staff Office\n"
        ),
        atts=(Att("practitioner_update.json", "application/fhir+json", _PRACTITIONER),),
    ),
    Spec(
        phi=False,
        category="html-newsletter-prep-update",
        notes=(
            "Hard negative: HTML-only newsletter to referring providers about PrEP and CAB-LA "
            "dosing; no individual."
        ),
        frm=f"Eastside ID Provider News <news@{EID}>",
        to="primarycare-partners@riverbendhealthnetwork.org",
        subject="Provider Update: long-acting PrEP dosing and HCV test-and-treat",
        body="",
        html=(
            "<html><body><h2>Provider Update &mdash; November 2026</h2>"
            "<h3>Long-acting PrEP</h3><p>Cabotegravir 600 mg IM: two initiation injections one "
            "month apart, "
            "then every 2 months. Obtain HIV-1 RNA before each injection.</p>"
            "<h3>Hepatitis C test-and-treat</h3><p>Most patients without cirrhosis can start "
            "sofosbuvir/velpatasvir for 12 weeks in primary care. Refer if FIB-4 &gt; 3.25.</p>"
            "<table border=\"1\"><tr><th>Referral</th><th>Phone</th></tr>"
            "<tr><td>HIV new diagnosis</td><td>555-014-7701</td></tr>"
            "<tr><td>HCV</td><td>555-014-7725</td></tr></table>"
            "</body></html>"
        ),
        html_only=True,
    ),
    Spec(
        phi=False,
        category="journal-club-ics",
        notes="Hard negative: journal club invite on a cabotegravir trial; no patient.",
        frm=f"Amara Osei MD <aosei@{EID}>",
        to=f"clinicians@{EID}",
        subject="Journal club: LA cabotegravir in viremic patients",
        body="Pizza provided. Article link in the invite.\n",
        ics=(
            "BEGIN:VCALENDAR\nPRODID:-//Eastside ID//Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
            "BEGIN:VEVENT\nUID:eid-jc-20261118@eastsideid.com\nDTSTAMP:20261109T150000Z\n"
            "DTSTART:20261118T170000Z\nDTEND:20261118T180000Z\n"
            "SUMMARY:Journal club - long-acting cabotegravir/rilpivirine in viremic adults\n"
            "DESCRIPTION:Presenter: Dr. Osei. Discussion of resistance outcomes and adherence "
            "support.\n"
            "LOCATION:Conference room A\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="ryan-white-aggregate-report",
        notes=(
            "Hard negative: Ryan White progress report with unduplicated client counts and "
            "service units only."
        ),
        frm=f"Grants Office <grants@{EID}>",
        to="ryanwhite-po@statehealthservices.org",
        subject="Part C progress report - period ending 10/31/2026",
        body=(
            "Dear Program Officer,\n\nSummary for the reporting period:\n"
            "  Unduplicated clients served: 1,046\n  New to care: 58\n"
            "  Outpatient ambulatory visits: 4,912\n  Medical case management encounters: 2,230\n"
            "  Oral health referrals: 311\n  Clients with viral suppression: 92%\n\n"
            "The RSR client-level data will be uploaded through the secure HRSA system, not by "
            "email.\n\n"
            "Evelyn Moreau\nGrants Manager\n"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded-courier-schedule",
        notes="Forwarded vendor email about lab courier pickup times.",
        frm=f"Lab Lead <lablead@{EID}>",
        to=f"lab-staff@{EID}",
        subject="Fw: Courier pickup changes for Thanksgiving week",
        body="FYI, see Keystone's note below. Last pickup Wednesday is 3 pm.\n",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Courier Dispatch <dispatch@keystonelabs.com>",
            to=f"lablead@{EID}",
            subject="Courier pickup changes for Thanksgiving week",
            body=(
                "Dear client,\n\nDuring Thanksgiving week pickups will be: Mon-Tue normal, Wed "
                "last pickup\n"
                "3:00 pm, Thu no service, Fri one pickup at 11:00 am. Frozen specimens should be "
                "held until\n"
                "Monday where stability allows.\n\nKeystone Labs Dispatch\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="hcv-education-handout-community",
        notes=(
            "Hard negative: hepatitis C patient-education handout sent to a community "
            "organisation; no individual."
        ),
        frm=f"Joy Agbaje <jagbaje@{EID}>",
        to="outreach@harmreductioncollective.org",
        subject="HCV handout for your drop-in center",
        body=(
            "Hi Marcus,\n\nHere's the text of the updated handout, feel free to print:\n\n"
            "HEPATITIS C IS CURABLE\n"
            "- Treatment is 8 to 12 weeks of pills, usually one a day.\n"
            "- Cure rates are over 95%, even if you still use drugs.\n"
            "- You can get hepatitis C again, so use new equipment every time.\n"
            "- Free testing at Eastside ID every Tuesday 1-4 pm, no appointment.\n\n"
            "Joy Agbaje, RN\nCommunity Health Nurse\n"
        ),
    ),
    Spec(
        phi=False,
        category="payer-credentialing-roster",
        notes=(
            "Hard negative: clinician credentialing roster with NPIs and DEA numbers in a "
            "two-sheet workbook."
        ),
        frm=f"Credentialing <credentialing@{EID}>",
        to="providerenrollment@summitplanhealth.com",
        subject="Recredentialing roster - Eastside ID group",
        body=(
            "Attached is our group roster for the 2027 recredentialing cycle. CAQH attestations "
            "are current.\n"
        ),
        atts=(
            Att(
                "EIDA_roster_2027.xlsx",
                XLSX,
                xlsx(
                    {
                        "Clinicians": [
                            ["Name", "Credential", "Specialty", "NPI", "DEA"],
                            ["Helen Abernathy", "MD", "Infectious Disease", "1176086506", "BA0660236"],  # noqa: E501
                            ["Kwame Asante", "MD", "Infectious Disease", "1347039707", "FA0308711"],
                            ["Amara Osei", "MD", "Infectious Disease", "1945917270", "BO1478379"],
                            ["Jae-won Park", "NP", "HIV primary care", "1095293597", "MP4311887"],
                        ],
                        "Locations": [
                            ["Site", "Address", "Phone"],
                            ["Main", "1400 Harmon Ave Ste 300, Riverton", "555-014-7700"],
                            ["Infusion Suite", "1400 Harmon Ave Ste 110, Riverton", "555-014-7710"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="candidate-interview-invite-gmail",
        notes=(
            "Hard negative: HR invites a job candidate at gmail to interview for the HIV case "
            "manager role; she is an applicant, not a patient."
        ),
        frm=f"Human Resources <careers@{EID}>",
        to="keisha.n.bramwell@gmail.com",
        subject="Interview invitation - RN Case Manager, HIV and PrEP",
        body=(
            "Dear Keisha,\n\n"
            "Thank you for applying for the RN Case Manager (HIV and PrEP) position. We would "
            "like to\n"
            "invite you to a panel interview on Tuesday 11/17 at 1:30 pm at 1400 Harmon Ave, "
            "Suite 300.\n"
            "The panel: Dr. Helen Abernathy (HIV clinic lead), Lucia Mbeki (case management) and "
            "me.\n"
            "Please bring a copy of your RN license and two references. Parking is validated.\n\n"
            "Kind regards,\nNaomi Feldstein\nTalent Acquisition, Eastside Infectious Disease "
            "Associates\n"
        ),
    ),
    Spec(
        phi=False,
        category="med-fridge-excursion-report",
        notes=(
            "Hard negative: medication refrigerator temperature excursion with lot numbers and "
            "logger serial; no patients."
        ),
        frm=f"Pharmacy Services <pharmacy@{EID}>",
        to="qa@apexspecialtyrx.com",
        subject="Temperature excursion report - infusion suite fridge 2",
        body=(
            "Hi QA team,\n\nFridge 2 (logger serial TL-88203-B) read 9.1 C for 47 minutes "
            "overnight 11/7-11/8\n"
            "after a door seal failure. Affected stock, all quarantined:\n"
            "  daptomycin 500 mg vials, lot 2L4471, exp 06/2027, qty 12\n"
            "  ertapenem 1 g vials, lot K88120, exp 03/2027, qty 20\n"
            "Could you confirm stability with the manufacturers? Logger PDF available on "
            "request.\n\n"
            "Olga Brandt, PharmD\n"
        ),
    ),
    Spec(
        phi=False,
        category="dea-registration-renewal",
        notes=(
            "Hard negative: DEA registration renewal reminder for a physician with her DEA "
            "number; no patient."
        ),
        frm=f"Credentialing <credentialing@{EID}>",
        to=f"habernathy@{EID}",
        subject="DEA renewal due 12/31",
        body=(
            "Dr. Abernathy,\n\nYour DEA registration BA0660236 (Schedules 2-5, Harmon Ave "
            "address) expires 12/31/2026.\n"
            "Renew at deadiversion.usdoj.gov; the fee is reimbursed through the usual expense "
            "form.\n"
            "Please send us the new certificate for the file when it arrives.\n\nCredentialing\n"
        ),
    ),
]
