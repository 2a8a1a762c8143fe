"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import BMP, IRC, SIR, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish cardiology referral notice to patient",
        notes="Spanish message to patient's gmail naming her and her cardiology referral for heart failure.",
        frm=f"Oficina de Referidos <referrals@{BMP}>",
        to="consuelo.ibarra61@gmail.com",
        subject="Su cita con cardiología",
        body=(
            "Estimada Sra. Consuelo Ibarra:\n\nLe informamos que el Dr. Feld la refirió a Riverside Cardiology por su "
            "insuficiencia cardíaca. Su cita es el jueves 24 de septiembre a las 10:30. Traiga su lista de medicamentos "
            "(furosemida, carvedilol).\n\nBrookfield Medical Partners"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish MRI preparation guide",
        notes="Hard negative: generic Spanish MRI safety instructions mentioning implants and claustrophobia; no individual.",
        frm=f"Summit Imaging Readers <news@{SIR}>",
        to="recepcion@westburyimagingcenter.com",
        subject="Guía de preparación para resonancia magnética",
        body=(
            "Para sus pacientes: antes de la resonancia, avise si tiene marcapasos, implantes metálicos o claustrofobia. "
            "No use joyas. El estudio dura de 30 a 45 minutos."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese message to son about mother's CT result",
        notes="Hard positive: Chinese note to son's personal mailbox naming his mother and her CT finding of kidney stone.",
        frm=f"Patient Requests <patientrequests@{SIR}>",
        to="zhou.jianguo@outlook.com",
        subject="关于您母亲的CT检查",
        body=(
            "周先生您好：\n\n您母亲陈淑芬女士9月15日的腹部CT报告已发给她的家庭医生。报告显示右侧肾结石约6毫米，"
            "没有肾积水。请她与医生预约复诊。\n\nSummit Imaging Readers 患者服务"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese courier holiday notice",
        notes="Chinese holiday service notice to a clinic; no patients.",
        frm=f"Ironbridge Operations <ops@{IRC}>",
        to="office@chinatownfamilyclinic-columbus.org",
        subject="中秋节服务时间通知",
        body="各位客户：\n\n中秋节当天我们只提供紧急样本运送服务，病历扫描服务暂停一天。如有问题请致电614-555-0170。\n\nIronbridge 运营部",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Russian home delivery notice to patient",
        notes="Russian message to patient's mail.ru naming her and anticoagulant delivery after her hip surgery.",
        frm=f"Ironbridge Deliveries <notify@{IRC}>",
        to="l.sokolova1950@mail.ru",
        subject="Доставка лекарств",
        body=(
            "Уважаемая Людмила Петровна Соколова!\n\nЗавтра с 9 до 11 часов курьер доставит вам эноксапарин (уколы после "
            "операции на тазобедренном суставе) из аптеки Brookfield. Нужна ваша подпись.\n\nIronbridge"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian interpreter availability notice",
        notes="Hard negative: Russian notice that interpreters are available for specialist visits; no individual.",
        frm=f"Referral Office <referrals@{BMP}>",
        to="info@russiancommunitycenter-oh.org",
        subject="Бесплатный переводчик на приёме у специалиста",
        body="Brookfield Medical Partners предоставляет бесплатного переводчика на приёмах у кардиолога, невролога и других специалистов. Сообщите о необходимости при записи: 614-555-0110.",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Vietnamese endoscopy appointment reminder",
        notes="Vietnamese reminder naming the patient and his upper endoscopy with Dr. Cole to check for a stomach ulcer.",
        frm=f"Referral Office <referrals@{BMP}>",
        to="nguyenvanbao.oh@yahoo.com",
        subject="Nhắc lịch hẹn nội soi",
        body=(
            "Kính gửi ông Nguyễn Văn Bảo,\n\nÔng có lịch nội soi dạ dày với bác sĩ Rashida Cole vào thứ Hai ngày 21/9 lúc 8 giờ sáng "
            "để kiểm tra loét dạ dày. Xin nhịn ăn từ nửa đêm.\n\nBrookfield Medical Partners"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese mammogram screening flyer",
        notes="Generic Vietnamese breast screening flyer; no individual.",
        frm=f"Summit Imaging Readers <news@{SIR}>",
        to="info@vietnamesecommunity-columbus.org",
        subject="Chụp nhũ ảnh tầm soát ung thư vú",
        body="Phụ nữ từ 40 tuổi nên chụp nhũ ảnh mỗi năm hoặc hai năm một lần. Hãy hỏi bác sĩ gia đình của bạn.",
        charset="utf-8",
        lang="vi",
    ),
]
