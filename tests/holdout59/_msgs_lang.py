"""Non-English mail from the three organisations (8): Spanish, Arabic, Chinese, Urdu."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK and Arabic punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish parking voucher note to mother during PICU stay",
        notes="Spanish message to mother's gmail naming son Diego, his PICU admission and tracheostomy surgery.",
        frm="Apoyo Familiar <navigators@littlelanternsfamily.org>",
        to="marisol.benitez.77@gmail.com",
        subject="Vales de estacionamiento para esta semana",
        body=(
            "Hola Marisol:\n\nYa tenemos los vales de estacionamiento del hospital Riverside para toda la semana "
            "mientras Diego esté en la unidad de cuidados intensivos pediátricos. Esperamos que la cirugía de "
            "traqueostomía del jueves salga muy bien. Puede recogerlos en la recepción del tercer piso.\n\n"
            "Un abrazo,\nNia - Little Lanterns"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish what-to-expect flyer for follow-up visits",
        notes="Hard negative: Spanish general description of a developmental follow-up visit for all families; no individual.",
        frm="Bayview Scheduling <scheduling@bayviewneofollowup.org>",
        to="frontdesk@stbrendanshealth.org",
        subject="Folleto: ¿qué esperar en la visita de seguimiento?",
        body=(
            "Para las familias hispanohablantes de la UCIN:\n\nEn la visita de seguimiento, el equipo revisa el "
            "crecimiento, la alimentación, la audición y el desarrollo de los bebés prematuros. La visita dura "
            "unas dos horas. Traiga la lista de medicamentos y el registro de oxígeno si su bebé lo usa."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Arabic echo result letter to father",
        notes="Arabic letter to father's hotmail naming daughter Layla Haddad and an ASD on echocardiogram with follow-up.",
        frm="Tidewater Nurse Line <nurseline@tidewaterpedsheart.com>",
        to="k.haddad.family@hotmail.com",
        subject="نتيجة تخطيط صدى القلب",
        body=(
            "السيد خالد حداد المحترم،\n\nأظهر تخطيط صدى القلب لابنتكم ليلى حداد وجود ثقب صغير بين الأذينين "
            "(حوالي 4 ملم). لا تحتاج إلى دواء الآن، وتريد الدكتورة أوسي رؤيتها بعد ستة أشهر لإعادة الفحص.\n\n"
            "عيادة تايدووتر لقلب الأطفال"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic RSV season prevention tips",
        notes="Hard negative: Arabic general RSV prevention advice for parents of premature babies; no individual.",
        frm="Bayview Communications <news@bayviewneofollowup.org>",
        to="community@portellisonmosque.org",
        subject="نصائح للوقاية من فيروس RSV",
        body=(
            "إلى الأسر الكريمة،\n\nالأطفال المولودون قبل الأوان أكثر عرضة لفيروس RSV. اغسلوا الأيدي جيداً، "
            "وتجنبوا الأماكن المزدحمة في الشتاء، واسألوا طبيب الأطفال عن حقنة الوقاية.\n\n"
            "عيادة باي فيو لمتابعة حديثي الولادة"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Chinese reply to grandmother about ROP eye exam",
        notes="Hard positive: Chinese reply to grandmother using only granddaughter's first name, relationship and ROP laser result, with MRN.",
        frm="Bayview Nursing <nursing@bayviewneofollowup.org>",
        to="lin.shufen1958@163.com",
        subject="回复：孙女的眼科检查",
        body=(
            "林阿姨您好：\n\n您的孙女小雨（病历号 BNF-2304451）上周的眼科检查显示早产儿视网膜病变已经稳定，"
            "激光治疗后不需要再做手术。下次眼科复查在4月7日上午。\n\n湾景新生儿随访诊所 护士 陈"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese parent support group announcement",
        notes="Chinese announcement of a Mandarin-language parent support group; no individual.",
        frm="Family Navigators <navigators@littlelanternsfamily.org>",
        to="office@ashfordchinesecommunity.org",
        subject="中文家长互助小组开始报名",
        body=(
            "各位家长好：\n\n小灯笼家庭网络将于四月开始每月一次的中文家长互助小组，欢迎家有特殊医疗需求儿童的家庭参加。"
            "活动免费，提供儿童看护。\n\n小灯笼家庭网络"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Urdu equipment delivery message to mother",
        notes="Hard positive: Urdu message to mother's gmail naming son Zain and his ventilator and suction machine delivery.",
        frm="Family Navigators <navigators@littlelanternsfamily.org>",
        to="ayesha.siddiqui.home@gmail.com",
        subject="زین کے سامان کی ترسیل",
        body=(
            "محترمہ عائشہ صدیقی،\n\nزین صدیقی کا نیا وینٹی لیٹر اور سکشن مشین جمعہ کو صبح دس بجے آپ کے گھر پہنچا دی جائے گی۔ "
            "سانس کی تھراپسٹ بھی ساتھ آئیں گی تاکہ استعمال کا طریقہ سکھا سکیں۔\n\nلٹل لینٹرنز فیملی نیٹ ورک"
        ),
        charset="utf-8",
        lang="ur",
    ),
    Spec(
        phi=False,
        category="Urdu echocardiogram preparation instructions",
        notes="Hard negative: Urdu general instructions for preparing a child for an echocardiogram; no individual.",
        frm="Tidewater Front Desk <frontdesk@tidewaterpedsheart.com>",
        to="info@norfolkharborislamiccenter.org",
        subject="بچوں کے دل کے الٹراساؤنڈ کی تیاری",
        body=(
            "والدین کے لیے معلومات:\n\nایکو کارڈیوگرام ایک بے درد ٹیسٹ ہے۔ چھوٹے بچوں کے لیے پسندیدہ کھلونا یا ٹیبلٹ ساتھ لائیں۔ "
            "ٹیسٹ میں تقریباً پینتالیس منٹ لگتے ہیں۔\n\nٹائیڈ واٹر پیڈیاٹرک ہارٹ"
        ),
        charset="utf-8",
        lang="ur",
    ),
]
