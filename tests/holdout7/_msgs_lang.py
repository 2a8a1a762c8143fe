"""holdout7: non-English and mixed-language mail from the three organisations."""

# Russian and Vietnamese letters are the point of this module, not look-alikes.
# ruff: noqa: RUF001

from __future__ import annotations

from _spec import CED, LCI, RHV, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="spanish shipment notice to patient",
        notes="Patient name + Enbrel shipment + address, Spanish, ISO-8859-1",
        frm=f"Cedarline Farmacia <farmacia@{CED}>",
        to="m.rosales.mesa@gmail.com",
        subject="Su medicamento fue enviado",
        body="Estimada Sra. María Elena Rosales:\n\nSu medicamento Enbrel 50 mg (4 plumas) fue "
        "enviado "
        "hoy y llegará el jueves 12 de noviembre a 1835 W Southern Ave, Mesa. Por favor guárdelo "
        "en "
        "el refrigerador en cuanto llegue. Alguien debe firmar.\n\nSi tiene preguntas, llame al "
        "1-855-555-0170 y pida un farmacéutico que hable español.\n\nAtentamente,\nLucía Carrasco\n"
        "Coordinadora de Pacientes, Cedarline Specialty Pharmacy",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="spanish community talk announcement",
        notes="Hard negative: Spanish breast-cancer screening talk announced to a community "
        "group, no individual",
        frm=f"Larkspur Alcance Comunitario <comunidad@{LCI}>",
        to="eventos@centrolatinoomaha.org",
        subject="Charla gratuita: detección temprana del cáncer de mama",
        body="Hola Sra. Ortega,\n\nLes compartimos el anuncio para su boletín:\n\nCharla gratuita "
        "sobre la detección temprana del cáncer de mama y mamografías sin costo. Sábado 21 de "
        "noviembre, 10:00 am, Centro Latino. Habrá intérprete y refrigerios. No se necesita seguro "
        "médico.\n\nGracias,\nEquipo de Alcance Comunitario, Larkspur Cancer Institute",
        lang="es",
    ),
    Spec(
        phi=True,
        category="vietnamese update to patient's son",
        notes="Hard positive: Vietnamese note to son naming his mother, chemo day and side effects",
        frm=f"Linh Phạm <lpham@{LCI}>",
        to="tuan.nguyen.omaha@yahoo.com",
        subject="Lịch truyền hóa chất của mẹ anh",
        body="Chào anh Tuấn,\n\nEm là Linh, y tá điều phối ở Larkspur. Lịch truyền hóa chất tiếp "
        "theo "
        "của bà Nguyễn Thị Lan là thứ Năm 19/11 lúc 9 giờ sáng, phòng B. Bác sĩ giảm liều "
        "gemcitabine vì tiểu cầu của bà thấp. Nếu bà bị sốt trên 38 độ thì gọi ngay "
        "402-555-0150.\n\n"
        "Cảm ơn anh,\nLinh Phạm, RN",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="vietnamese heart-healthy cooking class",
        notes="Vietnamese flyer for a heart-healthy cooking class to a community temple list",
        frm=f"Riverbend Cardiac Rehab <rehab@{RHV}>",
        to="thongbao@chuaphatquangwichita.org",
        subject="Lớp nấu ăn tốt cho tim mạch - miễn phí",
        body="Kính gửi quý chùa,\n\nRiverbend Heart & Vascular mời cộng đồng tham dự lớp nấu ăn ít "
        "muối, tốt cho tim mạch, vào Chủ nhật 22/11 lúc 2 giờ chiều tại Eastgate. Miễn phí, có "
        "phiên dịch tiếng Việt. Xin vui lòng thông báo giúp chúng tôi.\n\nTrân trọng,\nKelsey "
        "Drummond",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="chinese rehab update to daughter",
        notes="Chinese (GB2312) to daughter: father's name, cardiac rehab after bypass, BP and med",
        frm=f"Riverbend Cardiac Rehab <rehab@{RHV}>",
        to="chenxiaomei1978@163.com",
        subject="关于您父亲的心脏康复",
        body="陈小姐您好：\n\n您父亲陈建国先生本周参加了三次心脏康复训练，搭桥手术后恢复得很好。"
        "周二训练前血压偏高（168/94），我们已通知王医生，把氨氯地平加到10毫克。"
        "下次训练是周四上午9点。\n\n如有问题请致电316-555-0142。\n\nKelsey Drummond\n"
        "Riverbend Heart & Vascular 心脏康复中心",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="chinese holiday shipping notice",
        notes="Chinese (GB2312) holiday delivery schedule to a community center, no patients",
        frm=f"Cedarline Pharmacy <pharmacy@{CED}>",
        to="info@phoenixchinesecenter.org",
        subject="感恩节期间配送时间安排",
        body="您好：\n\n感恩节期间Cedarline专科药房的配送安排如下：11月25日（周三）正常配送，下午1点截止；"
        "11月26日（周四）休息，不配送；11月27日（周五）恢复配送。药剂师24小时值班电话：1-855-555-0170。"
        "\n\n请帮忙转告社区成员，谢谢！\n\nCedarline Specialty Pharmacy",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="russian refill call to patient",
        notes="Russian (KOI8-R) to patient: name, patronymic, Copaxone refill and MS nurse visit",
        frm=f"Cedarline Pharmacy <pharmacy@{CED}>",
        to="galina.orlova59@mail.ru",
        subject="Ваш препарат Копаксон",
        body="Уважаемая Галина Петровна Орлова,\n\nВаш Копаксон 40 мг (12 шприцев) будет доставлен "
        "в пятницу 13 ноября. Медсестра по рассеянному склерозу позвонит вам в понедельник, чтобы "
        "проверить места инъекций. Пожалуйста, храните препарат в холодильнике.\n\n"
        "С уважением,\nCedarline Specialty Pharmacy, 1-855-555-0170",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="russian clinic holiday hours",
        notes="Russian (KOI8-R) clinic holiday hours for a community newspaper",
        frm=f"Riverbend Heart & Vascular <info@{RHV}>",
        to="redaktor@russkayagazetakansas.com",
        subject="Часы работы клиники в праздники",
        body="Здравствуйте,\n\nПросим опубликовать: клиники Riverbend Heart & Vascular будут "
        "закрыты "
        "26 и 27 ноября. Занятия кардиореабилитации возобновятся 30 ноября. В экстренных случаях "
        "звоните 911.\n\nСпасибо,\nОтдел по связям с общественностью",
        charset="koi8-r",
        lang="ru",
    ),
]
