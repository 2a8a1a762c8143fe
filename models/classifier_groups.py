"""Leave-group-out reading of the message classifier on the spent blind sets.

    .venv/bin/python models/classifier_groups.py                      # holdout17-72, 8 groups
    .venv/bin/python models/classifier_groups.py --groups 17-23,24-30 --exclude holdout73
    .venv/bin/python models/classifier_groups.py --grid               # settings around the YAML's

For each group of holdout sets: train the classifier (``train_classifier.fit``, the shipped
parameters) on every other labelled set, read the group's messages with it, and combine its
probability with the pattern stage's own state for that message exactly as the detector does
(``Detector._second_opinion`` and ``ClassifierSettings``). Prints misses and false alarms per
group and pooled. This is how a change to the classifier's features or settings is judged before
a sealed reading: on thousands of messages that were written blind, each read by a model that
never saw them. The pattern stage is today's, tuned over sessions on these very sets, so the
figures run better than a sealed reading of the same code; compare variants with each other,
not with a sealed reading. Sets listed in ``--exclude`` (sealed ones) are neither trained on nor
read. Needs scikit-learn (requirements-dev.in).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

import train_classifier as tc  # noqa: E402

from gateway.detect.classifier import MessageClassifier, second_opinion, words_of  # noqa: E402
from gateway.detect.config import ClassifierSettings  # noqa: E402
from gateway.detect.engine import Detector, message_segments  # noqa: E402
from gateway.extract.core import extract  # noqa: E402


@dataclass(frozen=True)
class Row:
    label: bool
    grams: Counter[str]
    words: int
    asked: bool  # the detector would ask the classifier (not vet, not declared test data)
    pattern_phi: bool  # the verdict without a second opinion
    score: float  # the pattern score where the classifier is asked
    healthcare_real: bool


def read_sets(det: Detector, tests: Path, exclude: set[str]) -> dict[str, list[Row]]:
    """Every labelled set's messages: n-grams and the pattern stage's state at the point where
    the detector asks for a second opinion (recorded by standing in for ``_second_opinion``)."""
    blank = MessageClassifier({}, 0.0, det.first_names, det.surnames)
    det.classifier = blank
    seen: dict[str, object] = {}

    def record(self: Detector, clf: object, segs: object, state: object, score: float,  # noqa: PLR0917
               healthcare_real: bool) -> tuple[float, str]:
        seen.update(score=score, healthcare_real=healthcare_real)
        return score, ""

    Detector._second_opinion = record  # type: ignore[assignment,method-assign]
    out: dict[str, list[Row]] = {}
    for set_dir in tc.labelled_sets(tests):
        if set_dir.name in exclude:
            continue
        rows = []
        for entry in json.loads((set_dir / "labels.json").read_text(encoding="utf-8")):
            extracted = extract((set_dir / entry["file"]).read_bytes())
            grams = blank.features(message_segments(extracted))
            seen.clear()
            verdict = det.analyze(extracted)
            rows.append(Row(
                label=bool(entry["phi"]), grams=grams, words=words_of(grams), asked=bool(seen),
                pattern_phi=verdict.phi, score=float(seen.get("score", verdict.score)),  # type: ignore[arg-type]
                healthcare_real=bool(seen.get("healthcare_real", False)),
            ))
        out[set_dir.name] = rows
    return out


def verdict(row: Row, p: float, s: ClassifierSettings, threshold: float) -> bool:
    """The detector's verdict given the classifier's probability (the detector's own rule,
    ``second_opinion``)."""
    if not row.asked:
        return row.pattern_phi
    outcome, _ = second_opinion(
        s, threshold, row.score, row.healthcare_real, lambda: (p, row.words)
    )
    return outcome == "made_phi" if outcome else row.score >= threshold


def groups_of(spec: str) -> list[list[str]]:
    out = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out.append([f"holdout{n}" for n in range(int(lo), int(hi or lo) + 1)])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tests", type=Path, default=ROOT / "tests")
    ap.add_argument("--groups", default="17-23,24-30,31-37,38-44,45-51,52-58,59-65,66-72")
    ap.add_argument("--exclude", nargs="*", default=[], help="sealed sets: never read")
    ap.add_argument("--grid", action="store_true", help="also read phi_at/short_words around")
    args = ap.parse_args(argv)

    cfg = tc.load_config(ROOT / "models" / "detector.yaml")
    params = json.loads((ROOT / "models" / cfg.classifier.model).read_text())["params"]
    det = Detector.from_config(ROOT / "models" / "detector.yaml")
    data = read_sets(det, args.tests, set(args.exclude))
    readings: list[tuple[str, Row, float]] = []
    for group in groups_of(args.groups):
        train = {name: [("", r.label, r.grams) for r in rows]
                 for name, rows in data.items() if name not in group}
        weights, scales, intercept = tc.fit(
            train, params["min_sets"], params["c"], alpha=params["alpha"],
            unknown_scale=params["unknown_scale"])
        clf = MessageClassifier(weights, intercept, det.first_names, det.surnames,
                                scales=scales, unknown_scale=params["unknown_scale"])
        for name in group:
            readings.extend((name, r, clf.probability_of(r.grams)) for r in data.get(name, []))

    def tally(s: ClassifierSettings, names: set[str] | None = None) -> tuple[int, int, int, int]:
        miss = fa = pos = neg = 0
        for name, row, p in readings:
            if names is not None and name not in names:
                continue
            said = verdict(row, p, s, cfg.verdict.threshold)
            pos += row.label
            neg += not row.label
            miss += row.label and not said
            fa += said and not row.label
        return miss, pos, fa, neg

    def line(t: tuple[int, int, int, int]) -> str:
        miss, pos, fa, neg = t
        return (f"recall {1 - miss / max(pos, 1):.3f} ({pos - miss}/{pos})  "
                f"FPR {fa / max(neg, 1):.3f} ({fa}/{neg})  misses {miss}, false alarms {fa}")

    shipped = cfg.classifier
    for group in groups_of(args.groups):
        print(f"{group[0]}..{group[-1]}: {line(tally(shipped, set(group)))}")
    print(f"pooled, shipped settings: {line(tally(shipped))}")
    if args.grid:
        for phi_at, short in itertools.product((0.5, 0.55, 0.6, 0.65), (20, 30, 40)):
            s = shipped.model_copy(update={"phi_at": phi_at, "short_words": short})
            print(f"  phi_at {phi_at} short_words {short}: {line(tally(s))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
