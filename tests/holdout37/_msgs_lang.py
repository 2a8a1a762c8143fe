"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Arabic and Korean punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish dialysis schedule and albumin note to patient's son",
        notes="Spanish message to a son's gmail naming his mother, her dialysis shift change and low albumin.",
        frm="Trabajo Social Eastgate <sw.eg@riverbendkidney.com>",
        to="ramiro.villalobos.jr@gmail.com",
        subject="Cambio de horario de su mamá",
        body=(
            "Estimado Sr. Villalobos:\n\nLe escribo sobre su mamá, la Sra. Ofelia Villalobos. A partir del "
            "lunes 22 de junio su hemodiálisis en Riverbend Eastgate será lunes, miércoles y viernes a las "
            "11:00 a.m. (turno 2). También queremos avisarle que su albúmina salió en 3,1 g/dL; la "
            "nutricionista le dará suplementos de proteína (Nepro) en cada tratamiento.\n\nSi el nuevo horario "
            "no le sirve para el transporte, llámenos al (630) 555-0144.\n\nAtentamente,\nNadia Haddad, "
            "Trabajadora Social\nRiverbend Kidney Care"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish CPAP cleaning instructions",
        notes="Hard negative: Spanish generic CPAP cleaning instructions for all customers; no individual.",
        frm="Servicios Respiratorios <rt@homesteadmedsupply.com>",
        to="clientes-es@homesteadmedsupply.com",
        subject="Cómo limpiar su equipo CPAP (guía en español)",
        body=(
            "Estimados clientes:\n\nPara que su CPAP funcione bien y evitar infecciones:\n\n1. Lave la "
            "mascarilla todos los días con agua tibia y jabón suave.\n2. Lave el tubo y el depósito de agua una "
            "vez por semana y déjelos secar al aire.\n3. Use solo agua destilada en el humidificador.\n4. Cambie "
            "el filtro cada mes.\n\nNo use cloro ni aparatos de ozono. ¿Preguntas? Llame al (312) 555-0110.\n\n"
            "Homestead Medical Supply"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Tagalog potassium result to patient's granddaughter",
        notes="Hard positive: Tagalog note to a granddaughter's gmail naming her grandmother (Lola Remedios Dizon) with a potassium result and a medication change.",
        frm="Nurse Line <nurse@cascadenephro.com>",
        to="jasmine.dizon.rn@gmail.com",
        subject="Resulta ni Lola Remedios",
        body=(
            "Hi Jasmine,\n\nSalamat sa pagtawag kahapon. Lumabas na ang blood test ni Lola Remedios Dizon: ang "
            "potassium niya ay 6.0, medyo mataas. Sabi ni Dr. Siddiqui, itigil muna ang losartan at bawasan "
            "ang saging, kamatis at sabaw ng buto. Babalik siya para sa ulit na blood test sa Biyernes, 9 ng "
            "umaga.\n\nKung mahina ang pakiramdam niya o mabagal ang tibok ng puso, dalhin agad sa ER.\n\n"
            "Joan, RN\nCascade Nephrology Associates"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog dialysis technician recruitment",
        notes="Hard negative: Tagalog job advert for dialysis technicians mentioning kidney patients in general; no individual.",
        frm="Talent Acquisition <careers@riverbendkidney.com>",
        to="members@filamnursesassociation.org",
        subject="Hiring: Dialysis Technicians at Registered Nurses - Riverbend Kidney Care",
        body=(
            "Magandang araw po!\n\nNaghahanap ang Riverbend Kidney Care ng mga Dialysis Technician at Registered "
            "Nurse para sa aming tatlong center sa Millbrook, Eastgate at Cedar Falls. Mag-aalaga kayo ng mga "
            "pasyenteng may kidney failure habang sila ay nagda-dialysis.\n\n- May training para sa CCHT "
            "certification\n- Sign-on bonus na $3,000 para sa RN\n- Health insurance mula unang buwan\n\n"
            "Mag-apply sa riverbendkidney.com/careers o tumawag sa (312) 555-0142.\n\nSalamat po!"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=True,
        category="Arabic oxygen delivery confirmation to patient",
        notes="Arabic delivery confirmation to a named patient's mailbox for a home oxygen concentrator with flow rate and address.",
        frm="Homestead Customer Care <care@homesteadmedsupply.com>",
        to="hassan.alkhatib58@hotmail.com",
        subject="تأكيد موعد توصيل جهاز الأكسجين",
        body=(
            "السيد حسن الخطيب المحترم،\n\nنؤكد موعد توصيل جهاز مكثف الأكسجين المنزلي إلى عنوانكم 1120 Maple Ridge "
            "Dr, Cedar Falls يوم الخميس 18 يونيو بين الساعة 1 و 3 ظهراً. سيقوم المعالج التنفسي بضبط الجهاز على 2 "
            "لتر في الدقيقة حسب وصفة الدكتور لمرض الانسداد الرئوي المزمن، وسيشرح لكم طريقة الاستخدام والأمان.\n\n"
            "للاستفسار: (312) 555-0110\n\nخدمة العملاء - Homestead Medical Supply"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic Ramadan fasting advice for kidney patients",
        notes="Hard negative: Arabic general advice on fasting with kidney disease sent to a mosque health committee; no individual.",
        frm="Community Outreach <outreach@cascadenephro.com>",
        to="health.committee@millbrookislamiccenter.org",
        subject="نصائح الصيام لمرضى الكلى",
        body=(
            "إلى لجنة الصحة في المركز الإسلامي،\n\nبناءً على طلبكم، هذه نصائح عامة يمكن مشاركتها مع المصلين:\n\n"
            "- مرضى الغسيل الكلوي وزراعة الكلى يجب أن يستشيروا الطبيب قبل الصيام.\n- اشربوا الماء بكميات كافية "
            "بين الإفطار والسحور إلا إذا نصح الطبيب بتقليل السوائل.\n- قللوا الملح والتمر بكميات كبيرة لمن لديهم "
            "ارتفاع البوتاسيوم.\n\nيسعد الدكتور أنور صديقي بإلقاء محاضرة مجانية في المركز.\n\n"
            "Cascade Nephrology Associates"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Korean hemoglobin and missed treatment note to daughter",
        notes="Hard positive: Korean note to a daughter's mailbox naming her father, a missed dialysis treatment and low hemoglobin.",
        frm="Cedar Falls Charge Nurse <cf.charge@riverbendkidney.com>",
        to="soyeon.baek@naver.com",
        subject="아버님 투석 관련 안내",
        body=(
            "백소연 님께,\n\n아버님 백동수 님께서 어제(화요일) 투석에 오지 않으셨습니다. 오늘 혈액 검사에서 "
            "헤모글로빈이 8.2로 낮게 나와 담당 의사 선생님께서 빈혈 주사 용량을 올리기로 하셨습니다. 내일 "
            "목요일 오전 6시 투석에는 꼭 오시도록 도와주세요.\n\n문의: (312) 555-0177\n\nRiverbend Kidney Care "
            "시더폴스 센터 간호사 드림"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean showroom hours and interpreter notice",
        notes="Korean notice of showroom hours and free interpreter service to a community association; no individual.",
        frm="Homestead Medical Supply <notices@homesteadmedsupply.com>",
        to="office@millbrookkoreanassociation.org",
        subject="한국어 통역 서비스 및 매장 운영 시간 안내",
        body=(
            "안녕하세요,\n\nHomestead Medical Supply 매장은 월요일부터 금요일까지 오전 8시부터 오후 6시까지 "
            "운영합니다. 이제 매주 수요일에는 한국어 통역사가 매장에 있어 휠체어, 보행기, 산소 장비에 대해 "
            "편하게 상담하실 수 있습니다.\n\n회원 여러분께 공유해 주시면 감사하겠습니다.\n\n전화: (312) 555-0110"
        ),
        charset="euc-kr",
        lang="ko",
    ),
]
