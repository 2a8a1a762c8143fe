"""Non-English mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Cyrillic, Arabic punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish chemo appointment to patient",
        notes="Spanish message to the patient's gmail naming her, her colon cancer chemotherapy start and the infusion centre.",
        frm="Larkfield Oncology Navigation <navegacion@larkfieldmemorial.org>",
        to="maribel.quinones63@gmail.com",
        subject="Su primera cita de tratamiento",
        body=(
            "Estimada Sra. Maribel Quiñones:\n\nSoy su enfermera navegadora. Su primera sesión de quimioterapia (FOLFOX) para el cáncer "
            "de colon será el lunes 20 de abril a las 8:30 en el Centro de Infusión, Pabellón B. Traiga su lista de medicamentos y "
            "coma algo ligero antes. Si tiene fiebre de 38 °C o más, llame al (717) 555-0120.\n\nRenata Gilchrist, RN"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish lodging eligibility flyer",
        notes="Hard negative: Spanish flyer on who qualifies for free lodging during cancer treatment; no individual.",
        frm="Cedar Hearth Lodge <huespedes@cedarhearthlodge.org>",
        to="info@centrohispanohbg.org",
        subject="Alojamiento gratuito durante el tratamiento del cáncer",
        body=(
            "Buenos días:\n\nLes pedimos compartir esta información con su comunidad. Cedar Hearth Lodge ofrece alojamiento gratuito a "
            "pacientes en tratamiento de cáncer que viven a más de 40 millas y a un acompañante. Se necesita una carta del centro de "
            "tratamiento. Hablamos español: (717) 555-0160."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Ukrainian radiation schedule to patient's son",
        notes="Hard positive: Ukrainian message to a son's ukr.net mailbox naming his mother, her breast radiation course and dates.",
        frm="Brightwater Radiation Oncology <frontdesk@brightwaterradonc.com>",
        to="bohdan.kovalenko@ukr.net",
        subject="Розклад лікування вашої мами",
        body=(
            "Добрий день, пане Богдане!\n\nВаша мама, Оксана Коваленко, починає променеву терапію лівої молочної залози у понеділок, "
            "27 квітня, о 9:15. Курс - 15 сеансів, щодня з понеділка по п'ятницю. Будь ласка, приїжджайте на 15 хвилин раніше.\n\n"
            "Brightwater Radiation Oncology, (717) 555-0140"
        ),
        charset="koi8-u",
        lang="uk",
    ),
    Spec(
        phi=False,
        category="Ukrainian radiation side-effects leaflet",
        notes="Ukrainian general leaflet on skin care during radiation therapy; no individual.",
        frm="Brightwater Radiation Oncology <education@brightwaterradonc.com>",
        to="office@ukrainiancenter-pa.org",
        subject="Пам'ятка: догляд за шкірою під час променевої терапії",
        body=(
            "Шановні колеги,\n\nНадсилаємо пам'ятку українською для вашої громади:\n- мийте шкіру теплою водою без мила з ароматом;\n"
            "- не використовуйте гарячі компреси;\n- носіть вільний бавовняний одяг.\nЗ питаннями телефонуйте: (717) 555-0140."
        ),
        charset="utf-8",
        lang="uk",
    ),
    Spec(
        phi=True,
        category="Korean lodging confirmation to caregiver",
        notes="Korean room confirmation to the caregiver's naver mailbox naming her husband and his lung cancer radiation.",
        frm="Cedar Hearth Lodge <guests@cedarhearthlodge.org>",
        to="jisoo.han72@naver.com",
        subject="숙소 예약 확인",
        body=(
            "한지수 님께,\n\n남편 박성민 님의 폐암 방사선 치료 기간(5월 4일부터 6월 5일까지) 동안 8호실이 예약되었습니다. "
            "브라이트워터 방사선 종양학 센터까지 매일 아침 셔틀이 운행됩니다.\n\nCedar Hearth Lodge (717) 555-0160"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean navigation services overview",
        notes="Hard negative: Korean overview of nurse navigation services for a church newsletter; mentions cancers generally, no individual.",
        frm="Larkfield Oncology Navigation <navigation@larkfieldmemorial.org>",
        to="office@harrisburgkoreanchurch.org",
        subject="암 환자 간호 내비게이션 서비스 안내",
        body=(
            "안녕하세요,\n\n라크필드 메모리얼 병원 암센터는 유방암, 폐암, 대장암 진단을 받은 환자분들께 전담 간호사를 배정해 "
            "예약, 교통, 숙소, 보험 문제를 도와드립니다. 한국어 통역이 가능합니다. 문의: (717) 555-0120"
        ),
        charset="utf-8",
        lang="ko",
    ),
    Spec(
        phi=True,
        category="Arabic simulation reminder to patient",
        notes="Arabic reminder to the patient's hotmail naming him and his prostate radiation simulation with bladder preparation.",
        frm="Brightwater Radiation Oncology <frontdesk@brightwaterradonc.com>",
        to="karim.haddadin@hotmail.com",
        subject="تذكير بموعد المحاكاة",
        body=(
            "السيد كريم الحدادين المحترم،\n\nنذكركم بموعد محاكاة العلاج الإشعاعي للبروستاتا يوم الثلاثاء 21 أبريل الساعة 10:00 صباحاً. "
            "يرجى شرب ثلاثة أكواب من الماء قبل الموعد بساعة وعدم إفراغ المثانة.\n\nمركز برايتووتر لعلاج الأورام بالإشعاع"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic volunteer recruitment",
        notes="Arabic call for interpreter volunteers at the lodge; no guest or patient.",
        frm="Cedar Hearth Lodge <volunteers@cedarhearthlodge.org>",
        to="info@arabamericanpa.org",
        subject="نبحث عن متطوعين للترجمة",
        body=(
            "تحية طيبة،\n\nيبحث نزل سيدار هارث عن متطوعين يتحدثون العربية لمساعدة العائلات القادمة من خارج المنطقة أثناء "
            "فترة العلاج. التدريب مجاني ومدته ساعتان. للتواصل: (717) 555-0160"
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
