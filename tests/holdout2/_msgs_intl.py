# ruff: noqa: RUF001
"""Hand-written non-English messages, PHI and not PHI."""

from __future__ import annotations

from _spec import Spec

DOM = "marlowvalleyhealth.org"

MESSAGES: list[Spec] = [
    Spec(
        True,
        "scheduling",
        "Spanish appointment reminder to patient: name, prenatal visit, date, clinic.",
        f"Citas MVMC <citas@{DOM}>",
        "Guadalupe Ramírez <lupita.ramirez88@gmail.com>",
        "Recordatorio de su cita",
        """\
Estimada Sra. Guadalupe Ramírez Solís:

Le recordamos su cita de control prenatal (semana 28) con la Dra. Sunita Barua:

Fecha: jueves 19 de noviembre de 2026
Hora: 10:20 a. m.
Lugar: Clínica de Salud de la Mujer, 2.º piso, 1500 Harmon Pkwy

Ese día le harán la prueba de tolerancia a la glucosa; por favor venga en ayunas. Habrá una
intérprete de español. Para cambiar la cita llame al 740-555-0100 y marque 2.

Atentamente,
Centro Médico Marlow Valley
""",
        lang="es",
    ),
    Spec(
        True,
        "discharge_planning",
        "Spanish discharge instructions to family member: name, diagnosis, meds (latin-1, QP).",
        f"Enfermería 3 Norte <3north@{DOM}>",
        "hector.villalobos@yahoo.com",
        "Instrucciones de alta de su padre",
        """\
Sr. Héctor Villalobos:

Como hablamos por teléfono, su padre, Don Aurelio Villalobos Peña (fecha de nacimiento
14/03/1949), fue dado de alta hoy, 17 de noviembre, después de su hospitalización por
insuficiencia cardíaca descompensada.

Medicamentos nuevos:
- Furosemida 40 mg, una tableta cada mañana
- Espironolactona 25 mg, una tableta al día
Pesarlo todos los días; si sube más de 1 kg en un día o 2 kg en una semana, llamar a la clínica.
Dieta baja en sal (menos de 2 g de sodio). Cita de seguimiento con el Dr. Okafor el 24 de noviembre.

Enfermería, 3 Norte
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        True,
        "results",
        "Chinese (GB18030) lab result message to patient with name, test values.",
        f"检验科 MVMC <lab-results@{DOM}>",
        "chenmeiling1972@163.com",
        "您的检查结果",
        """\
陈美玲女士您好：

您于2026年11月16日在Marlow Valley医疗中心抽血的检查结果如下：

乙型肝炎表面抗原（HBsAg）：阳性
乙肝病毒DNA：2.4 × 10^4 IU/mL
谷丙转氨酶（ALT）：68 U/L（偏高）

消化科的王医生建议您尽快复诊，讨论是否开始服用恩替卡韦抗病毒治疗。请致电 740-555-0135 预约。
您的病历号：00683317

Marlow Valley医疗中心 检验科
""",
        charset="gb18030",
        lang="zh",
    ),
    Spec(
        True,
        "scheduling",
        "Vietnamese message to patient: name, TB clinic DOT appointment.",
        f"Phòng khám Bệnh truyền nhiễm <idclinic@{DOM}>",
        "baotran.nguyen.oh@gmail.com",
        "Lịch hẹn tái khám",
        """\
Kính gửi ông Nguyễn Bảo Trân,

Phòng khám Bệnh truyền nhiễm xin nhắc ông lịch tái khám lao phổi:

Ngày: thứ Hai, 30 tháng 11 năm 2026, lúc 9 giờ sáng
Bác sĩ: Helena Voss-Rinaldi
Ông cần tiếp tục uống thuốc lao (RIPE) mỗi ngày trước mặt nhân viên DOT. Xin mang theo
mẫu đờm buổi sáng.

Nếu cần thông dịch viên tiếng Việt, xin gọi 740-555-0147.

Trân trọng,
Trung tâm Y tế Marlow Valley
""",
        lang="vi",
    ),
    Spec(
        True,
        "billing",
        "Russian (KOI8-R) billing letter to patient: account, date of service, procedure.",
        f"Отдел расчётов <billing@{DOM}>",
        "o.belousova65@mail.ru",
        "Счёт за медицинские услуги",
        """\
Уважаемая Ольга Петровна Белоусова!

По вашему лицевому счёту N 7004213390 имеется задолженность 1 285,40 долларов США за услуги,
оказанные 12 октября 2026 года: МРТ головного мозга с контрастом и консультация невролога
(диагноз: рассеянный склероз, G35). Страховая компания Medical Mutual оплатила часть счёта.

Вы можете оплатить онлайн или позвонить нам по телефону 740-555-0120 и оформить рассрочку.

С уважением,
Отдел расчётов с пациентами, Marlow Valley Medical Center
""",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        True,
        "scheduling",
        "Haitian Creole message to patient: name, diabetes clinic appointment, meds.",
        f"Klinik Dyabèt MVMC <diabetescenter@{DOM}>",
        "mlouissaint.boston@gmail.com",
        "Randevou ou nan klinik la",
        """\
Bonjou Madan Marie-Claude Louissaint,

Nou vle raple w randevou w nan Klinik Dyabèt la:

Dat: Madi 24 novanm 2026, a 2è30 apremidi
Doktè: Dr. Raghunathan
Pote glikomèt ou ak tout medikaman w yo, sitou metfòmin ak ensilin Lantus la.
Rezilta A1c ou te 9.4% mwa pase a, se pou sa doktè a vle wè w.

Si w bezwen yon entèprèt kreyòl, rele 740-555-0147.

Mèsi,
Marlow Valley Medical Center
""",
        lang="ht",
    ),
    Spec(
        True,
        "referral",
        "Portuguese referral between clinicians about a named Brazilian patient.",
        f"Dr. Renato Albuquerque <ralbuquerque@{DOM}>",
        "Dra. Camila Teixeira <cteixeira@clinicavidaplena.com.br>",
        "Paciente em comum - retorno ao Brasil",
        """\
Cara Dra. Camila,

A paciente Fernanda Oliveira Castro (nasc. 22/06/1988) volta a Belo Horizonte em dezembro e
pediu que eu lhe enviasse um resumo. Diagnóstico de lúpus eritematoso sistêmico em 2024, com
nefrite lúpica classe IV confirmada por biópsia renal. Está em uso de micofenolato 1,5 g/dia,
hidroxicloroquina 400 mg/dia e prednisona 7,5 mg/dia. Última proteinúria 0,6 g/24 h.

Fico à disposição.
Renato Albuquerque, MD - Reumatologia, Marlow Valley Medical Center
""",
        lang="pt",
    ),
    Spec(
        True,
        "scheduling",
        "Korean appointment/procedure message to patient's family.",
        f"내시경 예약 MVMC <endoscopy@{DOM}>",
        "jiho.park.family@naver.com",
        "아버님 내시경 검사 안내",
        """\
박지호 님께,

아버님 박동수 님(생년월일 1951년 4월 2일)의 위내시경 및 대장내시경 검사가 아래와 같이
예약되었습니다.

일시: 2026년 12월 3일(목) 오전 8시
장소: Marlow Valley 의료센터 내시경실 1층
담당의: Anil Mehra 박사

지난번 검사에서 발견된 위궤양 추적 검사입니다. 검사 전날 저녁부터 금식해 주시고,
복용 중인 아스피린은 5일 전부터 중단해 주십시오.

감사합니다.
""",
        lang="ko",
    ),
    # ---- non-PHI, non-English ----
    Spec(
        False,
        "newsletter",
        "Hard negative: Spanish flu-vaccine clinic flyer, health topic, no individual.",
        f"Salud Comunitaria <community@{DOM}>",
        "lista-comunidad@marlowlatino.org",
        "Clínica gratuita de vacunas contra la gripe",
        """\
¡Protéjase a usted y a su familia!

El Centro Médico Marlow Valley ofrece vacunas gratuitas contra la gripe y contra el COVID-19
el sábado 5 de diciembre, de 9 a. m. a 1 p. m., en la Iglesia San Martín de Porres.

No se necesita seguro médico ni cita. Habrá personal que habla español. Las personas con
diabetes, asma o enfermedades del corazón tienen mayor riesgo de complicaciones por la gripe.

¡Los esperamos!
""",
        lang="es",
    ),
    Spec(
        False,
        "newsletter",
        "Hard negative: Chinese community health talk on hepatitis B, no patient.",
        f"社区健康教育 <community@{DOM}>",
        "info@marlowchinesecommunity.org",
        "乙肝健康讲座通知",
        """\
各位社区朋友：

Marlow Valley医疗中心将于12月12日（星期六）下午2点在社区活动中心举办乙型肝炎健康讲座。
消化科医生将介绍乙肝的传播途径、筛查方法和抗病毒治疗。现场提供免费乙肝筛查（名额有限）。

讲座使用普通话，欢迎家人朋友一同参加。
""",
        lang="zh",
    ),
    Spec(
        False,
        "education",
        "Hard negative: Vietnamese diabetes-diet education handout, no patient.",
        f"Dinh dưỡng MVMC <nutrition@{DOM}>",
        "vanphong@vietnamesecommunityoh.org",
        "Tài liệu: ăn uống lành mạnh cho người tiểu đường",
        """\
Kính gửi Hội Cộng đồng Người Việt,

Xin gửi quý hội tài liệu hướng dẫn dinh dưỡng cho người bệnh tiểu đường bằng tiếng Việt để
phát trong buổi sinh hoạt tháng 12:

- Ăn cơm gạo lứt thay cho cơm trắng, giảm nửa chén mỗi bữa
- Hạn chế nước ngọt, chè và trái cây sấy
- Đi bộ 30 phút mỗi ngày sau bữa tối

Chuyên viên dinh dưỡng của chúng tôi có thể đến nói chuyện nếu quý hội mời.

Phòng Dinh dưỡng, Trung tâm Y tế Marlow Valley
""",
        lang="vi",
    ),
    Spec(
        False,
        "staff_notice",
        "Russian note to a staff member about shift swap; no patient data.",
        f"Ирина Ковалёва <ikovaleva@{DOM}>",
        f"Светлана Морозова <smorozova@{DOM}>",
        "Смена в субботу",
        """\
Света, привет!

Сможешь поменяться со мной сменой в субботу 21-го? Я бы вышла за тебя в воскресенье 29-го
в ночь. Старшая медсестра уже не против, нужно только твоё согласие, и я поправлю график.

Спасибо!
Ира
""",
        lang="ru",
    ),
    Spec(
        False,
        "emergency_prep",
        "Hard negative: Haitian Creole winter-storm preparedness notice to the community.",
        f"Preparasyon Ijans MVMC <emergencyprep@{DOM}>",
        "lis@haitiancommunitycolumbus.org",
        "Pare pou tanpèt nèj la",
        """\
Bonjou tout moun,

Yon tanpèt nèj ap vini fen semèn nan. Men kèk konsèy:

- Si w sou dyaliz oswa w bezwen oksijèn, pale ak klinik ou a davans sou plan ijans ou.
- Gen ase medikaman pou 7 jou lakay ou.
- Pa janm itilize yon recho chabon oswa yon jeneratè anndan kay la.

Sal ijans lopital la ap rete louvri 24 sou 24.
""",
        lang="ht",
    ),
    Spec(
        False,
        "newsletter",
        "Hard negative: Arabic Ramadan-fasting and diabetes health talk announcement.",
        f"التثقيف الصحي <community@{DOM}>",
        "info@marlowislamiccenter.org",
        "محاضرة صحية: الصيام ومرض السكري",
        """\
السلام عليكم،

يسر مركز مارلو فالي الطبي دعوتكم إلى محاضرة بعنوان "الصيام الآمن لمرضى السكري" يلقيها فريق
التثقيف الصحي يوم الأحد 13 ديسمبر الساعة الرابعة عصرًا في المركز الإسلامي.

سنتحدث عن تعديل مواعيد الأدوية والإنسولين وعلامات انخفاض السكر. الدعوة عامة ومجانية.
""",
        lang="ar",
    ),
    Spec(
        False,
        "job_posting",
        "Spanish job posting for bilingual medical assistant.",
        f"Recursos Humanos <careers@{DOM}>",
        "empleos@marlowlatino.org",
        "Empleo: asistente médico bilingüe",
        """\
El Centro Médico Marlow Valley busca asistentes médicos bilingües (español/inglés) para sus
clínicas de Medicina Familiar y Pediatría. Tiempo completo, lunes a viernes, con seguro médico
y dental. Requisito: certificado de asistente médico (CMA o RMA).

Solicite en línea en careers.marlowvalleyhealth.org, puesto 26-0318.
""",
        lang="es",
    ),
]
