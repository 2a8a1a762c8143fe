"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation)

from __future__ import annotations

from _spec import FOL, HCA, MCG, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish diagnosis letter to daughter",
        notes="Spanish letter to daughter's gmail naming her mother, vascular dementia diagnosis and new medication.",
        frm=f"Dra. Priya Raman <praman@{MCG}>",
        to="rosa.villanueva.mke@gmail.com",
        subject="Resultados de la evaluación de memoria de su mamá",
        body=(
            "Estimada Sra. Villanueva:\n\nLe escribo sobre la evaluación de su madre, la Sra. Consuelo Ibarra, del 23 de "
            "noviembre. Los resultados de la resonancia y de las pruebas cognitivas (MoCA 16/30) indican demencia vascular "
            "leve a moderada. Empezamos aspirina 81 mg y ajustamos la presión arterial con amlodipino 5 mg.\n\n"
            "La próxima cita es el 11 de enero.\n\nMaplecrest Geriatrics & Memory Care"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish support group announcement",
        notes="Hard negative: Spanish announcement of a dementia caregiver support group; no individual.",
        frm=f"Grupos de Apoyo <groups@{HCA}>",
        to="parroquia.sanadalberto@gmail.com",
        subject="Nuevo grupo de apoyo en español para cuidadores",
        body=(
            "Buenas tardes:\n\n¿Cuida a un familiar con Alzheimer u otra demencia? Harborlight abre un grupo de apoyo "
            "en español el primer jueves de cada mes, a las 6:00 p.m., en el salón parroquial. Es gratis y confidencial. "
            "Llame al 414-555-0160.\n\nHarborlight Caregiver Alliance"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese Medicaid update to client's son",
        notes="Hard positive: Chinese e-mail to son's mailbox naming his father's nursing home admission, dementia and Medicaid application.",
        frm=f"Adaeze Osei <aosei@{FOL}>",
        to="wei.chen.family@outlook.com",
        subject="关于您父亲医疗补助申请的进展",
        body=(
            "陈先生您好：\n\n您父亲陈国华先生（出生日期1938年5月2日）已于11月20日入住松林护理院，"
            "诊断为中度阿尔茨海默病。我们已于12月1日递交了长期护理医疗补助（Medicaid）申请，"
            "预计45天内会有结果。请保留护理院的每月账单。\n\nFenwick & Osei 老年法律事务所"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese free memory screening event",
        notes="Hard negative: Chinese notice of a free community memory screening day; health topic, no individual.",
        frm=f"Community Outreach <outreach@{MCG}>",
        to="office@mke-chinese-community-center.org",
        subject="免费记忆力筛查活动通知",
        body=(
            "各位社区朋友：\n\n如果您或家人最近常常忘事，欢迎参加12月12日（星期六）上午10点至下午2点在中华"
            "社区中心举行的免费记忆力筛查。现场有中文翻译。无需预约。\n\nMaplecrest 老年与记忆门诊"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Italian respite stay confirmation to caregiver",
        notes="Hard positive: Italian e-mail to caregiver naming her mother's respite stay, Parkinson's and medication times.",
        frm=f"Programma Sollievo <respite@{HCA}>",
        to="giovanna.russo.mke@libero.it",
        subject="Soggiorno di sollievo per sua madre",
        body=(
            "Gentile Sig.ra Russo,\n\nconfermiamo il soggiorno di sollievo di sua madre, la Sig.ra Carmela Russo, "
            "presso Sunrise Commons dal 14 al 18 dicembre. Il personale sa che, a causa del Parkinson, deve prendere "
            "la levodopa alle 7, 11, 15 e 19 esatte. Porti per favore le medicine nelle confezioni originali.\n\n"
            "Cordiali saluti,\nHarborlight Caregiver Alliance"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=False,
        category="Italian seminar invitation on powers of attorney",
        notes="Italian invitation to a legal seminar on powers of attorney for families; no individual.",
        frm=f"Fenwick & Osei Events <events@{FOL}>",
        to="segreteria@italiancommunitycenter-mke.org",
        subject="Seminario gratuito: procure e pianificazione per la demenza",
        body=(
            "Buongiorno,\n\nvi invitiamo a un seminario gratuito in italiano e inglese il 20 gennaio alle 18:00 "
            "sulle procure sanitarie e finanziarie e sulla pianificazione in caso di demenza. Chi desidera partecipare "
            "può chiamare il 414-555-0190.\n\nFenwick & Osei Elder Law"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=True,
        category="Polish appointment reminder with diagnosis",
        notes="Polish reminder to patient's gmail naming him, a mild cognitive impairment follow-up and neuropsychological tests.",
        frm=f"Rejestracja <scheduling@{MCG}>",
        to="zbigniew.kaczmarek44@gmail.com",
        subject="Przypomnienie o wizycie kontrolnej",
        body=(
            "Szanowny Panie Zbigniewie Kaczmarek,\n\nprzypominamy o wizycie kontrolnej w poradni pamięci w dniu "
            "15 grudnia o godz. 9:30 u dr. Amadiego. Wizyta dotyczy łagodnych zaburzeń poznawczych; zaplanowano "
            "powtórne testy neuropsychologiczne (ok. 2 godziny). Prosimy zabrać listę leków.\n\n"
            "Maplecrest Geriatrics & Memory Care"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=False,
        category="Polish caregiver tips newsletter",
        notes="Hard negative: Polish caregiver tips on sleep problems in dementia, sent to a community mailbox; no individual.",
        frm=f"Harborlight News <news@{HCA}>",
        to="polskiklub.milwaukee@gmail.com",
        subject="Porady dla opiekunów: problemy ze snem",
        body=(
            "Drodzy opiekunowie,\n\nosoby z chorobą Alzheimera często źle śpią. Pomaga stała pora wstawania, "
            "spacer w ciągu dnia, ograniczenie kawy po południu i przyciemnione światło wieczorem. Zapraszamy na "
            "spotkanie grupy wsparcia w każdą środę.\n\nHarborlight Caregiver Alliance"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
]
