# ruff: noqa: E501
"""Hand-written PHI messages: clinicians, case managers, results, referrals, handoffs."""

from __future__ import annotations

from _spec import Att, Spec

DOM = "marlowvalleyhealth.org"

MESSAGES: list[Spec] = [
    Spec(
        True,
        "referral",
        "Clinician to outside cardiologist: name, DOB, MRN, diagnosis, meds.",
        f"Dr. Priya Raghunathan <praghunathan@{DOM}>",
        "Dr. Leon Okafor <lokafor@heartlandcardiology.com>",
        "Referral - new patient for EP evaluation",
        """\
Leon,

Thanks for agreeing to see this one quickly. Referring Mr. Dale Whitcomb (DOB 03/14/1957,
our MRN 00482913) for electrophysiology evaluation. He has paroxysmal atrial fibrillation
(I48.0) with two ED visits since September, symptomatic palpitations despite metoprolol
succinate 100 mg daily. CHA2DS2-VASc is 3; he is on apixaban 5 mg BID. Echo on 11/02 showed
LVEF 50%, mild LA enlargement.

He would prefer an afternoon slot; his cell is (740) 318-2264. Notes and ECGs to follow by fax.

Priya Raghunathan, MD
Internal Medicine, Marlow Valley Primary Care - East
""",
    ),
    Spec(
        True,
        "case_management",
        "Case manager to SNF: patient name, admission, diagnoses, therapy needs.",
        f'"Tamsin Carrow, RN CM" <tcarrow@{DOM}>',
        "admissions@brookhollowcare.com",
        "Bed request for Thursday",
        """\
Hi Brookhollow admissions team,

Following up on our call. We have a 78-year-old woman, Loretta Pruitt, admitted 11/12 after a
mechanical fall with a left intertrochanteric hip fracture, ORIF done 11/13. She is now
weight bearing as tolerated with a walker, needs min assist x1 for transfers, and will need PT/OT
5x/week. Other history: type 2 diabetes on insulin glargine 18 units at bedtime, CKD stage 3a,
mild cognitive impairment. Medicare A primary (MBI 4HW7-CN2-RT61), AARP supplement.

Anticipated discharge Thursday 11/19 if you can accept. PT notes and the H&P are in the referral
packet I uploaded to your portal this morning.

Tamsin Carrow, RN
Case Management, 3 North
Marlow Valley Medical Center | 740-555-0142 ext 3381
""",
    ),
    Spec(
        True,
        "home_health",
        "Discharge planner to home health agency: patient, address, wound care orders.",
        f"Ruth Ambler <rambler@{DOM}>",
        "intake@cornerstonehomehealth.net",
        "New SOC referral - wound vac",
        """\
Cornerstone intake,

Please open a start-of-care for the patient below:

Name: Marcus Delacroix-Finn
DOB: 08/22/1969
Address: 4410 Sycamore Ridge Rd, Apt 2B, Lancaster OH 43130
Phone: 740-652-9087
Dx: Stage 4 sacral pressure injury (L89.154), paraplegia after 2011 MVC, neurogenic bladder
Orders: NPWT at 125 mmHg continuous, dressing change M/W/F; skilled nursing 3x/wk x 4 wks;
straight cath q6h, patient independent.
Discharge date: 11/18/2026. Wound vac (KCI serial VAC-ULTA-229817) goes home with him.

Physician of record: Dr. Hannah Szabo, NPI 1526018159.

Thank you,
Ruth Ambler, MSW
Discharge Planning
""",
    ),
    Spec(
        True,
        "results",
        "Lab result emailed to patient's personal mailbox (classic violation).",
        f'"Kerri Voss, LPN" <kvoss@{DOM}>',
        "jerome.ashby77@gmail.com",
        "Your results",
        """\
Hi Jerome,

Dr. Nakamura asked me to pass along your results from Monday's draw:

Hemoglobin A1c 8.9% (goal under 7)
LDL cholesterol 164 mg/dL
eGFR 58
Urine microalbumin/creatinine 41 mg/g

She would like to increase your metformin to 1000 mg twice daily and start atorvastatin 40 mg.
The prescriptions were sent to the Kroger pharmacy on Maple. Please schedule a follow-up in
3 months.

Kerri Voss, LPN
Marlow Valley Family Medicine
""",
    ),
    Spec(
        True,
        "pathology",
        "Pathology report forwarded to outside surgeon, accession + name + malignancy.",
        f"Pathology Office <pathology@{DOM}>",
        "Dr. Sofia Brennan <sbrennan@lakesidesurgical.com>",
        "Final report S26-14872",
        """\
Dr. Brennan,

Per your request, the final surgical pathology report for your patient is below.

Patient: KOWALCZYK, ANNA M    MRN: 00517734    DOB: 1964-02-09
Accession: S26-14872    Collected: 11/10/2026    Received: 11/10/2026

FINAL DIAGNOSIS:
Breast, left, 2 o'clock, ultrasound-guided core biopsy:
- Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1)
- Ductal carcinoma in situ, cribriform type, intermediate nuclear grade
- ER positive (95%, strong), PR positive (40%, moderate), HER2 equivocal (2+) by IHC; FISH
  sent out, addendum to follow.

Electronically signed by Walter Imhoff, MD, 11/13/2026

Marlow Valley Medical Center - Department of Pathology
""",
    ),
    Spec(
        True,
        "radiology",
        "Radiology critical result to outside PCP by email.",
        f"Radiology Reading Room <radiology@{DOM}>",
        "office@greenfieldfamilypractice.com",
        "CRITICAL RESULT - please confirm receipt",
        """\
Greenfield Family Practice,

Critical finding communicated per ACR guidelines. Dr. Ostrowski attempted to reach the ordering
provider by phone at 14:05 without success.

Patient: Benjamin Toller
DOB: 05/30/1981
Exam: CT Chest with IV contrast (CPT 71260), performed 11/17/2026 at 13:20
Impression: Acute segmental and subsegmental pulmonary emboli in the right lower lobe. No right
heart strain. 1.4 cm spiculated nodule, left upper lobe, recommend follow-up per Fleischner.

Please reply to confirm receipt or call the reading room at 740-555-0198.
""",
    ),
    Spec(
        True,
        "pharmacy_prior_auth",
        "Pharmacy prior auth to insurer: member ID, drug, diagnosis.",
        f"Specialty Pharmacy PA Desk <rx-pa@{DOM}>",
        "pa.requests@buckeyecommunityplan.com",
        "PA request - Humira - expedited",
        """\
To the Pharmacy Prior Authorization Unit,

Requesting expedited review.

Member: Ximena Castellanos
Member ID: BCP884512307
DOB: 12/01/1990
Drug: adalimumab (Humira) 40 mg/0.4 mL pen, 1 pen SC every 14 days, qty 2 per 28 days
Diagnosis: Crohn's disease of small intestine with fistula (K50.013)
Failed therapies: mesalamine (2023), azathioprine 100 mg (2024-2025, stopped for leukopenia)
Prescriber: Dr. Anil Mehra, Gastroenterology, NPI 1908301660

Recent colonoscopy and CRP (38 mg/L) attached in the fax sent at 10:14.

Marlow Valley Specialty Pharmacy
Phone 740-555-0176 | Fax 740-555-0177
""",
    ),
    Spec(
        True,
        "social_work",
        "Social worker to shelter: patient name, discharge, psychiatric and medical needs.",
        f'"Danielle Okoye, LCSW" <dokoye@{DOM}>',
        "beds@hopehouseshelter.org",
        "Placement for Friday - single male",
        """\
Hi Marcy,

Checking whether you have a bed Friday for a gentleman we are discharging from the ED obs unit:
Terrence "Terry" Vail, 52. He was here three nights for cellulitis of the right leg, finishing
oral cephalexin 500 mg QID through 11/24. He also has schizoaffective disorder and is connected
with Pathways CMHC (his worker is Joe). He is sober 60 days per his report and wants to stay
that way.

He'll have his meds in hand and a bus pass. No mobility needs.

Danielle Okoye, LCSW
Emergency Department Social Work
""",
    ),
    Spec(
        True,
        "ems_ed_handoff",
        "ED to receiving tertiary ED: transfer summary with vitals and name.",
        f"MVMC ED Charge RN <edcharge@{DOM}>",
        "transfercenter@ohiostatetertiary.org",
        "Transfer packet - pt en route",
        """\
Transfer center,

Pt en route via Medic 12, ETA 40 min, accepted by Dr. Yoon (neurosurgery).

Name: Gilbert Ansel Marsh   DOB 07/04/1948   MRN 00398121
CC: fall from ladder ~8 ft, GCS 15 -> 13
CT head: 9 mm right acute subdural, 3 mm midline shift
On clopidogrel; platelet transfusion started 19:40
Last vitals 19:52: BP 168/94, HR 58, RR 16, SpO2 96% RA
Wife (Phyllis) following by car, her cell 740-405-1172.

Nursing report called to Cassie at 19:55.
""",
    ),
    Spec(
        True,
        "behavioral_health",
        "Behavioural health referral with SUD treatment (42 CFR Part 2).",
        f"Intake Coordinator <bh-intake@{DOM}>",
        "referrals@ridgelinerecovery.com",
        "Referral for IOP",
        """\
Good afternoon,

We are referring Kayleigh Strand (DOB 4/17/1996, phone 614-227-8830) to your intensive outpatient
program. She completed 5 days of inpatient withdrawal management with us for opioid use disorder
(F11.20) and was induced on buprenorphine-naloxone 16/4 mg daily. She also carries a diagnosis of
PTSD and would benefit from a trauma-informed group.

A signed 42 CFR Part 2 consent naming your program is on file and attached to the referral fax.
She is available for intake any weekday after 1 pm.

Thank you,
Behavioral Health Intake, Marlow Valley Medical Center
""",
    ),
    Spec(
        True,
        "transplant",
        "Transplant coordinator to transplant centre: listing labs, name, MRN.",
        f'"Joanne Pettibone, RN" <jpettibone@{DOM}>',
        "kidneytx.referrals@greatlakestransplant.org",
        "Updated labs for listing evaluation",
        """\
Hello,

Updated labs for our mutual patient Rafael Dominguez-Ortiz (MRN 00604418, DOB 10/09/1972) ahead
of his evaluation on December 3:

Creatinine 7.8, BUN 71, K 5.4, Hgb 9.6, albumin 3.7
PRA 12%, blood type O positive
Hep B sAb reactive (immune), HIV/HCV nonreactive
Dialysis: in-center HD M/W/F at DaVita Lancaster since 03/2024

Cardiology clearance letter is attached. Let me know if anything else is missing for the
committee.

Joanne Pettibone, RN, CNN
Nephrology Clinic
""",
        atts=(
            Att(
                "cardiology_clearance_Dominguez.txt",
                "text/plain",
                "Cardiology clearance\r\nPatient: Rafael Dominguez-Ortiz  DOB 10/09/1972\r\n"
                "Stress echo 10/28/2026: no inducible ischemia, LVEF 55%.\r\n"
                "Acceptable cardiac risk for renal transplantation.\r\n"
                "Signed: Leon Okafor, MD\r\n",
            ),
        ),
    ),
    Spec(
        True,
        "oncology",
        "Oncology nurse navigator to patient: chemo schedule by name.",
        f'"Beth Calloway, RN" <bcalloway@{DOM}>',
        "sandra.oyelaran@yahoo.com",
        "Schedule for cycle 2",
        """\
Hi Sandra,

Here is your schedule for cycle 2:

Mon 11/23 - labs at 8:00, then Dr. Feld at 8:45
Mon 11/23 - infusion chair 9:30 (FOLFOX, about 3 hours); pump goes home with you
Wed 11/25 - pump disconnect, Cancer Center 2nd floor, 11:00

Remember to start ondansetron the evening of infusion and call us if you get a fever over
100.4. Your neuropathy check will be at the 11/23 visit.

Beth Calloway, RN, OCN
Nurse Navigator, Marlow Valley Cancer Center
""",
    ),
    Spec(
        True,
        "public_health",
        "Reportable disease case report naming the patient.",
        f"Infection Prevention <infectionprevention@{DOM}>",
        "cdreports@fairfieldcountyhealth.gov",
        "Reportable disease - Class A",
        """\
Fairfield County Health Department, Communicable Disease Unit

Reporting a confirmed case per ORC 3701.

Disease: Pertussis (Bordetella pertussis PCR positive)
Patient: Ava Lindqvist, female, DOB 06/11/2019
Parent/guardian: Erik Lindqvist, 1187 Brookside Ct, Pickerington OH 43147, 614-599-3310
School: Tollgate Elementary, 1st grade
Onset: 11/02/2026 (paroxysmal cough); specimen collected 11/16/2026
Treatment: azithromycin started 11/16
Vaccination: incomplete, last DTaP at 15 months per parent

Household contacts: 2 siblings (ages 4 and 9), both parents.

Infection Prevention, Marlow Valley Medical Center
""",
    ),
    Spec(
        True,
        "nursing_home",
        "Nurse to nursing home: returning resident, medication changes.",
        f"4 West Nursing <4west@{DOM}>",
        "nursing@willowcrestmanor.com",
        "Reza returning today - med changes",
        """\
Willowcrest nurses,

Reza Tahmasebi is coming back to you by Lifeline around 3 pm. Summary of changes:

STOPPED: furosemide 40 mg (AKI, creatinine peaked at 2.4)
CHANGED: metoprolol tartrate 25 mg BID -> 12.5 mg BID (bradycardia in the 40s)
NEW: cefpodoxime 200 mg BID x 5 more days for the UTI (E. coli, pan-sensitive)
Recheck BMP Monday please.

He is DNR/DNI, MOLST copy in the envelope. Daughter Shirin is aware.

Thanks, Marisol (RN, 4 West)
""",
    ),
    Spec(
        True,
        "referral",
        "Reply chain: innocuous top line, PHI in quoted history.",
        f"Dr. Alan Whitfield <awhitfield@{DOM}>",
        "Dr. Grace Ndiaye <gndiaye@valleyneurology.com>",
        "RE: RE: follow up",
        """\
Thanks Grace, Tuesday works.

-Alan

> From: Grace Ndiaye <gndiaye@valleyneurology.com>
> Sent: Monday, November 16, 2026 4:12 PM
> Subject: RE: follow up
>
> Alan - I can see her Tuesday 11/24 at 2:30. Can you confirm she is still on the
> levetiracetam 750 twice a day? The EEG from 10/30 showed left temporal sharp waves.
>
>> From: Alan Whitfield
>> Sent: Monday, November 16, 2026 9:03 AM
>> Subject: follow up
>>
>> Grace, could you fit in Mrs. Henrietta Bollinger (DOB 01/25/1959) sooner than January?
>> Second breakthrough seizure last week despite the dose increase. Her number is
>> 740-689-4421.
""",
    ),
    Spec(
        True,
        "results",
        "HTML-only portal-style result notice with patient name and test values.",
        f"MVMC Laboratory <lab-results@{DOM}>",
        "Dr. Yusuf Barre <ybarre@eastsideinternists.com>",
        "Results available",
        "This message contains HTML content. Please view it in an HTML-capable mail client.\n",
        html="""\
<html><body>
<p>Dr. Barre,</p>
<p>The following results for your patient are final:</p>
<table border="1" cellpadding="4">
<tr><th>Patient</th><td>WELLINGTON, CLARICE J</td></tr>
<tr><th>DOB</th><td>09/18/1950</td></tr>
<tr><th>MRN</th><td>00711206</td></tr>
<tr><th>Collected</th><td>11/17/2026 07:42</td></tr>
<tr><th>TSH</th><td>0.02 mIU/L (L)</td></tr>
<tr><th>Free T4</th><td>3.1 ng/dL (H)</td></tr>
<tr><th>TSI</th><td>412% (H)</td></tr>
</table>
<p>Marlow Valley Medical Center Laboratory &middot; CLIA 36D0487712</p>
</body></html>
""",
    ),
    Spec(
        True,
        "chaplaincy",
        "Chaplain to outside clergy: named patient, ICU, prognosis.",
        f"Rev. Thomas Hargrove <thargrove@{DOM}>",
        "frmichael@stagnesparish.org",
        "Anointing request - ICU",
        """\
Father Michael,

The family of one of your parishioners, Dolores Quintanilla, asked me to reach you. She is in our
Medical ICU, bed 12, on the ventilator since Saturday with septic shock, and the family is
meeting with the palliative team tomorrow morning. They would very much like her anointed
tonight or early tomorrow. Her son Victor is at the bedside (cell 740-215-0094).

Please check in at the ICU desk; I will leave word that you are coming.

Peace,
Tom Hargrove
Spiritual Care, Marlow Valley Medical Center
""",
    ),
    Spec(
        True,
        "nutrition",
        "Dietitian to outpatient dialysis dietitian: named patient, labs, diet.",
        f'"Naomi Friedland, RD" <nfriedland@{DOM}>',
        "renaldiet@lancasterdialysis.com",
        "Diet handoff",
        """\
Hi Carla,

Handing off Mr. Odell Pruitt back to your unit. During his stay his potassium ran 5.8-6.1 and
phosphorus 7.2, largely from the hospital tray choices and a few visitor meals. We reinforced
2 g K / 1 g phos / 2 g Na and 1 L fluid restriction, and he is now on sevelamer 800 mg three
times a day with meals. Weight at discharge 84.2 kg (dry weight per your unit was 82.5).

He does best with picture handouts; his wife does the cooking.

Naomi Friedland, RD, LD
""",
    ),
    Spec(
        True,
        "oncology",
        "Tumour board list sent to outside oncologist: several named patients.",
        f"Cancer Center Tumor Board <tumorboard@{DOM}>",
        "Dr. Ilse Marchetti <imarchetti@regionaloncologyassoc.com>",
        "Thursday tumor board - cases",
        """\
Dr. Marchetti,

Here are the cases for Thursday's conference (7:00, Room B / Teams link to follow):

1. Harold Beekman, 71 - stage IIIA NSCLC, adenocarcinoma, EGFR exon 19 del. Neoadjuvant question.
2. Celestine Mbeki-Howard, 58 - rectal adenocarcinoma, T3N1, post total neoadjuvant therapy,
   MRI shows near-complete response; watch and wait vs surgery.
3. Patrick Dunleavy, 44 - recurrent glioblastoma, MGMT unmethylated. Trial eligibility.

Pathology slides for case 2 will be presented by Dr. Imhoff.

Tumor Board Coordinator
""",
    ),
    Spec(
        True,
        "discharge_planning",
        "CSV attachment only (body innocuous): discharges pending placement.",
        f"Case Management <casemgmt@{DOM}>",
        "liaison@regencypostacute.com",
        "Pending list",
        """\
Hi Jenna,

Attached is today's list as discussed. Let us know which ones you can screen.

Thanks,
Case Management
""",
        atts=(
            Att(
                "pending_placement_1117.csv",
                "text/csv",
                "MRN,Patient,Age,Unit,Admit Date,Primary Dx,Payer,Needs\r\n"
                '00588102,"Abernathy, Wilma",84,3N,11/09/2026,CHF exacerbation,Medicare A,SNF PT/OT\r\n'
                '00602250,"Castillo, Ruben",67,4W,11/12/2026,CVA L MCA,Humana MA,Acute rehab\r\n'
                '00431177,"Nguyen, Thi Hoa",79,3N,11/13/2026,COPD exacerbation,Medicare A,SNF + O2\r\n'
                '00619034,"Park, Daniel",72,ICU stepdown,11/10/2026,Sepsis/UTI,Anthem MA,LTACH eval\r\n',
            ),
        ),
    ),
    Spec(
        True,
        "ems_ed_handoff",
        "EMS run report follow-up to ambulance service QA with patient details.",
        f"ED Quality <edquality@{DOM}>",
        "qa@fairfieldems.org",
        "Run 26-118842 follow-up",
        """\
Hi Captain Reyes,

Per your QA request on run 26-118842 (11/14, 02:17): the STEMI activation was appropriate. The
patient, Leonard Pike, 63, went to the cath lab with a 100% proximal LAD occlusion, door-to-
balloon 54 minutes. He was discharged home yesterday on ticagrelor and atorvastatin 80.

Great catch on the 12-lead by your crew - please pass that along.

ED Quality, Marlow Valley Medical Center
""",
    ),
    Spec(
        True,
        "behavioral_health",
        "Psychiatrist to school counselor: minor patient, diagnosis, meds.",
        f"Dr. Esther Lindgren <elindgren@{DOM}>",
        "counseling@tollgatemiddleschool.org",
        "Returning student - safety plan",
        """\
Ms. Hadley,

With his parents' written permission, I am letting you know that Owen Castellano (7th grade) will
return to school Monday after a 9-day stay on our adolescent unit following a suicide attempt by
overdose. He is now on sertraline 50 mg and sees me weekly. His safety plan asks that he be allowed
to go to your office whenever he feels overwhelmed, and that he not carry medications at school.

Please call me at 740-555-0161 if you notice any warning signs.

Esther Lindgren, MD
Child and Adolescent Psychiatry
""",
    ),
    Spec(
        True,
        "results",
        "Genetic test result to outside genetic counselor.",
        f"Genetics Clinic <genetics@{DOM}>",
        "gc@midohiogenetics.com",
        "Variant result for family testing",
        """\
Hello Rebecca,

For cascade testing in your clinic: our proband Miriam Adeyemi-Lowe (DOB 02/27/1979) is
heterozygous for a pathogenic BRCA2 variant, c.5946delT (p.Ser1982fs). Her sister Judith Lowe lives
in your area and has asked to be tested. The full report from the reference lab is available
on request with Miriam's authorization, which we have on file.

Genetics Clinic, Marlow Valley Medical Center
""",
    ),
    Spec(
        True,
        "referral",
        "PT referral: name + DOB + procedure only, no diagnosis code.",
        f"Ortho Clinic <orthoclinic@{DOM}>",
        "scheduling@peakmotionpt.com",
        "PT order",
        """\
Please schedule:

Patient: Wendell Ashgrove
DOB: 11/30/1985
Phone: 614-808-3307
Procedure: right ACL reconstruction (hamstring autograft), 11/11/2026, Dr. Marguerite Olsen
Order: post-op ACL protocol, 2-3x/week for 12 weeks. Brace locked in extension for ambulation
until week 2.

Ortho Clinic, Marlow Valley
""",
    ),
    Spec(
        True,
        "transplant",
        "Bone marrow donor search update naming recipient and HLA.",
        f"BMT Coordinator <bmt@{DOM}>",
        "search@nationaldonorregistry-partner.org",
        "Search update for recipient",
        """\
Search coordinator,

Updated information for our recipient, Jamal Whitaker-Boone, 34, AML with FLT3-ITD, CR1 after
7+3 and midostaurin. Recipient HLA: A*02:01, A*24:02; B*07:02, B*35:01; C*04:01, C*07:02;
DRB1*15:01, DRB1*04:01. Target transplant window is January. His two siblings were
not matches.

Please prioritise the 8/8 unrelated donors on the preliminary list.

BMT Program, Marlow Valley Cancer Center
""",
    ),
    Spec(
        True,
        "discharge_planning",
        "Discharge summary pasted to an outside PCP.",
        f"Hospitalist Service <hospitalists@{DOM}>",
        "frontdesk@ridgewayprimarycare.com",
        "Discharge summary for your records",
        """\
DISCHARGE SUMMARY

Patient: Evelyn Marchbanks      DOB: 04/03/1944      MRN: 00287765
Admitted: 11/11/2026   Discharged: 11/16/2026
Attending: Kofi Mensah, MD
PCP: Ridgeway Primary Care

Principal diagnosis: Community-acquired pneumonia, right lower lobe (J18.1)
Secondary: Acute on chronic diastolic heart failure; atrial fibrillation on warfarin

Hospital course: Treated with ceftriaxone and azithromycin, transitioned to amoxicillin-
clavulanate. Diuresed 3.1 kg. INR supratherapeutic at 4.2 on admission with antibiotics; warfarin
held x2 doses, now 2.6 on 4 mg daily.

Follow-up: PCP within 7 days; INR check Friday 11/20.
""",
    ),
    Spec(
        True,
        "public_health",
        "TB case management email to health department naming a patient.",
        f"Dr. Helena Voss-Rinaldi <hvossrinaldi@{DOM}>",
        "tbcontrol@franklincountyph.gov",
        "Active TB - DOT coordination",
        """\
TB Control,

Our patient Mr. Bao Tran Nguyen, 46, 2290 Cleveland Ave Apt 7, Columbus 43211, has smear-positive
pulmonary TB, GeneXpert RIF not detected. He started RIPE therapy on 11/15 in airborne isolation.
We expect discharge around 11/25 if he converts to smear-negative x3. Please assign a DOT
worker; he speaks Vietnamese and English and works nights at a warehouse (employer: Midstate
Logistics).

Helena Voss-Rinaldi, MD, Infectious Diseases
""",
    ),
    Spec(
        True,
        "referral",
        "Ophthalmology referral with only initials + DOB + MRN + condition.",
        f"Diabetes Center <diabetescenter@{DOM}>",
        "referrals@clearviewretina.com",
        "Retina referral",
        """\
Referral for urgent retina evaluation:

Pt initials: J.K.M.  DOB 07/19/1975  MRN 00655129
Proliferative diabetic retinopathy, right eye, with vitreous hemorrhage noted at today's
retinal screening (E11.3511). Visual acuity OD 20/200, OS 20/30.

Contact: patient prefers text at 740-407-3366.

Marlow Valley Diabetes Center
""",
    ),
    Spec(
        True,
        "oncology",
        "Radiation oncology to dentist: named patient, head and neck cancer, dental clearance.",
        f"Radiation Oncology <radonc@{DOM}>",
        "frontdesk@smilecraftdental.com",
        "Dental clearance needed before RT",
        """\
Dear Dr. Albrecht's office,

Our patient, Curtis Lamb (DOB 12/12/1961), was recently diagnosed with squamous cell carcinoma
of the left tonsil, p16 positive, and will begin chemoradiation on December 7. He needs a dental
evaluation and any extractions completed at least 14 days before radiation. Could you see him
this week? He is already your patient.

Radiation Oncology, Marlow Valley Cancer Center
740-555-0188
""",
    ),
    Spec(
        True,
        "case_management",
        "Utilisation review to payer: inpatient clinical review with member ID.",
        f"Utilization Review <ur@{DOM}>",
        "inpatientreviews@summitmedicaid.com",
        "Concurrent review - auth 7731902",
        """\
Auth #: 7731902
Member: Brandy Kolb   Member ID: 98841276302   DOB 09/02/1988
Admit: 11/15/2026 via ED, inpatient status

Clinical: DKA, initial pH 7.08, bicarb 6, anion gap 28, glucose 612. Insulin drip in ICU x 30
hours, transitioned to subcutaneous basal-bolus 11/16. Remains on IV fluids for AKI (Cr 1.9 ->
1.4). Diabetes education in progress; insulin pump failure identified as precipitant.

Requesting 2 additional days. Next review 11/18.

Sharon Pelletier, RN, Utilization Review
""",
    ),
    Spec(
        True,
        "ems_ed_handoff",
        "Poison control consult summary with patient name and ingestion.",
        f"ED Pharmacist <edpharm@{DOM}>",
        "consults@centralohiopoison.org",
        "Case follow-up - Mason",
        """\
Following up on case 26-55190 (call at 23:40 last night):

Patient Brielle Mason, 17 y/o F, intentional ingestion of ~40 tabs acetaminophen 500 mg around
20:00. 4-hour level 212 mcg/mL, NAC started at 00:35 (21-hour protocol). AST/ALT 28/31 this
morning. Psych consult pending once medically cleared.

Thanks for the guidance.
ED Clinical Pharmacy
""",
    ),
    Spec(
        True,
        "home_health",
        "Hospice referral with prognosis, named patient and caregiver.",
        f"Palliative Care <palliative@{DOM}>",
        "referrals@gentleshorehospice.org",
        "Hospice referral",
        """\
Gentle Shore intake,

Referring Mr. Augustin Fairweather, 88, for home hospice. Metastatic pancreatic adenocarcinoma
(liver mets), declined further chemotherapy; PPS 40%. Symptoms: pain controlled on oxycodone
ER 20 mg q12h with 5 mg q4h PRN; nausea on haloperidol 0.5 mg. Lives with his daughter Colette
Fairweather at 18 Old Mill Lane, Baltimore OH 43105; her phone 740-862-0571.

Goals-of-care note signed 11/16. Please call Colette to arrange the admission visit.

Palliative Care Service
""",
    ),
    Spec(
        True,
        "radiology",
        "Mammography recall letter text to patient address, BI-RADS 0.",
        f"Breast Imaging <breastimaging@{DOM}>",
        "lucia.ferraro.home@outlook.com",
        "Follow-up needed after your mammogram",
        """\
Dear Ms. Lucia Ferraro,

Thank you for having your screening mammogram with us on November 9, 2026. The radiologist
found an area in your right breast that needs additional imaging to be fully evaluated
(BI-RADS 0, incomplete). Most such callbacks are not cancer, but it is important that you
return for a diagnostic mammogram and ultrasound.

We have reserved Friday, November 20 at 10:15 AM at the Breast Center, 2200 Harmon Pkwy.
Please call 740-555-0150 to confirm.

Marlow Valley Breast Imaging
""",
    ),
    Spec(
        True,
        "results",
        "Forwarded message/rfc822: nurse forwards an internal result message to an outside clinic.",
        f'"Ines Carvalho, RN" <icarvalho@{DOM}>',
        "nurse@westgatepediatrics.com",
        "Fwd: lead level",
        """\
See attached from our lab - this is your patient, they came through our ED. Please follow up.

Ines
""",
        forward=Spec(
            True,
            "results",
            "inner",
            f"MVMC Laboratory <lab-results@{DOM}>",
            f"ED Nursing <ednursing@{DOM}>",
            "Abnormal result: venous lead",
            """\
Abnormal result notification

Patient: Mateo Ruiz-Halvorsen   DOB 05/06/2024   MRN 00701883
Test: Lead, venous blood   Result: 14.2 mcg/dL (ref < 3.5)
Collected: 11/13/2026 16:20 (ED)
Reportable to ODH per childhood lead program.
""",
        ),
    ),
    Spec(
        True,
        "referral",
        "PHI only in the subject line (name, DOB, pending biopsy); body is a one-line nudge.",
        f"Dr. Marguerite Olsen <molsen@{DOM}>",
        "Dr. Sofia Brennan <sbrennan@lakesidesurgical.com>",
        "Hollis Dunbar DOB 2/9/61 - bone biopsy result yet?",
        """\
Any word on this one? Family keeps calling.

M.
""",
    ),
    Spec(
        True,
        "chaplaincy",
        "Name + admission + unit, no diagnosis: being a patient is itself PHI.",
        f"Rev. Thomas Hargrove <thargrove@{DOM}>",
        "office@firstmethodistmarlow.org",
        "George",
        """\
Hi Linda,

George Petrakis was admitted to 4 West last night, room 412. He asked me to let the church office
know so Pastor Dan can stop by when he has a chance. Visiting hours are 8 AM to 8 PM.

Tom
""",
    ),
    Spec(
        True,
        "case_management",
        "Looks de-identified but has age over 89, admission date and facility: Safe Harbor identifiers.",
        f"Dr. Kofi Mensah <kmensah@{DOM}>",
        "medicaldirector@willowcrestmanor.com",
        "Your resident we admitted",
        """\
Dr. Atwell,

Quick heads-up about the 94-year-old woman you sent us from Willowcrest on 11/14, the one in
your memory-care wing who came in with aspiration pneumonia. She is improving on ampicillin-
sulbactam, but speech therapy recommends pureed diet and honey-thick liquids going forward, and
the family is leaning toward comfort-focused care if this recurs. Expect her back Friday.

Kofi Mensah, MD
""",
    ),
]
