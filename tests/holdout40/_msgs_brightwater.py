"""Outbound mail of Brightwater Radiation Oncology, a radiation oncology practice (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import XLSX, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nBrightwater Radiation Oncology\n915 Riverside Commons Dr, Suite 100, Dublin, OH 43016\n"
    "Tel 614-555-0170  Fax 614-555-0171  www.brightwaterradonc.com"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care note"/>
  <title>Radiation Treatment Summary</title>
  <recordTarget><patientRole>
    <id extension="BW-0052291" root="2.16.840.1.113883.19.5.40"/>
    <addr><streetAddressLine>2716 Glenmere Ave</streetAddressLine><city>Hilliard</city><state>OH</state><postalCode>43026</postalCode></addr>
    <patient><name><given>Philippa</given><family>Drummond</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19580914"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section>
    <title>Treatment Summary</title>
    <text>Left breast, lumpectomy cavity. 40.05 Gy in 15 fractions + 10 Gy boost in 4 fractions, completed 2026-09-04. Grade 1 dermatitis. Follow-up 6 weeks with Dr. Ellingsen; continue anastrozole per medical oncology.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

X12_278 = (
    "ISA*00*          *00*          *ZZ*BRIGHTWATER    *ZZ*RBMUMGATEWAY   *260915*0905*^*00501*000000812*0*P*:~\n"
    "GS*HI*BRIGHTWATER*RBMUMGATEWAY*20260915*0905*812*X*005010X217~\n"
    "ST*278*0001*005010X217~\n"
    "BHT*0007*13*BW812*20260915*0905~\n"
    "NM1*X3*2*RADIANCE BENEFIT MGMT*****PI*RBM01~\n"
    "NM1*1P*2*BRIGHTWATER RADIATION ONCOLOGY*****XX*1312878535~\n"
    "NM1*IL*1*ABERNETHY*CLIVE****MI*XWK40281175~\n"
    "DMG*D8*19520611*M~\n"
    "HI*ABK:C61~\n"
    "SV1*HC:77385*0*UN*28~\n"
    "SV1*HC:77301*0*UN*1~\n"
    "SE*10*0001~\nGE*1*812~\nIEA*1*000000812~\n"
)

FHIR_APPT = (
    '{"resourceType": "Bundle", "type": "transaction", "entry": [\n'
    ' {"resource": {"resourceType": "Patient", "id": "bw-p-7731", "identifier": [{"system": "urn:brightwater:mrn", "value": "0061847"}], "name": [{"family": "Castellanos", "given": ["Ruben"]}], "birthDate": "1947-08-02", "telecom": [{"system": "phone", "value": "614-555-0183"}]}},\n'
    ' {"resource": {"resourceType": "Appointment", "status": "booked", "serviceType": [{"text": "Radiation therapy - whole brain 30 Gy/10 fx"}], "reasonCode": [{"text": "Brain metastases from non-small cell lung cancer"}], "start": "2026-09-16T13:00:00-04:00", "participant": [{"actor": {"reference": "Patient/bw-p-7731"}, "status": "accepted"}]}}\n'
    "]}\n"
)

QA_PLAN_TXT = (
    "BRIGHTWATER PLAN QA - second check\n"
    "Patient: MORROW, JANICE   ID 0059320\n"
    "Plan: Breast_L_4005cGy_15fx  Energy 6X/10X  MU 412 / 398\n"
    "Independent MU calc: -1.2% / +0.8%   PASS\n"
    "Checked by: T. Ahn, MS DABR  09/14/2026\n"
)

PHANTOM_TXT = (
    "BRIGHTWATER PATIENT-SPECIFIC QA LOG (PHANTOM)\n"
    "Patient: QA^PHANTOM_PELVIS_01 (phantom - not a patient)\n"
    "Plan: VMAT_Prost_7000cGy_28fx_TEST\n"
    "Gamma 3%/2mm: 99.1%  PASS\n"
)

OCR_INTAKE = (
    "[OCR - Brightwater New Patient Questionnaire, page 1 of 3]\n"
    "Name  Nadia  Rousseau-Hill      Date of birth  04 / 17 / 1966\n"
    "Address  3390 Kenny Rd Apt 4C, Upper Arlington OH 43221\n"
    "Reason for visit  (x) rectal cancer  ( ) other\n"
    "Pacemaker / defibrillator   ( ) yes (x) no\n"
    "Current medicines  capecitabine 1650 mg bid on RT days, ondansetron prn, sertraline 50\n"
    "Prior radiation  ( ) yes (x) no      Pregnant  ( ) yes (x) no\n"
)

FWD_UROLOGY = Spec(
    phi=True,
    category="urology note (forwarded part)",
    notes="inner",
    frm="Dr. Stefan Lurie <slurie@capitalcityurology.com>",
    to="mellingsen@brightwaterradonc.com",
    subject="Whitcomb PSA",
    body="Mara - Ansel Whitcomb's PSA came back 0.41 at 18 months post-prostatectomy, up from 0.22. I think he needs salvage RT. Can you see him? - Stefan",
)

MESSAGES = [
    Spec(
        phi=True,
        category="CT simulation instructions with bladder prep to patient",
        notes="Instructions PDF to patient's gmail naming his prostate simulation and prep.",
        frm="Brightwater Scheduling <scheduling@brightwaterradonc.com>",
        to="luther.ames.oh@gmail.com",
        subject="Your simulation appointment on 9/18",
        body="Dear Mr. Ames,\n\nYour CT simulation is on Friday 9/18 at 10:00 AM. Please read the attached preparation instructions carefully (full bladder, empty rectum).\n\nBrightwater Scheduling"
        + SIG,
        atts=(
            Att(
                "Ames_sim_instructions.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER RADIATION ONCOLOGY",
                        "CT Simulation - Prostate IMRT",
                        "Patient: Luther Ames   MRN 0058814   Appointment: 09/18/2026 10:00",
                        "1. Use the Fleet enema at home 2 hours before.",
                        "2. Drink 16 oz of water 45 minutes before; do not empty your bladder.",
                        "3. Fiducial markers were placed 09/08 by Dr. Lurie.",
                    ],
                    "Simulation instructions",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA treatment summary to primary care",
        notes="Hard positive: body is a bare cover line; the C-CDA holds name, address, DOB and breast radiation course.",
        frm="Brightwater Records <records@brightwaterradonc.com>",
        to="inbox@northdublinfamilymed.com",
        subject="Continuity of care document",
        body="Attached per your request. Sent via Direct-compatible mailbox.",
        atts=(Att("BW-0052291_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="referral acknowledgement to urologist",
        notes="Confirms consult for named patient with Gleason score to referring urologist.",
        frm="Brightwater New Patients <newpatients@brightwaterradonc.com>",
        to="slurie@capitalcityurology.com",
        subject="Referral received - Whitcomb",
        body="Dr. Lurie,\n\nThank you for referring Ansel Whitcomb (Gleason 4+3, PSA 11.6). He is scheduled to see Dr. Ellingsen on Tuesday 9/22 at 2:15 PM. We have the biopsy report and MRI; please send the bone scan when available.\n\nNew Patient Coordinator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="terse SBRT fraction update to pulmonologist",
        notes="Hard positive: initials plus MRN with SBRT dose and fraction status in abbreviated clinical shorthand.",
        frm="Dr. Mara Ellingsen <mellingsen@brightwaterradonc.com>",
        to="jtakahashi@olentangypulmonary.com",
        subject="KL",
        body="Jun - K.L. (MRN 0060417) SBRT 50/5 RUL, fx 3/5 today, no SE, O2 sat 95% RA. Will fax OTV. -ME",
    ),
    Spec(
        phi=True,
        category="physics second-check report to contract physicist",
        notes="Hard positive: body has no patient detail; the TXT attachment names the patient, ID and breast radiation plan.",
        frm="Physics <physics@brightwaterradonc.com>",
        to="tahn@radphysicsconsulting.com",
        subject="2nd check file",
        body="Tae - here's the output for your signature. Thanks!",
        atts=(Att("secondcheck_0914.txt", "text/plain", QA_PLAN_TXT),),
    ),
    Spec(
        phi=True,
        category="daily radiation rides request to volunteer transport program",
        notes="Names patient, home address and daily radiation treatment schedule to a ride program.",
        frm="Social Work <socialwork@brightwaterradonc.com>",
        to="rides@roadtorecovery-columbus.org",
        subject="Ride request - 25 treatments starting 9/21",
        body="Hello,\n\nPlease arrange rides for Opal Jennings, 1812 E. Livingston Ave, Columbus 43205, phone 614-555-0177. She has daily radiation treatments Mon-Fri at 9:15 AM starting 9/21 for 5 weeks. She uses a walker.\n\nThanks,\nRhonda Baptiste, LISW"
        + SIG,
    ),
    Spec(
        phi=True,
        category="treatment log with MRNs for payer audit",
        notes="Hard positive: multi-sheet workbook without names, but MRNs with treatment codes and dates are patient identifiers tied to care.",
        frm="Brightwater Billing <billing@brightwaterradonc.com>",
        to="audit@buckeyeplanhealth.com",
        subject="Audit sample 2026-Q2 - requested logs",
        body="Attached are the treatment delivery logs for the 6 sampled accounts in your letter of 8/28.",
        atts=(
            Att(
                "audit_sample_Q2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Deliveries": [
                            ["MRN", "DOS", "CPT", "Units"],
                            ["0057710", "2026-04-06", "77385", 1],
                            ["0057710", "2026-04-07", "77385", 1],
                            ["0058102", "2026-05-11", "77373", 1],
                            ["0058355", "2026-06-02", "77412", 1],
                        ],
                        "Management": [
                            ["MRN", "Week", "CPT"],
                            ["0057710", "2026-04-10", "77427"],
                            ["0058102", "2026-05-15", "77427"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="on-treatment visit summary to patient (HTML)",
        notes="HTML-only visit summary to patient's iCloud with grade 2 skin reaction and care instructions.",
        frm="Brightwater Care Team <careteam@brightwaterradonc.com>",
        to="celeste.varga@icloud.com",
        subject="Your visit summary - week 4",
        html_only=True,
        body="",
        html=(
            "<html><body><p>Hi Celeste,</p><p>Here is the summary of today's on-treatment visit with "
            "Dr. Ellingsen (fraction 18 of 25, right breast):</p><ul><li>Skin: grade 2 redness with "
            "dry peeling under the arm</li><li>Use Aquaphor twice daily; silver sulfadiazine to the "
            "fold at night</li><li>Fatigue: mild</li></ul><p>Call 614-555-0170 if skin opens or weeps."
            "</p><p>Brightwater Care Team</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="reply to wife about missed fractions",
        notes="Hard positive: first names and spouse relationship only, but ties the husband to missed radiation treatments and end date.",
        frm="Brightwater Scheduling <scheduling@brightwaterradonc.com>",
        to="carolmbeckett@gmail.com",
        subject="Re: Dennis missed Tues & Wed",
        body="Hi Carol,\n\nNo problem - we hope Dennis is feeling better. The two missed treatments are added to the end, so his last treatment is now Friday October 9. He's back on the machine Thursday at 11:40.\n\nTina at the front desk",
    ),
    Spec(
        phi=True,
        category="X12 278 IMRT authorization request",
        notes="Hard positive: body only references a transaction number; the X12 278 carries the patient name, DOB, member ID, prostate cancer and IMRT codes.",
        frm="Brightwater Billing <billing@brightwaterradonc.com>",
        to="edi@rbmumgateway.com",
        subject="278 trx 812 - portal down, sending by email per your instructions",
        body="Your portal returned error 503 all morning. Sending transaction 812 as instructed by your help desk (ticket 44518).\n\nMonique Tran\nAuthorization Specialist",
        atts=(Att("BW_278_812.x12", "application/edi-x12", X12_278),),
    ),
    Spec(
        phi=True,
        category="OCR intake questionnaire to hospital HIM",
        notes="Hard positive: scanned-form OCR text with odd spacing naming the patient, address, rectal cancer and capecitabine.",
        frm="Brightwater Records <records@brightwaterradonc.com>",
        to="him.scanning@mountcarmelnorth-example.org",
        subject="OCR text for your indexing",
        body="Per your request, the OCR text of the questionnaire we scanned 9/11 is attached for indexing.",
        atts=(Att("scan_0911_p1_ocr.txt", "text/plain", OCR_INTAKE),),
    ),
    Spec(
        phi=True,
        category="pacemaker interrogation request to cardiology device clinic",
        notes="Names patient, device serial and upcoming chest wall radiation for device check.",
        frm="Nursing <nursing@brightwaterradonc.com>",
        to="deviceclinic@heartofohiocardiology.com",
        subject="Device check before/after RT",
        body="Hello,\n\nPatient Walter Quist (DOB 01/09/1944) has a dual-chamber pacemaker, serial PJN604118S. He starts left chest wall radiation 9/21; estimated device dose < 2 Gy. Per AAPM TG-203 please interrogate before the first fraction and after the last (10/30).\n\nGrace Mbeki, RN"
        + SIG,
    ),
    Spec(
        phi=True,
        category="mask fitting confirmation with diagnosis in subject",
        notes="Hard positive: diagnosis appears only in the subject line next to the patient's surname; body is a one-line confirmation.",
        frm="Brightwater Simulation <sim@brightwaterradonc.com>",
        to="transport@wellspringseniorliving.com",
        subject="Feld - glioblastoma - mask fitting Wed 10am",
        body="Confirming Wednesday 10:00. Please have her here 15 min early. Thanks!",
    ),
    Spec(
        phi=True,
        category="forward of rising PSA note for second opinion",
        notes="Forwarded urologist mail with patient name and rising PSA, sent on to a second-opinion centre.",
        frm="Dr. Mara Ellingsen <mellingsen@brightwaterradonc.com>",
        to="gu-secondopinion@lakeshorecancerinstitute.org",
        subject="Fwd: Whitcomb PSA",
        body="Dr. Haddad - as discussed, the patient requested a second opinion on salvage RT vs. observation. Referral note below; imaging to follow via PowerShare.",
        forward=FWD_UROLOGY,
    ),
    Spec(
        phi=True,
        category="plan summary and DVH zip to referring hospital",
        notes="Hard positive: body says only 'files attached'; zip member names and contents identify the patient and her cervical cancer plan.",
        frm="Dosimetry <dosimetry@brightwaterradonc.com>",
        to="radonc.physics@riverbendregional-oh.org",
        subject="files as requested",
        body="Files attached. Let me know if you need the DICOM too.\n\nCourtney",
        atts=(
            Att(
                "plan_export.zip",
                "application/zip",
                zipped(
                    {
                        "Santangelo_Maria_plansummary.txt": "Santangelo, Maria  MRN 0059957\nCervix: 45 Gy/25 fx pelvis + HDR 28 Gy/4 fx. Concurrent weekly cisplatin.\n",
                        "DVH_Santangelo.csv": "structure,volume_cc,dmax_Gy,dmean_Gy\nBladder,212,46.1,38.2\nRectum,88,45.8,34.9\nBowel,640,45.9,21.7\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="survivorship care plan to patient",
        notes="PDF care plan to patient's aol mailbox with head and neck cancer treatment and late effects.",
        frm="Survivorship Clinic <survivorship@brightwaterradonc.com>",
        to="arnold.tesch@aol.com",
        subject="Your survivorship care plan",
        body="Mr. Tesch,\n\nAttached is your survivorship care plan we reviewed today. Please share it with Dr. Nguyen at your next physical.\n\nSurvivorship Clinic"
        + SIG,
        atts=(
            Att(
                "Tesch_survivorship_plan.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER RADIATION ONCOLOGY - SURVIVORSHIP CARE PLAN",
                        "Name: Arnold Tesch   DOB 03/03/1957",
                        "Diagnosis: p16+ oropharyngeal SCC, T2N1, 2025",
                        "Treatment: 70 Gy/35 fx IMRT with weekly cisplatin, completed 11/2025",
                        "Watch for: dry mouth, dental decay (fluoride trays), hypothyroidism - TSH yearly",
                    ],
                    "Survivorship care plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR appointment bundle to hospital scheduling",
        notes="Hard positive: short body; FHIR bundle names the patient with MRN, phone, whole-brain RT and brain metastases.",
        frm="Interfaces <it-interfaces@brightwaterradonc.com>",
        to="fhir-intake@riverbendregional-oh.org",
        subject="manual post - appointment bundle",
        body="The listener rejected this twice (TLS handshake). Posting by mail per Kendra. Bundle attached.",
        atts=(Att("appt_bundle_7731.json", "application/fhir+json", FHIR_APPT),),
    ),
    Spec(
        phi=True,
        category="school accommodation letter for student on radiation",
        notes="Letter to school nurse naming a student, her brain tumour radiation and fatigue accommodations.",
        frm="Dr. Mara Ellingsen <mellingsen@brightwaterradonc.com>",
        to="nurse.office@dublinjeromehs-example.org",
        subject="Accommodations for Ava Lindgren (grade 11)",
        body="Dear Nurse Patterson,\n\nAt her parents' request: Ava is receiving daily radiation to the brain and spine for a medulloblastoma through October 23 and will miss first period daily. Expect fatigue and hair loss; please allow rest breaks, a hat in class and elevator access. Her parents have signed a release.\n\nMara Ellingsen, MD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="skin reaction photo to dermatologist",
        notes="Hard positive: body has no name; photo file name gives initial, surname and radiation dermatitis.",
        frm="Grace Mbeki RN <gmbeki@brightwaterradonc.com>",
        to="dr.okafor@pinecrestdermatology.com",
        subject="quick look?",
        body="Week 4 of breast RT, moist desquamation starting in the fold. Thoughts on adding anything beyond Mepilex?",
        atts=(Att("JMorrow_RT_dermatitis_wk4.png", "image/png", png(10, 8, (210, 120, 110))),),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="linac acceptance testing report",
        notes="Hard negative: physics report with machine serial numbers and dose measurements; no patients.",
        frm="Physics <physics@brightwaterradonc.com>",
        to="rso@brightwaterradonc.com",
        subject="TrueBeam 2 acceptance report",
        body="Signed acceptance report attached for the state registration file.",
        atts=(
            Att(
                "TB2_acceptance.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER RADIATION ONCOLOGY - LINAC ACCEPTANCE TEST REPORT",
                        "Unit: TrueBeam SN H192847   Vault 2",
                        "6X output 1.000 cGy/MU at dmax (TG-51), flatness 1.8%, symmetry 0.9%",
                        "MLC leaf position accuracy < 0.5 mm; imaging isocentre coincidence 0.6 mm",
                        "Physicist: T. Ahn, MS DABR",
                    ],
                    "Acceptance report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="quality dashboard on hypofractionation rates",
        notes="Hard negative: multi-sheet workbook of aggregate fractionation and peer-review rates.",
        frm="Quality <quality@brightwaterradonc.com>",
        to="physicians@brightwaterradonc.com",
        subject="Q2 quality dashboard",
        body="Q2 dashboard attached. Hypofractionation for early breast is now 91%.",
        atts=(
            Att(
                "BW_quality_Q2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Fractionation": [
                            ["Site", "Courses", "Hypofractionated %"],
                            ["Breast (early)", 144, 91],
                            ["Prostate", 98, 64],
                            ["Bone mets single fx", 57, 42],
                        ],
                        "Peer review": [
                            ["Metric", "Value"],
                            ["Contours reviewed before tx %", 97],
                            ["Plans changed after review %", 6],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="generic skin care handout to referring clinic",
        notes="Hard negative: patient education handout about radiation skin care; no individual.",
        frm="Nursing <nursing@brightwaterradonc.com>",
        to="frontdesk@westervillebreastcare.com",
        subject="Updated skin care handout",
        body="Here is the updated handout you asked for. Feel free to print for your waiting room.",
        atts=(
            Att(
                "skin_care_during_RT.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER RADIATION ONCOLOGY - Caring for your skin during radiation",
                        "Wash with lukewarm water and mild soap. Pat dry.",
                        "Use a plain moisturizer twice a day, not within 2 hours before treatment.",
                        "Avoid sun, heating pads and shaving the treated area.",
                        "Call us if your skin blisters or opens.",
                    ],
                    "Skin care during radiation",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="phantom QA log to physics consultant",
        notes="Hard negative: QA file uses a declared phantom as 'patient'; no real person.",
        frm="Physics <physics@brightwaterradonc.com>",
        to="tahn@radphysicsconsulting.com",
        subject="Phantom QA for new VMAT template",
        body="Tae - phantom measurement for the new prostate VMAT template. No patient data involved.",
        atts=(Att("phantom_qa_0911.txt", "text/plain", PHANTOM_TXT),),
    ),
    Spec(
        phi=False,
        category="linac service contract renewal",
        notes="Hard negative: vendor contract with equipment serial numbers and PO number.",
        frm="Practice Manager <admin@brightwaterradonc.com>",
        to="contracts@radiantmedsystems.com",
        subject="Service agreement renewal - SN H192847 and H175530",
        body="Hi Derek,\n\nWe accept the renewal quote Q-26-4471 for both TrueBeams (SN H192847, H175530), 12 months from 10/1. PO 88214 attached separately. Please confirm the uptime guarantee stays at 97%.\n\nKaren Stoltz\nPractice Manager"
        + SIG,
    ),
    Spec(
        phi=False,
        category="physician credentialing packet to hospital",
        notes="Hard negative: clinician NPI, DEA and licence numbers for hospital privileges; provider identifiers only.",
        frm="Credentialing <credentialing@brightwaterradonc.com>",
        to="medstaff@riverbendregional-oh.org",
        subject="Reappointment - Dr. Mara Ellingsen",
        body="Attached reappointment items for Dr. Mara Ellingsen, Radiation Oncology:\n\nNPI 1312878535\nDEA BE5058638\nOhio license 35.118442\nABR certification current through 2032\n\nPlease let me know if the malpractice face sheet is still needed.\n\nHolly Nash, CPCS",
    ),
    Spec(
        phi=False,
        category="holiday hours notice to referring offices",
        notes="Holiday schedule notice to referring offices; no health information about anyone.",
        frm="Brightwater Radiation Oncology <info@brightwaterradonc.com>",
        to="referring-offices@brightwaterradonc.com",
        subject="October holiday schedule",
        body="We will be open Columbus Day (10/12) for treatments. Consults resume 10/13. Physics on call: 614-555-0175.",
    ),
    Spec(
        phi=False,
        category="conference abstract with cohort statistics",
        notes="Hard negative: abstract reporting cohort outcomes (212 patients) with no individual data.",
        frm="Dr. Ibrahim Sadeghi <isadeghi@brightwaterradonc.com>",
        to="abstracts@midwestradoncsociety.org",
        subject="Abstract submission - SBRT for oligometastatic prostate cancer",
        body="Title: Five-year outcomes of SBRT for oligometastatic prostate cancer in a community practice\n\nMethods: Retrospective review of 212 patients treated 2018-2021 with 30-40 Gy/5 fx. Results: median ADT-free survival 27 months; grade 3 toxicity 1.4%. Conclusions: SBRT is feasible outside academic centres.\n\nCorresponding author: Ibrahim Sadeghi, MD",
    ),
    Spec(
        phi=False,
        category="immobilisation supply order with SSN-shaped order number",
        notes="Hard negative: vendor order number formatted like an SSN; supplies only.",
        frm="Simulation <sim@brightwaterradonc.com>",
        to="orders@qfixsupply-example.com",
        subject="Order 540-22-7781 backorder?",
        body="Hello, our order 540-22-7781 (40 x thermoplastic head & shoulder masks, 10 x knee sponges) shows backordered. Can you ship the masks separately? We're down to 6.\n\nThanks, Lydia",
    ),
    Spec(
        phi=False,
        category="dosimetrist job posting",
        notes="Hard negative: job posting listing treatment sites and planning systems; no patient.",
        frm="HR <hr@brightwaterradonc.com>",
        to="careers@aapm-jobs-example.org",
        subject="Job: Certified Medical Dosimetrist",
        body="Brightwater Radiation Oncology seeks a CMD for VMAT/SBRT planning across prostate, lung, breast DIBH and head & neck cases. Eclipse experience required. Hybrid after 6 months.",
    ),
    Spec(
        phi=False,
        category="prostate awareness screening event newsletter",
        notes="Hard negative: HTML newsletter to a general community list promoting a screening event; no condition of any recipient implied.",
        frm="Brightwater Community <community@brightwaterradonc.com>",
        to="community-news@brightwaterradonc.com",
        subject="September is Prostate Cancer Awareness Month",
        html_only=True,
        body="",
        html="<html><body><h1>Free PSA screening - Sept 26</h1><p>Men 50+ (45+ with family history) can get a free PSA blood test at the Dublin Rec Center, 9 AM - 1 PM. No appointment needed.</p><p>1 in 8 men will be diagnosed with prostate cancer.</p><p><a href='https://www.brightwaterradonc.com/unsubscribe'>Unsubscribe</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="reply to journalist with practice statistics",
        notes="Hard negative: aggregate patient numbers for a news story.",
        frm="Communications <media@brightwaterradonc.com>",
        to="jwhalen@columbusdispatch-example.com",
        subject="Re: story on rural radiation access",
        body="Hi Jenna,\n\nLast year we treated 1,180 patients; about 38% breast, 21% prostate. Roughly one in five drives more than 40 miles. Dr. Sadeghi is available Thursday for an interview.\n\nBest,\nOwen",
    ),
    Spec(
        phi=False,
        category="donor thank-you for lodging fund",
        notes="Thank-you to a community donor's personal mailbox for a fundraiser; no patient information.",
        frm="Brightwater Foundation <foundation@brightwaterradonc.com>",
        to="rkalbfleisch@gmail.com",
        subject="Thank you from the Brightwater Foundation",
        body="Dear Roger,\n\nThank you and the Dublin Rotary for the $6,400 raised at your golf outing. It will fund hotel stays for out-of-town patients during treatment this winter.\n\nWith gratitude,\nEllen Marsh, Foundation Director",
    ),
    Spec(
        phi=False,
        category="linac downtime calendar notice",
        notes="Hard negative: invite about machine maintenance affecting treatment schedules; no patients named.",
        frm="Physics <physics@brightwaterradonc.com>",
        to="therapists@brightwaterradonc.com",
        subject="TB1 down Sat 9/19 for MLC service",
        body="TB1 will be down Saturday for MLC motor replacement. All Saturday patients move to TB2; the schedule is updated in ARIA.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Brightwater//Physics//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:tb1-mlc-20260919@brightwaterradonc.com\nDTSTAMP:20260914T140000Z\nDTSTART:20260919T120000Z\n"
            "DTEND:20260919T200000Z\nSUMMARY:TB1 downtime - MLC service\nLOCATION:Vault 1\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="coding update on weekly treatment management",
        notes="Hard negative: billing rule memo with CPT and ICD-10 examples; no patient.",
        frm="Coding <coding@brightwaterradonc.com>",
        to="billing-team@brightwaterradonc.com",
        subject="Reminder: 77427 counting rules",
        body="Team - 77427 is billed per 5 fractions; a remaining 1-2 fractions at the end is not billed separately, 3-4 is. For SBRT use 77435 instead (once per course). Dx for mets should list the secondary site first (e.g., C79.51 before C34.90).",
    ),
    Spec(
        phi=False,
        category="staff badge dosimetry exchange reminder",
        notes="Radiation safety reminder to staff; no individual readings.",
        frm="Radiation Safety <rso@brightwaterradonc.com>",
        to="allstaff@brightwaterradonc.com",
        subject="Badge exchange by Friday",
        body="Q3 dosimetry badges must be returned to the RSO box by Friday 9/18. Missing badges delay the whole shipment.",
    ),
    Spec(
        phi=False,
        category="ASTRO meeting travel arrangements",
        notes="Travel booking for a physician; no health information.",
        frm="Practice Manager <admin@brightwaterradonc.com>",
        to="groups@buckeyetravel-example.com",
        subject="ASTRO 2026 - 3 rooms",
        body="Please book 3 rooms Sept 27-Oct 1 near the convention centre for Drs. Ellingsen, Sadeghi and physicist Tae Ahn. Billing to the practice card on file.",
    ),
    Spec(
        phi=False,
        category="vendor invoice dispute",
        notes="Billing dispute with a linen vendor; no health information.",
        frm="Practice Manager <admin@brightwaterradonc.com>",
        to="ar@tristatelinen-example.com",
        subject="Invoice 22917 - duplicate charge",
        body="Hi, invoice 22917 charges us twice for the 8/24 gown delivery. Please credit one and resend.",
    ),
]
