"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Arabic and Devanagari)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish postpartum blood pressure follow-up to patient",
        notes="Spanish message to patient's personal mailbox naming her and postpartum preeclampsia with labetalol.",
        frm="Bayview Nurse Line <nurseline@bayviewwomenshealth.org>",
        to="ximena.alcantara@gmail.com",
        subject="Seguimiento de su presión arterial",
        body=(
            "Estimada Sra. Ximena Alcántara:\n\nDespués de su parto del 9 de marzo, su presión arterial en casa sigue alta (152/98). "
            "Como tuvo preeclampsia, la Dra. Holloway quiere aumentar el labetalol a 300 mg dos veces al día y verla el jueves. "
            "Si tiene dolor de cabeza fuerte o visión borrosa, vaya a urgencias.\n\nEnfermería de Bayview"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish breastfeeding support group announcement",
        notes="Hard negative: Spanish announcement of a breastfeeding group mentioning mastitis generally; no individual.",
        frm="Milkweed Classes <classes@milkweedlactation.com>",
        to="promotoras@northforkcommunityaction.org",
        subject="Grupo de apoyo a la lactancia en español",
        body=(
            "Hola:\n\nCada segundo sábado tenemos un grupo de apoyo a la lactancia en español, gratis. "
            "Hablamos de agarre, dolor, mastitis, bajo suministro de leche y regreso al trabajo. Por favor compártanlo con las familias.\n\nMilkweed Lactation Partners"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Somali anemia result to participant's husband",
        notes="Hard positive: Somali message to husband's mailbox naming his wife, her pregnancy and low hemoglobin with iron tablets.",
        frm="Northfork Nurse <nurse@northforknutrition.org>",
        to="abdiwali.farah80@yahoo.com",
        subject="Natiijada dhiigga Hodan",
        body=(
            "Mudane Abdiwali,\n\nSida aad codsatay, xaaskaaga Hodan Warsame (uurka 20 toddobaad) baaritaankeeda dhiigga ee 12-ka Maarso "
            "hemoglobin-keedu waa 9.4, taas oo muujinaysa dhiig-yari. Fadlan u sheeg inay qaadato kaniinka birta maalin kasta "
            "oo ay la timaado ballanta 26-ka Maarso.\n\nBarnaamijka Nafaqada Northfork"
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=False,
        category="Somali program hours and documents checklist",
        notes="Somali general notice about clinic hours and documents to bring; no individual.",
        frm="Northfork Front Desk <frontdesk@northforknutrition.org>",
        to="outreach@somalicommunityportellery.org",
        subject="Saacadaha xafiiska iyo dukumiintiyada loo baahan yahay",
        body=(
            "Asc,\n\nXafiiska Northfork wuxuu furan yahay Isniin ilaa Jimce, 8:00 - 5:00. Ballanta ugu horreysa keen: "
            "aqoonsi, caddeyn cinwaan, iyo caddeyn dakhli. Carruurta keen si loo cabbiro dhererka iyo miisaanka.\n\nMahadsanid"
        ),
        charset="utf-8",
        lang="so",
    ),
    Spec(
        phi=True,
        category="Arabic lactation visit summary to mother",
        notes="Arabic summary to mother's personal mailbox naming her, low milk supply and domperidone discussion.",
        frm='"Nell Ashdown, IBCLC" <nell@milkweedlactation.com>',
        to="rania.haddad.home@hotmail.com",
        subject="ملخص زيارة الرضاعة",
        body=(
            "السيدة رانيا حداد المحترمة،\n\nشكرا لاستقبالي اليوم. طفلتك ليلى ربحت 18 غراما فقط في اليوم، وحليبك قليل بعد النزيف بعد الولادة. "
            "نرجو شفط الحليب 8 مرات يوميا، وسأطلب من طبيبتك رأيها في دواء دومبيريدون.\n\nنيل، استشارية الرضاعة"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=False,
        category="Arabic prenatal nutrition leaflet",
        notes="Hard negative: Arabic leaflet about iron and folic acid in pregnancy for all families; no individual.",
        frm="Northfork Education <education@northforknutrition.org>",
        to="imam.office@portelleryislamiccenter.org",
        subject="نشرة التغذية أثناء الحمل",
        body=(
            "السلام عليكم،\n\nنرفق نص نشرة عامة للعائلات: تناولي حمض الفوليك والحديد أثناء الحمل، وكلي البقوليات واللحوم والخضار الورقية. "
            "فقر الدم شائع أثناء الحمل، ويمكن فحصه مجانا في مكتبنا.\n\nبرنامج نورثفورك للتغذية"
        ),
        charset="windows-1256",
        lang="ar",
    ),
    Spec(
        phi=True,
        category="Hindi gestational diabetes follow-up to patient",
        notes="Hard positive: Hindi message to patient's gmail naming her, gestational diabetes and insulin start.",
        frm="Bayview MFM Nurses <mfmnurses@bayviewwomenshealth.org>",
        to="priyanka.vashisht91@gmail.com",
        subject="आपकी शुगर रिपोर्ट",
        body=(
            "नमस्ते प्रियंका वशिष्ठ जी,\n\nआपकी पिछले हफ्ते की ब्लड शुगर लॉग में खाने के बाद शुगर 160 से ऊपर है। "
            "गर्भावधि मधुमेह के लिए डॉ. व्रेनफील्ड रात को 8 यूनिट इंसुलिन शुरू करना चाहती हैं। "
            "कृपया गुरुवार 11 बजे इंसुलिन सिखाने की क्लास में आएं।\n\nबेव्यू MFM नर्सिंग"
        ),
        charset="utf-8",
        lang="hi",
    ),
    Spec(
        phi=False,
        category="Hindi breastfeeding class invitation",
        notes="Hindi class invitation for expectant parents; no individual.",
        frm="Milkweed Classes <classes@milkweedlactation.com>",
        to="community@portelleryhindutemple.org",
        subject="स्तनपान कक्षा - 11 अप्रैल",
        body=(
            "नमस्ते,\n\nमिल्कवीड लैक्टेशन पार्टनर्स 11 अप्रैल को हिंदी में मुफ्त स्तनपान कक्षा आयोजित कर रहा है। "
            "गर्भवती माता-पिता और परिवार सभी का स्वागत है। कृपया अपने समुदाय में साझा करें।\n\nधन्यवाद"
        ),
        charset="utf-8",
        lang="hi",
    ),
]
