"""Cedar Grove Hospice: a community hospice (home and facility-based hospice care, IDG, comfort
kits, bereavement, volunteers). 18 PHI and 18 non-PHI messages."""

# ruff: noqa: E501

from __future__ import annotations

import json

from _att import XLSX, docx, pdf, png, xlsx, zipped
from _spec import CGH, Att, Spec

DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_IDG_DOCX = docx(
    [
        "CEDAR GROVE HOSPICE - Interdisciplinary Group Meeting, Wednesday 11/11/2026, Team Blue",
        "1. Cornelius Abernathy (CGH-31877) - died 11/10 03:40, death review; bereavement assigned to chaplain Ruiz.",
        "2. Esteban Quiroga (CGH-31902) - ALS (G12.21), routine home care, benefit period 2 ends 11/24: recert due, face-to-face by NP Wang 11/19.",
        "3. Margit Kowalski (CGH-31955) - Willow Creek ALF rm 212, end-stage dementia (G30.1/F02.80), weight loss 6% in 30 days, FAST 7c.",
        "4. Loretta Fairweather (CGH-31960) - lung CA (C34.91), GIP at Mercy hospice suite since 11/8 for pain crisis; plan step down to routine 11/13.",
        "5. Vikram Okonkwo-Shah (CGH-31988) - CHF (I50.9), new admission 11/9, family conference requested re: ICD deactivation.",
        "Visit frequency changes, medication changes and volunteer requests recorded in the EHR.",
    ]
)

_CENSUS_CSV = """patient_id,last_name,first_name,dob,admit_date,level_of_care,primary_dx,location,address,attending
CGH-31902,Quiroga,Esteban,1959-05-03,2026-05-28,RHC,G12.21 ALS,Home,77 Sorrel Way Janesville WI 53545,Dr. Tomasz Wierzbicki
CGH-31955,Kowalski,Margit,1931-10-21,2026-07-14,RHC,G30.1 Alzheimer late onset,Willow Creek ALF rm 212,1500 Willow Creek Dr Janesville WI 53546,Dr. Tomasz Wierzbicki
CGH-31960,Fairweather,Loretta,1948-02-26,2026-10-02,GIP,C34.91 lung cancer,Mercy hospice suite,,Dr. Helen Abernethy-Cho
CGH-31988,Okonkwo-Shah,Vikram,1944-12-12,2026-11-09,RHC,I50.9 heart failure,Home,2290 Mineral Point Ave Janesville WI 53548,Dr. Helen Abernethy-Cho
CGH-31994,Halvorsen,Solveig,1936-04-08,2026-11-10,RHC,J44.9 COPD,Home,418 S Randall Ave Janesville WI 53545,Dr. Tomasz Wierzbicki
"""

_COTI_PDF = pdf(
    [
        "CEDAR GROVE HOSPICE",
        "CERTIFICATION OF TERMINAL ILLNESS - Benefit period 3 (60 days)",
        "Patient: Margit Kowalski        DOB: 10/21/1931        MRN: CGH-31955",
        "Medicare MBI: 7HF7-G79-ND81     Period: 11/12/2026 - 01/10/2027",
        "Terminal diagnosis: G30.1 Alzheimer's disease with late onset; F02.80",
        "Narrative: FAST 7c, non-verbal, bed-bound; 6% weight loss in 30 days despite",
        "hand feeding; two aspiration episodes in October; PPS 30%; recurrent UTI.",
        "Face-to-face encounter 11/05/2026 by Lin Wang, NP.",
        "I certify that this patient is terminally ill with a life expectancy of six months",
        "or less if the illness runs its normal course.",
        "Medical Director: Dr. Tomasz Wierzbicki      Signature: ______________",
    ],
    "CTI Kowalski",
)

_X12_837_HOSPICE = (
    "ISA*00*          *00*          *ZZ*CEDARGROVEHOS  *ZZ*CLEARPATHEDI   *261110*1615*^*00501*000000388*0*P*:~"
    "GS*HC*CEDARGROVEHOS*CLEARPATHEDI*20261110*1615*388*X*005010X223A2~"
    "ST*837*0001*005010X223A2~BHT*0019*00*CGH388*20261110*1615*CH~"
    "NM1*85*2*CEDAR GROVE HOSPICE*****XX*1056178589~N3*2201 E COURT ST~N4*JANESVILLE*WI*53545~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*******MA~"
    "NM1*IL*1*QUIROGA*ESTEBAN****MI*8NQ0KW0RH58~N3*77 SORREL WAY~N4*JANESVILLE*WI*53545~DMG*D8*19590503*M~"
    "CLM*CGH2610QUI*6240.40***81:A:7**A*Y*Y~DTP*434*RD8*20261001-20261031~"
    "HI*ABK:G1221~"
    "LX*1~SV2*0651*HC:Q5001*6240.40*UN*31~DTP*472*RD8*20261001-20261031~"
    "LX*2~SV2*0551*HC:G0299*0.00*UN*9~"
    "SE*18*0001~GE*1*388~IEA*1*000000388~"
)

_FHIR_EPISODE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "message",
        "entry": [
            {
                "resource": {
                    "resourceType": "MessageHeader",
                    "eventCoding": {"system": "http://example.org/events", "code": "hospice-admit"},
                    "source": {"name": "Cedar Grove Hospice EHR", "endpoint": "https://ehr.cedargrovehospice.org/fhir"},
                }
            },
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "cgh-31994",
                    "name": [{"family": "Halvorsen", "given": ["Solveig"]}],
                    "birthDate": "1936-04-08",
                    "address": [{"line": ["418 S Randall Ave"], "city": "Janesville", "state": "WI", "postalCode": "53545"}],
                }
            },
            {
                "resource": {
                    "resourceType": "EpisodeOfCare",
                    "status": "active",
                    "type": [{"text": "Hospice routine home care"}],
                    "patient": {"reference": "Patient/cgh-31994"},
                    "period": {"start": "2026-11-10"},
                    "diagnosis": [{"condition": {"display": "J44.9 Chronic obstructive pulmonary disease"}}],
                }
            },
        ],
    },
    indent=1,
)

_FHIR_TEST = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "message",
        "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "zzz-test-0001",
                    "name": [{"family": "ZZZTESTHOSPICE", "given": ["Synthetic"]}],
                    "birthDate": "1900-01-01",
                    "address": [{"line": ["0 Test Street"], "city": "Testtown", "state": "WI", "postalCode": "00000"}],
                }
            },
            {
                "resource": {
                    "resourceType": "EpisodeOfCare",
                    "status": "active",
                    "patient": {"reference": "Patient/zzz-test-0001"},
                    "period": {"start": "2026-11-12"},
                    "diagnosis": [{"condition": {"display": "TEST DIAGNOSIS - NOT REAL"}}],
                }
            },
        ],
    },
    indent=1,
)

_LIVE_DC_BOOK = xlsx(
    {
        "Live discharges Q3": [
            ["MBI", "Admit", "Discharge", "LOS", "Reason", "Dx"],
            ["8EA1XC1EP30", "2026-01-08", "2026-07-22", 195, "No longer terminally ill", "G30.1"],
            ["1AP9UY7FD21", "2026-05-30", "2026-08-14", 76, "Revoked - chose chemo trial", "C25.0"],
            ["1VU3D18TD91", "2026-04-02", "2026-09-03", 154, "Moved out of service area", "I50.9"],
        ],
        "Claim lines": [
            ["MBI", "Claim", "From", "Thru", "Rev", "Units", "Billed"],
            ["8EA1XC1EP30", "21926190337105", "2026-07-01", "2026-07-22", "0651", 22, 4428.60],
            ["1AP9UY7FD21", "21926229011874", "2026-08-01", "2026-08-14", "0651", 14, 2818.20],
            ["1VU3D18TD91", "21926249005511", "2026-08-01", "2026-09-03", "0651", 34, 6843.10],
        ],
    }
)

_HQRP_PDF = pdf(
    [
        "CEDAR GROVE HOSPICE - Hospice Quality Reporting Program summary, FY2026 (agency level)",
        "HIS/HOPE comprehensive assessment at admission: 97.8% (national 89.6%)",
        "Pain screening within 2 days: 99.1%     Pain assessment within 1 day of positive: 96.3%",
        "Dyspnea treatment: 98.4%     Bowel regimen with opioid: 97.0%",
        "Hospice visits when death is imminent (last 3 days): 88.2%",
        "CAHPS Hospice: rating 9-10 = 84%; willing to recommend = 87%",
        "Average length of stay 84 days; median 21 days; live discharge rate 14.9%",
        "Admissions FY2026: 1,032. Deaths in hospice: 871.",
    ],
    "HQRP FY2026",
)

_DEID_LOS_CSV = """record,age_band,sex,primary_dx_group,referral_source,level_of_care_first,los_days,died_in_hospice
R001,80-89,F,Dementia,Nursing facility,RHC,211,Y
R002,70-79,M,Cancer,Hospital,GIP,6,Y
R003,60-69,F,Cancer,Physician office,RHC,44,Y
R004,90+,F,Cardiac,Hospital,RHC,15,Y
R005,70-79,M,Pulmonary,Physician office,RHC,163,N
R006,80-89,M,Neurologic,Nursing facility,RHC,97,Y
"""

_SYMPOSIUM_DOCX = docx(
    [
        "Southern Wisconsin Palliative Care Symposium - March 5, 2027 - Agenda",
        "08:30 Opioid rotation and equianalgesic dosing: methadone in the home (Dr. Helen Abernethy-Cho, Palliative Medicine)",
        "09:30 Terminal delirium: haloperidol, chlorpromazine and palliative sedation (Dr. Tomasz Wierzbicki)",
        "10:45 Deactivating ICDs and LVADs at end of life (Dr. Kwame Asante-Boateng, Cardiology)",
        "11:45 Lunch",
        "12:45 Dementia prognostication and the FAST scale (Lin Wang, NP)",
        "13:45 Grief after a dementia death - bereavement practice (Rev. Alma Ruiz, Chaplain)",
        "Location: Cedar Grove Education Center, 2201 E Court St, Janesville. 5.5 CME/CNE.",
    ]
)


MESSAGES: list[Spec] = [
    # ------------------------------------------------------------------ PHI
    Spec(
        phi=True,
        category="idg_agenda_docx",
        notes="IDG meeting agenda DOCX listing five patients with MRN, diagnoses, death, recert and GIP status.",
        frm=f"Team Blue Coordinator <teamblue@{CGH}>",
        to=f"IDG Team Blue <idg-blue@{CGH}>",
        cc="lwang.np@cedargrovepalliative.com",
        subject="IDG Wed 11/11 - agenda",
        body="""Agenda for tomorrow's IDG attached. Lin - copying you since two recerts need your
face-to-face this round.

Please update your discipline notes in the EHR by 8 am.
Ingrid
""",
        atts=(Att("IDG_TeamBlue_2026-11-11.docx", DOCX_T, _IDG_DOCX),),
    ),
    Spec(
        phi=True,
        category="bereavement_letter_widow",
        notes="Hard positive: bereavement follow-up to a widow at aol.com naming the deceased patient and the month of death.",
        frm=f"Rev. Alma Ruiz <aruiz@{CGH}>",
        to="karin.halvorsen48@aol.com",
        subject="Thinking of you",
        body="""Dear Karin,

It has been three months since Arne died at home on August 12, and I wanted to check in with
you, as I promised at the bedside. Many people tell us the third month is when the house
feels quietest.

Our "Living With Loss" group meets Tuesdays at 6:30 pm at the Education Center, and I would be
glad to visit you at home if you'd prefer. Arne's nurses, Pat and Jenna, send their love too.

With warm regards,
Rev. Alma Ruiz
Bereavement Coordinator, Cedar Grove Hospice
608-555-0144
""",
    ),
    Spec(
        phi=True,
        category="death_notification_physician",
        notes="HTML-only table: death notification to the attending with patient name, time of death and pronouncing RN.",
        frm=f"On-Call RN <oncall@{CGH}>",
        to="dr.abernethycho@janesvilleinternal.com",
        subject="Death notification",
        body="",
        html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dr. Abernethy-Cho,</p>
<table cellpadding="3" style="border-collapse:collapse">
<tr><td><b>Patient</b></td><td>Cornelius Abernathy</td></tr>
<tr><td><b>DOB</b></td><td>06/30/1939</td></tr>
<tr><td><b>MRN</b></td><td>CGH-31877</td></tr>
<tr><td><b>Date/time of death</b></td><td>11/10/2026 03:40, at home, wife and son present</td></tr>
<tr><td><b>Pronounced</b></td><td>Jenna Marquardt, RN, 04:25</td></tr>
<tr><td><b>Hospice diagnosis</b></td><td>Metastatic prostate cancer (C61, C79.51)</td></tr>
<tr><td><b>Funeral home</b></td><td>Lindholm Funeral Home</td></tr>
</table>
<p>Please sign the death certificate in the state EDRS when it reaches your queue; no autopsy
requested. Comfort kit medications were destroyed in the home with the family as witness.</p>
<p>Cedar Grove Hospice On-Call</p>
</body></html>""",
    ),
    Spec(
        phi=True,
        category="chaplain_mrs_k_room",
        notes="Hard positive: chaplain note on 'Mrs. K' in room 212 at Willow Creek ALF, last rites and a morphine increase.",
        frm=f"Chaplain Tom Brennan <tbrennan@{CGH}>",
        to=f"IDG Team Blue <idg-blue@{CGH}>",
        subject="visit this afternoon",
        body="""Team,

Visited Mrs. K in room 212 at Willow Creek this afternoon. She was restless and calling for
her sister; the family asked me to arrange last rites and Fr. Dominic came at 4. Daughter and
son-in-law at the bedside, planning to stay overnight.

NP Wang increased her morphine to 5 mg SL q2h prn, and the ALF nurse gave a dose at 3:30 with
good effect. Spiritual care plan updated. I'll stop by tomorrow morning.

Tom Brennan, MDiv
Chaplain
""",
    ),
    Spec(
        phi=True,
        category="comfort_kit_pharmacy_order",
        notes="Comfort kit order to the hospice pharmacy with patient name, address, diagnosis and controlled drugs.",
        frm=f"Jenna Marquardt RN <jmarquardt@{CGH}>",
        to="orders@rivercityhospicerx.com",
        subject="STAT comfort kit - deliver today",
        body="""River City Rx,

Please deliver a comfort kit today before 6 pm:

Patient: Vikram Okonkwo-Shah, DOB 12/12/1944
Address: 2290 Mineral Point Ave, Janesville WI 53548 (wife Amara, 608-555-0161)
Dx: I50.9 end-stage heart failure, CKD 4 - renal dosing please
Kit:
  morphine oral solution 20 mg/mL, 30 mL: 0.25 mL (5 mg) SL q2h prn dyspnea/pain
  lorazepam 0.5 mg tab: 1 SL q4h prn anxiety
  haloperidol 2 mg/mL: 0.5 mg SL q4h prn agitation
  atropine 1% drops: 2 drops SL q4h prn secretions
  bisacodyl 10 mg supp prn

Prescriber: Dr. Helen Abernethy-Cho, DEA BA1074183.

Jenna Marquardt, RN, CHPN
""",
    ),
    Spec(
        phi=True,
        category="dme_order_oxygen_hospice",
        notes="DME order for hospital bed and oxygen concentrator to a named hospice patient's home.",
        frm=f"Intake <intake@{CGH}>",
        to="hospice@medequipdirect.com",
        subject="New admit DME - Halvorsen - deliver by 5 pm",
        body="""MedEquip,

New hospice admission today, please deliver by 5 pm:

  Solveig Halvorsen, 418 S Randall Ave, Janesville 53545 (granddaughter Liv 608-555-0193)
  Hospice dx: J44.9 COPD, on 2 L home O2 from previous supplier - please swap to ours
  - E0260 semi-electric bed with pressure-redistribution mattress
  - E1390 concentrator 5 L + 2 backup E tanks
  - Bedside commode, overbed table

Cedar Grove Intake
""",
    ),
    Spec(
        phi=True,
        category="cti_pdf_for_signature",
        notes="Hard positive: body only says 'CTI attached'; PDF holds name, DOB, MBI, Alzheimer's narrative.",
        frm=f"Medical Records <records@{CGH}>",
        to=f"Dr. Tomasz Wierzbicki <twierzbicki@{CGH}>",
        subject="CTI for signature - BP3 starts Thursday",
        body="""Dr. W,

CTI attached for your signature; the benefit period starts Thursday so we need it signed by
Wednesday end of day. The F2F note is in the chart.

Thanks,
Medical Records
""",
        atts=(Att("CTI_BP3.pdf", "application/pdf", _COTI_PDF),),
    ),
    Spec(
        phi=True,
        category="volunteer_assignment_gmail",
        notes="Hard positive: volunteer coordinator assigns a volunteer (personal gmail) to a named ALS patient at his address.",
        frm=f"Volunteer Services <volunteers@{CGH}>",
        to="gretchen.amundsen@gmail.com",
        subject="Your new companion visit",
        body="""Hi Gretchen,

Thank you for taking a new match! You'll be visiting Esteban Quiroga at 77 Sorrel Way on
Tuesdays, 1-3 pm, starting next week. Esteban has ALS; he can't speak anymore but uses an
eye-gaze board and loves Brewers baseball and old Westerns. His wife Rosa will be there to
introduce you the first time.

Please do not help with feeding or transfers - his aide handles those.

Warmly,
Beth Lindahl
Volunteer Coordinator
""",
    ),
    Spec(
        phi=True,
        category="census_roster_csv_pharmacy",
        notes="Census roster CSV (names, DOB, admit date, level of care, diagnosis, address) to the contracted pharmacy.",
        frm=f"Pharmacy Liaison <pharmacyliaison@{CGH}>",
        to="census@rivercityhospicerx.com",
        subject="Weekly census reconciliation",
        body="""Attached is this week's census for reconciliation against your dispensing list.
Please flag anyone you are still dispensing for who is not on this list.

Cedar Grove Pharmacy Liaison
""",
        atts=(Att("CGH_census_2026-11-12.csv", "text/csv", _CENSUS_CSV),),
    ),
    Spec(
        phi=True,
        category="x12_837i_hospice_claim",
        notes="Hard positive: hospice 837I claim (rev 0651 routine home care) with the patient's name, MBI and ALS code, inside a ZIP only.",
        frm=f"Billing <billing@{CGH}>",
        to="submissions@clearpathedi.com",
        subject="Batch 388 - hospice claims October",
        body="""Batch 388 attached. The NOE for this patient was accepted on 5/30.
""",
        atts=(Att("CGH_837I_388.zip", "application/zip", zipped({"CGH_837I_388.x12": _X12_837_HOSPICE})),),
    ),
    Spec(
        phi=True,
        category="imminent_death_daughter_icloud",
        notes="Hard positive: nurse texts-style email to a patient's daughter (icloud) that her dad is actively dying.",
        frm=f"Pat Gunderson RN <pgunderson@{CGH}>",
        to="priya.okonkwoshah@icloud.com",
        subject="your dad this afternoon",
        body="""Hi Priya,

Just a heads up - your dad's breathing changed this afternoon. He has longer pauses now and
some mottling on his feet and knees. Your mom is with him and he seems comfortable after the
morphine at 2:00.

I can't say exactly when, but I'd come tonight if you can. Call me any time at 608-555-0151,
and the on-call nurse is there overnight.

Pat
""",
    ),
    Spec(
        phi=True,
        category="funeral_home_release",
        notes="Hard positive: a decedent's information is still PHI; social worker gives the funeral home the decedent's name, date of death and cremation release.",
        frm=f"Social Work <socialwork@{CGH}>",
        to="arrangements@lindholmfuneral.com",
        subject="Release - Fairweather",
        body="""Hi Dale,

Decedent: Loretta Fairweather, DOB 02/26/1948, DOD 11/11/2026 at 22:15 at the Mercy hospice
suite. The family has chosen cremation; the release form signed by her son Curtis (NOK) is
attached in the portal. Attending for the death certificate is Dr. Helen Abernethy-Cho.
For the death certificate worksheet: SSN 478-14-7511, born in Gary, Indiana, widowed
(husband Raymond), usual occupation school bus driver.

She had no pacemaker or implants. The family would like her wedding ring returned.

Nadine Osei, LCSW
""",
    ),
    Spec(
        phi=True,
        category="admission_fhir_hie",
        notes="FHIR admission message (Patient, EpisodeOfCare with COPD) sent to the state HIE.",
        frm=f"Interfaces <interfaces@{CGH}>",
        to="inbound@wisconsinhie.org",
        subject="Hospice admit notification - msg 20261110-0147",
        body="""Admission notification attached (FHIR R4 message bundle). Re-sent manually because
the endpoint returned 503 at 14:02.
""",
        atts=(Att("admit_20261110-0147.json", "application/fhir+json", _FHIR_EPISODE),),
    ),
    Spec(
        phi=True,
        category="live_discharge_mbi_xlsx",
        notes="Hard positive: workbook of live discharges and claim lines keyed by MBI only (no names), with reasons and diagnoses.",
        frm=f"Compliance <compliance@{CGH}>",
        to="audit@hospiceconsultinggroup.com",
        subject="Live discharge review - Q3 sample",
        body="""Attached are the three Q3 live discharges for your review, with the claim lines,
ahead of the mock TPE. Two tabs.

Compliance
""",
        atts=(Att("live_dc_Q3.xlsx", XLSX, _LIVE_DC_BOOK),),
    ),
    Spec(
        phi=True,
        category="family_complaint_forwarded",
        notes="Hard positive: compliance forwards a family member's complaint email (message/rfc822) about a named patient's pain control.",
        frm=f"Patient Experience <experience@{CGH}>",
        to=f"Compliance <compliance@{CGH}>",
        subject="Fw: complaint - grievance log #2026-041",
        body="""Logged as grievance 2026-041. Clinical manager is calling the family today.
""",
        forward=Spec(
            phi=True,
            category="family_complaint_forwarded",
            notes="inner",
            frm="Curtis Fairweather <cfairweather@outlook.com>",
            to=f"info@{CGH}",
            subject="complaint",
            body="""To whom it may concern,

My mother Loretta Fairweather was on your hospice at home. On Saturday night she was in
terrible pain and it took the on-call nurse over 3 hours to come. The morphine in the kit
was not enough and nobody called the doctor until Sunday. She was moved to the hospital suite
on Sunday and died four days later. I want to know why this happened.

Curtis Fairweather
""",
        ),
    ),
    Spec(
        phi=True,
        category="revocation_scan_filename",
        notes="Hard positive: the patient's name is only in the scanned PNG file name; body says the hospice benefit is revoked.",
        frm=f"Intake <intake@{CGH}>",
        to=f"Billing <billing@{CGH}>",
        subject="revocation signed today",
        body="""Signed revocation attached, effective today 11/12. He's going back for dialysis at
Mercy. Please file the NOTR within 5 days.
""",
        atts=(Att("scan_revocation_GUTIERREZ_Ramon_20261112.png", "image/png", png(8, 10, (245, 245, 240))),),
    ),
    Spec(
        phi=True,
        category="family_conference_ics",
        notes="Family meeting invite on goals of care/ICD deactivation naming the patient.",
        frm=f"Social Work <socialwork@{CGH}>",
        to="amara.okonkwoshah@yahoo.com",
        cc=f"pgunderson@{CGH}",
        subject="Family meeting Thursday 2 pm",
        body="""Amara - as we discussed, here is the invitation for Thursday. Priya can join by phone.
""",
        ics="""BEGIN:VCALENDAR
PRODID:-//Cedar Grove Hospice//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cgh-famconf-20261112-okonkwoshah@cedargrovehospice.org
DTSTAMP:20261110T210000Z
DTSTART:20261112T200000Z
DTEND:20261112T210000Z
SUMMARY:Family conference - Vikram Okonkwo-Shah - goals of care
DESCRIPTION:Discuss ICD deactivation\\, symptom plan for end-stage heart failure\\, and
  whether to stop furosemide infusion. Attending: Dr. Abernethy-Cho\\, RN Pat Gunderson\\,
  SW Nadine Osei.
LOCATION:Patient home\\, 2290 Mineral Point Ave\\, Janesville
ORGANIZER;CN=Nadine Osei:mailto:socialwork@cedargrovehospice.org
ATTENDEE;CN=Amara Okonkwo-Shah:mailto:amara.okonkwoshah@yahoo.com
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=True,
        category="hl7_adt_discharge_death",
        notes="HL7 ADT^A03 (discharge - expired) for a named patient sent to the hospital's interface.",
        frm=f"Interfaces <interfaces@{CGH}>",
        to="hl7-support@mercyjanesville.org",
        subject="A03 not acknowledged - please check your listener",
        body="""Your listener didn't ACK this A03 last night (timeout after 30 s, 3 retries). Message
attached so you can replay it on your side.

Cedar Grove Interfaces
""",
        atts=(
            Att(
                "ADT_A03_CGH31960.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|CGH_EHR|CEDARGROVE|MERCY_ADT|MERCY|20261111223500||ADT^A03|CGH20261111223500|P|2.5.1\r"
                "EVN|A03|20261111221500\r"
                "PID|1||CGH-31960^^^CGH^MR||FAIRWEATHER^LORETTA^M||19480226|F|||1104 Racine St^^Janesville^WI^53545\r"
                "PV1|1|I|HSPC^4^A||||||||||||||||CGH31960-GIP|||||||||||||||||20||||||||20261108091000|20261111221500\r"
                "DG1|1||C34.91^Malignant neoplasm of unsp part of right bronchus or lung^I10\r",
            ),
        ),
    ),
    # ------------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="hqrp_quality_pdf",
        notes="Hard negative: hospice quality (HQRP/CAHPS) summary PDF with agency-level rates, deaths and LOS.",
        frm=f"Quality <quality@{CGH}>",
        to="board@cedargrovehospice.org",
        subject="FY2026 hospice quality summary",
        body="""Board members - our FY2026 quality summary is attached for Thursday's meeting. We
exceeded national averages on every HQRP measure except visits in the last 3 days of life.

Sandra Iverson, RN
Quality Director
""",
        atts=(Att("CGH_HQRP_FY2026.pdf", "application/pdf", _HQRP_PDF),),
    ),
    Spec(
        phi=False,
        category="volunteer_training_schedule",
        notes="Volunteer training schedule for new volunteers.",
        frm=f"Volunteer Services <volunteers@{CGH}>",
        to=f"New Volunteers <newvolunteers@{CGH}>",
        subject="Volunteer training - January cohort",
        body="""Welcome to the January volunteer cohort!

Training is four Saturday mornings, 9:00-12:30, at the Education Center:
  Jan 9  - What hospice is; confidentiality and HIPAA
  Jan 16 - Communication at the bedside; the dying process
  Jan 23 - Grief and self-care; respite and vigil volunteering
  Jan 30 - Safety, boundaries, and shadow-visit sign-up

You'll need your TB screen and background check cleared before shadow visits.

Beth Lindahl
Volunteer Coordinator
""",
    ),
    Spec(
        phi=False,
        category="memorial_service_public",
        notes="Hard negative: public memorial service announcement for families served, no names of the deceased.",
        frm=f"Cedar Grove Hospice <community@{CGH}>",
        to=f"community-list@{CGH}",
        subject="Service of Remembrance - Sunday, December 6",
        body="""You are invited to our annual Service of Remembrance, Sunday, December 6, 2 pm, at
First Lutheran Church, 612 Court St, Janesville.

All families who lost a loved one in our care this year, and anyone in the community who is
grieving, are welcome. We will read names that families have submitted in advance and light
a candle for each. Refreshments follow. No RSVP needed.

Cedar Grove Hospice Bereavement Services
""",
    ),
    Spec(
        phi=False,
        category="grief_group_flyer_html",
        notes="Hard negative: HTML-only grief support group flyer (loss, widowhood, suicide loss) with no individual.",
        frm=f"Bereavement Services <bereavement@{CGH}>",
        to="newsletter@janesvillelibrary.org",
        subject="Please post: free grief support groups this winter",
        body="",
        html="""<html><body>
<h2>Grief support groups - free and open to the community</h2>
<table border="1" cellpadding="5">
<tr><th>Group</th><th>When</th><th>Where</th></tr>
<tr><td>Living With Loss (any loss)</td><td>Tuesdays 6:30 pm, Jan 12 - Mar 2</td><td>Cedar Grove Education Center</td></tr>
<tr><td>Widowed Under 60</td><td>2nd &amp; 4th Thursdays 7 pm</td><td>Hedberg Library, Room B</td></tr>
<tr><td>Survivors of Suicide Loss</td><td>1st Mondays 6 pm</td><td>Cedar Grove Education Center</td></tr>
<tr><td>Kids' Grief Camp (ages 7-14)</td><td>Saturday Feb 20</td><td>Camp Indian Trails</td></tr>
</table>
<p>Call 608-555-0140 to register. You do not need to have had a loved one in hospice.</p>
</body></html>""",
    ),
    Spec(
        phi=False,
        category="controlled_substance_disposal_policy",
        notes="Hard negative: controlled-substance disposal policy naming the medical director's DEA number; no patient.",
        frm=f"Pharmacy Liaison <pharmacyliaison@{CGH}>",
        to=f"Nurses <nurses@{CGH}>",
        subject="Updated: disposal of controlled substances after death",
        body="""Nurses,

Reminder of the updated procedure (policy CL-31, per the SUPPORT Act and 21 CFR 1317):

1. After a death, an RN may dispose of the patient's controlled substances in the home.
2. Use the DisposeRx packets; a family member or second staff member witnesses when possible.
3. Document drug, strength, quantity and witness in the EHR disposal form within 24 h.
4. Never take medications back to the office.
5. Questions about a specific prescription go to the prescriber, or to Dr. Wierzbicki as
   Medical Director (DEA FW4570063) for our standing orders.

Morphine, hydromorphone, oxycodone, lorazepam and methadone are the most common - count the
methadone tablets twice.

Ruth Halvorsen-Tate, PharmD
""",
    ),
    Spec(
        phi=False,
        category="oncall_schedule_staff_phones",
        notes="Hard negative: RN on-call schedule with staff names and cell numbers.",
        frm=f"Clinical Manager <clinicalmgr@{CGH}>",
        to=f"Nurses <nurses@{CGH}>",
        subject="December on-call",
        body="""December on-call (nights 17:00-08:00):

  Dec 1-4    Jenna Marquardt    608-555-0152
  Dec 5-7    Pat Gunderson      608-555-0151
  Dec 8-11   Omar Haddadi       608-555-0157
  Dec 12-14  Jenna Marquardt    608-555-0152
  Dec 15-18  Alicia Ferreira    608-555-0158
  Dec 19-21  Omar Haddadi       608-555-0157
  Dec 22-25  Pat Gunderson      608-555-0151 (holiday pay)
  Dec 26-31  Alicia Ferreira    608-555-0158

Backup every night: clinical manager 608-555-0150. Trades must be posted by the 15th.
""",
    ),
    Spec(
        phi=False,
        category="concentrator_pm_invoice_serials",
        notes="Hard negative: vendor PM invoice for oxygen concentrators in the warehouse listed by serial number; no patient.",
        frm=f"Accounts Payable <ap@{CGH}>",
        to="billing@medequipdirect.com",
        subject="Re: INV-30017 preventive maintenance",
        body="""Hi,

INV-30017 lists 14 concentrators, but our warehouse log shows 12 serviced on 11/4. Please
remove these two serials, which were out on delivery that day:

  SN 1523-77810-AE   SN 1523-77834-AE

Serviced units (confirmed): 1523-77790 through 1523-77801 (filters, flow check, alarm test).
Revised total should be $1,080.00 (12 x $90). We'll pay on receipt of the corrected invoice.

Accounts Payable, Cedar Grove Hospice
""",
    ),
    Spec(
        phi=False,
        category="job_posting_chaplain",
        notes="Job posting for a hospice chaplain.",
        frm=f"Human Resources <hr@{CGH}>",
        to="jobs@wisconsinchaplains.org",
        subject="Posting: Hospice Chaplain (0.8 FTE), Janesville",
        body="""Please share with your members:

Cedar Grove Hospice seeks a Hospice Chaplain, 0.8 FTE, Rock County territory.

- Provide spiritual care to patients and families of all faiths and none
- Participate in weekly IDG; bereavement follow-up
- MDiv or equivalent, 1 unit CPE required (4 preferred), board certification eligible
- Mileage reimbursed; on-call 1 weekend per month

Apply: cedargrovehospice.org/careers. Questions: Rev. Alma Ruiz, 608-555-0144.
""",
    ),
    Spec(
        phi=False,
        category="deidentified_los_research",
        notes="Hard negative: de-identified length-of-stay extract (age bands, diagnosis groups, LOS) for a university study.",
        frm=f"Quality <quality@{CGH}>",
        to="hospice.research@wisc-pophealth.edu",
        subject="De-identified LOS extract - sample rows",
        body="""Dr. Moreau,

Here is a 6-row sample of the de-identified extract for your format check. Safe Harbor
applied: no names, dates, ZIP codes or record numbers; ages 90 and over collapsed to "90+";
record IDs are sequential within this file only.

Once you confirm the columns we'll send the full file (1,032 rows) through your secure upload.

Sandra Iverson
""",
        atts=(Att("cgh_los_deid_sample.csv", "text/csv", _DEID_LOS_CSV),),
    ),
    Spec(
        phi=False,
        category="new_physicians_npi",
        notes="Hard negative: new hospice physicians announced with specialty and NPI.",
        frm=f"Executive Director <ed@{CGH}>",
        to="referrals@janesvillemedicalgroup.com",
        subject="Cedar Grove welcomes two hospice physicians",
        body="""Dear colleagues,

Cedar Grove Hospice is pleased to introduce two physicians who will accept hospice and
palliative referrals starting December 1:

  Dr. Tomasz Wierzbicki, Hospice & Palliative Medicine (NPI 1307940381) - Medical Director
  Dr. Helen Abernethy-Cho, Internal Medicine / Palliative Medicine (NPI 1671152449)

Both are available for palliative consults in the home, and for goals-of-care conversations
with patients living with advanced heart failure, COPD, dementia and cancer.

Referral line: 608-555-0140.

Marianne Kettering
Executive Director
""",
    ),
    Spec(
        phi=False,
        category="hospice_cap_finance",
        notes="Hard negative: Medicare hospice aggregate cap calculation at organisation level (beneficiaries counted, dollars).",
        frm=f"Finance <finance@{CGH}>",
        to=f"Executive Director <ed@{CGH}>",
        subject="Cap year 2026 projection",
        body="""Marianne,

Aggregate cap projection for cap year 2026 (11/1/2025-10/31/2026), proportional method:

  Beneficiaries counted:      412.6
  Cap per beneficiary:        $34,465.34
  Aggregate cap:              $14.22M
  Medicare payments:          $12.87M
  Headroom:                   $1.35M (9.5%)

Our long-stay dementia admissions pushed average LOS to 84 days; we stay under the cap even
in the high scenario. No overpayment reserve needed this year.

Greg Pilarski, Controller
""",
    ),
    Spec(
        phi=False,
        category="fmla_policy_reminder",
        notes="HR FMLA policy reminder to employees (no individual's condition).",
        frm=f"Human Resources <hr@{CGH}>",
        to=f"All Staff <allstaff@{CGH}>",
        subject="FMLA and caregiver leave - how to request",
        body="""Hello everyone,

A few of you have asked how leave works when a family member is ill:

- FMLA provides up to 12 weeks of job-protected leave after 12 months of service.
- Wisconsin FMLA adds 2 weeks for a serious health condition of a parent, spouse or child.
- Request through the HR portal; medical certification goes directly to HR, never to your
  manager.
- PTO runs concurrently unless you choose otherwise.

HR is here to help - call ext 210.
""",
    ),
    Spec(
        phi=False,
        category="tablet_rollout_it",
        notes="IT rollout of field tablets with MDM enrolment.",
        frm=f"IT <it@{CGH}>",
        to=f"Field Staff <fieldstaff@{CGH}>",
        subject="New field tablets - pick up week of 11/16",
        body="""Field staff,

Your new tablets (Samsung Tab Active5, LTE) are ready. Pick-up times: Mon-Wed 11/16-11/18,
8-10 am at the Court St office. Bring your old iPad and charger.

On first start, sign in with your Cedar Grove account and approve the MDM profile. The EHR
app installs automatically; offline mode keeps 7 days of schedule. The devices are encrypted
and can be wiped remotely if lost - report loss to IT within 1 hour.

IT Help Desk, ext 300
""",
    ),
    Spec(
        phi=False,
        category="donor_thank_you_gmail",
        notes="Thank-you to a donor at gmail for a general gift; no patient or memorial named.",
        frm=f"Cedar Grove Foundation <foundation@{CGH}>",
        to="jim.and.barb.ekstrom@gmail.com",
        subject="Thank you for your gift",
        body="""Dear Jim and Barb,

Thank you for your generous gift of $250 to the Cedar Grove Hospice Foundation. Your support
helps fund our children's grief camp and care for families without insurance.

For your tax records: no goods or services were provided in exchange for this contribution.
Cedar Grove Hospice Foundation is a 501(c)(3), EIN 39-1846620.

With gratitude,
Nora Bjork
Foundation Director
""",
    ),
    Spec(
        phi=False,
        category="symposium_agenda_docx",
        notes="Hard negative: palliative care symposium agenda (opioid rotation, terminal delirium, ICD deactivation) with speakers.",
        frm=f"Education <education@{CGH}>",
        to="cme@janesvillemedicalgroup.com",
        subject="Palliative care symposium 3/5 - agenda for CME review",
        body="""Hi Tanya,

Agenda attached for your CME committee. We're requesting 5.5 AMA PRA Category 1 credits.
Speaker disclosures will follow next week.

Cedar Grove Education
""",
        atts=(Att("SWPCS_2027_agenda.docx", DOCX_T, _SYMPOSIUM_DOCX),),
    ),
    Spec(
        phi=False,
        category="drug_shortage_morphine",
        notes="Hard negative: oral morphine concentrate shortage with substitution doses, no patient.",
        frm=f"Pharmacy Liaison <pharmacyliaison@{CGH}>",
        to=f"Nurses <nurses@{CGH}>",
        subject="Morphine oral solution 20 mg/mL - shortage, substitutions",
        body="""Nurses,

River City Rx reports morphine sulfate oral solution 100 mg/5 mL (20 mg/mL) is on
manufacturer backorder through at least January.

New comfort kits will contain oxycodone oral solution 20 mg/mL instead; the standing order
equivalent is 2.5-5 mg (0.125-0.25 mL) SL q2h prn. Patients who already have morphine keep it.
For opioid-naive patients with renal failure, call the NP for hydromorphone dosing.

Update your teaching sheets - the syringe markings are the same.

Ruth
""",
    ),
    Spec(
        phi=False,
        category="fhir_test_patient",
        notes="Hard negative: FHIR test bundle for a synthetic ZZZTESTHOSPICE patient tagged HTEST, sent to validate the HIE feed.",
        frm=f"Interfaces <interfaces@{CGH}>",
        to="onboarding@wisconsinhie.org",
        subject="HIE onboarding - test message 3 (synthetic)",
        body="""Hello HIE onboarding,

Test message 3 of 5 for our admit-notification feed. The patient is synthetic
(ZZZTESTHOSPICE, Synthetic; DOB 1900-01-01) and the bundle carries the HTEST security tag.
Please route to your test environment only.

Cedar Grove Interfaces
""",
        atts=(Att("test3_synthetic.json", "application/fhir+json", _FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="volunteer_applicant_yahoo",
        notes="Reply to a prospective volunteer at yahoo about the application and background check.",
        frm=f"Volunteer Services <volunteers@{CGH}>",
        to="denise.marchetti@yahoo.com",
        subject="Re: volunteering at Cedar Grove",
        body="""Hi Denise,

Thanks so much for your interest! The next step is the online application and a background
check (we cover the cost). Once that clears, you'll join the January training cohort - four
Saturday mornings.

You mentioned you'd like to help with the bereavement mailings or the front desk rather than
bedside visits; both are great options and don't require the TB screen.

Beth Lindahl
Volunteer Coordinator

> I saw your ad in the Gazette. I'm retired and would like to help out a few hours a week.
> Denise
""",
    ),
]
