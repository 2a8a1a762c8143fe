"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Cyrillic and Urdu script)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish home-program message to child's mother",
        notes="Hard positive: Spanish message to a mother's gmail naming her son and his OT exercises for hand weakness after brachial plexus injury.",
        frm="Jenna Whitfield OTR/L <jwhitfield@brightpathot.com>",
        to="yesenia.morales.t@gmail.com",
        subject="Ejercicios de Mateo para esta semana",
        body=(
            "Hola Yesenia:\n\nMateo trabajó muy bien hoy. Por la lesión del plexo braquial, su brazo derecho todavía se cansa rápido. "
            "Esta semana practiquen 10 minutos al día: apretar la plastilina verde, colgar la ropa con pinzas y pintar en la pared.\n\n"
            "Nos vemos el jueves a las 4.\nJenna (terapeuta ocupacional)"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish SSDI workshop announcement",
        notes="Spanish announcement of a free workshop on applying for disability benefits; no individual.",
        frm="Community Outreach <outreach@halvorsenokafor.com>",
        to="eventos@centrolatinotacoma.org",
        subject="Taller gratuito: cómo solicitar beneficios por discapacidad",
        body=(
            "Estimados amigos del Centro Latino:\n\nEl sábado 18 de abril ofreceremos un taller gratuito en español sobre cómo solicitar "
            "el Seguro por Discapacidad (SSDI) y el SSI. Hablaremos de los plazos, las apelaciones y qué documentos médicos se necesitan en general.\n\n"
            "¿Podrían compartirlo con su comunidad?\n\nHalvorsen & Okafor LLP"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Russian update to client's son about mother's hearing",
        notes="Hard positive: Russian email to the client's son about his mother's disability hearing and her diagnoses (diabetes with retinopathy).",
        frm="Dev Okafor <dokafor@halvorsenokafor.com>",
        to="a.volkov1988@mail.ru",
        subject="Слушание по делу вашей мамы",
        body=(
            "Здравствуйте, Алексей!\n\nСлушание по делу вашей мамы, Галины Волковой, назначено на 15 апреля в 10:00. "
            "Судья будет спрашивать о её диабете и ретинопатии: пожалуйста, привезите выписку от офтальмолога и список лекарств "
            "(инсулин, метформин). Переводчик будет предоставлен.\n\nС уважением,\nHalvorsen & Okafor LLP"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian exam-day directions for examinees",
        notes="Hard negative: general Russian directions and what to bring to any independent medical exam; no individual.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="info@russiancommunitycenterwa.org",
        subject="Памятка для обследуемых (на русском)",
        body=(
            "Добрый день!\n\nПросим распространить памятку для русскоязычных клиентов страховых компаний. "
            "На независимое медицинское обследование нужно взять удостоверение личности, список лекарств и очки. "
            "Обследование длится от одного до двух часов. Парковка бесплатная.\n\nMeridian IME"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Urdu IME appointment letter to claimant",
        notes="Hard positive: Urdu letter to a claimant's hotmail naming him and his orthopaedic exam for a knee injury.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="imran.qureshi.tac@hotmail.com",
        subject="آپ کا طبی معائنہ - 26 مارچ",
        body=(
            "محترم عمران قریشی صاحب،\n\nآپ کے گھٹنے کی چوٹ کے دعوے کے سلسلے میں ڈاکٹر فیئربینکس (ہڈیوں کے سرجن) کے ساتھ آپ کا آزادانہ طبی معائنہ "
            "جمعرات 26 مارچ کو صبح 11 بجے طے ہے۔ براہ کرم اپنا شناختی کارڈ اور گھٹنے کے ایم آر آئی کی رپورٹ ساتھ لائیں۔\n\nMeridian IME"
        ),
        charset="utf-8",
        lang="ur",
    ),
    Spec(
        phi=False,
        category="Urdu computer ergonomics flyer for health fair",
        notes="Urdu flyer on safe computer-use posture for a mosque community health fair; no individual.",
        frm="Brightpath OT <hello@brightpathot.com>",
        to="healthfair@tacomaislamiccenter.org",
        subject="صحت میلہ کے لیے پرچہ",
        body=(
            "السلام علیکم،\n\nصحت میلے کے لیے ہمارا اردو پرچہ یہ ہے: کمپیوٹر پر کام کرتے وقت ہر 30 منٹ بعد ہاتھوں کو آرام دیں، "
            "کلائی سیدھی رکھیں اور کرسی کی اونچائی درست کریں۔ ہماری ٹیم ہفتے کو مفت مشورہ دے گی۔\n\nBrightpath Occupational Therapy"
        ),
        charset="utf-8",
        lang="ur",
    ),
    Spec(
        phi=True,
        category="German IME report summary to insurer",
        notes="German summary to a German disability insurer naming the examinee, his date of birth and lumbar disc findings.",
        frm="Report Delivery <reports@meridian-ime.com>",
        to="leistung@rheinland-bu-versicherung.de",
        subject="Gutachten Herr Jürgen Achterberg - Zusammenfassung",
        body=(
            "Sehr geehrte Frau Köhler,\n\nzu Ihrem Versicherten Herrn Jürgen Achterberg (geb. 14.09.1968), der derzeit in Tacoma lebt, "
            "hat Dr. Vukovic am 12. März die Untersuchung durchgeführt. Befund: Bandscheibenvorfall L5/S1 mit Ischialgie links; "
            "leichte Tätigkeit im Sitzen ist ab Mai zumutbar. Das vollständige Gutachten folgt auf Englisch.\n\nMit freundlichen Grüßen\nMeridian IME"
        ),
        charset="iso-8859-1",
        lang="de",
    ),
    Spec(
        phi=False,
        category="German examiner collaboration inquiry",
        notes="Hard negative: German inquiry to a German clinic about examiner cooperation, mentioning specialties and disorders generally; no patient.",
        frm="Provider Relations <providers@meridian-ime.com>",
        to="kontakt@orthopaedie-zentrum-hamburg.de",
        subject="Anfrage: Zusammenarbeit bei Gutachten",
        body=(
            "Sehr geehrte Damen und Herren,\n\nwir suchen deutschsprachige Fachärzte für Orthopädie und Neurologie, die für deutsche "
            "Versicherer Aktengutachten zu Rückenleiden, Schulterverletzungen und Schädel-Hirn-Traumata erstellen. Honorar nach Vereinbarung.\n\n"
            "Mit freundlichen Grüßen\nMeridian IME, Provider Relations"
        ),
        charset="iso-8859-1",
        lang="de",
    ),
]
