"""The Hyperscan prefilter only ever skips patterns that cannot match.

The promise the detector relies on: for a gated text, every pattern whose ``regex`` finds a match
is among the candidates. Checked on every text segment of every labelled set (about 3,000
segments, 92 patterns), on generated texts built from the words the patterns look for, and on
the conversion of the constructs that differ between ``regex`` and PCRE.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.detect import Detector
from gateway.detect.engine import ocr_normalize
from gateway.detect.prefilter import Prefilter, _ascii_form, _tighten
from gateway.detect.recognizers.base import PhiPatternRecognizer
from gateway.extract import extract

hyperscan = pytest.importorskip("hyperscan")

ROOT = Path(__file__).resolve().parents[3]
SETS = ("corpus", "devset", "devset2", "devset3", "devset4")


def _patterns(det: Detector) -> list[tuple[str, str, object, int | None]]:
    """Every regex the prefilter may skip: recognizer patterns, context-word tests, and the
    name recognizers' own regexes."""
    out = []
    for rec in det._recognizers:
        ids = getattr(rec, "gate_ids", {})
        regexes: list[tuple[str, object]] = []
        if isinstance(rec, PhiPatternRecognizer):
            regexes = [(name, rx) for name, rx, _ in rec._compiled]
            if rec._context_any is not None:
                regexes.append(("context words", rec._context_any))
            if rec._triggers_rx is not None:
                regexes.append(("trigger words", rec._triggers_rx))
        regexes += [(rx.pattern[:30], rx) for rx in getattr(rec, "GATED", ())]
        for name, rx in regexes:
            out.append((type(rec).__name__, name, rx, ids.get(id(rx))))
    return out


def _missed(det: Detector, text: str) -> list[str]:
    """Patterns that match ``text`` although the prefilter ruled them out."""
    may = det.prefilter.candidates(text)
    if may is None:
        return []
    return [
        f"{rec}/{name}"
        for rec, name, rx, gid in _patterns(det)
        if gid is not None and gid not in may and rx.search(text)  # type: ignore[attr-defined]
    ]


def test_most_patterns_are_gated(detector_no_ner: Detector) -> None:
    pf = detector_no_ner.prefilter
    assert pf.active
    assert len(pf.gated) >= 0.9 * pf.size, (len(pf.gated), pf.size)
    kinds = {name for _, name, _, gid in _patterns(detector_no_ner) if gid is not None}
    assert "context words" in kinds  # context-word tests and name regexes are gated too
    assert "trigger words" in kinds
    assert len(kinds) > 60


def test_never_skips_a_pattern_that_matches_any_labelled_text(detector_no_ner: Detector) -> None:
    gated_texts = 0
    missed: dict[str, str] = {}
    for name in SETS:
        folder = ROOT / "tests" / name
        for row in json.loads((folder / "labels.json").read_text()):
            for seg in extract((folder / row["file"]).read_bytes()).segments:
                text = ocr_normalize(seg.text)
                if detector_no_ner.prefilter.candidates(text) is None:
                    continue
                gated_texts += 1
                for pat in _missed(detector_no_ner, text):
                    missed.setdefault(pat, f"{name}/{row['file']} {seg.part}")
    assert gated_texts > 1000
    assert not missed, missed


_WORDS = st.sampled_from(
    [
        "Patient:", "Pt", "Name:", "Ingrid", "SOLBERG,", "ANNA", "M", "Dear", "Mr.", "Smith",
        "DOB", "03/14/1957", "MRN", "00482913", "admitted", "to", "bed", "12", "room", "4B",
        "HbA1c", "9.2%", "K", "5.9", "H", "SSN", "219-09-9999", "219 09 9999", "E11.9", "CPT",
        "99213", "NDC", "0002-1433-80", "NPI", "1234567893", "(555)", "555-0142", "ext", "Apt",
        "12", "Main", "St", "Springfield,", "IL", "62704-1234", "BP", "142/90", "HR", "88",
        "metformin", "500", "mg", "BID", "G2P1", "y/o", "93", "year", "old", "positive", "for",
        "strep", "covid+", "acct", "#", "A-99812", "Medicaid", "ID", "1EG4-TE5-MK73", "DEA",
        "AB1234563", ",", ".", ":", "\n", "\t", "\n\n", "-", "'", "O'Brien", "Mc", "Donald",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, min_size=1, max_size=40), st.sampled_from([" ", "  ", "\t", "\n"]))
def test_never_skips_a_pattern_that_matches_generated_text(
    detector_no_ner: Detector, words: list[str], sep: str
) -> None:
    text = sep.join(words)
    assert _missed(detector_no_ner, text) == []


def test_only_plain_ascii_text_is_gated(detector_no_ner: Detector) -> None:
    pf = detector_no_ner.prefilter
    assert pf.candidates("Patient Ingrid Solberg, DOB 03/14/1957") is not None
    assert pf.candidates("Patient Ingrid Sølberg") is None  # non-ASCII: run everything
    assert pf.candidates("Patient\x0bIngrid") is None  # a control character PCRE reads otherwise
    assert pf.candidates("Patient\x1cIngrid") is None


def test_conversion_of_the_constructs_regex_and_pcre_read_differently() -> None:
    # A property inside a class must not open a nested class (that bug hid name patterns).
    assert _ascii_form(r"[A-Z]['\p{Lu}\-]{1,}") == r"[A-Z]['A-Z\-]{1,}"
    assert _ascii_form(r"\p{Lu}\p{Ll}+") == "[A-Z][a-z]+"
    assert _ascii_form(r"[^\p{L}]") == "[^A-Za-z]"
    # Non-ASCII characters cannot occur in a gated text: a byte that never does.
    assert _ascii_form("caf\u00e9|[\u2019']") == r"caf\xff|[\xff']"
    assert _ascii_form(r"x\u2019s") == r"x\xffs"
    assert _ascii_form(r"\p{Han}{2,3}") == r"\xff{2,3}"
    # Letters that case-fold onto ASCII (Kelvin sign, long s) and unknown properties: not gated.
    assert _ascii_form("\u212a") is None
    assert _ascii_form(r"\u017f") is None
    assert _ascii_form(r"\p{Greek}") is None
    assert _ascii_form(r"[[:alpha:]]") is None
    assert _ascii_form(r"\N{EM DASH}") is None
    assert _ascii_form(r"\pL") is None
    assert _ascii_form(r"\PL") is None


def test_ungated_patterns_are_always_candidates() -> None:
    pf = Prefilter([(r"\bmrn\b", 2), (r"\p{Greek}+", 0), (r"(?<=\p{Lu})x", 0)])
    assert pf.gated == frozenset({0, 2})
    assert pf.candidates("nothing here") == frozenset({1})
    assert pf.candidates("the MRN is") == frozenset({0, 1})
    assert pf.candidates("Ax") == frozenset({1, 2})


def test_a_value_group_named_in_each_alternative_is_still_gated() -> None:
    # label_to_group gives each labelled alternative its own "v" group; Hyperscan rejects a
    # name used twice, so the prefilter reads named groups as plain ones.
    source = r"(?:Mr\. )(?P<v>\w+)|(?:Name: )(?P<v>\w+)"
    assert _ascii_form(source) == r"(?:Mr\. )(?:\w+)|(?:Name: )(?:\w+)"
    pf = Prefilter([(source, 0)])
    assert pf.gated == {0}
    assert pf.candidates("Name: Sokha") == {0}
    assert pf.candidates("no label here") == set()


def test_a_pattern_that_needs_a_non_ascii_letter_is_skipped_on_ascii_text() -> None:
    pf = Prefilter([("\u60a3\u8005", 0), (r"\bdob\b", 2)])
    assert pf.gated == frozenset({0, 1})
    assert pf.candidates("dob 1/2/1950") == frozenset({1})


def test_off_switch(tmp_path: Path) -> None:
    cfg = (ROOT / "models" / "detector.yaml").read_text()
    (tmp_path / "detector.yaml").write_text(cfg + "\nprefilter: false\n")
    for sub in ("lexicons", "message_classifier.json"):
        (tmp_path / sub).symlink_to(ROOT / "models" / sub)
    det = Detector.from_config(tmp_path / "detector.yaml", load_ner=False)
    assert not det.prefilter.active
    assert det.prefilter.candidates("Patient: Ingrid Solberg") is None


def test_quick_search_agrees_with_regex() -> None:
    import regex

    from gateway.detect.prefilter import QuickSearch

    rx = regex.compile(r"[A-Za-z]0|0[A-Za-z]|\d[OolI]|[OolI]\d")
    quick = QuickSearch(rx)
    for text in ("D0B 1O/12", "plain words 12 34", "c0lon", "caf\u00e9 l967", "", "O5"):
        assert quick(text) == (rx.search(text) is not None), text


def test_a_pattern_hyperscan_rejects_leaves_the_others_gated() -> None:
    # \G sinks the all-at-once compile: the prefilter falls back to one by one and keeps the rest.
    pf = Prefilter([(r"\bmrn\b", 2), (r"\Gabc", 0), (r"\bdob\b", 2)])
    assert pf.gated == frozenset({0, 2})
    assert pf.candidates("dob only") == frozenset({1, 2})


def test_tightening_turns_edge_look_arounds_into_text_hyperscan_must_see() -> None:
    # A closing look-ahead's text must follow the match, an opening look-behind's precede it.
    assert _tighten(r"\b[a-z]+(?=[ ]+in[ ]+bed[ ]*\d)") == r"\b[a-z]+(?:[ ]+in[ ]+bed[ ]*\d)"
    assert _tighten(r"(?<=MRN:)\d+") == r"(?:MRN:)\d+"
    # Closing negative look-arounds are dropped first (the rest matches more, never less),
    # but one of a single class becomes "another character or the end" (so does an opening
    # negative look-behind of one class: "the start or another character").
    assert _tighten(r"\d{9}(?![\w\-])") == r"\d{9}(?:[^\w\-]|\z)"
    assert _tighten(r"\d+(?=[ ,])(?!x)(?<!0)") == r"\d+(?:[ ,])"
    assert _tighten(r"\d+(?![\w]|x)") == r"\d+"
    assert _tighten(r"(?<![\w.])\d{4}(?![\w\-])") == r"(?:\A|[^\w.])\d{4}(?:[^\w\-]|\z)"
    assert _tighten(r"(?<!\w)x(?!\d)") == r"(?:\A|\W)x(?:\D|\z)"
    for same in (r"(?<![^a])x", r"(?<![[:alpha:]])x", r"(?<![a][b])x", r"(?<!ab)x"):
        assert _tighten(same) == same
    # Per branch of a top-level alternation the same holds.
    assert _tighten(r"(?<=x)y|z(?=w)") == r"(?:x)y|z(?:w)"
    # Left alone: a quantified look-ahead, one in the middle, escaped or in-class parentheses.
    for same in (r"A(?=X)?", r"A(?=X)B", r"a\(?=b\)", r"[(?=]x", r"x(?<=y)", r"(a"):
        assert _tighten(same) == same
    assert _tighten(r"[]()](?=q)") == r"[]()](?:q)"
    assert _tighten(r"[^]](?=q)") == r"[^]](?:q)"


def test_a_closing_look_ahead_narrows_the_candidates() -> None:
    pf = Prefilter([(r"\b([a-z]{2,})[ \t]+([a-z]{2,})(?=[ \t]+(?:in|on)[ \t]+bed[ \t]*\d)", 0)])
    assert pf.gated == frozenset({0})
    assert pf.candidates("the quick brown fox jumps over the lazy dog") == frozenset()
    assert pf.candidates("saw maria lopez in bed 4 today") == frozenset({0})


def test_a_tightened_pattern_hyperscan_rejects_falls_back_to_the_loose_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No real pattern compiles loose but not tight; a tightening that adds \G (which Hyperscan
    # refuses) stands in for one: the pattern stays gated in its loose form.
    import gateway.detect.prefilter as prefilter

    monkeypatch.setattr(prefilter, "_tighten", lambda src: r"\G" + src)
    pf = Prefilter([(r"\bmrn\b", 2), (r"abc(?=d)", 0)])
    assert pf.gated == frozenset({0, 1})
    assert pf.candidates("abc") == frozenset({1})
    assert pf.candidates("xyz") == frozenset()
