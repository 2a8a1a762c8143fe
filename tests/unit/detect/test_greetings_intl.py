# ruff: noqa: E501, RUF001  (multilingual message texts are data)
"""The reader greeted by name in South Asian, Urdu and Ethiopic mail.

A greeting line names the person the message is written to: "प्रिय सुनीता वर्मा जी," (Hindi),
"নমস্কার অনিতা দিদি," (Bengali), "محترم فرحان ملک صاحب،" (Urdu), "ሰላም ወ/ሮ አልማዝ፣" (Amharic).
These scripts have no letter case, write their own commas (، ፣ ।) and put a courtesy word after
the name (जी, ভাই, صاحب), so the English greeting rules missed them: the name went untied, and
the mail to a patient about their own care read as a notice. Texts are written here from
general knowledge of each language (not copied from any evaluation set).
"""

from __future__ import annotations

import pytest
import regex as re

from gateway.detect import Detector
from gateway.detect.recognizers.base import label_to_group
from gateway.detect.recognizers.multilingual import ForeignNameRecognizer
from gateway.extract import extract


def _eml(to: str, subject: str, body: str) -> bytes:
    return (
        f"From: Care Team <care@riverside-clinic.org>\r\nTo: {to}\r\nSubject: {subject}\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode() + body.replace("\n", "\r\n").encode()


# --- the rewrite of a leading look-behind, one alternative at a time -------------------------


def test_each_alternative_keeps_its_own_label() -> None:
    # "(?<=A)x|(?<=B)y" became "(?:A)(?P<v>x|(?<=B)y)": the second alternative then matched only
    # right after the first's label (a Khmer or Lao "name:" label never matched on its own).
    rx = re.compile(label_to_group(r"(?<=Mr\. )\w+|(?<=Name: )\w+"))
    found = [m.group("v") for m in rx.finditer("Name: Sokha and Mr. Dara")]
    assert found == ["Sokha", "Dara"]


def test_an_alternative_without_a_label_leaves_the_pattern_alone() -> None:
    pattern = r"(?<=Mr\. )\w+|\bDr\w*"
    assert label_to_group(pattern) == pattern


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ឈ្មោះអ្នកជំងឺ: សុខា", ["សុខា"]),  # Khmer "patient's name:" with no title
        ("ຊື່ຄົນເຈັບ: ບຸນມີ", ["ບຸນມີ"]),  # Lao "patient's name:"
    ],
)
def test_labelled_names_in_khmer_and_lao(text: str, expected: list[str]) -> None:
    found = [text[r.start : r.end] for r in ForeignNameRecognizer().find(text)]
    assert found == expected


# --- names on a greeting line ----------------------------------------------------------------

GREETING_NAMES: list[tuple[str, list[str]]] = [
    ("प्रिय सुनीता वर्मा जी,\nआपकी रिपोर्ट तैयार है।", ["सुनीता वर्मा"]),
    ("नमस्ते थापा जी,\nतपाईंको भेट बिहीबार छ।", ["थापा"]),
    ("आदरणीय श्री रमेश चंद्र,\nधन्यवाद।", ["रमेश चंद्र"]),
    ("নমস্কার অনিতা দিদি,\nআপনার রিপোর্ট তৈরি।", ["অনিতা"]),
    ("করিম উদ্দিন ভাই,\nআপনার ওষুধ তৈরি।", ["করিম উদ্দিন"]),
    ("ਪਿਆਰੇ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਜੀ,\nਤੁਹਾਡੀ ਰਿਪੋਰਟ ਤਿਆਰ ਹੈ।", ["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"]),
    ("પ્રિય મીના પટેલ,\nતમારો રિપોર્ટ તૈયાર છે.", ["મીના પટેલ"]),
    ("அன்புள்ள திரு. ராஜேஷ் குமார்,\nஉங்கள் அறிக்கை தயார்.", ["ராஜேஷ் குமார்"]),
    # a role or the whole readership greeted is nobody
    ("प्रिय मरीज,\nक्लिनिक सोमवार को बंद रहेगा।", []),
    ("प्रिय अभिभावकों,\nटीकाकरण शिविर शनिवार को है।", []),
    ("প্রিয় সদস্য,\nআমাদের ক্লিনিক বন্ধ থাকবে।", []),
    ("પ્રિય દર્દી,\nક્લિનિક બંધ રહેશે.", []),
    ("அன்புள்ள நோயாளிகள்,\nமருத்துவமனை மூடப்படும்.", []),
    ("नमस्ते जी,\nधन्यवाद।", []),
    # a title before the name, anywhere in Gujarati and Tamil
    ("શ્રીમતી મીના પટેલ, તમારી એપોઇન્ટમેન્ટ સોમવારે છે.", ["મીના પટેલ"]),
    ("திருமதி லட்சுமி ராமன் அவர்களுக்கு சிகிச்சை திங்கள் அன்று.", ["லட்சுமி ராமன்"]),
    ("શ્રી અને શ્રીમતી", []),
    # a name mid-sentence is not a greeting line
    ("कल सुबह सुनीता जी, आप आइए।", []),
]


@pytest.mark.parametrize(("text", "expected"), GREETING_NAMES)
def test_names_on_greeting_lines(text: str, expected: list[str]) -> None:
    found = [text[r.start : r.end] for r in ForeignNameRecognizer().find(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("پسرتان امید کریمی امروز در مدرسه تب داشت.", ["امید کریمی"]),  # your son Omid Karimi
        ("உங்கள் மகன் அருண் நாளை வர வேண்டும்.", ["அருண்"]),  # your son Arun, tomorrow
        ("آقای کریمی گرامی،\nسلام", ["کریمی"]),  # Mr Karimi, dear,
    ],
)
def test_a_relative_of_the_reader_named_in_persian_and_tamil(
    text: str, expected: list[str]
) -> None:
    found = [text[r.start : r.end] for r in ForeignNameRecognizer().find(text)]
    assert found == expected


def test_a_relative_of_the_reader_named_in_amharic() -> None:
    text = "እናትዎ አልማዝ ተስፋዬ ዛሬ ከሆስፒታል ወጥተዋል።"  # your mother Almaz Tesfaye left hospital today
    found = [text[r.start : r.end] for r in ForeignNameRecognizer().find(text)]
    assert found == ["አልማዝ ተስፋዬ"]


# --- end to end: the greeted reader's own care is PHI, a greeted notice is not ---------------

PHI_MAIL: list[tuple[str, str, str, str]] = [
    (
        "ur dialysis",
        "farhan.malik.home@gmail.com",
        "آپ کی شکایت",
        "محترم فرحان ملک صاحب،\n\nآپ کی ڈائیلاسز کے بارے میں شکایت موصول ہوئی۔ ہم جلد رابطہ کریں گے۔\n\nکلینک",
    ),
    (
        "ur subject only",
        "farhan.malik.home@gmail.com",
        "آپ کی دوا تیار ہے",
        "محترم فرحان ملک صاحب،\n\nبراہ کرم جمعہ تک کاؤنٹر سے لے لیں۔\n\nفارمیسی",
    ),
    (
        "am",
        "almaz.t@yahoo.com",
        "ቀጠሮ",
        "ሰላም ወ/ሮ አልማዝ፣\n\nየቀዶ ጥገና ቀጠሮዎ ሰኞ ጠዋት ነው።\n\nክሊኒኩ",
    ),
]

PHI_MAIL += [
    (
        "fa asthma",
        "karimi.family@gmail.com",
        "امید امروز در مدرسه",
        "آقای کریمی گرامی،\n\nپسرتان امید کریمی امروز بعد از ورزش دچار حمله آسم شد و اسپری به او دادم.\n\nپرستار مدرسه",
    ),
    (
        "gu your transfer",
        "meena.patel.77@gmail.com",
        "એપોઇન્ટમેન્ટ",
        "પ્રિય મીનાબેન પટેલ,\n\nતમારું ભ્રૂણ ટ્રાન્સફર બુધવારે સવારે નક્કી થયું છે.\n\nક્લિનિક",
    ),
]

NOT_PHI_MAIL: list[tuple[str, str, str, str]] = [
    (
        "ur staff",
        "farhan.malik@riverside-clinic.org",
        "میٹنگ",
        "محترم فرحان ملک صاحب،\n\nعملے کی میٹنگ جمعرات کو دوپہر دو بجے ہوگی۔\n\nانتظامیہ",
    ),
    (
        "hi vendor",
        "sunita@printworks-india.com",
        "पोस्टर",
        "प्रिय सुनीता वर्मा जी,\n\nटीकाकरण शिविर के पोस्टर की 200 प्रतियाँ चाहिए। कृपया कीमत बताइए।\n\nधन्यवाद",
    ),
]


@pytest.fixture(scope="module")
def det(detector: Detector) -> Detector:
    return detector


@pytest.mark.parametrize(("what", "to", "subject", "body"), PHI_MAIL, ids=[c[0] for c in PHI_MAIL])
def test_greeted_readers_own_care_is_phi(
    det: Detector, what: str, to: str, subject: str, body: str
) -> None:
    v = det.analyze(extract(_eml(to, subject, body)))
    assert v.phi, f"{what}: {v.score} {v.evidence}"
    assert any("greet" in e or "near each other" in e for e in v.evidence), v.evidence


@pytest.mark.parametrize(
    ("what", "to", "subject", "body"), NOT_PHI_MAIL, ids=[c[0] for c in NOT_PHI_MAIL]
)
def test_greeted_reader_without_care_is_not_phi(
    det: Detector, what: str, to: str, subject: str, body: str
) -> None:
    v = det.analyze(extract(_eml(to, subject, body)))
    assert not v.phi, f"{what}: {v.score} {v.evidence}"


def test_the_subjects_care_is_the_readers_only_at_a_personal_mailbox(det: Detector) -> None:
    # The same greeting and subject to a work address: "your medicine is ready" may be a
    # colleague's order; only mail to one person's own mailbox makes it the reader's care.
    body = "محترم فرحان ملک صاحب،\n\nبراہ کرم جمعہ تک کاؤنٹر سے لے لیں۔\n\nفارمیسی"
    private = det.analyze(extract(_eml("farhan.malik.home@gmail.com", "آپ کی دوا تیار ہے", body)))
    work = det.analyze(extract(_eml("farhan@riverside-clinic.org", "آپ کی دوا تیار ہے", body)))
    assert private.phi
    assert not any("greeted" in e for e in work.evidence), work.evidence


def test_a_service_offered_in_the_subject_is_not_the_readers_care(det: Detector) -> None:
    # "RE: free hep C test?" answered to a member of the public: anyone's test, not theirs.
    body = "Dear Kevin Okafor,\n\nThank you for writing to us.\n\nOutreach team"
    v = det.analyze(extract(_eml("kevin.okafor@yahoo.com", "RE: free hep C test?", body)))
    assert not any("greeted" in e for e in v.evidence), v.evidence
    mine = det.analyze(extract(_eml("kevin.okafor@yahoo.com", "RE: your hep C test", body)))
    assert any("greeted" in e for e in mine.evidence), mine.evidence
