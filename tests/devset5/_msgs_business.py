"""Devset5: staff, HR, facilities, vendors, education, marketing, philanthropy."""

from __future__ import annotations

from _att import XLSX, Att, Spec, csv_att, xlsx

D = "ridgecrestumc.org"

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="staff_potluck",
        notes="Staff holiday potluck sign-up to personal addresses of unit staff.",
        frm=f"Jolene Whitacre <jolene.whitacre@{D}>",
        to="mandy.kowalski.rn@gmail.com",
        cc="5west-nights-social@googlegroups.com",
        subject="5W nights friendsgiving potluck!! sign up",
        body="""\
hey night shift!!

friendsgiving potluck is Sat 11/21 at 2300 in the 5W break room (day shift is welcome to
stop by at 0700 for leftovers lol)

so far:
- jolene: mac n cheese (the good one)
- marcus: smoked turkey breast
- priya: samosas + green chutney
- dr. ambrose said he'd definately bring pies?? we'll see

need: plates, drinks, something green that isn't jello

reply here or text me 555-016-2210
""",
    ),
    Spec(
        phi=False,
        category="job_posting_transplant_coordinator",
        notes="Job posting for a transplant coordinator RN; clinical terms, no individuals.",
        frm=f"Talent Acquisition <careers@{D}>",
        to="postings@coloradonursesassoc.org",
        subject="Job posting: Transplant Coordinator RN (Kidney/Pancreas) - Req 26-4471",
        body="""\
Please post the following through 12/31:

Transplant Coordinator RN - Kidney/Pancreas (Req 26-4471), full time, days with shared
call. Coordinates evaluation, listing and post-transplant follow-up for a program of
~55 kidney transplants a year; educates candidates and living donors; monitors
immunosuppression (tacrolimus levels, mycophenolate) per protocol.

Requirements: BSN, 3 years acute care, CCTC within 2 years of hire.
Pay range: $46.80-$68.15/h. Apply at careers.ridgecrestumc.org.

Talent Acquisition, Ridgecrest University Medical Center
""",
    ),
    Spec(
        phi=False,
        category="own_medical_leave_ooo_external",
        notes="Hard negative: the sender tells an outside colleague about her own surgery and "
        "recovery; the sender's own personal health matter, not patient information.",
        frm=f"Dr. Harriet Okwuosa <harriet.okwuosa@{D}>",
        to="lbrandt@statecancerregistry.org",
        subject="RE: registry advisory board 12/3",
        body="""\
Lena - I won't make the 12/3 meeting after all. I'm having my gallbladder out on 11/30
(finally!) and will be off for two weeks. Nothing serious, but they've told me no
driving. Tomas Ferencz from our registry team can attend and vote on the data
completeness item in my place.

Harriet

Harriet Okwuosa, MD, MPH
Medical Director, Cancer Registry
""",
    ),
    Spec(
        phi=False,
        category="payer_credentialing_roster",
        notes="Hard negative: clinician roster for payer credentialing with NPIs, DEA numbers, "
        "licence numbers and practitioner birth dates; provider identifiers, not PHI.",
        frm=f"Medical Staff Credentialing <credentialing@{D}>",
        to="provider.enrollment@rockysummithealth.com",
        subject="New practitioners effective 12/1 - roster attached",
        body="""\
Please add the following practitioners to our group contract effective 12/1/2026. CAQH
attestations are current.

  Dr. Anjali Mehra, Hematology/Oncology, NPI: 1815901396
  Dr. Caspian Thorne, Transplant Nephrology, NPI: 1337761740
  Priscilla Adeyemi, NP, Pediatric Hem/Onc, NPI: 1912845298

Full roster with licence, DEA and board certification dates attached.

Medical Staff Office, Ridgecrest University Medical Center
""",
        atts=(
            Att(
                "RCUMC_new_practitioners_2026-12.xlsx",
                XLSX,
                xlsx({
                    "Roster": [
                        ["Name", "Degree", "Specialty", "NPI", "DOB", "CO licence", "DEA"],
                        ["Mehra, Anjali", "MD", "Hem/Onc", "1815901396", "1984-02-11",
                         "DR.0067331", "BM4318920"],
                        ["Thorne, Caspian", "MD", "Nephrology", "1337761740", "1979-09-30",
                         "DR.0059812", "FT2739742"],
                        ["Adeyemi, Priscilla", "NP", "Peds Hem/Onc", "1912845298",
                         "1990-05-04", "APN.0112487", "MA5162831"],
                    ],
                    "Board": [
                        ["Name", "Board", "Certified", "Expires"],
                        ["Mehra, Anjali", "ABIM Medical Oncology", "2016", "2026-12-31"],
                        ["Thorne, Caspian", "ABIM Nephrology", "2012", "2027-12-31"],
                    ],
                }),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="marketing_list_segmented_by_condition",
        notes="Hard positive: marketing vendor gets a mailing list of named patients selected "
        "because they have heart failure; the list itself reveals the condition.",
        frm=f"Ridgecrest Marketing <marketing@{D}>",
        to="production@inkwellmailworks.com",
        subject="Mail file for the HF program postcard drop",
        body="""\
Hi Inkwell,

Mail file for the "Heart Failure Wellness Program" postcard is attached (first 5 rows
below so you can check the merge). Drop date 12/2, first class.

  first,last,address1,city,state,zip
  Arlo,Benedetti,88 Quarry View Rd,Canon City,CO,81212
  Maude,Featherstonhaugh,1412 W 9th St Apt 2,Pueblo,CO,81003
  Soren,Ilyasov,309 Piñon Ridge Ct,Ridgecrest,CO,81055
  ...

List pull: active patients seen in the Heart Failure Clinic in the last 18 months
(n = 2,318).

Bridget Kaczmarek
Marketing Manager
""",
        atts=(csv_att("HF_postcard_mailfile_1202.csv", [
            ["first", "last", "address1", "city", "state", "zip"],
            ["Arlo", "Benedetti", "88 Quarry View Rd", "Canon City", "CO", "81212"],
            ["Maude", "Featherstonhaugh", "1412 W 9th St Apt 2", "Pueblo", "CO", "81003"],
            ["Soren", "Ilyasov", "309 Piñon Ridge Ct", "Ridgecrest", "CO", "81055"],
            ["Delphine", "Osei-Bonsu", "17 Larch Ln", "Florence", "CO", "81226"],
        ]),),
    ),
    Spec(
        phi=False,
        category="marketing_community_newsletter",
        notes="Community health newsletter on flu, diabetes classes and a heart health talk; "
        "health topics with no individual.",
        frm=f"Ridgecrest Health News <news@{D}>",
        to="subscribers@lists.ridgecrestumc.org",
        subject="This month: flu shots, diabetes self-management classes, and heart health",
        body="",
        html="""\
<html><body style="font-family:Arial">
<h2>Ridgecrest Health News - December</h2>
<p><b>Flu and COVID shots:</b> walk-in clinics Saturdays 9-1 at the Outpatient Pavilion.</p>
<p><b>Living well with diabetes:</b> free 6-week class starts January 12. Learn about
A1c goals, carb counting and foot care. Call 555-0110 x5200 to register.</p>
<p><b>Ask the cardiologist:</b> Dr. Ines Abernathy talks blood pressure and salt on
January 20, 6 pm, Community Room.</p>
<p style="font-size:11px">You are receiving this because you subscribed at ridgecrestumc.org.
<a href="https://ridgecrestumc.org/unsubscribe">Unsubscribe</a></p>
</body></html>
""",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="grateful_patient_fundraising_list",
        notes="Hard positive: foundation sends a fundraising consultant a prospect list of former "
        "patients with their treating department and physician.",
        frm=f"Ridgecrest Foundation <foundation@{D}>",
        to="research@meridianphilanthropy.com",
        subject="wealth screening - grateful patient prospects batch 3",
        body="""\
Hi Aurelio, batch 3 for the screen. Same format as before. Please return capacity ratings
by 12/4 so we can prep the Cancer Center campaign visits.

Viveca Strandberg, Director of Major Gifts
""",
        atts=(
            Att(
                "GP_prospects_batch3.xlsx",
                XLSX,
                xlsx({
                    "Batch3": [
                        ["Name", "Home address", "Service line", "Physician", "Last visit"],
                        ["Cornelius Ashby-Ford", "12 Eagle Crest Dr, Ridgecrest CO 81055",
                         "Cancer Center - Hematologic malignancies", "Dr. Amundsen",
                         "2026-10-02"],
                        ["Philippa Drummond", "400 Aspen Glen, Salida CO 81201",
                         "Transplant Institute - liver", "Dr. Sorensen", "2026-09-18"],
                        ["Rutger van der Holt", "7 Mesa Verde Way, Ridgecrest CO 81055",
                         "Cancer Center - Breast", "Dr. Mehra", "2026-11-03"],
                    ],
                }),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="foundation_gala_logistics",
        notes="Gala logistics with donor table assignments; donors named as donors, no care.",
        frm=f"Viveca Strandberg <viveca.strandberg@{D}>",
        to="events@theashfordballroom.com",
        subject="Gala table map v4 + AV needs",
        body="""\
Hi Celine,

Table map v4 attached. Changes: table 3 is now the Kettleborough family (10), table 7 is the
Pinecrest Bank group, head table adds the Board Chair's spouse. Dietary: 14 vegetarian,
6 gluten-free, 2 kosher meals (tables 5 and 9).

AV: two lapel mics, the 90-second video about the new Infusion Center, and a podium light.

Viveca
""",
    ),
    Spec(
        phi=True,
        category="pet_therapy_visit_list",
        notes="Hard positive: volunteer coordinator sends an outside pet-therapy group a visit "
        "list with patient names, rooms and isolation status.",
        frm=f"Volunteer Services <volunteers@{D}>",
        to="visits@pawsforcomfortco.org",
        subject="Thursday visit list",
        body="""\
Hi Paws team! Thursday's list:

  4 North - rm 412 Mrs. Opal Abernathy (LOVES dogs, ask for Biscuit), NOTE contact
            precautions - gown + gloves, stay in doorway
  4 North - rm 420 Mr. Wendell Ruiz, hard of hearing, bed 2 by window
  Peds 3  - rm 318 Ruby Tan (age 7), mom asked for a small dog, she's post chemo so
            no visit if the dog has been sick this week

Please sign in at the volunteer office first. Thank you!!
Hollis Bramwell, Volunteer Services
""",
    ),
    Spec(
        phi=False,
        category="volunteer_orientation",
        notes="Volunteer orientation schedule mentioning HIPAA training and infection control; "
        "no patients.",
        frm=f"Volunteer Services <volunteers@{D}>",
        to="gretchen.a.lowry@gmail.com",
        cc="coordinators@pawsforcomfortco.org",
        subject="New handler orientation dates + TB/flu requirements",
        body="""\
Hi Gretchen, welcome aboard!

New handler orientation dates for January: 1/8, 1/15 (9:00-12:00). Requirements:
current flu vaccine (or mask), TB screening questionnaire, the 20-minute HIPAA privacy
module, and dog vaccination records (rabies, DHPP, bordetella). Dogs must be bathed within
24 h of a visit.

Hollis Bramwell, Volunteer Services
""",
    ),
    Spec(
        phi=True,
        category="diet_tray_outside_caterer",
        notes="Hard positive: kosher caterer gets a named patient's room and therapeutic diet "
        "details (renal, fluid restriction).",
        frm=f"Nutrition Services <nutrition@{D}>",
        to="orders@shalomkitchenco.com",
        subject="Kosher meals - rm 718 starting dinner today",
        body="""\
Hi Shalom Kitchen,

New kosher meal order starting tonight's dinner through discharge:

  Room 718, Mr. Avraham Chaudhry-Klein
  Diet: renal (2 g sodium, low potassium, low phosphorus), 1.2 L fluid restriction
  No dairy with meat (obviously), he requests glatt
  Texture: regular

Please label trays with room number + last name only. Deliver to the 7 South galley.

Nutrition Services
""",
    ),
    Spec(
        phi=False,
        category="facilities_water_shutdown",
        notes="Facilities notice of water shutdown in a building with unit names and times.",
        frm=f"Facilities Management <facilities@{D}>",
        to="service@mountainmechanical.com",
        subject="Confirm: domestic water shutdown Tower B, Sun 11/22 01:00-05:00",
        body="""\
Confirming the planned shutdown for the riser valve replacement:

  Tower B, floors 3-7 (4 North, 5 West, 6 North, 7 South, 7 East)
  Sunday 11/22, 01:00-05:00
  ICRA class III precautions on floor 5 ceiling access
  Dialysis in 7 East will run off the RO cart; no patient moves planned.

Contractor check-in at Facilities, badge office open from 00:30. Emergency contact:
on-call engineer 555-016-0444.

Facilities Management, Ridgecrest UMC
""",
    ),
    Spec(
        phi=False,
        category="grant_budget_subject_costs",
        notes="Hard negative: grant budget with per-subject visit costs and sample counts; no "
        "participant data.",
        frm=f"Grants & Contracts <grants@{D}>",
        to="budget.office@nih-partner-consortium.org",
        subject="Revised budget - subaward for pediatric leukemia MRD study",
        body="""\
Attached is the revised subaward budget.

  Subject visits: 40 participants x 6 visits x $350      $84,000
  Bone marrow MRD assays: 40 x 4 x $1,150                $184,000
  Research coordinator 0.5 FTE                             $41,600
  Indirect (F&A 56% MTDC)                                 $173,376

Participant payments are $50/visit. No PHI will be shared with the consortium; samples
are labelled with study codes only.

Rosalind Achebe, Grants & Contracts Officer
""",
    ),
    Spec(
        phi=False,
        category="policy_42cfr_part2_memo",
        notes="Hard negative: policy memo on 42 CFR Part 2 consent, with example scenarios using "
        "no real patient.",
        frm=f"Privacy Office <privacy@{D}>",
        to="compliance@ridgecrestbehavioral.org",
        subject="Part 2 changes - consent language for our shared SUD program",
        body="""\
Hi Gwen,

With the 2024 Part 2 final rule now enforced, our shared addiction medicine clinic can use
a single consent for treatment, payment and health care operations. Key points for your
staff:

 1. Records from the bridge clinic (buprenorphine starts, counseling notes) remain Part 2
    records; redisclosure notice still required.
 2. SUD counseling notes need separate consent, like psychotherapy notes.
 3. Breach notification now applies to Part 2 records the same way as HIPAA.

Example for training: "A patient in our bridge clinic asks us to share their treatment
with their employer's EAP" -> needs a written consent naming the EAP.

Leontyne Farrow, JD, CHPC
Chief Privacy Officer
""",
    ),
    Spec(
        phi=True,
        category="staff_forward_to_personal_census",
        notes="Staff forwards the unit census (names, rooms, diagnoses, code status) to a personal "
        "mailbox to finish a schedule at home.",
        frm=f"Delphine Arceneaux <delphine.arceneaux@{D}>",
        to="delphine.arceneaux@yahoo.com",
        subject="Fw: 6N census 11/17",
        body="sending to myself to do assigments tonight\n",
        forward=Spec(
            phi=True,
            category="staff_forward_to_personal_census",
            notes="inner",
            frm=f"6 North Charge <6north.charge@{D}>",
            to=f"6north-rns@{D}",
            subject="6N census 11/17",
            body="""\
601 Sorensen, Gudrun    82F  CHF exac, on lasix gtt        FULL
602 Pham, Bao           67M  COPD, BiPAP nights            DNR
604 Kilbride, Maeve     45F  pyelo, IV ceftriaxone         FULL
607 Adebayo, Folake     71F  s/p fall, R hip fx, pre-op    FULL
609 Lindqvist, Ture     90M  pneumonia, comfort care       DNR/DNI
612 Haddad, Sami        58M  DKA resolving, insulin sq     FULL
""",
        ),
    ),
    Spec(
        phi=False,
        category="daisy_award_announcement",
        notes="Award announcement naming a nurse; the nomination story has no identifiable "
        "patient.",
        frm=f"Nursing Excellence <nursing.excellence@{D}>",
        to="daisy@daisyfoundation-partners.org",
        cc=f"all-nursing@{D}",
        subject="November DAISY honoree: Tamika Rhodes, RN (Pediatric Oncology)",
        body="""\
We're proud to share that Tamika Rhodes, RN, of Pediatric Oncology (3 West) is our
November DAISY honoree. From the nomination, written by a family:

  "She sat with our son during every dressing change and made a game of it. She learned
  his favourite dinosaur and drew it on his tape every time."

Celebration on 3 West, Friday 11/20 at 14:00 - cinnamon rolls provided.

Nursing Excellence Council
""",
    ),
    Spec(
        phi=False,
        category="it_phishing_warning",
        notes="IT security alert about a phishing campaign pretending to be the EHR; no patients.",
        frm=f"Information Security <infosec@{D}>",
        to="soc@sentinelguard-mssp.com",
        cc=f"all-staff@{D}",
        subject="PHISHING ALERT: fake 'Epic password expiring' emails",
        body="""\
We are seeing a phishing campaign with the subject "Your Epic password expires today".
The link goes to ridgecrest-umc-login[.]com (NOT our site). Do not click it.

If you entered your password: call the Service Desk at 555-0110 x4357 now so we can
reset it and check your mailbox rules.

Information Security
""",
    ),
    Spec(
        phi=False,
        category="device_recall_inventory",
        notes="Hard negative: vendor recall notice with lot numbers and device serial numbers of "
        "units still in supply stock (never implanted).",
        frm=f"Supply Chain - Recalls <recalls@{D}>",
        to="fieldaction@corvanticmedical.com",
        subject="Recall FA-2026-118 response: 9 units in stock quarantined",
        body="""\
Corvantic field action team,

Response form for FA-2026-118 (infusion pump battery module). We located 9 affected units,
all in Biomed stock, none in clinical use:

  Serial      Lot        Location
  CVP8841027  L2604A     Biomed cage 2
  CVP8841033  L2604A     Biomed cage 2
  CVP8841102  L2604B     Central supply
  ...(6 more in attached form)

Please send RMA labels. Contact: Biomed manager Yuri Castellanos, 555-016-7781.

Supply Chain Recalls Coordinator
""",
    ),
    Spec(
        phi=True,
        category="patient_ride_voucher",
        notes="Ride vendor request with patient name, home address, phone and dialysis schedule.",
        frm=f"Social Work <socialwork@{D}>",
        to="healthrides@roundtriprides.com",
        subject="Standing rides - MWF dialysis, new patient",
        body="""\
Please set up standing round trips starting Mon 11/23:

  Rider: Anneke Brouwer-Salas, uses a walker (no wheelchair needed)
  Pickup: 2290 Sagebrush Trail, Unit B, Ridgecrest - call on arrival 555-017-3308
  To: Clearwater Dialysis, 600 Hollis Ave - chair time 11:00, pickup at 15:15
  Days: Mon / Wed / Fri

Bill to Ridgecrest UMC social work account RT-0418.

Imogen Farrelly, LCSW
""",
    ),
    Spec(
        phi=False,
        category="student_rotation_schedule",
        notes="Nursing student rotation assignments with student names and preceptors; education.",
        frm=f"Clinical Education <clinical.education@{D}>",
        to="clinicalplacements@ridgecrestcc.edu",
        subject="Spring 2027 rotation confirmations (8 students)",
        body="""\
Confirmed spring placements (Tue/Wed 0645-1915):

  Student            Unit       Preceptor
  Alyssa Brandt      5 West     Marcus Lee, RN
  Devontae Price     6 North    Jolene Whitacre, RN
  Mei-Lin Zhou       NICU       Shayla Moncrief, RN
  Oskar Nyberg       7 South    Priya Raman, RN
  (4 more in the attached sheet)

Students need badge photos, N95 fit testing and the Epic student class by 1/8.

Clinical Education
""",
        atts=(csv_att("spring2027_rotations.csv", [
            ["student", "unit", "preceptor", "start"],
            ["Alyssa Brandt", "5 West", "Marcus Lee", "2027-01-12"],
            ["Devontae Price", "6 North", "Jolene Whitacre", "2027-01-12"],
            ["Mei-Lin Zhou", "NICU", "Shayla Moncrief", "2027-01-13"],
            ["Oskar Nyberg", "7 South", "Priya Raman", "2027-01-13"],
            ["Beatriz Solano", "4 North", "Ana Ortiz", "2027-01-12"],
            ["Kwame Boateng", "ED", "Liam Rourke", "2027-01-13"],
            ["Hana Sato", "3 West", "Tamika Rhodes", "2027-01-12"],
            ["Ruben Acosta", "MICU", "Dana Whitfield", "2027-01-13"],
        ]),),
    ),
    Spec(
        phi=False,
        category="conference_abstract_case_series",
        notes="Hard negative: conference abstract with case-series outcomes, ages as ranges and "
        "percentages; no identifiable individual.",
        frm=f"Dr. Caspian Thorne <caspian.thorne@{D}>",
        to="abstracts@americantransplantcongress.org",
        subject="Abstract submission #ATC27-1188 - corrected author list",
        body="""\
Dear committee, corrected author list and final text below.

Title: Early belatacept conversion after delayed graft function: a single-center series
Methods: Retrospective review of 64 deceased-donor kidney recipients (2021-2025) with DGF,
age 24-71 (median 52), converted from tacrolimus to belatacept within 90 days.
Results: 12-month eGFR improved from 38 to 51 mL/min/1.73m2 (p<0.01). Biopsy-proven acute
rejection 9.4%. No PTLD. Two graft losses (3.1%).
Conclusion: Early conversion is feasible in selected DGF recipients.

Authors: C. Thorne, M. Olander, A. Brightwater, R. Sorensen

Caspian Thorne, MD
""",
    ),
    Spec(
        phi=False,
        category="drug_rep_lunch_and_learn",
        notes="Pharma rep lunch scheduling with drug names and indications; no patients.",
        frm=f"Oncology Clinic Admin <onc.clinic.admin@{D}>",
        to="k.ferraro@vantellis-pharma.com",
        subject="RE: lunch & learn on the new ADC - 12/9 works",
        body="""\
Hi Kristen, 12/9 at 12:15 works for the clinic staff lunch. Conference room 2B, expect
18-20 people. Reminder of our policy: no branded items, meal value under $30/person, and
the content must stay on-label (HER2-low metastatic breast cancer). Please send the
speaker's name for our vendor credentialing system by 12/2.

Renata Galloway, Clinic Operations Manager
""",
    ),
    Spec(
        phi=False,
        category="staff_vaccination_compliance_aggregate",
        notes="Hard negative: employee flu vaccination compliance by department with counts and "
        "declination rates; aggregate workforce data.",
        frm=f"Employee Health <employee.health@{D}>",
        to="hai.reporting@state-health.co.gov",
        subject="NHSN HCP influenza vaccination summary - 2026-27 season to date",
        body="""\
Summary for NHSN HCP influenza module (to 11/15):

  Category                      Total HCP   Vaccinated   Med. contraindication   Declined
  Employees                     8,412       7,903        61                      448
  Licensed independent pract.   1,106       1,071        4                       31
  Adult students/trainees       640         628          2                       10
  Other contract personnel      912         801          9                       102

Overall rate 93.6%.

Employee Health Services
""",
    ),
    Spec(
        phi=True,
        category="employee_assistance_referral_patient",
        notes="Hard positive: social worker asks an outside EAP to reach out to a patient's wife "
        "after his overdose admission; Part 2 type content about a named patient.",
        frm=f"Imogen Farrelly <imogen.farrelly@{D}>",
        to="intake@summitlifeeap.com",
        subject="outreach request for a family member",
        body="""\
Hello,

Our patient Kevin Doyle-Marchand was admitted after an opioid overdose on 11/14 and
started buprenorphine in our bridge clinic before discharge. His wife Alana, who is an
employee of one of your client companies (Pinecrest Bank), asked for counseling support
for herself and their teenage son. She consented to this referral; her cell is
555-016-9012.

Imogen Farrelly, LCSW
""",
    ),
    Spec(
        phi=True,
        category="support_group_list_exposed_recipients",
        notes="Hard positive: group reminder for an alcohol-use recovery group sent with all "
        "members' personal addresses in To: instead of Bcc; the addresses plus the group's "
        "purpose identify patients in SUD treatment.",
        frm=f"Addiction Medicine Clinic <addiction.medicine@{D}>",
        to="rgallardo1971@gmail.com, tessmcbride.home@yahoo.com, dwayne.okafor22@outlook.com, "
        "lena.p.strand@icloud.com, bigsky.marty@hotmail.com",
        subject="Tuesday recovery group moves to room 2C",
        body="""\
Hi everyone,

Reminder that starting this Tuesday (11/24) our evening alcohol recovery support group
meets in room 2C of the Outpatient Pavilion instead of the chapel, same time (6:00 PM).
Naltrexone refills can be picked up from the clinic nurse before group.

See you there,
Corinne Hastings, LCSW, LAC
Addiction Medicine Clinic
""",
    ),
    Spec(
        phi=False,
        category="ehr_downtime_notice_partners",
        notes="Planned EHR downtime notice to affiliated partners with times and fax numbers.",
        frm=f"IS Communications <is.communications@{D}>",
        to="partners@lists.ridgecrestumc.org",
        subject="Planned Epic downtime Sun 12/6 00:30-04:30 - partner portal also down",
        body="""\
Affiliated partners (SNFs, hospices, home health, referring practices):

Epic and the Ridgecrest Link partner portal will be unavailable Sunday 12/6, 00:30 to
04:30 Mountain. During downtime:
  - Referrals: fax to 555-0110 x8810
  - Discharge summaries will be sent after the portal returns
  - Urgent results: call the transfer center, 555-0110 x7700

IS Communications, Ridgecrest University Medical Center
""",
    ),
]
