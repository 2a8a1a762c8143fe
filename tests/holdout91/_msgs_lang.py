"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Persian punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish sleep study instructions to patient",
        notes="Hard positive: Spanish reminder to the patient's personal mailbox naming her and her home sleep apnea test with device return.",
        frm="Laboratorio del Sueño <sleeplab@northgateneuro.com>",
        to="marisol.quintero77@gmail.com",
        subject="Su estudio del sueño en casa",
        body=(
            "Estimada Sra. Marisol Quintero:\n\nLe recordamos que debe recoger el equipo para su estudio de apnea del sueño "
            "en casa el miércoles 25 de marzo a las 4 pm. Úselo una noche y devuélvalo el jueves antes de las 10 am. "
            "La Dra. Sandhu revisará los resultados con usted el 2 de abril.\n\nLaboratorio del Sueño, Northgate Neurology"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish ALS support group announcement",
        notes="Spanish announcement of a new Spanish-language caregiver support group; no individual.",
        frm="Grupos de Apoyo <groups@lanternals.org>",
        to="promotores@centrolatinoduluth.org",
        subject="Nuevo grupo de apoyo en español para cuidadores",
        body=(
            "Hola:\n\nA partir de abril, Lantern ALS Alliance ofrecerá un grupo de apoyo en español para familiares que cuidan "
            "a personas con ELA. Primer martes de cada mes, 6 pm, en la biblioteca principal. Gratis; habrá café y cuidado de niños.\n\n"
            "¿Nos ayudan a difundirlo?"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="French referral letter to neurologist in Quebec",
        notes="French letter to a Montreal neurologist about a named patient's relapsing MS, natalizumab history and JCV status.",
        frm="Dre Helena Strand <hstrand@riverbendmsinfusion.org>",
        to="secretariat@cliniquesclerosemtl.ca",
        subject="Transfert de suivi",
        body=(
            "Chère consoeur,\n\nJe vous adresse Mme Delphine Bianchi, née le 14/10/1984, qui déménage à Montréal en avril. "
            "Elle présente une sclérose en plaques récurrente-rémittente traitée par natalizumab depuis 2022 (38 perfusions). "
            "Son index JCV est passé à 0,9 en mars ; nous envisageons un relais par ocrelizumab. IRM de février stable.\n\n"
            "Confraternellement,\nDre Helena Strand, Riverbend MS Infusion Center"
        ),
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        phi=False,
        category="French conference abstract acknowledgement",
        notes="Hard negative: French acknowledgement about an aggregate EEG study abstract; clinician names and cohort counts only.",
        frm="Dr Farah Idris <fidris@northgateneuro.com>",
        to="comite.scientifique@congres-epilepsie.fr",
        subject="Résumé n° 214 - EEG ambulatoire chez l'enfant",
        body=(
            "Madame, Monsieur,\n\nMerci pour l'acceptation de notre résumé. Pour rappel, l'étude porte sur 312 EEG ambulatoires "
            "pédiatriques (2022-2025) ; 27 % montraient des pointes focales. Aucune donnée individuelle ne sera présentée. "
            "La présentation sera faite par le Dr Idris.\n\nCordialement"
        ),
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        phi=True,
        category="Persian message to son about father's ALS equipment",
        notes="Hard positive: Persian message to a son's personal mailbox naming his father, his ALS, breathing machine and home visit.",
        frm="Care Navigator <navigator@lanternals.org>",
        to="reza.tehrani.mn@gmail.com",
        subject="دستگاه تنفسی پدرتان",
        body=(
            "آقای رضا تهرانی، سلام\n\nدستگاه BiPAP پدرتان آقای محمود تهرانی روز پنجشنبه تحویل داده می‌شود. "
            "چون بیماری ALS ایشان پیشرفت کرده، پرستار کلینیک گفته است که باید هر شب از آن استفاده کنند. "
            "سارا لیندال روز جمعه ساعت ۱۰ صبح برای بازدید خانگی می‌آید.\n\nبا احترام\nLantern ALS Alliance"
        ),
        charset="utf-8",
        lang="fa",
    ),
    Spec(
        phi=False,
        category="Persian infusion centre visitor guide",
        notes="Persian general visitor and parking guide for the infusion centre; no individual.",
        frm="Outreach <outreach@riverbendmsinfusion.org>",
        to="info@eauclaireimmigrantservices.org",
        subject="راهنمای مراجعه به مرکز تزریق (فارسی)",
        body=(
            "سلام،\n\nاین راهنمای عمومی برای مراجعه‌کنندگان فارسی‌زبان است: ورودی شرقی ساختمان، پارکینگ رایگان، "
            "و مترجم تلفنی رایگان در دسترس است. لطفاً آن را در اختیار خانواده‌ها قرار دهید.\n\nRiverbend MS Infusion Center"
        ),
        charset="utf-8",
        lang="fa",
    ),
    Spec(
        phi=True,
        category="Polish EEG appointment and sleep deprivation instructions",
        notes="Polish message to a patient's personal mailbox with her name, sleep-deprived EEG appointment and seizure context.",
        frm="Pracownia EEG <eeg@northgateneuro.com>",
        to="ewa.grabowska.mn@wp.pl",
        subject="Badanie EEG po deprywacji snu - 30 marca",
        body=(
            "Szanowna Pani Ewo Grabowska,\n\npotwierdzamy badanie EEG po deprywacji snu w poniedziałek 30 marca o 7:30. "
            "W nocy przed badaniem proszę spać najwyżej 4 godziny i nie pić kawy. Po zeszłotygodniowym napadzie dr Idris "
            "prosi, aby Pani nie prowadziła samochodu i przyjechała z osobą towarzyszącą.\n\nPracownia EEG, Northgate Neurology"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=False,
        category="Polish volunteer translator thank-you",
        notes="Polish thank-you to a volunteer translator for translating a general ALS brochure; no client.",
        frm="Volunteer Coordinator <volunteer@lanternals.org>",
        to="t.wisniewski@interia.pl",
        subject="Dziękujemy za tłumaczenie broszury",
        body=(
            "Panie Tomaszu,\n\nserdecznie dziękujemy za przetłumaczenie naszej broszury o wypożyczalni sprzętu na język polski. "
            "Wydrukujemy 200 egzemplarzy dla parafii i klubów polonijnych w Duluth.\n\nZ wyrazami szacunku,\nLantern ALS Alliance"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
]
