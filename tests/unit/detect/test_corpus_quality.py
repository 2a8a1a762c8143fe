"""Detection quality over the labelled corpus: recall >= 0.98, FPR <= 0.05."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.commands.eval import evaluate
from gateway.detect import Detector

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "corpus"


@pytest.mark.corpus
@pytest.mark.skipif(not (CORPUS / "labels.json").exists(), reason="corpus not generated")
def test_corpus_recall_and_false_positive_rate(detector: Detector) -> None:
    rep = evaluate(detector, CORPUS)
    assert rep.messages >= 100
    assert rep.recall >= 0.98, f"recall {rep.recall:.3f}; missed {rep.missed}"
    assert rep.fpr <= 0.05, f"FPR {rep.fpr:.3f}; false alarms {rep.false_alarms}"
