"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish burn follow-up to patient's wife",
        notes="Hard positive: Spanish message to wife's personal email naming husband, skin graft and clinic follow-up date.",
        frm="Trabajo Social <socialwork@stbrendanburn.org>",
        to="maribel.quesada.r@gmail.com",
        subject="Cita de seguimiento de su esposo",
        body=(
            "Estimada Sra. Quesada:\n\nLe confirmamos que su esposo, Ernesto Quesada Ruiz, tiene su cita en la "
            "clínica de quemados el martes 24 de marzo a las 10:00 para revisar el injerto de piel del brazo "
            "derecho. Por favor traiga la lista de sus medicamentos y la prenda de compresión.\n\n"
            "Centro Regional de Quemados St. Brendan"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish sun protection advice for scars",
        notes="Generic Spanish advice on sun protection for new scars sent to a community centre; no individual.",
        frm="Educación <education@fernhollowlaser.com>",
        to="info@centrolatinobrookvale.org",
        subject="Cuidado de cicatrices y el sol (folleto)",
        body=(
            "Hola:\n\nLes enviamos el texto del folleto para su tablón de anuncios: las cicatrices nuevas se "
            "oscurecen con el sol. Use protector solar FPS 50 todos los días durante el primer año, "
            "cúbralas con ropa y evite las camas de bronceado.\n\nClínica Fernhollow"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Urdu post-op message to patient",
        notes="Urdu message to patient's gmail with her name, abdominoplasty and drain removal appointment.",
        frm="Nurse Tamsin Reyes <treyes@larkspurplastics.com>",
        to="farzana.qureshi88@gmail.com",
        subject="آپ کی سرجری کے بعد کی ملاقات",
        body=(
            "محترمہ فرزانہ قریشی،\n\nآپ کے پیٹ کے آپریشن (ایبڈومینوپلاسٹی) کے بعد ڈرین نکالنے کے لیے آپ کی ملاقات "
            "جمعرات 19 مارچ صبح 11 بجے ڈاکٹر کاسٹیلانوس کے ساتھ ہے۔ سیفالیکسن کی گولیاں مکمل کریں۔\n\n"
            "لارکسپر پلاسٹک سرجری"
        ),
        charset="utf-8",
        lang="ur",
    ),
    Spec(
        phi=False,
        category="Urdu burn prevention tips",
        notes="Hard negative: Urdu kitchen burn-prevention tips mentioning burns and treatment to a mosque community office; no individual.",
        frm="Burn Prevention <prevention@stbrendanburn.org>",
        to="office@millportislamiccenter.org",
        subject="جلنے سے بچاؤ کی ہدایات",
        body=(
            "السلام علیکم،\n\nرمضان میں کھانا پکاتے وقت احتیاط کریں: بچوں کو چولہے سے دور رکھیں، گرم تیل کے برتن کا "
            "دستہ اندر کی طرف رکھیں۔ جلنے پر 20 منٹ ٹھنڈا پانی ڈالیں، برف یا ٹوتھ پیسٹ نہ لگائیں۔\n\n"
            "سینٹ برینڈن برن سینٹر"
        ),
        charset="utf-8",
        lang="ur",
    ),
    Spec(
        phi=True,
        category="Japanese laser result to patient's daughter",
        notes="Hard positive: Japanese reply to daughter naming her mother Mrs. Takeda, her keloid and steroid injection plan.",
        frm="Fernhollow Scar & Laser Clinic <scheduling@fernhollowlaser.com>",
        to="yuki.takeda.mn@outlook.com",
        subject="お母様の治療について",
        body=(
            "武田 由紀 様\n\nお母様の武田 節子様（1951年生）の胸のケロイドについて、次回4月6日にステロイド注射と"
            "色素レーザー治療を行う予定です。痛み止めは不要です。\n\nファーンホロー瘢痕・レーザークリニック"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=False,
        category="Japanese clinic hours notice",
        notes="Japanese notice of holiday clinic hours to a partner; no patient.",
        frm="Larkspur Front Desk <frontdesk@larkspurplastics.com>",
        to="info@ohiojapaneseassociation.org",
        subject="休診日のお知らせ",
        body=(
            "関係者各位\n\n5月25日（メモリアルデー）は休診となります。緊急の場合は614-555-0142までお電話ください。"
            "\n\nラークスパー形成外科"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=True,
        category="Russian discharge instructions to patient",
        notes="Russian discharge message to patient's mail.ru address with name, burn graft and medications.",
        frm="Burn Step-down <stepdown@stbrendanburn.org>",
        to="g.vorontsov@mail.ru",
        subject="Инструкции после выписки",
        body=(
            "Уважаемый Геннадий Воронцов!\n\nВы выписаны 17 марта после пересадки кожи на левую голень. "
            "Меняйте повязку через день, принимайте цефалексин 500 мг 4 раза в день 5 дней. "
            "Контрольный осмотр 31 марта в 9:00.\n\nОжоговый центр St. Brendan"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian vendor correspondence about laser parts",
        notes="Hard negative: Russian mail to parts supplier citing a device serial and order number shaped like an SSN; no patient.",
        frm="Laser Safety Officer <lso@fernhollowlaser.com>",
        to="sales@lazertech-parts.ru",
        subject="Заказ 447-18-3302: насадка для лазера",
        body=(
            "Здравствуйте!\n\nПросим подтвердить отправку насадки 10 мм для аппарата с серийным номером "
            "VB-11972 по заказу 447-18-3302. Оплата проведена 12 марта.\n\nС уважением, Гвен Эшби"
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
