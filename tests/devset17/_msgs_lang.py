# ruff: noqa: RUF001 - Chinese text uses full-width punctuation on purpose
"""Letters and flyers in patients' languages (Spanish, Vietnamese, Chinese, Russian)."""

from __future__ import annotations

from _spec import NGA, VDH, WWO, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="Spanish colonoscopy letter to patient",
        notes="Hard positive: Spanish letter with a plain greeting; the patient's name, her "
        "colonoscopy date and prep instructions.",
        frm=f"Programacion Endoscopia <endoscheduling@{VDH}>",
        to="mparedes.casa@hotmail.com",
        subject="Su cita del 24 de noviembre",
        body="Estimada Sra. Paredes:\n\nLe recordamos que su colonoscopía con la Dra. Ferraro "
        "es el martes 24 de noviembre a las 8:00. El día anterior sólo puede tomar líquidos "
        "claros y debe empezar la preparación (PEG) a las 6 de la tarde. Deje de tomar el "
        "hierro una semana antes. Necesita un acompañante que maneje.\n\nAtentamente,\n"
        "Valley Digestive Health\n(555) 214-7700\n",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish screening event flyer",
        notes="Hard negative: Spanish community flyer about colon cancer screening; no individual.",
        frm=f"Community Outreach <outreach@{VDH}>",
        to="eventos@centrohispanomke.org",
        subject="Feria de salud: cáncer de colon",
        body="Hola equipo del Centro Hispano:\n\nAquí está el texto para el volante:\n\n"
        "FERIA DE SALUD DIGESTIVA - sábado 13 de marzo, 10 a 2\n- Pruebas FIT gratis para "
        "adultos de 45 a 75 años\n- Charla: ¿Qué es una colonoscopía? con la Dra. Lucía "
        "Ferraro\n- Información sobre hepatitis C y el hígado graso\n\nGracias,\nOutreach\n",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese shot schedule note to patient",
        notes="Hard positive: Vietnamese message greeting the patient by name, with her allergy "
        "shot dose and schedule; personal mailbox.",
        frm=f"Phuong Tran <ptran@{NGA}>",
        to="lan.nguyenthi84@gmail.com",
        subject="Lịch tiêm dị ứng tháng 12",
        body="Chào chị Lan,\n\nTuần trước chị bị sưng đỏ chỗ tiêm khoảng 25 mm, nên bác sĩ "
        "Wierzbicki giữ liều 0,20 mL lọ 1:10 thêm hai tuần. Lịch tiêm tiếp theo: thứ Ba 1/12 "
        "và thứ Ba 8/12. Nhớ uống thuốc kháng histamine trước khi đến và ở lại 30 phút sau "
        "khi tiêm.\n\nPhương\nNorthgate Allergy & Asthma\n",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese asthma workshop flyer",
        notes="Hard negative: Vietnamese flyer for a community asthma workshop.",
        frm=f"Community Outreach <outreach@{NGA}>",
        to="hanh.vo.tinhnguyen@gmail.com",
        subject="Tờ rơi: Hội thảo hen suyễn cho phụ huynh",
        body="Chào cô Hạnh,\n\nXin gửi nội dung tờ rơi:\n\nHỘI THẢO HEN SUYỄN CHO PHỤ "
        "HUYNH - Thứ Bảy 9/1, 10 giờ sáng\n- Cách dùng bình xịt đúng cách\n- Dấu hiệu cơn hen "
        "nặng cần gọi 911\n- Dị ứng thức ăn ở trẻ em\nMiễn phí, có phiên dịch.\n\n"
        "Northgate Allergy & Asthma\n",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Chinese injury follow-up to worker",
        notes="Hard positive: Chinese (GB2312) letter to a worker's gmail with his name, wrist "
        "injury, follow-up date and work restriction.",
        frm=f"Scheduling <scheduling@{WWO}>",
        to="wang.jianguo1979@gmail.com",
        subject="复诊通知",
        body="王建国先生您好：\n\n您的右手腕扭伤复诊时间为11月18日上午9点，地点在WorkWell "
        "West Allis诊所。复诊前请继续佩戴护腕，不要提超过5公斤的重物。如需改期请致电"
        "（555）480-2200。\n\nWorkWell职业健康中心\n",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese flu clinic notice for employer",
        notes="Hard negative: Chinese (GB2312) flu-shot clinic announcement for an employer's "
        "workforce; no individual.",
        frm=f"Client Services <clients@{WWO}>",
        to="hr@goldenlotusfoods.com",
        subject="员工流感疫苗接种通知",
        body="各位员工：\n\n流感疫苗现场接种将于11月24日（星期二）上午6点至下午2点在员工休息室"
        "进行。请携带保险卡。65岁以上员工可接种高剂量疫苗。\n\nWorkWell职业健康中心\n",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Russian result note to daughter",
        notes="Hard positive: Russian (KOI8-R) note to a daughter naming her mother with a "
        "biopsy result and a medication change.",
        frm=f"Kemi Oyelowo <koyelowo@{VDH}>",
        to="irina.volkova.mke@yandex.ru",
        subject="Результаты Вашей мамы",
        body="Здравствуйте, Ирина!\n\nДоктор Хаддад просил передать, что биопсия Вашей мамы, "
        "Галины Петровны Соколовой, показала целиакию. Ей нужна строгая безглютеновая диета; "
        "омепразол можно продолжать. Повторный приём 8 декабря в 10:30.\n\nС уважением,\n"
        "Кеми Ойелово, медсестра\nValley Digestive Health\n",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian hepatitis C awareness event",
        notes="Hard negative: Russian (KOI8-R) community event notice about hepatitis C testing.",
        frm=f"Community Outreach <outreach@{VDH}>",
        to="office@russiancommunitymke.org",
        subject="День информации о гепатите C",
        body="Здравствуйте!\n\nПриглашаем членов вашей общины на бесплатный день информации о "
        "гепатите C: суббота, 20 февраля, 11:00-14:00. Бесплатный экспресс-тест, лекция "
        "доктора Линдквиста о лечении гепатита и циррозе печени. Переводчик будет.\n\n"
        "Valley Digestive Health\n",
        charset="koi8-r",
        lang="ru",
    ),
]
