"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Cyrillic and Devanagari)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish post-op reminder to patient's daughter",
        notes="Hard positive: Spanish note to daughter's gmail naming her mother and her denture adjustment after extractions.",
        frm="Riverbend Dental <dentalfrontdesk@riverbendchc.org>",
        to="yesenia.carranza88@gmail.com",
        subject="Cita de su mamá - ajuste de dentadura",
        body=(
            "Hola Yesenia:\n\nLe recordamos que su mamá, la Sra. Herminia Carranza, tiene cita el martes 24 de marzo "
            "a las 9:00 con el Dr. Wrobel para ajustar la dentadura inmediata que le pusimos después de las "
            "extracciones. Si todavía le sangra la encía, que siga con los enjuagues de agua tibia con sal.\n\n"
            "Clínica Dental Riverbend - (608) 555-0140"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish billing FAQ for patients",
        notes="Hard negative: Spanish general explanation of sliding fee and insurance; no individual.",
        frm="Patient Billing Help <help@keystonedentalbilling.com>",
        to="frontdesk-all@riverbendchc.org",
        subject="Preguntas frecuentes sobre facturas (español)",
        body=(
            "Para imprimir y dar a los pacientes:\n\n¿Por qué recibí una factura? Su seguro pagó una parte y "
            "queda un saldo. ¿Puedo pagar a plazos? Sí, con saldos mayores de $300. ¿Qué es la escala móvil? "
            "Un descuento según el tamaño y el ingreso de su familia."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese wisdom-teeth aftercare to patient",
        notes="Hard positive: Vietnamese message to patient's gmail naming him, his surgery and antibiotic.",
        frm="Summit Oral Surgery <frontdesk@summitoralsurgery.com>",
        to="tranminhkhoa.wi@gmail.com",
        subject="Hướng dẫn sau phẫu thuật",
        body=(
            "Chào anh Trần Minh Khoa,\n\nHôm nay bác sĩ Nguyễn đã nhổ 2 răng khôn hàm dưới của anh. Anh uống "
            "amoxicillin 500 mg ngày 3 lần trong 7 ngày và ibuprofen khi đau. Không hút thuốc trong 72 giờ. "
            "Tái khám ngày 31 tháng 3.\n\nSummit Oral & Maxillofacial Surgery"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese community dental day flyer",
        notes="Vietnamese flyer for a free dental screening day; no individual.",
        frm="Riverbend Community Health <news@riverbendchc.org>",
        to="info@vietnamesecommunitywi.org",
        subject="Ngày khám răng miễn phí - 18 tháng 4",
        body=(
            "Kính gửi Hội Cộng đồng Việt Nam,\n\nPhòng nha Riverbend tổ chức ngày khám răng miễn phí cho trẻ em "
            "và người lớn vào thứ Bảy 18 tháng 4, từ 9 giờ đến 14 giờ. Có thông dịch viên tiếng Việt. "
            "Xin vui lòng chia sẻ với các gia đình."
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Hindi balance reminder to patient",
        notes="Hard positive: Hindi/English mixed message to patient's outlook naming her, her dental implant surgery and balance.",
        frm="Patient Billing Help <help@keystonedentalbilling.com>",
        to="priya.raghunathan@outlook.com",
        subject="आपका बकाया - Summit Oral Surgery",
        body=(
            "नमस्ते प्रिया रघुनाथन जी,\n\n2 मार्च को हुए आपके dental implant (D6010, दाँत #14) का बीमा भुगतान आ गया है। "
            "आपकी बकाया राशि $640 है। आप किश्तों में भी भुगतान कर सकती हैं।\n\nKeystone Dental Billing, (414) 555-0128"
        ),
        charset="utf-8",
        lang="hi",
    ),
    Spec(
        phi=False,
        category="Hindi oral hygiene tips for community group",
        notes="Hard negative: Hindi general advice on brushing, tobacco (gutka) and oral cancer; no individual.",
        frm="Riverbend Community Health <news@riverbendchc.org>",
        to="events@madisonhindutemple.org",
        subject="मुँह के स्वास्थ्य के लिए सुझाव",
        body=(
            "नमस्ते,\n\nआपके समुदाय के लिए कुछ सुझाव: दिन में दो बार फ्लोराइड टूथपेस्ट से ब्रश करें। गुटखा और पान मसाला "
            "मुँह के कैंसर का खतरा बढ़ाते हैं। मधुमेह वाले लोगों को मसूड़ों की बीमारी अधिक होती है। "
            "अप्रैल में हमारे यहाँ मुफ्त जाँच होगी।\n\nRiverbend Community Health Center"
        ),
        charset="utf-8",
        lang="hi",
    ),
    Spec(
        phi=True,
        category="Russian biopsy appointment to patient's son",
        notes="Hard positive: Russian reply to son's mail.ru about father's jaw lesion biopsy and warfarin hold.",
        frm="Summit Oral Surgery <frontdesk@summitoralsurgery.com>",
        to="d.sokolov.mke@mail.ru",
        subject="Re: биопсия отца",
        body=(
            "Здравствуйте, Дмитрий!\n\nВаш отец, Виктор Соколов, записан на биопсию образования нижней челюсти "
            "27 марта в 8:30 к доктору Пателу. Варфарин нужно прекратить за 3 дня только после согласования с его "
            "кардиологом. Результат гистологии будет через 5-7 дней.\n\nSummit Oral & Maxillofacial Surgery"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian vendor message about billing software",
        notes="Russian message to a software contractor about a claims export bug; no patient data.",
        frm="IT <it@keystonedentalbilling.com>",
        to="dev@kodlab-outsource.ru",
        subject="Ошибка выгрузки 837D",
        body=(
            "Коллеги,\n\nпри выгрузке файла 837D сегмент SV3 теряет номер зуба, если код процедуры начинается с D7. "
            "Тестовые данные вышлем отдельно, только синтетические. Просим исправить до 1 апреля.\n\nKeystone IT"
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
