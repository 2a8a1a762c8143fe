"""Non-English mail from the three organisations (8): Spanish, Polish, Vietnamese, Arabic."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish pre-procedure instructions",
        notes="Spanish instructions to the patient's gmail naming him, his vein ablation date and his warfarin hold.",
        frm="Cedar Ridge Scheduling <scheduling@cedarridgevascular.com>",
        to="rogelio.munguia63@gmail.com",
        subject="Instrucciones para su procedimiento",
        body=(
            "Estimado Sr. Rogelio Munguía:\n\nSu ablación con radiofrecuencia de la vena safena izquierda está programada para el "
            "miércoles 22 de abril a las 9:00. Suspenda la warfarina cinco días antes y traiga sus medias de compresión. "
            "Después del procedimiento deberá caminar 20 minutos.\n\nSi tiene preguntas, llame al (503) 555-0111.\n\nCedar Ridge Vein & Vascular"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish diabetic foot care tips",
        notes="Hard negative: Spanish foot-care tips for people with diabetes sent to a community clinic; no individual.",
        frm="Bellmont Educación <educacion@bellmontwound.org>",
        to="promotoras@clinicasalud-woodburn.org",
        subject="Consejos para el cuidado de los pies",
        body=(
            "Hola equipo:\n\nLes compartimos nuestros consejos para personas con diabetes: revise sus pies todos los días, "
            "no camine descalzo, use zapatos cómodos y llame a su médico si una herida no sana en dos semanas. "
            "Nuestro centro ofrece tratamiento de heridas y oxígeno hiperbárico.\n\nBellmont Wound & Hyperbaric Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Polish home visit update to family",
        notes="Hard positive: Polish update to a son's outlook naming his mother, her pressure wound and the wound vac visits.",
        frm="Kestrel Home Health <clinical@kestrelhomehealth.com>",
        to="tomasz.ostrowski@outlook.com",
        subject="Wizyty pielęgniarki u mamy",
        body=(
            "Szanowny Panie Tomaszu,\n\nPielęgniarka odwiedzi Pana mamę, Halinę Ostrowską, w poniedziałek, środę i piątek rano. "
            "Odleżyna na kości krzyżowej zmniejsza się; opatrunek podciśnieniowy zmieniamy trzy razy w tygodniu. "
            "Prosimy pilnować zmiany pozycji co dwie godziny.\n\nZ poważaniem,\nFaye Tran, pielęgniarka"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=False,
        category="Polish job advertisement for aides",
        notes="Polish job advertisement for home health aides; no patients.",
        frm="Kestrel Careers <careers@kestrelhomehealth.com>",
        to="ogloszenia@polonia-salem.org",
        subject="Ogłoszenie: opiekunki domowe",
        body=(
            "Kestrel Home Health zatrudni opiekunki i opiekunów domowych w Salem i Keizer. "
            "Elastyczne godziny, zwrot kosztów dojazdu, szkolenie na miejscu. Kontakt: (503) 555-0150."
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=True,
        category="Vietnamese hyperbaric schedule to patient",
        notes="Vietnamese schedule to the patient's yahoo naming her, her hyperbaric treatments and the radiation wound.",
        frm="Bellmont Hyperbaric <hbo@bellmontwound.org>",
        to="nguyenthilan1956@yahoo.com",
        subject="Lịch điều trị oxy cao áp",
        body=(
            "Kính gửi bà Nguyễn Thị Lan,\n\nBà sẽ bắt đầu điều trị oxy cao áp cho vết thương do xạ trị ở ngực vào thứ Hai, ngày 20 tháng 4, "
            "lúc 10 giờ sáng, tổng cộng 30 buổi. Xin đừng dùng kem dưỡng da trước khi vào buồng.\n\nTrung tâm Bellmont, (503) 555-0130"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese leg vein awareness notice",
        notes="Hard negative: Vietnamese notice about varicose vein symptoms and a free screening day; no individual.",
        frm="Cedar Ridge Outreach <outreach@cedarridgevascular.com>",
        to="info@hoicongdongviet-portland.org",
        subject="Ngày khám tĩnh mạch chân miễn phí",
        body=(
            "Xin chào,\n\nNếu bạn bị đau nhức, sưng chân hoặc giãn tĩnh mạch, hãy đến ngày khám miễn phí của Cedar Ridge "
            "vào thứ Bảy 9 tháng 5, từ 9 giờ đến 12 giờ trưa. Có phiên dịch tiếng Việt.\n\nCedar Ridge Vein & Vascular"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Arabic home health visit confirmation",
        notes="Hard positive: Arabic confirmation to a daughter's gmail naming her father, his insulin teaching and heart failure visits.",
        frm="Kestrel Scheduling <scheduling@kestrelhomehealth.com>",
        to="layla.haddad.or@gmail.com",
        subject="موعد زيارة الممرضة لوالدك",
        body=(
            "السيدة ليلى حداد المحترمة،\n\nستزور الممرضة والدك السيد يوسف حداد يوم الثلاثاء 21 أبريل الساعة العاشرة صباحا "
            "لتعليمه حقن الأنسولين ومتابعة قصور القلب ووزنه اليومي.\n\nمع التحية،\nكيستريل للرعاية الصحية المنزلية"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic wound care services overview",
        notes="Arabic overview of the wound centre's services and hours for a community centre; no individual.",
        frm="Bellmont Wound & Hyperbaric Center <info@bellmontwound.org>",
        to="office@salemarabiccommunity.org",
        subject="خدمات مركز علاج الجروح",
        body=(
            "مرحبا،\n\nيقدم مركز بيلمونت علاج الجروح المزمنة وقرح القدم السكرية والعلاج بالأكسجين عالي الضغط. "
            "ساعات العمل من الاثنين إلى الجمعة، من الثامنة صباحا حتى الخامسة مساء. الهاتف: (503) 555-0130."
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
