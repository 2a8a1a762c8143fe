"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import BHF, GVR, TIB, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish methotrexate instructions to patient",
        notes="Spanish dosing instructions naming the patient, her RA and methotrexate, to her gmail.",
        frm=f"Nurse Line <rnline@{GVR}>",
        to="rosa.quintanilla71@gmail.com",
        subject="Instrucciones de su nuevo medicamento",
        body=(
            "Estimada Sra. Rosa Quintanilla:\n\nPara su artritis reumatoide, la Dra. Kowalczyk le recetó metotrexato "
            "15 mg una vez por semana, los domingos, y ácido fólico 1 mg diario. No tome alcohol. Su análisis de "
            "sangre de control es el 14 de abril.\n\nGranite Valley Rheumatology"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish copay fund flyer",
        notes="Hard negative: Spanish flyer describing eligibility for copay funds; no individual.",
        frm=f"Bright Harbor Grants <grants@{BHF}>",
        to="lupe.promotora.omaha@hotmail.com",
        subject="Folleto: ayuda con copagos de medicamentos",
        body=(
            "¿Le cuesta pagar sus medicamentos para la artritis, la esclerosis múltiple o la hemofilia? Bright Harbor "
            "puede ayudarle con los copagos si tiene seguro médico y sus ingresos son menores al 500 % del nivel federal "
            "de pobreza. Llame al 888-555-0127 (se habla español)."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Italian billing explanation to patient's son",
        notes="Hard positive: Italian reply to son naming his father and his vedolizumab infusion charges.",
        frm=f"Patient Financial Services <pfs@{TIB}>",
        to="marco.marchetti.it@gmail.com",
        subject="Re: fattura di suo padre",
        body=(
            "Gentile Marco,\n\nla fattura di suo padre Ellis Marchetti riguarda l'infusione di vedolizumab (Entyvio) dell'11 "
            "marzo. L'assicurazione ha pagato 4.210 dollari; resta un saldo di 50 dollari, già pagato. Non deve fare nulla.\n\n"
            "Cordiali saluti,\nTallgrass Infusion Billing"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=False,
        category="Italian conference abstract on gout",
        notes="Hard negative: Italian abstract with aggregate cohort data on gout; no individual.",
        frm=f"Dr. Anika Kowalczyk <akowalczyk@{GVR}>",
        to="abstracts@congressoreumatologia.it",
        subject="Invio abstract - gotta e febuxostat",
        body=(
            "Gentili organizzatori,\n\nin allegato il testo dell'abstract: in una coorte di 238 pazienti con gotta, il 63,4 % "
            "ha raggiunto un'uricemia inferiore a 6 mg/dL dopo 12 mesi di terapia con allopurinolo o febuxostat. "
            "Nessun dato identificativo dei pazienti.\n\nCordiali saluti,\nAnika Kowalczyk, MD"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=True,
        category="Japanese lab result to patient",
        notes="Hard positive: Japanese message to patient's personal mail with her name, elevated CRP and tocilizumab.",
        frm=f"Nurse Line <rnline@{GVR}>",
        to="yuki.hanamura@yahoo.co.jp",
        subject="検査結果のお知らせ",
        body=(
            "花村由紀様\n\n3月13日の血液検査で、CRPが4.2 mg/dLと高めでした。関節リウマチの活動性が上がっている可能性があります。"
            "コワルチク医師は次回のアクテムラ点滴の前に診察を希望しています。603-555-0110までお電話ください。\n\nGranite Valley Rheumatology"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=False,
        category="Japanese travel grant guide",
        notes="Japanese general guide to applying for travel grants; no individual.",
        frm=f"Case Management <casemgmt@{BHF}>",
        to="support@nikkeicommunityomaha.org",
        subject="交通費助成のご案内",
        body=(
            "Bright Harbor Patient Foundationでは、遠方の病院で治療を受ける方の交通費と宿泊費を助成しています。"
            "申請には保険証の写しと医師の証明書が必要です。詳しくはウェブサイトをご覧ください。"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=True,
        category="Russian grant approval to patient",
        notes="Russian approval letter naming the patient and his hemophilia fund grant, to a mail.ru address.",
        frm=f"Bright Harbor Grants <grants@{BHF}>",
        to="v.sokolov1966@mail.ru",
        subject="Ваша заявка одобрена",
        body=(
            "Уважаемый Виктор Соколов!\n\nВаша заявка в фонд помощи больным гемофилией одобрена. Мы оплатим доплату за "
            "препарат фактора VIII до 31 декабря 2026 года. Номер гранта BH-HEM-26-00131.\n\nBright Harbor Patient Foundation"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian billing office hours notice",
        notes="Hard negative: Russian notice about interpreter availability for billing questions; no individual.",
        frm=f"Tallgrass Billing <billing@{TIB}>",
        to="frontdesk@prairieinfusioncenters.com",
        subject="Переводчик для вопросов по счетам",
        body=(
            "Уважаемые коллеги,\n\nпациенты, говорящие по-русски, могут звонить по вопросам счетов за инфузии "
            "по вторникам и четвергам с 9 до 12. Переводчик бесплатный. Телефон 866-555-0134."
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
