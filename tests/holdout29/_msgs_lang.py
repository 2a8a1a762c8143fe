# ruff: noqa: E501, RUF001
"""Non-English and mixed-language mail from the three organisations (Spanish, Chinese,
Vietnamese, Hmong, Russian) in the charsets their mail clients really use."""

from __future__ import annotations

from _spec import BLOOM, GW, NLF, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="spanish prenatal reminder",
        notes="Hard positive: Spanish message to patient with her name, gestational diabetes and glucose test.",
        frm=f"Recepción Bloom <frontdesk@{BLOOM}>",
        to="yesenia.carranza@hotmail.com",
        subject="Recordatorio de su cita",
        body=(
            "Hola Yesenia,\n\nLe recordamos su cita el jueves 12 de noviembre a las 10:00 con la partera Helga. "
            "Como su prueba de glucosa salió alta (168), vamos a hacer la prueba de tolerancia de 3 horas. "
            "Venga en ayunas, por favor.\n\nGracias,\nBloom Midwifery & Birth Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="spanish class announcement",
        notes="Spanish announcement of a free breastfeeding class, no individual.",
        frm=f"Educación Bloom <classes@{BLOOM}>",
        to="boletin.latinoduluth@yahoo.com",
        subject="Clase gratuita de lactancia en español",
        body=(
            "Buenos días,\n\n¿Pueden incluir esto en su boletín? Clase gratuita de lactancia materna en español, "
            "sábado 5 de diciembre, 10:00 a 12:00, con nuestra consultora Renata Silva. Traiga a su bebé o a su pareja.\n\n"
            "Bloom Midwifery & Birth Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="spanish mixed IVF billing",
        notes="Mixed Spanish/English message to patient's husband about IVF cycle balance and her medications.",
        frm=f"NLF Billing <billing@{NLF}>",
        to="r.villanueva.mx@yahoo.com",
        subject="Re: pregunta sobre la factura de Daniela",
        body=(
            "Estimado Sr. Villanueva,\n\nEl saldo del ciclo de FIV de su esposa Daniela Villanueva (cuenta 60051293) "
            "es $3,120. Esto incluye la transferencia de embriones del 30 de octubre. The medications (Gonal-F, "
            "Ovidrel) were billed by the specialty pharmacy separately.\n\nSaludos,\nBilling Office"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="spanish job posting",
        notes="Hard negative: Spanish bilingual job posting mentioning fertility treatment terms.",
        frm=f"HR <careers@{NLF}>",
        to="empleos@hispanicjobsmn.com",
        subject="Vacante: coordinadora bilingüe de pacientes",
        body=(
            "Buscamos coordinadora bilingüe (español/inglés) para pacientes de fertilidad: explicar protocolos de FIV, "
            "congelación de óvulos y costos. Salario $52-60k. Enviar CV a careers@northernlightsfertility.com."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="chinese egg freezing instructions",
        notes="Hard positive: Chinese instructions to a named patient about her egg retrieval.",
        frm=f"Lina Abdi RN <labdi@{NLF}>",
        to="wang.xiaomei1990@gmail.com",
        subject="取卵手术注意事项",
        body=(
            "王小梅您好，\n\n您的取卵手术安排在11月14日上午8点。今晚10点请注射破卵针。手术前一晚12点以后不要吃东西和喝水。"
            "手术后请家人陪同回家。\n\n北极光生殖中心 护士 Lina"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="chinese info session",
        notes="Chinese-language community info session announcement, no individual.",
        frm=f"Northern Lights Fertility <hello@{NLF}>",
        to="events@mnchinesecenter.org",
        subject="生育健康讲座通知",
        body=(
            "您好，\n\n我们将于12月6日下午2点在社区中心举办免费的生育健康讲座，介绍试管婴儿和冻卵的基本知识。"
            "欢迎大家参加。\n\n北极光生殖中心"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="vietnamese postpartum follow-up",
        notes="Hard positive: Vietnamese note to mother about baby's jaundice recheck.",
        frm=f"Tova Lindgren CPM <tova@{BLOOM}>",
        to="the.nguyenfamily@icloud.com",
        subject="Kết quả xét nghiệm vàng da của bé Bảo",
        body=(
            "Chào chị Hạnh,\n\nKết quả bilirubin của bé Bảo hôm nay là 14.2, cao hơn hôm qua một chút. "
            "Chị cho bé bú mỗi 2 giờ và phơi nắng gián tiếp. Thứ Sáu em sẽ đến nhà kiểm tra lại.\n\nTova"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="vietnamese flyer print",
        notes="Vietnamese flyer text about birth center services, sent to translator.",
        frm=f"Office Manager <office@{BLOOM}>",
        to="orders@twincitiestranslations.com",
        subject="Vietnamese flyer - final proof",
        body=(
            "Hi Lan, the proof looks good. Final text:\n\n\"Trung tâm sinh Bloom: chăm sóc thai kỳ, sinh nở và "
            "thăm khám tại nhà sau sinh. Có hỗ trợ tiếng Việt.\"\n\nPlease invoice us as usual."
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="hmong mixed message to relative",
        notes="Hard positive: Hmong/English message to patient's husband about her blood pressure and appointment.",
        frm=f"Helga Brandt CNM <helga@{BLOOM}>",
        to="tou.vang.mn@gmail.com",
        subject="Pa Nhia - nyuam qhuav kuaj ntshav siab / BP recheck tag kis",
        body=(
            "Nyob zoo Tou,\n\nPa Nhia's blood pressure was 142/94 today. Thov coj nws tuaj kuaj dua tag kis "
            "(tomorrow) 9am. If she has a headache or blurry vision go to St. Luke's right away.\n\nHelga"
        ),
        charset="utf-8",
        lang="hmn",
    ),
    Spec(
        phi=False,
        category="hmong community outreach",
        notes="Hard negative: Hmong community outreach about prenatal care, no individual.",
        frm=f"Executive Director <director@{BLOOM}>",
        to="info@hmongwomenscircle.org",
        subject="Kev kawm txog kev cev xeeb tub / prenatal workshop",
        body=(
            "Nyob zoo,\n\nWe'd love to co-host a prenatal workshop in Hmong at your center in January. "
            "Peb yuav qhia txog kev noj zaub mov thiab kev kuaj ntshav qab zib (gestational diabetes screening). "
            "Let me know dates that work.\n\nNell"
        ),
        charset="utf-8",
        lang="hmn",
    ),
    Spec(
        phi=True,
        category="russian genetic counseling appointment",
        notes="Russian appointment confirmation for named patient, prenatal counseling for abnormal screen.",
        frm=f"GeneWise Scheduling <schedule@{GW}>",
        to="olga.petrenko77@mail.ru",
        subject="Подтверждение консультации генетика",
        body=(
            "Здравствуйте, Ольга Петренко!\n\nВаша консультация с генетиком назначена на 17 ноября в 11:00 "
            "по поводу результата скрининга (повышенный риск синдрома Дауна). Возьмите с собой результаты УЗИ.\n\nGeneWise"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="russian translated brochure",
        notes="Russian-language general brochure on carrier screening, no individual.",
        frm=f"GeneWise <hello@{GW}>",
        to="editor@russianmn-weekly.com",
        subject="Статья о генетическом консультировании",
        body=(
            "Здравствуйте!\n\nПредлагаем статью для вашей газеты: что такое скрининг носительства, кому он нужен "
            "перед беременностью и как проходит консультация генетика. Текст во вложении.\n\nGeneWise"
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
