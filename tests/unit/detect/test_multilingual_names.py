"""Table tests for the multilingual recognizers: titles + names (es, pt, fr, ht, vi, ar, lower-case
texting), labelled dates of birth and member numbers in other languages, organisation words, and
the es/intl clinical lexicons. Each row is a real-looking sentence and the exact spans expected
(an empty list: nothing may match)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.detect.lexicon import Lexicon
from gateway.detect.recognizers.base import PhiPatternRecognizer
from gateway.detect.recognizers.multilingual import (
    CLINICIAN_TITLES_INTL,
    ORG_WORDS_INTL,
    AppointmentRecognizer,
    ForeignDateOfBirthRecognizer,
    ForeignMemberIdRecognizer,
    ForeignNameRecognizer,
    is_inflected_common_word,
)

LEXICONS = Path(__file__).resolve().parents[3] / "models" / "lexicons"

NAMES: list[tuple[str, list[str]]] = [
    # Spanish: titles, salutations, lower-case texting after a title
    ("Estimado Sr. Julián Ortega Villaseñor:", ["Julián Ortega Villaseñor"]),
    ("Estimada Sra. Beatriz Molina,", ["Beatriz Molina"]),
    ("La Srta. Paloma Ríos llamó ayer.", ["Paloma Ríos"]),
    ("Doña Remedios Castañeda no vino a la cita.", ["Remedios Castañeda"]),
    ("pasa con doña lucha (luz) barragan en la tarde", ["lucha (luz) barragan"]),
    ("la señora carmen salinas dice que ya tiene su receta", ["carmen salinas"]),
    ("la señora de la limpieza viene el lunes", []),
    ("el señor que llamó no dejó su nombre", []),
    ("Estimados padres de familia:", []),
    # Portuguese
    ("Prezada Sra. Conceição Almeida,", ["Conceição Almeida"]),
    ("Dona Aparecida Souza tem consulta amanhã.", ["Aparecida Souza"]),
    # French: M. only as Monsieur, not as an English middle initial
    ("Objet : M. Gaston Beaulieu, suivi en cardiologie", ["Gaston Beaulieu"]),
    ("la lettre pour M. Beaulieu est prête", ["Beaulieu"]),
    ("Bonjour Mme. Josée Tremblay,", ["Josée Tremblay"]),
    ("Mlle Océane Gagnon a appelé", ["Océane Gagnon"]),
    ("Present: J. Whitaker (Chair), M. Delgado, R. Sung.", []),
    ("John M. Smith signed the form.", []),
    ("Per Dr. M. Okafor the unit is full.", []),
    # Haitian Creole
    ("Msye Wilner Dorvil, randevou ou se demen.", ["Wilner Dorvil"]),
    ("Madan Roselaure Jean-Baptiste,", ["Roselaure Jean-Baptiste"]),
    # Vietnamese: a title or salutation before an organisation is not a person
    ("Kính gửi bà Trần Thị Hoa,", ["Trần Thị Hoa"]),
    ("Kính gửi Hội Phụ Nữ Việt Nam,", []),
    ("Chào Trung Tâm Y Tế Cộng Đồng,", []),
    # Arabic: title + name, the name ends before the courtesy word
    ("السيد محمد عبد الله الحسن المحترم،", ["محمد عبد الله الحسن"]),
    ("عزيزتي مريم يوسف، نذكرك بموعدك", ["مريم يوسف"]),
    ("السيدة المحترمة، نرجو منك", []),
    # Russian given name + surname in an oblique case ("the mother of ...", "to ...")
    ("у вашей мамы, Галины Вороновой, прошла успешно", ["Галины Вороновой"]),  # noqa: RUF001
    ("передайте Ивану Петрову результаты", ["Ивану Петрову"]),
    ("выписка для Анны Жуковской готова", ["Анны Жуковской"]),
    ("Мы были в Новой Машине", []),  # no surname ending: not a name
    # organisations after a title or salutation
    ("Estimada Asociación de Vecinos Unidos:", []),
    ("Bonjour Clinique Saint Louis,", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_foreign_names(text: str, expected: list[str]) -> None:
    found = [text[r.start : r.end] for r in ForeignNameRecognizer().find(text)]
    assert found == expected


def test_lower_case_names_score_below_titled_names() -> None:
    rec = ForeignNameRecognizer()
    lower = rec.find("pasa con doña rosa elena paz")
    upper = rec.find("pasa con Doña Rosa Elena Paz")
    assert lower and upper
    assert lower[0].score < upper[0].score


DOB: list[tuple[str, list[str]]] = [
    ("M. Aurèle Champagne, né le 04/11/1948, est suivi", ["04/11/1948"]),
    ("Mme Lina Roy, née le 3 mars 1955", ["3 mars 1955"]),
    ("Date de naissance : 1962-07-30", ["1962-07-30"]),
    ("Paciente: Ramón Ibarra, fecha de nacimiento: 12 de enero de 1970", ["12 de enero de 1970"]),
    ("F. nac.: 09/08/1981", ["09/08/1981"]),
    ("nacida el 23/05/1944 en Jalisco", ["23/05/1944"]),
    ("Data de nascimento: 17/02/1959", ["17/02/1959"]),
    ("Pitit ou a, ki fèt 14/09/2020, bezwen vaksen", ["14/09/2020"]),
    ("Ngày sinh: 02/01/1950", ["02/01/1950"]),
    ("تاريخ الميلاد: 15/06/1965", ["15/06/1965"]),
    ("Дата рождения: 05.03.1947", ["05.03.1947"]),
    # not a date of birth
    ("Sa cita es el 12/05/2026 a las 9:00", []),
    ("La réunion du 21/06/2027 est annulée", []),
    ("fecha de nacimiento: ____", []),
]


@pytest.mark.parametrize(("text", "expected"), DOB)
def test_foreign_date_of_birth(text: str, expected: list[str]) -> None:
    found = [text[r.start : r.end] for r in ForeignDateOfBirthRecognizer().find(text)]
    assert found == expected


MEMBER: list[tuple[str, list[str]]] = [
    ("Su aseguradora (número de miembro XQ5521870) negó el reclamo", ["XQ5521870"]),
    ("Número de afiliado: 88412-0073", ["88412-0073"]),
    ("Póliza n.º 77310455", ["77310455"]),
    ("No. de póliza: AB992211", ["AB992211"]),
    ("Numéro de membre : QC4471209", ["QC4471209"]),
    ("numéro d'assuré 2840575123", ["2840575123"]),
    ("Número da carteirinha: 0098123456", ["0098123456"]),
    ("Nimewo manm: HT55120098", ["HT55120098"]),
    ("Mã số bảo hiểm: VN7720031", ["VN7720031"]),
    ("رقم العضوية: 44120983", ["44120983"]),
    # no number, or a number that is not a member number
    ("Traiga su tarjeta con el número de miembro.", []),
    ("Número de teléfono: 541-555-0101", []),
    ("Numéro de dossier 20261130", []),
]


@pytest.mark.parametrize(("text", "expected"), MEMBER)
def test_foreign_member_id(text: str, expected: list[str]) -> None:
    found = [text[r.start : r.end] for r in ForeignMemberIdRecognizer().find(text)]
    assert found == expected


APPOINTMENTS: list[tuple[str, list[str], float | None]] = [
    ("نذكّرك بموعد جلسة العلاج يوم الأربعاء 2 ديسمبر 2026", ["بموعد", "جلسة"], 0.85),
    ("موعدك مع الطبيب غدا الساعة 10:30", ["موعدك"], 0.85),
    ("موعد المؤتمر السنوي", [], None),
]


@pytest.mark.parametrize(("text", "expected", "score"), APPOINTMENTS)
def test_arabic_appointments(text: str, expected: list[str], score: float | None) -> None:
    found = AppointmentRecognizer().find(text)
    assert [text[r.start : r.end] for r in found] == expected
    if score is not None:
        assert max(r.score for r in found) == score


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    lex = Lexicon()
    lex.add_file("SPANISH", LEXICONS / "health_es.txt", 0.7)
    lex.add_file("MULTILINGUAL", LEXICONS / "health_intl.txt", 0.7)
    return lex


HEALTH: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "negó el reclamo por la resonancia de rodilla, falta autorización previa",
        [
            ("CLAIM", "negó el reclamo"),
            ("PROCEDURE", "resonancia"),
            ("CLAIM", "autorización previa"),
        ],
    ),
    (
        "el azucar le salio en 300 y usa glucometro",
        [("CONDITION", "el azucar le salio"), ("LAB_TEST", "glucometro")],
    ),
    (
        "Diagnostic : insuffisance cardiaque, pontage en 2019",
        [("CONDITION", "insuffisance cardiaque"), ("PROCEDURE", "pontage")],
    ),
    ("Bà bị viêm gan B và suy thận", [("CONDITION", "viêm gan b"), ("CONDITION", "suy thận")]),
    (
        "جلسة العلاج الكيميائي وتحليل الدم",
        [("PROCEDURE", "جلسة العلاج الكيميائي"), ("LAB_TEST", "وتحليل الدم")],
    ),
    ("Ele teve alta e faz hemodiálise", [("ENCOUNTER", "teve alta"), ("PROCEDURE", "hemodiálise")]),
    # places and everyday words are not health information
    ("Clínica Birchfield, Centro Comunitario, Clinique du Parc", []),
    ("its scanner and the dose of reality", []),
]


@pytest.mark.parametrize(("text", "expected"), HEALTH)
def test_clinical_vocabulary(lexicon: Lexicon, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.label, text[m.start : m.end].lower()) for m in lexicon.match(text)]
    assert found == [(label, phrase.lower()) for label, phrase in expected]


def test_org_words_and_clinician_titles() -> None:
    for word in ("clínica", "asociación", "hội", "مركز", "جمعية", "clinique", "centre"):
        assert word in ORG_WORDS_INTL
    import regex as re

    before = re.compile(rf"\b(?:{CLINICIAN_TITLES_INTL})\.?[ \t]*$", re.IGNORECASE)
    assert before.search("Ma collègue la Dre ")
    assert before.search("con la Dra. ")
    assert before.search("bác sĩ ")
    assert not before.search("Estimada Sra. ")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Recomendadas", True),
        ("Especialmente", True),
        ("Vaccinations", False),
        ("Hernández", False),
        ("Machado", False),
        ("Fernando", False),
    ],
)
def test_inflected_common_words(word: str, expected: bool) -> None:
    assert is_inflected_common_word(word) is expected


def test_new_recognizers_are_pattern_recognizers() -> None:
    for cls in (ForeignDateOfBirthRecognizer, ForeignMemberIdRecognizer):
        rec = cls()
        assert isinstance(rec, PhiPatternRecognizer)
        assert rec.ENTITY in {"DATE_OF_BIRTH", "MEMBER_ID"}


@pytest.mark.parametrize(
    "text",
    ["the sr. analyst will call", "ask the señora de la tienda", "Sr. Director Review Committee"],
)
def test_no_name_from_senior_or_generic_lady(text: str) -> None:
    found = [text[r.start : r.end] for r in ForeignNameRecognizer().find(text)]
    assert "analyst will call" not in found
    assert all(not f.startswith("de") for f in found)


def test_common_caps_intl_are_openers_not_names() -> None:
    from gateway.detect.recognizers.multilingual import COMMON_CAPS_INTL

    for word in ("habrá", "recuerde", "cordialement", "atenciosamente", "mañana"):
        assert word in COMMON_CAPS_INTL
    for name in ("rosario", "lafleur", "benavides", "lozano"):
        assert name not in COMMON_CAPS_INTL


# --- Somali, Hmong, Russian, Korean, Polish, Tagalog, Hindi -------------------------------

NAMES_MORE: list[tuple[str, list[str]]] = [
    # Somali: courtesy titles and "your mother/father..." before the name
    ("Mudane Abdirahman Cali Nuur, ballantaada waa berri.", ["Abdirahman Cali Nuur"]),
    ("Marwo Hodan Yusuf waxay leedahay ballan.", ["Hodan Yusuf"]),
    ("Hooyadaa Faadumo Cali waxaa laga saaray isbitaalka.", ["Faadumo Cali"]),
    ("Riverside Orthopedics waxay bixisaa turjumaan Af-Soomaali ah.", []),
    # Hmong: given name + clan name only in Hmong text; Niam/Txiv + name
    ("Nyob zoo, Kou Yang muaj teem sij hawm kho hniav.", ["Kou Yang"]),
    ("Niam Mai Vang yuav tuaj rau hnub Monday.", ["Mai Vang"]),
    ("Her mother Mai Lee called about the order.", []),
    ("Lakeshore County muaj kws pab tham lus Hmoob.", []),
    # Russian: г-н / г-жа / господин  # noqa: RUF003
    ("Уважаемый г-н Петров, ваш приём перенесён.", ["Петров"]),  # noqa: RUF001
    ("Для госпожи Ивановой Анны подготовлена справка.", ["Ивановой Анны"]),
    ("Для господина", []),
    # Korean: name + 님/씨/환자, labelled name; roles before 님 are not names
    ("김민수 님의 예약은 12월 3일입니다.", ["김민수"]),
    ("이영희 환자는 내일 퇴원합니다.", ["이영희"]),
    ("환자: 박서준", ["박서준"]),
    ("선생님께 문의하세요. 고객님의 예약이 확인되었습니다.", []),
    ("박사님과 원장님이 회의 중입니다.", []),
    # Polish: Pan/Pani/Szanowna Pani in Polish text only
    ("Szanowna Pani Anna Kowalska, przypominamy, że wizyta jest jutro.", ["Anna Kowalska"]),
    ("Pan Jan Nowak został wypisany ze szpitala.", ["Jan Nowak"]),
    ("Peter Pan Productions will film the Pan American games.", []),
    ("Szanowna Pani Doktor, dziękujemy za współpracę i wizytę.", []),
    # Tagalog: G./Gng./Bb. only in Tagalog text ("G. Smith" is an English initial)
    ("Mahal na Gng. Maria Santos, paalala po ng inyong appointment.", ["Maria Santos"]),
    ("Si G. Jose Reyes ay na-admit sa ospital.", ["Jose Reyes"]),
    ("Signed by G. Harrison and R. Patel.", []),
    # Hindi: श्री/श्रीमती/सुश्री + name, ends before जी and function words
    ("श्रीमती सुनीता शर्मा जी, आपकी अपॉइंटमेंट कल है।", ["सुनीता शर्मा"]),
    ("सुश्री प्रिया को डायलिसिस के लिए बुलाया गया", ["प्रिया"]),
    ("श्री अस्पताल", []),
    # Chinese, traditional characters
    ("陳大文先生的複診已改期", ["陳大文"]),
    ("病人\uff1a黃美玲", ["黃美玲"]),
    ("先生們女士們", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_MORE)
def test_foreign_names_more_languages(text: str, expected: list[str]) -> None:
    found = [text[r.start : r.end] for r in ForeignNameRecognizer().find(text)]
    assert found == expected


DOB_MORE: list[tuple[str, list[str]]] = [
    ("Taariikhda dhalashada: 03/04/1961", ["03/04/1961"]),
    ("Paj hnub yug 12/05/2015", ["12/05/2015"]),
    ("Родился 05.03.1947 в Киеве", ["05.03.1947"]),
    ("생년월일: 1950년 3월 5일", ["1950년 3월 5일"]),
    ("생년월일 1950.03.05", ["1950.03.05"]),
    ("Data urodzenia: 5 marca 1950", ["5 marca 1950"]),
    ("Jan Nowak, ur. 05.03.1950", ["05.03.1950"]),
    ("Petsa ng kapanganakan: 03/14/1958", ["03/14/1958"]),
    ("जन्म तिथि: 12/05/1960", ["12/05/1960"]),
    # a visit date is not a date of birth
    ("Wizyta 5 marca 2027 o godz. 9:00", []),
    ("예약일: 2027.03.05", []),
    ("हनुमान जन्मोत्सव 12/04/2027", []),
]


@pytest.mark.parametrize(("text", "expected"), DOB_MORE)
def test_foreign_date_of_birth_more_languages(text: str, expected: list[str]) -> None:
    found = [text[r.start : r.end] for r in ForeignDateOfBirthRecognizer().find(text)]
    assert found == expected


MEMBER_MORE: list[tuple[str, list[str]]] = [
    ("Lambarka caymiska: MN4471209", ["MN4471209"]),
    ("tus lej pov hwm: MN887712", ["MN887712"]),
    ("Номер полиса ОМС 7755443322", ["7755443322"]),  # noqa: RUF001
    ("Numer ubezpieczenia: PL55120098", ["PL55120098"]),
    ("Numero ng miyembro: 12-345678901-2", ["12-345678901-2"]),
    ("보험 번호: 12345678901", ["12345678901"]),
    ("회원번호 AB123456", ["AB123456"]),
    ("बीमा संख्या: HI77120034", ["HI77120034"]),
    # other numbers
    ("Numer telefonu: 555-0101-22", []),
    ("전화번호: 01012345678", []),
    ("Номер заказа 20261130", []),
]


@pytest.mark.parametrize(("text", "expected"), MEMBER_MORE)
def test_foreign_member_id_more_languages(text: str, expected: list[str]) -> None:
    found = [text[r.start : r.end] for r in ForeignMemberIdRecognizer().find(text)]
    assert found == expected


APPOINTMENTS_MORE: list[tuple[str, list[str], float | None]] = [
    ("Ballantaada xigta waa 12/15 saacadda 2:00", ["Ballantaada"], 0.85),
    ("Kou Yang muaj teem sij hawm rau hnub 12/16/2026", ["sij hawm"], 0.85),
    ("김민수님의 진료 예약은 12월 3일 오전 9시입니다.", ["진료", "예약"], 0.85),
    ("Pani wizyta kontrolna: 5 marca o godz. 10:00", ["wizyta"], 0.85),
    ("आपकी अपॉइंटमेंट सोमवार 10:30 बजे है", ["अपॉइंटमेंट"], 0.85),
    ("Ваша консультация 19 мая в 10:00", ["консультация"], 0.85),
    ("您的複診預約在12月3日上午10:00", ["複診", "預約"], 0.85),
    ("牙科诊所周六开放", [], None),
    # no date: the bare word is left to the lexicon
    ("Fadlan noo soo wac markaad ballan qabsanayso.", [], None),
    ("예약 문의는 고객센터로 연락하세요.", [], None),
]


@pytest.mark.parametrize(("text", "expected", "score"), APPOINTMENTS_MORE)
def test_appointments_more_languages(text: str, expected: list[str], score: float | None) -> None:
    found = AppointmentRecognizer().find(text)
    assert [text[r.start : r.end] for r in found] == expected
    if score is not None:
        assert max(r.score for r in found) == score


HEALTH_MORE: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "waxaa laga saarayaa isbitaalka. Daawada insuliin",
        [
            ("ENCOUNTER", "laga saarayaa isbitaalka"),
            ("MEDICATION", "daawada"),
            ("MEDICATION", "insuliin"),
        ],
    ),
    ("Peb yuav ntim lub qhov hniav", [("PROCEDURE", "ntim lub qhov hniav")]),
    (
        "после артроскопии лёгкий труд до 15.01",
        [("PROCEDURE", "артроскопии"), ("ENCOUNTER", "лёгкий труд до")],
    ),
    ("당뇨병이 있고 내시경을 받았습니다", [("CONDITION", "당뇨병이"), ("PROCEDURE", "내시경을")]),
    (
        "została przyjęta do szpitala z zapaleniem; cukrzyca",
        [("ENCOUNTER", "przyjęta do szpitala"), ("CONDITION", "cukrzyca")],
    ),
    ("Siya ay na-admit dahil sa pulmonya", [("ENCOUNTER", "na-admit"), ("CONDITION", "pulmonya")]),
    ("उन्हें मधुमेह है और डायलिसिस", [("CONDITION", "मधुमेह"), ("PROCEDURE", "डायलिसिस")]),
    # everyday words and place names are not health information
    ("Pan Am flight to Manila, may pasalubong, 약 5분 후에", []),
    ("Kev noj qab nyob zoo ntawm lub siab", []),
]


@pytest.mark.parametrize(("text", "expected"), HEALTH_MORE)
def test_clinical_vocabulary_more_languages(
    lexicon: Lexicon, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.label, text[m.start : m.end].lower()) for m in lexicon.match(text)]
    assert found == [(label, phrase.lower()) for label, phrase in expected]


def test_devanagari_vowel_signs_stay_inside_their_word() -> None:
    from gateway.detect.lexicon import tokenize

    text = "मधुमेह की जाँच, café"
    assert [text[s:e] for s, e in tokenize(text)] == ["मधुमेह", "की", "जाँच", "café"]
