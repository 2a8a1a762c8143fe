# ruff: noqa: E501, RUF001
"""Hand-written holdout5 messages in Dari, Pashto, Swahili, Burmese, Haitian Creole and Spanish."""

from __future__ import annotations

from _spec import Spec

H = "harborviewchc.org"
S = "summitimaging.com"
C = "clearflowkidney.com"



def _cp1256(text: str) -> str:
    """Dari text as legacy Windows mail clients wrote it: Arabic yeh and Western digits."""
    return text.replace("\u06cc", "\u064a").translate(str.maketrans("\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9", "0123456789"))


MESSAGES: list[Spec] = [
    Spec(
        True, "refugee_screening",
        "Dari: TB test result and clinic appointment for a named patient to a personal address.",
        f"Wahid Noori <wnoori@{H}>", "sarwari.abdulwahid@gmail.com",
        "نتیجه آزمایش",
        _cp1256(
            "سلام آقای عبدالواحد سروری،\n\nآزمایش خون شما برای توبرکلوز (سل) مثبت است. این به معنی سل فعال نیست.\n"
        "لطفاً روز چهارشنبه ۹ دسمبر ساعت ۱۰ صبح به کلینیک مهاجرین بیایید تا داکتر برندت دوا را شروع کند.\n\nوحید نوری، ترجمان\n"
        ),
        lang="prs", charset="windows-1256",
    ),
    Spec(
        True, "wic_form",
        "Hard positive: Dari message to a mother naming her child and anemia with iron drops.",
        f"Wahid Noori <wnoori@{H}>", "shabnam.haidari24@yahoo.com",
        "برای امیره",
        _cp1256(
            "خانم حیدری،\nخون امیره کم است (کم خونی). داکتر قطره آهن نوشته است، روزانه یک ملی لیتر. فورم WIC را هم فرستادیم.\nوحید\n"
        ),
        lang="prs", charset="windows-1256",
    ),
    Spec(
        False, "clinic_notice",
        "Hard negative: Dari announcement of clinic hours and free vaccines, no individual.",
        f"Language Services <language@{H}>", "community@afghanfamiliesnw.org",
        "ساعات کاری کلینیک",
        _cp1256(
            "کلینیک مهاجرین هاربرویو از دوشنبه تا جمعه ساعت ۸ صبح تا ۵ عصر باز است. واکسین انفلونزا رایگان است. ترجمان دری موجود است.\n"
        ),
        lang="prs", charset="windows-1256",
    ),
    Spec(
        True, "interpreter_note",
        "Pashto: prenatal visit and gestational diabetes for a named woman.",
        f"Language Services <language@{H}>", "z.ahmadzai.family@gmail.com",
        "ستاسو د ډاکټر وخت",
        "درنې زرغونې احمدزۍ،\n\nستاسو د امیندوارۍ معاینه د چهارشنبې په ورځ ۱۰:۳۰ بجې ده. ستاسو د وینې شکر لوړ دی (د امیندوارۍ شکر)، نو خپل ګلوکومیټر راوړئ.\nښځینه ژباړونکې به هلته وي.\n",
        lang="ps",
    ),
    Spec(
        False, "interpreter_schedule",
        "Hard negative: Pashto note to interpreters about a training session.",
        f"Language Services <language@{H}>", "pashto-interpreters@lingualinkinterp.com",
        "د ژباړونکو روزنه",
        "ګرانو ژباړونکو، د طبي اصطلاحاتو روزنه د دسمبر په ۱۶ مه د ماسپښین ۲ بجې ده. مهرباني وکړئ خپل نوم ولیکئ.\n",
        lang="ps",
    ),
    Spec(
        True, "refugee_screening",
        "Swahili: parasite treatment for named children to their mother.",
        f"Aline Mugisha <amugisha@{H}>", "mama.baraka2019@gmail.com",
        "Dawa za watoto",
        "Habari Mama Baraka,\n\nMatokeo ya kinyesi ya Baraka, Neema na Furaha yanaonyesha minyoo (strongyloides). Tafadhali chukua\n"
        "dawa ya ivermectin kwenye famasia yetu Alhamisi. Mtoto mdogo atapewa albendazole pia.\n\nAline, mkalimani\n",
        lang="sw",
    ),
    Spec(
        False, "clinic_notice",
        "Hard negative: Swahili flyer about hepatitis B screening in general.",
        f"Harborview CHC <news@{H}>", "congolese-community@newrootsresettle.org",
        "Kipimo cha homa ya ini B bure",
        "Kliniki ya Harborview inatoa kipimo cha bure cha homa ya ini B kila Jumamosi mwezi Desemba. Wakalimani wa Kiswahili wapo.\n",
        lang="sw",
    ),
    Spec(
        True, "dialysis_outreach",
        "Burmese: missed dialysis treatment outreach to a named patient.",
        f"Leah Rousseau <lrousseau@{C}>", "kyawzin.family@gmail.com",
        "ကျောက်ကပ်ဆေးကုသမှု",
        "ဦးကျော်ဇင် ခင်ဗျာ၊\n\nဒီအပတ် အင်္ဂါနေ့နဲ့ ကြာသပတေးနေ့ ကျောက်ကပ်ဆေးသွင်းကုသမှု (dialysis) လာမတက်ခဲ့ပါ။ ပိုတက်ဆီယမ် မြင့်နေပါတယ်။\nစနေနေ့ မနက် ၆ နာရီ လာပါ။\n\nClearFlow Kidney Care\n",
        lang="my",
    ),
    Spec(
        False, "clinic_notice",
        "Hard negative: Burmese notice about holiday dialysis schedule changes for all patients.",
        f"ClearFlow Kidney Care <news@{C}>", "patients-list@clearflowkidney.com",
        "ခရစ္စမတ် အချိန်ဇယား",
        "ဒီဇင်ဘာ ၂၅ ရက်နေ့တွင် ဆေးကုသမှုအချိန်များ ပြောင်းလဲပါမည်။ သင်၏ ဆေးခန်းနှင့် မေးမြန်းပါ။\n",
        lang="my",
    ),
    Spec(
        True, "imaging_report",
        "Haitian Creole: ultrasound result and follow-up for a named patient.",
        f"Aline Mugisha <amugisha@{H}>", "jmdorvilus@hotmail.com",
        "Rezilta ekografi ou",
        "Bonjou Madan Jeanne-Marie Dorvilus,\n\nEkografi vant ou te fè 3 desanm nan montre ou gen wòch nan fyèl. Doktè a vle wè ou\n"
        "lendi 14 desanm a 9è. Pa manje grès anpil.\n\nAline, entèprèt, Harborview\n",
        lang="ht", charset="iso-8859-1",
    ),
    Spec(
        True, "contrast_allergy",
        "Hard positive: Haitian Creole premedication instructions naming patient's contrast allergy.",
        f"Scheduling <schedule@{S}>", "fenel.augustin@yahoo.com",
        "Enstriksyon pou CT ou",
        "Mesye Fenel Augustin,\n\nPaske ou te fè alèji ak lank CT a, ou dwe pran prednisone 50 mg 13 è, 7 è ak 1 è anvan eskanè a\n"
        "jedi a. Vin ak yon moun pou kondui ou.\n\nSummit Imaging\n",
        lang="ht", charset="iso-8859-1",
    ),
    Spec(
        False, "clinic_notice",
        "Hard negative: Haitian Creole general notice about free flu shots.",
        f"Harborview CHC <news@{H}>", "haitian-community@harborviewchc.org",
        "Vaksen grip gratis",
        "Vaksen grip ak COVID gratis samdi 12 desanm, 9è rive 1è. Pa bezwen asirans. Gen entèprèt kreyòl.\n",
        lang="ht", charset="iso-8859-1",
    ),
    Spec(
        True, "sliding_fee",
        "Spanish: sliding-fee approval mentioning the applicant's diabetes visits.",
        f"Patient Financial Services <pfs@{H}>", "teodora.vl74@gmail.com",
        "Su descuento de tarifa móvil",
        "Estimada Sra. Teodora Vasquez Luna:\n\nSu solicitud fue aprobada (descuento 100%, Nivel A). Cubre sus visitas de control de\n"
        "diabetes y la colonoscopía del 18 de diciembre. Número de cuenta HV-0082517.\n\nServicios Financieros\n",
        lang="es", charset="iso-8859-1",
    ),
    Spec(
        True, "missed_treatment",
        "Hard positive: Spanish text to a son about his mother's missed dialysis, first name only.",
        f"Leah Rousseau <lrousseau@{C}>", "rafa.ortiz.trabajo@outlook.com",
        "Su mamá",
        "Rafael, su mamá Consuelo no vino a diálisis hoy ni el miércoles. Por favor llámenos al 206-555-0104. Gracias, Leah\n",
        lang="es",
    ),
    Spec(
        False, "survey_template",
        "Hard negative: Spanish appointment-reminder template with placeholders.",
        f"Summit Imaging <outreach@{S}>", "templates@remindercloud.io",
        "Plantilla recordatorio ES",
        "Hola {{nombre}}, le recordamos su cita en Summit Imaging el {{fecha}} a las {{hora}}. Responda C para confirmar.\n",
        lang="es", charset="iso-8859-1",
    ),
]
