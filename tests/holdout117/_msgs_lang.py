"""Non-English mail from the three organisations: Spanish, Somali, Arabic, Vietnamese (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Arabic punctuation)

from __future__ import annotations

import unicodedata

from _spec import Spec

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> str:
    """Vietnamese text in the form windows-1258 can carry: precomposed letters it lacks are
    split into a base letter it has plus a combining tone mark."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        rest = "".join(c for c in parts if c not in _TONES)
        out.append(unicodedata.normalize("NFC", rest) + tones)
    result = "".join(out)
    result.encode("cp1258")
    return result


MESSAGES = [
    Spec(
        phi=True,
        category="Spanish methadone intake reminder to participant",
        notes="Spanish reminder to a participant's gmail naming him and his methadone programme intake appointment after release.",
        frm="Second Gate Reentry Network <ayuda@secondgatereentry.org>",
        to="rigoberto.salas.pt@gmail.com",
        subject="Su cita del martes",
        body=(
            "Hola Rigoberto:\n\nLe recordamos que su cita de admisión en el programa de metadona de Harbor Light es el martes 13 de octubre "
            "a las 7:00 de la mañana, en 210 Dock St. Lleve la hoja de medicamentos que le dieron al salir de la cárcel y su "
            "identificación. Andrés lo recogerá en la casa a las 6:30.\n\nSi no puede ir, llámenos al (360) 555-0160.\n\n"
            "Second Gate Reentry Network"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish jail rights flyer for families",
        notes="Hard negative: Spanish flyer telling families the jail must continue medications and how to ask for a lawyer; no individual.",
        frm="Defensoría Pública del Condado de Calder <outreach@caldercountypd.org>",
        to="info@centrolatinoportselden.org",
        subject="Volante: sus derechos si un familiar está en la cárcel",
        body=(
            "Buenos días:\n\nLes enviamos el texto del volante para su tablón de anuncios.\n\n"
            "¿SU FAMILIAR ESTÁ EN LA CÁRCEL DEL CONDADO?\n- Tiene derecho a un abogado gratis si no puede pagarlo.\n"
            "- La cárcel debe darle sus medicamentos (insulina, medicinas para la presión, tratamiento para la adicción).\n"
            "- No hable de su caso por teléfono: las llamadas se graban.\n\nDefensoría Pública: (360) 555-0130, hablamos español."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Somali TB treatment follow-up to participant's sister",
        notes="Somali message to a sister's gmail naming her brother, his release date, his tuberculosis medicines and his clinic appointment.",
        frm="Second Gate Reentry Network <ayuda@secondgatereentry.org>",
        to="hodan.cali.wa@gmail.com",
        subject="Ballanta caafimaadka Abdirahman",
        body=(
            "Walaal Hodan Cali,\n\nWalaalkaa Abdirahman Cali wuxuu ka soo baxay xabsiga 1-da Oktoobar. Wuxuu qaataa daawada qaaxada (TB), "
            "isoniazid iyo rifapentine, toddobaadkiiba hal mar ilaa 20-ka Nofeembar. Ballantiisa xigta waa Khamiista 8-da Oktoobar, "
            "10:00 subaxnimo, Rugta Caafimaadka Olympic Bay. Fadlan ka caawi inuu tago.\n\nSu'aal haddii aad qabtid, wac (360) 555-0161.\n\n"
            "Corinne Vasquez, Second Gate"
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=False,
        category="Somali sick call instructions notice",
        notes="Somali notice explaining how anyone in custody can request medical care; no individual.",
        frm="Ironwood Correctional Health Services <mhsched@ironwoodch.com>",
        to="info@somalicommunitywa.org",
        subject="Ogeysiis: sida loo codsado daryeel caafimaad xabsiga",
        body=(
            "Asalaamu calaykum,\n\nFadlan la wadaag bulshada:\n\nQof kasta oo ku jira xabsiga Calder County wuxuu codsan karaa inuu arko "
            "kalkaaliye caafimaad maalin kasta. Isticmaal kiosk-ka ama warqadda codsiga. Kalkaaliyaha ayaa ku arki doona 24 saacadood gudahood. "
            "Xaaladaha degdegga ah, u sheeg sarkaalka isla markiiba. Adeeggu waa bilaash.\n\nIronwood Correctional Health Services, (360) 555-0110"
        ),
        charset="iso-8859-1",
        lang="so",
    ),
    Spec(
        phi=True,
        category="Arabic insulin update to client's brother",
        notes="Hard positive: Arabic message to a brother's hotmail naming the client and his type 1 diabetes insulin treatment in jail.",
        frm="Julia Palacios <jpalacios@caldercountypd.org>",
        to="karim.haddad.wa@hotmail.com",
        subject="بخصوص أخيك سامي",
        body=(
            "السيد كريم حداد المحترم،\n\nبموافقة أخيك سامي حداد: تحدثت اليوم مع قسم الرعاية الطبية في سجن مقاطعة كالدر. "
            "أكدوا أنه يتلقى الأنسولين مرتين في اليوم لعلاج السكري من النوع الأول، وأن مستوى السكر كان مرتفعا عند دخوله يوم 28 سبتمبر "
            "ثم استقر. لا حاجة لإحضار الأدوية إلى السجن. الجلسة القادمة في 19 أكتوبر.\n\nجوليا بالاسيوس\nمكتب المحامي العام لمقاطعة كالدر\n(360) 555-0131"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic re-entry programme description",
        notes="Arabic programme description for a community centre; mentions health care services in general, no individual.",
        frm="Second Gate Reentry Network <ayuda@secondgatereentry.org>",
        to="office@arabamericancenterwa.org",
        subject="معلومات عن برنامج سكند غيت",
        body=(
            "تحية طيبة،\n\nنرجو مشاركة هذه المعلومات مع أعضاء الجالية:\n\nبرنامج سكند غيت يساعد الأشخاص الخارجين من السجن "
            "في السكن والعمل والوصول إلى الرعاية الصحية وعلاج الإدمان. الخدمات مجانية وسرية. نتحدث العربية يوم الأربعاء.\n\n"
            "للتواصل: (360) 555-0160"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Vietnamese hospital surgery update to mother",
        notes="Vietnamese update to a mother's gmail naming her son, his booking number, his transfer to hospital and his appendectomy.",
        frm="Ironwood Correctional Health Services <advocate@ironwoodch.com>",
        to="tranthilan.1961@gmail.com",
        subject=_cp1258("Thông tin về con trai bà"),
        body=_cp1258(
            "Kính gửi bà Trần Thị Lan,\n\nCon trai bà, anh Phạm Minh Quân (số đăng ký 26-03644), đã được chuyển đến Trung tâm Y tế St. Brigid "
            "tối qua vì đau bụng dữ dội và đã được phẫu thuật cắt ruột thừa sáng nay. Anh ấy hiện ổn định. Vì lý do an ninh, chúng tôi không thể "
            "cho biết số phòng.\n\nXin gọi (360) 555-0116 nếu bà có câu hỏi.\n\nAlma Reyes, Ironwood Correctional Health Services"
        ),
        charset="windows-1258",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese public defender information for families",
        notes="Vietnamese general information about free lawyers and first court appearances; no individual.",
        frm="Calder County Public Defender <outreach@caldercountypd.org>",
        to="lienhe@vietcommunitywa.org",
        subject=_cp1258("Thông tin về luật sư công miễn phí"),
        body=_cp1258(
            "Kính gửi quý vị,\n\nVăn phòng Luật sư Công Quận Calder cung cấp luật sư miễn phí cho người không đủ khả năng thuê luật sư. "
            "Phiên tòa đầu tiên thường diễn ra trong vòng 48 giờ sau khi bị bắt. Gia đình có thể gọi (360) 555-0130 từ 8 giờ sáng đến 5 giờ chiều.\n\n"
            "Xin chia sẻ với cộng đồng. Cảm ơn quý vị."
        ),
        charset="windows-1258",
        lang="vi",
    ),
]
