"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Cyrillic and Arabic punctuation)

from __future__ import annotations

from _spec import ACC, KVL, SPT, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish home exercise letter to knee patient",
        notes="Spanish letter to patient's gmail with full name, knee replacement and therapy plan.",
        frm=f"Stride Point Fisioterapia <appleton@{SPT}>",
        to="rafael.quintero58@gmail.com",
        subject="Su programa de ejercicios en casa",
        body=(
            "Estimado Sr. Rafael Quintero:\n\nDespués de su reemplazo total de rodilla derecha, su fisioterapeuta "
            "recomienda continuar la terapia dos veces por semana hasta el 20 de noviembre. Haga estos ejercicios "
            "en casa dos veces al día: elevación de pierna recta, flexión de rodilla sentado y caminar 15 minutos.\n\n"
            "Si nota hinchazón o enrojecimiento en la pantorrilla, llame a su médico de inmediato.\n\n"
            "Stride Point Physical Therapy - 555-0142"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish new-office flyer for chiropractic clinic",
        notes="Spanish announcement of new Saturday hours and a bilingual receptionist; no individual.",
        frm=f"Alder Creek Chiropractic <news@{ACC}>",
        to="boletin@lists.aldercreekchiro.com",
        subject="¡Ahora atendemos los sábados!",
        body=(
            "Queridos amigos:\n\nA partir de noviembre, Alder Creek Chiropractic abre los sábados de 9 a 13 h. "
            "Contamos con una recepcionista que habla español. Aceptamos la mayoría de los seguros.\n\n"
            "Llámenos al 541-555-0121."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Russian records update to client about spine surgery",
        notes="Russian email to client's mail.ru mailbox naming him and his lumbar spine surgery records and bills.",
        frm=f"Kessler Vance Records <records@{KVL}>",
        to="v.sokolov1975@mail.ru",
        subject="Ваши медицинские документы",
        body=(
            "Уважаемый Виктор Соколов!\n\nМы получили из больницы Advocate Lutheran General выписку о вашей операции "
            "на позвоночнике (спондилодез L5-S1, 14 июля 2026 г.) и счёт на сумму 62 300 долларов. "
            "Эти документы будут включены в ваше требование к страховой компании.\n\n"
            "Пожалуйста, сообщите нам о новых приёмах у врача.\n\nKessler Vance Injury Law, 312-555-0118"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian fall-prevention class invitation",
        notes="Hard negative: Russian invitation to a free fall-prevention class for seniors; no individual.",
        frm=f"Stride Point Physical Therapy <news@{SPT}>",
        to="community@slavicseniorsfoxvalley.org",
        subject="Бесплатное занятие по равновесию для пожилых",
        body=(
            "Здравствуйте!\n\nКлиника Stride Point в Эпплтоне приглашает пожилых людей на бесплатное занятие "
            "по профилактике падений 5 ноября в 10:00. Парковка бесплатная, вход со стороны Ballard Rd. "
            "Будет переводчик.\n\nStride Point Physical Therapy"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Polish treatment summary to chiropractic patient",
        notes="Hard positive: Polish note to patient's personal mailbox with first name and surname, sciatica treatment and next visit.",
        frm=f"Dr. Mara Ostrowski <drostrowski@{ACC}>",
        to="k.wisniewska@outlook.com",
        subject="Podsumowanie wizyty",
        body=(
            "Droga Pani Katarzyno Wiśniewska,\n\ndziękuję za dzisiejszą wizytę. Ból rwy kulszowej po lewej stronie "
            "zmniejszył się z 7 do 4 w skali 10. Proszę kontynuować ćwiczenia rozciągające mięśnia gruszkowatego "
            "dwa razy dziennie. Następna wizyta: czwartek, 29 października, godz. 15:00.\n\n"
            "Dr Mara Ostrowski, Alder Creek Chiropractic"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=False,
        category="Polish-language consultation hours notice",
        notes="Polish notice that the firm offers free consultations in Polish; no individual.",
        frm=f"Kessler Vance Injury Law <news@{KVL}>",
        to="redakcja@dziennikzwiazkowy-chicago.com",
        subject="Bezpłatne konsultacje po polsku",
        body=(
            "Szanowni Państwo,\n\nKancelaria Kessler Vance Injury Law oferuje bezpłatne konsultacje w języku polskim "
            "dla osób poszkodowanych w wypadkach drogowych i w pracy. Dyżury w każdą środę, godz. 17-19.\n\n"
            "Prosimy o zamieszczenie ogłoszenia w najbliższym wydaniu. Tel. 312-555-0118."
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=True,
        category="Arabic update to patient's son on stroke rehab",
        notes="Hard positive: Arabic message to the son's gmail naming his father and his stroke rehabilitation progress.",
        frm=f"Marcus Bell PT <mbell@{SPT}>",
        to="omar.haddad.family@gmail.com",
        subject="تحديث حول علاج والدك",
        body=(
            "الأخ عمر،\n\nوالدك السيد سمير حداد يتحسن في جلسات العلاج الطبيعي بعد السكتة الدماغية. "
            "أصبح يمشي 60 متراً بالعكاز، وقوة يده اليمنى تتحسن. نرجو أن يستمر في التمارين في البيت مرتين يومياً.\n\n"
            "الموعد القادم: الثلاثاء الساعة 10 صباحاً.\n\nStride Point Physical Therapy"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic know-your-rights flyer after a work injury",
        notes="Hard negative: Arabic general flyer about workers' rights after an injury; no individual.",
        frm=f"Kessler Vance Injury Law <news@{KVL}>",
        to="info@arabamericanaction-chicago.org",
        subject="نشرة: حقوقك بعد إصابة العمل",
        body=(
            "مرحباً،\n\nنرفق لكم نص النشرة للتوزيع في مركزكم: إذا أصبت في العمل، أبلغ صاحب العمل فوراً، "
            "واطلب العلاج الطبي، واحتفظ بكل الفواتير. الاستشارة مجانية وباللغة العربية.\n\n"
            "Kessler Vance Injury Law - 312-555-0118"
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
