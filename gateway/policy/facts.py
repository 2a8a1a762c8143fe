"""Turn a scan result into the :class:`MessageFacts` the rules look at (types, counts, places).

Duck-typed over ``gateway.detect.pool.ScanResult`` so the policy stage stays importable and
testable without the detector. No values are copied: only entity types, counts and where
they were found, attachment names/types/statuses, headers and the subject (for subject tags).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from gateway.extract.textutil import getaddresses
from gateway.policy.engine import AttachmentFact, MessageFacts

_SOURCES = ("subject", "header", "body", "attachment")


def _source_of(part: str, by_part: dict[str, str]) -> str:
    src = by_part.get(part)
    if src:
        return src
    for s in _SOURCES:
        if part.startswith(s):
            return s
    return "body"


def _addresses(values: Any) -> tuple[str, ...]:
    return tuple(a for _, a in getaddresses([str(v) for v in values or ()]) if a)


def facts_from_scan(scan: Any) -> MessageFacts:
    verdict = scan.verdict
    by_part = {s.part: s.source for s in scan.segments}
    counts = Counter(f.entity for f in verdict.findings)
    # "Where PHI was found": the places holding an identifier of a person. A health term
    # alone in the subject ("Follow-up") identifies nobody; a name or an MRN there does.
    found = frozenset(_source_of(f.part, by_part) for f in verdict.findings
                      if getattr(f, "category", "identifier") == "identifier")
    headers = scan.headers
    atts = tuple(
        AttachmentFact(a.filename or "", a.content_type or "", str(getattr(a.status, "value",
                                                                           a.status)))
        for a in scan.attachments
    )
    return MessageFacts(
        phi=bool(verdict.phi),
        score=float(verdict.score),
        entity_counts=tuple(sorted(counts.items())),
        found_in=found if verdict.phi else frozenset(),
        attachments=atts,
        headers=tuple(headers.raw),
        subject=headers.subject or "",
        header_recipients=_addresses((*headers.to, *headers.cc)),
        evidence=tuple(verdict.evidence),
        second_opinion=str(getattr(verdict, "second_opinion", "") or ""),
    )
