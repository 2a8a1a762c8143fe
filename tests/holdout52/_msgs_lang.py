"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish Medicaid application help to patient's son",
        notes="Hard positive: Spanish message to son's personal mailbox with mother's name, SSN and stroke admission for an emergency Medicaid application.",
        frm="Ines Carrow LCSW <icarrow@brookhavenregional.org>",
        to="luis.echeverria77@hotmail.com",
        subject="Solicitud de Medicaid para su mamá",
        body=(
            "Estimado Sr. Echeverría:\n\nPara la solicitud de Medicaid de emergencia de su madre, la Sra. Amparo Echeverría "
            "(número de Seguro Social 238-61-0954), ya enviamos el formulario PA 600. Ella sigue internada desde el 8 de marzo "
            "por el derrame cerebral y el seguro aún no cubre la rehabilitación. Por favor traiga mañana los talones de pago "
            "de su pensión.\n\nInés Carrow, trabajadora social\nBrookhaven Regional Medical Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish NEMT how-to-book flyer",
        notes="Spanish general flyer on booking rides; no individual.",
        frm="Keystone Communications <communications@keystoneride.com>",
        to="promotoras@latinohealthalliance-pa.org",
        subject="Folleto: cómo pedir transporte para sus citas médicas",
        body=(
            "Para compartir con sus clientes:\n\nSi tiene Medical Assistance (Medicaid), puede pedir transporte gratis a sus citas "
            "médicas. Llame al 717-555-0100 con dos días hábiles de anticipación. Puede llevar a un acompañante. "
            "Tenemos agentes que hablan español."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese infusion delivery and dose message",
        notes="Vietnamese message to patient's daughter's personal mailbox naming her father, his IV antibiotic for bone infection and delivery.",
        frm="Silverpine Intake <intake@silverpineinfusion.com>",
        to="thao.nguyen.family@gmail.com",
        subject="Thuốc truyền cho bố của chị",
        body=(
            "Chào chị Thảo,\n\nThuốc kháng sinh ertapenem 1 g cho bố chị, ông Nguyễn Văn Hùng, sẽ được giao vào thứ Tư, "
            "từ 2 đến 6 giờ chiều. Ông truyền mỗi ngày một lần qua ống PICC để điều trị nhiễm trùng xương ở bàn chân. "
            "Y tá sẽ đến nhà vào thứ Năm để lấy máu xét nghiệm.\n\nSilverpine Home Infusion, 570-555-0120"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese hand hygiene and line care tips",
        notes="Hard negative: Vietnamese generic PICC/line care tips for all patients; mentions infection risk but no individual.",
        frm="Silverpine Nursing Coordination <nursing@silverpineinfusion.com>",
        to="translation@languagebridgepa.com",
        subject="Bản dịch: hướng dẫn chăm sóc ống PICC (kiểm tra lại)",
        body=(
            "Xin kiểm tra bản dịch sau:\n\nRửa tay bằng xà phòng trước khi chạm vào ống truyền. Giữ băng khô. "
            "Gọi cho chúng tôi nếu bị sốt trên 38 độ, sưng hoặc đỏ ở cánh tay."
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Russian ride confirmation to member's wife",
        notes="Russian ride confirmation to wife's personal mailbox naming the member, his cardiology rehab appointments and home pickup.",
        frm="Keystone Reservations <reservations@keystoneride.com>",
        to="galina.petrenko58@mail.ru",
        subject="Поездки вашего мужа на кардиореабилитацию",
        body=(
            "Здравствуйте, Галина!\n\nПоездки для вашего мужа, Виктора Петренко, на кардиологическую реабилитацию после "
            "инфаркта подтверждены: вторник и четверг в 9:00, адрес забора 14 Maple Ave, Camp Hill. "
            "Водитель позвонит за 15 минут.\n\nKeystone Ride Connect"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian interpreter scheduling with vendor",
        notes="Hard negative: Russian request to interpreter agency for a discharge meeting slot, no patient named or described.",
        frm="Care Coordination <carecoord@brookhavenregional.org>",
        to="scheduling@languagebridgepa.com",
        subject="Нужен русский переводчик в пятницу",
        body=(
            "Здравствуйте!\n\nНам нужен переводчик русского языка в пятницу, 20 марта, с 10:00 до 11:00 для "
            "семейной встречи в отделе выписки. Имя пациента сообщим по защищённому каналу. Подтвердите, пожалуйста.\n\n"
            "Отдел координации помощи"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Chinese discharge plan to patient's son",
        notes="Chinese message to son's personal mailbox naming mother, hip fracture surgery and transfer to a rehab facility.",
        frm="Renata Okafor RN <rokafor@brookhavenregional.org>",
        to="chen.jianguo@outlook.com",
        subject="您母亲的出院安排",
        body=(
            "陈先生您好：\n\n您母亲陈淑芬女士髋部骨折手术后恢复顺利，计划于3月18日上午转到Maplecrest康复中心继续做物理治疗。"
            "请明天带她的医保卡和衣服来医院。\n\nBrookhaven Regional Medical Center 出院计划部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese notice of NEMT service hours",
        notes="Hard negative: Chinese notice of ride booking hours sent to a community centre; mentions dialysis rides generically.",
        frm="Keystone Communications <communications@keystoneride.com>",
        to="info@harrisburgasiancenter.org",
        subject="医疗交通预约时间通知",
        body=(
            "各位会员：\n\n从4月1日起，预约医疗交通服务的电话时间改为周一至周五早上7点到晚上7点。"
            "透析和化疗的固定班次不受影响。预约电话：717-555-0100。\n\nKeystone Ride Connect"
        ),
        charset="gb2312",
        lang="zh",
    ),
]
