"""Restwell Sleep Medicine: outbound mail, 16 with PHI and 16 without."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import MH, RW, Att, Spec

SIG_FELD = "\n\nSamuel Feld, MD, FAASM\nMedical Director, Restwell Sleep Medicine\n720-555-0140"
SIG_TECH = "\n\nDarnell Pruitt, RPSGT\nLead Sleep Technologist | Restwell Sleep Medicine"

_HL7_ORU = "\r".join(
    [
        "MSH|^~\\&|RESTWELL_PSG|RESTWELL|PINECREST_EHR|PINECREST|202611170815||ORU^R01|"
        "RW20261117-0093|P|2.5.1",
        "PID|1||RW00048213^^^RESTWELL^MR||ESPINOZA^MARGARITA^L||19670914|F|||"
        "2290 ARAPAHOE AVE^^BOULDER^CO^80302||^PRN^PH^^^303^5550126",
        "ORC|RE|PC55120|RW7781||CM",
        "OBR|1|PC55120|RW7781|95810^POLYSOMNOGRAPHY 4+ PARAMETERS^CPT|||20261114213000|||||||||"
        "1631617218^NAKAMURA^AIKO",
        "OBX|1|NM|AHI^Apnea-Hypopnea Index^L||27.4|/h|<5|H|||F",
        "OBX|2|NM|SPO2NADIR^SpO2 nadir^L||79|%|>88|L|||F",
        "OBX|3|TX|IMPRESSION^Impression^L||Moderate obstructive sleep apnea (G47.33), "
        "REM-predominant. Recommend CPAP titration.||||||F",
        "",
    ]
)

_FHIR_AHI = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "rw-51877",
                    "identifier": [{"system": "urn:restwell:mrn", "value": "RW00051877"}],
                    "name": [{"family": "Abara", "given": ["Ikechukwu"]}],
                    "birthDate": "1974-06-03",
                    "gender": "male",
                },
                "request": {"method": "PUT", "url": "Patient/rw-51877"},
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "Apnea-hypopnea index (home sleep apnea test)"},
                    "subject": {"reference": "Patient/rw-51877"},
                    "effectiveDateTime": "2026-11-10",
                    "valueQuantity": {"value": 41.2, "unit": "events/h"},
                    "interpretation": [{"text": "Severe obstructive sleep apnea"}],
                },
                "request": {"method": "POST", "url": "Observation"},
            },
        ],
    },
    indent=1,
)

_FHIR_TEST = json.dumps(
    {
        "resourceType": "Patient",
        "id": "test-sleepy-001",
        "meta": {
            "tag": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST",
                    "display": "test health data",
                }
            ]
        },
        "identifier": [{"system": "urn:restwell:mrn", "value": "TEST-000001"}],
        "name": [{"family": "Zztest", "given": ["Sleepy"], "text": "TEST PATIENT - NOT REAL"}],
        "birthDate": "1900-01-01",
        "gender": "unknown",
    },
    indent=1,
)

PHI = [
    Spec(
        phi=True,
        category="sleep study report PDF to referring physician",
        notes="Diagnostic PSG report PDF with name, DOB, AHI and diagnosis to the referring "
        "primary care office.",
        frm=f"Restwell Reports <reports@{RW}>",
        to="referrals@pinecresthealth.org",
        subject="Sleep study report",
        body="Dear Dr. Halvorsen,\n\nThank you for your referral. The interpreted sleep study "
        "report is attached. Dr. Nakamura will see the patient back in clinic to discuss "
        "treatment.\n\nRestwell Sleep Medicine",
        atts=(
            Att(
                "PSG_report_20261114.pdf",
                "application/pdf",
                pdf(
                    [
                        "RESTWELL SLEEP MEDICINE - POLYSOMNOGRAPHY REPORT",
                        "Patient: Margarita Espinoza   DOB: 09/14/1967   MRN: RW00048213",
                        "Study date: 11/14/2026   Type: Diagnostic PSG (95810)",
                        "Referring: Nils Halvorsen, MD   Interpreting: Aiko Nakamura, MD",
                        "Total sleep time 362 min, sleep efficiency 81%",
                        "AHI 27.4/h (REM AHI 52.1/h), SpO2 nadir 79%",
                        "Impression: Moderate obstructive sleep apnea (G47.33).",
                        "Plan: CPAP titration study; avoid sedatives; weight management.",
                    ],
                    "PSG report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CPAP compliance CSV to DME supplier",
        notes="Hard positive: the body only says 'November downloads'; the CSV lists patients' "
        "names, member ids, usage hours and AHI.",
        frm=f"Tricia Holloway <tholloway@{RW}>",
        to=f"compliance@{MH}",
        subject="November downloads for 90-day reviews",
        body="Hi Harriet,\n\nNovember downloads for the shared patients coming up on their "
        "90-day review. Three are under 70%, Dr. Feld has mask refits scheduled.\n\nTricia",
        atts=(
            Att(
                "rw_compliance_nov.csv",
                "text/csv",
                "patient,dob,member_id,setup_date,days_used_4h_pct,avg_use_h,residual_ahi,"
                "leak_95\r\n"
                "Hector Alvarado,02/11/1959,W48820193,08/21/2026,84,6.2,2.1,18\r\n"
                "Sunita Ramaswamy,07/29/1971,ZGH7041182,08/28/2026,62,3.9,4.8,31\r\n"
                "Terrence Boyle,12/05/1980,W51734466,09/02/2026,91,7.1,1.4,12\r\n"
                "Marguerite Fontaine,03/18/1949,4WK4CW2WR65,09/04/2026,55,3.1,6.0,36\r\n"
                "Kwame Asante,10/30/1966,BCX903318205,09/09/2026,68,4.4,3.3,24\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="home sleep test pickup to patient gmail",
        notes="Hard positive: first name only, but sent to the patient's gmail about her home "
        "sleep apnea test kit pickup.",
        frm=f"Yesenia Obregon <yobregon@{RW}>",
        to="denise.kaluza77@gmail.com",
        subject="your kit is ready",
        body="Hi Denise!\n\nYour home sleep test kit is ready. You can pick it up Tuesday "
        "between 3 and 5 at the front desk, I'll show you how to put on the chest belt and "
        "the finger sensor (takes 10 min). Wear it for one night and drop it back by 9 am "
        "Wednesday. Don't take the trazodone that night if you can avoid it, Dr. Feld wants "
        "a clean night.\n\nYesenia\nRestwell Sleep Medicine",
    ),
    Spec(
        phi=True,
        category="MSLT prep instructions HTML",
        notes="Patient instructions for a narcolepsy work-up (PSG + MSLT) with her name, date "
        "and medication holds.",
        frm=f"Restwell Scheduling <scheduling@{RW}>",
        to="rosalind.achebe@outlook.com",
        subject="Instructions for your overnight study and MSLT",
        body="Dear Rosalind Achebe,\n\nYou are scheduled for an overnight sleep study followed "
        "by a Multiple Sleep Latency Test (MSLT) on Thursday, December 3. Check in at 8:00 PM; "
        "you will leave around 5:00 PM on Friday.\n\nAs Dr. Nakamura discussed, stop your "
        "fluoxetine 2 weeks before (starting 11/19) and do not take modafinil for 7 days "
        "before. Keep a sleep diary for the 2 weeks before the study. A urine drug screen is "
        "part of the test.\n\nRestwell Sleep Medicine\n720-555-0140",
        html="<html><body><p>Dear Rosalind Achebe,</p><p>You are scheduled for an "
        "<b>overnight sleep study followed by a Multiple Sleep Latency Test (MSLT)</b> on "
        "Thursday, December 3. Check in at 8:00 PM; you will leave around 5:00 PM on "
        "Friday.</p><p>As Dr. Nakamura discussed, stop your <b>fluoxetine</b> 2 weeks before "
        "(starting 11/19) and do not take <b>modafinil</b> for 7 days before. Keep a sleep "
        "diary for the 2 weeks before the study. A urine drug screen is part of the test."
        "</p><p>Restwell Sleep Medicine<br>720-555-0140</p></body></html>",
    ),
    Spec(
        phi=True,
        category="ENT referral for hypoglossal nerve stimulation",
        notes="Referral letter in the body with name, DOB, BMI, AHI and CPAP failure.",
        frm=f"Aiko Nakamura MD <anakamura@{RW}>",
        to="entreferrals@stlukesvalley.org",
        subject="Referral: Inspire evaluation",
        body="Dear Dr. Osei-Mensah,\n\nI'd appreciate your evaluation of Gregory Lindahl "
        "(DOB 04/02/1970) for hypoglossal nerve stimulation. He has moderate-to-severe OSA, "
        "AHI 38/h with central events <10%, BMI 29.8. He has failed CPAP despite three mask "
        "trials and a desensitization program (average use 1.6 h/night over 6 months). DISE "
        "has not been done. He is motivated and has no contraindications on my review.\n\n"
        "Records are in the HIE. His phone is 303-555-0167.\n\nBest,\nAiko Nakamura, MD\n"
        "Sleep Medicine and Pulmonology",
    ),
    Spec(
        phi=True,
        category="mask refit, PHI in subject only",
        notes="Hard positive: first name, last initial and PAP intolerance in the subject; the "
        "body is a short scheduling reply.",
        frm=f"Samuel Feld MD <sfeld@{RW}>",
        to=f"frontdesk@{RW}",
        subject="Re: Tomasz W. - PAP intolerance, claustrophobic w/ full face mask, refit?",
        body="yes, put him in Thursday 2:40 with Darnell, 30 min slot is fine.\n\nSF",
    ),
    Spec(
        phi=True,
        category="FHIR observation to HIE",
        notes="Hard positive: the FHIR transaction bundle carries a patient's name, DOB, MRN "
        "and severe OSA result; the body is a technical note.",
        frm=f"Integration Alerts <integration@{RW}>",
        to="onboarding@frontrangehie.org",
        subject="Failed POST - bundle 2026-11-17T06:05 (HTTP 422)",
        body="Automated message: the following bundle was rejected by the HIE endpoint with "
        "HTTP 422 (Observation.code missing coding). The payload is attached for support. "
        "Retry count: 3.\n\nRestwell Integration Engine",
        atts=(Att("bundle_20261117T0605.json", "application/fhir+json", _FHIR_AHI),),
    ),
    Spec(
        phi=True,
        category="CDL driver fitness letter to employer",
        notes="Letter to a trucking company's safety manager with the driver's name, OSA "
        "diagnosis and CPAP compliance (patient-authorized).",
        frm=f"Samuel Feld MD <sfeld@{RW}>",
        to="safety@ridgewaytrucking.com",
        subject="Sleep apnea compliance - driver Curtis Ballard",
        body="Mr. Okerlund,\n\nAt the request of and with written authorization from Curtis "
        "Ballard (DOB 11/23/1975), I confirm he was diagnosed with obstructive sleep apnea "
        "on 09/08/2026 and has used CPAP for at least 4 hours per night on 94% of nights over "
        "the last 30 days, with a residual AHI of 1.8. In my opinion he meets the compliance "
        "standard for FMCSA medical certification. Next download review is 02/2027." + SIG_FELD,
    ),
    Spec(
        phi=True,
        category="physician reply to husband with quoted question",
        notes="Hard positive: the physician's reply to the husband's hotmail names Gloria and "
        "her zolpidem/CPAP question; the husband's message is quoted.",
        frm=f"Aiko Nakamura MD <anakamura@{RW}>",
        to="rcastaneda_1962@hotmail.com",
        subject="RE: question about Gloria's sleeping pill",
        body="Mr. Castaneda,\n\nThanks for writing. Gloria should not restart the zolpidem on "
        "her own; with her untreated sleep apnea it can make the breathing pauses longer. "
        "Once she's on CPAP for a few weeks we can revisit. Melatonin 3 mg is fine in the "
        "meantime. Her titration night is still 11/28.\n\nDr. Nakamura\n\n"
        "-----Original Message-----\nFrom: Ruben Castaneda <rcastaneda_1962@hotmail.com>\n"
        "Sent: Sunday, November 15, 2026 9:41 PM\nTo: Restwell Sleep Medicine\nSubject: "
        "question about Gloria's sleeping pill\n\nDr Nakamura my wife Gloria Castaneda saw "
        "you last week. She has old Ambien from her other doctor, can she take it with the "
        "machine? She is not sleeping at all. Thank you, Ruben",
    ),
    Spec(
        phi=True,
        category="weekly PSG schedule workbook",
        notes="Hard positive: multi-sheet XLSX of the lab's nightly schedule with patient names, "
        "DOB, study type and notes such as oxygen or wheelchair.",
        frm=f"Darnell Pruitt <dpruitt@{RW}>",
        to=f"nighttechs@{RW}",
        subject="schedule wk of 11/23",
        body="Schedule for next week attached. Beds 1-4 Sun-Thu. Note Wed bed 3 is a split "
        "night w/ home O2, plan for it." + SIG_TECH,
        atts=(
            Att(
                "PSG_schedule_1123.xlsx",
                XLSX,
                xlsx(
                    {
                        "Sun-Mon": [
                            ["Night", "Bed", "Patient", "DOB", "Study", "Notes"],
                            [
                                "Sun",
                                1,
                                "Okwuosa, Bernard",
                                "05/12/1958",
                                "Split night",
                                "CHF, uses walker",
                            ],
                            [
                                "Sun",
                                2,
                                "Harrington, Leah",
                                "01/30/1992",
                                "Diagnostic PSG",
                                "RLS, on ropinirole",
                            ],
                            [
                                "Mon",
                                1,
                                "Tran, Minh Chau",
                                "08/08/1984",
                                "CPAP titration",
                                "nasal pillows",
                            ],
                        ],
                        "Tue-Thu": [
                            ["Night", "Bed", "Patient", "DOB", "Study", "Notes"],
                            [
                                "Wed",
                                3,
                                "Sorensen, Arne",
                                "06/21/1946",
                                "Split night",
                                "home O2 2L, wheelchair",
                            ],
                            [
                                "Thu",
                                2,
                                "Achebe, Rosalind",
                                "02/14/1995",
                                "PSG + MSLT",
                                "narcolepsy r/o, UDS",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="claim appeal letter DOCX",
        notes="Appeal letter for a denied titration study with member id, name and diagnosis.",
        frm=f"Tricia Holloway <tholloway@{RW}>",
        to="appeals@bluecrestplan.com",
        subject="Level 1 appeal - claim 26A0992187",
        body="Please find the attached level 1 appeal and supporting documentation for claim "
        "26A0992187.\n\nTricia Holloway\nBilling Manager, Restwell Sleep Medicine",
        atts=(
            Att(
                "Appeal_26A0992187.docx",
                DOCX,
                docx(
                    [
                        "Restwell Sleep Medicine - Level 1 Appeal",
                        "Member: Patrice Umutoni   Member ID: BCX118374052   DOB: 12/09/1981",
                        "Claim: 26A0992187   DOS: 10/20/2026   CPT 95811 (PAP titration)",
                        "Denial reason: not medically necessary.",
                        "The member has severe OSA (AHI 46/h, G47.33) on a diagnostic study of "
                        "09/29/2026 and could not complete a split-night study because "
                        "events clustered in late REM. AASM guidelines support an attended "
                        "titration in this situation.",
                        "Samuel Feld, MD, NPI 1781286657",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU result to PCP EHR (error resend)",
        notes="Hard positive: the body is an interface error note; the HL7 ORU has a name, "
        "DOB, address, AHI and diagnosis.",
        frm=f"Restwell IT <it@{RW}>",
        to="ehr-interfaces@pinecresthealth.org",
        subject="ORU resend - your engine ACK'd AE",
        body="Hi Marco,\n\nYour side returned AE on this result twice this morning (segment "
        "OBX-5 length?). Attaching the message as sent so you can replay it.\n\nThanks,\n"
        "Restwell IT",
        atts=(Att("ORU_RW20261117-0093.hl7", "application/hl7-v2", _HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="CPAP prescription to DME supplier",
        notes="CPAP order with name, DOB, address, phone, diagnosis and settings sent to the DME "
        "supplier.",
        frm=f"Aiko Nakamura MD <anakamura@{RW}>",
        to=f"intake@{MH}",
        subject="New CPAP order",
        body="New order, please set up this week:\n\nPatient: Ikechukwu Abara\nDOB: "
        "06/03/1974\nAddress: 1458 Quince Ave, Broomfield, CO 80020\nPhone: 720-555-0198\n"
        "Insurance: BlueCrest, member BCX802215639\nDx: severe OSA, G47.33 (HST 11/10/2026, "
        "AHI 41.2)\nOrder: APAP 6-16 cm H2O, heated humidifier, ResMed AirFit F20 medium "
        "full face mask, supplies per Medicare schedule, 99 months\n\nAiko Nakamura, MD\n"
        "NPI 1631617218",
    ),
    Spec(
        phi=True,
        category="sleep diary TXT attachment",
        notes="Hard positive: the patient's transcribed sleep diary in a TXT attachment with "
        "her name, insomnia medication and CBT-I notes; body is neutral.",
        frm=f"Yesenia Obregon <yobregon@{RW}>",
        to="cbti@mindfulrestpsych.com",
        subject="diary for Thursday's session",
        body="Hi Dr. Kessler, attached is the typed diary from the paper one she dropped off. "
        "See you Thursday.\n\nYesenia",
        atts=(
            Att(
                "diary_wk2.txt",
                "text/plain",
                "Sleep diary - Lucinda Marchetti (DOB 07/19/1963) - CBT-I week 2\r\n"
                "Night  Bed   Lights out  SOL  WASO  Out of bed  Naps  Meds\r\n"
                "11/08  23:30  23:45       50   90    06:10       0     trazodone 50\r\n"
                "11/09  23:30  23:40       35   60    06:00       20m   none\r\n"
                "11/10  00:00  00:05       20   45    06:00       0     none\r\n"
                "Notes: anxiety about work, sleep restriction window 00:00-06:00 agreed.\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded voicemail transcript",
        notes="Hard positive: the forwarded rfc822 voicemail transcript names the caller, her "
        "callback number and her CBT-I/insomnia appointment.",
        frm=f"Ngozi Eze <neze@{RW}>",
        to=f"scheduling@{RW}",
        subject="Fwd: Voicemail from 3035550153",
        body="Can someone reschedule her? I'm out the rest of the week.\n\nNgozi",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm=f"Voicemail System <voicemail@{RW}>",
            to=f"neze@{RW}",
            subject="Voicemail from 3035550153",
            body="New voicemail (0:41) from 303-555-0153, Mon 11/16 7:12 AM.\n\nTranscript: "
            "Hi this is Farida Haddad, I have my insomnia appointment with the "
            "psychologist Thursday at eleven, the CBT-I one, and I need to move it because "
            "my mom is in the hospital. Please call me back at 303-555-0153. Thanks.",
        ),
    ),
    Spec(
        phi=True,
        category="night tech urgent note, initial and room",
        notes="Hard positive: 'Mr. O., 62' in room 3 tonight with desaturations and a split "
        "decision; identifiable within the lab by room and date.",
        frm=f"Darnell Pruitt <dpruitt@{RW}>",
        to=f"sfeld@{RW}",
        subject="room 3 tonight",
        body="Dr. Feld, Mr. O. in room 3 (62 y/o, the CHF gentleman from Dr. Halvorsen) is "
        "having 40-sec obstructive pauses, O2 nadir 71% by 23:10, AHI running ~58 in the first "
        "2 hours. He meets split criteria. Ok to start CPAP at 5? He also has some "
        "Cheyne-Stokes looking breathing in N1, want ASV on standby? Call the lab 720-555-0145."
        + SIG_TECH,
    ),
]

CLEAN = [
    Spec(
        phi=False,
        category="inter-scorer reliability aggregate",
        notes="Hard negative: scoring concordance percentages per technologist (staff names) "
        "for accreditation; no patient data.",
        frm=f"Darnell Pruitt <dpruitt@{RW}>",
        to=f"sfeld@{RW}",
        subject="Q3 inter-scorer reliability results",
        body="Dr. Feld,\n\nQ3 ISR results against the AASM reference records (200 epochs each):"
        "\n\nStaging agreement: Pruitt 91.5%, Obregon 88.0%, Lattimore 86.5%, Chen 90.0%\n"
        "Respiratory events: Pruitt 93%, Obregon 89%, Lattimore 84%, Chen 91%\n\nLattimore is "
        "under the 85% target on respiratory, I'll do a hypopnea 3% vs 4% refresher with him "
        "next week." + SIG_TECH,
    ),
    Spec(
        phi=False,
        category="device recall guidance to referring practices",
        notes="Hard negative: CPAP foam recall guidance for referring clinicians; mentions "
        "patients in general, nobody identified.",
        frm=f"Samuel Feld MD <sfeld@{RW}>",
        to="providers@pinecresthealth.org",
        subject="What to tell patients about the DreamAir foam recall",
        body="Dear colleagues,\n\nSeveral of your patients may ask about the DreamAir 2 CPAP "
        "sound-abatement foam recall. Our guidance:\n\n1. Patients should not stop therapy "
        "abruptly, especially commercial drivers and those with severe OSA.\n2. Register the "
        "device serial number on the manufacturer's site.\n3. An inline bacterial filter is "
        "reasonable in the meantime.\n4. Replacement units are going out through DME "
        "suppliers; Meridian Home Medical expects stock in January.\n\nWe're happy to take "
        "calls at 720-555-0140." + SIG_FELD,
    ),
    Spec(
        phi=False,
        category="de-identified PSG research dataset",
        notes="Hard negative: de-identified study extract (random ids, age bands, AHI values) "
        "for a university collaborator.",
        frm=f"Aiko Nakamura MD <anakamura@{RW}>",
        to="sleep-lab@frontrange.edu",
        subject="de-identified PSG extract v2",
        body="Hi Priya,\n\nHere's the corrected extract: dates removed, ages in 5-year bands, "
        "ZIPs dropped. The linkage key stays in our locked drive.\n\nAiko",
        atts=(
            Att(
                "psg_deid_v2.csv",
                "text/csv",
                "rid,age_band,sex,bmi,ahi,rem_ahi,spo2_nadir,odi,cai\r\n"
                "R0193,45-49,M,31.2,24.6,41.0,82,19.3,0.4\r\n"
                "R0417,60-64,F,27.9,11.2,30.4,86,8.1,0.0\r\n"
                "R0588,35-39,M,35.6,62.8,70.1,68,55.0,2.2\r\n"
                "R0722,70-74,M,26.4,33.0,29.7,80,27.6,9.8\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="RPSGT job posting",
        notes="Hard negative: technologist job posting mentioning sleep apnea and night work; "
        "no patient.",
        frm=f"Restwell HR <hr@{RW}>",
        to="postings@aastweb-jobs.org",
        subject="Posting: Registered Polysomnographic Technologist (nights)",
        body="Restwell Sleep Medicine, Boulder CO, is hiring a full-time night RPSGT.\n\n"
        "- 3 x 12 h nights, 4-bed AASM-accredited lab\n- Diagnostic PSG, split night, CPAP/"
        "BPAP/ASV titrations, MSLT/MWT\n- Pediatric experience a plus\n- RPSGT or RST "
        "required, BLS\n- $34-$41/h + night differential\n\nApply to hr@restwellsleep.com",
    ),
    Spec(
        phi=False,
        category="tech shift coverage",
        notes="Hard negative: staff shift coverage sent to a per-diem technologist's personal "
        "gmail; staff names only.",
        frm=f"Darnell Pruitt <dpruitt@{RW}>",
        to="ben.lattimore.rpsgt@gmail.com",
        cc=f"nighttechs@{RW}",
        subject="Thanksgiving week coverage",
        body="Team, Thanksgiving week: lab closed Wed 11/25 and Thu 11/26. Ben and Yesenia "
        "swap Fri/Sat, Mei covers Sunday. Please confirm in the schedule app by Friday." + SIG_TECH,
    ),
    Spec(
        phi=False,
        category="supply PO with SSN-shaped number",
        notes="Hard negative: supply order whose purchase order number looks like an SSN; "
        "electrodes and cannulas only.",
        frm=f"Restwell Office <office@{RW}>",
        to="orders@sleeptechsupply.com",
        subject="Order - PO 527-16-0384",
        body="Hello,\n\nPlease ship on PO 527-16-0384:\n\n- Gold cup EEG electrodes 60 in, 10 "
        "packs\n- Disposable nasal pressure cannulas, adult, 4 cases\n- Ten20 paste 8 oz, 12\n"
        "- RIP belts, large, 6\n\nShip to: Restwell Sleep Medicine, 4801 Baseline Rd, Suite "
        "110, Boulder CO 80303. Net 30.\n\nThanks,\nOffice Manager",
    ),
    Spec(
        phi=False,
        category="drowsy driving newsletter HTML-only",
        notes="Hard negative: HTML-only public health newsletter about sleep apnea and drowsy "
        "driving for a community list; no individual.",
        frm=f"Restwell Sleep Medicine <news@{RW}>",
        to="newsletter@boulderchamber.org",
        subject="Drowsy Driving Prevention Week: 5 warning signs",
        body="",
        html="<html><body><h1>Drowsy Driving Prevention Week</h1><p>About 1 in 25 adult "
        "drivers report falling asleep at the wheel in the past month. Untreated obstructive "
        "sleep apnea raises crash risk 2-3x.</p><ol><li>Frequent yawning or blinking</li>"
        "<li>Missing your exit</li><li>Drifting from your lane</li><li>Loud snoring or "
        "gasping at night</li><li>Morning headaches</li></ol><p>Talk to your doctor about a "
        "sleep evaluation. Restwell Sleep Medicine, 720-555-0140.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="synthetic test patient FHIR",
        notes="Hard negative: FHIR Patient tagged HTEST, named ZZTEST 'Sleepy', for an "
        "integration test; clearly synthetic.",
        frm=f"Restwell IT <it@{RW}>",
        to="onboarding@frontrangehie.org",
        subject="Test patient for sandbox onboarding",
        body="Hi onboarding team,\n\nWe'll use this synthetic test patient for the sandbox "
        "runs this week (meta tag HTEST, name ZZTEST, DOB 1900-01-01). No production data will "
        "be sent until sign-off.\n\nRestwell IT",
        atts=(Att("test_patient.json", "application/fhir+json", _FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="CME agenda on opioids and central apnea",
        notes="Hard negative: grand rounds agenda on opioid-induced central sleep apnea with "
        "speaker names.",
        frm=f"Samuel Feld MD <sfeld@{RW}>",
        to="gme@stlukesvalley.org",
        subject="Grand rounds 12/9 - title and objectives",
        body="Hi Linda,\n\nTitle: 'Opioids, central sleep apnea and ASV: what changed after "
        "SERVE-HF'\nSpeaker: Samuel Feld, MD (sleep medicine)\nObjectives:\n1. Recognize "
        "ataxic breathing and CSA in patients on chronic opioids\n2. Choose between CPAP, "
        "BPAP-ST and ASV\n3. Know when ASV is contraindicated (LVEF <= 45%)\n\nNo disclosures."
        + SIG_FELD,
    ),
    Spec(
        phi=False,
        category="physician enrollment with NPI",
        notes="Hard negative: payer enrollment data for a sleep physician (NPI, license, board "
        "certification); provider identifiers only.",
        frm=f"Tricia Holloway <tholloway@{RW}>",
        to="enrollment@bluecrestplan.com",
        subject="Add provider to group - Aiko Nakamura, MD",
        body="Hello,\n\nPlease add the following provider to our group contract (TIN on file):"
        "\n\nAiko Nakamura, MD\nNPI 1631617218\nSpecialty: Sleep Medicine (ABIM), Pulmonary "
        "Disease\nColorado license DR.0072214\nStart date 01/01/2027\nPractice location: 4801 "
        "Baseline Rd, Suite 110, Boulder CO 80303\n\nThank you,\nTricia Holloway",
    ),
    Spec(
        phi=False,
        category="monthly volume report workbook",
        notes="Hard negative: multi-sheet workbook of study counts by type and payer mix; "
        "aggregates only.",
        frm=f"Tricia Holloway <tholloway@{RW}>",
        to=f"sfeld@{RW}",
        subject="October volume & payer mix",
        body="October numbers attached. HST volume passed in-lab for the first time.",
        atts=(
            Att(
                "RW_volume_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Studies": [
                            ["Type", "CPT", "Sep", "Oct"],
                            ["Diagnostic PSG", "95810", 141, 133],
                            ["Titration", "95811", 97, 102],
                            ["Home sleep test", "95806/G0399", 176, 188],
                            ["MSLT", "95805", 9, 11],
                        ],
                        "Payer mix": [
                            ["Payer", "Share %"],
                            ["Medicare", 31],
                            ["BlueCrest", 27],
                            ["Other commercial", 29],
                            ["Medicaid", 10],
                            ["Self-pay", 3],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fax server change IT notice",
        notes="IT notice about the new e-fax numbers.",
        frm=f"Restwell IT <it@{RW}>",
        to=f"staff@{RW}",
        subject="New e-fax numbers starting Monday",
        body="Starting Monday 11/23 inbound faxes go to the shared 'eFax' mailbox instead of "
        "the printer. Main fax stays 720-555-0149; the billing fax changes to 720-555-0150. "
        "Please update your signatures.\n\nIT",
    ),
    Spec(
        phi=False,
        category="facilities HVAC in sleep rooms",
        notes="Facilities message to the landlord about temperature in the sleep rooms.",
        frm=f"Restwell Office <office@{RW}>",
        to="maintenance@baselineplazaprop.com",
        subject="Suite 110 - bedrooms too warm at night",
        body="Hi Rob,\n\nThe thermostat in the sleep rooms (suite 110, rooms 1-4) is "
        "overriding back to 76F at 10 PM. We need 68-70F overnight. Can your HVAC tech "
        "come Thursday before 5 PM?\n\nThanks,\nOffice Manager",
    ),
    Spec(
        phi=False,
        category="HST coverage policy change",
        notes="Hard negative: payer policy summary with codes and clinical criteria for home "
        "sleep testing; no patient.",
        frm=f"Tricia Holloway <tholloway@{RW}>",
        to=f"providers@{RW}",
        subject="BlueCrest HST policy changes 1/1/2027",
        body="Providers,\n\nBlueCrest's updated policy (effective 1/1):\n- HST (G0399/95806) "
        "required first for adults with high pretest probability of OSA, unless CHF with "
        "EF<40%, COPD on O2, neuromuscular disease, or suspected central apnea/narcolepsy\n"
        "- In-lab PSG (95810) needs prior auth with one of those exceptions documented\n"
        "- CPAP continuation requires >=4 h on 70% of nights in a consecutive 30-day window "
        "within the first 90 days\n\nTricia",
    ),
    Spec(
        phi=False,
        category="patient education handout to clinic staff",
        notes="Generic CPAP education PDF sent to front desk for printing; not tied to anyone.",
        frm=f"Samuel Feld MD <sfeld@{RW}>",
        to=f"frontdesk@{RW}",
        subject="Please print 50 of the new CPAP handout",
        body="Updated handout attached, please print 50 for the new-start packets.\n\nSF",
        atts=(
            Att(
                "Getting_used_to_CPAP_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "RESTWELL SLEEP MEDICINE - GETTING USED TO CPAP",
                        "Wear it every night, for the whole night, even for naps.",
                        "Dry mouth? Turn up the humidifier or ask about a chin strap.",
                        "Mask leaks? Don't overtighten; call us for a refit.",
                        "Clean the mask cushion daily and the tubing weekly.",
                        "Questions: 720-555-0140",
                    ],
                    "Getting used to CPAP",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="holiday party invite",
        notes="Staff holiday party invitation.",
        frm=f"Ngozi Eze <neze@{RW}>",
        to=f"staff@{RW}",
        subject="Holiday party Dec 12!",
        body="Hi all! Our holiday party is Saturday Dec 12, 6 PM at Southern Sun. Partners "
        "welcome. Night techs, Darnell arranged for the lab to be closed that night. White "
        "elephant, $25 limit. RSVP by 12/4.\n\nNgozi",
    ),
]

MESSAGES = PHI + CLEAN
