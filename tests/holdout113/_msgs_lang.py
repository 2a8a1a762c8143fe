"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish settlement offer to debtor",
        notes="Spanish settlement offer to the consumer's gmail naming him, the hospital creditor and his hernia surgery balance.",
        frm="Summit Recovery Partners <cuentas@summitrecoverypartners.com>",
        to="efrain.caballero82@gmail.com",
        subject="Oferta de acuerdo - referencia SRP-2219904",
        body=(
            "Estimado Sr. Efraín Caballero:\n\nNuestro cliente, Riverbend Regional Medical Center, autoriza un pago único de "
            "$980,00 para liquidar el saldo de $1.640,00 por su cirugía de hernia inguinal del 12 de agosto de 2025. "
            "La oferta vence el 31 de marzo.\n\nPuede responder a este correo o llamar al (614) 555-0151.\n\n"
            "Esta comunicación proviene de un cobrador de deudas. Cualquier información obtenida se usará con ese fin."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish assistance programme flyer",
        notes="Hard negative: Spanish flyer describing who can apply and which bills (cancer, dialysis) are covered; no individual.",
        frm="Open Hands <ayuda@openhandsfund.org>",
        to="recepcion@clinicalatinalima.org",
        subject="Volante en español: ayuda con facturas médicas",
        body=(
            "Para su sala de espera:\n\n¿TIENE FACTURAS MÉDICAS QUE NO PUEDE PAGAR?\nOpen Hands ayuda a residentes de cinco condados "
            "con facturas de hospital, tratamiento de cáncer, diálisis y medicamentos. Ingresos de hasta el 400 % del nivel de pobreza. "
            "Llame al (937) 555-0184 (hablamos español). La ayuda es gratuita y confidencial."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese statement explanation to patient's son",
        notes="Hard positive: Chinese reply to a son's outlook mailbox naming his father, the pacemaker implant stay and the balance.",
        frm="Riverbend Patient Financial Services <pfs@riverbendregional.org>",
        to="wei.zhou.family@outlook.com",
        subject="回复：您父亲的账单问题",
        body=(
            "周先生您好：\n\n您父亲周建国先生（账户号40089931）今年2月3日至2月6日住院安装心脏起搏器的费用，"
            "保险已支付大部分，目前个人自付余额为2,150美元。如需分期付款或申请经济援助，请回复此邮件或致电(937) 555-0142。"
            "\n\nRiverbend 病人财务服务部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese application instructions",
        notes="Chinese general instructions on how to apply for assistance; no individual.",
        frm="Open Hands <help@openhandsfund.org>",
        to="office@asianfamilycenter-dayton.org",
        subject="医疗费用援助申请说明（中文）",
        body=(
            "各位好：\n\n请将以下说明转给需要帮助的家庭。\n\n一、准备材料：最近30天的工资单、医院账单、身份证明。\n"
            "二、填写申请表，寄到我们办公室或在网上提交。\n三、我们会在两周内通知结果。\n\n"
            "服务免费，所有资料保密。电话：(937) 555-0180"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Tamil assistance approval to applicant",
        notes="Tamil approval message to the applicant's gmail naming her and her breast cancer chemotherapy bills.",
        frm="Open Hands <help@openhandsfund.org>",
        to="meenakshi.sundaram77@gmail.com",
        subject="உங்கள் விண்ணப்பம் அங்கீகரிக்கப்பட்டது - A-26-0426",
        body=(
            "அன்புள்ள திருமதி மீனாட்சி சுந்தரம் அவர்களுக்கு,\n\nமார்பகப் புற்றுநோய்க்கான உங்கள் கீமோதெரபி சிகிச்சையின் "
            "மருத்துவமனைக் கட்டணம் $5,740-ஐ Open Hands செலுத்தும் என்பதை மகிழ்ச்சியுடன் தெரிவிக்கிறோம். "
            "Riverbend மருத்துவமனைக்கு நாங்கள் நேரடியாகப் பணம் அனுப்புவோம்.\n\nOpen Hands Health Assistance Fund\n(937) 555-0180"
        ),
        charset="utf-8",
        lang="ta",
    ),
    Spec(
        phi=False,
        category="Tamil financial assistance notice",
        notes="Hard negative: Tamil plain-language summary of the hospital financial assistance policy; no individual.",
        frm="Riverbend Patient Financial Services <pfs@riverbendregional.org>",
        to="contact@ohiotamilsangam.org",
        subject="மருத்துவக் கட்டண உதவித் திட்டம் - தமிழ் சுருக்கம்",
        body=(
            "வணக்கம்,\n\nRiverbend மருத்துவமனையின் நிதி உதவிக் கொள்கையின் தமிழ் சுருக்கம்: வறுமைக் கோட்டின் 200% வரை "
            "வருமானம் உள்ளவர்களுக்கு முழுக் கட்டணத் தள்ளுபடி; 400% வரை பகுதித் தள்ளுபடி. விண்ணப்பப் படிவம் இலவசம். "
            "உங்கள் உறுப்பினர்களுடன் பகிரவும்.\n\nதொலைபேசி: (937) 555-0142"
        ),
        charset="utf-8",
        lang="ta",
    ),
    Spec(
        phi=True,
        category="Russian collection letter to debtor",
        notes="Russian collection letter to a mail.ru mailbox naming the consumer, the hospital creditor and a cardiology stress test date.",
        frm="Summit Recovery Partners <accounts@summitrecoverypartners.com>",
        to="o.belousova@mail.ru",
        subject="Ваш счет SRP-2220317",
        body=(
            "Уважаемая Ольга Белоусова!\n\nНаш клиент Riverbend Regional Medical Center передал нам ваш счет за нагрузочный "
            "кардиологический тест (стресс-тест) от 5 сентября 2025 г. Остаток: $684,00. Вы можете оплатить частями - "
            "ответьте на это письмо или позвоните (614) 555-0150.\n\nЭто сообщение от коллекторского агентства."
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian online payment instructions",
        notes="Russian general instructions for paying a hospital bill online; no individual.",
        frm="Riverbend Patient Financial Services <pfs@riverbendregional.org>",
        to="info@russiancommunityohio.org",
        subject="Как оплатить счет больницы онлайн",
        body=(
            "Здравствуйте!\n\nПросим распространить среди ваших членов: счет больницы Riverbend можно оплатить на сайте "
            "pay.riverbendregional.org. Нужен номер счета из письма. Если оплатить трудно, позвоните нам по номеру "
            "(937) 555-0142 - мы расскажем о рассрочке и программе финансовой помощи."
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
