"""Outbound mail of Meridian Chartworks, an EHR implementation consultancy (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nMeridian Chartworks | EHR implementation & optimization\nSuite 410, 88 Canal Street, Providence RI | 401-555-0130"

_ADT_PROD = "\r".join(
    [
        "MSH|^~\\&|ADTSRC|NARRAGANSETT_GH|INTENG|MERIDIAN|202604201604||ADT^A08|NGH88412077|P|2.3",
        "EVN|A08|202604201604",
        "PID|1||00739204^^^NGH^MR||Fitzgerald^Maureen^A||19480517|F|||19 Ocean View Rd^^Warwick^RI^02889||401-555-0181||||||033-58-7214",
        "PV1|1|I|5N^512^B^NGH||||1633395656^Halloran^Brendan^^^^MD|||CAR||||||||IP|V20264471",
        "DG1|1||I50.23^Acute on chronic systolic heart failure^I10",
        "AL1|1|DA|70618^Penicillin^RXNORM|SV|Anaphylaxis",
        "",
    ]
)

_ADT_TEST = "\r".join(
    [
        "MSH|^~\\&|ADTSRC|NGH_TST|INTENG|MERIDIAN|202604211130||ADT^A04|TST000031|T|2.3",
        "EVN|A04|202604211130",
        "PID|1||TST900031^^^NGH^MR||ZZTEST^MICKEY^T||19000101|M|||1 Test Way^^Testville^RI^00000",
        "PV1|1|O|TESTCLINIC^^^NGH_TST||||1633395656^Halloran^Brendan^^^^MD",
        "",
    ]
)

_API_BUNDLE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": 2,
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "eRc7.Qm4",
                    "identifier": [{"type": {"text": "MRN"}, "value": "00615530"}],
                    "name": [{"text": "Dolores Ambrosino"}],
                    "birthDate": "1952-10-03",
                    "address": [{"line": ["47 Sachem St"], "city": "Cranston", "state": "RI", "postalCode": "02920"}],
                }
            },
            {
                "resource": {
                    "resourceType": "MedicationRequest",
                    "status": "active",
                    "medicationCodeableConcept": {"text": "apixaban 5 mg tablet, 1 tab PO BID"},
                    "reasonCode": [{"text": "Paroxysmal atrial fibrillation"}],
                    "subject": {"reference": "Patient/eRc7.Qm4"},
                }
            },
        ],
    },
    indent=1,
)

_CAPABILITY = json.dumps(
    {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": "2026-04-15",
        "kind": "instance",
        "fhirVersion": "4.0.1",
        "format": ["json"],
        "rest": [
            {
                "mode": "server",
                "resource": [
                    {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}], "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"}]},
                    {"type": "Observation", "interaction": [{"code": "read"}, {"code": "search-type"}]},
                ],
            }
        ],
    },
    indent=1,
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
 <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
 <title>Transition of Care - Summary of Care</title>
 <effectiveTime value="20260420143000-0400"/>
 <recordTarget><patientRole>
  <id root="2.16.840.1.113883.3.7781.1" extension="00702216"/>
  <addr><streetAddressLine>312 Benefit St Apt 2</streetAddressLine><city>Providence</city><state>RI</state><postalCode>02903</postalCode></addr>
  <telecom value="tel:+1-401-555-0192"/>
  <patient><name><given>Theodore</given><family>Vasquez-Lind</family></name>
   <administrativeGenderCode code="M"/><birthTime value="19610228"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Problems</title><text>Type 2 diabetes mellitus with diabetic chronic kidney disease (E11.22); CKD stage 3b (N18.32)</text></section></component>
  <component><section><title>Medications</title><text>insulin glargine 22 units nightly; empagliflozin 10 mg daily</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

_X12_837_PROD = (
    "ISA*00*          *00*          *ZZ*NGHBILLING     *ZZ*HARBORCLEAR    *260417*1422*^*00501*000000812*0*P*:~"
    "GS*HC*NGHBILLING*HARBORCLEAR*20260417*1422*812*X*005010X223A2~ST*837*0001*005010X223A2~"
    "BHT*0019*00*NGH-837I-0812*20260417*1422*CH~"
    "NM1*85*2*NARRAGANSETT GENERAL HOSPITAL*****XX*1541018580~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*******MB~"
    "NM1*IL*1*OKAFOR*CHIDI****MI*4KW7HN2TC58~N3*8 Harbor Terrace~N4*Newport*RI*02840~DMG*D8*19500822*M~"
    "CLM*V20263318*18420.55***11:A:1*Y*A*Y*Y~DTP*434*RD8*20260409-20260413~"
    "HI*ABK:J18.9*ABF:J96.01~SE*14*0001~GE*1*812~IEA*1*000000812~"
)

_X12_837_SAMPLE = (
    "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *260101*0000*^*00501*000000001*0*T*:~"
    "GS*HC*SUBMITTERID*RECEIVERID*20260101*0000*1*X*005010X222A1~ST*837*0001*005010X222A1~"
    "BHT*0019*00*TESTBATCH01*20260101*0000*CH~"
    "NM1*IL*1*TESTSUBSCRIBER*JOHN****MI*TEST00000001~DMG*D8*19000101*M~"
    "CLM*TESTCLAIM01*100***11:B:1*Y*A*Y*Y~HI*ABK:Z00.00~SV1*HC:99213*100*UN*1***1~"
    "SE*8*0001~GE*1*1~IEA*1*000000001~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="legacy conversion validation workbook to client",
        notes="Multi-sheet workbook of converted patients with MRN, name, DOB and allergy mismatches sent to the client's HIM lead.",
        frm="Anneliese Kruger <akruger@meridianchartworks.com>",
        to="him.director@narragansettgh.org",
        subject="Conversion wave 2 - allergy/med mismatches for review",
        body="Joan,\n\nWave 2 validation is attached. 3 allergy mismatches and 2 med-list mismatches need a clinical reviewer before we re-run the load Thursday. Sheet 3 is the sign-off log.\n\nAnneliese" + SIG,
        atts=(
            Att(
                "NGH_conv_wave2_validation.xlsx",
                XLSX,
                xlsx(
                    {
                        "Allergy mismatches": [["MRN", "Patient", "DOB", "Legacy", "New EHR"], ["00558214", "Corrigan, Paul", "1944-03-11", "Sulfa (rash)", "(none)"], ["00601977", "Baptiste, Nadege", "1989-07-30", "Latex", "Latex; Peanut"], ["00733015", "Lindgren, Arvid", "1937-12-02", "Codeine (N/V)", "Codeine"]],
                        "Med mismatches": [["MRN", "Patient", "Legacy med", "New EHR med"], ["00558214", "Corrigan, Paul", "warfarin 2.5 mg daily", "warfarin 5 mg daily"], ["00612440", "Amaral, Rosa", "levothyroxine 88 mcg", "(missing)"]],
                        "Sign-off": [["Reviewer", "Date", "Status"], ["", "", "pending"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="production HL7 ADT pasted for interface vendor troubleshooting",
        notes="Hard positive: the 'sample' ADT attached for the interface vendor is a real production message with name, SSN, address, heart-failure diagnosis and allergy.",
        frm="Dev Patel <dpatel@meridianchartworks.com>",
        to="support@bridgelineinterfaces.com",
        subject="A08 failing on AL1 segment - sample attached",
        body="Hi Bridgeline,\n\nYour engine is rejecting A08s that carry an AL1 with RXNORM coding. One of the failed messages from last night is attached so you can reproduce. Ticket BL-20931.\n\nDev",
        atts=(Att("failed_A08_NGH88412077.hl7", "application/hl7-v2", _ADT_PROD),),
    ),
    Spec(
        phi=True,
        category="chart banner screenshot named after patient",
        notes="Hard positive: the screenshot file name carries the patient's name and MRN; the body says her penicillin allergy is missing from the banner.",
        frm="Sophie Adeyemi <sadeyemi@meridianchartworks.com>",
        to="ehr-build@narragansettgh.org",
        subject="Allergy banner not refreshing",
        body="Banner isn't showing the penicillin allergy for this one even after the A08 posted. Screenshot attached. Can someone on the build team check the banner rule?\n\nSophie",
        atts=(Att("banner_Halvorsen_Greta_MRN00744190.png", "image/png", png(10, 3, (250, 220, 90))),),
    ),
    Spec(
        phi=True,
        category="real C-CDA used for HIE onboarding validation",
        notes="Hard positive: the identifiers are only in the attached production C-CDA (name, address, DOB, diabetes with CKD) sent to the HIE for validation.",
        frm="Interface Team <interfaces@meridianchartworks.com>",
        to="onboarding@oceanstatehie.org",
        subject="NGH C-CDA validation sample (production)",
        body="As requested by your onboarding analyst, one production summary of care from NGH for schema/vocabulary validation. Please delete after validation per the participation agreement.",
        atts=(Att("NGH_ToC_00702216.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="go-live issue log with patient rows",
        notes="Issue-log CSV rows name patients and MRNs with orders/meds problems found at go-live.",
        frm="Command Center <commandcenter@meridianchartworks.com>",
        to="go-live-leads@narragansettgh.org",
        subject="Day 2 issue log (7 AM)",
        body="Attached is the 7 AM issue log. 41 open, 12 high. Huddle at 7:30 in the command center.",
        atts=(
            Att(
                "NGH_golive_day2_issues.csv",
                "text/csv",
                "id,unit,priority,patient,mrn,issue,owner\n"
                "GL-0211,4 East,High,\"Sorensen, Ida\",00690128,insulin sliding scale not on MAR,Pharmacy build\n"
                "GL-0214,ED,High,\"Boateng, Kwame\",00745502,troponin result not filing to chart,Lab interface\n"
                "GL-0220,L&D,Med,\"Riordan, Cait\",00748813,fetal monitoring strip link broken,Device integration\n"
                "GL-0223,Pharmacy,Low,,,report formatting,Reporting\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="duplicated anticoagulant order ticket by MRN",
        notes="Hard positive: no name, but an MRN with a duplicated warfarin order after downtime.",
        frm="Dev Patel <dpatel@meridianchartworks.com>",
        to="pharmacy.informatics@narragansettgh.org",
        subject="INC-55120 dup warfarin",
        body="MRN 00583317 - warfarin 5 mg PO daily shows twice on the MAR after downtime recovery (one from the paper reconciliation, one from the queued order). Please d/c the duplicate before the 17:00 dose.\n\nDev",
    ),
    Spec(
        phi=True,
        category="encrypted demographic extract to client",
        notes="Hard positive: the extract is inside a password-protected zip; the cover note says it holds patient MRNs, names, DOBs and SSNs.",
        frm="Anneliese Kruger <akruger@meridianchartworks.com>",
        to="empi.team@narragansettgh.org",
        subject="EMPI match candidates - encrypted",
        body="Attached: 1,204 potential duplicate pairs (MRN, name, DOB, SSN, address) for EMPI review. Password sent by text to Greg. Please don't forward outside the EMPI team." + SIG,
        atts=(
            Att(
                "empi_candidates_0421.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "empi_candidates_0421.csv": "pair,mrn_a,mrn_b,name,dob,ssn\n1,00410032,00744918,\"Moreau, Claire\",1966-04-09,214-63-0917\n"
                    },
                    "Rh0de!sland26",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded physician complaint about order set",
        notes="Forward of a client physician's e-mail naming a patient who got the wrong heparin protocol from the order set.",
        frm="Sophie Adeyemi <sadeyemi@meridianchartworks.com>",
        to="build-team@meridianchartworks.com",
        cc="pharmacy.informatics@narragansettgh.org",
        subject="Fwd: VTE order set defaulting wrong protocol",
        body="Build team - see below. Please look at the default on the VTE panel today; Dr. Halloran wants an answer by rounds tomorrow.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Brendan Halloran MD <bhalloran@narragansettgh.org>",
            to="sadeyemi@meridianchartworks.com",
            subject="VTE order set defaulting wrong protocol",
            body="Sophie - my patient Walter Ennis in 5N-508 (post-op day 1, R hip) got the full-dose heparin nomogram from the VTE order set instead of prophylaxis 5,000 units q8h. Caught by the nurse. This cannot happen again.\n\nBH",
        ),
    ),
    Spec(
        phi=True,
        category="terse bed-board diet order fix",
        notes="Hard positive: surname, inpatient bed and NPO/diet order in a one-line request.",
        frm="Tess Moriarty <tmoriarty@meridianchartworks.com>",
        to="nutrition.services@narragansettgh.org",
        subject="4B-12",
        body="Kowalczyk in 4B-12 still showing NPO on the diet board after the cardiac diet order at 0930 - tray won't go up. Can you manually release? Fixing the rule now.",
    ),
    Spec(
        phi=True,
        category="production 837I claim sent as clearinghouse test file",
        notes="Hard positive: called a test file, the 837I is a real claim with a Medicare patient's name, MBI, address and pneumonia/respiratory failure diagnoses.",
        frm="Revenue Cycle Practice <rcm@meridianchartworks.com>",
        to="testing@harborclearinghouse.com",
        subject="837I test file for NGH enrollment",
        body="Attached is one 837I from NGH for your front-end edit testing. Please return the 999 and 277CA to this address.",
        atts=(Att("NGH_837I_0812.x12", "application/edi-x12", _X12_837_PROD),),
    ),
    Spec(
        phi=True,
        category="FHIR API search results to app developer",
        notes="FHIR searchset with a real patient's name, MRN, address and apixaban for atrial fibrillation sent to a third-party developer.",
        frm="Dev Patel <dpatel@meridianchartworks.com>",
        to="eng@carecompanionapps.io",
        subject="Response from the NGH FHIR endpoint",
        body="Here's what the endpoint returns for the query you sent (identifier=00615530). Looks like your parser chokes on reasonCode.text.",
        atts=(Att("ngh_search_response.json", "application/fhir+json", _API_BUNDLE),),
    ),
    Spec(
        phi=True,
        category="headerless MRN list for post-merge re-verification",
        notes="Hard positive: a single-sheet workbook without headers listing MRNs, names and DOBs (a standalone patient identifier set).",
        frm="Anneliese Kruger <akruger@meridianchartworks.com>",
        to="hiq.analyst@narragansettgh.org",
        subject="re-verify list",
        body="These came out of the merge job with conflicting demographics. Can your team re-verify at next contact?",
        atts=(
            Att(
                "reverify.xlsx",
                XLSX,
                xlsx({"Sheet1": [["00461128", "Brennan, Sheila", "1957-02-14"], ["00512907", "Costa, Joao", "1983-11-21"], ["00598364", "Hurley, Fionnuala", "2001-06-05"], ["00601552", "Ngata, Aperahama", "1972-09-17"]]}),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="duplicate record merge request with SSN",
        notes="Merge request naming a patient with two MRNs, DOB and SSN to the hospital's HIM.",
        frm="Tess Moriarty <tmoriarty@meridianchartworks.com>",
        to="him.merges@narragansettgh.org",
        subject="Merge request - overlay risk",
        body=(
            "HIM team,\n\nProbable duplicate created at ED registration during go-live:\n"
            "  MRN 00748230 - Imelda Guerrero, DOB 06/12/1992, SSN 518-44-2079\n"
            "  MRN 00392114 - Imelda Guerrero-Pinto, DOB 06/12/1992, same SSN\n"
            "The newer chart has her OB ultrasound from 4/19. Please merge into 00392114 and route the ultrasound.\n\nTess"
        ),
    ),
    Spec(
        phi=True,
        category="minor proxy access question naming patient",
        notes="Hard positive: the subject names a minor and his behavioral-health notes; the body is only a technical question.",
        frm="Sophie Adeyemi <sadeyemi@meridianchartworks.com>",
        to="portal.admin@narragansettgh.org",
        subject="Jesse Tran (14) - can mom's proxy see his adolescent BH therapy notes?",
        body="Quick one: is the 'adolescent confidential' filter applied to proxy accounts created before the upgrade, or only new ones? Trying to answer a parent's call today.",
    ),
    Spec(
        phi=True,
        category="downtime medication administration record docx",
        notes="Downtime MAR document lists named inpatients with room numbers and scheduled medications.",
        frm="Command Center <commandcenter@meridianchartworks.com>",
        to="nursing.supervisor@narragansettgh.org",
        subject="Downtime MAR - 5 North (printed 02:10)",
        body="Attached is the downtime MAR for 5 North generated before the 02:30 outage window, in case printers fail.",
        atts=(
            Att(
                "5N_downtime_MAR_0421.docx",
                DOCX,
                docx(
                    [
                        "NARRAGANSETT GENERAL - 5 NORTH - DOWNTIME MAR 04/21/2026 02:10",
                        "502-A  Fitzgerald, Maureen  MRN 00739204  furosemide 40 mg IV 06:00; metoprolol succinate 25 mg PO 09:00",
                        "508-B  Ennis, Walter  MRN 00747031  heparin 5,000 units SC 06:00/14:00/22:00; oxycodone 5 mg PO q4h PRN",
                        "511-A  Pereira, Lucinda  MRN 00702955  vancomycin 1,250 mg IV q12h (trough before 4th dose)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="real patients copied into training environment",
        notes="Purge request lists three real patients (names, MRNs) and their oncology/HIV/psychiatric charts copied into TRAIN.",
        frm="Dev Patel <dpatel@meridianchartworks.com>",
        to="privacy.officer@narragansettgh.org",
        cc="akruger@meridianchartworks.com",
        subject="TRAIN environment contained production charts - purge done, need your review",
        body=(
            "Hi Carla,\n\nDuring the refresh we found three production charts copied into TRAIN by the 4/14 script:\n"
            "- Okonjo, Adaeze (MRN 00655019) - breast cancer, on chemotherapy\n"
            "- Lafleur, Denis (MRN 00517736) - HIV, on Biktarvy\n"
            "- Strand, Malin (MRN 00704478) - inpatient psychiatry admission 3/30\n"
            "Purged 4/21 08:40; 11 trainees had TRAIN access in that window (list attached separately on request). Please advise on incident assessment.\n\nDev"
        ),
    ),
    Spec(
        phi=True,
        category="allergy reconciliation failure report",
        notes="Names a patient with DOB and sulfa allergy failing to reconcile.",
        frm="Tess Moriarty <tmoriarty@meridianchartworks.com>",
        to="pharmacy.informatics@narragansettgh.org",
        subject="Allergy recon failing for one patient",
        body="Chidi Okafor, DOB 08/22/1950, sulfamethoxazole allergy (hives) will not reconcile from the outside record - the RxNorm code maps to an inactive concept. Workaround: enter manually as free text for now.",
    ),
    Spec(
        phi=True,
        category="critical potassium not filing to chart",
        notes="Lab vendor is told a named patient's critical potassium result did not file.",
        frm="Interface Team <interfaces@meridianchartworks.com>",
        to="lis-support@clarionlabsystems.com",
        subject="Critical K+ not crossing - urgent",
        body="Clarion team,\n\nResult for Esperanza Dunleavy (MRN 00750611), K+ 6.1 mmol/L collected 04/21 05:12, shows as final in your LIS but never arrived in the EHR (no ACK). The unit got it by phone. Please check the outbound queue for OBX with abnormal flag HH.\n\nInterface Team" + SIG,
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="statement of work for optimisation phase",
        notes="Commercial SOW for consulting services; no patient.",
        frm="Rachel Okafor <rokafor@meridianchartworks.com>",
        to="cio@bayviewmedicalgroup.com",
        subject="SOW - Ambulatory optimization Phase 2",
        body="Hi Len,\n\nAttached is the Phase 2 SOW (12 weeks, 3 analysts, fixed fee). Happy to walk through it Thursday.\n\nRachel Okafor\nPrincipal" + SIG,
        atts=(
            Att(
                "Meridian_SOW_Bayview_Phase2.docx",
                DOCX,
                docx(
                    [
                        "Statement of Work - Bayview Medical Group - Ambulatory Optimization Phase 2",
                        "Scope: in-basket redesign, refill protocols, SmartPhrase clean-up, provider personalization labs.",
                        "Team: 1 engagement lead, 2 ambulatory analysts. Duration 12 weeks from May 4, 2026.",
                        "Fee: $186,000 fixed, billed monthly. Travel at cost, not to exceed $9,000.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="synthetic HL7 test message for interface build",
        notes="Hard negative: HL7 ADT of a declared test patient (ZZTEST, processing ID T) with a clinician's NPI only.",
        frm="Interface Team <interfaces@meridianchartworks.com>",
        to="support@bridgelineinterfaces.com",
        subject="Test A04 for new route - TEST patient only",
        body="Sample A04 for the new outpatient route. This is the ZZTEST/MICKEY test patient from NGH_TST (processing ID T), no real data.",
        atts=(Att("TST000031.hl7", "application/hl7-v2", _ADT_TEST),),
    ),
    Spec(
        phi=False,
        category="data dictionary with PHI field names",
        notes="Hard negative: workbook lists field names (SSN, DOB, MRN) and formats but contains no patient values.",
        frm="Anneliese Kruger <akruger@meridianchartworks.com>",
        to="data.governance@bayviewmedicalgroup.com",
        subject="Conversion data dictionary v0.9",
        body="Attached is v0.9 of the conversion data dictionary. The 'Sensitivity' column flags the 18 identifier fields for masking in non-prod.",
        atts=(
            Att(
                "conversion_data_dictionary_v0.9.xlsx",
                XLSX,
                xlsx(
                    {
                        "Patient": [["Field", "Type", "Format", "Sensitivity"], ["PAT_MRN", "char(8)", "zero-padded", "Identifier"], ["PAT_SSN", "char(11)", "NNN-NN-NNNN", "Identifier - mask"], ["PAT_DOB", "date", "YYYY-MM-DD", "Identifier - shift"], ["PAT_NAME", "varchar(120)", "LAST, FIRST", "Identifier"]],
                        "Encounter": [["Field", "Type", "Format", "Sensitivity"], ["ENC_CSN", "bigint", "", "Identifier"], ["ADMIT_DX", "varchar(8)", "ICD-10-CM", "Clinical"]],
                        "Change log": [["Version", "Change"], ["0.9", "added masking rules"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="go-live aggregate adoption metrics",
        notes="Hard negative: aggregate barcode-scanning and interface statistics, no individual.",
        frm="Rachel Okafor <rokafor@meridianchartworks.com>",
        to="exec-sponsors@narragansettgh.org",
        subject="Go-live week 1 dashboard",
        body=(
            "Week 1 headline numbers:\n- Medication barcode scanning compliance: 94.2% (target 95%)\n- Patient wristband scanning: 97.8%\n"
            "- 312 ADT messages rejected (0.4%), all reprocessed\n- 27 medication-related safety reports, none with harm\n"
            "- Sepsis BPA fired 1,118 times; 61% acknowledged\n\nFull dashboard in the SharePoint link.\n\nRachel"
        ),
    ),
    Spec(
        phi=False,
        category="consulting invoice PDF",
        notes="Monthly invoice for consultant hours; no patient.",
        frm="Accounts Receivable <ar@meridianchartworks.com>",
        to="ap@narragansettgh.org",
        subject="Invoice MCW-2026-0418",
        body="Please find invoice MCW-2026-0418 attached. Terms net 45. Remit to the account on the invoice.",
        atts=(
            Att(
                "MCW-2026-0418.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN CHARTWORKS LLC - INVOICE MCW-2026-0418",
                        "Bill to: Narragansett General Hospital, Accounts Payable",
                        "Period: 03/01/2026 - 03/31/2026   PO 4410-NGH-EHR",
                        "Go-live support analysts: 1,120 hrs x $165 = $184,800.00",
                        "Command center lead: 176 hrs x $210 = $36,960.00",
                        "Total due: $221,760.00",
                    ],
                    "Invoice MCW-2026-0418",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sepsis order set build specification",
        notes="Hard negative: clinical order set with drugs, doses and lactate thresholds; no patient.",
        frm="Sophie Adeyemi <sadeyemi@meridianchartworks.com>",
        to="clinical.informatics@bayviewmedicalgroup.com",
        subject="Sepsis order set - build spec for sign-off",
        body="Attached is the ED sepsis order set spec for the P&T sign-off on Friday.",
        atts=(
            Att(
                "ED_sepsis_orderset_spec_v2.docx",
                DOCX,
                docx(
                    [
                        "ED Adult Sepsis Order Set - Build Specification v2",
                        "Labs: lactate (repeat in 2 h if > 2 mmol/L), blood cultures x2 before antibiotics, CBC, CMP, procalcitonin.",
                        "Fluids: lactated Ringer's 30 mL/kg IV bolus if hypotension or lactate >= 4.",
                        "Antibiotics: piperacillin-tazobactam 4.5 g IV + vancomycin 25 mg/kg IV load; penicillin allergy: cefepime + vancomycin.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer companion guide sample claim",
        notes="Hard negative: X12 837 sample with TESTSUBSCRIBER and usage indicator T, declared synthetic.",
        frm="Revenue Cycle Practice <rcm@meridianchartworks.com>",
        to="edi.enrollment@harborclearinghouse.com",
        subject="Companion guide question - loop 2010BA",
        body="Using the synthetic sample from your companion guide (attached, TESTSUBSCRIBER / TEST00000001) our validator flags DMG as required. Is it required for Medicare Advantage receivers too?",
        atts=(Att("companion_guide_sample.x12", "application/edi-x12", _X12_837_SAMPLE),),
    ),
    Spec(
        phi=False,
        category="EHR analyst job posting",
        notes="Recruiting post; no health information about anyone.",
        frm="Careers <careers@meridianchartworks.com>",
        to="postings@himsscareers.org",
        subject="Job posting: Senior Clinical Applications Analyst (Inpatient Orders)",
        body="Meridian Chartworks is hiring a Senior Clinical Applications Analyst. Requirements: inpatient orders certification, 3+ full-cycle go-lives, travel 50%. Salary $118k-$140k. Apply at meridianchartworks.com/careers.",
    ),
    Spec(
        phi=False,
        category="webinar invitation HTML newsletter",
        notes="HTML-only marketing invitation to a webinar about in-basket burnout.",
        frm="Meridian Chartworks Events <events@meridianchartworks.com>",
        to="cmio@harborpointhealth.org",
        subject="Webinar: cutting in-basket volume 30% in 90 days",
        html=(
            "<html><body><h2>Cutting in-basket volume 30% in 90 days</h2><p>Thursday May 7, 1 PM ET. "
            "Hear how two ambulatory groups redesigned refill protocols and result routing.</p>"
            "<p><a href='https://meridianchartworks.com/events/inbasket'>Register</a></p>"
            "<p style='font-size:10px'>Meridian Chartworks, 88 Canal Street, Providence RI. Unsubscribe.</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=False,
        category="go-live command center huddle invite",
        notes="Hard negative: calendar invite for clinical go-live huddles mentions units and issue triage but no patient.",
        frm="Command Center <commandcenter@meridianchartworks.com>",
        to="go-live-leads@narragansettgh.org",
        subject="Invitation: Command center huddles (daily 7:30 and 16:30)",
        body="Daily huddles for go-live weeks 1-2. Unit leads please bring your top 3 issues; no patient identifiers in the huddle slides.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Meridian Chartworks//CC//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:mcw-cc-huddle@meridianchartworks.com\nDTSTAMP:20260419T120000Z\nDTSTART:20260420T113000Z\nDTEND:20260420T120000Z\n"
            "RRULE:FREQ=DAILY;COUNT=14\nSUMMARY:Go-live command center huddle\nLOCATION:NGH Conference Room B / Teams\n"
            "DESCRIPTION:Agenda: ticket volume\\, high-priority issues by unit (ED\\, 4 East\\, 5 North\\, L&D)\\, pharmacy verification backlog.\n"
            "END:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="provider directory build file with NPIs",
        notes="Hard negative: CSV of clinicians, specialties and NPIs for provider master build; provider data only.",
        frm="Tess Moriarty <tmoriarty@meridianchartworks.com>",
        to="provider.enrollment@bayviewmedicalgroup.com",
        subject="Provider master load - please confirm specialties",
        body="Before we load SER records: Dr. Halloran is listed as Cardiology with NPI 1633395656 and Dr. Ferreira as Nephrology with NPI 1021743400 - please confirm both and fill in the missing taxonomy codes.",
        atts=(
            Att(
                "provider_master_load.csv",
                "text/csv",
                "provider,credential,specialty,npi,taxonomy,location\n"
                "\"Halloran, Brendan\",MD,Cardiology,1633395656,207RC0000X,Bayview Heart\n"
                "\"Ferreira, Luisa\",MD,Nephrology,1021743400,,Bayview Kidney Care\n"
                "\"Dunmore, Keisha\",NP,Family Medicine,1295625275,363LF0000X,Bayview Eastside\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR capability statement for API onboarding",
        notes="Hard negative: FHIR CapabilityStatement describing Patient search parameters; no patient data.",
        frm="Dev Patel <dpatel@meridianchartworks.com>",
        to="eng@carecompanionapps.io",
        subject="NGH FHIR endpoint capability statement",
        body="Here is the CapabilityStatement for the NGH R4 endpoint. Patient search supports identifier and birthdate. Sandbox credentials come from the client's API program, not us.",
        atts=(Att("ngh_capability.json", "application/fhir+json", _CAPABILITY),),
    ),
    Spec(
        phi=False,
        category="breach tabletop exercise with fictional patient",
        notes="Hard negative: tabletop scenario uses a clearly fictional patient ('Jane Example') for a misdirected-fax drill.",
        frm="Rachel Okafor <rokafor@meridianchartworks.com>",
        to="privacy.officer@narragansettgh.org",
        subject="Tabletop exercise scenario - May 12",
        body=(
            "Carla,\n\nDraft scenario for the tabletop (all details fictional):\n\n"
            "09:10 - A unit clerk faxes the discharge summary of 'Jane Example' (fictional, MRN 00000000) with a new HIV diagnosis to the wrong "
            "pharmacy. 09:40 - the pharmacy calls back. Inject 2: the clerk also e-mailed it to a personal Gmail.\n\n"
            "Questions for the group: risk assessment factors, notification timeline, who calls the patient.\n\nRachel"
        ),
    ),
    Spec(
        phi=False,
        category="consultant travel arrangements",
        notes="Travel logistics for consultants.",
        frm="Travel Desk <travel@meridianchartworks.com>",
        to="frontdesk@providencecanalhotel.com",
        subject="Group block - 6 rooms Apr 26 - May 8",
        body="Hello, confirming the group block for Meridian Chartworks: 6 king rooms, arrival 4/26, departure 5/8, direct bill to our corporate card on file. Names to follow by Friday.",
    ),
    Spec(
        phi=False,
        category="ICD-10 problem list mapping workbook",
        notes="Hard negative: ICD-10 to SNOMED mapping tables for problem-list build; codes and descriptions only.",
        frm="Sophie Adeyemi <sadeyemi@meridianchartworks.com>",
        to="clinical.informatics@bayviewmedicalgroup.com",
        subject="Problem list mappings for review",
        body="Mapping tables attached. Sheet 2 lists the codes where SNOMED has no 1:1 target.",
        atts=(
            Att(
                "problem_list_mapping.xlsx",
                XLSX,
                xlsx(
                    {
                        "Mapped": [["ICD-10-CM", "Description", "SNOMED CT"], ["E11.9", "Type 2 diabetes mellitus without complications", "44054006"], ["I10", "Essential hypertension", "59621000"], ["F33.1", "Major depressive disorder, recurrent, moderate", "18818009"]],
                        "No direct match": [["ICD-10-CM", "Description", "Note"], ["Z79.4", "Long term (current) use of insulin", "maps to situation concept"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="hardware purchase order with SSN-shaped number",
        notes="Hard negative: the 3-2-4 digit number is a purchase order reference for barcode scanners, not an SSN.",
        frm="Procurement <procurement@meridianchartworks.com>",
        to="orders@zenithscanning.com",
        subject="PO 417-62-0381 - barcode scanners for NGH",
        body="Please ship against PO 417-62-0381: 140 x DS8178 cordless scanners, 140 charging cradles, delivery to NGH loading dock by 4/24. Invoice to ap@meridianchartworks.com quoting PO 417-62-0381.",
    ),
    Spec(
        phi=False,
        category="physician advisory council minutes",
        notes="Hard negative: physicians' names with their specialties and opinions about EHR build.",
        frm="Rachel Okafor <rokafor@meridianchartworks.com>",
        to="pac-members@bayviewmedicalgroup.com",
        subject="PAC minutes - April 16",
        body=(
            "Attendees: Dr. Luisa Ferreira (nephrology), Dr. Amos Kettering (oncology), Keisha Dunmore NP (family medicine), Dr. Yuki Albrecht (psychiatry).\n\n"
            "1. Dr. Kettering asked that chemo regimens stay in Beacon-style protocols, not order sets.\n"
            "2. Dr. Albrecht requested 42 CFR Part 2 segmentation for SUD notes before go-live.\n"
            "3. Agreed: default BPA suppression for palliative care patients to be reviewed by ethics.\n\nNext meeting May 21."
        ),
    ),
    Spec(
        phi=False,
        category="BAA execution reminder to client counsel",
        notes="Contract administration about a business associate agreement; no patient.",
        frm="Legal <legal@meridianchartworks.com>",
        to="contracts@harborpointhealth.org",
        subject="BAA countersignature needed before kickoff",
        body="Hi Morgan,\n\nWe still need Harbor Point's countersignature on the Business Associate Agreement before our analysts are given EHR access on May 4. Redlines on section 6 (breach notice in 5 business days) are accepted.\n\nMeridian Legal",
    ),
    Spec(
        phi=False,
        category="candidate scheduling reply",
        notes="Reply to a job candidate's gmail about interview times; no health information.",
        frm="Careers <careers@meridianchartworks.com>",
        to="lucas.ferrante.pm@gmail.com",
        subject="Re: Interview availability",
        body="Hi Lucas, Tuesday at 2 PM ET works. You'll meet Rachel and Dev on Teams; link to follow. No prep needed beyond your go-live stories.\n\nCareers team",
    ),
    Spec(
        phi=False,
        category="interface specification package zip",
        notes="Zip of interface specs and mapping docs; field definitions only, no patient data.",
        frm="Interface Team <interfaces@meridianchartworks.com>",
        to="integration@clarionlabsystems.com",
        subject="NGH lab interface spec package v1.2",
        body="Spec package attached: ORM/ORU specs, OBX mapping and the abnormal-flag table. Comments by 4/30 please.",
        atts=(
            Att(
                "NGH_lab_interface_spec_v1.2.zip",
                "application/zip",
                zipped(
                    {
                        "ORU_spec.txt": "OBX-3 LOINC required; OBX-8 abnormal flags: L, H, LL, HH, A; OBX-11 F or C.\n",
                        "ORM_spec.txt": "ORC-1 NW/CA; OBR-4 orderable code from NGH compendium.\n",
                        "mapping_notes.txt": "Critical values (HH/LL) also route to the unit's critical-result pool.\n",
                    }
                ),
            ),
        ),
    ),
]
