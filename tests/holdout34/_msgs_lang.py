"""Non-English and mixed-language mail from the three organisations."""
# ruff: noqa: RUF001

from __future__ import annotations

from _spec import ALIGN, MSP, PIC, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish pre-procedure instructions",
        notes=(
            "Spanish instructions to a patient's yahoo mailbox naming her injection and "
            "anticoagulant hold."
        ),
        frm=f"Angela Ruiz <aruiz@{MSP}>",
        to="guadalupe.renteria@yahoo.com",
        subject="Instrucciones para su inyección del jueves",
        body=(
            "Estimada Sra. Rentería:\n\nLe recordamos que su inyección epidural lumbar con la Dra. "
            "Brandt es el jueves 12 de noviembre a las 8:15. Debe suspender el clopidogrel "
            "(Plavix) "
            "7 días antes, como lo autorizó su cardiólogo. No coma nada después de la medianoche y "
            "venga acompañada de un adulto que pueda manejar.\n\nSaludos,\nAngela Ruiz\nRecepción"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish general office hours",
        notes="Spanish holiday hours notice to a general mailing list, no individual.",
        frm=f"Align PT Front Desk <frontdesk@{ALIGN}>",
        to="pacientes-boletin@lists.alignpt.com",
        subject="Horario del Día de Acción de Gracias",
        body=(
            "Estimados pacientes:\n\nNuestras clínicas estarán cerradas el jueves 26 de "
            "noviembre. El martes 24 cerramos a las 3 de la tarde. Si necesita cambiar su cita, "
            "llámenos al (614) 555-0148. ¡Felices fiestas!\n\nAlign Physical Therapy"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese MRI prep to relative",
        notes=(
            "Hard positive: Simplified Chinese note to a son's gmail naming his father's MRI, "
            "pacemaker question and time."
        ),
        frm=f"Rosa Delgado <rdelgado@{PIC}>",
        to="wei.zhang.columbus@gmail.com",
        subject="您父亲的核磁共振检查",
        body=(
            "张先生您好：\n\n"
            "您父亲张建国（出生日期1951年3月8日）的腰椎核磁共振检查"
            "已改到11月19日上午10点。因为他装有心脏起搏器，"
            "请在检查前把起搏器的型号卡带来，我们需要确认是否可以做核磁共振。"
            "\n\n谢谢！\nPrecision Imaging Center 预约部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese parking and directions",
        notes=(
            "Chinese directions/parking info to a general inquiry, no health details about a "
            "person."
        ),
        frm=f"Precision Imaging Center <appointments@{PIC}>",
        to="lin.meihua@163.com",
        subject="回复：停车和地址",
        body=(
            "您好：\n\n我们的地址是 1450 Bethel Rd, Columbus OH 43220。"
            "大楼后面有免费停车场，入口在右侧。周一至周六早上7点到晚上9点营业。"
            "如需中文翻译服务，请在预约时告诉我们，服务免费。"
            "\n\nPrecision Imaging Center"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Vietnamese PT visit update",
        notes=(
            "Vietnamese message to a patient's daughter about her mother's shoulder therapy and "
            "pain medication."
        ),
        frm=f"Sofia Marquez <smarquez@{ALIGN}>",
        to="thuy.tran.ohio@hotmail.com",
        subject="Lịch tập vật lý trị liệu của mẹ chị",
        body=(
            "Chào chị Thủy,\n\nMẹ chị, bà Nguyễn Thị Lan, đã tập xong buổi thứ 6 cho vai phải sau "
            "phẫu thuật. Bà còn đau khoảng 5/10, nên chị nhắc bà uống thuốc giảm đau 30 phút "
            "trước buổi tập thứ Hai lúc 9 giờ sáng.\n\nCảm ơn chị,\nSofia Marquez, PTA\nAlign "
            "Physical Therapy"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese interpreter vendor",
        notes="Vietnamese/English business mail to an interpreter agency about rates, no patient.",
        frm=f"Karen Whitlock <kwhitlock@{ALIGN}>",
        to="scheduling@buckeyelanguageservices.com",
        subject="Vietnamese and Somali interpreter rates 2027",
        body=(
            "Hi Linh,\n\nCould you send 2027 rates for in-person Vietnamese and Somali "
            "interpreters (2-hour minimum) and video remote? Chúng tôi cần thêm thông dịch viên "
            "vào thứ Hai và thứ Tư buổi sáng.\n\nCảm ơn,\nKaren Whitlock\nCOO, Align Physical "
            "Therapy"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Somali appointment reminder",
        notes="Somali reminder to a patient's gmail naming his nerve-block procedure and fasting.",
        frm=f"Metro Spine & Pain Institute <reminders@{MSP}>",
        to="abdirahman.warsame22@gmail.com",
        subject="Xasuusin: ballanta Isniinta",
        body=(
            "Mudane Abdirahman Warsame,\n\nWaxaan kuu xasuusinaynaa in ballantaada duritaanka "
            "neerfaha dhabarka (medial branch block) ay tahay Isniinta 16 Nofembar, 7:45 "
            "subaxnimo, Dr. Menon. Ha cunin wax cunto ah saqda dhexe kadib, keen qof ku wadi kara "
            "gaariga.\n\nMetro Spine & Pain Institute\n(614) 555-0100"
        ),
        lang="so",
    ),
    Spec(
        phi=False,
        category="Somali community health fair",
        notes="Somali flyer text for a community back-pain workshop, no individual.",
        frm=f"Outreach <outreach@{MSP}>",
        to="info@somalicommunitycolumbus.org",
        subject="Aqoon-is-weydaarsi: xanuunka dhabarka",
        body=(
            "Asc,\n\nMetro Spine & Pain Institute waxay qabanaysaa aqoon-is-weydaarsi bilaash ah "
            "oo ku saabsan xanuunka dhabarka iyo jimicsiga, Sabtida 5 Disembar, 11:00 subaxnimo, "
            "Maktabadda Northland. Turjumaan Soomaali ah ayaa joogi doona.\n\nFadlan la wadaag "
            "bulshada.\nLena Strauss, Outreach"
        ),
        lang="so",
    ),
]
