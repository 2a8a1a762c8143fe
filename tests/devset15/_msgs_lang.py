# ruff: noqa: RUF001  (CJK and Arabic punctuation and letters are the point of this file)
"""Messages in patients' languages: Spanish, Vietnamese, Chinese and Arabic, both labels each."""

from __future__ import annotations

from _spec import MCPH, NFC, PSD, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="Spanish letter to parent: child's positive TB skin test",
        notes="Hard positive: plain Spanish greeting, a child's first name with a positive TB "
        "skin test and a chest x-ray appointment, ISO-8859-1.",
        frm=f"tb.kim@{MCPH}",
        to="rosa.perez.marlow@gmail.com",
        subject="Resultado de la prueba",
        body=(
            "Hola Sra. Pérez:\n\nLa prueba de la piel de Daniela salió positiva (12 mm). No "
            "quiere decir que esté enferma ni que contagie, pero necesita una radiografía de "
            "tórax. Le hicimos cita para el jueves 12 de noviembre a las 9:30 en nuestra "
            "clínica, 410 Courthouse Square. Si no puede, llame al 507-290-3040.\n\n"
            "Saludos,\nEnfermería de Tuberculosis\nDepartamento de Salud Pública del Condado de "
            "Marlow\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Spanish note to parent: child vomiting with fever",
        notes="Hard positive: a school nurse tells a parent in Spanish that her son vomited and "
        "has a fever; first name only.",
        frm=f"health.office.pms@{PSD}",
        to="lupe.arriaga77@yahoo.com",
        subject="Mateo - favor de recogerlo",
        body=(
            "Hola Sra. Arriaga,\n\nMateo vomitó en clase y tiene 38.6 °C de fiebre. Está "
            "descansando en la enfermería. ¿Puede venir por él antes de la 1? No puede regresar "
            "hasta 24 horas sin fiebre ni vómito.\n\nGracias,\nDenise - Enfermería, Pinecrest "
            "Middle\n"
        ),
        charset="utf-8",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish flu clinic announcement",
        notes="Hard negative: a Spanish flyer about influenza, vaccines and symptoms; no person.",
        frm=f"immunizations@{MCPH}",
        to="comunidad-latina@marlowfamilyservices.org",
        subject="Clínicas de vacuna contra la gripe - noviembre",
        body=(
            "Estimados socios:\n\nFavor de compartir: el Departamento de Salud Pública ofrece "
            "vacunas gratis contra la influenza y el COVID-19 para toda la familia, sin "
            "importar el seguro ni el estatus migratorio.\n- Sábado 14 de noviembre, Iglesia San "
            "José, 9-1\n- Martes 17, Biblioteca de Marlow, 3-7\nLa gripe causa fiebre, tos y "
            "dolores; la vacuna reduce las hospitalizaciones.\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish school-wide screening program letter",
        notes="Hard negative: a Spanish letter to all families about upcoming vision and hearing "
        "screening; no child's results.",
        frm=f"nurse.whitcomb@{PSD}",
        to=f"familias-pes@{PSD}",
        subject="Exámenes de la vista y del oído",
        body=(
            "Estimadas familias:\n\nDel 16 al 20 de noviembre haremos los exámenes de la vista y "
            "del oído para los grados K, 1, 3 y 5. Si su hijo no pasa, le enviaremos una carta. "
            "Si no desea que participe, avísenos por escrito.\n\nMeredith Whitcomb, enfermera "
            "escolar\n"
        ),
        charset="utf-8",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese note to parent: child's MMR dose due",
        notes="Hard positive: a Vietnamese greeting, a child's name and his missing second MMR "
        "dose with an appointment.",
        frm=f"immunizations@{MCPH}",
        to="lan.nguyen.mn@outlook.com",
        subject="Lịch tiêm cho bé Minh",
        body=(
            "Chào chị Lan,\n\nBé Minh (Trần Gia Minh) còn thiếu mũi MMR thứ hai và mũi thủy đậu "
            "thứ hai. Chúng tôi đã đặt hẹn tiêm vào thứ Tư 18/11 lúc 4 giờ chiều tại phòng khám "
            "của Sở Y tế Quận Marlow. Nếu cần đổi giờ, chị gọi 507-290-3060 nhé.\n\n"
            "Chương trình Tiêm chủng\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese general TB information",
        notes="Hard negative: general Vietnamese information about latent TB and treatment; no "
        "person.",
        frm=f"o.mbeki@{MCPH}",
        to="vietnamese-community@marlowfamilyservices.org",
        subject="Tài liệu về bệnh lao tiềm ẩn",
        body=(
            "Kính gửi các đối tác,\n\nXin chia sẻ tài liệu: Lao tiềm ẩn không gây triệu chứng và "
            "không lây. Điều trị 3 tháng (3HP) giúp ngăn bệnh lao. Xét nghiệm máu và chụp X-quang "
            "miễn phí tại Sở Y tế Quận Marlow.\n\nChương trình Kiểm soát Bệnh Lao\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Chinese letter: adult's positive TB blood test",
        notes="Hard positive: a GB2312 letter greeting Mr. Wang, his positive TB blood test and a "
        "clinic appointment.",
        frm=f"tb.kim@{MCPH}",
        to="wang.jianguo1970@163.com",
        subject="检查结果通知",
        body=(
            "王先生您好：\n\n您十一月四日的结核血液检查（QuantiFERON）结果为阳性。这不代表您"
            "有传染性，但需要拍胸片。我们已为您预约十一月十三日上午十点，地址：410 Courthouse "
            "Square。如需更改，请致电 507-290-3040。\n\n马洛县公共卫生局 结核病防治科\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese international student health insurance notice",
        notes="Hard negative: a GB2312 notice to international students about the health insurance "
        "waiver and required TB screening; no person.",
        frm=f"intl-health@{NFC}",
        to=f"intl-students-cn@{NFC}",
        subject="国际学生健康保险和结核筛查提醒",
        body=(
            "各位同学好：\n\n请在十一月三十日前完成学生健康保险的豁免申请。所有新入学的国际学生"
            "须在学生健康中心完成结核筛查（血液检查）。学生健康中心地址：Hollis Hall 二楼。\n\n"
            "诺斯菲尔德学院 学生健康与咨询中心\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Arabic note to parent: child's asthma inhaler",
        notes="Hard positive: a Windows-1256 Arabic note greeting a mother, naming her daughter "
        "and her asthma attack and inhaler.",
        frm=f"nurse.whitcomb@{PSD}",
        to="umm.zainab.yusuf@hotmail.com",
        subject="بخاخ زينب",
        body=(
            "السلام عليكم أم زينب،\n\nأصيبت زينب بنوبة ربو خفيفة بعد حصة الرياضة اليوم وأعطيناها "
            "بخاخ الألبوتيرول، وهي بخير الآن. البخاخ الموجود في المدرسة شبه فارغ، أرجو إرسال بخاخ "
            "جديد مع زينب غداً.\n\nميريديث ويتكومب، ممرضة المدرسة\n"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic immunization clinic hours",
        notes="Windows-1256 Arabic notice of free immunization clinic hours; no person.",
        frm=f"immunizations@{MCPH}",
        to="arabic-community@marlowfamilyservices.org",
        subject="مواعيد عيادة التطعيم",
        body=(
            "الأصدقاء الأعزاء،\n\nعيادة التطعيم في إدارة الصحة العامة لمقاطعة مارلو مفتوحة كل "
            "ثلاثاء وخميس من الساعة 1 إلى 6 مساءً. التطعيمات مجانية للأطفال المؤهلين. يرجى إحضار "
            "سجل التطعيم.\n\nبرنامج التطعيم\n"
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
