# ruff: noqa: RUF001, E501  (patients' languages: full-width punctuation, Cyrillic and wide scripts)
"""PHI messages in or mixing patients' languages, in the charsets their writers' clients use:
statements, payment plans, reminders, medication instructions and replies to relatives."""

from __future__ import annotations

from _att import pdf
from _spec import KRR, MHI, PFH, Att, Spec

KRR_FOOT_ES = (
    "\n--\nKeelbridge Revenue Recovery, en nombre de St. Anselm Community Hospital\n"
    "815-555-0144 (opción 2 para español)\nEsta comunicación proviene de un cobrador de deudas.\n"
)

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- Spanish
    Spec(
        phi=True,
        category="es_statement_letter",
        notes="Spanish balance letter: guarantor name, account, date and type of service.",
        frm=f"Estados de Cuenta <statements@{KRR}>",
        to="lupita.ortizreyes@gmail.com",
        subject="Su estado de cuenta del Hospital St. Anselm - cuenta SA20460391",
        charset="iso-8859-1",
        lang="es",
        body=(
            "Estimada Sra. Guadalupe Ortiz Reyes:\n\n"
            "Le escribimos sobre su cuenta SA20460391 del Hospital St. Anselm.\n\n"
            "  Fecha de servicio: 22/10/2026\n  Servicio: prueba de esfuerzo cardíaca y "
            "ecocardiograma\n  Pagado por su seguro: $1,212.00\n  Saldo pendiente: $386.50\n\n"
            "Si no puede pagar el total, podemos ofrecerle un plan de pagos sin intereses o "
            "ayudarle a solicitar asistencia financiera del hospital.\n" + KRR_FOOT_ES
        ),
        atts=(
            Att(
                "estado_de_cuenta_SA20460391.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEELBRIDGE REVENUE RECOVERY - ESTADO DE CUENTA",
                        "Hospital Comunitario St. Anselm",
                        "Paciente: Guadalupe Ortiz Reyes   Cuenta: SA20460391",
                        "2651 S Lawndale Ave, Chicago IL 60623",
                        "22/10/2026  93015 Prueba de esfuerzo cardíaca     $980.00",
                        "22/10/2026  93306 Ecocardiograma                  $618.50",
                        "Pago del seguro                                -$1,212.00",
                        "Saldo pendiente                                   $386.50",
                    ],
                    "Estado de cuenta",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="es_appointment_reminder",
        notes="Spanish appointment reminder: patient name, diabetes visit, fasting labs.",
        frm=f"Recordatorios Puente <recordatorios@{PFH}>",
        to="mrgarcia1961@yahoo.com",
        subject="Recordatorio: su cita del 17 de noviembre",
        charset="windows-1252",
        lang="es",
        body=(
            "Hola María del Rosario García,\n\nLe recordamos su cita con la Dra. Farah Haddad el "
            "martes 17 de noviembre a las 8:40 a.m. en Puente Kedzie (2417 S Kedzie Ave).\n\n"
            "Es su control de diabetes: venga en ayunas (sin comer desde la medianoche) porque "
            "le vamos a sacar sangre para la hemoglobina A1c. Traiga su glucómetro y todas sus "
            "medicinas, incluyendo la insulina.\n\nSi necesita cambiar la cita llame al "
            "773-555-0110.\n\nPuente Family Health Network"
        ),
    ),
    Spec(
        phi=True,
        category="es_reply_to_relative_first_name",
        notes="Hard positive: navigator answers a daughter (named, her mailbox) about her mother "
        "'Chela' (nickname only) and her blood-pressure pills, quoting the daughter.",
        frm=f"Beatriz Olmedo <bolmedo@{PFH}>",
        to="yesenia.m.castro@hotmail.com",
        subject="RE: pastillas de mi mamá",
        lang="es",
        body=(
            "Hola Yesenia,\n\nYa hablé con la Dra. Haddad. Tu mamá Chela debe seguir con el "
            "losartán 50 mg una vez al día, pero la amlodipina se la suspendió porque le estaba "
            "hinchando los tobillos. La presión del lunes fue 152/94, así que la queremos ver "
            "otra vez el 24. Yo estaré de intérprete.\n\nSaludos,\nBeatriz\n\n"
            "El dom, 8 nov 2026 a las 21:03, Yesenia Castro <yesenia.m.castro@hotmail.com> "
            "escribió:\n> Buenas noches, mi mamá no sabe si tiene que seguir "
            "tomando las dos pastillas de la presión. ¿Me puede ayudar?\n"
        ),
    ),
    Spec(
        phi=True,
        category="es_home_infusion_instructions_html",
        notes="HTML-only Spanish/English home-infusion instructions for a named patient's "
        "ceftriaxone.",
        frm=f"Farmacia Meridian <rxclinical@{MHI}>",
        to="maribel.ortega71@gmail.com",
        subject="Instrucciones para su antibiótico en casa / Home antibiotic instructions",
        charset="windows-1252",
        html_only=True,
        lang="es",
        body="",
        html=(
            "<html><head><meta charset='windows-1252'></head><body>"
            "<p>Sra. Maribel Ortega:</p><p>Estas son sus instrucciones para la <b>ceftriaxona "
            "2 g</b> (infusor elastomérico) una vez al día hasta el 20 de noviembre:</p><ol>"
            "<li>Saque el infusor del refrigerador 1 hora antes.</li><li>Lave sus manos y limpie "
            "la conexión de su línea PICC 15 segundos con alcohol.</li><li>Conecte el infusor; "
            "tarda unos 30 minutos.</li><li>Después, lave la línea con 10 mL de solución "
            "salina.</li></ol><p>Llame si tiene fiebre, sarpullido o diarrea fuerte.</p>"
            "<p><i>English: ceftriaxone 2 g daily via PICC through 11/20; flush with 10 mL "
            "saline after each dose.</i></p><p>Farmacia Meridian 888-555-0172</p></body></html>"
        ),
    ),
    # ---------------------------------------------------------------- Chinese
    Spec(
        phi=True,
        category="zh_payment_plan_gb2312",
        notes="Simplified Chinese payment plan letter (GB2312, Foxmail-style subject): name, "
        "account, childbirth charges.",
        frm=f"王丽娟 <ljwang@{KRR}>",
        to="chenxiaomei2020@163.com",
        subject="关于您在圣安瑟姆医院的账单分期付款",
        charset="gb2312",
        lang="zh",
        headers=(("X-Mailer", "Foxmail 7.2.25.228[cn]"),),
        body=(
            "陈小梅女士，您好：\n\n"
            "感谢您今天来电。关于您2026年9月28日在圣安瑟姆社区医院分娩住院的账单"
            "（账号 SA20449120），保险支付后余额为 2,340.00 美元。\n\n"
            "按照电话中的约定，分期付款计划如下：\n"
            "  每月 15 日支付 195.00 美元，共 12 期\n  第一期：2026年12月15日\n\n"
            "如果您的收入有变化，可以申请医院的经济援助，我们可以寄中文申请表给您。\n\n"
            "王丽娟\n客户服务代表（普通话/粤语）\nKeelbridge Revenue Recovery\n815-555-0144 转 2240\n"
        ),
    ),
    Spec(
        phi=True,
        category="zh_relative_hepb_results_gbk",
        notes="Simplified Chinese (GBK) to a son: father's full name, DOB, hepatitis B viral "
        "load and antiviral plan.",
        frm=f"Wei Chen <wchen@{PFH}>",
        to="wang.hao.chi@126.com",
        subject="王建国先生的检查结果",
        charset="gbk",
        lang="zh",
        body=(
            "王浩您好，\n\n"
            "您父亲王建国（出生日期 1954年3月2日）上周的验血结果出来了：\n"
            "  乙肝病毒 DNA：18,400 IU/mL\n  肝功能 ALT：62（偏高）\n\n"
            "Haddad 医生建议开始服用恩替卡韦（entecavir）0.5 毫克，每天一次，空腹服用。"
            "请于11月19日上午10点陪他来复诊，我们会做肝脏超声检查。\n\n"
            "陈伟\n普通话/粤语医疗翻译\nPuente Family Health Network\n"
        ),
    ),
    Spec(
        phi=True,
        category="zh_trad_appointment_big5",
        notes="Traditional Chinese (Big5) reminder to a Cantonese-speaking patient: name, "
        "retinal screening, A1c context.",
        frm=f"Puente Kedzie 前台 <frontdesk.kedzie@{PFH}>",
        to="wlee.chinatown@yahoo.com",
        subject="預約提醒：糖尿病眼睛檢查 11月18日",
        charset="big5",
        lang="zh",
        headers=(("X-Mailer", "Microsoft Outlook 16.0"),),
        body=(
            "李偉雄先生：\n\n提醒您11月18日（星期三）上午10:00在Puente Kedzie診所做糖尿病視網膜"
            "檢查。檢查時會放大瞳孔，之後四到六小時視線模糊，請安排家人陪同或不要開車。\n\n"
            "我們已安排粵語翻譯。如需更改時間，請致電 773-555-0110。\n\nPuente Family Health Network\n"
        ),
    ),
    Spec(
        phi=True,
        category="zh_trad_tpn_instructions_relative",
        notes="Hard positive: Traditional Chinese (UTF-8) TPN instructions to a daughter naming "
        "'your mother' and her potassium result; patient named only by surname title.",
        frm=f"Mei-Ling Ko RN <mko@{MHI}>",
        to="jenny.lam.family@gmail.com",
        subject="媽媽的營養液 TPN 注意事項",
        lang="zh",
        body=(
            "Jenny 你好，\n\n今天去看了林太太（你媽媽，住 Naperville 的 Maple Ave 那邊），"
            "她的血鉀今天是 3.2，偏低，Dr. Patel 已經在 TPN 裡加了鉀，從明天那包開始。\n\n"
            "1. TPN 每晚 8 點開始，輸 12 小時，早上 8 點停。\n"
            "2. 開始前一小時從冰箱拿出來。\n"
            "3. 如果她手腳抽筋、心跳很亂，請馬上打 888-555-0172 或 911。\n\n"
            "週四我再來抽血。\n\nMei-Ling Ko, RN\nMeridian Home Infusion\n"
        ),
    ),
    # ---------------------------------------------------------------- Vietnamese
    Spec(
        phi=True,
        category="vi_relative_reply_quoted",
        notes="Vietnamese reply to a daughter (quoted) about her father's DKA hospitalization "
        "follow-up and insulin.",
        frm=f"Phuong Tran <ptran@{PFH}>",
        to="linh.nguyen.0623@gmail.com",
        subject="Re: Lịch hẹn của ba em",
        lang="vi",
        body=(
            "Chào Linh,\n\nChị đã đặt lịch cho ba em, ông Nguyễn Văn Thành, gặp bác sĩ Haddad "
            "vào thứ Hai 16/11 lúc 9 giờ sáng để theo dõi sau đợt nằm viện vì nhiễm toan ceton "
            "do tiểu đường. Nhớ mang theo bút tiêm insulin Lantus và sổ đo đường huyết. Chị sẽ "
            "phiên dịch.\n\nPhương\nPuente Family Health Network\n\n"
            "Vào 9 thg 11, 2026 lúc 20:14, Linh Nguyen <linh.nguyen.0623@gmail.com> đã viết:\n"
            "> Chị ơi, ba em mới xuất viện, bác sĩ bệnh viện nói phải tái khám trong 1 tuần. "
            "Chị giúp em đặt lịch được không?\n"
        ),
    ),
    Spec(
        phi=True,
        category="vi_balance_letter",
        notes="Vietnamese balance notice: patient name, account, ER visit and balance.",
        frm=f"Keelbridge Revenue Recovery <notices@{KRR}>",
        to="tranmaianh.chi@outlook.com",
        subject="Thông báo số dư tài khoản bệnh viện St. Anselm",
        lang="vi",
        body=(
            "Kính gửi bà Trần Mai Anh,\n\nTài khoản SA20441287 của bà tại Bệnh viện Cộng đồng "
            "St. Anselm còn số dư 5.880,00 đô la cho dịch vụ sinh con ngày 02/09/2026. Bảo hiểm "
            "Midwest Care Alliance đã từ chối yêu cầu thanh toán vì thiếu thông tin; chúng tôi "
            "đang gửi lại hồ sơ. Bà chưa cần thanh toán trong 45 ngày tới.\n\nNếu cần phiên "
            "dịch tiếng Việt, xin gọi 815-555-0144.\n\nKeelbridge Revenue Recovery\n"
        ),
    ),
    # ---------------------------------------------------------------- Korean
    Spec(
        phi=True,
        category="ko_statement_outlook",
        notes="Korean statement (ks_c_5601-1987, Outlook): name, account, colonoscopy, balance.",
        frm=f"김지현 <jkim@{KRR}>",
        to="parksy1958@naver.com",
        subject="세인트 앤셀름 병원 진료비 청구서 안내",
        charset="ks_c_5601-1987",
        lang="ko",
        headers=(("X-Mailer", "Microsoft Outlook 16.0"),),
        body=(
            "박순영 님께,\n\n2026년 10월 6일 세인트 앤셀름 커뮤니티 병원에서 받으신 대장내시경 "
            "검사(용종 제거 포함)에 대한 청구서입니다.\n\n  계정 번호: SA20455561\n  보험 지불액: "
            "$1,640.00\n  본인 부담금: $420.00\n\n한 번에 내기 어려우시면 무이자 분할 납부가 "
            "가능합니다. 한국어 상담: 815-555-0144 (내선 2251)\n\n김지현 드림\nKeelbridge Revenue "
            "Recovery\n"
        ),
    ),
    Spec(
        phi=True,
        category="ko_ivig_delivery_euckr",
        notes="Korean (EUC-KR) IVIG delivery and nurse visit message to the patient's daughter.",
        frm=f"Meridian 코디네이터 <coordinators@{MHI}>",
        to="grace.choi.nap@gmail.com",
        subject="어머님 면역글로불린 배송 안내",
        charset="euc-kr",
        lang="ko",
        body=(
            "최은혜 님,\n\n어머님 최명자 님의 면역글로불린(가뮤넥스-C 30g) 배송이 11월 13일 "
            "금요일 오전에 도착합니다. 간호사가 같은 날 오후 1시에 방문하여 주사를 놓아 드리고 "
            "혈압을 확인합니다.\n\n약은 냉장 보관해 주시고, 두통이나 발열이 있으면 바로 연락 "
            "주세요: 888-555-0172\n\nMeridian Home Infusion\n"
        ),
    ),
    # ---------------------------------------------------------------- Tagalog
    Spec(
        phi=True,
        category="tl_mammogram_followup",
        notes="Taglish follow-up: patient name, abnormal mammogram, biopsy appointment.",
        frm=f"Mercy Kariuki <mkariuki@{PFH}>",
        to="rosario.dmanalo@yahoo.com",
        subject="Follow-up sa mammogram mo",
        lang="tl",
        body=(
            "Hi Rosario Manalo,\n\nMagandang araw po! Lumabas na po ang resulta ng mammogram "
            "ninyo noong Nov 3. May nakita pong maliit na bukol sa kaliwang suso (BI-RADS 4), "
            "kaya kailangan po ng biopsy. Naka-schedule na po kayo sa St. Anselm Breast Center "
            "sa Nov 20, 8:00 am. Huwag po kayong mag-alala, karamihan po ng ganito ay hindi "
            "cancer, pero kailangan po naming makasiguro.\n\nTawagan n'yo po kami sa "
            "773-555-0110 kung may tanong.\n\nMercy Kariuki, NP"
        ),
    ),
    Spec(
        phi=True,
        category="tl_lola_antibiotic_caregiver",
        notes="Hard positive: Taglish to a grandson: 'Lola Remedios' first name, town and "
        "ertapenem schedule with a kidney note.",
        frm=f"Patrick Oduya RN <poduya@{MHI}>",
        to="jc.dizon.ilocos@gmail.com",
        subject="Schedule ng gamot ni Lola",
        lang="tl",
        body=(
            "Hi JC,\n\nPara kay Lola Remedios sa Romeoville: ang ertapenem 1 g ay isang beses "
            "lang sa isang araw, tuwing 6 pm, hanggang Nov 22 para sa UTI niya. Medyo mahina "
            "ang kidney niya kaya bawal ang ibuprofen, Tylenol lang kung may lagnat. Babalik ako "
            "sa Martes para palitan ang dressing ng IV.\n\nSalamat,\nPatrick"
        ),
    ),
    # ---------------------------------------------------------------- Arabic
    Spec(
        phi=True,
        category="ar_peds_asthma_reminder_1256",
        notes="Arabic (windows-1256) reminder: child's name, asthma follow-up, inhaler.",
        frm=f"Samir Khoury <skhoury@{PFH}>",
        to="alhassan.family.chi@gmail.com",
        subject="تذكير بموعد ابنكم يوسف الحسن",
        charset="windows-1256",
        lang="ar",
        body=(
            "السيدة رنا الحسن المحترمة،\n\n"
            "نذكركم بموعد ابنكم يوسف الحسن (تاريخ الميلاد 2017/04/12) لمتابعة الربو يوم الخميس "
            "19 نوفمبر الساعة 3:30 عصراً مع الدكتور أوسي.\n"
            "الرجاء إحضار بخاخ فنتولين وجهاز الفاصل (السبيسر) ونموذج المدرسة.\n\n"
            "سمير خوري - مترجم اللغة العربية\nPuente Family Health Network\n773-555-0110\n"
        ),
    ),
    Spec(
        phi=True,
        category="ar_payment_plan_html",
        notes="Arabic HTML payment plan confirmation: name, account, dialysis charges.",
        frm=f"Keelbridge Revenue Recovery <plans@{KRR}>",
        to="m.abdelrahman64@hotmail.com",
        subject="تأكيد خطة الدفع - حساب SA20447810",
        lang="ar",
        body="",
        html=(
            "<html dir='rtl' lang='ar'><body><p>السيد محمود عبد الرحمن،</p>"
            "<p>تم إعداد خطة دفع لحسابكم رقم SA20447810 لدى مستشفى سانت أنسلم "
            "عن جلسات غسيل الكلى في شهر سبتمبر 2026.</p>"
            "<table border='1'><tr><th>المبلغ الشهري</th><td>$75.00</td></tr>"
            "<tr><th>عدد الدفعات</th><td>8</td></tr><tr><th>أول دفعة</th><td>2026/12/01</td></tr>"
            "</table><p>للمساعدة باللغة العربية: 815-555-0144</p></body></html>"
        ),
    ),
    # ---------------------------------------------------------------- Russian
    Spec(
        phi=True,
        category="ru_balance_letter_1251",
        notes="Russian (windows-1251) balance letter: name, account, knee replacement, balance.",
        frm=f"Ольга Смирнова <osmirnova@{KRR}>",
        to="v.petrenko55@mail.ru",
        subject="Счёт больницы St. Anselm - замена коленного сустава",
        charset="windows-1251",
        lang="ru",
        body=(
            "Уважаемый Виктор Петренко,\n\n"
            "По счёту SA20438862 (эндопротезирование правого коленного сустава, 24-27 августа "
            "2026 г.) после оплаты Medicare и дополнительной страховки остаток составляет "
            "$612,00.\n\n"
            "Если оплатить всю сумму сразу сложно, мы можем оформить беспроцентную рассрочку. "
            "Звоните: 815-555-0144, доб. 2263 (говорим по-русски).\n\n"
            "С уважением,\nОльга Смирнова\nKeelbridge Revenue Recovery\n"
        ),
    ),
    Spec(
        phi=True,
        category="ru_son_reply_milrinone_koi8r",
        notes="Russian (KOI8-R) reply to a son about his father's milrinone pump, quoting the "
        "son's question.",
        frm=f"Dilnoza Akhtar RN <dakhtar@{MHI}>",
        to="a.eberhardt.jr@yandex.ru",
        subject="Re: папа и насос",
        charset="koi8-r",
        lang="ru",
        body=(
            "Андрей, добрый вечер.\n\n"
            "Насос с милриноном у вашего отца (Вальтер Эберхардт) отключать нельзя ни на минуту, "
            "даже в душе - используйте чехол, который я оставила. Вес сегодня 81,2 кг, это на "
            "1,4 кг больше, чем неделю назад; доктор Прасад увеличил фуросемид до 40 мг два раза "
            "в день.\n\nДильноза, медсестра\n\n"
            "> Здравствуйте, можно ли папе снимать насос на ночь? Он плохо спит.\n"
            "> Андрей\n"
        ),
    ),
    # ---------------------------------------------------------------- Haitian Creole
    Spec(
        phi=True,
        category="ht_bp_med_instructions",
        notes="Haitian Creole medication instructions: name, hypertension, new medicine.",
        frm=f"Klinik Puente <nursing@{PFH}>",
        to="jeanbaptiste.marie@gmail.com",
        subject="Nouvo medikaman pou tansyon ou",
        charset="iso-8859-1",
        lang="ht",
        body=(
            "Bonjou Marie-Claude Jean-Baptiste,\n\n"
            "Doktè Haddad chanje medikaman tansyon ou: kounye a w ap pran "
            "hydrochlorothiazide 25 mg yon fwa chak maten, ak lisinopril 20 mg ou te deja "
            "genyen. Tansyon ou te 168/100 jodi a.\n\n"
            "Bwè anpil dlo, epi si ou santi tèt vire oswa ou fèb, rele nou nan 773-555-0110. "
            "Randevou pwochen: 1ye desanm, 9è nan maten.\n\nEkip enfimyè Puente\n"
        ),
    ),
    Spec(
        phi=True,
        category="ht_charity_approval",
        notes="Hard positive: Haitian Creole charity-care approval: name and account only, the "
        "care is implied by the hospital bill.",
        frm=f"Keelbridge Revenue Recovery <charity@{KRR}>",
        to="wilner.pierrelouis@aol.com",
        subject="Demand èd finansye ou apwouve",
        lang="ht",
        body=(
            "Bonjou Wilner Pierre-Louis,\n\n"
            "Bon nouvèl: Lopital St. Anselm apwouve demand èd finansye ou. Kont SA20453377 ou "
            "a kounye a $0.00. Ou pa dwe anyen ankò pou vizit sa a.\n\n"
            "Si ou resevwa lòt bòdwo pou menm dat la, rele nou: 815-555-0144.\n\n"
            "Keelbridge Revenue Recovery\n"
        ),
    ),
    # ---------------------------------------------------------------- Portuguese
    Spec(
        phi=True,
        category="pt_infusion_instructions",
        notes="Brazilian Portuguese (ISO-8859-1) SCIG instructions: patient name, product, dose.",
        frm=f"Farmácia Meridian <rxclinical@{MHI}>",
        to="fernanda.souza.il@gmail.com",
        subject="Instruções da sua imunoglobulina subcutânea",
        charset="iso-8859-1",
        lang="pt",
        body=(
            "Olá Fernanda Souza,\n\n"
            "Segue o resumo da sua terapia com Hizentra 10 g por semana (via subcutânea), para "
            "a imunodeficiência primária:\n\n"
            "  - Aplicar toda segunda-feira, 2 locais no abdômen\n"
            "  - Retirar da geladeira 30 minutos antes\n"
            "  - Vermelhidão leve no local é normal; febre ou falta de ar, ligue 888-555-0172\n\n"
            "A enfermeira vem no dia 16/11 para a segunda aula.\n\nFarmácia Meridian\n"
        ),
    ),
    Spec(
        phi=True,
        category="pt_relative_prenatal",
        notes="Hard positive: Portuguese note to a husband about his wife's (first name) "
        "gestational diabetes and glucose monitoring.",
        frm=f"Kwame Osei MD <kosei@{PFH}>",
        to="rodrigo.alves.chi@outlook.com",
        subject="Sobre a Luana",
        lang="pt",
        body=(
            "Rodrigo,\n\nComo combinamos, escrevo para você porque a Luana pediu. O teste de "
            "tolerância à glicose confirmou diabetes gestacional (28 semanas). Ela vai medir a "
            "glicose 4 vezes por dia; a nutricionista liga amanhã. Se os valores ficarem acima "
            "de 140 depois das refeições, começamos insulina.\n\nDr. Osei\n"
        ),
    ),
    # ---------------------------------------------------------------- Polish
    Spec(
        phi=True,
        category="pl_account_hold_iso88592",
        notes="Polish (ISO-8859-2) letter: name, account, heart attack hospitalization, hold.",
        frm=f"Agnieszka Wróbel <awrobel@{KRR}>",
        to="halina.kowalczyk48@onet.pl",
        subject="Wstrzymanie windykacji - konto SA20452940",
        charset="iso-8859-2",
        lang="pl",
        body=(
            "Szanowna Pani Halino Kowalczyk,\n\n"
            "Na prośbę córki wstrzymaliśmy na 30 dni działania dotyczące konta SA20452940 "
            "(pobyt na OIOM-ie po zawale serca, wrzesień 2026). Szpital St. Anselm ponownie "
            "wyśle rachunek do Medicare. W tym czasie nie musi Pani nic płacić.\n\n"
            "Prosimy podpisać i odesłać formularz upoważnienia dla córki, Renaty.\n\n"
            "Z poważaniem,\nAgnieszka Wróbel\nKeelbridge Revenue Recovery, tel. 815-555-0144 "
            "wewn. 2270\n"
        ),
    ),
    Spec(
        phi=True,
        category="pl_son_med_change",
        notes="Hard positive: Polish note to a son: 'Pani Krystyna' (first name), hypoglycaemia "
        "and the drug switch.",
        frm=f"Agnieszka Nowak <anowak@{PFH}>",
        to="tomek.kaczmarek@wp.pl",
        subject="Zmiana leków mamy",
        charset="iso-8859-2",
        lang="pl",
        body=(
            "Panie Tomaszu,\n\n"
            "Po wizycie Pani Krystyny dzisiaj: doktor Haddad odstawiła glipizyd, bo mama miała "
            "w tym tygodniu trzy niedocukrzenia poniżej 60. Od jutra bierze Jardiance 10 mg raz "
            "dziennie rano. Za 2 tygodnie badanie krwi (nerki). Proszę dalej zapisywać cukry.\n\n"
            "Agnieszka Nowak, tłumaczka\nPuente Family Health Network\n"
        ),
    ),
    # ---------------------------------------------------------------- Somali
    Spec(
        phi=True,
        category="so_child_vaccine_reminder",
        notes="Somali reminder to a mother: child's name, DOB, vaccines due.",
        frm=f"Abdirahman Farah <afarah@{PFH}>",
        to="hodan.warsame@yahoo.com",
        subject="Xasuusin: ballanta tallaalka Ayaan",
        lang="so",
        body=(
            "Hodan, asc,\n\n"
            "Waxaan ku xasuusinayaa ballanta Ayaan Warsame (dhalasho 03/05/2019) ee Isniinta "
            "23 Nofeembar, 10:00 subaxnimo, si ay u qaadato tallaalka hargabka iyo baaritaanka "
            "dhiigga (anemia). Fadlan keen kaarka tallaalka.\n\n"
            "Abdirahman Farah, turjubaan\nPuente Family Health Network 773-555-0110\n"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Puente//EHR Scheduler//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:pfh-peds-77310@puentefamilyhealth.org\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261123T160000Z\r\nDTEND:20261123T163000Z\r\n"
            "SUMMARY:Ayaan Warsame - tallaal hargab + baaritaan dhiig (anemia)\r\n"
            "LOCATION:Puente Rogers Park\r\nORGANIZER:mailto:afarah@puentefamilyhealth.org\r\n"
            "ATTENDEE:mailto:hodan.warsame@yahoo.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="so_diabetes_followup",
        notes="Hard positive: Somali CHW note to a patient: name only in the greeting, A1c and "
        "metformin dose.",
        frm=f"Abdirahman Farah <afarah@{PFH}>",
        to="m.jama.rogerspark@gmail.com",
        subject="Natiijada sonkorta",
        lang="so",
        body=(
            "Mustafe Jama, asc,\n\n"
            "Dhakhtarka ayaa eegay natiijadaada: A1c waa 10.4. Waxay kordhisay metformin-ka "
            "1000 mg subax iyo fiid. Fasalka sonkorta ee Khamiista ayaan kuu qoray. Haddii "
            "aad dareento madax-wareer, wac 773-555-0110.\n\nAbdirahman\n"
        ),
    ),
    # ---------------------------------------------------------------- Amharic
    Spec(
        phi=True,
        category="am_wound_appointment_husband",
        notes="Amharic note to a husband: wife's full name, foot ulcer, podiatry appointment.",
        frm=f"Meseret Bekele <mbekele@{PFH}>",
        to="dawit.alemu.chi@gmail.com",
        subject="የትግስት አለሙ ቀጠሮ",
        lang="am",
        body=(
            "ሰላም አቶ ዳዊት፣\n\n"
            "የባለቤትዎ የወ/ሮ ትግስት አለሙ የእግር ቁስል (የስኳር በሽታ ቁስል) ሐሙስ ኅዳር 10 ከጠዋቱ 9:30 ላይ በWestside "
            "Podiatry ይታያል። ፎቶው ለሐኪሙ ተልኳል። እባክዎ ጫማዋን እና የመድሃኒት ዝርዝሯን ይዘው ይምጡ።\n\n"
            "መሰረት በቀለ - አስተርጓሚ\nPuente Family Health Network\n"
        ),
    ),
    # ---------------------------------------------------------------- Hindi / Urdu
    Spec(
        phi=True,
        category="hi_tpn_caregiver",
        notes="Hindi (UTF-8) instructions to a wife: husband's name, TPN, blood sugar and line "
        "care.",
        frm=f"Suresh Pillai PharmD <rxclinical@{MHI}>",
        to="sunita.mehra.nap@gmail.com",
        subject="दिलीप जी की टीपीएन (TPN) के बारे में",
        lang="hi",
        body=(
            "नमस्ते सुनीता जी,\n\n"
            "दिलीप मेहरा जी का कल का शुगर 212 आया था, इसलिए हमने TPN बैग में इंसुलिन 10 यूनिट जोड़ी है। "
            "नया बैग गुरुवार को पहुँचेगा। TPN रात 8 बजे शुरू करें, 12 घंटे चलेगा।\n"
            "अगर बुखार 100.4 से ऊपर हो या PICC लाइन के पास लाली हो, तुरंत 888-555-0172 पर फ़ोन करें।\n\n"
            "सुरेश पिल्लै, फार्मासिस्ट\nMeridian Home Infusion\n"
        ),
    ),
    Spec(
        phi=True,
        category="hi_hinglish_balance_callback",
        notes="Hard positive: Hinglish callback note: first name, phone and the hospital "
        "physiotherapy balance.",
        frm=f"Priya Raghunathan <praghunathan@{KRR}>",
        to="rakesh.s.joliet@gmail.com",
        subject="Aapke bill ke baare mein",
        lang="hi",
        body=(
            "Namaste Rakesh ji,\n\nAapne kal call kiya tha - St. Anselm ke physical therapy "
            "sessions (kamar dard ke liye, 12 visits) ka balance $264 hai, insurance ne baaki "
            "pay kar diya. Aap chahen toh 3 installments mein de sakte hain. Mujhe "
            "815-555-0144 ext 2288 par call karein ya isi email ka jawab dein.\n\nDhanyavaad,\n"
            "Priya\nKeelbridge Revenue Recovery"
        ),
    ),
    Spec(
        phi=True,
        category="ur_appointment_reminder",
        notes="Urdu (UTF-8) reminder: patient's name, TB screening follow-up and chest X-ray.",
        frm=f"Puente Front Desk <frontdesk.devon@{PFH}>",
        to="imran.qureshi.devon@gmail.com",
        subject="آپ کی ملاقات کی یاد دہانی",
        lang="ur",
        body=(
            "محترم عمران قریشی صاحب،\n\n"
            "آپ کا ٹی بی کا ٹیسٹ (کوانٹی فیرون) مثبت آیا ہے۔ ڈاکٹر کاریوکی نے پیر 16 نومبر کو صبح 11 بجے "
            "سینے کے ایکسرے اور ملاقات کے لیے وقت رکھا ہے۔ یہ فعال بیماری نہیں ہے، لیکن علاج ضروری ہے۔\n\n"
            "Puente Family Health - Devon Ave کلینک\n773-555-0110\n"
        ),
    ),
]
