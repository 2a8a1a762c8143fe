"""Clearview Retina & Eye Institute: 18 PHI and 18 non-PHI outbound messages."""

from __future__ import annotations

import json

from _att import docx, encrypted_zip, pdf, png, xlsx
from _spec import CVE, SSK, Att, Spec

_FHIR_VA = json.dumps(
    {
        "resourceType": "Observation",
        "status": "final",
        "code": {
            "coding": [
                {
                    "system": "http://loinc.org",
                    "code": "98498-9",
                    "display": "Visual acuity left eye",
                }
            ]
        },
        "subject": {"reference": "Patient/cve-40913", "display": "Oluwaseun Adeyemi-Hart"},
        "effectiveDateTime": "2026-11-05T10:20:00-06:00",
        "valueString": "20/80 (was 20/200 before ranibizumab)",
    },
    indent=1,
)

_FHIR_TEST = json.dumps(
    {
        "resourceType": "Patient",
        "id": "zztest-retina-01",
        "meta": {
            "tag": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST",
                    "display": "test health data",
                }
            ]
        },
        "name": [{"family": "ZZTEST", "given": ["RETINA"], "text": "SYNTHETIC TEST PATIENT"}],
        "birthDate": "1900-01-01",
    },
    indent=1,
)

_HL7_SIU = (
    "MSH|^~\\&|CVEPM|CLEARVIEW|ASC|CVASC|202611091530||SIU^S12|CV2201|P|2.5.1\r"
    "SCH|1|||||||PHACO IOL OD|||^^45^20261119073000\r"
    "PID|1||CVE0091177^^^CVE^MR||MENDES^JOAQUIM^^^^^L||19520308|M|||2210 N HALSTED ST^^"
    "CHICAGO^IL^60614||(773)555-0107\r"
    "DG1|1||H25.11^Age-related nuclear cataract, right eye^I10\r"
)

PHI = [
    Spec(
        phi=True,
        category="lower-case name with injection number and acuity",
        notes="Hard positive: texting-style full name in lower case with Eylea dose, eye and VA",
        frm=f"Dr. Naomi Feld <nfeld@{CVE}>",
        to=f"Dr. Marcus Odum <modum@{CVE}>",
        subject="ray",
        body=(
            "ray tomczak got his 4th eylea OD today, VA up to 20/40 and the fluid is gone on\n"
            "OCT. extending to 6 wks. he asked about you, says hi\n"
        ),
    ),
    Spec(
        phi=True,
        category="optical shop pickup with new prescription to aol",
        notes="Hard positive: patient's name at her mailbox with her post-cataract eyeglass Rx",
        frm=f"Clearview Optical <optical@{CVE}>",
        to="thuy.nguyen1954@aol.com",
        subject="Your glasses are ready",
        body=(
            "Dear Mrs. Nguyen,\n\nYour new progressive lenses, made to the prescription Dr. Feld\n"
            "gave you after your cataract surgery, are ready for pickup at the optical shop.\n"
            "Balance due at pickup: $85.00 after insurance.\n\nClearview Optical\n"
        ),
    ),
    Spec(
        phi=True,
        category="injection schedule workbook",
        notes="Two-sheet workbook of patients, eyes, drugs and intervals",
        frm=f"Retina Coordinator <retina-coord@{CVE}>",
        to=f"injection-clinic@{CVE}",
        subject="next week's injection schedule",
        body="Schedule attached; sheet 2 are the ones waiting on drug approval.\n",
        atts=(
            Att(
                "inj_schedule_wk47.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Scheduled": [
                            ["Patient", "MRN", "Eye", "Drug", "Interval"],
                            ["Ilona Szabo", "CVE0088412", "OS", "faricimab", "q8w"],
                            ["Raymond Tomczak", "CVE0079920", "OD", "aflibercept 2 mg", "q6w"],
                            ["Gloria Achebe", "CVE0090315", "OU", "bevacizumab", "q4w"],
                        ],
                        "Pending approval": [
                            ["Patient", "MRN", "Drug", "Payer"],
                            ["Harold Pembroke", "CVE0091004", "aflibercept 8 mg", "Medicare"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="scanned PDF named for patient and OCT",
        notes="Hard positive: scanned PDF carries no text identifier; its file name names the "
        "patient, the test and the eye",
        frm=f"Imaging <imaging@{CVE}>",
        to="records@lakeviewoptometry.com",
        subject="scan",
        body="Scan attached.\n",
        atts=(
            Att(
                "OCT_macula_Szabo_Ilona_OS.pdf",
                "application/pdf",
                pdf(
                    ["CLEARVIEW RETINA & EYE INSTITUTE", "Scanned document", "Page 1 of 1"],
                    "Scan",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DOCX letter to optometrist on diabetic retinopathy",
        notes="Referral-back letter with name, DOB, retinopathy grade and treatment",
        frm=f"Dr. Marcus Odum <modum@{CVE}>",
        to="drkim@lakeviewoptometry.com",
        subject="Letter re: our shared patient",
        body="Dr. Kim, my letter is attached. Thanks for sending her.\n",
        atts=(
            Att(
                "letter_to_dr_kim.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Clearview Retina & Eye Institute",
                        "Re: Latoya Brinkley, DOB 09/27/1979",
                        "Severe non-proliferative diabetic retinopathy OU with center-involving "
                        "macular edema OD.",
                        "Started intravitreal bevacizumab OD on 11/04/2026; PRP OS planned.",
                        "HbA1c per PCP 9.8%. Return to you for routine care once stable.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="son told mother's cataract surgery instructions",
        notes="Patient's name and surgery date sent to her son's personal mailbox",
        frm=f"Surgery Scheduler <surgery@{CVE}>",
        to="tom.whitlock@outlook.com",
        subject="Dorothy's surgery on the 19th",
        body=(
            "Hi Tom,\n\nYour mother Dorothy's cataract surgery (right eye) is confirmed for\n"
            "Thursday, November 19. Nothing to eat or drink after midnight, she can take her\n"
            "blood pressure pill with a sip of water. Please plan to pick her up around 11.\n"
            "Start the Vigamox drops the day before.\n\nClearview Surgery Scheduling\n"
        ),
    ),
    Spec(
        phi=True,
        category="denied injection claims CSV",
        notes="Member ids, names and intravitreal injection claim lines in a CSV",
        frm=f"Billing <billing@{CVE}>",
        to="appeals@precisionrcm.com",
        subject="Injection denials for appeal",
        body="Denied 67028/J-code claims for appeal attached.\n",
        atts=(
            Att(
                "cve_injection_denials.csv",
                "text/csv",
                "patient,member_id,dos,cpt,jcode,dx,denial\n"
                '"Achebe, Gloria",MBI 7QW2HK4NT58,2026-10-12,67028,J9035,H35.3211,CO-50\n'
                '"Pembroke, Harold",HHP774019283,2026-10-19,67028,J0177,H35.3222,CO-197\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 scheduling for cataract surgery",
        notes="HL7 SIU with name, DOB, address, phone and cataract diagnosis",
        frm=f"Interfaces <hl7@{CVE}>",
        to="hl7@clearviewsurgerycenter.com",
        subject="SIU feed",
        body="Automated feed.\n",
        atts=(Att("siu_cve_20261109.hl7", "application/hl7-v2", _HL7_SIU),),
    ),
    Spec(
        phi=True,
        category="lower-case surname with IOP and SLT plan",
        notes="Hard positive: surname in lower case with eye pressure, drops and a laser plan",
        frm=f"Tech Pool <techs@{CVE}>",
        to=f"glaucoma-clinic@{CVE}",
        subject="add to fri?",
        body=(
            "adeyemi OS IOP 32 on 3 drops, dr feld wants him in glaucoma clinic fri for SLT\neval\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient email with red eye",
        notes="Forwarded message/rfc822 from a patient describing symptoms after an injection",
        frm=f"Front Desk <frontdesk@{CVE}>",
        to=f"retina-nurse@{CVE}",
        subject="Fwd: eye is red",
        body="came into general inbox - she had an injection Monday. pls call her.\n",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Gloria Achebe <gachebe.home@yahoo.com>",
            to=f"info@{CVE}",
            subject="eye is red",
            body=(
                "Hello, since my shot in the left eye Monday it is red and more blurry and it\n"
                "hurts when I look at light. Is this normal? Gloria Achebe 773-555-0191\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PHI in subject only: retinal detachment",
        notes="Hard positive: name and retinal detachment only in the subject line",
        frm=f"Dr. Naomi Feld <nfeld@{CVE}>",
        to="or-desk@clearviewsurgerycenter.com",
        subject="Re: Farah Haddad - mac-on RD, OR tonight?",
        body="yes, room 4 at 7. I'll be there by 6:30.\n",
    ),
    Spec(
        phi=True,
        category="FHIR visual acuity observation",
        notes="FHIR Observation naming the patient with visual acuity and drug",
        frm=f"Interfaces <fhir@{CVE}>",
        to="registry@retinaoutcomesnetwork.org",
        subject="VA observation",
        body="Observation attached.\n",
        atts=(Att("obs_va_cve-40913.json", "application/fhir+json", _FHIR_VA),),
    ),
    Spec(
        phi=True,
        category="calendar invite for A-scan",
        notes="Hard positive: initial, surname and pre-op biometry in an invite",
        frm=f"Surgery Scheduler <surgery@{CVE}>",
        to=f"biometry@{CVE}",
        subject="A-scan invite",
        body="Invite attached.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clearview//Sched//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ascan-20261112@clearvieweye.org\r\n"
            "DTSTAMP:20261109T160000Z\r\nDTSTART:20261112T150000Z\r\n"
            "DTEND:20261112T153000Z\r\nSUMMARY:Pre-op A-scan/IOLMaster - Mendes\\, J.\r\n"
            "DESCRIPTION:Phaco OD 11/19. Toric candidate.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="fundus photo named for patient",
        notes="Hard positive: only the PNG file name identifies the patient and the eye",
        frm=f"Dr. Marcus Odum <modum@{CVE}>",
        to="dr.park@lakeviewuniversity.edu",
        subject="case for your conference?",
        body="interesting CRVO with collaterals, ok to use if you strip the name\n",
        atts=(Att("fundus_Lindholm_Erik_OD.png", "image/png", png(10, 10, (190, 80, 40))),),
    ),
    Spec(
        phi=True,
        category="HTML-only vitrectomy positioning instructions",
        notes="Post-op instructions by name to the patient's personal mailbox",
        frm=f"Retina Nurse <retina-nurse@{CVE}>",
        to="w.abernathy@icloud.com",
        subject="After your surgery",
        body="",
        html=(
            "<html><body><p>Dear Mr. Abernathy,</p><p>After your vitrectomy with gas bubble "
            "today, keep <b>face-down</b> 50 minutes of every hour for 5 days. Do not fly or "
            "drive up into the mountains while the bubble is in your eye.</p>"
            "<p>Use prednisolone 1% four times a day in the right eye.</p>"
            "<p>Your post-op visit is tomorrow at 8:15.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="social worker note on transportation to injections",
        notes="Hard positive: patient named with her injections, low vision and phone",
        frm=f"Renee Alcott LCSW <ralcott@{CVE}>",
        to="intake@lighthousechicago.org",
        subject="referral - low vision services",
        body=(
            "Hi, referring Esther Cho (72) for low vision rehab and rides to her monthly\n"
            "retina injections - she has wet AMD in both eyes and stopped driving. Best number\n"
            "is her home line 847-555-0152, she prefers Korean-speaking staff if possible.\n\n"
            "Renee Alcott, LCSW\n"
        ),
    ),
    Spec(
        phi=True,
        category="letter to PCP on driving vision",
        notes="Hard positive: Mr. + surname with visual field loss and a driving restriction",
        frm=f"Dr. Naomi Feld <nfeld@{CVE}>",
        to="dr.hughes@riverbendinternal.com",
        subject="Mr. Pollard and driving",
        body=(
            "Dr. Hughes,\n\nMr. Pollard's Humphrey fields today show dense bilateral inferior\n"
            "defects from his glaucoma; he no longer meets the state driving standard. I told\n"
            "him and his wife today. He may call you upset.\n\nNaomi Feld, MD\n"
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip named for patient's visual fields",
        notes="Hard positive: contents are encrypted; the zip's file name names the patient and "
        "the test",
        frm=f"Imaging <imaging@{CVE}>",
        to="records@riverbendinternal.com",
        subject="records (password by phone)",
        body="Encrypted file attached; we will call your office with the password.\n",
        atts=(
            Att(
                "Kaur_Harpreet_visual_fields.zip",
                "application/zip",
                encrypted_zip(
                    {"vf_2026-11-05.txt": "Harpreet Kaur DOB 1961-12-02 24-2 SITA: MD -8.4 OD"},
                    "Clearview2026",
                ),
            ),
        ),
    ),
]

CLEAN = [
    Spec(
        phi=False,
        category="aflibercept allocation and recall notice",
        notes="Hard negative: drug allocation and compounded bevacizumab recall, no patient",
        frm=f"Pharmacy <pharmacy@{CVE}>",
        to=f"retina-providers@{CVE}",
        subject="Eylea allocation + bevacizumab lot recall",
        body=(
            "1) Our aflibercept 2 mg allocation is 180 vials for December (down from 220).\n"
            "2) The 503B pharmacy recalled bevacizumab syringes lot 26-1187 for possible\n"
            "endotoxin. Quarantine any you have; none were used per our log.\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate endophthalmitis rate",
        notes="Hard negative: infection rate after injections across the year",
        frm=f"Quality <quality@{CVE}>",
        to=f"retina-providers@{CVE}",
        subject="FY26 post-injection endophthalmitis",
        body=(
            "FY26: 13,612 intravitreal injections, 4 culture-proven endophthalmitis cases\n"
            "(1 in 3,403). All four had no mask-wearing breach documented.\n"
        ),
    ),
    Spec(
        phi=False,
        category="frame vendor invoice",
        notes="Hard negative: optical frame style numbers and prices",
        frm=f"Clearview Optical <optical@{CVE}>",
        to="ar@luxframesdistrib.com",
        subject="Invoice 99812 question",
        body=(
            "Invoice 99812: style RB5154 49-21 qty 6 billed at $92 but our contract is $84.\n"
            "Please reissue. Also add 4 x kids' Flexon frames to the next order.\n"
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only sunglasses promo",
        notes="Marketing promo to a list, no condition or individual",
        frm=f"Clearview Optical <optical@{CVE}>",
        to=f"optical-subscribers@lists.{CVE}",
        subject="20% off polarized sunglasses",
        body="",
        html=(
            "<html><body><h2>Winter glare is real</h2><p>20% off polarized sunglasses through "
            "December 31. Use your FSA dollars before they expire!</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="retina conference agenda PDF",
        notes="Hard negative: faculty names with AMD, retinal detachment and uveitis topics",
        frm=f"Dr. Naomi Feld <nfeld@{CVE}>",
        to=f"Dr. Helena Vasquez <hvasquez@{SSK}>",
        subject="Retina Update 2027 agenda",
        body="Helena, here's the agenda - the oculoplastics panel would love a Mohs voice.\n",
        atts=(
            Att(
                "retina_update_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW RETINA & EYE INSTITUTE - Retina Update 2027",
                        "08:00 Geographic atrophy: complement inhibitors - Naomi Feld, MD",
                        "09:00 Pneumatic retinopexy vs vitrectomy - Marcus Odum, MD",
                        "10:30 Periocular skin cancer: Mohs and reconstruction - panel",
                    ],
                    "Agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="credentialing with NPI and DEA",
        notes="Hard negative: clinician NPI, DEA and specialty for hospital privileges",
        frm=f"Credentialing <credentialing@{CVE}>",
        to="medstaff@northshorehospital.org",
        subject="Privileges application - Naomi Feld, MD",
        body=(
            "Attached documents for reappointment. Naomi Feld, MD - Ophthalmology, vitreoretinal\n"
            "surgery. NPI: 1716179183. DEA: BF1760784. Privileges requested: vitrectomy,\n"
            "scleral buckle, intravitreal injection.\n"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic FHIR test patient",
        notes="Hard negative: FHIR Patient clearly tagged as synthetic test data",
        frm=f"Interfaces <fhir@{CVE}>",
        to="support@retinaoutcomesnetwork.org",
        subject="Test payload for onboarding",
        body="As requested, a synthetic test Patient for your sandbox (tagged HTEST).\n",
        atts=(Att("zztest_patient.json", "application/fhir+json", _FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="injection time-out checklist DOCX",
        notes="Hard negative: checklist about eye, drug and consent verification, no patient",
        frm=f"Clinical Ops <clinops@{CVE}>",
        to=f"techs@{CVE}",
        subject="Updated injection time-out checklist",
        body="Please use the attached starting Monday.\n",
        atts=(
            Att(
                "injection_timeout_checklist.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Intravitreal injection time-out",
                        "Confirm patient name and date of birth aloud.",
                        "Confirm eye (OD/OS) marked and drug lot number recorded.",
                        "Povidone-iodine 5% applied; lid speculum placed.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ophthalmic technician job posting",
        notes="Hard negative: posting with glaucoma, OCT and visual field words",
        frm=f"HR <hr@{CVE}>",
        to="jobs@eyecarecareers.com",
        subject="Posting: Ophthalmic Technician (COA/COT)",
        body=(
            "Work up retina and glaucoma patients: VA, IOP, OCT, Humphrey visual fields,\n"
            "fundus photography. COA required within 12 months. $24-30/hour.\n"
        ),
    ),
    Spec(
        phi=False,
        category="OCT device network config",
        notes="Hard negative: device IPs and serials for imaging equipment, no patients",
        frm=f"IT <it@{CVE}>",
        to="service@zenvisionimaging.com",
        subject="Network settings for new OCT",
        body=(
            "New OCT unit SN 5040-22719: static IP 10.40.12.61, DICOM AE CVE_OCT3, port 104.\n"
            "Forward to PACS at 10.40.12.10. Install Tuesday.\n"
        ),
    ),
    Spec(
        phi=False,
        category="holiday party",
        notes="Staff social notice",
        frm=f"HR <hr@{CVE}>",
        to=f"all-staff@{CVE}",
        subject="Holiday party Dec 12",
        body="Ugly sweater contest, Dec 12 at 6 pm, Piccolo Sogno. RSVP by Dec 1.\n",
    ),
    Spec(
        phi=False,
        category="de-identified AMD registry CSV",
        notes="Hard negative: de-identified registry rows with year and VA change only",
        frm=f"Research <research@{CVE}>",
        to="registry@retinaoutcomesnetwork.org",
        subject="Q3 de-identified AMD submission",
        body="De-identified Q3 rows attached (Safe Harbor).\n",
        atts=(
            Att(
                "amd_q3_deid.csv",
                "text/csv",
                "site_subject,age_band,eye,drug,year,va_letters_change\n"
                "CV-1101,70-79,OD,faricimab,2026,+6\n"
                "CV-1102,80-89,OS,aflibercept,2026,-2\n"
                "CV-1103,90+,OD,bevacizumab,2026,+1\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinical trial recruitment to referring doctors",
        notes="Hard negative: trial eligibility criteria with diseases, no individual",
        frm=f"Research <research@{CVE}>",
        to="drkim@lakeviewoptometry.com",
        subject="Now enrolling: geographic atrophy trial",
        body=(
            "We are enrolling adults 60+ with geographic atrophy secondary to AMD, BCVA 20/200\n"
            "or better, no prior anti-VEGF in the study eye. Refer via our usual form.\n"
        ),
    ),
    Spec(
        phi=False,
        category="patient satisfaction aggregate",
        notes="Aggregate survey scores",
        frm=f"Patient Experience <px@{CVE}>",
        to="accounts@presssurveyco.com",
        subject="October NPS",
        body="Thanks - October NPS 71 (n=412), wait-time score down 3 points. Same for Nov?\n",
    ),
    Spec(
        phi=False,
        category="medical student shadowing at gmail",
        notes="Hard negative: student at a personal mailbox, retina clinic words, no patient",
        frm=f"Dr. Marcus Odum <modum@{CVE}>",
        to="aiden.oyelowo.ms2@gmail.com",
        subject="Re: shadowing",
        body=(
            "Hi Aiden, happy to have you shadow on Wednesday. It's an injection day, so you'll\n"
            "see a lot of wet AMD and diabetic macular edema. Wear scrubs, 7:30 at the front\n"
            "desk. You'll sign a confidentiality form first.\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff BLS training invite",
        notes="Staff training calendar invite",
        frm=f"Education <education@{CVE}>",
        to=f"all-staff@{CVE}",
        subject="BLS recertification",
        body="Invite for the BLS class.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clearview//Edu//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bls-20261203@clearvieweye.org\r\n"
            "DTSTAMP:20261109T160000Z\r\nDTSTART:20261203T220000Z\r\n"
            "DTEND:20261204T010000Z\r\nSUMMARY:BLS recertification (staff)\r\n"
            "LOCATION:Conference room A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="YAG laser service report PDF",
        notes="Hard negative: laser service report with serial numbers, no patient",
        frm=f"Biomed <biomed@{CVE}>",
        to="service@zenvisionimaging.com",
        subject="YAG service report",
        body="Signed service report attached.\n",
        atts=(
            Att(
                "yag_service_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW RETINA & EYE INSTITUTE - Service report",
                        "Nd:YAG laser SN YL-77104. Energy calibration within 5%.",
                        "Aiming beam realigned. Returned to service 11/06/2026.",
                    ],
                    "Service",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer contract rates for injections",
        notes="Hard negative: CPT and J-code contract rates, no patient",
        frm=f"CFO <cfo@{CVE}>",
        to="contracting@heartlandhealthplan.com",
        subject="MA contract - proposed 2027 rates",
        body=(
            "Proposed 2027 Medicare Advantage rates: 67028 at 105% of Medicare, J0178 at ASP+6,\n"
            "66984 at 110%. We'd like to close by Dec 15.\n"
        ),
    ),
]

MESSAGES = PHI + CLEAN
assert sum(m.phi for m in MESSAGES) == 18 and len(MESSAGES) == 36
