"""Highlighting is escaped and masks identifiers only; charts escape labels; digest has no PHI."""

from __future__ import annotations

import time
from types import SimpleNamespace

from gateway.console.digest import build_digest, digest_message
from gateway.console.render import MASK, age_buckets, bar_chart, highlight, merge_spans
from gateway.detect.types import Finding


def f(entity: str, start: int, end: int, category: str = "identifier") -> Finding:
    return Finding(entity, category, "body", start, end, 0.9, "Rec")


def test_text_is_escaped_and_findings_marked() -> None:
    text = "<script>alert(1)</script> Jane Roe has asthma & more"
    s = text.index("Jane")
    a = text.index("asthma")
    html = str(highlight(text, [f("PERSON", s, s + 8), f("CONDITION", a, a + 6, "health")],
                         rule="r<1>", masked=True))
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; more" in html
    assert "Jane Roe" not in html and MASK in html
    assert ">asthma<" in html  # health terms stay readable when masked
    assert 'data-rule="r&lt;1&gt;"' in html
    html = str(highlight(text, [f("PERSON", s, s + 8)], rule="r", masked=False))
    assert ">Jane Roe<" in html


def test_overlapping_findings_merge_and_clip() -> None:
    spans = merge_spans([f("PERSON", 0, 5), f("MRN", 3, 9), f("CONDITION", 20, 99, "health"),
                         f("X", 7, 7)], length=25)
    assert [(sp.start, sp.end, sp.entities, sp.identifier) for sp in spans] == [
        (0, 9, ("PERSON", "MRN"), True), (20, 25, ("CONDITION",), False)]


def test_masked_value_in_a_finding_that_overlaps_health_is_hidden() -> None:
    html = str(highlight("ab Quux cd", [f("CONDITION", 0, 7, "health"), f("PERSON", 3, 7)],
                         rule="r", masked=True))
    assert "Quux" not in html


def test_bar_chart_escapes_labels() -> None:
    svg = str(bar_chart([("<b>x</b>", 3), ("y", 0)], title="T & U"))
    assert svg.startswith("<svg") and "<b>" not in svg and "&lt;b&gt;" in svg
    assert "T &amp; U" in svg
    assert "no data" in str(bar_chart([], title="empty"))


def test_age_buckets() -> None:
    assert dict(age_buckets([10, 4000, 90000, 400000])) == {
        "< 1 h": 1, "1-4 h": 1, "4-24 h": 0, "1-3 d": 1, "> 3 d": 1}


def test_digest_carries_counts_rules_and_ids_only() -> None:
    now = time.time()
    held = [SimpleNamespace(id=f"{i:016x}", held_at=now - i * 3600, expires_at=now + 3600,
                            rule="phi-external" if i % 2 else "phi-to-webmail",
                            mail_from="dr@clinic.example", rcpts=("jane.roe@gmail.com",),
                            reason="PHI to Jane Roe") for i in range(3)]
    d = build_digest(held, "https://console.example/", now=now)
    assert d.subject == "phigate: 3 messages waiting for review"
    assert "https://console.example/q/0000000000000002" in d.text
    assert "phi-external" in d.text and "3 expire within 24 hours" in d.text
    for leak in ("clinic.example", "gmail.com", "Jane", "Roe"):
        assert leak not in d.text
    raw = digest_message(d, sender="phigate@h.example", rcpts=["rev@h.example"],
                         hostname="h.example")
    assert b"Auto-Submitted: auto-generated" in raw and b"Jane" not in raw
    assert build_digest([], "https://c").subject == "phigate: nothing waiting for review"
