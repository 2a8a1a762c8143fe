"""Outbound mail of Bluewater Fertility Center (fertility clinic, IVF lab, billing) (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import BWF, NSD, Att, Spec

SIG_NURSE = "\n\nJenna Whitfield, RN, BSN\nIVF Nurse Coordinator | Bluewater Fertility Center\n2200 Lakeview Parkway, Suite 400, Milford, IL 60431\nT (630) 555-0142"
DISCLAIMER = (
    "\n\n--\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the "
    "intended recipient and may contain confidential information. If you received it in error, "
    "please notify the sender and delete it."
)

MESSAGES = [
    Spec(
        phi=True,
        category="beta hCG pregnancy result to patient gmail",
        notes="Patient's first name, beta hCG value and positive pregnancy sent to her personal gmail.",
        frm=f"Jenna Whitfield <jwhitfield@{BWF}>",
        to="danielle.ferraro88@gmail.com",
        subject="Your blood test today",
        body=(
            "Hi Danielle,\n\nGreat news - your beta hCG this morning came back at 212, which is a positive "
            "pregnancy test at 14 days past transfer. Dr. Raman would like a repeat beta on Thursday to make "
            "sure it is doubling. Please keep taking the estradiol 2 mg three times a day and the progesterone "
            "in oil every evening until we tell you otherwise.\n\nCongratulations!" + SIG_NURSE
        ),
    ),
    Spec(
        phi=True,
        category="retrieval cancellation to anesthesia group",
        notes="Hard positive: surname and cancelled egg retrieval for poor ovarian response, sent to an outside anesthesia group.",
        frm=f"OR Scheduling <orschedule@{BWF}>",
        to="scheduling@prairieanesthesiapartners.com",
        subject="Kowalski 10/21 retrieval - CANCEL (poor response)",
        body="Please release the 7:30 slot Wednesday. Kowalski converted to IUI, only 2 follicles. Thx - Marta",
    ),
    Spec(
        phi=True,
        category="frozen embryo transfer invitation with calendar",
        notes="Hard positive: body says only 'appointment confirmed'; the calendar part names the patient and the frozen embryo transfer.",
        frm=f"Bluewater Scheduling <appointments@{BWF}>",
        to="alina.petrova.home@icloud.com",
        subject="Appointment confirmed",
        body="Your appointment is confirmed. Please add it to your calendar and arrive 30 minutes early with a full bladder.\n\nBluewater Fertility Center",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Bluewater Fertility//Scheduling//EN\nMETHOD:REQUEST\n"
            "BEGIN:VEVENT\nUID:fet-20261023-0915@bluewaterfertility.com\nDTSTAMP:20261016T150000Z\n"
            "DTSTART:20261023T141500Z\nDTEND:20261023T150000Z\n"
            "SUMMARY:Frozen embryo transfer (FET) - Alina Petrova - Dr. Okafor\n"
            "LOCATION:Bluewater Fertility Center, Procedure Room 2\n"
            "DESCRIPTION:Take Valium 5 mg 1 hr prior. Continue PIO. 1 euploid blastocyst (5AA) thawed.\n"
            "ATTENDEE;CN=Alina Petrova:mailto:alina.petrova.home@icloud.com\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="awareness-week newsletter HTML",
        notes="Hard negative: HTML newsletter about infertility awareness with clinic-wide statistics; no individual.",
        frm=f"Bluewater Fertility <news@{BWF}>",
        to="subscribers@lists.bluewaterfertility.com",
        subject="You are not alone: 1 in 6 people face infertility",
        body="",
        html=(
            "<html><body><h1>National Infertility Awareness Week</h1><p>1 in 6 people worldwide experience "
            "infertility. Last year our team performed 1,412 IVF retrievals and welcomed more than 600 babies.</p>"
            "<p>Join our free support circle on Tuesday evenings, led by our counselling team. Topics include "
            "coping with failed cycles, PCOS and endometriosis.</p><p><a href='https://bluewaterfertility.com/support'>"
            "Register here</a></p><p style='font-size:10px'>Unsubscribe | 2200 Lakeview Parkway, Milford IL</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate outcome workbook to board",
        notes="Hard negative: multi-sheet workbook of live-birth rates by age band and cycle type; counts only.",
        frm=f"Quality Office <quality@{BWF}>",
        to="board@bluewaterfertility.com",
        subject="Q3 outcomes pack for Thursday",
        body="Board members,\n\nAttached are the Q3 outcome tables we will discuss Thursday. Numbers are cycle counts; nothing patient-level.\n\nR. Haddad\nDirector of Quality",
        atts=(
            Att(
                "Q3_2026_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "By age": [
                            ["Age band", "Retrievals", "Transfers", "Live births", "Rate"],
                            ["<35", 212, 188, 101, 0.537],
                            ["35-37", 141, 119, 52, 0.437],
                            ["38-40", 97, 74, 21, 0.284],
                            ["41-42", 38, 25, 4, 0.16],
                            [">42", 19, 9, 1, 0.111],
                        ],
                        "By cycle type": [
                            ["Type", "Cycles", "Clinical pregnancy"],
                            ["Fresh autologous", 233, 96],
                            ["FET autologous", 301, 168],
                            ["Donor egg", 44, 29],
                            ["IUI", 517, 71],
                        ],
                        "Notes": [
                            ["Source", "SART CORS export, cycle-level counts"],
                            ["Suppression", "Cells under 5 reported as <5 in public version"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="837 professional claim for IUI",
        notes="Hard positive: one-line body; the X12 837 attachment carries the patient's name, DOB, member ID and infertility diagnosis codes.",
        frm=f"Billing <billing@{BWF}>",
        to="edi-intake@midwestunitedhealthplan.com",
        subject="837P batch 4471",
        body="Batch 4471 attached, 1 claim. Please confirm receipt with a 999.",
        atts=(
            Att(
                "BWF_837P_4471.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*BLUEWATERFC    *ZZ*MWUHP          *261016*1130*^*00501*000004471*0*P*:~\n"
                    "GS*HC*BLUEWATERFC*MWUHP*20261016*1130*4471*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
                    "NM1*85*2*BLUEWATER FERTILITY CENTER*****XX*1314460266~\n"
                    "NM1*IL*1*HALVORSEN*KRISTIN****MI*MWU448192007~\nDMG*D8*19890304*F~\n"
                    "CLM*BWF-88213*1240***11:B:1*Y*A*Y*Y~\nHI*ABK:N970*ABF:E282~\n"
                    "SV1*HC:58322*980*UN*1***1~\nSV1*HC:76857*260*UN*1***1~\nDTP*472*D8*20261009~\nSE*11*0001~\nGE*1*4471~\nIEA*1*000004471~\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 AMH result to referring OB interface",
        notes="HL7 ORU message with patient name, MRN, DOB and anti-Mullerian hormone result sent to the referring practice.",
        frm=f"Lab Interface <interface@{BWF}>",
        to="hl7inbox@northshorewomenshealth.org",
        subject="ORU results feed - Bluewater",
        body="Automated results delivery. 1 message attached.",
        atts=(
            Att(
                "ORU_20261016_0932.hl7",
                "application/hl7-v2",
                (
                    "MSH|^~\\&|BWF_LIS|BLUEWATER|NSWH_EHR|NORTHSHORE|202610160932||ORU^R01|BWF771203|P|2.5.1\r"
                    "PID|1||BWF-0448120^^^BWF^MR||SANTOS^MARISOL^E||19910719|F|||718 W ASHBY CT^^JOLIET^IL^60435\r"
                    "ORC|RE|ORD55671|||CM\r"
                    "OBR|1|ORD55671||83520^ANTI-MULLERIAN HORMONE^CPT|||202610141015\r"
                    "OBX|1|NM|21198-7^AMH^LN||0.62|ng/mL|1.0-3.5|L|||F\r"
                    "NTE|1||Diminished ovarian reserve pattern; discuss with REI.\r"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR semen analysis for male partner",
        notes="FHIR Observation with the male partner's name, DOB and low sperm concentration sent to his urologist.",
        frm=f"Andrology Lab <andrology@{BWF}>",
        to="results@lakeshoreurology.com",
        subject="Semen analysis - FHIR export as requested",
        body="Dr. Bishop,\n\nAs requested, the semen analysis for your patient is attached as a FHIR resource for your EHR import.\n\nAndrology Laboratory\nBluewater Fertility Center",
        atts=(
            Att(
                "semen_analysis_obs.json",
                "application/fhir+json",
                (
                    '{"resourceType": "Observation", "id": "bwf-sa-20261015-31", "status": "final",\n'
                    ' "code": {"coding": [{"system": "http://loinc.org", "code": "10573-4", "display": "Sperm concentration"}]},\n'
                    ' "subject": {"display": "Derek Holloway", "identifier": {"system": "urn:bwf:mrn", "value": "BWF-0451877"}},\n'
                    ' "effectiveDateTime": "2026-10-15T08:40:00-05:00",\n'
                    ' "valueQuantity": {"value": 4.1, "unit": "10*6/mL"},\n'
                    ' "interpretation": [{"text": "Oligospermia; motility 22%, normal forms 2%"}],\n'
                    ' "extension": [{"url": "urn:bwf:birthDate", "valueDate": "1984-02-11"}]}\n'
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="incubator alarm log to service engineer",
        notes="Hard negative: incubator temperature and CO2 log with an equipment serial and alarm codes; no patient data.",
        frm=f"Embryology Lab <embryology@{BWF}>",
        to="fieldservice@cryoteklabsystems.com",
        subject="Incubator K-3 alarm overnight - log attached",
        body="Hi Sam,\n\nK-3 (serial CTK-19-00871) threw a CO2 low alarm at 02:14 and recovered by 02:40. All dishes were moved to K-1 as a precaution. Log attached. Can you come out Monday?\n\nTomas Keller, Lab Director",
        atts=(
            Att(
                "K3_log_20261015.csv",
                "text/csv",
                (
                    "timestamp,chamber,temp_c,co2_pct,o2_pct,alarm\n2026-10-15T01:50,A,37.0,6.0,5.0,\n"
                    "2026-10-15T02:14,A,37.0,4.7,5.1,CO2_LOW\n2026-10-15T02:26,A,37.0,5.4,5.0,CO2_LOW\n"
                    "2026-10-15T02:40,A,37.0,5.9,5.0,\n2026-10-15T02:40,B,37.1,6.0,5.0,\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="cryostorage transfer manifest to storage vendor",
        notes="Hard positive: CSV of patient names, dates of birth and embryo straw counts sent to an off-site cryostorage company.",
        frm=f"Tomas Keller <tkeller@{BWF}>",
        to="intake@polarvaultcryo.com",
        subject="Shipment 12 manifest - dewar BW-D7",
        body="Hi Renee,\n\nManifest for Friday's shipper attached. 6 patients, 19 straws/devices. Consent-to-transfer forms are in the dewar pouch.\n\nTomas",
        atts=(
            Att(
                "BW-D7_manifest.csv",
                "text/csv",
                (
                    "patient_last,patient_first,dob,partner,material,devices,freeze_date\n"
                    "Oyelaran,Funmi,1987-06-02,Oyelaran Tunde,blastocyst,3,2024-03-11\n"
                    "Strand,Helena,1990-12-19,,oocyte,8,2025-01-30\n"
                    "Mwangi,Grace,1985-09-08,Otieno Paul,blastocyst,2,2023-07-21\n"
                    "Delacroix,Yvette,1982-04-27,,blastocyst,1,2022-11-02\n"
                    "Pham,Linh,1993-02-14,Pham Bao,embryo D3,4,2024-09-17\n"
                    "Brenner,Josh,1980-10-30,,sperm,1,2021-05-06\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff flu vaccination clinic notice",
        notes="Staff notice about a flu shot clinic; no patient or individual health information.",
        frm=f"Human Resources <hr@{BWF}>",
        to="allstaff@bluewaterfertility.com",
        subject="Staff flu shots Oct 27-28",
        body="Team,\n\nEmployee flu shots will be offered in the break room Oct 27-28, 11-2. Bring your insurance card. If you decline, please sign the declination form by Nov 15.\n\nThanks,\nHR",
    ),
    Spec(
        phi=False,
        category="embryologist job posting sent to a referred candidate",
        notes="Hard negative: job ad full of clinical terms (ICSI, PGT-A biopsy, vitrification) forwarded to a candidate's gmail; no patient.",
        frm=f"Careers <careers@{BWF}>",
        to="dev.malhotra.embryo@gmail.com",
        subject="Senior Clinical Embryologist - the role Tomas mentioned",
        body=(
            "Hi Dev,\n\nTomas Keller said you might be interested. Here is the posting:\n\nSENIOR CLINICAL EMBRYOLOGIST\nBluewater Fertility Center seeks an "
            "embryologist with 3+ years of ICSI, assisted hatching, trophectoderm biopsy for PGT-A and vitrification "
            "experience. ELD/TS (ABB) preferred. Duties include oocyte retrieval support, sperm prep for IUI, cryostorage "
            "inventory and QC. Competitive salary, weekend rotation 1 in 4.\n\nIf you'd like to chat, reply with a couple of times that work.\n\nAnita Cole, Talent Acquisition"
        ),
    ),
    Spec(
        phi=True,
        category="patient statement with cycle charges",
        notes="PDF statement addressed to a named patient with account number and IVF charges, sent to her outlook mailbox.",
        frm=f"Patient Accounts <billing@{BWF}>",
        to="k.abernathy@outlook.com",
        subject="Your October statement",
        body="Dear Ms. Abernathy,\n\nYour statement is attached. The balance reflects your insurer's denial of the ICSI charge; you may appeal within 180 days.\n\nPatient Accounts\n(630) 555-0150"
        + DISCLAIMER,
        atts=(
            Att(
                "Statement_AC-2207781.pdf",
                "application/pdf",
                pdf(
                    [
                        "BLUEWATER FERTILITY CENTER - PATIENT STATEMENT",
                        "Statement date: 10/16/2026    Account: AC-2207781",
                        "Patient: Kelsey Abernathy, 44 Fenwick Lane, Naperville IL 60540",
                        "09/02/2026  IVF retrieval (58970)            $4,850.00",
                        "09/02/2026  ICSI (89280)                      $1,900.00  DENIED",
                        "09/07/2026  Embryo cryopreservation (89258)   $  950.00",
                        "Insurance paid: $4,120.00    Patient balance due: $3,580.00",
                    ],
                    "Statement AC-2207781",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="physician forwards patient question to outside OB",
        notes="Hard positive: 'FYI' forward; the attached original e-mail from the patient describes spotting after embryo transfer.",
        frm=f"Dr. Priya Raman <praman@{BWF}>",
        to="dr.feldman@fairviewobgyn.com",
        subject="FW: question",
        body="Aaron - FYI, she'll be seeing you Monday for the 7-week scan. I told her spotting is common. P.",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="nadia.k.rahimi@gmail.com",
            to=f"praman@{BWF}",
            subject="question",
            body="Dr Raman, I have had some brown spotting since yesterday, 5 weeks after my transfer. Should I be worried? Still on the progesterone suppositories. - Nadia Rahimi",
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training quiz with fictitious patient",
        notes="Hard negative: training quiz whose scenarios use a clearly declared fictitious patient and placeholder record number.",
        frm=f"Compliance <compliance@{BWF}>",
        to="allstaff@bluewaterfertility.com",
        subject="Annual privacy training - quiz due Oct 31",
        body="Please complete the attached quiz. All names in the scenarios are invented for training.",
        atts=(
            Att(
                "Privacy_Quiz_2026.docx",
                DOCX,
                docx(
                    [
                        "Bluewater Fertility Center - Annual Privacy Quiz 2026",
                        "All people in these scenarios are fictitious (TRAINING ONLY).",
                        "1. A caller says she is 'Patty Example's' sister and asks whether the IVF cycle worked. What do you do?",
                        "2. You find a printed schedule listing MRN TEST-000000 in the copier. Who do you notify?",
                        "3. True or false: you may text a patient's beta result to her partner if she gave verbal permission last year.",
                        "4. Where should you report a misdirected e-mail?",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="work excuse letter to employer",
        notes="Hard positive: tells an employer that a named employee is a patient of a fertility clinic having a procedure; no diagnosis but care at the clinic is PHI.",
        frm=f"Front Desk <frontdesk@{BWF}>",
        to="leaves@granitelogistics.com",
        subject="Excuse note - Megan Lindqvist",
        body="To whom it may concern,\n\nMegan Lindqvist is under the care of Bluewater Fertility Center and will have a procedure here on October 22, 2026 requiring sedation. She should not return to work until October 23.\n\nSincerely,\nFront Desk, Bluewater Fertility Center",
    ),
    Spec(
        phi=True,
        category="encrypted records to surrogacy attorney",
        notes="Records of a gestational carrier's medical clearance and intended parents, sent to a surrogacy lawyer as a password-protected zip, body names them.",
        frm=f"Medical Records <records@{BWF}>",
        to="paralegal@thornefamilylaw.com",
        subject="Requested records - Garza/Whitman matter",
        body="Ms. Liu,\n\nPer the signed authorization, attached are the medical clearance records for gestational carrier Brianna Garza and the embryo disposition records for the intended parents (Whitman). The password will follow by text message to your office line.\n\nMedical Records Dept.",
        atts=(
            Att(
                "Garza_Whitman_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "carrier_clearance.txt": "Brianna Garza DOB 1994-08-30. Uterine evaluation normal (saline sonogram 2026-08-12). Infectious disease panel negative. Psych eval cleared.",
                        "embryo_disposition.txt": "Intended parents: Caleb and Ian Whitman. 2 euploid blastocysts allocated to carrier. Transfer planned Nov 2026.",
                    },
                    "BW-rec-7781",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="gonadotropin shortage notice to nurses",
        notes="Hard negative: drug shortage notice with protocol substitutions; no patient named.",
        frm=f"Pharmacy Liaison <pharmacy@{BWF}>",
        to="nursing@bluewaterfertility.com",
        subject="Menopur backorder - protocol substitutions",
        body="All,\n\nOur specialty pharmacy reports Menopur 75 IU is backordered until mid-November. For new starts, Dr. Raman and Dr. Okafor approve substituting Gonal-F 75 IU (or Follistim 75) per the attached matrix in the shared drive. Patients already mid-stimulation have supply. Do not promise Menopur to anyone starting next week.\n\nThanks, Ivy",
    ),
    Spec(
        phi=False,
        category="EMR downtime notice",
        notes="IT notice about EMR downtime; no health information.",
        frm=f"IT Service Desk <it@{BWF}>",
        to="allstaff@bluewaterfertility.com",
        subject="EMR downtime Sat 10/24 22:00-02:00",
        body="eIVF will be unavailable Saturday night for the upgrade. Use paper downtime forms (binder at each nurse station). Lab: use the paper witnessing log.",
    ),
    Spec(
        phi=True,
        category="terse estradiol and trigger note to answering service",
        notes="Hard positive: terse note with MRN, estradiol level and trigger instructions for an on-call callback.",
        frm=f"On-call RN <oncall@{BWF}>",
        to="bluewater@nightlineanswering.com",
        subject="callbacks tonight",
        body="MR 448120 E2 3890 - trigger 2130 w/ lupron 80 units only, NO hcg (OHSS risk). If she calls back, page Dr O.\nMR 451203 - ok to skip tonight's cetrotide, already triggered.",
    ),
    Spec(
        phi=True,
        category="ultrasound image named after patient",
        notes="Hard positive: body is 'the picture you asked for'; the PNG file name carries the patient's name and follicle scan.",
        frm=f"Sonography <ultrasound@{BWF}>",
        to="hnguyen.mail@yahoo.com",
        subject="the picture you asked for",
        body="Here it is! See you Friday.\n- Bluewater ultrasound team",
        atts=(Att("HNguyen_follicle_scan_day9.png", "image/png", png(6, 4, (40, 40, 40))),),
    ),
    Spec(
        phi=False,
        category="self-pay price list to benefits broker",
        notes="Self-pay price list for a benefits consultant; no individual.",
        frm=f"Business Development <bizdev@{BWF}>",
        to="jordan.rowe.benefits@gmail.com",
        subject="Self-pay pricing for your employer clients",
        body="Jordan,\n\nAs discussed, our 2027 self-pay and employer-carve-out price list is attached.\n\nBest,\nDana Ortiz\nBusiness Development",
        atts=(
            Att(
                "Bluewater_2027_price_list.pdf",
                "application/pdf",
                pdf(
                    [
                        "BLUEWATER FERTILITY CENTER - 2027 SELF-PAY PRICE LIST",
                        "Initial consultation ............ $350",
                        "IUI cycle (monitoring + insemination) ... $1,450",
                        "IVF cycle incl. ICSI ............ $14,500",
                        "Frozen embryo transfer .......... $4,200",
                        "Egg freezing cycle .............. $9,800",
                        "Medications billed separately by pharmacy.",
                    ],
                    "Price list 2027",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="physician bios for referral network",
        notes="Hard negative: clinician bios naming diseases they treat, with their NPIs and DEA; no patient.",
        frm=f"Physician Liaison <liaison@{BWF}>",
        to="referrals@fairviewobgyn.com",
        subject="Meet our physicians - updated directory",
        body=(
            "Dear colleagues,\n\nFor your referral files:\n\nPriya Raman, MD, FACOG - Reproductive Endocrinology & Infertility. "
            "Special interest in PCOS, endometriosis and fertility preservation before cancer treatment. NPI: 1376803254\n\n"
            "Marcus Okafor, MD - REI; recurrent pregnancy loss, male factor, PGT counselling. NPI: 1656225509, DEA BO4729135\n\n"
            "New patient line: (630) 555-0140. Fax referrals to (630) 555-0141.\n\nKim Sato, Physician Liaison"
        ),
    ),
    Spec(
        phi=True,
        category="transfer-of-care letter to obstetrician",
        notes="Graduation letter with patient name, DOB, IVF pregnancy and gestational age to the patient's OB, PDF attached.",
        frm=f"Dr. Marcus Okafor <mokafor@{BWF}>",
        to="intake@fairviewobgyn.com",
        subject="Transfer of care",
        body="Please see the attached transfer-of-care letter for our mutual patient. Ultrasound today showed a single intrauterine pregnancy with heartbeat.\n\nMarcus Okafor, MD\nNPI: 1656225509",
        atts=(
            Att(
                "transfer_of_care_Sokolova.pdf",
                "application/pdf",
                pdf(
                    [
                        "BLUEWATER FERTILITY CENTER",
                        "Transfer of care - obstetrics",
                        "Patient: Irina Sokolova   DOB 05/23/1988   MRN BWF-0439920",
                        "IVF/FET conception. Transfer date 09/04/2026 (single euploid blastocyst).",
                        "US 10/16/2026: SIUP, CRL consistent with 8w0d, FHR 162.",
                        "Meds: wean estradiol and PIO by 10 weeks per attached schedule.",
                        "History: AMH 0.9, hypothyroidism on levothyroxine 50 mcg.",
                    ],
                    "Transfer of care",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank consent form to print vendor",
        notes="Hard negative: blank IVF consent template with empty field labels (patient name, diagnosis) sent for printing.",
        frm=f"Office Manager <office@{BWF}>",
        to="orders@midwestmedicalprinting.com",
        subject="Reprint order - IVF consent v7 (500 copies)",
        body="Hi Gary,\n\nPlease reprint the attached consent (version 7, two-sided, carbonless). 500 sets to Suite 400.\n\nLaura",
        atts=(
            Att(
                "IVF_Consent_v7.docx",
                DOCX,
                docx(
                    [
                        "BLUEWATER FERTILITY CENTER - CONSENT FOR IN VITRO FERTILIZATION (v7)",
                        "Patient name: ______________________  Date of birth: ____/____/______",
                        "Partner name: ______________________  MRN: ______________",
                        "Diagnosis (check): [ ] tubal factor [ ] male factor [ ] diminished ovarian reserve [ ] unexplained [ ] other ____",
                        "Disposition of embryos in the event of death or divorce: ____________________",
                        "Signature: ____________________   Witness: ____________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="generic stimulation protocol template for new nurse",
        notes="Hard negative: teaching template of a stimulation protocol with drug doses; no patient.",
        frm=f"Jenna Whitfield <jwhitfield@{BWF}>",
        to="sophie.tran@bluewaterfertility.com",
        subject="Protocol templates for your orientation",
        body="Sophie, welcome aboard! Attached is the antagonist template we teach from. These are the defaults - each patient's actual protocol is in eIVF.\n\nJenna",
        atts=(
            Att(
                "antagonist_protocol_template.txt",
                "text/plain",
                (
                    "ANTAGONIST PROTOCOL - TEMPLATE (not patient-specific)\nDay 2: baseline US + E2/LH/P4\n"
                    "Days 2-5: Gonal-F 225 IU + Menopur 75 IU SC nightly\nDay 6: start ganirelix 250 mcg when lead follicle >= 14 mm or E2 > 300\n"
                    "Trigger when 3+ follicles >= 18 mm: hCG 10,000 IU or leuprolide 40 units (high responders)\nRetrieval 35-36 h post trigger\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="embryology QA meeting invite",
        notes="Staff meeting invitation with calendar; no patient data.",
        frm=f"Tomas Keller <tkeller@{BWF}>",
        to="embryology@bluewaterfertility.com",
        subject="Monthly KPI review",
        body="Monthly embryology KPI review - fertilization and blast rates by embryologist. Bring your witnessing audit sheets.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Bluewater Fertility//Scheduling//EN\nMETHOD:REQUEST\n"
            "BEGIN:VEVENT\nUID:kpi-20261028@bluewaterfertility.com\nDTSTAMP:20261016T150000Z\n"
            "DTSTART:20261028T190000Z\nDTEND:20261028T200000Z\nSUMMARY:Embryology KPI review (Oct)\n"
            "LOCATION:Conference Room B\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="recipient accepts donor profile (to donor bank)",
        notes="Hard positive: names a donor-egg recipient by surname with recipient code and her upcoming donor-egg cycle, sent to the donor bank.",
        frm=f"Third-Party Reproduction <thirdparty@{BWF}>",
        to=f"matching@{NSD}",
        subject="Recipient R-2231 acceptance - donor E-5092",
        body="Hi Northstar team,\n\nOur recipient R-2231 (Ms. Abernathy, Kelsey) has accepted frozen egg donor E-5092, 1 cohort (6 oocytes). Her mock cycle lining was 9.1 mm; we plan thaw/ICSI the week of Nov 16. Please ship to our lab.\n\nThanks,\nRosa Benitez, Third-Party Coordinator",
    ),
    Spec(
        phi=False,
        category="payer fee schedule negotiation",
        notes="Hard negative: CPT codes and proposed rates in a contract negotiation; no individual.",
        frm=f"Contracts <contracts@{BWF}>",
        to="provider.contracting@midwestunitedhealthplan.com",
        subject="RE: 2027 fee schedule proposal",
        body="Hi Denise,\n\nCounter-proposal on the fertility carve-out:\n58970 (retrieval) $3,950\n89280 (ICSI) $1,550\n89258 (cryo embryos) $820\n58974 (embryo transfer) $1,250\n76857 (pelvic US limited) $190\n\nWe can accept the 2.5% escalator if the prior auth turnaround drops to 5 business days.\n\nPaul Meyers, VP Managed Care",
    ),
    Spec(
        phi=True,
        category="prior authorization tracker to payer",
        notes="Multi-sheet workbook listing patients' member IDs, names and infertility diagnoses for pending prior authorizations.",
        frm=f"Authorizations <auth@{BWF}>",
        to="um.fertility@midwestunitedhealthplan.com",
        subject="Pending PA list - please expedite",
        body="Attached are our 4 pending IVF authorizations past 10 business days. Member detail on sheet 1, clinical summary on sheet 2.\n\nMaria Chen, Authorization Specialist",
        atts=(
            Att(
                "pending_PA_1016.xlsx",
                XLSX,
                xlsx(
                    {
                        "Members": [
                            ["Member ID", "Name", "DOB", "Submitted"],
                            ["MWU448192007", "Kristin Halvorsen", "1989-03-04", "2026-09-28"],
                            ["MWU502211843", "Rachel Obi", "1986-11-17", "2026-09-30"],
                            ["MWU391020558", "Tessa Morland", "1992-05-01", "2026-10-01"],
                            ["MWU477310962", "Leah Goldfarb", "1984-07-22", "2026-10-02"],
                        ],
                        "Clinical": [
                            ["Member ID", "Dx", "Request"],
                            ["MWU448192007", "N97.9 female infertility", "IVF w/ ICSI"],
                            ["MWU502211843", "N97.1 tubal", "IVF"],
                            ["MWU391020558", "E28.2 PCOS", "IVF"],
                            ["MWU477310962", "N96 recurrent loss", "IVF + PGT-A"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="marketing assets zip to web agency",
        notes="Website photos and copy to a web agency; stock images, no patients.",
        frm=f"Marketing <marketing@{BWF}>",
        to="studio@brightlinecreative.co",
        subject="Assets for the new homepage",
        body="Hi Nate, zip attached: logo, two stock lab photos (licensed), and the homepage copy. The 'success rates' widget should link to SART, not show our own numbers.\n\nChloe",
        atts=(
            Att(
                "homepage_assets.zip",
                "application/zip",
                zipped(
                    {
                        "logo_bluewater.png": png(8, 8, (20, 90, 160)),
                        "stock_lab_microscope.png": png(8, 6, (220, 220, 230)),
                        "homepage_copy.txt": "Building families since 2004. Compassionate fertility care in the western suburbs. Book a consult today.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract to university",
        notes="Hard negative: IRB-approved de-identified cycle extract with study codes, age bands and lab values; no identifiers.",
        frm=f"Research Office <research@{BWF}>",
        to="repro-lab@midstateuniversity.edu",
        subject="IRB 2026-114 de-identified extract (v2)",
        body="Dr. Ahn,\n\nVersion 2 of the de-identified extract under the data use agreement. Study codes are random; the key stays here. Ages are 5-year bands, dates removed.\n\nRuth Haddad",
        atts=(
            Att(
                "irb2026_114_deid_v2.csv",
                "text/csv",
                (
                    "study_code,age_band,amh_ng_ml,bmi_band,protocol,oocytes,mii,blasts,outcome\n"
                    "S0193,30-34,2.4,25-29,antagonist,14,11,5,live birth\nS0207,35-39,0.8,<25,microflare,6,4,1,no pregnancy\n"
                    "S0211,35-39,1.6,30-34,antagonist,9,7,3,miscarriage\nS0240,40-44,0.4,25-29,estrogen priming,3,2,0,cancelled\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pregnancy test reminder HTML to patient",
        notes="HTML-only reminder naming the patient and her pregnancy blood test after embryo transfer.",
        frm=f"Bluewater Reminders <reminders@{BWF}>",
        to="rachel.obi@hotmail.com",
        subject="Reminder: your appointment on Friday",
        body="",
        html="<html><body><p>Hi Rachel,</p><p>This is a reminder that your <b>pregnancy blood test (beta hCG)</b> after your embryo transfer is on <b>Friday, October 23 at 7:30 AM</b> at our Milford office. No fasting needed.</p><p>Bluewater Fertility Center &middot; (630) 555-0140</p></body></html>",
    ),
    Spec(
        phi=False,
        category="egg freezing webinar promotion HTML",
        notes="Hard negative: HTML promotion of an educational webinar to the general newsletter list, not segmented by condition.",
        frm=f"Bluewater Fertility <events@{BWF}>",
        to="newsletter@lists.bluewaterfertility.com",
        subject="Free webinar: Egg Freezing 101",
        body="",
        html="<html><body><h2>Egg Freezing 101</h2><p>Thinking about your future options? Dr. Raman explains how egg freezing works, what AMH means, and what success looks like by age.</p><p>Thursday, Nov 5, 7 PM CT - <a href='https://bluewaterfertility.com/webinar'>save your seat</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="reply to husband with wife's progesterone",
        notes="Hard positive: first name plus relationship plus progesterone result, to the husband's personal gmail.",
        frm=f"Jenna Whitfield <jwhitfield@{BWF}>",
        to="tom.vanderlinden@gmail.com",
        subject="Re: Sara's bloodwork",
        body="Hi Tom,\n\nYes - Sara's progesterone came back at 14, so she can keep the PIO at 1 mL as is. No change needed before the beta on the 28th.\n\nJenna",
    ),
    Spec(
        phi=False,
        category="liquid nitrogen delivery schedule",
        notes="Vendor delivery coordination; no patient data.",
        frm=f"Facilities <facilities@{BWF}>",
        to="dispatch@airgasnorthcentral.com",
        subject="LN2 deliveries - holiday schedule",
        body="Hi, please move the Thursday 11/26 LN2 fill to Wednesday 11/25 (we are closed Thanksgiving). Same volume, 2 x 230 L dewars. Dock code 4471.\n\nMike, Facilities",
    ),
    Spec(
        phi=True,
        category="patient financing application with SSN",
        notes="Financing application for a named patient's IVF package including her SSN, sent to a lender.",
        frm=f"Financial Counselor <finance@{BWF}>",
        to="applications@fertilifinance.com",
        subject="New application - Bluewater ref 2291",
        body="Please process:\nApplicant: Alyssa Moreno\nSSN 412-67-3390\nDOB 02/09/1990\nProcedure: IVF with ICSI + PGT-A package, est. $19,300\nRequested term: 60 months\nPhone (630) 555-0178\n\nThank you,\nCarla Dominguez, Financial Counselor",
    ),
]
