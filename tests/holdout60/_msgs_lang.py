"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Cyrillic)

from __future__ import annotations

from _spec import PVH, SKY, SRT, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish discharge note to patient's mother",
        notes="Spanish discharge advice to a mother's gmail naming her son, his febrile seizure and the medication.",
        frm=f"Pinecrest Valley ED <ed@{PVH}>",
        to="yesenia.barragan83@gmail.com",
        subject="Instrucciones para Mateo",
        body=(
            "Sra. Barragán:\n\nMateo Barragán (3 años) fue atendido en Urgencias el 17 de marzo por una convulsión febril "
            "y otitis media. Dele amoxicilina 400 mg dos veces al día por 10 días y acetaminofén para la fiebre. "
            "Si vuelve a convulsionar más de 5 minutos, llame al 911.\n\nUrgencias, Pinecrest Valley Hospital"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish air ambulance membership flyer",
        notes="Hard negative: Spanish membership flyer mentioning heart attacks and accidents generically; no individual.",
        frm=f"Skyward Membership <members@{SKY}>",
        to="boletin@latinosdelvalle.org",
        subject="Membresía Skyward: proteja a su familia",
        body=(
            "Un infarto o un accidente en el rancho puede requerir un vuelo de emergencia. Con la membresía Skyward "
            "($85 al año por hogar) usted no paga nada de su bolsillo por vuelos médicamente necesarios. Llame al 555-0146."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese family update from transfer centre",
        notes="Hard positive: Vietnamese update to a daughter's yahoo naming her father, his ICU bed and stroke thrombectomy.",
        frm=f"Family Liaison <familyliaison@{SRT}>",
        to="thuy.nguyen.billings@yahoo.com",
        subject="Cập nhật về bố của chị",
        body=(
            "Chị Thủy thân mến,\n\nBố của chị, ông Nguyễn Văn Lộc, đã được chuyển đến Trung tâm Chấn thương Summit lúc 21 giờ ngày 16/3 "
            "và đã được lấy huyết khối do đột quỵ. Hiện ông nằm ở phòng ICU thần kinh số 5, tình trạng ổn định. "
            "Gia đình có thể gọi 555-0134.\n\nNhân viên liên lạc gia đình"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese visiting hours notice",
        notes="Vietnamese general visiting-hours and parking notice for families; no patient.",
        frm=f"Patient Relations <patientrelations@{SRT}>",
        to="vanphong@vietcommunitymt.org",
        subject="Giờ thăm bệnh và bãi đậu xe",
        body=(
            "Kính gửi cộng đồng,\n\nGiờ thăm bệnh tại Summit Regional: 9 giờ sáng đến 9 giờ tối, tối đa hai người. "
            "Bãi đậu xe miễn phí cho gia đình bệnh nhân tại cổng B. Có thông dịch viên tiếng Việt miễn phí."
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Russian flight bill explanation to patient",
        notes="Russian explanation of the air-transport bill to a patient's mail.ru address with name, date and diagnosis.",
        frm=f"Skyward Billing <billing@{SKY}>",
        to="o.volkova1971@mail.ru",
        subject="Счёт за авиаперевозку",
        body=(
            "Уважаемая Ольга Волкова,\n\nВаша перевозка вертолётом 9 марта 2026 года из больницы Диллона в Summit Regional "
            "(диагноз: расслоение аорты) была оплачена страховой компанией частично. Остаток: 3 120 долларов. "
            "Вопросы по телефону 555-0145.\n\nSkyward Air Medical"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian interpreter request for staff",
        notes="Russian-language contract renewal note to an interpreter agency; no patient.",
        frm=f"Pinecrest Valley ED <ed@{PVH}>",
        to="dispatch@bigskyinterpreters.com",
        subject="Переводчик по телефону - договор",
        body=(
            "Здравствуйте,\n\nМы хотим продлить договор на телефонный перевод с русского языка для отделения неотложной помощи "
            "на 2026 год. Пожалуйста, пришлите новые тарифы.\n\nОтделение неотложной помощи, Pinecrest Valley"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Tagalog update to relative abroad",
        notes="Hard positive: Tagalog message to a relative's yahoo naming the patient, her transfer date, ruptured-appendix surgery and ward.",
        frm=f"Family Liaison <familyliaison@{SRT}>",
        to="marites.dizon@yahoo.com",
        subject="Tungkol kay Rowena",
        body=(
            "Magandang araw po, Gng. Dizon,\n\nSi Rowena Dizon-Abad ay inilipat dito sa Summit Regional noong Marso 16 at inoperahan "
            "dahil sa pumutok na apendiks. Maayos na po ang lagay niya at nasa ward 4B. Maaari po kayong tumawag sa 555-0134.\n\n"
            "Family Liaison, Summit Regional Trauma Center"
        ),
        charset="iso-8859-1",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog job posting for nurses",
        notes="Hard negative: Tagalog recruiting note for Filipino nurses mentioning trauma and ICU care; no patient.",
        frm=f"Recruiting <careers@{SRT}>",
        to="info@pinoynursesabroad.org",
        subject="Naghahanap kami ng mga ICU nurse",
        body=(
            "Kumusta po! Ang Summit Regional Trauma Center sa Montana ay naghahanap ng mga ICU at trauma nurse. "
            "May tulong sa visa at pabahay. Mag-apply bago Abril 30."
        ),
        charset="iso-8859-1",
        lang="tl",
    ),
]
