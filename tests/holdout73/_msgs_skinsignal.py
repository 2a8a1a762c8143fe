"""Outbound mail of SkinSignal, a teledermatology startup (37): users, parents, partner pharmacies
and clinics, payers, contractors, investors, researchers and vendors."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

_FHIR = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "sks-user-77104",
                    "identifier": [{"system": "https://skinsignal.io/user", "value": "U-77104"}],
                    "name": [{"family": "Abernathy-Cole", "given": ["Jordan"]}],
                    "birthDate": "1992-08-30",
                    "telecom": [{"system": "email", "value": "jordan.ac@proton.me"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/sks-user-77104"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                "code": "L40.0",
                                "display": "Psoriasis vulgaris",
                            }
                        ]
                    },
                    "recordedDate": "2026-03-12",
                }
            },
            {
                "resource": {
                    "resourceType": "MedicationRequest",
                    "status": "active",
                    "subject": {"reference": "Patient/sks-user-77104"},
                    "medicationCodeableConcept": {"text": "clobetasol 0.05% ointment BID x2 weeks"},
                }
            },
        ],
    },
    indent=1,
)

_FHIR_SAMPLE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "meta": {
            "tag": [
                {"code": "SYNTHETIC", "display": "Synthea-generated fictitious data for API docs"}
            ]
        },
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "example-001",
                    "name": [{"family": "Example", "given": ["Sandbox"]}],
                    "birthDate": "1900-01-01",
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/example-001"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                "code": "L70.0",
                                "display": "Acne vulgaris",
                            }
                        ]
                    },
                }
            },
        ],
    },
    indent=1,
)

_HL7_TEST = (
    "MSH|^~\\&|SKINSIGNAL|SKS_STAGING|PARTNER_TEST|SANDBOX|202603171030||ADT^A04|TST0001|T|2.5.1\r"
    "PID|1||TEST000001^^^SKS^MR||TESTPATIENT^SYNTHETIC^^^^^^TEST||20000101|U|||1 TEST ST^^TESTVILLE^ZZ^00000\r"
    "DG1|1||L30.9^Dermatitis, unspecified^I10|||W\r"
    "NTE|1||THIS IS A SYNTHETIC TEST MESSAGE (PROCESSING ID T). NOT A REAL PERSON.\r"
)

_X12_835 = (
    "ISA*00*          *00*          *ZZ*CIGNAHC        *ZZ*SKINSIGNAL     *260313*1805*^*00501*000044102*0*P*:~"
    "GS*HP*CIGNAHC*SKINSIGNAL*20260313*1805*44102*X*005010X221A1~ST*835*0001~BPR*I*312.40*C*ACH*CCP*01*071904127*DA*4410082*1731204455**01*122105278*DA*88301*20260316~"
    "N1*PR*CIGNA HEALTHCARE~N1*PE*SKINSIGNAL MEDICAL GROUP PC*XX*1838618456~"
    "CLP*SKS-C-31877*1*95.00*62.40**12*2026030899211*02*1~NM1*QC*1*VASQUEZ-HOLT*MARIANA****MI*U8830117702~"
    "SVC*HC:98980*95.00*62.40**1~DTM*472*20260303~CAS*CO*45*32.60~"
    "CLP*SKS-C-31902*4*95.00*0**12*2026030899288*02*1~NM1*QC*1*PEMBERTON*ALISTAIR****MI*U5501928833~"
    "SVC*HC:G2250*95.00*0**1~CAS*CO*50*95.00~SE*14*0001~GE*1*44102~IEA*1*000044102~"
)

_RESEARCH = xlsx(
    {
        "Cases": [
            [
                "study_id",
                "age_band",
                "fitzpatrick",
                "body_site",
                "derm_dx",
                "model_top1",
                "concordant",
            ],
            ["R0001", "30-39", "V", "trunk", "tinea versicolor", "tinea versicolor", "Y"],
            ["R0002", "60-69", "II", "face", "actinic keratosis", "seborrheic keratosis", "N"],
            ["R0003", "18-29", "IV", "face", "acne vulgaris", "acne vulgaris", "Y"],
            ["R0004", "50-59", "VI", "scalp", "CCCA", "seborrheic dermatitis", "N"],
        ],
        "Data dictionary": [
            ["field", "definition"],
            ["study_id", "random ID; key held only by SkinSignal, not shared"],
            ["age_band", "10-year bands, 90+ collapsed"],
        ],
        "De-identification": [
            ["Method", "HIPAA Safe Harbor; no dates, geography or free text; images excluded"]
        ],
    }
)

_VOLUME = xlsx(
    {
        "By state": [
            ["State", "Consults Feb", "Consults Mar"],
            ["AZ", 1840, 2102],
            ["TX", 2511, 2790],
            ["FL", 1972, 2215],
        ],
        "By condition": [
            ["Condition group", "Share of consults"],
            ["Acne", "31%"],
            ["Eczema/dermatitis", "18%"],
            ["Hair loss", "14%"],
            ["Suspicious lesion", "9%"],
        ],
        "Turnaround": [
            ["Metric", "Value"],
            ["Median hours to plan", 7.4],
            ["90th percentile", 19.2],
        ],
    }
)

_LOGS = zipped(
    {
        "ios_crash_2026-03-15.log": (
            "2026-03-15T22:41:07Z ERROR CaseUploadVC nil unwrap\n"
            "  user=marcus.delacroix@fastmail.com user_id=U-80231\n"
            "  case_id=C-48870 body_site=left_forearm triage_label=SUSPICIOUS_MELANOMA priority=urgent\n"
            "  image=IMG_8812.HEIC size=4.1MB\n"
        ),
        "device.json": '{"model":"iPhone15,3","os":"17.4","app":"4.12.0"}',
    }
)

MESSAGES = [
    Spec(
        phi=True,
        category="Treatment plan ready notification with diagnosis (HTML)",
        notes="HTML-only notice to a user's gmail that names her, her diagnosis and her prescription.",
        frm="SkinSignal <care@skinsignal.io>",
        to="hannah.greaves.pdx@gmail.com",
        subject="Your dermatologist has reviewed your photos",
        body="",
        html=(
            "<html><body style='font-family:Arial'><p>Hi Hannah,</p><p>Dr. Imani Rowe reviewed your case <b>C-48711</b>.</p>"
            "<p><b>Diagnosis:</b> tinea versicolor (a common yeast overgrowth)</p><p><b>Plan:</b> ketoconazole 2% shampoo as a body wash "
            "daily for 2 weeks, then weekly. Sent to CVS #4412.</p><p><a href='https://app.skinsignal.io/cases/C-48711'>View your plan</a></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Prescription sent confirmation (HTML) for acne spironolactone",
        notes="HTML-only prescription confirmation naming the user, the drug and the condition sent to her outlook.",
        frm="SkinSignal Pharmacy Desk <rx@skinsignal.io>",
        to="maya.oyelowo@outlook.com",
        subject="Your prescription is on its way",
        body="",
        html=(
            "<html><body><p>Hello Maya Oyelowo,</p><p>Your prescription for <b>spironolactone 50 mg daily</b> for hormonal acne has been "
            "sent to Alto Pharmacy and will arrive in 2 business days. Avoid potassium supplements and tell us if you become pregnant.</p>"
            "<p>- The SkinSignal care team</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to employer clinic EHR",
        notes="Hard positive: body shows only a user ID; the FHIR bundle carries name, DOB, e-mail, psoriasis and clobetasol.",
        frm="Integrations <integrations@skinsignal.io>",
        to="interop@onsitecareclinics.com",
        subject="Consult summary push - U-77104",
        body="Automated summary for a shared patient (consented 3/12). Bundle attached per our integration spec v2.",
        atts=(Att("consult_U-77104.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=False,
        category="Synthetic FHIR sample for partner API documentation",
        notes="Hard negative: FHIR sample explicitly tagged as Synthea-generated fictitious data.",
        frm="Developer Relations <devrel@skinsignal.io>",
        to="api-team@carebridgehealthapps.com",
        subject="Sample payload for your sandbox",
        body="Here is a sample bundle you can post to our sandbox endpoint. It is synthetic (tagged SYNTHETIC), so feel free to commit it to your test fixtures.",
        atts=(Att("sample_bundle.json", "application/fhir+json", _FHIR_SAMPLE),),
    ),
    Spec(
        phi=False,
        category="Synthetic HL7 ADT test message to integration partner",
        notes="Hard negative: HL7 test message (processing ID T) with a declared synthetic patient.",
        frm="Integrations <integrations@skinsignal.io>",
        to="hl7-onboarding@sunbeltpharmacynet.com",
        subject="Staging test message for your interface",
        body="Please run the attached through your TEST channel and confirm you get an ACK. It is a synthetic test record, not a real person.",
        atts=(Att("TST0001.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing vendor",
        notes="Hard positive: the body is about a denial code; the X12 835 names two members with member IDs and visit dates.",
        frm="Revenue Ops <revops@skinsignal.io>",
        to="team@halcyonbillingservices.com",
        subject="Cigna ERA 3/13 - CO-50 on G2250",
        body="Cigna is denying G2250 as not medically necessary. Can you look at whether we should be billing 98980 instead for these? ERA attached.",
        atts=(Att("cigna_era_20260313.x12", "application/edi-x12", _X12_835),),
    ),
    Spec(
        phi=True,
        category="Crash logs zip with user email and melanoma triage label to analytics vendor",
        notes="Hard positive: app crash logs inside a zip carry a user's e-mail and a 'suspicious melanoma' triage label.",
        frm="Mobile Engineering <mobile@skinsignal.io>",
        to="support@crashlenshq.com",
        subject="Symbolication failing for build 4.12.0",
        body="Hi, the attached crash logs aren't symbolicating in your dashboard. dSYMs were uploaded. Can you take a look?\n\nTheo",
        atts=(Att("crash_bundle_4.12.0.zip", "application/zip", _LOGS),),
    ),
    Spec(
        phi=False,
        category="Investor update with aggregate consult mix",
        notes="Hard negative: investor update with consult counts and condition shares; no individual.",
        frm="Founders <founders@skinsignal.io>",
        to="investors@skinsignal.io",
        subject="SkinSignal - February investor update",
        body=(
            "Hi all,\n\nHighlights:\n- 6,295 consults in February (+14% MoM)\n- Acne 31%, eczema 18%, hair loss 14%, suspicious lesions 9%\n"
            "- 212 biopsies recommended; 41 confirmed skin cancers reported back by in-person partners\n- Median time-to-plan 7.4 h\n"
            "- Signed our second payer contract (Cigna, AZ/TX)\n\nAsks: intros to self-insured employers in Florida.\n\nNadia & Sam"
        ),
    ),
    Spec(
        phi=True,
        category="Support ticket forwarded to partner pharmacy about missing isotretinoin",
        notes="Forwarded user ticket names the user and his isotretinoin prescription and iPLEDGE status.",
        frm="Member Support <support@skinsignal.io>",
        to="partners@altomailrxpharmacy.com",
        subject="FW: where is my medicine??",
        body="Hi Alto team, can you check on this shipment? Rx was e-prescribed 3/10 by Dr. Rowe, iPLEDGE confirmed 3/11. Patient DOB 04/02/2003.\n\nThanks, Kai (SkinSignal Support)",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="Devon Achebe <devon.achebe03@gmail.com>",
            to="support@skinsignal.io",
            subject="where is my medicine??",
            body="It's been 5 days and my Absorica still hasn't shipped. My iPLEDGE window closes Friday and then I have to redo the pregnancy-test stuff for nothing. Devon Achebe",
        ),
    ),
    Spec(
        phi=True,
        category="Bug report with case screenshot named after user to QA contractor",
        notes="Hard positive: the only identifier is the screenshot filename, which carries the case ID, user's name and diagnosis.",
        frm="Product <product@skinsignal.io>",
        to="qa-team@bitforgetesting.com",
        subject="Bug: image carousel crops on Android 14",
        body="Repro steps in Jira SKS-2281. Screenshot from prod attached, the crop cuts off the right third.",
        atts=(
            Att("case_48213_jmorales_psoriasis_elbow.png", "image/png", png(8, 5, (235, 210, 200))),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified research extract workbook to university",
        notes="Hard negative: multi-sheet Safe Harbor extract with age bands, Fitzpatrick type and diagnoses; no identifiers.",
        frm="Clinical Research <research@skinsignal.io>",
        to="dermai-lab@sonoranstateuniv.edu",
        subject="De-identified extract for the skin-of-colour accuracy study",
        body="Per our DUA (signed 2/20), here is tranche 1 of the de-identified extract. The study_id key stays with us. Images will follow via the secure enclave, not email.",
        atts=(Att("sks_deid_tranche1.xlsx", XLSX, _RESEARCH),),
    ),
    Spec(
        phi=True,
        category="Isotretinoin lab reminder to teen user's parent",
        notes="Hard positive: only the son's first name plus 'your son' plus isotretinoin lab requirements identify the patient.",
        frm="SkinSignal Care Team <care@skinsignal.io>",
        to="rbalakrishnan.family@yahoo.com",
        subject="Eli's labs this month",
        body="Hi Ms. Balakrishnan,\n\nA reminder that your son Eli needs his monthly lipid panel and liver tests before we can renew his isotretinoin for month 3. The lab order is at any Sonora Quest. His last triglycerides were a little high (212), so Dr. Rowe wants to recheck.\n\nThank you,\nSkinSignal Care Team",
    ),
    Spec(
        phi=False,
        category="Dermatologist contractor onboarding with NPI and DEA",
        notes="Hard negative: onboarding checklist with the new dermatologist's NPI and DEA; clinician identifiers only.",
        frm="Clinical Operations <clinops@skinsignal.io>",
        to="credentialing@medallionverify.com",
        subject="Primary source verification - new contractor",
        body="Please run PSV for our new contract dermatologist:\n\nDr. Tobias Renner, MD\nNPI: 1838618456\nDEA: AR4599847\nLicences: AZ, TX, FL, CO\nBoard: ABD 2014\n\nTarget start 4/6. Thanks!",
    ),
    Spec(
        phi=True,
        category="Insurance appeal letter DOCX for denied teledermatology visit",
        notes="Appeal letter with member name, ID, hidradenitis diagnosis and visit date to a payer.",
        frm="Revenue Ops <revops@skinsignal.io>",
        to="appeals@cignaappealsunit.com",
        subject="Level 1 appeal - claim 2026030899288",
        body="Please find our appeal attached. Medical records are available via your provider portal.",
        atts=(
            Att(
                "appeal_2026030899288.docx",
                DOCX,
                docx(
                    [
                        "SkinSignal Medical Group PC - Level 1 Appeal",
                        "Member: Alistair Pemberton   Member ID: U5501928833   Claim: 2026030899288",
                        "Date of service: 03/05/2026   Code: G2250 (remote evaluation of recorded images)",
                        "Mr. Pemberton has Hurley stage II hidradenitis suppurativa (L73.2). Images showed two new draining tracts in the left axilla.",
                        "The evaluation led to a change in therapy (doxycycline 100 mg BID and referral for adalimumab), which meets your medical necessity policy.",
                        "Imani Rowe, MD, FAAD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Consult volume workbook to board of directors",
        notes="Hard negative: multi-sheet aggregate consult counts by state and condition group.",
        frm="Founders <founders@skinsignal.io>",
        to="board@skinsignal.io",
        subject="Board pack - ops appendix",
        body="Ops appendix for Thursday's board meeting attached.",
        atts=(Att("ops_appendix_march.xlsx", XLSX, _VOLUME),),
    ),
    Spec(
        phi=True,
        category="Partner dermatologist payout reconciliation CSV",
        notes="Hard positive: finance body; the CSV lists patient names with case IDs and diagnoses for physician payouts.",
        frm="Finance <finance@skinsignal.io>",
        to="billing@highdesertdermpartners.com",
        subject="Feb case reconciliation - please confirm by 3/20",
        body="Attached is February's case list for payout. 3 cases differ from your count; flagged in the last column.",
        atts=(
            Att(
                "feb_reconciliation.csv",
                "text/csv",
                "case_id,patient,state,dx,physician,fee,flag\r\nC-47102,Rosa Quintanilla,AZ,rosacea,Rowe,38.00,\r\nC-47188,Bennett Ishikawa,TX,alopecia areata,Renner,38.00,missing on your list\r\nC-47230,Chloe Waddell,FL,contact dermatitis,Rowe,38.00,\r\nC-47291,Omar Farouk,AZ,suspicious nevus - biopsy rec,Rowe,52.00,missing on your list\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Privacy notice draft with data field names",
        notes="Hard negative: privacy policy draft listing categories of data collected, with no real user.",
        frm="Legal <legal@skinsignal.io>",
        to="counsel@brightlinehealthlaw.com",
        subject="Notice of Privacy Practices v4 - comments?",
        body=(
            "Attached text below for your review:\n\n'We collect your name, date of birth, email, phone, photos of your skin, "
            "your medical history, medications and insurance member ID. We share your information with your pharmacy and "
            "with your insurer for payment. We never sell your health information or use your photos for advertising.'\n\n"
            "Specifically, is the AI-training paragraph OK under the new state laws?\n\nLegal"
        ),
    ),
    Spec(
        phi=True,
        category="In-person biopsy referral PDF to partner dermatology office",
        notes="Visit summary PDF naming the user with a suspicious pigmented lesion and biopsy request to an in-person practice.",
        frm="SkinSignal Care Team <care@skinsignal.io>",
        to="newpatients@birchwooddermmohs.com",
        subject="Urgent in-person referral - biopsy recommended",
        body="Hello, we'd like to refer a shared patient for an in-person biopsy within 2 weeks. Summary attached. The patient has been told to expect your call.",
        atts=(
            Att(
                "SKS_referral_C-48870.pdf",
                "application/pdf",
                pdf(
                    [
                        "SKINSIGNAL MEDICAL GROUP PC - TELEDERMATOLOGY REFERRAL",
                        "Patient: Marcus Delacroix   DOB: 09/14/1975   Phone: 602-555-0173",
                        "Case: C-48870   Submitted: 03/15/2026",
                        "Lesion: 9 mm irregular, variegated brown-black macule, left forearm, new per patient.",
                        "Assessment: atypical pigmented lesion, rule out melanoma (D48.5).",
                        "Request: excisional biopsy. Reviewing dermatologist: Imani Rowe, MD",
                    ],
                    "Referral C-48870",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Release notes TXT to partner clinics",
        notes="Product release notes mentioning clinical features; no individual.",
        frm="Product <product@skinsignal.io>",
        to="partner-clinics@lists.skinsignal.io",
        subject="SkinSignal 4.12 release notes",
        body="Release notes attached. The biggest change is the new lesion-photo quality check.",
        atts=(
            Att(
                "release_notes_4.12.txt",
                "text/plain",
                "SkinSignal 4.12 (March 2026)\n- Photo quality check rejects blurry or dark images before upload\n- Dermatologists can request a dermoscopy photo from users with a clip-on lens\n- Melanoma triage flag now pages the on-call dermatologist within 15 minutes\n- Spanish translations for acne and eczema care plans\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Identity verification failure with SSN to ID vendor",
        notes="Support escalation with the user's SSN, name and the methotrexate prescription she is waiting for.",
        frm="Member Support <support@skinsignal.io>",
        to="escalations@verifyrightid.com",
        subject="KBA failure - user stuck",
        body="Hi,\n\nUser Dana Whitcomb (SSN 532-71-4408, DOB 01/19/1968) has failed KBA three times and can't finish onboarding. She's an existing psoriasis patient transferring to us and is waiting on a methotrexate refill, so this is time-sensitive. Can you run a manual review?\n\nKai, SkinSignal Support",
    ),
    Spec(
        phi=False,
        category="Dashboard mockup screenshot with placeholder names to designer",
        notes="Hard negative: design mockup PNG and note using placeholder names declared fictional.",
        frm="Product <product@skinsignal.io>",
        to="studio@northpinedesign.co",
        subject="Clinician queue mock - v3 feedback",
        body="Love v3. Two notes: the 'Suspicious lesion' chip should be red, and use placeholder names like 'Jane Sample' only (no realistic names) in the next round. Screenshot with my markup attached.",
        atts=(Att("queue_mock_v3_markup.png", "image/png", png(12, 8, (240, 240, 245))),),
    ),
    Spec(
        phi=True,
        category="Trichotillomania referral to partner therapist",
        notes="Referral naming the user with trichotillomania and hair loss to a behavioural therapist (mental health).",
        frm="Dr. Imani Rowe <irowe@skinsignal.io>",
        to="intake@mindfulhabitstherapy.com",
        subject="Referral for HRT - hair pulling",
        body="Hello,\n\nI'd like to refer Jordan Pike (24, they/them, phone 480-555-0191) for habit reversal training. Photos show patchy vertex hair loss with broken hairs of varying length consistent with trichotillomania; they report pulling during study stress and have a history of generalized anxiety on sertraline. They consented to this referral on 3/14.\n\nImani Rowe, MD",
    ),
    Spec(
        phi=False,
        category="Investor meeting calendar invite",
        notes="Calendar invite for a fundraising meeting; no health data.",
        frm="Founders <founders@skinsignal.io>",
        to="partners@cactusventures.vc",
        subject="SkinSignal Series A - partner meeting",
        body="Looking forward to it. Deck will be shared the day before.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SkinSignal//Founders//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:seriesa-cactus@skinsignal.io\r\nDTSTAMP:20260316T190000Z\r\nDTSTART:20260324T170000Z\r\nDTEND:20260324T180000Z\r\n"
            "SUMMARY:SkinSignal x Cactus Ventures - Series A partner meeting\r\nLOCATION:Zoom\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="'De-identified' export that still contains emails",
        notes="Hard positive: an export called de-identified still lists user e-mails with ZIPs and diagnoses.",
        frm="Data Team <data@skinsignal.io>",
        to="analytics@growthloopconsulting.com",
        subject="deid export for churn model",
        body="Here's the de-identified sample for the churn model. Let me know if you need more columns.",
        atts=(
            Att(
                "deid_sample.csv",
                "text/csv",
                "email,zip,age,dx,subscription,churned\r\nkpatel.runs@gmail.com,85004,34,acne,monthly,1\r\nlaura.birch@icloud.com,78704,51,rosacea,annual,0\r\ntmcgrath77@yahoo.com,33139,29,hair loss (finasteride),monthly,1\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Machine learning engineer job posting",
        notes="Hard negative: job posting about lesion classification models and skin cancer; no individual.",
        frm="Talent <talent@skinsignal.io>",
        to="jobs@builtinphoenix.com",
        subject="Job: Senior ML Engineer, Dermatology Imaging",
        body="Please post:\n\nSenior ML Engineer - you'll train and validate models that triage melanoma, basal cell carcinoma and inflammatory rashes across all skin tones, working with our board-certified dermatologists. Python, PyTorch, experience with medical imaging and FDA SaMD a plus. Remote (US). $185-230k + equity.",
    ),
    Spec(
        phi=True,
        category="Refund approval with name and hair-loss treatment in subject",
        notes="Hard positive: user's name and finasteride hair-loss consult appear only in the subject; payment for care.",
        frm="Finance <finance@skinsignal.io>",
        to="ap@ledgerwisefinance.com",
        subject="Refund: Marisol Ebner - hair-loss consult + finasteride subscription",
        body="Approved, please process today via Stripe. $89.",
    ),
    Spec(
        phi=False,
        category="Incident postmortem without individual data",
        notes="Hard negative: postmortem of an outage that delayed consults, with counts only.",
        frm="Engineering <eng@skinsignal.io>",
        to="security@cloudpeakhosting.com",
        subject="Postmortem: queue outage 3/14 (for your records)",
        body="Summary: from 02:10 to 03:05 UTC the clinician queue did not load, delaying 118 consults (including 6 flagged urgent) by under an hour. Root cause: expired TLS certificate on an internal service. No data was exposed. Action items: cert expiry monitoring, runbook update.",
    ),
    Spec(
        phi=True,
        category="Blurry photo re-upload request to user's iCloud",
        notes="Request to a named user about her groin rash photos for an open consult.",
        frm="SkinSignal Care Team <care@skinsignal.io>",
        to="aubrey.lindqvist@icloud.com",
        subject="We need a clearer photo",
        body="Hi Aubrey,\n\nDr. Renner reviewed your case about the itchy rash in your groin and inner thighs, but two of the photos were too blurry to tell a fungal infection from intertrigo. Please upload 2 new photos in daylight from about 12 inches away. Your case stays open for 72 hours.\n\nSkinSignal Care Team",
    ),
    Spec(
        phi=False,
        category="Eczema tips newsletter (HTML) to subscribers",
        notes="HTML-only health-topic newsletter to a list; no individual.",
        frm="SkinSignal <news@skinsignal.io>",
        to="newsletter@lists.skinsignal.io",
        subject="5 ways to calm winter eczema",
        body="",
        html=(
            "<html><body><h2>Winter eczema survival guide</h2><ol><li>Lukewarm 5-minute showers</li><li>Moisturise within 3 minutes</li>"
            "<li>Fragrance-free everything</li><li>Humidifier at night</li><li>Know when to see a dermatologist</li></ol>"
            "<p>Questions? Start a visit in the app.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="E-prescription cancellation to pharmacy",
        notes="Cancel request naming the patient, DOB and doxycycline prescription.",
        frm="SkinSignal Pharmacy Desk <rx@skinsignal.io>",
        to="rxsupport@desertbloomcompounding.com",
        subject="Cancel Rx",
        body="Please cancel the doxycycline hyclate 100 mg BID (#60) sent 3/16 for Brandon Keel, DOB 12/01/1996. Dr. Rowe switched him to sarecycline due to GI upset. New script to follow.",
    ),
    Spec(
        phi=False,
        category="Payer outcomes summary CSV (aggregate)",
        notes="Hard negative: aggregate quality metrics per quarter for a payer; no member data.",
        frm="Revenue Ops <revops@skinsignal.io>",
        to="valuebasedcare@cignaprovidernet.com",
        subject="Q4 2025 quality metrics per contract",
        body="Per section 7.2 of our agreement, attached are the Q4 metrics. Member-level data available via SFTP on request under the BAA.",
        atts=(
            Att(
                "sks_q4_2025_metrics.csv",
                "text/csv",
                "metric,value\r\nconsults,4128\r\nmedian_hours_to_plan,7.9\r\nin_person_referral_rate,6.2%\r\nmember_satisfaction_csat,4.7\r\navoided_in_person_visits_est,2870\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Partnership one-pager PDF to benefits broker",
        notes="Sales one-pager; no individual.",
        frm="Partnerships <partnerships@skinsignal.io>",
        to="jlevin@meridianbenefitsgroup.com",
        subject="SkinSignal one-pager for your employer clients",
        body="Great meeting you at the HR Tech summit. One-pager attached; happy to present to any of your self-insured clients.",
        atts=(
            Att(
                "SkinSignal_Employer_OnePager.pdf",
                "application/pdf",
                pdf(
                    [
                        "SKINSIGNAL - DERMATOLOGY IN HOURS, NOT MONTHS",
                        "Board-certified dermatologists in 38 states",
                        "Median 7.4 hours to a treatment plan",
                        "PEPM pricing from $1.10; no claims for members",
                    ],
                    "SkinSignal employer one-pager",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Reply to journalist about accuracy study",
        notes="Press reply citing published aggregate study results.",
        frm="Nadia Farouk <nadia@skinsignal.io>",
        to="kelsey.tran@phoenixbizjournal.com",
        subject="Re: question about your AI accuracy claims",
        body="Hi Kelsey,\n\nThe figure comes from our peer-reviewed study (JAAD Int, 2025): dermatologist-confirmed top-3 accuracy of 91% across 2,400 de-identified cases, with no significant drop for Fitzpatrick V-VI. The model only assists; a dermatologist signs every plan. Happy to do a call Thursday.\n\nNadia Farouk, CEO",
    ),
    Spec(
        phi=False,
        category="SOC 2 evidence request from auditor answered",
        notes="Security audit evidence logistics; no user data.",
        frm="Security <security@skinsignal.io>",
        to="soc2-fieldwork@ashgroveaudit.com",
        subject="RE: PBC list items 14-19",
        body="Items 14-17 are uploaded to the portal (access reviews, offboarding tickets, MFA config export). 18-19 (backup restore test, pen test report) will be there by Friday. Note we redacted user emails from the offboarding tickets sample.",
    ),
    Spec(
        phi=False,
        category="Licence renewal reminder to contract dermatologists",
        notes="Administrative reminder to clinicians about state licences; no patients.",
        frm="Clinical Operations <clinops@skinsignal.io>",
        to="derm-contractors@lists.skinsignal.io",
        subject="Reminder: TX and FL licence renewals",
        body="Hi all, TX licences expiring in May and FL in January need renewal uploaded to the credentialing portal 30 days ahead, or you'll be paused from those state queues. Thanks!",
    ),
    Spec(
        phi=False,
        category="Cloud cost alert escalation to hosting vendor",
        notes="Infrastructure billing question; no health data.",
        frm="Engineering <eng@skinsignal.io>",
        to="billing@cloudpeakhosting.com",
        subject="Unexpected egress charges on account 55-7731",
        body="Our March invoice shows 14 TB egress from the image bucket, about 6x normal. We suspect a misconfigured CDN rule on our side but would like the per-day breakdown to confirm.",
    ),
    Spec(
        phi=True,
        category="On-call urgent queue handoff to dermatologist's personal gmail",
        notes="Hard positive: header-less pipe table of urgent cases with user names, case IDs and suspected diagnoses sent to a personal mailbox.",
        frm="Clinical Operations <clinops@skinsignal.io>",
        to="tobias.renner.md@gmail.com",
        subject="tonight",
        body="Tobias - work laptop is still being imaged so sending here. Urgent queue for your shift:\n\nC-48870 | Delacroix, Marcus | L forearm | ?MM\nC-48902 | Sandoval, Ines | lower lip | ?SCC, immunosuppressed (tacrolimus)\nC-48915 | Whitaker, June (8 y) | trunk | ?eczema herpeticum\n\nPage me if anything needs ED.\n\nPriya",
    ),
]
