"""Outbound mail of Solstice Skin & Laser Medspa, a physician-directed medical spa (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, typographic characters)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nxo,\nThe Solstice Team\nSolstice Skin & Laser Medspa | 305 S College Ave, Fort Collins, CO 80524 | "
    "970-555-0150 | @solsticeskinfc"
)

HL7_LABORDER = (
    "MSH|^~\\&|SOLSTICE_EMR|SOLSTICE|ROCKIESLAB|RRL|202603180931||ORM^O01|SSM000388|P|2.5.1\r"
    "PID|1||SSM-10442^^^SOLSTICE^MR||Marchetti^Gianna^L||19850117|F|||912 Pitkin St^^Fort Collins^CO^80524||970-555-0158\r"
    "ORC|NW|SSM-LAB-388||||||||||1125345144^Castellanos^Nadia\r"
    "OBR|1|SSM-LAB-388||4548-4^Hemoglobin A1c^LN\r"
    "OBR|2|SSM-LAB-388||3016-3^TSH^LN\r"
    "OBR|3|SSM-LAB-388||24323-8^Comprehensive metabolic panel^LN\r"
    "DG1|1||E66.9^Obesity, unspecified^I10\r"
    "NTE|1||Baseline labs before semaglutide weight management program\r"
)

FHIR_WEIGHT = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "ssm-10391",
      "name": [{"family": "Haverford", "given": ["Corinne"]}], "birthDate": "1979-03-28"}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}]},
      "subject": {"reference": "Patient/ssm-10391"}, "effectiveDateTime": "2026-03-13",
      "valueQuantity": {"value": 84.2, "unit": "kg"}}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "39156-5", "display": "BMI"}]},
      "subject": {"reference": "Patient/ssm-10391"}, "effectiveDateTime": "2026-03-13",
      "valueQuantity": {"value": 30.9, "unit": "kg/m2"},
      "note": [{"text": "Week 16 tirzepatide 7.5 mg; down 11.6 kg from baseline; mild nausea"}]}}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="neurotoxin appointment invite to client",
        notes="Calendar invite to a named client's personal mailbox for a Botox appointment with the nurse injector.",
        frm="Solstice Skin & Laser <book@solsticemedspa.com>",
        to="avery.lindholm@icloud.com",
        subject="You're booked, Avery!",
        body="Hi Avery! You're all set for Botox (forehead + 11s) with Brynn, NP on Friday. Please arrive 10 minutes early and skip the gym that afternoon."
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Solstice Medspa//Booking//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bk-88120@solsticemedspa.com\r\nDTSTAMP:20260316T170000Z\r\n"
            "DTSTART:20260320T200000Z\r\nDTEND:20260320T203000Z\r\n"
            "SUMMARY:Botox - Avery Lindholm - Brynn Holloway NP\r\nLOCATION:Solstice, 305 S College Ave\r\n"
            "ORGANIZER:mailto:book@solsticemedspa.com\r\nATTENDEE:mailto:avery.lindholm@icloud.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="GLP-1 weight program refill and dose change",
        notes="Tells a named client at her gmail her semaglutide dose increase and refill status.",
        frm="Brynn Holloway NP <brynn@solsticemedspa.com>",
        to="jessa.t.morales@gmail.com",
        subject="Your next vial",
        body=(
            "Hi Jessa,\n\nGreat progress - down 14 lb since January! Since the nausea has settled, we'll go up to 1.0 mg weekly "
            "of semaglutide starting with your next vial. The pharmacy ships Thursday; keep it refrigerated. Keep your "
            "protein up and let me know if you get any belly pain.\n\nBrynn Holloway, FNP-C"
        ),
    ),
    Spec(
        phi=True,
        category="filler vascular occlusion emergency referral",
        notes="Urgent referral naming a client with suspected vascular occlusion after filler to an oculoplastic surgeon.",
        frm="Dr. Nadia Castellanos <ncastellanos@solsticemedspa.com>",
        to="oculoplastics@frontrangeeye.com",
        subject="URGENT - possible VO after filler - pt on her way",
        body=(
            "Dr. Huang,\n\nSending you Leticia Ambrose (DOB 10/03/1990) now. At 14:20 she had 0.5 mL HA filler to the left "
            "nasolabial fold; at 14:35 blanching and livedo along the left nasal sidewall. We gave 1,500 units hyaluronidase "
            "and aspirin 325 mg; vision currently normal. Her husband is driving, ETA 20 minutes. My cell 970-555-0157.\n\n"
            "Nadia Castellanos, MD, Medical Director"
        ),
    ),
    Spec(
        phi=True,
        category="aftercare note to client's daughter",
        notes="Hard positive: first names and 'your mom' only, but tells a daughter about her mother's Sculptra treatment, bruising and next session.",
        frm="Kira (Solstice) <kira@solsticemedspa.com>",
        to="tessa.whitcombe@outlook.com",
        subject="Re: pickup today",
        body=(
            "Hi Tessa! Your mom Lorraine did great with her Sculptra today. She may bruise a little along the jawline - arnica "
            "is fine, no Advil for 2 days. Massage 5-5-5 (5 min, 5x a day, 5 days). She's booked for round 2 on April 14 - you "
            "said you'd drive again?\n\nKira"
        ),
    ),
    Spec(
        phi=True,
        category="baseline lab results letter to weight program client",
        notes="PDF lab summary with name, DOB, A1c and TSH sent to a client before starting a GLP-1 program.",
        frm="Brynn Holloway NP <brynn@solsticemedspa.com>",
        to="gianna.marchetti85@yahoo.com",
        subject="Your lab results",
        body="Hi Gianna, your baseline labs are back and attached. Your A1c is in the prediabetes range, which makes you a good candidate for the program. Let's talk Tuesday.\n\nBrynn",
        atts=(
            Att(
                "Marchetti_G_labs_0318.pdf",
                "application/pdf",
                pdf(
                    [
                        "SOLSTICE SKIN & LASER MEDSPA - Lab Summary",
                        "Client: Gianna Marchetti   DOB 01/17/1985   Chart SSM-10442",
                        "Hemoglobin A1c: 6.1 %  (H; ref 4.0-5.6)",
                        "TSH: 2.4 mIU/L  (ref 0.4-4.0)",
                        "CMP: within normal limits; ALT 38",
                        "BMI 33.4 - eligible for medical weight management",
                        "Reviewed by Brynn Holloway, FNP-C",
                    ],
                    "Lab summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 lab order for weight program baseline labs",
        notes="Hard positive: the body is an interface line; the HL7 order carries the client's name, address, DOB and obesity diagnosis.",
        frm="Solstice EMR <noreply@solsticemedspa.com>",
        to="orders@rockiesreflab.com",
        subject="ORM SSM000388",
        body="Outbound order SSM000388 attached.",
        atts=(Att("SSM000388.hl7", "application/hl7-v2", HL7_LABORDER),),
    ),
    Spec(
        phi=True,
        category="hormone pellet therapy consent summary",
        notes="Consent summary for a named client's testosterone pellet therapy with menopause symptoms and labs.",
        frm="Dr. Nadia Castellanos <ncastellanos@solsticemedspa.com>",
        to="r.delacroix.home@gmail.com",
        subject="Copy of your signed consent",
        body="Hi Rochelle, as requested, a copy of the consent you signed on Monday is attached for your records.\n\nDr. C",
        atts=(
            Att(
                "Delacroix_R_pellet_consent.docx",
                DOCX,
                docx(
                    [
                        "Solstice Skin & Laser Medspa - Informed Consent: Hormone Pellet Therapy",
                        "Client: Rochelle Delacroix   DOB 06/22/1972",
                        "Indication: perimenopausal symptoms (hot flashes, insomnia, low libido); estradiol 28 pg/mL, total testosterone 11 ng/dL",
                        "Treatment: testosterone 87.5 mg pellet, insertion upper outer buttock, repeat every 3-4 months",
                        "Client acknowledges this use is off-label and not FDA approved for women.",
                        "Signed 03/16/2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="card chargeback rebuttal with treatment details",
        notes="Hard positive: a payment dispute to the card processor names the client and the CoolSculpting treatment paid for.",
        frm="Accounts <accounts@solsticemedspa.com>",
        to="disputes@harborpaymentservices.com",
        subject="Chargeback CB-77310194 - rebuttal",
        body=(
            "Re: dispute CB-77310194, cardholder Marissa Kettleman, $2,400.00 on 01/29/2026.\n\nThe cardholder received the "
            "service: CoolSculpting, abdomen, 4 cycles, performed 01/29/2026 by our RN. Attached evidence on file: signed "
            "treatment consent, the package agreement (no refunds after treatment) and the follow-up visit on 03/02/2026 "
            "where results were photographed. We ask that the dispute be reversed.\n\nSolstice Accounts"
        ),
        atts=(
            Att(
                "CB-77310194_evidence.zip",
                "application/zip",
                zipped(
                    {
                        "consent_Kettleman_M_20260129.txt": "CoolSculpting consent - Marissa Kettleman - DOB 1983-08-11 - abdomen x4 cycles - signed 01/29/2026\n",
                        "package_agreement.txt": "Solstice body contouring package: 4 cycles $2,400. Non-refundable once treatment begins.\n",
                        "followup_note_20260302.txt": "Kettleman, Marissa: 5 wk follow-up, mild residual numbness resolved, visible reduction lower abdomen, photos taken.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="client treatment roster to marketing agency",
        notes="Multi-sheet roster of named clients with phones and toxin/filler treatment history sent to an ad agency.",
        frm="Marketing <hello@solsticemedspa.com>",
        to="campaigns@peachpixelmarketing.com",
        subject="Lists for the spring re-engagement ads",
        body="Hi Jas, here are the two segments for the Meta custom audiences. Can you have creative ready by next Wednesday?\n\nCamille",
        atts=(
            Att(
                "spring_segments.xlsx",
                XLSX,
                xlsx(
                    {
                        "Tox lapsed": [
                            ["First", "Last", "Email", "Phone", "Last tox", "Units"],
                            [
                                "Sierra",
                                "Vandermeer",
                                "sierra.vdm@gmail.com",
                                "970-555-0161",
                                "2025-10-02",
                                44,
                            ],
                            [
                                "Kendra",
                                "Oakes",
                                "koakes@yahoo.com",
                                "970-555-0162",
                                "2025-11-14",
                                30,
                            ],
                        ],
                        "Filler 12mo": [
                            ["First", "Last", "Email", "Phone", "Last filler", "Area"],
                            [
                                "Daphne",
                                "Rudd",
                                "daphne.rudd@icloud.com",
                                "970-555-0163",
                                "2025-03-20",
                                "lips 1 syr",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse adverse effect note to medical director",
        notes="Hard positive: clipped injector shorthand ties a named client to toxin doses and eyelid ptosis.",
        frm="Brynn Holloway NP <brynn@solsticemedspa.com>",
        to="nadia.castellanos.md@gmail.com",
        subject="fyi ptosis",
        body="Kayleigh Brandt - 24u glab / 10u ea crow's 3/3, c/o L lid ptosis since 3/12. apraclonidine sent. will f/u wk. - B",
    ),
    Spec(
        phi=True,
        category="headerless lapsed-client SMS list",
        notes="Hard positive: CSV without headers lists names and phones of clients segmented by lapsed neurotoxin treatment.",
        frm="Marketing <hello@solsticemedspa.com>",
        to="uploads@textblastpro.com",
        subject="list for campaign SPRING-TOX",
        body="Upload attached for campaign SPRING-TOX, send Tues 10am.",
        atts=(
            Att(
                "tox_lapsed_90d.csv",
                "text/csv",
                "Alana,Brisco,970-555-0171,dysport 60u\r\n"
                "Mirela,Hutchins,970-555-0172,botox 36u\r\n"
                "Stacia,Renwick,970-555-0173,xeomin 40u\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="progress photo with condition in file name",
        notes="Photo named after the client and her melasma treatment week, sent to her personal mailbox.",
        frm="Mae (Solstice) <mae@solsticemedspa.com>",
        to="hannelore.lindgren@gmail.com",
        subject="Your week 8 photo",
        body="Hi Hannelore, here's your week 8 photo as promised - look at that difference on the cheeks! Keep up the tranexamic acid and SPF."
        + SIG,
        atts=(Att("HLindgren_melasma_wk8.png", "image/png", png(6, 6, (210, 170, 140))),),
    ),
    Spec(
        phi=True,
        category="FHIR weight observations to client's PCP",
        notes="Hard positive: the body names no one; the FHIR observations tie a named client to her weight, BMI and tirzepatide dose.",
        frm="Brynn Holloway NP <brynn@solsticemedspa.com>",
        to="records@oldtownfamilypractice.com",
        subject="Shared patient - weight management update",
        body="Hello Dr. Santos, at your patient's request here is her week 16 update from our weight program (FHIR). She has an appointment with you in April.\n\nBrynn Holloway, FNP-C, NPI 1212830594",
        atts=(Att("ssm-10391_week16.json", "application/fhir+json", FHIR_WEIGHT),),
    ),
    Spec(
        phi=True,
        category="forwarded burn complaint to malpractice carrier",
        notes="Forwards a client's complaint about a laser burn, with her name and treatment, to the liability insurer.",
        frm="Dr. Nadia Castellanos <ncastellanos@solsticemedspa.com>",
        to="claims@copicriskmutual.com",
        subject="Incident report - potential claim (IPL burn)",
        body=(
            "Policy MP-0044812. Notice of a potential claim: client treated with IPL on 03/06/2026 reports blistering on both "
            "cheeks. We saw her 03/09 (second-degree superficial burns, silver sulfadiazine). Her e-mail is attached. We have "
            "refunded the treatment.\n\nNadia Castellanos, MD"
        ),
        forward=Spec(
            phi=True,
            category="client complaint",
            notes="inner",
            frm="Joelle Fairbanks <joelle.fairbanks@hotmail.com>",
            to="hello@solsticemedspa.com",
            subject="burns from my photofacial",
            body="I had the IPL photofacial on Friday and now I have blisters on both cheeks. This is unacceptable and I want to talk to the doctor. Joelle Fairbanks",
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only treatment plan quote",
        notes="HTML-only treatment plan for a named client with acne scarring and the microneedling series price.",
        frm="Solstice Skin & Laser <hello@solsticemedspa.com>",
        to="marcus.obi.design@yahoo.com",
        subject="Your personalized treatment plan",
        body="",
        html=(
            "<html><body style='font-family:Georgia'><h2 style='color:#c9772b'>Your plan, Marcus</h2>"
            "<p>Thanks for coming in for your consultation with Dr. Castellanos. Here's what we recommend for the "
            "<b>rolling and boxcar acne scars</b> on your cheeks:</p><ol><li>Morpheus8 RF microneedling x3, 6 weeks apart</li>"
            "<li>TCA CROSS for the ice-pick scars at session 2</li></ol><p>Package price: <b>$2,850</b> (save $450).</p>"
            "<p>Stop tretinoin 5 days before each session.</p><p><a href='https://solsticemedspa.com/book'>Book session 1</a></p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="toxin touch-up reminder naming brand",
        notes="Hard positive: no condition stated, but a reminder naming the client and her Dysport touch-up reveals neurotoxin treatment.",
        frm="Solstice Skin & Laser <book@solsticemedspa.com>",
        to="dominique.farrow@aol.com",
        subject="Dominique, time for your Dysport touch-up?",
        body="Hi Dominique! It's been 12 weeks since your last Dysport visit with Brynn. Book this week and get 10% off. Reply STOP to opt out."
        + SIG,
    ),
    Spec(
        phi=True,
        category="OCR intake form text to supervising physician",
        notes="Hard positive: the scanned intake text file carries the client's name, DOB, pregnancy status and isotretinoin use.",
        frm="Front Desk <frontdesk@solsticemedspa.com>",
        to="dr.castellanos@castellanosmd.com",
        subject="chart review needed before laser Thurs",
        body="Dr. C - scan of the new intake attached. Can you sign off before her laser on Thursday? She checked a couple of boxes.",
        atts=(
            Att(
                "intake_scan_0317.txt",
                "text/plain",
                "SOLSTICE NEW CLIENT INTAKE   page 1/2\n"
                "Name: Priscila Albornoz   DOB: 11/ 2/1996   Phone: 970-555-0176\n"
                "Are you pregnant or nursing?  [X] Yes  [ ] No   (nursing, baby 5 mo)\n"
                "Accutane / isotretinoin in past 12 months? [X] Yes - stopped Dec 2025\n"
                "History of cold sores? [X]   Keloids? [ ]   Blood thinners? [ ]\n"
                "Treatment requested: CO2 fractional resurfacing, full face\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="compounded tretinoin prescription to pharmacy",
        notes="Prescription for a named client with DOB and diagnosis to a compounding pharmacy, with prescriber NPI and DEA.",
        frm="Dr. Nadia Castellanos <ncastellanos@solsticemedspa.com>",
        to="rx@mountainviewcompounding.com",
        subject="New Rx - Albright, Celia",
        body=(
            "Patient: Celia Albright, DOB 05/19/1968, 2207 Remington St, Fort Collins 80524, 970-555-0178\n"
            "Dx: L81.1 melasma, L57.8 photoaging\n"
            "Rx: hydroquinone 4% / tretinoin 0.025% / fluocinolone 0.01% cream, 30 g, apply qhs to dark spots, refills 2\n\n"
            "Nadia Castellanos, MD\nNPI: 1125345144\nDEA: FC6606149\nSolstice Skin & Laser Medspa, 305 S College Ave"
        ),
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="HTML-only spring promotion newsletter",
        notes="HTML marketing to the whole subscriber list with prices; no individual or condition-based segment.",
        frm="Solstice Skin & Laser <hello@solsticemedspa.com>",
        to="newsletter@lists.solsticemedspa.com",
        subject="Spring Glow Week: $11/unit tox + free brow lamination",
        body="",
        html=(
            "<html><body><h1>Spring Glow Week</h1><p>March 23-28 only:</p><ul><li>Botox, Dysport, Xeomin $11/unit</li>"
            "<li>Any HydraFacial + free brow lamination</li><li>Buy 2 syringes of filler, get $100 off</li></ul>"
            "<p>Appointments are limited. <a href='https://solsticemedspa.com/book'>Book now</a></p>"
            "<p style='font-size:9px'>Treatments performed by licensed medical providers under the supervision of our "
            "medical director. Results vary. Unsubscribe.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="neurotoxin allocation notice from distributor",
        notes="Hard negative: product allocation and lot information forwarded to injectors; no client.",
        frm="Clinic Manager <manager@solsticemedspa.com>",
        to="injectors@solsticemedspa.com",
        subject="Xeomin allocation cut for April",
        body=(
            "Injectors,\n\nMerz is limiting us to 6 vials of Xeomin 100U in April (we used 11 in March). Please switch new "
            "clients to Dysport and keep Xeomin for those who've had resistance concerns. Lot XM24-0871 expires 5/2026, use "
            "it first.\n\nCamille, Clinic Manager"
        ),
    ),
    Spec(
        phi=False,
        category="injector advanced training certificate",
        notes="Staff training certificate; workforce name only.",
        frm="Clinic Manager <manager@solsticemedspa.com>",
        to="credentialing@copicriskmutual.com",
        subject="Training certificate - Brynn Holloway, FNP-C",
        body="Please add the attached to our injector's file for the policy renewal: Brynn Holloway completed the 16-hour Advanced Facial Anatomy and Complications course on 02/28/2026.\n\nCamille",
        atts=(
            Att(
                "Holloway_advanced_anatomy_cert.pdf",
                "application/pdf",
                pdf(
                    [
                        "CERTIFICATE OF COMPLETION",
                        "Brynn Holloway, FNP-C - Solstice Skin & Laser Medspa",
                        "Advanced Facial Anatomy and Complication Management (16 CE hours)",
                        "Completed 02/28/2026, Denver, Colorado",
                    ],
                    "Certificate",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="gift card receipt to purchaser",
        notes="Hard negative: gift card receipt with card number to a buyer's personal mailbox; nobody's treatment is described.",
        frm="Solstice Skin & Laser <giftcards@solsticemedspa.com>",
        to="b.thornquist@gmail.com",
        subject="Your Solstice gift card",
        body=(
            "Thanks for your purchase!\n\nGift card: 5829-4471-0032\nAmount: $300.00\nRecipient message: 'Happy 40th, Jen! Treat "
            "yourself.'\n\nRedeemable for any service or product. Does not expire.\n\nSolstice Skin & Laser Medspa"
        ),
    ),
    Spec(
        phi=False,
        category="laser service report with device serials",
        notes="Hard negative: device serial numbers and calibration results for a laser; not tied to any client.",
        frm="Clinic Manager <manager@solsticemedspa.com>",
        to="service@lasertechrepair.com",
        subject="PM report for GentleMax - signed",
        body="Signed service report attached. The 755 nm handpiece still reads low on the second test - please order the fiber.\n\nCamille",
        atts=(
            Att(
                "PM_report_GMX_0316.pdf",
                "application/pdf",
                pdf(
                    [
                        "Preventive maintenance - SOLSTICE SKIN & LASER MEDSPA",
                        "Device: Candela GentleMax Pro  SN 9914-GMP-20877",
                        "755 nm output: 38.1 J/cm2 set 40 (-4.8%)  1064 nm: within 2%",
                        "Cooling (DCD) canister changed; shot counter 1,244,910",
                        "Technician: R. Alvarado",
                    ],
                    "PM report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff medical leave coverage notice",
        notes="Hard negative: an unnamed team member on medical leave and shift coverage; no identifiable individual or client.",
        frm="Clinic Manager <manager@solsticemedspa.com>",
        to="team@solsticemedspa.com",
        subject="Schedule changes next 3 weeks",
        body="Hi team, one of our aestheticians is out on medical leave through April 6. Mae will cover Tue/Thu facials and Kira will take Saturdays. Please don't ask for details - just send good vibes.\n\nCamille",
    ),
    Spec(
        phi=False,
        category="monthly service KPI workbook",
        notes="Hard negative: aggregate units, revenue and counts per service; no client.",
        frm="Clinic Manager <manager@solsticemedspa.com>",
        to="owner@solsticeholdingsllc.com",
        subject="Feb KPIs",
        body="February numbers attached. Weight program now 22% of revenue.\n\nCamille",
        atts=(
            Att(
                "Solstice_KPI_Feb2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Services": [
                            ["Service", "Visits", "Revenue"],
                            ["Neurotoxin", 214, 58340],
                            ["Filler", 61, 42700],
                            ["Laser/IPL", 88, 31680],
                            ["Weight program", 73, 37960],
                        ],
                        "Toxin units": [
                            ["Product", "Units"],
                            ["Botox", 4120],
                            ["Dysport", 6950],
                            ["Xeomin", 1010],
                        ],
                        "Staff": [
                            ["Provider", "Visits"],
                            ["B. Holloway NP", 203],
                            ["R. Sandoval RN", 148],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="RN injector job posting",
        notes="Job posting; no patient information.",
        frm="Clinic Manager <manager@solsticemedspa.com>",
        to="jobs@indeedpartners-postings.com",
        subject="Job: Aesthetic RN Injector (PT)",
        body="Solstice Skin & Laser Medspa seeks a part-time aesthetic RN injector, 2+ years of toxin and filler experience, Colorado RN licence. Base + commission, free treatments, CE budget. Apply: careers@solsticemedspa.com",
    ),
    Spec(
        phi=False,
        category="treatment menu price list",
        notes="Hard negative: price list names conditions (melasma, acne scars, rosacea) as treatment targets but no person.",
        frm="Solstice Skin & Laser <hello@solsticemedspa.com>",
        to="concierge@thearmstronghotelfc.com",
        subject="Updated menu for your guest binder",
        body="Hi Rachel, as promised, our 2026 menu for the guest rooms. Hotel guests get 15% off with the code ARMSTRONG.\n\nSolstice",
        atts=(
            Att(
                "Solstice_menu_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "SOLSTICE SKIN & LASER MEDSPA - 2026 Menu",
                        "Neurotoxin from $12/unit | Dermal filler from $650/syringe",
                        "IPL photofacial (sun spots, rosacea redness) $395",
                        "Morpheus8 (acne scars, laxity) $1,100 per session",
                        "Cosmelan peel (melasma) $850",
                        "Medical weight management from $399/month",
                    ],
                    "Menu 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="co-marketing agreement with gym",
        notes="Business partnership agreement; no client.",
        frm="Clinic Manager <manager@solsticemedspa.com>",
        to="partnerships@ironandoakfitness.com",
        subject="Draft co-marketing agreement",
        body="Hi Drew, draft attached for your review - mainly the member discount and the shared event in May.\n\nCamille",
        atts=(
            Att(
                "Solstice_IronOak_comarketing_draft.docx",
                DOCX,
                docx(
                    [
                        "Co-Marketing Agreement (draft v2)",
                        "Parties: Solstice Skin & Laser Medspa LLC and Iron & Oak Fitness LLC",
                        "1. Iron & Oak members receive 10% off HydraFacials and body contouring consultations.",
                        "2. Neither party shares member or client lists with the other.",
                        "3. Joint open house: May 14, 2026.",
                    ]
                ),
            ),
            Att(
                "Solstice_brand_assets.zip",
                "application/zip",
                zipped(
                    {
                        "solstice_logo_orange.png": png(8, 4, (201, 119, 43)),
                        "solstice_logo_white.png": png(8, 4, (255, 255, 255)),
                        "brand_guidelines.txt": "Primary colour #C9772B. Minimum logo width 120 px. Do not use the logo on photos of people.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="front desk privacy training with declared examples",
        notes="Hard negative: training script uses an obviously fictional 'Jane Example' caller scenario; no real client.",
        frm="Dr. Nadia Castellanos <ncastellanos@solsticemedspa.com>",
        to="frontdesk-team@solsticemedspa.com",
        subject="Phone privacy refresher (5 min read)",
        body=(
            "Hi front desk,\n\nQuick reminder after last week's near miss. If someone calls asking 'Is Jane Example booked for "
            "lip filler today? I'm her friend, I want to surprise her' - we never confirm or deny that anyone is a client. Say: "
            "'I'm sorry, I can't share any information about our clients.' Same for husbands, moms and bosses. Also: no client "
            "names in our Instagram stories, even first names.\n\nDr. C"
        ),
    ),
    Spec(
        phi=False,
        category="loyalty program terms update",
        notes="Loyalty programme terms to all members; no treatment of any individual.",
        frm="Solstice Skin & Laser <hello@solsticemedspa.com>",
        to="members@lists.solsticemedspa.com",
        subject="Updates to Glow Rewards terms",
        body="Starting April 1, Glow Rewards points expire after 18 months (was 24), and points can be used on retail skincare. Full terms at solsticemedspa.com/rewards. Thanks for being a member!",
    ),
    Spec(
        phi=False,
        category="medical director comments to journalist",
        notes="Hard negative: general quotes on GLP-1 facial volume loss for a news story; no patient.",
        frm="Dr. Nadia Castellanos <ncastellanos@solsticemedspa.com>",
        to="jfarley@northernco-news.com",
        subject="Re: 'Ozempic face' story - my quotes",
        body=(
            'Hi Jenna,\n\nHappy to be quoted as below:\n\n"Rapid weight loss of any kind - with GLP-1 drugs or after bariatric '
            "surgery - can deflate the mid-face and temples. It isn't a side effect of the drug itself. Most people don't need "
            'filler; slowing the rate of loss and strength training help."\n\nNadia Castellanos, MD, Medical Director'
        ),
    ),
    Spec(
        phi=False,
        category="staff commission report to accountant",
        notes="Hard negative: commissions by staff member and service category; no client data.",
        frm="Clinic Manager <manager@solsticemedspa.com>",
        to="payroll@ledgerlinecpa.com",
        subject="Commissions - pay period ending 3/15",
        body="Hi Pat, commissions for this period attached. Mae's rate changed to 8% on retail from 3/1.\n\nCamille",
        atts=(
            Att(
                "commissions_PE0315.csv",
                "text/csv",
                "staff,tox_revenue,filler_revenue,retail,commission\r\n"
                "Brynn Holloway,18420,9800,610,2411.40\r\n"
                "Rita Sandoval,11300,0,240,1149.20\r\n"
                "Mae Tran,0,0,1880,150.40\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="public open house calendar invite",
        notes="Public event invite to subscribers; no individual treatment.",
        frm="Solstice Skin & Laser <events@solsticemedspa.com>",
        to="vip@lists.solsticemedspa.com",
        subject="You're invited: Solstice Open House 5/14",
        body="Join us for bubbles, live demos and raffle prizes. Add it to your calendar!",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Solstice Medspa//Events//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:openhouse-20260514@solsticemedspa.com\r\nDTSTAMP:20260317T150000Z\r\n"
            "DTSTART:20260514T230000Z\r\nDTEND:20260515T020000Z\r\nSUMMARY:Solstice Spring Open House\r\n"
            "LOCATION:305 S College Ave, Fort Collins\r\nORGANIZER:mailto:events@solsticemedspa.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="vascular occlusion protocol update",
        notes="Hard negative: clinical protocol with hyaluronidase doses and occlusion signs; no client.",
        frm="Dr. Nadia Castellanos <ncastellanos@solsticemedspa.com>",
        to="injectors@solsticemedspa.com",
        subject="Updated VO protocol - print and post",
        body="Injectors: updated vascular occlusion protocol attached. Biggest change is high-dose pulsed hyaluronidase (500 U per area every 60 min) and aspirin 325 mg at first sign. The crash kit checklist is on page 2.\n\nDr. C",
        atts=(
            Att(
                "VO_protocol_v4.docx",
                DOCX,
                docx(
                    [
                        "Solstice - Vascular Occlusion Protocol v4 (March 2026)",
                        "Signs: blanching, livedo, delayed capillary refill, disproportionate pain",
                        "Stop injecting. Hyaluronidase 500 U per affected area, repeat every 60 min until refill normal.",
                        "Aspirin 325 mg chewed. Warm compress. Call the medical director.",
                        "Any visual change: call 911 and the on-call ophthalmologist immediately.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="equipment lease quote request",
        notes="Vendor inquiry about equipment leasing; no patient.",
        frm="Clinic Manager <manager@solsticemedspa.com>",
        to="sales@hydrafacial-rockies.com",
        subject="Syndeo lease quote",
        body="Hi Trent, could you send a 36- and 48-month lease quote for a second Syndeo, with the Keravive and Perk add-ons? We'd want delivery in May.\n\nCamille",
    ),
    Spec(
        phi=False,
        category="unsubscribe confirmation to subscriber",
        notes="Confirmation that a personal address left the general newsletter list; no treatment information.",
        frm="Solstice Skin & Laser <hello@solsticemedspa.com>",
        to="lena.fairweather@hotmail.com",
        subject="You've been unsubscribed",
        body="You've been removed from the Solstice newsletter. It can take up to 48 hours for all mailings to stop. Changed your mind? Re-subscribe at solsticemedspa.com/news.",
    ),
    Spec(
        phi=False,
        category="state board NP supervision filing",
        notes="Hard negative: clinician licence numbers and supervision agreement for the nursing board; no client.",
        frm="Dr. Nadia Castellanos <ncastellanos@solsticemedspa.com>",
        to="dora.aprn@state.co.us",
        subject="Collaborative agreement - Brynn Holloway, APRN",
        body=(
            "To the Colorado Board of Nursing:\n\nPlease find our articulated plan for safe prescribing for Brynn Holloway, "
            "APRN licence C-APN.0114772, with myself as collaborating physician (DR.0068012), NPI 1125345144. The plan covers "
            "neuromodulators, dermal fillers, topical retinoids and GLP-1 agonists. Chart review occurs monthly (10%).\n\n"
            "Nadia Castellanos, MD"
        ),
    ),
]
