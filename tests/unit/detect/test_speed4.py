"""The faster paths of the lexicon walk and the shared QuickSearch scan give the answers of the
plain ones (per-position start test, one regex per test)."""

from __future__ import annotations

import random

import regex

from gateway.detect import lexicon as lexmod
from gateway.detect.lexicon import Lexicon, tokenize
from gateway.detect.prefilter import QuickSearch


def _lexicon() -> Lexicon:
    lex = Lexicon()
    lex.add("CONDITION", "heart failure", 0.8)
    lex.add("CONDITION", "congestive heart failure", 0.9)
    lex.add("CONDITION", "asthma", 0.7)
    lex.add("DRUG", "metformin", 0.6)
    lex.add("PROCEDURE", "E. coli", 0.6)
    lex.add("CONDITION", "failure to thrive", 0.7)
    lex.add("ABBREV", "OCT", 0.5, case_sensitive=True)
    lex.add("ABBREV", "ED visit", 0.5, case_sensitive=True)
    return lex


_VOCAB = (
    "the heart failure congestive asthma Asthma metformin to thrive failure E. coli OCT oct "
    "Oct ED visit ed patient was seen with and; on 12 mg ok. line\n"
).split(" ")


def _spans_answer(lex: Lexicon, text: str) -> list[tuple[str, int, int, float]]:
    # With the tokens given, match() takes the general path, not the ASCII fast path.
    return [(m.label, m.start, m.end, m.score) for m in lex.match(text, tokenize(text))]


def _ascii_answer(lex: Lexicon, text: str) -> list[tuple[str, int, int, float]]:
    assert text.isascii()
    return [(m.label, m.start, m.end, m.score) for m in lex.match(text)]


def test_long_text_start_words_match_per_position_walk() -> None:
    lex = _lexicon()
    filler = "nothing to see here " * 30  # well past the per-word threshold
    # "heart" occurs, and so does "failure", but never next to each other here: the per-word
    # test lets "heart" start, the walk must still find nothing there.
    text = filler + "heart rate fine; failure of nothing. Congestive Heart Failure and OCT, oct."
    assert len(tokenize(text)) >= lexmod._PER_WORD_FROM
    got = _ascii_answer(lex, text)
    assert got == _spans_answer(lex, text)
    labels = [g[0] for g in got]
    assert "CONDITION" in labels and "ABBREV" in labels


def test_random_texts_both_sides_of_the_threshold_agree() -> None:
    lex = _lexicon()
    rnd = random.Random(4)
    for size in (3, 20, lexmod._PER_WORD_FROM - 1, lexmod._PER_WORD_FROM, 200, 700):
        for _ in range(40):
            text = " ".join(rnd.choice(_VOCAB) for _ in range(size))
            assert _ascii_answer(lex, text) == _spans_answer(lex, text), text


def test_quick_searches_share_one_scan_and_keep_their_own_answers() -> None:
    a = regex.compile(r"\bvet(?:erinary)?\b", regex.IGNORECASE)
    b = regex.compile(r"\btest patient\b", regex.IGNORECASE)
    qa, qb = QuickSearch(a), QuickSearch(b)
    texts = ["the vet saw Rex", "a test patient in staging", "nothing here", "Vet and test patient"]
    for _ in range(2):  # second pass: the answers come from the per-text cache
        for text in texts:
            assert qa(text) == (a.search(text) is not None), text
            assert qb(text) == (b.search(text) is not None), text
    # A test added later rebuilds the shared database and drops the cached answers.
    c = regex.compile(r"\bstaging\b")
    qc = QuickSearch(c)
    for text in texts:
        assert qc(text) == (c.search(text) is not None), text
        assert qa(text) == (a.search(text) is not None), text


def test_quick_search_cache_does_not_answer_for_another_text() -> None:
    a = regex.compile(r"\bcanine\b")
    qa = QuickSearch(a)
    # Many distinct strings, built at run time (new objects, ids get reused once freed).
    for i in range(300):
        text = f"{'canine' if i % 3 == 0 else 'feline'} number {i}"
        assert qa(text) == (i % 3 == 0)
