"""Pure rendering helpers: highlighted message text and server-side SVG bar charts.

Everything returned here is ``markupsafe.Markup`` built from escaped pieces: message text is
attacker-controlled and is never trusted as HTML.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

MASK = "\u2022" * 6  # what a masked finding shows in place of its value


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    entities: tuple[str, ...]
    recognizers: tuple[str, ...]
    score: float
    identifier: bool  # any merged finding identifies a person (these are what masking hides)


def merge_spans(findings: Iterable[Any], length: int) -> list[Span]:
    """Findings (start, end, entity, recognizer, score) of one segment, overlaps merged,
    clipped to the text; sorted by start."""
    items = sorted(
        ((max(0, int(f.start)), min(length, int(f.end)), str(f.entity), str(f.recognizer),
          float(f.score), getattr(f, "category", "identifier") != "health") for f in findings),
        key=lambda t: (t[0], -t[1]),
    )
    spans: list[Span] = []
    for start, end, entity, recognizer, score, ident in items:
        if end <= start:
            continue
        if spans and start < spans[-1].end:
            last = spans[-1]
            spans[-1] = Span(
                last.start, max(last.end, end),
                last.entities + ((entity,) if entity not in last.entities else ()),
                last.recognizers + ((recognizer,) if recognizer not in last.recognizers else ()),
                max(last.score, score), last.identifier or ident,
            )
        else:
            spans.append(Span(start, end, (entity,), (recognizer,), score, ident))
    return spans


def highlight(text: str, findings: Sequence[Any], *, rule: str, masked: bool) -> Markup:
    """The segment text, HTML-escaped, each finding wrapped in ``<mark>`` naming its entity
    type(s), the recognizer(s) and the rule that held the message.

    Masked (the default view): values that identify a person (names, SSN, MRN, dates of
    birth...) are replaced by dots; health findings (conditions, medications, encounters) stay
    readable, because without the identifiers they say nothing about anyone and the reviewer
    needs them to judge the message."""
    out: list[str] = []
    pos = 0
    for span in merge_spans(findings, len(text)):
        out.append(str(escape(text[pos:span.start])))
        entities = " ".join(span.entities)
        title = (f"{', '.join(span.entities)} \u00b7 {', '.join(span.recognizers)}"
                 f" \u00b7 rule {rule}")
        hide = masked and span.identifier
        value = MASK if hide else str(escape(text[span.start:span.end]))
        kind = "identifier" if span.identifier else "health"
        out.append(
            f'<mark class="finding {kind}{" masked" if hide else ""}"'
            f' data-entity="{escape(entities)}"'
            f' data-rule="{escape(rule)}" title="{escape(title)}">'
            f'<span class="val">{value}</span>'
            f'<span class="tag">{escape(entities)}</span></mark>'
        )
        pos = span.end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))  # noqa: S704 - every piece above is escaped


def bar_chart(rows: Sequence[tuple[str, int]], *, title: str, width: int = 420,
              bar_height: int = 18, color: str = "#2b6cb0") -> Markup:
    """A horizontal bar chart as inline SVG (labels escaped; no script, no external refs)."""
    label_w = 150
    gap = 6
    top = 24
    height = top + max(1, len(rows)) * (bar_height + gap) + 4
    biggest = max((v for _, v in rows), default=0) or 1
    scale = (width - label_w - 50) / biggest
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg"'
        f' width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f'<text x="0" y="15" class="chart-title">{escape(title)}</text>',
    ]
    if not rows:
        parts.append(f'<text x="0" y="{top + 13}" class="chart-empty">no data</text>')
    for i, (label, value) in enumerate(rows):
        y = top + i * (bar_height + gap)
        w = max(1.0, value * scale) if value else 0.0
        short = label if len(label) <= 22 else label[:21] + "\u2026"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar_height - 5}" text-anchor="end"'
            f' class="chart-label"><title>{escape(label)}</title>{escape(short)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_height}" fill="{color}"/>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + bar_height - 5}" class="chart-value">'
            f"{int(value)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - labels escaped above


def human_age(seconds: float) -> str:
    seconds = max(0.0, seconds)
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 86400 * 2:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


AGE_BUCKETS: tuple[tuple[str, float, float], ...] = (
    ("< 1 h", 0, 3600),
    ("1-4 h", 3600, 4 * 3600),
    ("4-24 h", 4 * 3600, 86400),
    ("1-3 d", 86400, 3 * 86400),
    ("> 3 d", 3 * 86400, float("inf")),
)


def age_buckets(ages: Iterable[float]) -> list[tuple[str, int]]:
    counts = dict.fromkeys((b[0] for b in AGE_BUCKETS), 0)
    for age in ages:
        for label, lo, hi in AGE_BUCKETS:
            if lo <= age < hi:
                counts[label] += 1
                break
    return list(counts.items())
