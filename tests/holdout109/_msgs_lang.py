"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Bengali script)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish discharge instructions to patient's daughter",
        notes="Patient's full name, inpatient psychiatric discharge and lithium dose sent in Spanish to daughter's personal email.",
        frm="Discharge Planning <dcplanning@larkspurpavilion.org>",
        to="marisol.fuentes.h@gmail.com",
        subject="Instrucciones de alta de su padre",
        body=(
            "Estimada Sra. Fuentes:\n\nSu padre, el Sr. Ernesto Fuentes Herrera, será dado de alta de la unidad 3 Norte "
            "el jueves a las 11:00. Debe tomar carbonato de litio 600 mg por la noche y hacerse un análisis de litio "
            "el lunes. Su cita de seguimiento con el Dr. Amaya es el 3 de noviembre.\n\nAlicia Brandt, planificadora de alta"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish crisis walk-in poster text",
        notes="Hard negative: Spanish poster text about walk-in crisis services and 988; no individual.",
        frm="Community Education <training@tidewatercrisis.org>",
        to="promotora@norfolklatinocenter.org",
        subject="Texto del cartel en español",
        body=(
            "Hola Gabriela:\n\nAquí está el texto para el cartel:\n\n«¿Pensamientos de suicidio? ¿Crisis por drogas o alcohol? "
            "Venga a Tidewater las 24 horas, sin cita y sin importar su seguro. También puede llamar o enviar un texto al 988 "
            "y pedir un consejero en español.»\n\nGracias,\nEducación Comunitaria"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese update to son about mother's crisis stay",
        notes="Hard positive: Chinese note to son naming mother Mrs. Chen, her overnight crisis observation and medication.",
        frm="Crisis Unit Nurse <crisisrn@tidewatercrisis.org>",
        to="kevin.chen.va@outlook.com",
        subject="关于您母亲的情况",
        body=(
            "陈先生您好：\n\n您母亲陈秀兰女士（1956年出生）昨晚由警察送到我们危机稳定中心。她说听到邻居在骂她，"
            "一夜没睡。医生给她服用了奥氮平5毫克，现在比较平静。她同意您今天下午四点来接她。\n\n"
            "Tidewater 危机稳定中心 护士 Lena"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese peer group announcement",
        notes="Chinese announcement of a family support group; no individual.",
        frm="Groups <groups@kindredpath.org>",
        to="office@ashevillechinesechurch.org",
        subject="家属互助小组（中文）",
        body=(
            "您好：\n\n从十一月起，每月第二个星期六上午十点，我们将举办中文家属互助小组，"
            "为有家人正在经历抑郁、焦虑或成瘾问题的朋友提供支持。免费参加，无需登记。欢迎转告教友。\n\n"
            "Kindred Path 同伴支持网络"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Bengali appointment reminder to patient",
        notes="Hard positive: Bengali message to patient's personal email naming him and his outpatient psychiatry follow-up and clozapine blood test.",
        frm="Discharge Planning <dcplanning@larkspurpavilion.org>",
        to="rahim.uddin.hbg@yahoo.com",
        subject="আপনার ফলো-আপ অ্যাপয়েন্টমেন্ট",
        body=(
            "প্রিয় রহিম উদ্দিন সাহেব,\n\nলার্কস্পার প্যাভিলিয়ন থেকে ছাড়া পাওয়ার পর আপনার প্রথম মনোরোগ বিশেষজ্ঞের অ্যাপয়েন্টমেন্ট "
            "২৯ অক্টোবর সকাল ১০টায়। ক্লোজাপিনের জন্য প্রতি সপ্তাহে রক্ত পরীক্ষা (ANC) করাতে হবে।\n\n"
            "ধন্যবাদ,\nLarkspur Pavilion"
        ),
        charset="utf-8",
        lang="bn",
    ),
    Spec(
        phi=False,
        category="Bengali warmline flyer text",
        notes="Hard negative: Bengali warmline flyer for a community centre; mentions depression and addiction as topics only.",
        frm="Kindred Warmline <warmline@kindredpath.org>",
        to="info@bangladeshiassocnc.org",
        subject="ওয়ার্মলাইন সম্পর্কে তথ্য (বাংলা)",
        body=(
            "নমস্কার,\n\nবিষণ্ণতা, উদ্বেগ বা নেশার সমস্যায় কথা বলার জন্য আমাদের ওয়ার্মলাইন প্রতিদিন সন্ধ্যা ৫টা থেকে রাত ১১টা পর্যন্ত খোলা: "
            "828-555-0162। যারা ফোন ধরেন তাঁরা নিজেরাও সুস্থতার পথে আছেন। আপনার সদস্যদের জানাবেন।\n\nKindred Path"
        ),
        charset="utf-8",
        lang="bn",
    ),
    Spec(
        phi=True,
        category="Haitian Creole follow-up to client",
        notes="Client's name, crisis stay and sertraline in Haitian Creole to personal email.",
        frm="Follow-Up Team <followup@tidewatercrisis.org>",
        to="jn.baptiste.norfolk@gmail.com",
        subject="Swivi apre ou te kite sant lan",
        body=(
            "Bonjou Mesye Jean-Noël Baptiste,\n\nNou espere ou byen depi ou te kite sant kriz Tidewater samdi a. "
            "Pa bliye pran sètralin 50 mg chak maten, epi randevou ou ak terapis la se madi 27 oktòb a 2è. "
            "Si ou santi ou pa an sekirite, rele oswa voye tèks bay 988.\n\nJordan Pike, ekip swivi"
        ),
        charset="utf-8",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="Haitian Creole naloxone training invite",
        notes="Hard negative: Haitian Creole invitation to a community naloxone training; no individual.",
        frm="Harm Reduction <harmreduction@kindredpath.org>",
        to="paste@egliz-batis-ayisyen-avl.org",
        subject="Fòmasyon naloksòn gratis pou kominote a",
        body=(
            "Bonjou Pastè,\n\nN ap fè yon fòmasyon gratis sou naloksòn (Narcan) pou manm legliz la samdi 14 novanm a 10è. "
            "N ap montre kijan pou rekonèt yon surdoz opioyid ak kijan pou bay medikaman an. Chak moun ap resevwa yon kit.\n\n"
            "Kindred Path"
        ),
        charset="utf-8",
        lang="ht",
    ),
]
