"""Non-English and mixed-language mail from the three organisations (8): es, ht, am, ps."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Arabic-script Pashto)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish dental treatment plan to parent",
        notes="Spanish e-mail to a mother's gmail naming her daughter, her cavities and the planned pulpotomy appointment.",
        frm="Riverbend Dental <dental@riverbendchc.org>",
        to="lupita.castaneda77@gmail.com",
        subject="Plan de tratamiento dental de Valeria",
        body=(
            "Estimada Sra. Castañeda:\n\nEn la revisión del 12 de marzo encontramos tres caries en los dientes de leche de su hija "
            "Valeria (7 años). Una está cerca del nervio y necesita una pulpotomía y corona. La cita es el martes 24 de marzo a las "
            "8:30 con el Dr. Farahani. Medicaid cubre el tratamiento.\n\nClínica Dental Riverbend\n937-555-0144"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish produce market announcement",
        notes="Hard negative: Spanish announcement of free produce boxes for families with diabetes or pregnancy; no individual.",
        frm="Harvest Table Food Rx <news@harvesttablefoodrx.org>",
        to="foodrx-news@lists.harvesttablefoodrx.org",
        subject="Mercado de frutas y verduras gratis - miércoles",
        body=(
            "¡Hola!\n\nEl mercado móvil de Harvest Table estará en la iglesia San José este miércoles de 3 a 7 pm. "
            "Si tiene diabetes, presión alta o está embarazada, pregunte por el programa Receta de Alimentos. "
            "No necesita seguro médico.\n\nHarvest Table Food Rx"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Haitian Creole result to son about mother's blood sugar",
        notes="Hard positive: Haitian Creole message to a son's personal mailbox naming his mother and her glucose of 285 with referral.",
        frm="CareRoute Mobile Health <clinical@careroutemobile.org>",
        to="jpierre.dayton@yahoo.com",
        subject="Manman ou - rezilta tès sik la",
        body=(
            "Bonjou Mesye Pierre,\n\nManman ou, Madan Yvrose Pierre, te fè yon tès sik nan kamyonèt CareRoute la jodi a. "
            "Sik li te 285, sa twò wo. Li te di nou ou ka mennen l kay doktè. Nou fè yon randevou pou li nan Riverbend "
            "lendi 23 mas a 10è. Tanpri pote tout medikaman li ap pran.\n\nKim Tran, NP\nCareRoute Mobile Health"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="Haitian Creole free vaccine flyer",
        notes="Haitian Creole flyer about free flu and hepatitis vaccines on the van; no individual.",
        frm="CareRoute Mobile Health <info@careroutemobile.org>",
        to="pastor@eglizbaptisthaitien-dayton.org",
        subject="Vaksen gratis nan kamyonèt la",
        body=(
            "Bonjou Pastè,\n\nTanpri anonse dimanch la: kamyonèt CareRoute ap la devan legliz la samdi 28 mas, 9è pou 1è. "
            "Vaksen grip, vaksen epatit A ak B, ak tès tansyon gratis pou tout moun. Pa bezwen papye.\n\nMèsi,\nCareRoute"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=True,
        category="Amharic blood pressure result to patient",
        notes="Amharic message to patient's gmail naming him, his blood pressure 168/102 and a medication-change appointment.",
        frm="Riverbend Patient Portal <noreply@riverbendchc.org>",
        to="tesfaye.gm1970@gmail.com",
        subject="የምርመራ ውጤትዎ",
        body=(
            "ውድ አቶ ተስፋዬ ገብረመድኅን፣\n\nመጋቢት 9 ቀን በክሊኒካችን የተለካው የደም ግፊትዎ 168/102 ነው። ይህ ከፍተኛ ነው። "
            "ዶክተር ኳርልስ የሊሲኖፕሪል መድኃኒትዎን መጠን ለመቀየር ማርች 26 ሊያይዎት ይፈልጋሉ።\n\n"
            "ሪቨርቤንድ የማኅበረሰብ ጤና ማዕከል\n937-555-0142"
        ),
        charset="utf-8",
        lang="am",
    ),
    Spec(
        phi=False,
        category="Amharic mobile clinic schedule",
        notes="Hard negative: Amharic schedule of free blood pressure and diabetes screening stops; no individual.",
        frm="CareRoute Scheduling <schedule@careroutemobile.org>",
        to="office@ethiopiancommunity-dayton.org",
        subject="የሞባይል ክሊኒክ ፕሮግራም - ሚያዝያ",
        body=(
            "ሰላም፣\n\nየCareRoute ሞባይል ክሊኒክ መኪና ሚያዝያ 3 ከጠዋቱ 4 ሰዓት እስከ 8 ሰዓት በዌስትውድ ቤተ መጻሕፍት ይገኛል። "
            "ነፃ የደም ግፊት፣ የስኳር በሽታ ምርመራ እና ክትባት ይሰጣል። ኢንሹራንስ አያስፈልግም።\n\nእባክዎ ለአባላትዎ ያሳውቁ።\nCareRoute Mobile Health"
        ),
        charset="utf-8",
        lang="am",
    ),
    Spec(
        phi=True,
        category="Pashto Food Rx enrollment to participant",
        notes="Hard positive: Pashto e-mail naming the participant, her gestational diabetes referral and her Food Rx card number.",
        frm="Harvest Table Food Rx <enroll@harvesttablefoodrx.org>",
        to="gul.ahmadzai.92@hotmail.com",
        subject="د خوړو نسخې پروګرام ته ښه راغلاست",
        body=(
            "ګرانې ګل احمدزۍ،\n\nستاسو ډاکټرې د حمل د شکرې ناروغۍ له امله تاسو زموږ د سبزیجاتو پروګرام ته راجع کړې یاست. "
            "ستاسو کارت شمېره HT-21377 ده او هره میاشت ۱۰۰ ډالر پکې اچول کېږي. هره چهارشنبه د کیووي سړک بازار ته راشئ.\n\n"
            "Harvest Table Food Rx\n937-555-0120"
        ),
        charset="utf-8",
        lang="ps",
    ),
    Spec(
        phi=False,
        category="Pashto pantry hours notice",
        notes="Pashto notice of pantry hours and free produce for all families to a refugee resettlement agency; no individual.",
        frm="Partnerships <partners@harvesttablefoodrx.org>",
        to="caseworkers@daytonrefugeeservices.org",
        subject="د خوړو بانک نوي ساعتونه",
        body=(
            "سلام،\n\nمهرباني وکړئ خپلو افغان کورنیو ته ووایاست: د Harvest Table بازار له اپرېل څخه هره چهارشنبه له ۳ بجو تر ۷ بجو "
            "خلاص دی. سبزیجات او حلال غوښه د ټولو کورنیو لپاره وړیا دي. د ژباړې مرسته شته.\n\nHarvest Table Food Rx"
        ),
        charset="utf-8",
        lang="ps",
    ),
]
