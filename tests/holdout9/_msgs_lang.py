"""Non-English and mixed-language mail from all three organisations (12 messages, 6 PHI)."""
# ruff: noqa: RUF001 (non-English text uses full-width punctuation and Cyrillic on purpose)

from __future__ import annotations

from _spec import GP, MH, RW, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish surgery instructions to daughter",
        notes="Hard positive: Spanish instructions to the daughter's gmail about her mother's "
        "knee surgery date, fasting and blood thinner hold.",
        frm=f"Keisha Armstead <karmstead@{GP}>",
        to="marisol.benitez.r@gmail.com",
        subject="Cirugía de su mamá - instrucciones",
        body="Hola Marisol,\n\nLe escribo sobre la cirugía de su mamá, la Sra. Rosario Benítez "
        "(fecha de nacimiento 14/02/1956). El reemplazo total de rodilla izquierda con el Dr. "
        "Whitcombe es el jueves 3 de diciembre. Deben llegar a las 6:00 a.m. al Centro "
        "Quirúrgico, 2250 Foothill Pkwy.\n\n- No comer nada después de la medianoche.\n"
        "- Suspender la warfarina (Coumadin) 5 días antes, desde el sábado 28.\n- Puede tomar "
        "su pastilla de la presión con un poco de agua.\n\nCualquier pregunta, llame al "
        "303-555-0180 (hablamos español).\n\nSaludos,\nKeisha Armstead\nGranite Peak "
        "Orthopaedics",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish oxygen safety handout",
        notes="Hard negative: Spanish general oxygen safety handout sent to a clinic for its "
        "waiting room; no individual.",
        frm=f"Alma Reyes <areyes@{MH}>",
        to="frontdesk@clinicadelvalle.org",
        subject="Folleto en español: seguridad con el oxígeno",
        body="Hola equipo de la Clínica del Valle,\n\nComo acordamos, aquí está el texto del "
        "folleto para su sala de espera:\n\nSEGURIDAD CON EL OXÍGENO EN CASA\n- No fume ni "
        "permita que nadie fume cerca del oxígeno.\n- Mantenga el concentrador a 2 metros de "
        "estufas, velas y chimeneas.\n- No use vaselina en la nariz; use productos a base de "
        "agua.\n- Si se va la luz, use los tanques de reserva y llame a su proveedor.\n\n"
        "Meridian Home Medical Supply, 303-555-0110 (atención en español).\n\nAlma Reyes",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese CPAP results to son",
        notes="Hard positive: Chinese (GB2312) note to the son's gmail with his father's name, "
        "sleep study result and CPAP pressure.",
        frm=f"Aiko Nakamura MD <anakamura@{RW}>",
        to="kevin.chen.boulder@gmail.com",
        subject="您父亲的睡眠检查结果",
        body="陈先生，您好：\n\n您父亲陈建国（出生日期 1951年3月8日）"
        "11月14日的睡眠检查结果已经出来了。"
        "他患有重度阻塞性睡眠呼吸暂停，每小时呼吸暂停低通气指数（AHI）为52次，"
        "最低血氧饱和度为76%。\n\n我们建议他使用持续正压通气呼吸机（CPAP），"
        "压力设定为自动 6-15 厘米水柱。医疗器材公司 Meridian 会打电话给您安排送货。"
        "请提醒他睡前不要喝酒，也不要服用安眠药。\n\n如有问题请致电 720-555-0140。\n\n"
        "中村医生\nRestwell Sleep Medicine",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese sleep hygiene handout for community center",
        notes="Hard negative: Chinese general sleep hygiene text for a senior center talk; no "
        "individual.",
        frm=f"Restwell Outreach <outreach@{RW}>",
        to="programs@boulderasianseniors.org",
        subject="讲座资料：老年人睡眠健康",
        body="您好！\n\n下面是12月5日讲座的中文资料，请帮忙打印30份：\n\n"
        "老年人睡眠健康小贴士\n1. 每天固定时间起床和睡觉。\n2. 下午以后不要喝咖啡和浓茶。\n"
        "3. 打鼾很响、白天总想睡觉，可能是睡眠呼吸暂停，请咨询医生。\n"
        "4. 安眠药可能增加跌倒的风险。\n\n主讲：中村医生（睡眠医学）\n"
        "Restwell Sleep Medicine 720-555-0140",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Vietnamese oxygen delivery to patient",
        notes="Vietnamese (UTF-8) delivery confirmation to the patient's granddaughter with the "
        "patient's name, address and oxygen prescription.",
        frm=f"Meridian Customer Care <care@{MH}>",
        to="thuy.tran.lgmt@yahoo.com",
        subject="Xác nhận giao máy oxy cho bà Nguyễn Thị Lan",
        body="Chào chị Thùy,\n\nMeridian xin xác nhận sẽ giao máy tạo oxy cho bà Nguyễn Thị Lan "
        "(sinh ngày 12/05/1941) tại 1702 Hover St, Longmont vào thứ Tư 18/11, từ 1 đến 3 giờ "
        "chiều. Theo đơn của bác sĩ Amadi, bà dùng oxy 2 lít/phút liên tục vì bệnh phổi tắc "
        "nghẽn mạn tính (COPD). Chuyên viên hô hấp sẽ hướng dẫn cách sử dụng.\n\nXin gọi "
        "303-555-0110 nếu cần đổi giờ.\n\nMeridian Home Medical Supply",
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese holiday closure notice",
        notes="Vietnamese holiday closure notice for the clinic's bulletin; no patient.",
        frm=f"Granite Peak Front Desk <frontdesk@{GP}>",
        to="bantin@vietcommunityco.org",
        subject="Thông báo nghỉ lễ Tạ Ơn - Granite Peak Orthopaedics",
        body="Kính gửi Ban Biên Tập,\n\nXin đăng giúp thông báo sau trong bản tin tháng 11:\n\n"
        "Phòng khám Chỉnh Hình Granite Peak sẽ nghỉ ngày Thứ Năm 26/11 và Thứ Sáu 27/11 nhân "
        "dịp Lễ Tạ Ơn. Phòng khám chấn thương thể thao sẽ mở cửa lại Thứ Bảy 28/11 từ 8 giờ "
        "đến 12 giờ trưa. Trường hợp khẩn cấp xin gọi 911.\n\nTrân trọng,\nGranite Peak "
        "Orthopaedics",
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Russian physical therapy follow-up to patient",
        notes="Russian (KOI8-R) message to the patient's own mail.ru box naming him, his shoulder "
        "surgery and follow-up appointments.",
        frm=f"Brianna Kowalczyk <bkowalczyk@{GP}>",
        to="v.sokolov1962@mail.ru",
        subject="Ваш повторный приём у доктора Васкес-Харт",
        body="Уважаемый Виктор Андреевич Соколов,\n\nНапоминаем, что ваш повторный приём после "
        "операции на правом плече (артроскопическое восстановление вращательной манжеты, "
        "10 ноября) назначен на понедельник, 30 ноября, в 10:40. Пожалуйста, продолжайте "
        "носить бандаж и не поднимайте руку выше плеча. Направление на физиотерапию в "
        "Cascadia PT уже отправлено.\n\nЕсли нужен переводчик, сообщите нам по телефону "
        "303-555-0180.\n\nС уважением,\nGranite Peak Orthopaedics",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian CPAP cleaning instructions general",
        notes="Hard negative: Russian general CPAP cleaning instructions for a community "
        "newsletter; no individual.",
        frm=f"Colm Brennan <cbrennan@{MH}>",
        to="editor@russiancoloradonews.org",
        subject="Статья: как ухаживать за аппаратом CPAP",
        body="Здравствуйте,\n\nПрисылаю текст для рубрики 'Здоровье', как договаривались:\n\n"
        "Как ухаживать за аппаратом CPAP\n- Маску промывайте каждый день тёплой водой с мягким "
        "мылом.\n- Шланг и увлажнитель - раз в неделю, сушите на воздухе.\n- Используйте "
        "только дистиллированную воду.\n- Фильтр меняйте раз в месяц.\n\nВопросы: Meridian "
        "Home Medical Supply, 303-555-0110." + "\n\nColm Brennan, RRT",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Korean sleep study appointment to daughter",
        notes="Hard positive: Korean (EUC-KR) message to the daughter's naver mailbox with her "
        "mother's name, study date and medication instructions.",
        frm=f"Restwell Scheduling <scheduling@{RW}>",
        to="jiyoung.park82@naver.com",
        subject="어머님 수면다원검사 예약 안내",
        body="박지영 님께,\n\n어머님 김순자 님(1948년 7월 2일생)의 수면다원검사가 12월 1일 "
        "화요일 저녁 8시로 예약되었습니다. 불면증과 코골이 때문에 나카무라 선생님께서 "
        "의뢰하셨습니다.\n\n- 검사 당일 낮잠과 커피는 피해 주세요.\n- 평소 드시는 혈압약은 "
        "드셔도 됩니다.\n- 수면제(졸피뎀)는 검사 전날부터 드시지 마세요.\n\n통역이 필요하시면 "
        "720-555-0140으로 연락 주세요.\n\nRestwell Sleep Medicine",
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean fall prevention flyer",
        notes="Hard negative: Korean general fall-prevention and hip fracture flyer for a "
        "church health fair; no individual.",
        frm=f"Physician Relations <outreach@{GP}>",
        to="healthfair@boulderkoreanchurch.org",
        subject="건강 박람회 자료 - 낙상 예방",
        body="안녕하세요,\n\n11월 29일 건강 박람회용 자료입니다.\n\n낙상 예방 수칙\n"
        "1. 집 안의 전선과 미끄러운 깔개를 치우세요.\n2. 욕실에 손잡이를 설치하세요.\n"
        "3. 골다공증 검사를 받으세요. 65세 이상 여성의 고관절 골절 위험이 높습니다.\n"
        "4. 규칙적인 운동으로 다리 근력을 키우세요.\n\n정형외과 전문의 상담: Granite Peak "
        "Orthopaedics 303-555-0180",
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=True,
        category="Arabic wheelchair delivery to son",
        notes="Arabic (windows-1256) message to the son's hotmail with his father's name, "
        "wheelchair delivery, address and stroke diagnosis.",
        frm=f"Alma Reyes <areyes@{MH}>",
        to="khaled.mansour77@hotmail.com",
        subject="موعد توصيل الكرسي المتحرك لوالدكم",
        body="السيد خالد منصور المحترم،\n\nنود إبلاغكم بأن الكرسي المتحرك الخاص بوالدكم السيد "
        "يوسف منصور (تاريخ الميلاد 1950/09/17) سيتم توصيله يوم الجمعة 20 نوفمبر بين الساعة "
        "10 و12 ظهرا إلى العنوان 3390 Folsom St, Boulder. الطلب من الدكتورة براندت بعد "
        "الجلطة الدماغية والشلل في الجانب الأيسر.\n\nسيقوم الفني بضبط الكرسي وتدريب العائلة على "
        "استخدامه.\n\nللاستفسار: 303-555-0110\n\nMeridian Home Medical Supply",
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic Ramadan CPAP tips",
        notes="Hard negative: Arabic general advice on sleep and CPAP use during Ramadan for a "
        "mosque newsletter; no individual.",
        frm=f"Restwell Outreach <outreach@{RW}>",
        to="office@bouldermasjid.org",
        subject="نصائح للنوم الصحي في رمضان",
        body="السلام عليكم،\n\nكما اتفقنا، هذا نص النشرة:\n\nنصائح للنوم الصحي في رمضان\n"
        "- حاول النوم 7 ساعات مقسمة بين الليل وقيلولة قصيرة.\n- إذا كنت تستخدم جهاز CPAP "
        "فاستخدمه أيضا أثناء القيلولة.\n- تجنب المنبهات بعد الإفطار.\n- الشخير الشديد والنعاس "
        "أثناء النهار قد يكونان علامة على انقطاع النفس أثناء النوم.\n\nRestwell Sleep "
        "Medicine 720-555-0140",
        charset="windows-1256",
        lang="ar",
    ),
]
