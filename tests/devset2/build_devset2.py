# ruff: noqa: E501, RUF001  (message texts are data: their line lengths and scripts are part of the realism)
"""Build the second development set: tests/devset2/*.eml and tests/devset2/labels.json.

Written by hand after the first holdout measurement, to train the detector on the *structure* of
PHI rather than on the wording of tests/corpus and tests/devset. It leans on the categories where
the detector was weak on unseen mail: appointments and reminders in other languages (Spanish,
Portuguese, Vietnamese, Chinese, French, Haitian Creole, Russian), PHI only in an attachment file
name, billing and collections, EMS/ED handoffs, inpatients named by surname/room/bed, MRN lists in
audit mail, phone messages, portal notices, initials + DOB, shorthand handoffs and OCR'd faxes.
About half the set is hard negatives of the same shape: clinician education with case numbers,
aggregate reports, staff mail, vendor mail, veterinary mail, de-identified cases, placeholders
("Patient A"), drill scenarios and clinic announcements in the same languages.

Labels follow /work/shared/DOMAIN.md (see tests/devset/README.md for the labelling decisions).
All people, numbers and organisations are invented. Output is byte-for-byte deterministic.

Usage: python tests/devset2/build_devset2.py [OUTDIR]   (default: the directory of this script)
"""

from __future__ import annotations

import json
import sys
import textwrap
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_DATE = datetime(2026, 5, 11, 8, 3, 0, tzinfo=timezone(timedelta(hours=-4)))


@dataclass(frozen=True)
class Att:
    filename: str
    data: bytes
    maintype: str
    subtype: str


@dataclass(frozen=True)
class Spec:
    phi: bool
    category: str
    notes: str
    frm: str
    to: str
    subject: str
    body: str
    atts: tuple[Att, ...] = ()


SPECS: list[Spec] = []


def _d(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


def add(phi: bool, category: str, notes: str, frm: str, to: str, subject: str, body: str,
        atts: tuple[Att, ...] = ()) -> None:
    SPECS.append(Spec(phi, category, notes, frm, to, subject, _d(body), atts))


def txt_att(filename: str, text: str) -> Att:
    return Att(filename, _d(text).replace("\n", "\r\n").encode("utf-8"), "text", "plain")


def img_att(filename: str) -> Att:
    """A tiny JPEG-looking blob (a scan/photo: no text layer the detector can read)."""
    return Att(filename, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(64)) + b"\xff\xd9", "image", "jpeg")


def pdf_att(filename: str, lines: list[str]) -> Att:
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 760 Td"]
    for ln in lines:
        ops.append("(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return Att(filename, bytes(out), "application", "pdf")


CLINIC = "scheduling@riverbendhealth.org"
FRONT = "frontdesk@lakeshorefamilymed.com"

# ---------------------------------------------------------------- appointments, other languages
add(True, "appt_es", "Spanish reminder: named patient, date/time, clinic type (being a patient of a cardiology clinic is health information).",
    CLINIC, "lucia.beltran84@gmail.com", "Recordatorio de cita",
    """
    Estimada Lucía Beltrán:

    Le recordamos su cita con la Dra. Paredes en la Clínica de Cardiología el jueves 21 de mayo a las 9:40.
    Por favor llegue 15 minutos antes y traiga su tarjeta del seguro y la lista de sus medicamentos.

    Para cambiar la cita llame al 555-302-4418.
    Riverbend Health
    """)
add(True, "appt_es", "Spanish: prenatal visit for a named patient, with ultrasound.",
    "citas@saludvalle.org", "marisol.quintero@yahoo.com", "Su cita prenatal",
    """
    Hola Marisol Quintero,
    Su próxima consulta prenatal es el 3 de junio a las 10:15 en la Clínica de Obstetricia, 2º piso.
    Ese día también tiene la ecografía de las 28 semanas. No necesita ayuno.
    Saludos,
    Centro de Salud del Valle
    """)
add(True, "appt_pt", "Portuguese reminder: named patient, date, oncology infusion.",
    CLINIC, "joao.mendes.silva@gmail.com", "Lembrete de consulta",
    """
    Prezado João Mendes Silva,

    Lembramos que a sua consulta de oncologia está marcada para terça-feira, 19 de maio, às 14h30,
    com a Dra. Carvalho. A sessão de quimioterapia será no mesmo dia, na sala de infusão do 3º andar.

    Em caso de dúvidas, ligue para 555-302-4400.
    """)
add(True, "appt_pt", "Portuguese: exam scheduling for a named patient (colonoscopy prep).",
    "agendamento@clinicasaopedro.com", "ana.figueiredo@hotmail.com", "Agendamento do seu exame",
    """
    Olá, Ana Figueiredo.
    O seu exame de colonoscopia foi agendado para 27/05 às 7h00 na Clínica São Pedro.
    Siga o preparo intestinal enviado em anexo e venha com um acompanhante.
    Atenciosamente, Central de Agendamento
    """)
add(True, "appt_vi", "Vietnamese reminder: named patient, date, diabetes clinic.",
    CLINIC, "nguyenthilan62@gmail.com", "Nhắc lịch hẹn khám bệnh",
    """
    Kính gửi bà Nguyễn Thị Lan,

    Bà có lịch hẹn khám tại Phòng khám Tiểu đường vào lúc 8 giờ 30 sáng thứ Hai, ngày 18 tháng 5.
    Xin vui lòng nhịn ăn trước khi xét nghiệm máu và mang theo thuốc đang dùng.

    Riverbend Health - 555-302-4471
    """)
add(True, "appt_vi", "Vietnamese: follow-up after a hospital stay for a named patient.",
    "phongkham@saigonmedical.us", "tran.van.hung@outlook.com", "Lịch tái khám",
    """
    Chào ông Trần Văn Hùng,
    Ông có lịch tái khám với bác sĩ Lê tại khoa Tim mạch ngày 22/05 lúc 10 giờ sau khi xuất viện.
    Xin mang theo giấy ra viện và kết quả siêu âm tim.
    """)
add(True, "appt_zh", "Chinese reminder: named patient (Chinese name), date, clinic type.",
    CLINIC, "wang.xiulan@163.com", "预约提醒",
    """
    王秀兰女士您好：

    您在风湿免疫科的复诊预约时间为5月20日（星期三）上午9:30，医生：陈医生。
    请携带医保卡和近期的血液检查结果。如需改期，请致电 555-302-4490。

    Riverbend Health 预约中心
    """)
add(True, "appt_zh", "Chinese: lab result ready for a named patient.",
    "lab@goldenhillclinic.com", "li.jianguo@qq.com", "检查结果通知",
    """
    李建国先生：
    您5月8日在本院做的胃镜检查病理结果已出，请于5月15日下午到消化内科门诊找张医生复诊。
    金山诊所
    """)
add(True, "appt_fr", "French reminder: named patient, date, dermatology biopsy follow-up.",
    "rdv@cliniquedesaules.fr", "helene.marchand@orange.fr", "Rappel de rendez-vous",
    """
    Madame Hélène Marchand,

    Nous vous rappelons votre rendez-vous en dermatologie le mardi 26 mai à 11h15 avec le Dr Lefèvre,
    pour le résultat de votre biopsie. Merci d'apporter votre carte Vitale.

    Clinique des Saules
    """)
add(True, "appt_fr", "French: post-operative consultation for a named patient.",
    CLINIC, "m.diallo.pro@gmail.com", "Votre consultation post-opératoire",
    """
    Bonjour Monsieur Mamadou Diallo,
    Votre consultation de contrôle après votre opération du genou est prévue le 2 juin à 15h00
    au service d'orthopédie. Pensez à apporter vos radiographies.
    Cordialement, le secrétariat
    """)
add(True, "appt_ht", "Haitian Creole reminder: named patient, date, pediatric vaccine visit.",
    FRONT, "jeanbaptiste.rose@gmail.com", "Rapèl randevou",
    """
    Bonjou Rose Jean-Baptiste,

    Sa se yon rapèl pou randevou pitit ou a, Widlyn, nan klinik pedyatri a jedi 21 me a 2:00 PM
    pou vaksen li yo. Tanpri pote kat asirans lan.

    Lakeshore Family Medicine 555-618-2201
    """)
add(True, "appt_ht", "Haitian Creole: doctor visit and blood pressure medicine for a named patient.",
    CLINIC, "pierre.louis.fanfan@yahoo.com", "Randevou ak doktè a",
    """
    Mesye Fanfan Pierre-Louis,
    Ou gen randevou ak doktè Augustin lendi 25 me a 9:00 AM pou tansyon ou. Pa bliye pote medikaman ou yo.
    Riverbend Health
    """)
add(True, "appt_ru", "Russian reminder: named patient, date, endocrinology.",
    CLINIC, "ivanova.olga.s@mail.ru", "Напоминание о приёме",
    """
    Уважаемая Ольга Сергеевна Иванова!

    Напоминаем, что ваш приём у врача-эндокринолога назначен на 19 мая в 10:20, кабинет 214.
    Пожалуйста, сдайте анализ крови на гормоны щитовидной железы за неделю до визита.

    Riverbend Health, тел. 555-302-4400
    """)
add(True, "appt_ru", "Russian: MRI appointment for a named patient.",
    "mri@northgateimaging.com", "petrov.dmitry77@gmail.com", "Запись на МРТ",
    """
    Дмитрий Петров, здравствуйте.
    Вы записаны на МРТ поясничного отдела позвоночника 28 мая в 18:45. Направление от невролога возьмите с собой.
    """)
add(True, "appt_en_short", "English one-liner reminder with name + specialty + time.",
    FRONT, "kbrandt@comcast.net", "Tomorrow",
    """
    Reminder: Gideon Brandt has a 10:30 podiatry visit tomorrow with Dr. Osei. Bring orthotics.
    """)

# ---------------------------------------------------------------- PHI only in an attachment name
add(True, "attachment_name_only", "The body says nothing; the file name carries name + DOB + test.",
    "imaging@northgateimaging.com", "records@summitortho.com", "Requested images",
    """
    Please see attached.
    """, (img_att("Rivera_Maria_DOB_1961-03-02_MRI.jpg"),))
add(True, "attachment_name_only", "File name: test + initial and surname.",
    "nurse.ops@riverbendhealth.org", "pcp.office@brightwaterfp.com", "fyi",
    """
    Attached as discussed.
    """, (img_att("labs - J. Okafor.jpg"),))
add(True, "attachment_name_only", "File name: surname, first name, procedure and date.",
    "scan@lakeshorefamilymed.com", "billing@lakeshorefamilymed.com", "scan",
    """
    Scanned from the front desk copier.
    """, (img_att("Hollis, Theodore - colonoscopy consent 05-07-2026.jpg"),))
add(True, "attachment_name_only", "File name: name and pathology report.",
    "path@valleypathlab.com", "office@drkessler-derm.com", "report",
    """
    Sending over.
    """, (img_att("pathology_report_Svetlana_Morozova.jpg"),))
add(True, "attachment_name_only", "File name: MRN + discharge summary (no name).",
    "him@riverbendhealth.org", "rehab.intake@oakridgesnf.com", "Transfer packet",
    """
    Packet for tomorrow's transfer, per your request.
    """, (img_att("DischargeSummary_MRN_40418822.jpg"),))
add(True, "attachment_name_only", "File name: name + referral + specialty.",
    FRONT, "referrals@cityneurologygroup.com", "New referral",
    """
    Hi, referral attached. Thanks!
    """, (img_att("Referral_Neurology_Abernathy_Wendell.jpg"),))

# ---------------------------------------------------------------- billing and collections
add(True, "billing", "Patient statement: name, account, date of service, balance for care.",
    "billing@riverbendhealth.org", "c.okonkwo@gmail.com", "Your statement is ready",
    """
    Dear Chidi Okonkwo,

    Your statement for services on 04/02/2026 (emergency room visit and X-ray) shows a balance of $412.60
    after insurance. Account: 7730-11902.

    Pay online or call Patient Financial Services at 555-302-4000.
    """)
add(True, "billing", "Collections notice: name, balance, provider, date of service (payment for care).",
    "notices@meridianrecoverysvcs.com", "b.lindqvist@outlook.com", "Final notice before collections",
    """
    Bjorn Lindqvist
    RE: Riverbend Health - physical therapy, dates of service 01/12/2026 to 02/20/2026
    Balance due: $1,180.00

    This is our final notice. If payment or a payment plan is not arranged within 30 days the account
    will be reported. Call 1-800-555-0199.
    """)
add(True, "billing", "Biller to payer: claim denial for a named patient with CPT and dx.",
    "rcm@clearpathbilling.com", "provider.appeals@unitedcarriers-health.com", "Appeal - denied claim",
    """
    Please reconsider the denial on the claim for Yolanda Perkins, DOS 03/14/2026, CPT 29881
    (knee arthroscopy with meniscectomy). Operative note and prior auth are attached.
    """)
add(True, "billing", "Payment plan confirmation naming the patient and the hospital stay.",
    "pfs@riverbendhealth.org", "guarantor.hargrove@gmail.com", "Payment plan confirmed",
    """
    Hello Mr. Hargrove,
    Your payment plan for the inpatient stay of your son, Eli Hargrove (March 3-6), is set at $85/month.
    First payment due June 1.
    """)
add(True, "billing", "Refund notice: name + overpayment for a lab visit.",
    "refunds@valleypathlab.com", "tessa.whitcomb@icloud.com", "Refund issued",
    """
    Tessa Whitcomb - we have issued a refund of $37.20 for your blood work on 2/18/26 (overpayment).
    Expect a check in 7-10 business days.
    """)
add(True, "billing", "Itemised bill line in a forward: name, account, medications billed.",
    "pfs@riverbendhealth.org", "collections@acmeagency.net", "FW: acct review",
    """
    See below for the itemization you asked for.

    Patient: Ruth Abernathy   Acct 5510093
    04/09 ED level 4         $1,240.00
    04/09 ondansetron inj       $38.00
    04/09 CT head w/o           $910.00
    """)

# ---------------------------------------------------------------- EMS and ED handoffs
add(True, "ems_handoff", "EMS handoff: age/sex, found down at a street address, vitals.",
    "medic14@countyems.org", "ed.charge@riverbendhealth.org", "Inbound - medic 14",
    """
    68 y/o M, found down at 14 Elm St, GCS 9, BP 88/50, BGL 41. D50 given, improving. ETA 6 min.
    """)
add(True, "ems_handoff", "Radio report written up: age/sex, street, complaint, meds.",
    "dispatch@countyems.org", "ed.triage@riverbendhealth.org", "Transport 2241",
    """
    Pt is a 54 yo F from 220 Willow Court, c/o chest pain x 2h, 12-lead shows STE in II/III/aVF.
    ASA 324 given, NTG x1. Cath lab activated.
    """)
add(True, "ems_handoff", "Named patient from a nursing home transfer.",
    "transfers@oakridgesnf.com", "ed.charge@riverbendhealth.org", "sending resident",
    """
    Sending Mr. Albert Fenwick (DOB 11/30/1938) by ambulance for fall with hip pain, on Eliquis.
    Family aware. Daughter's phone 555-771-0342.
    """)
add(True, "ems_handoff", "Shorthand ED sign-out with a surname and bay.",
    "ed.doc.nights@riverbendhealth.org", "ed.doc.days@riverbendhealth.org", "signout",
    """
    Bay 7 Castellanos - DKA, on insulin gtt, AG closing, K 3.4 repleting.
    Bay 9 Whitfield - syncope, trop neg x2, tele overnight.
    """)
add(True, "ems_handoff", "Trauma alert with patient age/sex, mechanism, address of scene.",
    "alerts@countyems.org", "trauma.team@riverbendhealth.org", "Trauma alert",
    """
    Level 2 trauma: 23 y/o male, MVC at Route 9 and Harbor Rd, open tib/fib fx, HR 122. ETA 10.
    """)

# ---------------------------------------------------------------- inpatients
add(True, "inpatient", "Surname + room + NPO instruction.",
    "4w.charge@riverbendhealth.org", "dietary@riverbendhealth.org", "NPO",
    """
    Mr. Haddad in 4W-12 is NPO after midnight for surgery in the morning.
    """)
add(True, "inpatient", "Surname + bed, being on the unit and pending discharge.",
    "case.mgmt@riverbendhealth.org", "transport@riverbendhealth.org", "ride home",
    """
    Can we get a wheelchair van for Mrs. Kowalczyk, 5E bed 22, going home around 2pm? She uses oxygen.
    """)
add(True, "inpatient", "Named patient admitted overnight, no diagnosis (admission is health info).",
    "hospitalist@riverbendhealth.org", "pcp.office@brightwaterfp.com", "your patient",
    """
    FYI your patient Desmond Achebe was admitted to us overnight. I'll send the H&P once it's signed.
    """)
add(True, "inpatient", "Room number + patient name with fall precautions.",
    "nightnurse@riverbendhealth.org", "3n.staff@riverbendhealth.org", "rm 318",
    """
    Heads up: Greta Lindholm in 318 is a high fall risk, bed alarm on, and was confused overnight.
    """)
add(True, "inpatient", "Visitor/family message naming an inpatient and the ICU.",
    "patient.relations@riverbendhealth.org", "family.lopez.r@gmail.com", "Visiting hours",
    """
    Dear Mr. Lopez, your mother Adelina Lopez can have two visitors at a time in the ICU between 11 and 8.
    """)
add(True, "inpatient", "Surname list on a unit with procedures.",
    "or.scheduler@riverbendhealth.org", "7s.charge@riverbendhealth.org", "tomorrow's add-ons",
    """
    Add-ons from 7S for tomorrow: Brennan (lap chole), Oyelaran (I&D left hand), Vasquez-Ruiz (PEG).
    """)

# ---------------------------------------------------------------- MRN lists and audit mail
add(True, "mrn_list", "Privacy audit: list of MRNs accessed (a patient list on its own).",
    "privacy.office@riverbendhealth.org", "compliance@riverbendhealth.org", "Access review - records",
    """
    The access report flagged these records for review:
    MRN 40418822
    MRN 40512907
    MRN 38800451
    Please confirm by Friday whether the access was job-related.
    """)
add(True, "mrn_list", "HIM correction list: MRN + name pairs.",
    "him@riverbendhealth.org", "registration@riverbendhealth.org", "duplicate charts",
    """
    Possible duplicate charts to merge:
    40011287 / 40877203 - Gutierrez, Rosa
    39922017 / 40788150 - Ng, Kevin
    """)
add(True, "mrn_list", "Medical record numbers in a compliance spreadsheet summary.",
    "compliance@riverbendhealth.org", "auditor@hcauditpartners.com", "Sample for the coding audit",
    """
    Here is the sample you selected: medical record numbers 51022934, 51023110, 51027765, 51031002.
    Charts will be available in the reading room on Tuesday.
    """)
add(True, "mrn_list", "Chart numbers in a release-of-information batch.",
    "roi@riverbendhealth.org", "records@lawoffice-brenner.com", "ROI batch",
    """
    Records for the following charts were mailed today: Chart #A0093311, Chart #A0093340.
    """)

# ---------------------------------------------------------------- phone messages
add(True, "phone_message", "Phone message: named caller, refill, callback number.",
    "frontdesk@lakeshorefamilymed.com", "nurse.line@lakeshorefamilymed.com", "phone msg",
    """
    Pt called re: refill of lisinopril, out since Sat. Call back 555-214-9087. - Marguerite Fox
    """)
add(True, "phone_message", "Phone message in note form with patient name and symptom.",
    FRONT, "dr.okafor.inbox@lakeshorefamilymed.com", "call",
    """
    Caller: Harold Brisbane
    Re: still dizzy since the new BP pill, wants to know if he can stop it
    CB# 555-883-1720, ok to leave msg
    """)
add(True, "phone_message", "Voicemail summary: mother calling about child's fever.",
    "answering@afterhoursmsg.com", "oncall@brightwaterpeds.com", "Overnight message",
    """
    2:14 AM - Ms. Danvers called about her son Tobias, fever 103.1 since yesterday, vomiting x2.
    Callback 555-640-3318.
    """)
add(True, "phone_message", "Pharmacy callback about a named patient's prescription.",
    "pharmacy@walgrove-rx.com", "office@drkessler-derm.com", "Rx question",
    """
    Please call us back about Priya Raman's isotretinoin - the iPLEDGE confirmation is missing.
    555-410-2288 ext 3
    """)
add(True, "phone_message", "Message slip with a lowercase name and callback, test result.",
    FRONT, "nurse.line@lakeshorefamilymed.com", "msg",
    """
    msg from nadia ferreira - wants her mammogram results, call back 555-219-4476
    """)

# ---------------------------------------------------------------- portal notices
add(True, "portal_notice", "Portal notice naming the patient and the test.",
    "noreply@mychart.riverbendhealth.org", "g.hawthorne@gmail.com", "New test result",
    """
    Hello Gloria Hawthorne,
    A new result is available in your patient portal: Lipid Panel, collected 05/04/2026.
    Log in to view it.
    """)
add(True, "portal_notice", "Portal notice naming the patient and the provider (being their patient).",
    "noreply@portal.lakeshorefamilymed.com", "vince.morrow@hotmail.com", "You have a new message",
    """
    Vincent Morrow, you have a new message from Dr. Amal Saeed (Gastroenterology) about your visit.
    Sign in to read it.
    """)
add(True, "portal_notice", "Proxy access notice naming the child and the pediatric clinic.",
    "noreply@mychart.riverbendhealth.org", "s.abernathy@gmail.com", "Proxy access",
    """
    You now have proxy access to the health record of Caleb Abernathy at Riverbend Pediatrics.
    """)
add(True, "portal_notice", "Portal: after-visit summary for a named patient.",
    "noreply@followmyhealth.example-clinic.com", "jtorres.84@gmail.com", "Your After Visit Summary",
    """
    Jorge Torres: your After Visit Summary from your 05/06 visit with Orthopedics is ready.
    """)
add(True, "portal_notice", "Spanish portal notice naming the patient and the result.",
    "noreply@mychart.riverbendhealth.org", "r.estrada.m@gmail.com", "Nuevo resultado",
    """
    Hola Ramiro Estrada, tiene un nuevo resultado de laboratorio (hemoglobina A1c) en su portal del paciente.
    """)

# ---------------------------------------------------------------- initials + DOB, shorthand, fax
add(True, "initials_dob", "Initials + DOB + condition.",
    "nurse.ops@riverbendhealth.org", "wound.care@riverbendhealth.org", "consult",
    """
    Please see K.M. (DOB 02/14/1957) on 6N for a stage 3 sacral pressure injury.
    """)
add(True, "initials_dob", "Initials and DOB in a lab question.",
    "lab@valleypathlab.com", "office@brightwaterfp.com", "specimen",
    """
    Specimen for T.R., DOB 7/9/1990, was hemolyzed - potassium needs a redraw.
    """)
add(True, "initials_dob", "Initials + age/sex + HIV follow-up.",
    "idclinic@riverbendhealth.org", "pharm.id@riverbendhealth.org", "ART start",
    """
    New start: A.S., 31M, HIV viral load 84,000, starting Biktarvy today.
    """)
add(True, "shorthand", "Shorthand handoff with surname + age/sex.",
    "hospitalist2@riverbendhealth.org", "hospitalist1@riverbendhealth.org", "overnight",
    """
    Ostrowski 81F - CHF exac, diuresed 2L, Cr bump 1.6, hold lasix AM.
    """)
add(True, "shorthand", "Clinic huddle note with first names + procedures.",
    "ma.team@lakeshorefamilymed.com", "providers@lakeshorefamilymed.com", "huddle",
    """
    Today: 9:00 Bernadette Quill - pap + IUD check; 9:20 Lamar Pettiford - A1c, foot exam; 10:00 Ines Dubois - knee inj.
    """)
add(True, "shorthand", "Pharmacy verification: name + drug + dose.",
    "ip.pharmacy@riverbendhealth.org", "5e.nurses@riverbendhealth.org", "clarify",
    """
    For Sorensen in 5E-04: vancomycin 1250 mg q12h, trough before 4th dose. Pls hold until level back.
    """)
add(True, "ocr_fax", "OCR'd fax: garbled but with name, DOB and diagnosis.",
    "faxserver@brightwaterfp.com", "office@brightwaterfp.com", "Fax received from 5554103391",
    """
    REFERRAL F0RM
    Patlent Narne: Corrigan, Siobhan    D0B: 03/22/1972
    Dlagnosis: Type 2 diabetes rnellitus w/ neuropathy
    Reason: podlatry eval
    """)
add(True, "ocr_fax", "OCR'd fax: prior authorization with member ID.",
    "faxserver@lakeshorefamilymed.com", "pa.team@lakeshorefamilymed.com", "Fax 3 pages",
    """
    PRIOR AUTHORIZATION REQUEST
    Member Narne: Ezekiel Ward  Member ID: XKH 4420 9913
    Medicatlon: adalimumab 40 mg q2wk   Dx: Crohn's disease
    """)
add(True, "ocr_fax", "OCR'd fax: lab report with name and abnormal result.",
    "faxserver@riverbendhealth.org", "cardiology.office@riverbendhealth.org", "Inbound fax",
    """
    LAB REP0RT   Narne: PELLETIER, ANDRE   Collected 05/05/26
    Troponin I  0.91 ng/mL  H
    """)
add(True, "subject_only", "Name + condition only in the subject line.",
    "nurse.ops@riverbendhealth.org", "case.mgmt@riverbendhealth.org", "Marlowe Tate - dialysis chair needed",
    """
    Can you help find an outpatient chair before Friday?
    """)
add(True, "referral", "Referral letter naming the patient and the reason.",
    "referrals@lakeshorefamilymed.com", "intake@cityneurologygroup.com", "Referral",
    """
    We are referring Constance Yarbrough for evaluation of new-onset seizures. Last seizure 5/2.
    Notes and EEG order attached.
    """)
add(True, "behavioral", "Counselling appointment for a named client (mental health).",
    "intake@harborcounseling.org", "case.manager@countyservices.gov", "client update",
    """
    Wanda Pryce attended her intake for depression and anxiety today and is scheduled weekly on Tuesdays.
    """)
add(True, "school", "School nurse: named student with asthma inhaler use.",
    "nurse@westfieldelementary.edu", "mrs.okoro@gmail.com", "Inhaler today",
    """
    Hi, Chinonso used his albuterol inhaler twice at recess today for wheezing. He is back in class.
    Nurse Patel
    """)

# ================================================================= hard negatives
add(False, "neg_education", "Grand rounds: case numbers and clinical detail, no individual.",
    "cme@riverbendhealth.org", "all-physicians@riverbendhealth.org", "Grand Rounds Thursday",
    """
    Grand Rounds: "Three cases of atypical Kawasaki disease" - Case 1 (a 4-year-old), Case 2 and Case 3
    will be presented by Dr. Imelda Soto, Pediatric Infectious Disease. Noon, Hamlin Auditorium. 1 CME credit.
    """)
add(False, "neg_education", "Teaching case with 'Patient A' placeholder.",
    "nursing.education@riverbendhealth.org", "new.grads@riverbendhealth.org", "Sepsis simulation prep",
    """
    Before Friday's session read the scenario: Patient A, 72, presents with fever, HR 118, lactate 4.1.
    Patient B is a 30-year-old with cellulitis. Decide who gets the first bed.
    """)
add(False, "neg_education", "De-identified case in a journal club email.",
    "journalclub@riverbendhealth.org", "residents@riverbendhealth.org", "Journal club case",
    """
    De-identified case for discussion: a woman in her 60s with new atrial fibrillation on apixaban
    presents with a subdural hematoma. Which reversal agent would you choose?
    """)
add(False, "neg_drill", "Disaster drill scenario with fictitious casualties.",
    "emergency.mgmt@riverbendhealth.org", "ed.staff@riverbendhealth.org", "MCI drill Saturday",
    """
    DRILL DRILL DRILL. Saturday's mass-casualty exercise: 20 simulated patients from a bus crash on Route 9.
    Moulage volunteers will play victims with burns and fractures. This is an exercise only.
    """)
add(False, "neg_drill", "Tabletop exercise with mock patient names flagged as fictitious.",
    "emergency.mgmt@riverbendhealth.org", "incident.command@riverbendhealth.org", "Tabletop injects",
    """
    Exercise injects (all fictitious, for training only): inject 3 - mock patient "John Doe 14" arrives with
    smoke inhalation; inject 4 - the pharmacy runs short of albuterol.
    """)
add(False, "neg_aggregate", "Aggregate unit census figures.",
    "bed.mgmt@riverbendhealth.org", "nursing.leaders@riverbendhealth.org", "Census 0600",
    """
    0600 census: 4W 28/30, 5E 31/32, ICU 14/16. 9 pending discharges, 6 ED holds. Two rooms on 4W closed for cleaning.
    """)
add(False, "neg_aggregate", "Quality report with rates.",
    "quality@riverbendhealth.org", "med.exec@riverbendhealth.org", "April quality dashboard",
    """
    April: CLABSI 0.8 per 1,000 line days, CAUTI 1.1, sepsis bundle compliance 84%. 412 discharges,
    readmission rate for heart failure 18.2%.
    """)
add(False, "neg_aggregate", "Spanish aggregate vaccination figures.",
    "salud.publica@condado.gov", "clinicas@condado.gov", "Informe de vacunación",
    """
    En abril se aplicaron 1.240 vacunas contra la influenza y 310 contra el sarampión en las clínicas del condado.
    Gracias a todo el personal.
    """)
add(False, "neg_staff", "Staff schedule with names and units, no patients.",
    "staffing@riverbendhealth.org", "4w.nurses@riverbendhealth.org", "Weekend schedule",
    """
    Saturday days: Maria Santos (charge), Kevin O'Neil, Abigail Fenn. Nights: Tomasz Wierzbicki, Dana Cole.
    Please swap through the app by Thursday.
    """)
add(False, "neg_staff", "Staff member's own sick note to manager.",
    "gina.marsh@riverbendhealth.org", "unit.manager.4w@riverbendhealth.org", "out today",
    """
    Hi Leah, I have a fever and won't make it in today. I'll let you know about tomorrow. Gina
    """)
add(False, "neg_staff", "New hire welcome naming staff and department.",
    "hr@riverbendhealth.org", "all.staff@riverbendhealth.org", "Welcome our new team members",
    """
    Please welcome Rafael Dominguez, RN (Cardiac Step-Down) and Yuki Tanaka, PharmD (Oncology Pharmacy).
    """)
add(False, "neg_staff", "Competency reminder for staff with a course on insulin.",
    "education@riverbendhealth.org", "nurses@riverbendhealth.org", "Insulin competency due",
    """
    All RNs must complete the insulin pump competency by May 31. Sessions in Room 210 on Tuesdays.
    """)
add(False, "neg_vendor", "Vendor invoice to the hospital (no patient).",
    "ar@medsupplyco.com", "ap@riverbendhealth.org", "Invoice 88421",
    """
    Invoice 88421 for 40 cases of IV start kits and 12 infusion pumps, total $18,440.00, net 30.
    Account 0044-1188.
    """)
add(False, "neg_vendor", "EHR vendor release notes mentioning fields.",
    "support@chartwiseehr.com", "it.clinical@riverbendhealth.org", "Release 24.3 notes",
    """
    Release 24.3: the Patient Name and MRN fields on the discharge summary template now wrap correctly.
    New allergy alert for penicillin cross-reactivity. Test patient ZZTEST, PATIENT used in validation.
    """)
add(False, "neg_vendor", "Drug rep mail about a product.",
    "rep.territory7@novapharm.com", "office@brightwaterfp.com", "Lunch and learn",
    """
    Hi team, I'd love to bring lunch Thursday and review the new data on once-weekly semaglutide for type 2 diabetes.
    Best, Carla Benson, Novapharm
    """)
add(False, "neg_vet", "Veterinary appointment reminder.",
    "frontdesk@maplevet.com", "d.harlow@gmail.com", "Reminder for Biscuit",
    """
    Hi Diane Harlow, Biscuit (canine, 7 yrs) is due for his rabies vaccine and dental cleaning on May 20 at 9:00.
    Maple Veterinary Hospital
    """)
add(False, "neg_vet", "Veterinary lab result for a cat.",
    "lab@maplevet.com", "owner.jkim@gmail.com", "Luna's bloodwork",
    """
    Luna (feline, spayed) - thyroid T4 is 5.9, consistent with hyperthyroidism. Dr. Reyes DVM will call you.
    """)
add(False, "neg_placeholder", "Template with placeholders, no real person.",
    "it.templates@riverbendhealth.org", "comms@riverbendhealth.org", "Reminder template v3",
    """
    Dear [PATIENT_NAME], your appointment with [PROVIDER] on [DATE] at [TIME] is confirmed.
    Reply C to confirm or call [CLINIC_PHONE].
    """)
add(False, "neg_placeholder", "Spanish template with placeholders.",
    "it.templates@riverbendhealth.org", "comms@riverbendhealth.org", "Plantilla recordatorio",
    """
    Estimado/a {nombre}: le recordamos su cita el {fecha} a las {hora} en {clinica}. Llame al {telefono} para cambiarla.
    """)
add(False, "neg_multilingual", "Spanish clinic hours announcement (no person).",
    "comunicaciones@riverbendhealth.org", "pacientes@lists.riverbendhealth.org", "Nuevo horario de la clínica",
    """
    A partir del 1 de junio, la Clínica de Pediatría abrirá los sábados de 8:00 a 12:00.
    Puede pedir una cita llamando al 555-302-4400.
    """)
add(False, "neg_multilingual", "Vietnamese flu vaccine clinic announcement.",
    "truyenthong@riverbendhealth.org", "congdong@lists.riverbendhealth.org", "Tiêm ngừa cúm miễn phí",
    """
    Phòng khám sẽ tiêm ngừa cúm miễn phí vào thứ Bảy, ngày 17 tháng 10, từ 9 giờ đến 1 giờ chiều.
    Không cần hẹn trước.
    """)
add(False, "neg_multilingual", "Chinese health education newsletter.",
    "health.ed@riverbendhealth.org", "community@lists.riverbendhealth.org", "健康讲座通知",
    """
    本月健康讲座主题：如何预防高血压和糖尿病。时间：5月23日下午2点，地点：社区中心二楼。欢迎参加。
    """)
add(False, "neg_multilingual", "French newsletter about a screening campaign.",
    "communication@cliniquedesaules.fr", "patients@cliniquedesaules.fr", "Mois du dépistage",
    """
    En mars, la clinique participe à la campagne de dépistage du cancer colorectal. Parlez-en à votre médecin.
    """)
add(False, "neg_multilingual", "Portuguese staff meeting notice.",
    "diretoria@clinicasaopedro.com", "equipe@clinicasaopedro.com", "Reunião de equipe",
    """
    Reunião geral da equipe de enfermagem na quarta-feira às 13h, sala 2. Pauta: escala de junho e novo protocolo de higiene das mãos.
    """)
add(False, "neg_multilingual", "Russian: clinic closure notice.",
    "info@riverbendhealth.org", "ru.community@lists.riverbendhealth.org", "Изменение графика",
    """
    Уважаемые пациенты! 25 мая поликлиника не работает. Запись к врачам возобновится 26 мая.
    """)
add(False, "neg_multilingual", "Haitian Creole community health fair.",
    "kominote@riverbendhealth.org", "ht.community@lists.riverbendhealth.org", "Fwa sante",
    """
    Vin nan fwa sante a samdi 30 me, 10:00 AM - 2:00 PM. Tès tansyon ak sik gratis pou tout moun.
    """)
add(False, "neg_attachment_name", "Policy document attachment.",
    "compliance@riverbendhealth.org", "managers@riverbendhealth.org", "Updated policy",
    """
    Attached is the updated policy. Please review with your teams.
    """, (img_att("HIPAA_Minimum_Necessary_Policy_2026.jpg"),))
add(False, "neg_attachment_name", "Aggregate report attachment.",
    "quality@riverbendhealth.org", "med.exec@riverbendhealth.org", "Q1 report",
    """
    Q1 report attached.
    """, (img_att("Q1_2026_Diabetes_Outcomes_Summary.jpg"),))
add(False, "neg_attachment_name", "Staff photo attachment named with staff name.",
    "comms@riverbendhealth.org", "intranet@riverbendhealth.org", "Photo for the newsletter",
    """
    Photo for the employee spotlight attached.
    """, (img_att("Spotlight_Nurse_Carmen_Ochoa.jpg"),))
add(False, "neg_attachment_name", "Conference slides attachment with topic.",
    "cme@riverbendhealth.org", "residents@riverbendhealth.org", "Slides",
    """
    Slides from today's lecture.
    """, (img_att("Heart_Failure_Update_Dr_Whitaker.jpg"),))
add(False, "neg_billing", "Billing department process mail, no patient.",
    "pfs.manager@riverbendhealth.org", "pfs.team@riverbendhealth.org", "Statement run",
    """
    Statements will run Thursday night. Anything with a balance under $5 is written off automatically.
    Collections referrals are paused until the new agency contract is signed.
    """)
add(False, "neg_billing", "Payer newsletter on coding changes.",
    "provider.news@unitedcarriers-health.com", "billing@lakeshorefamilymed.com", "Coding update",
    """
    Effective July 1, claims for CPT 99213 with modifier 25 require documentation of a separate problem.
    Denied claims can be appealed within 90 days.
    """)
add(False, "neg_ems", "EMS staffing and supply mail.",
    "ops@countyems.org", "crews@countyems.org", "Medic 14 out of service",
    """
    Medic 14 is out of service for a brake repair until Thursday. Crews from Station 3 cover. Narcan restock is in the supply room.
    """)
add(False, "neg_ems", "EMS continuing education with a case scenario.",
    "training@countyems.org", "crews@countyems.org", "CE: hypoglycemia",
    """
    This month's CE case: a 68 y/o male found down with a glucose of 41. What are your first three interventions?
    Quiz due May 30.
    """)
add(False, "neg_inpatient", "Room maintenance on a unit (no patient).",
    "facilities@riverbendhealth.org", "4w.charge@riverbendhealth.org", "4W-12 sink",
    """
    The sink in 4W-12 will be replaced Tuesday 7-9 AM. The room should be empty; please block it for admissions.
    """)
add(False, "neg_inpatient", "Bed board summary with counts only.",
    "bed.mgmt@riverbendhealth.org", "house.sup@riverbendhealth.org", "beds",
    """
    Open beds now: 3 on 5E (rooms 504, 511, 522), 1 ICU. Telemetry full. Next discharge expected 1 PM.
    """)
add(False, "neg_mrn", "IT ticket with a test MRN.",
    "helpdesk@riverbendhealth.org", "ehr.analysts@riverbendhealth.org", "Ticket 55120 - interface",
    """
    The ADT interface dropped messages for test patient ZZTEST, ONE (MRN TRN000123) in the train environment.
    Please retest after the patch.
    """)
add(False, "neg_mrn", "Policy text about medical record numbers in general.",
    "him@riverbendhealth.org", "all.staff@riverbendhealth.org", "Reminder: MRN format",
    """
    Reminder: medical record numbers are 8 digits. Never write an MRN in an email subject line.
    Questions? Contact Health Information Management.
    """)
add(False, "neg_phone", "Phone message between staff (no patient).",
    FRONT, "office.manager@lakeshorefamilymed.com", "phone msg",
    """
    Copier repair guy called, coming Thursday at 10. Call back 555-212-8830 if that doesn't work.
    """)
add(False, "neg_phone", "Phone message from a vendor rep.",
    FRONT, "dr.okafor.inbox@lakeshorefamilymed.com", "call",
    """
    Caller: Janet from Medline
    Re: the exam table order, wants to confirm the delivery date
    CB# 555-903-2210
    """)
add(False, "neg_portal", "Generic portal notice with no name or care detail.",
    "noreply@mychart.riverbendhealth.org", "user8812@gmail.com", "You have a new message",
    """
    You have a new message in your patient portal. Please log in to read it. Do not reply to this email.
    """)
add(False, "neg_portal", "Portal maintenance notice.",
    "noreply@mychart.riverbendhealth.org", "portal-users@lists.riverbendhealth.org", "Scheduled maintenance",
    """
    MyChart will be unavailable Sunday from 1 AM to 5 AM for maintenance. Test results and messages will be available after.
    """)
add(False, "neg_clinician", "Clinician referral directory entry.",
    "physician.liaison@riverbendhealth.org", "referring.offices@lists.riverbendhealth.org", "New cardiologist",
    """
    We are pleased to announce Dr. Hassan Qureshi, Interventional Cardiology, is now accepting referrals
    for chest pain and heart failure at our Maple Street office.
    """)
add(False, "neg_clinician", "Clinician on-call schedule.",
    "medical.staff@riverbendhealth.org", "ed.staff@riverbendhealth.org", "On call this weekend",
    """
    Orthopedics: Dr. Nadia Brooks. General surgery: Dr. Paul Whitman. Psychiatry: Dr. Alan Cho.
    """)
add(False, "neg_research", "Research recruitment flyer.",
    "research@riverbendhealth.org", "community@lists.riverbendhealth.org", "Volunteers needed",
    """
    We are looking for adults with asthma to join a 12-week study of a new inhaler. Compensation provided.
    Call the research office at 555-302-4700.
    """)
add(False, "neg_research", "Aggregate trial enrolment numbers.",
    "research@riverbendhealth.org", "irb@riverbendhealth.org", "Enrollment update",
    """
    Enrollment: 48 of 60 subjects, 3 withdrawals, 1 serious adverse event reported to the IRB on 5/2.
    """)
add(False, "neg_personal", "Personal mail between staff about a family member's health (own).",
    "tina.brooks@riverbendhealth.org", "tina.brooks.home@gmail.com", "notes for me",
    """
    Reminder to self: pick up allergy meds, dentist at 4, call mom about Sunday lunch.
    """)
add(False, "neg_announcement", "Hospital news release naming a donor.",
    "pr@riverbendhealth.org", "media@lists.riverbendhealth.org", "Gift to the cancer center",
    """
    Riverbend Health thanks Gerald and Ruth Fairbanks for a $2 million gift to the Fairbanks Cancer Center,
    which will expand chemotherapy infusion capacity.
    """)
add(False, "neg_announcement", "Blood drive announcement.",
    "volunteers@riverbendhealth.org", "all.staff@riverbendhealth.org", "Blood drive",
    """
    The Red Cross blood drive is June 4 in the main lobby, 8-3. Sign up on the intranet. Every donor gets a T-shirt.
    """)
add(False, "neg_education", "Medication safety bulletin.",
    "med.safety@riverbendhealth.org", "nurses@riverbendhealth.org", "Look-alike alert",
    """
    Safety alert: hydroxyzine and hydralazine have been confused twice this quarter. Use tall-man lettering
    and verify indication before administration.
    """)
add(False, "neg_education", "Nursing student assignment with a fictional patient.",
    "faculty@stmarynursing.edu", "cohort12@stmarynursing.edu", "Care plan assignment",
    """
    Write a care plan for the fictional patient "Mr. Green", 70, admitted with pneumonia and on oxygen 2L.
    Due Monday.
    """)
add(False, "neg_inpatient", "Unit supply request.",
    "5e.charge@riverbendhealth.org", "central.supply@riverbendhealth.org", "5E needs",
    """
    5E needs 2 IV poles, a bariatric bed for room 512 by noon, and more sterile dressing kits.
    """)
add(False, "neg_staff", "Employee benefits enrollment.",
    "benefits@riverbendhealth.org", "all.staff@riverbendhealth.org", "Open enrollment",
    """
    Open enrollment for medical, dental and vision plans runs June 1-15. Your member ID cards will be mailed in July.
    """)
add(False, "neg_vendor", "Lab equipment service report.",
    "service@analyzertech.com", "lab.manager@valleypathlab.com", "Service visit",
    """
    The chemistry analyzer (serial CX-44102) passed calibration for potassium, sodium and glucose after the probe swap.
    """)
add(False, "neg_ems", "Public health heat advisory.",
    "alerts@countyhealth.gov", "partners@countyhealth.gov", "Heat advisory",
    """
    Heat advisory through Thursday. Cooling centers open at the library and the senior center. Watch for heat stroke in older adults.
    """)
add(False, "neg_multilingual", "Spanish staff mail about a training on diabetes.",
    "educacion@saludvalle.org", "promotores@saludvalle.org", "Capacitación",
    """
    Hola equipo, la capacitación sobre diabetes y nutrición será el martes 9 de junio a las 10:00 en la sala B.
    Saludos, Coordinación
    """)
add(False, "neg_multilingual", "Vietnamese staff meeting.",
    "quanly@saigonmedical.us", "nhanvien@saigonmedical.us", "Họp nhân viên",
    """
    Họp nhân viên vào thứ Tư lúc 12 giờ trưa tại phòng họp. Nội dung: lịch làm việc tháng sáu.
    """)
add(False, "neg_billing", "Vendor collections for an unpaid supply invoice.",
    "collections@officesupplyhub.com", "ap@lakeshorefamilymed.com", "Past due",
    """
    Account 33018 is 60 days past due ($742.15 for toner and paper). Please remit to avoid a hold on orders.
    """)
add(False, "neg_education", "Case numbers in a morbidity conference list.",
    "surgery.dept@riverbendhealth.org", "surgeons@riverbendhealth.org", "M&M agenda",
    """
    M&M agenda: Case 14-03 anastomotic leak after sigmoid colectomy; Case 14-04 retained sponge near miss.
    Cases are de-identified; do not bring charts.
    """)
add(False, "neg_drill", "Fire drill notice.",
    "safety@riverbendhealth.org", "all.staff@riverbendhealth.org", "Fire drill",
    """
    Code Red drill on 3 North Wednesday 10 AM. Patients will not be moved; staff practice RACE and PASS.
    """)
add(False, "neg_aggregate", "Clinic no-show rate by specialty.",
    "analytics@riverbendhealth.org", "ambulatory.leaders@riverbendhealth.org", "No-show report",
    """
    No-show rates for April: dermatology 9%, endocrinology 14%, behavioral health 21%. Reminder texts cut no-shows by a third.
    """)


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].strip(">")


def render(idx: int, spec: Spec) -> bytes:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = spec.frm
    msg["To"] = spec.to
    msg["Subject"] = spec.subject
    sent = BASE_DATE + timedelta(days=idx // 10, minutes=47 * (idx % 10) + (idx * 5) % 13)
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<devset2.{idx:04d}.{idx * 7919 % 100003:05d}@{_domain(spec.frm)}>"
    msg.set_content(spec.body)
    for att in spec.atts:
        if att.maintype == "text":
            msg.add_attachment(att.data.decode("utf-8"), subtype=att.subtype, filename=att.filename)
        else:
            msg.add_attachment(att.data, maintype=att.maintype, subtype=att.subtype,
                               filename=att.filename)
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_devset2_{idx:04d}_{n}")
            n += 1
    return msg.as_bytes(policy=policy.SMTP)


def build(outdir: Path) -> list[dict[str, object]]:
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for idx, spec in enumerate(SPECS, start=1):
        name = f"{idx:04d}.eml"
        (outdir / name).write_bytes(render(idx, spec))
        labels.append({"file": name, "phi": spec.phi, "category": spec.category, "notes": spec.notes})
    (outdir / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    return labels


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else HERE
    labels = build(outdir)
    pos = sum(1 for x in labels if x["phi"])
    print(f"wrote {len(labels)} messages ({pos} PHI, {len(labels) - pos} not) to {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
