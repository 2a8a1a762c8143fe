"""Devset5: paediatrics, oncology follow-up, transplant donors, decedents, employers, schools."""

from __future__ import annotations

from _att import DOCX, Att, Spec, csv_att, docx, pdf, png, txt, zipped

D = "ridgecrestumc.org"

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="school_seizure_action_plan",
        notes="Seizure action plan for a named child sent to the school nurse.",
        frm=f"Pediatric Neurology Clinic <peds.neuro@{D}>",
        to="nurse.office@pinonelementary.k12.co.us",
        subject="Seizure action plan for 2nd grade student",
        body="""\
Hello Nurse Ochoa,

At the request of the parents, attached is the updated seizure action plan for
Benjamin Estrada-Kohl (DOB 02/18/2019), Mrs. Haverford's 2nd grade class.

Changes: levetiracetam increased to 500 mg BID; rescue med is now Valtoco (diazepam nasal
spray) 10 mg for a seizure lasting more than 5 minutes, instead of rectal diazepam.

Pediatric Neurology Clinic, Ridgecrest University Medical Center
""",
        atts=(
            Att(
                "Seizure_Action_Plan_Estrada-Kohl_B.docx",
                DOCX,
                docx(
                    [
                        "RIDGECREST UMC PEDIATRIC NEUROLOGY - SEIZURE ACTION PLAN",
                        "Student: Benjamin Estrada-Kohl   DOB: 02/18/2019   Grade: 2",
                        "Seizure type: focal impaired awareness, may generalize",
                        "Daily medicine: levetiracetam 500 mg twice daily (home)",
                        "Rescue: Valtoco 10 mg in one nostril if seizure > 5 minutes; call 911",
                        "Parent: Liesel Kohl (555) 016-4471",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="school_nurse_training_template",
        notes="Hard negative: blank seizure action plan template and training dates for district "
        "nurses; medication names but no student.",
        frm=f"Pediatric Neurology Clinic <peds.neuro@{D}>",
        to="health.services@ridgecrestschools.k12.co.us",
        subject="Blank seizure action plan (2026 version) + Jan training for district nurses",
        body="""\
Hi district health services,

Attached is the blank 2026 seizure action plan our clinic now uses. New this year: a
section for nasal rescue medicines (Valtoco, Nayzilam) alongside rectal diazepam.

We'll offer a 1-hour training for school nurses and health aides on Jan 14, 3:30 PM, at
the district office: recognizing seizure types, timing, rescue meds, and when to call 911.

Pediatric Neurology Clinic
""",
        atts=(
            Att(
                "Seizure_Action_Plan_BLANK_2026.docx",
                DOCX,
                docx(
                    [
                        "RIDGECREST UMC PEDIATRIC NEUROLOGY - SEIZURE ACTION PLAN",
                        "Student: ______________________   DOB: ___/___/______   Grade: ____",
                        "Seizure type(s): ______________________________",
                        "Daily medicine: ______________  Rescue: [ ] Valtoco [ ] Nayzilam "
                        "[ ] Diazepam rectal  Dose: ______",
                        "Parent/guardian phone: ______________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="parent_text_style_lab_update",
        notes="Hard positive: nurse's two-line reply to a parent's personal email with the "
        "child's first name, ANC and chemo day; no surname or ID.",
        frm=f"Tamika Rhodes <tamika.rhodes@{D}>",
        to="jlwoodhouse83@gmail.com",
        subject="Re: labs?",
        body="""\
hi! yes his ANC was 1100 today so Theo is good to go for his vincristine + the LP on
thursady. still NPO after midnight. see you at 7:30!

Tamika

> On Tue, Nov 17, 2026 at 2:14 PM Jess Woodhouse <jlwoodhouse83@gmail.com> wrote:
> did his counts come back?? fingers crossed
""",
    ),
    Spec(
        phi=False,
        category="peds_onc_camp_volunteers",
        notes="Recruitment for volunteer nurses at a camp for children with cancer; no camper.",
        frm=f"Tamika Rhodes <tamika.rhodes@{D}>",
        to="info@campbrightstarco.org",
        subject="Nurse volunteers for summer 2027 sessions",
        body="""\
Hi Camp Brightstar!

Our peds hem/onc nurses are excited about summer 2027. We have 6 RNs interested in the
June session (6/13-6/19) and 3 for July. Can you send the volunteer application, the
license verification form, and the dates for the med shed training (port access, chemo
safe handling at camp)?

Tamika Rhodes, RN, CPHON
Pediatric Hematology/Oncology, 3 West
""",
    ),
    Spec(
        phi=True,
        category="camp_medication_form",
        notes="Camp medication form for a named child with leukemia maintenance chemo.",
        frm=f"Priscilla Adeyemi <priscilla.adeyemi@{D}>",
        to="medshed@campbrightstarco.org",
        subject="Med form for Amara - June session",
        body="""\
Hi, attached is the completed camp medical form for Amara Fitzgerald-Obi (age 11).
She's in maintenance for B-ALL: daily mercaptopurine at bedtime and weekly oral
methotrexate on Fridays, plus Bactrim on weekends. Counts have been stable; CBC needed on
day 3 of camp (orders attached).

Priscilla Adeyemi, NP
Pediatric Hematology/Oncology
""",
        atts=(
            Att(
                "Brightstar_medform_FitzgeraldObi.pdf",
                "application/pdf",
                pdf(
                    [
                        "CAMP BRIGHTSTAR HEALTH FORM - completed by Ridgecrest UMC Peds Hem/Onc",
                        "Camper: Amara Fitzgerald-Obi   DOB: 04/02/2015",
                        "Diagnosis: B-cell ALL, maintenance phase (COG AALL1731)",
                        "Meds: mercaptopurine 50 mg PO qHS; methotrexate 20 mg PO weekly (Fri)",
                        "      sulfamethoxazole-trimethoprim DS 1/2 tab BID Sat/Sun",
                        "Port: right chest, flush monthly - not due during camp",
                        "Fever > 38.3 C: call Ridgecrest on-call 555-0110 x3300 immediately",
                    ],
                    "Camp health form",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="daycare_immunization_record",
        notes="Immunization record for a named toddler sent to a daycare director.",
        frm=f"Ridgecrest Pediatrics - Eastside <peds.eastside@{D}>",
        to="director@littlesproutslearning.com",
        subject="Immunization record - Zoe Hartigan",
        body="""\
Hello,

At her mother's request, here is the immunization record for Zoe Hartigan (DOB
09/27/2024) for your enrollment file. She is up to date except the 15-18 month DTaP,
scheduled at her visit on 12/8.

Ridgecrest Pediatrics - Eastside, 555-0110 x5510
""",
        atts=(csv_att("Hartigan_Zoe_immunizations.csv", [
            ["vaccine", "date", "dose"],
            ["HepB", "2024-09-28", "1"],
            ["DTaP-IPV-Hib-HepB", "2024-11-29", "1"],
            ["PCV20", "2024-11-29", "1"],
            ["RV", "2024-11-29", "1"],
            ["MMR", "2025-09-30", "1"],
            ["Varicella", "2025-09-30", "1"],
        ]),),
    ),
    Spec(
        phi=False,
        category="immunization_schedule_update_practices",
        notes="Hard negative: immunization schedule changes with vaccine names, ages and dose "
        "intervals sent to community practices; no child.",
        frm=f"Dr. Ximena Albarrán <ximena.albarran@{D}>",
        to="practices@ridgecrestpedsnetwork.org",
        subject="RSV nirsevimab season update + catch-up table",
        body="""\
Network practices,

Nirsevimab supply is stable. Reminders for this season:
  - Infants < 8 months entering their first RSV season: 50 mg if < 5 kg, 100 mg if >= 5 kg
  - Infants whose mother received RSVpreF at 32-36 weeks >= 14 days before delivery
    generally do not need nirsevimab
  - High-risk children 8-19 months (CLD, severe immunocompromise): 200 mg

Catch-up table for MMR/varicella attached to the next newsletter. Questions: 555-0110 x5500.

Ximena Albarrán, MD, Medical Director, Ridgecrest Pediatrics Network
""",
    ),
    Spec(
        phi=True,
        category="second_opinion_path_request",
        notes="Pathology slides and report request to an outside cancer center for a named "
        "patient's second opinion.",
        frm=f"Surgical Pathology <surgpath@{D}>",
        to="consults@sierranevadacancer.org",
        subject="Slides shipped - second opinion, case S26-44810",
        body="""\
Dr. Okafor,

Slides (14 H&E, 6 IHC) and blocks B3/B5 for case S26-44810 shipped FedEx today, tracking
7740 2210 8841. Patient: Lysander Moreau-Tate, DOB 12/05/1971. Our diagnosis: diffuse large
B-cell lymphoma, GCB type, with MYC rearrangement by FISH; BCL2 pending. The patient's
oncologist Dr. Amundsen would like your opinion on double-hit status before R-CHOP vs
DA-EPOCH-R.

Surgical Pathology, Ridgecrest University Medical Center
""",
    ),
    Spec(
        phi=False,
        category="deidentified_dataset_share",
        notes="Hard negative: research collaborator gets a Safe Harbor de-identified CSV: study "
        "codes, birth year, 3-digit ZIP, diagnoses and outcomes; no identifiers.",
        frm=f"Dr. Celeste Amundsen <celeste.amundsen@{D}>",
        to="biostat@sierranevadacancer.org",
        subject="De-identified DLBCL cohort for the joint analysis (DUA 2026-114)",
        body="""\
Per the data use agreement, attached is our de-identified cohort (Safe Harbor: no dates
other than year, ZIP truncated to 3 digits, ages > 89 grouped as 90+). The honest broker
kept the linkage key; it does not leave Ridgecrest.

Celeste
""",
        atts=(csv_att("RCUMC_DLBCL_deid_v2.csv", [
            ["study_id", "birth_year", "zip3", "sex", "dx_year", "cell_of_origin", "ipi",
             "regimen", "cr_at_eot", "relapse_2y"],
            ["RCD-0001", "1958", "810", "M", "2021", "GCB", "2", "R-CHOP", "Y", "N"],
            ["RCD-0002", "1949", "812", "F", "2022", "ABC", "3", "Pola-R-CHP", "Y", "Y"],
            ["RCD-0003", "90+", "810", "F", "2022", "GCB", "4", "R-mini-CHOP", "N", "NA"],
            ["RCD-0004", "1977", "816", "M", "2023", "ABC", "1", "R-CHOP", "Y", "N"],
            ["RCD-0005", "1965", "810", "M", "2024", "GCB", "3", "DA-EPOCH-R", "Y", "N"],
        ]),),
    ),
    Spec(
        phi=True,
        category="living_donor_lab_request",
        notes="Hard positive: a living donor candidate under evaluation here (the recipient's "
        "brother) named with HLA typing and creatinine in a request to an outside lab.",
        frm=f"Ivo Brandstetter <ivo.brandstetter@{D}>",
        to="clientservices@midplainshla.org",
        subject="living donor workup - add-on please",
        body="""\
Hi Mid-Plains,

For our living donor candidate Jasper Vasquez-Lund (brother of our recipient, DOB
01/14/1983), can you add a virtual crossmatch against the recipient's latest serum and
DQA1 typing? His HLA: A2,A24; B44,B51; DR4,DR13. Serum creatinine 0.9, 24 h urine protein
110 mg - he's otherwise clear so far.

Ivo Brandstetter, RN, Living Donor Coordinator
""",
    ),
    Spec(
        phi=False,
        category="donor_family_correspondence_guidelines",
        notes="Hard negative: OPO guidelines for anonymous donor-family letters: what not to "
        "include (names, hospital, dates); no actual letter.",
        frm=f"Marguerite Olander <marguerite.olander@{D}>",
        to="familyservices@midplainsorganbank.org",
        subject="Recipient letter guidelines - our revised handout",
        body="""\
Hi Family Services,

Here is our revised handout for transplant recipients who want to write to their donor's
family. Could you confirm it matches your process?

  DO include: first name only, your state, how the gift changed your life, hobbies
  DO NOT include: last name, city, hospital name, date of transplant, phone, email
  Send the letter unsealed to the Transplant Institute; we forward it to your OPO.

Marguerite Olander, RN, CCTC
""",
        atts=(txt("recipient_letter_guidelines_v3.txt",
                  "Writing to your donor family - Ridgecrest Transplant Institute\n"
                  "First name only. No city, hospital or date of surgery.\n"
                  "Letters are reviewed by the OPO before being forwarded.\n"),),
    ),
    Spec(
        phi=True,
        category="funeral_home_release",
        notes="Hard positive: decedent release to a funeral home: name, time of death and "
        "infection precautions; decedents remain protected.",
        frm=f"Nursing Supervisor <house.supervisor@{D}>",
        to="arrangements@hollowaygracefuneral.com",
        subject="Release ready - morgue pickup",
        body="""\
Holloway-Grace,

Mr. Cyrus Pembroke-Hale passed 11/17 at 04:12 on 6 North. The attending has signed the
death certificate worksheet; not an ME case. Family (daughter Iris, 555-016-2283) has
chosen you. Please note he was on contact precautions for C. diff - standard PPE for
transport. Pickup from the morgue any time after 09:00; bring the release form.

Rosalind Weatherby, RN
House Supervisor, Ridgecrest University Medical Center
""",
    ),
    Spec(
        phi=False,
        category="morgue_capacity_notice",
        notes="Morgue capacity and pickup hours notice to area funeral homes; no decedents named.",
        frm=f"Nursing Supervisor <house.supervisor@{D}>",
        to="directors@southerncoloradofuneraldirectors.org",
        subject="Morgue pickups - holiday hours and capacity",
        body="""\
Funeral directors,

Our morgue is at 9 of 12 spaces this week. Over Thanksgiving (11/26-11/27) pickups are
09:00-17:00 only; please call the house supervisor at 555-0110 x2000 before arriving.
Bring the signed release; we cannot release without it.

House Supervisor Office
""",
    ),
    Spec(
        phi=True,
        category="employer_return_to_work",
        notes="Hard positive: return-to-work letter to an employer's HR naming the employee-"
        "patient, restrictions and the procedure.",
        frm=f"Ridgecrest Orthopedics <ortho.clinic@{D}>",
        to="hr@canyoncitylogistics.com",
        subject="Work status - Kellan Marchetti",
        body="""\
To Canyon City Logistics HR,

Kellan Marchetti was seen in our clinic on 11/16/2026 following his rotator cuff repair
on 10/05. He may return to work on 11/23 with restrictions: no lifting over 10 lb with the
right arm, no overhead work, no forklift operation, through 01/04/2027. Next visit 12/21.

Ridgecrest Orthopedics, 555-0110 x5800
""",
    ),
    Spec(
        phi=False,
        category="employer_onsite_clinic_proposal",
        notes="Hard negative: proposal to an employer for an onsite occupational health clinic "
        "with injury statistics and pricing; no employee named.",
        frm=f"Occupational Health Sales <occhealth@{D}>",
        to="hr@canyoncitylogistics.com",
        subject="Onsite clinic proposal - based on your 2025 OSHA 300A summary",
        body="""\
Hi Dana,

Based on the OSHA 300A summary you shared (412 employees, 19 recordable injuries, 7 with
days away, mostly shoulder and back strains), we propose:

  - Onsite clinic 2 half-days/week (PA + athletic trainer): $8,400/month
  - DOT physicals: $95; post-offer functional testing: $160
  - Same-day injury visits at our Eastside urgent care, billed to workers' comp

Happy to walk through it next week.

Terrence Oyelaran, Occupational Health Business Development
""",
    ),
    Spec(
        phi=True,
        category="cps_report_followup",
        notes="Social work follow-up to child protective services about a newborn with a positive "
        "toxicology screen.",
        frm=f"Imogen Farrelly <imogen.farrelly@{D}>",
        to="intake.caseworker@fremontcountyhs.gov",
        subject="Follow-up to hotline report 11/16 - newborn, Mother-Baby unit",
        body="""\
Caseworker Aldana,

Following up my hotline report from 11/16 (ref HL-26-88104). Baby girl Nwosu (born
11/15/2026, mother Perpetua Nwosu) had a meconium screen positive for amphetamines and
THC. Infant is feeding well, Finnegan scores 2-4, no treatment needed so far. Anticipated
discharge 11/18; mother is asking to go home with the baby. Please advise on the safety
plan before then.

Imogen Farrelly, LCSW
""",
    ),
    Spec(
        phi=False,
        category="nicu_parent_support_flyer",
        notes="NICU parent support group flyer to a community partner; no infant or family.",
        frm=f"NICU Family Support <nicu.family@{D}>",
        to="programs@handtoholdco.org",
        subject="Co-hosting the January NICU parent coffee hour?",
        body="""\
Hi Hand to Hold Colorado,

Would you co-host our NICU parent coffee hour again in January? Tuesdays 10:00-11:00 in
the NICU family lounge. Topics we'd like: kangaroo care, pumping at work, going home on
oxygen, and sibling support. We can provide coffee and a room; you bring a veteran parent
mentor.

Flyer draft attached.

NICU Family Support
""",
        atts=(Att("NICU_coffee_hour_flyer.png", "image/png", png(10, 6, (120, 170, 220))),),
    ),
    Spec(
        phi=False,
        category="teaching_file_deidentified_images",
        notes="Hard negative: de-identified teaching images with case numbers in file names for "
        "a residents' course; no patient identifiers.",
        frm=f"Dr. Rune Halvorsen <rune.halvorsen@{D}>",
        to="course.director@rockymtnradiologycourse.org",
        subject="Cases 12-14 for the board review course (anonymized)",
        body="""\
Hi Marta,

Cases 12-14 attached (DICOM headers scrubbed, burned-in annotations removed, exported
through our anonymizer). Case 12 is the classic crazy-paving pattern, 13 is the
tree-in-bud, 14 the reverse halo. Teaching points are in the txt file.

Rune Halvorsen, MD, Thoracic Imaging
""",
        atts=(
            Att("case12_CT_axial_crazy_paving.png", "image/png", png(8, 8, (90, 90, 90))),
            Att("case13_CT_axial_tree_in_bud.png", "image/png", png(8, 8, (80, 80, 80))),
            txt("cases12-14_teaching_points.txt",
                "Case 12: crazy paving - PAP, PJP, edema. Case 13: tree-in-bud - "
                "endobronchial infection. Case 14: reverse halo - organizing pneumonia, "
                "invasive fungal infection in the immunocompromised.\n"),
        ),
    ),
    Spec(
        phi=True,
        category="clinical_photo_zip_dermatology",
        notes="Hard positive: zip of clinical photos whose member names carry the patient's name "
        "and lesion site, sent to an outside dermatologist for tele-consult.",
        frm=f"Dr. Sunniva Hallorann <sunniva.hallorann@{D}>",
        to="teledermatology@highplainsderm.com",
        subject="e-consult photos (as discussed by phone)",
        body="Photos from this morning attached. Rash started day 9 of pembro. Thank you!\n",
        atts=(
            Att(
                "econsult_photos.zip",
                "application/zip",
                zipped(
                    {
                        "Pruitt_Winston_trunk_rash_1117.png": png(6, 6, (200, 120, 110)),
                        "Pruitt_Winston_left_forearm_1117.png": png(6, 6, (205, 125, 115)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="oncology_regimen_order_template",
        notes="Hard negative: chemotherapy order set template PDF with drug doses per m2, "
        "premeds and blank patient fields.",
        frm=f"Deepa Raghunathan <deepa.raghunathan@{D}>",
        to="pharmacy@lakesideoncology.net",
        subject="Updated R-CHOP order template (v5) for affiliate sites",
        body="""\
Hi Lakeside pharmacy,

Updated R-CHOP template attached (v5): rituximab rapid infusion allowed from cycle 2,
vincristine cap 2 mg remains, pegfilgrastim on day 2 or OBI on day 1. Please replace v4 in
your binders.

Deepa Raghunathan, PharmD, BCOP
""",
        atts=(
            Att(
                "RCUMC_R-CHOP_order_template_v5.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGECREST UMC ONCOLOGY ORDER SET - R-CHOP q21 days (v5)",
                        "Patient: ____________________  MRN: __________  BSA: ____ m2",
                        "Premeds: acetaminophen 650 mg PO, diphenhydramine 25-50 mg IV",
                        "Rituximab 375 mg/m2 IV (rapid 90-min infusion from C2 if tolerated)",
                        "Cyclophosphamide 750 mg/m2 IV; doxorubicin 50 mg/m2 IV push",
                        "Vincristine 1.4 mg/m2 IV (max 2 mg); prednisone 100 mg PO days 1-5",
                        "Pegfilgrastim 6 mg SC day 2",
                    ],
                    "R-CHOP template v5",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="personal_email_patient_update_from_nurse",
        notes="Nurse emails a patient's spouse from work with his post-op status and discharge "
        "plan; spouse's personal mailbox.",
        frm=f"Marcus Lee <marcus.lee@{D}>",
        to="bettina.farris@aol.com",
        subject="Gideon - tonight",
        body="""\
Hi Bettina,

Gideon had a good evening. His oxygen is down to 2 liters, he walked to the nurses'
station twice with PT, and his pain is controlled with oral meds now. Dr. Brennan still
plans discharge Thursday if his chest x-ray tomorrow looks the same. The equipment company
should call you about delivery.

Marcus Lee, RN - 5 West nights
""",
    ),
    Spec(
        phi=False,
        category="cancer_survivorship_event",
        notes="Survivorship celebration event with RSVP; survivors mentioned generally.",
        frm=f"Cancer Center Events <cancer.events@{D}>",
        to="community-partners@lists.ridgecrestumc.org",
        subject="Save the date: National Cancer Survivors Day picnic, June 7",
        body="""\
Save the date! Our annual Survivors Day picnic is Sunday, June 7, 11:00-2:00, at Riverside
Park pavilion 2. Survivors, families, caregivers and staff are welcome. Booth space for
partners (hospices, support groups, wig and prosthesis vendors) is free; reply to reserve.

Cancer Center Events
""",
    ),
    Spec(
        phi=True,
        category="bereavement_handoff_hospice",
        notes="Hard positive: hospice notified of death and medication disposal; patient only as "
        "'Mrs. Whitcombe' with room and date, in a short cover note plus DOCX form.",
        frm=f"Rev. Obadiah Kettering <obadiah.kettering@{D}>",
        to="chaplains@gentlewatershospice.org",
        subject="bereavement follow-up handoff",
        body="""\
Hi Gentle Waters chaplains,

Mrs. Whitcombe died peacefully last night in 614 with her family present; Father Dominic
had been in. Her husband Leonard will be home alone and asked for bereavement support -
handoff form attached so your bereavement team can reach him.

Obadiah
""",
        atts=(
            Att(
                "bereavement_handoff.docx",
                DOCX,
                docx(
                    [
                        "Ridgecrest UMC Spiritual Care - Bereavement Handoff",
                        "Deceased: Eleanor Whitcombe, died 11/18/2026, 6 North",
                        "Survivor: Leonard Whitcombe (husband), 77 Tamarack Dr, Ridgecrest",
                        "Phone: 555-016-3390   Faith: Catholic   Concerns: lives alone, "
                        "recent falls",
                    ]
                ),
            ),
        ),
    ),
]
