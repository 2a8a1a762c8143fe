"""Phrase lexicons matched in one pass over the tokens of a text.

A lexicon is a set of token tuples joined by a space. Matching walks the tokens once and, at
each position, looks up the longest phrases first (n = max_len .. 1): cost is linear in the text
and independent of the lexicon's size, which is what lets 40,000 drug names cost nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count, pairwise
from operator import or_
from pathlib import Path

import regex

_APOS = "\u2019"  # typographic apostrophe
MIN_STEM = 4  # letters (with vowel signs) of the shortest ``word*`` stem
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019.&\-][^\W_]+)*")
# _TOKEN on ASCII text (which has no typographic apostrophe); one group: ``split`` keeps tokens.
# Possessive: nothing after the group can fail, so giving back characters never helps; the
# same splits as the plain form, ~15 % faster.
_TOKEN_SPLIT = re.compile(r"([A-Za-z0-9]++(?:['.&\-][A-Za-z0-9]++)*+)")
# From this many tokens on, :meth:`Lexicon._match_ascii` decides where a match may start once
# per distinct word rather than per position (cheaper on long texts, dearer on short ones).
_PER_WORD_FROM = 64
# Beyond ASCII, combining marks belong to their word: Devanagari vowel signs (मधुमेह, not
# मध/म/ह), Thai, Khmer, Myanmar, decomposed accents. Same tokens as _TOKEN where there is none.
_TOKEN_MARKS = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['\u2019.&\-][\p{L}\p{M}\p{N}]+)*")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token spans of ``text`` (words with inner apostrophes, hyphens, dots and slashes)."""
    rx = _TOKEN if text.isascii() else _TOKEN_MARKS
    return [m.span() for m in rx.finditer(text)]


# Arabic-script spellings that keyboards mix: Arabic yeh/kaf/alef maksura typed for the Persian
# yeh/keheh (Persian, Dari, Pashto, Urdu mail written on an Arabic layout, and the reverse). Both
# the phrases and the text are folded, one character for one, so offsets stay valid.
_ARABIC_FOLD = str.maketrans(
    {
        "\u064a": "\u06cc",
        "\u0649": "\u06cc",
        "\u0643": "\u06a9",
        # Latin vowels with an acute, grave, circumflex or diaeresis fold to the bare vowel, so
        # "losartán", "amlodipína" and "Médico" meet the English and the unaccented spellings.
        **dict(
            zip(
                "áàâäéèêëíìîïóòôöúùûüÁÀÂÄÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜ",
                "aaaaeeeeiiiioooouuuuAAAAEEEEIIIIOOOOUUUU",
                strict=True,
            )
        ),
    }
)


# British and Commonwealth spellings of the lexicons' American ones, word by word: "haemodialysis",
# "oedema", "anaemia", "paediatric", "tumour", "hospitalised". A variant that nobody writes only
# costs a dictionary entry; rules that could turn a phrase into an everyday British word
# ("labor" -> "labour") are left out.
_UK_WORD_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"^(hyper|hypo|poly)?hem(?=[ao])", r"\1haem"),  # hemodialysis, hematoma
        (r"^edem", "oedem"),
        (r"^esophag", "oesophag"),
        (r"^estr(?=ogen|adiol|iol|one)", "oestr"),
        (r"^fet(?=al|us|uses)", "foet"),
        (r"gynec", "gynaec"),
        (r"anesthe", "anaesthe"),
        (r"pediatr", "paediatr"),
        (r"orthoped", "orthopaed"),
        (r"^celiac", "coeliac"),
        (r"^cesarean", "caesarean"),
        (r"^fec(?=al|es)", "faec"),
        (r"^etiolog", "aetiolog"),
        (r"rrhea(?=l?$)", "rrhoea"),  # diarrhea, amenorrhea, gonorrhea
        (r"pnea(?=s?$)", "pnoea"),  # apnea, dyspnea, tachypnea
        (r"^tumor(?=s?$)", "tumour"),
        (r"behavior", "behaviour"),
        (r"counselor", "counsellor"),
        (r"counseling", "counselling"),
        (r"(?<=[bcdfghklmnprtvz])emi(?=as?$|c$)", "aemi"),  # anemia, ischemic, leukemia
        (r"(?<=\w{3})iz(?=e$|ed$|es$|ing$|ation$|ations$)", "is"),  # hospitalized, immunization
    )
)
_NOT_UK_EMIA = frozenset({"systemic", "academic", "epidemic", "endemic", "pandemic", "polemic"})
# Every rule needs one of these in the phrase: most phrases skip the rules (start-up cost).
_UK_HINT = re.compile(
    r"hem|edem|esophag|estr|fet|gynec|anesthe|pediatr|orthoped|celiac|cesarean|fec|etiolog|rrhea|"
    r"pnea|tumor|behavior|counsel|emi|iz"
)


def uk_variants(phrase: str) -> list[str]:
    """The British spelling of a lower-case phrase when it differs ([] when it does not)."""
    if not _UK_HINT.search(phrase):
        return []
    words = phrase.split(" ")
    out = []
    for word in words:
        if word in _NOT_UK_EMIA or not word.isascii():
            out.append(word)
            continue
        uk = word
        for rx, repl in _UK_WORD_RULES:
            uk = rx.sub(repl, uk)
        out.append(uk)
    variant = " ".join(out)
    return [variant] if variant != phrase else []


def normalize_phrase(phrase: str, case_sensitive: bool = False) -> str:
    if not phrase.isascii():
        phrase = phrase.translate(_ARABIC_FOLD)
    words = [phrase[s:e] for s, e in tokenize(phrase)]
    joined = " ".join(words).replace(_APOS, "'")
    return joined if case_sensitive else joined.lower()


@dataclass(frozen=True, slots=True)
class LexiconMatch:
    label: str
    start: int
    end: int
    score: float


class Lexicon:
    """Many labelled phrase sets, matched together (longest match wins, no overlaps)."""

    def __init__(self) -> None:
        self._folded: dict[str, tuple[str, float]] = {}
        self._exact: dict[str, tuple[str, float]] = {}
        self._max_len = 1
        self._starts: dict[str, tuple[int, ...]] = {}
        """First word (lower-case) of each multi-word phrase -> the phrase lengths starting with
        it, longest first, always ending with 1 (other lengths cannot match there)."""
        self._seconds: dict[str, frozenset[str]] = {}
        """First word (lower-case) of each multi-word phrase -> the second words (lower-case)
        that follow it in some phrase: any other next word leaves only one-word phrases."""
        self._keys: set[str] = set()
        """Every lower-cased word a match can start with: the walk skips all other tokens."""
        self._pairs: set[tuple[str, str]] = set()
        """The first two words (lower-case) of each multi-word phrase."""
        self._stems: dict[str, tuple[str, float]] = {}
        """Stems (lower-case, one word, not ASCII) that match any word they begin: ``word*``
        lines, for languages that write case endings, particles and postpositions onto the
        noun (Tamil புற்றுநோய்க்கான, Korean 당뇨병으로, Ukrainian концентратора)."""
        self._stem_lens: tuple[int, ...] = ()

    def add(self, label: str, phrase: str, score: float, case_sensitive: bool = False) -> None:
        if not phrase.isascii():
            # Extraction composes every text segment (NFC, gateway/extract/core.py): a phrase
            # written with combining marks is added composed too, and one whose letters NFC
            # decomposes (Bengali য় U+09DF, Devanagari क़) is added in both spellings.
            composed = unicodedata.normalize("NFC", phrase)
            if composed != phrase:
                self.add(label, composed, score, case_sensitive)
        if phrase.endswith("*"):
            self.add_stem(label, phrase[:-1], score)
            return
        norm = normalize_phrase(phrase, case_sensitive)
        if not norm:
            return
        if not case_sensitive:
            for variant in uk_variants(norm):
                if variant not in self._folded:
                    self._add_norm(label, variant, score, self._folded)
        self._add_norm(label, norm, score, self._exact if case_sensitive else self._folded)

    def _add_norm(
        self, label: str, norm: str, score: float, table: dict[str, tuple[str, float]]
    ) -> None:
        prev = table.get(norm)
        if prev is None or prev[1] < score:
            table[norm] = (label, score)
        self._max_len = max(self._max_len, norm.count(" ") + 1)
        words = norm.lower().split(" ")
        self._keys.add(words[0])
        if len(words) > 1:
            first = words[0]
            lens = set(self._starts.get(first, (1,)))
            lens.add(len(words))
            self._starts[first] = tuple(sorted(lens, reverse=True))
            self._seconds[first] = self._seconds.get(first, frozenset()) | {words[1]}
            self._pairs.add((first, words[1]))

    def add_stem(self, label: str, stem: str, score: float) -> None:
        """``stem`` matches every word that begins with it (itself included). Only one word of
        another script, at least ``MIN_STEM`` characters: an English stem would match too much
        ("ill*" in "illustrate")."""
        norm = normalize_phrase(stem)
        if " " in norm or norm.isascii() or len(norm) < MIN_STEM:
            raise ValueError(f"a stem is one non-ASCII word of {MIN_STEM}+ letters: {stem!r}")
        prev = self._stems.get(norm)
        if prev is None or prev[1] < score:
            self._stems[norm] = (label, score)
        self._stem_lens = tuple(sorted({*self._stem_lens, len(norm)}, reverse=True))

    def _stem_of(self, low: str) -> tuple[str, float] | None:
        """The longest stem ``low`` begins with."""
        stems = self._stems
        size = len(low)
        for k in self._stem_lens:
            if k <= size:
                got = stems.get(low[:k])
                if got is not None:
                    return got
        return None

    def add_file(self, label: str, path: Path, score: float, case_sensitive: bool = False) -> int:
        """Load ``phrase`` or ``phrase<TAB>score`` lines (``#`` comments); return the count.

        Files whose lines are ``LABEL<TAB>phrase`` (two columns, first upper-case) carry their own
        label per line (used by the case-sensitive abbreviation list).
        """
        n = 0
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            lab, phrase, sc = label, cols[0], score
            if len(cols) >= 2:
                if (
                    cols[0].isupper()
                    and cols[0].replace("_", "").isalpha()
                    and not _is_float(cols[1])
                ):
                    lab, phrase = cols[0], cols[1]
                    if len(cols) >= 3:
                        sc = float(cols[2])
                else:
                    sc = float(cols[1])
            self.add(lab, phrase, sc, case_sensitive)
            n += 1
        return n

    def has_word(self, word: str) -> bool:
        """True when ``word`` (lower-case) is itself a phrase of a case-insensitive lexicon."""
        return word in self._folded

    def has_exact(self, word: str) -> bool:
        """True when ``word`` as written is a phrase of a case-sensitive lexicon ("OCT", "ED")."""
        return word in self._exact

    def __len__(self) -> int:
        return len(self._folded) + len(self._exact)

    def match(
        self, text: str, spans: list[tuple[int, int]] | None = None
    ) -> Iterator[LexiconMatch]:
        """Matches in ``text`` (``spans``: its tokens, when the caller has them already)."""
        if spans is None and text.isascii():
            return self._match_ascii(text)
        text = text.translate(_ARABIC_FOLD)
        return self._match_spans(text, spans if spans is not None else tokenize(text))

    def _match_ascii(self, text: str) -> Iterator[LexiconMatch]:
        """:meth:`_match_spans` for ASCII text, with every per-token step done by C loops.

        ``split`` on the token pattern (one capturing group) alternates separators and tokens,
        ``[sep0, tok0, sep1, tok1, ..., sepN]``, so token ``i`` is ``parts[2i + 1]``, the text
        between tokens ``j - 1`` and ``j`` is ``parts[2j]``, and the running sum of the part
        lengths gives every offset: no span tuple is built for the tokens no phrase starts with.
        ASCII lower-casing is per character, so lower-casing a token equals slicing the
        lower-cased text; the original-case words only serve a case-sensitive lexicon."""
        parts = _TOKEN_SPLIT.split(text)
        words = parts[1::2]
        n = len(words)
        if not n:
            return
        # No token holds a space, so joining, lower-casing and splitting on spaces lower-cases
        # every token in three C passes (ASCII: the same strings as ``str.lower`` per token).
        lowered = " ".join(words).lower().split(" ")
        folded, exact, starts, seconds = self._folded, self._exact, self._starts, self._seconds
        exact_get, folded_get = exact.get, folded.get
        # A match starts only at a token that is a one-word phrase (no token holds a space, so
        # a dictionary hit is one) or that opens a phrase's first two words with the next one:
        # the walk visits those tokens only. Decided once per distinct word (set lookups on the
        # few words present, no per-position pair tuple): a word that opens a multi-word phrase
        # whose second word occurs anywhere in the text may start one. Visiting a token that
        # starts nothing yields nothing (the walk below checks the next word itself), so the
        # matches are those of a per-position test.
        if n < _PER_WORD_FROM:  # a short text: the per-position test costs less
            may_start = map(folded.__contains__, lowered)
            if exact:
                may_start = map(or_, may_start, map(exact.__contains__, words))
            pair = map(self._pairs.__contains__, pairwise(lowered))
            starts_at = list(compress(count(), map(or_, may_start, chain(pair, (False,)))))
        else:
            present = set(lowered)
            may = set(filter(folded.__contains__, present))
            for w in filter(starts.__contains__, present):
                if not seconds[w].isdisjoint(present):
                    may.add(w)
            if exact:
                may.update(w.lower() for w in filter(exact.__contains__, set(words)))
            starts_at = list(compress(count(), map(may.__contains__, lowered))) if may else []
        if not starts_at:
            return
        offsets = list(accumulate(map(len, parts)))  # offsets[m]: where part m ends
        nxt = 0  # the first token not inside an earlier match (matches never overlap)
        for i in starts_at:
            if i < nxt:
                continue
            low = lowered[i]
            lens = starts.get(low)
            if lens is None or i + 1 >= n or lowered[i + 1] not in seconds[low]:
                got = exact_get(words[i]) if exact else None
                if got is None:
                    got = folded_get(low)
                    if got is None:
                        continue
                label, score = got
                yield LexiconMatch(label, offsets[2 * i], offsets[2 * i + 1], score)
                nxt = i + 1
                continue
            # parts[2j] lies between tokens j - 1 and j
            hit = self._longest(i, lens, words, lowered, lambda j: parts[2 * j])
            if hit is None:
                continue
            k, (label, score) = hit
            yield LexiconMatch(label, offsets[2 * i], offsets[2 * (i + k - 1) + 1], score)
            nxt = i + k

    def _match_spans(self, text: str, toks: list[tuple[int, int]]) -> Iterator[LexiconMatch]:
        if _APOS in text:
            words = [text[s:e].replace(_APOS, "'") for s, e in toks]
        else:
            words = [text[s:e] for s, e in toks]
        lowered = [w.lower() for w in words]
        n = len(toks)
        keys = self._keys
        folded, exact, starts, seconds = self._folded, self._exact, self._starts, self._seconds
        exact_get, folded_get = exact.get, folded.get
        nxt = 0  # the first token not inside an earlier match (matches never overlap)
        stem_of = self._stem_of if self._stems else None
        # Tokens whose lower-cased word starts no phrase cannot start a match: skip them.
        if stem_of is None:
            starts_at = [i for i, low in enumerate(lowered) if low in keys]
        else:
            starts_at = [
                i
                for i, low in enumerate(lowered)
                if low in keys or (not low.isascii() and stem_of(low) is not None)
            ]
        for i in starts_at:
            if i < nxt:
                continue
            low = lowered[i]
            lens = starts.get(low)
            if lens is None or i + 1 >= n or lowered[i + 1] not in seconds[low]:
                # Only one-word phrases can start here: one lookup, no joining.
                got = exact_get(words[i]) if exact else None
                if got is None:
                    got = folded_get(low)
                    if got is None and stem_of is not None and not low.isascii():
                        got = stem_of(low)
                    if got is None:
                        continue
                label, score = got
                yield LexiconMatch(label, toks[i][0], toks[i][1], score)
                nxt = i + 1
                continue
            hit = self._longest(
                i, lens, words, lowered, lambda j: text[toks[j - 1][1] : toks[j][0]]
            )
            if hit is None and stem_of is not None and not low.isascii():
                got = stem_of(low)
                if got is not None:
                    hit = 1, got
            if hit is None:
                continue
            k, (label, score) = hit
            yield LexiconMatch(label, toks[i][0], toks[i + k - 1][1], score)
            nxt = i + k

    def _longest(
        self,
        i: int,
        lens: tuple[int, ...],
        words: list[str],
        lowered: list[str],
        gap_before: Callable[[int], str],
    ) -> tuple[int, tuple[str, float]] | None:
        """The longest phrase starting at token ``i`` (lengths ``lens``, longest first), as
        (token count, (label, score)); ``gap_before(j)`` is the text between tokens j-1 and j.
        Phrases never span a line break or a sentence end; the dot after a one-letter genus is
        not one ("C. diff", "E. coli", "H. pylori")."""
        n = len(lowered)
        exact_get = self._exact.get if self._exact else None
        folded_get = self._folded.get
        for k in lens:
            if k > n - i:
                continue
            if k > 1:
                gap = gap_before(i + k - 1)
                if "\n" in gap or ";" in gap:
                    continue
                if "." in gap and not (k == 2 and len(words[i]) == 1):
                    continue
            if exact_get is not None:
                got = exact_get(" ".join(words[i : i + k]))
                if got is not None:
                    return k, got
            got = folded_get(" ".join(lowered[i : i + k]))
            if got is not None:
                return k, got
        return None


def _is_float(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def read_words(path: Path) -> frozenset[str]:
    out: set[str] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.add(line.lower())
    return frozenset(out)


def phrases(lines: Iterable[str]) -> list[str]:
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
