"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish discharge follow-up to mother",
        notes="Hard positive: Spanish message to a mother's gmail naming her daughter, her diabetic ketoacidosis admission and the diabetes education visit.",
        frm='"Renata Oyelaran, LMSW" <royelaran@bramblewoodchildrens.org>',
        to="yolanda.beltran.m@gmail.com",
        subject="Cita de seguimiento de Valeria",
        body=(
            "Estimada Sra. Beltrán:\n\nLe escribo para recordarle que Valeria tiene su cita con la educadora de diabetes el jueves 19 de marzo a las 10:00, "
            "después de su hospitalización por cetoacidosis diabética. Traiga el glucómetro y las plumas de insulina. "
            "Si necesita ayuda con el transporte, llámeme al 555-0142.\n\nRenata Oyelaran, trabajadora social\nHospital Infantil Bramblewood"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish SBHC enrollment announcement",
        notes="Spanish announcement to all families about how to enroll in the school health center; no student.",
        frm="Northgate SBHC <info@northgatesbhc.org>",
        to="familias@pellmiddle.k12.oh.us",
        subject="Centro de salud escolar: inscripción abierta",
        body=(
            "Estimadas familias:\n\nEl Centro de Salud Escolar de Northgate ofrece exámenes físicos, vacunas, consejería y atención cuando su hijo se enferma en la escuela. "
            "No importa si tiene seguro o no. Llene el formulario de consentimiento en la oficina o en línea.\n\nHorario: lunes a viernes, 7:30 a 3:30."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Arabic message to father about son's therapy",
        notes="Hard positive: Arabic message to a father's hotmail naming his son Yusuf, his PTSD therapy sessions and next appointment at the CAC.",
        frm='"Noor Haddad, LISW-S" <nhaddad@tallgrasscac.org>',
        to="khaled.mansour.oh@hotmail.com",
        subject="موعد يوسف القادم",
        body=(
            "السيد خالد منصور المحترم،\n\nأود أن أذكركم بأن جلسة العلاج النفسي القادمة لابنكم يوسف ستكون يوم الثلاثاء 24 مارس الساعة 4:00 مساء. "
            "يوسف يتحسن، والكوابيس أقل منذ بدأنا علاج اضطراب ما بعد الصدمة. أرجو حضوركم الجلسة المشتركة.\n\nنور حداد\nمركز تالغراس لمناصرة الأطفال"
        ),
        charset="iso-8859-6",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic flyer about hospital family resources",
        notes="Arabic flyer about free family services (interpreters, parking, meals) for all families; no patient.",
        frm="Social Work Department <socialwork@bramblewoodchildrens.org>",
        to="outreach@fenwickarabcommunity.org",
        subject="خدمات مجانية للعائلات في مستشفى برامبلوود",
        body=(
            "نرجو مشاركة هذه المعلومات مع العائلات:\n\nيقدم قسم الخدمة الاجتماعية في مستشفى برامبلوود للأطفال خدمات مجانية: مترجم باللغة العربية، "
            "تذاكر موقف السيارات، وجبات للوالدين، ومساعدة في التأمين الصحي. اتصلوا على 555-0142."
        ),
        charset="iso-8859-6",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Somali asthma follow-up to parent",
        notes="Hard positive: Somali message to a mother's yahoo naming her son Abdirahman, his asthma attack at school and inhaler.",
        frm='"Alicia Fernhill, CPNP" <afernhill@northgatesbhc.org>',
        to="hodan.warsame22@yahoo.com",
        subject="Abdirahman - xarunta caafimaadka dugsiga",
        body=(
            "Walaasheen Hodan,\n\nAbdirahman wuxuu maanta ku yimid xarunta caafimaadka isagoo neefta ku dhegtay (asthma). Waxaan siinay albuterol 4 mar, "
            "hadda wuu fiican yahay. Fadlan keen buufintiisa cusub berri, tan dugsiga way dhacday. Haddii aad su'aal qabto, wac 555-0105.\n\nAlicia, xarunta caafimaadka Northgate"
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=False,
        category="Somali vaccine clinic notice",
        notes="Somali notice to families about a free vaccine day at school; no student.",
        frm="Northgate SBHC <info@northgatesbhc.org>",
        to="somali-families@pellmiddle.k12.oh.us",
        subject="Maalinta tallaalka bilaashka ah - 25 March",
        body=(
            "Waalidiinta qaaliga ah,\n\nArbacada 25 March, xarunta caafimaadka dugsiga waxay bixin doontaa tallaalo bilaash ah (Tdap, MenACWY, HPV, hargabka) "
            "ardayda fasalka 6aad ilaa 8aad. Fadlan soo celi foomka ogolaanshaha ka hor 20 March."
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=True,
        category="Portuguese advocacy update to grandmother",
        notes="Hard positive: Portuguese message to a grandmother's gmail naming her granddaughter's medical exam and counseling referral at the CAC.",
        frm='"Tamsin Ogle, Victim Advocate" <togle@tallgrasscac.org>',
        to="maria.conceicao.avo@gmail.com",
        subject="Próximos passos para a Gabriela",
        body=(
            "Prezada Dona Maria da Conceição,\n\nObrigada por trazer a Gabriela ontem. O exame médico com a enfermeira Corinne foi concluído e os exames de "
            "sangue (HIV e sífilis) ficam prontos em uma semana. Marcamos a primeira sessão de terapia com a Noor para 26 de março às 15h.\n\n"
            "Tamsin Ogle, defensora de vítimas\nCentro Tallgrass de Defesa da Criança"
        ),
        charset="iso-8859-1",
        lang="pt",
    ),
    Spec(
        phi=False,
        category="Portuguese volunteer thank-you",
        notes="Hard negative: Portuguese thank-you to a volunteer interpreter mentioning 'children we serve' in general; no individual child.",
        frm="Tallgrass Volunteers <volunteer@tallgrasscac.org>",
        to="paulo.teixeira.voluntario@gmail.com",
        subject="Obrigado pelo seu trabalho como intérprete",
        body=(
            "Olá Paulo,\n\nMuito obrigado pelas 60 horas de voluntariado como intérprete este ano. As famílias brasileiras que atendemos se sentem mais seguras "
            "quando alguém fala a sua língua. Convidamos você para o jantar de voluntários em 30 de abril.\n\nKendra, Coordenação de Voluntários"
        ),
        charset="utf-8",
        lang="pt",
    ),
]
