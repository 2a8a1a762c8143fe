"""Messages in patients' languages from all three organisations (10 messages, 5 PHI)."""

# ruff: noqa: E501, RUF001  (natural line lengths; Cyrillic and other scripts are the point)

from __future__ import annotations

from _spec import EMS, PHH, RX, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="es_refill_ready_instructions",
        notes="Spanish (iso-8859-1) to the patient's gmail: name, insulin and metformin instructions, refill ready.",
        frm=f"Farmacia Main Street <refills@{RX}>",
        to="Rosa Elena Quiñones <rosaequinones@gmail.com>",
        subject="Sus medicinas están listas",
        body=(
            "Buenos días Sra. Quiñones:\n\n"
            "Sus medicinas ya están listas para recoger:\n"
            "  - Insulina glargina (Lantus) pluma: 18 unidades cada noche\n"
            "  - Metformina 500 mg: 1 tableta dos veces al día con la comida\n\n"
            "La Dra. Okafor-Lind subió la insulina de 16 a 18 unidades porque su azúcar en ayunas "
            "sigue arriba de 180. Si su azúcar baja de 70, tome jugo y llámenos.\n\n"
            "Su copago es $12.40. Si prefiere, Mateo se las lleva a su casa el jueves.\n\n"
            "Anjali Mehta, PharmD\nFarmacia Main Street - 218-555-0300"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="es_child_lead_result_mother",
        notes=(
            "Hard positive: Spanish (utf-8) to a mother's yahoo - her son's first name, age, a "
            "blood lead result and a follow-up visit."
        ),
        frm=f"Kiana Yazzie <kyazzie@{PHH}>",
        to="Yadira Morales <yadira.morales88@yahoo.com>",
        subject="Resultado de la prueba de Santiago",
        body=(
            "Hola Yadira,\n\n"
            "Le escribo de la Clínica Rural de Pine Hollow. El resultado de la prueba de plomo en "
            "la sangre de Santiago (4 años) salió en 6 mcg/dL, un poco más alto de lo normal "
            "(menos de 3.5). No es una emergencia, pero Hollis quiere repetir la prueba en 3 "
            "meses y que la enfermera de salud pública visite su casa para revisar la pintura "
            "vieja. Le hicimos cita para el 12 de febrero a las 10:40.\n\n"
            "Cualquier pregunta, llámeme al 218-555-0145.\n\nKiana Yazzie, RN"
        ),
        lang="es",
    ),
    Spec(
        phi=False,
        category="es_cpr_class_flyer",
        notes="Hard negative: Spanish (iso-8859-1) CPR class invitation to a parish list; heart attack words, no individual.",
        frm=f"Gabe Runningwater <grunningwater@{EMS}>",
        to="Ministerio Hispano <ministeriohispano@stbridgetparish.org>",
        subject="Clase gratis de RCP en español - 5 de diciembre",
        body=(
            "Hola,\n\nTri-County EMS ofrece una clase GRATIS de RCP (reanimación cardiopulmonar) "
            "solo con las manos y uso del DEA, en español.\n\n"
            "Sábado 5 de diciembre, 10:00 a 12:00, salón parroquial.\n"
            "Aprenda a reconocer un ataque al corazón y un derrame cerebral, y qué hacer mientras "
            "llega la ambulancia. Niños de 12 años en adelante son bienvenidos.\n\n"
            "Por favor compartan con la congregación.\n\nGabe Runningwater, EMT\nTri-County EMS"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="es_financial_assistance_policy",
        notes="Hard negative: Spanish summary of the charity care policy to a community centre; no individual.",
        frm=f"Business Office <billing@{PHH}>",
        to="Centro Latino <info@centrolatinolakes.org>",
        subject="Resumen en español: Programa de Asistencia Financiera 2027",
        body=(
            "Estimados amigos del Centro Latino:\n\n"
            "Les enviamos el resumen actualizado de nuestro Programa de Asistencia Financiera "
            "para 2027. Las familias con ingresos hasta 200% del nivel federal de pobreza reciben "
            "atención de emergencia y hospitalización gratis; entre 200% y 400% reciben un "
            "descuento. No importa el estado migratorio. La solicitud está en "
            "pinehollowhospital.org/ayuda y en la recepción.\n\n"
            "Oficina de Facturación\nHospital Pine Hollow"
        ),
        lang="es",
    ),
    Spec(
        phi=True,
        category="vi_daughter_insulin_instructions",
        notes=(
            "Hard positive: Vietnamese (utf-8) to a daughter's gmail - her father's name, "
            "insulin dose change and low-sugar advice."
        ),
        frm=f"Anjali Mehta <anjali@{RX}>",
        to="Phạm Thu Trang <thutrang.pham@gmail.com>",
        subject="Thuốc của bố chị - thay đổi liều insulin",
        body=(
            "Chào chị Trang,\n\n"
            "Bác sĩ Grady đã giảm liều insulin của bố chị (ông Phạm Văn Lộc) từ 30 đơn vị xuống "
            "24 đơn vị mỗi tối, vì ông bị hạ đường huyết hai lần tuần này. Thuốc mới đã sẵn sàng "
            "ở nhà thuốc. Nếu đường huyết dưới 70, cho ông uống nửa ly nước cam và gọi cho chúng "
            "tôi.\n\nAnjali Mehta, PharmD\nMain Street Pharmacy - 218-555-0300"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="vi_flu_clinic_church",
        notes="Vietnamese (utf-8) flu clinic announcement for a church bulletin; no individual.",
        frm=f"Community Outreach <outreach@{PHH}>",
        to="Cha Giuse Nguyễn <giaoxu.vietnam.lakes@gmail.com>",
        subject="Thông báo: chích ngừa cúm miễn phí sau Thánh Lễ",
        body=(
            "Kính gửi Cha và cộng đoàn,\n\n"
            "Bệnh viện Pine Hollow sẽ chích ngừa cúm và COVID miễn phí sau Thánh Lễ Chúa Nhật "
            "ngày 22 tháng 11, từ 11 giờ đến 1 giờ chiều, tại hội trường giáo xứ. Người trên 65 "
            "tuổi được chích liều cao. Xin mang theo thẻ bảo hiểm nếu có; không có bảo hiểm cũng "
            "được chích.\n\nXin cảm ơn,\nBệnh viện Pine Hollow"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="zh_discharge_followup_son",
        notes="Chinese (gb2312) to a son at outlook: father's name, discharge after pneumonia, meds and follow-up.",
        frm=f"Colleen Birchard <cbirchard@{PHH}>",
        to="Chen Wei <chenwei.mn@outlook.com>",
        subject="您父亲出院后的注意事项",
        body=(
            "陈先生您好：\n\n"
            "您父亲陈建国今天上午从松谷医院出院了。他这次是因为肺炎住院五天。"
            "出院后请继续服用抗生素（阿莫西林克拉维酸钾）三天，每天两次，饭后服用。"
            "下星期二上午九点二十分在乡村诊所复诊，需要再拍一次胸片。"
            "如果他发烧超过三十八度或者呼吸困难，请马上来急诊。\n\n"
            "Colleen Birchard\n松谷医院 个案管理"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="zh_pharmacy_holiday_hours",
        notes="Chinese (gb2312) holiday hours and flu shot availability to a community association.",
        frm=f"Main Street Pharmacy <news@{RX}>",
        to="Lakes Chinese Association <lakeschinese@gmail.com>",
        subject="感恩节营业时间及流感疫苗",
        body=(
            "各位好：\n\n"
            "感恩节当天（十一月二十六日）本药房休息，二十七日正常营业。"
            "流感疫苗和新冠疫苗每天都可以打，不需要预约。"
            "六十五岁以上的长者可以打高剂量流感疫苗。大部分保险都接受。\n\n"
            "Main Street Pharmacy\n电话 218-555-0300"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="ru_ambulance_bill_patient",
        notes="Russian (koi8-r) billing letter to the patient's mail: name, transport date, diagnosis and balance.",
        frm=f"Dustin Pelletier <dpelletier@{EMS}>",
        to="Olga Petrenko <olga.petrenko77@hotmail.com>",
        subject="Счет за перевозку на скорой помощи 21 октября",
        body=(
            "Уважаемая Ольга Петренко,\n\n"
            "Ваша страховая компания (Medica) оплатила часть счета за перевозку на скорой "
            "помощи 21 октября 2026 года из вашего дома в больницу Pine Hollow с диагнозом "
            "почечная колика. Остаток к оплате: 248 долларов. Можно платить по 25 долларов в "
            "месяц. Если у вас есть вопросы, позвоните нам: 218-555-0230.\n\n"
            "Dustin Pelletier\nTri-County EMS, отдел оплаты"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="ru_emt_course_recruitment",
        notes="Hard negative: Russian (koi8-r) EMT course recruitment with first-aid words, sent to a community group.",
        frm=f"Wade Brannigan <wbrannigan@{EMS}>",
        to="Slavic Community Center <info@slaviccenter-mn.org>",
        subject="Бесплатные курсы EMT - набор на январь",
        body=(
            "Здравствуйте!\n\n"
            "Tri-County EMS приглашает жителей на бесплатные курсы EMT (фельдшер скорой "
            "помощи) с января 2027 года. Курс включает сердечно-легочную реанимацию, помощь при "
            "инсульте и инфаркте, травмах и родах. Занятия по вторникам и четвергам вечером, "
            "12 недель. После экзамена мы предлагаем работу на неполный день.\n\n"
            "Пожалуйста, расскажите о курсах вашим членам.\n\nWade Brannigan, начальник службы"
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
