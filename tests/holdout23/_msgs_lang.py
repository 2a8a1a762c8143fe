# ruff: noqa: RUF001
"""Non-English and mixed-language mail from the three organisations (6 PHI, 6 not PHI)."""

from __future__ import annotations

from _spec import EID, MCH, WTM, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="es-syphilis-result-hotmail",
        notes=(
            "Hard positive: mixed Spanish/English result message to a patient at hotmail, latin-1 "
            "encoded."
        ),
        frm=f"Clinic Nurse <clinicrn@{MCH}>",
        to="hramirez.pintura@hotmail.com",
        subject="Sus resultados / your results",
        body=(
            "Sr. Héctor Ramírez:\n\n"
            "Le escribimos de la Clínica de Salud Sexual del Condado Metro. Su prueba de sífilis "
            "del 4 de\n"
            "noviembre salió positiva (RPR 1:16). Necesita una inyección de penicilina; es "
            "gratis.\n"
            "Venga lunes a viernes de 8 a 3:30, sin cita, y pregunte por la enfermera Lupe.\n"
            "Su pareja también debe hacerse la prueba.\n\n"
            "(English: your syphilis test was positive, please come in for a free penicillin "
            "shot.)\n\n"
            "Clínica de Salud Sexual, 555-016-2200\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="es-travel-vaccine-newsletter",
        notes=(
            "Hard negative: Spanish newsletter about yellow fever and typhoid vaccines for "
            "travel; no individual."
        ),
        frm=f"Wayfarer News <news@{WTM}>",
        to="comunidad@centrolatinoriverton.org",
        subject="¿Viaja a Centroamérica o Sudamérica estas fiestas?",
        body=(
            "Estimados amigos del Centro Latino:\n\n"
            "Si su familia viaja en diciembre, recuerde:\n"
            "- Vacuna contra la fiebre amarilla: al menos 10 días antes del viaje (Brasil, "
            "Colombia, Perú).\n"
            "- Vacuna contra la tifoidea: recomendada para visitas a familiares.\n"
            "- Pastillas contra la malaria para algunas zonas de Honduras y Guatemala.\n\n"
            "Ofrecemos consultas en español los sábados. Llame al 555-017-4000.\n\n"
            "Wayfarer Travel Medicine\n"
        ),
        lang="es",
    ),
    Spec(
        phi=True,
        category="zh-hcv-daughter-gb2312",
        notes=(
            "Hard positive: Chinese (GB2312) note to a patient's daughter about her mother's "
            "hepatitis C treatment and labs."
        ),
        frm=f"Dr. Kwame Asante <kasante@{EID}>",
        to="wendy.chen.1988@163.com",
        subject="您母亲的丙肝治疗",
        body=(
            "陈小姐，您好：\n\n"
            "您母亲陈秀英（出生日期 1951年3月8日）的丙型肝炎病毒检测结果已出来：病毒量 2,100,000 IU/mL，\n"  # noqa: E501
            "基因型 2 型。我们已为她开具吉一代（索磷布韦/维帕他韦）每日一片，疗程12周。\n"
            "请提醒她每天同一时间服药，并于12月3日上午回诊抽血。\n\n"
            "如有问题请致电 555-014-7725（有普通话翻译）。\n\n"
            "Eastside Infectious Disease Associates\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="zh-testing-hours-big5",
        notes=(
            "Hard negative: traditional Chinese (Big5) clinic hours and free HIV/syphilis testing "
            "notice for a community centre."
        ),
        frm=f"Community Outreach <outreach@{MCH}>",
        to="info@chinatowncommunitycenter.org",
        subject="免費愛滋病及梅毒檢測時間",
        body=(
            "各位好：\n\n"
            "都會郡性健康診所提供免費、保密的愛滋病（HIV）、梅毒、淋病及衣原體檢測。\n"
            "時間：星期一至星期五 上午8時至下午3時30分\n"
            "地址：210 Civic Center Dr, Room 104\n"
            "星期三下午有粵語及普通話翻譯。\n\n"
            "歡迎轉發給會員。\n"
        ),
        charset="big5",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="vi-malaria-rx-patient",
        notes=(
            "Vietnamese message to a patient naming her, her trip, vaccines given and malaria "
            "tablets."
        ),
        frm=f"Nurse Line <nurse@{WTM}>",
        to="thuy.le.nguyen@yahoo.com",
        subject="Hướng dẫn sau buổi khám du lịch",
        body=(
            "Chào chị Nguyễn Thị Thủy,\n\n"
            "Hôm nay (10/11/2026) chị đã được tiêm vắc xin thương hàn và viêm gan A mũi 1 trước "
            "chuyến về\n"
            "Cà Mau. Bác sĩ đã gửi toa thuốc phòng sốt rét atovaquone-proguanil đến nhà thuốc "
            "CVS:\n"
            "uống 1 viên mỗi ngày, bắt đầu 2 ngày trước khi đi, và 7 ngày sau khi về.\n"
            "Mũi viêm gan A thứ 2 sau 6 tháng.\n\n"
            "Y tá Tamsin, Wayfarer Travel Medicine, 555-017-4000\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="vi-hcv-testing-flyer",
        notes=(
            "Hard negative: Vietnamese flyer about free hepatitis C testing and cure rates; no "
            "individual."
        ),
        frm=f"Joy Agbaje <jagbaje@{EID}>",
        to="vanphong@vietnamesecommunityriverton.org",
        subject="Xét nghiệm viêm gan C miễn phí",
        body=(
            "Kính gửi Trung tâm Cộng đồng Việt Nam,\n\n"
            "Viêm gan C có thể chữa khỏi hoàn toàn với thuốc uống 8 đến 12 tuần (tỷ lệ khỏi trên "
            "95%).\n"
            "Eastside ID xét nghiệm miễn phí mỗi thứ Ba, 1-4 giờ chiều, không cần hẹn trước.\n"
            "Có thông dịch viên tiếng Việt.\n\n"
            "Xin vui lòng chia sẻ với hội viên. Cảm ơn!\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="ko-je-vaccine-euc-kr",
        notes=(
            "Korean (EUC-KR) reminder to a named patient about Japanese encephalitis dose 2 and "
            "rabies series."
        ),
        frm=f"Wayfarer Scheduling <schedule@{WTM}>",
        to="minjun.kim.83@naver.com",
        subject="일본뇌염 백신 2차 접종 안내",
        body=(
            "김민준님 안녕하세요,\n\n"
            "11월 5일에 일본뇌염 백신(Ixiaro) 1차와 광견병 예방접종 1차를 맞으셨습니다.\n"
            "2차 접종은 12월 3일(목) 오전 10시로 예약되어 있습니다.\n"
            "필리핀 출국 최소 1주 전에 2차를 맞으셔야 합니다.\n\n"
            "문의: 555-017-4000\nWayfarer Travel Medicine\n"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="ko-hiv-testing-notice-euc-kr",
        notes=(
            "Hard negative: Korean (EUC-KR) notice about free confidential HIV testing hours; no "
            "individual."
        ),
        frm=f"Community Outreach <outreach@{MCH}>",
        to="office@koreanchurchriverton.org",
        subject="무료 HIV 검사 안내",
        body=(
            "안녕하세요,\n\n"
            "메트로 카운티 성건강 클리닉에서 무료, 비밀 보장 HIV 및 매독 검사를 제공합니다.\n"
            "월-금 오전 8시 - 오후 3시 30분, 예약 필요 없음.\n"
            "목요일에는 한국어 통역이 가능합니다.\n\n"
            "교인분들께 안내 부탁드립니다.\n"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=True,
        category="ru-opat-son-koi8r",
        notes=(
            "Russian (KOI8-R) note to a patient's son at mail.ru about his father's IV antibiotic "
            "and PICC visit."
        ),
        frm=f"Renee Castellanos RN <rcastellanos@{EID}>",
        to="dmitry.volkov77@mail.ru",
        subject="Капельницы отца",
        body=(
            "Здравствуйте, Дмитрий,\n\n"
            "Ваш отец, Виктор Волков, продолжает получать цефазолин внутривенно каждые 8 часов "
            "через\n"
            "катетер PICC. Последний день лечения 24 ноября. Анализы крови в понедельник были "
            "хорошие.\n"
            "Медсестра приедет к нему домой в среду для смены повязки.\n"
            "Если будет температура выше 38,3, звоните нам: 555-014-7700.\n\n"
            "Рене, медсестра программы OPAT\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="ru-prep-info-koi8r",
        notes=(
            "Hard negative: Russian (KOI8-R) general PrEP information for a community "
            "organisation."
        ),
        frm=f"Tomasz Wierzbicki <twierzbicki@{EID}>",
        to="info@slavicfamilycenter.org",
        subject="Информация о PrEP для вашего центра",
        body=(
            "Добрый день,\n\n"
            "Как обсуждали, коротко о доконтактной профилактике ВИЧ (PrEP):\n"
            "- одна таблетка в день или укол раз в два месяца;\n"
            "- анализ на ВИЧ каждые 3 месяца;\n"
            "- бесплатно по программе при отсутствии страховки.\n"
            "Запись по телефону 555-014-7701, есть русскоязычный персонал по вторникам.\n\n"
            "Томаш\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="ht-gonorrhea-result",
        notes=(
            "Haitian Creole (latin-1) message to a named patient at gmail with a positive "
            "gonorrhea result."
        ),
        frm=f"Clinic Nurse <clinicrn@{MCH}>",
        to="jeanrobert.pierre509@gmail.com",
        subject="Rezilta tès ou",
        body=(
            "Bonjou Mesye Jean-Robert Pierre,\n\n"
            "Rezilta tès ou te fè 3 novanm nan soti: ou gen gonore. Se yon enfeksyon ki geri "
            "fasil ak yon\n"
            "piki antibyotik (ceftriaxone). Tanpri vini nan klinik la nenpòt jou lendi rive "
            "vandredi,\n"
            "8è pou 3è30, pa bezwen randevou. Patnè ou dwe fè tès tou.\n\n"
            "Klinik Sante Seksyèl Metro County, 555-016-2200\n"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="ht-prep-flyer",
        notes=(
            "Hard negative: Haitian Creole PrEP and doxy-PEP flyer text for a community partner; "
            "no individual."
        ),
        frm=f"Andre Lefebvre <andre.lefebvre@{MCH}>",
        to="sekretarya@haitiancommunitycenter.org",
        subject="Enfòmasyon sou PrEP pou sant lan",
        body=(
            "Bonjou,\n\n"
            "Men tèks pou afich la:\n"
            "PrEP se yon grenn chak jou oswa yon piki chak 2 mwa ki pwoteje w kont VIH.\n"
            "Tès VIH ak sifilis gratis nan Klinik Sante Seksyèl la, lendi rive vandredi.\n"
            "Gen moun ki pale kreyòl chak mèkredi.\n\n"
            "Mèsi anpil,\nAndre\n"
        ),
        lang="ht",
    ),
]
