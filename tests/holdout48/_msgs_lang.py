"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _spec import BLA, CBR, LRR, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish case update to mother about son's cerebral palsy",
        notes="Hard positive: Spanish update to the mother's gmail naming her son, his cerebral palsy and a pediatric neurology evaluation.",
        frm=f"Graham Calloway <gcalloway@{CBR}>",
        to="rosa.villalobos.mke@gmail.com",
        subject="Actualización del caso de Mateo",
        body=(
            "Estimada Sra. Villalobos:\n\nLe escribo para informarle que el neurólogo pediátrico, el Dr. "
            "Samuel Ortega, evaluará a Mateo el 9 de noviembre a las 10:00 en su consultorio. Él confirmará "
            "el diagnóstico de parálisis cerebral espástica y revisará las resonancias magnéticas del "
            "hospital. Por favor traiga la lista de medicamentos de Mateo (baclofeno y Miralax) y su "
            "plan escolar.\n\nAtentamente,\nGraham Calloway\nCalloway Brandt & Reyes LLP"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish malpractice intake flyer",
        notes="Spanish flyer for a community centre about when to call a lawyer after a medical error; no individual.",
        frm=f"Intake <intake@{CBR}>",
        to="info@centrohispanomke.org",
        subject="Folleto en español: ¿Sufrió un error médico?",
        body=(
            "Buenos días:\n\nAdjuntamos el texto de nuestro folleto para su tablero de anuncios:\n\n"
            "¿SUFRIÓ UN ERROR MÉDICO? Si usted o un familiar sufrió una lesión por un diagnóstico tardío, "
            "un error de cirugía o de medicamentos, llámenos para una consulta gratuita. En Wisconsin el "
            "plazo para presentar una demanda es limitado. Hablamos español: (414) 555-0122.\n\n"
            "Gracias,\nCalloway Brandt & Reyes"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="French request to applicant about hypertension treatment",
        notes="Hard positive: French letter to an applicant's gmail naming her hypertension medication and cardiologist.",
        frm=f"Underwriting <underwriting@{BLA}>",
        to="genevieve.lacasse@gmail.com",
        subject="Votre demande d'assurance vie BL-7742118",
        body=(
            "Madame Lacasse,\n\nNous avons bien reçu votre demande. Lors de l'entretien téléphonique, vous "
            "avez indiqué prendre du périndopril 8 mg pour une hypertension artérielle suivie par le "
            "Dr Thibodeau, cardiologue. Pourriez-vous nous transmettre vos trois dernières mesures de "
            "tension et le compte rendu de votre échographie cardiaque de mars ?\n\nCordialement,\n"
            "Service de la tarification, Bellwether Life Assurance"
        ),
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        phi=False,
        category="French notice to clinic about request portal",
        notes="Hard negative: French notice to a clinic about the vendor's new request portal; mentions records in general only.",
        frm=f"Client Services <clientservices@{LRR}>",
        to="archives@cliniquesaintlaurent.ca",
        subject="Nouveau portail de demandes de dossiers médicaux",
        body=(
            "Bonjour,\n\nÀ partir du 1er novembre, Ledgerline transmettra ses demandes de dossiers médicaux "
            "par un portail sécurisé plutôt que par télécopieur. Vous recevrez un lien d'activation. "
            "Aucune information sur des patients n'est incluse dans ce courriel.\n\nMerci,\n"
            "Ledgerline Record Retrieval"
        ),
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        phi=True,
        category="German records request for cardiology discharge letter",
        notes="Hard positive: German request to a clinic naming the patient, DOB, myocardial infarction admission and stent.",
        frm=f"Requests Team <requests@{LRR}>",
        to="patientenakten@klinikum-am-see.de",
        subject="Anforderung Arztbrief - Herr Jürgen Albrecht",
        body=(
            "Sehr geehrte Damen und Herren,\n\nim Auftrag unseres Mandanten bitten wir um Kopien des "
            "Entlassungsbriefs und der Herzkatheterbefunde von Herrn Jürgen Albrecht, geb. 14.02.1964, "
            "stationär vom 03.05.2025 bis 10.05.2025 wegen eines Herzinfarkts (Stent-Implantation RIVA). "
            "Die unterschriebene Schweigepflichtentbindung liegt bei.\n\nMit freundlichen Grüßen\n"
            "Ledgerline Record Retrieval"
        ),
        charset="iso-8859-1",
        lang="de",
    ),
    Spec(
        phi=False,
        category="German treaty meeting agenda to reinsurer",
        notes="Hard negative: German agenda about underwriting guidelines for diabetes and BMI classes; no individual.",
        frm=f"Reinsurance Desk <reinsurance@{BLA}>",
        to="vertrag@rheinruck.de",
        subject="Tagesordnung Vertragsverlängerung 2027",
        body=(
            "Sehr geehrter Herr Köhler,\n\nanbei die Tagesordnung für unser Gespräch am 10. November:\n"
            "1. YRT-Raten 2027\n2. Automatische Zeichnungsgrenzen\n3. Richtlinien für Diabetes Typ 2 und "
            "BMI-Klassen\n4. Sterblichkeitsstudie 2021-2025 (aggregiert)\n\nMit freundlichen Grüßen\n"
            "Bellwether Life Assurance"
        ),
        charset="iso-8859-1",
        lang="de",
    ),
    Spec(
        phi=True,
        category="Polish update to daughter about father's stroke case",
        notes="Hard positive: Polish e-mail to the daughter's gmail naming her father, his stroke and his rehabilitation.",
        frm=f"Maya Reyes <mreyes@{CBR}>",
        to="agnieszka.wrobel77@gmail.com",
        subject="Sprawa taty - dokumentacja ze szpitala",
        body=(
            "Pani Agnieszko,\n\notrzymaliśmy pełną dokumentację medyczną Pana Tadeusza Wróbla ze szpitala "
            "St. Brendan. Wynika z niej, że objawy udaru (niedowład prawej ręki, zaburzenia mowy) "
            "odnotowano o 14:20, a tomografię wykonano dopiero po czterech godzinach. Proszę przesłać nam "
            "wypis z ośrodka rehabilitacji, w którym tata przebywa od sierpnia.\n\nZ poważaniem,\n"
            "Maya Reyes, Calloway Brandt & Reyes LLP"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=False,
        category="Polish application process guide for agents",
        notes="Polish guide for agents on the application steps, generic mention of medical exam; no individual.",
        frm=f"Field Support <fieldsupport@{BLA}>",
        to="biuro@polonia-ubezpieczenia.com",
        subject="Jak złożyć wniosek o ubezpieczenie na życie - przewodnik",
        body=(
            "Dzień dobry,\n\nprzesyłamy krótki przewodnik dla klientów polskojęzycznych:\n"
            "1. Wypełnienie wniosku online (20 minut).\n2. Rozmowa telefoniczna o stanie zdrowia.\n"
            "3. Ewentualne badanie paramedyczne w domu klienta.\n4. Decyzja w ciągu 10-15 dni roboczych.\n\n"
            "Pozdrawiamy,\nBellwether Life Assurance"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
]
