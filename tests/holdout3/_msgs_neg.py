# ruff: noqa: E501
"""Hand-written non-PHI messages that look dangerous: clinicians, identifiers, drugs, statistics."""

from __future__ import annotations

from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

DOM = "brightwaterhealth.org"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DISCLAIMER = """
This message is intended only for the addressee and may contain information that is privileged
and confidential. If you received it in error, please notify the sender and delete it.
Brightwater Family Medicine & Hospital, 2200 Lakeshore Drive, Brightwater, MN 55379.
"""

PROVIDER_CSV = """\
Last,First,Credential,Specialty,NPI,DEA,MN License,Location,Office Phone
Okafor,Chidi,MD,Cardiology,1765029412,BO4127634,MN-58213,Brightwater Hospital,612-555-0170
Haugen,Lars,MD,Family Medicine,1547382907,FK8302919,MN-49102,North Clinic,612-555-0131
Bjornstad,Helga,MD,Pediatrics,1388250676,BA5170460,MN-61457,Brightwater Pediatrics,612-555-0150
Raman,Priya,MD,Hospital Medicine,1609147354,BR2903842,MN-63390,Brightwater Hospital,612-555-0100
Lindeman,Nora,MD,Rheumatology,1993074628,BW6641028,MN-55871,Specialty Center,612-555-0160
"""

QUALITY_ROWS: list[list[str | int | float]] = [
    ["Measure", "Q1 2026", "Q2 2026", "Q3 2026", "Benchmark"],
    ["30-day readmission, heart failure (%)", 19.8, 18.1, 16.9, 20.3],
    ["30-day readmission, COPD (%)", 17.2, 18.4, 15.7, 18.6],
    ["Sepsis SEP-1 bundle compliance (%)", 61.0, 66.0, 71.0, 60.0],
    ["CLABSI per 1,000 line days", 0.9, 0.6, 0.4, 0.8],
    ["Inpatient discharges", 2412, 2380, 2296, ""],
    ["Patients with diabetes A1c > 9 (%)", 17.4, 16.8, 15.9, 18.0],
]

ICS_SEPSIS = """\
BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:h3-ics-sepsis-committee@brightwaterhealth.org\r
DTSTAMP:20261123T170000Z\r
DTSTART:20261210T200000Z\r
DTEND:20261210T210000Z\r
SUMMARY:Sepsis Collaborative - monthly\r
DESCRIPTION:Agenda: SEP-1 Q3 results (71%)\\, lactate redraw workflow\\, antibiotic timing in t\r
 he ED\\, regional transfer protocol with Lakeview. Teams link in body.\r
LOCATION:Microsoft Teams Meeting\r
ORGANIZER;CN=Dr. Priya Raman:mailto:praman@brightwaterhealth.org\r
ATTENDEE;CN=Lakeview Quality:mailto:quality@lakeviewcommunityclinic.org\r
END:VEVENT\r
END:VCALENDAR\r
"""

ICS_DEMO = """\
BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:h3-ics-vendor-demo@vitalsyncmed.com\r
DTSTAMP:20261124T150000Z\r
DTSTART:20261203T180000Z\r
DTEND:20261203T190000Z\r
SUMMARY:VitalSync remote patient monitoring demo - Brightwater\r
DESCRIPTION:Product walkthrough: BP cuffs\\, glucometers and scales with cellular upload. Pricin\r
 g and BAA discussion at the end.\r
LOCATION:Zoom\r
ORGANIZER;CN=Brightwater Population Health:mailto:pophealth@brightwaterhealth.org\r
ATTENDEE;CN=Alex Rivera:mailto:arivera@vitalsyncmed.com\r
END:VEVENT\r
END:VCALENDAR\r
"""

MESSAGES: list[Spec] = [
    Spec(
        False,
        "coverage_notice",
        "Hard negative: clinician names with specialties and diseases (heart failure clinic coverage), no patient.",
        f"Cardiology Clinic <cardiology@{DOM}>",
        "referrals@lakeviewcommunityclinic.org",
        "Heart failure clinic coverage over the holidays",
        """\
Dear referring partners,

Dr. Chidi Okafor (cardiology) will cover the heart failure clinic from December 21 through
January 4 while Dr. Ruth Mbeki is on leave. Dr. Okafor will also read echocardiograms and
manage the LVAD and pulmonary hypertension follow-ups during that time. New referrals for
HFrEF titration, amyloidosis work-up or post-MI cardiac rehab can still be sent through the
usual referral fax (612-555-0171).

Happy holidays,
Brightwater Cardiology
"""
        + DISCLAIMER,
    ),
    Spec(
        False,
        "credentialing",
        "Hard negative: provider roster CSV with NPIs, DEA numbers, licence numbers of clinicians (provider identifiers).",
        f"Medical Staff Office <medstaff@{DOM}>",
        "provider.enrollment@glhp.com",
        "Roster update - Brightwater group 4410",
        """\
Hi Provider Enrollment,

Attached is our updated roster for group TIN ending 4410, effective 01/01/2027. Dr. Raman is
moving from the clinic to the hospitalist group; everything else is unchanged.

Medical Staff Office
612-555-0105
""",
        atts=(Att("BWH_roster_2027-01.csv", "text/csv", PROVIDER_CSV),),
    ),
    Spec(
        False,
        "purchasing",
        "Hard negative: purchase order with part/catalog numbers shaped like SSNs and MRNs.",
        f"Supply Chain <purchasing@{DOM}>",
        "orders@prairiemedsupply.com",
        "PO 4410388 - please confirm",
        """\
Hello,

Please confirm PO 4410388 (ship to Brightwater Hospital dock B, attn receiving):

Line  Catalog #      Description                               Qty   UOM
1     402-17-5583    Nitrile exam gloves, medium               40    CS
2     518-44-2019    Foley catheter tray 16Fr, silicone        24    CS
3     BW-00412276    Blood culture bottle set, adult (aer/an)   12    CS
4     661-90-0415    Insulin syringe 0.5 mL 31G                 10    CS
5     1077-2241      Sharps container 2 gal                     30    EA

Account #88104-BW. Net 30. Deliver by 12/4.

Tom Haldane
Buyer, Supply Chain
""",
    ),
    Spec(
        False,
        "invoice",
        "Hard negative: vendor invoice PDF with account, invoice and serial numbers; BRIGHTWATER is the customer.",
        f"Accounts Payable <ap@{DOM}>",
        "billing@lakelandbiomedical.com",
        "Invoice 2026-8841 question",
        """\
Hi Lakeland,

On the attached invoice 2026-8841 line 3 (PM on the Alaris pumps) was billed twice. Can you send
a corrected copy? Our account number with you is 0044871.

AP
""",
        atts=(
            Att(
                "Invoice_2026-8841.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKELAND BIOMEDICAL SERVICES, INC. - INVOICE 2026-8841",
                        "Bill to: BRIGHTWATER HOSPITAL, Clinical Engineering, Acct 0044871",
                        "Date: 11/15/2026     Terms: Net 30",
                        "1  Preventive maintenance - defibrillators (12 units)      $1,440.00",
                        "2  Battery replacement - SN 8812-4471-02, 8812-4471-09     $   380.00",
                        "3  Preventive maintenance - infusion pumps (40 units)      $2,200.00",
                        "3  Preventive maintenance - infusion pumps (40 units)      $2,200.00",
                        "TOTAL DUE                                                 $6,220.00",
                    ],
                    "Invoice 2026-8841",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "shipping",
        "Hard negative: specimen kit shipment with tracking numbers and lot numbers, no patient.",
        f"Lab Supply <labsupply@{DOM}>",
        "clientservices@northstarreflab.com",
        "kits received - 2 boxes short",
        """\
Hi Northstar,

We received the shipment of 24-hour urine and QuantiFERON collection kits, but 2 of 5 boxes
are missing.

Received: UPS 1Z 4F8 91R 03 4471 2290, 1Z 4F8 91R 03 4471 2305, 1Z 4F8 91R 03 4471 2318
Missing:  UPS 1Z 4F8 91R 03 4471 2321, 1Z 4F8 91R 03 4471 2336
QFT tube lot: 4410-2611, exp 2027-05-31

Can you reship or open a claim?

Lab Supply, Brightwater Hospital Laboratory
""",
    ),
    Spec(
        False,
        "quality",
        "Hard negative: aggregate quality statistics XLSX (readmissions, sepsis, A1c rates) to an outside collaborative.",
        f"Quality & Patient Safety <quality@{DOM}>",
        "data@mnhospitalquality.org",
        "Q3 measures submission",
        """\
Attached are Brightwater's Q3 2026 measures for the collaborative dashboard. Heart failure
readmissions continue to improve (16.9%). All figures are aggregate; no patient-level data.

Quality & Patient Safety
""",
        atts=(Att("BWH_Q3_2026_measures.xlsx", XLSX_T, xlsx(QUALITY_ROWS, "Q3")),),
    ),
    Spec(
        False,
        "public_health",
        "Hard negative: measles exposure alert for clinicians with symptoms, dates and locations but no patient.",
        f"Infection Prevention <infectionprevention@{DOM}>",
        "all-partners@lakesregionhealthnetwork.org",
        "HEALTH ALERT: measles case in region - clinician guidance",
        """\
Partners,

The state health department has confirmed a measles case in an unvaccinated traveler in our
region (no Brightwater exposure identified). Please:

- Consider measles in any patient with fever >= 101F, rash, and cough, coryza or conjunctivitis.
- Mask and room the patient in an airborne isolation room immediately.
- Order measles IgM and PCR (throat swab + urine); call the health department 651-555-0199.
- Verify MMR status of staff; presumptive immunity = 2 doses or positive titer.

Infection Prevention
Brightwater Family Medicine & Hospital
""",
    ),
    Spec(
        False,
        "training",
        "Hard negative: HIPAA training reminder describing PHI, minimum necessary and breach examples in general terms.",
        f"Privacy Office <privacy@{DOM}>",
        "staffing@metrotravelnurses.com",
        "Annual HIPAA training for your travelers - due 12/15",
        """\
Hi Metro staffing team,

Your nurses on contract with Brightwater need to finish the annual HIPAA privacy and security
module by December 15. Topics this year:

* What PHI is: any health information linked to a name, MRN, date of birth, address, etc.
* Minimum necessary - look up only the patients you are caring for.
* Never text patient information or email it to a personal account.
* Report suspected breaches (misdirected fax, lost badge, snooping) within 24 hours.

Link: learn.brightwaterhealth.org/hipaa2026 (about 40 minutes).

Thanks,
Karin Voss, Privacy Officer
""",
    ),
    Spec(
        False,
        "drug_recall",
        "Hard negative: drug recall notice with NDCs, lot numbers and expiry dates, no patient.",
        f"Pharmacy Operations <pharmacyops@{DOM}>",
        "pharmacy@lakeviewcommunityclinic.org",
        "Recall: metformin ER lots - check your stock",
        """\
FYI for your clinic stock and any samples:

Manufacturer voluntary recall (NDMA above limit), Class II:
Metformin HCl ER 500 mg, NDC 68180-0336-07, lots RX4410A, RX4410B, exp 06/2027
Metformin HCl ER 750 mg, NDC 68180-0337-01, lot RX4422C, exp 08/2027

Quarantine and return via Inmar, return authorization RA-26-77104. Patients should NOT stop
metformin on their own; prescribers can switch to immediate-release metformin.

Pharmacy Operations, Brightwater Hospital
""",
    ),
    Spec(
        False,
        "formulary",
        "Hard negative: formulary change memo naming drugs, doses and conditions to partner clinics.",
        f"Pharmacy & Therapeutics <pt-committee@{DOM}>",
        "medicaldirectors@lakesregionhealthnetwork.org",
        "Formulary changes effective Jan 1",
        """\
Colleagues,

P&T approved the following changes effective 01/01/2027:

ADDED: tirzepatide (Mounjaro) for type 2 diabetes with A1c > 8 on metformin; semaglutide
remains preferred GLP-1 RA.
ADDED: apixaban 2.5 mg as preferred DOAC for VTE extended prophylaxis.
REMOVED: glyburide (hypoglycemia risk in elderly; use glipizide).
RESTRICTED: IV iron sucrose - ID/hematology or nephrology only.

Full monograph summaries on the pharmacy SharePoint.

Nora Lindeman, MD, P&T Chair
""",
    ),
    Spec(
        False,
        "on_call",
        "Hard negative: on-call schedule with clinician names, specialties and cell numbers (workforce).",
        f"Medical Staff Office <medstaff@{DOM}>",
        "answering@lakesanswerservice.com",
        "December on-call - surgery and OB",
        """\
Hi answering service,

December call schedule for your switchboard:

Dec 1-7    General surgery: Dr. Anya Kowalczyk   cell 612-555-0181
Dec 8-14   General surgery: Dr. Luis Fontaine    cell 612-555-0182
Dec 1-14   OB/GYN: Dr. Miriam Wexler              cell 612-555-0183
Dec 15-31  OB/GYN: Dr. Sunil Varghese             cell 612-555-0184
Backup for all: House Supervisor 612-555-0100

Please page the backup if no callback within 10 minutes.

Medical Staff Office
"""
        + DISCLAIMER,
    ),
    Spec(
        False,
        "job_posting",
        "Job posting for ICU nurses mentioning units, patient types and conditions generically.",
        f"Talent Acquisition <careers@{DOM}>",
        "jobs@mnnursesassociation.org",
        "Posting: RN - Critical Care (night shift), sign-on bonus",
        """\
Please post to your job board:

Brightwater Hospital is hiring full-time RNs for our 16-bed ICU (nights, 3x12).
- Care for patients with sepsis, respiratory failure, post-cardiac surgery and DKA
- CRRT and Impella experience a plus; we train
- BLS/ACLS required, CCRN preferred
- $15,000 sign-on bonus; pay range $44-$61/hr

Apply at careers.brightwaterhealth.org, req 26-1187.

Talent Acquisition
""",
    ),
    Spec(
        False,
        "newsletter",
        "Hard negative: HTML-only general health newsletter with a tracking pixel; sent to a general list, not segmented by condition.",
        f"Brightwater Health News <news@{DOM}>",
        "subscribers@list.brightwaterhealth-news.com",
        "Your December health tips",
        "",
        html="""\
<html><body style="font-family:Georgia,serif">
<h2>Healthy Holidays from Brightwater</h2>
<p>Heart attacks peak in December. Know the signs: chest pressure, shortness of breath, pain in
the jaw or arm. Call 911 right away.</p>
<p>Managing diabetes over the holidays? Fill half your plate with vegetables and keep walking
after meals.</p>
<p>Flu shots are available at all Brightwater clinics, no appointment needed.</p>
<p><a href="https://www.brightwaterhealth.org/flu">Find a clinic</a></p>
<img src="https://t.brightwaterhealth-news.com/o/8c1f2a.gif" width="1" height="1" alt="">
<p style="font-size:9px">You are receiving this because you subscribed to Brightwater Health News.
<a href="https://www.brightwaterhealth.org/unsubscribe">Unsubscribe</a></p>
</body></html>
""",
        html_only=True,
    ),
    Spec(
        False,
        "vendor",
        "Hard negative: reply declining vendor marketing; quoted pitch mentions oncology patients and drug names generically.",
        f"Dr. Ruth Abernathy <rabernathy@{DOM}>",
        "kfields@oncoinsightanalytics.com",
        "Re: Reduce chemo delays by 30%",
        """\
Thanks Kyle, we're not evaluating new oncology analytics this fiscal year. Please remove me from
the sequence.

Ruth

On Mon, Nov 23, 2026, Kyle Fields <kfields@oncoinsightanalytics.com> wrote:
> Dr. Abernathy - cancer centers like yours lose 11% of infusion chair capacity to prior-auth
> delays for regimens like FOLFOX and pembrolizumab. OncoInsight flags at-risk orders 5 days
> early. Do you have 15 minutes Thursday?
""",
    ),
    Spec(
        False,
        "it",
        "EHR downtime notice to affiliated clinics; mentions downtime forms, no patients.",
        f"IT Service Desk <servicedesk@{DOM}>",
        "it-contacts@lakesregionhealthnetwork.org",
        "Planned Epic downtime Sun 12/6 01:00-04:00",
        """\
Planned downtime: Sunday, December 6, 01:00-04:00 CST, for the Epic quarterly upgrade.

During the window Care Everywhere queries from your clinics will fail and results interfaces
will queue. Use downtime requisitions for STAT labs. BCA read-only PCs remain available on all
units. Interface queues will drain automatically after 04:00.

Brightwater IT Service Desk, x4-HELP (612-555-0188)
""",
    ),
    Spec(
        False,
        "facilities",
        "Facilities notice about parking ramp closure to contractors.",
        f"Facilities Management <facilities@{DOM}>",
        "pm@northbuildgc.com",
        "Ramp B closure for joint repair",
        """\
Hi Dana,

Confirming Ramp B levels 2-3 will be closed Dec 7-11 for your expansion joint repair. Patients
and visitors will be routed to Ramp A; staff to the Lakeshore lot with shuttle. Pls keep
teh ambulance lane on level 1 clear at all times and badge in at the dock office.

Gus Lindahl, Facilities Manager
612-555-0109
""",
    ),
    Spec(
        False,
        "grand_rounds",
        "Hard negative: grand rounds announcement with a de-identified case title (age, sex, condition only).",
        f"Medical Education <meded@{DOM}>",
        "cme@lakesregionhealthnetwork.org",
        "Grand Rounds 12/9: A 67-year-old man with recurrent syncope",
        """\
Medicine Grand Rounds, Wednesday December 9, 7:30-8:30 AM, Auditorium B and Teams

"A 67-year-old man with recurrent syncope: when the Holter is normal"
Presenter: Dr. Chidi Okafor, Cardiology; discussant: Dr. Emeka Nwosu

Objectives: approach to syncope risk stratification, role of implantable loop recorders,
cardiac amyloidosis red flags.

1.0 AMA PRA Category 1 Credit. Partners welcome.

Medical Education Office
""",
    ),
    Spec(
        False,
        "deidentified",
        "Hard negative: de-identified case summary for an outside expert opinion: age decade, no names, dates or places.",
        f"Dr. Ruth Abernathy <rabernathy@{DOM}>",
        "ghartmann@universitymedicalcenter-mn.edu",
        "curbside - sarcoma imaging question",
        """\
Gerhard,

Would value your read on an unusual case before our tumor board; no identifiers below.

Woman in her 40s, no prior cancer history. MRI shows a 7 cm heterogeneous mass in the
posterior thigh, T2 bright with enhancing septa, abutting but not encasing the sciatic nerve.
Core biopsy: spindle cell neoplasm, MDM2 amplification negative, STAT6 negative. No lung
nodules on CT.

Would you favor upfront radiation or straight to resection? Happy to share anonymized images
through the research PACS if useful.

Ruth
""",
    ),
    Spec(
        False,
        "template",
        "Hard negative: appointment reminder template with {{placeholders}} sent to the texting vendor.",
        f"Patient Access <patientaccess@{DOM}>",
        "implementation@remindly-health.com",
        "Final reminder templates for go-live",
        """\
Hi Remindly team,

Here are the approved templates. Please keep the merge fields exactly as written.

APPT_REMINDER_48H:
"Hi {{patient_first_name}}, this is Brightwater reminding you of your appointment with
{{provider_name}} on {{appt_date}} at {{appt_time}}, {{department_name}}. Reply C to confirm,
R to reschedule."

PREP_COLONOSCOPY:
"{{patient_first_name}}, your procedure is on {{appt_date}}. Start your bowel prep at
{{prep_start_time}} the day before. Questions: {{dept_phone}}."

No PHI beyond the merge fields will be in the feed. BAA was countersigned 11/02.

Patient Access
""",
    ),
    Spec(
        False,
        "personal",
        "Hard negative: staff member writing to her own veterinarian about her dog's diabetes; animal health is not PHI.",
        f"Jolene Marchetti <jmarchetti@{DOM}>",
        "frontdesk@lakesidevetclinic.com",
        "Biscuit - insulin question",
        """\
Hi Dr. Pruitt's team,

Biscuit (my 11 yr old beagle) has been drinking a lot again and her glucose curve on Saturday
peaked at 420. She's on Vetsulin 8 units twice a day. Should I bump it to 9 like we discussed,
or bring her in for a fructosamine first? She's eating normally.

Thanks!
Jolene Marchetti
(sent from work, sorry - my cell is 612-555-0145)
""",
    ),
    Spec(
        False,
        "benefits",
        "Hard negative: benefits open-enrolment counts and plan names to the broker; aggregate, no individual.",
        f"Total Rewards <benefits@{DOM}>",
        "account.team@northlandbenefitsgroup.com",
        "Open enrollment wrap-up",
        """\
Hi Northland team,

OE closed Friday. Headcounts by plan for the 2027 renewal file:

Great Lakes HMO                1,184 employees (2,731 covered lives)
Great Lakes PPO                  642 employees (1,418 covered lives)
HSA-qualified HDHP               391 employees (702 covered lives)
Waived                           203

EAP utilization rose to 7.2%. The diabetes prevention program had 88 enrollees. We'd like
quotes on an expanded fertility benefit for 2028.

Total Rewards, Brightwater Health
""",
    ),
    Spec(
        False,
        "staff_health",
        "Hard negative: travel nurse's own sick-day note (flu) to agency and manager; her own health as workforce, employment record, not patient information held by the provider.",
        f"Marisa Quintanilla <mquintanilla@{DOM}>",
        "coordinator@metrotravelnurses.com",
        "out sick tonight",
        """\
Hi Becky,

I won't make my 1900 shift on 4 West tonight - tested positive for flu A this afternoon at a
walk-in clinic and I'm running 102. I already told the charge nurse. I'll send the clinic note
for my file and should be back Saturday.

Marisa
""",
        cc=f"Paula Engstrom <pengstrom@{DOM}>",
    ),
    Spec(
        False,
        "meeting",
        "Hard negative: ICS invite for a sepsis quality committee with aggregate compliance, no patient.",
        f"Dr. Priya Raman <praman@{DOM}>",
        "quality@lakeviewcommunityclinic.org",
        "Sepsis Collaborative - monthly",
        """\
Monthly sepsis collaborative with our Lakeview partners. Agenda in the invite.
""",
        ics=ICS_SEPSIS,
    ),
    Spec(
        False,
        "vendor",
        "Hard negative: ICS invite attachment for a remote monitoring vendor demo (BAA, blood pressure, glucose devices).",
        f"Population Health <pophealth@{DOM}>",
        "arivera@vitalsyncmed.com",
        "Demo Thursday",
        """\
Alex, invite attached for Thursday. We'll have our diabetes and hypertension program leads on.
""",
        atts=(Att("invite.ics", "text/calendar", ICS_DEMO),),
    ),
    Spec(
        False,
        "recruiting",
        "Hard negative: physician candidate interview itinerary with the candidate's cell and flight; not a patient.",
        f"Physician Recruitment <physrecruit@{DOM}>",
        "drkimberly.osei@gmail.com",
        "Your interview itinerary - Dec 3",
        """\
Dr. Osei,

We're looking forward to your visit!

Wed 12/2  Arrive MSP on Delta 1842, 6:05 PM. Car service will text your cell (404-555-0162).
          Hotel: Lakeshore Inn, conf. 88412KQ.
Thu 12/3  7:30 breakfast with Dr. Okafor (Cardiology chief)
          9:00 cath lab and echo lab tour
          11:00 meet the heart failure clinic team
          12:30 lunch with hospital CEO
          3:00 community tour with realtor

Shelby Kraus, Physician Recruitment
""",
    ),
    Spec(
        False,
        "credentialing",
        "Hard negative: credentialing verification with a physician's licence number, DEA and board certificate; clinician identifiers.",
        f"Medical Staff Office <medstaff@{DOM}>",
        "credentialing@riverbendortho.com",
        "Re: privileges verification - Dr. Fontaine",
        """\
Hello,

Confirming for your recredentialing file: Luis Fontaine, MD holds active privileges in general
surgery at Brightwater Hospital since 03/2019.
MN license 61882 (exp 06/30/2028), DEA FR3057189, NPI 1422605182, ABS certificate 059921.
No adverse actions or malpractice claims in the last 5 years.

Medical Staff Office
"""
        + DISCLAIMER,
    ),
    Spec(
        False,
        "drug_shortage",
        "Hard negative: IV fluid shortage conservation guidance listing products and clinical scenarios.",
        f"Pharmacy Operations <pharmacyops@{DOM}>",
        "nursing-leaders@lakesregionhealthnetwork.org",
        "IV fluid shortage - conservation steps",
        """\
Regional partners,

Our allocation of 1000 mL 0.9% sodium chloride (NDC 0338-0049-04) and lactated Ringer's
(NDC 0338-0117-04) is cut to 60% through January. Steps we're taking:

- Oral hydration first for mild dehydration and gastroenteritis
- Saline locks instead of KVO infusions
- IV push instead of piggyback for compatible antibiotics (cefazolin, ceftriaxone)
- 250 mL bags for antibiotic dilution where possible

Happy to share our full guidance document.

Pharmacy Operations
""",
    ),
    Spec(
        False,
        "research",
        "Hard negative: clinical-trial recruitment notice with eligibility criteria, no individual.",
        f"Research Office <research@{DOM}>",
        "providers@lakesregionhealthnetwork.org",
        "Now enrolling: HEART-PRO trial (HFpEF)",
        """\
Dear colleagues,

Brightwater is enrolling in HEART-PRO (NCT09912044), a randomized trial of a once-weekly
injectable for heart failure with preserved ejection fraction.

Key criteria: age 50+, EF >= 50%, NT-proBNP > 300, NYHA II-III, BMI >= 30. Exclusions: eGFR
< 25, type 1 diabetes.

Refer interested patients to the study coordinator, Greta Nilsen, 612-555-0176.

Research Office
""",
    ),
    Spec(
        False,
        "press",
        "Hard negative: press release with aggregate cancer statistics and named executives/physicians.",
        f"Communications <media@{DOM}>",
        "newsdesk@brightwaterledger.com",
        "Press release: Brightwater breaks ground on cancer center",
        """\
FOR IMMEDIATE RELEASE

Brightwater Health breaks ground on the $48 million Lakeshore Cancer Center

BRIGHTWATER, Minn. (Nov. 24, 2026) - Brightwater Health today broke ground on a cancer center
that will bring radiation oncology, infusion and breast imaging under one roof. Last year
Brightwater oncologists cared for more than 2,100 people with cancer, and nearly 40% had to
travel over an hour for radiation.

"Our patients deserve care close to home," said Dr. Ruth Abernathy, medical director.

Media contact: Leah Sorensen, 612-555-0107
""",
    ),
    Spec(
        False,
        "biomed",
        "Hard negative: service report listing infusion-pump device serial numbers (hospital equipment, no patient).",
        f"Clinical Engineering <biomed@{DOM}>",
        "service@lakelandbiomedical.com",
        "pumps due for PM",
        """\
Hi Lakeland service,

These LVP modules are overdue for preventive maintenance and are tagged out in biomed:

Asset BW-IP-0442  SN 12847710  4 West
Asset BW-IP-0459  SN 12847733  ICU
Asset BW-IP-0473  SN 12848105  ED
Asset BW-IP-0481  SN 12848119  Oncology infusion

Please schedule for next week. No patient use until cleared.

Clinical Engineering
""",
    ),
]
