# ruff: noqa: E501, RUF001  (long message lines; full-width punctuation is how Chinese is written)
"""Non-English and mixed-language mail from the three organisations, in the charsets used."""

from __future__ import annotations

from _spec import BSEI, CFSD, LOP, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="Spanish therapy schedule to parent",
        notes="Spanish (ISO-8859-1) message to a parent: child's name, physical therapy visits and hypotonia follow-up.",
        frm=f"Marisol Vega-Tran <mvegatran@{BSEI}>",
        to="moralesruiz.familia@outlook.com",
        subject="Visitas de terapia de Santiago en diciembre",
        body=(
            "Hola Andrea:\n\nLe escribo para confirmar las visitas de terapia física de Santiago en diciembre: "
            "martes 1, 8 y 15 a las 9:30 en su casa. Gavin va a revisar cómo camina con apoyo y los ejercicios "
            "para la hipotonía. Si Santiago está enfermo con fiebre, por favor avíseme para cambiar la cita.\n\n"
            "Saludos,\nMarisol Vega-Tran\nCoordinadora de servicios, Bright Start\n(319) 555-0317\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish flu clinic flyer",
        notes="Hard negative: Spanish (ISO-8859-1) flyer for Saturday flu clinics; no individual.",
        frm=f"Little Oaks Pediatrics <news@{LOP}>",
        to=f"familias@{LOP}",
        subject="Clínicas de vacuna contra la gripe los sábados",
        body=(
            "Estimadas familias:\n\nOfrecemos vacunas contra la gripe sin cita todos los sábados de noviembre, "
            "de 8:30 a 11:30. Los niños de 6 meses a 8 años que reciben la vacuna por primera vez necesitan "
            "dos dosis con 4 semanas de diferencia. Aceptamos Medicaid (Iowa Total Care y Molina).\n\n"
            "Pediatría Little Oaks · (319) 555-0142\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese vaccine appointment reminder",
        notes="Hard positive: Chinese (GB2312) reminder to a parent: baby's name, 4-month vaccines and weight check appointment.",
        frm=f"Kaylee Brandt <kbrandt@{LOP}>",
        to="zhang.li.cf2026@gmail.com",
        subject="预约提醒 - 王子涵 4个月体检",
        body=(
            "张丽女士您好：\n\n提醒您，王子涵（出生日期 2026年7月6日）的4个月体检定于11月18日（星期三）"
            "上午10:20，由Okoro医生看诊。届时将接种第二剂百白破、脊髓灰质炎、肺炎球菌和轮状病毒疫苗，"
            "并复查体重（上次体重偏低）。如需改期请致电 (319) 555-0142。\n\nLittle Oaks 儿科诊所\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese vision screening notice",
        notes="Hard negative: Chinese (GB2312) general notice to families that vision screening happens next week; no student.",
        frm=f"CFSD Health Services <healthservices@{CFSD}>",
        to=f"families.hawthorne@{CFSD}",
        subject="视力和听力筛查通知",
        body=(
            "各位家长：\n\n学校护士将于11月4日至6日为幼儿园、一年级、三年级和五年级学生进行视力和听力筛查。"
            "如果您的孩子戴眼镜，请当天让孩子带上眼镜。如不希望孩子参加筛查，请通知健康办公室。\n\n"
            "Cedar Falls 学区健康服务部\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Vietnamese sent-home note",
        notes="Vietnamese (UTF-8) note from the school nurse to a parent: child sent home with fever and vomiting.",
        frm=f"Beth Lundquist <blundquist@{CFSD}>",
        to="nguyenthanhha1990@yahoo.com",
        subject="Con của chị - phòng y tế trường",
        body=(
            "Chào chị Hà,\n\nHôm nay lúc 11 giờ bé Nguyễn Gia Bảo (lớp 1, cô Reyes) bị sốt 38,7 độ và nôn hai lần "
            "ở phòng y tế. Theo quy định, bé cần ở nhà cho đến khi hết sốt 24 giờ mà không dùng thuốc hạ sốt. "
            "Xin chị đến đón bé sớm.\n\n(English: Bao had a fever of 101.7 and vomited twice; please pick him up.)\n\n"
            "Beth Lundquist, RN\nSchool Nurse, Hawthorne Elementary\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese outreach flyer",
        notes="Hard negative: Vietnamese (UTF-8) early intervention outreach text for a community group; no child.",
        frm=f"Bright Start Early Intervention <outreach@{BSEI}>",
        to="info@vietnamesecommunitycv.org",
        subject="Tờ thông tin: Can thiệp sớm miễn phí cho trẻ dưới 3 tuổi",
        body=(
            "Kính gửi Hội Cộng đồng,\n\nXin vui lòng chia sẻ thông tin sau với các gia đình: Nếu con quý vị dưới 3 tuổi "
            "chưa biết nói, chưa biết đi hoặc chậm phát triển, chương trình Early ACCESS đánh giá miễn phí. "
            "Có thông dịch viên tiếng Việt. Gọi (319) 555-0300.\n\nBright Start Early Intervention\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Arabic newborn jaundice follow-up",
        notes="Hard positive: Arabic (windows-1256) message to a mother: newborn's name, jaundice bilirubin recheck appointment.",
        frm=f"Dr. Ngozi Okoro <nokoro@{LOP}>",
        to="rania.alkhatib@hotmail.com",
        subject="موعد فحص اليرقان - يوسف",
        body=(
            "السيدة رانيا الخطيب،\n\nنتيجة فحص البيليروبين لطفلك يوسف الخطيب (مولود في 7 نوفمبر) كانت 15.2، "
            "وهي قريبة من حد العلاج الضوئي. نرجو إحضاره غداً الساعة 9 صباحاً لإعادة الفحص، والاستمرار في "
            "الرضاعة كل ساعتين إلى ثلاث ساعات.\n\nد. Ngozi Okoro\nLittle Oaks Pediatrics (319) 555-0142\n"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic immunization requirements",
        notes="Hard negative: Arabic (windows-1256) general notice on required school vaccines for grade 7; no student.",
        frm=f"CFSD Health Services <healthservices@{CFSD}>",
        to=f"families.holmes@{CFSD}",
        subject="اللقاحات المطلوبة لطلاب الصف السابع",
        body=(
            "أولياء الأمور الكرام،\n\nيشترط قانون ولاية أيوا حصول طلاب الصف السابع على لقاح Tdap ولقاح "
            "MenACWY قبل بداية العام الدراسي. يمكنكم الحصول على اللقاحات مجاناً من قسم الصحة في المقاطعة. "
            "يرجى إرسال شهادة التطعيم إلى مكتب الصحة في المدرسة.\n\nخدمات الصحة - مدارس سيدار فولز\n"
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
