"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish PrEP lab reminder to patient",
        notes="Hard positive: Spanish message to patient's gmail naming him and his overdue PrEP HIV and kidney labs.",
        frm="Navegación PrEP <prep@meridianpositivehealth.org>",
        to="miguel.ochoa.ccity@gmail.com",
        subject="Sus análisis de PrEP",
        body=(
            "Hola Miguel:\n\nLe escribimos de Meridian. Su receta de PrEP (Descovy) no se puede renovar hasta que "
            "se haga la prueba de VIH y de función renal; ya pasaron 12 días. ¿Puede venir el jueves entre 8 y 11?\n\n"
            "Alina Ruiz, navegadora de PrEP\n330-555-0163"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish pantry hours notice",
        notes="General Spanish pantry schedule notice; no individual.",
        frm="Despensa Open Table <pantry@harvestlantern.org>",
        to="parroquia@sanjosecarver.org",
        subject="Horario de la despensa en junio",
        body="Estimados amigos:\n\nEn junio la despensa abrirá martes y jueves de 9 a 3, y el sábado 13 de 10 a 1. Por favor compartan con su comunidad. Todos son bienvenidos.\n\nHarvest Lantern",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="French letter to relative about client's benefits",
        notes="French e-mail to a client's brother naming the client, his ADAP coverage and hospitalisation.",
        frm="Benefits Desk <benefits@bridgewaycm.org>",
        to="pascal.mbemba@laposte.net",
        subject="Dossier de votre frère Étienne",
        body=(
            "Bonjour M. Mbemba,\n\nComme Étienne l'a autorisé, je vous confirme que son assurance ADAP couvre son "
            "traitement anti-VIH jusqu'au 30 septembre. Après son hospitalisation pour pneumonie, il doit renouveler "
            "son dossier Ryan White avant le 15 juin.\n\nCordialement,\nKeisha Dunmore"
        ),
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        phi=False,
        category="French support group announcement",
        notes="Hard negative: French announcement of a support group for people living with HIV; no individual.",
        frm="Community Outreach <outreach@meridianpositivehealth.org>",
        to="association@communautefrancophone-carver.org",
        subject="Groupe de parole en français",
        body="Bonjour,\n\nÀ partir du 4 juin, un groupe de parole en français pour les personnes vivant avec le VIH se réunira le jeudi à 18 h. Gratuit et confidentiel. Merci de diffuser l'information.\n\nDevon",
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        phi=True,
        category="Haitian Creole medication message to patient",
        notes="Hard positive: Haitian Creole message naming patient and her viral load result and medication change.",
        frm="Nurse Line <nurseline@meridianpositivehealth.org>",
        to="jocelyne.pierrelouis@yahoo.com",
        subject="Rezilta ou yo",
        body=(
            "Bonjou Jocelyne,\n\nDoktè a gade rezilta ou: chaj viral ou se 2,300. Li vle chanje medikaman ou pou "
            "Biktarvy, yon grenn chak jou. Tanpri vini vandredi a 10è pou pran nouvo medikaman an.\n\nLucia, enfimyè"
        ),
        charset="utf-8",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="Haitian Creole food distribution notice",
        notes="Haitian Creole notice about a food distribution day; no individual.",
        frm="Open Table Pantry <pantry@harvestlantern.org>",
        to="legliz@eglisebaptistehaitienne-carver.org",
        subject="Distribisyon manje samdi",
        body="Bonjou,\n\nSamdi 16 me, n ap bay manje gratis nan Lantern Hall soti 10è rive 1è. Pa bezwen papye. Tanpri pataje ak kominote a.\n\nMèsi,\nHarvest Lantern",
        charset="utf-8",
        lang="ht",
    ),
    Spec(
        phi=True,
        category="Amharic case manager message to client",
        notes="Hard positive: Amharic message to client's gmail naming him, his HIV clinic visit and housing aid.",
        frm="Teresa Gallo <tgallo@bridgewaycm.org>",
        to="dawit.haile.carver@gmail.com",
        subject="የቀጠሮ ማስታወሻ",
        body=(
            "ሰላም አቶ ዳዊት ኃይሌ፣\n\nበሜሪዲያን ክሊኒክ የኤችአይቪ ሕክምና ቀጠሮዎ ሰኞ ግንቦት 18 ከጠዋቱ 3 ሰዓት ነው። "
            "የቤት ኪራይ እርዳታ ማመልከቻዎ ተቀባይነት አግኝቷል።\n\nቴሬሳ ጋሎ"
        ),
        charset="utf-8",
        lang="am",
    ),
    Spec(
        phi=False,
        category="Amharic HIV testing event notice",
        notes="Hard negative: Amharic notice of free HIV testing at a community event; no individual.",
        frm="Community Outreach <outreach@meridianpositivehealth.org>",
        to="info@ethiopiancommunity-carver.org",
        subject="ነፃ የኤችአይቪ ምርመራ",
        body="ሰላም፣\n\nቅዳሜ ግንቦት 23 በማህበረሰብ አዳራሽ ነፃ እና ሚስጥራዊ የኤችአይቪ ምርመራ ይደረጋል። እባክዎ ለማህበረሰቡ ያሳውቁ።\n\nሜሪዲያን ፖዘቲቭ ሄልዝ",
        charset="utf-8",
        lang="am",
    ),
]
