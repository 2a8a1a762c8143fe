"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation)

from __future__ import annotations

from _spec import BRM, KLR, NCR, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish records-ready notice to patient",
        notes="Spanish notice to patient's gmail naming her and her hysterectomy records being ready.",
        frm=f"Release of Information <roi@{BRM}>",
        to="graciela.montano57@gmail.com",
        subject="Sus expedientes médicos están listos",
        body=(
            "Estimada Sra. Graciela Montaño:\n\nLos documentos que solicitó están listos: el informe operatorio "
            "de su histerectomía del 3 de febrero y las notas de seguimiento de ginecología. Puede recogerlos en "
            "la ventanilla de Archivo Médico (planta baja) con una identificación con foto.\n\nArchivo Médico, "
            "Bayview Regional Medical Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish explanation of registry rights",
        notes="Hard negative: Spanish general explainer of what the cancer registry collects and why; no individual.",
        frm=f"Cancer Registry <cancerregistry@{NCR}>",
        to="promotoras@saludcomunitarianorthmoor.org",
        subject="Hoja informativa: el registro de cáncer (español)",
        body=(
            "Estimadas promotoras:\n\nAdjuntamos el texto de la hoja informativa. La ley estatal exige que los "
            "hospitales y médicos informen cada caso de cáncer al Registro. Los datos se usan solo para "
            "estadísticas y estudios; nunca se publican nombres. Cualquier persona puede pedir una copia de su "
            "propio registro.\n\nRegistro Estatal de Cáncer de Northmoor"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese reply to daughter about father's records",
        notes="Hard positive: Chinese reply to daughter's outlook mailbox naming father and his lung cancer surgery records.",
        frm=f"Release of Information <roi@{BRM}>",
        to="chen.xiaowen88@outlook.com",
        subject="回复：父亲的病历复印",
        body=(
            "陈女士您好：\n\n您父亲陈建国先生（出生日期1949年6月12日）今年1月在本院做的肺癌切除手术病历，"
            "需要他本人签署授权书后才能寄给您。如果他无法签字，请提供医疗委托书。\n\n"
            "Bayview Regional Medical Center 病历室"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese service introduction for law firms",
        notes="Chinese marketing text describing record retrieval services; no individual.",
        frm=f"Keystone Sales <sales@{KLR}>",
        to="office@wonglawgroup-fairhaven.com",
        subject="Keystone 病历调取服务介绍",
        body=(
            "王律师您好：\n\nKeystone Legal Records 为律师事务所提供病历和账单调取、传票送达服务。"
            "我们与每家客户签署业务伙伴协议（BAA），所有病历均加密保存。\n\n如有需要请致电 555-0118。"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Tagalog message to client about records",
        notes="Tagalog/English mixed note to client's personal mailbox naming him and his dialysis clinic records.",
        frm=f"Keystone Client Services <clientservices@{KLR}>",
        to="rodel.manalo.ph@yahoo.com",
        subject="Tungkol sa inyong medical records",
        body=(
            "Magandang araw po, G. Rodel Manalo,\n\nNatanggap na namin ang inyong records mula sa Riverside Kidney "
            "Care (dialysis treatments ninyo mula 2024). Ipinadala na po namin ito sa opisina ni Attorney Tremont. "
            "Kung may tanong, tumawag lang po sa 555-0118.\n\nSalamat po,\nKeystone Legal Records"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog screening flyer text",
        notes="Hard negative: Tagalog cervical cancer screening flyer for a community group; no individual.",
        frm=f"Northmoor Cancer Control <cancercontrol@{NCR}>",
        to="outreach@filamcommunitycenter.org",
        subject="Flyer: Pap smear at HPV test (Tagalog)",
        body=(
            "Mahal na mga kaibigan,\n\nAng kanser sa cervix ay maiiwasan. Ang mga babaeng edad 21 hanggang 65 ay "
            "dapat magpa-Pap smear o HPV test. Libre ito sa mga health center ng estado para sa walang insurance.\n\n"
            "Northmoor Cancer Control Program"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=True,
        category="Haitian Creole registry contact letter",
        notes="Hard positive: Haitian Creole letter to a patient's gmail saying she was reported with colon cancer, inviting her to a study.",
        frm=f"NSCR Research Contact <research.contact@{NCR}>",
        to="mirlande.joseph.nm@gmail.com",
        subject="Envitasyon pou yon etid rechèch",
        body=(
            "Bonjou Madan Mirlande Joseph,\n\nRejis Kansè Eta Northmoor ap ekri w paske yo te rapòte nou ou te "
            "gen yon kansè nan kolon an 2025. Chèchè nan Inivèsite Northmoor ap etidye kalite lavi apre tretman. "
            "Patisipasyon an volontè.\n\nRejis Kansè Eta Northmoor"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="Haitian Creole records-request instructions",
        notes="Haitian Creole general instructions for requesting one's medical records; no individual.",
        frm=f"Release of Information <roi@{BRM}>",
        to="frontdesk@haitiancommunityclinic-bayview.org",
        subject="Kijan pou mande dosye medikal (kreyòl)",
        body=(
            "Bonjou,\n\nMen tèks pou afich la: Ou gen dwa resevwa yon kopi dosye medikal ou. Ranpli fòm otorizasyon "
            "an epi voye l bay roi@bayviewregionalmed.org. Kopi elektwonik yo gratis pou pasyan yo.\n\n"
            "Bayview Regional Medical Center"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
]
