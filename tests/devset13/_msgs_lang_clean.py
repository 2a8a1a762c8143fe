# ruff: noqa: RUF001, E501  (patients' languages: full-width punctuation, Cyrillic and wide scripts)
"""Non-PHI messages in patients' languages: health fairs, general medication safety, interpreter
staffing, translated policy notices and vendor mail, in the charsets their writers' clients use."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, png, xlsx, zipped
from _spec import KRR, MHI, PFH, SAH, Att, Spec

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- Spanish
    Spec(
        phi=False,
        category="es_health_fair_html",
        notes="Spanish health fair flyer (HTML, ISO-8859-1) for a parish bulletin.",
        frm=f"Alcance Comunitario <outreach@{PFH}>",
        to="secretaria@parroquiasanpio.org",
        subject="Feria de salud gratuita - sábado 21 de noviembre",
        charset="iso-8859-1",
        lang="es",
        body="",
        html=(
            "<html><body><h2>¡Feria de Salud Familiar Gratis!</h2><p>Sábado 21 de noviembre, "
            "10 a.m. a 2 p.m., Puente Family Health, 2417 S Kedzie Ave.</p><ul><li>Presión "
            "arterial y prueba de azúcar</li><li>Vacunas contra la gripe y COVID-19</li>"
            "<li>Ayuda para solicitar Medicaid</li></ul><p>No necesita cita ni seguro médico. "
            "¡Traiga a toda la familia!</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="es_fap_translation_policy",
        notes="Hard negative: Spanish plain-language financial assistance summary for the "
        "hospital (mentions cancer, childbirth, income tiers; no person).",
        frm=f"Client Services <clientservices@{KRR}>",
        to=f"patientaccess@{SAH}",
        subject="Traducción aprobada: Resumen de Asistencia Financiera 2027",
        lang="es",
        body=(
            "Dana, adjunto el texto final aprobado por el traductor certificado.\n\n"
            "RESUMEN EN LENGUAJE SENCILLO\nSi sus ingresos familiares son hasta el 200% del "
            "nivel federal de pobreza, el Hospital St. Anselm cubre el 100% de la atención de "
            "emergencia y otra atención médicamente necesaria, incluyendo partos, tratamiento "
            "del cáncer y diálisis. Entre 201% y 400%, usted recibe un descuento del 75% o 50%."
            "\nPuede pedir la solicitud en registro, por teléfono o en stanselmcommunity.org/ayuda"
            ".\n\nClient Services"
        ),
    ),
    Spec(
        phi=False,
        category="es_med_safety_newsletter",
        notes="Spanish general medication-safety newsletter for home-infusion families.",
        frm=f"Meridian Home Infusion <boletin@{MHI}>",
        to="boletin-familias@lists.meridianhomeinfusion.com",
        subject="Boletín de noviembre: cómo guardar sus medicamentos en casa",
        lang="es",
        body=(
            "Consejos generales para todas las familias:\n\n"
            "1. Guarde los medicamentos de infusión en el refrigerador, nunca en la puerta.\n"
            "2. No congele las bolsas. Si se congelan, llámenos antes de usarlas.\n"
            "3. Durante un apagón, mantenga el refrigerador cerrado y avísenos.\n"
            "4. Deseche las agujas en el recipiente rojo, no en la basura.\n\n"
            "Línea de farmacia 24/7: 888-555-0172"
        ),
    ),
    Spec(
        phi=False,
        category="es_interpreter_staffing",
        notes="Hard negative: Spanish interpreter staffing note naming interpreters, sites and "
        "shifts.",
        frm=f"Servicios de Idiomas <language@{PFH}>",
        to=f"interpretes-es@{PFH}",
        subject="Horario de intérpretes - semana del 16 de noviembre",
        charset="iso-8859-1",
        lang="es",
        body=(
            "Hola equipo:\n\nLunes y jueves: Beatriz Olmedo en Kedzie (clínica de diabetes por "
            "la mañana).\nMartes: Héctor Ruiz en Pilsen (pediatría), y video remoto por la "
            "tarde.\nMiércoles: falta cobertura en salud de la mujer de 1 a 5 - ¿quién puede?\n"
            "Recuerden la capacitación obligatoria sobre terminología oncológica el viernes "
            "20 a las 12:00.\n\nServicios de Idiomas"
        ),
    ),
    # ---------------------------------------------------------------- Chinese
    Spec(
        phi=False,
        category="zh_flu_clinic_gb2312",
        notes="Simplified Chinese (GB2312) flu-shot clinic notice for a community association.",
        frm=f"Puente 社区外展 <outreach@{PFH}>",
        to="office@chinatownseniorcenter.org",
        subject="免费流感疫苗接种日 11月14日",
        charset="gb2312",
        lang="zh",
        body=(
            "各位长者：\n\n11月14日（星期六）上午9点至12点，Puente 家庭健康中心将在华埠老人中心"
            "提供免费流感疫苗和新冠疫苗接种。65岁以上长者可接种高剂量流感疫苗。\n\n"
            "请带上医保卡（如有）。现场有普通话和粤语翻译。无需预约。\n\nPuente Family Health Network\n"
        ),
        atts=(Att("flu_clinic_flyer_zh_1114.png", "image/png", png(12, 16, (30, 110, 170))),),
    ),
    Spec(
        phi=False,
        category="zh_trad_fap_notice_big5",
        notes="Hard negative: Traditional Chinese (Big5) translated financial-assistance notice "
        "with charity tiers; no individual.",
        frm=f"Client Services <clientservices@{KRR}>",
        to=f"patientaccess@{SAH}",
        subject="經濟援助政策摘要（繁體中文版）",
        charset="big5",
        lang="zh",
        body=(
            "經濟援助計劃摘要\n\n如果您的家庭收入在聯邦貧困線 200% 以下，St. Anselm 社區醫院將免除"
            "急診和其他醫療必需服務的全部費用，包括分娩、癌症治療和洗腎。收入在 201% 至 400% 之間者"
            "可獲 75% 或 50% 折扣。\n\n申請表可在掛號處索取，或致電 815-555-0144。\n"
        ),
    ),
    Spec(
        phi=False,
        category="zh_translation_vendor_glossary",
        notes="Hard negative: GBK mail to a translation vendor with a glossary of disease terms; "
        "business only.",
        frm=f"Wei Chen <wchen@{PFH}>",
        to="projects@goldenbridgetranslation.com",
        subject="术语表确认 - 糖尿病教育手册",
        charset="gbk",
        lang="zh",
        body=(
            "张经理您好，\n\n附上糖尿病教育手册的术语表，请译员统一使用：\n"
            "  A1c -> 糖化血红蛋白\n  hypoglycemia -> 低血糖\n  insulin pen -> 胰岛素笔\n"
            "  hepatitis B -> 乙型肝炎\n\n报价 0.14 美元/字可以接受，12月4日前交稿。繁体版本另算。\n\n"
            "陈伟\n"
        ),
        atts=(
            Att(
                "glossary_diabetes_zh.zip",
                "application/zip",
                zipped(
                    {
                        "glossary_zh-Hans.csv": "en,zh-Hans\nA1c,糖化血红蛋白\nhypoglycemia,低血糖\n"
                        "insulin pen,胰岛素笔\nhepatitis B,乙型肝炎\n",
                        "glossary_zh-Hant.csv": "en,zh-Hant\nA1c,糖化血紅蛋白\nhypoglycemia,低血糖\n"
                        "insulin pen,胰島素筆\nhepatitis B,乙型肝炎\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zh_trad_elder_med_safety",
        notes="Traditional Chinese general medication safety tips for elders (UTF-8).",
        frm=f"Meridian 臨床教育 <education@{MHI}>",
        to="newsletter@chinesemutualaid-chicago.org",
        subject="長者用藥安全小貼士（供會刊使用）",
        lang="zh",
        body=(
            "您好，以下文章可刊登在十二月會刊：\n\n長者用藥安全五要點\n"
            "1. 把所有藥物（包括中藥和保健品）列成清單，看醫生時帶上。\n"
            "2. 不要自行停藥或加倍。\n3. 血液稀釋藥（如 warfarin）與某些中藥會相互作用。\n"
            "4. 藥物放在陰涼處，遠離小孩。\n5. 有疑問請致電藥劑師。\n\nMeridian Home Infusion 臨床教育部\n"
        ),
    ),
    # ---------------------------------------------------------------- Vietnamese
    Spec(
        phi=False,
        category="vi_health_fair",
        notes="Vietnamese community health fair announcement.",
        frm=f"Phuong Tran <ptran@{PFH}>",
        to="banbientap@nguoivietchicago.com",
        subject="Ngày hội sức khỏe miễn phí cho cộng đồng",
        lang="vi",
        body=(
            "Kính gửi Ban biên tập,\n\nXin đăng giúp thông báo sau:\n\nNGÀY HỘI SỨC KHỎE MIỄN "
            "PHÍ - Thứ Bảy 21/11, 10 giờ sáng đến 2 giờ chiều tại Puente Family Health, 2417 S "
            "Kedzie Ave. Đo huyết áp, thử đường huyết, chích ngừa cúm, tư vấn bảo hiểm. Có "
            "thông dịch viên tiếng Việt.\n\nCảm ơn,\nPhương"
        ),
    ),
    Spec(
        phi=False,
        category="vi_template_review_placeholders",
        notes="Hard negative: Vietnamese letter-template review with placeholders, no real "
        "patient.",
        frm=f"Client Services <clientservices@{KRR}>",
        to="vi-review@goldenbridgetranslation.com",
        subject="Xem lại bản dịch mẫu thư số dư",
        lang="vi",
        body=(
            "Chào chị Hạnh,\n\nNhờ chị xem lại mẫu thư. Các chỗ trong ngoặc là trường tự động, "
            "xin giữ nguyên:\n\n  Kính gửi [TEN_BENH_NHAN],\n  Tài khoản [SO_TAI_KHOAN] còn số "
            "dư [SO_DU] cho dịch vụ ngày [NGAY_DICH_VU].\n\nTừ 'guarantor' nên dịch là 'người "
            "bảo lãnh' hay 'người chịu trách nhiệm thanh toán'?\n\nClient Services"
        ),
    ),
    # ---------------------------------------------------------------- Korean
    Spec(
        phi=False,
        category="ko_hepb_screening_event_euckr",
        notes="Korean (EUC-KR) hepatitis B screening event notice for a church.",
        frm=f"Puente 지역사회 <outreach@{PFH}>",
        to="office@kpcchicago.org",
        subject="무료 B형 간염 검사 안내 (교회 주보용)",
        charset="euc-kr",
        lang="ko",
        body=(
            "목사님께,\n\n11월 22일 주일 예배 후 교회 친교실에서 무료 B형 간염 검사와 독감 "
            "예방접종을 실시합니다. 한인 성인 10명 중 약 1명이 B형 간염 보균자이지만 대부분 "
            "모르고 지냅니다.\n\n한국어 통역이 있습니다. 보험이 없어도 됩니다.\n\nPuente Family "
            "Health Network\n"
        ),
    ),
    Spec(
        phi=False,
        category="ko_pump_alarm_education",
        notes="Korean (ks_c_5601-1987) general pump alarm education sheet; no patient.",
        frm=f"Meridian 교육팀 <education@{MHI}>",
        to=f"translations@{MHI}",
        subject="펌프 알람 안내문 한국어 번역본",
        charset="ks_c_5601-1987",
        lang="ko",
        body=(
            "번역 완료본입니다.\n\n[펌프 알람이 울릴 때]\n1. 줄이 꺾이거나 눌렸는지 확인하세요.\n"
            "2. 클램프가 열려 있는지 확인하세요.\n3. 알람이 계속되면 펌프를 끄지 말고 "
            "888-555-0172로 전화하세요.\n\n검토 후 인쇄 부탁드립니다.\n"
        ),
    ),
    # ---------------------------------------------------------------- Tagalog
    Spec(
        phi=False,
        category="tl_community_event",
        notes="Tagalog blood-pressure screening event with a Filipino nurses group.",
        frm=f"Community Outreach <outreach@{PFH}>",
        to="pnaic.events@gmail.com",
        subject="Libreng BP screening sa Simbang Gabi",
        lang="tl",
        body=(
            "Magandang araw po!\n\nGusto po naming makipagtulungan ulit sa inyong nurses "
            "association para sa libreng blood pressure at blood sugar screening pagkatapos ng "
            "Simbang Gabi sa Dec 16-24. Magdadala kami ng BP machines, glucometers at mga "
            "handout tungkol sa altapresyon.\n\nSalamat po,\nPuente Outreach Team"
        ),
    ),
    Spec(
        phi=False,
        category="tl_translated_policy_notice",
        notes="Hard negative: Tagalog translated patient-rights notice about billing (policy "
        "text).",
        frm=f"Compliance <compliance@{KRR}>",
        to=f"patientaccess@{SAH}",
        subject="Tagalog translation: Paunawa sa mga Karapatan sa Pagsingil",
        lang="tl",
        body=(
            "Attached below is the approved Tagalog text for the lobby poster.\n\n"
            "PAUNAWA: May karapatan kayong humingi ng itemized na bill, mag-apply para sa "
            "financial assistance anumang oras, at makakuha ng libreng interpreter. Hindi kayo "
            "hahabulin ng collections habang pinoproseso ang inyong aplikasyon.\n\nCompliance"
        ),
    ),
    # ---------------------------------------------------------------- Arabic
    Spec(
        phi=False,
        category="ar_ramadan_diabetes_talk_1256",
        notes="Hard negative: Arabic (windows-1256) talk on fasting safely with diabetes; "
        "medications named, no individual.",
        frm=f"Samir Khoury <skhoury@{PFH}>",
        to="info@bridgeviewmosque.org",
        subject="محاضرة: الصيام الآمن لمرضى السكري",
        charset="windows-1256",
        lang="ar",
        body=(
            "السلام عليكم،\n\n"
            "يسعدنا تقديم محاضرة مجانية عن الصيام الآمن لمرضى السكري يوم الأحد 6 ديسمبر بعد "
            "صلاة العصر، يقدمها الدكتور فرح حداد.\n"
            "المواضيع: تعديل جرعات الإنسولين والميتفورمين، علامات هبوط السكر، ومتى يجب الإفطار.\n\n"
            "سمير خوري\nPuente Family Health Network\n"
        ),
    ),
    Spec(
        phi=False,
        category="ar_interpreter_rate_sheet",
        notes="Arabic/English interpreter agency rate sheet discussion (vendor mail).",
        frm=f"Language Services <language@{PFH}>",
        to="contracts@alnoorinterpreting.com",
        subject="أسعار الترجمة الفورية لعام 2027 / 2027 rates",
        lang="ar",
        body=(
            "الأستاذة ليلى،\n\nشكراً على عرض الأسعار. نوافق على:\n"
            "  - الترجمة الحضورية: 55 دولاراً للساعة (ساعتان حد أدنى)\n"
            "  - الترجمة عبر الفيديو: 1.95 دولار للدقيقة\n\nWe need Iraqi and Syrian dialect "
            "coverage on Tuesdays. Contract draft to follow.\n\nLanguage Services\n"
        ),
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Layla Haddadin <contracts@alnoorinterpreting.com>",
            to=f"language@{PFH}",
            subject="عرض أسعار 2027",
            body=(
                "تحية طيبة،\n\nنرفق عرض أسعارنا لعام 2027 لخدمات الترجمة الطبية العربية:\n"
                "حضوري 55 دولاراً للساعة، فيديو 1.95 دولار للدقيقة، هاتفي 1.60 دولار للدقيقة.\n"
                "جميع مترجمينا حاصلون على شهادة CCHI.\n\nليلى حدادين\nAl-Noor Interpreting\n"
            ),
        ),
    ),
    # ---------------------------------------------------------------- Russian
    Spec(
        phi=False,
        category="ru_interpreter_vendor_koi8r",
        notes="Hard negative: Russian (KOI8-R) interpreter scheduling with a vendor: "
        "interpreter names and hours only.",
        frm=f"Language Services <language@{PFH}>",
        to="dispatch@slavicinterpreters.com",
        subject="Переводчики на декабрь",
        charset="koi8-r",
        lang="ru",
        body=(
            "Добрый день, Светлана!\n\nНа декабрь нам нужны русские и украинские переводчики:\n"
            "  - вторник и четверг, 9:00-13:00, клиника на Devon Ave\n"
            "  - Игорь Ковальчук и Марина Белова нас полностью устраивают\n\n"
            "Пожалуйста, пришлите подтверждение до 20 ноября.\n\nLanguage Services\n"
        ),
    ),
    Spec(
        phi=False,
        category="ru_rights_notice_1251",
        notes="Russian (windows-1251) translation of the consumer rights notice for billing "
        "letters; no person.",
        frm=f"Compliance <compliance@{KRR}>",
        to=f"letters@{KRR}",
        subject="Перевод: уведомление о правах потребителя",
        charset="windows-1251",
        lang="ru",
        body=(
            "Утверждённый текст для оборотной стороны писем:\n\n"
            "Вы имеете право оспорить долг в течение 30 дней, запросить детализированный счёт и "
            "подать заявление на финансовую помощь больницы в любое время. Бесплатный "
            "переводчик: 815-555-0144.\n\nCompliance\n"
        ),
        atts=(
            Att(
                "rights_notice_ru_v3.txt",
                "text/plain",
                "УВЕДОМЛЕНИЕ О ВАШИХ ПРАВАХ\nВы имеете право оспорить долг в течение 30 дней.\n"
                "Вы можете запросить детализированный счёт.\nФинансовая помощь: 815-555-0144.\n",
            ),
        ),
    ),
    # ---------------------------------------------------------------- Haitian Creole
    Spec(
        phi=False,
        category="ht_flu_clinic",
        notes="Haitian Creole flu vaccine clinic notice (ISO-8859-1).",
        frm=f"Community Outreach <outreach@{PFH}>",
        to="pere.jeanrobert.sentfamiy@yahoo.com",
        subject="Klinik vaksen grip gratis apre lamès",
        charset="iso-8859-1",
        lang="ht",
        body=(
            "Bonjou Pè Jean-Robert,\n\nN ap fè yon klinik vaksen grip ak COVID gratis dimanch "
            "29 novanm apre lamès 10è a, nan sal fèt legliz la. Pa bezwen asirans, pa bezwen "
            "randevou. Gen entèprèt kreyòl.\n\nMèsi anpil,\nEkip Puente"
        ),
    ),
    Spec(
        phi=False,
        category="ht_job_posting",
        notes="Haitian Creole/English job posting for a bilingual infusion nurse.",
        frm=f"Recruiting <careers@{MHI}>",
        to="jobs@haitianamericannurses-il.org",
        subject="Travay: Enfimyè enfizyon lakay (Kreyòl/Angle)",
        lang="ht",
        body=(
            "Meridian Home Infusion ap chèche yon enfimyè (RN) ki pale kreyòl ak angle pou fè "
            "vizit lakay nan zòn Joliet/Naperville. Eksperyans IV ak PICC obligatwa.\n\n"
            "RN, home infusion, Creole/English, $44-$52/hr, mileage paid.\n"
            "Aplike: careers.meridianhomeinfusion.com\n"
        ),
    ),
    # ---------------------------------------------------------------- Portuguese
    Spec(
        phi=False,
        category="pt_fap_translation",
        notes="Hard negative: Portuguese translated financial-assistance summary (ISO-8859-1).",
        frm=f"Client Services <clientservices@{KRR}>",
        to=f"patientaccess@{SAH}",
        subject="Tradução: Resumo da Assistência Financeira",
        charset="iso-8859-1",
        lang="pt",
        body=(
            "Segue o texto aprovado em português:\n\n"
            "Se a renda da sua família for de até 200% da linha federal de pobreza, o Hospital "
            "St. Anselm cobre 100% do atendimento de emergência e de outros cuidados "
            "médicos necessários, inclusive parto, tratamento de câncer e hemodiálise. "
            "Peça o formulário na recepção.\n\nClient Services"
        ),
        atts=(
            Att(
                "FAP_resumo_PT-BR_final.docx",
                DOCX,
                docx(
                    [
                        "Hospital Comunitário St. Anselm - Resumo da Política de Assistência "
                        "Financeira",
                        "Até 200% da linha federal de pobreza: desconto de 100%.",
                        "201% a 300%: desconto de 75%. 301% a 400%: desconto de 50%.",
                        "Intérprete gratuito: 815-555-0144.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pt_health_fair",
        notes="Portuguese community health fair notice for a Brazilian community group.",
        frm=f"Community Outreach <outreach@{PFH}>",
        to="contato@casadobrasilchicago.org",
        subject="Feira de saúde gratuita - 21 de novembro",
        lang="pt",
        body=(
            "Olá pessoal da Casa do Brasil,\n\nPodem divulgar? Feira de saúde gratuita no "
            "sábado, 21/11, das 10h às 14h: medição de pressão, teste de glicose, vacina da "
            "gripe e ajuda com o Medicaid. Teremos intérprete de português.\n\nAbraços,\n"
            "Equipe Puente"
        ),
    ),
    # ---------------------------------------------------------------- Polish
    Spec(
        phi=False,
        category="pl_rep_staffing_iso88592",
        notes="Hard negative: Polish internal staffing of the Polish-language billing line "
        "(staff names, shifts, a colleague's vacation).",
        frm=f"Agnieszka Wróbel <awrobel@{KRR}>",
        to=f"polish-line@{KRR}",
        subject="Grafik linii polskiej - listopad",
        charset="iso-8859-2",
        lang="pl",
        body=(
            "Cześć wszystkim,\n\nOd poniedziałku Krzysztof jest na urlopie do "
            "końca miesiąca, więc zmieniamy grafik:\n  pon./śr.: Agnieszka 8-16:30\n"
            "  wt./czw.: Małgorzata 10-18:30\n  pt.: Joanna (do 15:00)\nProszę nie umawiać "
            "urlopów w tygodniu Święta Dziękczynienia.\n\nAga"
        ),
    ),
    Spec(
        phi=False,
        category="pl_flu_clinic_parish",
        notes="Polish flu clinic notice for a parish (ISO-8859-2).",
        frm=f"Community Outreach <outreach@{PFH}>",
        to="kancelaria@swjacek-chicago.org",
        subject="Bezpłatne szczepienia przeciw grypie po Mszy św.",
        charset="iso-8859-2",
        lang="pl",
        body=(
            "Szczęść Boże,\n\nW niedzielę 22 listopada po Mszy o 11:30 zapraszamy na bezpłatne "
            "szczepienia przeciw grypie i COVID-19 w sali parafialnej. Osoby po 65. roku życia "
            "otrzymają szczepionkę o wysokiej dawce. Będzie tłumacz języka polskiego.\n\n"
            "Zespół Puente Family Health\n"
        ),
    ),
    # ---------------------------------------------------------------- Somali
    Spec(
        phi=False,
        category="so_diabetes_class",
        notes="Somali diabetes education class announcement.",
        frm=f"Abdirahman Farah <afarah@{PFH}>",
        to="rogersparksomalicommunity@gmail.com",
        subject="Fasalka sonkorta ee bulshada",
        lang="so",
        body=(
            "Asc walaalayaal,\n\nPuente waxay qabanaysaa fasal bilaash ah oo ku saabsan "
            "sonkorta (diabetes): cuntada, dawooyinka iyo jimicsiga. Khamiista 3-da Diseembar, "
            "6:00 fiidnimo, xarunta bulshada ee Rogers Park. Rag iyo dumarba waa la soo "
            "dhaweynayaa; shaah iyo cunto fudud ayaa la heli doonaa.\n\nAbdirahman Farah"
        ),
        html=(
            "<html><body><p>Asc walaalayaal,</p><p><b>Fasal bilaash ah oo ku saabsan sonkorta "
            "(diabetes)</b>: cuntada, dawooyinka iyo jimicsiga.</p><p>Khamiista 3-da Diseembar, "
            "6:00 fiidnimo - xarunta bulshada ee Rogers Park</p><p>Shaah iyo cunto fudud ayaa la "
            "heli doonaa.</p><p>Abdirahman Farah, Puente Family Health</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="so_consent_translation_review",
        notes="Hard negative: Somali consent-form translation review with a blank template "
        "(DOCX) and placeholder fields.",
        frm=f"Language Services <language@{PFH}>",
        to=f"afarah@{PFH}",
        subject="Fadlan dib u eeg: foomka oggolaanshaha (Somali)",
        lang="so",
        body=(
            "Abdirahman,\n\nPlease proofread the attached Somali consent template before it "
            "goes to print. Fields like ________ stay blank. Erayga 'telehealth' ma u "
            "turjumnay 'daryeel caafimaad oo fog'?\n\nMahadsanid,\nLanguage Services"
        ),
        atts=(
            Att(
                "Consent_Telehealth_SO_template.docx",
                DOCX,
                docx(
                    [
                        "FOOMKA OGGOLAANSHAHA DARYEELKA CAAFIMAAD EE FOG (TELEHEALTH)",
                        "Magaca bukaanka: ________________   Taariikhda: ____________",
                        "Waxaan fahmay in booqashada fiidiyowga ay tahay mid sir ah.",
                        "Saxiixa: ________________",
                    ]
                ),
            ),
        ),
    ),
    # ---------------------------------------------------------------- Amharic
    Spec(
        phi=False,
        category="am_health_fair",
        notes="Amharic community health fair notice.",
        frm=f"Meseret Bekele <mbekele@{PFH}>",
        to="ethiopiancommunity.chi@outlook.com",
        subject="ነፃ የጤና ምርመራ ቀን",
        lang="am",
        body=(
            "ሰላም፣\n\nPuente Family Health ቅዳሜ ኅዳር 12 ከጠዋቱ 4 ሰዓት እስከ 8 ሰዓት ነፃ የደም ግፊት፣ "
            "የስኳር ምርመራ እና የጉንፋን ክትባት ይሰጣል። የአማርኛ አስተርጓሚ ይኖራል። ኢንሹራንስ አያስፈልግም።\n\n"
            "እባክዎ ለማህበረሰቡ ያሳውቁ።\nመሰረት በቀለ\n"
        ),
    ),
    # ---------------------------------------------------------------- Hindi / Urdu
    Spec(
        phi=False,
        category="hi_med_safety_article",
        notes="Hindi general article on safe use of blood thinners for a temple newsletter.",
        frm=f"Suresh Pillai PharmD <rxclinical@{MHI}>",
        to="newsletter@hindutemple-naperville.org",
        subject="समाचार पत्र के लिए लेख: दवाइयों की सुरक्षा",
        lang="hi",
        body=(
            "नमस्ते,\n\nदिसंबर के समाचार पत्र के लिए यह छोटा लेख भेज रहा हूँ:\n\n"
            "खून पतला करने वाली दवाइयाँ (जैसे वारफ़रिन) लेते समय हल्दी और अदरक की बड़ी मात्रा से "
            "बचें, क्योंकि इससे खून बहने का खतरा बढ़ सकता है। कोई भी नई दवा या आयुर्वेदिक "
            "दवा शुरू करने से पहले अपने फार्मासिस्ट से पूछें।\n\nसुरेश पिल्लै, PharmD\n"
        ),
    ),
    Spec(
        phi=False,
        category="hi_interpreter_staffing_xlsx",
        notes="Hard negative: Hindi/Urdu/Punjabi interpreter roster workbook (staff names, "
        "languages, sites) with a Hindi cover note.",
        frm=f"Language Services <language@{PFH}>",
        to=f"devon.manager@{PFH}",
        subject="दुभाषिया रोस्टर - दिसंबर / Interpreter roster December",
        lang="hi",
        body=(
            "नमस्ते रीना जी,\n\nदिसंबर का दुभाषिया रोस्टर संलग्न है। दूसरी शीट में वीडियो "
            "दुभाषियों के घंटे हैं। Urdu coverage on Fridays is still thin.\n\nLanguage Services"
        ),
        atts=(
            Att(
                "interpreter_roster_dec.xlsx",
                XLSX,
                xlsx(
                    {
                        "On site": [
                            ["Interpreter", "Languages", "Site", "Days"],
                            ["Neha Sharma", "Hindi, Punjabi", "Devon Ave", "Mon-Wed"],
                            ["Farhan Siddiqui", "Urdu, Hindi", "Devon Ave", "Thu"],
                            ["Gurpreet Kaur", "Punjabi", "Devon Ave", "Tue"],
                        ],
                        "Video": [
                            ["Vendor", "Languages", "Hours"],
                            ["LinguaLink", "Hindi, Urdu, Gujarati", "7a-9p"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ur_health_fair",
        notes="Urdu community health fair notice for a mosque.",
        frm=f"Puente Community Outreach <outreach@{PFH}>",
        to="office@devonmasjid.org",
        subject="مفت صحت میلہ - ڈیوون ایونیو",
        lang="ur",
        body=(
            "السلام علیکم،\n\n"
            "ہفتہ 5 دسمبر کو صبح 10 بجے سے دوپہر 2 بجے تک Puente کلینک، ڈیوون ایونیو میں مفت صحت میلہ "
            "ہوگا: بلڈ پریشر، شوگر ٹیسٹ اور فلو ویکسین۔ اردو مترجم موجود ہوں گے۔ انشورنس ضروری نہیں۔\n\n"
            "براہ کرم جمعہ کے اعلان میں شامل کریں۔ شکریہ\n"
        ),
    ),
]
