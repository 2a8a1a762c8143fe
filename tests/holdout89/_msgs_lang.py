"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish telepsychiatry visit summary to patient",
        notes="Spanish visit summary to patient's hotmail with full name, anxiety diagnosis and escitalopram dose.",
        frm="Brightline Telepsiquiatría <espanol@brightlinetelepsych.com>",
        to="rosario.benitez.c@hotmail.com",
        subject="Resumen de su consulta del 17 de marzo",
        body=(
            "Estimada Sra. Rosario Benítez:\n\nGracias por su consulta por video de hoy con el Dr. Greer. "
            "Resumen: trastorno de ansiedad generalizada. Empezará escitalopram 5 mg cada mañana durante una "
            "semana y después 10 mg. Su próxima cita es el 14 de abril a las 11:00.\n\nSi tiene pensamientos de "
            "hacerse daño, llame al 988 (opción 2 para español).\n\nBrightline Telepsiquiatría"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish EAP service flyer",
        notes="Hard negative: Spanish flyer describing free EAP counselling for depression and stress; no individual.",
        frm="Northstar PAE <espanol@northstareap.com>",
        to="rrhh@tidewatermfg.com",
        subject="Folleto del Programa de Asistencia al Empleado (español)",
        body=(
            "Hola Renée:\n\nPara los tablones de la planta, aquí está el texto en español:\n\n"
            "¿Estrés, tristeza, problemas con el alcohol o en la familia? Su Programa de Asistencia al Empleado "
            "ofrece hasta 6 sesiones gratuitas y confidenciales con un consejero. Su supervisor no se entera. "
            "Llame las 24 horas: 1-800-555-0119.\n\nNorthstar EAP Partners"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese message to patient's son about admission",
        notes="Hard positive: Chinese note to son's personal mailbox naming his mother, her crisis unit admission and medication.",
        frm="Riverbend Social Work <socialwork@riverbendcsu.org>",
        to="chen.jianguo.ri@outlook.com",
        subject="关于您母亲的情况",
        body=(
            "陈先生您好：\n\n经您母亲王秀英女士同意，我们告知您：她昨晚入住了Riverbend危机稳定中心，目前情绪稳定，"
            "医生已开始给她服用奥氮平5毫克。探视时间为每天晚上6点至8点。\n\n社工 Maya Collins"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese mental health resource list",
        notes="Chinese list of community mental-health resources for a community centre; no individual.",
        frm="Brightline Outreach <outreach@brightlinetelepsych.com>",
        to="info@pvdchinesecommunitycenter.org",
        subject="中文心理健康资源列表",
        body=(
            "您好：\n\n应贵中心要求，以下是中文心理健康资源：\n1. 988危机热线（可要求翻译）\n"
            "2. Brightline远程精神科，提供普通话视频门诊\n3. 每月第二个周六的家属支持小组\n\n"
            "欢迎张贴。Brightline Telepsychiatry"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Arabic EAP session confirmation to employee",
        notes="Arabic confirmation to employee's gmail naming him, his EAP counselling for depression and session time.",
        frm="Northstar EAP <arabic@northstareap.com>",
        to="khaled.mansour.ri@gmail.com",
        subject="تأكيد موعد الاستشارة",
        body=(
            "السيد خالد منصور المحترم،\n\nنؤكد موعد جلستك الأولى مع المستشارة ليلى حداد يوم الأربعاء 25 مارس "
            "الساعة 4 مساءً عبر الفيديو، بخصوص أعراض الاكتئاب واضطراب النوم التي ذكرتها. رقم الملف NS-26-044902.\n\n"
            "برنامج مساعدة الموظفين - Northstar"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic crisis line poster text",
        notes="Hard negative: Arabic poster text about the crisis unit and 988 for a mosque community board; no individual.",
        frm="Riverbend Community Relations <community@riverbendcsu.org>",
        to="office@pawtucketislamiccenter.org",
        subject="نص ملصق خدمات الأزمات النفسية",
        body=(
            "السلام عليكم،\n\nهذا نص الملصق باللغة العربية:\n\nإذا كنت أنت أو أحد أفراد أسرتك في أزمة نفسية، "
            "يمكنكم زيارة مركز Riverbend في أي وقت دون موعد، أو الاتصال بالرقم 988. الخدمة سرية ومتاحة بمترجم.\n\n"
            "مع الشكر، فريق Riverbend"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Russian referral letter to psychiatrist",
        notes="Russian referral to an outside psychiatrist naming patient, DOB, alcohol withdrawal and PTSD.",
        frm="Dr. Vikram Anand <vanand@riverbendcsu.org>",
        to="dr.volkova@slavicfamilypsych.com",
        subject="Направление пациента после выписки",
        body=(
            "Уважаемая доктор Волкова,\n\nНаправляем к Вам пациента Сергея Петровича Лаврова (дата рождения "
            "14.07.1969), выписанного из Riverbend 16 марта после лечения алкогольной абстиненции. Диагнозы: "
            "F10.239, ПТСР. Выписан на габапентине 300 мг три раза в день. Просим принять его в течение недели.\n\n"
            "С уважением,\nВ. Ананд"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian telepsychiatry service announcement",
        notes="Hard negative: Russian announcement of Russian-speaking psychiatrist availability describing conditions treated; no patient.",
        frm="Brightline Telepsychiatry <hello@brightlinetelepsych.com>",
        to="newsletter@russiancommunityri.org",
        subject="Психиатр, говорящий по-русски, теперь принимает онлайн",
        body=(
            "Здравствуйте!\n\nС апреля доктор Анна Линдквист ведёт приём на русском языке по видеосвязи. "
            "Она помогает при депрессии, тревоге, бессоннице и биполярном расстройстве. Запись по телефону "
            "401-555-0142.\n\nBrightline Telepsychiatry"
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
