# ruff: noqa: E501  (CSV rows, HL7/X12 segments and HTML rows are kept on one line as sent)
"""Summit Ridge Urgent Care & Occupational Health: clinicians, front desk, occ-med coordinators,
billing, managers, IT, marketing and HR writing outbound mail (PHI and not)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, ics, pdf, png, xlsx, zipped
from _spec import SRU, Att, Spec, d

RAMAN = f"Priya Raman MD <praman@{SRU}>"
OYEL = f"Marcus Oyelaran NP <moyelaran@{SRU}>"
KAYLA = f"Kayla Brandt <kbrandt@{SRU}>"
DENISE = f"Denise Whitfield <dwhitfield@{SRU}>"
LUIS = f"Luis Carrasco <billing@{SRU}>"
TOM = f"Tom Becker <tbecker@{SRU}>"
JORDAN = f"Jordan Pike <jpike@{SRU}>"
ASHLEY = f"Ashley Nguyen <anguyen@{SRU}>"
ROCHELLE = f"Rochelle Simms <hr@{SRU}>"
OCCMED = f"Occupational Health Desk <occmed@{SRU}>"

SIG_DENISE = d("""
    Denise Whitfield | Occupational Health Coordinator
    Summit Ridge Urgent Care & Occupational Health
    4410 Elm St, Suite 100 | p 612-555-0148 | f 612-555-0149
    CONFIDENTIALITY: This message may contain confidential information intended only for the
    addressee. If you received it in error, please notify the sender and delete it.
    """)

WORK_STATUS = pdf(
    [
        "SUMMIT RIDGE URGENT CARE & OCCUPATIONAL HEALTH",
        "WORK STATUS REPORT",
        "",
        "Employee: Ramon Delgado          DOB: 04/17/1983",
        "Employer: Granite Peak Construction   Claim #: GPC-WC-26-0419",
        "Date of visit: 11/09/2026        Provider: Priya Raman, MD",
        "",
        "Diagnosis: Strain of muscle of lower back, initial encounter (S39.012A)",
        "Treatment today: exam, naproxen 500 mg BID, cyclobenzaprine 5 mg qHS",
        "",
        "Work status: MODIFIED DUTY effective 11/09/2026",
        "  - No lifting over 20 lb",
        "  - No repetitive bending or twisting",
        "  - May sit/stand as needed",
        "Next visit: 11/16/2026 9:30 AM",
    ],
    "Work Status - Delgado",
)

PRICE_PDF = pdf(
    [
        "SUMMIT RIDGE URGENT CARE & OCCUPATIONAL HEALTH",
        "2027 Employer Services Price List",
        "",
        "DOT physical (CME, long form)                 $95",
        "Non-DOT pre-placement physical               $80",
        "5-panel urine drug screen, lab-based          $48",
        "DOT urine drug screen incl. MRO review        $62",
        "Breath alcohol test (EBT)                     $35",
        "Audiogram, baseline or annual                 $40",
        "Respirator medical evaluation + fit test      $75",
        "TB skin test (2 visits)                       $28",
        "Injury care: billed to workers' comp carrier per state fee schedule",
        "",
        "Volume pricing available for 50+ employees. Net 30.",
    ],
    "2027 Price List",
)

X12_WC = (
    "ISA*00*          *00*          *ZZ*SUMMITRIDGE    *ZZ*CASCADECOMP    *261110*1412*^*00501*"
    "000004417*0*P*:~\n"
    "GS*HC*SUMMITRIDGE*CASCADECOMP*20261110*1412*4417*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*SR26111004417*20261110*1412*CH~\n"
    "NM1*85*2*SUMMIT RIDGE URGENT CARE*****XX*1617278233~\n"
    "N3*4410 ELM ST STE 100~\nN4*MINNEAPOLIS*MN*554161234~\n"
    "NM1*PR*2*CASCADE COMP MUTUAL*****PI*CCM01~\n"
    "HL*2*1*22*0~\nSBR*P*18*******WC~\n"
    "NM1*IL*1*MBEKI*THANDO****MI*WC2611-88731~\n"
    "N3*1907 PORTLAND AVE APT 4~\nN4*MINNEAPOLIS*MN*55404~\n"
    "DMG*D8*19910226*M~\n"
    "REF*Y4*WC2611-88731~\n"
    "CLM*SRU-771203*412.00***20:B:1*Y*A*Y*Y~\n"
    "DTP*439*D8*20261106~\n"
    "HI*ABK:S61412A*ABF:W260XXA~\n"
    "LX*1~\nSV1*HC:99204*238.00*UN*1***1~\nDTP*472*D8*20261106~\n"
    "LX*2~\nSV1*HC:12002*174.00*UN*1***1~\nDTP*472*D8*20261106~\n"
    "SE*22*0001~\nGE*1*4417~\nIEA*1*000004417~\n"
)

FHIR_REF = """{
  "resourceType": "ServiceRequest",
  "id": "sru-ref-55120",
  "status": "active",
  "intent": "order",
  "category": [{"text": "Referral"}],
  "code": {"text": "Orthopedic hand surgery consult"},
  "subject": {
    "reference": "Patient/sru-88412",
    "display": "Keisha Lanier"
  },
  "authoredOn": "2026-11-10",
  "requester": {"display": "Marcus Oyelaran NP"},
  "performer": [{"display": "Alpine Orthopedics - Hand & Upper Extremity"}],
  "reasonCode": [{
    "coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S62.61XA",
                "display": "Displaced fracture of proximal phalanx of right index finger"}]
  }],
  "note": [{"text": "DOB 1994-08-02. Buddy taped, splinted. Pt phone 763-555-0192. Please see within 5 days."}]
}
"""

HL7_ORU = (
    "MSH|^~\\&|SRU_LAB|SUMMITRIDGE|LAKESHORE_EHR|LAKESHOREFM|202611101522||ORU^R01|SRU1110442|P|2.5.1\r"
    "PID|1||SR0071163^^^SRU^MR||HOLLOWAY^BRENDA^K||19670912|F|||88 WREN CT^^EDINA^MN^55424||952-555-0177\r"
    "PV1|1|O|SRU-ELM||||1271681771^RAMAN^PRIYA\r"
    "ORC|RE|O55120|R55120\r"
    "OBR|1|O55120|R55120|80053^COMPREHENSIVE METABOLIC PANEL|||202611100915\r"
    "OBX|1|NM|2345-7^GLUCOSE^LN||248|mg/dL|70-99|H|||F\r"
    "OBX|2|NM|2160-0^CREATININE^LN||1.4|mg/dL|0.5-1.1|H|||F\r"
    "OBX|3|NM|4548-4^HEMOGLOBIN A1C^LN||9.6|%|4.0-5.6|H|||F\r"
    "NTE|1||New hyperglycemia. Pt advised to f/u with PCP this week. Started metformin 500 mg BID.\r"
)

EXCUSE_RTF = (
    r"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 "
    r"Summit Ridge Urgent Care - Maple Grove\par\par "
    r"November 10, 2026\par\par To whom it may concern:\par\par "
    r"Marisol Vega was seen in our clinic today for an acute illness (influenza). "
    r"Please excuse her from work November 10 through November 12, 2026. "
    r"She may return November 13 without restrictions if fever free for 24 hours.\par\par "
    r"Marcus Oyelaran, NP\par}"
)

QUALITY_XLSX = xlsx(
    {
        "Summary": [
            ["Metric", "Elm St", "Maple Grove", "Eagan", "All sites"],
            ["Visits (Oct)", 1388, 1102, 922, 3412],
            ["Door-to-provider median (min)", 14, 19, 12, 15],
            ["Left without being seen %", 1.8, 2.9, 1.1, 2.0],
            ["Strep tests positive", 88, 71, 53, 212],
            ["Transfers to ED", 19, 11, 8, 38],
        ],
        "Occ Med": [
            ["Service", "Count"],
            ["DOT physicals", 241],
            ["Drug screens", 618],
            ["Work injuries (new)", 97],
            ["OSHA recordables reported by employers", 22],
        ],
    }
)

SCHED_XLSX = xlsx(
    {
        "Elm St": [
            ["Week of", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            ["Dec 7", "Raman", "Raman", "Oyelaran", "Oyelaran", "Feld", "Feld", "Locum"],
            ["Dec 14", "Oyelaran", "Feld", "Raman", "Raman", "Oyelaran", "Locum", "Feld"],
        ],
        "Maple Grove": [
            ["Week of", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            ["Dec 7", "Adeyemi", "Adeyemi", "Kaur", "Kaur", "Adeyemi", "Kaur", "closed"],
            ["Dec 14", "Kaur", "Kaur", "Adeyemi", "Adeyemi", "Kaur", "Adeyemi", "closed"],
        ],
        "Eagan": [
            ["Week of", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            ["Dec 7", "Bergstrom", "Bergstrom", "Bergstrom", "Feld", "Feld", "Locum", "Locum"],
        ],
    }
)

INVOICE_XLSX = xlsx(
    {
        "Invoice": [
            ["Summit Ridge Occupational Health - Invoice OH-26-1031", "", "", ""],
            ["Bill to", "Kessler Logistics LLC - Attn Accounts Payable", "", ""],
            ["Period", "10/01/2026 - 10/31/2026", "", ""],
            ["Total due", "", "", 1123.00],
        ],
        "Detail": [
            ["Date", "Employee", "Emp ID", "Service", "Result", "Amount"],
            ["10/02/2026", "Aaron Whitlock", "K-20331", "DOT physical", "2-yr card", 95.00],
            ["10/02/2026", "Aaron Whitlock", "K-20331", "DOT drug screen", "Negative", 62.00],
            ["10/07/2026", "Sione Taufa", "K-20412", "DOT physical", "1-yr card (HTN)", 95.00],
            ["10/14/2026", "Maribel Quintero", "K-19877", "Audiogram annual", "STS left ear", 40.00],
            ["10/19/2026", "Derrick Oyelowo", "K-20455", "Post-accident drug+alcohol", "Negative", 97.00],
            ["10/22/2026", "Jolene Farris", "K-18802", "Respirator eval + fit", "Cleared", 75.00],
            ["10/28/2026", "Pavel Horak", "K-20471", "Pre-placement physical", "Cleared", 80.00],
        ],
        "Injury visits": [
            ["Date", "Employee", "Claim", "Dx", "Billed to"],
            ["10/11/2026", "Trent Albers", "CCM-55102", "Laceration L forearm", "Cascade Comp"],
            ["10/25/2026", "Nia Robles", "CCM-55177", "Sprain R ankle", "Cascade Comp"],
        ],
    }
)

INCIDENT_DOCX = docx(
    [
        "Summit Ridge Urgent Care - Incident Report (internal, not part of the medical record)",
        "Site: Maple Grove    Date/time: 11/10/2026 16:05",
        "Person involved: Comfort Okafor (patient), age 78, MRN SR0069921",
        "Description: Pt slipped on wet floor near check-in after her visit for a UTI. "
        "Fell onto right hip. No LOC.",
        "Action: assessed by M. Oyelaran NP, hip x-ray negative, ice and acetaminophen given. "
        "Daughter (Adaeze) picked her up.",
        "Reported by: Kayla Brandt, front desk",
    ]
)

PROTOCOL_DOCX = docx(
    [
        "Summit Ridge Clinical Protocol CP-12: Occupational Bloodborne Pathogen Exposure",
        "1. Wash the site with soap and water; flush mucous membranes with water or saline.",
        "2. Obtain source patient consent for rapid HIV, HBsAg and HCV antibody testing.",
        "3. Offer HIV PEP (bictegravir/emtricitabine/tenofovir alafenamide) within 2 hours "
        "when the source is positive or unknown and high risk.",
        "4. Baseline labs for the exposed worker; follow-up at 6 weeks and 4-6 months.",
        "5. Complete the OSHA 301 equivalent and notify the employer's workers' comp carrier.",
        "Revised 11/2026 by the Medical Director. Replaces CP-12 (2023).",
    ]
)

POST_ACCIDENT_ZIP = zipped(
    {
        "post_accident_Oyelowo_D_1019.txt": d("""
            POST-ACCIDENT TESTING - FMCSA
            Donor: Derrick Oyelowo   DOB 07/30/1979   Emp ID K-20455
            Employer: Kessler Logistics LLC (DER: Greg Fenner)
            Collection 10/19/2026 14:22 Elm St, CCF 1186402
            Breath alcohol: 0.000 (screen)
            Urine drug test: NEGATIVE (MRO verified 10/21/2026)
            """),
        "post_accident_Farris_J_1027.txt": d("""
            POST-ACCIDENT TESTING - non-DOT (company policy)
            Donor: Jolene Farris   DOB 02/11/1990   Emp ID K-18802
            Collection 10/27/2026 09:05 Eagan, CCF 1186577
            Urine drug test: NON-NEGATIVE - oxycodone; MRO verified with valid prescription,
            reported to employer as NEGATIVE with safety concern letter to follow.
            """),
    }
)

FLU_CSV = d("""
    employee_id,last_name,first_name,dob,vaccine,lot,site,date,administered_by
    K-20331,Whitlock,Aaron,1981-03-05,Flucelvax 2026-27,FC2611A,L deltoid,2026-11-04,K. Brandt MA
    K-20412,Taufa,Sione,1976-09-21,Flucelvax 2026-27,FC2611A,R deltoid,2026-11-04,K. Brandt MA
    K-19877,Quintero,Maribel,1988-12-14,Flucelvax 2026-27,FC2611A,L deltoid,2026-11-04,K. Brandt MA
    K-18802,Farris,Jolene,1990-02-11,DECLINED - egg allergy hx,,,2026-11-04,
    K-20471,Horak,Pavel,1993-06-30,Flucelvax 2026-27,FC2611B,L deltoid,2026-11-04,K. Brandt MA
    """)

EKG_PNG = png(6, 3, (250, 235, 235))
HVAC_PNG = png(5, 5, (90, 90, 110))

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="occmed_work_status_pdf",
        notes="Hard positive: Work status report for a named injured employee (dx, meds, restrictions) in a PDF "
        "sent to the employer; body itself is bland.",
        frm=DENISE,
        to="Sharon Lutz <slutz@granitepeakbuild.com>",
        subject="Work status - today's visit",
        body="Hi Sharon,\n\nAttached is the work status from today for your employee. He's on "
        "modified duty, recheck next Monday.\n\n" + SIG_DENISE,
        atts=(Att("WorkStatus_Delgado_R_110926.pdf", "application/pdf", WORK_STATUS),),
    ),
    Spec(
        phi=True,
        category="occmed_drug_screen_result",
        notes="Hard positive: terse DOT drug screen result for a named donor to the employer's DER.",
        frm=OCCMED,
        to="Greg Fenner <gfenner@kesslerlogistics.com>",
        subject="Baptiste - DOT pre-employment",
        body="Greg - Ricardo Baptiste, DOT pre-employment urine: NEGATIVE. CCF 1186733, MRO "
        "verified 11/10. Long form physical done same day, 2 yr card issued.\n\nDenise",
    ),
    Spec(
        phi=True,
        category="workers_comp_x12_claim",
        notes="837P workers' comp claim to the carrier: injured worker name, DOB, address, claim "
        "number, ICD-10 hand laceration and CPT codes in the X12 file.",
        frm=LUIS,
        to="EDI Intake <edi@cascadecompmutual.com>",
        subject="837P batch 4417 - Summit Ridge",
        body="Batch 4417 attached (1 claim). Please confirm receipt with a 999.\n\nLuis Carrasco\n"
        "Billing, Summit Ridge Urgent Care",
        atts=(Att("SRU_837P_4417.x12", "application/edi-x12", X12_WC),),
    ),
    Spec(
        phi=True,
        category="patient_result_personal_email",
        notes="Clinic tells a patient at her gmail her wrist x-ray result and follow-up plan.",
        frm=KAYLA,
        to="jenna.kowalczyk88@gmail.com",
        subject="your x-ray",
        body=d("""
            Hi Jenna,

            Dr. Raman looked at the radiologist's read on your wrist x-ray from Saturday and there's
            no fracture. Keep the splint on for comfort, ibuprofen as needed, and if it still hurts
            a lot in a week she'd like you to see ortho (we can send the referral).

            Kayla
            Summit Ridge Urgent Care - Elm St
            """),
    ),
    Spec(
        phi=True,
        category="internal_ems_transfer_png",
        notes="Hard positive: texting-style internal note about a patient sent to the ER with "
        "chest pain; patient surname only in the EKG image file name.",
        frm=OYEL,
        to=RAMAN,
        subject="rm 4",
        body="fyi rm 4 (60s M, cp x 2h, diaphoretic) ST elev in II III aVF. 911 called, ASA 324 "
        "given, medics here now going to Mercy Valley. EKG pic attached. will chart after\n\n"
        "Sent from my iPhone",
        atts=(Att("EKG_Hollister_J_1110.png", "image/png", EKG_PNG),),
    ),
    Spec(
        phi=True,
        category="patient_statement_balance",
        notes="Hard positive: Balance statement to a patient at yahoo: name, account number, date of service, "
        "CPT code and amount owed.",
        frm=LUIS,
        to="tmarchetti_55@yahoo.com",
        subject="Summit Ridge statement - account 44817",
        body=d("""
            Dear Thomas Marchetti,

            Our records show a remaining balance on account 44817-2:

              Date of service   11/03/2026  (Eagan)
              Office visit      CPT 99214       $210.00
              Rapid flu test    CPT 87804        $38.00
              Insurance paid                   -$163.00
              Balance due                        $85.00

            You can pay online at pay.summitridgeuc.com or call 612-555-0150.

            Billing Office
            """),
    ),
    Spec(
        phi=True,
        category="incident_report_docx",
        notes="Internal incident report DOCX: named 78-year-old patient, MRN, visit for UTI, "
        "fall and hip x-ray.",
        frm=KAYLA,
        to=TOM,
        cc=OYEL,
        subject="incident report from this afternoon",
        body="Tom - report attached for the fall in the lobby. Floor sign was out but the mat "
        "was soaked. Marcus checked her over.\n\n-K",
        atts=(Att("IncidentReport_MG_111026.docx", DOCX, INCIDENT_DOCX),),
    ),
    Spec(
        phi=True,
        category="occmed_audiogram_invite_ics",
        notes="Hard positive: calendar invite whose summary names an employee and his audiogram "
        "retest after a threshold shift.",
        frm=DENISE,
        to="Paula Jenkins <pjenkins@westfieldfoods.com>",
        subject="Invitation: Audiogram retest - Tyler Brannigan",
        body="Retest for the STS we saw on his annual. He needs 14 hrs quiet before - no "
        "forklift line that morning please.",
        ics=ics(
            "sru-aud-20261117-0830",
            "Audiogram retest - Tyler Brannigan (Westfield Foods) - STS confirmation",
            "20261117T083000",
            "20261117T090000",
            f"dwhitfield@{SRU}",
            ("pjenkins@westfieldfoods.com",),
            "Summit Ridge Occ Health, 4410 Elm St",
        ),
    ),
    Spec(
        phi=True,
        category="employer_flu_roster_csv",
        notes="Employer flu clinic roster CSV: employee names, DOBs, vaccine lots, one declined "
        "with allergy history.",
        frm=DENISE,
        to="Greg Fenner <gfenner@kesslerlogistics.com>",
        subject="onsite flu clinic 11/4 - roster",
        body="Hi Greg, roster from Wednesday's onsite clinic attached for your records. 4 "
        "vaccinated, 1 declined. Thanks for the coffee!\n\n" + SIG_DENISE,
        atts=(Att("Kessler_flu_clinic_110426.csv", "text/csv", FLU_CSV),),
    ),
    Spec(
        phi=True,
        category="tb_read_terse",
        notes="Hard positive: one-line TB skin test reading for a named school employee sent to "
        "the district's HR.",
        frm=KAYLA,
        to="hr-onboarding@isd279schools.org",
        subject="PPD read",
        body="Wei Chen PPD read today 11/12 - 0 mm, negative. Form is in the portal.\n\nSent "
        "from my iPhone",
    ),
    Spec(
        phi=True,
        category="ortho_referral_fhir",
        notes="Referral to ortho with FHIR ServiceRequest: patient name, DOB, phone, finger "
        "fracture ICD-10.",
        frm=OYEL,
        to="Referrals <referrals@alpineortho.com>",
        subject="Referral - finger fx",
        body="Please see attached referral, pt needs to be seen this week. Films pushed to your "
        "PACS.\n\nMarcus Oyelaran, NP-C\nSummit Ridge Urgent Care",
        atts=(Att("ServiceRequest_sru-ref-55120.json", "application/fhir+json", FHIR_REF),),
    ),
    Spec(
        phi=True,
        category="lab_result_hl7_to_pcp",
        notes="HL7 ORU to the patient's PCP: name, DOB, address, phone, MRN, diabetic labs.",
        frm=f"Summit Ridge Interface <interface@{SRU}>",
        to="inbound-results@lakeshorefamilymed.com",
        subject="ORU SRU1110442",
        body="Automated result delivery. Do not reply.",
        atts=(Att("SRU1110442.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="subject_only_strep",
        notes="Hard positive: subject-only message: patient name, DOB, strep positive, "
        "antibiotic sent to pharmacy; empty body.",
        frm=OYEL,
        to=KAYLA,
        subject="Nguyen, Bao 3/14/1988 - strep + , amox sent to CVS Lyndale, pls call him",
        body="",
    ),
    Spec(
        phi=True,
        category="relative_thread_sutures",
        notes="Hard positive: reply to a patient's wife at outlook.com quoting her message about "
        "his stitches; names and suture removal only.",
        frm=KAYLA,
        to="Irina Petrova <irina.petrova@outlook.com>",
        subject="RE: stitches",
        body=d("""
            Hi Irina,

            Yes, Alexei can come in any time Mon-Fri 8-8 for the suture removal, no appointment
            needed. Day 10 would be this Thursday. Just bring his ID.

            Kayla

            -----Original Message-----
            From: Irina Petrova <irina.petrova@outlook.com>
            Sent: Tuesday, November 10, 2026 7:12 PM
            To: frontdesk@summitridgeuc.com
            Subject: stitches

            hello my husband Alexei Petrov got stitches on his hand at your clinic on 11/2, when
            can he take them out? he works nights. thank you
            """),
    ),
    Spec(
        phi=True,
        category="employer_invoice_xlsx_multisheet",
        notes="Hard positive: monthly employer invoice workbook; detail sheets list employees "
        "with services, results (HTN, STS, drug screens) and injury claims.",
        frm=LUIS,
        to="Accounts Payable <ap@kesslerlogistics.com>",
        cc="Greg Fenner <gfenner@kesslerlogistics.com>",
        subject="Invoice OH-26-1031 (October services)",
        body="Good morning, October invoice attached. Terms net 30. Remit info is on the first "
        "tab.\n\nThanks,\nLuis Carrasco\nSummit Ridge Billing | 612-555-0150",
        atts=(Att("Invoice_OH-26-1031_Kessler.xlsx", XLSX, INVOICE_XLSX),),
    ),
    Spec(
        phi=True,
        category="post_accident_zip",
        notes="Zip of post-accident testing results for two named employees (DOB, drug test "
        "results, oxycodone prescription).",
        frm=OCCMED,
        to="Greg Fenner <gfenner@kesslerlogistics.com>",
        subject="October post-accident results",
        body="Greg, as requested both October post-accident results are in the attached zip. "
        "Safety concern letter for the second one will come from the MRO directly.\n\nDenise",
        atts=(Att("Kessler_post_accident_Oct.zip", "application/zip", POST_ACCIDENT_ZIP),),
    ),
    Spec(
        phi=True,
        category="visit_summary_html",
        notes="HTML-only visit summary to a patient's icloud: name, visit date, diagnosis, "
        "prescriptions.",
        frm=f"Summit Ridge Urgent Care <noreply@{SRU}>",
        to="d.abernathy@icloud.com",
        subject="Your visit summary - Summit Ridge Urgent Care",
        body="",
        html=d("""
            <html><body style="font-family:Arial">
            <p>Hi Dominique,</p>
            <p>Thanks for choosing Summit Ridge Urgent Care - Eagan on <b>November 11, 2026</b>.</p>
            <table border="1" cellpadding="4">
            <tr><th>Diagnosis</th><td>Acute maxillary sinusitis (J01.00)</td></tr>
            <tr><th>Prescribed</th><td>Amoxicillin-clavulanate 875 mg twice daily x 7 days<br>
            Fluticasone nasal spray</td></tr>
            <tr><th>Follow up</th><td>Primary care if not improving in 10 days</td></tr>
            </table>
            <p>Questions? Call 651-555-0133.</p>
            </body></html>
            """),
    ),
    Spec(
        phi=True,
        category="work_excuse_rtf",
        notes="Hard positive: Work excuse note RTF to the patient's employer: name, clinic visit, influenza, "
        "dates off.",
        frm=OYEL,
        to="manager@tcbakeryco.com",
        subject="work note",
        body="Hello, the patient asked us to send her work note directly to you. Attached.",
        atts=(Att("work_note.rtf", "application/rtf", EXCUSE_RTF),),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="marketing_flu_html",
        notes="HTML-only marketing email about walk-in flu shots; no individual.",
        frm=ASHLEY,
        to="Summit Ridge Neighbors <news@list.summitridgeuc.com>",
        subject="Flu shots are here - walk in, $25 or free with most insurance",
        body="",
        html=d("""
            <html><body>
            <h2>Beat the flu this season</h2>
            <p>Walk in to any Summit Ridge location for your 2026-27 flu shot. No appointment,
            most insurance accepted, $25 self-pay. High-dose vaccine available for 65+.</p>
            <ul><li>Elm St - open 8am-8pm daily</li><li>Maple Grove - 8am-8pm</li>
            <li>Eagan - 9am-7pm</li></ul>
            <p><a href="https://summitridgeuc.com/flu">See wait times</a> |
            <a href="https://summitridgeuc.com/unsubscribe">Unsubscribe</a></p>
            </body></html>
            """),
    ),
    Spec(
        phi=False,
        category="supply_po_ssn_shaped",
        notes="Hard negative: supply order whose PO number is SSN-shaped; items are test kits "
        "and suture kits.",
        frm=TOM,
        to="orders@northstarmedsupply.com",
        subject="PO 412-55-0193",
        body=d("""
            Hi team, please ship to Elm St:

            PO 412-55-0193
            - Rapid strep A test kits, 25/box x 12
            - Rapid flu A/B kits x 10
            - Laceration tray w/ 4-0 nylon x 40
            - Urine drug cups (5 panel, temp strip) x 500

            Net 30 as usual. Thanks!
            Tom Becker, Clinic Operations Manager
            """),
    ),
    Spec(
        phi=False,
        category="shift_swap_text",
        notes="Texting-style shift swap between staff.",
        frm=f"Kayla Brandt <kbrandt@{SRU}>",
        to=f"Monique Ellis <mellis@{SRU}>",
        subject="sat?",
        body="can u cover sat 8-4 at elm? ill take ur sun at maple grove. lmk",
    ),
    Spec(
        phi=False,
        category="drug_shortage_notice",
        notes="Hard negative: amoxicillin suspension backorder and substitution protocol; no "
        "patient.",
        frm=RAMAN,
        to=f"All Providers <providers@{SRU}>",
        subject="Amoxicillin suspension backorder - alternatives",
        body=d("""
            Team,

            Our distributor has amoxicillin 400 mg/5 mL suspension on backorder until at least
            mid-December. Until then for pediatric strep and AOM:

            1. Use amoxicillin chewables or capsules when the child can take them.
            2. Otherwise cefdinir 14 mg/kg/day (no severe PCN allergy).
            3. Azithromycin only for true anaphylaxis history.

            Please check the pharmacy before sending so families aren't driving around.

            Priya Raman, MD
            Medical Director
            """),
    ),
    Spec(
        phi=False,
        category="aggregate_quality_xlsx",
        notes="Hard negative: multi-sheet monthly quality report with site-level counts "
        "(strep positives, ED transfers, work injuries); no individuals.",
        frm=TOM,
        to="Board Quality Committee <quality@summitridgehealthpartners.com>",
        subject="October dashboard",
        body="October dashboard attached. LWBS ticked up at Maple Grove (one provider out sick "
        "two weeks), otherwise steady.\n\nTom",
        atts=(Att("SRU_Quality_Oct2026.xlsx", XLSX, QUALITY_XLSX),),
    ),
    Spec(
        phi=False,
        category="employer_price_list_pdf",
        notes="Sales email with the 2027 occ-med price list PDF to a prospective employer.",
        frm=DENISE,
        to="Martin Osei <martin.osei.rbm@outlook.com>",
        subject="Summit Ridge occ med pricing",
        body="Hi Martin,\n\nGreat talking yesterday. Our 2027 employer price list is attached. "
        "We can set up an account in a day and do onsite flu and fit testing for groups of 20+.\n"
        "\n" + SIG_DENISE,
        atts=(Att("SummitRidge_Employer_Pricing_2027.pdf", "application/pdf", PRICE_PDF),),
    ),
    Spec(
        phi=False,
        category="job_posting_rad_tech",
        notes="Job posting sent to a job board.",
        frm=ROCHELLE,
        to="postings@mnhealthcareers.com",
        subject="Posting: Radiologic Technologist (PT, Eagan)",
        body=d("""
            Please post the following through 12/31:

            Radiologic Technologist - part time (0.6 FTE), Eagan
            Summit Ridge Urgent Care is hiring an ARRT-registered tech for extremity, chest and
            spine films in a busy urgent care. Every other weekend. $34-$41/hr DOE.
            Apply: careers.summitridgeuc.com/rt-eagan

            Rochelle Simms, HR
            """),
    ),
    Spec(
        phi=False,
        category="it_downtime_notice",
        notes="IT downtime notice for the EHR; no patient.",
        frm=JORDAN,
        to=f"All Staff <allstaff@{SRU}>",
        subject="EHR downtime Sun 11/15 2:00-4:00 AM",
        body="Heads up: the EHR vendor is patching Sunday 2-4am. Elm St overnight: use the "
        "downtime packets in the blue binder, scan them in Monday. Call me at 612-555-0160 if "
        "the read-only box doesn't come up.\n\nJordan (IT)",
    ),
    Spec(
        phi=False,
        category="benefits_open_enrollment",
        notes="Hard negative: HR open-enrollment reminder to staff mentioning health plans, "
        "HSA and EAP; no individual's health.",
        frm=ROCHELLE,
        to=f"All Staff <allstaff@{SRU}>",
        subject="Open enrollment closes Friday",
        body=d("""
            Reminder: 2027 benefits open enrollment closes Friday 11/13 at 5 pm.
            - Medical: HDHP with HSA or PPO (premiums up 4%)
            - Dental, vision, life - no changes
            - EAP is free and confidential: 800-555-0199
            If you do nothing you keep your current elections except the HSA contribution.

            Rochelle
            """),
    ),
    Spec(
        phi=False,
        category="credentialing_npi_dea",
        notes="Hard negative: credentialing packet for a clinician with NPI, DEA, license and "
        "board certification; no patient.",
        frm=f"Credentialing <credentialing@{SRU}>",
        to="provider.enrollment@northstarhealthplan.com",
        subject="Recredentialing - Priya Raman MD",
        body=d("""
            Hello,

            Updated items for Dr. Priya Raman (Family Medicine, Occupational Medicine):
            NPI: 1705861031
            DEA: FR2902535 (exp 06/30/2028)
            MN license 58213 (exp 12/31/2027)
            ABFM board certified through 2031
            CAQH ID 15522018, attestation completed 11/02.

            Let me know if you need the malpractice face sheet again.
            Credentialing, Summit Ridge Urgent Care
            """),
    ),
    Spec(
        phi=False,
        category="ehr_test_patient_training",
        notes="Hard negative: EHR training instructions built on a clearly labelled synthetic "
        "test patient with a strep diagnosis.",
        frm=JORDAN,
        to=f"New Hire Cohort <newhires@{SRU}>",
        subject="training login + test patient",
        body=d("""
            For tomorrow's EHR training log into the TRAIN environment only.
            Use the fake patient: ZZTEST, SUMMITONE  DOB 01/01/1950  MRN TST000123
            Practice: check in, triage vitals, enter dx 'strep pharyngitis' and e-prescribe
            amoxicillin to the TEST PHARMACY. Nothing you do there is real.
            """),
    ),
    Spec(
        phi=False,
        category="staff_huddle_ics",
        notes="Calendar invite for a staff huddle on DOT rule changes.",
        frm=DENISE,
        to=f"Occ Med Team <occmedteam@{SRU}>",
        subject="Invitation: Occ Med huddle - FMCSA clearinghouse changes",
        body="15 min, standing. Bring questions.",
        ics=ics(
            "sru-huddle-20261118",
            "Occ Med huddle - FMCSA clearinghouse changes",
            "20261118T074500",
            "20261118T080000",
            f"dwhitfield@{SRU}",
            (f"occmedteam@{SRU}",),
            "Elm St break room",
        ),
    ),
    Spec(
        phi=False,
        category="vendor_invoice_forward_rfc822",
        notes="Forwarded vendor invoice for x-ray equipment service (message/rfc822).",
        frm=TOM,
        to=f"Accounts Payable <ap@{SRU}>",
        subject="Fwd: Invoice 88120 - PM visit Eagan x-ray",
        body="Approved, please pay. Cost center 3100.\n\nTom",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Billing <billing@clearviewimagingsvc.com>",
            to=f"tbecker@{SRU}",
            subject="Invoice 88120 - PM visit Eagan x-ray",
            body="Invoice 88120\nPreventive maintenance, DR panel calibration, Eagan site, "
            "11/03/2026\nLabor 3 h @ $145 = $435.00\nParts: none\nTotal $435.00, due 12/03.",
        ),
    ),
    Spec(
        phi=False,
        category="conference_agenda",
        notes="Hard negative: occupational medicine conference agenda listing disease topics "
        "and speakers.",
        frm=RAMAN,
        to=f"All Providers <providers@{SRU}>",
        subject="MN occ med conference - who wants to go",
        body=d("""
            Agenda for the MN Occupational Medicine Association winter meeting (Jan 22):
            08:00 Silica exposure and lung cancer screening in construction - Dr. Elena Sokolova
            09:15 Noise-induced hearing loss: STS, recordability, and retests - Dr. Ken Aoyama
            10:30 Opioids, MRO review and safety-sensitive work - Dr. Farah Haddad
            13:00 Heat illness prevention - Dr. Luis Ortega
            We can send two people on CME money. Reply by Friday.
            """),
    ),
    Spec(
        phi=False,
        category="protocol_docx",
        notes="Hard negative: bloodborne exposure protocol document (HIV PEP, hepatitis) with no "
        "individual.",
        frm=RAMAN,
        to=f"All Clinical <clinical@{SRU}>",
        subject="Updated CP-12 needlestick protocol",
        body="Updated exposure protocol attached, mostly the PEP regimen and follow-up timing. "
        "Please read and sign the attestation in the LMS by 11/30.",
        atts=(Att("CP-12_BBP_Exposure_rev2026-11.docx", DOCX, PROTOCOL_DOCX),),
    ),
    Spec(
        phi=False,
        category="employer_aggregate_drug_program",
        notes="Hard negative: annual aggregate drug-testing summary for an employer account "
        "(counts only, no individuals).",
        frm=DENISE,
        to="Greg Fenner <gfenner@kesslerlogistics.com>",
        subject="2026 program summary for your DOT audit",
        body=d("""
            Greg,

            For your FMCSA audit binder, 2026 year to date for Kessler:
            - Pre-employment drug tests: 61
            - Random drug tests: 38 (pool rate 50%), random alcohol: 7 (10%)
            - Post-accident: 4
            - Non-negative verified results: 2 (both reported to the Clearinghouse by the MRO)
            Per-donor results stay in the portal as usual.

            Denise
            """),
    ),
    Spec(
        phi=False,
        category="provider_schedule_xlsx",
        notes="Provider schedule workbook (three site tabs), clinician surnames only.",
        frm=TOM,
        to=f"Front Desk Leads <frontdeskleads@{SRU}>",
        subject="December provider schedule",
        body="Dec schedule attached, one tab per site. Locum coverage still TBD for 12/13 Elm.",
        atts=(Att("Provider_Schedule_Dec2026.xlsx", XLSX, SCHED_XLSX),),
    ),
    Spec(
        phi=False,
        category="staff_leave_notice",
        notes="Hard negative: workforce notice that a staff member is on medical leave (employment "
        "matter, not PHI).",
        frm=TOM,
        to=f"Maple Grove Team <maplegrove@{SRU}>",
        subject="coverage while Jess is out",
        body="Jess is out on medical leave starting Monday, back around 12/7. Monique is acting "
        "lead at Maple Grove; Kayla will float Tue/Thu. Please don't call Jess about work stuff.",
    ),
    Spec(
        phi=False,
        category="facilities_hvac_png",
        notes="Facilities request with a photo of a thermostat; no person.",
        frm=TOM,
        to="Twin Cities Heating & Air <twincitieshvac@yahoo.com>",
        subject="Elm St x-ray room too hot again",
        body="Hi, the x-ray room at 4410 Elm is 84F by noon, tech is complaining the generator "
        "alarms. Photo of the thermostat attached. Can someone come Thursday?",
        atts=(Att("thermostat.png", "image/png", HVAC_PNG),),
    ),
]
