"""Non-English mail from the three organisations (8): Spanish, Somali, Nepali and Chinese."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Devanagari)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish DOT letter to patient",
        notes="Spanish letter to a named patient's gmail with her TB medicines, DOT times and sputum date.",
        frm="Odalys Ferrante RN <oferrante@tririvertb.org>",
        to="rosario.villalobos71@gmail.com",
        subject="Su tratamiento para la tuberculosis",
        body=(
            "Estimada Sra. Rosario Villalobos:\n\nLe recordamos que su tratamiento observado (DOT) para la "
            "tuberculosis pulmonar continúa de lunes a viernes a las 8:00 por videollamada. Sus medicinas son "
            "isoniazida, rifampicina, pirazinamida y etambutol. La próxima muestra de esputo es el martes 17 de marzo.\n\n"
            "Si tiene dolor abdominal, ojos amarillos o vómitos, llámenos enseguida al 555-0160.\n\n"
            "Clínica de Control de Tuberculosis Tri-River"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish screening-day flyer to families",
        notes="Spanish notice of hearing and vision screening days for all students; no individual.",
        frm="Pinecrest USD Health Services <healthservices@pinecrestusd.org>",
        to="familias@lists.pinecrestusd.org",
        subject="Exámenes de vista y audición en abril",
        body=(
            "Estimadas familias:\n\nDurante abril, las enfermeras escolares harán exámenes de vista y audición a los "
            "estudiantes de kínder, 1.º, 3.º y 5.º grado. No hay que hacer nada. Si su hijo no pasa el examen, "
            "recibirá una carta.\n\nServicios de Salud, Distrito Escolar de Pinecrest"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Somali vaccines-due message to parent",
        notes="Hard positive: Somali message to a mother's gmail naming her son with DOB and his overdue MMR and varicella doses.",
        frm="Marlow County Immunization Program <immunizations@marlowcountyhealth.org>",
        to="faadumo.cali.w@gmail.com",
        subject="Tallaalka wiilkaaga",
        body=(
            "Waalid sharafta leh Faadumo Cali,\n\nWiilkaaga Maxamed Cabdi Warsame (dhalashada 14/05/2021) wuxuu u baahan "
            "yahay tallaalka labaad ee MMR (jadeecada) iyo tallaalka busbuska (varicella) ka hor inta uusan bilaabin "
            "dugsiga. Ballan ka qaado 555-0140. Tallaalku waa bilaash.\n\n"
            "Barnaamijka Tallaalka, Caafimaadka Dadweynaha Degmada Marlow"
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=False,
        category="Somali free TB testing announcement",
        notes="Hard negative: Somali announcement listing TB symptoms and free testing hours; no individual.",
        frm="Health Educator <education@tririvertb.org>",
        to="info@somalicommunityharlow.org",
        subject="Baaritaanka qaaxada waa bilaash",
        body=(
            "Baaritaanka qaaxada (TB) waa bilaash. Isniin ilaa Jimco, 8 subaxnimo ilaa 4 galabnimo.\n\n"
            "Haddii aad qabtid qufac ka badan 3 toddobaad, dhidid habeenkii, ama miisaan dhimis, na soo wac 555-0160.\n\n"
            "Fadlan la wadaag xubnaha bulshada."
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=True,
        category="Nepali latent TB medicine reminder",
        notes="Hard positive: Nepali message naming the patient with his latent TB medicines and next liver blood test.",
        frm="DOT Team <dot@tririvertb.org>",
        to="tika.gurung.hbg@gmail.com",
        subject="तपाईंको औषधि र रगत जाँच",
        body=(
            "नमस्ते टीका गुरुङ जी,\n\nतपाईंको लुकेको क्षयरोगको औषधि (आइसोनियाजिड र रिफाम्पिन) हरेक दिन खानुहोस्। "
            "तपाईंको अर्को कलेजोको रगत जाँच मार्च १९ बिहान ९ बजे छ। वाकवाकी लागेमा वा आँखा पहेंलो भएमा तुरुन्तै "
            "555-0160 मा फोन गर्नुहोस्।\n\nत्रि-रिभर क्षयरोग नियन्त्रण क्लिनिक"
        ),
        charset="utf-8",
        lang="ne",
    ),
    Spec(
        phi=False,
        category="Nepali community vaccine clinic announcement",
        notes="Nepali announcement of a free community vaccine clinic; no individual.",
        frm="Outreach Team <outreach@marlowcountyhealth.org>",
        to="board@bhutanesenepalimarlow.org",
        subject="निःशुल्क खोप क्लिनिक - मार्च २१",
        body=(
            "नमस्कार,\n\nमार्च २१ शनिबार बिहान १० देखि दिउँसो २ बजेसम्म ग्रेटर होप ब्याप्टिस्ट चर्चमा निःशुल्क "
            "फ्लु, कोभिड र बालबालिकाको खोप दिइनेछ। बीमा वा अपोइन्टमेन्ट आवश्यक छैन। नेपाली दोभाषे उपलब्ध हुनेछन्।\n\n"
            "मार्लो काउन्टी जनस्वास्थ्य"
        ),
        charset="utf-8",
        lang="ne",
    ),
    Spec(
        phi=True,
        category="Chinese hearing screening referral to parent",
        notes="Hard positive: Chinese letter to a parent's outlook mailbox naming the student and her failed right-ear hearing screen.",
        frm="Nurse Tamsin Reyes <treyes@pinecrestusd.org>",
        to="zhou.lihua.home@outlook.com",
        subject="听力筛查结果通知",
        body=(
            "周女士您好：\n\n您的孩子陈子涵（二年级，14班）在3月5日的听力筛查中右耳未通过（1000和4000赫兹无反应）。"
            "请带她去儿科医生或耳鼻喉科医生处复查，并将检查结果交回学校护士办公室。\n\n"
            "橡树山小学 校护 Tamsin Reyes"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese hepatitis B vaccine information",
        notes="Hard negative: Chinese general information on hepatitis B birth dose and free adult vaccination; no individual.",
        frm="Marlow County Immunization Program <immunizations@marlowcountyhealth.org>",
        to="office@marlowchinesecenter.org",
        subject="乙肝疫苗宣传资料（中文）",
        body=(
            "您好：\n\n以下内容可用于贵中心的通讯：\n\n所有新生儿应在出生后24小时内接种第一剂乙肝疫苗。"
            "从未接种过乙肝疫苗的成人也可以在县卫生局免费接种。乙肝病毒携带者的家人应检查抗体。"
            "请致电555-0140预约。\n\n马洛县公共卫生局 免疫规划"
        ),
        charset="gb2312",
        lang="zh",
    ),
]
