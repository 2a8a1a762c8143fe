# ruff: noqa: RUF001
"""Non-English and mixed-language messages from all three organisations (4 PHI, 6 not):
Russian (koi8-r), Spanish (iso-8859-1 / windows-1252), Polish (iso-8859-2), Haitian Creole."""

from __future__ import annotations

from _spec import EMS, MID, OCC, Att, Spec

PHI: list[Spec] = [
    Spec(
        phi=True,
        category="lang_ru_ems_billing_son",
        notes="Russian billing letter to a patient's son: father's name, transport date, "
        "account, Medicare payment and balance (koi8-r).",
        frm=f"Tamarack County EMS Billing Office <billing@{EMS}>",
        to="a.kolesnikov82@mail.ru",
        subject="Счёт за перевозку на скорой помощи, счёт TCE-0420390",
        body="Уважаемый Андрей Викторович,\n\nПо Вашей просьбе направляем информацию о счёте "
        "Вашего отца, Виктора Степановича Колесникова (дата рождения 03.07.1941). 14.10.2026 "
        "он был доставлен бригадой Medic 14 в больницу St. Brendan's с подозрением на инсульт "
        "(вызов 26-118602).\n\nСумма: $1,723.00\nОплачено Medicare: $1,404.60\nОстаток к оплате: "
        "$318.40\n\nМожно оплатить частями. Телефон: (507) 555-0148 (есть переводчик).\n\n"
        "С уважением,\nОтдел расчётов Tamarack County EMS\n",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="lang_es_mid_statement_client",
        notes="Spanish statement to a birth-center client: her name, birth date of her baby, "
        "services, insurance payment and balance (iso-8859-1), English footer.",
        frm=f"Willowbend Billing <billing@{MID}>",
        to="lucia.manzanares@yahoo.com",
        subject="Estado de cuenta - Willowbend",
        body="Estimada Sra. Lucía Manzanares:\n\nAdjuntamos el resumen de su cuenta WB-20299:\n\n"
        "- Atención prenatal y parto en el centro (22/10/2026)   $5,400.00\n"
        "- Visita de lactancia a domicilio (25/10/2026)          $150.00\n"
        "- Pago de Medica                                       -$4,710.00\n"
        "Saldo pendiente: $840.00\n\nPuede pagar en plazos sin intereses. Llámenos al "
        "(507) 555-0170, hablamos español.\n\nWillowbend Midwifery & Birth Center\n\n"
        "Questions in English? Reply to this e-mail.\n",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="lang_pl_occ_vision_worker",
        notes="Hard positive: Polish letter to a new hire's personal mailbox about his failed "
        "vision test and re-test with glasses (iso-8859-2).",
        frm=f'"Colleen Mwangi, RN, COHN" <cmwangi@{OCC}>',
        to="tomek.wierzbicki@gmail.com",
        subject="Badanie wstępne - ponowne badanie wzroku",
        body="Szanowny Panie Tomaszu,\n\npodczas badania wstępnego 02.10.2026 wynik badania wzroku "
        "(prawe oko 20/50) nie spełnił wymagań dla operatora wózka widłowego. Prosimy o "
        "ponowne badanie w okularach w przychodni zakładowej (Plant 1) w środę 18.11 o "
        "godz. 7:00. Data rozpoczęcia pracy zostanie przesunięta na 23.11.\n\n"
        "Z poważaniem,\nColleen Mwangi, RN\nMeridell Occupational Health Services\n",
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=True,
        category="lang_ht_ems_billing_daughter",
        notes="Hard positive: Haitian Creole billing letter to a patient's daughter naming her "
        "mother, the transport, the asthma attack and the balance (utf-8).",
        frm=f"Terri Lundquist <tlundquist@{EMS}>",
        to="nadege.jbaptiste@gmail.com",
        subject="Bòdwo anbilans pou manman ou",
        body="Bonjou Madan Nadège,\n\nNou voye enfòmasyon sou bòdwo manman ou, Marie-Claude "
        "Jean-Baptiste (kont TCE-0420871). Anbilans Medic 22 te mennen l lopital St. Brendan's "
        "nan dat 1 novanm 2026 pou yon kriz opresyon (asthma). Medicaid peye $1,102.00; rès la "
        "se $0.00 men nou bezwen nimewo Medicaid li a pou nou fèmen kont lan.\n\nSi ou gen "
        "kesyon, rele (507) 555-0148. Nou gen entèprèt kreyòl.\n\nMèsi,\nTerri Lundquist\n",
        lang="ht",
    ),
]

CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="lang_ru_ems_cpr_class",
        notes="Russian community announcement of a free CPR class (koi8-r), no individual.",
        frm=f"Community Outreach <outreach@{EMS}>",
        to="info@alderfalls-russiancenter.org",
        subject="Бесплатные курсы сердечно-лёгочной реанимации",
        body="Здравствуйте!\n\nСлужба скорой помощи округа Tamarack приглашает всех желающих на "
        "бесплатный курс сердечно-лёгочной реанимации (СЛР) и использования дефибриллятора. "
        "Суббота, 5 декабря, 11:00, Русский общинный центр. Занятие ведёт парамедик на русском "
        "языке.\n\nПросим разместить объявление.\n",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="lang_es_mid_classes_marketing",
        notes="Hard negative: Spanish birth-center marketing for prenatal and breastfeeding "
        "classes "
        "(iso-8859-1), no client.",
        frm=f"Willowbend Birth Center <news@{MID}>",
        to="comunidad@latinosunidosmn.org",
        subject="Clases prenatales en español - diciembre",
        body="¡Hola!\n\nWillowbend ofrece clases de preparación para el parto y lactancia materna "
        "en español, gratis para familias con Medical Assistance. Jueves a las 6 pm. "
        "Temas: señales de parto, diabetes gestacional, depresión posparto, cómo amamantar.\n\n"
        "¿Podrían compartirlo en su boletín? Gracias.\n",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="lang_es_occ_heat_notice",
        notes="Spanish/English safety notice on heat illness for plant workers (windows-1252).",
        frm=f"Meridell Occupational Health <news@{OCC}>",
        to="all-employees@meridellmfg.com",
        subject="Aviso de seguridad / Safety notice: golpe de calor",
        body="AVISO: En la fundición, tome agua cada 15 minutos. Síntomas de golpe de calor: "
        "confusión, piel caliente y seca, desmayo. Llame al 911 y avise a su supervisor.\n\n"
        "NOTICE: In the foundry, drink water every 15 minutes. Heat stroke signs: confusion, "
        "hot dry skin, fainting. Call 911 and tell your supervisor.\n",
        charset="windows-1252",
        lang="es",
    ),
    Spec(
        phi=False,
        category="lang_pl_occ_drug_policy",
        notes="Hard negative: Polish summary of the drug-testing policy change for employees "
        "(iso-8859-2), no individual.",
        frm=f'"Raj Patel, Occupational Health Manager" <rpatel@{OCC}>',
        to="pracownicy-pl@meridellmfg.com",
        subject="Zmiany w zasadach testów na narkotyki i alkohol od 1 stycznia",
        body="Szanowni Państwo,\n\nod 1 stycznia 2027 r. panel testów rozszerza się do 10 "
        "substancji (w tym fentanyl i oksykodon). Odmowa wykonania testu jest traktowana jak "
        "wynik pozytywny. Pracownicy na stanowiskach wymagających szczególnej ostrożności "
        "(wózki widłowe, suwnice) podlegają testom losowym.\n\nPełna treść zasad w intranecie.\n",
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=False,
        category="lang_pl_ems_cpr_flyer",
        notes="Polish-language CPR course flyer from EMS to a parish (iso-8859-2) with a PDF in "
        "English.",
        frm=f"Community Outreach <outreach@{EMS}>",
        to="biuro@stjadwigaparish.org",
        subject="Bezpłatny kurs pierwszej pomocy",
        body="Szczęść Boże,\n\nzapraszamy parafian na bezpłatny kurs resuscytacji krążeniowo-"
        "oddechowej (RKO) i obsługi AED, niedziela 6 grudnia po mszy o 10:00. Ulotka w "
        "załączniku.\n\nTamarack County EMS\n",
        charset="iso-8859-2",
        lang="pl",
        atts=(
            Att(
                "CPR_flyer.txt",
                "text/plain",
                "Tamarack County EMS - free Hands-Only CPR, Sunday Dec 6, 11:00, parish hall.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="lang_ht_mid_lactation_group",
        notes="Hard negative: Haitian Creole flyer for the breastfeeding support group (utf-8), "
        "mentions mastitis and low milk supply as topics.",
        frm=f'"Amara Diallo, IBCLC" <adiallo@{MID}>',
        to="info@kominotehaitienmn.org",
        subject="Gwoup sipò pou bay tete - chak jedi",
        body="Bonjou,\n\nWillowbend ap òganize yon gwoup sipò gratis pou manman k ap bay tete, "
        "chak jedi 10è - 11è30. Nou pale sou: kijan pou ti bebe a pran tete byen, lè lèt la "
        "pa ase, mastit (tete anfle), ak retounen travay. Tout moun byenvini.\n\n"
        "Tanpri pataje nan kominote a. Mèsi!\nAmara\n",
        lang="ht",
    ),
]

MESSAGES: list[Spec] = PHI + CLEAN
