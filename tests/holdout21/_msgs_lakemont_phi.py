"""Lakemont University Hospital inpatient services: outbound mail that carries PHI."""

# ruff: noqa: E501  (hand-written mail text: long lines and non-Latin scripts are the data)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

_HL7_TAC = (
    "MSH|^~\\&|BEAKER|LAKEMONT|NEPHRO|RIVERBEND NEPHROLOGY|202611101412||ORU^R01|LM26111004471|P|2.5.1\r"
    "PID|1||40982215^^^LUH^MR||Oyelaran^Babatunde^K||19670422|M|||2208 Larkspur Ct^^Eau Pointe^MN^55938\r"
    "OBR|1|ORD88122|LAB55190|TACRO^Tacrolimus level^L|||202611100545\r"
    "OBX|1|NM|TACRO^Tacrolimus trough^L||11.8|ng/mL|5.0-10.0|H|||F\r"
    "OBX|2|NM|CREAT^Creatinine^L||1.9|mg/dL|0.7-1.3|H|||F\r"
    "NTE|1||Kidney transplant POD 41. Trough drawn 12h post dose.\r"
)

_FHIR = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "identifier": [{"system": "urn:lakemont:mrn", "value": "41177308"}],
                    "name": [{"family": "Lindqvist", "given": ["Arvid", "J"]}],
                    "birthDate": "1949-02-11",
                    "telecom": [{"system": "phone", "value": "507-555-0143"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                "code": "I50.23",
                                "display": "Acute on chronic systolic heart failure",
                            }
                        ]
                    },
                    "subject": {"reference": "Patient/41177308"},
                }
            },
            {
                "resource": {
                    "resourceType": "MedicationRequest",
                    "medicationCodeableConcept": {"text": "furosemide 40 mg PO twice daily"},
                    "subject": {"reference": "Patient/41177308"},
                }
            },
        ],
    },
    indent=1,
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
 <title>Discharge Summary</title>
 <recordTarget><patientRole>
  <id extension="40761124" root="2.16.840.1.113883.3.9921"/>
  <addr><streetAddressLine>614 W Birch St</streetAddressLine><city>Harmon Falls</city><state>MN</state><postalCode>56011</postalCode></addr>
  <patient><name><given>Evelyn</given><family>Marchetti</family></name>
  <administrativeGenderCode code="F"/><birthTime value="19380917"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Hospital Course</title>
   <text>Admitted 11/02/2026 with right hip fracture after fall, s/p hemiarthroplasty 11/03. Post-op delirium resolved. Hgb nadir 7.4, transfused 1 unit PRBC.</text></section></component>
  <component><section><title>Discharge Medications</title>
   <text>apixaban 2.5 mg BID x 30 days; acetaminophen 650 mg q6h; oxycodone 2.5 mg q6h PRN</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

_X12 = (
    "ISA*00*          *00*          *ZZ*LAKEMONTUH     *ZZ*CLEARPATHEDI   *261110*0915*^*00501*000004471*0*P*:~"
    "GS*HC*LAKEMONTUH*CLEARPATHEDI*20261110*0915*4471*X*005010X223A2~"
    "ST*837*0001*005010X223A2~"
    "BHT*0019*00*LM4471*20261110*0915*CH~"
    "NM1*85*2*LAKEMONT UNIVERSITY HOSPITAL*****XX*1233066970~"
    "NM1*IL*1*PETRAKIS*CONSTANTINE****MI*WQY884120337~"
    "DMG*D8*19580306*M~"
    "CLM*LM26-0311847*48210.55***11:A:1**A*Y*Y~"
    "DTP*434*RD8*20261019-20261024~"
    "HI*ABK:K85.10*ABF:E87.2~"
    "SE*10*0001~GE*1*4471~IEA*1*000004471~"
)

_ICS_FAMILY = """BEGIN:VCALENDAR
PRODID:-//Lakemont University Hospital//Outlook 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:fam-mtg-4w18-20261112@lakemonthealth.org
DTSTAMP:20261110T150000Z
DTSTART:20261112T200000Z
DTEND:20261112T210000Z
SUMMARY:Family meeting - 4W rm 18
LOCATION:4 West family conference room
DESCRIPTION:Goals of care for Harold Breitbart (MRN 40218845). Metastatic pancreatic ca\\, new
  bilateral PEs\\, declining on BiPAP. Family: daughter Jen (legal POA) and son Mark by phone.
  Palliative\\, oncology and chaplain invited.
ORGANIZER;CN=Renata Szabo RN:mailto:rszabo@lakemonthealth.org
ATTENDEE;CN=Palliative Care:mailto:palliative@lakemonthealth.org
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    Spec(
        phi=True,
        category="icu_transfer_handoff",
        notes="MICU charge nurse to bed board: named patient with MRN, transfer and heparin drip",
        frm="Keisha Brantley <kbrantley@lakemonthealth.org>",
        to="bedboard@lakemonthealth.org",
        subject="Transfer MICU 12 -> 6 East",
        body="""Bed board,

MICU 12 is ready to move up to 6 East when a tele bed opens.

Dolores Achterberg, MRN 40417762, 71F
Dx: NSTEMI, cardiogenic shock resolved, off pressors since 0200
Heparin gtt at 14 units/kg/hr, next anti-Xa due 1600
2L NC, ambulating with PT

Report can go nurse to nurse, call ext 4-3310.

Keisha Brantley RN, BSN
Charge Nurse, Medical ICU
Lakemont University Hospital
""",
    ),
    Spec(
        phi=True,
        category="phi_subject_only",
        notes="Hard positive: the patient's name and CRRT treatment are only in the subject; body is a bare callback request",
        frm="Dr. Hamid Rostami <hrostami@lakemonthealth.org>",
        to="Nephrology Fellow Pager <nephfellow@lakemonthealth.org>",
        subject="Tomas Villarreal SICU bed 14 - restart CRRT tonight?",
        body="Call me when you're out of the procedure.\n\nH.\n",
    ),
    Spec(
        phi=True,
        category="nurse_update_to_relative",
        notes="Hard positive: ICU nurse tells a daughter at gmail that her father (first name only) was extubated and is delirious; quiet wording",
        frm="Jolene Marsh <jmarsh@lakemonthealth.org>",
        to="Marisol Gutierrez <marisol.gutz84@gmail.com>",
        subject="Re: how is he doing",
        body="""Hi Marisol,

Quick update like you asked. Your dad had a good night. Ernesto was extubated at 6 this
morning and is on 4 liters by nasal cannula now. He's a little confused (ICU delirium is
common after the vent) so it helps a lot when family is at the bedside and talks to him.
Dr. Feld wants to keep him with us one more day before he goes to the floor.

Visiting is open, just check in at the ICU desk.

Jolene, RN
MICU, Lakemont

> From: Marisol Gutierrez
> Can someone email me how my dad did overnight? I can't get off work until 5.
""",
    ),
    Spec(
        phi=True,
        category="transplant_evaluation_appointment",
        notes="Transplant coordinator to a candidate at yahoo: kidney transplant evaluation schedule and dialysis records",
        frm="Lakemont Transplant Center <transplant.referrals@lakemonthealth.org>",
        to="Chukwuemeka Okonkwo <c.okonkwo1962@yahoo.com>",
        subject="Your kidney transplant evaluation - Wednesday, November 18",
        body="""Dear Mr. Okonkwo,

Welcome to the Lakemont Kidney Transplant Program. Your evaluation day is scheduled:

  Wednesday, November 18, 2026, 7:30 AM
  Transplant Center, Tower B, 3rd floor (park in Ramp C)

Please bring:
  - your last three months of dialysis run sheets from Northfield Dialysis
  - a list of your medications (including your sevelamer and calcitriol doses)
  - your support person, who must attend the education class with you

Do not eat after midnight; fasting labs will be drawn at check-in. The day includes meetings
with the transplant nephrologist, surgeon, social worker, dietitian and financial
coordinator and usually ends by 3 PM.

Your pre-transplant coordinator is Anneliese Vogt RN, 507-555-0188.

Lakemont University Hospital Transplant Center
""",
        html="""<html><body><p>Dear Mr. Okonkwo,</p>
<p>Welcome to the Lakemont Kidney Transplant Program. Your evaluation day is scheduled:</p>
<p><b>Wednesday, November 18, 2026, 7:30 AM</b><br>Transplant Center, Tower B, 3rd floor (park in Ramp C)</p>
<p>Please bring:</p><ul>
<li>your last three months of dialysis run sheets from Northfield Dialysis</li>
<li>a list of your medications (including your sevelamer and calcitriol doses)</li>
<li>your support person, who must attend the education class with you</li></ul>
<p>Do not eat after midnight; fasting labs will be drawn at check-in.</p>
<p>Your pre-transplant coordinator is Anneliese Vogt RN, 507-555-0188.</p>
<p>Lakemont University Hospital Transplant Center</p></body></html>""",
    ),
    Spec(
        phi=True,
        category="liver_waitlist_workbook",
        notes="Hard positive: multi-sheet workbook listing candidates by initials and DOB with MELD scores and dialysis status",
        frm="Priya Nandakumar <pnandakumar@lakemonthealth.org>",
        to="Liver Selection Committee <liver.selection@lakemonthealth.org>",
        subject="Selection committee packet - Thursday",
        body="""All,

Attached is the working list for Thursday. Second tab has the MELD updates due this week,
third tab is who needs repeat imaging before listing. Please don't forward outside the
committee.

Priya Nandakumar, MSN
Liver Transplant Coordinator
""",
        atts=(
            Att(
                "selection_committee_1112.xlsx",
                XLSX,
                xlsx(
                    {
                        "Candidates": [
                            ["Initials", "DOB", "Etiology", "MELD 3.0", "Status", "Notes"],
                            ["R.T.", "1971-08-02", "ALD", 31, "Active", "6 mo sobriety verified"],
                            ["M.O.", "1964-12-19", "NASH", 24, "Active", "BMI 38"],
                            ["S.K.", "1980-03-27", "PSC", 19, "Eval", "cholangio on hold"],
                            ["D.W.", "1958-06-14", "HCV/HCC", 22, "Exception", "LI-RADS 5 x2"],
                        ],
                        "MELD due": [
                            ["Initials", "DOB", "Last MELD", "Recert due", "On HD"],
                            ["R.T.", "1971-08-02", 31, "11/13", "yes"],
                            ["D.W.", "1958-06-14", 22, "11/16", "no"],
                        ],
                        "Imaging": [
                            ["Initials", "DOB", "Study", "Reason"],
                            ["S.K.", "1980-03-27", "MRCP", "dominant stricture"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="inpatient_med_change_followup",
        notes="Hard positive: 'Mrs. K' with a room number, tacrolimus dose change and level, no full name",
        frm="Greta Lindahl <glindahl@lakemonthealth.org>",
        to="Trevor Yamamoto PharmD <tyamamoto@lakemonthealth.org>",
        subject="Re: 5W tacro",
        body="""Trevor - following up on Mrs. K in 5W-22: team lowered her tacro to 2 mg BID after
this morning's level came back 14.2. Repeat trough Thursday AM. Her Mg was 1.4 so
she's getting 2 g IV now.

Greta
""",
    ),
    Spec(
        phi=True,
        category="lab_hl7_to_outside_nephrology",
        notes="Hard positive: body says only 'results attached'; the HL7 ORU names the kidney recipient with trough and creatinine",
        frm="Transplant Lab Results <txlab@lakemonthealth.org>",
        to="results@riverbendnephrology.com",
        subject="Results - Riverbend Nephrology interface",
        body="Results attached per standing order. Do not reply to this mailbox.\n",
        atts=(Att("ORU_LM26111004471.hl7", "application/hl7-v2", _HL7_TAC),),
    ),
    Spec(
        phi=True,
        category="fhir_discharge_to_home_health",
        notes="Hard positive: generic body; the FHIR bundle carries name, MRN, DOB, phone, heart failure and furosemide",
        frm="Case Management 6E <cm6east@lakemonthealth.org>",
        to="intake@prairiehomehealth.com",
        subject="Referral packet - start of care Friday",
        body="""Hello,

Referral packet attached for start of care Friday. Orders signed by the hospitalist.
Please confirm acceptance by reply.

Thanks,
Bettina Ruiz, RN CCM
Case Manager, 6 East
""",
        atts=(Att("referral_bundle.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=True,
        category="ccda_to_snf",
        notes="Hard positive: C-CDA discharge summary attachment only; body is administrative",
        frm="Lakemont HIM Release <himrelease@lakemonthealth.org>",
        to="admissions@maplegroveseniorliving.com",
        subject="Clinical documents for pending admission",
        body="Clinical documents for your pending admission are attached (C-CDA).\n\nLakemont HIM\n",
        atts=(Att("discharge_summary.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="x12_837_claim",
        notes="Hard positive: X12 837I with subscriber name, member id, DOB, dates of stay and pancreatitis codes; body is batch header only",
        frm="PFS EDI <pfs.edi@lakemonthealth.org>",
        to="submit@clearpathedi.com",
        subject="Batch 4471 837I resubmission",
        body="Batch 4471, 1 claim, corrected admit type. Please confirm 999.\n\nLakemont Patient Financial Services\n",
        atts=(Att("LM_837I_4471.x12", "application/edi-x12", _X12),),
    ),
    Spec(
        phi=True,
        category="family_meeting_invite",
        notes="Hard positive: calendar invite whose description names the patient, MRN, cancer and PE",
        frm="Renata Szabo <rszabo@lakemonthealth.org>",
        to="palliative@lakemonthealth.org",
        cc="Rev. Tom Abernathy <tabernathy@lakemonthealth.org>",
        subject="Family meeting - 4W rm 18",
        body="Invite for Thursday 2 pm. See details.\n",
        ics=_ICS_FAMILY,
    ),
    Spec(
        phi=True,
        category="wound_photo_filename",
        notes="Hard positive: PNG wound photo whose file name carries patient name and MRN; body mentions only a consult",
        frm="Shauna Petrie <spetrie@lakemonthealth.org>",
        to="woundteam@lakemonthealth.org",
        subject="photo for consult",
        body="Stage 3 on the sacrum, pic attached. Consult is in.\n\n-Shauna, 7N\n",
        atts=(Att("sacrum_JBaptiste_MRN40982213_1110.png", "image/png", png(6, 6, (176, 96, 88))),),
    ),
    Spec(
        phi=True,
        category="filename_only_phi",
        notes="Hard positive: PDF teaching sheet is generic but its file name names the patient and heart failure",
        frm="Ingrid Paulsen <ipaulsen@lakemonthealth.org>",
        to="Lan Nguyen <lan.nguyen.home@outlook.com>",
        subject="the sheet we went over",
        body="Here's the sheet we went over before you left today. Call the nurse line with questions.\n\nIngrid\n",
        atts=(
            Att(
                "Discharge_teaching_NguyenThiLan_heart_failure.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKEMONT UNIVERSITY HOSPITAL - PATIENT EDUCATION",
                        "Living with heart failure",
                        "Weigh yourself every morning after you urinate.",
                        "Call if you gain 3 pounds in a day or 5 pounds in a week.",
                        "Limit sodium to 2,000 mg per day.",
                        "Nurse line: 507-555-0100",
                    ],
                    "Heart failure teaching sheet",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded_relative_question",
        notes="Forwarded message/rfc822: a wife asks about her husband's transplant kidney biopsy; coordinator forwards to the nephrologist",
        frm="Anneliese Vogt <avogt@lakemonthealth.org>",
        to="Dr. Samuel Achebe <sachebe@lakemonthealth.org>",
        subject="Fwd: biopsy results?",
        body="""Dr. Achebe - see below from Mr. Halvorsen's wife. Path was signed out yesterday
(borderline TCMR). Do you want to call her or should I?

Anneliese
""",
        forward=Spec(
            phi=True,
            category="forwarded_relative_question",
            notes="inner",
            frm="Linnea Halvorsen <linneah@icloud.com>",
            to="avogt@lakemonthealth.org",
            subject="biopsy results?",
            body="""Hi Anneliese,

Gunnar had his kidney biopsy Monday and nobody has told us anything. His creatinine was
2.4 on Friday which scared us. Is it rejection? Should he take more prednisone?

Linnea Halvorsen
""",
        ),
    ),
    Spec(
        phi=True,
        category="transfusion_reaction_csv",
        notes="CSV of transfusion reactions with patient names, MRNs, unit numbers and reaction types sent to the blood supplier",
        frm="Blood Bank Quality <bbquality@lakemonthealth.org>",
        to="Hospital Services <hospitalservices@prairieblood.org>",
        subject="October transfusion reaction reports for supplier investigation",
        body="""Hello Prairie team,

Attached are the October reactions that need a supplier investigation (donor follow-up for
the two possible TRALI/febrile cases). Let us know if you need segments sent back.

Yusuf Demir, MLS(ASCP)
Transfusion Service Quality Coordinator
""",
        atts=(
            Att(
                "oct_reactions.csv",
                "text/csv",
                "Patient,MRN,DOB,Unit,Product,Reaction,Date\n"
                "Wojcik Teresa,40338761,1952-05-30,W0421 26 118734,Apheresis PLT,Febrile nonhemolytic,2026-10-04\n"
                "Adeyemi Folake,41002394,1988-11-12,W0421 26 121055,RBC LR,Possible TRALI,2026-10-17\n"
                "Sandoval Rene,40871126,1945-01-23,W0421 26 119982,FFP,Allergic urticarial,2026-10-22\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="psychosocial_eval_zip",
        notes="Zip of text notes: social work psychosocial evaluation of a liver candidate with alcohol use disorder and treatment history",
        frm="Wendell Okafor LICSW <wokafor@lakemonthealth.org>",
        to="Transplant Psychiatry <txpsych@lakemonthealth.org>",
        subject="psychosocial for Thursday",
        body="Zip has my eval and the outside treatment records summary. Two-week turnaround ok?\n\nWendell\n",
        atts=(
            Att(
                "psychosocial_RT.zip",
                "application/zip",
                zipped(
                    {
                        "psychosocial_eval.txt": (
                            "Lakemont Transplant Social Work - Psychosocial Evaluation\n"
                            "Candidate: Russell Tennant  DOB 08/02/1971  MRN 40665120\n"
                            "Referral: decompensated alcohol-associated cirrhosis, MELD 31\n"
                            "Substance use: AUD severe, last drink 05/04/2026 per patient and wife.\n"
                            "Completed 28-day residential program at Cedar Bend Recovery; now IOP 3x/week.\n"
                            "Support: wife Dana (caregiver plan signed), brother in Rochester.\n"
                            "SIPAT 41. Recommend proceed with relapse prevention contract.\n"
                        ),
                        "outside_records_summary.txt": (
                            "Cedar Bend Recovery discharge summary (rec'd 10/30):\n"
                            "R. Tennant completed program 06/01/2026. Naltrexone declined due to liver.\n"
                            "PEth 10/22/2026 negative.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="medical_necessity_letter_docx",
        notes="DOCX appeal letter to an insurer with kidney recipient's name, member id, DOB and belatacept",
        frm="Marguerite Dubois <mdubois@lakemonthealth.org>",
        to="appeals@heartlandhealthplan.com",
        subject="Expedited appeal - belatacept denial",
        body="""Please find the expedited appeal letter attached for the belatacept denial (your ref
UM-2026-118457). Signed letter from Dr. Achebe included.

Marguerite Dubois
Transplant Financial Coordinator
Lakemont University Hospital
""",
        atts=(
            Att(
                "appeal_belatacept.docx",
                DOCX,
                docx(
                    [
                        "Lakemont University Hospital Transplant Center",
                        "RE: Expedited appeal, member Yolanda Brightwater, ID HHP772019455, DOB 04/09/1979",
                        "Ms. Brightwater received a deceased donor kidney transplant on 07/14/2026.",
                        "She developed tacrolimus neurotoxicity with tremor and posterior reversible encephalopathy.",
                        "Conversion to belatacept 5 mg/kg every 4 weeks is medically necessary to protect the graft.",
                        "Samuel Achebe MD, Transplant Nephrology, NPI 1126520836",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="icu_census_html_table",
        notes="HTML-only daily ICU census table with names, beds and diagnoses for the hospitalist group",
        frm="SICU Charge <sicucharge@lakemonthealth.org>",
        to="Hospitalist Group <hospitalists@lakemonthealth.org>",
        subject="SICU step-down candidates 11/10",
        body="",
        html="""<html><body><p>Step-down candidates for today's huddle:</p>
<table border="1" cellpadding="3">
<tr><th>Bed</th><th>Patient</th><th>Dx</th><th>Issue</th></tr>
<tr><td>S3</td><td>Abernathy-Cole, Trina</td><td>s/p Whipple POD 6</td><td>off insulin gtt</td></tr>
<tr><td>S7</td><td>Mbeki, Sipho</td><td>SBO s/p ex-lap</td><td>NGT out, diet advancing</td></tr>
<tr><td>S11</td><td>Hrabal, Otakar</td><td>liver tx POD 4</td><td>ready if HAT US clear</td></tr>
</table><p>Thanks, SICU charge</p></body></html>""",
    ),
    Spec(
        phi=True,
        category="billing_reply_to_patient",
        notes="Billing reply to a patient at outlook: account number, dates of stay and balance",
        frm="Lakemont Patient Billing <billing@lakemonthealth.org>",
        to="Darnell Whitaker <dwhitaker77@outlook.com>",
        subject="Re: question about my hospital bill",
        body="""Dear Mr. Whitaker,

Thank you for contacting us. Your account 7004418823 for your inpatient stay October 3-7,
2026 shows total charges of $38,412.00. Your insurance paid $36,201.70 and applied
$962.00 to your deductible, so the balance of $1,248.30 is your responsibility.

We can set up a 12-month interest-free payment plan of $104.03 per month. Reply or call
507-555-0130 and we'll get it started.

Sincerely,
Carla Jimenez
Patient Account Representative

--
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential or protected
health information intended only for the addressee. If you received it in error, notify the
sender and delete it. Lakemont University Hospital, Eau Pointe, MN.
""",
    ),
    Spec(
        phi=True,
        category="terse_dialysis_add_on",
        notes="Hard positive: one-liner with room number, patient surname and potassium for an add-on dialysis run",
        frm="Dr. Nia Fairbanks <nfairbanks@lakemonthealth.org>",
        to="dialysis.unit@lakemonthealth.org",
        subject="add on",
        body="Pls add 6E rm 7 (Mr. Adebayo-Cole) to the 1400 HD run, K 6.1 this AM. Thx -NF\n",
    ),
    Spec(
        phi=True,
        category="pharmacy_vanco_recommendation",
        notes="Pharmacist to ICU team: named patient, vancomycin troughs, AKI and dose change",
        frm="Trevor Yamamoto <tyamamoto@lakemonthealth.org>",
        to="MICU Team B <micu.teamb@lakemonthealth.org>",
        subject="Vanco dosing - Fitzgerald bed 4",
        body="""Team B,

Maureen Fitzgerald (MICU 4) vanco AUC is estimated at 712 on 1250 mg q12h and her SCr bumped
from 0.9 to 1.5. Recommend holding tonight's dose, random level at 0600, then likely 1000 mg
q24h. MRSA bacteremia day 3, repeat blood cultures still pending.

Trevor Yamamoto, PharmD, BCCCP
""",
    ),
    Spec(
        phi=True,
        category="living_donor_crossmatch",
        notes="Living donor coordinator to a prospective donor at icloud: crossmatch and compatibility with her named brother",
        frm="Sophie Marchand <smarchand@lakemonthealth.org>",
        to="Keiko Tanaka-Reyes <keikotr@icloud.com>",
        subject="Your donor testing results",
        body="""Hi Keiko,

Good news from the lab: your final crossmatch with your brother Hiroshi was negative and you
are blood-type compatible (both O). Your CT angiogram showed single arteries to both kidneys,
which the surgeons like. Your 24-hour urine creatinine clearance was 118.

Next step is the independent living donor advocate visit; I have you tentatively on December 2
at 10 AM. Remember you can withdraw at any time and Hiroshi's team will only be told you are
"not a candidate."

Sophie Marchand RN
Living Donor Coordinator, Lakemont Transplant Center
""",
    ),
    Spec(
        phi=True,
        category="discharge_followup_to_patient",
        notes="Post liver transplant discharge email to the patient at hotmail with clinic dates and immunosuppressant list",
        frm="Liver Transplant Clinic <livertx.clinic@lakemonthealth.org>",
        to="Otakar Hrabal <ohrabal52@hotmail.com>",
        subject="Your clinic visits after discharge",
        body="""Mr. Hrabal,

As discussed at discharge, your first post-transplant visits are:
  - Mon 11/16 7:00 AM lab draw (hold your morning tacrolimus until after the draw)
  - Mon 11/16 9:30 AM Dr. Raghunathan, Liver Transplant Clinic
  - Thu 11/19 8:00 AM lab draw

Current medicines: tacrolimus 3 mg twice daily, mycophenolate 1000 mg twice daily,
prednisone 10 mg daily, valganciclovir 450 mg daily, Bactrim SS daily.

Call 507-555-0175 for fever over 100.4, yellow skin or dark urine.

Liver Transplant Clinic, Lakemont University Hospital
""",
    ),
    Spec(
        phi=True,
        category="snf_referral_pdf",
        notes="Case manager sends a face sheet PDF with name, DOB, address and diagnoses to a SNF",
        frm="Bettina Ruiz <bruiz@lakemonthealth.org>",
        to="referrals@willowcreekrehab.com",
        subject="SNF referral - ortho, d/c ready Thursday",
        body="Face sheet and PT notes attached. Medicare A (MBI 3NA3TJ5VQ34), 3-midnight stay met. Can you review today?\n\nBettina Ruiz RN, Case Management\n",
        atts=(
            Att(
                "facesheet.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKEMONT UNIVERSITY HOSPITAL - FACE SHEET",
                        "Patient: Gerald Pomeroy   DOB: 12/01/1940   MRN: 40557019",
                        "Address: 88 Quarry Rd, Stillmore MN 55964",
                        "Admit: 11/05/2026   Unit: 6 West Ortho",
                        "Dx: L femoral neck fracture s/p ORIF; CKD 3b; Parkinson disease",
                        "Insurance: Medicare A/B, MBI: 3NA3TJ5VQ34",
                    ],
                    "Face sheet",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="payer_claims_spreadsheet",
        notes="Hard positive: workbook of member ids with transplant claim lines and CPT codes, no diagnosis words in the body",
        frm="Marguerite Dubois <mdubois@lakemonthealth.org>",
        to="Provider Relations <provrel@heartlandhealthplan.com>",
        subject="Underpaid lines - Q3 reconciliation",
        body="""Hi Gail,

As discussed, attached are the Q3 lines we believe were paid at the wrong case rate. Sheet 2
is the summary by month.

Marguerite
""",
        atts=(
            Att(
                "q3_underpaid.xlsx",
                XLSX,
                xlsx(
                    {
                        "Lines": [
                            ["Member ID", "Member", "DOS", "CPT", "Billed", "Paid", "Expected"],
                            [
                                "HHP772019455",
                                "Brightwater Y",
                                "2026-07-14",
                                "50360",
                                112400.00,
                                61220.00,
                                78900.00,
                            ],
                            [
                                "HHP771504218",
                                "Sorensen K",
                                "2026-08-02",
                                "47135",
                                241880.00,
                                150300.00,
                                166000.00,
                            ],
                            [
                                "HHP770998031",
                                "Oduya P",
                                "2026-09-21",
                                "50360",
                                109750.00,
                                61220.00,
                                78900.00,
                            ],
                        ],
                        "Summary": [
                            ["Month", "Lines", "Variance"],
                            ["Jul", 1, 17680.00],
                            ["Aug", 1, 15700.00],
                            ["Sep", 1, 17680.00],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mtp_recap",
        notes="Blood bank recap of a massive transfusion activation with named trauma patient and products",
        frm="Transfusion Service <bloodbank@lakemonthealth.org>",
        to="Dr. Ines Carvalho <icarvalho@lakemonthealth.org>",
        subject="MTP activation review 11/08",
        body="""Dr. Carvalho,

For your trauma PI review: MTP activated 11/08 02:14 for Brandon Kessler (MRN 41220967),
MVC with grade IV splenic laceration. Issued 14 RBC, 12 plasma, 2 apheresis platelets, 1
pooled cryo. First cooler out in 9 minutes. TEG at 03:10 showed hyperfibrinolysis; TXA given.
MTP deactivated 04:02. Two O-neg units were issued before type was known; patient is O pos.

Transfusion Service, Lakemont
""",
    ),
    Spec(
        phi=True,
        category="chaplain_visit_request",
        notes="Hard positive: chaplain asks a volunteer to visit a named dying patient in ICU bed 9; no diagnosis code, only prognosis and religion",
        frm="Rev. Tom Abernathy <tabernathy@lakemonthealth.org>",
        to="Imam Yusuf Qadri <yqadri.volunteer@gmail.com>",
        subject="visit request",
        body="""Imam Qadri,

The family of Farouk Haddad in the Neuro ICU (bed 9) asked for a Muslim chaplain. The team
does not expect him to survive the weekend and they are discussing withdrawing the
ventilator Saturday. His wife Samira and two sons will be there after 4 today.

Thank you for being available on short notice.
Tom Abernathy, Spiritual Care
""",
    ),
    Spec(
        phi=True,
        category="public_health_report",
        notes="Infection prevention report of a Candida auris case to the state health department with name and DOB",
        frm="Infection Prevention <infectionprevention@lakemonthealth.org>",
        to="epi.reports@health.state.mn.example.gov",
        subject="Reportable: C. auris isolate",
        body="""Reporting per rule:

Patient: Abdirahman Warsame  DOB 06/19/1956  MRN 40773340
Specimen: axilla/groin screening swab collected 11/07/2026
Result: Candida auris, confirmed by MALDI-TOF 11/09/2026
Location: MICU room 16, contact plus precautions in place
Recent travel/care: transferred from Lakeshore LTACH 10/30

Isolate sent to the state public health lab today.

Harriet Osei, MPH, CIC
Infection Prevention, Lakemont University Hospital
""",
    ),
    Spec(
        phi=True,
        category="donor_referral_to_opo",
        notes="ICU nurse refers a ventilated patient to the organ procurement organization with name, MRN and GCS",
        frm="Neuro ICU Charge <nicucharge@lakemonthealth.org>",
        to="Referral Line <referrals@northstarorgan.org>",
        subject="Referral - Lakemont NICU",
        body="""Called in at 1512, ref #NS26-4471, emailing the info as requested:

Gregory Salinas, 52 M, MRN 41188502
Admit 11/09 with massive L MCA stroke, herniated overnight
GCS 3T, pupils fixed, no cough or gag, off sedation since 0800
BP 102/60 on norepi 6 mcg/min
Family (wife) at bedside, not yet approached

Nurse: Caleb Nordin, 4-3322
""",
    ),
    Spec(
        phi=True,
        category="reply_quoting_relative",
        notes="Blood bank nurse replies to a son at aol; quoted text names his mother and her scheduled transfusion",
        frm="Outpatient Infusion <infusion@lakemonthealth.org>",
        to="Piotr Zielinski <pzielinski@aol.com>",
        subject="Re: my mother's transfusion Tuesday",
        body="""Hello Mr. Zielinski,

We moved her to Wednesday 11/11 at 9:00 AM because her type and screen needs to be redrawn
(it expires after 3 days). She can come at 8:30 for the blood draw and the 2 units will
be ready by 10.

Outpatient Infusion Center, Lakemont

> My mother Agnieszka Zielinska was supposed to get her blood transfusion Tuesday for her
> myelodysplasia but nobody called. Her hemoglobin was 6.9 at Dr. Park's office.
""",
    ),
]
