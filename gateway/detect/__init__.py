"""PHI detection: recognizers, lexicons and the message-level verdict (pure; runs in the pool).

detector = Detector.from_config("models/detector.yaml")
verdict = detector.analyze(extraction)   # gateway.extract.Extraction -> Verdict

``Detector`` is imported lazily: it pulls in Presidio and spaCy (seconds), and most users of
this package (the CLI, the console, the quarantine) only need the small value types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .types import DetectError, Finding, Verdict

if TYPE_CHECKING:
    from .engine import Detector

__all__ = ["DetectError", "Detector", "Finding", "Verdict"]


def __getattr__(name: str) -> Any:
    if name == "Detector":
        from .engine import Detector

        return Detector
    raise AttributeError(name)
