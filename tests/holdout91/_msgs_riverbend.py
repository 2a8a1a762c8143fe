"""Riverbend MS Infusion Center: multiple sclerosis infusion centre (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nRiverbend MS Infusion Center\n88 Mill Race Drive, Eau Claire, WI 54701 | 555-0180"

X12_837 = (
    "ISA*00*          *00*          *ZZ*RIVERBENDMS    *ZZ*BADGERCARE     *260317*1402*^*00501*000000712*0*P*:~"
    "GS*HC*RIVERBENDMS*BADGERCARE*20260317*1402*712*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*RIVERBEND MS INFUSION CENTER*****XX*1884680848~"
    "NM1*IL*1*PRATT*YOLANDA*M***MI*BCW40028861~DMG*D8*19860411*F~"
    "CLM*RB712-4*41250***11:B:1*Y*A*Y*Y~HI*ABK:G35~"
    "SV1*HC:J2350:JZ*40800*UN*600~SV1*HC:96413*310*UN*1~SV1*HC:96415*140*UN*2~"
    "DTP*472*D8*20260310~SE*10*0001~GE*1*712~IEA*1*000000712~"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*NORTHSTARHP    *ZZ*RIVERBENDMS    *260316*0610*^*00501*000031180*0*P*:~"
    "GS*HP*NORTHSTARHP*RIVERBENDMS*20260316*0610*31180*X*005010X221A1~ST*835*0001~"
    "BPR*I*18225.40*C*ACH*CCP*01*071000013*DA*2290118*1411842207**01*075911988*DA*55120031*20260316~"
    "CLP*RB688-1*1*22410*18225.40*350*12*NS26030711~NM1*QC*1*GUNDERSEN*ALVIN****MI*NSH55410932~"
    "SVC*HC:J2323*21600*17800~CAS*PR*1*350~SVC*HC:96365*810*425.40~SE*8*0001~GE*1*31180~IEA*1*000031180~"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*RIVERBENDMS    *ZZ*CMSHETS        *260318*0800*^*00501*000000090*0*P*:~"
    "GS*HS*RIVERBENDMS*CMSHETS*20260318*0800*90*X*005010X279A1~ST*270*0001*005010X279A1~"
    "NM1*PR*2*CMS*****PI*CMS~NM1*1P*2*RIVERBEND MS INFUSION CENTER*****XX*1884680848~"
    "NM1*IL*1*VOSKUIJLEN*HENRIK****MI*6KD2XF4PN19~DMG*D8*19540709~EQ*BV~SE*7*0001~GE*1*90~IEA*1*000000090~"
)

X12_270_TEST = (
    "ISA*00*          *00*          *ZZ*RIVERBENDMS    *ZZ*AVAILITYTEST   *260317*1000*^*00501*000000001*0*T*:~"
    "GS*HS*RIVERBENDMS*AVAILITYTEST*20260317*1000*1*X*005010X279A1~ST*270*0001*005010X279A1~"
    "NM1*IL*1*TESTSUBSCRIBER*ONE****MI*TEST00000001~DMG*D8*19800101~EQ*30~SE*4*0001~GE*1*1~IEA*1*000000001~"
)

HL7_ORM = (
    "MSH|^~\\&|RMS_EHR|RIVERBEND|QUESTLINK|CHIPPEWALAB|202603170655||ORM^O01|RB-ORM-3391|P|2.3\r"
    "PID|1||RB100482^^^RMS^MR||MONTOYA^CARLOS^E||19790125|M|||1903 Oak Hollow Ln^^Altoona^WI^54720\r"
    "ORC|NW|RB3391\r"
    "OBR|1|RB3391||CBCD^CBC with differential^L|||20260317\r"
    "OBR|2|RB3392||CD19^CD19 B-cell count^L|||20260317\r"
    "DG1|1||G35^Multiple sclerosis^I10\r"
    "NTE|1||Pre-ocrelizumab dose 6; hepatitis B core antibody positive, monitor\r"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Ocrelizumab infusion confirmation with calendar invite",
        notes="Confirmation of a named patient's ocrelizumab infusion to her personal mailbox, with premedication instructions.",
        frm="Infusion Scheduling <scheduling@riverbendmsinfusion.org>",
        to="yolanda.pratt@gmail.com",
        subject="Confirmed: your Ocrevus infusion Tue 3/24",
        body=(
            "Hi Yolanda,\n\nYou're confirmed for your Ocrevus infusion on Tuesday, March 24 at 8:00 am, chair 6. "
            "Plan on about 4 hours. Please take your cetirizine and acetaminophen at home before you come; we'll give "
            "the methylprednisolone here. Bring a snack!" + SIG
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend MS//Infusion//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:rms-20260324-pratt@riverbendmsinfusion.org\r\nDTSTAMP:20260316T130000Z\r\n"
            "DTSTART:20260324T130000Z\r\nDTEND:20260324T170000Z\r\nSUMMARY:Ocrevus infusion (chair 6)\r\n"
            "LOCATION:Riverbend MS Infusion Center\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Natalizumab prior authorization letter to payer",
        notes="Letter of medical necessity naming the member, member ID, relapsing MS history and JCV index for Tysabri.",
        frm="Prior Auth <priorauth@riverbendmsinfusion.org>",
        to="um.requests@northstarhealthplan.com",
        subject="PA request - natalizumab - NSH55410932",
        body="Please find the letter of medical necessity attached. Clinical notes to follow by fax.\n\nGrace Oyelaran, PA coordinator"
        + SIG,
        atts=(
            Att(
                "LMN_natalizumab_Gundersen.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND MS INFUSION CENTER",
                        "Letter of Medical Necessity - natalizumab 300 mg IV every 4 weeks (J2323)",
                        "Member: Alvin Gundersen   DOB: 08/02/1977   Member ID: NSH55410932",
                        "Diagnosis: relapsing-remitting multiple sclerosis (G35)",
                        "Two relapses in 2025 on dimethyl fumarate; 3 new T2 lesions on MRI 01/2026.",
                        "JCV antibody index 0.21 (negative), 02/2026.",
                        "Ordering neurologist: Helena Strand, MD, NPI: 1412680211",
                    ],
                    "LMN",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="JCV index query in subject only",
        notes="Hard positive: patient first name and last initial with JCV index and Tysabri continuation appear only in the subject; body is one line.",
        frm='"Rhonda Kessel, RN" <rkessel@riverbendmsinfusion.org>',
        to="hstrand@chippewavalleyneuro.com",
        subject="Delphine B. - JCV now 0.9 - ok to give Tysabri Thursday?",
        body="See subject. Need an answer by Wed noon so pharmacy can mix. Thanks, Rhonda",
    ),
    Spec(
        phi=True,
        category="837 infusion claim resubmission",
        notes="Hard positive: X12 837 attachment holds the patient's name, Medicaid ID, DOB and ocrelizumab J-code; body only mentions a rejection.",
        frm="Revenue Cycle <billing@riverbendmsinfusion.org>",
        to="edi.support@badgercarepartners.com",
        subject="Claim RB712-4 rejected - JZ modifier added",
        body="Resubmitting with the JZ modifier per your 3/14 bulletin. 837 attached.",
        atts=(Att("RB712.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="835 remittance sent to billing vendor",
        notes="Hard positive: body has no names; the X12 835 attachment holds a patient name, member ID and natalizumab payment, sent to the outside billing service.",
        frm="Revenue Cycle <billing@riverbendmsinfusion.org>",
        to="posting@meridianbillingservices.com",
        subject="ERA 3/16 Northstar - please post",
        body="Northstar ERA attached for posting. $350 coinsurance to patient responsibility.",
        atts=(Att("northstar_era_0316.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="Specialty pharmacy drug delivery request",
        notes="Names the patient and her ocrelizumab dose for a delivery date to the specialty pharmacy.",
        frm="Infusion Pharmacy <pharmacy@riverbendmsinfusion.org>",
        to="orders@pinnaclespecialtyrx.com",
        subject="Delivery request - chair 6 - 3/24",
        body=(
            "Please deliver ocrelizumab 600 mg (two 300 mg/10 mL vials) for patient Yolanda Pratt, DOB 04/11/1986, "
            "by 3/23 for her 3/24 infusion. Benefits investigation ref PSR-88120.\n\nMarta Leclerc, PharmD"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Infusion reaction adverse event report to manufacturer",
        notes="Hard positive: adverse event report with patient initials, full date of birth, infusion date and reaction details to the manufacturer's safety inbox.",
        frm="Infusion Nursing <nursing@riverbendmsinfusion.org>",
        to="drugsafety@vantismedical-pv.com",
        subject="AE report - ublituximab infusion reaction",
        body=(
            "Reporter: Rhonda Kessel RN, Riverbend MS Infusion Center, 555-0180\n"
            "Patient: initials T.W., DOB 1992-07-30, female\n"
            "Product: ublituximab 450 mg IV, dose 2, infused 03/13/2026\n"
            "Event: at 40 minutes, flushing, throat tightness, BP 88/52. Infusion stopped, diphenhydramine 50 mg IV and "
            "famotidine given; resolved in 25 min; completed at half rate.\nOutcome: recovered."
        ),
    ),
    Spec(
        phi=True,
        category="HL7 lab order with DG1 diagnosis",
        notes="HL7 ORM with patient name, MRN, DOB, address, MS diagnosis and hepatitis B note sent to the reference lab.",
        frm="Interface Alerts <interfaces@riverbendmsinfusion.org>",
        to="hl7support@chippewalab.com",
        subject="ORM RB-ORM-3391 stuck in your queue",
        body="Your side shows this order as pending. Copy attached so you can manually release it.",
        atts=(Att("RB-ORM-3391.hl7", "application/hl7-v2", HL7_ORM),),
    ),
    Spec(
        phi=True,
        category="MRI progress relayed to husband",
        notes="Tells the patient's husband at his personal mailbox that Carlos's MRI showed new enhancing lesions.",
        frm="Helena Strand MD <hstrand@riverbendmsinfusion.org>",
        to="ana.montoya.home@outlook.com",
        subject="Re: Carlos's scan",
        body=(
            "Ana,\n\nCarlos asked me to update you since he's travelling. His MRI from Friday shows two new enhancing "
            "lesions in the thoracic cord. That tells us the current therapy isn't holding things, so we'll talk about "
            "switching when he's back. No change needed before then.\n\nDr. Strand"
        ),
    ),
    Spec(
        phi=True,
        category="Patient assistance foundation enrolment with SSN",
        notes="Copay foundation application naming the patient with SSN, income and MS diagnosis.",
        frm="Financial Counselor <financial@riverbendmsinfusion.org>",
        to="applications@healthwellbridgefund.org",
        subject="MS copay fund application - Montoya",
        body=(
            "Application for the MS copay assistance fund:\n\nPatient: Carlos E. Montoya\nSSN: 412-58-3307\nDOB: 01/25/1979\n"
            "Diagnosis: G35 multiple sclerosis\nTherapy: ocrelizumab every 6 months\nHousehold size 4, annual income $58,200\n"
            "Insurance: employer plan, deductible $4,500\n\nSigned consent attached separately by fax.\nJoaquin Reyes, Financial Counselor"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Chair schedule workbook to agency nurse",
        notes="Hard positive: multi-sheet chair schedule with patient names, drugs and premed notes sent to a temporary agency nurse.",
        frm="Charge Nurse <chargenurse@riverbendmsinfusion.org>",
        to="k.bergstrom@flexcarenursing.com",
        subject="Next week's chairs",
        body="Kelsey - here's what you're walking into Monday and Tuesday. Chair 3 is the slow one. Thanks for picking up!",
        atts=(
            Att(
                "chairs_wk13.xlsx",
                XLSX,
                xlsx(
                    {
                        "Mon": [
                            ["Chair", "Time", "Patient", "Drug", "Note"],
                            ["1", "08:00", "Gundersen, Alvin", "natalizumab", "JCV neg"],
                            ["3", "08:30", "Pratt, Yolanda", "ocrelizumab 600", "premed at home"],
                            ["5", "11:00", "Lu, Sandra", "IVIG 0.4 g/kg", "CIDP overlap"],
                        ],
                        "Tue": [
                            ["Chair", "Time", "Patient", "Drug", "Note"],
                            [
                                "2",
                                "09:00",
                                "Bianchi, Delphine",
                                "natalizumab",
                                "JCV 0.9 - check order",
                            ],
                            ["6", "10:00", "Osei, Kwame", "methylpred 1 g", "relapse day 2 of 3"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted infusion records to attorney",
        notes="Body names the client and says her infusion records are in the password-protected zip for a disability claim.",
        frm="Health Information <him@riverbendmsinfusion.org>",
        to="intake@hollisterdisabilitylaw.com",
        subject="Records - Yolanda Pratt - disability claim",
        body="Attached are Ms. Yolanda Pratt's infusion records 2023-2026 as authorized. The password will be given by phone to your paralegal.",
        atts=(
            Att(
                "Pratt_infusion_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Pratt_infusions.txt": "Yolanda Pratt DOB 04/11/1986 ocrelizumab infusions: 2023-03, 2023-09, 2024-03, 2024-09, 2025-03, 2025-09. EDSS 3.5.\n"
                    },
                    "Rvb!2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR MedicationAdministration to MS registry",
        notes="Hard positive: body names no one; the FHIR bundle has the patient name, birth date and ocrelizumab administration, sent to a disease registry.",
        frm="Registry Coordinator <registry@riverbendmsinfusion.org>",
        to="submissions@msoutcomesregistry.org",
        subject="Registry submission - consented participant",
        body="Participant consented 02/2026. Submission attached in FHIR format as requested.",
        atts=(
            Att(
                "registry_rms_0315.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": ['
                '{"resource": {"resourceType": "Patient", "id": "rb100482", "name": [{"family": "Montoya", "given": ["Carlos"]}], "birthDate": "1979-01-25", "gender": "male"}},'
                '{"resource": {"resourceType": "MedicationAdministration", "status": "completed", "medicationCodeableConcept": {"text": "ocrelizumab 600 mg IV"}, '
                '"subject": {"reference": "Patient/rb100482"}, "effectiveDateTime": "2026-03-10"}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Treatment attendance note to employer HR",
        notes="Hard positive: no diagnosis, but tells the employer a named employee was treated at an MS infusion centre, which reveals care and implies MS.",
        frm="Front Desk <frontdesk@riverbendmsinfusion.org>",
        to="hr@lakeshorelogistics.com",
        subject="Attendance verification - Sandra Lu",
        body="To whom it may concern,\n\nSandra Lu was at Riverbend MS Infusion Center for treatment on 03/16/2026 from 10:30 to 16:00 and may return to work on 03/17/2026.\n\nFront Desk"
        + SIG,
    ),
    Spec(
        phi=True,
        category="OCR text of scanned intake form",
        notes="Hard positive: OCR text file with spaced-out letters and scanning noise holding a name, DOB and MS diagnosis, sent to the billing vendor.",
        frm="Scanning <scanning@riverbendmsinfusion.org>",
        to="docs@meridianbillingservices.com",
        subject="scan 0316-014 OCR",
        body="OCR output attached for the intake form you couldn't read.",
        atts=(
            Att(
                "scan_0316_014.txt",
                "text/plain",
                "R I V E R B E N D   M S   I N F U S I O N   -   I N T A K E\nP A T I E N T  N A M E :  K w a m e   O s e i\nD 0 B :  1 1 / 0 3 / 1 9 9 5     S E X :  M\nD x :  G 3 5   -  a c u t e  r e l a p s e ,  o p t i c  n e u r i t i s  O S\nR x :  m e t h y l p r e d n i s o l o n e  1 g  I V  x 3 d\nI n s :  C o r n e r s t o n e  H M O  # C H 4 4 0 1 9 2 7\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare eligibility inquiry with MBI",
        notes="Medicare patient's name, MBI and planned IVIG infusion in the body, with an X12 270 attached.",
        frm="Benefits Verification <benefits@riverbendmsinfusion.org>",
        to="support@wpsgha-portal.com",
        subject="270 not returning 271",
        body="Hi, the 270 for Henrik Voskuijlen (MBI: 6KD2-XF4-PN19, DOB 07/09/1954) keeps timing out. He starts IVIG for CIDP next week. File attached.",
        atts=(Att("voskuijlen_270.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="Home-infusion handoff document",
        notes="Hard positive: body is generic; the DOCX handoff names the patient, address, plasma exchange history and IVIG orders.",
        frm="Care Transitions <transitions@riverbendmsinfusion.org>",
        to="intake@optioncarehomeinfusion-wi.com",
        subject="handoff",
        body="Handoff attached as discussed. Start of care requested for Monday.",
        atts=(
            Att(
                "handoff.docx",
                DOCX,
                docx(
                    [
                        "Riverbend MS Infusion Center - Home Infusion Handoff",
                        "Patient: Henrik Voskuijlen, DOB 07/09/1954, 26 Tamarack Rd, Chippewa Falls WI 54729, 555-0189",
                        "Dx: CIDP (G61.81); prior plasma exchange 2025",
                        "Orders: IVIG 0.4 g/kg every 3 weeks; pre-hydrate 500 mL NS",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML TB test result to patient",
        notes="HTML-only note to a patient's personal mailbox that his QuantiFERON was negative and he is cleared for treatment.",
        frm="Riverbend Nurse Team <nurses@riverbendmsinfusion.org>",
        to="kwame.osei95@outlook.com",
        subject="Your pre-treatment blood test",
        body="",
        html="<html><body><p>Hi Kwame,</p><p>Your <b>QuantiFERON-TB</b> test came back <b>negative</b>, so you're cleared to start your new MS treatment next month.</p><p>The Riverbend nurses</p></body></html>",
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="Infusion service price list PDF",
        notes="Hard negative: self-pay price list with J-codes and CPT codes; no patient.",
        frm="Revenue Cycle <billing@riverbendmsinfusion.org>",
        to="pricing@chippewavalleyhealthalliance.org",
        subject="2026 self-pay prices (transparency file)",
        body="Our 2026 shoppable-services list is attached for the alliance directory.",
        atts=(
            Att(
                "RMS_selfpay_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND MS INFUSION CENTER - SELF-PAY PRICES 2026",
                        "96413 Chemo/biologic infusion, first hour: $310",
                        "96415 each additional hour: $140",
                        "J2350 ocrelizumab, per 1 mg: $68.00",
                        "J2323 natalizumab, per 1 mg: $72.00",
                    ],
                    "Self-pay prices",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate infusion reaction rates workbook",
        notes="Hard negative: multi-sheet workbook of reaction counts and rates per drug, no patient rows.",
        frm="Quality <quality@riverbendmsinfusion.org>",
        to="qapi-committee@riverbendmsinfusion.org",
        subject="Q1 infusion reaction report",
        body="Rates are per 100 infusions. Ublituximab dose 2 is the outlier; one event, see tab 2.",
        atts=(
            Att(
                "q1_reactions.xlsx",
                XLSX,
                xlsx(
                    {
                        "By drug": [
                            ["Drug", "Infusions", "Reactions", "Rate"],
                            ["ocrelizumab", 212, 9, 4.2],
                            ["natalizumab", 388, 2, 0.5],
                            ["ublituximab", 47, 1, 2.1],
                        ],
                        "By grade": [["Grade", "Count"], ["1", 8], ["2", 4], ["3", 0]],
                    }
                ),
            ),
        ),
        cc="mdirector@riverbendmsinfusion.org",
    ),
    Spec(
        phi=False,
        category="Infusion nurse job posting",
        notes="Hard negative: job ad naming MS drugs and infusion reactions but no individual.",
        frm="Human Resources <hr@riverbendmsinfusion.org>",
        to="jobs@wisconsinnursesassoc.org",
        subject="Job posting: Infusion RN (0.9 FTE)",
        body="Riverbend seeks an RN with IV skills to administer ocrelizumab, natalizumab, ublituximab, IVIG and high-dose steroids. Manage infusion reactions, monitor for PML symptoms, educate patients. CRNI a plus. Mon-Fri, no weekends.",
    ),
    Spec(
        phi=False,
        category="Infusion pump recall acknowledgement",
        notes="Hard negative: device serial numbers belong to the centre's own pumps, not to any patient.",
        frm="Biomed <biomed@riverbendmsinfusion.org>",
        to="recalls@corviamedical.com",
        subject="Re: Field safety notice FSN-2026-07 acknowledgement",
        body="We have 8 affected pumps (SN CV-PX4-00912 through CV-PX4-00919). All quarantined 3/15; please schedule the software update visit.\n\nTomas, Biomed",
    ),
    Spec(
        phi=False,
        category="Methylprednisolone shortage notice",
        notes="Hard negative: shortage notice about IV methylprednisolone with relapse protocol changes; no patient.",
        frm="Infusion Pharmacy <pharmacy@riverbendmsinfusion.org>",
        to="referring-neuro@chippewavalleyneuro.com",
        subject="Shortage: Solu-Medrol 1 g vials",
        body="Methylprednisolone 1 g vials are backordered through mid-April. For relapse referrals we'll use 500 mg x2 vials or oral high-dose prednisone equivalents on your approval. Referrals otherwise unchanged.",
    ),
    Spec(
        phi=False,
        category="EHR training patient declared fictitious",
        notes="Hard negative: training instructions using a clearly declared fictitious test patient.",
        frm="EHR Trainer <ehrtraining@riverbendmsinfusion.org>",
        to="new-hires@riverbendmsinfusion.org",
        subject="Practice login for Thursday's training",
        body="In the TRAIN environment, open the fictitious patient ZZTEST, INFUSION (MRN TEST-0001, not a real person). Practice documenting an ocrelizumab infusion and a grade 1 reaction. Nothing you enter goes to production.",
    ),
    Spec(
        phi=False,
        category="HTML education series flyer to library",
        notes="HTML-only community education flyer about an MS lecture series sent to a public library; no individual.",
        frm="Outreach <outreach@riverbendmsinfusion.org>",
        to="events@eauclairepubliclibrary.org",
        subject="Flyer for your community board",
        body="",
        html="<html><body><h1>Living Well with MS</h1><p>Free spring talks: fatigue (Apr 7), bladder health (Apr 21), exercise (May 5). 6 pm, library meeting room. All welcome.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Privacy policy document with example field names",
        notes="Hard negative: policy DOCX describing how to handle fields like MRN and member ID; no data.",
        frm="Privacy Officer <privacy@riverbendmsinfusion.org>",
        to="managers@riverbendmsinfusion.org",
        subject="Updated policy PR-04: e-mailing patient information",
        body="Managers, please review the attached update before the staff huddle.",
        atts=(
            Att(
                "PR-04_email_policy.docx",
                DOCX,
                docx(
                    [
                        "Policy PR-04: E-mail containing patient information",
                        "Fields such as patient name, date of birth, MRN, member ID and diagnosis must never appear in the subject line.",
                        "External mail with these fields must be sent with [secure] in the subject.",
                        "Example of a compliant subject: '[secure] records request'.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Pharmacist licence verification",
        notes="Staff licence number for credentialing; not a patient.",
        frm="Credentialing <credentialing@riverbendmsinfusion.org>",
        to="verifications@pinnaclespecialtyrx.com",
        subject="Licence verification - Marta Leclerc, PharmD",
        body="Marta Leclerc, PharmD, WI pharmacist licence 18842-40, expires 05/31/2026. Attached primary-source verification is on file. She is our pharmacist in charge.",
    ),
    Spec(
        phi=False,
        category="Staff in-service calendar invite",
        notes="Staff in-service meeting invite about a new pump.",
        frm="Nurse Educator <education@riverbendmsinfusion.org>",
        to="nursing@riverbendmsinfusion.org",
        subject="In-service: new infusion pumps",
        body="Mandatory 30-minute hands-on with the replacement pumps. Two sessions; pick one.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend MS//Edu//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:rms-inservice-0319@riverbendmsinfusion.org\r\nDTSTAMP:20260316T120000Z\r\n"
            "DTSTART:20260319T123000Z\r\nDTEND:20260319T130000Z\r\nSUMMARY:Pump in-service\r\nLOCATION:Break room\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Neurologist bio for referral brochure",
        notes="Hard negative: clinician profile listing MS, NMOSD and MOGAD expertise and NPI; no patient.",
        frm="Marketing <marketing@riverbendmsinfusion.org>",
        to="design@bluefernprint.com",
        subject="Bio text for brochure p.2",
        body="Helena Strand, MD - Medical Director. Dr. Strand is a neuroimmunologist caring for people with multiple sclerosis, NMOSD and MOGAD. She leads our natalizumab safety programme and serves on the state MS society board. NPI: 1412680211.",
    ),
    Spec(
        phi=False,
        category="Parking lot repaving notice to landlord",
        notes="Facilities mail about parking repairs.",
        frm="Operations <ops@riverbendmsinfusion.org>",
        to="property@millracecommons.com",
        subject="Repaving - please keep accessible spots open",
        body="When the lot is repaved in April, please keep at least 6 accessible spaces near the east entrance open each day; many visitors use mobility aids.",
    ),
    Spec(
        phi=False,
        category="FHIR MeasureReport with aggregate counts",
        notes="Hard negative: FHIR MeasureReport with population counts only, no Patient resource.",
        frm="Quality <quality@riverbendmsinfusion.org>",
        to="measures@wisconsinqualitycollab.org",
        subject="Q4 measure submission - DMT monitoring",
        body="Summary-level submission attached.",
        atts=(
            Att(
                "measurereport_q4.json",
                "application/fhir+json",
                '{"resourceType": "MeasureReport", "status": "complete", "type": "summary", "measure": "DMT-safety-lab-monitoring", '
                '"period": {"start": "2025-10-01", "end": "2025-12-31"}, "group": [{"population": ['
                '{"code": {"text": "denominator"}, "count": 412}, {"code": {"text": "numerator"}, "count": 389}]}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clearinghouse test 270 with dummy subscriber",
        notes="Hard negative: X12 270 test file (usage T) with TESTSUBSCRIBER dummy for onboarding.",
        frm="Benefits Verification <benefits@riverbendmsinfusion.org>",
        to="onboarding@availitytest-edi.com",
        subject="Onboarding step 4 - test 270",
        body="Attached is our test transaction (ISA15 = T, dummy subscriber). Please confirm structure.",
        atts=(Att("test_270.x12", "application/edi-x12", X12_270_TEST),),
    ),
    Spec(
        phi=False,
        category="Payer rate negotiation letter",
        notes="Contract negotiation referencing CPT codes and rates; no patient.",
        frm="Director <director@riverbendmsinfusion.org>",
        to="contracting@northstarhealthplan.com",
        subject="Proposal: site-of-care rates 2026",
        body="Following our call: we propose 96413 at 145% of Medicare and 96415 at 140%, in exchange for Northstar steering natalizumab and ocrelizumab to our non-hospital site. Our per-infusion cost is about 38% below HOPD rates."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Staff coverage notice with staff name",
        notes="Hard negative: names a nurse who is out, with no reason or health detail; a workforce notice, not patient information.",
        frm="Nurse Manager <nursemanager@riverbendmsinfusion.org>",
        to="nursing@riverbendmsinfusion.org",
        subject="Coverage while Kim is out",
        body="Kim Lu is out March 23-April 10. Rhonda covers charge on Mondays; agency RN Kelsey Bergstrom covers Tue/Wed. Swap requests to me by Friday.",
    ),
    Spec(
        phi=False,
        category="HTML referral experience survey",
        notes="HTML-only survey invitation to referring neurologists about the referral process.",
        frm="Riverbend MS <outreach@riverbendmsinfusion.org>",
        to="hstrand@chippewavalleyneuro.com",
        subject="3 questions about referring to Riverbend",
        body="",
        html="<html><body><p>Dear colleague,</p><p>How easy is it to refer to us? <a href='https://riverbendmsinfusion.org/survey'>Take our 2-minute survey</a>.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Zip of policies to accreditation surveyor",
        notes="Hard negative: zipped infusion policies mention JCV, hepatitis B screening and a blank name field, but hold no patient data.",
        frm="Director <director@riverbendmsinfusion.org>",
        to="surveys@ambulatoryinfusionaccred.org",
        subject="Pre-survey documents",
        body="As requested, policies IN-01 to IN-03 and the blank RN competency checklist are zipped.",
        atts=(
            Att(
                "rms_policies.zip",
                "application/zip",
                zipped(
                    {
                        "IN-01_hypersensitivity.txt": "Policy IN-01: Stop infusion, assess ABCs, give diphenhydramine, notify provider.\n",
                        "IN-02_PML_monitoring.txt": "Policy IN-02: Check JCV index every 6 months for natalizumab recipients.\n",
                        "IN-03_hepB.txt": "Policy IN-03: Screen HBsAg and anti-HBc before anti-CD20 therapy.\n",
                        "RN_competency_blank.txt": "Name: ______ Date: ______ Observer: ______\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor webinar invitation",
        notes="Forwards a drug manufacturer's educational webinar notice to staff; no patient.",
        frm="Medical Director <mdirector@riverbendmsinfusion.org>",
        to="nursing@riverbendmsinfusion.org",
        subject="Fwd: Webinar - shorter infusion protocol",
        body="Worth attending if you can. - H",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Medical Education <meded@genwavepharma.com>",
            to="mdirector@riverbendmsinfusion.org",
            subject="Webinar - shorter infusion protocol",
            body="Join us April 2 for a nurse-focused webinar on the 2-hour infusion protocol, premedication and managing infusion-related reactions.",
        ),
    ),
    Spec(
        phi=False,
        category="Patient transport vendor generic directions",
        notes="Generic directions and drop-off instructions to a transport broker; no rider named.",
        frm="Front Desk <frontdesk@riverbendmsinfusion.org>",
        to="dispatch@chippewaridelink.com",
        subject="Drop-off instructions for your drivers",
        body="For all rides to our center: use the east entrance canopy, not the main lobby. Wheelchair vans may park in bay 2 for up to 15 minutes. Pick-up calls come from 555-0180.",
    ),
]
