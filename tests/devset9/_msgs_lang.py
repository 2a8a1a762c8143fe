"""devset9 messages in the patients' languages (Spanish, Chinese, Vietnamese, Korean), in the
charsets their writers' mail clients really use."""
# ruff: noqa: RUF001  (full-width CJK punctuation is what these writers type)

from __future__ import annotations

from _spec import CCD, MHC, RCM, ROP, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="lang_es_child_sedation_instructions",
        notes="Front desk writes to a mother at hotmail in Spanish: her son's name, extraction "
        "under sedation, fasting and amoxicillin instructions.",
        frm=f"Yesenia Cabrera <ycabrera@{CCD}>",
        to="mariela.quintanilla@hotmail.com",
        subject="Cita de Santiago - jueves 12 de noviembre",
        charset="iso-8859-1",
        lang="es",
        body=(
            "Hola Sra. Quintanilla:\n\n"
            "Le confirmo la cita de su hijo Santiago Quintanilla Reyes (fecha de nacimiento "
            "22/06/2017) el jueves 12 de noviembre a las 8:00 a. m. en la oficina de Fairhaven "
            "para la extracción de los dos molares de leche infectados (dientes K y T) con "
            "sedación consciente.\n\n"
            "Instrucciones importantes:\n"
            "- Nada de comer ni beber después de la medianoche (ni siquiera agua o chicle).\n"
            "- Siga dándole la amoxicilina 400 mg/5 ml, 5 ml dos veces al día, hasta terminar "
            "el frasco.\n"
            "- Un padre o tutor legal debe quedarse en la clínica todo el tiempo.\n"
            "- Vístalo con ropa cómoda y manga corta.\n\n"
            "Si tiene fiebre o tos el día anterior, llámenos para cambiar la cita.\n\n"
            "Yesenia Cabrera\nCoordinadora de pacientes - Cedar Crest Dental Partners\n"
            "(479) 555-0142"
        ),
    ),
    Spec(
        phi=False,
        category="lang_es_family_flu_clinic_notice",
        notes="Hard negative: Spanish notice to the families list about the visitor flu and COVID "
        "vaccine clinic and visiting rules; no resident.",
        frm=f"Maple Haven Care Center <info@{MHC}>",
        to=f"familias@{MHC}",
        subject="Clínica de vacunas para familias y visitas en temporada de gripe",
        charset="iso-8859-1",
        lang="es",
        body=(
            "Estimadas familias:\n\n"
            "El miércoles 18 de noviembre de 3:00 a 6:00 p. m. ofreceremos vacunas gratuitas "
            "contra la gripe y el COVID-19 para familiares y visitantes en la capilla. No se "
            "necesita cita; traiga su tarjeta de seguro si la tiene.\n\n"
            "Durante la temporada de gripe le pedimos que no visite si tuvo fiebre, tos, "
            "vómito o diarrea en las últimas 48 horas. Hay mascarillas en la recepción.\n\n"
            "El almuerzo de Acción de Gracias para familias será el jueves 26 de noviembre al "
            "mediodía ($8 por invitado). Reserve en la recepción antes del 20 de noviembre.\n\n"
            "Gracias,\nRuth Ellingson, Administradora"
        ),
    ),
    Spec(
        phi=True,
        category="lang_zh_father_tka_rehab_son",
        notes="Hard positive: PT writes in Simplified Chinese (gb2312) to a patient's son at "
        "163.com: the father's name only in Chinese characters, knee replacement, PT schedule "
        "and swelling advice.",
        frm=f"Alana Kealoha DPT <akealoha@{ROP}>",
        to="wangxiaoming1988@163.com",
        subject="您父亲的康复治疗安排",
        charset="gb2312",
        lang="zh",
        body=(
            "王先生您好：\n\n"
            "您父亲王建国先生上周一做了左膝关节置换手术，从下周开始在我们罗杰斯诊所做物理治疗，"
            "每周三次（周一、周三、周五下午两点）。\n\n"
            "请注意：\n"
            "1. 每次来的时候请带上助行器和药物清单。\n"
            "2. 如果膝盖红肿发热，或者小腿疼痛，请马上打电话给 Wierzbicki 医生的护士。\n"
            "3. 止痛药请在治疗前一小时服用。\n\n"
            "如果需要中文翻译，我们可以安排电话翻译。\n\n"
            "Alana Kealoha 物理治疗师\nRidgeline Orthopaedics & Physical Therapy\n"
            "(479) 555-0230"
        ),
    ),
    Spec(
        phi=False,
        category="lang_zh_mandarin_dentist_announcement",
        notes="Hard negative: Traditional Chinese (big5) announcement that a Mandarin-speaking "
        "dentist now sees children and adults, with services and hours; no patient.",
        frm=f"Cedar Crest Dental <news@{CCD}>",
        to=f"community-zh@{CCD}",
        subject="周美玲醫師現在提供中文看診服務",
        charset="big5",
        lang="zh",
        body=(
            "各位鄉親好：\n\n"
            "Cedar Crest Dental Partners 很高興宣布，周美玲醫師 (Dr. Mei-Ling Zhou, DDS) 在 "
            "Fairhaven 診所提供國語看診服務。\n\n"
            "服務項目：兒童牙科、定期檢查及洗牙、補牙、牙套、隱適美矯正諮詢。\n"
            "看診時間：週一至週四 上午八點至下午五點。\n"
            "我們接受大部分牙科保險，也提供分期付款。\n\n"
            "預約電話：(479) 555-0142（請說「中文」）"
        ),
    ),
    Spec(
        phi=True,
        category="lang_vi_care_plan_daughter",
        notes="Hard positive: Vietnamese (utf-8) note from the social worker to a daughter at "
        "gmail: 'bà Lan' in room 212, her diabetes medication change, care conference and "
        "Medicaid renewal.",
        frm=f"Kendra Boateng <kboateng@{MHC}>",
        to="ngoc.tran.bentonville@gmail.com",
        subject="Về mẹ của chị - họp kế hoạch chăm sóc",
        charset="utf-8",
        lang="vi",
        body=(
            "Chào chị Ngọc,\n\n"
            "Tôi là Kendra, nhân viên xã hội ở Maple Haven. Tôi nhờ thông dịch viên viết thư "
            "này bằng tiếng Việt.\n\n"
            "Mẹ của chị, bà Lan ở phòng 212, dạo này ăn ít hơn và đường huyết hay bị thấp vào "
            "buổi sáng, nên bác sĩ Ahmed đã giảm liều insulin buổi tối từ 20 xuống 14 đơn vị. "
            "Chúng tôi muốn mời chị họp kế hoạch chăm sóc vào thứ Ba ngày 17 tháng 11 lúc 2 giờ "
            "chiều.\n\n"
            "Ngoài ra, hồ sơ Medicaid của bà cần gia hạn trước ngày 30 tháng 11. Xin chị mang "
            "theo bản sao sao kê ngân hàng ba tháng gần nhất.\n\n"
            "Cảm ơn chị,\nKendra Boateng, LMSW\n(479) 555-0310 ext 215"
        ),
    ),
    Spec(
        phi=False,
        category="lang_vi_payment_options_notice",
        notes="Vietnamese (utf-8) general notice from the billing company about payment options "
        "and financial assistance; addressed to a list, no person.",
        frm=f"ClearPath Patient Billing <statements@{RCM}>",
        to=f"patient-notices-vi@{RCM}",
        subject="Các cách thanh toán hóa đơn và chương trình hỗ trợ tài chính",
        charset="utf-8",
        lang="vi",
        body=(
            "Kính gửi quý khách,\n\n"
            "ClearPath thay mặt các phòng khám gửi hóa đơn cho quý khách. Quý khách có thể "
            "thanh toán bằng các cách sau:\n"
            "- Trực tuyến: pay.clearpathrcm.com\n"
            "- Qua điện thoại: (888) 555-0190, có thông dịch viên tiếng Việt miễn phí\n"
            "- Gửi séc qua bưu điện theo địa chỉ trên hóa đơn\n\n"
            "Nếu gặp khó khăn, quý khách có thể xin trả góp không lãi suất hoặc nộp đơn xin hỗ "
            "trợ tài chính. Chúng tôi sẽ không bao giờ hỏi số thẻ tín dụng qua email.\n\n"
            "Trân trọng,\nClearPath Patient Billing Services"
        ),
    ),
    Spec(
        phi=True,
        category="lang_ko_mri_balance_statement",
        notes="Hard positive: Korean (euc-kr) billing reply to a patient at naver.com: her name "
        "in Hangul, knee MRI, deductible and balance, account number.",
        frm=f"Luis Barajas <lbarajas@{RCM}>",
        to="jiyoung.kang72@naver.com",
        subject="RE: 청구서 문의",
        charset="euc-kr",
        lang="ko",
        body=(
            "강지영 님께,\n\n"
            "문의해 주셔서 감사합니다. 10월 14일 Ridgeline 정형외과에서 받으신 오른쪽 무릎 MRI "
            "검사 비용은 총 1,240달러이며, 보험사에서 공제액(deductible) 적용 후 620달러를 "
            "지불했습니다. 남은 금액 620달러가 환자 부담금입니다.\n\n"
            "계좌 번호: 7704826\n"
            "분할 납부를 원하시면 매월 100달러씩 나누어 내실 수 있습니다. "
            "(888) 555-0190으로 전화 주시면 한국어 통역 서비스를 이용하실 수 있습니다.\n\n"
            "Luis Barajas\nClearPath Revenue Cycle Management"
        ),
    ),
    Spec(
        phi=False,
        category="lang_ko_fall_prevention_class",
        notes="Korean (euc-kr) community flyer for a free fall-prevention exercise class led by "
        "a named physical therapist; no patient.",
        frm=f"Ridgeline Ortho <news@{ROP}>",
        to=f"community-ko@{ROP}",
        subject="어르신 낙상 예방 운동 교실 안내 (무료)",
        charset="euc-kr",
        lang="ko",
        body=(
            "안녕하세요,\n\n"
            "Ridgeline 정형외과 및 물리치료센터에서 65세 이상 어르신을 위한 무료 낙상 예방 운동 "
            "교실을 엽니다.\n\n"
            "일시: 12월 매주 화요일 오전 10시 (4회)\n"
            "장소: 스프링데일 물리치료센터 운동실\n"
            "강사: Meera Subramanian 물리치료사\n"
            "내용: 균형 운동, 다리 근력 운동, 집 안 안전 점검 방법\n\n"
            "편한 옷과 운동화를 준비해 주세요. 신청: (479) 555-0230"
        ),
    ),
]
