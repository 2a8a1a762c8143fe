# ruff: noqa: E501
"""Hand-written devset4 messages from Bright Smiles Pediatric Dentistry (brightsmilespeds.com)."""

from __future__ import annotations

from _att import DOCX, docx, png
from _pdf import pdf
from _spec import Att, Spec

D = "brightsmilespeds.com"

MESSAGES: list[Spec] = [
    Spec(
        True,
        "dental_chart_note",
        "Hard positive: dental chart note with tooth numbers and a child's name.",
        f"Dr. Nadia Falkner <nfalkner@{D}>",
        "ortho@lakeviewbraces.com",
        "Ref - eruption question",
        "Hi Dr. Morrow,\n\nReferring Wyatt Lindgren (age 9) to you: #8 and #9 erupting palatally,\n"
        "#D and #E retained with no mobility. Pano from 11/30 shows #7 and #10 present. Also placed\n"
        "sealants #3, #14, #19, #30 and SDF on #K. Mom is Carla, 616-555-0172.\n\nNadia\n",
    ),
    Spec(
        True,
        "sedation_consent",
        "Sedation consent DOCX with child's name, DOB, weight and airway history sent to a parent.",
        f"Scheduling <schedule@{D}>",
        "jess.amundsen@gmail.com",
        "Consent forms for Thursday",
        "Hi Jess, please sign and bring the attached consent for Harper's appointment Thursday.\n"
        "No food after midnight, clear liquids until 6 AM.\n",
        atts=(
            Att(
                "Sedation_consent_Amundsen.docx",
                DOCX,
                docx(
                    [
                        "Bright Smiles Pediatric Dentistry - Oral Conscious Sedation Consent",
                        "Patient: Harper Amundsen   DOB 02/17/2022   Weight 15.4 kg",
                        "Procedure: stainless steel crowns #A, #J, #K, #T; pulpotomy #J under oral"
                        " midazolam sedation with nitrous oxide.",
                        "Medical history: mild intermittent asthma (albuterol PRN); enlarged tonsils.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "voicemail_transcript",
        "Hard positive: parent voicemail transcript naming the child and a dental abscess.",
        f"Phone System <voicemail@{D}>",
        "frontdesk.brightsmiles@gmail.com",
        "New voicemail (0:37)",
        "",
        atts=(
            Att(
                "vm_20261201_0814.txt",
                "text/plain",
                "Caller 616-555-0190, 12/01/2026 08:14:\n"
                "Hi it's Marisol Vega, Diego's mom, Diego Vega, he's six. His face is swollen on "
                "the bottom left by the tooth you guys said had a cavity, and he had a fever last "
                "night. Can you fit him in today? Thanks.\n",
            ),
        ),
    ),
    Spec(
        True,
        "medicaid_claim",
        "Medicaid prior auth with child's name, Medicaid ID and CDT codes.",
        f"Billing <billing@{D}>",
        "dental.pa@michigan-healthykids-dental.com",
        "PA request - general anesthesia",
        "Requesting PA for treatment under GA at Lakeview Surgery Center:\n"
        "Patient: Aaliyah Brooks  DOB 05/03/2021  Medicaid ID 2094471836\n"
        "D9222/D9223 GA 90 min; D2930 x6 SSC; D3220 x2 pulpotomy; D7140 #E\n"
        "Reason: early childhood caries, behavior not manageable in chair (K02.52).\n",
    ),
    Spec(
        True,
        "school_screening",
        "School screening results CSV with student names, grades and urgent needs to the school nurse.",
        f"Community Outreach <outreach@{D}>",
        "nurse@elmwoodelementary.org",
        "Screening results - Elmwood",
        "Results from the 11/19 screening attached. Students marked urgent need care within 2 weeks.\n",
        atts=(
            Att(
                "Elmwood_screening_2026-11-19.csv",
                "text/csv",
                "student,grade,teacher,caries,sealants_present,urgency\n"
                "Liam Brennerman,2,Ortiz,yes,no,urgent\n"
                "Sofia Navarrete,2,Ortiz,no,yes,none\n"
                "Malik Henderson,3,Pruitt,yes,no,early\n"
                "Ava Szymanski,3,Pruitt,yes,no,urgent\n",
            ),
        ),
    ),
    Spec(
        True,
        "recall_reminder",
        "Recall reminder to a parent naming the child and overdue fluoride/x-rays.",
        f"Bright Smiles <reminders@{D}>",
        "kmcallister.home@yahoo.com",
        "Noah is due for his 6-month visit",
        "",
        html=(
            "<html><body><p>Hi Kendra,</p><p><b>Noah</b> is due for his cleaning, fluoride varnish"
            " and bitewing x-rays. At his last visit on 06/02/2026 we were watching two small"
            ' cavities (#S and #L).</p><p><a href="https://brightsmilespeds.com/book">Book'
            " online</a> or call 616-555-0100.</p></body></html>"
        ),
    ),
    Spec(
        True,
        "fhir_appointment",
        "FHIR Appointment bundle with child's name/DOB to a reminder vendor without BAA mention.",
        f"IT <it@{D}>",
        "onboarding@textremindly.io",
        "sample export for mapping",
        "Here's one real record from our export so you can map fields.\n",
        atts=(
            Att(
                "appointment_export.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "bs-55102", "name": [{"family": '
                '"Okonjo", "given": ["Chidera"]}], "birthDate": "2019-07-28"}},\n'
                ' {"resource": {"resourceType": "Appointment", "status": "booked", "start": '
                '"2026-12-14T15:30:00-05:00", "description": "Restorative: D2391 #30, #19", '
                '"participant": [{"actor": {"reference": "Patient/bs-55102"}}]}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        True,
        "xray_png",
        "Hard positive: PNG x-ray image attached; body names the child and the finding.",
        f"Dr. Nadia Falkner <nfalkner@{D}>",
        "drpatel.endo@gmail.com",
        "BW for Tyson",
        "Raj - Tyson Ellwood's bitewing attached, deep distal caries on #S near the pulp. Would you\n"
        "see him for possible pulpectomy? He's 7, very anxious.\n",
        atts=(Att("BW_Ellwood.png", "image/png", png(8, 6, (90, 90, 90))),),
    ),
    Spec(
        True,
        "chip_billing",
        "CHIP payment posting with member IDs and child names to an outside billing service.",
        f"Billing <billing@{D}>",
        "posting@dentalrcmpartners.com",
        "ERA exceptions",
        "Two CHIP ERAs didn't post:\n- Kayden Pruett, member 88410297, DOS 11/12, D1120 + D1206, paid $0\n"
        "- Isla Romero, member 88412034, DOS 11/13, D0150, denied frequency\nCan you rework?\n",
    ),
    Spec(
        True,
        "referral_pedo_letter",
        "Treatment-completed letter PDF to a pediatrician naming the child and procedures.",
        f"Dr. Nadia Falkner <nfalkner@{D}>",
        "records@kidsfirstpediatrics.com",
        "Dental treatment complete",
        "Letter attached for your chart.\n",
        atts=(
            Att(
                "Treatment_complete_Pham.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHT SMILES PEDIATRIC DENTISTRY",
                        "Re: Benjamin Pham, DOB 09/09/2020",
                        "Completed 11/24/2026 under GA: SSC #A #B #I #J; extraction #E (abscess).",
                        "Post-op course uneventful. Recall 3 months for fluoride and caries risk.",
                    ],
                    "Letter",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "trauma_followup",
        "Hard positive: child's first name + avulsed tooth + date to a parent's personal address.",
        f"Dr. Nadia Falkner <nfalkner@{D}>",
        "bj.castellanos@outlook.com",
        "checking on Lucy",
        "Hi Ben - how is Lucy doing after the fall on Saturday? Keep her on soft foods and the\n"
        "amoxicillin 5 more days. We'll x-ray the reimplanted #8 on 12/11.\n",
    ),
    Spec(
        False,
        "back_to_school_flyer",
        "Hard negative: generic parent-facing back-to-school dental flyer with PNG.",
        f"Bright Smiles <news@{D}>",
        "families@news.brightsmilespeds.com",
        "Back to school smiles!",
        "",
        html=(
            '<html><body><img src="cid:flyer" alt="flyer"><h2>Back to school smiles</h2>'
            "<p>Mouthguards for fall sports, sealants before the cavity season, and a free "
            "toothbrush for every kid in January. Most Medicaid and CHIP plans cover two cleanings"
            " a year.</p></body></html>"
        ),
        atts=(Att("flyer.png", "image/png", png(6, 6, (40, 160, 220))),),
    ),
    Spec(
        False,
        "dental_vendor",
        "Supply order confirmation (fluoride varnish, gloves).",
        "Orders <orders@henrysupplydental.com>",
        f"office@{D}",
        "Order 448102 shipped",
        "Your order shipped: 3 x fluoride varnish 5% (50 pk), 10 x nitrile gloves S. Tracking to\n"
        "follow.\n",
    ),
    Spec(
        False,
        "school_screening_summary",
        "Hard negative: school screening aggregate summary without students.",
        f"Community Outreach <outreach@{D}>",
        "principal@elmwoodelementary.org",
        "Screening day summary",
        "Thank you for hosting! We screened 212 students in grades K-5: 31% had untreated decay,\n"
        "9% needed urgent care. Letters went home in backpacks.\n",
    ),
    Spec(
        False,
        "office_hours",
        "Holiday hours notice to families.",
        f"Front Desk <frontdesk@{D}>",
        "families@news.brightsmilespeds.com",
        "Holiday hours",
        "",
        html=(
            "<html><body><h3>Holiday hours</h3><p>We close at noon on 12/24 and reopen 12/28."
            " For dental emergencies after hours, call the main line and follow the prompts."
            "</p></body></html>"
        ),
    ),
    Spec(
        False,
        "sedation_protocol",
        "Hard negative: generic sedation protocol (doses per kg) for staff, no patient.",
        f"Dr. Nadia Falkner <nfalkner@{D}>",
        "clinical@lists.brightsmilespeds.com",
        "Updated oral sedation protocol",
        "Updated protocol: midazolam 0.5-0.7 mg/kg PO, max 15 mg; pulse ox continuous; discharge when\n"
        "Aldrete >= 9. Pre-op NPO per AAPD guideline. Please initial the binder copy.\n",
    ),
    Spec(
        False,
        "staff_schedule",
        "Hygienist schedule for the week.",
        f"Office Manager <office@{D}>",
        "staff@lists.brightsmilespeds.com",
        "Next week's hygiene schedule",
        "Mon/Wed: Paige & Dev; Tue/Thu: Paige & Kim; Fri: school screenings at Oakdale (Kim, Dev).\n",
    ),
    Spec(
        False,
        "cdt_update",
        "Hard negative: CDT code changes memo for billing staff.",
        f"Billing <billing@{D}>",
        "billing@lists.brightsmilespeds.com",
        "CDT 2027 changes",
        "New for 2027: D1301 (immunization counseling) and revised D1354 descriptor for caries\n"
        "arresting medicament. Update the fee schedule before 1/1.\n",
    ),
]
