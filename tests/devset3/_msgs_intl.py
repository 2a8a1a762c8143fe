# ruff: noqa: RUF001
"""Hand-written devset3 non-English messages, PHI and not PHI."""

from __future__ import annotations

from _att import DOCX, XLSX, docx
from _spec import Att, Spec
from _xlsx import xlsx

DOM = "cedarhollowhealth.org"

_INTERP = [
    ["Fecha", "Hora", "Paciente", "Idioma", "Cita"],
    ["2026-12-01", "09:00", "Esperanza Quiroga", "Español", "Colposcopia"],
    ["2026-12-01", "10:30", "Nguyễn Văn Lộc", "Tiếng Việt", "Endoscopia alta"],
    ["2026-12-01", "13:15", "Wilner Jean-Baptiste", "Kreyòl", "Control de VIH"],
    ["2026-12-02", "08:45", "Fátima Zahra Benali", "العربية", "Quimioterapia ciclo 3"],
]

MESSAGES: list[Spec] = [
    Spec(
        True,
        "community_health",
        "Hard positive: Spanish lowercase texting style; patient name, glucose 320, insulin.",
        f"Maribel Ochoa <mochoa@{DOM}>",
        "maribel.ochoa.chw@gmail.com",
        "doña chayo",
        """\
oye acuerdate mañana pasar con doña rosario (chayo) mendez en la calle pine, el azucar le salio
en 320 otra vez y dice q no se esta poniendo la insulina xq le da miedo la aguja. llevale el
glucometro nuevo y las lancetas. su hija lupe traduce. ok gracias!!
""",
        lang="es",
    ),
    Spec(
        True,
        "denials",
        "Spanish denial explanation to patient: name, member ID, MRI, denial reason (latin-1).",
        f"Servicios Financieros <pfs@{DOM}>",
        "Arturo Benavides <arturo.benavides@yahoo.com>",
        "Su reclamo fue negado",
        """\
Estimado Sr. Arturo Benavides Lozano:

Su aseguradora PacificCare (número de miembro PCH447120983) negó el reclamo por la resonancia
magnética de rodilla derecha del 2 de noviembre de 2026 (CPT 73721), porque no se obtuvo la
autorización previa. Ya solicitamos una revisión. Mientras tanto, no tiene que pagar nada.

Si tiene preguntas, llame al 541-555-0109 (oprima 2 para español).

Atentamente,
Servicios Financieros al Paciente, Cedar Hollow Health
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        True,
        "results",
        "Vietnamese lab result to patient: name, hepatitis B viral load, follow-up.",
        f"Phòng Xét Nghiệm CHH <lab-results@{DOM}>",
        "tranthithu.1968@gmail.com",
        "Kết quả xét nghiệm của bà",
        """\
Kính gửi bà Trần Thị Thu,

Kết quả xét nghiệm máu ngày 20/11/2026 tại Phòng khám Birchfield:

- HBsAg: dương tính
- HBV DNA: 3,1 × 10^5 IU/mL
- ALT: 74 U/L (cao)

Bác sĩ Nwachukwu muốn bà tái khám trong tuần tới để bàn về thuốc tenofovir.
Vui lòng gọi 541-555-0122 để đặt hẹn. Có thông dịch viên tiếng Việt.

Phòng khám Birchfield, Cedar Hollow Health
""",
        lang="vi",
    ),
    Spec(
        True,
        "discharge_planning",
        "Chinese (Big5) discharge note to son: father's name, stroke, warfarin, INR.",
        f"神經科病房 <neuro-unit@{DOM}>",
        "kevin.liang@hotmail.com",
        "令尊出院注意事項",
        """\
梁先生您好：

令尊梁國棟先生（出生日期1946年3月8日）因左側腦梗塞於11月18日住院，今天已出院。

出院用藥：
- 華法林（Warfarin）5毫克，每天晚上一次
- 阿托伐他汀 40毫克，每天一次
請於11月27日到Birchfield診所抽血檢查INR（目標2.0–3.0）。
如出現說話不清、單側無力，請立即撥打911。

Cedar Hollow 醫療中心 神經科
""",
        charset="big5",
        lang="zh",
    ),
    Spec(
        True,
        "oncology",
        "Arabic chemotherapy appointment reminder naming patient and cycle.",
        f"Infusion Center <infusion@{DOM}>",
        "f.benali@outlook.com",
        "تذكير بموعد العلاج الكيميائي",
        """\
السيدة فاطمة الزهراء بن علي المحترمة،

نذكّرك بموعد جلسة العلاج الكيميائي (الدورة الثالثة، دوسيتاكسيل) يوم الأربعاء 2 ديسمبر 2026
الساعة 8:45 صباحًا في مركز التسريب، الغرفة 2. يرجى إجراء تحليل الدم الكامل يوم الثلاثاء.
سيكون هناك مترجم للغة العربية.

للاستفسار: 541-555-0166

مركز التسريب، Cedar Hollow Health
""",
        lang="ar",
    ),
    Spec(
        True,
        "referral",
        "French referral letter DOCX to Quebec clinic: name, DOB, heart failure, medications.",
        f"Dr. Kofi Mensah <kmensah@{DOM}>",
        "accueil@cliniquecardiolaurentides.ca",
        "Transfert de suivi - M. Lafleur",
        """\
Bonjour,

Veuillez trouver ci-joint la lettre de transfert pour M. Réjean Lafleur, qui retourne vivre à
Saint-Jérôme en décembre. N'hésitez pas à me contacter pour toute question.

Cordialement,
Dr Kofi Mensah, cardiologie
""",
        charset="iso-8859-1",
        atts=(
            Att(
                "Lettre_transfert_Lafleur.docx",
                DOCX,
                docx(
                    [
                        "Cedar Hollow Health - Cardiologie",
                        "Objet : M. Réjean Lafleur, né le 21/06/1952",
                        "Diagnostic : insuffisance cardiaque à fraction d'éjection réduite "
                        "(FEVG 30 %), cardiopathie ischémique, pontage en 2019.",
                        "Traitement : sacubitril/valsartan 49/51 mg 2 fois par jour, "
                        "bisoprolol 5 mg, dapagliflozine 10 mg, furosémide 40 mg.",
                        "Défibrillateur implantable (Medtronic), dernier contrôle 10/2026.",
                    ]
                ),
            ),
        ),
        lang="fr",
    ),
    Spec(
        True,
        "pediatrics",
        "Haitian Creole vaccine catch-up message to parent: child name, DOB, missing vaccines.",
        f"Sunrise Pediatrics <peds@{DOM}>",
        "marie.carline.joseph@gmail.com",
        "Vaksen pitit ou a",
        """\
Bonjou Madan Marie-Carline Joseph,

Dosye pitit ou a, Woodley Joseph (fèt 14/02/2022), montre li poko pran vaksen sa yo:
- MMR (lawoujòl, malmouton, ribeyòl) dezyèm dòz
- DTaP katriyèm dòz
Doktè Lindholm rekòmande ou vini avan 15 desanm. Li te gen yon otit (enfeksyon zòrèy) mwa
pase, tanpri pote medikaman yo.

Rele nou nan 541-555-0125. Nou gen entèprèt kreyòl.

Sunrise Pediatrics, Cedar Hollow Health
""",
        lang="ht",
    ),
    Spec(
        True,
        "behavioral_health",
        "Portuguese message to patient: name, depression, sertraline dose, therapy.",
        f"Saúde Mental CHH <behavioralhealth@{DOM}>",
        "joana.tavares.pdx@gmail.com",
        "Seguimento da sua consulta",
        """\
Olá Joana Tavares,

Conforme conversámos na consulta de 23/11, a Dra. Sandoval aumentou a dose de sertralina para
100 mg por dia por causa dos sintomas de depressão e ansiedade. A sua próxima sessão de
terapia com a psicóloga Beatriz está marcada para 7/12 às 16h.

Se tiver pensamentos de se magoar, ligue imediatamente para o 988.

Saúde Mental, Cedar Hollow Health
""",
        charset="iso-8859-1",
        lang="pt",
    ),
    Spec(
        True,
        "forward_chain",
        "Hard positive: English cover note, Vietnamese quoted text deep in chain names mother "
        "+ dementia.",
        f"Liam Hartsough <lhartsough@{DOM}>",
        "intake@lotusadultdaycare.com",
        "Fwd: question from the family",
        """\
Hi Lotus team - see the family's note below (in Vietnamese). Can your coordinator call them?

Liam

---------- Forwarded message ---------
From: Phạm Minh Tuấn <tuanpham.or@gmail.com>
Date: Sun, Nov 22, 2026 at 9:14 PM
Subject: Re: Mẹ tôi

> Chào anh Liam,
>
> Mẹ tôi, bà Lê Thị Hoa (81 tuổi), được chẩn đoán sa sút trí tuệ Alzheimer tháng trước.
> Bà hay đi lạc vào ban đêm và quên uống thuốc donepezil. Gia đình muốn tìm chỗ chăm sóc
> ban ngày gần đường Oak. Cảm ơn anh.
>
> On Fri, Nov 20, 2026 Liam Hartsough wrote:
>> Happy to help, just send me details.
""",
        lang="vi",
    ),
    Spec(
        True,
        "scheduling",
        "Hard positive: Spanish-titled XLSX interpreter schedule with patient names and "
        "procedures.",
        f"Servicios de Intérpretes <interpreters@{DOM}>",
        "dispatch@bridgeinterpreting.com",
        "Solicitudes de intérprete 1-2 dic",
        "Hola, adjunto las solicitudes de la próxima semana. Gracias, Rocío\n",
        atts=(Att("interpretes_dic1-2.xlsx", XLSX, xlsx(_INTERP, "Solicitudes")),),
        lang="es",
    ),
    Spec(
        False,
        "community_event",
        "Hard negative: Spanish flu-clinic flyer mentioning diabetes and pregnancy as risk groups.",
        f"Comunicaciones CHH <news@{DOM}>",
        "boletin@radiolatinacoast.com",
        "Clínica gratuita de vacunas contra la gripe",
        """\
Para publicar en el boletín comunitario:

VACUNAS GRATIS CONTRA LA GRIPE Y EL COVID-19
Sábado 5 de diciembre, 9 a.m. a 2 p.m., Clínica Birchfield, 2210 Sawmill Rd.
Recomendadas para todas las personas mayores de 6 meses, especialmente embarazadas, adultos
mayores y personas con diabetes, asma o enfermedades del corazón. No se necesita seguro ni cita.
Habrá personal que habla español.
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        False,
        "community_event",
        "Hard negative: Vietnamese hepatitis B screening event with aggregate numbers only.",
        f"Sức Khỏe Cộng Đồng <community@{DOM}>",
        "lienhe@hoiviettoregon.org",
        "Ngày xét nghiệm viêm gan B miễn phí",
        """\
Kính gửi Hội Người Việt Oregon,

Năm ngoái, trong 214 người được xét nghiệm tại ngày hội, có 19 người dương tính với viêm gan
B và đã được giới thiệu đến bác sĩ. Năm nay chúng tôi tổ chức lại vào Chủ Nhật 13/12, 10 giờ
sáng đến 2 giờ chiều tại chùa Phước Huệ. Xin giúp chúng tôi thông báo cho cộng đồng.

Cảm ơn,
Ban Sức Khỏe Cộng Đồng, Cedar Hollow Health
""",
        lang="vi",
    ),
    Spec(
        False,
        "staffing",
        "Chinese (GB18030) interpreter staffing schedule: staff names and shifts only.",
        f"翻译服务 <interpreters@{DOM}>",
        "scheduling@pacificlanguagepartners.com",
        "十二月中文翻译排班",
        """\
您好，

十二月份中文（普通话/粤语）翻译员排班如下：
周一、周三：王丽华（普通话）8:00–16:30
周二、周四：陈志明（粤语）9:00–17:30
周五：外包电话翻译

如需调整请在12月4日前回复。谢谢！
翻译服务部
""",
        charset="gb18030",
        lang="zh",
    ),
    Spec(
        False,
        "privacy_notice",
        "Hard negative: Arabic notice of privacy practices excerpt (generic, no individual).",
        f"Compliance Office <compliance@{DOM}>",
        "translations@globalwordsmiths.com",
        "مراجعة الترجمة: إشعار ممارسات الخصوصية",
        """\
يرجى مراجعة الفقرة التالية قبل الطباعة:

"يحق لك الحصول على نسخة من سجلك الطبي الإلكتروني. قد نستخدم معلوماتك الصحية لعلاجك، ولدفع
تكاليف الخدمات، ولتشغيل عملياتنا. لا نبيع معلوماتك الصحية أبدًا. سجلات علاج اضطرابات تعاطي
المواد محمية بقواعد إضافية."

شكرًا، مكتب الامتثال
""",
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        False,
        "education",
        "Hard negative: French conference invitation naming clinicians and diabetes topics.",
        f"Dr. Kofi Mensah <kmensah@{DOM}>",
        "secretariat@congresdiabetequebec.ca",
        "Re: Invitation - Journées du diabète 2027",
        """\
Bonjour Mme Bouchard,

Merci pour l'invitation. Je confirme ma présentation « Insuffisance cardiaque et inhibiteurs
SGLT2 : ce qui a changé » le 14 mai 2027. Ma collègue la Dre Laila Haddad pourrait animer
l'atelier sur la fibrillation auriculaire si une place est disponible.

Cordialement,
Kofi Mensah, MD
""",
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        False,
        "patient_education",
        "Hard negative: Haitian Creole generic cholera/handwashing flyer text, no individual.",
        f"Sante Kominote <community@{DOM}>",
        "info@radyokreyolpdx.com",
        "Mesaj sante pou emisyon an",
        """\
Bonjou,

Men ti mesaj la pou emisyon Samdi a:

"Lave men ou avèk savon avan ou manje ak apre ou fin twalèt. Si ou gen dyare ak vomisman,
bwè sewòm oral epi ale wè yon doktè. Vaksen kont grip la gratis nan klinik Birchfield chak
Samdi nan mwa desanm."

Mèsi anpil,
Sante Kominote, Cedar Hollow Health
""",
        lang="ht",
    ),
    Spec(
        False,
        "recruiting",
        "Portuguese job post for a bilingual medical assistant.",
        f"Recrutamento <careers@{DOM}>",
        "vagas@jornalbrasileirooregon.com",
        "Vaga: assistente médico(a) bilíngue",
        """\
Bom dia,

Gostaríamos de publicar o anúncio abaixo na edição de dezembro:

A Cedar Hollow Health procura assistente médico(a) bilíngue (português/inglês) para a Clínica
Millrace. Funções: triagem, sinais vitais, vacinação e agendamento. Salário a partir de
US$ 23/hora, plano de saúde e dental. Candidaturas em cedarhollowhealth.org/carreiras.

Obrigada,
Recrutamento
""",
        charset="iso-8859-1",
        lang="pt",
    ),
    Spec(
        False,
        "template",
        "Hard negative: Spanish reminder template with placeholders for the reminder vendor.",
        f"Patient Access <access@{DOM}>",
        "support@remindlyhq.com",
        "Plantilla en español - recordatorio",
        """\
Please load the Spanish version of the reminder:

Hola {{nombre_paciente}}, le recordamos su cita con {{proveedor}} el {{fecha}} a las
{{hora}} en {{clinica}}. Responda C para confirmar o R para cambiar la cita. Por favor llegue
15 minutos antes y traiga su tarjeta de seguro.

Thanks!
""",
        lang="es",
    ),
]
