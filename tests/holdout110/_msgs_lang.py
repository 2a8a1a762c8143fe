"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _spec import KRC, MTL, RRM, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish records-ready letter to patient",
        notes="Spanish notice to patient's gmail naming her and her diabetes clinic records ready for pickup.",
        frm=f"Release of Information <roi@{RRM}>",
        to="guadalupe.ybarra71@gmail.com",
        subject="Sus expedientes médicos están listos",
        body=(
            "Estimada Sra. Guadalupe Ybarra:\n\nLas copias de su expediente de la Clínica de Diabetes "
            "(consultas de enero a septiembre de 2026, incluidos los resultados de hemoglobina A1c) ya están "
            "listas. Puede recogerlas en la ventanilla de Archivo Clínico, planta baja, con una identificación.\n\n"
            "Riverbend Regional Medical Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish explanation of how to request records",
        notes="Hard negative: Spanish general instructions on requesting medical records; no individual.",
        frm=f"Keystone Customer Care <care@{KRC}>",
        to="recepcion@clinicalatinamadison.org",
        subject="Cómo solicitar expedientes médicos (hoja informativa)",
        body=(
            "Hola:\n\nPara sus pacientes hispanohablantes: para pedir una copia de su expediente médico, el paciente "
            "debe firmar una autorización, indicar las fechas y el tipo de registros (por ejemplo, análisis o notas "
            "de salud mental) y mostrar identificación. El costo de la copia electrónica es $6.50.\n\nKeystone"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Tagalog update to client's wife about his surgery records",
        notes="Hard positive: Tagalog message to the wife naming husband Rodel and his knee surgery records for the case.",
        frm=f"Paralegal Team <paralegals@{MTL}>",
        to="marites.dizon@yahoo.com",
        subject="Tungkol sa mga rekord ni Rodel",
        body=(
            "Magandang araw po Gng. Dizon,\n\nNatanggap na po namin ang mga rekord ng operasyon sa tuhod ni Rodel "
            "(ACL reconstruction sa Riverbend, Setyembre 8). Kailangan pa po namin ang resibo ng physical therapy "
            "para sa kaso niya. Maaari po ba ninyong ipadala ngayong linggo?\n\nSalamat po,\nMarlow & Teague"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog office hours and consultation notice",
        notes="Tagalog notice of free consultation hours; no individual.",
        frm=f"Intake <intake@{MTL}>",
        to="community@filipinoassocwi.org",
        subject="Libreng konsultasyon para sa mga naaksidente",
        body=(
            "Kumusta po!\n\nAng Marlow & Teague ay nag-aalok ng libreng konsultasyon tuwing Sabado, 9 hanggang 12 ng "
            "tanghali, para sa mga naaksidente sa sasakyan o sa trabaho. May Tagalog na tagasalin. Tumawag sa "
            "(608) 555-0119.\n\nSalamat po."
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=True,
        category="Nepali message to patient about record release",
        notes="Hard positive: Nepali notice to patient's gmail naming him and his TB treatment records sent to the health department.",
        frm=f"Privacy Office <privacy@{RRM}>",
        to="bishnu.gurung.wi@gmail.com",
        subject="तपाईंको स्वास्थ्य रेकर्डबारे जानकारी",
        body=(
            "आदरणीय बिष्णु गुरुङ ज्यू,\n\nतपाईंको क्षयरोग (टीबी) उपचारको रेकर्ड (जुलाई देखि अक्टोबर २०२६) कानुन अनुसार "
            "डेन काउन्टी जनस्वास्थ्य विभागलाई पठाइएको जानकारी गराउँछौं। प्रश्न भए (608) 555-0142 मा सम्पर्क गर्नुहोस्।\n\n"
            "रिभरबेन्ड रिजनल मेडिकल सेन्टर"
        ),
        charset="utf-8",
        lang="ne",
    ),
    Spec(
        phi=False,
        category="Nepali general notice about patient rights to records",
        notes="Hard negative: Nepali flyer on the right to obtain one's own medical records; no individual.",
        frm=f"Release of Information <roi@{RRM}>",
        to="info@bhutanesenepalicommunitywi.org",
        subject="आफ्नो मेडिकल रेकर्ड पाउने अधिकार",
        body=(
            "नमस्ते,\n\nहरेक बिरामीलाई आफ्नो मेडिकल रेकर्डको प्रतिलिपि पाउने अधिकार छ। फारम भरेर हस्ताक्षर गर्नुहोस् र परिचयपत्र "
            "ल्याउनुहोस्। दोभाषे सेवा निःशुल्क उपलब्ध छ।\n\nरिभरबेन्ड रिजनल मेडिकल सेन्टर"
        ),
        charset="utf-8",
        lang="ne",
    ),
    Spec(
        phi=True,
        category="German records request to clinic abroad",
        notes="German request to a German clinic naming the client, DOB and her treatment there after a ski accident.",
        frm=f"Gavin Teague <gteague@{MTL}>",
        to="patientenakten@klinikum-garmisch-example.de",
        subject="Anforderung von Behandlungsunterlagen - Frau Henrike Baumgärtner",
        body=(
            "Sehr geehrte Damen und Herren,\n\nwir vertreten Frau Henrike Baumgärtner, geb. 14.03.1982, die nach einem "
            "Skiunfall vom 02.02.2026 in Ihrem Haus wegen einer Tibiakopffraktur operiert wurde. Bitte übersenden Sie uns "
            "Kopien des OP-Berichts und des Entlassungsbriefs. Eine unterschriebene Schweigepflichtentbindung liegt bei.\n\n"
            "Mit freundlichen Grüßen\nGavin Teague, Marlow & Teague LLP"
        ),
        charset="iso-8859-15",
        lang="de",
    ),
    Spec(
        phi=False,
        category="German vendor inquiry about scanning hardware",
        notes="Hard negative: German inquiry about scanner warranty for a records office; mentions 'Patientenakten' generically.",
        frm=f"Keystone IT <it@{KRC}>",
        to="vertrieb@scanwerk-example.de",
        subject="Anfrage: Garantie für Dokumentenscanner",
        body=(
            "Guten Tag,\n\nwir digitalisieren Patientenakten für Krankenhäuser in den USA und möchten 4 Scanner Ihres "
            "Modells SW-900 kaufen. Gilt die Garantie auch außerhalb der EU? Wie lange dauert die Lieferung?\n\n"
            "Viele Grüße\nKeystone Record Copy Services"
        ),
        charset="iso-8859-15",
        lang="de",
    ),
]
