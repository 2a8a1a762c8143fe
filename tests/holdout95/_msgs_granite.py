"""Granite Bay Medical Center IT service desk and EHR analyst team: outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nGranite Bay Medical Center | IT Service Desk\nx4-4357 | 555-0142 | servicedesk@granitebaymc.org"
EHR = "\n\nThanks,\nEHR Applications Team\nGranite Bay Medical Center"
CONF = "\n\nCONFIDENTIALITY NOTICE: This message may contain confidential information intended only for the addressee."

MESSAGES = [
    Spec(
        phi=True,
        category="EHR vendor ticket: failed chart merge with MRNs",
        notes="Hard positive: two patient MRNs in a duplicate-record merge ticket plus a screenshot named after the patient.",
        frm="Rohan Mehta <rmehta@granitebaymc.org>",
        to="support@corvanehealth.com",
        subject="SR 448120 - MPI merge error E-2291",
        body="Hi team,\n\nThe merge of 00481736 into 00517204 fails with E-2291 (encounter on hold). Both records are Adaeze Okafor; HIM confirmed the duplicate. Screenshot attached. Sev 3 please, it's blocking her pre-op paperwork."
        + EHR,
        atts=(Att("merge_error_Okafor_Adaeze.png", "image/png", png(6, 4, (230, 230, 240))),),
    ),
    Spec(
        phi=True,
        category="ADT message attached to interface vendor for debugging",
        notes="Hard positive: PHI only in the attached HL7 A08 (patient name, DOB, MRN, address, diagnosis).",
        frm="Interface Team <interfaces@granitebaymc.org>",
        to="tier2@bridgewayintegration.com",
        subject="Case 77-3310: A08 rejected at PV1-3",
        body="Attached is the raw message that your engine rejected at 02:14. PV1-3 has a four-part location; the spec allows five. Can you confirm whether the channel filter needs the new bed format?\n\nNadia",
        atts=(
            Att(
                "rejected_A08_0214.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|GBMC_ADT|GBMC|BRIDGE|BRIDGE|202610200214||ADT^A08|A08-8841230|P|2.5.1\r"
                "PID|1||00592283^^^GBMC^MR||Castellanos^Beatriz^L||19580117|F|||1440 Ridgecrest Dr^^Folsom^CA^95630||555-0187\r"
                "PV1|1|I|4W^412^B^GBMC||||1296661329^Ahn^Daniel|||MED\r"
                "DG1|1||J44.1^COPD with acute exacerbation^I10\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Portal proxy access confirmation to parent",
        notes="Parent's gmail told her proxy access now covers her son Mateo Ruiz's pediatric cardiology visits.",
        frm="MyGranite Support <mygranite@granitebaymc.org>",
        to="lucia.ruiz.home@gmail.com",
        subject="Your MyGranite proxy access is active",
        body="Dear Ms. Ruiz,\n\nYour proxy access to Mateo Ruiz's record has been set up. You will now see his pediatric cardiology appointments, including the echocardiogram on November 3, and messages from Dr. Ferreira's office.\n\nIf you did not request this change, call 555-0142.\n\nMyGranite Support",
    ),
    Spec(
        phi=True,
        category="Portal display bug fix notice to patient",
        notes="Named patient told his lipid panel from a dated visit is now visible after a portal fix.",
        frm="MyGranite Support <mygranite@granitebaymc.org>",
        to="tdevlin1961@yahoo.com",
        subject="Re: can't see my test results",
        body="Hello Mr. Devlin,\n\nThanks for your patience. A display error was hiding some results in the app. Your lipid panel from the October 14 visit is now showing under Test Results. Your LDL value is flagged because it is above the reference range; Dr. Whitaker's nurse will reach out about it.\n\nTicket INC0912284 is now closed."
        + SIG,
    ),
    Spec(
        phi=True,
        category="FHIR test payload built from a live chart",
        notes="Hard positive: FHIR bundle sent to an app vendor was taken from a real patient's chart because the test environment was down.",
        frm="Grace Liu <gliu@granitebaymc.org>",
        to="integrations@sunpathrx.io",
        subject="Observation bundle that fails your validator",
        body="Hi Marco,\n\nTST was down for the refresh, so I pulled this from PRD to reproduce it - please delete after you've looked. The Observation with the valueQuantity in mmol/L is the one your validator drops.\n\nGrace",
        atts=(
            Att(
                "bundle_fail.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "gb-592011", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8841", "value": "00592011"}], "name": [{"family": "Nakashima", "given": ["Kenji"]}], "birthDate": "1949-06-02"}},\n'
                ' {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Potassium"}, "subject": {"reference": "Patient/gb-592011"}, "valueQuantity": {"value": 6.1, "unit": "mmol/L"}, "effectiveDateTime": "2026-10-18T05:40:00-05:00"}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Break-the-glass access audit for outside counsel",
        notes="Access audit workbook naming a patient, her MRN, her psychiatric admission and the staff who opened her chart, sent to a law firm.",
        frm="IAM Team <iam@granitebaymc.org>",
        to="kdobbs@harlowpierce-law.com",
        cc="privacy@granitebaymc.org",
        subject="Requested access audit - privileged & confidential",
        body="Ms. Dobbs,\n\nAs requested by our Privacy Officer, attached is the access audit for the patient in matter 2026-114. The second sheet lists every break-the-glass event.\n\nRegards,\nIdentity & Access Management"
        + CONF,
        atts=(
            Att(
                "access_audit_matter_2026-114.xlsx",
                XLSX,
                xlsx(
                    {
                        "Patient": [
                            ["Name", "MRN", "Encounter", "Unit"],
                            [
                                "Simone Achterberg",
                                "00633907",
                                "Inpatient psychiatry 09/28/2026-10/09/2026",
                                "BH-2",
                            ],
                        ],
                        "BTG events": [
                            ["User", "Role", "Time", "Reason"],
                            ["jpellegrino", "RN (ED)", "2026-09-30 22:14", "Other"],
                            ["mkwan", "Registration", "2026-10-02 08:03", "Billing"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Downtime census mailed to personal account",
        notes="Downtime census CSV with names, rooms and diagnoses sent to a nursing supervisor's personal gmail.",
        frm="IT Service Desk <servicedesk@granitebaymc.org>",
        to="b.okoro.rn@gmail.com",
        subject="BCA census 0600",
        body="Per your call - the 0600 business-continuity census since you can't reach the BCA PC from home. Delete after use please."
        + SIG,
        atts=(
            Att(
                "bca_census_0600.csv",
                "text/csv",
                "Room,Patient,MRN,Age,Dx,Code status\n5E-501,Halvorsen Per,00702218,81,CHF exacerbation,DNR\n5E-503,Quintero Rosa,00688140,57,Cellulitis L leg,Full\n5E-507,Abernathy Cole,00711952,34,DKA,Full\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Fax server misroute of pathology report to vendor",
        notes="Fax vendor told a named patient's pathology report with MRN went to a wrong number.",
        frm="Rohan Mehta <rmehta@granitebaymc.org>",
        to="escalations@faxwellcloud.com",
        subject="Urgent: routing rule sent report to wrong fax",
        body="Faxwell team,\n\nYesterday at 16:22 your routing rule 14 sent a surgical pathology report (patient Harold Vance, MRN 00574931, breast core biopsy) to 555-0119, which belongs to a dental office. We need the transmission log and root cause by Thursday for our privacy review.\n\nRohan Mehta\nIT Infrastructure",
    ),
    Spec(
        phi=True,
        category="Forwarded clinic complaint about missing A1c result",
        notes="Hard positive: PHI only in the forwarded clinic message (patient name, DOB and A1c value).",
        frm="Interface Team <interfaces@granitebaymc.org>",
        to="support@keystonelabsystems.com",
        subject="FW: result not crossing to chart",
        body="See below from the Elm Street clinic. Accession KL-2210448 resulted in your LIS on 10/16 but never produced an ORU. Please check the outbound queue.\n\n- GBMC Interfaces",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Elm Street Clinic <elmstreet.clinic@granitebaymc.org>",
            to="interfaces@granitebaymc.org",
            subject="result missing",
            body="Hi, Dr. Sorensen is asking why Jun-ho Park's A1c (DOB 4/22/1966) isn't in the chart. Keystone's portal shows 8.1%. He has a diabetes follow-up Friday.",
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry sent to clearinghouse",
        notes="Hard positive: the attached 270 carries a real subscriber's name, DOB and member ID.",
        frm="Revenue Cycle Applications <rcapps@granitebaymc.org>",
        to="edisupport@clearpointclaims.com",
        subject="270 getting AAA*N**72 back",
        body="We keep getting AAA 72 (invalid member ID) on this one, but the card scan matches. Attached the exact 270 we sent.\n\nEHR Revenue Cycle Apps",
        atts=(
            Att(
                "elig_inquiry_1019.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*GBMC01         *ZZ*CLEARPT        *261019*1044*^*00501*000004417*0*P*:~\nGS*HS*GBMC01*CLEARPT*20261019*1044*4417*X*005010X279A1~\nST*270*0001*005010X279A1~\nBHT*0022*13*GB4417*20261019*1044~\nHL*1**20*1~\nNM1*PR*2*SUMMIT HEALTH PLAN*****PI*60054~\nHL*2*1*21*1~\nNM1*1P*2*GRANITE BAY MEDICAL CENTER*****XX*1143098931~\nHL*3*2*22*0~\nNM1*IL*1*FONTAINE*MARGUERITE****MI*SHP88421907~\nDMG*D8*19720309*F~\nEQ*30~\nSE*11*0001~\nGE*1*4417~\nIEA*1*000004417~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse portal unlock request to vendor",
        notes="Hard positive: terse note with name, DOB and an upcoming chemotherapy appointment.",
        frm="Tomas Greer <tgreer@granitebaymc.org>",
        to="help@patientbridge.app",
        subject="unlock pls",
        body="pls unlock acct for pt Reyes, Marisol DOB 03/11/1979 - locked out 5x, she needs the pre-chemo questionnaire done before her infusion appt tmrw 0800\n\ntg",
    ),
    Spec(
        phi=True,
        category="Meeting invite to review wrong-patient documentation",
        notes="Hard positive: PHI only in the calendar invite description (two patients, MRNs, pneumonia note filed to the wrong chart).",
        frm="EHR Analysts <ehr-analysts@granitebaymc.org>",
        to="coding-qa@vantagecodingpartners.com",
        cc="him.director@granitebaymc.org",
        subject="Invitation: wrong-chart note correction review",
        body="Invite attached. Please come with the coding impact for both accounts.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GBMC//EHR Analysts//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h95-wrongchart-1021@granitebaymc.org\r\nDTSTAMP:20261019T150000Z\r\nDTSTART:20261021T190000Z\r\nDTEND:20261021T193000Z\r\nSUMMARY:Wrong-chart note correction review\r\nDESCRIPTION:Progress note for Tobias Lindqvist (MRN 00640072\\, pneumonia) was filed on Tomas Lindquist (MRN 00640027). Agenda: unfile\\, refile\\, re-code both encounters.\r\nLOCATION:Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Reply to spouse about proxy access",
        notes="Hard positive: first name plus relationship plus oncology appointments in a reply to the husband's mailbox.",
        frm="MyGranite Support <mygranite@granitebaymc.org>",
        to="dalbright@outlook.com",
        subject="Re: access to my wife's account",
        body="Mr. Albright,\n\nWe received Carol's signed proxy form. Once it is processed (2-3 business days) you'll be able to see her upcoming appointments at the Cancer Center and her radiation schedule. You won't see her notes from the counselling visits; those are restricted by default.\n\nMyGranite Support",
    ),
    Spec(
        phi=True,
        category="C-CDA sent to HIE during onboarding test",
        notes="C-CDA continuity-of-care document for a named patient with problems and meds, sent to the HIE onboarding team.",
        frm="Interface Team <interfaces@granitebaymc.org>",
        to="onboarding@norcalhie.org",
        subject="CCD sample for go-live validation",
        body="Attached is the production CCD you asked for to validate section ordering. It went through our normal outbound channel.\n\nGBMC Interfaces",
        atts=(
            Att(
                "ccd_00655120.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n <templateId root="2.16.840.1.113883.10.20.22.1.2"/>\n <title>Continuity of Care Document</title>\n <recordTarget><patientRole><id extension="00655120" root="2.16.840.1.113883.3.8841"/>\n  <patient><name><given>Eleanor</given><family>Marchetti</family></name><birthTime value="19440811"/></patient></patientRole></recordTarget>\n <component><structuredBody>\n  <component><section><title>Problems</title><text>Atrial fibrillation; Type 2 diabetes mellitus</text></section></component>\n  <component><section><title>Medications</title><text>Apixaban 5 mg BID; Metformin 500 mg BID</text></section></component>\n </structuredBody></component>\n</ClinicalDocument>\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Web server logs with patient names in URLs sent to vendor",
        notes="Hard positive: zipped access logs sent to a vendor contain patient names and MRNs in query strings.",
        frm="Web Team <webteam@granitebaymc.org>",
        to="support@lumenportals.com",
        subject="Logs for the 502 errors",
        body="Logs for the window you asked for (10/18 20:00-22:00) are attached. Nothing scrubbed, sorry - we're on a deadline.\n\nWeb Team",
        atts=(
            Att(
                "portal_logs_1018.zip",
                "application/zip",
                zipped(
                    {
                        "access_2000-2200.log": '10.4.1.22 - - [18/Oct/2026:20:41:07 -0500] "GET /visit-summary?mrn=00612844&name=Whitcombe%2C+Gerald&dx=I50.9 HTTP/1.1" 502 0\n10.4.1.22 - - [18/Oct/2026:20:41:15 -0500] "GET /visit-summary?mrn=00598831&name=Ibarra%2C+Leonor&dx=O24.419 HTTP/1.1" 502 0\n'
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted list of patients with delayed results",
        notes="Hard positive: patient names and MRNs only inside the encrypted zip to the external auditor; the body describes it as the delayed-results patient list.",
        frm="EHR Analysts <ehr-analysts@granitebaymc.org>",
        to="engagement@brightlineassurance.com",
        subject="Interface outage impact file",
        body="Attached (encrypted) is the list of the 14 patients whose critical lab results were delayed by the 10/12 interface outage, with MRNs and the time each result reached the chart. Password follows by text message."
        + EHR,
        atts=(
            Att(
                "outage_impact.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "delayed_results.csv": "MRN,Patient,Result,Delay_min\n00623318,Kowalczyk Irena,Troponin 0.41,188\n00631052,Battle Desmond,Potassium 6.4,205\n"
                    },
                    "Gr4nite!Oct26",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Diagnosis and name only in subject line",
        notes="Hard positive: the subject names the patient and her hepatitis C viral load; the body only says it is fixed.",
        frm="Interface Team <interfaces@granitebaymc.org>",
        to="frontdesk@sierrahepatology.com",
        subject="Okonkwo, Ngozi - HCV viral load not showing in results feed",
        body="Fixed. It should be in your inbox now. Let us know if it happens again.\n\n- GBMC Interfaces",
    ),
    Spec(
        phi=True,
        category="Wrong-patient scan notification letter",
        notes="Letter PDF to a named patient that her sleep study report was scanned into another chart.",
        frm="Privacy & HIM <privacy@granitebaymc.org>",
        to="wen.zhao.sac@icloud.com",
        subject="Important notice about your health record",
        body="Dear Ms. Zhao,\n\nPlease read the attached letter about a scanning error involving your record. Call us at 555-0161 with any questions.\n\nGranite Bay Medical Center Privacy Office",
        atts=(
            Att(
                "notice_zhao_w.pdf",
                "application/pdf",
                pdf(
                    [
                        "GRANITE BAY MEDICAL CENTER - PRIVACY OFFICE",
                        "October 20, 2026",
                        "Wen Zhao, 2217 Alder Glen Way, Sacramento CA 95821",
                        "On October 9 your polysomnography (sleep study) report dated September 30",
                        "was scanned into another patient's record in error. The report showed",
                        "moderate obstructive sleep apnea. It was removed on October 13.",
                    ],
                    "Notice to patient",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Downtime root-cause analysis with patient table",
        notes="RCA document sent to the EHR vendor lists named patients with late insulin and heparin doses.",
        frm="EHR Analysts <ehr-analysts@granitebaymc.org>",
        to="rca@corvanehealth.com",
        subject="RCA draft - 10/12 eMAR outage",
        body="Draft RCA attached for your engineering input. Section 4 lists the patient-level impact nursing reported."
        + EHR,
        atts=(
            Att(
                "RCA_eMAR_outage_draft2.docx",
                DOCX,
                docx(
                    [
                        "Root Cause Analysis - eMAR outage 10/12/2026 03:10-05:55",
                        "1. Summary: barcode scanning unavailable on 6 units.",
                        "4. Patient impact:",
                        "Lionel Prichard (MRN 00617740) - insulin glargine given 95 min late; glucose 312.",
                        "Fatima Haddad (MRN 00620915) - heparin drip rate change delayed 70 min; aPTT 118.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Scheduled EHR upgrade downtime notice to affiliates",
        notes="Generic downtime notice to affiliated clinics with a checklist; no patient.",
        frm="IT Service Desk <servicedesk@granitebaymc.org>",
        to="practice-managers@granitebayaffiliates.org",
        subject="Planned EHR downtime Sat 10/31 23:00-03:00",
        body="Hello practice managers,\n\nThe EHR will be unavailable Saturday 10/31 from 23:00 to 03:00 for the fall upgrade. Print your Monday schedules Friday afternoon and use the downtime forms. Checklist attached.\n\nThank you for your patience."
        + SIG,
        atts=(
            Att(
                "downtime_checklist.txt",
                "text/plain",
                "DOWNTIME CHECKLIST\n[ ] Print next-day schedules\n[ ] Confirm BCA PC is online\n[ ] Stock paper requisitions\n[ ] Assign a runner for results\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Synthetic HL7 test message to interface vendor",
        notes="Hard negative: HL7 ORU for a clearly declared ZZTEST synthetic patient in the test environment.",
        frm="Interface Team <interfaces@granitebaymc.org>",
        to="tier2@bridgewayintegration.com",
        subject="TST channel 12 - sample ORU for mapping",
        body="Sample from TST attached. The patient is our standard synthetic record (ZZTEST, MRN range 999xxxxx, not a real person). OBX-5 with the comparator is the field to map.\n\nNadia",
        atts=(
            Att(
                "tst_oru_sample.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|GBMC_LAB|GBMC|BRIDGE|BRIDGE|202610190930||ORU^R01|TST0001|T|2.5.1\rPID|1||99900017^^^GBMC^MR||ZZTEST^LABPATIENT||19000101|U\rOBR|1||TST-55|2160-0^Creatinine^LN\rOBX|1|SN|2160-0^Creatinine^LN||>^10.0|mg/dL|0.6-1.3|H|||F\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Synthetic FHIR patient from sandbox",
        notes="Hard negative: FHIR Patient resource from the vendor sandbox, explicitly synthetic.",
        frm="Grace Liu <gliu@granitebaymc.org>",
        to="integrations@sunpathrx.io",
        subject="Sandbox patient for your SMART launch test",
        body="Marco, use this sandbox patient for the launch test. It's synthetic (generated by the sandbox tool, tag SYNTHETIC in meta).\n\nGrace",
        atts=(
            Att(
                "sandbox_patient.json",
                "application/fhir+json",
                '{"resourceType": "Patient", "id": "sbx-0042", "meta": {"tag": [{"code": "SYNTHETIC"}]}, "name": [{"family": "Testpatient", "given": ["Ivy"]}], "birthDate": "1990-01-01", "gender": "female"}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Provider directory file with NPIs and DEA for e-prescribing",
        notes="Hard negative: clinicians' names, specialties, NPIs and one DEA number for EPCS set-up; no patients.",
        frm="EHR Analysts <ehr-analysts@granitebaymc.org>",
        to="provider-data@norcalhie.org",
        subject="Q4 provider directory update",
        body="Attached is our Q4 directory delta (new and changed clinicians). Dr. Ahn's EPCS registration also needs his DEA: BM6371811. Please confirm when loaded."
        + EHR,
        atts=(
            Att(
                "provider_delta_Q4.csv",
                "text/csv",
                "Name,Specialty,NPI,Location\nDaniel Ahn MD,Pulmonology,NPI 1296661329,Main Campus\nPriya Venkataraman MD,Hepatology,NPI 1954536961,Sierra Clinic\nOwen Tillman NP,Family Medicine,NPI 1037054263,Elm Street\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Phishing alert with sample lure screenshot",
        notes="Hard negative: security alert about a fake 'your lab results are ready' lure; no real patient.",
        frm="Information Security <infosec@granitebaymc.org>",
        to="it-contacts@granitebayaffiliates.org",
        subject="Phishing alert: fake 'Your lab results are ready' emails",
        body="We are seeing emails claiming 'Your lab results are ready - view now' that link to granitebay-mc-results.com (not ours). Screenshot attached. Do not click; report with the Phish button. Our portal never asks for your password by email.\n\nInformation Security",
        atts=(Att("phish_lure_example.png", "image/png", png(8, 5, (250, 250, 250))),),
    ),
    Spec(
        phi=False,
        category="HIPAA training reminder with example field names",
        notes="Hard negative: training reminder listing the kinds of identifiers (MRN, DOB) as examples; no individual.",
        frm="IT Service Desk <servicedesk@granitebaymc.org>",
        to="contractors@granitebaymc-partners.com",
        subject="Annual privacy & security training due Nov 15",
        body="Reminder to all contracted IT staff: annual training is due November 15. Module 3 covers what never goes in a ticket: patient name, MRN, DOB, diagnosis, screenshots of charts. Use the ticket's secure attachment field instead.\n\nAccounts without completion will be disabled on November 16."
        + SIG,
    ),
    Spec(
        phi=False,
        category="License true-up workbook to EHR vendor",
        notes="Multi-sheet license counts by module and role; no patients.",
        frm="IT Finance <itfinance@granitebaymc.org>",
        to="accounts@corvanehealth.com",
        subject="2026 license true-up",
        body="Attached is our true-up. We dispute the Oncology module count (sheet 2).\n\nIT Finance",
        atts=(
            Att(
                "license_trueup_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Module", "Licensed", "Active"],
                            ["Ambulatory", 1200, 1184],
                            ["Inpatient", 2100, 2231],
                            ["Oncology", 150, 97],
                        ],
                        "Disputed": [
                            ["Module", "Vendor count", "Our count", "Reason"],
                            ["Oncology", 162, 97, "Includes terminated users"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Hardware order with SSN-shaped order number",
        notes="Hard negative: the number in the format of an SSN is the vendor's order number for workstations on wheels.",
        frm="IT Procurement <itprocurement@granitebaymc.org>",
        to="orders@capitolmedcarts.com",
        subject="Order 604-31-7715 - delivery window",
        body="Hi,\n\nFor order 604-31-7715 (24 workstations on wheels, model CX-40), please deliver to dock B between 07:00 and 11:00. Contact on site: Ben at 555-0133.\n\nIT Procurement",
    ),
    Spec(
        phi=False,
        category="Staff exposure notice without individual",
        notes="Hard negative: staff notice about a measles exposure on a unit with no person identified.",
        frm="IT Service Desk <servicedesk@granitebaymc.org>",
        to="onsite-techs@techforcestaffing.com",
        subject="Contracted techs: 5 East access restriction",
        body="Contracted desktop techs: due to a measles exposure on 5 East last week, Employee Health asks that only staff with documented MMR immunity enter the unit through 10/30. If you can't show proof, ask us to reassign the ticket."
        + SIG,
    ),
    Spec(
        phi=False,
        category="EHR analyst job posting",
        notes="Hard negative: job posting mentioning oncology and pharmacy modules; no patients.",
        frm="Talent Acquisition <careers@granitebaymc.org>",
        to="jobs@healthitcareers.net",
        subject="Posting: Senior EHR Analyst - Oncology/Beacon",
        body="Please post the following:\n\nSenior EHR Analyst, Oncology. Build and maintain chemotherapy treatment plans, dose-rounding rules and infusion scheduling. 3+ years' experience; oncology certification preferred. Hybrid, Sacramento area. Salary $118k-$142k.",
    ),
    Spec(
        phi=False,
        category="Change advisory board calendar invite",
        notes="CAB meeting invite; change numbers only.",
        frm="Change Management <cab@granitebaymc.org>",
        to="cab-members@granitebaymc-partners.com",
        subject="CAB - week of 10/26",
        body="Agenda: CHG0041120 (firewall), CHG0041135 (lab interface cert renewal), CHG0041140 (printer driver).",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GBMC//CAB//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h95-cab-1026@granitebaymc.org\r\nDTSTAMP:20261019T150000Z\r\nDTSTART:20261026T160000Z\r\nDTEND:20261026T170000Z\r\nSUMMARY:Change Advisory Board\r\nLOCATION:IT Conference Room B / Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Disabled account notice to former employee",
        notes="Former employee's personal mailbox told her access ended with her employment; workforce matter only.",
        frm="IAM Team <iam@granitebaymc.org>",
        to="jess.pellham77@gmail.com",
        subject="Re: can't log in to Workday",
        body="Hi Jess,\n\nYour network and EHR access ended on your last day (10/9). Workday self-service for former employees is at the link in your separation packet; for W-2 questions contact HR at 555-0150.\n\nIdentity & Access Management",
    ),
    Spec(
        phi=False,
        category="Sepsis order set build specification",
        notes="Hard negative: order set spec with drugs, doses and lactate thresholds; no patient.",
        frm="EHR Analysts <ehr-analysts@granitebaymc.org>",
        to="clinicalcontent@corvanehealth.com",
        subject="Sepsis order set v4 - build spec",
        body="Attached is the approved v4 spec. Main change: lactate repeat if initial > 2 mmol/L."
        + EHR,
        atts=(
            Att(
                "sepsis_orderset_v4.docx",
                DOCX,
                docx(
                    [
                        "ED Sepsis Order Set v4 (approved by P&T 10/2026)",
                        "Lactate: initial; repeat in 2 h if > 2 mmol/L",
                        "Blood cultures x2 before antibiotics",
                        "Piperacillin-tazobactam 4.5 g IV q6h; vancomycin per pharmacy dosing",
                        "Crystalloid 30 mL/kg if hypotensive or lactate >= 4",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate downtime impact by unit",
        notes="Hard negative: counts of late medication documentation per unit; no individuals.",
        frm="EHR Analysts <ehr-analysts@granitebaymc.org>",
        to="quality@norcalhospitalcouncil.org",
        subject="Downtime impact summary for the regional report",
        body="Aggregate numbers for the regional downtime survey attached (units with fewer than 5 events are combined)."
        + EHR,
        atts=(
            Att(
                "downtime_impact_by_unit.csv",
                "text/csv",
                "Unit,Late med documentation,Delayed results\n4 West,88,12\n5 East,61,9\n6 West,97,14\nICU,66,6\nOther (combined),<20,<5\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clearinghouse certification test 835",
        notes="Hard negative: X12 835 from the clearinghouse's certification script with declared test payee and patient.",
        frm="Revenue Cycle Applications <rcapps@granitebaymc.org>",
        to="certification@clearpointclaims.com",
        subject="Cert script 835-07 result",
        body="Our parser loaded your test 835 (script 835-07, TESTPATIENT ONE). Attached is what we received so you can confirm the CLP totals match.",
        atts=(
            Att(
                "cert_835_07.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*CLEARPT        *ZZ*GBMC01         *261019*0915*^*00501*000000007*0*T*:~\nGS*HP*CLEARPT*GBMC01*20261019*0915*7*X*005010X221A1~\nST*835*0001~\nBPR*I*100.00*C*ACH~\nN1*PR*TEST PAYER~\nCLP*TESTCLAIM01*1*150.00*100.00**MC*TEST0001~\nNM1*QC*1*TESTPATIENT*ONE~\nSE*7*0001~\nGE*1*7~\nIEA*1*000000007~\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinician bios for portal Find-a-Doctor",
        notes="Hard negative: clinician biographies naming diseases they treat; no patients.",
        frm="Web Team <webteam@granitebaymc.org>",
        to="content@lumenportals.com",
        subject="New bios for Find-a-Doctor",
        body="Please publish:\n\nPriya Venkataraman, MD - Hepatology. Treats hepatitis B and C, fatty liver disease and cirrhosis; leads the liver transplant evaluation clinic.\n\nDaniel Ahn, MD - Pulmonology. Interests: COPD, interstitial lung disease, lung nodule screening.\n\nThanks,\nWeb Team",
    ),
    Spec(
        phi=False,
        category="HTML IT newsletter to affiliates",
        notes="HTML-only service desk newsletter; no patient information.",
        frm="IT Service Desk <servicedesk@granitebaymc.org>",
        to="newsletter@granitebayaffiliates.org",
        subject="IT Service Desk Monthly - October",
        body="",
        html="<html><body><h2>IT Service Desk Monthly</h2><ul><li>New badge-tap login on all shared workstations from Nov 2.</li><li>Windows 11 rollout: 62% complete.</li><li>Reminder: never email screenshots of charts - use secure file transfer.</li></ul><p>Questions? 555-0142</p></body></html>",
    ),
    Spec(
        phi=False,
        category="BAA renewal reminder to vendor legal",
        notes="BAA expiry reminder with a PDF form letter; no patient.",
        frm="IT Vendor Management <vendormgmt@granitebaymc.org>",
        to="legal@faxwellcloud.com",
        subject="Business Associate Agreement renewal - expires 12/31/2026",
        body="Our BAA with Faxwell Cloud expires 12/31. Please countersign the attached renewal by 11/30 so fax routing is not interrupted.\n\nVendor Management",
        atts=(
            Att(
                "BAA_renewal_Faxwell.pdf",
                "application/pdf",
                pdf(
                    [
                        "GRANITE BAY MEDICAL CENTER",
                        "Business Associate Agreement - Renewal",
                        "Business associate: Faxwell Cloud, Inc.",
                        "Term: 01/01/2027 - 12/31/2029",
                        "Signature: ______________________",
                    ],
                    "BAA renewal",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Infusion pump serial list for firmware update",
        notes="Hard negative: device serial numbers of pumps in inventory, not linked to any patient.",
        frm="Biomed IT <biomed-it@granitebaymc.org>",
        to="service@alarismedsupport.com",
        subject="Firmware 12.3 - pump serials by unit",
        body="Serial list for the 12.3 rollout attached; one sheet per unit. None are in use on the days listed.",
        atts=(
            Att(
                "pump_serials_fw12_3.xlsx",
                XLSX,
                xlsx(
                    {
                        "4 West": [
                            ["Serial", "Model", "Slot"],
                            ["PC8841-22019", "8015", "10/27 AM"],
                            ["PC8841-22044", "8015", "10/27 AM"],
                        ],
                        "ICU": [["Serial", "Model", "Slot"], ["PC8841-23102", "8015", "10/28 PM"]],
                    }
                ),
            ),
        ),
    ),
]
