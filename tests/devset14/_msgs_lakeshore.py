"""Lakeshore ENT & Audiology: 18 PHI and 18 non-PHI outbound messages."""

from __future__ import annotations

import json

from _att import docx, pdf, png, xlsx, zipped
from _spec import LSE, Att, Spec

_FHIR_PATIENT = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "lse-77102",
                    "identifier": [{"system": "urn:lse:mrn", "value": "LSE-2207715"}],
                    "name": [{"family": "Abernathy-Cole", "given": ["Simone"]}],
                    "birthDate": "1983-06-14",
                    "telecom": [{"system": "phone", "value": "312-555-0176"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/lse-77102"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                "code": "J32.9",
                                "display": "Chronic sinusitis, unspecified",
                            }
                        ]
                    },
                    "onsetDateTime": "2025-02",
                }
            },
        ],
    },
    indent=1,
)

_FHIR_PRACTITIONERS = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Practitioner",
                    "identifier": [
                        {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1334131780"}
                    ],
                    "name": [{"family": "Osei", "given": ["Amara"], "suffix": ["MD"]}],
                    "qualification": [{"code": {"text": "Otolaryngology, pediatric"}}],
                }
            },
            {
                "resource": {
                    "resourceType": "Practitioner",
                    "identifier": [
                        {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1038129346"}
                    ],
                    "name": [{"family": "Brandvold", "given": ["Erik"], "suffix": ["AuD"]}],
                    "qualification": [{"code": {"text": "Audiology"}}],
                }
            },
        ],
    },
    indent=1,
)

_CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    " <title>Operative note / discharge summary</title>\n"
    ' <recordTarget><patientRole><id extension="LSE-2209134" root="2.16.840.1.113883.19.5"/>'
    "<patient><name><given>Gregory</given><family>Marchand</family></name>"
    '<birthTime value="19690302"/></patient></patientRole></recordTarget>\n'
    " <component><structuredBody><component><section><title>Procedure</title>"
    "<text>Functional endoscopic sinus surgery, bilateral maxillary antrostomy and "
    "septoplasty on 11/06/2026. EBL 50 mL. Discharged same day on amoxicillin-clavulanate "
    "875 mg BID x 10 days.</text></section></component></structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

_X12 = (
    "ISA*00*          *00*          *ZZ*LAKESHOREENT   *ZZ*HEARTLANDHP    *261109*1530*^*00501"
    "*000004471*0*P*:~GS*HC*LAKESHOREENT*HEARTLANDHP*20261109*1530*4471*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*LSE4471*20261109*1530*CH~"
    "NM1*85*2*LAKESHORE ENT AND AUDIOLOGY*****XX*1586100442~"
    "NM1*IL*1*OYELARAN*BABAJIDE****MI*HHP551920374~DMG*D8*19560412*M~"
    "CLM*LSE20261102A*4850***11:B:1*Y*A*Y*Y~HI*ABK:H90.3~"
    "SV1*HC:V5261*4850*UN*2***1~DTP*472*D8*20261102~SE*11*0001~GE*1*4471~IEA*1*000004471~\n"
)

_HL7_TEST = (
    "MSH|^~\\&|LSEAUD|LAKESHORE|EHR|LAKESHORE|202611091000||ORU^R01|TEST0001|T|2.5.1\r"
    "PID|1||TEST99001^^^LSE^MR||TESTPATIENT^ZZAUDIOLOGY^^^^^L||19000101|U\r"
    "OBX|1|NM|AUD-PTA-R^Pure tone average right||25|dB||||||F\r"
    "NTE|1||INTERFACE VALIDATION ONLY - SYNTHETIC TEST PATIENT - NOT A REAL PERSON\r"
)

PHI = [
    Spec(
        phi=True,
        category="first name with transfer and audiogram PDF",
        notes="Hard positive: 'Mei's transfer' in the body, her audiogram PDF names her",
        frm=f"Erik Brandvold AuD <ebrandvold@{LSE}>",
        to=f"evanston-audiology@{LSE}",
        subject="mei's transfer",
        body=(
            "Sending over Mei's stuff for her transfer to your office - audiogram and tymps\n"
            "from Tuesday attached. She's due for the hearing aid fitting in 2 wks.\n\nErik\n"
        ),
        atts=(
            Att(
                "audiogram_MZhou_1103.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKESHORE ENT & AUDIOLOGY - Audiogram",
                        "Patient: Mei Zhou   DOB 04/22/1961   MRN LSE-2201873",
                        "Right PTA 48 dB HL, left PTA 52 dB HL; sloping moderate SNHL",
                        "Word recognition 80% R, 76% L. Tympanometry type A bilaterally.",
                        "Recommend binaural amplification.",
                    ],
                    "Audiogram",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lower-case child name after ear tubes",
        notes="Hard positive: child's name in lower case beside ear tubes and a post-op check",
        frm=f"Becca Nowak <bnowak@{LSE}>",
        to=f"Dr. Amara Osei <aosei@{LSE}>",
        subject="sami",
        body=(
            "for sami bakr after his tubes mon - mom asking if he can swim at his bday party\n"
            "saturday w/ earplugs. post op check is 11/23. ok to tell her yes?\n"
        ),
    ),
    Spec(
        phi=True,
        category="hearing aid repair with serial number and patient",
        notes="Device serial plus patient name and hearing loss to the manufacturer's repair lab",
        frm=f"Audiology Front Desk <audfront@{LSE}>",
        to="repairs@sonovantahearing.com",
        subject="Repair RMA - receiver failure",
        body=(
            "RMA request:\n"
            "Patient: Cornelius Abara\n"
            "Device: Sonovanta Lumio 90 RIC, right, SN 2317-88421\n"
            "Issue: intermittent output, receiver replaced 8/2026. Patient has severe loss on\n"
            "the right; please expedite and send a loaner.\n"
        ),
    ),
    Spec(
        phi=True,
        category="relative's gmail told father's hearing aids ready",
        notes="Hard positive: father identified through the daughter, hearing aid pickup",
        frm=f"Audiology Front Desk <audfront@{LSE}>",
        to="rosa.delgado.home@gmail.com",
        subject="pickup",
        body=(
            "Hi Rosa,\n\nYour dad's new hearing aids are in. He can come Thursday at 3 for the\n"
            "fitting with Erik - it takes about an hour, and bring his old ones so we can\n"
            "transfer the program. His insurance covered all but $400.\n\nLakeshore Audiology\n"
        ),
    ),
    Spec(
        phi=True,
        category="hearing aid claims workbook with member ids",
        notes="Two sheets of hearing aid claims with member ids and HCPCS",
        frm=f"Billing <billing@{LSE}>",
        to="provider-relations@heartlandhealthplan.com",
        subject="Hearing aid benefit claims - reprocessing request",
        body="Attached is the list of hearing aid claims we are asking you to reprocess.\n",
        atts=(
            Att(
                "lse_hearing_aid_claims.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Claims": [
                            ["Member", "Member ID", "DOB", "DOS", "HCPCS", "Billed"],
                            [
                                "Oyelaran, Babajide",
                                "HHP551920374",
                                "1956-04-12",
                                "2026-11-02",
                                "V5261",
                                4850,
                            ],
                            [
                                "Kowal, Teresa",
                                "HHP330817265",
                                "1949-10-30",
                                "2026-10-21",
                                "V5257",
                                2900,
                            ],
                        ],
                        "Notes": [
                            ["Member ID", "Note"],
                            [
                                "HHP330817265",
                                "Denied as not medically necessary; audiogram shows moderate SNHL",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="sleep study referrals with initials and DOB",
        notes="Hard positive: initials plus DOB and snoring/OSA referrals in a CSV",
        frm=f"Referral Coordinator <referrals@{LSE}>",
        to="intake@northshoresleep.com",
        subject="PSG referrals this week",
        body="4 referrals for in-lab PSG. Orders to follow by fax.\n",
        atts=(
            Att(
                "psg_referrals.csv",
                "text/csv",
                "initials,dob,indication,bmi,epworth\n"
                "D.K.,1975-08-03,loud snoring witnessed apneas,34.1,14\n"
                "M.A.,1988-01-19,pre-op UPPP eval,29.7,11\n"
                "R.S.,1969-05-27,failed HSAT,38.2,17\n"
                "P.T.,1991-11-11,tonsillar hypertrophy,26.0,9\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 scheduling message for tympanoplasty",
        notes="HL7 SIU with patient name, DOB, phone and procedure",
        frm=f"Interfaces <hl7@{LSE}>",
        to="hl7-inbound@lakeshoresurgerycenter.com",
        subject="SIU S12 batch",
        body="Automated scheduling feed.\n",
        atts=(
            Att(
                "siu_20261110.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|LSEPM|LAKESHORE|ASC|LSC|202611100800||SIU^S12|LS3310|P|2.5.1\r"
                "SCH|1|||||||TYMPANOPLASTY LEFT|||^^90^20261119080000\r"
                "PID|1||LSE2204491^^^LSE^MR||ACHTERBERG^WILLEM^^^^^L||19800517|M|||"
                "||(847)555-0133\r"
                "DG1|1||H66.22^Chronic atticoantral suppurative otitis media, left^I10\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR patient and sinusitis condition",
        notes="FHIR bundle with patient, MRN, phone and chronic sinusitis",
        frm=f"Interfaces <fhir@{LSE}>",
        to="integrations@sinuscarerx.com",
        subject="Patient enrollment bundle",
        body="Enrollment bundle for the saline irrigation program attached.\n",
        atts=(Att("enroll_lse-77102.json", "application/fhir+json", _FHIR_PATIENT),),
    ),
    Spec(
        phi=True,
        category="PHI in subject only: child's tonsillectomy bleed",
        notes="Hard positive: name, age and post-tonsillectomy bleed only in the subject",
        frm=f"Answering Service <answering@{LSE}>",
        to=f"Dr. Amara Osei <aosei@{LSE}>",
        subject="Kowalski, Ava 7yo - post T&A bleed?",
        body="Mom called 9:40 pm, please call back. Number in the call log.\n",
    ),
    Spec(
        phi=True,
        category="HTML table OR schedule",
        notes="HTML table of tomorrow's cases with names and procedures",
        frm=f"OR Scheduler <orsched@{LSE}>",
        to="preop@lakeshoresurgerycenter.com",
        subject="Tomorrow's ENT cases",
        body="Case list for tomorrow below.\n",
        html=(
            "<html><body><table border='1'><tr><th>Time</th><th>Patient</th><th>DOB</th>"
            "<th>Procedure</th><th>Surgeon</th></tr>"
            "<tr><td>07:30</td><td>Haruka Sato</td><td>03/09/1978</td><td>FESS + septoplasty"
            "</td><td>Lindqvist</td></tr>"
            "<tr><td>09:45</td><td>Deshawn Pruitt</td><td>12/30/1995</td><td>Tonsillectomy</td>"
            "<td>Lindqvist</td></tr>"
            "<tr><td>11:30</td><td>Eleni Papadakis</td><td>07/14/1966</td>"
            "<td>Thyroid lobectomy, right</td><td>Osei</td></tr></table></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="otoscopy photo named for patient",
        notes="Hard positive: body has no identifier; the PNG file name names the patient",
        frm=f"Dr. Lars Lindqvist <llindqvist@{LSE}>",
        to=f"Dr. Amara Osei <aosei@{LSE}>",
        subject="what do you think",
        body="cholesteatoma or just retraction pocket? seeing him again in 2 wks\n",
        atts=(Att("ear_canal_Hollings_Dwayne_L.png", "image/png", png(8, 8, (150, 110, 90))),),
    ),
    Spec(
        phi=True,
        category="forwarded cochlear implant evaluation",
        notes="Forwarded message from an implant center about a candidate's evaluation",
        frm=f"Erik Brandvold AuD <ebrandvold@{LSE}>",
        to=f"Dr. Lars Lindqvist <llindqvist@{LSE}>",
        subject="Fwd: CI candidacy - Mr. Halvorsen",
        body="FYI - he qualifies. Want to see him for the surgical consult?\n",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="CI Program <ciprogram@greatlakesimplant.org>",
            to=f"ebrandvold@{LSE}",
            subject="CI candidacy - Mr. Halvorsen",
            body=(
                "Erik, Arne Halvorsen (DOB 10/02/1947) completed candidacy testing today.\n"
                "AzBio in quiet 28% best aided, CNC 20%. He meets criteria for the left ear.\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="calendar invite for balloon sinuplasty",
        notes="Hard positive: patient surname and procedure only in the invite",
        frm=f"OR Scheduler <orsched@{LSE}>",
        to=f"Dr. Lars Lindqvist <llindqvist@{LSE}>",
        subject="Office procedure invite",
        body="Invite attached for the office procedure room.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lakeshore ENT//Sched//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:proc-20261118-1300@lakeshoreent.com\r\n"
            "DTSTAMP:20261109T160000Z\r\nDTSTART:20261118T190000Z\r\n"
            "DTEND:20261118T200000Z\r\nSUMMARY:Balloon sinuplasty - Gutierrez\\, Luis\r\n"
            "DESCRIPTION:Bilat frontal + maxillary. Valium 5 mg pre-procedure.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 hearing aid claim",
        notes="X12 837P with patient name, member id, DOB and hearing loss code",
        frm=f"Billing <billing@{LSE}>",
        to="edi@heartlandhealthplan.com",
        subject="837P batch 4471",
        body="Batch 4471 attached.\n",
        atts=(Att("lse_837p_4471.x12", "application/edi-x12", _X12),),
    ),
    Spec(
        phi=True,
        category="TXT triage note epistaxis on warfarin",
        notes="Hard positive: initial and surname in lower case with nosebleed, warfarin and phone",
        frm=f"Nurse Line <nurseline@{LSE}>",
        to=f"Dr. Lars Lindqvist <llindqvist@{LSE}>",
        subject="triage",
        body="triage note attached, she's waiting for a call\n",
        atts=(
            Att(
                "triage.txt",
                "text/plain",
                "pt j. moreau called 14:10 - nosebleed L side x2 hrs on and off, on warfarin for\n"
                "afib, last INR 3.4 per her. cb 630-555-0164. advised pressure + afrin, ED if\n"
                "not stopped in 20 min.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA operative summary to PCP",
        notes="C-CDA with patient name, DOB, sinus surgery and antibiotic",
        frm=f"Medical Records <records@{LSE}>",
        to="direct@northgatefamilymed.com",
        subject="Transition of care document",
        body="C-CDA attached for your records.\n",
        atts=(Att("ccda_LSE-2209134.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="lower-case surname with FNA result",
        notes="Hard positive: surname in lower case with a thyroid FNA result",
        frm=f"Dr. Amara Osei <aosei@{LSE}>",
        to=f"Becca Nowak <bnowak@{LSE}>",
        subject="brooks fna",
        body=(
            "fna on brooks = benign (bethesda II). no lobectomy, repeat US in 12 mo. can you\n"
            "call him today, he's anxious. thx\n"
        ),
    ),
    Spec(
        phi=True,
        category="zip of weekly audiology reports",
        notes="Zip of TXT audiology reports naming patients",
        frm=f"Erik Brandvold AuD <ebrandvold@{LSE}>",
        to="audiology@westlakeaudiologygroup.com",
        subject="reports for shared patients",
        body="Reports for the shared patients from this week.\n",
        atts=(
            Att(
                "audiology_reports_wk45.zip",
                "application/zip",
                zipped(
                    {
                        "Nakagawa_Ren.txt": "Ren Nakagawa DOB 1958-02-11: mild-moderate SNHL, "
                        "fit bilateral RIC 11/04.\n",
                        "Ferrante_Lucia.txt": "Lucia Ferrante DOB 1940-06-29: asymmetric loss "
                        "L>R, MRI IAC ordered to rule out vestibular schwannoma.\n",
                    }
                ),
            ),
        ),
    ),
]

CLEAN = [
    Spec(
        phi=False,
        category="hearing aid stock invoice with serial numbers",
        notes="Hard negative: device serial numbers of stock hearing aids, not tied to anyone",
        frm=f"Accounts Payable <ap@{LSE}>",
        to="ar@sonovantahearing.com",
        subject="Invoice 2026-5518 discrepancy",
        body=(
            "Invoice 2026-5518 lists 12 Lumio 90 RIC units but we received 10. Received serials:\n"
            "2317-88501 through 2317-88510. Please credit 2 units ($1,780) or ship the rest.\n"
        ),
    ),
    Spec(
        phi=False,
        category="grand rounds pediatric cholesteatoma",
        notes="Hard negative: clinician names with cholesteatoma and cochlear implant topics",
        frm=f"Dr. Lars Lindqvist <llindqvist@{LSE}>",
        to=f"providers@{LSE}",
        subject="Grand rounds 11/19",
        body=(
            "Amara Osei, MD: Pediatric cholesteatoma - canal wall up vs down in 2026\n"
            "Erik Brandvold, AuD: Single-sided deafness and the new CI indications\n"
            "7 am, Lakeshore boardroom. Coffee provided.\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate tonsillectomy bleed rate",
        notes="Hard negative: post-tonsillectomy bleed rate and counts, no individuals",
        frm=f"Quality <quality@{LSE}>",
        to=f"surgeons@{LSE}",
        subject="Q3 post-T&A hemorrhage rate",
        body=(
            "Q3: 190 tonsillectomies, 4 secondary hemorrhages (2.1%), 1 return to OR.\n"
            "Benchmark is <5%. Ibuprofen post-op did not change the rate vs Q2.\n"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic HL7 test message",
        notes="Hard negative: HL7 ORU for a clearly labelled synthetic test patient",
        frm=f"Interfaces <hl7@{LSE}>",
        to="interface-team@audiologyemr.com",
        subject="Test ORU for validation",
        body="Test message for interface validation attached. Processing ID T.\n",
        atts=(Att("test_oru.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="cerumen removal protocol DOCX",
        notes="Hard negative: clinical protocol full of conditions and drugs, no patient",
        frm=f"Clinical Ops <clinops@{LSE}>",
        to=f"mas@{LSE}",
        subject="Cerumen removal protocol v2",
        body="Updated protocol attached - note the new contraindications.\n",
        atts=(
            Att(
                "cerumen_protocol_v2.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Cerumen removal protocol v2",
                        "Do not irrigate with a history of tympanic membrane perforation, "
                        "ear surgery or tubes.",
                        "Use carbamide peroxide drops 3-5 days before irrigation when impacted.",
                        "Diabetic or immunocompromised patients: curette or suction only.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="audiologist job posting",
        notes="Hard negative: job posting with hearing loss, tinnitus and cochlear implant words",
        frm=f"HR <hr@{LSE}>",
        to="jobs@audiologyjobsboard.com",
        subject="Posting: Clinical Audiologist (AuD)",
        body=(
            "Lakeshore ENT & Audiology seeks an audiologist for diagnostic testing, VNG,\n"
            "ABR, tinnitus management and hearing aid fittings. CCC-A required. $88-104k.\n"
        ),
    ),
    Spec(
        phi=False,
        category="payroll calendar",
        notes="Payroll dates for staff",
        frm=f"Payroll <payroll@{LSE}>",
        to=f"all-staff@{LSE}",
        subject="December payroll calendar",
        body=(
            "Timesheets due Dec 11 and Dec 23 (early for the holiday). Pay dates Dec 18 and\n"
            "Dec 31. W-2s will be in the payroll portal by Jan 29.\n"
        ),
    ),
    Spec(
        phi=False,
        category="endoscope reprocessing invoice with SSN-shaped PO",
        notes="Hard negative: an SSN-shaped PO number on a scope reprocessing invoice",
        frm=f"Accounts Payable <ap@{LSE}>",
        to="billing@cleanscopeservices.com",
        subject="PO 527-31-8804 - nasopharyngoscope reprocessing",
        body=(
            "Approved for payment: PO 527-31-8804, reprocessing of 6 flexible\n"
            "nasopharyngoscopes (models ENF-V3, ENF-GP) and 2 leak-test failures sent for\n"
            "repair. Net 30.\n"
        ),
    ),
    Spec(
        phi=False,
        category="otic drop shortage substitution",
        notes="Hard negative: drug shortage with substitutions and dosing, no patient",
        frm=f"Clinical Ops <clinops@{LSE}>",
        to=f"providers@{LSE}",
        subject="Ciprodex shortage",
        body=(
            "Ciprofloxacin-dexamethasone otic is on national shortage. Suggested substitute:\n"
            "ofloxacin 0.3% otic 5 drops BID x 7 days (10 drops in adults). For tube otorrhea\n"
            "add dexamethasone only if granulation tissue.\n"
        ),
    ),
    Spec(
        phi=False,
        category="CME conference calendar invite",
        notes="Hard negative: calendar invite for a CME course, not a patient appointment",
        frm=f"Education <education@{LSE}>",
        to=f"providers@{LSE}",
        subject="Midwest Otolaryngology Update - save the date",
        body="Save the date for the spring CME course.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lakeshore ENT//Edu//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cme-20270306@lakeshoreent.com\r\n"
            "DTSTAMP:20261109T160000Z\r\nDTSTART:20270306T140000Z\r\n"
            "DTEND:20270306T230000Z\r\nSUMMARY:Midwest Otolaryngology Update (CME)\r\n"
            "DESCRIPTION:Topics: head and neck cancer\\, sleep apnea surgery\\, "
            "pediatric airway.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="community newsletter on noise-induced hearing loss",
        notes="Hard negative: general hearing-loss education to a community list",
        frm=f"Lakeshore ENT <news@{LSE}>",
        to="members@lakecountysportsmen.org",
        subject="Protect your hearing this hunting season",
        body=(
            "A single unprotected shotgun blast can cause permanent noise-induced hearing loss\n"
            "and tinnitus. Foam plugs plus muffs give about 40 dB of protection. Free hearing\n"
            "screenings at the club on December 5.\n"
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime procedure",
        notes="IT downtime notice",
        frm=f"IT <it@{LSE}>",
        to=f"all-staff@{LSE}",
        subject="EHR downtime Sunday 1-5 am",
        body=(
            "The EHR will be down Sunday 1-5 am for the upgrade. Use the paper downtime forms\n"
            "in the red binder; scan them in Monday.\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified sudden hearing loss extract",
        notes="Hard negative: research workbook with study ids, age bands and outcomes only",
        frm=f"Dr. Lars Lindqvist <llindqvist@{LSE}>",
        to="research@lakeviewuniversity.edu",
        subject="SSNHL steroid outcomes - deidentified",
        body="De-identified workbook attached per the DUA (no dates, ages banded).\n",
        atts=(
            Att(
                "ssnhl_deid.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Cohort": [
                            ["study_id", "age_band", "sex", "route", "pta_gain_db"],
                            ["S-001", "40-49", "F", "oral", 22],
                            ["S-002", "60-69", "M", "intratympanic", 15],
                            ["S-003", "30-39", "M", "oral+IT", 31],
                        ],
                        "Summary": [
                            ["route", "n", "mean_gain"],
                            ["oral", 41, 18.2],
                            ["intratympanic", 19, 14.7],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR practitioner directory",
        notes="Hard negative: FHIR bundle of clinicians with NPIs and specialties",
        frm=f"Interfaces <fhir@{LSE}>",
        to="directory@heartlandhealthplan.com",
        subject="Provider directory update",
        body="Practitioner resources for the directory update attached.\n",
        atts=(Att("lse_practitioners.json", "application/fhir+json", _FHIR_PRACTITIONERS),),
    ),
    Spec(
        phi=False,
        category="vendor rep at gmail lunch-and-learn",
        notes="Hard negative: vendor rep at a personal mailbox, hearing aid product words",
        frm=f"Becca Nowak <bnowak@{LSE}>",
        to="jmcallister.rep@gmail.com",
        subject="Re: lunch and learn",
        body=(
            "Hi Jordan, Wednesday the 18th at noon works for the Lumio rechargeable in-service.\n"
            "We'll have 9 audiology staff. No pork please.\n\nBecca\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff flu shot clinic",
        notes="Hard negative: staff immunization clinic, vaccine words, no individual",
        frm=f"Employee Health <employeehealth@{LSE}>",
        to=f"all-staff@{LSE}",
        subject="Staff flu shots Thursday",
        body=(
            "Quadrivalent flu vaccine for staff Thursday 11-2 in the break room. Bring your\n"
            "badge. Declination forms are due by Dec 1.\n"
        ),
    ),
    Spec(
        phi=False,
        category="sound booth calibration certificate PDF",
        notes="Hard negative: equipment serial numbers and calibration, no patients",
        frm=f"Erik Brandvold AuD <ebrandvold@{LSE}>",
        to="accreditation@ententaccredit.org",
        subject="Booth calibration certificates",
        body="Annual calibration certificate attached.\n",
        atts=(
            Att(
                "calibration_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKESHORE ENT & AUDIOLOGY - Calibration certificate",
                        "Audiometer AD629 SN 1182044 - ANSI S3.6 - pass",
                        "Tympanometer AT235 SN 1190327 - pass",
                        "Sound booth 2 ambient noise ANSI S3.1 - pass",
                    ],
                    "Calibration",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="executive financial summary",
        notes="Hard negative: aggregate surgical volumes and revenue",
        frm=f"CEO <ceo@{LSE}>",
        to=f"board@{LSE}",
        subject="October results",
        body=(
            "October: surgical volume +8% YoY (sinus +14%, thyroid flat), audiology revenue\n"
            "$412k (+11%), 61 hearing aid pairs sold. Days in AR 34.\n"
        ),
    ),
]

MESSAGES = PHI + CLEAN
assert sum(m.phi for m in MESSAGES) == 18 and len(MESSAGES) == 36
