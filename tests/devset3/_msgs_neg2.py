"""Hand-written devset3 negatives, second batch: operations, finance, vendors and near-misses."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, png, zipped
from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

DOM = "cedarhollowhealth.org"

_CENSUS_CSV = """\
date,unit,beds,occupied,admits,discharges,avg_los_days
2026-11-23,4 West (Medical),28,26,7,6,4.1
2026-11-23,3 North (Surgical),24,19,5,8,3.2
2026-11-23,ICU,10,8,2,1,3.9
2026-11-23,Family Birth Center,12,6,3,4,2.0
2026-11-23,Behavioral Health,14,14,1,1,9.6
"""

_BADGE_CSV = """\
employee_id,employee_name,door,timestamp,result
E10442,Achterberg Tom,Biomed Shop,2026-11-23 06:58,GRANTED
E10913,Chandran Ravi,Data Center B,2026-11-23 07:12,GRANTED
E11207,Droste Kayleigh,ICU Med Room,2026-11-23 19:01,GRANTED
E10077,Tolliver Marcy,Pharmacy Vault,2026-11-23 09:44,DENIED
"""

_PRICE_CSV = """\
ndc,description,package,wac_usd,contract_usd
0409-6102-04,Furosemide inj 10 mg/mL 4 mL vial,25 vials,48.20,31.75
0143-9441-10,Bumetanide inj 0.25 mg/mL 4 mL,10 vials,61.00,44.10
0338-0049-04,Sodium chloride 0.9% 1000 mL,12 bags,38.40,22.90
0781-5180-31,Amoxicillin 400 mg/5 mL susp 100 mL,1 bottle,9.85,6.20
"""

_BUDGET = [
    ["Cost center", "Department", "FY26 actual", "FY27 budget", "Variance %"],
    ["7110", "Oncology infusion drugs", 2104332, 2390000, 13.6],
    ["7120", "Dialysis supplies", 611208, 640000, 4.7],
    ["7230", "Behavioral health staffing", 1880410, 2010000, 6.9],
    ["7310", "Cath lab implants (ICD/pacemaker)", 1402875, 1500000, 6.9],
]

_PROVIDER_QM = [
    ["Provider", "Panel size", "Diabetics", "A1c > 9 (%)", "BP controlled (%)"],
    ["Nwachukwu, Adaeze MD", 1840, 212, 14.2, 71.0],
    ["Lindgren, Erik DO", 1622, 188, 17.6, 66.5],
    ["Petrakis, Lauren MD", 1411, 130, 11.5, 74.8],
]

_VALUESET = {
    "resourceType": "ValueSet",
    "url": "https://fhir.cedarhollowhealth.org/ValueSet/chh-diabetes-registry",
    "name": "CHHDiabetesRegistry",
    "status": "active",
    "compose": {
        "include": [
            {
                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                "concept": [
                    {"code": "E11.9", "display": "Type 2 diabetes mellitus without complications"},
                    {"code": "E11.65", "display": "Type 2 diabetes mellitus with hyperglycemia"},
                    {"code": "E10.9", "display": "Type 1 diabetes mellitus without complications"},
                ],
            }
        ]
    },
}

_HL7_TEST = (
    "MSH|^~\\&|QUANTIS|QUANTISLABS|CHHLAB|CEDARHOLLOW|202611240900||ORU^R01|VAL0001|T|2.5.1\r"
    "PID|1||TST0000099^^^CHH^MR||ZZTEST^INTERFACE^VALIDATION||19000101|U\r"
    "OBR|1|VAL-1|Q-VAL-1|2345-7^Glucose^LN|||202611240855\r"
    "OBX|1|NM|2345-7^Glucose^LN||999|mg/dL|70-99|H|||F\r"
)

_PHISH = """\
Dear user,

Your Microsoft 365 mailbox storage is 98% full. To avoid losing incoming clinical messages,
verify your account within 24 hours: http://cedarhollow-health-mailbox.verify-now.co/login

IT Help Desk
"""

MESSAGES: list[Spec] = [
    Spec(
        False,
        "operations",
        "Hard negative: daily census CSV by unit with counts only (aggregate).",
        f"Bed Management <bedmgmt@{DOM}>",
        "capacity@oregonhospitalcapacity.org",
        "CHH daily capacity report 11/23",
        "Daily capacity file attached. Behavioral Health at 100%, diverting adolescents.\n",
        atts=(Att("chh_capacity_20261123.csv", "text/csv", _CENSUS_CSV),),
    ),
    Spec(
        False,
        "security",
        "Hard negative: badge access log CSV with employee names and secure doors (workforce).",
        f"Security Operations <security@{DOM}>",
        "support@keyguardaccess.com",
        "Reader errors on Pharmacy Vault",
        """\
The vault reader denied a valid badge again this morning. Export attached, see row 4.
Employee confirmed her badge works on every other door.

Ron Petersen, Security Supervisor
""",
        atts=(Att("access_export_1123.csv", "text/csv", _BADGE_CSV),),
    ),
    Spec(
        False,
        "purchasing",
        "Hard negative: drug price list CSV with NDCs and contract prices.",
        f"Pharmacy Buyer <rxbuyer@{DOM}>",
        "contracts@pacificgpoalliance.com",
        "Price check - 4 NDCs",
        "Are these contract prices right? The furosemide looks high vs. last quarter.\n",
        atts=(Att("price_check.csv", "text/csv", _PRICE_CSV),),
    ),
    Spec(
        False,
        "policy",
        "Hard negative: ZIP of clinical policy DOCX files (sepsis, restraints) for accreditor.",
        f"Accreditation <accreditation@{DOM}>",
        "surveyprep@jointreadinessgroup.com",
        "Policies for mock survey",
        "Zip of the 3 policies you asked for. Restraint policy is the March revision.\n",
        atts=(
            Att(
                "policies_mock_survey.zip",
                "application/zip",
                zipped(
                    {
                        "PC-114_Sepsis_Screening.docx": docx(
                            [
                                "Policy PC-114: Adult Sepsis Screening",
                                "All ED and inpatient adults are screened every shift using "
                                "qSOFA and SIRS. A positive screen triggers the sepsis BPA.",
                            ]
                        ),
                        "PC-201_Restraint_Seclusion.docx": docx(
                            [
                                "Policy PC-201: Restraint and Seclusion",
                                "Face-to-face evaluation within 1 hour of violent restraint.",
                            ]
                        ),
                        "IC-030_Hand_Hygiene.docx": docx(["Policy IC-030: Hand Hygiene"]),
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "security",
        "Hard negative: phishing email forwarded as message/rfc822 to the security vendor.",
        f"Info Security <infosec@{DOM}>",
        "soc@sentinelwatchmssp.com",
        "FW: suspicious - reported by 14 users",
        "Reported by 14 staff between 07:40 and 08:05. Blocked sender domain. Please "
        "investigate.\n",
        forward=Spec(
            False,
            "phishing",
            "inner",
            "IT Help Desk <helpdesk@cedarhollow-health-mailbox.com>",
            f"allstaff@{DOM}",
            "ACTION REQUIRED: mailbox almost full",
            _PHISH,
        ),
    ),
    Spec(
        False,
        "conference",
        "Forwarded conference registration confirmation (message/rfc822) for a clinician.",
        f"Dr. Laila Haddad <lhaddad@{DOM}>",
        "bookings@summittravelgroup.com",
        "FW: Registration confirmed - Heart Rhythm 2027",
        "Please book flights and hotel for this one. Thanks! Laila\n",
        forward=Spec(
            False,
            "conference",
            "inner",
            "Heart Rhythm Society <registration@hrsmeetings.org>",
            f"lhaddad@{DOM}",
            "Registration confirmed - Heart Rhythm 2027",
            """\
Dear Dr. Haddad,

Your registration for Heart Rhythm 2027 (Boston, April 21-24) is confirmed.
Registration ID HR27-118204. Sessions include "Leadless pacing in 2027" and
"AF ablation after 80".
""",
        ),
    ),
    Spec(
        False,
        "scheduling_staff",
        "Hard negative: recurring tumor board invite with service line name, no cases listed.",
        f"Cancer Center <cancercenter@{DOM}>",
        "pathologists@cascadepath.net",
        "Updated invitation: Breast Tumor Board (weekly)",
        "Room change from December: Cancer Center Conf A. Case list goes out via Verdant only.\n",
        ics="""\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cedar Hollow Health//Cancer Center//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:breast-tb-weekly@cedarhollowhealth.org
DTSTAMP:20261124T180000Z
DTSTART:20261202T140000Z
DTEND:20261202T150000Z
RRULE:FREQ=WEEKLY;BYDAY=WE
SUMMARY:Breast Tumor Board (case list in Verdant)
LOCATION:Cancer Center Conference Room A / Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        False,
        "recruiting",
        "Hard negative: interview ICS naming a job candidate (not a patient).",
        f"Talent Acquisition <careers@{DOM}>",
        "marisol.dlc.rn@gmail.com",
        "Interview: RN, Oncology Infusion - Marisol de la Cruz",
        "Looking forward to meeting you! Please bring your licence and BLS card.\n",
        atts=(
            Att(
                "interview.ics",
                "text/calendar",
                """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cedar Hollow Health//Talent//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:interview-8812@cedarhollowhealth.org
DTSTAMP:20261124T170000Z
DTSTART:20261203T190000Z
DTEND:20261203T200000Z
SUMMARY:Interview: Marisol de la Cruz - RN Oncology Infusion
LOCATION:HR Building\\, Room 104
END:VEVENT
END:VCALENDAR
""",
            ),
        ),
    ),
    Spec(
        False,
        "interface",
        "Hard negative: HL7 validation message with an obvious ZZTEST synthetic patient (T mode).",
        "Quantis Interfaces <hl7support@quantislabs.com>",
        f"interfaces@{DOM}",
        "validation msg VAL0001",
        "Validation message (processing ID T) attached for your test engine.\n",
        atts=(Att("VAL0001.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        False,
        "interface",
        "Hard negative: FHIR ValueSet JSON of diabetes ICD-10 codes for a registry build.",
        f"Population Health <pophealth@{DOM}>",
        "build@carecadenceanalytics.com",
        "Registry value set",
        "Value set for the diabetes registry attached. Please use this, not the 2024 list.\n",
        atts=(
            Att(
                "ValueSet-chh-diabetes-registry.json",
                "application/fhir+json",
                json.dumps(_VALUESET, indent=2) + "\n",
            ),
        ),
    ),
    Spec(
        False,
        "data_governance",
        "Hard negative: data dictionary TXT listing PHI field names for a de-identified extract.",
        f"Analytics <analytics@{DOM}>",
        "data@carecadenceanalytics.com",
        "Data dictionary for the limited extract",
        "Dictionary attached. Direct identifiers are dropped before export; dates shifted.\n",
        atts=(
            Att(
                "dictionary.txt",
                "text/plain",
                """\
FIELD            TYPE     NOTES
study_id         text     random, not derived from MRN
age_band         text     18-44, 45-64, 65-89, 90+
sex              text     F/M/X
zip3             text     first three digits only; 000 where population < 20,000
dx_icd10         text     primary discharge diagnosis
los_days         int
readmit_30d      bool
Dropped: name, MRN, SSN, member ID, street, full dates, phone, email
""",
            ),
        ),
    ),
    Spec(
        False,
        "accounts_payable",
        "Hard negative: vendor invoice PDF with account and invoice numbers (organisational).",
        "Northgate Billing Partners <ar@northgatebilling.com>",
        f"ap@{DOM}",
        "Invoice NBP-2026-1187 (November services)",
        "Please find our November invoice attached. Terms net 30.\n",
        atts=(
            Att(
                "NBP-2026-1187.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE BILLING PARTNERS - INVOICE NBP-2026-1187",
                        "Bill to: Cedar Hollow Health, Accounts Payable, acct 40-118-207",
                        "Professional claims processed (Nov): 18,402 @ $0.92   $16,929.84",
                        "Denial management hours: 61 @ $78.00                  $4,758.00",
                        "Total: $21,687.84     Remit: ACH routing on file",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "facilities",
        "Hard negative: staff parking permits PDF with vehicle plates of employees (not patients).",
        f"Parking Office <parking@{DOM}>",
        "enforcement@coastparkingservices.com",
        "Permit list update - Lot C",
        "Updated Lot C permits attached; please stop ticketing these vehicles.\n",
        atts=(
            Att(
                "lotC_permits.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW HEALTH - EMPLOYEE PARKING, LOT C",
                        "Permit   Employee            Plate      Vehicle",
                        "C-0412   Quist, Nora         OR 418 KLM Subaru Outback",
                        "C-0413   Tallis, Greg        OR 772 RWD Toyota Tacoma",
                        "C-0415   Sato, Wendy         OR 094 BHT Honda Fit",
                    ],
                    "Permits",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "finance",
        "Hard negative: FY27 budget XLSX by cost centre with service-line names and dollars.",
        f"Finance <finance@{DOM}>",
        "audit-team@mossadamsaudit.com",
        "FY27 budget detail",
        "Detail for the 4 cost centers you flagged attached.\n",
        atts=(Att("FY27_budget_detail.xlsx", XLSX, xlsx(_BUDGET, "Budget")),),
    ),
    Spec(
        False,
        "quality",
        "Hard negative: provider-level quality XLSX (panel percentages), no patient rows.",
        f"Population Health <pophealth@{DOM}>",
        "qualityprogram@pacificcarehp.com",
        "Q3 provider scorecard",
        "Q3 scorecard for the value-based contract attached. Percentages are of attributed "
        "panel.\n",
        atts=(Att("Q3_scorecard.xlsx", XLSX, xlsx(_PROVIDER_QM, "Scorecard")),),
    ),
    Spec(
        False,
        "employee_personal",
        "Hard negative: staff member tells manager she has COVID and won't come in (workforce, "
        "not a patient record).",
        f"Kayleigh Droste <kdroste@{DOM}>",
        "kayleigh.d.95@gmail.com",
        "Fw: out sick",
        """\
(fwd to myself for my records)

---- Original message ----
To: ICU Manager
hi Jen, tested positive for covid this morning, fever 101. won't be in tonight or tmrw, I
called the staffing office. will test again sat. sorry!! - K
""",
    ),
    Spec(
        False,
        "philanthropy",
        "Gala invitation from the foundation; donor names, no health information.",
        f"CHH Foundation <foundation@{DOM}>",
        "Lowell and Patrice Ambler <amblers@comcast.net>",
        "You're invited: Winter Light Gala",
        """\
Dear Lowell and Patrice,

Thank you for your generous support of the new cancer center. We'd be honoured to have you
at the Winter Light Gala on Saturday, January 23, at the Salishan Lodge. Proceeds support the
Cedar Hollow nurse residency program.

Warmly,
Gabrielle Stone, Foundation Director
""",
    ),
    Spec(
        False,
        "vendor",
        "Hard negative: device rep schedules an ICD in-service (ICD = implantable defibrillator).",
        "Reed Caldwell <rcaldwell@cardiorhythmdevices.com>",
        f"cathlab@{DOM}",
        "In-service: new ICD platform",
        """\
Hi cath lab team,

I'd like to schedule a 30-min in-service on the Sentra ICD and the new MRI-conditional leads
for nursing and techs. Lunch is on me. Tuesday 12/8 or Thursday 12/10 at noon?

Reed Caldwell | Clinical Specialist | 503-555-0186
""",
    ),
    Spec(
        False,
        "public_health",
        "Hard negative: county respiratory virus weekly aggregate report.",
        "Lincoln County Public Health <epi@lincolncounty.or.gov>",
        f"infectionprevention@{DOM}",
        "Respiratory virus update, week 47",
        """\
Week 47 summary, Lincoln County:

Influenza A: 64 lab-confirmed cases (up 41%), 9 hospitalized, 0 deaths
RSV: 22 cases, 14 in children under 2
COVID-19: 31 cases, 5 hospitalized
Long-term care outbreaks: 2 (influenza A), both in the north county

Please continue masking in patient care areas through January.
""",
    ),
    Spec(
        False,
        "patient_experience",
        "Hard negative: aggregate patient satisfaction scores by unit for the survey vendor.",
        f"Patient Experience <patientexperience@{DOM}>",
        "clientsuccess@voicemetricsurvey.com",
        "Question on Q3 HCAHPS file",
        """\
Hi Jenna,

Our Q3 top-box for "nurses always communicated well" dropped to 74% on 4 West (n=88) but the
unit's own rounding data says otherwise. Can you confirm the sampling for October? Family
Birth Center was 91% (n=41).

Thanks, Patient Experience
""",
    ),
    Spec(
        False,
        "policy",
        "Hard negative: draft email-security policy text describing PHI handling rules.",
        f"Privacy Officer <privacy@{DOM}>",
        "counsel@harrowlegal.com",
        "Draft: secure email policy v4",
        """\
Megan, draft section for review:

4.2 Workforce members must not place patient names, MRNs, dates of birth, diagnoses or
account numbers in the subject line of any email. Messages containing PHI sent outside
cedarhollowhealth.org must use [secure] in the subject to trigger encryption. Bulk patient
lists (more than 10 patients) to a business associate require Privacy Officer approval and a
current BAA.

Thoughts before it goes to the committee?
""",
    ),
    Spec(
        False,
        "it_security",
        "Phishing simulation results by department (counts and rates).",
        f"Info Security <infosec@{DOM}>",
        "reports@phishguardtraining.com",
        "November campaign - please fix dept mapping",
        """\
Your November report merged Oncology and Pharmacy. Our numbers: Oncology 11 of 64 clicked
(17%), Pharmacy 3 of 41 (7%), ED 19 of 112 (17%), Revenue Cycle 6 of 90 (7%). Please
re-issue the report with the department file from last month.
""",
    ),
    Spec(
        False,
        "legal",
        "Hard negative: BAA redline discussion mentioning PHI, breach notice and subcontractors.",
        f"Contracts <contracts@{DOM}>",
        "legal@remindlyhq.com",
        "BAA redlines - Remindly",
        """\
Hi Priya,

Our comments on your BAA draft:

- Section 3.4: breach notification within 5 business days of discovery, not 60 days
- Section 5: subcontractors (your SMS provider) must sign a BAA no less restrictive
- Section 7.2: return or destroy PHI within 30 days of termination; certificate required
- Please delete the clause allowing de-identified data use for product improvement

Marguerite Osei, Contracts Manager

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information, including
protected health information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender and destroy all
copies of the original message.
""",
    ),
    Spec(
        False,
        "pharma_rep",
        "Pharma dinner invitation about a migraine drug; clinicians only.",
        "Neurolis Medical Education <events@neurolispharma.com>",
        f"srao@{DOM}",
        "Dinner program: CGRP therapy in refractory migraine",
        """\
Dr. Rao,

You're invited to an educational dinner on December 10 at Local Ocean, Newport, 6:30 PM.
Speaker: Dr. Helen Marchetti, headache specialist. Topic: oral CGRP antagonists for
prevention in patients who failed two prior preventives. RSVP by 12/4.

This program is not CME. Oregon meal limits apply.
""",
    ),
    Spec(
        False,
        "mobile",
        "Hard negative: mobile one-liner about a code blue DRILL on a unit at a set time.",
        f"Jen Abernethy <jabernethy@{DOM}>",
        "jen.abernethy@gmail.com",
        "drill",
        "mock code blue on 3N at 1400 tmrw, don't tell the new grads lol\n\nSent from my iPhone\n",
    ),
    Spec(
        False,
        "facilities",
        "Weather closure notice for outpatient clinics.",
        f"Emergency Management <emergencymgmt@{DOM}>",
        "dispatch@cedarvalleytransport.com",
        "Clinic closures tomorrow - ice storm",
        """\
Due to the ice storm warning, Birchfield Clinic and Millrace Family Medicine will open at
10:00 tomorrow (Wed). Dialysis and the hospital operate normally. Please adjust routes.
""",
    ),
    Spec(
        False,
        "press",
        "Hard negative: press release with aggregate robotic surgery numbers and a surgeon's name.",
        f"Communications <communications@{DOM}>",
        "news@oregonhealthbiz.com",
        "Cedar Hollow marks 100th robotic surgery",
        """\
FOR RELEASE TUESDAY

Cedar Hollow Medical Center has performed its 100th robotic-assisted surgery since launching
the program in May. Procedures include hernia repair (41), cholecystectomy (33), and
hysterectomy (26), with a median length of stay under one day. "Rural patients shouldn't have
to drive three hours for minimally invasive surgery," said Dr. Greg Tallis, program director.
""",
    ),
    Spec(
        False,
        "research",
        "Hard negative: abstract submission with aggregate outcomes, no individuals.",
        f"Dr. Erik Lindgren <elindgren@{DOM}>",
        "abstracts@agsmeeting.org",
        "Abstract submission #4471",
        """\
Title: Nurse-led deprescribing reduces falls in rural older adults

Methods: Pragmatic trial, 212 adults aged 65+ in two rural clinics.
Results: Mean medication count fell from 11.2 to 8.9 at six months (p<0.001). Falls per
1,000 patient-days: 3.1 vs 4.6 in usual care (IRR 0.67, 95% CI 0.49-0.92). No increase in ED
visits. Conclusions: feasible and safe in rural primary care.
""",
    ),
    Spec(
        False,
        "food_service",
        "Hard negative: diet menu with renal/diabetic/low-sodium diets for the kitchen vendor.",
        f"Nutrition Services <nutrition@{DOM}>",
        "menus@sodexomealpartners.com",
        "Cycle menu changes - therapeutic diets",
        """\
For the winter cycle:

- Consistent-carbohydrate (diabetic): swap the cornbread for a whole-wheat roll (45 g carb/meal)
- Renal: no tomato soup; use the low-potassium vegetable barley
- 2 g sodium / cardiac: confirm the turkey is not pre-brined
- Dysphagia IDDSI level 5 minced: add the salmon option

Tasting panel 12/3 at 2 PM.
""",
    ),
    Spec(
        False,
        "lost_and_found",
        "Hard negative: lost-and-found note about an item in the ED waiting room, no person.",
        f"Security Operations <security@{DOM}>",
        "lostandfound@cedarvalleytransport.com",
        "Found in ED waiting room",
        """\
Did one of your drivers lose a black Carhartt jacket and a pair of reading glasses (+2.00) in
the ED waiting room Saturday night? They're at the security desk. No ID in the pockets.
""",
    ),
    Spec(
        False,
        "research",
        "Hard negative: generic study recruitment flyer text (condition named, no person).",
        f"Research Office <research@{DOM}>",
        "classifieds@coastnewsleader.com",
        "Ad copy - study recruitment",
        """\
Please run this in the health section for 4 weeks:

"Do you have knee osteoarthritis? Adults 50-80 may qualify for a research study of a new
exercise program at Cedar Hollow Health. Study visits are free and participants receive up to
$200. Call 541-555-0153 or visit cedarhollowhealth.org/research."
""",
    ),
    Spec(
        False,
        "audit",
        "Hard negative: internal chart audit summary with counts only.",
        f"HIM Coding <coding@{DOM}>",
        "auditors@northgatebilling.com",
        "Q4 E/M audit results",
        """\
Summary of the 30-chart E/M audit (October DOS):

- 24 of 30 codes supported (80%)
- 4 over-coded (99215 billed, 99214 supported), 2 under-coded
- 3 charts missing a signed attestation for the resident note
Education scheduled with the two providers involved. Detail stays in the audit workbook.
""",
    ),
    Spec(
        False,
        "it_notice",
        "Account security code email (MFA) with a one-time code and IP address.",
        "Verdant EHR Cloud <no-reply@verdantehr.com>",
        f"jebbesen@{DOM}",
        "Your Verdant admin sign-in code",
        """\
Your one-time sign-in code is 604 118. It expires in 10 minutes.

Sign-in attempt from 203.0.113.44 (Newport, OR) on Chrome/Windows.
If this wasn't you, reset your password and contact your Verdant administrator.
""",
    ),
    Spec(
        False,
        "equipment",
        "Hard negative: equipment loan tracking with asset tags and serial numbers.",
        f"Biomed Engineering <biomed@{DOM}>",
        "rentals@pacificmedicalrentals.com",
        "Returning rented equipment",
        """\
Returning on Friday's pickup:

- Bariatric bed, asset BR-0112, serial 44A77120 (rental agreement RA-66104)
- Wound vac unit, serial VAC-2291884 (cleaned, cert attached in portal)
- 2 x IV poles, tags IVP-301, IVP-302

Please credit the account from 11/27.
""",
    ),
    Spec(
        False,
        "newsletter",
        "Hard negative: HTML-only staff newsletter with a staff 'kudos' naming nurses and a unit.",
        f"CHH Connect <newsletter@{DOM}>",
        "alumni@cedarhollownurses.org",
        "CHH Connect: December kudos",
        "",
        html="""\
<html><body>
<h1>CHH Connect &ndash; December</h1>
<h3>Kudos</h3>
<p>Huge thanks to <b>Nora Quist, RN</b> and <b>Kayleigh Droste, RN</b> for leading the ICU's
new early-mobility program &ndash; ventilator days are down 12% since August.</p>
<p>Congratulations to <b>Dana Whitfield, CNM</b>, our Family Birth Center's Nurse-Midwife of
the Year.</p>
</body></html>
""",
    ),
    Spec(
        False,
        "it_notice",
        "Hard negative: encrypted ZIP of EHR audit-report template files (no data) to vendor.",
        f"Verdant Build Team <ehrbuild@{DOM}>",
        "support@verdantehr.com",
        "Ticket 88311 - report templates",
        """\
Report templates for the access-audit module attached (zip encrypted per your policy;
password by phone). These are empty templates, no data.
""",
        atts=(
            Att(
                "audit_templates.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "access_audit_template.sql": "SELECT user_id, action, ts FROM audit "
                        "WHERE ts BETWEEN :start AND :end;\n"
                    },
                    "Hollow#Dec26",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "facilities",
        "Signage proof PNG and DOCX for wayfinding (department names only).",
        f"Facilities <facilities@{DOM}>",
        "proofs@coastsignworks.com",
        "Wayfinding sign proof - approved with edits",
        """\
Approved with two edits (see docx): "Oncology Infusion" should be "Infusion Center", and the
arrow for Behavioral Health points the wrong way.
""",
        atts=(
            Att("sign_proof_v2.png", "image/png", png(12, 4, (20, 70, 120))),
            Att(
                "sign_edits.docx",
                DOCX,
                docx(
                    [
                        "Edits to proof v2:",
                        "1. Replace 'Oncology Infusion' with 'Infusion Center'.",
                        "2. Behavioral Health arrow should point left.",
                    ]
                ),
            ),
        ),
    ),
]
