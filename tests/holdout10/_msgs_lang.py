"""holdout10 messages in patients' languages (Spanish, Chinese, Vietnamese, Russian, Hmong),
each with the charset its writer's mail client would really use."""
# ruff: noqa: RUF001

from __future__ import annotations

from _spec import NHR, SBC, WCR, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="es_family_pneumonia_update",
        notes="Nurse tells a daughter (gmail) in Spanish about her father's pneumonia treatment.",
        frm=f"Luis Serrano <lserrano@{WCR}>",
        to="marisol.ybarra.c@gmail.com",
        subject="Su papá - actualización",
        body=(
            "Hola Marisol,\n\nLe escribo para contarle cómo sigue su papá, don Ernesto Ybarra "
            "(habitación 212). La radiografía de ayer mostró neumonía en el pulmón derecho. "
            "El doctor Pham le empezó un antibiótico (amoxicilina con ácido clavulánico) por "
            "7 días y oxígeno 2 litros. Está comiendo poco, pero hoy tomó su ensure. Si le sube "
            "la fiebre otra vez lo mandaríamos al hospital San Brendan.\n\nCualquier pregunta "
            "me puede llamar al 715-555-0300 ext. 212.\n\nLuis Serrano, RN\nWillow Creek"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="es_support_group_flyer",
        notes="Hard negative: Spanish group announcement about opioid treatment, no individual.",
        frm=f"Community Outreach <outreach@{NHR}>",
        to="info@centrohispanowausau.org",
        subject="Nuevo grupo de apoyo en español - martes",
        body=(
            "Estimada Sra. Quintero:\n\nA partir del 17 de noviembre, New Horizons ofrecerá un "
            "grupo de apoyo en español para personas en recuperación del uso de opioides o "
            "alcohol, y para sus familias. Martes de 6:00 a 7:30 p.m., 77 Scott St. Es gratuito "
            "y confidencial. También hablaremos de la buprenorfina y la naloxona.\n\n"
            "¿Podrían compartir el volante con su comunidad?\n\nGracias,\nJamal Brooks"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="zh_son_discharge_snf",
        notes="Case manager tells a son (163.com) in Chinese about his father's discharge to SNF.",
        frm=f"Joanne Pelletier <jpelletier@{SBC}>",
        to="chen.wei1979@163.com",
        subject="关于您父亲出院的安排",
        body=(
            "陈先生您好：\n\n您父亲陈国华（出生日期 1941年3月8日）因心力衰竭住院，医生说他"
            "星期五可以出院，但需要去 Willow Creek 康复中心做两到三周的康复治疗。他现在每天"
            "吃利尿药（呋塞米 40 毫克），要每天称体重。\n\n如果您同意，请回电 715-555-0182。"
            "我们有中文翻译。\n\nJoanne Pelletier, RN\n圣布伦丹社区医院 个案管理部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="zh_flu_clinic_notice",
        notes="Traditional-Chinese flu clinic notice for a community group; no individual.",
        frm=f"St. Brendan Community Health <community@{SBC}>",
        to="office@wausauchineseassoc.org",
        subject="免費流感疫苗接種 - 11月14日",
        body=(
            "各位會員好：\n\n聖布倫丹社區醫院將於 11 月 14 日（星期六）上午 9 點至下午 1 點"
            "提供免費流感疫苗接種，地點在醫院社區活動室。六個月以上的兒童和成人都可以接種。"
            "現場有中文翻譯。患有糖尿病、心臟病或哮喘的人特別建議接種。\n\n謝謝！"
        ),
        charset="big5",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="vi_colonoscopy_prep_yahoo",
        notes="Scheduling sends a patient (yahoo) her colonoscopy date and prep in Vietnamese.",
        frm=f"Patient Access Scheduling <scheduling@{SBC}>",
        to="lan.nguyenthi62@yahoo.com",
        subject="Lịch nội soi đại tràng của bà",
        body=(
            "Kính gửi bà Nguyễn Thị Lan,\n\nLịch nội soi đại tràng của bà là thứ Sáu ngày "
            "20/11/2026 lúc 8 giờ sáng với bác sĩ Singh tại Bệnh viện St. Brendan. Vì bà có "
            "tiền sử polyp và đang uống thuốc chống đông (warfarin), bác sĩ Amundsen dặn bà "
            "ngưng warfarin 5 ngày trước khi nội soi. Ngày 19/11 chỉ uống nước trong và uống "
            "thuốc xổ theo hướng dẫn.\n\nNếu có câu hỏi, xin gọi 715-555-0100 (có thông dịch "
            "tiếng Việt).\n\nPhòng Hẹn Lịch - St. Brendan"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="vi_interpreter_job_posting",
        notes="Hard negative: Vietnamese-language job posting for a medical interpreter.",
        frm=f"Talent Acquisition <careers@{SBC}>",
        to="vieclam@vietcommunitywi.org",
        subject="Tuyển thông dịch viên y tế tiếng Việt",
        body=(
            "Bệnh viện St. Brendan cần tuyển một thông dịch viên y tế tiếng Việt - Anh, bán "
            "thời gian. Công việc: thông dịch cho bệnh nhân ở phòng cấp cứu, phòng khám ung "
            "bướu và tim mạch. Yêu cầu: có chứng chỉ CCHI hoặc NBCMI. Lương $26-$31/giờ.\n"
            "Nộp đơn tại stbrendan.org/careers.\n\nCảm ơn!"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="ru_son_stroke_rehab",
        notes="Therapist tells a son (mail.ru) in Russian about his mother's stroke rehab.",
        frm=f"Rehab Department <rehab@{WCR}>",
        to="a.morozov71@mail.ru",
        subject="Реабилитация Вашей мамы",
        body=(
            "Здравствуйте, Алексей!\n\nПишу про Вашу маму, Галину Петровну Морозову (палата "
            "115). После инсульта она уже ходит с ходунками 30 метров, но правая рука ещё "
            "слабая. Логопед говорит, что глотание лучше, её перевели на мягкую диету. Мы "
            "планируем выписку домой примерно 4 декабря, если она сможет сама подниматься "
            "по лестнице.\n\nС уважением,\nКоул Ингрэм, физиотерапевт\nWillow Creek"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="ru_interpreter_schedule",
        notes="Interpreter shift schedule in Russian for contract interpreters; no patients.",
        frm=f"Language Services <interpreters@{SBC}>",
        to="russian-team@voicebridgelanguage.com",
        subject="График устных переводчиков на декабрь",
        body=(
            "Добрый день!\n\nВ декабре нам нужны русскоязычные переводчики на месте: по "
            "вторникам и четвергам с 8:00 до 16:00 (кардиология и онкология) и по субботам "
            "с 9:00 до 13:00 (прививки от гриппа). Пожалуйста, пришлите имена до 20 ноября.\n\n"
            "Спасибо,\nТоу Ванг"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="hmn_daughter_diabetes_update",
        notes="Mixed Hmong/English: nurse tells a daughter (hotmail) about her father's insulin.",
        frm=f"Kelsey Marchetti <kmarchetti@{SBC}>",
        to="maiyer.xiong88@hotmail.com",
        subject="Nyob zoo Mai Yer - txiv update",
        body=(
            "Nyob zoo Mai Yer,\n\nKoj txiv (Tou Lue Xiong) nyob zoo lawm hnub no. Quick update "
            "in English since the interpreter is off today: his blood sugar (ntshav qab zib) "
            "was over 400 when he came in, now it's 180-220 on insulin glargine 18 units at "
            "night. The diabetes educator will teach you and him the insulin pen tomorrow at "
            "10. He can probably go home Thursday.\n\nUa tsaug,\nKelsey, RN - 5 South"
        ),
        charset="utf-8",
        lang="hmn",
    ),
    Spec(
        phi=False,
        category="hmn_health_fair_mixed",
        notes="Mixed Hmong/English health fair notice with diabetes screening; no individual.",
        frm=f"St. Brendan Community Health <community@{SBC}>",
        to="info@hmongwausau.org",
        subject="Kev kuaj mob dawb - free health fair Nov 21",
        body=(
            "Nyob zoo,\n\nSt. Brendan yuav muaj kev kuaj mob dawb (free health fair) hnub "
            "Saturday, November 21, 10 AM - 2 PM, at the Hmong American Center. Free blood "
            "sugar (ntshav qab zib) and blood pressure checks, flu shots, and Hmong "
            "interpreters on site.\n\nUa tsaug,\nSt. Brendan Community Health"
        ),
        charset="utf-8",
        lang="hmn",
    ),
]
