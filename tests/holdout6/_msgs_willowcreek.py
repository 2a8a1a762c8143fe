"""Willow Creek Women's Health (willowcreekwh.org): OB/GYN, fertility/IVF, midwifery, lactation."""

# ruff: noqa: E501
from __future__ import annotations

from _kit import CSV, FHIR, PNG, RTF, XML, ZIP, ZW, Att, Spec, docx, pdf, png, xlsx

SIG_RAO = """Anand Rao, MD
Reproductive Endocrinology & Infertility
Willow Creek Women's Health | Fertility Center
555-0121"""

SIG_KARIN = """Karin Sundqvist
Practice Manager
Willow Creek Women's Health
2200 Willow Creek Pkwy, Suite 300 | 555-0120"""

SIG_GRACE = """Grace Adeyemi, CPC
Billing Office - Willow Creek Women's Health
555-0126 | fax 555-0127"""

SIG_JUNIPER = """Juniper Blake, CNM
Willow Creek Midwives
on-call line 555-0133"""

CCDA_CSECTION = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.14" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="WCWH-RR-20261118-0031"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
  <title>Willow Creek Women's Health - Referral Note</title>
  <effectiveTime value="20261118143000-0600"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="WC0418266"/>
      <addr><streetAddressLine>512 Hazel Row</streetAddressLine><city>Millbrook</city><state>IL</state><postalCode>60536</postalCode></addr>
      <telecom value="tel:+1-555-014-3381"/>
      <patient>
        <name><given>Adaeze</given><family>Nwosu-Fitch</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19910305"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="10164-2" codeSystem="2.16.840.1.113883.6.1" displayName="History of present illness"/>
      <title>Reason for referral</title>
      <text>G2P1001 at 38w6d, prior low transverse cesarean, declines TOLAC. Scheduled repeat cesarean 11/24/2026 07:30. GBS negative. Blood type O neg, Rhogam given at 28w.</text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text>Prenatal vitamin daily; ferrous sulfate 325 mg daily; labetalol 200 mg BID (gestational hypertension).</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

CCDA_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<!-- SAMPLE ONLY: synthetic test document for interface certification. No real patient. -->
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="TEST-0001"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>TEST DOCUMENT - Willow Creek interface certification</title>
  <effectiveTime value="20260101000000-0600"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="TEST00001"/>
      <patient>
        <name><given>Testpatient</given><family>Zzwillow</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19000101"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text>TEST PROBLEM ENTRY - do not map</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="ivf_retrieval_calendar_invite",
        notes="Calendar invite to a patient's personal mailbox for her egg retrieval with fasting and trigger-shot instructions.",
        frm="Willow Creek Fertility <ivf-scheduling@willowcreekwh.org>",
        to="Sofia Marchand <sofia.marchand.k@gmail.com>",
        subject="Invitation: Egg retrieval - Sat Nov 21 7:30 AM",
        body="""Hi Sofia,

Your retrieval is confirmed for Saturday. Trigger shot (Ovidrel 250 mcg + leuprolide 80 units) is Thursday at exactly 7:30 PM - set two alarms. Nothing to eat or drink after midnight Friday, and your partner needs to bring the sample by 7:00 AM.

- Willow Creek Fertility Center
""",
        ics="""BEGIN:VCALENDAR\r
PRODID:-//Willow Creek Women's Health//IVF Scheduler//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:wcwh-ivf-ret-20261121-0730-marchand@willowcreekwh.org\r
DTSTAMP:20261119T200000Z\r
DTSTART:20261121T133000Z\r
DTEND:20261121T153000Z\r
SUMMARY:Egg retrieval - Sofia Marchand (Dr. Rao)\r
DESCRIPTION:Arrive 6:45 AM. NPO after midnight. Driver required after sedation. Cycle 2 - antagonist protocol.\r
LOCATION:Willow Creek Fertility Center\\, Procedure Room 2\r
ORGANIZER;CN=Willow Creek Fertility:mailto:ivf-scheduling@willowcreekwh.org\r
ATTENDEE;CN=Sofia Marchand;ROLE=REQ-PARTICIPANT:mailto:sofia.marchand.k@gmail.com\r
END:VEVENT\r
END:VCALENDAR\r
""",
    ),
    Spec(
        phi=True,
        category="embryo_shipment_between_clinics",
        notes="Hard positive: embryology shipping note identifies the patient by the clinic's IVF ID and partner surname; cryopreserved embryos are care information.",
        frm="Mei-Lin Tsao <mtsao@willowcreekwh.org>",
        to="Embryology Lab <embryology@lakeviewfertility.com>",
        subject="Shipment Tues - dry shipper WCF-07",
        body="""Hi Pauline,

Confirming the dry shipper goes out with Cryoport Tuesday AM:

  Patient ID WCWH-IVF-20417 / partner Villanueva
  3 blastocysts (day 5: 4AA, 4AB; day 6: 3BB), vitrified 08/2026, PGT-A euploid x2, untested x1
  Straws: blue, cane 14, goblet B, canister 3

Consent for transfer and the signed release are in the shipper pouch. Please email me when received and temps verified.

Mei-Lin Tsao, TS(ABB)
Lab Director, Embryology
Willow Creek Fertility Center
""",
    ),
    Spec(
        phi=True,
        category="specialty_pharmacy_ivf_prescription",
        notes="Fertility medication order to a specialty pharmacy with patient name, DOB, phone and drugs/doses.",
        frm="Rosa Lindgren RN <rlindgren@willowcreekwh.org>",
        to="Rx Intake <rx@apexspecialtyrx.com>",
        subject="New IVF med order - please call pt for delivery",
        body="""Please fill and call patient to arrange delivery by Friday (start date 11/23):

Patient: Bianca Ferrante   DOB 12/01/1987   Cell 555-0139
Insurance: Evergreen Health Plan, member EHP884120377

- Gonal-f RFF Redi-ject 900 IU pen, 225 IU SC daily x 10 days  #3 pens
- Menopur 75 IU vials, 150 IU SC daily x 10 days  #20 vials
- Cetrotide 0.25 mg SC daily starting stim day 6  #5
- Ovidrel 250 mcg x1 as directed  #1

Prescriber: Anand Rao, MD  NPI 1037935974

Thank you,
Rosa Lindgren, RN
IVF Nurse Coordinator, Willow Creek Fertility Center
""",
    ),
    Spec(
        phi=True,
        category="lactation_followup_texting_style",
        notes="Hard positive: casual lower-case note from the lactation consultant to a mother's personal iCloud address about the baby's weight and pumping; name only in the To header.",
        frm="Ruth Okafor <rokafor@willowcreekwh.org>",
        to="Tessa Vandermeer <tessavdm@icloud.com>",
        subject="today's visit",
        body="""hi tessa! sorry for the delay getting this to you

- baby's weight today 7 lb 2 oz, up 5 oz since friday so that's great
- latch much better on the L side, keep using the nipple shield on R for now
- pump after the 2am + 6am feeds, 15 min, and keep the lanolin going
- if the R side gets red/hot or you get chills call us, don't wait

see you thurs 11:30!
ruth

Ruth Okafor, IBCLC
Willow Creek Women's Health - Lactation
""",
    ),
    Spec(
        phi=True,
        category="nipt_result_to_patient_personal",
        notes="Hard positive: friendly note to a patient's personal mailbox with her cell-free DNA screening result and fetal sex, no codes or medical record numbers.",
        frm="Helena Vasquez-Ortiz <hvasquez@willowcreekwh.org>",
        to="Priya Natarajan <priya.nat.home@gmail.com>",
        subject="good news!",
        body="""Hi Priya,

I know you were anxious about this one so I wanted to send it myself: your NIPT came back low risk for trisomy 21, 18 and 13. And you asked us to tell you the sex - it's a girl!

We'll go over the full report at your 16-week visit on the 30th.

Dr. V
Helena Vasquez-Ortiz, MD
Willow Creek Women's Health
""",
        html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Priya,</p>
<p>I know you were anxious about this one so I wanted to send it myself: your NIPT came back <b>low risk</b> for trisomy 21, 18 and 13. And you asked us to tell you the sex - it's a <b>girl</b>!</p>
<p>We'll go over the full report at your 16-week visit on the 30th.</p>
<p>Dr. V<br>Helena Vasquez-Ortiz, MD<br>Willow Creek Women's Health</p></div></body></html>""",
    ),
    Spec(
        phi=True,
        category="birth_plan_hospital_transfer_docx",
        notes="Midwife sends a named client's birth plan and transfer summary (postdates induction) to the hospital's labor and delivery unit.",
        frm="Juniper Blake <jblake@willowcreekwh.org>",
        to="L&D Charge RN <ldcharge@sbmc.org>",
        subject="Incoming for induction tonight - birth plan attached",
        body=f"""Hi,

Sending one of our birth center clients over for induction tonight at 41+2 (plan was out of hospital birth, now risked out for postdates + borderline AFI). Birth plan and transfer summary attached. I'll be there to support.

{SIG_JUNIPER}
""",
        atts=(
            docx(
                "Birth_plan_and_transfer_Dunmore_K.docx",
                [
                    "Willow Creek Midwives - Transfer of Care Summary",
                    "Client: Kiara Dunmore   DOB 06/11/1995   WCWH MRN WC0392217",
                    "G2P1001, EDD 11/05/2026, now 41w2d. AFI 5.8 cm on 11/18. NST reactive.",
                    "Reason for transfer: postdates induction per practice guideline.",
                    "GBS positive - needs penicillin in labor. No known drug allergies.",
                    "Birth preferences: intermittent monitoring if possible, delayed cord clamping, no formula without discussion.",
                    "Midwife: Juniper Blake, CNM",
                ],
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ccda_referral_repeat_cesarean",
        notes="C-CDA referral note XML to the hospital for a scheduled repeat cesarean: name, DOB, address, pregnancy history and medications.",
        frm="Helena Vasquez-Ortiz <hvasquez@willowcreekwh.org>",
        to="Surgical Scheduling <orscheduling@sbmc.org>",
        subject="Pre-op packet - repeat C/S 11/24 07:30",
        body="""Hi,

Referral note (C-CDA) attached for my 7:30 repeat cesarean on Tuesday 11/24. H&P will follow once I see her on Friday. Please confirm anesthesia consult is on the books.

Thanks,
Helena Vasquez-Ortiz, MD
Willow Creek Women's Health
""",
        atts=(Att("WC0418266_referral.xml", XML, CCDA_CSECTION),),
    ),
    Spec(
        phi=True,
        category="fhir_beta_hcg_to_telehealth_partner",
        notes="FHIR bundle with a patient resource and two beta-hCG observations sent to a telehealth monitoring partner.",
        frm="Willow Creek Interfaces <hl7@willowcreekwh.org>",
        to="Data Intake <intake@bloomtelehealth.com>",
        subject="[FHIR push] Bundle 20261119-117",
        body="""Automated FHIR push from Willow Creek Women's Health. 1 bundle attached. Contact hl7@willowcreekwh.org with errors.
""",
        atts=(
            Att(
                "bundle_20261119-117.json",
                FHIR,
                '{"resourceType":"Bundle","id":"20261119-117","type":"transaction","entry":['
                '{"resource":{"resourceType":"Patient","id":"wc-0407713","identifier":[{"system":"urn:oid:2.16.840.1.113883.19.5.99999.2","value":"WC0407713"}],'
                '"name":[{"family":"Castellano","given":["Renata"]}],"birthDate":"1989-08-27","telecom":[{"system":"phone","value":"555-014-6029"}]}},'
                '{"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"21198-7","display":"Choriogonadotropin.beta subunit [Units/volume] in Serum or Plasma"}]},'
                '"subject":{"reference":"Patient/wc-0407713"},"effectiveDateTime":"2026-11-16","valueQuantity":{"value":212,"unit":"mIU/mL"}}},'
                '{"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"21198-7"}]},'
                '"subject":{"reference":"Patient/wc-0407713"},"effectiveDateTime":"2026-11-18","valueQuantity":{"value":468,"unit":"mIU/mL"}}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pregnancy_loss_karyotype_genetic_counselor",
        notes="Hard positive: surname plus pathology specimen number and a products-of-conception karyotype sent to an outside genetic counselor; no first name, no DOB.",
        frm="Anand Rao <arao@willowcreekwh.org>",
        to='"Hannah Brightwater, MS, CGC" <hbrightwater@genewisecounsel.com>',
        subject="Ferreira - POC result for your consult",
        body=f"""Hannah,

For your consult with Ms. Ferreira on Monday: POC from the 11/04 D&C (path specimen S26-11873) showed 47,XX,+16. Second loss this year; the first wasn't tested. Parental karyotypes ordered but not drawn yet.

She's understandably upset and wants to know if this changes anything for the next transfer. I told her you'd go through it.

{SIG_RAO}
""",
    ),
    Spec(
        phi=True,
        category="ivf_denial_appeal_letter",
        notes="Insurance appeal for a denied IVF cycle with member ID, diagnosis codes and treatment history.",
        frm="Grace Adeyemi <gadeyemi@willowcreekwh.org>",
        to="Appeals Unit <appeals@evergreenhealthplan.com>",
        subject="Level 1 appeal - Ref# EHP-PA-2611-03318",
        body=f"""To the Appeals Unit,

Please accept this Level 1 appeal of the denial of prior authorization EHP-PA-2611-03318.

Member: Danielle Whitacre   Member ID: EHP771204583   DOB: 02/19/1985
Diagnoses: N97.0 female infertility associated with anovulation; E28.2 polycystic ovarian syndrome
Requested: IVF cycle with ICSI (CPT 89280, 58970, 89250)

Ms. Whitacre has completed six ovulation induction cycles with letrozole and three IUI cycles without pregnancy, which meets plan criteria section 4.2(b). Cycle records are enclosed.

Sincerely,
{SIG_GRACE}
""",
    ),
    Spec(
        phi=True,
        category="postpartum_visit_tagalog_family",
        notes="Tagalog message to a patient's sister (personal mailbox) about the patient's postpartum blood-pressure check and medication.",
        frm="Maricel Santos <msantos@willowcreekwh.org>",
        to="Liza Dizon <liza.dizon.ph@gmail.com>",
        subject="Paalala: postpartum check ni Joy sa Lunes",
        body="""Magandang araw po, Ms. Liza,

Ito po si Maricel mula sa Willow Creek Women's Health. Kayo po ang nakalista na contact ng kapatid ninyong si Joy Dizon-Reyes. Paalala lang po na ang postpartum check niya ay sa Lunes, Nobyembre 23, 10:00 ng umaga, kay Dr. Vasquez-Ortiz.

Pakisabi po kay Joy na dalhin ang kanyang BP log - mataas pa rin po ang presyon niya noong Huwebes (148/96), at ituloy ang nifedipine 30 mg isang beses araw-araw hanggang sa check-up.

Maraming salamat po,
Maricel Santos
Medical Assistant, Willow Creek Women's Health
555-0124
""",
        lang="tl",
    ),
    Spec(
        phi=True,
        category="abnormal_pap_colposcopy_spanish",
        notes="Spanish message to a patient about an abnormal Pap/HPV result and a colposcopy appointment.",
        frm="Helena Vasquez-Ortiz <hvasquez@willowcreekwh.org>",
        to="Guadalupe Arriaga <lupita.arriaga@hotmail.com>",
        subject="Resultados de su Papanicolaou - cita de seguimiento",
        body="""Estimada Sra. Arriaga:

Recibimos los resultados del Papanicolaou que le hicimos el 3 de noviembre. Muestran cambios leves (LSIL) y la prueba de VPH de alto riesgo salió positiva. No es cáncer, pero necesitamos revisar el cuello del útero con una colposcopia.

Le reservamos la cita para el miércoles 2 de diciembre a las 2:30 p.m. Puede tomar ibuprofeno una hora antes. Si necesita cambiar la fecha, llame al 555-0120.

Atentamente,
Dra. Helena Vasquez-Ortiz
Willow Creek Women's Health
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="perinatal_mental_health_referral",
        notes="Hard positive: referral to an outside therapist identifying the patient by first name and DOB with an Edinburgh score written as '16/30, item 10 +', no diagnosis words.",
        frm="Juniper Blake <jblake@willowcreekwh.org>",
        to="Intake <intake@riverstonecounseling.com>",
        subject="referral - perinatal, urgent-ish",
        body=f"""Hi Dana,

Referring a 6-wk postpartum client, Amira (DOB 10/04/1998). EPDS today 16/30, item 10 +  (passive, no plan, safety plan done with partner present). Started sertraline 25 mg today. She'd prefer a woman therapist and telehealth, baby at home.

Best number for her is 555-0183, ok to leave a message. Can you get her in this week?

{SIG_JUNIPER}
""",
    ),
    Spec(
        phi=True,
        category="ultrasound_images_nested_zip",
        notes="Hard positive: nested zip of ultrasound images whose file names carry the patient's name and gestational age; the body says only 'images as discussed'.",
        frm="Willow Creek Imaging <ultrasound@willowcreekwh.org>",
        to="MFM Reading <reads@prairiemfm.com>",
        subject="images as discussed",
        body="""Images as discussed on the phone. Inner zip is the cine clips' stills.

Sonography - Willow Creek Women's Health
""",
        atts=(
            Att(
                "NT_scan_images.zip",
                ZIP,
                ZW.zipped(
                    {
                        "Kowalczyk_Anya_NT_12w3d_01.png": png(8, 6, (20, 20, 20)),
                        "Kowalczyk_Anya_NT_12w3d_02.png": png(8, 6, (30, 30, 30)),
                        "cine_stills.zip": ZW.zipped(
                            {
                                "Kowalczyk_Anya_NT_12w3d_cine_a.png": png(8, 6, (25, 25, 25)),
                                "measurements.txt": "NT 3.4 mm (>99th centile). CRL 62 mm. Nasal bone present. Recommend MFM consult and CVS discussion.\r\n",
                            }
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fertility_benefit_verification",
        notes="Hard positive: benefits verification note with a member ID, an ICD-10 code and remaining infertility benefit; no diagnosis in words.",
        frm="Grace Adeyemi <gadeyemi@willowcreekwh.org>",
        to="Nurse Navigator <navigator@progyncare.com>",
        subject="VOB done - EHP330918742",
        body=f"""Hi,

Verification done for EHP330918742 (subscriber's spouse, DOB 1990-05-14):
- Dx on file N97.9
- Infertility rider active through 06/30/2027
- Lifetime max $15,000, used $6,420 (2 IUI + meds), remaining $8,580
- Rx: fertility meds through specialty pharmacy only, 20% coins
- PA needed for 58970 / 89280

Next step is the consult with Dr. Rao on 12/2.

{SIG_GRACE}
""",
    ),
    Spec(
        phi=True,
        category="labor_arrival_heads_up",
        notes="Heads-up to the hospital charge nurse that a named patient in labor is on her way, with GBS status and allergy.",
        frm="Helena Vasquez-Ortiz <hvasquez@willowcreekwh.org>",
        to="L&D Charge RN <ldcharge@sbmc.org>",
        subject="Heads up - pt on her way, 5 cm",
        body="""Sending Catalina Ruiz-Beltran your way, G3P2, 39w1d, 5 cm / 80% in my office just now, contracting q3. GBS neg. PCN allergy (hives). Previous two deliveries fast - husband is driving, ETA 20 min.

I'll be over after my last patient.

Helena
""",
    ),
    Spec(
        phi=True,
        category="rhogam_stock_subject_only",
        notes="Hard positive: the subject line carries the patient's name and the medication; the body is a bare stock question to the outside pharmacy.",
        frm="Rosa Lindgren RN <rlindgren@willowcreekwh.org>",
        to="Pharmacy <pharmacy@willowcreekrx.com>",
        subject="Rhogam for Benedetta Luz tomorrow 9am?",
        body="""can you confirm you'll have it in stock by 8:30? last time the courier was late and she waited an hour.

thx - Rosa
""",
    ),
    Spec(
        phi=True,
        category="home_visit_address_backup_midwife",
        notes="Hard positive: no name at all; a street address plus a day-2 postpartum and newborn home visit, sent to the backup midwife's personal mailbox.",
        frm="Juniper Blake <jblake@willowcreekwh.org>",
        to="Noor Halvorsen <noor.halvorsen.cnm@gmail.com>",
        subject="can you cover my sat home visit?",
        body="""hey noor - any chance you can take my 2-day postpartum/newborn check Saturday at 11? Address is 1418 Larkspur Ln, Apt 3 (blue door around the back, dog is friendly). Baby needs the PKU heel stick and a weight; mom had a 2nd degree tear, check the repair and bleeding. Chart's in the shared drive.

owe you one!!
J
""",
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="ivf_success_rates_aggregate",
        notes="Hard negative: clinic-level IVF outcome rates by age band for a referring-physician packet; aggregate only.",
        frm="Anand Rao <arao@willowcreekwh.org>",
        to="Dr. Moira Keane <mkeane@lakesidefm.com>",
        subject="our 2025 IVF outcomes for your patients' questions",
        body=f"""Moira,

You asked for something you could show patients who ask "what are my odds". Attached are our 2025 outcomes by age band (same definitions as SART). Small numbers above 42 so I'd treat those with caution.

{SIG_RAO}
""",
        atts=(
            xlsx(
                "WillowCreek_IVF_outcomes_2025.xlsx",
                {
                    "Live birth per retrieval": [
                        ["Age band", "Retrievals", "Live births", "Rate"],
                        ["<35", 212, 104, "49.1%"],
                        ["35-37", 143, 58, "40.6%"],
                        ["38-40", 118, 31, "26.3%"],
                        ["41-42", 47, 6, "12.8%"],
                        [">42", 21, 1, "4.8%"],
                    ],
                    "FET": [
                        ["Age at freeze", "Transfers", "Live births", "Rate"],
                        ["<35", 301, 162, "53.8%"],
                        ["35-37", 166, 79, "47.6%"],
                        ["38-40", 98, 41, "41.8%"],
                    ],
                },
            ),
        ),
    ),
    Spec(
        phi=False,
        category="childbirth_class_newsletter_html",
        notes="Hard negative: HTML-only newsletter about childbirth classes, prenatal yoga and a breastfeeding support group, sent to the general subscriber list; no individual and no condition-segmented list.",
        frm="Willow Creek Women's Health <news@willowcreekwh.org>",
        to="Community newsletter <newsletter-list@willowcreekwh.org>",
        subject="December classes: childbirth prep, prenatal yoga, Baby Cafe",
        body="",
        html="""<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<h1 style="color:#4b6b3c">Willow Creek Women's Health &mdash; December Classes</h1>
<h3>Childbirth Preparation (4 weeks)</h3>
<p>Tuesdays 6:30&ndash;8:30 PM starting Dec 1. Stages of labor, comfort measures, epidurals and cesarean birth. $120 per couple; often covered by HSA.</p>
<h3>Prenatal Yoga</h3>
<p>Saturdays 9 AM. Gentle flow for every trimester. Bring a mat.</p>
<h3>Baby Caf&eacute; breastfeeding drop-in</h3>
<p>Thursdays 10&ndash;12 with our IBCLCs. Free, no appointment, siblings welcome.</p>
<p><a href="https://willowcreekwh.org/classes">Register online</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed at willowcreekwh.org. <a href="https://willowcreekwh.org/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="mastitis_handout_pdf",
        notes="Hard negative: patient-education handout on mastitis with medication names and doses; generic, not about any individual.",
        frm="Ruth Okafor <rokafor@willowcreekwh.org>",
        to="Nursing Education <education@sbmc.org>",
        subject="updated mastitis handout for your postpartum unit",
        body="""Hi Theresa,

Here is our updated mastitis handout (reflects the ABM protocol #36 changes - no more aggressive pumping or heat). Feel free to use it on your postpartum unit with our logo.

Ruth Okafor, IBCLC
Willow Creek Women's Health - Lactation
""",
        atts=(
            pdf(
                "Mastitis_handout_2026.pdf",
                [
                    "WILLOW CREEK WOMEN'S HEALTH - LACTATION SERVICES",
                    "Mastitis: what to do",
                    "Feed the baby as usual. Do not over-pump or 'empty' the breast.",
                    "Ice packs 10-15 minutes after feeds; gentle lymphatic massage toward the armpit.",
                    "Ibuprofen 800 mg every 8 hours and acetaminophen 1000 mg every 8 hours as needed.",
                    "Call us if fever over 101 F lasts more than 24 hours - you may need an antibiotic",
                    "such as cephalexin or dicloxacillin.",
                ],
                "Mastitis handout",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="embryology_incubator_qc_vendor",
        notes="Hard negative: lab QC note to a vendor with incubator serial numbers, culture media lot numbers, pH and temperature logs; no patient.",
        frm="Mei-Lin Tsao <mtsao@willowcreekwh.org>",
        to="Tech Support <support@vitrolifeservice.com>",
        subject="EmbryoScope+ SN 3318-0472 - pH drift",
        body="""Hello,

Our EmbryoScope+ (SN 3318-0472) has drifted on pH over the last 9 days. Daily QC readings with G-TL media, lot 260917, exp 02/2027:

  11/10  7.28   37.0 C   CO2 6.0%
  11/13  7.31   37.0 C   CO2 6.0%
  11/16  7.34   37.1 C   CO2 5.9%
  11/18  7.36   37.0 C   CO2 5.8%

Gas supply checked, regulator fine. Can you send a field engineer this week? We've moved all active cultures to the benchtop incubators for now.

Mei-Lin Tsao, TS(ABB)
Lab Director, Embryology
""",
    ),
    Spec(
        phi=False,
        category="midwife_oncall_schedule_ics",
        notes="Hard negative: on-call calendar invite for staff midwives with 'L&D', 'call' and names; only workforce members.",
        frm="Karin Sundqvist <ksundqvist@willowcreekwh.org>",
        to="Noor Halvorsen <nhalvorsen@valleymidwifery.com>",
        subject="Invitation: Backup midwife call - Dec 5-6 weekend",
        body="""Noor - thanks for agreeing to backup call for Juniper over the Dec 5-6 weekend. Invite attached; L&D at St. Brendan has your credentials on file through 2027.

Karin
""",
        ics="""BEGIN:VCALENDAR\r
PRODID:-//Willow Creek Women's Health//Call Schedule//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:wcwh-call-20261205-backup@willowcreekwh.org\r
DTSTAMP:20261118T160000Z\r
DTSTART:20261205T130000Z\r
DTEND:20261207T130000Z\r
SUMMARY:Backup midwife call (Noor Halvorsen, CNM) - primary Juniper Blake, CNM\r
DESCRIPTION:Backup for birth center and St. Brendan L&D. Primary on-call line 555-0133.\r
ORGANIZER;CN=Karin Sundqvist:mailto:ksundqvist@willowcreekwh.org\r
ATTENDEE;CN=Noor Halvorsen;ROLE=REQ-PARTICIPANT:mailto:nhalvorsen@valleymidwifery.com\r
END:VEVENT\r
END:VCALENDAR\r
""",
    ),
    Spec(
        phi=False,
        category="manager_own_maternity_leave",
        notes="Hard negative: the practice manager tells a vendor about her own upcoming maternity leave and due date; the sender's own matter, not a patient's.",
        frm="Karin Sundqvist <ksundqvist@willowcreekwh.org>",
        to="Jared Whitfield <jwhitfield@crestlinemedsupply.com>",
        subject="heads up - I'll be out from mid January",
        body=f"""Hi Jared,

Personal news: I'm expecting our second in late January, so I'll be on maternity leave from about Jan 15 through mid-April. Mariah Choi (mchoi@willowcreekwh.org) will handle supply orders while I'm out. I'll introduce you two on our December call.

{SIG_KARIN}
""",
    ),
    Spec(
        phi=False,
        category="ultrasound_service_contract",
        notes="Vendor service contract renewal with device serial numbers.",
        frm="Karin Sundqvist <ksundqvist@willowcreekwh.org>",
        to="Contracts <contracts@medisonservice.com>",
        subject="Renewal quote - Voluson E10 x2",
        body=f"""Hi,

Please quote a 3-year full-service renewal for our two Voluson E10 systems (SN E10-77412 and E10-80193), including probes and software upgrades. Current contract ends 12/31/2026.

{SIG_KARIN}
""",
    ),
    Spec(
        phi=False,
        category="cnm_job_posting_recruiter",
        notes="Job posting for a nurse-midwife sent to a recruiter.",
        frm="Karin Sundqvist <ksundqvist@willowcreekwh.org>",
        to="Allie Trent <atrent@healthtalentpartners.com>",
        subject="CNM opening - full time, birth center + hospital",
        body=f"""Allie,

We're opening a full-time CNM position: 0.9 FTE, mix of birth center and hospital call (1 in 5), clinic 3 days. Need IL license and 2+ yrs full-scope experience. Range $128-142k plus call pay, sign-on $10k.

JD attached in our portal; send candidates directly to me.

{SIG_KARIN}
""",
    ),
    Spec(
        phi=False,
        category="deidentified_research_dataset",
        notes="Hard negative: Safe Harbor de-identified IVF dataset for a university collaborator: random study IDs, 5-year age bands, no dates or locations, lab values and outcomes.",
        frm="Anand Rao <arao@willowcreekwh.org>",
        to="Dr. Lucia Ferro <lferro@midstateu.edu>",
        subject="AMH / outcome dataset (de-identified, IRB 2026-114)",
        body=f"""Lucia,

Attached is the extract for IRB 2026-114. De-identified under Safe Harbor before it left our system: study IDs are random (no key retained outside the honest broker), ages in 5-year bands, no dates, no geography. 412 cycles.

{SIG_RAO}
""",
        atts=(
            Att(
                "irb2026-114_amh_outcomes_deid.csv",
                CSV,
                "study_id,age_band,bmi_band,amh_ng_ml,afc,protocol,oocytes,mii,blasts,live_birth\r\n"
                "S-0Q7K,30-34,25-29.9,2.8,14,antagonist,13,10,5,1\r\n"
                "S-4JX2,35-39,<25,1.1,8,antagonist,7,5,2,0\r\n"
                "S-9MBT,25-29,30-34.9,6.4,27,antagonist+GnRHa trigger,24,19,9,1\r\n"
                "S-2RWC,40-44,<25,0.4,4,microflare,3,2,0,0\r\n"
                "S-7HDV,35-39,25-29.9,1.9,11,antagonist,10,8,3,1\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="interpreter_services_notice_vietnamese",
        notes="Hard negative: Vietnamese announcement to a community group about free interpreters and new clinic hours; no individual.",
        frm="Karin Sundqvist <ksundqvist@willowcreekwh.org>",
        to="Hội Phụ Nữ Việt <lienhe@hoiphunuviet.org>",
        subject="Thông báo: dịch vụ thông dịch miễn phí và giờ mở cửa mới",
        body="""Kính gửi Hội Phụ Nữ Việt,

Phòng khám Willow Creek Women's Health xin thông báo:

- Từ ngày 1/12, phòng khám mở cửa thêm tối thứ Năm đến 7 giờ tối.
- Chúng tôi có thông dịch viên tiếng Việt miễn phí cho tất cả các buổi khám thai, khám phụ khoa và tư vấn cho con bú. Khi đặt hẹn, xin cho nhân viên biết cần thông dịch.
- Lớp học chuẩn bị sinh bằng tiếng Việt sẽ bắt đầu vào tháng Giêng.

Xin vui lòng chia sẻ với các hội viên. Cảm ơn quý Hội.

Karin Sundqvist
Quản lý phòng khám - Willow Creek Women's Health
ĐT: 555-0120
""",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="blank_new_ob_intake_docx",
        notes="Hard negative: a blank new-OB intake form with fields for LMP, pregnancy history and medications, sent to the form vendor for reprinting.",
        frm="Karin Sundqvist <ksundqvist@willowcreekwh.org>",
        to="Orders <orders@printwiseforms.com>",
        subject="reprint - New OB intake (rev 11/2026)",
        body=f"""Hi,

Please print 2,000 of the attached (revised) New OB Intake form, 2-sided, 3-hole punched. Same paper as job #88412.

{SIG_KARIN}
""",
        atts=(
            docx(
                "New_OB_Intake_rev2026-11.docx",
                [
                    "Willow Creek Women's Health - New OB Intake",
                    "Name: ____________________  Date of birth: ___/___/______",
                    "First day of last menstrual period (LMP): ___/___/______",
                    "Number of pregnancies: ___  Births: ___  Miscarriages: ___  Cesarean births: ___",
                    "Current medications and doses: ______________________________",
                    "Do you have: [ ] diabetes [ ] high blood pressure [ ] thyroid disease [ ] depression/anxiety",
                    "Preferred pharmacy: ____________________",
                ],
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grand_rounds_invite",
        notes="Grand rounds invitation on placenta accreta with speaker bio; clinical topic, no patient.",
        frm="Helena Vasquez-Ortiz <hvasquez@willowcreekwh.org>",
        to="OB Department <obgyn-dept@sbmc.org>",
        subject="Grand Rounds 12/9: Placenta accreta spectrum - what's changed",
        body="""Colleagues,

Join us Wednesday 12/9, 7:00 AM, SBMC Auditorium B (and Zoom):

"Placenta Accreta Spectrum: Imaging, Timing and the Multidisciplinary Team"
Speaker: Dr. Omari Fitzgerald, MFM, Prairie Maternal-Fetal Medicine

1.0 AMA PRA Category 1 credit. Breakfast provided.

Helena Vasquez-Ortiz, MD
Chair, OB Quality Committee
""",
    ),
    Spec(
        phi=False,
        category="thanksgiving_closure",
        notes="Holiday hours notice to the answering service.",
        frm="Karin Sundqvist <ksundqvist@willowcreekwh.org>",
        to="Account Team <accounts@cardinalanswering.com>",
        subject="Thanksgiving hours",
        body=f"""Hi,

We're closed Thursday 11/26 and Friday 11/27. Please route all calls to the on-call provider per the weekend script starting Wednesday 5 PM. Normal hours resume Monday 11/30.

{SIG_KARIN}
""",
    ),
    Spec(
        phi=False,
        category="payer_fee_schedule_dispute",
        notes="Hard negative: contract rate dispute with a payer listing obstetric and IVF CPT codes, allowed amounts and variances; no patient claims.",
        frm="Grace Adeyemi <gadeyemi@willowcreekwh.org>",
        to="Provider Relations <provider.relations@evergreenhealthplan.com>",
        subject="2026 fee schedule not loaded correctly",
        body=f"""Hello,

Since 10/1 your remits are paying us at the 2025 rates for several codes. Contracted 2026 vs. paid:

  CPT    Description                          Contract   Paid
  59400  Routine OB care, vaginal delivery    $3,180     $2,960
  59510  Routine OB care, cesarean            $3,640     $3,410
  76805  OB ultrasound >14 wks                $212       $198
  58970  Follicle puncture for oocyte retr.   $1,950     $1,820
  89280  ICSI, up to 10 oocytes               $1,180     $1,120

Please correct the load and reprocess affected claims. I can send a claim list through the secure portal if you need it.

{SIG_GRACE}
""",
    ),
    Spec(
        phi=False,
        category="cnm_privileges_renewal_identifiers",
        notes="Hard negative: hospital privilege renewal for a midwife with her NPI, licence number and DEA number; workforce identifiers only.",
        frm="Karin Sundqvist <ksundqvist@willowcreekwh.org>",
        to="Medical Staff Office <medstaff@sbmc.org>",
        subject="Privileges renewal - Juniper Blake, CNM",
        body=f"""Hello,

Attached in your credentialing portal: renewal application for Juniper Blake, CNM.

  NPI 1341355612
  IL APRN license 209.014472 (exp 05/31/2028)
  DEA AP1505102
  Collaborating physician: Helena Vasquez-Ortiz, MD, NPI 1164091575
  Case log: 162 births attended in the last 24 months

{SIG_KARIN}
""",
    ),
    Spec(
        phi=False,
        category="reminder_template_placeholders",
        notes="Hard negative: SMS/email reminder templates with merge placeholders for first name and procedure, sent to the messaging vendor for configuration.",
        frm="Karin Sundqvist <ksundqvist@willowcreekwh.org>",
        to="Onboarding <onboarding@remindrly.com>",
        subject="templates for go-live",
        body=f"""Hi Sam,

Here are our four templates for go-live. Please keep them generic - no procedure names in SMS, per our privacy officer.

1) SMS: Hi {{{{first_name}}}}, this is Willow Creek Women's Health reminding you of your appointment on {{{{appt_date}}}} at {{{{appt_time}}}}. Reply C to confirm.
2) Email: Dear {{{{first_name}}}}, your visit with {{{{provider}}}} is on {{{{appt_date}}}}. Please arrive 15 minutes early.
3) Fertility email: Dear {{{{first_name}}}}, please log in to the portal for your updated calendar.
4) Recall: Dear {{{{first_name}}}}, you are due for your annual visit. Call 555-0120.

{SIG_KARIN}
""",
    ),
    Spec(
        phi=False,
        category="infertility_awareness_walk",
        notes="Fundraising walk invitation to a community partner.",
        frm="Willow Creek Fertility Center <events@willowcreekwh.org>",
        to="Partnerships <partners@millbrookrunningclub.org>",
        subject="Walk of Hope 2027 - co-host again?",
        body="""Hi Devon,

Last spring's Walk of Hope raised $18,400 for the Willow Creek family-building grant. Would Millbrook Running Club co-host again on Saturday April 24, 2027? Same route along the river trail, 5K and 1-mile family loop.

Let me know and we'll get the permit in.

Warmly,
Willow Creek Fertility Center - Community Events
""",
    ),
    Spec(
        phi=False,
        category="forwarded_vendor_quote",
        notes="Hard negative: forwards a breast pump vendor's quote (message/rfc822) with model numbers and prices to the purchasing group.",
        frm="Ruth Okafor <rokafor@willowcreekwh.org>",
        to="Purchasing <purchasing@prairiehealthgpo.com>",
        subject="FW: hospital-grade pump quote",
        body="""Forwarding the Medela quote for our loaner pump program (6 units). Can the GPO beat this?

Ruth
""",
        forward=Spec(
            phi=False,
            category="forwarded_vendor_quote",
            notes="inner",
            frm="Shannon Mills <smills@medelarep.com>",
            to="Ruth Okafor <rokafor@willowcreekwh.org>",
            subject="Quote Q-26-0881 Symphony PLUS",
            body="""Hi Ruth,

Quote Q-26-0881: Symphony PLUS hospital-grade pump, qty 6 @ $1,845 = $11,070. Includes 2-yr warranty and 12 starter kits. Valid through 12/31.

Shannon Mills
Territory Manager
""",
        ),
    ),
    Spec(
        phi=False,
        category="ccda_interface_test_document",
        notes="Hard negative: a C-CDA test document with an obviously synthetic patient and TEST markers, sent to an HIE for certification.",
        frm="Willow Creek Interfaces <hl7@willowcreekwh.org>",
        to="Onboarding <onboarding@prairiehie.org>",
        subject="C-CDA certification sample (TEST)",
        body="""Attached is the sample C-CDA for step 3 of onboarding. Synthetic patient only (TEST00001). Please validate against your R2.1 rules.

Willow Creek Women's Health - Interfaces
""",
        atts=(Att("TEST_CCDA_sample.xml", XML, CCDA_TEMPLATE),),
    ),
    Spec(
        phi=False,
        category="new_logo_files",
        notes="Marketing sends new logo image files to the print shop.",
        frm="Karin Sundqvist <ksundqvist@willowcreekwh.org>",
        to="Orders <orders@printwiseforms.com>",
        subject="new logo for letterhead",
        body=f"""Use the attached logo on all reorders from now on (letterhead, envelopes, appointment cards).

{SIG_KARIN}
""",
        atts=(
            Att("WCWH_logo_2027_green.png", PNG, png(10, 4, (75, 107, 60))),
            Att("WCWH_logo_2027_white.png", PNG, png(10, 4, (255, 255, 255))),
        ),
    ),
    Spec(
        phi=True,
        category="referral_letter_rtf_endometriosis",
        notes="RTF referral letter to a colorectal surgeon with the patient's name, DOB and deep endometriosis findings.",
        frm="Helena Vasquez-Ortiz <hvasquez@willowcreekwh.org>",
        to="Referrals <referrals@prairiecolorectal.com>",
        subject="referral - combined case",
        body="""Referral letter attached (RTF from our dictation system). Looking for a combined case in January if your schedule allows.

Helena Vasquez-Ortiz, MD
""",
        atts=(
            Att(
                "referral_20261119_HVO.rtf",
                RTF,
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 "
                "Willow Creek Women's Health\\par "
                "Re: Odile Marchetti-Kane, DOB 01/23/1992\\par\\par "
                "Dear Dr. Sato,\\par "
                "I am referring Ms. Marchetti-Kane for evaluation of deep infiltrating endometriosis with a 2.8 cm "
                "rectosigmoid nodule on MRI (11/12/2026). She has failed norethindrone acetate 5 mg daily and "
                "reports dyschezia and cyclic rectal bleeding. I would propose a combined laparoscopy.\\par\\par "
                "Sincerely,\\par Helena Vasquez-Ortiz, MD\\par }",
            ),
        ),
    ),
]
