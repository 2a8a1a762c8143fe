"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish discharge instructions to farmworker's son",
        notes="Hard positive: Spanish note to son's gmail naming father and his crushed-hand surgery and antibiotics.",
        frm="Case Management <casemgmt@pinehollowmemorial.org>",
        to="rafa.quintanilla88@gmail.com",
        subject="Indicaciones para su papá",
        body=(
            "Hola Rafael:\n\nComo hablamos por teléfono, su papá, el Sr. Anselmo Quintanilla, sale mañana del hospital "
            "después de la cirugía de la mano derecha (fractura por aplastamiento). Debe tomar cefalexina 500 mg cada 6 horas "
            "por 7 días y no mojar el vendaje. La cita de control con el Dr. Oyelaran es el 22 de octubre a las 10:00.\n\n"
            "Marisol Decker, enfermera de casos\nPine Hollow Memorial Hospital"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish ambulance billing FAQ",
        notes="Generic Spanish FAQ about ambulance bills and hardship waivers; no individual.",
        frm="EMS Billing Clerk <billing@tamarackcountyems.gov>",
        to="info@centrohispanoharlangap.org",
        subject="Preguntas frecuentes sobre facturas de ambulancia",
        body=(
            "Buenos días:\n\nPara su tablero de anuncios:\n\n¿Recibió una factura de ambulancia? Puede pedir un plan de pagos sin intereses "
            "o una exención por dificultad económica. Llame al (406) 555-0170, lunes a viernes. Hablamos español los martes.\n\n"
            "Tamarack County EMS"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Somali flight follow-up to patient's brother",
        notes="Somali message to brother's mailbox naming patient Faadumo and her flight for eclampsia.",
        frm="Patient Relations <patientrelations@skybridgeairmed.com>",
        to="abdirahman.warsame@gmail.com",
        subject="Walaashaa Faadumo",
        body=(
            "Abdirahman, salaan.\n\nSida aad codsatay: walaashaa Faadumo Warsame waxaa diyaaradda lagu qaaday 11-ka Oktoobar "
            "iyadoo qabta eclampsia (dhiig-kar xilliga uurka iyo suuxdin). Waxaa la geeyay Billings Regional, qaybta dhalmada. "
            "Ilmaha iyo hooyadu hadda way xasilloon yihiin.\n\nSkyBridge Air Medical"
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=False,
        category="Somali heat and cold safety flyer",
        notes="Hard negative: Somali winter safety flyer describing hypothermia signs; no individual.",
        frm="EMS Training Officer <training@tamarackcountyems.gov>",
        to="outreach@somalicommunitymt.org",
        subject="Xayeysiis: badbaadada qabowga",
        body=(
            "Fadlan la wadaag bulshada:\n\nQABOW XAD-DHAAF AH (hypothermia): gariir, hadal qalloocan, wareer. "
            "Haddii qof la helo isagoo qabow, wac 911, u gee meel diiran, ka saar dharka qoyan. Ha siin khamri.\n\n"
            "Tamarack County EMS"
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=True,
        category="Japanese travel insurer report on tourist patient",
        notes="Hard positive: Japanese mail to travel insurer naming tourist, DOB, ankle fracture surgery and admission dates.",
        frm="Patient Financial Services <pfs@pinehollowmemorial.org>",
        to="claims-us@sakuratravelins.co.jp",
        subject="保険金請求の件（入院患者）",
        body=(
            "ご担当者様\n\n貴社の被保険者、高橋 美咲 様（生年月日 1992年5月14日）は、10月8日にスキー中の事故で右足首を骨折し、"
            "当院に入院、10月9日に観血的整復固定術を受けました。退院予定は10月13日です。診断書と請求書を別途郵送いたします。\n\n"
            "Pine Hollow Memorial Hospital 患者会計課"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=False,
        category="Japanese visitor guide to ambulance services",
        notes="Hard negative: Japanese general guide for tour groups on calling 911 and air ambulance costs; no individual.",
        frm="Outreach <outreach@skybridgeairmed.com>",
        to="tours@yellowstonejapantours.com",
        subject="ツアー参加者向け：救急時のご案内",
        body=(
            "ツアー会社ご担当者様\n\n米国では緊急時に 911 に電話してください。山間部ではヘリコプター救急が使われることがあり、"
            "費用は高額になる場合があります。海外旅行保険への加入をお勧めします。\n\nSkyBridge Air Medical"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=True,
        category="Ukrainian note to patient about lab result",
        notes="Ukrainian message to patient's personal mailbox with her name, thyroid result and medication.",
        frm="Pine Hollow Clinic <clinic@pinehollowmemorial.org>",
        to="oksana.kovalchuk.mt@ukr.net",
        subject="Результати аналізів",
        body=(
            "Шановна пані Оксано Ковальчук!\n\nВаш аналіз ТТГ від 7 жовтня: 9,6 мОд/л (підвищений). Лікар Амундсен призначає "
            "левотироксин 50 мкг щоранку. Повторний аналіз через 6 тижнів.\n\nКлініка Pine Hollow"
        ),
        charset="koi8-u",
        lang="uk",
    ),
    Spec(
        phi=False,
        category="Ukrainian staff interpreter schedule",
        notes="Hard negative: Ukrainian notice of interpreter availability and CPR class for newcomers; no individual.",
        frm="EMS Training Officer <training@tamarackcountyems.gov>",
        to="newcomers@ukrainianaidmontana.org",
        subject="Курс першої допомоги українською",
        body=(
            "Добрий день!\n\nTamarack County EMS проводить безкоштовний курс серцево-легеневої реанімації з перекладачем "
            "української мови 14 листопада о 10:00. Реєстрація за телефоном (406) 555-0170.\n\nЗ повагою, Джой Галстед"
        ),
        charset="koi8-u",
        lang="uk",
    ),
]
