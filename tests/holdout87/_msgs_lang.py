"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, non-English punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish update to son about mother's pneumonia",
        notes="Spanish message to a son's gmail naming his mother, her pneumonia, antibiotic and oxygen.",
        frm="Enfermería 1 West <1west@willowbrookterrace.com>",
        to="ramiro.sandoval.v@gmail.com",
        subject="Actualización sobre su mamá",
        body=(
            "Estimado Sr. Ramiro Sandoval:\n\nLe escribimos para informarle que su mamá, la Sra. Irene Sandoval, "
            "tiene neumonía según la radiografía de tórax de hoy. La Dra. Abara le recetó levofloxacino 750 mg "
            "por 5 días y oxígeno a 2 litros. Está comiendo poco pero toma líquidos. Si empeora la enviaremos al hospital "
            "y le llamaremos de inmediato.\n\nAtentamente,\nNicole Ferrante, LPN\nWillowbrook Terrace, (419) 555-0142"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish open house invitation",
        notes="Hard negative: Spanish open-house flyer describing services for people with dementia in general; no individual.",
        frm="Inscripciones Sunward <enrollment@sunwardadultday.org>",
        to="info@centrohispanofairhaven.org",
        subject="Puertas abiertas en Sunward - sábado 5 de diciembre",
        body=(
            "¡Hola!\n\nLes invitamos a nuestra jornada de puertas abiertas el sábado 5 de diciembre de 10 a 13 h. "
            "Conozca nuestro programa de día para adultos mayores: enfermería, comidas, transporte, actividades y "
            "atención especializada para personas con demencia o después de un derrame cerebral. Aceptamos PASSPORT "
            "y pago privado. ¿Pueden compartirlo con sus familias?\n\nYvette Sallis\nSunward Adult Day Health, (419) 555-0150"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Tagalog wound care schedule to patient's wife",
        notes="Hard positive: Tagalog note to a wife's personal mailbox naming her husband's diabetic foot wound and visit schedule.",
        frm="Kayla Frost RN <kfrost@brightpathhomehealth.com>",
        to="lorna.dimaculangan@yahoo.com",
        subject="Iskedyul ng bisita para kay Rodel",
        body=(
            "Magandang araw po, Ginang Dimaculangan,\n\nAng nars ay pupunta po sa bahay ninyo tuwing Lunes, Miyerkoles at "
            "Biyernes para linisin at palitan ang benda ng sugat sa kaliwang paa ni Rodel (diabetic foot ulcer). "
            "Pakisuri po ang asukal niya sa dugo tuwing umaga at isulat sa log. Kung may lagnat o mabaho ang sugat, "
            "tumawag po agad sa (419) 555-0120.\n\nSalamat po,\nKayla Frost, RN\nBrightpath Home Health"
        ),
        charset="iso-8859-1",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog home health aide job posting",
        notes="Hard negative: Tagalog job ad for home health aides describing care tasks; no individual.",
        frm="Recruiting <careers@brightpathhomehealth.com>",
        to="bulletin@filamcommunityohio.org",
        subject="Trabaho: Home Health Aide - Brightpath",
        body=(
            "Naghahanap po ang Brightpath Home Health ng mga Home Health Aide (STNA). Tutulong sa pagligo, pagbibihis, "
            "at paglipat ng mga pasyenteng may stroke, dementia o diabetes sa kanilang tahanan. $18-21 kada oras, "
            "may mileage. Mag-apply sa brightpathhomehealth.com/careers o tumawag sa (419) 555-0120.\n\nSalamat po!"
        ),
        charset="iso-8859-1",
        lang="tl",
    ),
    Spec(
        phi=True,
        category="Vietnamese blood pressure update to daughter",
        notes="Hard positive: Vietnamese note to a daughter's gmail with her father's first name, high blood pressure readings and medication advice.",
        frm="Y tá Sunward <nurse@sunwardadultday.org>",
        to="thuy.nguyen.fh@gmail.com",
        subject="Huyết áp của bố chị hôm nay",
        body=(
            "Chào chị Thủy,\n\nHôm nay huyết áp của bác Bảo đo lúc 10 giờ là 178/96, đo lại lúc 11 giờ là 170/94. "
            "Bác nói sáng nay quên uống thuốc amlodipine. Chúng tôi đã báo cho bác sĩ Phạm. Chị nhớ cho bác uống thuốc "
            "buổi sáng trước khi xe đến đón nhé.\n\nBeatriz Olmos, RN\nSunward Adult Day Health"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese Lunar New Year celebration invitation",
        notes="Vietnamese invitation for families to a Tết celebration; no health information about anyone.",
        frm="Sinh hoạt Sunward <activities@sunwardadultday.org>",
        to="families@sunwardadultday.org",
        subject="Mời gia đình dự Tết tại Sunward",
        body=(
            "Kính gửi quý gia đình,\n\nSunward trân trọng mời quý vị đến dự tiệc mừng Tết Nguyên Đán vào thứ Sáu, "
            "ngày 5 tháng 2, từ 11 giờ đến 13 giờ. Có múa lân, bánh chưng và lì xì cho các cụ. "
            "Xin vui lòng báo số người tham dự trước ngày 29 tháng 1.\n\nTrân trọng,\nSunward Adult Day Health"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Haitian Creole insulin teaching visit to patient",
        notes="Haitian Creole message to a patient's personal mailbox naming him, his new insulin and the nurse teaching visit.",
        frm="Brightpath Scheduling <scheduling@brightpathhomehealth.com>",
        to="jeanclaude.pierrelouis@hotmail.com",
        subject="Vizit enfimyè pou ensilin ou",
        body=(
            "Bonjou Mesye Jean-Claude Pierre-Louis,\n\nEnfimyè Brightpath la ap vin lakay ou jedi 19 novanm a 10è "
            "pou montre w kijan pou pran nouvo ensilin ou an (Lantus 12 inite chak swa) epi kijan pou tcheke sik "
            "nan san w. Tanpri prepare glikomèt ou ak tout medikaman ou yo.\n\nSi w bezwen chanje lè a, rele (419) 555-0120.\n\nBrightpath Home Health"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="Haitian Creole holiday visiting hours notice",
        notes="Haitian Creole notice of holiday visiting hours and flu-season mask rules for all visitors; no resident.",
        frm="Resepsyon Willowbrook <frontdesk@willowbrookterrace.com>",
        to="pastor@egliselumierefairhaven.org",
        subject="Lè vizit pou Jou Aksyon de Gras",
        body=(
            "Bonjou Pastè,\n\nTanpri pataje avèk fanmi kominote a: Jou Aksyon de Gras, vizit nan Willowbrook Terrace "
            "ap ouvè de 9è nan maten rive 8è nan aswè. Pandan sezon grip la, moun ki gen lafyèv oswa tous pa dwe vini. "
            "Gen mask nan antre a.\n\nMèsi,\nWillowbrook Terrace, (419) 555-0142"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
]
