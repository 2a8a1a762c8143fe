"""Non-English mail from the three organisations (8): Spanish, Persian, Tamil and Arabic."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Arabic-script punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish echo result letter to mother",
        notes="Spanish letter to mother's gmail naming her daughter, her bicuspid aortic valve and follow-up plan.",
        frm="Brightwater Pediatric Heart <nurseline@brightwaterpedsheart.com>",
        to="yesenia.carrillo.oh@gmail.com",
        subject="Resultado del ecocardiograma de Valentina",
        body=(
            "Estimada Sra. Carrillo:\n\nEl ecocardiograma de Valentina Carrillo del 16 de marzo muestra una "
            "válvula aórtica bicúspide con una estrechez leve. No necesita cirugía ni medicamentos por ahora, "
            "pero la Dra. Raman quiere repetir el estudio en un año y recomienda evitar levantar pesas muy "
            "pesadas.\n\nSaludos,\nJennifer, enfermera\nBrightwater Pediatric Heart Associates"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish camp information for families",
        notes="Hard negative: Spanish camp brochure text mentioning heart defects and medications generally; no child.",
        frm="Camp Lionheart <camp@littlelionhearts.org>",
        to="familias@lists.littlelionhearts.org",
        subject="Campamento Lionheart 2026: inscripciones abiertas",
        body=(
            "Queridas familias:\n\nEl Campamento Lionheart es para niños de 8 a 15 años con cardiopatías "
            "congénitas, marcapasos o trasplante de corazón. Hay enfermeras y cardiólogos las 24 horas y "
            "administramos todos los medicamentos, incluida la warfarina. Las becas cubren hasta el 100 %.\n\n"
            "Inscripción: littlelionhearts.org/camp"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Persian asthma note from school nurse to parent",
        notes="Hard positive: Persian note to father's personal email naming son, asthma attack at school and inhaler doses given.",
        frm="Nurse Ravi Desai <rdesai@maplegroveschools.org>",
        to="k.rahimi.family@gmail.com",
        subject="آرش امروز در مدرسه",
        body=(
            "آقای رحیمی گرامی،\n\nپسرتان آرش رحیمی (کلاس ششم) امروز ساعت ۱۰:۳۰ بعد از ورزش دچار حمله آسم شد. "
            "دو پاف اسپری سالبوتامول به او دادم و بعد از ۲۰ دقیقه حالش بهتر شد. لطفاً اسپری جدید برای دفتر پرستار "
            "بفرستید؛ اسپری فعلی تاریخ گذشته است.\n\nراوی دسای، پرستار مدرسه جفرسون"
        ),
        charset="utf-8",
        lang="fa",
    ),
    Spec(
        phi=False,
        category="Persian parent support group announcement",
        notes="Persian announcement of a parent support group for families of children with heart disease; no individual.",
        frm="Family Support <support@littlelionhearts.org>",
        to="farsi.families@lists.littlelionhearts.org",
        subject="گروه حمایتی والدین - فارسی زبان",
        body=(
            "خانواده‌های عزیز،\n\nگروه حمایتی والدینِ کودکان مبتلا به بیماری مادرزادی قلب، اولین پنجشنبه هر ماه "
            "ساعت ۷ عصر به صورت آنلاین و به زبان فارسی برگزار می‌شود. شرکت رایگان است.\n\nبنیاد لیتل لاین‌هارتس"
        ),
        charset="utf-8",
        lang="fa",
    ),
    Spec(
        phi=True,
        category="Tamil travel grant approval to parent",
        notes="Tamil grant approval to mother's personal email naming daughter and her heart catheterization date.",
        frm="Family Support <support@littlelionhearts.org>",
        to="kavitha.sundaram@outlook.com",
        subject="பயண உதவித் தொகை ஒப்புதல்",
        body=(
            "அன்புள்ள கவிதா அவர்களே,\n\nமார்ச் 26 அன்று லேக் ஈரி குழந்தைகள் மருத்துவமனையில் உங்கள் மகள் "
            "அனன்யா சுந்தரத்திற்கு நடைபெறும் இதய வடிகுழாய் (catheterization) சிகிச்சைக்காக $400 பயண உதவி "
            "அங்கீகரிக்கப்பட்டுள்ளது.\n\nஏஞ்சலா மொரெட்டி\nலிட்டில் லயன்ஹார்ட்ஸ் அறக்கட்டளை"
        ),
        charset="utf-8",
        lang="ta",
    ),
    Spec(
        phi=False,
        category="Tamil school vaccine clinic notice",
        notes="Hard negative: Tamil notice about a free school vaccination clinic listing vaccines; no student.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="tamil.families@lists.maplegroveschools.org",
        subject="இலவச தடுப்பூசி முகாம் - ஏப்ரல் 16",
        body=(
            "அன்புள்ள பெற்றோர்களே,\n\nஏப்ரல் 16 அன்று மேப்பிள் குரோவ் உயர்நிலைப் பள்ளியில் இலவச தடுப்பூசி முகாம் "
            "நடைபெறும்: Tdap, மெனிங்கோகாக்கல், HPV மற்றும் காய்ச்சல் தடுப்பூசிகள். ஒப்புதல் படிவத்தை பள்ளி "
            "அலுவலகத்தில் பெறலாம்.\n\nபள்ளி சுகாதார சேவைகள்"
        ),
        charset="utf-8",
        lang="ta",
    ),
    Spec(
        phi=True,
        category="Arabic pacemaker check reminder to father",
        notes="Hard positive: Arabic reminder to father's hotmail naming son and pacemaker check appointment.",
        frm="Brightwater Scheduling <scheduling@brightwaterpedsheart.com>",
        to="samir.haddad77@hotmail.com",
        subject="تذكير بموعد يوسف",
        body=(
            "السيد سمير حداد المحترم،\n\nنذكّركم بموعد ابنكم يوسف حداد لفحص جهاز تنظيم ضربات القلب يوم الخميس "
            "19 مارس الساعة 10:20 صباحاً مع الدكتورة كيسلر. يرجى إحضار جهاز المراقبة المنزلي.\n\n"
            "عيادة برايتووتر لقلب الأطفال"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic general echo preparation instructions",
        notes="Arabic generic instructions for preparing a child for an echocardiogram; no patient.",
        frm="Patient Education <education@brightwaterpedsheart.com>",
        to="interpreters@lakeeriechildrens.org",
        subject="تعليمات التحضير لتخطيط صدى القلب",
        body=(
            "تعليمات عامة للعائلات:\n\nتخطيط صدى القلب فحص آمن وغير مؤلم ويستغرق من 30 إلى 60 دقيقة. يمكن "
            "للطفل أن يأكل بشكل طبيعي. أحضروا لعبة أو جهازاً لوحياً لتسلية الطفل أثناء الفحص.\n\n"
            "برايتووتر لقلب الأطفال"
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
