"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish medication instructions to patient's daughter",
        notes="Spanish note to the daughter's Hotmail naming her father, his pain medication doses and oxygen.",
        frm="Jess Albrecht <jalbrecht@willowmerehospice.org>",
        to="rosa.villanueva.fen@hotmail.com",
        subject="Instrucciones para su papá",
        body=(
            "Hola Rosa:\n\nComo hablamos hoy, para su papá, don Ernesto Villanueva:\n\n"
            "- Morfina líquida 5 mg (0,25 ml) debajo de la lengua cada 2 horas si tiene dolor o le falta el aire.\n"
            "- Lorazepam 0,5 mg si está muy inquieto por la noche.\n"
            "- El oxígeno a 3 litros todo el tiempo.\n\n"
            "Si respira con mucha dificultad o tiene dolor que no se calma, llame a la línea de guardia: 419-555-0140, "
            "hay intérprete las 24 horas.\n\nJess, enfermera de Willowmere Hospice"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish grief support group announcement",
        notes="Hard negative: Spanish announcement of a grief group that mentions death, cancer and COVID generically; no individual.",
        frm="Ashgrove Aftercare <aftercare@ashgrovefuneralhome.com>",
        to="parroquia@sanjosepe-oh.org",
        subject="Grupo de apoyo en el duelo - en español",
        body=(
            "Estimado Padre Tomás:\n\nA partir del 8 de abril tendremos un grupo de apoyo en el duelo en español, los miércoles a las 6:30 "
            "de la tarde. Es para cualquier persona que haya perdido a un ser querido, ya sea por cáncer, COVID, un accidente o una "
            "enfermedad larga. Es gratis y confidencial. ¿Podría anunciarlo en la misa del domingo?\n\n"
            "Muchas gracias,\nDana Reilly\nAshgrove Funeral Home & Aftercare"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Italian update to son abroad about his father",
        notes="Hard positive: Italian reply to the son's personal mailbox with only the father's first name, relationship and prognosis with delirium.",
        frm="Dr. Imani Okwu <iokwu@halversonmemorial.org>",
        to="marco.bellandi@libero.it",
        subject="Re: notizie di papà",
        body=(
            "Gentile Marco,\n\nle scrivo in italiano grazie all'aiuto della nostra interprete. Suo padre Giuseppe è ancora ricoverato "
            "nel nostro reparto: il tumore al pancreas è progredito e da ieri ha episodi di delirio, soprattutto di notte. "
            "Pensiamo che il tempo sia di pochi giorni, forse una settimana. Se desidera venire dall'Italia, le consiglio di "
            "partire il prima possibile. Lo stiamo tenendo comodo con morfina e aloperidolo.\n\n"
            "Cordiali saluti,\nDott.ssa Imani Okwu\nCure Palliative, Halverson Memorial Hospital"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=False,
        category="Italian advance directive information leaflet",
        notes="General Italian leaflet text about advance directives and palliative care; no individual.",
        frm="Patient Experience <patientexperience@halversonmemorial.org>",
        to="segreteria@circoloitalianoohio.org",
        subject="Opuscolo: le direttive anticipate (in italiano)",
        body=(
            "Buongiorno,\n\ncome promesso, ecco il testo dell'opuscolo per i vostri soci:\n\n"
            "LE DIRETTIVE ANTICIPATE - Che cosa sono? Un documento in cui lei indica quali cure desidera ricevere se un giorno "
            "non potrà più decidere da sola. Può nominare un fiduciario. Le cure palliative aiutano a controllare il dolore e gli "
            "altri sintomi in qualsiasi fase di una malattia grave.\n\nPer informazioni: 419-555-0128.\n\nHalverson Memorial Hospital"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=True,
        category="Russian repatriation documents letter to widow",
        notes="Hard positive: Russian letter to the widow's mail.ru naming her husband, his cause of death and embalming for repatriation.",
        frm='"Marcus Bell, Funeral Director" <mbell@ashgrovefuneralhome.com>',
        to="o.sokolova1961@mail.ru",
        subject="Документы для перевозки тела",
        body=(
            "Уважаемая Ольга Петровна,\n\nдокументы для перевозки тела Вашего мужа, Сергея Николаевича Соколова, в Самару почти готовы. "
            "В свидетельстве о смерти указана причина: метастатический рак желудка; врач подтвердил, что инфекционных "
            "заболеваний не было, поэтому бальзамирование разрешено. Консульство просит нотариальный перевод, мы его заказали.\n\n"
            "С уважением,\nМаркус Белл, Ashgrove Funeral Home"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian hospice information for community centre",
        notes="Hard negative: Russian-language explanation of hospice eligibility mentioning cancer and heart failure generally; no individual.",
        frm="Communications <news@willowmerehospice.org>",
        to="info@russiancommunitytoledo.org",
        subject="Информация о хосписе для вашего бюллетеня",
        body=(
            "Здравствуйте!\n\nПредлагаем текст для вашего бюллетеня:\n\n"
            "ЧТО ТАКОЕ ХОСПИС? Хоспис помогает людям с тяжёлыми заболеваниями, например с раком, сердечной недостаточностью или "
            "деменцией, когда лечение уже не помогает. Медсёстры приходят на дом, обезболивание и лекарства оплачивает Medicare. "
            "Звоните: 419-555-0140 (есть переводчик).\n\nWillowmere Hospice"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Japanese family meeting summary to patient's wife",
        notes="Hard positive: Japanese summary to the wife's personal mailbox naming her husband, his heart failure, DNR decision and hospice referral.",
        frm="Claire Dufresne LICSW <cdufresne@halversonmemorial.org>",
        to="keiko.tanabe@yahoo.co.jp",
        subject="本日の家族面談のまとめ",
        body=(
            "田辺恵子様\n\n本日はご主人の田辺博さんの面談にお越しいただきありがとうございました。"
            "心不全が進行しており、今後は延命治療（心肺蘇生・人工呼吸器）は行わず、苦痛を和らげる治療を中心にすることで"
            "合意しました。来週、ご自宅でのホスピスケアに移る予定です。\n\n"
            "ハルバーソン記念病院 緩和ケアチーム\nクレア・デュフレーン"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=False,
        category="Japanese temple coordination for memorial service schedule",
        notes="Japanese note to a temple about scheduling a community memorial service; no individual or health information.",
        frm="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
        to="office@daitokuji-ohio.org",
        subject="合同法要の日程について",
        body=(
            "ご住職様\n\nいつもお世話になっております。今年のお盆の合同法要を8月15日（土）午前10時から当館のチャペルで"
            "行いたいと考えております。ご都合はいかがでしょうか。お供えの花と椅子は当方で用意いたします。\n\n"
            "アッシュグローブ葬儀社\nオーウェン・アッシュグローブ"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
]
