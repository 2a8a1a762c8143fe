"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation, Persian)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish breach notice reply to patient",
        notes="Spanish reply to patient's hotmail confirming her prenatal ultrasound records were in a misdirected fax.",
        frm="Privacy Office <privacy@stbrendanmed.org>",
        to="yesenia.morales.pc@hotmail.com",
        subject="Re: ¿Qué información mía se envió por error?",
        body=(
            "Estimada Sra. Yesenia Morales:\n\nGracias por llamarnos. El fax enviado por error el 29 de octubre incluía su "
            "nombre, su fecha de nacimiento y el informe de su ecografía prenatal de las 20 semanas. No incluía su número "
            "de Seguro Social. El destinatario confirmó que destruyó el documento.\n\nOficina de Privacidad\nSt. Brendan "
            "Regional Medical Center"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish HIE opt-out information sheet",
        notes="Hard negative: Spanish explanation of how to opt out of the HIE, addressed to all patients; no individual.",
        frm="Tri-River Consent Desk <consent@tririverhie.org>",
        to="frontdesk@harrisportpediatrics.com",
        subject="Hoja informativa en español: cómo excluirse del intercambio",
        body=(
            "Para su sala de espera:\n\nEl intercambio Tri-River permite que sus médicos vean sus resultados de laboratorio, "
            "alergias y medicamentos en una emergencia. Si no desea participar, puede llenar el formulario de exclusión "
            "o llamar al (555) 555-0140. Su decisión no afecta la atención que recibe."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese hotline reply to son about mother's records",
        notes="Hard positive: Chinese reply to son's mailbox confirming his mother Ms. Zhou's chemotherapy records were in the breached files.",
        frm="Ironvale Notification Services <notify@ironvaleir.com>",
        to="zhou.jianguo88@163.com",
        subject="回复：我母亲的资料是否外泄",
        body=(
            "周先生您好：\n\n经核查，您母亲周秀兰女士（出生日期1950年6月3日）的资料在此次事件涉及的文件中，"
            "包括她2025年在格兰特峰医疗中心的化疗就诊日期和病历号。通知信已经寄出。\n\n"
            "Ironvale 通知支持团队（代表 Granite Peak Medical Center）"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese phishing awareness notice",
        notes="Chinese staff phishing-awareness notice about fake lab-result emails; no individual.",
        frm="Ironvale Advisory <advisory@ironvaleir.com>",
        to="staff-zh@granitepeakmc.org",
        subject="安全提醒：冒充检验结果通知的钓鱼邮件",
        body=(
            "各位同事：\n\n近期有钓鱼邮件冒充\u201c检验结果已出\u201d通知，诱导点击链接并输入密码。请勿点击，"
            "直接报告给信息安全部门。真实通知只会来自医院的患者门户。\n\nIronvale 事件响应"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Persian access-report reply to patient",
        notes="Hard positive: Persian reply to patient's gmail confirming a named psychiatric clinic viewed her record.",
        frm="Patient Access Requests <patientaccess@tririverhie.org>",
        to="shirin.rahimi.oh@gmail.com",
        subject="پاسخ: گزارش دسترسی به پرونده من",
        body=(
            "خانم شیرین رحیمی گرامی،\n\nطبق درخواست شما بررسی کردیم. کلینیک روان\u200cپزشکی ریوربند در تاریخ ۲ نوامبر "
            "یادداشت\u200cهای درمان افسردگی شما را مشاهده کرده است و این دسترسی در چارچوب درمان شما بوده است. "
            "هیچ دسترسی غیرمجازی پیدا نشد.\n\nواحد دسترسی بیماران، Tri-River HIE"
        ),
        charset="utf-8",
        lang="fa",
    ),
    Spec(
        phi=False,
        category="Persian right-of-access information",
        notes="Hard negative: Persian general explanation of how patients can request their records; no individual.",
        frm="Release of Information <roi@stbrendanmed.org>",
        to="outreach@farsicommunitycenter.org",
        subject="راهنمای درخواست پرونده پزشکی به زبان فارسی",
        body=(
            "با سلام،\n\nلطفاً این راهنما را در اختیار اعضای مرکز قرار دهید: هر بیمار حق دارد نسخه\u200cای از پرونده پزشکی خود را "
            "درخواست کند. فرم درخواست را پر کنید و به دفتر اسناد پزشکی تحویل دهید. پاسخ حداکثر ظرف ۳۰ روز داده می\u200cشود.\n\n"
            "St. Brendan Regional Medical Center"
        ),
        charset="utf-8",
        lang="fa",
    ),
    Spec(
        phi=True,
        category="Haitian Creole message to patient about ED visit alert",
        notes="Haitian Creole message to patient's yahoo mailbox about his ED visit for a diabetic foot wound shared via the HIE.",
        frm="Patient Access Requests <patientaccess@tririverhie.org>",
        to="jeanrobert.pierre@yahoo.com",
        subject="Repons: kiyès ki wè dosye mwen",
        body=(
            "Bonjou Msye Jean-Robert Pierre,\n\nNou verifye demann ou an. Sal ijans Mercy Harrisport te wè dosye ou "
            "10 novanm lè ou te vini pou blesi nan pye ou (dyabèt). Doktè fanmi ou, Dr. Ayesha Rahman, te resevwa yon "
            "notifikasyon apre vizit la. Tout aksè sa yo te pou swen ou.\n\nTri-River HIE"
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
    Spec(
        phi=False,
        category="Haitian Creole breach call-centre script",
        notes="Hard negative: Haitian Creole generic call-centre script for callers about the breach; no individual.",
        frm="Ironvale Notification Services <notify@ironvaleir.com>",
        to="callcenter-leads@mailpointletters.com",
        subject="Script kreyòl pou sant apèl la",
        body=(
            'Pou ajan ki pale kreyòl:\n\n"Bonjou, mèsi paske ou rele. Lopital la te voye yon lèt bay moun ki te konsène '
            "nan ensidan an. Pou nou verifye si enfòmasyon ou te ladan l, nou bezwen kòd ki sou lèt ou a. Nou pa ka bay "
            'okenn enfòmasyon medikal nan telefòn."'
        ),
        charset="iso-8859-1",
        lang="ht",
    ),
]
