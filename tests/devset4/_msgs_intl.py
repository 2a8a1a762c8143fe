# ruff: noqa: E501, RUF001
"""Hand-written devset4 messages in Spanish, Somali, Russian and Hmong."""

from __future__ import annotations

from _pdf import pdf
from _spec import Att, Spec

R = "riversideortho.com"
B = "lakeshorebh.org"
D = "brightsmilespeds.com"

MESSAGES: list[Spec] = [
    Spec(
        True,
        "parent_followup",
        "Spanish: child's name, extraction and antibiotic to a parent's personal address.",
        f"Dr. Nadia Falkner <nfalkner@{D}>",
        "yesenia.morales83@gmail.com",
        "Instrucciones para Valentina",
        "Hola Sra. Morales:\n\nA Valentina le sacamos hoy el diente #T por el absceso. Debe tomar la\n"
        "amoxicilina 250 mg tres veces al día por 7 días y comer blando. Cita de control el 12/08.\n\n"
        "Dra. Falkner\n",
        lang="es",
        charset="iso-8859-1",
    ),
    Spec(
        True,
        "surgery_instructions",
        "Hard positive: Spanish pre-op instructions naming the patient and spinal fusion date.",
        f"Tamsin Okafor <tokafor@{R}>",
        "hmendoza.trabajo@yahoo.com",
        "Su cirugía el 14 de diciembre",
        "Estimado Sr. Héctor Mendoza:\n\nSu fusión lumbar L4-L5 con el Dr. Castellano es el lunes\n"
        "14/12/2026. Suspenda el clopidogrel 7 días antes. No coma nada después de medianoche.\n"
        "Llegue a las 6:00 a.m. al Riverside Surgery Center.\n",
        lang="es",
    ),
    Spec(
        True,
        "bh_appointment",
        "Spanish: appointment reminder naming the client's psychiatry visit and medication.",
        f"Access Center <access@{B}>",
        "g.lucero.pinto@hotmail.com",
        "Recordatorio de cita",
        "Hola Graciela Lucero:\n\nLe recordamos su cita de psiquiatría con la Dra. Okonkwo el 7 de\n"
        "diciembre a las 10:00. Traiga su frasco de sertralina y la lista de sus otros medicamentos.\n",
        lang="es",
    ),
    Spec(
        False,
        "dental_flyer",
        "Hard negative: Spanish generic dental-care tips for parents.",
        f"Bright Smiles <news@{D}>",
        "familias@news.brightsmilespeds.com",
        "Consejos para sonrisas sanas",
        "Cepille los dientes de sus hijos dos veces al día con pasta con flúor. Evite el jugo en el\n"
        "biberón antes de dormir. Medicaid y CHIP cubren dos limpiezas al año.\n",
        lang="es",
        charset="iso-8859-1",
    ),
    Spec(
        False,
        "crisis_awareness",
        "Spanish public notice about the 988 line and mobile crisis, no individual.",
        f"Communications <comms@{B}>",
        "socios@lists.lakeshorebh.org",
        "La línea 988 también en español",
        "Si usted o alguien que conoce está en crisis, llame o envíe un texto al 988 y marque 2 para\n"
        "español. El equipo móvil de crisis del condado atiende las 24 horas.\n",
        lang="es",
    ),
    Spec(
        True,
        "bh_case_management",
        "Somali: case manager tells a client's relative about her hospital discharge and meds.",
        f"Case Management <cm@{B}>",
        "abdirahman.warsame@gmail.com",
        "Hooyadaa Faadumo",
        "Asc Abdirahman,\n\nHooyadaa Faadumo Cali Warsame waxaa laga saarayaa isbitaalka Pine Ridge\n"
        "12/08/2026. Daawada olanzapine 10 mg habeenkii waa in ay qaadato. Ballanta xigta waa\n"
        "12/15 saacadda 2:00 galabnimo ee xafiiska Harbor St.\n",
        lang="so",
    ),
    Spec(
        False,
        "clinic_notice",
        "Hard negative: Somali general notice about interpreter services, no patient.",
        f"Front Desk <frontdesk@{R}>",
        "community@somalicenter-dayton.org",
        "Adeegga turjumaanka",
        "Riverside Orthopedics waxay bixisaa turjumaan Af-Soomaali ah oo bilaash ah. Fadlan noo soo\n"
        "wac 937-555-0100 markaad ballan qabsanayso.\n",
        lang="so",
    ),
    Spec(
        True,
        "workers_comp",
        "Hard positive: Russian note to a worker's family with his name, knee surgery and work restrictions.",
        f"Dana Whitfield <dwhitfield@{R}>",
        "olga.sidorenko70@mail.ru",
        "Справка для работодателя",
        "Здравствуйте, Ольга!\n\nСправка для работодателя вашего мужа, Виктора Сидоренко: после\n"
        "артроскопии правого колена 20.11.2026 лёгкий труд до 15.01.2027, без подъёма тяжестей\n"
        "больше 5 кг. Номер страхового случая WC-26-120077.\n",
        lang="ru",
        charset="koi8-r",
    ),
    Spec(
        False,
        "clinic_notice",
        "Russian generic post-op exercise handout, no patient.",
        f"Rehab <rehab@{R}>",
        "russian-community@daytonfriends.org",
        "Памятка: упражнения после замены колена",
        "Памятка для пациентов: упражнения после эндопротезирования колена.\n",
        atts=(
            Att(
                "knee_exercises.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERSIDE ORTHOPEDICS & SPINE - patient education",
                        "Knee replacement home exercises (Russian handout, page 1 of 2)",
                        "1. Quad sets 10x3   2. Heel slides 10x3   3. Straight-leg raise 10x3",
                    ],
                    "Handout",
                ),
            ),
        ),
        lang="ru",
    ),
    Spec(
        True,
        "dental_reminder",
        "Hmong: recall reminder naming the child and a filling to be done.",
        f"Bright Smiles <reminders@{D}>",
        "paj.yang.family@gmail.com",
        "Nco ntsoov: Kou txoj kev kho hniav",
        "Nyob zoo Paj,\n\nKou Yang muaj teem sij hawm kho hniav rau hnub 12/16/2026 thaum 9:00 teev\n"
        "sawv ntxov. Peb yuav ntim lub qhov hniav #19 thiab #30. Thov hu 616-555-0100 yog koj hloov.\n",
        lang="hmn",
    ),
    Spec(
        False,
        "bh_outreach",
        "Hard negative: Hmong community mental-health outreach notice, no individual.",
        f"Communications <comms@{B}>",
        "hmongfamilycenter@gmail.com",
        "Kev noj qab nyob zoo ntawm lub siab",
        "Lakeshore County Behavioral Health muaj kws pab tham lus Hmoob. Yog koj xav tau kev pab,\n"
        "hu 988 lossis tuaj saib peb ntawm Harbor St. Tsis tas them nqi rau thawj zaug.\n",
        lang="hmn",
    ),
]
