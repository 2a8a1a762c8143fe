"""Non-English outbound mail from the three organisations, PHI and not."""

from __future__ import annotations

from _spec import CFI, PSP, SRR, Spec

# ruff: noqa: RUF001 - full-width punctuation is what Chinese writers type

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="Spanish IVIG schedule to patient",
        notes="Spanish (ISO-8859-1) message to a patient's gmail naming her, her IVIG infusion "
        "dates and her nurse.",
        frm=f"Owen McAllister <omcallister@{CFI}>",
        to="graciela.reyesortiz@gmail.com",
        subject="Sus próximas infusiones",
        body="Estimada Sra. Graciela Reyes-Ortiz:\n\nLe confirmamos sus próximas infusiones de "
        "inmunoglobulina (IVIG) en su casa: lunes 7 y martes 8 de diciembre, a las 9:00. La "
        "enfermera Anna Kaminski llegará con la bomba. Por favor tome el acetaminofén y la "
        "difenhidramina 30 minutos antes, como le indicó la Dra. Ferreira.\n\nSi tiene "
        "fiebre o escalofríos, llámenos al (412) 555-0260 a cualquier hora.\n\nAtentamente,\n"
        "CareFlow Home Infusion",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish support group announcement",
        notes="Hard negative: Spanish (ISO-8859-1) community announcement about an amputee "
        "support group and diabetes foot care; no individual.",
        frm=f"ProStride Community <community@{PSP}>",
        to="boletin@centrohispanopgh.org",
        subject="Grupo de apoyo para personas con amputación",
        body="Hola:\n\nProStride invita a la comunidad a nuestro grupo de apoyo en español para "
        "personas que viven con una amputación y sus familias. Nos reunimos el tercer jueves "
        "de cada mes a las 6:00 p. m. en 220 Jefferson Ave, Washington PA. Tema de "
        "diciembre: cuidado de los pies con diabetes en invierno.\n\nEntrada gratuita; "
        "habrá café y pan dulce.\n\nProStride Prosthetics & Orthotics",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese discharge notice to son",
        notes="Chinese (GB2312) message to a son's gmail naming his father, DOB, stroke "
        "diagnosis, discharge date and medication.",
        frm=f"Renee Castellanos <rcastellanos@{SRR}>",
        to="chen.wei.pgh@gmail.com",
        subject="您父亲的出院安排",
        body="陈伟先生您好：\n\n您父亲陈国华（出生日期：1948年3月2日）因脑中风在我院康复科住院，"
        "计划于11月20日出院回家。出院后请每天按时服用阿司匹林81毫克和阿托伐他汀40毫克。"
        "门诊物理治疗每周两次，从11月24日开始。\n\n如有问题，请致电 (412) 555-0175。\n\n"
        "Renee Castellanos, LCSW\nSummit Ridge 康复医院 社工部",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese stroke signs flyer",
        notes="Hard negative: Chinese (GB2312) health education flyer on stroke warning signs to "
        "a community centre; no individual.",
        frm=f"Summit Ridge Community Education <news@{SRR}>",
        to="info@pghchinesecommunity.org",
        subject="中风预警信号 - 社区健康讲座",
        body="各位好：\n\n我院将于12月5日星期六上午10点在社区中心举办免费健康讲座，主题为"
        "“识别中风预警信号”：脸部歪斜、手臂无力、说话不清，请立即拨打911。讲座后提供免费"
        "血压测量。\n\n欢迎转发给会员。\n\nSummit Ridge 康复医院 社区教育部",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Vietnamese prosthesis fitting appointment",
        notes="Vietnamese (UTF-8) message to a patient's personal mailbox naming him with his "
        "prosthesis fitting appointment and residual limb care.",
        frm=f"Yuki Sato <ysato@{PSP}>",
        to="tranvanminh1960@yahoo.com",
        subject="Lịch hẹn thử chân giả",
        body="Chào chú Trần Văn Minh,\n\nProStride xin nhắc chú lịch hẹn thử chân giả (chân "
        "phải, dưới gối) vào thứ Năm ngày 19/11 lúc 10 giờ sáng với chuyên viên Nadia "
        "Petrosyan. Chú nhớ mang theo vớ lót và ống bọc. Nếu mỏm cụt còn đỏ hoặc sưng, "
        "xin gọi cho chúng tôi trước: (724) 555-0131.\n\nTrân trọng,\nYuki Sato - ProStride",
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese home infusion safety guide",
        notes="Hard negative: Vietnamese (UTF-8) general guide on caring for an IV line at "
        "home, sent to a community health organisation; no patient.",
        frm=f"CareFlow Education <education@{CFI}>",
        to="lienhe@vietcommunityhealthpa.org",
        subject="Tài liệu hướng dẫn chăm sóc đường truyền tại nhà",
        body="Kính gửi quý tổ chức,\n\nCareFlow gửi tài liệu hướng dẫn chung về chăm sóc "
        "đường truyền tĩnh mạch (PICC) tại nhà: rửa tay trước khi chạm vào ống, giữ băng "
        "khô, không tắm bồn, và gọi y tá nếu sốt trên 38 độ C. Quý vị có thể in và phát cho "
        "cộng đồng.\n\nTrân trọng,\nCareFlow Home Infusion",
        charset="utf-8",
        lang="vi",
    ),
]
