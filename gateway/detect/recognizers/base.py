"""The recognizer base: a Presidio PatternRecognizer plus cheap character-window context.

Presidio's own context enhancement needs spaCy tokens and lemmas for the whole text; ours looks
for context words in a window of characters before (and a shorter one after) each match, which
costs nothing and is all the identifier patterns need. Subclasses declare:

* ``ENTITY``, ``CATEGORY`` and ``PATTERNS`` (``presidio_analyzer.Pattern``),
* ``CONTEXT`` words and ``CONTEXT_WINDOW`` (characters before the match),
* ``REQUIRES_CONTEXT``: drop matches with no context word nearby,
* ``CONTEXT_BOOST``: added to the score when a context word is present,
* ``validate_result`` / ``invalidate_result`` (checksums, code sets) as in Presidio.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

DEFAULT_FLAGS = re.MULTILINE | re.IGNORECASE
CASE_SENSITIVE = re.MULTILINE


class PhiPatternRecognizer(PatternRecognizer):  # type: ignore[misc]
    ENTITY: ClassVar[str] = ""
    CATEGORY: ClassVar[str] = "identifier"
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    CONTEXT_WINDOW: ClassVar[int] = 48
    CONTEXT_AFTER: ClassVar[int] = 0
    REQUIRES_CONTEXT: ClassVar[bool] = False
    CONTEXT_BOOST: ClassVar[float] = 0.35
    FLAGS: ClassVar[int] = DEFAULT_FLAGS
    SOURCES: ClassVar[tuple[str, ...] | None] = None
    """Segment sources this recognizer applies to (None = all)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=list(self.CONTEXT),
            supported_language="en",
            global_regex_flags=self.FLAGS,
            name=self.__class__.__name__,
        )
        self._context_re = (
            re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(w) for w in self.CONTEXT) + r")(?![A-Za-z])",
                       re.IGNORECASE)
            if self.CONTEXT else None
        )

    def has_context(self, text: str, start: int, end: int) -> bool:
        if self._context_re is None:
            return False
        before = text[max(0, start - self.CONTEXT_WINDOW):start]
        if self._context_re.search(before):
            return True
        if self.CONTEXT_AFTER:
            return bool(self._context_re.search(text[end:end + self.CONTEXT_AFTER]))
        return False

    def find(self, text: str) -> list[RecognizerResult]:
        """Matches in ``text`` with context applied (the detector's entry point)."""
        out: list[RecognizerResult] = []
        for res in self.analyze(text, [self.ENTITY], None):
            if self._context_re is not None:
                ctx = self.has_context(text, res.start, res.end)
                if ctx:
                    res.score = min(1.0, res.score + self.CONTEXT_BOOST)
                elif self.REQUIRES_CONTEXT:
                    continue
            res = self.refine(text, res)
            if res is not None and res.score > 0:
                out.append(res)
        return out

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        """Hook for checks that need the surrounding text; default keeps the result."""
        return result
