"""Silver Oaks Senior Care: outbound mail that carries PHI, most of it in quiet forms."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import HHH, SOS, Att, Spec

NURSE = f"Trish Malone <tmalone@{SOS}>"
DON = f'"Yvonne Asante, RN DON" <yasante@{SOS}>'

_RUN_SHEET = (
    "resident,apt,pickup,destination,return,notes\r\n"
    "Ferdinand Kowalski,A112,05:40,Lakeview Dialysis - chair 7,10:15,w/c - bring lap blanket\r\n"
    "Opal Jenkins,B204,05:40,Lakeview Dialysis - chair 12,10:15,walker\r\n"
    "Ignatius Obi,A131,11:20,Lakeview Dialysis - chair 3,15:50,needs 2 assist into van\r\n"
)

_FALLS_HTML = """<html><body>
<p>Dr. Ostrowski - falls since Monday for your review before Thursday rounds.</p>
<table border="1" cellpadding="4">
<tr><th>Res</th><th>DOB</th><th>Unit</th><th>Date/time</th><th>Injury</th><th>Action</th></tr>
<tr><td>E.W.</td><td>03/14/1934</td><td>MC</td><td>11/03 02:10</td>
<td>skin tear R forearm</td><td>bed alarm, low bed</td></tr>
<tr><td>J.T.</td><td>09/22/1941</td><td>2W</td><td>11/04 18:45</td>
<td>none</td><td>PT screen, review trazodone</td></tr>
<tr><td>M.R.</td><td>12/01/1929</td><td>AL</td><td>11/06 07:30</td>
<td>hematoma L hip, xray neg</td><td>hold apixaban? pls advise</td></tr>
</table>
<p>Yvonne</p></body></html>"""

_ICS_CONF = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Silver Oaks//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:conf-20261119-pettigrew@silveroaksseniorcare.org\r\n"
    "DTSTAMP:20261109T140000Z\r\nDTSTART:20261119T193000Z\r\nDTEND:20261119T203000Z\r\n"
    "SUMMARY:Care conference - Harold Pettigrew (Memory Care 6)\r\n"
    "DESCRIPTION:Quarterly care plan review: dementia progression (MoCA 11/30)\\, weight loss "
    "4 lb\\, donepezil review\\, hospice eligibility discussion with family.\r\n"
    "LOCATION:Silver Oaks - Magnolia conference room\r\n"
    "ORGANIZER;CN=Anita Sorensen LSW:mailto:asorensen@silveroaksseniorcare.org\r\n"
    "ATTENDEE;CN=Gail Pettigrew:mailto:gail.pettigrew58@outlook.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

_DIETS = (
    "room,resident,diet,texture,liquids,allergies\r\n"
    "MC-3,Lorraine Whitfield,NCS,puree,nectar thick,none\r\n"
    "MC-9,Abdul Rahman Siddiqui,renal 2g Na,mech soft,thin,shellfish\r\n"
    "2W-14,Genevieve Boucher,CCHO diabetic,puree,honey thick,PCN\r\n"
    "2W-21,Horace Lindqvist,regular,mech soft,nectar thick,none\r\n"
)

_MRR = pdf(
    [
        "SILVER OAKS SENIOR CARE - Medication Regimen Review",
        "Resident: Beatrice Lunde     DOB: 07/30/1936     Room: AL-208",
        "Attending: Helen Ostrowski MD (NPI 1681821686)",
        "Diagnoses: HFrEF, CKD 3b, osteoarthritis, insomnia",
        "Current: furosemide 40 mg daily; metoprolol succinate 25 mg daily;",
        "  zolpidem 5 mg qhs; acetaminophen 650 mg TID",
        "Recommendation: taper zolpidem (Beers); trial melatonin 3 mg; BMP in 1 wk",
        "Consultant pharmacist: R. Haddad, PharmD",
    ],
    "MRR Lunde",
)

_REFERRAL = Spec(
    phi=True,
    category="referral",
    notes="inner",
    frm="Case Management <casemgmt@stlukesregional.org>",
    to=f"Admissions <admissions@{SOS}>",
    subject="SNF/AL referral - Okafor, Philomena",
    body=(
        "Good afternoon,\n\nReferring Philomena Okafor (DOB 02/11/1938) for memory care placement "
        "after discharge. Admitted 11/01 with UTI and delirium, now resolved. Hx Alzheimer's "
        "dementia, HTN, A-fib on apixaban 2.5 BID. Wanders at night, needs secured unit.\n"
        "Medicare MBI: 5QT7-HN2-WR48. Expected d/c 11/10.\n\nThanks,\nRoberta Kaye, RN CM\n"
        "St. Luke's Regional"
    ),
)

_ADT = (
    "MSH|^~\\&|SOSEHR|SILVEROAKS|HOMEWARD|HHH|202611101522||ADT^A03|SO88213|P|2.5.1\r"
    "EVN|A03|202611101500\r"
    "PID|1||SO-104882^^^SOS^MR||Castellanos^Rodrigo^M||19390418|M|||44 Quarry Rd^^Brecksville"
    "^OH^44141||(440)555-0187\r"
    "PV1|1|I|AL^112^1||||1681821686^Ostrowski^Helen|||||||||||||||||||||||||||||||||20261024|"
    "20261110\r"
    "DG1|1||I50.22^Chronic systolic heart failure^I10\r"
    "DG1|2||E11.9^Type 2 diabetes without complications^I10\r"
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
 <title>Transfer Summary</title>
 <recordTarget><patientRole>
  <id extension="SO-100347" root="2.16.840.1.113883.3.7716"/>
  <addr><streetAddressLine>Silver Oaks Senior Care, Apt B117</streetAddressLine>
  <city>Independence</city><state>OH</state></addr>
  <patient><name><given>Winifred</given><family>Osei-Bonsu</family></name>
  <administrativeGenderCode code="F"/><birthTime value="19320905"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Reason for transfer</title>
   <text>Acute shortness of breath, SpO2 84% RA, suspected pneumonia. DNR/DNI on file.</text>
  </section></component>
  <component><section><title>Medications</title>
   <text>Lisinopril 10 mg daily; sertraline 50 mg daily; insulin glargine 14 units qhs</text>
  </section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

_ADR_NOTES = {
    "ADR_resp/nursing_notes_oct.txt": (
        "Resident: Cornelius Batiste   MBI: 8KD2-XJ9-CP31\n"
        "10/03 Skilled nursing: IV ceftriaxone day 3 of 7 via PICC, tolerated.\n"
        "10/07 PT: gait 60 ft with RW, min assist.\n"
        "10/12 Wound L sacrum stage 3, 2.1 x 1.4 cm, alginate dressing.\n"
    ),
    "ADR_resp/cover_letter.txt": (
        "Re: Additional Documentation Request, claim 26293004417, dates of service 10/01-10/21.\n"
        "Enclosed are nursing and therapy notes for the resident named above.\n"
    ),
}

_INCIDENT = docx(
    [
        "Silver Oaks Senior Care - Incident Report (confidential, QA privileged)",
        "Resident: Thaddeus Mbeki, Apt A140, DOB 1937-01-26",
        "Date/time: 11/07/2026 21:40",
        "Description: found on floor beside bed, states he slipped reaching for urinal.",
        "Assessment: abrasion R elbow, no LOC, neuro checks q15 min x 4 WNL.",
        "Notified: Dr. Ostrowski 21:55, son Kwame Mbeki 22:05.",
        "Interventions: urinal within reach, floor mat, PT referral.",
    ]
)

_CLAIMS = xlsx(
    {
        "Claims Oct": [
            ["Member ID", "Resident", "DOS", "Rev code", "HCPCS", "Units", "Billed"],
            ["ZGH448120937", "Della Fairweather", "2026-10-01", "0022", "", 31, 12400.0],
            ["ZGH448120937", "Della Fairweather", "2026-10-14", "0424", "97110", 4, 180.0],
            ["W7K301884526", "Leopold Aguilar", "2026-10-03", "0022", "", 18, 7200.0],
        ],
        "Denials": [
            ["Member ID", "Claim", "Reason"],
            ["W7K301884526", "2610-55812", "CO-197 precert absent"],
        ],
    }
)

_X12 = (
    "ISA*00*          *00*          *ZZ*SILVEROAKS     *ZZ*AVAILITY       *261110*1420*^*00501*"
    "000004521*0*P*:~GS*HC*SILVEROAKS*AVAILITY*20261110*1420*4521*X*005010X223A2~"
    "ST*837*0001*005010X223A2~BHT*0019*00*SO4521*20261110*1420*CH~"
    "NM1*85*2*SILVER OAKS SENIOR CARE*****XX*1318468992~"
    "NM1*IL*1*HOLLOWAY*BERNICE****MI*XHT992310457~DMG*D8*19350611*F~"
    "CLM*SO-26-1873*6120***22:A:1*Y*A*Y*Y~DTP*434*RD8*20261001-20261031~"
    "HI*ABK:G3010*ABF:I10~SV2*0022*HP:ZZ*6120*UN*31~SE*10*0001~GE*1*4521~IEA*1*000004521~"
)

_FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "so-100512",
      "name": [{"family": "Valdivia", "given": ["Esperanza"]}],
      "birthDate": "1940-08-19", "telecom": [{"system": "phone", "value": "216-555-0143"}]}},
    {"resource": {"resourceType": "MedicationRequest", "status": "active",
      "subject": {"reference": "Patient/so-100512"},
      "medicationCodeableConcept": {"text": "memantine 10 mg tablet"},
      "dosageInstruction": [{"text": "1 tab by mouth twice daily"}]}}
  ]
}
"""

DISCLAIMER = (
    "\n\n--\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, may contain "
    "protected health information that is privileged and confidential under HIPAA. If you are "
    "not the intended recipient, please notify the sender and delete this message."
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="lowercase surname + vital recheck",
        notes="Hard positive: a lone lower-case surname in the subject with a blood pressure "
        "reading and a recheck order in the body.",
        frm=NURSE,
        to=f"2West Nurses <2westrn@{SOS}>",
        subject="dembele recheck",
        body="BP 168/94 this am, pls recheck after lunch and page Dr. O if still >160 systolic.\n"
        "he refused the amlodipine at 0800, try again w/ applesauce\n\nT",
    ),
    Spec(
        phi=True,
        category="room number + med change",
        notes="Hard positive: a room number is the only handle on the resident; the mail "
        "changes a diuretic dose.",
        frm=f'"Kendra Oyelowo, LPN" <koyelowo@{SOS}>',
        to=f"Night Shift <nightshift@{SOS}>",
        subject="rm 214B - lasix change",
        body="Hospice NP called at 1530. Lasix up to 40mg BID starting tonight, daily weight "
        "before breakfast, call if gain >2lb. MAR updated on paper, pharmacy bringing the new "
        "strength by 2000.\n\n-Kendra",
    ),
    Spec(
        phi=True,
        category="care only in subject, relative greeted",
        notes="Hard positive: the relative is greeted by first name; the therapy evaluation "
        "for her father appears only in the subject.",
        frm=f"Keisha Dunmore <frontdesk@{SOS}>",
        to="dwayne.carrington71@gmail.com",
        subject="Re: your dad's PT evaluation + walker fitting Thurs 2pm",
        body="Hi Dwayne,\n\nConfirming Thursday at 2. Please bring his old walker so they can "
        "compare heights. He can stay in his apartment, they'll come to him.\n\nThanks!\n"
        "Keisha Dunmore\nFront Desk, Silver Oaks Senior Care\n(216) 555-0100\n\n"
        "On Mon, Nov 9, 2026 at 7:12 PM Dwayne Carrington wrote:\n"
        "> Can we do Thursday instead? I work till 1 most days. Also does he need to be in "
        "his\n> room or do they come get him\n>\n> Sent from my iPhone" + DISCLAIMER,
    ),
    Spec(
        phi=True,
        category="chart-style lowercase subject, LTBI",
        notes="Hard positive: chart-style 'surname, initial - condition' subject in lower case "
        "and a treatment start.",
        frm=DON,
        to=f"Infection Prevention <ip@{SOS}>",
        subject="gomez, r - LTBI",
        body="QFT from admission came back positive. CXR clear, no sx. ID (Dr. Farouk) wants "
        "rifampin 600 daily x 4 mo, started today. Baseline LFTs drawn. Not airborne, no "
        "isolation needed, but add to the TB log pls.\n\nYvonne",
    ),
    Spec(
        phi=True,
        category="transport run sheet csv (dialysis)",
        notes="Hard positive: a ride vendor's run sheet with residents' names and dialysis "
        "chair assignments only in the CSV attachment.",
        frm=f"Transportation <transport@{SOS}>",
        to="dispatch@reliableridesoh.com",
        subject="Tuesday run sheet",
        body="Attached is Tuesday's list. Same van as last week please. Call the desk if "
        "anyone isn't ready at pickup.\n\nMarcus Bell\nTransportation Coordinator",
        atts=(Att("run_sheet_1110.csv", "text/csv", _RUN_SHEET),),
    ),
    Spec(
        phi=True,
        category="claims workbook with member ids",
        notes="Hard positive: multi-sheet workbook with member ids, residents' names and claim "
        "lines; the body is neutral billing talk.",
        frm=f"Renee Szabo <billing@{SOS}>",
        to="provider.relations@buckeyehealthplan.com",
        subject="October claim reconciliation",
        body="Hi Jorge,\n\nAs discussed, attached is our October reconciliation with the two "
        "lines still open. Denial tab has the one we think is your error.\n\nRenee Szabo\n"
        "Business Office Manager",
        atts=(Att("oct_recon.xlsx", XLSX, _CLAIMS),),
    ),
    Spec(
        phi=True,
        category="Mrs. K + room + med taper",
        notes="Hard positive: 'Mrs. K' with a room number and an antipsychotic taper.",
        frm=f'"Anita Sorensen, LSW" <asorensen@{SOS}>',
        to=f"Memory Care Team <mcteam@{SOS}>",
        subject="follow up from this morning",
        body="Mrs. K in 118 - daughter agreed to the seroquel taper after all. Dr. O wrote for "
        "12.5 qhs starting tonight, d/c the afternoon dose. Please chart behaviors every "
        "shift for 2 weeks, esp. sundowning around 4-6pm.\n\nAnita",
    ),
    Spec(
        phi=True,
        category="html falls table initials + DOB",
        notes="Hard positive: HTML-only table of falls with initials and full dates of birth.",
        frm=DON,
        to=f"Helen Ostrowski MD <hostrowski@{SOS}>",
        subject="falls this week",
        body="",
        html=_FALLS_HTML,
    ),
    Spec(
        phi=True,
        category="care conference calendar invite",
        notes="Hard positive: the body is empty chit-chat; the name and dementia details sit in "
        "the calendar invite sent to the family's outlook address.",
        frm=f'"Anita Sorensen, LSW" <asorensen@{SOS}>',
        to="gail.pettigrew58@outlook.com",
        subject="Invitation: Thursday 2:30",
        body="Hi Gail, sending the invite for Thursday. Dial-in is fine if you can't drive "
        "over.\n\nAnita",
        ics=_ICS_CONF,
    ),
    Spec(
        phi=True,
        category="diet texture list to food vendor",
        notes="Hard positive: residents' diet orders and thickened liquids in a CSV sent to "
        "the contract kitchen.",
        frm=f'"Mei-Ling Ortiz, RD" <mortiz@{SOS}>',
        to="chef.andre@harvesttablefoodservice.com",
        subject="Thanksgiving - modified textures",
        body="Andre,\n\nHere's the modified-texture list for the Thanksgiving meal. Same as "
        "regular menu otherwise. Puree turkey needs to be molded please, families will be "
        "there.\n\nMei-Ling",
        atts=(Att("modified_diets_thanksgiving.csv", "text/csv", _DIETS),),
    ),
    Spec(
        phi=True,
        category="medication regimen review pdf",
        notes="Resident's medication regimen review PDF with name, DOB and diagnoses.",
        frm=NURSE,
        to="rhaddad@consultrxpartners.com",
        subject="MRR signed - AL-208",
        body="Signed copy attached. Dr. O agreed with the zolpidem taper.",
        atts=(Att("MRR_AL208.pdf", "application/pdf", _MRR),),
    ),
    Spec(
        phi=True,
        category="forwarded hospital referral",
        notes="Hard positive: the outer mail says only 'can we take her Monday'; the patient "
        "and diagnosis are in the forwarded message/rfc822 part.",
        frm=f"Lucia Ferraro <lferraro@{SOS}>",
        to=f"Yvonne Asante <yasante@{SOS}>",
        subject="Fwd: SNF/AL referral",
        body="see below - can we take her Monday? I have MC 4 open.\n-L",
        forward=_REFERRAL,
    ),
    Spec(
        phi=True,
        category="wound photo, name only in file name",
        notes="Hard positive: the resident's name appears only in the PNG file name; the body "
        "names no one.",
        frm=NURSE,
        to=f"Wound NP <woundcare@{HHH}>",
        subject="heel photo",
        body="Photo from this morning after debridement. Measurements are in the chart.",
        atts=(Att("L_heel_Okonkwo_Benedict_1105.png", "image/png", png(6, 6, (180, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="hospice admit in subject",
        notes="Resident's full name and hospice admission in the subject; body is routine.",
        frm=f"Lucia Ferraro <lferraro@{SOS}>",
        to=f"Dept Heads <deptheads@{SOS}>",
        subject="Hollis Vance - hospice admit today",
        body="FYI, please update the census board, and dietary please switch to comfort "
        "tray. Chaplain visit requested by family.",
    ),
    Spec(
        phi=True,
        category="chatty update to daughter",
        notes="Hard positive: reader greeted by first name; 'your mom' plus diet change and "
        "Aricept, no surname anywhere.",
        frm=f"Bernadette Quinlan <bquinlan@{SOS}>",
        to="marisol.v.trevino@yahoo.com",
        subject="good week!",
        body="Hi Marisol,\n\nJust a quick note - your mom had a really good week. She's eating "
        "much better since we switched her to the soft diet, and the new Aricept dose hasn't "
        "bothered her stomach at all. She painted a cardinal on Tuesday, I'll save it for "
        "you.\n\nBernadette\nLife Enrichment, Memory Care",
    ),
    Spec(
        phi=True,
        category="private-pay statement to son",
        notes="Respite stay dates, balance and account number sent to the son's aol address.",
        frm=f"Renee Szabo <billing@{SOS}>",
        to="lthibodeaux@aol.com",
        subject="Statement - account SO-20417",
        body="Mr. Thibodeaux,\n\nYour mother's respite stay 11/1-11/14 is billed as private "
        "pay (Medicare does not cover respite in assisted living). Balance due $3,412.00 by "
        "12/1. Account # SO-20417.\n\nRenee Szabo\nBusiness Office",
    ),
    Spec(
        phi=True,
        category="hl7 adt discharge to home health",
        notes="HL7 ADT^A03 with the resident's name, MRN, address and diagnoses.",
        frm=f"Lucia Ferraro <lferraro@{SOS}>",
        to=f"Intake <intake@{HHH}>",
        subject="hand-off for Monday SOC",
        body="ADT attached for the move-out Monday. Son will be there for the SOC visit.",
        atts=(Att("adt_a03_1110.hl7", "application/hl7-v2", _ADT),),
    ),
    Spec(
        phi=True,
        category="c-cda transfer summary",
        notes="C-CDA transfer summary with name, DOB, MRN and diagnoses.",
        frm=f"Night Supervisor <nightsup@{SOS}>",
        to="ed.transfers@stlukesregional.org",
        subject="transfer summary - sent by EMS 0215",
        body="Transfer summary attached. Family notified. Please call 216-555-0109 with "
        "disposition.",
        atts=(Att("transfer_summary.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="ADR response zip of notes",
        notes="Zip of nursing notes with an MBI for a Medicare documentation request.",
        frm=f"Renee Szabo <billing@{SOS}>",
        to="adr.submissions@palmettogba-rc.com",
        subject="ADR response claim 26293004417",
        body="Please find the ADR response attached.\n\nRenee Szabo",
        atts=(Att("ADR_26293004417.zip", "application/zip", zipped(_ADR_NOTES)),),
    ),
    Spec(
        phi=True,
        category="incident report docx",
        notes="Incident report DOCX naming the resident with the fall and injury.",
        frm=f"Night Supervisor <nightsup@{SOS}>",
        to=f"Risk Management <risk@{SOS}>",
        subject="incident 11/07 A wing",
        body="Report attached.",
        atts=(Att("incident_1107_A140.docx", DOCX, _INCIDENT),),
    ),
    Spec(
        phi=True,
        category="unit + bed + oxygen",
        notes="Hard positive: unit and bed with an oxygen saturation and oxygen started; no name.",
        frm=f'"Samira Haddad, CNA" <shaddad@{SOS}>',
        to=f"2West Nurses <2westrn@{SOS}>",
        subject="3 east bed 2",
        body="can someone check on 3 east bed 2 pls, sat was 86 on RA and she's breathing "
        "fast. I put her on 2L per the standing order and sat is 91 now",
    ),
    Spec(
        phi=True,
        category="claim 837 x12",
        notes="X12 837I claim with the member's name, member id, DOB and dementia code.",
        frm=f"Renee Szabo <billing@{SOS}>",
        to="edi@availity-exchange.com",
        subject="batch 4521",
        body="Resubmitting batch 4521 (one claim) after the NPI correction.",
        atts=(Att("batch4521.x12", "application/edi-x12", _X12),),
    ),
    Spec(
        phi=True,
        category="fhir medication bundle",
        notes="FHIR bundle with Patient name, DOB and phone plus an active memantine order.",
        frm=NURSE,
        to="orders@omnicareltc-rx.com",
        subject="new order - MC",
        body="New order attached (FHIR export from our EHR). Please deliver with tonight's tote.",
        atts=(Att("order_so100512.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=True,
        category="resident photo for wander binder",
        notes="Hard positive: a resident's full-face photo for the memory-care wander-alert "
        "binder; her name is only in the file name.",
        frm=f"Reception <reception@{SOS}>",
        to=f"Security Desk <security@{SOS}>",
        subject="new photo for the exit-seeking binder",
        body="Updated photo for the binder at the front door. Please swap out the old one.",
        atts=(Att("Agatha_Brennan_2026.png", "image/png", png(8, 8, (210, 190, 170))),),
    ),
]
