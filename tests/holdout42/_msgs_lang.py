"""Non-English mail from the three organisations (8): Spanish, Tagalog, Vietnamese and Somali."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, Vietnamese diacritics)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish home health visit update to client's daughter",
        notes="Hard positive: Spanish update to the daughter's gmail naming her mother with fasting glucose, leg swelling and a furosemide change.",
        frm="BrightPath Enfermería <clinical@brightpathhomecare.com>",
        to="gpparedes76@gmail.com",
        subject="Visita de enfermería de su mamá",
        body=(
            "Estimada Sra. Paredes:\n\nLe escribimos sobre su mamá, la Sra. Rosario Paredes. La enfermera Ines Carvalho la visitó hoy: su azúcar "
            "en ayunas fue de 248 y tiene la pierna derecha más hinchada que la semana pasada. El Dr. Ruiz aumentó la furosemida a 40 mg dos veces "
            "al día y pidió análisis de sangre. La enfermera volverá el jueves a las 10:00 para sacarle la sangre. Por favor, ayude a su mamá a "
            "pesarse cada mañana y anote el peso en el cuaderno.\n\nAtentamente,\nBrightPath Home Health\n(815) 555-0170"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish caregiver job posting",
        notes="Hard negative: Spanish job posting that mentions dementia and diabetes care in general; no individual.",
        frm="Recursos Humanos <hr@willowmereliving.com>",
        to="empleos@centrolatinofairhaven.org",
        subject="Oferta de empleo: cuidadores y auxiliares de cocina",
        body=(
            "Buenos días:\n\nWillowmere Assisted Living busca cuidadores (turno de tarde y noche) y auxiliares de cocina. Los cuidadores ayudan a "
            "los residentes a bañarse, vestirse y comer, y acompañan a personas con demencia o diabetes. No se necesita experiencia: ofrecemos "
            "capacitación pagada y clases de inglés. Sueldo desde $19,50 por hora, seguro médico y vacaciones pagadas.\n\n¿Podrían compartir "
            "este anuncio con su comunidad? Las personas interesadas pueden llamar al (320) 555-0140.\n\nGracias,\nRecursos Humanos, Willowmere"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Tagalog pneumonia update to resident's son",
        notes="Hard positive: Tagalog message to the son's gmail naming his father with pneumonia, fever, oxygen level and antibiotic.",
        frm="Kelsey Marchetti RN <kmarchetti@cedarhollowsnf.org>",
        to="rommel.reyes.ph@gmail.com",
        subject="Tungkol sa inyong ama",
        body=(
            "Magandang araw po, G. Rommel Reyes,\n\nIto po ay tungkol sa inyong ama na si G. Ernesto Reyes (Room 1W-116). Kagabi ay nilagnat siya "
            "(38.6 °C) at bumaba ang oxygen niya sa 89%. Ayon sa chest x-ray, may pulmonya siya. Sinimulan ni Dr. Vang ang antibiotic na "
            "levofloxacin 750 mg isang beses sa isang araw sa loob ng 7 araw, at naka-oxygen siya ngayon ng 2 litro. Mas maayos na ang paghinga "
            "niya ngayong umaga at kumain siya ng kalahati ng almusal.\n\nKung may tanong po kayo, tumawag lamang sa 2 West nurses' station sa "
            "(715) 555-0124.\n\nLubos na gumagalang,\nKelsey Marchetti, RN\nCedar Hollow Skilled Nursing"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog caregiver recruitment to community group",
        notes="Hard negative: Tagalog recruitment mail mentioning dementia, Parkinson's and stroke clients in general; no individual.",
        frm="Recruiting <careers@brightpathhomecare.com>",
        to="filamcommunity.riverton@gmail.com",
        subject="Naghahanap kami ng mga caregiver",
        body=(
            "Magandang araw po!\n\nAng BrightPath Home Health ay naghahanap ng mga caregiver at home health aide dito sa Riverton. Tutulong kayo sa "
            "mga kliyente sa paliligo, pagbibihis, pagluluto at pagpapaalala ng gamot. Marami sa aming mga kliyente ay may dementia, Parkinson's o "
            "stroke - libre ang training. Sahod: $20-24 kada oras, puwedeng part-time.\n\nMaaari po ba ninyong ibahagi ito sa inyong mga miyembro? "
            "Tumawag sa (815) 555-0170 o mag-email sa careers@brightpathhomecare.com.\n\nMaraming salamat po!\nRosa Medina, Recruiter"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=True,
        category="Vietnamese fall and low blood pressure update to daughter",
        notes="Hard positive: Vietnamese message to the daughter's outlook mailbox naming her mother with a fall, bruise, low blood pressure and a medication hold.",
        frm="Renata Solberg RN <rsolberg@willowmereliving.com>",
        to="lan.nguyen.mn@outlook.com",
        subject="Về tình trạng của mẹ chị",
        body=(
            "Chào chị Lan,\n\nTôi là Renata Solberg, y tá trưởng ở Willowmere. Sáng nay khoảng 6 giờ, mẹ chị là bà Nguyễn Thị Hoa (phòng 207) bị "
            "té trong phòng tắm. Bà bị bầm ở hông trái nhưng vẫn đi lại được. Huyết áp của bà là 92/58, thấp hơn bình thường, nên chúng tôi đã gọi "
            "bác sĩ Haddad. Bác sĩ cho ngưng thuốc huyết áp amlodipine trong 3 ngày và yêu cầu đo huyết áp mỗi ngày hai lần.\n\nNếu chị có câu hỏi, "
            "xin gọi cho tôi ở số (320) 555-0140.\n\nTrân trọng,\nRenata Solberg, RN\nWillowmere Assisted Living"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese visiting hours and flu season notice",
        notes="Vietnamese notice to families about visiting hours and a free flu shot clinic; no individual.",
        frm="Social Services <socialservices@cedarhollowsnf.org>",
        to="vietnamese-families@lists.cedarhollowsnf.org",
        subject="Thông báo: giờ thăm viếng và mùa cúm",
        body=(
            "Kính gửi quý gia đình,\n\nCedar Hollow mở cửa cho thăm viếng từ 8 giờ sáng đến 8 giờ tối mỗi ngày. Trong mùa cúm, xin quý vị không đến "
            "thăm nếu bị sốt, ho hoặc đau họng, và rửa tay khi vào và ra. Chích ngừa cúm miễn phí cho gia đình vào thứ Năm, ngày 19 tháng 3, từ "
            "1 giờ đến 4 giờ chiều tại phòng sinh hoạt.\n\nTrân trọng,\nPhòng Công tác Xã hội, Cedar Hollow"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Somali diabetes nurse visit update to client's son",
        notes="Hard positive: Somali message to the son's gmail naming his father with high blood sugar, insulin teaching and a Lantus dose change.",
        frm="BrightPath Home Health <clinical@brightpathhomecare.com>",
        to="cabdi.warsame22@gmail.com",
        subject="Booqashada kalkaalisada ee aabbahaa",
        body=(
            "Asc Cabdi,\n\nWaxaan kaa soo qoraynaa xagga aabbahaa, Xaaji Maxamed Warsame. Kalkaalisada BrightPath ayaa booqanaysa gurigiisa Isniinta "
            "iyo Khamiista si ay u hubiso sonkorta dhiigga oo ay u barto sida loo isticmaalo irbadda insulin-ka. Sonkortiisu waxay ahayd 286 "
            "subaxnimadii Jimcaha, taas oo sarreysa. Dhakhtarka, Dr. Ruiz, ayaa kordhiyay qiyaasta Lantus ilaa 24 unug habeenkii.\n\nHaddii aad "
            "su'aalo qabtid, naga soo wac (815) 555-0170.\n\nMahadsanid,\nBrightPath Home Health"
        ),
        charset="iso-8859-1",
        lang="so",
    ),
    Spec(
        phi=False,
        category="Somali flu vaccine clinic notice for families",
        notes="Hard negative: Somali notice about flu season and a free vaccine clinic for families; health topic with no individual.",
        frm="Cedar Hollow Social Services <socialservices@cedarhollowsnf.org>",
        to="info@chippewasomalicenter.org",
        subject="Tallaalka hargabka - qoysaska",
        body=(
            "Qoysaska sharafta leh,\n\nXilligan waa xilliga hargabka. Fadlan ha soo booqan Cedar Hollow haddii aad qabtid qandho, qufac ama cune "
            "xanuun. Tallaalka hargabka waa bilaash qoysaska, Khamiista 19-ka Maarso, 1:00 ilaa 4:00 galabnimo, qolka kulanka. Gacmahaaga dhaq "
            "markaad soo gasho iyo markaad baxdo.\n\nFadlan la wadaag bulshada.\n\nMahadsanid,\nCedar Hollow"
        ),
        charset="iso-8859-1",
        lang="so",
    ),
]
