# ruff: noqa: E501, RUF001  (full-width CJK punctuation is how these writers type)
"""Non-English messages (with the charsets their writers' mail programs really use) from the three
organisations: Spanish, Chinese, Vietnamese, Russian, Korean and Somali, PHI and not."""

from __future__ import annotations

from _spec import BLT, MVM, SRU, Spec, d

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="es_ride_confirmation_dialysis",
        notes="Spanish ride confirmation to a rider's gmail: name, home address, dialysis "
        "appointment (ISO-8859-1).",
        frm=f"Programación BlueLine <rides@{BLT}>",
        to="consuelo.arrieta61@gmail.com",
        subject="Confirmación de su transporte - jueves 12 de noviembre",
        body=d("""
            Estimada Sra. Consuelo Arrieta:

            Su transporte está confirmado:
              Recogida: jueves 12/11 a las 6:50 a. m. en 1517 E Lake St, apto. 2
              Destino: Riverbend Dialysis (su sesión de diálisis de las 7:30)
              Regreso: cuando la clínica nos llame, aprox. 11:30 a. m.
            El conductor la llamará 5 minutos antes. Si necesita cancelar, avísenos con 2 horas
            de anticipación al 612-555-0400.

            Atentamente,
            Programación BlueLine
            """),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="es_child_flu_result_mother",
        notes="Hard positive: Spanish note to a mother's gmail with her son's first name, "
        "influenza A result and Tamiflu.",
        frm=f"Marisela Ortiz <mortiz@{SRU}>",
        to="yesenia.paredes@gmail.com",
        subject="resultado de Mateo",
        body=d("""
            Hola Sra. Paredes, le escribo de Summit Ridge Maple Grove.

            La prueba de Mateo salió positiva para influenza A. La doctora ya mandó el Tamiflu
            (oseltamivir) líquido a la farmacia Walgreens de Main St, 2 veces al día por 5 días.
            Que tome muchos líquidos y regrese a la escuela cuando lleve 24 horas sin fiebre.
            Si le cuesta respirar, llévelo a emergencias.

            Marisela (asistente médica)
            """),
        lang="es",
    ),
    Spec(
        phi=True,
        category="zh_records_ready_daughter",
        notes="Chinese (GB2312) note to a patient's daughter: her father's name, his hospital "
        "records and discharge diagnosis ready for pickup.",
        frm=f"Release of Information <roi@{MVM}>",
        to="wang.li.mn@163.com",
        subject="您父亲的病历副本已准备好",
        body=d("""
            王丽女士：

            您好！您为父亲王建国（出生日期1947年5月3日）申请的病历副本已经准备好了，
            包括10月20日至10月27日住院期间的出院小结、心脏超声和化验结果（诊断：心力衰竭）。
            请携带您父亲签字的授权书和您的身份证件，周一至周五上午8点到下午4点到
            医院地下一层病案室领取。

            Mercy Valley 医疗中心 病案管理部
            电话 651-555-0310
            """),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="vi_dialysis_pickup_son",
        notes="Hard positive: Vietnamese note to a rider's son: his mother's name, dialysis pickup time and "
        "wheelchair.",
        frm=f"Kevin Tran <ktran@{BLT}>",
        to="tuan.nguyen.mpls@outlook.com",
        subject="Lịch đón mẹ anh tuần này",
        body=d("""
            Chào anh Tuấn,

            Em Kevin bên BlueLine. Tuần này xe sẽ đón bà Nguyễn Thị Lan lúc 6 giờ 30 sáng thứ
            Hai, thứ Tư và thứ Sáu để đi chạy thận ở Riverbend Dialysis, và đón về khoảng 11
            giờ. Tài xế sẽ mang xe lăn vì bác sĩ dặn bà chưa được đi bộ sau khi té.
            Nếu có thay đổi anh gọi 612-555-0410 nhé.

            Kevin Trần
            """),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="ru_xray_result_patient",
        notes="Russian (KOI8-R) message to a patient at mail.ru: name, ankle x-ray result, "
        "treatment advice.",
        frm=f"Priya Raman MD <praman@{SRU}>",
        to="s.volkov77@mail.ru",
        subject="Ваш рентген",
        body=d("""
            Здравствуйте, Сергей Волков!

            Рентгенолог посмотрел снимок вашей правой лодыжки от 10 ноября: перелома нет,
            это растяжение связок. Носите бандаж, прикладывайте лёд, ибупрофен 400 мг при боли.
            Если через 7 дней не станет лучше, приходите на повторный осмотр.

            Доктор Прия Раман
            Summit Ridge Urgent Care
            """),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="es_flu_flyer_html",
        notes="Spanish HTML-only flu shot flyer; no individual.",
        frm=f"Ashley Nguyen <anguyen@{SRU}>",
        to="Vecinos Summit Ridge <noticias@list.summitridgeuc.com>",
        subject="Vacunas contra la gripe - sin cita",
        body="",
        html=d("""
            <html><body>
            <h2>¡Vacúnese contra la gripe!</h2>
            <p>Visite cualquier clínica Summit Ridge, sin cita. Aceptamos la mayoría de los
            seguros y Medical Assistance. Sin seguro: $25.</p>
            <p>Hablamos español en Elm St y Maple Grove.</p>
            </body></html>
            """),
        lang="es",
    ),
    Spec(
        phi=False,
        category="zh_records_how_to_big5",
        notes="Traditional Chinese (Big5) general instructions for requesting records; no "
        "individual.",
        frm=f"Release of Information <roi@{MVM}>",
        to="Chinese Community Center <info@twincitieschinesecenter.org>",
        subject="病歷申請說明（請轉發給會員）",
        body=d("""
            您好：

            以下是在 Mercy Valley 醫療中心申請病歷副本的方法，歡迎轉發給中心會員：
            1. 填寫「病歷授權書」（網站上可下載中文版）。
            2. 患者本人申請免費；律師或保險公司申請需按州規定收費。
            3. 一般在十五個工作日內完成。
            4. 需要翻譯可致電 651-555-0310，我們提供免費口譯服務。

            病歷管理部 敬上
            """),
        charset="big5",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="vi_service_info",
        notes="Vietnamese general service information for a community newsletter; no rider.",
        frm=f"Linda Kowal <linda@{BLT}>",
        to="Ban biên tập <editor@vietmnnews.com>",
        subject="Thông tin dịch vụ đưa đón y tế cho bản tin tháng 12",
        body=d("""
            Kính gửi ban biên tập,

            BlueLine Medical Transportation xin gửi đoạn giới thiệu cho bản tin tháng 12:
            "BlueLine đưa đón người cao tuổi và người khuyết tật đến các cuộc hẹn khám bệnh,
            chạy thận và vật lý trị liệu tại Minneapolis và Dakota County. Có xe lăn và xe
            băng ca. Có nhân viên nói tiếng Việt. Gọi 612-555-0400."

            Cảm ơn,
            Linda Kowal
            """),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="ru_records_request_info",
        notes="Russian (KOI8-R) general instructions on requesting medical record copies; no "
        "individual.",
        frm=f"Release of Information <roi@{MVM}>",
        to="Russian Community Services <office@mnrussiancommunity.org>",
        subject="Как запросить копию медицинской карты",
        body=d("""
            Добрый день!

            По вашей просьбе отправляем краткую памятку для членов общины:
            - Заполните форму разрешения на выдачу медицинской информации (есть на сайте).
            - Для самих пациентов копии бесплатны.
            - Срок выполнения запроса - до 15 рабочих дней.
            - Бесплатный переводчик: 651-555-0310.

            Отдел медицинской документации
            Mercy Valley Medical Center
            """),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="ko_flu_clinic_notice",
        notes="Korean (EUC-KR) onsite flu clinic notice to a church office; no individual.",
        frm=f"Denise Whitfield <dwhitfield@{SRU}>",
        to="Korean Presbyterian Church Office <office@kpcmn.org>",
        subject="교회 독감 예방접종 행사 안내",
        body=d("""
            안녕하세요,

            Summit Ridge Urgent Care에서 11월 22일 주일 예배 후 (오후 1시-3시) 교회 친교실에서
            독감 예방접종을 실시합니다. 대부분의 보험이 적용되며, 보험이 없으신 분은 25달러입니다.
            보험 카드를 꼭 지참해 주세요. 한국어 통역이 함께 합니다.

            감사합니다.
            Denise Whitfield
            """),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="so_service_info",
        notes="Somali general note to a community organisation about ride booking; no rider.",
        frm=f"BlueLine Scheduling <rides@{BLT}>",
        to="Somali Community Link <info@somalicommunitylink.org>",
        subject="Adeegga gaadiidka ballamaha caafimaadka",
        body=d("""
            Asalaamu calaykum,

            BlueLine waxay qaadaa dadka waayeelka ah iyo dadka naafada ah ee u socda ballamaha
            dhakhtarka, sifeynta kelyaha (dialysis) iyo daaweynta jirka. Haddii aad haysato
            Medical Assistance, gaadiidku waa bilaash. Wac 612-555-0400, waxaan haynaa shaqaale
            ku hadla Af-Soomaali.

            Mahadsanid,
            BlueLine Scheduling
            """),
        lang="so",
    ),
]
