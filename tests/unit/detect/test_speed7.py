"""speed7: ``\\K`` patterns are gated by the prefilter (Hyperscan has no ``\\K``; without it a
pattern matches the same texts), and still found wherever they match."""

from __future__ import annotations

import pytest

from gateway.detect import Detector
from gateway.detect.prefilter import Prefilter, _ascii_form
from gateway.detect.recognizers.base import PhiPatternRecognizer

hyperscan = pytest.importorskip("hyperscan")

K_PATTERNS = [("VitalSignRecognizer", "bp reading later"),
              ("ForeignNameRecognizer", "name before a greeting")]


def _rx(det: Detector, rec_name: str, pat: str) -> tuple[PhiPatternRecognizer, object]:
    for rec in det._recognizers:
        if type(rec).__name__ == rec_name and isinstance(rec, PhiPatternRecognizer):
            for name, rx, _ in rec._compiled:
                if name == pat:
                    return rec, rx
    raise AssertionError(f"{rec_name}/{pat} not found")


def test_backslash_k_is_dropped_for_hyperscan_only_outside_a_class() -> None:
    assert _ascii_form(r"bp[ \t]\K\d+") == r"bp[ \t]\d+"
    assert _ascii_form(r"a\\Kb") == r"a\\Kb"  # an escaped backslash, then a literal K
    pf = Prefilter([(r"\bbp\b[^.\n]{1,40}?[ \t]\K\d+/\d+", 2)])
    assert pf.gated == frozenset({0})
    assert pf.candidates("BP was 142/90 this morning") == frozenset({0})
    assert pf.candidates("The quick brown fox jumps over the lazy dog 0123456789") == frozenset()


@pytest.mark.parametrize(("rec_name", "pat"), K_PATTERNS)
def test_k_patterns_are_gated_and_never_skipped_where_they_match(
        detector_no_ner: Detector, rec_name: str, pat: str) -> None:
    rec, rx = _rx(detector_no_ner, rec_name, pat)
    gid = rec.gate_ids[id(rx)]
    assert gid in detector_no_ner.prefilter.gated
    matching = {
        "bp reading later": ["Her blood pressure this morning was (172/98) at rest.",
                             "BP taken twice: 142/90\r\nHR 88"],
        "name before a greeting": ["Maria, buenos dias.\r\nSu cita es el lunes.",
                                   "  Pierre, bonjour\nVotre rendez-vous"],
    }[pat]
    for text in matching:
        assert rx.search(text) is not None  # type: ignore[attr-defined]
        may = detector_no_ner.prefilter.candidates(text)
        assert may is not None and gid in may, text
    fox = "The quick brown fox jumps over the lazy dog 0123456789 abcdefghij.\r\n" * 60
    may = detector_no_ner.prefilter.candidates(fox)
    assert may is not None and gid not in may  # ruled out: the 4 KB bench body skips it
