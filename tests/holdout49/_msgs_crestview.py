"""Crestview IBD Infusion Suite: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nCrestview IBD Infusion Suite\n4100 Arbor Ridge Pkwy, Building C | Phone (608) 555-0163 | Fax (608) 555-0164"

_FHIR_ORDER = json.dumps(
    {
        "resourceType": "MedicationRequest",
        "id": "cvi-mr-20260317-04",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "ustekinumab 90 mg/mL prefilled syringe"},
        "subject": {
            "reference": "Patient/CV-209334",
            "display": "Nakagawa, Brent T (DOB 1991-06-08)",
        },
        "reasonCode": [
            {
                "coding": [
                    {
                        "system": "http://hl7.org/fhir/sid/icd-10-cm",
                        "code": "K50.812",
                        "display": "Crohn's disease of both small and large intestine with intestinal obstruction",
                    }
                ]
            }
        ],
        "dosageInstruction": [
            {"text": "90 mg subcutaneously every 8 weeks, first dose 8 weeks after IV induction"}
        ],
        "requester": {"display": "Helen Marchand, MD"},
    },
    indent=1,
)

_FHIR_SANDBOX = json.dumps(
    {
        "resourceType": "Patient",
        "id": "synthetic-0001",
        "meta": {
            "tag": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST",
                    "display": "test health data",
                }
            ]
        },
        "name": [{"family": "Testpatient", "given": ["Synthetic"]}],
        "gender": "unknown",
        "birthDate": "1900-01-01",
    },
    indent=1,
)

_HL7_SIU = (
    "MSH|^~\\&|CVI_SCHED|CRESTVIEW|RBD_EHR|RIVERBEND|202603161510||SIU^S12|CV88120|P|2.5.1\r"
    "SCH|88120||||||INFUSION^Infusion visit|||240|MIN|^^240^202603191300\r"
    "PID|1||CV-214471^^^CVI^MR||DELACROIX^MONIQUE^R||19830511|F|||12 Larkspur Ct^^Middleton^WI^53562||608-555-0131\r"
    "AIG|1||CHAIR6^Infusion chair 6\r"
    "NTE|1||Infliximab-dyyb 10 mg/kg, premed per protocol; hx infusion reaction 01/2026\r"
)

_X12_270 = (
    "ISA*00*          *00*          *ZZ*CRESTVIEWINF   *ZZ*AVAILITYPROD   *260316*0812*^*00501*000000381*0*P*:~"
    "GS*HS*CRESTVIEWINF*AVAILITYPROD*20260316*0812*381*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*CV381*20260316*0812~"
    "HL*1**20*1~NM1*PR*2*BADGERLAND HEALTH PLAN*****PI*39180~"
    "HL*2*1*21*1~NM1*1P*2*CRESTVIEW IBD INFUSION SUITE*****XX*1159928047~"
    "HL*3*2*22*0~NM1*IL*1*ESPINOZA*CAROLINA****MI*BHP70216634~DMG*D8*19950719~"
    "DTP*291*D8*20260326~EQ*30~"
    "SE*11*0001~GE*1*381~IEA*1*000000381~"
)

_CHAIRS = xlsx(
    {
        "Thu 3-19": [
            ["Chair", "Start", "Patient", "MRN", "Drug", "Dose", "Wt kg"],
            [1, "08:00", "Abernethy, Colin", "CV-201558", "infliximab", "5 mg/kg", 81.4],
            [2, "08:00", "Sato, Emiko", "CV-207712", "vedolizumab", "300 mg", 58.0],
            [3, "09:30", "Drummond, Pete", "CV-199043", "ustekinumab IV", "390 mg", 77.2],
        ],
        "Fri 3-20": [
            ["Chair", "Start", "Patient", "MRN", "Drug", "Dose", "Wt kg"],
            [1, "08:30", "Quist, Harriet", "CV-210095", "infliximab-dyyb", "10 mg/kg", 66.9],
            [4, "10:00", "Barlow, Isaiah", "CV-212870", "risankizumab IV", "600 mg", 90.1],
        ],
        "Pharmacy notes": [
            ["MRN", "Note"],
            ["CV-210095", "Round to 700 mg, 7 vials"],
            ["CV-212870", "Induction dose 2 of 3"],
        ],
    }
)

_VOLUME = xlsx(
    {
        "By drug": [
            ["Drug", "Jan", "Feb"],
            ["infliximab (all)", 142, 137],
            ["vedolizumab", 88, 91],
            ["ustekinumab IV", 17, 21],
            ["risankizumab IV", 9, 14],
        ],
        "Chair use": [
            ["Metric", "Jan", "Feb"],
            ["Chair utilisation %", 78, 83],
            ["Avg chair time (min)", 151, 147],
            ["Reactions (any grade)", 4, 2],
        ],
        "Payer mix": [
            ["Payer", "% of visits"],
            ["Commercial", 61],
            ["Medicare", 22],
            ["Medicaid", 14],
            ["Self-pay", 3],
        ],
    }
)

MESSAGES = [
    Spec(
        phi=True,
        category="infusion appointment reminder with invite",
        notes="Reminder to the patient's gmail naming her infliximab infusion and arrival time.",
        frm="Crestview Scheduling <scheduling@crestviewinfusion.com>",
        to="monique.delacroix83@gmail.com",
        subject="Reminder: your infusion Thursday at 1:00 PM",
        body=(
            "Hi Monique,\n\nJust a reminder that your infliximab infusion is Thursday, March 19 at 1:00 PM in chair 6. "
            "Because of the reaction you had in January, Dr. Marchand has ordered premedication - please arrive 20 "
            "minutes early. Bring a snack and something to read; plan on about 4 hours." + SIG
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Crestview Infusion//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:cvi-88120@crestviewinfusion.com\r\nDTSTAMP:20260316T200000Z\r\nDTSTART:20260319T180000Z\r\n"
            "DTEND:20260319T220000Z\r\nSUMMARY:Infliximab infusion (Crestview chair 6)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="schedule change message to patient's husband",
        notes="Hard positive: first names and relationship only ('Anna', husband Tom) with her vedolizumab infusion time change.",
        frm="Crestview Front Desk <frontdesk@crestviewinfusion.com>",
        to="tom.wieczorek@outlook.com",
        subject="Anna's Thursday time",
        body="Hi Tom - as you asked on the phone, Anna's Entyvio infusion on Thursday moved from 9 to 11:30. Same chair, same nurse. Thanks for letting us know about the babysitter!\n\nCrestview front desk",
    ),
    Spec(
        phi=True,
        category="prior authorization letter for ustekinumab",
        notes="PDF prior authorization with member ID, name, DOB and Crohn's disease ICD-10 code.",
        frm="Benefits Team <benefits@crestviewinfusion.com>",
        to="pharmacy.pa@badgerlandhealthplan.com",
        subject="PA submission - IV ustekinumab induction",
        body="Attached: PA request with chart notes summary. Urgent review requested (obstructive symptoms)."
        + SIG,
        atts=(
            Att(
                "PA_ustekinumab_request.pdf",
                "application/pdf",
                pdf(
                    [
                        "CRESTVIEW IBD INFUSION SUITE - PRIOR AUTHORIZATION REQUEST",
                        "Patient: Brent T. Nakagawa    DOB: 06/08/1991    Member ID: BHP55120943",
                        "Diagnosis: K50.812 Crohn's disease of small and large intestine with obstruction",
                        "Failed: adalimumab (secondary loss of response, antibodies), azathioprine (pancreatitis)",
                        "Request: ustekinumab 390 mg IV x1 (J3358), then 90 mg SC q8 weeks",
                        "Prescriber: Helen Marchand, MD   NPI 1013031475",
                    ],
                    "Prior authorization",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR MedicationRequest to specialty pharmacy",
        notes="Hard positive: body is generic; the FHIR JSON names the patient, DOB, Crohn's code and ustekinumab order.",
        frm="Infusion Pharmacy <pharmacy@crestviewinfusion.com>",
        to="intake@lakeshorespecialtyrx.com",
        subject="New order cvi-mr-20260317-04",
        body="New maintenance order attached (FHIR R4). Please confirm receipt.",
        atts=(Att("cvi-mr-20260317-04.json", "application/fhir+json", _FHIR_ORDER),),
    ),
    Spec(
        phi=True,
        category="infusion chair schedule workbook to pharmacy",
        notes="Hard positive: multi-sheet chair schedule with patient names, MRNs, biologics, doses and weights.",
        frm="Charge Nurse <charge.rn@crestviewinfusion.com>",
        to="compounding@lakeshorespecialtyrx.com",
        subject="Thu/Fri chairs for mixing",
        body="Schedule for mixing attached. Note the dose rounding tab.\n\nGwen",
        atts=(Att("chairs_0319-0320.xlsx", XLSX, _CHAIRS),),
    ),
    Spec(
        phi=True,
        category="TB screening clearance to referring gastroenterologist",
        notes="Hard positive: surname only with QuantiFERON result and clearance to start a biologic, to the referring GI.",
        frm="Crestview Nurse Navigator <navigator@crestviewinfusion.com>",
        to="tmbeki@riverbenddigestive.com",
        subject="Castellanos - QFT",
        body="Dr. Mbeki - QuantiFERON on Castellanos came back negative, HBsAg/anti-HBc neg too. We can start Entyvio induction next Tuesday unless you want anything else first.\n\nLiz",
    ),
    Spec(
        phi=True,
        category="infusion reaction event report",
        notes="Named patient with an infusion reaction, vitals and treatment given, sent to the prescribing physician.",
        frm="Gwen Albrecht RN <galbrecht@crestviewinfusion.com>",
        to="hmarchand@madisongiassociates.com",
        cc="pharmacy@crestviewinfusion.com",
        subject="Infusion reaction today - Harriet Quist",
        body=(
            "Dr. Marchand,\n\nHarriet Quist (MRN CV-210095) developed flushing, chest tightness and BP 88/52 about 40 "
            "minutes into her infliximab-dyyb infusion. Infusion stopped; given diphenhydramine 50 mg IV, "
            "hydrocortisone 100 mg IV and NS bolus. Symptoms resolved in 25 min, vitals normal at discharge. We did "
            "not restart. Please advise whether to re-challenge with slower rate or switch agents.\n\nGwen Albrecht, RN"
        ),
    ),
    Spec(
        phi=True,
        category="copay foundation grant application",
        notes="Application naming the patient with SSN, diagnosis, drug and household income to a charitable copay foundation.",
        frm="Financial Counselor <finance@crestviewinfusion.com>",
        to="applications@ibdpatientaccessfund.org",
        subject="Grant application - ulcerative colitis fund",
        body="Please find attached the completed application and signed patient consent." + SIG,
        atts=(
            Att(
                "grant_application_Espinoza.docx",
                DOCX,
                docx(
                    [
                        "IBD Patient Access Fund - Copay Assistance Application",
                        "Patient: Carolina Espinoza   DOB 07/19/1995   SSN 527-31-8846   Phone 608-555-0188",
                        "Diagnosis: ulcerative colitis, pancolitis (K51.00)",
                        "Medication: vedolizumab 300 mg IV every 8 weeks",
                        "Household size 3; annual income $41,200; insurer Badgerland Health Plan",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="payer audit flowsheet zip",
        notes="Hard positive: zip of infusion flowsheets (names, dates of service, drug lot numbers) for a payer audit.",
        frm="Compliance <compliance@crestviewinfusion.com>",
        to="audit.requests@badgerlandhealthplan.com",
        subject="Audit AR-77154 documentation",
        body="As requested for audit AR-77154, attached are the infusion records for the 3 sampled claims."
        + SIG,
        atts=(
            Att(
                "AR-77154.zip",
                "application/zip",
                zipped(
                    {
                        "flowsheets.csv": "claim,patient,dos,drug,units,lot\nC8810,Sato Emiko,2026-01-08,J3380 vedolizumab,300,VD24117\n"
                        "C8832,Abernethy Colin,2026-01-15,J1745 infliximab,40,IF25530\nC8871,Drummond Pete,2026-01-22,J3358 ustekinumab,390,UT25102\n",
                        "cover.txt": "Crestview IBD Infusion Suite - audit AR-77154\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="drug level result with MRN in subject",
        notes="Hard positive: MRN only in the subject; body gives infliximab trough and antibody result and plan.",
        frm="Nurse Navigator <navigator@crestviewinfusion.com>",
        to="hmarchand@madisongiassociates.com",
        subject="CV-201558 trough back",
        body="IFX trough 2.1 ug/mL, ATI 14 U/mL (positive). Per your standing note I'm holding the dose increase until you review. Next infusion is 3/19.",
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry",
        notes="Hard positive: eligibility file with subscriber name, member ID and DOB for an infusion visit; body is a bare note.",
        frm="Benefits Team <benefits@crestviewinfusion.com>",
        to="batch@availityedi-partner.com",
        subject="270 batch 381",
        body="270 attached.",
        atts=(Att("CV381.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=True,
        category="encrypted hub enrolment forms to manufacturer support program",
        notes="Password-protected zip of patient support programme enrolment forms; the body names the three enrolled patients and drug.",
        frm="Benefits Team <benefits@crestviewinfusion.com>",
        to="enrollment@stelaraconnect-hub.com",
        subject="Enrolment forms (encrypted)",
        body=(
            "Hello,\n\nAttached are hub enrolment forms for Nakagawa, Drummond and Barlow (IV induction). The password "
            "will come from our office by phone.\n\nRosa Ibarra\nBenefits Specialist" + SIG
        ),
        atts=(
            Att(
                "hub_enrolments.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Nakagawa_enrolment.txt": "Brent T Nakagawa DOB 06/08/1991 Crohn's K50.812 ustekinumab\n",
                        "Drummond_enrolment.txt": "Pete Drummond DOB 02/14/1972 Crohn's K50.10 ustekinumab\n",
                        "Barlow_enrolment.txt": "Isaiah Barlow DOB 11/30/1988 UC K51.90 ustekinumab\n",
                    },
                    "Arbor-Ridge-0317",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only pre-infusion lab message",
        notes="Hard positive: HTML-only message greeting the patient by name about labs before the next Remicade dose.",
        frm="Crestview Nurses <nurses@crestviewinfusion.com>",
        to="marcus.t.hale@gmail.com",
        subject="Labs before your next dose",
        body="",
        html=(
            "<html><body><p>Hi Marcus,</p><p>Your CBC and liver panel from Monday look fine, so we're all set for "
            "your <strong>Remicade</strong> dose next week. Your CRP came down to 4 - nice.</p>"
            "<p>- Crestview nursing team</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="FMLA certification for intermittent leave",
        notes="Employer leave certification naming an employee with Crohn's disease and infusion schedule.",
        frm="Forms Desk <forms@crestviewinfusion.com>",
        to="leave.admin@badgerpaperco.com",
        subject="FMLA certification - Pete Drummond",
        body=(
            "Attached/below is the completed WH-380-E for Pete Drummond. Condition: Crohn's disease, chronic. He "
            "requires IV infusions every 8 weeks (about 1 day each) and may have flare-ups of 1-3 days up to 4 times "
            "a year.\n\nCrestview Forms Desk" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="home infusion transition handoff",
        notes="Hard positive: text attachment handoff summary (name, address, drug, access, allergies) to a home health agency.",
        frm="Nurse Navigator <navigator@crestviewinfusion.com>",
        to="referrals@prairiehomeinfusion.com",
        subject="handoff for SOC 3/23",
        body="Handoff attached for the start of care Monday. Call me with questions.",
        atts=(
            Att(
                "handoff_0323.txt",
                "text/plain",
                "Pt: Sato, Emiko  DOB 1968-04-02\nAddr: 903 Hawthorne St, Sun Prairie WI 53590\nDx: UC, steroid dependent\n"
                "Drug: vedolizumab 300 mg IV q8w (next due 3/23)\nAccess: PIV, difficult stick - use US\nAllergy: sulfa\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient statement for infusion balance",
        notes="Statement to the patient with her balance for infusion services (payment for care).",
        frm="Crestview Billing <billing@crestviewinfusion.com>",
        to="carolina.espinoza95@yahoo.com",
        subject="Your statement from Crestview IBD Infusion Suite",
        body=(
            "Dear Carolina Espinoza,\n\nAccount CVA-0047712\nDate of service 02/12/2026 - IV infusion, vedolizumab 300 mg "
            "(J3380, 96365)\nInsurance paid: $6,905.40\nYour balance: $250.00 (coinsurance)\n\nPay online or call "
            "(608) 555-0163. Ask us about the copay program."
        ),
    ),
    Spec(
        phi=True,
        category="HL7 SIU scheduling message to GI practice EHR",
        notes="Hard positive: HL7 SIU with name, MRN, address, phone and infliximab with prior reaction; body is automated.",
        frm="Interface <interfaces@crestviewinfusion.com>",
        to="hl7@riverbenddigestive.com",
        subject="SIU feed",
        body="Scheduled feed. Message count 1.",
        atts=(Att("CV88120.hl7", "application/hl7-v2", _HL7_SIU),),
    ),
    Spec(
        phi=True,
        category="forwarded patient reschedule request to nurse",
        notes="Forward of a patient's e-mail about missing an infliximab dose while travelling; patient name and dose.",
        frm="Front Desk <frontdesk@crestviewinfusion.com>",
        to="charge.rn@crestviewinfusion.com",
        subject="FW: traveling in April",
        body="Gwen - can he go a week late or does Dr. M need to weigh in?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Colin Abernethy <colin.abernethy@gmail.com>",
            to="frontdesk@crestviewinfusion.com",
            subject="traveling in April",
            body="Hi, my next Remicade is April 14 but I'll be in Portugal until the 20th. Can I come on the 21st? Last time I went 9 weeks I flared. Thanks, Colin Abernethy",
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="biosimilar formulary switch notice to referrers",
        notes="Hard negative: payer-driven infliximab biosimilar switch announcement; drug names but no patient.",
        frm="Crestview Pharmacy <pharmacy@crestviewinfusion.com>",
        to="referring-gi@crestviewinfusion.com",
        subject="Badgerland formulary: infliximab-dyyb preferred from April 1",
        body=(
            "Colleagues,\n\nBadgerland Health Plan will cover only infliximab-dyyb for new and continuing patients from "
            "April 1. We will switch existing patients at their next scheduled dose unless you send a medical-necessity "
            "exception. No change to dose or interval is needed. Questions: pharmacy line (608) 555-0165."
        ),
    ),
    Spec(
        phi=False,
        category="IV tubing lot recall notice",
        notes="Hard negative: device recall with lot numbers and NDC-style codes; no patient.",
        frm="Materials Management <materials@crestviewinfusion.com>",
        to="nurses@crestviewinfusion.com",
        subject="RECALL: 0.2 micron filter sets lots 25K118, 25K121",
        body="Pull all 0.2 micron in-line filter extension sets from lots 25K118 and 25K121 (possible filter membrane defect). Replacement stock arrives Wednesday. Infliximab must still be given through a 1.2 micron or smaller filter.",
    ),
    Spec(
        phi=False,
        category="de-identified trough level registry extract",
        notes="Hard negative: de-identified CSV (random IDs, age bands, trough levels) for an IBD registry.",
        frm="Research <research@crestviewinfusion.com>",
        to="registry@ibdoutcomesnetwork.org",
        subject="Q1 registry upload (de-identified)",
        body="De-identified Q1 upload attached. IDs are registry-assigned; no dates, ages in 5-year bands.",
        atts=(
            Att(
                "cvi_q1_registry.csv",
                "text/csv",
                "reg_id,age_band,dx,drug,trough_ugml,ada_positive\nR-7731,20-24,CD,infliximab,7.8,N\nR-7732,35-39,UC,infliximab,3.1,N\n"
                "R-7733,60-64,CD,adalimumab,11.2,N\nR-7734,45-49,CD,infliximab,1.4,Y\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="monthly infusion volume workbook to leadership",
        notes="Hard negative: aggregate visit counts by drug, chair use and payer mix in a multi-sheet workbook.",
        frm="Operations <operations@crestviewinfusion.com>",
        to="leadership@crestviewinfusion.com",
        subject="Feb dashboard",
        body="February dashboard attached. Chair utilisation broke 80% for the first time.",
        atts=(Att("dashboard_2026-02.xlsx", XLSX, _VOLUME),),
    ),
    Spec(
        phi=False,
        category="new nurse practitioner welcome with NPI",
        notes="Hard negative: clinician announcement with NPI and clinical interests (IBD transition); no patient.",
        frm="Crestview IBD Infusion Suite <news@crestviewinfusion.com>",
        to="referring-gi@crestviewinfusion.com",
        subject="Welcome Naomi Ferrante, APNP",
        body="Please welcome Naomi Ferrante, APNP (NPI 1161558311), who joins us from a pediatric IBD program. Naomi will see new-start biologic patients for pre-infusion education and manage our pediatric-to-adult transition clinic.",
    ),
    Spec(
        phi=False,
        category="infusion pump preventive maintenance",
        notes="Hard negative: infusion pump serial numbers for biomed service; device identifiers of equipment, not patients.",
        frm="Operations <operations@crestviewinfusion.com>",
        to="service@midwestbiomed.com",
        subject="PM due - 6 pumps",
        body="The following Alaris pumps are due for annual PM: 12884301, 12884317, 12884322, 12901145, 12901150, 12901163. We can release two at a time on Mondays.",
    ),
    Spec(
        phi=False,
        category="staff TB testing notice",
        notes="Hard negative: annual TB screening reminder for all staff; no individual named.",
        frm="Employee Health <employeehealth@crestviewinfusion.com>",
        to="allstaff@crestviewinfusion.com",
        subject="Annual TB screening due by April 15",
        body="All staff with patient contact need an annual TB symptom screen; new hires need an IGRA. Sign up for a slot on the break-room sheet. Positive results are handled privately by Employee Health.",
    ),
    Spec(
        phi=False,
        category="FHIR sandbox synthetic patient to EHR vendor",
        notes="Hard negative: FHIR Patient resource explicitly tagged as synthetic test data for sandbox onboarding.",
        frm="IT <it@crestviewinfusion.com>",
        to="sandbox-support@epochehr-dev.com",
        subject="Sandbox onboarding - sample resource",
        body="As requested, this is the synthetic test patient we load in the sandbox (HTEST tag, dummy DOB). Not a real person. Can you confirm the Patient endpoint accepts it?",
        atts=(Att("synthetic-0001.json", "application/fhir+json", _FHIR_SANDBOX),),
    ),
    Spec(
        phi=False,
        category="HTML-only open house invitation to referring offices",
        notes="HTML-only event invitation for referring providers; no patient or condition of an individual.",
        frm="Crestview IBD Infusion Suite <events@crestviewinfusion.com>",
        to="referring-offices@crestviewinfusion.com",
        subject="Open house: our new 12-chair suite",
        body="",
        html="<html><body><h1>You're invited</h1><p>Tour our expanded 12-chair IBD infusion suite on <b>Thursday, April 9, 4-6 PM</b>. Light refreshments. Meet our nurses and pharmacists.</p><p>RSVP: events@crestviewinfusion.com</p></body></html>",
    ),
    Spec(
        phi=False,
        category="policy reminder on e-mailing chair schedules",
        notes="Hard negative: policy reminder describing which fields must not be e-mailed unencrypted; no actual patient data.",
        frm="Privacy Officer <privacy@crestviewinfusion.com>",
        to="allstaff@crestviewinfusion.com",
        subject="Reminder: chair schedules go through the secure portal",
        body="Chair schedules contain patient name, MRN, drug and dose, so they must never go out by plain e-mail. Use the pharmacy portal or send with [secure] in the subject. Do not put a patient's name or drug in the subject line.",
    ),
    Spec(
        phi=False,
        category="premedication and saline supply order",
        notes="Hard negative: stock order naming drugs and strengths; no patient.",
        frm="Materials Management <materials@crestviewinfusion.com>",
        to="orders@cardinalregionaldist.com",
        subject="Weekly order - acct 44081",
        body="Acct 44081, weekly order:\n  NS 250 mL bags x 120\n  acetaminophen 500 mg tabs x 2 bottles\n  diphenhydramine 50 mg/mL vials x 50\n  hydrocortisone sodium succinate 100 mg x 20\n  epinephrine 1 mg/mL amps x 10",
    ),
    Spec(
        phi=False,
        category="HCPCS J-code rate table to payer",
        notes="Hard negative: drug J-code contract rates; no individual.",
        frm="Revenue Cycle <revenue@crestviewinfusion.com>",
        to="contracting@badgerlandhealthplan.com",
        subject="Drug reimbursement exhibit B",
        body="Proposed exhibit B (ASP + 6%):\n  J1745 infliximab 10 mg  $61.02/unit\n  Q5103 infliximab-dyyb 10 mg  $38.77/unit\n  J3380 vedolizumab 1 mg  $26.34/unit\n  J3358 ustekinumab 1 mg  $33.71/unit\nAdmin codes 96365/96366 per Medicare fee schedule.",
    ),
    Spec(
        phi=False,
        category="patient Wi-Fi upgrade note",
        notes="IT note about guest Wi-Fi; no patient information.",
        frm="IT <it@crestviewinfusion.com>",
        to="frontdesk@crestviewinfusion.com",
        subject="New guest Wi-Fi password",
        body="Guest network is now CrestviewGuest, password Arbor2026. Please update the chair-side cards.",
    ),
    Spec(
        phi=False,
        category="nurses week catering order",
        notes="Catering order; no health information.",
        frm="Operations <operations@crestviewinfusion.com>",
        to="orders@stonebakerycatering.com",
        subject="Order for May 8 - 18 people",
        body="Hi! We'd like the breakfast box for 18 on Friday May 8, delivery 7:15 AM, plus two gluten-free and one vegan. Invoice to Crestview Infusion, PO to follow.",
    ),
    Spec(
        phi=False,
        category="generic first-infusion education handout",
        notes="Hard negative: PDF patient education on what to expect at a first biologic infusion; no individual.",
        frm="Crestview Nurses <nurses@crestviewinfusion.com>",
        to="frontdesk@madisongiassociates.com",
        subject="Updated handout for new biologic starts",
        body="Here's our refreshed 'first infusion' handout - feel free to give it to anyone you refer to us.",
        atts=(
            Att(
                "first_infusion_handout.pdf",
                "application/pdf",
                pdf(
                    [
                        "CRESTVIEW IBD INFUSION SUITE",
                        "Your First Infusion: What to Expect",
                        "- Plan for 2 to 4 hours. Wear layers; the room can be cool.",
                        "- A nurse will check your vital signs and place an IV.",
                        "- Tell us right away if you feel itchy, flushed or short of breath.",
                        "- Eat normally and take your usual medicines unless told otherwise.",
                    ],
                    "First infusion handout",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="manufacturer in-service scheduling",
        notes="Hard negative: drug rep lunch and in-service logistics naming biologics; no patient.",
        frm="Charge Nurse <charge.rn@crestviewinfusion.com>",
        to="kmorrow@pharmafieldteam.com",
        subject="RE: risankizumab IV in-service",
        body="Hi Kyle, Tuesday the 24th at 12:15 works for the in-service on the IV induction protocol. Eight nurses, one with a nut allergy, so no nut items please. We'll need the updated dosing card.",
    ),
    Spec(
        phi=False,
        category="aggregate patient satisfaction summary",
        notes="Hard negative: aggregate survey scores with anonymous comments that identify no one.",
        frm="Operations <operations@crestviewinfusion.com>",
        to="leadership@crestviewinfusion.com",
        subject="Q4 patient experience results",
        body="n=312 surveys, 41% response rate. Overall 94% top-box. Lowest item: wait for pharmacy to mix (71%). Sample comments: 'The nurses are the best part of my 8 weeks'; 'Wish there were more outlets at the chairs'.",
    ),
    Spec(
        phi=False,
        category="board minutes document",
        notes="Board meeting minutes on budget and staffing; no patient.",
        frm="Administrator <admin@crestviewinfusion.com>",
        to="board@crestviewinfusion.com",
        subject="Draft minutes - March board meeting",
        body="Draft minutes attached for approval at the April meeting.",
        atts=(
            Att(
                "board_minutes_2026-03.docx",
                DOCX,
                docx(
                    [
                        "Crestview IBD Infusion Suite - Board of Directors, March 12, 2026",
                        "Present: 6 of 7 directors. Quorum confirmed.",
                        "1. FY26 budget approved: capital for 2 additional chairs.",
                        "2. Staffing: approve 1.0 FTE pharmacy technician.",
                        "3. Next meeting April 9.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="interview confirmation to job candidate",
        notes="Interview logistics to a nursing candidate's personal mailbox; no health information.",
        frm="Crestview Hiring <careers@crestviewinfusion.com>",
        to="jordan.ellery.rn@gmail.com",
        subject="Interview confirmed - Infusion RN",
        body="Hi Jordan,\n\nYou're confirmed for Tuesday, March 24 at 10:00 AM with our nurse manager and pharmacist. Park in front of Building C and check in at the front desk. Plan on 45 minutes plus a short tour.\n\nCrestview Hiring Team",
    ),
]
