"""PHI detection: recognizers, lexicons and the message-level verdict (pure; runs in the pool).

detector = Detector.from_config("models/detector.yaml")
verdict = detector.analyze(extraction)   # gateway.extract.Extraction -> Verdict
"""

from __future__ import annotations

from .engine import Detector
from .types import DetectError, Finding, Verdict

__all__ = ["DetectError", "Detector", "Finding", "Verdict"]
