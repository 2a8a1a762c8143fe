# ruff: noqa: RUF001
"""Non-English and mixed-language mail from the three organisations (Spanish, Vietnamese,
Chinese), with the charsets these writers' clients really use."""

from __future__ import annotations

from _spec import BCH, HCS, LRS, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish update to patient's mother (OTP)",
        notes="Hard positive: son's first name, methadone dose and missed group, to a yahoo.",
        frm=f"Marcus Delacroix LPC <mdelacroix@{LRS}>",
        to="graciela.munoz58@yahoo.com",
        subject="Re: ¿Cómo va mi hijo?",
        body=(
            "Estimada Sra. Muñoz:\n\nEfraín firmó el permiso para que yo pueda hablar con usted."
            " Está viniendo todos los días por su dosis de metadona (ahora 60 mg) y los análisis"
            " de orina de esta semana salieron negativos. Faltó al grupo del miércoles; por favor"
            " anímelo a venir el próximo miércoles a las 6 de la tarde.\n\nAtentamente,\n"
            "Marcus Delacroix, consejero\nLakeside Recovery Services\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Spanish 988 follow-up to client (hotmail)",
        notes="Client's name, crisis-unit stay and follow-up appointment in Spanish.",
        frm=f"Follow-up Team <followup@{HCS}>",
        to="yesenia.caballero.r@hotmail.com",
        subject="Seguimiento después de su estancia en Harbor",
        body=(
            "Hola Yesenia:\n\nLe escribimos del equipo de seguimiento de Harbor. Después de su"
            " estancia en la unidad de crisis del 9 al 10 de noviembre, queremos confirmar su cita"
            " con la psiquiatra el lunes 16 de noviembre a las 2:00 p.m. ¿Sigue tomando la"
            " sertralina? Si se siente en peligro, llame o envíe un texto al 988 en cualquier"
            " momento.\n\nEquipo de seguimiento\nHarbor Crisis Stabilization Unit\n"
        ),
        charset="utf-8",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish family information (jail health services)",
        notes="Generic information for families about sick call and releases; no person.",
        frm=f"Brazos County Correctional Health <info@{BCH}>",
        to=f"familias@{BCH}",
        subject="Información para familias: servicios médicos en la cárcel",
        body=(
            "Información para familias\n\nToda persona detenida puede pedir atención médica"
            " llenando una solicitud en su unidad. Los medicamentos recetados se entregan dos"
            " veces al día. Si su familiar toma metadona o buprenorfina, el personal médico"
            " verificará su tratamiento. Para que podamos hablar con usted, su familiar debe"
            " firmar una autorización.\n\nServicios de Salud - Cárcel del Condado de Brazos\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="bilingual naloxone event flyer (English/Spanish)",
        notes="Hard negative: mixed-language overdose prevention event, no person.",
        frm=f"Community Outreach <outreach@{LRS}>",
        to="parroquia.sanjose@bryancatholic.org",
        subject="Naloxone training / Capacitación sobre naloxona - Dec 12",
        body=(
            "Free naloxone training / Capacitación gratuita sobre naloxona\n\n"
            "Saturday Dec 12, 1 PM - sábado 12 de diciembre, 1 p.m.\nSalón parroquial San José\n\n"
            "Learn to recognise an overdose and use naloxone nasal spray.\n"
            "Aprenda a reconocer una sobredosis y a usar la naloxona en aerosol nasal.\n"
            "Kits gratis. Free kits.\n\nLakeside Recovery Services\n"
        ),
        charset="utf-8",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese update to patient's daughter",
        notes="Mother's name, crisis-unit stay and medication in Vietnamese to a gmail address.",
        frm=f"Harbor Nursing Station <nursing@{HCS}>",
        to="ngoc.tran.dallas@gmail.com",
        subject="Về mẹ của chị - bà Trần Thị Hoa",
        body=(
            "Chào chị Ngọc,\n\nBà Trần Thị Hoa (mẹ của chị) đã đồng ý cho chúng tôi liên lạc với"
            " chị. Bà ngủ được tối qua và đã bắt đầu uống thuốc quetiapine 25 mg buổi tối. Bác sĩ"
            " tâm thần sẽ gặp bà lúc 10 giờ sáng nay; có thể bà sẽ được xuất viện chiều mai."
            " Xin chị mang theo danh sách thuốc của bà.\n\nĐiều dưỡng - Harbor Crisis"
            " Stabilization Unit\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese 988 awareness notice",
        notes="Public crisis line information in Vietnamese for a community center.",
        frm=f"Harbor Crisis <news@{HCS}>",
        to="info@bvvietnamesecommunity.org",
        subject="Đường dây 988 - thông tin cho cộng đồng",
        body=(
            "Kính gửi quý vị,\n\nĐường dây 988 hoạt động 24/7 cho bất kỳ ai đang gặp khủng hoảng"
            " tâm lý hoặc có ý nghĩ tự tử. Có thông dịch viên tiếng Việt. Trung tâm Harbor cũng"
            " nhận người đến trực tiếp, không cần hẹn trước. Xin vui lòng chia sẻ tờ thông tin"
            " này.\n\nHarbor Crisis Stabilization Unit\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Chinese (Big5) update to patient's son",
        notes="Hard positive: father's name and methadone dose in Traditional Chinese (Big5).",
        frm=f"Lakeside Front Desk <frontdesk@{LRS}>",
        to="kevin.leung.tx@outlook.com",
        subject="關於令尊梁國華先生的服藥時間",
        body=(
            "梁先生您好：\n\n您的父親梁國華先生已簽署同意書，允許我們與您聯絡。"
            "感恩節期間（11月26日），診所的美沙酮服藥時間改為早上7點至9點。"
            "他目前每天服用美沙酮80毫克，請提醒他準時來服藥。如有問題請致電979-555-0100。\n\n"
            "Lakeside Recovery Services 前台\n"
        ),
        charset="big5",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese (GB2312) family notice on medical copays",
        notes="Generic copay policy for families in Simplified Chinese; no person.",
        frm=f"Brazos County Correctional Health <info@{BCH}>",
        to="familyservices@brazoscountyso.org",
        subject="家属须知：看守所医疗服务收费说明",
        body=(
            "家属须知\n\n在押人员申请看病需支付10美元挂号费，但急诊、心理健康服务、"
            "慢性病复诊和入所体检不收费。没有钱的人也可以得到治疗。"
            "如需了解更多信息，请拨打979-555-0161。\n\n布拉索斯县看守所医疗服务\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
]
