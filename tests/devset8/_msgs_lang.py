# ruff: noqa: RUF001
"""Non-English outbound mail from the three organisations: Spanish, Somali, Vietnamese and
Arabic, each once with PHI and once without, in the charsets their senders' clients use."""

from __future__ import annotations

from _spec import CGS, NG, RB, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="gestational diabetes result in Spanish",
        notes="Promotora tells a patient at gmail, in Spanish, her glucose test result, "
        "gestational diabetes and nutrition appointment.",
        frm=f"Marisela Ortega <mortega@{RB}>",
        to="lupita.ramirez.soto@gmail.com",
        subject="Resultado de su prueba y cita con la nutrióloga",
        body=(
            "Hola Sra. Ramírez:\n\nLe escribo de parte de la partera Ingrid Sorensen. El "
            "resultado de su prueba de tolerancia a la glucosa del 5 de noviembre salió alto "
            "(168 mg/dL a la hora), así que tiene diabetes gestacional. No se preocupe, con "
            "dieta y control se maneja bien y el bebé va creciendo normal.\n\nLe hicimos cita "
            "con la nutrióloga Beatriz Salcedo el martes 17 de noviembre a las 3:30 p.m. y ese "
            "día le vamos a dar un glucómetro. Traiga su tarjeta de Medical Assistance.\n\n"
            "Saludos,\nMarisela Ortega, Promotora de Salud\nRiverbend Community Health Center\n"
            "612-555-0146\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="vaccine clinic info in Spanish",
        notes="Reply in Spanish to a community member's hotmail with free vaccine clinic and "
        "insurance enrolment information; nothing about his health.",
        frm=f"Community Outreach <outreach@{RB}>",
        to="ernesto.villanueva@hotmail.com",
        subject="Información: vacunas gratis y ayuda con el seguro médico",
        body=(
            "Estimado Sr. Villanueva:\n\nGracias por visitar nuestra mesa en la feria de la "
            "iglesia San José. Como le comentamos, el sábado 21 de noviembre tendremos una "
            "feria de salud gratuita en el Eastside Recreation Center (700 Jackson Ave) de "
            "10 a.m. a 1 p.m.:\n\n- Vacunas contra la gripe y el COVID-19 para toda la familia\n"
            "- Revisión de presión arterial y azúcar\n- Ayuda para inscribirse en Medical "
            "Assistance o MinnesotaCare\n- Despensa de alimentos\n\nNo se necesita cita ni "
            "seguro médico. Habrá intérpretes en español.\n\nAtentamente,\nRashida Coleman\n"
            "Coordinadora de Alcance Comunitario\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="latent TB treatment in Somali",
        notes="Refugee health nurse writes to a patient's son at gmail in Somali: mother's "
        "name, DOB, positive IGRA, latent TB and rifampin, next appointment.",
        frm=f"Lena Kowalczyk RN <lkowalczyk@{RB}>",
        to="cabdiraxmaan.abdi94@gmail.com",
        subject="Hooyadaa - natiijada baaritaanka TB iyo ballanta xigta",
        body=(
            "Salaan Cabdiraxmaan,\n\nWaxaan kuu soo qorayaa ku saabsan hooyadaa, Faadumo "
            "Maxamed Cabdi (taariikhda dhalashada 02/11/1986), sidii aad codsatay. Baaritaanka "
            "dhiigga ee TB-ga (IGRA) wuxuu soo baxay mid togan, laakiin raajada laabta waa "
            "caadi. Tani waxay la macno tahay TB qarsoon - ma aha mid la kala qaado.\n\n"
            "Dr. Osei wuxuu u qoray daawada rifampin 600 mg maalin kasta, muddo 4 bilood ah. "
            "Ballanteeda xigta waa Khamiista 19 Noofembar, saacadda 9:30 subaxnimo, Riverbend "
            "CHC, 1420 Mill Street. Turjubaan Soomaali ah ayaa joogi doona.\n\nFadlan ii soo "
            "wac 612-555-0144 haddii aad su'aal qabto.\n\nMahadsanid,\nLena Kowalczyk, RN\n"
        ),
        lang="so",
    ),
    Spec(
        phi=False,
        category="school flu shot notice in Somali",
        notes="Somali notice to families about free school flu shots and sports physical "
        "hours; no student.",
        frm=f"Cedar Grove SBHC <sbhc@{CGS}>",
        to="Somali Families <somalifamilies@cedargrove.k12.mn.us>",
        subject="Tallaalka hargabka oo bilaash ah - dugsiyada Cedar Grove",
        body=(
            "Waalidiinta sharafta leh,\n\nXarunta caafimaadka dugsiga ee Cedar Grove waxay "
            "bixinaysaa tallaalka hargabka (flu) oo bilaash ah ardayda oo dhan, 16-20 "
            "Noofembar, caymis ha lahaadaan ama yaysan lahaanin. Fadlan buuxi foomka "
            "oggolaanshaha oo ku celi xafiiska dugsiga.\n\nBaaritaanka jirka ee ciyaaraha "
            "(sports physicals) waxaa la sameeyaa Talaadada iyo Khamiista, 2:30-4:00, qolka "
            "114.\n\nSu'aalo? Wac 612-555-0230. Turjubaan Soomaali ah ayaa diyaar ah.\n\n"
            "Xarunta Caafimaadka Dugsiga ee Cedar Grove\n"
        ),
        lang="so",
    ),
    Spec(
        phi=True,
        category="flu A result to parent in Vietnamese",
        notes="School nurse tells a parent at yahoo, in Vietnamese, her named child's positive "
        "influenza test and Tamiflu prescription.",
        frm=f"Soo-Jin Lee RN <slee@{CGS}>",
        to="huong.tran.millbrook@yahoo.com",
        subject="Bé Minh Anh - kết quả xét nghiệm cúm",
        body=(
            "Chào chị Hương,\n\nHôm nay bé Trần Minh Anh (lớp 2, cô Thompson) bị sốt 38,9 độ "
            "và đau họng. Em đã làm xét nghiệm nhanh tại phòng y tế: cúm A dương tính. Bác sĩ "
            "Fuentes-Moreau đã kê Tamiflu (oseltamivir) 45 mg, uống 2 lần mỗi ngày trong 5 "
            "ngày, gửi tới nhà thuốc CVS trên đường Lake.\n\nBé cần nghỉ học đến khi hết sốt "
            "24 giờ mà không dùng thuốc hạ sốt. Nếu bé khó thở hoặc không uống nước được, xin "
            "đưa bé đi cấp cứu.\n\nSoo-Jin Lee, RN\nTrung tâm Y tế Học đường Cedar Grove\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese counselling outreach",
        notes="Vietnamese letter to a community association announcing counselling services "
        "and a talk on depression and gambling; no individual.",
        frm=f"Linh Dang LICSW <ldang@{NG}>",
        to="Ban Chấp Hành <banchaphanh@millbrookvietcommunity.org>",
        subject="Chương trình tư vấn sức khỏe tâm thần bằng tiếng Việt",
        body=(
            "Kính gửi Ban Chấp Hành Hội Cộng Đồng Người Việt Millbrook,\n\nNorthgate "
            "Behavioral Health & Recovery xin giới thiệu chương trình tư vấn sức khỏe tâm thần "
            "và cai nghiện bằng tiếng Việt, bắt đầu từ tháng 1 năm 2027. Dịch vụ được bảo mật, "
            "nhận bảo hiểm Medical Assistance và có giảm phí theo thu nhập.\n\nChúng tôi muốn "
            "tổ chức một buổi nói chuyện về trầm cảm, lo âu và cờ bạc tại hội quán vào thứ "
            "Bảy 12/12. Xin quý Hội cho biết có thể hỗ trợ được không.\n\nTrân trọng,\n"
            "Đặng Thùy Linh, LICSW\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="dental extraction reminder in Arabic",
        notes="Arabic reminder to a patient's husband at hotmail: wife's name, DOB, wisdom "
        "tooth extraction and antibiotic.",
        frm=f"Riverbend Dental <dental@{RB}>",
        to="ahmed.alhusseini@hotmail.com",
        subject="تذكير بموعد عيادة الأسنان",
        body=(
            "السيد أحمد الحسيني المحترم،\n\nنود تذكيركم بموعد زوجتكم السيدة فاطمة الزهراء "
            "الحسيني (تاريخ الميلاد 12/04/1985) في عيادة الأسنان يوم الأربعاء 18 نوفمبر الساعة "
            "10:30 صباحا لخلع ضرس العقل السفلي الأيمن مع الدكتور هالفورسن.\n\nيرجى أن تستمر في "
            "تناول المضاد الحيوي أموكسيسيلين الذي وصف لها بسبب الالتهاب، وعدم الأكل قبل الموعد "
            "بساعتين. سيكون هناك مترجم عربي.\n\nعيادة ريفربند للأسنان\n612-555-0170\n"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="health fair announcement in Arabic",
        notes="Arabic announcement of a free health fair sent to a mosque's office; no individual.",
        frm=f"Community Outreach <outreach@{RB}>",
        to="Office <office@millbrookislamiccenter.org>",
        subject="دعوة إلى يوم صحي مجاني",
        body=(
            "إلى إدارة المركز الإسلامي في ميلبروك،\n\nيسر مركز ريفربند الصحي المجتمعي دعوة "
            "الأسر إلى يوم صحي مجاني يوم السبت 21 نوفمبر من الساعة 10 صباحا حتى 1 ظهرا في مركز "
            "إيستسايد الترفيهي: فحص ضغط الدم والسكري، لقاحات الإنفلونزا وكوفيد، والمساعدة في "
            "التسجيل في برنامج WIC والتأمين الصحي.\n\nيتوفر مترجمون باللغة العربية. نرجو نشر "
            "هذا الإعلان بعد صلاة الجمعة.\n\nمع الشكر،\nرشيدة كولمان، منسقة التوعية المجتمعية\n"
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
