"""Non-English and mixed-language messages from all three organisations, in the charsets their
mail clients really use (ISO-8859-1 Spanish, GB2312 Chinese, KOI8-R Russian, EUC-KR Korean,
UTF-8 Vietnamese)."""

# ruff: noqa: E501, RUF001  (hand-written mail text: long lines and Cyrillic are the data)

from __future__ import annotations

from _spec import CRB, MUMC, RB, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish visit reminder to trial participant",
        notes="Spanish reminder to a participant's yahoo: name, diabetes study visit date, fasting and insulin diary.",
        frm=f"Yesenia Barragán <ybarragan@{MUMC}>",
        to="Guadalupe Ríos <lupita.rios63@yahoo.com>",
        subject="Recordatorio: su cita del estudio de diabetes el martes 17",
        body=(
            "Buenos días, Sra. Ríos:\n\n"
            "Le recuerdo que su próxima visita del estudio DM-5120 (diabetes tipo 2) es el martes 17 de noviembre "
            "a las 7:30 de la mañana en la Unidad de Investigación Clínica, Pabellón B, 4.º piso.\n\n"
            "- Venga en ayunas (solo agua después de la medianoche).\n"
            "- Traiga su diario de glucosa y las plumas de insulina usadas.\n"
            "- Si tuvo algún nivel de azúcar menor de 70, anótelo por favor.\n\n"
            "Cualquier duda, llámeme al 402-555-0193.\n\n"
            "Yesenia Barragán\nCoordinadora bilingüe de investigación clínica\nMeridian University Medical Center\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish payment options notice for clinic",
        notes="Spanish notice of payment options and financial assistance for a clinic's waiting room; no individual.",
        frm=f"ClaimRight Patient Billing <patientbilling@{CRB}>",
        to="Front Desk <frontdesk@prairieviewfamilymed.com>",
        subject="Aviso en español para la sala de espera - opciones de pago",
        body=(
            "Hola Lorraine,\n\nAquí está el texto en español que pidieron para el letrero de la recepción:\n\n"
            "---\n¿TIENE PREGUNTAS SOBRE SU FACTURA?\n"
            "Llame a ClaimRight, la oficina de facturación de Prairie View Family Medicine, al 913-555-0144 "
            "(lunes a viernes, 8 a 5). Ofrecemos planes de pago sin intereses y ayuda financiera según sus "
            "ingresos. Hablamos español.\n---\n\nSaludos,\nMarisa Lentz\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="mixed Spanish/English balance reply to patient",
        notes="Hard positive: bilingual reply to a patient's hotmail: his name, physical-therapy visits after knee surgery and balance; no account number.",
        frm=f"Marisa Lentz <mlentz@{CRB}>",
        to="Eduardo Paredes <eduparedes@hotmail.com>",
        subject="RE: factura de terapia",
        body=(
            "Estimado Sr. Paredes,\n\nGracias por su correo. El saldo de $186.00 corresponde a sus 6 sesiones de "
            "fisioterapia en Lakeshore Orthopedics después de su cirugía de rodilla (octubre). Su seguro aplicó "
            "el copago de $31 por visita. Podemos dividirlo en 3 pagos si lo desea.\n\n"
            "(English: your $186 balance is the $31 copay for each of 6 PT visits after your knee surgery.)\n\n"
            "Atentamente,\nMarisa Lentz\nClaimRight Billing Solutions\n\n"
            "> ¿Por qué me cobran $186 si mi seguro paga la terapia?\n"
        ),
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish how-to-request-records guide",
        notes="Spanish instructions for patients on how to request their own records; generic, no individual.",
        frm=f"RecordBridge ROI Team <roi@{RB}>",
        to="Patient Experience <patientexperience@stbrendanhospital.org>",
        subject="Texto en español: cómo solicitar su expediente médico",
        body=(
            "Hola,\n\nComo acordamos, este es el texto para la página web del hospital:\n\n"
            "Cómo solicitar una copia de su expediente médico\n"
            "1. Llene el formulario de autorización (disponible en la recepción o en línea).\n"
            "2. Incluya una copia de su identificación con foto.\n"
            "3. Envíelo por fax al 888-555-0163 o súbalo en portal.recordbridge.com.\n"
            "Las copias electrónicas para el paciente cuestan como máximo $6.50. Recibirá su expediente en "
            "un plazo de 10 días hábiles.\n\nEquipo ROI de RecordBridge\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese records-ready notice to patient's son",
        notes="Chinese mail (GB2312) to a son's 163.com mailbox: mother's name, stroke admission dates and records ready.",
        frm=f"RecordBridge ROI Team <roi@{RB}>",
        to="Chen Wei <chenwei_omaha@163.com>",
        subject="您母亲的病历复印件已准备好",
        body=(
            "陈先生您好：\n\n"
            "您为母亲陈秀英（出生日期 1941年3月5日）申请的圣布伦丹医院病历已经准备好。"
            "内容包括她今年10月8日至10月15日因脑中风住院的出院小结、头部CT报告和康复科记录，共86页。\n\n"
            "因为您是她授权的代理人，我们会通过安全链接发送给您。请在30天内下载。\n\n"
            "如有问题，请致电 888-555-0162（可提供中文翻译）。\n\n"
            "RecordBridge 病历部\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese study recruitment notice",
        notes="Chinese (GB2312) recruitment notice for a hepatitis B study sent to a community centre; no individual.",
        frm=f"Li Na Zhou <lzhou2@{MUMC}>",
        to="Activities <activities@omahachinesecenter.org>",
        subject="乙肝研究招募通知（请帮忙张贴）",
        body=(
            "王老师您好：\n\n"
            "梅里迪安大学医学中心正在招募慢性乙型肝炎患者参加一项临床研究（IRB #2026-1377）。"
            "年龄18至70岁、目前正在服用恩替卡韦或替诺福韦的成年人可能符合条件。"
            "参与者可获得免费检查和交通补贴。\n\n"
            "咨询电话：402-555-0199（周一至周五，有中文服务）。\n\n"
            "谢谢您的帮助！\n周丽娜\n临床研究办公室\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Vietnamese balance notice to patient",
        notes="Vietnamese (UTF-8) mail to a patient's gmail: her name, pregnancy ultrasound date and balance owed.",
        frm=f"ClaimRight Patient Billing <patientbilling@{CRB}>",
        to="Hoa Nguyen <hoanguyen.omaha@gmail.com>",
        subject="Thông báo số dư - Prairie View Family Medicine",
        body=(
            "Kính gửi chị Nguyễn Thị Hoa,\n\n"
            "Hóa đơn của chị cho lần siêu âm thai (tuần 20) ngày 14/10/2026 tại Prairie View Family Medicine "
            "đã được bảo hiểm Medicaid thanh toán một phần. Số tiền còn lại chị cần trả là $25.00.\n\n"
            "Chị có thể thanh toán tại claimrightpay.com/pv hoặc gọi 913-555-0144 (có thông dịch tiếng Việt).\n\n"
            "Trân trọng,\nPhòng thanh toán ClaimRight\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese records request guide",
        notes="Vietnamese (UTF-8) general guide for a community organisation about requesting medical records; no individual.",
        frm=f"Corinne Vasquez-Hale <cvasquezhale@{RB}>",
        to="Outreach <outreach@vietnamesecommunityne.org>",
        subject="Hướng dẫn xin bản sao hồ sơ bệnh án",
        body=(
            "Chào anh Tuấn,\n\nĐây là bản hướng dẫn tiếng Việt để phát cho cộng đồng:\n\n"
            "1. Điền mẫu giấy ủy quyền (có tại bệnh viện hoặc trên mạng).\n"
            "2. Kèm bản sao giấy tờ tùy thân có hình.\n"
            "3. Gửi fax đến 888-555-0163 hoặc tải lên portal.recordbridge.com.\n"
            "Bệnh nhân xin hồ sơ của chính mình chỉ trả tối đa $6.50 cho bản điện tử.\n\n"
            "Cảm ơn anh,\nCorinne\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Russian message to participant's daughter",
        notes="Russian (KOI8-R) mail to a daughter's mail.ru about her father's study visit, blood pressure readings and a dose change.",
        frm=f"Irina Volkova <ivolkova@{MUMC}>",
        to="Olga Sokolova <olga.sokolova71@mail.ru>",
        subject="Визит вашего отца в исследовании HF-2291",
        body=(
            "Здравствуйте, Ольга!\n\n"
            "Пишу по поводу вашего отца, Валентина Петровича Соколова. На визите 6 ноября давление было 92/58, "
            "поэтому доктор Хальворсен снизил дозу исследуемого препарата до одной таблетки в день. "
            "Пожалуйста, измеряйте ему давление утром и вечером и записывайте в дневник.\n\n"
            "Следующий визит - 20 ноября в 9:00. Если появится головокружение, позвоните мне: 402-555-0181.\n\n"
            "С уважением,\nИрина Волкова\nкоординатор клинических исследований\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian interpreter services notice",
        notes="Russian (KOI8-R) notice about interpreter availability on the billing line; no individual.",
        frm=f"Terrence Boateng <tboateng@{CRB}>",
        to="Front Desk <frontdesk@lakeshoreortho.com>",
        subject="Объявление для пациентов: переводчик по вопросам счетов",
        body=(
            "Karen, here is the Russian text for the billing-line notice you asked for:\n\n"
            "Уважаемые пациенты!\n"
            "По вопросам счетов звоните в ClaimRight по телефону 913-555-0144 с понедельника по пятницу, "
            "с 8 до 17 часов. Бесплатный переводчик на русский язык доступен по запросу. "
            "Мы также предлагаем беспроцентные планы оплаты.\n\nTerrence\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Korean records-ready notice to patient",
        notes="Korean (EUC-KR) mail to a patient's naver.com: name, thyroid surgery records and pathology ready.",
        frm=f"RecordBridge ROI Team <roi@{RB}>",
        to="Kim Minjun <minjun.kim77@naver.com>",
        subject="요청하신 의무기록 사본이 준비되었습니다",
        body=(
            "김민준 님께,\n\n"
            "요청하신 플레인스 리저널 병원 의무기록 사본이 준비되었습니다. "
            "2026년 9월 갑상선 절제술 수술 기록, 병리 결과지, 그리고 내분비내과 외래 기록이 포함되어 있습니다 (총 54쪽).\n\n"
            "보안 링크를 통해 30일 동안 다운로드하실 수 있습니다. 문의: 888-555-0162\n\n"
            "RecordBridge 의무기록팀 드림\n"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean health fair invitation",
        notes="Korean (EUC-KR) invitation to a church health fair with flu shots and blood-pressure screening; no individual.",
        frm=f"Grace Hwang <ghwang@{MUMC}>",
        to="Pastor Lee <pastor.lee@omahakoreanchurch.org>",
        subject="건강 박람회 안내 (12월 5일 토요일)",
        body=(
            "이 목사님께,\n\n"
            "메리디언 대학 의료원 임상연구실에서 12월 5일 토요일 오전 10시부터 오후 2시까지 교회 친교실에서 "
            "건강 박람회를 엽니다. 독감 예방접종, 혈압 측정, 당뇨 선별 검사를 무료로 제공하며, "
            "임상 연구 참여에 관한 안내 자료도 한국어로 준비하겠습니다.\n\n"
            "교회 주보에 안내해 주시면 감사하겠습니다.\n\n황그레이스 드림\n"
        ),
        charset="euc-kr",
        lang="ko",
    ),
]
