"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, non-Latin scripts)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish allergy test result letter",
        notes="Spanish letter to patient's gmail naming her and her positive dust mite and cat skin tests.",
        frm="Dra. Renata Okafor <rokafor@bluestemallergy.com>",
        to="lucia.santamaria.lp@gmail.com",
        subject="Resultados de sus pruebas de alergia",
        body=(
            "Estimada Sra. Lucía Santamaría:\n\nSus pruebas cutáneas del 12 de marzo salieron positivas para ácaros del polvo (8 mm) "
            "y caspa de gato (6 mm). Esto explica su rinitis y el asma nocturna. Le recomendamos fundas antiácaros y empezar la "
            "inmunoterapia si usted lo desea.\n\nBluestem Allergy & Asthma Associates"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish parent rights notice",
        notes="Hard negative: generic Spanish procedural safeguards notice for all special-education families; no student.",
        frm="Educación Especial <sped@millbrookusd.org>",
        to="families-es@lists.millbrookusd.org",
        subject="Aviso de garantías procesales (educación especial)",
        body=(
            "Estimadas familias:\n\nAdjuntamos el aviso de garantías procesales. Usted tiene derecho a participar en todas las reuniones del IEP, "
            "a pedir una evaluación independiente y a recibir una copia de los expedientes de su hijo. Llame al 217-555-0121 si tiene preguntas.\n\n"
            "Distrito Escolar Unificado de Millbrook"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Vietnamese home visit follow-up to mother",
        notes="Hard positive: Vietnamese note to a mother about her son An's asthma symptoms and new inhaler plan.",
        frm="Open Air Home Visiting <homevisits@openairasthma.org>",
        to="minh.tran.home@gmail.com",
        subject="Theo dõi sau buổi thăm nhà",
        body=(
            "Chào chị Minh,\n\nCảm ơn chị đã tiếp em hôm thứ Ba. Bé An Trần vẫn ho về đêm 3-4 lần mỗi tuần, điểm ACT là 15. "
            "Bác sĩ đã đổi sang thuốc xịt Flovent 110 mcg, ngày 2 lần, dùng với buồng đệm. Tuần sau em sẽ quay lại kiểm tra.\n\nDara - Open Air Asthma Alliance"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Vietnamese air quality advisory",
        notes="Vietnamese general wildfire smoke advisory for people with asthma; no individual.",
        frm="Open Air Alerts <alerts@openairasthma.org>",
        to="community-vi@lists.openairasthma.org",
        subject="Cảnh báo chất lượng không khí",
        body=(
            "Khói cháy rừng sẽ làm chất lượng không khí kém trong hai ngày tới. Người bị hen suyễn nên ở trong nhà, "
            "đóng cửa sổ và mang theo thuốc cắt cơn. Gọi 911 nếu khó thở nặng.\n\nOpen Air Asthma Alliance"
        ),
        charset="utf-8",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Nepali IEP meeting notice for hearing-impaired student",
        notes="Nepali notice to a parent's gmail naming his daughter and her hearing impairment IEP services.",
        frm="Millbrook Special Education <sped@millbrookusd.org>",
        to="ramesh.gurung.lp@gmail.com",
        subject="सुनिता गुरुङको IEP बैठक",
        body=(
            "आदरणीय रमेश गुरुङज्यू,\n\nतपाईंकी छोरी सुनिता गुरुङ (कक्षा ५) को श्रवण अशक्तता (hearing impairment) सम्बन्धी IEP वार्षिक समीक्षा बैठक "
            "मार्च २७ गते दिउँसो ३ बजे हुनेछ। हामी उनको श्रवण यन्त्र (FM system) र अडियोलोजी सेवाबारे छलफल गर्नेछौं। नेपाली दोभाषे उपलब्ध हुनेछन्।\n\n"
            "मिलब्रुक विशेष शिक्षा कार्यालय"
        ),
        charset="utf-8",
        lang="ne",
    ),
    Spec(
        phi=False,
        category="Nepali clinic hours and pollen notice",
        notes="Nepali notice of new clinic hours and pollen season advice; no patient.",
        frm="Bluestem Allergy <news@bluestemallergy.com>",
        to="community-ne@lists.bluestemallergy.com",
        subject="नयाँ क्लिनिक समय र परागकण मौसम",
        body=(
            "नमस्ते,\n\nअप्रिल १ देखि हाम्रो क्लिनिक शनिबार बिहान ८ देखि १२ बजेसम्म पनि खुला रहनेछ। वसन्त ऋतुमा परागकण धेरै हुने भएकोले "
            "झ्याल बन्द राख्नुहोस् र बाहिरबाट आएपछि नुहाउनुहोस्।\n\nब्लुस्टेम एलर्जी"
        ),
        charset="utf-8",
        lang="ne",
    ),
    Spec(
        phi=True,
        category="Urdu immunotherapy missed-dose message",
        notes="Hard positive: Urdu message to a patient's hotmail naming him and his missed allergy shots and dose reduction.",
        frm="Bluestem Injection Room <shots@bluestemallergy.com>",
        to="imran.qureshi.lp@hotmail.com",
        subject="آپ کے الرجی انجیکشن",
        body=(
            "محترم عمران قریشی صاحب،\n\nآپ نے پچھلے تین ہفتوں سے اپنے الرجی کے انجیکشن (گھاس اور درختوں کے پولن کی امیونوتھراپی) نہیں لگوائے۔ "
            "اگلی بار ڈاکٹر ویسلی کے مطابق خوراک 0.5 ملی لیٹر سے کم کر کے 0.2 ملی لیٹر دی جائے گی۔ براہ کرم 217-555-0140 پر وقت لیں۔\n\n"
            "بلوسٹیم الرجی"
        ),
        charset="utf-8",
        lang="ur",
    ),
    Spec(
        phi=False,
        category="Urdu special education parent workshop invite",
        notes="Hard negative: Urdu workshop invitation about autism support services in general; no student.",
        frm="Parent Liaison <parentliaison@millbrookusd.org>",
        to="families-ur@lists.millbrookusd.org",
        subject="والدین کے لیے ورکشاپ",
        body=(
            "محترم والدین،\n\nخصوصی تعلیم کے دفتر کی جانب سے 8 اپریل کو شام 6 بجے ورکشاپ ہوگی: آٹزم اور سیکھنے کی مشکلات والے بچوں کے لیے "
            "اسکول میں دستیاب خدمات۔ اردو ترجمان موجود ہوگا۔\n\nملبروک یونیفائیڈ اسکول ڈسٹرکٹ"
        ),
        charset="utf-8",
        lang="ur",
    ),
]
