# ruff: noqa: RUF001  (letters of other scripts are data here)
"""Stems (``word*`` lexicon lines): languages that write case endings, particles and
postpositions onto the noun get one line per health word instead of one per inflected form;
and devices a person lives with (hearing aid, oxygen concentrator) count in every language as
they do in English. Texts written here from general knowledge of each language."""

from __future__ import annotations

import pytest

from gateway.detect import Detector
from gateway.detect.lexicon import Lexicon


def _matches(lex: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(m.label, text[m.start : m.end]) for m in lex.match(text)]


def test_a_stem_matches_every_word_it_begins() -> None:
    lex = Lexicon()
    lex.add("CONDITION", "புற்றுநோய்*", 0.7)
    lex.add("CONDITION", "діабет*", 0.7)
    text = "மார்பகப் புற்றுநோய்க்கான சிகிச்சை; цукровий діабетом, діабету; புற்றுநோய்"
    assert _matches(lex, text) == [
        ("CONDITION", "புற்றுநோய்க்கான"),
        ("CONDITION", "діабетом"),
        ("CONDITION", "діабету"),
        ("CONDITION", "புற்றுநோய்"),
    ]


def test_a_stem_never_matches_inside_a_word() -> None:
    lex = Lexicon()
    lex.add("CONDITION", "діабет*", 0.7)
    assert _matches(lex, "антидіабетичний препарат") == []


def test_whole_phrases_still_win_over_a_stem() -> None:
    lex = Lexicon()
    lex.add("CONDITION", "діабет*", 0.6)
    lex.add("CONDITION", "діабет 2 типу", 0.8)
    assert [(m.label, m.score) for m in lex.match("у нього діабет 2 типу")] == [("CONDITION", 0.8)]


@pytest.mark.parametrize("stem", ["ill*", "diab*", "рак*", "two words*"])
def test_english_short_and_multiword_stems_are_refused(stem: str) -> None:
    """An English stem would match too much ("ill*" in "illustrate"), a short one too ("рак*"
    in "ракета"), and a stem is one word."""
    with pytest.raises(ValueError, match="stem"):
        Lexicon().add("CONDITION", stem, 0.7)


PHI = [
    (
        "ta chemotherapy bill",
        "அன்புள்ள திருமதி மீனா ராஜேந்திரன் அவர்களுக்கு,\n\n"
        "உங்கள் புற்றுநோய்க்கான சிகிச்சையின் கட்டணத்தை எங்கள் நிதி செலுத்தும்.",
    ),
    (
        "uk oxygen delivery",
        "Шановна пані Олено Бондар! У понеділок наш технік привезе вам новий кисневий"
        " концентратор. Користуйтеся киснем, як призначив лікар.",
    ),
    (
        "ru insulin pump",
        "Уважаемый Сергей Петрович Волков, ваша инсулиновая помпа готова, заберите её в четверг.",
    ),
    ("ja hearing aid", "佐藤花子様の補聴器の修理が完了しました。受け取りにお越しください。"),
    ("zh wheelchair", "王秀英女士，您的轮椅已经修好，请周五来取。"),
]

NOT_PHI = [
    (
        "ta health camp notice",
        "எங்கள் மருத்துவமனை சனிக்கிழமை இலவச நீரிழிவு பரிசோதனை முகாம் நடத்துகிறது. அனைவரும் வரலாம்.",
    ),
    (
        "uk device shipment",
        "Партія з 40 кисневих концентраторів прибуде на склад у середу. Перевірте накладну.",
    ),
    ("ja hearing aid sale", "新型補聴器の展示会を来月開催します。どなたでもご来場いただけます。"),
    ("zh wheelchair donation", "本周社区中心收到十台捐赠轮椅，欢迎有需要的居民咨询。"),
]


@pytest.mark.parametrize(("what", "text"), PHI, ids=[p[0] for p in PHI])
def test_suffixed_health_words_tie_a_named_person(detector: Detector, what: str, text: str) -> None:
    verdict = detector.analyze_text(text)
    assert verdict.phi, (what, verdict.evidence)


@pytest.mark.parametrize(("what", "text"), NOT_PHI, ids=[p[0] for p in NOT_PHI])
def test_health_words_with_nobody_are_not_phi(detector: Detector, what: str, text: str) -> None:
    verdict = detector.analyze_text(text)
    assert not verdict.phi, (what, verdict.evidence)
