"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Arabic and Korean punctuation)

from __future__ import annotations

from _spec import BWF, HPG, NSD, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish egg retrieval results to patient",
        notes="Spanish message to the patient's gmail with her name, eggs retrieved and fertilization results.",
        frm=f"Laboratorio de Embriología <embryology@{BWF}>",
        to="lucia.mendoza.r@gmail.com",
        subject="Resultados de su punción folicular",
        body=(
            "Estimada Sra. Lucía Mendoza:\n\nLe escribimos con los resultados de su punción del lunes: se obtuvieron "
            "12 óvulos, 9 maduros, y 7 fecundaron normalmente con ICSI. Le llamaremos el sábado con el número de "
            "blastocistos congelados. Siga tomando la doxiciclina hasta terminarla.\n\nUn saludo,\nLaboratorio de "
            "Embriología, Bluewater Fertility Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish donor recruitment ad",
        notes="Spanish recruitment advertisement for egg donors with eligibility criteria; no individual.",
        frm=f"Reclutamiento <recruit@{NSD}>",
        to="anuncios@lavozminnesota.com",
        subject="Anuncio para la edición del 5 de noviembre",
        body=(
            "Texto del anuncio:\n\n¿TIENES ENTRE 21 Y 32 AÑOS? AYUDA A FORMAR FAMILIAS.\nBuscamos donantes de óvulos "
            "sanas, no fumadoras. Compensación de hasta $9,000 por ciclo completo. Todas las pruebas médicas y genéticas "
            "son gratuitas. Información: northstardonors.org/es\n\nFactura a finance@northstardonors.org."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="French shipment notice to recipient",
        notes="Hard positive: French message to a named recipient confirming donor vials shipped to her Montreal clinic for her insemination.",
        frm=f"Service client <care@{NSD}>",
        to="genevieve.caron@videotron.ca",
        subject="Expédition de vos paillettes",
        body=(
            "Bonjour Mme Geneviève Caron,\n\nVos deux paillettes du donneur 3988 ont été expédiées aujourd'hui à la "
            "Clinique de fertilité Saint-Laurent pour votre insémination prévue le 23 octobre. Le conteneur est "
            "garanti 7 jours. Merci de confirmer la réception avec votre infirmière.\n\nCordialement,\nService client, Northstar Donor Bank"
        ),
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        phi=False,
        category="French information sheet for translation",
        notes="Hard negative: French patient-education sheet on prenatal screening (trisomies, amniocentesis) sent for translation review; no individual.",
        frm=f"Communications <communications@{HPG}>",
        to="projets@traductionsmedicales.ca",
        subject="Relecture : fiche « Dépistage prénatal » (v2)",
        body=(
            "Bonjour Claire,\n\nVoici le texte à relire :\n\n« Le dépistage prénatal non invasif (DPNI) analyse l'ADN "
            "fœtal dans le sang maternel pour estimer le risque de trisomie 21, 18 et 13. Un résultat « à risque élevé » "
            "doit être confirmé par amniocentèse ou biopsie de trophoblaste. Une conseillère en génétique peut vous aider. »\n\n"
            "Merci,\nHelixPath Communications"
        ),
        charset="utf-8",
        lang="fr",
    ),
    Spec(
        phi=True,
        category="Arabic thalassemia carrier result to father",
        notes="Hard positive: Arabic message to a father naming him and his wife as beta-thalassemia carriers and their pregnancy's 25% risk.",
        frm=f"HelixPath Genetic Counseling <spark@{HPG}>",
        to="khalid.alsaadi@hotmail.com",
        subject="نتائج فحص الحامل للمرض",
        body=(
            "السيد خالد السعدي المحترم،\n\nأظهرت نتائج الفحص أنك أنت وزوجتك السيدة ريم تحملان صفة الثلاسيميا بيتا. "
            "هذا يعني أن احتمال إصابة الجنين في هذا الحمل هو 25%. نقترح موعداً يوم الثلاثاء لمناقشة فحص السائل الأمنيوسي.\n\n"
            "مع التحية،\nسارة بارك، مستشارة وراثية"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic pre-retrieval instructions for all patients",
        notes="Hard negative: generic Arabic instructions before egg retrieval (fasting, medications) for the clinic's Arabic handout; no individual.",
        frm=f"Patient Education <education@{BWF}>",
        to="arabic@midwestmedicaltranslators.com",
        subject="تعليمات قبل سحب البويضات - للطباعة",
        body=(
            "تعليمات عامة لجميع المريضات:\n\nلا تأكلي ولا تشربي أي شيء بعد منتصف الليل قبل سحب البويضات. "
            "خذي إبرة التفجير في الموعد المحدد بالضبط. أحضري مرافقاً لقيادة السيارة بعد التخدير.\n\nBluewater Fertility Center"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Korean embryo transfer schedule to patient",
        notes="Korean message to the patient's naver mailbox with her name, embryo transfer date and progesterone instructions.",
        frm=f"Bluewater Fertility <appointments@{BWF}>",
        to="kim.jiyeon84@naver.com",
        subject="동결배아 이식 일정 안내",
        body=(
            "김지연 님께,\n\n동결배아 이식이 10월 26일 오전 9시로 확정되었습니다. 이식 전날부터 프로게스테론 주사를 "
            "매일 저녁 1 mL씩 맞으시고, 에스트라디올은 계속 복용하세요. 이식 당일에는 물을 충분히 드시고 오세요.\n\n"
            "Bluewater Fertility Center 간호팀"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean carrier screening flyer to community center",
        notes="Hard negative: Korean flyer about genetic carrier screening for a community centre; mentions diseases but no individual.",
        frm=f"Community Outreach <outreach@{HPG}>",
        to="info@columbuskoreancenter.org",
        subject="유전 상담 안내문 (한국어)",
        body=(
            "안녕하세요,\n\n센터 게시판에 붙여 주실 안내문입니다.\n\n임신을 계획하고 계신가요? 보인자 검사로 "
            "낭포성 섬유증, 척수성 근위축증 같은 유전 질환의 위험을 미리 알 수 있습니다. 한국어 통역이 가능합니다. "
            "문의: (614) 555-0163\n\nHelixPath Genetic Counseling"
        ),
        charset="euc-kr",
        lang="ko",
    ),
]
