"""holdout21's non-English mail: Spanish, Somali, Vietnamese and Chinese, PHI and not."""

# ruff: noqa: E501, RUF001  (hand-written mail text: long lines and non-Latin scripts are the data)

from __future__ import annotations

from _att import pdf
from _spec import Att, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="transplant_followup_spanish",
        notes="Hard positive: transplant coordinator writes in Spanish to a daughter at gmail about her father's clinic visit, tacrolimus and creatinine",
        frm="Anneliese Vogt <avogt@lakemonthealth.org>",
        to="Yesenia Morales <yesenia.morales.mn@gmail.com>",
        subject="Cita de su papá el lunes",
        body="""Hola Yesenia:

Le escribo por la cita de su papá, el Sr. Rigoberto Morales, en la clínica de trasplante renal
el lunes 16 de noviembre a las 8:00 de la mañana. Por favor que no tome el tacrolimus en la
mañana hasta después del análisis de sangre. Su creatinina del jueves salió 1.6, un poco más alta,
y el Dr. Achebe quiere revisarla. Si tiene fiebre, o si orina menos, llámenos al 507-555-0188.

Habrá un intérprete en la cita.

Saludos,
Anneliese Vogt, enfermera coordinadora
Centro de Trasplantes, Lakemont University Hospital
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="blood_drive_flyer_spanish",
        notes="Spanish blood drive announcement to a parish office; no individual",
        frm="Gabrielle Tessier <gtessier@prairieblood.org>",
        to="Oficina Parroquial <oficina@sanjuandiegoparish.org>",
        subject="Colecta de sangre - domingo 6 de diciembre",
        body="""Buenos días, Padre Ignacio:

Confirmamos la colecta de sangre en el salón parroquial el domingo 6 de diciembre de 8:30 a 1:30.
Texto para el boletín:

  ¡Done sangre, salve vidas! Una donación puede ayudar hasta a tres pacientes. Traiga una
  identificación con foto, desayune bien y tome mucha agua. Habrá personal que habla español.

Muchas gracias,
Gabrielle Tessier, Prairie Blood Center
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="discharge_instructions_somali",
        notes="Hard positive: Somali discharge message to a son at gmail naming his mother, her diabetes/insulin and clinic date",
        frm="Hodan Abdi <habdi@lakemonthealth.org>",
        to="Mohamed Farah <mfarah.eaupointe@gmail.com>",
        subject="Hooyadaa - tilmaamaha guriga",
        body="""Mohamed, asc,

Sidii aan ku ballannay, waa kan tilmaamaha hooyadaa, Marwo Faadumo Warsame, ka dib markii laga
saaray isbitaalka maanta:

- Insulin glargine 18 unug habeen kasta, sonkorta dhiigga subax walba cabir
- Haddii sonkortu ka hooseyso 70, sii casiir oo na soo wac
- Ballanta dhakhtarka: Khamiista 19 November, 10:00 subaxnimo, Lakemont Diabetes Clinic

Su'aal haddii aad qabtid, wac 507-555-0100.

Hodan Abdi, RN, 6 East
Lakemont University Hospital
""",
        lang="so",
    ),
    Spec(
        phi=False,
        category="blood_drive_somali",
        notes="Somali blood drive announcement to a mosque community office; no individual",
        frm="Prairie Community Relations <community@prairieblood.org>",
        to="Xafiiska Masjidka <office@eaupointeislamiccenter.org>",
        subject="Deeq dhiig - Sabti 12 December",
        body="""Asalaamu calaykum,

Prairie Blood Center waxay qaban doontaa deeq dhiig masjidka agtiisa Sabtida 12 December,
10:00 - 3:00. Fadlan ku dhawaaq jimcaha:

  Dhiiggaagu wuxuu badbaadin karaa nolol. Keen aqoonsi sawir leh, quraac cun, biyo badan cab.
  Waxaa jiri doona shaqaale ku hadla Af-Soomaali.

Mahadsanid,
Prairie Blood Center
""",
        lang="so",
    ),
    Spec(
        phi=True,
        category="financial_counseling_vietnamese",
        notes="Vietnamese message to a patient's son at yahoo about Medicaid coverage for his father's dialysis and transplant evaluation",
        frm="Linh Pham <lpham@lakemonthealth.org>",
        to="Tuan Tran <tuantran.mn@yahoo.com>",
        subject="Bảo hiểm cho bố anh - chạy thận",
        body="""Chào anh Tuấn,

Tôi là Linh, tư vấn viên tài chính của Trung tâm Ghép tạng. Bố anh, ông Trần Văn Phúc (ngày sinh
02/09/1954), đã được duyệt Medical Assistance cho việc chạy thận nhân tạo ba lần một tuần.
Tuy nhiên, để tiếp tục đánh giá ghép thận, chúng tôi cần thẻ Medicare mới của ông và giấy xác
nhận thu nhập năm 2026. Anh có thể gửi bản chụp trước ngày 20/11 được không?

Cảm ơn anh,
Linh Pham
Tư vấn tài chính, Lakemont Transplant Center - 507-555-0189
""",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="health_fair_vietnamese",
        notes="Vietnamese health fair planning with a community association: free blood pressure and hepatitis B screening, no individual",
        frm="Lakemont Community Health <communityhealth@lakemonthealth.org>",
        to="Hội Người Việt <hoinguoiviet.eaupointe@gmail.com>",
        subject="Ngày hội sức khỏe - 5 tháng 12",
        body="""Kính gửi Ban điều hành,

Bệnh viện Lakemont xin xác nhận Ngày hội sức khỏe tại hội trường chùa vào thứ Bảy 5/12, từ 9 giờ
sáng đến 1 giờ chiều. Chương trình gồm: đo huyết áp miễn phí, xét nghiệm viêm gan B, tiêm ngừa
cúm, và nói chuyện về bệnh thận và hiến tạng. Chúng tôi sẽ mang theo thông dịch viên.

Xin cảm ơn,
Phòng Sức khỏe Cộng đồng, Lakemont University Hospital
""",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="donor_family_letter_chinese",
        notes="Hard positive: Chinese aftercare letter to a donor's wife at outlook naming her late husband and organs donated",
        frm="Donor Family Services <familyservices@northstarorgan.org>",
        to="Li Xiaomei <lixiaomei1975@outlook.com>",
        subject="关于您丈夫的捐献",
        body="""尊敬的李女士：

您好。您的丈夫陈建国先生于十月二十日在雷克蒙特大学医院离世后，捐献了肝脏和两个肾脏。
我们想告诉您，他的肝脏已移植给一位五十多岁的父亲，两个肾脏分别帮助了两位长期透析的病人，
他们现在都恢复得很好。

我们的家属关怀协调员下周会给您打电话。如需中文服务，请拨打 651-555-0120。

北星器官获取组织 家属服务部
""",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="registry_campaign_chinese",
        notes="Chinese donor registry campaign text for a community association newsletter; no individual",
        frm="Northstar Communications <comms@northstarorgan.org>",
        to="Chinese Community Association <newsletter@mnchineseassoc.org>",
        subject="器官捐贈登記 - 通訊稿",
        body="""您好，

以下是給貴會一月份通訊的稿件：

  器官捐贈可以挽救生命。一位捐贈者最多可以幫助八個人。亞裔病人在等待名單上等待的時間往往更長，
  因為配型需要相近的血型和組織類型。請到 northstarorgan.org 登記成為捐贈者，並告訴您的家人。

謝謝您的支持！
北星器官捐贈組織 傳訊部
""",
        charset="big5",
        lang="zh",
        atts=(
            Att(
                "registry_facts.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR ORGAN RECOVERY - FACT SHEET",
                        "Over 100,000 people in the US are waiting for a transplant.",
                        "One donor can save up to 8 lives and heal 75 more through tissue.",
                        "Register at northstarorgan.org or at the DMV.",
                    ],
                    "Registry fact sheet",
                ),
            ),
        ),
    ),
]
