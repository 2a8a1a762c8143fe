"""Stage 2: spaCy PERSON recognition restricted to windows around health findings.

Only ``ner`` runs (tagger, parser, lemmatizer, attribute ruler are excluded, and the shared
``tok2vec`` too when ``ner`` does not listen to it, as in the small English models), and
only on the text near health information, capped per message; cost stays linear and bounded.
Presidio's known NER false positives ("DOB", "SSN", "BID" as ORG/PERSON) are filtered by a stoplist.
The model's matrix products run on numpy's BLAS rather than blis (:mod:`.blas`), and ``ner``'s
embedding network runs as a compiled inference pass (:mod:`.nerfast`).
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex as re

log = logging.getLogger(__name__)

_JOIN = "\n\n"
_EXCLUDE = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer"]


@dataclass(frozen=True, slots=True)
class Window:
    key: int  # caller's reference (segment index)
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class NerSpan:
    key: int
    start: int
    end: int


class PersonNer:
    """Loads the spaCy model once; finds PERSON spans in given windows of given texts."""

    def __init__(self, model: str, stoplist: Sequence[str]) -> None:
        import spacy

        from .blas import install_ops, limit_blas_threads  # with the model, not on import
        from .nerfast import install_fast_tok2vec

        self.model = model
        self.nlp: Any = spacy.load(model, exclude=_EXCLUDE)
        # The small English models give ``ner`` its own embedding layers; the shared ``tok2vec``
        # component only feeds the tagger and parser (excluded above). When nothing left listens
        # to it, running it is a third of spaCy's time spent on a tensor no one reads.
        if "tok2vec" in self.nlp.pipe_names:
            tok2vec: Any = self.nlp.get_pipe("tok2vec")
            if not tok2vec.listening_components:
                self.nlp.remove_pipe("tok2vec")
        # blis runs its slow portable kernel on CPUs it does not recognise; numpy's OpenBLAS
        # dispatches to AVX2/FMA at run time (~3x faster gemm). The scanner runs one worker per
        # core, and NER's matrices are small: OpenBLAS's own threads would only burn CPU the
        # other workers need (measured: twice the CPU per 4 KB call), so one thread.
        limit_blas_threads(1)
        self.ops = install_ops(self.nlp)
        # ner's own embedding network as plain functions (same array operations, same floats):
        # thinc's per-layer bookkeeping is ~10 % of its time on the short texts sent here.
        install_fast_tok2vec(self.nlp)
        self.stop = frozenset(s.upper() for s in stoplist)
        self._alpha = re.compile(r"[A-Z][a-z]")

    def persons(self, texts: Sequence[str], windows: Sequence[Window]) -> list[NerSpan]:
        # One document for all windows (joined by blank lines): one forward pass, no per-doc cost.
        parts: list[str] = []
        bases: list[int] = []
        pos = 0
        for w in windows:
            bases.append(pos)
            chunk = texts[w.key][w.start : w.end]
            parts.append(chunk)
            pos += len(chunk) + len(_JOIN)
        doc = self.nlp(_JOIN.join(parts))
        out: list[NerSpan] = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or not self.plausible(ent.text):
                continue
            k = bisect.bisect_right(bases, ent.start_char) - 1
            w, base = windows[k], bases[k]
            if ent.end_char > base + (w.end - w.start):
                continue  # spans a separator
            out.append(
                NerSpan(w.key, w.start + ent.start_char - base, w.start + ent.end_char - base)
            )
        return out

    def plausible(self, value: str) -> bool:
        words = [t.strip(".,:;()'\"") for t in value.split()]
        words = [t for t in words if t]
        if not words or len(value) > 60:
            return False
        if any(w.upper() in self.stop for w in words):
            return False
        if not any(self._alpha.match(w) for w in words):
            return False
        return not any(ch.isdigit() for ch in value)


def merge_windows(
    spans: Sequence[tuple[int, int, int]], text_lens: Sequence[int], pad: int, budget: int
) -> list[Window]:
    """(key, start, end) health spans -> merged, padded windows, total length within budget."""
    by_key: dict[int, list[tuple[int, int]]] = {}
    for key, s, e in spans:
        by_key.setdefault(key, []).append((max(0, s - pad), min(text_lens[key], e + pad)))
    out: list[Window] = []
    used = 0
    for key in sorted(by_key):
        cur: tuple[int, int] | None = None
        for s, e in sorted(by_key[key]):
            if cur is not None and s <= cur[1]:
                cur = (cur[0], max(cur[1], e))
                continue
            if cur is not None:
                out.append(Window(key, *cur))
                used += cur[1] - cur[0]
            cur = (s, e)
        if cur is not None:
            out.append(Window(key, *cur))
            used += cur[1] - cur[0]
    if used <= budget:
        return out
    trimmed: list[Window] = []
    left = budget
    for w in out:
        if left <= 0:
            break
        size = min(w.end - w.start, left)
        trimmed.append(Window(w.key, w.start, w.start + size))
        left -= size
    return trimmed
