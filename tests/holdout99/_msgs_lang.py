"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Ethiopic and Arabic punctuation)

from __future__ import annotations

from _spec import HHR, RMC, SRH, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish discharge instructions to patient's daughter",
        notes="Spanish message to daughter's gmail naming her father, his pneumonia and antibiotics.",
        frm=f'"Luis Ferreira, MSW" <luis.ferreira@{RMC}>',
        to="marisela.ochoa.tac@gmail.com",
        subject="Instrucciones de alta de su papá",
        body=(
            "Estimada Marisela:\n\nSu papá, el Sr. Aurelio Ochoa, fue dado de alta de urgencias esta mañana con "
            "diagnóstico de neumonía. Debe tomar amoxicilina 1 g tres veces al día por 7 días y volver si tiene "
            "fiebre de más de 39 °C o le falta el aire. Tiene cita con su médico el jueves 19 de marzo.\n\n"
            "Luis Ferreira, trabajador social - Riverbend"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish shelter resource flyer",
        notes="Spanish list of shelters and clinic hours for all patients; no individual.",
        frm=f"ED Case Management <edcm@{RMC}>",
        to="coalition@piercehomelesscoalition.org",
        subject="Hoja de recursos en español",
        body=(
            "Albergues y clínicas gratuitas en Tacoma:\n- Centro de calentamiento Eastside: 7 p. m. a 7 a. m.\n"
            "- Clínica gratuita Hilltop: martes y jueves, 5 a 8 p. m.\n- Línea de desintoxicación 24 horas: 253-555-0188"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Haitian Creole HIV appointment reminder",
        notes="Hard positive: Creole message to client's email naming him and his HIV clinic visit and viral load draw.",
        frm=f'"Kim Moreno, RN" <k.moreno@{SRH}>',
        to="jeanrobert.pierrelouis@hotmail.com",
        subject="Randevou ou jedi",
        body=(
            "Bonjou Jean-Robert,\n\nSe Kim ki ekri w. Pa bliye randevou ou nan klinik VIH la jedi 19 mas a 10è. "
            "Y ap pran san pou konte chaj viral ou. Kontinye pran Biktarvy chak jou. Nou ka vin chèche w bò pon an a 9è.\n\nKim, StreetReach"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="Haitian Creole cold weather notice",
        notes="Creole general cold weather notice for all clients; no individual.",
        frm=f"StreetReach Outreach <outreach@{SRH}>",
        to="pastor@eglisebaptisteharmonie.org",
        subject="Avi fredi: sant chofaj ouvè",
        body=(
            "Bonjou pastè,\n\nTanpri pataje avi sa a: sant chofaj Eastside ouvè chak swa 7è pou 7è. "
            "Kamyonèt StreetReach ap bay kouvèti ak manje cho. Rele 253-555-0170 si yon moun bezwen èd."
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=True,
        category="Amharic message to resident's brother about surgery",
        notes="Hard positive: Amharic message to brother naming resident Tsegaye and his leg surgery recovery and insulin.",
        frm=f'"Grace Lindahl, RN" <g.lindahl@{HHR}>',
        to="dawit.bekele.sea@gmail.com",
        subject="ስለ ወንድምዎ ፀጋዬ",
        body=(
            "ሰላም አቶ ዳዊት፣\n\nወንድምዎ ፀጋዬ በቀለ ከእግር ቀዶ ጥገና በኋላ በሄቨን ሃውስ በደንብ እያገገመ ነው። "
            "ቁስሉ እየዳነ ነው፣ የስኳር ኢንሱሊኑንም በቀን ሁለት ጊዜ ይወስዳል። ቅዳሜ ሊጠይቁት ይችላሉ።\n\nግሬስ፣ ሄቨን ሃውስ"
        ),
        charset="utf-8",
        lang="am",
    ),
    Spec(
        phi=False,
        category="Amharic respite services notice",
        notes="Amharic description of respite services for a community organisation; no individual.",
        frm=f"Haven House Respite <info@{HHR}>",
        to="office@ethiopiancommunitytacoma.org",
        subject="ስለ ሄቨን ሃውስ አገልግሎት",
        body=(
            "ሰላም፣\n\nሄቨን ሃውስ ከሆስፒታል ለሚወጡ ቤት ለሌላቸው ሰዎች የማገገሚያ አልጋዎች አሉት። "
            "የቁስል እንክብካቤ እና የመድኃኒት ድጋፍ እንሰጣለን። ለበለጠ መረጃ 253-555-0190 ይደውሉ።"
        ),
        charset="utf-8",
        lang="am",
    ),
    Spec(
        phi=True,
        category="Arabic follow-up to patient's wife",
        notes="Arabic message to wife's email naming husband, his kidney stone ED visit and urology follow-up.",
        frm=f'"Dana Okafor, RN CM" <dana.okafor@{RMC}>',
        to="huda.alsaadi@outlook.com",
        subject="متابعة زوجك السيد سامي",
        body=(
            "السيدة هدى المحترمة،\n\nزوجك السيد سامي الساعدي راجع قسم الطوارئ ليلة أمس بسبب حصوة في الكلية. "
            "تم إعطاؤه مسكناً وخرج صباحاً. لديه موعد في عيادة المسالك البولية يوم الاثنين 23 مارس الساعة 11 صباحاً.\n\nدانا، إدارة الحالات - ريفربند"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic interpreter scheduling",
        notes="Hard negative: Arabic request to interpreter agency for ED coverage hours; no patient.",
        frm=f"ED Case Management <edcm@{RMC}>",
        to="scheduling@pugetinterpreters.com",
        subject="طلب مترجمين للغة العربية",
        body=(
            "مرحباً،\n\nنحتاج مترجماً للغة العربية في قسم الطوارئ أيام الجمعة والسبت من 4 مساءً حتى منتصف الليل خلال شهر أبريل. "
            "يرجى تأكيد التوفر.\n\nشكراً"
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
