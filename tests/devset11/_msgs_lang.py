# ruff: noqa: RUF001  (full-width CJK punctuation is what the writers type)
"""Messages in patients' languages (Spanish, Chinese, Vietnamese, Korean), 4 PHI and 4 not (8)."""

from __future__ import annotations

from _att import ics
from _spec import CRL, LFE, SBT, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="es_home_draw_confirmation",
        notes=(
            "Hard positive: Spanish home-draw confirmation to a patient's gmail, address and "
            "fasting glucose"
        ),
        frm=f"Citas a Domicilio <dispatch@{CRL}>",
        to="Sra. Hernández <rhernandez.yakima@gmail.com>",
        subject="Confirmación de su extracción a domicilio",
        body=(
            "Estimada Sra. Hernández:\n\nSu extracción de sangre a domicilio quedó programada "
            "para el jueves 12 de noviembre entre las 7:00 y las 7:30 a.m. en 1820 Orchard "
            "Ave., Yakima. Debe estar en ayunas (8 horas) para la glucosa y la hemoglobina "
            "A1c que pidió la Dra. Achterberg. Si el análisis anterior salió hemolizado, no se "
            "preocupe: es sólo repetir la muestra.\n\nAtentamente,\nDespacho de Extracciones\n"
            "Cascade Ridge Reference Laboratory\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="es_fasting_instructions_flyer",
        notes="Hard negative: Spanish general fasting instructions for any patient, no individual",
        frm=f"Servicios al Cliente <clientservices@{CRL}>",
        to="recepcion@clinicavalleyakima.org",
        subject="Volante: instrucciones de ayuno (español)",
        body=(
            "Hola, les mando el texto del volante para la sala de espera:\n\n"
            "ANTES DE SU ANÁLISIS DE SANGRE\n- Ayuno de 8 a 12 horas (puede tomar agua).\n"
            "- Tome sus medicamentos como siempre, salvo indicación de su médico.\n"
            "- Si le tienen que repetir la muestra (muestra hemolizada o insuficiente), "
            "no tiene costo adicional.\n"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="zh_transfer_date_to_husband",
        notes=(
            "Hard positive: Chinese (GB2312) note to a husband: wife's surname, frozen embryo "
            "transfer date, progesterone"
        ),
        frm=f"Larkspur 护理部 <nursing@{LFE}>",
        to="chen.jianguo.pdx@gmail.com",
        subject="冻胚移植时间确认",
        body=(
            "陈先生您好：\n\n您太太林女士的冻胚移植定在11月17日星期二上午10点半，请10点到诊所，"
            "移植前请喝水保持膀胱充盈。黄体酮注射每晚1毫升继续打，不要停。\n\n"
            "如有出血或腹痛请打电话给我们。\n\nJolene（护士）\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="zh_holiday_hours_notice",
        notes="Chinese (GB2312) holiday hours notice to a community center, no individual",
        frm=f"Larkspur 前台 <frontdesk@{LFE}>",
        to="info@pdxchinesecommunity.org",
        subject="感恩节诊所营业时间",
        body=(
            "您好，请帮忙在社区公告栏张贴：\n\nLarkspur 生殖中心感恩节期间营业时间：\n"
            "11月26日休息；11月27日上午8点至中午12点（仅限监测B超和抽血）。\n"
            "胚胎实验室和液氮罐监控照常24小时运行。\n"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="vi_transfusion_update_to_daughter",
        notes=(
            "Hard positive: Vietnamese update to a daughter's gmail, mother first name, room and "
            "transfusion"
        ),
        frm=f"Helga Marchetti <hmarchetti@{SBT}>",
        to="thuy.nguyenpham@gmail.com",
        subject="Về việc truyền máu của mẹ chị",
        body=(
            "Chào chị Thủy,\n\nMẹ chị (bà Lan, phòng 5N-14) đã được truyền 2 đơn vị hồng cầu "
            "sáng nay, không có phản ứng. Bác sĩ sẽ thử lại huyết sắc tố (Hgb) vào ngày mai. "
            "Nếu cần truyền thêm, chúng tôi sẽ cần mẫu máu mới để làm phản ứng chéo "
            "(crossmatch).\n\nHelga Marchetti, RN\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=False,
        category="vi_blood_drive_notice",
        notes="Vietnamese blood-drive notice to a community association",
        frm=f"Community Relations <community@{SBT}>",
        to="lienlac@tacomavietassoc.org",
        subject="Ngày hiến máu 3 tháng 12",
        body=(
            "Kính gửi Hội,\n\nBệnh viện St. Brendan tổ chức ngày hiến máu vào thứ Năm 3/12, "
            "9 giờ sáng đến 3 giờ chiều tại sảnh chính. Cần tất cả các nhóm máu, đặc biệt là "
            "nhóm O âm. Xin cảm ơn!\n"
        ),
        lang="vi",
    ),
    Spec(
        phi=True,
        category="ko_redraw_request_calendar",
        notes=(
            "Hard positive: Korean (EUC-KR) redraw request to a patient, first name in body, full "
            "name in the invite summary, hemolyzed potassium"
        ),
        frm=f"Cascade Ridge 고객센터 <clientservices@{CRL}>",
        to="minji.kang77@hotmail.com",
        subject="재채혈 안내",
        body=(
            "민지님 안녕하세요,\n\n지난 화요일 채혈하신 칼륨 검사 검체가 용혈되어 결과를 "
            "낼 수 없었습니다. 번거로우시겠지만 재채혈이 필요합니다. 11월 13일 금요일 오전 "
            "9시 Yakima 채혈센터로 예약해 드렸습니다. 비용은 청구되지 않습니다.\n\n"
            "Cascade Ridge Reference Laboratory 고객센터\n"
        ),
        charset="euc-kr",
        lang="ko",
        ics=ics(
            "redraw-1113-0900@cascaderidgelab.com",
            "재채혈 (칼륨) - 강민지",
            "20261113T090000",
            "20261113T091500",
            organizer=f"clientservices@{CRL}",
            location="Cascade Ridge PSC Yakima, 402 W Yakima Ave",
        ),
    ),
    Spec(
        phi=False,
        category="ko_ivf_info_session",
        notes="Korean (EUC-KR) general IVF info session for a community newsletter",
        frm=f"Larkspur Marketing <marketing@{LFE}>",
        to="editor@pnwkoreannews.com",
        subject="난임 설명회 안내",
        body=(
            "안녕하세요, 다음 호 소식지에 실어 주시면 감사하겠습니다.\n\n"
            "Larkspur 난임센터 한국어 설명회: 12월 5일 토요일 오전 10시. 시험관 시술, "
            "난자 동결, 배아 동결 보관에 대해 설명드립니다. 참가비 무료.\n"
        ),
        charset="euc-kr",
        lang="ko",
    ),
]
