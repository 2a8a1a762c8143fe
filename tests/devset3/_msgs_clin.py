"""Hand-written devset3 clinical messages (mostly PHI, many of them subtle)."""

from __future__ import annotations

from _att import DOCX, docx, png
from _pdf import pdf
from _spec import Att, Spec

DOM = "cedarhollowhealth.org"

_OCR_LAB = [
    "CEDAR HOLLOW HEALTH - CLINICAL LABORATORY",
    "2210 Sawmill Rd, Cedar Hollow OR 97355   CLIA 38D0918273",
    "",
    "PATIENT: FENWICK, ROSALIND M        DOB: O3/I7/1958   SEX: F",
    "MRN: 0O731842     ACCT: 55120774     LOC: BIRCHFIELD CLINIC",
    "ORDERING: Dr. A. Nwachukwu          COLLECTED: 11/20/2026 08:14",
    "",
    "TEST                    RESULT     FLAG   REF RANGE      UNITS",
    "Hemoglobin A1c          9.4        H      4.0-5.6        %",
    "Glucose, fasting        211        H      70-99          mg/dL",
    "Creatinine              1.62       H      0.57-1.00      mg/dL",
    "eGFR                    34         L      >59            mL/min/1.73",
    "Microalb/Creat ratio    412        H      <30            mg/g",
    "",
    "Comment: resu1ts ca11ed to Birchfie1d RN 11/20 14:02 - read back ok",
    "   -- page 1 of 1 --   scanned 11/21/2026 by HIM-SCAN-04",
]

_DISCHARGE = [
    "CEDAR HOLLOW MEDICAL CENTER - DISCHARGE SUMMARY",
    "Patient: Thaddeus R. Glendenning   DOB 07/02/1944   MRN 00618824",
    "Admitted: 11/17/2026   Discharged: 11/23/2026   Attending: Dr. Helena Voss",
    "Discharge diagnosis: Community-acquired pneumonia, right lower lobe (J18.9);",
    "acute on chronic diastolic heart failure (I50.33); type 2 diabetes (E11.9).",
    "Hospital course: Treated with ceftriaxone and azithromycin, transitioned to oral",
    "cefpodoxime 200 mg BID x 5 more days. Diuresed 3.1 kg with IV furosemide.",
    "Discharge medications: furosemide 40 mg daily, metoprolol succinate 50 mg daily,",
    "metformin 500 mg BID (held while inpatient, resume), cefpodoxime as above.",
    "Follow-up: PCP Dr. Oyelaran within 7 days; BMP on 11/26 at Ridgeline.",
    "Code status: DNR/DNI confirmed with patient and daughter (Corinne Glendenning).",
]

_CCDA_HOSPICE = """\
<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <recordTarget><patientRole>
    <id extension="00341907" root="2.16.840.1.113883.3.9921"/>
    <addr><streetAddressLine>418 Kestrel Lane</streetAddressLine><city>Toledo</city>
      <state>OR</state><postalCode>97391</postalCode></addr>
    <patient><name><given>Bertrand</given><family>Aubuchon</family></name>
      <birthTime value="19510422"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Malignant neoplasm of pancreas, head (C25.0);
        secondary malignancy of liver (C78.7)</text>
    </section></component>
    <component><section><title>Medications</title>
      <text>oxycodone ER 20 mg q12h; oxycodone IR 10 mg q3h PRN; senna-docusate BID</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES: list[Spec] = [
    Spec(
        True,
        "care_coordination",
        "Hard positive: casual note with first name, town and worsening heart failure to home "
        "health.",
        f"Bonnie Arkwright <barkwright@{DOM}>",
        "Luz at Summit <luz.ferreira@summithomehealth.org>",
        "quick favor",
        """\
Hi Luz,

When your team is out in Pine Flat this week could somebody lay eyes on Walt Brennecke? Hes
put on about 6 lbs since his last vist with us and his ankles are like balloons again. His
Lasix got bumped to 40 twice a day on Monday but I'm not sure he understood. His wife Dot is
hard of hearing so it's best to knock loud.

Thanks a million,
Bonnie

Bonnie Arkwright, RN | Care Management | Cedar Hollow Health
""",
    ),
    Spec(
        True,
        "results",
        "Hard positive: patient initials + full DOB + critical potassium to outside nephrologist.",
        f"Dr. Anil Mehrotra <amehrotra@{DOM}>",
        "renal-fellows@willametterenal.com",
        "K 6.1 - can you see this week?",
        """\
Sorry for the short note, between patients.

JR, dob 4/11/1961, CKD4, K+ came back 6.1 this am (was 5.4 two wks ago), bicarb 17, Cr 3.8.
EKG without peaked T's. We gave Lokelma and stopped his lisinopril. He'd prefer your Tuesday
clinic in Albany if there's room.

Anil
Sent from Outlook for iOS
""",
    ),
    Spec(
        True,
        "oncology",
        "Hard positive: name and new breast cancer diagnosis only in the subject; body is "
        "logistics.",
        f"Maren Olafsdottir <molafsdottir@{DOM}>",
        "scheduling@valleyradiationonc.com",
        "RE: Dolores Whitcomb - new L breast IDC, needs rad onc consult",
        """\
Thursday works. I'll have the outside films couriered over Wednesday afternoon.

Maren

-----Original Message-----
From: Front Desk <scheduling@valleyradiationonc.com>
Sent: Monday, November 23, 2026 9:12 AM
Subject: RE: consult request

We have Thursday 12/3 at 1:30 with Dr. Ibarra. Does that work?
""",
    ),
    Spec(
        True,
        "referral",
        "Hard positive: patient name and specialty only in the attachment filename; body is "
        "generic.",
        f"Referrals Desk <referrals@{DOM}>",
        "intake@heartwoodcardiology.com",
        "Referral packet",
        """\
Good afternoon,

Attached as requested. Please fax the appointment confirmation back to 541-555-0148.

Thank you,
Referral Coordination
Cedar Hollow Health
""",
        atts=(
            Att(
                "Kowalczyk_Eugene_cardiology_referral.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW HEALTH - REFERRAL COVER SHEET",
                        "Pages to follow: 6",
                        "Urgency: routine",
                        "Please call the referral desk with questions: 541-555-0148",
                    ],
                    "Referral cover",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "results",
        "Hard positive: scanned-style PDF (OCR typos) lab report with name, DOB, MRN, A1c, eGFR.",
        f"HIM Scanning <him-scan@{DOM}>",
        "records@oregonendocrineassoc.com",
        "Requested records",
        "Please see the attached scanned document.\n\n-- CHH Health Information Management\n",
        atts=(Att("SCAN_20261121_0042.pdf", "application/pdf", pdf(_OCR_LAB, "scan0042")),),
    ),
    Spec(
        True,
        "personal_disclosure",
        "Hard positive: lowercase texting style to personal gmail; patient name, room, code event.",
        f"Kayleigh Droste <kdroste@{DOM}>",
        "kayleigh.d.95@gmail.com",
        "ugh",
        """\
omg mrs bellweather in rm 12 coded again at like 3am, shes ok now they got her back after 2
rounds. her son was screaming at everyone lol. remind me to tell u about it tmrw. also my
badge is in ur car i think??
""",
    ),
    Spec(
        True,
        "forward_chain",
        "Hard positive: 'FYI' reply; pathology result with patient name is three levels deep "
        "in quotes.",
        f"Greg Tallis <gtallis@{DOM}>",
        "pat.ng@lakesidesurgerycenter.com",
        "FW: FW: RE: OR block next week",
        """\
Pat - FYI, see below, think this changes the plan for Tuesday. Call me.

Greg

> From: Jenna Coyle <jcoyle@cedarhollowhealth.org>
> Sent: Tuesday, November 24, 2026 7:02 AM
> Subject: FW: RE: OR block next week
>
> Forwarding in case Greg didn't see.
>
>> From: Sandeep Rao <srao@cedarhollowhealth.org>
>> Sent: Monday, November 23, 2026 6:40 PM
>> Subject: RE: OR block next week
>>
>> Block is fine, but heads up on the 2nd case.
>>
>>> From: Cascade Pathology <reports@cascadepath.net>
>>> Sent: Monday, November 23, 2026 4:15 PM
>>> Subject: Final report S26-18842
>>>
>>> Patient: Lindqvist, Harold   DOB 09/30/1952
>>> Specimen: Sigmoid colon polyp, endoscopic biopsy
>>> FINAL DIAGNOSIS: Invasive moderately differentiated adenocarcinoma arising in a
>>> tubulovillous adenoma; lymphovascular invasion present.
>>> Electronically signed by T. Okabe, MD
""",
    ),
    Spec(
        True,
        "radiology",
        "Radiology result to outside PCP with name, DOB and pulmonary nodule finding.",
        f"CHH Imaging <imaging-results@{DOM}>",
        "Dr. Ruth Carmody <rcarmody@mcminnfamilypractice.com>",
        "CT chest result - Patience Oduya",
        """\
Dr. Carmody,

Your patient Patience Oduya (DOB 02/14/1970) had a low-dose CT chest on 11/23/2026.

IMPRESSION: 9 mm solid nodule, right upper lobe (series 3, image 61). Lung-RADS 4A.
Recommend 3-month LDCT or PET/CT. No adenopathy.

Reading radiologist: Kenji Watanabe, MD
Cedar Hollow Medical Center Imaging | 541-555-0163

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information, including
protected health information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender and destroy all
copies of the original message.
""",
    ),
    Spec(
        True,
        "discharge_planning",
        "Discharge summary DOCX to skilled nursing facility: name, DOB, MRN, diagnoses, meds.",
        f"Case Management 4 West <cm4west@{DOM}>",
        "admissions@ridgelinecare.com",
        "Discharge summary for tomorrow's transfer",
        """\
Hi Ridgeline team,

Attached is the discharge summary for the gentleman coming to you tomorrow around 11:00 by
Cedar Valley Transport. Med rec and the last two days of MAR will go with him in the packet.

Thanks,
Shauna Pettibone, RN CM
""",
        atts=(Att("DC_summary_Glendenning.docx", DOCX, docx(_DISCHARGE)),),
    ),
    Spec(
        True,
        "scheduling",
        "Hard positive: calendar invite to outside interpreter service, 'Consult: <name> - "
        "chemo teaching'.",
        f"Infusion Center <infusion@{DOM}>",
        "bookings@bridgeinterpreting.com",
        "Consult: Harriet Olmstead - chemo teaching",
        "Interpreter needed (ASL). Infusion Center room 2, please check in at the front desk.\n",
        ics="""\
BEGIN:VCALENDAR
PRODID:-//Cedar Hollow Health//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:d3-infusion-20261201-0930@cedarhollowhealth.org
DTSTAMP:20261123T150000Z
DTSTART:20261201T173000Z
DTEND:20261201T183000Z
SUMMARY:Consult: Harriet Olmstead - chemo teaching (FOLFOX cycle 1)
LOCATION:CHH Infusion Center\\, Room 2
ORGANIZER;CN=Infusion Center:mailto:infusion@cedarhollowhealth.org
ATTENDEE;CN=Bridge Interpreting:mailto:bookings@bridgeinterpreting.com
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        True,
        "pediatrics",
        "NICU update to outside pediatrician naming the mother and newborn bilirubin/phototherapy.",
        f"NICU Charge RN <nicu-charge@{DOM}>",
        "dr.feliciano@sunrisepeds.com",
        "Baby girl Dunmore",
        """\
Dr. Feliciano,

Heads-up on your future patient: Baby Girl Dunmore (mother Keisha Dunmore, father Andre
Dunmore), born 11/21 at 36+2 weeks, 2.48 kg. Total bili 14.2 at 60 hours, on double
phototherapy since last night. Feeding well, breast plus formula supplement. Expected
discharge Wednesday if bili trends down; parents asked for a Friday weight check at your office.

Thanks,
Mercy Adebayo, RN, NICU
""",
    ),
    Spec(
        True,
        "post_acute",
        "Hard positive: no name, but age over 89 with facility room and admission date "
        "identify her.",
        f"Liam Hartsough <lhartsough@{DOM}>",
        "don@ridgelinecare.com",
        "your 97 y/o in 112",
        """\
Hi Don,

The 97-year-old woman from your room 112 who came to us 11/19 with the left hip fracture is
post-op day 3 from hemiarthroplasty, delirium clearing. PT says she could come back to you
Monday if you have the bed. Her niece is the contact.

Liam Hartsough, MSW
""",
    ),
    Spec(
        True,
        "genetics",
        "Genetic result (BRCA2 pathogenic variant) with name and DOB to outside genetic counselor.",
        f"Cancer Genetics <cancergenetics@{DOM}>",
        "mwhitlock@northwestgeneticsgroup.com",
        "Cascade testing - sister of our patient",
        """\
Hi Meredith,

Our patient Annelise Brauer (DOB 06/08/1979) was found to carry a pathogenic BRCA2 variant,
c.5946delT (p.Ser1982Argfs*22), on the Invitae 84-gene panel reported 11/18/2026. Her sister,
Katrin Brauer, lives in your area and would like single-site testing. Annelise signed a release
for us to share the report; it's in the portal under her name.

Best,
Yusuf Demir, MS, CGC
""",
    ),
    Spec(
        True,
        "behavioral_health",
        "Therapist to outside psychiatrist: name, PTSD, suicidal ideation, medication.",
        f'"Rhiannon Keogh, LCSW" <rkeogh@{DOM}>',
        "dr.alvarado@cascadepsychiatry.com",
        "Shared patient - Marcus Teague",
        """\
Dr. Alvarado,

Following up on Marcus Teague, whom we both see. In session Thursday he reported more
nightmares and passive SI without plan since the anniversary of the deployment (PTSD, chronic).
Safety plan reviewed; his partner is aware. He mentioned the prazosin makes him dizzy in the
morning and he has been skipping it. Could you see him before his scheduled 12/14 visit?

Rhiannon Keogh, LCSW
Cedar Hollow Behavioral Health
CONFIDENTIAL: This message may contain protected health information.
""",
    ),
    Spec(
        True,
        "substance_use",
        "42 CFR Part 2: buprenorphine treatment status to probation officer, name and program.",
        f"Recovery Services <recovery@{DOM}>",
        "t.mcgraw@lincolncounty.or.gov",
        "Attendance letter - Dustin Farrow",
        """\
Officer McGraw,

Per the consent on file (42 CFR Part 2), this confirms that Dustin Farrow has attended the
Cedar Hollow Recovery Services intensive outpatient program 3x/week since 10/5/2026 and
remains on buprenorphine/naloxone 16/4 mg daily. His last 4 urine drug screens were negative
for non-prescribed substances.

This information has been disclosed to you from records protected by federal confidentiality
rules (42 CFR part 2). The federal rules prohibit you from making any further disclosure of
information in this record that identifies a patient as having or having had a substance use
disorder unless further disclosure is expressly permitted by written consent.

Nadia Brisbois, CADC II
""",
    ),
    Spec(
        True,
        "dental",
        "Dental referral to periodontist: name, DOB, probing depths, diabetes.",
        f"Cedar Hollow Dental <dental@{DOM}>",
        "frontdesk@riverbendperio.com",
        "Perio referral - Owen Stickney",
        """\
Hello Riverbend,

Referring Owen Stickney (DOB 12/02/1966) for evaluation of generalized stage III periodontitis.
Probing depths 6-8 mm on #2, #3, #14, #15, #18, #31 with BOP; mobility class I on #31. He has
type 2 diabetes (last A1c 8.2) and takes apixaban, so please coordinate with his PCP before any
surgery. FMX attached to the portal referral.

Thanks!
Carla, front office
Cedar Hollow Dental
""",
    ),
    Spec(
        True,
        "vision",
        "Optometry report to PCP: diabetic retinopathy finding for named patient.",
        f"CHH Eye Clinic <eyeclinic@{DOM}>",
        "office@mcminnfamilypractice.com",
        "Diabetic eye exam report",
        """\
Re: Wilhelmina Sorensen, DOB 03/27/1955

Dilated exam 11/24/2026: moderate non-proliferative diabetic retinopathy OU, no macular edema
on OCT. VA 20/30 OD, 20/40 OS. Recommend follow-up in 6 months; referred to retina if progression.

Tobias Engel, OD
Cedar Hollow Eye Clinic
""",
    ),
    Spec(
        True,
        "wound_care",
        "Hard positive: wound photo PNG, patient surname in the filename, one-line body.",
        f"Wound Clinic <woundcare@{DOM}>",
        "nurse.kim@summithomehealth.org",
        "pic from today",
        "sacral one looks worse, pls send measurements after your visit Thurs\n",
        atts=(Att("Bianchi_R_sacral_ulcer_2026-11-24.png", "image/png", png(6, 6, (160, 60, 50))),),
    ),
    Spec(
        True,
        "results",
        "Hard positive: mobile one-liner with patient surname, biopsy result, wife.",
        f"Dr. Felix Moreau <fmoreau@{DOM}>",
        "felixmoreau.md@icloud.com",
        "call",
        "pls call mr okonkwo's wife re his biopsy, path back - adenocarcinoma. i'll be in OR til 4"
        "\n\nSent from my iPhone\n",
    ),
    Spec(
        True,
        "results",
        "HTML-only result note to patient's personal address with TSH value and dose change.",
        f"Birchfield Clinic <birchfield@{DOM}>",
        "jess.pardee@outlook.com",
        "Your lab results",
        "",
        html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Hi Jessamyn,</p>
<p>Dr. Nwachukwu reviewed your labs from <b>November 20</b>:</p>
<table border="1" cellpadding="4">
<tr><th>Test</th><th>Result</th><th>Range</th></tr>
<tr><td>TSH</td><td style="color:#b00">7.9 mIU/L</td><td>0.4&ndash;4.5</td></tr>
<tr><td>Free T4</td><td>0.8 ng/dL</td><td>0.8&ndash;1.8</td></tr>
</table>
<p>She would like to increase your levothyroxine from 75 mcg to 88 mcg daily. A new
prescription was sent to Bi-Mart Pharmacy on Main St. Recheck TSH in 6 weeks.</p>
<p>Birchfield Clinic &middot; 541-555-0122</p>
</body></html>
""",
    ),
    Spec(
        True,
        "hospice",
        "Hospice referral with name, address, prognosis and diagnosis.",
        f"Palliative Care <palliative@{DOM}>",
        "referrals@evergreenhospice.org",
        "New hospice referral",
        """\
Patient: Bertrand Aubuchon
Address: 418 Kestrel Lane, Toledo, OR 97391
Phone: 541-555-0191 (daughter Simone)
Dx: metastatic pancreatic adenocarcinoma, liver mets; ECOG 3
Prognosis: weeks
Goals: comfort-focused, wants to be home. Needs hospital bed and oxygen eval.
Attending willing to follow: Dr. Helena Voss

CCD attached. Thanks, Palliative Care Team
""",
        atts=(Att("CCD_Aubuchon_B.xml", "application/xml", _CCDA_HOSPICE),),
    ),
    Spec(
        True,
        "obstetrics",
        "OB note to outside birth center: name, gestational age, GBS positive, penicillin allergy.",
        f"Women's Health <womenshealth@{DOM}>",
        "midwives@yaquinabirthcenter.com",
        "Transfer of care - Tamsin Greaves",
        """\
Hi all,

Tamsin Greaves (G2P1, EDD 12/19/2026) is transferring her care to you at 36+3. GBS positive
on 11/20 swab; she reports a penicillin allergy (hives as a child) so we had planned cefazolin
intrapartum. Prior C-section 2022, counselled re TOLAC. Records release signed, full prenatal
record to follow by fax.

Best,
Dana Whitfield, CNM
""",
    ),
    Spec(
        True,
        "dialysis",
        "Hard positive: chair-time schedule with first+last name; dialysis implies ESRD.",
        f"Inpatient Nephrology <nephro@{DOM}>",
        "charge@coastaldialysis.com",
        "chair time",
        """\
Can Reginald Amos keep his MWF 2nd shift chair starting Monday? He's being discharged
Saturday. Dry weight is now 81.5 kg, new access is the L AVF (used x2 here, fine).

thx, Priya
""",
    ),
    Spec(
        True,
        "decedent",
        "Death notification to funeral home: name, date and time of death, cause.",
        f"Nursing Supervisor <nsupervisor@{DOM}>",
        "arrangements@hollisterfuneral.com",
        "Release of remains",
        """\
Hollister Funeral Home,

This confirms that Gunnar Halvorsen passed at Cedar Hollow Medical Center on 11/24/2026 at
03:42. Attending physician will sign the death certificate (cause: septic shock secondary to
perforated diverticulitis). No autopsy requested. The family (wife, Ingeborg) has chosen your
home; remains may be released from the morgue after 08:00.

House Supervisor, night shift
""",
    ),
    Spec(
        True,
        "research",
        "Study enrollment to CRO naming subject, date of birth and study arm.",
        f"Research Office <research@{DOM}>",
        "site-support@meridianclinicalresearch.com",
        "Enrollment confirmation - site 114",
        """\
Hi Carlos,

Please note that subject 114-007, Evangeline Marsh (DOB 1/23/1963), was randomised today to arm B
(semaglutide 2.4 mg) for the HEART-OB study. I know we're supposed to use the subject number
only, so please delete her name from your records - my mistake.

Rosa Tillery, CRC
""",
    ),
    Spec(
        True,
        "personal_disclosure",
        "Hard positive: reply about lunch that mentions a neighbour's ED visit and broken wrist.",
        f"Nora Quist <nquist@{DOM}>",
        "sheila.barnaby@gmail.com",
        "Re: lunch friday?",
        """\
can't friday, I'm covering for Priya. next week?

btw your neighbor Gloria Feeney came through the ED last night, broken wrist (fell off a step
stool). she's fine, they splinted it, ortho on monday. don't tell her I told you!!

On Mon, Nov 23, 2026 at 8:14 PM Sheila Barnaby <sheila.barnaby@gmail.com> wrote:
> Lunch Friday at Pho Hollow? My treat
""",
    ),
    Spec(
        True,
        "him",
        "Hard positive: duplicate-chart merge request to EHR vendor with two MRNs of one patient.",
        f"HIM Data Integrity <him-di@{DOM}>",
        "support@verdantehr.com",
        "Case 88213 - duplicate chart merge",
        """\
Hello Verdant support,

We need a merge of two charts for the same patient: MRN 00482915 (created in the ED on 11/22 as
"Lopez, Maria Jose") and MRN 00482591 (Lopez-Ybarra, Maria Jose, DOB 05/05/1988). The ED
chart holds the labs and the CT. Please merge into 00482591.

Regards,
Theo Brandvold, RHIT
""",
    ),
    Spec(
        True,
        "blood_bank",
        "Blood supplier request naming patient with antibodies and transfusion need.",
        f"CHH Blood Bank <bloodbank@{DOM}>",
        "reference.lab@pacificbloodservices.org",
        "Antigen-negative units needed STAT",
        """\
Patient: Okafor, Ngozi   DOB 08/19/1991   MRN 00577103
ABO/Rh: B negative. Antibodies: anti-K, anti-Fya.
Request: 2 units K-neg, Fy(a-) RBCs for surgery 11/25 07:30 (postpartum hemorrhage risk).
Please call 541-555-0177 with ETA.
""",
    ),
    Spec(
        True,
        "telehealth",
        "Telehealth link email to patient personal email naming visit reason (ADHD follow-up).",
        f"Virtual Visits <virtualvisits@{DOM}>",
        "brody.kessler.09@gmail.com",
        "Your video visit tomorrow",
        """\
Hi Brody,

Your video visit with Dr. Lindgren for your ADHD medication follow-up is tomorrow,
November 25 at 3:40 PM. Join here: https://visit.cedarhollowhealth.org/j/7742018

Please have your pharmacy name ready and a list of what you are taking (Adderall XR dose).

Cedar Hollow Virtual Visits
""",
    ),
    Spec(
        True,
        "primary_care",
        "Hard positive: nurse to colleague's personal address with first name, school and "
        "diagnosis.",
        f"Wendy Sato <wsato@{DOM}>",
        "wendy.sato.home@yahoo.com",
        "note to self",
        """\
- call Ellie's mom (the 8th grader at Crestview Middle) back re strep + the amox rash, she
  thinks it's an allergy now -> probably just viral exanthem but document
- order more flu vax for Fri
- mileage form
""",
    ),
]
