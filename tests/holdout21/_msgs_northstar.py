"""Northstar Organ Recovery (organ procurement organization): outbound mail, PHI and not."""

# ruff: noqa: E501  (hand-written mail text: long lines and non-Latin scripts are the data)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import Att, Spec

_ICS_OR = """BEGIN:VCALENDAR
PRODID:-//Northstar Organ Recovery//iDonate//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:or-ns26-4519@northstarorgan.org
DTSTAMP:20261111T020000Z
DTSTART:20261111T130000Z
DTEND:20261111T180000Z
SUMMARY:Donor OR - Vasquez M. - Lakemont OR 9
LOCATION:Lakemont University Hospital OR 9
DESCRIPTION:Donor NS26-4519\\, Maria Elena Vasquez\\, 34F\\, DBD. Recovering heart\\, liver\\,
  both kidneys\\, pancreas. Cross-clamp target 0800. Heart team from Fairview Heart Institute.
ORGANIZER;CN=Northstar OR Coordinator:mailto:orcoord@northstarorgan.org
END:VEVENT
END:VCALENDAR
"""

_ICS_BD = """BEGIN:VCALENDAR
PRODID:-//Northstar Organ Recovery//Outlook 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hospdev-bdlecture-20261203@northstarorgan.org
DTSTAMP:20261109T160000Z
DTSTART:20261203T180000Z
DTEND:20261203T190000Z
SUMMARY:Lunch & Learn: Brain death determination (2023 AAN/SCCM guideline)
LOCATION:Lakemont University Hospital, Tower A Conf 4
DESCRIPTION:For ICU nurses and RTs. Apnea test prerequisites\\, ancillary testing\\, how and when
  to call the donor referral line. Lunch provided.
ORGANIZER;CN=Hospital Development:mailto:hospdev@northstarorgan.org
END:VEVENT
END:VCALENDAR
"""

_HLA = """NORTHSTAR ORGAN RECOVERY - HISTOCOMPATIBILITY LABORATORY
Final report  11/11/2026 03:40

Donor ID: NS26-4519      UNOS ID: AGHK182
Donor hospital: Lakemont University Hospital   Hospital MRN: 41203377
Name: VASQUEZ, MARIA ELENA   DOB: 03/22/1992   ABO: O+

HLA typing (NGS):
 A*02:01, A*24:02   B*35:01, B*44:02   C*04:01, C*05:01
 DRB1*04:01, DRB1*13:01   DQB1*03:02, DQB1*06:03
Virtual crossmatch requests: 6 recipients screened.
Serology: HIV Ag/Ab NR, HCV Ab NR, HBsAg NR, anti-HBc REACTIVE, CMV IgG POS, EBV IgG POS
"""

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="donor_case_update_to_hospital",
        notes="OPO coordinator to ICU: named potential donor, DOB, brain death exam timing and management goals",
        frm="Carmen Ostrowski <costrowski@northstarorgan.org>",
        to="Neuro ICU Charge <nicucharge@lakemonthealth.org>",
        subject="NS26-4471 plan for tonight",
        body="""Hi Caleb,

Thanks for the early referral. Plan for Gregory Salinas (DOB 01/30/1974):
  - 2nd brain death exam by Dr. Yilmaz at 1400, apnea test to follow if criteria met
  - Keep MAP > 65, UO 0.5-3 mL/kg/h; start vasopressin if norepi > 10
  - Labs q6h: BMP, Mg, Phos; add lipase and troponin on the next draw
  - No family approach until I arrive - ETA 1330

Carmen Ostrowski, CPTC
Organ Recovery Coordinator, Northstar Organ Recovery
24/7 referral line 1-800-555-0147

________________________________
This message is intended only for the use of the individual or entity to which it is addressed
and may contain information that is privileged, confidential and exempt from disclosure under
applicable law, including HIPAA. Northstar Organ Recovery.
""",
    ),
    Spec(
        phi=True,
        category="organ_offer_summary",
        notes="Hard positive: offer summary with no donor name but the donor hospital MRN, exact admission date, age and serologies",
        frm="Northstar Organ Offers <offers@northstarorgan.org>",
        to="Liver Transplant Call <livertx.oncall@lakemonthealth.org>",
        subject="Liver offer - donor NS26-4519 - sequence #3",
        body="""Liver offer, please respond in DonorNet within 60 minutes.

Donor NS26-4519, UNOS AGHK182, 34 y/o female, 5'6", 61 kg, ABO O
Donor hospital: Lakemont University Hospital, hospital MRN 41203377, admitted 11/08/2026
COD: anoxia after cardiac arrest (drug intoxication suspected), downtime ~18 min
DBD declared 11/10 22:15
Labs: AST 212 -> 98, ALT 180 -> 121, Tbili 0.8, INR 1.3, Na 151
Serology: anti-HBc reactive, HBsAg NR, HCV NAT negative, CMV pos
Biopsy: not yet; can arrange at recovery
Cross-clamp target 11/11 0800
""",
    ),
    Spec(
        phi=True,
        category="donor_family_aftercare_letter",
        notes="Hard positive: aftercare letter to a donor mother at aol naming her late son and which organs helped recipients",
        frm="Donor Family Services <familyservices@northstarorgan.org>",
        to="Brenda Whitfield <bwhitfield58@aol.com>",
        subject="Caleb's gift",
        body="""Dear Brenda,

It has been a month since we met at the hospital, and we have been thinking of you and your
family. We wanted to let you know, as you asked, how Caleb's gift has helped others.

Caleb's heart went to a 41-year-old father of three in Wisconsin who is now home. One of his
kidneys went to a woman in her 60s who had been on dialysis for six years, and the other to a
young man of 22. His corneas restored sight to two people.

Our family support coordinator, Ruth Ann Geller, will call next week. Our grief support group
meets the first Tuesday of each month.

With deep gratitude,
Northstar Organ Recovery Donor Family Services
""",
    ),
    Spec(
        phi=True,
        category="donor_kidney_biopsy_pdf",
        notes="Hard positive: the donor kidney biopsy PDF carries donor hospital MRN, DOB and findings; body is logistics only",
        frm="Northstar Organ Offers <offers@northstarorgan.org>",
        to="Kidney Transplant Call <kidneytx.oncall@lakemonthealth.org>",
        subject="Biopsy read attached - NS26-4519 L kidney",
        body="Left kidney biopsy read attached. Pump parameters in DonorNet. Kidney departs on the 1100 courier.\n",
        atts=(
            Att(
                "NS26-4519_L_kidney_bx.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR ORGAN RECOVERY - DONOR KIDNEY BIOPSY (FROZEN SECTION)",
                        "Donor: NS26-4519   Donor hospital MRN: 41203377   DOB: 03/22/1992",
                        "Specimen: left kidney wedge, 11/11/2026 08:52",
                        "Glomeruli: 54, globally sclerosed 2 (4%)",
                        "Interstitial fibrosis: <5%   Arteriosclerosis: mild",
                        "Acute tubular injury: mild. No thrombi.",
                        "Pathologist: Dr. Helena Varga",
                    ],
                    "Donor kidney biopsy",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hla_report_txt",
        notes="HLA typing report TXT with donor name, DOB, hospital MRN and reactive serology",
        frm="Northstar HLA Lab <hla@northstarorgan.org>",
        to="Transplant Immunology <txhla@lakemonthealth.org>",
        subject="Final HLA - NS26-4519",
        body="Final typing attached for your virtual crossmatch.\n\nNorthstar Histocompatibility Laboratory\n",
        atts=(Att("NS26-4519_HLA_final.txt", "text/plain", _HLA),),
    ),
    Spec(
        phi=True,
        category="medical_examiner_release",
        notes="Request to the medical examiner for organ release with decedent name, DOB, mechanism of injury",
        frm="Dmitri Volkov <dvolkov@northstarorgan.org>",
        to="ME Investigators <investigators@hennock-county-me.org>",
        subject="Release request - ME case 26-1184",
        body="""Investigator Lund,

Following up on our call. Northstar requests release for organ and tissue recovery:

Decedent: Maria Elena Vasquez, DOB 03/22/1992
ME case: 26-1184
Hospital: Lakemont University Hospital, Neuro ICU
Mechanism: anoxic brain injury after cardiac arrest, suspected fentanyl intoxication
Time of death (neurologic criteria): 11/10/2026 22:15

We will collect admission blood (pre-transfusion) and urine for toxicology and photograph
the body at recovery per your protocol. Recovery OR time 0800.

Dmitri Volkov, CPTC, Northstar Organ Recovery
""",
    ),
    Spec(
        phi=True,
        category="tissue_recovery_funeral_home",
        notes="Hard positive: note to a funeral home that tissue recovery on a named decedent is complete; no diagnosis",
        frm="Tissue Recovery <tissue@northstarorgan.org>",
        to="Arrangements <arrangements@lindquistfuneral.com>",
        subject="Release - Pickett",
        body="""Good afternoon,

Tissue recovery for Jerome Pickett is complete (bone, skin and corneas). He will be ready for
release from the Lakemont morgue at 4:30 PM. Extremities were reconstructed with prosthetics;
open casket viewing is not affected.

Northstar Tissue Recovery Team, 507-555-0161
""",
    ),
    Spec(
        phi=True,
        category="donor_chart_review_workbook",
        notes="Multi-sheet QA workbook listing donors by name, hospital MRN, cause of death and referral timeliness",
        frm="Northstar Quality <quality@northstarorgan.org>",
        to="Dr. Rebecca Lindqvist <rlindqvist@lakemonthealth.org>",
        subject="Q3 donor chart review - Lakemont cases",
        body="""Dr. Lindqvist,

Attached are the Q3 Lakemont cases for the joint donation council chart review. Tab 2 is the
two late referrals we discussed.

Northstar Quality & Regulatory
""",
        atts=(
            Att(
                "q3_lakemont_chart_review.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            [
                                "Donor ID",
                                "Name",
                                "Hospital MRN",
                                "COD",
                                "Referral to vent-withdrawal (h)",
                                "Outcome",
                            ],
                            ["NS26-3302", "Haugen, Erik", "40981127", "ICH", 26.5, "DBD donor"],
                            [
                                "NS26-3419",
                                "Pena, Luz",
                                "41004492",
                                "Anoxia",
                                3.0,
                                "DCD not progressed",
                            ],
                            [
                                "NS26-3560",
                                "Koenig, Walter",
                                "40512098",
                                "TBI",
                                14.2,
                                "Family declined",
                            ],
                        ],
                        "Late referrals": [
                            ["Donor ID", "Name", "Trigger met", "Referred", "Delay (h)"],
                            ["NS26-3419", "Pena, Luz", "07/18 09:10", "07/18 21:40", 12.5],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="phi_subject_only",
        notes="Hard positive: patient name and imminent death trigger appear only in the subject; body is a one-line status",
        frm="Jonas Eriksen <jeriksen@northstarorgan.org>",
        to="Northstar On-Call Coordinators <oncall@northstarorgan.org>",
        subject="NS26-4530 Lakemont MICU - Beatrice Oyelowo - vent withdrawal planned 1800",
        body="Coordinator en route, ETA 45 min.\n",
    ),
    Spec(
        phi=True,
        category="donor_or_invite",
        notes="Hard positive: OR calendar invite whose summary and description name the donor and organs to recover",
        frm="Northstar OR Coordinator <orcoord@northstarorgan.org>",
        to="Lakemont OR Desk <ordesk@lakemonthealth.org>",
        subject="Donor OR - Lakemont OR 9 - 0700",
        body="Please hold OR 9 from 0700. Invite attached.\n",
        ics=_ICS_OR,
    ),
    Spec(
        phi=True,
        category="forwarded_authorization",
        notes="Forward of the authorization note with next-of-kin name and phone and decedent details",
        frm="Carmen Ostrowski <costrowski@northstarorgan.org>",
        to="Donor Family Services <familyservices@northstarorgan.org>",
        subject="Fwd: authorization - Vasquez",
        body="Family services - forwarding for aftercare. Mother is primary contact.\n",
        forward=Spec(
            phi=True,
            category="forwarded_authorization",
            notes="inner",
            frm="Carmen Ostrowski <costrowski@northstarorgan.org>",
            to="Northstar Case File <casefile@northstarorgan.org>",
            subject="authorization - Vasquez",
            body="""Authorization obtained 11/10 20:05 for Maria Elena Vasquez (NS26-4519).
Legal NOK: mother, Rosa Vasquez, 651-555-0122, 1407 Alder Ave, St. Brendan MN 55107.
Authorized: all organs and tissues; research yes. Patient was on the state donor registry.
Family asked that her history of opioid use not be shared outside the medical team.
""",
        ),
    ),
    Spec(
        phi=True,
        category="recipient_followup_request",
        notes="OPO asks the transplant center for recipient outcome by recipient name and transplant date",
        frm="Northstar Quality <quality@northstarorgan.org>",
        to="Transplant Data Coordinators <txdata@lakemonthealth.org>",
        subject="Recipient 30-day follow-up needed",
        body="""Hello,

For our post-transplant tracking, please confirm 30-day status for:
  - Halvorsen, Gunnar - kidney from NS26-3302, transplanted 10/08/2026 (DGF? dialysis after tx?)
  - Brightwater, Yolanda - kidney from NS26-2877, transplanted 07/14/2026
Any biopsy-proven rejection or graft loss should be reported in the patient safety portal.

Thanks, Northstar Quality
""",
    ),
    Spec(
        phi=True,
        category="donor_hospital_lab_request",
        notes="Hard positive: terse request naming a donor by surname with blood culture result and antibiotic",
        frm="Dmitri Volkov <dvolkov@northstarorgan.org>",
        to="Lakemont Micro Lab <microlab@lakemonthealth.org>",
        subject="Vasquez bcx",
        body="Can you call me with the gram stain on Vasquez's 11/10 blood culture? Recipients' centers need it before they start the pip-tazo. 507-555-0166. Thx\n",
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="hospital_donation_metrics",
        notes="Hard negative: monthly referral and conversion metrics for a partner hospital, aggregate",
        frm="Hospital Development <hospdev@northstarorgan.org>",
        to="Dr. Rebecca Lindqvist <rlindqvist@lakemonthealth.org>",
        subject="October donation metrics - Lakemont",
        body="""Dr. Lindqvist,

October at Lakemont:
  Referrals 38 (timely 94%), imminent death 11, donors 4 (3 DBD, 1 DCD)
  Organs transplanted 14, tissue donors 9
  Authorization rate 67% (state 61%)
Year to date Lakemont is our #2 donor hospital. Thank you to the NICU team!

Hospital Development, Northstar Organ Recovery
""",
    ),
    Spec(
        phi=False,
        category="education_invite_ics",
        notes="Lunch-and-learn invite on brain death determination for a partner hospital",
        frm="Hospital Development <hospdev@northstarorgan.org>",
        to="Neuro ICU Staff <nicu.staff@lakemonthealth.org>",
        subject="Lunch & Learn Dec 3: brain death determination",
        body="Lunch provided. Please accept to get a count.\n",
        ics=_ICS_BD,
    ),
    Spec(
        phi=False,
        category="donate_life_campaign",
        notes="HTML-only Donate Life month campaign mail to hospital partners",
        frm="Northstar Communications <comms@northstarorgan.org>",
        to="Partner Hospital Liaisons <liaisons@northstarorgan.org>",
        subject="Blue & Green Day toolkit",
        body="",
        html="""<html><body><h2>National Blue &amp; Green Day is coming</h2>
<p>Over 100,000 people are waiting for a transplant; one donor can save up to eight lives.</p>
<ul><li>Flag raising kit</li><li>Posters and social media graphics</li><li>Registration table script</li></ul>
<p>Order materials by March 1. Questions: comms@northstarorgan.org</p></body></html>""",
    ),
    Spec(
        phi=False,
        category="charter_flight_quote",
        notes="Hard negative: aircraft charter rate confirmation with tail numbers and a HIPAA disclaimer footer, no donor or recipient identity",
        frm="Logistics Desk <logistics@northstarorgan.org>",
        to="charter@skyhawkmedair.com",
        subject="Standing rate confirmation 2027",
        body="""Hi Mitch,

Confirming 2027 standing rates for organ transport:
  King Air 350 (N417SK, N422SK): $4,250/flight hour, 1-hr wheels-up guarantee
  Citation CJ3 (N88NS): $5,900/flight hour
Wait time after 2 hours: $600/hr. Fuel surcharge waived below $5.50/gal.

Please countersign and return.
Logistics, Northstar Organ Recovery

________________________________
This message is intended only for the use of the individual or entity to which it is addressed
and may contain information that is privileged, confidential and exempt from disclosure under
applicable law, including HIPAA. Northstar Organ Recovery.
""",
    ),
    Spec(
        phi=False,
        category="coordinator_oncall_roster",
        notes="Hard negative: on-call coordinator roster workbook with staff names and phones",
        frm="Clinical Operations <clinops@northstarorgan.org>",
        to="Lakemont Transfer Center <transfercenter@lakemonthealth.org>",
        subject="December coordinator on-call",
        body="December on-call roster for the organ recovery coordinators attached.\n",
        atts=(
            Att(
                "dec_oncall.xlsx",
                XLSX,
                xlsx(
                    {
                        "On-call": [
                            ["Week", "Primary", "Phone", "Backup", "Phone"],
                            [
                                "Dec 1",
                                "Carmen Ostrowski",
                                "507-555-0171",
                                "Jonas Eriksen",
                                "507-555-0172",
                            ],
                            [
                                "Dec 8",
                                "Dmitri Volkov",
                                "507-555-0166",
                                "Tamika Rhodes",
                                "507-555-0174",
                            ],
                        ]
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="dcd_protocol_docx",
        notes="Hard negative: DCD protocol revision DOCX with clinical steps and drugs, no patient",
        frm="Dr. Elias Whitmore <ewhitmore@northstarorgan.org>",
        to="Donation Council <donationcouncil@lakemonthealth.org>",
        subject="DCD protocol v4 for council approval",
        body="Redline of the DCD protocol v4 attached. Main change: 5-minute observation period and heparin timing.\n",
        atts=(
            Att(
                "DCD_protocol_v4.docx",
                DOCX,
                docx(
                    [
                        "Donation after Circulatory Death - Joint Protocol v4",
                        "Withdrawal of life support occurs in the OR or ICU per family preference.",
                        "Heparin 30,000 units IV is given before withdrawal with family authorization.",
                        "Death is declared by the attending after 5 minutes of absent circulation.",
                        "No OPO staff may participate in end-of-life care or the declaration of death.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="memorial_venue_booking",
        notes="Hard negative: venue booking for a donor family memorial ceremony, no family or donor named",
        frm="Donor Family Services <familyservices@northstarorgan.org>",
        to="Events Office <events@stolafchapel.org>",
        subject="Booking request: Donor Remembrance Ceremony, April 17",
        body="""Hello,

We'd like to reserve the chapel for our annual Donor Remembrance Ceremony on Saturday, April
17, 2027, 1-4 PM, about 350 guests. We'll need the sound system, a piano and the fellowship
hall for a reception. Please send the rental agreement.

Ruth Ann Geller, Donor Family Services Coordinator
""",
    ),
    Spec(
        phi=False,
        category="job_posting",
        notes="Organ recovery coordinator job posting",
        frm="Northstar HR <hr@northstarorgan.org>",
        to="jobs@aopo-careers.org",
        subject="Posting: Organ Recovery Coordinator I",
        body="""Organ Recovery Coordinator I - Northstar Organ Recovery (Minnesota and western Wisconsin)
RN, RT or paramedic with 2 years critical care. 24-hour call shifts, company vehicle.
Train to CPTC within 2 years. Salary $88,000-$104,000.
Apply at northstarorgan.org/careers, req ORC-1107.
""",
    ),
    Spec(
        phi=False,
        category="deidentified_research_extract",
        notes="Hard negative: de-identified donor management dataset (age bands, year, no IDs) to a university researcher",
        frm="Northstar Research <research@northstarorgan.org>",
        to="Dr. Anika Baumann <abaumann@northlandu.edu>",
        subject="Donor management dataset (de-identified) - IRB 2026-0412",
        body="""Dr. Baumann,

Attached is the limited extract for IRB 2026-0412. Our privacy officer has certified it as
de-identified under Safe Harbor: year only, age bands, no hospital names.

Northstar Research
""",
        atts=(
            Att(
                "donor_mgmt_2024_2025.csv",
                "text/csv",
                "row,year,age_band,donor_type,peak_na,vasopressin,t4_infusion,organs_tx\n"
                "1,2024,18-34,DBD,158,yes,yes,5\n2,2024,50-64,DCD,141,no,no,2\n3,2025,35-49,DBD,149,yes,no,4\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff_hepb_titer",
        notes="Hard negative: employee health reminder about Hep B titers and TB testing for staff",
        frm="Northstar HR <hr@northstarorgan.org>",
        to="All Staff <allstaff@northstarorgan.org>",
        subject="Annual TB screening and Hep B titer due",
        body="""Reminder: annual TB screening (QuantiFERON) and, for new staff, hepatitis B surface antibody
titers are due by December 15. Draws are available at the Eau Pointe office Tuesdays 8-10.
Results go to Employee Health only; managers receive compliant / not compliant.
""",
    ),
    Spec(
        phi=False,
        category="system_maintenance",
        notes="IT notice of a donor management system maintenance window",
        frm="Northstar IT <it@northstarorgan.org>",
        to="Clinical Staff <clinical@northstarorgan.org>",
        subject="iDonate maintenance Sat 11/14 2300-0100",
        body="iDonate will be read-only Saturday 11/14 23:00-01:00 for patching. Use paper case forms if a referral comes in; IT on call x200.\n",
    ),
    Spec(
        phi=False,
        category="simulation_drill_test_case",
        notes="Hard negative: mock referral drill using a clearly fictional SIM donor for a hospital exercise",
        frm="Hospital Development <hospdev@northstarorgan.org>",
        to="Neuro ICU Educator <nicu.educator@lakemonthealth.org>",
        subject="Mock referral drill script - Dec 9",
        body="""Hi Marta,

Script for the Dec 9 drill. THIS IS A SIMULATION - NOT A REAL PATIENT.

SIM DONOR "TEST, JOHN SIM", 45 M, sim MRN SIM-0001
Scenario: GCS drops from 7 to 4, team discusses withdrawal; nurse should recognise the
trigger and call the referral line within 1 hour. Mannequin in room N12.

Debrief at 1500.
""",
    ),
    Spec(
        phi=False,
        category="press_release_draft",
        notes="Press release draft with annual organ donation totals",
        frm="Northstar Communications <comms@northstarorgan.org>",
        to="newsdesk@starcourierpress.com",
        subject="EMBARGOED: Northstar marks record donation year",
        body="""FOR RELEASE JANUARY 5, 2027

Northstar Organ Recovery reports a record 412 organs transplanted from 148 donors in 2026, a
14% increase, and 1,260 tissue donors. Donation after circulatory death grew to 41% of donors.
Registration on the state donor registry reached 63% of adults.

Media contact: Erin Falk, 651-555-0190
""",
    ),
    Spec(
        phi=False,
        category="volunteer_speaker_thanks",
        notes="Thanks to a community volunteer speaker at gmail about a school presentation, no health details",
        frm="Volunteer Programs <volunteers@northstarorgan.org>",
        to="Tomasz Nowicki <tnowicki.speaks@gmail.com>",
        subject="Thank you - Riverside High presentation",
        body="""Hi Tomasz,

Thank you for speaking to the Riverside High health classes last week. 140 students heard
the presentation and the teachers have already asked us back. Mileage reimbursement forms
are attached to your volunteer portal.

Kari, Volunteer Programs
""",
    ),
]
