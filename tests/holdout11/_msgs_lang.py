"""Non-English and mixed-language mail from all three organisations: 6 PHI and 6 non-PHI."""

# ruff: noqa: RUF001  (Chinese punctuation and Cyrillic letters are the real text)

from __future__ import annotations

from _att import pdf
from _spec import CH, KMB, NG, Att, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="es_patient_reminder",
        notes="Spanish appointment reminder to patient's gmail: name, colonoscopy date and prep",
        frm=f"recordatorios@{CH}",
        to="rosa.baptiste.oh@gmail.com",
        subject="Recordatorio de su cita",
        body=(
            "Estimada Sra. Rosa Baptiste:\n\nLe recordamos su cita de colonoscopia con el Dr. "
            "Osei el jueves 19 de noviembre a las 8:15 a. m. El día anterior tome solo "
            "líquidos claros y comience la preparación a las 5 de la tarde. Si toma "
            "anticoagulantes, llámenos.\n\nGrupo Médico Cedar Hollow - Gastroenterología\n"
            "(614) 555-0148"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="es_general_newsletter",
        notes="Hard negative: Spanish diabetes education flyer, no individual",
        frm=f"educacion@{CH}",
        to="lista.comunidad@list.cedarhollowmg.com",
        subject="Clase gratuita: cómo vivir con diabetes",
        body=(
            "¿Tiene diabetes o prediabetes? Acompáñenos el sábado 21 de noviembre a una clase "
            "gratuita en español sobre alimentación, insulina y cuidado de los pies. Dirigida "
            "por la enfermera educadora Maribel Castellanos. Inscríbase al (614) 555-0150.\n\n"
            "Grupo Médico Cedar Hollow"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="es_relative_billing_mixed",
        notes="Hard positive: mixed Spanish/English reply to a daughter about her mother's bill "
        "for a thyroid ultrasound, first name only",
        frm=f"patientsupport@{KMB}",
        to="yesi.ramirez.fam@yahoo.com",
        subject="Re: factura de mi mamá",
        body=(
            "Hola Yesenia,\n\nRevisé la cuenta de su mamá, Doña Carmen. El cargo de $180 es por "
            "el ultrasonido de tiroides del 14 de octubre; el seguro lo aplicó al deducible. "
            "We can set up a payment plan if she prefers - just reply and I'll send the form.\n\n"
            "Rosa Linares\nKeystone Medical Billing Services"
        ),
        lang="es",
    ),
    Spec(
        phi=False,
        category="es_job_posting",
        notes="Spanish bilingual billing rep job posting",
        frm=f"hr@{KMB}",
        to="empleos@columbuslatinojobs.com",
        subject="Vacante: representante de facturación bilingüe",
        body=(
            "Keystone Medical Billing Services busca representante bilingüe (español/inglés) "
            "para atención a pacientes sobre facturas médicas. Tiempo completo, Dublin OH. "
            "Enviar CV a hr@keystonemedbilling.com."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="vi_warfarin_instructions",
        notes="Vietnamese warfarin dose instructions to patient's gmail with name and INR",
        frm=f"anticoag@{NG}",
        to="nguyen.thilan61@gmail.com",
        subject="Hướng dẫn liều thuốc warfarin",
        body=(
            "Chào bà Nguyễn Thị Lan,\n\nKết quả INR ngày 10/11 của bà là 2,4, nằm trong mục "
            "tiêu. Xin tiếp tục uống warfarin 7,5 mg mỗi ngày (tổng 50 mg/tuần). Lần thử máu "
            "kế tiếp: ngày 24/11.\n\nPhòng khám Chống đông Northgate\n(614) 555-0181"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="vi_clinic_hours",
        notes="Vietnamese holiday hours notice from anticoag clinic, no patient",
        frm=f"anticoag@{NG}",
        to="thongbao@list.northgatehealth.org",
        subject="Giờ làm việc dịp Lễ Tạ Ơn",
        body=(
            "Phòng khám Chống đông Northgate sẽ đóng cửa ngày 26 và 27 tháng 11. Nếu cần thử "
            "INR gấp, xin gọi (614) 555-0181 để được hướng dẫn."
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="zh_relative_discharge",
        notes="Chinese (GB2312) pharmacist note to a son's qq-style mailbox at outlook about "
        "father's discharge meds",
        frm=f"transitions.rx@{NG}",
        to="wei.zhang.family@outlook.com",
        subject="您父亲出院用药说明",
        body=(
            "张先生您好：\n\n您父亲张国强（出生日期1946年3月8日）今天出院。新药：阿哌沙班 5 毫克，"
            "每日两次，用于房颤。请停用阿司匹林。如有出血请立即就医。\n\n"
            "Northgate 医院药房"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="zh_flu_vaccine_notice",
        notes="Chinese (GB2312) community flu-shot notice, no individual",
        frm=f"outreach@{CH}",
        to="huaren.shequ@list.cedarhollowmg.com",
        subject="免费流感疫苗接种",
        body=(
            "Cedar Hollow 医疗集团将于11月21日星期六上午9点至中午12点在 Westerville 诊所提供"
            "免费流感疫苗。无需预约，欢迎65岁以上长者参加。"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="ru_lab_results",
        notes="Russian (KOI8-R) message to patient about TSH result and levothyroxine change",
        frm=f"endo.nurse@{CH}",
        to="s.orlova1950@mail.ru",
        subject="Результаты анализов",
        body=(
            "Уважаемая Светлана Орлова,\n\nВаш ТТГ от 5 ноября - 8,2 (повышен). Доктор Рао "
            "увеличивает дозу левотироксина до 100 мкг утром натощак. Повторный анализ через 6 "
            "недель.\n\nЭндокринология, Cedar Hollow Medical Group"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="ru_interpreter_services",
        notes="Hard negative: Russian interpreter vendor scheduling with no patient names",
        frm=f"interpreters@{CH}",
        to="dispatch@languagelinkohio.com",
        subject="Заявка на переводчика: русский язык, 17 ноября",
        body=(
            "Здравствуйте! Нам нужен устный переводчик русского языка 17 ноября с 9:00 до 12:00 "
            "в клинике эндокринологии (Gahanna). Имена пациентов сообщим по защищённому каналу.\n"
            "Спасибо, служба переводчиков Cedar Hollow"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="ar_statement_pdf",
        notes="Hard positive: Arabic (windows-1256) cover note to patient; PDF statement with "
        "name and endoscopy service",
        frm=f"statements@{KMB}",
        to="samir.haddad55@hotmail.com",
        subject="كشف حساب",
        body=(
            "السيد سمير حداد المحترم،\n\nمرفق كشف حسابكم لدى مجموعة سيدار هولو الطبية عن "
            "فحص جرثومة المعدة وزيارة الجهاز الهضمي. للاستفسار اتصلوا على 0130-555 (614)."
        ),
        charset="windows-1256",
        lang="ar",
        atts=(
            Att(
                "statement_Haddad.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE MEDICAL BILLING SERVICES - PATIENT STATEMENT",
                        "Samir Haddad, 2219 Linden Ave, Westerville OH 43081",
                        "11/10/2026 H. pylori breath test (83013), Dr. Kwame Osei  $96.00",
                        "Amount due $96.00",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ar_ramadan_pharmacy_tips",
        notes="Hard negative: Arabic (windows-1256) general advice on medication timing during "
        "fasting, no individual",
        frm=f"pharmacy.outreach@{NG}",
        to="community@list.northgatehealth.org",
        subject="نصائح حول الأدوية والصيام",
        body=(
            "إذا كنت تتناول أدوية السكري أو مميعات الدم، استشر الصيدلي قبل الصيام لتعديل "
            "مواعيد الجرعات. صيدلية مستشفى نورثغيت."
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
