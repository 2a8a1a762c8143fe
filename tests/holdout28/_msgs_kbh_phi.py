"""Keystone Behavioral Health Plan: outbound mail that carries PHI (20)."""

# ruff: noqa: E501  (message text and attachment payloads are kept as written)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import KBH, Att, Spec

SIG_UM = """
Renee Castellanos, LPC
Utilization Management Care Manager
Keystone Behavioral Health Plan | 1400 Market Street, Suite 600, Harrisburg PA 17101
P 717-555-0142 | F 717-555-0199

CONFIDENTIALITY NOTICE: This message may contain information protected by federal and state
privacy law. If you received it in error, notify the sender and delete it.
"""

SIG_CM = """
Thanks,
Obinna Eze, MSW
Care Manager, Complex Care Team
Keystone Behavioral Health Plan
717-555-0167
"""

X12_278 = (
    "ISA*00*          *00*          *ZZ*KEYSTONEBHP    *ZZ*LAKESIDECC     *261111*1422*^*00501*"
    "000004471*0*P*:~GS*HI*KEYSTONEBHP*LAKESIDECC*20261111*1422*4471*X*005010X217~"
    "ST*278*0001*005010X217~BHT*0007*11*AUTH4471829*20261111*1422~"
    "HL*1**20*1~NM1*X3*2*KEYSTONE BEHAVIORAL HEALTH PLAN*****PI*23-1849920~"
    "HL*2*1*21*1~NM1*1P*2*LAKESIDE COUNSELING CENTER*****XX*1633262294~"
    "HL*3*2*22*1~NM1*IL*1*ABERNATHY*COLLEEN*M***MI*KB40719358~DMG*D8*19910322*F~"
    "HL*4*3*EV*0~UM*HS*I*3*11:B~HCR*A1*KB26-0088417~DTP*472*RD8*20261112-20261209~"
    "HI*ABK:F332*ABF:F4310~SV2*0906*HC:S9480*UN*20~SE*14*0001~GE*1*4471~IEA*1*000004471~"
)

HL7_ADT = (
    "MSH|^~\\&|MERIDIAN_PSY|MERIDIANBH|KEYSTONE|KBHP|202611101645||ADT^A03|MBH88211|P|2.5.1\r"
    "EVN|A03|202611101640\r"
    "PID|1||MBH-0522718^^^MERIDIANBH^MR~KB58204417^^^KBHP^MB||HOLLOWAY^DESHAWN^T||19990614|M|||"
    "2217 N 5TH ST^^HARRISBURG^PA^17110||717-555-0388\r"
    "PV1|1|I|2W^214^A|||||1841962354^ADEYEMI^FOLA^^^MD||PSY||||||||||||||||||||||||||"
    "202611030211|202611101630\r"
    "DG1|1||F25.0^Schizoaffective disorder, bipolar type^I10|||A\r"
    "DG1|2||F12.20^Cannabis dependence, uncomplicated^I10|||S\r"
)

FHIR_COVERAGE = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "kb-61120934",
      "identifier": [{"system": "https://keystonebhp.org/member", "value": "KB61120934"}],
      "name": [{"family": "Szymanski", "given": ["Kateryna"]}],
      "birthDate": "1984-08-29", "gender": "female",
      "telecom": [{"system": "phone", "value": "717-555-0415"}],
      "address": [{"line": ["88 Chestnut Hill Rd"], "city": "Mechanicsburg", "state": "PA",
        "postalCode": "17055"}]}},
    {"resource": {"resourceType": "Coverage", "id": "cov-61120934", "status": "active",
      "subscriberId": "KB61120934",
      "beneficiary": {"reference": "Patient/kb-61120934"},
      "period": {"start": "2026-01-01"},
      "class": [{"type": {"text": "plan"}, "value": "HC-BH-ADULT", "name": "HealthChoices BH Adult"}]}},
    {"resource": {"resourceType": "Condition", "id": "cond-1",
      "subject": {"reference": "Patient/kb-61120934"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F43.10",
        "display": "Post-traumatic stress disorder, unspecified"}]}}}
  ]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary - Riverbend Crisis Residential</title>
  <recordTarget><patientRole>
    <id extension="KB73309126" root="2.16.840.1.113883.3.9921.1"/>
    <addr><streetAddressLine>41 Orchard Ave Apt 3</streetAddressLine><city>Carlisle</city>
      <state>PA</state><postalCode>17013</postalCode></addr>
    <patient><name><given>Yusuf</given><family>Haddad</family></name>
      <administrativeGenderCode code="M"/><birthTime value="20010207"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title>
      <text>Admitted 11/02/2026 after ED evaluation for suicidal ideation with plan. Stabilized on
      sertraline 100 mg daily and hydroxyzine 25 mg PRN anxiety. Safety plan completed with
      mother. Discharged 11/09/2026 to home.</text></section></component>
    <component><section><title>Follow-up</title>
      <text>Outpatient therapy at Lakeside Counseling 11/12/2026 10:00; psychiatry 11/16/2026.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

FUH_CSV = """member_id,initials,dob,discharge_date,facility,followup_7d,followup_30d,assigned_cm
KB40281175,T.B.,1978-02-11,2026-10-28,Meridian BH 2W,N,N,Eze
KB55820913,L.R.,2002-06-30,2026-10-30,Riverbend CRR,Y,Y,Park
KB71664028,A.N.,1965-12-04,2026-11-01,Holy Spirit 5E,N,pending,Eze
KB39915560,M.O.,1994-09-19,2026-11-02,Meridian BH 3E,N,pending,Rahimi
KB80432271,S.W.,1988-03-27,2026-11-03,Philhaven Adol,Y,pending,Park
KB62048839,J.D.,2009-07-15,2026-11-04,Philhaven Adol,N,pending,Rahimi
"""

ZIP_NOTES = {
    "case_KB48810372_notes.txt": (
        "Member: Ortega, Luis A.  ID KB48810372  DOB 03/14/1972\n"
        "10/21/2026 CM call: member reports 3 days without lithium, pharmacy said PA needed.\n"
        "10/22/2026 PA approved lithium carbonate ER 450 mg BID. Level ordered.\n"
        "10/29/2026 Li level 0.7. Member attending IOP at Lakeside 3x/wk.\n"
    ),
    "case_KB50277184_notes.txt": (
        "Member: Brennan, Siobhan  ID KB50277184  DOB 11/02/1990\n"
        "10/18/2026 Admitted Meridian BH for alcohol withdrawal, ASAM 3.7-WM.\n"
        "10/23/2026 Step-down to 3.5 residential at Gaudenzia; naltrexone started.\n"
    ),
}

MESSAGES = [
    Spec(
        phi=True,
        category="auth approval to provider",
        notes="IOP authorization with member name, ID, dates and F33.1 diagnosis sent to provider",
        frm=f"Renee Castellanos <rcastellanos@{KBH}>",
        to="intake@lakesidecounseling.com",
        subject="Authorization approved - IOP - ref KB26-0091552",
        body=(
            "Good morning,\n\n"
            "Keystone BHP has approved the following request:\n\n"
            "Member: Priscilla Ayodele-Grant\nMember ID: KB33017482\nDOB: 05/17/1987\n"
            "Medicare MBI: 3HW7-KD2-RN48 (dual eligible; Medicare is secondary for this service)\n"
            "Rendering provider: Lakeside Counseling Center, NPI 1633262294\n"
            "Service: Mental health intensive outpatient (S9480), 3 days/week\n"
            "Dates: 11/10/2026 - 12/08/2026 (20 units)\n"
            "Diagnosis: F33.1 Major depressive disorder, recurrent, moderate\n\n"
            "Concurrent review is due by 12/04. Please submit the updated treatment plan and the "
            "PHQ-9 trend with the request.\n" + SIG_UM
        ),
    ),
    Spec(
        phi=True,
        category="subject-only PHI (appeal outcome)",
        notes="Hard positive: initial + surname and partial hospitalization denial only in the "
        "subject; the body says nothing",
        frm=f"Marcus Whitcomb <mwhitcomb@{KBH}>",
        to=f"appeals-team@{KBH}",
        subject="R. Oyelaran - PHP denial upheld at 2nd level, letter out today",
        body="Letter mailed and uploaded. Closing the case on my side.\n\nMarcus",
    ),
    Spec(
        phi=True,
        category="care manager to relative (personal mailbox)",
        notes="Hard positive: only a first name, a discharge and a follow-up appointment, written "
        "to the member's mother at gmail",
        frm=f"Obinna Eze <oeze@{KBH}>",
        to="denise.pruitt64@gmail.com",
        subject="Following up after Tuesday",
        body=(
            "Hi Denise,\n\n"
            "Thanks for taking my call yesterday. Just confirming what we talked about: Marcus is "
            "set to come home from Meridian on Tuesday, and his first visit with Dr. Adeyemi is "
            "Thursday 11/19 at 2:00. If the pharmacy gives you any trouble with the new "
            "prescription, call me directly and I will sort out the prior auth.\n\n"
            "It's okay to call me with questions any time, that's what I'm here for." + SIG_CM
        ),
    ),
    Spec(
        phi=True,
        category="XLSX outreach roster to vendor",
        notes="Multi-sheet workbook of high-utilizer members with IDs, names, ED visits and "
        "diagnoses sent to the outreach vendor",
        frm=f"Hana Rahimi <hrahimi@{KBH}>",
        to="ops@carebridgeanalytics.com",
        cc=f"oeze@{KBH}",
        subject="November outreach cohort (file attached)",
        body=(
            "Hi team,\n\nAttached is the November cohort for the telephonic outreach pilot. Sheet 1 "
            "is the call list, sheet 2 has the pharmacy fills you asked for. Please load by "
            "Wednesday and send the first disposition file Friday.\n\nHana Rahimi\n"
            "Population Health Analyst, Keystone BHP"
        ),
        atts=(
            Att(
                "KBHP_outreach_cohort_2026-11.xlsx",
                XLSX,
                xlsx(
                    {
                        "Call list": [
                            ["Member ID", "Last", "First", "Phone", "ED visits 6mo", "Primary dx"],
                            ["KB20957731", "Kowalczyk", "Dorota", "717-555-0921", 7, "F31.81"],
                            ["KB64410258", "Fairweather", "Jamal", "717-555-0376", 5, "F11.20"],
                            ["KB39086614", "Luong", "Thi Hoa", "717-555-0830", 4, "F20.9"],
                            ["KB51773902", "McCready", "Shawn", "717-555-0217", 9, "F10.20"],
                        ],
                        "Pharmacy": [
                            ["Member ID", "Drug", "Last fill", "Days supply"],
                            ["KB20957731", "lamotrigine 200 mg", "2026-10-02", 30],
                            ["KB64410258", "buprenorphine/naloxone 8-2 mg", "2026-10-27", 7],
                            ["KB39086614", "paliperidone palmitate 156 mg", "2026-10-14", 28],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CSV gap list (IDs and initials only)",
        notes="Hard positive: CSV of member IDs, initials, DOBs and psychiatric discharge dates; "
        "body only talks about the FUH measure",
        frm=f"Jin-woo Park <jpark@{KBH}>",
        to=f"complexcare@{KBH}",
        subject="FUH 7-day gaps, week of 11/2",
        body=(
            "Team - this week's follow-up-after-hospitalization gap file. Anyone marked N at 7 days "
            "needs a call today please; pending ones are still inside the window.\n\nJ."
        ),
        atts=(Att("fuh_gaps_wk45.csv", "text/csv", FUH_CSV),),
    ),
    Spec(
        phi=True,
        category="HL7 ADT discharge forwarded to provider",
        notes="HL7 A03 discharge with name, DOB, address, member ID and diagnoses sent on to the "
        "outpatient provider",
        frm=f"Obinna Eze <oeze@{KBH}>",
        to="referrals@susquehannacommunitymh.org",
        subject="Discharge feed for your new referral",
        body=(
            "Hello,\n\nAs discussed, attached is the discharge message we received from Meridian "
            "so your intake team has the demographics. Please let me know once the first "
            "appointment is on the books." + SIG_CM
        ),
        atts=(Att("ADT_A03_MBH88211.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="FHIR eligibility bundle to provider",
        notes="FHIR Patient/Coverage/Condition bundle for one member sent to a provider's EHR team",
        frm=f"Interop Team <interop@{KBH}>",
        to="ehr-support@capitalareatrauma.org",
        subject="Coverage bundle for your eligibility query (ticket 22871)",
        body=(
            "Attached is the JSON bundle returned for the eligibility query you raised in ticket "
            "22871. Please confirm your system ingests the Condition resource now.\n\n"
            "Keystone BHP Interoperability"
        ),
        atts=(Att("coverage_bundle_22871.json", "application/fhir+json", FHIR_COVERAGE),),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care",
        notes="C-CDA discharge summary of a member after suicidal ideation sent to the new "
        "outpatient provider",
        frm=f"Transitions Team <transitions@{KBH}>",
        to="records@lakesidecounseling.com",
        subject="Transition of care document",
        body=(
            "Please find the discharge summary attached for the member starting with you on "
            "11/12. Call 717-555-0150 with any questions.\n\nTransitions of Care, Keystone BHP"
        ),
        atts=(Att("discharge_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="X12 278 authorization response",
        notes="Hard positive: PHI only inside an X12 278 (member name, DOB, member ID, SUD and "
        "depression codes)",
        frm=f"EDI Operations <edi@{KBH}>",
        to="billing@lakesidecounseling.com",
        subject="278 response file - batch 4471",
        body="Resending batch 4471 as requested; the SFTP drop failed overnight.\n\nEDI Ops",
        atts=(Att("KBHP_278_4471.x12", "application/edi-x12", X12_278),),
    ),
    Spec(
        phi=True,
        category="ICS care conference invite",
        notes="Hard positive: calendar invite naming a member by initials with member ID, "
        "diagnosis and the inpatient unit",
        frm=f"Obinna Eze <oeze@{KBH}>",
        to="jsantiago@meridianbh.org",
        cc=f"hrahimi@{KBH}",
        subject="Invitation: Care conference",
        body="Care conference, see invite details.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone BHP//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:kbhp-cc-20261113-01@keystonebhp.org\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261113T190000Z\r\nDTEND:20261113T194500Z\r\n"
            "SUMMARY:Care conference - J.T. (KB77302158)\r\n"
            "DESCRIPTION:Discharge planning for J.T.\\, 2 West rm 209. Clozapine restart\\, "
            "needs weekly ANC set up before discharge. Mom to join by phone.\r\n"
            "LOCATION:Teams\r\nORGANIZER:mailto:oeze@keystonebhp.org\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded provider thread (PHI in rfc822)",
        notes="Hard positive: the outer note is one line; the forwarded provider email describes "
        "a named member's overdose and readmission",
        frm=f"Hana Rahimi <hrahimi@{KBH}>",
        to=f"dr.okonkwo@{KBH}",
        subject="Fw: urgent - need peer-to-peer",
        body="Chidi, can you take this one today? Forwarding the provider's note.\n\nHana",
        forward=Spec(
            phi=True,
            category="forwarded",
            notes="inner",
            frm="Dana Kessler <dkessler@gaudenziahouse.org>",
            to=f"um@{KBH}",
            subject="urgent - need peer-to-peer",
            body=(
                "Hi,\n\nWe need a peer-to-peer today for Travis Gunderson (KB58810064, DOB "
                "4/9/1996). He left residential AMA on 11/3, overdosed on fentanyl 11/6 and was "
                "revived with naloxone x3. He is back asking for readmission to 3.5 and your "
                "reviewer said the criteria aren't met because of the AMA. We strongly disagree.\n\n"
                "Dana Kessler, LCSW\nClinical Director, Gaudenzia House\n717-555-0602"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only claims table to provider billing",
        notes="HTML table of pended claims with member names, IDs, dates of service and CPT codes",
        frm=f"Provider Services <provider.services@{KBH}>",
        to="ar@harrisburgpsychassoc.com",
        subject="Pended claims - action needed",
        body="",
        html=(
            "<html><body><p>Hello,</p><p>The claims below are pended for missing rendering NPI. "
            "Please resubmit corrected claims within 30 days.</p>"
            "<table border='1' cellpadding='4'><tr><th>Claim</th><th>Member</th><th>Member ID</th>"
            "<th>DOS</th><th>CPT</th><th>Billed</th></tr>"
            "<tr><td>2026310448812</td><td>Greenleaf, Aurora</td><td>KB29940017</td>"
            "<td>10/14/2026</td><td>90837</td><td>$165.00</td></tr>"
            "<tr><td>2026310448813</td><td>Baptiste, Wesner</td><td>KB60355218</td>"
            "<td>10/15/2026</td><td>90792</td><td>$240.00</td></tr>"
            "<tr><td>2026310448820</td><td>Nakamura, Kenji</td><td>KB18226430</td>"
            "<td>10/21/2026</td><td>90834</td><td>$120.00</td></tr></table>"
            "<p>Billing provider on file: Harrisburg Psychiatric Associates, NPI 1330631163.</p>"
            "<p>Provider Services<br>Keystone Behavioral Health Plan<br>1-800-555-0177</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="PDF pharmacy lock-in letter",
        notes="Hard positive: PHI only in the PDF (member name, address, buprenorphine lock-in); "
        "the body is generic",
        frm=f"Pharmacy Program <rxprogram@{KBH}>",
        to="pharmacist@cumberlandvalleyrx.com",
        subject="Recipient restriction program notice",
        body=(
            "Please see the attached notice. Your pharmacy has been selected as the lock-in "
            "pharmacy effective 12/01/2026.\n\nKeystone BHP Pharmacy Program"
        ),
        atts=(
            Att(
                "RRP_notice_1126.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE BEHAVIORAL HEALTH PLAN - Recipient Restriction Program",
                        "Member: Gerald T. Whitlock    Member ID: KB45508827",
                        "Address: 1907 Derry St, Harrisburg PA 17104",
                        "Restricted to: Cumberland Valley Pharmacy for all controlled substances",
                        "Prescriber of record: buprenorphine 8 mg SL films, 2 films daily",
                        "Reason: 4 prescribers and 5 pharmacies for opioids in 90 days",
                        "Effective 12/01/2026 through 11/30/2027",
                    ],
                    "Recipient Restriction Notice",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PHI only in attachment file name",
        notes="Hard positive: the attachment's file name names a member and SUD treatment consent; "
        "body and form text carry no identifier",
        frm=f"Renee Castellanos <rcastellanos@{KBH}>",
        to="records@gaudenziahouse.org",
        subject="Signed consent on file",
        body=(
            "Hi Dana,\n\nThe signed consent came in from the member this morning, attached so "
            "you can release the records to us. Thanks!\n" + SIG_UM
        ),
        atts=(
            Att(
                "Begay_Leonard_Part2_consent_SUD_treatment_signed.docx",
                DOCX,
                docx(
                    [
                        "Consent for the Release of Substance Use Disorder Records (42 CFR Part 2)",
                        "I authorize the program named below to disclose my records to Keystone "
                        "Behavioral Health Plan for care coordination and payment.",
                        "Signed copy received 11/10/2026.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="grievance resolution to parent (personal mailbox)",
        notes="Grievance resolution about a child's ABA services sent to the parent's yahoo "
        "address",
        frm=f"Member Services <member.services@{KBH}>",
        to="lmoralesfamily@yahoo.com",
        subject="Your grievance GR-26-1184 has been resolved",
        body=(
            "Dear Ms. Morales,\n\n"
            "We have completed our review of the grievance you filed on 10/20/2026 about the "
            "delay in starting applied behavior analysis (ABA) services for your son, Mateo "
            "Morales (member ID KB81627045). Bright Steps Autism Services has confirmed a start "
            "date of 11/23/2026 for 15 hours per week, as authorized.\n\n"
            "If you disagree with this decision you may request a second-level review within 30 "
            "days by calling 1-800-555-0177.\n\nSincerely,\nMember Services\n"
            "Keystone Behavioral Health Plan"
        ),
    ),
    Spec(
        phi=True,
        category="internal terse note (Mrs. K, room, med change)",
        notes="Hard positive: 'Mrs. K' with facility, room number and clozapine titration, "
        "internal colleague note",
        frm=f"Obinna Eze <oeze@{KBH}>",
        to=f"jpark@{KBH}",
        subject="quick update",
        body=(
            "Mrs. K at Crestview, rm 114B - they bumped the clozapine to 200 mg last night and "
            "the ANC is tomorrow AM. Daughter wants a call back after 5. Can you cover if I'm "
            "still in the field?\n\nO"
        ),
    ),
    Spec(
        phi=True,
        category="peer review request (member ID + detox)",
        notes="Hard positive: only a member ID with withdrawal-management admission and "
        "length-of-stay question",
        frm=f"UM Intake <um@{KBH}>",
        to=f"dr.okonkwo@{KBH}",
        subject="PR needed today",
        body=(
            "Dr. O - provider requesting 3 more days for member KB90214436, admitted 11/14 at "
            "ASAM 3.7-WM. COWS was 14 on day 3. Reviewer leaning to step down. Provider available "
            "until 4 at 717-555-0644.\n\nUM Intake"
        ),
    ),
    Spec(
        phi=True,
        category="reply to member with quoted thread (Part 2)",
        notes="Reply to a member at outlook.com about rides to her methadone clinic, quoting her "
        "message",
        frm=f"Member Services <member.services@{KBH}>",
        to="angelique.duval@outlook.com",
        subject="RE: rides to my clinic",
        body=(
            "Hi Angelique,\n\n"
            "Yes, Medical Assistance Transportation covers daily trips to your methadone clinic. "
            "I submitted the standing order for pickups at 6:15 AM, Monday-Saturday, starting "
            "11/16. Call MATP at 1-800-555-0136 the day before if anything changes.\n\n"
            "Member Services\nKeystone Behavioral Health Plan\n\n"
            "-----Original Message-----\nFrom: Angelique Duval <angelique.duval@outlook.com>\n"
            "Sent: Monday, November 9, 2026 8:02 PM\nSubject: rides to my clinic\n\n"
            "> hi my member number is KB67102359, I go to New Horizons for my dose every morning "
            "and my car got repo'd. is there a way to get a ride? thanks"
        ),
    ),
    Spec(
        phi=True,
        category="treatment auth ending notice to member",
        notes="Member at gmail told her therapy authorization is ending, with name and member ID",
        frm=f"Renee Castellanos <rcastellanos@{KBH}>",
        to="kbrightwater22@gmail.com",
        subject="Your therapy authorization",
        body=(
            "Dear Kiona Brightwater,\n\n"
            "This is a courtesy note that the authorization for your trauma-focused therapy "
            "(member ID KB36640281) ends on 12/15/2026. Your therapist at Capital Area Trauma "
            "Center has been asked to send an updated plan so there is no gap in your care.\n\n"
            "Sincerely," + SIG_UM
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of case notes to state oversight",
        notes="ZIP of TXT case notes (names, IDs, DOBs, lithium, alcohol withdrawal) sent for a "
        "state record audit",
        frm=f"Compliance <compliance@{KBH}>",
        to="records.audit@pahealthoversight.org",
        subject="Record sample for the Q3 audit - KBHP",
        body=(
            "Attached are the two case files selected in your sample letter dated 11/2. The "
            "remaining files will follow by secure portal.\n\nLatisha Monroe\nCompliance Officer\n"
            "Keystone Behavioral Health Plan"
        ),
        atts=(Att("KBHP_Q3_audit_sample.zip", "application/zip", zipped(ZIP_NOTES)),),
    ),
]
