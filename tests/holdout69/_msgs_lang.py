"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish CPAP pressure change to patient's son",
        notes="Hard positive: Spanish note to son's gmail naming his mother, her CPAP pressure change and residual apnea events.",
        frm="AirHaven Clínica <rt@airhavenhrs.com>",
        to="jorge.villalobos.r@gmail.com",
        subject="Cambio de presión del CPAP de su mamá",
        body=(
            "Estimado Jorge:\n\nLa Dra. Okonjo revisó los datos del CPAP de su mamá, la Sra. Carmen Villalobos. Todavía tiene 12 apneas por hora, "
            "así que subimos la presión mínima a 9 cmH2O. El técnico pasará el jueves 19 de marzo por la tarde para cambiarle la mascarilla a una de cara completa.\n\n"
            "Atentamente,\nAirHaven Home Respiratory"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish mask cleaning instructions",
        notes="Hard negative: Spanish generic CPAP cleaning instructions sent to a community clinic; no individual.",
        frm="AirHaven Educación <education@airhavenhrs.com>",
        to="recepcion@clinicalatinaroseville.org",
        subject="Instrucciones de limpieza del CPAP (para sus pacientes)",
        body=(
            "Hola:\n\nLes enviamos el texto en español para imprimir:\n\nLIMPIEZA DEL CPAP: lave la mascarilla todos los días con agua tibia y jabón suave. "
            "Cambie el agua del humidificador cada noche; use agua destilada. Lave la manguera una vez por semana y déjela secar colgada.\n\nAirHaven"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Polish rehab discharge summary to patient",
        notes="Hard positive: Polish message to patient's personal mailbox with full name, COPD, walk-test improvement and oxygen use.",
        frm="BreatheStrong Rehab <clinical@breathestrongfit.com>",
        to="zbigniew.kaczmarek58@wp.pl",
        subject="Podsumowanie rehabilitacji oddechowej",
        body=(
            "Szanowny Panie Zbigniewie Kaczmarek,\n\nukończył Pan 24 sesje rehabilitacji oddechowej z powodu POChP. Dystans w teście 6-minutowego marszu wzrósł z 290 m do 356 m. "
            "Podczas ćwiczeń nadal potrzebuje Pan tlenu 2 l/min. Kopię podsumowania wysłaliśmy do dr. Mehty.\n\nZ poważaniem,\nzespół BreatheStrong"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=False,
        category="Polish open class announcement",
        notes="Polish announcement of a free breathing class for a community parish list; no individual.",
        frm="BreatheStrong Zajęcia <classes@breathestrongfit.com>",
        to="biuro@polskaparafiasacramento.org",
        subject="Bezpłatne zajęcia oddechowe w kwietniu",
        body=(
            "Szanowni Państwo,\n\nw każdą środę kwietnia o 10:00 zapraszamy na bezpłatne zajęcia oddychania przeponowego i tai chi. "
            "Zajęcia są otwarte dla wszystkich; nie potrzeba skierowania.\n\nBreatheStrong Rehab Gym, 615 Galleria Blvd"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=True,
        category="Chinese sleep study booking to daughter",
        notes="Hard positive: Chinese message to daughter's mailbox naming her father, DOB and an overnight sleep study for suspected apnea.",
        frm="Granite Bay 睡眠中心 <sleepsched@granitebaypulm.com>",
        to="wenjing.zhou88@163.com",
        subject="您父亲的睡眠监测预约",
        body=(
            "周女士您好：\n\n您父亲周建华先生（出生日期1950年7月3日）的整夜多导睡眠监测已安排在3月26日晚上8:45，地点为本中心210室。"
            "医生怀疑他有阻塞性睡眠呼吸暂停。请带上他正在服用的所有药物。\n\nGranite Bay Pulmonary & Sleep"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese inhaler technique handout",
        notes="Chinese general inhaler-technique handout for a community centre; no individual.",
        frm="Granite Bay Pulmonary <news@granitebaypulm.com>",
        to="office@sacchinesecommunitycenter.org",
        subject="吸入器使用方法（中文版）",
        body=(
            "您好：\n\n附上吸入器正确使用方法的中文说明，供社区中心张贴：\n1. 摇匀吸入器。\n2. 先呼气，再用嘴含住吸嘴。\n3. 按压同时慢慢深吸气。\n4. 屏气十秒。\n5. 使用激素吸入器后要漱口。\n\nGranite Bay Pulmonary & Sleep"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Somali oxygen delivery notice to patient",
        notes="Hard positive: Somali message naming patient, home oxygen delivery and address-level detail to his personal mailbox.",
        frm="AirHaven Dispatch <dispatch@airhavenhrs.com>",
        to="abdirahman.warsame@gmail.com",
        subject="Keenista qalabka oksijiinta",
        body=(
            "Mudane Abdirahman Warsame,\n\nQalabka oksijiinta ee dhakhtarkaagu kuu qoray (2 litir daqiiqaddii habeenkii, sababta oo ah cudurka sambabada COPD) "
            "waxaa lagu keeni doonaa gurigaaga 415 Maple Grove Ct, Sacramento, Khamiista 19-ka Maarso inta u dhexeysa 1-3 galabnimo.\n\nAirHaven Home Respiratory"
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=False,
        category="Somali smoke-season advice to community centre",
        notes="Hard negative: Somali general advice on wildfire smoke and lung disease for a community mailing list; no individual.",
        frm="Granite Bay Pulmonary <news@granitebaypulm.com>",
        to="info@sacramentosomalicenter.org",
        subject="Talooyin xilliga qiiqa dabka",
        body=(
            "Asalaamu calaykum,\n\nDadka qaba neefta (asthma) ama COPD waa inay gudaha joogaan marka qiiqu badan yahay, daaqadahana xiraan. "
            "Haddii neeftu ku dhegto, la xiriir dhakhtarkaaga ama wac 911.\n\nGranite Bay Pulmonary & Sleep"
        ),
        charset="utf-8",
        lang="so",
    ),
]
