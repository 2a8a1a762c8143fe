"""Non-English mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish colonoscopy prep reminder to patient",
        notes="Spanish reminder to the patient's gmail naming her, her colonoscopy date and the prep to take.",
        frm="Harborview Digestive Health <citas@harborviewgi.com>",
        to="rosario.benitez77@gmail.com",
        subject="Recordatorio de su procedimiento",
        body=(
            "Estimada Sra. Rosario Benítez:\n\nLe recordamos que su colonoscopia con la Dra. Anjali Rao está programada para el "
            "jueves 21 de mayo a las 8:15 a. m. en el Centro de Endoscopia Harborview. El día anterior solo puede tomar líquidos claros. "
            "Tome la primera mitad de la preparación (Plenvu) a las 6 p. m. y la segunda a las 4 a. m.\n\n"
            "Debe venir acompañada de un adulto que maneje.\n\nHarborview Digestive Health, (203) 555-0110"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish ostomy care brochure text",
        notes="Hard negative: Spanish brochure text on caring for the skin around a stoma; health topic, no individual.",
        frm="StomaPath Supply <educacion@stomapathsupply.com>",
        to="promotoras@centrolatinocolumbus.org",
        subject="Folleto en español: cuidado de la piel alrededor del estoma",
        body=(
            "Hola, les enviamos el texto del folleto para sus grupos:\n\nCUIDADO DE LA PIEL ALREDEDOR DEL ESTOMA\n"
            "- Mida su estoma cada mes durante los primeros meses después de la cirugía.\n"
            "- Recorte la barrera 2 mm más grande que el estoma.\n- Si la piel está roja o le arde, llame a su enfermera.\n\n"
            "Línea en español: (614) 555-0144."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Italian letter to patient's family about surgery",
        notes="Hard positive: Italian update to a son's personal mailbox naming his father, his anterior resection and temporary ileostomy.",
        frm="Dr. Celeste Hargreaves <chargreaves@keystonecolorectal.com>",
        to="marco.deluca.famiglia@libero.it",
        subject="Aggiornamento su suo padre",
        body=(
            "Gentile Sig. De Luca,\n\ncome concordato con suo padre, Giuseppe De Luca, le scrivo dopo l'intervento di oggi. "
            "La resezione anteriore bassa per il tumore del retto è andata bene; abbiamo confezionato un'ileostomia temporanea di protezione, "
            "che chiuderemo tra circa tre mesi. Resterà in reparto per 4-5 giorni.\n\nCordiali saluti,\nDr.ssa Celeste Hargreaves"
        ),
        charset="iso-8859-15",
        lang="it",
    ),
    Spec(
        phi=False,
        category="Italian distributor order confirmation",
        notes="Italian order confirmation to a distributor for ostomy products; business mail, no patient.",
        frm="StomaPath Export <export@stomapathsupply.com>",
        to="ordini@mediforniture-milano.it",
        subject="Conferma ordine 2026-IT-0318",
        body=(
            "Buongiorno,\n\nconfermiamo l'ordine 2026-IT-0318: 120 scatole di sacche per colostomia monopezzo e 40 scatole di placche convesse. "
            "Spedizione prevista il 29 maggio. Fattura pro forma in allegato separato.\n\nCordiali saluti,\nUfficio Export"
        ),
        charset="iso-8859-1",
        lang="it",
    ),
    Spec(
        phi=True,
        category="Tagalog post-op instructions to patient",
        notes="Tagalog instructions to the patient's yahoo address naming him and his hemorrhoid surgery aftercare.",
        frm="Keystone Colorectal Surgeons <office@keystonecolorectal.com>",
        to="romeo.villanueva63@yahoo.com",
        subject="Mga tagubilin pagkatapos ng operasyon",
        body=(
            "Magandang araw po, G. Romeo Villanueva,\n\nPagkatapos ng inyong hemorrhoidectomy noong Mayo 11, maupo po sa maligamgam na tubig "
            "(sitz bath) tatlong beses sa isang araw. Inumin ang docusate 100 mg dalawang beses kada araw at ang ibuprofen para sa sakit. "
            "Tumawag po sa (610) 555-0130 kung may lagnat o malakas na pagdurugo. Ang follow-up ninyo ay sa Mayo 26 kay Dr. Adeyemi.\n\n"
            "Keystone Colorectal Surgeons"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog staff holiday greeting",
        notes="Tagalog greeting to the practice's Filipino staff association about a potluck; no patient.",
        frm="HR <hr@harborviewgi.com>",
        to="staff-association@harborviewgi.com",
        subject="Salu-salo sa Hunyo 12",
        body=(
            "Magandang araw sa lahat!\n\nBilang pagdiriwang ng Araw ng Kalayaan, magkakaroon tayo ng salu-salo sa Hunyo 12, 12:30 ng tanghali, "
            "sa Conference Room B. Magdala ng paborito ninyong ulam. Salamat!\n\nHR"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=True,
        category="Chinese supply order note to customer's daughter",
        notes="Hard positive: Chinese message to a daughter's 163.com mailbox naming her father, his colostomy pouches and the Medicare copay.",
        frm="StomaPath Customer Care <care@stomapathsupply.com>",
        to="lin.meihua88@163.com",
        subject="您父亲的订单已发货",
        body=(
            "林女士您好：\n\n您父亲林国强先生本月的结肠造口袋（一件式，60个）和防漏膏已于今天寄出，预计5月15日送达。"
            "联邦医疗保险（Medicare）已支付，自付额为18.42美元。如需更换尺寸，请致电(614) 555-0140。\n\nStomaPath 客户服务部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese clinic language services notice",
        notes="Chinese notice that free interpreter services are available; no individual.",
        frm="Harborview Digestive Health <frontdesk@harborviewgi.com>",
        to="info@norwalkchinesecommunity.org",
        subject="免费口译服务通知",
        body=(
            "您好：\n\nHarborview 消化健康中心为所有病人提供免费的中文口译服务，包括门诊、胃镜和肠镜检查。"
            "预约时请告诉前台您需要中文翻译。电话：(203) 555-0110。\n\n谢谢！"
        ),
        charset="gb2312",
        lang="zh",
    ),
]
