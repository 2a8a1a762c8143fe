# ruff: noqa: RUF001
"""Mail in patients' languages (Spanish, Chinese, Vietnamese, Russian, Korean, Haitian Creole,
Tagalog), PHI and not, in the charsets their writers' mail clients use."""

from __future__ import annotations

from _spec import HHH, LAD, SOS, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="spanish letter to daughter (latin-1)",
        notes="Hard positive: plain Spanish greeting; the mother's blood pressure and a "
        "cardiology appointment.",
        frm=f"Lucia Ferraro <lferraro@{SOS}>",
        to="yramirez.cle@hotmail.com",
        subject="Su mamá - cita del 18 de noviembre",
        body="Estimada Sra. Ramírez:\n\nLe escribo para avisarle que su mamá, doña Carmen, "
        "tuvo la presión alta esta semana (165/95). La doctora Ostrowski le aumentó el "
        "losartán a 50 mg y le hicimos cita con el cardiólogo el miércoles 18 de noviembre a "
        "las 10:30. Nosotros la llevamos en la camioneta.\n\nSaludos cordiales,\nLucía "
        "Ferraro\nSilver Oaks Senior Care",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="spanish caregiver group flyer (latin-1)",
        notes="Hard negative: Spanish caregiver support-group flyer about dementia, nobody's care.",
        frm=f'"Rhonda Beck, LSW" <rbeck@{LAD}>',
        to="boletin@iglesiasanpatricio-cle.org",
        subject="Grupo de apoyo para cuidadores - diciembre",
        body="¿Cuida a un familiar con Alzheimer o demencia?\n\nGrupo de apoyo en español, "
        "gratuito, el primer jueves de cada mes a las 6:00 p.m. en Lakeside Adult Day "
        "Center. Hablaremos de la pérdida de memoria, el cansancio del cuidador y los "
        "programas de Medicaid. Habrá cuidado de relevo durante la reunión.\n\nInformación: "
        "Rhonda Beck, trabajadora social, 216-555-0133.",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="spanish visit notice to patient",
        notes="Hard positive: Spanish greeting by name; nurse visit to change a dressing.",
        frm=f'"Carmen Iturbe, RN" <citurbe@{HHH}>',
        to="hector.ortega1950@gmail.com",
        subject="visita del martes",
        body="Hola Sr. Ortega:\n\nLa enfermera Teodora llegará el martes entre las 9 y las 11 "
        "para cambiarle el vendaje de la pierna y revisar el azúcar. Por favor tenga listos "
        "los medicamentos de la insulina.\n\nCarmen Iturbe, RN\nHomeward Home Health",
        charset="utf-8",
        lang="es",
    ),
    Spec(
        phi=False,
        category="spanish flu clinic announcement",
        notes="Hard negative: public flu clinic notice in Spanish.",
        frm=f"Joelle Marchetti <jmarchetti@{HHH}>",
        to="avisos@centrocomunitariolatino-cle.org",
        subject="Clínica de vacunas contra la gripe - 21 de noviembre",
        body="Homeward Home Health ofrece vacunas contra la gripe y el COVID-19 gratis para "
        "adultos mayores de 60 años el sábado 21 de noviembre, de 10 a 2, en su centro. Traiga "
        "su tarjeta de Medicare. No se necesita cita.",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="chinese note to son (gb2312)",
        notes="Hard positive: Chinese letter to the son about his father's blood sugar and an "
        "insulin change.",
        frm=f'"Mei-Ling Ortiz, RD" <mortiz@{SOS}>',
        to="wang.jianguo66@163.com",
        subject="关于您父亲的饮食",
        body="王先生您好：\n\n您父亲王德明这周的空腹血糖在十二左右，医生把他的胰岛素从十单位加"
        "到十四单位。我们已经给他换成糖尿病饮食，请家人探望时不要带甜点。\n\n谢谢！\n营养师 "
        "Mei-Ling Ortiz\n银橡树养老院",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="chinese diabetes talk flyer (gb2312)",
        notes="Hard negative: community diabetes health talk flyer in Chinese.",
        frm=f"Community Programs <programs@{LAD}>",
        to="info@clevelandchineseseniors.org",
        subject="健康讲座：老年人糖尿病与饮食",
        body="湖畔成人日间中心将于十二月五日（星期六）上午十点举办免费健康讲座，主题是老年人"
        "糖尿病、高血压与饮食。欢迎长者和家属参加，现场提供免费血压测量。\n\n电话：216-555-0130",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="vietnamese note to daughter (utf-8)",
        notes="Hard positive: Vietnamese greeting by first name; the mother's insulin and "
        "wound visits.",
        frm=f'"Lena Kowalczyk, RN" <lkowalczyk@{HHH}>',
        to="lan.tran.cle@yahoo.com",
        subject="Lịch thăm của mẹ chị",
        body="Chào chị Lan,\n\nTuần sau y tá sẽ đến nhà vào thứ Hai và thứ Năm để thay băng vết "
        "thương ở chân của mẹ chị và kiểm tra đường huyết. Bác sĩ đã tăng insulin lên 16 đơn "
        "vị mỗi tối. Nếu đường huyết dưới 70, xin gọi cho chúng tôi.\n\nLena\nHomeward Home "
        "Health",
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="vietnamese BP check flyer",
        notes="Hard negative: free blood pressure check flyer in Vietnamese.",
        frm=f"Community Programs <programs@{LAD}>",
        to="vanphong@chuaphatquang-cle.org",
        subject="Đo huyết áp miễn phí",
        body="Trung tâm Lakeside Adult Day sẽ đo huyết áp miễn phí cho người cao tuổi sau lễ "
        "Chủ Nhật ngày 6 tháng 12, từ 11 giờ đến 1 giờ. Có tài liệu về bệnh tiểu đường và "
        "phòng ngừa té ngã bằng tiếng Việt.",
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="russian letter to daughter (koi8-r)",
        notes="Hard positive: Russian greeting by first name; the mother's labs and antibiotic.",
        frm=f'"Oksana Hrytsenko, RN" <ohrytsenko@{SOS}>',
        to="irina.volkova74@mail.ru",
        subject="Анализы мамы",
        body="Здравствуйте, Ирина!\n\nУ вашей мамы анализ мочи показал инфекцию, доктор "
        "назначил ей антибиотик (нитрофурантоин) на пять дней, начали сегодня вечером. "
        "Температуры нет, она ест хорошо. Позвоните мне, если будут вопросы.\n\nОксана, "
        "медсестра\nSilver Oaks Senior Care",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="russian aide job posting (koi8-r)",
        notes="Hard negative: Russian-language job posting for home health aides.",
        frm=f"Homeward HR <hr@{HHH}>",
        to="ads@russkayagazeta-ohio.com",
        subject="Вакансия: помощник по уходу на дому",
        body="Компания Homeward Home Health ищет помощников по уходу (STNA), говорящих "
        "по-русски, для работы с пожилыми клиентами в Парме и Лейквуде. Гибкий график, оплата "
        "бензина. Звоните: 440-555-0120.",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="korean note to son (euc-kr)",
        notes="Hard positive: Korean letter to the son about his mother's fall and an X-ray.",
        frm=f'"Odette Fairbanks, RN" <ofairbanks@{LAD}>',
        to="jhkim.cle@gmail.com",
        subject="어머님 관련 연락드립니다",
        body="김준호 선생님께,\n\n오늘 오후에 어머님께서 화장실에서 넘어지셨습니다. 손목이 "
        "조금 부어서 얼음찜질을 했고, 내일 엑스레이를 찍어 보시는 것이 좋겠습니다. 혈압은 "
        "정상이었습니다.\n\n레이크사이드 성인 주간 센터 간호사 드림",
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="korean flu season newsletter (euc-kr)",
        notes="Hard negative: Korean family newsletter about flu season and visiting rules.",
        frm=f"Gordon Pryce <gpryce@{SOS}>",
        to="bulletin@koreanchurchcleveland.org",
        subject="독감 예방 안내",
        body="실버오크스 시니어 케어에서 알려드립니다. 독감철에는 기침이나 열이 있으시면 방문을 "
        "삼가 주시기 바랍니다. 11월 17일에 입주자 독감 예방접종이 있습니다. 문의: "
        "216-555-0100",
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=True,
        category="haitian creole visit notice (latin-1)",
        notes="Hard positive: Creole greeting by name; nurse visit for IV antibiotic.",
        frm=f'"Obinna Chukwu, RN" <ochukwu@{HHH}>',
        to="jeanrobert.joseph@hotmail.com",
        subject="Vizit enfimyè a",
        body="Bonjou Mesye Joseph,\n\nEnfimyè a ap vini lakay ou demen maten a 8è pou ba ou "
        "antibyotik la nan venn ou epi chanje pansman PICC la. Tanpri pa manje anvan tès "
        "san an.\n\nMèsi,\nObinna Chukwu, RN\nHomeward Home Health",
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="haitian creole caregiver flyer (latin-1)",
        notes="Hard negative: Creole flyer for the adult day program, no individual.",
        frm=f"Community Programs <programs@{LAD}>",
        to="biwo@legliznotredamhaiti-cle.org",
        subject="Pwogram jounen pou granmoun",
        body="Lakeside Adult Day Center ofri aktivite, manje ak swen enfimyè pou granmoun "
        "pandan jounen an, pou fanmi yo ka travay. Gen transpò. Medicaid ka peye. Rele "
        "216-555-0130 pou plis enfòmasyon.",
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=True,
        category="tagalog note to niece",
        notes="Hard positive: Tagalog greeting by first name; the aunt's hospice and morphine.",
        frm=f'"Felix Nakamura, LPN" <fnakamura@{SOS}>',
        to="rosario.dizon82@yahoo.com",
        subject="Tungkol kay Tita Luz",
        body="Magandang araw, Rosario!\n\nGusto ko lang ipaalam na si Tita Luz ay nasa hospice "
        "na simula kahapon. Binigyan siya ng kaunting morphine para sa hirap sa paghinga at "
        "mas komportable na siya ngayon. Puwede kayong bumisita anumang oras.\n\nFelix, "
        "nurse sa Silver Oaks",
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="tagalog nurse recruitment",
        notes="Hard negative: Tagalog recruitment post for nurses.",
        frm=f"Homeward HR <hr@{HHH}>",
        to="editor@filamcommunity-ohio.org",
        subject="Naghahanap kami ng mga nurse",
        body="Ang Homeward Home Health ay naghahanap ng mga RN at LPN para sa home health at "
        "infusion. May sign-on bonus at tulong sa lisensya sa Ohio. Tumawag sa 440-555-0120.",
        charset="utf-8",
        lang="tl",
    ),
]
