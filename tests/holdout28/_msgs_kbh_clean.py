"""Keystone Behavioral Health Plan: ordinary outbound mail without PHI (20)."""

# ruff: noqa: E501  (message text and attachment payloads are kept as written)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import KBH, Att, Spec

FOOTER = (
    "\n--\nKeystone Behavioral Health Plan | 1400 Market Street, Suite 600, Harrisburg PA 17101\n"
    "This email and any attachments are confidential and intended only for the addressee.\n"
)

TEST_FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "meta": {"tag": [{"code": "TEST", "display": "Synthetic test data - not a real person"}]},
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "test-0001",
      "identifier": [{"system": "https://keystonebhp.org/member", "value": "KBTEST0001"}],
      "name": [{"family": "ZZTESTPATIENT", "given": ["ALPHA"]}],
      "birthDate": "1950-01-01", "gender": "unknown"}},
    {"resource": {"resourceType": "Coverage", "id": "test-cov-0001", "status": "active",
      "subscriberId": "KBTEST0001",
      "beneficiary": {"reference": "Patient/test-0001"}}}
  ]
}
"""

TEST_HL7 = (
    "MSH|^~\\&|KBHP_TEST|KBHP|VENDOR_QA|QA|202611120900||ADT^A04|TST000117|T|2.5.1\r"
    "EVN|A04|202611120900\r"
    "PID|1||TST-0117^^^KBHP^MR||ZZTEST^MONDAY^QA||19000101|U|||1 TEST WAY^^TESTVILLE^PA^17000\r"
    "PV1|1|O|TESTCLINIC|||||||||||||||||||||||||||||||||||||||||202611120900\r"
)

X12_999 = (
    "ISA*00*          *00*          *ZZ*KEYSTONEBHP    *ZZ*HBGPSYCH       *261112*0815*^*00501*"
    "000008812*0*P*:~GS*FA*KEYSTONEBHP*HBGPSYCH*20261112*0815*8812*X*005010X231A1~"
    "ST*999*0001*005010X231A1~AK1*HC*30417*005010X222A1~AK2*837*0001*005010X222A1~"
    "IK3*NM1*14*2010AA*8~IK4*9*1037*7~IK5*R*5~AK9*R*1*1*0~SE*8*0001~GE*1*8812~IEA*1*000008812~"
)

DEID_CSV = (
    "study_id,age_band,sex,zip3,index_year,dx_group,moud_type,days_retained\n"
    "S00017,25-34,F,171,2025,OUD,buprenorphine,212\n"
    "S00018,35-44,M,170,2025,OUD,methadone,365\n"
    "S00019,18-24,M,173,2025,OUD,none,14\n"
    "S00020,45-54,F,172,2025,OUD,naltrexone-XR,96\n"
)

MESSAGES = [
    Spec(
        phi=False,
        category="provider network roster (clinician NPIs)",
        notes="Hard negative: multi-sheet roster of clinicians with NPIs, specialties such as "
        "addiction psychiatry and eating disorders; no members",
        frm=f"Network Management <network@{KBH}>",
        to="credentialing@susquehannacommunitymh.org",
        subject="Roster reconciliation - please confirm by 11/20",
        body=(
            "Hello,\n\nAttached is the roster we have on file for your group. Please correct any "
            "clinician who has left, and add new hires on the second sheet. Directory accuracy "
            "attestations are due quarterly under our contract.\n\nNetwork Management" + FOOTER
        ),
        atts=(
            Att(
                "SCMH_roster_2026Q4.xlsx",
                XLSX,
                xlsx(
                    {
                        "On file": [
                            ["Clinician", "Credential", "NPI", "Specialty", "Accepting"],
                            ["Fola Adeyemi", "MD", "1841962354", "Addiction psychiatry", "Y"],
                            ["Rebecca Lindqvist", "PsyD", "1128923277", "Eating disorders", "N"],
                            ["Tomasz Wrobel", "LCSW", "1330631163", "Trauma / EMDR", "Y"],
                        ],
                        "New hires": [
                            ["Clinician", "Credential", "NPI", "Specialty", "Start"],
                            ["Amara Nwosu", "CRNP-PMH", "1522884935", "Child psychiatry", "2026-12-01"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality report PDF",
        notes="Hard negative: FUH and IET rates by county with counts only, to the state",
        frm=f"Quality Management <quality@{KBH}>",
        to="bh.measures@pahealthoversight.org",
        subject="KBHP Q3 2026 performance measures",
        body=(
            "Please find the Q3 performance measure submission attached. Denominators follow the "
            "MY2026 specifications. No member-level data is included; the member-level file is "
            "on the state SFTP.\n\nQuality Management, Keystone BHP"
        ),
        atts=(
            Att(
                "KBHP_Q3_2026_measures.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE BEHAVIORAL HEALTH PLAN - Q3 2026 Performance Measures",
                        "FUH 7-day: Dauphin 41.8% (212/507), Cumberland 46.2% (139/301)",
                        "FUH 30-day: Dauphin 63.1% (320/507), Cumberland 68.4% (206/301)",
                        "IET initiation: 44.9% (1,022/2,276); engagement: 17.3% (394/2,276)",
                        "Readmission within 30 days (psych inpatient): 12.6%",
                    ],
                    "Q3 2026 measures",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff announcement (clinician with specialty)",
        notes="Hard negative: new medical director, addiction psychiatrist, bio mentions opioid "
        "use disorder and schizophrenia research; no patients",
        frm=f"Office of the CEO <ceo.office@{KBH}>",
        to=f"allstaff@{KBH}",
        subject="Welcome Dr. Priya Natarajan, Chief Medical Officer",
        body=(
            "Team,\n\nPlease join me in welcoming Dr. Priya Natarajan as our Chief Medical Officer, "
            "starting December 1. Dr. Natarajan is board certified in psychiatry and addiction "
            "medicine and spent the last nine years leading the opioid use disorder bridge clinic "
            "at Lancaster General, where she also ran a first-episode schizophrenia program.\n\n"
            "She will oversee utilization management, the pharmacy program and our quality "
            "committee. Stop by the 6th floor to say hello next week.\n\nAdaeze Obi\n"
            "President & CEO" + FOOTER
        ),
    ),
    Spec(
        phi=False,
        category="HR open enrollment (employee benefits)",
        notes="Hard negative: staff benefits notice mentioning EAP counseling, therapy copays and "
        "FSA; no individual",
        frm=f"Human Resources <hr@{KBH}>",
        to=f"allstaff@{KBH}",
        subject="Open enrollment closes Friday 11/20",
        body=(
            "Reminder: benefits open enrollment closes Friday at 5 PM.\n\n"
            "- Medical: the PPO copay for outpatient therapy drops to $10 in 2027.\n"
            "- EAP: 8 free confidential counseling sessions per issue, per year.\n"
            "- FSA limit rises to $3,400.\n"
            "- You will need dependents' dates of birth and SSNs to add them; enter them in "
            "Workday, never by email.\n\nQuestions: hr@keystonebhp.org or ext. 2210.\n\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice with SSN-shaped PO number",
        notes="Hard negative: office furniture invoice whose PO number looks like an SSN",
        frm=f"Accounts Payable <ap@{KBH}>",
        to="billing@keystoneofficeinteriors.com",
        subject="Remittance: PO 512-44-8830",
        body=(
            "Hello,\n\nPayment for invoice INV-77120 (PO 512-44-8830, 14 task chairs and 2 "
            "standing desks for the 6th floor) was released by ACH today, amount $9,412.60.\n\n"
            "Please reference PO 512-44-8830 on all future correspondence.\n\n"
            "Accounts Payable\nKeystone Behavioral Health Plan"
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice to network",
        notes="Hard negative: network-wide stimulant and buprenorphine shortage notice with "
        "drug names and doses, no patients",
        frm=f"Pharmacy Program <rxprogram@{KBH}>",
        to=f"network-prescribers@{KBH}",
        subject="Shortage update: lisdexamfetamine 30 mg, buprenorphine 8 mg tablets",
        body=(
            "Prescribers,\n\nWholesalers report backorders on lisdexamfetamine 30 mg capsules and "
            "buprenorphine 8 mg SL tablets through January. To avoid interruptions:\n\n"
            "1. Prior authorization is waived for therapeutic substitution to 20 mg + 10 mg.\n"
            "2. Buprenorphine/naloxone films are on the preferred list; no PA required.\n"
            "3. Early refills for travel or shortage may be approved by calling 1-800-555-0181.\n\n"
            "Keystone BHP Pharmacy Program"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient FHIR bundle",
        notes="Hard negative: FHIR bundle of a clearly labelled synthetic test member sent to the "
        "EHR vendor for interface testing",
        frm=f"Interop Team <interop@{KBH}>",
        to="qa@medvaultehr.com",
        subject="Test bundle for the Coverage interface (TEST DATA)",
        body=(
            "Hi QA,\n\nAttached is the synthetic test bundle for interface testing. This is test "
            "data only (ZZTESTPATIENT, member KBTEST0001); please do not load to production.\n\n"
            "Interop Team"
        ),
        atts=(Att("test_bundle_0001.json", "application/fhir+json", TEST_FHIR),),
    ),
    Spec(
        phi=False,
        category="X12 999 rejection acknowledgment",
        notes="Hard negative: an X12 999 acknowledgment with segment errors and no member data",
        frm=f"EDI Operations <edi@{KBH}>",
        to="billing@harrisburgpsychassoc.com",
        subject="999 reject for your 837 batch 30417",
        body=(
            "Your 837P batch 30417 was rejected at the envelope: the billing provider NM1 in loop "
            "2010AA is missing NM109. The 999 is attached. Correct and resend the full batch.\n\n"
            "EDI Operations"
        ),
        atts=(Att("999_30417.x12", "application/edi-x12", X12_999),),
    ),
    Spec(
        phi=False,
        category="HL7 test message (labelled test)",
        notes="Hard negative: HL7 ADT with processing ID T and a ZZTEST patient for interface QA",
        frm=f"Interop Team <interop@{KBH}>",
        to="interfaces@meridianbh.org",
        subject="Sample A04 for your ADT feed validation",
        body=(
            "Attached is the sample A04 from our test environment (processing ID T, patient "
            "ZZTEST^MONDAY). Please run it through your validator and send the ACK.\n\nThanks"
        ),
        atts=(Att("sample_A04_test.hl7", "application/hl7-v2", TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="grand rounds ICS invite",
        notes="Hard negative: invite for co-occurring disorders grand rounds with speaker and "
        "clinical topics",
        frm=f"Clinical Education <cme@{KBH}>",
        to=f"network-prescribers@{KBH}",
        subject="Invitation: Grand Rounds - Methamphetamine psychosis in primary care",
        body="You're invited to December grand rounds. 1.0 CME credit.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone BHP//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:kbhp-gr-20261203@keystonebhp.org\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261203T170000Z\r\nDTEND:20261203T180000Z\r\n"
            "SUMMARY:Grand Rounds: Methamphetamine-induced psychosis\r\n"
            "DESCRIPTION:Speaker Dr. Luis Ferreira\\, addiction psychiatry. Topics: differential "
            "diagnosis vs schizophrenia\\, antipsychotic choice\\, contingency management.\r\n"
            "LOCATION:Zoom\r\nORGANIZER:mailto:cme@keystonebhp.org\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="job posting to recruiters",
        notes="Care manager job posting sent to a recruiting partner",
        frm=f"Talent Acquisition <careers@{KBH}>",
        to="postings@midstatehealthjobs.com",
        subject="New posting: Care Manager II - Substance Use (req 26-118)",
        body=(
            "Please post the following:\n\nCare Manager II - Substance Use Disorder\n"
            "Location: Harrisburg, PA (hybrid)\nRequirements: LCSW/LPC or CADC with 3 years in "
            "SUD treatment; familiarity with ASAM criteria and MOUD.\n"
            "Salary: $62,000 - $74,000\nApply: keystonebhp.org/careers\n\nThanks,\nTalent Acquisition"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract (ZIP)",
        notes="Hard negative: zipped de-identified extract (study IDs, age bands, ZIP3, year) "
        "sent under a data use agreement",
        frm=f"Hana Rahimi <hrahimi@{KBH}>",
        to="moud.study@psu-healthresearch.org",
        subject="MOUD retention extract v3 (de-identified, DUA 2026-07)",
        body=(
            "Hi Dr. Marsh,\n\nAttached is v3 of the extract under DUA 2026-07. Safe Harbor "
            "de-identification: study IDs only, age bands, 3-digit ZIP, index year. The crosswalk "
            "stays with us.\n\nHana"
        ),
        atts=(
            Att(
                "moud_retention_v3.zip",
                "application/zip",
                zipped({"moud_retention_v3.csv": DEID_CSV, "README.txt": "Data dictionary v3.\n"}),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="UM policy document (DOCX)",
        notes="Hard negative: medical necessity criteria policy for ECT and TMS, no members",
        frm=f"Clinical Policy <policy@{KBH}>",
        to="medical.directors@susquehannacommunitymh.org",
        subject="Revised policy UM-114: ECT and TMS criteria",
        body=(
            "Attached is the revised UM-114 effective 1/1/2027. Changes are redlined in section "
            "4 (TMS for adolescents).\n\nClinical Policy Committee"
        ),
        atts=(
            Att(
                "UM-114_ECT_TMS_criteria_2027.docx",
                DOCX,
                docx(
                    [
                        "UM-114 Electroconvulsive Therapy and Transcranial Magnetic Stimulation",
                        "1. ECT is medically necessary for major depressive disorder with "
                        "psychotic features, catatonia, or failure of two adequate medication "
                        "trials.",
                        "4. TMS may be authorized for members aged 15-17 with treatment-resistant "
                        "depression after review by a child psychiatrist.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT MFA rollout",
        notes="IT notice about MFA enrollment",
        frm=f"IT Service Desk <servicedesk@{KBH}>",
        to=f"allstaff@{KBH}",
        subject="Action required: register your authenticator app by 11/24",
        body=(
            "All staff must register an authenticator app for VPN and the care management system "
            "by Tuesday 11/24. Instructions: https://intranet.keystonebhp.org/mfa\n\n"
            "SMS codes will stop working after that date. Call ext. 4357 if you need help.\n\n"
            "IT Service Desk"
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only provider newsletter",
        notes="Hard negative: HTML newsletter about 988, suicide prevention training and "
        "statewide statistics; no individual",
        frm=f"Provider Relations <provider.relations@{KBH}>",
        to="newsletter-list@keystonebhp-providers.org",
        subject="Provider Bulletin - November 2026",
        body="",
        html=(
            "<html><body><h2>Provider Bulletin, November 2026</h2>"
            "<h3>988 and mobile crisis</h3><p>Calls to 988 from our counties rose 22% this year; "
            "mobile crisis teams now respond within 60 minutes in all five counties.</p>"
            "<h3>Free training: CALM</h3><p>Counseling on Access to Lethal Means, Dec 9, "
            "virtual. Suicide deaths in Pennsylvania: 1,862 in 2025.</p>"
            "<h3>Billing reminder</h3><ul><li>Use modifier HQ for group therapy.</li>"
            "<li>Peer support H0038 is billed per 15 minutes.</li></ul>"
            "<p>Keystone Behavioral Health Plan Provider Relations</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="executive summary to board",
        notes="Hard negative: board summary with utilization rates, sentinel event counts and "
        "diagnoses as categories only",
        frm=f"Adaeze Obi <aobi@{KBH}>",
        to="board@keystonebhp.org",
        subject="Pre-read for 11/18 board meeting",
        body=(
            "Board members,\n\nHighlights for Wednesday:\n"
            "- Inpatient psychiatric days per 1,000 rose 8% (61.4 vs 56.9), driven by adolescents.\n"
            "- Three sentinel events were reviewed in Q3 (two overdose deaths after residential "
            "discharge, one suicide attempt); root cause analyses are complete.\n"
            "- MOUD initiation within 14 days of OUD diagnosis improved to 38%.\n"
            "- Medical loss ratio 88.2%.\n\nFull packet in Diligent.\n\nAdaeze"
        ),
    ),
    Spec(
        phi=False,
        category="credentialing with DEA and license numbers",
        notes="Hard negative: psychiatrist's credentialing file status with NPI, DEA and license "
        "number; clinician identifiers only",
        frm=f"Credentialing <credentialing@{KBH}>",
        to="mgr@harrisburgpsychassoc.com",
        subject="Credentialing complete - Dr. Ngozi Achebe",
        body=(
            "Hello,\n\nDr. Ngozi Achebe (psychiatry, NPI 1723044180, DEA FA8603309, PA license "
            "MD471822) was approved by the credentialing committee on 11/11/2026. She may see "
            "Keystone members from 12/01/2026. Recredentialing is due 11/2029.\n\nCredentialing"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded vendor downtime thread",
        notes="Forwarded vendor notice about claims system maintenance",
        frm=f"Provider Services <provider.services@{KBH}>",
        to="ar@harrisburgpsychassoc.com",
        subject="Fw: Scheduled maintenance - claims portal",
        body="FYI for your billing staff - portal down Saturday night.\n\nProvider Services",
        forward=Spec(
            phi=False,
            category="forwarded",
            notes="inner",
            frm="Notifications <noreply@claimspathsystems.com>",
            to=f"provider.services@{KBH}",
            subject="Scheduled maintenance - claims portal",
            body=(
                "The ClaimsPath provider portal will be unavailable Saturday 11/14 from 10 PM to "
                "Sunday 4 AM ET for database upgrades. EDI submissions queue and process after.\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="facilities notice",
        notes="Parking garage closure notice",
        frm=f"Facilities <facilities@{KBH}>",
        to=f"allstaff@{KBH}",
        subject="Garage level 2 closed Thursday",
        body=(
            "Level 2 of the Market Street garage is closed Thursday for resurfacing. Use level 4 "
            "or the Strawberry Square lot; validation works at both.\n\nFacilities"
        ),
    ),
    Spec(
        phi=False,
        category="provider directory CSV",
        notes="Hard negative: CSV of practice locations, phones and clinician specialties for "
        "the directory vendor",
        frm=f"Network Management <network@{KBH}>",
        to="data@findcaredirectory.com",
        subject="Directory refresh file 2026-11",
        body="Monthly directory refresh attached; 3 adds, 1 term.\n\nNetwork Management",
        atts=(
            Att(
                "kbhp_directory_2026-11.csv",
                "text/csv",
                "npi,clinician,specialty,practice,address,phone,accepting\n"
                "1128923277,Rebecca Lindqvist PsyD,Eating disorders,SCMH Camp Hill,"
                "3901 Market St Camp Hill PA 17011,717-555-0300,N\n"
                "1106752649,Marisol Quintero LCSW,Perinatal depression,Harrisburg Psych Assoc,"
                "2400 Linglestown Rd Harrisburg PA 17110,717-555-0410,Y\n"
                "1682324938,Daniel Oyelowo MD,Child and adolescent psychiatry,Lakeside Counseling,"
                "77 Lakeside Dr Lemoyne PA 17043,717-555-0520,Y\n",
            ),
        ),
    ),
]
