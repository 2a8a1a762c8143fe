"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish concussion home-care instructions to mother",
        notes="Spanish message to mother's gmail naming son, his concussion and warning signs after the game.",
        frm="Jordan Pike <jordan.pike@lvhsathletics.org>",
        to="rosa.maddox.m@gmail.com",
        subject="Andrés - golpe en la cabeza esta noche",
        body=(
            "Sra. Maddox:\n\nAndrés Coles-Maddox recibió un golpe en la cabeza en el partido de esta noche y tiene "
            "síntomas de conmoción cerebral (dolor de cabeza, mareo). No puede volver a jugar hasta que un médico lo autorice. "
            "Si vomita, está muy somnoliento o confundido, llévelo a urgencias.\n\nJordan Pike, entrenador atlético, Lincoln Valley"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish registration reminder",
        notes="Hard negative: Spanish league registration reminder mentioning physical exam requirement in general.",
        frm="Registrar <registrar@tricountyyouthfootball.org>",
        to="familias@tricountyyouthfootball.org",
        subject="Inscripción de primavera: examen físico obligatorio",
        body=(
            "Estimadas familias:\n\nLa inscripción para la temporada de primavera cierra el 15 de febrero. Todos los jugadores "
            "necesitan un examen físico firmado por un médico con fecha posterior al 1 de abril. Preguntas: 330-555-0150."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Portuguese physiotherapy plan to father",
        notes="Hard positive: Portuguese note to father's outlook naming daughter's ACL tear and surgery plan.",
        frm="Dr. Paul Ostrowski <postrowski@summitridgesportsmed.com>",
        to="joao.teixeira.br@outlook.com",
        subject="Plano de tratamento da Larissa",
        body=(
            "Sr. João,\n\nA ressonância da Larissa Teixeira confirmou ruptura completa do ligamento cruzado anterior do joelho "
            "esquerdo. Recomendamos cirurgia de reconstrução em outubro e fisioterapia antes (prehab) 2x por semana. "
            "Ela não deve jogar futebol até lá.\n\nDr. Paul Ostrowski"
        ),
        charset="utf-8",
        lang="pt",
    ),
    Spec(
        phi=False,
        category="Portuguese clinic service announcement",
        notes="Portuguese announcement of Saturday injury clinic hours; no patient.",
        frm="Front Desk <frontdesk@summitridgesportsmed.com>",
        to="comunidade@akronbrazilianchurch.org",
        subject="Clínica de lesões esportivas aos sábados",
        body=(
            "Olá! A Summit Ridge atende lesões esportivas aos sábados, das 8h às 11h, sem agendamento. "
            "Atendemos entorses, concussões e fraturas em atletas de todas as idades. Aceitamos a maioria dos convênios."
        ),
        charset="utf-8",
        lang="pt",
    ),
    Spec(
        phi=True,
        category="Tagalog note to aunt about player's asthma attack",
        notes="Tagalog message to aunt's yahoo naming nephew's asthma attack at practice and ER visit.",
        frm="Rick Dorsey <safety@tricountyyouthfootball.org>",
        to="tita.marivic.santos@yahoo.com",
        subject="Tungkol kay Paolo",
        body=(
            "Magandang gabi po Gng. Santos,\n\nSi Paolo Reyes ay inatake ng hika sa practice kanina. Ginamit namin ang "
            "kanyang inhaler pero hindi gumaan ang paghinga kaya dinala siya ng ambulansya sa Akron Children's ER. "
            "Nandoon na po ang kanyang nanay.\n\nRick Dorsey, TCYFL"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog heat safety tips for parents",
        notes="Hard negative: Tagalog heat safety tips for all league families; no child named.",
        frm="TCYFL News <news@tricountyyouthfootball.org>",
        to="families@tricountyyouthfootball.org",
        subject="Paalala: init at tubig",
        body=(
            "Mga magulang, mainit po ngayong linggo. Siguraduhing may dalang dalawang bote ng tubig ang inyong anak. "
            "Kung siya ay nahihilo, nagsusuka o nalilito, sabihan agad ang coach o ang athletic trainer."
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=True,
        category="French referral to sports psychiatrist",
        notes="Hard positive: French referral naming athlete with depression after prolonged concussion and sertraline.",
        frm="Dr. Renata Hollis <rhollis@summitridgesportsmed.com>",
        to="secretariat@cliniquemontroyal-psy.ca",
        subject="Adressage : Mlle Chloé Bérubé",
        body=(
            "Chère consœur,\n\nJe vous adresse Chloé Bérubé, 17 ans, joueuse de hockey, qui présente des symptômes dépressifs "
            "depuis une commotion cérébrale il y a quatre mois. Son médecin de famille a commencé la sertraline 50 mg. "
            "La famille déménage à Montréal le mois prochain.\n\nDre Renata Hollis"
        ),
        charset="iso-8859-15",
        lang="fr",
    ),
    Spec(
        phi=False,
        category="French conference abstract submission",
        notes="Hard negative: French abstract with aggregate concussion cohort results; no individual.",
        frm="Research Coordinator <research@summitridgesportsmed.com>",
        to="congres@sfmes-congres.fr",
        subject="Soumission de résumé : commotions chez les jeunes footballeurs",
        body=(
            "Madame, Monsieur,\n\nVeuillez trouver notre résumé : 214 commotions cérébrales chez des athlètes de moins de 19 ans "
            "(2025) ; délai médian de retour au jeu 16 jours ; 12 % de symptômes persistants au-delà de 28 jours.\n\n"
            "Équipe de recherche, Summit Ridge"
        ),
        charset="iso-8859-15",
        lang="fr",
    ),
]
