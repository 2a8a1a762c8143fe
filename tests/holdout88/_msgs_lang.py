"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Arabic-script punctuation)

from __future__ import annotations

from _att import DOCX, docx
from _spec import Att, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish dose-escalation message to patient",
        notes="Spanish message to the patient's gmail naming him, his semaglutide dose increase and nausea.",
        frm="LeanPath Equipo Clínico <care@leanpathhealth.com>",
        to="ernesto.balderrama71@gmail.com",
        subject="Su próxima dosis",
        body=(
            "Estimado Sr. Ernesto Balderrama:\n\nSegún su consulta de ayer, la NP Sofía Merrick aumentará su "
            "semaglutida a 1 mg semanal a partir del domingo. Como usted mencionó náuseas, coma porciones "
            "pequeñas y evite comidas grasosas. Su peso bajó de 112 a 104 kg desde enero.\n\nEquipo Clínico LeanPath"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish injection storage instructions",
        notes="Hard negative: Spanish generic instructions for storing and injecting compounded vials, for all patients; no individual.",
        frm="Bellwether Farmacia <news@bellwetherrx.com>",
        to="promotoras@valleclinicacomunitaria.org",
        subject="Hoja en español: cómo guardar y usar su vial",
        body=(
            "Para repartir en la clínica:\n\nGUARDE EL VIAL en el refrigerador (2-8 °C). No lo congele. "
            "Limpie el tapón con alcohol antes de cada dosis. Use una jeringa nueva cada vez. Si el líquido "
            "está turbio o tiene partículas, no lo use y llame a la farmacia al 555-0131."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Persian message to daughter about father's thyroid surgery",
        notes="Hard positive: Persian note to a daughter's mailbox naming her father, his thyroidectomy date and calcium check.",
        frm="Summit Ridge Nurse Line <nurseline@summitridgeendo.com>",
        to="shirin.tehrani@yahoo.com",
        subject="جراحی تیروئید پدرتان",
        body=(
            "خانم شیرین تهرانی عزیز،\n\nجراحی برداشتن کامل تیروئید پدرتان، آقای بهرام تهرانی، برای روز ۲۶ مارس "
            "ساعت ۷:۳۰ صبح تعیین شده است. لطفاً از نیمه‌شب به او چیزی برای خوردن ندهید. بعد از عمل، کلسیم خون "
            "او دو بار اندازه‌گیری می‌شود.\n\nپرستار رنه، مرکز غدد سامیت ریج"
        ),
        charset="utf-8",
        lang="fa",
    ),
    Spec(
        phi=False,
        category="Persian diabetes class flyer to community association",
        notes="Persian announcement of a free diabetes education class sent to a community association mailbox; no individual.",
        frm="Summit Ridge Events <events@summitridgeendo.com>",
        to="iranian.community.whatcom@gmail.com",
        subject="کلاس رایگان آموزش دیابت به زبان فارسی",
        body=(
            "با سلام،\n\nمرکز غدد سامیت ریج یک کلاس رایگان درباره دیابت نوع ۲، تغذیه و داروهای جدید کاهش وزن "
            "برگزار می‌کند. زمان: شنبه ۱۱ آوریل، ساعت ۱۰ صبح. مکان: کتابخانه فرندیل. ثبت‌نام لازم نیست.\n\n"
            "لطفاً این اطلاعیه را با اعضای انجمن به اشتراک بگذارید."
        ),
        charset="utf-8",
        lang="fa",
    ),
    Spec(
        phi=True,
        category="Urdu pickup notice to patient",
        notes="Hard positive: Urdu note to a patient's gmail naming him and his compounded testosterone cream ready for pickup.",
        frm="Bellwether Pharmacy <pickup@bellwetherrx.com>",
        to="imran.qureshi.boise@gmail.com",
        subject="آپ کی دوا تیار ہے",
        body=(
            "محترم عمران قریشی صاحب،\n\nآپ کی ٹیسٹوسٹیرون کریم (1 ملی گرام فی گرام، 30 گرام) تیار ہے۔ "
            "ڈاکٹر کانجی نے روزانہ صبح ایک کلک لگانے کی ہدایت دی ہے۔ براہ کرم جمعہ تک کاؤنٹر سے لے لیں۔\n\n"
            "بیل ویدر فارمیسی، 555-0131"
        ),
        charset="utf-8",
        lang="ur",
    ),
    Spec(
        phi=False,
        category="Urdu general Ramadan medication timing guide",
        notes="Hard negative: Urdu general guidance on taking diabetes and weight-loss medicines during Ramadan fasting; no individual.",
        frm="LeanPath Health <hello@leanpathhealth.com>",
        to="health.volunteers.masjid@gmail.com",
        subject="رمضان میں دوائیں: عام رہنمائی",
        body=(
            "السلام علیکم،\n\nرمضان میں روزہ رکھنے والے افراد کے لیے عام معلومات: ہفتہ وار وزن کم کرنے والے "
            "انجیکشن افطار کے بعد لگائے جا سکتے ہیں۔ اگر آپ انسولین یا گلیپیزائیڈ لیتے ہیں تو روزے سے پہلے اپنے "
            "ڈاکٹر سے مشورہ کریں۔ شوگر 70 سے کم ہو تو روزہ توڑ دیں۔\n\nیہ معلومات کسی خاص مریض کے لیے نہیں ہیں۔"
        ),
        charset="utf-8",
        lang="ur",
    ),
    Spec(
        phi=True,
        category="Italian clinical summary to clinic abroad",
        notes="Italian clinical summary (docx) for a travelling patient with name, DOB, type 1 diabetes and pump settings sent to a clinic in Italy.",
        frm="Dr. Priyanka Osei-Hart <posei-hart@summitridgeendo.com>",
        to="diabetologia@ambulatoriolido.it",
        subject="Paziente in viaggio: riepilogo clinico",
        body=(
            "Gentile collega,\n\nla nostra paziente sarà a Venezia dal 1° al 30 aprile. In allegato il riepilogo "
            "clinico in italiano, con le impostazioni del microinfusore. La paziente ha firmato il consenso.\n\n"
            "Cordiali saluti,\nDott.ssa Priyanka Osei-Hart"
        ),
        atts=(
            Att(
                "riepilogo_clinico.docx",
                DOCX,
                docx(
                    [
                        "SUMMIT RIDGE ENDOCRINE - RIEPILOGO CLINICO",
                        "Paziente: Giulia Ferraro, nata il 14/09/1992",
                        "Diagnosi: diabete mellito tipo 1 dal 2004; ipotiroidismo di Hashimoto",
                        "Terapia: microinfusore con insulina lispro, basale 0,85 U/h; levotiroxina 75 mcg",
                        "Ultima HbA1c: 7,1% (febbraio 2026)",
                    ]
                ),
            ),
        ),
        charset="iso-8859-15",
        lang="it",
    ),
    Spec(
        phi=False,
        category="Italian equipment supplier inquiry",
        notes="Italian inquiry to a capsule-machine manufacturer about spare parts; no patient.",
        frm="Purchasing <purchasing@bellwetherrx.com>",
        to="assistenza@farmamacchinebologna.it",
        subject="Richiesta ricambi - incapsulatrice FM-300",
        body=(
            "Buongiorno,\n\nabbiamo bisogno di due piastre di ricambio per capsule misura 0 e di un set di "
            "guarnizioni per la nostra incapsulatrice FM-300 (matricola 30-1187). Potete inviarci un preventivo "
            "con spedizione negli Stati Uniti?\n\nGrazie,\nAlex Pruitt, Bellwether Compounding Pharmacy"
        ),
        charset="iso-8859-15",
        lang="it",
    ),
]
