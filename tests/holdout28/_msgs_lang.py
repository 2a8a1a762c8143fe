"""Messages in the languages of the organisations' members and clients (8 messages)."""

# ruff: noqa: RUF001  (other scripts are the point of this file)

from __future__ import annotations

from _spec import BPR, KBH, ODC, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish: diabetes class + pantry to client",
        notes="Benefits counselor writes to a client at gmail in Spanish about her diabetes "
        "education class and diabetic food box",
        frm=f"Lucia Benavides <lbenavides@{ODC}>",
        to="marisol.arroyo.hbg@gmail.com",
        subject="Su clase y la caja de comida",
        body=(
            "Hola Sra. Arroyo:\n\n"
            "Le confirmo que la inscribí en la clase de educación sobre la diabetes en el Centro "
            "de Salud Hamilton, los martes a las 5:30 p. m., empezando el 17 de noviembre. Como "
            "su médico le subió la metformina a 1000 mg dos veces al día, la nutricionista quiere "
            "revisar su dieta con usted.\n\n"
            "También puede recoger la caja para diabéticos el lunes en la despensa (233 Hummel "
            "St). Si necesita transporte, llámeme al 717-555-0335.\n\n"
            "Saludos,\nLucía Benavides\nConsejera de Beneficios, Open Door Community Services"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish: pantry flyer",
        notes="Spanish pantry and benefits clinic flyer for partners, no individuals",
        frm=f"Open Door Community Services <info@{ODC}>",
        to="parroquia.sanfrancisco@hbgdiocese-parishes.org",
        subject="Despensa y clínica de beneficios - diciembre",
        body=(
            "Estimados amigos:\n\n"
            "Les pedimos compartir con la comunidad: la despensa de Open Door abre de lunes a "
            "viernes de 9 a 4. El sábado 12 de diciembre tendremos una clínica de beneficios "
            "para solicitar SNAP, LIHEAP y Medicaid, con consejeros que hablan español. Hay "
            "cajas especiales para personas con diabetes o enfermedades del corazón.\n\n"
            "¡Gracias por su apoyo!\nOpen Door Community Services"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese: psychiatric follow-up to member's daughter",
        notes="Hard positive: care manager writes in Chinese to a member's daughter at 163.com "
        "about her father's hospital discharge and psychiatric follow-up",
        frm=f"Mei Chen <mchen@{KBH}>",
        to="liu.yating1990@163.com",
        subject="关于您父亲出院后的复诊",
        body=(
            "刘女士您好：\n\n"
            "您父亲刘建国先生（会员号 KB26118407）已于11月10日从Meridian医院出院。"
            "他的精神科复诊安排在11月17日上午10点，地点是Lakeside Counseling，医生会调整"
            "他的抑郁症药物（舍曲林）。如需翻译，我们会安排普通话翻译。\n\n"
            "如有问题请致电 717-555-0171。\n\n"
            "陈美\nKeystone Behavioral Health Plan 个案管理员"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese: interpreter services notice",
        notes="Chinese notice to network providers about free interpreter services",
        frm=f"Provider Relations <provider.relations@{KBH}>",
        to="office@harrisburgasiancounseling.org",
        subject="免费口译服务通知",
        body=(
            "各位医疗服务提供者：\n\n"
            "Keystone Behavioral Health Plan 为所有会员提供免费的普通话、粤语及其他语言口译服务。"
            "预约口译请提前48小时致电 1-800-555-0177。口译费用由本计划支付，不需要向会员收费。\n\n"
            "谢谢合作！\n服务提供者关系部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Vietnamese: peer update to mother",
        notes="Hard positive: peer specialist writes in Vietnamese to a participant's mother "
        "(with consent) about his detox discharge and recovery house move",
        frm=f"Jasmine Okafor <jokafor@{BPR}>",
        to="hoa.tran.mom@yahoo.com",
        subject="Cập nhật về Bảo",
        body=(
            "Chào cô Hoa,\n\n"
            "Bảo đã xuất viện cai nghiện hôm thứ Hai và đã chuyển vào nhà phục hồi trên đường "
            "Cameron. Em ấy đang uống Suboxone mỗi ngày và gặp tôi hai lần mỗi tuần. Cô có thể "
            "đến thăm vào Chủ nhật từ 1 đến 4 giờ chiều.\n\n"
            "Thân,\nJasmine Okafor\nBridges Peer Recovery Center - 717-555-0280"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese: SNAP workshop announcement",
        notes="Vietnamese announcement of a SNAP application workshop",
        frm=f"Open Door Community Services <info@{ODC}>",
        to="hoivietnam.hbg@gmail.com",
        subject="Hội thảo hướng dẫn nộp đơn SNAP",
        body=(
            "Kính gửi Hội người Việt Harrisburg,\n\n"
            "Open Door sẽ tổ chức buổi hướng dẫn nộp đơn xin trợ cấp thực phẩm (SNAP) bằng "
            "tiếng Việt vào thứ Bảy, ngày 5 tháng 12, từ 10 giờ sáng tại 233 Hummel St. "
            "Xin vui lòng chia sẻ với cộng đồng.\n\nTrân trọng,\nOpen Door Community Services"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Russian: therapy authorization to member",
        notes="Russian letter to a member at mail.ru confirming her depression therapy "
        "authorization with member ID",
        frm=f"Member Services <member.services@{KBH}>",
        to="o.volkova1978@mail.ru",
        subject="Разрешение на психотерапию",
        body=(
            "Уважаемая Ольга Волкова!\n\n"
            "Сообщаем, что ваш план Keystone Behavioral Health Plan (номер участника KB47793016) "
            "одобрил 12 сеансов психотерапии по поводу депрессии в Capital Area Trauma Center "
            "с 16.11.2026 по 15.02.2027. Русскоязычный терапевт: Ирина Белова, LPC.\n\n"
            "С уважением,\nОтдел обслуживания участников"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian: naloxone training announcement",
        notes="Russian-language naloxone training announcement for a community center",
        frm=f"Community Education <education@{BPR}>",
        to="info@slavicfamilycenter-pa.org",
        subject="Бесплатное обучение: налоксон",
        body=(
            "Здравствуйте!\n\n"
            "Bridges Peer Recovery Center проводит бесплатное обучение использованию налоксона "
            "на русском языке 10 декабря в 18:00. Каждый участник получит набор налоксона. "
            "Пожалуйста, расскажите об этом в вашей общине.\n\nBridges Peer Recovery Center"
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
