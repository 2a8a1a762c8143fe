# ruff: noqa: RUF001
"""Non-English and mixed-language messages: 6 PHI and 6 non-PHI, in the charsets used."""

from __future__ import annotations

from _spec import LBS, MDE, NW, Spec

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- Spanish
    Spec(
        phi=True,
        category="es_preop_instructions_patient",
        notes="Pre-op liquid diet and medication instructions to the patient in Spanish.",
        frm=f"Marisa Delgado <mdelgado@{LBS}>",
        to="yesenia.quintero85@gmail.com",
        subject="Instrucciones antes de su cirugía",
        body=(
            "Hola Yesenia:\n\nSu manga gástrica con la Dra. Raman quedó programada para el "
            "martes 15 de diciembre en Mercy Shoreline. Por favor:\n"
            "- Empiece la dieta líquida el 1 de diciembre (batidos de proteína, caldo, gelatina "
            "sin azúcar).\n- Deje de tomar las pastillas anticonceptivas un mes antes por el "
            "riesgo de coágulos.\n- La mañana de la cirugía no tome la metformina.\n\n"
            "Cualquier duda, llámeme al 614-555-0185.\n\nMarisa Delgado\nCoordinadora de "
            "cirugía, Lakeview Metabolic & Bariatric Surgery"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="es_seminar_invitation",
        notes="Hard negative: Spanish seminar invitation about bariatric surgery and diabetes, "
        "no individual.",
        frm=f"Lakeview Bariatric <news@{LBS}>",
        to="boletin@lists.lakeviewbariatric.com",
        subject="Seminario gratuito en español: cirugía para bajar de peso",
        body=(
            "¿Tiene obesidad, diabetes tipo 2 o apnea del sueño? Acompáñenos el jueves 10 de "
            "diciembre a las 6:00 p.m. a un seminario gratuito en español. Explicaremos la manga "
            "gástrica y el bypass gástrico, los requisitos del seguro y qué esperar después de "
            "la operación. Inscríbase al 614-555-0180."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="es_mixed_relative_glucose",
        notes="Hard positive: mixed English/Spanish note to a daughter about her father's "
        "glucose readings and insulin change.",
        frm=f"Lucia Ferreira <lferreira@{MDE}>",
        to="carolina.beltran.ky@hotmail.com",
        subject="Re: papá",
        body=(
            "Hi Carolina,\n\nGracias por mandar los números. Your dad's morning sugars of 210-240 "
            "are too high, so Don Ernesto should increase la insulina Lantus de 18 a 20 unidades "
            "cada noche. Si tiene un azúcar menor de 70, que tome jugo y me llame.\n\n"
            "Lucia Ferreira, NP\nMidstate Diabetes & Endocrine Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="es_class_flyer_nutrition",
        notes="Spanish cooking class flyer for people with diabetes, no individual.",
        frm=f"NourishWell <hello@{NW}>",
        to="comunidad@latinocommunitycenter-lou.org",
        subject="Clase de cocina saludable para la diabetes",
        body=(
            "Buenos días:\n\nLes compartimos nuestra clase gratuita de cocina saludable para "
            "personas con diabetes y sus familias: sábado 16 de enero, 10 a.m., en su centro. "
            "Aprenderemos a preparar frijoles, arroz integral y tortillas de maíz con menos sal. "
            "¿Podrían anunciarla en su boletín?\n\nNourishWell Nutrition"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    # ---------------------------------------------------------------- Vietnamese
    Spec(
        phi=True,
        category="vi_hypoglycemia_followup",
        notes="Hard positive: Vietnamese follow-up to the patient about low glucose and "
        "glipizide stop.",
        frm=f"Benedict Osei <bosei@{MDE}>",
        to="thanh.vanminh1952@yahoo.com",
        subject="Về lần hạ đường huyết hôm thứ Ba",
        body=(
            "Chào ông Thanh,\n\nSau lần đường huyết xuống 42 ở phòng khám hôm thứ Ba, bác sĩ Osei "
            "quyết định ngưng thuốc glipizide. Ông tiếp tục uống metformin 1000 mg hai lần mỗi "
            "ngày. Xin đo đường huyết mỗi sáng và gọi 217-555-0144 nếu dưới 70.\n\n"
            "Phòng khám Midstate Diabetes & Endocrine Center"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="vi_class_announcement",
        notes="Vietnamese diabetes class announcement, no individual.",
        frm=f"Education Desk <education@{MDE}>",
        to="vanphong@vietnamesecommunity-spi.org",
        subject="Lớp học về bệnh tiểu đường bằng tiếng Việt",
        body=(
            "Kính gửi Hội Cộng đồng,\n\nTrung tâm Midstate tổ chức lớp học miễn phí về bệnh tiểu "
            "đường bằng tiếng Việt vào thứ Bảy, ngày 23 tháng 1, lúc 10 giờ sáng. Nội dung: "
            "chế độ ăn, cách đo đường huyết và thuốc insulin. Xin vui lòng thông báo giúp.\n\n"
            "Trân trọng"
        ),
        charset="utf-8",
        lang="vi",
    ),
    # ---------------------------------------------------------------- Chinese
    Spec(
        phi=True,
        category="zh_postop_diet_patient",
        notes="Chinese post-op diet stage and vitamin instructions to a named patient.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to="lin.meihua@icloud.com",
        subject="术后饮食安排",
        body=(
            "林美华女士您好：\n\n您在11月10日做了袖状胃切除手术，现在是术后第二周。"
            "请从本周开始吃糊状食物，每天蛋白质至少60克，每次吃饭不要喝水。"
            "请每天服用两次复合维生素和三次柠檬酸钙500毫克。我们12月1日复诊。\n\n"
            "NourishWell营养师 Keisha Obi"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="zh_thyroid_education",
        notes="Chinese health education about thyroid nodules, no individual.",
        frm=f"Outreach <outreach@{MDE}>",
        to="info@springfieldchinesecenter.org",
        subject="甲状腺结节健康讲座",
        body=(
            "您好：\n\n我们将于1月14日晚上6点举办免费健康讲座，题目是甲状腺结节和甲状腺功能减退。"
            "大多数甲状腺结节是良性的。欢迎社区居民参加，并提供中文翻译。\n\n"
            "Midstate Diabetes & Endocrine Center"
        ),
        charset="gb2312",
        lang="zh",
    ),
    # ---------------------------------------------------------------- Russian
    Spec(
        phi=True,
        category="ru_fatty_liver_results_wife",
        notes="Hard positive: Russian note to the patient's wife about his liver enzymes and diet.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to="irina.sokolova64@mail.ru",
        subject="Анализы Дмитрия",
        body=(
            "Здравствуйте, Ирина!\n\nДмитрий разрешил писать вам. Его печёночные пробы (АЛТ 88) "
            "всё ещё повышены из-за жирового гепатоза. Пожалуйста, уберите сладкие напитки и "
            "белый хлеб, готовьте больше рыбы и овощей. Следующая консультация 19 ноября по "
            "видео.\n\nКейша Оби, диетолог"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="ru_seminar_announcement",
        notes="Russian-language bariatric seminar announcement, no individual.",
        frm=f"Lakeview Bariatric <news@{LBS}>",
        to="info@slavicfamilycenter-oh.org",
        subject="Бесплатный семинар о хирургическом лечении ожирения",
        body=(
            "Уважаемые коллеги!\n\nПриглашаем членов вашей общины на бесплатный семинар о "
            "бариатрической хирургии 7 января в 18:00. Врачи расскажут о показаниях, подготовке "
            "и страховке. Будет переводчик. Регистрация по телефону 614-555-0180."
        ),
        charset="koi8-r",
        lang="ru",
    ),
    # ---------------------------------------------------------------- Korean
    Spec(
        phi=True,
        category="ko_pump_training_patient",
        notes="Korean pump training appointment and CGM instructions to a named patient.",
        frm=f"Hollis Tran <htran@{MDE}>",
        to="parkjiyoung.sp@gmail.com",
        subject="인슐린 펌프 교육 일정",
        body=(
            "박지영 님께,\n\n제1형 당뇨병 인슐린 펌프 시작 교육이 11월 24일 오전 9시로 "
            "예약되었습니다. 전날 밤에는 란투스 주사를 맞지 마시고, 연속혈당측정기 센서를 "
            "부착하고 오세요. 문의: 217-555-0144.\n\nMidstate Diabetes & Endocrine Center"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="ko_nutrition_handout_church",
        notes="Korean healthy-eating handout for a church group, no individual.",
        frm=f"Program Desk <programs@{NW}>",
        to="office@louisvillekoreanchurch.org",
        subject="건강한 식단 안내문",
        body=(
            "안녕하세요,\n\n요청하신 건강한 식단 안내문을 보내드립니다. 당뇨병 예방을 위해 "
            "흰쌀밥 대신 잡곡밥을 드시고, 국물은 적게 드시며, 매일 30분 걷기를 권장합니다.\n\n"
            "NourishWell Nutrition"
        ),
        charset="euc-kr",
        lang="ko",
    ),
]
