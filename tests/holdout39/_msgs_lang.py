"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Cyrillic, Arabic-script punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish actinic keratosis treatment letter to patient",
        notes="Spanish letter to a named patient's gmail with his actinic keratosis diagnosis and fluorouracil treatment.",
        frm="Aspen Creek Dermatology <results@aspencreekderm.com>",
        to="ramiro.quintana.fc@gmail.com",
        subject="Instrucciones para su tratamiento",
        body=(
            "Estimado Sr. Ramiro Quintana:\n\nEn su consulta del 12 de marzo la Dra. Venkataraman encontró varias queratosis "
            "actínicas (lesiones precancerosas) en la frente y el cuero cabelludo. Aplique la crema de fluorouracilo al 5 % dos "
            "veces al día durante 3 semanas. Es normal que la piel se ponga roja y con costras. Evite el sol y use un sombrero.\n\n"
            "Su cita de control es el 14 de abril a las 9:00.\n\nAspen Creek Dermatology\nTel. 970-555-0131"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish laser hair removal promotion",
        notes="Spanish-language promotion for laser hair removal to a general list; no individual.",
        frm="Solstice Skin & Laser <hola@solsticemedspa.com>",
        to="boletin-es@lists.solsticemedspa.com",
        subject="¡Depilación láser: 30 % de descuento en abril!",
        body=(
            "¡Hola!\n\nEn abril, todas las sesiones de depilación láser tienen 30 % de descuento. Consulta gratuita con nuestra "
            "enfermera. Atendemos en español los martes y sábados.\n\nReserve en solsticemedspa.com/es o llame al 970-555-0150.\n\n"
            "Para darse de baja, responda BAJA."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese post-laser hyperpigmentation follow-up to client",
        notes="Hard positive: Vietnamese note to a named client about darkening after her laser session and a follow-up visit.",
        frm="Mae (Solstice) <mae@solsticemedspa.com>",
        to="lan.nguyenthi88@yahoo.com",
        subject="Chị Lan ơi, về vết thâm sau laser",
        body=(
            "Chào chị Nguyễn Thị Lan,\n\nEm đã xem ảnh chị gửi. Các vết thâm ở hai bên má sau buổi laser ngày 5/3 là tăng sắc tố "
            "sau viêm, thường sẽ mờ dần trong 6-8 tuần. Bác sĩ Castellanos kê cho chị kem hydroquinone 4%, thoa mỗi tối, và nhớ "
            "dùng kem chống nắng SPF 50. Chị hẹn tái khám ngày 2/4 lúc 11 giờ nhé.\n\nMae\nSolstice Skin & Laser Medspa"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese contact dermatitis flyer for nail salon workers",
        notes="Hard negative: Vietnamese education flyer about hand eczema and acrylate allergy for salon workers; no individual.",
        frm="Aspen Creek Dermatology <outreach@aspencreekderm.com>",
        to="info@coloradovietnameseassoc.org",
        subject="Tờ rơi: bảo vệ da tay cho thợ làm móng (bản tiếng Việt)",
        body=(
            "Kính gửi Hội,\n\nXin gửi tờ rơi để phát tại buổi họp tháng 4:\n\nBẢO VỆ DA TAY: Viêm da tiếp xúc và dị ứng acrylate rất "
            "thường gặp ở thợ làm móng. Hãy đeo găng tay nitrile (không dùng găng latex hay vinyl), rửa tay bằng xà phòng dịu nhẹ và "
            "thoa kem dưỡng sau mỗi khách. Nếu da bị ngứa, nứt hoặc phồng rộp hơn 2 tuần, hãy đi khám bác sĩ da liễu.\n\n"
            "Aspen Creek Dermatology - khám sàng lọc miễn phí ngày 18/4."
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Russian blepharoplasty pre-op instructions to patient",
        notes="Russian pre-operative instructions to a named patient's mail.ru address for her upper blepharoplasty.",
        frm="Joanna Pike RN <jpike@marloweplastics.com>",
        to="svetlana.korol@mail.ru",
        subject="Ваша операция 2 апреля",
        body=(
            "Уважаемая Светлана Король,\n\nНапоминаем, что ваша операция (верхняя блефаропластика) у доктора Марлоу назначена на "
            "2 апреля в 8:00. За 7 дней до операции прекратите принимать аспирин, ибупрофен и рыбий жир. Так как у вас гипертония, "
            "утром примите лозартан, запив небольшим глотком воды. После операции вам нельзя водить машину, поэтому приходите с "
            "сопровождающим.\n\nС уважением,\nMarlowe Plastic & Reconstructive Surgery\n970-555-0181"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian breast reconstruction information for community centre",
        notes="Hard negative: Russian general information on reconstruction after mastectomy and insurance coverage; no individual.",
        frm="Marketing <marketing@marloweplastics.com>",
        to="info@russiancommunityfc.org",
        subject="Информация о реконструкции груди для вашей рассылки",
        body=(
            "Здравствуйте!\n\nПо вашей просьбе направляем текст для рассылки:\n\nРеконструкция груди после мастэктомии по закону "
            "(WHCRA) покрывается медицинской страховкой. Возможна реконструкция имплантом или собственными тканями (DIEP-лоскут). "
            "Консультацию можно получить с переводчиком бесплатно. Запись по телефону 970-555-0181.\n\n"
            "Marlowe Plastic & Reconstructive Surgery"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Persian update to son about mother's pemphigus infusion",
        notes="Hard positive: Persian message to a son naming his mother Parvin with her pemphigus vulgaris and rituximab infusion plan.",
        frm="Dr. Priya Venkataraman <pvenkataraman@aspencreekderm.com>",
        to="kaveh.sadeghi.co@gmail.com",
        subject="درباره درمان مادرتان",
        body=(
            "آقای کاوه صادقی عزیز،\n\nبا اجازه مادرتان، خانم پروین صادقی، نتیجه نمونه‌برداری پوست ایشان تأیید کرد که بیماری "
            "پمفیگوس ولگاریس است. ما تزریق ریتوکسیماب را پیشنهاد می‌کنیم: دو دوز به فاصله دو هفته، اولین نوبت ۲۵ مارس در مرکز "
            "تزریق بیمارستان. لطفاً داروی پردنیزولون را طبق دستور ادامه دهند و قطع نکنند.\n\nDr. Priya Venkataraman\n"
            "Aspen Creek Dermatology - 970-555-0131"
        ),
        charset="utf-8",
        lang="fa",
    ),
    Spec(
        phi=False,
        category="Persian Nowruz promotion",
        notes="Persian-language Nowruz greeting and facial promotion to a general list; no individual.",
        frm="Solstice Skin & Laser <hello@solsticemedspa.com>",
        to="persian-community@lists.solsticemedspa.com",
        subject="نوروزتان پیروز! تخفیف ویژه فیشیال",
        body=(
            "نوروز مبارک!\n\nبه مناسبت سال نو، تا ۳۱ مارس همه فیشیال‌ها و پاکسازی پوست با ۲۰٪ تخفیف. برای رزرو با شماره "
            "970-555-0150 تماس بگیرید یا به solsticemedspa.com سر بزنید.\n\nSolstice Skin & Laser Medspa"
        ),
        charset="utf-8",
        lang="fa",
    ),
]
