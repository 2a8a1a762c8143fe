"""Messages in languages other than English from all three organisations (11 messages)."""

# ruff: noqa: RUF001  (Cyrillic and other scripts are the point of this file)

from __future__ import annotations

from _spec import Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="member_letter_spanish_pt_approval",
        notes="Spanish reply to a member's gmail approving physical therapy after her "
        "shoulder surgery; name and member ID.",
        frm="Servicios al Miembro <memberservices@keystonehp.com>",
        to="rosario.quinones77@gmail.com",
        subject="Aprobación de su terapia física",
        body=(
            "Estimada Sra. Rosario Quiñones:\n\n"
            "Le informamos que Keystone Health Plan aprobó 12 sesiones de terapia física "
            "después de su cirugía del hombro derecho (manguito rotador) del 2 de noviembre. "
            "Número de autorización: UM26-1112-72014. Su número de miembro es KPB437720196.\n"
            "\nPuede empezar las sesiones en Capital Physical Therapy a partir del 18 de "
            "noviembre. Su copago es de $30 por visita.\n\n"
            "Si tiene preguntas, llame al 1-800-555-0164 (TTY 711).\n\n"
            "Atentamente,\nServicios al Miembro\nKeystone Health Plan\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="flu_newsletter_spanish",
        notes="Hard negative: Spanish flu-season newsletter naming vaccines and risk "
        "conditions (diabetes, asthma, pregnancy); no individual.",
        frm="Keystone Health Plan <noticias@keystonehp.com>",
        to="boletin-es@lists.keystonehp.com",
        subject="Vacúnese contra la gripe: es gratis para los miembros",
        body=(
            "¡Hola!\n\nLa temporada de gripe ya empezó. La vacuna es gratis en farmacias de "
            "la red y en el consultorio de su médico.\n\n"
            "Es muy importante si usted:\n- tiene diabetes, asma o enfermedad del corazón\n"
            "- está embarazada\n- tiene 65 años o más\n\n"
            "También puede recibir la vacuna contra el COVID-19 y la del VRS (virus "
            "respiratorio sincitial) el mismo día.\n\nKeystone Health Plan\n"
        ),
        lang="es",
    ),
    Spec(
        phi=False,
        category="bilingual_recruiting_spanish",
        notes="Spanish recruiting email to a clinician candidate's personal hotmail.",
        frm="BrightPath Talent <talent@brightpathtele.com>",
        to="dra.lvaldivia@hotmail.com",
        subject="Buscamos psiquiatras bilingües - BrightPath Telehealth",
        body=(
            "Hola Dra. Valdivia:\n\n"
            "Vimos su perfil y nos encantaría conversar. Buscamos psiquiatras que atiendan "
            "en español por video, con licencia en Pensilvania o Nueva Jersey. Horario "
            "flexible, pago por hora y seguro de mala praxis incluido.\n\n"
            "¿Tiene 20 minutos la próxima semana para una llamada?\n\n"
            "Saludos,\nEquipo de Talento, BrightPath Telehealth\n"
        ),
        lang="es",
    ),
    Spec(
        phi=False,
        category="open_enrollment_seminar_chinese",
        notes="Chinese-language Medicare open-enrollment seminar announcement to a community "
        "centre.",
        frm="Keystone Medicare Advantage <medicare@keystonehp.com>",
        to="events@harrisburgchinesecenter.org",
        subject="联邦医疗保险年度投保讲座 - 12月12日",
        body=(
            "您好：\n\n"
            "Keystone Health Plan 将于12月12日（星期六）上午10点在哈里斯堡华人活动中心举办"
            "免费的联邦医疗保险（Medicare）讲座，并提供中文翻译。\n\n"
            "讲座内容：Medicare 优势计划的基本知识、处方药保险、如何选择适合自己的计划。\n"
            "现场提供茶点，无需购买任何产品。\n\n"
            "报名电话：1-800-555-0188（TTY 711）\n\n"
            "Keystone Health Plan 敬上\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="refill_instructions_chinese",
        notes="Hard positive: Chinese message to the patient's son; the patient's name is "
        "written only in Chinese characters with her Rx number and Enbrel refill.",
        frm="Apex Pharmacy Care <care@apexspecialtyrx.com>",
        to="kevin.chen.family@gmail.com",
        subject="您母亲的药物配送通知",
        body=(
            "陈先生您好：\n\n"
            "您母亲陈美玲女士（处方号 RX-7704519）的恩利（Enbrel）50毫克注射笔将于"
            "11月20日（星期五）下午送达。请务必有人在家签收，并立即放入冰箱冷藏（2-8°C）。\n\n"
            "她上次电话中提到注射部位有红肿，我们的药剂师会在11月23日再打电话跟进。\n\n"
            "如有问题，请拨打 1-888-555-0140，可以要求中文服务。\n\n"
            "Apex Specialty Pharmacy\n"
        ),
        lang="zh",
    ),
    Spec(
        phi=True,
        category="hearing_aid_claim_russian",
        notes="Russian reply to a member about his hearing aid claim: name, member ID, "
        "diagnosis and payment.",
        frm="Keystone Member Services <memberservices@keystonehp.com>",
        to="a.volkov1951@mail.ru",
        subject="Ваше обращение о слуховых аппаратах",
        body=(
            "Уважаемый господин Анатолий Волков!\n\n"
            "Мы рассмотрели ваше обращение по счёту за слуховые аппараты от 14 октября. "
            "По вашему плану (номер участника KPA558019436) покрывается до $1 500 на оба "
            "уха раз в три года при диагнозе нейросенсорной тугоухости. Счёт будет "
            "пересмотрен, и мы выплатим $1 500 напрямую в Susquehanna Hearing Center.\n\n"
            "Оставшаяся сумма $740 остаётся за вами.\n\n"
            "С уважением,\nОтдел обслуживания участников\nKeystone Health Plan\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="contractor_schedule_russian",
        notes="Russian note to a contract psychiatrist's personal gmail about her December "
        "shift blocks and licence paperwork.",
        frm="Scheduling <scheduling@brightpathtele.com>",
        to="irina.sokolova.md@gmail.com",
        subject="Расписание на декабрь",
        body=(
            "Здравствуйте, Ирина!\n\n"
            "Ваши смены в декабре: понедельники 7, 14 и 21 декабря с 13:00 до 17:00 (по "
            "восточному времени). Пожалуйста, подтвердите до 25 ноября.\n\n"
            "Также напоминаем: лицензия штата Нью-Джерси истекает 30 июня — пришлите, "
            "пожалуйста, копию продления, когда получите.\n\n"
            "Спасибо!\nОтдел расписания, BrightPath Telehealth\n"
        ),
        lang="ru",
    ),
    Spec(
        phi=True,
        category="delivery_notice_vietnamese",
        notes="Vietnamese delivery notice to a patient's daughter: patient name, Humira and "
        "home address.",
        frm="Apex Delivery Desk <delivery@apexspecialtyrx.com>",
        to="thuy.nguyen.pham@yahoo.com",
        subject="Thông báo giao thuốc cho ba của chị",
        body=(
            "Chào chị Thủy,\n\n"
            "Thuốc Humira 40 mg của ông Nguyễn Văn Phúc sẽ được giao vào thứ Năm, ngày 19 "
            "tháng 11, từ 12 giờ đến 4 giờ chiều, tại 2715 Derry St, Harrisburg.\n\n"
            "Xin có người ở nhà để ký nhận và cất thuốc vào tủ lạnh ngay. Ông Phúc còn 1 "
            "lần tiêm trước khi hết thuốc, nên xin đừng dời lịch giao.\n\n"
            "Nếu cần thay đổi, xin gọi 1-888-555-0140 (có thông dịch tiếng Việt).\n\n"
            "Apex Specialty Pharmacy\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="community_health_info_vietnamese",
        notes="Vietnamese community flyer text about when to use video urgent care for colds "
        "and flu, sent to a community association.",
        frm="BrightPath Community <community@brightpathtele.com>",
        to="info@vietassocpa.org",
        subject="Thông tin sức khỏe mùa cúm cho hội viên",
        body=(
            "Kính gửi Ban điều hành Hội,\n\n"
            "Mùa cúm đã bắt đầu. BrightPath Telehealth có bác sĩ khám qua video 24/7, có "
            "thông dịch tiếng Việt miễn phí.\n\n"
            "Khám qua video khi: sốt nhẹ, ho, đau họng, sổ mũi.\n"
            "Đi cấp cứu ngay khi: khó thở, đau ngực, lú lẫn.\n\n"
            "Xin vui lòng chia sẻ thông tin này với hội viên. Chúng tôi có tờ rơi in sẵn "
            "nếu Hội cần.\n\nBrightPath Telehealth\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="visit_summary_arabic",
        notes="Arabic visit summary to a patient's email: her name, asthma flare, inhaler "
        "and prednisone.",
        frm="BrightPath Care Team <care@brightpathtele.com>",
        to="layla.haddad84@outlook.com",
        subject="ملخص زيارتك الطبية",
        body=(
            "عزيزتي السيدة ليلى حداد،\n\n"
            "شكراً لزيارتك عبر الفيديو اليوم. شخّص الدكتور أتشيبي نوبة ربو خفيفة. "
            "تم إرسال وصفة بريدنيزون 40 ملغ يومياً لمدة 5 أيام وبخاخ ألبوتيرول إلى "
            "صيدلية CVS في شارع هاميلتون.\n\n"
            "إذا شعرتِ بضيق شديد في التنفس، اتصلي بالرقم 911 فوراً.\n\n"
            "فريق الرعاية - BrightPath Telehealth\n"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="storage_guide_arabic",
        notes="Hard negative: Arabic general guide on storing injectable biologics (drug "
        "names, temperatures) for a community clinic; no patient.",
        frm="Apex Nursing <nursing@apexspecialtyrx.com>",
        to="outreach@alnoorclinic-pa.org",
        subject="دليل حفظ الأدوية البيولوجية",
        body=(
            "السلام عليكم،\n\n"
            "بناءً على طلبكم، هذه إرشادات عامة لحفظ الأدوية البيولوجية مثل هيوميرا "
            "وإنبريل وستيلارا:\n\n"
            "- احفظ الدواء في الثلاجة بين 2 و8 درجات مئوية، ولا تجمّده.\n"
            "- يمكن إبقاء قلم هيوميرا خارج الثلاجة حتى 14 يوماً.\n"
            "- لا تضع الدواء في باب الثلاجة.\n\n"
            "يسعدنا تقديم محاضرة مجانية للمرضى في العيادة.\n\n"
            "Apex Specialty Pharmacy\n"
        ),
        lang="ar",
    ),
]
