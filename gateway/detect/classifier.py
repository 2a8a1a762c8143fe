"""A message-level second opinion: a linear model over the message's words.

The pattern stage ties an identifier to health information span by span. It misses the quiet
forms a reader sees at once ("Mom's scan came back clear, see you Thursday") and it counts
clinicians and flyer presenters as patients when their names sit near a disease. This model
reads the whole message instead: which words and word pairs it holds, with every name, number
and code replaced by its kind, weighed by logistic regression trained on the labelled sets under
``tests/`` (``models/train_classifier.py``). Each n-gram's presence is scaled by how much more
often it occurs in PHI mail than in the rest (its naive-Bayes log-count ratio, as in Wang and
Manning's NBSVM), and the scaled vector is L2-normalised: the regression starts from each word's
evidence instead of learning it from nothing, which read unseen sets better than plain counts
(docs/detection.md). It never sees a matched value at run time and the
model file holds no name: the vocabulary is the n-grams found in at least ``min_sets`` of the
writers' sets, after known given names and surnames became ``<GIVEN>`` / ``<SUR>``.

The detector asks it only where it can change the verdict (see ``ClassifierSettings``):
- a message the patterns score below the threshold is PHI when the model is sure it is;
- a message the patterns call PHI on weak evidence (a name near a condition, nothing that
  stands alone) is not PHI when the model is sure it is not.

Cost is linear in the text read, capped by ``max_chars``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

import regex

from gateway.detect.types import DetectError

if TYPE_CHECKING:
    from gateway.detect.config import ClassifierSettings

FORMAT = 2
K = TypeVar("K", str, tuple[str, str])

# The evidence lines of the two ways the classifier changes a verdict (Verdict.second_opinion
# names which).
MADE_PHI = "the message classifier reads it as mail about a patient"
OVERRULED = "overruled: the message classifier reads no patient's mail in it"

# Where a segment came from, as a token of its own: "<SUBJ> lab results" is not the body's.
_SOURCE_TOKEN = {"subject": "<SUBJ>", "attachment": "<ATT>", "filename": "<FNAME>"}
# A word is letters, digits and the marks that join them: Devanagari, Bengali, Tamil and most
# Indic scripts write vowels as combining marks, which \w alone splits a word at ("हाम्रो" would
# be three consonants).
_WORD = regex.compile(r"[\w\p{M}]+")
# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, Japanese kana, CJK
# ideographs, Hangul syllables (Korean spaces its words, but a clause often runs together).
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff]"
)
# ASCII text is split the same way at a quarter of the cost: every ASCII character that is not
# a word character becomes a space, then str.split().
_ASCII_SEPARATORS = str.maketrans(
    {i: " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")}
)


class _Segment(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def source(self) -> str: ...


class MessageClassifier:
    """``probability(segments)``: how sure the model is that the message is about a patient."""

    def __init__(
        self,
        weights: Mapping[str, float],
        intercept: float,
        first_names: frozenset[str],
        surnames: frozenset[str],
        *,
        scales: Mapping[str, float] | None = None,
        unknown_scale: float = 0.0,
        max_chars_per_segment: int = 5000,
        max_chars: int = 40_000,
    ) -> None:
        """``weights[g]``: what n-gram ``g``'s presence adds before normalisation (the model's
        coefficient times the n-gram's scale); ``scales[g]``: its scale, whose square is what it
        adds to the squared norm (1 for every n-gram when not given). ``unknown_scale``: what
        each distinct word outside the vocabulary adds to the norm (squared), and nowhere else,
        so a message the model mostly cannot read is read with less confidence."""
        self.intercept = intercept
        self._unknown_square = unknown_scale * unknown_scale
        scales = scales or {}
        # gram -> (weight, squared scale). Run time looks word pairs up as tuples, no joined
        # strings.
        table = {g: (w, scales.get(g, 1.0) ** 2) for g, w in weights.items()}
        self._unigrams = {g: v for g, v in table.items() if " " not in g}
        self._bigrams = {
            (a, b): v for g, v in table.items() if " " in g for a, b in [g.split(" ", 1)]
        }
        self.first_names = first_names
        self.surnames = surnames
        self.max_chars_per_segment = max_chars_per_segment
        self.max_chars = max_chars
        # Word -> token, kept across messages (a pure function of the word and the two name
        # lists, which never change): most of a message's words were read before. Bounded, and
        # only for plain lower-case words that are no name: a name, number, code or a clause of
        # an unspaced script is remembered for its own message only, so no identifier of one
        # message stays in a scan worker's memory after it.
        self._kinds: dict[str, str] = {}
        self._wide: dict[str, tuple[str, ...]] = {}

    @classmethod
    def load(
        cls, path: Path, first_names: frozenset[str], surnames: frozenset[str]
    ) -> MessageClassifier:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DetectError(
                f"message classifier {path.name}: cannot read ({exc.__class__.__name__})"
            ) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise DetectError(f"message classifier {path.name}: not a format-{FORMAT} model")
        grams = data.get("weights")
        intercept = data.get("intercept")
        if not isinstance(grams, dict) or not isinstance(intercept, (int, float)):
            raise DetectError(f"message classifier {path.name}: weights or intercept missing")
        try:
            weights = {str(k): float(w) for k, (w, _) in grams.items()}
            scales = {str(k): float(r) for k, (_, r) in grams.items()}
        except (TypeError, ValueError):
            raise DetectError(
                f"message classifier {path.name}: weights are not [weight, scale] pairs"
            ) from None
        params = data.get("params", {})
        return cls(
            weights,
            float(intercept),
            first_names,
            surnames,
            scales=scales,
            unknown_scale=float(params.get("unknown_scale", 0.0)),
            max_chars_per_segment=int(params.get("max_chars_per_segment", 5000)),
            max_chars=int(params.get("max_chars", 40_000)),
        )

    # ------------------------------------------------------------------ features
    def tokens(self, segments: Iterable[_Segment]) -> list[str]:
        """The message as the model reads it: kinds instead of names, numbers and codes."""
        out: list[str] = []
        if len(self._kinds) > _MEMO_WORDS or len(self._wide) > _MEMO_WORDS:
            self._kinds, self._wide = {}, {}  # new dicts: a caller in another thread keeps its own
        memo, wide = self._kinds, self._wide
        once: dict[str, str] = {}  # this message's names, numbers and codes
        once_wide: dict[str, tuple[str, ...]] = {}
        budget = self.max_chars
        first, sur = self.first_names, self.surnames
        for seg in segments:
            if seg.source == "header" or budget <= 0:
                continue
            text = seg.text[: min(self.max_chars_per_segment, budget)]
            budget -= len(text)
            marker = _SOURCE_TOKEN.get(seg.source)
            if marker is not None:
                out.append(marker)
            if text.isascii():
                words = text.translate(_ASCII_SEPARATORS).split()
                for word in set(words).difference(memo, once):
                    kind = _kind(word, first, sur)
                    (memo if _plain(word, kind, first, sur) else once)[word] = kind
                get = memo.get
                out.extend([get(w) or once[w] for w in words])
                continue
            for word in _WORD.findall(text):
                toks = wide.get(word) or once_wide.get(word)
                if toks is None:
                    # A script written without spaces ("您父亲的肺癌复查结果") is one \w+ run per
                    # clause: read it as overlapping character pairs, as its readers do words.
                    if len(word) > 2 and _UNSPACED.search(word):
                        toks = tuple(word[i : i + 2] for i in range(len(word) - 1))
                        once_wide[word] = toks
                    else:
                        kind = _kind(word, first, sur)
                        toks = (kind,)
                        (wide if _plain(word, kind, first, sur) else once_wide)[word] = toks
                out.extend(toks)
        return out

    def features(self, segments: Iterable[_Segment]) -> Counter[str]:
        """Word and word-pair counts of the message (all of them, in the vocabulary or not; the
        model reads which are present)."""
        toks = self.tokens(segments)
        grams = Counter(toks)
        grams.update(f"{a} {b}" for a, b in pairwise(toks))
        return grams

    def probability(self, segments: Sequence[_Segment]) -> float:
        return self.reading(segments)[0]

    def reading(self, segments: Sequence[_Segment]) -> tuple[float, int]:
        """The probability and the number of words it was read from (source markers too)."""
        toks = self.tokens(segments)
        return self._logistic(set(toks), set(pairwise(toks))), len(toks)

    def probability_of(self, grams: Iterable[str]) -> float:
        """Logistic regression over the L2-normalised, scaled presence of the vocabulary's
        n-grams (``grams``: the message's n-grams, e.g. ``features()``)."""
        present = set(grams)
        words = {g for g in present if " " not in g}
        pairs = {(a, b) for g in present - words for a, _, b in [g.partition(" ")]}
        return self._logistic(words, pairs)

    def _logistic(self, words: set[str], pairs: set[tuple[str, str]]) -> float:
        dot, norm, known = _weigh(words, self._unigrams)
        pair_dot, pair_norm, _ = _weigh(pairs, self._bigrams)
        dot += pair_dot
        norm += pair_norm + self._unknown_square * (len(words) - known)
        z = self.intercept + (dot / math.sqrt(norm) if norm else 0.0)
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def second_opinion(
    settings: ClassifierSettings,
    threshold: float,
    score: float,
    healthcare_real: bool,
    read: Callable[[], tuple[float, int]],
) -> tuple[str, float]:
    """What the classifier does to a verdict (ClassifierSettings): "made_phi" (a message below
    the threshold the model is sure of), "overruled" (weak pattern evidence the model is sure
    against) or "", with the probability read (0 when the model was not asked). ``read`` gives
    the model's (probability, words) and is called only where the answer can matter."""
    if score >= threshold:
        if healthcare_real or score >= settings.overrule_max_score:
            return "", 0.0
        p, words = read()
        if p >= settings.overrule_below or words < settings.short_words:
            return "", p
        return "overruled", p
    p, words = read()
    if p < (settings.phi_at if words >= settings.short_words else settings.phi_at_short):
        return "", p
    return "made_phi", p


def _plain(word: str, kind: str, first: frozenset[str], sur: frozenset[str]) -> bool:
    """A word the classifier may remember across messages: read as itself (lower case, no
    digit) and on neither name list. Everything else may identify someone."""
    return kind == word and word not in first and word not in sur


_MEMO_WORDS = 50_000  # distinct words tokens() remembers (a few MB) before it starts again


def _weigh(
    present: set[K], table: Mapping[K, tuple[float, float]]
) -> tuple[float, float, int]:
    """The weights of the vocabulary's n-grams present, summed, their squared scales, summed,
    and how many of them the vocabulary holds."""
    dot = norm = 0.0
    known = 0
    get = table.get
    for gram in present:
        entry = get(gram)
        if entry is not None:
            dot += entry[0]
            norm += entry[1]
            known += 1
    return dot, norm, known


def words_of(grams: Counter[str]) -> int:
    """Words read (source markers included), from the n-gram counts."""
    return sum(n for gram, n in grams.items() if " " not in gram)


def _kind(word: str, first: frozenset[str], sur: frozenset[str]) -> str:
    if word.isdigit():
        return f"<D{min(len(word), 12)}>"
    if any(c.isdigit() for c in word):
        return "<AN>"
    low = word.lower()
    if word[0].isupper():
        given, family = low in first, low in sur
        if given and family:
            return "<GS>"
        if given:
            return "<GIVEN>"
        if family:
            return "<SUR>"
    return low
