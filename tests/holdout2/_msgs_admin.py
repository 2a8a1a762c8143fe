# ruff: noqa: E501
"""Hand-written PHI messages: scheduling, billing, release of information, systems, logistics."""

from __future__ import annotations

from _spec import Att, Spec
from _xlsx import xlsx

DOM = "marlowvalleyhealth.org"

ICS_PT = """\
BEGIN:VCALENDAR\r
PRODID:-//Marlow Valley//Scheduling//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:h2-ics-0001@marlowvalleyhealth.org\r
DTSTAMP:20261116T150000Z\r
DTSTART:20261119T190000Z\r
DTEND:20261119T200000Z\r
SUMMARY:Family meeting - Rm 4W-12\r
DESCRIPTION:Goals of care meeting for patient Harriet Osei (MRN 00533810)\\, new diagnosis of\r
  ALS. Attending: Dr. Mensah. Family: son Kwame (740-390-7713).\r
LOCATION:4 West conference room\r
ORGANIZER;CN=Palliative Care:mailto:palliative@marlowvalleyhealth.org\r
ATTENDEE;CN=Kwame Osei:mailto:kwame.osei@gmail.com\r
END:VEVENT\r
END:VCALENDAR\r
"""

MESSAGES: list[Spec] = [
    Spec(
        True,
        "scheduling",
        "Appointment confirmation to patient: name, date, clinic (being a patient is PHI).",
        f"MVMC Scheduling <appointments@{DOM}>",
        "Norma Fenwick <nfenwick52@aol.com>",
        "Appointment confirmation",
        """\
Dear Norma Fenwick,

This confirms your appointment:

Tuesday, December 1, 2026 at 9:40 AM
Dr. Joseph Abernathy - Urology
Marlow Valley Specialty Clinics, Suite 310, 1500 Harmon Pkwy

Please arrive 15 minutes early and bring your insurance card and a list of medications. To
cancel or reschedule call 740-555-0100.
""",
    ),
    Spec(
        True,
        "scheduling",
        "Scheduler to patient: pre-procedure instructions imply colonoscopy.",
        f"Endoscopy Scheduling <endoscopy@{DOM}>",
        "r.tillman.carpentry@gmail.com",
        "Your procedure on 12/2 - prep instructions",
        """\
Hello Raymond,

You are scheduled for a colonoscopy with Dr. Anil Mehra on Wednesday 12/2 at 7:30 AM (arrive
6:30 AM, Endoscopy Center, 1st floor). Start the clear liquid diet the day before and begin your
GoLYTELY prep at 5 PM. Hold your glipizide the morning of the procedure. You must have a
driver.

Endoscopy Scheduling
""",
    ),
    Spec(
        True,
        "billing",
        "Patient statement: account number, dates of service, procedure charges.",
        f"Patient Financial Services <billing@{DOM}>",
        "kpatterson1983@hotmail.com",
        "Statement for account 7004418822",
        """\
Dear Kendra Patterson,

Your statement is ready.

Account: 7004418822
Guarantor: Kendra Patterson
Patient: Eli Patterson (minor)

11/02/2026  Emergency dept visit, level 4 (99284)      $1,240.00
11/02/2026  X-ray forearm 2 views (73090)              $   312.00
11/02/2026  Closed treatment radial fracture (25600)   $   980.00
            Insurance paid (Medical Mutual)            -$1,866.40
            Balance due                                 $  665.60

Pay online at pay.marlowvalleyhealth.org or call 740-555-0120.
""",
    ),
    Spec(
        True,
        "billing",
        "Billing office to insurer about a denied claim: member ID, CPT, ICD-10.",
        f"Hospital Billing <hb-denials@{DOM}>",
        "provider.appeals@anthemhealthpartners.com",
        "Appeal - claim 26318A004412",
        """\
Appeals Unit,

We are appealing denial CO-50 (not medically necessary) on:

Claim: 26318A004412
Member: Gordon Ellsworth, ID YRH993402117
DOS: 10/21/2026
Service: MRI lumbar spine without contrast (72148)
Diagnosis: M54.16 radiculopathy, lumbar; M51.26 disc displacement
Six weeks of conservative therapy were documented (PT notes 9/2-10/14, naproxen, gabapentin).

Medical records are enclosed via the provider portal, reference 55-88107.

Denials Management, Marlow Valley Medical Center
""",
    ),
    Spec(
        True,
        "billing",
        "Collections: XLSX attachment of patient accounts sent to agency.",
        f"Patient Financial Services <pfs@{DOM}>",
        "placements@tristatecollect.com",
        "November placements",
        """\
Hi Doug,

November bad-debt placements attached (14 accounts). Same terms as the October file.

Thanks,
Meredith, PFS
""",
        atts=(
            Att(
                "MVMC_placements_2026-11.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    [
                        [
                            "Account",
                            "Guarantor",
                            "Guarantor SSN",
                            "Patient",
                            "DOB",
                            "Address",
                            "Phone",
                            "DOS",
                            "Service",
                            "Balance",
                        ],
                        [
                            "7003920117",
                            "Lyle Brandt",
                            "512-38-4471",
                            "Lyle Brandt",
                            "02/11/1977",
                            "88 Fox Run, Lancaster OH 43130",
                            "740-654-2298",
                            "06/14/2026",
                            "ED visit / laceration repair",
                            1432.18,
                        ],
                        [
                            "7003988450",
                            "Tonya Sales",
                            "287-60-1934",
                            "Destiny Sales",
                            "07/30/2012",
                            "301 E Main St Apt 4, Logan OH 43138",
                            "740-380-5514",
                            "05/02/2026",
                            "Urgent care / strep test",
                            288.00,
                        ],
                        [
                            "7004011296",
                            "Wayne Hurd",
                            "431-72-0586",
                            "Wayne Hurd",
                            "11/19/1962",
                            "6175 Pleasantville Rd, Carroll OH 43112",
                            "614-837-0042",
                            "04/20/2026",
                            "Cardiac stress test",
                            2210.55,
                        ],
                        [
                            "7004102230",
                            "Alma Reyes-Ortega",
                            "609-14-2287",
                            "Alma Reyes-Ortega",
                            "03/03/1990",
                            "14 Spring St, Baltimore OH 43105",
                            "740-862-7730",
                            "07/08/2026",
                            "OB ultrasound",
                            540.00,
                        ],
                    ],
                    "Placements",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "roi",
        "HIM release of information to attorney: records list with patient and dates.",
        f"HIM Release of Information <roi@{DOM}>",
        "paralegal@hendersonwrightlaw.com",
        "Records request - your file 2026-0442",
        """\
Ms. Duval,

In response to your request (your file 2026-0442) and the HIPAA authorization signed by
Anthony Gerace (DOB 05/21/1971), we have released the following records via secure link:

- ED record 08/29/2026 (motor vehicle collision, cervical strain, right clavicle fracture)
- Orthopedic clinic notes 09/08/2026 - 10/27/2026
- Imaging reports: CT C-spine, XR right clavicle x3
- Itemized bill, account 7003877120, total charges $18,442.60

Invoice for copying fees ($61.20) to follow.

Release of Information, Health Information Management
""",
    ),
    Spec(
        True,
        "roi",
        "ROI to life insurer: APS request response naming applicant and conditions.",
        f"HIM Release of Information <roi@{DOM}>",
        "aps@northstarlifeunderwriting.com",
        "APS - applicant Whitlock",
        """\
Underwriting,

Attending Physician Statement for applicant Marisa Whitlock, DOB 01/08/1986, SSN 348-27-6615,
policy application NL-5528190. Summary from Dr. Raghunathan's records: hypothyroidism on levothyroxine 75 mcg,
well controlled; one episode of major depression 2021 treated with escitalopram, discontinued
2023; BMI 27. No hospitalizations in the last 5 years.

Full records were uploaded to your portal under the same reference.

HIM, Marlow Valley Medical Center
""",
    ),
    Spec(
        True,
        "work_school_note",
        "Return-to-work note to employer naming employee-patient and restrictions.",
        f"Occupational Health <occhealth@{DOM}>",
        "hr@midstatelogistics.com",
        "Return to work - D. Ferrante",
        """\
To Midstate Logistics HR,

Dominic Ferrante was seen in our clinic on 11/17/2026 for a work-related lumbar strain
(claim BWC 26-881204). He may return to work on 11/19/2026 with restrictions: no lifting over
20 lb, no forklift operation while taking cyclobenzaprine, alternate sitting and standing
every 30 minutes. Re-evaluation 12/01/2026.

Marlow Valley Occupational Health
""",
    ),
    Spec(
        True,
        "work_school_note",
        "School excuse note naming child and visit with condition.",
        f"Westside Pediatrics (MVMC) <westsidepeds@{DOM}>",
        "attendance@marlowcityschools.org",
        "Excuse note - Hollis, Amara",
        """\
Amara Hollis (grade 3, Ms. Brightwater) was seen in our office on 11/16 and 11/17 for influenza A.
She may return to school on Friday 11/20 once fever-free for 24 hours without medication. Please
excuse her absences 11/16-11/19.

Westside Pediatrics, a Marlow Valley Medical Center practice
""",
    ),
    Spec(
        True,
        "complaint",
        "Patient complaint forwarded to outside risk/insurance carrier.",
        f"Patient Relations <patientrelations@{DOM}>",
        "claims@healthcareriskmutual.com",
        "FW: Formal grievance - potential claim notice",
        """\
Carrier claims team,

Notice of a potential claim. Summary of the grievance received 11/16:

Complainant: Gloria Amundsen (daughter of patient)
Patient: Vernon Amundsen, 81, MRN 00301459
Event: fall on 4 West on 11/08 at approximately 02:30 while bed alarm was off; resulting left
subdural hematoma, transferred to OSU for evaluation, returned 11/10. Family alleges delayed
response to call light and inadequate fall precautions despite high Morse score (65).

Incident report IR-26-1187 filed. Risk Management will send the chart review next week.

Patient Relations, Marlow Valley Medical Center
""",
    ),
    Spec(
        True,
        "survey",
        "Patient-experience vendor file: survey comments with named patients and units.",
        f"Patient Experience <pxoffice@{DOM}>",
        "clientservices@pressleysurveys.com",
        "Comment coding question",
        """\
Hi Renata,

Two comments from the October inpatient file are mis-coded. Could you re-code them?

- Survey 8812034, patient Clifford Baird, discharged 10/22 from Labor & Delivery(?) - he was
  actually on 3 North after his bowel resection; comment is about night noise, not nursing.
- Survey 8812177, patient Yolanda Greer, Cardiac Cath Lab outpatient 10/27 - comment praising
  "Nurse Kim" should be coded as positive/recognition.

Thanks,
Patient Experience Office
""",
    ),
    Spec(
        True,
        "system_notification",
        "Portal notification to patient's address addressed by name, new test result.",
        f"MyMarlowChart <no-reply@mychart.{DOM}>",
        "Desmond Achterberg <d.achterberg@icloud.com>",
        "New test result available",
        """\
Dear Desmond Achterberg,

A new test result is available in MyMarlowChart: HIV-1/2 Antigen/Antibody screen (ordered by
Dr. Helena Voss-Rinaldi, Infectious Diseases Clinic).

Log in at https://mychart.marlowvalleyhealth.org to view your result.

This is an automated message. Please do not reply.
""",
    ),
    Spec(
        True,
        "system_notification",
        "EHR interface error alert to outside vendor quoting an HL7 ADT with patient data.",
        f"Interface Engine <cloverleaf-alerts@{DOM}>",
        "support@medibridgeinterfaces.com",
        "[ALERT] ADT_A08 rejected - outbound feed MB-LAB-02",
        """\
Outbound message rejected by receiving system (NAK AE: PID-7 invalid)

Channel: MB-LAB-02   Time: 2026-11-17 03:14:22
Message:
MSH|^~\\&|EPIC|MVMC|MEDIBRIDGE|LAB|20261117031422||ADT^A08|889120044|P|2.5.1
PID|1||00644027^^^MVMC^MR||OKONKWO^CHIDI^A||19830415|M|||77 BIRCHWOOD DR^^CANAL WINCHESTER^OH^43110||(614)920-1187
PV1|1|I|3N^312^A|||||||MED||||||||V44120089
DG1|1||N17.9^ACUTE KIDNEY FAILURE, UNSPECIFIED^I10

Retry count: 3. Please investigate the PID-7 mapping on your side.
""",
    ),
    Spec(
        True,
        "report_attachment",
        "Auto-generated daily census CSV with patient rows to a contracted staffing vendor.",
        f"Reports Server <reports-noreply@{DOM}>",
        "scheduler@flexnursestaffing.com",
        "Scheduled report: Unit census 11/18 06:00",
        """\
This is an automated report generated by MVMC Reporting Services.
Report: ICU census (acuity) | Run: 2026-11-18 06:00 | Rows: 5
""",
        atts=(
            Att(
                "icu_census_20261118.csv",
                "text/csv",
                "Bed,Patient,MRN,Age,Dx,Vent,Drips,Acuity\r\n"
                'ICU-01,"Marsh, Gilbert",00398121,78,SDH post-craniotomy,N,nicardipine,3\r\n'
                'ICU-04,"Quintanilla, Dolores",00455210,69,septic shock,Y,norepi;vaso,5\r\n'
                'ICU-07,"Kolb, Brandy",00720318,38,DKA resolving,N,none,2\r\n'
                'ICU-09,"Ybarra, Francisco",00390006,57,STEMI s/p PCI,N,heparin,3\r\n'
                'ICU-12,"Lindahl, Birgit",00611742,91,GI bleed,N,pantoprazole,3\r\n',
            ),
        ),
    ),
    Spec(
        True,
        "calendar",
        "Calendar invite (text/calendar) to family naming patient, MRN and new diagnosis.",
        f"Palliative Care <palliative@{DOM}>",
        "Kwame Osei <kwame.osei@gmail.com>",
        "Invitation: Family meeting - Thu Nov 19 2pm",
        """\
You have been invited to a meeting.

Family meeting - Thursday November 19, 2:00-3:00 PM, 4 West conference room.
""",
        ics=ICS_PT,
    ),
    Spec(
        True,
        "interpreter",
        "Interpreter scheduling: language + patient + appointment.",
        f"Language Services <interpreters@{DOM}>",
        "dispatch@globallinkinterpreting.com",
        "Request: Nepali, in person",
        """\
Please book an in-person Nepali interpreter:

Patient: Dil Maya Gurung
Date/time: Monday 11/23/2026, 1:15 PM - 3:00 PM
Location: Women's Health Clinic, 2nd floor (OB, 32-week visit + glucose tolerance test)
Provider: Dr. Sunita Barua
Note: patient prefers a female interpreter.

Job # LS-26-4471
Language Services, Marlow Valley Medical Center
""",
    ),
    Spec(
        True,
        "transport",
        "Transport booking: patient, home address, dialysis schedule.",
        f"Nephrology Clinic <nephrology@{DOM}>",
        "bookings@ridesafemedtrans.com",
        "Standing order - dialysis transport",
        """\
Please set up standing transport:

Rider: Odessa Kimbrough
Pickup: 922 Lincoln Ave, Lancaster OH 43130 (ground floor, uses a wheelchair, no lift needed)
Phone: 740-681-2045
Destination: Fresenius Kidney Care Lancaster, 1840 N Memorial Dr
Schedule: Tue/Thu/Sat, chair time 5:45 AM, pickup 5:10 AM; return around 10:00 AM
Medicaid ID: 110094773521
Start: Tuesday 11/24

Nephrology Clinic, Marlow Valley
""",
    ),
    Spec(
        True,
        "dme",
        "DME order to supplier: patient, oxygen qualification, insurance.",
        f"Pulmonary Clinic <pulmonary@{DOM}>",
        "orders@apexhomemedical.com",
        "Home O2 order",
        """\
New order:

Patient: Herschel Obermeyer, DOB 10/27/1946
Address: 51 Whispering Pines Ct, Pickerington OH 43147   Phone 614-833-1950
Insurance: Medicare, MBI 7KP2-AD9-GX38
Dx: COPD (J44.9), chronic hypoxemic respiratory failure (J96.11)
Qualifying test: SpO2 86% on room air at rest, 11/16/2026
Order: home O2 2 L/min continuous via concentrator + portable tanks, 99 months
Ordering: Dr. Benedikt Hauser, NPI 1131860912

CMN and face-to-face note attached in your portal.
""",
    ),
    Spec(
        True,
        "it_ticket",
        "IT ticket to EHR vendor quoting a patient record (name, MRN, encounter).",
        f"IT Service Desk <servicedesk@{DOM}>",
        "support@meditrakehr.com",
        "Case 00918273 - wrong allergy display",
        """\
Vendor support,

Reproducible issue in production: allergy banner shows "No Known Allergies" while the allergy
activity lists penicillin (anaphylaxis) and sulfa (rash).

Example record: patient Ferris, Colleen A, MRN 00589934, encounter CSN 44120093718, admitted
11/16 to 3 North for cholecystitis. Screenshot attached in your portal. Pharmacy nearly verified
piperacillin-tazobactam because of this.

Priority 1 please.
IT Service Desk, Marlow Valley Medical Center
""",
    ),
    Spec(
        True,
        "marketing",
        "Condition-segmented marketing to named patient (implies diabetes).",
        f"Marlow Valley Health Events <events@{DOM}>",
        "Patricia Holm <patriciaholm@frontier.com>",
        "Patricia, a class just for you",
        """\
Hi Patricia,

Because you are one of our patients living with type 2 diabetes, we'd like to invite you to our
free "Sweet Success" workshop series with our certified diabetes educators. Learn how to read
your A1c, count carbs, and get the most from your insulin.

Thursdays in December, 6:00 PM, Community Room B.

Reply YES to save your seat!
""",
        html="""\
<html><body><p>Hi Patricia,</p>
<p>Because you are one of our patients living with <b>type 2 diabetes</b>, we'd like to invite you to our
free "Sweet Success" workshop series.</p>
<img src="https://trk.mailblaster-analytics.com/open?u=88123&amp;c=dm-dec" width="1" height="1" alt="">
</body></html>
""",
    ),
    Spec(
        True,
        "recall",
        "Device recall letter to specific patient with implant serial number.",
        f"Cardiology Device Clinic <deviceclinic@{DOM}>",
        "wm.harrington@sbcglobal.net",
        "Important notice about your pacemaker",
        """\
Dear Mr. William Harrington,

The manufacturer of your pacemaker (Model Veritas DR 2240, serial number PJN604117) has issued a
safety advisory about early battery depletion in a small number of devices. Your device was
last checked on 10/05/2026 and was working normally.

We would like to check your device remotely this month. Please make sure your home monitor is
plugged in, or call the Device Clinic at 740-555-0133 to book an in-office check.

Cardiology Device Clinic, Marlow Valley Heart & Vascular
""",
    ),
    Spec(
        True,
        "misdirected",
        "Staff sends patient list to personal mailbox to work from home.",
        f"Kimberly Dresser <kdresser@{DOM}>",
        "kimmyd.1985@gmail.com",
        "for tonight",
        """\
sending to myself so I can finish the calls from home

Mon callbacks:
- Arthur Wendt 740-653-1182 - INR 5.1, hold warfarin x1, recheck Wed
- Sheila Munro 614-866-0937 - biopsy benign, reassure
- Victor Alcaraz 740-475-3309 - needs Rx refill lisinopril 20, ok'd by Dr R
- Penelope Strauss 740-277-6610 - positive for chlamydia, treat + partner tx, send to pharmacy
""",
    ),
    Spec(
        True,
        "billing",
        "Workers' comp adjuster: claimant, treatment, bill.",
        f"Patient Financial Services <pfs@{DOM}>",
        "adjuster.team4@keystoneworkcomp.com",
        "Bill and notes - claimant Ferrante",
        """\
Adjuster,

Attached is the UB-04 and clinic note for claimant Dominic Ferrante, claim BWC 26-881204,
DOI 11/14/2026. Services 11/17: E/M new patient (99203), lumbar x-ray 2-3 views (72100). Total
billed $612.00. Our tax ID and W-9 are on file with you.

Patient Financial Services
""",
    ),
]
