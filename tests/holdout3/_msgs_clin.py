# ruff: noqa: E501
"""Hand-written PHI messages: results, referrals, coordination, special categories of care."""

from __future__ import annotations

from _bin import png
from _docx import docx
from _pdf import pdf
from _spec import Att, Spec

DOM = "brightwaterhealth.org"
DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of
the intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended
recipient, please contact the sender by reply e-mail and destroy all copies of the original
message.
"""

ICS_TEE = """\
BEGIN:VCALENDAR\r
PRODID:-//Brightwater Health//Epic Cadence Export//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:h3-ics-tee-2201@brightwaterhealth.org\r
DTSTAMP:20261123T160000Z\r
DTSTART:20261202T150000Z\r
DTEND:20261202T163000Z\r
SUMMARY:Interpreter (Hmong) - TEE w/ cardioversion - Vang\\, Pa Nhia\r
DESCRIPTION:Patient: Pa Nhia Vang\\, DOB 07/30/1958\\, MRN BW00418862. Procedure: transesophag\r
 eal echo with DC cardioversion for atrial fibrillation. NPO after midnight. Daughter Mai Vang\r
  will drive (651-555-0172).\r
LOCATION:Brightwater Hospital\\, Cardiac Procedures\\, 2nd floor\r
ORGANIZER;CN=Cardiology Scheduling:mailto:cardsched@brightwaterhealth.org\r
ATTENDEE;CN=Lakes Language Partners:mailto:dispatch@lakeslanguagepartners.com\r
END:VEVENT\r
END:VCALENDAR\r
"""

MESSAGES: list[Spec] = [
    Spec(
        True,
        "results",
        "Lab results (A1c, lipids, eGFR) sent by a nurse to the patient's personal Gmail.",
        f"Tamsin Albrecht RN <talbrecht@{DOM}>",
        "gordy.pellerin57@gmail.com",
        "your lab results from Thursday",
        """\
Hi Gordon,

Dr. Haugen asked me to send you your results since you said the portal wasn't working for you.

Hemoglobin A1c: 8.9 % (was 7.6 in June)
LDL cholesterol: 141 mg/dL
Triglycerides: 262 mg/dL
eGFR: 58 mL/min (stage 3a kidney function, stable)
Urine microalbumin: 41 mg/g (high)

She would like to increase your metformin to 1000 mg twice a day and start you on
atorvastatin 40 mg at bedtime. The new prescriptions went to the Lakeshore Pharmacy on
Cedar St. Please schedule a follow up in 3 months.

Take care,
Tamsin Albrecht, RN
Brightwater Family Medicine - North Clinic
612-555-0131
"""
        + DISCLAIMER,
    ),
    Spec(
        True,
        "infectious_disease",
        "HIV viral load and CD4 results for a named patient sent to a partner ID clinic.",
        f"Dr. Emeka Nwosu <enwosu@{DOM}>",
        "intake@northlakesidclinic.org",
        "Transfer of HIV care - Mr. Reyes",
        """\
Good afternoon,

Following up on my call with your intake nurse. Marco A. Reyes (DOB 02/11/1989) is moving to
Duluth and would like to continue HIV care with your clinic.

Current regimen: Biktarvy 1 tab daily, adherent.
Most recent labs (11/12/2026): HIV-1 RNA <20 copies/mL (undetectable), CD4 612 cells/uL (31%).
HLA-B*5701 negative. Hep B sAb positive (immune), Hep C Ab negative.
Last RPR 08/2026 nonreactive.

He has about 45 days of medication on hand. Full records will follow through the records office
once he signs the release. His cell is 218-555-0194.

Thanks,
Emeka Nwosu, MD
Infectious Diseases, Brightwater Hospital
"""
        + DISCLAIMER,
    ),
    Spec(
        True,
        "oncology",
        "Hard positive: diagnosis and patient surname in the subject line of a short coordination note.",
        f"Ingrid Solvang <isolvang@{DOM}>",
        "newpatients@lakesareaoncology.com",
        "Pruitt, Dale - new dx pancreatic adenocarcinoma - urgent consult",
        """\
Hi team, can we get him in this week or erly next? CT and EUS biopsy reports are in Care
Everywhere. Wife is the main contact. Thx

Ingrid
Nurse Navigator | Brightwater Hospital
""",
    ),
    Spec(
        True,
        "referral",
        "Hard positive: body says only 'referral attached'; patient name in DOCX filename and DOCX body.",
        f"North Clinic Referrals <referrals.north@{DOM}>",
        "scheduling@riverbendortho.com",
        "Referral",
        """\
Please see attached referral. Fax confirmation not needed.

Brightwater Family Medicine - North Clinic
Referral Coordinator
Ph 612-555-0139 | Fx 612-555-0140
""",
        atts=(
            Att(
                "Referral_Hendricks_Marlene.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Brightwater Family Medicine - North Clinic",
                        "REFERRAL FOR SPECIALTY CONSULTATION",
                        "Patient: Marlene J. Hendricks    DOB: 05/19/1961    MRN: BW00377145",
                        "Insurance: North Prairie Health Plan, Member ID NPH884017233",
                        "Referred to: Riverbend Orthopedics - Joint Replacement",
                        "Reason: Right knee osteoarthritis (M17.11), failed steroid injection x2 and 6 months PT.",
                        "BMI 33.4. A1c 6.4. On apixaban for prior DVT - will need bridging plan.",
                        "Referring provider: Lars Haugen, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "discharge",
        "Hard positive: discharge summary PDF to a skilled nursing facility.",
        f"Case Management 4 West <cm4west@{DOM}>",
        "admissions@pinecrestcarecenter.com",
        "Discharge packet - arriving today 2pm",
        """\
Hello Pinecrest admissions,

Attached is the discharge summary for the patient we discussed this morning. Transport is booked
with Metro Medi-Van for 2:00. Med rec and last MAR will come with the paperwork envelope.

Call the unit at 612-555-0164 with any questions.

Jolene Marchetti, RN, CCM
Case Management
""",
        atts=(
            Att(
                "DC_summary_Olafsen.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER HOSPITAL - DISCHARGE SUMMARY",
                        "Patient: OLAFSEN, HAROLD T     DOB: 09/03/1940     MRN: BW00291570",
                        "Admitted: 11/17/2026     Discharged: 11/24/2026",
                        "Attending: Priya Raman, MD (Hospital Medicine)",
                        "",
                        "Principal diagnosis: Sepsis due to E. coli pyelonephritis (A41.51, N10).",
                        "Secondary: CKD stage 3b, type 2 diabetes, mild dementia.",
                        "Hospital course: IV ceftriaxone, transitioned to oral cefpodoxime.",
                        "Discharge meds: cefpodoxime 200 mg BID x 5 more days; insulin glargine 12 units qHS.",
                        "Follow-up: Dr. Haugen in 7-10 days; BMP in 1 week.",
                        "Code status: DNR/DNI (POLST on chart).",
                    ],
                    "Discharge summary",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "care_coordination",
        "Hard positive: sloppy lowercase texting-style note between clinics, INR and surname only.",
        f"Rob Kettleson <rkettleson@{DOM}>",
        "anticoag@lakeviewcommunityclinic.org",
        "abara",
        """\
hey its rob from brightwater north. can u guys see mr abara tmrw am? his inr was 4.8 today on
the 7.5 dose, told him hold x1 and go 5mg. hes closer to u than us now since he moved. no bleeding
just some gum stuff. lmk

sent from my phone sorry for typos
""",
        headers=(("X-Mailer", "Microsoft Outlook for Android"),),
    ),
    Spec(
        True,
        "behavioral_health",
        "Behavioural health handoff: depression, PHQ-9, passive SI, named patient.",
        f"Kristen Ahlgren LICSW <kahlgren@{DOM}>",
        "intake@stanselmbh.org",
        "Warm handoff - Ms. Thorsby",
        """\
Hi Dana,

Thanks for holding an intake slot. Summary for Abigail Thorsby (DOB 04/02/1999), who I saw
today in primary care behavioral health:

- Major depressive disorder, recurrent, moderate-severe (F33.1). PHQ-9 today 21, GAD-7 16.
- Passive SI without plan or intent; safety plan completed, no firearms in the home.
- Sertraline 100 mg for 8 weeks with partial response. Dr. Lindgren is adding bupropion XL 150.
- Postpartum onset in 2024; baby is 2 and lives with her.
- Prefers text: 763-555-0118.

She'd like a DBT skills group if you have openings. I'll keep seeing her every other week until
your intake on 12/3.

Kristen Ahlgren, LICSW
Primary Care Behavioral Health | Brightwater Family Medicine
""",
    ),
    Spec(
        True,
        "substance_use",
        "42 CFR Part 2 SUD information (buprenorphine, OUD) with patient identifiers to an OTP.",
        f"Addiction Medicine Consult <addictionconsult@{DOM}>",
        "referrals@twinriversrecovery.org",
        "Referral for continued MOUD - bridge Rx sent",
        """\
To Twin Rivers Recovery intake:

We are referring Trevor L. Baumgartner, DOB 12/28/1993, for ongoing medication for opioid use
disorder. He was induced on buprenorphine-naloxone in our ED on 11/22 after an overdose
(naloxone x2 by EMS). Currently stable on 16 mg/4 mg daily; 7-day bridge prescription sent.
Urine drug screen positive for fentanyl and THC, negative for methadone.
Hep C antibody reactive - RNA pending.

Patient consented to this disclosure (signed Part 2 consent on file, expires 05/22/2027).

This information has been disclosed to you from records protected by federal confidentiality
rules (42 CFR part 2). The federal rules prohibit you from making any further disclosure of
information in this record that identifies a patient as having or having had a substance use
disorder unless further disclosure is expressly permitted by the written consent of the
individual whose information is being disclosed or as otherwise permitted by 42 CFR part 2.

Maya Oyelaran, MD
Addiction Medicine, Brightwater Hospital
""",
    ),
    Spec(
        True,
        "infectious_disease",
        "STI result (chlamydia, gonorrhea) with name and phone sent to county DIS for partner services.",
        f"Lab Infection Prevention <ipcl@{DOM}>",
        "dis-team@metrocountyph.org",
        "Positive GC/CT - partner services referral",
        """\
Hi,

Reporting for partner services follow-up:

Name: Keisha Dumont
DOB: 01/07/2005
Phone: 612-555-0187
Address: 4410 Penn Ave N Apt 2, Minneapolis MN 55412
Test: NAAT, collected 11/19/2026 at Brightwater Urgent Care
Result: Neisseria gonorrhoeae DETECTED; Chlamydia trachomatis DETECTED
Treated: ceftriaxone 500 mg IM + doxycycline 100 mg BID x7d on 11/23
Pregnancy test: negative

Formal case report was also submitted through MEDSS.

Gwen Paulsrud, RN, CIC
""",
    ),
    Spec(
        True,
        "pregnancy",
        "OB nurse to patient's personal Yahoo: positive pregnancy, hCG values, dating ultrasound.",
        f"Heidi Strand <hstrand@{DOM}>",
        "bri.nakamura.77@yahoo.com",
        "Re: question about my numbers",
        """\
Hi Brianna!

Great question. Your hCG went from 1,240 on Monday to 2,860 today, which is a healthy rise (more
than doubling in 48 hrs). Your progesterone was 18.2, also reassuring. Based on your last
period you're about 5 weeks 3 days.

We scheduled your dating ultrasound for Dec 10 at 8:15 with Dr. Wexler. Keep taking the
prenatal vitamin, and no more ibuprofen please - Tylenol is fine.

Congratulations again!!
Heidi

Heidi Strand, RN | Women's Health
Brightwater Family Medicine

> On Tue, Nov 24, 2026 at 7:02 AM Brianna Nakamura <bri.nakamura.77@yahoo.com> wrote:
> hi heidi is the 2nd number ok?? im freaking out a little bc of last time lol
""",
    ),
    Spec(
        True,
        "genetics",
        "BRCA2 pathogenic variant result with patient and family details to an outside genetic counselor.",
        f"Cancer Genetics Program <cancergenetics@{DOM}>",
        "lpetrakis@northcountrygenetics.com",
        "Cascade testing - sister of our patient",
        """\
Hi Lena,

As we discussed, our patient Corinne Vandersloot (DOB 08/14/1976) was found to carry a
pathogenic BRCA2 variant, c.5946delT (p.Ser1982Argfs*22), on the Invitae panel reported
10/30/2026. She was diagnosed with ER+ breast cancer at 49.

Her sister, Annika Vandersloot-Berg, lives in your area and would like single-site testing.
Corinne gave written permission to share her report with Annika's counselor; it is attached to
the secure message in the portal as well.

Thanks!
Sigrid Moe, MS, CGC
Licensed Genetic Counselor, Brightwater Hospital
"""
        + DISCLAIMER,
    ),
    Spec(
        True,
        "pediatrics",
        "Asthma action plan for a child sent to the parent; child's name, DOB, meds, parent's name.",
        f"Brightwater Pediatrics <peds@{DOM}>",
        "Rosa Delgado-Ferris <rosadf@outlook.com>",
        "Mateo's asthma action plan for school",
        """\
Hi Ms. Delgado-Ferris,

Here is Mateo's updated asthma action plan to give to the school nurse at Lincoln Elementary.

Child: Mateo Ferris     DOB: 03/06/2018
Green zone: Flovent HFA 44 mcg 2 puffs twice daily with spacer
Yellow zone: Albuterol 90 mcg 4 puffs every 4 hours as needed, call clinic
Red zone: Albuterol 6 puffs, call 911
Triggers: cats, cold air, viral illness
Peak flow personal best: 210

Dr. Bjornstad signed the medication authorization form; it's attached as a separate
message. Flu shot given today.

Kayla, CMA
Brightwater Pediatrics | 612-555-0150
""",
    ),
    Spec(
        True,
        "school_sports",
        "Hard positive: sports physical clearance to athletic director mentions a murmur work-up.",
        f"Dr. Paul Brennan <pbrennan@{DOM}>",
        "athletics@brightwaterhs.k12.mn.us",
        "sports physical - Jaxon Tollefson",
        """\
Coach Lindahl,

Jaxon Tollefson (grade 10) had his pre-participation physical today. He is cleared for
basketball with one condition: I heard a soft systolic murmur and ordered an echocardiogram
for next week just to be safe. He can practice, but please hold him out of full-contact
scrimmages until I send the echo result.

Signed MSHSL form is attached in the district portal.

Paul Brennan, MD
Family & Sports Medicine
""",
    ),
    Spec(
        True,
        "fmla",
        "FMLA certification details (condition, incapacity dates) sent to patient's employer HR.",
        f"Forms Desk <formsdesk@{DOM}>",
        "leaves@northstarlogistics.com",
        "FMLA certification - employee Dwayne Halvorson",
        """\
Hello,

Please find below the health care provider's certification as requested for your employee
Dwayne Halvorson (employee ID 44817). The signed WH-380-E form has been uploaded to your Sedgwick
portal as well.

Condition: lumbar disc herniation L5-S1 with radiculopathy; microdiscectomy scheduled 12/08/2026.
Period of incapacity: 12/08/2026 through 01/19/2027 (estimated).
Follow-up visits: every 2-3 weeks during recovery; physical therapy 2x/week for 6 weeks.
Intermittent leave after return: up to 2 days per month for flare-ups.

The attending physician statement for his short-term disability claim with Cascade Mutual
(claim STD-26-44120) was faxed separately, restrictions the same as above.

Forms Desk
Brightwater Family Medicine
Fax 612-555-0145
""",
    ),
    Spec(
        True,
        "workers_comp",
        "Workers compensation status report to the insurer adjuster with claim number and injury.",
        f"Occupational Health <occhealth@{DOM}>",
        "adjuster.jkline@midwestcompins.com",
        "WC claim 26-MN-0448127 work status update",
        """\
Jessica,

Work status report for the claimant below after today's visit.

Claimant: Luis Echeverria
Employer: Hartwell Foods (plant #2)
DOI: 10/29/2026
Claim #: 26-MN-0448127
Dx: Left wrist TFCC tear; ulnar-sided wrist pain (S63.592A)
Treatment: MRI arthrogram done 11/18. Referred to hand surgery (Dr. Tanaka).
Work status: light duty, no lifting > 5 lb with left hand, no repetitive gripping, through
12/14/2026.
Next appt: 12/7/2026

Thanks,
Cheryl Oyen, CMA | Occupational Health
""",
    ),
    Spec(
        True,
        "immunization",
        "Child's immunisation record (dates, vaccines) sent to a daycare.",
        f"North Clinic Front Desk <frontdesk.north@{DOM}>",
        "director@littlesproutsbw.com",
        "Immunization record for Evie Lindquist",
        """\
Hi Tara,

Mom (Ashley Lindquist) asked us to send Evie's shot record directly to you. Evie Lindquist, DOB
06/21/2024:

DTaP: 08/20/2024, 10/22/2024, 12/19/2024
IPV: 08/20/2024, 10/22/2024
Hib: 08/20/2024, 10/22/2024, 09/25/2025
PCV20: 08/20/2024, 10/22/2024, 12/19/2024, 09/25/2025
Hep B: 06/22/2024, 08/20/2024, 12/19/2024
MMR: 06/24/2025
Varicella: 06/24/2025
Influenza: 10/14/2025, 11/20/2026

Please let us know if you need the MDH form version.

Front Desk, North Clinic
""",
    ),
    Spec(
        True,
        "inpatient",
        "Hard positive: fall report to the daughter; patient identified through her, age 93 (over 89), unit and bed.",
        f"Nadia Quist <nquist@{DOM}>",
        "Rachel Lindqvist <rachel.lindqvist@comcast.net>",
        "update on your mom from last night",
        """\
Rachel,

I wanted to follow up on our phone call. Your mother had an unwitnessed fall at about 3 AM in
her room (3 South, bed 14). She's 93 and on Eliquis, so we did a head CT, which showed no
bleeding. She has a bruise on her left hip; the x-ray was negative for fracture.

We've put a bed alarm on and moved her closer to the nurses' station. Dr. Raman will call you
after rounds.

Nadia Quist, RN
Charge Nurse, 3 South
""",
    ),
    Spec(
        True,
        "care_coordination",
        "Hard positive: top of thread is logistics only; PHI (name, MRN, diagnosis) sits three replies deep.",
        f"Sandra Pikkarainen <spikkarainen@{DOM}>",
        "m.oberg@northfieldhomecare.com",
        "RE: RE: RE: Thursday care conference",
        """\
Works for us - 1:30 in the small conference room. I'll bring the badge for you.

Sandra

-----Original Message-----
From: Mike Oberg <m.oberg@northfieldhomecare.com>
Sent: Tuesday, November 24, 2026 10:12 AM
To: Pikkarainen, Sandra <spikkarainen@brightwaterhealth.org>
Subject: RE: RE: Thursday care conference

Can we push to 1:30? I have a start of care in Lakeville at noon.

-----Original Message-----
From: Pikkarainen, Sandra <spikkarainen@brightwaterhealth.org>
Sent: Monday, November 23, 2026 4:48 PM
To: Mike Oberg <m.oberg@northfieldhomecare.com>
Subject: RE: Thursday care conference

Yes, Thursday 1pm. Family is coming too.

-----Original Message-----
From: Mike Oberg <m.oberg@northfieldhomecare.com>
Sent: Monday, November 23, 2026 2:03 PM
To: Pikkarainen, Sandra <spikkarainen@brightwaterhealth.org>
Subject: Thursday care conference

Sandra - for the conference on Eleanor Brightman (MRN BW00512239) can we review the wound vac
plan? The sacral stage 4 pressure injury is bigger per our last measurement (6.2 x 4.1 cm), and
her albumin was 2.4. Daughter is asking about hospice again. Also she's still on the
vancomycin for the osteomyelitis through 12/10.

Mike Oberg, RN
Northfield Home Care
""",
        headers=(
            ("In-Reply-To", "<CH2PR04MB7731A8E2@northfieldhomecare.com>"),
            ("X-MS-Has-Attach", "no"),
        ),
    ),
    Spec(
        True,
        "patient_complaint",
        "Hard positive: forwarded family complaint (message/rfc822) carries the patient's name and care details.",
        f"Patient Relations <patientrelations@{DOM}>",
        "risk@lakecountrymutual.com",
        "FW: grievance - for your file",
        """\
Karen,

Forwarding the grievance we discussed on the claims call. We've opened case PR-26-1187.
Nothing further from us yet.

Denise Vold
Patient Relations Manager
""",
        forward=Spec(
            True,
            "patient_complaint",
            "inner",
            "Gary Whitcomb <gwhitcomb.mn@gmail.com>",
            f"patientrelations@{DOM}",
            "My father's care in the ER",
            """\
To whom it may concern,

My father, Leonard Whitcomb, 81, was brought to your emergency room on November 19 with chest
pain. He waited 6 hours on a hallway stretcher before anyone checked his troponin, which turned
out to be elevated. He was finally diagnosed with an NSTEMI and had two stents placed the next
day. Noone told us he was being moved to the cath lab. I expect a response.

Gary Whitcomb
952-555-0126
""",
        ),
    ),
    Spec(
        True,
        "scheduling",
        "Hard positive: ICS invite to an interpreter agency naming a patient, DOB, MRN and procedure.",
        f"Cardiology Scheduling <cardsched@{DOM}>",
        "dispatch@lakeslanguagepartners.com",
        "Interpreter request 12/2 9:00",
        """\
Hmong interpreter needed for a procedure; details in the invite. Please accept to confirm.

Cardiology Scheduling, Brightwater Hospital
""",
        ics=ICS_TEE,
    ),
    Spec(
        True,
        "care_coordination",
        "Hard positive: mobile one-liner to a colleague's personal Gmail; surname, bed and procedure.",
        f"Dr. Sam Ferreira <sferreira@{DOM}>",
        "jess.okonkwo.md@gmail.com",
        "tmrw",
        """\
pt garza in 6 needs TEE tmrw for the endocarditis w/u, can u cover at 7? im off

Sent from my iPhone
""",
        headers=(("X-Mailer", "iPhone Mail (22B91)"),),
    ),
    Spec(
        True,
        "results",
        "Hard positive: full name, DOB and 'MRI results' in the subject; body only points to the portal.",
        f"Neurology Clinic <neuro@{DOM}>",
        "bkowalski1951@aol.com",
        "Kowalski, Bernard DOB 3/14/1951 - MRI results",
        """\
Hello,

Your results are ready. Please log in to MyBrightwater to read Dr. Adeyemi's message, or call us
at 612-555-0158.

Neurology Clinic
""",
    ),
    Spec(
        True,
        "wound_care",
        "Hard positive: body says 'scan you asked for'; patient name and wound in PNG filename only.",
        f"Wound Clinic <woundclinic@{DOM}>",
        "referrals@lakesvascular.com",
        "the picture you asked for",
        """\
Here's the scan you asked for. Let me know if it doesn't come through.

- Wound Clinic front desk
""",
        atts=(
            Att(
                "Quintero_Farrah_R_heel_ulcer_2026-11-24.png",
                "image/png",
                png(6, 4, (176, 96, 80)),
            ),
        ),
    ),
    Spec(
        True,
        "radiology",
        "HTML-only radiology report for a named patient sent to an outside PCP.",
        f"Brightwater Imaging <imaging-results@{DOM}>",
        "results@cedarparkfamilyclinic.com",
        "Final report: CT chest",
        "",
        html="""\
<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Dr. Hollis,</p>
<p>The following report is being sent to you as the ordering provider.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Patient</b></td><td>ENGSTROM, WALTER P</td></tr>
<tr><td><b>DOB</b></td><td>10/02/1955</td></tr>
<tr><td><b>MRN</b></td><td>BW00440381</td></tr>
<tr><td><b>Exam</b></td><td>CT chest without contrast (CPT 71250), 11/23/2026</td></tr>
</table>
<p><b>IMPRESSION:</b><br>
1. 1.4 cm spiculated nodule, right upper lobe, new since 2024. Lung-RADS 4B. Recommend PET/CT
and pulmonary consultation.<br>
2. Moderate centrilobular emphysema.</p>
<p>Electronically signed: Ruth Abernathy, MD, Radiology</p>
<p style="font-size:8pt;color:#777">Brightwater Imaging &middot; 2200 Lakeshore Dr &middot; Brightwater, MN</p>
</body></html>
""",
        html_only=True,
    ),
    Spec(
        True,
        "post_op",
        "Hard positive: surgeon's short post-op check-in to the patient's personal mailbox.",
        f"Dr. Anya Kowalczyk <akowalczyk@{DOM}>",
        "tjnorquist@hotmail.com",
        "checking in",
        """\
Tom - how's the incision looking? Pathology came back and the appendix showed no tumor, just
acute appendicitis, so nothing else to do. Keep off heavy lifting 2 more weeks.

AK
""",
    ),
    Spec(
        True,
        "pediatrics",
        "Newborn hearing screen refer result sent to audiology with baby's and mother's names.",
        f"Birth Center Nursery <nursery@{DOM}>",
        "scheduling@northlandaudiology.com",
        "newborn hearing rescreen needed",
        """\
Hello,

Baby Boy Sorensen (mother: Kirsten Sorensen, phone 651-555-0109) born 11/21/2026 at 38w2d did not
pass the newborn hearing sreen - REFER right ear on AABR x2, left ear pass. NICU stay 2 days for
hyperbilirubinemia (peak bili 17.1, phototherapy). Please schedule a diagnostic ABR before 1
month of age. Pediatrician is Dr. Bjornstad.

Birth Center Nursery
Brightwater Hospital
""",
    ),
    Spec(
        True,
        "decedent",
        "Death date, time and cause for a named patient sent to a funeral home.",
        f"House Supervisor <housesupervisor@{DOM}>",
        "arrangements@halvorsonfuneralhome.com",
        "release of remains",
        """\
Good morning,

Confirming release for Mr. Gustav Arneson (DOB 05/30/1937). Time of death 11/25/2026 at 04:12,
4 North. Attending physician Dr. Okoro will sign the death certificate in MR-CCRS today. Cause
of death: metastatic prostate cancer. No autopsy, not an ME case. Family (son Erik) has
authorized release to your home. Please call 612-555-0100 and ask for the house supervisor.

Linnea Brask, RN
House Supervisor
""",
    ),
    Spec(
        True,
        "allergy",
        "Child's anaphylaxis history and EpiPen plan sent to a summer camp nurse.",
        f"Allergy & Asthma Clinic <allergy@{DOM}>",
        "nurse@camplonepine.org",
        "Allergy plan for camper",
        """\
Dear Camp Lone Pine nurse,

Attached per the parents' request (Jon and Melissa Abernethy). Their son Owen Abernethy, age 11,
has a severe peanut and tree nut allergy with anaphylaxis in March 2026 (ED visit, 2 doses of
epinephrine). He carries two EpiPen Jr 0.15 mg auto-injectors. Cetirizine 10 mg daily in the
spring. Please keep him at the nut-free table for the January winter camp.

Dr. Helena Sauer, Allergy & Immunology
""",
    ),
    Spec(
        True,
        "dialysis",
        "Travel dialysis request with patient identifiers, hepatitis B status and dialysis orders.",
        f"Dialysis Unit <dialysis@{DOM}>",
        "transient@sunbeltkidneycare.com",
        "Transient treatment request 12/20-1/3",
        """\
Hello,

Requesting transient hemodialysis for our patient while visiting family in Tucson:

Name: Bernadette Ojibwe-Larsen
DOB: 11/09/1960
Dates: 12/20/2026 - 01/03/2027, MWF
Dx: ESRD secondary to diabetic nephropathy (N18.6, E11.22)
Access: left brachiocephalic AVF
Orders: 4 hr, Optiflux 180, BFR 400, DFR 600, 2K/2.5Ca, EDW 78.5 kg, heparin 2000 u bolus
HBsAg negative 11/02/2026; anti-HBs 64 (immune); HCV negative
Insurance: Medicare primary, MBI 7HN2-DR4-FA61

Face sheet, last 3 run sheets, H&P and CXR to follow by fax.

Thank you,
Carla Brisbois, RN, CNN
""",
    ),
    Spec(
        True,
        "referral",
        "Hard positive: referral letter PDF for pulmonary consult; body generic.",
        f"Dr. Lars Haugen <lhaugen@{DOM}>",
        "referrals@twincitiespulmonary.com",
        "Consult request",
        """\
Please find my consult letter attached. Happy to discuss by phone - my cell is on the letter.

Lars
""",
        atts=(
            Att(
                "consult_letter_11-25.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER FAMILY MEDICINE - NORTH CLINIC",
                        "November 25, 2026",
                        "Dear Dr. Mbeki,",
                        "Thank you for seeing Walter P. Engstrom (DOB 10/02/1955, MRN BW00440381).",
                        "CT chest 11/23/2026 shows a new 1.4 cm spiculated RUL nodule (Lung-RADS 4B).",
                        "He is a 50 pack-year smoker, quit 2019, with moderate emphysema, FEV1 62%.",
                        "I have ordered PET/CT. Please evaluate for biopsy.",
                        "Sincerely, Lars Haugen, MD   (cell 612-555-0199)",
                    ],
                    "Consult letter",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "home_health",
        "Home health orders with patient address, wound and insulin regimen to an agency.",
        f"Transitions of Care <toc@{DOM}>",
        "intake@northfieldhomecare.com",
        "SOC request - Phyllis Engebretson",
        """\
New SOC request, discharge tomorrow AM.

Phyllis Engebretson, 78
1187 Birchwood Ln, Brightwater MN 55379
Home phone 952-555-0163, daughter Janet 952-555-0171
Services: SN for insulin teaching (new start Lantus 18u qHS + sliding scale Humalog), PT/OT
after L hip hemiarthroplasty, HHA 2x/wk
Allergies: sulfa
PCP: Dr. Haugen

thx
Marisol @ TOC
""",
        atts=(
            Att(
                "medlist_engebretson.txt",
                "text/plain",
                """\
DISCHARGE MEDICATION LIST - ENGEBRETSON, PHYLLIS (MRN BW00455120)
insulin glargine (Lantus) 18 units subcut at bedtime
insulin lispro (Humalog) sliding scale with meals
apixaban 2.5 mg PO BID x 35 days (post-op DVT prophylaxis)
oxycodone 5 mg PO q6h PRN severe pain, #20, no refills
acetaminophen 1000 mg PO TID
""",
            ),
        ),
    ),
]
