"""Detection quality over the labelled training sets: recall >= 0.98, FPR <= 0.05 on each.

tests/corpus (generated + hand-written), tests/devset and tests/devset2 (hand-written) are the
sets the detector is tuned on; the holdout sets are measured separately and never tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.commands.eval import evaluate
from gateway.detect import Detector

ROOT = Path(__file__).resolve().parents[3]
SETS = [ROOT / "tests" / name for name in ("corpus", "devset", "devset2")]


@pytest.mark.corpus
@pytest.mark.parametrize("directory", SETS, ids=lambda p: p.name)
def test_recall_and_false_positive_rate(detector: Detector, directory: Path) -> None:
    if not (directory / "labels.json").exists():
        pytest.skip(f"{directory.name} not generated")
    rep = evaluate(detector, directory)
    assert rep.messages >= 100
    assert rep.recall >= 0.98, f"{directory.name}: recall {rep.recall:.3f}; missed {rep.missed}"
    assert rep.fpr <= 0.05, f"{directory.name}: FPR {rep.fpr:.3f}; false alarms {rep.false_alarms}"
