"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _spec import BVS, CBH, SVE, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish hearing aid fitting letter to patient",
        notes="Spanish letter to a patient's gmail naming her, her hearing loss and her hearing-aid fitting appointment.",
        frm=f"Clearbrook Hearing Center <frontdesk@{CBH}>",
        to="rosario.villanueva61@gmail.com",
        subject="Su cita para la adaptación de audífonos",
        body=(
            "Estimada Sra. Rosario Villanueva:\n\nSus audífonos ya llegaron. Según su audiometría del 5 de "
            "marzo, tiene una pérdida auditiva moderada en ambos oídos, y la Dra. Nandakumar programará los "
            "audífonos para usted el martes 24 de marzo a las 10:00. La cita dura unos 90 minutos; puede venir "
            "con un familiar.\n\nAtentamente,\nClearbrook Hearing Center - 513-555-0117"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish generic tonsillectomy aftercare sheet",
        notes="Hard negative: generic Spanish aftercare instructions after tonsillectomy for a community clinic; no patient.",
        frm=f"Patient Education <education@{SVE}>",
        to="educacion@clinicalatinafenwick.org",
        subject="Hoja de cuidados después de la amigdalectomía (español)",
        body=(
            "Hola,\n\nAdjunto el texto de nuestra hoja de cuidados para que la impriman:\n\nDESPUÉS DE LA "
            "AMIGDALECTOMÍA: beba muchos líquidos fríos, coma alimentos blandos durante 10 días, no use "
            "aspirina ni ibuprofeno salvo indicación del cirujano. Si hay sangrado rojo brillante, vaya a "
            "urgencias de inmediato.\n\nSummit Valley ENT Surgery Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese speech progress note to parent",
        notes="Hard positive: Vietnamese message to a mother naming her son (Nguyễn Gia Minh) with his speech-delay therapy progress.",
        frm=f"Bright Voices Speech Therapy <agraves@{BVS}>",
        to="thuy.nguyen.fenwick@yahoo.com",
        subject="Tiến bộ của bé Minh",
        body=(
            "Chào chị Thủy,\n\nSau 12 buổi trị liệu ngôn ngữ, bé Nguyễn Gia Minh đã nói được khoảng 60 từ "
            "(tháng 1 chỉ có 15 từ) và bắt đầu ghép hai từ. Bé vẫn bị chậm nói so với tuổi nên chúng tôi đề "
            "nghị tiếp tục 2 buổi mỗi tuần. Chị nhớ đọc sách với bé mỗi tối nhé.\n\nAllison Graves, CCC-SLP\n"
            "Bright Voices Speech Therapy"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese free hearing screening flyer",
        notes="Vietnamese community flyer for free hearing screenings; no individual.",
        frm=f"Clearbrook Hearing Center <news@{CBH}>",
        to="info@vietnamesecommunityfenwick.org",
        subject="Khám thính lực miễn phí - thứ Bảy 21/3",
        body=(
            "Kính gửi Hội Cộng Đồng,\n\nXin vui lòng chia sẻ thông báo: Trung tâm Clearbrook sẽ khám thính "
            "lực miễn phí cho người lớn tuổi vào thứ Bảy 21/3, từ 9 giờ đến 1 giờ chiều, tại hội trường của "
            "quý hội. Có thông dịch viên tiếng Việt.\n\nTrân trọng,\nClearbrook Hearing Center"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Arabic surgery date message to patient's son",
        notes="Arabic message to a son naming his father and the father's scheduled sinus surgery and pre-op instructions.",
        frm=f"Summit Valley Scheduling <scheduling@{SVE}>",
        to="yousef.alamin@outlook.com",
        subject="موعد عملية والدك",
        body=(
            "الأستاذ يوسف الأمين المحترم،\n\nنود إبلاغكم بأن عملية الجيوب الأنفية لوالدكم السيد محمود الأمين "
            "محددة يوم الخميس 26 مارس الساعة 7:30 صباحاً مع الدكتورة أتشيبي. يرجى ألا يأكل والدكم بعد منتصف "
            "الليل، وأن يتوقف عن الأسبرين قبل العملية بسبعة أيام.\n\nمع التحية،\nمركز سَمِت فالي للجراحة"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic tips for bilingual children's language",
        notes="Hard negative: Arabic general advice for parents raising bilingual children, for a community newsletter; no child named.",
        frm=f"Bright Voices Speech Therapy <events@{BVS}>",
        to="newsletter@fenwickislamiccenter.org",
        subject="نصائح للأهل: تربية طفل ثنائي اللغة",
        body=(
            "السلام عليكم،\n\nنرجو نشر هذه النصائح في النشرة الشهرية:\n- تحدثوا مع أطفالكم باللغة العربية في "
            "البيت، فهذا لا يسبب تأخر الكلام.\n- اقرأوا القصص يومياً.\n- إذا لم يقل الطفل أي كلمة بعمر 18 شهراً "
            "فاستشيروا أخصائي النطق.\n\nمع التحية، برايت فويسز"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Korean thyroid biopsy result to patient",
        notes="Korean message to a patient's naver mailbox naming her with her thyroid nodule biopsy result (benign) and ultrasound follow-up plan.",
        frm=f"Dr. Miriam Achebe <machebe@{SVE}>",
        to="kim.soyeon72@naver.com",
        subject="갑상선 조직검사 결과 안내",
        body=(
            "김소연 님께,\n\n지난주 받으신 갑상선 결절 세침흡인 검사 결과는 양성(베데스다 2)으로 나왔습니다. "
            "수술은 필요하지 않으며 1년 후 초음파 검사를 다시 받으시면 됩니다. 궁금한 점이 있으시면 "
            "513-555-0140으로 연락 주십시오.\n\nSummit Valley ENT Surgery Center"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean notice of Korean-speaking audiologist hours",
        notes="Korean notice to a church bulletin about clinic hours with a Korean-speaking audiologist; no patient.",
        frm=f"Clearbrook Hearing Center <news@{CBH}>",
        to="office@fenwickkoreanchurch.org",
        subject="한국어 상담 가능한 청각 전문가 안내",
        body=(
            "안녕하십니까,\n\n주보에 실어 주시면 감사하겠습니다. 매주 수요일 오후에는 한국어로 상담 가능한 "
            "청각사가 근무합니다. 보청기 상담과 청력 검사를 원하시는 분은 513-555-0117로 예약해 주십시오.\n\n"
            "Clearbrook Hearing Center"
        ),
        charset="euc-kr",
        lang="ko",
    ),
]
