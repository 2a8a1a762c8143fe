"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish post-op wound care message to patient",
        notes="Spanish message to patient's gmail with her name, ankle ORIF and suture removal appointment.",
        frm="Enfermería Summit Ridge <nurseline@summitridgeortho.com>",
        to="yesenia.barragan91@gmail.com",
        subject="Cuidados después de su cirugía",
        body=(
            "Estimada Sra. Yesenia Barragán:\n\nDespués de la cirugía de su tobillo derecho (reducción abierta con placa y "
            "tornillos) del 16 de octubre, mantenga la férula seca y el pie elevado. Tome el ketorolaco solo con comida. "
            "Su cita para quitar los puntos es el 30 de octubre a las 10:20 con la Dra. Raman.\n\n"
            "Enfermería, Summit Ridge Orthopaedic Associates\nTel. 440-555-0117"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish workplace lifting safety flyer",
        notes="Hard negative: Spanish safe-lifting flyer for warehouse workers mentioning back injuries generally; no individual.",
        frm="Keystone Seguridad <events@keystoneclaimscare.com>",
        to="supervisores@lehighvalleybev.com",
        subject="Cartel: cómo levantar cajas sin lesionarse",
        body=(
            "Para colocar en el almacén:\n\nLEVANTE CON LAS PIERNAS, NO CON LA ESPALDA. Mantenga la carga cerca del cuerpo, "
            "no gire la cintura y pida ayuda para cargas de más de 23 kg. Las lesiones de espalda baja son la causa más común "
            "de días perdidos. Informe cualquier dolor a su supervisor el mismo día."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Tagalog PT appointment note to claimant's wife",
        notes="Hard positive: Tagalog message to claimant's wife naming her husband, his back injury claim and therapy schedule.",
        frm="Case Manager <tnguyen@keystoneclaimscare.com>",
        to="maricel.dizon.fam@gmail.com",
        subject="Iskedyul ng therapy ni Ronaldo",
        body=(
            "Magandang araw po, Gng. Dizon,\n\nIto po ang bagong iskedyul ng physical therapy ng inyong asawa na si Ronaldo Dizon "
            "para sa pinsala sa kanyang likod (claim PMI-2026-244017): Lunes, Miyerkules at Biyernes, 8:00 ng umaga sa Bethlehem "
            "Physical Therapy. Huwag po muna siyang magbuhat ng mabigat hanggang sabihin ng doktor.\n\n"
            "Salamat po,\nThanh Nguyen, Keystone Claims Care"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog hydration guide for athletes' families",
        notes="Tagalog general hydration tips for families of athletes; no individual.",
        frm="Northfield Sports Medicine <sportsmed@athletics.northfield.edu>",
        to="families@athletics.northfield.edu",
        subject="Gabay sa pag-inom ng tubig para sa mga atleta",
        body=(
            "Para sa mga magulang at pamilya:\n\nUminom ng 500 mL na tubig dalawang oras bago mag-ensayo, at tuloy-tuloy na "
            "uminom habang naglalaro. Kapag nahihilo, nasusuka o pinupulikat ang atleta, ipaalam agad sa athletic trainer."
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=True,
        category="Chinese injury update to international athlete's parent",
        notes="Chinese email to parent's mailbox naming the athlete son, his wrist fracture and planned surgery.",
        frm="Northfield Sports Medicine <asingh@athletics.northfield.edu>",
        to="wang.lihua1970@outlook.com",
        subject="关于王浩然的伤情",
        body=(
            "王女士您好：\n\n您的儿子王浩然在10月18日的比赛中摔倒，右手腕舟状骨骨折。我们已将他转诊给手外科医生，"
            "计划下周做内固定手术，术后需要打石膏六周，本赛季不能参赛。他现在情况稳定，请不要担心。\n\n"
            "Arjun Singh 医生\n北田大学运动医学部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese clinic hours and parking notice",
        notes="Chinese notice of clinic hours, parking and interpreter availability; no patient.",
        frm="Summit Ridge Front Office <frontoffice@summitridgeortho.com>",
        to="info@ashfordchinesecommunity.org",
        subject="骨科诊所门诊时间和停车说明",
        body=(
            "各位好：\n\n从11月起，我们的门诊时间为周一至周五上午7点半到下午5点，周六上午骨折急诊。"
            "停车场在大楼北侧，免费。需要中文翻译的病人请在预约时告知前台。\n\n谢谢！"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Russian hip surgery update to patient's son",
        notes="Hard positive: Russian reply to the son's mail.ru mailbox naming his mother, her hip replacement and discharge plan.",
        frm="Nurse Line <nurseline@summitridgeortho.com>",
        to="d.voronov@mail.ru",
        subject="О состоянии вашей мамы",
        body=(
            "Здравствуйте, Дмитрий!\n\nОперация по замене тазобедренного сустава у вашей мамы, Галины Вороновой, прошла "
            "успешно. Гемоглобин утром 98, поэтому доктор Уиткомб оставляет её ещё на одну ночь. Выписка планируется на "
            "четверг; дома ей понадобятся ходунки и помощь в первые две недели.\n\nМедсестра Марта, Summit Ridge"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian concussion education for hockey families",
        notes="Hard negative: Russian general concussion symptom education for hockey families; no athlete named.",
        frm="Northfield Sports Medicine <sportsmed@athletics.northfield.edu>",
        to="hockey-families@athletics.northfield.edu",
        subject="Сотрясение мозга: что нужно знать родителям",
        body=(
            "Уважаемые родители!\n\nПризнаки сотрясения: головная боль, тошнота, головокружение, чувствительность к свету. "
            "Если вы заметили их у ребёнка после игры, сообщите спортивному тренеру. Возвращение к игре возможно только "
            "после поэтапной программы и разрешения врача."
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
