"""Look-alike domains: edit distance and a confusable "skeleton" (rn/m, 0/o, 1/l, Cyrillic a...).

Misdirected mail often goes to a domain one keystroke or one glyph away from a partner's.
A recipient domain that is not itself trusted but is within ``max_distance`` edits of a trusted
domain, or has the same skeleton, is a look-alike. Pure functions, no I/O.
"""

# ruff: noqa: RUF001 - the confusable table is made of look-alike characters on purpose
from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

# Single code points that render like an ASCII letter (Unicode confusables, the common subset).
_CONFUSABLE = {
    # Cyrillic
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k",
    "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "у": "y",
    "х": "x", "ԝ": "w", "ь": "b", "ɡ": "g",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w",
    # Latin look-alikes
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h",
}
# After per-character folding, sequences and digits that read as letters.
_SEQUENCES = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("0", "o"), ("1", "l"), ("i", "l"),
              ("|", "l"), ("5", "s"), ("3", "e"), ("8", "b"))


def to_unicode(domain: str) -> str:
    """Decode punycode labels (``xn--``) so confusables inside them are seen."""
    labels = []
    for raw_label in domain.lower().rstrip(".").split("."):
        label = raw_label
        if raw_label.startswith("xn--"):
            try:
                label = raw_label.encode("ascii").decode("idna")
            except UnicodeError:
                pass
        labels.append(label)
    return ".".join(labels)


def skeleton(domain: str) -> str:
    """A normal form under which visually confusable domains compare equal."""
    text = unicodedata.normalize("NFKC", to_unicode(domain)).lower()
    folded = []
    for raw_ch in text:
        ch = _CONFUSABLE.get(raw_ch, raw_ch)
        # Strip accents: é -> e.
        decomposed = unicodedata.normalize("NFKD", ch)
        folded.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    out = "".join(folded)
    for seq, rep in _SEQUENCES:
        out = out.replace(seq, rep)
    return out


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein plus adjacent transpositions)."""
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def lookalike_of(domain: str, trusted: Iterable[str], max_distance: int = 1,
                 min_length: int = 5) -> str | None:
    """The trusted domain ``domain`` imitates, or None (also None when it *is* trusted)."""
    d = domain.lower().rstrip(".")
    trusted_set = frozenset(t.lower().rstrip(".") for t in trusted)
    if d in trusted_set:
        return None
    return _lookalike_of(d, trusted_set, max_distance, min_length)


@functools.lru_cache(maxsize=1024)
def _lookalike_of(d: str, trusted_set: frozenset[str], max_distance: int,
                  min_length: int) -> str | None:
    """:func:`lookalike_of` proper, remembered: a gateway asks it for the same few recipient
    domains against the same policy lists message after message (a pure function)."""
    d_uni = to_unicode(d)
    d_skel = skeleton(d)
    for t in sorted(trusted_set):
        if len(t) < min_length:
            continue
        if d_skel == skeleton(t):
            return t
        if max_distance and abs(len(d_uni) - len(t)) <= max_distance and (
                distance(d_uni, t) <= max_distance):
            return t
    return None
