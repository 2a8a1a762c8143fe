"""Devset5: oncology, infusion, transplant, NICU, research, interpreters, chaplaincy, SW."""

from __future__ import annotations

from _att import DOCX, Att, Spec, csv_att, docx, pdf, png, txt, xlsx

D = "ridgecrestumc.org"

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="home_infusion_handoff",
        notes="Patient named with chemo regimen, pump disconnect time and home address sent to "
        "home-infusion vendor.",
        frm=f"Lorna Petrakis <lorna.petrakis@{D}>",
        to="intake@brightpathinfusion.com",
        subject="Pump disconnect Thurs - new start",
        body="""\
Hi Brightpath team,

New start for you from our infusion center:

Patient: Winifred Oyelaran-Marsh
Regimen: FOLFOX C1 (5-FU 2400 mg/m2 over 46 h via CADD pump)
Pump hookup: Tues 11/17 ~10:30 in chair 12
Disconnect needed: Thurs 11/19 at home, approx 08:30
Address: 2207 Juniper Hollow Rd, Apt 3, Ridgecrest
Best phone: (555) 014-3382 (daughter Tamsin answers most days)

Port is a right chest PowerPort, accessed with 20g 3/4 in needle. She is fine with the
nurse doing the flush + heparin lock.

Thanks!
Lorna Petrakis, RN, OCN
Infusion Center Charge Nurse | Ridgecrest University Medical Center
p 555-0110 x4471
""",
    ),
    Spec(
        phi=True,
        category="infusion_chair_swap_text_style",
        notes="Hard positive: lower-case chat-style note to a personal mailbox; patient is only "
        "'mrs dunleavy' plus chair time and a reaction to her infusion, no ID numbers.",
        frm=f"Kenji Albright <kenji.albright@{D}>",
        to="kenji.albright88@gmail.com",
        subject="notes for tmrw",
        body="""\
note to self bc epic is down on the laptop

- mrs dunleavy had the rigors w/ her rituxan again today, slowed to 50mg/hr, gave
  demerol 12.5 x1. she wants her 2nd half of the cycle moved to fri, call her back
- check w pharm re premed change (add hydrocort 100)
- mr k in 9 needs his parking validated lol

k
""",
    ),
    Spec(
        phi=False,
        category="drug_shortage_bulletin",
        notes="Hard negative: drug names, doses and dose-rounding rules, but a pharmacy bulletin "
        "about supply with no individual patient.",
        frm=f"Ridgecrest Oncology Pharmacy <onc.pharmacy@{D}>",
        to="oncology-affiliates@lakesideoncology.net",
        cc=f"pharmacy-buyers@{D}",
        subject="Carboplatin / cisplatin supply update - dose rounding in effect through 12/31",
        body="""\
Affiliate partners,

Our wholesaler allocation for carboplatin 450 mg/45 mL vials is at 60% of usual through
December. Until further notice:

  * Carboplatin doses are rounded to the nearest 50 mg when within 10% of the calculated
    AUC dose (AUC 5 and AUC 6 orders).
  * Cisplatin 100 mg vials: use 50 mg vials where possible; no change to hydration orders.
  * Please do not stockpile; transfer requests go through onc.pharmacy@ridgecrestumc.org.

Stock on hand (all sites): carboplatin 184 vials, cisplatin 96 vials, etoposide normal.

Questions: Deepa Raghunathan, PharmD, BCOP - Oncology Pharmacy Manager, 555-0110 x4602
""",
    ),
    Spec(
        phi=True,
        category="transplant_crossmatch_result",
        notes="Hard positive: recipient identified only by initials and date of birth, with a "
        "crossmatch result and OR timing.",
        frm=f"Transplant Coordinator On Call <txcoord@{D}>",
        to="lab@midplainshla.org",
        subject="FW: final XM - proceed?",
        body="""\
Confirming for your log: flow crossmatch for recipient R.T.V. (DOB 03/14/1961) against
donor UNOS ID ADGF442 came back T- and B-negative. Dr. Sorensen has accepted, OR planned
for 02:00. Please hold the residual serum.

Marguerite Olander, RN, CCTC
Kidney/Pancreas Transplant Coordinator
""",
    ),
    Spec(
        phi=False,
        category="transplant_quality_dashboard",
        notes="Hard negative: transplant program metrics with counts, percentages and month "
        "dates; aggregate only.",
        frm=f"Anselm Brightwater <anselm.brightwater@{D}>",
        to="qapi@midplainsorganbank.org",
        subject="Q3 kidney program numbers for the OPO joint meeting",
        body="""\
Hi all, ahead of Thursday's joint QAPI:

Q3 2026 (Jul-Sep)
- Deceased donor kidney transplants: 41 (Q2: 37)
- Living donor: 12
- Median cold ischemia time: 14.2 h
- Delayed graft function: 22%
- 1-year graft survival (rolling cohort): 95.8%
- Offers declined for organ quality: 63

The organ discard discussion is on slide 6. I'll bring the SRTR comparisons.

Anselm Brightwater, MHA
Transplant Quality Program Manager
""",
        atts=(
            Att(
                "Q3_kidney_program_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGECREST UNIVERSITY MEDICAL CENTER - TRANSPLANT INSTITUTE",
                        "Kidney Program Quarterly Summary, Q3 2026",
                        "",
                        "Transplants (deceased / living): 41 / 12",
                        "Median cold ischemia time: 14.2 h",
                        "Delayed graft function: 22%",
                        "Waitlist size at quarter end: 418",
                        "Median time to transplant (months): 31",
                        "",
                        "Prepared for the OPO joint QAPI meeting. Aggregate data only.",
                    ],
                    "Q3 kidney program summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="nicu_parent_photo",
        notes="Hard positive: the baby's name is only in the image file names; the body is a "
        "nurse's friendly update about his respiratory support to a parent's personal mailbox.",
        frm=f"Shayla Moncrief <shayla.moncrief@{D}>",
        to="rosario.alvarez.fam@yahoo.com",
        subject="pics from today!!",
        body="""\
Hi mom! As promised, a couple of pictures from this afternoon. He was so alert after his
bath and he tolerated the whole feed by bottle. Off CPAP since 1 pm, just on 1L nasal
cannula now. See you at 7 :)

Shayla
NICU Pod C
""",
        atts=(
            Att("Alvarez_Mateo_NICU_day12_bath.png", "image/png", png(6, 4, (236, 200, 180))),
            Att("Alvarez_Mateo_NICU_day12_bottle.png", "image/png", png(6, 4, (220, 190, 170))),
        ),
    ),
    Spec(
        phi=False,
        category="nicu_census_aggregate",
        notes="Hard negative: NICU census with gestational ages and counts by level; no infant "
        "identified.",
        frm=f"Dr. Oksana Veretenko <oksana.veretenko@{D}>",
        to="perinatal-network@statepqc.org",
        subject="November NICU capacity for regional transfer planning",
        body="""\
Colleagues,

For the regional transfer call tomorrow, our NICU numbers as of this morning:

Level IV beds: 48 staffed, 44 occupied
  <28 weeks GA: 9
  28-31+6 weeks: 14
  32-36+6 weeks: 15
  term infants (surgical/cardiac): 6
On ECMO: 1
On high-frequency ventilation: 4

We can accept 2 transfers >= 30 weeks today; below that please call the transport line
first at (555) 011-2770, option 2.

Oksana Veretenko, MD
Medical Director, Neonatal Intensive Care Unit
""",
    ),
    Spec(
        phi=True,
        category="research_sae_report",
        notes="Serious adverse event report to the sponsor with subject number, initials, birth "
        "date and a grade 4 event.",
        frm=f"Pradeep Wanigasekara <pradeep.wanigasekara@{D}>",
        to="safety@helixaris-therapeutics.com",
        cc=f"irb@{D}",
        subject="SAE initial report - Protocol HXA-301 Site 114",
        body="""\
Please find the initial SAE report attached. Site 114 became aware 11/16/2026 at 15:40.

Event: febrile neutropenia, CTCAE grade 4, hospitalization required
Study day: C2D9
Investigator causality: possibly related to study drug

Follow-up to come once cultures finalize.

Pradeep Wanigasekara, CCRP
Clinical Research Coordinator II, Oncology Clinical Trials Office
""",
        atts=(
            Att(
                "HXA-301_114-0032_SAE_initial.docx",
                DOCX,
                docx(
                    [
                        "HXA-301 SERIOUS ADVERSE EVENT REPORT - INITIAL",
                        "Site: 114 Ridgecrest University Medical Center  PI: Dr. Celeste Amundsen",
                        "Subject number: 114-0032   Initials: K-L-M   Date of birth: 22-JUL-1958",
                        "Sex: F   Weight: 61.4 kg",
                        "Event term: Febrile neutropenia  Onset: 14-NOV-2026  Grade: 4",
                        "ANC 0.08 x10^9/L, Tmax 39.2 C; admitted 14-NOV-2026 to 7 East",
                        "Treatment: cefepime 2 g IV q8h, filgrastim 480 mcg SC daily",
                        "Study drug held; dose level -1 planned upon recovery",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="research_enrollment_metrics",
        notes="Hard negative: trial enrolment numbers by site with subject-number ranges only as "
        "screening counts; no individual's data.",
        frm=f"Oncology Clinical Trials Office <octo@{D}>",
        to="cra.team@parallaxcro.com",
        subject="RE: HXA-301 monthly enrollment - Site 114",
        body="""\
Hi Ines,

November to date for Site 114:
  Screened: 9   Screen failures: 3 (2 ECOG, 1 baseline labs)   Randomized: 6
  Cumulative randomized: 31 of 35 target

Next monitoring visit works for us 12/8-12/9; we'll need the remote EMR access set up
again for your new CRA. Please send her name and the signed confidentiality form ahead.

Regards,
Anneliese Varga, MS
Research Program Manager

> From: Ines Carvalho <ines.carvalho@parallaxcro.com>
> Could you send the November enrollment figures and confirm dates for the next IMV?
""",
    ),
    Spec(
        phi=True,
        category="research_consent_followup",
        notes="Hard positive: a coordinator writes to a participant's personal email about her "
        "re-consent visit and lab draw; the study name reveals her condition.",
        frm=f"Pradeep Wanigasekara <pradeep.wanigasekara@{D}>",
        to="bev.lindqvist62@outlook.com",
        subject="Updated consent form before your next visit",
        body="""\
Dear Ms. Lindqvist,

Thank you for talking with me on the phone today. As we discussed, the sponsor of the
RESOLVE-Myeloma study has updated the consent form to add information about a new
possible side effect (blurred vision). Before your cycle 5 visit on Monday, November 23
at 9:00 AM, please read the attached summary. We will go through the full form together
and you can ask Dr. Amundsen any questions before your daratumumab infusion.

Please still come fasting for the research blood draw.

Kind regards,
Pradeep Wanigasekara
Clinical Research Coordinator | 555-0110 x4688
""",
        atts=(txt("RESOLVE_consent_v4_summary_of_changes.txt",
                  "Summary of changes, consent version 4.0 (dated 2026-10-30):\n"
                  "- Section 6 adds blurred vision (uncommon, 1 in 60 participants).\n"
                  "- Section 9 updates the sponsor contact telephone number.\n"),),
    ),
    Spec(
        phi=False,
        category="research_consent_template",
        notes="Hard negative: blank consent template with placeholder fields for participant "
        "name, DOB and MRN sent to the IRB reliance office.",
        frm=f"Anneliese Varga <anneliese.varga@{D}>",
        to="reliance@cedarstateirb.org",
        subject="Site-specific consent template for HXA-301 (tracked + clean)",
        body="""\
Hello,

Attached is our site-specific language inserted into the sponsor template for HXA-301,
per our reliance agreement. Changes are limited to the injury compensation paragraph,
local contact numbers, and the HIPAA authorization section.

Thanks,
Anneliese
""",
        atts=(
            Att(
                "HXA-301_consent_site114_v2_clean.docx",
                DOCX,
                docx(
                    [
                        "RIDGECREST UNIVERSITY MEDICAL CENTER",
                        "CONSENT TO PARTICIPATE IN RESEARCH AND AUTHORIZATION TO USE PHI",
                        "Participant name: ______________________  Date of birth: ___/___/_____",
                        "Medical record number: ______________",
                        "If you are injured as a result of being in this study, call "
                        "555-0110 x4600 (24 hours).",
                        "Signature of participant: __________________  Date: __________",
                        "Signature of person obtaining consent: __________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="interpreter_request",
        notes="Hard positive: interpreter booking names the patient, the unit and the procedure "
        "consent; written like a routine logistics request.",
        frm=f"Interpreter Services <interpreters@{D}>",
        to="dispatch@lingoridge.com",
        subject="Mam interpreter needed today 2pm - L&D",
        body="""\
Hi dispatch,

Our staff Mam interpreter is out. Can you send someone in person (not VRI, patient is
hard of hearing) for:

  When: today 11/18, 14:00, approx 60 min
  Where: Labor & Delivery, room 5
  Patient: Sra. Ermelinda Quiej Tum
  Purpose: consent for repeat cesarean + tubal ligation discussion with Dr. Haddad

Badge pickup at the main security desk. PO 88213.

Thanks,
Farida Nasser
Interpreter Services Coordinator
""",
    ),
    Spec(
        phi=False,
        category="interpreter_vendor_invoice",
        notes="Hard negative: interpreter invoice reconciliation with minutes by language and "
        "month, dollar amounts and PO numbers; no patient.",
        frm=f"Farida Nasser <farida.nasser@{D}>",
        to="billing@lingoridge.com",
        subject="October invoice LR-2026-1187 - two line items don't match our log",
        body="""\
Hi Corinne,

Going through invoice LR-2026-1187 (October). Totals by language agree except:

  Language      Your minutes   Our log   Diff
  Spanish VRI   18,420         18,420    0
  Arabic OPI    2,310          2,190     120
  K'iche' OPI   640            520       120
  ASL onsite    74 h           74 h      0

The two 120-minute differences look like the 10/21 outage when calls got re-routed.
Please issue a credit memo for 240 minutes at the OPI rate ($0.89/min) and we'll pay the
balance on PO 88213.

Farida Nasser, CHI
Interpreter Services Coordinator | 555-0110 x2150
""",
        atts=(csv_att("October_interp_minutes_by_language.csv", [
            ["language", "modality", "minutes", "sessions"],
            ["Spanish", "VRI", "18420", "1211"],
            ["Arabic", "OPI", "2190", "96"],
            ["K'iche'", "OPI", "520", "19"],
            ["Vietnamese", "OPI", "1330", "71"],
            ["ASL", "onsite", "4440", "38"],
        ]),),
    ),
    Spec(
        phi=True,
        category="chaplain_parish_visit_request",
        notes="Hard positive: chaplain asks a parish to send a priest; patient named, unit given "
        "and end-of-life status implied; no codes or numbers.",
        frm=f"Chaplain Rev. Obadiah Kettering <obadiah.kettering@{D}>",
        to="office@stbrendanparish.org",
        subject="Request for a priest - 6 North tonight",
        body="""\
Good afternoon,

One of your parishioners, Eleanor Whitcombe, is with us on 6 North (room 614) and has
asked for the anointing of the sick. The family is gathering this evening and the team
has moved to comfort measures, so sooner would be better - ideally before 8 pm.

Father Dominic can come straight up; the unit clerk will know he's expected. My cell
tonight is (555) 014-7332 if anything changes.

Peace,
Rev. Obadiah Kettering, BCC
Staff Chaplain, Spiritual Care
""",
    ),
    Spec(
        phi=False,
        category="chaplaincy_oncall_schedule",
        notes="Hard negative: staff chaplain on-call rota with names, cell numbers and dates; "
        "workforce information only.",
        frm=f"Spiritual Care <spiritualcare@{D}>",
        to="volunteers@ridgecrestinterfaith.org",
        subject="December on-call chaplain schedule + holiday services",
        body="""\
Friends,

December on-call (overnight 17:00-08:00):

  Dec 1-7    Rev. Obadiah Kettering     (555) 014-7332
  Dec 8-14   Imam Yusuf Halloran        (555) 014-7339
  Dec 15-21  Rabbi Naomi Feldstein      (555) 014-7330
  Dec 22-28  Chaplain Grace Nakagawa    (555) 014-7345
  Dec 29-31  Rev. Obadiah Kettering     (555) 014-7332

Blue Christmas service: Dec 17, 12:15, main chapel. Hanukkah candle lighting in the
atrium Dec 15-22 at 16:30. Volunteer sign-up sheet is at the chapel door.

Spiritual Care Department
Ridgecrest University Medical Center
""",
    ),
    Spec(
        phi=True,
        category="snf_placement_referral",
        notes="Social work placement referral to a skilled nursing facility with name, DOB, "
        "diagnoses and therapy needs in a DOCX.",
        frm=f"Imogen Farrelly <imogen.farrelly@{D}>",
        to="admissions@willowbendcare.com",
        subject="Referral for SNF bed - possible d/c Friday",
        body="""\
Hi Darnell,

Sending a referral for a patient who could be ready for discharge Friday. Packet
attached (face sheet, PT/OT notes to follow in Allscripts Careport). Medicare A, no
3-day issue (admitted 11/12). Please let me know about bed availability by tomorrow noon.

Imogen Farrelly, LCSW
Case Management / Social Work, 5 West
555-0110 x3319
""",
        atts=(
            Att(
                "SNF_referral_Castellanos_H.docx",
                DOCX,
                docx(
                    [
                        "Ridgecrest University Medical Center - Post-Acute Referral",
                        "Name: Hector Castellanos   DOB: 09/02/1944   MRN: 40281736",
                        "Admit date: 11/12/2026   Attending: Dr. Lucia Brennan (Hospitalist)",
                        "Dx: Left hip fracture s/p ORIF 11/13; type 2 diabetes; CKD stage 3a",
                        "Needs: PT/OT daily, WBAT LLE, insulin glargine 18 units qHS",
                        "Medicare MBI: 4TW7-HJ2-RK58   Secondary: AARP supplement",
                        "Contact: son Rafael Castellanos (555) 014-8820",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dme_order_hospital_bed",
        notes="Hard positive: DME delivery request names the patient, delivery address and oxygen "
        "flow rate; reads like a logistics note.",
        frm=f"Imogen Farrelly <imogen.farrelly@{D}>",
        to="orders@summitrehabsupply.com",
        subject="delivery by Thurs pls - bed + O2",
        body="""\
Can you get these to the house before Thursday 3pm? sorry for the short
notice, just found out today. He goes home Thursday afternoon.

- semi-electric hospital bed w/ half rails + pressure-redistribution mattress
- O2 concentrator, 2 L/min via NC continuous, plus 4 E-cylinders for appts
- 3-in-1 commode

Deliver to: Gideon Farris, 418 Larkspur Ct, Ridgecrest. Wife Bettina will be home, her
number is 555-014-9220. Face-to-face note and order signed by Dr. Brennan attached in
the portal.

thx - Imogen
""",
    ),
    Spec(
        phi=False,
        category="dme_vendor_po",
        notes="Hard negative: purchase order for oxygen concentrators and beds with serial "
        "number ranges for assets the hospital owns; no patient.",
        frm=f"Supply Chain - Capital <supplychain@{D}>",
        to="orders@summitrehabsupply.com",
        subject="PO 4500023118 - loaner pool replenishment",
        body="""\
Please process PO 4500023118 for our discharge loaner pool:

  Qty  Item                                         Unit      Ext
  12   Oxygen concentrator 5L (model OC-5)          $612.00   $7,344.00
  6    Semi-electric bed, full rails                $1,140.00 $6,840.00
  20   Wheelchair 18in, swing-away footrests        $189.00   $3,780.00

Asset tags RCU-DME-04410 to RCU-DME-04447 are pre-assigned; please record device serials
against them on the packing slip. Deliver to Dock 3, 1400 Medical Center Pkwy.

Thank you,
Ravi Subramaniam, Buyer II
""",
    ),
    Spec(
        phi=True,
        category="hospice_referral_subject_line",
        notes="Hard positive: the whole referral is in the subject line (name, age, cancer, wife's "
        "phone); the body is two lines with a room number.",
        frm=f"Dr. Sunniva Hallorann <sunniva.hallorann@{D}>",
        to="referrals@gentlewatershospice.org",
        subject="Beaumont, Harold 88yo - met pancreatic ca, declining more chemo - hospice eval "
        "pls, wife Joan 555-014-2276",
        body="""\
see subj - he's in 714 (7 East). d/c hopefully fri 11/20 if you can take him, they want
to be home. oxycodone ER 20 q12 + 5 prn, pain ok.

thx - Sunniva
Palliative Medicine
""",
    ),
    Spec(
        phi=False,
        category="hospice_partner_education",
        notes="Hard negative: education invitation about hospice eligibility criteria with "
        "diagnoses, PPS scores and prognosis language; no patient.",
        frm=f"Dr. Sunniva Hallorann <sunniva.hallorann@{D}>",
        to="clinical-liaisons@gentlewatershospice.org",
        subject="Joint CE session 12/10: hospice eligibility in advanced heart failure and COPD",
        body="""\
Hi all,

We're set for the joint CE session:

  Wed 12/10, 12:00-13:00, Ridgecrest Education Center room B / Teams
  Topic: Hospice eligibility beyond cancer - NYHA IV heart failure, COPD with FEV1 < 30%,
  PPS <= 50%, recurrent hospitalizations, and documenting decline for the face-to-face.
  1.0 CE contact hour (nursing) approved.

Case vignettes will be fictionalized composites. Please forward to your liaisons.

Sunniva
""",
        ics="""\
BEGIN:VCALENDAR
PRODID:-//Ridgecrest UMC//Outlook 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:d5-ce-hospice-20261210@ridgecrestumc.org
DTSTAMP:20261116T150000Z
DTSTART:20261210T180000Z
DTEND:20261210T190000Z
SUMMARY:Joint CE: hospice eligibility in HF and COPD
LOCATION:Education Center Room B / Teams
ORGANIZER;CN=Sunniva Hallorann:mailto:sunniva.hallorann@ridgecrestumc.org
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=True,
        category="family_meeting_invite",
        notes="Hard positive: the only identifying content is in the calendar invite: surname, "
        "first name and 'goals of care' meeting; the body is one line.",
        frm=f"Imogen Farrelly <imogen.farrelly@{D}>",
        to="pmbaptiste.home@gmail.com",
        cc=f"sunniva.hallorann@{D}",
        subject="Invitation: family meeting Thursday",
        body="Sending the invite for Thursday as we discussed on the phone. - Imogen\n",
        ics="""\
BEGIN:VCALENDAR
PRODID:-//Ridgecrest UMC//Outlook 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:d5-fammtg-8841@ridgecrestumc.org
DTSTAMP:20261116T160000Z
DTSTART:20261119T210000Z
DTEND:20261119T220000Z
SUMMARY:Family meeting - BAPTISTE\\, Louis - goals of care / code status (MICU 12)
LOCATION:MICU family conference room\\, 3rd floor
DESCRIPTION:Attendees: Dr. Hallorann (palliative)\\, Dr. Wexford (MICU)\\, Imogen F
 arrelly LCSW\\, Chaplain Nakagawa. Daughter Pierre-Marie calling in from Montreal.
ORGANIZER;CN=Imogen Farrelly:mailto:imogen.farrelly@ridgecrestumc.org
ATTENDEE;CN=pmbaptiste.home@gmail.com:mailto:pmbaptiste.home@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=False,
        category="simulation_lab_scenario",
        notes="Hard negative: a simulation scenario for a manikin with a fictional patient name, "
        "DOB, MRN and vitals; training material, not a person.",
        frm=f"Sim Center <simcenter@{D}>",
        to="nursing.faculty@ridgecrestcc.edu",
        subject="Scenario packet for your cohort - sepsis recognition (SimMan)",
        body="""\
Hi Professor Lindahl,

Attached is the scenario packet for your students' session on 12/2. The "patient" is our
SimMan 3G profile. The fake chart in our training EHR uses the name PATIENT, SIMULATION
(aka "Mr. Pat Sims"), MRN SIM000417, DOB 01/01/1950 - please tell students it will
appear on the wristband and labels so they don't think it's a real chart.

Sim Center | Ridgecrest University Medical Center
""",
        atts=(
            Att(
                "sepsis_scenario_SimMan_v3.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGECREST SIMULATION CENTER - SCENARIO 14: EARLY SEPSIS",
                        "Simulated patient: Pat Sims (manikin), 76 y, SIM000417",
                        "History: fictional - UTI, confusion x 1 day, on metformin",
                        "Initial vitals: T 38.9 C, HR 118, BP 92/54, RR 24, SpO2 93% RA",
                        "Expected actions: lactate, blood cultures x2, 30 mL/kg crystalloid,",
                        "  broad-spectrum antibiotics within 1 hour, reassess at 3 hours",
                        "Debrief: recognition of qSOFA, escalation to rapid response",
                    ],
                    "Scenario 14 early sepsis",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient_relations_complaint_response",
        notes="Letter to a complainant's personal email about her husband's ED visit and the "
        "delayed antibiotic, naming him.",
        frm=f"Patient Relations <patientrelations@{D}>",
        to="marjorie.tellefsen@icloud.com",
        subject="Your concerns about the Emergency Department - case PR-26-0719",
        body="""\
Dear Mrs. Tellefsen,

Thank you for sharing your concerns about your husband Arvid's visit to our Emergency
Department on October 29. We reviewed the care he received with the ED nursing and
physician leadership.

You were right that there was a delay of almost three hours between his arrival with a
fever of 103 and the first dose of antibiotics for his pneumonia. The team has reviewed
the triage process that evening. I am sorry this happened, and glad to hear he has
recovered at home.

If you would like to meet with the ED medical director, please reply or call me.

Sincerely,
Colette Amadi
Patient Relations Specialist, 555-0110 x1000
""",
    ),
    Spec(
        phi=False,
        category="patient_relations_trend_report",
        notes="Hard negative: complaint trend report with categories, counts and de-identified "
        "verbatim snippets; no individual identifiable.",
        frm=f"Colette Amadi <colette.amadi@{D}>",
        to="consultants@clearvoicepx.com",
        subject="Q3 grievance themes for the board deck",
        body="""\
Hi Jonah,

Q3 grievance and complaint themes (n = 212):
  Communication / courtesy         61
  Wait times (ED, infusion)        48
  Billing                          37
  Discharge planning               29
  Food / environment               21
  Other                            16

Representative comments (de-identified, unit names removed):
  "Nobody told us the scan was cancelled until we had waited two hours."
  "The nurse on nights was wonderful, but the call light went unanswered."

We closed 91% within 7 days (CMS standard). Draft slide attached for your edits.

Colette
""",
    ),
    Spec(
        phi=True,
        category="genetic_counseling_cascade",
        notes="Hard positive: genetic result of a named relative (sister) shared with an outside "
        "genetic counselor to arrange cascade testing.",
        frm=f"Tove Haraldsen <tove.haraldsen@{D}>",
        to="gc@coastalcancergenetics.com",
        subject="cascade testing - sister of our proband",
        body="""\
Hi Noor,

Following up on our call: our patient Marisol Quintero-Baca tested positive for a
pathogenic BRCA2 variant (c.5946delT) on the Invitae panel. She has given us permission
to contact her sister, Liliana Quintero, who lives in your area (she's in Portside,
phone 555-015-1662). Could your office offer Liliana single-site testing? I can send the
proband's report through your secure portal.

Tove Haraldsen, MS, CGC
Cancer Genetics Program, Ridgecrest University Medical Center
""",
    ),
    Spec(
        phi=False,
        category="genetics_lab_send_out_pricing",
        notes="Hard negative: genetic test names, gene lists and CPT codes in a price comparison "
        "for a lab contract; no patient.",
        frm=f"Tove Haraldsen <tove.haraldsen@{D}>",
        to="contracts@helixgenelabs.com",
        subject="Send-out pricing question - hereditary cancer panels",
        body="""\
Hello,

We're reviewing send-out lab contracts for 2027. Could you confirm client-bill pricing for:

  81162 BRCA1/2 full sequence + del/dup
  81432 hereditary breast cancer panel (>=10 genes)
  81435 hereditary colon cancer panel
  81479 unlisted (our 84-gene pan-cancer panel)
  Single-site familial variant testing (81215 / 81217)

Our current volume is ~65 panels/month. Turnaround and free cascade testing for family
members within 90 days are both important to us.

Tove Haraldsen, MS, CGC
""",
    ),
    Spec(
        phi=True,
        category="ed_vehicle_security_note",
        notes="Hard positive: security note to the towing company: a car's plate and the owner "
        "being admitted to ICU; identifier is the vehicle plate plus name.",
        frm=f"Security Dispatch <security.dispatch@{D}>",
        to="dispatch@ridgelinetowing.com",
        subject="Do NOT tow - silver Camry in ED ambulance bay",
        body="""\
Please cancel the tow call from 06:10. The silver Toyota Camry, plate 7KLM442, belongs
to a patient (Mr. Desmond Achterberg) who came in by himself and was admitted to the ICU
after a stroke alert. Our officers moved the car to Lot E row 3. His brother will pick
it up with the keys from Security.

Sgt. Lamont Fairweather
Security Operations, Ridgecrest University Medical Center
""",
    ),
    Spec(
        phi=False,
        category="parking_enforcement_notice",
        notes="Hard negative: plates, lot rows and tow times for staff permit violations; "
        "workforce and facility business only.",
        frm=f"Security Dispatch <security.dispatch@{D}>",
        to="dispatch@ridgelinetowing.com",
        subject="Authorized tows for Lot C - staff permit violations 11/17",
        body="""\
Authorized tows, Lot C (physician reserved), after 09:00 today:

  Plate     Vehicle                Row  Notes
  4HRT219   Black Ford F-150       2    no permit, 3rd warning
  8CWN550   White Subaru Outback   5    expired contractor permit
  6PLD903   Blue Honda Civic       1    parked in EV spot, not charging

Contractor vehicles with Facilities placards are exempt. Invoice to PO 4500019076.

Sgt. Lamont Fairweather
""",
    ),
    Spec(
        phi=True,
        category="wound_photo_consult",
        notes="Hard positive: wound photo whose file name carries the patient's surname, initial "
        "and wound site, sent to an outside wound clinic; body has no name.",
        frm=f"Beatrix Oyelowo <beatrix.oyelowo@{D}>",
        to="woundcenter@lakeshorewound.com",
        subject="photo for Monday's visit - as discussed",
        body="""\
Hi Renata,

Here's today's photo before your visit Monday so you can see the progress. Base is ~80%
granulation now, less slough. We switched to silver alginate + ABD q48h.

Beatrix Oyelowo, RN, CWOCN
Wound Ostomy Continence Nursing
""",
        atts=(Att("Ferreira_J_LLE_venous_ulcer_1116.png", "image/png", png(8, 6, (150, 60, 70))),),
    ),
    Spec(
        phi=True,
        category="oncology_tumor_board_external",
        notes="Tumor board list with names, MRNs and staging sent to an affiliate's outside "
        "address.",
        frm=f"Tumor Board Coordinator <tumorboard@{D}>",
        to="dr.kwabena.asante@lakesideoncology.net",
        subject="Thoracic tumor board - Wed 11/18 case list",
        body="""\
Dr. Asante, here is the case list for Wednesday as you requested. Please join by Teams at
07:00; pathology slides will be shared on screen.

Gwendolyn Ruiz-Oakes, Tumor Board Coordinator
""",
        atts=(
            Att(
                "thoracic_TB_2026-11-18.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx({
                    "Cases": [
                        ["#", "Patient", "MRN", "Presenter", "Question"],
                        [1, "Halvorsen, Birgit", "40177652", "Dr. Kaur",
                         "cT2bN2M0 adenocarcinoma, EGFR L858R - neoadjuvant osimertinib?"],
                        [2, "Mbeki, Thandiwe", "40233018", "Dr. Asante",
                         "SCLC limited stage, PCI after chemoRT?"],
                        [3, "O'Rourke, Declan", "39982205", "Dr. Yilmaz",
                         "RUL 1.8 cm GGO growing, wedge vs SBRT"],
                    ],
                    "Radiology": [
                        ["#", "Study", "Date"],
                        [1, "PET-CT", "2026-11-09"],
                        [2, "MRI brain", "2026-11-12"],
                        [3, "CT chest", "2026-11-10"],
                    ],
                }),
            ),
        ),
    ),
]
