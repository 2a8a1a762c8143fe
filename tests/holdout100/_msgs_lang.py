"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, non-Latin scripts)

from __future__ import annotations

from _spec import CHC, CPH, RID, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish syphilis treatment reminder to patient",
        notes="Spanish message to patient's gmail naming her and her second penicillin injection for syphilis.",
        frm=f"Nurse Line <nurseline@{RID}>",
        to="yesenia.carrillo90@gmail.com",
        subject="Su segunda inyección",
        body=(
            "Hola Sra. Yesenia Carrillo:\n\nLe recordamos que su segunda inyección de penicilina para el tratamiento "
            "de la sífilis es el martes 24 de marzo a las 9:30. Es muy importante recibir las tres dosis.\n\n"
            "Enfermería, Riverbend"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish mosquito bite prevention tips",
        notes="Hard negative: Spanish dengue prevention tips to community partner; no individual.",
        frm=f"Cobalt County PIO <pio@{CPH}>",
        to="programas@centrolatinocobalt.org",
        subject="Consejos para prevenir el dengue al viajar",
        body=(
            "Para compartir con su comunidad:\n\nSi viaja a zonas con dengue, use repelente con DEET, "
            "ropa de manga larga y duerma con mosquitero. Si tiene fiebre al regresar, consulte a su médico."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese hepatitis C cure result to son",
        notes="Hard positive: Vietnamese reply to son naming his mother and her hepatitis C cure test result.",
        frm=f"ClearPath Patient Navigator <navigator@{CHC}>",
        to="tuan.nguyen.tran@gmail.com",
        subject="Kết quả xét nghiệm của mẹ anh",
        body=(
            "Chào anh Tuấn,\n\nKết quả xét nghiệm 12 tuần sau điều trị của mẹ anh, bà Trần Thị Hoa, "
            "cho thấy không còn vi-rút viêm gan C. Bà đã khỏi bệnh. Xin nhắc bà tái khám siêu âm gan vào tháng 6.\n\n"
            "ClearPath"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese free hepatitis C testing flyer",
        notes="Vietnamese flyer about free hepatitis C testing for a temple community; no individual.",
        frm=f"ClearPath News <news@{CHC}>",
        to="banquantri@chuaphuochue.org",
        subject="Xét nghiệm viêm gan C miễn phí",
        body=(
            "Kính gửi Ban Quản Trị,\n\nClearPath sẽ tổ chức xét nghiệm viêm gan C miễn phí tại chùa vào Chủ Nhật "
            "ngày 29 tháng 3, từ 10 giờ sáng đến 2 giờ chiều. Kết quả có trong 20 phút. Viêm gan C có thể chữa khỏi."
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Korean TB contact notice to exposed coworker",
        notes="Korean message to contact's naver mailbox naming him as a TB contact with IGRA test booked.",
        frm=f"TB Control <tbcontrol@{CPH}>",
        to="kim.minjun82@naver.com",
        subject="결핵 접촉자 검사 안내",
        body=(
            "김민준 님께,\n\n귀하는 직장에서 활동성 결핵 환자와 접촉한 것으로 확인되었습니다. "
            "3월 25일 오전 10시에 혈액검사(IGRA)가 예약되어 있습니다. 기침이나 발열이 있으면 555-0127로 연락하십시오.\n\n"
            "코발트 카운티 보건국"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean travel vaccine clinic hours notice",
        notes="Hard negative: Korean notice of travel vaccine clinic hours and vaccine list to church group; no individual.",
        frm=f"Travel Medicine <travel@{RID}>",
        to="office@millbrookkoreanchurch.org",
        subject="해외여행 예방접종 안내",
        body=(
            "안녕하십니까,\n\n선교 여행을 준비하시는 분들께: 황열, 장티푸스, A형 간염 예방접종은 "
            "출발 4주 전까지 받으시기 바랍니다. 화요일과 목요일 오후 1시부터 4시까지 예약 없이 방문 가능합니다."
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=True,
        category="Bengali HIV PrEP refill message mixed with English",
        notes="Hard positive: Bengali/English mixed message naming patient and his PrEP refill and HIV test.",
        frm=f"Pharmacy Liaison <rx@{RID}>",
        to="rahim.chowdhury.bd@gmail.com",
        subject="PrEP refill - আপনার ওষুধ",
        body=(
            "রহিম চৌধুরী ভাই,\n\nআপনার PrEP (Descovy) ওষুধ ফার্মেসিতে প্রস্তুত। রিফিলের আগে আপনার HIV পরীক্ষা "
            "নেগেটিভ এসেছে। Please pick up by Friday.\n\nRiverbend Pharmacy"
        ),
        charset="utf-8",
        lang="bn",
    ),
    Spec(
        phi=False,
        category="Bengali hepatitis C awareness message",
        notes="Hard negative: Bengali general hepatitis C awareness text for a community newsletter; no individual.",
        frm=f"ClearPath News <news@{CHC}>",
        to="editor@cobaltbanglanews.org",
        subject="হেপাটাইটিস সি সচেতনতা",
        body=(
            "হেপাটাইটিস সি একটি লিভারের রোগ যা সম্পূর্ণ নিরাময়যোগ্য। ৮-১২ সপ্তাহের ওষুধে ৯৫% এর বেশি মানুষ সুস্থ হন। "
            "বিনামূল্যে পরীক্ষার জন্য ৫৫৫-০১৮৮ নম্বরে কল করুন।"
        ),
        charset="utf-8",
        lang="bn",
    ),
]
