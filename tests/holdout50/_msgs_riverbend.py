"""Riverbend Community Health Center (FQHC: medical, dental, behavioral health) outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import RCH, Att, Spec

SIG = "\n\n--\nRiverbend Community Health Center\n410 Millrace Ave, Dayton OH 45402 | 937-555-0142\nA Federally Qualified Health Center"
CONF = "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the named recipient. If you received it in error, please notify the sender and delete it."

_HL7 = (
    "MSH|^~\\&|RCH_EHR|RIVERBEND|COUNTYIMM|OHSTATE|202603171402||VXU^V04^VXU_V04|RCH26031701|P|2.5.1\r"
    "PID|1||RCH-0448213^^^RCH^MR||OKAFOR^CHIDI^E||20190611|M|||1187 Wyandot St^^Dayton^OH^45410||^PRN^PH^^^937^5550163\r"
    "ORC|RE||IMM88231\r"
    "RXA|0|1|20260317|20260317|03^MMR^CVX|0.5|mL||00^New immunization record||||||Y7731KQ||MSD\r"
    "RXA|0|1|20260317|20260317|21^varicella^CVX|0.5|mL||00^New immunization record||||||V2204LM||MSD\r"
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Transition of Care Summary</title>
  <recordTarget><patientRole><id extension="RCH-0391777" root="2.16.840.1.113883.3.5050"/>
    <addr><streetAddressLine>22 Linden Ct Apt 3</streetAddressLine><city>Dayton</city><state>OH</state><postalCode>45403</postalCode></addr>
    <patient><name><given>Marisol</given><family>Vance</family></name><birthTime value="19770214"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>Major depressive disorder, recurrent, moderate (F33.1); Hypertension (I10)</text></section></component>
    <component><section><title>Medications</title><text>Sertraline 100 mg daily; Lisinopril 10 mg daily</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_X12_837 = (
    "ISA*00*          *00*          *ZZ*RIVERBENDCHC   *ZZ*OHMCDCLR       *260317*1015*^*00501*000005050*0*P*:~"
    "GS*HC*RIVERBENDCHC*OHMCDCLR*20260317*1015*5050*X*005010X224A2~"
    "ST*837*0001*005010X224A2~"
    "BHT*0019*00*RCHD0317*20260317*1015*CH~"
    "NM1*85*2*RIVERBEND COMMUNITY HEALTH CENTER*****XX*1827984158~"
    "NM1*IL*1*HOLLOWAY*DESHAWN****MI*OHM447120938~"
    "DMG*D8*20110902*M~"
    "CLM*RCHD55102*212***11:B:1*Y*A*Y*Y~"
    "SV3*AD:D1120*58****1~"
    "SV3*AD:D1206*41****1~"
    "SV3*AD:D2140*113****1~"
    "SE*10*0001~GE*1*5050~IEA*1*000005050~"
)

_X12_835 = (
    "ISA*00*          *00*          *ZZ*BUCKEYEMCO     *ZZ*RIVERBENDCHC   *260318*0600*^*00501*000007711*0*P*:~"
    "GS*HP*BUCKEYEMCO*RIVERBENDCHC*20260318*0600*7711*X*005010X221A1~"
    "ST*835*0001~"
    "BPR*I*1840.22*C*ACH*CCP*01*041000124*DA*5550117*1234500001**01*044000037*DA*77001*20260318~"
    "N1*PE*RIVERBEND COMMUNITY HEALTH CENTER*XX*1827984158~"
    "CLP*RCHM90311*1*310*212.4**MC*26077000311~"
    "NM1*QC*1*PRZYBYLSKI*ALINA****MI*BKM30077412~"
    "SVC*HC:99214*310*212.4**1~"
    "CAS*CO*45*97.6~"
    "SE*8*0001~GE*1*7711~IEA*1*000007711~"
)

_FHIR_BUNDLE = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "rch-0512004",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.5050", "value": "RCH-0512004"}],
      "name": [{"family": "Abernathy", "given": ["Lorraine"]}], "birthDate": "1958-07-30"}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/rch-0512004"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.65", "display": "Type 2 diabetes mellitus with hyperglycemia"}]}}},
    {"resource": {"resourceType": "Observation", "subject": {"reference": "Patient/rch-0512004"}, "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
      "valueQuantity": {"value": 10.4, "unit": "%"}, "effectiveDateTime": "2026-03-12"}}
  ]
}
"""

_UDS_XLSX = xlsx(
    {
        "Table 6A summary": [
            ["Diagnosis group", "ICD-10 range", "Visits 2025", "Patients 2025"],
            ["Hypertension", "I10-I16", 5120, 2204],
            ["Diabetes mellitus", "E08-E13", 4410, 1638],
            ["Depression and other mood disorders", "F30-F39", 3902, 1117],
            ["Substance use disorder", "F10-F19", 1266, 389],
            ["HIV", "B20", 311, 74],
        ],
        "Dental services": [
            ["Service", "CDT", "Visits", "Patients"],
            ["Comprehensive oral exam", "D0150", 2880, 2880],
            ["Sealants", "D1351", 1204, 655],
            ["Extractions", "D7140", 970, 712],
        ],
        "Notes": [
            ["Source", "UDS 2025 draft, all sites, counts only"],
            ["Cells under 11", "suppressed before circulation"],
        ],
    }
)

_NOSHOW_XLSX = xlsx(
    {
        "Dental no-shows wk11": [
            ["Patient", "MRN", "Cell", "Appt", "Procedure", "Note"],
            [
                "Tyrell Banks",
                "RCH-0290441",
                "937-555-0151",
                "2026-03-09 08:00",
                "D2391 x2",
                "2nd no-show",
            ],
            [
                "Yesenia Corral",
                "RCH-0377120",
                "937-555-0152",
                "2026-03-10 13:30",
                "D7210 surgical ext",
                "needs premed - prosthetic knee",
            ],
            [
                "Harold Nkemelu",
                "RCH-0160093",
                "937-555-0153",
                "2026-03-12 09:15",
                "D4341 SRP",
                "diabetic, A1c 9.1",
            ],
        ],
        "Call outcomes": [
            ["MRN", "Outcome"],
            ["RCH-0290441", "LVM"],
            ["RCH-0377120", "rescheduled 3/24"],
            ["RCH-0160093", "wrong number"],
        ],
    }
)

_BH_GROUP_DOCX = docx(
    [
        "Riverbend CHC Behavioral Health - Group Schedule, Spring 2026",
        "Seeking Safety (trauma and substance use) - Tuesdays 5:30-7:00 pm, Room B12",
        "DBT skills - Wednesdays 12:00-1:30 pm, telehealth link sent by the front desk",
        "Anxiety management for teens - Thursdays 4:00-5:00 pm, ages 13-17, parent consent needed",
        "Referrals: any Riverbend provider can place an internal BH referral in the EHR.",
    ]
)

MESSAGES = [
    Spec(
        phi=True,
        category="FQHC dental recall reminder to patient gmail",
        notes="Named patient's dental appointment and planned crown procedure sent to her gmail.",
        frm="Riverbend Dental <dental@riverbendchc.org>",
        to="keisha.monroe88@gmail.com",
        subject="Your dental appointment on Thursday",
        body=(
            "Hi Keisha,\n\nThis is a reminder that you are scheduled at Riverbend Dental on Thursday, March 19 at 10:30 am "
            "with Dr. Farahani to prep tooth #30 for your crown. Please arrive 15 minutes early and bring your Medicaid card.\n\n"
            "If you need to reschedule call 937-555-0144." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="FQHC sliding fee scale policy update to staff",
        notes="Sliding fee discount schedule by household size and income; no patient.",
        frm="Finance Office <finance@riverbendchc.org>",
        to=f"allstaff@{RCH}",
        subject="Updated sliding fee discount schedule effective April 1",
        body=(
            "Team,\n\nThe 2026 Federal Poverty Guidelines were published, so the sliding fee schedule changes on April 1.\n\n"
            "  Up to 100% FPL ..... nominal fee $20 medical / $30 dental\n"
            "  101-150% FPL ....... 75% discount\n"
            "  151-200% FPL ....... 50% discount\n"
            "  Over 200% FPL ...... full fee\n\n"
            "Front desk: please re-verify income at the next visit for anyone whose attestation is older than 12 months.\n\nThanks,\nRenata, Finance"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Behavioral health referral to outside psychiatrist with C-CDA",
        notes="Hard positive: body is generic, but the attached C-CDA names the patient with DOB, address and depression diagnosis.",
        frm="Behavioral Health Referrals <bhreferrals@riverbendchc.org>",
        to="intake@miamivalleypsychiatry.com",
        subject="Referral packet - see attached",
        body="Good morning,\n\nReferral packet attached per our phone call yesterday. Our LISW is available for a warm handoff.\n\nThank you,\nDana Whitfield, LISW-S"
        + SIG
        + CONF,
        atts=(Att("transition_of_care.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=False,
        category="Clinician bio for website with conditions treated",
        notes="Hard negative: new psychiatric nurse practitioner's bio listing conditions she treats; clinician name and specialty only.",
        frm="Communications <comms@riverbendchc.org>",
        to="web@daytonwebworks.com",
        subject="New provider bio for the Meet Our Team page",
        body=(
            "Hi Luis,\n\nPlease add this to the Behavioral Health page:\n\n"
            "Amara Osei, PMHNP-BC, joins Riverbend from Cincinnati, where she treated adults with bipolar disorder, "
            "schizophrenia, PTSD and opioid use disorder. She offers medication management and buprenorphine treatment "
            "and sees patients at our Millrace and East Fifth sites. NPI 1803949027.\n\nHeadshot to follow.\n\nThanks!"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Immunization registry submission HL7 VXU",
        notes="HL7 VXU with child's name, DOB, address and MMR/varicella doses sent to the county registry contact.",
        frm="Immunizations <immunizations@riverbendchc.org>",
        to="registry.support@montgomerycountyoh.gov",
        subject="Manual VXU resend - interface was down 3/17",
        body="Hello,\n\nOur interface engine was down Tuesday afternoon. Attached is the one VXU that did not go through; please load manually.\n\nMarcus Lee, IT Applications"
        + SIG,
        atts=(Att("vxu_20260317.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=False,
        category="UDS aggregate diagnosis table to board",
        notes="Hard negative: UDS workbook with diagnosis and dental counts for all sites; aggregate, small cells suppressed.",
        frm="Quality Improvement <qi@riverbendchc.org>",
        to="board@riverbendchc.org",
        subject="UDS 2025 draft tables for Thursday's board meeting",
        body="Board members,\n\nAttached are the draft UDS tables (Table 6A and dental services). All counts are aggregate and cells under 11 were suppressed. We will walk through them Thursday.\n\nGrace Tillman, QI Director"
        + SIG,
        atts=(Att("UDS_2025_draft_tables.xlsx", XLSX, _UDS_XLSX),),
    ),
    Spec(
        phi=True,
        category="Dental no-show list sent to outside call-center vendor",
        notes="Spreadsheet of named dental patients with MRNs, phone numbers, procedures and medical notes sent to a vendor.",
        frm="Dental Front Office <dental@riverbendchc.org>",
        to="campaigns@reachnowcalls.com",
        subject="no-show list wk 11",
        body="Here's this week's list. Same script as last time please. Two tabs.\n\n- Brianna",
        atts=(Att("noshow_wk11.xlsx", XLSX, _NOSHOW_XLSX),),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher training announcement with example field names",
        notes="Hard negative: HIPAA training e-mail listing field names like MRN, DOB and diagnosis as examples, with no data.",
        frm="Compliance <compliance@riverbendchc.org>",
        to=f"allstaff@{RCH}",
        subject="Annual HIPAA & 42 CFR Part 2 refresher - due March 31",
        body=(
            "All workforce members must finish the annual privacy refresher in the LMS by March 31.\n\n"
            "Reminder of what never goes in an unencrypted e-mail or a subject line: patient name together with MRN, "
            "DOB, diagnosis, medication, lab result, appointment details, or anything that shows someone is in our "
            "substance use program. Use [secure] in the subject to encrypt.\n\n"
            "Questions? Call the privacy line at 937-555-0149.\n\nTomas Reyes, Compliance Officer"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Terse reply to pharmacy about buprenorphine refill",
        notes="Hard positive: one-line reply giving patient initials and DOB with Suboxone refill authorization (Part 2 data).",
        frm="Dr. Paul Whitaker <pwhitaker@riverbendchc.org>",
        to="rx.dayton@fifthstpharmacy.com",
        subject="RE: refill request",
        body="OK to fill bup/nlx 8/2 #14 for J.R. dob 4/2/91, no early fills. DEA BW1699202.\n\nPW",
    ),
    Spec(
        phi=False,
        category="Vendor invoice dispute with SSN-shaped PO number",
        notes="Hard negative: dental supply invoice dispute; the 3-2-4 digit string is a purchase order number, no patient.",
        frm="Accounts Payable <ap@riverbendchc.org>",
        to="billing@tristatedentalsupply.com",
        subject="Invoice 88213 - wrong quantity",
        body=(
            "Hello,\n\nInvoice 88213 (our PO 417-22-8391) bills us for 40 boxes of nitrile gloves size M, but we received 24. "
            "Please send a corrected invoice and we will pay within terms.\n\nRegards,\nKelvin Ames, AP"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid dental claim resend X12 837D",
        notes="Hard positive: 837D attachment names a child with Medicaid ID, DOB and dental procedures; body says only 'resend'.",
        frm="Billing <billing@riverbendchc.org>",
        to="edi.support@ohmedicaidclearing.com",
        subject="resend batch 5050",
        body="Batch 5050 rejected at the front end yesterday (ISA date). Corrected file attached.\n\nBilling team"
        + SIG,
        atts=(Att("RCH_837D_batch5050.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=False,
        category="Behavioral health group schedule to partner agency",
        notes="Hard negative: list of behavioral health groups including substance use group, no participants named.",
        frm="Behavioral Health <bh@riverbendchc.org>",
        to="caseworkers@daytonhousingfirst.org",
        subject="Spring group schedule - please share with your clients",
        body="Hi all,\n\nAttached is our spring group schedule. Clients can self-refer by calling 937-555-0146.\n\nDana"
        + SIG,
        atts=(Att("BH_groups_spring2026.docx", DOCX, _BH_GROUP_DOCX),),
    ),
    Spec(
        phi=True,
        category="Remittance 835 forwarded to billing consultant",
        notes="835 remittance naming a patient with member ID and the office visit paid, sent to an outside consultant.",
        frm="Billing <billing@riverbendchc.org>",
        to="r.kim@fqhcrevenuepartners.com",
        subject="Buckeye paid below PPS again - example attached",
        body="Rachel,\n\nHere's one of the Buckeye 835s where they paid $212.40 against our PPS rate. Can you check the wrap calculation?\n\nThanks, Ines"
        + SIG,
        atts=(Att("buckeye_835_0318.x12", "application/edi-x12", _X12_835),),
    ),
    Spec(
        phi=False,
        category="Provider credentialing roster to health plan",
        notes="Hard negative: roster of clinicians with NPIs and specialties for plan credentialing; provider identifiers only.",
        frm="Credentialing <credentialing@riverbendchc.org>",
        to="provider.enrollment@buckeyehealthplan.com",
        subject="Q2 roster update - 3 additions",
        body=(
            "Please add the following to our group contract effective April 1:\n\n"
            "Amara Osei, PMHNP-BC - Psychiatry NP - NPI 1803949027\n"
            "Farid Farahani, DDS - General Dentistry - NPI 1215648811\n"
            "Helen Quarles, MD - Family Medicine - NPI 1934393343\n\n"
            "Signed attestations and CAQH numbers are in the portal.\n\nJoy Brandt, Credentialing Specialist"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Diabetes registry FHIR bundle to care coordination vendor",
        notes="FHIR bundle with patient name, DOB, MRN, type 2 diabetes and A1c 10.4 sent to an outside vendor.",
        frm="Population Health <pophealth@riverbendchc.org>",
        to="onboarding@glucoguidehealth.com",
        subject="Test record for the API onboarding",
        body="Hi,\n\nAs requested, one real record from our registry so you can validate the mapping. Full file once the BAA is countersigned.\n\nNadia"
        + SIG,
        atts=(Att("rch_registry_sample.json", "application/fhir+json", _FHIR_BUNDLE),),
    ),
    Spec(
        phi=False,
        category="Synthetic test patient for EHR interface validation",
        notes="Hard negative: clearly declared synthetic test patient (ZZTEST) used to validate an interface; no real person.",
        frm="IT Applications <itapps@riverbendchc.org>",
        to="support@labconnectinterfaces.com",
        subject="Interface test case #14 - results not filing",
        body=(
            "Hi support,\n\nUsing our synthetic test patient ZZTEST, INTERFACE (MRN TEST-000014, DOB 01/01/1950, not a real person) "
            "we sent a CBC order at 09:12. The ORU came back but did not file to the chart. Can you check the OBR-4 mapping?\n\nMarcus Lee"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="School dental sealant consent follow-up to parent",
        notes="Mother told by name that her son had cavities found and needs a follow-up visit.",
        frm="School-Based Dental <schooldental@riverbendchc.org>",
        to="t.albright.home@yahoo.com",
        subject="Follow-up from the school dental visit",
        body=(
            "Dear Ms. Albright,\n\nDuring our sealant visit at Cleveland Elementary on March 11, our hygienist saw two cavities on Mason's "
            "lower back teeth. They are not urgent but should be filled in the next month. We can see him at our Millrace dental clinic; "
            "call 937-555-0144 to book.\n\nRiverbend School-Based Dental Team" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="School sealant program aggregate report to district",
        notes="Hard negative: school sealant program counts by school with percentages; no child identified.",
        frm="School-Based Dental <schooldental@riverbendchc.org>",
        to="health.services@daytonpublicschools.org",
        subject="Winter sealant program summary",
        body=(
            "Hello Ms. Grant,\n\nWinter results across the four schools:\n\n"
            "School            Screened  Sealants  Urgent referral\n"
            "Cleveland Elem        212       141          9%\n"
            "Edison Elem           187       120         11%\n"
            "Kiser PreK-8          240       166          7%\n"
            "Westwood              155        98         12%\n\n"
            "Thank you for the classroom space.\n\nDr. Farid Farahani, Dental Director" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only patient portal message preview with lab result",
        notes="HTML-only notice to patient's hotmail including his name and that his HIV viral load is undetectable.",
        frm="Riverbend Patient Portal <noreply@riverbendchc.org>",
        to="andre.whitcombe@hotmail.com",
        subject="New message from your care team",
        body="",
        html=(
            "<html><body><p>Hi Andre,</p><p>Dr. Quarles sent you a message:</p>"
            "<blockquote>Great news - your HIV viral load from March 10 is <b>undetectable</b> and your CD4 is 612. "
            "Keep taking Biktarvy every day. See you in 3 months.</blockquote>"
            "<p><a href='https://portal.riverbendchc.org'>Log in to reply</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only community newsletter on HIV testing day",
        notes="Hard negative: HTML newsletter promoting free HIV and hepatitis C testing for everyone; no individual.",
        frm="Riverbend CHC <news@riverbendchc.org>",
        to="subscribers@lists.riverbendchc.org",
        subject="Free HIV & Hep C testing this Saturday",
        body="",
        html=(
            "<html><body><h2>Know your status</h2><p>Free, confidential HIV and hepatitis C testing this Saturday, 10am-2pm at "
            "our East Fifth site. Results in 20 minutes. PrEP appointments available the same day.</p>"
            "<p>No insurance needed. Se habla espanol.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Employer return-to-work note after procedure",
        notes="Work note to employer naming employee and stating she was treated for a miscarriage.",
        frm="Riverbend Women's Health <womenshealth@riverbendchc.org>",
        to="hr@greenemillcabinets.com",
        subject="Work excuse - Tamika Reed",
        body=(
            "To whom it may concern,\n\nTamika Reed was seen in our clinic on March 13 and March 16 following a miscarriage and "
            "had a D&C procedure. She may return to work on March 23 with no restrictions.\n\n"
            "Helen Quarles, MD, NPI 1934393343" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Blank work excuse template to front desk",
        notes="Hard negative: blank work-excuse template with placeholders only.",
        frm="Medical Records <records@riverbendchc.org>",
        to="frontdesk@riverbendchc.org",
        subject="New work/school excuse template",
        body=(
            "Please stop using the old Word file. New template:\n\n"
            "  [Patient name] was seen at Riverbend Community Health Center on [date].\n"
            "  He/she may return to [work/school] on [date] with [no restrictions / restrictions: ___].\n\n"
            "Do NOT write the diagnosis on excuses unless the patient signs a release.\n\nMedical Records"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded counselling no-show outreach to case manager",
        notes="Hard positive: forward to a housing case manager reveals a client's missed therapy sessions and safety plan; name only in the quoted message.",
        frm="Dana Whitfield <dwhitfield@riverbendchc.org>",
        to="mgarza@daytonhousingfirst.org",
        subject="FW: missed sessions",
        body="Maria - per the release on file, see below. Can you check on him at the shelter?\n\nDana",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Dana Whitfield <dwhitfield@riverbendchc.org>",
            to="bh-team@riverbendchc.org",
            subject="Cornelius Pratt - 3rd missed session",
            body="Team, Cornelius Pratt (RCH-0483310) missed his third therapy session. Last seen 2/27, PHQ-9 was 19 and he reviewed his safety plan. Please flag for outreach.\n\nDW",
        ),
    ),
    Spec(
        phi=False,
        category="Staff flu and TB screening compliance notice",
        notes="Hard negative: staff occupational health notice about TB tests and flu shots; no named employee health data.",
        frm="Employee Health <employeehealth@riverbendchc.org>",
        to=f"allstaff@{RCH}",
        subject="Annual TB screening - 14 staff still outstanding",
        body=(
            "Fourteen staff members have not completed annual TB screening. Managers received their own lists separately. "
            "QuantiFERON draws are available Mon-Wed 7-9am in the Millrace lab at no cost.\n\nEmployee Health"
        ),
    ),
    Spec(
        phi=True,
        category="Dental radiograph image sent to oral surgeon",
        notes="Hard positive: PNG panoramic X-ray whose file name carries the patient's name and date of birth; body gives only the tooth.",
        frm="Dr. Farid Farahani <ffarahani@riverbendchc.org>",
        to="referrals@gemcityoralsurgery.com",
        subject="pano for #17 impaction",
        body="Dr. Whalen - pano attached. Horizontal impaction #17, near the canal. Patient is nervous, prefers IV sedation. Thanks, FF",
        atts=(Att("Pano_ESPINOZA_Rafael_DOB2004-08-19.png", "image/png", png(6, 4, (40, 40, 40))),),
    ),
    Spec(
        phi=False,
        category="Dental equipment service request with photo",
        notes="Hard negative: photo of a broken dental chair sent to repair vendor; serial is the chair's.",
        frm="Facilities <facilities@riverbendchc.org>",
        to="service@midwestdentalrepair.com",
        subject="Operatory 4 chair - hydraulic leak (SN A-C7711-02)",
        body="Chair in operatory 4 is leaking hydraulic fluid under the base. Photo attached. Can a tech come Thursday?\n\nRon, Facilities",
        atts=(Att("op4_chair_leak.png", "image/png", png(5, 5, (120, 110, 90))),),
    ),
    Spec(
        phi=True,
        category="Encrypted zip of behavioral health records for subpoena",
        notes="Password-protected zip of a named client's therapy records sent to an attorney; cover e-mail names client and records request.",
        frm="Medical Records <records@riverbendchc.org>",
        to="paralegal@harlowandvogt.com",
        subject="Records - Lamont Greer - your subpoena dated 2/27",
        body=(
            "Attached are the behavioral health records of Lamont Greer (DOB 09/14/1985) responsive to your subpoena, with the patient's "
            "signed 42 CFR Part 2 consent. The password will be phoned to your office.\n\nMedical Records"
            + SIG
            + CONF
        ),
        atts=(
            Att(
                "Greer_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Greer_BH_notes_2025.txt": "Progress notes 2025 - Lamont Greer - alcohol use disorder, MDD"
                    },
                    "Rch#2026!",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Controlled substance policy with DEA registration",
        notes="Hard negative: clinic-level DEA registration and controlled substance log policy; no patient.",
        frm="Pharmacy Services <pharmacy@riverbendchc.org>",
        to="medical-directors@riverbendchc.org",
        subject="DEA renewal done + log audit dates",
        body=(
            "The Millrace site DEA registration (FR9629378) was renewed through 2029. Quarterly controlled-substance log audits: "
            "April 7, July 7, October 6. Buprenorphine prescribers please confirm your X-waiver removal paperwork is on file.\n\nPharmacy Services"
        ),
    ),
    Spec(
        phi=True,
        category="PDF patient balance statement to patient",
        notes="PDF statement with patient name, address, account number and services (psychotherapy visit) sent to personal mailbox.",
        frm="Patient Accounts <accounts@riverbendchc.org>",
        to="lydia.ferrante@icloud.com",
        subject="Your Riverbend statement",
        body="Hello Lydia,\n\nYour statement is attached as you requested. You can pay by phone at 937-555-0148.\n\nPatient Accounts",
        atts=(
            Att(
                "statement_0318.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND COMMUNITY HEALTH CENTER - PATIENT STATEMENT",
                        "Lydia Ferrante, 905 Brown St Apt 2, Dayton OH 45409",
                        "Account 40077215   Statement date 03/18/2026",
                        "02/24/2026  90837 Psychotherapy 60 min   $148.00  sliding fee adj -$111.00",
                        "03/03/2026  90834 Psychotherapy 45 min   $112.00  sliding fee adj -$84.00",
                        "Balance due: $65.00",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="PDF grant budget narrative to HRSA",
        notes="Grant budget narrative PDF with staffing and aggregate patient counts; no individual.",
        frm="Grants Office <grants@riverbendchc.org>",
        to="project.officer@hrsa-grants-mail.gov",
        subject="Budget period progress report - narrative attached",
        body="Dear Project Officer,\n\nAttached is our budget narrative for the BPR. Please let us know if anything is missing.\n\nShauna Kirk, Grants Manager"
        + SIG,
        atts=(
            Att(
                "RCH_BPR_narrative.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND COMMUNITY HEALTH CENTER - BUDGET NARRATIVE FY2026",
                        "Personnel: 2.0 FTE dental hygienists, 1.0 FTE LISW, 0.5 FTE pharmacist",
                        "Patients served 2025: 14,882 (61% Medicaid, 19% uninsured)",
                        "Expansion: integrated behavioral health at East Fifth site",
                    ],
                    "Budget narrative",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Calendar invite for telehealth therapy appointment",
        notes="Hard positive: ICS invite to client's gmail for a therapy session; diagnosis-free but reveals a named person's behavioral health care.",
        frm="Behavioral Health Scheduling <bhscheduling@riverbendchc.org>",
        to="jordan.pike.22@gmail.com",
        subject="Telehealth session with Dana Whitfield, LISW-S",
        body="Hi Jordan, your video visit is booked. Use the link in the invite.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend CHC//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:rch-bh-77130@riverbendchc.org\r\nDTSTART:20260324T213000Z\r\nDTEND:20260324T222000Z\r\n"
            "SUMMARY:Counseling session - Jordan Pike\r\nDESCRIPTION:Individual therapy (90834) with Dana Whitfield LISW-S. Telehealth link: https://video.riverbendchc.org/r/77130\r\n"
            "ATTENDEE:mailto:jordan.pike.22@gmail.com\r\nORGANIZER:mailto:bhscheduling@riverbendchc.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Staff meeting calendar invite",
        notes="Calendar invite for the dental team huddle; workforce only.",
        frm="Dental Manager <dentalmanager@riverbendchc.org>",
        to="dentalteam@riverbendchc.org",
        subject="Monthly dental team huddle",
        body="Agenda: new sterilization log, summer hours, CE credits.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend CHC//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:rch-dent-huddle-0326@riverbendchc.org\r\nDTSTART:20260326T123000Z\r\nDTEND:20260326T131500Z\r\n"
            "SUMMARY:Dental team huddle\r\nLOCATION:Millrace conf room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Prior authorization letter to Medicare Advantage plan",
        notes="Letter with patient name, MBI and request for CPAP for obstructive sleep apnea.",
        frm="Referrals <referrals@riverbendchc.org>",
        to="priorauth@silverlinemedicareplans.com",
        subject="Prior auth request - DME",
        body=(
            "Please review the attached request.\n\nMember: Gerald Okonkwo\nMBI: 5TN7-QW2-RK48\nItem: E0601 CPAP device\n"
            "Dx: G47.33 obstructive sleep apnea, AHI 31 on home sleep test 02/19/2026\n"
            "Ordering: Helen Quarles, MD, NPI 1934393343\n\nReferrals Coordinator" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to prescribers",
        notes="Hard negative: amoxicillin suspension shortage with substitution guidance; no patient.",
        frm="Pharmacy Services <pharmacy@riverbendchc.org>",
        to="prescribers@riverbendchc.org",
        subject="Shortage: amoxicillin 400 mg/5 mL suspension",
        body=(
            "Our wholesaler has no amoxicillin 400 mg/5 mL until mid-April. For pediatric otitis media consider amoxicillin 250 mg/5 mL "
            "(adjust volume) or cefdinir if appropriate. Do not send e-scripts for the 400 strength to the in-house pharmacy.\n\nPharmacy"
        ),
    ),
    Spec(
        phi=True,
        category="Zip of scanned intake forms sent to translation vendor",
        notes="Hard positive: zip with scanned-form text of a new patient's intake (name, DOB, SSN, medications) sent for translation.",
        frm="Patient Services <patientservices@riverbendchc.org>",
        to="orders@lingobridgetranslation.com",
        subject="Job RCH-311 translation (Nepali -> English)",
        body="Please translate the attached intake form. Rush, 48 h.\n\nPatient Services",
        atts=(
            Att(
                "RCH-311.zip",
                "application/zip",
                zipped(
                    {
                        "intake_scan_ocr.txt": (
                            "NEW PATIENT INTAKE  [handwritten, OCR]\nName: Bhandari, Sita  DOB: 11/03/1969\nSSN: 412-68-3051\n"
                            "Current meds: metformin 500 bid, amlodipine 5\nHistory: TB treated 2012 (Nepal camp)\n"
                        )
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for community health worker",
        notes="Hard negative: job posting mentioning diabetes and hypertension outreach duties; no patient.",
        frm="Human Resources <hr@riverbendchc.org>",
        to="jobs@ohiojoblink-postings.com",
        subject="Posting: Community Health Worker (bilingual)",
        body=(
            "Please post for 30 days:\n\nCommunity Health Worker - full time. Support patients with uncontrolled diabetes and hypertension, "
            "help with Medicaid enrollment, food insecurity screening and transportation. Spanish or Nepali strongly preferred. $21-24/hr."
        ),
    ),
    Spec(
        phi=False,
        category="De-identified research extract to university",
        notes="Hard negative: Safe Harbor de-identified CSV (study codes, year of birth bands, three-digit ZIP) for a university study.",
        frm="Quality Improvement <qi@riverbendchc.org>",
        to="dataset@wrightstate-research.edu",
        subject="De-identified extract for IRB 26-114",
        body="Dr. Mensah,\n\nAttached is the de-identified extract per the data use agreement. Safe Harbor applied: no names, dates reduced to year, ZIP3 only.\n\nGrace"
        + SIG,
        atts=(
            Att(
                "irb26-114_deid.csv",
                "text/csv",
                "study_id,birth_year_band,sex,zip3,a1c_baseline,a1c_6mo,food_rx\nS001,1960-69,F,454,9.8,8.1,Y\nS002,1970-79,M,454,10.2,9.9,N\nS003,1950-59,F,453,8.7,7.4,Y\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Sister emailed about brother's detox admission",
        notes="Hard positive: first name plus relationship and detox admission sent to a relative's personal mailbox.",
        frm="Recovery Services <recovery@riverbendchc.org>",
        to="bettina.kowalczyk@aol.com",
        subject="Your brother",
        body="Hi Bettina,\n\nPer the consent Pete signed, I can confirm he was transferred to the Valley detox unit this morning and is stable. He asked that you bring his glasses.\n\nRaymond, Peer Recovery Coach\nRiverbend Recovery Services",
    ),
]
