"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish chemotherapy pickup note to patient",
        notes="Spanish note to patient's personal mailbox naming him and his oral chemotherapy capecitabine for colon cancer.",
        frm="Farmacia Ambulatoria <outpatientrx@brookhavenrmc.org>",
        to="ernesto.villalobos58@yahoo.com",
        subject="Su medicamento está listo",
        body=(
            "Estimado Sr. Ernesto Villalobos:\n\nSu capecitabina 500 mg (Xeloda) para el tratamiento del cáncer de colon ya está "
            "lista en la Farmacia Ambulatoria de Brookhaven. Tome 3 tabletas dos veces al día, 14 días sí y 7 días no. "
            "Use guantes al tocar las tabletas.\n\nFarmacia Ambulatoria, 555-0146"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish delivery delay notice to pharmacy customers",
        notes="Hard negative: Spanish notice to customer pharmacies about a storm delay mentioning refrigerated medicines in general; no patient.",
        frm="Atención al Cliente <customercare@summitdrugdist.com>",
        to="clientes-es@summitdrugdist.com",
        subject="Aviso: retraso en entregas por tormenta",
        body=(
            "Estimados clientes:\n\nPor la tormenta de nieve, las entregas del jueves llegarán con hasta 6 horas de retraso. "
            "Los productos refrigerados (insulinas, vacunas) viajan en neveras validadas para 48 horas.\n\nAtención al Cliente, Summit Drug Distribution"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese reply to son about mother's insulin discount",
        notes="Hard positive: Chinese reply to son's mailbox naming his mother, her insulin and the clinic discount eligibility.",
        frm="Patient Savings Program <savings@veritas340b.com>",
        to="wei.zhang.fam@163.com",
        subject="回复：母亲的胰岛素价格",
        body=(
            "张先生您好：\n\n您母亲刘秀英女士（出生日期1950年6月3日）已通过湖景家庭健康中心的药品折扣审核。"
            "从下次取药开始，她的来得时（甘精胰岛素）注射笔在Cornerstone药房每盒只需15美元。\n\nVeritas 340B 患者节省计划"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese inhaler technique leaflet",
        notes="Chinese general leaflet on inhaler use for a community clinic; no individual.",
        frm="Pharmacy Education <rxeducation@brookhavenrmc.org>",
        to="staff@chinatowncommunityclinic.org",
        subject="吸入器使用说明（中文版）",
        body=(
            "各位同事：\n\n附上吸入器正确使用方法的中文说明，可打印给讲中文的病人：\n"
            "1. 摇匀吸入器。\n2. 先呼气。\n3. 含住吸嘴，按压的同时慢慢深吸气。\n4. 屏气10秒。\n5. 使用激素吸入器后漱口。\n\nBrookhaven 药剂科"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Russian home delivery confirmation to patient",
        notes="Russian message to patient's mail.ru naming her, her address and her Eliquis home delivery.",
        frm="Customer Care <customercare@summitdrugdist.com>",
        to="galina.orlova61@mail.ru",
        subject="Доставка вашего лекарства",
        body=(
            "Уважаемая Галина Орлова!\n\nВаш препарат Эликвис 5 мг (60 таблеток) от аптеки Sunrise будет доставлен "
            "в пятницу с 9 до 13 часов по адресу: 19 Maple Ave, Apt 4, Yonkers NY. Потребуется подпись.\n\nSummit Drug Distribution"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian notice about program changes to clinics",
        notes="Hard negative: Russian notice on 340B program rules mentioning patients and prescriptions generally; no individual.",
        frm="Client Success <clientsuccess@veritas340b.com>",
        to="info@brightonbeachmedical.org",
        subject="Изменения в программе 340B с 1 января",
        body=(
            "Уважаемые коллеги!\n\nС 1 января производитель Novexa ограничивает цены 340B одной аптекой. "
            "Пациенты, получающие рецепты в вашей клинике, не потеряют скидку, если аптека указана правильно.\n\nVeritas 340B Solutions"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Italian message to daughter about father's discharge medicines",
        notes="Hard positive: Italian note to daughter naming 'suo padre Giuseppe' with his new anticoagulant after a stroke.",
        frm="Greg Halvorsen <ghalvorsen@brookhavenrmc.org>",
        to="francesca.deluca@libero.it",
        subject="Le medicine di suo padre",
        body=(
            "Gentile Francesca,\n\ncome promesso, suo padre Giuseppe è stato dimesso con apixaban 5 mg due volte al giorno dopo l'ictus. "
            "Non deve più prendere l'aspirina. Il controllo in ambulatorio è martedì alle 10.\n\nCordiali saluti,\nGreg Halvorsen, PharmD"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=False,
        category="Italian order confirmation to pharmacy customer",
        notes="Italian order confirmation for bulk stock to a pharmacy; no patient.",
        frm="Customer Care <customercare@summitdrugdist.com>",
        to="ordini@farmaciabelvedere.com",
        subject="Conferma ordine 8841560",
        body="Buongiorno,\n\nconfermiamo l'ordine 8841560: amoxicillina 500 mg (10 confezioni) e paracetamolo 500 mg (20 confezioni). Consegna prevista: mercoledì.\n\nCordiali saluti,\nSummit Drug Distribution",
        charset="iso-8859-1",
        lang="it",
    ),
]
