"""Hand-written devset3 negatives: staff, operations and education mail that only looks risky."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, png, zipped
from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

DOM = "cedarhollowhealth.org"

_DIRECTORY_CSV = """\
provider_name,credential,specialty,npi,location,phone,accepting_new
Ines Castellvi,MD,Dermatology,1526018159,Birchfield Clinic,541-555-0120,Y
Adaeze Nwachukwu,MD,Internal Medicine,1908301660,Birchfield Clinic,541-555-0122,N
Erik Lindgren,DO,Family Medicine,1131860912,Millrace Family Medicine,541-555-0130,Y
Sandeep Rao,MD,Neurology,1390996035,Cedar Hollow Medical Center,541-555-0160,Y
Beatriz Lindholm,MD,Pediatrics,1082462817,Sunrise Pediatrics,541-555-0125,Y
Dana Whitfield,CNM,Midwifery,1948219930,Women's Health,541-555-0141,Y
"""

_PHONE_LIST = [
    ["Name", "Role", "Unit", "Ext", "Mobile"],
    ["Arkwright, Bonnie", "RN Care Manager", "Care Mgmt", "4412", "541-555-0171"],
    ["Droste, Kayleigh", "RN", "ICU", "4480", "541-555-0166"],
    ["Hartsough, Liam", "MSW", "Case Mgmt", "4419", "541-555-0158"],
    ["Pettibone, Shauna", "RN CM", "4 West", "4431", "541-555-0143"],
    ["Quist, Nora", "RN", "ED", "4501", "541-555-0189"],
    ["Sato, Wendy", "LPN", "Millrace", "6110", "541-555-0134"],
]

_ONCALL = [
    ["Date", "Service", "Primary", "Backup", "Pager"],
    ["2026-12-01", "Cardiology", "Dr. Kofi Mensah", "Dr. Laila Haddad", "3301"],
    ["2026-12-01", "General Surgery", "Dr. Greg Tallis", "Dr. Sandeep Rao", "3302"],
    ["2026-12-02", "Cardiology", "Dr. Laila Haddad", "Dr. Kofi Mensah", "3301"],
    ["2026-12-02", "General Surgery", "Dr. Hugo Lindahl", "Dr. Greg Tallis", "3302"],
    ["2026-12-03", "OB/GYN", "Dana Whitfield, CNM", "Dr. Mira Sandoval", "3310"],
]

_SYNTHETIC_FHIR = {
    "resourceType": "CapabilityStatement",
    "status": "active",
    "date": "2026-11-20",
    "publisher": "Cedar Hollow Health Interoperability",
    "kind": "instance",
    "fhirVersion": "4.0.1",
    "format": ["json"],
    "rest": [
        {
            "mode": "server",
            "resource": [
                {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}]},
                {"type": "Condition", "interaction": [{"code": "read"}]},
                {"type": "MedicationRequest", "interaction": [{"code": "read"}]},
            ],
        }
    ],
}

_HL7_SPEC = (
    "MSH|^~\\&|<SENDING_APP>|CHH|<RECEIVING_APP>|<FACILITY>|<YYYYMMDDHHMM>||ORU^R01|<CTRL_ID>|P|2.5.1\r"
    "PID|1||<MRN>^^^CHH^MR||<LAST>^<FIRST>^<MIDDLE>||<YYYYMMDD>|<SEX>\r"
    "OBR|1|<PLACER>|<FILLER>|<LOINC>^<TEST NAME>^LN|||<COLLECTED>\r"
    "OBX|1|NM|<LOINC>^<TEST NAME>^LN||<VALUE>|<UNITS>|<RANGE>|<FLAG>|||F\r"
)

_CCDA_TEMPLATE = """\
<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document (template)</title>
  <recordTarget><patientRole>
    <id extension="{{mrn}}" root="2.16.840.1.113883.3.9921"/>
    <patient><name><given>{{given}}</given><family>{{family}}</family></name>
      <birthTime value="{{dob_yyyymmdd}}"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>{{problem_list}}</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES: list[Spec] = [
    Spec(
        False,
        "education",
        "Hard negative: grand rounds notice pairing clinician names with sepsis and AKI; no "
        "patient.",
        f"Medical Staff Office <medstaff@{DOM}>",
        "affiliates@oregonruralhealthnetwork.org",
        "Grand Rounds Thursday: sepsis bundles in small hospitals",
        """\
Colleagues,

Dr. Kavita Patel will present "Sepsis at 2 a.m.: making SEP-1 work in a 25-bed hospital" at
Thursday Grand Rounds, December 3, 7:30-8:30 a.m., Cedar Hollow Medical Center Auditorium B
and on Zoom. Dr. Owen Fairbanks (Nephrology) will follow with 10 minutes on fluid-associated AKI.

1.0 AMA PRA Category 1 Credit(TM). Breakfast provided.

Medical Staff Office
""",
        ics="""\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cedar Hollow Health//Medical Staff//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:grandrounds-20261203@cedarhollowhealth.org
DTSTAMP:20261124T140000Z
DTSTART:20261203T153000Z
DTEND:20261203T163000Z
SUMMARY:Grand Rounds: Sepsis at 2 a.m. (Dr. Kavita Patel)
LOCATION:CHMC Auditorium B / Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        False,
        "credentialing",
        "Hard negative: provider directory CSV with NPIs, specialties and clinic phones.",
        f"Provider Enrollment <enrollment@{DOM}>",
        "networkdata@pacificcarehp.com",
        "Q4 directory attestation",
        """\
Hello PacificCare network team,

Attached is our Q4 provider directory attestation. Changes since Q3: Dr. Lindgren is now
accepting new patients at Millrace; Dr. Nwachukwu's panel is closed.

Regards,
Provider Enrollment, Cedar Hollow Health
""",
        atts=(Att("CHH_directory_Q4_2026.csv", "text/csv", _DIRECTORY_CSV),),
    ),
    Spec(
        False,
        "purchasing",
        "Hard negative: purchase order and vendor numbers shaped like SSNs; no person.",
        f"Purchasing <purchasing@{DOM}>",
        "orders@medlinesupplyco.com",
        "PO 418-22-9071 confirmation",
        """\
Please confirm PO 418-22-9071 (ship-to: CHMC Receiving Dock 2).

Line 1  Item 302-44-1187  Nitrile exam gloves, M, case of 1000     x 40
Line 2  Item 302-44-1190  Nitrile exam gloves, L, case of 1000     x 30
Line 3  Item 517-08-2234  IV start kits                           x 12

Vendor # 771-20-4415. Net 45. Please reference the PO on the packing slip.

Thanks,
Marcy Tolliver, Buyer II

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information, including
protected health information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender and destroy all
copies of the original message.
""",
    ),
    Spec(
        False,
        "supply_chain",
        "Hard negative: shipping notice with tracking numbers, invoice and lot numbers.",
        "Cardinal Supply Notifications <noreply@cardinalmedsupply.com>",
        f"receiving@{DOM}",
        "Shipped: order 88120447",
        """\
Your order 88120447 has shipped.

Carrier: UPS Ground   Tracking: 1Z4F82Y90398817240
Invoice: INV-2026-1148832   Ship date: 11/24/2026   Boxes: 6
Items: Sodium chloride 0.9% 1000 mL (NDC 0338-0049-04), lot 26J118, exp 07/2028

Cardinal Medical Supply | 800-555-0199
""",
    ),
    Spec(
        False,
        "staff_directory",
        "Hard negative: staff phone list XLSX with names, units and mobiles (workforce, not "
        "patients).",
        f"Nursing Administration <nursingadmin@{DOM}>",
        "dispatch@cedarvalleytransport.com",
        "Updated contact sheet for transfers",
        """\
Hi dispatch,

Updated contact sheet for the nurses who coordinate transfers with you. Please replace the
September version.

Thanks!
""",
        atts=(Att("CHH_transfer_contacts.xlsx", XLSX, xlsx(_PHONE_LIST, "Contacts")),),
    ),
    Spec(
        False,
        "quality",
        "Hard negative: aggregate readmission statistics by condition; no individual.",
        f"Quality Department <quality@{DOM}>",
        "board@cedarhollowhealth.org",
        "Q3 readmissions dashboard",
        """\
Board members,

Q3 highlights ahead of Tuesday's meeting:

- 42 patients with CHF were readmitted within 30 days (17.8%, down from 21.2% in Q2)
- COPD readmissions: 19 of 141 discharges (13.5%)
- Pneumonia: 11 of 163 (6.7%), best quarter on record
- Sepsis mortality (observed/expected): 0.84

The transitions-of-care nurse pilot on 4 West is the main driver. Full deck Monday.

Angela Brightwater, VP Quality

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information, including
protected health information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender and destroy all
copies of the original message.
""",
    ),
    Spec(
        False,
        "compliance_training",
        "Hard negative: HIPAA training reminder quoting example identifiers and scenarios.",
        f"Compliance Office <compliance@{DOM}>",
        "allstaff-contractors@cedarhollowhealth.org",
        "Action required: annual HIPAA & Part 2 training due 12/15",
        """\
Hello,

Annual privacy training is due December 15. This year's module covers:

  * What counts as PHI: names, MRNs, dates of service, member IDs, even a room number
    paired with a diagnosis
  * Substance use disorder records under 42 CFR Part 2 and the new redisclosure notice
  * Why you should never text a photo of a wound or a monitor screen
  * Misdirected email - the #1 breach we reported last year

Contractors without an LMS account can reply for a PDF version.

Privacy & Compliance Office
""",
    ),
    Spec(
        False,
        "pharmacy_ops",
        "Hard negative: drug shortage notice with NDCs and therapeutic alternatives.",
        f"Pharmacy Department <pharmacy-ops@{DOM}>",
        "pharmacy-directors@oregonruralhealthnetwork.org",
        "Shortage update: IV furosemide and amoxicillin suspension",
        """\
Network colleagues,

Current shortages affecting our region:

1. Furosemide injection 10 mg/mL, 4 mL vial (NDC 0409-6102-04) - backorder through January.
   We are conserving by converting to oral furosemide where possible and using bumetanide
   0.25 mg/mL (NDC 0143-9441-10) for IV diuresis.
2. Amoxicillin 400 mg/5 mL suspension - limited allocation; pediatric alternatives per the
   attached guidance from the P&T committee.

Happy to share our conversion table.

Carmen Rosales, PharmD, Director of Pharmacy
""",
    ),
    Spec(
        False,
        "recall",
        "Hard negative: device recall notice PDF with model, lot and serial ranges of devices.",
        f"Biomed Engineering <biomed@{DOM}>",
        "service@infusiatechnologies.com",
        "Recall FA-2026-11 - our affected units",
        """\
Hello Infusia service,

Per your field action FA-2026-11, we have identified 14 affected pumps in our fleet (serial
range SN 7730412-7730455). Attached is our acknowledgment form. Please schedule the firmware
update for the week of 12/7.

Tom Achterberg, CBET

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information, including
protected health information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender and destroy all
copies of the original message.
""",
        atts=(
            Att(
                "FA-2026-11_ack.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW HEALTH - BIOMEDICAL ENGINEERING",
                        "Field action acknowledgment FA-2026-11 (Infusia LVP-500 occlusion alarm)",
                        "Affected units: 14    Serial range: 7730412 - 7730455",
                        "Units removed from service: 3 (awaiting firmware)",
                        "Contact: T. Achterberg, ext 4470",
                    ],
                    "Recall acknowledgment",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "formulary",
        "Hard negative: formulary update with drug names, doses and restrictions.",
        f"P&T Committee <pandt@{DOM}>",
        "formulary@pacificcarehp.com",
        "CHH formulary changes effective 1/1/2027",
        """\
Additions: tirzepatide (restricted to endocrinology), nirmatrelvir/ritonavir (ID approval after
5 days), ferric carboxymaltose 750 mg.
Deletions: ranitidine (all forms), meperidine injection.
Therapeutic interchange: pantoprazole 40 mg for all inpatient PPI orders; rosuvastatin for
atorvastatin > 40 mg.

Questions to the P&T secretary, ext 4492.
""",
    ),
    Spec(
        False,
        "scheduling_staff",
        "Hard negative: physician on-call schedule XLSX with names, services and pagers.",
        f"Medical Staff Office <medstaff@{DOM}>",
        "answering@coastalansweringservice.com",
        "December on-call",
        "December call schedule attached (first week). Full month Friday.\n",
        atts=(Att("oncall_dec_wk1.xlsx", XLSX, xlsx(_ONCALL, "On call")),),
    ),
    Spec(
        False,
        "recruiting",
        "Job posting DOCX for an RN position; health terms but no individual.",
        f"Talent Acquisition <careers@{DOM}>",
        "postings@nursingjobsnorthwest.com",
        "Posting: RN, Oncology Infusion (1.0 FTE)",
        "Please post the attached through 12/31. Sign-on bonus $10,000.\n",
        atts=(
            Att(
                "RN_Oncology_Infusion_posting.docx",
                DOCX,
                docx(
                    [
                        "Registered Nurse - Oncology Infusion - Cedar Hollow Health",
                        "Administer chemotherapy and biotherapy per ONS standards; manage "
                        "central lines; educate patients on side effects such as neutropenia.",
                        "Requirements: Oregon RN licence, BLS, OCN preferred, chemo/biotherapy "
                        "provider card within 6 months.",
                        "Schedule: 4x10 weekdays, no call. Pay range $48.10 - $71.30/hr.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "newsletter",
        "Hard negative: HTML-only diabetes awareness newsletter with a tracking-free link.",
        f"Cedar Hollow Health News <news@{DOM}>",
        "subscribers@lists.cedarhollowhealth.org",
        "November is Diabetes Awareness Month",
        "",
        html="""\
<html><body>
<h2>November is Diabetes Awareness Month</h2>
<p>About 1 in 10 Oregonians lives with diabetes, and 1 in 3 adults has prediabetes. Most don't
know it.</p>
<ul>
<li>Free A1c screening at the Birchfield Clinic health fair, Saturday Nov 28, 9-1</li>
<li>Cooking class: "Carb counting without the math" with dietitian Lupe Andrade, RD</li>
<li>Ask your provider whether a GLP-1 medication or a CGM is right for you</li>
</ul>
<p><a href="https://www.cedarhollowhealth.org/diabetes">Learn more</a></p>
<p style="font-size:11px">You're receiving this because you subscribed to CHH News.
<a href="https://www.cedarhollowhealth.org/unsubscribe">Unsubscribe</a></p>
</body></html>
""",
    ),
    Spec(
        False,
        "vendor",
        "Vendor marketing reply about a remote patient monitoring product.",
        f"Jordan Ebbesen <jebbesen@{DOM}>",
        "Tara Lindell <tara@vitalwavermp.com>",
        "Re: RPM demo",
        """\
Hi Tara,

Thanks for the demo. We'd want to see the CHF and hypertension workflows, your BAA template
and the SOC 2 report before we go further. Could you do Dec 9 at 2 PT?

Jordan Ebbesen
Director, Digital Health

On Fri, Nov 20, 2026, Tara Lindell <tara@vitalwavermp.com> wrote:
> Great meeting you at OAHHS! VitalWave cut 30-day CHF readmissions by 38% at a 120-bed
> system in Idaho. Happy to show you the cellular scale and BP cuff kits.
""",
    ),
    Spec(
        False,
        "it_notice",
        "IT maintenance notice with server names and IPs of infrastructure (not of a patient).",
        f"IT Service Desk <servicedesk@{DOM}>",
        "it-partners@cedarhollowhealth.org",
        "Planned downtime: Verdant EHR upgrade Sat 12/5 22:00-02:00",
        """\
Verdant EHR will be unavailable Saturday 12/5 from 22:00 to 02:00 for the 2026.4 upgrade.

- Downtime BCA workstations: one per unit, red sticker
- Read-only report server: 10.42.18.7 (vrd-rpt-02)
- Lab and radiology interfaces will queue and replay after go-live

Downtime forms are in the red binders. Call x4357 with issues.
""",
    ),
    Spec(
        False,
        "research",
        "Hard negative: research protocol summary with de-identified counts and age bands.",
        f"Research Office <research@{DOM}>",
        "irb@westernregionalirb.org",
        "Continuing review - protocol CHH-2025-014",
        """\
Continuing review summary, CHH-2025-014 (Nurse-led deprescribing in adults 65+):

Enrolled to date: 212 (target 240). Age bands: 65-74 n=118, 75-84 n=71, 85+ n=23.
Withdrawals: 9 (relocation 4, death 3, consent withdrawn 2). SAEs: 6, none related.
Mean medications per participant: baseline 11.2, 6 months 8.9.
No protocol deviations involving identifiable data. Data are stored as coded IDs only.

Rosa Tillery, CRC, on behalf of Dr. Erik Lindgren (PI)
""",
    ),
    Spec(
        False,
        "education",
        "Hard negative: de-identified case study ('a 54-year-old man') for a teaching conference.",
        f"Dr. Kofi Mensah <kmensah@{DOM}>",
        "cases@northwestcardiologyforum.org",
        "Case submission: the wrong kind of chest pain",
        """\
Case for the fellows' session:

A 54-year-old man with hypertension presents with 2 hours of tearing chest pain radiating to
the back. BP 188/104 right arm, 142/88 left arm. ECG shows LVH without acute ST changes;
troponin normal. CT angiography demonstrates a Stanford type A dissection. He underwent
emergent repair and was discharged on hospital day 9.

Teaching points: arm BP differential, why heparin can be lethal here, ADD-RS score.
All identifiers removed; images are cropped and de-identified.

Kofi Mensah, MD
""",
    ),
    Spec(
        False,
        "template",
        "Hard negative: appointment reminder template with placeholders, no real patient.",
        f"Patient Access <access@{DOM}>",
        "support@remindlyhq.com",
        "Updated SMS/email template for Birchfield",
        """\
Hi Remindly,

Please load this version for Birchfield starting Monday:

---
Hi {{patient_first_name}}, this is Cedar Hollow Health reminding you of your {{appt_type}}
appointment with {{provider_name}} on {{appt_date}} at {{appt_time}} at {{location_name}}.
Reply C to confirm, R to reschedule. Please arrive 15 min early and bring your insurance card.
---

Do NOT include {{visit_reason}} in the SMS version (privacy).

Thanks, Patient Access
""",
    ),
    Spec(
        False,
        "employee_personal",
        "Hard negative: employee discloses own condition to outsourced HR leave desk; employment "
        "record, not patient PHI (sender is not acting as/for a patient).",
        f"Darnell Whitby <dwhitby@{DOM}>",
        "employee-leave@leavelogic.com",
        "my leave request",
        """\
Hi,

I'm the unit clerk on 3 North. I need to request intermittent leave starting next month - I
was diagnosed with Crohn's this fall and have infusions every 8 weeks. My GI doctor's office
will send the form. Is there anything else I need to do?

Thanks,
Darnell Whitby
""",
    ),
    Spec(
        False,
        "veterinary",
        "Hard negative: veterinary clinic mail about a dog's diabetes; animals are not HIPAA PHI.",
        "Coastal Paws Veterinary <frontdesk@coastalpawsvet.com>",
        f"jebbesen@{DOM}",
        "Biscuit's glucose curve results",
        """\
Hi Jordan,

Biscuit's glucose curve from Tuesday looks much better: nadir 142 mg/dL at 6 hours, no
hypoglycemia. Dr. Amari would like to keep the Vetsulin at 9 units twice a day and recheck a
fructosamine in 4 weeks. Refill of insulin syringes is ready at the front desk.

Coastal Paws Veterinary | 541-555-0104
""",
    ),
    Spec(
        False,
        "facilities",
        "Hard negative: facilities notice with unit, room numbers and dates; no patient.",
        f"Facilities <facilities@{DOM}>",
        "scheduling@northwestfloorcare.com",
        "Floor stripping schedule Dec",
        """\
Confirmed schedule:

Mon 12/7   4 West rooms 401-412 (rooms will be blocked by bed management 18:00-06:00)
Tue 12/8   4 West rooms 414-428
Wed 12/9   ICU corridor only, not patient rooms
Thu 12/10  Birchfield Clinic exam rooms 1-9 (after 19:00)

Please badge in at the loading dock, Door 14.
""",
    ),
    Spec(
        False,
        "cme",
        "CME certificate PDF naming the clinician and course title (infectious disease).",
        "OMA Learning <certificates@omalearning.org>",
        f"kpatel@{DOM}",
        "Your CME certificate",
        "Congratulations! Your certificate is attached.\n",
        atts=(
            Att(
                "CME_certificate_Patel_K.pdf",
                "application/pdf",
                pdf(
                    [
                        "CERTIFICATE OF COMPLETION - prepared for CEDAR HOLLOW HEALTH staff file",
                        "Kavita Patel, MD",
                        "Antimicrobial Stewardship: C. difficile and HIV PrEP Updates",
                        "November 18, 2026 - 3.0 AMA PRA Category 1 Credits(TM)",
                    ],
                    "CME certificate",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "benefits",
        "Hard negative: open enrolment notice listing plans, HSA limits and EAP; no "
        "individual data.",
        f"Total Rewards <benefits@{DOM}>",
        "allstaff@cedarhollowhealth.org",
        "Open enrollment closes Friday",
        """\
Open enrollment for 2027 closes Friday, December 4 at 5 p.m.

- Medical: CHH Choice PPO, CHH HDHP with HSA (2027 HSA limit $4,400 self / $8,750 family)
- Dental & vision: no premium change
- New: fertility benefit (IVF up to $20,000 lifetime), GLP-1 weight-management coverage with
  prior authorization, and 12 free EAP counselling sessions
- Tobacco-free attestation saves $40/month

If you make no election, your 2026 choices roll over (except FSA).
""",
        html="""\
<html><body style="font-family:Calibri,Arial">
<p><b>Open enrollment for 2027 closes Friday, December 4 at 5 p.m.</b></p>
<ul>
<li>Medical: CHH Choice PPO, CHH HDHP with HSA (2027 HSA limit $4,400 self / $8,750 family)</li>
<li>Dental &amp; vision: no premium change</li>
<li>New: fertility benefit (IVF up to $20,000 lifetime), GLP-1 weight-management coverage with
prior authorization, and 12 free EAP counselling sessions</li>
<li>Tobacco-free attestation saves $40/month</li>
</ul>
<p>If you make no election, your 2026 choices roll over (except FSA).</p>
</body></html>
""",
    ),
    Spec(
        False,
        "clinician_directory",
        "Hard negative: new-clinician announcement with specialty and conditions treated.",
        f"Marketing <marketing@{DOM}>",
        "editor@coastnewsleader.com",
        "Press release: neurologist joins Cedar Hollow Health",
        """\
FOR IMMEDIATE RELEASE

Cedar Hollow Health welcomes neurologist Sandeep Rao, MD, who treats multiple sclerosis,
epilepsy, Parkinson's disease and migraine. Dr. Rao completed his fellowship at OHSU and will
see patients at Cedar Hollow Medical Center starting January 4. NPI 1390996035.

Media contact: Gwen Hallett, 541-555-0102
""",
    ),
    Spec(
        False,
        "credentialing",
        "Hard negative: physician licence, DEA and NPI for credentialing (provider identifiers).",
        f"Credentialing <credentialing@{DOM}>",
        "cvo@verifiedcredentialsnw.com",
        "Reappointment packet - Dr. Laila Haddad",
        """\
Please primary-source verify for reappointment:

Laila Haddad, MD - Cardiology
Oregon licence MD 184420, exp 12/31/2027
DEA FH4417209, exp 06/30/2028
NPI 1518190933
Board certification: ABIM Cardiovascular Disease, 2019
Malpractice: Copic policy 26-PL-44812

Thanks, Medical Staff Credentialing
""",
    ),
    Spec(
        False,
        "lab_ops",
        "Hard negative: lab test catalogue change with LOINC codes and reference ranges.",
        f"Laboratory Services <labservices@{DOM}>",
        "clientservices@quantislabs.com",
        "Test build changes 12/1",
        """\
For your interface mapping:

- HbA1c (LOINC 4548-4) will also report eAG (LOINC 27353-2), mg/dL
- hs-Troponin T replaces conventional TnT; 99th percentile 14 ng/L (F), 22 ng/L (M)
- eGFR now CKD-EPI 2021 race-free for all results
- Vitamin D 25-OH reference range 30-100 ng/mL

No change to specimen requirements.
""",
    ),
    Spec(
        False,
        "mobile",
        "Short mobile note between staff, no health content.",
        f"Greg Tallis <gtallis@{DOM}>",
        "hugo.lindahl@gmail.com",
        "Re: tomorrow",
        "running 10 late, start the M&M without me. grab me a coffee?\n\nSent from my iPhone\n",
    ),
    Spec(
        False,
        "pharmacy_ops",
        "Hard negative: P&T minutes discussing anticoagulant reversal and aggregate ADE counts.",
        f"P&T Committee <pandt@{DOM}>",
        "medstaff-affiliates@oregonruralhealthnetwork.org",
        "P&T minutes - November",
        """\
P&T Committee minutes, 11/19/2026 (approved)

1. Andexanet alfa: remain non-formulary; 4F-PCC 50 units/kg for apixaban/rivaroxaban
   reversal. 7 uses in FY26, no thrombotic complications.
2. ADE report: 23 hypoglycemia events (BG < 54) in Q3, 15 on sliding-scale only. Action:
   remove sliding-scale-only order set.
3. Vancomycin AUC dosing go-live 1/15.

Next meeting: 12/17. Minutes prepared by C. Rosales, PharmD.
""",
    ),
    Spec(
        False,
        "patient_safety",
        "Hard negative: de-identified safety lesson learned; no patient, date or unit detail.",
        f"Patient Safety <patientsafety@{DOM}>",
        "safetynet@oregonpatientsafety.org",
        "Shared learning: look-alike insulin pens",
        """\
For the statewide shared-learning bulletin:

A near miss occurred this quarter when an insulin lispro pen and an insulin glargine pen with
similar purple labels were stored in the same bin. The error was caught at the bedside by
barcode scanning. No harm. Actions: separate bins, tall-man labels, and a pharmacy alert.

No patient information is included in this report.
""",
    ),
    Spec(
        False,
        "it_notice",
        "Hard negative: encrypted ZIP of switch configs to network vendor, password out of band.",
        f"Network Team <netops@{DOM}>",
        "tac@northbaynetworks.com",
        "TAC case 660-118231 configs",
        """\
Configs for the two core switches attached, zip is encrypted, I'll call with the password.
Problem started after the firmware 17.9 upgrade on 11/21.

Ravi Chandran, Network Engineer
""",
        atts=(
            Att(
                "core-sw-configs.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "chh-core-01.cfg": "hostname chh-core-01\nvlan 210\n name CLINICAL\n",
                        "chh-core-02.cfg": "hostname chh-core-02\nvlan 210\n name CLINICAL\n",
                    },
                    "netops-4471",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "interface",
        "Hard negative: HL7 interface spec with placeholder fields only, no real values.",
        f"Interface Team <interfaces@{DOM}>",
        "integration@oncopathapp.io",
        "Result interface spec v3",
        "Template messages attached; angle-bracket and {{ }} fields are placeholders.\n",
        atts=(
            Att("ORU_template.hl7", "application/hl7-v2", _HL7_SPEC),
            Att("CCD_template.xml", "application/xml", _CCDA_TEMPLATE),
        ),
    ),
    Spec(
        False,
        "interface",
        "Hard negative: FHIR CapabilityStatement JSON listing Patient/Condition resources.",
        f"Digital Health <digital@{DOM}>",
        "partners@oncopathapp.io",
        "FHIR endpoint capabilities",
        "Our sandbox capability statement attached. Base URL: "
        "https://fhir-sbx.cedarhollowhealth.org/r4\n",
        atts=(
            Att(
                "CapabilityStatement.json",
                "application/fhir+json",
                json.dumps(_SYNTHETIC_FHIR, indent=2) + "\n",
            ),
        ),
    ),
    Spec(
        False,
        "marketing_assets",
        "ZIP of logos and a flyer text for a community flu clinic; topic only.",
        f"Marketing <marketing@{DOM}>",
        "print@coastprintco.com",
        "Flu clinic flyer files",
        "Print files attached: 500 copies, 11x17, matte. Proof by Tues please.\n",
        atts=(
            Att(
                "fluclinic_print.zip",
                "application/zip",
                zipped(
                    {
                        "flyer.txt": "FREE FLU SHOTS - Sat Dec 5, 9-2, Birchfield Clinic. "
                        "Ages 6 months+. No insurance needed.\n",
                        "logo.png": png(8, 8, (30, 90, 60)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "facilities",
        "Floor map PNG and a room-reservation note for a staff meeting.",
        f"Admin Assistant <admin-cm@{DOM}>",
        "events@seasidecateringco.com",
        "Delivery location for Thursday",
        """\
Hi! Delivery for the Case Management holiday lunch is Thursday 12/17 at 11:30, Conference
Room 2B (2nd floor, east elevators). Map attached. 35 people, 4 vegetarian, 2 gluten-free.

Thanks, Lisa
""",
        atts=(Att("2nd_floor_map.png", "image/png", png(10, 6, (220, 220, 210))),),
    ),
    Spec(
        False,
        "test_data",
        "Hard negative: EHR build ticket with an obvious test patient (ZZTEST) in the test system.",
        f"Verdant Build Team <ehrbuild@{DOM}>",
        "support@verdantehr.com",
        "Ticket 88240 - sepsis order set not firing in TST",
        """\
Steps to reproduce in TST (not PRD):

1. Open test patient ZZTEST, SEPSIS (MRN TST0000012) in the ED context
2. Enter lactate 4.2 and temp 39.1 as manual results
3. BPA "Possible sepsis" fires, but the order set link opens the adult admission set instead

Expected: ED Sepsis Bundle order set (ID 31004410). Screenshot in the ticket portal.
""",
    ),
    Spec(
        False,
        "coding_education",
        "Hard negative: coding update with CPT/ICD-10 codes and example documentation phrases.",
        f"HIM Coding <coding@{DOM}>",
        "coders@northgatebilling.com",
        "2027 code changes - quick list",
        """\
Team,

Heads-up items for 1/1/2027:

- New ICD-10-CM codes for MASLD (K76.0x expansion) - query providers who still write NAFLD
- E11.65 still requires documented hyperglycemia, "uncontrolled" alone maps to E11.649/E11.65
- CPT 99214 vs 99215 - MDM table unchanged, time thresholds 30/40 min
- G2211 add-on: do not bill with modifier 25 visits

Lunch-and-learn 12/10 at noon.
""",
    ),
    Spec(
        False,
        "wellness",
        "Hard negative: staff wellness challenge mentioning blood pressure and weight goals.",
        f"Employee Wellness <wellness@{DOM}>",
        "team@movewellchallenge.com",
        "Winter step challenge - CHH teams",
        """\
Hi MoveWell,

Cedar Hollow will enter 14 teams (about 110 staff). We'd like the optional BP and weight
tracking turned OFF for our org - participants can log steps only. Prize budget $2,500.

Thanks, Employee Wellness
""",
    ),
    Spec(
        False,
        "forwarded_vendor",
        "Forwarded vendor notice (message/rfc822) about a price increase for glucose test strips.",
        f"Purchasing <purchasing@{DOM}>",
        "contracts@pacificgpoalliance.com",
        "FW: price notice - test strips",
        "Is this increase allowed under our GPO tier? See attached notice.\n",
        forward=Spec(
            False,
            "vendor",
            "inner",
            "Pricing <pricing@glucoselinkdiagnostics.com>",
            f"purchasing@{DOM}",
            "Price notice effective 1/1/2027",
            """\
Dear valued customer,

Effective January 1, 2027, list prices for GlucoseLink Pro test strips (50 ct, item GL-5050)
will increase by 6.5%. Contract customers will be notified separately.
""",
        ),
    ),
    Spec(
        False,
        "it_notice",
        "TXT log excerpt from a mail relay with hostnames and message counts only.",
        f"Mail Admin <postmaster@{DOM}>",
        "support@relaycloudmail.com",
        "Deferred queue growing",
        "Log excerpt attached (timestamps UTC). Queue at 1,840 and climbing since 06:10.\n",
        atts=(
            Att(
                "relay_excerpt.txt",
                "text/plain",
                "2026-11-24T06:10:02Z relay01 deferred=112 reason=451 4.7.1 try again later\n"
                "2026-11-24T06:15:02Z relay01 deferred=431 reason=451 4.7.1 try again later\n"
                "2026-11-24T06:20:02Z relay02 deferred=1840 reason=connection timed out\n",
            ),
        ),
    ),
]
