# ruff: noqa: E501, RUF001
"""Non-English and mixed-language outbound mail (Spanish, Vietnamese, Chinese, Arabic, Russian)."""

from __future__ import annotations

from _spec import KRL, MWH, RCHC, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="Spanish appointment reminder with condition",
        notes="Spanish reminder to patient: name, prenatal visit, glucose test (iso-8859-1).",
        frm=f"Citas <citas@{MWH}>",
        to="yesenia.galindo88@hotmail.com",
        subject="Recordatorio de su cita",
        body=(
            "Estimada Sra. Yesenia Galindo:\n\nLe recordamos su cita prenatal el jueves 19 de "
            "noviembre a las 8:30 a. m. con la partera Megan Sorensen. Ese día se hará la prueba "
            "de glucosa de una hora: no coma nada dulce la mañana de la cita.\n\n"
            "Si necesita cambiarla, llame al 555-0170.\n\nMagnolia Women's Health\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Spanish mixed-language message from BH to family",
        notes="Hard positive: mixed English/Spanish note to a mother about her son's ADHD med and school form.",
        frm=f'"Reyes, Tomas (LCSW)" <treyes@{RCHC}>',
        to="carmen.ibarra.m@gmail.com",
        subject="Formulario de la escuela / school form",
        body=(
            "Hola Sra. Ibarra,\n\nYa firmó el Dr. Lin el formulario para la escuela de Julián. "
            "Dice que toma metilfenidato 18 mg cada mañana para el TDAH (ADHD). Puede recogerlo en "
            "la recepción o se lo enviamos por fax a la escuela.\n\nThe form says he takes "
            "methylphenidate ER 18 mg daily - let me know if the nurse needs anything else.\n\n"
            "Tomas\n"
        ),
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish health fair flyer",
        notes="Spanish community flyer for free blood pressure and dental screenings; no individual.",
        frm=f"Promotoras <promotoras@{RCHC}>",
        to="parroquia.sanjose@gmail.com",
        subject="Feria de salud gratuita - sábado 21 de noviembre",
        body=(
            "Buenas tardes, Padre:\n\nLe pedimos anunciar en la misa: el sábado 21 de noviembre "
            "tendremos una feria de salud gratuita en el salón parroquial, de 9 a 1. Habrá toma de "
            "presión, prueba de azúcar, revisión dental para niños y vacunas contra la gripe. "
            "No se necesita seguro médico.\n\nGracias,\nEquipo de Promotoras de Salud\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish lab hours notice",
        notes="Hard negative: Spanish notice of lab hours and fasting instructions for glucose/cholesterol tests.",
        frm=f"Centro de Servicio <psc@{KRL}>",
        to="comunidad@keystonelab.com",
        subject="Nuevo horario del laboratorio - Elm Street",
        body=(
            "A partir del 1 de diciembre, el Centro de Servicio de Elm Street abrirá de lunes a "
            "sábado de 6:30 a. m. a 2:00 p. m. Para pruebas de glucosa y colesterol, venga en "
            "ayunas (8 a 12 horas). No necesita cita.\n\nLaboratorio de Referencia Keystone\n"
        ),
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese result note to patient",
        notes="Vietnamese message to patient with name, hepatitis B result and follow-up visit.",
        frm=f"Hong Tran RN <htran@{RCHC}>",
        to="nguyenthilan1970@yahoo.com",
        subject="Kết quả xét nghiệm của cô",
        body=(
            "Chào cô Nguyễn Thị Lan,\n\nKết quả xét nghiệm máu ngày 5/11 cho thấy cô bị viêm gan B "
            "mạn tính (HBsAg dương tính), men gan bình thường. Bác sĩ Okonjo muốn gặp cô ngày "
            "24/11 lúc 10 giờ để bàn về siêu âm gan.\n\nY tá Hồng\nRiverbend Community Health Center\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese flu vaccine announcement",
        notes="Vietnamese flu vaccine clinic announcement; no individual.",
        frm=f"Riverbend Community Health Center <news@{RCHC}>",
        to="hoivietmy.ohio@gmail.com",
        subject="Tiêm phòng cúm miễn phí",
        body=(
            "Kính gửi Hội người Việt,\n\nRiverbend tổ chức tiêm phòng cúm miễn phí vào thứ Bảy "
            "14/11 từ 9 giờ đến 12 giờ tại 1400 Mill Race Rd. Có thông dịch viên tiếng Việt. "
            "Không cần bảo hiểm.\n\nXin cảm ơn.\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Chinese fertility message to patient",
        notes="Hard positive: Chinese (gb2312) note to patient by surname with IVF embryo transfer date and progesterone.",
        frm=f"Fertility Nurse Line <ivfnurse@{MWH}>",
        to="chen.meiling.2020@outlook.com",
        subject="移植安排",
        body=(
            "陈女士您好：\n\n您的冷冻胚胎移植安排在11月24日上午10点。请从11月18日开始每天晚上肌注"
            "黄体酮50毫克。移植当天请喝水憋尿。如有出血或腹痛请致电555-0170。\n\n"
            "Magnolia 生殖中心 护士 Joy\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese clinic hours notice",
        notes="Chinese notice about holiday hours and interpreter availability; no individual.",
        frm=f"Front Desk <frontdesk@{MWH}>",
        to="info@chinesecommunitycenter-oh.org",
        subject="感恩节门诊时间",
        body=(
            "您好：\n\n感恩节期间（11月26日至27日）门诊休息，28日恢复正常。产科急诊请直接前往"
            "Mercy医院产房。我们提供免费中文翻译服务。\n\n谢谢！\nMagnolia Women's Health\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Arabic prenatal message to patient",
        notes="Arabic (windows-1256) message naming patient, anemia and iron prescription.",
        frm=f"Megan Sorensen CNM <msorensen@{MWH}>",
        to="fatima.alhaddad@gmail.com",
        subject="نتيجة تحليل الدم",
        body=(
            "السيدة فاطمة الحداد المحترمة،\n\nأظهر تحليل الدم أن لديك فقر دم بسيط أثناء الحمل "
            "(الهيموغلوبين 9.8). أرسلنا وصفة حبوب الحديد إلى الصيدلية، تناولي حبة واحدة يوميا. "
            "موعدك القادم 2 ديسمبر.\n\nMagnolia Women's Health\n"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic dental program flyer",
        notes="Hard negative: Arabic flyer about children's dental sealants and fluoride, no individual.",
        frm=f"Riverbend Dental <dental@{RCHC}>",
        to="info@arabamericancenter-oh.org",
        subject="برنامج أسنان الأطفال المجاني",
        body=(
            "مرحبا،\n\nيقدم مركز ريفربند الصحي فحص أسنان مجاني للأطفال وطلاء الفلورايد في المدارس "
            "هذا الشهر. الرسوم حسب الدخل لمن ليس لديه تأمين. للتسجيل اتصلوا على 555-0142.\n\nشكرا\n"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Russian results to patient's son",
        notes="Hard positive: Russian (koi8-r) message to a son about his father's PSA result and urology referral.",
        frm=f"Patient Service Center <psc@{KRL}>",
        to="a.volkov1985@mail.ru",
        subject="Анализ отца",
        body=(
            "Здравствуйте, Алексей!\n\nВаш отец, Виктор Волков, разрешил сообщить вам: результат "
            "ПСА от 3 ноября - 11,4 нг/мл (повышен). Врач клиники Riverbend направил его к урологу, "
            "приём 20 ноября.\n\nKeystone Reference Laboratory\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian courier job posting",
        notes="Russian job ad for courier drivers; no individual health data.",
        frm=f"Human Resources <hr@{KRL}>",
        to="jobs@russianohio-news.com",
        subject="Вакансия: водитель-курьер",
        body=(
            "Лаборатория Keystone ищет водителей-курьеров для доставки анализов. Полный день, "
            "$21 в час, служебный автомобиль. Требуются водительские права и чистая история "
            "вождения. Звоните 800-555-0199.\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
