"""Non-English mail from the three organisations (8): Spanish, Japanese, German, Tagalog."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish hearing test results to patient",
        notes="Spanish message to the patient's gmail naming him, his hearing test results (moderate hearing loss) and the hearing aid fitting date.",
        frm="Clearbrook Hearing & Audiology <frontdesk@clearbrookhearing.com>",
        to="rigoberto.salcedo61@gmail.com",
        subject="Resultados de su prueba de audición",
        body=(
            "Estimado Sr. Rigoberto Salcedo:\n\nLe escribimos para resumir los resultados de su evaluación del 9 de abril con la "
            "Dra. Helena Marsh. La prueba mostró una pérdida auditiva neurosensorial moderada en ambos oídos, más fuerte en los "
            "tonos agudos. Le recomendamos audífonos en los dos oídos.\n\nSu cita para la adaptación de los audífonos es el "
            "jueves 30 de abril a las 9:00. Si necesita intérprete, avísenos.\n\nClearbrook Hearing & Audiology\n(608) 555-0112"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish bilingual parent workshop flyer",
        notes="Hard negative: Spanish flyer inviting parents to a workshop on speech delays in bilingual children; no child named.",
        frm="Little Voices <events@littlevoicesspeech.org>",
        to="info@centrohispanomadison.org",
        subject="Taller gratuito: el habla de los niños bilingües",
        body=(
            "Hola:\n\n¿Le preocupa que su hijo hable poco o tartamudee? Little Voices ofrece un taller gratuito en español sobre "
            "el desarrollo del lenguaje en niños bilingües, retrasos del habla y cuándo pedir una evaluación.\n\n"
            "Sábado 16 de mayo, 10:00 a 11:30, Centro Hispano. Habrá cuidado de niños.\n\nPor favor compártalo con sus familias. "
            "Información: (608) 555-0131."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Japanese hearing aid repair notice to patient",
        notes="Japanese message to a patient's icloud naming her, the repair of her right hearing aid with serial number and her next hearing test.",
        frm="Clearbrook Hearing & Audiology <frontdesk@clearbrookhearing.com>",
        to="keiko.tanabe.wi@icloud.com",
        subject="補聴器修理完了のお知らせ",
        body=(
            "田辺恵子様\n\nいつもお世話になっております。Clearbrook Hearing & Audiology です。\n"
            "修理に出しておりました右耳の補聴器（シリアル番号 2208K1176）が戻ってまいりました。"
            "レシーバーを交換し、聴力検査の結果に合わせて再調整しております。\n\n"
            "受け取りの際に、前回から一年になりますので聴力の再検査（約三十分）もご予約いただけます。\n\n"
            "電話 (608) 555-0112"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=False,
        category="Japanese hearing aid care tips",
        notes="Hard negative: Japanese general guide to hearing aid care during humid summer months for a community association; no individual.",
        frm="Clearbrook Hearing & Audiology <news@clearbrookhearing.com>",
        to="office@madisonjapaneseassociation.org",
        subject="会報用原稿：夏の補聴器のお手入れ",
        body=(
            "ご担当者様\n\n会報にご掲載いただける原稿をお送りします。\n\n"
            "【夏の補聴器のお手入れ】\n一、汗や湿気は故障の原因になります。毎晩乾燥ケースに入れてください。\n"
            "二、耳あかフィルターは月に一度交換しましょう。\n三、聞こえにくいと感じたら、早めに聴力検査を受けてください。\n\n"
            "Clearbrook Hearing & Audiology"
        ),
        charset="shift_jis",
        lang="ja",
    ),
    Spec(
        phi=True,
        category="German therapy progress summary to parent",
        notes="German progress summary to a parent's outlook mailbox naming the child, his language delay and therapy goals.",
        frm='"Dana Whitfield, CCC-SLP" <dwhitfield@littlevoicesspeech.org>',
        to="f.brueckner@outlook.com",
        subject="Zwischenbericht Logopädie - Jonas",
        body=(
            "Liebe Frau Brückner,\n\nwie besprochen, hier eine kurze Zusammenfassung auf Deutsch zu Jonas' Sprachtherapie:\n\n"
            "- Diagnose: expressive Sprachentwicklungsstörung (F80.1), Verständnis altersgerecht.\n"
            "- Seit Januar: Wortschatz von etwa 80 auf über 200 Wörter, erste Drei-Wort-Sätze.\n"
            '- Nächste Ziele: Verbformen und Fragen mit "wo" und "was".\n\n'
            "Wir empfehlen, die Therapie einmal pro Woche bis zum Sommer fortzusetzen.\n\nHerzliche Grüße\nDana Whitfield"
        ),
        charset="iso-8859-1",
        lang="de",
    ),
    Spec(
        phi=False,
        category="German partner agency information exchange",
        notes="German mail to a partner organisation abroad about exchanging interpreter training materials; no individual.",
        frm="Ellen Marchetti <emarchetti@signalbridgedeaf.org>",
        to="info@gehoerlosenbund-partner.de",
        subject="Austausch von Schulungsmaterial für Dolmetscher",
        body=(
            "Sehr geehrte Damen und Herren,\n\nvielen Dank für das Gespräch auf der Konferenz in Hamburg. Wie vereinbart "
            "würden wir gern unsere Schulungsunterlagen zum Dolmetschen im Gesundheitswesen austauschen. Unsere Materialien "
            "sind auf Englisch und ASL; gern senden wir Ihnen die Videos mit Untertiteln.\n\nMit freundlichen Grüßen\n"
            "Ellen Marchetti, Signal Bridge"
        ),
        charset="iso-8859-15",
        lang="de",
    ),
    Spec(
        phi=True,
        category="Tagalog interpreter confirmation for dialysis",
        notes="Hard positive: Tagalog message to a son's yahoo confirming an interpreter for his Deaf father's dialysis sessions; the service reveals kidney treatment.",
        frm="Jordan Beaulieu <jbeaulieu@signalbridgedeaf.org>",
        to="ramon.delacruz.jr@yahoo.com",
        subject="Interpreter para kay Tatay mo",
        body=(
            "Magandang araw Ramon,\n\nKumpirmado na ang ASL interpreter para sa iyong ama na si Ginoong Ramon Dela Cruz Sr. "
            "sa kanyang dialysis tuwing Lunes, Miyerkoles at Biyernes, 7:00 ng umaga, sa Fresenius Kidney Care sa East "
            "Washington Ave. Si Andre ang magiging interpreter simula sa Abril 20.\n\n"
            "Kung may pagbabago sa iskedyul, mag-text lang sa (608) 555-0151.\n\nJordan, Signal Bridge"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog ASL class announcement",
        notes="Tagalog announcement of free family ASL classes sent to a Filipino community group; no individual.",
        frm="Signal Bridge Classes <classes@signalbridgedeaf.org>",
        to="board@filamcommunitywi.org",
        subject="Libreng ASL class para sa mga pamilya",
        body=(
            "Magandang araw po!\n\nInaanyayahan namin ang inyong mga miyembro sa libreng Family ASL class tuwing Sabado, "
            "10:00 hanggang 11:30 ng umaga, simula Hunyo 13. Para ito sa lahat ng pamilya, Deaf man o hindi. "
            "Pakibahagi po sa inyong grupo.\n\nSignal Bridge Deaf & Hard of Hearing Services\n(608) 555-0150"
        ),
        charset="utf-8",
        lang="tl",
    ),
]
