"""Non-English and mixed-language mail from all three organisations, in the charsets used."""

# ruff: noqa: RUF001  (Chinese punctuation and Arabic letters are the point of this file)

from __future__ import annotations

from _spec import LST, SKD, WIC, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="Spanish post-sedation follow-up to parent",
        notes=(
            "Spanish: child's name, extraction and ibuprofen dosing to parent's gmail (iso-8859-1)"
        ),
        frm=f"Marisol Gutierrez <mgutierrez@{SKD}>",
        to="adriana.cervantes.m@gmail.com",
        subject="Cuidados después de la cita de Valentina",
        body=(
            "Hola Sra. Cervantes:\n\nLe escribo para dar seguimiento a la cita de Valentina de "
            "ayer con la Dra. Anand. Le hicimos dos extracciones (muelas de abajo) con sedación "
            "oral. Recuerde:\n- Solo comida blanda hoy\n- Ibuprofeno infantil 7.5 mL cada 6 "
            "horas si tiene dolor\n- Si sangra mucho, muerda la gasa 20 minutos\n\nSi tiene "
            "fiebre o hinchazón, llámenos.\n\nSaludos,\nMarisol\nSunrise Children's Dental"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish clinic hours flyer",
        notes=(
            "Hard negative: Spanish WIC announcement about new hours and anemia screening "
            "generally"
        ),
        frm=f"Harbor County WIC <news@{WIC}>",
        to=f"suscriptores@{WIC}",
        subject="Nuevo horario de la clínica Westside",
        body=(
            "¡Hola familias!\n\nA partir del 1 de diciembre la clínica Westside abrirá los "
            "sábados de 9 a 1. Recuerde que en WIC revisamos la hemoglobina de los niños para "
            "detectar anemia, y ofrecemos apoyo para la lactancia materna.\n\nEsta institución "
            "es un proveedor que ofrece igualdad de oportunidades."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="mixed Spanish/English therapy update to grandmother",
        notes=(
            "Hard positive: mixed-language note to abuela's yahoo: first name + feeding therapy "
            "progress"
        ),
        frm=f"Camila Ruiz <cruiz@{LST}>",
        to="abuela.carmen.rios@yahoo.com",
        subject="Mateo - terapia de alimentación",
        body=(
            "Hola Doña Carmen,\n\nQuick update since you bring Mateo on Thursdays: hoy comió "
            "tres cucharadas de puré de zanahoria sin vomitar, ¡gran avance! Please keep "
            "offering the new foods en la mesa sin presión, and keep the PediaSure at 2 "
            "botellas al día como dijo el doctor. Nos vemos el jueves.\n\nCamila, OTR/L"
        ),
        charset="utf-8",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish job posting bilingual receptionist",
        notes="Hard negative: Spanish/English job posting at the dental office",
        frm=f"Renee Baptiste <rbaptiste@{SKD}>",
        to="empleos@harborlatinochamber.org",
        subject="Empleo: Recepcionista bilingüe - clínica dental infantil",
        body=(
            "Buenos días,\n\n¿Podrían compartir este puesto?\n\nRecepcionista bilingüe "
            "(español/inglés), tiempo completo. Funciones: programar citas, verificar seguros "
            "dentales (Medi-Cal Dental), ayudar a las familias con formularios. $21-24/hora."
            "\n\nRenee Baptiste, Gerente"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese WIC recert reminder",
        notes="Vietnamese: named mother and infant, WIC appointment and formula (utf-8)",
        frm=f"Harbor County WIC <appointments@{WIC}>",
        to="nguyenthilan85@yahoo.com",
        subject="Nhắc hẹn WIC cho bé Minh Khoa",
        body=(
            "Chào chị Nguyễn Thị Lan,\n\nĐây là lời nhắc lịch hẹn WIC của chị và bé Minh Khoa "
            "vào thứ Năm 19/11 lúc 2 giờ chiều tại phòng khám Eastside. Bé đang dùng sữa công "
            "thức Similac Alimentum theo toa của bác sĩ vì dị ứng đạm sữa bò. Xin mang theo "
            "giấy tờ của bác sĩ.\n\nWIC Quận Harbor"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese breastfeeding class announcement",
        notes="Hard negative: Vietnamese class announcement, no participant",
        frm=f"Amaya Blackfeather <ablackfeather@{WIC}>",
        to=f"lophoc@{WIC}",
        subject="Lớp học nuôi con bằng sữa mẹ tháng 12",
        body=(
            "Kính gửi các gia đình,\n\nWIC mở lớp học nuôi con bằng sữa mẹ bằng tiếng Việt vào "
            "thứ Ba 8/12, 10 giờ sáng. Chúng tôi sẽ nói về cách cho bé bú đúng tư thế và cách "
            "tăng lượng sữa. Miễn phí.\n\nWIC Quận Harbor"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Chinese dental treatment plan to parent",
        notes="Chinese (gb2312): child's name, cavities and sedation plan to parent's 163.com",
        frm=f"Dr. Priya Anand <panand@{SKD}>",
        to="liwei.harbor@163.com",
        subject="陈子涵的治疗计划",
        body=(
            "李女士您好：\n\n陈子涵今天检查发现有五颗蛀牙，其中两颗需要做牙髓治疗和不锈钢牙冠。"
            "因为孩子比较紧张，我们建议在口服镇静下完成治疗。预约时间是十二月三日上午八点。"
            "治疗前一晚十二点以后不能吃东西。\n\n如有问题请来电。\nAnand 医生"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese parent newsletter",
        notes="Hard negative: Chinese (gb2312) tooth-brushing tips, no child",
        frm=f"Sunrise Children's Dental <hello@{SKD}>",
        to=f"newsletter-zh@{SKD}",
        subject="儿童护牙小贴士",
        body=(
            "各位家长好：\n\n孩子每天应刷牙两次，每次两分钟，使用含氟牙膏。三岁以下用米粒大小的"
            "牙膏，三到六岁用豌豆大小。少喝果汁，睡前不要喝奶。每六个月检查一次牙齿。\n\n"
            "Sunrise 儿童牙科"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Arabic therapy schedule message to father",
        notes="Arabic (windows-1256): son's name and speech therapy for autism to father's hotmail",
        frm=f"Front Office <frontoffice@{LST}>",
        to="khaled.alsayed@hotmail.com",
        subject="موعد جلسة علاج النطق لابنكم يوسف",
        body=(
            "السيد خالد السيد المحترم،\n\nنود تذكيركم بأن جلسة علاج النطق لابنكم يوسف ستكون يوم "
            "الاثنين 23 نوفمبر الساعة الرابعة مساءً مع الأخصائية نادية. سنواصل العمل على أهداف "
            "التواصل الخاصة باضطراب طيف التوحد.\n\nمع التحية،\nLittle Steps Pediatric Therapy"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic WIC eligibility info",
        notes="Hard negative: Arabic program eligibility info, no individual",
        frm=f"Harbor County WIC <news@{WIC}>",
        to=f"arabic-outreach@{WIC}",
        subject="برنامج WIC: من يحق له التسجيل؟",
        body=(
            "يقدم برنامج WIC أطعمة صحية واستشارات غذائية ودعم الرضاعة الطبيعية للحوامل والأمهات "
            "المرضعات والأطفال دون سن الخامسة. اتصلوا بنا لتحديد موعد.\n\nهذه المؤسسة مقدم خدمات "
            "يتيح فرصاً متكافئة."
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Korean ortho appointment with retainer issue",
        notes=(
            "Hard positive: Korean (euc-kr): child's name, lost retainer and relapse to mother's "
            "naver"
        ),
        frm=f"Dr. Lucas Ferreira <lferreira@{SKD}>",
        to="minji.kang77@naver.com",
        subject="서준이 유지장치 관련",
        body=(
            "강민지 어머님께,\n\n서준이가 유지장치를 잃어버린 후 아래 앞니가 다시 틀어지기 "
            "시작했습니다. 새 유지장치를 만들기 위해 다음 주 화요일 오후 4시에 본을 뜨겠습니다. "
            "비용은 보험 적용 후 150달러입니다.\n\nFerreira 교정과"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean clinic holiday notice",
        notes="Korean (euc-kr) office closure notice, no patients",
        frm=f"Sunrise Children's Dental <hello@{SKD}>",
        to=f"newsletter-ko@{SKD}",
        subject="추수감사절 휴무 안내",
        body=(
            "안녕하세요. Sunrise 어린이 치과는 11월 26일과 27일에 휴무입니다. 응급 상황 시 "
            "대표 번호로 전화해 주세요. 감사합니다."
        ),
        charset="euc-kr",
        lang="ko",
    ),
]
