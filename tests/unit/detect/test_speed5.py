"""Seventh speed session: cheaper stage 1 on long texts, same findings.

A pattern that cannot match without an "@" is answered by a substring test, not by Hyperscan
(the e-mail pattern's long run of word characters before its "@" cost Hyperscan more than the
other patterns together)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.detect.lexicon import _TOKEN_SPLIT
from gateway.detect.prefilter import Prefilter, required_rare
from gateway.detect.recognizers.lexical import _LOWER_WORDS

pytest.importorskip("hyperscan")

EMAIL = r"\b[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,8}[A-Za-z]{2,24}\b"


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (EMAIL, 0, "@"),
        (r"@", 0, "@"),
        (r"(?:mailto:)(?P<v>[a-z]+@[a-z]+)", re.IGNORECASE, "@"),
        (r"(?=[\w.]+@)\w+", 0, "@"),  # a positive look-ahead's text is in the string too
        (r"(?:x@y|z@w)", 0, "@"),  # in every branch
        # not required: optional, in one branch only, negative look-arounds, classes
        (r"\w+@?x", 0, None),
        (r"(?:@\w+)*x", 0, None),
        (r"(?:a@b|cd)", 0, None),
        (r"(?<!@)\w+", 0, None),
        (r"[@#]\w+", 0, None),
        (r"\d{3}-\d{4}", 0, None),  # a required character, but not a rare one
        (r"\p{Lu}@", 0, None),  # ``re`` cannot parse it: left to Hyperscan
    ],
)
def test_required_rare(pattern: str, flags: int, expected: str | None) -> None:
    assert required_rare(pattern, flags) == expected


def test_a_pattern_that_needs_an_at_sign_is_a_candidate_only_with_one() -> None:
    pf = Prefilter([(EMAIL, 0), (r"\b\d{3}-\d{2}-\d{4}\b", 0)])
    assert 0 in pf.gated and 1 in pf.gated
    assert pf._needs == ((0, "@"),)
    assert pf.candidates("call 555-12-3456 today") == frozenset({1})
    assert pf.candidates("write to jo@example.org") == frozenset({0})
    # an "@" with no address: a candidate all the same (regex then finds nothing), never less
    assert pf.candidates("meet @ noon") == frozenset({0})
    assert pf.candidates("nothing here") == frozenset()
    assert pf.candidates("caf\u00e9 jo@example.org") is None  # not gated: run them all


def test_the_at_sign_test_never_skips_an_address_regex_finds() -> None:
    rx = re.compile(EMAIL)
    pf = Prefilter([(EMAIL, 0)])
    for text in ("a@b.co", "x jo.smith+1@mail.example.org y", "no address", "@@", "a@b", "@x.io"):
        if rx.search(text):
            assert pf.candidates(text) == frozenset({0}), text


def test_a_digit_run_longer_than_the_pattern_is_no_candidate() -> None:
    # "(?<![\w\-.])\d{9}(?![\w\-])" cannot match inside "0123456789": Hyperscan now sees the
    # characters around the run, not just nine digits.
    rx = r"(?<![\w\-.])\d{9}(?![\w\-])"
    pf = Prefilter([(rx, 0)])
    assert pf.candidates("The quick brown fox 0123456789 abcdefghij.") == frozenset()
    for text in ("123456789", "ssn 123456789.", "x 123456789\n", "(123456789)"):
        assert re.search(rx, text) and pf.candidates(text) == frozenset({0}), text


# The patterns as they were: the faster forms must find exactly the same.
_OLD_LOWER_WORDS = re.compile(r"(?<![\w'@.\-])[a-z\u00e0-\u00ff][a-z\u00e0-\u00ff'\-]{3,}")
_OLD_TOKEN_SPLIT = re.compile(r"([A-Za-z0-9]+(?:['.&\-][A-Za-z0-9]+)*)")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcXY09 '.&-@_\n\t\u00e9\u00f7\u00ff\u00c9", max_size=60))
def test_faster_word_patterns_find_the_same(text: str) -> None:
    assert _LOWER_WORDS.findall(text) == _OLD_LOWER_WORDS.findall(text)
    assert _TOKEN_SPLIT.split(text) == _OLD_TOKEN_SPLIT.split(text)


def test_faster_word_patterns_on_labelled_mail() -> None:
    from gateway.extract import extract

    root = Path(__file__).resolve().parents[3] / "tests"
    n = 0
    for d in ("corpus", "devset", "devset3"):
        for eml in sorted((root / d).glob("*.eml")):
            for seg in extract(eml.read_bytes()).segments:
                assert _LOWER_WORDS.findall(seg.text) == _OLD_LOWER_WORDS.findall(seg.text)
                assert _TOKEN_SPLIT.split(seg.text) == _OLD_TOKEN_SPLIT.split(seg.text)
                n += 1
    assert n > 1000
