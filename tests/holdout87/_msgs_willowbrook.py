"""Outbound mail of Willowbrook Terrace Skilled Nursing & Rehabilitation (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nWillowbrook Terrace Skilled Nursing & Rehabilitation\n2200 Orchard Mill Road, Fairhaven, OH\n(419) 555-0142"
CONF = "\n\nCONFIDENTIALITY: This message may contain information protected by law. If you received it in error, notify the sender and delete it."

HL7_ADMIT = "\r".join(
    [
        "MSH|^~\\&|WBT_EHR|WILLOWBROOK|RXLTC|FAIRHAVENPHARM|202611161912||ADT^A01|WBT88120|P|2.5.1",
        "EVN|A01|202611161905",
        "PID|1||WBT-0048213^^^WBT^MR||GRUENWALD^OTTILIE^M||19380412|F|||614 Linden Ct^^Fairhaven^OH^44839||(419)555-0177",
        "PV1|1|I|2E^214^A||||1347298659^ABARA^CHIDI^^^MD|||REH||||1",
        "AL1|1|DA|PCN^Penicillin^L|SV|Hives",
        "DG1|1||S72.001D^Fracture of right femoral neck, subsequent encounter^I10|||A",
        "",
    ]
)

HL7_TEST = "\r".join(
    [
        "MSH|^~\\&|WBT_EHR|WILLOWBROOK|RXLTC|FAIRHAVENPHARM|202611171010||ADT^A08|TST00007|T|2.5.1",
        "EVN|A08|202611171010",
        "PID|1||ZZTEST-0001^^^WBT^MR||ZZTEST^INTERFACE^ONE||19000101|U",
        "PV1|1|I|TEST^999^A",
        "",
    ]
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <code code="18842-5" displayName="Discharge summary"/>
  <title>Transfer Summary - Willowbrook Terrace</title>
  <recordTarget><patientRole><id extension="WBT-0039770" root="2.16.840.1.113883.3.8787.1"/>
    <addr><streetAddressLine>88 Kestrel Way</streetAddressLine><city>Fairhaven</city><state>OH</state></addr>
    <patient><name><given>Lowell</given><family>Pettibone</family></name>
    <administrativeGenderCode code="M"/><birthTime value="19410903"/></patient></patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Reason for Transfer</title><text>Acute mental status change, temp 39.1 C, suspected urosepsis. Foley catheter in place.</text></section></component>
    <component><section><title>Active Problems</title><text>N39.0 UTI; G30.1 Alzheimer disease late onset; I48.91 atrial fibrillation</text></section></component>
    <component><section><title>Medications</title><text>Apixaban 2.5 mg BID; donepezil 10 mg HS; tamsulosin 0.4 mg daily</text></section></component>
    <component><section><title>Code Status</title><text>DNR/DNI - POLST on file</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_270 = (
    "ISA*00*          *00*          *ZZ*WBTSNF         *ZZ*OHMEDICAID     *261117*0915*^*00501*000008701*0*P*:~"
    "GS*HS*WBTSNF*OHMEDICAID*20261117*0915*8701*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*WBT8701*20261117*0915~"
    "HL*1**20*1~NM1*PR*2*OHIO MEDICAID*****PI*OHMCD~"
    "HL*2*1*21*1~NM1*1P*2*WILLOWBROOK TERRACE*****XX*1582037465~"
    "HL*3*2*22*0~TRN*1*WBT-EL-1117*9WBTSNF~NM1*IL*1*MARCHETTI*AUGUSTINE****MI*108844215977~"
    "DMG*D8*19350219*M~DTP*291*D8*20261117~EQ*54~"
    "SE*12*0001~GE*1*8701~IEA*1*000008701~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="SNF discharge summary PDF to home health agency",
        notes="Discharge summary naming resident, DOB, diagnoses and home health orders sent to the receiving agency.",
        frm="Ruth Calloway RN <rcalloway@willowbrookterrace.com>",
        to="intake@brightpathhomehealth.com",
        subject="Discharge Fri 11/20 - referral packet attached",
        body="Hi Brightpath intake,\n\nAttached is the discharge summary for our resident going home Friday. She will need SN for wound care and PT for gait. Face sheet and med list are in the PDF. Please confirm SOC date.\n\nThanks,\nRuth Calloway RN, Discharge Planner"
        + SIG,
        atts=(
            Att(
                "discharge_summary_Whitlock.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOWBROOK TERRACE SKILLED NURSING & REHABILITATION",
                        "DISCHARGE SUMMARY",
                        "Resident: Whitlock, Marguerite A.    DOB: 05/27/1943    MRN: WBT-0045120",
                        "Admitted: 10/29/2026 from Fairhaven General   Discharge: 11/20/2026 to home",
                        "Dx: L89.153 pressure ulcer sacral stage 3; I50.32 chronic diastolic CHF; E11.9 DM2",
                        "Meds: furosemide 40 mg daily, metformin 500 mg BID, collagenase ointment to sacrum daily",
                        "Orders: SN 2w4 wound care/CHF teaching; PT 2w3 gait and transfer training",
                        "Attending: Chidi Abara MD  NPI: 1347298659",
                    ],
                    "Discharge summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="nurse update to daughter about mother's fall",
        notes="Hard positive: the resident is never named, only 'your mom' of the daughter addressed by first name at her personal mailbox, with a fall, x-ray and fall precautions.",
        frm="Nicole Ferrante LPN <nferrante@willowbrookterrace.com>",
        to="dana.kovach77@gmail.com",
        subject="quick update",
        body="Hi Dana,\n\nJust wanted you to hear it from us - your mom slid out of her wheelchair around 2am. Her aide Bernadette said she didn't hit her head but her left hip was sore so Dr. Abara ordered a portable x-ray this morning and it was negative. We've put a low bed and floor mat in and she's on 15-minute checks for 72 hours.\n\nCall the 2 East desk anytime.\nNicole",
    ),
    Spec(
        phi=True,
        category="Medicare Part A census CSV with MBIs to billing vendor",
        notes="Resident list with MBIs, admit dates and skilled days sent to the outsourced billing company.",
        frm="Business Office <billing@willowbrookterrace.com>",
        to="snf-team@keystonerevcycle.com",
        subject="November Med A triple-check list",
        body="Attached is the Med A list for triple check. Two residents cut at day 21, see column F. Marchetti's MBI: 3TK7-HW2-PN64 was corrected in CWF last week, please rebill.\n\nGreta Holm\nBusiness Office Manager"
        + SIG,
        atts=(
            Att(
                "medA_triplecheck_nov.csv",
                "text/csv",
                "resident,mbi,admit,hipps,skilled_days,note\n"
                "Marchetti Augustine,3TK7HW2PN64,2026-10-22,KAJD1,26,\n"
                "Gruenwald Ottilie,5CN4RD8YK19,2026-11-16,HBDE1,1,new admit ortho\n"
                "Pettibone Lowell,7FW2QE3MT40,2026-10-30,NCKD1,18,readmit from hospital\n"
                "Sandoval Irene,2HJ9TA4WE77,2026-10-26,LBCD1,21,cut day 21\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT admission message to LTC pharmacy",
        notes="Hard positive: body only says 'new admit tonight'; name, DOB, allergy and hip fracture diagnosis are only in the HL7 attachment.",
        frm="2 East Nurses Station <2east@willowbrookterrace.com>",
        to="orders@fairhavenltcpharmacy.com",
        subject="new admit tonight - ADT attached, need first doses by 2100",
        body="New admit rm 214A, ADT attached. Need first doses by 2100 pls, med rec faxed.\n\n2 East",
        atts=(Att("adt_a01_214A.hl7", "application/hl7-v2", HL7_ADMIT),),
    ),
    Spec(
        phi=True,
        category="C-CDA transfer summary to hospital ED",
        notes="C-CDA transfer document naming resident with suspected urosepsis, dementia and code status sent to the ED.",
        frm="Evening Supervisor <supervisor@willowbrookterrace.com>",
        to="ed-transfers@fairhavengeneral.org",
        subject="Transfer to ED - CCD attached",
        body="Sending Mr. Pettibone to your ED by squad, ETA 20 min. CCD attached with code status (DNR). Daughter is aware and will meet him there.\n\nJoyce Ambrose RN, Evening Supervisor"
        + SIG,
        atts=(Att("transfer_ccd.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="wound photo named after resident to wound consultant",
        notes="Hard positive: terse body; the resident's name, room and stage 3 wound are in the PNG file name only.",
        frm="Tamsin Greer RN WCC <tgreer@willowbrookterrace.com>",
        to="dr.osei@lakeshorewoundcare.com",
        subject="pic from today",
        body="Doc - today's measurement 3.1 x 2.4 x 0.6, slough 30%. Pic attached. ok to continue santyl?\nT.",
        atts=(Att("Rm214_JHollis_sacrum_stage3_1117.png", "image/png", png(6, 6, (170, 90, 80))),),
    ),
    Spec(
        phi=True,
        category="reply naming resident with C. diff in subject only",
        notes="Hard positive: the diagnosis (C. diff) and resident name are only in the subject; body just confirms precautions.",
        frm="Infection Preventionist <ip@willowbrookterrace.com>",
        to="lmbarker@fairhavenltcpharmacy.com",
        subject="RE: Mr. Okafor (218B) - C. diff positive, vanco PO start?",
        body="Yes - start today. Contact plus precautions are up and housekeeping is on bleach wipes for that room.\n\nMarisol Vance, RN, CIC",
    ),
    Spec(
        phi=True,
        category="death notification to funeral home",
        notes="Hard positive: a resident's name, time of death at the facility and attending physician sent to a funeral home; no diagnosis but date of death and care relationship.",
        frm="Night Supervisor <supervisor@willowbrookterrace.com>",
        to="arrangements@brennerfuneralhome.com",
        subject="Release - Willowbrook Terrace",
        body="Good morning,\n\nPlease arrange pickup for Mr. Harlan Wex, who passed at 04:40 this morning, 11/18, in room 109. Family (son Curtis, (419) 555-0163) has chosen Brenner. Pronounced by Joyce Ambrose RN; Dr. Abara will sign the death certificate.\n\nEnter through the east service door."
        + SIG,
    ),
    Spec(
        phi=True,
        category="care conference invitation to resident's son",
        notes="Calendar invite to son's gmail for his father's quarterly care conference naming the resident and the MDS review.",
        frm="Social Services <socialservices@willowbrookterrace.com>",
        to="t.marchetti.jr@gmail.com",
        subject="Care conference for your father - Thu 11/19 2:30",
        body="Hi Tony,\n\nThis is the invite for Augustine's quarterly care conference. We'll review his MDS, the PT progress after his stroke and the plan for when Medicare days end. Call-in number is in the invite if you can't come in.\n\nLeah Sorensen, LSW"
        + SIG,
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Willowbrook Terrace//Care Conference//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:cc-marchetti-20261119@willowbrookterrace.com\nDTSTAMP:20261116T150000Z\nDTSTART:20261119T193000Z\nDTEND:20261119T200000Z\nSUMMARY:Care conference - Augustine Marchetti (Rm 122)\nDESCRIPTION:Quarterly MDS review, PT/OT progress post CVA, discharge planning.\nLOCATION:Willowbrook Terrace conference room B\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=True,
        category="X12 270 Medicaid eligibility inquiry",
        notes="Hard positive: body is routine; the X12 270 carries the resident's name, DOB and Medicaid member ID.",
        frm="Business Office <billing@willowbrookterrace.com>",
        to="edi-support@ohmedicaidgateway.com",
        subject="Manual 270 - portal timing out",
        body="Your portal keeps timing out for us, so attaching the 270 we need run today. Our submitter ID is WBTSNF, billing NPI: 1582037465.\n\nGreta Holm"
        + SIG,
        atts=(Att("elig_270_1117.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="guardianship attorney records letter DOCX",
        notes="Letter to an attorney with the resident's cognitive scores and dementia diagnosis for a guardianship petition.",
        frm="Administrator <administrator@willowbrookterrace.com>",
        to="kwalsh@walshelderlaw.com",
        subject="Guardianship - requested statement",
        body="Ms. Walsh,\n\nPer the probate court order you sent, the attending's statement is attached. Original signed copy is in the mail.\n\nGregory Lindqvist, NHA\nAdministrator"
        + SIG
        + CONF,
        atts=(
            Att(
                "statement_of_expert_evaluation.docx",
                DOCX,
                docx(
                    [
                        "Willowbrook Terrace - Statement of Attending Physician",
                        "Re: Irene Sandoval, DOB 08/14/1939, resident since 03/2024",
                        "Diagnoses: F02.B0 dementia in Alzheimer disease, moderate; H35.31 macular degeneration.",
                        "BIMS 4/15 on 11/02/2026; SLUMS 9/30. Unable to manage finances or consent to treatment.",
                        "In my opinion she requires a guardian of the person and estate.",
                        "Chidi Abara, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="diet order to dietary contractor using room and first name",
        notes="Hard positive: room number plus first name and a dysphagia diet change to the outside food-service contractor.",
        frm="Speech Therapy <rehab@willowbrookterrace.com>",
        to="kitchen.manager@tristatediningsvc.com",
        subject="diet change 118B",
        body="118B Dolores - change to IDDSI level 2 mildly thick liquids and minced & moist solids effective lunch. Failed bedside swallow this am, MBS scheduled Tues. No straws.\n\n-K. Ostrowski CCC-SLP",
    ),
    Spec(
        phi=True,
        category="COVID line list to county health department",
        notes="Multi-sheet workbook listing named residents with positive COVID tests, onset dates and symptoms sent to the health department.",
        frm="Infection Preventionist <ip@willowbrookterrace.com>",
        to="cd-reporting@sandcountyhealth.org",
        subject="Outbreak report - Willowbrook Terrace - line list update",
        body="Updated line list attached (residents and staff tabs). 3 new resident cases since Friday, all on 2 East. Summary tab has the counts you asked for.\n\nMarisol Vance, RN, CIC"
        + SIG,
        atts=(
            Att(
                "WBT_covid_linelist_1117.xlsx",
                XLSX,
                xlsx(
                    {
                        "Residents": [
                            ["Name", "DOB", "Room", "Onset", "Test", "Symptoms", "Paxlovid"],
                            [
                                "Fenwick, Arthur",
                                "1936-02-11",
                                "204A",
                                "2026-11-13",
                                "PCR+",
                                "cough, fever",
                                "Y",
                            ],
                            [
                                "Lutz, Harriet",
                                "1942-07-30",
                                "207B",
                                "2026-11-14",
                                "Ag+",
                                "none",
                                "N",
                            ],
                            [
                                "Ybarra, Ernesto",
                                "1948-12-02",
                                "211A",
                                "2026-11-15",
                                "PCR+",
                                "fever, hypoxia",
                                "Y",
                            ],
                        ],
                        "Staff": [["Role", "Onset", "Test"], ["CNA", "2026-11-12", "Ag+"]],
                        "Summary": [["Unit", "Resident cases", "Staff cases"], ["2 East", 3, 1]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded hospital readmission notice to attending",
        notes="Forward of a hospital message about a resident's readmission with pneumonia, with the original as message/rfc822.",
        frm="Director of Nursing <don@willowbrookterrace.com>",
        to="chidi.abara@fairhavengeriatrics.com",
        subject="FW: Readmission - Fenwick",
        body="Dr. Abara - FYI, see below from Fairhaven General. This is his second bounce-back in 30 days, we should talk at QAPI.\n\nPat Dunmore RN, DON",
        forward=Spec(
            phi=True,
            category="hospital readmission notice",
            notes="Original hospital message.",
            frm="Case Management <cm@fairhavengeneral.org>",
            to="don@willowbrookterrace.com",
            subject="Readmission - Fenwick",
            body="Arthur Fenwick (DOB 2/11/1936) was admitted last night from your facility with aspiration pneumonia, on IV Unasyn. Expect 4-5 days. Will he return to you on the same bed hold?\n\nAlicia Brandt RN, Case Management",
        ),
    ),
    Spec(
        phi=True,
        category="private-pay statement to responsible party",
        notes="Monthly statement naming the resident and itemised therapy and pharmacy charges sent to the son's personal mailbox.",
        frm="Business Office <billing@willowbrookterrace.com>",
        to="curtis.wex@outlook.com",
        subject="Willowbrook Terrace statement - November",
        body="Dear Mr. Wex,\n\nThe November statement for your father, Harlan Wex (account 40-8812), is below.\n\n  Room and board, semi-private (30 days)   $9,300.00\n  Physical therapy (Part B coinsurance)       $212.40\n  Pharmacy - non-covered (Ensure, zinc)        $64.18\n  Beauty shop                                  $18.00\n  -------------------------------------------------\n  Balance due                                 $9,594.58\n\nWe are sorry for your loss. There is no rush on this balance; please call me when you are ready.\n\nGreta Holm, Business Office Manager"
        + SIG,
    ),
    Spec(
        phi=True,
        category="password-protected records zip to long-term care insurer",
        notes="Encrypted zip of a resident's nursing notes for an LTC insurance claim; the body names the insured and the claim.",
        frm="Medical Records <records@willowbrookterrace.com>",
        to="claims@evergreenltcinsure.com",
        subject="Claim LTC-447210 - records for Beatrice Oyelaran",
        body="Attached are the nursing notes and ADL flowsheets for Beatrice Oyelaran for the benefit period 08/01-10/31/2026, as requested for claim LTC-447210. The password will come in a separate email.\n\nHelen Marsh, HIM"
        + SIG,
        atts=(
            Att(
                "Oyelaran_records_Aug-Oct.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "adl_flowsheet.csv": "date,bathing,dressing,transfer,toileting\n2026-08-01,ext assist,ext assist,2 person,ext assist\n",
                        "nursing_notes.txt": "Resident requires 2 person assist for all transfers due to CVA with left hemiparesis.\n",
                    },
                    "Willow#1117",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PASRR level I screen scanned-form text",
        notes="Hard positive: OCR'd form text in a .txt with name, DOB, SSN and serious mental illness screen answers.",
        frm="Admissions <admissions@willowbrookterrace.com>",
        to="pasrr@ohioltcassess.org",
        subject="Level I for pending admission",
        body="Please see attached Level I. Hospital discharge is planned for tomorrow so we'd appreciate a quick determination.\n\nAdmissions",
        atts=(
            Att(
                "scan_0117.txt",
                "text/plain",
                "PREADMISSION SCREENING - LEVEL I      page 1 of 3\n"
                "Applicant nm: KRAUSE, DELPHINE R       DOB 01/30/1951   SSN 412-58-3307\n"
                "Current loc: Fairhaven General 5N\n"
                "1. Dx of serious mental illness?  [X] Yes  [ ] No   Schizoaffective d/o, bipolar type\n"
                "2. Psych hosp in past 2 yrs?     [X] Yes  (Riverside Behavioral 04/2025)\n"
                "3. Current psychotropics: clozapine 200mg HS, lithium 300mg BID\n"
                "4. ID/DD indicators?             [ ] Yes  [X] No\n"
                "Signed: ______ K. Brill, MSW     date 11/16/26\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hospice referral with face sheet DOCX",
        notes="Hospice referral naming the resident with metastatic cancer and attaching the face sheet.",
        frm="Leah Sorensen LSW <lsorensen@willowbrookterrace.com>",
        to="referrals@gentlecurrenthospice.org",
        subject="Hospice referral - Lutz",
        body="Hi,\n\nFamily has agreed to a hospice evaluation for Harriet Lutz (207B). She has metastatic pancreatic cancer, weight down 14 lb in a month, PPS 40%. Face sheet attached. Daughter Miriam is POA.\n\nLeah"
        + SIG,
        atts=(
            Att(
                "facesheet_Lutz.docx",
                DOCX,
                docx(
                    [
                        "FACE SHEET - Willowbrook Terrace",
                        "Name: Harriet J. Lutz   DOB: 07/30/1942   MRN: WBT-0041187",
                        "Payer: Medicare A / AARP supplement, member 0086214557",
                        "POA: Miriam Lutz-Hale, (419) 555-0188",
                        "Dx: C25.9 malignant neoplasm of pancreas; C78.7 secondary liver",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse abbreviated psych consult request",
        notes="Hard positive: abbreviated clinical shorthand (BIMS, PHQ-9, sertraline) tied to a resident's initial and surname.",
        frm="MDS Coordinator <mds@willowbrookterrace.com>",
        to="intake@seniorpsychpartners.com",
        subject="consult req",
        body="Mrs. K. Albright, 205A, 84F. BIMS 7, PHQ-9 14 on ARD 11/12, tearful, poor PO intake. Started sertraline 25 mg 11/10 per Dr A. Pls see this wk.\n\nSam Trinh RN RAC-CT",
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="staff flu vaccine clinic notice",
        notes="Staff notice about a flu shot clinic; no resident information.",
        frm="Staff Development <staffdev@willowbrookterrace.com>",
        to="allstaff@willowbrookterrace.com",
        subject="Flu shots Tues & Wed in the training room",
        body="Flu vaccine for all employees: Tuesday 6-8am and Wednesday 2-4pm and 10pm-midnight for nights. Bring your badge. Declination forms are due to Staff Development by 11/30.\n\nThanks!\nBrooke"
        + SIG,
    ),
    Spec(
        phi=False,
        category="aggregate quality measure workbook to corporate",
        notes="Hard negative: unit-level fall, UTI and pressure-injury rates by month; aggregate, no residents.",
        frm="Director of Nursing <don@willowbrookterrace.com>",
        to="clinical-ops@meridianseniorliving.com",
        subject="October QM dashboard - Willowbrook",
        body="Attached. Falls with major injury up on 2 East (see trend tab); pressure ulcer rate back under state average.\n\nPat"
        + SIG,
        atts=(
            Att(
                "WBT_QM_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By unit": [
                            [
                                "Unit",
                                "Census",
                                "Falls",
                                "Falls w/ major injury",
                                "UTI",
                                "New PU stage 2+",
                            ],
                            ["1 West", 38, 4, 0, 1, 0],
                            ["2 East", 42, 9, 2, 2, 1],
                            ["Memory care", 32, 11, 1, 0, 0],
                        ],
                        "Trend": [
                            ["Month", "Falls/1000 pt days"],
                            ["Jul", 5.1],
                            ["Aug", 5.8],
                            ["Sep", 6.4],
                            ["Oct", 7.2],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="medical director bio for family newsletter",
        notes="Hard negative: physician bio naming diseases she treats and her NPI; no resident.",
        frm="Community Relations <info@willowbrookterrace.com>",
        to="layout@printworksfairhaven.com",
        subject="Newsletter copy - medical director spotlight",
        body="Final copy for page 2:\n\nMEET OUR MEDICAL DIRECTOR\nDr. Chidi Abara is board certified in internal medicine and geriatrics. She has cared for older adults with dementia, Parkinson's disease, heart failure and post-stroke weakness for 18 years, and leads our antipsychotic-reduction work. NPI: 1347298659. Outside work she coaches youth soccer.\n\nPhoto is the one from the August shoot."
        + SIG,
    ),
    Spec(
        phi=False,
        category="CNA job posting to workforce board",
        notes="Hard negative: job posting describing dementia and rehab care duties; no individual.",
        frm="Human Resources <hr@willowbrookterrace.com>",
        to="postings@northwestohioworks.org",
        subject="Job posting: State Tested Nursing Assistants (all shifts)",
        body="Please post:\n\nSTNA - Full and part time, all shifts. Provide ADL care to residents on our short-term rehab and memory care units, including Hoyer transfers, feeding assistance for residents with dysphagia, and incontinence care. $19.50-$23/hr, shift differentials, tuition help for LPN school. Apply at willowbrookterrace.com/careers.\n\nHR"
        + SIG,
    ),
    Spec(
        phi=False,
        category="linen vendor invoice dispute with SSN-shaped PO",
        notes="Hard negative: linen invoice dispute whose purchase order number looks like an SSN; no people's health.",
        frm="Purchasing <purchasing@willowbrookterrace.com>",
        to="ar@crestlinenservice.com",
        subject="Invoice 88213 - PO 417-22-9051 short delivery",
        body="Hi,\n\nInvoice 88213 (PO 417-22-9051) bills 60 bundles of incontinence pads and 40 fitted sheets, but we received 45 and 40. Please credit 15 bundles.\n\nRoger Batts, Purchasing"
        + SIG,
    ),
    Spec(
        phi=False,
        category="survey readiness policy with example field names",
        notes="Hard negative: policy document listing field names (Resident Name, MRN, DOB) with blank placeholders; no real data.",
        frm="Compliance <compliance@willowbrookterrace.com>",
        to="dhall@meridianseniorliving.com",
        subject="Draft: resident identification policy for survey binder",
        body="Dawn, draft attached for your review before it goes in the survey binder.\n\nGregory"
        + SIG,
        atts=(
            Att(
                "POL-NUR-014_resident_identification.docx",
                DOCX,
                docx(
                    [
                        "Policy NUR-014: Two-identifier resident identification",
                        "Before any medication pass, treatment or specimen collection, staff verify two identifiers: Resident Name and Date of Birth (DOB), or Resident Name and MRN.",
                        "The MAR header shows: Resident Name ____  MRN ____  DOB ____  Allergies ____  Room ____.",
                        "Photographs in the eMAR are updated at admission and annually.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher with fictitious example",
        notes="Hard negative: training quiz using a clearly fictional resident 'Jane Sample' to illustrate misdirected mail.",
        frm="Compliance <compliance@willowbrookterrace.com>",
        to="allstaff@willowbrookterrace.com",
        subject="HIPAA minute: the autocomplete trap",
        body="HIPAA MINUTE (fictional example)\n\nA nurse types 'Jane' in the To: line meaning Jane Sample's daughter and autocomplete picks Jane from the pharmacy vendor. The update about 'Jane Sample's' new wound goes to the wrong company. This is a reportable breach.\n\nQuiz: what should you do before you click Send? (a) check the full address, (b) use the portal for updates to families, (c) both.\n\nAnswers at huddle Thursday."
        + SIG,
    ),
    Spec(
        phi=False,
        category="HL7 interface test message to pharmacy vendor",
        notes="Hard negative: HL7 ADT test message with a declared ZZTEST dummy patient, processing ID T.",
        frm="IT Services <it@willowbrookterrace.com>",
        to="interfaces@fairhavenltcpharmacy.com",
        subject="A08 test message - ZZTEST patient only",
        body="Sending the A08 test with our dummy patient ZZTEST, INTERFACE ONE (MSH-11 = T). Not a real resident. Let us know if your engine accepts the PV1 without an attending.\n\nDevon\nIT Services",
        atts=(Att("test_A08.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="drug shortage notice to sister facilities",
        notes="Hard negative: heparin flush shortage and substitution guidance; no resident.",
        frm="Consultant Pharmacist <rph@willowbrookterrace.com>",
        to="dons@meridianseniorliving.com",
        subject="Shortage: heparin lock flush 100 units/mL",
        body="All,\n\nOur LTC pharmacy reports heparin lock flush 100 units/mL 5 mL syringes on backorder until mid-January. For PICC lines, use 10 units/mL where the order allows, or call the prescriber for saline-only flushes. Do not substitute 1,000 units/mL vials.\n\nWes Ngata, PharmD, Consultant Pharmacist",
    ),
    Spec(
        phi=False,
        category="family council meeting invite",
        notes="Family council meeting invitation to the council chair's personal mailbox; no resident health information.",
        frm="Activities <activities@willowbrookterrace.com>",
        to="family.council.chair@yahoo.com",
        subject="Family Council - December meeting",
        body="Hi Marlene,\n\nHere's the invite for the December Family Council meeting. Agenda: holiday visiting, the new parking lot, and the dining survey results.\n\nCarla"
        + SIG,
        atts=(
            Att(
                "family_council_dec.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Willowbrook Terrace//Activities//EN\nBEGIN:VEVENT\nUID:famcouncil-20261203@willowbrookterrace.com\nDTSTAMP:20261117T140000Z\nDTSTART:20261203T230000Z\nDTEND:20261204T000000Z\nSUMMARY:Family Council monthly meeting\nLOCATION:Willowbrook Terrace chapel\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="admissions rate information to prospective family",
        notes="Reply to a prospective family's gmail with room rates and tour times; no named person's condition.",
        frm="Admissions <admissions@willowbrookterrace.com>",
        to="jpoulsen.home@gmail.com",
        subject="RE: rates and tours",
        body="Hi Jorgen,\n\nThanks for reaching out. Our private-pay rates for 2027 are $310/day semi-private and $345/day private. Medicare and most Medicare Advantage plans cover skilled rehab stays after a qualifying hospital stay. Tours run weekdays 10-4 and Saturday mornings; just reply with a time.\n\nAnnika Rhee, Admissions Director"
        + SIG,
    ),
    Spec(
        phi=False,
        category="outbreak notice to staff without names",
        notes="Hard negative: staff outbreak notice giving case counts by unit and PPE rules; no residents named.",
        frm="Infection Preventionist <ip@willowbrookterrace.com>",
        to="allstaff@willowbrookterrace.com",
        subject="2 East COVID outbreak - PPE and testing",
        body="Team,\n\nWe now have 3 residents and 1 staff member positive on 2 East. Until further notice: N95 and eye protection for all care on 2 East, no floating from 2 East to other units, and staff testing Mon/Thu. Dining room on 2 East is closed; trays to rooms.\n\nMarisol"
        + SIG,
    ),
    Spec(
        phi=False,
        category="de-identified falls study extract for university",
        notes="Hard negative: de-identified study extract with random subject codes and age bands under a data use agreement.",
        frm="Director of Nursing <don@willowbrookterrace.com>",
        to="falls-study@ohiostatenursing.edu",
        subject="DUA 2026-14 - quarter 3 de-identified extract",
        body="Per the data use agreement, attached is the Q3 extract. Subject codes are random and the key stays with us; ages over 89 are grouped as 90+.\n\nPat Dunmore RN, DON",
        atts=(
            Att(
                "q3_falls_deid.csv",
                "text/csv",
                "subject,age_band,sex,unit_type,falls_q3,injury,hip_protector\n"
                "S-0193,80-84,F,memory,3,none,Y\nS-0288,90+,F,LTC,1,minor,N\nS-0041,70-74,M,rehab,0,,N\nS-0317,85-89,M,memory,2,major,Y\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="daily census numbers to regional office",
        notes="Hard negative: daily census totals by payer with admission and discharge counts only.",
        frm="Administrator <administrator@willowbrookterrace.com>",
        to="regional-ops@meridianseniorliving.com",
        subject="Census 11/17",
        body="Census 112/120\nMed A 18 | HMO 9 | Medicaid 61 | Private 19 | Hospice 5\nAdmits 2, discharges 3 (2 home, 1 hospital), expirations 1\nPending: 2 referrals from Fairhaven General\n\nGL",
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT notice about planned EHR downtime and paper procedures.",
        frm="IT Services <it@willowbrookterrace.com>",
        to="allstaff@willowbrookterrace.com",
        subject="Planned EHR downtime Sunday 01:00-03:00",
        body="The EHR vendor will apply an update Sunday 11/22 from 01:00 to 03:00. Downtime binders with blank MARs and TARs are at each nurses station. Print your unit's 24-hour med report before 00:45.\n\nIT Services, ext. 4410",
    ),
    Spec(
        phi=False,
        category="dietary texture counts to food vendor",
        notes="Hard negative: counts of puree and mechanical soft diets for ordering, no residents named.",
        frm="Dietary Manager <dietary@willowbrookterrace.com>",
        to="orders@tristatediningsvc.com",
        subject="Thanksgiving order - texture counts",
        body="For the Thanksgiving meal please plan: regular 71, mechanical soft 22, minced & moist 6, puree 14, renal 4, no-added-salt 18. Sugar-free pie x 25. Family guest trays estimated 60.\n\nJanelle"
        + SIG,
    ),
    Spec(
        phi=False,
        category="survey prep zip of blank forms to consultant",
        notes="Hard negative: zip of blank assessment templates and a policy index for a mock survey; no resident data.",
        frm="Compliance <compliance@willowbrookterrace.com>",
        to="mocksurvey@ltcqualityadvisors.com",
        subject="Mock survey - blank forms as requested",
        body="Attached are our blank fall risk, Braden and elopement assessment templates and the policy index. See you on the 30th.\n\nGregory Lindqvist, NHA"
        + SIG,
        atts=(
            Att(
                "wbt_blank_forms.zip",
                "application/zip",
                zipped(
                    {
                        "fall_risk_template.csv": "item,score_0,score_1,score_2\nHistory of falls,No,,Yes\nSecondary diagnosis,No,Yes,\nAmbulatory aid,None,Cane/walker,Furniture\n",
                        "policy_index.txt": "NUR-001 Admission\nNUR-014 Resident identification\nNUR-022 Elopement\nIC-003 Outbreak response\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="generator load test notice to fire department",
        notes="Facility notice to the fire department about a generator load test and alarm testing.",
        frm="Maintenance <maintenance@willowbrookterrace.com>",
        to="prevention@fairhavenfire.org",
        subject="Generator load test and fire alarm testing 11/24",
        body="Captain Reyes,\n\nFYI we will run our monthly 30-minute generator load test Tuesday 11/24 at 06:30 and the alarm vendor (Sentry Fire) will test pull stations between 09:00 and 11:00. The panel will be in test mode; we'll call dispatch before and after.\n\nLuis Ortega, Maintenance Director"
        + SIG,
    ),
]
