"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish result letter to patient",
        notes="Spanish glucose/A1c result to patient's gmail with full name.",
        frm="Lab Results <labresults@lakesidecommunityhosp.org>",
        to="guadalupe.arriaga64@gmail.com",
        subject="Sus resultados de laboratorio",
        body=(
            "Estimada Sra. Guadalupe Arriaga:\n\nSu prueba de hemoglobina A1c del 4 de noviembre "
            "salió en 9,2 %, lo que indica que su diabetes no está bien controlada. La Dra. Ibáñez "
            "quiere verla la próxima semana para ajustar la metformina.\n\nLaboratorio Lakeside"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish fasting instructions flyer",
        notes="Hard negative: generic Spanish fasting instructions for all patients; no individual.",
        frm="Outreach Scheduling <outreach@lakesidecommunityhosp.org>",
        to="frontdesk@eastsidecommunityclinic.org",
        subject="Instrucciones de ayuno en español (para imprimir)",
        body=(
            "Para sus pacientes hispanohablantes:\n\nAYUNO PARA ANÁLISIS DE SANGRE: no coma nada "
            "durante 10-12 horas antes de la prueba de colesterol o glucosa. Puede tomar agua. "
            "Tome sus medicamentos a menos que su médico le diga lo contrario."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese reply to daughter about father's biopsy",
        notes="Hard positive: Chinese reply to relative's outlook mailbox naming father Mr. Liang and liver biopsy pathology pending.",
        frm="Client Services <clientservices@quantumreflabs.com>",
        to="liang.meihua@outlook.com",
        subject="回复：父亲的病理报告",
        body=(
            "梁女士您好：\n\n您父亲梁国栋先生（出生日期1951年3月8日）的肝脏穿刺病理报告还在做免疫组化，"
            "预计11月16日出结果，会直接发给他的主治医生周医生。\n\nQuantum Reference Labs 客户服务部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese specimen collection guide",
        notes="Chinese general guide to 24-hour urine collection; no individual.",
        frm="QRL Client Services <clientservices@quantumreflabs.com>",
        to="clinic@chinatownhealthmadison.org",
        subject="24小时尿液收集说明（中文版）",
        body=(
            "各位同事：附上24小时尿液收集的中文说明，供患者使用。\n"
            "1. 早上第一次小便倒掉，记录时间。\n2. 之后24小时内所有尿液收集到容器中，冷藏保存。\n"
            "3. 第二天同一时间最后一次小便也收集进去。"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Vietnamese pickup confirmation to patient",
        notes="Vietnamese message to patient about pickup of her prenatal urine sample, name and address.",
        frm="CareLink Scheduling <scheduling@carelinkcourier.com>",
        to="nguyenthithu.wi@yahoo.com",
        subject="Xác nhận lấy mẫu xét nghiệm",
        body=(
            "Chào chị Nguyễn Thị Thu,\n\nTài xế của CareLink sẽ đến 1208 Kendall Ave vào thứ Năm "
            "từ 9 đến 11 giờ sáng để lấy mẫu nước tiểu xét nghiệm tiền sản giật của chị. Vui lòng "
            "để mẫu trong túi lạnh.\n\nCareLink Courier"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese driver safety reminder",
        notes="Vietnamese winter safety reminder to drivers.",
        frm="CareLink Safety <safety@carelinkcourier.com>",
        to="drivers@carelinkcourier.com",
        subject="Nhắc nhở an toàn mùa đông / Winter safety",
        body=(
            "Các tài xế lưu ý: lốp mùa đông phải được lắp trước ngày 20/11. Luôn giữ thùng "
            "mẫu ở đúng nhiệt độ. / Winter tires by 11/20; keep totes at the right temperature."
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Russian billing reply to patient",
        notes="Russian billing reply naming patient and thyroid ultrasound-guided biopsy cytology charge.",
        frm="Patient Billing <patientbilling@quantumreflabs.com>",
        to="o.belyaeva@mail.ru",
        subject="Счёт за цитологию",
        body=(
            "Уважаемая Ольга Беляева,\n\nСчёт QA-30021576 на $176,00 выставлен за цитологическое "
            "исследование пункции щитовидной железы от 15.10.2026. Страховая компания оплатила часть, "
            "остаток к оплате - $48,00.\n\nОтдел расчётов Quantum Reference Labs"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian phlebotomy job posting",
        notes="Hard negative: Russian-language job posting for a bilingual phlebotomist.",
        frm="Talent Acquisition <careers@lakesidecommunityhosp.org>",
        to="a.sokolova77@mail.ru",
        subject="Вакансия: флеботомист (русский/английский)",
        body=(
            "Lakeside Community Hospital ищет флеботомиста со знанием русского и английского языков "
            "для выездного забора крови на дому. Сертификат обязателен. Зарплата от $20/час."
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
