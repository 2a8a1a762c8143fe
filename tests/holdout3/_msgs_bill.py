# ruff: noqa: E501
"""Hand-written PHI messages: billing, collections, payers, pharmacy, release of information."""

from __future__ import annotations

from _bin import png
from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

DOM = "brightwaterhealth.org"
DISCLAIMER = """
--
NOTICE: This communication may contain protected health information that is privileged and
confidential under HIPAA. If you are not the intended recipient, you are hereby notified that
any dissemination, distribution or copying is strictly prohibited. Please notify the sender
immediately and delete this message. Thank you.
"""
PFS_SIG = """
Patient Financial Services | Brightwater Family Medicine & Hospital
PO Box 4410, Brightwater MN 55379 | 612-555-0120 (M-F 8-4:30)
"""

COLLECTIONS_CSV = """\
placement_id,guarantor_last,guarantor_first,patient_name,acct_no,dob,last_svc_date,svc_desc,balance,phone
PL26-1101,Sandvik,Roger,Roger Sandvik,77301845,1968-04-12,2026-03-14,ED visit lvl 4 - kidney stone,1842.50,612-555-0102
PL26-1102,Mbeki,Thandi,Nomsa Mbeki,77302211,2011-09-30,2026-02-02,Urgent care - fracture L radius,612.00,763-555-0155
PL26-1103,Halloran,Patrick,Patrick Halloran,77304476,1952-12-01,2026-05-19,Colonoscopy w/ biopsy,2310.75,952-555-0119
PL26-1104,Yusuf,Ahmed,Ahmed Yusuf,77305920,1990-07-22,2026-01-27,OB ultrasound + labs,488.20,612-555-0177
PL26-1105,Kraemer,Lisa,Lisa Kraemer,77306013,1983-03-08,2026-04-04,Behavioral health intake,275.00,651-555-0134
"""

WRITE_OFF = [
    ["Account", "Patient", "DOS", "Service", "Charges", "Adjustment", "Reason"],
    [
        "77299410",
        "Ferreira, Joana",
        "2026-08-11",
        "Inpatient - pneumonia (J18.9)",
        14220.0,
        -14220.0,
        "Charity care 100%",
    ],
    [
        "77299877",
        "Lund, Eric",
        "2026-08-19",
        "ED - alcohol intoxication (F10.129)",
        3105.0,
        -3105.0,
        "Charity care 100%",
    ],
    [
        "77300152",
        "Abdi, Hodan",
        "2026-09-02",
        "L&D vaginal delivery",
        9875.4,
        -4937.7,
        "Charity care 50%",
    ],
    [
        "77300533",
        "Park, Min-jun",
        "2026-09-14",
        "MRI brain w/wo (70553)",
        2840.0,
        -1420.0,
        "Charity care 50%",
    ],
]

DENIAL_PDF = pdf(
    [
        "BRIGHTWATER FAMILY MEDICINE & HOSPITAL - PATIENT FINANCIAL SERVICES",
        "Level 1 Appeal - Great Lakes Health Plan, Appeals Unit",
        "Member: Yvonne Castellano     Member ID: GLH20417735-01     DOB: 02/17/1972",
        "Claim #: 2026310448812     DOS: 09/28/2026     Billed: $18,442.00",
        "Denial reason: CO-50 not medically necessary (inpatient level of care).",
        "Our position: patient presented with diabetic ketoacidosis (E10.10), pH 7.08,",
        "bicarbonate 6, anion gap 28, requiring IV insulin infusion and q1h glucose checks.",
        "This meets InterQual acute criteria. Records enclosed. Please overturn.",
        "Contact: Denise Arvidson, Denials Specialist, 612-555-0124",
    ],
    "Appeal letter",
)

MESSAGES: list[Spec] = [
    Spec(
        True,
        "billing",
        "Patient statement email: name, account number, dates of service and procedures.",
        f"Brightwater Billing <statements@{DOM}>",
        "Renee Gustafson <renee.gustafson@icloud.com>",
        "Your Brightwater statement is ready",
        """\
Dear Renee Gustafson,

Your statement dated 11/23/2026 is ready.

Account number: 77318240
Amount due: $364.18 by 12/18/2026

Services:
  10/30/2026  Office visit, established (99214)         $245.00
  10/30/2026  Pap smear, liquid based (88175)            $96.00
  10/30/2026  HPV high-risk DNA (87624)                 $118.00
  Insurance paid (North Prairie Health Plan)          -$94.82

Pay online at pay.brightwaterhealth.org or call us.
"""
        + PFS_SIG,
        headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")),
    ),
    Spec(
        True,
        "collections",
        "Hard positive: collections placement CSV (names, DOB, account, service description) to an agency.",
        f"PFS Bad Debt <baddebt@{DOM}>",
        "placements@summitrecoverysvc.com",
        "Nov placement file batch 3",
        """\
Attached is batch 3 for November (5 accounts). Same layout as usual. Please confirm receipt.

Thanks,
Kevin
"""
        + PFS_SIG,
        atts=(Att("BWH_placements_2026-11_b3.csv", "text/csv", COLLECTIONS_CSV),),
    ),
    Spec(
        True,
        "payer",
        "EOB question to a payer rep with member ID, claim number and patient details.",
        f"Denise Arvidson <darvidson@{DOM}>",
        "provider.relations@glhp.com",
        "EOB question - claim 2026318802277",
        """\
Hi Marcus,

Quick one. EOB dated 11/12 for member Tobias Lindahl, ID GLH30998120-02, DOS 10/05/2026, shows
the 90837 psychotherapy line paid at $0 with remark N130 (benefit maximum). Patient says he
still has 8 visits left on his plan year. Can you look at the accumulator? Diagnosis on the
claim is F43.10 PTSD.

Thanks -
Denise Arvidson | Denials & Appeals | 612-555-0124
"""
        + DISCLAIMER,
    ),
    Spec(
        True,
        "claim_denial",
        "Claim denial appeal letter (PDF) with member ID, claim, diagnosis; short body.",
        f"Denise Arvidson <darvidson@{DOM}>",
        "appeals@glhp.com",
        "Level 1 appeal - claim 2026310448812",
        """\
Please see attached appeal letter and supporting records. Acknowledgment requested.

Denise Arvidson
""",
        atts=(Att("Appeal_2026310448812.pdf", "application/pdf", DENIAL_PDF),),
    ),
    Spec(
        True,
        "prior_auth",
        "Prior authorisation request (lumbar MRI) with member ID and ICD-10 code.",
        f"Prior Auth Team <priorauth@{DOM}>",
        "um.requests@nphealthplan.org",
        "PA request - MRI L-spine",
        """\
North Prairie UM team,

Requesting prior authorization:

Member: Gerald Fjelstad
Member ID: NPH771204956
DOB: 06/01/1966
CPT: 72148 MRI lumbar spine w/o contrast
ICD-10: M54.16 (radiculopathy, lumbar), M51.26
Clinical: 9 weeks of L leg radicular pain, failed 6 wks PT and NSAIDs, new foot drop
(ankle dorsiflexion 3/5) on exam 11/20.
Ordering: Paul Brennan MD, NPI 1294061837
Site: Brightwater Imaging

Urgent review requested due to motor deficit.

Prior Auth Team
Ph 612-555-0128 Fax 612-555-0129
"""
        + DISCLAIMER,
    ),
    Spec(
        True,
        "pharmacy",
        "Refill authorisation to an outside pharmacy: patient, DOB, medication and dose.",
        f"North Clinic Nurse Line <nurseline.north@{DOM}>",
        "refills@lakeshorerx.com",
        "RE: Refill request #88412",
        """\
Approved by Dr. Haugen:

Patient: Dolores Quarnstrom, DOB 01/25/1949
lisinopril 20 mg tab, 1 daily, #90, 1 refill
amlodipine 5 mg tab, 1 daily, #90, 1 refill

Denied: tramadol 50 mg - needs office visit first (controlled substance agreement due).

North Clinic Nurse Line

> From: Lakeshore Pharmacy <refills@lakeshorerx.com>
> Refill request #88412 for QUARNSTROM, DOLORES (DOB 01/25/1949): lisinopril 20mg, amlodipine
> 5mg, tramadol 50mg. Please approve or deny.
""",
    ),
    Spec(
        True,
        "billing",
        "Hard positive: refund notice to patient's personal address; patient status and account number.",
        f"Brightwater Billing <statements@{DOM}>",
        "pete.zabransky@gmail.com",
        "Refund of overpayment",
        """\
Mr. Zabransky,

We found a credit of $140.00 on account 77295518 after your insurance reprocessed the claim
for your August sleep study. A refund check was mailed on 11/24 to the address on file. You do
not need to do anything.
"""
        + PFS_SIG,
    ),
    Spec(
        True,
        "eligibility",
        "Medicare MBI, name and DOB in an eligibility question to a MAC helpdesk.",
        f"Registration Lead <reglead@{DOM}>",
        "provider.helpdesk@ngsmedicare-partners.com",
        "eligibility not returning",
        """\
Hello,

Our HETS 270 check keeps coming back AAA 75 (subscriber not found) for the beneficiary below but
she has her red-white-blue card in hand. Could you confirm?

Name on card: WINIFRED A DAHLQUIST
MBI: 4TE7-QK2-MW83
DOB: 08/08/1939
Part A eff 09/01/2004

She's being admitted for a hip fracture tonight so we need this sorted before discharge.

Thanks,
Becca Lindholm
Patient Access Lead, Brightwater Hospital
""",
    ),
    Spec(
        True,
        "charity_care",
        "Hard positive: XLSX of charity-care write-offs (patients, accounts, diagnoses) to an outside auditor.",
        f"Revenue Integrity <revintegrity@{DOM}>",
        "jpaulsen@hartleycpa.com",
        "FY26 charity care sample",
        """\
Jim,

Per your PBC list item 14, attached is the sample of charity care adjustments you selected. Let
me know if you want the signed applications too.

Olga Petrenko
Revenue Integrity Manager
""",
        atts=(
            Att(
                "charity_sample_FY26.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(WRITE_OFF, "sample"),
            ),
        ),
    ),
    Spec(
        True,
        "billing",
        "Hard positive: lowercase reply to patient about a payment plan for a named surgery.",
        f"Kevin Marsh <kmarsh@{DOM}>",
        "shawna.b.rollins@gmail.com",
        "Re: payment plan??",
        """\
hi shawna - yes we can do $75/mo on the gallbladder surgery balance ($1,125.60), no interest.
i set it up on acct 77310992, first draft 12/15. let me know if u want a diff date

kevin / pfs

On Mon, Nov 23, 2026 at 9:41 PM Shawna Rollins <shawna.b.rollins@gmail.com> wrote:
> hi i got the bill for my surgery in sept and i cant pay it all at once, can i do payments
""",
    ),
    Spec(
        True,
        "eligibility",
        "SSN, name and Medicaid coverage discrepancy sent to a county eligibility worker.",
        f"Financial Counseling <fincounsel@{DOM}>",
        "mnsure.navigator@dakotacountyhs.org",
        "MA eligibility discrepancy",
        """\
Hi Teresa,

Following up on the application for Jamal Whitfield. MA-EPS shows his coverage termed 10/31 but
he was admitted 11/02 for a diabetic foot infection and is still inpatient. SSN on our face
sheet is 412-58-3907, DOB 03/19/1981 - I think the county has the SSN with two digits swapped.
Can you check and reinstate retro?

Thanks,
Ana Brisco, Financial Counselor
612-555-0127
""",
    ),
    Spec(
        True,
        "coding",
        "Coding query to an outsourced coding vendor: account, diagnoses, physician documentation.",
        f"HIM Coding <himcoding@{DOM}>",
        "queries@apexcodingpartners.com",
        "query needed acct 77311458",
        """\
Hi Priya,

Can one of you're CDI folks send a querry on 77311458 (inpatient, Halloran, Patrick)? H&P says
"sepsis" but the discharge summary only says "UTI with SIRS". Lactate 3.1, WBC 19.4, on
pressors x 6 hrs in ICU. Need clarification before final billing - DRG moves 690 to 871.

thanks
Monica, HIM
""",
    ),
    Spec(
        True,
        "registration",
        "Hard positive: generic PNG filename; body names patient and member ID of the insurance card photo.",
        f"North Clinic Front Desk <frontdesk.north@{DOM}>",
        "eligibility@glhp.com",
        "card photo",
        """\
Hi - attached is a photo of the new card for Sofia Anand (DOB 12/02/1995), member ID
GLH55108342-03, seen in our urgent care today for a dog bite. Old ID is coming back termed. Can
you confirm the new one is active?

Thanks!
Front desk
""",
        atts=(Att("IMG_4471.png", "image/png", png(8, 5, (40, 90, 160))),),
    ),
    Spec(
        True,
        "roi",
        "Release of information response to a law firm naming a client's injuries and treatment.",
        f"Release of Information <roi@{DOM}>",
        "records@hallbergwinterlaw.com",
        "Records request - your client Andre Pellerin",
        """\
Dear Ms. Winter,

In response to your request dated 11/02/2026 and the HIPAA authorization signed by your client,
Andre Pellerin (DOB 07/15/1987), the requested records for dates of service 06/12/2026 through
10/31/2026 (ED visit for motor vehicle collision, cervical strain, left clavicle fracture ORIF,
and physical therapy) are available for download at the secure link sent separately.

Invoice ROI-26-3391 for $46.50 is attached to that message.

Release of Information
Brightwater Family Medicine & Hospital
""",
    ),
    Spec(
        True,
        "payer",
        "Hard positive: credit balance report CSV with member IDs and patient names sent to a payer.",
        f"PFS Credit Balance <creditbal@{DOM}>",
        "overpayments@nphealthplan.org",
        "Q3 credit balance report",
        """\
Attached is our quarterly credit balance report for North Prairie members. Please offset
against future remittances.
"""
        + PFS_SIG,
        atts=(
            Att(
                "NPHP_credit_balances_Q3_2026.csv",
                "text/csv",
                """\
Member ID,Patient,DOS,Claim #,Credit Amount
NPH664019283,Gunderson Paula,2026-07-08,2026190557103,85.00
NPH310772845,Ojeda Ramon,2026-07-22,2026203998410,212.40
NPH558901446,Wilhelm Ida,2026-08-30,2026242001877,47.16
""",
            ),
        ),
    ),
    Spec(
        True,
        "dme",
        "CPAP order to a DME vendor: patient, address, AHI, diagnosis, member ID.",
        f"Sleep Center <sleepcenter@{DOM}>",
        "orders@northwindrespiratory.com",
        "New CPAP order",
        """\
New order:

Patient: Curtis Vangsness
DOB 09/27/1974 | 218 5th Ave SE, Brightwater MN 55379 | 952-555-0148
Dx: Obstructive sleep apnea G47.33, AHI 34.2 on PSG 11/13/2026, nadir SpO2 79%
Order: Auto-CPAP 6-16 cm H2O, heated humidifier, medium nasal pillows, supplies per schedule
Insurance: Great Lakes Health Plan GLH40117650-01
Ordering: Dr. Fatima Sayeed, NPI 1688522105

Face-to-face note and sleep study attached in Parachute.

Sleep Center | Brightwater Hospital
""",
    ),
    Spec(
        True,
        "billing",
        "Ambulance transfer billing question with trip number, patient and diagnosis.",
        f"PFS Hospital Billing <hbilling@{DOM}>",
        "billing@lakesregionems.com",
        "trip 26-118745 - who bills?",
        """\
Hi there,

For trip 26-118745 on 11/08/2026 (interfacility transfer of Ingrid Hoel from our ED to Abbott
for STEMI / cath lab), was this billed to us under arrangement or directly to her Medicare? We
got a bill for $2,480 and I think it's a duplicate.

Thanks, Judy
""",
    ),
    Spec(
        True,
        "billing",
        "Hard positive: forwarded patient billing complaint (nested message/rfc822) to the billing vendor.",
        f"Patient Relations <patientrelations@{DOM}>",
        "escalations@medrevenueone.com",
        "FW: billing complaint - please research",
        """\
Hi MRO team, please research and call the guarantor back within 5 business days. Original
below. Our ticket PR-26-1203.
""",
        forward=Spec(
            True,
            "billing",
            "inner",
            "Connie Mattila <cmattila1960@yahoo.com>",
            f"patientrelations@{DOM}",
            "wrong bill AGAIN",
            """\
I have called 4 times. My husband Raymond Mattila had his cataract surgery on 10/14 and Medicare
paid, our supplement paid, and you are still sending me a bill for $412 on account 77303374.
If this goes to collections I will file a complaint.

Connie Mattila
""",
        ),
    ),
    Spec(
        True,
        "prior_auth",
        "Specialty drug prior auth (adalimumab) to a pharmacy benefit manager with member ID and diagnosis.",
        f"Rheumatology Clinic <rheum@{DOM}>",
        "pa.intake@clearpathrx.com",
        "PA - Humira biosimilar",
        """\
Clearpath PA intake,

Member: Hanna Brekke, DOB 10/10/1990, member ID CPX80216633
Drug: adalimumab-adaz (Hyrimoz) 40 mg SC every 14 days
Dx: Rheumatoid arthritis, seropositive (M05.79); CCP >250, RF 88
Tried/failed: methotrexate 25 mg weekly x 6 mo (transaminitis), hydroxychloroquine x 4 mo
TB QuantiFERON negative 10/2026, Hep B core Ab negative
Prescriber: Nora Lindeman, MD, NPI 1993074628

Please fax determination to 612-555-0161.
""",
    ),
    Spec(
        True,
        "claim_denial",
        "HTML-only claim denial notice table to the patient with member ID and denied service.",
        f"Brightwater Billing <statements@{DOM}>",
        "dkaur.mn@gmail.com",
        "Important: your insurance denied a claim",
        "",
        html="""\
<html><body>
<p>Dear Deepa Kaur,</p>
<p>Your insurance company has denied part of a recent claim. You may be responsible for this
amount unless an appeal is successful.</p>
<table border="1" cellpadding="3">
<tr><th>Date of service</th><th>Service</th><th>Billed</th><th>Denial reason</th></tr>
<tr><td>10/21/2026</td><td>Genetic carrier screening panel (81443)</td><td>$1,950.00</td>
<td>Not a covered benefit</td></tr>
</table>
<p>Plan: Great Lakes Health Plan &middot; Member ID GLH61209487-02 &middot; Account 77307719</p>
<p>Questions? Call Patient Financial Services at 612-555-0120.</p>
</body></html>
""",
        html_only=True,
    ),
]
