"""Riverbend Digestive Health & Endoscopy Center: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nRiverbend Digestive Health & Endoscopy Center\n2200 Millrace Drive, Suite 300 | (608) 555-0142\n"
DISCLAIMER = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain information protected by law. If you "
    "received it in error, please notify the sender and delete it."
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.14"/>
  <title>Referral Note</title>
  <recordTarget><patientRole>
    <id extension="RB-0582214" root="2.16.840.1.113883.3.4949.1"/>
    <addr><streetAddressLine>418 Cottonwood Lane</streetAddressLine><city>Verona</city><state>WI</state><postalCode>53593</postalCode></addr>
    <telecom value="tel:+1-608-555-0177"/>
    <patient><name><given>Harold</given><family>Brekke</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19580214"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>Elevated ALT/AST x 6 months; ultrasound shows hepatic steatosis with nodular contour. Suspected MASH cirrhosis (K75.81).</text></section></component>
    <component><section><title>Reason for Referral</title><text>Hepatology evaluation, FibroScan, consider biopsy.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_HL7_HP = (
    "MSH|^~\\&|RBD_LAB|RIVERBEND|EPIC|MAPLEFAMILY|202603171022||ORU^R01|RB4471|P|2.5.1\r"
    "PID|1||RB-0611937^^^RBD^MR||OYELARAN^FUNMI^A||19790922|F|||77 Prairie Ave^^Fitchburg^WI^53711\r"
    "OBR|1||UBT-20817|83013^Urea breath test H. pylori^CPT|||202603160905\r"
    "OBX|1|ST|H PYLORI UBT||POSITIVE||NEG|A|||F\r"
    "NTE|1||Start bismuth quadruple therapy; retest 4 weeks after completion.\r"
)

_HL7_TEST = (
    "MSH|^~\\&|RBD_LAB|RIVERBEND|EPIC|MAPLEFAMILY|202603181400||ORU^R01|RBTEST07|T|2.5.1\r"
    "PID|1||ZZ0000001^^^RBD^MR||ZZTEST^INTERFACE^ONE||19000101|U\r"
    "OBR|1||UBT-TEST|83013^Urea breath test H. pylori^CPT|||202603181355\r"
    "OBX|1|ST|H PYLORI UBT||NEGATIVE||NEG|N|||F\r"
)

_X12_837 = (
    "ISA*00*          *00*          *ZZ*RIVERBENDGI    *ZZ*CLEARPATHEDI   *260317*1105*^*00501*000004917*0*P*:~"
    "GS*HC*RIVERBENDGI*CLEARPATHEDI*20260317*1105*4917*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*RB4917*20260317*1105*CH~"
    "NM1*85*2*RIVERBEND DIGESTIVE HEALTH*****XX*1956888303~"
    "NM1*IL*1*TRAN*MINH*Q***MI*BDW884120577~"
    "DMG*D8*19640503*M~"
    "CLM*RB260316A*1840***24:B:1*Y*A*Y*Y~"
    "HI*ABK:Z86010*ABF:K635~"
    "SV1*HC:45385*1840*UN*1***1~"
    "DTP*472*D8*20260316~"
    "SE*11*0001~GE*1*4917~IEA*1*000004917~"
)

_SCHED = xlsx(
    {
        "Room 1": [
            ["Time", "Patient", "DOB", "Procedure", "Endoscopist", "Notes"],
            [
                "07:30",
                "Gundersen, Paul",
                "1961-08-14",
                "Colonoscopy (screening)",
                "Dr. Aune",
                "On apixaban - held 48h",
            ],
            [
                "08:15",
                "Whitcomb, Deanna",
                "1974-02-27",
                "EGD w/ dilation",
                "Dr. Aune",
                "Dysphagia, hx Schatzki ring",
            ],
            [
                "09:00",
                "Ferreira, Luis",
                "1955-11-03",
                "Colonoscopy (surveillance)",
                "Dr. Aune",
                "BMI 41 - anesthesia aware",
            ],
        ],
        "Room 2": [
            ["Time", "Patient", "DOB", "Procedure", "Endoscopist", "Notes"],
            ["07:45", "Haldane, Ruth", "1949-06-19", "ERCP", "Dr. Mbeki", "CBD stone, ASA 3"],
            ["09:30", "Stolz, Kevin", "1988-12-01", "Flex sig", "Dr. Mbeki", "UC flare"],
        ],
        "Anesthesia": [["Room", "CRNA"], ["1", "J. Pruitt, CRNA"], ["2", "M. Solano, CRNA"]],
    }
)

_ADR = xlsx(
    {
        "Summary Q4 2025": [
            [
                "Endoscopist",
                "Screening colonoscopies",
                "ADR %",
                "Cecal intubation %",
                "Mean withdrawal (min)",
            ],
            ["Dr. Signe Aune", 412, 38.6, 98.1, 9.4],
            ["Dr. Thabo Mbeki", 367, 34.2, 97.5, 8.7],
            ["Dr. Rachel Kowalczyk", 298, 41.0, 99.0, 10.2],
        ],
        "Prep quality": [
            ["Boston Bowel Prep Score", "Share of cases"],
            ["<6", "7.9%"],
            ["6-7", "31.4%"],
            ["8-9", "60.7%"],
        ],
        "Benchmarks": [
            ["Measure", "Target"],
            ["ADR (all)", ">=35%"],
            ["Cecal intubation", ">=95%"],
            ["Withdrawal time", ">=8 min"],
        ],
    }
)

MESSAGES = [
    Spec(
        phi=True,
        category="colonoscopy appointment confirmation with calendar invite",
        notes="Colonoscopy date, arrival time and prep sent to the patient's personal gmail by name.",
        frm="Endoscopy Scheduling <endoscheduling@riverbenddigestive.com>",
        to="gary.lindahl58@gmail.com",
        subject="Your procedure on Tuesday, March 24",
        body=(
            "Hello Gary,\n\nThis confirms your colonoscopy with Dr. Aune on Tuesday, March 24. Please arrive at "
            "6:45 AM at the Endoscopy Center entrance (east side of the building).\n\nStart the clear liquid diet the "
            "day before and take the first half of your SUTAB prep at 6 PM. Because you take clopidogrel, Dr. Aune "
            "asked that you keep taking it; do not stop it on your own.\n\nYou must have an adult drive you home."
            + SIG
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend Digestive//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:rbd-endo-20260324-0645@riverbenddigestive.com\r\nDTSTAMP:20260316T140000Z\r\n"
            "DTSTART:20260324T114500Z\r\nDTEND:20260324T143000Z\r\nSUMMARY:Colonoscopy - Gary Lindahl (Dr. Aune)\r\n"
            "LOCATION:Riverbend Endoscopy Center\\, 2200 Millrace Dr\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="pathology result letter (adenomas) to patient",
        notes="Letter naming the patient with tubular adenoma pathology and 3-year surveillance interval.",
        frm="Dr. Rachel Kowalczyk <rkowalczyk@riverbenddigestive.com>",
        to="j.okafor.home@yahoo.com",
        subject="Letter from Dr. Kowalczyk",
        body="Dear Mr. Okafor,\n\nPlease find your letter attached. Call us with any questions.\n\nRachel Kowalczyk, MD"
        + SIG,
        atts=(
            Att(
                "Okafor_pathology_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND DIGESTIVE HEALTH & ENDOSCOPY CENTER",
                        "March 17, 2026",
                        "Emmanuel Okafor, DOB 07/30/1966",
                        "Dear Mr. Okafor,",
                        "The three polyps removed during your colonoscopy on March 10 were tubular adenomas",
                        "(precancerous, fully removed). No cancer was found.",
                        "Recommendation: repeat colonoscopy in 3 years (March 2029).",
                        "Rachel Kowalczyk, MD",
                    ],
                    "Pathology result letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hepatology referral with C-CDA attachment only",
        notes="Hard positive: body is a bare cover note; the attached C-CDA carries the patient's name, DOB, address and suspected cirrhosis.",
        frm="Referrals <referrals@riverbenddigestive.com>",
        to="intake@capitolhepatology.org",
        subject="New referral - please see attached",
        body="Good morning,\n\nReferral packet attached (CCD). Dr. Mbeki is happy to talk to your team directly.\n\nThanks,\nCorinne\nReferral Coordinator"
        + SIG
        + DISCLAIMER,
        atts=(Att("referral_RB0582214.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="terse FIT-positive follow-up to primary care office",
        notes="Hard positive: terse note with patient initials plus DOB in the subject and a positive FIT needing colonoscopy.",
        frm="Signe Aune MD <saune@riverbenddigestive.com>",
        to="nurseline@maplefamilymed.org",
        subject="FIT+ pt DOB 04/11/1961 - W.N.",
        body="FIT came back +. Pt WN (your pt, DOB above) hasn't answered 2 calls. Can your RN nudge him? Needs colo within 6 mo.\n\nSA",
    ),
    Spec(
        phi=True,
        category="prior authorization request for capsule endoscopy",
        notes="Prior authorization with member ID, name, DOB and iron-deficiency anaemia/obscure GI bleed diagnosis.",
        frm="Prior Auth Desk <priorauth@riverbenddigestive.com>",
        to="um.requests@badgerlandhealthplan.com",
        subject="PA request - CPT 91110 - member BHP30418827",
        body="Please see the attached request for small bowel capsule endoscopy. Clinical notes available on request."
        + SIG,
        atts=(
            Att(
                "PA_capsule_BHP30418827.docx",
                DOCX,
                docx(
                    [
                        "Prior Authorization Request - Riverbend Digestive Health",
                        "Member: Lorraine Kettering   DOB: 01/09/1952   Member ID: BHP30418827",
                        "Requested service: CPT 91110 wireless capsule endoscopy, small intestine",
                        "Diagnoses: D50.0 iron deficiency anemia secondary to blood loss; K92.2 GI hemorrhage, unspecified",
                        "History: Hgb 8.1 g/dL, negative EGD and colonoscopy 02/2026, two transfusions.",
                        "Ordering physician: Thabo Mbeki, MD, NPI 1214591087",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837P claim batch to clearinghouse",
        notes="Hard positive: one-line cover note; the X12 837 names the subscriber, member ID, DOB and polypectomy with history-of-polyps code.",
        frm="Billing <billing@riverbenddigestive.com>",
        to="submissions@clearpathedi.com",
        subject="Batch 4917",
        body="Batch 4917 attached. 1 claim.\n\nRiverbend Billing",
        atts=(Att("RB_4917.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="daily endoscopy schedule to anesthesia group",
        notes="Hard positive: multi-sheet workbook with patient names, DOBs, procedures and comorbidities; body gives none.",
        frm="Endoscopy Charge Nurse <endo.charge@riverbenddigestive.com>",
        to="scheduling@dairylandanesthesia.com",
        subject="Tomorrow's board",
        body="Hi all - board for tomorrow attached, two rooms. Room 2 may run late.\n\nLinnea",
        atts=(Att("board_0318.xlsx", XLSX, _SCHED),),
    ),
    Spec(
        phi=True,
        category="reply to daughter about mother's EGD and celiac biopsies",
        notes="Hard positive: first name and relationship only ('your mom Bev') with EGD findings and celiac biopsies, to the daughter's mailbox.",
        frm="Nurse Tomasz <tnowak.rn@riverbenddigestive.com>",
        to="kelsey.marchetti@icloud.com",
        subject="RE: how did mom do?",
        body=(
            "Hi Kelsey,\n\nYour mom Bev did great this morning - she's awake and eating crackers. Dr. Kowalczyk saw "
            "scalloping in the duodenum and took biopsies to check for celiac disease; results usually take 5-7 "
            "business days. She should stay on her normal diet until the results are back, so the test isn't thrown "
            "off.\n\nShe's listed you as OK to receive updates.\n\nTomasz Nowak, RN"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only portal notice naming test",
        notes="Hard positive: HTML-only portal alert that greets the patient by name and names the hepatitis C viral load result.",
        frm="Riverbend MyChart <noreply@riverbenddigestive.com>",
        to="dale.prochnow@outlook.com",
        subject="New test result available",
        body="",
        html=(
            "<html><body style='font-family:Arial'><p>Hi Dale,</p><p>A new result is ready in your Riverbend "
            "patient portal: <b>Hepatitis C RNA, quantitative (PCR)</b> collected 03/13/2026.</p>"
            "<p>Dr. Mbeki has added a comment. <a href='https://portal.riverbenddigestive.com/results'>Sign in</a> "
            "to read it.</p><p style='font-size:10px;color:#777'>Please do not reply to this message.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="records release to personal-injury law firm",
        notes="Records for a named client (procedure note, perforation complication) sent to a law firm under authorization.",
        frm="Health Information Management <him@riverbenddigestive.com>",
        to="records@halvorsenlegal.com",
        subject="Records request #RR-2026-0311 - Castellano, Vincent",
        body=(
            "Counsel,\n\nPer the signed authorization received 03/09/2026, attached are the requested records for "
            "Vincent Castellano (DOB 10/02/1970): colonoscopy report of 01/22/2026, CT report, and the 01/23 "
            "admission summary for the post-polypectomy perforation. Invoice for copying fees to follow.\n\nDeb Ruud, RHIT"
            + SIG
        ),
        atts=(
            Att(
                "RR-2026-0311.zip",
                "application/zip",
                zipped(
                    {
                        "colonoscopy_report_2026-01-22.txt": "Patient: Castellano, Vincent  MRN RB-0450079\nProcedure: colonoscopy with hot snare polypectomy, 28 mm sigmoid polyp.\nEndoscopist: Dr. Aune\n",
                        "CT_abdomen_2026-01-23.txt": "Free intraperitoneal air consistent with perforation.\n",
                        "README.txt": "Released under authorization RR-2026-0311.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="work excuse after procedure to employer HR",
        notes="Work excuse telling the employer a named employee had a procedure at the endoscopy center and sedation.",
        frm="Front Desk <frontdesk@riverbenddigestive.com>",
        to="hr@tristatelogistics.com",
        subject="Work note - Sandra Pietila",
        body=(
            "To whom it may concern,\n\nSandra Pietila was a patient at Riverbend Endoscopy Center on 03/17/2026 for a "
            "procedure under sedation and may not drive or work until 03/18/2026.\n\nThank you,\nFront Desk"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="school accommodation for student with celiac disease",
        notes="Letter to a school nurse naming a student with biopsy-confirmed celiac disease and diet needs.",
        frm="Pediatric GI Nurse <pedsgi@riverbenddigestive.com>",
        to="nurse.office@westmorelandmiddle.k12.wi.us",
        subject="Diet accommodation - Maya Lindqvist, grade 7",
        body=(
            "Dear Ms. Harker,\n\nMaya Lindqvist (grade 7) was diagnosed with celiac disease by biopsy in February. "
            "She needs a strictly gluten-free lunch and should not handle flour-based craft materials. Her parents "
            "have signed the release. The 504 form is attached to the district request separately.\n\nBest,\n"
            "Amira Haddad, RN, Pediatric GI" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="endoscopy photo named after patient",
        notes="Hard positive: PNG file named with the patient's full name and 'cecum' for a quality audit; body only says audit photo.",
        frm="Rachel Kowalczyk MD <rkowalczyk@riverbenddigestive.com>",
        to="quality@riverbenddigestive.com",
        subject="cecal photo for Q1 audit",
        body="Here's the one that was missing from the audit sample.\n\nR",
        atts=(Att("Koval_Peter_cecum_2026-03-12.png", "image/png", png(8, 8, (190, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="HL7 ORU breath test result to PCP interface",
        notes="Hard positive: HL7 v2 ORU with patient name, MRN, DOB, address and positive H. pylori breath test; body is routine.",
        frm="Interface Engine <hl7@riverbenddigestive.com>",
        to="inbound.results@maplefamilymed.org",
        subject="ORU RB4471",
        body="Automated result delivery. Do not reply.",
        atts=(Att("RB4471.hl7", "application/hl7-v2", _HL7_HP),),
    ),
    Spec(
        phi=True,
        category="missed consult letter to patient",
        notes="No-show letter naming the patient and the missed GI consult for rectal bleeding.",
        frm="Riverbend Scheduling <scheduling@riverbenddigestive.com>",
        to="anthony.birch77@gmail.com",
        subject="We missed you today",
        body=(
            "Dear Anthony Birch,\n\nYou were scheduled for a new-patient consultation with Dr. Mbeki today at 10:20 AM "
            "about the rectal bleeding your primary doctor referred you for. We did not see you check in. Bleeding "
            "should not be ignored - please call (608) 555-0142 to rebook.\n\nRiverbend Scheduling"
        ),
    ),
    Spec(
        phi=True,
        category="forward of patient billing complaint to billing office",
        notes="Hard positive: forwarded patient e-mail (message/rfc822) disputing a colonoscopy bill coded diagnostic; names and account number inside.",
        frm="Practice Manager <pm@riverbenddigestive.com>",
        to="billing@riverbenddigestive.com",
        subject="FW: charge question",
        body="Can someone look at this? I think the Z12.11 got dropped. - Janelle",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Renata Vossberg <renata.vossberg@hotmail.com>",
            to="info@riverbenddigestive.com",
            subject="charge question",
            body=(
                "Hello, I got a bill for $612 for my screening colonoscopy on Feb 3 (account 88017342). My insurance "
                "says it was billed as diagnostic because of the polyp. I was told screening is free. Please fix.\n"
                "Renata Vossberg"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="internal MRN rebooking note for inadequate prep",
        notes="Hard positive: only an MRN with inadequate bowel prep and rebooking instructions, no name.",
        frm="Signe Aune MD <saune@riverbenddigestive.com>",
        to="endoscheduling@riverbenddigestive.com",
        subject="rebook",
        body="MRN RB-0533718 - BBPS 2, aborted at hepatic flexure. Rebook 60-min slot w/ 2-day prep + bisacodyl, first case. Thx",
    ),
    Spec(
        phi=True,
        category="Medicare billing question citing beneficiary MBI",
        notes="Hard positive: provider call-center follow-up with a Medicare MBI and the patient's colonoscopy converted from screening.",
        frm="Billing <billing@riverbenddigestive.com>",
        to="provider.inquiries@ngsmedicare-jurisdiction6.com",
        subject="Follow-up to inquiry 26-0314-118",
        body=(
            "Per our call today: beneficiary MBI 7KV2-D84-QW61, DOS 02/27/2026, G0121 converted to 45385 with "
            "modifier PT after polypectomy. The coinsurance was applied incorrectly. Please reprocess.\n\n"
            "Riverbend Billing, NPI 1956888303"
        ),
    ),
    Spec(
        phi=True,
        category="scanned intake form text to GI colleague",
        notes="Hard positive: OCR text attachment of a handwritten intake form (name, DOB, Barrett's esophagus history, meds).",
        frm="Medical Records <him@riverbenddigestive.com>",
        to="tmbeki@riverbenddigestive.com",
        subject="scan 0317-22 (OCR)",
        body="OCR of the paper form from the outreach clinic, original in the scan queue.",
        atts=(
            Att(
                "scan_0317-22_ocr.txt",
                "text/plain",
                "NEW PATIENT HISTORY  (p.1 of 2)\nName: Bjornstad, Ellen M      DOB 3/5/57\nPhone 608-555-0119\n"
                "Reason for visit: heartburn nightly, Barretts found 2019 (Madison), last scope 2022\n"
                "Meds: omeprazole 40 bid, losartan 50, atorvastatin\nAllergies: PCN (rash)\n",
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="physician profile for referral newsletter",
        notes="Hard negative: clinician bio listing diseases she treats plus her NPI; no patient.",
        frm="Marketing <marketing@riverbenddigestive.com>",
        to="referrers@riverbenddigestive.com",
        subject="Meet Dr. Rachel Kowalczyk",
        body=(
            "Riverbend is pleased to welcome Rachel Kowalczyk, MD (NPI 1198688024), fellowship-trained in advanced "
            "endoscopy. Dr. Kowalczyk treats Barrett's esophagus with radiofrequency ablation, performs EUS for "
            "pancreatic cysts, and runs our eosinophilic esophagitis clinic on Thursdays. Referrals: (608) 555-0142."
        ),
    ),
    Spec(
        phi=False,
        category="endoscopist adenoma detection rate report",
        notes="Hard negative: multi-sheet quality workbook with physician names and aggregate ADR rates; no patients.",
        frm="Quality Office <quality@riverbenddigestive.com>",
        to="board@riverbenddigestive.com",
        subject="Q4 2025 colonoscopy quality metrics",
        body="Attached are the Q4 quality numbers for Thursday's meeting. All three endoscopists meet the ADR benchmark."
        + SIG,
        atts=(Att("colonoscopy_quality_Q4-2025.xlsx", XLSX, _ADR),),
    ),
    Spec(
        phi=False,
        category="endoscope reprocessing log to repair vendor",
        notes="Hard negative: scope serial numbers and leak-test failures; device identifiers of equipment, no patient.",
        frm="Sterile Processing <spd@riverbenddigestive.com>",
        to="repairs@olympiascoperepair.com",
        subject="RMA request - 2 scopes",
        body=(
            "Please issue RMAs for:\n  GIF-H190 S/N 2841137 - failed leak test 03/16\n  CF-HQ190L S/N 2790562 - angulation "
            "cable slack\nLoaners appreciated; we are down to four colonoscopes.\n\nMarco, SPD Lead"
        ),
    ),
    Spec(
        phi=False,
        category="bowel prep drug shortage notice",
        notes="Hard negative: prep product shortage and substitution guidance for all patients; no individual.",
        frm="Clinical Pharmacist <pharmacy@riverbenddigestive.com>",
        to="allstaff@riverbenddigestive.com",
        subject="Shortage: split-dose PEG prep - substitutions",
        body=(
            "Team,\n\nOur wholesaler reports PEG-3350 with electrolytes (4 L jug) on backorder until mid-April. For "
            "new bookings use SUTAB or low-volume PEG; avoid sodium picosulfate in CKD stage 3b or worse. Patients "
            "already holding a jug should use it as prescribed.\n\nKaren Ostrowski, PharmD"
        ),
    ),
    Spec(
        phi=False,
        category="endoscopy RN job posting",
        notes="Hard negative: job ad that mentions procedures and sedation; no patient.",
        frm="Human Resources <hr@riverbenddigestive.com>",
        to="postings@wisconsinnursingjobs.com",
        subject="Posting: Endoscopy RN (0.9 FTE)",
        body=(
            "Riverbend Endoscopy Center seeks an RN for pre/intra/post-procedure care: moderate sedation monitoring, "
            "ERCP assist, and discharge teaching after colonoscopy and EGD. ACLS required. Day shift, no weekends. "
            "Apply at careers.riverbenddigestive.com."
        ),
    ),
    Spec(
        phi=False,
        category="interface validation with declared test patient",
        notes="Hard negative: HL7 ORU for the declared ZZTEST interface patient sent during interface testing; not a real person.",
        frm="Interface Analyst <it.interfaces@riverbenddigestive.com>",
        to="interfaces@maplefamilymed.org",
        subject="TEST ONLY - UBT result feed validation",
        body=(
            "Hi Priya,\n\nAs agreed, here is the test message for the breath-test feed (processing ID T). The patient "
            "is our standard synthetic record ZZTEST, INTERFACE ONE - please confirm it landed in your TEST "
            "environment and not production.\n\nOwen"
        ),
        atts=(Att("RBTEST07.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="purchase order with SSN-shaped PO number",
        notes="Hard negative: supply purchase order whose number looks like an SSN; no person.",
        frm="Purchasing <purchasing@riverbenddigestive.com>",
        to="orders@medlinecentralsupply.com",
        subject="PO 418-55-2093 biopsy forceps",
        body=(
            "Please ship against PO 418-55-2093:\n  20 bx  Radial Jaw 4 biopsy forceps, std capacity\n  10 bx  "
            "polypectomy snare 10 mm\n   6 cs  specimen jars 20 mL formalin\nShip to Endoscopy Center dock B.\n\nThanks,\nPurchasing"
        ),
    ),
    Spec(
        phi=False,
        category="staff hepatitis B titer reminder",
        notes="Hard negative: staff occupational-health reminder about titers with no named individual.",
        frm="Employee Health <employeehealth@riverbenddigestive.com>",
        to="allstaff@riverbenddigestive.com",
        subject="Reminder: hepatitis B surface antibody titers due",
        body=(
            "All clinical staff hired before 2024 must upload a hepatitis B surface antibody titer by March 31. "
            "Non-responders will be offered a repeat vaccine series at no cost. Results are confidential and go "
            "only to Employee Health."
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only Colorectal Cancer Awareness Month newsletter",
        notes="Hard negative: HTML-only public newsletter about screening age and prep; no individual.",
        frm="Riverbend Digestive Health <news@riverbenddigestive.com>",
        to="newsletter-subscribers@riverbenddigestive.com",
        subject="March is Colorectal Cancer Awareness Month",
        body="",
        html=(
            "<html><body><h2>Screening starts at 45</h2><p>Colorectal cancer is one of the most preventable cancers. "
            "Adults at average risk should begin screening at age 45. Options include colonoscopy, FIT and "
            "stool DNA tests.</p><p>Worried about the prep? Our new low-volume options make it easier.</p>"
            "<p><a href='https://riverbenddigestive.com/screening'>Book a screening</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT maintenance notice; no patient information.",
        frm="IT Help Desk <helpdesk@riverbenddigestive.com>",
        to="allstaff@riverbenddigestive.com",
        subject="Planned EHR downtime Sunday 2-5 AM",
        body="The EHR and endoscopy reporting system will be offline Sunday 03/22 from 2:00 to 5:00 AM for an upgrade. Downtime forms are in the blue binder at each nurses' station.",
    ),
    Spec(
        phi=False,
        category="de-identified polyp research extract to university",
        notes="Hard negative: Safe Harbor de-identified CSV (age bands, year only, findings) for an approved study.",
        frm="Research Coordinator <research@riverbenddigestive.com>",
        to="gi-research@uwmedschool-collab.edu",
        subject="De-identified extract, protocol 2025-117",
        body="Attached is the de-identified extract (Safe Harbor, honest broker reviewed). No dates other than year, ages banded, ZIP removed."
        + SIG,
        atts=(
            Att(
                "p2025-117_deid.csv",
                "text/csv",
                "study_id,age_band,sex,year,indication,adenomas,sessile_serrated,largest_mm\n"
                "S0001,50-54,F,2025,screening,2,0,6\nS0002,65-69,M,2025,surveillance,0,1,12\n"
                "S0003,45-49,M,2025,screening,1,0,4\nS0004,70-74,F,2025,diagnostic,3,1,22\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff meeting invitation",
        notes="Internal meeting invite with a calendar part; no patient.",
        frm="Office Manager <pm@riverbenddigestive.com>",
        to="clinical-leads@riverbenddigestive.com",
        subject="Invitation: Endoscopy throughput huddle",
        body="Quick huddle on turnover times between cases. Lunch provided.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend Digestive//Office//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:rbd-huddle-20260319@riverbenddigestive.com\r\nDTSTAMP:20260316T150000Z\r\n"
            "DTSTART:20260319T170000Z\r\nDTEND:20260319T173000Z\r\nSUMMARY:Endoscopy throughput huddle\r\n"
            "LOCATION:Conference room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher quiz",
        notes="Hard negative: HIPAA training quiz about e-mailing results, with generic scenarios and no named patient.",
        frm="Compliance <compliance@riverbenddigestive.com>",
        to="allstaff@riverbenddigestive.com",
        subject="Annual HIPAA refresher - 5 questions",
        body=(
            "1. A patient's son calls asking for his father's biopsy results. What must you check first?\n"
            "2. Is it OK to put a diagnosis in the subject line of an encrypted e-mail? (No.)\n"
            "3. You faxed a procedure report to the wrong number. Who do you tell, and how fast?\n"
            "4. Can you discuss a case in the elevator if you don't use the name?\n"
            "5. Name two ways to send results securely to an outside clinic.\nReply by Friday."
        ),
    ),
    Spec(
        phi=False,
        category="policy document with template field names",
        notes="Hard negative: DOCX policy listing required fields (Patient Name, MRN, DOB) as blanks; no data.",
        frm="Compliance <compliance@riverbenddigestive.com>",
        to="policy-review@riverbenddigestive.com",
        subject="Draft policy PC-14 Specimen labeling - comments by 3/27",
        body="Draft attached for review. Main change: two identifiers on every jar before the scope is withdrawn.",
        atts=(
            Att(
                "PC-14_specimen_labeling_DRAFT.docx",
                DOCX,
                docx(
                    [
                        "PC-14 Specimen Labeling in the Endoscopy Suite (DRAFT v3)",
                        "Each container label must show: Patient Name: __________  MRN: __________  DOB: __/__/____",
                        "Site (e.g., 'antrum', 'sigmoid 25 cm'), time in formalin, endoscopist initials.",
                        "Unlabeled specimens are rejected by pathology and an incident report is filed.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer fee schedule negotiation with CPT codes",
        notes="Hard negative: contract rates by CPT code; no individual.",
        frm="Practice Administrator <admin@riverbenddigestive.com>",
        to="provider.contracting@badgerlandhealthplan.com",
        subject="2026 fee schedule counter-proposal",
        body=(
            "Thank you for the proposal. Our counter for the ASC component:\n  45378 diagnostic colonoscopy  $842\n"
            "  45385 colonoscopy w/ snare  $1,010\n  43239 EGD w/ biopsy  $705\n  43249 EGD w/ balloon dilation  $780\n"
            "These reflect the 2025 median for Dane County ASCs.\n\nMiriam Tollefson, Practice Administrator"
        ),
    ),
    Spec(
        phi=False,
        category="referral volume thank-you to referring practice",
        notes="Hard negative: aggregate referral counts and turnaround times for a clinic; no patient.",
        frm="Physician Liaison <liaison@riverbenddigestive.com>",
        to="office.manager@maplefamilymed.org",
        subject="Thank you - 2025 referral summary",
        body=(
            "Hi Beth,\n\nThank you for trusting us with 214 referrals in 2025. Median time from referral to consult was "
            "11 days, and 96% of your patients' reports reached your inbox within 24 hours of the procedure. We'd "
            "love to bring lunch by in April.\n\nCarla"
        ),
    ),
    Spec(
        phi=False,
        category="shadowing request reply to pre-med student",
        notes="Reply to a student's personal mailbox about shadowing logistics and onboarding requirements; no patient information.",
        frm="Physician Liaison <liaison@riverbenddigestive.com>",
        to="aubrey.lindgren.premed@gmail.com",
        subject="RE: shadowing in GI",
        body="Hi Aubrey,\n\nGood news - Dr. Aune can host you in the endoscopy center on Monday, April 6, 7:00 AM to noon. Before then we need your signed confidentiality agreement and the certificate from our online HIPAA module (link below). Wear business casual; we'll give you scrubs.\n\nCarla Jensen, Physician Liaison",
    ),
    Spec(
        phi=False,
        category="DEA registration renewal confirmation for physician",
        notes="Hard negative: a clinician's DEA number and renewal paperwork; provider identifier, no patient.",
        frm="Credentialing <credentialing@riverbenddigestive.com>",
        to="saune@riverbenddigestive.com",
        subject="Your DEA renewal is filed",
        body="Dr. Aune,\n\nYour DEA registration BA7796153 (schedules 2-5, Riverbend Endoscopy address) was renewed today; new expiry 03/31/2029. A copy is in your credentialing file.\n\nJoan, Credentialing",
    ),
]
