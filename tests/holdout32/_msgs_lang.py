"""Non-English and mixed-language mail of the three organisations (4 PHI, 4 not)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation)

from __future__ import annotations

from _spec import ASC, BPA, SUG, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="Spanish pre-op call summary",
        notes="Hard positive: Spanish pre-op instructions to a daughter's gmail, first name and procedure.",
        frm=f"Enfermería Pre-Op <preop@{ASC}>",
        to="Yesenia Ramírez <yesenia.ramirez94@gmail.com>",
        subject="Instrucciones para la cirugía de su mamá",
        body=(
            "Hola Yesenia:\n\nComo hablamos por teléfono, su mamá Rosa debe llegar el jueves 19 a las\n"
            "6:30 a. m. para la operación de la vesícula (colecistectomía laparoscópica) con el\n"
            "Dr. Moreau. No debe comer nada después de la medianoche. Que no tome la glipizida esa\n"
            "mañana. Traiga la lista de sus medicinas.\n\nGracias,\nLeticia Ávila, RN\n"
            "Coastal Ambulatory Surgery Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish flyer for waiting room",
        notes="Hard negative: Spanish educational text on kidney stones, no individual.",
        frm=f"Comunicaciones <news@{SUG}>",
        to="Imprenta <pedidos@imprentacosta.com>",
        subject="Texto final del folleto: cálculos renales",
        body=(
            "Buenas tardes,\n\nAquí va el texto final para imprimir 500 folletos:\n\n"
            "«¿Qué son los cálculos renales? Son piedras que se forman en el riñón. Tome de 2 a 3 litros\n"
            "de agua al día, reduzca la sal y consulte a su urólogo si tiene dolor en el costado o\n"
            "sangre en la orina.»\n\nSaludos,\nComunicaciones, Seaside Urology Group"
        ),
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese result letter",
        notes="Hard positive: Vietnamese letter to a patient's yahoo with name, DOB and biopsy result (UTF-8).",
        frm=f"Maribel Ochoa <mochoa@{SUG}>",
        to="Phạm Văn Hùng <phamvanhung62@yahoo.com>",
        subject="Kết quả sinh thiết của ông",
        body=(
            "Kính gửi ông Phạm Văn Hùng (ngày sinh 14/03/1962),\n\nKết quả sinh thiết tuyến tiền liệt\n"
            "ngày 2/11 cho thấy ung thư tuyến tiền liệt mức độ thấp (Gleason 3+3). Bác sĩ Kessler muốn\n"
            "gặp ông vào thứ Ba 24/11 lúc 9 giờ để bàn về theo dõi tích cực.\n\n"
            "Phòng khám Seaside Urology Group"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese interpreter scheduling",
        notes="Hard negative: Vietnamese mail to an interpreter agency about staffing hours, no patient.",
        frm=f"OR Scheduling <orsched@{ASC}>",
        to="Điều phối <dieuphoi@lienvietinterpreting.com>",
        subject="Lịch thông dịch viên tháng 12",
        body=(
            "Chào chị Lan,\n\nTrung tâm phẫu thuật cần một thông dịch viên tiếng Việt vào các buổi sáng\n"
            "thứ Ba và thứ Năm trong tháng 12, từ 6 giờ 30 đến 11 giờ. Xin báo giá theo giờ.\n\n"
            "Cảm ơn chị,\nMonique Fairbanks"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Chinese billing reply to son",
        notes="Hard positive: Chinese (GB2312) reply to a son's gmail about his father's pathology bill.",
        frm=f"Billing <billing@{BPA}>",
        to="Chen Wei <chenwei.family@gmail.com>",
        subject="回复：父亲的病理账单",
        body=(
            "陈先生您好：\n\n您父亲陈建国（出生日期1950年6月8日）10月14日的膀胱活检病理费用为212美元，\n"
            "保险已支付180美元，余额32美元。诊断结果已发给刘医生。\n\n"
            "Beacon Pathology Associates 账务部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese clinic hours notice",
        notes="Traditional Chinese (Big5) holiday hours notice sent to a community newspaper.",
        frm=f"Community Outreach <outreach@{SUG}>",
        to="編輯部 <editor@venturachinesenews.com>",
        subject="感恩節門診時間",
        body=(
            "編輯您好：\n\n海濱泌尿科診所感恩節期間門診時間如下：11月26日及27日休診，\n"
            "11月30日恢復正常門診。如有急症請撥打診所電話。\n\n謝謝！"
        ),
        charset="big5",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Korean post-op message",
        notes="Hard positive: Korean (EUC-KR) post-vasectomy instructions to a patient's hotmail.",
        frm=f"Front Desk <frontdesk@{SUG}>",
        to="Kim Jae-won <jaewon.kim80@hotmail.com>",
        subject="정관수술 후 안내",
        body=(
            "김재원 님께,\n\n11월 13일 하다드 선생님께 받으신 정관수술 후 안내입니다. 48시간 동안\n"
            "얼음찜질을 하시고 무거운 물건을 들지 마세요. 12주 후 정액 검사 예약이 2월 5일로\n"
            "잡혀 있습니다. 그 전까지는 피임을 계속하세요.\n\nSeaside Urology Group"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean mixed-language vendor mail",
        notes="Mixed Korean/English vendor mail about microscope maintenance, no patient.",
        frm=f"Lab Manager <labmanager@{BPA}>",
        to="Service <service@hanmedscope.co.kr>",
        subject="Microscope maintenance / 현미경 점검 일정",
        body=(
            "안녕하세요,\n\n12월 3일 오전에 현미경 6대 정기 점검을 부탁드립니다. Please bring spare\n"
            "halogen bulbs and the 40x objective for the BX53 on bench 2.\n\n감사합니다.\nBeacon Pathology"
        ),
        charset="euc-kr",
        lang="ko",
    ),
]
