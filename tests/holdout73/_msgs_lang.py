"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Cyrillic)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish Mohs pre-op reminder to patient",
        notes="Spanish pre-operative reminder naming the patient, her Mohs surgery date and her blood thinner.",
        frm="Mohs Coordinator <mohs@birchwooddermmohs.com>",
        to="rosario.ybarra57@hotmail.com",
        subject="Recordatorio: su cirugía de Mohs el miércoles",
        body=(
            "Estimada Sra. Rosario Ybarra:\n\nLe recordamos que su cirugía de Mohs para el carcinoma basocelular de la frente es el "
            "miércoles 25 de marzo a las 8:00 a. m. Siga tomando su warfarina; el Dr. Nakashima revisó su INR de 2,4 y está bien. "
            "Desayune normalmente y venga con un acompañante que maneje.\n\nBirchwood Dermatología y Cirugía de Mohs\n480-555-0142"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish aftercare handout for neurotoxin clients",
        notes="Hard negative: generic Spanish aftercare instructions for Botox sent to a partner salon; no individual.",
        frm="Luma Med Spa <hello@lumaaestheticspa.com>",
        to="recepcion@salonbellezamesa.com",
        subject="Cuidados después del Botox (hoja para clientes)",
        body=(
            "Hola Marisela:\n\nAquí está la hoja de cuidados que nos pidió para sus clientas:\n\n"
            "- No se acueste durante 4 horas después del tratamiento.\n- No haga ejercicio intenso ese día.\n"
            "- No se frote la zona tratada.\n- El efecto completo se ve a los 14 días.\n\nSaludos,\nEquipo Luma"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese reply to son about mother's teledermatology diagnosis",
        notes="Hard positive: Chinese reply to a son naming his mother, her shingles diagnosis and antiviral prescription.",
        frm="SkinSignal Care Team <care@skinsignal.io>",
        to="wang.jianguo1979@qq.com",
        subject="回复：我母亲的皮疹",
        body=(
            "王先生您好：\n\n皮肤科医生已经看过您母亲李秀兰女士（1951年出生）上传的照片，诊断为带状疱疹（右侧胸背部）。"
            "医生已开具伐昔洛韦，每次1克，每天三次，共7天，处方已发送至她家附近的沃尔格林药房。"
            "如果皮疹靠近眼睛或出现视力变化，请立即去急诊。\n\nSkinSignal 护理团队"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese sunscreen guidance for community newsletter",
        notes="Chinese general sun-protection advice for a community association; no individual.",
        frm="Community Outreach <outreach@birchwooddermmohs.com>",
        to="editor@phoenixchinesecommunity.org",
        subject="社区通讯稿：夏季防晒小知识",
        body=(
            "编辑您好：\n\n以下是我们为社区通讯准备的防晒短文：\n\n"
            "亚利桑那州紫外线很强。请每天使用SPF 30以上的广谱防晒霜，每两小时补涂一次；上午10点到下午4点尽量避免日晒；"
            "戴宽边帽和太阳镜。如果发现新长的痣或形状、颜色变化的痣，请及时看皮肤科医生。\n\nBirchwood 皮肤科"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Russian laser aftercare message to client with complication",
        notes="Russian message to a client's mail.ru naming her, her laser treatment and the hyperpigmentation she developed.",
        frm="Shay Corrigan RN <shay@lumaaestheticspa.com>",
        to="olga.semyonova84@mail.ru",
        subject="Ваш осмотр после лазерной процедуры",
        body=(
            "Здравствуйте, Ольга Семёнова!\n\nМы посмотрели ваши фотографии после фракционного лазера от 2 марта. Тёмные пятна на щеках - "
            "это поствоспалительная гиперпигментация. Доктор Морроу назначила крем с гидрохиноном 4% на ночь и строгий "
            "солнцезащитный крем SPF 50. Контрольный осмотр 30 марта в 11:00.\n\nС уважением,\nLuma Aesthetic Medicine"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian vendor reply about translating app interface",
        notes="Hard negative: Russian reply to a translation vendor using dermatology terms from the app's interface; no user.",
        frm="Product <product@skinsignal.io>",
        to="projects@lingvaprof-translations.ru",
        subject="Перевод интерфейса приложения - глоссарий",
        body=(
            "Добрый день, Артём!\n\nПрисылаем глоссарий для перевода интерфейса: 'акне', 'экзема', 'псориаз', 'подозрительная родинка', "
            "'рецепт отправлен в аптеку'. Это строки интерфейса, никаких данных пользователей в файле нет. Срок - 3 апреля.\n\n"
            "Команда SkinSignal"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Hindi message to patient's daughter about vitiligo treatment",
        notes="Hard positive: Hindi message to a daughter naming her father, his vitiligo and phototherapy plan.",
        frm="SkinSignal Care Team <care@skinsignal.io>",
        to="anjali.mehra.92@rediffmail.com",
        subject="आपके पिताजी का उपचार योजना",
        body=(
            "नमस्ते अंजलि जी,\n\nडॉ. रोवे ने आपके पिताजी श्री सुरेश मेहरा (केस C-48977) की तस्वीरें देखी हैं। उन्हें विटिलिगो (सफ़ेद दाग) है "
            "जो हाथों और चेहरे पर फैल रहा है। डॉक्टर ने रुक्सोलिटिनिब क्रीम दिन में दो बार और नज़दीकी क्लिनिक में "
            "सप्ताह में दो बार NB-UVB फोटोथेरेपी की सलाह दी है।\n\nSkinSignal केयर टीम"
        ),
        charset="utf-8",
        lang="hi",
    ),
    Spec(
        phi=False,
        category="Hindi job posting for bilingual care coordinator",
        notes="Hard negative: Hindi/English job posting mentioning skin conditions; no individual.",
        frm="Talent <talent@skinsignal.io>",
        to="jobs@desiprofessionalsnetwork.org",
        subject="नौकरी: द्विभाषी केयर कोऑर्डिनेटर (Hindi/English)",
        body=(
            "नमस्ते,\n\nSkinSignal एक द्विभाषी (हिंदी/अंग्रेज़ी) केयर कोऑर्डिनेटर की तलाश में है। काम: मरीज़ों को मुँहासे, एक्ज़िमा और सोरायसिस "
            "की उपचार योजना समझाना, फ़ार्मेसी से समन्वय करना। रिमोट, पूर्णकालिक, $24-28/घंटा।\n\nApply: talent@skinsignal.io"
        ),
        charset="utf-8",
        lang="hi",
    ),
]
