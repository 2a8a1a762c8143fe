"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Arabic punctuation)

from __future__ import annotations

from _spec import MGA, SSC, WTH, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish case update to patient's sister",
        notes="Hard positive: Spanish update to a sister's hotmail naming the patient with a fractured pelvis and surgery plan.",
        frm=f"Coordinación Médica <coordinacion@{MGA}>",
        to="lupita.carrasco.v@hotmail.com",
        subject="Actualización sobre su hermano Ernesto",
        body=(
            "Estimada Sra. Carrasco:\n\nLe escribimos de Meridian Global Assist. Su hermano, el Sr. Ernesto Carrasco Villalobos, "
            "sigue ingresado en el Hospital Ángeles de Tijuana con una fractura de pelvis. Mañana le operan y, si todo va bien, "
            "lo trasladaremos a San Diego el viernes en ambulancia terrestre.\n\nUn saludo,\nCoordinación Médica"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish crew flu vaccination campaign notice",
        notes="Spanish notice to all crew about the flu vaccination campaign; no individual.",
        frm=f"Crew Medical <crewmedical@{SSC}>",
        to="tripulacion.horizon@solaceseas-medical.com",
        subject="Campaña de vacunación contra la gripe",
        body=(
            "A toda la tripulación:\n\nLa vacunación contra la gripe será del 26 al 30 de octubre en el centro médico, "
            "de 14:00 a 16:00. Es gratuita y obligatoria para el personal de cocina y de atención al huésped. "
            "Traiga su tarjeta de tripulante.\n\nServicio Médico de Tripulación"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Portuguese guarantee of payment to Brazilian hospital",
        notes="Portuguese GOP naming the insured, policy number and dengue admission, sent to a São Paulo hospital.",
        frm=f"Gestão de Casos <cases@{MGA}>",
        to="internacional@hospitalvilamariana.com.br",
        subject="Garantia de pagamento - caso MGA-26-10390",
        body=(
            "Prezados,\n\nConfirmamos a garantia de pagamento para a paciente Sra. Johanna Lindqvist-Berg (nascida em 21/03/1987, "
            "apólice TRV-5521-91408), internada em 18/10 com dengue com sinais de alarme e plaquetas 34.000. "
            "Cobertura até R$ 60.000 para tratamento clinicamente necessário.\n\nAtenciosamente,\nMeridian Global Assist"
        ),
        charset="iso-8859-1",
        lang="pt",
    ),
    Spec(
        phi=False,
        category="Portuguese yellow fever information for community group",
        notes="Hard negative: Portuguese general information on yellow fever vaccination for travellers to Brazil; no individual.",
        frm=f"Educação em Saúde <education@{WTH}>",
        to="contato@associacaobrasileiradenver.org",
        subject="Febre amarela: informações para quem vai ao Brasil",
        body=(
            "Olá!\n\nVai visitar a família no Brasil? A vacina contra a febre amarela é recomendada para várias regiões, "
            "incluindo áreas rurais de Minas Gerais e do Espírito Santo. Tome a vacina pelo menos 10 dias antes da viagem. "
            "Pessoas grávidas ou com imunidade baixa devem conversar com o médico.\n\nWayfarer Travel Health"
        ),
        charset="iso-8859-1",
        lang="pt",
    ),
    Spec(
        phi=True,
        category="Italian medical disembarkation to hospital",
        notes="Italian transfer letter naming a guest with suspected stroke for disembarkation at Civitavecchia.",
        frm=f"Centro Medico - Solace Meridiana <medical.meridiana@{SSC}>",
        to="pronto.soccorso@ospedalesanpaolocivitavecchia.it",
        subject="Sbarco sanitario - nave Solace Meridiana - ore 06:30",
        body=(
            "Gentili colleghi,\n\nvi affidiamo la Sig.ra Margit Hollander, 68 anni, cabina 7021. Sospetto ictus ischemico: "
            "afasia e emiparesi destra insorte alle 04:50, glicemia 132, PA 178/96. Non ha ricevuto trombolisi a bordo. "
            "Arrivo in banchina previsto alle 06:30.\n\nDott. Sven Aalto, medico di bordo"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=False,
        category="Italian network meeting with hospital group",
        notes="Italian meeting arrangement about network agreement and tariffs; no patient.",
        frm=f"Network Management <network@{MGA}>",
        to="direzione.internazionale@gruppoospedalieroligure.it",
        subject="Incontro a Genova - accordo di rete 2027",
        body=(
            "Gentile Dott.ssa Ferraro,\n\nconfermo l'incontro di martedì 10 novembre alle 11:00 presso la vostra sede di Genova "
            "per discutere le tariffe 2027 e i tempi di emissione delle garanzie di pagamento.\n\nCordiali saluti,\nMeridian Global Assist"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=True,
        category="Arabic evacuation coordination to Dubai hospital",
        notes="Hard positive: Arabic message to a Dubai hospital naming the patient with head injury and ICU evacuation plan.",
        frm=f"Meridian Ops Centre <ops@{MGA}>",
        to="intl.patients@alnoorspecialisthospital.ae",
        subject="طلب إخلاء طبي - المريض يوسف الحداد",
        body=(
            "السادة الكرام،\n\nنرجو تجهيز المريض يوسف الحداد (مواليد 1979، رقم الحالة MGA-26-10395) للنقل بالإسعاف الجوي "
            "يوم الخميس. المريض يعاني من إصابة في الرأس مع نزيف تحت الجافية، ومستقر في العناية المركزة.\n\n"
            "مع التحية،\nمركز عمليات ميريديان"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic Hajj vaccine requirements notice",
        notes="Hard negative: Arabic general notice on meningococcal vaccine requirements for Hajj pilgrims; no individual.",
        frm=f"Wayfarer Travel Health <education@{WTH}>",
        to="info@denverislamiccentre.org",
        subject="متطلبات التطعيم للحج",
        body=(
            "السلام عليكم،\n\nيجب على جميع الحجاج الحصول على لقاح الحمى الشوكية (ACWY) قبل 10 أيام على الأقل من السفر، "
            "ويُنصح بلقاح الإنفلونزا. يمكن حجز موعد في عيادتنا من الاثنين إلى السبت.\n\nعيادة وايفارير لطب السفر"
        ),
        charset="windows-1256",
        lang="ar",
    ),
]
