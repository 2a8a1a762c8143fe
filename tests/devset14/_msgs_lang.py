# ruff: noqa: RUF001
"""Non-English and mixed-language mail from the three practices: 4 PHI, 4 not PHI."""

from __future__ import annotations

from _spec import CVE, LSE, SSK, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish hearing test appointment to daughter",
        notes="Hard positive: plain greeting in Spanish; father named with a hearing test and "
        "hearing aids",
        frm=f"Recepción Lakeshore <audfront@{LSE}>",
        to="marisela.ibarra@hotmail.com",
        subject="Cita de su papá",
        body=(
            "Hola Marisela,\n\n"
            "Le escribo para confirmar la cita de su papá, el Sr. Ramón Ibarra, para la prueba\n"
            "de audición el martes 17 de noviembre a las 10:30. Después de la prueba el\n"
            "audiólogo le explicará si necesita audífonos. Por favor traiga su tarjeta de\n"
            "Medicare y la lista de sus medicinas.\n\n"
            "Saludos,\nLakeshore ENT & Audiology\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish free skin cancer screening flyer",
        notes="Hard negative: Spanish community flyer about skin cancer screening, no individual",
        frm=f"Summit Skin <news@{SSK}>",
        to="eventos@pilsencommunitycenter.org",
        subject="Detección gratuita de cáncer de piel - sábado 5 de diciembre",
        body=(
            "Estimados amigos del centro comunitario:\n\n"
            "Summit Skin ofrecerá una jornada gratuita de detección de cáncer de piel el sábado\n"
            "5 de diciembre de 9 a 1. Los dermatólogos revisarán lunares y manchas. No se\n"
            "necesita seguro médico. ¿Podrían compartir este aviso con sus miembros?\n\n"
            "Gracias,\nEquipo de Summit Skin\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese injection schedule to patient's son",
        notes="Hard positive: plain Chinese greeting; the father's surname, eye injection and "
        "date to the son's personal mailbox",
        frm=f"Clearview Retina <retina-coord@{CVE}>",
        to="wang.jianguo1975@163.com",
        subject="您父亲的下次注射",
        body=(
            "王先生您好，\n\n"
            "您父亲王德明的下一次眼内注射（右眼，阿柏西普）安排在11月20日星期五上午9点。\n"
            "请提前15分钟到达，注射后需要有人陪同回家。如需改期请致电我们。\n\n"
            "Clearview 视网膜眼科\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese glaucoma drop education to community partner",
        notes="Hard negative: Chinese handout on glaucoma drops, no individual",
        frm=f"Clearview Retina <outreach@{CVE}>",
        to="programs@chinatownseniorcenter.org",
        subject="青光眼讲座资料",
        body=(
            "李主任您好，\n\n"
            "附上下周讲座的资料摘要：青光眼是可以控制的疾病，眼药水要每天按时使用，\n"
            "两种眼药水之间要间隔五分钟。我们会有普通话和粤语翻译。\n\n"
            "谢谢！\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Vietnamese biopsy result to patient",
        notes="Hard positive: plain Vietnamese greeting with first name and a biopsy result",
        frm=f"Summit Skin <nurse-line@{SSK}>",
        to="lan.tran.chicago@yahoo.com",
        subject="Kết quả sinh thiết",
        body=(
            "Chào chị Lan,\n\n"
            "Kết quả sinh thiết nốt ruồi ở lưng của chị đã có: đây là ung thư tế bào đáy\n"
            "(basal cell carcinoma), loại phát triển chậm. Bác sĩ Alvarez muốn hẹn chị làm phẫu\n"
            "thuật Mohs trong tháng 12. Xin gọi lại cho chúng tôi để đặt lịch.\n\n"
            "Summit Skin & Mohs Surgery\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese holiday hours notice",
        notes="Clinic holiday hours in Vietnamese to a community list",
        frm=f"Summit Skin <news@{SSK}>",
        to="bantin@vietcommunitychicago.org",
        subject="Giờ làm việc dịp lễ Tạ Ơn",
        body=(
            "Kính gửi quý cộng đồng,\n\n"
            "Phòng khám da liễu Summit Skin sẽ đóng cửa ngày 26 và 27 tháng 11 nhân dịp lễ Tạ\n"
            "Ơn. Chúng tôi mở cửa lại vào thứ Hai 30 tháng 11. Chúc quý vị lễ vui vẻ.\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Russian hearing aid repair message to patient",
        notes="Hard positive: plain Russian greeting, patient's first name and his hearing aid "
        "repair at his personal mailbox",
        frm=f"Lakeshore Audiology <audfront@{LSE}>",
        to="boris.kaplunov@mail.ru",
        subject="Ваш слуховой аппарат",
        body=(
            "Здравствуйте, Борис!\n\n"
            "Ваш правый слуховой аппарат вернулся из ремонта. Вы можете забрать его в четверг\n"
            "после 14:00. Аудиолог также хочет повторно проверить ваш слух, потому что\n"
            "потеря слуха справа усилилась.\n\n"
            "С уважением,\nLakeshore ENT & Audiology\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian interpreter availability request",
        notes="Hard negative: interpreter agency scheduling in Russian, clinic words, no patient",
        frm=f"Lakeshore ENT <frontdesk@{LSE}>",
        to="schedule@midwestlanguagelink.com",
        subject="Русский переводчик на декабрь",
        body=(
            "Добрый день!\n\n"
            "Нам нужен русский переводчик в отделении аудиологии по вторникам в декабре,\n"
            "с 9:00 до 13:00. Пожалуйста, подтвердите наличие и стоимость.\n\n"
            "Спасибо,\nLakeshore ENT & Audiology\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
]

assert sum(m.phi for m in MESSAGES) == 4 and len(MESSAGES) == 8
