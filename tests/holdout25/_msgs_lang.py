# ruff: noqa: RUF001
"""Non-English and mixed-language messages from all three organisations, in real charsets."""

from __future__ import annotations

from _spec import LAM, RRMC, TSPC, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="spanish ed callback",
        notes="ED callback nurse writes to a patient at gmail in Spanish (ISO-8859-1) about "
        "her ankle fracture and orthopaedic appointment.",
        frm=f"ED Callback Nurse <edcallback@{RRMC}>",
        to="guadalupe.ortega.r@gmail.com",
        subject="Resultado de su radiografía",
        body="Estimada Sra. Guadalupe Ortega:\n\nLe escribe la enfermera de seguimiento del "
        "Departamento de Emergencias de Riverside Regional. El radiólogo revisó su radiografía "
        "del 8 de noviembre y confirmó una fractura del tobillo derecho (maléolo lateral). "
        "Siga con la férula y sin apoyar el pie. Tiene cita con ortopedia el lunes 16 de "
        "noviembre a las 10:00 en el edificio B.\n\nSi tiene dolor que no mejora con el "
        "ibuprofeno, llame al 555-0148.\n\nAtentamente,\nEnfermera Maribel Ocasio",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="spanish parent followup",
        notes="Hard positive: poison center follows up in Spanish with a mother at yahoo; "
        "child's first name only plus clonidine ingestion and ICU stay.",
        frm=f"Anjali Raman <araman@{TSPC}>",
        to="yesenia.rivas77@yahoo.com",
        subject="¿Cómo sigue Sofía?",
        body="Hola Sra. Rivas:\n\nLe escribo del Centro de Envenenamiento para saber cómo "
        "sigue Sofía. Nos alegró saber que salió de la unidad de cuidados intensivos y que "
        "ya está despierta después de tragar la clonidina de su abuelo. Recuerde guardar todas "
        "las medicinas bajo llave.\n\nSaludos,\nAnjali Raman\nCentro de Envenenamiento "
        "Tri-State, 1-800-222-1222",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="spanish brochure request",
        notes="Hard negative: Spanish reply to a community member's hotmail about ordering "
        "poison-prevention magnets; no exposure, no care.",
        frm=f"Tri-State Poison Center <outreach@{TSPC}>",
        to="lupita.campos.iglesia@hotmail.com",
        subject="Re: imanes y folletos en español",
        body="Hola Lupita:\n\nCon gusto le enviamos 200 imanes y 200 folletos en español para "
        "la feria de salud de su iglesia el 21 de noviembre. Los folletos explican qué hacer "
        "si un niño traga pilas de botón, medicinas o productos de limpieza.\n\nGracias,\n"
        "Equipo de Educación",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="vietnamese billing family",
        notes="Lifeline billing writes in Vietnamese to a son at gmail about his father's "
        "stroke flight and the claim.",
        frm=f"Patient Accounts <accounts@{LAM}>",
        to="minhnguyen.family@gmail.com",
        subject="Hóa đơn chuyến bay cấp cứu của ông Nguyễn Văn Phúc",
        body="Kính gửi anh Minh,\n\nChúng tôi đã nhận thẻ bảo hiểm của cha anh, ông Nguyễn "
        "Văn Phúc (ngày sinh 03/02/1949). Chuyến bay cấp cứu ngày 29/10/2026 từ bệnh viện "
        "Lakeside đến Summit Neuroscience vì đột quỵ đã được gửi cho Medicare. Số tài khoản "
        "6642058.\n\nTrân trọng,\nPhòng Thanh toán, Lifeline Air Medical",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="vietnamese flu clinic flyer",
        notes="Hard negative: Vietnamese community flyer about a free flu-shot clinic sent to "
        "a community leader's gmail; health topic, no individual.",
        frm=f"Community Health <communityhealth@{RRMC}>",
        to="hoi.nguoiviet.harlan@gmail.com",
        subject="Tiêm phòng cúm miễn phí - thứ Bảy 21/11",
        body="Kính gửi Hội người Việt,\n\nBệnh viện Riverside Regional tổ chức tiêm phòng cúm "
        "và COVID-19 miễn phí vào thứ Bảy 21/11, 9 giờ sáng đến 1 giờ chiều, tại trung tâm "
        "cộng đồng. Có thông dịch viên tiếng Việt. Xin vui lòng chia sẻ với các thành viên.\n\n"
        "Trân trọng,\nBan Sức khỏe Cộng đồng",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="chinese family update",
        notes="Hard positive: ED nurse writes in Chinese (GB2312) to a daughter at qq.com "
        "about her mother's "
        "hip fracture surgery.",
        frm=f"Tamsin Hale RN <thale@{RRMC}>",
        to="lixiaowen1985@qq.com",
        subject="关于您母亲李秀英的情况",
        body="李小姐您好：\n\n您母亲李秀英今天早上在急诊科确诊为右髋部骨折，骨科医生计划"
        "明天上午做手术。她目前疼痛已经控制，血压正常。手术前需要停用阿司匹林。如有问题请"
        "打电话 555-0140 转急诊科。\n\n护士 Tamsin Hale\nRiverside Regional 急诊科",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="chinese mushroom warning",
        notes="Hard negative: Chinese-language foraging warning for a community association "
        "newsletter; mentions poisoning in general only.",
        frm=f"Tri-State Poison Center <outreach@{TSPC}>",
        to="editor@harlanchinesecommunity.org",
        subject="社区通讯稿：秋季野生蘑菇中毒提醒",
        body="编辑您好：\n\n请在下期通讯中刊登以下提醒：秋季是采摘野生蘑菇的季节，有些毒蘑菇"
        "与可食用蘑菇非常相似，误食可能导致肝衰竭。如果吃了野生蘑菇后出现呕吐或腹泻，请立即"
        "拨打中毒控制中心电话 1-800-222-1222，提供免费中文翻译服务。\n\n谢谢！",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="russian son rehab",
        notes="Hard positive: ED social worker writes in Russian (KOI8-R) to a son at "
        "mail.ru about his "
        "father's stroke admission and rehab placement.",
        frm=f"Sarah Nelson LCSW <snelson@{RRMC}>",
        to="a.smirnov.jr@mail.ru",
        subject="Ваш отец, Анатолий Смирнов",
        body="Здравствуйте, Алексей!\n\nЯ социальный работник отделения неотложной помощи. "
        "Ваш отец, Анатолий Смирнов, госпитализирован с инсультом (слабость в правой руке). "
        "Врачи рекомендуют реабилитационный центр после выписки. Пожалуйста, позвоните мне "
        "по номеру 555-0145, чтобы обсудить страховку Medicare и выбор центра.\n\n"
        "Сара Нельсон",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="russian membership inquiry",
        notes="Hard negative: Russian reply to a prospective member at yandex.ru about "
        "membership price; no health information about the person.",
        frm=f"Lifeline Membership <membership@{LAM}>",
        to="olga.petrenko@yandex.ru",
        subject="Re: стоимость членства Lifeline",
        body="Здравствуйте, Ольга!\n\nСпасибо за интерес. Семейное членство Lifeline стоит "
        "75 долларов в год и покрывает всех, кто живёт по вашему адресу. Записаться можно "
        "на сайте или по телефону 1-800-555-0199.\n\nС уважением,\nОтдел членства",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="arabic appointment reminder",
        notes="Hard positive: ED follow-up in Arabic (windows-1256) to a husband's hotmail "
        "about his wife's kidney stone and urology appointment.",
        frm=f"ED Callback Nurse <edcallback@{RRMC}>",
        to="k.haddad.home@hotmail.com",
        subject="موعد المتابعة لزوجتك",
        body="السيد خليل حداد المحترم،\n\nنود تذكيرك بأن زوجتك السيدة فاطمة حداد لديها موعد "
        "متابعة مع طبيب المسالك البولية يوم الثلاثاء 17 نوفمبر الساعة 2:30 بعد زيارتها لقسم "
        "الطوارئ بسبب حصوة في الكلى. يرجى إحضار نتيجة تحليل البول.\n\nقسم الطوارئ",
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="arabic prevention magnets",
        notes="Hard negative: Arabic confirmation to a community volunteer's gmail about "
        "poison-prevention materials; no patient.",
        frm=f"Tri-State Poison Center <outreach@{TSPC}>",
        to="noura.volunteer.harlan@gmail.com",
        subject="مواد التوعية باللغة العربية",
        body="الأخت نورة،\n\nشكراً لتطوعك. سنرسل 150 نشرة باللغة العربية عن حفظ الأدوية "
        "ومواد التنظيف بعيداً عن الأطفال لمعرض المركز الإسلامي يوم السبت. رقم مركز السموم "
        "1-800-222-1222 يعمل على مدار الساعة.\n\nفريق التوعية",
        charset="windows-1256",
        lang="ar",
    ),
]
