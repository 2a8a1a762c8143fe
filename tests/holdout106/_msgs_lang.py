"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, non-Latin scripts)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish negative pregnancy test to patient",
        notes="Spanish message to the patient's Gmail naming her with a negative beta hCG after embryo transfer and stopping medication.",
        frm="Equipo de Enfermería FIV <ivfnurses@bloomfieldwhf.com>",
        to="marisol.quintero.pdx@gmail.com",
        subject="Resultado de su análisis de sangre",
        body=(
            "Estimada Sra. Marisol Quintero:\n\nLamentamos mucho informarle que su prueba de embarazo (beta hCG) de hoy, "
            "después de la transferencia de embriones del 3 de marzo, salió negativa (menos de 2 mUI/mL). Puede suspender la "
            "progesterona y el estradiol. Su período debería llegar en 3 a 7 días. La Dra. Salgado la llamará para hablar de "
            "los próximos pasos.\n\nCon cariño,\nTessa Marlow, enfermera\nBloomfield Women's Health & Fertility"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish donor recruitment information",
        notes="Hard negative: Spanish general description of screening and compensation for would-be donors; no individual.",
        frm="Marigold Outreach <outreach@marigolddonors.com>",
        to="comunidad@centrolatinoboulder.org",
        subject="Información para donantes de óvulos (para su boletín)",
        body=(
            "Hola:\n\nGracias por compartir esta información en su boletín.\n\n¿Quién puede donar? Mujeres sanas de 21 a 30 años, "
            "no fumadoras. El proceso incluye una evaluación médica (ecografía, análisis de sangre, prueba genética) y una evaluación "
            "psicológica, unos 10 días de inyecciones hormonales y una extracción de óvulos de 20 minutos con sedación. "
            "Compensación: 9.000 dólares por ciclo completado.\n\nMarigold Egg Donor Agency · 720-555-0120"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Gujarati embryo transfer reminder to patient",
        notes="Hard positive: Gujarati reminder naming the patient with her frozen embryo transfer date and medication instructions.",
        frm="Bloomfield IVF Scheduling <ivfnurses@bloomfieldwhf.com>",
        to="hetal.desai.88@gmail.com",
        subject="ભ્રૂણ ટ્રાન્સફર - ૨૫ માર્ચ",
        body=(
            "પ્રિય હેતલબેન દેસાઈ,\n\nતમારું ફ્રોઝન ભ્રૂણ ટ્રાન્સફર બુધવાર, ૨૫ માર્ચ સવારે ૧૦:૩૦ વાગ્યે નક્કી થયું છે. "
            "ટ્રાન્સફરના એક કલાક પહેલાં ૧ લિટર પાણી પીને આવો. પ્રોજેસ્ટેરોન ઇન્જેક્શન દરરોજ રાત્રે ચાલુ રાખો.\n\n"
            "પ્રશ્નો માટે 503-555-0140 પર ફોન કરો.\nBloomfield Women's Health & Fertility"
        ),
        charset="utf-8",
        lang="gu",
    ),
    Spec(
        phi=False,
        category="Gujarati folic acid health education",
        notes="Gujarati general advice on folic acid before pregnancy for a community newsletter; no individual.",
        frm="Bloomfield Community Outreach <events@bloomfieldwhf.com>",
        to="newsletter@gujaratisamajoregon.org",
        subject="સમાચારપત્ર માટે: ગર્ભાવસ્થા પહેલાં ફોલિક એસિડ",
        body="",
        html=(
            "<html><body><h3>ગર્ભાવસ્થા પહેલાં ફોલિક એસિડ</h3><p>ગર્ભધારણની યોજના કરતી દરેક મહિલાએ ઓછામાં ઓછા એક મહિના "
            "પહેલાંથી દરરોજ ૪૦૦ માઇક્રોગ્રામ ફોલિક એસિડ લેવું જોઈએ. તે બાળકમાં ન્યુરલ ટ્યુબની ખામીનું જોખમ ઘટાડે છે.</p>"
            "<p>Bloomfield Women's Health &amp; Fertility</p></body></html>"
        ),
        charset="utf-8",
        lang="gu",
    ),
    Spec(
        phi=True,
        category="Korean donor-egg cycle results to intended mother",
        notes="Korean message naming the intended mother with her donor-egg cycle fertilisation results and transfer date.",
        frm="Marigold IP Coordination <ipcoordination@marigolddonors.com>",
        to="jihyun.kim.ivf@naver.com",
        subject="채취 결과 안내",
        body=(
            "김지현 님께,\n\n오늘 기증자 난자 채취가 끝났습니다. 난자 14개를 채취하여 남편분 정자로 11개가 수정되었습니다. "
            "5일 배양 후 배아 상태를 다시 알려 드리겠습니다. 김지현 님의 이식은 4월 초로 예정되어 있으니 에스트라디올 복용을 "
            "계속해 주세요.\n\nMarigold Egg Donor Agency 드림"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean guide to citizenship for surrogacy births",
        notes="Hard negative: Korean general legal guide for intended parents about documents for a baby born via US surrogacy; no individual.",
        frm="Thorne Vasquez Reproductive Law <insights@thornevasquezlaw.com>",
        to="info@koreanamericanfamilycenter.org",
        subject="한국 국적 의뢰부모를 위한 대리출산 법률 안내",
        body=(
            "안녕하세요,\n\n미국에서 대리출산으로 태어난 아기는 출생 시 미국 시민권을 받습니다. 한국 국적 부모는 출생신고를 위해 "
            "법원의 친자 확인 판결문, 출생증명서, 아포스티유가 필요합니다. 자세한 내용은 무료 설명회에서 안내해 드립니다.\n\n"
            "Thorne Vasquez Reproductive Law LLP"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=True,
        category="French update to intended parents on carrier's scan",
        notes="French update to intended parents naming the carrier and her 20-week ultrasound plus expected birth date.",
        frm="Marisol Vasquez <mvasquez@thornevasquezlaw.com>",
        to="famille.lemaire@orange.fr",
        subject="Point sur la grossesse et la transcription",
        body=(
            "Chers Juliette et Antoine Lemaire,\n\nKatherine Boyd, votre mère porteuse, a passé l'échographie de 20 semaines le "
            "12 mars : le bébé se développe normalement et le placenta est bien positionné. Le terme est prévu le 28 juillet. "
            "Nous déposerons la requête de filiation en mai pour que l'acte de naissance vous désigne comme parents, ce qui "
            "facilitera la transcription au consulat de France.\n\nBien cordialement,\nMarisol Vasquez"
        ),
        charset="iso-8859-15",
        lang="fr",
    ),
    Spec(
        phi=False,
        category="French newsletter on birth certificate transcription",
        notes="French general legal note on transcribing foreign surrogacy birth certificates; no individual.",
        frm="Thorne Vasquez Insights <insights@thornevasquezlaw.com>",
        to="abonnes@lists.thornevasquezlaw.com",
        subject="GPA à l'étranger : transcription de l'acte de naissance",
        body=(
            "Bonjour,\n\nDepuis la loi bioéthique de 2021, la transcription d'un acte de naissance étranger est appréciée au regard "
            "de la loi française ; le parent d'intention non biologique passe en général par l'adoption. Notre webinaire du 15 avril "
            "détaillera les pièces à réunir.\n\nThorne Vasquez Reproductive Law LLP"
        ),
        charset="utf-8",
        lang="fr",
    ),
]
