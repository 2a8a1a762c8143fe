"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish visit reminder to participant",
        notes="Spanish reminder to participant's gmail naming him and his diabetes-kidney study visit with fasting labs.",
        frm="Columbus Site Coordinators <columbus.crc@meridiantrialsites.com>",
        to="arturo.zelaya.gc@gmail.com",
        subject="Recordatorio: su visita del estudio el lunes",
        body=(
            "Estimado Sr. Arturo Zelaya:\n\nLe recordamos su visita de la semana 4 del estudio de diabetes y enfermedad renal (KC-DM-3310) "
            "el lunes 23 de marzo a las 8:00. Venga en ayunas y traiga su glucómetro y la caja de pastillas del estudio.\n\n"
            "Kendra Moss, coordinadora\nMeridian Trial Sites"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish recruitment flyer text for IRB translation review",
        notes="Hard negative: Spanish recruitment text naming a condition; no individual.",
        frm="Consent Unit <consent@northstarirb.org>",
        to="regulatory@meridiantrialsites.com",
        subject="Texto aprobado del anuncio en español - MIG-118",
        body=(
            "Texto aprobado por la Junta:\n\n«¿Tiene migraña 4 o más días al mes? Adultos de 18 a 65 años podrían participar en un estudio "
            "de un aerosol nasal en investigación. Compensación de hasta 600 dólares. Llame al (614) 555-0150.»\n\nNorthstar IRB"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="French SAE query to Quebec site",
        notes="Hard positive: French pharmacovigilance query naming the participant with birth date and pneumonia hospitalisation.",
        frm="Kestrel Pharmacovigilance <pv@kestrelclinical.com>",
        to="recherche@cliniquesaintlaurent.qc.ca",
        subject="Demande de suivi EIG - patient 410-003",
        body=(
            "Bonjour Madame Gagnon,\n\nPour l'EIG du patient 410-003 (Rémi Tremblay, né le 14/07/1958), hospitalisé le 9 mars pour une pneumonie "
            "à l'Hôpital Maisonneuve-Rosemont : pourriez-vous nous transmettre le résumé de sortie et les résultats de l'hémoculture ?\n\n"
            "Cordialement,\nÉquipe de pharmacovigilance, Kestrel Clinical Research"
        ),
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        phi=False,
        category="French reply to volunteer about registry",
        notes="Hard negative: French reply to a volunteer's gmail about how the research registry works; no health information about her.",
        frm="Kestrel Patient Recruitment <recruit@kestrelclinical.com>",
        to="claire.dubois.mtl@gmail.com",
        subject="Re: inscription au registre de volontaires",
        body=(
            "Bonjour Claire,\n\nMerci de votre intérêt. Le registre ne vous engage à rien : nous vous écrirons seulement lorsqu'une étude "
            "pourrait vous concerner, et vous pourrez vous désinscrire à tout moment. Aucune donnée médicale n'est demandée à l'inscription.\n\n"
            "L'équipe de recrutement Kestrel"
        ),
        charset="utf-8",
        lang="fr",
    ),
    Spec(
        phi=True,
        category="German lab result letter to trial participant",
        notes="German letter to participant's personal mailbox with name and elevated liver enzymes in the study.",
        frm="Kestrel Medical Monitoring <medmon@kestrelclinical.com>",
        to="dieter.kroll@gmx.de",
        subject="Ihre Laborwerte aus der Studie",
        body=(
            "Sehr geehrter Herr Kroll,\n\nbei Ihrer Studienvisite am 12. März lagen Ihre Leberwerte erhöht (ALT 184 U/l, AST 132 U/l). "
            "Die Studienmedikation wird vorsorglich pausiert. Bitte kommen Sie am Donnerstag zur Kontrolle ins Prüfzentrum.\n\n"
            "Mit freundlichen Grüßen\nDr. Nina Paredes, Kestrel Clinical Research"
        ),
        charset="iso-8859-15",
        lang="de",
    ),
    Spec(
        phi=False,
        category="German ethics committee submission checklist",
        notes="Hard negative: German submission checklist to an ethics committee listing document types (incl. Patienteninformation); no individual.",
        frm="Kestrel Regulatory Affairs <regaffairs@kestrelclinical.com>",
        to="ethikkommission@lak-beispiel.de",
        subject="Einreichung KC-RA-5102 - Unterlagenliste",
        body=(
            "Sehr geehrte Damen und Herren,\n\nanbei die Liste der Unterlagen für die Einreichung: Prüfplan v2.0, Patienteninformation und "
            "Einwilligungserklärung (Muster, ohne Patientendaten), Prüferbroschüre, Versicherungsnachweis, Lebensläufe der Prüfärzte.\n\n"
            "Mit freundlichen Grüßen\nKestrel Regulatory Affairs"
        ),
        charset="utf-8",
        lang="de",
    ),
    Spec(
        phi=True,
        category="Japanese message to participant's daughter",
        notes="Hard positive: Japanese email to daughter naming her mother, her hospitalisation and the suspended study drug.",
        frm="Participant Concierge <concierge@kestrelclinical.com>",
        to="yuki.tanabe82@yahoo.co.jp",
        subject="お母様の治験について",
        body=(
            "田辺 由紀 様\n\nお母様の田辺 久子様が3月15日に心不全のため入院されたとの連絡を受けました。"
            "治験薬の投与は退院まで中止いたします。退院後の来院日についてご相談させてください。\n\nKestrel Clinical Research 参加者サポート"
        ),
        charset="iso-2022-jp",
        lang="ja",
    ),
    Spec(
        phi=False,
        category="Japanese site feasibility request",
        notes="Japanese feasibility request to a hospital asking for aggregate patient counts; no individual.",
        frm="Feasibility <feasibility@kestrelclinical.com>",
        to="chiken@sakura-hospital.example.jp",
        subject="治験実施可能性調査のお願い（KC-DM-3310）",
        body=(
            "治験事務局 御中\n\n2型糖尿病かつ慢性腎臓病ステージ3の患者数（過去12か月、概数）と、想定登録数をご回答ください。"
            "個人情報は不要です。\n\nKestrel Clinical Research フィージビリティ担当"
        ),
        charset="utf-8",
        lang="ja",
    ),
]
