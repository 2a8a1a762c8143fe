"""Non-English mail from the three organisations, in the charsets their writers' clients use:
Spanish (ISO-8859-1), Chinese (GB2312 and Big5), Vietnamese (UTF-8), Russian (KOI8-R) and
Haitian Creole (ISO-8859-1). 6 PHI and 6 non-PHI messages."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

from _spec import CGH, HHH, RKC, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="es_dialysis_holiday_missed_tx",
        notes="Social worker tells a patient (gmail) in Spanish his holiday chair change, a missed Saturday treatment and K+ 6.3.",
        frm=f"Shanice Porter MSW <sporter@{RKC}>",
        to="hector.ortega.rkd@gmail.com",
        subject="Cambio de horario - Día de Acción de Gracias",
        body="""Estimado Sr. Ortega:

Le escribo de parte de la clínica de diálisis Riverbend West. Por el Día de Acción de Gracias,
su tratamiento del jueves 26 de noviembre se cambia al miércoles 25 a las 5:30 de la tarde.

También le recuerdo que el sábado pasado no vino a su tratamiento y su potasio del lunes salió
en 6.3. Por favor no falte, y evite los plátanos, el aguacate y el jugo de naranja esta semana.
El Dr. Venkataraman quiere verlo en la silla el miércoles.

Si necesita transporte, llámeme al 815-555-0188.

Atentamente,
Shanice Porter, trabajadora social
Riverbend Kidney Care
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="es_home_health_bp_daughter",
        notes="Home health nurse writes in Spanish to a patient's daughter (hotmail) with her mother's BP, glucose and a med change.",
        frm=f"Yolanda Cárdenas RN <ycardenas@{HHH}>",
        to="lupita.benitez.g@hotmail.com",
        subject="Visita de hoy - su mamá",
        body="""Hola Guadalupe,

Le cuento cómo salió la visita de hoy con su mamá, la Sra. Rosario Benítez:

- Presión arterial 168/94 (la semana pasada 142/80)
- Glucosa en ayunas 212
- La herida del pie izquierdo se ve mejor, sin pus

Hablé con la Dra. Kowalski y le aumentó el lisinopril a 20 mg una vez al día, a partir de
mañana. La farmacia Walgreens de la calle 27 ya tiene la receta. Por favor revise que no tome
la pastilla vieja de 10 mg junto con la nueva.

Regreso el viernes a las 10 de la mañana.

Yolanda Cárdenas, RN
Harborlight Home Health - 414-555-0179
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="es_grief_group_community",
        notes="Hard negative: Spanish grief-support group announcement for the community list, no individual.",
        frm=f"Servicios de Duelo <bereavement@{CGH}>",
        to=f"community-list@{CGH}",
        subject="Grupo de apoyo en español para personas en duelo",
        body="""¿Ha perdido a un ser querido?

Cedar Grove Hospice ofrece un grupo de apoyo en español, gratuito y abierto a toda la
comunidad. No es necesario que su familiar haya estado en nuestro hospicio.

Cuándo: los miércoles a las 6:00 p.m., del 13 de enero al 3 de marzo
Dónde: Iglesia San Patricio, salón parroquial, Janesville
Facilita: Nadine Osei, trabajadora social bilingüe

Hablaremos del duelo, la tristeza después de una muerte por cáncer o demencia, y cómo
cuidarse durante las fiestas. Llame al 608-555-0140 para inscribirse.
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="es_fluid_education_newsletter",
        notes="Hard negative: Spanish patient-education newsletter on fluid and potassium limits sent to a list.",
        frm=f"Riverbend Kidney Care <news@{RKC}>",
        to=f"boletin-pacientes@{RKC}",
        subject="Consejos para controlar los líquidos en diálisis",
        body="""Boletín para pacientes - noviembre

Cuando usted está en diálisis, los riñones ya no eliminan el agua extra. Si toma demasiado
líquido entre tratamientos, puede tener hinchazón, presión alta y dificultad para respirar.

Consejos de nuestras dietistas:
  1. Use vasos pequeños y cuente también la sopa, el café y el hielo.
  2. Chupe un trocito de limón congelado cuando tenga sed.
  3. Evite comidas saladas: la sal le da más sed.
  4. Pésese todos los días a la misma hora.

Pregunte a su dietista cuál es su límite de líquidos.
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="zh_dialysis_shift_change_son",
        notes="Hard positive: Chinese (GB2312) note to a patient's son at 163.com with his father's name, MRN, low BP on HD and K+.",
        frm=f"Jing Li RN <jli@{RKC}>",
        to="chenwei_rkc@163.com",
        subject="您父亲的透析时间调整",
        body="""陈先生您好：

您父亲陈国华（病历号 RKC-215530）本周一透析时血压偏低（86/50），下机后头晕，医生已经把
超滤量减少。从下周一开始，他的透析时间从周一、三、五第一班改到第二班（上午11点）。

另外，他这次的血钾是5.9，偏高，请提醒他少吃香蕉、橙子和土豆。

如有问题请致电 815-555-0130。

Riverbend East 透析中心
护士 李静
""",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="zh_hospice_benefit_talk",
        notes="Hard negative: Traditional Chinese (Big5) community talk on the Medicare hospice benefit, no individual.",
        frm=f"Community Outreach <community@{CGH}>",
        to="events@rockcountychinesecenter.org",
        subject="安寧療護講座 12月5日",
        body="""親愛的社區朋友：

杉林安寧療護（Cedar Grove Hospice）將於12月5日（星期六）上午10點在華人社區中心舉辦
粵語及國語安寧療護講座，介紹聯邦醫療保險（Medicare）的安寧療護福利、居家護理、
疼痛控制及喪親輔導。

歡迎病患家屬及社區人士參加，免費入場，備有茶點。

聯絡電話：608-555-0140
杉林安寧療護 社區外展部
""",
        charset="big5",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="vi_home_health_glucose_granddaughter",
        notes="Hard positive: Vietnamese note to a patient's granddaughter (gmail): grandmother named, glucose 320, missed insulin.",
        frm=f"Kim Phan RN <kphan@{HHH}>",
        to="thao.nguyen.mke@gmail.com",
        subject="Bà ngoại - đường huyết hôm nay",
        body="""Chào Thảo,

Hôm nay chị đến thăm bà ngoại em, bà Nguyễn Thị Lan. Đường huyết buổi sáng của bà là 320,
cao hơn nhiều so với tuần trước. Bà nói đã quên tiêm insulin Lantus 18 đơn vị tối hôm qua.

Chị đã báo cho bác sĩ Trần và bác sĩ muốn kiểm tra lại vào thứ Năm. Gia đình nhớ nhắc bà
tiêm insulin mỗi tối lúc 9 giờ và ghi lại đường huyết vào sổ nhé.

Chị Kim Phan, RN
Harborlight Home Health - 414-555-0175
""",
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="vi_aide_interview_applicant",
        notes="Vietnamese interview invitation to a job applicant (gmail) for a home health aide position.",
        frm=f"Recruiting <recruiting@{HHH}>",
        to="tuan.le.2290@gmail.com",
        subject="Mời phỏng vấn - Trợ lý Chăm sóc Tại nhà",
        body="""Chào anh Tuấn,

Cảm ơn anh đã nộp đơn cho vị trí Trợ lý Chăm sóc Tại nhà (Home Health Aide) nói tiếng Việt.
Chúng tôi muốn mời anh phỏng vấn vào thứ Ba, ngày 17 tháng 11, lúc 10 giờ sáng tại văn phòng
2400 S Kinnickinnic Ave, Milwaukee.

Vui lòng mang theo bằng lái xe và chứng chỉ CNA. Lương khởi điểm 19-22 đô la một giờ.

Trân trọng,
Latasha Greene
Harborlight Home Health
""",
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="ru_hospice_decline_son",
        notes="Russian (KOI8-R) update to a patient's son at mail.ru: father named, decline, morphine dose increase.",
        frm=f"Olga Kovalchuk RN <okovalchuk@{CGH}>",
        to="m.kaplan1968@mail.ru",
        subject="Состояние вашего отца",
        body="""Здравствуйте, Михаил!

Сообщаю, что состояние вашего отца, Бориса Ефимовича Каплана, за последние сутки ухудшилось:
он почти не ест, много спит, дыхание стало неровным. Доктор Вежбицкий увеличил дозу морфина
до 5 мг под язык каждые 2 часа при необходимости. Медсестра будет приходить ежедневно.

Если вы хотите приехать из Чикаго, лучше сделать это в ближайшие дни.

С уважением,
Ольга Ковальчук, медсестра хосписа
Cedar Grove Hospice, 608-555-0156
""",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="ru_holiday_schedule_notice",
        notes="Hard negative: Russian holiday treatment-schedule notice to all dialysis patients (list), no individual.",
        frm=f"Riverbend Kidney Care <news@{RKC}>",
        to=f"patients-ru@{RKC}",
        subject="Расписание диализа в День благодарения",
        body="""Уважаемые пациенты и их семьи!

В День благодарения (четверг, 26 ноября) центр Riverbend East будет закрыт. Пациенты,
которые обычно проходят диализ по вторникам, четвергам и субботам, на этой неделе получат
процедуру в среду, 25 ноября, и в пятницу, 27 ноября. Точное время сообщит ваша медсестра.

Пожалуйста, во время праздников соблюдайте ограничение жидкости и калия.

Администрация Riverbend Kidney Care
""",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="ht_dialysis_missed_tx_patient",
        notes="Hard positive: Haitian Creole note to a patient (yahoo) that she missed dialysis today, with her potassium and warning signs.",
        frm=f"Fabienne Charles RN <fcharles@{RKC}>",
        to="mcjoseph.rockford@yahoo.com",
        subject="Ou pa t vini pou dyaliz jodi a",
        body="""Bonjou Madan Joseph,

Nou remake ou pa t vini pou tretman dyaliz ou jodi a (madi 10 novanm). Dènye tès san ou te
montre potasyòm ou te wo (6.0), epi ou te pran 4 kilo depi vandredi.

Si ou santi kè ou bat vit, si ou santi feblès oswa ou gen pwoblèm pou respire, rele 911
touswit. Nou ka ba ou yon plas demen maten a 6:30. Tanpri rele nou nan 815-555-0130.

Mèsi,
Fabienne Charles, RN
Riverbend East
""",
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="ht_flu_clinic_caregivers",
        notes="Hard negative: Haitian Creole flu-vaccine clinic notice for caregivers and volunteers, no individual.",
        frm=f"Cedar Grove Hospice <community@{CGH}>",
        to=f"caregivers-list@{CGH}",
        subject="Klinik vaksen grip gratis - 21 novanm",
        body="""Bonjou tout moun,

Cedar Grove Hospice ap ofri vaksen grip gratis pou moun k ap okipe yon malad lakay yo,
pou volontè nou yo ak pou fanmi yo.

Ki lè: samdi 21 novanm, 9è rive 12è
Ki kote: Sant Edikasyon Cedar Grove, 2201 E Court St, Janesville

Pa bliye pote kat asirans ou si ou genyen youn. Si ou pa genyen, vaksen an toujou gratis.

Pou plis enfòmasyon rele 608-555-0140.
""",
        charset="iso-8859-1",
        lang="ht",
    ),
]
