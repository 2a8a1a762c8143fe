"""One pass over a text that tells which of many regexes cannot match it.

Stage 1 runs about ninety recognizer patterns over every text; each ``regex`` scan costs some
tens of nanoseconds per character even when nothing matches, so a 4 KB mail paid for ninety
full scans. Hyperscan compiles all of them into one automaton and scans the text once (at
gigabytes per second); in *prefilter* mode it reports a superset of each pattern's matches
(look-arounds and other constructs it cannot run exactly are widened, never narrowed). A pattern
Hyperscan does not report cannot match, so the detector skips it; the ones it reports run as
before, with ``regex``, so findings are exactly what they would have been.

The superset promise holds for Hyperscan's own (PCRE) semantics. ``regex`` and PCRE agree on
ASCII text with no control characters other than tab and line breaks; only such texts are
gated (``candidates`` returns None for anything else, and the caller runs every pattern). Unicode
escapes in patterns become a byte that never occurs in ASCII text, ``\\p{Lu}`` / ``\\p{Ll}`` /
``\\p{L}`` their ASCII classes. A pattern that still does not compile, or whose case-insensitive
matching could reach ASCII through a non-ASCII letter (long s, Kelvin sign...), is never gated.

Hyperscan drops look-arounds in prefilter mode, so ``\\w+(?=[ ]+in[ ]+bed[ ]*\\d)`` would be
reported on any word. A positive look-ahead that ends a pattern only asks that its text follow
the match, and a positive look-behind that opens one that its text precede it: Hyperscan is given
them as plain groups (``\\w+(?:[ ]+in[ ]+bed[ ]*\\d)``), which match wherever the original does
(negative look-arounds at the end are dropped first: without them the pattern matches more, not
less). The answer is still a superset, only a much smaller one.

Hyperscan is optional (x86-64 wheels only): without it every pattern runs, as before.
"""

from __future__ import annotations

import logging
import re
import re._constants as _sre_c
import re._parser as _sre_parse
from collections.abc import Sequence
from typing import Any

log = logging.getLogger(__name__)

_hs: Any
try:  # pragma: no cover - the import is the whole branch
    import hyperscan as _hs
except ImportError:  # pragma: no cover - platforms without the wheel
    _hs = None

# Flags of the ``regex`` module (same values as ``re``) that matter here.
_IGNORECASE, _MULTILINE, _DOTALL, _VERBOSE = 2, 8, 16, 64
# Text the gate is exact for: ASCII, no control characters but tab, LF and CR.
_GATED_TEXT = re.compile(r"[\t\n\r\x20-\x7e]*\Z")
# Non-ASCII letters whose case folding reaches ASCII (long s, Kelvin sign, Angstrom sign, dotted
# and dotless i): a pattern holding one is never gated.
_FOLDS_TO_ASCII = frozenset("\u017f\u212a\u212b\u0130\u0131")
# Characters rare in mail prose: a pattern that cannot match without one of them (the "@" of an
# e-mail address) is answered by a substring test instead of sitting in the Hyperscan database,
# where a pattern with a long run of word characters before its literal costs more than all the
# others together.
_RARE_REQUIRED = frozenset("@")
# A byte no gated text holds: what a non-ASCII character of a pattern becomes.
_NEVER = r"\xff"
# Unicode properties as ASCII class contents (Han and marks have no ASCII member).
_PROPERTIES = {"Lu": "A-Z", "Ll": "a-z", "L": "A-Za-z", "Han": _NEVER, "M": _NEVER}


def _ascii_form(pattern: str) -> str | None:
    r"""``pattern`` for Hyperscan on ASCII text, or None when it cannot be converted safely.

    Walks the pattern once, tracking character classes: ``\p{Lu}`` becomes ``[A-Z]`` outside a
    class and ``A-Z`` inside one; a ``\uXXXX`` escape or a literal non-ASCII character becomes
    the byte 0xFF (absent from every gated text)."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1 : i + 2]
            if nxt in ("u", "U"):
                width = 4 if nxt == "u" else 8
                code = pattern[i + 2 : i + 2 + width]
                if len(code) != width or not all(c in "0123456789abcdefABCDEF" for c in code):
                    return None
                if chr(int(code, 16)) in _FOLDS_TO_ASCII:
                    return None
                out.append(_NEVER)
                i += 2 + width
                continue
            if nxt in ("p", "P", "N") or (nxt == "x" and pattern[i + 2 : i + 3] == "{"):
                close = pattern.find("}", i)
                braced = pattern[i + 2 : i + 3] == "{" and close > 0
                cls = _PROPERTIES.get(pattern[i + 3 : close]) if nxt == "p" and braced else None
                if cls is None:
                    return None  # another property, a named or braced character
                out.append(cls if in_class or cls == _NEVER else f"[{cls}]")
                i = close + 1
                continue
            if nxt and not nxt.isascii():
                return None
            if nxt == "K" and not in_class:
                # ``\K`` only moves where the reported match starts, never whether there is
                # one (Hyperscan has no ``\K``): the pattern without it matches the same texts.
                i += 2
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]" and out and out[-1] not in ("[", "[^"):
                in_class = False
            elif ch == "[":
                return None  # a nested set (regex V1) or a POSIX class: not converted
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                out.append("[^")
                i += 2
                if pattern[i : i + 1] == "]":
                    out.append("]")
                    i += 1
                continue
            if pattern[i + 1 : i + 2] == "]":
                out.append("[]")
                i += 2
                continue
        elif ch == "(" and pattern.startswith("(?P<", i):
            # A named group becomes a plain one: Hyperscan reports no groups, and a name used
            # twice ("(?<=A)(?P<v>x)|(?<=B)(?P<v>y)", one value group per labelled alternative)
            # would fail its compile.
            out.append("(?:")
            i = pattern.index(">", i) + 1
            continue
        if not ch.isascii():
            if ch in _FOLDS_TO_ASCII:
                return None
            out.append(_NEVER)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _required(items: Any) -> set[str]:
    """Characters every match of the parsed sequence ``items`` holds (``re._parser`` nodes): its
    literals, those of its groups, of repeats taken at least once and of positive look-arounds
    (their text is in the searched string too), and those common to every branch."""
    out: set[str] = set()
    for op, av in items:
        if op is _sre_c.LITERAL:
            out.add(chr(av))
        elif op is _sre_c.SUBPATTERN:
            out |= _required(av[-1])
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                out |= _required(av[2])
        elif op is _sre_c.ATOMIC_GROUP:
            out |= _required(av)
        elif op is _sre_c.ASSERT:  # positive look-ahead (1) or look-behind (-1)
            out |= _required(av[1])
        elif op is _sre_c.BRANCH and av[1]:
            out |= set.intersection(*(_required(b) for b in av[1]))
    return out


def required_rare(ascii_src: str, rx_flags: int) -> str | None:
    """A character of :data:`_RARE_REQUIRED` that every match of ``ascii_src`` (the ASCII form
    of a pattern, as Hyperscan gets it) holds, or None (also when ``re`` cannot parse it).

    Case-insensitive matching does not matter: the rare characters have no case."""
    try:
        parsed = _sre_parse.parse(ascii_src, rx_flags & (_IGNORECASE | _MULTILINE | _DOTALL))
    except (re.error, RecursionError, OverflowError):
        return None
    found = _required(parsed.data) & _RARE_REQUIRED
    return min(found) if found else None


def _groups(pattern: str) -> list[tuple[int, int]] | None:
    """``(start, end)`` of each top-level group of ``pattern`` (``end``: the index after its
    ``)``), or None when the pattern does not parse as balanced."""
    out: list[tuple[int, int]] = []
    depth, i, n, opened = 0, 0, len(pattern), 0
    class_first = -1  # inside a character class: the index of its first member, else -1
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if class_first >= 0:
            if ch == "]" and i > class_first:
                class_first = -1
        elif ch == "[":
            class_first = i + 2 if pattern[i + 1 : i + 2] == "^" else i + 1
        elif ch == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                out.append((opened, i + 1))
        i += 1
    return out if depth == 0 and class_first < 0 else None


def _negated_class(body: str) -> str | None:
    """``[^...]`` when ``body`` is one character class ``[...]`` (not itself negated), ``\\W``
    for ``\\w`` (and so on), else None."""
    if body in ("\\w", "\\d", "\\s"):
        return body.upper()
    if len(body) < 3 or body[0] != "[" or body[1] in "^]" or body[-1] != "]":
        return None
    i = 1
    while i < len(body) - 1:
        if body[i] == "\\":
            i += 2
            continue
        if body[i] in "[]":
            return None  # a nested set, a POSIX class or a second class
        i += 1
    return None if i != len(body) - 1 else "[^" + body[1:]


def _tighten(pattern: str) -> str:
    r"""A pattern that matches wherever ``pattern`` does and that Hyperscan's prefilter mode does
    not widen: closing negative look-arounds dropped, then a closing positive look-ahead and an
    opening positive look-behind turned into plain groups (their text must be there anyway).

    A negative look-ahead of one character class that closes the pattern, ``(?![\w\-])``, and a
    negative look-behind of one class that opens it, ``(?<![\w\-.])``, become "another character
    or the end (start) of the text", ``(?:[^\w\-]|\z)`` and ``(?:\A|[^\w\-.])``: every match of
    the original, widened by that one character, matches them. Without this Hyperscan reports
    ``\d{9}`` inside every longer digit run."""
    groups = _groups(pattern)
    if groups is None:
        return pattern
    end = len(pattern)
    while groups and groups[-1][1] == end:
        start, _ = groups.pop()
        if pattern.startswith(("(?!", "(?<!"), start):
            neg = _negated_class(pattern[start + 3 : end - 1])
            if neg is not None and pattern.startswith("(?!", start):
                pattern = pattern[:start] + "(?:" + neg + "|\\z)"
                end = len(pattern)
                break
            end = start  # without it the rest matches wherever the whole did
            continue
        if pattern.startswith("(?=", start):
            pattern = pattern[:start] + "(?:" + pattern[start + 3 : end]
            end = len(pattern)
        break
    pattern = pattern[:end]
    if pattern.startswith("(?<="):
        pattern = "(?:" + pattern[4:]
    elif pattern.startswith("(?<!"):
        first = _groups(pattern)
        if first:
            neg = _negated_class(pattern[4 : first[0][1] - 1])
            if neg is not None:
                pattern = "(?:\\A|" + neg + ")" + pattern[first[0][1] :]
    return pattern


class Prefilter:
    """Which of ``patterns`` (``(regex source, regex flags)`` per id) may match a text."""

    def __init__(self, patterns: Sequence[tuple[str, int]]) -> None:
        self.size = len(patterns)
        self.gated: frozenset[int] = frozenset()
        """Ids Hyperscan watches; the others always count as candidates."""
        self._always: frozenset[int] = frozenset(range(self.size))
        self._db: Any = None
        self._needs: tuple[tuple[int, str], ...] = ()
        """(id, character): patterns answered by ``character in text``, not by Hyperscan."""
        if _hs is None or not patterns:
            return
        candidates: list[tuple[int, bytes, int]] = []  # (id, ASCII source, Hyperscan flags)
        needs: list[tuple[int, str]] = []
        loose: dict[int, bytes] = {}  # id -> the untightened source, should the tight one fail
        for i, (source, rx_flags) in enumerate(patterns):
            if rx_flags & _VERBOSE:
                continue
            ascii_src = _ascii_form(source)
            if ascii_src is None:
                continue
            rare = required_rare(ascii_src, rx_flags)
            if rare is not None:
                needs.append((i, rare))  # no match without it: a substring test says as much
                continue
            tight = _ascii_form(_tighten(source))
            if tight is not None and tight != ascii_src:
                loose[i] = ascii_src.encode("latin-1")
                ascii_src = tight
            f = _hs.HS_FLAG_PREFILTER | _hs.HS_FLAG_SINGLEMATCH | _hs.HS_FLAG_ALLOWEMPTY
            if rx_flags & _IGNORECASE:
                f |= _hs.HS_FLAG_CASELESS
            if rx_flags & _MULTILINE:
                f |= _hs.HS_FLAG_MULTILINE
            if rx_flags & _DOTALL:
                f |= _hs.HS_FLAG_DOTALL
            candidates.append((i, ascii_src.encode("latin-1"), f))
        never: set[int] = set()
        try:  # all at once: the usual case, one compile (each worker pays it at start)
            self._db = _compile(candidates) if candidates else None
        except _hs.error:
            # One pattern sinks the database: compile them one by one and leave out those that
            # fail (a pattern that can never match needs a character no gated text has).
            kept = []
            for item in candidates:
                try:
                    _compile([item])
                except _hs.error as exc:
                    if "never match" in str(exc):
                        never.add(item[0])
                        continue
                    if item[0] not in loose:
                        continue
                    item = (item[0], loose[item[0]], item[2])  # noqa: PLW2901 - the fallback
                    try:
                        _compile([item])
                    except _hs.error:
                        continue
                kept.append(item)
            candidates = kept
            self._db = _compile(candidates) if candidates else None
        ids = [i for i, _, _ in candidates]
        self._needs = tuple(needs)
        self.gated = frozenset(ids) | frozenset(never) | frozenset(i for i, _ in needs)
        self._always = frozenset(range(self.size)) - self.gated
        log.debug("prefilter: %d of %d patterns gated", len(self.gated), self.size)

    @property
    def active(self) -> bool:
        return self._db is not None or bool(self.gated)

    def candidates(self, text: str) -> frozenset[int] | None:
        """The ids that may match ``text``; None when the text is not gated (run them all)."""
        if not self.gated or _GATED_TEXT.match(text) is None:
            return None
        hits: set[int] = set(self._always)
        for pid, ch in self._needs:
            if ch in text:
                hits.add(pid)
        if self._db is not None:

            def on_match(pid: int, _start: int, _end: int, _flags: int, _ctx: object) -> None:
                hits.add(pid)

            self._db.scan(text.encode("ascii"), match_event_handler=on_match)
        return frozenset(hits)


def _compile(items: Sequence[tuple[int, bytes, int]]) -> Any:
    db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
    db.compile(
        expressions=[src for _, src, _ in items],
        ids=[i for i, _, _ in items],
        flags=[f for _, _, f in items],
    )
    return db


class QuickSearch:
    """``rx.search(text) is not None``, answered by Hyperscan when it can rule a match out.

    For the few whole-text tests the detector makes outside the recognizers (OCR hints, the
    veterinary context): Hyperscan's no is final; its yes is confirmed with ``regex``. All the
    instances share one database (:class:`_QuickGroup`): the detector asks several of them about
    the same segment text, and one scan answers them all."""

    def __init__(self, rx: Any) -> None:
        self.rx = rx
        self._id = _QUICK.add(self)

    def __call__(self, text: str) -> bool:
        may = _QUICK.candidates(text)
        if may is not None and self._id not in may:
            return False
        return self.rx.search(text) is not None


class _QuickGroup:
    """The :class:`QuickSearch` regexes in one :class:`Prefilter` (built on first use, rebuilt
    when one is added), with the answers for the last few texts kept by identity: the detector
    passes the same segment string to each test, so each text is scanned once, not once per
    test. A string is immutable, and the cache holds a reference to each text it keeps, so an
    ``id`` cannot be reused while its entry lives."""

    _KEEP = 32  # texts remembered (a message's segments); cleared wholesale when full

    def __init__(self) -> None:
        self._members: list[QuickSearch] = []
        self._pf: Prefilter | None = None
        self._seen: dict[int, tuple[str, frozenset[int] | None]] = {}

    def add(self, qs: QuickSearch) -> int:
        self._members.append(qs)
        self._pf = None
        self._seen.clear()
        return len(self._members) - 1

    def candidates(self, text: str) -> frozenset[int] | None:
        hit = self._seen.get(id(text))
        if hit is not None and hit[0] is text:
            return hit[1]
        pf = self._pf
        if pf is None:
            pf = self._pf = Prefilter([(q.rx.pattern, q.rx.flags) for q in self._members])
        may = pf.candidates(text)
        if len(self._seen) >= self._KEEP:
            self._seen.clear()
        self._seen[id(text)] = (text, may)
        return may


_QUICK = _QuickGroup()
