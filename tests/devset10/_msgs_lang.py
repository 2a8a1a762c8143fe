# ruff: noqa: E501, RUF001  (full-width CJK punctuation and Vietnamese diacritics are what these writers type)
"""Non-English mail from all three organisations (9 messages: es 3, vi 2, zh 2, ht 2)."""

from __future__ import annotations

from _spec import CVI, MPD, TCH, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="peds_es_otitis_parent",
        notes="Spanish note to a mother's hotmail: daughter's name, ear infection and amoxicillin dose.",
        lang="es",
        charset="iso-8859-1",
        frm=f"Aisha Bello RN <abello@{MPD}>",
        to="Yesenia Carrillo <yese.carrillo@hotmail.com>",
        subject="Receta para Camila",
        body=(
            "Hola Sra. Carrillo:\n\nLa Dra. Raman revisó a Camila Carrillo Ortiz (fecha de "
            "nacimiento 14/03/2023) hoy y tiene una infección del oído izquierdo (otitis media). "
            "Mandamos la receta de amoxicilina 400 mg/5 mL, 6 mL dos veces al día por 10 días, a "
            "la farmacia Hy-Vee de la calle Oak.\n\nSi la fiebre sigue después de 48 horas o si "
            "le sale sarpullido, llámenos al (319) 555-0145. Tenemos intérprete en español.\n\n"
            "Saludos,\nAisha Bello, enfermera\nMaplewood Pediatrics"
        ),
    ),
    Spec(
        phi=True,
        category="ph_es_tb_cxr_patient",
        notes=(
            "Hard positive: Spanish reminder to a patient's yahoo with his surname, chest X-ray "
            "appointment and latent TB treatment."
        ),
        lang="es",
        charset="iso-8859-1",
        frm=f"Carmen Ibarra RN <cibarra@{TCH}>",
        to="Rigoberto Mendoza <rigo.mendoza78@yahoo.com>",
        subject="Su cita del viernes",
        body=(
            "Buenos días Sr. Mendoza:\n\nLe recuerdo que su radiografía de tórax es este viernes "
            "13 de noviembre a las 8:30 en Clearview Imaging (2900 Grand Ave). Después de ver la "
            "radiografía, si todo está bien, empezamos el tratamiento para la tuberculosis latente "
            "(3 meses, una vez por semana: isoniazida y rifapentina).\n\nNo tiene que pagar nada. "
            "Si no puede ir, llámeme.\n\nCarmen Ibarra, enfermera\nPrograma de Tuberculosis - "
            "Departamento de Salud del Condado Tamarack\n(319) 555-0722"
        ),
    ),
    Spec(
        phi=False,
        category="ph_es_free_vaccine_clinic_flyer",
        notes="Spanish community flyer for a free vaccine clinic sent to a church partner, no individual.",
        lang="es",
        charset="iso-8859-1",
        frm=f"Lauren Whitaker <lwhitaker@{TCH}>",
        to="Parroquia San José <oficina@sanjoselindenpark.org>",
        subject="Clínica de vacunas gratis - sábado 14 de noviembre",
        body=(
            "Estimado Padre Ignacio:\n\n¿Podrían anunciar esto en las misas del domingo?\n\n"
            "CLÍNICA DE VACUNAS GRATIS\nSábado 14 de noviembre, 8:00 a 12:00\nFeria del Condado, "
            "Edificio 4\n- Sarampión (MMR), gripe (influenza) y COVID-19\n- Para niños y adultos, "
            "con o sin seguro médico\n- No se pregunta el estatus migratorio\n- Traiga la cartilla "
            "de vacunación si la tiene\n\nInformación: (319) 555-0740 (se habla español)\n\n"
            "Muchas gracias,\nLauren Whitaker\nDepartamento de Salud del Condado Tamarack"
        ),
    ),
    Spec(
        phi=True,
        category="imaging_vi_mri_prep_son",
        notes="Vietnamese MRI prep note to a son's gmail naming his mother, her exam and her kidney disease.",
        lang="vi",
        charset="utf-8",
        frm=f"Brittany Caldwell <bcaldwell@{CVI}>",
        to="Kevin Pham <kevin.pham.lp@gmail.com>",
        subject="Lịch chụp MRI của bà Phạm Thị Hoa",
        body=(
            "Chào anh Kevin,\n\nBà Phạm Thị Hoa (ngày sinh 02/07/1950) có lịch chụp MRI bụng có "
            "thuốc cản quang vào thứ Hai 16/11 lúc 9:00 sáng tại Clearview Imaging. Vì bà bị bệnh "
            "thận mạn giai đoạn 3, bác sĩ Qureshi cần kết quả xét nghiệm creatinine mới trước ngày "
            "chụp. Bà cần nhịn ăn 4 tiếng trước khi chụp.\n\nChúng tôi sẽ có thông dịch viên "
            "tiếng Việt. Nếu cần đổi lịch, xin gọi (319) 555-0310.\n\nBrittany Caldwell\n"
            "Clearview Imaging"
        ),
    ),
    Spec(
        phi=False,
        category="ph_vi_nail_salon_ventilation",
        notes="Vietnamese environmental-health notice to a nail salon association about ventilation, no individual.",
        lang="vi",
        charset="utf-8",
        frm=f"Sanjay Patel REHS <spatel@{TCH}>",
        to="Hội Thẩm Mỹ Viện <info@iowanailassociation.org>",
        subject="Hội thảo miễn phí: thông gió và an toàn hóa chất trong tiệm nail",
        body=(
            "Kính gửi Hội,\n\nSở Y tế Quận Tamarack mời các chủ tiệm và thợ nail tham dự hội thảo "
            "miễn phí về thông gió và an toàn hóa chất (acetone, MMA, toluene) vào Chủ nhật 22/11 "
            "lúc 10 giờ sáng tại Thư viện Linden Park. Chúng tôi sẽ phát khẩu trang N95 và hướng "
            "dẫn cách lắp quạt hút tại bàn. Có thông dịch viên tiếng Việt.\n\nXin chuyển thông tin "
            "này đến các hội viên.\n\nSanjay Patel, REHS\nSở Y tế Quận Tamarack\n(319) 555-0760"
        ),
    ),
    Spec(
        phi=True,
        category="peds_zh_fever_parent",
        notes=(
            "Hard positive: Simplified Chinese (GB2312) note to a parent's outlook.com mailbox "
            "with the child's first name, flu result and oseltamivir."
        ),
        lang="zh",
        charset="gb2312",
        frm=f"Mei-Ling Cho <mcho@{MPD}>",
        to="Wang Li <wangli.lp@outlook.com>",
        subject="小明的化验结果",
        body=(
            "王女士您好：\n\n小明今天的流感快速检测结果是甲型流感阳性。Raman医生已经把奥司他韦"
            "（达菲）的处方发到Hy-Vee药房，每天两次，一共五天。如果他呼吸困难、嘴唇发紫或者"
            "一直不喝水，请马上去急诊。\n\n他在退烧二十四小时以后才可以回学校。\n\n"
            "Maplewood儿科诊所\n曹美玲（护理协调员）\n(319) 555-0151"
        ),
    ),
    Spec(
        phi=False,
        category="ph_zh_hepb_screening_event",
        notes="Traditional Chinese (Big5) announcement of a free hepatitis B screening event, no individual.",
        lang="zh",
        charset="big5",
        frm=f"Lauren Whitaker <lwhitaker@{TCH}>",
        to="華人協會 <contact@lindenparkchinese.org>",
        subject="免費乙型肝炎篩檢活動（11月21日）",
        body=(
            "各位好：\n\n坦馬拉克縣衛生局將於11月21日（星期六）上午9點至下午1點，在林登公園"
            "社區中心舉辦免費乙型肝炎篩檢和疫苗接種活動。不需要醫療保險，現場有中文翻譯。"
            "亞裔美國人感染乙型肝炎的比例較高，很多人沒有症狀。\n\n請協助轉發給會員。"
            "\n\n坦馬拉克縣衛生局\n(319) 555-0740"
        ),
    ),
    Spec(
        phi=True,
        category="ph_ht_syphilis_result_patient",
        notes=(
            "Hard positive: Haitian Creole message to a patient's icloud: his name, positive "
            "syphilis test and treatment appointment."
        ),
        lang="ht",
        charset="iso-8859-1",
        frm=f"Marcus Greene DIS <mgreene@{TCH}>",
        to="Wesner Joseph <wesner.joseph@icloud.com>",
        subject="Rezilta tès ou",
        body=(
            "Bonjou Mesye Wesner Joseph,\n\nSe Marcus Greene nan Depatman Sante Konte Tamarack. "
            "Tès san ou te fè 4 novanm nan montre ou gen sifilis. Li trè fasil pou trete: yon sèl "
            "piki penisilin. Tanpri vini nan klinik la jedi 12 novanm a 2è pm, 1400 Courthouse Sq, "
            "chanm 110. Li gratis e konfidansyèl.\n\nRele m si ou gen kesyon: (319) 555-0731.\n\n"
            "Marcus Greene\nEspesyalis Entèvansyon Maladi"
        ),
    ),
    Spec(
        phi=False,
        category="imaging_ht_mammogram_event",
        notes="Haitian Creole flyer for a free mammogram day sent to a community partner, no individual.",
        lang="ht",
        charset="iso-8859-1",
        frm=f"Marketing <marketing@{CVI}>",
        to="Sant Kominotè Ayisyen <biwo@haitiancommunityia.org>",
        subject="Jounen mamografi gratis - samdi 21 novanm",
        body=(
            "Bonjou,\n\nClearview Imaging ap ofri mamografi gratis pou fanm 40 an oswa plis ki pa "
            "gen asirans, samdi 21 novanm, 8è di maten rive 2è apremidi, 2900 Grand Ave. Gen "
            "entèprèt kreyòl. Rele (319) 555-0340 pou pran randevou.\n\nTanpri pataje ak manm "
            "kominote a.\n\nMèsi,\nJordan Pike\nClearview Imaging"
        ),
    ),
]
