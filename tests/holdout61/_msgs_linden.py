"""Outbound mail of Linden Women's Gynecology, a four-clinician gynaecology practice (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import CBI, LGY, Att, Spec

SIG = "\n\n--\nLinden Women's Gynecology\n2210 Orchard Lane, Suite 300, Maplewood MN\nPhone (651) 555-0140 | Fax (651) 555-0149"
CONF = "\n\nCONFIDENTIALITY: This message may contain information protected by law. If you received it in error, please delete it and call us."

_HL7 = (
    "MSH|^~\\&|LINDEN_EHR|LGY|CLEARVIEW_RIS|CBI|202603170915||ORM^O01|LG0317-0044|P|2.5.1\r"
    "PID|1||LGY-00482913^^^LGY^MR||Brennan^Maeve^T||19710604|F|||88 Quarry Hill Rd^^Maplewood^MN^55109||(651)555-0163\r"
    "ORC|NW|ORD77140|||||||202603170910|||1226445751^Okafor^Adaeze^^^^MD\r"
    "OBR|1|ORD77140||77066^Diagnostic mammography bilateral^CPT|||202603170910||||||Palpable lump left breast 2 o'clock, 2 weeks\r"
    "DG1|1||N63.21^Unspecified lump in the left breast, upper outer quadrant^I10\r"
)

_X12_837 = (
    "ISA*00*          *00*          *ZZ*LINDENGYN      *ZZ*NSTARCLEAR     *260318*1012*^*00501*000000617*0*P*:~"
    "GS*HC*LINDENGYN*NSTARCLEAR*20260318*1012*617*X*005010X222A1~ST*837*0617*005010X222A1~"
    "BHT*0019*00*LG260318A*20260318*1012*CH~NM1*85*2*LINDEN WOMENS GYNECOLOGY*****XX*1728354501~"
    "SBR*P*18*GRP44120******CI~NM1*IL*1*DUARTE*CAMILA****MI*WPH882014571~DMG*D8*19890212*F~"
    "CLM*LG-55231*412.00***11:B:1*Y*A*Y*Y~HI*ABK:N97.9*ABF:E28.2~SV1*HC:58558*412.00*UN*1***1~"
    "DTP*472*D8*20260311~SE*11*0617~GE*1*617~IEA*1*000000617~"
)

_CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    '  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>\n  <title>Referral Note</title>\n'
    '  <recordTarget><patientRole><id extension="LGY-00519377" root="2.16.840.1.113883.19.5"/>\n'
    '    <patient><name><given>Nadia</given><family>Faraday</family></name><birthTime value="19820930"/></patient>\n'
    "  </patientRole></recordTarget>\n  <component><structuredBody><component><section><title>Problems</title>\n"
    "    <text>Symptomatic uterine fibroids (D25.1), iron-deficiency anaemia, Hgb 9.4 g/dL on 2026-03-10. Referred for uterine artery embolization evaluation.</text>\n"
    "  </section></component></structuredBody></component>\n</ClinicalDocument>\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Pap result normal letter to patient gmail",
        notes="Named patient told her Pap and HPV co-test were negative, sent to her personal mailbox.",
        frm="Dr. Helen Varga <hvarga@lindengyn.com>",
        to="tessa.lindqvist@gmail.com",
        subject="Your recent results",
        body="Hi Tessa,\n\nGood news - your Pap smear and HPV test from March 9 were both negative. You're due again in five years unless something changes.\n\nTake care,\nDr. Varga"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Colposcopy follow-up terse note first name only",
        notes="Hard positive: first name plus mobile number tied to a LSIL result and colposcopy booking in a terse internal-to-external note.",
        frm="Front Desk <frontdesk@lindengyn.com>",
        to="scheduling@maplewoodsurgerycenter.com",
        subject="add-on colpo thurs",
        body="can you squeeze in Priya (651) 555-0177 for colpo thurs pm? LSIL + HPV16 on last pap, Dr V wants it before she travels. thx\n- Jo",
    ),
    Spec(
        phi=False,
        category="Clinician bio for practice website",
        notes="Hard negative: a gynaecologist's bio listing conditions she treats (endometriosis, PCOS); no patient.",
        frm="Marketing <marketing@lindengyn.com>",
        to="webteam@pixelharborstudio.com",
        subject="New provider bio - Dr. Okafor (please post by Friday)",
        body="Hi team,\n\nPlease add this to the Providers page:\n\nAdaeze Okafor, MD, FACOG (NPI: 1226445751) joins Linden from the University of Minnesota. Her clinical interests include endometriosis, polycystic ovary syndrome, minimally invasive hysterectomy and the management of abnormal uterine bleeding. She sees patients Tuesday through Friday.\n\nHeadshot attached separately.\n\nThanks,\nMarisol",
    ),
    Spec(
        phi=True,
        category="Diagnostic mammogram order HL7 to imaging centre",
        notes="Hard positive: the body is generic; the HL7 ORM attachment carries the patient's name, MRN, DOB, address and breast-lump indication.",
        frm="Orders <orders@lindengyn.com>",
        to=f"intake@{CBI}",
        subject="Order interface resend - batch 0317",
        body="Resending the order that failed over the interface this morning. Please confirm receipt.\n\nOrders desk"
        + SIG,
        atts=(Att("ORM_LG0317-0044.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=False,
        category="Speculum supply reorder to vendor",
        notes="Ordinary supply order for disposable speculums and swabs; no patient.",
        frm="Office Manager <office@lindengyn.com>",
        to="orders@northstarmedsupply.com",
        subject="PO 26-0311 - speculums, cytobrushes",
        body="Please ship:\n- 10 cs disposable vaginal speculum, medium\n- 6 cs cytobrush plus\n- 4 cs large cotton-tipped applicators\n\nBill to account 44-LINDEN. Deliver to Suite 300 loading dock.\n\nThanks,\nGreta Holm\nOffice Manager",
    ),
    Spec(
        phi=True,
        category="Corrected 837 claim for hysteroscopy to clearinghouse",
        notes="Hard positive: body gives only a claim number; the X12 837 attachment names the member with member ID, DOB, hysteroscopy CPT and infertility/PCOS diagnosis codes.",
        frm="Billing <billing@lindengyn.com>",
        to="claims.support@northstarclearinghouse.com",
        subject="Rejected claim LG-55231 - corrected 837 attached",
        body="Hello,\n\nThe 837P for claim LG-55231 was rejected for a missing subscriber group number. Corrected file attached; please resubmit to Wellpath.\n\nBilling office"
        + SIG,
        atts=(Att("LG-55231_corrected_837.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=False,
        category="Aggregate HPV vaccine uptake report to health department",
        notes="Hard negative: counts of HPV doses by age band; no individual.",
        frm="Quality <quality@lindengyn.com>",
        to="immunization.program@health.state.mn.us",
        subject="Q1 HPV vaccination summary - Linden Women's Gynecology",
        body="Attached is our Q1 2026 HPV vaccination summary as requested for the regional uptake project. Counts only; no patient-level data.\n\nAges 15-18: 41 first doses, 37 completions\nAges 19-26: 88 first doses, 52 completions\nAges 27-45 (shared decision): 19 first doses\n\nRegards,\nQuality team"
        + SIG,
        atts=(
            Att(
                "hpv_q1_2026_summary.csv",
                "text/csv",
                "age_band,first_doses,series_complete\n15-18,41,37\n19-26,88,52\n27-45,19,4\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Referral C-CDA to interventional radiology",
        notes="Hard positive: C-CDA attachment names patient with MRN, DOB, fibroids and anaemia; body only says 'referral attached'.",
        frm="Referrals <referrals@lindengyn.com>",
        to="referrals@twincitiesvascular.com",
        subject="Referral - UAE consult",
        body="Please find the referral document attached. Dr. Okafor is happy to discuss by phone.\n\nReferral coordinator"
        + SIG
        + CONF,
        atts=(Att("referral_LGY-00519377.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="IUD insertion appointment invite to patient",
        notes="Calendar invite to patient's yahoo mailbox for an IUD insertion with pre-visit ibuprofen instructions.",
        frm="Linden Scheduling <schedule@lindengyn.com>",
        to="rosa.mbeki@yahoo.com",
        subject="Appointment confirmation - Thursday March 19",
        body="Dear Rosa Mbeki,\n\nYou are scheduled for your IUD (Mirena) insertion with Dr. Helen Varga on Thursday March 19 at 10:40 AM. Take 600 mg ibuprofen an hour before and bring a snack.\n\nLinden Scheduling"
        + SIG,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Linden Gyn//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lg-appt-88120@lindengyn.com\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260319T154000Z\r\nDTEND:20260319T162000Z\r\nSUMMARY:Mirena IUD insertion - Rosa Mbeki - Dr. Varga\r\nLOCATION:Linden Women's Gynecology, Suite 300\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Staff meeting calendar invite",
        notes="Hard negative: calendar invite for a staff huddle about the new colposcopy workflow; no patient.",
        frm="Greta Holm <office@lindengyn.com>",
        to="allstaff@lindengyn.com",
        subject="Huddle: colposcopy room turnover",
        body="15 minutes Wednesday before clinic to walk through the new colpo room turnover checklist.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Linden Gyn//Office//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lg-huddle-0318@lindengyn.com\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260318T123000Z\r\nDTEND:20260318T124500Z\r\nSUMMARY:Staff huddle - colpo room turnover\r\nLOCATION:Break room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Pathology result to referring family physician",
        notes="Endometrial biopsy showing complex hyperplasia with atypia for a named patient sent to her PCP.",
        frm="Dr. Adaeze Okafor <aokafor@lindengyn.com>",
        to="dr.sterling@maplewoodfamilymed.com",
        subject="Re: your patient Linnea Ostrowski",
        body="Dr. Sterling,\n\nThanks for sending Ms. Ostrowski (DOB 03/22/1968). Her endometrial biopsy on 3/6 shows complex atypical hyperplasia. I've referred her to gyn oncology at Regions for hysterectomy planning and started megestrol in the interim.\n\nBest,\nAdaeze Okafor, MD"
        + SIG,
    ),
    Spec(
        phi=False,
        category="De-identified fibroid outcomes extract to research partner",
        notes="Hard negative: de-identified study extract with study codes, age bands and year only; declared Safe Harbor.",
        frm="Research <research@lindengyn.com>",
        to="data@womenshealthresearchnet.org",
        subject="FIBROID-OUT extract v3 (Safe Harbor de-identified)",
        body="Attached is the v3 extract. Identifiers removed per Safe Harbor; study codes are random and the key stays here. Ages over 89 none; dates reduced to year.\n\nResearch office",
        atts=(
            Att(
                "fibroid_out_v3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Outcomes": [
                            ["study_code", "age_band", "year", "procedure", "bleeding_score_6mo"],
                            ["F-0041", "40-44", 2024, "myomectomy", 2],
                            ["F-0042", "45-49", 2024, "UAE", 3],
                            ["F-0043", "35-39", 2025, "hysterectomy", 0],
                        ],
                        "Data dictionary": [
                            ["field", "meaning"],
                            ["study_code", "random code, key held by site"],
                            ["bleeding_score_6mo", "PBAC category 0-4"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient list with MRNs to billing vendor",
        notes="Hard positive: spreadsheet of patient names and MRNs with a 'procedures' sheet listing LEEP and hysteroscopy per patient.",
        frm="Billing <billing@lindengyn.com>",
        to="onboarding@clearpathrcm.com",
        subject="Open AR - February",
        body="As discussed, the open AR list for February is attached. Two tabs.\n\nGreta",
        atts=(
            Att(
                "open_ar_feb2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Balances": [
                            ["MRN", "Patient", "Balance"],
                            ["LGY-00471120", "Harriet Cole", 240.00],
                            ["LGY-00488305", "Juniper Wade", 1180.50],
                            ["LGY-00490017", "Sana Qureshi", 75.00],
                        ],
                        "Procedures": [
                            ["MRN", "DOS", "CPT", "Desc"],
                            ["LGY-00471120", "2026-02-03", "57522", "LEEP"],
                            ["LGY-00488305", "2026-02-11", "58558", "Hysteroscopy with biopsy"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher training slides",
        notes="Hard negative: HIPAA training deck with example field names and an obviously fictional sample patient.",
        frm="Compliance <compliance@lindengyn.com>",
        to="allstaff@lindengyn.com",
        subject="Annual HIPAA refresher - due March 31",
        body="Please complete the annual refresher. The handout is attached. Example: never put 'Jane Sample, MRN TEST-0000, Pap ASC-US' in a subject line - use the portal.\n\nCompliance",
        atts=(
            Att(
                "HIPAA_refresher_2026.docx",
                DOCX,
                docx(
                    [
                        "Linden Women's Gynecology - HIPAA refresher 2026",
                        "1. What is PHI: name, DOB, MRN, phone together with health information.",
                        "2. Minimum necessary: send only what is needed.",
                        "3. Sample (fictional): Jane Sample, MRN TEST-0000, result ASC-US. Never email this unencrypted.",
                        "4. Report misdirected email to compliance@lindengyn.com within 24 hours.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to patient's husband about surgery time",
        notes="Hard positive: reply to spouse at his work address confirming his wife's hysterectomy arrival time and NPO instructions.",
        frm="Surgery Scheduler <surgery@lindengyn.com>",
        to="mark.delacroix@delacroixlaw.com",
        subject="RE: Annette - arrival time Friday",
        body="Hi Mark,\n\nAnnette should arrive at Maplewood Surgery Center at 6:15 AM Friday for her laparoscopic hysterectomy. Nothing to eat after midnight; sips of water until 4 AM are fine. She'll need you to drive her home.\n\nDenise, surgery scheduling"
        + SIG,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Mark Delacroix <mark.delacroix@delacroixlaw.com>",
            to="surgery@lindengyn.com",
            subject="Annette - arrival time Friday",
            body="Hi, I'm Annette Delacroix's husband - what time do we need to be there Friday? She's asleep and asked me to email.\nMark",
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for medical assistant",
        notes="Hard negative: job ad mentioning Pap smears, colposcopy and HPV counselling duties; no patient.",
        frm="HR <hr@lindengyn.com>",
        to="jobs@mnhealthcareers.com",
        subject="Posting: Certified Medical Assistant - Gynecology (FT)",
        body="Please post the following:\n\nCertified Medical Assistant, full time. Rooming patients, assisting with Pap smears, colposcopy and IUD insertions, HPV vaccine administration, chaperoning exams. CMA required, 1 yr women's health preferred. $22-26/hr.\n\nApply: hr@lindengyn.com",
    ),
    Spec(
        phi=True,
        category="Work note to employer revealing surgery",
        notes="Return-to-work letter to an employer naming the employee and her myomectomy recovery restrictions.",
        frm="Dr. Helen Varga <hvarga@lindengyn.com>",
        to="leave.admin@grainbeltlogistics.com",
        subject="Work status - Kendra Poole",
        body="To whom it may concern,\n\nKendra Poole was under my care for an abdominal myomectomy on February 26, 2026. She may return to work on March 23 with no lifting over 15 lb for four more weeks.\n\nHelen Varga, MD"
        + SIG,
        atts=(
            Att(
                "work_status_Poole.pdf",
                "application/pdf",
                pdf(
                    [
                        "LINDEN WOMEN'S GYNECOLOGY",
                        "Work status letter",
                        "Patient: Kendra Poole  DOB 07/14/1990",
                        "Procedure: abdominal myomectomy 02/26/2026",
                        "Return 03/23/2026; no lifting > 15 lb x 4 weeks",
                        "Helen Varga, MD  NPI: 1728354501",
                    ],
                    "Work status",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Lab courier pickup schedule change",
        notes="Courier pickup time change for specimen boxes; no patient.",
        frm="Office Manager <office@lindengyn.com>",
        to="dispatch@swiftspecimen.com",
        subject="Pickup time change starting 3/23",
        body="Starting Monday 3/23 please move our daily pickup from 4:30 to 5:15 PM. Cytology boxes will be at the front desk.\n\nGreta",
    ),
    Spec(
        phi=True,
        category="Positive hCG result HTML-only to patient",
        notes="Hard positive: HTML-only message to patient's icloud with a positive hCG and early prenatal referral.",
        frm="Nurse Line <nurseline@lindengyn.com>",
        to="bea.santangelo@icloud.com",
        subject="Following up on your visit",
        body="",
        html="<html><body><p>Hi Bea,</p><p>Your blood hCG from Monday came back <b>positive (1,240 mIU/mL)</b>. Congratulations! We've sent a referral to Maplewood OB for your first prenatal visit; start a prenatal vitamin with folic acid now.</p><p>Call us at (651) 555-0141 with any bleeding or pain.</p><p>Linden Nurse Line</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="Newsletter on endometriosis awareness month",
        notes="Hard negative: HTML-only patient newsletter about endometriosis symptoms to a mailing list; no individual or condition-segmented list.",
        frm="Linden News <news@lindengyn.com>",
        to="newsletter@lindengyn.com",
        subject="March is Endometriosis Awareness Month",
        body="",
        html='<html><body><h2>Painful periods are not something to just live with</h2><p>About 1 in 10 women of reproductive age has endometriosis. If you have pelvic pain, pain with sex or heavy periods, talk to your clinician. Treatments range from hormonal options to laparoscopic excision.</p><p><a href="https://lindengyn.com/endo">Learn more</a></p></body></html>',
        html_only=True,
    ),
    Spec(
        phi=True,
        category="Records request response to attorney",
        notes="Records release to a plaintiff's attorney with a zip of visit notes and an operative report for a named patient.",
        frm="Medical Records <records@lindengyn.com>",
        to="paralegal@huntleyandross.com",
        subject="Records request - Tamsin Greer (your ref HR-2291)",
        body="Enclosed per the signed authorization dated 2/28/2026: office notes 2024-2026 and operative report for Tamsin Greer, DOB 11/02/1985. Invoice to follow.\n\nMedical Records"
        + SIG,
        atts=(
            Att(
                "Greer_records.zip",
                "application/zip",
                zipped(
                    {
                        "office_notes.txt": "Tamsin Greer DOB 11/02/1985 MRN LGY-00433871\n2024-05-02 Pelvic pain, dysmenorrhea. Suspected endometriosis.\n2025-01-14 Laparoscopy planned.\n",
                        "op_report.txt": "Operative report 2025-02-03: diagnostic laparoscopy with excision of endometriosis, stage III. Surgeon Adaeze Okafor MD.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Test patient in EHR upgrade validation",
        notes="Hard negative: EHR vendor validation email using a clearly declared test patient 'ZZTEST Gyn' with fake MRN.",
        frm="IT <it@lindengyn.com>",
        to="support@meridianehr.com",
        subject="Upgrade 24.2 validation - Pap order still fails",
        body="Hi Meridian support,\n\nIn the TEST environment, placing a Pap/HPV order on test patient ZZTEST, GYNONE (MRN TEST-000017, fake DOB 01/01/1900) still throws 'result routing undefined'. Screenshot attached. This is test data only.\n\nLiam, IT",
        atts=(Att("pap_order_error.png", "image/png", png(6, 4, (230, 230, 240))),),
    ),
    Spec(
        phi=True,
        category="Photo attachment named after patient",
        notes="Hard positive: clinical photo of a vulvar lesion named with the patient's name sent to dermatology; body gives only a first name.",
        frm="Dr. Helen Varga <hvarga@lindengyn.com>",
        to="consults@northmetroderm.com",
        subject="curbside - vulvar lesion",
        body="Hi Raj - could you look at the attached before I biopsy? Pt is 58, itchy white plaque x 6 months, ?lichen sclerosus vs VIN. Thanks, Helen",
        atts=(Att("Wilhelmina_Strand_vulva_0312.png", "image/png", png(8, 8, (210, 170, 160))),),
    ),
    Spec(
        phi=False,
        category="Provider credentialing packet to payer",
        notes="Hard negative: credentialing for a clinician with NPI and DEA numbers; provider identifiers are not PHI.",
        frm="Credentialing <credentialing@lindengyn.com>",
        to="provider.enrollment@wellpathhealthplan.com",
        subject="Re-credentialing - Adaeze Okafor MD",
        body="Attached: CAQH attestation and licence copy.\n\nAdaeze Okafor, MD\nNPI: 1226445751\nDEA: FO3216719\nMN licence 61044\nBoard certified OB/GYN (ABOG) 2019\n\nCredentialing coordinator"
        + SIG,
        atts=(
            Att(
                "Okafor_credentialing.pdf",
                "application/pdf",
                pdf(
                    [
                        "LINDEN WOMEN'S GYNECOLOGY",
                        "Provider: Adaeze Okafor, MD",
                        "NPI: 1226445751",
                        "DEA: FO3216719",
                        "Specialty: Obstetrics and Gynecology",
                    ],
                    "Credentialing",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted zip of ultrasound reports to patient",
        notes="Password-protected zip to patient's hotmail; body names patient and says it holds her pelvic ultrasound showing ovarian cyst.",
        frm="Medical Records <records@lindengyn.com>",
        to="lucia.ferreira88@hotmail.com",
        subject="Your requested ultrasound report",
        body="Dear Lucia Ferreira,\n\nAs requested, your pelvic ultrasound report (left ovarian cyst follow-up) is in the attached protected file. The password is your date of birth as MMDDYYYY.\n\nMedical Records"
        + SIG,
        atts=(
            Att(
                "ultrasound_report.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "us_report.txt": "Lucia Ferreira LGY-00502290. Left ovarian simple cyst 3.1 cm, decreased from 4.4 cm.\n"
                    },
                    "04171988",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Coding policy with sample ICD codes",
        notes="Hard negative: internal coding tip sheet listing ICD-10 and CPT codes for gynaecology visits; no patient.",
        frm="Billing <billing@lindengyn.com>",
        to="providers@lindengyn.com",
        subject="Coding tip sheet - well woman vs problem visits",
        body="Reminder on common pairs:\n- Z01.419 routine gyn exam without abnormal findings\n- N92.0 excessive menstruation, regular cycle\n- N80.0 endometriosis of uterus\n- 58300 IUD insertion, 58301 removal\n- Modifier 25 only when a separately identifiable problem is addressed.\n\nThanks, billing",
    ),
    Spec(
        phi=True,
        category="Chlamydia result and treatment to patient gmail",
        notes="Positive chlamydia result with doxycycline prescription sent to the patient's personal gmail using her first name.",
        frm="Nurse Line <nurseline@lindengyn.com>",
        to="jordyn.kessler@gmail.com",
        subject="Test result and prescription",
        body="Jordyn,\n\nYour urine test from March 12 was positive for chlamydia. We sent doxycycline 100 mg twice daily for 7 days to Walgreens on Rice St. Please tell recent partners and avoid sex until 7 days after finishing. Re-test in 3 months.\n\nLinden Nurse Line",
    ),
    Spec(
        phi=False,
        category="Drug shortage notice for medroxyprogesterone",
        notes="Hard negative: shortage notice about Depo-Provera supply to clinicians; no patient.",
        frm="Pharmacy Liaison <pharmacy@lindengyn.com>",
        to="providers@lindengyn.com",
        subject="Depo-Provera 150 mg shortage - alternatives",
        body="Our distributor reports backorder on medroxyprogesterone 150 mg/mL prefilled syringes through April. Use vials where available; subcutaneous 104 mg is in stock. Counsel on bridge contraception as needed.\n\nPharmacy liaison",
    ),
    Spec(
        phi=True,
        category="Scanned intake form text to second-opinion clinic",
        notes="Hard positive: OCR text of a scanned intake form with name, phone and history of two miscarriages and PCOS.",
        frm="Referrals <referrals@lindengyn.com>",
        to="newpatients@twincitiesfertility.com",
        subject="fwd intake per your request",
        body="Scanned intake attached as text (scanner OCR).\n",
        atts=(
            Att(
                "intake_scan_ocr.txt",
                "text/plain",
                "PATIENT INTAKE  p.1/2\nNAME: M0RGAN  ELLIS-PARK     D0B: 09 / 30 / 1991\nPH0NE: 651 555 0188\nOB HX: G2 P0 SAB x2 (2024, 2025)\nDX: PC0S, on metformin 500 BID\nREASON: recurrent pregnancy loss eval\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Lease renewal with landlord",
        notes="Office lease renewal correspondence; no health information.",
        frm="Greta Holm <office@lindengyn.com>",
        to="leasing@orchardlaneproperties.com",
        subject="Suite 300 lease renewal - signed",
        body="Hi Dana,\n\nSigned renewal for Suite 300 attached (5 years, 2.5% annual escalator). Please confirm the HVAC repair in exam room 4 is on your list.\n\nGreta Holm",
        atts=(
            Att(
                "Suite300_renewal_signed.pdf",
                "application/pdf",
                pdf(
                    [
                        "LINDEN WOMEN'S GYNECOLOGY",
                        "Lease renewal - Suite 300",
                        "Term: 60 months from 2026-05-01",
                    ],
                    "Lease",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Diagnosis only in subject line",
        notes="Hard positive: body is bland but subject combines patient's name with 'BRCA2 positive - prophylactic BSO consult'.",
        frm="Dr. Adaeze Okafor <aokafor@lindengyn.com>",
        to="gynonc@regionsmn.org",
        subject="Hollis Amberg - BRCA2 positive - prophylactic BSO consult",
        body="Hi team, please see the referral in Epic CareLink when you get a chance. Thanks, AO",
    ),
    Spec(
        phi=False,
        category="Staff flu vaccine compliance summary",
        notes="Hard negative: staff influenza vaccination compliance percentages; workforce aggregate, no individual.",
        frm="HR <hr@lindengyn.com>",
        to="allstaff@lindengyn.com",
        subject="Flu vaccine compliance 97% - thank you",
        body="Thanks everyone: 33 of 34 staff are vaccinated or have an approved exemption on file. The last person has until Friday.\n\nHR",
    ),
    Spec(
        phi=True,
        category="Pharmacy callback about letrozole prescription",
        notes="Message to pharmacy naming patient with DOB and fertility letrozole prescription clarification.",
        frm="Nurse Line <nurseline@lindengyn.com>",
        to="rx.rice@walgreensmail.com",
        subject="Clarification - letrozole Rx",
        body="Re: Carmen Iqbal, DOB 05/09/1993. The letrozole 2.5 mg is days 3-7 of cycle for ovulation induction, qty 5, not daily. Prescriber Helen Varga MD, NPI: 1728354501. Please call (651) 555-0141 with questions.",
    ),
    Spec(
        phi=False,
        category="Patient satisfaction survey results aggregate",
        notes="Aggregate Press Ganey-style scores by clinician; no patient.",
        frm="Quality <quality@lindengyn.com>",
        to="providers@lindengyn.com",
        subject="Feb patient experience scores",
        body="Likelihood to recommend (top box): Varga 91%, Okafor 89%, Lind NP 94%, Sorensen PA 87%. n=212 surveys. Comments themes: wait times in the afternoon, parking.\n\nQuality",
        atts=(
            Att(
                "px_feb2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Clinician", "n", "Top box %"],
                            ["Varga", 61, 91],
                            ["Okafor", 55, 89],
                            ["Lind", 48, 94],
                            ["Sorensen", 48, 87],
                        ],
                        "Themes": [["Theme", "Mentions"], ["Afternoon wait", 22], ["Parking", 14]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Collections vendor account list with DOB",
        notes="Hard positive: headerless CSV of names, DOBs, account numbers and balances for gyn services sent to collections.",
        frm="Billing <billing@lindengyn.com>",
        to="placements@summitrecoverygroup.com",
        subject="March placements",
        body="3 accounts for placement, file attached. Usual terms.",
        atts=(
            Att(
                "placements_0318.csv",
                "text/csv",
                "Ruth Abernathy,1979-10-02,A-771204,318.40,colposcopy\nNoor Haddad,1996-01-27,A-771388,92.00,STI panel\nBeverly Tran,1964-06-15,A-771415,655.10,endometrial biopsy\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Vendor webinar registration",
        notes="Registration confirmation for a webinar on LEEP equipment; no patient.",
        frm="Dr. Helen Varga <hvarga@lindengyn.com>",
        to="events@coopersurgical-education.com",
        subject="Registration: Advanced LEEP techniques webinar",
        body="Please register me and our NP, Karin Lind, for the April 9 webinar. Invoices to office@lindengyn.com.\n\nHelen Varga, MD",
    ),
    Spec(
        phi=True,
        category="Forwarded patient complaint to outside practice consultant",
        notes="Hard positive: outer body has no name; the forwarded complaint names the patient with DOB and an HSIL Pap result, sent to an outside consultant.",
        frm="Greta Holm <office@lindengyn.com>",
        to="consulting@hollowaypracticeadvisors.com",
        subject="FW: complaint - need your advice",
        body="Can we talk about this one tomorrow? Patient is upset that nobody called about her abnormal Pap for 6 weeks.\n\nGreta",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Imogen Waverly <imogen.waverly@aol.com>",
            to=f"office@{LGY}",
            subject="Nobody told me my Pap was abnormal",
            body="I found out from the portal that my Pap in January was HSIL and no one called me. I'm scared and angry. Imogen Waverly, DOB 8/19/1977.",
        ),
    ),
]
