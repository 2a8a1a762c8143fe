"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, non-ASCII letters)

from __future__ import annotations

from _spec import BDE, KMS, SFA, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish post-operative follow-up to patient",
        notes="Spanish message to the patient's gmail naming her with bunion surgery, pain medication and follow-up date.",
        frm=f"Dr. Colin Marsh <cmarsh@{SFA}>",
        to="graciela.montano71@gmail.com",
        subject="Su cita de seguimiento después de la cirugía",
        body=(
            "Estimada Sra. Graciela Montaño:\n\nEsperamos que se esté recuperando bien de la cirugía de juanete (pie izquierdo) "
            "del 12 de noviembre. Su cita para quitar los puntos es el martes 24 de noviembre a las 10:00. Siga tomando el "
            "ibuprofeno 600 mg con comida y mantenga el pie elevado.\n\nStonebridge Foot & Ankle"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish shoe-fitting instructions for all customers",
        notes="Hard negative: generic Spanish instructions for diabetic shoe fitting appointments; no individual.",
        frm=f"KeyStep Customer Care <care@{KMS}>",
        to="frontdesk@clinicalatinacolumbus.org",
        subject="Instrucciones en español para la prueba de zapatos",
        body=(
            "Para sus pacientes hispanohablantes:\n\nPRUEBA DE ZAPATOS TERAPÉUTICOS: venga por la tarde, cuando los pies están más "
            "hinchados. Traiga los calcetines que usa a diario. Revise sus pies todos los días y avise si ve ampollas o enrojecimiento."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese A1c update to patient's daughter",
        notes="Hard positive: Vietnamese message to the daughter naming her mother with A1c result and insulin change.",
        frm=f'"Marguerite Osei, RN, CDCES" <mosei@{BDE}>',
        to="lan.tran.pham@yahoo.com",
        subject="Kết quả A1c của mẹ chị",
        body=(
            "Chào chị Lan,\n\nKết quả A1c của mẹ chị, bà Phạm Thị Hồng, ngày 13 tháng 11 là 8,1% (trước đây 9,6%). Bác sĩ đã giảm "
            "insulin Lantus xuống 18 đơn vị mỗi tối. Buổi học tiếp theo của bà là thứ Ba 1/12.\n\nTrung tâm Giáo dục Tiểu đường Bluewater"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese class flyer for community partner",
        notes="Vietnamese flyer announcing a free diabetes prevention class; no individual.",
        frm=f"Bluewater Community Outreach <outreach@{BDE}>",
        to="office@toledovietnamesecommunity.org",
        subject="Lớp học phòng ngừa tiểu đường miễn phí",
        body=(
            "Kính gửi Hội Cộng đồng,\n\nTrung tâm Bluewater mở lớp học miễn phí về phòng ngừa bệnh tiểu đường bằng tiếng Việt, "
            "các ngày thứ Bảy trong tháng 1. Xin vui lòng chia sẻ với các thành viên. Đăng ký: 419-555-0120."
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Haitian Creole CGM delivery confirmation to patient",
        notes="Haitian Creole message to the patient's personal mailbox naming him with CGM sensor delivery and coinsurance.",
        frm=f"KeyStep Customer Care <care@{KMS}>",
        to="jeanrobert.celestin@gmail.com",
        subject="Lòd ou a rive",
        body=(
            "Bonjou Mesye Jean-Robert Célestin,\n\nNou voye 3 detektè CGM pou sik nan san ou (dyabèt) jodi a. Asirans ou peye 80%; "
            "ou dwe $22.40. Si ou gen pwoblèm ak aparèy la, rele nou nan 614-555-0170.\n\nKeyStep Medical Supply"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="Haitian Creole foot-care tips for church health ministry",
        notes="Haitian Creole general foot-care tips sent to a church health ministry; no individual.",
        frm=f"Stonebridge Foot & Ankle <news@{SFA}>",
        to="sante@egliseboncommunitydayton.org",
        subject="Konsèy pou swen pye",
        body=(
            "Bonjou,\n\nMen kèk konsèy pou manm yo: gade pye ou chak jou, lave yo ak dlo tyèd, seche ant zòtèy yo, epi pa mache "
            "san soulye. Moun ki gen dyabèt dwe wè yon doktè pye chak ane.\n\nStonebridge Foot & Ankle"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=True,
        category="Polish glucometer training confirmation to patient",
        notes="Polish message to a named patient confirming glucometer training and reporting her fasting glucose readings.",
        frm=f'"Daniel Ferreira, RD, CDCES" <dferreira@{BDE}>',
        to="halina.wozniak@hotmail.com",
        subject="Szkolenie z glukometru - potwierdzenie",
        body=(
            "Szanowna Pani Halino Woźniak,\n\npotwierdzamy szkolenie z obsługi glukometru w czwartek 19 listopada o 14:00. "
            "Pani poranne pomiary cukru z zeszłego tygodnia (145-170 mg/dl) są za wysokie; proszę zabrać dzienniczek i listę leków "
            "(metformina).\n\nZ poważaniem,\nBluewater Diabetes Education Center"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=False,
        category="Polish holiday hours notice to partner pharmacy",
        notes="Polish notice of holiday opening hours sent to a partner pharmacy; no individual.",
        frm=f"KeyStep Customer Care <care@{KMS}>",
        to="apteka@polskaaptekacleveland.com",
        subject="Godziny otwarcia w Święto Dziękczynienia",
        body=(
            "Dzień dobry,\n\ninformujemy, że oddziały KeyStep będą zamknięte 26-27 listopada. Zamówienia złożone online zostaną "
            "wysłane w poniedziałek 30 listopada.\n\nPozdrawiamy,\nKeyStep Medical Supply"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
]
