"""Harborlight Home Health: a Medicare-certified home health agency (skilled nursing, therapy,
aides, OASIS, plans of care, DME). 18 PHI and 18 non-PHI messages."""

# ruff: noqa: E501

from __future__ import annotations

from _att import XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import HHH, Att, Spec

DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_VISIT_NOTE = """HARBORLIGHT HOME HEALTH - SKILLED NURSING VISIT NOTE
Patient: Castellanos, Rogelio     MRN: HL-0048812     DOB: 04/03/1947
Visit date: 11/10/2026  Time in 09:05  Time out 09:58   Visit type: SN routine (5w2 of POC)
Clinician: Bernadette Mwangi, RN

VITALS: BP 148/86 (L arm sitting), HR 92 irregular, RR 20, T 98.1, SpO2 93% RA, wt 214 lb
        (up 4 lb from 11/6 - per scale log)
CARDIOPULM: crackles bilateral bases, 2+ pitting edema bilat LE to mid-shin. DOE after 15 ft.
WOUND: R lateral malleolus venous ulcer 2.4 x 1.8 x 0.2 cm, moderate serous drainage,
       granular base, no odor. Cleansed NS, calcium alginate + ABD + Coban 2-layer.
MEDS: furosemide 40 mg BID (pt admits missing PM dose x3 days "can't get to the bathroom").
TEACHING: daily weights, call if gain > 3 lb/day or 5 lb/week; low-sodium diet reviewed with
          daughter Maritza.
PLAN: called Dr. Ekwueme's office 10:10 re weight gain/edema - awaiting call back.
      Next SN visit 11/12.
"""

_POC_PDF = pdf(
    [
        "HARBORLIGHT HOME HEALTH",
        "HOME HEALTH CERTIFICATION AND PLAN OF CARE (CMS-485 equivalent)",
        "Patient: Beatrice A. Lindqvist      DOB: 09/14/1938      Sex: F",
        "Address: 2719 N Prospect Ave Apt 3, Milwaukee WI 53211   Phone: 414-555-0186",
        "Medicare MBI: 7RA0-GY7-GA83    Agency MRN: HL-0049107",
        "Cert period: 11/09/2026 - 01/07/2027    SOC: 11/09/2026",
        "Principal dx: I50.32 Chronic diastolic (congestive) heart failure",
        "Other dx: E11.9 Type 2 diabetes; N18.31 CKD stage 3a; Z79.01 long-term anticoagulant",
        "Orders: SN 2w4, 1w4 for CHF mgmt, med teaching, INR draw q2wk",
        "        PT 2w3 gait/transfer training; HHA 2w4 bathing",
        "Meds: apixaban 2.5 mg BID, metoprolol succ 25 mg daily, furosemide 20 mg daily,",
        "      metformin 500 mg BID",
        "Goals: no ED visits for CHF during episode; independent with daily weights.",
        "Attending: Dr. Chinwe Ekwueme, Internal Medicine   NPI 1098054475",
        "Physician signature: __________________  Date: ________",
    ],
    "Plan of care - Lindqvist",
)

_SCHEDULE_BOOK = xlsx(
    {
        "Mon 11-16": [
            ["Time", "Patient", "Address", "Discipline", "Clinician", "Visit"],
            ["08:30", "Lindqvist, Beatrice", "2719 N Prospect Ave #3", "SN", "B. Mwangi", "CHF teaching, INR"],
            ["10:00", "Castellanos, Rogelio", "3306 S 13th St", "SN", "B. Mwangi", "Wound care R ankle"],
            ["11:30", "Haddad, Yusuf", "915 E Lyon St", "PT", "D. Rosen", "Post fall eval"],
            ["13:30", "Antwi, Gloria", "4410 W Burleigh St", "SN", "K. Phan", "INR recheck"],
        ],
        "Tue 11-17": [
            ["Time", "Patient", "Address", "Discipline", "Clinician", "Visit"],
            ["09:00", "Brzezinski, Walter", "418 Kestrel Ln, Wauwatosa", "OT", "S. Alvarado", "ADL eval, bed delivery"],
            ["10:30", "Oyelaran, Funmilayo", "1822 N Farwell Ave", "SN", "W. Kessler", "Stage 3 sacral wound, NPWT"],
            ["14:00", "Karlsson, Ingrid", "6120 W Center St", "HHA", "T. Boateng", "Bath"],
        ],
        "Open visits": [
            ["Patient", "Needed", "Reason"],
            ["Haddad, Yusuf", "SN 1x", "Foley change due 11/18"],
            ["Antwi, Gloria", "HHA 2x", "Aide resigned"],
        ],
    }
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <realmCode code="US"/>
 <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
 <templateId root="2.16.840.1.113883.10.20.22.1.13"/>
 <id root="2.16.840.1.113883.3.7707.2" extension="HL-TOC-20261111-0049355"/>
 <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
 <title>Home Health Transfer Summary</title>
 <effectiveTime value="20261111"/>
 <recordTarget>
  <patientRole>
   <id root="2.16.840.1.113883.3.7707.2.1" extension="HL-0049355"/>
   <addr><streetAddressLine>731 E Meinecke Ave</streetAddressLine><city>Milwaukee</city><state>WI</state><postalCode>53212</postalCode></addr>
   <telecom value="tel:+1-414-555-0127"/>
   <patient>
    <name><given>Dorothea</given><family>Vanterpool</family></name>
    <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
    <birthTime value="19420611"/>
   </patient>
  </patientRole>
 </recordTarget>
 <component><structuredBody>
  <component><section>
   <title>Problems</title>
   <text>J44.1 COPD with acute exacerbation; I48.91 atrial fibrillation; R26.81 unsteady gait</text>
  </section></component>
  <component><section>
   <title>Reason for transfer</title>
   <text>Transferred to inpatient 11/11/2026: SpO2 84% on 3 L, RR 32, accessory muscle use at SN visit.
   911 called by RN. Home O2 3 L continuous; prednisone burst completed 11/06.</text>
  </section></component>
  <component><section>
   <title>Medications</title>
   <text>tiotropium 18 mcg inh daily; albuterol neb q4h prn; diltiazem ER 180 mg daily; apixaban 5 mg BID</text>
  </section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

_X12_270 = (
    "ISA*00*          *00*          *ZZ*HARBORLIGHTHH  *ZZ*HEARTLANDMAC   *261109*0915*^*00501*000000921*0*P*:~"
    "GS*HS*HARBORLIGHTHH*HEARTLANDMAC*20261109*0915*921*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*HLE921*20261109*0915~"
    "HL*1**20*1~NM1*PR*2*HEARTLAND MAC*****PI*06201~"
    "HL*2*1*21*1~NM1*1P*2*HARBORLIGHT HOME HEALTH*****XX*1361492303~"
    "HL*3*2*22*0~TRN*1*HLE921-1*9HARBORLHH~"
    "NM1*IL*1*HADDAD*YUSUF****MI*8XK0C52GT14~DMG*D8*19400822*M~DTP*291*D8*20261109~EQ*42~"
    "HL*4*2*22*0~TRN*1*HLE921-2*9HARBORLHH~"
    "NM1*IL*1*ANTWI*GLORIA****MI*6VM5CK9UD64~DMG*D8*19510130*F~DTP*291*D8*20261109~EQ*42~"
    "SE*17*0001~GE*1*921~IEA*1*000000921~"
)

_ADR_ZIP = encrypted_zip(
    {
        "ADR_Karlsson_Ingrid/SOC_OASIS_2026-08-03.txt": "Patient: Ingrid Karlsson DOB 02/19/1936 MBI 7QH9-GJ3-FD46\nM1021 primary dx: S72.141D intertrochanteric fx R femur, subsequent encounter\nM1800 grooming 2, M1830 bathing 4, M1860 ambulation 3\n",
        "ADR_Karlsson_Ingrid/PT_visit_notes_Aug.txt": "8/5 PT eval: TUG 38 sec, walker, 50 ft w/ CGA\n8/12 PT: 120 ft, stairs x4 with rail\n",
        "ADR_Karlsson_Ingrid/F2F_encounter.txt": "Face-to-face 07/30/2026 Dr. Pieter Vandersloot: homebound due to post-op hip, requires walker and assist\n",
    },
    "Harbor#ADR2611",
)

_TRAINING_DOCX = docx(
    [
        "Harborlight Home Health - EHR Sandbox Exercise 3 (TRAINING DATA ONLY)",
        "Open the sandbox (https://train.harborlight-ehr.test) and search for the training patient 'TESTCASE, HOMER'.",
        "This patient is fictitious. DOB 01/01/1950, MRN TRAIN-0003. Never enter real patient data in the sandbox.",
        "Scenario: SOC visit for heart failure (I50.9) after a 4-day hospital stay.",
        "Task 1: complete M1021 / M1023 coding with the scenario diagnoses.",
        "Task 2: score GG0130 and GG0170 from the video.",
        "Task 3: build the plan of care: SN 2w3, PT 2w4; send to the training physician queue.",
    ]
)

_PRICE_BOOK = xlsx(
    {
        "Beds & mobility": [
            ["HCPCS", "Description", "Monthly rental", "Purchase"],
            ["E0260", "Hospital bed, semi-electric, with mattress", 145.00, 1180.00],
            ["E0910", "Trapeze bar, attached to bed", 38.00, 290.00],
            ["E0630", "Patient lift, hydraulic (Hoyer), with seat", 92.00, 1050.00],
            ["E0143", "Walker, folding, wheeled", 14.00, 95.00],
        ],
        "Respiratory": [
            ["HCPCS", "Description", "Monthly rental", "Purchase"],
            ["E1390", "Oxygen concentrator, 5 L", 198.00, ""],
            ["E0431", "Portable gaseous O2 system", 32.00, ""],
            ["E0570", "Nebulizer with compressor", 12.00, 68.00],
        ],
        "Terms": [
            ["Pricing effective 01/01/2027 for Harborlight Home Health referrals. Delivery within 24 h in Milwaukee County."],
        ],
    }
)

_WOUND_POLICY = docx(
    [
        "Harborlight Home Health - Policy WC-12: Wound Photography",
        "1. Obtain written consent before the first photograph (form WC-12a).",
        "2. Use the agency-issued tablet only; never a personal phone.",
        "3. Frame the wound with the paper ruler; exclude the face, tattoos and other identifying features.",
        "4. Upload to the EHR within 24 h; delete from the tablet after upload.",
        "5. File naming (internal EHR only): LASTNAME_FIRSTNAME_SITE_YYYYMMDD. Do not email wound photos outside the EHR.",
        "6. Photograph on admission, weekly, and at any significant change.",
    ]
)

_HHCAHPS_PDF = pdf(
    [
        "HARBORLIGHT HOME HEALTH - Quality Snapshot, Q3 2026 (agency level)",
        "Quality of patient care star rating: 4.0 (national avg 3.0)",
        "Improvement in ambulation/locomotion: 78.4%",
        "Improvement in bathing: 81.2%",
        "Improvement in shortness of breath: 74.9%",
        "Timely initiation of care: 96.1%",
        "Acute care hospitalization during first 60 days: 14.2%",
        "ED use without hospitalization: 11.8%",
        "HHCAHPS: would recommend 82%; rated agency 9-10: 86%",
        "Episodes in sample: 1,146. Source: internal OASIS extract; no patient-level data.",
    ],
    "Quality snapshot Q3",
)


MESSAGES: list[Spec] = [
    # ------------------------------------------------------------------ PHI
    Spec(
        phi=True,
        category="oasis_soc_summary",
        notes="Start-of-care OASIS summary for a named patient with functional scores and primary diagnosis.",
        frm=f"Bernadette Mwangi RN <bmwangi@{HHH}>",
        to=f"Intake & QA <qa@{HHH}>",
        subject="SOC OASIS complete - Lindqvist - ready for QA",
        body="""QA team,

SOC done today for Beatrice Lindqvist (HL-0049107). OASIS locked in the EHR, ready for review.

Primary dx I50.32 (diastolic HF), secondary E11.9, N18.31. She came home from St. Mary's on
11/7 after a 5-day stay (BNP 1,840 on admission).
M1800 grooming 1, M1810/1820 dressing 1/2, M1830 bathing 3, M1850 transfer 1, M1860 amb 2.
M1033 hospitalization risk: history of falls, 2+ hospitalizations in 6 mo, 5+ meds.

PT eval ordered, aide 2w4. POC going to Dr. Ekwueme for signature today.

Bernadette
""",
    ),
    Spec(
        phi=True,
        category="sn_visit_note_txt",
        notes="Hard positive: body is generic; the TXT attachment is a full nursing visit note with name, DOB, vitals and wound.",
        frm=f"Bernadette Mwangi RN <bmwangi@{HHH}>",
        to="nurse.line@ekwuemeinternalmed.com",
        subject="visit note for today - weight gain, please call back",
        body="""Hi, attaching my note from this morning's visit; I left a message with your front desk
at 10:10 as well. Dr. Ekwueme asked to be notified of weight gain > 3 lb.

Bernadette Mwangi, RN | Harborlight Home Health | cell 414-555-0172
""",
        atts=(Att("SN_visit_2026-11-10.txt", "text/plain", _VISIT_NOTE),),
    ),
    Spec(
        phi=True,
        category="plan_of_care_pdf",
        notes="Plan of care PDF (name, DOB, MBI, diagnoses, orders) sent to the physician for signature.",
        frm=f"Medical Records <records@{HHH}>",
        to="forms@ekwuemeinternalmed.com",
        subject="Plan of care for signature - cert period 11/09-01/07",
        body="""Dr. Ekwueme's office,

Please sign and date the attached plan of care and return via the portal or fax
(414-555-0199). CMS requires the signed POC before we can bill the final claim.

Thank you,
Harborlight Medical Records
""",
        atts=(Att("POC_HL-0049107.pdf", "application/pdf", _POC_PDF),),
    ),
    Spec(
        phi=True,
        category="dme_order_address_dx",
        notes="DME order for a named patient: address, MS diagnosis, bed, trapeze and Hoyer lift.",
        frm=f"Sofia Alvarado OTR <salvarado@{HHH}>",
        to="orders@summitdme.com",
        subject="DME order - hospital bed/trapeze/Hoyer - delivery Tue",
        body="""Hi Summit,

New DME order, delivery Tuesday 11/17 before 9:00 if possible (OT on site at 9):

Patient: Walter Brzezinski, DOB 06/02/1958
Address: 418 Kestrel Ln, Wauwatosa WI 53226 - side door, ramp on the left
Phone: wife Janice 414-555-0153
Dx: G35 multiple sclerosis, R26.2 difficulty walking; non-ambulatory since October
Items: E0260 semi-electric hospital bed w/ mattress, E0910 trapeze, E0630 Hoyer lift w/ full
body sling (size L, 245 lb)
Insurance: Medicare primary, MBI 9WD9-UH6-YX35; signed order from Dr. Vandersloot attached
to the portal.

Sofia Alvarado, OTR/L
""",
    ),
    Spec(
        phi=True,
        category="pt_update_son_gmail",
        notes="Hard positive: PT updates a patient's son at gmail about 'your mom' walking with a rollator; no patient name.",
        frm=f"Daniel Rosen PT <drosen@{HHH}>",
        to="tom.bergstrom.79@gmail.com",
        subject="Today's session",
        body="""Hi Tom,

Your mom did great today - walked 150 ft with the rollator and only needed one rest. She did
the 3 steps at the back door with the rail and standby assist, so I think we can stop using
the front ramp.

Her blood pressure dropped a bit when she stood up (118/70 to 102/64) so please make sure she
sits on the edge of the bed for a minute before standing, especially in the morning.

Next visit Thursday at 10. I left her new exercise sheet on the fridge.

Daniel Rosen, PT, DPT
Harborlight Home Health
""",
    ),
    Spec(
        phi=True,
        category="weekly_schedule_xlsx",
        notes="Weekly visit schedule workbook with patient names, street addresses and visit reasons across sheets.",
        frm=f"Scheduling <scheduling@{HHH}>",
        to="dispatch@careflexstaffing.com",
        subject="Next week's schedule + open visits",
        body="""Hi Careflex,

Attached is next week's schedule for the North team. The "Open visits" tab has the visits we
need your per-diem nurses/aides to pick up - please reply with names by Friday noon.

Thanks,
Latasha Greene
Scheduling Coordinator
""",
        atts=(Att("North_team_wk_2026-11-16.xlsx", XLSX, _SCHEDULE_BOOK),),
    ),
    Spec(
        phi=True,
        category="missed_visit_unit_address",
        notes="Hard positive: missed visit report for 'Mr. D' at Elm Court unit 4B: wound vac not changed, refusal.",
        frm=f"Walter Kessler LPN <wkessler@{HHH}>",
        to=f"Clinical Manager <clinicalmgr@{HHH}>",
        subject="MV - Elm Court 4B",
        body="""Missed visit today 11/11 14:00.

Mr. D in Elm Court Apartments unit 4B refused the wound vac change - said he was "too tired"
and asked me to come back tomorrow. Dressing intact, canister at about half, no alarms.
Sacral wound last measured 5.2 x 4.0 x 1.1 on Monday.

I notified Dr. Patel's office (left VM) per the MV policy. Rescheduled for tomorrow 10:00.
Please note for the 60-day summary; this is his 2nd refusal this episode.

Walt
""",
    ),
    Spec(
        phi=True,
        category="hospital_referral_forwarded",
        notes="Intake forwards a hospital case manager's referral email (message/rfc822) with patient details.",
        frm=f"Intake <intake@{HHH}>",
        to=f"North Team Lead <northlead@{HHH}>",
        subject="Fw: Referral - Haddad - SOC needed by Fri",
        body="""Accepted - can you staff SOC Thursday or Friday? Orders and H&P are in the referral
portal. Insurance verified (Medicare A).

Monique
""",
        forward=Spec(
            phi=True,
            category="hospital_referral_forwarded",
            notes="inner",
            frm="Carla Estrada RN CM <cestrada@stlukesmilw.org>",
            to=f"intake@{HHH}",
            subject="Referral - Haddad - SOC needed by Fri",
            body="""Hi Harborlight,

Referring Yusuf Haddad, 86 y/o M, DOB 08/22/1940, discharging tomorrow 11/12 to home at
915 E Lyon St with his daughter. Admitted 11/8 after a fall at home (no fracture), found to
have a UTI with delirium, now cleared. Foley placed for retention - going home with it.

Needs: SN (Foley care, UTI follow-up, med rec), PT for gait/fall risk.
Attending: Dr. Rashida Coleman, hospitalist. PCP: Dr. Ekwueme.

Carla Estrada, RN, Case Management
St. Luke's Milwaukee | 414-555-0230
""",
        ),
    ),
    Spec(
        phi=True,
        category="inr_warfarin_hold",
        notes="HTML-only (Outlook): nurse reports a named patient's INR 3.8 and asks the physician whether to hold warfarin.",
        frm=f"Kim Phan RN <kphan@{HHH}>",
        to="anticoag@northsidecardiology.com",
        subject="INR 3.8 today - hold warfarin?",
        body="",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div class="WordSection1">
<p class="MsoNormal">Anticoag clinic,</p>
<p class="MsoNormal"><b>Gloria Antwi</b> (DOB 01/30/1951) - POC INR at today's visit <b>3.8</b>
(goal 2-3). She's on warfarin 5 mg daily except 2.5 mg Mon/Fri. She started Bactrim for a UTI
on 11/6, which is probably it. No bleeding, no bruising. BP 132/78.</p>
<p class="MsoNormal">Do you want her to hold tonight's dose? I'm with her until 2:15; otherwise
I'll call her daughter with the instructions. Recheck scheduled for Monday.</p>
<p class="MsoNormal">Kim Phan, RN<br>Harborlight Home Health<br>414-555-0175</p>
</div></body></html>""",
    ),
    Spec(
        phi=True,
        category="x12_270_eligibility",
        notes="X12 270 eligibility inquiry with two Medicare beneficiaries' names, MBIs and DOBs.",
        frm=f"Billing <billing@{HHH}>",
        to="edi@heartlandmacedi.com",
        subject="270 batch 921",
        body="""Eligibility batch 921 attached (2 inquiries). Please return the 271 to
edi-inbound@harborlighthh.com.
""",
        atts=(Att("HHH_270_921.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=True,
        category="therapy_evals_initials_dob",
        notes="Hard positive: list of PT evals needed with only initials, DOB and the reason for therapy.",
        frm=f"Therapy Manager <therapy@{HHH}>",
        to="staffing@lakeshoretherapygroup.com",
        subject="PT evals needed this week - South",
        body="""Hi Jen,

We're short on PT in the South territory. Can your group pick up these evals?

  A.M.  04/22/1939  s/p R TKA 11/3, WBAT, 53207
  K.S.  11/30/1944  CVA with L hemiparesis, 53215
  D.O.  07/08/1952  deconditioning after sepsis, 53219
  R.L.  02/14/1937  Parkinson's, 2 falls in October, 53221

Full referrals go through the portal once you accept. Visit rate per contract.

Thanks,
Meredith Okafor-Lyle, PT
Therapy Manager
""",
    ),
    Spec(
        phi=True,
        category="home_visit_ics_agency_nurse",
        notes="Calendar invite to an agency nurse for a wound-care home visit naming the patient and address.",
        frm=f"Scheduling <scheduling@{HHH}>",
        to="r.oduya@careflexstaffing.com",
        subject="Home visit: Wed 11/18 09:30",
        body="""Rachel - invite below for Wednesday's visit. Supplies are in the patient's home.
""",
        ics="""BEGIN:VCALENDAR
PRODID:-//Harborlight Home Health//Scheduler 4.2//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hhh-visit-20261118-0930-oyelaran@harborlighthh.com
DTSTAMP:20261110T200000Z
DTSTART:20261118T153000Z
DTEND:20261118T163000Z
SUMMARY:SN visit - Funmilayo Oyelaran - NPWT change
DESCRIPTION:Stage 3 sacral pressure injury. NPWT 125 mmHg continuous\\, black foam.
  Measure weekly. Diabetic - check CBG. Key in lockbox\\, code from scheduling.
LOCATION:1822 N Farwell Ave\\, Milwaukee WI 53202
ORGANIZER;CN=Harborlight Scheduling:mailto:scheduling@harborlighthh.com
ATTENDEE;CN=Rachel Oduya RN:mailto:r.oduya@careflexstaffing.com
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=True,
        category="ccda_transfer_summary",
        notes="C-CDA transfer summary (name, DOB, address, COPD exacerbation, transfer to hospital) sent to the PCP.",
        frm=f"Medical Records <records@{HHH}>",
        to="inbox@lakeviewfamilymed.org",
        subject="Transfer summary - patient sent to ED 11/11",
        body="""Attached is our transfer summary (C-CDA) for your patient who was sent to the ED
from a home visit this morning. The OASIS transfer assessment will follow.

Harborlight Medical Records
""",
        atts=(Att("HL-0049355_transfer_CCDA.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="fall_subject_surname",
        notes="Hard positive: only the subject carries the surname and the fall; the body is a one-line acknowledgement.",
        frm=f"Clinical Manager <clinicalmgr@{HHH}>",
        to=f"Daniel Rosen <drosen@{HHH}>",
        subject="Re: Haddad 11/12 fall - no injury, Foley intact",
        body="""Noted, thanks. I updated the fall-risk care plan and added PT 1x extra this week.
""",
    ),
    Spec(
        phi=True,
        category="med_rec_discrepancy_pharmacy",
        notes="Medication reconciliation discrepancy sent to the patient's pharmacy with name and drug list.",
        frm=f"Kim Phan RN <kphan@{HHH}>",
        to="pharmacist@northsiderx.com",
        subject="Med rec discrepancy - Antwi, Gloria",
        body="""Hello,

During med rec at Gloria Antwi's home (4410 W Burleigh St) I found two bottles that don't
match the discharge list:

1. Metoprolol tartrate 25 mg BID (filled 10/28) AND metoprolol succinate ER 50 mg daily
   (filled 11/7) - she has been taking both.
2. Glipizide 10 mg BID still being filled; discharge list says stopped 11/5 (A1c 6.1, lows).

I've separated the bottles and called Dr. Ekwueme. Could you please deactivate the tartrate
and glipizide refills on your end?

Kim Phan, RN
""",
    ),
    Spec(
        phi=True,
        category="wound_photo_filename",
        notes="Hard positive: the patient's surname is only in the PNG file name; body gives stage 3 wound measurements.",
        frm=f"Walter Kessler LPN <wkessler@{HHH}>",
        to=f"Wound Nurse <woundcare@{HHH}>",
        subject="wk 3 pic",
        body="""Week 3 measurements 4.1 x 3.0 x 0.8, tunnelling at 12 o'clock 1.5 cm. Less slough.
Photo attached. Do you want to keep the black foam or switch to white at the tunnel?
""",
        atts=(Att("Stage3_sacrum_Oyelaran_20261110.png", "image/png", png(5, 5, (180, 90, 90))),),
    ),
    Spec(
        phi=True,
        category="adr_records_encrypted_zip",
        notes="Hard positive: ADR records for a named patient and claim in an encrypted ZIP; body names the patient and claim.",
        frm=f"Compliance <compliance@{HHH}>",
        to="adr.submissions@uniformreviewpartners.com",
        subject="ADR response - claim 21926308112447 - Karlsson",
        body="""Attached is our response to the ADR dated 10/22 for Ingrid Karlsson, claim
21926308112447 (period 08/03-10/01/2026, hip fracture aftercare).

Contents: SOC OASIS, PT notes, face-to-face encounter. The archive is encrypted; the password
will be phoned to your intake line as usual.

Harborlight Compliance
""",
        atts=(Att("ADR_21926308112447.zip", "application/zip", _ADR_ZIP),),
    ),
    Spec(
        phi=True,
        category="aide_schedule_reply_daughter",
        notes="Hard positive: aide coordinator replies to a patient's daughter (hotmail) quoting her message about her father's catheter and baths.",
        frm=f"Tamika Boateng <tboateng@{HHH}>",
        to="nadia.haddad@hotmail.com",
        subject="Re: aide days for my father",
        body="""Hi Nadia,

Yes - starting Monday the aide will come Mon/Wed/Fri between 9 and 10 for your father's bath,
and the nurse will come Tuesday to check his catheter and his urine culture results. If the
catheter leaks before then, call our after-hours line at 414-555-0100.

Tamika Boateng
Aide Coordinator, Harborlight Home Health

> On Nov 12, 2026, Nadia Haddad <nadia.haddad@hotmail.com> wrote:
> Hello, my father Yusuf came home from St Luke's yesterday with a catheter. He cannot get in
> the tub by himself since the fall. Can the aide come 3 days a week? I work Tuesdays.
> Thank you, Nadia
""",
    ),
    # ------------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="oasis_training_announcement",
        notes="Hard negative: OASIS-E item training with item codes and clinical examples, no patient.",
        frm=f"Education <education@{HHH}>",
        to=f"Clinicians <clinicians@{HHH}>",
        subject="OASIS-E refresher: M1033, GG0130, J1800 - Thursday lunch",
        body="""Team,

Our QA review found the same three OASIS items scored inconsistently across the agency:

  * M1033 risk for hospitalization - count only documented history, not your impression.
  * GG0130/GG0170 - score usual performance, not best; "helper does more than half" = 02.
  * J1800 falls since SOC/ROC - include falls with no injury.

Example: a patient with CHF, 2 ED visits in 6 months and 7 medications triggers 3 M1033
boxes. We'll go through 5 scenarios Thursday at 12:00 in the training room and on Teams.
Lunch provided. 1.0 CE.

Marguerite Lind, RN, COS-C
Education Coordinator
""",
    ),
    Spec(
        phi=False,
        category="mileage_policy",
        notes="Staff mileage reimbursement update.",
        frm=f"Finance <finance@{HHH}>",
        to=f"Field Staff <fieldstaff@{HHH}>",
        subject="Mileage rate change 1/1 + new mileage app",
        body="""Field staff,

Starting January 1 the mileage reimbursement rate goes to $0.70/mile (IRS rate). Trips will be
logged automatically through the MileMate app once you tap "start visit" in the EHR, so
paper mileage logs end with the December 31 pay period.

Commute miles from home to the first visit and from the last visit home are still excluded
unless they exceed your normal commute.

Questions: finance@harborlighthh.com
""",
    ),
    Spec(
        phi=False,
        category="training_sandbox_test_patient",
        notes="Hard negative: EHR sandbox exercise with a fictitious 'TESTCASE, HOMER' patient clearly marked training-only.",
        frm=f"Education <education@{HHH}>",
        to=f"New Hires <orientation@{HHH}>",
        subject="Orientation day 3 - EHR sandbox exercise",
        body="""Welcome to day 3!

Before Thursday, please complete the sandbox exercise attached. You'll use the fictitious
training patient HOMER TESTCASE (MRN TRAIN-0003) - the sandbox holds no real patient data,
and you must never enter any.

Marguerite
""",
        atts=(Att("Sandbox_exercise_3.docx", DOCX_T, _TRAINING_DOCX),),
    ),
    Spec(
        phi=False,
        category="per_visit_pay_rates",
        notes="Per-visit pay rate update for nurses and therapists, payroll mail.",
        frm=f"Payroll <payroll@{HHH}>",
        to=f"Field Staff <fieldstaff@{HHH}>",
        subject="2027 per-visit rates + timesheet deadline",
        body="""Hello,

New per-visit rates effective with the 1/3/2027 pay period:

  RN SOC/ROC       $118    RN routine   $72
  LPN routine      $54     PT eval      $125   PT visit  $80
  OT eval          $125    OT visit     $80    HHA visit $31

Timesheets and visit notes must be signed in the EHR by Monday 10:00 to be paid on Friday.
Late notes roll to the next cycle.

Payroll
""",
    ),
    Spec(
        phi=False,
        category="quality_star_report_pdf",
        notes="Hard negative: agency-level quality and HHCAHPS snapshot (hospitalization, ambulation rates), PDF, no patient.",
        frm=f"Quality <quality@{HHH}>",
        to="partners@wisconsinhomecare.org",
        subject="Harborlight Q3 quality snapshot",
        body="""Hi Ann,

As requested for the association's member spotlight, attached is our Q3 agency-level quality
snapshot. Feel free to quote any of the figures.

Best,
Ruth Adebayo-Stein
Director of Quality
""",
        atts=(Att("Harborlight_Q3_2026_quality.pdf", "application/pdf", _HHCAHPS_PDF),),
    ),
    Spec(
        phi=False,
        category="staff_phone_imei_invoice",
        notes="Hard negative: invoice for staff phones listing device IMEIs and serials (devices of the agency, not patients).",
        frm=f"IT <it@{HHH}>",
        to="ar@metrowirelessbiz.com",
        subject="Re: Invoice MW-22871 - 6 replacement phones",
        body="""Hi,

Received, thanks. Before we pay, please correct line 4 - IMEI 356938107722415 was returned
(RMA 5571) and replaced by IMEI 356938107744021. The other five devices are fine:

  356938107712208  356938107715177  356938107718830  356938107720016  356938107725549

These are assigned to field clinicians; please keep them on the Business Unlimited plan.

Raj Patil
IT Administrator
""",
    ),
    Spec(
        phi=False,
        category="job_posting_hha_weekends",
        notes="Job posting for weekend home health aides.",
        frm=f"Recruiting <recruiting@{HHH}>",
        to="postings@indeedmail-partner.com",
        subject="Home Health Aide - weekends - Milwaukee County",
        body="""Harborlight Home Health is hiring Home Health Aides for weekend shifts.

- $19-$22/hr + mileage, weekend differential $2/hr
- Wisconsin nurse aide registry listing required
- Reliable car and smartphone
- Paid orientation; CNA-to-LPN tuition help after 1 year

Apply at harborlighthh.com/careers or call 414-555-0110.
""",
    ),
    Spec(
        phi=False,
        category="medical_advisory_board_clinician",
        notes="Hard negative: a wound specialist physician's name, NPI and specialty in an advisory-board announcement.",
        frm=f"Administrator <administrator@{HHH}>",
        to=f"All Staff <allstaff@{HHH}>",
        subject="Dr. Marguerite Oduya joins our Professional Advisory Committee",
        body="""All,

I'm pleased to share that Dr. Marguerite Oduya (NPI 1088776970), board certified in wound
medicine and hyperbaric medicine at Froedtert, has joined our Professional Advisory Committee.

Dr. Oduya will review our wound care protocols (pressure injuries, diabetic foot ulcers and
venous leg ulcers) and present at the January all-staff on offloading and NPWT selection.

Gregory Whitman
Administrator
""",
    ),
    Spec(
        phi=False,
        category="staff_flu_vaccine_aggregate",
        notes="Staff influenza vaccination compliance by team, aggregate percentages only.",
        frm=f"Infection Prevention <ip@{HHH}>",
        to=f"Team Leads <teamleads@{HHH}>",
        subject="Staff flu vaccination - 91% - final push",
        body="""Team leads,

We're at 91% staff flu vaccination (goal 95% by 11/30):

  North 96%   South 88%   West 93%   Therapy 87%   Office 95%

Last on-site clinic is Tuesday 11/17, 7-10 am in the training room. Staff with an approved
exemption must wear a mask for all visits through March 31.

Thanks,
Infection Prevention
""",
    ),
    Spec(
        phi=False,
        category="wound_photo_policy_docx",
        notes="Hard negative: wound photography policy with a file-naming template (LASTNAME_FIRSTNAME), no patient.",
        frm=f"Compliance <compliance@{HHH}>",
        to=f"Clinicians <clinicians@{HHH}>",
        subject="Reminder: wound photos stay in the EHR (policy WC-12)",
        body="""Clinicians,

We had two wound photos emailed internally last month. Please re-read the attached policy:
photos are taken on the agency tablet and uploaded to the EHR. Don't email them, don't text
them, and don't keep them in your camera roll.

Harborlight Compliance
""",
        atts=(Att("WC-12_Wound_Photography.docx", DOCX_T, _WOUND_POLICY),),
    ),
    Spec(
        phi=False,
        category="fleet_vehicle_vins",
        notes="Hard negative: agency fleet lease with VINs and plates (vehicle identifiers, not of patients).",
        frm=f"Operations <operations@{HHH}>",
        to="fleet@badgerleasing.com",
        subject="Lease renewal - 4 fleet vehicles",
        body="""Hi Kurt,

We'd like to renew the following for 36 months; the fifth (VIN 1FMCU9GD4LUB71205) goes back
at lease end:

  2023 Ford Escape   VIN 1FMCU9GN2PUA11873   WI plate AKT-4471
  2023 Ford Escape   VIN 1FMCU9GN8PUA12040   WI plate AKT-4472
  2024 Toyota Corolla VIN 5YFB4MDE9RP145530  WI plate ALR-1896
  2024 Toyota Corolla VIN 5YFB4MDE0RP145965  WI plate ALR-1897

These are the nurses' pool cars; the mileage is high on the Escapes.

Pete Larkin
Operations Manager
""",
    ),
    Spec(
        phi=False,
        category="conference_invite_ics",
        notes="Calendar invite for the state home care association conference, staff attendees only.",
        frm=f"Administrator <administrator@{HHH}>",
        to=f"Leadership <leadership@{HHH}>",
        subject="Invitation: WI Home Care Association Fall Conference",
        body="""Leadership - I registered the five of us. Hotel block is under Harborlight.
""",
        ics="""BEGIN:VCALENDAR
PRODID:-//Harborlight Home Health//Outlook//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:whca-fall-2026-harborlight@harborlighthh.com
DTSTAMP:20261109T170000Z
DTSTART:20261203T140000Z
DTEND:20261204T220000Z
SUMMARY:WHCA Fall Conference - PDGM updates\\, HHVBP\\, workforce
DESCRIPTION:Sessions: HHVBP year 3 results\\, LUPA thresholds\\, OASIS-E1 changes\\,
  aide recruitment. Registered: G. Whitman\\, R. Adebayo-Stein\\, L. Greene\\, M. Lind\\, P. Larkin.
LOCATION:Kalahari Resort\\, Wisconsin Dells
ORGANIZER;CN=Gregory Whitman:mailto:administrator@harborlighthh.com
ATTENDEE;CN=Leadership:mailto:leadership@harborlighthh.com
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=False,
        category="referral_marketing_cardiac_program",
        notes="Hard negative: marketing to physician practices about a CHF home program, no individual.",
        frm=f"Community Liaison <liaison@{HHH}>",
        to="office.manager@lakeviewfamilymed.org",
        subject="New: Harborlight Cardiac Home Program",
        body="",
        html="""<html><body>
<p>Dear Lakeview Family Medicine team,</p>
<p>Harborlight Home Health now offers a <b>Cardiac Home Program</b> for your patients with
heart failure:</p>
<ul>
<li>RN visit within 24 hours of hospital discharge</li>
<li>Bluetooth scale and BP cuff with daily remote monitoring</li>
<li>Diuretic titration per your standing orders</li>
<li>Telehealth check-ins on non-visit days</li>
</ul>
<p>In 2025 the program cut 30-day readmissions for enrolled patients from 21% to 12%.</p>
<p>To refer, call 414-555-0105 or use the referral portal.</p>
<p>Janelle Brooks<br>Community Liaison</p>
</body></html>""",
    ),
    Spec(
        phi=False,
        category="phishing_sim_results",
        notes="IT phishing simulation results aggregated by team.",
        frm=f"IT Security <security@{HHH}>",
        to=f"Leadership <leadership@{HHH}>",
        subject="October phishing simulation results",
        body="""October's simulated phish ("Your mileage reimbursement was declined") went to 214 staff.

  Clicked: 31 (14.5%)  - down from 19.2% in September
  Entered credentials: 9 (4.2%)
  Reported via button: 88 (41.1%)

Highest click rate: South field team. Everyone who clicked gets the 10-minute refresher
automatically. No real credentials were captured; the landing page was internal.
Team breakdown attached.

Raj Patil, IT
""",
        atts=(
            Att(
                "phish_oct_by_team.txt",
                "text/plain",
                "team        sent  clicked  creds  reported\nNorth         52        5      1        26\nSouth         61       14      5        17\nWest          44        6      2        19\nTherapy       31        4      1        13\nOffice        26        2      0        13\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="drug_recall_notice",
        notes="Hard negative: enoxaparin and insulin pen needle recall notice with lot numbers, asks clinicians to check homes, no patient.",
        frm=f"Clinical Manager <clinicalmgr@{HHH}>",
        to=f"Clinicians <clinicians@{HHH}>",
        subject="RECALL: enoxaparin 40 mg syringes lot E24K117 + pen needles",
        body="""All clinicians,

FDA Class II recall:
  - Enoxaparin sodium 40 mg/0.4 mL prefilled syringes, lot E24K117 and E24K121
    (needle safety shield may not deploy)
  - TruGlide 32G 4 mm pen needles, lots 2406A through 2406F (possible non-sterile)

At your next visit, check any patient on enoxaparin or insulin pens for these lots. If
found, bag the product, give the patient the pharmacy's replacement letter, and document in
the visit note. Do not list patient names in reply to this email - use the EHR task.

Rosa Delgado, RN
Clinical Manager
""",
    ),
    Spec(
        phi=False,
        category="staff_newsletter_html",
        notes="Hard negative: HTML-only staff newsletter praising an LPN for care of an unnamed patient.",
        frm=f"Harborlight News <news@{HHH}>",
        to=f"All Staff <allstaff@{HHH}>",
        subject="Harborlight Highlights - November",
        body="",
        html="""<html><body style="font-family:Georgia">
<h1>Harborlight Highlights</h1>
<h3>Employee of the Month: Rosa Delgado, LPN</h3>
<p>Rosa noticed during a routine visit that a patient's oxygen tubing had been chewed by the
family dog and sat with the family until the supplier arrived. "She turned a scary night into
a calm one," the family wrote in our survey.</p>
<h3>Welcome</h3>
<p>New hires this month: Keanu Akana (PT), Zofia Nowak (RN), and Ibrahim Sesay (HHA).</p>
<h3>Reminders</h3>
<ul><li>Holiday potluck 12/18</li><li>Flu clinic Tuesday 7-10 am</li></ul>
</body></html>""",
    ),
    Spec(
        phi=False,
        category="board_census_budget",
        notes="Executive mail with census, LUPA rate and budget variance, aggregate only.",
        frm=f"CFO <cfo@{HHH}>",
        to="board@harborlighthh.com",
        subject="October financials - board packet",
        body="""Board members,

October in brief:
  - Average daily census 412 (budget 395); admissions 286
  - LUPA rate 6.1% (target < 7%)
  - Medicare share of revenue 71%; Medicare Advantage 22%
  - Net revenue $3.92M vs budget $3.80M; labor 64% of revenue (overtime up in South)
  - DSO 38 days

Full packet on the board portal. The 2027 budget draft will be ready for the December meeting.

Linda Castellano-Reyes
CFO
""",
    ),
    Spec(
        phi=False,
        category="dme_price_list_xlsx",
        notes="Hard negative: DME price list workbook with HCPCS codes for beds, lifts and oxygen; no patient.",
        frm=f"Purchasing <purchasing@{HHH}>",
        to=f"Intake & Liaisons <intake@{HHH}>",
        subject="Summit DME 2027 price list",
        body="""Intake - Summit's 2027 pricing is attached for private-pay and Medicare Advantage
quotes. Oxygen is rental only.

Purchasing
""",
        atts=(Att("Summit_DME_pricelist_2027.xlsx", XLSX, _PRICE_BOOK),),
    ),
]
