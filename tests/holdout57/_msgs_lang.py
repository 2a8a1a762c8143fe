"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Cyrillic, Devanagari)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish discharge instructions to patient",
        notes="Spanish discharge instructions naming the patient with a kidney stone diagnosis and medication, sent to her hotmail.",
        frm="Brightwater Eastgate <eastgate@brightwateruc.com>",
        to="yesenia.barragan@hotmail.com",
        subject="Instrucciones de su visita de hoy",
        body=(
            "Estimada Sra. Yesenia Barragán:\n\nHoy en Brightwater Eastgate la Dra. Ferrante le diagnosticó un cálculo renal "
            "de 4 mm en el uréter izquierdo. Tome tamsulosina 0,4 mg una vez al día y ketorolaco si tiene dolor. Beba "
            "mucha agua y cuele la orina. Si tiene fiebre o vómitos, vaya a urgencias.\n\nCita con urología: 25 de marzo.\n\n"
            "Brightwater Urgent Care - 555-0142"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish DOT exam preparation flyer",
        notes="Hard negative: Spanish flyer on what to bring to a DOT physical (lists conditions generally); no individual.",
        frm="Ironline Occupational Health <hello@ironlineoccmed.com>",
        to="alldrivers@redmesafreight.com",
        subject="Qué traer a su examen físico DOT",
        body=(
            "Conductores:\n\nPara su examen médico del DOT traiga su licencia, sus lentes o audífonos, la lista de sus "
            "medicamentos y, si tiene diabetes con insulina, apnea del sueño o problemas del corazón, los informes de su "
            "médico. El examen dura unos 45 minutos.\n\nIronline Occupational Health - 555-0155"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Russian positive test notice to donor",
        notes="Hard positive: Russian letter to a donor's mail.ru address with his name, specimen number and an MRO-verified opiate positive.",
        frm="Donor Services <donorservices@veritastoxlabs.com>",
        to="v.kuznetsov84@mail.ru",
        subject="Результат вашего теста",
        body=(
            "Уважаемый Виктор Кузнецов,\n\nВаш образец V6630277 (сбор 12 марта) подтверждён как положительный на морфин "
            "(1850 нг/мл). Врач MRO доктор Уитфилд позвонит вам по номеру 555-0134, чтобы обсудить ваши рецепты. "
            "Вы имеете право на повторный анализ второй пробы в течение 72 часов.\n\nVeritas Toxicology Laboratories"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="Russian urgent care hours notice",
        notes="Russian notice of urgent care opening hours and services; no individual.",
        frm="Brightwater Urgent Care <news@brightwateruc.com>",
        to="info@fenwickrussiancommunity.org",
        subject="Часы работы Brightwater Urgent Care",
        body=(
            "Здравствуйте!\n\nПросим разослать членам общины: клиники Brightwater работают ежедневно с 8:00 до 20:00 без "
            "записи. Мы лечим простуду, травмы, порезы, делаем рентген и прививки от гриппа. Переводчик по телефону бесплатно.\n\n"
            "Brightwater Urgent Care, 555-0142"
        ),
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="Polish hypertension letter to driver",
        notes="Polish letter to a driver's gmail naming him, his blood pressure and a 3-month certificate.",
        frm="Dr. Nadia Kaplan <nkaplan@ironlineoccmed.com>",
        to="tomasz.wrobel.cdl@gmail.com",
        subject="Wynik badania DOT",
        body=(
            "Panie Tomaszu Wróblu,\n\npodczas dzisiejszego badania ciśnienie krwi wynosiło 164/101 (nadciśnienie II stopnia). "
            "Otrzymał Pan jednorazowe zaświadczenie na 3 miesiące. Proszę jak najszybciej udać się do lekarza rodzinnego "
            "i rozpocząć leczenie; ponowna kontrola do 18 czerwca.\n\nZ poważaniem,\nIronline Occupational Health"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=False,
        category="Polish collection instructions",
        notes="Hard negative: Polish generic instructions for a urine drug test collection; no donor.",
        frm="Collections Dept <collections@veritastoxlabs.com>",
        to="biuro@polskicentrumfenwick.org",
        subject="Instrukcja: pobranie próbki moczu",
        body=(
            "Szanowni Państwo,\n\nprosimy przekazać pracownikom: na pobranie należy przyjść z dokumentem ze zdjęciem. "
            "Nie wolno zabierać torby do łazienki. Próbka musi mieć co najmniej 45 ml. Jeśli ktoś przyjmuje leki na "
            "receptę, może o nich powiedzieć lekarzowi MRO, nie pobierającemu.\n\nVeritas Toxicology Laboratories"
        ),
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        phi=True,
        category="Hindi message to son about father's result",
        notes="Hard positive: Hindi reply to a son's gmail naming his father, his ECG finding and an ER referral.",
        frm="Nurse Line <nurseline@brightwateruc.com>",
        to="arjun.mehta.fenwick@gmail.com",
        subject="Re: पिताजी की जाँच",
        body=(
            "नमस्ते अर्जुन जी,\n\nआपके पिताजी श्री रमेश मेहता (जन्म 1952) की आज की ईसीजी में एट्रियल फ़िब्रिलेशन दिखा है। "
            "डॉ. ओसेई ने उन्हें हृदय रोग विशेषज्ञ के पास भेजा है और एलिक्विस शुरू की है। अगर सीने में दर्द हो तो तुरंत 911 पर कॉल करें।\n\n"
            "Brightwater नर्स लाइन"
        ),
        charset="utf-8",
        lang="hi",
    ),
    Spec(
        phi=False,
        category="Hindi flu vaccine notice",
        notes="Hindi community notice about walk-in flu vaccines; no individual.",
        frm="Community Relations <community@brightwateruc.com>",
        to="sewa@fenwickhindutemple.org",
        subject="फ़्लू का टीका - बिना अपॉइंटमेंट",
        body=(
            "नमस्ते,\n\nकृपया अपने सदस्यों को बताएँ: Brightwater के तीनों क्लीनिकों में फ़्लू का टीका बिना अपॉइंटमेंट के "
            "सुबह 8 से रात 8 बजे तक उपलब्ध है। अधिकतर बीमा स्वीकार किए जाते हैं।\n\nBrightwater Urgent Care"
        ),
        charset="utf-8",
        lang="hi",
    ),
]
