"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish newborn jaundice follow-up to mother",
        notes="Spanish message to the mother's gmail naming her and her baby with a bilirubin of 14.2 and a recheck appointment.",
        frm="Pilar Esquivel <pesquivel@willowmerebirthcenter.org>",
        to="xiomara.benitez.lugo@gmail.com",
        subject="Resultado de la bilirrubina de Lucía",
        body=(
            "Hola Xiomara:\n\nEl resultado de la bilirrubina de Lucía (nacida el 9 de mayo) salió en 14,2 mg/dL a las 72 horas. "
            "Está por debajo del nivel de fototerapia, pero queremos repetirla mañana a las 10:00 en el centro. Siga dándole el pecho "
            "cada 2-3 horas y póngala cerca de la ventana.\n\nSi la ve muy amarilla, dormida o que no quiere comer, llámenos al 614-555-0151.\n\n"
            "Pilar Esquivel, RN\nWillowmere Birth Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish postpartum support group flyer",
        notes="Hard negative: Spanish flyer for a postpartum support circle mentioning depression and breastfeeding in general terms; no individual.",
        frm="Milkweed Classes <classes@milkweeddoulas.com>",
        to="promotoras@ashgrovelatinocenter.org",
        subject="Círculo de apoyo posparto en español - junio",
        body=(
            "¡Hola promotoras!\n\nLes compartimos el volante para nuestro nuevo círculo de apoyo posparto en español:\n\n"
            "CÍRCULO DE MAMÁS - martes 6:00 p.m., Biblioteca de Ashgrove\nTemas: lactancia, sueño del bebé, tristeza posparto y depresión "
            "(cuándo pedir ayuda), regreso al trabajo.\nGratis. Pueden venir con el bebé.\n\nMilkweed Lactation & Postpartum Doulas"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Portuguese placenta previa ultrasound result to patient",
        notes="Hard positive: Portuguese message to the patient's hotmail with her name and a placenta previa finding with pelvic rest and a repeat scan.",
        frm="Ingrid Baptiste CNM <ibaptiste@cedarhollowobgyn.com>",
        to="fernanda.albuquerque.s@hotmail.com",
        subject="Resultado do seu ultrassom",
        body=(
            "Olá Fernanda Albuquerque,\n\nO ultrassom morfológico de 20 semanas mostrou que o bebê está crescendo bem, mas a placenta está "
            "cobrindo o colo do útero (placenta prévia). Na maioria das vezes ela sobe até o terceiro trimestre. Até lá, evite relações sexuais "
            "e exercícios intensos, e vá direto ao hospital se tiver qualquer sangramento.\n\nVamos repetir o ultrassom com 32 semanas.\n\n"
            "Ingrid Baptiste, CNM\nCedar Hollow OB/GYN & Midwifery"
        ),
        charset="iso-8859-1",
        lang="pt",
    ),
    Spec(
        phi=False,
        category="Portuguese birth center tour information",
        notes="Portuguese general information about birth center tours and costs sent to a community organisation; no individual.",
        frm="Willowmere Birth Center <hello@willowmerebirthcenter.org>",
        to="contato@casabrasilohio.org",
        subject="Visitas ao centro de parto - informações em português",
        body=(
            "Prezada equipe da Casa Brasil,\n\nPara as famílias da comunidade: o Willowmere Birth Center oferece visitas guiadas no último "
            "sábado de cada mês. O parto no centro é para gestações de baixo risco, com parteiras certificadas, e aceitamos Medicaid e a maioria "
            "dos planos.\n\nAgendamento: 614-555-0150 (temos intérprete de português às quintas).\n\nAtenciosamente,\nWillowmere Birth Center"
        ),
        charset="iso-8859-1",
        lang="pt",
    ),
    Spec(
        phi=True,
        category="Haitian Creole mastitis follow-up to client",
        notes="Haitian Creole check-in to the client's gmail naming her, her breast infection and the antibiotic prescribed.",
        frm="Marisol Teague IBCLC <mteague@milkweeddoulas.com>",
        to="nadege.pierrelouis@gmail.com",
        subject="Kijan ou ye jodi a?",
        body=(
            "Bonjou Nadège Pierre-Louis,\n\nMwen jis vle konnen kijan ou santi ou jodi a. Èske lafyèv la desann depi ou kòmanse pran "
            "antibyotik (cephalexin) doktè a ba ou pou enfeksyon nan tete gòch ou a? Kontinye bay tete a oswa tire lèt, menm sou bò ki fè mal la.\n\n"
            "Si lafyèv la pa desann nan 48 èdtan, rele doktè ou ankò.\n\nMarisol\nMilkweed Lactation & Postpartum Doulas"
        ),
        charset="utf-8",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="Haitian Creole prenatal vitamin reminder handout",
        notes="Hard negative: Haitian Creole general handout about folic acid and prenatal vitamins for a church health ministry; no individual.",
        frm="Cedar Hollow News <news@cedarhollowobgyn.com>",
        to="ministesante@eglisebethelashgrove.org",
        subject="Fèy enfòmasyon: vitamin pou fanm ansent",
        body=(
            "Bonjou frè ak sè,\n\nMen yon ti fèy pou gwoup fanm yo:\n\nVITAMIN PRENATAL: Pran yon vitamin ki gen 400 mikwogram asid folik "
            "chak jou, menm anvan ou ansent. Sa ede anpeche kèk pwoblèm nan mwèl epinyè tibebe a. Si ou gen anemi, doktè ou ka ba ou fè tou.\n\n"
            "Cedar Hollow OB/GYN & Midwifery - 614-555-0131 (nou gen entèprèt kreyòl)"
        ),
        charset="utf-8",
        lang="ht",
    ),
    Spec(
        phi=True,
        category="Chinese GBS and induction note to client's husband",
        notes="Hard positive: Chinese message to the husband naming his wife with a positive GBS result and a planned induction date at the hospital.",
        frm="Keziah Amberly CPM <kamberly@willowmerebirthcenter.org>",
        to="zhou.haoran88@163.com",
        subject="关于您太太的检查结果",
        body=(
            "周先生您好：\n\n您太太林晓雯的B族链球菌（GBS）检测结果为阳性，分娩时需要静脉注射青霉素。另外，因为她已经41周加3天，"
            "我们建议5月15日早上7点在圣布伦丹医院引产。请转告她，如有问题请致电614-555-0151。\n\nWillowmere Birth Center 助产士 Keziah"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese postpartum confinement class announcement",
        notes="Chinese announcement of a postpartum recovery and 'zuo yuezi' class; no individual.",
        frm="Milkweed Classes <classes@milkweeddoulas.com>",
        to="office@ashgrovechineseassoc.org",
        subject="产后护理讲座（中文）",
        body=(
            "您好！\n\nMilkweed 将于6月13日（星期六）上午10点在华人协会举办中文产后护理讲座，内容包括：坐月子的传统与现代建议、"
            "母乳喂养、产后情绪变化。免费参加，欢迎准爸爸准妈妈和长辈一起来。\n\n报名电话：614-555-0190"
        ),
        charset="gb2312",
        lang="zh",
    ),
]
