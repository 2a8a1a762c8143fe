"""Non-English mail from the three organisations (8): Spanish, Vietnamese, Korean, Arabic."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, non-Latin punctuation)

from __future__ import annotations

import unicodedata

from _spec import Spec

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> str:
    """Vietnamese text in the form windows-1258 can carry: letters precomposed with their
    vowel marks (â, ê, ô, ă, ơ, ư), tone marks as combining characters."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in parts[1:] if m in _TONES)
        rest = "".join(m for m in parts[1:] if m not in _TONES)
        out.append(unicodedata.normalize("NFC", parts[0] + rest) + tones)
    return "".join(out)


MESSAGES = [
    Spec(
        phi=True,
        category="Spanish delivery and nursing visit reminder",
        notes="Spanish reminder to the patient's gmail naming her, her IV daptomycin delivery and the nurse's PICC care visit.",
        frm="Crestline Home Infusion <farmacia@crestlineinfusion.com>",
        to="guadalupe.herrera.pa@gmail.com",
        subject="Recordatorio: su entrega y visita de enfermería",
        body=(
            "Estimada Sra. Guadalupe Herrera:\n\nLe recordamos que el jueves 23 de abril, entre las 10 y las 12, le entregaremos "
            "7 dosis de daptomicina 600 mg para su infusión intravenosa diaria, junto con jeringas de solución salina. "
            "La enfermera Dana Whitfield irá a su casa en 402 S 13th St, Harrisburg, el viernes a las 9 para cambiar el apósito de su catéter PICC "
            "y tomar la muestra de sangre (CPK).\n\nSi tiene fiebre, escalofríos o enrojecimiento en el brazo, llame de inmediato al (717) 555-0112.\n\n"
            "Crestline Home Infusion"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish family education day flyer",
        notes="Hard negative: Spanish flyer about bleeding disorders, symptoms and a family education day; no individual.",
        frm="Great Lakes HTC <comunidad@greatlakeshtc.org>",
        to="salud@latinofamilycenter-detroit.org",
        subject="Volante: Día de Educación Familiar sobre trastornos de la coagulación",
        body=(
            "Hola, les enviamos el volante para su tablero de anuncios:\n\n¿Sangrados de nariz frecuentes, moretones sin causa o "
            "menstruaciones muy abundantes? Podría ser un trastorno de la coagulación como la hemofilia o la enfermedad de von Willebrand.\n\n"
            "Día de Educación Familiar: sábado 30 de mayo, 10:00 a 14:00, Detroit Science Center. Habrá intérpretes, almuerzo y actividades para niños. "
            "Inscripción gratuita: (313) 555-0120 (se habla español).\n\nGreat Lakes Hemophilia Treatment Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese copay enrollment letter",
        notes="Hard positive: Vietnamese enrollment letter in windows-1258 naming the patient, his psoriasis treatment with Orzelvi and his program member ID.",
        frm="NorvaneConnect <hotro@norvaneconnect.com>",
        to="phuc.nguyen.raleigh@gmail.com",
        subject="Chào mừng ông đến với chương trình hỗ trợ NorvaneConnect",
        body=_cp1258(
            "Kính gửi ông Nguyễn Văn Phúc,\n\nÔng đã được ghi danh vào Chương trình hỗ trợ đồng chi trả Orzelvi để điều trị bệnh vảy nến. "
            "Mã thành viên của ông là 70144151902. Với thẻ này, ông chỉ phải trả 5 đô la cho mỗi liều thuốc tiêm.\n\n"
            "Nhà thuốc chuyên khoa sẽ gọi cho ông để hẹn ngày giao liều đầu tiên vào tuần tới. "
            "Y tá Janelle sẽ đến nhà hướng dẫn ông cách tự tiêm.\n\n"
            "Mọi thắc mắc xin gọi (888) 555-0130 (có thông dịch viên tiếng Việt).\n\nNorvaneConnect"
        ),
        charset="windows-1258",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese home infusion services overview",
        notes="Hard negative: Vietnamese overview of home infusion services (IV antibiotics, nutrition) for a community centre; no individual.",
        frm="Crestline Home Infusion <info@crestlineinfusion.com>",
        to="vanphong@vietcommunitycenter-pa.org",
        subject="Thông tin về dịch vụ truyền dịch tại nhà",
        body=(
            "Kính gửi Trung tâm Cộng đồng,\n\nCrestline Home Infusion cung cấp dịch vụ truyền thuốc tại nhà cho bệnh nhân ở khu vực Harrisburg: "
            "thuốc kháng sinh truyền tĩnh mạch, dinh dưỡng qua đường tĩnh mạch và globulin miễn dịch. "
            "Y tá của chúng tôi đến tận nhà, và dược sĩ trực 24 giờ.\n\n"
            "Xin vui lòng chia sẻ thông tin này với các thành viên. Để biết thêm chi tiết, xin gọi (717) 555-0110.\n\nCrestline Home Infusion"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Korean bleed follow-up to mother",
        notes="Korean message to the mother's naver.com mailbox naming her son, his knee bleed, factor doses and follow-up appointment.",
        frm="Great Lakes HTC <clinic@greatlakeshtc.org>",
        to="seoyeon.kim77@naver.com",
        subject="민준이 무릎 출혈 관련 안내",
        body=(
            "김서연 어머님께,\n\n어제 전화로 말씀하신 민준이(이민준)의 오른쪽 무릎 출혈 건으로 연락드립니다. "
            "브레넌 선생님께서 응고인자 제8인자(Advate) 2,000 IU를 오늘과 내일 12시간마다 투여하시라고 하셨습니다. "
            "얼음찜질과 안정을 유지해 주시고, 붓기가 심해지면 바로 응급실로 가십시오.\n\n"
            "4월 28일 화요일 오전 10시에 외래 진료와 물리치료 평가가 예약되어 있습니다.\n\n"
            "그레이트레이크스 혈우병 치료센터\n(313) 555-0120"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean copay program explanation for community",
        notes="Korean general explanation of the copay and free-medicine programmes for a church health ministry; no individual.",
        frm="NorvaneConnect <support@norvaneconnect.com>",
        to="health.ministry@raleighkoreanchurch.org",
        subject="환자 지원 프로그램 안내 (한국어)",
        body=(
            "안녕하십니까,\n\n노베인 커넥트(NorvaneConnect)는 노베인 제약의 환자 지원 프로그램입니다.\n\n"
            "1. 본인부담금 지원: 민간 보험이 있는 환자는 1회 투약당 최저 5달러만 부담합니다.\n"
            "2. 무료 의약품 지원: 보험이 없거나 소득이 기준 이하인 분께 약을 무료로 드립니다.\n\n"
            "한국어 통역 서비스가 제공됩니다. 전화: (888) 555-0130\n\n교인 여러분께 안내해 주시면 감사하겠습니다."
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=True,
        category="Arabic TPN delivery note to son",
        notes="Hard positive: Arabic message to the son's hotmail naming his father, the home TPN delivery and the nurse's visit.",
        frm="Crestline Home Infusion <pharmacy@crestlineinfusion.com>",
        to="omar.haddad.pa@hotmail.com",
        subject="موعد توصيل المحاليل لوالدك",
        body=(
            "الأخ عمر حداد المحترم،\n\nنود إبلاغك بأن شحنة التغذية الوريدية الكاملة لوالدك السيد يوسف حداد ستصل يوم الاثنين "
            "27 أبريل بين الساعة الثانية والرابعة مساءً، وتشمل سبعة أكياس تغذية وأكياس الدهون. يرجى وضعها في الثلاجة فور وصولها.\n\n"
            "ستزوره الممرضة رينيه يوم الثلاثاء لسحب عينة الدم الأسبوعية وتغيير ضماد القسطرة.\n\n"
            "للاستفسار: (717) 555-0110\n\nصيدلية كريستلاين للتسريب المنزلي"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic hemophilia awareness notice",
        notes="Arabic awareness notice about hemophilia symptoms and the centre's services for a community centre; no individual.",
        frm="Great Lakes HTC <community@greatlakeshtc.org>",
        to="info@arabcommunitycenter-dearborn.org",
        subject="نشرة توعية حول الهيموفيليا",
        body=(
            "السلام عليكم،\n\nنرجو نشر هذه المعلومات على أعضاء مركزكم:\n\nالهيموفيليا اضطراب وراثي في تخثر الدم. من علاماتها النزيف "
            "الطويل بعد الجروح أو خلع الأسنان، والكدمات الكثيرة، وتورم المفاصل. يقدم مركز البحيرات العظمى لعلاج الهيموفيليا الفحص والعلاج "
            "والدعم الاجتماعي للعائلات، مع خدمة الترجمة إلى العربية.\n\nللمواعيد: (313) 555-0120\n\nمع التحية"
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
