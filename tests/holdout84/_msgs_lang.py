"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Ethiopic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish chemotherapy appointment letter to patient",
        notes="Spanish letter to the patient's gmail naming her, her carboplatin/paclitaxel cycle and pre-chemo lab draw.",
        frm="Infusion Scheduling <infusion@bramblewoodonc.com>",
        to="esperanza.villalobos@gmail.com",
        subject="Su cita de quimioterapia",
        body=(
            "Estimada Sra. Esperanza Villalobos:\n\nLe recordamos su ciclo 2 de quimioterapia (carboplatino y paclitaxel) el "
            "jueves 19 de noviembre a las 9:00. Llegue a las 8:15 para el análisis de sangre. Tome la dexametasona la noche "
            "anterior como le indicó la Dra. Marchetti.\n\nBramblewood Oncology & Infusion - 440-555-0140"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish radiation preparation guide",
        notes="Hard negative: generic Spanish guide on bladder filling before pelvic radiation for all patients; no individual.",
        frm="Hannah Kirby RN <hkirby@kestrelbayradonc.org>",
        to="clinica@lakeshorehispanichealth.org",
        subject="Guía en español: preparación para radioterapia pélvica",
        body=(
            "Para sus pacientes hispanohablantes:\n\nANTES DE CADA SESIÓN: vacíe la vejiga y luego beba 2 vasos de agua "
            "(500 ml) 45 minutos antes del tratamiento. No orine hasta después de la sesión. Si tiene diarrea o ardor al "
            "orinar, avise a su enfermera.\n\nKestrel Bay Radiation Oncology"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese message to son about father's radiation",
        notes="Hard positive: Chinese note to a son's personal mailbox naming his father and his esophageal radiation and ride schedule.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="dao.wenjie@outlook.com",
        subject="关于您父亲的放疗接送",
        body=(
            "陶先生您好：\n\n您父亲陶国华先生在Kestrel Bay的食道癌放疗（共25次）从11月24日开始，每天上午8点。"
            "我们的志愿者司机会每天7点15分到家里接他。如果他化疗后太累，请提前一天打电话给我们。\n\n"
            "Lanternway 患者导航 440-555-0150"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese support group flyer",
        notes="Chinese-language flyer for a caregiver support group; no individual.",
        frm="Outreach <outreach@lanternwaynav.org>",
        to="office@ashfordchinesecommunitycenter.org",
        subject="中文癌症照顾者互助小组",
        body=(
            "您好！\n\nLanternway 每月第一个星期六下午2点在社区中心举办中文癌症照顾者互助小组。"
            "欢迎所有照顾家人的朋友参加，免费，不需要预约。请帮忙张贴附上的通知。\n\nLanternway 外展部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Japanese treatment schedule to patient's daughter",
        notes="Japanese message to a daughter naming her father and his prostate radiation schedule and fraction count.",
        frm="Kestrel Bay Scheduling <scheduling@kestrelbayradonc.org>",
        to="yamada.haruka@icloud.com",
        subject="お父様の放射線治療の予定について",
        body=(
            "山田 遥 様\n\nお父様の山田 健一 様（前立腺がん）の放射線治療は全28回で、現在10回目まで終了しています。"
            "11月26日（感謝祭）は休診のため、その日の分は最後に1回追加します。治療の1時間前に水を500ml飲んでください。\n\n"
            "Kestrel Bay Radiation Oncology 予約係"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=False,
        category="Japanese diet-during-radiation handout",
        notes="Hard negative: general Japanese dietary advice during head-and-neck radiation, mentioning mucositis; no individual.",
        frm="Hannah Kirby RN <hkirby@kestrelbayradonc.org>",
        to="info@japanesecommunityclinic-mi.org",
        subject="放射線治療中の食事について（日本語版）",
        body=(
            "ご担当者様\n\n頭頸部の放射線治療を受ける患者さん向けの食事の説明を日本語で作成しました。"
            "口内炎があるときは、やわらかく、熱すぎない食べ物を選び、辛い物や酸っぱい物は避けてください。"
            "水分を一日に2リットル以上とるようにしてください。\n\nKestrel Bay Radiation Oncology"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=True,
        category="Amharic chemo appointment and ride note",
        notes="Hard positive: Amharic message to client's gmail naming her, her chemotherapy appointment and a volunteer ride.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="tigist.bekele.oh@gmail.com",
        subject="የኬሞቴራፒ ቀጠሮዎ እና መጓጓዣ",
        body=(
            "ውድ ወይዘሮ ትዕግስት በቀለ፣\n\nየኬሞቴራፒ ቀጠሮዎ በሚቀጥለው ረቡዕ ከጠዋቱ 9:00 በብራምብልውድ ኦንኮሎጂ ነው። "
            "በጎ ፈቃደኛ ሹፌራችን ከጠዋቱ 8:15 ከቤትዎ ይወስድዎታል። ትኩሳት ካለብዎ እባክዎ ይደውሉልን።\n\n"
            "ጆኤል፣ ላንተርንዌይ 440-555-0150"
        ),
        charset="utf-8",
        lang="am",
    ),
    Spec(
        phi=False,
        category="Amharic free rides announcement",
        notes="Amharic community announcement of free rides to cancer treatment; no individual.",
        frm="Outreach <outreach@lanternwaynav.org>",
        to="info@ashfordethiopiancommunity.org",
        subject="ነፃ የመጓጓዣ አገልግሎት ለካንሰር ህክምና",
        body=(
            "ሰላም፣\n\nላንተርንዌይ ለካንሰር ህክምና ለሚሄዱ ሰዎች ነፃ የመጓጓዣ አገልግሎት ይሰጣል። "
            "ለመመዝገብ በ440-555-0150 ይደውሉ። እባክዎ ይህንን ማስታወቂያ ለማህበረሰቡ ያጋሩ።\n\nላንተርንዌይ"
        ),
        charset="utf-8",
        lang="am",
    ),
]
