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

from collections.abc import Callable
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

_DIGIT = re.compile(r"\d")
DEFAULT_FLAGS = re.MULTILINE | re.IGNORECASE
CASE_SENSITIVE = re.MULTILINE


def has_any(*needles: str) -> Callable[[str, str], bool]:
    """A pattern gate: one of ``needles`` (exact, case-sensitive) occurs in the text."""
    return lambda text, _lowered: any(n in text for n in needles)


def has_any_folded(*needles: str) -> Callable[[str, str], bool]:
    """A pattern gate for case-insensitive ASCII literals: one of ``needles`` (lower-case ASCII)
    occurs in the lower-cased text. Only decisive on ASCII text (some non-ASCII letters fold to
    ASCII ones under the regex's IGNORECASE), so non-ASCII text always passes."""
    return lambda text, lowered: not text.isascii() or any(n in lowered for n in needles)


def has_digit(text: str, _lowered: str) -> bool:
    """A pattern gate for patterns that need a digit (``\\d``)."""
    return _DIGIT.search(text) is not None


def label_to_group(pattern: str) -> str:
    """Rewrite a leading look-behind ``(?<=LABEL)VALUE`` as ``(?:LABEL)(?P<v>VALUE)``.

    Patterns are written with the label in a look-behind (readable, and Presidio's own ``analyze``
    then spans the value only), but a variable-width look-behind is tried at every position of the
    text, which is slow; matching the label and capturing the value is linear and fast.
    """
    if not pattern.startswith("(?<="):
        return pattern
    alternatives = _top_level_alternatives(pattern)
    if len(alternatives) > 1:
        # "(?<=A)x|(?<=B)y": each alternative keeps its own label (the value group may repeat:
        # the regex module gives the one that matched). One without a label is left alone.
        if not all(a.startswith("(?<=") for a in alternatives):
            return pattern
        return "|".join(label_to_group(a) for a in alternatives)
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return f"(?:{pattern[4:i]})(?P<v>{pattern[i + 1 :]})"
        i += 1
    raise ValueError("unbalanced look-behind in recognizer pattern")


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its ``|`` outside groups and character classes."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


class Gated:
    """A recognizer whose regexes the detector's prefilter (gateway/detect/prefilter.py) may rule
    out on a text: it lists them in :meth:`gated_regexes`, the detector numbers them in
    ``gate_ids``, and :meth:`prefilter_says` reads the answer for one text."""

    gate_ids: dict[int, int]
    """``id()`` of a regex -> its id in the detector's prefilter (set by the detector; a regex
    absent here is never skipped)."""

    def gated_regexes(self) -> list[re.Pattern[str]]:
        return []

    def prefilter_says(self, rx: re.Pattern[str], may: frozenset[int] | None) -> bool | None:
        """False: the prefilter proved ``rx`` cannot match the text; True: it may; None: the
        prefilter was not asked (text not gated, or ``rx`` not in it)."""
        gid = self.gate_ids.get(id(rx)) if may is not None else None
        return None if gid is None or may is None else gid in may


class PhiPatternRecognizer(Gated, PatternRecognizer):
    ENTITY: ClassVar[str] = ""
    CATEGORY: ClassVar[str] = "identifier"
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    CONTEXT_WINDOW: ClassVar[int] = 48
    CONTEXT_AFTER: ClassVar[int] = 0
    REQUIRES_CONTEXT: ClassVar[bool] = False
    CONTEXT_BOOST: ClassVar[float] = 0.35
    FLAGS: ClassVar[int] = DEFAULT_FLAGS
    TRIGGERS: ClassVar[tuple[str, ...]] = ()
    """Lower-case substrings one of which every match needs: a cheap pre-filter (skip the regexes
    when none occurs in the text)."""
    NEEDS_DIGIT: ClassVar[bool] = False
    """Every match contains a digit: skip texts without one."""
    SOURCES: ClassVar[tuple[str, ...] | None] = None
    """Segment sources this recognizer applies to (None = all)."""
    PATTERN_GATES: ClassVar[dict[str, Callable[[str, str], bool]]] = {}
    """Pattern name -> a cheap test on ``(text, lowered)`` that is False only when that pattern
    cannot match (a literal or character it needs is absent): the pattern is then skipped."""

    def __init__(self) -> None:
        patterns = [Pattern(p.name, label_to_group(p.regex), p.score) for p in self.PATTERNS]
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=patterns,
            context=list(self.CONTEXT),
            supported_language="en",
            global_regex_flags=self.FLAGS,
            name=self.__class__.__name__,
        )
        self._context_re = (
            re.compile(
                r"(?<![A-Za-z])(?:"
                + "|".join(re.escape(w) for w in self.CONTEXT)
                + r")(?![A-Za-z])",
                re.IGNORECASE,
            )
            if self.CONTEXT
            else None
        )
        self._compiled = [(p.name, re.compile(p.regex, self.FLAGS), p.score) for p in patterns]
        # Any context word as a bare substring (same case folding as ``_context_re``): a window
        # of the text can only hold a context word when the whole text holds it.
        self._context_any = (
            re.compile("|".join(re.escape(w) for w in self.CONTEXT), re.IGNORECASE)
            if self.CONTEXT and self.REQUIRES_CONTEXT
            else None
        )
        # The trigger words as one case-insensitive regex: the prefilter answers for it on the
        # texts it gates (same answer as the substring test on the lower-cased text).
        self._triggers_rx = (
            re.compile("|".join(re.escape(t) for t in self.TRIGGERS), re.IGNORECASE)
            if self.TRIGGERS
            else None
        )
        self.gate_ids = {}
        self._pattern_gids: tuple[int, frozenset[int] | None] = (-1, None)
        """(size of ``gate_ids`` when computed, the prefilter ids of all the patterns, or None
        when one of them is not gated): lets ``find`` stop at once when none may match."""

    def gated_regexes(self) -> list[re.Pattern[str]]:
        extra = (self._context_any, self._triggers_rx)
        return [rx for _, rx, _ in self._compiled] + [rx for rx in extra if rx is not None]

    def pattern_gate_ids(self) -> frozenset[int] | None:
        """The prefilter ids of all the patterns, or None when one of them is not gated: a
        prefilter answer disjoint from them rules every pattern out (:meth:`ruled_out_by`)."""
        size, gids = self._pattern_gids
        if size != len(self.gate_ids):
            ids = [self.gate_ids.get(id(rx)) for _, rx, _ in self._compiled]
            gids = None if None in ids else frozenset(i for i in ids if i is not None)
            self._pattern_gids = (len(self.gate_ids), gids)
        return gids

    def ruled_out_by(self, may: frozenset[int]) -> bool:
        """True when the prefilter's answer ``may`` rules out every pattern (then :meth:`find`
        returns nothing at once; the detector checks first and skips the call)."""
        gids = self.pattern_gate_ids()
        return gids is not None and may.isdisjoint(gids)

    def has_context(self, text: str, start: int, end: int) -> bool:
        if self._context_re is None:
            return False
        before = text[max(0, start - self.CONTEXT_WINDOW) : start]
        if self._context_re.search(before):
            return True
        if self.CONTEXT_AFTER:
            return bool(self._context_re.search(text[end : end + self.CONTEXT_AFTER]))
        return False

    def find(
        self, text: str, lowered: str | None = None, may: frozenset[int] | None = None
    ) -> list[RecognizerResult]:
        """Matches in ``text`` with validation and context applied (the detector's entry point).

        Same semantics as Presidio's ``analyze`` (validate_result True -> score 1.0, False or
        invalidate_result True -> dropped), but the span is the ``v`` group when a pattern has one
        (the value after its label), and there is no per-pattern bookkeeping overhead. ``may``:
        the prefilter ids that may match ``text`` (None: all); other gated patterns are skipped.
        """
        if may is not None and self.ruled_out_by(may):
            return []  # the prefilter ruled out every pattern (before any hint runs)
        if self.NEEDS_DIGIT and not _DIGIT.search(text):
            return []
        if self._triggers_rx is not None:
            says = self.prefilter_says(self._triggers_rx, may)
            if says is False:
                return []  # the prefilter saw none of the trigger words
            if says is None:
                if lowered is None:
                    lowered = text.lower()
                if not any(t in lowered for t in self.TRIGGERS):
                    return []
        if self._context_any is not None:
            says = self.prefilter_says(self._context_any, may)
            if says is False or (says is None and self._context_any.search(text) is None):
                return []  # every match needs a context word and there is none
        out: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        gates = self.PATTERN_GATES
        for name, rx, base_score in self.patterns_for(text):
            if self.prefilter_says(rx, may) is False:
                continue  # the prefilter proved it cannot match
            gate = gates.get(name)
            if gate is not None:
                if lowered is None:
                    lowered = text.lower()
                if not gate(text, lowered):
                    continue
            has_v = "v" in rx.groupindex
            for m in rx.finditer(text):
                start, end = m.span("v") if has_v else m.span()
                if start >= end or (start, end) in seen:
                    continue
                value = text[start:end]
                score = base_score
                valid = self.validate_result(value)
                if valid is False:
                    continue
                if valid is True:
                    score = 1.0
                if self.invalidate_result(value):
                    continue
                if self._context_re is not None:
                    if self.has_context(text, m.start(), end):
                        score = min(1.0, score + self.CONTEXT_BOOST)
                    elif self.REQUIRES_CONTEXT:
                        continue
                res = self.refine(
                    text,
                    RecognizerResult(
                        self.ENTITY,
                        start,
                        end,
                        score,
                        recognition_metadata={"recognizer_name": type(self).__name__},
                    ),
                )
                if res is not None and res.score > 0:
                    seen.add((start, end))
                    out.append(res)
        return out

    def patterns_for(self, text: str) -> list[tuple[str, re.Pattern[str], float]]:
        """Hook: the compiled patterns worth running on ``text`` (default: all of them)."""
        return self._compiled

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        """Hook for checks that need the surrounding text; default keeps the result."""
        return result
