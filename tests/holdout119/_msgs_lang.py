"""Non-English mail from the three organisations (8): Spanish, Polish, Korean and Persian."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, non-Latin scripts)

from __future__ import annotations

from _spec import Spec


def _cp1256(text: str) -> str:
    """Persian text as legacy windows-1256 mail writes it (Arabic yeh for Farsi yeh)."""
    return text.replace("\u06cc", "\u064a")


MESSAGES = [
    Spec(
        phi=True,
        category="Spanish repatriation paperwork to family",
        notes="Spanish message to the son's gmail naming his father, the cause of death (cirrhosis) and the consulate's non-contagious-disease certificate for repatriation.",
        frm="Hollis & Weatherby Funeral Home <arrangements@hollisweatherby.com>",
        to="javier.villalobos.cruz@gmail.com",
        subject="Traslado de su padre a Guadalajara - documentos",
        body=(
            "Estimado Javier:\n\nLe escribimos sobre el traslado de su padre, el Sr. Ernesto Villalobos Cruz, a Guadalajara. "
            "El Consulado de México en Filadelfia nos pide:\n\n1. Acta de defunción certificada (causa: insuficiencia hepática "
            "por cirrosis alcohólica, firmada por el Dr. Ferreira-Platt el 17 de abril).\n2. Certificado de embalsamamiento.\n"
            "3. Constancia de que no falleció de una enfermedad contagiosa, que el hospital Larkspur Valley ya nos envió.\n\n"
            "El vuelo está reservado para el jueves. Llámenos al (717) 555-0131 si tiene preguntas.\n\nAlana Hollis"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish palliative care explainer for clinic",
        notes="Hard negative: Spanish explainer on what palliative care is, mentioning cancer and heart failure in general; no individual.",
        frm="Larkspur Valley Palliative Care <palliative@larkspurvalleymed.org>",
        to="recepcion@clinicasaludfamiliar-york.org",
        subject="Folleto: ¿Qué son los cuidados paliativos?",
        body=(
            "Hola, Rosario:\n\nComo acordamos, aquí está el texto del folleto para su sala de espera.\n\n"
            "¿QUÉ SON LOS CUIDADOS PALIATIVOS?\nSon cuidados para personas con enfermedades graves como cáncer, insuficiencia "
            "cardíaca o EPOC, en cualquier etapa. Ayudan con el dolor, la falta de aire y el cansancio, y apoyan a la familia. "
            "No es lo mismo que hospicio: puede seguir recibiendo su tratamiento.\n\n"
            "Pida a su médico una consulta o llame al (717) 555-0112 (hablamos español)."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Polish chaplain request to Polish-speaking priest",
        notes="Polish request to a priest's wp.pl mailbox naming a patient on the palliative unit with advanced lung cancer who asks for confession and anointing.",
        frm="Chaplain Marisol Vance <mvance@larkspurvalleymed.org>",
        to="ks.marek.nowicki@wp.pl",
        subject="Prośba o wizytę - pacjent na oddziale paliatywnym",
        body=(
            "Szanowny Księże Marku,\n\nZwracam się z prośbą o odwiedziny. Pan Tadeusz Wróblewski (84 lata) leży na naszym "
            "oddziale opieki paliatywnej (6 West, sala 610) z zaawansowanym rakiem płuca. Lekarze spodziewają się, że zostało "
            "mu niewiele dni. Pan Tadeusz prosi o spowiedź i sakrament namaszczenia chorych po polsku. Córka, pani Ewa, "
            "jest przy nim codziennie od 16:00.\n\nZ wyrazami szacunku,\nMarisol Vance, kapelan szpitalny\n(717) 555-0114"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=False,
        category="Polish donor registration information",
        notes="Polish general information for a community organisation on how to register as an organ donor; no individual.",
        frm="Cascade Crest Community Relations <community@cascadecrestdonor.org>",
        to="biuro@polishamericanclub-york.org",
        subject="Jak zostać dawcą narządów - informacja dla członków klubu",
        body=(
            "Dzień dobry,\n\nDziękujemy za zaproszenie na piknik. Poniżej krótka informacja dla członków klubu:\n\n"
            "- Zgodę na oddanie narządów można zarejestrować przy odnawianiu prawa jazdy albo na stronie registerme.org.\n"
            "- Jeden dawca może uratować do ośmiu osób.\n- Kościół katolicki uznaje dawstwo narządów za akt miłości.\n\n"
            "Chętnie przyjedziemy z tłumaczem. Telefon: (717) 555-0150.\n\nCascade Crest Donor Network"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=True,
        category="Korean donation update to donor's son",
        notes="Korean update to the son's naver mailbox naming his father, the brain death determination time at the hospital ICU and the organs to be recovered.",
        frm="Cascade Crest Donor Network <familyservices@cascadecrestdonor.org>",
        to="junho.kim0713@naver.com",
        subject="아버님 기증 관련 안내",
        body=(
            "김준호 님께,\n\n어려운 시간에 큰 결정을 내려 주셔서 진심으로 감사드립니다. 아버님 김정호 님(64세)께서는 "
            "4월 19일 오후 3시 10분 Larkspur Valley 병원 중환자실에서 뇌사 판정을 받으셨습니다. "
            "가족분들께서 동의하신 대로 간과 신장 두 개, 각막을 기증하시게 됩니다. 수술은 내일 오전 6시로 예정되어 있으며, "
            "수술 전 5시 30분에 가족분들과 함께 작별 인사 시간을 가질 수 있습니다.\n\n"
            "궁금하신 점은 언제든지 (717) 555-0150으로 연락 주십시오.\n\nCascade Crest Donor Network 가족 지원팀"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean funeral services information for church",
        notes="Korean description of funeral services and a three-day funeral option for a church office; no decedent.",
        frm="Hollis & Weatherby Funeral Home <arrangements@hollisweatherby.com>",
        to="office@yorkkoreanchurch.org",
        subject="한국식 장례 서비스 안내",
        body=(
            "안녕하세요, 목사님.\n\n교인 여러분께 전해 주실 수 있도록 저희 장례식장의 한국식 장례 서비스를 안내드립니다.\n\n"
            "- 삼일장 진행 가능 (빈소 및 조문실 제공)\n- 입관 예배 및 발인 예배를 위한 예배실 사용\n"
            "- 화장 또는 매장, 한국으로의 운구 절차 안내\n- 한국어 통역 가능\n\n"
            "자세한 가격표는 요청하시면 보내 드리겠습니다. 전화: (717) 555-0131\n\nHollis & Weatherby Funeral Home"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=True,
        category="Persian palliative update to patient's son",
        notes="Persian message to the son's gmail naming his mother on the palliative unit with stomach cancer, her morphine dose and a family meeting time.",
        frm="Renata Osei RN <rosei@larkspurvalleymed.org>",
        to="arash.rezaei.pa@gmail.com",
        subject=_cp1256("درباره مراقبت از مادرتان"),
        body=_cp1256(
            "آقای رضایی عزیز،\n\nهمان‌طور که تلفنی صحبت کردیم، حال مادرتان خانم فاطمه رضایی در بخش مراقبت‌های تسکینی "
            "(6 West، اتاق 605) پایدار است. برای درد ناشی از سرطان معده، مورفین 5 میلی‌گرم هر چهار ساعت دریافت می‌کند و "
            "تهوع او کمتر شده است. جلسه خانوادگی با دکتر Achebe روز پنجشنبه ساعت 2 بعدازظهر برای صحبت درباره انتقال به "
            "هاسپیس در منزل برگزار می‌شود. مترجم فارسی حضور خواهد داشت.\n\nRenata Osei\n(717) 555-0112"
        ),
        charset="windows-1256",
        lang="fa",
    ),
    Spec(
        phi=False,
        category="Persian organ donation and faith information",
        notes="Hard negative: Persian educational text on organ donation, brain death and religious views for a cultural association; no individual.",
        frm="Cascade Crest Community Relations <community@cascadecrestdonor.org>",
        to="info@iranianculturalcenter-pa.org",
        subject=_cp1256("اطلاعات اهدای عضو برای اعضای انجمن"),
        body=_cp1256(
            "با سلام،\n\nبه درخواست شما، خلاصه‌ای درباره اهدای عضو برای جلسه ماه آینده:\n\n"
            "- اهدای عضو پس از مرگ مغزی یا مرگ قلبی انجام می‌شود و هزینه‌ای برای خانواده ندارد.\n"
            "- بسیاری از مراجع دینی اهدای عضو را برای نجات جان دیگران مجاز می‌دانند.\n"
            "- ثبت‌نام هنگام تمدید گواهینامه رانندگی یا در وب‌سایت registerme.org امکان‌پذیر است.\n\n"
            "با کمال میل برای پرسش و پاسخ به جلسه شما می‌آییم. تلفن: (717) 555-0150"
        ),
        charset="windows-1256",
        lang="fa",
    ),
]
