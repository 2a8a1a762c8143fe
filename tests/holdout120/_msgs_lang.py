"""Non-English mail from the three organisations: Spanish, Italian, Chinese, Ukrainian (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish oxygen setup instructions to patient",
        notes="Spanish instructions to the patient's gmail naming her, her home oxygen flow rate, COPD and the technician's follow-up visit.",
        frm="Ridgeline Home Medical <servicio@ridgelinehomemedical.com>",
        to="rosario.villanueva61@gmail.com",
        subject="Instrucciones para su equipo de oxígeno",
        body=(
            "Estimada Sra. Rosario Villanueva:\n\nGracias por recibirnos hoy en su casa de 310 Hepburn St. Según la receta de la Dra. Hoy "
            "para su EPOC, use el concentrador a 2 litros por minuto día y noche, y los tanques portátiles cuando salga. "
            "Nuestra terapeuta respiratoria, Carla, la visitará el 27 de abril para medir su saturación.\n\n"
            "No fume ni cocine con llama cerca del oxígeno. Línea de 24 horas: (570) 555-0169.\n\nRidgeline Home Medical"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish sleep apnea awareness flyer",
        notes="Hard negative: Spanish flyer describing sleep apnea symptoms and how to request a study; no individual.",
        frm="Susquehanna Sleep Diagnostics <outreach@susquehannasleep.com>",
        to="info@centrohispanolewisburg.org",
        subject="Volante: ¿Ronca usted? Información sobre la apnea del sueño",
        body=(
            "Hola:\n\nLes enviamos este texto para el tablero de anuncios de su centro:\n\n¿RONCA FUERTE O SE DESPIERTA CANSADO?\n"
            "La apnea obstructiva del sueño causa ronquidos, pausas en la respiración y sueño durante el día. Sin tratamiento aumenta el "
            "riesgo de presión alta y accidentes. Pida a su médico una prueba del sueño; muchas se hacen en casa.\n\n"
            "Susquehanna Sleep Diagnostics - (570) 555-0140 - Hablamos español."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Italian device check summary to patient's daughter",
        notes="Hard positive: Italian message to a daughter's libero.it mailbox naming her father, his pacemaker check results and atrial fibrillation episodes.",
        frm="Keystone Device Clinic <deviceclinic@keystoneheartrhythm.org>",
        to="giulia.santoro78@libero.it",
        subject="Controllo del pacemaker di suo padre",
        body=(
            "Gentile Sig.ra Santoro,\n\ncome richiesto da suo padre, il Sig. Vittorio Santoro, le inviamo un riepilogo del controllo del "
            "pacemaker del 9 aprile: batteria buona (circa 8 anni), elettrocateteri normali. Il dispositivo ha registrato alcuni episodi di "
            "fibrillazione atriale, il più lungo di 5 ore. Il Dr. Sethi ha iniziato l'apixaban 5 mg due volte al giorno.\n\n"
            "Prossimo controllo a distanza: luglio.\n\nKeystone Heart Rhythm Center - (717) 555-0121"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=False,
        category="Italian congress registration reply",
        notes="Italian reply about a physician's registration and fee for an electrophysiology congress; no patient.",
        frm="Dr. Anand Sethi <asethi@keystoneheartrhythm.org>",
        to="segreteria@congressoaritmie-bologna.it",
        subject="Iscrizione al congresso - Dr. Anand Sethi",
        body=(
            "Gentile Segreteria,\n\nconfermo la mia iscrizione al Congresso di Aritmologia di Bologna (14-16 ottobre). "
            'Ho effettuato il bonifico di 650 € il 10 aprile. Presenterò la relazione "Stimolazione del sistema di conduzione: '
            'esperienza di un centro americano" nella sessione di giovedì.\n\nCordiali saluti,\nAnand Sethi, MD\nKeystone Heart Rhythm Center'
        ),
        charset="iso-8859-15",
        lang="it",
    ),
    Spec(
        phi=True,
        category="Chinese sleep study result to patient's son",
        notes="Chinese message to a son's 163.com mailbox naming his mother, her severe sleep apnea result and the CPAP order.",
        frm="Susquehanna Sleep Diagnostics <sleeplab@susquehannasleep.com>",
        to="lin.haoran@163.com",
        subject="您母亲的睡眠检查结果",
        body=(
            "林先生您好：\n\n根据您母亲林秀英女士的授权，现告知她4月6日睡眠监测的结果：重度阻塞性睡眠呼吸暂停，"
            "每小时呼吸暂停低通气指数为46次，最低血氧饱和度为80%。Varga医生建议使用呼吸机治疗，"
            "处方已发给Ridgeline家庭医疗设备公司，他们会联系您安排安装。\n\n如有问题请致电(570) 555-0140。"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese CPAP cleaning instructions",
        notes="Hard negative: Chinese general CPAP cleaning instructions for a community centre; no individual.",
        frm="Ridgeline Home Medical <outreach@ridgelinehomemedical.com>",
        to="office@williamsportchinesecommunity.org",
        subject="呼吸机清洁说明（中文版）",
        body=(
            "您好：\n\n请将以下说明转给需要的会员：\n\n一、面罩每天用温水和中性肥皂清洗，自然晾干。\n"
            "二、加湿器水箱每天换水，只用蒸馏水。\n三、管路每周清洗一次。\n四、过滤棉每两周更换一次。\n\n"
            "如需中文服务，请致电(570) 555-0160。"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Ukrainian concentrator replacement notice",
        notes="Hard positive: Ukrainian note to a patient's ukr.net mailbox naming him, his address and the replacement of his oxygen concentrator.",
        frm="Ridgeline Home Medical <service@ridgelinehomemedical.com>",
        to="mykola.hrytsenko@ukr.net",
        subject="Заміна кисневого концентратора",
        body=(
            "Шановний пане Миколо Гриценко!\n\nУ четвер, 16 квітня, наш технік привезе новий кисневий концентратор на вашу адресу "
            "(118 Grove St, Williamsport) і забере старий. Продовжуйте використовувати кисень 2 л/хв, як призначив лікар. "
            "Якщо концентратор знову подасть сигнал тривоги, користуйтеся балоном і телефонуйте (570) 555-0169.\n\nRidgeline Home Medical"
        ),
        charset="koi8-u",
        lang="uk",
    ),
    Spec(
        phi=False,
        category="Ukrainian sleep lab visitor information",
        notes="Ukrainian general information on how an overnight sleep study works, sent to a community organisation; no individual.",
        frm="Susquehanna Sleep Diagnostics <outreach@susquehannasleep.com>",
        to="info@ukrainiancentercentralpa.org",
        subject="Як проходить нічне обстеження сну",
        body=(
            "Доброго дня!\n\nПросимо поширити цю інформацію серед членів вашої громади:\n\nНічне обстеження сну (полісомнографія) "
            "проводиться в окремій кімнаті. Пацієнт приходить о 20:30, технік закріплює датчики, вранці о 6:00 пацієнт іде додому. "
            "Обстеження безболісне. Потрібне направлення лікаря.\n\nТелефон: (570) 555-0140"
        ),
        charset="koi8-u",
        lang="uk",
    ),
]
