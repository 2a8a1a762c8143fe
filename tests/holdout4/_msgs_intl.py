# ruff: noqa: E501, RUF001
"""Hand-written holdout4 messages in Spanish, Navajo-English, Marshallese, Ukrainian, Vietnamese and Arabic."""

from __future__ import annotations

from _att import DOCX, docx
from _spec import HH as E
from _spec import HOSP as P
from _spec import RX as M
from _spec import Att, Spec

MESSAGES: list[Spec] = [
    Spec(
        True,
        "family_update_es",
        "Spanish: hospice nurse tells a daughter her mother's condition and morphine dosing.",
        f"Corinne Baptiste RN <cbaptiste@{E}>",
        "lupita.castro.rdz@gmail.com",
        "Sobre su mamá",
        "Hola Lupita:\n\nSu mamá, Imelda Castro, está más cansada y casi no come. Le subimos la morfina a\n"
        "5 mg cada 4 horas si tiene falta de aire. La enfermera va mañana a las 10. Si tiene dolor en\n"
        "la noche llame al 555-0199.\n\nCorinne\n",
        lang="es",
        charset="iso-8859-1",
    ),
    Spec(
        True,
        "rx_pickup_es",
        "Hard positive: Spanish pharmacy note naming a patient's insulin and glucose strips, no diagnosis word.",
        f"Main Street Pharmacy <rx@{M}>",
        "ramon.echeverria@yahoo.com",
        "Su receta",
        "Sr. Ramón Echeverría: su insulina glargina y las tiras para medir el azúcar ya están listas.\n"
        "El seguro pagó todo menos $12. Recuerde guardar la insulina en el refrigerador.\n\nFarmacia Main Street\n",
        lang="es",
    ),
    Spec(
        False,
        "flu_clinic_es",
        "Hard negative: Spanish flyer for a walk-in flu clinic, no individual.",
        f"Pine Hollow Clinic <clinic@{P}>",
        "comunidad@lists.pinehollowhospital.org",
        "Vacunas contra la gripe - sábado",
        "Vacunas gratis contra la gripe y el COVID este sábado de 9 a 1 en la iglesia San José.\n"
        "No necesita cita. Traiga su tarjeta de seguro si la tiene. Se habla español.\n",
        lang="es",
        charset="iso-8859-1",
    ),
    Spec(
        True,
        "family_update_nv",
        "Hard positive: Navajo-English mix to a grandson about his grandfather's dialysis and admission.",
        f"Delphine Yazzie RN <dyazzie@{P}>",
        "t.begay.shiprock@gmail.com",
        "your shicheii",
        "Yá'át'ééh Tyrell,\n\nYour shicheii Hastiin Albert Begay came into the azee'ál'į́ last night, his\n"
        "potassium was high and he missed dialysis Monday. He's on the med floor room 204, doing better\n"
        "this morning. He asked for his azee' from home and his mutton stew, haha. Shimá says call her.\n\n"
        "Ahéhee', Delphine\n",
        lang="nv",
    ),
    Spec(
        False,
        "chapter_house_nv",
        "Hard negative: Navajo-English chapter-house health fair announcement, no individual.",
        f"Community Outreach <outreach@{P}>",
        "chapter.officials@lists.pinehollowhospital.org",
        "Health fair at the chapter house",
        "Yá'át'ééh shik'éí,\n\nPine Hollow nurses will be at the chapter house Dec 17, 10 to 2: blood pressure,\n"
        "diabetes screening, azee' review, flu shots. Bring your medicine bottles. Blue bird flour\n"
        "giveaway for the first 50. Ahéhee'!\n",
        lang="nv",
    ),
    Spec(
        True,
        "family_update_mh",
        "Marshallese: clinic tells a relative a named patient's diabetes and dialysis appointment.",
        f"Pine Hollow Clinic <clinic@{P}>",
        "jinen.laijo@gmail.com",
        "Iokwe - kōjjelāik kōn Tobolar",
        "Iokwe Neimi,\n\nTobolar Laijo ej aikuj itok ñan dialysis ilju ilo 7 awa jibbōñ. Taktō eo ej ba bwe\n"
        "sugar eo an ej lap (A1c 10.2) im ej aikuj idaak wūno eo an insulin aolep jota. Jouj im kwalok\n"
        "ñane. Kōmmool tata.\n\nPine Hollow Clinic 555-0140\n",
        lang="mh",
    ),
    Spec(
        False,
        "interpreter_notice_mh",
        "Hard negative: Marshallese notice that free interpreters are available, no individual.",
        f"Patient Services <patientservices@{P}>",
        "community@lists.pinehollowhospital.org",
        "Interpreter ejjelok wōnāān",
        "Iokwe! Ilo Pine Hollow Community Hospital, interpreter ejjelok wōnāān ñan kajin Majōl. Kwalok\n"
        "ñan ri-jerbal ilo front desk. Kōmmool.\n\nFree Marshallese interpreter services are available.\n",
        lang="mh",
    ),
    Spec(
        True,
        "discharge_uk",
        "Ukrainian: discharge instructions naming the patient, heart failure and furosemide.",
        f"Jolene Marsh <jmarsh@{P}>",
        "oksana.hrytsenko@ukr.net",
        "Виписка вашого батька",
        "Добрий день, пані Оксано!\n\nВашого батька, Миколу Гриценка, виписуємо сьогодні о 14:00. Діагноз:\n"
        "загострення серцевої недостатності. Фуросемід 40 мг зранку, зважувати щодня. Контроль у\n"
        "д-ра Рамасвамі 15 грудня.\n\nДжолін Марш, медсестра\n",
        lang="uk",
        charset="koi8-u",
    ),
    Spec(
        False,
        "pharmacy_hours_uk",
        "Ukrainian holiday hours notice from the pharmacy, no individual.",
        f"Main Street Pharmacy <news@{M}>",
        "community@lists.mainstreetrx.com",
        "Графік роботи аптеки на свята",
        "Шановні клієнти! 24 грудня аптека працює до 14:00, 25 грудня зачинено. Рецепти можна\n"
        "замовити заздалегідь за телефоном 555-0130.\n",
        lang="uk",
        charset="koi8-u",
    ),
    Spec(
        True,
        "hospice_vi",
        "Hard positive: Vietnamese hospice message naming the patient's cancer and pain regimen.",
        f"Evergreen Hospice <intake@{E}>",
        "nguyen.thanh.huong@gmail.com",
        "Về bà Tư",
        "Chào chị Hương,\n\nBà Nguyễn Thị Tư đã được nhận vào chương trình hospice hôm nay vì ung thư gan\n"
        "giai đoạn cuối. Y tá sẽ đến thăm thứ Hai và thứ Năm. Thuốc giảm đau oxycodone 5 mg mỗi 4 giờ khi\n"
        "đau. Gọi 555-0199 bất cứ lúc nào.\n",
        lang="vi",
    ),
    Spec(
        False,
        "caregiver_class_vi",
        "Hard negative: Vietnamese caregiver class invitation with a generic dementia topic.",
        f"Education <education@{E}>",
        "community@lists.evergreenhh.org",
        "Lớp học cho người chăm sóc",
        "Lớp học miễn phí về chăm sóc người bị sa sút trí tuệ: thứ Bảy 12/12, 10 giờ sáng, có phiên dịch\n"
        "tiếng Việt. Đăng ký: 555-0190.\n",
        lang="vi",
        atts=(Att("lop_hoc.docx", DOCX, docx(["Evergreen Home Health & Hospice", "Lớp học cho người chăm sóc", "Chủ đề: sa sút trí tuệ, an toàn trong nhà"])),),
    ),
    Spec(
        True,
        "lab_result_ar",
        "Arabic: clinic result to a patient's personal email naming her anemia and iron.",
        f"Pine Hollow Clinic <clinic@{P}>",
        "samira.haddad81@hotmail.com",
        "نتائج التحاليل",
        "السيدة سميرة حداد،\n\nنتيجة تحليل الدم: الهيموغلوبين 8.7، وهذا يدل على فقر الدم بسبب نقص الحديد.\n"
        "الدكتورة راماسوامي تريد أن تأخذي أقراص الحديد مرتين يومياً وموعد المتابعة يوم 14 ديسمبر.\n\nعيادة باين هولو\n",
        lang="ar",
        charset="windows-1256",
    ),
    Spec(
        False,
        "ramadan_meds_ar",
        "Hard negative: Arabic general advice on taking medicines while fasting, no individual.",
        f"Main Street Pharmacy <news@{M}>",
        "community@lists.mainstreetrx.com",
        "نصائح الأدوية أثناء الصيام",
        "إذا كنت تتناول أدوية السكري أو ضغط الدم، تحدث مع الصيدلي قبل الصيام. يمكننا تغيير مواعيد\n"
        "الجرعات إلى السحور والإفطار. صيدلية مين ستريت 555-0130.\n",
        lang="ar",
    ),
]
