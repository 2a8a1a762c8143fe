"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Hangul punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish missed-transmission notice to pacemaker patient",
        notes="Hard positive: Spanish notice to patient's hotmail naming him with his pacemaker and 15 days without transmission.",
        frm="PulseHarbor Soporte al Paciente <soporte@pulseharbor.com>",
        to="efrain.montalvo.r@hotmail.com",
        subject="Su monitor no ha enviado datos",
        body=(
            "Estimado Sr. Efraín Montalvo Ruiz:\n\nSu monitor HarborLink no ha recibido datos de su marcapasos "
            "desde hace 15 días. Por favor, conecte el monitor junto a su cama esta noche. Si la luz sigue "
            "amarilla, llámenos al 555-0181 (atención en español). Su cardiólogo en Brightwater Heart "
            "Associates ya fue notificado.\n\nAtentamente,\nSoporte al Paciente, PulseHarbor"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish walking-group flyer",
        notes="Hard negative: Spanish flyer about a free walking group for heart health; mentions heart attack generally, no individual.",
        frm="Rehabilitación Cardíaca Kestrel Valley <outreach@kestrelvalleyrehab.org>",
        to="parroquia.sanjose.kv@gmail.com",
        subject="Grupo de caminata para la salud del corazón",
        body=(
            'Buenos días, Padre Tomás:\n\n¿Podrían anunciar en la misa este aviso? "Caminemos juntos: grupo '
            "gratuito de caminata los sábados a las 9 a.m. en el parque Millrace. Para personas que han tenido "
            "un infarto, una cirugía del corazón o que simplemente quieren cuidarse. Una enfermera acompaña al "
            'grupo."\n\nMuchas gracias,\nEquipo de Rehabilitación Cardíaca'
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Korean message to daughter about father's AF and anticoagulant",
        notes="Hard positive: Korean mail to daughter's naver mailbox naming her father Mr. Kim Young-su with atrial fibrillation and new anticoagulant.",
        frm="Brightwater Heart Associates <jmarsh@brightwaterheart.com>",
        to="jiyeon.kim.0412@naver.com",
        subject="아버님 검사 결과 안내",
        body=(
            "김지연 님께,\n\n아버님 김영수 님의 홀터 검사 결과 심방세동이 확인되었습니다. "
            "오카포 선생님께서 항응고제(엘리퀴스 5mg, 하루 두 번)를 시작하라고 하셨습니다. "
            "출혈이나 검은 변이 보이면 바로 555-0100으로 연락 주세요.\n\n"
            "간호사 졸린 마쉬 드림\nBrightwater Heart Associates"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean home monitor setup guide",
        notes="Hard negative: Korean general setup instructions for the home monitor sent to a community centre; no patient.",
        frm="PulseHarbor Patient Support <support@pulseharbor.com>",
        to="info@koreancommunitycenter-oh.org",
        subject="홈 모니터 설치 안내문 (한국어)",
        body=(
            "안녕하세요,\n\n센터 어르신들께 나눠 드릴 한국어 안내문입니다.\n\n"
            "1. 모니터를 침대 옆 1미터 안에 두세요.\n2. 전원을 꽂으면 자동으로 연결됩니다.\n"
            "3. 초록 불은 정상, 노란 불은 연결 안 됨입니다.\n\n"
            "궁금한 점은 555-0180으로 전화 주세요.\nPulseHarbor 드림"
        ),
        charset="utf-8",
        lang="ko",
    ),
    Spec(
        phi=True,
        category="Russian session reminder with blood pressure to participant",
        notes="Hard positive: Russian mail to participant's mail.ru naming her with post-stent rehab schedule and high blood pressure reading.",
        frm="Kestrel Valley Cardiac Rehab <intake@kestrelvalleyrehab.org>",
        to="l.voronova1956@mail.ru",
        subject="Кардиореабилитация: ваше расписание",
        body=(
            "Уважаемая Людмила Петровна Воронова!\n\nНапоминаем, что ваши занятия по кардиореабилитации после "
            "стентирования проходят по понедельникам, средам и пятницам в 10:00. В среду ваше давление перед "
            "занятием было 168/94, поэтому, пожалуйста, принимайте амлодипин утром и принесите дневник давления.\n\n"
            "С уважением,\nКоманда Kestrel Valley"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian Holter preparation instructions",
        notes="Hard negative: generic Russian instructions for wearing a Holter monitor, sent to an interpreter service; no patient.",
        frm="Brightwater Heart Associates <frontoffice@brightwaterheart.com>",
        to="orders@lingvabridge-translations.com",
        subject="Перевод проверен: памятка по холтеру",
        body=(
            "Здравствуйте, Ирина!\n\nМы проверили ваш перевод, всё верно. Окончательный текст:\n\n"
            "«Холтер записывает ЭКГ в течение 24–48 часов. Не принимайте душ с прибором. Записывайте в дневник "
            "время симптомов: сердцебиение, головокружение, боль в груди.»\n\nСчёт, пожалуйста, на Brightwater Heart Associates."
        ),
        charset="windows-1251",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Italian echo result to patient",
        notes="Hard positive: Italian letter to patient's libero.it mailbox naming her with mitral regurgitation severity and follow-up.",
        frm="Dr. Lena Marchetti <lmarchetti@brightwaterheart.com>",
        to="graziella.fontana@libero.it",
        subject="Esito del suo ecocardiogramma",
        body=(
            "Gentile Signora Graziella Fontana,\n\nl'ecocardiogramma del 9 ottobre mostra un'insufficienza mitralica "
            "moderata-severa, peggiorata rispetto all'anno scorso. La funzione del ventricolo sinistro è ancora "
            "normale (FE 60%). Le consiglio un ecocardiogramma transesofageo e una visita di controllo entro "
            "un mese; la nostra segreteria la chiamerà.\n\nCordiali saluti,\nDott.ssa Lena Marchetti"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=False,
        category="Italian distributor meeting logistics",
        notes="Italian business mail to a distributor about a trade-fair meeting; no health information about anyone.",
        frm="PulseHarbor International <international@pulseharbor.com>",
        to="commerciale@cardiomedtech-distribuzione.it",
        subject="Incontro a Milano - fiera 12 novembre",
        body=(
            "Buongiorno Dott. Ferrante,\n\nconfermiamo l'incontro allo stand PulseHarbor (padiglione 4, C-21) il "
            "12 novembre alle 15:00 per discutere il lancio di HarborLink in Italia e la certificazione CE del "
            "monitor domiciliare. Porteremo il nuovo materiale in italiano.\n\nCordiali saluti,\nAnna Kowalczyk"
        ),
        charset="utf-8",
        lang="it",
    ),
]
