"""Values the detector returns. Picklable, frozen, free of matched text."""

from __future__ import annotations

from dataclasses import dataclass


class DetectError(Exception):
    """The detector could not be built or run (bad configuration, missing model or lexicon)."""


@dataclass(frozen=True, slots=True)
class Finding:
    entity: str  # "PERSON", "US_SSN", "MRN", "CONDITION", ...
    category: str  # "identifier" | "health"
    part: str  # Segment.part the offsets refer to
    start: int
    end: int
    score: float
    recognizer: str


@dataclass(frozen=True, slots=True)
class Verdict:
    phi: bool
    score: float
    findings: tuple[Finding, ...]
    evidence: tuple[str, ...]  # why, without matched values
    second_opinion: str = ""
    """What the message classifier did to the pattern verdict: "made_phi", "overruled" or ""."""
