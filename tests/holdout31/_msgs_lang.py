# ruff: noqa: RUF001  (full-width CJK punctuation is what these writers type)
"""Non-English and mixed-language mail from the three organisations (6 PHI, 6 not)."""

from __future__ import annotations

from _att import pdf
from _spec import APEX, IRON, VVC, Att, Spec

MESSAGES: list[Spec] = [
    Spec(
        True,
        "Spanish appointment reminder",
        "Reminder in Spanish to the veteran's wife, naming his diabetes visit.",
        f"Marisol Vega <mvega@{VVC}>",
        "lupita.arellano67@yahoo.com",
        "Recordatorio de cita",
        "Hola Sra. Arellano,\n\nLe recuerdo que su esposo, el Sr. Ernesto Arellano, tiene cita el "
        "jueves "
        "19 de noviembre a las 9:00 con el Dr. Lindqvist para el control de su diabetes. Por "
        "favor traiga "
        "su glucómetro y la lista de medicamentos (metformina e insulina glargina).\n\n"
        "Saludos,\nMarisol Vega, enfermera",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        False,
        "Spanish flu clinic flyer",
        "Hard negative: Spanish flu-shot clinic announcement, no individuals.",
        f"Valley Vets Clinic <news@{VVC}>",
        "members-list@valleyvetsclinic.org",
        "Vacunas contra la gripe - sin cita",
        "Estimados veteranos:\n\nLas vacunas contra la gripe y el COVID-19 están disponibles sin "
        "cita de "
        "lunes a viernes, de 8:00 a 16:00. Si tiene diabetes o enfermedad del corazón, la vacuna "
        "es muy "
        "importante. Traiga su tarjeta de identificación.\n\nClínica Comunitaria de Veteranos del "
        "Valle",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        True,
        "Spanish IME letter with PDF",
        "Spanish appointment letter to claimant with claim number and psychiatric IME reason, PDF "
        "in Spanish.",
        f"Apex Scheduling <scheduling@{APEX}>",
        "eusebio.lozano.r@hotmail.com",
        "Su examen médico independiente - 20 de noviembre",
        "Estimado Sr. Eusebio Lozano Reyes:\n\nSu examen médico independiente (psiquiátrico, por "
        "dolor "
        "crónico y depresión, reclamo WC-2026-450877) es el viernes 20 de noviembre a las 14:00. "
        "Tendrá un "
        "intérprete en español. Adjuntamos la carta.\n\nApex Independent Medical Exams",
        charset="iso-8859-1",
        lang="es",
        atts=(
            Att(
                "carta_cita_Lozano.pdf",
                "application/pdf",
                pdf(
                    [
                        "APEX INDEPENDENT MEDICAL EXAMS - CARTA DE CITA",
                        "Reclamante: Eusebio Lozano Reyes   Reclamo WC-2026-450877",
                        "Examen: psiquiátrico (dolor crónico, depresión)  20/11/2026 14:00",
                    ],
                    "Carta de cita",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Spanish chiropractic promo",
        "Hard negative: Spanish promo about auto-accident injuries, generic.",
        f"Ironwood Chiropractic <news@{IRON}>",
        "subscribers@ironwoodchiro.com",
        "¿Tuvo un accidente de auto?",
        "¿Dolor de cuello o espalda después de un accidente? En Ironwood tratamos latigazo "
        "cervical, "
        "ciática y dolores de cabeza. Aceptamos casos de accidentes y hablamos español. Llame al "
        "555-610-4400.",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        True,
        "Vietnamese message to patient's son",
        "Hard positive: Vietnamese note to a son about his mother's acupuncture and back pain, "
        "first names only.",
        f"Mei Lin Zhao <mzhao@{IRON}>",
        "khoa.pham.family@gmail.com",
        "Lịch châm cứu của mẹ anh",
        "Chào anh Khoa,\n\nMẹ anh (bà Pham Thi Lan) đã hoàn thành 4 buổi châm cứu cho đau lưng và "
        "đau thần "
        "kinh tọa. Buổi tiếp theo là thứ Ba 17/11 lúc 10 giờ sáng. Bà nói vẫn còn tê chân trái, "
        "tôi đã báo "
        "bác sĩ Marsh.\n\nMei Lin Zhao, LAc\nIronwood Chiropractic",
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        False,
        "Vietnamese hours notice",
        "Vietnamese clinic hours notice for the holiday.",
        f"Front Desk <frontdesk@{IRON}>",
        "subscribers@ironwoodchiro.com",
        "Giờ làm việc dịp Lễ Tạ Ơn",
        "Kính gửi quý khách,\n\nPhòng khám Ironwood sẽ đóng cửa ngày 26 và 27 tháng 11 nhân dịp "
        "Lễ Tạ Ơn. "
        "Chúng tôi mở cửa lại vào thứ Bảy 28/11 từ 9 giờ đến 13 giờ.\n\nIronwood Chiropractic",
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        True,
        "Chinese IME result to claimant's daughter",
        "Mixed Chinese/English to the daughter, naming father's exam and diagnosis.",
        f"Apex Scheduling <scheduling@{APEX}>",
        "wendy.liu.sf@outlook.com",
        "关于您父亲的体检安排",
        "刘小姐您好：\n\n您父亲刘建国先生（Liu Jianguo）的独立医学检查已改到11月24日上午10点，"
        "检查医生是Dr. Teitelbaum（骨科），主要评估他的腰椎间盘突出和右腿麻木。"
        "请带上他的核磁共振光盘。\n\n"
        "Apex Scheduling",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        False,
        "Chinese translated handout",
        "Hard negative: Chinese handout on back-pain exercises, no individual.",
        f"Dr. Colby Marsh <cmarsh@{IRON}>",
        "translations@langbridgeservices.com",
        "审校：腰痛运动指南",
        "您好，请审校以下翻译：\n\n腰痛运动指南\n1. 猫牛式伸展，每次10下\n2. 桥式运动，"
        "每次保持5秒\n"
        "3. 如出现大小便失禁或双腿麻木，请立即就医。\n\n谢谢，Dr. Marsh",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        True,
        "Korean note to veteran",
        "Korean message to a veteran about his hearing aid and tinnitus follow-up.",
        f"Front Desk <frontdesk@{VVC}>",
        "sungho.yoon55@gmail.com",
        "보청기 예약 안내",
        "윤성호 님께,\n\n이명 및 청력 손실 후속 진료와 보청기 조정 예약이 11월 18일 오후 2시로 "
        "잡혔습니다. "
        "청각과 박 선생님께서 진료하십니다. 변경이 필요하시면 555-204-8800으로 전화 주세요.\n\n"
        "Valley Veterans Community Clinic",
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        False,
        "Korean interpreter vendor",
        "Korean interpreter availability, business only.",
        f"Apex Scheduling <scheduling@{APEX}>",
        "korean@valleyinterpreters.com",
        "통역사 12월 일정 문의",
        "안녕하세요,\n\n12월에 한국어 의료 통역사가 가능한 날짜를 알려 주시겠습니까? 보통 오전 "
        "9시부터 "
        "12시까지 필요합니다. 요금표도 함께 보내 주세요.\n\nApex Scheduling",
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        True,
        "Russian message to claimant",
        "Hard positive: Russian note to the claimant confirming psych exam and her medications "
        "list request.",
        f"Dr. Ruth Adeyemi <radeyemi@{APEX}>",
        "svetlana.morozova83@mail.ru",
        "Ваше обследование 23 ноября",
        "Уважаемая Светлана Морозова,\n\nнапоминаем, что ваше психологическое обследование по "
        "поводу "
        "тревожного расстройства назначено на 23 ноября в 10:00. Пожалуйста, принесите список "
        "лекарств "
        "(сертралин, клоназепам). Переводчик будет на месте.\n\nApex Independent Medical Exams",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        False,
        "Russian staff note",
        "Russian note between staff about interpreter scheduling, no patient.",
        f"Marisol Vega <mvega@{VVC}>",
        f"interpreters@{VVC}",
        "Расписание переводчиков",
        "Коллеги,\n\nв декабре нам нужен русский переводчик по вторникам с 9 до 12. Пожалуйста, "
        "подтвердите до пятницы.\n\nМарисоль",
        charset="koi8-r",
        lang="ru",
    ),
]
