# ruff: noqa: RUF001
"""Devset5: non-English outbound mail (Spanish, Vietnamese, Chinese, Korean, Russian)."""

from __future__ import annotations

from _att import Att, Spec, pdf, txt

D = "ridgecrestumc.org"

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="es_preop_instructions_parent",
        notes="Pre-operative instructions in Spanish to a mother's personal mailbox: child's "
        "name, surgery, date and fasting times.",
        frm=f"Cirugía Pediátrica <peds.surgery@{D}>",
        to="yesenia.montalvo.r@gmail.com",
        subject="Instrucciones para la cirugía de Santiago - jueves 19 de noviembre",
        lang="es",
        charset="iso-8859-1",
        body="""\
Estimada Sra. Montalvo:

Le confirmamos la cirugía de su hijo Santiago Montalvo Ríos (fecha de nacimiento
03/07/2020) para la reparación de la hernia inguinal derecha con el Dr. Haddad.

  Día: jueves 19 de noviembre de 2026
  Llegada: 6:15 a. m., Centro Quirúrgico Pediátrico, 2.º piso
  Ayuno: nada de comida sólida ni leche después de la medianoche; puede tomar agua o
  jugo de manzana claro hasta las 5:15 a. m.

Si Santiago tiene fiebre, tos o vómitos antes de la cirugía, llámenos al 555-0110 ext. 5830.

Atentamente,
Maribel Córdoba, RN
Cirugía Pediátrica, Ridgecrest University Medical Center
""",
    ),
    Spec(
        phi=True,
        category="es_billing_payment_plan",
        notes="Hard positive: Spanish billing email confirming a payment plan; the account number "
        "and 'parto' (delivery) are the only health content.",
        frm=f"Servicios Financieros al Paciente <billing@{D}>",
        to="dolores.quintanilla77@hotmail.com",
        subject="Confirmación de su plan de pagos",
        lang="es",
        charset="iso-8859-1",
        body="""\
Hola Sra. Quintanilla:

Gracias por llamarnos. Su plan de pagos quedó registrado así:

  Cuenta: 7700189452 (parto y estancia en Mother-Baby, octubre de 2026)
  Saldo: $1,560.00
  Pago mensual: $130.00 durante 12 meses, el día 5 de cada mes, sin intereses

Si su situación cambia, puede solicitar asistencia financiera en cualquier momento.

Paloma Esquivel
Representante de Cuentas de Pacientes | 555-0110 ext. 7012
""",
    ),
    Spec(
        phi=False,
        category="es_mammogram_event_flyer",
        notes="Hard negative: Spanish flyer for a free mammography event with dates, address, "
        "phone and eligibility (age, insurance); no individual.",
        frm=f"Alcance Comunitario <community.outreach@{D}>",
        to="parroquia@sanjosedelvalle.org",
        subject="Mamografías gratuitas - sábado 5 de diciembre (volante para el boletín)",
        lang="es",
        charset="iso-8859-1",
        body="""\
Padre Ignacio y equipo de la parroquia:

¿Podrían incluir este aviso en el boletín del domingo? Gracias.

  MAMOGRAFÍAS GRATUITAS
  Sábado 5 de diciembre, 8:00 a. m. - 1:00 p. m.
  Unidad móvil en el estacionamiento de la parroquia, 212 Calle Mesa
  Para mujeres de 40 años o más, sin seguro médico o con seguro insuficiente.
  No se necesita orden médica. Habrá intérpretes.
  Citas: 555-0110 ext. 5250 (también se aceptan sin cita)

Alcance Comunitario, Ridgecrest University Medical Center
""",
        atts=(
            Att(
                "volante_mamografias_dic.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGECREST UNIVERSITY MEDICAL CENTER",
                        "MAMOGRAFIAS GRATUITAS - sabado 5 de diciembre, 8:00 - 1:00",
                        "Unidad movil, 212 Calle Mesa. Mujeres de 40 anos o mas.",
                        "Citas: 555-0110 ext. 5250",
                    ],
                    "Volante mamografias",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="vi_discharge_instructions_family",
        notes="Vietnamese discharge instructions to a daughter's personal mailbox: father's name, "
        "heart failure medicines and follow-up.",
        frm=f"Dịch vụ Thông dịch <interpreters@{D}>",
        to="ngocanh.pham.family@gmail.com",
        subject="Hướng dẫn xuất viện cho ông Phạm Văn Bảo",
        lang="vi",
        body="""\
Chào chị Ngọc Anh,

Theo yêu cầu của chị, đây là bản dịch hướng dẫn xuất viện của ba chị, ông Phạm Văn Bảo
(ngày sinh 14/02/1959), xuất viện ngày 17/11/2026 sau đợt điều trị suy tim và bệnh phổi
tắc nghẽn mãn tính (COPD).

Thuốc mới:
  - Furosemide 40 mg: uống 1 viên mỗi sáng
  - Spironolactone 25 mg: uống 1 viên mỗi ngày
Cân nặng mỗi sáng. Nếu tăng hơn 1 kg trong 1 ngày hoặc 2 kg trong 1 tuần, hãy gọi phòng
khám tim mạch: 555-0110 số nội bộ 6400.

Tái khám: bác sĩ Ellis, thứ Ba 24/11 lúc 10:30 sáng.

Trân trọng,
Lê Thị Hồng Nhung, Thông dịch viên y tế
Ridgecrest University Medical Center
""",
    ),
    Spec(
        phi=False,
        category="vi_hepatitis_b_screening_event",
        notes="Vietnamese community hepatitis B screening announcement to a community "
        "association; health topic, no individual.",
        frm=f"Alcance Comunitario <community.outreach@{D}>",
        to="banchaphanh@hoinguoivietridgecrest.org",
        subject="Xét nghiệm viêm gan B miễn phí - Chủ nhật 13/12",
        lang="vi",
        body="""\
Kính gửi Ban Chấp hành Hội Người Việt,

Bệnh viện Ridgecrest University Medical Center phối hợp tổ chức buổi xét nghiệm viêm gan B
miễn phí:

  Thời gian: Chủ nhật 13/12/2026, 9 giờ sáng - 1 giờ chiều
  Địa điểm: Trung tâm Cộng đồng, 1880 đường Larkspur
  Đối tượng: người lớn từ 18 tuổi, đặc biệt người sinh ra ở châu Á
  Có thông dịch viên tiếng Việt, không cần bảo hiểm

Viêm gan B thường không có triệu chứng; 1 trong 12 người gốc Á bị nhiễm mà không biết.
Xin vui lòng thông báo cho hội viên. Cảm ơn quý vị.

Phòng Chăm sóc Cộng đồng
""",
    ),
    Spec(
        phi=True,
        category="zh_dialysis_schedule_son",
        notes="Hard positive: Chinese (GB2312) note to a son's personal mailbox about his father's "
        "dialysis chair time, fistula and transplant workup; the father is named only in Chinese "
        "characters.",
        frm=f"Ivo Brandstetter <ivo.brandstetter@{D}>",
        to="lin.weiming.nj@163.com",
        subject="关于您父亲下周的透析安排",
        lang="zh",
        charset="gb2312",
        body="""\
林伟明先生您好：

您父亲林国栋先生下周的透析时间改为周一、三、五上午六点（Clearwater 透析中心，
Hollis 大道 600 号）。他左臂的动静脉瘘已经成熟，下周一开始不再使用颈部导管。
肾移植评估的心脏超声预约在 11 月 25 日上午九点。

如有问题请致电 555-0110 转 4702。

Ivo Brandstetter，活体捐献与移植协调护士
Ridgecrest University Medical Center
""",
    ),
    Spec(
        phi=False,
        category="zh_translation_review_flu_notice",
        notes="Chinese translation of a generic flu clinic notice sent to a translation vendor "
        "for review; no individual.",
        frm=f"Language Access Program <language.access@{D}>",
        to="review@goldenbridgetranslation.com",
        subject="请审校：流感疫苗门诊通知（简体中文）",
        lang="zh",
        body="""\
您好，

请审校以下简体中文通知，周五前回复修改意见即可。

————
流感疫苗接种门诊
时间：每周六上午 9 点至下午 1 点（12 月 5 日至 1 月 30 日）
地点：门诊大楼一楼
六个月以上人群均可接种，无需预约。请携带保险卡；无保险者免费。
咨询电话：555-0110 转 5200
————

谢谢！
Language Access Program, Ridgecrest University Medical Center
""",
    ),
    Spec(
        phi=True,
        category="ko_colonoscopy_prep",
        notes="Korean (EUC-KR) colonoscopy preparation instructions to a named patient's "
        "personal mailbox with date and bowel-prep medication.",
        frm=f"소화기내과 <gi.scheduling@{D}>",
        to="hyejin.seo.1962@naver.com",
        subject="서혜진 님 대장내시경 준비 안내 (12월 3일)",
        lang="ko",
        charset="euc-kr",
        body="""\
서혜진 님께,

12월 3일(목) 오전 8시 대장내시경 검사 예약이 확정되었습니다. 담당 의사: 문정호 박사.

준비 방법:
  - 검사 3일 전부터 씨앗, 견과류, 잡곡을 드시지 마십시오.
  - 전날 저녁 6시: 장정결제(SUTAB) 12정을 물과 함께 복용하십시오.
  - 검사 당일 새벽 3시: 나머지 12정을 복용하십시오.
  - 아스피린은 계속 드셔도 되지만, 당뇨약(메트포르민)은 당일 아침 드시지 마십시오.

검사 후에는 운전을 하실 수 없으니 보호자와 함께 오십시오.
문의: 555-0110 내선 6100

Ridgecrest University Medical Center 소화기내과
""",
    ),
    Spec(
        phi=False,
        category="ko_church_health_seminar",
        notes="Hard negative: Korean invitation to a church health seminar on stomach cancer "
        "screening with statistics and a doctor's name; no patient.",
        frm=f"문정호 <jeongho.moon@{D}>",
        to="office@ridgecrestkoreanchurch.org",
        subject="위암 예방 건강 세미나 안내 (1월 17일)",
        lang="ko",
        charset="euc-kr",
        body="""\
목사님, 안녕하십니까.

지난번 말씀드린 건강 세미나 일정을 보내드립니다.

  주제: 위암과 헬리코박터 - 한인에게 왜 더 중요한가
  일시: 2027년 1월 17일(주일) 오후 1시 30분, 친교실
  강사: 문정호 박사 (Ridgecrest 소화기내과)

한국계 미국인의 위암 발생률은 백인보다 약 5배 높습니다. 세미나 후 내시경 검사 상담과
보험 안내가 있습니다. 주보에 실어 주시면 감사하겠습니다.

문정호 드림
""",
    ),
    Spec(
        phi=True,
        category="ru_transplant_tacrolimus_level",
        notes="Russian (KOI8-R) message to a patient's daughter about her mother's tacrolimus "
        "level and dose change after kidney transplant.",
        frm=f"Marguerite Olander <marguerite.olander@{D}>",
        to="irina.volkova.84@mail.ru",
        subject="Анализ такролимуса у вашей мамы",
        lang="ru",
        charset="koi8-r",
        body="""\
Здравствуйте, Ирина!

Переводчик помог мне написать это письмо. У вашей мамы, Людмилы Петровны Волковой,
уровень такролимуса вчера был 12,8 нг/мл (цель 8-10). Доктор Торн уменьшил дозу:
теперь 3 мг утром и 2 мг вечером, начиная с сегодняшнего вечера. Повторный анализ крови
в понедельник в 7:30 утра, до приёма утренней дозы.

Функция почки (креатинин 1,2) хорошая.

С уважением,
Маргерит Оландер, координатор по трансплантации
555-0110, доб. 4700
""",
    ),
    Spec(
        phi=False,
        category="ru_privacy_notice_translation",
        notes="Hard negative: Russian translation of the Notice of Privacy Practices sent back to "
        "the vendor with edits; talks about medical records and PHI in general.",
        frm=f"Language Access Program <language.access@{D}>",
        to="review@goldenbridgetranslation.com",
        subject="Правки к переводу уведомления о конфиденциальности (NPP v2026)",
        lang="ru",
        charset="windows-1251",
        body="""\
Добрый день!

Наш медицинский переводчик просмотрел русский перевод уведомления о порядке
использования медицинской информации. Правки:

  1. «медицинская карта» вместо «медицинская запись» во всём тексте.
  2. Раздел «Ваши права»: «получить копию своей медицинской информации в электронном
     виде» - добавить «в течение 30 дней».
  3. Телефон офиса по защите конфиденциальности: 555-0110, доб. 1090.

Исправленный файл - во вложении.

Language Access Program
""",
        atts=(txt("NPP_ru_v2026_edits.txt",
                  "Раздел 2, абзац 3: заменить «медицинская запись» на «медицинская карта».\n"
                  "Раздел 5: добавить срок 30 дней.\n"),),
    ),
]
