"""Outbound mail of Cedar Hollow Cancer & Infusion Center, a community oncology infusion centre (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\n--\nCedar Hollow Cancer & Infusion Center\n2200 Millbrook Parkway, Westerville, OH 43081\n"
    "Main 614-555-0140 | Fax 614-555-0141\n"
    "CONFIDENTIALITY NOTICE: This message may contain information that is privileged or "
    "confidential. If you received it in error, please delete it and notify the sender."
)

ICS_PATIENT = """BEGIN:VCALENDAR
PRODID:-//Cedar Hollow//Chair Scheduler 4.2//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:chair-20260917-0830-06@cedarhollowinfusion.org
DTSTAMP:20260914T120000Z
DTSTART:20260917T123000Z
DTEND:20260917T163000Z
SUMMARY:Infusion appointment - Chair 6
DESCRIPTION:Pembrolizumab cycle 4 for Terrence Vaughan. Labs drawn on arrival. Bring your medication list.
LOCATION:Cedar Hollow Infusion Suite B, 2200 Millbrook Pkwy, Westerville OH
ORGANIZER;CN=Infusion Scheduling:mailto:scheduling@cedarhollowinfusion.org
ATTENDEE;CN=Terrence Vaughan;RSVP=TRUE:mailto:tvaughan.bluejay@gmail.com
END:VEVENT
END:VCALENDAR
"""

ICS_FOLFOX = """BEGIN:VCALENDAR
PRODID:-//Cedar Hollow//Chair Scheduler 4.2//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:chair-20260915-0830-11@cedarhollowinfusion.org
DTSTAMP:20260914T120000Z
DTSTART:20260915T123000Z
DTEND:20260915T170000Z
SUMMARY:Cedar Hollow infusion - FOLFOX cycle 3 + pump hookup
LOCATION:Infusion Suite A, Chair 11
ATTENDEE;CN=Rosalind Pecora:mailto:roz.pecora1958@gmail.com
END:VEVENT
END:VCALENDAR
"""

ICS_TUMOR_BOARD = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tb-gi-20260917@cedarhollowinfusion.org
DTSTAMP:20260914T130000Z
DTSTART:20260917T113000Z
DTEND:20260917T123000Z
RRULE:FREQ=WEEKLY;BYDAY=TH
SUMMARY:GI Tumor Board (weekly)
DESCRIPTION:Case list is posted in the EHR tumor board worklist only. Do not put patient names in the invite or chat.
LOCATION:Conference Room 2 / Teams
ORGANIZER;CN=Dr. Hollis Brandt:mailto:hbrandt@cedarhollowinfusion.org
ATTENDEE;CN=Dr. Mara Ellingsen:mailto:mellingsen@brightwaterradonc.com
END:VEVENT
END:VCALENDAR
"""

HL7_ORU = (
    "MSH|^~\\&|CHAIRSIDE|CEDARHOLLOW|EPIC|OHIOHEALTHNE|20260914141205||ORU^R01|CH260914-0077|P|2.5.1\r"
    "PID|1||00731845^^^CHIC^MR||Delacroix^Yvette^M||19640719|F|||418 Linworth Rd^^Worthington^OH^43085||614-555-0162\r"
    "PV1|1|O|INF^CHAIR09^^CEDARHOLLOW||||1558760991^Brandt^Hollis\r"
    "OBR|1||CH-LAB-55102|58410-2^CBC panel^LN|||20260914081500\r"
    "OBX|1|NM|26499-4^Neutrophils [#/volume] in Blood^LN||0.9|10*3/uL|1.5-8.0|L|||F\r"
    "OBX|2|NM|777-3^Platelets^LN||88|10*3/uL|150-400|L|||F\r"
    "NTE|1||Cycle 2 day 1 docetaxel held per Dr Brandt.\r"
)

HL7_TEST = (
    "MSH|^~\\&|CHAIRSIDE|CEDARHOLLOW|EPIC|OHIOHEALTHNE|20260911100000||ADT^A04|TEST-0001|T|2.5.1\r"
    "PID|1||TEST000001^^^CHIC^MR||ZZTEST^INTERFACE^A||19000101|U\r"
    "PV1|1|O|INF^TESTCHAIR^^CEDARHOLLOW\r"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*CEDARHOLLOW    *ZZ*OHCLEARHOUSE   *260914*1610*^*00501*000004417*0*P*:~\n"
    "GS*HC*CEDARHOLLOW*OHCLEARHOUSE*20260914*1610*4417*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*CH4417*20260914*1610*CH~\n"
    "NM1*85*2*CEDAR HOLLOW CANCER AND INFUSION CENTER*****XX*1665268805~\n"
    "NM1*IL*1*KOWALCZYK*DOROTA****MI*BKO884120337~\n"
    "DMG*D8*19590203*F~\n"
    "CLM*CH0914-2281*4188.40***11:B:1*Y*A*Y*Y~\n"
    "HI*ABK:C50.912*ABF:Z51.11~\n"
    "SV1*HC:J9355:JZ*3871.00*UN*42***1~\n"
    "SV1*HC:96413*317.40*UN*1***1~\n"
    "DTP*472*D8*20260908~\n"
    "SE*12*0001~\nGE*1*4417~\nIEA*1*000004417~\n"
)

FWD_PATIENT = Spec(
    phi=True,
    category="patient email (forwarded part)",
    notes="inner",
    frm="Walt Brennecke <wbrennecke44@aol.com>",
    to="navigator@cedarhollowinfusion.org",
    subject="feet",
    body=(
        "Hi Joanne, the tingling in my feet is worse since the last oxaliplatin, I almost fell on "
        "the stairs Sunday. Should I still come Thursday? - Walt"
    ),
)

MESSAGES = [
    Spec(
        phi=True,
        category="infusion appointment reminder with calendar invite",
        notes="Reminder to patient's gmail naming FOLFOX cycle 3 and pump hookup.",
        frm="Infusion Scheduling <scheduling@cedarhollowinfusion.org>",
        to="roz.pecora1958@gmail.com",
        subject="Your appointment Tuesday 9/15 at 8:30 AM",
        body=(
            "Dear Rosalind,\n\nThis is a reminder of your FOLFOX cycle 3 infusion on Tuesday, "
            "September 15 at 8:30 AM in Suite A. Your home pump will be connected before you leave, "
            "so plan on about 4 hours. Please eat breakfast and bring your port card.\n\n"
            "Reply C to confirm or call 614-555-0140 to reschedule." + SIG
        ),
        ics=ICS_FOLFOX,
    ),
    Spec(
        phi=True,
        category="calendar-only invite naming immunotherapy drug",
        notes="Hard positive: body is one line; drug, cycle and patient name are only in the ICS invite.",
        frm="Infusion Scheduling <scheduling@cedarhollowinfusion.org>",
        to="tvaughan.bluejay@gmail.com",
        subject="Invitation: Infusion appointment - Chair 6 @ Thu Sep 17 8:30am",
        body="You have been invited to an event. Please accept or decline.",
        ics=ICS_PATIENT,
    ),
    Spec(
        phi=True,
        category="prior authorization letter of medical necessity to payer",
        notes="Letter to payer naming patient, member ID, stage III colon cancer and drug requested.",
        frm="Prior Auth Team <priorauth@cedarhollowinfusion.org>",
        to="oncology.um@buckeyeplanhealth.com",
        subject="PA request - member BPH771204583 - urgent",
        body=(
            "Please find attached the letter of medical necessity for the pending request "
            "(ref PA-26-09-1187). Clinical notes follow by fax to 614-555-0188.\n\nThank you,\n"
            "Lorena Fitch, CPhT\nPrior Authorization Specialist" + SIG
        ),
        atts=(
            Att(
                "LMN_Harcourt_bevacizumab.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW CANCER & INFUSION CENTER",
                        "Letter of Medical Necessity",
                        "Patient: Gideon Harcourt   DOB: 06/22/1961",
                        "Member ID: BPH771204583   Plan: Buckeye Plan Health PPO",
                        "Diagnosis: C18.7 malignant neoplasm of sigmoid colon, stage IIIC",
                        "Requested: bevacizumab-awwb (Q5107) 5 mg/kg q14d with FOLFOX x 12 cycles",
                        "Ordering physician: Hollis Brandt, MD  NPI 1558760991",
                    ],
                    "Letter of Medical Necessity",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="837P professional claim batch to clearinghouse",
        notes="Hard positive: body only says a batch is attached; the X12 837 holds the patient name, DOB, member ID and breast cancer diagnosis.",
        frm="Billing Office <billing@cedarhollowinfusion.org>",
        to="edi-support@ohclearhouse.net",
        subject="Resubmission batch 4417",
        body="Hi team - resubmitting batch 4417 after the rejection on the 11th (loop 2010BA fixed). Let me know if it loads.\n\nPaulette Granger\nBilling Office",
        atts=(Att("CH_4417_resub.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="terse nurse note on neutropenia to referring oncologist",
        notes="Hard positive: one-line note with patient surname, ANC value and held chemotherapy cycle.",
        frm="Joanne Whitlock RN <jwhitlock@cedarhollowinfusion.org>",
        to="dr.ashworth@scioto-oncology.com",
        subject="Tomlinson",
        body="Dr A - Tomlinson ANC 0.8 this AM, C5 held. Pls advise re pegfilgrastim before next wk. -JW",
    ),
    Spec(
        phi=True,
        category="HL7 result message resent to hospital interface",
        notes="Hard positive: body is an interface note; the HL7 attachment carries the patient's name, address, low counts and held docetaxel.",
        frm="Interface Team <interfaces@cedarhollowinfusion.org>",
        to="hl7-support@ohiohealthne.org",
        subject="Resending ORU CH260914-0077 (NAK on first send)",
        body="Your engine returned AE on this one at 14:12. Resending attached, no segment changes. Thanks, Ravi",
        atts=(Att("CH260914-0077.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="copay foundation grant approval to patient",
        notes="Tells patient by name that the foundation grant for Darzalex Faspro was approved.",
        frm="Financial Counseling <finance@cedarhollowinfusion.org>",
        to="hgutierrez.home@yahoo.com",
        subject="Good news about your assistance application",
        body=(
            "Hello Mr. Gutierrez,\n\nThe Riverside Myeloma Relief Fund approved your grant for your "
            "Darzalex Faspro injections: up to $8,500 for copays through 9/13/2027. You do not need "
            "to do anything; we bill them directly. Your next injection on 9/21 will show $0 due.\n\n"
            "Kind regards,\nPriya Nandakumar\nFinancial Counselor" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="update to daughter after rituximab infusion",
        notes="Hard positive: first names and 'your mom' only, but ties the patient to her rituximab infusion and reaction status; sent to the daughter's gmail.",
        frm="Joanne Whitlock RN <jwhitlock@cedarhollowinfusion.org>",
        to="dana.okonjo.w@gmail.com",
        subject="Re: is mom done yet?",
        body=(
            "Hi Dana,\n\nYes! Your mom Lorraine finished the Rituxan at 2:40 with no reaction this "
            "time (the slower rate helped). She's having juice and crackers; you can pick her up at "
            "the Suite B entrance in about 20 minutes.\n\nJoanne"
        ),
    ),
    Spec(
        phi=True,
        category="home health referral for port flush with referral form",
        notes="Referral to home health agency; DOCX names the patient, address, port and diagnosis.",
        frm="Nurse Navigation <navigator@cedarhollowinfusion.org>",
        to="intake@heartlandhomecare-oh.com",
        subject="New referral - port maintenance",
        body="Please see attached referral. Patient prefers morning visits. Call me with questions.\n\nJoanne Whitlock, RN, OCN"
        + SIG,
        atts=(
            Att(
                "HH_referral_Marchetti.docx",
                DOCX,
                docx(
                    [
                        "Cedar Hollow Cancer & Infusion Center - Home Health Referral",
                        "Patient: Silvio Marchetti  DOB 11/30/1949",
                        "Address: 77 Orchard Hill Ct, Galena OH 43021   Phone 740-555-0119",
                        "Diagnosis: C25.0 pancreatic head adenocarcinoma, on gemcitabine/nab-paclitaxel",
                        "Order: Port-a-cath flush with heparin 500 units every 4 weeks; dressing change PRN",
                        "Insurance: Medicare MBI 3TW7-HN2-RK58",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound photo of port site sent to surgeon",
        notes="Hard positive: patient surname and suspected port infection only in subject and photo file name.",
        frm="Joanne Whitlock RN <jwhitlock@cedarhollowinfusion.org>",
        to="kpatel@centralohiosurgical.com",
        subject="Hale - port site red/warm?",
        body="Photo from this morning, see attached. Can you fit her in today or tomorrow?",
        atts=(Att("hale_port_erythema_0914.png", "image/png", png(8, 6, (190, 70, 60))),),
    ),
    Spec(
        phi=True,
        category="weekly chair schedule to compounding vendor",
        notes="Multi-sheet workbook to outsourced compounding vendor lists patient names with regimens and doses.",
        frm="Pharmacy <pharmacy@cedarhollowinfusion.org>",
        to="orders@tristatecompounding.com",
        subject="Week of 9/14 - preparation list",
        body="Attached is next week's prep list (2 tabs). Deliveries by 7:00 please. Thanks - Gabe, PharmD"
        + SIG,
        atts=(
            Att(
                "prep_list_wk0914.xlsx",
                XLSX,
                xlsx(
                    {
                        "Mon-Tue": [
                            ["Date", "Patient", "Regimen", "Drug", "Dose"],
                            ["09/14", "Ferreira, Luisa", "AC C2", "doxorubicin", "112 mg"],
                            ["09/14", "Ng, Bernard", "Gem/Cis C1D8", "gemcitabine", "1780 mg"],
                            ["09/15", "Pecora, Rosalind", "FOLFOX C3", "oxaliplatin", "153 mg"],
                        ],
                        "Wed-Fri": [
                            ["Date", "Patient", "Regimen", "Drug", "Dose"],
                            ["09/16", "Abernathy, Cole", "R-CHOP C4", "rituximab", "700 mg"],
                            ["09/18", "Delacroix, Yvette", "Docetaxel C2", "docetaxel", "135 mg"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FMLA certification to employer HR",
        notes="Certification to patient's employer naming her chemotherapy schedule and lymphoma.",
        frm="Medical Records <records@cedarhollowinfusion.org>",
        to="leave-admin@pinnacleinsurancegroup.com",
        subject="FMLA certification - Kimberly Oduya",
        body="Per the employee's signed authorization, attached is the completed certification of health care provider.\n\nRelease of Information"
        + SIG,
        atts=(
            Att(
                "WH-380-E_Oduya.docx",
                DOCX,
                docx(
                    [
                        "Certification of Health Care Provider for Employee's Serious Health Condition",
                        "Employee: Kimberly Oduya",
                        "Condition: diffuse large B-cell lymphoma; R-CHOP every 21 days x 6 cycles starting 08/04/2026",
                        "Incapacity: 3-5 days following each treatment; intermittent leave required through 12/2026",
                        "Provider: Hollis Brandt, MD, Cedar Hollow Cancer & Infusion Center",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="records production to attorney in zip",
        notes="Response to attorney's subpoena with zipped infusion records and MAR for named patient.",
        frm="Release of Information <roi@cedarhollowinfusion.org>",
        to="paralegal@stanwick-lowe-law.com",
        subject="Records production - Estate of Harold Pruitt (your ref 26-0391)",
        body=(
            "Counsel,\n\nPursuant to the subpoena and the executor's authorization, attached are the "
            "treatment records for Harold Pruitt (DOB 02/14/1940) for dates of service 01/01/2025 - "
            "03/31/2026. The certification of records custodian is included.\n\nRelease of Information Unit"
            + SIG
        ),
        atts=(
            Att(
                "Pruitt_records_26-0391.zip",
                "application/zip",
                zipped(
                    {
                        "index.txt": "Pruitt, Harold  DOB 1940-02-14  MRN 00688102\n01 infusion_notes.txt\n02 MAR.csv\n",
                        "infusion_notes.txt": "03/12/2026 Pruitt, Harold. Cycle 6 azacitidine 75 mg/m2 SC given. MDS. Tolerated well.\n",
                        "MAR.csv": "date,drug,dose,route\n2026-03-12,azacitidine,140 mg,SC\n2026-03-13,azacitidine,140 mg,SC\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted records to disability insurer",
        notes="Body names the claimant, claim number, chemotherapy regimen and treatment dates; records in a password-protected zip.",
        frm="Release of Information <roi@cedarhollowinfusion.org>",
        to="ltd.claims@meridianmutual-ins.com",
        subject="Claim LTD-558120 - requested records",
        body=(
            "Re: Marcus Oyelaran, LTD claim LTD-558120\n\nAttached are his infusion and physician "
            "records for 06/01/2026 - 08/31/2026 (FOLFIRINOX cycles 1-6). The file is encrypted; "
            "the password will follow in a separate message.\n\nRelease of Information Unit" + SIG
        ),
        atts=(
            Att(
                "Oyelaran_LTD-558120.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Oyelaran_records.txt": "Oyelaran, Marcus DOB 1971-10-05. FOLFIRINOX C1-C6. Metastatic pancreatic adenocarcinoma.\n"
                    },
                    "Cedar-0914-ltd",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR cancer registry submission",
        notes="Hard positive: body is a one-line cover; the FHIR bundle identifies a patient with a lung cancer diagnosis and first treatment.",
        frm="Cancer Registry <registry@cedarhollowinfusion.org>",
        to="ccr-submissions@ohio-cancer-registry.org",
        subject="Q3 late submission (1 case)",
        body="One late case attached per your reminder of 9/8. - Tamsin, CTR",
        atts=(
            Att(
                "ch_q3_late_case.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "p1", "name": [{"family": "Strand", "given": ["Everett"]}], "birthDate": "1955-01-27", "gender": "male", "address": [{"line": ["5120 Hollow Oak Dr"], "city": "Lewis Center", "state": "OH", "postalCode": "43035"}]}},\n'
                ' {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/p1"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C34.11", "display": "Malignant neoplasm of upper lobe, right bronchus or lung"}]}, "onsetDateTime": "2026-05-19"}},\n'
                ' {"resource": {"resourceType": "MedicationAdministration", "subject": {"reference": "Patient/p1"}, "medicationCodeableConcept": {"text": "carboplatin + pemetrexed + pembrolizumab"}, "effectiveDateTime": "2026-06-02", "status": "completed"}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="headerless phlebotomy draw list to mobile lab vendor",
        notes="Hard positive: CSV without headers lists names, DOBs, home addresses and tumour-marker draws.",
        frm="Lab Coordinator <lab@cedarhollowinfusion.org>",
        to="dispatch@mobilephleb-columbus.com",
        subject="home draws tmrw",
        body="3 for tomorrow AM, same as usual. Thx",
        atts=(
            Att(
                "draws_0915.csv",
                "text/csv",
                "Okafor,Bernadette,1957-04-11,2291 Sawmill Rd Dublin 43017,CBC CMP CA-125\n"
                "Lindqvist,Per,1948-12-02,66 Maple Glen Delaware 43015,CBC PSA\n"
                "Amari,Yasmin,1979-07-30,1408 Tamarack Ln Westerville 43081,CBC CMP CEA\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="end-of-treatment congratulations and follow-up plan",
        notes="To patient's hotmail: last carboplatin dose and scheduled follow-up CT.",
        frm="Dr. Hollis Brandt <hbrandt@cedarhollowinfusion.org>",
        to="greg.hollenbeck@hotmail.com",
        subject="Congratulations on ringing the bell!",
        body=(
            "Greg,\n\nThe whole team was so happy to see you ring the bell today after your last "
            "carboplatin/paclitaxel. Your restaging CT is set for October 20 and I will see you on "
            "the 22nd to go over it. Keep up the walking!\n\nDr. Brandt" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="statement to guarantor with account number only",
        notes="Hard positive: no diagnosis, but guarantor statement ties named patient and account number to infusion services on a date.",
        frm="Patient Accounts <billing@cedarhollowinfusion.org>",
        to="m.sorensen.family@outlook.com",
        subject="Statement available - account 40-771562",
        html_only=True,
        body="",
        html=(
            "<html><body><p>Dear Michael Sorensen,</p><p>A new statement is available for "
            "<b>Elise Sorensen</b> (account 40-771562).</p><table border='1'>"
            "<tr><td>09/01/2026</td><td>Infusion services</td><td>$212.50 patient responsibility</td></tr>"
            "</table><p>Pay online at pay.cedarhollowinfusion.org or call 614-555-0143.</p>"
            "<p>Cedar Hollow Patient Accounts</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="forward of patient neuropathy complaint to referring oncologist",
        notes="Hard positive: the forwarded patient e-mail (his name in From and signature) carries the neuropathy and oxaliplatin; outer body only says 'FYI'.",
        frm="Joanne Whitlock RN <jwhitlock@cedarhollowinfusion.org>",
        to="dr.ashworth@scioto-oncology.com",
        subject="Fw: feet",
        body="FYI - see below from your pt. We will hold Thursday unless you say otherwise.",
        forward=FWD_PATIENT,
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="new physician announcement newsletter",
        notes="Hard negative: clinician bio naming myeloma and lymphoma specialties and her NPI; no patient.",
        frm="Cedar Hollow News <news@cedarhollowinfusion.org>",
        to="referrals-list@cedarhollowinfusion.org",
        subject="Welcome Dr. Anita Raghunathan",
        html_only=True,
        body="",
        html=(
            "<html><body><h2>Welcome, Dr. Anita Raghunathan</h2><p>Dr. Raghunathan joins us from "
            "a fellowship in hematologic malignancies. She treats multiple myeloma, amyloidosis and "
            "indolent lymphomas, and leads our bispecific antibody program.</p>"
            "<p>Referrals: fax 614-555-0141. NPI 1333081093.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="monthly chair utilisation report to board",
        notes="Hard negative: multi-sheet workbook with regimen counts and chair hours only; no individuals.",
        frm="Operations <ops@cedarhollowinfusion.org>",
        to="board@cedarhollowinfusion.org",
        subject="August utilisation pack",
        body="Board members - August numbers attached. Chair utilisation reached 86%; immunotherapy volume up 14% YoY.\n\nDenise Kaur, COO",
        atts=(
            Att(
                "utilisation_2026-08.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Metric", "Aug 2026", "Aug 2025"],
                            ["Infusions", 1412, 1288],
                            ["Chair hours", 5230, 4902],
                            ["Utilisation %", 86, 79],
                        ],
                        "By regimen": [
                            ["Regimen", "Treatments"],
                            ["Pembrolizumab", 188],
                            ["FOLFOX", 141],
                            ["Daratumumab SC", 97],
                            ["Iron sucrose", 203],
                        ],
                        "Reactions": [
                            ["Type", "Count"],
                            ["Infusion reaction grade 1-2", 9],
                            ["Extravasation", 1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="carboplatin shortage notice to referring practices",
        notes="Hard negative: drug shortage and substitution guidance; drug names and disease sites but no patients.",
        frm="Pharmacy <pharmacy@cedarhollowinfusion.org>",
        to="referring-offices@cedarhollowinfusion.org",
        subject="Carboplatin supply update - week of 9/14",
        body=(
            "Colleagues,\n\nOur wholesaler allocation of carboplatin is at 60% again. Curative-intent "
            "regimens (ovarian, lung stage III) keep priority. For palliative regimens we may ask "
            "your approval to substitute per the ASCO guidance. We expect normal supply by October.\n\n"
            "Gabriel Ostrowski, PharmD, BCOP" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher reminder with example field names",
        notes="Hard negative: training reminder lists identifier field names as examples; no actual patient data.",
        frm="Compliance <compliance@cedarhollowinfusion.org>",
        to="allstaff@cedarhollowinfusion.org",
        subject="Annual HIPAA refresher due 9/30",
        body=(
            "All workforce members must complete the 2026 HIPAA refresher by September 30.\n\n"
            "Reminder: never put Patient Name, DOB, MRN, diagnosis or regimen in an email subject. "
            "Use the secure-send button for anything going outside the center. When in doubt, ask "
            "compliance@ before you hit send.\n\nTheresa Vail, Privacy Officer"
        ),
    ),
    Spec(
        phi=False,
        category="infusion nurse job posting",
        notes="Hard negative: job posting mentioning chemotherapy and OCN certification; no patient.",
        frm="Talent Acquisition <careers@cedarhollowinfusion.org>",
        to="jobs@ohionursesassociation-board.org",
        subject="Posting: Oncology Infusion RN (FT, days)",
        body=(
            "Please post the following:\n\nOncology Infusion RN - Westerville, OH. Administer "
            "chemotherapy, immunotherapy and biologics; manage hypersensitivity reactions; access "
            "implanted ports. ONS/ONCC Chemotherapy Immunotherapy Certificate required within 6 "
            "months; OCN preferred. 4x10 shifts, no weekends. $4,000 sign-on bonus."
        ),
    ),
    Spec(
        phi=False,
        category="infusion pump preventive maintenance request",
        notes="Hard negative: device serial numbers of pumps in the suite, not linked to any patient.",
        frm="Biomed <biomed@cedarhollowinfusion.org>",
        to="service@ivpumpservices.com",
        subject="PM due - 6 pumps",
        body=(
            "Hi Carla, the following pumps are due for annual PM:\n\nSN 19CH-448102\nSN 19CH-448117\n"
            "SN 20CH-501226\nSN 20CH-501240\nSN 21CH-613008\nSN 21CH-613015\n\nWe can swap them "
            "out Saturday morning. PO to follow.\n\nLuis Benavides, Biomed Tech"
        ),
    ),
    Spec(
        phi=False,
        category="employee flu vaccine clinic notice",
        notes="Staff notice of flu shot clinic; no individuals.",
        frm="Employee Health <employeehealth@cedarhollowinfusion.org>",
        to="allstaff@cedarhollowinfusion.org",
        subject="Staff flu shots start Monday",
        body="Flu vaccine for staff: Mon-Wed 7-9 AM in the break room. Bring your badge. Declinations due by 11/1.",
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with synthetic patient",
        notes="Hard negative: HL7 test message (processing ID T) with declared synthetic ZZTEST patient.",
        frm="Interface Team <interfaces@cedarhollowinfusion.org>",
        to="hl7-support@ohiohealthne.org",
        subject="TEST ADT for new chair feed - synthetic data only",
        body="Sending one TEST ADT^A04 for the new chair feed. Patient ZZTEST, INTERFACE is a synthetic test record; no real patient. Please confirm you get an AA.\n\nRavi",
        atts=(Att("TEST_A04.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="interview invitation to nurse applicant",
        notes="Interview scheduling to an applicant's personal mailbox; applicant is not a patient.",
        frm="Talent Acquisition <careers@cedarhollowinfusion.org>",
        to="bridget.kellerman.rn@gmail.com",
        subject="Interview - Oncology Infusion RN",
        body="Hi Bridget,\n\nThanks for applying! Could you meet with our nurse manager on Thursday 9/17 at 1:00 PM? The interview takes about an hour and includes a unit tour.\n\nBest,\nSam Oyler, Recruiter",
    ),
    Spec(
        phi=False,
        category="de-identified outcomes extract to research partner",
        notes="Hard negative: Safe Harbor extract with age bands, year only and 3-digit ZIP; no identifiers.",
        frm="Research Office <research@cedarhollowinfusion.org>",
        to="data-core@osu-cancer-outcomes.org",
        subject="De-identified extract v2 (Safe Harbor)",
        body="Attached is the corrected extract: dates reduced to year, ZIP to 3 digits, ages >89 grouped. Study ID is random and not derived from MRN. Data use agreement on file (DUA-2026-07).",
        atts=(
            Att(
                "ch_ir_reactions_deid_v2.csv",
                "text/csv",
                "study_id,age_band,sex,zip3,year,agent,reaction_grade\nR0412,60-69,F,430,2025,paclitaxel,2\nR0413,70-79,M,432,2025,rituximab,1\nR0414,50-59,F,430,2026,oxaliplatin,3\nR0415,90+,M,431,2026,daratumumab,1\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="board meeting agenda",
        notes="Board agenda document; operational items only.",
        frm="Executive Office <exec@cedarhollowinfusion.org>",
        to="board@cedarhollowinfusion.org",
        subject="Agenda - September board meeting",
        body="Attached is the agenda for Thursday's meeting. Dinner at 5:30." + SIG,
        atts=(
            Att(
                "board_agenda_sept.docx",
                DOCX,
                docx(
                    [
                        "Cedar Hollow Board of Directors - September 17, 2026",
                        "1. Minutes",
                        "2. Finance: Q2 variance",
                        "3. Suite C expansion (8 chairs)",
                        "4. 340B audit readiness",
                        "5. Executive session",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="extravasation policy document to nursing staff",
        notes="Hard negative: policy with drug names and a documentation template of blank field names.",
        frm="Nursing Education <nursing.ed@cedarhollowinfusion.org>",
        to="rn-list@cedarhollowinfusion.org",
        subject="Revised vesicant extravasation policy (NUR-114)",
        body="Please read and attest by 9/25. Main change: dexrazoxane for anthracycline extravasation now stocked in Suite B.",
        atts=(
            Att(
                "NUR-114_extravasation_rev6.docx",
                DOCX,
                docx(
                    [
                        "NUR-114 Management of Vesicant Extravasation (rev 6)",
                        "Vesicants: doxorubicin, epirubicin, vincristine, vinorelbine, mechlorethamine.",
                        "Stop infusion, aspirate, elevate. Anthracycline: dexrazoxane within 6 hours.",
                        "Documentation: Patient name ____  MRN ____  Agent ____  Est. volume ____  Site photo Y/N",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="P&T committee minutes on biosimilar switch",
        notes="Hard negative: committee minutes naming drugs and patient counts, no individuals.",
        frm="Pharmacy <pharmacy@cedarhollowinfusion.org>",
        to="pt-committee@cedarhollowinfusion.org",
        subject="P&T minutes 9/10",
        body="Minutes attached. Next meeting 10/8.",
        atts=(
            Att(
                "PT_minutes_2026-09-10.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW P&T COMMITTEE - MINUTES 09/10/2026",
                        "Approved: trastuzumab biosimilar switch for new starts (est. 34 patients/yr).",
                        "Tabled: subcutaneous nivolumab pending payer coverage.",
                        "Iron sucrose reactions: 2 mild events in August, within benchmark.",
                    ],
                    "P&T minutes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="tumor board meeting series invitation",
        notes="Hard negative: recurring tumor board invite that explicitly keeps case names out; clinicians only.",
        frm="Dr. Hollis Brandt <hbrandt@cedarhollowinfusion.org>",
        to="mellingsen@brightwaterradonc.com",
        subject="GI Tumor Board - Thursdays 7:30",
        body="Mara - here is the standing invite. Cases go on the EHR worklist by Tuesday noon.",
        ics=ICS_TUMOR_BOARD,
    ),
    Spec(
        phi=False,
        category="clinical trial eligibility flyer to referring physicians",
        notes="Hard negative: trial inclusion criteria naming a cancer type and biomarker; no individual.",
        frm="Research Office <research@cedarhollowinfusion.org>",
        to="referring-offices@cedarhollowinfusion.org",
        subject="Now enrolling: KRAS G12C colorectal trial",
        body=(
            "We are now enrolling for a phase 2 study in metastatic colorectal cancer with KRAS G12C "
            "mutation after one prior line. Key exclusions: active brain metastases, ECOG >1. "
            "Call the research nurse at 614-555-0147 to discuss a potential candidate - please do "
            "not email patient details." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="guest Wi-Fi change notice",
        notes="IT notice; no health information.",
        frm="IT Help Desk <helpdesk@cedarhollowinfusion.org>",
        to="allstaff@cedarhollowinfusion.org",
        subject="Guest Wi-Fi password rotates Monday",
        body="The CHI-Guest password changes Monday 9/14. New cards are at each nurse station. Staff devices must use CHI-Secure.",
    ),
    Spec(
        phi=False,
        category="quarterly safety event summary",
        notes="Hard negative: aggregate counts of infusion safety events with no patient detail.",
        frm="Quality <quality@cedarhollowinfusion.org>",
        to="medexec@cedarhollowinfusion.org",
        subject="Q2 safety summary",
        body="Q2: 11,204 administrations; 2 extravasations (both peripheral, no tissue loss); 14 hypersensitivity reactions, 1 grade 3; 0 wrong-patient events. Full dashboard in SharePoint.",
    ),
    Spec(
        phi=False,
        category="staff COVID exposure notice",
        notes="Hard negative: employee-health notice about an unnamed positive staff member; no individual identified.",
        frm="Employee Health <employeehealth@cedarhollowinfusion.org>",
        to="suite-b-staff@cedarhollowinfusion.org",
        subject="Exposure notice - Suite B",
        body="A Suite B team member tested positive for COVID-19 on 9/12. If you worked in Suite B on 9/10-9/11, mask for 10 days and test on day 5. Tests are in the staff lounge. We will not share the person's name.",
    ),
    Spec(
        phi=False,
        category="volunteer shift schedule",
        notes="Volunteer schedule to a volunteer's personal mailbox; no patients mentioned.",
        frm="Volunteer Services <volunteers@cedarhollowinfusion.org>",
        to="patsy.wendling@yahoo.com",
        subject="October comfort-cart shifts",
        body="Hi Patsy! You're down for the comfort cart Tuesdays 9-12 in October. The new blanket donations arrived, so please stop by storage first. Thank you for everything you do!\n\nMaureen",
    ),
]
