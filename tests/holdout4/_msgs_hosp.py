# ruff: noqa: E501
"""Hand-written holdout4 messages from Pine Hollow Community Hospital and its nursing home wing."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, png, zipped
from _pdf import pdf
from _spec import HOSP as P
from _spec import Att, Spec
from _xlsx import xlsx

SIG = "\n--\nPine Hollow Community Hospital | 400 Ridge Rd, Pine Hollow\nMain 555-0140 | Fax 555-0149\n"
CONF = (
    "\nCONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for the\n"
    "addressee. If you received it in error, notify the sender and delete it.\n"
)

HL7_CRIT = (
    "MSH|^~\\&|PHLAB|PINEHOLLOW|TERTLAB|STLUKES|20261208061500||ORU^R01|PH260811|P|2.5.1\r"
    "PID|1||PH-0048823^^^PHCH^MR||Vasquez^Orlando^J||19520317|M|||18 Quarry Ln^^Pine Hollow^CO^81233||555-0162\r"
    "OBR|1|L77310||2823-3^Potassium^LN|||20261208054000\r"
    "OBX|1|NM|2823-3^Potassium^LN||6.9|mmol/L|3.5-5.1|HH|||F\r"
    "NTE|1||Critical called to Dr. Whitcomb 0612 read back by RN K. Dahl\r"
)

HL7_ADT = (
    "MSH|^~\\&|PHADT|PINEHOLLOW|REGADT|MERCYREGIONAL|20261209141000||ADT^A02|PH77120|P|2.3\r"
    "EVN|A02|20261209140500\r"
    "PID|1||PH-0051207^^^PHCH^MR||Blackhorse^Delia^R||19440602|F|||Rt 2 Box 71^^Cedar Flats^CO^81236\r"
    "PV1|1|I|ICU^02^A||||1583729045^Whitcomb^Adam|||MED||||||||IP|V44120\r"
    "DG1|1||I21.4^NSTEMI^I10\r"
)

FHIR_TRANSFER = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "document",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "ph-0039914", "name": [{"family": "Hargrove", "given": ["Wendell"]}], "birthDate": "1949-10-21", "gender": "male"}},
            {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/ph-0039914"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "K92.2", "display": "Gastrointestinal hemorrhage, unspecified"}]}}},
            {"resource": {"resourceType": "Observation", "subject": {"reference": "Patient/ph-0039914"}, "code": {"text": "Hemoglobin"}, "valueQuantity": {"value": 6.8, "unit": "g/dL"}}},
        ],
    },
    indent=1,
)

MESSAGES: list[Spec] = [
    Spec(
        True,
        "lab_critical",
        "Critical potassium phoned then emailed with HL7 result naming the patient and MRN.",
        f"Lab Pine Hollow <lab@{P}>",
        "hospitalist.group@mercyregional.org",
        "Critical value - follow up to phone call",
        "Dr. Whitcomb asked that I send the critical K+ we called at 0612 so your hospitalist has it\n"
        "before transfer. Result attached (HL7). Pt is Orlando Vasquez, MRN PH-0048823.\n\n"
        "Karin Dahl, MLS(ASCP)\nPine Hollow Lab  555-0145\n" + CONF,
        atts=(Att("ORU_PH260811.hl7", "application/hl7-v2", HL7_CRIT),),
    ),
    Spec(
        True,
        "transfer_adt",
        "ICU transfer ADT message with name, DOB, MRN and NSTEMI diagnosis to the tertiary hospital.",
        f"Interface Engine <hl7-noreply@{P}>",
        "adt-inbound@mercyregional.org",
        "ADT A02 PH77120",
        "Automated message. Attached ADT^A02 transmitted per transfer agreement. Do not reply.\n",
        atts=(Att("PH77120.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        True,
        "transfer_fhir",
        "Transfer packet FHIR bundle: named patient, DOB, GI bleed and hemoglobin to receiving hospital.",
        f"Rhonda Pacheco RN <rpacheco@{P}>",
        "transfer.center@stlukesdenver.org",
        "Transfer packet - accepted by Dr. Ames",
        "Hi transfer center,\n\nAccepted pt per Dr. Ames at 15:40, flight crew ETA 17:00. FHIR bundle\n"
        "attached with problem list and latest H/H. 2 units PRBC hung here. Face sheet follows by fax.\n\n"
        "Rhonda Pacheco RN, House Supervisor\n" + SIG,
        atts=(Att("transfer_bundle.json", "application/fhir+json", FHIR_TRANSFER),),
    ),
    Spec(
        True,
        "nh_fall_incident",
        "Nursing-home fall incident report PDF naming the resident, injury and room.",
        f"Gail Brenneman <gbrenneman@{P}>",
        "risk@coloradoruralrisk.org",
        "Incident report 12/08 - Pine Hollow LTC",
        "Attached is the incident report for this morning's unwitnessed fall on the LTC wing. Family\n"
        "notified, x-ray negative. Let me know if the pool needs anything else.\n\nGail\nDON, Pine Hollow LTC\n",
        atts=(
            Att(
                "IR_2026-1208_Kowalczyk.pdf",
                "application/pdf",
                pdf(
                    [
                        "PINE HOLLOW COMMUNITY HOSPITAL - LONG TERM CARE",
                        "Incident Report #LTC-26-118",
                        "Resident: Henrietta Kowalczyk   Room 14B   DOB 04/11/1936",
                        "Date/time: 12/08/2026 05:20   Unwitnessed fall beside bed",
                        "Findings: skin tear L forearm 3 cm, no head strike reported, on apixaban",
                        "Actions: neuro checks q1h x4, X-ray L wrist negative, bed alarm added",
                        "Family (daughter Ruth) notified 06:45",
                    ],
                    "Incident report",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "nh_fall_text_only",
        "Hard positive: first name plus room and fall details, no surname, to the medical director.",
        f"Tessa N. <tnovak@{P}>",
        "dr.lindqvist@highcountryfamilymed.com",
        "Re: Walter in 9A",
        "Dr L - Walter in 9A was on the floor again at 0200, 2nd time this week. No injury noted but\n"
        "he's more confused than baseline, UA sent. Ok to hold the trazodone tonight?\n\nTessa (nights)\n",
    ),
    Spec(
        True,
        "care_plan_meeting",
        "MDS/care-plan meeting invite naming the resident, quarterly MDS and diagnoses.",
        f"Bonnie Alvarado <balvarado@{P}>",
        "cgreenfeather@yahoo.com",
        "Care plan meeting for your mom",
        "Hi Carol,\n\nYour mom's quarterly MDS is due and we'd like to meet about her care plan. We'll go\n"
        "over her weight loss (down 6 lb since Sept), the new pressure area on her heel, and the\n"
        "hospice question Dr. Lindqvist raised. Invite attached - phone-in works.\n\n"
        "Bonnie Alvarado, MDS Coordinator\n" + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pine Hollow//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:h4-cpm-0412@pinehollowhospital.org\r\nDTSTAMP:20261207T150000Z\r\n"
            "DTSTART:20261211T210000Z\r\nDTEND:20261211T213000Z\r\n"
            "SUMMARY:Care plan conference - Lorraine Greenfeather (LTC 6)\r\n"
            "DESCRIPTION:Quarterly MDS review\\, weight loss\\, heel pressure injury\\, hospice discussion\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        True,
        "family_update_personal",
        "Nurse update to a son's gmail naming the patient's pneumonia and oxygen.",
        f"Jolene Marsh <jmarsh@{P}>",
        "dave.ostrowski.77@gmail.com",
        "update on your dad",
        "Dave - quick update since you couldn't get through on the phone. Your dad (Stanley) had a\n"
        "better night, fever broke around 3am. Still on 2L oxygen, chest xray tomorrow to see if the\n"
        "pneumonia is clearing. He ate half his breakfast!\n\nJolene, 2nd floor med/surg\n",
    ),
    Spec(
        True,
        "death_funeral_home",
        "Death notification to funeral home with name, time of death and release details.",
        f"House Supervisor <housesup@{P}>",
        "arrangements@valleyviewfuneral.com",
        "Release - Pine Hollow",
        "Valley View,\n\nPlease arrange pickup for Eugene Farrow, expired 12/09/2026 at 0340 on the LTC\n"
        "wing. Attending Dr. Whitcomb will sign the certificate; cause per physician is pending, no\n"
        "ME case. Family (wife, Marlene 555-0178) has chosen your home. Belongings bagged at nurses station.\n\n"
        "Rhonda Pacheco RN\n",
    ),
    Spec(
        True,
        "dme_oxygen_order",
        "DME oxygen order naming the patient, saturation and Medicare MBI.",
        f"Case Management <casemgmt@{P}>",
        "intake@rockymtnmedsupply.com",
        "O2 order - discharge today",
        "Please set up home oxygen for discharge today 2 pm.\n\nPatient: Marvin Tallchief  DOB 08/30/1941\n"
        "MBI: 3QF7-HN2-RW41\nAddress: 2207 County Rd 14, Cedar Flats\n"
        "Dx: COPD J44.1, SpO2 86% RA at rest, 93% on 2 L NC\nOrder: O2 concentrator 2 L continuous + portable E tanks\n"
        "Ordering: Adam Whitcomb MD, NPI: 1583729045\n\nThanks, Lynette (CM) x4412\n",
    ),
    Spec(
        True,
        "swing_bed_schedule_xlsx",
        "Hard positive: multi-sheet swing-bed census workbook with names and diagnoses sent to the state QIO.",
        f"Quality Dept <quality@{P}>",
        "swingbed.reports@coloradoqio.org",
        "Swing bed Q4 data",
        "Attached per your request. Sheet 2 has the readmission detail.\n\nMelody Tran, Quality\n",
        atts=(
            Att(
                "PHCH_swingbed_Q4.xlsx",
                XLSX,
                xlsx(
                    {
                        "Census": [["Month", "Admits", "ALOS"], ["Oct", 9, 11.2], ["Nov", 7, 12.8]],
                        "Readmits": [
                            ["Patient", "MRN", "Admit", "Dx", "Readmit reason"],
                            ["Faye Runningwater", "PH-0044310", "2026-10-03", "Hip fx s/p ORIF", "UTI/sepsis"],
                            ["Leland Purcell", "PH-0029871", "2026-11-12", "CHF", "Fluid overload"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "ed_followup_initials",
        "Hard positive: initials, age, sex, town and overdose details in an EMS feedback email.",
        f"Dr. Priya Ramaswamy <pramaswamy@{P}>",
        "medic7.crew@hollowcountyems.org",
        "nice work Sat night",
        "Crew - wanted to close the loop on the 34 y/o M (J.T.) from the Cedar Flats trailer park you\n"
        "brought in Saturday. Two doses narcan in the field, one more here, fentanyl on tox screen. He\n"
        "went to Mercy ICU and was extubated yesterday. Great call on the early airway.\n\nPriya\n",
    ),
    Spec(
        True,
        "subject_only_dx",
        "Hard positive: name and diagnosis only in the subject, body is a bare forward note.",
        f"Dr. Adam Whitcomb <awhitcomb@{P}>",
        "awhitcomb.md@gmail.com",
        "Lorna Pettibone - new C. diff, reading tonight",
        "sending to myself to read at home\n",
    ),
    Spec(
        True,
        "wound_photo_png",
        "Wound photo with resident name in the file name sent to a wound-care consultant.",
        f"Pine Hollow LTC <ltcnurse@{P}>",
        "consult@woundsolutionsco.com",
        "Pics for Thursday consult",
        "Stage 3 sacral, measured 4.1 x 3.0 x 0.6 today, slough 30%. Photos attached.\n\nsent from my iPhone\n",
        atts=(
            Att("Kowalczyk_H_sacrum_1208.png", "image/png", png(6, 6, (180, 90, 80))),
            Att("Kowalczyk_H_sacrum_1208_b.png", "image/png", png(6, 6, (170, 95, 85))),
        ),
    ),
    Spec(
        True,
        "discharge_summary_docx",
        "Discharge summary DOCX with name, DOB and diagnoses sent to a PCP outside the hospital.",
        f"HIM Pine Hollow <him@{P}>",
        "records@highcountryfamilymed.com",
        "Discharge summary",
        "Please see attached discharge summary for your patient.\n\nHealth Information Management\n" + CONF,
        atts=(
            Att(
                "DC_summary_PH0051207.docx",
                DOCX,
                docx(
                    [
                        "Pine Hollow Community Hospital - Discharge Summary",
                        "Patient: Delia Blackhorse   DOB 06/02/1944   MRN PH-0051207",
                        "Admitted 12/06/2026  Discharged 12/09/2026 (transfer to Mercy Regional)",
                        "Diagnoses: NSTEMI (I21.4), type 2 diabetes (E11.9), CKD stage 3",
                        "Meds: aspirin 81 mg, atorvastatin 80 mg, metoprolol 25 mg BID",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "billing_837",
        "X12 837I claim text file with subscriber name, member ID and diagnosis to the clearinghouse.",
        f"Patient Accounts <pfs@{P}>",
        "support@plainsclaimsnet.com",
        "Rejected batch 1207 - resubmitting",
        "Your portal rejected batch 1207 for a bad NM1 segment; corrected file attached for\n"
        "manual load. Please confirm receipt.\n\nSherri, Patient Financial Services\n",
        atts=(
            Att(
                "PHCH_837I_1207.txt",
                "text/plain",
                "ISA*00*          *00*          *ZZ*PINEHOLLOW     *ZZ*PLAINSCN       *261207*1015*^*00501*000004412*0*P*:~\n"
                "GS*HC*PINEHOLLOW*PLAINSCN*20261207*1015*4412*X*005010X223A2~\n"
                "ST*837*0001*005010X223A2~\n"
                "NM1*85*2*PINE HOLLOW COMMUNITY HOSPITAL*****XX*1276453093~\n"
                "NM1*IL*1*PURCELL*LELAND****MI*W229184471~\n"
                "DMG*D8*19380115*M~\n"
                "CLM*PH29871-11*18420.55***11:A:1~\n"
                "HI*ABK:I5023*ABF:N179~\n"
                "SE*8*0001~\nGE*1*4412~\nIEA*1*000004412~\n",
            ),
        ),
    ),
    Spec(
        True,
        "eligibility_271",
        "X12 271 eligibility response forwarded with subscriber name and member ID.",
        f"Registration <registration@{P}>",
        f"billing.lead@{P}",
        "FW: 271 for tomorrow's infusion",
        "Sherri, coverage looks inactive on this one - can you call the plan before her iron infusion?\n\nAmber\n",
        cc="amberlee.reg@outlook.com",
        atts=(
            Att(
                "271_Runningwater.txt",
                "text/plain",
                "ISA*00*          *00*          *ZZ*RMHP           *ZZ*PINEHOLLOW     *261207*0911*^*00501*000000771*0*P*:~\n"
                "ST*271*0771*005010X279A1~\n"
                "NM1*PR*2*ROCKY MOUNTAIN HEALTH PLAN*****PI*RMHP01~\n"
                "NM1*IL*1*RUNNINGWATER*FAYE****MI*RM5540917302~\n"
                "DMG*D8*19480709*F~\n"
                "EB*6**30~\n"
                "MSG*COVERAGE TERMINATED 20261130~\nSE*7*0771~\n",
            ),
        ),
    ),
    Spec(
        True,
        "forward_chain_ltc",
        "Hard positive: innocuous top note forwarding an attached message about a resident's hospice referral.",
        f"Marcy Elkins <melkins@{P}>",
        "intake@evergreenhh.org",
        "FW: referral",
        "See below, can you get someone out this week? Thx - Marcy\n",
        forward=Spec(
            True,
            "",
            "",
            f"Dr. Adam Whitcomb <awhitcomb@{P}>",
            f"melkins@{P}",
            "Greenfeather",
            "Marcy, Lorraine Greenfeather in LTC 6 - family agreed to hospice eval. End-stage dementia,\n"
            "FAST 7c, 10% wt loss in 6 months, recurrent aspiration. Please send referral to Evergreen.\n\nAW\n",
        ),
    ),
    Spec(
        True,
        "mobile_oneliner",
        "Hard positive: mobile one-liner with a surname and blood-sugar value to a colleague's personal address.",
        f"Kyle Dominguez <kdominguez@{P}>",
        "kdom.rn@icloud.com",
        "note",
        "Mrs Ybarra BG 412 at 2100 gave 8u lispro per scale recheck 2300\n\nSent from my iPhone\n",
    ),
    Spec(
        True,
        "html_only_lab",
        "HTML-only result notification naming the patient, A1c and eGFR sent to a home email.",
        f"Pine Hollow Clinic <clinic@{P}>",
        "rosemarie.lindahl@hotmail.com",
        "Your lab results",
        "",
        html=(
            "<html><body><p>Dear Rosemarie Lindahl,</p><p>Dr. Ramaswamy reviewed your labs from "
            "December 4:</p><table border='1'><tr><td>Hemoglobin A1c</td><td>8.9 %</td></tr>"
            "<tr><td>eGFR</td><td>48</td></tr></table><p>She would like to increase your metformin "
            "and see you in 4 weeks.</p><p>Pine Hollow Clinic</p></body></html>"
        ),
    ),
    Spec(
        True,
        "csv_er_log",
        "Hard positive: CSV of ED visits with names and chief complaints sent to an outside billing vendor without a BAA note.",
        f"Patient Accounts <pfs@{P}>",
        "darla@ruralcodingpros.net",
        "Nov ED charts for coding",
        "Darla, here's the Nov ED list for the coding backlog. Charts are in the usual share.\n",
        atts=(
            Att(
                "ED_Nov.csv",
                "text/csv",
                "acct,name,dos,chief_complaint,disposition\n"
                "V43001,Harlan Voss,2026-11-02,chest pain,transfer\n"
                "V43017,Maribel Ortiz,2026-11-05,laceration R hand,home\n"
                "V43052,Tobias Kline,2026-11-19,ETOH intoxication,home\n",
            ),
        ),
    ),
    Spec(
        True,
        "radiology_read_zip",
        "ZIP with a radiology read text naming the patient, sent to a visiting orthopedist.",
        f"Radiology <radiology@{P}>",
        "dr.heppner@summitortho.com",
        "Reads for Thursday clinic",
        "Dr Heppner, reads attached for the Thursday outreach clinic list.\n\nRuby, Imaging\n",
        atts=(
            Att(
                "reads_1210.zip",
                "application/zip",
                zipped(
                    {
                        "Purcell_Leland_Lknee.txt": "Leland Purcell DOB 1938-01-15. XR L knee 3v: severe tricompartmental OA, no fracture.\n",
                        "Voss_Harlan_Lshoulder.txt": "Harlan Voss DOB 1957-06-22. XR L shoulder: chronic full-thickness RC tear suspected.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "behavioral_hold",
        "Hard positive: first name, age and M1 hold for suicidal ideation to the crisis bed coordinator.",
        f"ED Charge <edcharge@{P}>",
        "beds@westslopecrisis.org",
        "bed search",
        "Any adult crisis beds? We have Kayla, 19F, on an M-1 hold since 0200 for SI with a plan,\n"
        "medically cleared, UDS neg. She's been in our ED 30 hrs. Call 555-0146.\n",
    ),
    Spec(
        True,
        "reply_chain_ltc_meds",
        "Reply chain between the nursing home and the physician about a resident's warfarin and INR.",
        f"Tessa Novak <tnovak@{P}>",
        "dr.lindqvist@highcountryfamilymed.com",
        "RE: RE: INR",
        "Done, held tonight and recheck Friday.\n\nTessa\n\n"
        "-----Original Message-----\nFrom: Dr. Greta Lindqvist\nSent: Tuesday, December 8, 2026 4:12 PM\n"
        "Subject: RE: INR\n\nHold warfarin x1, then 2.5 mg daily, INR Fri.\n\n"
        "-----Original Message-----\nFrom: Tessa Novak\nSubject: INR\n\n"
        "Dr L, Alma Schuette (LTC 3) INR 4.6 today, no bleeding. Currently on 5 mg daily. Orders?\n",
    ),
    Spec(
        True,
        "ssn_records_request",
        "Records release to an attorney with SSN, name and treatment dates.",
        f"HIM Pine Hollow <him@{P}>",
        "paralegal@durancowlaw.com",
        "Records per authorization",
        "Per the signed authorization for Tobias Kline (SSN 417-62-3389), enclosed records cover the\n"
        "11/19/2026 ED visit and the 11/22 follow-up. Invoice to follow.\n\nHIM\n" + CONF,
    ),
    # negatives
    Spec(
        False,
        "board_minutes",
        "Hard negative: board minutes with LTC census counts and a quality aggregate, no individual.",
        f"Administration <admin@{P}>",
        "board@lists.pinehollowhospital.org",
        "Draft minutes - Nov board meeting",
        "Draft minutes attached for review before Dec meeting.\n\nMinutes summary:\n"
        "- Average daily census: acute 6.1, swing 3.4, LTC 21 of 24 beds\n"
        "- Falls with injury Q3: 2 (rate 1.9 per 1,000 resident days)\n- Two 30-day readmissions\n"
        "- Motion to approve CT replacement carried 5-0\n\nNeil Garrity, CEO\n",
        atts=(Att("Minutes_Nov2026_draft.docx", DOCX, docx(["Pine Hollow Community Hospital Board of Trustees", "Minutes, November 19, 2026", "Present: Trustees Hale, Ortega, Birch, Whitfield, Marsh", "CEO report: LTC occupancy 88%, ED visits 612 YTD above budget", "Adjourned 8:40 pm"])),),
    ),
    Spec(
        False,
        "flu_compliance",
        "Hard negative: staff flu-shot compliance by department, aggregate percentages only.",
        f"Employee Health <emphealth@{P}>",
        "managers@pinehollowhospital.org",
        "Flu vaccine compliance - week 9",
        "Managers,\n\nDept  | vaccinated | declined | outstanding\nED    | 94% | 2 | 1\nLTC   | 81% | 3 | 4\n"
        "Lab   | 100% | 0 | 0\nDietary | 67% | 1 | 5\n\nDeadline is 12/15. Masks required for anyone not vaccinated.\n\n"
        "Employee Health\n",
        atts=(Att("flu_by_dept.csv", "text/csv", "dept,headcount,vaccinated,declined,outstanding\nED,18,17,0,1\nLTC,38,31,3,4\nLab,9,9,0,0\nDietary,15,10,1,4\n"),),
    ),
    Spec(
        False,
        "it_notice",
        "IT downtime notice for the EHR, no patient.",
        f"IT Help Desk <helpdesk@{P}>",
        "allstaff@pinehollowhospital.org",
        "Planned EHR downtime Sat 12/12 0100-0400",
        "The EHR will be down for the quarterly upgrade. Use downtime forms in the red binders; the\n"
        "BCA read-only PC at each nurses station will have a 0000 census snapshot. Call x4400 with issues.\n",
    ),
    Spec(
        False,
        "survey_checklist",
        "Hard negative: state survey preparation checklist mentioning falls, MDS and care plans generically.",
        f"Gail Brenneman <gbrenneman@{P}>",
        "ltc.staff@pinehollowhospital.org",
        "Survey window opens - checklist",
        "Team, our annual survey window is open. Please check:\n"
        "1. Every fall has a post-fall huddle note and care plan update\n2. MDS assessments signed within 14 days\n"
        "3. Med carts locked, no pre-poured meds\n4. Residents' rights poster in each hall\n"
        "5. Psychotropic GDR reviews documented\n\nGail, DON\n",
        atts=(Att("Survey_Ready_Checklist.pdf", "application/pdf", pdf(["PINE HOLLOW COMMUNITY HOSPITAL - LTC", "State Survey Readiness Checklist", "F689 Accidents: fall huddles, interventions", "F641 Accuracy of assessments", "F758 Psychotropic drugs: GDR attempts", "Sign-in for surveyors at front desk"], "Survey checklist")),),
    ),
    Spec(
        False,
        "employee_memorial",
        "Hard negative: memorial notice for a deceased employee with service details.",
        f"Neil Garrity <ngarrity@{P}>",
        "allstaff@pinehollowhospital.org",
        "In memory of Deb Hollister",
        "It is with a heavy heart that I share that Deb Hollister, our dietary lead for 22 years,\n"
        "passed away Sunday after a long illness. Services are Saturday 11 am at First Methodist in\n"
        "Pine Hollow. Cards can be left in the cafeteria. Please take care of each other this week.\n\nNeil\n",
    ),
    Spec(
        False,
        "fax_cover_template",
        "Hard negative: fax cover template with placeholders and a confidentiality notice.",
        f"HIM Pine Hollow <him@{P}>",
        "clerks@pinehollowhospital.org",
        "Updated fax cover sheet",
        "Please use the updated cover from now on (new fax number).\n",
        atts=(Att("FaxCover_2027.docx", DOCX, docx(["PINE HOLLOW COMMUNITY HOSPITAL", "FAX", "To: ____________  Fax: ____________", "Patient name: [PATIENT NAME]   DOB: [MM/DD/YYYY]", "Pages: ___", "From: Health Information Management  Fax 555-0149", "This facsimile contains confidential health information protected by law."])),),
    ),
]
