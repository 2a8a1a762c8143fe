"""Maplecrest Geriatrics & Memory Care: outbound mail of a geriatrics and memory clinic (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import FOL, HCA, MCG, Att, Spec

SIG = "\n\n--\nMaplecrest Geriatrics & Memory Care\n2200 Orchard Hill Rd, Suite 300, Brookfield WI 53005\nT 262-555-0142  F 262-555-0143"
CONF = "\n\nCONFIDENTIALITY NOTICE: This message may contain confidential information intended only for the addressee."

HL7_ORU = (
    "MSH|^~\\&|MAPLECREST_EHR|MCG|STLUKE_LAB|SLH|202612011402||ORU^R01|MCG88213|P|2.5.1\r"
    "PID|1||MCG0047719^^^MCG^MR||Jandreau^Marguerite^L||19410314|F|||88 Linden Ct^^Elm Grove^WI^53122||262-555-0118\r"
    "OBR|1|ORD55102||24356-8^Urinalysis complete^LN|||202611301015\r"
    "OBX|1|ST|5799-2^Leukocyte esterase^LN||Large||Neg|A|||F\r"
    "OBX|2|ST|5802-4^Nitrite^LN||Positive||Neg|A|||F\r"
    "OBX|3|NM|6690-2^WBC^LN||14.2|10*3/uL|4.0-10.5|H|||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|MAPLECREST_EHR|MCG|ORBITLAB_IF|ORB|202612021100||ADT^A04|TST0001|T|2.5.1\r"
    "EVN|A04|202612021100\r"
    "PID|1||TEST00001^^^MCG^MR||ZZTEST^INTERFACE^ONE||19000101|U\r"
    "PV1|1|O|TESTCLINIC^^^MCG\r"
)

FHIR_BUNDLE = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "mcg-31877",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9101.1", "value": "MCG0031877"}],
      "name": [{"family": "Brandvold", "given": ["Arne", "T"]}],
      "birthDate": "1938-07-22", "gender": "male",
      "address": [{"line": ["4417 W Bluemound Rd Apt 6"], "city": "Wauwatosa", "state": "WI", "postalCode": "53213"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/mcg-31877"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G31.83", "display": "Dementia with Lewy bodies"}]},
      "onsetDateTime": "2026-10-14"}},
    {"resource": {"resourceType": "MedicationStatement", "subject": {"reference": "Patient/mcg-31877"},
      "medicationCodeableConcept": {"text": "rivastigmine 4.6 mg/24 h patch"}, "status": "active"}}
  ]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.14"/>
  <title>Referral Note</title>
  <effectiveTime value="20261201"/>
  <recordTarget><patientRole>
    <id extension="MCG0052204" root="2.16.840.1.113883.3.9101.1"/>
    <addr><streetAddressLine>19 Cottonwood Ln</streetAddressLine><city>Pewaukee</city><state>WI</state><postalCode>53072</postalCode></addr>
    <patient><name><given>Harold</given><family>Venn</family></name><birthTime value="19460503"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Reason for Referral</title><text>Rapidly progressive cognitive decline over 5 months with myoclonus; MoCA 26 to 14. Please evaluate for prion disease; EEG and MRI DWI requested.</text></section></component>
    <component><section><title>Problems</title><text>R41.81 Age-related cognitive decline; G25.3 Myoclonus; I10 Hypertension</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*MAPLECREST     *ZZ*WPSMEDICARE    *261201*1420*^*00501*000004417*0*P*:~"
    "GS*HC*MAPLECREST*WPS*20261201*1420*4417*X*005010X222A1~ST*837*0001*005010X222A1~"
    "BHT*0019*00*MCG4417*20261201*1420*CH~NM1*85*2*MAPLECREST GERIATRICS*****XX*1938570839~"
    "NM1*IL*1*OSTROWSKI*DOLORES****MI*1EG4TE5MK73~DMG*D8*19390211*F~"
    "CLM*MCG-26-11873*412.00***11:B:1*Y*A*Y*Y~HI*ABK:G301*ABF:F0280~"
    "SV1*HC:99483*287.00*UN*1***1~DTP*472*D8*20261124~SV1*HC:96132*125.00*UN*1***1~SE*12*0001~GE*1*4417~IEA*1*000004417~"
)


def m(
    phi: bool, category: str, notes: str, frm: str, to: str, subject: str, body: str, **kw: object
) -> Spec:
    return Spec(
        phi=phi, category=category, notes=notes, frm=frm, to=to, subject=subject, body=body, **kw
    )  # type: ignore[arg-type]


MESSAGES = [
    # ---------------- PHI ----------------
    m(
        True,
        "Cognitive evaluation summary to daughter's personal mailbox",
        "Evaluation results (MoCA, Alzheimer's diagnosis, donepezil) for named patient sent to daughter's gmail.",
        f"Dr. Priya Raman <praman@{MCG}>",
        "kathleen.dorsey.home@gmail.com",
        "Summary of your mother's memory evaluation",
        "Dear Kathleen,\n\nThank you for coming with your mother, Mrs. Evelyn Dorsey, to her evaluation on November 24. "
        "As we discussed, her MoCA score was 18/30 and together with the MRI findings (bilateral hippocampal atrophy) this is "
        "consistent with mild dementia due to Alzheimer's disease.\n\nWe started donepezil 5 mg at bedtime. Please watch for "
        "vivid dreams, nausea or slow pulse. We will see her again on January 12 to consider increasing to 10 mg.\n\nWarm regards,\nPriya Raman, MD"
        + SIG,
    ),
    m(
        True,
        "Terse reply to son about father's amyloid PET",
        "Hard positive: first name plus relationship plus positive amyloid PET result, no surname or identifiers.",
        f"Nurse Line <nurseline@{MCG}>",
        "t.haugen77@yahoo.com",
        "RE: Dad's scan",
        "Hi Tom - Walt's amyloid PET came back positive. Dr. Raman wants to go over what that means with both of you, can you do Tues 2:30?\n\n- Bev, RN",
    ),
    m(
        True,
        "Neurology referral with C-CDA attachment",
        "Hard positive: body is generic; patient name, MRN, address and suspected prion disease are only in the C-CDA.",
        f"Referrals <referrals@{MCG}>",
        "intake@froedtertneuro-partners.org",
        "Urgent referral - C-CDA attached",
        "Please see the attached referral document. Our office would appreciate an appointment within 2 weeks; call 262-555-0142 with questions.\n\nReferral Coordinator"
        + SIG,
        atts=(Att("referral_20261201.xml", "application/xml", CCDA),),
    ),
    m(
        True,
        "HL7 ORU resend to hospital lab interface",
        "Hard positive: identifiers and abnormal urinalysis only in the HL7 attachment; body is an interface note.",
        f"Interface Team <hl7support@{MCG}>",
        "lis-interfaces@stlukeslab-wi.org",
        "ORU resend batch 88213",
        "Resending the one message that failed your ACK yesterday (control id MCG88213). Segment terminators are CR. Let us know if it errors again.",
        atts=(Att("MCG88213.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    m(
        True,
        "FHIR bundle to regional HIE",
        "Hard positive: FHIR bundle attached carries a named patient with Lewy body dementia and address; body mentions no patient.",
        f"HIE Submissions <hie@{MCG}>",
        "submissions@wisconsin-hie-connect.org",
        "Nightly FHIR submission (manual)",
        "Auto-submission failed on the 1st; manual upload attached per your ticket #20931.",
        atts=(Att("bundle_20261201.json", "application/fhir+json", FHIR_BUNDLE),),
    ),
    m(
        True,
        "837 professional claim to Medicare contractor",
        "X12 837 with patient name, MBI, DOB, dementia codes and cognitive assessment CPT charges.",
        f"Billing <billing@{MCG}>",
        "edi-support@wps-medicare-edi.com",
        "837P resubmission - claim MCG-26-11873",
        "Attached is the corrected 837P for the rejected claim (loop 2010BA MBI was truncated). Billing provider NPI: 1938570839.\n\nMaplecrest Billing Office",
        atts=(Att("MCG_837_4417.x12", "application/edi-x12", X12_837),),
    ),
    m(
        True,
        "Memory clinic follow-up appointment invite to patient",
        "Calendar invite to patient's personal mailbox naming him and his memory clinic (MCI) follow-up visit.",
        f"Scheduling <scheduling@{MCG}>",
        "gerald.witkowski38@aol.com",
        "Your follow-up visit at Maplecrest - Mon Dec 14",
        "Mr. Witkowski,\n\nThis confirms your memory clinic follow-up with Dr. Amadi on Monday, December 14 at 10:00 AM. Please bring your pill bottles and a family member if possible.\n\nMaplecrest Scheduling",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Maplecrest//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mcg-appt-77120@maplecrestgeri.org\r\nDTSTAMP:20261201T150000Z\r\nDTSTART:20261214T160000Z\r\nDTEND:20261214T170000Z\r\nSUMMARY:Memory clinic follow-up - Gerald Witkowski - Dr. Amadi\r\nLOCATION:Maplecrest Geriatrics, Suite 300\r\nDESCRIPTION:Cognitive follow-up (MCI), medication review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    m(
        True,
        "Medication list PDF to assisted living nurse",
        "PDF medication reconciliation for named resident (memantine, quetiapine) sent to the facility's nurse.",
        f"Dr. Samuel Amadi <samadi@{MCG}>",
        "don@brightwaterassistedliving.com",
        "Updated med list",
        "Hi Renee,\n\nAttached is the updated med list after today's visit. Main change: quetiapine reduced to 12.5 mg at bedtime; please call if her evening agitation returns.\n\nSam Amadi"
        + SIG,
        atts=(
            Att(
                "medlist_Fairbanks_R.pdf",
                "application/pdf",
                pdf(
                    [
                        "MAPLECREST GERIATRICS & MEMORY CARE - MEDICATION LIST",
                        "Resident: Rosalind Fairbanks   DOB 02/09/1933   Brightwater AL Rm 114",
                        "Diagnoses: Alzheimer's dementia, moderate (G30.1); hypothyroidism",
                        "memantine 10 mg BID",
                        "quetiapine 12.5 mg QHS (reduced 12/01/2026)",
                        "levothyroxine 50 mcg daily",
                        "Prescriber: Samuel Amadi, MD",
                    ],
                    "Medication list",
                ),
            ),
        ),
    ),
    m(
        True,
        "Scheduling request with fracture diagnosis and name in subject only",
        "Hard positive: patient's name and hip fracture appear only in the subject; body is a bare scheduling request.",
        f"Care Coordination <carecoord@{MCG}>",
        "scheduling@lakecountryrehabpt.com",
        "Folake Adeyemi - s/p L hip fx ORIF - PT eval needed",
        "Can you get her on the schedule Thursday or Friday? Daughter will drive. Thanks!",
    ),
    m(
        True,
        "Home visit schedule workbook to home health partner",
        "Hard positive: second sheet has no headers, just patient names, addresses and visit purposes (wound check, INR).",
        f"House Calls <housecalls@{MCG}>",
        "ops@cedarhomehealthwi.com",
        "Week of 12/7 house-call routing",
        "Attached is next week's routing file. Sheet 2 is the add-ons from Friday.",
        atts=(
            Att(
                "housecalls_wk1207.xlsx",
                XLSX,
                xlsx(
                    {
                        "Routing": [
                            ["Day", "Stop", "Clinician", "Window"],
                            ["Mon", 1, "NP Okafor", "8-10"],
                            ["Mon", 2, "NP Okafor", "10-12"],
                            ["Tue", 1, "Dr. Amadi", "9-11"],
                        ],
                        "Sheet2": [
                            ["Lorna Pieczynski", "611 Elm St, Waukesha", "INR check - warfarin"],
                            ["Ignatius Bell", "24 Mill Rd, Sussex", "sacral wound dressing change"],
                            [
                                "Wanda Ferrante",
                                "3120 S 84th St, West Allis",
                                "post-hospital visit CHF",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    m(
        True,
        "Prior authorization request to Medicare Advantage plan",
        "Prior auth for named member with member ID and Alzheimer's diagnosis for lecanemab infusion.",
        f"Prior Auth <priorauth@{MCG}>",
        "um-requests@northstarmedadvantage.com",
        "PA request - lecanemab - member ID NSM884410273",
        "Member: Charlotte Ekwueme\nMember ID: NSM884410273\nDOB: 06/30/1949\nDx: G30.1 Alzheimer's disease with late onset; amyloid PET positive 10/2026; APOE e4 heterozygous\nRequested: lecanemab 10 mg/kg IV q2 weeks x 6 months\nOrdering: Priya Raman, MD, NPI: 1504920624\n\nClinical notes to follow by fax."
        + CONF,
    ),
    m(
        True,
        "Wound photo named after patient to wound nurse",
        "Hard positive: only the PNG file name ties the patient name to a sacral pressure injury; body is one line.",
        f"Nurse Line <nurseline@{MCG}>",
        "woundcare@cedarhomehealthwi.com",
        "photo from today",
        "Here you go. Looks a little better than Friday.",
        atts=(
            Att(
                "pressure_injury_Ruth_Lindqvist_sacrum.png", "image/png", png(6, 6, (180, 120, 110))
            ),
        ),
    ),
    m(
        True,
        "Driving safety report to state DMV",
        "Physician's medical report to DMV naming patient, licence number and dementia affecting driving.",
        f"Dr. Priya Raman <praman@{MCG}>",
        "medicalreview@dmv-wisconsin-gov.org",
        "Medical review report - driver licence R512-7740-3321-08",
        "Please find attached the physician report for your medical review unit.\n\nPriya Raman, MD"
        + SIG,
        atts=(
            Att(
                "MV3141_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "MAPLECREST GERIATRICS - PHYSICIAN REPORT FOR DRIVER MEDICAL REVIEW",
                        "Driver: Leonard Voss   DL R512-7740-3321-08   DOB 11/02/1944",
                        "Condition: Alzheimer's disease, moderate stage; visuospatial deficits on testing.",
                        "Recommendation: not safe to drive. Family informed 11/30/2026.",
                    ],
                    "Physician report",
                ),
            ),
        ),
    ),
    m(
        True,
        "Forwarded portal message from patient's wife to caregiver agency",
        "Hard positive: forwarded portal message describes named patient's sundowning and a fall; forwarded to an outside caregiver agency.",
        f"Social Work <socialwork@{MCG}>",
        f"intake@{HCA}",
        "Fwd: a hard week",
        "Hi Dana, forwarding with Mrs. Castellano's permission so your coaches can reach out about respite. Thanks, Lise (MSW)",
        forward=Spec(
            phi=True,
            category="portal message",
            notes="nested",
            frm="Portal <noreply@portal.maplecrestgeri.org>",
            to=f"socialwork@{MCG}",
            subject="Message from Anita Castellano re: Vincent Castellano",
            body="Vincent has been up every night at 4 pm getting agitated, asking for his mother. Tuesday he fell in the bathroom, no injury I think. I am exhausted. Is there help?",
        ),
    ),
    m(
        True,
        "Bereavement card list CSV without headers",
        "Hard positive: headerless CSV of deceased patients' names, dates of death and family contacts.",
        f"Chaplaincy <chaplain@{MCG}>",
        "orders@gracenotescards.com",
        "December sympathy cards",
        "Attached are this month's names for the handwritten sympathy cards. Same card stock as last time please.",
        atts=(
            Att(
                "dec_cards.csv",
                "text/csv",
                "Bernice Hallvard,2026-11-03,daughter Joan Hallvard,77 Pine Ct Oconomowoc WI 53066\r\n"
                "Ralph Odegaard,2026-11-11,wife Mae Odegaard,410 Lake St Hartland WI 53029\r\n"
                "Sister Agnes Wirth,2026-11-19,Sisters of St. Francis,3221 S Lake Dr St Francis WI 53235\r\n",
            ),
        ),
    ),
    m(
        True,
        "Terse covering-physician handoff with MRN",
        "Hard positive: abbreviated handoff with initials, MRN, age and UTI-related delirium to an outside on-call group.",
        f"Dr. Samuel Amadi <samadi@{MCG}>",
        "oncall@lakeshorehospitalists.com",
        "weekend handoff",
        "pt MJ 85F MRN MCG0047719 - UTI -> delirium, started cephalexin 500 QID Fri, UA/cx sent. Daughter aware. Call if T>38.3 or not taking PO.\nSA",
    ),
    m(
        True,
        "Patient statement to guarantor son",
        "Billing statement to son naming patient and neuropsychological testing charges.",
        f"Billing <billing@{MCG}>",
        "michael.brandt.cpa@outlook.com",
        "Statement for Helga Brandt - balance due",
        "Dear Mr. Brandt,\n\nAs guarantor for your mother Helga Brandt (account 300-8812), the balance after Medicare for neuropsychological testing (CPT 96132, 96133) on 10/19/2026 is $184.60. You may pay online or call 262-555-0147.\n\nThank you,\nPatient Accounts"
        + SIG,
    ),
    m(
        True,
        "Password-protected records zip to attorney",
        "Records for named patient sent to elder law attorney under authorization; password-protected zip.",
        f"Health Information <him@{MCG}>",
        f"paralegal@{FOL}",
        "Records request - Eleanor Pruitt (DOB 04/17/1936)",
        "Per the signed authorization received 11/25, the requested records for Eleanor Pruitt (capacity evaluation and last 12 months of progress notes) are attached. Password will be sent by text to your office line.\n\nRelease of Information"
        + SIG,
        atts=(
            Att(
                "Pruitt_E_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "capacity_eval_2026-10-02.txt": "Capacity evaluation - Eleanor Pruitt. Impression: lacks capacity for complex financial decisions; retains capacity to appoint health care agent.",
                        "progress_notes.txt": "2026-06-11 f/u vascular dementia, BP 148/82 ...",
                    },
                    "Orchard#2200",
                ),
            ),
        ),
    ),
    m(
        True,
        "Lab results text printout to assisted living",
        "Hard positive: body only says results attached; the TXT printout names the resident with sodium and B12 results.",
        f"Nurse Line <nurseline@{MCG}>",
        "nursing@brightwaterassistedliving.com",
        "labs",
        "attached, no changes needed per Dr. A",
        atts=(
            Att(
                "labs_1201.txt",
                "text/plain",
                "MAPLECREST LAB RESULTS\nResident: Cornelius Baptiste  DOB 1930-05-08\nNa 131 L  K 4.2  Cr 1.3 H\nVitamin B12 188 L (start cyanocobalamin 1000 mcg daily)\n",
            ),
        ),
    ),
    m(
        True,
        "HTML-only appointment reminder to patient with clinic program",
        "HTML-only reminder to patient's personal mailbox naming her memory-care program infusion visit.",
        f"Maplecrest Reminders <reminders@{MCG}>",
        "joyce.lemke1950@icloud.com",
        "Reminder: your infusion visit Wednesday",
        "",
        html="<html><body><p>Hello Joyce Lemke,</p><p>This is a reminder of your <b>lecanemab infusion and ARIA safety check</b> on Wednesday, December 9 at 8:30 AM in the Maplecrest Infusion Suite.</p><p>Please arrive 15 minutes early.</p><p style='font-size:9pt'>Maplecrest Geriatrics &amp; Memory Care</p></body></html>",
    ),
    # ---------------- non-PHI ----------------
    m(
        False,
        "New geriatric psychiatrist announcement with NPI",
        "Hard negative: clinician bio listing dementia, late-life depression and her NPI; no patient.",
        f"Communications <news@{MCG}>",
        "referring-providers@wauk-medsociety.org",
        "Welcome Dr. Ines Calloway, geriatric psychiatry",
        "Maplecrest welcomes Ines Calloway, MD (NPI: 1531420069), board certified in geriatric psychiatry. Dr. Calloway treats late-life depression, behavioural symptoms of Alzheimer's and Lewy body dementia, and anxiety in Parkinson's disease. New referrals accepted from Dec 14."
        + SIG,
    ),
    m(
        False,
        "Quarterly quality dashboard workbook",
        "Hard negative: multi-sheet workbook of aggregate fall rates and diagnosis counts; no individuals.",
        f"Quality <quality@{MCG}>",
        "qualitycommittee@wauk-aco.org",
        "Q3 quality dashboard",
        "Attached. Falls per 1,000 visit-days down to 2.1. The counts by diagnosis tab is new this quarter.",
        atts=(
            Att(
                "Q3_dashboard.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Q2", "Q3"],
                            ["Falls per 1000 days", 2.7, 2.1],
                            ["30-day readmits %", 11.2, 9.8],
                            ["Advance care plan documented %", 64, 71],
                        ],
                        "Dx counts": [
                            ["Diagnosis", "Patients"],
                            ["Alzheimer's disease", 412],
                            ["Vascular dementia", 97],
                            ["Lewy body dementia", 41],
                            ["MCI", 260],
                        ],
                    }
                ),
            ),
        ),
    ),
    m(
        False,
        "HIPAA refresher with declared fake patient",
        "Hard negative: training e-mail uses an explicitly fictitious patient and placeholder MRN to illustrate misdirected mail.",
        f"Privacy Office <privacy@{MCG}>",
        f"allstaff@{MCG}",
        "December HIPAA minute: autocomplete",
        "Example (fictional): you type 'Jane' and Outlook offers jane.testpatient@example.com instead of Dr. Jane Moss. If you send 'Jane Testpatient, MRN TEST-000, positive amyloid PET' to the wrong Jane, that is a breach. Always check the To: line.\n\nPrivacy Office",
    ),
    m(
        False,
        "Donepezil 23 mg shortage notice",
        "Hard negative: drug shortage notice naming a dementia drug and alternatives; no patient.",
        f"Pharmacy Services <pharmacy@{MCG}>",
        "pharmacists@wauk-retailrx-network.org",
        "Shortage: donepezil 23 mg tablets",
        "Donepezil 23 mg is on backorder from both wholesalers until late January. For patients on 23 mg, our prescribers are switching to 10 mg + 10 mg or holding at 10 mg. Please call our pharmacy line before substituting.\n\nMaplecrest Pharmacy Services",
    ),
    m(
        False,
        "Staff flu vaccination compliance notice",
        "Hard negative: staff health notice with counts of unvaccinated staff and no names.",
        f"Employee Health <employeehealth@{MCG}>",
        f"managers@{MCG}",
        "Flu vaccine deadline Friday",
        "12 staff still have no flu vaccine or declination on file. Managers, please remind your teams; flu shots are available in Room 210 Tue-Thu 7-9 AM.",
    ),
    m(
        False,
        "Nurse practitioner job posting",
        "Job posting for a memory-care NP; no individuals.",
        f"Careers <careers@{MCG}>",
        "postings@wisconsin-nursesjobs.com",
        "Job posting: Memory Care Nurse Practitioner (1.0 FTE)",
        "Maplecrest seeks an AGNP for our memory clinic and house-calls program. Duties: cognitive assessments, dementia care planning (CPT 99483), caregiver education. Salary range $128k-$146k. Apply by January 8.",
    ),
    m(
        False,
        "EHR downtime notice to vendor",
        "IT maintenance notice to EHR vendor; no patient data.",
        f"IT Service Desk <itsupport@{MCG}>",
        "support@orchardehr-hosting.com",
        "Planned downtime Sat 12/12 01:00-05:00",
        "Confirming our window for the database upgrade. Please have an on-call DBA available. Change ticket CHG-20461.",
    ),
    m(
        False,
        "De-identified research extract to university",
        "Hard negative: de-identified extract with age bands, MoCA scores and study codes under a data use agreement.",
        f"Research Office <research@{MCG}>",
        "adrc-data@uwmadison-adrc.org",
        "DUA 2026-14 extract v2",
        "Attached is the revised de-identified extract (ages over 89 grouped, no dates beyond year, study codes only).",
        atts=(
            Att(
                "dua2026-14_extract.csv",
                "text/csv",
                "study_code,age_band,sex,year_dx,moca_baseline,moca_12mo\r\nS001,75-79,F,2024,22,20\r\nS002,85-89,M,2023,17,14\r\nS003,90+,F,2025,19,19\r\n",
            ),
        ),
    ),
    m(
        False,
        "HTML-only caregiver newsletter",
        "Hard negative: HTML newsletter on Alzheimer's warning signs; health topic with no individual.",
        f"Maplecrest News <news@{MCG}>",
        "subscribers@lists.maplecrestgeri.org",
        "10 early signs of Alzheimer's - and when to ask for an evaluation",
        "",
        html="<html><body><h2>10 early signs</h2><ol><li>Memory loss that disrupts daily life</li><li>Trouble planning or solving problems</li><li>Confusion with time or place</li></ol><p>Worried about a loved one? Call 262-555-0142 to ask about a memory evaluation.</p></body></html>",
    ),
    m(
        False,
        "HL7 test message with synthetic patient",
        "Hard negative: interface validation HL7 message with an obviously synthetic ZZTEST patient and processing ID T.",
        f"Interface Team <hl7support@{MCG}>",
        "onboarding@orbitlab-interfaces.com",
        "Test ADT for connectivity validation",
        "Attached is the test A04 you asked for. Patient is synthetic (ZZTEST^INTERFACE), processing ID = T.",
        atts=(Att("test_A04.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    m(
        False,
        "Grand rounds speaking invitation",
        "Invitation to an outside geriatrician to speak; no patients.",
        f"Dr. Priya Raman <praman@{MCG}>",
        "h.ostergaard@mcw-geriatrics.edu",
        "Grand rounds in March?",
        "Helle - any chance you could give our March grand rounds on deprescribing in dementia? 45 min + Q&A, Thursday noon. We'd love to have you.\n\nPriya",
    ),
    m(
        False,
        "DEA registration renewal to compliance consultant",
        "Hard negative: prescriber's DEA number and NPI in a renewal checklist; provider identifiers only.",
        f"Credentialing <credentialing@{MCG}>",
        "renewals@medcompliancepartners.com",
        "DEA renewal - Dr. Amadi",
        "Dr. Samuel Amadi, DEA BM4827169, NPI: 1957704830, expires 01/31/2027. Please start the renewal; state CSR is current."
        + SIG,
    ),
    m(
        False,
        "Supply order with SSN-shaped PO number",
        "Hard negative: incontinence supply purchase order whose PO number is formatted like an SSN.",
        f"Purchasing <purchasing@{MCG}>",
        "orders@midwestmedsupply.com",
        "PO 412-58-3307 - briefs and underpads",
        "Please ship PO 412-58-3307: 12 cases adult briefs (M), 8 cases underpads 30x36, 4 cases nitrile gloves (L). Deliver to loading dock B.",
    ),
    m(
        False,
        "Staff in-service invitation on delirium",
        "Hard negative: calendar invite for a staff training about delirium; no patient.",
        f"Education <education@{MCG}>",
        f"nursing@{MCG}",
        "In-service: recognizing delirium in dementia",
        "Please join us for a 30-minute in-service on CAM screening.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Maplecrest//Education//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mcg-edu-5512@maplecrestgeri.org\r\nDTSTAMP:20261201T150000Z\r\nDTSTART:20261210T190000Z\r\nDTEND:20261210T193000Z\r\nSUMMARY:In-service: delirium and the CAM\r\nLOCATION:Conference Room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    m(
        False,
        "Payer contract rate discussion with CPT codes",
        "Hard negative: contract negotiation listing CPT codes and rates for dementia care; no patient.",
        f"Managed Care Contracting <contracting@{MCG}>",
        "provider.contracts@northstarmedadvantage.com",
        "2027 fee schedule counter-proposal",
        "We propose 110% of Medicare for 99483 (cognitive assessment & care plan), 96132/96133 neuropsych testing, and G0136 SDOH risk assessment. Happy to meet Dec 15.",
    ),
    m(
        False,
        "Capacity assessment policy document",
        "Hard negative: policy DOCX with template field names (Patient Name, MRN, Diagnosis) left blank.",
        f"Compliance <compliance@{MCG}>",
        "policy-review@wauk-aco.org",
        "Policy CL-22 decision-making capacity (draft for review)",
        "Draft attached for the ACO policy committee.",
        atts=(
            Att(
                "CL-22_capacity_policy.docx",
                DOCX,
                docx(
                    [
                        "Policy CL-22: Assessment of Decision-Making Capacity",
                        "Purpose: to standardize documentation when capacity is questioned.",
                        "Form fields: Patient Name ____  MRN ____  Diagnosis ____  Decision in question ____",
                        "The assessing clinician documents understanding, appreciation, reasoning and choice.",
                    ]
                ),
            ),
        ),
    ),
    m(
        False,
        "Thank-you note to pharmaceutical rep",
        "Vendor thank-you for a lunch-and-learn; no patients.",
        f"Dr. Samuel Amadi <samadi@{MCG}>",
        "jared.kowal@eisaipharma-rep.com",
        "Thanks for Tuesday",
        "Jared, thanks for the lunch and the ARIA monitoring slides. Staff found it useful.\nSam",
    ),
    m(
        False,
        "Physician out-of-office coverage notice",
        "Staff coverage notice naming physicians with no health information.",
        f"Clinic Manager <manager@{MCG}>",
        "frontdesk@lakecountryrehabpt.com",
        "Coverage Dec 21 - Jan 4",
        "Dr. Raman is out Dec 21 - Jan 4. Dr. Amadi will cover her referrals and signatures. Fax line unchanged.",
    ),
    m(
        False,
        "De-identified teaching vignette to residents",
        'Hard negative: teaching case with no name, date or identifier ("an 82-year-old woman").',
        f"Dr. Priya Raman <praman@{MCG}>",
        "residents@mcw-im-residency.edu",
        "Case for Thursday's teaching session",
        "An 82-year-old woman with 3 years of progressive memory loss presents with new visual hallucinations and falls after starting haloperidol in the ED. What is the likely diagnosis and what would you avoid? Answers Thursday.",
    ),
]
