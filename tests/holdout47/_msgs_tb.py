"""Outbound mail of the Carrow County Tuberculosis Control Program (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nCarrow County TB Control Program\n412 Courthouse Square, Suite B, Millbrook | 555-0140 | fax 555-0141"
SIG_SHORT = "\n-- TB Control, Carrow County"

HL7_TB = (
    "MSH|^~\\&|LABCORE|LANARK PHL|CCTB|CARROW TB CONTROL|20261012161000||ORU^R01^ORU_R01|PHL-TB-88104|P|2.5.1\r"
    "PID|1||PHL7730415^^^LPHL^PI~TB-2026-017^^^CCTB^MR||NAKASHIMA^HIRO||19670908|M|||1209 Dunmore Ave^^Millbrook^LN^60913\r"
    "OBR|1||PHL-88104|11545-1^Mycobacterium sp identified in Sputum^LN|||20260921\r"
    "OBX|1|ST|11545-1^Mycobacterium sp identified^LN||Mycobacterium tuberculosis complex||||||F\r"
    "OBX|2|ST|29604-6^Rifampin susc^LN||Susceptible||||||F\r"
    "OBX|3|ST|18934-0^Isoniazid susc^LN||Resistant (0.1 ug/mL)||||||F\r"
)

CCDA_TB = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Transition of Care Summary - Carrow TB Control</title>
  <effectiveTime value="20261014"/>
  <recordTarget><patientRole>
    <id extension="TB-2026-009" root="2.16.840.1.113883.3.4747.1"/>
    <addr><streetAddressLine>88 Westbrook Ct</streetAddressLine><city>Millbrook</city><postalCode>60917</postalCode></addr>
    <patient><name><given>Esperanza</given><family>Quiroga</family></name><birthTime value="19790512"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>Pulmonary tuberculosis, culture-confirmed (A15.0); type 2 diabetes</text></section></component>
    <component><section><title>Medications</title><text>Rifampin 600 mg, isoniazid 300 mg, pyridoxine 50 mg daily - continuation phase, month 4 of 6</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_835 = (
    "ISA*00*          *00*          *ZZ*LANARKMCD      *ZZ*CARROWTB       *261009*0800*^*00501*000000881*0*P*:~"
    "GS*HP*LANARKMCD*CARROWTB*20261009*0800*881*X*005010X221A1~"
    "ST*835*0001~BPR*I*342.50*C*ACH*CCP*01*071000013*DA*5550147*1234567890*20261009~"
    "TRN*1*EFT88104*1234567890~N1*PR*LANARK MEDICAID~N1*PE*CARROW COUNTY TB CONTROL*XX*1577386208~"
    "CLP*TB-CLM-3307*1*410*342.50**MC*2026280011~NM1*QC*1*BAPTISTE*JEAN-RENE****MI*LMC55102938~"
    "SVC*HC:86480*120*98.50~SVC*HC:71046*90*74~SVC*HC:99214*200*170~"
    "SE*11*0001~GE*1*881~IEA*1*000000881~"
)

ICS_DOT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Carrow TB Control//DOT//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:dot-ws-ak-1015@carrowtbcontrol.org\r\nDTSTAMP:20261012T120000Z\r\n"
    "DTSTART:20261015T130000Z\r\nDTEND:20261015T131500Z\r\nSUMMARY:Video DOT - A. Kowalczyk - RIPE dose\r\n"
    "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=20\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_COALITION = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Carrow TB Control//Meetings//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:tb-coalition-q4@carrowtbcontrol.org\r\nDTSTAMP:20261012T120000Z\r\n"
    "DTSTART:20261110T190000Z\r\nDTEND:20261110T203000Z\r\nSUMMARY:Regional TB Elimination Coalition - Q4 meeting\r\n"
    "LOCATION:Carrow County Admin Bldg, Room 204 / Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Drug-resistance lab result forwarded to treating physician",
        notes="HL7 sputum result with patient name, DOB, address and isoniazid resistance sent to the treating pulmonologist.",
        frm="Dr. Simone Achterberg <sachterberg@carrowtbcontrol.org>",
        to="dr.pellegrino@millbrookpulmonary.com",
        subject="INH resistance on your patient - regimen change needed",
        body="Dr. Pellegrino,\n\nThe state lab reports isoniazid mono-resistance on Hiro Nakashima's 9/21 sputum isolate (HL7 attached; rifampin susceptible). I'd suggest switching to RIF/EMB/PZA/levofloxacin for 6 months per ATS/CDC/IDSA. Happy to discuss on a call today.\n\nSimone Achterberg, MD, TB Medical Consultant"
        + SIG,
        atts=(Att("PHL-TB-88104.hl7", "application/hl7-v2", HL7_TB),),
    ),
    Spec(
        phi=False,
        category="TB program annual statistics to state",
        notes="Hard negative: annual county TB counts by country of birth and drug resistance; aggregate only.",
        frm="TB Control Program <tb@carrowtbcontrol.org>",
        to="tbelimination@lanarkdoh.gov",
        subject="2025 TB program evaluation indicators (NTIP)",
        body="Attached are our 2025 NTIP indicators. 19 verified cases (rate 4.1/100k); 84% completed treatment within 12 months; 2 INH-resistant, 0 MDR. Contact evaluation: 212 contacts, 91% evaluated, 27 LTBI diagnosed.",
        atts=(
            Att(
                "NTIP_2025_Carrow.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            ["Indicator", "2024", "2025"],
                            ["Verified TB cases", 15, 19],
                            ["Rate per 100,000", 3.3, 4.1],
                            ["Non-US-born", 11, 14],
                            ["INH-resistant", 1, 2],
                        ],
                        "Contacts": [
                            ["Indicator", "2025"],
                            ["Contacts identified", 212],
                            ["Evaluated", 193],
                            ["LTBI diagnosed", 27],
                            ["LTBI treatment completed", 19],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Video DOT schedule invite",
        notes="Hard positive: calendar invite to an outreach worker names the client by initial and surname and his TB regimen; body empty of details.",
        frm="DOT Scheduling <dot@carrowtbcontrol.org>",
        to="wsantiago@carrowtbcontrol.org",
        cc="a.kowalczyk.bakery@gmail.com",
        subject="vDOT slot",
        body="Recurring slot attached.",
        ics=ICS_DOT,
    ),
    Spec(
        phi=False,
        category="Coalition meeting invite",
        notes="Coalition meeting invitation with agenda; no patient.",
        frm="TB Control Program <tb@carrowtbcontrol.org>",
        to="tbcoalition@lanarktbpartners.org",
        subject="Q4 Regional TB Elimination Coalition meeting",
        body="Agenda: 1) LTBI 'test and treat' in primary care, 2) 3HP supply, 3) World TB Day 2027 planning. Teams link in the invite.",
        ics=ICS_COALITION,
    ),
    Spec(
        phi=True,
        category="Isolation order served to patient",
        notes="Legal isolation order PDF naming a person with infectious pulmonary TB, sent to his personal email.",
        frm="Dr. Simone Achterberg <sachterberg@carrowtbcontrol.org>",
        to="vkrastev77@yahoo.com",
        subject="Order - please read today",
        body="Mr. Krastev,\n\nAs we discussed at your home, the attached order requires you to stay home until TB Control tells you that you are no longer contagious. Your nurse Wendy will come every weekday for your medicines. Call 555-0140 with any questions.\n\nDr. Achterberg"
        + SIG,
        atts=(
            Att(
                "Isolation_Order_Krastev.pdf",
                "application/pdf",
                pdf(
                    [
                        "CARROW COUNTY TB CONTROL PROGRAM",
                        "ORDER FOR ISOLATION - Lanark Stat. 144.4803",
                        "To: Viktor Krastev, DOB 07/19/1977, 2901 Saddle Ridge Dr, Millbrook",
                        "Finding: infectious pulmonary tuberculosis (sputum AFB smear 3+, 10/07/2026)",
                        "You must remain in home isolation until released in writing.",
                        "Health Officer: Simone Achterberg, MD",
                    ],
                    "Isolation Order",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Fake patient for EHR training",
        notes="Hard negative: training record for an explicitly fictitious test patient in the TB case-management system.",
        frm="Systems Admin <sysadmin@carrowtbcontrol.org>",
        to="new-staff@carrowtbcontrol.org",
        subject="Practice in the TRAIN environment - test patient login",
        body="Welcome! Before go-live, practice charting in TRAIN (not PROD). Use the fictitious test patient below - this person does not exist:\n\n  ZZTEST, Tuberculo   DOB 01/01/1950   MRN TEST-000001\n  Dx: pulmonary TB (test)   Regimen: RIPE (test)\n\nDo not enter real clients in TRAIN."
        + SIG_SHORT,
    ),
    Spec(
        phi=True,
        category="Contact investigation list to employer",
        notes="Hard positive: employer given list of named co-workers to be tested because of a named index case's infectious TB.",
        frm="Wendy Santiago <wsantiago@carrowtbcontrol.org>",
        to="hr@lakeshorepackagingco.com",
        subject="Workplace testing on 10/20 - confidential",
        body="Ms. Dyer,\n\nThank you for letting us test on site. As you know from your conversation with Dr. Achterberg, Luis Arboleda has active TB and will not return until cleared. The following co-workers on his line shift need a blood test on 10/20: Trinh Pham, Oleksandr Hnatiuk, Keisha Dorn, Samuel Mbeki. Please do not share the reason with other staff.\n\nWendy Santiago, RN, Contact Investigator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="TB screening requirement letter for school staff",
        notes="Generic TB screening requirements for new school employees; no individual.",
        frm="TB Control Program <tb@carrowtbcontrol.org>",
        to="hr@carrowschools.k12.ln.us",
        subject="TB screening for new school employees - updated guidance",
        body="Per the updated state rule, new school employees need a TB risk assessment; only those with risk factors need a TB blood test or skin test. A positive test requires a chest X-ray and referral to TB Control. Attached is the one-page form you can hand out.",
        atts=(
            Att(
                "TB_risk_assessment_form.docx",
                DOCX,
                docx(
                    [
                        "Carrow County TB Control - TB Risk Assessment for School Employees",
                        "1. Were you born in or lived more than 1 month in a country with elevated TB rates?  Y / N",
                        "2. Have you ever had close contact with someone with infectious TB?  Y / N",
                        "3. Do you have a condition that weakens the immune system?  Y / N",
                        "If any answer is YES, get a TB blood test (IGRA).",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Transition of care C-CDA to new county",
        notes="C-CDA transfer document with name, DOB, address and TB regimen sent to another county's TB programme when the patient moved.",
        frm="TB Control Program <tb@carrowtbcontrol.org>",
        to="tbnurse@hollinsworthcounty.gov",
        subject="Interjurisdictional transfer - TB-2026-009",
        body="Hello,\n\nOur patient moved to your county on 10/10 and is in month 4 of 6 of treatment. The C-CDA summary is attached, and the IRN form will follow through the state. She is reliable with self-administered therapy but needs DOT restarted per your policy.\n\nMaria Ng, RN, Case Manager"
        + SIG,
        atts=(Att("TB-2026-009_transfer.xml", "application/xml", CCDA_TB),),
    ),
    Spec(
        phi=False,
        category="Tuberculin supply order",
        notes="Vendor order for PPD and IGRA tubes; no individual.",
        frm="Clinic Supply <supply@carrowtbcontrol.org>",
        to="orders@midwestclinicaldist.com",
        subject="PO 26-1183 Tubersol and QFT tubes",
        body='Please ship:\n- Tubersol 5 TU/0.1 mL, 10-test vials x 30\n- QuantiFERON-TB Gold Plus tube sets x 400\n- 27G 1/2" TB syringes x 5 boxes\nShip to the clinic address below, attention Clinic Supply.\n\nRandy Kalb'
        + SIG,
    ),
    Spec(
        phi=True,
        category="Medicaid remittance 835 forwarded to billing vendor",
        notes="Hard positive: 835 remittance lists a patient name, Medicaid member ID and TB-related services; body is routine.",
        frm="Billing <billing@carrowtbcontrol.org>",
        to="support@clearpathrcm.com",
        subject="ERA 881 - posting discrepancy",
        body="Hi ClearPath, this ERA posted $0 in our system though the payer paid $342.50. Can you reprocess? ERA file attached. (You're on our BAA list.)",
        atts=(Att("ERA_881.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=False,
        category="World TB Day planning with NPIs of speakers",
        notes="Hard negative: speaker list for an event with clinicians' names, specialties and NPIs; no patient.",
        frm="TB Control Program <tb@carrowtbcontrol.org>",
        to="events@carrowhealthcoalition.org",
        subject="World TB Day 2027 - speaker list for CME application",
        body="For the CME application, our confirmed speakers:\n\n- Simone Achterberg, MD (infectious diseases), NPI 1577386208\n- Gabriel Ituarte, MD (pulmonology), NPI 1743083135\n- Maria Ng, RN, TB nurse case manager\n\nTopics: drug-resistant TB, LTBI treatment with 3HP, and TB in people with diabetes."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Chest X-ray request to radiology",
        notes="Radiology order naming a contact with positive IGRA and DOB.",
        frm="TB Clinic <tbclinic@carrowtbcontrol.org>",
        to="scheduling@millbrookimaging.com",
        subject="CXR request",
        body="Please schedule a PA/lateral chest X-ray for Keisha Dorn, DOB 12/09/1990, phone 555-0172. Reason: positive QuantiFERON (contact to active case), r/o active TB. Bill Carrow TB Control, account 40-7731. Fax report to 555-0141.\n\nThanks, TB Clinic",
    ),
    Spec(
        phi=False,
        category="Respirator fit-test reminder for staff",
        notes="Staff N95 fit-testing reminder; a workforce health task, no individual health info.",
        frm="TB Control Program <tb@carrowtbcontrol.org>",
        to="tb-staff@carrowtbcontrol.org",
        subject="Annual N95 fit testing - sign up",
        body="Annual N95 fit testing is Oct 27-29 in Room 110. Please sign up for a 15-minute slot on the shared sheet. No facial hair along the seal line. Anyone who needs a PAPR instead, let me know."
        + SIG_SHORT,
    ),
    Spec(
        phi=True,
        category="Encrypted zip of contact investigation to state",
        notes="Hard positive: password-protected zip sent to the state; its file names reveal a TB index case by name.",
        frm="Wendy Santiago <wsantiago@carrowtbcontrol.org>",
        to="tbcontacts@lanarkdoh.gov",
        subject="Contact investigation files (encrypted)",
        body="Attached, encrypted. Password by phone as usual. Contains the Lakeshore Packaging contact list and the index case interview.\n\nWendy"
        + SIG,
        atts=(
            Att(
                "CI_Arboleda_Luis_TB2026-021.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Arboleda_index_interview.txt": "Index: Luis Arboleda, DOB 05/30/1985. Symptoms since August. Smear 2+, cavitary LUL.\n",
                        "contacts.csv": "name,relationship,exposure_hours,igra\nTrinh Pham,coworker,120,pending\nKeisha Dorn,coworker,160,positive\n",
                    },
                    "Lk7#carrow",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Policy document with example identifiers",
        notes="Hard negative: records policy listing field names (name, DOB, MRN) as examples of what to protect; no real person.",
        frm="TB Control Program <tb@carrowtbcontrol.org>",
        to="tb-staff@carrowtbcontrol.org",
        subject="Revised policy TB-07: records and transmission of case data",
        body="The revised records policy is attached. Main change: case files go to other jurisdictions only through the state secure file transfer, never email attachments.",
        atts=(
            Att(
                "Policy_TB-07_rev2026.docx",
                DOCX,
                docx(
                    [
                        "Policy TB-07: Confidentiality and Transmission of Case Data",
                        "Protected fields include: name, date of birth, medical record number, address, phone, country of birth, HIV status, sputum results.",
                        "Example of a correct secure-transfer cover note: 'Transfer for case ID ######, see SFTP.'",
                        "Never place a client name or diagnosis in an email subject line.",
                        "Approved by: TB Program Manager, October 2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="LTBI treatment completion certificate to client",
        notes="Certificate of completion of latent TB treatment sent to a named client's personal email for her employer.",
        frm="TB Clinic <tbclinic@carrowtbcontrol.org>",
        to="farah.habibi.mb@gmail.com",
        subject="Your certificate",
        body="Dear Ms. Habibi,\n\nCongratulations on finishing your 4 months of rifampin for latent TB infection! Your completion certificate is attached - you can give it to your employer's nursing school program. You do not need more chest X-rays unless you get symptoms.\n\nTB Clinic"
        + SIG,
        atts=(
            Att(
                "LTBI_completion_Habibi.pdf",
                "application/pdf",
                pdf(
                    [
                        "CARROW COUNTY TB CONTROL PROGRAM",
                        "Certificate of Completion - Treatment for Latent TB Infection",
                        "Name: Farah Habibi     DOB: 03/02/1998",
                        "Regimen: rifampin 600 mg daily x 4 months (4R), completed 10/09/2026",
                        "Signed: Maria Ng, RN",
                    ],
                    "LTBI Completion",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate LTBI cascade chart",
        notes="Hard negative: PNG chart and counts of LTBI care cascade for a quarterly report; aggregate.",
        frm="TB Epidemiology <tbepi@carrowtbcontrol.org>",
        to="tbelimination@lanarkdoh.gov",
        subject="Q3 LTBI cascade chart for the newsletter",
        body="Chart attached: 418 tested, 61 positive, 52 evaluated, 40 started treatment, 29 completed. Feel free to use it in the state newsletter.",
        atts=(Att("ltbi_cascade_q3.png", "image/png", png(10, 6, (40, 90, 160))),),
    ),
    Spec(
        phi=True,
        category="Jail inmate TB clearance to corrections nurse",
        notes="Names a jail inmate with booking number and his TB treatment status for housing decisions.",
        frm="Dr. Simone Achterberg <sachterberg@carrowtbcontrol.org>",
        to="medical@carrowcountyjail.org",
        subject="Clearance for general population",
        body="Nurse Hadley,\n\nInmate Dominic Reyes-Bauer (booking #J26-04418) has had 3 negative sputum smears and 2 weeks of effective therapy. He is no longer considered infectious and may move to general population. He must continue DOT daily; our outreach worker will come to the jail at 9 am.\n\nDr. Achterberg"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Out of office reply",
        notes="Hard negative: auto-reply whose echoed subject mentions a patient's drug resistance but identifies no one.",
        frm="Maria Ng <mng@carrowtbcontrol.org>",
        to="dr.pellegrino@millbrookpulmonary.com",
        subject="Automatic reply: INH resistance on your patient - regimen change needed",
        body="I am out of the office until Monday 10/19. For urgent TB clinical questions call the TB Control main line, 555-0140.",
    ),
    Spec(
        phi=True,
        category="Reply to relative about father's sputum results",
        notes="Hard positive: reply to a daughter's personal mailbox; the father is identified only by relationship, yet his sputum is still smear positive.",
        frm="Wendy Santiago <wsantiago@carrowtbcontrol.org>",
        to="ana.k.mendes@icloud.com",
        subject="RE: Dad",
        body="Hi Ana,\n\nYour dad asked me to keep you updated. His sputum from last week is still smear positive, so he has to stay home a bit longer - probably two to three more weeks. He is taking every dose and his liver tests are fine. I'll see him tomorrow at 8:30 as usual.\n\nWendy\n\n> How is Dad doing? Is he still contagious? - Ana"
        + SIG_SHORT,
    ),
    Spec(
        phi=False,
        category="Immigration civil surgeon Class B notification process",
        notes="Hard negative: process memo about Class B arrival notifications, using counts and field names only.",
        frm="TB Control Program <tb@carrowtbcontrol.org>",
        to="civilsurgeons@lanarkmedsociety.org",
        subject="How we follow up Class B arrivals (for civil surgeons)",
        body="Civil surgeons,\n\nEach year we receive about 40 EDN notifications for newly arrived immigrants and refugees with Class B TB conditions. We contact each arrival within 30 days for a chest X-ray and IGRA. If you see a Class B arrival first, send the results to us through the state SFTP (not email). Questions: 555-0140."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Hospital discharge planning for TB patient",
        notes="Hospital case manager told of a named inpatient's TB, housing need and DOT arrangements.",
        frm="Maria Ng <mng@carrowtbcontrol.org>",
        to="casemgmt@stbrigidmedical.org",
        subject="D/C plan - rm 612",
        body="Hi Tom,\n\nFor Mr. Amadou Sissoko in 612 (pulmonary TB, HIV co-infection): he cannot be discharged to the shelter while infectious. We have a motel room for him from 10/15 under our housing fund and will start DOT there the morning after discharge. Please send the discharge med list (RIPE + biktarvy) to fax 555-0141.\n\nMaria"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Migrant farmworker outreach flyer",
        notes="Outreach flyer about free TB testing for farmworkers; no individual.",
        frm="TB Outreach <outreach@carrowtbcontrol.org>",
        to="office@valleygrowerscoop.com",
        subject="Free TB testing at your farms - Nov 3-5",
        body="",
        html="<html><body><h1>Free TB testing</h1><p>The Carrow County TB Control Program will offer free TB blood tests at the packing sheds on <b>November 3-5</b>. No insurance or ID needed. Spanish and Q'anjob'al interpreters available.</p><p>Symptoms of TB: cough for 3 weeks, fever, night sweats, weight loss.</p><p>Questions: 555-0140</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Monthly DOT roster spreadsheet",
        notes="Roster of named clients with addresses, regimens and missed doses sent to the outreach contractor.",
        frm="DOT Scheduling <dot@carrowtbcontrol.org>",
        to="coordinator@millbrookcommunityhealthworkers.org",
        subject="November DOT roster",
        body="Roster for November attached. Two new clients (tabs 1 and 2). Please note the address change for Mr. Krastev.",
        atts=(
            Att(
                "DOT_roster_Nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "Active": [
                            ["Client", "Address", "Regimen", "Time", "Missed Oct"],
                            ["Viktor Krastev", "2901 Saddle Ridge Dr", "RIPE", "08:00", 0],
                            ["Amadou Sissoko", "Sunrise Motel rm 14", "RIPE", "09:30", 0],
                            ["Dominic Reyes-Bauer", "Carrow Co Jail", "RIPE", "09:00", 1],
                        ],
                        "LTBI 3HP": [
                            ["Client", "Address", "Regimen", "Day"],
                            ["Keisha Dorn", "45 Alder Way", "3HP weekly", "Wed"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Interpreter services contract renewal",
        notes="Vendor contract correspondence; no individual.",
        frm="TB Program Manager <tbmanager@carrowtbcontrol.org>",
        to="contracts@globalvoiceinterpreting.com",
        subject="Contract renewal FY27",
        body="Hi Dana,\n\nWe'd like to renew for FY27 at the same rates. Could you add Somali and Dari on-site availability on Tuesdays? Last year we averaged 60 phone minutes a week.\n\nPeter Olsson, TB Program Manager"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Abbreviated clinic note to consulting ID doctor",
        notes="Hard positive: abbreviation-heavy note with full name, age and smear/culture results sent to an outside consultant.",
        frm="Dr. Simone Achterberg <sachterberg@carrowtbcontrol.org>",
        to="idconsult@lanarkstateu-health.edu",
        subject="curbside",
        body="Raj - 54M, Gerhard Loewen, T2DM (A1c 11.2), cav RUL, AFB 3+, cx MTBC, GeneXpert RIF not det. Wk 6 RIPE, still smear+ and wt down 3 kg. Would you extend to 9 mo or add? Also TDM - rif level 4.1 at 2h. Thx, S.",
    ),
    Spec(
        phi=False,
        category="Quarterly TB cohort review invitation",
        notes="Hard negative: cohort review notice giving only case counts by site and outcome; no names or case IDs.",
        frm="TB Control Program <tb@carrowtbcontrol.org>",
        to="tb-staff@carrowtbcontrol.org",
        cc="tbelimination@lanarkdoh.gov",
        subject="Cohort review Oct 29 - 2026 Q1 cohort",
        body="Cohort review for Q1 2026 is on 10/29 at 1 pm. Cohort: 6 cases (4 pulmonary, 2 extrapulmonary); 5 on track, 1 moved out of state. Case managers, bring your presentation sheets; state colleagues will join by Teams.",
    ),
    Spec(
        phi=True,
        category="Zip of chest X-ray reports for contact investigation",
        notes="Hard positive: zip of radiology report text files with patient names and findings; message body only gives a batch number.",
        frm="TB Clinic <tbclinic@carrowtbcontrol.org>",
        to="readers@b-readersgroup.com",
        subject="Batch CR-1013 for over-read",
        body="Batch CR-1013 attached for B-reader over-read. Turnaround 72 h please." + SIG_SHORT,
        atts=(
            Att(
                "CR-1013.zip",
                "application/zip",
                zipped(
                    {
                        "Pham_Trinh_CXR.txt": "PA/LAT chest 10/12/2026. Patient: PHAM, TRINH. No infiltrate or cavity. Impression: normal.",
                        "Hnatiuk_O_CXR.txt": "PA/LAT chest 10/12/2026. Patient: HNATIUK, OLEKSANDR. Calcified granuloma RUL. Impression: old healed granulomatous disease.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="BCG vaccine information for travellers",
        notes="General information on BCG vaccine availability; no individual.",
        frm="TB Clinic <tbclinic@carrowtbcontrol.org>",
        to="travelclinic@millbrookregional.org",
        subject="RE: BCG availability",
        body="Hi,\n\nWe don't stock BCG; it is only used in the US in narrow circumstances (e.g. children exposed to MDR-TB who can't be treated). For health-care workers going abroad we recommend a baseline IGRA before and 8-10 weeks after return.\n\nTB Clinic"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded patient email about medication side effects",
        notes="Forward to the TB physician of a named patient's message reporting vision changes on ethambutol.",
        frm="Maria Ng <mng@carrowtbcontrol.org>",
        to="sachterberg@carrowtbcontrol.org",
        cc="ophthalmology.referrals@millbrookeye.com",
        subject="FW: blurry vision",
        body="Simone, see below from Ms. Quiroga's cousin. Ethambutol ocular toxicity? I've cc'd Millbrook Eye so they can fit her in this week.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Lucia Quiroga <lucia.quiroga.88@hotmail.com>",
            to="mng@carrowtbcontrol.org",
            subject="blurry vision",
            body="Hello Maria, my cousin Esperanza says since Saturday she sees colors faded and blurry in the left eye. She takes the TB pills every morning. What should she do?",
        ),
    ),
    Spec(
        phi=False,
        category="Health department newsletter TB article",
        notes="HTML newsletter about TB awareness and a clinician profile; no patient.",
        frm="TB Control Program <tb@carrowtbcontrol.org>",
        to="newsletter@carrowcountyhealth.org",
        subject="Article for the November newsletter",
        body="",
        html="<html><body><h2>TB is still here</h2><p>Carrow County reported 19 TB cases in 2025. Most TB in the county comes from latent infection acquired years ago. Meet nurse <b>Maria Ng</b>, who has managed TB cases for 12 years and speaks Cantonese and Mandarin.</p><p>Talk to your doctor about a TB blood test if you were born in a country where TB is common.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Text attachment phone log of missed doses",
        notes="Hard positive: txt attachment phone log names a client and missed TB doses; body is a one-liner.",
        frm="Wendy Santiago <wsantiago@carrowtbcontrol.org>",
        to="tbmanager@carrowtbcontrol.org",
        cc="legal@carrowcounty.gov",
        subject="for the noncompliance file",
        body="Log attached for the county attorney's review.",
        atts=(
            Att(
                "phone_log_oct.txt",
                "text/plain",
                "10/05 08:00 home visit - V. Krastev not home, neighbor says at work\n10/06 08:00 no answer 555-0177\n10/07 08:10 pt took RIPE dose observed\n10/08 08:00 refused, says pills make him vomit\n10/09 08:00 not home - 3rd missed dose this week\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped lab accession format notice",
        notes="Hard negative: lab notice about new accession number format that looks SSN-like; no individual.",
        frm="TB Clinic <tbclinic@carrowtbcontrol.org>",
        to="tb-staff@carrowtbcontrol.org",
        subject="Heads up: new PHL accession format",
        body="From Monday the state lab uses accession numbers like 426-10-7731 (lab code - month - sequence). They are not Social Security numbers; please don't let the EHR field validation reject them. Old-format accessions (PHL plus 7 digits) still appear on pending results.",
    ),
    Spec(
        phi=True,
        category="Payment for TB treatment via uninsured fund",
        notes="Approval letter naming a patient and his SSN for uninsured TB treatment funding, to the pharmacy.",
        frm="Billing <billing@carrowtbcontrol.org>",
        to="rx.billing@millbrookcommunitypharmacy.com",
        subject="Coverage approval - TB medications",
        body="Pharmacy team,\n\nThe TB Uninsured Treatment Fund will pay for rifapentine and isoniazid (3HP, 12 weekly doses) for Jean-Rene Baptiste, SSN 512-48-7731, DOB 08/14/1982, through 01/2027. Bill Carrow TB Control, group TBFUND. No copay to the patient.\n\nBilling"
        + SIG,
    ),
    Spec(
        phi=False,
        category="TB program staff org chart",
        notes="Staff roster with roles and phone numbers; workforce information only.",
        frm="TB Program Manager <tbmanager@carrowtbcontrol.org>",
        to="partners-list@carrowcountyhealth.org",
        subject="Updated TB Control contacts",
        body="Updated contact list attached.",
        atts=(
            Att(
                "TB_contacts_Oct2026.csv",
                "text/csv",
                "name,role,phone\nPeter Olsson,Program Manager,555-0142\nSimone Achterberg MD,Medical Consultant,555-0143\nMaria Ng RN,Nurse Case Manager,555-0144\nWendy Santiago RN,Contact Investigator,555-0145\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Sputum induction booth maintenance",
        notes="Facilities request about a negative-pressure booth; no patient.",
        frm="TB Clinic <tbclinic@carrowtbcontrol.org>",
        to="facilities@carrowcounty.gov",
        subject="Negative pressure alarm in sputum booth",
        body="The pressure monitor in the sputum induction booth (Room 108) alarmed three times yesterday. We've stopped using it until it's checked. Can HVAC come tomorrow morning?"
        + SIG_SHORT,
    ),
]
