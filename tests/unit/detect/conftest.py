from __future__ import annotations

from pathlib import Path

import pytest

from gateway.detect import Detector, Finding, Verdict

ROOT = Path(__file__).resolve().parents[3]
CONFIG = ROOT / "models" / "detector.yaml"


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector.from_config(CONFIG)


@pytest.fixture(scope="session")
def detector_no_ner() -> Detector:
    return Detector.from_config(CONFIG, load_ner=False)


def values(verdict: Verdict, text: str, entity: str | None = None, part: str = "body") -> list[str]:
    return [
        text[f.start : f.end]
        for f in verdict.findings
        if f.part == part and (entity is None or f.entity == entity)
    ]


def entities(findings: tuple[Finding, ...]) -> set[str]:
    return {f.entity for f in findings}
