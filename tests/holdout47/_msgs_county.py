"""Outbound mail of Carrow County Public Health Department (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nCarrow County Public Health Department\n410 Courthouse Square, Millbrook\nMain line 555-0100 | www.carrowcountyhealth.org"
CONF = "\n\nCONFIDENTIALITY NOTICE: This message may contain information protected by state and federal law. If you received it in error, notify the sender and delete it."

HL7_ELR = (
    "MSH|^~\\&|CCPHD-EPI|CARROW CO PHD|STATE-NEDSS|LANARK DOH|20261013091500||ORU^R01^ORU_R01|CC47ELR0093|P|2.5.1\r"
    "PID|1||CC-228174^^^CCPHD^MR||DEVEREUX^MARTINE^A||19880622|F|||77 Larchmont Rd^^Millbrook^LN^60913||(555)555-0147\r"
    "OBR|1||ELR-5531|625-4^Bacteria identified in Stool by Culture^LN|||20261009\r"
    "OBX|1|CWE|625-4^Bacteria identified in Stool by Culture^LN||27268008^Salmonella^SCT||||||F\r"
)

FHIR_COND = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "cc-pt-5519", "name": [{"family": "Okafor", "given": ["Tobenna"]}], "birthDate": "2019-04-11", "address": [{"line": ["18 Quarry Lane"], "city": "Millbrook", "postalCode": "60914"}]}},
    {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Blood lead, venous"}, "subject": {"reference": "Patient/cc-pt-5519"}, "valueQuantity": {"value": 14.2, "unit": "ug/dL"}, "effectiveDateTime": "2026-10-02"}}
  ]
}
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*CARROWPHD      *ZZ*LANARKMCD      *261013*1015*^*00501*000004712*0*P*:~"
    "GS*HC*CARROWPHD*LANARKMCD*20261013*1015*4712*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*CC4712*20261013*1015*CH~"
    "NM1*85*2*CARROW COUNTY PUBLIC HEALTH*****XX*1472240054~"
    "NM1*IL*1*BRANNIGAN*KEELY****MI*LMC40718826~"
    "DMG*D8*19990305*F~"
    "CLM*STI-22891*145***71:B:1*Y*A*Y*Y~"
    "HI*ABK:A560~"
    "SV1*HC:87491*65*UN*1***1~"
    "SV1*HC:J0561*80*UN*1***1~"
    "SE*11*0001~GE*1*4712~IEA*1*000004712~"
)

ICS_CLINIC = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Carrow County PHD//Clinics//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:flu-pod-20261024@carrowcountyhealth.org\r\nDTSTAMP:20261012T140000Z\r\n"
    "DTSTART:20261024T140000Z\r\nDTEND:20261024T200000Z\r\nSUMMARY:Volunteer briefing - Saturday flu POD, Millbrook High gym\r\n"
    "LOCATION:Millbrook High School, 900 Ridge Ave\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_HOMEVISIT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Carrow County PHD//Nurse Family Partnership//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:nfp-visit-8812@carrowcountyhealth.org\r\nDTSTAMP:20261012T150000Z\r\n"
    "DTSTART:20261020T153000Z\r\nDTEND:20261020T163000Z\r\nSUMMARY:Home visit - Jazmyn Pruitt (32 wks, gestational diabetes f/u)\r\n"
    "LOCATION:2211 Fenwick St Apt 3, Millbrook\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Case investigation note to hospital infection preventionist",
        notes="Salmonella case named with DOB and hospital admission sent to a hospital IP.",
        frm="Kiran Dallow <kdallow@carrowcountyhealth.org>",
        to="infectionprevention@stbrigidmedical.org",
        subject="Salmonella case follow-up - need food history",
        body=(
            "Hi Paula,\n\nWe received an ELR on Martine Devereux (DOB 06/22/1988), Salmonella from stool culture collected 10/09. "
            "She was admitted to your 5 North on 10/10 per the ED note. Could someone on the unit let us know when she is "
            "well enough for a phone interview? We are tracking a possible cluster tied to a church potluck.\n\nThanks,\nKiran Dallow, MPH\nCommunicable Disease Epidemiologist"
            + SIG
            + CONF
        ),
        atts=(Att("ELR_CC47ELR0093.hl7", "application/hl7-v2", HL7_ELR),),
    ),
    Spec(
        phi=False,
        category="Weekly respiratory surveillance summary to partners",
        notes="Hard negative: county-level counts of influenza and RSV by age band; no individual.",
        frm="Epidemiology Unit <epi@carrowcountyhealth.org>",
        to="partners-list@carrowcountyhealth.org",
        subject="Carrow County Respiratory Report, MMWR week 41",
        body=(
            "Partners,\n\nWeek 41 summary (data through 10/10/2026):\n\n"
            "  Influenza A (lab-confirmed)      37   (wk 40: 21)\n"
            "  Influenza B                       4\n"
            "  RSV                              22   (14 of them age <2)\n"
            "  COVID-19                         58\n"
            "  Flu-associated hospitalisations   6   (all age 65+)\n"
            "  Pediatric flu deaths              0\n\n"
            "ED visits for influenza-like illness rose to 3.1% of all visits. Full report attached."
            + SIG
        ),
        atts=(
            Att(
                "Respiratory_Report_W41.pdf",
                "application/pdf",
                pdf(
                    [
                        "CARROW COUNTY PUBLIC HEALTH DEPARTMENT",
                        "Respiratory Virus Surveillance - MMWR Week 41, 2026",
                        "",
                        "Influenza A: 37   Influenza B: 4   RSV: 22   COVID-19: 58",
                        "ILI share of ED visits: 3.1% (baseline 2.4%)",
                        "Hospitalisations: 6 (age 65+: 6)",
                        "Predominant subtype: A(H3N2)",
                        "Counts under 5 are suppressed by ZIP code.",
                    ],
                    "Respiratory Report W41",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Lead case management referral with FHIR bundle",
        notes="Hard positive: child's name, DOB, address and elevated blood lead appear only in the FHIR attachment; body is generic.",
        frm="Healthy Homes Program <healthyhomes@carrowcountyhealth.org>",
        to="inspections@millbrookhousingauthority.org",
        subject="Referral for environmental investigation - see attachment",
        body=(
            "Hello,\n\nPlease find attached a referral for an environmental lead investigation under our MOU. "
            "Let me know which inspector is assigned and the planned visit date.\n\nRegards,\nDenise Harwell, RN\nHealthy Homes Program"
            + SIG
        ),
        atts=(Att("referral_5519.json", "application/fhir+json", FHIR_COND),),
    ),
    Spec(
        phi=False,
        category="Restaurant inspection result to owner",
        notes="Hard negative: food establishment inspection violations; the only person named is the owner in a business capacity, no health info.",
        frm="Environmental Health <envhealth@carrowcountyhealth.org>",
        to="owner@goldenladlenoodle.com",
        subject="Routine inspection 10/13 - Golden Ladle Noodle House (Permit FE-20419)",
        body=(
            "Mr. Tran,\n\nAttached is the report from today's routine inspection. Two priority violations were corrected on site "
            "(cold holding at 47F in the prep cooler; no sanitizer in the wiping-cloth bucket). One core item remains: replace "
            "the cracked hand-sink backsplash within 10 days. A follow-up visit will be unannounced.\n\nThomas Abernathy, REHS"
            + SIG
        ),
        atts=(
            Att(
                "Inspection_FE-20419_20261013.pdf",
                "application/pdf",
                pdf(
                    [
                        "CARROW COUNTY PUBLIC HEALTH - ENVIRONMENTAL HEALTH",
                        "Food Establishment Inspection Report",
                        "Golden Ladle Noodle House, 1402 Canal St, Permit FE-20419",
                        "Priority: 3-501.16 cold holding (COS)",
                        "Priority: 4-501.114 sanitizer concentration (COS)",
                        "Core: 6-501.12 cleanliness of physical facilities",
                        "Inspector: T. Abernathy, REHS",
                    ],
                    "Inspection FE-20419",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="STI partner notification letter to personal email",
        notes="Letter to a named person's gmail telling them they were exposed to syphilis and to come for treatment.",
        frm="Disease Intervention Specialist <dis.team@carrowcountyhealth.org>",
        to="rj.castellano91@gmail.com",
        subject="Important health information - please call us",
        body=(
            "Dear Rafael Castellano,\n\nWe tried to reach you by phone twice this week. Someone you had contact with has been "
            "diagnosed with syphilis, and you may have been exposed. Testing and treatment are free and confidential at our "
            "Sexual Health Clinic (Mon-Thu 8-4). Please call me directly at 555-0131 and mention reference DIS-26-0412.\n\n"
            "Marcus Yee, Disease Intervention Specialist" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Flu POD volunteer calendar invite",
        notes="Volunteer briefing invitation for a mass-vaccination clinic; no patient.",
        frm="Emergency Preparedness <prep@carrowcountyhealth.org>",
        to="dana.whitfield.mrc@yahoo.com",
        cc="mrc-volunteers@carrowcountyhealth.org",
        subject="Saturday 10/24 flu POD - volunteer briefing",
        body="Hi Dana and MRC volunteers: briefing at 9:00, doors open to the public at 10:00. Wear your badge and closed-toe shoes. Lunch provided."
        + SIG,
        ics=ICS_CLINIC,
    ),
    Spec(
        phi=True,
        category="Nurse home visit calendar invite",
        notes="Hard positive: the calendar summary names a pregnant client with gestational diabetes and her home address; body says nothing.",
        frm="Lorraine Ebbets <lebbets@carrowcountyhealth.org>",
        to="nfp-supervisors@carrowcountyhealth.org",
        cc="c.ruelas@carrowhealthnet.org",
        subject="Joint visit Tue",
        body="Adding you both to Tuesday's visit as discussed.",
        ics=ICS_HOMEVISIT,
    ),
    Spec(
        phi=False,
        category="Job posting for epidemiologist",
        notes="Hard negative: job ad listing disease-surveillance duties (HIV, TB, hepatitis) with no individual.",
        frm="Human Resources <hr@carrowcountyhealth.org>",
        to="jobs@lanarkpublichealthassoc.org",
        subject="Please post: Epidemiologist II (Communicable Disease)",
        body=(
            "Please circulate to your members:\n\nEPIDEMIOLOGIST II - Communicable Disease Unit\nSalary: $68,400-$84,100\n\n"
            "Duties: investigate reportable conditions including hepatitis B and C, HIV, syphilis, tuberculosis and enteric "
            "illness; interview cases and contacts; enter data in the state NEDSS; write outbreak reports.\n"
            "Requirements: MPH or equivalent; 2 years of field experience preferred.\nApply by 11/06 at carrowcountyhealth.org/jobs."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Hepatitis B perinatal case to birthing hospital",
        notes="Names an HBsAg-positive mother and her due date, asking for HBIG at delivery for her infant.",
        frm="Perinatal Hep B Coordinator <perinatalhepb@carrowcountyhealth.org>",
        to="lnd.charge@stbrigidmedical.org",
        subject="Perinatal hep B alert - expected delivery this month",
        body=(
            "Labor & Delivery charge nurse,\n\nHeads-up for your board: Ngozi Adeyemi-Blake, DOB 02/14/1995, EDD 10/28/2026, "
            "is HBsAg positive (confirmed 7/2026, viral load 2.1 x 10^5 IU/mL, on tenofovir since 28 weeks). "
            "Her infant needs hepatitis B vaccine and HBIG within 12 hours of birth. Please fax the administration record to "
            "555-0119 after delivery.\n\nGwen Okonkwo, RN, Perinatal Hepatitis B Prevention Program"
            + SIG
            + CONF
        ),
    ),
    Spec(
        phi=False,
        category="Board of health agenda packet",
        notes="Board of health agenda mentioning an outbreak only in aggregate; no individual.",
        frm="Director's Office <director@carrowcountyhealth.org>",
        to="boardofhealth@carrowcounty.gov",
        subject="BOH agenda packet - October 21 meeting",
        body="Board members,\n\nThe packet for next week is attached: FY27 budget amendment, the norovirus outbreak after-action summary (41 ill, 3 hospitalised, no deaths) and the proposed tobacco retail licence ordinance.\n\nDr. Alma Whitcombe, Health Director"
        + SIG,
        atts=(
            Att(
                "BOH_Agenda_2026-10-21.docx",
                DOCX,
                docx(
                    [
                        "Carrow County Board of Health - Regular Meeting, October 21, 2026, 6:30 pm",
                        "1. Call to order and approval of September minutes",
                        "2. FY27 budget amendment: WIC fund transfer",
                        "3. After-action: Lakeview Elementary norovirus outbreak (41 ill, 3 hospitalised)",
                        "4. Tobacco retail licence ordinance - first reading",
                        "5. Health Director's report",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="WIC appointment reminder to parent personal email",
        notes="Hard positive: friendly reminder reveals WIC enrolment of a named mother and infant plus the baby's low weight-for-length.",
        frm="Carrow WIC <wic@carrowcountyhealth.org>",
        to="tasha.brightwater@yahoo.com",
        subject="WIC appointment Thursday",
        body="Hi Tasha, this is a reminder of your WIC recertification for you and baby Elijah on Thursday 10/15 at 10:40 at the Eastgate office. Please bring Elijah's weight check from his last pediatric visit, since the nutritionist wants to follow up on his low weight-for-length. Reply or call 555-0126 to reschedule.",
    ),
    Spec(
        phi=False,
        category="Drug shortage notice for Bicillin",
        notes="Hard negative: penicillin G benzathine shortage guidance to clinicians; no patient.",
        frm="Carrow County Health Alert Network <han@carrowcountyhealth.org>",
        to="han-clinicians@carrowcountyhealth.org",
        subject="HAN Advisory: Bicillin L-A shortage - prioritise pregnant patients with syphilis",
        body=(
            "HEALTH ADVISORY #2026-19\n\nThe national shortage of penicillin G benzathine (Bicillin L-A) continues. Until supply "
            "recovers, reserve it for pregnant people with syphilis and infants with congenital syphilis. For non-pregnant "
            "adults with primary, secondary or early latent syphilis, use doxycycline 100 mg PO BID for 14 days. "
            "Report all syphilis cases within one business day.\n\nDr. Alma Whitcombe, Health Officer"
            + SIG
        ),
        html_only=True,
        html="<html><body><h2>HEALTH ADVISORY #2026-19</h2><p>The national shortage of <b>penicillin G benzathine (Bicillin L-A)</b> continues. Reserve it for pregnant people with syphilis and infants with congenital syphilis.</p><p>Non-pregnant adults: doxycycline 100 mg PO BID x 14 days.</p><p>Report all syphilis cases within one business day.</p><p>Dr. Alma Whitcombe, Health Officer<br>Carrow County Public Health Department</p></body></html>",
    ),
    Spec(
        phi=True,
        category="STI clinic Medicaid claim 837",
        notes="Hard positive: X12 837 to Medicaid carries patient name, DOB, member ID and a syphilis diagnosis code; body only says batch attached.",
        frm="Billing Office <billing@carrowcountyhealth.org>",
        to="edi.submissions@lanarkmedicaid.gov",
        subject="Batch 4712 professional claims",
        body="Batch 4712 attached (1 claim). Submitter ID CARROWPHD." + SIG,
        atts=(Att("CARROWPHD_4712.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=False,
        category="Vendor quote for vaccine refrigerators",
        notes="Vendor procurement about pharmaceutical refrigerators; no health information about anyone.",
        frm="Purchasing <purchasing@carrowcountyhealth.org>",
        to="sales@coldchainmedsupply.com",
        subject="RE: Quote Q-88213 - two purpose-built vaccine refrigerators",
        body="Hi Bryce,\n\nThanks for the quote. Can you confirm the data loggers are NIST-calibrated with a certificate, and whether delivery includes removal of our two old dorm-style units? PO will follow once the grant office signs.\n\nLinda Faraday, Purchasing"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Animal bite rabies PEP follow-up to ED",
        notes="Names a bitten child, the bite and the rabies post-exposure prophylaxis schedule.",
        frm="Zoonotic Disease Program <zoonotic@carrowcountyhealth.org>",
        to="ed.nursing@millbrookregional.org",
        subject="Rabies PEP - bat exposure",
        body=(
            "Hello,\n\nThe bat from the Holloway household tested positive for rabies at the state lab this morning. "
            "Owen Holloway (age 9) started PEP in your ED on 10/11 (HRIG + vaccine dose 1). He needs vaccine on days 3, 7 and 14 "
            "(10/14, 10/18, 10/25). His mother Christa prefers your ED for the remaining doses. Please confirm.\n\n"
            "Dr. Pia Lindqvist, DVM, Zoonotic Disease Program" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Mosquito surveillance West Nile results to municipalities",
        notes="Hard negative: West Nile-positive mosquito pools by trap location; no human individual.",
        frm="Vector Control <vector@carrowcountyhealth.org>",
        to="publicworks@millbrook.gov",
        cc="publicworks@eastgatevillage.gov",
        subject="WNV positive pools - week 41",
        body="Three Culex pools tested positive for West Nile virus this week: trap MB-07 (Riverside Park), MB-12 (Canal St culvert) and EG-03 (Eastgate sewage lagoon). We will ground-spray MB-07 and MB-12 Wednesday night, weather permitting. No human cases this season so far.",
        atts=(
            Att(
                "wnv_pools_wk41.csv",
                "text/csv",
                "trap_id,location,collected,species,pool_size,wnv_pcr\nMB-07,Riverside Park,2026-10-06,Culex pipiens,48,POS\nMB-12,Canal St culvert,2026-10-06,Culex pipiens,50,POS\nEG-03,Eastgate lagoon,2026-10-07,Culex restuans,36,POS\nMB-02,Hilltop Cemetery,2026-10-06,Culex pipiens,22,NEG\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Outbreak line list to state epidemiologist",
        notes="Line list spreadsheet of named norovirus cases with ages, onset dates and hospitalisation.",
        frm="Kiran Dallow <kdallow@carrowcountyhealth.org>",
        to="outbreaks@lanarkdoh.gov",
        subject="Lakeview Elem norovirus - updated line list",
        body="Attached is the updated line list (now 41 cases). Tab 2 has the specimen tracking. Two of the three hospitalised were staff.\n\nKiran"
        + SIG,
        atts=(
            Att(
                "Lakeview_noro_linelist_v6.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            ["Case#", "Name", "Age", "Role", "Onset", "Symptoms", "Hosp"],
                            [1, "Harper Quinlan", 7, "Student 2nd gr", "2026-09-28", "V/D", "N"],
                            [2, "Mateo Villalobos", 8, "Student 3rd gr", "2026-09-28", "V", "N"],
                            [
                                3,
                                "Dolores Fenn",
                                58,
                                "Cafeteria staff",
                                "2026-09-29",
                                "V/D/fever",
                                "Y",
                            ],
                            [4, "Gerald Hume", 61, "Custodian", "2026-09-29", "D", "Y"],
                        ],
                        "Specimens": [
                            ["Case#", "Specimen", "Collected", "Result"],
                            [3, "Stool", "2026-09-30", "Norovirus GII PCR positive"],
                            [4, "Stool", "2026-09-30", "Norovirus GII PCR positive"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified overdose data extract to university",
        notes="Hard negative: de-identified overdose extract with year-only dates and 3-digit ZIP, under a data use agreement.",
        frm="Data & Informatics <data@carrowcountyhealth.org>",
        to="overdose.study@lanarkstateu.edu",
        subject="DUA 2026-07 extract: non-fatal overdose ED visits (de-identified)",
        body="Dr. Sato,\n\nAs specified in DUA 2026-07, attached is the Safe Harbor de-identified extract: year only, 3-digit ZIP, age bands, no names or record numbers. Cells under 11 are suppressed. Please confirm receipt and destruction date per section 6.\n\nRaj Menon, Data Manager"
        + SIG,
        atts=(
            Att(
                "od_ed_deid_2025.csv",
                "text/csv",
                "year,zip3,age_band,sex,substance,naloxone_given,disposition\n2025,609,25-34,M,opioid,Y,discharged\n2025,609,35-44,F,opioid,Y,admitted\n2025,609,18-24,M,stimulant,N,discharged\n2025,610,45-54,M,opioid,Y,AMA\n2025,610,25-34,F,opioid,Y,discharged\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Immunization exemption question to school nurse",
        notes="Hard positive: school nurse told a named student has a medical exemption because of chemotherapy.",
        frm="Immunization Clinic <immunize@carrowcountyhealth.org>",
        to="nurse@millbrookmiddle.k12.ln.us",
        subject="RE: 7th grade Tdap compliance list",
        body="Hi Joanne,\n\nOn your list: Lily Marchetti is not overdue by mistake. She has a physician medical exemption on file with us through 6/2027 while she finishes chemo for leukemia, so please mark her exempt rather than excluded. The other four are genuinely overdue.\n\nSue\n\n> Can you check the attached 7th graders against the registry?"
        + SIG,
    ),
    Spec(
        phi=False,
        category="HIPAA refresher training for staff",
        notes="Hard negative: staff privacy training with invented example of what not to e-mail; clearly fictional.",
        frm="Privacy Officer <privacy@carrowcountyhealth.org>",
        to="all-staff@carrowcountyhealth.org",
        subject="Annual privacy training due 10/31 + this month's example",
        body=(
            "Everyone,\n\nAnnual HIPAA and state confidentiality training is due by 10/31 in the LMS.\n\n"
            "This month's 'don't do this' example (invented): an email with the subject 'Jane Doe - HIV+ - needs partner services' "
            "sent to a personal address. Names, diagnoses and record numbers never go in a subject line, and client details go "
            "only through the secure portal.\n\nQuestions: privacy@carrowcountyhealth.org\n\nMaya Brennan, Privacy Officer"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded client complaint with medical details",
        notes="Forward to county attorney of a client's email describing her own abortion-pill follow-up visit and name.",
        frm="Clinic Manager <clinicmgr@carrowcountyhealth.org>",
        to="legal@carrowcounty.gov",
        subject="FW: Complaint about front desk",
        body="Ruth,\n\nForwarding the complaint below for your review before I respond. The client consented to us sharing it with counsel.\n\nBeverly Tamm, Clinic Manager"
        + SIG,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Anneliese Korver <anneliese.korver@outlook.com>",
            to="clinicmgr@carrowcountyhealth.org",
            subject="Complaint about front desk",
            body="To whom it may concern,\n\nOn October 5 I came to the Family Planning clinic for my follow-up after medication abortion. The receptionist read my reason for visit out loud in a full waiting room. I want this addressed.\n\nAnneliese Korver\n555-0158",
        ),
    ),
    Spec(
        phi=False,
        category="Press release on flu clinics",
        notes="Public press release on free flu clinics; no individual.",
        frm="Communications <pio@carrowcountyhealth.org>",
        to="newsdesk@millbrookcourier.com",
        subject="PRESS RELEASE: Free flu and COVID-19 vaccine clinics start Oct 17",
        body="FOR IMMEDIATE RELEASE\n\nCarrow County Public Health will hold free walk-in flu and updated COVID-19 vaccine clinics every Saturday from Oct 17 through Nov 21 at four locations. No insurance needed. Children 6 months and older are eligible for flu vaccine.\n\nMedia contact: Jordan Pike, 555-0104"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Terse text-style result to colleague",
        notes="Hard positive: terse internal note with client initials plus DOB and a reactive HIV rapid test, sent to a partner agency.",
        frm="Marcus Yee <myee@carrowcountyhealth.org>",
        to="linkage@riversidehivcare.org",
        subject="linkage",
        body="new one for you - D.K.O. dob 3/30/01, rapid HIV reactive at outreach van today 10/13, confirm pending, cell 555-0163, ok to text. prefers afternoons.",
    ),
    Spec(
        phi=False,
        category="Aggregate STI rates by ZIP code",
        notes="Hard negative: chlamydia and gonorrhea counts per 5-digit ZIP with small-cell suppression; aggregate only.",
        frm="Epidemiology Unit <epi@carrowcountyhealth.org>",
        to="cha-steering@carrowhealthcoalition.org",
        subject="STI data for the Community Health Assessment",
        body="For the CHA chapter on sexual health, attached are 2025 counts and rates per 100,000. Counts of 1-4 are suppressed (*).",
        atts=(
            Att(
                "CHA_STI_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "By ZIP": [
                            ["ZIP", "Chlamydia", "Gonorrhea", "Syphilis (P&S)", "Rate CT /100k"],
                            ["60913", 212, 61, "*", 712.4],
                            ["60914", 148, 39, 6, 655.1],
                            ["60917", 31, 8, "*", 301.2],
                        ],
                        "By age": [
                            ["Age", "Chlamydia", "Gonorrhea"],
                            ["15-19", 121, 22],
                            ["20-24", 168, 47],
                            ["25-29", 74, 31],
                        ],
                        "Notes": [
                            ["Source", "Lanark NEDSS, extracted 2026-09-30"],
                            ["Suppression", "1-4 suppressed"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Tobacco cessation program enrolment confirmation",
        notes="Hard positive: cheerful programme welcome reveals a named person's tobacco-treatment enrolment, patch dose, COPD and home address.",
        frm="Quit Carrow <quit@carrowcountyhealth.org>",
        to="dwayne.ostrander@hotmail.com",
        subject="Welcome to Quit Carrow",
        html_only=True,
        body="Dwayne,\n\nYou're enrolled in Quit Carrow. Your coach is Emily and your first call is Monday at 6 pm. Your free 21 mg nicotine patches (8 weeks) will be mailed to 54 Pine Hollow Rd this week. Since you mentioned your COPD, Emily will also go over the pulmonary rehab referral with you.\n\nYou've got this!\nQuit Carrow Team",
        html="<p>Dwayne,</p><p>You're enrolled in <b>Quit Carrow</b>. Your coach is Emily and your first call is Monday at 6 pm. Your free 21 mg nicotine patches (8 weeks) will be mailed to 54 Pine Hollow Rd this week. Since you mentioned your COPD, Emily will also go over the pulmonary rehab referral with you.</p><p>Quit Carrow Team</p>",
    ),
    Spec(
        phi=False,
        category="Staff COVID exposure notice without names",
        notes="Hard negative: workplace exposure notice to staff of one floor; no individual identified.",
        frm="Employee Health <employeehealth@carrowcountyhealth.org>",
        to="floor2-staff@carrowcountyhealth.org",
        subject="Possible COVID-19 exposure - 2nd floor, Oct 8-9",
        body="A person who was on the 2nd floor on October 8 and 9 has tested positive for COVID-19. You do not need to stay home if you feel well. Test on day 5 if you were in the break room for more than 15 minutes. Free tests are at the front desk. We will not share who it was; please don't ask.\n\nEmployee Health"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Death certificate query to funeral home",
        notes="Hard positive: funeral director asked to correct a named decedent's cause of death (fentanyl toxicity) on a death certificate.",
        frm="Vital Records <vitalrecords@carrowcountyhealth.org>",
        to="arrangements@haverfordfuneralhome.com",
        subject="Amendment needed - certificate 2026-CC-01187",
        body="Good morning,\n\nThe certificate for Leonard P. Mrozek (date of death 10/03/2026) was rejected by the state: Part I line a reads 'overdose' but the medical examiner's pending report now lists acute fentanyl and xylazine toxicity. Please have the certifier sign the amendment in EDRS by Friday.\n\nHelen Cody, Deputy Registrar"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Grant report to state with program totals",
        notes="Program totals of home visits and outcomes; aggregate, no individual.",
        frm="Maternal Child Health <mch@carrowcountyhealth.org>",
        to="mchblockgrant@lanarkdoh.gov",
        subject="Q4 FY26 MCH block grant performance report",
        body="Attached. Highlights: 1,184 home visits to 212 families; 88% of infants had a well-child visit by 30 days; 14 referrals for perinatal depression, 12 connected to care.",
        atts=(
            Att(
                "MCH_Q4FY26.pdf",
                "application/pdf",
                pdf(
                    [
                        "CARROW COUNTY PUBLIC HEALTH DEPARTMENT",
                        "MCH Block Grant - Q4 FY2026 Performance Report",
                        "Families served: 212   Home visits: 1,184",
                        "Well-child visit within 30 days of birth: 88%",
                        "Perinatal depression referrals: 14 (12 connected)",
                        "Safe sleep education delivered: 97% of visits",
                    ],
                    "MCH Q4 FY26",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Refugee health screening results to resettlement agency",
        notes="Names a refugee family's members with latent TB and hepatitis B screening results to a resettlement caseworker.",
        frm="Refugee Health Program <refugeehealth@carrowcountyhealth.org>",
        to="caseworker3@millbrookrefugeeservices.org",
        subject="Domestic screening complete - Habibi family",
        body="Hi Amina,\n\nAll five members of the Habibi family finished domestic screening. Follow-up needed:\n- Farid (father): IGRA positive, chest X-ray normal - latent TB, referred to Carrow TB Control for treatment.\n- Samira (daughter, 12): hepatitis B surface antigen positive - referred to Dr. Oyelaran GI clinic 10/22.\nEveryone else: up to date on catch-up vaccines after today.\n\nThanks for arranging the interpreter.\nJoy Ferrante, RN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Clinician bio for website",
        notes="Hard negative: the STI clinic medical director's biography mentions HIV and hepatitis C as specialties; clinician, not patient.",
        frm="Communications <pio@carrowcountyhealth.org>",
        to="webmaster@carrowcounty.gov",
        subject="New bio for Sexual Health Clinic page",
        body="Please replace the bio on /sexualhealth with:\n\nDr. Imani Roquemore, MD, MPH, is medical director of our Sexual Health Clinic. Board-certified in infectious diseases, she has treated people living with HIV and hepatitis C for 15 years and leads our doxy-PEP and PrEP services. NPI 1083919872.\n\nHeadshot attached.",
        atts=(Att("roquemore_headshot.png", "image/png", png(6, 6, (120, 90, 70))),),
    ),
    Spec(
        phi=True,
        category="Photo of rash sent to consulting dermatologist",
        notes="Hard positive: image file named after the patient and the suspected mpox diagnosis; the body gives only first name and age.",
        frm="Sexual Health Clinic <shc@carrowcountyhealth.org>",
        to="teledermconsult@lanarkstateu-health.edu",
        subject="Telederm consult request",
        body="Dr. Abiodun,\n\nCould you look at the attached lesion photo? Patient Theo, 29, painful anogenital lesions x5 days, mpox PCR pending. We are deciding on tecovirimat.\n\nThanks, Dr. Roquemore",
        atts=(
            Att("Theo_Vasquez-Lund_mpox_lesion_1013.png", "image/png", png(8, 8, (190, 120, 110))),
        ),
    ),
    Spec(
        phi=False,
        category="Dental sealant school consent form template",
        notes="Blank consent form template for a school dental programme; fields but no data.",
        frm="Oral Health Program <oralhealth@carrowcountyhealth.org>",
        to="principals@carrowschools.k12.ln.us",
        subject="Sealant program consent forms for November",
        body="Principals, attached is the blank consent form (English) for the November school sealant visits. Please send home in Friday folders. Forms come back to the school nurse, not to us by email.",
        atts=(
            Att(
                "sealant_consent_blank.txt",
                "text/plain",
                "CARROW COUNTY SCHOOL SEALANT PROGRAM - PARENT CONSENT\n\nChild's name: ________________  Date of birth: ___/___/_____\nSchool: ____________  Grade: ___\nMedicaid ID (if any): ______________\nDoes your child have any allergies or heart conditions? ______\n\n[ ] YES, my child may receive a free dental screening and sealants.\nParent signature: ______________  Phone: ____________\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to parent about child's lead level",
        notes="Reply to parent's personal email about her son's blood lead result and follow-up testing.",
        frm="Denise Harwell <dharwell@carrowcountyhealth.org>",
        to="chioma.okafor.home@gmail.com",
        subject="RE: Tobenna's lead test",
        body="Hi Chioma,\n\nYes, Tobenna's venous lead level from 10/2 was 14.2 micrograms per deciliter. That is above the action level, so we will retest in one month and a housing inspector will visit 18 Quarry Lane to look for lead paint. Keep up the iron-rich foods we talked about.\n\nDenise Harwell, RN\nHealthy Homes Program"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Septic system permit approval",
        notes="Hard negative: named homeowner at a personal mailbox and street address, but a septic permit carries no health information.",
        frm="Environmental Health <envhealth@carrowcountyhealth.org>",
        to="gsorensen.farm@gmail.com",
        subject="Septic permit SP-26-311 approved",
        body="Mr. Sorensen,\n\nYour permit to install a new mound septic system at 3150 County Road K is approved. Your installer must call for the pre-cover inspection at 555-0112. The permit is valid for one year.\n\nEnvironmental Health Division"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Zip of case interview forms to state",
        notes="Hard positive: zip of scanned-form text for two named Legionella cases; cover note mentions only the outbreak code.",
        frm="Kiran Dallow <kdallow@carrowcountyhealth.org>",
        to="outbreaks@lanarkdoh.gov",
        subject="OB-26-044 interview forms",
        body="Interview forms for OB-26-044 attached as agreed. Password-free since this is going over your TLS-enforced domain.\n\nKiran"
        + SIG,
        atts=(
            Att(
                "OB-26-044_forms.zip",
                "application/zip",
                zipped(
                    {
                        "case1_form.txt": "LEGIONELLOSIS CASE REPORT FORM (scanned)\nName: WHITLOCK, Bernard J    DOB: 11/02/1951\nAddress: 600 Harbor View Apt 14C, Millbrook\nOnset: 09/30/2026  Urine antigen: POSITIVE  Admitted ICU St Brigid 10/02\nExposures: hot tub at Harbor View fitness room\n",
                        "case2_form.txt": "LEGIONELLOSIS CASE REPORT FORM (scanned)\nName: PALAMAR, Oksana     DOB: 04/17/1944\nAddress: 600 Harbor View Apt 9A, Millbrook\nOnset: 10/04/2026  Sputum culture: L. pneumophila sg1\nOutcome: recovering\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded invitation to regional conference",
        notes="Forwarded conference invite on harm reduction; no individual.",
        frm="Kiran Dallow <kdallow@carrowcountyhealth.org>",
        to="epi-team@carrowcountyhealth.org",
        subject="FW: Call for abstracts - Great Lakes Public Health Conference",
        body="FYI - the Legionella investigation would make a good abstract (aggregate only, obviously).",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Conference Committee <abstracts@greatlakesph.org>",
            to="kdallow@carrowcountyhealth.org",
            subject="Call for abstracts - Great Lakes Public Health Conference",
            body="Submit abstracts on outbreak response, harm reduction and health equity by December 1. Oral and poster sessions. Registration opens November 15.",
        ),
    ),
    Spec(
        phi=False,
        category="Naloxone vending machine restock log",
        notes="Hard negative: restock log with machine serial numbers and unit counts; device IDs belong to machines, not people.",
        frm="Harm Reduction Program <harmreduction@carrowcountyhealth.org>",
        to="ops@vendsafeinc.com",
        subject="Restock log Sept - naloxone/fentanyl strip machines",
        body="Attached is September's restock log for the three units. Unit SN NV-30982-B jammed twice; please schedule a service visit.",
        atts=(
            Att(
                "restock_sept.csv",
                "text/csv",
                "machine_sn,site,date,naloxone_kits_added,fts_added,kits_dispensed_month\nNV-30982-B,Millbrook Library,2026-09-04,40,100,77\nNV-30982-B,Millbrook Library,2026-09-21,40,100,77\nNV-31044-A,Eastgate Transit Center,2026-09-11,40,80,52\nNV-31107-A,County Jail Lobby,2026-09-15,30,60,41\n",
            ),
        ),
    ),
]
