"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Att, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish food allergy test results to parent",
        notes="Spanish letter to a mother's gmail naming her son and his positive egg and milk skin tests.",
        frm="Dr. Tomas Brandt <tbrandt@cedarridgeallergy.com>",
        to="yesenia.mondragon77@gmail.com",
        subject="Resultados de las pruebas de alergia de Mateo",
        body=(
            "Estimada Sra. Mondragón:\n\nLas pruebas cutáneas de su hijo Mateo Mondragón (fecha de nacimiento "
            "14/02/2021) del 15 de septiembre salieron positivas al huevo (9 mm) y a la leche de vaca (6 mm), y "
            "negativas al cacahuate. Por favor siga evitando el huevo y la leche. Le daremos una cita para una "
            "prueba de provocación con leche horneada en octubre.\n\nDr. Tomás Brandt\nCedar Ridge Allergy & Asthma"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish hearing protection flyer for farmworker clinic",
        notes="Hard negative: Spanish generic flyer on noise and hearing protection for a community clinic; no individual.",
        frm='"Ravi Menon, AuD" <rmenon@harborpointent.com>',
        to="promotoras@valleyfarmworkerhealth.org",
        subject="Volante: proteja su audición (para imprimir)",
        body=(
            "Hola equipo de promotoras:\n\nAquí está el volante que pidieron.\n\nPROTEJA SU AUDICIÓN: el ruido "
            "de tractores y motosierras puede causar pérdida auditiva permanente. Use tapones u orejeras. Si "
            "oye zumbidos en los oídos después del trabajo, pida una prueba de audición gratis el primer sábado "
            "de cada mes.\n\nRavi Menon, AuD"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Korean CPAP titration result to patient",
        notes="Hard positive: Korean message to patient's personal mailbox giving his name, CPAP titration pressure and residual AHI.",
        frm="Dr. Miriam Castellanos <mcastellanos@quietwatersleep.org>",
        to="jaewon.seo81@naver.com",
        subject="수면검사 결과 안내",
        body=(
            "서재원 님께,\n\n9월 15일 양압기(CPAP) 적정 검사 결과를 알려드립니다. 압력 9 cmH2O에서 무호흡-저호흡 "
            "지수가 시간당 41회에서 2.3회로 줄었습니다. 이 압력으로 양압기를 처방하였으며, 의료기기 업체에서 "
            "연락드릴 예정입니다.\n\nQuietwater Sleep Center"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean sleep study preparation instructions",
        notes="Korean generic instructions for the night of a sleep study, sent to a community church health ministry; no individual.",
        frm="Night Lab Scheduling <schedule@quietwatersleep.org>",
        to="health.ministry@koreanunitedchurch.org",
        subject="수면다원검사 준비 안내문 (한국어)",
        body=(
            "안녕하세요,\n\n요청하신 한국어 안내문입니다.\n\n- 검사 당일 오후 2시 이후 카페인 금지\n"
            "- 낮잠 금지\n- 머리는 감고 오시되 헤어 제품은 사용하지 마세요\n- 평소 드시는 약은 가져오세요\n"
            "- 도착 시간: 오후 8시 30분\n\nQuietwater Sleep Center"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=True,
        category="Russian hearing aid fitting update to patient's daughter",
        notes="Russian email to a daughter's mail.ru naming her mother, her hearing loss and the hearing aid fitting appointment.",
        frm="Audiology Front Desk <audiology@harborpointent.com>",
        to="olga.vereshchagina@mail.ru",
        subject="Слуховые аппараты для вашей мамы",
        body=(
            "Здравствуйте, Ольга!\n\nСлуховые аппараты для вашей мамы, Галины Петровны Верещагиной, пришли. "
            "Настройка назначена на 29 сентября в 11:00. По результатам аудиограммы у неё двусторонняя "
            "нейросенсорная тугоухость средней степени. Пожалуйста, приходите вместе с ней.\n\n"
            "Harbor Point ENT & Audiology"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian ragweed season notice for community newspaper",
        notes="Russian general pollen-season advice for a community newspaper; no individual.",
        frm="Cedar Ridge Pollen Watch <pollen@cedarridgeallergy.com>",
        to="redakciya@russkayagazeta-ohio.com",
        subject="Сезон амброзии: советы для читателей",
        body=(
            "Уважаемая редакция!\n\nПредлагаем короткую заметку для вашей газеты. Сезон цветения амброзии "
            "продлится до первых заморозков. Советы: держите окна закрытыми, принимайте душ после прогулки, "
            "начинайте антигистаминные препараты заранее, если врач их рекомендовал.\n\nCedar Ridge Allergy & Asthma"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Portuguese post-sinus-surgery note with attached instructions",
        notes="Hard positive: short Portuguese body; the attached text file names the patient and her sinus surgery aftercare and medications.",
        frm="Nurse Line <nurseline@harborpointent.com>",
        to="fernanda.albuquerque@hotmail.com",
        subject="Instruções em anexo",
        body="Olá Fernanda,\n\nConforme conversamos, seguem as instruções em anexo.\n\nJen, enfermeira",
        charset="iso-8859-1",
        lang="pt",
        atts=(
            Att(
                "instrucoes_pos_operatorio.txt",
                "text/plain",
                "Paciente: Fernanda Albuquerque\nCirurgia: cirurgia endoscópica dos seios nasais (16/09/2026)\n"
                "Lavagem nasal com soro 2x ao dia; amoxicilina-clavulanato 875 mg 12/12 h por 7 dias.\n"
                "Não assoe o nariz por 1 semana. Retorno: 23/09 às 9h30 com Dr. Osterhout.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Portuguese translated welcome packet request to translation vendor",
        notes="Translation vendor request in Portuguese about a generic sleep center welcome packet; no individual.",
        frm="Quietwater Sleep Center <info@quietwatersleep.org>",
        to="projetos@lusotraducoes.com",
        subject="Orçamento: tradução do guia do paciente",
        body=(
            "Bom dia,\n\nGostaríamos de um orçamento para traduzir o nosso guia de boas-vindas (12 páginas, "
            "inglês para português do Brasil). O texto explica o que esperar na noite do exame do sono e como "
            "usar o CPAP. Prazo desejado: 15 de outubro.\n\nObrigada,\nQuietwater Sleep Center"
        ),
        charset="iso-8859-1",
        lang="pt",
    ),
]
