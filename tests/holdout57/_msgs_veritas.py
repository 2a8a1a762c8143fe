"""Veritas Toxicology Laboratories (veritastoxlabs.com): outbound mail of a drug testing lab (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nVeritas Toxicology Laboratories | SAMHSA/HHS-certified laboratory\n8800 Research Blvd, Fenwick OH 44107 | Client Services 555-0188"
PART2 = "\n\n42 CFR Part 2 NOTICE: This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2)."

HL7_ORU = (
    "MSH|^~\\&|VERITAS_LIS|VTX|MROCONNECT|CLEARPATHMRO|202603181420||ORU^R01|VTX0318-2281|P|2.5.1\r"
    "PID|1||V6630418^^^VTX^SPEC~DL-OH-RS207731^^^OH^DL||SALAZAR^RAMON^E||19920115|M\r"
    "ORC|RE|CCF1188240\r"
    "OBR|1|CCF1188240||DOT5^DOT 5-panel urine^L|||20260316\r"
    "OBX|1|ST|AMP^Amphetamines confirm^L||POSITIVE methamphetamine 1240 ng/mL||cutoff 250||||F\r"
    "OBX|2|ST|THC^Marijuana metabolite^L||NEGATIVE||||||F\r"
)

HL7_ZZTEST = (
    "MSH|^~\\&|VERITAS_LIS|VTX|NEWMRO|SUMMITMRO|202603171100||ORU^R01|ZZT-0001|T|2.5.1\r"
    "PID|1||ZZTEST0001^^^VTX^SPEC||ZZTEST^DONOR^ONE||19000101|U\r"
    "OBR|1|ZZCCF0000001||NDOT10^Non-DOT 10-panel^L\r"
    "OBX|1|ST|COC^Cocaine metabolite^L||TEST RESULT - NOT A REAL SPECIMEN||||||T\r"
)

FHIR_SUD = """{
  "resourceType": "DiagnosticReport",
  "id": "vtx-dr-77342",
  "status": "final",
  "code": {"text": "Urine drug monitoring panel (LC-MS/MS)"},
  "subject": {"display": "Keisha Albright", "identifier": {"system": "urn:oid:2.16.840.1.113883.3.9911", "value": "NRC-20418"}},
  "effectiveDateTime": "2026-03-16",
  "performer": [{"display": "Veritas Toxicology Laboratories"}],
  "conclusion": "Buprenorphine and norbuprenorphine present (consistent with prescribed Suboxone). Fentanyl NOT detected. Ethyl glucuronide 1,850 ng/mL (positive, recent alcohol use)."
}
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*VERITASTOX     *ZZ*OHIOCARE       *260319*0800*^*00501*000000877*0*P*:~"
    "GS*HC*VERITASTOX*OHIOCARE*20260319*0800*877*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*VERITAS TOXICOLOGY LABORATORIES*****XX*1690048420~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*******CI~"
    "NM1*IL*1*MERCER*DWAYNE****MI*OCH550218834~DMG*D8*19800521*M~"
    "CLM*VTX877001*246***81:B:1*Y*A*Y*Y~HI*ABK:Z79.891*ABF:F11.20~"
    "LX*1~SV1*HC:G0483*246*UN*1***1~SE*12*0001~GE*1*877~IEA*1*000000877~"
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="MRO verified positive to employer DER",
        notes="MRO-verified positive amphetamine result for a named donor sent to the employer's designated representative.",
        frm="MRO Reporting <mro-reports@veritastoxlabs.com>",
        to="der@granitelinetrucking.com",
        subject="Verified result - CCF 1188240",
        body=(
            "Designated Employer Representative,\n\nDonor: Ramon E. Salazar\nCCF: 1188240   Collected: 03/16/2026\n"
            "Reason: random (DOT/FMCSA)\nMRO verified result: POSITIVE - methamphetamine\n\nThe donor must be removed "
            "from safety-sensitive duty immediately and referred to a SAP.\n\nDr. Leon Whitfield, MRO"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="terse THC confirm with SSN to MRO",
        notes="Hard positive: terse lab-to-MRO line with the donor's SSN and a THC-COOH confirmation level, no name.",
        frm="Certifying Scientist <certify@veritastoxlabs.com>",
        to="review@clearpathmro.com",
        subject="non-neg 0318 #4",
        body="SSN 509-44-2817 / CCF 1190377 -- THC-COOH GC-MS 87 ng/mL (cutoff 15). Bottle B sealed in frozen storage. -RP",
    ),
    Spec(
        phi=True,
        category="negative-dilute recollect instruction",
        notes="Hard positive: last name, first initial and a negative-dilute result with observed recollection order.",
        frm="Client Services <clientservices@veritastoxlabs.com>",
        to="collections@fenwickcollectsite.com",
        subject="Recollect needed",
        body="Ramirez, J. (Prairie Haul) came back negative-dilute, creatinine 4.1. Employer wants an immediate recollection under direct observation. Same-sex observer please.",
    ),
    Spec(
        phi=True,
        category="weekly results workbook to TPA",
        notes="Multi-sheet weekly results workbook listing donor names, specimen IDs and results, sent to a third-party administrator.",
        frm="Client Services <clientservices@veritastoxlabs.com>",
        to="results@keystonetpa.com",
        subject="Week 11 results - Keystone TPA accounts",
        body="Weekly results file attached (negatives and MRO-verified non-negatives on separate tabs).",
        atts=(
            Att(
                "Keystone_wk11_results.xlsx",
                XLSX,
                xlsx(
                    {
                        "Negatives": [
                            ["Specimen", "Donor", "Employer", "Collected", "Result"],
                            ["V6630101", "Pham, Linh", "Tri-County Paving", "2026-03-09", "NEG"],
                            ["V6630102", "Okoro, Felix", "Tri-County Paving", "2026-03-09", "NEG"],
                            [
                                "V6630145",
                                "Grady, Sean",
                                "Lakeview Hospitality",
                                "2026-03-10",
                                "NEG-DILUTE",
                            ],
                        ],
                        "Non-negatives": [
                            ["Specimen", "Donor", "Employer", "Drug", "MRO"],
                            [
                                "V6630188",
                                "Lutz, Brandon",
                                "Tri-County Paving",
                                "Cocaine metabolite",
                                "Verified positive",
                            ],
                            [
                                "V6630199",
                                "Ames, Carla",
                                "Lakeview Hospitality",
                                "Oxycodone",
                                "Negative (valid Rx)",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU result to MRO system",
        notes="Hard positive: HL7 ORU carrying a named donor, licence number and methamphetamine positive; body only mentions a resend.",
        frm="LIS Interface <lis@veritastoxlabs.com>",
        to="interfaces@clearpathmro.com",
        subject="ACK missing for VTX0318-2281",
        body="We didn't get an ACK for this one - message attached so you can check your engine log.",
        atts=(Att("VTX0318-2281.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="FHIR report to addiction treatment program",
        notes="Hard positive: FHIR DiagnosticReport for a named treatment-program patient with buprenorphine and EtG results (Part 2 data).",
        frm="Clinical Toxicology <clinical@veritastoxlabs.com>",
        to="ehr-import@newroadsrecovery.org",
        subject="Result import - failed record",
        body="Your import rejected the attached report (subject.reference missing). Reattaching as sent."
        + PART2,
        atts=(Att("vtx-dr-77342.json", "application/fhir+json", FHIR_SUD),),
    ),
    Spec(
        phi=True,
        category="litigation package zip to attorney",
        notes="Chain-of-custody and results package for a named donor sent to an attorney for an arbitration.",
        frm="Legal Services <legal@veritastoxlabs.com>",
        to="ahoward@howardlaborlaw.com",
        subject="Litigation package - Lutz v. Tri-County Paving",
        body=(
            "Ms. Howard,\n\nPursuant to the subpoena and the donor's signed authorization, enclosed is the litigation "
            "package for specimen V6630188 (Brandon Lutz), including the CCF copy, internal chain of custody, screening "
            "and GC-MS confirmation data.\n\nSincerely,\nLegal Services" + SIG
        ),
        atts=(
            Att(
                "LitPack_V6630188.zip",
                "application/zip",
                zipped(
                    {
                        "01_CCF_copy.txt": "Federal CCF 1187702  Donor: Brandon Lutz  Employee ID TCP-0419\nCollected 03/10/2026 08:12, temp in range\n",
                        "02_internal_custody.txt": "V6630188 accessioned 03/11 07:40 by KM; aliquot 03/11 09:02 by RP\n",
                        "03_confirmation.txt": "Benzoylecgonine GC-MS 412 ng/mL (cutoff 100) - POSITIVE\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip of confirmation results",
        notes="Hard positive: body names the donor and says his confirmation results are in the password-protected zip.",
        frm="Client Services <clientservices@veritastoxlabs.com>",
        to="hr.director@lakeviewhospitality.com",
        subject="Requested documents (encrypted)",
        body="Hi Monique,\n\nAs requested, the confirmation data for Kamal Reddy's post-accident specimen (V6630231) is in the attached encrypted zip. I'll phone you with the password.\n\nBeth"
        + SIG,
        atts=(
            Att(
                "V6630231_confirm.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "V6630231_confirmation.txt": "Donor Kamal Reddy - ethyl glucuronide 2,400 ng/mL, ethyl sulfate 610 ng/mL\n"
                    },
                    "Lk7-harbor-2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pain management compliance report PDF",
        notes="Pain-clinic urine drug monitoring report for a named patient with an unexpected fentanyl finding.",
        frm="Clinical Toxicology <clinical@veritastoxlabs.com>",
        to="nurse@fenwickpaincenter.com",
        subject="Unexpected finding - please review",
        body="Dr. Ahmadi's office: one report with an inconsistent result is attached. Please call our toxicologist if you'd like to discuss.\n\nClinical Toxicology"
        + SIG,
        atts=(
            Att(
                "VTX_report_P44019.pdf",
                "application/pdf",
                pdf(
                    [
                        "VERITAS TOXICOLOGY LABORATORIES - MEDICATION MONITORING REPORT",
                        "Patient: Gordon Pell   DOB: 10/03/1959   Acct P44019",
                        "Prescribed: oxycodone 10 mg q6h, gabapentin",
                        "Oxycodone/oxymorphone: detected (CONSISTENT)",
                        "Fentanyl/norfentanyl: DETECTED 3.2 ng/mL (INCONSISTENT - not prescribed)",
                        "Collected 03/13/2026",
                    ],
                    "Medication monitoring report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="split specimen result to donor personal email",
        notes="Reply to a donor's gmail confirming his split specimen reconfirmed positive for cocaine metabolite.",
        frm="Donor Services <donorservices@veritastoxlabs.com>",
        to="marcus.tilley77@gmail.com",
        subject="RE: my split test",
        body=(
            "Mr. Tilley,\n\nThe split specimen (Bottle B) you requested was tested by a second certified laboratory and "
            "reconfirmed the presence of benzoylecgonine (cocaine metabolite). The MRO has been notified. We are not able "
            "to change the result.\n\nDonor Services" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="hair test result to family law attorney",
        notes="Hair drug test result for a named parent in a custody case sent to the attorney.",
        frm="Legal Services <legal@veritastoxlabs.com>",
        to="paralegal@brennanfamilylaw.com",
        subject="Court-ordered hair test - In re Fowler",
        body="Per the court order, results for Justin Fowler (collected 03/05): 90-day hair panel POSITIVE for amphetamine (1,020 pg/mg) and negative for all other analytes. Certified copy to follow by mail."
        + SIG,
    ),
    Spec(
        phi=True,
        category="headerless results CSV",
        notes="Hard positive: CSV without headers listing specimen IDs, donor names, DOBs and NEG/POS results.",
        frm="Reporting <reports@veritastoxlabs.com>",
        to="sftp-fallback@keystonetpa.com",
        subject="fallback file 0319",
        body="SFTP down on your side - fallback file attached.",
        atts=(
            Att(
                "0319.csv",
                "text/csv",
                "V7730142,HOLLOWAY,TERRENCE,1988-04-02,NEG\nV7730143,NAKAMURA,AIKO,1995-09-17,NEG\nV7730150,BRISCOE,DALE,1979-02-28,POS-OXY-MRO\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="breath alcohol confirmation result to employer",
        notes="Hard positive: breath alcohol confirmation of 0.041 for a named driver with removal from duty.",
        frm="Collections Dept <collections@veritastoxlabs.com>",
        to="safety@redmesafreight.com",
        subject="BAT confirm",
        body="Jim - Tyler Moss, confirmation test 0.041 at 06:52. Per 382.305 he's out of safety-sensitive duty for 24 h minimum. Form copy in the portal.",
    ),
    Spec(
        phi=True,
        category="X12 837 claim for definitive drug testing",
        notes="Hard positive: 837 file with a named member, ID, DOB and opioid dependence code F11.20; body only asks about a rejection.",
        frm="Billing <billing@veritastoxlabs.com>",
        to="edi-support@ohiocarehealth.com",
        subject="Rejected claim VTX877001 - G0483",
        body="Your 277CA rejected this with A7:21. File attached - can you tell us which loop?",
        atts=(Att("VTX_837_877.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="forwarded shy bladder report to MRO",
        notes="Hard positive: forward to the MRO of a collection site's email naming a donor who could not provide a specimen.",
        frm="Client Services <clientservices@veritastoxlabs.com>",
        to="review@clearpathmro.com",
        subject="Fwd: shy bladder - 3 hr elapsed",
        body="Forwarding for your shy-bladder evaluation referral.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Fenwick Collect Site <collections@fenwickcollectsite.com>",
            to="clientservices@veritastoxlabs.com",
            subject="shy bladder - 3 hr elapsed",
            body="Donor Alan Whitmer (CCF 1191004, Granite Line) drank 40 oz over 3 hours, no adequate specimen. Says he has prostate problems and takes tamsulosin. Sent home per DER.",
        ),
    ),
    Spec(
        phi=True,
        category="nurse monitoring program EtG result",
        notes="EtG result for a named nurse enrolled in a professional health monitoring program, sent to the program.",
        frm="Monitoring Programs <monitoring@veritastoxlabs.com>",
        to="casemanager@ohionursesmonitoring.org",
        subject="Participant result - #PHP-2219",
        body="Participant #PHP-2219 (Laurel Vance, RN): EtG 620 ng/mL on 03/17 check-in (program cutoff 500). Flagged positive. Next scheduled check-in 03/20."
        + PART2,
    ),
    Spec(
        phi=True,
        category="observed collection appointment invite",
        notes="Hard positive: invite naming a donor for an observed return-to-duty collection, revealing a prior violation.",
        frm="Collections Dept <collections@veritastoxlabs.com>",
        to="b.lutz.paving@gmail.com",
        subject="Your appointment",
        body="Please arrive 10 minutes early with photo ID.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Veritas//Collections//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:vtx-rtd-6612@veritastoxlabs.com\r\nDTSTAMP:20260318T150000Z\r\n"
            "DTSTART:20260324T130000Z\r\nDTEND:20260324T133000Z\r\n"
            "SUMMARY:Brandon Lutz - return-to-duty test (directly observed)\r\n"
            "LOCATION:Veritas patient service center\\, 8800 Research Blvd\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only oral fluid result to physician",
        notes="HTML-only result notice naming a patient with DOB and a buprenorphine-positive oral fluid panel.",
        frm="Veritas Results <noreply-results@veritastoxlabs.com>",
        to="dr.ahmadi@fenwickpaincenter.com",
        subject="New result available",
        body="",
        html=(
            "<html><body><table border='1'><tr><th>Patient</th><td>Dwayne Mercer</td></tr><tr><th>DOB</th><td>05/21/1980</td></tr>"
            "<tr><th>Panel</th><td>Oral fluid 12-panel</td></tr><tr><th>Result</th><td>Buprenorphine POSITIVE (expected); all others negative</td></tr></table>"
            "<p>Log in to the Veritas portal for the full report.</p></body></html>"
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="proficiency testing results",
        notes="Hard negative: proficiency-testing sample results with concentrations; PT samples are not people.",
        frm="Quality Assurance <qa@veritastoxlabs.com>",
        to="accreditation@forensictoxaccred.org",
        subject="PT round 2026-A results - all acceptable",
        body="All five PT challenges acceptable. Summary attached.",
        atts=(
            Att(
                "PT_2026A_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "VERITAS TOXICOLOGY LABORATORIES - PROFICIENCY TESTING 2026-A",
                        "PT-A1 amphetamine 512 ng/mL (target 500) acceptable",
                        "PT-A2 benzoylecgonine 188 ng/mL (target 180) acceptable",
                        "PT-A3 THC-COOH negative (target negative) acceptable",
                    ],
                    "PT summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified positivity index workbook",
        notes="Hard negative: multi-sheet positivity rates by drug class and region; aggregate only.",
        frm="Data & Insights <insights@veritastoxlabs.com>",
        to="editor@workforcesafetyjournal.com",
        subject="Veritas Positivity Index 2025 - data tables",
        body="Tables for your story attached. Rates are percent of all specimens; cells under 50 specimens are suppressed.",
        atts=(
            Att(
                "Veritas_Positivity_Index_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "By drug": [
                            ["Drug class", "2024 %", "2025 %"],
                            ["Marijuana", 4.5, 4.9],
                            ["Amphetamines", 1.3, 1.2],
                            ["Cocaine", 0.24, 0.26],
                            ["Fentanyl", 0.11, 0.14],
                        ],
                        "By region": [
                            ["Region", "Specimens", "Positivity %"],
                            ["Northeast Ohio", 88412, 4.4],
                            ["Central Ohio", 61220, 4.9],
                            ["Southwest Ohio", 47750, 5.3],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="cutoff levels policy DOCX",
        notes="Hard negative: policy document of screening and confirmation cutoffs per analyte; no donor.",
        frm="Client Services <clientservices@veritastoxlabs.com>",
        to="der@granitelinetrucking.com",
        subject="Updated cutoff table",
        body="Our updated cutoff table is attached for your drug-free workplace policy.",
        atts=(
            Att(
                "Veritas_cutoffs_2026.docx",
                DOCX,
                docx(
                    [
                        "Veritas Toxicology - Cutoff concentrations (ng/mL)",
                        "Marijuana metabolite: screen 50 / confirm 15",
                        "Cocaine metabolite: screen 150 / confirm 100",
                        "Fentanyl: screen 1 / confirm 0.5 (non-DOT panels)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 ZZTEST validation message",
        notes="Hard negative: HL7 test message for an obviously fake ZZTEST donor marked as test processing.",
        frm="LIS Interface <lis@veritastoxlabs.com>",
        to="it@summitmro.com",
        subject="Validation message #1 for new MRO interface",
        body="First validation message (processing ID T, fake ZZTEST donor). Please confirm parsing of OBX-5.",
        atts=(Att("ZZT-0001.hl7", "application/hl7-v2", HL7_ZZTEST),),
    ),
    Spec(
        phi=False,
        category="MRO credentials with NPI and DEA",
        notes="Hard negative: MRO physician's NPI, DEA number and certification for a client's vendor file.",
        frm="Client Services <clientservices@veritastoxlabs.com>",
        to="vendors@lakeviewhospitality.com",
        subject="MRO credentials for vendor file",
        body="Leon Whitfield, MD, MRO (MROCC certified 2019, recert 2024)\nNPI: 1431134109\nDEA FM8956611\nOhio licence 35.099214\n\nLaboratory CLIA 36D2041178, HHS certification current."
        + SIG,
    ),
    Spec(
        phi=False,
        category="panel price list CSV",
        notes="Price list of testing panels for a prospective client; no donor.",
        frm="Sales <sales@veritastoxlabs.com>",
        to="rkessler.hauling@gmail.com",
        subject="2026 price list",
        body="Mr. Kessler, as discussed on the phone for your 6-truck operation, 2026 pricing attached. Volume discount over 500 tests/year.",
        atts=(
            Att(
                "Veritas_prices_2026.csv",
                "text/csv",
                "panel,specimen,price_usd\nDOT 5-panel,urine,38.00\nNon-DOT 10-panel,urine,32.00\n12-panel,oral fluid,41.00\n90-day hair,hair,79.00\nEtG,urine,29.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only Part 2 webinar invitation",
        notes="Hard negative: HTML-only invitation to a webinar on 42 CFR Part 2 rules; topic only, no individual.",
        frm="Veritas Education <education@veritastoxlabs.com>",
        to="clients@list.veritastoxlabs.com",
        subject="Webinar: what the 2024 Part 2 rule means for your program",
        body="",
        html="<html><body><h2>42 CFR Part 2 in 45 minutes</h2><p>Consent, redisclosure, and breach notification for SUD treatment records. Thursday April 9, 1 pm ET.</p><p><a href='https://veritastoxlabs.com/webinars'>Register</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="fentanyl added to panel notice",
        notes="Hard negative: regulatory notice that fentanyl is being added to panels; no donor.",
        frm="Regulatory Affairs <regulatory@veritastoxlabs.com>",
        to="clients@list.veritastoxlabs.com",
        subject="Panel change: fentanyl and norfentanyl from May 1",
        body="Following the HHS Mandatory Guidelines update, fentanyl/norfentanyl will be part of our federally regulated panels from May 1. No action is needed on existing orders; new CCF test codes will be in the portal next week."
        + SIG,
    ),
    Spec(
        phi=False,
        category="collection site directory workbook",
        notes="Collection site directory with business addresses and phones; no donor.",
        frm="Network Management <network@veritastoxlabs.com>",
        to="der@granitelinetrucking.com",
        subject="Collection sites near your terminals",
        body="Sites within 15 miles of your three terminals are listed in the attached workbook.",
        atts=(
            Att(
                "collection_sites.xlsx",
                XLSX,
                xlsx(
                    {
                        "Sites": [
                            ["Site", "Address", "Phone", "Hours"],
                            ["Fenwick Collect Site", "410 Canal St, Fenwick OH", "555-0191", "7-5"],
                            ["Dover Hts PSC", "22 Route 9, Dover Heights OH", "555-0193", "8-4"],
                        ]
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SFTP host key rotation with server IPs",
        notes="Hard negative: IT notice with the lab's server IP addresses and key fingerprint; machine identifiers, not people.",
        frm="IT Operations <itops@veritastoxlabs.com>",
        to="it@keystonetpa.com",
        subject="SFTP host key rotation Saturday",
        body="On Sat 3/21 at 22:00 ET we rotate the SFTP host key on sftp.veritastoxlabs.com (203.0.113.40, standby 203.0.113.41). New ED25519 fingerprint: SHA256:q3Vx1mZ0p9rTnK7bL2hY8wEuF4cA6dJ5sG1oR0tU2iM. Please update your known_hosts.",
    ),
    Spec(
        phi=False,
        category="holiday courier schedule",
        notes="Courier pickup schedule change for a holiday; no individual.",
        frm="Logistics <logistics@veritastoxlabs.com>",
        to="collections@fenwickcollectsite.com",
        subject="Good Friday pickup",
        body="Courier pickup on 4/3 moves to 11:00. Invite attached.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Veritas//Logistics//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:vtx-courier-0403@veritastoxlabs.com\r\nDTSTAMP:20260317T160000Z\r\n"
            "DTSTART:20260403T150000Z\r\nDTEND:20260403T151500Z\r\nSUMMARY:Veritas courier pickup (holiday time)\r\n"
            "LOCATION:Fenwick Collect Site\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="fatal flaw quarterly summary",
        notes="Hard negative: quality summary of rejected specimens by reason with counts only; no specimen or donor IDs.",
        frm="Quality Assurance <qa@veritastoxlabs.com>",
        to="ops@fenwickcollectsite.com",
        subject="Q4 rejected specimens - collection site feedback",
        body="In Q4 we rejected 3 specimens from your site for fatal flaws: 2 with no collector signature on the CCF, 1 with the bottle seal broken in transit. Please refresh staff on step 5. Thank you."
        + SIG,
    ),
    Spec(
        phi=False,
        category="instrument service contract",
        notes="Vendor contract renewal for LC-MS/MS instruments with serial numbers; no donor.",
        frm="Lab Operations <labops@veritastoxlabs.com>",
        to="contracts@sciexion-instruments.com",
        subject="Renewal: service contract 2026-27",
        body="We'd like to renew coverage for both LC-MS/MS systems (SN BQ21480113 and BQ21480277) at the platinum tier. PO to follow.",
    ),
    Spec(
        phi=False,
        category="job posting certifying scientist",
        notes="Hard negative: job posting describing review of positive results; no individual.",
        frm="Careers <careers@veritastoxlabs.com>",
        to="jobs@aacc-careerboard.org",
        subject="Certifying Scientist - Veritas Toxicology (Fenwick, OH)",
        body="Review and certify forensic drug test results, including positives for opioids and stimulants, under HHS Mandatory Guidelines. BS chemistry + 3 years forensic toxicology. Apply: veritastoxlabs.com/careers",
    ),
    Spec(
        phi=False,
        category="own employee drug-free workplace policy",
        notes="Hard negative: internal drug-free workplace policy reminder for lab staff; no employee named.",
        frm="Human Resources <hr@veritastoxlabs.com>",
        to="allstaff@veritastoxlabs.com",
        subject="Reminder: our own random testing program",
        body="As a testing lab we hold ourselves to the same standard. Random selections for staff happen monthly; selected staff are notified privately by HR. Employee Assistance Program: 555-0199 (confidential).",
    ),
    Spec(
        phi=False,
        category="client account setup with DER contact",
        notes="Hard negative: account onboarding with client account number and the employer contact's name and phone; no donor.",
        frm="Client Services <clientservices@veritastoxlabs.com>",
        to="monique.ellis@lakeviewhospitality.com",
        subject="Your account is live - 40072158",
        body="Welcome aboard! Account 40072158 is active. DER on file: Monique Ellis, 555-0120. Your collection sites are authorised to use the account from today. Order CCFs in the portal.\n\nBeth Carrow"
        + SIG,
    ),
    Spec(
        phi=False,
        category="HTML marketing on positivity trends",
        notes="Marketing email to employers citing aggregate positivity trends; no individual.",
        frm="Veritas Toxicology <marketing@veritastoxlabs.com>",
        to="hrleaders@ohiochamberhr.org",
        subject="Cannabis positivity hits a 5-year high - is your policy ready?",
        body="Marijuana positivity in Ohio workforce testing rose to 4.9% in 2025. Our free policy review helps you decide what to test for. Reply to book.",
        html="<html><body><h2>4.9%</h2><p>Marijuana positivity in Ohio workforce testing, 2025.</p><p>Book a free policy review.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="supply reorder for collection kits",
        notes="Supply order for collection kits and CCFs; vendor mail.",
        frm="Logistics <logistics@veritastoxlabs.com>",
        to="orders@specikit-supply.com",
        subject="Reorder - split kits",
        body="Please ship 2,000 split-specimen kits (SK-200) and 50 tamper-evident shipping boxes to our receiving dock. Same PO terms as January.",
    ),
    Spec(
        phi=False,
        category="forwarded courier delay report",
        notes="Forward of a courier's delay notice with box counts and tracking numbers only.",
        frm="Logistics <logistics@veritastoxlabs.com>",
        to="clientservices@veritastoxlabs.com",
        cc="ops@fenwickcollectsite.com",
        subject="Fwd: weather delay",
        body="FYI, Dover Heights boxes will arrive a day late; stability is fine for urine at ambient for 7 days.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Dispatch <dispatch@quickroute-courier.com>",
            to="logistics@veritastoxlabs.com",
            subject="weather delay",
            body="Ice on Route 9 - route DH-2 pickups (3 boxes, tracking QR884120, QR884121, QR884122) delayed to tomorrow AM.",
        ),
    ),
]
