"""Non-English mail from the three organisations (8): Spanish, Vietnamese, Portuguese, Nepali."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import unicodedata

from _spec import Spec

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> str:
    """Vietnamese in the windows-1258 form: precomposed base letters plus combining tone marks."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in parts if c not in _TONES)
        out.append(unicodedata.normalize("NFC", base) + "".join(c for c in parts if c in _TONES))
    return "".join(out)


MESSAGES = [
    Spec(
        phi=True,
        category="Spanish insulin adjustment to patient",
        notes="Spanish message to the patient's gmail with her name, A1c and new insulin doses.",
        frm="Cedar Hollow Endocrine <enfermeria@cedarhollowendo.org>",
        to="guadalupe.serrano77@gmail.com",
        subject="Sus resultados y la dosis de insulina",
        body=(
            "Estimada Sra. Guadalupe Serrano:\n\nLa Dra. Cho revisó sus análisis del 6 de mayo. Su hemoglobina A1c salió en 9,1 %. "
            "A partir de mañana, aumente la insulina glargina de 20 a 24 unidades por la noche y siga midiendo el azúcar en ayunas. "
            "Si tiene niveles menores de 70, llámenos al (208) 555-0112.\n\nRenata Holm, enfermera educadora en diabetes"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish camp flyer for families",
        notes="Hard negative: Spanish flyer about the diabetes camp and scholarships; general information, no child named.",
        frm="Camp Sugarpine <hola@campsugarpine.org>",
        to="recepcion@clinicacomunitariacaldwell.org",
        subject="Volante: campamento de verano para niños con diabetes tipo 1",
        body=(
            "Para su sala de espera:\n\n¡CAMPAMENTO DE VERANO PARA NIÑOS CON DIABETES TIPO 1!\nNiños de 7 a 16 años, médicos y enfermeras las 24 horas. "
            "Becas disponibles según ingresos. Inscripción: campsugarpine.org o (208) 555-0185 (hablamos español)."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese CGM order confirmation to son",
        notes="Hard positive: Vietnamese email to a son's yahoo naming his mother, her CGM sensors and the prescribing diabetes clinic.",
        frm="GlucoLink Supply <cskh@glucolinksupply.com>",
        to="tuan.pham.slc@yahoo.com",
        subject="Đơn hàng cảm biến của mẹ anh",
        body=(
            "Chào anh Phạm Minh Tuấn,\n\nĐơn hàng GL-4421506 của mẹ anh, bà Nguyễn Thị Hoa, gồm 2 cảm biến đo đường huyết liên tục FreeStyle Libre 3 Plus, "
            "đã được gửi hôm nay. Bác sĩ kê đơn: Trung tâm Nội tiết Cedar Hollow. Tiền đồng chi trả: 25 USD.\n\n"
            "Nếu cần hỗ trợ, xin gọi (801) 555-0160.\n\nGlucoLink Supply"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese sensor care tips",
        notes="Vietnamese general tips on wearing a CGM sensor sent to a community centre; no individual.",
        frm="GlucoLink Supply <cskh@glucolinksupply.com>",
        to="vanphong@vietnamesecommunityutah.org",
        subject="Hướng dẫn sử dụng cảm biến đường huyết",
        body=_cp1258(
            "Kính gửi Trung tâm,\n\nXin gửi bản hướng dẫn ngắn để phát cho bà con:\n- Rửa tay và lau vùng da bằng cồn.\n- Gắn cảm biến ở mặt sau cánh tay.\n"
            "- Nếu chỉ số thấp, hãy thử lại bằng máy đo đầu ngón tay.\n\nTrân trọng,\nGlucoLink Supply"
        ),
        charset="windows-1258",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Portuguese camp nurse update to mother",
        notes="Portuguese note to a mother's hotmail naming her son at the diabetes camp with his low glucose readings and dose change.",
        frm="Maren Lund RN <enfermaria@campsugarpine.org>",
        to="fernanda.albuquerque@hotmail.com",
        subject="Notícias do Rafael",
        body=(
            "Olá, Fernanda,\n\nO Rafael teve duas hipoglicemias esta noite (59 e 63 mg/dL), tratadas com suco. "
            "Reduzimos a taxa basal noturna em 20%, conforme as ordens do Dr. Ibe. Ele está ótimo e adorou a canoagem!\n\n"
            "Maren Lund, enfermeira do Camp Sugarpine"
        ),
        charset="windows-1252",
        lang="pt",
    ),
    Spec(
        phi=False,
        category="Portuguese clinic hours notice",
        notes="Hard negative: Portuguese notice about interpreter services and diabetes education classes; no individual.",
        frm="Cedar Hollow Endocrine <avisos@cedarhollowendo.org>",
        to="contato@associacaobrasileiraboise.org",
        subject="Aulas de educação em diabetes em português",
        body=(
            "Prezados,\n\nA partir de junho, oferecemos aulas gratuitas de educação em diabetes com intérprete de português, "
            "às terças-feiras às 18h. Temas: alimentação, insulina e monitoramento contínuo de glicose. "
            "Inscrições: (208) 555-0112.\n\nCedar Hollow Endocrine & Diabetes Center"
        ),
        charset="iso-8859-1",
        lang="pt",
    ),
    Spec(
        phi=True,
        category="Nepali thyroid follow-up to patient",
        notes="Hard positive: Nepali message to the patient's gmail naming him, his TSH result and levothyroxine dose.",
        frm="Cedar Hollow Endocrine <messages@cedarhollowendo.org>",
        to="bishnu.gurung.boise@gmail.com",
        subject="तपाईंको थाइरोइड जाँचको नतिजा",
        body=(
            "नमस्ते बिष्णु गुरुङ जी,\n\nमे ६ को तपाईंको TSH जाँच ६.९ आएको छ, जुन सामान्यभन्दा बढी हो। "
            "डा. चोले तपाईंको लेभोथाइरोक्सिन ५० बाट ७५ माइक्रोग्राम बनाउनुभएको छ। "
            "६ हप्तापछि फेरि रगत जाँच गर्नुहोस्।\n\nसिडर हलो इन्डोक्राइन तथा डायबिटिज सेन्टर, (208) 555-0112"
        ),
        lang="ne",
    ),
    Spec(
        phi=False,
        category="Nepali diabetes class invitation",
        notes="Nepali invitation to a community diabetes education class; no individual.",
        frm="Cedar Hollow Endocrine <outreach@cedarhollowendo.org>",
        to="ram.bhattarai.community@gmail.com",
        subject="मधुमेह शिक्षा कक्षाको निमन्त्रणा",
        body=(
            "नमस्कार,\n\nजुन २० शनिबार बिहान १० बजे नेपाली भाषामा निःशुल्क मधुमेह शिक्षा कक्षा हुनेछ। "
            "खाना, व्यायाम र रगतमा चिनीको जाँचबारे जानकारी दिइनेछ। कृपया समुदायमा जानकारी दिनुहोला।\n\nसिडर हलो इन्डोक्राइन तथा डायबिटिज सेन्टर"
        ),
        lang="ne",
    ),
]
