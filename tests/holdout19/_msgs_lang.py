# ruff: noqa: RUF001  (full-width punctuation is how Chinese text is written)
"""Non-English and mixed-language mail from the three organisations, in the charsets their
writers' mail clients really use. 4 PHI, 4 not PHI (one each way per language)."""

from __future__ import annotations

from _spec import BD, CV, SF, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        lang="es",
        charset="iso-8859-1",
        category="Spanish extraction instructions to parent",
        notes="Hard positive: Spanish/English mixed mail to a mother's gmail naming her son, his "
        "extraction under nitrous oxide and the appointment.",
        frm=f"Kayla Brooks <kbrooks@{BD}>",
        to="Marisela Ochoa <mari.ochoa83@gmail.com>",
        subject="Cita de Mateo - jueves 12 de noviembre",
        body="""Hola Sra. Ochoa,

Le recordamos que Mateo tiene cita el jueves 12 de noviembre a las 9:00 de la mañana con el
Dr. Chen en la oficina de Hilliard, para la extracción de la muela de abajo (diente K) y
un mantenedor de espacio. Usaremos óxido nitroso ("gas de la risa").

- Solo desayuno ligero, nada de comer 2 horas antes.
- Si Mateo tiene fiebre o tos, llámenos para cambiar la cita.
- Después de la extracción: comida blanda y nada de popotes por 24 horas.

(English: reminder of Mateo's extraction appointment Thursday 11/12 at 9 AM.)

Gracias,
Kayla Brooks - Brightside Dental Group
(614) 555-0230 (se habla español)""",
    ),
    Spec(
        phi=False,
        lang="es",
        charset="iso-8859-1",
        category="Spanish diabetic foot screening flyer",
        notes="Spanish community flyer for a free diabetic foot screening; no individual.",
        frm=f"Outreach <outreach@{SF}>",
        to="Comunidad <boletin@centrolatinocolumbus.org>",
        subject="Evaluación gratuita de los pies para personas con diabetes",
        body="""¡Hola!

Les agradecemos incluir este aviso en el boletín de diciembre:

EVALUACIÓN GRATUITA DE LOS PIES - sábado 5 de diciembre, 10:00 a 13:00
Centro Latino, 1190 E. 5th Ave

Las personas con diabetes pueden perder la sensibilidad en los pies y desarrollar úlceras
sin darse cuenta. Nuestros podólogos revisarán la circulación, la sensibilidad y la piel, y
enseñarán cómo revisar los pies todos los días. No se necesita seguro médico. Habrá
intérprete.

Stride Foot & Wound Center""",
    ),
    Spec(
        phi=True,
        lang="zh",
        charset="gb2312",
        category="Chinese pre-op instructions to son",
        notes="Simplified Chinese mail to the son's 163.com mailbox: father's name, birth date, "
        "cataract surgery date and pre-op drops.",
        frm=f"Tamika Rowe <trowe@{CV}>",
        to="Wang Lei <wanglei_cbus@163.com>",
        subject="您父亲的白内障手术安排",
        body="""王先生您好：

您父亲王建国先生（出生日期：1946年3月2日）的右眼白内障手术已安排在11月18日（星期三）
上午7:30，地点是Lakeshore手术中心，主刀医生是Castellanos医生。

术前注意事项：
1. 手术前三天开始滴莫西沙星眼药水，每天三次，只滴右眼。
2. 手术当天早上不要吃东西，可以喝少量清水。
3. 降压药照常服用，但阿司匹林请先问一下他的家庭医生。
4. 手术后需要有家人开车接送。

如有问题请打电话 614-555-0191。

Tamika Rowe
ClearView Eye Associates 手术协调员""",
    ),
    Spec(
        phi=False,
        lang="zh",
        charset="big5",
        category="Chinese glaucoma education article",
        notes="Hard negative: Traditional Chinese health-education article on glaucoma with a "
        "physician's name and drug classes; no patient.",
        frm=f"Dr. Marcus Oyelaran <moyelaran@{CV}>",
        to="Editor <editor@columbuschinesenews.org>",
        subject="健康專欄稿件：青光眼",
        body="""編輯您好：

以下是下一期健康專欄的稿件，請參考。

青光眼：沉默的視力殺手
青光眼是視神經慢慢受損的疾病，早期通常沒有任何症狀。四十歲以上、有家族病史、
高度近視或糖尿病的人，風險較高。治療方法包括降眼壓眼藥水、雷射治療（SLT）和
微創手術。最重要的是定期做散瞳眼科檢查。

ClearView Eye Associates 青光眼專科 Marcus Oyelaran 醫師""",
    ),
    Spec(
        phi=True,
        lang="vi",
        charset="utf-8",
        category="Vietnamese wound update to daughter",
        notes="Vietnamese mail to a daughter's yahoo: her father's name, heel ulcer, antibiotic "
        "and next visit.",
        frm=f"Ashley Nguyen <anguyen@{SF}>",
        to="Linh Nguyen <linh.nguyen.cbus@yahoo.com>",
        subject="Cập nhật về vết thương của bố chị",
        body="""Chào chị Linh,

Em là Ashley ở phòng khám Stride Foot & Wound. Bác sĩ Ambrose nhờ em báo cho chị về bố chị,
bác Nguyễn Văn Hải:

- Vết loét ở gót chân trái đã nhỏ lại (2,1 x 1,6 cm, tuần trước là 2,8 x 2,0 cm).
- Bác tiếp tục uống thuốc kháng sinh doxycycline 100 mg, ngày 2 lần, đến hết ngày 20/11.
- Nhớ kiểm tra đường huyết mỗi sáng; lần trước A1c của bác là 8,7.
- Lịch hẹn tiếp theo: thứ Hai 23/11 lúc 10 giờ sáng.

Nếu chân bác sưng đỏ hoặc bị sốt, chị gọi ngay số 614-555-0350 nhé.

Ashley Nguyen
Stride Foot & Wound Center""",
    ),
    Spec(
        phi=False,
        lang="vi",
        charset="utf-8",
        category="Vietnamese kids dental day flyer",
        notes="Vietnamese community notice about a free children's dental day; no individual.",
        frm=f"Brightside Dental <hello@{BD}>",
        to="Hội đồng hương <thongbao@vietcommunityohio.org>",
        subject="Ngày khám răng miễn phí cho trẻ em - 12/12",
        body="""Kính gửi quý Hội,

Brightside Dental Group xin thông báo chương trình khám răng miễn phí cho trẻ em từ 3 đến 12
tuổi vào thứ Bảy, ngày 12 tháng 12, từ 9 giờ sáng đến 1 giờ chiều tại văn phòng Grandview.

- Khám răng, chụp hình, bôi fluoride miễn phí
- Hướng dẫn đánh răng và dinh dưỡng cho phụ huynh
- Có nhân viên nói tiếng Việt

Xin vui lòng đăng ký trước qua số (614) 555-0230.

Trân trọng,
Brightside Dental Group""",
    ),
    Spec(
        phi=True,
        lang="ko",
        charset="euc-kr",
        category="Korean injection appointment to patient",
        notes="Korean mail to a patient's naver.com: her name, right-eye Eylea injection "
        "appointment and diabetic macular edema.",
        frm=f"Gabriela Fuentes <gfuentes@{CV}>",
        to="Kim Soon-ja <soonja.kim1950@naver.com>",
        subject="11월 12일 안과 주사 예약 안내",
        body="""김순자 님께,

ClearView Eye Associates 망막과입니다.
11월 12일(목) 오전 10시 20분에 Raman 선생님과 오른쪽 눈 아일리아(Eylea) 주사 예약이
있습니다. 당뇨병성 황반부종 치료를 위한 네 번째 주사입니다.

- 동공을 확장하므로 보호자와 함께 오시는 것이 좋습니다.
- 안약과 복용 중인 약 목록을 가져오세요.
- 통역이 필요하시면 미리 알려 주세요.

문의: 614-555-0184

Gabriela Fuentes 드림""",
    ),
    Spec(
        phi=False,
        lang="ko",
        charset="euc-kr",
        category="Korean senior center foot seminar",
        notes="Hard negative: Korean health seminar announcement on diabetic foot ulcers with a "
        "physician's name; no patient.",
        frm=f"Outreach <outreach@{SF}>",
        to="Korean Senior Center <info@koreanseniorcolumbus.org>",
        subject="당뇨발 예방 건강강좌 안내 (12월 10일)",
        body="""안녕하세요,

Stride Foot & Wound Center에서 어르신들을 위한 건강강좌를 준비했습니다.

주제: 당뇨병과 발 건강 - 궤양과 절단을 예방하는 방법
강사: Keisha Ambrose 족부전문의 (통역 제공)
일시: 12월 10일(목) 오전 11시
장소: 한인 시니어 센터 강당

무료 발 검사와 양말 선물이 있습니다. 많은 참여 바랍니다.

Stride Foot & Wound Center 드림""",
    ),
]
