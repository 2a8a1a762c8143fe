"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Arabic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish capecitabine counselling follow-up to patient",
        notes="Spanish note to patient's gmail naming him, his capecitabine schedule and hand-foot symptoms.",
        frm="Meridian Clínica <clinical@meridianspecialtyrx.com>",
        to="ramiro.aguilar.c@gmail.com",
        subject="Seguimiento de su medicamento",
        body=(
            "Estimado Sr. Ramiro Aguilar:\n\nGracias por hablar conmigo hoy. Le recuerdo que debe tomar "
            "la capecitabina 1500 mg dos veces al día, 30 minutos después del desayuno y de la cena, "
            "durante 14 días y luego descansar 7 días. Si el enrojecimiento y el dolor en las palmas de "
            "las manos empeoran, llame a su oncólogo antes de la próxima dosis.\n\nVictor Lam, PharmD\n"
            "Meridian Specialty Pharmacy, 614-555-0190"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish first-chemotherapy visit guide",
        notes="Hard negative: generic Spanish guide on what to expect at a first chemotherapy visit; no individual.",
        frm="Educación al Paciente <education@cedarhollowinfusion.org>",
        to="promotoras@clinicalatinacolumbus-example.org",
        subject="Guía: su primera visita de quimioterapia",
        body=(
            "Para compartir con sus pacientes:\n\nEL DÍA DE SU PRIMERA QUIMIOTERAPIA\n- Coma un desayuno "
            "ligero y traiga agua.\n- La primera visita puede durar de 4 a 6 horas.\n- Traiga la lista de "
            "sus medicamentos y un acompañante.\n- Tenemos intérpretes en español sin costo.\n\n"
            "Cedar Hollow Cancer & Infusion Center, 614-555-0140"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese update to son about mother's radiation course",
        notes="Hard positive: Chinese mail to son's gmail naming his mother, her lung radiation fraction count and a held treatment for low blood counts.",
        frm="Brightwater Care Team <careteam@brightwaterradonc.com>",
        to="wei.chen.columbus@gmail.com",
        subject="回复：我母亲的治疗安排",
        body=(
            "陈先生您好：\n\n您母亲陈秀兰女士的肺部放疗已完成第12次（共30次）。因为昨天验血白细胞偏低，"
            "医生决定本周四暂停一次，下周一恢复治疗。请提醒她多喝水、注意休息。如有发烧请马上打电话 "
            "614-555-0170。\n\nBrightwater Radiation Oncology 护理团队"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese guide to storing refrigerated injection pens",
        notes="Hard negative: general Chinese storage instructions for injectable pens sent to a community centre; no patient.",
        frm="Meridian Education <education@meridianspecialtyrx.com>",
        to="office@asiancommunitycenter-oh-example.org",
        subject="注射笔保存方法（中文说明）",
        body=(
            "您好，\n\n以下是冷藏注射笔的一般保存方法，可供社区活动使用：\n1. 收到药品后立即放入冰箱"
            "（2-8摄氏度），不要冷冻。\n2. 注射前30分钟取出，在室温下放置。\n3. 用过的针头放入利器盒。"
            "\n\nMeridian Specialty Pharmacy 药师团队"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Polish appointment reminder to patient with English footer",
        notes="Mixed Polish/English reminder to patient's gmail naming her trastuzumab infusion and echocardiogram.",
        frm="Infusion Scheduling <scheduling@cedarhollowinfusion.org>",
        to="dorota.kowalczyk59@gmail.com",
        subject="Przypomnienie o wizycie 22.09",
        body=(
            "Szanowna Pani Doroto Kowalczyk,\n\nprzypominamy o wlewie trastuzumabu we wtorek 22 września "
            "o godz. 9:00 (fotel 4). Przed wlewem proszę wykonać echo serca - skierowanie jest w "
            "rejestracji. Jeśli wystąpi gorączka lub duszność, proszę zadzwonić pod 614-555-0140.\n\n"
            "--\nPlease reply C to confirm. Cedar Hollow Cancer & Infusion Center"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=False,
        category="Polish radiation side-effects article for parish newsletter",
        notes="Hard negative: Polish educational article on radiotherapy side effects for a parish bulletin; no individual.",
        frm="Brightwater Community <community@brightwaterradonc.com>",
        to="biuletyn@parafiaswjana-columbus-example.org",
        subject="Artykuł do biuletynu: radioterapia - czego się spodziewać",
        body=(
            "Szczęść Boże,\n\nw załączeniu krótki tekst do październikowego biuletynu:\n\n"
            "RADIOTERAPIA - CZEGO SIĘ SPODZIEWAĆ\nLeczenie trwa zwykle od 1 do 7 tygodni, kilka minut "
            "dziennie. Najczęstsze skutki uboczne to zmęczenie i zaczerwienienie skóry. Naświetlanie "
            "nie boli, a pacjent nie jest radioaktywny.\n\nZ wyrazami szacunku,\nBrightwater Radiation Oncology"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=True,
        category="Arabic delivery confirmation for etanercept to patient",
        notes="Hard positive: Arabic-only message to patient's hotmail naming him, Enbrel refill and delivery date.",
        frm="Meridian Shipping <shipping@meridianspecialtyrx.com>",
        to="yousef.haddad.oh@hotmail.com",
        subject="تأكيد موعد توصيل دوائك",
        body=(
            "السيد يوسف حداد المحترم،\n\nنود إعلامكم بأن عبوة دواء إنبريل 50 ملغ (4 أقلام) الخاصة بكم "
            "ستصل يوم الخميس 17 سبتمبر بين الساعة 10 و2. يرجى وضع الدواء في الثلاجة فور استلامه.\n\n"
            "صيدلية ميريديان التخصصية - 614-555-0190"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic interpreter services announcement",
        notes="Hard negative: Arabic notice that interpreters are available in the infusion suite; no individual.",
        frm="Patient Services <patientservices@cedarhollowinfusion.org>",
        to="info@arabamericanculturalcenter-example.org",
        subject="خدمة الترجمة الفورية متوفرة الآن",
        body=(
            "السلام عليكم،\n\nيسرنا إعلامكم بأن مركز سيدار هولو للسرطان والعلاج الوريدي يوفر الآن "
            "مترجمين للغة العربية مجاناً من الاثنين إلى الجمعة. يرجى مشاركة هذا الخبر مع أعضاء المركز.\n\n"
            "للاستفسار: 614-555-0140"
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
