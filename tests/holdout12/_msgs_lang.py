# ruff: noqa: E501, RUF001  (hand-written mail text in other scripts is the point of this file)
"""Non-English outbound mail in the languages these organisations' families use (8 messages)."""

from __future__ import annotations

from _spec import Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="Spanish discharge instructions to mother",
        notes="Hard positive: Spanish instructions to mother's gmail naming child, bronchiolitis and albuterol",
        frm="4 West Nursing <4west@bayviewchildrens.org>",
        to="guadalupe.renteria82@gmail.com",
        subject="Instrucciones de alta - Sofía",
        body=(
            "Estimada Sra. Rentería:\n\n"
            "Como le prometimos, aquí están las instrucciones de alta de Sofía (bronquiolitis por VRS):\n"
            "- Salbutamol (albuterol) 2 inhalaciones cada 4 horas si tiene dificultad para respirar.\n"
            "- Cita de seguimiento con la Dra. Abernathy el jueves 12 de noviembre a las 10:00.\n"
            "- Regrese a Urgencias si tiene labios morados o no moja pañales en 8 horas.\n\n"
            "Enfermería 4 Oeste, Bayview Children's Hospital\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish group therapy announcement",
        notes="Hard negative: Spanish-language flyer text for a depression support group; no individuals",
        frm="Harborside Psychiatry <news@harborsidepsych.com>",
        to="comunidad@centrolatinodesanmateo.org",
        subject="Grupo de apoyo en español para la depresión",
        body=(
            "Hola equipo del Centro Latino:\n\n"
            "Desde enero ofreceremos un grupo de apoyo en español para adultos con depresión y ansiedad,\n"
            "los miércoles a las 18:00, con la terapeuta Lucía Peñaranda, LMFT. Aceptamos Medi-Cal.\n"
            "¿Podrían compartir este aviso en su boletín? Gracias.\n\nHarborside Psychiatry & Counseling\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese biopsy appointment to son",
        notes="Hard positive: Chinese (gb2312) message to son's outlook address naming father, DOB and thyroid biopsy appointment",
        frm="ClearPath Scheduling <scheduling@clearpathimaging.com>",
        to="wei.zhang.sf@outlook.com",
        subject="您父亲的甲状腺穿刺预约",
        body=(
            "张先生您好：\n\n"
            "您父亲张国华（出生日期 1951年3月8日）的甲状腺结节超声引导下细针穿刺已预约在\n"
            "11月17日上午9点。请他继续服用降压药，但穿刺前5天停用阿司匹林。\n"
            "如需中文翻译服务，请提前告诉我们。\n\nClearPath Imaging Center 预约部\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese community health fair notice",
        notes="Hard negative: Chinese notice about free children's vision and hearing screening event",
        frm="Community Health <community@bayviewchildrens.org>",
        to="info@chinatowncommunitycenter-sf.org",
        subject="儿童免费视力和听力筛查活动",
        body=(
            "您好：\n\n"
            "湾景儿童医院将于11月21日（星期六）上午10点至下午2点在社区中心举办免费儿童视力和听力筛查，\n"
            "适合3至12岁儿童，无需预约。现场有粤语和普通话翻译。请帮忙在社区张贴通知。谢谢！\n\n"
            "湾景儿童医院社区健康部\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Russian therapy follow-up to patient",
        notes="Hard positive: Russian (koi8-r) note from psychiatrist to patient's mail.ru about panic disorder and medication dose",
        frm="Dr. Erik Lindgren <elindgren@harborsidepsych.com>",
        to="svetlana.kuznetsova84@mail.ru",
        subject="Ваш приём и лекарство",
        body=(
            "Светлана, добрый день.\n\n"
            "Как мы договорились на приёме, увеличиваем эсциталопрам до 15 мг утром. При панических\n"
            "атаках продолжайте дыхательные упражнения. Следующий приём по видеосвязи 24 ноября в 17:00.\n\n"
            "Д-р Линдгрен\nHarborside Psychiatry & Counseling\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian interpreter vendor scheduling",
        notes="Hard negative: Russian mail to interpreter agency about general availability, no patient",
        frm="ClearPath Front Desk <frontdesk@clearpathimaging.com>",
        to="office@slavicinterpreters-bayarea.com",
        subject="Переводчики на декабрь",
        body=(
            "Здравствуйте!\n\n"
            "В декабре нам понадобятся русские переводчики по вторникам и четвергам с 9 до 13 часов\n"
            "в нашем центре (МРТ и маммография). Пришлите, пожалуйста, расценки на 2027 год.\n\n"
            "ClearPath Imaging Center\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Vietnamese NICU update to father",
        notes="Vietnamese update to father's yahoo about baby in NICU with jaundice phototherapy",
        frm="NICU Family Liaison <nicu.family@bayviewchildrens.org>",
        to="tuan.pham.2019@yahoo.com",
        subject="Cập nhật về bé An",
        body=(
            "Chào anh Tuấn,\n\n"
            "Bé Phạm Minh An (phòng NICU giường 12) vẫn đang chiếu đèn vì vàng da. Chỉ số bilirubin sáng nay\n"
            "là 14,2, giảm so với hôm qua. Bác sĩ Nakashima dự kiến ngưng chiếu đèn vào ngày mai.\n"
            "Anh chị có thể vào thăm lúc 14 giờ.\n\nNICU, Bayview Children's Hospital\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese screening awareness",
        notes="Hard negative: Vietnamese mammography awareness message to community group; no individuals",
        frm="ClearPath Outreach <outreach@clearpathimaging.com>",
        to="lienlac@hoiphunuviet-sanjose.org",
        subject="Tháng nhận thức về ung thư vú - chụp nhũ ảnh miễn phí",
        body=(
            "Kính gửi Hội Phụ Nữ Việt,\n\n"
            "ClearPath Imaging Center sẽ tổ chức chụp nhũ ảnh miễn phí cho phụ nữ trên 40 tuổi chưa có bảo hiểm\n"
            "vào ngày 5 tháng 12. Có thông dịch viên tiếng Việt. Xin vui lòng chia sẻ với hội viên.\n\nTrân trọng,\nClearPath Outreach\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
]
