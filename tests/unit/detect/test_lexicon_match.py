"""The lexicon's ASCII walk (split + C loops) finds exactly what the token-span walk finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.detect import Detector
from gateway.detect.lexicon import Lexicon, LexiconMatch, tokenize


def _lexicon() -> Lexicon:
    lex = Lexicon()
    lex.add("CONDITION", "type 2 diabetes mellitus", 0.8)
    lex.add("CONDITION", "type 2 diabetes", 0.7)
    lex.add("CONDITION", "diabetes", 0.6)
    lex.add("CONDITION", "C. diff", 0.8)
    lex.add("CONDITION", "brown recluse bite", 0.7)
    lex.add("MEDICATION", "metformin", 0.8)
    lex.add("MEDICATION", "o'neil's tonic", 0.5)
    lex.add("PROCEDURE", "knee replacement", 0.7)
    lex.add("ABBREV", "ED", 0.6, case_sensitive=True)
    lex.add("ABBREV", "MS relapse", 0.6, case_sensitive=True)
    return lex


def _both(lex: Lexicon, text: str) -> tuple[list[LexiconMatch], list[LexiconMatch]]:
    return list(lex.match(text)), list(lex._match_spans(text, tokenize(text)))


def test_table() -> None:
    lex = _lexicon()
    cases = {
        "Type 2 diabetes mellitus, on metformin.": [(0, 24), (29, 38)],
        "type 2\ndiabetes": [(7, 15)],  # no phrase across a line break
        "type 2; diabetes": [(8, 16)],  # nor a semicolon
        "C. diff positive": [(0, 7)],  # the genus dot is not a sentence end
        "Seen in ED for MS relapse": [(8, 10), (15, 25)],
        "seen in ed for ms relapse": [],  # case-sensitive entries
        "brown recluse bite; brown dog": [(0, 18)],
        "O'Neil's tonic and knee-replacement": [(0, 14)],
        "": [],
        "...": [],
    }
    for text, spans in cases.items():
        fast, slow = _both(lex, text)
        assert fast == slow, text
        assert [(m.start, m.end) for m in fast] == spans, text


_WORDS = st.sampled_from(
    [
        "type", "2", "diabetes", "mellitus", "Type", "C.", "C", "diff", "brown", "recluse",
        "bite", "metformin", "O'Neil's", "tonic", "knee", "replacement", "ED", "ed", "MS",
        "relapse", "the", "patient", "x", "a.b", "&", "-", ";", ".", ",", "\n", "'",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, max_size=30), st.sampled_from([" ", "  ", "\t", "\n", ". ", ""]))
def test_same_matches_as_the_span_walk(words: list[str], sep: str) -> None:
    fast, slow = _both(_lexicon(), sep.join(words))
    assert fast == slow


def test_shipped_lexicon_on_ascii_mail(detector_no_ner: Detector) -> None:
    lex = detector_no_ner.lexicon
    text = (
        "Pt seen in ED 11/02 for CHF exacerbation; started furosemide 40 mg BID and metoprolol.\n"
        "Hx: type 2 diabetes mellitus, CKD stage 3, s/p total knee arthroplasty (L), C. diff 2019."
    )
    fast, slow = _both(lex, text)
    assert fast == slow
    assert len(fast) >= 5


def test_arabic_keyboard_spellings_match_persian_phrases() -> None:
    """Arabic yeh/kaf typed for the Persian letters (and the reverse) match, at the same offsets."""
    lex = Lexicon()
    lex.add("CONDITION", "کم خونی", 0.7)  # Persian yeh
    lex.add("LAB_TEST", "آزمايش خون", 0.7)  # Arabic yeh
    text = "نتيجه: کم خوني دارید. آزمایش خون فردا."
    got = [(m.label, text[m.start : m.end]) for m in lex.match(text)]
    assert got == [("CONDITION", "کم خوني"), ("LAB_TEST", "آزمایش خون")]


def test_latin_accents_fold_both_ways() -> None:
    lex = Lexicon()
    lex.add("MEDICATION", "losartan", 0.75)
    lex.add("ENCOUNTER", "cita médica", 0.7)
    text = "Tu mamá debe seguir con el losartán 50 mg; la cita medica es el 24."
    got = [(m.label, text[m.start : m.end]) for m in lex.match(text)]
    assert got == [("MEDICATION", "losartán"), ("ENCOUNTER", "cita medica")]
    assert [m.label for m in lex.match("una cita médica hoy")] == ["ENCOUNTER"]
