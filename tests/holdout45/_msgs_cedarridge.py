"""Outbound mail of Cedar Ridge Allergy & Asthma, an allergy and immunology practice (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import CRA, Att, Spec

SIG = "\n\n--\nCedar Ridge Allergy & Asthma\n2210 Orchard Crest Blvd, Suite 300\nPhone 555-0142 | Fax 555-0143"
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This message may contain information that is privileged or "
    "confidential. If you received it in error, please notify the sender and delete it."
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="Patch test reading results to patient personal mailbox",
        notes="Named patient's 96-hour patch test positives (nickel, fragrance mix) sent to her gmail.",
        frm="Dr. Anjali Venkataraman <avenkataraman@cedarridgeallergy.com>",
        to="marisol.teague@gmail.com",
        subject="Your patch test results",
        body=(
            "Hi Marisol,\n\nHere is the summary from your final patch test reading on Friday.\n\n"
            "Positive (++): nickel sulfate, fragrance mix I\nPositive (+): balsam of Peru\n"
            "Negative: the remaining 77 allergens in the expanded series\n\n"
            "This fits with the eyelid and neck dermatitis you described. I've put a CAMP safe-products "
            "list in your portal; please avoid anything not on it for 6 weeks and we'll check in at your "
            "follow-up on October 8.\n\nBest,\nDr. Venkataraman" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Parent update after pediatric oral food challenge",
        notes="Hard positive: only a child's first name, the parent relationship and that he passed a peanut oral food challenge.",
        frm="Nurse Kelsey Ortiz RN <kortiz@cedarridgeallergy.com>",
        to="bpruitt.family@yahoo.com",
        subject="Re: Thursday",
        body=(
            "Hi Bethany,\n\nJust following up on Thursday - Oliver did great. He got through the full 4 g of "
            "peanut protein with no reaction during the 2-hour observation, so Dr. Brandt is comfortable "
            "calling it a pass. Keep peanut in his diet at least 3x a week.\n\nYou can keep the "
            "auto-injector for now until his tree nut testing is done.\n\nKelsey"
            "\n\n> On Sep 11, Bethany Pruitt wrote:\n> How long after the challenge should we watch him for hives?"
        ),
    ),
    Spec(
        phi=True,
        category="Student anaphylaxis emergency action plan to school nurse",
        notes="Named student, DOB, tree nut and sesame anaphylaxis history and epinephrine dose in a PDF action plan sent to the school.",
        frm="Cedar Ridge Forms <forms@cedarridgeallergy.com>",
        to="nurse.office@hollowbrookelementary.org",
        subject="Emergency care plan for 2026-27 school year",
        body=(
            "Good morning,\n\nAt the family's request (signed release on file), attached is the completed "
            "allergy and anaphylaxis emergency care plan for one of your students. Please call us with any "
            "questions about the plan." + SIG
        ),
        atts=(
            Att(
                "ECP_Delacroix_Amelie.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR RIDGE ALLERGY & ASTHMA",
                        "Food Allergy & Anaphylaxis Emergency Care Plan",
                        "Student: Amelie Delacroix     DOB: 03/22/2018     Grade: 3",
                        "Allergic to: cashew, pistachio, sesame",
                        "History of anaphylaxis: yes (2024)     Asthma: yes - higher risk",
                        "Epinephrine: 0.15 mg auto-injector IM, outer thigh",
                        "Antihistamine: cetirizine 5 mg for mild symptoms only",
                        "Physician: Tomas Brandt, MD   Phone 555-0142",
                    ],
                    "Emergency care plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Biologic prior authorization with member ID and IgE",
        notes="Prior authorization to payer with patient name, member ID, asthma diagnosis, eosinophil count and omalizumab request.",
        frm="Prior Auth Team <priorauth@cedarridgeallergy.com>",
        to="pharmacy.pa@keystonemutualhealth.com",
        subject="PA request - omalizumab - member KMH448201937",
        body=(
            "Please find below the clinical summary for our prior authorization request.\n\n"
            "Patient: Gerald Ashworth\nDOB: 07/14/1969\nMember ID: KMH448201937\n"
            "Diagnosis: J45.50 severe persistent asthma, uncomplicated\n"
            "Total IgE: 412 IU/mL; perennial aeroallergen sensitization (dust mite, cat)\n"
            "Blood eosinophils: 380 cells/uL\nExacerbations requiring OCS in past 12 months: 3\n"
            "Current therapy: fluticasone/salmeterol 500/50 BID, montelukast 10 mg\n"
            "Requested: omalizumab 375 mg SC every 2 weeks\n\n"
            "Prescriber: Anjali Venkataraman, MD  NPI: 1129311126" + SIG + CONF
        ),
    ),
    Spec(
        phi=True,
        category="Venom immunotherapy roster workbook to covering practice",
        notes="Hard positive: multi-sheet workbook of named patients with venom buildup doses and reactions; the email body says only 'roster attached'.",
        frm="Clinic Manager <clinicmanager@cedarridgeallergy.com>",
        to="frontdesk@lakeviewfamilymed.com",
        subject="Shot room coverage - roster for the 21st",
        body="Hi Pam, roster attached for while we're closed for the move. Thank you again!\n\nRenee",
        atts=(
            Att(
                "venom_roster_0921.xlsx",
                XLSX,
                xlsx(
                    {
                        "Buildup": [
                            [
                                "Name",
                                "DOB",
                                "Venom",
                                "Last dose",
                                "Next dose",
                                "Reaction last visit",
                            ],
                            ["Hollis Grant", "1958-05-02", "Honey bee", "20 mcg", "30 mcg", "none"],
                            [
                                "Priya Ramaswamy",
                                "1990-11-19",
                                "Mixed vespid",
                                "50 mcg",
                                "75 mcg",
                                "local 6 cm",
                            ],
                        ],
                        "Maintenance": [
                            ["Name", "DOB", "Venom", "Dose", "Interval"],
                            ["Leonard Fiske", "1947-08-30", "Yellow jacket", "100 mcg", "6 weeks"],
                            ["Carmen Ybarra", "1976-01-09", "Wasp", "100 mcg", "8 weeks"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Referral letter to GI for eosinophilic esophagitis",
        notes="Referral docx to gastroenterology naming patient with dysphagia, food impaction and suspected EoE.",
        frm="Referrals <referrals@cedarridgeallergy.com>",
        to="newreferrals@summitdigestivehealth.com",
        subject="New referral - EGD requested",
        body="Referral letter attached. Patient is aware and expecting your call." + SIG,
        atts=(
            Att(
                "Referral_Kowalczyk.docx",
                DOCX,
                docx(
                    [
                        "Cedar Ridge Allergy & Asthma - Referral",
                        "Re: Daniel Kowalczyk, DOB 02/27/2001, MRN CRA-0093318",
                        "Dear Dr. Halvorsen,",
                        "I am referring Daniel, a 25-year-old with intermittent solid-food dysphagia and two "
                        "food impactions this year, one requiring endoscopic disimpaction in the ED.",
                        "He has atopic dermatitis and seasonal allergic rhinitis. Skin prick testing was positive "
                        "to wheat and egg. I suspect eosinophilic esophagitis and would appreciate EGD with biopsies.",
                        "Sincerely, Tomas Brandt, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse tryptase curbside to outside hematologist",
        notes="Hard positive: initials plus full DOB with an elevated baseline tryptase and a suspected mast cell disorder (KIT D816V pending) in a one-line curbside.",
        frm="Dr. Tomas Brandt <tbrandt@cedarridgeallergy.com>",
        to="r.achebe@northvalleyoncology.com",
        subject="curbside - tryptase",
        body=(
            "Rita - K.M., 4/12/1988, baseline tryptase 24.1 x2, recurrent hypotensive episodes after wasp "
            "stings. KIT D816V pending. Worth sending to you for marrow? Thx, T."
        ),
    ),
    Spec(
        phi=True,
        category="X12 837P claim batch to clearinghouse",
        notes="Hard positive: body is a routine batch note; the 837P attachment carries subscriber names, member IDs and allergy testing CPT codes.",
        frm="Billing <billing@cedarridgeallergy.com>",
        to="submissions@clearpathedi.com",
        subject="Batch 20260915-02 submitted",
        body="Batch 20260915-02 attached (2 claims). Please confirm 999 acknowledgment.\n\nCedar Ridge Billing",
        atts=(
            Att(
                "CRA_837P_20260915_02.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*CEDARRIDGE     *ZZ*CLEARPATH      *260915*1012*^*00501*000004512*0*P*:~\n"
                "GS*HC*CEDARRIDGE*CLEARPATH*20260915*1012*4512*X*005010X222A1~\n"
                "ST*837*0001*005010X222A1~\n"
                "NM1*85*2*CEDAR RIDGE ALLERGY AND ASTHMA*****XX*1636015418~\n"
                "NM1*IL*1*MORROW*JUSTINE****MI*PLM5520198~\n"
                "DMG*D8*19830611*F~\n"
                "CLM*CRA77310*310.00***11:B:1*Y*A*Y*Y~\n"
                "HI*ABK:J3089*ABF:L500~\n"
                "SV1*HC:95004*120.00*UN*40***1~\n"
                "SV1*HC:95024*190.00*UN*19***1~\n"
                "NM1*IL*1*TRAN*BAO****MI*PLM5520774~\n"
                "DMG*D8*20110203*M~\n"
                "CLM*CRA77311*245.00***11:B:1*Y*A*Y*Y~\n"
                "HI*ABK:Z9101~\n"
                "SV1*HC:95076*245.00*UN*1***1~\n"
                "SE*15*0001~\nGE*1*4512~\nIEA*1*000004512~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU specific IgE panel to EHR interface vendor",
        notes="Hard positive: body mentions only a reprocessing ticket; the HL7 ORU names the patient with MRN and specific IgE results.",
        frm="IT Support <itsupport@cedarridgeallergy.com>",
        to="support@meridianinterfaces.io",
        subject="Ticket 88412 - result not filing",
        body=(
            "Hi team,\n\nThis ORU never filed into the chart (error 'OBX-5 too long'). Raw message attached "
            "for ticket 88412; can you reprocess once fixed? BAA on file.\n\nMarcus, Cedar Ridge IT"
        ),
        atts=(
            Att(
                "oru_failed_88412.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|QLAB|QUESTLINE|CRA_EHR|CEDARRIDGE|202609141822||ORU^R01|QL5518820|P|2.5.1\r"
                "PID|1||CRA-0087754^^^CRA^MR||WHITLOCK^NAOMI^J||19950830|F|||418 Fernhill Ln^^Maple Falls^OH^44218\r"
                "OBR|1||QL5518820|ALLERGEN PANEL^Food IgE panel|||202609121030\r"
                "OBX|1|NM|ALMOND IGE^Almond IgE||0.12|kU/L|<0.35|N\r"
                "OBX|2|NM|SHRIMP IGE^Shrimp IgE||18.6|kU/L|<0.35|H\r"
                "OBX|3|NM|TROPOMYOSIN^Pen a 1 IgE||14.9|kU/L|<0.35|H\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Work excuse note to employer HR",
        notes="Work note to employer naming the employee, clinic visit and allergic reaction with return-to-work restrictions.",
        frm="Front Desk <frontdesk@cedarridgeallergy.com>",
        to="hr@brightwaterlogistics.com",
        subject="Work note - Luis Reyes",
        body=(
            "To whom it may concern,\n\nLuis Reyes was seen in our office on September 14 after a "
            "generalized allergic reaction at work and is under our care. He may return on September 16. "
            "Please allow him to keep his epinephrine auto-injector on his person and avoid the latex glove "
            "area of the warehouse until further notice.\n\nCedar Ridge Allergy & Asthma" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Lab report filename names patient and alpha-gal",
        notes="Hard positive: body says only 'as discussed'; patient name and alpha-gal IgE diagnosis are in the attachment filename and PDF.",
        frm="Dr. Anjali Venkataraman <avenkataraman@cedarridgeallergy.com>",
        to="giulia.bianchi.home@icloud.com",
        subject="As discussed",
        body="Attached as discussed on the phone. Talk soon.\n\nAV",
        atts=(
            Att(
                "Bianchi_Giulia_alpha-gal_IgE_positive.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR RIDGE ALLERGY & ASTHMA - Laboratory summary",
                        "Patient: Giulia Bianchi",
                        "Galactose-alpha-1,3-galactose IgE: 9.84 kU/L (high)",
                        "Beef IgE 3.1 kU/L, Pork IgE 2.2 kU/L",
                        "Impression: alpha-gal syndrome; avoid mammalian meat",
                    ],
                    "Lab summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Missed allergy injection reminder HTML",
        notes="HTML-only reminder to patient's personal mailbox naming him, his missed immunotherapy injections and dose reduction.",
        frm="Cedar Ridge Reminders <reminders@cedarridgeallergy.com>",
        to="t.okonkwo88@hotmail.com",
        subject="We missed you in the shot room",
        body="",
        html=(
            "<html><body><p>Dear Tobenna Okonkwo,</p><p>Our records show you have not received your "
            "<b>allergy immunotherapy injection</b> (dust mite / cat / ragweed vial) since <b>August 12</b>. "
            "Because it has been more than 4 weeks, your next dose will need to be reduced per protocol.</p>"
            "<p>Walk-in shot hours: Mon-Thu 7:30-11:30 and 1:00-5:30.</p><p>Cedar Ridge Allergy &amp; Asthma</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Balance due notice with account number",
        notes="Patient statement naming the guarantor, account number, balance and service (allergy skin testing) to her hotmail.",
        frm="Patient Accounts <accounts@cedarridgeallergy.com>",
        to="sherri.lindqvist@hotmail.com",
        subject="Statement for account 60-4471",
        body=(
            "Dear Sherri Lindqvist,\n\nYour insurance processed the claim for your visit on 07/30/2026 "
            "(allergy skin testing, 48 percutaneous tests, and office visit). Remaining patient "
            "responsibility: $214.60.\n\nAccount: 60-4471\nPay online at pay.cedarridgeallergy.com or call "
            "555-0148.\n\nThank you,\nPatient Accounts"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded patient hives message to dermatology",
        notes="Hard positive: short forward to a dermatologist; the attached original message is the patient describing her chronic urticaria and medications.",
        frm="Dr. Tomas Brandt <tbrandt@cedarridgeallergy.com>",
        to="j.feld@riverbendderm.com",
        subject="Fwd: hives again",
        body="Jonah - would value your eyes on this one, biopsy? Photos in her portal. T.",
        forward=Spec(
            phi=True,
            category="(forwarded) patient message",
            notes="inner",
            frm="Whitney Caldera <whitney.caldera@gmail.com>",
            to="Dr. Tomas Brandt <tbrandt@cedarridgeallergy.com>",
            subject="hives again",
            body=(
                "Dr Brandt, the hives are back even on 4 Allegra a day. Some of them leave bruises now and "
                "last more than 2 days. Should I restart the prednisone? - Whitney"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Penicillin delabeling result to primary care",
        notes="Letter to PCP with patient name, DOB and negative amoxicillin challenge recommending allergy label removal.",
        frm="Dr. Anjali Venkataraman <avenkataraman@cedarridgeallergy.com>",
        to="dr.mbeki@orchardfamilypractice.com",
        subject="Penicillin allergy evaluation - please update chart",
        body=(
            "Dear Dr. Mbeki,\n\nThank you for referring Rosalind Pemberton (DOB 10/03/1952). She completed "
            "penicillin skin testing (PPL and PenG negative) followed by a 500 mg amoxicillin oral challenge "
            "on 9/14 with no reaction over 1 hour and no delayed symptoms at 48 h.\n\n"
            "She is NOT penicillin allergic. Please remove the penicillin allergy from her medication list; "
            "she has been given a wallet card.\n\nWarm regards,\nAnjali Venkataraman, MD" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="FHIR AllergyIntolerance bundle to HIE",
        notes="Hard positive: body is routine feed text; the FHIR bundle names the patient with DOB and a bee venom anaphylaxis record.",
        frm="Interfaces <interfaces@cedarridgeallergy.com>",
        to="onboarding@tristatehie.org",
        subject="Sample payload for production validation",
        body="As requested for production validation, one live payload from this morning's feed is attached.",
        atts=(
            Att(
                "allergy_bundle_0915.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "cra-71554", "name": [{"family": "Osei", "given": ["Kwabena"]}], "birthDate": "1979-06-18", "gender": "male"}},\n'
                ' {"resource": {"resourceType": "AllergyIntolerance", "patient": {"reference": "Patient/cra-71554"}, '
                '"code": {"text": "Honey bee venom"}, "criticality": "high", '
                '"reaction": [{"manifestation": [{"text": "Anaphylaxis"}], "severity": "severe"}], "recordedDate": "2026-09-14"}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Password-protected records zip to plaintiff attorney",
        notes="Hard positive: the records are encrypted, but the subject and body name the client and say her allergy treatment records are enclosed.",
        frm="Medical Records <records@cedarridgeallergy.com>",
        to="paralegal@hartwellinjurylaw.com",
        subject="Records request - Dana Whitfield - your ref 26-0412",
        body=(
            "Good afternoon,\n\nIn response to the authorized request for Dana Whitfield's treatment records "
            "(visits 03/2025 through 08/2026, including the latex anaphylaxis evaluation), the records are "
            "attached as a password-protected archive. The password will be sent separately by phone.\n\n"
            "Invoice for copying fees to follow.\n\nMedical Records Dept." + SIG
        ),
        atts=(
            Att(
                "Whitfield_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Whitfield_D_visit_notes.txt": "Dana Whitfield DOB 05/19/1984 - latex anaphylaxis during dental procedure...",
                        "Whitfield_D_labs.txt": "Latex (k82) IgE 6.4 kU/L; Hev b 6.02 positive",
                    },
                    "Cr!dge-0412",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Headerless SCIT mixing list to compounding pharmacy",
        notes="Hard positive: CSV with no header row: patient names, DOBs and immunotherapy vial contents.",
        frm="Extract Lab <extractlab@cedarridgeallergy.com>",
        to="orders@meadowlarkcompounding.com",
        subject="vials for week of 9/21",
        body="Mixing list attached, same as usual. Pick-up Thursday AM please.",
        atts=(
            Att(
                "mix_0921.csv",
                "text/csv",
                "Hammond,Rebecca,1975-02-11,SCIT maint,D farinae/D pteronyssinus/cat,1:10 v/v,5 mL\r\n"
                "Szabo,Imre,1962-09-04,SCIT build,ragweed/timothy/oak,1:100 v/v,5 mL\r\n"
                "Lachance,Noemie,2009-12-30,SCIT maint,Alternaria/dog,1:10 v/v,5 mL\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Urticaria photo named after patient to dermatologist",
        notes="Hard positive: a photograph of a rash whose filename carries the patient's name and condition; the body names no one.",
        frm="Nurse Kelsey Ortiz RN <kortiz@cedarridgeallergy.com>",
        to="clinic@riverbendderm.com",
        subject="photo for Dr. Feld",
        body="Photo Dr. Brandt mentioned, taken in clinic this morning.",
        atts=(Att("JLoewen_urticarial_vasculitis_leg.png", "image/png", png(6, 4, (190, 70, 80))),),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="Physician bio for hospital newsletter",
        notes="Hard negative: clinician bio listing diseases she treats plus her NPI; no patient.",
        frm="Marketing <marketing@cedarridgeallergy.com>",
        to="newsletter@orchardvalleyhealth.org",
        subject="Bio and headshot text for the October issue",
        body=(
            "Here is Dr. Venkataraman's updated bio for the 'Meet our partners' column.\n\n"
            "Anjali Venkataraman, MD, is board certified in allergy and immunology. Her clinical interests "
            "include eosinophilic esophagitis, food allergy oral immunotherapy, hereditary angioedema and "
            "mast cell disorders. She completed fellowship at Lakeshore University and has practiced at "
            "Cedar Ridge since 2017. NPI: 1129311126.\n\nThanks!\nJordan, Marketing"
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate oral food challenge outcomes workbook",
        notes="Hard negative: multi-sheet workbook of OFC counts and pass rates by allergen and age band; no individuals.",
        frm="Quality <quality@cedarridgeallergy.com>",
        to="registry@foodallergyqualitynetwork.org",
        subject="Q3 OFC outcomes submission",
        body="Our Q3 aggregate submission is attached. Cells under 5 are suppressed per the registry rules."
        + SIG,
        atts=(
            Att(
                "CRA_OFC_Q3_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By allergen": [
                            ["Allergen", "Challenges", "Passed", "Failed", "Pass rate"],
                            ["Peanut", 41, 29, 12, "71%"],
                            ["Egg (baked)", 33, 28, 5, "85%"],
                            ["Milk (baked)", 26, 21, "<5", "81%"],
                        ],
                        "By age band": [
                            ["Age band", "Challenges"],
                            ["0-4", 48],
                            ["5-11", 39],
                            ["12-17", 13],
                        ],
                        "Reactions": [
                            ["Reaction treated with epinephrine", 9],
                            ["ED transfer", 0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Interface validation with declared test patient",
        notes="Hard negative: HL7 test message using the vendor's declared dummy patient ZZTEST ALLERGY in the test environment.",
        frm="Interfaces <interfaces@cedarridgeallergy.com>",
        to="qa@meridianinterfaces.io",
        subject="TEST env - ORM round trip",
        body=(
            "Test message from our TEST environment (processing ID T). Patient is the synthetic ZZTEST "
            "record we created for validation - not a real person. Please confirm the ACK on your side."
        ),
        atts=(
            Att(
                "orm_test_roundtrip.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|CRA_EHR|CEDARRIDGE|QLAB|QUESTLINE|202609150905||ORM^O01|TST000118|T|2.5.1\r"
                "PID|1||TEST0001^^^CRA^MR||ZZTEST^ALLERGY^DONOTUSE||19000101|U\r"
                "ORC|NW|TST000118\r"
                "OBR|1|TST000118||IGE TOTAL^Total IgE\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Epinephrine auto-injector shortage notice to referrers",
        notes="Hard negative: drug shortage notice with doses and alternatives for all referring practices; no individual.",
        frm="Cedar Ridge Allergy & Asthma <info@cedarridgeallergy.com>",
        to="referringproviders@cedarridgeallergy.com",
        subject="Heads up: 0.15 mg epinephrine auto-injector shortage",
        body=(
            "Dear colleagues,\n\nOur local pharmacies report intermittent backorders of the 0.15 mg "
            "epinephrine auto-injector (generic and brand) through at least October. Options while supply "
            "recovers:\n- the 0.1 mg device for children 7.5-15 kg\n- epinephrine nasal spray for patients "
            "30 kg and up\n- dispensing a 1-pack rather than a 2-pack only as a last resort\n\nPlease do not "
            "send families to our office for samples; we have none.\n\nThe physicians of Cedar Ridge"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Extract vendor invoice with SSN-shaped order number",
        notes="Hard negative: extract supply order confirmation whose order number looks like an SSN; no patient.",
        frm="Extract Lab <extractlab@cedarridgeallergy.com>",
        to="customerservice@northfieldextracts.com",
        subject="Order 482-33-7190 - backordered items",
        body=(
            "Hello,\n\nOn our order 482-33-7190 we received everything except:\n"
            "- Standardized cat hair 10,000 BAU/mL, 30 mL x 4\n- Short ragweed 1:20 w/v, 30 mL x 2\n\n"
            "Can you confirm ship dates? We're short for next week's mixing.\n\nTeresa Vo, CMA\nExtract Lab"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Staff flu vaccination compliance reminder",
        notes="Hard negative: staff notice about flu vaccine deadline and exemption forms; no individual's health data.",
        frm="HR <hr@cedarridgeallergy.com>",
        to="allstaff@cedarridgeallergy.com",
        subject="Flu shot deadline October 31",
        body=(
            "Team,\n\nThis season's influenza vaccine is available in the shot room for all staff at no cost "
            "(egg-free option available). Please upload proof by October 31 if you get it elsewhere. Medical "
            "or religious exemption forms go to HR in a sealed envelope.\n\nThanks,\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="Allergy nurse job posting",
        notes="Hard negative: job ad describing anaphylaxis and immunotherapy duties; no patient.",
        frm="Careers <careers@cedarridgeallergy.com>",
        to="postings@ohionursejobs.com",
        subject="Job posting: RN - Allergy Immunotherapy (full time)",
        body=(
            "Please post the following through October 31.\n\nRN - Allergy Immunotherapy\n"
            "Cedar Ridge Allergy & Asthma is hiring an RN to administer subcutaneous immunotherapy, monitor "
            "patients for systemic reactions, assist with oral food challenges and drug desensitization, and "
            "recognize and treat anaphylaxis. Current BLS required; ACLS preferred. Mon-Fri, no nights.\n"
            "Apply: careers@cedarridgeallergy.com"
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA minimum necessary training quiz",
        notes="Hard negative: staff training quiz using an obviously fictional sample patient and placeholder identifiers.",
        frm="Compliance <compliance@cedarridgeallergy.com>",
        to="allstaff@cedarridgeallergy.com",
        subject="Annual HIPAA refresher - quiz due Friday",
        body=(
            "Please complete the 5-question quiz below and reply with your answers.\n\n"
            "Scenario: A school nurse calls asking for 'everything you have' on a student, Sample Q. Student "
            "(MRN XXX-XXXX), so she can update a care plan. The parent signed a release for the action plan only.\n"
            "1. What may you send?  a) the full chart  b) the action plan only  c) nothing\n"
            "2. Where should you never put a diagnosis? a) portal message b) email subject line c) fax cover\n"
            "3. Who is our Privacy Officer?\n\n(The scenario is fictional.)\n\nCompliance"
        ),
    ),
    Spec(
        phi=False,
        category="De-identified component testing extract for research",
        notes="Hard negative: de-identified peanut component IgE extract with study codes, age in years and no dates or names.",
        frm="Research Coordinator <research@cedarridgeallergy.com>",
        to="biostat@lakeshoreuniv.edu",
        subject="De-identified Ara h 2 extract (IRB 2026-118)",
        body=(
            "Hi Wen,\n\nAttached is the de-identified extract for the Ara h 2 cut-off analysis (Safe Harbor; "
            "key held only by me). Ages are in whole years, no dates.\n\nBest,\nSamira" + SIG
        ),
        atts=(
            Att(
                "arah2_deid.csv",
                "text/csv",
                "study_id,age_years,sex,ara_h2_kUL,peanut_sIgE_kUL,ofc_outcome\r\n"
                "S-001,6,M,0.08,1.2,pass\r\nS-002,9,F,2.40,15.7,fail\r\nS-003,4,F,0.61,3.3,fail\r\n"
                "S-004,12,M,0.02,0.5,pass\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Provider meeting calendar invite",
        notes="Staff meeting invite about the shot room workflow; no patients.",
        frm="Clinic Manager <clinicmanager@cedarridgeallergy.com>",
        to="providers@cedarridgeallergy.com",
        subject="Invitation: Provider meeting - new shot room workflow",
        body="Agenda: wait-time data, new observation timers, holiday coverage.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cedar Ridge//Calendar//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:cra-provmtg-20260917@cedarridgeallergy.com\r\nDTSTAMP:20260914T150000Z\r\n"
            "DTSTART:20260917T171500Z\r\nDTEND:20260917T181500Z\r\nSUMMARY:Provider meeting - shot room workflow\r\n"
            "LOCATION:Conference Room B\r\nORGANIZER:mailto:clinicmanager@cedarridgeallergy.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Pharmacy board registration with physician DEA",
        notes="Hard negative: regulatory registration renewal listing the physician's DEA and NPI numbers; no patient.",
        frm="Compliance <compliance@cedarridgeallergy.com>",
        to="licensing@ohiopharmacyboard.gov",
        subject="Terminal distributor license renewal - Cedar Ridge Allergy & Asthma",
        body=(
            "Please find our renewal details below.\n\nFacility: Cedar Ridge Allergy & Asthma, 2210 Orchard Crest "
            "Blvd, Suite 300\nResponsible person: Tomas Brandt, MD\nDEA: BB2893611\nNPI: 1636015418\n"
            "Category: limited (epinephrine, allergen extracts)\n\nThe fee was paid online, confirmation 7731-A."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Annual referral thank-you with aggregate volume",
        notes="Hard negative: thanks a referring practice with aggregate counts of referred patients; no individual.",
        frm="Dr. Tomas Brandt <tbrandt@cedarridgeallergy.com>",
        to="office@orchardfamilypractice.com",
        subject="Thank you from Cedar Ridge",
        body=(
            "Dear Orchard Family Practice team,\n\nThank you for trusting us with 64 of your patients over the "
            "past year - 22 for penicillin allergy evaluation, 18 for food allergy and the rest for asthma and "
            "rhinitis. Our average wait for a new visit is now 11 days.\n\nWith thanks,\nTomas Brandt, MD"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Job offer letter to candidate personal mailbox",
        notes="Offer letter docx to a job candidate's gmail; employment terms only.",
        frm="HR <hr@cedarridgeallergy.com>",
        to="dana.ferreira.cma@gmail.com",
        subject="Offer of employment - Medical Assistant",
        body="Dear Dana,\n\nWe are delighted to offer you the Medical Assistant position. Details are in the attached letter; please sign and return by September 25.\n\nHR",
        atts=(
            Att(
                "Offer_Ferreira.docx",
                DOCX,
                docx(
                    [
                        "Cedar Ridge Allergy & Asthma",
                        "Dear Dana Ferreira,",
                        "Position: Medical Assistant, Extract Lab. Start date: October 12, 2026. Pay: $21.50/hour.",
                        "Benefits eligibility begins the first of the month after 30 days.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice to staff",
        notes="IT maintenance notice; no patients.",
        frm="IT Support <itsupport@cedarridgeallergy.com>",
        to="allstaff@cedarridgeallergy.com",
        subject="EHR downtime Saturday 10 pm - 2 am",
        body="The EHR will be down Saturday night for the vendor upgrade. Downtime forms are in the blue binder at each station. Print Friday's schedules before you leave.\n\nMarcus",
    ),
    Spec(
        phi=False,
        category="Coverage notice for physician leave",
        notes="Staff scheduling notice naming a physician's absence and coverage, no reason and no patient.",
        frm="Clinic Manager <clinicmanager@cedarridgeallergy.com>",
        to="allstaff@cedarridgeallergy.com",
        subject="Dr. Brandt out 9/21-10/2",
        body="Dr. Brandt is out September 21 through October 2. Dr. Venkataraman covers shot room reactions; refills go to the nurse pool. Please don't book food challenges those two weeks.",
    ),
    Spec(
        phi=False,
        category="Generic auto-injector teaching sheet for school nurses",
        notes="Hard negative: school nurse group gets a generic epinephrine teaching PDF; no student.",
        frm="Nurse Kelsey Ortiz RN <kortiz@cedarridgeallergy.com>",
        to="schoolnurses@maplefallscsd.org",
        subject="Back-to-school auto-injector refresher (handout)",
        body="Hi all, as promised at the district in-service, the one-page handout is attached. Feel free to copy.\n\nKelsey",
        atts=(
            Att(
                "autoinjector_refresher.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR RIDGE ALLERGY & ASTHMA",
                        "Epinephrine auto-injector: 5 steps",
                        "1. Remove safety cap  2. Outer thigh  3. Press and hold 3 seconds",
                        "4. Call 911  5. Second dose after 5-15 min if no improvement",
                    ],
                    "Auto-injector refresher",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Pollen count newsletter HTML",
        notes="HTML-only seasonal pollen newsletter to the public subscriber list; no individual.",
        frm="Cedar Ridge Pollen Watch <pollen@cedarridgeallergy.com>",
        to="subscribers@lists.cedarridgeallergy.com",
        subject="Ragweed is peaking - this week's counts",
        body="",
        html=(
            "<html><body><h2>Pollen Watch</h2><table border='1'><tr><th>Day</th><th>Ragweed</th><th>Mold</th></tr>"
            "<tr><td>Mon</td><td>High (142)</td><td>Moderate</td></tr><tr><td>Tue</td><td>Very high (310)</td>"
            "<td>High</td></tr></table><p>Tips: keep windows closed, shower after outdoor time.</p>"
            "<p><a href='https://cedarridgeallergy.com/unsubscribe'>Unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Zip of blank intake forms to print vendor",
        notes="Zip of blank intake and consent form templates with field names only, sent to a print shop.",
        frm="Front Desk <frontdesk@cedarridgeallergy.com>",
        to="orders@quickprintmaplefalls.com",
        subject="Reprint order - intake packets",
        body="Hi, please print 500 of each form in the attached zip, padded in 50s. Same as last order.",
        atts=(
            Att(
                "intake_forms_v7.zip",
                "application/zip",
                zipped(
                    {
                        "new_patient_intake.txt": "Name: ________  Date of birth: ________  Insurance ID: ________\nReason for visit: ________",
                        "immunotherapy_consent.txt": "I understand the risks of allergy injections, including anaphylaxis. Signature: ________",
                    }
                ),
            ),
        ),
    ),
]

assert all(m.frm.endswith(f"{CRA}>") or m.frm.endswith(CRA) for m in MESSAGES)
