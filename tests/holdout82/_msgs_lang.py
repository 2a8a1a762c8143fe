"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Cyrillic and Arabic punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish note to participant's wife about residential admission",
        notes="Hard positive: Spanish message tells a named participant's wife he entered residential treatment and tested positive.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="rosario.guzman.ardeen@gmail.com",
        subject="Sobre Alejandro",
        body=(
            "Estimada Sra. Guzmán:\n\nAlejandro firmó la autorización para que podamos hablar con usted. Su prueba de "
            "alcohol (EtG) del 11 de noviembre salió positiva y el equipo decidió aumentar sus sesiones de tratamiento "
            "intensivo en Cobalt Bay a cuatro por semana. Su próxima audiencia es el 2 de diciembre a la 1:30.\n\n"
            "Oficina de Enlace del Tribunal de Tratamiento"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish house rules summary",
        notes="Spanish summary of sober-living house rules for applicants; no individual.",
        frm="Threshold Homes Intake <intake@thresholdhomes.net>",
        to="applicants@thresholdhomes.net",
        subject="Reglas de la casa (resumen en español)",
        body=(
            "Bienvenidos a Threshold Homes.\n\n1. No se permite alcohol ni drogas no recetadas.\n2. Pruebas de drogas al azar "
            "dos veces al mes como mínimo.\n3. Los medicamentos recetados, incluida la buprenorfina, se guardan en la caja con llave.\n"
            "4. Hora de llegada: 10 de la noche los primeros 30 días.\n\nPreguntas: 555-0163"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Russian appointment letter to patient",
        notes="Russian letter to the named patient's mail.ru address about his methadone dose change and urine test.",
        frm="Cobalt Bay Admissions <admissions@cobaltbayrecovery.org>",
        to="v.orlov1983@mail.ru",
        subject="Ваш приём 20 ноября",
        body=(
            "Уважаемый Виктор Орлов!\n\nНапоминаем, что ваш приём у доктора Хаддада назначен на пятницу, 20 ноября, в 10:00. "
            "Врач планирует повысить дозу метадона до 90 мг. Перед приёмом нужно сдать анализ мочи на наркотики.\n\n"
            "Центр восстановления Cobalt Bay, тел. 555-0142"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian naloxone instructions",
        notes="Hard negative: Russian instructions on using naloxone spray for any overdose; no individual.",
        frm="Community Outreach <outreach@cobaltbayrecovery.org>",
        to="office@ardeenrussiancommunitycenter.org",
        subject="Инструкция: как применять налоксон",
        body=(
            "Здравствуйте!\n\nПо вашей просьбе высылаем текст листовки на русском языке.\n\nПРИ ПЕРЕДОЗИРОВКЕ ОПИОИДОВ: "
            "1) позвоните 911; 2) введите одну дозу налоксона в нос; 3) если через 2-3 минуты человек не дышит, введите "
            "вторую дозу; 4) положите человека на бок.\n\nБесплатные наборы налоксона можно получить в нашем центре."
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Arabic message to resident's brother",
        notes="Hard positive: Arabic message to a brother saying the named resident relapsed and was taken to detox.",
        frm="Luis Ferreira <lferreira@thresholdhomes.net>",
        to="karim.haddouch@outlook.com",
        subject="بخصوص أخيك سامي",
        body=(
            "السيد كريم المحترم،\n\nطلب مني أخوك سامي حدّوش أن أكتب إليك. عاد سامي إلى تعاطي الكحول مساء السبت، "
            "ونقلناه إلى قسم إزالة السموم في مركز كوبالت باي. سريره في البيت محجوز حتى يوم الأربعاء.\n\n"
            "لويس فيريرا، مدير البيت"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic program brochure text",
        notes="Arabic brochure text describing treatment court eligibility in general; no individual.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="outreach@ardeenarabicassociation.org",
        subject="نشرة تعريفية بمحكمة العلاج",
        body=(
            "مرحباً،\n\nنرسل لكم نص النشرة باللغة العربية.\n\nمحكمة العلاج في مقاطعة مارو برنامج اختياري للأشخاص "
            "الذين يعانون من الإدمان ويواجهون تهماً غير عنيفة. يشمل البرنامج العلاج وفحوصات منتظمة وجلسات أمام القاضي. "
            "للاستفسار اتصلوا على 555-0177."
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Vietnamese message to participant's daughter",
        notes="Vietnamese message to a daughter naming her father's methadone treatment and missed doses.",
        frm="Nursing Station <nursing@cobaltbayrecovery.org>",
        to="thuy.tran.family@yahoo.com",
        subject="Về bố của chị",
        body=(
            "Chào chị Thủy,\n\nBố chị, ông Trần Văn Lộc, đã ký giấy cho phép chúng tôi liên lạc với chị. Ông đã bỏ hai "
            "liều methadone trong tuần này (thứ Hai và thứ Tư). Xin chị nhắc ông đến phòng khám mỗi sáng trước 10 giờ.\n\n"
            "Phòng Điều dưỡng, Cobalt Bay"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese bed availability notice",
        notes="Hard negative: Vietnamese notice of open sober-living beds and drug-testing rules; no individual.",
        frm="Threshold Homes Intake <intake@thresholdhomes.net>",
        to="info@ardeenvietnamesecommunity.org",
        subject="Thông báo: còn giường trống tại nhà phục hồi",
        body=(
            "Kính gửi quý trung tâm,\n\nThreshold Homes hiện còn 3 giường trống cho phụ nữ tại nhà Osprey (chấp nhận người "
            "đang dùng thuốc điều trị nghiện). Cư dân phải xét nghiệm ma túy ngẫu nhiên hai lần mỗi tháng. "
            "Xin liên hệ 555-0163.\n\nTrân trọng"
        ),
        charset="utf-8",
        lang="vi",
    ),
]
