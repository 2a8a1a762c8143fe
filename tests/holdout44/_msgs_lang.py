"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish virtual visit summary to patient",
        notes="Spanish visit summary to the patient's gmail with his name, gastroenteritis diagnosis and ondansetron.",
        frm="Kinnect Care Visitas <visitas@kinnectcare.com>",
        to="rigoberto.salcedo61@gmail.com",
        subject="Resumen de su consulta por video",
        body=(
            "Estimado Sr. Rigoberto Salcedo:\n\nGracias por consultar con Kinnect Care el 20 de abril. Resumen:\n"
            "Diagnóstico: gastroenteritis viral aguda.\nTratamiento: ondansetrón 4 mg cada 8 horas si tiene náuseas; "
            "suero oral en pequeños sorbos.\n¿Cuándo buscar atención urgente? Si hay sangre en las heces, fiebre mayor de 39 °C "
            "o no puede tomar líquidos.\n\nDra. Camila Reyes\nKinnect Care"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish bilingual transcriptionist job posting",
        notes="Hard negative: Spanish job posting mentions medical reports and diagnoses in general but concerns no patient.",
        frm="Reclutamiento Scribewell <recruiting@scribewellmed.com>",
        to="empleos@redlatinaohio.org",
        subject="Empleo: transcriptor(a) médico bilingüe (remoto)",
        body=(
            "Buscamos transcriptores médicos bilingües (español-inglés) para transcribir consultas de cardiología, "
            "oncología y salud mental. Requisitos: certificado RHDS o experiencia de 2 años, conocimiento de terminología "
            "médica y de la ley HIPAA. Pago por línea, horario flexible.\n\nEnvíe su currículum a recruiting@scribewellmed.com."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Japanese reply to daughter about mother's ultrasound",
        notes="Hard positive: Japanese reply to a daughter's gmail names her mother and gives a thyroid nodule ultrasound result and biopsy plan.",
        frm="Kinnect Care Japanese Desk <nihongo@kinnectcare.com>",
        to="misaki.hayashida@gmail.com",
        subject="Re: 母の検査結果について",
        body=(
            "林田 美咲 様\n\nお問い合わせありがとうございます。お母様の林田 和子様（1953年生まれ）の甲状腺超音波検査の結果ですが、"
            "右葉に1.8センチの結節が見つかりました。担当のアシュビー医師は、来週、穿刺吸引細胞診を受けることを勧めています。\n"
            "ご予約はアプリから可能です。\n\nキネクトケア 日本語サポート"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=False,
        category="Japanese EHR migration seminar invitation",
        notes="Hard negative: Japanese seminar invitation about EHR data migration mentions patient data in general, no individual.",
        frm="Meridian Chartworks <events@meridianchartworks.com>",
        to="johosystem@kitakanto-medical.jp",
        subject="電子カルテ移行セミナーのご案内（5月20日）",
        body=(
            "情報システム部 ご担当者様\n\n平素よりお世話になっております。メリディアン・チャートワークスの佐藤です。\n"
            "5月20日に、電子カルテ移行時の患者データ変換と検証についてのオンラインセミナーを開催いたします。"
            "アレルギー情報や処方歴の移行で起こりやすい問題と、その対策をご紹介します。\n\n参加費は無料です。よろしくお願いいたします。"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=True,
        category="German physician letter transcription delivery",
        notes="German transcribed physician letter to a client practice names the patient, DOB and atrial fibrillation with anticoagulation.",
        frm="Scribewell Fremdsprachen <fremdsprachen@scribewellmed.com>",
        to="praxis@kardiologie-vogel-cincinnati.com",
        subject="Arztbrief fertig - Auftrag SW-DE-0331",
        body=(
            "Sehr geehrte Frau Dr. Vogel,\n\nanbei der geschriebene Arztbrief:\n\n"
            "Patient: Herr Klaus-Dieter Brückner, geb. 14.06.1955\nDiagnose: Vorhofflimmern, paroxysmal, CHA2DS2-VASc 3\n"
            "Therapie: Beginn mit Apixaban 5 mg zweimal täglich, Metoprolol 47,5 mg morgens. Kontrolle in 4 Wochen.\n\n"
            "Mit freundlichen Grüßen\nScribewell Fremdsprachen-Team"
        ),
        charset="iso-8859-15",
        lang="de",
    ),
    Spec(
        phi=False,
        category="German trade-fair meeting request",
        notes="German meeting request at a health-IT trade fair; no patient.",
        frm="Rachel Okafor <rokafor@meridianchartworks.com>",
        to="vertrieb@kliniksoft-gmbh.de",
        subject="Termin auf der DMEA in Berlin?",
        body=(
            "Hallo Herr Schäfer,\n\nwir sind vom 16. bis 18. Juni auf der DMEA in Berlin. Hätten Sie Zeit für ein Gespräch über "
            "eine Partnerschaft bei Einführungsprojekten für Krankenhausinformationssysteme? Mittwoch 14 Uhr würde uns gut passen.\n\n"
            "Viele Grüße\nRachel Okafor, Meridian Chartworks"
        ),
        charset="iso-8859-15",
        lang="de",
    ),
    Spec(
        phi=True,
        category="Russian refill and A1c message to patient",
        notes="Russian message to the patient's mail.ru mailbox names her, her A1c and a metformin refill.",
        frm="Kinnect Care <care@kinnectcare.com>",
        to="galina.voronova58@mail.ru",
        subject="Ваш рецепт продлён",
        body=(
            "Здравствуйте, Галина Петровна Воронова!\n\nВаш анализ на гликированный гемоглобин от 15 апреля: 7,1 %. "
            "Доктор Фосс продлила рецепт на метформин 1000 мг два раза в день на 90 дней и отправила его в аптеку Walgreens "
            "на Burnet Road.\nСледующая консультация по видео через три месяца.\n\nKinnect Care"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian service announcement to community centre",
        notes="Hard negative: Russian announcement of Russian-speaking telehealth services mentions diabetes and depression generically.",
        frm="Kinnect Care Community <community@kinnectcare.com>",
        to="info@austinrussiancenter.org",
        subject="Видеоконсультации на русском языке",
        body=(
            "Уважаемые коллеги!\n\nС 1 мая Kinnect Care предлагает видеоконсультации врачей и психологов на русском языке: "
            "простуда, инфекции мочевых путей, контроль диабета и давления, помощь при тревоге и депрессии. "
            "Просим разместить эту информацию на вашей доске объявлений.\n\nС уважением,\nкоманда Kinnect Care"
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
