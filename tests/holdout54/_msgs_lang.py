"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, CJK punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish payment plan letter for ER balance",
        notes="Hard positive: Spanish letter to the patient's gmail naming him, his emergency visit for a kidney stone and a payment plan.",
        frm="Mercy Valley Billing <billing@mercyvalleymc.org>",
        to="efrain.solorzano@gmail.com",
        subject="Su plan de pagos con Mercy Valley",
        body=(
            "Estimado Sr. Efraín Solórzano:\n\nConfirmamos su plan de pagos para la cuenta 50090318 (visita a Emergencias del 2 de marzo por un cálculo renal). "
            "Saldo: $1.240,00. Pagará $103,33 al mes durante 12 meses, sin intereses, a partir del 15 de abril.\n\n"
            "Si sus ingresos cambian, puede solicitar asistencia financiera en cualquier momento.\n\nServicios Financieros al Paciente\n555-0142"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish notice of consumer rights under Reg F",
        notes="Generic Spanish explanation of debt-collection rights for a community partner; no individual.",
        frm="Compliance <compliance@keystonerecoverypartners.com>",
        to="recursos@centrolatinoharlow.org",
        subject="Sus derechos frente a una agencia de cobranza (hoja informativa)",
        body=(
            "Estimados amigos del Centro Latino:\n\nAdjuntamos el texto de nuestra hoja informativa en español. Puntos clave: usted puede disputar una deuda dentro de 30 días; "
            "las deudas médicas menores de $500 no se reportan a las agencias de crédito; puede pedir que no le llamemos al trabajo.\n\n"
            "Keystone Recovery Partners - Departamento de Cumplimiento"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese message to son about mother's dialysis bill and Medicaid",
        notes="Hard positive: Chinese e-mail to the son's qq mailbox naming his mother, her dialysis and a Medicaid retro application.",
        frm="Sofia Lindgren <slindgren@bridgewayadvocates.org>",
        to="wei.zhanghong@qq.com",
        subject="关于您母亲的医疗账单",
        body=(
            "张先生您好：\n\n您母亲李秀英女士（出生日期1952年6月11日）在Mercy Valley医院做透析的账单共11,300美元。"
            "我们已经替她申请了追溯三个月的Medicaid，县政府大约30天内回复。在此期间医院不会把账单转给催收公司。\n\n"
            "如有问题请打电话555-0134。\n\nBridgeway 病人援助中心"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Chinese flyer on hospital financial assistance",
        notes="Hard negative: Chinese summary of the hospital's financial assistance policy mentioning income thresholds and SSN rules; no individual.",
        frm="Mercy Valley Financial Assistance <financialassistance@mercyvalleymc.org>",
        to="office@harlowchinesecommunity.org",
        subject="医院经济援助政策（中文版）",
        body=(
            "您好：\n\n附上我院经济援助政策的中文说明，请放在贵中心的前台。\n\n"
            "家庭收入在联邦贫困线300%以下的病人可以免费治疗；450%以下可以享受折扣。申请不需要社会安全号码。"
            "\n\nMercy Valley 医疗中心 病人财务服务部"
        ),
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Korean collection notice for surgery balance",
        notes="Korean notice to the consumer's naver mailbox naming him, the hospital creditor and his knee surgery balance.",
        frm="Keystone Recovery Partners <notices@keystonerecoverypartners.com>",
        to="jh.baek1971@naver.com",
        subject="귀하의 계정에 관한 중요 안내",
        body=(
            "백정훈 님께,\n\n본 회사는 채권 추심 회사입니다. Mercy Valley Medical Center 의 무릎 관절경 수술(2025년 8월 4일) 잔액 $2,615.00 에 대해 연락드립니다. "
            "참조 번호 KRP-2509-04410.\n\n2026년 4월 27일까지 이의를 제기하실 수 있습니다. 분할 납부도 가능합니다. 555-0160 으로 전화 주십시오.\n\nKeystone Recovery Partners"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean interpreter scheduling for enrolment fair",
        notes="Hard negative: Korean message booking an interpreter for a health-insurance enrolment fair; mentions Medicaid and Medicare but no individual.",
        frm="Bridgeway Patient Advocates <events@bridgewayadvocates.org>",
        to="booking@koreanlanguageservicesoh.com",
        subject="4월 11일 통역 요청",
        body=(
            "안녕하세요,\n\n4월 11일 토요일 오전 10시부터 오후 2시까지 Harlow Recreation Center 에서 열리는 건강보험 가입 행사에 한국어 통역사 한 분을 요청합니다. "
            "Medicaid 와 Medicare 관련 상담이 있을 예정입니다.\n\n감사합니다.\nBridgeway Patient Advocates"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=True,
        category="Tagalog reply to patient's sister about charity care approval",
        notes="Hard positive: Taglish reply to the patient's sister naming her brother Rodel Dizon, his appendectomy and the charity-care approval.",
        frm="Ben Adeyemi <badeyemi@bridgewayadvocates.org>",
        to="marites.dizon@yahoo.com",
        subject="Re: bill ni Jun-jun",
        body=(
            'Hi Marites,\n\nMagandang balita! Approved na ang charity care application ng kapatid mong si Rodel "Jun-jun" Dizon para sa appendectomy niya sa Mercy Valley noong Pebrero. '
            "Wala na siyang babayaran sa hospital bill na $16,900. Yung bill ng surgeon ($2,300) ay inaayos pa namin.\n\nSalamat,\nBen"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog reminder about payment portal outage",
        notes="Tagalog notice to a Filipino community newsletter that the online payment portal will be down; no individual.",
        frm="Mercy Valley Billing <billing@mercyvalleymc.org>",
        to="editor@pinoyharlownews.org",
        subject="Paalala: sarado ang online payment sa Sabado",
        body=(
            "Magandang araw po!\n\nPakisama po sa inyong newsletter: ang online bill payment ng Mercy Valley ay hindi magagamit sa Sabado, Marso 21, mula 10 ng gabi hanggang 2 ng madaling-araw. "
            "Maaari pa rin pong tumawag sa 555-0142 kung may tanong tungkol sa inyong bill.\n\nSalamat po,\nPatient Financial Services"
        ),
        charset="utf-8",
        lang="tl",
    ),
]
