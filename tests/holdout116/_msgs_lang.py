"""Non-English mail from the three organisations: Spanish, Russian, French, Hindi (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Cyrillic and Devanagari)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish pre-op instructions to patient",
        notes="Spanish pre-op instructions to the patient's gmail naming him, his gastric bypass date and his medication changes.",
        frm="Lakeshore Bariatric <pacientes@lakeshorebariatric.org>",
        to="efrain.quinones.mke@gmail.com",
        subject="Instrucciones antes de su cirugía",
        body=(
            "Estimado Sr. Efraín Quiñones:\n\nLe recordamos que su cirugía de bypass gástrico con la Dra. Helen Marsh está programada "
            "para el martes 2 de junio en el Hospital St. Brendan's (llegue a las 5:30 de la mañana). Comience la dieta líquida de dos "
            "semanas el 19 de mayo. Deje de tomar su glipizida la mañana de la cirugía y traiga su máquina CPAP.\n\n"
            "Si tiene preguntas, llame al (414) 555-0112.\n\nLakeshore Bariatric & Metabolic Institute"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish programme information for community partner",
        notes="Hard negative: Spanish description of the telehealth programme, GLP-1 medicines and eligibility for a community clinic's waiting room; no individual.",
        frm="TrimPath Health <hola@trimpathhealth.com>",
        to="promotoras@clinicacomunitaria-austin.org",
        subject="Información en español sobre TrimPath",
        body=(
            "Hola:\n\nPara sus promotoras de salud: TrimPath ofrece atención médica para el control de peso por video, con "
            "médicos y enfermeras practicantes con licencia en Texas. Si es clínicamente apropiado, se pueden recetar "
            "medicamentos como la semaglutida o la tirzepatida. Pueden participar adultos con un IMC de 30 o más, o de 27 "
            "o más con presión alta, diabetes tipo 2 o colesterol alto.\n\nLínea en español: (888) 555-0121."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Russian dose escalation message to member",
        notes="Hard positive: Russian message to the member's mail.ru naming her, her tirzepatide dose increase and her nausea.",
        frm="TrimPath Care Team <care@trimpathhealth.com>",
        to="s.voronina84@mail.ru",
        subject="Ваша новая доза",
        body=(
            "Здравствуйте, Светлана Воронина!\n\nПосле вашего видеовизита 11 мая Джордан Вэнс повышает дозу тирзепатида "
            "(Zepbound) с 5 мг до 7,5 мг в неделю. Новые шприц-ручки отправлены 12 мая. Если тошнота, о которой вы писали, "
            "усилится, ешьте маленькими порциями и напишите нам.\n\nКоманда TrimPath, (888) 555-0120"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian screening day announcement",
        notes="Russian announcement of an onsite health screening for a workplace; no individual.",
        frm="Vitalis Wellness <events@vitaliswellness.com>",
        to="obshchina@halvernlogistics.com",
        subject="Бесплатная проверка здоровья на работе",
        body=(
            "Уважаемые сотрудники!\n\n20-22 мая в комнате 2B пройдет бесплатная проверка: давление, холестерин, сахар в крови. "
            "Это займет 15 минут. Ваши результаты конфиденциальны: работодатель получает только общие данные.\n\n"
            "Запись: my.vitaliswellness.com или (312) 555-0130."
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="French coaching follow-up to participant",
        notes="French coaching note to the participant's hotmail naming her, her blood pressure readings and her hypertension medication.",
        frm="Vitalis Coaching <coaching@vitaliswellness.com>",
        to="amelie.rousseau.chi@hotmail.com",
        subject="Suivi de notre appel",
        body=(
            "Bonjour Amélie Rousseau,\n\nComme convenu lors de notre appel, votre tension moyenne cette semaine est de 142/91, "
            "encore au-dessus de l'objectif. Continuez le lisinopril 10 mg prescrit par votre médecin et notez votre tension chaque matin. "
            "Prochain appel le 27 mai.\n\nÉlodie Marchand, coach santé, Vitalis Workplace Wellness"
        ),
        charset="windows-1252",
        lang="fr",
    ),
    Spec(
        phi=False,
        category="French information session notice",
        notes="Hard negative: French notice of a public bariatric surgery information session naming the surgeon and procedures but no patient.",
        frm="Lakeshore Bariatric <info@lakeshorebariatric.org>",
        to="contact@alliancefrancaise-milwaukee.org",
        subject="Séance d'information sur la chirurgie bariatrique",
        body=(
            "Bonjour,\n\nLe Dr Anil Ferreira, chirurgien bariatrique, présentera une séance d'information gratuite en français le "
            "jeudi 11 juin à 18 h : sleeve gastrectomie, bypass gastrique, critères d'assurance et suivi après l'opération. "
            "Merci de partager avec vos membres.\n\nLakeshore Bariatric & Metabolic Institute, (414) 555-0110"
        ),
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        phi=True,
        category="Hindi lab reminder to member",
        notes="Hindi message to the member's gmail naming him, his semaglutide and a kidney lab he must get before his refill.",
        frm="TrimPath Care Team <care@trimpathhealth.com>",
        to="rajesh.bhatnagar.tx@gmail.com",
        subject="आपकी दवा की रीफिल के बारे में",
        body=(
            "नमस्ते राजेश भटनागर जी,\n\nआपकी सेमाग्लूटाइड (Wegovy 1 mg) की अगली रीफिल से पहले डॉ. रेनाटा कोल चाहती हैं कि आप "
            "गुर्दे की जाँच (क्रिएटिनिन) करवाएँ, क्योंकि पिछले महीने उल्टी के कारण आपको पानी की कमी हुई थी। "
            "किसी भी Quest लैब में 20 मई तक जाँच करवा लें।\n\nTrimPath केयर टीम, (888) 555-0120"
        ),
        charset="utf-8",
        lang="hi",
    ),
    Spec(
        phi=False,
        category="Hindi healthy eating tips",
        notes="Hard negative: Hindi wellness tips on diabetes prevention for an employee resource group; general health content, no individual.",
        frm="Vitalis Wellness <programs@vitaliswellness.com>",
        to="southasian-erg@marisco-foods.com",
        subject="मधुमेह से बचाव: पाँच आसान सुझाव",
        body=(
            "नमस्ते,\n\nआपके कर्मचारी समूह के लिए कुछ सुझाव:\n1. रोज़ 30 मिनट तेज़ चलें।\n2. मीठे पेय कम करें।\n"
            "3. आधी थाली सब्ज़ियों से भरें।\n4. अच्छी नींद लें।\n5. साल में एक बार अपना A1c जाँचें।\n\n"
            "Vitalis Workplace Wellness, (312) 555-0130"
        ),
        charset="utf-8",
        lang="hi",
    ),
]
