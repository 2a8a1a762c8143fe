# ruff: noqa: E501
"""Hand-written non-PHI messages: system mail, education, operations, research, chains and forwards."""

from __future__ import annotations

from _bin import png, zip_plain
from _docx import docx
from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

DOM = "brightwaterhealth.org"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

HL7_MFN = (
    "MSH|^~\\&|EPIC|BWH|PROVMASTER|NSRL|20261124160000||MFN^M02|MFN26112401|P|2.5.1\r"
    "MFI|PRA^Practitioner Master File^HL70175||UPD|||AL\r"
    "MFE|MAD|20261124160000||1877430961\r"
    "STF|1877430961|1877430961^NPI|FONTAINE^LUIS^^^DR^MD||M|||A|SURG^General Surgery\r"
    "PRA|1877430961||||||1877430961^NPI~61882^MN^LICENSE\r"
    "MFE|MUP|20261124160000||1150933749\r"
    "STF|1150933749|1150933749^NPI|WEXLER^MIRIAM^^^DR^MD||F|||A|OBG^Obstetrics and Gynecology\r"
)

COURIER_CSV = """\
stop,site,address,window,pickup_type,contact
1,North Clinic,1400 Pine Ridge Rd Brightwater MN 55379,07:30-08:00,specimens + mail,612-555-0131
2,Brightwater Pediatrics,88 Willow Bend Brightwater MN 55379,08:15-08:45,specimens,612-555-0150
3,Lakeview Community Clinic,2301 County Rd 42 Lakeville MN 55044,09:10-09:40,specimens + pharmacy tote,952-555-0110
4,Brightwater Hospital Lab,2200 Lakeshore Dr Brightwater MN 55379,10:15,drop,612-555-0190
"""

ROSTER_ROWS: list[list[str | int | float]] = [
    ["Employee ID", "Name", "Title", "Department", "Work cell", "Badge access"],
    [
        "E44102",
        "Marchetti, Jolene",
        "RN Case Manager",
        "Case Management",
        "612-555-0164",
        "Pinecrest - all doors",
    ],
    [
        "E40871",
        "Pikkarainen, Sandra",
        "Social Worker",
        "Case Management",
        "612-555-0165",
        "Pinecrest - all doors",
    ],
    [
        "E47733",
        "Brask, Linnea",
        "House Supervisor",
        "Nursing Admin",
        "612-555-0100",
        "Pinecrest - lobby only",
    ],
    ["E39015", "Kettleson, Robert", "RN", "North Clinic", "612-555-0135", "Pinecrest - lobby only"],
]

VENDOR_PITCH = Spec(
    False,
    "vendor",
    "inner",
    "MedGlide Solutions <news@medglidesolutions.com>",
    f"rkulkarni@{DOM}",
    "Cut no-shows 40% with AI reminders",
    """\
Hi Rajesh,

Clinics using MedGlide cut no-shows by 40%. Our AI predicts which patients are likely to miss
diabetes, prenatal or behavioral health visits and nudges them by text. HIPAA compliant, BAA
included, Epic App Orchard listed.

Book a demo: medglidesolutions.com/demo
""",
)

MESSAGES: list[Spec] = [
    Spec(
        False,
        "system",
        "Auto-generated password-expiry notice to an external affiliate account holder.",
        f"Brightwater Identity Services <no-reply@{DOM}>",
        "t.hollis@cedarparkfamilyclinic.com",
        "Your Brightwater Link password expires in 3 days",
        """\
This is an automated message. Please do not reply.

The password for your Brightwater Link account (user: thollis_ext) will expire on
11/27/2026 at 11:59 PM. To change it, sign in at https://link.brightwaterhealth.org and choose
Account > Change password. Passwords must be 14+ characters.

If you did not request access, contact the Service Desk at 612-555-0188.
""",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")),
    ),
    Spec(
        False,
        "system",
        "Hard negative: auto-generated fax delivery confirmation with fax number, pages and job ID, no patient.",
        f"RightFax Server <faxserver@{DOM}>",
        "fax-admin@riverbendortho.com",
        "Fax delivered: job 4410-22871 to 952-555-0139 (3 pages)",
        """\
Fax transmission report

Job ID:        4410-22871
Sender:        North Clinic Referrals (612-555-0140)
Recipient:     952-555-0139
Pages:         3
Status:        Delivered
Start:         11/24/2026 10:41:07
Duration:      00:01:12
Remote CSID:   RIVERBEND ORTHO

The content of faxes is not included in delivery reports.
""",
    ),
    Spec(
        False,
        "system",
        "Auto-generated nightly backup report to the managed-services vendor: hosts, sizes, no patient data.",
        f"Veeam Backup <veeam@{DOM}>",
        "noc@northstackmsp.com",
        "[Success] Backup job EHR-SQL-Nightly (3 VMs)",
        """\
Backup job: EHR-SQL-Nightly
Result: Success, 3 of 3 VMs processed

bwh-sql-01    412.8 GB read   88.1 GB transferred   00:41:22   Success
bwh-sql-02    398.1 GB read   71.4 GB transferred   00:37:05   Success
bwh-int-02     64.0 GB read    9.2 GB transferred   00:06:49   Success

Repository: BWH-REPO-IMMUTABLE (62% free)
Started 11/24/2026 01:00:03, ended 01:44:51
""",
    ),
    Spec(
        False,
        "mobile",
        "Mobile one-liner about running late to a meeting.",
        f"Dr. Lars Haugen <lhaugen@{DOM}>",
        "board@lakesregionhealthnetwork.org",
        "Re: board mtg",
        """\
running 10 late, start without me

Sent from my iPhone
""",
        headers=(("X-Mailer", "iPhone Mail (22B91)"),),
    ),
    Spec(
        False,
        "education",
        "Hard negative: pharma lunch-and-learn RSVP about a heart failure drug; no patient.",
        f"Anne Roiseland <aroiseland@{DOM}>",
        "t.baxter@novarthex-pharma.com",
        "RE: lunch and learn 12/8",
        """\
Hi Tyler,

12/8 at noon works for the North Clinic. We'll have 6 providers and 4 nurses. The group is
most interested in starting sacubitril/valsartan in HFrEF patients who are still on ACE
inhibitors (washout, hypotension, potassium monitoring). Please no branded pens - our
compliance policy.

Anne Roiseland
Clinic Manager, North Clinic
""",
    ),
    Spec(
        False,
        "education",
        "Hard negative: insulin-pump competency education for nurses, with doses and scenarios in general terms.",
        f"Clinical Education <clined@{DOM}>",
        "educators@pinecrestcarecenter.com",
        "Insulin pump competency - sharing our materials",
        """\
Hi Pinecrest educators,

As promised, here's the outline of our insulin pump competency for RNs:

1. Never remove a pump without a bridge order (basal insulin within 30 minutes).
2. Hypoglycemia < 70 mg/dL: suspend pump, give 15 g carbohydrate, recheck in 15 minutes.
3. DKA risk: glucose > 250 x2 with ketones - check site, give correction by syringe.
4. Patients must be alert and able to self-manage; otherwise switch to IV or SC insulin.

Skills check stations: Tandem t:slim X2 and Omnipod 5.

Clinical Education Department
""",
    ),
    Spec(
        False,
        "meeting",
        "Reply chain scheduling a staff meeting with an outside partner; quoted text, no patients.",
        f"Paula Engstrom <pengstrom@{DOM}>",
        "k.barnes@metrotravelnurses.com",
        "RE: RE: quarterly check-in",
        """\
Tuesday the 8th at 2 works. I'll send a Teams link.

Paula

From: Kim Barnes <k.barnes@metrotravelnurses.com>
Sent: Monday, November 23, 2026 3:15 PM
To: Engstrom, Paula
Subject: RE: quarterly check-in

Could we do the week of Dec 7 instead? I'm at a conference this week. Want to talk about
extending the 4 West contracts through March and the float-pool rates.

From: Engstrom, Paula
Sent: Monday, November 23, 2026 9:02 AM
To: Kim Barnes
Subject: quarterly check-in

Hi Kim, time for our quarterly check-in. Any availability this week?
""",
        headers=(
            ("In-Reply-To", "<BN8PR11MB3617C4D1@metrotravelnurses.com>"),
            ("X-MS-Has-Attach", "no"),
        ),
    ),
    Spec(
        False,
        "marketing",
        "Brand assets ZIP (logo PNGs and usage guide) sent to a sponsor.",
        f"Communications <media@{DOM}>",
        "events@lakeshorehalfmarathon.org",
        "logos for the race banner",
        """\
Hi! Logo files attached (zip). Please use the horizontal version on the finish-line banner and
keep the clear space per the guide. Our medical tent will be staffed by 4 ED nurses and 2
physicians.

Leah, Communications
""",
        atts=(
            Att(
                "BWH_logos.zip",
                "application/zip",
                zip_plain(
                    [
                        ("BWH_logo_horizontal.png", png(12, 4, (0, 94, 140))),
                        ("BWH_logo_stacked.png", png(6, 6, (0, 94, 140))),
                        (
                            "usage.txt",
                            "Clear space: height of the wave mark. Pantone 7699 C. Do not stretch.\n",
                        ),
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "contracting",
        "Hard negative: payer contract negotiation with rates per CPT code and DRG; no patients.",
        f"Managed Care Contracting <contracting@{DOM}>",
        "network.mgmt@glhp.com",
        "2027 rate proposal - counter",
        """\
Hi Marcus,

Our counter on the 2027 fee schedule:

99213  $118.00 (you proposed $104.50)
99214  $172.00
71250  CT chest w/o  $298.00
72148  MRI L-spine w/o  $540.00
DRG 291 (heart failure w/ MCC)  $13,480 case rate
DRG 871 (sepsis w/o MV >96h, w/ MCC)  $16,950 case rate

We can accept a 2.5% escalator if you drop the prior auth requirement on 72148 for patients
with documented motor deficit.

Erik Lindqvist, Director, Managed Care Contracting
""",
    ),
    Spec(
        False,
        "quality",
        "Hard negative: case-mix index and length-of-stay aggregate report to the network CFO group.",
        f"Decision Support <decisionsupport@{DOM}>",
        "finance@lakesregionhealthnetwork.org",
        "October CMI / ALOS",
        """\
October summary (Medicare inpatients):

Discharges: 412 | CMI 1.61 (Sept 1.55) | ALOS 4.3 days (GMLOS 3.9)
Top DRGs: 871 sepsis (58), 291 heart failure (37), 470 joint replacement (31), 190 COPD (22)
Observation conversion rate 11.2%

Happy to walk through the sepsis volume bump on Thursday's call.

Decision Support
""",
    ),
    Spec(
        False,
        "recruiting",
        "Reply to a locum tenens recruiter about coverage needs; no patient.",
        f"Dr. Helga Bjornstad <hbjornstad@{DOM}>",
        "jen.ames@summitlocums.com",
        "Re: peds hospitalist coverage",
        """\
Jen - we need 2 weekends in January (Jan 9-10, Jan 23-24) for the peds unit, roughly 6-10
inpatients, mostly bronchiolitis and dehydration this time of year, plus newborn nursery.
Candidate must have NRP and PALS. Send CVs when u have them, thx

Helga
""",
    ),
    Spec(
        False,
        "education",
        "Hard negative: board-review quiz for residents with a fictional vignette (age, sex, labs), no real person.",
        f"Family Medicine Residency <fmresidency@{DOM}>",
        "residents@lakesregionfmrp.org",
        "Wednesday board review - question set 14",
        """\
Question 1. A 45-year-old man presents with fatigue and polyuria. Fasting glucose is 188 mg/dL
and A1c 8.1%. BMI 34. eGFR 72. Which agent has proven cardiovascular benefit?
  A) glipizide  B) pioglitazone  C) empagliflozin  D) sitagliptin

Question 2. A 28-year-old woman at 10 weeks' gestation has TSH 6.2. Next step?
  A) repeat in 3 months  B) start levothyroxine  C) thyroid ultrasound  D) TPO antibodies only

Answers and discussion at conference. Coffee is on Dr. Brennan.
""",
    ),
    Spec(
        False,
        "research",
        "Hard negative: IRB approval letter with protocol number and study description, no participant.",
        f"Institutional Review Board <irb@{DOM}>",
        "r.okwuosa@universitymedicalcenter-mn.edu",
        "IRB approval - protocol BWH-IRB-26-0412",
        """\
Dear Dr. Okwuosa,

The Brightwater Health IRB approved protocol BWH-IRB-26-0412, "Post-discharge text messaging to
reduce heart failure readmissions," under expedited review category 7 on 11/20/2026.
Approval expires 11/19/2027. Waiver of documentation of consent granted. Enrollment target
240 participants at two sites.

Any data leaving Brightwater must be de-identified or shared under the signed data use
agreement DUA-26-019.

IRB Office
""",
    ),
    Spec(
        False,
        "lab_catalog",
        "Hard negative: lab test catalog update with reference ranges, LOINC and CPT codes.",
        f"Laboratory Services <labservices@{DOM}>",
        "clientservices@lakeviewcommunityclinic.org",
        "Lab test changes effective 12/14",
        """\
Client clinics,

Effective 12/14/2026:

- High-sensitivity troponin T replaces conventional troponin I. Ref: female < 10 ng/L, male
  < 15 ng/L. CPT 84484. LOINC 67151-1.
- Vitamin D 25-OH moves to Northstar; turnaround 2-3 days.
- New: HIV-1/2 Ag/Ab 4th gen with reflex, CPT 87389. Same-day result.
- eGFR now uses CKD-EPI 2021 (race-free).

Updated requisitions are on the lab outreach site.

Laboratory Services
""",
    ),
    Spec(
        False,
        "quality",
        "Hard negative: patient experience survey aggregate results with unit names and percentages.",
        f"Patient Experience <patientexperience@{DOM}>",
        "reports@pressvaluesurvey.com",
        "Re: Q3 HCAHPS results - questions",
        """\
Hi Morgan,

Thanks for the Q3 report. Two questions:

1. 4 West "communication about medicines" top-box dropped to 58% (n=112). Is that within the
   margin of error versus Q2's 64% (n=98)?
2. Can you split the ED "likelihood to recommend" by arrival mode (ambulance vs walk-in)?

Overall rating 9-10 hospital-wide was 74% on 1,046 surveys - nice to see.

Patient Experience Office
""",
    ),
    Spec(
        False,
        "foundation",
        "Foundation gala invitation to a local business sponsor.",
        f"Brightwater Health Foundation <foundation@{DOM}>",
        "owner@lakeshorehardware.com",
        "You're invited: Winter Lights Gala",
        """\
Dear Mr. Sundberg,

Thank you for sponsoring our pediatric wing last year. We'd be honored to host you and a guest
at the Winter Lights Gala on January 23 at the Lakeshore Pavilion. Proceeds will fund a new
NICU transport isolette.

RSVP by January 8 to 612-555-0108.

Warm regards,
Ingrid Aasen, Foundation Director
""",
    ),
    Spec(
        False,
        "policy",
        "Hard negative: chaperone policy DOCX sent to a partner clinic; describes sensitive exams generically.",
        f"Compliance <compliance@{DOM}>",
        "practice.manager@cedarparkfamilyclinic.com",
        "Chaperone policy as requested",
        """\
Hi Tess,

Here's our current chaperone policy, approved October 2026. Feel free to adapt it.

Compliance Office
""",
        atts=(
            Att(
                "Chaperone_Policy_CP-114.docx",
                DOCX_T,
                docx(
                    [
                        "Brightwater Family Medicine & Hospital - Policy CP-114: Use of Chaperones",
                        "Purpose: protect patients and clinicians during sensitive examinations.",
                        "Scope: breast, pelvic, genital and rectal examinations, and any exam at the patient's request.",
                        "A trained chaperone (RN, LPN or CMA) must be offered for every sensitive exam; refusal is documented.",
                        "Minors: a parent or guardian does not replace a chaperone for adolescents 12-17.",
                        "Owner: Chief Medical Officer. Review: every 3 years.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "hl7",
        "Hard negative: HL7 MFN provider-master update carrying clinician NPIs and licence numbers only.",
        f"Integration Team <interfaces@{DOM}>",
        "hl7support@northstarreflab.com",
        "MFN for two new ordering providers",
        """\
Please load the attached MFN so orders from Dr. Fontaine and Dr. Wexler stop rejecting on your
side with "ordering provider unknown".
""",
        atts=(Att("MFN26112401.hl7", "application/hl7-v2", HL7_MFN),),
    ),
    Spec(
        False,
        "staff_notice",
        "Hard negative: employee flu-shot clinic schedule with locations and vaccine types (workforce, no patient).",
        f"Employee Health <employeehealth@{DOM}>",
        "contractors@northbuildgc.com",
        "Flu shots for your crew on site",
        """\
Dana,

Your construction crew is welcome at our employee flu clinics (free, bring badge):

Tue 12/1   06:30-09:00  Cafeteria B
Thu 12/3   14:00-17:00  Lakeshore conference room
Fri 12/4   22:00-01:00  ED break room (night shift)

Quadrivalent and high-dose (65+) available. Egg allergy is not a contraindication. If your crew
needs the COVID booster too, let us know by Monday.

Employee Health
""",
    ),
    Spec(
        False,
        "community_event",
        "Hard negative: community blood-pressure screening aggregate results sent to a partner church.",
        f"Community Health <community@{DOM}>",
        "pastor@gracelutheranbw.org",
        "Thank you + screening numbers",
        """\
Pastor Halvorsen,

Thank you for hosting Sunday's health fair! Quick summary:

- 212 people screened
- 38 had blood pressure >= 140/90 and were given a referral card
- 9 had a random glucose over 200 and were urged to see a clinician this week
- 61 flu shots given

No names were collected at the screening table. We'd love to come back in the spring.

Community Health Team
""",
    ),
    Spec(
        False,
        "quality",
        "Hard negative: PDF of fall-rate statistics per 1,000 patient days by unit; aggregate only.",
        f"Nursing Quality <nursingquality@{DOM}>",
        "ndnqi.submissions@pressvaluesurvey.com",
        "Q3 falls data - corrected",
        """\
Corrected Q3 falls summary attached (4 West denominator was off by one month).
""",
        atts=(
            Att(
                "falls_Q3_2026_corrected.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER HOSPITAL - NURSING QUALITY: FALLS, Q3 2026",
                        "Unit        Patient days   Falls   Falls w/ injury   Rate /1,000",
                        "4 West         4,412         13           2              2.95",
                        "3 South        3,980         17           3              4.27",
                        "ICU            1,204          1           0              0.83",
                        "Peds             902          0           0              0.00",
                        "Hospital      10,498         31           5              2.95",
                    ],
                    "Falls Q3 2026",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "travel",
        "Hard negative: conference travel with confirmation codes, frequent-flyer and phone numbers; no health information.",
        f"Executive Assistant <execassist@{DOM}>",
        "groups@northstartravelmgmt.com",
        "HIMSS travel - 3 travelers",
        """\
Hi Northstar Travel,

Please book HIMSS (Las Vegas, March 9-12) for:

1. Rajesh Kulkarni  - Delta SkyMiles 2204418871 - cell 612-555-0191 - aisle
2. Karin Voss       - no loyalty - cell 612-555-0192
3. Erik Lindqvist   - United MP KX448102 - cell 612-555-0193 - window

Hotel block at the Venetian, group code HIM26BWH. Bill to cost center 4410-IT.

Thanks, Greta
""",
    ),
    Spec(
        False,
        "logistics",
        "Hard negative: courier route CSV with clinic addresses and phone numbers; specimens but no patient.",
        f"Lab Outreach <laboutreach@{DOM}>",
        "dispatch@metroexpresscourier.com",
        "new route starting Mon",
        """\
Attached is the revised AM route starting Monday 11/30. Stop 3 added (Lakeview). Specimen
totes must stay upright and between 2-8 C.
""",
        atts=(Att("AM_route_v4.csv", "text/csv", COURIER_CSV),),
    ),
    Spec(
        False,
        "vendor",
        "Hard negative: forwarded vendor marketing (message/rfc822) mentioning diabetes, prenatal and behavioural health generically.",
        f"Rajesh Kulkarni <rkulkarni@{DOM}>",
        "cio@lakeviewcommunityclinic.org",
        "FW: Cut no-shows 40% with AI reminders",
        """\
Saw this, have you looked at them? Their BAA language was weak last time I checked.

R.
""",
        forward=VENDOR_PITCH,
    ),
    Spec(
        False,
        "staff_roster",
        "Hard negative: staff roster XLSX (employee IDs, names, work cells) for badge access at a partner SNF.",
        f"Case Management <cm4west@{DOM}>",
        "security@pinecrestcarecenter.com",
        "badge access list",
        """\
Hi Pinecrest security,

Attached is the list of our staff who round at Pinecrest for the transitions program. Please
set up badge access as listed.

Jolene Marchetti, RN, CCM
""",
        atts=(Att("BWH_staff_Pinecrest_access.xlsx", XLSX_T, xlsx(ROSTER_ROWS, "staff")),),
    ),
    Spec(
        False,
        "it",
        "Reply chain with a partner's IT about VPN access; quoted text, no patients.",
        f"Network Team <netops@{DOM}>",
        "it@cedarparkfamilyclinic.com",
        "Re: Re: VPN tunnel down again",
        """\
Rekeyed on our side and moved you to IKEv2 with AES-256/SHA-256, DH group 19. Tunnel has been
up 40 minutes. Please confirm your Epic Hyperspace clients can reach 10.40.20.15.

- BWH NetOps

On 11/24/2026 8:12 AM, Cedar Park IT wrote:
> Still dropping every ~2 hours. Our side shows phase 2 lifetime mismatch.
>
> On 11/23/2026 4:40 PM, BWH NetOps wrote:
>> Can you send your peer IP and current proposal? Ours is 203.0.113.44.
""",
    ),
    Spec(
        False,
        "research",
        "Hard negative: de-identified research dataset description with aggregate counts and year-only dates.",
        f"Research Data Core <researchdata@{DOM}>",
        "r.okwuosa@universitymedicalcenter-mn.edu",
        "de-identified HF dataset ready",
        """\
Dr. Okwuosa,

The de-identified heart failure dataset for BWH-IRB-26-0412 is on the SFTP. Summary:

- 3,412 encounters, 1,907 unique patients (study IDs only, re-keyed)
- Years 2021-2025 (year only; ages over 89 grouped as 90+)
- ZIP3 only; no names, MRNs, dates or free text
- Variables: EF category, NT-proBNP, medications at discharge, 30-day readmission flag

Expert determination memo attached to the SFTP folder.

Research Data Core
""",
    ),
    Spec(
        False,
        "invoice",
        "Hard negative: interpreter agency invoice dispute by invoice line, hours and rates; no patient or encounter details.",
        f"Accounts Payable <ap@{DOM}>",
        "billing@lakeslanguagepartners.com",
        "Invoice LLP-26-1140 disputed lines",
        """\
Hi,

On invoice LLP-26-1140 we dispute:

Line 14  3.0 hrs billed, our timesheet log shows 1.5 hrs
Line 22  exact duplicate of line 21
Line 31  2-hour minimum charge applied twice

Also the November mileage surcharge ($4.10/mile) was not in the 2026 rate sheet.

Please reissue. Remaining lines are approved for payment.

Accounts Payable
""",
    ),
    Spec(
        False,
        "training",
        "Hard negative: privacy tabletop exercise with an explicitly fictitious 'Patient A' scenario; no real person.",
        f"Privacy Office <privacy@{DOM}>",
        "compliance@lakesregionhealthnetwork.org",
        "Tabletop exercise materials - Dec 15",
        """\
Hi network compliance leads,

Scenario for the December 15 tabletop (fictional, for training only):

"A nurse emails a discharge summary for Patient A to a personal Gmail account to finish
charting at home. Two weeks later the account is compromised. Patient A is a 52-year-old with a
substance use disorder treated under 42 CFR Part 2."

Discussion: Is this a breach? Risk assessment factors? Notification timelines? Part 2 vs
HIPAA differences?

Please bring your incident response plans.

Karin Voss, Privacy Officer
""",
        atts=(
            Att(
                "tabletop_facilitator_notes.txt",
                "text/plain",
                """\
TABLETOP 2026-12-15 - FACILITATOR NOTES (fictional scenario, no real patient)
Inject 1 (00:10): IT reports impossible-travel login on the personal mailbox.
Inject 2 (00:25): Reporter calls Communications asking about "leaked addiction records".
Inject 3 (00:40): OCR breach portal - over or under 500 individuals? Who decides?
Debrief: 4-factor risk assessment; 60-day notification clock; Part 2 redisclosure notice.
""",
            ),
        ),
    ),
]
