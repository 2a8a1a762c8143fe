"""Prairie Blood Center (community blood supplier): outbound mail, PHI and not."""

# ruff: noqa: E501  (hand-written mail text: long lines and non-Latin scripts are the data)

from __future__ import annotations

from _att import XLSX, encrypted_zip, pdf, xlsx, zipped
from _spec import Att, Spec

_HL7_ABID = (
    "MSH|^~\\&|PBC_IRL|PRAIRIEBLOOD|BBIS|LAKEMONT|202611100930||ORU^R01|PBC2611100007|P|2.5.1\r"
    "PID|1||40559183^^^LUH^MR||Castellanos^Lucia^M||19610314|F\r"
    "OBR|1|LM77120|IRL26-1142|ABID^Antibody identification^L|||202611091815\r"
    "OBX|1|ST|ABSC^Antibody screen^L||Positive||||||F\r"
    "OBX|2|ST|ABID^Antibody identified^L||Anti-Jk(a), anti-E||||||F\r"
    "OBX|3|ST|DAT^Direct antiglobulin test^L||Negative||||||F\r"
    "NTE|1||Provide Jk(a)-negative, E-negative RBCs. History of delayed hemolytic reaction 2019.\r"
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="reference_lab_report_pdf",
        notes="Immunohematology reference lab report PDF with patient name, DOB, MRN and antibodies",
        frm="Prairie Reference Lab <irl@prairieblood.org>",
        to="Transfusion Service <bloodbank@lakemonthealth.org>",
        subject="IRL workup complete - your accession LM77120",
        body="""Final report attached. Four Jk(a)-negative, E-negative units are crossmatch-compatible and
tagged; they will go out on the 1500 courier.

Prairie Blood Center Immunohematology Reference Laboratory
""",
        atts=(
            Att(
                "IRL26-1142_final.pdf",
                "application/pdf",
                pdf(
                    [
                        "PRAIRIE BLOOD CENTER - IMMUNOHEMATOLOGY REFERENCE LABORATORY",
                        "Patient: CASTELLANOS, LUCIA M   DOB 03/14/1961   MRN 40559183",
                        "Hospital: Lakemont University Hospital   Dx: GI bleed, anemia",
                        "ABO/Rh: A Pos   Antibody screen: POS   DAT: NEG",
                        "Antibodies identified: anti-Jk(a), anti-E",
                        "Recommendation: antigen-negative RBCs for life; carry antibody card",
                    ],
                    "IRL final report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lookback_notification",
        notes="HCV lookback to the hospital listing transfused recipients by MRN, name and transfusion date",
        frm="Prairie Medical Services <medservices@prairieblood.org>",
        to="Dr. Hyun-Woo Baek <hbaek@lakemonthealth.org>",
        subject="HCV lookback notification - LB26-019",
        body="""Dr. Baek,

A repeat donor tested HCV NAT reactive on 10/29/2026. Prior donations within the lookback
window were transfused at Lakemont. Per 21 CFR 610.47 please notify the recipients' physicians:

  Unit W0421 26 088412 (RBC) -> Tran, Minh Chau, MRN 40719302, transfused 06/11/2026
  Unit W0421 26 071130 (FFP) -> Oyelaran, Babatunde, MRN 40982215, transfused 03/02/2026

Recipient testing (HCV Ab with reflex NAT) is recommended. Please return the lookback form
within 45 days.

Dr. Adaeze Nwosu, Medical Director, Prairie Blood Center
""",
    ),
    Spec(
        phi=True,
        category="donor_reactive_test_notice",
        notes="Donor notification to a gmail address: reactive hepatitis B core antibody and deferral",
        frm="Prairie Donor Notification <donornotify@prairieblood.org>",
        to="Derek Lindqvist <dlindqvist.mn@gmail.com>",
        subject="Important information about your recent donation",
        body="""Dear Derek Lindqvist,

Thank you for donating at the Eau Pointe center on October 28, 2026. Your blood tested
reactive for the hepatitis B core antibody (anti-HBc). Your hepatitis B surface antigen and
NAT tests were negative. Because this test was reactive on two donations, you are no longer
eligible to donate blood.

This result does not mean you have hepatitis B, but please share it with your doctor. One of
our nurses, Greta Holm RN, will call you at 612-555-0139 this week to explain.

Prairie Blood Center Donor Services
""",
    ),
    Spec(
        phi=True,
        category="donor_low_hemoglobin",
        notes="Hard positive: friendly note to a donor at yahoo with her hemoglobin value and iron advice",
        frm="Mobile Team 3 <mobile3@prairieblood.org>",
        to="Bao Nguyen <baonguyen.2003@yahoo.com>",
        subject="sorry we couldn't take you today!",
        body="""Hi Bao,

So sorry we had to turn you away at the college drive yesterday. Your hemoglobin was 11.9
and we need 12.5 for women. This is really common in young donors! Eating iron-rich foods
(or a low-dose iron pill, ask your doctor) usually fixes it in a few weeks. You can try
again any time after November 17.

Kayla, Mobile Team 3
""",
    ),
    Spec(
        phi=True,
        category="therapeutic_phlebotomy_schedule",
        notes="Therapeutic phlebotomy appointment for hemochromatosis with ferritin to the patient at outlook",
        frm="Therapeutic Services <therapeutic@prairieblood.org>",
        to="Raymond Dufresne <rdufresne@outlook.com>",
        subject="Your therapeutic phlebotomy appointments",
        body="""Mr. Dufresne,

Dr. Park's order for therapeutic phlebotomy for hereditary hemochromatosis is on file (500 mL
every 2 weeks until ferritin < 50; your last ferritin was 612). Your next appointments at the
Eau Pointe center:
  Tue 11/17 8:00 AM
  Tue 12/1 8:00 AM

Please drink extra fluids the day before. Copay is billed through Lakemont.

Prairie Blood Center Therapeutic Services
""",
    ),
    Spec(
        phi=True,
        category="hla_matched_platelets",
        notes="HLA-matched platelet support plan for a named refractory patient",
        frm="Prairie Hospital Services <hospitalservices@prairieblood.org>",
        to="Transfusion Service <bloodbank@lakemonthealth.org>",
        subject="HLA-matched platelets - Ferreira",
        body="""Hi team,

For Joao Ferreira (MRN 41077216, AML on induction): cPRA 98%, confirmed platelet
refractoriness. We've recruited 6 HLA-matched apheresis donors (A/B grade) and can supply
one product every other day starting Thursday. Please send 1-hour CCIs after each
transfusion so we can keep the best matches.

Prairie Hospital Services
""",
    ),
    Spec(
        phi=True,
        category="directed_donation_csv",
        notes="Directed donation roster CSV with the intended recipient's name, DOB, surgery and date",
        frm="Prairie Special Collections <special@prairieblood.org>",
        to="Pre-op Testing <preop@lakemonthealth.org>",
        subject="Directed donor units ready",
        body="Directed units for the surgeries below are collected and tested. Roster attached.\n",
        atts=(
            Att(
                "directed_units_1110.csv",
                "text/csv",
                "Recipient,DOB,Procedure,Surgery date,Donor relation,Unit,ABO\n"
                "Kowalczyk Irena,1956-07-11,Revision total hip,2026-11-19,Daughter,W0421 26 133410,O Pos\n"
                "Ahmadi Navid,2014-02-03,Spinal fusion (scoliosis),2026-11-23,Father,W0421 26 133522,A Pos\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="phi_subject_only",
        notes="Hard positive: initial, surname and DOB with antigen-negative units only in the subject",
        frm="Prairie Hospital Services <hospitalservices@prairieblood.org>",
        to="Transfusion Service <bloodbank@lakemonthealth.org>",
        subject="Jk(a)-neg units for L. Castellanos DOB 3/14/1961 ready",
        body="Leaving on the 1500 courier. Tote 7.\n",
    ),
    Spec(
        phi=True,
        category="antibody_hl7",
        notes="Hard positive: HL7 result attachment only, with patient name, DOB and antibodies; body is interface boilerplate",
        frm="PBC Interface <interface@prairieblood.org>",
        to="bbis.inbound@lakemonthealth.org",
        subject="ORU batch 20261110-0930",
        body="Automated delivery. 1 message.\n",
        atts=(Att("PBC2611100007.hl7", "application/hl7-v2", _HL7_ABID),),
    ),
    Spec(
        phi=True,
        category="trali_investigation_result",
        notes="TRALI investigation result naming the recipient and reaction with donor antibody findings",
        frm="Dr. Adaeze Nwosu <anwosu@prairieblood.org>",
        to="Yusuf Demir <ydemir@lakemonthealth.org>",
        subject="Re: October transfusion reaction reports for supplier investigation",
        body="""Yusuf,

Investigation complete for Folake Adeyemi (your MRN 41002394), reaction 10/17: the donor of
W0421 26 121055 is a multiparous female with HLA class II antibodies (anti-DR4) that match the
recipient's DR4 antigen. This supports TRALI. The donor has been permanently deferred from
plasma-containing products. Glad to hear Ms. Adeyemi was extubated on day 2.

Adaeze Nwosu, MD
""",
    ),
    Spec(
        phi=True,
        category="rare_donor_search",
        notes="Hard positive: rare donor search request with patient initials, DOB and hospital only",
        frm="Prairie Reference Lab <irl@prairieblood.org>",
        to="search@rarebloodregistry.org",
        subject="Urgent search request: Vel-negative RBCs",
        body="""Rare donor search request:

Patient: initials T.W.  DOB 05/30/1952  Hospital: Lakemont University Hospital, Eau Pointe MN
Phenotype: O Pos, Vel-negative, anti-Vel identified (strong, IgM+IgG)
Indication: elective CABG planned 12/02/2026, Hgb 10.1
Need: 4 units by 11/30; will accept frozen

Contact: Prairie IRL 507-555-0150
""",
    ),
    Spec(
        phi=True,
        category="iga_deficient_standing_order_zip",
        notes="Encrypted zip (password by phone) of standing order notes for an IgA-deficient patient; body gives patient name and condition too",
        frm="Prairie Hospital Services <hospitalservices@prairieblood.org>",
        to="Transfusion Service <bloodbank@lakemonthealth.org>",
        subject="Standing order - Okafor, IgA deficient",
        body="""Attached are the standing order and the washed-product plan for Chidi Okafor (IgA
deficiency with anti-IgA, history of anaphylaxis). Password by phone as usual.
""",
        atts=(
            Att(
                "okafor_standing_order.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "standing_order.txt": (
                            "Patient: Chidi Okafor  DOB 09/14/1988  MRN 41122654\n"
                            "Dx: selective IgA deficiency, anti-IgA present, anaphylaxis 2024\n"
                            "Plan: washed RBC (6 washes) or IgA-deficient donor units; IgA-deficient plasma only\n"
                        )
                    },
                    "Prairie2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply_to_parent_directed_drive",
        notes="Hard positive: reply to a mother at hotmail whose quoted message names her son and his leukemia",
        frm="Prairie Donor Services <donorservices@prairieblood.org>",
        to="Alejandra Ruiz <aleruiz22@hotmail.com>",
        subject="Re: can friends donate platelets for Mateo?",
        body="""Hi Alejandra,

We are so sorry Mateo is going through this. Friends and family cannot give platelets directly
to him outside of a doctor-ordered directed donation, but a blood drive in his honor helps
every child on the 7th floor at Lakemont. We'd love to set one up at his school; I can call you
Thursday.

Warmly,
Gabrielle Tessier, Community Drive Coordinator

> On Sun, Nov 8, Alejandra Ruiz wrote:
> My son Mateo (he's 9) has leukemia and needs platelets almost every week at Lakemont.
> His whole soccer team wants to donate for him. How do we do that?
""",
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="inventory_status_appeal",
        notes="Hard negative: blood inventory status by type in days of supply with an appeal, aggregate",
        frm="Prairie Hospital Services <hospitalservices@prairieblood.org>",
        to="Hospital Customers <hospitals@prairieblood.org>",
        subject="Inventory status: O-neg CRITICAL",
        body="""Inventory as of 0700 (days on hand):
  O-neg 1.2   O-pos 2.1   A-neg 2.8   A-pos 3.4   B-pos 4.0   AB 5+
  Platelets 1.6   Plasma 10+

Orders for O-neg will be filled at 70% until further notice. Please transfuse single units
where appropriate and return any O-neg you can re-type as O-pos recipients.
""",
    ),
    Spec(
        phi=False,
        category="drive_schedule_sponsor",
        notes="Blood drive schedule confirmation to a church sponsor coordinator at yahoo",
        frm="Gabrielle Tessier <gtessier@prairieblood.org>",
        to="Lorraine Kettering <lkettering.stmarks@yahoo.com>",
        subject="St. Mark's blood drive Dec 13 - confirmed",
        body="""Hi Lorraine,

You're confirmed for Sunday, December 13, 8:30 AM - 1:30 PM in the fellowship hall, with the
bus parked on Elm Street. Goal is 40 donors; 22 have signed up online. I'll drop off posters and
bulletin inserts Sunday. Thank you!

Gabrielle
""",
        html="""<html><body><p>Hi Lorraine,</p>
<p>You're confirmed for <b>Sunday, December 13, 8:30 AM - 1:30 PM</b> in the fellowship hall,
with the bus parked on Elm Street. Goal is 40 donors; 22 have signed up online.</p>
<p>I'll drop off posters and bulletin inserts Sunday. Thank you!</p>
<p>Gabrielle Tessier<br>Account Manager, Prairie Blood Center<br>
<img src="https://prairieblood.org/img/sig-logo.png" alt="Prairie Blood Center" width="120"></p>
</body></html>""",
    ),
    Spec(
        phi=False,
        category="fda_guidance_summary",
        notes="Hard negative: donor eligibility regulatory update mentioning HIV, malaria and deferrals generally",
        frm="Prairie Regulatory Affairs <regulatory@prairieblood.org>",
        to="Hospital Customers <hospitals@prairieblood.org>",
        subject="Donor eligibility changes effective January 2027",
        body="""Summary of upcoming changes to donor eligibility:

- Individual risk assessment questions on the donor history questionnaire (version 4.0)
- Malaria travel deferral reduced to 3 months for travel to endemic areas
- Donors taking oral PrEP remain deferred for 3 months after last dose
- No change to components or labelling for hospital customers

Questions: regulatory@prairieblood.org
""",
    ),
    Spec(
        phi=False,
        category="customer_invoice",
        notes="Hard negative: monthly product invoice to the hospital with ISBT product codes and SSN-shaped account number",
        frm="Prairie Billing <billing@prairieblood.org>",
        to="Accounts Payable <ap@lakemonthealth.org>",
        subject="Invoice 2026-10-0447 - Lakemont University Hospital",
        body="""Invoice 2026-10-0447, customer account 504-21-7786, October 2026

  E0336 RBC LR AS-1          1,122 x $215.00   $241,230.00
  E8340 Apheresis PLT PR        196 x $612.00   $119,952.00
  E2555 FP24                    308 x  $58.00    $17,864.00
  Antigen-typed RBC surcharge    44 x  $95.00     $4,180.00
  IRL workups                    11 x $410.00     $4,510.00
  Total due                                    $387,736.00

Net 30. Remit to Prairie Blood Center, PO Box 4410.
""",
    ),
    Spec(
        phi=False,
        category="courier_route_change",
        notes="Courier route change notice",
        frm="Prairie Distribution <distribution@prairieblood.org>",
        to="Transfusion Service <bloodbank@lakemonthealth.org>",
        subject="Holiday courier schedule",
        body="Thanksgiving week: no 1500 route on Thu 11/26; STAT deliveries as usual. Normal schedule resumes Fri 11/27.\n",
    ),
    Spec(
        phi=False,
        category="donor_newsletter_html",
        notes="HTML-only donor newsletter to a mailing list about holiday drives and O-neg need",
        frm="Prairie Blood Center <news@prairieblood.org>",
        to="Prairie Donors <donors@lists.prairieblood.org>",
        subject="Give the gift of life this holiday season",
        body="",
        html="""<html><body><h1>Holidays are hard on the blood supply</h1>
<p>Donations drop 20% between Thanksgiving and New Year's while patients still need blood for
surgery, cancer treatment and trauma.</p>
<p><b>Type O-negative donors</b>: you are the universal donor, and we need you now.</p>
<p>Every donor in December gets a Prairie Blood Center scarf.</p>
<p><a href="https://prairieblood.org/schedule">Schedule an appointment</a></p></body></html>""",
    ),
    Spec(
        phi=False,
        category="staff_competency",
        notes="Phlebotomist annual competency reminder for staff",
        frm="Prairie Training <training@prairieblood.org>",
        to="Collections Staff <collections@prairieblood.org>",
        subject="Annual competency - venipuncture and adverse reactions",
        body="""Annual competencies are due December 31: venipuncture observation, donor reaction
management (vasovagal, citrate reaction, hematoma) and arm scrub. Sign up on the LMS.
Checklists and the quiz answer key for preceptors are in the attached zip.
""",
        atts=(
            Att(
                "competency_2026.zip",
                "application/zip",
                zipped(
                    {
                        "venipuncture_checklist.txt": (
                            "Prairie Blood Center - Venipuncture Observation Checklist 2026\n"
                            "1. Donor identity confirmed with photo ID and DHQ\n"
                            "2. Arm inspected; 30-second scrub, 30-second dry\n"
                            "3. Needle inserted bevel up at 30 degrees\n"
                        ),
                        "reaction_quiz_key.txt": (
                            "Q1 b (lay donor flat, raise legs)\nQ2 d (citrate: tingling lips)\nQ3 a (hematoma: pressure)\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="deviation_report_aggregate",
        notes="Hard negative: quarterly biological product deviation counts by type, aggregate",
        frm="Prairie Quality <quality@prairieblood.org>",
        to="Dr. Hyun-Woo Baek <hbaek@lakemonthealth.org>",
        subject="Q3 BPD summary for customers",
        body="""Q3 biological product deviations reported to FDA: 7
  Post-donation information (travel, medication): 5
  Labelling: 1
  Storage temperature excursion: 1
Products recalled from Lakemont: 2 RBC units (both already transfused, no recipient action
recommended by medical director).
""",
    ),
    Spec(
        phi=False,
        category="synthetic_test_record",
        notes="Hard negative: blood establishment software validation with a labelled test donor record and fake DIN",
        frm="Prairie IT Validation <validation@prairieblood.org>",
        to="Vendor Support <support@hemasoftsystems.com>",
        subject="Validation defect VAL-2211",
        body="""Defect VAL-2211 in the 8.4 test environment:

Test donor "TESTDONOR, ZZALPHA" (validation record, not a real person), DIN W0421 99 000017.
When the HBsAg result is entered as reactive, the deferral code defaults to temporary instead
of permanent. Expected: permanent deferral and quarantine of all in-date components.

Screenshots in the ticket.
Prairie IT Validation
""",
    ),
    Spec(
        phi=False,
        category="medical_director_talk",
        notes="Hard negative: physician names with specialty speaking on sickle cell disease and Ro donors, no patient",
        frm="Prairie Community Relations <community@prairieblood.org>",
        to="info@eaupointerotary.org",
        subject="Speaker for your January meeting",
        body="""Hi Dale,

Dr. Adaeze Nwosu, our medical director (transfusion medicine and hematology), would be glad to
speak at your January 14 lunch: "Why blood type matters for sickle cell disease." People with
sickle cell disease often need closely matched blood, and the best matches usually come from
donors of African descent. She'll talk about our Ro donor program. 20 minutes plus Q&A.

Community Relations, Prairie Blood Center
""",
    ),
    Spec(
        phi=False,
        category="payroll_notice",
        notes="Hard negative: payroll direct deposit and W-2 notice to staff",
        frm="Prairie Payroll <payroll@prairieblood.org>",
        to="All Staff <allstaff@prairieblood.org>",
        subject="Direct deposit changes and W-2 consent",
        body="""Payroll cutoff for direct deposit changes on the 11/27 check is 11/20. To get your 2026
W-2 electronically, consent in the HR portal by January 10. Shift differential for mobile
evening drives is now $2.75/hour.
""",
    ),
    Spec(
        phi=False,
        category="deidentified_donor_iron_study",
        notes="Hard negative: de-identified donor iron study workbook (study codes, age bands, ferritin) to a university",
        frm="Prairie Research <research@prairieblood.org>",
        to="Dr. Soren Vik <svik@northlandu.edu>",
        subject="Iron study extract - de-identified, 2 tabs",
        body="""Soren,

Extract for the donor iron manuscript attached: tab 1 donation-level, tab 2 summary. Study codes
only; ages banded; no dates beyond year. The key stays in our research office.

Prairie Research
""",
        atts=(
            Att(
                "iron_study_deid.xlsx",
                XLSX,
                xlsx(
                    {
                        "Donations": [
                            [
                                "study_code",
                                "year",
                                "sex",
                                "age_band",
                                "hgb",
                                "ferritin",
                                "donations_12mo",
                            ],
                            ["IR-0113", 2025, "F", "18-24", 12.6, 9, 3],
                            ["IR-0207", 2025, "M", "45-54", 14.8, 31, 5],
                            ["IR-0388", 2026, "F", "35-44", 13.1, 14, 2],
                        ],
                        "Summary": [
                            ["group", "n", "ferritin<15 %"],
                            ["F 18-24", 412, 38.1],
                            ["M all", 1980, 11.4],
                        ],
                    }
                ),
            ),
        ),
    ),
]
