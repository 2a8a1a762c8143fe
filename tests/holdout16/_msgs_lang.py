"""Non-English outbound mail in the charsets the writers' clients use: 4 with PHI, 4 without."""

# ruff: noqa: RUF001  (CJK punctuation is the point of this file)

from __future__ import annotations

from _spec import QC, TMD, UHP, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish strep result to mother",
        notes=(
            "Hard positive: Spanish message to a mother's hotmail with her daughter's first "
            "name, positive strep test and amoxicillin."
        ),
        frm=f"QuickCare Coralville <coralville@{QC}>",
        to="yesenia.ortega77@hotmail.com",
        subject="Resultado de la prueba de Jazmín",
        body=(
            "Hola Sra. Ortega:\n\nLe escribimos de QuickCare Coralville. El cultivo de garganta de "
            "Jazmín (fecha de nacimiento 08/03/2016) salió POSITIVO para estreptococo. La doctora "
            "Whitford envió amoxicilina 400 mg/5 mL, 10 mL dos veces al día por 10 días, a la "
            "farmacia Hy-Vee. Puede volver a la escuela después de 12 horas de antibiótico y sin "
            "fiebre.\n\nSi tiene preguntas llame al 319-555-0176.\n\nAtentamente,\nBrianna, "
            "recepción\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish open enrollment newsletter",
        notes=(
            "Spanish open enrollment reminder to a community partner for distribution; no "
            "individuals."
        ),
        frm=f"Comunicaciones Unity <communications@{UHP}>",
        to="info@centrolatinoqc.org",
        subject="Inscripción abierta 2027 - información para su comunidad",
        body=(
            "Estimados amigos del Centro Latino:\n\nLa inscripción abierta para los planes 2027 de "
            "Unity Health Plan termina el 15 de enero. Todos los planes incluyen vacunas, exámenes "
            "preventivos y consultas virtuales sin costo. Tenemos asesores que hablan español en "
            "el "
            "1-800-555-0190, de lunes a sábado.\n\n¡Gracias por compartir esta información!\n"
            "Equipo de Comunicaciones\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese BP update to daughter",
        notes=(
            "Hard positive: Chinese (GB2312) message to a daughter's qq.com mailbox about her "
            "father's (named) home blood pressure and medication change."
        ),
        frm=f"RPM Nursing <rpm@{TMD}>",
        to="lihua.chen88@qq.com",
        subject="您父亲的血压情况",
        body=(
            "陈女士您好：\n\n我是TeleMD远程监测护士。您父亲陈国强先生这周在家量的血压偏高，"
            "最高一次是172/96。柯医生已经把他的氨氯地平从5毫克加到10毫克，每天早上一次。"
            "请提醒他每天早晚各量一次血压，如果超过180或者头痛、胸痛，请马上去急诊。\n\n"
            "谢谢！\nKim Lanh Do 护士\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese interpreter service announcement",
        notes=(
            "Chinese (GB2312) announcement that Mandarin interpreters are available in video "
            "visits; no individuals."
        ),
        frm=f"TeleMD Connect <hello@{TMD}>",
        to="office@qcchineseassociation.org",
        subject="TeleMD 视频看诊现提供普通话翻译",
        body=(
            "各位会员朋友：\n\n从十二月一日起，"
            "TeleMD Connect 的视频看诊可以免费提供普通话和粤语翻译。"
            "预约时选择“需要翻译”即可。欢迎转告社区的朋友。\n\nTeleMD Connect 社区服务部\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Vietnamese mammogram appointment to member",
        notes=(
            "Vietnamese message to a member's gmail with her name, member ID and a diagnostic "
            "mammogram appointment after an abnormal screening."
        ),
        frm=f"Renee Obuya <robuya@{UHP}>",
        to="nguyenthimai.dav@gmail.com",
        subject="Lịch hẹn chụp nhũ ảnh của bà",
        body=(
            "Kính gửi bà Nguyễn Thị Mai,\n\nUnity Health Plan xác nhận lịch hẹn chụp nhũ ảnh chẩn "
            "đoán của bà vào thứ Năm, ngày 19 tháng 11 lúc 9 giờ sáng tại Genesis Imaging, sau kết "
            "quả sàng lọc bất thường tuần trước. Mã hội viên: U80477302. Dịch vụ này được bảo hiểm "
            "chi trả 100%.\n\nNếu cần thông dịch viên, xin gọi 1-800-555-0190.\n\nRenee Obuya, RN\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese flu vaccine flyer",
        notes="Vietnamese flu shot information to a community temple; no individuals.",
        frm=f"Unity Health Plan <communications@{UHP}>",
        to="chuaphatquang.davenport@yahoo.com",
        subject="Thông tin tiêm phòng cúm miễn phí",
        body=(
            "Kính gửi Ban quản trị chùa,\n\nUnity Health Plan sẽ tổ chức tiêm phòng cúm miễn phí "
            "tại "
            "chùa vào Chủ nhật 22/11, từ 10 giờ sáng đến 2 giờ chiều. Mọi người trên 6 tháng tuổi "
            "đều có thể tiêm. Xin vui lòng thông báo cho cộng đồng.\n\nTrân trọng,\nUnity Health "
            "Plan\n"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Korean x-ray result to son",
        notes=(
            "Hard positive: Korean (EUC-KR) message to a son's naver.com mailbox about his "
            "mother's (named) wrist fracture and cast."
        ),
        frm=f"QuickCare Bettendorf <bettendorf@{QC}>",
        to="jhkim.family@naver.com",
        subject="어머님 엑스레이 결과 안내",
        body=(
            "김준호 님께,\n\n어제 방문하신 어머님 이순자 님의 손목 엑스레이 결과를 알려드립니다. "
            "영상의학과 판독 결과 왼쪽 손목 골절이 확인되었습니다. 반깁스를 유지하시고 "
            "다음 주 화요일까지 정형외과 진료를 꼭 받으셔야 합니다. 진통제는 타이레놀을 "
            "드셔도 됩니다.\n\n문의: 563-555-0118\nQuickCare 베텐도프\n"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean holiday hours notice",
        notes="Korean (EUC-KR) holiday hours notice to a Korean church bulletin; no individuals.",
        frm=f"QuickCare Urgent Care <hello@{QC}>",
        to="office@qckoreanchurch.org",
        subject="추수감사절 진료 시간 안내",
        body=(
            "안녕하세요,\n\nQuickCare 긴급진료소는 "
            "추수감사절(11월 26일)에 오전 9시부터 오후 3시까지 "
            "진료합니다. 그 외 날짜는 평소대로 오전 8시부터 오후 8시까지입니다. 교회 주보에 실어 "
            "주시면 감사하겠습니다.\n\nQuickCare 드림\n"
        ),
        charset="euc-kr",
        lang="ko",
    ),
]
