"""Held-out PHI corpus: mail the detector's developers never tune on.

Written deliberately unlike tests/corpus: a different organisation (St. Brendan
Regional Medical Center), different people and phrasing, Outlook-style HTML
bodies with confidentiality footers, reply chains, pipe-delimited exports.
About half the messages are hand-crafted one by one, the rest come from a
handful of templates that do not exist in tests/corpus/generate.py.

    .venv/bin/python tests/holdout/build_holdout.py [--out DIR]

Writes DIR/msgs/*.eml and DIR/labels.json. Deterministic (byte-identical reruns).
Do NOT tune the detector on this set; report its scores only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import sys
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))

import mimekit as mk  # noqa: E402
from faker import Faker  # noqa: E402

SB = "stbrendan-rmc.example"
SEED = 77031
FOOTER = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended "
    "recipient(s) and may contain confidential and privileged information, including protected health "
    "information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
    "intended recipient, please contact the sender by reply e-mail and destroy all copies."
)


@dataclass(frozen=True)
class Msg:
    slug: str
    phi: bool
    category: str
    notes: str
    frm: str
    to: str
    subject: str
    body: str
    outlook: bool = False  # render as Outlook-style multipart/alternative with footer
    footer: bool = True
    enc: tuple[str, str] | None = None
    atts: tuple[tuple[str, bytes, str], ...] = field(default_factory=tuple)
    raw_subject: str | None = None
    handwritten: bool = True


def outlook_html(text: str, footer: bool) -> str:
    paras = "".join(
        f'<p class="MsoNormal">{html.escape(line) if line else "&nbsp;"}<o:p></o:p></p>' for line in text.split("\n")
    )
    foot = f'<p class="MsoNormal" style="font-size:8.0pt;color:gray">{html.escape(FOOTER)}</p>' if footer else ""
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0in;font-family:"Calibri",sans-serif;}'
        '</style></head><body lang="EN-US"><div class="WordSection1">' + paras + foot + "</div></body></html>"
    )


def render(m: Msg, index: int) -> bytes:
    key = f"holdout/{m.slug}"
    msg: EmailMessage = mk.new_message(sender=m.frm, to=m.to, subject=m.subject, key=key, index=3000 + index)
    msg["X-Mailer"] = "Microsoft Outlook 16.0" if m.outlook else "SB-Notify 2.4"
    body = m.body + ("\n" + FOOTER + "\n" if m.footer else "")
    cs, cte = m.enc or (("us-ascii", "7bit") if body.isascii() else ("utf-8", "quoted-printable"))
    if m.outlook:
        msg.set_content(body, charset=cs, cte="quoted-printable" if cte == "7bit" else cte)
        msg.add_alternative(outlook_html(m.body, m.footer), subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(body, charset=cs, cte=cte)
    for filename, data, ctype in m.atts:
        main, sub = ctype.split("/", 1)
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    return mk.serialize(msg, key, raw_subject=m.raw_subject)


# ====================================================================== hand-crafted (St. Brendan)

HAND: list[Msg] = [
    # ---------------------------------------------------------------- PHI
    Msg("hp01_return_to_work", True, "work-note", "provider note to employer naming condition",
        f"Occupational Medicine <occmed@{SB}>", "hr@harrowgate-foods.example", "Return to work - P. Raman",
        "To Harrowgate Foods HR,\n\nPriya Raman was under my care from 2 March to 6 March for acute bronchitis and "
        "may return to full duty on 9 March.\n\nDr. Felix Amundsen, St. Brendan Occupational Medicine", outlook=True),
    Msg("hp02_fmla_cert", True, "work-note", "FMLA certification with condition",
        f"Neurology Clinic <neuro@{SB}>", "leave-admin@civic-utilities.example", "FMLA certification attached below",
        "Employee: Gerald Nwosu\nCondition: chronic migraine with aura, under treatment since 2023\n"
        "Frequency of flare-ups: 2-3 per month, 1-2 days each\nIntermittent leave medically necessary: yes\n"
        "Certifying provider: Ana Lucía Ferraz, MD"),
    Msg("hp03_pap_normal", True, "result-to-patient", "result sent to patient by first name",
        f"Women's Health <womenshealth@{SB}>", "bea.kowalczyk@gmail.com", "Your results",
        "Hi Bea,\n\nGood news: your Pap smear from 2/24 was normal and HPV testing was negative. We'll see you "
        "for your next screening in three years.\n\nNurse Odile"),
    Msg("hp04_pump_serial", True, "device", "insulin pump serial number tied to patient",
        f"Diabetes Center <diabetes@{SB}>", "orders@pump-supplier.example", "pump replacement",
        "Warranty replacement request: Tobias Lindqvist-Hale, DOB 11/19/2004, type 1 diabetes. Current pump "
        "serial NG1428837H cracked casing. Please ship to 9 Fenwick Row, Apt 2B.", outlook=True),
    Msg("hp05_npo_diet", True, "inpatient", "diet order change for an inpatient",
        f"Clinical Nutrition <nutrition@{SB}>", f"Tray Line <trayline@{SB}>", "rm 614",
        "Mr. Hartono in 614 is NPO after midnight for EGD tomorrow. Cancel his breakfast tray and the renal diet "
        "snack.", footer=False),
    Msg("hp06_hearing_aids_pacu", True, "inpatient", "being a patient in PACU is itself PHI",
        f"PACU Front Desk <pacu@{SB}>", f"Security Lost & Found <lostfound@{SB}>", "found items",
        "We found a pair of hearing aids in bay 3. They belong to Anita Brooks, who was in PACU yesterday "
        "afternoon after her procedure. Her daughter will pick them up.", footer=False),
    Msg("hp07_chaplain", True, "inpatient", "end-of-life chaplain request",
        f"ICU 3 <icu3@{SB}>", f"Spiritual Care <chaplain@{SB}>", "chaplain please",
        "Family of Ferdinand Oyelowo in ICU 3 bed 12 asked for a Catholic chaplain. He is actively dying, "
        "comfort care only. Please come before 6pm if possible."),
    Msg("hp08_wheelchair_van", True, "transport", "transport to dialysis with address",
        f"Case Management <casemgmt@{SB}>", "dispatch@rideassist-transport.example", "standing order",
        "Please set up a standing wheelchair van for Mrs. Dolores Quintana, 88 Elm Court, Marlow, from home to "
        "Riverside Dialysis MWF, pickup 05:45, return 10:30. She uses a Medicaid ride benefit.", outlook=True),
    Msg("hp09_trial_subject", True, "research-identified", "identified research subject with randomisation",
        f"Research Coordinator <crc@{SB}>", "monitor@cro-partners.example", "subject 014",
        "Subject 014 (Hector Salinas, DOB 1958-07-02) consented 3/3 and was randomised to arm B "
        "(investigational SGLT2 combination). Baseline eGFR 41. Next visit 3/17."),
    Msg("hp10_mrn_audit", True, "mrn-list", "MRNs with sensitive audit context",
        f"Pharmacy Quality <rxquality@{SB}>", f"HIM <him@{SB}>", "chart pulls for audit",
        "Please pull these charts for the controlled-substance prescribing audit: 30118842, 30120017, 30122958, "
        "30131404. All four had >90 MME/day in Q4."),
    Msg("hp11_birth", True, "inpatient", "birth of a named patient's baby",
        f"Labor & Delivery <ld@{SB}>", f"Nursery <nursery@{SB}>", "LDR 3",
        "Tamsin Holt in LDR 3 delivered a boy at 04:52, 7 lb 2 oz, Apgars 8/9. Mom is GBS positive, received 2 "
        "doses of penicillin.", footer=False),
    Msg("hp12_subpoena_psych", True, "legal", "psychiatric admission dates in a legal response",
        f"Release of Information <roi@{SB}>", "paralegal@dunmore-law.example", "Response to subpoena 24-CV-3381",
        "In response to the subpoena, we confirm that Warren Teague (DOB 04/30/1979) was admitted to our "
        "inpatient psychiatric unit from 08/11/2025 to 08/19/2025. Records are enclosed under separate cover "
        "pursuant to the court order.", outlook=True),
    Msg("hp13_shingrix_signup", True, "immunization", "vaccine clinic sign-up sheet in TSV",
        f"Pharmacy Vaccine Clinic <vaxclinic@{SB}>", "volunteers@senior-center.example", "Saturday list",
        "Here's who is coming Saturday.",
        atts=(("signup.tsv", ("name\tphone\tvaccine\tdose\r\nMarguerite Okonkwo\t(802) 555-0134\tShingrix\t2\r\n"
                              "Bertram Sallis\t(802) 555-0187\tShingrix\t2\r\nIlse Vandermeer\t(802) 555-0162\t"
                              "Pneumococcal PCV20\t1\r\n").encode(), "text/tab-separated-values"),)),
    Msg("hp14_dental_recall", True, "result-to-patient", "dental recall mentioning periodontitis",
        "Harbor Dental <recall@harbor-dental.example>", "owen.prideaux@outlook.com", "Time for your cleaning, Owen",
        "Hi Owen,\n\nYou're due for your periodontal maintenance visit. At your last visit Dr. Sato noted "
        "moderate periodontitis in the lower molars, so we recommend every 3 months.\n\nHarbor Dental", footer=False),
    Msg("hp15_eylea", True, "clinician-note", "ophthalmology note",
        f"Retina Clinic <retina@{SB}>", "office@northgate-optometry.example", "re: Mrs. Kalinowski",
        "Thanks for the referral. Mrs. Halina Kalinowski: VA 20/80 OS, active wet AMD with subretinal fluid. "
        "First aflibercept (Eylea) injection given today; next 3/20.", outlook=True),
    Msg("hp16_ehr_copy_paste", True, "ehr-paste", "text copied out of the EHR banner",
        f"Hospitalist <hospitalist2@{SB}>", "pcp@brookside-family.example", "FYI your patient",
        "SMITHERS, NOELLE  (F)  52 y.o.  MRN: 30099417  Allergies: Sulfa\nProblem List - Active:\n"
        "  Hypothyroidism\n  Generalized anxiety disorder\n  Cellulitis of left lower limb (admitted 3/1)\n"
        "Will send DC summary when she goes home."),
    Msg("hp17_fall_incident", True, "incident", "incident report naming patient",
        f"5 North Charge <5ncharge@{SB}>", f"Risk Management <risk@{SB}>", "incident 3/2 0230",
        "Unwitnessed fall at 02:30, room 512. Patient Ignatius Bellamy, 84, found on floor beside bed, c/o R hip "
        "pain. Hospitalist notified, x-ray ordered, family called. Bed alarm had been turned off."),
    Msg("hp18_portuguese", True, "appointment", "Portuguese appointment reminder, windows-1252",
        f"Agendamento <agendamento@{SB}>", "joaquim.mendes52@yahoo.com", "Lembrete de consulta",
        "Caro Joaquim Mendes,\n\nLembramos a sua consulta de cardiologia (ecocardiograma) no dia 12/03 às 14h00, "
        "no St. Brendan, piso 2. Traga a lista de medicamentos.\n\nObrigado", enc=("windows-1252", "quoted-printable"),
        raw_subject=mk.encoded_word_subject("Lembrete de consulta - ecocardiograma", "windows-1252", "q"), footer=False),
    # ---------------------------------------------------------------- not PHI
    Msg("hn01_footer_only", False, "disclaimer", "finance mail whose only 'PHI' words are in the footer",
        f"Finance <finance@{SB}>", f"Department Heads <deptheads@{SB}>", "FY27 budget templates",
        "Hi all,\n\nFY27 operating budget templates are on the SharePoint site. Please return them by April 10. "
        "Capital requests over $5,000 need a separate form.\n\nThanks,\nGwendolyn", outlook=True),
    Msg("hn02_nurses_week", False, "recognition", "staff recognition with aggregate patient counts",
        f"Chief Nursing Officer <cno@{SB}>", f"All Nursing <nursing@{SB}>", "Happy Nurses Week!",
        "This year our oncology nurses cared for more than 4,000 patients and our ED nurses saw 61,000 visits. "
        "Special thanks to Rosalind Achterberg and Emeka Nwachukwu, this year's DAISY award winners.", outlook=True),
    Msg("hn03_physician_cv", False, "clinician", "physician CV with NPI and disease research",
        f"Medical Staff Services <mss@{SB}>", "cred@allied-health-plan.example", "CV - Dr. Sunniva Berg",
        "Sunniva Berg, MD, MPH - Infectious Diseases\nNPI 1558349324\nFellowship: HIV medicine\nPublications: "
        "'Long-acting cabotegravir adherence in rural clinics' (2024); 'Hepatitis C cure rates in people who "
        "inject drugs' (2022)."),
    Msg("hn04_vaccine_fridge", False, "inventory", "vaccine fridge log with lots, no patients",
        f"Pharmacy <pharmacy@{SB}>", f"Clinic Managers <clinicmgrs@{SB}>", "fridge 2 temp excursion",
        "Fridge 2 (Peds clinic) read 9.1 C at 03:00 for 40 minutes. Quarantined: Vaxelis lot U7712AA, Prevnar 20 "
        "lot HX4431, Rotarix lot AROLC921. Do not use until the manufacturer confirms stability."),
    Msg("hn05_parking_plates", False, "workforce", "staff parking permits with licence plates",
        f"Parking Office <parking@{SB}>", f"Security <security@{SB}>", "new permits",
        "New staff permits issued this week:\nP-4410  Imogen Castellane  plate 7KDR442\nP-4411  Baptiste Lemaire  "
        "plate ZXT 9081\nP-4412  Yusuf Demir  plate 4HGB117", footer=False),
    Msg("hn06_warfarin_handout", False, "patient-education", "generic education handout",
        f"Anticoagulation Clinic <anticoag@{SB}>", "printshop@quickprint.example", "handout for reprint",
        "Please reprint 500 copies of the attached text:\n\nTaking warfarin safely\n- Take it at the same time "
        "every day.\n- Keep your vitamin K intake steady (leafy greens).\n- Get your INR checked as scheduled.\n"
        "- Call us for unusual bruising or bleeding."),
    Msg("hn07_network_directory", False, "clinician", "clinician accepting new patients",
        "Provider Relations <provrel@allied-health-plan.example>", f"Practice Managers <practicemgrs@{SB}>",
        "Directory update", "Dr. Tomasz Zielinski (psychiatry) and Dr. Adaeze Eze (endocrinology) at St. Brendan "
        "are now accepting new members. Directory updates go live April 1."),
    Msg("hn08_irb_approval", False, "research", "IRB approval without subjects",
        f"IRB Office <irb@{SB}>", f"Dr. Sunniva Berg <sberg@{SB}>", "IRB-2026-031 approved",
        "Protocol IRB-2026-031 'Long-acting injectable PrEP uptake among adults 18-30' has been approved by "
        "expedited review. Enrollment target 240. Approval expires 03/01/2027.", outlook=True),
    Msg("hn09_ehr_release_notes", False, "it-notice", "release notes naming PHI fields generically",
        f"EHR Team <ehrteam@{SB}>", f"All Clinical Staff <clinical@{SB}>", "Release 26.2 - what's new",
        "What's new in 26.2:\n- The patient header now shows Patient Name, DOB, MRN and allergy badge on one line.\n"
        "- Problem list supports ICD-10 and SNOMED search.\n- Medication reconciliation adds a 'taking differently' "
        "option."),
    Msg("hn10_telehealth_ticket", False, "it-notice", "telehealth support ticket, no patient",
        f"Telehealth Support <telehealth@{SB}>", "support@videovisit-vendor.example", "Ticket 88213: video freezing",
        "Providers in Behavioral Health report that video freezes after ~10 minutes on the Chromebook clients. "
        "Happens on the clinic Wi-Fi only. Logs attached in the portal.", footer=False),
    Msg("hn11_measles_exposure", False, "public-health", "public exposure notice, no individual",
        "County Health <alerts@county-health.example>", f"Infection Prevention <ip@{SB}>", "HEALTH ALERT: measles",
        "A confirmed measles case traveled through Terminal B of the regional airport on 3/2 between 14:00 and "
        "18:30. Clinicians should consider measles in febrile patients with rash and report suspected cases "
        "immediately."),
    Msg("hn12_staff_yoga", False, "workforce", "staff wellness class",
        f"Employee Wellness <wellness@{SB}>", f"All Staff <allstaff@{SB}>", "Yoga for burnout",
        "New: 30-minute chair yoga for stress, anxiety and burnout, Tuesdays at 12:15 in the chapel annex. "
        "Led by our own Marisela Fuentes, RN.", footer=False),
    Msg("hn13_falls_huddle", False, "quality", "unit-level quality stats",
        f"5 West Manager <5wmgr@{SB}>", f"5 West <5w@{SB}>", "huddle board",
        "Great month! Falls down to 2 (from 7), zero CAUTIs, hand hygiene 96%. Keep doing hourly rounding."),
    Msg("hn14_baa_signed", False, "legal", "BAA paperwork",
        f"Contracts <contracts@{SB}>", "legal@transcription-vendor.example", "Executed BAA",
        "Attached is the fully executed Business Associate Agreement, effective 3/1/2026. Your team may begin "
        "receiving dictation audio once the SFTP account is provisioned.", outlook=True),
    Msg("hn15_cafeteria_menu", False, "general", "menu with diet labels",
        f"Food & Nutrition <food@{SB}>", f"All Staff <allstaff@{SB}>", "Cafe specials",
        "This week's heart-healthy and diabetic-friendly specials: grilled salmon, lentil soup (low sodium), "
        "sugar-free panna cotta. Carb counts are posted at the register.", footer=False),
    Msg("hn16_board_minutes", False, "governance", "board minutes",
        f"Board Secretary <board@{SB}>", f"Trustees <trustees@{SB}>", "Draft minutes - February",
        "Draft minutes: quorum present. Approved FY26 Q3 financials (operating margin 2.1%). Approved the "
        "behavioral health unit expansion (12 beds). CEO report: ED boarding hours down 18%."),
    Msg("hn17_pyxis_downtime", False, "it-notice", "automated dispensing cabinet downtime",
        f"Pharmacy Informatics <rxinformatics@{SB}>", f"Nursing <nursing@{SB}>", "Pyxis downtime Thursday",
        "Pyxis cabinets on 4N, 4S and 5W will be offline 02:00-02:20 Thursday for a firmware update. Pull "
        "scheduled 02:00 doses early; override list available for emergencies."),
    Msg("hn18_recruiting_letter", False, "recruiting", "physician recruitment",
        f"Physician Recruitment <recruit@{SB}>", "dr.lopez.gi@gmail.com", "Gastroenterology opportunity",
        "Dear Dr. Lopez,\n\nSt. Brendan is adding two gastroenterologists. Our endoscopy suite performs 9,000 "
        "procedures a year; call is 1:5. Would you be open to a conversation?\n\nHarriet Vance, Recruitment",
        footer=False),
    # ---------------------------------------------------------------- more PHI (attachments, odd identifiers)
    Msg("hp19_or_schedule_xlsx", True, "schedule", "OR schedule with patient names only in XLSX",
        f"Perioperative Services <periop@{SB}>", "reps@ortho-implants.example", "tomorrow's cases",
        "Hi Dominic, tomorrow's cases that need your trays are in the sheet.", outlook=True,
        atts=(("or_0303.xlsx", mk.make_xlsx([("OR", [
            ["Room", "Start", "Patient", "Procedure", "Surgeon"],
            ["OR 4", "07:30", "Lindiwe Mokoena", "Right total hip arthroplasty", "Dr. Aurelio Bassi"],
            ["OR 4", "10:15", "Caspar Rothwell", "Revision left TKA, infected", "Dr. Aurelio Bassi"],
            ["OR 6", "08:00", "Ngaio Pearce", "ORIF distal radius", "Dr. Yetunde Bakare"]])]),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)),
    Msg("hp20_op_note_rtf", True, "transcription", "operative note only in RTF from transcription vendor",
        "Transcription <jobs@scribeline-transcription.example>", f"Surgery HIM <surgeryhim@{SB}>", "Job 55817 complete",
        "Job 55817 is complete and attached.", footer=False,
        atts=(("job55817.rtf", mk.make_rtf([
            "OPERATIVE NOTE", "Patient: Ambrose Kettering   MRN 30211874   DOS 03/02/2026",
            "Preoperative diagnosis: Acute cholecystitis", "Procedure: Laparoscopic cholecystectomy",
            "Surgeon: Yetunde Bakare, MD   EBL 20 mL   No complications"]), "application/rtf"),)),
    Msg("hp21_requisition_pdf", True, "lab-order", "lab requisition PDF with sensitive tests",
        f"Sexual Health Clinic <shc@{SB}>", "clientservices@reference-lab.example", "requisition for add-on",
        "Please add the tests on the attached requisition to yesterday's specimen.", outlook=True,
        atts=(("requisition.pdf", mk.make_pdf([
            "REFERENCE LAB REQUISITION", "Patient: Corentin Aubry   DOB 1994-12-09   Sex: M",
            "Tests: HIV-1/2 Ag/Ab with reflex; Hepatitis B surface Ag; RPR with reflex titer",
            "Specimen collected 03/01/2026 10:40", "Ordering: St. Brendan Sexual Health Clinic"]), "application/pdf"),)),
    Msg("hp22_reply_to_family", True, "reply-chain", "reply quoting a relative's message about a discharged patient",
        f"Release of Information <roi@{SB}>", "k.krueger.family@web.example", "RE: records for my father",
        "Dear Ms. Krüger,\n\nWe need a signed authorization or proof of health care power of attorney before we can "
        "release your father's records. The form is on our website.\n\n> My father, Anselm Krüger (DOB 2/2/1939), was "
        "discharged from your hospital yesterday after a stroke. We need copies of his MRI and discharge papers for "
        "the rehab facility.", enc=("utf-8", "8bit")),
    Msg("hp23_initials_dob", True, "result", "initials + DOB + STI result",
        f"Sexual Health Clinic <shc@{SB}>", "dis@county-health.example", "reportable",
        "Reportable result: J.M., DOB 04/02/1987, NAAT positive for Chlamydia trachomatis, collected 2/27, treated "
        "with doxycycline 3/1.", footer=False),
    Msg("hp24_payment_plan", True, "billing", "payment plan for a NICU bill",
        f"Patient Financial Counseling <pfc@{SB}>", f"Cashier <cashier@{SB}>", "payment plan set up",
        "Ms. Folasade Oduya agreed to a $50/month payment plan for her son's NICU stay, account 8830021. First "
        "payment 4/1 by autopay. Financial assistance application pending."),
    Msg("hp25_phone_methotrexate", True, "phone-message", "phone number + medication question",
        f"Rheumatology Front Desk <rheumfront@{SB}>", f"Rheumatology RN <rheumrn@{SB}>", "call back please",
        "Caller at 802-555-0199 asking whether she should skip this week's methotrexate because she has a fever. "
        "She said she's Dr. Bassi's patient. Please call back before noon.", footer=False),
    Msg("hp26_age_over_89_zip", True, "inpatient", "age over 89 + full ZIP + admission (identifiable under Safe Harbor)",
        f"Bed Management <bedmgmt@{SB}>", "transfers@valley-nursing-home.example", "admission from your facility",
        "Your resident, a 93-year-old woman from ZIP 05401, was admitted here today with a left hip fracture. She is "
        "scheduled for surgery tomorrow morning; we'll call with an update.", footer=False),
    Msg("hp27_email_noshow", True, "appointment", "patient email address + missed mammogram",
        f"Breast Imaging <breastimaging@{SB}>", "Outreach Vendor <outreach@callcenter-services.example>",
        "no-shows to call", "Please call these no-shows from Friday's screening mammography list:\n"
        "gloria.achterberg@gmail.com\nmbeaulieu1960@yahoo.com\nsunita.rao.home@outlook.com", footer=False),
    Msg("hp28_ems_handoff", True, "ems", "EMS run with address and overdose",
        "Medic 12 <medic12@county-ems.example>", f"ED Charge <edcharge@{SB}>", "run 26-04417",
        "Run 26-04417: 45M found down at 14 Quarry Road, Barre. GCS 7, RR 6, pinpoint pupils. Naloxone 2 mg IN with "
        "response. Wife on scene states he was 'clean for a year'. ETA 8 min."),
    Msg("hp29_filename_only", True, "attachment-only", "PHI only in an image attachment's file name",
        f"Dermatology <derm@{SB}>", "teledermatology@academic-derm.example", "second opinion",
        "Image attached for the e-consult we discussed.", footer=False,
        atts=(("Valdez_Ramona_DOB1971-06-14_suspected_melanoma_L_shoulder.jpg",
               b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9", "image/jpeg"),)),
    Msg("hp30_family_meeting", True, "inpatient", "goals-of-care meeting in HTML invite text",
        f"Palliative Care <palliative@{SB}>", f"ICU Team <icuteam@{SB}>", "Family meeting Thursday 2pm",
        "Family meeting re: goals of care for Mr. Ptolemy Grange (ICU 3, bed 4): metastatic pancreatic cancer, now on "
        "pressors. Thursday 14:00, family room 3B. Daughter Cressida will attend by phone.", outlook=True),
    # ---------------------------------------------------------------- more not PHI
    Msg("hn19_rvu_xlsx", False, "productivity", "physician productivity workbook",
        f"Physician Practice Finance <ppfinance@{SB}>", f"Department Chairs <chairs@{SB}>", "February wRVUs",
        "February work RVUs by physician are attached.", outlook=True,
        atts=(("wrvu_feb.xlsx", mk.make_xlsx([("wRVU", [
            ["Physician", "Specialty", "wRVU", "Target"], ["Dr. Aurelio Bassi", "Orthopedics", 812.4, 790],
            ["Dr. Yetunde Bakare", "General Surgery", 655.0, 700], ["Dr. Sunniva Berg", "Infectious Disease", 402.7, 410]])]),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)),
    Msg("hn20_newsletter_pdf", False, "newsletter", "general health newsletter PDF",
        f"Community Relations <community@{SB}>", "subscribers@lists.stbrendan-rmc.example", "February newsletter",
        "This month's newsletter is attached.", footer=False,
        atts=(("newsletter_feb.pdf", mk.make_pdf([
            "St. Brendan Health Matters - February", "Heart Month: know the signs of a heart attack",
            "Women often have nausea, jaw or back pain rather than chest pain.", "Call 911 - don't drive yourself."]),
            "application/pdf"),)),
    Msg("hn21_roi_policy_rtf", False, "policy", "procedure document naming PHI fields",
        f"HIM Director <himdirector@{SB}>", f"HIM Staff <himstaff@{SB}>", "updated ROI procedure",
        "Updated release-of-information procedure attached. Please read before Monday.",
        atts=(("ROI_procedure_v4.rtf", mk.make_rtf([
            "Release of Information - Procedure v4",
            "1. Verify the requester's identity: two identifiers (name and date of birth, or MRN).",
            "2. Psychotherapy notes and substance use disorder records require specific authorization.",
            "3. Log every disclosure in the accounting-of-disclosures module."]), "application/rtf"),)),
    Msg("hn22_tracking_numbers", False, "vendor", "shipping reference shaped like an SSN",
        "Shipping <notify@courier-express.example>", f"Receiving <receiving@{SB}>", "Delivery exception 401-22-8890",
        "Shipment reference 401-22-8890 (3 cartons, clinical supplies) could not be delivered: dock closed. "
        "Redelivery scheduled tomorrow 08:00-12:00.", footer=False),
    Msg("hn23_sample_log", False, "inventory", "drug sample log without patients",
        f"Clinic Manager <clinicmgr-im@{SB}>", "rep@novapharm.example", "sample closet",
        "Current sample closet: Jardiance 10 mg x 14 (lot JD2231), Eliquis 5 mg x 28 (lot EQ8812), Trelegy x 6. "
        "Per policy we no longer accept insulin samples.", footer=False),
    Msg("hn24_simulation", False, "education", "simulated patient in the sim lab",
        f"Simulation Center <simlab@{SB}>", f"Residents <residents@{SB}>", "Sim session Friday",
        "Friday's sim: our mannequin 'Mr. Sim Harbor', 58, presents with a simulated inferior STEMI that "
        "progresses to complete heart block. Bring your ACLS cards.", footer=False),
    Msg("hn25_cupcakes", False, "general", "staff family celebration",
        f"Unit Clerk <unitclerk5w@{SB}>", f"5 West <5w@{SB}>", "cupcakes!",
        "My daughter Maisie turns 5 today, so there are cupcakes in the break room (nut-free). Help yourselves!",
        footer=False),
    Msg("hn26_applicant_accommodation", False, "workforce", "job applicant's own accommodation request (not a patient)",
        "tavi.rangi@gmail.com", f"Talent Acquisition <careers@{SB}>", "Interview on Tuesday",
        "Hello, thank you for the interview invitation for the pharmacy technician role. I am hard of hearing; could "
        "the video interview have captions turned on? Kind regards, Tavi Rangi", footer=False),
    Msg("hn27_star_rating", False, "quality", "public quality rating",
        f"Quality Office <quality@{SB}>", f"Leadership <leadership@{SB}>", "CMS star rating released",
        "CMS released the overall hospital star ratings: St. Brendan moved from 3 to 4 stars, driven by better "
        "readmission and patient experience scores. Mortality measures were unchanged."),
    Msg("hn28_construction", False, "facilities", "construction notice in a clinical area",
        f"Facilities <facilities@{SB}>", f"Radiation Oncology <radonc@{SB}>", "Bunker construction noise",
        "Concrete pours for the new linear accelerator vault will cause noise 7am-3pm March 9-13. Please let "
        "patients on treatment know that the waiting room will be temporarily moved to suite 104.", footer=False),
    Msg("hn29_price_list", False, "pricing", "price transparency list with CPT codes",
        f"Revenue Cycle <revcycle@{SB}>", "webteam@stbrendan-rmc.example", "shoppable services update",
        "Please update the shoppable services page:\n70553 MRI brain w/wo contrast  $2,140 (cash $980)\n"
        "45378 Colonoscopy, diagnostic  $2,860 (cash $1,450)\n80053 Comprehensive metabolic panel  $88 (cash $24)",
        footer=False),
]


# ====================================================================== holdout templates (new shapes)


class Templates:
    def __init__(self) -> None:
        self.r = random.Random(SEED)
        self.f = Faker(["en_GB", "en_CA", "en_IN", "en_AU"])
        self.f.seed_instance(SEED)

    def person(self) -> tuple[str, str]:
        return self.f.first_name(), self.f.last_name()

    def mrn(self) -> str:
        return f"30{self.r.randint(10**6, 10**7 - 1)}"

    def dob(self) -> dt.date:
        return dt.date(1932, 1, 1) + dt.timedelta(days=self.r.randint(0, 32000))

    def portal_notice(self, i: int) -> Msg:
        first, last = self.person()
        topic = self.r.choice(["your colonoscopy pathology", "your thyroid ultrasound", "your sleep study",
                               "your HIV viral load", "your kidney function tests"])
        return Msg(f"ht{i:02d}_portal", True, "portal-notice", "patient portal notification previewing a result",
                   f"St. Brendan MyChart <mychart-noreply@{SB}>", f"{first.lower()}.{last.lower()}@gmail.com",
                   "You have a new message",
                   f"Dear {first} {last},\n\nDr. {self.f.last_name()} sent you a message about {topic}:\n\n"
                   f"\"{self.r.choice(['The results look reassuring', 'We need to discuss these results', 'Please schedule a follow-up'])}"
                   "...\"\n\nLog in to read the full message.", footer=False, handwritten=False)

    def handoff_table(self, i: int) -> Msg:
        rows = []
        for _ in range(self.r.randint(3, 5)):
            first, last = self.person()
            rows.append(f"{self.r.randint(401, 530)} | {last}, {first} | "
                        f"{self.r.choice(['sepsis, on vanc/zosyn', 'NSTEMI, heparin gtt', 'COPD exac, BiPAP qhs', 'GI bleed, 2u PRBC', 'post-op day 1 colectomy'])}"
                        f" | {self.r.choice(['full code', 'DNR/DNI', 'full code'])}")
        return Msg(f"ht{i:02d}_handoff", True, "handoff", "nursing handoff table",
                   f"Night Charge <nightcharge@{SB}>", f"Day Charge <daycharge@{SB}>", "handoff",
                   "Room | Patient | Plan | Code\n" + "\n".join(rows), outlook=True, handwritten=False)

    def pipe_export(self, i: int) -> Msg:
        lines = ["ACCT|NAME|DOB|ARRIVAL|CHIEF_COMPLAINT|DISPO"]
        for _ in range(self.r.randint(5, 9)):
            first, last = self.person()
            lines.append(f"{self.r.randint(10**8, 10**9)}|{last.upper()},{first.upper()}|{self.dob():%m%d%Y}|"
                         f"0302{self.r.randint(0, 23):02d}{self.r.randint(0, 59):02d}|"
                         f"{self.r.choice(['CHEST PAIN', 'SOB', 'ETOH INTOX', 'SI', 'ABD PAIN', 'FALL'])}|"
                         f"{self.r.choice(['ADMIT', 'DC', 'LWBS', 'TRANSFER'])}")
        return Msg(f"ht{i:02d}_ed_log", True, "export", "pipe-delimited ED log attachment only",
                   f"ED Informatics <edinformatics@{SB}>", "analytics@bedflow-consulting.example", "daily extract",
                   "Daily extract attached.", footer=False, handwritten=False,
                   atts=(("ed_log.txt", ("\r\n".join(lines) + "\r\n").encode(), "text/plain"),))

    def reply_chain(self, i: int) -> Msg:
        first, last = self.person()
        value = self.r.choice(["K 6.1", "Na 124", "INR 4.8", "Hgb 6.9", "glucose 41"])
        return Msg(f"ht{i:02d}_reply", True, "reply-chain", "PHI only in quoted earlier message",
                   f"Hospitalist <hospitalist1@{SB}>", f"4 South RN <4srn@{SB}>", "RE: labs",
                   "Done, thanks.\n\nOn Mon, Mar 2, 2026 at 6:14 AM 4 South RN wrote:\n"
                   f"> Can you look at Mrs. {last}'s labs? {value} this morning, she's asymptomatic.\n"
                   f"> {first} {last}, bed 22", outlook=True, handwritten=False)

    def critical_html_only(self, i: int) -> Msg:
        first, last = self.person()
        return Msg(f"ht{i:02d}_critical", True, "lab-result", "critical call-back log (text+HTML)",
                   f"Core Lab <corelab@{SB}>", f"Quality <quality@{SB}>", "critical value call log",
                   f"Critical value: troponin T {self.r.randint(60, 900)} ng/L\nPatient: {last}, {first}  "
                   f"MRN {self.mrn()}\nCalled to: RN on 3 East at {self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}, "
                   "read back confirmed", outlook=True, handwritten=False)

    def appeal_docx(self, i: int) -> Msg:
        first, last = self.person()
        paras = [f"RE: Appeal of denied claim - {first} {last}", f"Member number: SBH{self.r.randint(10**7, 10**8)}",
                 f"Date of birth: {self.dob():%d %B %Y}",
                 "We are appealing the denial of inpatient days 3-5. The patient required IV antibiotics for "
                 "osteomyelitis of the left foot (M86.172) and could not be safely discharged."]
        return Msg(f"ht{i:02d}_appeal", True, "claim", "appeal letter only in DOCX",
                   f"Utilization Review <ur@{SB}>", "appeals@allied-health-plan.example", "Level 1 appeal",
                   "Please see the attached appeal letter.", handwritten=False,
                   atts=(("appeal.docx", mk.make_docx(paras),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),))

    def telehealth_link(self, i: int) -> Msg:
        first, _last = self.person()
        svc = self.r.choice(["Behavioral Health", "Addiction Medicine", "Gender Health", "Oncology survivorship"])
        return Msg(f"ht{i:02d}_video", True, "appointment", "video visit link naming the service",
                   f"St. Brendan Virtual Care <virtualcare@{SB}>", f"{first.lower()}{self.r.randint(10, 99)}@hotmail.com",
                   f"Your {svc} video visit", f"Hi {first},\n\nYour video visit with {svc} is tomorrow at "
                   f"{self.r.randint(8, 16)}:00. Join here: https://visit.{SB}/j/{self.r.randint(10**8, 10**9)}",
                   footer=False, handwritten=False)

    # negatives
    def budget_outlook(self, i: int) -> Msg:
        first, last = self.person()
        return Msg(f"ht{i:02d}_budget", False, "disclaimer", "ordinary mail with PHI-mentioning footer",
                   f"{first} {last} <{first.lower()}.{last.lower()}@{SB}>", f"Finance <finance@{SB}>",
                   self.r.choice(["variance question", "RE: cost center 4410", "travel reimbursement"]),
                   f"Hi,\n\nCould you check cost center {self.r.randint(4000, 4999)}? Supplies are "
                   f"{self.r.randint(5, 30)}% over budget, mostly {self.r.choice(['IV tubing', 'gloves', 'toner'])}.\n\n{first}",
                   outlook=True, handwritten=False)

    def order_confirmation(self, i: int) -> Msg:
        return Msg(f"ht{i:02d}_order", False, "vendor", "supply order confirmation",
                   "orders@clinical-supply.example", f"Receiving <receiving@{SB}>", f"Order {self.r.randint(10**6, 10**7)} confirmed",
                   f"Ship to: St. Brendan - {self.r.choice(['Oncology Infusion', 'Cath Lab', 'Dialysis Unit'])}\n"
                   f"Items: {self.r.randint(2, 40)} x {self.r.choice(['port access kits', 'guidewires', 'dialyzer cartridges'])}\n"
                   f"PO {self.r.randint(100, 899)}-{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}",
                   footer=False, handwritten=False)

    def phishing_stats(self, i: int) -> Msg:
        return Msg(f"ht{i:02d}_phish", False, "it-notice", "security awareness aggregate",
                   f"Information Security <infosec@{SB}>", f"Managers <managers@{SB}>", "Phishing simulation results",
                   f"Last week's simulated phish ('Your lab results are ready') was clicked by {self.r.randint(5, 20)}% of staff "
                   f"and reported by {self.r.randint(20, 60)}%. Departments below target will get a refresher.",
                   outlook=True, handwritten=False)

    def quality_csv(self, i: int) -> Msg:
        rows = ["unit,month,patient_days,falls,rate_per_1000,cauti,clabsi"]
        for unit in ["4N", "4S", "5W", "ICU", "Peds"]:
            pdays = self.r.randint(600, 2400)
            falls = self.r.randint(0, 8)
            rows.append(f"{unit},2026-02,{pdays},{falls},{falls * 1000 / pdays:.2f},{self.r.randint(0, 2)},{self.r.randint(0, 1)}")
        return Msg(f"ht{i:02d}_quality", False, "aggregate", "unit-level quality CSV",
                   f"Quality Analytics <qa@{SB}>", f"Nurse Directors <nursedirectors@{SB}>", "February dashboard",
                   "Dashboard data attached.", handwritten=False,
                   atts=(("dashboard_feb.csv", ("\r\n".join(rows) + "\r\n").encode(), "text/csv"),))

    def daisy(self, i: int) -> Msg:
        first, last = self.person()
        unit = self.r.choice(["memory care", "oncology", "the burn unit", "NICU"])
        return Msg(f"ht{i:02d}_award", False, "recognition", "staff award; patient nominator not named",
                   f"Recognition Committee <recognition@{SB}>", f"All Staff <allstaff@{SB}>", f"Congratulations, {first}!",
                   f"Please congratulate {first} {last}, RN, on {unit}, this month's DAISY honoree. A grateful family wrote "
                   "that this nurse 'treated our dad like family'.", footer=False, handwritten=False)

    def release_notes_pdf(self, i: int) -> Msg:
        lines = ["Interface specification v3.2", "Segment PID: PID-3 MRN, PID-5 name, PID-7 DOB (required)",
                 "Segment OBX: results with LOINC codes", "Test environment: use synthetic data only"]
        return Msg(f"ht{i:02d}_spec", False, "interface-spec", "interface spec PDF describing fields",
                   f"Integration <integration@{SB}>", "dev@lab-vendor.example", "spec v3.2",
                   "Spec attached.", footer=False, handwritten=False,
                   atts=(("spec_v3_2.pdf", mk.make_pdf(lines), "application/pdf"),))


PHI_T = ["portal_notice", "handoff_table", "pipe_export", "reply_chain", "critical_html_only", "appeal_docx", "telehealth_link"]
NEG_T = ["budget_outlook", "order_confirmation", "phishing_stats", "quality_csv", "daisy", "release_notes_pdf"]


def all_messages() -> list[Msg]:
    t = Templates()
    out = list(HAND)
    schedule = [PHI_T[k % len(PHI_T)] for k in range(17)] + [NEG_T[k % len(NEG_T)] for k in range(17)]
    random.Random(SEED + 1).shuffle(schedule)
    for i, name in enumerate(schedule, start=1):
        out.append(getattr(t, name)(i))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="build the held-out PHI corpus")
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args(argv)
    out: Path = args.out
    (out / "msgs").mkdir(parents=True, exist_ok=True)
    labels = []
    slugs: set[str] = set()
    for i, m in enumerate(all_messages()):
        assert m.slug not in slugs, m.slug
        slugs.add(m.slug)
        data = render(m, i)
        assert b"123-45-6789" not in data
        rel = f"msgs/{m.slug}.eml"
        (out / rel).write_bytes(data)
        labels.append({"file": rel, "phi": m.phi, "category": m.category, "notes": m.notes,
                       "attachments": [a[0].rsplit(".", 1)[-1] for a in m.atts],
                       "template": "hand-written" if m.handwritten else "holdout-template"})
    (out / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    n_phi = sum(1 for x in labels if x["phi"])
    print(f"wrote {len(labels)} holdout messages ({n_phi} PHI, {len(labels) - n_phi} not PHI) to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
