"""Willowbend Midwifery & Birth Center, with lactation support (18 PHI, 18 not)."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import EMS, MID, Att, Spec

CNM = f'"Hollis Greenberg, CNM" <hgreenberg@{MID}>'
LACT = f'"Amara Diallo, IBCLC" <adiallo@{MID}>'
FRONT = f"Willowbend Front Desk <frontdesk@{MID}>"
BILL = f"Willowbend Billing <billing@{MID}>"
DIR = f'"Josephine Vukovic, Executive Director" <jvukovic@{MID}>'
SIG = (
    "\n\nWillowbend Midwifery & Birth Center\n2600 Meadowlark Pkwy, Suite B, Alder Falls MN\n"
    "(507) 555-0170 | willowbendbirth.com\n"
)


def _ics(uid: str, start: str, summary: str, desc: str, attendees: list[str]) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Willowbend Birth Center//Calendar//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261105T180000Z",
        f"DTSTART:{start}",
        "DURATION:PT1H30M",
        f"SUMMARY:{summary}",
        f"DESCRIPTION:{desc}",
        f"ORGANIZER:mailto:hgreenberg@{MID}",
    ]
    lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}" for a in attendees]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
 <code code="18761-7" codeSystem="2.16.840.1.113883.6.1" displayName="Transfer summary note"/>
 <title>Willowbend Birth Center - Intrapartum Transfer Summary</title>
 <recordTarget><patientRole>
  <id extension="WB-20388" root="2.16.840.1.113883.3.9912"/>
  <addr><streetAddressLine>915 Quail Run</streetAddressLine><city>Pelham</city>
   <state>MN</state></addr>
  <patient><name><given>Tamsin</given><family>Okafor</family></name>
   <birthTime value="19940817"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody><component><section>
  <title>Reason for transfer</title>
  <text>G1P0 at 41w2d, prolonged second stage (3h40m), maternal exhaustion, meconium-stained
  fluid. Transferred 11/03/2026 02:15 by Tamarack County EMS to St. Brendan's L&amp;D.</text>
  <entry><observation classCode="OBS" moodCode="EVN">
   <value code="O63.1" codeSystem="2.16.840.1.113883.6.90"
    displayName="Prolonged second stage of labor"/>
  </observation></entry>
 </section></component></structuredBody></component>
</ClinicalDocument>
"""

_HL7 = (
    "MSH|^~\\&|MNPHL|MDH|WILLOWBEND|WBBC|202611091130||ORU^R01|NBS26110901|P|2.5.1\r"
    "PID|1||WB-N-0931^^^WBBC^MR||Lindqvist^Baby Girl||20261105|F|||4418 Heron Point Rd^^Alder "
    "Falls^MN^56014\r"
    "NK1|1|Lindqvist^Sigrid|MTH\r"
    "OBR|1||NBS-7781203|57128-1^Newborn screening panel^LN|||20261106\r"
    "OBX|1|ST|46761-9^CF IRT^LN||ELEVATED 71 ng/mL||<60|H|||F\r"
    "OBX|2|ST|57721-7^Result summary^LN||Repeat specimen requested; refer for sweat "
    "chloride||||||F\r"
)

_FHIR = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {
            "resource": {
                "resourceType": "Patient",
                "id": "wb-20451",
                "identifier": [{"system": "urn:willowbend:mrn", "value": "WB-20451"}],
                "name": [{"family": "Aguilar-Brandt", "given": ["Noemi"]}],
                "birthDate": "1997-01-28",
                "telecom": [{"system": "phone", "value": "507-555-0124"}],
            }
        },
        {
            "resource": {
                "resourceType": "Observation",
                "subject": {"reference": "Patient/wb-20451"},
                "code": {"text": "Blood pressure"},
                "valueString": "148/96 (repeat 152/98) at 34w1d",
                "effectiveDateTime": "2026-11-10",
            }
        },
        {
            "resource": {
                "resourceType": "Condition",
                "subject": {"reference": "Patient/wb-20451"},
                "code": {
                    "coding": [
                        {
                            "system": "http://hl7.org/fhir/sid/icd-10-cm",
                            "code": "O13.3",
                            "display": "Gestational hypertension",
                        }
                    ]
                },
            }
        },
    ],
}

_EPDS = xlsx(
    {
        "EPDS 2-wk": [
            ["Client", "Chart", "Birth date (baby)", "EPDS", "Item 10", "Action"],
            ["Kenzie Albright", "WB-20312", "10/21/2026", 14, 0, "referral to perinatal MH"],
            ["Rosa Delgado-Finch", "WB-20330", "10/24/2026", 7, 0, "routine"],
            [
                "Leilani Kahale",
                "WB-20341",
                "10/27/2026",
                19,
                1,
                "same-day safety plan, crisis line",
            ],
        ],
        "6-wk": [
            ["Client", "Chart", "EPDS", "Notes"],
            ["Mariam Haddad", "WB-20277", 11, "on sertraline 50 mg, improving"],
        ],
    }
)

_OUTCOMES = xlsx(
    {
        "2025 outcomes": [
            ["Measure", "Value"],
            ["Clients admitted in labor", 212],
            ["Spontaneous vaginal birth at center", "84.4%"],
            ["Intrapartum transfer rate", "13.2%"],
            ["Cesarean rate (transfers incl.)", "5.7%"],
            ["Breastfeeding at 6 weeks", "92%"],
        ],
        "Transfer reasons": [
            ["Reason", "Count"],
            ["Failure to progress", 14],
            ["Maternal request for epidural", 8],
            ["Meconium / fetal heart rate", 5],
        ],
    }
)

PHI: list[Spec] = [
    Spec(
        phi=True,
        category="mid_lactation_followup_client",
        notes="Lactation consultant to a client's personal mailbox: client and baby first names, "
        "weights, latch problem, nipple shield plan.",
        frm=LACT,
        to="priya.venkatesan88@icloud.com",
        subject="Following up on today's visit",
        body="Hi Priya,\n\nSo glad Arjun's latch looked better today! He was 7 lb 2 oz, up 4 oz "
        "since Monday. Keep using the 20 mm nipple shield, pump after the morning feeds, and "
        "watch the cracked spot on the left side. If you get a fever or a hot red area, call "
        "us right away (could be mastitis).\n\nSee you Thursday at 10.\n\nAmara Diallo, IBCLC"
        + SIG,
    ),
    Spec(
        phi=True,
        category="mid_text_note_room_first_name",
        notes="Hard positive: midwife-to-midwife texting note; only a first name and suite number "
        "with labour progress, GBS status and penicillin.",
        frm=CNM,
        to=f"mbriggs@{MID}",
        subject="suite 2",
        body="Kenzie in suite 2 - G2P1, 6 cm at 1400, GBS+ so pen G started 1420, 2nd dose due "
        "1820. partner is great. I'm out at 1900, you're on. BP fine.",
    ),
    Spec(
        phi=True,
        category="mid_case_conference_invite",
        notes="Hard positive: calendar invite for a shoulder-dystocia case conference; client "
        "identified by initial, surname and birth date.",
        frm=CNM,
        to=f"clinical-team@{MID}",
        subject="Peer review: shoulder dystocia, T. Okafor 11/03",
        body="Peer review for T. Okafor's 11/03 birth/transfer. Please review the chart before.",
        ics=_ics(
            "peer-okafor-1103@willowbendbirth.com",
            "20261118T190000Z",
            "Peer review: T. Okafor 11/03 shoulder dystocia + transfer",
            "HELPERR timing\\, neonatal APGAR 4/8\\, EMS handoff",
            [f"clinical-team@{MID}"],
        ),
    ),
    Spec(
        phi=True,
        category="mid_ccda_transfer_summary",
        notes="C-CDA intrapartum transfer summary: name, DOB, address, chart number, labour "
        "complication.",
        frm=CNM,
        to="ld-charge@stbrendanshealth.org",
        subject="Transfer summary for this morning's transport",
        body="Attached is the transfer summary for the client we sent in at 0215. Thank you for "
        "the warm handoff.\n\nHollis" + SIG,
        atts=(Att("transfer_summary_WB-20388.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="mid_superbill_client",
        notes="Superbill to a client's personal mailbox with global OB CPT code, ICD-10, "
        "dates and her name.",
        frm=BILL,
        to="hannah.ostergaard@yahoo.com",
        subject="Superbill for your out-of-network claim",
        body="Hi Hannah,\n\nHere's the superbill you asked for to send to your insurer:\n\n"
        "Patient: Hannah Ostergaard   DOB 03/30/1993\n"
        "Provider: Hollis Greenberg, CNM  NPI 1146684760\n"
        "CPT 59400 global OB care incl. vaginal delivery   $5,400.00\n"
        "ICD-10 Z3A.39, O80   Date of birth of infant 10/18/2026\n"
        "Paid by client: $5,400.00\n\nBilling" + SIG,
    ),
    Spec(
        phi=True,
        category="mid_newborn_screen_hl7",
        notes="HL7 ORU newborn-screening result: baby surname, mother name, address, elevated "
        "IRT (cystic fibrosis screen).",
        frm=f"Interface <interface@{MID}>",
        to=f"hgreenberg@{MID}",
        cc="pediatrics@alderfallsclinic.org",
        subject="NBS abnormal - action needed",
        body="Abnormal newborn screen received from the state lab. Pediatrician copied.",
        atts=(Att("NBS_26110901.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=True,
        category="mid_epds_roster_xlsx",
        notes="Multi-sheet postpartum depression screening roster: names, chart numbers, scores, "
        "suicidality item and sertraline.",
        frm=f'"Dr. Ingrid Solheim, Perinatal Psychologist" <isolheim@{MID}>',
        to=f"clinical-team@{MID}",
        subject="EPDS tracker - week of 11/9",
        body="Updated tracker attached. Leilani had a positive item 10, safety plan done, I'll "
        "call "
        "her tomorrow.\n\nIngrid",
        atts=(Att("EPDS_tracker_1109.xlsx", XLSX, _EPDS),),
    ),
    Spec(
        phi=True,
        category="mid_husband_forward_rhogam",
        notes="Hard positive: reply to a client's husband at a personal mailbox; only her first "
        "name with a RhoGAM injection, Rh-negative status and pregnancy week.",
        frm=f'"Mirela Briggs, CNM" <mbriggs@{MID}>',
        to="danny.whitcomb@outlook.com",
        subject="Re: Did Jess get her shot?",
        body="Hi Danny,\n\nYes - Jessica got her RhoGAM injection on Monday at the 28-week visit, "
        "since she's Rh negative. Nothing else is needed until the baby's blood type is known "
        "after birth. She gave us permission to talk with you about her care.\n\nMirela"
        + SIG
        + "\n-----Original Message-----\nFrom: Danny Whitcomb\nSent: Tuesday\n"
        "Subject: Did Jess get her shot?\n\nJess can't remember if she got the rhogam thing "
        "on Monday, her blood is negative. Can you check?\n",
    ),
    Spec(
        phi=True,
        category="mid_newborn_photo_filename",
        notes="Hard positive: newborn photo whose file name carries the family surname and birth "
        "at the center, sent to a grandmother's personal mailbox.",
        frm=FRONT,
        to="grandma.lindqvist@aol.com",
        subject="photo from Sigrid",
        body="Hello! Sigrid asked us to send you this from her phone since the wifi was down. "
        "Congratulations!\n\nFront desk",
        atts=(
            Att(
                "Lindqvist_baby_first_bath_WillowbendSuite3.png",
                "image/png",
                png(8, 6, (240, 200, 180)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mid_doula_birth_plan",
        notes="Client's EDD, GBS status, birth plan and prior cesarean shared with an outside "
        "doula.",
        frm=CNM,
        to="rue@rootedbirthdoulas.com",
        subject="Camille's birth plan",
        body="Hi Rue,\n\nCamille Boateng said you're her doula - welcome! She's due 12/02, GBS "
        "negative, planning a VBAC (one prior cesarean for breech, 2022) so she'll labor at "
        "St. Brendan's per our transfer agreement, not at the center. Birth plan: intermittent "
        "monitoring if allowed, no epidural, delayed cord clamping.\n\nHollis",
    ),
    Spec(
        phi=True,
        category="mid_intake_waitlist_csv",
        notes="Intake waitlist CSV: names, phone numbers, EDDs, gravida/para and insurance.",
        frm=FRONT,
        to=f"intake@{MID}",
        subject="waitlist as of 11/10",
        body="Updated waitlist attached. Three are hoping for a spring consult.",
        atts=(
            Att(
                "waitlist_1110.csv",
                "text/csv",
                "name,phone,edd,gp,insurance,notes\r\n"
                "Brianna Cole,507-555-0107,05/14/2027,G1P0,Medica,referred by Dr. Nunez\r\n"
                "Xiomara Reyes,507-555-0181,04/29/2027,G3P2,MA,prior PPH\r\n"
                "Yuki Tanabe,507-555-0162,06/02/2027,G2P1,HealthPartners,\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mid_filename_only_gdm_log",
        notes="Hard positive: PHI only in the PDF file name (client name and gestational "
        "diabetes); the PDF is a blank log template.",
        frm=f'"Mirela Briggs, CNM" <mbriggs@{MID}>',
        to="nutrition@alderfallsclinic.org",
        subject="log for Thursday",
        body="Attached as we discussed, for Thursday's dietitian visit.\n\nMirela",
        atts=(
            Att(
                "Hernandez_Marisol_GDM_glucose_log.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOWBEND MIDWIFERY & BIRTH CENTER",
                        "Blood glucose log (template)",
                        "Date | Fasting | 1h after breakfast | 1h after lunch | 1h after dinner",
                    ],
                    "Glucose log",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mid_text_mastitis_callback",
        notes="Texting-style note: client name, mastitis and antibiotic prescription to pharmacy.",
        frm=LACT,
        to=f"frontdesk@{MID}",
        subject="callback",
        body="pls call Bea Torvik back re: mastitis - Hollis sent dicloxacillin 500 qid to the "
        "Walgreens on Elm. tell her keep nursing on that side + ibuprofen. thx!",
    ),
    Spec(
        phi=True,
        category="mid_lab_add_on_dob_chart",
        notes="Hard positive: lab add-on request identifying the client only by DOB and chart "
        "number, with a GBS culture and a prenatal panel.",
        frm=f'"Tori Spence, RN" <tspence@{MID}>',
        to="clientservices@northlakelabs.com",
        subject="Add-on request",
        body="Hi, please add GBS culture w/ sensitivities (penicillin allergy) to the specimen "
        "collected 11/09 for chart WB-20417, DOB 04/19/1995, and rerun the hep B surface "
        "antigen which came back indeterminate.\n\nThanks,\nTori Spence RN",
    ),
    Spec(
        phi=True,
        category="mid_home_birth_ems_standby",
        notes="Hard positive: home-birth standby notice to EMS: home address, EDD and planned "
        "birth, no name.",
        frm=CNM,
        to=f"dispatch-supervisor@{EMS}",
        subject="Planned home birth notification",
        body="Hello,\n\nAs per our agreement, notifying you of a planned home birth at 815 Kestrel "
        "Ct, Alder Falls (gravel driveway, blue house). EDD 11/20, G3P2, uncomplicated. Two "
        "midwives attend; transfer hospital St. Brendan's. Gate code 4417.\n\nHollis Greenberg, "
        "CNM",
    ),
    Spec(
        phi=True,
        category="mid_fhir_prenatal_bp",
        notes="FHIR bundle for a prenatal visit: name, DOB, phone, chart number, elevated BP, "
        "gestational hypertension.",
        frm=CNM,
        to="mfm-referrals@stbrendanshealth.org",
        subject="MFM consult referral (FHIR)",
        body="Referral for MFM consult, data attached per your intake API. Please call client to "
        "schedule this week.",
        atts=(Att("referral_wb-20451.json", "application/fhir+json", json.dumps(_FHIR, indent=1)),),
    ),
    Spec(
        phi=True,
        category="mid_birth_certificate_worksheet_docx",
        notes="Birth certificate worksheet DOCX for vital records: parents, address, baby's sex, "
        "weight, birth date and complications.",
        frm=FRONT,
        to="vitalrecords@tamarackcounty.mn.gov",
        subject="Birth worksheet - submitted via email per your request (portal down)",
        body="Attached is the worksheet since the portal is down today.\n\nFront Desk" + SIG,
        atts=(
            Att(
                "birth_worksheet_1105.docx",
                DOCX,
                docx(
                    [
                        "Willowbend Birth Center - Birth Certificate Worksheet",
                        "Child: Baby Girl Lindqvist  DOB 11/05/2026 03:12  Female  3410 g",
                        "Mother: Sigrid Anna Lindqvist, DOB 06/09/1996",
                        "Residence: 4418 Heron Point Rd, Alder Falls MN 56014",
                        "Pregnancy risk factors: none; Labor: spontaneous; GBS negative",
                        "Complications: 2nd degree laceration repaired",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mid_subject_only_iud",
        notes="Hard positive: PHI in the subject only (client name and IUD insertion); body is "
        "a bare scheduling note.",
        frm=FRONT,
        to=f"hgreenberg@{MID}",
        subject="Nadia Oyelaran - 6wk PP + Mirena insertion moved to Tue",
        body="moved per her request, it's on your schedule now.",
    ),
]

CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="mid_marketing_newsletter_html",
        notes="Hard negative: birth-center marketing newsletter (HTML only) with water birth, "
        "VBAC and lactation topics; no individual.",
        frm=f"Willowbend Birth Center <news@{MID}>",
        to="subscribers@lists.willowbendbirth.com",
        subject="New water birth suites + free tours in December",
        body="",
        html="<html><body><h1>Welcome to our new suites</h1><p>Our two new water birth suites open "
        "December 1. Join a free tour on Saturdays at 10am.</p><ul><li>Childbirth education "
        "series</li><li>Breastfeeding Cafe every Thursday</li><li>Postpartum mood support "
        "group</li></ul><p>Most insurances accepted, including Medical Assistance.</p>"
        '<img src="https://track.mailpilot.io/o/wb-nov.gif" width="1" height="1"></body></html>',
    ),
    Spec(
        phi=False,
        category="mid_childbirth_class_invite",
        notes="Hard negative: calendar invite for a public childbirth class, no client.",
        frm=f"Education <classes@{MID}>",
        to=f"all-staff@{MID}",
        subject="Childbirth Basics series - teaching schedule",
        body="Teaching schedule for December's series. Hollis teaches week 1 (labor stages), "
        "Amara week 3 (breastfeeding).",
        ics=_ics(
            "cb-basics-dec@willowbendbirth.com",
            "20261202T000000Z",
            "Childbirth Basics - week 1",
            "Labor stages\\, comfort measures\\, when to call",
            [f"all-staff@{MID}"],
        ),
    ),
    Spec(
        phi=False,
        category="mid_aggregate_outcomes_xlsx",
        notes="Hard negative: annual outcomes workbook (transfer and cesarean rates, reasons) "
        "aggregate only, to the accreditor.",
        frm=DIR,
        to="datareports@birthcenteraccred.org",
        subject="2025 outcomes data submission",
        body="Attached is our 2025 outcomes submission. 212 clients admitted in labor; intrapartum "
        "transfer 13.2%.\n\nJosephine" + SIG,
        atts=(Att("Willowbend_2025_outcomes.xlsx", XLSX, _OUTCOMES),),
    ),
    Spec(
        phi=False,
        category="mid_job_posting_cnm",
        notes="Job posting for a certified nurse-midwife.",
        frm=DIR,
        to="adaeze.umeh.cnm@outlook.com",
        subject="CNM position - thanks for your interest",
        body="Hi Adaeze, thanks for reaching out at the ACNM meeting. Here is the "
        "posting:\n\nWillowbend Midwifery & Birth Center seeks a CNM (1.0 FTE) for prenatal "
        "clinic, "
        "births at the center and home visits. Call 1:6. Salary $118-132k. Apply by 12/15.",
    ),
    Spec(
        phi=False,
        category="mid_vendor_invoice_ssn_shaped",
        notes="Hard negative: vendor invoice for birth pool liners whose account number looks "
        "like an SSN.",
        frm="Billing <billing@aquabirthsupply.com>",
        to=f"ap@{MID}",
        subject="Invoice AB-20931, account 529-18-4471",
        body="Thank you for your order. Invoice AB-20931 for account 529-18-4471:\n\n"
        "24 x birth pool liners  $576.00\n2 x floating thermometers $38.00\nShipping $22.00\n"
        "Total $636.00, due 12/10.",
    ),
    Spec(
        phi=False,
        category="mid_pph_protocol_update",
        notes="Hard negative: postpartum hemorrhage protocol with drug doses, no client.",
        frm=CNM,
        to=f"clinical-team@{MID}",
        subject="PPH protocol v3 - please read before your next shift",
        body="Changes in v3:\n- Oxytocin 10 units IM first line, then 20 units in 1 L LR.\n"
        "- Misoprostol 800 mcg buccal/SL second line.\n- TXA 1 g IV within 3 hours if IV access; "
        "otherwise call for transfer.\n- QBL, not EBL, on every birth.\nDrill at staff meeting "
        "11/24.",
    ),
    Spec(
        phi=False,
        category="mid_staff_notice_conference",
        notes="Hard negative: staff coverage notice naming a midwife away at a conference.",
        frm=DIR,
        to=f"all-staff@{MID}",
        subject="Coverage 11/16-11/18",
        body="Hollis will be at the ACNM regional meeting 11/16-11/18. Mirela covers call; Amara "
        "covers lactation drop-in. Office hours unchanged.",
    ),
    Spec(
        phi=False,
        category="mid_breastfeeding_cafe_flyer",
        notes="Hard negative: lactation support group flyer mentioning mastitis, tongue-tie and "
        "low supply as topics.",
        frm=LACT,
        to="community-calendar@alderfallspatch.com",
        subject="Breastfeeding Cafe - weekly listing",
        body="Please list: Breastfeeding Cafe, Thursdays 10-11:30am at Willowbend. Free, led by an "
        "IBCLC. Topics rotate: latch, low supply, mastitis prevention, tongue-tie, returning to "
        "work and pumping. Scale available for weighted feeds. Everyone welcome.",
    ),
    Spec(
        phi=False,
        category="mid_credentialing_npi",
        notes="Hard negative: credentialing packet details for midwives (NPI, licence) to a payer.",
        frm=BILL,
        to="credentialing@bprairiehp.com",
        subject="Credentialing - two CNMs",
        body="Please add to our group contract:\n\nHollis Greenberg, CNM  NPI 1146684760  "
        "MN APRN 2019-4410\nMirela Briggs, CNM  NPI 1000968028  MN APRN 2021-5172\n\n"
        "Group NPI and W-9 on file.\n\nBilling" + SIG,
    ),
    Spec(
        phi=False,
        category="mid_deidentified_research_csv",
        notes="Hard negative: de-identified research extract (study codes, gestational age, "
        "parity, outcomes; no dates or names) to a university.",
        frm=DIR,
        to="perinatal-lab@umn-research.edu",
        subject="De-identified extract for IRB #2026-118",
        body="Per the data use agreement, attached is the de-identified extract (Safe Harbor: no "
        "dates beyond year, no geography below state, study codes not derived from charts).",
        atts=(
            Att(
                "wb_deid_2025.csv",
                "text/csv",
                "study_id,year,ga_weeks,parity,birth_site,transfer,ebl_ml,breastfeeding_6wk\r\n"
                "S001,2025,39,0,center,N,250,Y\r\nS002,2025,41,1,center,N,300,Y\r\n"
                "S003,2025,40,0,hospital,Y,600,Y\r\nS004,2025,38,2,home,N,150,N\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="mid_testimonial_consent_template",
        notes="Blank testimonial/photo consent template DOCX for marketing; no client data.",
        frm=DIR,
        to=f"marketing@{MID}",
        subject="updated photo/testimonial release",
        body="Updated blank release form attached; legal approved. Use this from now on.",
        atts=(
            Att(
                "photo_testimonial_release_BLANK.docx",
                DOCX,
                docx(
                    [
                        "Willowbend Birth Center - Photo and Testimonial Release",
                        "Name: ____________  Signature: ____________  Date: ______",
                        "I agree that Willowbend may use my photo/story on its website.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="mid_ehr_downtime",
        notes="IT downtime notice for the EHR.",
        frm="IT Services <support@prairieitpartners.com>",
        to=f"all-staff@{MID}",
        subject="EHR maintenance Sunday 11/15 0100-0400",
        body="Your EHR vendor will apply an update Sunday 0100-0400. Use the paper downtime "
        "packets in the nurses' station. Fax is unaffected.",
    ),
    Spec(
        phi=False,
        category="mid_lactation_conference_agenda",
        notes="Hard negative: forwarded (message/rfc822) lactation conference agenda with "
        "clinical topics and named speakers; no client.",
        frm=LACT,
        to=f"clinical-team@{MID}",
        subject="Fwd: MN Lactation Summit agenda",
        body="We have 3 paid slots for the March summit, agenda below. Let me know by Friday.\n\n"
        "Amara",
        forward=Spec(
            phi=False,
            category="forwarded",
            notes="inner",
            frm="MN Lactation Coalition <summit@mnlactation.org>",
            to="members@mnlactation.org",
            subject="MN Lactation Summit 2027 - agenda and registration",
            body="08:30 Ankyloglossia and frenotomy outcomes - Dr. Priscilla Nyambura, pediatric "
            "ENT\n10:00 Insufficient glandular tissue - Liv Ekstr\u00f6m, IBCLC\n13:00 "
            "Medications in lactation: SSRIs, buprenorphine - Dr. Omar Farouk, PharmD\n\n"
            "Early registration $180 until 1/15.",
        ),
    ),
    Spec(
        phi=False,
        category="mid_accreditation_site_visit",
        notes="Accreditation site visit scheduling; business only.",
        frm=DIR,
        to="sitevisits@birthcenteraccred.org",
        subject="Site visit dates",
        body="Either 1/12 or 1/14 works for our re-accreditation visit. We will have policy "
        "binders, the transfer log (de-identified summary) and emergency drill records ready.",
    ),
    Spec(
        phi=False,
        category="mid_text_supply_order",
        notes="Hard negative: texting-style supply note mentioning Pitocin and cord clamps.",
        frm=f'"Mirela Briggs, CNM" <mbriggs@{MID}>',
        to=f"jvukovic@{MID}",
        subject="supply closet",
        body="closet low on pitocin (2 left), cord clamps, chux and the big pads. also methergine "
        "expires 11/30. can u order b4 the wknd? ty",
    ),
    Spec(
        phi=False,
        category="mid_marketing_stock_photo",
        notes="Hard negative: social-media post draft with a licensed stock photo of newborn feet.",
        frm=f"Marketing <marketing@{MID}>",
        to="hello@sproutcreativeagency.com",
        subject="IG post draft - World Prematurity Day",
        body="Draft caption: 'Every baby's journey is different. Our midwives partner with NICU "
        "teams when little ones arrive early.' Stock photo (licensed, iStock #118342) attached.",
        atts=(Att("stock_newborn_feet_iStock118342.png", "image/png", png(8, 8, (250, 230, 220))),),
    ),
    Spec(
        phi=False,
        category="mid_open_enrollment",
        notes="Hard negative: staff benefits open-enrollment notice (health plan options).",
        frm=DIR,
        to=f"all-staff@{MID}",
        subject="Open enrollment closes 11/30",
        body="Reminder: pick your 2027 health, dental and vision plans by 11/30. HSA employer "
        "contribution rises to $1,000. The EAP is free and confidential.",
    ),
    Spec(
        phi=False,
        category="mid_board_budget_pdf",
        notes="Board meeting budget summary PDF.",
        frm=DIR,
        to="board@willowbendbirth.com",
        subject="Board packet - December",
        body="Budget summary attached for the 12/8 meeting.",
        atts=(
            Att(
                "board_budget_FY27.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOWBEND MIDWIFERY & BIRTH CENTER - FY27 budget summary",
                        "Revenue $2.41M (births 230 projected)",
                        "Expenses $2.28M; capital: suites renovation $180k",
                    ],
                    "FY27 budget",
                ),
            ),
        ),
    ),
]

MESSAGES: list[Spec] = PHI + CLEAN
