"""Non-English and mixed-language mail from the three organisations, in the charsets used."""
# ruff: noqa: RUF001  (Chinese and Cyrillic text are the point of this file)

from __future__ import annotations

from _spec import FMT, RVFM, SHH, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="Spanish prenatal result to patient",
        notes="Spanish: patient name, gestational diabetes result and insulin start to gmail.",
        lang="es",
        charset="iso-8859-1",
        frm=f"Nadia Broussard NP <nbroussard@{RVFM}>",
        to="rocio.benitez.ukiah@gmail.com",
        subject="Resultados de su prueba de azúcar",
        body=(
            "Hola Rocío,\n\nSu prueba de tolerancia a la glucosa de 3 horas salió alta (dos "
            "valores arriba de lo normal), así que tiene diabetes gestacional. Vamos a empezar "
            "insulina NPH 10 unidades en la noche. La nutricionista la llamará mañana.\n\n"
            "Nadia Broussard, enfermera practicante\nRedwood Valley Family Medicine"
        ),
    ),
    Spec(
        phi=False,
        category="Spanish clinic hours flyer",
        notes="Spanish: walk-in vaccine clinic announcement, no individual.",
        lang="es",
        charset="iso-8859-1",
        frm=f"Redwood Valley Family Medicine <news@{RVFM}>",
        to="pacientes@lists.redwoodvalleyfm.com",
        subject="Clínica de vacunas el sábado",
        body=(
            "Este sábado 14 de noviembre, de 9 a 1, vacunas contra la gripe y el COVID-19 sin "
            "cita. Traiga su tarjeta de seguro si la tiene. Se habla español."
        ),
    ),
    Spec(
        phi=True,
        category="Spanish ride reminder mixed-language",
        notes="Hard positive: mixed Spanish/English ride reminder naming rider and dialysis.",
        lang="es",
        frm=f"Dispatch <dispatch@{FMT}>",
        to="familia.zamora.gv@yahoo.com",
        subject="Recordatorio / Reminder - Sr. Zamora",
        body=(
            "Buenas tardes. El Sr. Aurelio Zamora tiene su viaje a diálisis el lunes a las "
            "5:45 AM. / Mr. Aurelio Zamora's dialysis ride is Monday 5:45 AM. Favor de tener "
            "su silla de ruedas lista.\n\nDispatch, Foothill Medical Transport"
        ),
    ),
    Spec(
        phi=False,
        category="Spanish hospice family info sheet",
        notes="Hard negative: Spanish general guide about signs of approaching death, no person.",
        lang="es",
        frm=f"Imani Delacroix MSW <idelacroix@{SHH}>",
        to="enlace.comunitario@nevadacountyhealth.org",
        subject="Folleto en español: qué esperar",
        body=(
            "Le comparto nuestro folleto para familias: en los últimos días es normal que la "
            "persona duerma más, coma menos y tenga cambios en la respiración. Puede "
            "distribuirlo en la feria de salud."
        ),
    ),
    Spec(
        phi=True,
        category="Vietnamese family update",
        notes=(
            "Vietnamese: nurse tells daughter her father's condition worsened and morphine started."
        ),
        lang="vi",
        frm=f"Odette Fairbanks RN <ofairbanks@{SHH}>",
        to="lan.pham.sac@hotmail.com",
        subject="Cập nhật về bố của chị",
        body=(
            "Chào chị Lan,\n\nBố của chị, ông Phạm Văn Đức, ở phòng 5, hôm nay thở khó hơn. "
            "Bác sĩ Ambrose đã cho ông dùng morphine liều thấp để ông dễ chịu hơn. Gia đình "
            "nên đến thăm sớm.\n\nOdette Fairbanks, y tá"
        ),
    ),
    Spec(
        phi=False,
        category="Vietnamese transport service flyer",
        notes="Vietnamese: service description of wheelchair rides to medical appointments.",
        lang="vi",
        frm=f"Foothill Medical Transport <info@{FMT}>",
        to="community@vietnamesecenter-sac.org",
        subject="Dịch vụ xe lăn đi khám bệnh",
        body=(
            "Foothill Medical Transport có xe chở xe lăn đến các cuộc hẹn khám bệnh, lọc "
            "thận và trị liệu. Medi-Cal chi trả. Gọi (530) 555-0109, có người nói tiếng Việt."
        ),
    ),
    Spec(
        phi=True,
        category="Chinese traditional message to family",
        notes="Hard positive: Traditional Chinese (Big5) to son: mother's lab result and new med.",
        lang="zh",
        charset="big5",
        frm=f"Dr. Anneliese Halvorsen <ahalvorsen@{RVFM}>",
        to="kwok.family.mendo@icloud.com",
        subject="郭太太的檢驗結果",
        body=(
            "郭先生您好：\n\n您母親郭美玲的腎功能檢查結果偏低（eGFR 38），我們把她的二甲雙胍減少為"
            "每天500毫克。請下週帶她回診所複查。\n\nHalvorsen 醫生"
        ),
    ),
    Spec(
        phi=False,
        category="Chinese simplified recruitment",
        notes="Simplified Chinese (GB2312) volunteer interpreter recruitment, no patients.",
        lang="zh",
        charset="gb2312",
        frm=f"Chaplain Everett Nakashima <enakashima@{SHH}>",
        to="volunteer@sacchinesecommunity.org",
        subject="招募中文志愿者",
        body=(
            "您好！塞拉临终关怀之家正在招募会说普通话或粤语的志愿者，陪伴住院的老人和家属。"
            "我们提供培训。谢谢！"
        ),
    ),
    Spec(
        phi=True,
        category="Russian billing reply",
        notes="Russian (KOI8-R): billing explains hospice room-and-board charge for named father.",
        lang="ru",
        charset="koi8-r",
        frm=f"Billing <billing@{SHH}>",
        to="s.voronova@mail.ru",
        subject="Счёт за проживание отца",
        body=(
            "Здравствуйте, Светлана!\n\nСчёт за проживание вашего отца, Аркадия Воронова, "
            "в хосписе с 1 по 31 октября составляет 4 650 долларов; Medicare оплачивает "
            "уход, но не проживание.\n\nОтдел расчётов, Sierra Hospice House"
        ),
    ),
    Spec(
        phi=False,
        category="Russian clinic hours",
        notes="Russian: holiday hours notice to a community center, no individuals.",
        lang="ru",
        frm=f"Redwood Valley Family Medicine <news@{RVFM}>",
        to="info@slavic-community-ukiah.org",
        subject="Часы работы в праздники",
        body=(
            "Клиника Redwood Valley Family Medicine закрыта 26 и 27 ноября. В экстренных "
            "случаях звоните по основному номеру."
        ),
    ),
]
