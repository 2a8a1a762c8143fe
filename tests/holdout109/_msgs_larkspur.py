"""Larkspur Pavilion, an inpatient psychiatric unit: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nLarkspur Pavilion Behavioral Health\n2200 Orchard Terrace, Harrisburg PA\nMain 717-555-0140 | Fax 717-555-0141"
CONF = "\n\nCONFIDENTIALITY NOTICE: This message may contain information protected by federal and state law. If you received it in error, notify the sender and delete it."

HL7_ADT = (
    "MSH|^~\\&|LPV_ADT|LARKSPUR|PAHIE|KEYSTONE|20261020083100||ADT^A03|LPV88213|P|2.5.1\r"
    "EVN|A03|20261020083000\r"
    "PID|1||LPV-4471902^^^LPV^MR||Okafor^Chidinma^A||19930614|F|||418 Linden St^^Harrisburg^PA^17104||717-555-0173\r"
    "PV1|1|I|3N^314^B|||||||PSY||||||||V552810|||||||||||||||||||||||||20261012141500|20261020080000\r"
    "DG1|1||F31.2^Bipolar disorder, current episode manic severe with psychotic features^I10|||A\r"
)

FHIR_MED = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "lpv-5520187", "identifier": [{"system": "urn:lpv:mrn", "value": "LPV-5520187"}], "name": [{"family": "Brennan", "given": ["Theodore"]}], "birthDate": "1961-02-27"}},
    {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order", "subject": {"reference": "Patient/lpv-5520187"}, "medicationCodeableConcept": {"text": "clozapine 200 mg tablet"}, "dosageInstruction": [{"text": "200 mg by mouth at bedtime; weekly ANC per REMS"}]}},
    {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Absolute neutrophil count"}, "subject": {"reference": "Patient/lpv-5520187"}, "valueQuantity": {"value": 2.1, "unit": "10*3/uL"}}}
  ]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary</title>
  <recordTarget><patientRole><id extension="LPV-3390548" root="2.16.840.1.113883.19.5"/>
    <patient><name><given>Marisol</given><family>Quintero</family></name><birthTime value="19880409"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title><text>Admitted 10/09/2026 on involuntary 302 after overdose of sertraline and alcohol. Stabilised; converted to voluntary 201 on 10/12. Safety plan completed. Discharged 10/19/2026.</text></section></component>
    <component><section><title>Discharge Diagnoses</title><text>F32.2 Major depressive disorder, single episode, severe; F10.20 Alcohol use disorder, moderate</text></section></component>
    <component><section><title>Discharge Medications</title><text>sertraline 100 mg daily; naltrexone 50 mg daily; hydroxyzine 25 mg PRN anxiety</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*LARKSPURPAV    *ZZ*KEYHLTHPLAN    *261021*1015*^*00501*000004417*0*P*:~"
    "GS*HC*LARKSPURPAV*KEYHLTHPLAN*20261021*1015*4417*X*005010X223A2~"
    "ST*837*0001*005010X223A2~BHT*0019*00*LPV4417*20261021*1015*CH~"
    "NM1*85*2*LARKSPUR PAVILION BEHAVIORAL HEALTH*****XX*1885182059~"
    "NM1*IL*1*VANCE*DARIUS****MI*KHP80442716~DMG*D8*19990305*M~"
    "CLM*LPV-A2291*9240***21:A:1*Y*A*Y*Y~DTP*435*D8*20261003~DTP*096*D8*20261010~"
    "HI*ABK:F20.9*ABF:F12.20~SV2*0124**8400*UN*7~SE*11*0001~GE*1*4417~IEA*1*000004417~"
)

ICS_FAMILY = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larkspur Pavilion//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:lpv-fam-20261022-0930@larkspurpavilion.org\r\nDTSTAMP:20261019T150000Z\r\n"
    "DTSTART:20261022T133000Z\r\nDTEND:20261022T143000Z\r\n"
    "SUMMARY:Family meeting - discharge planning for Noah Feldstein (Unit 3 North)\r\n"
    "LOCATION:Larkspur Pavilion, Family Room 3N\r\n"
    "DESCRIPTION:Team: Dr. Amaya (attending)\\, K. Rourke LCSW. Agenda: aftercare IOP\\, lithium level follow-up\\, school re-entry.\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="discharge summary C-CDA to outpatient psychiatrist",
        notes="Hard positive: name, DOB and MRN with overdose admission and diagnoses appear only in the C-CDA attachment; body is generic.",
        frm="Health Information Management <him@larkspurpavilion.org>",
        to="intake@susquehannapsychassoc.com",
        subject="Continuity of care document",
        body="Please find the attached continuity of care document for your new referral, per the signed authorization on file. Call HIM if the file does not open."
        + SIG
        + CONF,
        atts=(Att("LPV-3390548_CCD.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="HL7 ADT discharge feed to HIE",
        notes="HL7 A03 message with patient name, MRN, address and bipolar diagnosis sent to the regional HIE.",
        frm="Interface Engine <interfaces@larkspurpavilion.org>",
        to="inbound@keystonehie.org",
        subject="ADT batch 20261020 0831 (resend)",
        body="Resending one ADT^A03 that failed ACK at 08:31. Control ID LPV88213.\n\nLPV Interface Team",
        atts=(Att("LPV88213.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="clozapine REMS FHIR bundle to pharmacy",
        notes="FHIR bundle naming patient with DOB, MRN, clozapine order and ANC value.",
        frm="Pharmacy <pharmacy@larkspurpavilion.org>",
        to="clozapine.desk@capitolcitypharmacy.com",
        subject="Discharge clozapine continuation - bundle attached",
        body="Hi Renee,\n\nAttached is the medication bundle for tomorrow's discharge. Latest ANC is within range; REMS dispense authorization should show on your side by noon.\n\nPaul Ostrowski, PharmD\nLarkspur Pavilion Pharmacy",
        atts=(Att("discharge_meds.json", "application/fhir+json", FHIR_MED),),
    ),
    Spec(
        phi=True,
        category="837I inpatient psychiatric claim",
        notes="X12 837I claim with member name, member ID, DOB, admission dates and schizophrenia/cannabis diagnoses.",
        frm="Patient Financial Services <billing@larkspurpavilion.org>",
        to="edi-support@keystonehealthplan.com",
        subject="Test file for 837I re-enrollment - production data per your request",
        body="Per your EDI analyst's request we are sending one production claim to validate the new submitter ID. Please confirm receipt.\n\nBilling Office, Larkspur Pavilion",
        atts=(Att("LPV_837I_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="family meeting calendar invite naming patient",
        notes="Hard positive: ICS summary names the inpatient and unit, and description mentions lithium level; sent to parent's personal email.",
        frm="Kieran Rourke LCSW <krourke@larkspurpavilion.org>",
        to="dfeldstein.home@gmail.com",
        subject="Invitation: Thursday family meeting",
        body="Hello Mr. Feldstein,\n\nI've sent a calendar hold for Thursday at 9:30. Please bring the school's 504 paperwork if you have it.\n\nKieran",
        ics=ICS_FAMILY,
    ),
    Spec(
        phi=True,
        category="terse charge nurse handoff to float pool",
        notes="Hard positive: terse abbreviations; room, first name plus last initial, 1:1 for SI and CIWA scoring.",
        frm="3 North Charge RN <3north.charge@larkspurpavilion.org>",
        to="nursing.float@pinnaclemedctr.org",
        subject="float for 3N tonight",
        body="need 1 float 1900-0730. 312B Gerald M. on 1:1 for SI, 318A Tasha W. CIWA q4 last score 14. pls report to desk by 1845. thx -Jo",
    ),
    Spec(
        phi=True,
        category="court petition hearing notice to public defender",
        notes="Patient name and involuntary commitment hearing date/facts sent to public defender.",
        frm="Legal Liaison <legal@larkspurpavilion.org>",
        to="mhcourt@dauphinpublicdefender.org",
        subject="Section 303 hearing - L. Abernathy - Tuesday",
        body="Counsel,\n\nThe Section 303 extended involuntary treatment hearing for Lionel Abernathy (DOB 08/22/1979) is set for Tuesday 10/27 at 10:00 in the Pavilion hearing room. Treating psychiatrist Dr. Hollis Amaya will testify regarding command auditory hallucinations and refusal of antipsychotic medication.\n\nRegards,\nDenise Carbone, Legal Liaison"
        + SIG,
    ),
    Spec(
        phi=True,
        category="reply to sister about bringing clothes",
        notes="Hard positive: patient's sister (first name + relationship) told her brother Stavros is still admitted, his room, and that he is on close observation; no diagnosis but admission plus precautions.",
        frm="Unit 2 South Clerk <2south@larkspurpavilion.org>",
        to="ana.dimitriou@yahoo.com",
        subject="Re: bringing clothes for my brother",
        body="Hi Ana,\n\nYes you can drop off clothes for Stavros at the front desk between 2 and 6. No drawstrings, belts or shoelaces please - he's still on close observation. Label the bag with his name and room 207.\n\nThanks,\nMelody (unit clerk)",
    ),
    Spec(
        phi=True,
        category="ECT consent scan PNG to anesthesia group",
        notes="Hard positive: the patient's name and catatonia appear only in the PNG consent scan's filename.",
        frm="ECT Suite <ect@larkspurpavilion.org>",
        to="scheduling@riversideanesthesiapartners.com",
        subject="Consent for Monday list",
        body="Signed consent attached for the Monday 7am slot. Please add to your pre-op list.\n\nECT coordinator",
        atts=(
            Att(
                "Delacroix_Yvette_ECT_consent_catatonia.png",
                "image/png",
                png(6, 6, (230, 230, 225)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization for extended stay",
        notes="Member name, member ID, diagnosis and clinical justification for continued stay sent to payer UM.",
        frm="Utilization Review <ur@larkspurpavilion.org>",
        to="bh-um@keystonehealthplan.com",
        subject="Concurrent review - continued stay request",
        body="Member: Priya Raman\nMember ID: KHP71039258\nAdmit: 10/14/2026\nDx: F25.0 schizoaffective, bipolar type\nCurrent: still responding to internal stimuli, 2 PRN haloperidol in last 24h, refused olanzapine x1. Requesting 5 additional days.\n\nReviewer: Tom Galecki RN, UR\n717-555-0152",
    ),
    Spec(
        phi=True,
        category="password-protected record release to attorney",
        notes="Hard positive: patient name and record request in body; records inside an encrypted zip (content unreadable to a scanner).",
        frm="Release of Information <roi@larkspurpavilion.org>",
        to="paralegal@hartleyfinchlaw.com",
        subject="Records - Whitcombe, Graham (authorization 10/02/2026)",
        body="Dear Ms. Ngata,\n\nPursuant to the authorization signed by Graham Whitcombe, the requested inpatient records for his September admission are attached as a password-protected archive. The password will be sent separately by phone.\n\nRelease of Information\nLarkspur Pavilion",
        atts=(
            Att(
                "Whitcombe_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Whitcombe_admission_notes.txt": "Admission 09/03/2026. Chief complaint: paranoia, insomnia x10 days. Dx F23 brief psychotic disorder.\n"
                    },
                    "Orchard-2200",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lithium level result to PCP",
        notes="Patient name, DOB and lithium level sent to primary care office.",
        frm="Dr. Hollis Amaya <hamaya@larkspurpavilion.org>",
        to="frontoffice@camphillfamilymed.com",
        subject="FYI lithium level",
        body="Dr. Sato,\n\nYour patient Rosalind Achebe (DOB 3/30/1970) left us on lithium carbonate 900 mg qHS. Level on day of discharge was 0.9 mEq/L; TSH and creatinine normal. Please repeat the level in 1 week.\n\nHollis Amaya, MD\nAttending Psychiatrist, 3 North",
    ),
    Spec(
        phi=True,
        category="bed board spreadsheet to transfer center",
        notes="Hard positive: multi-sheet workbook; one sheet lists pending admits with initials, MRNs, ages, and legal status with no header row.",
        frm="Admissions <admissions@larkspurpavilion.org>",
        to="transfercenter@pinnaclemedctr.org",
        subject="bed board 10/21 AM",
        body="Current board attached. 2 adolescent beds open after 1300.",
        atts=(
            Att(
                "bedboard_1021.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Unit", "Staffed", "Occupied", "Open"],
                            ["2 South adult", 22, 21, 1],
                            ["3 North adult", 24, 24, 0],
                            ["4 East adolescent", 14, 12, 2],
                        ],
                        "Pending": [
                            ["J.K.", "LPV-6120334", 16, "302", "ED Pinnacle, SI w/ plan"],
                            ["M.O.", "LPV-6120391", 41, "201", "mania, no sleep 4d"],
                            ["R.T.", "LPV-6120402", 67, "302", "psychotic depression"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="aftercare appointment reminder to patient",
        notes="Patient's personal email confirming discharge aftercare appointment at the IOP; being a psychiatric patient is itself health information.",
        frm="Discharge Planning <dcplanning@larkspurpavilion.org>",
        to="jaylen.moss22@outlook.com",
        subject="Your follow-up appointment after discharge",
        body="Hi Jaylen,\n\nAs we discussed before you left 3 North, your first intensive outpatient (IOP) session is Monday 10/26 at 9:00 AM at Susquehanna Psychiatric Associates, 40 Front St. Bring your discharge medication list. If you feel unsafe before then, call or text 988.\n\nTake care,\nAlicia Brandt, discharge planner",
    ),
    Spec(
        phi=True,
        category="forwarded pharmacy fax about missed injection",
        notes="Hard positive: the forwarded message/rfc822 carries the patient name and long-acting injectable details; outer note is vague.",
        frm="Alicia Brandt <abrandt@larkspurpavilion.org>",
        to="act.team@dauphincountymh.org",
        subject="Fwd: LAI due",
        body="See below - can your ACT team pick this up? He's yours now.\n\nAlicia",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Pharmacy <pharmacy@larkspurpavilion.org>",
            to="abrandt@larkspurpavilion.org",
            subject="paliperidone palmitate due 11/2",
            body="Alicia - Marcus Oyelaran (MRN LPV-5871120) got Invega Sustenna 234 mg on 10/5 and 156 mg on 10/12. Next maintenance dose 117 mg due 11/2. He has no outpatient prescriber listed.\n\nPaul",
        ),
    ),
    Spec(
        phi=True,
        category="patient list csv to EHR vendor support",
        notes="CSV of current census with names and MRNs sent to EHR vendor for troubleshooting; standalone high-risk identifier set.",
        frm="Clinical Informatics <informatics@larkspurpavilion.org>",
        to="support@behaviorsoftehr.com",
        subject="Case 55180 - census report duplicates",
        body="Attaching the census export that shows the duplicate rows we described. Rows 3 and 4 are the same person.\n\nSam Iwu, Clinical Informatics",
        atts=(
            Att(
                "census_export.csv",
                "text/csv",
                "mrn,last,first,unit,bed,admit_date\nLPV-6011827,Halvorsen,Erik,2S,204A,2026-10-11\nLPV-6011902,Mbeki,Thandiwe,3N,309B,2026-10-13\nLPV-6011943,Cardenas,Luz,4E,402A,2026-10-15\nLPV-6011943,Cardenas,Luz,4E,402A,2026-10-15\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="school re-entry letter to counselor",
        notes="Letter to a school naming an adolescent and stating inpatient psychiatric stay and accommodations.",
        frm="4 East Adolescent Unit <4east@larkspurpavilion.org>",
        to="counseling@lowerpaxtonhs.org",
        subject="Return to school - letter attached",
        body="Ms. Geary,\n\nWith his parents' written consent, attached is a return-to-school letter for Ethan Kowalczyk, grade 10.\n\nRegards,\nDr. Vivian Lu, Child & Adolescent Psychiatry",
        atts=(
            Att(
                "Kowalczyk_return_to_school.docx",
                DOCX,
                docx(
                    [
                        "Larkspur Pavilion Behavioral Health - 4 East",
                        "Re: Ethan Kowalczyk, DOB 01/17/2010",
                        "Ethan was hospitalized on our adolescent unit from 10/06/2026 to 10/20/2026 and may return to school on 10/22.",
                        "Recommended accommodations: reduced workload for two weeks, a pass to see the school counselor, and a check-in plan if he feels overwhelmed.",
                        "Vivian Lu, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="employer FMLA certification PDF",
        notes="FMLA certification PDF naming employee-patient with inpatient psychiatric dates sent to employer HR.",
        frm="Medical Records <roi@larkspurpavilion.org>",
        to="leave@keystonelogistics.com",
        subject="FMLA certification - completed",
        body="Completed certification attached, released with the employee's signed authorization.\n\nLarkspur Pavilion Medical Records",
        atts=(
            Att(
                "FMLA_cert_Pruitt.pdf",
                "application/pdf",
                pdf(
                    [
                        "LARKSPUR PAVILION BEHAVIORAL HEALTH",
                        "Certification of Health Care Provider (FMLA)",
                        "Employee: Darnell Pruitt   DOB: 06/09/1984",
                        "Inpatient admission: 10/05/2026 - 10/16/2026",
                        "Condition requires continuing treatment: yes, weekly outpatient therapy",
                        "Estimated incapacity: through 11/02/2026",
                        "Provider: Hollis Amaya, MD   NPI 1511930459",
                    ],
                    "FMLA certification",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML portal notification with diagnosis in preview",
        notes="Hard positive: HTML-only portal notice to personal email leaks the patient's first name, valproic acid level and Depakote change in hidden preview text.",
        frm="Larkspur MyChart <noreply@larkspurpavilion.org>",
        to="brianna.cole.88@icloud.com",
        subject="New message from your care team",
        body="",
        html='<html><body><p style="display:none">Brianna, your valproic acid level came back at 42 - Dr. Amaya wants to increase your Depakote.</p><p>Hi Brianna,</p><p>You have a new secure message. <a href="https://portal.larkspurpavilion.org/msg/88120">Sign in to read it</a>.</p><p>Larkspur Pavilion</p></body></html>',
    ),
    Spec(
        phi=True,
        category="elopement alert to police",
        notes="Patient name, description and involuntary status sent to police after elopement.",
        frm="Nursing Supervisor <nursing.supervisor@larkspurpavilion.org>",
        to="dispatch@harrisburgpolice.gov",
        subject="URGENT - patient eloped 302 status",
        body="At 14:10 a patient on an involuntary 302 commitment left the Pavilion courtyard: Curtis Langley, 34, white male, 6'1\", grey hoodie, last seen walking north on Orchard Terrace. Current risk: command hallucinations to harm self. Please call 717-555-0144 if located.\n\nHouse Supervisor",
    ),
    # ------------------------------- non-PHI -------------------------------
    Spec(
        phi=False,
        category="psychiatrist bio for hospital website",
        notes="Hard negative: clinician bio naming conditions she treats; no patient.",
        frm="Communications <comms@larkspurpavilion.org>",
        to="webteam@pinnaclehealthweb.com",
        subject="New physician bio - Dr. Vivian Lu",
        body="Please post under Providers:\n\nVivian Lu, MD is board-certified in child and adolescent psychiatry. She treats adolescents with treatment-resistant depression, early psychosis, eating disorders and self-harm, and leads our dialectical behavior therapy track. NPI 1749841452.\n\nThanks,\nCommunications",
    ),
    Spec(
        phi=False,
        category="quarterly restraint and seclusion aggregate report",
        notes="Hard negative: aggregate restraint/seclusion counts by unit in a multi-sheet workbook; no individuals.",
        frm="Quality <quality@larkspurpavilion.org>",
        to="bhsurvey@pa-dhs.gov",
        subject="Q3 2026 restraint and seclusion data",
        body="Attached per the quarterly reporting requirement.\n\nMarta Sorensen, Director of Quality",
        atts=(
            Att(
                "LPV_RS_Q3_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By unit": [
                            [
                                "Unit",
                                "Patient days",
                                "Restraint events",
                                "Seclusion events",
                                "Hours/1000 pt hrs",
                            ],
                            ["2 South", 1980, 7, 3, 0.41],
                            ["3 North", 2150, 12, 5, 0.66],
                            ["4 East", 1210, 4, 6, 0.52],
                        ],
                        "By month": [
                            ["Month", "Events"],
                            ["July", 11],
                            ["August", 14],
                            ["September", 12],
                        ],
                        "Notes": [
                            ["Definitions follow CMS HBIPS-2 and HBIPS-3"],
                            ["No events exceeded 4 hours"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="mock patient for EHR training",
        notes="Hard negative: clearly declared fictitious training patient with diagnosis and MRN-like number in the training environment.",
        frm="Clinical Education <education@larkspurpavilion.org>",
        to="newhires-oct@larkspurpavilion.org",
        subject="EHR training login + practice patient",
        body="Welcome! For Thursday's EHR lab use the TRAIN environment only.\n\nPractice patient (FICTITIOUS - exists only in TRAIN): ZZTEST, PSYCHONE  MRN TRN-000417  Dx F33.1 (practice)\nTasks: enter admission order set, document a suicide risk screen, place a 1:1 observation order.\n\nClinical Education",
    ),
    Spec(
        phi=False,
        category="job posting psychiatric nurse",
        notes="Hard negative: job posting listing clinical duties (suicide precautions, restraint) with no patient.",
        frm="Talent Acquisition <careers@larkspurpavilion.org>",
        to="postings@pahealthcarejobs.com",
        subject="Posting: RN - Adult Inpatient Psychiatry (nights)",
        body="Larkspur Pavilion seeks an RN for adult acute psychiatry, 3 x 12 nights. Duties: admission assessments, Columbia suicide screening, medication administration including long-acting injectables, de-escalation and safe restraint application per policy. BSN preferred; PMH-BC a plus. Sign-on bonus $7,500.",
    ),
    Spec(
        phi=False,
        category="drug shortage notice haloperidol decanoate",
        notes="Hard negative: drug shortage and substitution guidance for prescribers; no patient.",
        frm="Pharmacy & Therapeutics <pharmacy@larkspurpavilion.org>",
        to="medstaff@larkspurpavilion.org",
        subject="Shortage: haloperidol decanoate 100 mg/mL",
        body="Prescribers,\n\nOur wholesaler has back-ordered haloperidol decanoate 100 mg/mL through mid-November. Use the 50 mg/mL concentration (double volume, max 3 mL per site) or consider fluphenazine decanoate. Do not switch stable patients to a different agent without discussion.\n\nP&T Committee",
    ),
    Spec(
        phi=False,
        category="HIPAA refresher quiz with fake example",
        notes="Hard negative: HIPAA training question uses an invented example name and diagnosis, explicitly labelled as a scenario.",
        frm="Privacy Office <privacy@larkspurpavilion.org>",
        to="allstaff@larkspurpavilion.org",
        subject="October privacy refresher - 5 questions",
        body="Scenario (fictional): A caller says she is 'Jane Example's' mother and asks whether Jane was admitted last night with depression. What do you say?\n a) Confirm and give the room number\n b) Neither confirm nor deny; take a message and check for a release\n c) Transfer to the unit\n\nAnswer: b. Complete the rest in the LMS by 10/31.\n\nPrivacy Office",
    ),
    Spec(
        phi=False,
        category="pharmacy DEA registration renewal",
        notes="Hard negative: facility DEA registration number and NPI in a vendor account update; provider identifiers, not PHI.",
        frm="Pharmacy Director <pharmacy@larkspurpavilion.org>",
        to="accounts@cardinalmedsupply.com",
        subject="Updated DEA certificate for account 40-2281",
        body="Please update our account with the renewed registration:\n\nLarkspur Pavilion Behavioral Health\nDEA BL3589643 (exp 10/31/2029)\nPharmacy NPI 1911127011\n\nCopy of certificate to follow.\n\nPaul Ostrowski, PharmD",
    ),
    Spec(
        phi=False,
        category="visitor policy flyer HTML",
        notes="HTML-only general visiting hours and contraband list for families; no individual.",
        frm="Patient Experience <experience@larkspurpavilion.org>",
        to="families-list@larkspurpavilion.org",
        subject="Updated visiting hours starting November 1",
        body="",
        html="<html><body><h2>Visiting at Larkspur Pavilion</h2><p>Adult units: 6:00-8:00 PM weekdays, 1:00-4:00 PM weekends. Adolescent unit: parents/guardians only.</p><ul><li>No glass, cords, belts or sharp objects</li><li>Outside food must be sealed</li><li>Phones are stored in lockers</li></ul></body></html>",
    ),
    Spec(
        phi=False,
        category="staff flu clinic notice",
        notes="Hard negative: staff health notice about vaccination; no individual health data.",
        frm="Employee Health <employeehealth@larkspurpavilion.org>",
        to="allstaff@larkspurpavilion.org",
        subject="Flu shots - last chance this Friday",
        body="Employee Health will be in the 2 South conference room Friday 7-10am and 6-8pm for flu and COVID boosters. If you had a reaction last year, tell the nurse before the shot. Declination forms are due 11/15.",
    ),
    Spec(
        phi=False,
        category="de-identified research extract to university",
        notes="Hard negative: de-identified length-of-stay extract with year-only dates, age bands and diagnosis groups, under a data use agreement.",
        frm="Research Office <research@larkspurpavilion.org>",
        to="dataops@psych.centralpa-univ.edu",
        subject="DUA 2026-07 extract v2 (de-identified)",
        body="Attached is the revised extract. Safe Harbor method: no names, MRNs, dates beyond year, ages >89 collapsed, 3-digit ZIP only where population >20,000.\n\nResearch Office",
        atts=(
            Att(
                "los_extract_v2.csv",
                "text/csv",
                "study_id,year,age_band,sex,dx_group,los_days,readmit_30d\nS0001,2025,18-25,F,mood,9,0\nS0002,2025,26-40,M,psychosis,17,1\nS0003,2025,41-64,M,substance,6,0\nS0004,2026,65-89,F,mood,14,0\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="linen vendor invoice dispute",
        notes="Ordinary vendor mail about laundry invoice; no patient.",
        frm="Accounts Payable <ap@larkspurpavilion.org>",
        to="billing@cleanlinesupply.com",
        subject="Invoice 77104 - duplicate charge",
        body="Hi,\n\nInvoice 77104 bills the October scrub order twice (lines 3 and 7). Please issue a credit memo.\n\nThanks,\nAP - Larkspur Pavilion",
    ),
    Spec(
        phi=False,
        category="SSN-shaped work order numbers facilities",
        notes="Hard negative: facilities work order numbers formatted like SSNs about anti-ligature hardware; no individual.",
        frm="Facilities <facilities@larkspurpavilion.org>",
        to="service@safeguardfixtures.com",
        subject="Anti-ligature door hinge replacements",
        body="Please schedule installation for these work orders:\n WO 415-22-8871  2 South rooms 201-206 continuous hinges\n WO 415-22-8874  3 North shower heads\n WO 415-22-8880  4 East wardrobe pulls\n\nSite access via loading dock. Escort required on units.\n\nFacilities",
    ),
    Spec(
        phi=False,
        category="policy draft with example field names",
        notes="Hard negative: policy draft listing data elements (name, MRN, diagnosis) to protect, no values.",
        frm="Compliance <compliance@larkspurpavilion.org>",
        to="policycommittee@larkspurpavilion.org",
        subject="Draft: Policy HIM-14 Release of psychotherapy notes",
        body="Committee,\n\nDraft attached for the November meeting. Key change: psychotherapy notes are released only with a separate authorization.\n\nCompliance",
        atts=(
            Att(
                "HIM-14_draft.docx",
                DOCX,
                docx(
                    [
                        "Policy HIM-14: Release of Psychotherapy Notes (DRAFT)",
                        "Scope: all workforce members of Larkspur Pavilion.",
                        "Before release, verify: patient name, date of birth, MRN, the specific notes requested and the authorization expiry date.",
                        "Mental health records of minors: parent or guardian signature required unless the minor consented to treatment under 71 P.S. 1690.112.",
                        "Log every release in the ROI system.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grand rounds announcement PDF",
        notes="Hard negative: education event about clozapine and agranulocytosis; topic only.",
        frm="Medical Staff Office <medstaff@larkspurpavilion.org>",
        to="cme-list@pinnaclemedctr.org",
        subject="Grand Rounds Nov 5: Clozapine in 2026",
        body="Flyer attached. 1.0 AMA PRA Category 1 credit.",
        atts=(
            Att(
                "grand_rounds_1105.pdf",
                "application/pdf",
                pdf(
                    [
                        "LARKSPUR PAVILION GRAND ROUNDS",
                        "Clozapine in 2026: REMS changes, neutropenia monitoring and myocarditis",
                        "Speaker: Rahul Menon, MD, PhD",
                        "Thursday, November 5, 12:00-1:00 PM, Auditorium and Zoom",
                    ],
                    "Grand Rounds",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="census aggregate to board",
        notes="Board update with census and occupancy aggregates; no individuals.",
        frm="Office of the CEO <ceo@larkspurpavilion.org>",
        to="board@larkspurpavilion.org",
        subject="October operating snapshot",
        body="Board members,\n\nOctober ADC was 57.2 (budget 55). 18% of admissions were adolescents; average length of stay 10.4 days; 30-day readmissions 8.1%. Two nurse vacancies filled. Full packet Friday.\n\nLeonard Whitaker, CEO",
    ),
    Spec(
        phi=False,
        category="behavioral emergency drill after-action zip",
        notes="Hard negative: zip of emergency drill after-action documents using role names only.",
        frm="Emergency Management <safety@larkspurpavilion.org>",
        to="ems-coordinator@dauphincountyema.gov",
        subject="Code Grey drill after-action report",
        body="Attached is the after-action package for the 10/15 behavioral emergency drill (actors played patients; no real patients involved).\n\nSafety Officer",
        atts=(
            Att(
                "codegrey_drill_1015.zip",
                "application/zip",
                zipped(
                    {
                        "AAR.txt": "Drill: Code Grey, 3 North dayroom, 10/15/2026 14:00.\nActor 1 (role: agitated patient) escalated; team arrived in 2:40.\nImprovement: radio channel confusion.\n",
                        "timeline.csv": "t,event\n14:00,code called\n14:02,team assembled\n14:09,resolved\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT downtime notice",
        notes="IT scheduled downtime notice; no PHI.",
        frm="IT Service Desk <itsupport@larkspurpavilion.org>",
        to="allstaff@larkspurpavilion.org",
        subject="EHR downtime Sunday 02:00-04:00",
        body="The EHR will be unavailable Sunday 10/25 02:00-04:00 for an upgrade. Use downtime forms in the red binders; the read-only BCA workstation stays up on each unit.\n\nService Desk x4400",
        atts=(
            Att(
                "downtime_checklist.txt",
                "text/plain",
                "1. Print census at 01:30\n2. Use paper MAR\n3. Back-enter orders after 04:00\n",
            ),
        ),
    ),
]
