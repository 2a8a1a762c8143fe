# ruff: noqa: E501, RUF001
"""Hand-written non-English messages (es, ko, ru, tl, pl, so, hi), some in legacy charsets."""

from __future__ import annotations

from _pdf import pdf
from _spec import Att, Spec

DOM = "brightwaterhealth.org"

MESSAGES: list[Spec] = [
    # ---------------- Spanish ----------------
    Spec(
        True,
        "results",
        "Spanish (ISO-8859-1) lab results to patient's personal mailbox: name, glucose, thyroid, medication.",
        f"Clínica Norte <clinicanorte@{DOM}>",
        "guadalupe.ortiz.r@hotmail.com",
        "Resultados de sus análisis",
        """\
Estimada Sra. Guadalupe Ortiz Ramírez:

El Dr. Haugen revisó los resultados de sus análisis del 20 de noviembre:

- Glucosa en ayunas: 162 mg/dL (alta)
- Hemoglobina A1c: 7,9 %
- TSH: 6,8 mUI/L (hipotiroidismo leve)

El doctor quiere aumentar la levotiroxina a 75 mcg diarios y repetir la TSH en 6 semanas. Por
favor llámenos al 612-555-0131 para hacer la cita. ¿Tiene preguntas? Con gusto le ayudamos.

Atentamente,
Maribel Soto, enfermera
Brightwater Family Medicine - Clínica Norte
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        True,
        "pediatrics",
        "Spanish appointment reminder naming a child, DOB, the mother and a developmental evaluation.",
        f"Pediatría Brightwater <peds@{DOM}>",
        "yesenia.cruzmtz@gmail.com",
        "Recordatorio de cita para Santiago",
        """\
Hola Sra. Yesenia Cruz,

Le recordamos la cita de su hijo Santiago Martínez Cruz (fecha de nacimiento 14/02/2023) el
jueves 3 de diciembre a las 2:30 p. m. con la Dra. Bjornstad para la evaluación del desarrollo
y del lenguaje (sospecha de trastorno del espectro autista). Traiga el cuestionario M-CHAT que le
enviamos. Habrá intérprete en persona.

Pediatría Brightwater · 612-555-0150
""",
        lang="es",
    ),
    Spec(
        False,
        "public_health",
        "Hard negative: Spanish flu/COVID vaccine clinic flyer with diseases and ages, no individual.",
        f"Salud Comunitaria <community@{DOM}>",
        "boletin@iglesiasanjosebw.org",
        "Clínica de vacunas gratis - 6 de diciembre",
        """\
Buenos días, padre Ignacio:

¿Podrían incluir este aviso en el boletín del domingo?

CLÍNICA DE VACUNAS GRATIS
Sábado 6 de diciembre, 9:00 a 13:00, salón parroquial
- Vacuna contra la influenza para mayores de 6 meses
- Vacuna COVID-19 actualizada
- Vacuna contra el VRS para mayores de 75 años y embarazadas de 32 a 36 semanas
No se necesita seguro médico ni cita. Habrá personal bilingüe.

Gracias,
Equipo de Salud Comunitaria, Brightwater Health
""",
        charset="iso-8859-1",
        lang="es",
    ),
    # ---------------- Korean ----------------
    Spec(
        True,
        "care_coordination",
        "Korean (EUC-KR) note to a patient's daughter: father's name, diabetes, insulin dose, appointment.",
        f"Grace Yoon RN <gyoon@{DOM}>",
        "jiyoung.kim.mn@naver.com",
        "아버님 진료 결과 안내",
        """\
김지영 님께,

아버님 김상철 님(1948년생)의 오늘 진료 결과를 안내해 드립니다.

당화혈색소 9.2%로 지난번보다 높아졌습니다. 하우겐 선생님께서 인슐린(란투스)을 저녁에
16단위로 올리라고 하셨습니다. 발 검사에서 왼쪽 발가락에 작은 상처가 있어 다음 주 화요일
12월 1일 오전 10시에 상처 클리닉 예약을 잡아 드렸습니다.

궁금하신 점은 612-555-0131로 연락 주세요.

윤은혜 간호사 드림
브라이트워터 가정의학과
""",
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        True,
        "pharmacy",
        "Korean prescription-ready message naming the patient and an antidepressant.",
        f"Brightwater Outpatient Pharmacy <rxpickup@{DOM}>",
        "parksoomin88@gmail.com",
        "처방약 준비 완료",
        """\
박수민 님, 안녕하세요.

요청하신 처방약이 준비되었습니다.
- 에스시탈로프람(렉사프로) 10mg, 30정
- 트라조돈 50mg, 30정 (취침 전)

수령 장소: 브라이트워터 병원 1층 외래약국
본인 확인을 위해 신분증을 지참해 주세요. 정신건강의학과 다음 예약은 12월 14일입니다.

브라이트워터 외래약국
""",
        lang="ko",
    ),
    Spec(
        False,
        "community_event",
        "Hard negative: Korean (EUC-KR) community health fair notice listing screenings for diabetes and hepatitis B.",
        f"Community Health <community@{DOM}>",
        "office@twincitieskoreanchurch.org",
        "건강 박람회 안내",
        """\
목사님께,

브라이트워터 병원이 12월 12일(토) 오전 10시부터 오후 2시까지 교회 친교실에서 무료 건강
박람회를 엽니다.

- 혈압 및 혈당 검사
- B형 간염 검사 및 예방접종 안내
- 독감 예방접종
- 한국어 통역 제공

주보에 실어 주시면 감사하겠습니다.

지역사회 건강팀 드림
""",
        charset="euc-kr",
        lang="ko",
    ),
    # ---------------- Russian ----------------
    Spec(
        True,
        "results",
        "Russian (windows-1251) cardiology results to the patient: echo, ejection fraction, medication.",
        f"Кардиология Brightwater <cardiology@{DOM}>",
        "v.sokolova1957@mail.ru",
        "Результаты эхокардиографии",
        """\
Уважаемая Валентина Петровна Соколова!

Сообщаем результаты эхокардиографии от 19 ноября 2026 г.:
фракция выброса левого желудочка 38 % (снижена), умеренная митральная регургитация.

Доктор Окафор назначил сакубитрил/валсартан 24/26 мг два раза в день вместо лизиноприла.
Прекратите приём лизиноприла за 36 часов до первой дозы. Повторный приём назначен на
8 декабря в 10:40.

С уважением,
Отделение кардиологии, Brightwater Hospital
Тел. 612-555-0170
""",
        charset="windows-1251",
        lang="ru",
    ),
    Spec(
        True,
        "billing",
        "Hard positive: Russian billing reply; account number and surgery sit in the quoted patient email.",
        f"Patient Financial Services <pfs@{DOM}>",
        "igor.belenko.mn@gmail.com",
        "Re: счёт за операцию",
        """\
Здравствуйте, Игорь!

Мы проверили ваш счёт. Страховая компания доплатит оставшуюся сумму, поэтому платить сейчас ничего
не нужно. Новый счёт придёт в январе.

Отдел расчётов с пациентами, Brightwater

> От: Игорь Беленко <igor.belenko.mn@gmail.com>
> Мне пришёл счёт на 2 840 долларов за операцию на колене (артроскопия, 15 октября),
> номер счёта 77309911. Страховка North Prairie должна была всё оплатить. Помогите разобраться.
""",
        lang="ru",
    ),
    Spec(
        False,
        "training",
        "Hard negative: Russian (windows-1251) invitation to a medical-interpreter terminology training.",
        f"Языковая служба <interpreters@{DOM}>",
        "russian-interpreters@mnlanguagebank.org",
        "Семинар для медицинских переводчиков",
        """\
Коллеги, добрый день!

Приглашаем русскоязычных переводчиков на семинар по медицинской терминологии 10 декабря
в 18:00 (онлайн). Темы: онкология, химиотерапия, паллиативная помощь, информированное
согласие. Продолжительность 2 часа, засчитывается 0,2 CEU.

Регистрация по ответному письму до 7 декабря.

Языковая служба Brightwater Health
""",
        charset="windows-1251",
        lang="ru",
    ),
    # ---------------- Tagalog ----------------
    Spec(
        True,
        "home_health",
        "Tagalog discharge instructions to the patient's son: name, heart failure, diuretic dose, follow-up.",
        f"Transitions of Care <toc@{DOM}>",
        "jomar.villanueva@yahoo.com",
        "Mga bilin sa pag-uwi ni Tatay",
        """\
Magandang araw, Jomar,

Ito ang mga bilin para kay G. Ernesto Villanueva na lumabas ngayong araw (heart failure):

- Furosemide 40 mg, isang beses sa umaga
- Timbangin araw-araw; tumawag kung tumaas ng 2 kilo sa loob ng 3 araw
- Huwag lumampas sa 1.5 litro ng tubig bawat araw, iwasan ang maalat
- Balik-check kay Dr. Okafor sa Disyembre 2, 9:20 ng umaga

Tumawag sa 612-555-0164 kung may hirap sa paghinga.

Salamat po,
Marisol, Transitions of Care
""",
        lang="tl",
    ),
    Spec(
        True,
        "pregnancy",
        "Tagalog note to patient: gestational diabetes result and OB appointment.",
        f"Women's Health <womenshealth@{DOM}>",
        "lovely.manalo23@gmail.com",
        "Resulta ng glucose test",
        """\
Hi Lovely,

Lumabas na ang resulta ng 3-hour glucose test mo noong Nobyembre 20: 2 sa 4 na value ay mataas,
kaya may gestational diabetes ka. Huwag mag-alala, karaniwan ito. Naka-schedule ka sa diabetes
educator sa Disyembre 1, 1:00 PM, at tuturuan ka kung paano mag-check ng blood sugar. 28 weeks
ka na ngayon.

Heidi, RN
Women's Health, Brightwater Family Medicine
""",
        lang="tl",
    ),
    Spec(
        False,
        "staff_event",
        "Hard negative: Tagalog staff association party invite mentioning nurses and units, no patients.",
        f"Fil-Am Nurses Association BWH <filamnurses@{DOM}>",
        "pnamn.board@gmail.com",
        "Imbitasyon: Paskuhan 2026",
        """\
Mga kasama,

Inaanyayahan namin kayo sa Paskuhan 2026 ng mga Filipino nurses ng Brightwater Hospital sa
Disyembre 19, 6:00 PM, sa Lakeshore Community Hall. May potluck, parol contest at kantahan.
Imbitado ang lahat ng nurses mula ICU, 4 West, OR at ED pati ang kanilang pamilya.

Pakisagot bago ang Disyembre 10.

Salamat,
Cora Dimaculangan, RN, Presidente
""",
        lang="tl",
    ),
    # ---------------- Polish ----------------
    Spec(
        True,
        "post_op",
        "Polish (ISO-8859-2) post-operative letter to the patient: name, surgery, wound care, anticoagulant.",
        f"Chirurgia Brightwater <surgery@{DOM}>",
        "m.wisniewski67@wp.pl",
        "Zalecenia po operacji",
        """\
Szanowny Panie Marku Wiśniewski,

Przesyłamy zalecenia po operacji wszczepienia endoprotezy stawu biodrowego (25 listopada):

- Enoksaparyna 40 mg podskórnie raz dziennie przez 28 dni
- Zmiana opatrunku co 2 dni, nie moczyć rany do zdjęcia szwów
- Zdjęcie szwów: 8 grudnia, godz. 9:00, gabinet dr Kowalczyk
- Fizjoterapia 3 razy w tygodniu

W razie gorączki powyżej 38,5°C lub zaczerwienienia rany prosimy dzwonić: 612-555-0175.

Z poważaniem,
Oddział Chirurgii, Brightwater Hospital
""",
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        True,
        "behavioral_health",
        "Polish (ISO-8859-2) message to a patient's wife about his alcohol detox admission (SUD, Part 2).",
        f"Oddział Detoksykacji <detox@{DOM}>",
        "agnieszka.zielinska@onet.pl",
        "Informacja o mężu",
        """\
Pani Agnieszko,

Zgodnie ze zgodą podpisaną przez męża, Pana Tomasza Zielińskiego, informujemy, że został
przyjęty na oddział detoksykacji alkoholowej 23 listopada. Otrzymuje chlordiazepoksyd według
protokołu CIWA; w nocy miał drżenia, ale bez drgawek. Planowany wypis 27 listopada, następnie
program terapii uzależnień w Twin Rivers Recovery.

Informacje te są chronione przepisami 42 CFR Part 2.

Zespół oddziału detoksykacji, Brightwater Hospital
""",
        charset="iso-8859-2",
        lang="pl",
    ),
    Spec(
        False,
        "job_posting",
        "Polish job posting for a bilingual medical assistant; mentions clinic services, no patients.",
        f"Rekrutacja Brightwater <careers@{DOM}>",
        "ogloszenia@polonia-mn.org",
        "Oferta pracy: asystent medyczny (polski/angielski)",
        """\
Dzień dobry,

Prosimy o zamieszczenie ogłoszenia w biuletynie Polonii:

Brightwater Family Medicine zatrudni asystenta medycznego (CMA) ze znajomością języka polskiego
i angielskiego. Praca w przychodni rodzinnej: pomiar ciśnienia, szczepienia, przygotowanie
pacjentów do wizyt. Pełny etat, 24-27 USD/godz., ubezpieczenie zdrowotne od pierwszego dnia.

Aplikacje: careers.brightwaterhealth.org, oferta nr 26-0412.

Dział Rekrutacji
""",
        charset="iso-8859-2",
        lang="pl",
    ),
    # ---------------- Somali ----------------
    Spec(
        True,
        "infectious_disease",
        "Somali message to a resettlement caseworker: client's latent TB result and treatment start.",
        f"Refugee Health Clinic <refugeehealth@{DOM}>",
        "caseworkers@lutheranresettlementmn.org",
        "Natiijada baaritaanka TB - Faadumo",
        """\
Salaan Hibaaq,

Macmiilkaaga Faadumo Cali Warsame (dhalasho 05/03/1994) baaritaankeeda dhiigga ee QuantiFERON
wuxuu soo baxay POSITIVE, raajada xabadkuna waa caadi. Tani waa qaaxo qarsoon (latent TB), ma
aha mid faafa. Waxay bilaabi doontaa rifampin 600 mg maalin kasta muddo 4 bilood ah, laga
bilaabo 1 Diseembar. Fadlan u sheeg inay timaado ballanta 9:00 subaxnimo.

Mahadsanid,
Ayaan Guled, RN, Refugee Health Clinic
""",
        lang="so",
    ),
    Spec(
        True,
        "pregnancy",
        "Somali prenatal appointment reminder to the patient with weeks of pregnancy and ultrasound.",
        f"Women's Health <womenshealth@{DOM}>",
        "sahra.abdi.mpls@gmail.com",
        "Xasuusin ballan",
        """\
Sahra Abdi, nabad gelyo,

Waxaan kuu xasuusinaynaa ballantaada uurka: Isniin, 30 Nofeembar, 10:20 subaxnimo, Dr. Wexler.
Uurkaagu waa 20 toddobaad, waxaana laguu samayn doonaa ultrasound-ka anatomy-ga. Ku cab biyo
badan ka hor. Turjubaan Soomaali ah ayaa joogi doona.

Women's Health, Brightwater Family Medicine
612-555-0152
""",
        lang="so",
    ),
    Spec(
        False,
        "public_health",
        "Hard negative: Somali measles (MMR) vaccine awareness bulletin for a mosque newsletter, no individual.",
        f"Community Health <community@{DOM}>",
        "info@abubakarcenter-mn.org",
        "Tallaalka jadeecada (MMR)",
        """\
Assalaamu calaykum,

Fadlan ku dar ogeysiiskan warsidaha masjidka:

Jadeecadu (measles) waa cudur si fudud u faafa. Carruurta waxay u baahan yihiin laba tallaal oo
MMR ah: marka ay jiraan 12-15 bilood iyo 4-6 sano. Tallaalku waa bilaash Sabtida 12 Diseembar,
10:00-2:00, Brightwater Pediatrics. Ma jiro wax caddayn ah oo muujinaya in MMR uu keeno autism.

Kooxda Caafimaadka Bulshada, Brightwater Health
""",
        lang="so",
    ),
    # ---------------- Hindi ----------------
    Spec(
        True,
        "results",
        "Hindi message to the patient's son: mother's thyroid and vitamin results with PDF report named after her.",
        f"Dr. Anjali Mehra <amehra@{DOM}>",
        "rohit.sharma.mn@gmail.com",
        "माताजी की रिपोर्ट",
        """\
रोहित जी,

आपकी माताजी श्रीमती कमला शर्मा की 21 नवंबर की रिपोर्ट संलग्न है। TSH 11.2 है, यानी थायरॉइड कम
काम कर रहा है (हाइपोथायरायडिज्म)। विटामिन B12 भी कम (180) है। मैंने लेवोथायरोक्सिन 50 mcg रोज़
सुबह खाली पेट और B12 की गोली शुरू की है। छह हफ्ते बाद फिर से खून की जांच करेंगे।

डॉ. अंजलि मेहरा
Brightwater Family Medicine
""",
        lang="hi",
        atts=(
            Att(
                "Kamla_Sharma_labs_2026-11-21.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER FAMILY MEDICINE - LABORATORY REPORT",
                        "Patient: SHARMA, KAMLA     DOB: 07/12/1952     MRN: BW00587730",
                        "Collected: 11/21/2026",
                        "TSH 11.2 uIU/mL (0.4-4.5) HIGH",
                        "Free T4 0.7 ng/dL (0.8-1.8) LOW",
                        "Vitamin B12 180 pg/mL (232-1245) LOW",
                    ],
                    "Lab report",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "newsletter",
        "Hard negative: Hindi diabetes-awareness newsletter column with symptoms and medication names.",
        f"Community Health <community@{DOM}>",
        "editor@mnhindisamachar.org",
        "मधुमेह जागरूकता लेख - दिसंबर अंक",
        """\
संपादक जी,

दिसंबर अंक के लिए स्वास्थ्य लेख:

"दक्षिण एशियाई लोगों में टाइप 2 मधुमेह का खतरा अधिक होता है। अधिक प्यास, बार-बार पेशाब और थकान
इसके लक्षण हो सकते हैं। 35 वर्ष की उम्र के बाद हर तीन साल में HbA1c जांच कराएं। मेटफॉर्मिन
जैसी दवाएं और रोज़ 30 मिनट टहलना मदद करते हैं।"

धन्यवाद,
सामुदायिक स्वास्थ्य टीम, Brightwater Health
""",
        lang="hi",
    ),
    Spec(
        False,
        "staff_notice",
        "Hard negative: Hindi note to an interpreter agency about scheduling capacity; named interpreters are workforce, no patient.",
        f"Language Services <interpreters@{DOM}>",
        "scheduling@desiinterpreting.com",
        "दिसंबर में हिंदी दुभाषियों की आवश्यकता",
        """\
नमस्ते सुनीता जी,

दिसंबर में हमारे अस्पताल में हिंदी और पंजाबी दुभाषियों की मांग बढ़ रही है, खासकर ऑन्कोलॉजी और
प्रसूति विभाग में। क्या आप मंगलवार और गुरुवार को सुबह 8 से 12 बजे तक दो दुभाषिए भेज सकती हैं?
पिछले महीने राजेश और प्रिया का काम बहुत अच्छा रहा।

धन्यवाद,
भाषा सेवा विभाग, Brightwater Hospital
""",
        lang="hi",
    ),
]
