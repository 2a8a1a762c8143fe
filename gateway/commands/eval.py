"""``phigate eval DIR``: measure the detector on a labelled directory of .eml files.

DIR holds the messages and ``labels.json`` (``[{"file": "x.eml", "phi": true, "category": ...}]``,
file paths relative to DIR). Prints recall, precision, false-positive rate, the misses per category
(file names only, never content) and throughput. ``--min-recall`` / ``--max-fpr`` turn it into a
gate: exit 1 when the figures fall short.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from gateway.detect import DetectError, Detector
from gateway.detect.paths import DEFAULT_DETECTOR_CONFIG
from gateway.detect.pool import ScanError, scan_bytes


@dataclass
class EvalReport:
    messages: int = 0
    positives: int = 0
    negatives: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[str] = field(default_factory=list)
    unscannable: list[str] = field(default_factory=list)
    """Messages with an encrypted/unreadable attachment that the detector did not flag: the
    policy holds those; left out of the figures unless counted (--unscannable held|passed)."""
    missed: dict[str, list[str]] = field(default_factory=dict)  # category -> false negatives
    false_alarms: dict[str, list[str]] = field(default_factory=dict)  # category -> false positives
    seconds: float = 0.0
    bytes: int = 0
    made_phi: list[str] = field(default_factory=list)
    """Messages the message classifier made PHI (pattern score below the threshold)."""
    overruled: list[str] = field(default_factory=list)
    """Messages whose weak pattern evidence the message classifier overruled."""

    @property
    def recall(self) -> float:
        return self.tp / self.positives if self.positives else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if (self.tp + self.fp) else 1.0

    @property
    def fpr(self) -> float:
        return self.fp / self.negatives if self.negatives else 0.0

    @property
    def msgs_per_s(self) -> float:
        return self.messages / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(
            recall=round(self.recall, 4),
            precision=round(self.precision, 4),
            fpr=round(self.fpr, 4),
            msgs_per_s=round(self.msgs_per_s, 2),
            seconds=round(self.seconds, 3),
        )
        return d


class EvalError(Exception):
    pass


def load_labels(directory: Path) -> list[dict[str, Any]]:
    path = directory / "labels.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"{path}: cannot load labels ({exc.__class__.__name__})") from None
    if not isinstance(data, list) or not all(
        isinstance(x, dict) and "file" in x and "phi" in x for x in data
    ):
        raise EvalError(f'{path}: expected a list of {{"file": ..., "phi": ...}} objects')
    return data


_UNSCANNABLE = frozenset({"encrypted", "unreadable"})


def evaluate(detector: Detector, directory: Path, unscannable: str = "exclude") -> EvalReport:
    rep = EvalReport()
    for item in load_labels(directory):
        name = str(item["file"])
        want = bool(item["phi"])
        cat = str(item.get("category", "uncategorised"))
        try:
            raw = (directory / name).read_bytes()
        except OSError:
            rep.errors.append(name)
            continue
        t0 = time.perf_counter()
        blind = False
        try:
            result = scan_bytes(detector, raw)
            got = result.verdict.phi
            if result.verdict.second_opinion == "made_phi":
                rep.made_phi.append(name)
            elif result.verdict.second_opinion == "overruled":
                rep.overruled.append(name)
            blind = any(str(a.status.value) in _UNSCANNABLE for a in result.attachments)
        except ScanError:
            rep.errors.append(name)
            got = True  # the gateway fails closed: an unscannable message is held
        rep.seconds += time.perf_counter() - t0
        rep.bytes += len(raw)
        rep.messages += 1
        if blind and not got:
            rep.unscannable.append(name)
            if unscannable == "exclude":
                continue
            got = unscannable == "held"
        if want:
            rep.positives += 1
            if got:
                rep.tp += 1
            else:
                rep.fn += 1
                rep.missed.setdefault(cat, []).append(name)
        else:
            rep.negatives += 1
            if got:
                rep.fp += 1
                rep.false_alarms.setdefault(cat, []).append(name)
            else:
                rep.tn += 1
    return rep


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "eval", help="measure detection quality on a labelled folder"
    )
    p.add_argument("dir", metavar="DIR", help="folder with .eml files and labels.json")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--min-recall", type=float, default=None, help="exit 1 if recall is below this")
    p.add_argument(
        "--max-fpr",
        type=float,
        default=None,
        help="exit 1 if the false-positive rate is above this",
    )
    p.add_argument(
        "--config",
        default=str(DEFAULT_DETECTOR_CONFIG),
        help="detector settings (models/detector.yaml)",
    )
    p.add_argument(
        "--unscannable",
        choices=("exclude", "held", "passed"),
        default="exclude",
        help="messages with an encrypted/unreadable attachment and no finding: leave them out of "
        "the figures (default), count them as held by policy, or as passed",
    )
    p.add_argument(
        "--no-classifier",
        action="store_true",
        help="the pattern stage alone, without the message classifier's second opinion",
    )
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    try:
        detector = Detector.from_config(args.config)
        if args.no_classifier:
            detector.classifier = None
        rep = evaluate(detector, Path(args.dir), args.unscannable)
    except (DetectError, EvalError) as exc:
        print(f"phigate eval: {exc}", file=sys.stderr)
        return 2
    ok = True
    if args.min_recall is not None and rep.recall < args.min_recall:
        ok = False
    if args.max_fpr is not None and rep.fpr > args.max_fpr:
        ok = False
    if args.json:
        d = rep.as_dict()
        d["pass"] = ok
        print(json.dumps(d, sort_keys=True))
    else:
        print(
            f"messages   {rep.messages} ({rep.positives} PHI, {rep.negatives} not PHI, "
            f"{len(rep.errors)} errors)"
        )
        if rep.unscannable:
            how = {
                "exclude": "excluded from the figures",
                "held": "counted as held",
                "passed": "counted as passed",
            }[args.unscannable]
            print(
                f"unscannable {len(rep.unscannable)} (encrypted/unreadable attachment, no finding"
                f"; {how}): "
                f"{', '.join(rep.unscannable)}"
            )
        print(f"recall     {rep.recall:.4f}  ({rep.tp}/{rep.positives})")
        print(f"precision  {rep.precision:.4f}")
        print(f"FPR        {rep.fpr:.4f}  ({rep.fp}/{rep.negatives})")
        print(
            f"throughput {rep.msgs_per_s:.1f} msgs/s  ("
            f"{rep.bytes / 1e6 / rep.seconds if rep.seconds else 0:.2f} MB/s)"
        )
        if rep.made_phi or rep.overruled:
            print(
                f"classifier made {len(rep.made_phi)} PHI, overruled {len(rep.overruled)} "
                "(files in --json: made_phi, overruled)"
            )
        for title, table in (
            ("missed (false negatives)", rep.missed),
            ("false alarms", rep.false_alarms),
        ):
            if table:
                print(f"{title}:")
                for cat in sorted(table):
                    print(f"  {cat}: {', '.join(table[cat])}")
        if rep.errors:
            print(f"errors: {', '.join(rep.errors)}")
        if not ok:
            print("FAIL: below target", file=sys.stderr)
    return 0 if ok else 1
