# ruff: noqa: RUF001  (Chinese text keeps its full-width punctuation)
"""Non-English outbound mail from the three organisations (Spanish, Chinese, Vietnamese)."""

from __future__ import annotations

from _spec import APEX, CRCC, ESH, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="Spanish chemo appointment reminder to patient",
        notes="Hard positive: Spanish reminder naming patient, chemo date and pre-meds to personal "
        "mailbox.",
        frm=f"Navegación de Pacientes <navegacion@{CRCC}>",
        to="rosalba.quintanilla63@hotmail.com",
        subject="Recordatorio de su cita de quimioterapia",
        body=(
            "Estimada Sra. Rosalba Quintanilla:\n\nLe recordamos su cita de quimioterapia "
            "(ciclo 2 de carboplatino y paclitaxel) el martes 17 de noviembre a las 9:00 a. m. en "
            "el Centro de Infusión. Tome la dexametasona 12 horas y 6 horas antes de la cita, como "
            "le indicó la Dra. Ferreira. Si tiene fiebre de 38 °C o más, llámenos de inmediato al "
            "720-555-0199.\n\nAtentamente,\nJoaquín Ybarra, enfermero navegador"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish support group flyer",
        notes="Hard negative: Spanish grief-group announcement, no individual.",
        frm=f"Duelo y Apoyo <bereavement@{ESH}>",
        to="boletin@parroquiasanjudasaurora.org",
        subject="Grupo de apoyo en el duelo en español",
        body=(
            "Estimados amigos de la parroquia:\n\nEvening Star Hospice ofrece un grupo de apoyo "
            "gratuito para personas que han perdido a un ser querido, en español, los miércoles a "
            "las 6:30 p. m. No es necesario que su familiar haya estado en nuestro cuidado. Favor "
            "de "
            "publicarlo en el boletín del domingo.\n\nGracias,\nPilar Echeverría, trabajadora "
            "social"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Spanish pharmacy call follow-up to husband",
        notes="Hard positive: Spanish note to husband's gmail with wife's first name, drug and "
        "side effect.",
        frm=f"Farmacia Apex <farmacia@{APEX}>",
        to="efrain.castillo.den@gmail.com",
        subject="Seguimiento de la llamada de hoy",
        body=(
            "Hola Sr. Castillo,\n\nGracias por llamar. Como hablamos, si a Yesenia le siguen "
            "saliendo llagas en la boca con el Afinitor (everolimus) 10 mg, que use el enjuague de "
            "dexametasona cuatro veces al día y que no tome la dosis de mañana hasta que la "
            "farmacéutica hable con el Dr. Szabo. Su próximo envío sale el 20 de noviembre.\n\n"
            "Saludos,\nFarmacia Apex"
        ),
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish medication safety newsletter",
        notes="Hard negative: Spanish patient newsletter about storing oral chemo, no individual.",
        frm=f"Farmacia Apex <farmacia@{APEX}>",
        to="lista.pacientes@apexspecialtyrx-news.com",
        subject="Consejos: cómo guardar su quimioterapia oral",
        body=(
            "Consejos de su farmacia:\n- Guarde las pastillas de quimioterapia en su envase "
            "original, lejos de niños y mascotas.\n- Lávese las manos después de tocarlas.\n- No "
            "las tire a la basura: devuélvalas a la farmacia.\n\nFarmacia Apex"
        ),
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese hospice visit note to son",
        notes="Hard positive: Simplified Chinese to son's mailbox naming father, hospice visit, "
        "morphine dose.",
        frm=f"Evening Star Hospice <hnguyen@{ESH}>",
        to="zhang.wei.family@outlook.com",
        subject="关于您父亲张国华的护理更新",
        body=(
            "张先生您好：\n\n今天上午我去看望了您父亲张国华。他的肺癌引起的呼吸困难比上周加重，"
            "我已请Diallo医生把吗啡口服液调整为每四小时5毫克，药房明天送到。下次护士探访是星期五下午。"
            "如有问题请随时拨打303-555-0180。\n\nHyun-joo Nguyen 护士"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese community health talk",
        notes="Hard negative: Chinese invitation to a community talk on cancer screening, no "
        "individual.",
        frm=f"Community Outreach <outreach@{CRCC}>",
        to="events@denverchinesecenter.org",
        subject="健康讲座：肝癌与乙肝筛查",
        body=(
            "您好：\n\nCedar Ridge 癌症中心将于12月12日（星期六）上午10点在社区中心"
            "举办免费健康讲座，"
            "主题为乙型肝炎与肝癌筛查，并提供普通话翻译。欢迎转发给会员。\n\n社区外展部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Vietnamese infusion instructions to patient",
        notes="Hard positive: Vietnamese to patient's mailbox with name, diagnosis and infusion "
        "date.",
        frm=f"Cedar Ridge Infusion <infusion@{CRCC}>",
        to="tranthihoa.denver@yahoo.com",
        subject="Lịch truyền thuốc của bà Trần Thị Hoa",
        body=(
            "Kính gửi bà Trần Thị Hoa,\n\nLịch truyền hóa trị FOLFIRI cho bệnh ung thư dạ dày của "
            "bà "
            "là thứ Hai ngày 16 tháng 11 lúc 8 giờ sáng. Xin vui lòng đến sớm 30 phút để thử máu. "
            "Nếu bà bị tiêu chảy nhiều, hãy gọi ngay số 720-555-0199.\n\nTrung tâm Truyền dịch "
            "Cedar Ridge"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese pharmacy hours notice",
        notes="Vietnamese holiday hours notice to a community list, no individual.",
        frm=f"Apex Specialty Pharmacy <farmacia@{APEX}>",
        to="thongbao@vietdenvercommunity.org",
        subject="Giờ làm việc dịp Lễ Tạ Ơn",
        body=(
            "Xin thông báo: Nhà thuốc Apex sẽ đóng cửa ngày Thứ Năm 26/11 (Lễ Tạ Ơn). Dược sĩ trực "
            "vẫn trả lời điện thoại 24/7 tại số 877-555-0127. Các đơn thuốc giao vào ngày lễ sẽ "
            "được "
            "gửi sớm một ngày.\n\nNhà thuốc Apex"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Russian pharmacist note to daughter",
        notes=(
            "Hard positive: Russian (koi8-r) to daughter's mailbox naming her father, his CML drug "
            "and a dose hold for low platelets."
        ),
        frm=f"Apex Specialty Pharmacy <clinical@{APEX}>",
        to="olga.haugland.v@gmail.com",
        subject="Насчёт лекарства вашего отца",
        body=(
            "Здравствуйте, Ольга!\n\nКак мы договорились по телефону: у вашего отца, Пера "
            "Хаугланда, тромбоциты снизились до 48 тысяч, поэтому доктор Сабо просит временно "
            "прекратить приём дазатиниба 100 мг и сдать повторный анализ крови в понедельник. "
            "Следующую посылку мы отправим только после его решения.\n\nС уважением,\n"
            "Вэнь-Ли Маркетти, фармацевт"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian volunteer recruitment",
        notes=(
            "Hard negative: Russian call for Russian-speaking hospice volunteers; mentions "
            "hospice and dying in general, no individual."
        ),
        frm=f"Volunteer Services <volunteers@{ESH}>",
        to="info@russiancommunitycolorado.org",
        subject="Ищем русскоговорящих волонтёров для хосписа",
        body=(
            "Добрый день!\n\nХоспис Evening Star ищет волонтёров, говорящих по-русски, чтобы "
            "навещать пожилых пациентов и поддерживать их семьи в последние месяцы жизни. "
            "Обучение бесплатное, 16 часов, начинается 12 января. Просим разместить объявление "
            "в вашей рассылке. Телефон: 303-555-0180.\n\nСлужба волонтёров"
        ),
        lang="ru",
    ),
]
