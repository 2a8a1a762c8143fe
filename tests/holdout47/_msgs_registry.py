"""Outbound mail of the Lanark State Immunization Information System (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nLSIIS Help Desk | Lanark State Immunization Information System\nlanarkiis.org | 555-0180 (M-F 8-5)"
FOOT = "\n\nThis message was sent from an unmonitored mailbox. For help, call 555-0180."

HL7_VXU_ACK = (
    "MSH|^~\\&|LSIIS|LANARK IIS|EHR|NORTHFIELDPEDS|20261013103000||ACK^V04^ACK|ACK-77120|P|2.5.1\r"
    "MSA|AE|NFP-VXU-55813\r"
    "ERR||RXA^1^5|103^Table value not found^HL70357|E||||Vaccine code 208 invalid for patient age\r"
    "PID|1||LS-3318207^^^LSIIS^SR~NP-44190^^^NFPEDS^MR||BENITEZ^MARISOL^R||20240301|F|||15 Orchard Hill^^Northfield^LN^60921\r"
    "RXA|0|1|20261009||208^COVID-19 Pfizer 30mcg^CVX|0.3|mL\r"
)

HL7_TEST = (
    "MSH|^~\\&|TESTEHR|TESTCLINIC|LSIIS|LANARK IIS|20261012090000||VXU^V04^VXU_V04|TEST-0001|T|2.5.1\r"
    "PID|1||TEST-0001^^^TESTCLINIC^MR||ZZTEST^BABY^ONE||20250101|U\r"
    "RXA|0|1|20261001||110^DTaP-HepB-IPV^CVX|0.5|mL\r"
)

FHIR_IMM = """{
  "resourceType": "Immunization",
  "status": "completed",
  "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "187", "display": "Zoster recombinant"}]},
  "patient": {"identifier": {"system": "urn:lsiis", "value": "LS-5092214"}, "display": "Harold T. Weatherby, DOB 1948-02-17"},
  "occurrenceDateTime": "2026-10-08",
  "lotNumber": "RZ8X3",
  "performer": [{"actor": {"display": "Millbrook Community Pharmacy"}}],
  "protocolApplied": [{"doseNumberPositiveInt": 2}]
}
"""

FHIR_SYNTH = """{
  "resourceType": "Bundle",
  "type": "collection",
  "meta": {"tag": [{"code": "SYNTHETIC", "display": "Synthea-generated test data - not a real person"}]},
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "synth-001", "name": [{"family": "Synthetic", "given": ["Test"]}], "birthDate": "2020-01-01"}},
    {"resource": {"resourceType": "Immunization", "status": "completed", "vaccineCode": {"coding": [{"code": "03", "display": "MMR"}]}, "patient": {"reference": "Patient/synth-001"}, "occurrenceDateTime": "2021-01-01"}}
  ]
}
"""

X12_270 = (
    "ISA*00*          *00*          *ZZ*LANARKIIS      *ZZ*LANARKMCD      *261013*0930*^*00501*000000312*0*P*:~"
    "GS*HS*LANARKIIS*LANARKMCD*20261013*0930*312*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*VFC312*20261013*0930~"
    "HL*1**20*1~NM1*PR*2*LANARK MEDICAID*****PI*LNMCD~"
    "HL*2*1*21*1~NM1*1P*2*NORTHFIELD PEDIATRICS*****XX*1608906727~"
    "HL*3*2*22*0~TRN*1*VFC-312-01*9LANARKIIS~NM1*IL*1*OYELARAN*TEMITOPE****MI*LMC60318841~DMG*D8*20190723~"
    "DTP*291*D8*20261013~EQ*1~SE*12*0001~GE*1*312~IEA*1*000000312~"
)

ICS_WEBINAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LSIIS//Training//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:lsiis-webinar-1103@lanarkiis.org\r\nDTSTAMP:20261012T130000Z\r\n"
    "DTSTART:20261103T180000Z\r\nDTEND:20261103T190000Z\r\nSUMMARY:LSIIS webinar: reminder/recall reports and forecasting\r\n"
    "LOCATION:Online\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Official immunization certificate to parent",
        notes="Child's immunization certificate PDF with name, DOB and doses sent to the parent's gmail.",
        frm="LSIIS Public Access <records@lanarkiis.org>",
        to="jenna.lindgren.family@gmail.com",
        subject="Your requested immunization record",
        body="Hello,\n\nAs requested through the public portal, the official immunization certificate for Ava Lindgren is attached. Schools and child care centres in Lanark accept this certificate.\n\nLSIIS Public Access"
        + FOOT,
        atts=(
            Att(
                "Immunization_Certificate_Ava_Lindgren.pdf",
                "application/pdf",
                pdf(
                    [
                        "LANARK STATE IMMUNIZATION INFORMATION SYSTEM",
                        "Certificate of Immunization",
                        "Name: Ava M. Lindgren   DOB: 05/18/2021   LSIIS ID: LS-4471182",
                        "DTaP: 07/2021, 09/2021, 11/2021, 08/2022     IPV: 07/2021, 09/2021, 05/2022",
                        "MMR: 05/2022     Varicella: 05/2022     Hep B: 05/2021, 07/2021, 11/2021",
                        "Due: DTaP #5, IPV #4, MMR #2, VAR #2 at age 4-6",
                    ],
                    "Immunization Certificate",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ACK error returned to clinic",
        notes="Hard positive: body is a generic rejection notice; the attached ACK carries the child's name, DOB, address and vaccine given.",
        frm="LSIIS Interface Team <interfaces@lanarkiis.org>",
        to="it@northfieldpediatrics.com",
        subject="Rejected VXU messages 10/09 - action needed",
        body="Hi,\n\nOne VXU from your feed on 10/09 was rejected (error 103). The ACK is attached. Please correct the CVX code in your EHR mapping and resend.\n\nLSIIS Interface Team"
        + SIG,
        atts=(Att("ACK-77120.hl7", "application/hl7-v2", HL7_VXU_ACK),),
    ),
    Spec(
        phi=False,
        category="Onboarding guide with declared test HL7 message",
        notes="Hard negative: interface onboarding with an HL7 sample whose patient is explicitly a ZZTEST fictitious record in the test environment.",
        frm="LSIIS Interface Team <interfaces@lanarkiis.org>",
        to="integration@riverbendfamilymed.com",
        subject="LSIIS onboarding - step 3: send test messages",
        body="Welcome to LSIIS onboarding. Step 3: send at least 20 VXU messages to our TEST endpoint. Use only fictitious ZZTEST patients (sample attached - processing ID 'T'). Real patient data must never go to TEST.\n\nLSIIS Interface Team"
        + SIG,
        atts=(Att("sample_VXU_ZZTEST.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="FHIR immunization record to pharmacy app vendor",
        notes="FHIR Immunization resource naming an adult, DOB and his shingles vaccine dose.",
        frm="LSIIS Interface Team <interfaces@lanarkiis.org>",
        to="support@rxconnectapp.com",
        subject="Query response mismatch - ticket 5521",
        body="Re ticket 5521: the record your query returned is attached. The dose is stored as dose 2 in LSIIS; your app shows dose 1. Please check your parsing of protocolApplied.",
        atts=(Att("imm_LS-5092214.json", "application/fhir+json", FHIR_IMM),),
    ),
    Spec(
        phi=False,
        category="Synthetic FHIR test bundle for developer sandbox",
        notes="Hard negative: FHIR bundle tagged synthetic (Synthea) with a clearly fake patient, for API testing.",
        frm="LSIIS Developer Support <devsupport@lanarkiis.org>",
        to="dev@rxconnectapp.com",
        subject="Sandbox sample bundle",
        body="As requested, a sample bundle for the sandbox. It is synthetic Synthea output - no real people. Production access requires the signed data sharing agreement.",
        atts=(Att("sandbox_sample_bundle.json", "application/fhir+json", FHIR_SYNTH),),
    ),
    Spec(
        phi=True,
        category="Duplicate record merge request twins",
        notes="Hard positive: terse merge note with registry IDs, twins' first names, surname and shared DOB.",
        frm="Data Quality <dataquality@lanarkiis.org>",
        to="records@northfieldpediatrics.com",
        subject="merge?",
        body="pls confirm before we merge LS-4471182 into LS-4471190 - twins Ava/Ada Lindgren, both DOB 5/18/21, Ada's MMR looks recorded on Ava's record. dq-team",
    ),
    Spec(
        phi=False,
        category="County coverage rates workbook",
        notes="Hard negative: kindergarten vaccination coverage by county and school with percentages; aggregate.",
        frm="LSIIS Epidemiology <iisepi@lanarkiis.org>",
        to="immunization.coordinators@lanarkdoh.gov",
        subject="2026-27 kindergarten coverage - preliminary",
        body="Preliminary kindergarten coverage attached. Schools with fewer than 10 kindergarteners are suppressed.",
        atts=(
            Att(
                "K_coverage_2026-27_prelim.xlsx",
                XLSX,
                xlsx(
                    {
                        "By county": [
                            ["County", "Enrolled", "MMR 2 doses %", "DTaP 5 %", "Exempt %"],
                            ["Carrow", 1422, 91.8, 90.4, 4.1],
                            ["Hollinsworth", 887, 94.2, 93.5, 2.6],
                            ["Pike", 301, 86.7, 85.1, 8.3],
                        ],
                        "By school (Carrow)": [
                            ["School", "Enrolled", "MMR 2 doses %"],
                            ["Lakeview Elementary", 88, 89.8],
                            ["Millbrook Primary", 112, 93.8],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="School compliance list of students missing vaccines",
        notes="Hard positive: body is generic; the workbook names students with DOBs, missing vaccines and one medical exemption.",
        frm="LSIIS School Module <schools@lanarkiis.org>",
        to="healthservices@carrowschools.k12.ln.us",
        subject="Exclusion date approaching - students not compliant",
        body="Attached are students in your district who are still missing required doses as of 10/12. The exclusion date is 11/02. Tab 2 lists students with a valid exemption on file.",
        atts=(
            Att(
                "Carrow_SD_noncompliant_20261012.xlsx",
                XLSX,
                xlsx(
                    {
                        "Missing": [
                            ["Student", "DOB", "School", "Missing"],
                            ["Jaylen Whitfield", "2014-06-03", "Millbrook Middle", "Tdap, MenACWY"],
                            ["Sofia Rinaldi", "2020-11-19", "Lakeview Elem", "MMR #2, VAR #2"],
                            ["Kwame Asante", "2014-01-27", "Millbrook Middle", "MenACWY"],
                        ],
                        "Exempt": [
                            ["Student", "DOB", "Type", "Expires"],
                            ["Lily Marchetti", "2013-09-08", "Medical", "2027-06-30"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Registry downtime notice",
        notes="System maintenance notice to users; no individual.",
        frm="LSIIS Notifications <noreply@lanarkiis.org>",
        to="lsiis-users@lanarkiis.org",
        subject="Planned downtime Saturday 10/17, 10 pm - 2 am",
        body="",
        html="<html><body><p><b>LSIIS will be unavailable Saturday, October 17, 10:00 pm to Sunday 2:00 am</b> for a database upgrade.</p><p>HL7 messages sent during the window will queue and process automatically. The public record portal will also be down.</p><p>Thank you,<br>LSIIS Help Desk</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Adult travel vaccine record to personal email",
        notes="Reply to an adult's yahoo address listing his hepatitis A, typhoid and yellow fever doses.",
        frm="LSIIS Public Access <records@lanarkiis.org>",
        to="m.delacroix.travels@yahoo.com",
        subject="RE: Need my records for travel clinic",
        body="Dear Mr. Delacroix,\n\nWe verified your identity by phone. LSIIS shows for Marc Delacroix (DOB 04/11/1983):\n- Hepatitis A: 03/2015, 10/2015\n- Typhoid (oral): 02/2021\n- Yellow fever: 02/2021 (lot UJ442AB)\n- Tdap: 06/2019\nYour yellow fever certificate itself must come from the clinic that vaccinated you.\n\nLSIIS Public Access"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="VFC provider enrollment confirmation with DEA and NPI",
        notes="Hard negative: clinic enrollment in Vaccines for Children listing the medical director's NPI and DEA number; provider identifiers only.",
        frm="Lanark VFC Program <vfc@lanarkiis.org>",
        to="office@riverbendfamilymed.com",
        subject="VFC enrollment approved - PIN 47102",
        body="Congratulations, Riverbend Family Medicine is enrolled in VFC (PIN 47102).\n\nMedical director on file: Dr. Helena Markovic, NPI 1766102143, DEA BM7550191\nVaccine coordinator: Tanya Ruiz\nBackup coordinator: Carl Dunn\n\nYour first order window opens 11/01. Complete the storage and handling module before then."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Medicaid eligibility 270 for VFC screening",
        notes="Hard positive: X12 270 eligibility inquiry with a child's name, Medicaid member ID and DOB; the body only asks about a failed batch.",
        frm="LSIIS Interface Team <interfaces@lanarkiis.org>",
        to="edi.support@lanarkmedicaid.gov",
        subject="270 batch 312 - no 271 returned",
        body="Hello EDI support,\n\nWe sent the attached 270 at 09:30 and received no 271 or 999. Could you check your gateway logs? Our submitter ID is LANARKIIS.\n\nThanks"
        + SIG,
        atts=(Att("LANARKIIS_270_312.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=False,
        category="Webinar invite on reminder recall",
        notes="Training webinar invitation for registry users; no individual.",
        frm="LSIIS Training <training@lanarkiis.org>",
        to="lsiis-users@lanarkiis.org",
        subject="Webinar 11/3: reminder/recall and forecasting",
        body="Join us to learn how to run reminder/recall reports for your patient population and how the forecaster handles catch-up schedules. Invite attached.",
        ics=ICS_WEBINAR,
    ),
    Spec(
        phi=True,
        category="Reminder recall mailing file to print vendor",
        notes="Hard positive: routine print-vendor job whose CSV names adolescents, their addresses and overdue HPV doses.",
        frm="LSIIS Reminder/Recall <recall@lanarkiis.org>",
        to="jobs@printmailpros.com",
        subject="Job RR-2610 mail file",
        body="Mail file for job RR-2610 attached (HPV dose 2 overdue, postcards template B). Please mail by 10/16 and return the NCOA report.",
        atts=(
            Att(
                "RR-2610.csv",
                "text/csv",
                "parent_name,child_name,child_dob,address,city,zip,overdue\nMaureen Kiley,Brendan Kiley,2013-02-14,71 Sumac Dr,Northfield,60921,HPV dose 2\nLuz Ocampo,Valeria Ocampo,2012-08-30,1180 W 9th St,Millbrook,60913,HPV dose 2\nDerek Haas,Emmett Haas,2013-05-05,6 Birch Ct,Eastgate,60917,HPV dose 2\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified HPV research extract",
        notes="Hard negative: de-identified extract for an approved study with age bands and 3-digit ZIPs only.",
        frm="LSIIS Epidemiology <iisepi@lanarkiis.org>",
        to="hpv.study@lanarkstateu.edu",
        subject="IRB 2026-118 extract - de-identified",
        body="Attached is the de-identified extract for IRB 2026-118: birth year, sex, 3-digit ZIP and HPV dose counts. Records are not linkable back to LSIIS IDs.",
        atts=(
            Att(
                "hpv_deid_2026-118.csv",
                "text/csv",
                "birth_year,sex,zip3,hpv_doses,series_complete\n2012,F,609,2,Y\n2012,M,609,1,N\n2013,F,610,0,N\n2011,M,609,2,Y\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare beneficiary shingles dose correction",
        notes="Names an older adult with his Medicare MBI and shingles vaccine dose to a pharmacy.",
        frm="Data Quality <dataquality@lanarkiis.org>",
        to="pharmacist@millbrookcommunitypharmacy.com",
        subject="Correction for Shingrix dose entry",
        body="Hello,\n\nThe Shingrix dose your pharmacy reported on 10/08 for Harold Weatherby (DOB 02/17/1948, MBI 4TN7-KM2-HW63) duplicated dose 1 from April. We've changed it to dose 2 - series complete. No action needed unless you disagree.\n\nData Quality Team"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Vaccine temperature excursion instructions",
        notes="Hard negative: VFC fridge excursion with data logger serial and lot numbers; no patient.",
        frm="Lanark VFC Program <vfc@lanarkiis.org>",
        to="office@riverbendfamilymed.com",
        subject="RE: Temperature excursion report #TX-2210",
        body="Thanks for reporting. Per the manufacturers, all affected lots (Vaxelis UT7721BA, ProQuad Y019822, Fluarix 4RX9K) are viable after 2.5 h at 9.1C. Return them to use and label 'excursion 10/11'. Data logger SN DL-88417-C should be recalibrated by 12/2026.\n\nVFC Field Rep"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Foster care caseworker record request",
        notes="Child in foster care named with DOB and missing vaccines, sent to a child welfare caseworker.",
        frm="LSIIS Help Desk <helpdesk@lanarkiis.org>",
        to="caseworker.dunbar@lanarkdcfs.gov",
        subject="Record request for placement",
        body="Ms. Dunbar,\n\nFor Tyrese Coleman (DOB 09/30/2018), recently placed in foster care: LSIIS shows DTaP x4, IPV x3, MMR x1, varicella x1, Hep B x3. He is missing DTaP 5, IPV 4, MMR 2 and varicella 2 and had no flu vaccine this season. His previous provider was Eastgate Community Health.\n\nLSIIS Help Desk"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Vaccine lot recall notice",
        notes="Recall notice by lot number for providers; no patient.",
        frm="Lanark VFC Program <vfc@lanarkiis.org>",
        to="vfc-providers@lanarkiis.org",
        subject="Voluntary recall: Hepatitis A vaccine lot HA2291",
        body="",
        html="<html><body><h3>Voluntary recall - lot HA2291</h3><p>The manufacturer is recalling pediatric hepatitis A vaccine lot <b>HA2291</b> (exp. 03/2027) because of a syringe plunger defect. Doses already given are effective and do not need to be repeated.</p><p>Quarantine remaining doses and return via the VFC returns process.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Adverse event follow-up to clinic",
        notes="Names an infant with a febrile seizure after MMRV vaccine, asking the clinic to complete a VAERS report.",
        frm="Lanark Immunization Program Nurse <imm.nurse@lanarkiis.org>",
        to="nursing@northfieldpediatrics.com",
        subject="VAERS follow-up needed",
        body="Hello,\n\nThe ED at St Brigid called us about Mason Pruett, 13 months (DOB 09/02/2025), who had a febrile seizure 8 days after MMRV given at your clinic on 10/02 (lot Y019822). Could the vaccinating provider submit a VAERS report and let us know? Going forward, separate MMR and varicella are preferred for his first dose per ACIP.\n\nCarla Whitman, RN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Interface certification letter",
        notes="Certification letter for a pharmacy chain's HL7 interface; no patient.",
        frm="LSIIS Interface Team <interfaces@lanarkiis.org>",
        to="compliance@shopwiserx.com",
        subject="Production approval - ShopWise Pharmacy HL7 interface",
        body="Your interface passed testing. The approval letter is attached for your meaningful use/promoting interoperability records.",
        atts=(
            Att(
                "LSIIS_Interface_Approval_ShopWise.pdf",
                "application/pdf",
                pdf(
                    [
                        "LANARK STATE IMMUNIZATION INFORMATION SYSTEM",
                        "Confirmation of Ongoing Submission - Production",
                        "Organisation: ShopWise Pharmacy (all 38 Lanark stores)",
                        "Messages: HL7 2.5.1 VXU, bidirectional QBP/RSP",
                        "Production date: 10/12/2026",
                    ],
                    "Interface Approval",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Opt-out confirmation to parent",
        notes="Hard positive: opt-out confirmation naming a parent's children and stating their immunisation records are now locked in the registry.",
        frm="LSIIS Public Access <records@lanarkiis.org>",
        to="r.abernathy.home@outlook.com",
        subject="Your LSIIS opt-out request",
        html_only=True,
        html="<html><body><p>Dear Ms. Abernathy,</p><p>We processed your signed opt-out form. The records for <b>Caleb Abernathy</b> (DOB 01/15/2019) and <b>Nora Abernathy</b> (DOB 07/22/2022) are now locked: providers will no longer see their vaccination history in LSIIS, including Caleb's 2024 rabies post-exposure series. You can reverse this at any time.</p><p>LSIIS Public Access</p></body></html>",
        body="Dear Ms. Abernathy,\n\nWe processed your signed opt-out form. The records for Caleb Abernathy (DOB 01/15/2019) and Nora Abernathy (DOB 07/22/2022) are now locked: providers will no longer see their vaccination history in LSIIS, including Caleb's 2024 rabies post-exposure series. You can reverse this at any time.\n\nLSIIS Public Access"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="User account deactivation notice",
        notes="Hard negative: names a clinic staff member in a security notice; workforce information only, no health data.",
        frm="LSIIS Security <security@lanarkiis.org>",
        to="admin@northfieldpediatrics.com",
        subject="User account deactivated: kbrandt",
        body="Per your request, user kbrandt (Kelsey Brandt, MA) was deactivated on 10/12 at 16:04. Her sessions were terminated. Remember to review your clinic's user list quarterly."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Screenshot of record named after patient",
        notes="Hard positive: screenshot file named with patient's full name; body asks why her COVID dose shows invalid.",
        frm="LSIIS Help Desk <helpdesk@lanarkiis.org>",
        to="it@northfieldpediatrics.com",
        subject="RE: ticket 8842",
        body="This is what we see on our side - dose 2 is flagged invalid because it was given 12 days after dose 1. Is the admin date in your EHR correct?",
        atts=(Att("Benitez_Marisol_LSIIS_record.png", "image/png", png(12, 8, (230, 230, 240))),),
    ),
    Spec(
        phi=False,
        category="School nurse FAQ about certificates",
        notes="Hard negative: FAQ with placeholder fields like child name and DOB and a sample layout; no real child.",
        frm="LSIIS School Module <schools@lanarkiis.org>",
        to="schoolnurses@lanarkschoolnurses.org",
        subject="FAQ: reading the LSIIS certificate",
        body="Q: Which fields must match the enrolment record?\nA: Child name, date of birth and LSIIS ID (format LS-#######).\n\nQ: What does 'Due' mean?\nA: The forecaster's next recommended dose. A student is compliant if no required dose is overdue.\n\nQ: A parent sent a photo of the certificate - acceptable?\nA: Yes, if all fields are legible.",
        atts=(
            Att(
                "certificate_fields.txt",
                "text/plain",
                "FIELD          EXAMPLE\nName           <Child full name>\nDOB            <MM/DD/YYYY>\nLSIIS ID       LS-0000000\nDoses          <vaccine: dates>\nDue            <forecast>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded parent request for child record",
        notes="Forward to a clinic of a parent's email naming her son and asking about his missing meningococcal dose.",
        frm="LSIIS Help Desk <helpdesk@lanarkiis.org>",
        to="records@eastgatecommunityhealth.org",
        subject="FW: Kwame's shots",
        body="Eastgate team, forwarding the parent's question below since the dose would have been given at your clinic. Can you check your chart and report to LSIIS if it was missed?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Abena Asante <abena.asante@gmail.com>",
            to="helpdesk@lanarkiis.org",
            subject="Kwame's shots",
            body="Hello, my son Kwame Asante (born 1/27/2014) got his meningitis shot at Eastgate in August but the school says he is missing it. Please help.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor API change notice",
        notes="Forwarded vendor announcement of an API version change; no patient.",
        frm="LSIIS Developer Support <devsupport@lanarkiis.org>",
        to="interfaces@lanarkiis.org",
        subject="FW: SOAP endpoint retirement",
        body="FYI - we need to update the WSDL docs before January.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Release Management <releases@envisioniis.com>",
            to="devsupport@lanarkiis.org",
            subject="SOAP endpoint retirement",
            body="The legacy CDC WSDL v1.0 endpoint will be retired January 31, 2027. Migrate to the 2014 WSDL. TLS 1.2 or higher is required.",
        ),
    ),
    Spec(
        phi=True,
        category="Zip of clinic patient-level coverage reports",
        notes="Hard positive: zip of per-patient assessment reports with names and overdue vaccines; cover note only mentions the AFIX visit.",
        frm="Lanark VFC Program <vfc@lanarkiis.org>",
        to="office@riverbendfamilymed.com",
        subject="AFIX visit materials",
        body="Ahead of Thursday's quality improvement visit, the reports we'll review are attached.",
        atts=(
            Att(
                "AFIX_Riverbend_2026.zip",
                "application/zip",
                zipped(
                    {
                        "summary.txt": "Riverbend Family Medicine - 24-35 month coverage 4:3:1:3:3:1:4 = 71%\n",
                        "not_up_to_date.csv": "patient,dob,missing\nSkylar Braun,2024-02-11,DTaP 4; PCV 4\nIsaiah Moreno,2023-12-02,MMR 1; VAR 1; Hep A 1\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Annual report to legislature",
        notes="Annual program report with statewide aggregate coverage; no individual.",
        frm="LSIIS Program Manager <manager@lanarkiis.org>",
        to="healthcommittee@lanarklegislature.gov",
        subject="LSIIS annual report FY26",
        body="Attached is the statutorily required annual report. Highlights: 98% of providers reporting, 6.2 million patient records, 41 million doses.",
        atts=(
            Att(
                "LSIIS_Annual_Report_FY26.docx",
                DOCX,
                docx(
                    [
                        "Lanark State Immunization Information System - Annual Report FY2026",
                        "Providers reporting: 98% of VFC and 91% of adult providers",
                        "Patient records: 6.2 million; doses: 41 million",
                        "Childhood series (24 months) coverage: 74.8%",
                        "Priorities FY27: adult reporting, pharmacy data quality, FHIR query",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Child care centre record with parental consent",
        notes="Child care director sent a named toddler's vaccination status including a medical exemption for an egg allergy.",
        frm="LSIIS Help Desk <helpdesk@lanarkiis.org>",
        to="director@littleacornsdaycare.com",
        subject="Record for enrollment (parent consent on file)",
        body="Ms. Trudeau,\n\nWith the parent's signed consent, here is the status for Zoe Pellerin (DOB 03/03/2024): all age-appropriate vaccines complete except influenza, which has a medical exemption noted by her allergist for severe egg allergy with anaphylaxis. She may enroll.\n\nLSIIS Help Desk"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Monthly dose counts to CDC",
        notes="Hard negative: doses administered by age group and vaccine; aggregate counts.",
        frm="LSIIS Epidemiology <iisepi@lanarkiis.org>",
        to="iisdata@cdcpartners.example.gov",
        subject="September dose counts submission",
        body="September 2026 counts attached.",
        atts=(
            Att(
                "doses_2026-09.csv",
                "text/csv",
                "age_group,vaccine,doses\n0-23m,DTaP,18211\n0-23m,PCV,17940\n65+,Influenza,88213\n65+,COVID-19,40117\n65+,RSV,9124\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Identity verification with SSN for record linkage",
        notes="Record-linkage request naming an adult with SSN and her COVID-19 vaccine doses.",
        frm="Data Quality <dataquality@lanarkiis.org>",
        to="vitalrecords@lanarkdoh.gov",
        subject="Linkage check request",
        body="Vital Records team,\n\nCan you confirm identity for a record we need to link? Rosalind Achebe-Kerr, DOB 12/01/1961, SSN 407-62-1958. She has two LSIIS records, one with her COVID-19 doses (Moderna 01/2021, 02/2021, 10/2023) and one with pneumococcal PCV20 (2024). We think she changed her surname in 2022.\n\nData Quality Team"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Death record match inactivation notice",
        notes="Hard positive: provider told a named infant patient's registry record was inactivated after a death match, with date of death.",
        frm="Data Quality <dataquality@lanarkiis.org>",
        to="records@northfieldpediatrics.com",
        subject="Record inactivated - reminder/recall suppressed",
        body="To the records team,\n\nYour patient Elias Fontaine (DOB 02/09/2026) matched a death record (date of death 09/27/2026). His LSIIS record is now inactive so he won't appear on your reminder/recall lists. Please update your EHR so the family doesn't receive reminders.\n\nData Quality Team"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Data request denial to journalist",
        notes="Hard negative: refusal of a reporter's request for named vaccination records; mentions policy only.",
        frm="LSIIS Program Manager <manager@lanarkiis.org>",
        to="tony.gallo.writes@gmail.com",
        subject="RE: Records request - vaccination status of school board members",
        body="Mr. Gallo,\n\nThanks for your freelance inquiry. LSIIS records of individuals are confidential under Lanark Stat. 144.3351 and cannot be released, including for public officials. We can provide school-level and county-level coverage rates; see our public dashboard. Let me know if aggregate data by district would help.\n\nJudith Kemper, Program Manager"
        + SIG,
    ),
    Spec(
        phi=False,
        category="SMS reminder vendor invoice",
        notes="Vendor invoice for text message volume; no recipient details.",
        frm="Accounts Payable <ap@lanarkiis.org>",
        to="billing@textreachsolutions.com",
        subject="Invoice TR-90331 question",
        body="Hello,\n\nInvoice TR-90331 bills 148,220 messages for September but our logs show 141,905 sent. Please send the delivery summary by campaign so we can reconcile before payment.\n\nAccounts Payable"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Provider coverage benchmark multi-sheet",
        notes="Hard negative: clinic-level coverage benchmarks and statewide averages; no patient data.",
        frm="LSIIS Epidemiology <iisepi@lanarkiis.org>",
        to="qi@northfieldpediatrics.com",
        subject="Your Q3 coverage benchmark",
        body="Your clinic's Q3 benchmark compared with the state is attached. Counts only - the patient list is available in LSIIS under Reports > Coverage.",
        atts=(
            Att(
                "benchmark_Q3_Northfield.xlsx",
                XLSX,
                xlsx(
                    {
                        "Clinic": [
                            ["Measure", "Northfield Peds", "State"],
                            ["Combo 10 at 24m", "68%", "55%"],
                            ["HPV UTD 13y", "51%", "44%"],
                        ],
                        "Trend": [
                            ["Quarter", "Combo 10"],
                            ["Q1", "64%"],
                            ["Q2", "66%"],
                            ["Q3", "68%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Prenatal Tdap query reply to obstetric clinic",
        notes="Reply to an OB clinic confirming a named pregnant patient's Tdap dose and missing RSV vaccine.",
        frm="LSIIS Help Desk <helpdesk@lanarkiis.org>",
        to="mfm.nurses@millbrookwomenshealth.com",
        subject="RE: Tdap lookup",
        body="Hi Renee,\n\nLSIIS shows Priya Raman (DOB 06/19/1993) received Tdap on 09/14/2026 at ShopWise Pharmacy #12, at about 28 weeks by your dates. No RSV (Abrysvo) dose is recorded yet, so she is still eligible at 32-36 weeks.\n\nLSIIS Help Desk"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Newborn hepatitis B birth dose confirmation",
        notes="Hard positive: one-line reply tying a newborn's registry ID and 'Baby Boy' surname to hepatitis B vaccine and HBIG doses.",
        frm="Data Quality <dataquality@lanarkiis.org>",
        to="perinatalhepb@carrowcountyhealth.org",
        subject="RE: birth dose check",
        body="Yes - Baby Boy Adeyemi-Blake, LS-7720935: HepB dose 1 and HBIG both recorded 10/11 by St Brigid nursery.",
    ),
]
