# ruff: noqa: RUF001
"""Non-English mail from the three organisations, in the charsets their writers' clients use."""

from __future__ import annotations

from _spec import CMC, EAF, PNS, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="Spanish EEG prep to patient's mother",
        notes="Spanish instructions to a mother's gmail naming her son, his epilepsy and EEG time.",
        frm=f"Recepción <frontdesk@{PNS}>",
        to="marisol.quintero.r@gmail.com",
        subject="Cita de EEG de Mateo",
        body=(
            "Hola Sra. Quintero:\n\nLe recordamos que Mateo Quintero tiene su electroencefalograma "
            "el jueves 12 de noviembre a las 8:00 a. m. Por su epilepsia, siga tomando el "
            "levetiracetam como siempre. Lávele el cabello la noche anterior y no use "
            "acondicionador.\n\nSaludos,\nPinecrest Neurology & Sleep\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish caregiver class announcement",
        notes="Hard negative: Spanish flyer text for a dementia caregiver class, no individual.",
        frm=f"Educación <education@{CMC}>",
        to="lista-cuidadores@cascadememory.org",
        subject="Clase gratuita para cuidadores: la demencia y el Alzheimer",
        body=(
            "¿Cuida a un familiar con pérdida de memoria? Le invitamos a nuestra clase gratuita en "
            "español sobre el Alzheimer, la demencia vascular y cómo manejar la confusión por la "
            "tarde. Sábados de enero, 10:00 a 11:30. Información: 206-555-0190.\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese update to resident's son",
        notes=(
            "Hard positive: Vietnamese update to a son's yahoo address: his mother's fall and "
            "hip X-ray."
        ),
        frm=f"Birch House <birchhouse@{EAF}>",
        to="tuan.nguyen.sea@yahoo.com",
        subject="Cập nhật về mẹ anh",
        body=(
            "Chào anh Tuấn,\n\nMẹ anh, bà Nguyễn Thị Hoa, bị té trong phòng tắm sáng nay lúc 6 "
            "giờ. "
            "Bác sĩ đã chụp X-quang hông, không bị gãy xương. Bà đang uống Tylenol 500 mg khi đau. "
            "Chúng tôi sẽ theo dõi thêm.\n\nRosa\nBirch House\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese job post for caregivers",
        notes="Vietnamese caregiver job announcement, no resident.",
        frm=f"Tuyển dụng <jobs@{EAF}>",
        to="community-board@vietnamesecenter-sea.org",
        subject="Tuyển người chăm sóc tại nhà dưỡng lão",
        body=(
            "Evergreen Adult Family Homes cần tuyển nhân viên chăm sóc người cao tuổi ở Lynnwood. "
            "Có kinh nghiệm chăm sóc người bị sa sút trí tuệ là một lợi thế. Lương $23/giờ. "
            "Gọi 425-555-0177.\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Chinese message to patient's daughter",
        notes=(
            "Hard positive: Simplified Chinese note (gb2312) to a daughter's 163.com mailbox "
            "about her father's Parkinson's med."
        ),
        frm=f"Carla Benedetti <cbenedetti@{PNS}>",
        to="linwei.chen88@163.com",
        subject="关于您父亲的药",
        body=(
            "陈女士您好，\n\n您父亲陈国强先生的帕金森病药物已调整：卡比多巴左旋多巴改为每天四次，"
            "每次一片半。下次复诊是十二月三日上午十点。\n\n如有问题请致电 425-555-0140。\n"
            "松岭神经科\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese community talk announcement",
        notes="Hard negative: Chinese announcement of a memory-loss talk, disease topic only.",
        frm=f"Education <education@{CMC}>",
        to="events@chinesecommunitycenter-wa.org",
        subject="讲座：认识失智症与记忆衰退",
        body=(
            "您好，\n\n本诊所将于十二月十日下午两点举办中文健康讲座，主题为阿尔茨海默病的早期症状、"
            "照护技巧及最新研究。欢迎社区长者及家属参加，免费入场。\n\n卡斯卡德记忆诊所\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Russian update to resident's wife",
        notes=(
            "Hard positive: Russian (koi8-r) note to a wife's mail.ru address about her "
            "husband's MS and infusion transport."
        ),
        frm=f"Nadia Petrov <cedarhouse@{EAF}>",
        to="galina.volkova54@mail.ru",
        subject="О Викторе",
        body=(
            "Здравствуйте, Галина!\n\nВиктор Волков чувствует себя лучше после обострения "
            "рассеянного склероза. В понедельник мы отвезём его на капельницу в Pinecrest "
            "Neurology. Врач снизил дозу баклофена до 10 мг три раза в день.\n\nНадя\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian staff schedule",
        notes="Hard negative: Russian-language shift schedule for caregivers, no residents.",
        frm=f"Nadia Petrov <cedarhouse@{EAF}>",
        to=f"caregivers.cedar@{EAF}",
        subject="График смен на декабрь",
        body=(
            "Коллеги, график смен на декабрь: Амара - пн-ср, Фелипе - чт-сб, Линь - ночи. "
            "Обучение по первой помощи 5 декабря. Спасибо!\n"
        ),
        charset="koi8-r",
        lang="ru",
    ),
]
