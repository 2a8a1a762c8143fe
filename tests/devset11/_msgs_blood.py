"""St. Brendan Regional Medical Center transfusion service / blood bank (38)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, ics, pdf, xlsx
from _spec import CRL, SBT, Att, Spec

_BB = f"St. Brendan Blood Bank <bloodbank@{SBT}>"

_HL7_TS = (
    "MSH|^~\\&|SAFETRACE|STBRENDAN|EPIC|STBRENDAN|202611121903||ORU^R01|BB2611120477|P|2.5.1\r"
    "PID|1||00412977^^^SBMC^MR||Whitcombe^Glenda^R||19571130|F\r"
    "PV1|1|I|4E^418^B\r"
    "OBR|1|TS88421|BB26-11812|86900^ABO group^CPT|||202611121745\r"
    "OBX|1|ST|882-1^ABO+Rh group^LN||O NEG||||||F\r"
    "OBX|2|ST|890-4^Antibody screen^LN||POSITIVE||||||F\r"
    "NTE|1||Anti-E identified; E-negative crossmatch-compatible units required\r"
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.13"/>
  <title>Transfer Summary - St. Brendan Regional Medical Center</title>
  <recordTarget><patientRole>
    <id extension="00287154" root="2.16.840.1.113883.3.5521"/>
    <addr><streetAddressLine>1432 Larch Way</streetAddressLine><city>Tacoma</city>
      <state>WA</state><postalCode>98405</postalCode></addr>
    <patient><name><given>Kwame</given><family>Asante-Boateng</family></name>
      <birthTime value="20010614"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section>
    <title>Problems</title><text>Sickle cell disease HbSS (D57.1); alloimmunized anti-C, anti-Jkb.
    Chronic simple transfusion every 4 weeks, last 2 units RBC 11/06/2026.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="bb_subject_only_room_bed_type_screen",
        notes="Hard positive: subject-only, room/bed plus expired type and screen before surgery",
        frm=f"Ifeoma Nwachukwu <inwachukwu@{SBT}>",
        to=f"3west-charge@{SBT}",
        subject="3W bed 12 T&S expired - need new spec before 0700 OR",
        body="",
    ),
    Spec(
        phi=True,
        category="bb_mrn_antibody_reference_lab",
        notes="Hard positive: MRN only, anti-Kell identified, antigen-negative units for a case",
        frm=_BB,
        to=f"irl@{CRL}",
        subject="antigen neg units",
        body=(
            "MRN 00318842 - anti-Kell confirmed here, pls send K-neg, crossmatch-compatible "
            "RBC x2 for tomorrow's 0730 hip. sample going out on the 1400 courier.\n\nDmitri, BB\n"
        ),
    ),
    Spec(
        phi=True,
        category="bb_rhogam_ld_room",
        notes="Hard positive: L&D room number only, Rh-negative mother, KB test, RhoGAM dose",
        frm=f"Dmitri Volkonsky <dvolkonsky@{SBT}>",
        to=f"ld-charge@{SBT}",
        subject="rm 7 RhIG",
        body=(
            "rm 7 mom O neg, baby A pos, KB sent, 1 vial RhoGAM 300 mcg ready for pickup. KB back "
            "~2h if she needs more\n"
        ),
    ),
    Spec(
        phi=True,
        category="bb_ics_outpatient_transfusion",
        notes="Hard positive: calendar invite whose summary is an initial+surname and 2u PRBC",
        frm=f"Infusion Scheduling <infusion@{SBT}>",
        to=_BB,
        subject="Outpt transfusion Fri",
        body="",
        html="<p>Please see the calendar invite; units should be crossmatched by 0800.</p>",
        ics=ics(
            "inf-1113-04@stbrendanmc.org",
            "Outpt transfusion - B. Abernathy-Cole - 2u PRBC",
            "20261113T083000",
            "20261113T123000",
            organizer=f"infusion@{SBT}",
            location="Infusion Center chair 4",
            description="MDS, Hgb 7.0 on Tue. Irradiated per onc. T&S drawn Wed.",
        ),
    ),
    Spec(
        phi=True,
        category="bb_crossmatch_first_name_room",
        notes="Hard positive: first name plus room, crossmatch for a GI bleed",
        frm=f"Sunniva Oyelaran <soyelaran@{SBT}>",
        to=_BB,
        subject="xm 4u",
        body=(
            "pls crossmatch 4 units for Rosalind in 5N-22, hgb 6.1, GI bleed, going to endo at 2\n"
        ),
    ),
    Spec(
        phi=True,
        category="bb_transfusion_reaction_pdf",
        notes="Transfusion reaction investigation PDF with name, MRN and febrile reaction",
        frm=f"Transfusion Safety Officer <tso@{SBT}>",
        to=f"patientsafety@{SBT}",
        subject="TRX investigation 26-031 complete",
        body="Final report attached, classified FNHTR, no further action.\n",
        atts=(
            Att(
                "TRX_26-031.pdf",
                "application/pdf",
                pdf(
                    [
                        "ST. BRENDAN REGIONAL MEDICAL CENTER - TRANSFUSION REACTION INVESTIGATION",
                        "Case 26-031   Patient: Lopez-Varga, Ernesto   MRN 00531906",
                        "DOB 02/08/1962   Unit W0367 26 118842 RBC LR",
                        "Temp 37.1 -> 38.9 C at 40 min; chills; BP stable",
                        "DAT negative, clerical check OK, cultures no growth",
                        "Classification: febrile non-hemolytic (FNHTR), severity 1",
                    ],
                    "TRX 26-031",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bb_lookback_letter_personal_email",
        notes="Lookback notice to a recipient's personal email about a transfused plasma unit",
        frm=f"Transfusion Safety Officer <tso@{SBT}>",
        to="stan.kowalczyk56@yahoo.com",
        subject="Information about a blood product you received",
        body=(
            "Dear Mr. Kowalczyk,\n\nDuring your surgery at St. Brendan on 03/22/2026 you "
            "received one unit of plasma. The blood center has since told us the donor later "
            "tested positive for hepatitis B core antibody. The risk to you is very low, but we "
            "recommend a blood test. Please call me at 253-555-0190 to arrange it at no cost.\n\n"
            "Helga Marchetti, RN, Transfusion Safety Officer\n"
        ),
    ),
    Spec(
        phi=True,
        category="bb_forward_consent_icu_initials",
        notes="Hard positive: forwarded thread, ICU bed and initials, missing transfusion consent",
        frm=f"Helga Marchetti <hmarchetti@{SBT}>",
        to=f"icu-manager@{SBT}",
        subject="Fw: consent",
        body="See below. Can you remind nights consent has to be on the chart before we issue?\n",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm=_BB,
            to=f"hmarchetti@{SBT}",
            subject="consent",
            body=(
                "ICU bed 9 (R.T.) - 2 plt issued 0340, no signed transfusion consent in chart. "
                "TIR filed.\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bb_issued_units_xlsx_multisheet",
        notes="Issued-units workbook: MRNs, names, products and unit numbers on two sheets",
        frm=_BB,
        to=f"utilization@{SBT}",
        subject="issued log 11/11",
        body="yesterday's issue log, plasma tab separate as asked.\n",
        atts=(
            Att(
                "issued_1111.xlsx",
                XLSX,
                xlsx(
                    {
                        "RBC": [
                            ["MRN", "Patient", "Unit", "Issued", "Location"],
                            ["00398120", "Thistlewood, Ada", "W0367 26 120114", "0812", "OR 4"],
                            ["00512877", "Mahlangu, Sipho", "W0367 26 120139", "1330", "5N-18"],
                        ],
                        "Plasma": [
                            ["MRN", "Patient", "Units", "INR", "Reason"],
                            ["00227745", "Rasmussen, Ole", 2, 3.8, "warfarin reversal pre-op"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bb_antibody_file_csv",
        notes="Antibody history CSV with patient names, DOBs, MRNs to the reference lab",
        frm=_BB,
        to=f"irl@{CRL}",
        subject="antibody file sync",
        body="Quarterly antibody file export for your records.\n",
        atts=(
            Att(
                "sbmc_antibody_file_q4.csv",
                "text/csv",
                "mrn,last,first,dob,abo_rh,antibodies\n"
                "00318842,Delgado,Marisol,1971-04-02,A POS,anti-K\n"
                "00412977,Whitcombe,Glenda,1957-11-30,O NEG,anti-E\n"
                '00287154,Asante-Boateng,Kwame,2001-06-14,O POS,"anti-C, anti-Jkb"\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bb_hl7_type_screen_result",
        notes="HL7 type and screen with PID, room and an anti-E",
        frm=f"Lab Interfaces <labinterfaces@{SBT}>",
        to="support@safetracevendor.com",
        subject="case 118804 - OBX not filing",
        body="Raw message attached; OBX 2 doesn't file to the antibody screen component.\n",
        atts=(Att("BB2611120477.hl7", "application/hl7-v2", _HL7_TS),),
    ),
    Spec(
        phi=True,
        category="bb_spouse_phone_ivig",
        notes="Hard positive: a husband's phone number about a patient's IVIG, pronoun only",
        frm=f"Sunniva Oyelaran <soyelaran@{SBT}>",
        to=f"infusion@{SBT}",
        subject="ivig fri?",
        body=(
            "pt's husband called from 360-555-0182 asking if she can get her IVIG fri instead of "
            "mon, they're traveling. can u call him\n"
        ),
    ),
    Spec(
        phi=True,
        category="bb_wristband_mismatch_ed",
        notes="Hard positive: blood bank wristband number, ED room, redraw",
        frm=f"Dmitri Volkonsky <dvolkonsky@{SBT}>",
        to=f"ed-charge@{SBT}",
        subject="redraw ED4",
        body=(
            "BB band # BB-4471-Q doesn't match the tube for ED4, pls recollect T&S and dont label "
            "at the desk\n"
        ),
    ),
    Spec(
        phi=True,
        category="bb_emergency_release_trauma_alias",
        notes="Hard positive: trauma alias plus MRN, uncrossmatched O-neg emergency release",
        frm=_BB,
        to=f"trauma-coord@{SBT}",
        subject="emerg release signoff",
        body=(
            "Uncrossmatched O neg x2 + AB plasma x2 issued to trauma bay 2 at 0214, alias "
            "'Zulu Bravo' MRN 00912447. Need Dr. Halloran's emergency release signature today.\n"
        ),
    ),
    Spec(
        phi=True,
        category="bb_platelet_hold_html",
        notes="HTML-only list of patients on platelet hold with MRNs and counts",
        frm=_BB,
        to=f"onc-nursing@{SBT}",
        subject="plt holds today",
        body="",
        html=(
            "<html><body><b>Platelet holds 11/12</b><ul>"
            "<li>00601335 Fairweather, Noor - plt 8 - HLA-matched pending</li>"
            "<li>00588712 Brzezinski, Tomasz - plt 14 - pre LP</li>"
            "</ul><p>Call x4410 before 1500 to release.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="bb_bloodless_plan_reply_relative",
        notes="Reply to a patient's daughter at outlook.com on a bloodless surgery plan",
        frm=f"Helga Marchetti <hmarchetti@{SBT}>",
        to="Rebekah Oduya <rebekah.oduya@outlook.com>",
        subject="Re: my mother's surgery and blood",
        body=(
            "Hi Rebekah,\n\nThanks for writing. We have your mother's refusal of blood products "
            "on file for her 11/19 hysterectomy, and the team plans IV iron this week and cell "
            "salvage in the OR. Her advance directive card is scanned in.\n\n"
            "> My mother Grace Oduya is a Jehovah's Witness and will not accept blood...\n\n"
            "Helga Marchetti, RN\nTransfusion Safety Officer\n"
            "\n--\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, may contain "
            "protected health information (PHI) that is privileged and confidential under HIPAA. "
            "If you are not the intended recipient, notify the sender and delete it.\n"
        ),
    ),
    Spec(
        phi=True,
        category="bb_account_irradiated_denial",
        notes=(
            "Hard positive: account number and date of service with a denied charge for "
            "irradiated units"
        ),
        frm=f"Ulla Brandvold <ubrandvold@{SBT}>",
        to=f"pfs-denials@{SBT}",
        subject="denial acct 5531907",
        body=(
            "acct 5531907 DOS 11/12 - payer denied P9040 irradiated RBC x2 as not med necessary. "
            "onc order attached in chart, pls appeal\n"
        ),
    ),
    Spec(
        phi=True,
        category="bb_subject_only_cord_dat",
        notes="Subject-only: newborn surname, room, positive cord blood DAT",
        frm=f"Ifeoma Nwachukwu <inwachukwu@{SBT}>",
        to=f"nicu-charge@{SBT}",
        subject="Re: cord blood DAT pos - baby girl Mendez rm 412, bili ordered",
        body="",
    ),
    Spec(
        phi=True,
        category="bb_ccda_transfer_sickle_cell",
        notes="C-CDA transfer summary: name, DOB, address, sickle cell, chronic transfusion",
        frm=f"Case Management <casemgmt@{SBT}>",
        to="transfers@tacomagenhospital.org",
        subject="transfer summary for tomorrow's accept",
        body="Transfer summary attached, antibody history is in the problems section.\n",
        atts=(Att("transfer_summary.xml", "application/xml", _CCDA),),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="bb_o_neg_shortage",
        notes="Hard negative: O-negative shortage notice with transfusion guidance, no patients",
        frm=f"Transfusion Medicine <txmed@{SBT}>",
        to=f"medstaff@{SBT}",
        subject="O NEG shortage - conserve",
        body=(
            "The regional supplier is at a 1-day O-neg supply. Until further notice: switch "
            "males and women over 50 of unknown type to O-pos in emergencies, single-unit "
            "orders for stable patients, and RhoGAM is unaffected.\n\nDr. Wen-Li Cheng\n"
        ),
    ),
    Spec(
        phi=False,
        category="bb_community_blood_drive_html",
        notes="Community blood drive flyer, HTML, no individuals",
        frm=f"Community Relations <community@{SBT}>",
        to="Delphine Arceneaux <delphine.arceneaux@aol.com>",
        subject="St. Brendan blood drive Dec 3",
        body="",
        html=(
            "<html><body><p>Hi Delphine, here is the flyer for your parish bulletin, thanks for "
            "volunteering!</p><h2>Give blood Dec 3</h2><p>Atrium, 9-3. Every type needed, "
            "especially O negative. Snacks and a hat for every donor.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="bb_aggregate_transfusion_audit",
        notes="Hard negative: aggregate transfusion audit with percentages",
        frm=f"Transfusion Safety Officer <tso@{SBT}>",
        to=f"txcommittee@{SBT}",
        subject="Oct RBC audit",
        body=(
            "142 RBC transfusions audited, 131 met Hgb<7 (or <8 cardiac) criteria (92%). "
            "11 outliers, 8 from one service; details by service at the meeting. No ABO "
            "incompatible events, 2 wrong-blood-in-tube near misses caught at crossmatch.\n"
        ),
    ),
    Spec(
        phi=False,
        category="bb_staff_schedule",
        notes="Hard negative: blood bank staff names in a shift schedule",
        frm=f"Ifeoma Nwachukwu <inwachukwu@{SBT}>",
        to=f"bb-staff@{SBT}",
        subject="dec nights",
        body=(
            "Dec nights: Dmitri 1-7, Marco 8-14, Ifeoma 15-21, Hyun-woo 22-31. trades by 11/25 "
            "pls\n"
        ),
    ),
    Spec(
        phi=False,
        category="bb_policy_docx_emergency_release",
        notes="Hard negative: policy document on uncrossmatched emergency release",
        frm=f"Transfusion Medicine <txmed@{SBT}>",
        to=f"policy-committee@{SBT}",
        subject="policy TS-14 rev for approval",
        body="Redline attached. Main change: plasma now AB or group A low-titer.\n",
        atts=(
            Att(
                "TS-14_emergency_release_rev6.docx",
                DOCX,
                docx(
                    [
                        "TS-14 Emergency Release of Uncrossmatched Blood Products",
                        "Purpose: provide blood before compatibility testing when delay would be "
                        "life-threatening.",
                        "Procedure: issue group O RBC (O-neg for females under 50), AB or "
                        "low-titer A plasma.",
                        "The ordering physician signs the emergency release form within 24 hours.",
                        "A type and screen specimen is drawn before the first unit whenever "
                        "possible.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="bb_synthetic_validation_patient",
        notes="Hard negative: analyzer validation with a clearly labelled test patient",
        frm=f"Marco Iannuzzi <miannuzzi@{SBT}>",
        to=f"bb-leads@{SBT}",
        subject="Echo validation - TEST,BLOODBANK",
        body=(
            "Ran the validation panel under test patient TEST,BLOODBANK (MRN 99999001, "
            "non-production). ABO/Rh 20/20 concordant, antibody screens 20/20. Summary to follow.\n"
        ),
    ),
    Spec(
        phi=False,
        category="bb_reagent_invoice",
        notes="Hard negative: reagent red cell invoice with lot numbers and expiry dates",
        frm=f"Accounts Payable <ap@{SBT}>",
        to="billing@meridianreagents.com",
        subject="inv 20931 lots",
        body=(
            "Received Panocell lot 14472 exp 12/08 and screening cells lot 3318 exp 12/02. "
            "Invoice approved.\n"
        ),
    ),
    Spec(
        phi=False,
        category="bb_conference_agenda",
        notes="Hard negative: conference agenda on HDFN and RhIG",
        frm=f"Transfusion Medicine <txmed@{SBT}>",
        to=f"bb-staff@{SBT}",
        subject="PNW transfusion symposium agenda",
        body=(
            "Sat 3/6: 8:30 HDFN update and RhIG dosing; 10:00 massive transfusion in trauma; "
            "13:00 patient blood management metrics. Registration reimbursed.\n"
        ),
    ),
    Spec(
        phi=False,
        category="bb_ics_committee",
        notes="Hard negative: committee calendar invite with transfusion topics only",
        frm=f"Transfusion Safety Officer <tso@{SBT}>",
        to=f"txcommittee@{SBT}",
        subject="Transfusion Committee - Nov",
        body="Agenda in the invite.\n",
        ics=ics(
            "txc-1118@stbrendanmc.org",
            "Transfusion Committee",
            "20261118T120000",
            "20261118T130000",
            organizer=f"tso@{SBT}",
            location="Conf rm B / Teams",
            description="1. Oct audit 2. O-neg shortage plan 3. TS-14 revision 4. MTP drill",
        ),
    ),
    Spec(
        phi=False,
        category="bb_job_posting_mls",
        notes="Job posting for a blood bank MLS",
        frm=f"Recruiting <recruiting@{SBT}>",
        to="jobs@ascplistings.org",
        subject="MLS - Transfusion Service, nights",
        body="Perform ABO/Rh, antibody ID, crossmatch, issue; $8k sign-on. MLS(ASCP) required.\n",
    ),
    Spec(
        phi=False,
        category="bb_clinician_coverage_sickle_cell",
        notes="Hard negative: a hematologist's name with a disease in a coverage notice",
        frm=f"Transfusion Medicine <txmed@{SBT}>",
        to=f"medstaff@{SBT}",
        subject="apheresis coverage",
        body=(
            "Dr. Wen-Li Cheng (hematology) covers sickle cell exchange and TTP plasma exchange "
            "consults 11/16-11/22, pager 4477 (NPI 1731652925 for the orders).\n"
        ),
    ),
    Spec(
        phi=False,
        category="bb_subject_only_fridge_alarm",
        notes="Hard negative: subject-only blood fridge alarm",
        frm=f"Marco Iannuzzi <miannuzzi@{SBT}>",
        to=f"bb-leads@{SBT}",
        subject="blood fridge 2 alarm 0315 - door ajar, reset, temp stayed 4C",
        body="",
    ),
    Spec(
        phi=False,
        category="bb_it_downtime",
        notes="Blood bank system downtime notice",
        frm=f"IT Service Desk <servicedesk@{SBT}>",
        to=f"bb-staff@{SBT}",
        subject="SafeTrace downtime Sun 0200-0400",
        body="Use downtime crossmatch forms and the manual issue log. Backload by 0600.\n",
    ),
    Spec(
        phi=False,
        category="bb_unit_return_shipment",
        notes="Hard negative: blood unit numbers on a return shipment, no recipients",
        frm=_BB,
        to="hospitalservices@pnwbloodcenter.org",
        subject="return shipment today",
        body=(
            "Returning 6 RBC units (never issued, temp-monitored) on the 1500 courier: "
            "W0367 26 104411 through W0367 26 104416. Credit memo pls.\n"
        ),
    ),
    Spec(
        phi=False,
        category="bb_qc_failure_reagent",
        notes="Hard negative: reagent QC failure on anti-D",
        frm=f"Marco Iannuzzi <miannuzzi@{SBT}>",
        to=f"bb-leads@{SBT}",
        subject="anti-D QC fail",
        body=(
            "anti-D lot 2207 failed weak-D control on Vision #2. pulled lot, using tube method "
            "til new lot Thu.\n"
        ),
    ),
    Spec(
        phi=False,
        category="bb_rhogam_education_quiz",
        notes="Hard negative: nursing education quiz on RhoGAM dosing, no patient",
        frm=f"Clinical Education <clined@{SBT}>",
        to=f"ld-nursing@{SBT}",
        subject="RhIG quiz due 11/30",
        body=(
            "1. When is RhIG given after delivery? (within 72 h)\n2. What does a KB test "
            "measure? (fetal-maternal hemorrhage)\n3. Standard vial dose? (300 mcg)\n"
        ),
    ),
    Spec(
        phi=False,
        category="bb_exec_cost_savings",
        notes="Hard negative: executive summary of blood savings under a PHI disclaimer footer",
        frm=f"Gareth Mbatha-Lowe <gmbathalowe@{SBT}>",
        to=f"exec-team@{SBT}",
        subject="PBM savings FY26",
        body=(
            "Patient blood management cut RBC use 14% and saved ~$412k FY26. Board slide attached "
            "next week.\n"
            "\n--\nCONFIDENTIALITY NOTICE: This message may contain "
            "protected health information (PHI) that is privileged and confidential under HIPAA. "
            "If you are not the intended recipient, notify the sender and delete it.\n"
        ),
    ),
    Spec(
        phi=False,
        category="bb_employee_drive_thanks",
        notes="Employee blood drive thank-you with a total, no donors named",
        frm=f"Community Relations <community@{SBT}>",
        to=f"all-staff@{SBT}",
        subject="thank you!",
        body="38 units collected at Tuesday's employee drive. Thank you all!\n",
    ),
    Spec(
        phi=False,
        category="bb_inventory_levels_csv",
        notes="Hard negative: inventory by blood type, counts only",
        frm=_BB,
        to="hospitalservices@pnwbloodcenter.org",
        subject="standing order adj",
        body="Current inventory attached; please bump O neg standing order to 14.\n",
        atts=(
            Att(
                "inventory_1112.csv",
                "text/csv",
                "product,abo_rh,on_hand,par\nRBC,O NEG,6,14\nRBC,O POS,31,35\nRBC,A "
                "POS,22,20\nPLT,any,4,6\n",
            ),
        ),
    ),
]
