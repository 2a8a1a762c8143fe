"""Align Physical Therapy: outbound mail, PHI and not."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import ALIGN, MSP, Att, Spec

SIG = (
    "\n\n--\nMarcus Lee, PT, DPT\nClinic Director, Align Physical Therapy - Clintonville\n"
    "(614) 555-0148"
)

MESSAGES = [
    Spec(
        phi=True,
        category="PT progress note to referring pain doctor",
        notes="Progress summary for a named patient post-ESI sent to the referring physician.",
        frm=f"Marcus Lee <mlee@{ALIGN}>",
        to=f"hbrandt@{MSP}",
        subject="PT progress - Estrada",
        body=(
            "Dr. Brandt,\n\nMarisol Estrada has completed 8 of 12 visits. Since the ESI her leg "
            "pain "
            "is 2/10 (from 7/10), SLR negative on the right now, ODI 22% (from 48%). Core "
            "endurance "
            "still limited. Plan to continue 2x/week x 2 more weeks then discharge to HEP." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="home exercise program to patient gmail",
        notes="HEP sheet PDF for a named patient with diagnosis, sent to personal mailbox.",
        frm=f"Sofia Marquez <smarquez@{ALIGN}>",
        to="derrick.olawale@gmail.com",
        subject="Your home exercises",
        body=(
            "Hi Derrick, great session today! Your home program is attached. Do these once a day "
            "and bring questions Thursday.\n\nSofia Marquez, PTA"
        ),
        atts=(
            Att(
                "HEP_Olawale_D.pdf",
                "application/pdf",
                pdf(
                    [
                        "ALIGN PHYSICAL THERAPY - Home Exercise Program",
                        "Patient: Derrick Olawale   Dx: M75.101 rotator cuff tear R shoulder, "
                        "post repair 09/30/2026",
                        "1. Pendulums 3 x 1 min   2. Table slides 2 x 10   3. Isometric ER 10 x 5 "
                        "s",
                        "No lifting over 5 lb with the right arm until cleared by surgeon.",
                    ],
                    "HEP",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="missed visits notice to relative",
        notes=(
            "Hard positive: front desk tells a patient's son (aol) that his mother missed PT for "
            "her hip; first name only."
        ),
        frm=f"Align PT Front Desk <frontdesk@{ALIGN}>",
        to="gregpaulsen61@aol.com",
        subject="Re: Mom's schedule",
        body=(
            "Hi Greg,\n\nThanks for letting us know. Ingrid has missed her last two visits for the "
            "hip replacement rehab; her therapist is worried about stiffness. We moved her to "
            "Mon/Wed at 10:15 starting next week. Please bring her walker and the surgeon's "
            "precautions sheet.\n\nAlign PT Front Desk"
        ),
    ),
    Spec(
        phi=True,
        category="weekly caseload XLSX",
        notes=(
            "Hard positive: multi-sheet workbook of patients, payers and visits remaining sent to "
            "the billing service."
        ),
        frm=f"Janelle Brooks <jbrooks@{ALIGN}>",
        to="claims@ptbillingpartners.com",
        subject="Auth tracker - week of 11/9",
        body="Updated tracker attached. Two auths expire this week.",
        atts=(
            Att(
                "auth_tracker_1109.xlsx",
                XLSX,
                xlsx(
                    {
                        "Active": [
                            [
                                "Patient",
                                "DOB",
                                "Payer",
                                "Member ID",
                                "Visits auth",
                                "Used",
                                "Expires",
                            ],
                            [
                                "Olawale, Derrick",
                                "03/12/1985",
                                "Aetna",
                                "W22871904",
                                "20",
                                "9",
                                "12/31/2026",
                            ],
                            [
                                "Paulsen, Ingrid",
                                "06/02/1944",
                                "Medicare",
                                "MBI: 3TK7-HN2-WR58",
                                "n/a",
                                "11",
                                "n/a",
                            ],
                            [
                                "Lindqvist, Erik",
                                "03/11/1972",
                                "OhioCare",
                                "OCH220917645",
                                "12",
                                "2",
                                "11/13/2026",
                            ],
                        ],
                        "Expiring": [
                            ["Patient", "Expires", "Action"],
                            ["Lindqvist, Erik", "11/13/2026", "request 8 more"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DOCX plan of care",
        notes="Plan of care DOCX for signature; the body says only 'POC for signature'.",
        frm=f"Marcus Lee <mlee@{ALIGN}>",
        to=f"rmenon@{MSP}",
        subject="POC for signature",
        body="Please sign and return the attached plan of care.",
        atts=(
            Att(
                "POC_Kowalczyk.docx",
                DOCX,
                docx(
                    [
                        "Align Physical Therapy - Plan of Care",
                        "Patient: Piotr Kowalczyk  DOB 10/14/1966",
                        "Diagnosis: M47.816 lumbar spondylosis; s/p lumbar RFA 10/07/2026",
                        "Frequency: 2x/week x 6 weeks. Goals: sit 60 min, return to driving truck.",
                        "Physician signature: ____________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="short text-like reschedule",
        notes=(
            "Hard positive: one-liner to a patient's hotmail naming visit type (post-op knee PT)."
        ),
        frm=f"Align PT Front Desk <frontdesk@{ALIGN}>",
        to="b.nakamura77@hotmail.com",
        subject="moved your knee PT",
        body=(
            "Brandon - your post-op knee therapy tomorrow moved to 4:30 with Sofia. Reply if that "
            "doesn't work. -Align"
        ),
    ),
    Spec(
        phi=True,
        category="gait video screenshot",
        notes=(
            "Hard positive: PNG with the patient's name in file name, body only says 'gait clip'."
        ),
        frm=f"Sofia Marquez <smarquez@{ALIGN}>",
        to=f"mlee@{ALIGN}",
        subject="gait clip",
        body="Trendelenburg still obvious on the left at visit 6. Screenshot attached.",
        atts=(Att("Paulsen_Ingrid_gait_v6.png", "image/png", png(5, 7, (120, 130, 160))),),
    ),
    Spec(
        phi=True,
        category="workers comp status to adjuster",
        notes="Workers' comp progress with claim number, injured worker name and body part.",
        frm=f"Janelle Brooks <jbrooks@{ALIGN}>",
        to="adjuster.kline@buckeyemutualcomp.com",
        subject="WC claim 26-118430 status",
        body=(
            "Ms. Kline,\n\nRe: Tomasz Wisniewski, claim 26-118430, DOI 07/21/2026 (lumbar strain "
            "at "
            "work). He has attended 10/12 visits; lifting tolerance is now 30 lb floor to waist. "
            "We "
            "recommend 4 more visits of work conditioning before full duty.\n\nJanelle "
            "Brooks\nBilling & Authorizations"
        ),
    ),
    Spec(
        phi=True,
        category="HTML table daily schedule",
        notes=(
            "HTML-only table of today's patients with diagnoses to a float therapist's personal "
            "gmail."
        ),
        frm=f"Marcus Lee <mlee@{ALIGN}>",
        to="k.osei.dpt@gmail.com",
        subject="Your Saturday schedule at Clintonville",
        body="",
        html=(
            "<html><body><p>Kwame, thanks for covering! Here's Saturday:</p><table border='1'>"
            "<tr><th>Time</th><th>Patient</th><th>Dx</th></tr>"
            "<tr><td>8:00</td><td>Lucia Marchetti</td><td>L knee OA, post genicular RFA</td></tr>"
            "<tr><td>8:45</td><td>Brandon Nakamura</td><td>R ACL recon wk 6</td></tr>"
            "<tr><td>9:30</td><td>Farah Siddiqui</td><td>cervical radiculopathy</td></tr>"
            "</table></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="discharge summary to PCP",
        notes="Discharge summary with outcome for a named patient to a primary care office.",
        frm=f"Sofia Marquez <smarquez@{ALIGN}>",
        to="referrals@riversidefamilymed.org",
        subject="PT discharge summary",
        body=(
            "Discharge summary for your patient Farah Siddiqui (DOB 05/30/1990), seen for "
            "cervical radiculopathy; goals met, discharged to home program on 11/10. Final ROM: "
            "cervical rotation 70 deg bilaterally, NDI 12%.\n\nSofia Marquez, PTA"
        ),
    ),
    Spec(
        phi=True,
        category="intake form forwarded",
        notes="Forwarded patient web-form submission with pain history and insurance.",
        frm=f"Align PT Front Desk <frontdesk@{ALIGN}>",
        to=f"jbrooks@{ALIGN}",
        subject="Fw: New patient request",
        body="Janelle, can you verify her benefits before I book?",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="webforms@alignpt.com",
            to=f"frontdesk@{ALIGN}",
            subject="New patient request form",
            body=(
                "Name: Adaeze Nwosu\nDOB: 1/19/1993\nPhone: 380-555-0114\nInsurance: Anthem BCBS, "
                "member XKH449120376\nReason: low back pain since pregnancy, 4 months "
                "postpartum\nReferring: Hannah Brandt, DO"
            ),
        ),
    ),
    # ---------- not PHI ----------
    Spec(
        phi=False,
        category="PT staffing schedule",
        notes="Hard negative: staff PTO/coverage schedule with therapist names and 'sick' notes.",
        frm=f"Marcus Lee <mlee@{ALIGN}>",
        to=f"clintonville-staff@{ALIGN}",
        subject="Thanksgiving week coverage",
        body=(
            "Team,\n\nSofia is out 11/23-11/25, Kwame will float from Westerville. Tuesday we "
            "close at 3. If you're sick, call me, don't text.\n\nMarcus"
        )
        + SIG,
    ),
    Spec(
        phi=False,
        category="equipment vendor quote",
        notes="Vendor quote for traction table and ultrasound units.",
        frm=f"Janelle Brooks <jbrooks@{ALIGN}>",
        to="sales@rehabequipdirect.com",
        subject="Quote request - traction table",
        body=(
            "Hi, please quote 2 x hi-lo treatment tables with lumbar traction and 1 x therapeutic "
            "ultrasound/e-stim combo unit, delivered to 3560 N High St, Columbus OH. Thanks, "
            "Janelle"
        ),
    ),
    Spec(
        phi=False,
        category="CEU course flyer",
        notes="Hard negative: course flyer on post-stroke and post-surgical rehab topics.",
        frm=f"Education <education@{ALIGN}>",
        to="members@ohioptassociation.org",
        subject="Course: Rehab after lumbar fusion and SCS implant",
        body="",
        html=(
            "<html><body><h2>Rehab after lumbar fusion and spinal cord stimulator "
            "implant</h2><p>Saturday Jan 16, 8-12. 4 CEUs. Topics: precautions after lead "
            "placement, graded activity, return to work. Presenters: Marcus Lee, DPT and Hannah "
            "Brandt, DO.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="testimonial consent blank form",
        notes="Hard negative: blank marketing consent form template, no patient filled in.",
        frm=f"Marketing <marketing@{ALIGN}>",
        to=f"frontdesk@{ALIGN}",
        subject="Updated photo/testimonial consent form",
        body=(
            "Use the attached form before anyone appears in social posts. Blank template only - "
            "keep signed copies in the chart, never email them."
        ),
        atts=(
            Att(
                "testimonial_consent_blank.docx",
                DOCX,
                docx(
                    [
                        "Align Physical Therapy - Authorization to use photo/testimonial",
                        "Patient name: __________",
                        "Signature: __________  Date: ______",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate payer mix",
        notes="Hard negative: visit counts by payer and diagnosis group, no individuals.",
        frm=f"Janelle Brooks <jbrooks@{ALIGN}>",
        to=f"owners@{ALIGN}",
        subject="October visits by payer",
        body=(
            "October: 3,412 visits. Medicare 38%, Aetna 17%, Anthem 15%, OhioCare 12%, WC 9%, "
            "self-pay 2%. Top dx groups: low back pain 31%, knee post-op 18%, shoulder 14%. "
            "No-show rate 7.9%."
        ),
        atts=(
            Att(
                "oct_payer_mix.xlsx",
                XLSX,
                xlsx(
                    {
                        "By payer": [["Payer", "Visits"], ["Medicare", "1297"], ["Aetna", "580"]],
                        "By dx": [
                            ["Dx group", "Visits"],
                            ["Low back", "1058"],
                            ["Knee post-op", "614"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="patient-facing general FAQ",
        notes=(
            "General reply to a consumer inquiry about PT costs; no health details of the writer."
        ),
        frm=f"Align PT Front Desk <frontdesk@{ALIGN}>",
        to="jm.harlow@yahoo.com",
        subject="Re: Do you take Medicare?",
        body=(
            "Hi,\n\nYes, we are in network with Medicare, Aetna, Anthem, OhioCare and most "
            "workers' comp plans. Ohio allows direct access, so you don't need a referral for "
            "your first 30 days. Our Clintonville and Westerville clinics are open "
            "7am-7pm.\n\nAlign PT"
        ),
    ),
    Spec(
        phi=False,
        category="clinical protocol PDF",
        notes=(
            "Hard negative: ACL reconstruction rehab protocol PDF, diagnoses and weeks but no "
            "patient."
        ),
        frm=f"Marcus Lee <mlee@{ALIGN}>",
        to=f"all-therapists@{ALIGN}",
        subject="ACL protocol 2026 update",
        body=(
            "Updated ACL protocol attached; open chain knee extension now allowed from week 4 "
            "(90-45 deg)."
        ),
        atts=(
            Att(
                "ACL_protocol_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "ALIGN PHYSICAL THERAPY - ACL Reconstruction Protocol",
                        "Weeks 0-2: WBAT with brace locked in extension",
                        "Weeks 4-6: OKC 90-45 deg",
                        "Criteria for running: LSI > 80%",
                    ],
                    "ACL protocol",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT EMR downtime notice",
        notes="Downtime notice for the documentation system.",
        frm=f"IT Helpdesk <helpdesk@{ALIGN}>",
        to=f"all-staff@{ALIGN}",
        subject="WebPT downtime Sunday 2-4 am",
        body=(
            "The documentation system will be unavailable Sunday 11/15 2:00-4:00 am for "
            "maintenance. Use the paper downtime forms in the front desk binder if you're in "
            "early Monday and it is still down."
        ),
    ),
    Spec(
        phi=False,
        category="landlord lease mail",
        notes="Business mail about a lease renewal.",
        frm=f"Karen Whitlock <kwhitlock@{ALIGN}>",
        to="leasing@highstreetproperties.com",
        subject="Westerville suite 140 lease renewal",
        body=(
            "Hi Tom, we'd like to renew suite 140 for 5 years. Can you send the draft with the "
            "HVAC repair credit we discussed?\n\nKaren Whitlock\nCOO, Align Physical Therapy"
        ),
    ),
]
