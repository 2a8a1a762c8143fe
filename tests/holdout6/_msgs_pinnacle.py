"""Pinnacle Reference Laboratory (pinnaclereflab.com): client services, courier, results, send-outs."""

# ruff: noqa: E501, RUF001
from __future__ import annotations

from _kit import CSV, FHIR, HL7, PNG, RTF, X12, ZIP, ZW, Att, Spec, pdf, png, xlsx

SIG_NADIA = """Nadia Brennan
Client Services Representative
Pinnacle Reference Laboratory
555-0140 option 2 | clientservices@pinnaclereflab.com"""

SIG_WEN = """Wen Zhao, MLS(ASCP)
Send-Outs Coordinator | Pinnacle Reference Laboratory"""

SIG_GREG = """Gregory Amundsen, MD, PhD
Laboratory Director, Pinnacle Reference Laboratory
CLIA 14D0931772"""

SIG_DEB = """Deborah Kline
Patient Billing, Pinnacle Reference Laboratory
555-0145"""

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="misrouted_oru_results_hl7",
        notes="HL7 ORU results file e-mailed to a client office while their interface was down: patient demographics with lipid and A1c results.",
        frm="Raj Menon <rmenon@pinnaclereflab.com>",
        to="Front Office <office@lakesidefm.com>",
        subject="results file while your interface is down",
        body="""Hi Sheila,

Since your interface engine is still down after the upgrade, here's this morning's results file so Dr. Keane can review. Your EMR can import it manually (Lab > Import HL7). I'll resend the rest once the connection is back.

Raj Menon
Interface Analyst, Pinnacle Reference Laboratory
""",
        atts=(
            Att(
                "PRL_ORU_lakesidefm_20261119_0700.hl7",
                HL7,
                "MSH|^~\\&|PRL_LIS|PINNACLE|LAKESIDE_EMR|LAKESIDEFM|202611190700||ORU^R01|PRL1119070001|P|2.5.1\r"
                "PID|1||LFM0088214^^^LAKESIDE^MR||WESTBROOK^COLLEEN^A||19640718|F|||71 Birchwood Dr^^Millbrook^IL^60536\r"
                "ORC|RE|LFM-ORD-44182|P26-3320117\r"
                "OBR|1|LFM-ORD-44182|P26-3320117|80061^Lipid panel^CPT|||20261118081500\r"
                "OBX|1|NM|2093-3^Cholesterol^LN||248|mg/dL|<200|H|||F\r"
                "OBX|2|NM|13457-7^LDL calc^LN||171|mg/dL|<100|H|||F\r"
                "OBR|2|LFM-ORD-44182|P26-3320118|83036^Hemoglobin A1c^CPT|||20261118081500\r"
                "OBX|1|NM|4548-4^HbA1c^LN||7.9|%|4.0-5.6|H|||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="critical_value_notification_html",
        notes="HTML-only automated critical-value alert to an outside practice with patient name, DOB and potassium result.",
        frm="Pinnacle Result Alerts <alerts@pinnaclereflab.com>",
        to="On-call <oncall@sunrisepeds.com>",
        subject="CRITICAL RESULT - acknowledgement required",
        body="",
        html="""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<div style="background:#b00020;color:#fff;padding:8px 12px;font-weight:bold">PINNACLE REFERENCE LABORATORY &ndash; CRITICAL VALUE</div>
<table cellpadding="6" style="border-collapse:collapse;margin-top:10px">
<tr><td><b>Patient</b></td><td>TORRES-LEDESMA, ELIAN</td></tr>
<tr><td><b>DOB</b></td><td>2021-03-08</td></tr>
<tr><td><b>Accession</b></td><td>P26-3321904</td></tr>
<tr><td><b>Test</b></td><td>Potassium, serum</td></tr>
<tr><td><b>Result</b></td><td style="color:#b00020"><b>6.9 mmol/L (critical high)</b> &ndash; specimen not hemolyzed</td></tr>
<tr><td><b>Ordering</b></td><td>Sunrise Pediatrics &ndash; Dr. Nkemdirim</td></tr>
</table>
<p>Phone notification attempted 14:22 and 14:31 (no answer). <a href="https://portal.pinnaclereflab.com/ack?acc=P26-3321904">Acknowledge receipt</a> or call 555-0140.</p>
</body></html>""",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="sendout_manifest_initials_dob",
        notes="Hard positive: send-out manifest CSV lists patients only by initials and date of birth with accession numbers and specialty tests (JAK2, HLA-B27, heavy metals).",
        frm="Wen Zhao <wzhao@pinnaclereflab.com>",
        to="Receiving <receiving@crestlinelabs.com>",
        subject="Manifest - box 2 of 2, FedEx 7791 4420 3318",
        body=f"""Manifest for today's frozen box attached. 5 specimens, all on dry ice. Box 1 (ambient) manifest went earlier.

{SIG_WEN}
""",
        atts=(
            Att(
                "PRL_sendout_manifest_20261119_box2.csv",
                CSV,
                "accession,pt_initials,dob,sex,test_code,test_name,specimen,temp\r\n"
                "P26-3318806,D.K.,1958-06-21,M,JAK2V,JAK2 V617F mutation,EDTA WB,frozen\r\n"
                "P26-3318811,A.R.,1993-01-15,M,HLAB27,HLA-B27 typing,EDTA WB,frozen\r\n"
                "P26-3318840,M.O.,1971-11-02,F,HMET,Heavy metals panel (As/Cd/Hg/Pb),RB urine,frozen\r\n"
                "P26-3318852,J.W.,2019-04-30,F,TTGIGA,tTG IgA + total IgA,serum,frozen\r\n"
                "P26-3318869,L.S.,1945-09-09,F,SPEP,Protein electrophoresis w/ IFE,serum,frozen\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="courier_home_draw_address",
        notes="Hard positive: courier dispatch to a subcontractor with a home address, a homebound draw and the test (INR for warfarin dosing); no patient name.",
        frm="Leon Tate <ltate@pinnaclereflab.com>",
        to="Dispatch <dispatch@quicklinkcouriers.com>",
        subject="add-on stop today",
        body="""Add-on for Route 6 this afternoon:

4410 Quarry Rd (white farmhouse, long gravel drive) - homebound draw, our phleb will be there 1:15-1:40. Pick up from her at the house, not the PSC. It's a STAT INR for warfarin dosing so it has to hit the lab by 3.

Leon Tate
Courier Dispatch, Pinnacle Reference Laboratory
555-0147
""",
    ),
    Spec(
        phi=True,
        category="glucose_result_chinese",
        notes="Simplified Chinese message to a patient's personal mailbox with his fasting glucose and A1c results and a follow-up request.",
        frm="Client Services <clientservices@pinnaclereflab.com>",
        to="Chen Jianguo <chen.jianguo1960@163.com>",
        subject="您的化验结果 - 请联系您的医生",
        body="""陈建国先生，您好：

这里是 Pinnacle Reference Laboratory（顶峰参考实验室）客户服务部。您于11月17日在我们患者服务中心抽血的化验结果已发送给您的医生 Dr. Keane。

应您的要求，我们把主要结果告诉您：
- 空腹血糖：168 mg/dL（正常范围 70-99）
- 糖化血红蛋白 HbA1c：8.1%（正常范围 4.0-5.6）

这两项结果偏高，请尽快联系 Lakeside Family Medicine 预约复诊，讨论糖尿病的治疗方案。

如有疑问，请拨打 555-0140（有中文服务）。

Pinnacle Reference Laboratory 客户服务部
""",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="specimen_qns_redraw_casual",
        notes="Hard positive: terse note to a pediatric office asking for a redraw; the child is 'the Tran kid' with an age and accession number, tests named by abbreviation.",
        frm="Nadia Brennan <nbrennan@pinnaclereflab.com>",
        to="Lab Liaison <lab@sunrisepeds.com>",
        subject="QNS - redraw pls",
        body=f"""hi - QNS on acc P26-3319455 (Tran, 6 yo, drawn yesterday 3:40p). we got the CMP but not enough for the lipase + amylase. can you have mom bring him back for a redraw? the order is still open.

{SIG_NADIA}
""",
    ),
    Spec(
        phi=True,
        category="fhir_diagnostic_report_to_client",
        notes="FHIR DiagnosticReport bundle with a patient, a positive urine culture and susceptibilities, sent to a client's integration mailbox.",
        frm="Pinnacle FHIR Gateway <fhir@pinnaclereflab.com>",
        to="Integration <integration@maplecourtcare.com>",
        subject="DiagnosticReport delivery 2 of 2 (retry)",
        body="""Retry delivery of DiagnosticReport. Your endpoint returned 503; payload attached per fallback agreement.
""",
        atts=(
            Att(
                "DiagnosticReport_P26-3317720.json",
                FHIR,
                '{"resourceType":"Bundle","type":"collection","entry":['
                '{"resource":{"resourceType":"Patient","id":"mc-214b","name":[{"family":"Grzyb","given":["Walter"]}],"birthDate":"1938-05-11","gender":"male"}},'
                '{"resource":{"resourceType":"DiagnosticReport","id":"P26-3317720","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"630-4","display":"Bacteria identified in Urine by Culture"}]},'
                '"subject":{"reference":"Patient/mc-214b"},"effectiveDateTime":"2026-11-16T06:10:00-06:00",'
                '"conclusion":">100,000 CFU/mL Escherichia coli, ESBL-producing. Resistant: ceftriaxone, ciprofloxacin. Susceptible: nitrofurantoin, ertapenem."}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient_lab_statement_pdf",
        notes="Patient billing statement PDF to a personal mailbox: account number, service date, CPT-coded tests and balance.",
        frm="Deborah Kline <dkline@pinnaclereflab.com>",
        to="Marcus Oyelowo <moyelowo@outlook.com>",
        subject="Pinnacle Reference Laboratory - statement for account PRL-5528104",
        body=f"""Hello Mr. Oyelowo,

As we discussed on the phone, here is a copy of your statement. Your plan applied the charges to your deductible. You can pay online with the account number, or set up a 6-month plan with no interest.

{SIG_DEB}
""",
        atts=(
            pdf(
                "PRL-5528104_statement.pdf",
                [
                    "PINNACLE REFERENCE LABORATORY - PATIENT STATEMENT",
                    "Account: PRL-5528104     Patient: Marcus Oyelowo     DOB: 10/19/1977",
                    "Date of service: 10/22/2026   Referring: Lakeside Family Medicine",
                    "80053  Comprehensive metabolic panel        $54.00",
                    "84153  PSA, total                           $61.00",
                    "87389  HIV-1/2 Ag/Ab 4th generation         $48.00",
                    "Applied to deductible (Evergreen Health Plan)  $163.00",
                    "Amount due: $163.00",
                ],
                "Patient statement",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted_zip_results_named_patient",
        notes="Password-protected zip of nursing-home results; the visible body names one resident and his repeat PSA, so the message itself discloses PHI.",
        frm="Nadia Brennan <nbrennan@pinnaclereflab.com>",
        to="DON <don@maplecourtcare.com>",
        subject="Tuesday's facility draw - results (encrypted)",
        body=f"""Hi Gloria,

Results from Tuesday's facility draw are in the attached zip; I'll call you with the password. It includes the corrected report for Mr. Abernathy - his repeat PSA came back 11.2, so Dr. Imani will want to see that one first.

{SIG_NADIA}
""",
        atts=(
            Att(
                "MapleCourt_results_2026-11-17.zip",
                ZIP,
                ZW.encrypted_zip(
                    {
                        "results_summary.txt": "Maple Court facility draw 2026-11-17: 14 residents. Abernathy, Lloyd - PSA 11.2 ng/mL (H), corrected report.\r\n",
                    },
                    "Mc!ZK4-7r",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="brca_result_genetic_counselor",
        notes="Germline BRCA1 pathogenic variant result for a named patient sent to an outside genetic counselor.",
        frm="Gregory Amundsen <gamundsen@pinnaclereflab.com>",
        to='"Hannah Brightwater, MS, CGC" <hbrightwater@genewisecounsel.com>',
        subject="call me re: hereditary panel",
        body=f"""Hannah,

Heads-up before the formal report posts: the hereditary breast/ovarian panel for Yolanda Prescott-Hale (DOB 04/02/1986, acc P26-3309917) is positive for a pathogenic BRCA1 variant, c.68_69delAG (p.Glu23fs). Her ordering physician asked that you disclose it at Thursday's session, not the portal. Sister is also interested in cascade testing.

{SIG_GREG}
""",
    ),
    Spec(
        phi=True,
        category="corrected_report_hiv_notice",
        notes="Corrected-report notice to a client practice: a named patient's HIV screen was reported reactive in error.",
        frm="Gregory Amundsen <gamundsen@pinnaclereflab.com>",
        to="Dr. Moira Keane <mkeane@lakesidefm.com>",
        subject="Corrected report - please read",
        body=f"""Dr. Keane,

We issued a corrected report this morning for your patient Darnell Pickford (DOB 09/14/1990), accession P26-3316402, collected 11/13. The HIV-1/2 Ag/Ab screen was reported as REACTIVE on 11/16 because of a specimen labelling error on our bench. The correct result is NONREACTIVE, confirmed on a redraw.

If the original result was communicated to Mr. Pickford, please let him know as soon as possible. I'm very sorry; our incident review is under way and I'm available by phone today.

{SIG_GREG}
""",
    ),
    Spec(
        phi=True,
        category="outstanding_specimens_mrn_only",
        notes="Hard positive: CSV of pending specimens for a client with MRNs (no names) and test names such as hepatitis C RNA and cytology.",
        frm="Nadia Brennan <nbrennan@pinnaclereflab.com>",
        to="Lab Liaison <lab@lakesidefm.com>",
        subject="pending list as of this morning",
        body=f"""Here's your pending list as of 7 AM. The two HCV RNAs are at the send-out lab, expected Monday.

{SIG_NADIA}
""",
        atts=(
            Att(
                "lakesidefm_pending_20261119.csv",
                CSV,
                "client_mrn,accession,collected,test,status,eta\r\n"
                "LFM0088391,P26-3317004,2026-11-16,HCV RNA quantitative,at send-out lab,2026-11-23\r\n"
                "LFM0071120,P26-3317019,2026-11-16,HCV RNA quantitative,at send-out lab,2026-11-23\r\n"
                "LFM0090057,P26-3318230,2026-11-17,ThinPrep Pap + HPV,cytology review,2026-11-20\r\n"
                "LFM0064473,P26-3318512,2026-11-18,Vitamin D 25-OH,in process,2026-11-19\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="requisition_scan_missing_dx",
        notes="Hard positive: a scanned requisition image whose file name holds the patient's name and date; the body asks only for a missing diagnosis code for a vitamin D test.",
        frm="Nadia Brennan <nbrennan@pinnaclereflab.com>",
        to="Front Office <office@lakesidefm.com>",
        subject="missing dx code - req attached",
        body=f"""Hi, the attached req came in without a diagnosis code for the vitamin D. Medicare won't cover it as a screening - can Dr. Keane add the ICD-10 and fax or reply? We're holding the specimen until Friday.

{SIG_NADIA}
""",
        atts=(Att("req_scan_Castellanos_Marta_2026-11-18.png", PNG, png(5, 7, (245, 245, 240))),),
    ),
    Spec(
        phi=True,
        category="lab_837_claim_clearinghouse",
        notes="X12 837P lab claim to a clearinghouse with the patient's name, member ID, diagnosis and test CPT codes.",
        frm="Deborah Kline <dkline@pinnaclereflab.com>",
        to="EDI Support <edi@claimbridgeclearing.com>",
        subject="837 rejected 999 - corrected file",
        body=f"""Your 999 rejected yesterday's file on the NM1*IL segment. Corrected single-claim file attached for testing before we resend the batch.

{SIG_DEB}
""",
        atts=(
            Att(
                "PRL_837P_20261119_corrected.x12",
                X12,
                "ISA*00*          *00*          *ZZ*PINNACLERL     *ZZ*CLAIMBRIDGE    *261119*1015*^*00501*000002214*0*P*:~"
                "GS*HC*PINNACLERL*CLAIMBRIDGE*20261119*1015*2214*X*005010X222A1~"
                "ST*837*0001*005010X222A1~"
                "NM1*85*2*PINNACLE REFERENCE LABORATORY*****XX*1553205406~"
                "NM1*IL*1*WESTBROOK*COLLEEN*A***MI*EHP602118834~"
                "DMG*D8*19640718*F~"
                "CLM*P26-3320117*96.00***81:B:1*Y*A*Y*Y~"
                "HI*ABK:E1165*ABF:E785~"
                "LX*1~SV1*HC:80061*52.00*UN*1***1~"
                "LX*2~SV1*HC:83036*44.00*UN*1***1~"
                "SE*11*0001~GE*1*2214~IEA*1*000002214~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reportable_lead_forward_to_health_dept",
        notes="Hard positive: the visible note cites only the reporting rule; the forwarded original (message/rfc822) has the child's name, DOB, address and blood lead level.",
        frm="Wen Zhao <wzhao@pinnaclereflab.com>",
        to="Lead Program <leadprogram@metrocountyhhs.org>",
        subject="FW: elevated BLL - reportable",
        body=f"""Forwarding per 77 Ill. Adm. Code 845 reporting. Electronic report also sent through I-NEDSS.

{SIG_WEN}
""",
        forward=Spec(
            phi=True,
            category="reportable_lead_forward_to_health_dept",
            notes="inner",
            frm="Pinnacle Result Alerts <alerts@pinnaclereflab.com>",
            to="Wen Zhao <wzhao@pinnaclereflab.com>",
            subject="Reportable result flagged: Lead, blood (venous)",
            body="""Reportable result flagged by rule LEAD-VEN-5:

Patient: Amari Whitlock   DOB 2023-07-14   Sex M
Address: 611 Cedar St Apt B, Millbrook IL 60536
Guardian phone: 555-0186
Accession P26-3316688, collected 11/16/2026, venous
Lead, blood: 14 ug/dL (reference <3.5)
Ordering: Sunrise Pediatrics, Dr. Nkemdirim
""",
        ),
    ),
    Spec(
        phi=True,
        category="missing_insurance_workbook",
        notes="Workbook to a client office listing patients with service dates, tests and missing insurance fields so the lab can bill.",
        frm="Deborah Kline <dkline@pinnaclereflab.com>",
        to="Billing <billing@sunrisepeds.com>",
        subject="Missing insurance info - 4 patients",
        body=f"""Hi Tonya,

We're missing insurance for the patients in the attached sheet. If we don't have it in 30 days the bill goes to the parent. Can you fill in the yellow columns and send it back through the portal (not email, please)?

{SIG_DEB}
""",
        atts=(
            xlsx(
                "Sunrise_missing_insurance_2026-11.xlsx",
                {
                    "Missing insurance": [
                        ["Patient", "DOB", "DOS", "Tests", "Payer", "Member ID"],
                        ["Elian Torres-Ledesma", "2021-03-08", "2026-11-18", "BMP, CBC", "", ""],
                        ["Nia Okonjo", "2017-10-22", "2026-11-12", "Strep culture", "", ""],
                        ["Mateo Ruiz", "2014-02-03", "2026-11-10", "Lipid panel, TSH", "", ""],
                        ["Hazel Dunn", "2022-06-19", "2026-11-09", "Lead, blood", "", ""],
                    ]
                },
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="reference_range_change_rtf",
        notes="Hard negative: client notice (RTF) of new reference ranges and units for potassium, creatinine and TSH after an analyzer change; no patient.",
        frm="Gregory Amundsen <gamundsen@pinnaclereflab.com>",
        to="Clients <client-notices@pinnaclereflab.com>",
        cc="Dr. Moira Keane <mkeane@lakesidefm.com>",
        subject="Client notice: reference range changes effective 12/7",
        body=f"""Dear clients,

Please see the attached notice. Summary: new chemistry analyzers go live 12/7; potassium, creatinine and TSH reference intervals change. No action needed unless your EMR has hard-coded ranges.

{SIG_GREG}
""",
        atts=(
            Att(
                "Client_notice_ref_ranges_2026-12.rtf",
                RTF,
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 "
                "\\b Pinnacle Reference Laboratory - Client Notice\\b0\\par "
                "Effective 12/07/2026 the following reference intervals change:\\par "
                "Potassium, serum: 3.5-5.1 mmol/L (was 3.6-5.2)\\par "
                "Creatinine, serum: 0.60-1.20 mg/dL male, 0.50-1.00 mg/dL female\\par "
                "TSH: 0.45-4.50 uIU/mL (was 0.35-5.00)\\par "
                "Critical values are unchanged.\\par }",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="collection_instructions_24h_urine",
        notes="Hard negative: generic patient instructions PDF for a 24-hour urine collection (creatinine clearance, protein); no individual.",
        frm="Nadia Brennan <nbrennan@pinnaclereflab.com>",
        to="Front Office <office@lakesidefm.com>",
        subject="24 hr urine instructions (English + Spanish coming)",
        body=f"""Here's the updated 24-hour urine instruction sheet you asked for. Spanish version next week. Jugs are on tomorrow's supply delivery.

{SIG_NADIA}
""",
        atts=(
            pdf(
                "24hr_urine_instructions.pdf",
                [
                    "PINNACLE REFERENCE LABORATORY",
                    "24-Hour Urine Collection - Patient Instructions",
                    "1. Day 1, morning: urinate into the toilet. Write the time on the jug label. This is your start time.",
                    "2. Collect ALL urine for the next 24 hours in the orange jug. Keep it in the refrigerator.",
                    "3. Day 2, same time: urinate one last time into the jug.",
                    "Do not add anything to the jug. Some tests (protein, creatinine clearance) need a blood draw too.",
                    "Bring the jug to any Pinnacle patient service center within 24 hours.",
                ],
                "24-hour urine instructions",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="hl7_test_compendium_mfn",
        notes="Hard negative: HL7 master-file (MFN^M08) test compendium update with test codes, LOINC and specimen rules; no PID segment, no patient.",
        frm="Raj Menon <rmenon@pinnaclereflab.com>",
        to="Interfaces <interfaces@clinicflowehr.com>",
        subject="compendium update - 3 new orderables",
        body="""Hi,

Compendium delta attached (MFN^M08): 3 new orderable tests and one retired code. Please load into the Pinnacle order catalog for all shared clients before 12/7.

Raj Menon
Interface Analyst, Pinnacle Reference Laboratory
""",
        atts=(
            Att(
                "PRL_compendium_delta_20261119.hl7",
                HL7,
                "MSH|^~\\&|PRL_LIS|PINNACLE|CLINICFLOW|ALL|202611191200||MFN^M08|PRLMFN1119|P|2.5.1\r"
                "MFI|OMA|PRL_COMPENDIUM|UPD|||AL\r"
                "MFE|MAD|||CALPRO^Calprotectin, fecal^PRL\r"
                "OM1|1|CALPRO^Calprotectin, fecal^PRL|||||||||||||||||||||||||||||||||||||||||27925-7^Calprotectin [Mass/mass] in Stool^LN\r"
                "MFE|MAD|||PETH^Phosphatidylethanol^PRL\r"
                "OM1|2|PETH^Phosphatidylethanol^PRL\r"
                "MFE|MAD|||APOB^Apolipoprotein B^PRL\r"
                "OM1|3|APOB^Apolipoprotein B^PRL\r"
                "MFE|MDL|||LPSEL^Lipase (legacy code)^PRL\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="courier_route_change_clinic_addresses",
        notes="Hard negative: courier route change listing client clinic street addresses and pick-up times; business locations only.",
        frm="Leon Tate <ltate@pinnaclereflab.com>",
        to="Office Managers <office-managers@pinnaclereflab.com>",
        cc="Front Office <office@lakesidefm.com>",
        subject="Route 4 pickup times change Monday 11/30",
        body="""Hello,

Starting Monday 11/30, Route 4 pick-ups move as follows:

  Lakeside Family Medicine, 880 Shore Dr Ste 110        11:30 -> 12:15 and 4:45 (unchanged)
  Sunrise Pediatrics, 2416 Maple Ave                     12:00 -> 12:40
  Maple Court Care Center, 300 Commons Way (lab room)    1:00 -> 1:30
  Millbrook Dialysis, 71 Industrial Pkwy                 unchanged

Please have lock boxes closed 10 minutes before the driver arrives. Questions: 555-0147.

Leon Tate
Courier Dispatch
""",
    ),
    Spec(
        phi=False,
        category="proficiency_testing_results",
        notes="Hard negative: CAP proficiency-testing survey results with specimen IDs and analyte values that look like patient results but are survey samples.",
        frm="Gregory Amundsen <gamundsen@pinnaclereflab.com>",
        to="Lab Compliance <compliance@prairiehealthlabs.org>",
        subject="2026 C-B survey - all acceptable",
        body=f"""Sharing for the network QA committee: our 2026 CAP Chemistry C-B survey came back 100% acceptable.

  Specimen C-06  glucose     112 mg/dL   target 110 (SDI 0.4)  acceptable
  Specimen C-07  potassium   6.3 mmol/L  target 6.2 (SDI 0.5)  acceptable
  Specimen C-08  creatinine  4.82 mg/dL  target 4.91 (SDI -0.6) acceptable
  Specimen C-09  calcium     7.1 mg/dL   target 7.0 (SDI 0.3)  acceptable

Corrective action from last year's C-A calcium miss is closed.

{SIG_GREG}
""",
    ),
    Spec(
        phi=False,
        category="psc_hours_notice_chinese",
        notes="Hard negative: Simplified Chinese notice to a community health centre about patient service centre hours and fasting guidance; no individual.",
        frm="Client Services <clientservices@pinnaclereflab.com>",
        to="华人社区健康中心 <info@chinesecommunityhealth.org>",
        subject="顶峰参考实验室 - 抽血中心新营业时间",
        body="""您好：

Pinnacle Reference Laboratory（顶峰参考实验室）Maple Ave 抽血中心从12月1日起调整营业时间：

- 周一至周五：早上6:30至下午5:00
- 周六：早上7:00至中午12:00
- 无需预约，但可在网上预约以减少等候时间

提醒：空腹抽血（例如血糖、血脂）前需禁食8-12小时，可以喝白开水，请照常服用药物，除非医生另有说明。

欢迎转告贵中心的会员。如需中文服务，请拨打 555-0140。

顶峰参考实验室 客户服务部
""",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="lab_week_celebration",
        notes="Staff appreciation event with a caterer.",
        frm="Tasha Grimes <tgrimes@pinnaclereflab.com>",
        to="Catering <orders@sunnysidecatering.com>",
        subject="night shift breakfast - lab appreciation",
        body="""Hi!

For our lab appreciation week we'd like breakfast for the night shift on Thursday 12/10 delivered at 6:15 AM (before they leave at 7) - about 30 people. Breakfast burritos, fruit, coffee for 30. Delivery to the loading dock entrance, 1200 Research Pkwy.

Thanks,
Tasha Grimes
HR Coordinator, Pinnacle Reference Laboratory
""",
    ),
    Spec(
        phi=False,
        category="client_fee_schedule",
        notes="Hard negative: client-bill fee schedule for a new physician office with CPT codes and prices for common panels; no patient.",
        frm="Nadia Brennan <nbrennan@pinnaclereflab.com>",
        to="Practice Manager <pm@northsidefamilyclinic.com>",
        subject="Client bill pricing - 2027",
        body=f"""Hi Aaron,

Here is your 2027 client-bill pricing (applies to self-pay patients you bill directly):

  80053  CMP                    $11.50
  85025  CBC w/ diff            $8.75
  80061  Lipid panel            $12.00
  83036  Hemoglobin A1c         $10.25
  84443  TSH                    $14.00
  87086  Urine culture          $13.50
  87491  Chlamydia NAAT         $28.00

Let me know if you want us to set up the courier and supplies for your second location.

{SIG_NADIA}
""",
    ),
    Spec(
        phi=False,
        category="quality_metrics_aggregate_xlsx",
        notes="Hard negative: quarterly lab quality workbook with turnaround times, specimen rejection rates and critical-call timeliness by client; aggregate only.",
        frm="Gregory Amundsen <gamundsen@pinnaclereflab.com>",
        to="Dr. Moira Keane <mkeane@lakesidefm.com>",
        subject="Q3 quality report for your practice",
        body=f"""Moira,

Q3 quality report attached. Your rejection rate for hemolyzed potassium dropped to 1.1% after the tourniquet-time training - nice. Critical calls all within 30 min.

{SIG_GREG}
""",
        atts=(
            xlsx(
                "PRL_quality_Q3_2026_lakesidefm.xlsx",
                {
                    "Turnaround": [
                        ["Test", "Volume", "Median TAT (h)", "90th pct TAT (h)"],
                        ["CMP", 2211, 9.5, 14.2],
                        ["CBC", 1984, 7.8, 12.9],
                        ["A1c", 806, 11.0, 20.1],
                        ["Urine culture", 412, 38.0, 52.5],
                    ],
                    "Rejections": [
                        ["Reason", "Count", "Rate"],
                        ["Hemolyzed", 24, "1.1%"],
                        ["Unlabeled/mislabeled", 6, "0.3%"],
                        ["QNS", 9, "0.4%"],
                    ],
                    "Critical calls": [
                        ["Month", "Critical values", "Called within 30 min"],
                        ["Jul", 14, "100%"],
                        ["Aug", 11, "100%"],
                        ["Sep", 17, "100%"],
                    ],
                },
            ),
        ),
    ),
    Spec(
        phi=False,
        category="new_client_onboarding_clia_npi",
        notes="Hard negative: new-client onboarding with the lab's CLIA number, the director's NPI and state licence, and the lab's own NPI; organisational and clinician identifiers.",
        frm="Nadia Brennan <nbrennan@pinnaclereflab.com>",
        to="Practice Manager <pm@northsidefamilyclinic.com>",
        subject="Onboarding info for your EMR vendor",
        body=f"""Aaron,

For your EMR vendor's lab setup form:

  Performing lab: Pinnacle Reference Laboratory, 1200 Research Pkwy, Millbrook IL 60536
  CLIA 14D0931772
  Lab NPI 1553205406
  Laboratory Director: Gregory Amundsen, MD, PhD
    NPI 1224056519, IL physician license 036.118842
  Results routing: HL7 ORU via our interface engine (Raj Menon will contact them)

The vendor will also ask for our sending facility ID - it's PINNACLE.

{SIG_NADIA}
""",
    ),
    Spec(
        phi=False,
        category="blank_requisition_with_icd_checkboxes",
        notes="Hard negative: blank lab requisition PDF with printed common ICD-10 codes as checkboxes and empty patient fields, sent to a printer.",
        frm="Nadia Brennan <nbrennan@pinnaclereflab.com>",
        to="Orders <orders@printwiseforms.com>",
        subject="req form reprint - 5,000 (3-part NCR)",
        body=f"""Hi, please reprint our general requisition (attached proof), 5,000 sets, 3-part NCR, same as job #88190 but with the new ICD boxes.

{SIG_NADIA}
""",
        atts=(
            pdf(
                "PRL_general_req_proof_v12.pdf",
                [
                    "PINNACLE REFERENCE LABORATORY - GENERAL REQUISITION",
                    "Patient last name: ______________ First: ____________ DOB: ___/___/____",
                    "Insurance: [ ] Medicare  [ ] Medicaid  [ ] Commercial  Member ID: ______________",
                    "Common diagnoses: [ ] Z00.00 General adult exam  [ ] E11.9 Type 2 diabetes",
                    "[ ] E78.5 Hyperlipidemia  [ ] I10 Hypertension  [ ] R53.83 Fatigue  [ ] E03.9 Hypothyroidism",
                    "Tests: [ ] CMP 80053  [ ] CBC 85025  [ ] Lipid 80061  [ ] A1c 83036  [ ] TSH 84443",
                    "Ordering provider signature: ______________________",
                ],
                "General requisition",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="out_of_office_client_services",
        notes="Hard negative: auto-reply about results, critical values and specimen pickups in general terms.",
        frm="Wen Zhao <wzhao@pinnaclereflab.com>",
        to="Receiving <receiving@crestlinelabs.com>",
        subject="Automatic reply: RE: Manifest - box 2 of 2",
        headers=(("Auto-Submitted", "auto-replied"),),
        body="""Thank you for your message. I am out of the office until Monday, November 30.

For send-out test questions, specimen discrepancies or add-on requests, please contact sendouts@pinnaclereflab.com or 555-0140 option 4. Critical values are always phoned to the client 24/7.

Wen Zhao
Send-Outs Coordinator
""",
    ),
    Spec(
        phi=False,
        category="own_covid_positive_reschedule",
        notes="Hard negative: a lab employee tells an outside vendor she tested positive for COVID herself and moves a meeting online.",
        frm="Deborah Kline <dkline@pinnaclereflab.com>",
        to="Ellis Park <epark@claimbridgeclearing.com>",
        subject="Thursday - can we do Teams instead?",
        body=f"""Hi Ellis,

Sorry for the late notice - I tested positive for COVID this morning (just a sore throat and tired, I'm fine), so I don't want to come to your office Thursday. Can we do the 835 workflow review on Teams instead? Same time works.

{SIG_DEB}
""",
    ),
    Spec(
        phi=False,
        category="rsv_surveillance_aggregate_csv",
        notes="Hard negative: weekly respiratory virus positivity counts to the county health department, aggregate by age group.",
        frm="Gregory Amundsen <gamundsen@pinnaclereflab.com>",
        to="Epidemiology <epi@metrocountyhhs.org>",
        subject="Weekly respiratory panel summary - MMWR week 46",
        body=f"""Weekly summary attached. RSV positivity is climbing fast in the 0-4 group (18.4%, up from 11.2%). Flu A still low.

{SIG_GREG}
""",
        atts=(
            Att(
                "PRL_resp_summary_2026wk46.csv",
                CSV,
                "mmwr_week,age_group,tests,rsv_pos,flu_a_pos,flu_b_pos,sars_cov2_pos\r\n"
                "2026-46,0-4,1163,214,12,1,37\r\n"
                "2026-46,5-17,842,61,9,3,44\r\n"
                "2026-46,18-64,2210,48,21,2,163\r\n"
                "2026-46,65+,1388,77,15,0,129\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="method_comparison_deidentified_zip",
        notes="Hard negative: zip of a method-comparison study on de-identified residual specimens (sample numbers 1-40, paired values) sent to the analyzer vendor.",
        frm="Gregory Amundsen <gamundsen@pinnaclereflab.com>",
        to="Applications <apps@atlasdiagnostics.com>",
        subject="method comparison data - TSH, new vs old analyzer",
        body=f"""Attached is the TSH method comparison (40 de-identified residual specimens, sample numbers assigned at aliquoting, no link kept). Deming slope 0.97, r 0.994. Please confirm it meets your install acceptance criteria.

{SIG_GREG}
""",
        atts=(
            Att(
                "TSH_method_comparison.zip",
                ZIP,
                ZW.zipped(
                    {
                        "tsh_pairs.csv": "sample,old_uIU_mL,new_uIU_mL\r\n1,0.42,0.40\r\n2,1.87,1.81\r\n3,3.10,3.02\r\n4,7.95,7.70\r\n5,15.2,14.8\r\n",
                        "summary.txt": "Deming regression: slope 0.97 (0.95-0.99), intercept 0.01. r = 0.994. Bias at 4.5 uIU/mL: -3.1%.\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="phlebotomist_interview_personal",
        notes="Interview invitation to a phlebotomist candidate's personal mailbox.",
        frm="Tasha Grimes <tgrimes@pinnaclereflab.com>",
        to="Brianna Coates <bri.coates22@yahoo.com>",
        subject="Interview - Phlebotomist II (Maple Ave PSC)",
        body="""Hi Brianna,

Thanks for applying! We'd like to interview you for the Phlebotomist II opening at our Maple Ave patient service center. Are you available Tuesday 12/1 at 10 AM or Wednesday 12/2 at 2 PM? Interview takes about 45 minutes and includes a short skills check on the practice arm.

Please bring your phlebotomy certification.

Tasha Grimes
HR Coordinator, Pinnacle Reference Laboratory
""",
    ),
]
