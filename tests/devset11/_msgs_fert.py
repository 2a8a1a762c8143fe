"""Larkspur Fertility & Embryology: nursing, embryology lab, andrology, billing, admin (30)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, ics, pdf, png, xlsx
from _spec import LFE, Att, Spec

_NURSE = f"Larkspur Nursing <nursing@{LFE}>"
_EMB = f"Embryology Lab <embryology@{LFE}>"

_FHIR_TEST = """{
  "resourceType": "Patient",
  "id": "test-ivf-0001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "TESTPATIENT", "given": ["IVF"]}],
  "gender": "female",
  "birthDate": "1990-01-01",
  "identifier": [{"system": "urn:larkspur:test", "value": "TST-0001"}]
}
"""

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="fert_ics_embryo_transfer_initials",
        notes="Hard positive: ICS invite, initials plus frozen embryo transfer with embryo grade",
        frm=f"Procedure Scheduling <procedures@{LFE}>",
        to=f"Dr. Obiageli Nwankwo <onwankwo@{LFE}>",
        subject="FET Tue 11/17 10:30",
        body="",
        ics=ics(
            "fet-1117-1030@larkspurfertility.com",
            "FET - K.M. - 1 blast 5AA (thaw 0830)",
            "20261117T103000",
            "20261117T110000",
            organizer=f"procedures@{LFE}",
            location="Procedure room 2",
            description="Natural cycle FET, PGT-A euploid. Partner attending. Full bladder.",
        ),
    ),
    Spec(
        phi=True,
        category="fert_subject_only_cryo_renewal_pt_id",
        notes="Hard positive: subject-only, clinic patient id plus overdue cryo storage renewal",
        frm=f"Patient Accounts <accounts@{LFE}>",
        to=f"embryology@{LFE}",
        subject="cryo storage renewal overdue 90+ days - pt ID LF-20931, 3 embryos tank B",
        body="",
    ),
    Spec(
        phi=True,
        category="fert_beta_result_to_patient_gmail",
        notes=(
            "Hard positive: first name plus pregnancy test value and progesterone to patient gmail"
        ),
        frm=f"Jolene Whitaker RN <jwhitaker@{LFE}>",
        to="aisha.rahimi.91@gmail.com",
        subject="great news!!",
        body=(
            "Hi Aisha, great news - beta 212 today! Repeat Thurs. Keep PIO 1 mL nightly. Call w/ "
            "any bleeding.\n\nJolene RN\n"
        ),
    ),
    Spec(
        phi=True,
        category="fert_embryo_shipment_coc_pdf",
        notes="Chain-of-custody PDF for an embryo shipment: names, DOBs, straw ids",
        frm=_EMB,
        to="lab@cedarsoundfertility.com",
        subject="shipment CoC - dry shipper DS-12",
        body="CoC attached, shipper leaves via courier 0900 Mon, signed seal #58812.\n",
        atts=(
            Att(
                "CoC_DS-12.pdf",
                "application/pdf",
                pdf(
                    [
                        "LARKSPUR FERTILITY & EMBRYOLOGY - CHAIN OF CUSTODY",
                        "Patient: Fenwick-Adeyemi, Harriet  DOB 07/22/1987",
                        "Partner: Adeyemi, Tunde  DOB 01/05/1985",
                        "Contents: 2 vitrified blastocysts, straws LF-B-2211-1, LF-B-2211-2",
                        "Released by: M. Castellano, embryologist   Seal 58812",
                        "Received by: ______________________",
                    ],
                    "Chain of custody DS-12",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fert_retrieval_text_style_last_name",
        notes="Hard positive: text-style retrieval outcome with last name only",
        frm=f"Mirela Castellano <mcastellano@{LFE}>",
        to=_NURSE,
        subject="3:15 ER",
        body="deshpande ER done, 14 eggs 11 MII, ICSI all, fert check tmrw 9. let her know pls\n",
    ),
    Spec(
        phi=True,
        category="fert_cryo_inventory_xlsx_multisheet",
        notes="Cryo inventory workbook: patient names, tank/canister positions, embryo counts",
        frm=_EMB,
        to=f"labdirector@{LFE}",
        subject="tank audit",
        body="annual tank audit, 2 tabs. 3 discrepancies highlighted on tank C.\n",
        atts=(
            Att(
                "cryo_audit_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Tank B": [
                            ["Patient", "LF ID", "Canister", "Cane", "Embryos"],
                            ["Yamaguchi, Emi", "LF-18820", "3", "B3-07", 4],
                            ["Ortega-Blum, Sofia", "LF-20931", "5", "B5-02", 3],
                        ],
                        "Tank C": [
                            ["Patient", "LF ID", "Canister", "Oocytes", "Note"],
                            ["Harrowgate, Celia", "LF-16602", "1", 12, "egg freezing, pre-chemo"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fert_donor_recipient_ids",
        notes="Hard positive: recipient id with donor-egg cycle sync, no name",
        frm=f"Donor Program <donors@{LFE}>",
        to=f"Dr. Obiageli Nwankwo <onwankwo@{LFE}>",
        subject="match",
        body=(
            "Recipient R-3317 matched w/ donor D-0922. Start recipient estrace 11/20, donor stims "
            "11/23. recipient is 44, prior 2 failed FETs.\n"
        ),
    ),
    Spec(
        phi=True,
        category="fert_reply_to_husband_icloud",
        notes=(
            "Hard positive: reply to a husband at icloud, wife's first name, transfer and PIO shots"
        ),
        frm=f"Jolene Whitaker RN <jwhitaker@{LFE}>",
        to="wei.zhangfam@icloud.com",
        subject="Re: transfer tues?",
        body=(
            "yes Tuesday 10:30, arrive 10. she can take valium 30 min before if Dr prescribed.\n\n"
            "> thanks, Mei's transfer is Tuesday right? she's nervous about the progesterone "
            "shots, can I do them for her?\n\nyes you can, we'll show you at 10.\nJolene\n"
        ),
    ),
    Spec(
        phi=True,
        category="fert_semen_analysis_initial",
        notes="Hard positive: andrology specimen id with an initial and abnormal semen analysis",
        frm=f"Andrology <andrology@{LFE}>",
        to="office@mtrainieruro.com",
        subject="SA results spec A-6612",
        body=(
            "spec A-6612 (Mr. R., ref by Dr. Kessler): 3 M/mL, motility 18%, morph 2% strict. "
            "Recommend repeat + DNA frag.\n"
        ),
    ),
    Spec(
        phi=True,
        category="fert_pgt_results_csv",
        notes="PGT-A results CSV with embryo ids keyed to a patient name",
        frm=_EMB,
        to=f"Dr. Obiageli Nwankwo <onwankwo@{LFE}>",
        subject="PGT back - Farouk",
        body="PGT-A results in. 2 euploid of 5.\n",
        atts=(
            Att(
                "PGT_Farouk_Layla.csv",
                "text/csv",
                "patient,embryo,day,grade,result\nFarouk Layla,E1,5,4AA,euploid 46XX\n"
                "Farouk Layla,E2,5,4AB,aneuploid +16\nFarouk Layla,E3,6,5BB,euploid 46XY\n"
                "Farouk Layla,E4,6,3BC,mosaic 30% -7\nFarouk Layla,E5,6,4CB,aneuploid -22\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fert_embryo_disposition_consent_docx",
        notes="Embryo disposition consent DOCX with both partners' names and choices",
        frm=f"Consents <consents@{LFE}>",
        to=f"legal@{LFE}",
        subject="disposition consent - needs review",
        body="Couple crossed out section 4 by hand, can you look before we countersign?\n",
        atts=(
            Att(
                "disposition_consent_Lindqvist_Okafor.docx",
                DOCX,
                docx(
                    [
                        "Larkspur Fertility & Embryology - Embryo Disposition Consent",
                        "Patients: Annika Lindqvist (DOB 1986-09-14) and Chidi Okafor (DOB "
                        "1984-03-02)",
                        "Embryos in storage: 3 blastocysts (2025 cycle)",
                        "In the event of divorce: donate to research (section 4 struck through by "
                        "hand)",
                        "In the event of death of one partner: remaining partner decides",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fert_subject_only_phone_trigger",
        notes="Hard positive: subject-only, patient phone number plus trigger shot timing",
        frm=f"Front Desk <frontdesk@{LFE}>",
        to=_NURSE,
        subject="pls call 971-555-0164 back re: trigger shot timing tonight - she's on cetrotide",
        body="",
    ),
    Spec(
        phi=True,
        category="fert_forward_surrogate_preauth",
        notes="Forwarded payer denial for a gestational carrier with member id and SSN",
        frm=f"Financial Counseling <fincounsel@{LFE}>",
        to=f"Dr. Obiageli Nwankwo <onwankwo@{LFE}>",
        subject="Fw: pre-auth denied (carrier)",
        body="Denied again, peer-to-peer available until 11/20. Want me to book it?\n",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Utilization Review <um@evergreenmutualhealth.com>",
            to=f"fincounsel@{LFE}",
            subject="pre-auth denied (carrier)",
            body=(
                "Member: Danielle Kowalski-Reyes  ID: EVM448120937  SSN on file 531-40-2276\n"
                "Request: embryo transfer (CPT 58974) to gestational carrier\n"
                "Decision: denied - gestational carrier services excluded under plan.\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fert_embryo_photo_name_filename",
        notes="Hard positive: name only in the PNG file name and the recipient address, not body",
        frm=_EMB,
        to="joanna.walczak88@hotmail.com",
        subject="your photo :)",
        body="As promised! Good luck Tuesday.\n",
        atts=(Att("Embryo_D5_Walczak_Joanna.png", "image/png", png(10, 10, (190, 170, 150))),),
    ),
    Spec(
        phi=True,
        category="fert_encrypted_zip_transfer_records",
        notes="Encrypted ZIP of a patient's records for a clinic transfer; body names the patient",
        frm=f"Medical Records <records@{LFE}>",
        to="records@cedarsoundfertility.com",
        subject="records transfer",
        body=(
            "Records for Harriet Fenwick-Adeyemi (embryo transfer to your clinic) attached, "
            "password by phone.\n"
        ),
        atts=(
            Att(
                "records_fenwick.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "cycle_summary.txt": (
                            "IVF 2025: 2 blasts vitrified. AMH 1.1. "
                            "Dx diminished ovarian reserve.\n"
                        )
                    },
                    "Larkspur-4471",
                ),
            ),
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="fert_ln2_fill_schedule",
        notes="Hard negative: LN2 fill schedule and cryo storage alarm, no patients",
        frm=_EMB,
        to=f"embryology-staff@{LFE}",
        subject="LN2 fills + tank alarms",
        body=(
            "Fills M/W/F 7am. Tank B alarm threshold now 12 cm. If the dewar alarm goes off after "
            "hours call the on-call embryologist, not the front desk.\n"
        ),
    ),
    Spec(
        phi=False,
        category="fert_success_rates_marketing",
        notes="Hard negative: aggregate live birth rates by age for the website",
        frm=f"Marketing <marketing@{LFE}>",
        to="web@sagepinecreative.com",
        subject="2025 SART numbers for the site",
        body=(
            "Live birth per transfer: <35 52%, 35-37 44%, 38-40 31%, >40 14%. Total retrievals "
            "612.\n"
        ),
    ),
    Spec(
        phi=False,
        category="fert_coc_sop_docx",
        notes="Hard negative: chain-of-custody SOP for gamete transport",
        frm=f"Quality <quality@{LFE}>",
        to=f"embryology-staff@{LFE}",
        subject="SOP EMB-22 v4",
        body="Updated chain of custody SOP, read + sign by 11/30.\n",
        atts=(
            Att(
                "EMB-22_gamete_transport_v4.docx",
                DOCX,
                docx(
                    [
                        "EMB-22 Chain of Custody for Gamete and Embryo Transport",
                        "Two-person witness at every transfer step (RI Witness or manual).",
                        "Dry shipper charged 24 h; data logger on; tamper seal number recorded.",
                        "Receiving clinic confirms seal number and temperature log on arrival.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fert_asrm_abstract",
        notes="Conference abstract submission reminder",
        frm=f"Dr. Obiageli Nwankwo <onwankwo@{LFE}>",
        to="tobias.ferncliff.md@gmail.com",
        subject="ASRM abstracts due 4/1",
        body=(
            "Tobias - are we submitting the time-lapse morphokinetics data as co-authors? "
            "Aggregate tables only, I'll send the deck from work email.\n"
        ),
    ),
    Spec(
        phi=False,
        category="fert_job_posting_embryologist",
        notes="Hard negative: embryologist job posting with ICSI, vitrification, embryo transfer",
        frm=f"HR <hr@{LFE}>",
        to="jobs@embryologyjobs.net",
        subject="Senior Embryologist - Portland",
        body=(
            "ICSI, biopsy, vitrification/warming, embryo transfer loading; ELD/TS(ABB) preferred.\n"
        ),
    ),
    Spec(
        phi=False,
        category="fert_media_invoice_po",
        notes="Hard negative: culture media invoice with SSN-shaped PO number",
        frm=f"Accounts Payable <ap@{LFE}>",
        to="ar@vitrolinemedia.com",
        subject="PO 508-31-7724",
        body=(
            "Received 20 x G-TL media and 6 vitrification kits under PO 508-31-7724, lot 2611A. "
            "Paying net 30.\n"
        ),
    ),
    Spec(
        phi=False,
        category="fert_nurse_schedule",
        notes="Hard negative: nurse names assigned to retrieval days",
        frm=f"Nursing Manager <nursemgr@{LFE}>",
        to=_NURSE,
        subject="retrieval coverage",
        body=(
            "ER days next wk: Mon Jolene, Tue Priscilla, Wed Jolene, Thu Ngozi, Fri Priscilla. "
            "Sat/Sun on-call Ngozi.\n"
        ),
    ),
    Spec(
        phi=False,
        category="fert_preservation_webinar_html",
        notes=(
            "Hard negative: public info session on fertility preservation before cancer treatment"
        ),
        frm=f"Marketing <marketing@{LFE}>",
        to="events@portlandcancersupport.org",
        subject="Info session: fertility preservation",
        body="",
        html=(
            "<html><body><h3>Fertility preservation before cancer treatment</h3>"
            "<p>Free online session, Dec 9, 6pm. Egg, embryo and sperm freezing, "
            "timing with chemotherapy, insurance.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="fert_ics_qc_meeting",
        notes="Hard negative: embryology QC meeting invite",
        frm=_EMB,
        to=f"embryology-staff@{LFE}",
        subject="Monthly embryology QC",
        body="see invite\n",
        ics=ics(
            "embqc-1119@larkspurfertility.com",
            "Embryology QC / KPI review",
            "20261119T160000",
            "20261119T170000",
            organizer=f"embryology@{LFE}",
            location="Lab conf room",
            description="Fert rate, blast rate, survival after warming, incubator pH logs.",
        ),
    ),
    Spec(
        phi=False,
        category="fert_deidentified_research_csv",
        notes="Hard negative: de-identified blastocyst rates by age band",
        frm=f"Research <research@{LFE}>",
        to="stats@pdxrepromed.edu",
        subject="deid blast data",
        body="No identifiers, age bands only.\n",
        atts=(
            Att(
                "blast_rates_deid.csv",
                "text/csv",
                "age_band,cycles,mii,blasts,blast_rate\n<35,210,2310,1155,0.50\n35-37,140,1260,504,0.40\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fert_clinician_intro_npi_dea",
        notes="Hard negative: a physician's NPI and DEA with her special interests",
        frm=f"Credentialing <credentialing@{LFE}>",
        to="intake@cascadiaspecialtyrx.com",
        subject="new prescriber",
        body=(
            "Please add Dr. Obiageli Nwankwo, REI (special interest PCOS, endometriosis) - "
            "NPI 1810341333, DEA FM5150329. Same fax as the practice.\n"
        ),
    ),
    Spec(
        phi=False,
        category="fert_synthetic_fhir_test",
        notes="Hard negative: FHIR Patient tagged HTEST, a synthetic test record",
        frm=f"IT <it@{LFE}>",
        to="onboarding@witnesssystemsvendor.com",
        subject="test patient for sandbox",
        body="Synthetic test patient for the sandbox interface, not a real person.\n",
        atts=(Att("Patient-test-ivf-0001.json", "application/fhir+json", _FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="fert_subject_only_ln2_delivery",
        notes="Hard negative: subject-only LN2 delivery notice",
        frm=_EMB,
        to=f"facilities@{LFE}",
        subject="LN2 delivery tmrw 8am dock B - need the cage unlocked",
        body="",
    ),
    Spec(
        phi=False,
        category="fert_portal_rollout",
        notes="Patient portal rollout notice to staff",
        frm=f"IT <it@{LFE}>",
        to=f"all-staff@{LFE}",
        subject="new portal 12/1",
        body="Portal go-live 12/1. Patients get an invite text. Training Thursday noon.\n",
    ),
    Spec(
        phi=False,
        category="fert_donor_recruitment_ad",
        notes="Egg donor recruitment ad copy, no individuals",
        frm=f"Donor Program <donors@{LFE}>",
        to="ads@pdxweeklymedia.com",
        subject="donor ad copy",
        body=(
            "Healthy women 21-30, nonsmokers. Compensation $9,000 per completed cycle. "
            "larkspurfertility.com/donate\n"
        ),
    ),
]
