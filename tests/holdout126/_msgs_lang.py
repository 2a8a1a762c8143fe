"""Non-English mail from the three organisations (8): Spanish, Somali, Russian, Persian."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Cyrillic, Arabic script)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish appointment note to client",
        notes="[lang=es] Spanish appointment confirmation to the client's gmail naming her, her depression therapy and the psychiatrist visit.",
        frm="Harborview Community Mental Health Center <frontdesk@harborviewcmhc.org>",
        to="marisela.quinonez74@gmail.com",
        subject="Confirmación de su cita",
        body=(
            "Estimada Sra. Marisela Quiñónez:\n\nLe confirmamos su cita de terapia para la depresión con Joana Freitas el jueves 30 de abril "
            "a las 3:00 p. m., y su visita con el psiquiatra Dr. Mehta para revisar la sertralina el 7 de mayo.\n\n"
            "Si necesita cambiarla, llame al (508) 555-0110.\n\nHarborview"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish flyer for school therapy",
        notes="[lang=es] Hard negative: Spanish flyer describing school counseling for anxiety and sadness; no student.",
        frm="BrightPath School Therapy <office@brightpathschooltherapy.org>",
        to="familias@worcesterpublicschools-demo.org",
        subject="Terapia en la escuela: información para familias",
        body=(
            "Estimadas familias:\n\nBrightPath ofrece terapia gratuita dentro de la escuela para niños y jóvenes con ansiedad, tristeza, "
            "duelo o problemas de conducta. Con el permiso de los padres, las sesiones son durante el horario escolar.\n\n"
            "Información: (508) 555-0120."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Somali message to parent about child's therapy",
        notes="[lang=so] Hard positive: Somali note to a father's yahoo naming his daughter and her weekly therapy for trauma at school.",
        frm="Amara Fofanah <afofanah@brightpathschooltherapy.org>",
        to="abdirahman.warsame61@yahoo.com",
        subject="Casharka daaweynta ee Hodan",
        body=(
            "Mudane Abdirahman Warsame,\n\nGabadhaada Hodan Warsame (fasalka 6aad, Chandler Elementary) waxay bilaabi doontaa "
            "daaweyn maskaxeed toddobaadle ah oo ku saabsan dhaawaca nafsiga (trauma) maalinta Arbacada saacadda 10:00. "
            "Haddii aad su'aal qabto, wac (508) 555-0127.\n\nAmara Fofanah, BrightPath"
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=False,
        category="Somali crisis line information",
        notes="[lang=so] Somali general information about the crisis line and walk-in hours; no individual.",
        frm="Harborview Community Mental Health Center <community@harborviewcmhc.org>",
        to="info@somalicommunityma-demo.org",
        subject="Adeegga caafimaadka maskaxda - macluumaad",
        body=(
            "Salaan,\n\nHarborview waxay bixisaa adeegyo caafimaadka maskaxda iyo daawaynta balwadaha. Khadka xaaladaha degdegga ah "
            "waa furan yahay 24 saac: (508) 555-0111. Fadlan la wadaag bulshada.\n\nHarborview"
        ),
        charset="iso-8859-1",
        lang="so",
    ),
    Spec(
        phi=True,
        category="Russian records release reply",
        notes="[lang=ru] Russian reply to a patient's mail.ru mailbox naming him and his inpatient psychiatric records being released.",
        frm="Meridian Psychiatric Records Office <records@meridianpsychrecords.com>",
        to="v.kuznetsov1970@mail.ru",
        subject="Ваш запрос на медицинские документы",
        body=(
            "Уважаемый Виктор Кузнецов!\n\nВаш запрос обработан. Выписка из истории болезни о вашей госпитализации в психиатрическое "
            "отделение с 14 по 28 января 2026 г. (диагноз: тяжелый депрессивный эпизод) будет отправлена через защищенный портал "
            "в течение двух рабочих дней.\n\nMeridian, (413) 555-0140"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian how to request records",
        notes="[lang=ru] Russian general instructions on how to request one's records; no individual.",
        frm="Meridian Psychiatric Records Office <records@meridianpsychrecords.com>",
        to="info@russiancommunityspringfield-demo.org",
        subject="Как получить копию медицинских документов",
        body=(
            "Здравствуйте!\n\nЧтобы получить копию своих медицинских документов, заполните форму разрешения, приложите копию "
            "удостоверения личности и отправьте по факсу (413) 555-0141. Электронные копии для пациентов стоят не более $6,50."
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Persian message to client about medication",
        notes="[lang=fa] Hard positive: Persian message to a client's hotmail naming her and her PTSD therapy and prazosin refill.",
        frm="Harborview Community Mental Health Center <frontdesk@harborviewcmhc.org>",
        to="shirin.rahimi82@hotmail.com",
        subject="نوبت بعدي شما",
        body=(
            "خانم شيرين رحيمي عزيز،\n\nنوبت بعدي درمان اختلال استرس پس از سانحه (PTSD) شما با خانم فريتاس روز دوشنبه 4 مه "
            "ساعت 11 صبح است. نسخه پرازوسين شما هم براي داروخانه ارسال شد.\n\nHarborview (508) 555-0110"
        ),
        charset="windows-1256",
        lang="fa",
    ),
    Spec(
        phi=False,
        category="Persian school counseling notice",
        notes="[lang=fa] Hard negative: Persian notice to a community group about free school counseling for anxiety; no student.",
        frm="BrightPath School Therapy <office@brightpathschooltherapy.org>",
        to="info@iraniancommunityworcester-demo.org",
        subject="مشاوره رايگان در مدرسه",
        body=(
            "سلام،\n\nبرنامه BrightPath در مدارس ووستر مشاوره رايگان براي کودکان با اضطراب، غم يا مشکلات رفتاري ارائه مي‌دهد. "
            "با اجازه والدين، جلسات در ساعت مدرسه برگزار مي‌شود. تلفن: (508) 555-0120"
        ),
        charset="windows-1256",
        lang="fa",
    ),
]
