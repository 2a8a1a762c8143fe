"""Non-English mail from the three organisations: Spanish, Portuguese, Haitian Creole, Chinese (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish post-injection instructions",
        notes="Spanish aftercare email to the patient's gmail naming her, the left-eye injection for macular degeneration and her next visit.",
        frm="Clearview Retina & Eye Associates <frontdesk@clearviewretina.com>",
        to="maria.ines.quinones@gmail.com",
        subject="Instrucciones después de su visita",
        body=(
            "Estimada Sra. María Inés Quiñones:\n\nHoy la Dra. Raman le aplicó una inyección de Eylea en el ojo IZQUIERDO "
            "para la degeneración macular húmeda. Es normal sentir arenilla o ver una mancha roja en el ojo por uno o dos días.\n\n"
            "Llame de inmediato al (610) 555-0110 si tiene dolor fuerte, visión más borrosa o sensibilidad a la luz.\n\n"
            "Su próxima cita es el martes 26 de mayo a las 9:00 a. m.\n\nClearview Retina & Eye Associates"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish back-to-school eye exam promotion",
        notes="Spanish promotion for children's eye exams sent to a community centre; general, no individual.",
        frm="BrightFrame Optical <ofertas@brightframeoptical.com>",
        to="info@centrohispanoallentown.org",
        subject="Exámenes de la vista para niños - agosto",
        body=(
            "Hola:\n\nPara su boletín de agosto: en BrightFrame Optical los niños menores de 12 años reciben un examen de la vista "
            "completo y un par de lentes con 30 % de descuento. Uno de cada cuatro niños tiene un problema de visión que no se ha "
            "detectado. Aceptamos la mayoría de los seguros.\n\nLlame al (484) 555-0130. ¡Hablamos español!"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Portuguese O&M schedule to client's daughter",
        notes="Hard positive: Portuguese email to a daughter's hotmail names her mother, her address and cane-travel lessons, which reveal her blindness from glaucoma.",
        frm="Daniel Ortiz <dortiz@beaconlowvision.org>",
        to="fonseca.luciana@hotmail.com",
        subject="Aulas de orientação e mobilidade da sua mãe",
        body=(
            "Olá Luciana,\n\nConfirmo as aulas de orientação e mobilidade da sua mãe, Sra. Maria da Graça Fonseca, às segundas-feiras "
            "às 10h, a partir de 4 de maio, na casa dela (215 Pine St, Bethlehem). Vamos treinar o uso da bengala branca até a parada "
            "de ônibus. Como o glaucoma tirou quase toda a visão lateral, peço que ela use sapatos fechados.\n\n"
            "Daniel Ortiz, COMS\nBeacon Low Vision Services - (610) 555-0150"
        ),
        charset="iso-8859-1",
        lang="pt",
    ),
    Spec(
        phi=False,
        category="Portuguese diabetic retinopathy education",
        notes="Hard negative: Portuguese education text about diabetic retinopathy and annual exams for a community group; no individual.",
        frm="Clearview Retina & Eye Associates <education@clearviewretina.com>",
        to="contato@associacaobrasileiralv.org",
        subject="Texto para o boletim: diabetes e visão",
        body=(
            'Prezados,\n\nSegue um texto para o boletim da associação:\n\n"Quem tem diabetes deve fazer exame de fundo de olho com '
            "pupila dilatada uma vez por ano. A retinopatia diabética não dá sintomas no início, mas pode causar cegueira. "
            'O tratamento com laser ou injeções funciona melhor quando começa cedo."\n\nAtenciosamente,\nEquipe de Educação - Clearview'
        ),
        charset="utf-8",
        lang="pt",
    ),
    Spec(
        phi=True,
        category="Haitian Creole glasses and diabetic exam notice",
        notes="Haitian Creole message to the customer's gmail naming him, his new prescription and a follow-up for diabetic retinopathy.",
        frm="BrightFrame Allentown <allentown@brightframeoptical.com>",
        to="jeanrobert.pierrelouis@gmail.com",
        subject="Linèt ou yo pare",
        body=(
            "Bonjou Mesye Jean-Robert Pierre-Louis,\n\nNouvo linèt ou yo pare nan magazen BrightFrame Allentown. Preskripsyon ou: "
            "OD -1.25 -0.50 x 090, OS -1.50. Doktè Rowland te wè yon ti kras retinopati dyabetik nan je dwat ou, kidonk li vle wè ou "
            "ankò nan 4 mwa - randevou ou se 18 out a 2:00 pm.\n\nRele nou nan (484) 555-0130 si ou gen kesyon."
        ),
        charset="utf-8",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="Haitian Creole services flyer",
        notes="Hard negative: Haitian Creole flyer describing low vision services and eligibility in general to a church office; no individual.",
        frm="Beacon Low Vision Services <info@beaconlowvision.org>",
        to="biwo@legliztanpleallentown.org",
        subject="Enfòmasyon sou sèvis Beacon pou moun ki pa wè byen",
        body=(
            "Bonjou,\n\nTanpri pataje enfòmasyon sa a ak manm legliz la:\n\nBeacon Low Vision Services ede moun ki gen pwoblèm "
            "vizyon - degenerasyon makilè, glokòm, retinopati dyabetik - viv poukont yo: aprann sèvi ak baton blan, loup, telefòn "
            "ki pale. Sèvis yo gratis pou pifò moun. Rele (610) 555-0150.\n\nMèsi!"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=True,
        category="Chinese cataract pre-op instructions to son",
        notes="Chinese pre-operative instructions to a son's mailbox naming his mother, her cataract surgery date and eye-drop regimen.",
        frm="Clearview Retina & Eye Associates <surgery@clearviewretina.com>",
        to="chen.wei.family@outlook.com",
        subject="您母亲的白内障手术说明",
        body=(
            "陈先生您好：\n\n您母亲陈美玲女士的右眼白内障手术定于5月6日上午7:30在Saucon Valley手术中心进行，由Whitfield医生主刀。"
            "请于手术前三天开始使用莫西沙星眼药水，每天四次；手术当天早上不要吃东西，照常服用降压药。\n\n"
            "如有问题请致电(610) 555-0110。\n\nClearview 眼科"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Traditional Chinese store notice",
        notes="Traditional Chinese notice of a new store and accepted vision plans sent to a community association; no individual.",
        frm="BrightFrame Optical <care@brightframeoptical.com>",
        to="office@lehighchineseassociation.org",
        subject="BrightFrame 新店開幕通知",
        body=(
            "各位會員好：\n\nBrightFrame Optical 第十一家分店將於5月2日在Whitehall開幕。我們接受ClearSight、VSP及EyeMed等視力保險，"
            "並提供兒童近視控制及隱形眼鏡驗配服務。開幕當天免費調整眼鏡。\n\n電話：(484) 555-0130"
        ),
        charset="big5",
        lang="zh",
    ),
]
