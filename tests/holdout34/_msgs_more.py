"""More everyday mail from all three organisations (mixed PHI and not)."""

from __future__ import annotations

from _att import XLSX, pdf, xlsx
from _spec import ALIGN, MSP, PIC, Att, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Medicare MBI eligibility question",
        notes=(
            "Hard positive: eligibility question with an MBI and the service type, no diagnosis "
            "words."
        ),
        frm=f"Priya Ramaswamy <pramaswamy@{MSP}>",
        to="provider.services@cgs-medicare-mac.com",
        subject="Eligibility discrepancy",
        body=(
            "Hello,\n\nMBI: 7QW4-AF9-KD21 returns inactive in the portal but the beneficiary, "
            "Ingrid Paulsen (DOB 06/02/1944), presented a current card. She is scheduled with us "
            "11/18 for an SI joint injection (27096). Can you confirm Part B status?\n\nPriya "
            "Ramaswamy"
        ),
    ),
    Spec(
        phi=True,
        category="SSN on records correction",
        notes=(
            "Hard positive: misfiled chart correction giving two patients' SSN and MRN; no "
            "diagnosis but being patients."
        ),
        frm=f"Health Information <him@{PIC}>",
        to=f"him@{MSP}",
        subject="Merge request - duplicate charts",
        body=(
            "Please merge: MRN PIC-351209 and PIC-351977 are the same patient, Brandon Nakamura, "
            "SSN 471-38-2290. The second chart was created at the ortho MRI visit on 11/02. Our "
            "HIM has already merged on our side."
        ),
    ),
    Spec(
        phi=True,
        category="PT cancellation with reason",
        notes=(
            "Hard positive: 'cancel Mr. D's PT, admitted last night' -- initials + admission, "
            "internal."
        ),
        frm=f"Marcus Lee <mlee@{ALIGN}>",
        to=f"frontdesk@{ALIGN}",
        subject="cancel Mr. D this week",
        body=(
            "Mr. Dorsey (the 7:00 Tue/Thu lumbar pt) was admitted to Riverside last night with "
            "chest pain, per his wife. Cancel this week and put a hold on the rest of his POC."
        ),
    ),
    Spec(
        phi=True,
        category="payment plan to patient",
        notes="Payment arrangement for a named patient's SCS implant balance to personal mailbox.",
        frm=f"Victor Almeida <valmeida@{MSP}>",
        to="harold.nwachukwu@outlook.com",
        subject="Payment arrangement confirmation",
        body=(
            "Mr. Nwachukwu,\n\nThis confirms your payment plan for the remaining $1,840.00 "
            "balance on your spinal cord stimulator implant (DOS 10/14/2026): $153.33 per month "
            "for 12 months starting 12/1, auto-drafted from the card ending 4417.\n\nVictor "
            "Almeida\nPatient Financial Services"
        ),
    ),
    Spec(
        phi=True,
        category="PDF referral packet from imaging to PT",
        notes=(
            "Hard positive: PDF report addressed to PT with patient and findings; body 'as "
            "discussed'."
        ),
        frm=f"Rosa Delgado <rdelgado@{PIC}>",
        to=f"smarquez@{ALIGN}",
        subject="as discussed",
        body="Here you go.",
        atts=(
            Att(
                "report_copy.pdf",
                "application/pdf",
                pdf(
                    [
                        "PRECISION IMAGING CENTER",
                        "MRI R SHOULDER W/O",
                        "Patient: Derrick Olawale  DOB 03/12/1985",
                        "Impression: intact supraspinatus repair, mild subacromial bursitis.",
                    ],
                    "Report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="behavioral health referral",
        notes="Psychology referral for pain coping with depression/PHQ-9, named patient.",
        frm=f"Nadia Petrossian LCSW <npetrossian@{MSP}>",
        to="intake@pathwayscounselingohio.com",
        subject="Referral - pain psychology",
        body=(
            "Hello,\n\nReferring Lucia Marchetti (DOB 08/30/1962, cell 614-555-0121) for CBT for "
            "chronic pain. PHQ-9 today was 16 and she reports passive suicidal thoughts without "
            "plan; safety plan completed in clinic. She prefers afternoons.\n\nNadia Petrossian, "
            "LCSW"
        ),
    ),
    Spec(
        phi=True,
        category="pharmacy call about early refill",
        notes="Prescriber to pharmacy about a named patient's early refill of oxycodone.",
        frm=f"Ravi Menon <rmenon@{MSP}>",
        to="rx.hilliard412@krogerpharmacy-ohio.com",
        subject="Early refill - do not fill",
        body=(
            "Pharmacist,\n\nPlease do not fill the early oxycodone 5 mg request for Thomas "
            "Buckley (DOB 09/02/1959). His next fill is due 11/20. OARRS reviewed today.\n\nRavi "
            "Menon, MD\nDEA: BK4829137"
        ),
    ),
    # ---------- not PHI ----------
    Spec(
        phi=False,
        category="employee FMLA HR",
        notes=(
            "Hard negative: HR tells a staff member her leave paperwork was received; no medical "
            "detail, workforce context."
        ),
        frm=f"Human Resources <hr@{ALIGN}>",
        to=f"sofia.marquez@{ALIGN}",
        subject="Leave paperwork received",
        body=(
            "Hi Sofia, we received your leave request form. Your leave is approved 12/14 to 1/8 "
            "and your benefits continue as usual. Let us know if the dates change.\n\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="device recall notice",
        notes="Hard negative: manufacturer field safety notice about SCS lead lots, no patients.",
        frm=f"Kelsey Varga <kvarga@{MSP}>",
        to=f"providers@{MSP}",
        subject="Fw: Field safety notice - percutaneous lead lots",
        body=(
            "Sharing the manufacturer's notice below. None of the affected lots are on our "
            "shelves; Purchasing checked.\n\n---- Forwarded ----\nFIELD SAFETY NOTICE: Lots "
            "22A118-22A131 of the 8-contact percutaneous lead may show higher impedance after 6 "
            "months. No action needed for implanted patients beyond routine follow-up."
        ),
    ),
    Spec(
        phi=False,
        category="lunch and learn",
        notes="Pharma rep lunch scheduling with drug names.",
        frm=f"Angela Ruiz <aruiz@{MSP}>",
        to="t.bishop@neurorx-pharma.com",
        subject="Lunch and learn 12/2",
        body=(
            "Hi Tara, 12/2 works for the lunch-and-learn on the new duloxetine-sparing "
            "neuropathic pain options. Headcount is 14. Nothing with nuts please."
        ),
    ),
    Spec(
        phi=False,
        category="PT student placement",
        notes="University clinical placement coordination.",
        frm=f"Marcus Lee <mlee@{ALIGN}>",
        to="dce@ohiostatedpt-edu.org",
        subject="Spring clinical placement",
        body=(
            "Dr. Park, we can take one DPT student for the spring 10-week rotation at "
            "Clintonville. Clinical instructor will be Sofia's supervising PT, Kwame Osei. "
            "Orthopedic and post-op caseload, some vestibular."
        ),
    ),
    Spec(
        phi=False,
        category="scheduling template change",
        notes=(
            "Hard negative: schedule template change listing procedure types and slot times, no "
            "patients."
        ),
        frm=f"Kelsey Varga <kvarga@{MSP}>",
        to=f"schedulers@{MSP}",
        subject="New template for Dr. Adeyemi starting 12/1",
        body=(
            "Mon/Wed clinic: new patients 40 min, follow-ups 20 min. Tue/Thu ASC: SCS trials 7:00 "
            "and 8:30, RFA 45 min, ESI 20 min. No opioid-management new patients on Fridays."
        ),
    ),
    Spec(
        phi=False,
        category="patient satisfaction aggregate",
        notes="Hard negative: patient survey summary with anonymous comments (no names).",
        frm=f"Quality <quality@{PIC}>",
        to=f"all-staff@{PIC}",
        subject="October patient survey results",
        body=(
            "Overall rating 4.7/5 (n=612). Comments: 'tech explained everything', 'long wait in "
            "Dublin'. Likelihood to recommend 91%. Thanks all!"
        ),
    ),
    Spec(
        phi=False,
        category="IT account provisioning",
        notes="New staff account setup.",
        frm=f"IT Helpdesk <helpdesk@{PIC}>",
        to=f"tgreene@{PIC}",
        subject="New tech accounts ready",
        body=(
            "Tasha, accounts for the two new MRI techs (Omar Haddad and Julie Brenner) are ready: "
            "RIS, PACS, email. Temporary passwords are at the front desk in sealed envelopes; "
            "they must enroll MFA on first login."
        ),
    ),
    Spec(
        phi=False,
        category="consumer reply about general condition info",
        notes=(
            "Hard negative: reply to a public inquiry about what an epidural is, no facts about "
            "the writer's health."
        ),
        frm=f"Metro Spine & Pain Institute <info@{MSP}>",
        to="curious.reader99@icloud.com",
        subject="Re: question about epidurals",
        body=(
            "Hello,\n\nThanks for your question. An epidural steroid injection places "
            "anti-inflammatory medicine near irritated spinal nerves; most people return to "
            "normal activity the next day. If you'd like to be seen, you can request an "
            "appointment online or call 614-555-0100.\n\nPatient Services"
        ),
    ),
    Spec(
        phi=False,
        category="billing ops KPI XLSX",
        notes="Hard negative: AR aging workbook by payer only, with CARC codes; no patient rows.",
        frm=f"Janelle Brooks <jbrooks@{ALIGN}>",
        to="claims@ptbillingpartners.com",
        subject="AR aging by payer - October close",
        body="Aging attached by payer bucket. Anthem 90+ jumped, mostly CO-197 no-auth denials.",
        atts=(
            Att(
                "ar_aging_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Aging": [
                            ["Payer", "0-30", "31-60", "61-90", "90+"],
                            ["Anthem", "41200", "12800", "6100", "18400"],
                            ["Medicare", "88000", "4100", "900", "300"],
                        ],
                        "Denial codes": [["CARC", "Count"], ["CO-197", "42"], ["CO-50", "9"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="referring physician directory",
        notes="Hard negative: list of doctors with specialties, phones and NPIs.",
        frm=f"Outreach <outreach@{ALIGN}>",
        to=f"frontdesk@{ALIGN}",
        subject="Updated referring provider list",
        body=(
            "Top referrers for the fax directory:\n- Hannah Brandt, DO, pain medicine, NPI: "
            "1582039461, 614-555-0100\n- Ravi Menon, MD, pain medicine, NPI: 1742395860\n- Grace "
            "Achebe, MD, family medicine, NPI: 1473950289, 614-555-0160"
        ),
    ),
    Spec(
        phi=False,
        category="facilities contrast injector",
        notes="Service ticket for contrast injector; device serial belongs to equipment.",
        frm=f"Tasha Greene <tgreene@{PIC}>",
        to="support@injectortechservice.com",
        subject="Ticket: MR injector pressure error",
        body=(
            "Our MR injector (serial MRX-20418) throws 'pressure limit' at 2 mL/s with saline "
            "only. Started after the firmware update Monday. Can a tech come Thursday?"
        ),
    ),
    Spec(
        phi=False,
        category="survey of wait times to partner",
        notes="Imaging center tells PT clinic about average wait times; aggregate.",
        frm=f"Outreach <outreach@{PIC}>",
        to=f"mlee@{ALIGN}",
        subject="MRI access for your patients",
        body=(
            "Marcus, our median wait for MSK MRI is now 2 days; knee and shoulder arthrograms 5 "
            "days. Happy to set up a direct scheduling line for Align."
        ),
    ),
    Spec(
        phi=False,
        category="compliance training HIPAA",
        notes=(
            "Hard negative: HIPAA training reminder that talks about PHI, MRNs and diagnoses "
            "generically."
        ),
        frm=f"Compliance <compliance@{MSP}>",
        to=f"all-staff@{MSP}",
        subject="Annual HIPAA training due 12/15",
        body=(
            "Annual HIPAA training is due 12/15. New this year: never put patient names, MRNs or "
            "diagnoses in email subject lines, and use the encrypted portal for records going "
            "outside Metro Spine. Completion is tracked in the LMS."
        ),
    ),
    Spec(
        phi=False,
        category="research recruitment flyer",
        notes=(
            "Hard negative: study recruitment flyer for people with chronic low back pain; no "
            "individual."
        ),
        frm=f"Research Office <research@{MSP}>",
        to="clinicaltrials-listings@centralohioresearch.org",
        subject="Please post: basivertebral nerve ablation study",
        body=(
            "Please list our study: adults 25-75 with chronic low back pain for 6+ months and "
            "Modic changes on MRI. Compensation up to $300. Contact research@metrospinepain.com. "
            "IRB #2026-0418."
        ),
    ),
    Spec(
        phi=False,
        category="PT blog post draft",
        notes="Marketing blog draft about sciatica exercises.",
        frm=f"Marketing <marketing@{ALIGN}>",
        to="editor@columbuswellnessmag.com",
        subject="Guest post: 5 exercises for sciatica",
        body=(
            "Hi Jen, here is our guest post draft: '5 exercises for sciatica you can do at your "
            "desk' by Kwame Osei, DPT. Photos are stock images. Let me know the word limit."
        ),
    ),
]
