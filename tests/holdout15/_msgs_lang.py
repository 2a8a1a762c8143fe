"""Non-English and mixed-language outbound mail from the three organisations (PHI and not)."""
# ruff: noqa: E501, RUF001  (full-width CJK punctuation and Arabic text are what these writers type)

from __future__ import annotations

from _spec import HCA, MW, PKD, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish therapy appointment to patient",
        notes="Spanish (ISO-8859-1) front-desk note to a patient's gmail with her name, knee surgery therapy and appointment.",
        frm=f"MotionWorks Council Bluffs <councilbluffs@{MW}>",
        to="graciela.ramirez.cb@gmail.com",
        subject="Su cita de terapia el martes",
        body=(
            "Hola Sra. Graciela Ramírez:\n\nLe recordamos su cita de terapia física para la rodilla "
            "derecha (después de su cirugía de menisco) el martes 17 de noviembre a las 3:30 p. m. "
            "con Marcus. Por favor traiga ropa cómoda y la rodillera. Si necesita intérprete, ya "
            "lo tenemos programado.\n\nSaludos,\nRecepción - MotionWorks Council Bluffs\n712-555-0144"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish kidney nutrition class",
        notes="Hard negative: Spanish (ISO-8859-1) invitation to a public nutrition class for people with kidney disease; no individual.",
        frm=f"Educación al Paciente <education@{PKD}>",
        to="eventos@centrohispanolincoln.org",
        subject="Clase gratuita: comer bien con enfermedad renal",
        body=(
            "Buenas tardes:\n\nLes pedimos compartir esta invitación con la comunidad. Clase "
            "gratuita en español: 'Cómo comer bien con enfermedad renal o diabetes' - sal, potasio, "
            "fósforo y líquidos en la diálisis. Jueves 3 de diciembre, 6:00 p. m., Centro Hispano. "
            "Habrá comida saludable y cuidado de niños.\n\nEquipo de Educación, Prairie Kidney & Dialysis"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese dialysis update to son",
        notes="Hard positive: Vietnamese (UTF-8) note to a patient's son about his mother's dialysis schedule change and low hemoglobin.",
        frm=f"Kari Engstrom RN <kengstrom@{PKD}>",
        to="tuan.le.omaha@gmail.com",
        subject="Lịch lọc máu của mẹ anh",
        body=(
            "Chào anh Tuấn,\n\nTôi là y tá Kari ở Prairie Kidney (có nhờ thông dịch viên). Từ thứ Hai "
            "tuần sau, bà Lê Thị Hoa sẽ lọc máu lúc 11 giờ sáng thứ Hai, Tư, Sáu thay vì 6 giờ sáng. "
            "Xét nghiệm máu tuần này cho thấy huyết sắc tố của bà thấp (8,7), nên bác sĩ Haddad "
            "tăng liều thuốc EPO. Nếu bà mệt hoặc khó thở, xin gọi 402-555-0261.\n\nKari Engstrom, RN"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese heart health flyer",
        notes="Vietnamese (UTF-8) community flyer about heart attack warning signs and a free screening; no individual.",
        frm=f"Community Outreach <outreach@{HCA}>",
        to="lienlac@hoiviet-omaha.org",
        subject="Tờ rơi: dấu hiệu đau tim - khám huyết áp miễn phí",
        body=(
            "Kính gửi Hội Người Việt Omaha,\n\nXin chia sẻ tờ rơi này với cộng đồng:\n\n"
            "Dấu hiệu đau tim: đau hoặc tức ngực, khó thở, đau lan ra tay, hàm hoặc lưng, vã mồ hôi. "
            "Hãy gọi 911 ngay.\n\nKhám huyết áp miễn phí: thứ Bảy 12/12, 9-12 giờ sáng, tại chùa "
            "Quang Minh. Có y tá nói tiếng Việt.\n\nHeartland Cardiology Associates"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Chinese pacemaker check to daughter",
        notes="Hard positive: Chinese (GB2312) message to a daughter about her father's pacemaker check and a new blood thinner, with his name.",
        frm=f"Tamsin Oduya <toduya@{HCA}>",
        to="wangli.omaha@163.com",
        subject="关于您父亲的起搏器检查",
        body=(
            "王丽女士您好：\n\n您父亲王建国先生（出生日期 1946年3月8日）上周的起搏器远程检查显示有心房颤动，"
            "费雷拉医生建议开始服用抗凝药阿哌沙班 5毫克，每天两次。请在11月18日上午10点带他来诊所复诊。"
            "如有出血或黑便请立即联系我们：402-555-0148。\n\n"
            "Heartland Cardiology Associates 起搏器门诊\nTamsin Oduya, RN"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese hypertension talk announcement",
        notes="Chinese (GB2312) announcement of a public talk on high blood pressure by a named cardiologist; no patient.",
        frm=f"Community Outreach <outreach@{HCA}>",
        to="info@omahachinesecenter.org",
        subject="健康讲座：高血压与心脏健康",
        body=(
            "您好：\n\n我们将于12月12日（星期六）下午2点在奥马哈华人中心举办免费健康讲座，主题是"
            "“高血压与心脏健康”。主讲人：Nadia Chaudhry 医生（心脏科）。现场提供免费血压测量和中文翻译。"
            "请帮忙转发给会员，谢谢！\n\nHeartland Cardiology Associates 社区外展部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Arabic fistula appointment to relative",
        notes="Arabic (windows-1256) message to a patient's husband with her name, fistula surgery appointment and instructions.",
        frm=f"Access Coordinator <access@{PKD}>",
        to="ahmed.alsaadi77@hotmail.com",
        subject="موعد عملية الناسور لزوجتك",
        body=(
            "السيد أحمد الساعدي المحترم،\n\nنود إبلاغكم أن موعد عملية الناسور الشرياني الوريدي لزوجتك "
            "السيدة زينب الساعدي للغسيل الكلوي هو يوم الخميس 19 نوفمبر الساعة 7:30 صباحاً في مركز "
            "Capitol Vascular. يجب أن تكون صائمة بعد منتصف الليل ولا تأخذ دواء الهيبارين. سيكون هناك مترجم.\n\n"
            "روزا فيغيروا، ممرضة - Prairie Kidney & Dialysis\n402-555-0275"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic interpreter services notice",
        notes="Arabic (windows-1256) notice to a community centre about free interpreter services and clinic hours; no individual.",
        frm=f"MotionWorks PT <news@{MW}>",
        to="info@omaha-arab-center.org",
        subject="خدمات الترجمة المجانية في MotionWorks",
        body=(
            "مرحباً،\n\nيسعدنا إبلاغ أعضاء مركزكم أن MotionWorks للعلاج الطبيعي توفر مترجماً عربياً "
            "مجاناً في جميع المواعيد. نعالج آلام الظهر والركبة وإصابات العمل والإصابات الرياضية. "
            "ساعات العمل: من الاثنين إلى الجمعة 7 صباحاً - 7 مساءً، والسبت في Council Bluffs.\n\n"
            "مع التحية، فريق MotionWorks"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Somali therapy message to patient",
        notes="Hard positive: Somali (UTF-8) message to a patient at her gmail about her shoulder therapy, pain and next visit.",
        frm=f"Noelle Fontaine OTR/L <nfontaine@{MW}>",
        to="faadumo.warsame22@gmail.com",
        subject="Ballantaada xigta - daaweynta garabka",
        body=(
            "Salaan Faadumo Warsame,\n\nWaxaan kuu xasuusinayaa ballantaada xigta ee daaweynta "
            "garabka bidix (kadib qalliinka) Arbacada 18-ka Noofembar saacadda 10:00 subaxnimo. "
            "Haddii xanuunku kordho ama gacantu bararto, na soo wac 402-555-0312. Turjubaan Soomaali "
            "ah ayaa joogi doona.\n\nNoelle, MotionWorks Physical Therapy"
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=False,
        category="Somali free kidney screening notice",
        notes="Somali (UTF-8) community notice about a free kidney screening day at a mosque; no individual.",
        frm=f"Community Relations <community@{PKD}>",
        to="info@lincolnsomalicommunity.org",
        subject="Baaritaan kelyaha oo bilaash ah - Sabti",
        body=(
            "Asalaamu calaykum,\n\nFadlan la wadaag bulshada: Prairie Kidney & Dialysis waxay "
            "samayn doontaa baaritaan bilaash ah oo kelyaha, dhiig-karka iyo sonkorowga Sabtida 5-ta "
            "Diseembar, 10:00 - 2:00, masjidka Lincoln. Turjubaan Soomaali ah ayaa jiri doona.\n\n"
            "Mahadsanid,\nPatrice Obi, Community Relations"
        ),
        charset="utf-8",
        lang="so",
    ),
]
