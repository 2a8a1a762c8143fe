"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish colonoscopy prep reminder to patient",
        notes="Spanish message to the patient's gmail naming her colonoscopy date, diabetes medication adjustment and prep.",
        frm="Programación de Endoscopia <endoscheduling@riverbenddigestive.com>",
        to="rosario.benitez71@gmail.com",
        subject="Su colonoscopia del jueves 26 de marzo",
        body=(
            "Estimada Sra. Rosario Benítez:\n\nLe recordamos su colonoscopia con la Dra. Aune el jueves 26 de marzo a las "
            "7:30. Como usted tiene diabetes, tome solo la mitad de su insulina glargina la noche anterior y no tome la "
            "metformina la mañana del procedimiento. Empiece la dieta de líquidos claros el miércoles.\n\n"
            "Centro de Endoscopia Riverbend · (608) 555-0142"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish celiac diet handout for clinic",
        notes="Hard negative: Spanish general gluten-free diet handout sent to a clinic; no individual.",
        frm="NourishPath Nutrición <hello@nourishpathnutrition.com>",
        to="recepcion@clinicalatinamadison.org",
        subject="Folleto: dieta sin gluten (español)",
        body=(
            "Buenos días:\n\nLes enviamos nuestro folleto para pacientes con enfermedad celíaca. Puntos clave: evite "
            "trigo, cebada y centeno; la avena solo si es certificada sin gluten; cuidado con salsas y embutidos. "
            "Pueden imprimirlo sin costo.\n\nNourishPath Nutrition Counseling"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Japanese infusion follow-up to patient",
        notes="Hard positive: Japanese message to the patient's personal mailbox naming her, her ulcerative colitis and the vedolizumab infusion.",
        frm="Crestview Nurses <nurses@crestviewinfusion.com>",
        to="emiko.sato.wi@yahoo.com",
        subject="次回の点滴について",
        body=(
            "佐藤恵美子様\n\n先日の点滴後、体調はいかがでしょうか。潰瘍性大腸炎の治療薬ベドリズマブ（エンタイビオ）の"
            "次回の点滴は3月23日から在宅で行います。訪問看護師が午前9時に伺います。\n\n"
            "クレストビュー点滴センター　看護チーム"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=False,
        category="Japanese facility guide for infusion visitors",
        notes="Hard negative: Japanese general guide (parking, what to bring, duration) for all infusion visitors; no individual.",
        frm="Crestview Front Desk <frontdesk@crestviewinfusion.com>",
        to="info@madisonjapanesecommunity.org",
        subject="点滴センターのご案内（日本語版）",
        body=(
            "ご担当者様\n\n日本語を話す患者さん向けの案内文をお送りします。\n・駐車場はC棟の前です。\n"
            "・点滴には2〜4時間かかります。\n・飲み物や本をお持ちください。\n"
            "地域の皆様にご紹介いただければ幸いです。\n\nクレストビュー点滴センター"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=True,
        category="Italian nutrition plan to patient's son",
        notes="Hard positive: Italian reply to the son naming his father Giuseppe with CKD diet, potassium result and dialysis context.",
        frm='"Omar Aziz, RD" <oaziz@nourishpathnutrition.com>',
        to="marco.ferraro.it@gmail.com",
        subject="Re: dieta di papà",
        body=(
            "Gentile Marco,\n\ncome concordato, ecco i punti per la dieta di suo padre Giuseppe Ferraro: il potassio "
            "dell'ultimo esame era 5,9 mmol/L, quindi niente banane, arance o pomodori per ora; patate solo dopo "
            "doppia bollitura. Il nefrologo valuterà la dialisi ad aprile. Ci sentiamo dopo la visita del 25 marzo.\n\n"
            "Omar Aziz, dietista"
        ),
        charset="iso-8859-15",
        lang="it",
    ),
    Spec(
        phi=False,
        category="Italian Mediterranean diet class announcement",
        notes="Italian cooking-class announcement for the public; no individual.",
        frm="NourishPath Nutrition <events@nourishpathnutrition.com>",
        to="circolo@italianclubmadison.org",
        subject="Corso di cucina mediterranea - 22 aprile",
        body=(
            "Buongiorno,\n\nsiamo lieti di invitare i vostri soci al corso gratuito «Cucina mediterranea per il cuore» "
            "mercoledì 22 aprile alle 18:00. Parleremo di olio d'oliva, legumi e pesce. Posti limitati: "
            "iscrizioni a events@nourishpathnutrition.com.\n\nNourishPath"
        ),
        charset="iso-8859-15",
        lang="it",
    ),
    Spec(
        phi=True,
        category="Ukrainian endoscopy result letter to patient",
        notes="Ukrainian message to the patient naming him with gastroscopy findings, H. pylori and eradication therapy.",
        frm="Dr. Thabo Mbeki <tmbeki@riverbenddigestive.com>",
        to="oleksandr.hnatiuk@outlook.com",
        subject="Результати гастроскопії",
        body=(
            "Шановний пане Олександре Гнатюк,\n\nпід час гастроскопії 12 березня виявлено виразку дванадцятипалої "
            "кишки. Біопсія показала інфекцію Helicobacter pylori. Вам призначено чотирикомпонентну терапію на 14 днів; "
            "рецепт надіслано до аптеки. Контрольний дихальний тест - через 4 тижні після лікування.\n\n"
            "Д-р Мбекі, Riverbend Digestive Health"
        ),
        charset="koi8-u",
        lang="uk",
    ),
    Spec(
        phi=False,
        category="Ukrainian interpreter booking for clinic day",
        notes="Hard negative: Ukrainian interpreter booking for a clinic session with times only; no patient named or described.",
        frm="Front Desk <frontdesk@riverbenddigestive.com>",
        to="bookings@languagebridgeinterp.com",
        subject="Замовлення перекладача - 27 березня",
        body=(
            "Добрий день,\n\nпросимо забронювати перекладача української мови на п'ятницю, 27 березня, з 8:00 до 12:00 "
            "у нашому ендоскопічному центрі. Рахунок - на Riverbend Digestive Health, замовлення RB-INT-0327.\n\n"
            "Дякуємо!\nРеєстратура"
        ),
        charset="koi8-u",
        lang="uk",
    ),
]
