# ruff: noqa: E501, RUF001  (multilingual message texts are data)
"""South Asian clinical vocabulary of models/lexicons/health_intl.txt: Hindi, Nepali, Bengali,
Urdu, Punjabi (additions to their sections) and Gujarati, Tamil (sections of their own).

Each row is a short sentence in one language and a phrase of the lexicon it must yield with its
label: conditions, mental health, substance use, tests, procedures, medicines, encounters, and
the forms with a postposition or case suffix written onto the noun (Nepali -को/-मा, Bengali -র/-এ,
Gujarati -ની/-માં, Tamil -க்கு/-இல்). A general health notice in Gujarati and in Tamil, with health
words but no person, must stay clean end to end. Sentences are written here from general
knowledge of each language (not copied from any evaluation set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.detect import Detector
from gateway.detect.lexicon import Lexicon

LEXICONS = Path(__file__).resolve().parents[3] / "models" / "lexicons"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    lex = Lexicon()
    lex.add_file("MULTILINGUAL", LEXICONS / "health_intl.txt", 0.7)
    return lex


# (language, sentence, label, phrase the sentence must yield)
VOCAB: list[tuple[str, str, str, str]] = [
    ("hi", "उनकी खून की जाँच कल हुई और रिपोर्ट पॉज़िटिव आई।", "LAB_TEST", "खून की जाँच"),
    ("hi", "उनकी खून की जाँच कल हुई और रिपोर्ट पॉज़िटिव आई।", "LAB_TEST", "रिपोर्ट पॉज़िटिव"),
    ("hi", "उन्हें मिर्गी और थायराइड की शिकायत है।", "CONDITION", "मिर्गी"),
    ("hi", "नशा मुक्ति के लिए परामर्श चल रहा है।", "SUBSTANCE_USE", "नशा मुक्ति"),
    ("hi", "पिछले हफ्ते सीटी स्कैन हुआ और खून चढ़ाया गया।", "PROCEDURE", "खून चढ़ाया"),
    ("hi", "उन्हें आईसीयू में भर्ती किया गया है।", "ENCOUNTER", "आईसीयू में भर्ती"),
    ("ne", "उहाँलाई छारे रोग छ र मधुमेहको औषधि खानुहुन्छ।", "CONDITION", "छारे रोग"),
    ("ne", "उहाँलाई छारे रोग छ र मधुमेहको औषधि खानुहुन्छ।", "CONDITION", "मधुमेहको"),
    ("ne", "रगत परीक्षण र पिसाबको जाँच गर्नुपर्छ।", "LAB_TEST", "पिसाबको जाँच"),
    ("ne", "उहाँ हिजोदेखि आईसीयूमा हुनुहुन्छ।", "ENCOUNTER", "आईसीयूमा"),
    ("ne", "रक्सीको लत छुटाउन मनोपरामर्श लिँदै हुनुहुन्छ।", "SUBSTANCE_USE", "रक्सीको लत"),
    ("ne", "रक्सीको लत छुटाउन मनोपरामर्श लिँदै हुनुहुन्छ।", "MENTAL_HEALTH", "मनोपरामर्श"),
    ("bn", "ওনার থ্যালাসেমিয়া আছে এবং রক্ত সঞ্চালন লাগে।", "CONDITION", "থ্যালাসেমিয়া"),
    ("bn", "ওনার থ্যালাসেমিয়া আছে এবং রক্ত সঞ্চালন লাগে।", "PROCEDURE", "রক্ত সঞ্চালন"),
    ("bn", "প্রস্রাবের পরীক্ষা আর আল্ট্রাসনোগ্রাফি করাতে হবে।", "LAB_TEST", "প্রস্রাবের পরীক্ষা"),
    ("bn", "তিনি মাদকাসক্তি থেকে সেরে উঠছেন।", "SUBSTANCE_USE", "মাদকাসক্তি"),
    ("bn", "হাড় ভেঙে তিনি এখন চিকিৎসাধীন।", "ENCOUNTER", "চিকিৎসাধীন"),
    # Bengali ya with a nukta in its one-code-point spelling (U+09DF)
    ("bn", "থ্যালাসে\u09aeি\u09dfা ধরা পড়েছে।", "CONDITION", "থ্যালাসে\u09aeি\u09dfা"),
    ("ur", "انہیں کالا یرقان ہے اور خون کی کمی بھی ہے۔", "CONDITION", "کالا یرقان"),
    ("ur", "دورانِ حمل شوگر بڑھ گئی تھی۔", "CONDITION", "دورانِ حمل"),
    ("ur", "دوران حمل شوگر بڑھ گئی تھی۔", "CONDITION", "دوران حمل"),
    ("ur", "ان کا سی ٹی اسکین اور پیشاب کا ٹیسٹ ہوا۔", "LAB_TEST", "پیشاب کا ٹیسٹ"),
    ("ur", "وہ منشیات کی لت کا علاج کروا رہے ہیں۔", "SUBSTANCE_USE", "منشیات کی لت"),
    ("pa", "ਉਹਨਾਂ ਨੂੰ ਕਾਲਾ ਪੀਲੀਆ ਅਤੇ ਮਿਰਗੀ ਹੈ।", "CONDITION", "ਕਾਲਾ ਪੀਲੀਆ"),
    ("pa", "ਨਸ਼ਾ ਛੁਡਾਊ ਕੇਂਦਰ ਵਿੱਚ ਇਲਾਜ ਚੱਲ ਰਿਹਾ ਹੈ।", "SUBSTANCE_USE", "ਨਸ਼ਾ ਛੁਡਾਊ"),
    ("pa", "ਖ਼ੂਨ ਦੀ ਜਾਂਚ ਅਤੇ ਸੀਟੀ ਸਕੈਨ ਕਰਵਾਓ।", "LAB_TEST", "ਖ਼ੂਨ ਦੀ ਜਾਂਚ"),
    ("pa", "ਖ਼ੂਨ ਦੀ ਜਾਂਚ ਅਤੇ ਸੀਟੀ ਸਕੈਨ ਕਰਵਾਓ।", "PROCEDURE", "ਸੀਟੀ ਸਕੈਨ"),
    ("pa", "ਉਹ ਕੱਲ੍ਹ ਤੋਂ ਹਸਪਤਾਲ ਵਿੱਚ ਦਾਖ਼ਲ ਹਨ।", "ENCOUNTER", "ਹਸਪਤਾਲ ਵਿੱਚ ਦਾਖ਼ਲ"),
    # Gurmukhi khha with a nukta in its one-code-point spelling (U+0A59)
    ("pa", "\u0a59ੂਨ ਦੀ ਕਮੀ ਹੈ।", "CONDITION", "\u0a59ੂਨ ਦੀ ਕਮੀ"),
    ("gu", "તેમને ડાયાબિટીસની દવા લેવી પડે છે.", "CONDITION", "ડાયાબિટીસની"),
    ("gu", "તેમને ડાયાબિટીસની દવા લેવી પડે છે.", "MEDICATION", "દવા"),
    ("gu", "ગયા અઠવાડિયે તેમની સોનોગ્રાફી થઈ અને કસુવાવડ થઈ.", "CONDITION", "કસુવાવડ"),
    ("gu", "તેઓ હોસ્પિટલમાં દાખલ છે અને ડાયાલિસિસ ચાલે છે.", "ENCOUNTER", "હોસ્પિટલમાં દાખલ"),
    ("gu", "તેઓ હોસ્પિટલમાં દાખલ છે અને ડાયાલિસિસ ચાલે છે.", "PROCEDURE", "ડાયાલિસિસ"),
    ("gu", "દારૂનું વ્યસન છોડવા માટે સારવાર લે છે.", "SUBSTANCE_USE", "દારૂનું વ્યસન"),
    ("ta", "அவருக்கு சர்க்கரை நோய் மற்றும் உயர் இரத்த அழுத்தம் உள்ளது.", "CONDITION", "உயர் இரத்த அழுத்தம்"),
    ("ta", "நேற்று அவர் மருத்துவமனையில் அனுமதிக்கப்பட்டார்.", "ENCOUNTER", "மருத்துவமனையில் அனுமதிக்கப்பட்டார்"),
    ("ta", "இரத்தப் பரிசோதனை முடிவுகள் வந்துவிட்டன.", "LAB_TEST", "இரத்தப் பரிசோதனை"),
    ("ta", "புற்றுநோய்க்கு கீமோதெரபி எடுத்து வருகிறார்.", "CONDITION", "புற்றுநோய்க்கு"),
    ("ta", "புற்றுநோய்க்கு கீமோதெரபி எடுத்து வருகிறார்.", "PROCEDURE", "கீமோதெரபி"),
    ("ta", "அவர் போதை மறுவாழ்வு சிகிச்சையில் உள்ளார்.", "SUBSTANCE_USE", "போதை மறுவாழ்வு"),
]


@pytest.mark.parametrize(
    ("lang", "text", "label", "phrase"), VOCAB, ids=[f"{r[0]}-{r[3]}" for r in VOCAB]
)
def test_vocabulary(lexicon: Lexicon, lang: str, text: str, label: str, phrase: str) -> None:
    found = [(m.label, text[m.start : m.end]) for m in lexicon.match(text)]
    assert (label, phrase) in found, f"{lang}: {found}"


def test_every_language_is_covered() -> None:
    assert {r[0] for r in VOCAB} == {"hi", "ne", "bn", "ur", "pa", "gu", "ta"}


def test_gujarati_and_tamil_sections_exist() -> None:
    text = (LEXICONS / "health_intl.txt").read_text(encoding="utf-8")
    assert "\n# --- Gujarati" in text
    assert "\n# --- Tamil" in text


# Health words in ordinary senses or places alone are not listed: nothing is found.
@pytest.mark.parametrize(
    "text",
    [
        "ઇમારતમાં હોસ્પિટલ અને શાળા છે.",  # gu: a hospital and a school in the building
        "நகரில் புதிய மருத்துவமனை திறக்கப்பட்டது.",  # ta: a new hospital opened in town
    ],
)
def test_places_alone_are_not_health_words(lexicon: Lexicon, text: str) -> None:
    assert list(lexicon.match(text)) == []


# General health notices: health words, no person.
NOTICES: list[tuple[str, str]] = [
    (
        "gu vaccination camp",
        "રસીકરણ કેમ્પ શનિવારે સવારે 9 થી બપોરે 1 વાગ્યા સુધી યોજાશે. ડાયાબિટીસ અને બ્લડ પ્રેશરની મફત તપાસ કરવામાં આવશે.",
    ),
    (
        "ta vaccination camp",
        "இலவச தடுப்பூசி முகாம் சனிக்கிழமை காலை 9 மணி முதல் மதியம் 1 மணி வரை நடைபெறும். நீரிழிவு மற்றும் இரத்த அழுத்த பரிசோதனை இலவசம்.",
    ),
    (
        "ta dengue advice",
        "மழைக்காலத்தில் டெங்கு பரவாமல் தடுக்க தண்ணீர் தேங்க விடாதீர்கள். காய்ச்சல் இருந்தால் உங்கள் மருத்துவர் ஆலோசனையுடன் மட்டுமே மருந்து உட்கொள்ளுங்கள்.",
    ),
]


@pytest.mark.parametrize(("what", "body"), NOTICES, ids=[n[0] for n in NOTICES])
def test_notice_is_not_phi(detector: Detector, lexicon: Lexicon, what: str, body: str) -> None:
    assert list(lexicon.match(body)), f"{what}: the notice should hold health words"
    v = detector.analyze_text(body, "")
    assert not v.phi, f"{what}: {v.score} {v.evidence}"
