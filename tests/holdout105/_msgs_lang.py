"""Non-English mail from the three organisations (8): Spanish, Punjabi, Chinese, Arabic."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK and Arabic punctuation)

from __future__ import annotations

from _spec import GRN, RBD, SKT, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish Medicaid renewal reminder to spouse",
        notes="Hard positive: Spanish email to a wife's personal mailbox naming her husband, his dialysis and Medicaid renewal deadline.",
        frm=f'"Renee Okafor, LCSW" <rokafor@{RBD}>',
        to="lupita.cardenas71@hotmail.com",
        subject="Renovación de Medicaid de Rogelio",
        body=(
            "Estimada Sra. Cárdenas:\n\nLe recuerdo que la cobertura de Medicaid de su esposo, Rogelio Cárdenas, vence el 31 de marzo. "
            "Sin ella no podremos garantizar sus sesiones de hemodiálisis de los martes, jueves y sábados. "
            "Traiga los talones de pago y la carta del Seguro Social a la unidad el jueves.\n\n"
            "Renee Okafor, trabajadora social\nCentro de Diálisis Riverbend"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish fluid restriction handout",
        notes="Spanish general handout on fluid limits for people on dialysis; no individual.",
        frm=f'"Camille Dufresne, RDN" <camille@{GRN}>',
        to="promotoras@centrohispanomadison.org",
        subject="Hoja informativa: cómo controlar la sed en diálisis",
        body=(
            "Hola equipo:\n\nLes comparto la hoja para sus talleres:\n\n"
            "- Use vasos pequeños.\n- Chupe hielo o rodajas de limón congeladas.\n- Evite comidas saladas; la sal da sed.\n"
            "- Cuente la sopa, la gelatina y el helado como líquidos.\n\nGreenleaf Renal Nutrition"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Punjabi message to wife about husband's potassium",
        notes="Hard positive: Punjabi email to a wife's gmail naming her husband, his new dialysis shift and potassium 6.2.",
        frm=f'"Renee Okafor, LCSW" <rokafor@{RBD}>',
        to="gurmeet.kaur.sandhu@gmail.com",
        subject="ਹਰਜਿੰਦਰ ਸਿੰਘ ਜੀ ਦਾ ਨਵਾਂ ਸਮਾਂ",
        body=(
            "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਗੁਰਮੀਤ ਕੌਰ ਜੀ,\n\nਤੁਹਾਡੇ ਪਤੀ ਹਰਜਿੰਦਰ ਸਿੰਘ ਸੰਧੂ ਦਾ ਡਾਇਲਸਿਸ ਦਾ ਸਮਾਂ ਹੁਣ ਸੋਮਵਾਰ, ਬੁੱਧਵਾਰ ਅਤੇ ਸ਼ੁੱਕਰਵਾਰ ਸਵੇਰੇ 6 ਵਜੇ ਹੈ। "
            "ਪਿਛਲੇ ਹਫ਼ਤੇ ਉਨ੍ਹਾਂ ਦਾ ਪੋਟਾਸ਼ੀਅਮ 6.2 ਸੀ, ਇਸ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਕੇਲੇ ਅਤੇ ਸੰਤਰੇ ਨਾ ਦਿਓ।\n\n"
            "ਰੇਨੀ ਓਕਾਫੋਰ\nਰਿਵਰਬੈਂਡ ਡਾਇਲਸਿਸ ਸੈਂਟਰ"
        ),
        charset="utf-8",
        lang="pa",
    ),
    Spec(
        phi=False,
        category="Punjabi diet tips for gurdwara health camp",
        notes="Hard negative: Punjabi kidney-diet tips for a gurdwara health camp; names only the dietitian.",
        frm=f'"Theo Marchetti, RDN" <theo@{GRN}>',
        to="sewa@gurdwaramadison.org",
        subject="ਸਿਹਤ ਕੈਂਪ ਲਈ ਗੁਰਦੇ ਦੀ ਖੁਰਾਕ ਬਾਰੇ ਸੁਝਾਅ",
        body=(
            "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,\n\nਐਤਵਾਰ ਦੇ ਸਿਹਤ ਕੈਂਪ ਲਈ ਕੁਝ ਆਮ ਸੁਝਾਅ:\n"
            "- ਲੂਣ ਘੱਟ ਖਾਓ; ਅਚਾਰ ਅਤੇ ਪਾਪੜ ਤੋਂ ਬਚੋ।\n- ਆਲੂ ਅਤੇ ਦਾਲ ਨੂੰ ਭਿਓਂ ਕੇ ਪਕਾਓ।\n- ਸ਼ੂਗਰ ਅਤੇ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਜਾਂਚ ਕਰਵਾਓ।\n\n"
            "ਥੀਓ ਮਾਰਕੇਟੀ, ਡਾਇਟੀਸ਼ੀਅਨ"
        ),
        charset="utf-8",
        lang="pa",
    ),
    Spec(
        phi=True,
        category="Chinese evaluation update to patient's son",
        notes="Chinese email to a son's personal mailbox naming his father, transplant evaluation and pending cardiac test.",
        frm=f'"Aisha Brennan, RN" <abrennan@{SKT}>',
        to="chen.jianguo.wi@outlook.com",
        subject="关于您父亲的肾移植评估",
        body=(
            "陈先生您好：\n\n您父亲陈立新先生（出生日期1959年6月3日）的肾移植评估已经完成大部分检查。"
            "还需要做心脏负荷试验，预约在3月26日上午9点。结果出来后，移植委员会会讨论是否把他列入等待名单。\n\n"
            "Summit 肾移植中心 协调员 Aisha Brennan"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese low-sodium cooking class notice",
        notes="Hard negative: Chinese notice of a low-salt cooking class for kidney patients at a community centre; no individual.",
        frm=f"Greenleaf Events <events@{GRN}>",
        to="office@madisonchinesecommunity.org",
        subject="低盐烹饪课通知（肾病饮食）",
        body=(
            "您好：\n\n我们将于4月11日下午2点在社区中心举办免费的低盐烹饪课，适合慢性肾病患者和家属。"
            "内容包括：如何减少酱油用量、哪些蔬菜含钾较低、怎样看食品标签。欢迎转发。\n\nGreenleaf 肾脏营养中心"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Arabic transport message to patient's son",
        notes="Hard positive: Arabic email to a son's personal mailbox naming his mother, her dialysis days and a missed session.",
        frm=f'"Renee Okafor, LCSW" <rokafor@{RBD}>',
        to="omar.haddad.family@yahoo.com",
        subject="بخصوص مواعيد غسيل الكلى لوالدتك",
        body=(
            "الأخ عمر المحترم،\n\nوالدتك السيدة فاطمة حداد لم تحضر جلسة غسيل الكلى يوم الثلاثاء بسبب مشكلة في النقل. "
            "جلساتها أيام الثلاثاء والخميس والسبت الساعة السابعة صباحا. هل يمكنك الاتصال بي لترتيب وسيلة نقل؟\n\n"
            "رينيه أوكافور، أخصائية اجتماعية\nمركز ريفربند لغسيل الكلى"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic Ramadan fasting guidance for transplant recipients",
        notes="Hard negative: Arabic general guidance on Ramadan fasting and anti-rejection medicine timing; no individual.",
        frm=f"Summit Transplant Pharmacy <txpharm@{SKT}>",
        to="imam.office@islamiccentermadison.org",
        subject="إرشادات عامة للصيام لمرضى زراعة الكلى",
        body=(
            "السلام عليكم،\n\nنرجو نشر هذه الإرشادات العامة: مرضى زراعة الكلى يجب أن يستشيروا طبيبهم قبل الصيام. "
            "أدوية منع الرفض تؤخذ عادة عند السحور والإفطار بفارق اثنتي عشرة ساعة. اشربوا كمية كافية من الماء بين الإفطار والسحور.\n\n"
            "صيدلية مركز Summit لزراعة الكلى"
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
