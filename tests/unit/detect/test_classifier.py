"""The message classifier: its tokens, its arithmetic, its wiring into the verdict, the model
file it ships with, and a blind reading of two sets it was not trained on."""

from __future__ import annotations

import copy
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from gateway.detect import Detector
from gateway.detect.classifier import MessageClassifier, words_of
from gateway.detect.config import load_config
from gateway.detect.engine import _Seg, message_segments
from gateway.detect.types import DetectError
from gateway.extract.core import extract

ROOT = Path(__file__).resolve().parents[3]
MODELS = ROOT / "models"
sys.path.insert(0, str(MODELS))

import train_classifier  # noqa: E402

FIRST = frozenset({"harriet", "rose", "lee"})
SUR = frozenset({"quinlan", "lee"})


def segs(body: str, subject: str = "", **extra: str) -> list[_Seg]:
    out = [_Seg("header:from", "Ruth Okafor", "header", "text")]
    if subject:
        out.append(_Seg("subject", subject, "subject", "text"))
    out.append(_Seg("body", body, "body", "text"))
    for name, text in extra.items():
        out.append(_Seg(f"attachment:{name}", text, "attachment", "text"))
    return out


# ---------------------------------------------------------------------------------- tokens
def test_names_numbers_and_codes_become_their_kind() -> None:
    clf = MessageClassifier({}, 0.0, FIRST, SUR)
    toks = clf.tokens(segs("Harriet Quinlan, MRN 00123456, seen 11/03 for A1c; Lee rose early."))
    assert toks == [
        "<GIVEN>", "<SUR>", "mrn", "<D8>", "seen", "<D2>", "<D2>", "for", "<AN>", "<GS>", "rose",
        "early",
    ]  # fmt: skip


def test_vowel_signs_stay_inside_their_word() -> None:
    # Devanagari (Hindi, Nepali, Marathi) and Bengali write vowels as combining marks: a word
    # is one token, not the consonants between its marks.
    clf = MessageClassifier({}, 0.0, FIRST, SUR)
    assert clf.tokens(segs("हाम्रो क्लिनिक सोमबारदेखि खुला छ")) == [
        "हाम्रो", "क्लिनिक", "सोमबारदेखि", "खुला", "छ",
    ]  # fmt: skip
    assert clf.tokens(segs("আপনার রিপোর্ট")) == ["আপনার", "রিপোর্ট"]


def test_headers_are_skipped_and_each_source_is_marked() -> None:
    clf = MessageClassifier({}, 0.0, FIRST, SUR)
    toks = clf.tokens(segs("see attached", subject="labs", **{"a.csv": "x"}))
    assert toks == ["<SUBJ>", "labs", "see", "attached", "<ATT>", "x"]
    assert "ruth" not in toks and "<SUR>" not in toks  # the From header is not read


def test_ascii_fast_path_splits_like_the_unicode_word_pattern() -> None:
    clf = MessageClassifier({}, 0.0, FIRST, SUR)
    text = "Mrs. O'Brien -- 2x1.5cm_ulcer (re: MRN#12345); ok?\t\x0b\x1c end"
    uni = clf.tokens(segs(text + " é"))[:-1]  # the é makes the text non-ASCII
    assert clf.tokens(segs(text)) == uni
    assert clf.tokens(segs("Señora Müller: 糖尿 病")) == ["señora", "müller", "糖尿", "病"]


def test_a_script_without_spaces_is_read_as_character_pairs() -> None:
    clf = MessageClassifier({}, 0.0, FIRST, SUR)
    # One \w+ run per clause in Chinese, Thai or Japanese: read as overlapping pairs.
    assert clf.tokens(segs("您父亲的肺癌")) == ["您父", "父亲", "亲的", "的肺", "肺癌"]
    assert clf.tokens(segs("検査結果です ok")) == ["検査", "査結", "結果", "果で", "です", "ok"]
    assert clf.tokens(segs("Ана Петрова, диабет")) == ["ана", "петрова", "диабет"]  # spaced


def test_words_remembered_across_messages_read_as_a_fresh_classifier_reads_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """tokens() keeps its word -> token memo between messages (bounded): a long-lived
    classifier reads every message exactly as a new one does, also past the bound."""
    from gateway.detect import classifier as clf_mod

    texts = [
        "Harriet Quinlan, MRN 00123456, seen 11/03 for A1c; Lee rose early.",
        "harriet QUINLAN rose 2x1.5cm Lee-Rose lee",
        "Señora Müller: 糖尿 病 您父亲的肺癌 Harriet",
        "Rose Lee, Harriet Lee and lee rose, MRN 00123456 again",
    ]
    kept = MessageClassifier({}, 0.0, FIRST, SUR)
    for bound in (50_000, 3):
        monkeypatch.setattr(clf_mod, "_MEMO_WORDS", bound)
        for _ in range(3):
            for text in texts:
                fresh = MessageClassifier({}, 0.0, FIRST, SUR)
                assert kept.tokens(segs(text, subject=text[:12])) == fresh.tokens(
                    segs(text, subject=text[:12]))
        assert len(kept._kinds) <= max(bound, 40)  # started again past the bound


def test_no_identifier_outlives_its_message() -> None:
    """Across messages the classifier remembers plain words only: names (known or not, in any
    case), numbers, codes and unspaced clauses are read for their own message and forgotten."""
    clf = MessageClassifier({}, 0.0, FIRST, SUR)
    ascii_text = "Harriet Okonkwo-Baptiste, MRN 00123456 (A1c 9.2), harriet lee: seen today"
    clf.tokens(segs(ascii_text))  # the ASCII path
    clf.tokens(segs(ascii_text + " 您父亲张国华 Галина Воронова for diabetes"))  # the other
    kept = set(clf._kinds) | set(clf._wide)
    assert {"seen", "today", "for", "diabetes"} <= kept
    for word in ("Harriet", "harriet", "lee", "Okonkwo", "Baptiste", "00123456", "A1c", "MRN",
                 "您父亲张国华", "Галина", "Воронова"):
        assert word not in kept, word


def test_reading_is_capped() -> None:
    clf = MessageClassifier({}, 0.0, FIRST, SUR, max_chars_per_segment=20, max_chars=30)
    toks = clf.tokens(segs("word " * 100, subject="one two three"))
    # The subject's 13 characters whole, then 17 of the body: "word word word wo".
    assert toks == ["<SUBJ>", "one", "two", "three", "word", "word", "word", "wo"]


# ------------------------------------------------------------------------------ arithmetic
def test_probability_is_logistic_over_normalised_scaled_presence() -> None:
    w = {"biopsy": 2.0, "results": 1.0, "biopsy results": 1.5, "invoice": -3.0}
    scales = {"biopsy": 2.0, "results": 0.5, "biopsy results": 1.0, "invoice": 3.0}
    clf = MessageClassifier(w, -0.5, FIRST, SUR, scales=scales, unknown_scale=0.5)
    s = segs("biopsy results biopsy and other words")
    # present in the vocabulary: biopsy (once, though written twice), results, "biopsy results";
    # three distinct words outside it ("and", "other", "words") add 0.5**2 each to the norm
    z = -0.5 + (2.0 + 1.0 + 1.5) / math.sqrt(2.0**2 + 0.5**2 + 1.0**2 + 3 * 0.5**2)
    assert clf.probability(s) == pytest.approx(1 / (1 + math.exp(-z)))
    p, words = clf.reading(s)
    assert words == 6 == words_of(clf.features(s))
    assert p == pytest.approx(clf.probability_of(clf.features(s)))
    # nothing the model knows: the intercept alone, however many unknown words dilute nothing
    assert clf.probability(segs("nothing known here")) == pytest.approx(1 / (1 + math.exp(0.5)))


def test_a_message_the_model_cannot_read_is_read_with_less_confidence() -> None:
    w = {"biopsy": 2.0, "results": 1.0}
    plain = MessageClassifier(w, 0.0, FIRST, SUR)
    damped = MessageClassifier(w, 0.0, FIRST, SUR, unknown_scale=1.0)
    few = segs("biopsy results")
    many = segs("biopsy results " + " ".join(f"w{chr(97 + i)}x" for i in range(20)))
    assert plain.probability(few) == pytest.approx(plain.probability(many))
    assert damped.probability(few) == pytest.approx(plain.probability(few))
    assert 0.5 < damped.probability(many) < damped.probability(few)


def test_load_rejects_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "m.json"
    with pytest.raises(DetectError, match="cannot read"):
        MessageClassifier.load(bad, FIRST, SUR)
    bad.write_text('{"format": 99}')
    with pytest.raises(DetectError, match="not a format-2 model"):
        MessageClassifier.load(bad, FIRST, SUR)
    bad.write_text('{"format": 1, "weights": {"biopsy": 2.0}, "intercept": 0}')
    with pytest.raises(DetectError, match="not a format-2 model"):
        MessageClassifier.load(bad, FIRST, SUR)
    bad.write_text('{"format": 2, "weights": []}')
    with pytest.raises(DetectError, match="weights or intercept"):
        MessageClassifier.load(bad, FIRST, SUR)
    bad.write_text('{"format": 2, "weights": {"biopsy": 2.0}, "intercept": 0}')
    with pytest.raises(DetectError, match="not \\[weight, scale\\] pairs"):
        MessageClassifier.load(bad, FIRST, SUR)
    bad.write_text('{"format": 2, "weights": {"biopsy": [2.0, "x"]}, "intercept": 0}')
    with pytest.raises(DetectError, match="not \\[weight, scale\\] pairs"):
        MessageClassifier.load(bad, FIRST, SUR)


def test_load_reads_weights_scales_and_unknown(tmp_path: Path) -> None:
    good = tmp_path / "m.json"
    good.write_text(
        '{"format": 2, "intercept": -0.5, "params": {"unknown_scale": 0.5},'
        ' "weights": {"biopsy": [2.0, 2.0], "results": [1.0, 0.5], "biopsy results": [1.5, 1.0]}}'
    )
    clf = MessageClassifier.load(good, FIRST, SUR)
    z = -0.5 + (2.0 + 1.0 + 1.5) / math.sqrt(2.0**2 + 0.5**2 + 1.0**2 + 3 * 0.5**2)
    assert clf.probability(segs("biopsy results and other words")) == pytest.approx(
        1 / (1 + math.exp(-z))
    )


# -------------------------------------------------------------------- wiring into the verdict
@pytest.fixture(scope="module")
def base() -> Detector:
    return Detector.from_config(MODELS / "detector.yaml", load_ner=False)


@pytest.fixture
def make(base: Detector) -> Callable[..., Detector]:
    """The real detector with a hand-made model: the second opinion's rules, not the model."""

    def build(weights: dict[str, float], intercept: float, **knobs: object) -> Detector:
        det = copy.copy(base)  # shares the recognizers and lexicons; own model and settings
        det.config = base.config.model_copy(
            update={"classifier": base.config.classifier.model_copy(update=knobs)}
        )
        enabled = det.config.classifier.enabled
        det.classifier = (
            MessageClassifier(weights, intercept, base.first_names, base.surnames)
            if enabled
            else None
        )
        return det

    return build


QUIET = "Mom's scan came back clear, the doctor wants to see her again Thursday at 10."
AGENDA = (
    "Regional nursing conference, March 4. 9:00 keynote: Anika Brandt, managing heart failure "
    "readmissions in rural clinics. 10:30 breakout sessions. "
    + "Registration closes Friday; the fee covers lunch, parking and six contact hours. " * 3
)


def test_a_sure_model_makes_a_quiet_note_phi(make: Callable[..., Detector]) -> None:
    det = make({"mom": 4.0, "scan": 3.0}, 0.0)
    v = det.analyze_text(QUIET)
    assert v.phi and v.score >= 0.8 and v.second_opinion == "made_phi"
    assert v.evidence[0].startswith("the message classifier reads it as mail about a patient (")
    assert "Mom" not in " ".join(v.evidence) and "scan" not in " ".join(v.evidence)
    off = make({"mom": 4.0, "scan": 3.0}, 0.0, enabled=False)
    assert not off.analyze_text(QUIET).phi  # the pattern stage alone does not see it
    assert off.analyze_text(QUIET).second_opinion == ""
    unsure = make({"mom": 4.0, "scan": 3.0}, 0.0, phi_at=0.999, phi_at_short=0.999)
    assert not unsure.analyze_text(QUIET).phi
    # QUIET has 16 words: a short message (short_words 40) is read against phi_at_short.
    w = {"mom": 4.0, "scan": 3.0}
    p = make(w, 0.0).classifier.probability(segs(QUIET))
    assert not make(w, 0.0, phi_at=0.5, phi_at_short=p + 0.001).analyze_text(QUIET).phi
    assert make(w, 0.0, phi_at=0.999, phi_at_short=p, short_words=17).analyze_text(QUIET).phi
    assert make(w, 0.0, phi_at=p, phi_at_short=0.999, short_words=16).analyze_text(QUIET).phi


def test_a_sure_model_overrules_weak_pattern_evidence_in_a_long_message(
    make: Callable[..., Detector],
) -> None:
    # A speaker's name near a condition: weak pattern evidence (0.70 when written).
    base = make({}, 0.0, enabled=False).analyze_text(AGENDA)
    assert base.phi and base.score < 0.8, base
    det = make({"keynote": -6.0, "registration": -6.0}, 0.0)
    v = det.analyze_text(AGENDA)
    assert not v.phi and v.second_opinion == "overruled"
    assert v.evidence[0].startswith(f"pattern evidence ({base.score:.2f}) overruled")
    # A high pattern score or too short a message: the patterns stand.
    sure_no = {"keynote": -6.0, "registration": -6.0}
    assert make(sure_no, 0.0, overrule_max_score=0.0).analyze_text(AGENDA).phi
    assert make(sure_no, 0.0, short_words=500).analyze_text(AGENDA).phi


def test_strong_evidence_and_healthcare_documents_are_never_overruled(
    make: Callable[..., Detector],
) -> None:
    det = make({"<SUBJ>": -50.0}, -50.0)  # the model says "no" to everything
    body = "Patient: Harriet Quinlan\nMRN: 00482913\nDOB: 03/14/1961\n" + "Thank you. " * 40
    assert det.analyze_text(body, subject="labs").phi
    hl7 = (
        "MSH|^~\\&|LAB|RB|EHR|RB|202611160830||ORU^R01|1|P|2.5\r"
        "PID|1||00482913^^^RB^MR||QUINLAN^HARRIET||19610314|F\r"
        "OBX|1|NM|4548-4^Hemoglobin A1c^LN||9.1|%|4.0-5.6|H\r"
    )
    raw = (
        "From: lab@rb.example\r\nTo: clinic@partner.example\r\nSubject: result\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\n" + "See the attached message. " * 20 + "\r\n"
        "--b\r\nContent-Type: application/hl7-v2; name=r.hl7\r\n"
        "Content-Disposition: attachment; filename=r.hl7\r\n\r\n" + hl7 + "\r\n--b--\r\n"
    ).encode()
    assert det.analyze(extract(raw)).phi


def test_a_declared_test_patient_stays_a_test_patient(make: Callable[..., Detector]) -> None:
    det = make({"patient": 50.0}, 50.0)  # the model says "yes" to everything
    body = "TEST PATIENT - not a real person. Patient ZZTEST, Alpha: A1c 9.1, metformin started."
    assert not det.analyze_text(body, subject="UAT script").phi


def test_veterinary_mail_is_never_made_phi(make: Callable[..., Detector]) -> None:
    det = make({"recheck": 50.0}, 50.0)  # the model says "yes" to everything
    vet = "Biscuit, feline, is due for a recheck of her thyroid levels Friday. - Dr. Amy Cole, DVM"
    assert not det.analyze_text(vet).phi
    human = "Your mother is due for a recheck of her thyroid levels Friday."
    assert det.analyze_text(human).second_opinion == "made_phi"


def test_a_missing_model_is_a_clear_start_up_error(tmp_path: Path) -> None:
    cfg = load_config(MODELS / "detector.yaml")
    clf = cfg.classifier.model_copy(update={"model": str(tmp_path / "absent.json")})
    with pytest.raises(DetectError, match=r"message classifier absent\.json"):
        Detector(cfg.model_copy(update={"classifier": clf}), MODELS, load_ner=False)


# ------------------------------------------------------------------------ the shipped model
SHIPPED = json.loads((MODELS / "message_classifier.json").read_text(encoding="utf-8"))


def test_the_shipped_model_was_trained_on_the_sets_as_they_are() -> None:
    import hashlib

    trained = SHIPPED["trained_on"]
    assert len(trained) >= 30
    for name, info in trained.items():
        labels = ROOT / "tests" / name / "labels.json"
        digest = hashlib.sha256(labels.read_bytes()).hexdigest()
        assert digest == info["labels_sha256"], f"{name} changed: rerun models/train_classifier.py"
        assert len(json.loads(labels.read_text(encoding="utf-8"))) == info["messages"]


# Everyday words of patients' languages that the surname list also holds (checked by hand; the
# training script keeps no other surname in the vocabulary).
SURNAME_WORDS = train_classifier.EVERYDAY_SURNAME_WORDS


def test_training_keeps_no_banned_word() -> None:
    # Five sets, each with the same two messages: "okafor" is in all of them, yet never kept.
    rows = [
        ("a", True, Counter({"biopsy": 1, "okafor": 1, "biopsy okafor": 1})),
        ("b", False, Counter({"invoice": 1, "okafor": 1})),
    ]
    data = {f"set{i}": rows for i in range(5)}
    weights, scales, _ = train_classifier.fit(data, 5, 30.0, banned=frozenset({"okafor"}))
    assert set(weights) == set(scales) == {"biopsy", "invoice"}
    assert "okafor" in train_classifier.fit(data, 5, 30.0)[0]


def test_the_shipped_model_holds_no_name() -> None:
    cfg = load_config(MODELS / "detector.yaml")
    surnames = train_classifier.read_words(MODELS / str(cfg.surnames))
    english = train_classifier.read_words(MODELS / str(cfg.english_words))
    words = {t for gram in SHIPPED["weights"] for t in gram.split(" ")}
    # Capitalised names became kinds; what is left is lower-case vocabulary...
    assert all(t.startswith("<") or t == t.lower() for t in words)
    # ...and no surname that is not also an everyday word (a lower-cased patient name would be).
    assert {t for t in words if t in surnames and t not in english} <= SURNAME_WORDS


@pytest.mark.slow
def test_the_shipped_model_is_what_the_training_script_builds(tmp_path: Path) -> None:
    """Deterministic training: the same sets give the same file (sealed sets excluded)."""
    have = {p.parent.name for p in (ROOT / "tests").glob("*/labels.json")}
    out = tmp_path / "m.json"
    excluded = sorted(have - set(SHIPPED["trained_on"]))
    assert train_classifier.main(["--out", str(out), "--exclude", *excluded]) == 0
    assert out.read_bytes() == (MODELS / "message_classifier.json").read_bytes()


@pytest.mark.slow
def test_a_model_trained_without_two_sets_reads_them_blind() -> None:
    """Train without devset16 and devset17 (two writers' sets), then read them. Measured when
    written: the classifier alone (at 0.5) reads recall 0.908 / FPR 0.075 on the pair (120 PHI,
    120 not); the bar keeps a margin and fails if the features or the training break."""
    cfg = load_config(MODELS / "detector.yaml")
    first = train_classifier.read_words(MODELS / str(cfg.first_names))
    sur = train_classifier.read_words(MODELS / str(cfg.surnames))
    blank = MessageClassifier({}, 0.0, first, sur)
    held = ("devset16", "devset17")
    data = {
        d.name: train_classifier.featurize(d, blank)
        for d in train_classifier.labelled_sets(ROOT / "tests")
        if d.name in held or d.name in SHIPPED["trained_on"]
    }
    weights, scales, intercept = train_classifier.fit(
        {k: v for k, v in data.items() if k not in held}, 5, 30.0
    )
    clf = MessageClassifier(weights, intercept, first, sur, scales=scales, unknown_scale=1.0)
    tp = fp = pos = neg = 0
    for name in held:
        for _, label, grams in data[name]:
            said = clf.probability_of(grams) >= 0.5
            pos += label
            neg += not label
            tp += said and label
            fp += said and not label
    assert tp / pos >= 0.85, f"recall {tp / pos:.3f}"
    assert fp / neg <= 0.12, f"FPR {fp / neg:.3f}"


def test_segments_match_what_the_detector_reads() -> None:
    ex = extract((ROOT / "tests" / "devset16" / "0001.eml").read_bytes())
    parts = [s.part for s in message_segments(ex)]
    assert parts[: len(ex.segments)] == [s.part for s in ex.segments]
    assert all(p.startswith("filename:") for p in parts[len(ex.segments) :])


def test_eval_counts_what_the_classifier_changed(
    make: Callable[..., Detector], tmp_path: Path
) -> None:
    from gateway.commands.eval import evaluate

    sets = tmp_path / "set"
    sets.mkdir()
    for name, body in (("quiet.eml", QUIET), ("agenda.eml", AGENDA)):
        (sets / name).write_bytes(
            f"From: a@clinic.example\r\nTo: b@partner.example\r\nSubject: note\r\n\r\n{body}\r\n"
            .encode()
        )
    (sets / "labels.json").write_text(
        '[{"file": "quiet.eml", "phi": true}, {"file": "agenda.eml", "phi": false}]'
    )
    det = make({"mom": 4.0, "scan": 3.0, "keynote": -6.0, "registration": -6.0}, 0)
    rep = evaluate(det, sets)
    assert (rep.made_phi, rep.overruled) == (["quiet.eml"], ["agenda.eml"])
    assert (rep.tp, rep.fp) == (1, 0)
    det.classifier = None  # phigate eval --no-classifier
    rep = evaluate(det, sets)
    assert (rep.made_phi, rep.overruled, rep.tp, rep.fp) == ([], [], 0, 1)
