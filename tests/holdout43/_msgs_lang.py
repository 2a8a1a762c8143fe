"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Devanagari)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish insulin shipment delay notice to member",
        notes="Spanish e-mail to the member's gmail names her, her member ID and a delayed insulin shipment.",
        frm="Northstar Home Delivery <delivery@northstarrx.com>",
        to="yesenia.carrillo.mn@gmail.com",
        subject="Retraso en su pedido de la farmacia",
        body=(
            "Estimada Sra. Yesenia Carrillo:\n\nLe escribimos porque su pedido #HD-77418806 de insulina glargina "
            "(Basaglar KwikPen, 5 plumas) y tiras reactivas para glucosa se retrasará dos días por la tormenta en "
            "nuestro centro de Eagan. Llegará el jueves 16 de abril.\n\nSi le quedan menos de tres días de insulina, "
            "llame al 1-877-555-0160 y autorizaremos un surtido de emergencia en su farmacia local.\n\n"
            "Número de miembro: NSX30587714\n\nFarmacia de Entrega a Domicilio Northstar"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish open enrollment summary for employer HR",
        notes="Hard negative: Spanish plan summary for all employees mentions diabetes and maternity programmes; no individual.",
        frm="Client Services <clientservices@keystonebenefitadmin.com>",
        to="rrhh@delgadomfg.com",
        subject="Resumen de inscripción abierta en español para su personal",
        body=(
            "Hola Naveen:\n\nComo lo pidió, aquí está el resumen en español para la planta:\n\n"
            "INSCRIPCIÓN ABIERTA 2026-27 - Delgado Manufacturing\n• Plan PPO 1500: deducible de $1,500; visitas "
            "preventivas sin costo.\n• Programa de diabetes: medidor y tiras gratis para quienes se inscriban.\n"
            "• Programa de embarazo saludable: apoyo de enfermera sin costo.\n• Período: del 1 al 15 de mayo.\n\n"
            "Preguntas: Servicios al Miembro de Keystone, 1-800-555-0118 (opción 2 para español).\n\nKeystone Benefit Administrators"
        ),
        charset="utf-8",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese reply to son about father's knee replacement authorisation",
        notes="Hard positive: Chinese reply to the son's personal mailbox names his father, DOB and the approved knee replacement and rehab stay.",
        frm="Lisa Park RN <lpark@clearpathreview.com>",
        to="wei.zhang.columbus@163.com",
        subject="回复：父亲手术的审批",
        body=(
            "张先生您好：\n\n您父亲张建国先生（出生日期1950年6月2日）的右膝关节置换手术已经批准，"
            "手术日期为4月28日，在河滨医院。术后如需住康复医院，医院会再提交申请，我们一般在两个工作日内答复。\n\n"
            "如有问题，请拨打1-866-555-0140。\n\nClearpath Review Services\n护士 Lisa Park"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese guide to using mail-order pharmacy",
        notes="Chinese how-to guide for mail-order refills sent to a community centre; no individual.",
        frm="Northstar Member Communications <news@northstarrx.com>",
        to="programs@mnasiancommunitycenter.org",
        subject="邮购药房使用指南（中文版）",
        body=(
            "您好：\n\n附上我们的中文版邮购药房使用指南，欢迎放在中心的服务台：\n\n"
            "一、请您的医生把处方电子发送到 Northstar 邮购药房。\n二、90天的药量通常比在药店取两次30天更便宜。\n"
            "三、需要冷藏的药品会用保温箱寄送。\n四、中文服务电话：1-877-555-0160，按8。\n\n"
            "Northstar Rx Solutions 会员沟通部"
        ),
        charset="utf-8",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="French claim query to Quebec hospital about member's ski injury",
        notes="French message to a Quebec hospital names the travelling member, member ID, emergency visit and tibial fracture.",
        frm="Claims International <intlclaims@keystonebenefitadmin.com>",
        to="facturation.horsquebec@chu-laurentides-exemple.ca",
        subject="Demande de facture détaillée - patient américain",
        body=(
            "Madame, Monsieur,\n\nNous administrons le régime de santé de l'employeur de M. Nathan Brightwater "
            "(no de membre KBA4207719, né le 14 février 1990). Il a été vu à votre urgence le 7 mars 2026 après une chute "
            "de ski (fracture du plateau tibial gauche) puis hospitalisé deux nuits.\n\nPourriez-vous nous faire parvenir la "
            "facture détaillée avec les codes de diagnostic afin que nous puissions traiter la réclamation ?\n\n"
            "Cordialement,\nAnnick Moreau\nKeystone Benefit Administrators"
        ),
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        phi=False,
        category="French letter template review with placeholders",
        notes="Hard negative: French determination-letter template with bracketed placeholders such as [NOM DU MEMBRE]; no real person.",
        frm="Clearpath Determinations <determinations@clearpathreview.com>",
        to="projets@lettresmontreal-logiciel.ca",
        subject="Modèle de lettre de refus - version française à valider",
        body=(
            "Bonjour Élodie,\n\nVoici le texte du modèle de lettre de refus pour la version française. Merci de garder les "
            "champs entre crochets tels quels ; ils seront remplis par notre système.\n\n« Madame, Monsieur [NOM DU MEMBRE],\n"
            "Nous avons examiné la demande de [SERVICE DEMANDÉ] présentée par [MÉDECIN]. Décision : non approuvée. "
            "Motif : [MOTIF CLINIQUE]. Vous pouvez faire appel dans les 60 jours. »\n\nMerci !\nClearpath Review Services"
        ),
        charset="iso-8859-15",
        lang="fr",
    ),
    Spec(
        phi=True,
        category="Hindi message to son about father's diabetes refills",
        notes="Hard positive: Hindi e-mail to the son's gmail names his father and his insulin and metformin refills for diabetes.",
        frm="Northstar Help Desk <helpdesk@northstarrx.com>",
        to="arjun.mehta.family@gmail.com",
        subject="आपके पिताजी की दवाइयों के बारे में",
        body=(
            "नमस्ते अर्जुन जी,\n\nआपके पिताजी श्री सुरेश मेहता (सदस्य संख्या NSX30649921) की इंसुलिन ग्लार्जिन और "
            "मेटफॉर्मिन 1000 mg की रीफिल कल भेज दी गई है। उनकी डायबिटीज़ की जाँच के लिए टेस्ट स्ट्रिप्स भी उसी पैकेट में हैं।\n\n"
            "कोई प्रश्न हो तो 1-877-555-0160 पर कॉल करें।\n\nNorthstar Rx Solutions"
        ),
        charset="utf-8",
        lang="hi",
    ),
    Spec(
        phi=False,
        category="Hindi preventive benefits flyer for employer",
        notes="Hard negative: Hindi flyer on free preventive screenings (diabetes, blood pressure) for all employees; no individual.",
        frm="Wellness Communications <wellness@keystonebenefitadmin.com>",
        to="hr@bridgewatercu.org",
        subject="हिंदी में स्वास्थ्य लाभ सूचना - कर्मचारियों के लिए",
        body=(
            "नमस्ते,\n\nआपके हिंदी भाषी कर्मचारियों के लिए सूचना:\n\n• सालाना जाँच, ब्लड प्रेशर और डायबिटीज़ की जाँच "
            "नेटवर्क में मुफ़्त है।\n• फ्लू का टीका मुफ़्त है।\n• प्रश्नों के लिए Keystone सदस्य सेवा 1-800-555-0118 पर कॉल करें।\n\n"
            "Keystone Benefit Administrators"
        ),
        charset="utf-8",
        lang="hi",
    ),
]
