"""Outbound mail of Kestrel Bay Radiation Oncology, a freestanding radiation oncology centre (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nKestrel Bay Radiation Oncology\n615 Harbor Light Drive, Kestrel Bay, MI 49690\nPhone 231-555-0120 | Fax 231-555-0121"

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Radiation Oncology End of Treatment Summary</title>
  <effectiveTime value="20261114"/>
  <recordTarget><patientRole>
    <id extension="KB-20388" root="2.16.840.1.113883.3.8484.1"/>
    <addr><streetAddressLine>1907 Dune Grass Ct</streetAddressLine><city>Kestrel Bay</city><state>MI</state><postalCode>49690</postalCode></addr>
    <patient><name><given>Winifred</given><family>Sandoval</family></name><administrativeGenderCode code="F"/><birthTime value="19530417"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Treatment</title><text>Left breast whole-breast RT 40.05 Gy in 15 fractions, then tumor bed boost 10 Gy in 4 fractions, completed 11/13/2026. Grade 1 dermatitis.</text></section></component>
    <component><section><title>Problems</title><text>C50.412 Malignant neoplasm of upper-outer quadrant of left female breast</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_HL7_SIU = (
    "MSH|^~\\&|ARIA|KESTRELBAY|CERNER|NORTHSHOREMC|202611171016||SIU^S12|KB1117101601|P|2.5.1\r"
    "SCH|KB-APPT-77120||||||CT SIM^CT simulation|||30|min|^^30^202611201300\r"
    "PID|1||KB-20455^^^KBRO^MR||NAKASHIMA^DALE^K||19600105|M|||412 Pine Hollow Rd^^Kestrel Bay^MI^49690||231-555-0174\r"
    "DG1|1||C71.1^Malignant neoplasm of frontal lobe^I10\r"
    "AIL|1||NSMC^CT2^Radiology\r"
    "NTE|1||Needs thermoplastic head mask; claustrophobic - lorazepam 0.5 mg prior\r"
)

_FHIR_REG = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "kb-20301", "identifier": [{"system": "urn:kbro:mrn", "value": "KB-20301"}], "name": [{"family": "Lindqvist", "given": ["Arvid"]}], "birthDate": "1948-12-02", "address": [{"city": "Traverse Point", "state": "MI", "postalCode": "49686"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/kb-20301"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C61", "display": "Malignant neoplasm of prostate"}]}, "stage": [{"summary": {"text": "cT2b N0 M0, Gleason 4+3"}}]}},
    {"resource": {"resourceType": "Procedure", "subject": {"reference": "Patient/kb-20301"}, "code": {"text": "IMRT 70 Gy in 28 fractions"}, "performedPeriod": {"start": "2026-09-15", "end": "2026-10-23"}}}
  ]
}
"""

_835 = (
    "ISA*00*          *00*          *ZZ*LAKESBCBS      *ZZ*KESTRELBAYRO   *261114*0600*^*00501*000331802*0*P*:~"
    "GS*HP*LAKESBCBS*KESTRELBAYRO*20261114*0600*331802*X*005010X221A1~"
    "ST*835*0001~BPR*I*18244.16*C*ACH*CCP*01*072000805*DA*4477120*1381000777**01*071000013*DA*88120457*20261114~"
    "TRN*1*EFT88120457*1381000123~N1*PR*LAKES BLUE CROSS~N1*PE*KESTREL BAY RADIATION ONCOLOGY*XX*1894546294~"
    "CLP*KB26-1033*1*12480.00*9984.00*624.00*12*LBC2611040017~NM1*QC*1*OYELARAN*FUNMILAYO****MI*LBX902118744~"
    "SVC*HC:77386*11200.00*8960.00**20~SVC*HC:77336*1280.00*1024.00**4~"
    "CLP*KB26-1041*1*9210.00*8260.16*0*12*LBC2611040022~NM1*QC*1*HARGROVE*SILAS****MI*LBX902340019~"
    "SVC*HC:77014*9210.00*8260.16**28~SE*14*0001~GE*1*331802~IEA*1*000331802~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="C-CDA end-of-treatment summary to referring oncologist",
        notes="Hard positive: the body is a one-line cover; the C-CDA carries name, DOB, address, MRN, breast cancer and dose fractionation.",
        frm="Dr. Anika Sorensen <asorensen@kestrelbayradonc.org>",
        to="referrals@lakeshoreoncology.com",
        subject="End of treatment summary",
        body="Dr. Weisz,\n\nThe end-of-treatment summary for our shared patient is attached in C-CDA format for your EHR import.\n\nAnika Sorensen, MD"
        + SIG,
        atts=(Att("EOT_summary_KB-20388.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="CT simulation invitation to patient",
        notes="Calendar invitation to the patient's gmail naming her CT simulation for lung SBRT.",
        frm="Kestrel Bay Scheduling <scheduling@kestrelbayradonc.org>",
        to="opal.hennessey@gmail.com",
        subject="Your CT simulation appointment",
        body="Dear Ms. Hennessey,\n\nYour CT simulation for SBRT to the right lung is booked for Friday, November 20 at 1:30 PM. Wear comfortable clothes without metal; the visit takes about an hour. The invitation is attached."
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KBRO//Sched//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:kb-sim-77131@kestrelbayradonc.org\r\nDTSTAMP:20261117T140000Z\r\nDTSTART:20261120T183000Z\r\nDTEND:20261120T193000Z\r\n"
            "SUMMARY:CT simulation - lung SBRT (Opal Hennessey)\r\nLOCATION:Kestrel Bay Radiation Oncology\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="linac service visit invite",
        notes="Calendar invitation for a vendor preventive maintenance visit on a treatment machine; no patients.",
        frm="Graham Tse <gtse@kestrelbayradonc.org>",
        to="field.service@helionmedsystems.com",
        subject="PM visit - TrueBeam 2 (Dec 5)",
        body="Confirming the semiannual PM on Machine 2 for Saturday Dec 5, 07:00-15:00. Vault access badge will be at the front desk.\n\nGraham Tse, MS, DABR\nChief Physicist"
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KBRO//Physics//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:kb-pm-m2-1206@kestrelbayradonc.org\r\nDTSTAMP:20261117T140000Z\r\nDTSTART:20261205T120000Z\r\nDTEND:20261205T200000Z\r\n"
            "SUMMARY:Machine 2 preventive maintenance (Helion)\r\nLOCATION:Vault 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="daily treatment roster to ride service",
        notes="Hard positive: the cover note is logistics; the workbook lists patients' names, home addresses and fraction numbers by machine.",
        frm="Patient Services <patientservices@kestrelbayradonc.org>",
        to="dispatch@lakeshoreridesharemed.com",
        subject="Pickups for Wed 11/18",
        body="Hi dispatch, tomorrow's riders by machine are in the attached file (sheet 2 = wheelchair vans). Same drop-off entrance.\n\nMarisol"
        + SIG,
        atts=(
            Att(
                "rides_2026-11-18.xlsx",
                XLSX,
                xlsx(
                    {
                        "Machine 1": [
                            ["Appt", "Rider", "Pickup address", "Phone", "Fx"],
                            [
                                "08:10",
                                "Gaffney, Colm",
                                "77 Lighthouse Rd, Kestrel Bay",
                                "231-555-0131",
                                "12/25",
                            ],
                            [
                                "09:40",
                                "Ruelas, Inez",
                                "3 Birch Ct, Elk Harbor",
                                "231-555-0132",
                                "3/15",
                            ],
                        ],
                        "Wheelchair": [
                            ["Appt", "Rider", "Pickup address", "Phone", "Fx"],
                            [
                                "10:20",
                                "Tillman, Archer",
                                "Shoreview Care Center rm 214",
                                "231-555-0133",
                                "8/10",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="machine output QA workbook to vendor",
        notes="Hard negative: daily output constancy and MLC test data in cGy for a linac; the numbers describe a machine, not a person.",
        frm="Graham Tse <gtse@kestrelbayradonc.org>",
        to="field.service@helionmedsystems.com",
        subject="Machine 2 output drift - data for case 00418827",
        body="Hi Priyanka,\n\nAs discussed, 6X output has drifted +1.8% over two weeks. Daily QA and monthly data attached (three sheets).\n\nGraham"
        + SIG,
        atts=(
            Att(
                "M2_output_QA_Nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "Daily 6X": [
                            ["Date", "Reading (cGy/MU)", "Dev %"],
                            ["2026-11-03", 1.002, 0.2],
                            ["2026-11-10", 1.011, 1.1],
                            ["2026-11-17", 1.018, 1.8],
                        ],
                        "Daily 10FFF": [
                            ["Date", "Reading (cGy/MU)", "Dev %"],
                            ["2026-11-03", 0.999, -0.1],
                            ["2026-11-17", 1.009, 0.9],
                        ],
                        "MLC picket fence": [
                            ["Date", "Max leaf error (mm)"],
                            ["2026-11-05", 0.3],
                            ["2026-11-12", 0.4],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 SIU simulation booking to hospital CT",
        notes="Hard positive: the HL7 scheduling message carries name, DOB, address, MRN, brain tumor code and sedation note; the body only discusses an interface resend.",
        frm="Interfaces <interfaces@kestrelbayradonc.org>",
        to="hl7-support@northshoremc.org",
        subject="SIU resend - KB1117101601",
        body="Your engine rejected this one for a missing AIL segment; fixed and resending.\n\nKBRO Interfaces"
        + SIG,
        atts=(Att("KB1117101601.hl7", "application/hl7-v2", _HL7_SIU),),
    ),
    Spec(
        phi=True,
        category="FHIR cancer registry submission",
        notes="Hard positive: a FHIR bundle with patient name, MRN, birth date, city and prostate cancer staging, sent to the state registry.",
        frm="Cancer Registry <registry@kestrelbayradonc.org>",
        to="submissions@michigancancerregistry.org",
        subject="November FHIR submission (1 of 3)",
        body="Attached is part 1 of the November submission per the state reporting mandate.\n\nRegistry Coordinator"
        + SIG,
        atts=(Att("kbro_nov_part1.json", "application/fhir+json", _FHIR_REG),),
    ),
    Spec(
        phi=False,
        category="de-identified dose-volume extract to research partner",
        notes="Hard negative: study-ID-only dose-volume data with age bands and no dates or identifiers, under a data use agreement.",
        frm="Dr. Felipe Arrieta <farrieta@kestrelbayradonc.org>",
        to="hypofx.study@greatlakesuniv.edu",
        subject="De-identified DVH export (DUA 2026-14)",
        body="Hi Ben,\n\nAs specified in DUA 2026-14: Safe Harbor de-identified, study IDs only, ages in 5-year bands, no dates. Key stays with us.\n\nFelipe"
        + SIG,
        atts=(
            Att(
                "hypofx_dvh_deid.csv",
                "text/csv",
                "study_id,age_band,site,fractions,ptv_d95_pct,rectum_v65_pct,bladder_v70_pct\nHFX-001,65-69,prostate,20,97.8,11.2,8.1\nHFX-002,70-74,prostate,20,98.4,9.6,12.3\nHFX-003,60-64,prostate,28,97.1,13.0,6.4\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="brain metastases follow-up MRI list to imaging centre",
        notes="List of named patients with SRS dates and brain metastases needing follow-up MRI.",
        frm="Nurse Navigator <navigator@kestrelbayradonc.org>",
        to="scheduling@baysideimaging.com",
        subject="December SRS follow-up MRIs",
        body="Hi Sheila, here are our post-radiosurgery brain mets patients due for follow-up MRI with contrast in December. Orders are in your portal.\n\nHannah Kirby, RN"
        + SIG,
        atts=(
            Att(
                "srs_followup_dec.csv",
                "text/csv",
                "patient,dob,srs_date,targets,mri_due\nMcAllister Fiona,1962-05-11,2026-09-08,3,2026-12-08\nOrtiz Benedicto,1957-10-29,2026-09-15,1,2026-12-15\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing vendor",
        notes="Hard positive: the remittance names two patients with member IDs and radiation treatment codes; the body is a bare forward note.",
        frm="Business Office <billing@kestrelbayradonc.org>",
        to="posting@northcoastrcm.com",
        subject="Lakes BC 835 for 11/14 - please post",
        body="Attached ERA didn't come through the portal feed. Please post manually.\n\nTerri"
        + SIG,
        atts=(Att("LBC_835_20261114.x12", "application/edi-x12", _835),),
    ),
    Spec(
        phi=False,
        category="skin care education handout",
        notes="Hard negative: generic radiation dermatitis handout sent to a partner clinic; no individual.",
        frm="Hannah Kirby RN <hkirby@kestrelbayradonc.org>",
        to="education@lakeshoreoncology.com",
        subject="Updated skin care handout",
        body="Hi Dana, our updated radiation skin care handout is attached if you want to share it with your breast patients.\n\nHannah"
        + SIG,
        atts=(
            Att(
                "Skin_care_during_radiation.docx",
                DOCX,
                docx(
                    [
                        "Caring for your skin during radiation therapy",
                        "Wash the treated area daily with lukewarm water and mild, fragrance-free soap.",
                        "Apply the recommended moisturiser twice a day, but not within 4 hours before treatment.",
                        "Call us if you notice blisters, open areas or signs of infection.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="school accommodation letter for teen patient",
        notes="Letter to a school naming a student receiving radiation for Hodgkin lymphoma with attendance needs.",
        frm="Dr. Felipe Arrieta <farrieta@kestrelbayradonc.org>",
        to="counselor@kestrelbayhigh.k12.mi.us",
        subject="Attendance plan - Noah Strickland",
        body="Dear Mr. Paulsen,\n\nAt the family's request, please find the attached letter regarding Noah's treatment schedule.\n\nFelipe Arrieta, MD"
        + SIG,
        atts=(
            Att(
                "Strickland_school_letter.docx",
                DOCX,
                docx(
                    [
                        "November 17, 2026",
                        "Re: Noah Strickland, grade 11",
                        "Noah is receiving daily radiation therapy for Hodgkin lymphoma at Kestrel Bay Radiation Oncology through December 11, Monday to Friday at 7:45 AM.",
                        "He will arrive at school about 9:30 each day and may tire easily. Please excuse him from physical education until January.",
                        "Felipe Arrieta, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pre-radiation dental clearance referral",
        notes="PDF referral to a dentist naming the patient, DOB and oropharyngeal cancer before head-and-neck radiation.",
        frm="Nurse Navigator <navigator@kestrelbayradonc.org>",
        to="frontdesk@harborsmilesdental.com",
        subject="Urgent dental clearance referral",
        body="Hello, please see the attached referral. We would appreciate an appointment within 7 days; radiation start depends on it."
        + SIG,
        atts=(
            Att(
                "dental_referral.pdf",
                "application/pdf",
                pdf(
                    [
                        "KESTREL BAY RADIATION ONCOLOGY",
                        "Referral for pre-radiation dental evaluation",
                        "Patient: Grover Ashworth   DOB 03/19/1959   Phone 231-555-0176",
                        "Diagnosis: p16+ squamous cell carcinoma of the right tonsil (C09.9)",
                        "Planned: IMRT 70 Gy/35 fx with weekly cisplatin, start target 12/01/2026",
                        "Request: full exam, panoramic film, extraction of non-restorable teeth, fluoride trays",
                    ],
                    "Dental referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="annual linac calibration report to state regulator",
        notes="Hard negative: physics report with absorbed dose numbers for machines, sent to the radiation control program; no patient.",
        frm="Graham Tse <gtse@kestrelbayradonc.org>",
        to="radiationsafety@michigan-egle.gov",
        subject="Annual calibration reports - registration RX-24811",
        body="Attached per rule R 333.5xxx: annual full calibration for both linear accelerators (TG-51).\n\nGraham Tse, MS, DABR"
        + SIG,
        atts=(
            Att(
                "KBRO_annual_calibration_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "KESTREL BAY RADIATION ONCOLOGY - Annual Calibration 2026",
                        "Registration RX-24811",
                        "Machine 1 (SN 4471) 6X: 1.000 cGy/MU at dmax, 10x10, SSD 100 (within 0.4%)",
                        "Machine 2 (SN 5120) 6X: 1.000 cGy/MU; 10FFF: 1.000 cGy/MU (within 0.6%)",
                        "Ion chamber: Exradin A12 SN XA091188, ADCL calibration 03/2026",
                        "Qualified medical physicist: Graham Tse",
                    ],
                    "Annual calibration",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="treatment plan export zip for second opinion",
        notes="Hard positive: the zip's member names and plan text carry an MRN, patient name and the pancreas SBRT plan.",
        frm="Dosimetry <dosimetry@kestrelbayradonc.org>",
        to="physics@greatlakesprotoncenter.org",
        subject="plan export for the consult you asked about",
        body="Hi Jorge, plan summary and DVH export attached for the second-opinion consult Dr. Sorensen called about. DICOM via the transfer server tonight.\n\nMei, CMD"
        + SIG,
        atts=(
            Att(
                "KB-20467_plan_export.zip",
                "application/zip",
                zipped(
                    {
                        "KB-20467_plan_summary.txt": "Patient: ABERCROMBIE, LIONEL  MRN KB-20467\nSite: pancreas head, SBRT 33 Gy/5 fx\nDuodenum Dmax 34.8 Gy (exceeds 33) - seeking proton comparison\n",
                        "KB-20467_dvh.csv": "structure,volume_cc,dmax_gy,dmean_gy\nPTV,48.2,36.1,33.9\nDuodenum,62.0,34.8,11.2\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="phantom QA images zip to vendor",
        notes="Hard negative: cone-beam CT files of a QA phantom labelled PHANTOM^CATPHAN, declared as phantom data.",
        frm="Graham Tse <gtse@kestrelbayradonc.org>",
        to="imaging.support@helionmedsystems.com",
        subject="CBCT artefact - phantom scans",
        body="Attached are the phantom scans showing the ring artefact (no patient data; the 'patient' is our Catphan phantom).\n\nGraham"
        + SIG,
        atts=(
            Att(
                "cbct_phantom_scans.zip",
                "application/zip",
                zipped(
                    {
                        "README.txt": "Phantom: PHANTOM^CATPHAN604, ID QA-PHANTOM-01. Acquired on Machine 2 OBI, 2026-11-14. No patient data.\n",
                        "uniformity.csv": "slice,center_hu,edge_hu\n1,2,9\n2,3,14\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded spouse e-mail to wound clinic",
        notes="Forward of a husband's e-mail describing his wife's moist desquamation during breast radiation, with her name.",
        frm="Hannah Kirby RN <hkirby@kestrelbayradonc.org>",
        to="woundcare@northshoremc.org",
        subject="Fwd: Lorna's skin",
        body="Can your team see her this week? Moist desquamation in the inframammary fold, fraction 22/25. See below.\n\nHannah Kirby, RN"
        + SIG,
        forward=Spec(
            phi=True,
            category="spouse message",
            notes="nested",
            frm="Walt Pruett <waltpruett@hotmail.com>",
            to="hkirby@kestrelbayradonc.org",
            subject="Lorna's skin",
            body="Hi Hannah, Lorna Pruett's skin under her breast has opened up and is weeping since yesterday. She has 3 radiation sessions left. What should we do? Walt",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded mask recall notice",
        notes="Hard negative: a vendor field safety notice about thermoplastic masks forwarded to the sister centre; no patient.",
        frm="Graham Tse <gtse@kestrelbayradonc.org>",
        to="physics@northshoremc.org",
        subject="Fwd: Field Safety Notice - head/neck mask lot",
        body="FYI in case you use the same lot. We have none in stock.\n\nGraham" + SIG,
        forward=Spec(
            phi=False,
            category="vendor notice",
            notes="nested",
            frm="Orfit-Ridge Quality <quality@ridgeimmobilization.com>",
            to="gtse@kestrelbayradonc.org",
            subject="Field Safety Notice - head/neck mask lot",
            body="Affected: 5-point head, neck and shoulder masks, lot HN2609-11. Some masks may shrink more than specified after cooling. Inspect and quarantine stock; no patient injuries reported.",
        ),
    ),
    Spec(
        phi=True,
        category="setup photo named by MRN to transfer centre",
        notes="Hard positive: the MRN appears only in the photo file name; the body gives fraction counts for a transferring pelvic patient.",
        frm="Radiation Therapy <therapists@kestrelbayradonc.org>",
        to="therapists@greatlakesprotoncenter.org",
        subject="setup photo for Monday's transfer",
        body="Setup photo for the transfer we talked about. She continues with you Monday at fraction 14 of 28, knee sponge and index bar at H2.\n\nCaleb, RTT"
        + SIG,
        atts=(Att("KB-20417_setup_pelvis.png", "image/png", png(5, 7, (180, 160, 150))),),
    ),
    Spec(
        phi=False,
        category="machine interlock log to vendor",
        notes="Hard negative: a treatment machine fault log with timestamps and a 'patient mode' field but no patient data.",
        frm="Graham Tse <gtse@kestrelbayradonc.org>",
        to="field.service@helionmedsystems.com",
        subject="Machine 1 - repeated DOSE1 interlock",
        body="Log excerpt attached. Occurs in treatment mode only, roughly once a day since Thursday.\n\nGraham"
        + SIG,
        atts=(
            Att(
                "M1_interlock_log.txt",
                "text/plain",
                "2026-11-13 08:42:11 MODE=TREATMENT ENERGY=6X INTERLOCK=DOSE1 MU_DELIVERED=112\n2026-11-14 10:05:37 MODE=TREATMENT ENERGY=10FFF INTERLOCK=DOSE1 MU_DELIVERED=48\n2026-11-17 07:58:02 MODE=SERVICE ENERGY=6X INTERLOCK=NONE\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="treatment completion congratulations (HTML)",
        notes="HTML-only note to the patient's gmail naming him and his completed prostate radiation course.",
        frm="Kestrel Bay Radiation Oncology <care@kestrelbayradonc.org>",
        to="rudy.pellegrino@gmail.com",
        subject="Congratulations on ringing the bell!",
        body="",
        html=(
            "<html><body><p>Dear Rudy Pellegrino,</p><p>Congratulations on finishing all <b>28 sessions</b> of radiation for your "
            "prostate cancer today! Your follow-up with Dr. Sorensen is in 6 weeks, with a PSA test beforehand.</p>"
            "<p>The whole Machine 1 team</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="radiation therapist open house (HTML)",
        notes="HTML-only recruitment invitation to a school's mailing list; no patient information.",
        frm="Kestrel Bay Careers <careers@kestrelbayradonc.org>",
        to="rtstudents@northernmichigancc.edu",
        subject="Open house for radiation therapy students - Dec 10",
        body="",
        html=(
            "<html><body><h3>Open house for RT students</h3><p>Tour our two TrueBeam vaults, meet our therapists and dosimetrists, "
            "and hear about our new graduate program. Thursday, December 10, 4-6 PM. Pizza provided.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="SpaceOAR service announcement to urologists",
        notes="Service announcement describing a prostate procedure in general; no patient named.",
        frm="Dr. Anika Sorensen <asorensen@kestrelbayradonc.org>",
        to="partners@bayurologygroup.com",
        subject="Now offering rectal spacer placement",
        body="Dear colleagues,\n\nStarting December we place hydrogel rectal spacers in our own procedure room before prostate IMRT or SBRT. Referral is through our usual intake line; no separate consult is needed.\n\nAnika Sorensen, MD"
        + SIG,
    ),
    Spec(
        phi=False,
        category="de-identified case for conference abstract",
        notes="Hard negative: a case description with a decade age range, no dates, no place and no identifiers, for a conference submission.",
        frm="Dr. Felipe Arrieta <farrieta@kestrelbayradonc.org>",
        to="abstracts@midwestastrochapter.org",
        subject="Abstract submission - case vignette",
        body="Attached text for the case vignette category:\n\nA man in his sixties with intermediate-risk prostate adenocarcinoma received moderately hypofractionated IMRT with a rectal spacer. At two years he had no grade 2 or higher GI toxicity and an undetectable PSA. We discuss spacer selection criteria.\n\nFelipe Arrieta, MD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="disability determination records with SSN",
        notes="Reply to a disability examiner with claimant name, SSN and glioblastoma radiation treatment details.",
        frm="Health Information <him@kestrelbayradonc.org>",
        to="dds.records@michigan-dds.gov",
        subject="Records for claimant - your request 11/10",
        body="Claimant: Everett Moss\nSSN: 237-84-1196\nDOB: 08/03/1966\n\nMr. Moss received chemoradiation (60 Gy/30 fx with temozolomide) for glioblastoma from 09/02 to 10/14/2026. He has left-sided weakness and requires assistance with ADLs. Treatment summary follows by fax.\n\nHIM Dept"
        + SIG,
    ),
    Spec(
        phi=False,
        category="physician directory update with NPIs",
        notes="Hard negative: clinician names, specialties and NPIs for a referral directory.",
        frm="Practice Manager <manager@kestrelbayradonc.org>",
        to="directory@northshoremc.org",
        subject="Directory update - Kestrel Bay physicians",
        body="Please update the referral directory:\n\nAnika Sorensen, MD - Radiation Oncology - NPI 1211132554\nFelipe Arrieta, MD - Radiation Oncology - NPI 1427995372\nGroup NPI 1894546294\n\nNew fax: 231-555-0121.\n\nThanks, Celeste Boone"
        + SIG,
    ),
    Spec(
        phi=True,
        category="IMRT authorization call note to payer",
        notes="Patient name and member ID with prostate cancer IMRT codes and fractions in a utilisation-review e-mail.",
        frm="Prior Authorization <auth@kestrelbayradonc.org>",
        to="radiology.um@lakesbluecross.com",
        subject="Auth request follow-up - Hargrove",
        body="Following up on today's call: Silas Hargrove, member LBX902340019, C61, IMRT (77385) x 28 fractions with daily IGRT (77014). Peer-to-peer available with Dr. Sorensen Tues/Thurs.\n\nJasmine"
        + SIG,
    ),
    Spec(
        phi=False,
        category="annual report aggregate statistics",
        notes="Hard negative: center-wide counts by disease site; no individual.",
        frm="Practice Manager <manager@kestrelbayradonc.org>",
        to="foundation@northshoremc.org",
        subject="2026 numbers for the annual report",
        body="Hi Robin,\n\n2026 to date: 1,122 new patients; breast 34%, prostate 19%, lung 14%, head & neck 9%, other 24%. 212 SBRT/SRS courses. Median distance travelled 31 miles.\n\nCeleste"
        + SIG,
    ),
    Spec(
        phi=False,
        category="phishing warning to staff",
        notes="IT security notice; no patient information.",
        frm="IT Security <security@kestrelbayradonc.org>",
        to="staff@kestrelbayradonc.org",
        subject="Phishing: fake 'Helion service portal' password reset",
        body="Several of you received a message asking you to reset your Helion portal password. It is fake. Do not click; forward it to security@ and delete it.",
    ),
    Spec(
        phi=True,
        category="reply to daughter about father's mask fitting",
        notes="Hard positive: only first names and a relationship, but tells the daughter her dad's radiation mask fitting is moved.",
        frm="Kestrel Bay Scheduling <scheduling@kestrelbayradonc.org>",
        to="kimberly.dao@hotmail.com",
        subject="RE: Dad's appointment",
        body="Hi Kim,\n\nYes, we moved your dad's mask fitting to 2:00 PM Thursday so you can drive him. The simulation is right after, so plan on two hours.\n\nKestrel Bay Scheduling"
        + SIG,
    ),
    Spec(
        phi=False,
        category="staff influenza exposure notice",
        notes="Hard negative: a workforce illness notice with no person named and no patient exposure.",
        frm="Employee Health <employeehealth@kestrelbayradonc.org>",
        to="staff@kestrelbayradonc.org",
        subject="Influenza case on the Machine 2 team",
        body="A Machine 2 team member has tested positive for influenza A and is home recovering. No patient exposure occurred (masks were worn). Flu shots are still available Tuesday and Thursday in the break room.",
    ),
    Spec(
        phi=True,
        category="brachytherapy schedule to anesthesia group",
        notes="Hard positive: a csv with patient names, DOBs and HDR cervical brachytherapy fractions needing sedation; body is logistics.",
        frm="Brachy Coordinator <brachy@kestrelbayradonc.org>",
        to="scheduling@bayanesthesiapartners.com",
        subject="Dec HDR list - anesthesia coverage",
        body="December list attached. Same room, 07:30 starts.\n\nAlicia" + SIG,
        atts=(
            Att(
                "hdr_dec.csv",
                "text/csv",
                "date,patient,dob,procedure,fraction\n2026-12-02,Varga Noemi,1979-02-14,HDR tandem and ring,1/4\n2026-12-09,Varga Noemi,1979-02-14,HDR tandem and ring,2/4\n2026-12-03,Okoro Adaeze,1985-06-30,HDR interstitial,1/5\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor quote for immobilization supplies",
        notes="Purchasing e-mail; no patient information.",
        frm="Operations <ops@kestrelbayradonc.org>",
        to="quotes@ridgeimmobilization.com",
        subject="Quote - vac-lok bags and knee sponges",
        body="Please quote 20 medium vac-lok cushions and 10 knee sponges, delivered. Account 44810.\n\nPete Lindahl, Operations"
        + SIG,
    ),
    Spec(
        phi=False,
        category="reply to dosimetry student applicant",
        notes="Personal-mailbox reply to a student asking about a dosimetry internship; no health information.",
        frm="Dosimetry <dosimetry@kestrelbayradonc.org>",
        to="jlarkin.dosimetry@gmail.com",
        subject="Re: dosimetry internship",
        body="Hi Jordan,\n\nThanks for your interest. Our spring internship applications open January 5; we take two students. Please send a CV and a letter from your program director.\n\nMei Chen, CMD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="interpreter booking for daily radiation",
        notes="Names a patient needing a Vietnamese interpreter for daily radiation visits over five weeks.",
        frm="Patient Services <patientservices@kestrelbayradonc.org>",
        to="bookings@greatlakeslanguageservices.com",
        subject="Standing interpreter request",
        body="Hello,\n\nPlease book a Vietnamese interpreter for Mr. Tran Van Duc for his daily radiation treatments, Monday-Friday at 8:15 AM, November 24 through December 23, plus his weekly doctor visit on Wednesdays at 8:45.\n\nMarisol Reyes"
        + SIG,
    ),
    Spec(
        phi=False,
        category="TG-119 test plan discussion",
        notes="Hard negative: planning benchmark discussion using standard test-suite phantom geometries ('C-shape', 'head and neck'); no patient.",
        frm="Dosimetry <dosimetry@kestrelbayradonc.org>",
        to="dosimetry@northshoremc.org",
        subject="TG-119 benchmark results for the new optimizer",
        body="Hi all,\n\nWe ran the TG-119 test suite (prostate, head and neck, C-shape easy/hard) on the v18 optimizer. Gamma pass 3%/3 mm: 99.1-99.8%. Happy to share the structure sets; they are the published phantom geometries, not patient data.\n\nMei"
        + SIG,
    ),
    Spec(
        phi=True,
        category="weekly on-treatment visit note to PCP",
        notes="Plain note to a primary care doctor naming the patient, breast radiation fraction and dermatitis.",
        frm="Dr. Anika Sorensen <asorensen@kestrelbayradonc.org>",
        to="drhale@kestrelbayfamilypractice.com",
        subject="OTV update",
        body="Dr. Hale,\n\nWeekly update on Lorraine Beck: fraction 15 of 25 to the left breast, grade 1 dermatitis, fatigue mild, weight stable. No changes to her metoprolol needed from our side.\n\nAnika Sorensen, MD"
        + SIG,
    ),
]
