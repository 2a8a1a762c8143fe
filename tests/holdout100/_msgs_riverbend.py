"""Outbound mail of Riverbend Infectious Disease & Travel Clinic (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import RID, Att, Spec

FRONT = f"Riverbend ID Front Desk <frontdesk@{RID}>"
TRAVEL = f"Travel Medicine <travel@{RID}>"
NURSE = f"Nurse Line <nurseline@{RID}>"
SIG = "\n\n--\nRiverbend Infectious Disease & Travel Clinic\n2210 Larkspur Ave, Suite 300 | 555-0140\nThis message may contain confidential information."

FHIR_OBS = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "rb-88213",
                    "identifier": [{"system": "urn:riverbend:mrn", "value": "RB-0088213"}],
                    "name": [{"family": "Okonkwo", "given": ["Chidi"]}],
                    "birthDate": "1990-07-14",
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "HIV-1 RNA viral load"},
                    "subject": {"reference": "Patient/rb-88213"},
                    "valueQuantity": {"value": 40, "unit": "copies/mL"},
                    "interpretation": [{"text": "Detected, below 50"}],
                }
            },
        ],
    },
    indent=1,
)

FHIR_TEST = json.dumps(
    {
        "resourceType": "Patient",
        "id": "test-zz-001",
        "meta": {
            "tag": [
                {
                    "system": "urn:riverbend:env",
                    "code": "TEST",
                    "display": "Synthetic test record - not a real person",
                }
            ]
        },
        "name": [{"family": "Testpatient", "given": ["Zzinterface"]}],
        "birthDate": "1900-01-01",
    },
    indent=1,
)

HL7_GC = (
    "MSH|^~\\&|RBLIS|RIVERBEND|STATEDOH|ELR|20260317093000||ORU^R01|RB260317001|P|2.5.1\r"
    "PID|1||RB-0091557^^^RIVERBEND^MR||Vasquez^Marisol^T||19980222|F|||418 Quarry Rd^^Millbrook^ST^40871||555-0163\r"
    "OBR|1||L55821|43304-5^Chlamydia trachomatis+Neisseria gonorrhoeae rRNA^LN|||20260314\r"
    "OBX|1|CWE|24111-7^Neisseria gonorrhoeae DNA^LN||POS^Positive||||||F\r"
)

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Referral Note - Riverbend ID</title>'
    '<recordTarget><patientRole><id extension="RB-0076340" root="2.16.840.1.113883.19.5"/>'
    "<patient><name><given>Desmond</given><family>Achterberg</family></name>"
    '<birthTime value="19670930"/></patient></patientRole></recordTarget>'
    "<component><structuredBody><component><section><title>Problems</title>"
    "<text>Latent tuberculosis infection (R76.11 positive QuantiFERON). Started rifampin 600 mg daily x4 months, 2026-03-10.</text>"
    "</section></component></structuredBody></component></ClinicalDocument>\n"
)

ICS_TRAVEL = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//Travel//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:rb-trv-0318-1@riverbendidclinic.org\r\nDTSTART:20260324T143000Z\r\nDTEND:20260324T150000Z\r\n"
    "SUMMARY:Yellow fever + typhoid vaccines - Priya Raghunathan (pre-Ghana visit)\r\n"
    "LOCATION:Riverbend Travel Clinic Room 4\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_STAFF = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//Staff//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:rb-staff-0319@riverbendidclinic.org\r\nDTSTART:20260319T170000Z\r\nDTEND:20260319T180000Z\r\n"
    "SUMMARY:ID journal club - doxy-PEP trial data\r\nLOCATION:Conference Room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

_ORIG_PEP = Spec(
    True,
    "PEP start note forwarded",
    "Inner note on PEP start.",
    f"Dr. Hollis Brandt <hbrandt@{RID}>",
    f"nurseline@{RID}",
    "PEP start - please call tomorrow",
    "Started Keegan Morrow (MRN RB-0093018) on Biktarvy PEP at 02:10 after condom failure with partner of unknown status. Needs day-3 call and baseline labs reviewed.",
)

MESSAGES = [
    Spec(
        True,
        "Patient portal alternative: STI result to personal gmail",
        "Full name plus positive chlamydia result sent to patient's own gmail.",
        NURSE,
        "jordan.pelletier88@gmail.com",
        "Your recent test results",
        "Hi Jordan Pelletier,\n\nYour urine test from March 12 came back positive for chlamydia. Gonorrhea, syphilis and HIV were negative. We have sent doxycycline 100 mg twice daily for 7 days to the Walgreens on Elm. Please avoid sex until 7 days after you finish, and let recent partners know.\n\nNurse Tamsin"
        + SIG,
    ),
    Spec(
        True,
        "Terse partner-notification reminder by first name",
        "Hard positive: first name, 'your shot last Thursday', an EPT packet for the partner and a 3-month retest imply STI treatment, sent to the patient's personal mailbox.",
        NURSE,
        "rafa.quint@yahoo.com",
        "quick follow up",
        "Rafa - just checking you picked up the extra packet for your partner (EPT) when you got your shot last Thursday. Retest in 3 months, we'll text you. - T",
    ),
    Spec(
        False,
        "Doxy-PEP patient education handout to community group",
        "Hard negative: STI prevention education with antibiotic names but no individual.",
        f"Health Education <education@{RID}>",
        "events@millbrookpridecenter.org",
        "Doxy-PEP handout for your table at Saturday's event",
        "Hi Nia,\n\nAttached is our one-page doxy-PEP explainer (doxycycline 200 mg within 72 hours after condomless sex). It covers who is eligible, side effects and when to get tested. Feel free to print 200 copies; we'll bring condoms and self-test kits.\n\nBest,\nLeandro"
        + SIG,
        atts=(
            Att(
                "doxyPEP_explainer.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND INFECTIOUS DISEASE & TRAVEL CLINIC",
                        "Doxy-PEP: what you need to know",
                        "Take 200 mg doxycycline once, within 72 hours after sex.",
                        "Get tested for STIs every 3 months.",
                        "Questions? Call 555-0140.",
                    ],
                    "Doxy-PEP explainer",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Travel clinic price list to corporate travel desk",
        "Vaccine price list for employer's travel desk; no traveller named.",
        TRAVEL,
        "travel.desk@halvorsenengineering.com",
        "RE: pricing for staff going to Kenya",
        "Hello Ms. Duarte,\n\nPer-dose self-pay prices: yellow fever $210, typhoid injectable $125, hep A $98, rabies pre-exposure $395, malaria prescription consult $85. Staff can book online; we do not share individual vaccination details with employers without the traveller's written consent.\n\nKind regards,\nTravel Medicine Team"
        + SIG,
    ),
    Spec(
        True,
        "Yellow fever certificate scan to traveller",
        "Hard positive: the traveller's name and yellow fever vaccination appear only in the attached PNG filename.",
        TRAVEL,
        "m.oyelaran@outlook.com",
        "Your ICVP scan",
        "Attached as requested - keep the original yellow booklet with your passport.\n\nTravel Medicine",
        atts=(
            Att(
                "ICVP_yellowfever_Oyelaran_Mobolaji_2026-03-16.png",
                "image/png",
                png(6, 4, (250, 230, 120)),
            ),
        ),
    ),
    Spec(
        True,
        "Calendar invite for named traveller's vaccines",
        "Hard positive: ICS summary names the patient and the vaccines she is booked for.",
        TRAVEL,
        "priya.raghunathan@gmail.com",
        "Appointment confirmation",
        "Your appointment is confirmed. Please bring your itinerary and any previous vaccine records.",
        ics=ICS_TRAVEL,
    ),
    Spec(
        False,
        "Journal club calendar invite to ID staff",
        "Hard negative: staff invite about doxy-PEP trial literature; no patient.",
        f"Dr. Hollis Brandt <hbrandt@{RID}>",
        f"idphysicians@{RID}",
        "Journal club Thursday",
        "This week: the DoxyPEP RCT and the French ANRS follow-up. Pizza provided.",
        ics=ICS_STAFF,
    ),
    Spec(
        True,
        "HIV viral load FHIR bundle to referring primary care",
        "Hard positive: the name, MRN, DOB and HIV viral load are only in the attached FHIR bundle.",
        f"Results Interface <interface@{RID}>",
        "results@northgatefamilymed.com",
        "Results feed - 1 item",
        "Automated delivery from Riverbend ID. See attachment.",
        atts=(Att("rb-88213-obs.json", "application/fhir+json", FHIR_OBS),),
    ),
    Spec(
        False,
        "Synthetic FHIR test patient to EHR vendor",
        "Hard negative: FHIR Patient tagged as synthetic test record with placeholder name and 1900 birth date; interface testing.",
        f"IT Integration <it@{RID}>",
        "support@meridianehr.com",
        "Ticket 44817 - test payload for Patient endpoint",
        "Here is the exact test resource we post to your sandbox; the 400 error happens on the meta.tag element. No production data is involved.",
        atts=(Att("test-patient.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        True,
        "Electronic lab report HL7 to state health department",
        "Positive gonorrhea ELR HL7 with name, DOB, address, phone (reportable disease report, still PHI).",
        f"ELR Feed <elr@{RID}>",
        "elr.intake@statehealth-st.gov",
        "ELR batch RB260317001",
        "Batch of 1 message attached.",
        atts=(Att("RB260317001.hl7", "application/hl7-v2", HL7_GC),),
    ),
    Spec(
        True,
        "C-CDA referral for latent TB to pulmonology",
        "Hard positive: body says only 'referral attached'; C-CDA carries name, MRN, DOB and latent TB treatment.",
        f"Referrals <referrals@{RID}>",
        "intake@summitlungassociates.com",
        "Referral",
        "Please find the referral document attached. Call 555-0142 with questions.",
        atts=(Att("referral_ccd.xml", "application/xml", CCDA),),
    ),
    Spec(
        False,
        "Clinician bio for conference program",
        "Hard negative: physician bio listing HIV, TB and fungal infections as areas of expertise; no patient.",
        f"Dr. Ifeoma Sandoval <isandoval@{RID}>",
        "program@midwestidsociety.org",
        "Speaker bio - Sandoval",
        "Ifeoma Sandoval, MD, NPI 1467503284, is medical director of Riverbend Infectious Disease & Travel Clinic. Her clinical work focuses on HIV pre-exposure prophylaxis, drug-resistant tuberculosis and endemic fungal infections such as histoplasmosis. She trained at the University of Michigan.",
    ),
    Spec(
        False,
        "PrEP programme monthly aggregate to funder",
        "Hard negative: aggregate PrEP enrolment counts by age band; no individual.",
        f"Programs <programs@{RID}>",
        "grants@lakeshorehealthfund.org",
        "February PrEP dashboard",
        "Attached is the February dashboard. Totals: 412 active PrEP clients (up 6%), 37 new starts, 3 seroconversions reviewed in aggregate.",
        atts=(
            Att(
                "PrEP_Feb2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Metric", "Value"],
                            ["Active clients", 412],
                            ["New starts", 37],
                            ["Injectable CAB-LA", 58],
                        ],
                        "By age": [
                            ["Age band", "Active"],
                            ["18-24", 96],
                            ["25-34", 171],
                            ["35-49", 104],
                            ["50+", 41],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "PrEP refill list to specialty pharmacy",
        "Patient list with names, DOB and PrEP drug sent to pharmacy in a multi-sheet workbook.",
        f"Pharmacy Liaison <rx@{RID}>",
        "refills@cornerstonespecialtyrx.com",
        "Refill requests week of 3/16",
        "Hi team, please process the attached; second tab has the two injectable patients due.",
        atts=(
            Att(
                "refills_0316.xlsx",
                XLSX,
                xlsx(
                    {
                        "Oral": [
                            ["Name", "DOB", "Drug", "Qty"],
                            ["Terrence Albright", "1985-04-02", "Descovy 200/25", 30],
                            ["Yusuf Demir", "1993-11-19", "emtricitabine/tenofovir DF", 90],
                        ],
                        "Injectable": [
                            ["Name", "DOB", "Drug", "Due"],
                            ["Kellan Moss", "1999-01-08", "cabotegravir LA 600 mg", "2026-03-20"],
                            [
                                "Andre Villalobos",
                                "1988-06-30",
                                "cabotegravir LA 600 mg",
                                "2026-03-23",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Job posting for ID nurse practitioner",
        "Hard negative: job ad mentions HIV, PrEP and STI care duties; no patient.",
        f"HR <careers@{RID}>",
        "jobs@nursingcareersnetwork.com",
        "Posting: Nurse Practitioner, HIV/PrEP",
        "Please post: Riverbend Infectious Disease seeks an NP to manage a panel of HIV and PrEP patients, perform STI screening and treatment, and see travel medicine consults. 0.8-1.0 FTE, no weekends. Apply at riverbendidclinic.org/careers.",
    ),
    Spec(
        True,
        "Mother asking about daughter's travel malaria prophylaxis",
        "Hard positive: reply to relative names daughter by first name with malaria prophylaxis and side effect advice.",
        TRAVEL,
        "karen.whitlock@icloud.com",
        "RE: Ellie's pills",
        "Hi Karen,\n\nYes, Ellie can take the Malarone with food if it upsets her stomach. She should start 2 days before arriving in Tanzania and continue 7 days after leaving. Her hep A #2 is due in September.\n\n> Ellie (16) has been nauseous with the malaria tablets, is that normal?\n\nAngela, RN"
        + SIG,
    ),
    Spec(
        False,
        "Travel advisory newsletter",
        "Measles and dengue travel advisory newsletter to subscribers; no individual.",
        f"Riverbend Travel News <news@{RID}>",
        "subscribers@lists.riverbendidclinic.org",
        "Spring travel: measles and dengue update",
        "",
        html="<html><body><h2>Travelling this spring?</h2><p>Measles outbreaks continue in several countries. Check that you have two MMR doses. Dengue is at record levels in the Americas - use DEET and cover up.</p><p><a href='https://riverbendidclinic.org/travel'>Book a travel consult</a></p></body></html>",
    ),
    Spec(
        True,
        "HTML-only appointment reminder naming HIV clinic",
        "Hard positive: HTML-only reminder with patient's name and 'HIV Care Clinic' appointment.",
        f"Reminders <noreply@{RID}>",
        "d.whitford77@gmail.com",
        "Appointment reminder",
        "",
        html="<html><body><p>Dear Darnell Whitford,</p><p>This is a reminder of your visit with the <b>HIV Care Clinic</b> on Wednesday 18 March at 10:20 with Dr. Brandt. Please arrive 15 minutes early for lab draw.</p></body></html>",
    ),
    Spec(
        False,
        "Staff measles exposure policy reminder",
        "Hard negative: staff notice on measles immunity documentation; no individual patient or worker health data.",
        f"Employee Health <employeehealth@{RID}>",
        f"allstaff@{RID}",
        "Reminder: measles immunity records due",
        "All staff must upload proof of two MMR doses or positive titers by March 31. Employee Health will run titer draws Tuesday and Thursday 7-9am.",
    ),
    Spec(
        True,
        "Forwarded PEP note to covering physician",
        "Forward of an internal PEP start note naming the patient and MRN to an outside covering physician.",
        NURSE,
        "dr.lmercer@valleyurgentcarepartners.com",
        "FW: PEP start - please call tomorrow",
        "Dr. Mercer - since you're covering the weekend line, FYI below.",
        forward=_ORIG_PEP,
    ),
    Spec(
        False,
        "Vaccine fridge temperature excursion to supplier",
        "Vaccine storage excursion report with lot numbers; no patient.",
        f"Clinic Operations <ops@{RID}>",
        "qa@polarvaccinedistribution.com",
        "Temp excursion - fridge 2, lots affected",
        "Fridge 2 read 9.4 C for 95 minutes overnight 3/15. Affected: Typhim Vi lot UK441A (12 doses), Ixiaro lot JEV2209 (4 doses). Please advise on viability.",
        atts=(
            Att(
                "fridge2_log.csv",
                "text/csv",
                "timestamp,temp_c\n2026-03-15T01:00,4.8\n2026-03-15T02:10,9.4\n2026-03-15T03:45,5.1\n",
            ),
        ),
    ),
    Spec(
        True,
        "Syphilis titer table without headers to colleague",
        "Hard positive: headerless CSV of names with RPR titers sent to outside ID colleague.",
        f"Dr. Ifeoma Sandoval <isandoval@{RID}>",
        "kpatel@statecollegehealthservice.edu",
        "the RPR follow-ups we discussed",
        "Raj, here are the ones from your campus who've been treated here - titers trending OK except the third.",
        atts=(
            Att(
                "rpr.csv",
                "text/csv",
                "Mateo Esposito,1:64,1:8\nBrandon Yee,1:32,1:4\nCaleb Fontaine,1:16,1:32\n",
            ),
        ),
    ),
    Spec(
        False,
        "De-identified STI dataset to university researcher",
        "Hard negative: de-identified extract with study IDs, year only and 3-digit ZIP; no direct identifiers.",
        f"Research Office <research@{RID}>",
        "mtorres@stateu-epi.edu",
        "De-identified extract per DUA-2026-04",
        "Attached, per the data use agreement. Safe Harbor applied: study IDs, 3-digit ZIP, year of diagnosis only.",
        atts=(
            Att(
                "sti_deid.csv",
                "text/csv",
                "study_id,zip3,year,dx,age_band\nS0001,408,2025,chlamydia,20-24\nS0002,408,2025,gonorrhea,25-29\nS0003,409,2025,syphilis,30-34\n",
            ),
        ),
    ),
    Spec(
        True,
        "Employer clearance letter revealing TB treatment",
        "Letter to employer's HR names employee and states he is on treatment for active TB and no longer infectious.",
        f"Dr. Ifeoma Sandoval <isandoval@{RID}>",
        "hr@brightwaterlogistics.com",
        "Return to work - Mr. Samuel Okafor",
        "To HR,\n\nSamuel Okafor (DOB 03/11/1979) has completed 3 weeks of treatment for pulmonary tuberculosis, has three negative sputum smears and is no longer considered infectious. He may return to work on March 23. He will continue directly observed therapy through August.\n\nIfeoma Sandoval, MD",
        atts=(
            Att(
                "RTW_Okafor.docx",
                DOCX,
                docx(
                    [
                        "Riverbend Infectious Disease & Travel Clinic",
                        "Return to work clearance",
                        "Employee: Samuel Okafor",
                        "Diagnosis: pulmonary TB, non-infectious as of 3/16/2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Generic school note template docx",
        "Hard negative: blank school clearance template with placeholder fields; no student.",
        FRONT,
        "nurse@millbrookelementary.org",
        "The clearance form you asked about",
        "Here's our standard blank form; the parent brings it signed after the visit.",
        atts=(
            Att(
                "school_clearance_TEMPLATE.docx",
                DOCX,
                docx(
                    [
                        "Riverbend ID - School Clearance",
                        "Student name: ____________",
                        "Condition: [scabies / impetigo / pertussis / other]",
                        "May return on: ____________",
                        "Clinician signature: ____________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "Encrypted zip of chart notes to attorney",
        "Hard positive: the body names the client and her HIV care records as the encrypted zip's contents.",
        f"Health Information Management <him@{RID}>",
        "paralegal@fenwickandroe.com",
        "Records request - Leticia Brandt-Ortiz",
        "Per the signed authorization, attached are Leticia Brandt-Ortiz's HIV clinic notes and lab results 2023-2026. Password sent separately by phone.",
        atts=(
            Att(
                "records_LBO.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "notes.txt": "Leticia Brandt-Ortiz MRN RB-0061204 HIV care notes 2023-2026",
                        "labs.csv": "date,test,result\n2025-11-02,CD4,612\n",
                    },
                    "Rvb!2026march",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Annual report zip to board",
        "Zip of annual report and aggregate tables; no individual.",
        f"Executive Office <exec@{RID}>",
        "board@riverbendidfoundation.org",
        "FY25 annual report files",
        "Board members - the annual report and data appendix are in the zip. Highlights: 9,800 visits, 1,430 travel consults, 412 on PrEP.",
        atts=(
            Att(
                "FY25_report.zip",
                "application/zip",
                zipped(
                    {
                        "annual_report.txt": "Riverbend FY25: 9,800 visits; 1,430 travel consults; TB clinic 96 LTBI completions.",
                        "appendix.csv": "program,visits\nHIV,3100\nSTI,2900\nTravel,1430\nTB,620\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "Lab requisition txt to reference lab",
        "Hard positive: plain-text requisition attachment lists patient name, DOB and HLA-B*5701 / hepatitis serology tests.",
        f"Lab Desk <lab@{RID}>",
        "clientservices@northstarreflab.com",
        "Send-out add-on",
        "Please add the tests on the attached requisition to specimen drawn this morning.",
        atts=(
            Att(
                "addon_req.txt",
                "text/plain",
                "ADD-ON REQUEST\nPatient: Beatriz Nakamura\nDOB: 1991-05-27\nMRN: RB-0095521\nTests: HLA-B*5701, HBsAg, anti-HBc, HCV Ab\nReason: new HIV diagnosis, pre-ART workup\n",
            ),
        ),
    ),
    Spec(
        False,
        "Reference lab courier schedule change",
        "Courier pickup time change; no patient.",
        f"Lab Desk <lab@{RID}>",
        "dispatch@northstarreflab.com",
        "Pickup time change starting Monday",
        "Please move our daily pickup from 4:30 to 3:45 pm starting March 23. Thanks!",
    ),
    Spec(
        False,
        "Walk-in hours reply to member of the public",
        "Hard negative: reply to a personal mailbox with walk-in hours only; no health information about the recipient.",
        FRONT,
        "tomas.reyes.art@gmail.com",
        "RE: do you take walk-ins?",
        "Hi Tomas, we take walk-ins for travel vaccines Tuesdays and Thursdays 1-4pm. For anything else please call 555-0140 to book. Parking is free in the back lot."
        + SIG,
    ),
    Spec(
        True,
        "Prior auth letter for cabotegravir to payer",
        "Payer letter with member ID and HIV PrEP injectable request.",
        f"Prior Auth <priorauth@{RID}>",
        "pa.fax@greatlakeshealthplan.com",
        "PA request - member GLH884402917",
        "Member: Andre Villalobos, ID GLH884402917, DOB 06/30/1988. Request: cabotegravir ER 600 mg IM every 2 months for HIV PrEP (Z20.6, Z79.899). Patient failed oral adherence. Prescriber: Hollis Brandt MD, NPI 1467503292.",
        atts=(
            Att(
                "PA_Villalobos.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND INFECTIOUS DISEASE & TRAVEL CLINIC",
                        "Prior Authorization Request",
                        "Member: Andre Villalobos  ID GLH884402917",
                        "Drug: Apretude 600 mg IM q2 months",
                    ],
                    "PA request",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Drug shortage notice for benzathine penicillin",
        "Hard negative: drug shortage notice to clinicians; no patient.",
        f"Pharmacy Liaison <rx@{RID}>",
        "providers@millbrookhealthalliance.org",
        "Bicillin L-A shortage - alternatives",
        "Bicillin L-A remains on allocation through June. Reserve for pregnant patients and congenital syphilis prevention; use doxycycline 100 mg BID x14 days for non-pregnant adults with early syphilis. Lentocilin import available via FDA.",
    ),
    Spec(
        False,
        "HIPAA refresher quiz with fictional examples",
        "Hard negative: training quiz using an explicitly fictional patient 'Jane Sample'.",
        f"Compliance <compliance@{RID}>",
        f"allstaff@{RID}",
        "HIPAA refresher - 5 question quiz",
        "Q1. A caller says she is Jane Sample's sister and asks if Jane's HIV test came back. (Jane Sample is a fictional example.) What do you do?\nQ2. Can you text a result to a personal phone?\n... Answers due Friday.",
    ),
    Spec(
        True,
        "Scanned intake form text to billing vendor",
        "Hard positive: OCR text of a scanned intake form with name, SSN, insurance and reason for visit.",
        f"Billing <billing@{RID}>",
        "intake@apexrcmpartners.com",
        "scan 0316-07 OCR",
        "OCR of the scanned form below since the image was blurry:\n\nNAME: Hollander, Greta M   SSN 412-58-3307\nINS: Cobalt Mutual  ID CM20418877\nREASON FOR VISIT: dysuria, r/o gonorrhea/chlamydia\nALLERGIES: sulfa",
    ),
    Spec(
        False,
        "IT notice about phishing",
        "Staff IT security notice; no health information.",
        f"IT Integration <it@{RID}>",
        f"allstaff@{RID}",
        "Phishing email impersonating our EHR",
        "Several staff received an email titled 'Meridian password expiry'. Do not click. Forward suspicious mail to phish@riverbendidclinic.org.",
    ),
    Spec(
        True,
        "Multi-sheet TB clinic DOT log to home health agency",
        "Directly observed therapy workbook with patient names and TB medication doses sent to home health vendor.",
        f"TB Program <tb@{RID}>",
        "scheduling@evergreenhomehealth.com",
        "DOT roster + dosing",
        "Roster for next week's home DOT visits and current doses on the second tab.",
        atts=(
            Att(
                "DOT_week12.xlsx",
                XLSX,
                xlsx(
                    {
                        "Roster": [
                            ["Patient", "Address", "Phone"],
                            ["Samuel Okafor", "77 Birch Ln, Millbrook", "555-0171"],
                            ["Lian Zhou", "1502 Canal St #3, Millbrook", "555-0172"],
                        ],
                        "Dosing": [
                            ["Patient", "Regimen"],
                            ["Samuel Okafor", "RIPE, continuation from 4/6"],
                            ["Lian Zhou", "3HP weekly"],
                        ],
                    }
                ),
            ),
        ),
    ),
]
