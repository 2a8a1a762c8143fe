# ruff: noqa: E501  (message text, calendar and HTML lines keep the shapes real mail has)
"""Brightside Dental Group (brightsidedental.com): general dentistry, oral surgery, orthodontics
and pediatric dentistry. 18 PHI, 18 not PHI."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import BD, Att, Spec

FRONT = f"Kayla Brooks <kbrooks@{BD}>"
TC = f"Yesenia Morales-Diaz <ymoralesdiaz@{BD}>"
BILL = f"Trent Abernathy <tabernathy@{BD}>"
OM = f"Deborah Lindgren <dlindgren@{BD}>"
OMS = "summitoms.com"
LAB = "artisandentallab.com"
CH = "dentalclaimhub.com"

SIG = """
Brightside Dental Group
Polaris | Hilliard | Grandview
(614) 555-0230 | brightsidedental.com"""

FOOTER = """
This message may contain confidential information intended only for the addressee. If you
received it in error, please notify Brightside Dental Group and delete it."""


def _x12_837d(test: bool) -> str:
    usage = "T" if test else "P"
    if test:
        sub = "NM1*IL*1*TESTPATIENT*DONOTUSE****MI*TEST00000001~"
        dmg = "DMG*D8*19000101*U~"
        n3 = "N3*1 TEST STREET~N4*TESTCITY*OH*43000~"
        clm = "CLM*TEST0001*99***11:B:1*Y*A*Y*Y~"
        sv = "SV3*AD:D1110*99****1~DTP*472*D8*20261101~"
    else:
        sub = "NM1*IL*1*GALLAGHER*FIONA*M***MI*NDB771204458~"
        dmg = "DMG*D8*19810223*F~"
        n3 = "N3*4471 KENWICK RD~N4*HILLIARD*OH*43026~"
        clm = "CLM*BD2611-0447*1385***11:B:1*Y*A*Y*Y~"
        sv = (
            "SV3*AD:D2740*1240****1~TOO*JP*19~DTP*472*D8*20261104~"
            "LX*2~SV3*AD:D2950*145****1~TOO*JP*19~DTP*472*D8*20261104~"
        )
    return (
        f"ISA*00*          *00*          *ZZ*BRIGHTSIDE01   *ZZ*DCLAIMHUB      "
        f"*261109*1012*^*00501*000004471*0*{usage}*:~"
        "GS*HC*BRIGHTSIDE01*DCLAIMHUB*20261109*1012*4471*X*005010X224A2~"
        "ST*837*0001*005010X224A2~"
        "BHT*0019*00*BD4471*20261109*1012*CH~"
        "NM1*41*2*BRIGHTSIDE DENTAL GROUP*****46*BD0042~"
        "NM1*40*2*NORTHSTAR DENTAL BENEFITS*****46*NSDB1~"
        "HL*1**20*1~NM1*85*2*BRIGHTSIDE DENTAL GROUP*****XX*1941465415~"
        "N3*1650 POLARIS PKWY~N4*COLUMBUS*OH*43240~REF*EI*311824407~"
        "HL*2*1*22*0~SBR*P*18*GRP7720******CI~"
        f"{sub}{n3}{dmg}"
        "NM1*PR*2*NORTHSTAR DENTAL BENEFITS*****PI*NSDB1~"
        f"{clm}{sv}"
        "SE*24*0001~GE*1*4471~IEA*1*000004471~"
    )


MESSAGES: list[Spec] = [
    # ------------------------------------------------------------------ PHI
    Spec(
        phi=True,
        category="pediatric appointment reminder to parent",
        notes="Hard positive: child's first name only, with the treatment and appointment, sent "
        "to a parent's gmail.",
        frm=FRONT,
        to="Jessica Whitmore <jesswhitmore22@gmail.com>",
        subject="Liam's appointment Tuesday",
        body=f"""Hi Jessica,

Just a reminder that Liam is scheduled Tuesday 11/10 at 3:30 with Dr. Chen at our Hilliard
office for his two fillings and sealants on the 6-year molars. We'll use the "happy air"
(nitrous) like last time, so please give him only a light snack 2 hours before.

See you then!
Kayla
{SIG}""",
    ),
    Spec(
        phi=True,
        category="orthodontic financial agreement pdf",
        notes="Ortho contract PDF to a parent: patient name, DOB, treatment (Invisalign for "
        "Class II malocclusion), fee and payment plan.",
        frm=TC,
        to="Rajesh Iyer <rajesh.iyer@outlook.com>",
        subject="Anika's treatment agreement",
        body=f"""Hi Mr. Iyer,

Great meeting you and Anika yesterday. As discussed, her treatment agreement is attached.
Insurance (Northstar) should cover $1,500 of the orthodontic fee; the rest is split over 18
months. Please sign and return before her records/attachments appointment on 11/19.

Yesenia Morales-Diaz
Treatment Coordinator
{SIG}""",
        atts=(
            Att(
                "Iyer_Anika_ortho_agreement.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTSIDE DENTAL GROUP - ORTHODONTICS",
                        "Orthodontic Treatment and Financial Agreement",
                        "",
                        "Patient: Anika Iyer        DOB: 04/11/2013",
                        "Responsible party: Rajesh Iyer",
                        "Diagnosis: Class II div 1 malocclusion, 6 mm overjet, crowding",
                        "Treatment: Invisalign Comprehensive, est. 20 months (Dr. Nadia Petrova)",
                        "",
                        "Total fee: $6,250.00",
                        "Est. insurance (Northstar, lifetime max): -$1,500.00",
                        "Down payment: $850.00",
                        "Balance: $3,900.00 over 18 months = $216.67/month",
                    ],
                    "Orthodontic agreement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="oral surgery referral with pano png",
        notes="Referral to an outside oral surgeon: patient name, DOB, impacted third molars; "
        "panoramic image named for the patient.",
        frm=f"Dr. Olivia Hart <ohart@{BD}>",
        to=f"Referrals <referrals@{OMS}>",
        subject="Referral - third molars",
        body=f"""Hello Summit team,

Referring Tyler Nguyen-Brandt (DOB 07/06/2008) for evaluation and extraction of #1, 16, 17
and 32. #17 and #32 are mesioangular impactions, #32 with recurrent pericoronitis
(treated with amoxicillin 500 mg twice this year). Pano from 11/2 attached. Mom would like
IV sedation; he has mild asthma (albuterol PRN only).

Thanks,
Olivia Hart, DDS
{SIG}""",
        atts=(Att("Pano_NguyenBrandt_Tyler_2026-11-02.png", "image/png", png(8, 4, (90, 90, 90))),),
    ),
    Spec(
        phi=True,
        category="X12 837D claim resubmission",
        notes="Hard positive: body is about a rejected batch; the X12 837D carries the "
        "subscriber's name, DOB, address, member ID and crown CDT codes.",
        frm=BILL,
        to=f"Support <support@{CH}>",
        subject="Resubmit batch 4471 - rejected for missing tooth number",
        body="""Hi,

Batch 4471 rejected at your front end (missing TOO segment on line 2). Corrected 837D
attached, please push it through today so it makes Northstar's Thursday cycle.

Trent Abernathy
Billing Coordinator, Brightside Dental Group""",
        atts=(Att("BD_837D_4471.x12", "application/edi-x12", _x12_837d(test=False)),),
    ),
    Spec(
        phi=True,
        category="AR aging workbook with claim lines",
        notes="Hard positive: looks like a finance spreadsheet, but rows tie patient names and "
        "member IDs to procedure codes and dates of service.",
        frm=BILL,
        to="Billing Team <team@dentalrcmsolutions.com>",
        subject="AR > 90 days - November worklist",
        body="""Attached is the >90 day AR for November, two tabs (insurance / patient portion).
Please work the insurance tab first - the Northstar ones mostly need narratives and x-rays.

Trent""",
        atts=(
            Att(
                "AR90_Nov2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Insurance": [
                            [
                                "Patient",
                                "Subscriber ID",
                                "Payer",
                                "DOS",
                                "CDT",
                                "Tooth",
                                "Billed",
                                "Status",
                            ],
                            [
                                "Fiona Gallagher",
                                "NDB771204458",
                                "Northstar",
                                "2026-07-14",
                                "D2740",
                                "19",
                                1240,
                                "Needs narrative",
                            ],
                            [
                                "Oluwaseun Bakare",
                                "NDB660318827",
                                "Northstar",
                                "2026-07-21",
                                "D4341",
                                "UR",
                                286,
                                "Perio chart requested",
                            ],
                            [
                                "Graciela Montoya",
                                "DDX2241907",
                                "Delta",
                                "2026-08-02",
                                "D7240",
                                "32",
                                512,
                                "Denied - pre-op image",
                            ],
                            [
                                "Bradley Kincaid",
                                "MTL0099412",
                                "MetLife",
                                "2026-08-05",
                                "D3330",
                                "3",
                                1105,
                                "Pending",
                            ],
                        ],
                        "Patient portion": [
                            ["Patient", "Account", "Balance", "Last statement"],
                            ["Oluwaseun Bakare", "BD-220714", 114.4, "2026-10-15"],
                            ["Harold Jensen", "BD-118826", 620.0, "2026-10-15"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="medical clearance request to physician",
        notes="Request to a cardiologist for clearance before extractions: name, DOB, MI "
        "history, clopidogrel.",
        frm=f"Dr. Ramón Ibarra <ribarra@{BD}>",
        to="Dr. Claire Whitcomb <cwhitcomb@ohiohearthealth.com>",
        subject="Clearance request before extractions",
        body=f"""Dr. Whitcomb,

We share a patient, Harold Jensen (DOB 09/14/1952). He needs extraction of #3, #14 and #15
(non-restorable, recurrent abscess) under local anesthesia. He reports an MI in 2023 with
two stents and takes clopidogrel 75 mg and aspirin 81 mg.

May we proceed without interrupting the dual antiplatelet therapy? We plan local hemostatic
measures (collagen plugs, sutures, tranexamic rinse). Please also confirm there is no
restriction on epinephrine 1:100,000 up to 2 carpules.

Thank you,
Ramón Ibarra, DDS, MD
Oral & Maxillofacial Surgery
{SIG}""",
    ),
    Spec(
        phi=True,
        category="patient cost question thread",
        notes="Reply thread with a patient about the cost of her root canal and crown; her "
        "name, tooth and insurance estimate.",
        frm=TC,
        to="Lorraine Papadakis <lpapadakis@aol.com>",
        subject="Re: cost of root canal?",
        body="""Hi Lorraine,

Good question! For the root canal on #30 (D3330 molar) and the crown afterwards (D2740),
your Northstar plan pays 50% after the deductible. Your estimate:

  Root canal #30   $1,105  -> your portion about $580
  Crown #30        $1,240  -> your portion about $640 (can be done in January to use
                              next year's maximum)

We can start the root canal next week, Dr. Hart has Thursday 11/12 at 10 open.

Yesenia

> From: Lorraine Papadakis <lpapadakis@aol.com>
> Sent: Monday, November 9, 2026 7:02 AM
> Subject: cost of root canal?
>
> Dr Hart said I need a root canal on my bottom right tooth and it still hurts with
> cold. How much will it be with my insurance? I'm on a fixed income.
> Lorraine""",
    ),
    Spec(
        phi=True,
        category="subject-only sedation consent",
        notes="Hard positive: the patient's name and IV sedation date are only in the subject; "
        "the attached form is the blank template.",
        frm=f"Marisol Ponce <mponce@{BD}>",
        to=OM,
        subject="Sedation consent - Whitfield, Tyrone - IV sedation 11/12",
        body="""Deb, the consent in the system is still the old version (no airway section). The
blank one I'm using is attached, is this the right one? Need it before Thursday. thx""",
        atts=(
            Att(
                "IV_sedation_consent_blank_v2025.docx",
                DOCX,
                docx(
                    [
                        "Brightside Dental Group - Consent for Intravenous Moderate Sedation",
                        "Patient name: ______________________  Date of birth: __________",
                        "I understand that IV sedation carries risks including nausea, "
                        "phlebitis, allergic reaction and, rarely, airway obstruction.",
                        "I will not drive for 24 hours and will have a responsible adult with me.",
                        "Signature: ______________________  Witness: _________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="school excuse note docx",
        notes="School excuse note naming a child seen for dental treatment on a given date.",
        frm=FRONT,
        to="Nurse's Office <nurse@hilliardcityschools.org>",
        cc="Diana Morales <dianamorales.fam@gmail.com>",
        subject="Excuse note - Ava Morales",
        body=f"""Hello,

At her mother's request, the excuse note for Ava's absence this morning is attached.

Thank you,
Kayla Brooks
{SIG}""",
        atts=(
            Att(
                "Excuse_Ava_Morales_11-11.docx",
                DOCX,
                docx(
                    [
                        "Brightside Dental Group - Pediatric Dentistry",
                        "November 11, 2026",
                        "To whom it may concern:",
                        "Ava Morales (DOB 05/29/2017) was seen in our office today from 8:00 "
                        "to 10:15 AM for dental treatment (two extractions under nitrous oxide). "
                        "She may return to school tomorrow; soft foods today.",
                        "Kevin Chen, DDS, Pediatric Dentist",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dental lab crown prescription",
        notes="Hard positive: reads like a supply order to the dental lab, but names the patient "
        "with tooth, restoration and bruxism history.",
        frm=f"Dr. Olivia Hart <ohart@{BD}>",
        to=f"Case Entry <cases@{LAB}>",
        subject="New case - pickup Thursday",
        body="""Hi Artisan,

New case for Thursday pickup:

Patient: Fiona Gallagher
Tooth #19, full-contour zirconia crown, shade A2 body / A1 incisal
Prep: margin chamfer, 1.5 mm occlusal reduction
Heavy bruxer - please keep occlusal contacts light; she fractured the last PFM on #18.
Digital scan sent via iTero (order 5527143).
Due back 11/20, seat appt 11/23.

Thanks,
Dr. Olivia Hart""",
    ),
    Spec(
        phi=True,
        category="ortho progress photos png",
        notes="Intraoral progress photo named for the patient, sent to the orthodontist with a "
        "note on her elastics.",
        frm=f"Mei Tanaka RDH <mtanaka@{BD}>",
        to=f"Dr. Nadia Petrova <npetrova@{BD}>",
        subject="progress photos - decalcification?",
        body="""Dr. P - Simran was in for her cleaning today. I'm seeing white spot lesions on
#7-10 around the brackets, photos attached. She admits she's not wearing the Class II
elastics much. Prescribed PreviDent 5000. Want to see her before her next adjustment?

Mei""",
        atts=(
            Att("Kaur_Simran_intraoral_2026-11-10.png", "image/png", png(6, 6, (230, 200, 190))),
        ),
    ),
    Spec(
        phi=True,
        category="nitrous cases initials and DOB",
        notes="Hard positive: tomorrow's pediatric sedation list with only initials, birth "
        "dates and planned treatment.",
        frm=f"Dr. Kevin Chen <kchen@{BD}>",
        to=f"Peds Assistants <pedsassist@{BD}>",
        subject="tmrw AM",
        body="""Set up for tomorrow AM please:

8:00  D.R.  04/02/2019  SSC x4 (A, J, K, T) + pulpotomy K - N2O
9:15  M.T.  12/18/2020  ECC - 6 anterior strip crowns - N2O, very anxious, weighted blanket
10:30 J.A.  08/07/2016  sealants 3,14,19,30 - no N2O
11:00 K.W.  02/25/2018  ext #E #F trauma f/u - N2O

D.R. has a peanut allergy, no cherry flavor fluoride.
KC""",
    ),
    Spec(
        phi=True,
        category="implant consult calendar invite to patient",
        notes="Calendar invite to a patient's icloud whose description names her and the "
        "implant/bone graft consult.",
        frm=f"Dr. Ramón Ibarra <ribarra@{BD}>",
        to="Nadia Haddad <nadia.haddad.cbus@icloud.com>",
        subject="Invitation: Implant consultation - Brightside Dental @ Mon Nov 16 1:00pm",
        body="Looking forward to seeing you. Please bring your CT disc from Dr. Lam's office.",
        ics="""BEGIN:VCALENDAR
PRODID:-//Brightside Dental//Dentrix Ascend//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:bd-implant-20261116-1300@brightsidedental.com
DTSTAMP:20261109T163000Z
DTSTART:20261116T180000Z
DTEND:20261116T184500Z
SUMMARY:Implant consultation - Nadia Haddad
DESCRIPTION:Consult for implant #8 after failed root canal and extraction. Possible bone graft. Patient on alendronate since 2021 - review osteonecrosis risk.
LOCATION:Brightside Dental - Polaris\\, 1650 Polaris Pkwy\\, Columbus OH
ORGANIZER:mailto:ribarra@brightsidedental.com
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=True,
        category="collection notice with account number",
        notes="Past-due notice to a patient with account number and the extraction it is for.",
        frm=f"Brightside Billing <billing@{BD}>",
        to="Marcus Delacroix <marcus.delacroix@yahoo.com>",
        subject="Past due balance - account BD-305581",
        body="",
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Marcus Delacroix,</p>
<table cellpadding="4" style="border-collapse:collapse" border="1">
<tr><th>Account</th><th>Date of service</th><th>Description</th><th>Balance</th></tr>
<tr><td>BD-305581</td><td>08/19/2026</td><td>Surgical extraction, tooth #30 (D7210) and
post-op visit</td><td>$418.00</td></tr>
</table>
<p>Your insurance paid its portion on 09/12/2026. This balance is now over 60 days past
due. Please <a href="https://brightsidedental.com/pay">pay online</a>, call us to set up a
payment plan, or let us know if you believe this is an error. Accounts over 120 days are
referred to an outside collection agency.</p>
<p>Brightside Dental Group Billing<br>(614) 555-0233</p>
</body></html>""",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="forwarded SRP denial",
        notes="Forwarded (message/rfc822) payer denial naming the member and the scaling and "
        "root planing claim.",
        frm=BILL,
        to=f"Dr. Olivia Hart <ohart@{BD}>",
        subject="Fw: Claim determination - D4341",
        body="""Dr. Hart - Northstar denied the SRP again, says pocket depths under 5 mm. Can you
look at the perio chart from 7/21 and write a narrative? The 6 mm readings on the
lower right should qualify.

Trent""",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Claims Notices <noreply@northstardental.com>",
            to=f"Trent Abernathy <tabernathy@{BD}>",
            subject="Claim determination - D4341",
            body="""Claim 2026-0721-88413
Member: Oluwaseun Bakare   Member ID: NDB660318827
Provider: Brightside Dental Group
Service: D4341 Periodontal scaling and root planing, 4+ teeth, LR quadrant, DOS 07/21/2026
Determination: DENIED. Submitted periodontal charting does not show pocket depths of 5 mm
or greater in the quadrant. You may appeal within 180 days.""",
        ),
    ),
    Spec(
        phi=True,
        category="post-extraction instructions html",
        notes="HTML-only post-op instructions to a patient by first name at aol, naming his "
        "wisdom tooth extraction and prescriptions.",
        frm=f"Dr. Ramón Ibarra <ribarra@{BD}>",
        to="Marcus Bell <mbell1987@aol.com>",
        subject="Your after-surgery instructions",
        body="",
        html="""<html><body style="font-family:Helvetica">
<p>Hi Marcus,</p>
<p>Here are your instructions after today's removal of your four wisdom teeth under IV
sedation. Dr. Ibarra sent two prescriptions to the Kroger on Sawmill Rd:</p>
<ul>
<li><b>Ibuprofen 600 mg</b> every 6 hours for 3 days</li>
<li><b>Hydrocodone/acetaminophen 5/325</b> - 1 tablet every 6 hours only if needed, max 8 tablets</li>
<li>Chlorhexidine rinse starting tomorrow, twice daily</li>
</ul>
<p>No straws or smoking for a week (dry socket risk). Your follow-up is <b>Nov 20 at 9:00</b>.</p>
<p>Brightside Dental Group - Oral Surgery</p>
</body></html>""",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="school sealant program roster csv",
        notes="Hard positive: body has counts only; the roster CSV for a school-based sealant "
        "program has student names, DOB, Medicaid "
        "IDs and teeth sealed, sent to the state program.",
        frm=f"Dr. Kevin Chen <kchen@{BD}>",
        to="Sealant Program <sealants@odh-oralhealth.org>",
        subject="Hilliard Elementary sealant day - encounter roster",
        body="""Attached is the encounter roster for Hilliard Elementary (Nov 6). 5 students were
screened and sealed; 2 referred for restorative care (flagged). Billing to Medicaid went
out separately.

Kevin Chen, DDS""",
        atts=(
            Att(
                "sealant_roster_hilliard_elem_2026-11-06.csv",
                "text/csv",
                "student,dob,grade,medicaid_id,teeth_sealed,caries_found,referral\n"
                "Jaylen Robinson,2018-03-14,2,104482917723,3;14;19;30,N,N\n"
                "Sofia Castaneda,2018-09-02,2,104771290815,3;14;19;30,Y,Y\n"
                "Amir Hassan,2017-06-20,3,103962041177,3;14,N,N\n"
                "Brooklyn Meyers,2018-01-27,2,,19;30,N,N\n"
                "Dang Khoa Le,2017-11-09,3,104015588230,3;14;19;30,Y,Y\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="husband asked to relay perio plan",
        notes="Hard positive: to the patient's husband's gmail; wife named by first name, with "
        "periodontal disease and antibiotic.",
        frm=f"Mei Tanaka RDH <mtanaka@{BD}>",
        to="Paul Lindqvist-Berg <paul.lberg@gmail.com>",
        subject="Re: Grace's cleaning",
        body="""Hi Paul,

Since Grace asked me to send this to you: her deep cleaning is two visits (right side
11/17, left side 11/24). She should start the doxycycline 20 mg twice daily that Dr. Hart
prescribed and use the Waterpik daily. Her gum pockets were 5-7 mm in the back, so we'll
recheck in 6 weeks.

Thanks!
Mei Tanaka, RDH
Brightside Dental Group""",
    ),
    # ------------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="Halloween candy newsletter html",
        notes="HTML-only newsletter to the patient mailing list; general oral-health tips.",
        frm=f"Brightside Dental <hello@{BD}>",
        to=f"Brightside Families <families-list@{BD}>",
        subject="Candy season survival guide (and our holiday hours)",
        body="",
        html="""<html><body>
<h2>Candy season survival guide</h2>
<p>Sticky and sour candies are the worst for kids' teeth. Chocolate eaten with a meal is
better than grazing all afternoon. Drink water after treats and brush before bed!</p>
<h3>Holiday hours</h3>
<table border="1"><tr><td>Thanksgiving (11/26-27)</td><td>Closed</td></tr>
<tr><td>Dec 24</td><td>8-12</td></tr><tr><td>Dec 25 - Jan 1</td><td>Closed</td></tr></table>
<p><a href="https://brightsidedental.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="dental supply invoice pdf",
        notes="Hard negative: supply invoice PDF listing anesthetics, antibiotics and "
        "instrument names; no patient.",
        frm=f"Accounts Payable <ap@{BD}>",
        to="Customer Care <customercare@midwestdentalsupply.com>",
        subject="Invoice 55012874 - short shipped",
        body="""Hi, invoice 55012874 attached with the short-shipped lines highlighted in our
copy. We received 4 of 10 boxes of Septocaine. Please credit or ship the balance.

Accounts Payable, Brightside Dental Group""",
        atts=(
            Att(
                "Inv_55012874.pdf",
                "application/pdf",
                pdf(
                    [
                        "MIDWEST DENTAL SUPPLY - INVOICE 55012874",
                        "Bill to: BRIGHTSIDE DENTAL GROUP, 1650 Polaris Pkwy, Columbus OH 43240",
                        "",
                        "Articaine 4% w/ epi 1:100,000 (Septocaine) 50/bx   qty 10   $612.00",
                        "Lidocaine 2% w/ epi 1:100,000 50/bx                qty 6    $228.00",
                        "Chlorhexidine gluconate 0.12% rinse 16 oz          qty 24   $96.00",
                        "Fluoride varnish 5% NaF unit dose 200/bx           qty 2    $184.00",
                        "Amoxicillin 500 mg caps (office dispensing) 100    qty 1    $21.50",
                        "",
                        "Total $1,141.50   Terms Net 30",
                    ],
                    "Invoice 55012874",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="dental assistant job posting",
        notes="Job posting reply to a candidate's gmail; no patient.",
        frm=f"Gloria Pham <gpham@{BD}>",
        to="Destiny Harmon <destiny.harmon.rda@gmail.com>",
        subject="Brightside Dental - interview for Expanded Function Dental Auxiliary",
        body="""Hi Destiny,

Thank you for applying for our EFDA position at the Grandview office. We'd love to meet
you on Friday 11/13 at 1:00. The interview is about 45 minutes with Dr. Hart and our
office manager, followed by a short working interview (placing a composite on a typodont).

Please bring a copy of your Ohio EFDA certificate and radiography certificate.

Gloria Pham
Human Resources, Brightside Dental Group""",
    ),
    Spec(
        phi=False,
        category="CPR recertification staff notice",
        notes="Staff notice about BLS recertification; staff names only.",
        frm=OM,
        to=f"All Staff <staff@{BD}>",
        subject="BLS recert - Saturday Dec 5",
        body="""Team,

Our BLS recertification is Saturday 12/5, 8-12 at Polaris. Required for everyone whose card
expires before June (list posted in the break room). Lunch provided.

Also a reminder: the emergency kit and AED check is now monthly, not quarterly. Marisol
owns Polaris, Mei owns Hilliard, Kayla owns Grandview.

Deb Lindgren
Office Manager""",
    ),
    Spec(
        phi=False,
        category="aggregate pediatric caries risk report",
        notes="Hard negative: aggregate pediatric caries-risk and sealant figures; no individuals.",
        frm=f"Dr. Kevin Chen <kchen@{BD}>",
        to=f"Doctors <doctors@{BD}>",
        subject="Q3 peds numbers",
        body="""Q3 pediatric summary (all three offices):

- Kids seen: 1,946 (new patients: 311)
- Caries risk: high 38%, moderate 27%, low 35%
- Sealants placed: 412 teeth on 139 kids
- Fluoride varnish at recall: 91% of eligible visits
- N2O cases: 204, no adverse events; 3 referred to hospital GA (wait list 7 weeks)

Medicaid kids are 44% of our peds panel now. Happy to discuss at the doctors' meeting.

Kevin""",
    ),
    Spec(
        phi=False,
        category="oral surgeon website bio",
        notes="Hard negative: website bio copy of a surgeon with conditions he treats "
        "(osteonecrosis, oral cancer); no patient.",
        frm=OM,
        to="Web Team <support@smiledigitalmarketing.com>",
        subject="Website update - Dr. Ibarra bio",
        body="""Please replace Dr. Ibarra's bio on the Oral Surgery page with the text below.

Dr. Ramón Ibarra, DDS, MD is a board-certified oral and maxillofacial surgeon. He earned
his DDS at Ohio State and his MD at the University of Cincinnati, where he completed his
residency. Dr. Ibarra treats impacted wisdom teeth, jaw cysts, medication-related
osteonecrosis of the jaw, and works with the James Cancer Hospital on oral cancer
reconstruction. He places over 400 dental implants a year.

His new headshot and the bio text are in the zip.

Thanks,
Deb""",
        atts=(
            Att(
                "Ibarra_bio_headshot.zip",
                "application/zip",
                zipped(
                    {
                        "Dr_Ramon_Ibarra_bio.txt": (
                            "Dr. Ramon Ibarra, DDS, MD - Oral & Maxillofacial Surgery, "
                            "Brightside Dental Group. Board certified (ABOMS).\n"
                        ),
                        "Dr_Ramon_Ibarra_headshot.png": png(4, 5, (210, 180, 160)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="autoclave spore test failure",
        notes="Hard negative: failed biological indicator on a sterilizer with serial number and "
        "corrective action; equipment only, no patient.",
        frm=f"Marisol Ponce <mponce@{BD}>",
        to=OM,
        cc=f"Dr. Olivia Hart <ohart@{BD}>",
        subject="POSITIVE spore test - Polaris Statim #2",
        body="""Deb,

Weekly spore test from Statim #2 (serial 0711-S5000-2248) came back POSITIVE from the mail-in
lab this morning (lot BI-26-1103, test date 11/3). Per our policy I have:

1. Taken #2 out of service and tagged it
2. Retested with an in-office BI (results in 24 h)
3. Pulled the cycle log - 31 loads since 11/3, all instrument cassettes from op 4-6

We need to decide on instrument recall and whether the tech comes today. Statim #1 and the
Midmark are fine.

Marisol""",
    ),
    Spec(
        phi=False,
        category="amoxicillin suspension shortage guidance",
        notes="Hard negative: antibiotic shortage and pediatric dosing guidance, no patient.",
        frm=f"Dr. Kevin Chen <kchen@{BD}>",
        to=f"Doctors <doctors@{BD}>",
        subject="Amox suspension shortage again",
        body="""FYI - amoxicillin 400 mg/5 mL suspension is back on the FDA shortage list and
local pharmacies are short. Until it eases:

- Prescribe 250 mg/5 mL and adjust the volume (50 mg/kg/day divided BID, max 1 g/dose)
- For penicillin-allergic kids: cephalexin is fine if no anaphylaxis history; otherwise
  azithromycin 10 mg/kg day 1 then 5 mg/kg
- Remember most odontogenic infections in kids need source control, not just antibiotics

Kevin""",
    ),
    Spec(
        phi=False,
        category="CE course invite to hygienist personal mailbox",
        notes="Hard negative: CE invite (calendar) about the medically complex dental patient "
        "to a hygienist's yahoo; topics, no patient.",
        frm=f"Mei Tanaka RDH <mtanaka@{BD}>",
        to="Ashley Romero <ashromero.rdh@yahoo.com>",
        subject="Invitation: Study club - the medically complex patient @ Thu Dec 3 6pm",
        body="""Hi Ashley! Here's the invite for our study club night, 3 CE hours. Spouses
welcome for dinner.

Topics: diabetes and periodontitis, patients on bisphosphonates and anticoagulants, and
managing syncope in the chair.""",
        ics="""BEGIN:VCALENDAR
PRODID:-//Brightside Dental//Outlook//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:bd-studyclub-20261203@brightsidedental.com
DTSTAMP:20261109T180000Z
DTSTART:20261203T230000Z
DTEND:20261204T020000Z
SUMMARY:Study club - the medically complex patient (3 CE)
DESCRIPTION:Speakers: Dr. Ramon Ibarra (MRONJ and anticoagulants)\\, Dr. Olivia Hart (diabetes and perio). Dinner provided.
LOCATION:Brightside Dental - Polaris conference room
ORGANIZER:mailto:mtanaka@brightsidedental.com
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=False,
        category="payroll HSA notice",
        notes="Hard negative: payroll mail mentioning HSA, dental benefits and deductions for "
        "staff; no health information about anyone.",
        frm=f"Gloria Pham <gpham@{BD}>",
        to=f"All Staff <staff@{BD}>",
        subject="Payroll: Nov 13 paycheck + 2027 HSA contributions",
        body="""Hi all,

1) Nov 13 paychecks will deposit a day early (Thursday) because of the bank holiday.
2) If you're on the HDHP, set your 2027 HSA contribution in Paylocity by 11/30.
   The IRS limit is $4,400 single / $8,750 family.
3) Staff dental benefit reminder: free cleanings and x-rays, 50% off restorative and ortho
   for you and dependents. Schedule through the front desk, not the online booking.

Gloria""",
    ),
    Spec(
        phi=False,
        category="X12 test claim with test subscriber",
        notes="Hard negative: X12 837D test file (usage T) with an obvious test subscriber for "
        "clearinghouse enrollment.",
        frm=BILL,
        to=f"Enrollment <enrollment@{CH}>",
        subject="Test file for 837D enrollment - TEST subscriber only",
        body="""Hello,

As part of our ERA/EFT and 837D enrollment, attached is the required test file. It uses the
dummy subscriber TESTPATIENT/DONOTUSE with ISA15 = T. Please let us know when it passes
so we can move to production.

Trent Abernathy, Brightside Dental Group""",
        atts=(Att("BD_837D_TEST.x12", "application/edi-x12", _x12_837d(test=True)),),
    ),
    Spec(
        phi=False,
        category="iTero scanner setup IT",
        notes="IT mail about intraoral scanner setup and a phishing warning; no patient.",
        frm=f"Helpdesk <helpdesk@{BD}>",
        to=f"All Staff <staff@{BD}>",
        subject="New iTero in Hilliard op 3 + phishing warning",
        body="""Hi everyone,

1) The new iTero Element 5D is installed in Hilliard op 3. Log in with your Dentrix
   credentials; scans go to the lab portal automatically. Please don't install the
   "iTero helper" browser extension - it's not ours.
2) We're seeing emails pretending to be from Northstar Dental asking you to "verify
   remittance". Don't click. Forward to helpdesk@brightsidedental.com.

Thanks,
Brightside IT (Nova Managed Services)""",
    ),
    Spec(
        phi=False,
        category="patient survey aggregate workbook",
        notes="Hard negative: multi-sheet XLSX of patient satisfaction scores by office and "
        "question; aggregate only.",
        frm=OM,
        to=f"Doctors <doctors@{BD}>",
        subject="October patient survey results",
        body="""Results attached. NPS 71 overall (Polaris 76, Hilliard 69, Grandview 64).
Grandview's wait-time scores keep dragging us down - let's talk about the schedule template.

Deb""",
        atts=(
            Att(
                "Survey_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By office": [
                            ["Office", "Responses", "NPS", "Wait time (1-5)", "Explained costs"],
                            ["Polaris", 188, 76, 4.4, 4.6],
                            ["Hilliard", 143, 69, 4.1, 4.5],
                            ["Grandview", 97, 64, 3.6, 4.4],
                        ],
                        "Comments themes": [
                            ["Theme", "Count"],
                            ["Friendly hygienists", 61],
                            ["Waited past appointment time", 29],
                            ["Surprised by bill", 14],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="implant lunch and learn",
        notes="Referral-relationship event between practices; no patient.",
        frm=f"Dr. Olivia Hart <ohart@{BD}>",
        to=f"Dr. Paul Sandoval <psandoval@{OMS}>",
        subject="Lunch & learn on immediate implants?",
        body="""Paul,

Our doctors would love a lunch & learn from your group on immediate implant placement and
when you'd rather graft and wait. Any Wednesday in January works. We'd cover lunch for
about 14 people.

Also, thank you for the quick turnaround on referrals this fall - patients keep telling us
how smooth it was.

Olivia""",
    ),
    Spec(
        phi=False,
        category="de-identified study club case",
        notes="Hard negative: case presentation with age and clinical details but no name, "
        "dates, or other identifiers (de-identified).",
        frm=f"Dr. Olivia Hart <ohart@{BD}>",
        to="Study Club <members@centralohiostudyclub.org>",
        subject="Case for Thursday - failing bridge, what would you do?",
        body="""Hi all,

Case for discussion Thursday (de-identified, shared with consent to teach):

A 50s male, non-smoker, well-controlled type 2 diabetic, presents with a 3-unit bridge
#12-14 with recurrent decay under the #14 retainer. #12 is endodontically treated with a
post. Bone levels are good; 4 mm pockets on #14 distal.

Options I'm weighing: new bridge, implant at #13 with two single crowns, or extract #14 and
implant. What would you do and why?

Olivia""",
    ),
    Spec(
        phi=False,
        category="fee schedule negotiation CDT codes",
        notes="Hard negative: payer fee-schedule negotiation listing CDT codes and fees; no "
        "patient.",
        frm=OM,
        to="Provider Relations <provrel@northstardental.com>",
        subject="2027 fee schedule - counterproposal",
        body="""Hello Karen,

Thank you for the 2027 schedule. Our counterproposal for the codes that matter most:

  D0120 periodic eval        offered $38   requested $44
  D1110 adult prophy         offered $72   requested $84
  D2740 crown, porcelain     offered $815  requested $920
  D4341 SRP 4+ teeth         offered $168  requested $196
  D7240 full bony impaction  offered $298  requested $345

Our Northstar volume grew 18% this year and we added Saturday hours at two offices.

Deborah Lindgren
Office Manager, Brightside Dental Group
Tax ID 31-1824407""",
    ),
    Spec(
        phi=False,
        category="Invisalign promo to all patients",
        notes="Marketing to the whole patient list (not segmented by condition).",
        frm=f"Brightside Dental <hello@{BD}>",
        to=f"Brightside Patients <patients-list@{BD}>",
        subject="$500 off Invisalign through December",
        body="""Thinking about straighter teeth for the new year?

Through December 31, get $500 off comprehensive Invisalign treatment at Brightside Dental.
Free consultations with Dr. Nadia Petrova, including a 3D scan so you can see your
new smile before you start. Flexible monthly payments, HSA/FSA accepted.

Book at brightsidedental.com/invisalign or call (614) 555-0230.

Offer cannot be combined with other discounts. Reply STOP to unsubscribe.""",
    ),
    Spec(
        phi=False,
        category="ultrasonic scaler repair RMA",
        notes="Hard negative: equipment repair with device serial numbers; not a patient device.",
        frm=f"Marisol Ponce <mponce@{BD}>",
        to="Repairs <repairs@dentalequiprepair.com>",
        subject="RMA request - Cavitron Plus x2",
        body="""Hi,

Requesting an RMA for two Cavitron Plus units:

  Serial C9X041187 - no water flow to handpiece, Hilliard op 2
  Serial C9X039920 - intermittent power, Grandview op 5

Both out of warranty. Please send loaners if available; we're down to one scaler at
Hilliard for 3 hygienists.

Marisol Ponce
Clinical Lead, Brightside Dental Group""",
    ),
]
