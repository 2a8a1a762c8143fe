"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish post-vasectomy instructions to patient",
        notes="Hard positive: Spanish message to a named patient's personal mailbox about his vasectomy on a given date and semen test.",
        frm="Enfermeria Granite Falls Urology <nurseline@granitefallsurology.com>",
        to="efrain.castellanos82@gmail.com",
        subject="Después de su procedimiento",
        body=(
            "Estimado Sr. Efraín Castellanos:\n\nEsperamos que se esté recuperando bien de su vasectomía del "
            "16 de marzo. Use hielo 20 minutos cada hora hoy y evite levantar objetos pesados por una semana. "
            "Recuerde que necesita un análisis de semen en 12 semanas; hasta entonces use otro método "
            "anticonceptivo.\n\nTanya R., enfermera\nGranite Falls Urology 555-0142"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish generic post-lithotripsy handout",
        notes="Hard negative: Spanish general aftercare instructions for all lithotripsy patients; no individual.",
        frm="RockBreak Clinical Education <education@rockbreaklitho.com>",
        to="periop@stolafhospital.org",
        subject="Instrucciones después de la litotricia (español)",
        body=(
            "Versión en español para sus pacientes:\n\nDESPUÉS DE LA LITOTRICIA: beba de 2 a 3 litros de agua al "
            "día, cuele la orina y guarde los fragmentos. Es normal ver orina rosada y un moretón en la espalda. "
            "Llame si tiene fiebre de más de 38,3 °C o dolor que no se controla."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Russian testosterone result to patient",
        notes="Hard positive: Russian message to a named patient's mail.ru address with his low testosterone and therapy plan.",
        frm="Stride Men's Health <care@stridemenshealth.com>",
        to="dmitri.volkov.1977@mail.ru",
        subject="Результаты анализов",
        body=(
            "Здравствуйте, Дмитрий Волков!\n\nВаш общий тестостерон 14 марта - 205 нг/дл (ниже нормы), гематокрит "
            "45%. Доктор Ферро рекомендует начать тестостерон ципионат 100 мг в неделю. Повторный анализ через "
            "6 недель.\n\nКоманда Stride Men's Health"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian medication safety leaflet",
        notes="Hard negative: Russian general safety text about ED drugs and nitrates for a translation vendor; no patient.",
        frm="Stride Content <content@stridemenshealth.com>",
        to="projects@polyglottranslate.com",
        subject="Проверка перевода: безопасность препаратов",
        body=(
            "Просим вычитать текст до пятницы:\n\nНе принимайте силденафил или тадалафил вместе с нитратами "
            "(нитроглицерин). Если эрекция длится более 4 часов, обратитесь за неотложной помощью."
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Japanese stone analysis result to patient",
        notes="Hard positive: Japanese letter to a named patient's personal mailbox with his kidney stone composition and advice.",
        frm="RockBreak Nurse <nurse@rockbreaklitho.com>",
        to="kenji.oyama81@yahoo.co.jp",
        subject="結石分析の結果について",
        body=(
            "小山健二様\n\n3月17日の体外衝撃波結石破砕術で回収した結石の分析結果が出ました。シュウ酸カルシウム結石（80%）"
            "でした。水分を1日2リットル以上とり、塩分を控えてください。詳しくはアン先生の外来でご説明します。\n\n"
            "RockBreak 看護師 ベス"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=False,
        category="Japanese clinic introduction for community newsletter",
        notes="Hard negative: Japanese clinic introduction mentioning PSA screening and vasectomy services in general; no patient.",
        frm="Granite Falls Urology <news@granitefallsurology.com>",
        to="editor@mnjapanesecommunity.org",
        subject="会報掲載用：泌尿器科クリニックのご紹介",
        body=(
            "グラナイトフォールズ泌尿器科は、前立腺がん検診（PSA検査）、腎臓結石、パイプカット（精管切除術）などの診療を"
            "行っています。日本語の通訳サービスもご利用いただけます。予約：555-0142"
        ),
        charset="utf-8",
        lang="ja",
    ),
    Spec(
        phi=True,
        category="Italian biopsy result to patient's son",
        notes="Hard positive: Italian reply to a son's personal mailbox naming his father with a prostate biopsy result.",
        frm="Dr. Priya Venkataraman <pvenkataraman@granitefallsurology.com>",
        to="marco.bellini.fi@libero.it",
        subject="Re: notizie di mio padre",
        body=(
            "Gentile Marco,\n\ncon il consenso di suo padre Giuseppe Bellini le confermo che la biopsia prostatica "
            "del 10 marzo ha mostrato un adenocarcinoma Gleason 3+3, a basso rischio. Abbiamo concordato la "
            "sorveglianza attiva con PSA ogni 6 mesi.\n\nCordiali saluti,\nDr.ssa Venkataraman"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=False,
        category="Italian supplier partnership inquiry",
        notes="Italian business inquiry to a packaging supplier; no health information about anyone.",
        frm="Stride Ops <ops@stridemenshealth.com>",
        to="commerciale@imballaggiverona.it",
        subject="Richiesta di preventivo - scatole anonime",
        body=(
            "Buongiorno,\n\nsiamo interessati a 20.000 scatole in cartone senza logo, formato 15x10x5 cm, consegna "
            "negli Stati Uniti. Potreste inviarci un preventivo e i tempi di produzione?\n\nGrazie,\nStride Operations"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
]
